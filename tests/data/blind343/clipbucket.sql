-- ClipBucket v5 (5.5.3 line; PHP video-sharing site: channels, videos, comments, ratings, favourites, flags, playlists, private messages)
-- Upstream: github.com/MacWarrior/clipbucket-v5, commit 36e7c6cfd81f62a091d2aeef96a8fc2fc2d85dc4
-- (upload/cb_install/sql/structure.sql last changed in 0bb0d4b7a8136c3107ff93ddb3213e35640978f2) (Attribution Assurance License)
-- How made: upstream's install structure (CREATE TABLE statements, then ALTER TABLE ... ADD PRIMARY KEY / KEY /
-- MODIFY ... AUTO_INCREMENT / ADD CONSTRAINT ... FOREIGN KEY) was run into an empty MariaDB 10.11 database with the
-- installer's default table prefix `cb_` for {tbl_prefix}, and each kept table written as MariaDB renders it
-- (mysqldump --no-data): upstream's columns, types, defaults, keys and foreign keys folded into one CREATE TABLE.
-- cb_video and cb_video_image refer to each other (upstream adds the keys by ALTER TABLE after all tables exist),
-- so the file is wrapped in SET FOREIGN_KEY_CHECKS=0/1, as a MariaDB dump is.
-- Left out (36 tables): cb_ads_data, cb_ads_placements, cb_collection_items, cb_collection_rates, cb_collection_tags, cb_collections, cb_collections_categories, cb_counters, cb_email_templates, cb_email_variable, cb_email_variable_link, cb_fontawesome_icons, cb_languages_keys, cb_languages_translations, cb_photo_rates, cb_photo_tags, cb_photo_thumb, cb_photos, cb_photos_categories, cb_playlist_tags, cb_playlists_categories, cb_plugin_config, cb_social_networks_links, cb_sorts, cb_stats, cb_temp_stats_data, cb_template, cb_tmdb_search, cb_tmdb_search_result, cb_tools, cb_tools_histo, cb_tools_histo_log, cb_tools_histo_status, cb_tools_tasks, cb_video_embed, cb_video_tmdb.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `cb_action_log` (
  `action_id` int(255) NOT NULL AUTO_INCREMENT,
  `action_type` varchar(60) NOT NULL,
  `action_username` varchar(60) NOT NULL,
  `action_userid` int(30) NOT NULL,
  `action_useremail` varchar(200) NOT NULL,
  `action_userlevel` int(11) NOT NULL,
  `action_ipv4` varchar(15) DEFAULT NULL,
  `action_ipv6` varchar(45) DEFAULT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `action_success` enum('yes','no') DEFAULT NULL,
  `action_details` text NOT NULL,
  `action_obj_id` int(255) NOT NULL,
  `action_done_id` int(255) NOT NULL,
  PRIMARY KEY (`action_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_admin_notes` (
  `note_id` int(225) NOT NULL AUTO_INCREMENT,
  `note` text CHARACTER SET ucs2 COLLATE ucs2_general_ci NOT NULL,
  `date_added` datetime NOT NULL,
  `userid` int(225) NOT NULL,
  PRIMARY KEY (`note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_admin_todo` (
  `todo_id` int(225) NOT NULL AUTO_INCREMENT,
  `todo` text CHARACTER SET ucs2 COLLATE ucs2_general_ci NOT NULL,
  `date_added` datetime NOT NULL,
  `userid` int(225) NOT NULL,
  PRIMARY KEY (`todo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_object_type` (
  `id_object_type` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id_object_type`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_categories` (
  `category_id` int(255) NOT NULL AUTO_INCREMENT,
  `parent_id` int(255) DEFAULT NULL,
  `id_category_type` int(255) NOT NULL,
  `category_name` varchar(30) NOT NULL DEFAULT '',
  `category_order` int(5) NOT NULL DEFAULT 0,
  `category_desc` text DEFAULT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp(),
  `category_thumb` mediumtext DEFAULT NULL,
  `is_default` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`category_id`),
  UNIQUE KEY `category_name` (`category_name`,`id_category_type`),
  UNIQUE KEY `is_default` (`is_default`,`id_category_type`),
  KEY `categorie_parent` (`parent_id`),
  KEY `categorie_type` (`id_category_type`),
  FULLTEXT KEY `categorie` (`category_name`),
  CONSTRAINT `categorie_parent` FOREIGN KEY (`parent_id`) REFERENCES `cb_categories` (`category_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `categorie_type` FOREIGN KEY (`id_category_type`) REFERENCES `cb_object_type` (`id_object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_users` (
  `userid` bigint(20) NOT NULL AUTO_INCREMENT,
  `featured_video` mediumtext NOT NULL,
  `username` text NOT NULL,
  `user_session_key` varchar(32) NOT NULL,
  `user_session_code` int(5) NOT NULL,
  `password` varchar(128) NOT NULL DEFAULT '',
  `email` varchar(80) NOT NULL DEFAULT '',
  `usr_status` enum('Ok','ToActivate') NOT NULL DEFAULT 'ToActivate',
  `msg_notify` enum('yes','no') NOT NULL DEFAULT 'yes',
  `avatar` varchar(225) NOT NULL DEFAULT '',
  `avatar_url` text DEFAULT NULL,
  `sex` enum('male','female') NOT NULL DEFAULT 'male',
  `dob` date NOT NULL DEFAULT '1000-01-01',
  `country` varchar(20) NOT NULL DEFAULT 'PK',
  `level` int(6) NOT NULL DEFAULT 2,
  `avcode` mediumtext NOT NULL,
  `doj` datetime NOT NULL DEFAULT current_timestamp(),
  `last_logged` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `num_visits` bigint(20) NOT NULL DEFAULT 0,
  `session` varchar(32) NOT NULL DEFAULT '',
  `ip` varchar(45) NOT NULL DEFAULT '',
  `signup_ip` varchar(45) NOT NULL DEFAULT '',
  `time_zone` tinyint(4) NOT NULL DEFAULT 0,
  `featured` enum('no','yes') NOT NULL DEFAULT 'no',
  `featured_date` datetime DEFAULT NULL,
  `profile_hits` bigint(20) DEFAULT 0,
  `total_watched` bigint(20) NOT NULL DEFAULT 0,
  `total_videos` bigint(20) NOT NULL DEFAULT 0,
  `total_comments` bigint(20) NOT NULL DEFAULT 0,
  `total_photos` bigint(255) NOT NULL DEFAULT 0,
  `total_collections` bigint(255) NOT NULL DEFAULT 0,
  `comments_count` bigint(20) NOT NULL DEFAULT 0,
  `last_commented` datetime DEFAULT NULL,
  `ban_status` enum('yes','no') NOT NULL DEFAULT 'no',
  `upload` varchar(20) NOT NULL DEFAULT '1',
  `subscribers` bigint(225) NOT NULL DEFAULT 0,
  `total_subscriptions` bigint(255) NOT NULL DEFAULT 0,
  `background` mediumtext DEFAULT NULL,
  `background_color` varchar(25) DEFAULT NULL,
  `background_url` text DEFAULT NULL,
  `background_repeat` enum('no-repeat','repeat','repeat-x','repeat-y') NOT NULL DEFAULT 'repeat',
  `last_active` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
  `banned_users` text DEFAULT NULL,
  `welcome_email_sent` enum('yes','no') NOT NULL DEFAULT 'no',
  `total_downloads` bigint(255) NOT NULL DEFAULT 0,
  `album_privacy` enum('public','private','friends') NOT NULL DEFAULT 'private',
  `likes` int(11) NOT NULL DEFAULT 0,
  `is_live` enum('yes','no') NOT NULL DEFAULT 'no',
  `active_theme` varchar(15) DEFAULT NULL,
  `email_confirmed` tinyint(1) DEFAULT 0,
  `email_temp` varchar(255) DEFAULT NULL,
  `multi_factor_auth` enum('allowed_email','disabled') NOT NULL DEFAULT 'disabled',
  `mfa_code` varchar(255) DEFAULT NULL,
  `mfa_date` datetime DEFAULT NULL,
  PRIMARY KEY (`userid`),
  KEY `ind_status_doj` (`doj`),
  KEY `ind_status_id` (`userid`),
  KEY `ind_hits_doj` (`profile_hits`,`doj`),
  KEY `username` (`username`(255),`userid`),
  FULLTEXT KEY `username_fulltext` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_channel_rates` (
  `id_rate` int(11) NOT NULL AUTO_INCREMENT,
  `id_channel` bigint(20) NOT NULL,
  `id_user` bigint(20) NOT NULL,
  `date_rated` datetime NOT NULL DEFAULT current_timestamp(),
  `value` tinyint(1) NOT NULL,
  PRIMARY KEY (`id_rate`),
  UNIQUE KEY `id_channel` (`id_channel`,`id_user`),
  KEY `votes_id_user_ibfk_4` (`id_user`),
  CONSTRAINT `votes_id_channel_ibfk_1` FOREIGN KEY (`id_channel`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `votes_id_user_ibfk_4` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_comments` (
  `comment_id` int(60) NOT NULL AUTO_INCREMENT,
  `type` varchar(16) NOT NULL,
  `comment` text NOT NULL,
  `userid` int(60) DEFAULT NULL,
  `anonym_name` varchar(255) NOT NULL,
  `anonym_email` varchar(255) NOT NULL,
  `parent_id` int(60) NOT NULL,
  `type_id` int(225) NOT NULL,
  `type_owner_id` int(255) NOT NULL,
  `spam_votes` bigint(20) NOT NULL DEFAULT 0,
  `spam_voters` text DEFAULT NULL,
  `date_added` datetime NOT NULL,
  `comment_ip` text NOT NULL,
  `total_rate_up` int(11) NOT NULL DEFAULT 0,
  `total_rate_down` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_comment_rates` (
  `id_rate` int(11) NOT NULL AUTO_INCREMENT,
  `id_comment` int(60) NOT NULL,
  `id_user` bigint(20) NOT NULL,
  `date_rated` datetime NOT NULL DEFAULT current_timestamp(),
  `value` tinyint(1) NOT NULL,
  PRIMARY KEY (`id_rate`),
  UNIQUE KEY `id_comment` (`id_comment`,`id_user`),
  KEY `votes_id_user_ibfk_3` (`id_user`),
  CONSTRAINT `votes_id_comment_ibfk_1` FOREIGN KEY (`id_comment`) REFERENCES `cb_comments` (`comment_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `votes_id_user_ibfk_3` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_config` (
  `configid` int(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL DEFAULT '',
  `value` mediumtext NOT NULL,
  `allow_stat` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`configid`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_contacts` (
  `contact_id` int(225) NOT NULL AUTO_INCREMENT,
  `userid` int(225) NOT NULL,
  `contact_userid` int(225) NOT NULL,
  `confirmed` enum('yes','no') NOT NULL DEFAULT 'no',
  `contact_group_id` int(255) NOT NULL DEFAULT 0,
  `request_type` enum('in','out') NOT NULL,
  `date_added` datetime NOT NULL,
  PRIMARY KEY (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_countries` (
  `country_id` int(80) NOT NULL AUTO_INCREMENT,
  `iso2` char(2) NOT NULL,
  `name_en` varchar(80) NOT NULL,
  `iso3` char(3) DEFAULT NULL,
  `numcode` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_email_template` (
  `id_email_template` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(32) DEFAULT NULL,
  `is_default` tinyint(1) DEFAULT 0,
  `is_deletable` tinyint(1) DEFAULT 1,
  `content` text DEFAULT NULL,
  `disabled` tinyint(1) DEFAULT 0,
  `code_unique_for_enable` varchar(32) GENERATED ALWAYS AS (case when `disabled` = 0 then `code` else NULL end) VIRTUAL,
  PRIMARY KEY (`id_email_template`),
  UNIQUE KEY `code_unique_for_enable` (`code_unique_for_enable`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_email` (
  `id_email` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(32) DEFAULT NULL,
  `id_email_template` int(11) DEFAULT NULL,
  `is_deletable` tinyint(1) DEFAULT 1,
  `title` varchar(256) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `disabled` tinyint(1) DEFAULT 0,
  `code_unique_for_enable` varchar(32) GENERATED ALWAYS AS (case when `disabled` = 0 then `code` else NULL end) VIRTUAL,
  PRIMARY KEY (`id_email`),
  UNIQUE KEY `code_unique_for_enable` (`code_unique_for_enable`),
  KEY `email_template_fk` (`id_email_template`),
  CONSTRAINT `email_template_fk` FOREIGN KEY (`id_email_template`) REFERENCES `cb_email_template` (`id_email_template`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_email_histo` (
  `id_email_histo` int(11) NOT NULL AUTO_INCREMENT,
  `send_date` datetime NOT NULL,
  `id_email` int(11) NOT NULL,
  `userid` bigint(20) DEFAULT NULL,
  `email` varchar(256) DEFAULT NULL,
  `title` text DEFAULT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`id_email_histo`),
  KEY `histo_email_fk` (`id_email`),
  KEY `histo_users_fk` (`userid`),
  CONSTRAINT `histo_email_fk` FOREIGN KEY (`id_email`) REFERENCES `cb_email` (`id_email`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `histo_users_fk` FOREIGN KEY (`userid`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_favorites` (
  `favorite_id` int(225) NOT NULL AUTO_INCREMENT,
  `id_type` int(11) NOT NULL,
  `id` int(225) NOT NULL,
  `userid` bigint(20) NOT NULL,
  `date_added` datetime NOT NULL,
  PRIMARY KEY (`favorite_id`),
  KEY `userid` (`userid`),
  KEY `fk_id_favorite_type` (`id_type`),
  CONSTRAINT `fk_favorites_userid` FOREIGN KEY (`userid`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_id_favorite_type` FOREIGN KEY (`id_type`) REFERENCES `cb_object_type` (`id_object_type`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_flag_type` (
  `id_flag_type` int(11) NOT NULL AUTO_INCREMENT,
  `language_key` varchar(32) NOT NULL,
  PRIMARY KEY (`id_flag_type`),
  UNIQUE KEY `language_key` (`language_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_flags` (
  `flag_id` int(225) NOT NULL AUTO_INCREMENT,
  `id_flag_element_type` int(11) NOT NULL,
  `id_element` int(225) NOT NULL,
  `userid` bigint(20) NOT NULL,
  `id_flag_type` int(11) NOT NULL,
  `date_added` datetime NOT NULL,
  PRIMARY KEY (`flag_id`),
  KEY `fk_id_flag_element_type_new` (`id_flag_element_type`),
  KEY `fk_id_flag_type` (`id_flag_type`),
  KEY `fk_flag_userid` (`userid`),
  CONSTRAINT `fk_flag_userid` FOREIGN KEY (`userid`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_id_flag_element_type_new` FOREIGN KEY (`id_flag_element_type`) REFERENCES `cb_object_type` (`id_object_type`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_id_flag_type` FOREIGN KEY (`id_flag_type`) REFERENCES `cb_flag_type` (`id_flag_type`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_languages` (
  `language_id` int(9) NOT NULL AUTO_INCREMENT,
  `language_name` varchar(20) NOT NULL DEFAULT '0',
  `language_code` varchar(5) NOT NULL,
  `language_active` enum('yes','no') NOT NULL DEFAULT 'yes',
  `language_default` enum('yes','no') NOT NULL,
  PRIMARY KEY (`language_id`),
  UNIQUE KEY `language_code` (`language_code`),
  KEY `language_default` (`language_default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_mass_emails` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `email_subj` varchar(255) NOT NULL,
  `email_from` varchar(255) NOT NULL,
  `email_msg` text NOT NULL,
  `configs` text NOT NULL,
  `sent` bigint(255) NOT NULL,
  `total` bigint(20) NOT NULL,
  `users` text NOT NULL,
  `start_index` bigint(255) NOT NULL,
  `method` enum('browser','background') NOT NULL,
  `status` enum('completed','pending','sending') NOT NULL,
  `date_added` datetime NOT NULL,
  `last_update` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_messages` (
  `message_id` int(225) NOT NULL AUTO_INCREMENT,
  `message_from` int(20) NOT NULL,
  `message_to` varchar(200) NOT NULL,
  `message_content` mediumtext NOT NULL,
  `message_type` enum('pm','notification') NOT NULL DEFAULT 'pm',
  `message_attachments` mediumtext NOT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp(),
  `message_subject` mediumtext NOT NULL,
  `message_status` enum('unread','read') NOT NULL DEFAULT 'unread',
  `reply_to` int(225) NOT NULL DEFAULT 0,
  `message_box` enum('in','out') NOT NULL DEFAULT 'in',
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_pages` (
  `page_id` int(11) NOT NULL AUTO_INCREMENT,
  `page_order` bigint(100) NOT NULL,
  `display` enum('yes','no') NOT NULL DEFAULT 'yes',
  `page_name` varchar(225) NOT NULL,
  `page_title` varchar(225) NOT NULL,
  `page_content` text NOT NULL,
  `userid` int(225) NOT NULL,
  `active` enum('yes','no') NOT NULL,
  `delete_able` enum('yes','no') NOT NULL DEFAULT 'yes',
  `date_added` datetime NOT NULL,
  PRIMARY KEY (`page_id`),
  KEY `active` (`active`,`display`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_playlist_items` (
  `playlist_item_id` int(225) NOT NULL AUTO_INCREMENT,
  `object_id` int(225) NOT NULL,
  `playlist_id` int(225) NOT NULL,
  `playlist_item_type` varchar(10) NOT NULL,
  `userid` int(255) NOT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`playlist_item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_playlists` (
  `playlist_id` int(11) NOT NULL AUTO_INCREMENT,
  `playlist_name` varchar(225) NOT NULL DEFAULT '',
  `userid` int(11) NOT NULL DEFAULT 0,
  `playlist_type` varchar(10) NOT NULL DEFAULT '',
  `description` mediumtext NOT NULL,
  `privacy` enum('public','private','unlisted') NOT NULL DEFAULT 'public',
  `total_items` int(255) NOT NULL DEFAULT 0,
  `last_update` text DEFAULT NULL,
  `runtime` int(200) NOT NULL DEFAULT 0,
  `first_item` text DEFAULT NULL,
  `cover` text DEFAULT NULL,
  `played` int(255) NOT NULL DEFAULT 0,
  `date_added` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`playlist_id`),
  FULLTEXT KEY `playlist_name` (`playlist_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_plugins` (
  `plugin_id` int(255) NOT NULL AUTO_INCREMENT,
  `plugin_file` text NOT NULL,
  `plugin_folder` text NOT NULL,
  `plugin_version` varchar(32) NOT NULL,
  `plugin_active` enum('yes','no') NOT NULL,
  PRIMARY KEY (`plugin_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_sessions` (
  `session_id` int(11) NOT NULL AUTO_INCREMENT,
  `session` varchar(100) NOT NULL,
  `session_user` int(11) NOT NULL,
  `session_string` varchar(60) NOT NULL,
  `session_value` varchar(32) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `session_date` datetime NOT NULL,
  `current_page` text NOT NULL,
  `referer` text NOT NULL,
  `agent` text NOT NULL,
  `last_active` datetime NOT NULL,
  PRIMARY KEY (`session_id`),
  KEY `session` (`session`),
  KEY `session_date` (`session_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_subscriptions` (
  `subscription_id` int(225) NOT NULL AUTO_INCREMENT,
  `userid` bigint(20) NOT NULL,
  `subscribed_to` bigint(20) NOT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`subscription_id`),
  KEY `subscriptions_subscribed_to_fk` (`subscribed_to`),
  KEY `subscriptions_userid_fk` (`userid`),
  CONSTRAINT `subscriptions_subscribed_to_fk` FOREIGN KEY (`subscribed_to`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `subscriptions_userid_fk` FOREIGN KEY (`userid`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_tags_type` (
  `id_tag_type` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id_tag_type`),
  UNIQUE KEY `name` (`name`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_tags` (
  `id_tag` int(11) NOT NULL AUTO_INCREMENT,
  `id_tag_type` int(11) NOT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id_tag`),
  UNIQUE KEY `id_tag_type` (`id_tag_type`,`name`) USING BTREE,
  FULLTEXT KEY `tag` (`name`),
  CONSTRAINT `tag_type` FOREIGN KEY (`id_tag_type`) REFERENCES `cb_tags_type` (`id_tag_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_timezones` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timezone` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `timezone` (`timezone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_levels` (
  `user_level_id` int(20) NOT NULL AUTO_INCREMENT,
  `user_level_active` enum('yes','no') NOT NULL DEFAULT 'yes',
  `user_level_name` varchar(100) NOT NULL,
  `user_level_is_origin` enum('yes','no') NOT NULL DEFAULT 'no',
  `user_level_is_default` enum('yes','no') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`user_level_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_permission_types` (
  `user_permission_type_id` int(20) NOT NULL AUTO_INCREMENT,
  `user_permission_type_name` varchar(225) NOT NULL,
  `user_permission_type_code` varchar(7) NOT NULL,
  PRIMARY KEY (`user_permission_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_levels_permissions` (
  `id_user_levels_permission` int(20) NOT NULL AUTO_INCREMENT,
  `id_user_permission_types` int(20) NOT NULL,
  `permission_name` varchar(32) NOT NULL,
  `permission_description` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id_user_levels_permission`),
  UNIQUE KEY `permission_name` (`permission_name`),
  KEY `fk_id_user_permission_types` (`id_user_permission_types`),
  CONSTRAINT `fk_id_user_permission_types` FOREIGN KEY (`id_user_permission_types`) REFERENCES `cb_user_permission_types` (`user_permission_type_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_levels_permissions_values` (
  `user_level_id` int(20) NOT NULL,
  `id_user_levels_permission` int(20) NOT NULL,
  `permission_value` varchar(32) NOT NULL,
  PRIMARY KEY (`user_level_id`,`id_user_levels_permission`),
  KEY `fk_id_user_levels_permission` (`id_user_levels_permission`),
  CONSTRAINT `fk_id_user_levels_permission` FOREIGN KEY (`id_user_levels_permission`) REFERENCES `cb_user_levels_permissions` (`id_user_levels_permission`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_user_level_id` FOREIGN KEY (`user_level_id`) REFERENCES `cb_user_levels` (`user_level_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_profile` (
  `user_profile_id` int(11) NOT NULL AUTO_INCREMENT,
  `show_my_collections` enum('yes','no') NOT NULL DEFAULT 'yes',
  `userid` bigint(20) NOT NULL,
  `profile_slogan` mediumtext NOT NULL,
  `profile_desc` mediumtext NOT NULL,
  `featured_video` mediumtext NOT NULL,
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `show_dob` enum('no','yes') DEFAULT 'no',
  `postal_code` varchar(20) NOT NULL DEFAULT '',
  `time_zone` tinyint(4) NOT NULL DEFAULT 0,
  `web_url` varchar(200) NOT NULL DEFAULT '',
  `fb_url` varchar(200) DEFAULT '',
  `twitter_url` varchar(200) DEFAULT '',
  `insta_url` varchar(200) DEFAULT '',
  `hometown` varchar(100) NOT NULL DEFAULT '',
  `city` varchar(100) NOT NULL DEFAULT '',
  `online_status` enum('online','offline','custom') NOT NULL DEFAULT 'online',
  `show_profile` enum('all','members','friends') NOT NULL DEFAULT 'all',
  `allow_comments` enum('yes','no') NOT NULL DEFAULT 'yes',
  `allow_ratings` enum('yes','no') NOT NULL DEFAULT 'yes',
  `allow_subscription` enum('yes','no') NOT NULL DEFAULT 'yes',
  `content_filter` enum('Nothing','On','Off') NOT NULL DEFAULT 'Nothing',
  `icon_id` bigint(20) NOT NULL DEFAULT 0,
  `browse_criteria` mediumtext DEFAULT NULL,
  `about_me` mediumtext NOT NULL,
  `education` varchar(3) DEFAULT NULL,
  `schools` mediumtext NOT NULL,
  `occupation` mediumtext NOT NULL,
  `companies` mediumtext NOT NULL,
  `relation_status` varchar(15) DEFAULT NULL,
  `hobbies` mediumtext NOT NULL,
  `fav_movies` mediumtext NOT NULL,
  `fav_music` mediumtext NOT NULL,
  `fav_books` mediumtext NOT NULL,
  `background` mediumtext NOT NULL,
  `show_my_videos` enum('yes','no') NOT NULL DEFAULT 'yes',
  `show_my_photos` enum('yes','no') NOT NULL DEFAULT 'yes',
  `show_my_subscriptions` enum('yes','no') NOT NULL DEFAULT 'yes',
  `show_my_subscribers` enum('yes','no') NOT NULL DEFAULT 'yes',
  `show_my_friends` enum('yes','no') NOT NULL DEFAULT 'yes',
  `disabled_channel` enum('yes','no') NOT NULL DEFAULT 'no',
  `total_rate_up` int(11) NOT NULL DEFAULT 0,
  `total_rate_down` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_profile_id`),
  UNIQUE KEY `userid` (`userid`),
  KEY `ind_status_id` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_user_tags` (
  `id_user` bigint(20) NOT NULL,
  `id_tag` int(11) NOT NULL,
  PRIMARY KEY (`id_user`,`id_tag`),
  KEY `user_tags_tag` (`id_tag`),
  CONSTRAINT `user_tags_tag` FOREIGN KEY (`id_tag`) REFERENCES `cb_tags` (`id_tag`),
  CONSTRAINT `user_tags_user` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_users_categories` (
  `id_user` bigint(20) NOT NULL,
  `id_category` int(11) NOT NULL,
  PRIMARY KEY (`id_user`,`id_category`),
  KEY `user_categories_category` (`id_category`),
  CONSTRAINT `user_categories_category` FOREIGN KEY (`id_category`) REFERENCES `cb_categories` (`category_id`),
  CONSTRAINT `user_categories_profile` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_users_storage_histo` (
  `id_user` bigint(20) NOT NULL,
  `datetime` datetime NOT NULL DEFAULT current_timestamp(),
  `storage_used` bigint(20) NOT NULL,
  PRIMARY KEY (`id_user`,`datetime`),
  CONSTRAINT `id_user_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_image` (
  `id_video_image` int(11) NOT NULL AUTO_INCREMENT,
  `videoid` bigint(20) NOT NULL,
  `type` enum('thumbnail','poster','backdrop') NOT NULL,
  `num` int(11) NOT NULL,
  `is_auto` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id_video_image`),
  UNIQUE KEY `videoid` (`videoid`,`type`,`num`,`is_auto`),
  CONSTRAINT `video_image_ibfk_1` FOREIGN KEY (`videoid`) REFERENCES `cb_video` (`videoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video` (
  `videoid` bigint(20) NOT NULL AUTO_INCREMENT,
  `videokey` mediumtext NOT NULL,
  `video_password` varchar(255) NOT NULL DEFAULT '',
  `username` text DEFAULT NULL,
  `userid` int(11) DEFAULT NULL,
  `title` text DEFAULT NULL,
  `file_name` varchar(32) NOT NULL DEFAULT '',
  `file_type` varchar(4) DEFAULT NULL,
  `file_directory` varchar(25) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `broadcast` varchar(10) NOT NULL DEFAULT '',
  `location` mediumtext DEFAULT NULL,
  `datecreated` datetime NOT NULL DEFAULT current_timestamp(),
  `country` mediumtext DEFAULT NULL,
  `allow_embedding` char(3) NOT NULL DEFAULT '',
  `allow_comments` char(3) NOT NULL DEFAULT '',
  `comment_voting` char(3) NOT NULL DEFAULT '',
  `comments_count` int(15) NOT NULL DEFAULT 0,
  `last_commented` datetime DEFAULT NULL,
  `featured` char(3) NOT NULL DEFAULT 'no',
  `featured_date` datetime DEFAULT NULL,
  `allow_rating` char(3) NOT NULL DEFAULT '',
  `active` char(3) NOT NULL DEFAULT '0',
  `favourite_count` varchar(15) NOT NULL DEFAULT '0',
  `playlist_count` varchar(15) NOT NULL DEFAULT '0',
  `views` bigint(22) NOT NULL DEFAULT 0,
  `last_viewed` datetime NOT NULL DEFAULT '1000-01-01 00:00:00' ON UPDATE current_timestamp(),
  `date_added` datetime NOT NULL DEFAULT current_timestamp(),
  `flagged` varchar(3) NOT NULL DEFAULT 'no',
  `duration` int(20) NOT NULL DEFAULT 0,
  `status` enum('Successful','Processing','Failed','Waiting') NOT NULL DEFAULT 'Processing',
  `default_thumb` int(3) NOT NULL DEFAULT 1,
  `embed_code` text DEFAULT NULL,
  `downloads` bigint(255) NOT NULL DEFAULT 0,
  `uploader_ip` varchar(45) NOT NULL DEFAULT '',
  `video_files` tinytext DEFAULT NULL,
  `file_server_path` text DEFAULT NULL,
  `video_version` varchar(8) NOT NULL DEFAULT '5.5.3',
  `is_castable` tinyint(1) NOT NULL DEFAULT 0,
  `bits_color` tinyint(4) DEFAULT NULL,
  `subscription_email` enum('pending','sent') NOT NULL DEFAULT 'pending',
  `age_restriction` int(11) DEFAULT NULL,
  `default_thumbnail` int(11) DEFAULT NULL,
  `default_poster` int(3) DEFAULT NULL,
  `default_backdrop` int(3) DEFAULT NULL,
  `fov` varchar(3) DEFAULT NULL,
  `convert_percent` float DEFAULT 0,
  `aspect_ratio` decimal(10,6) DEFAULT NULL,
  `remote_play_url` text DEFAULT NULL,
  `use_backdrop_as_default_thumb` enum('yes','no') NOT NULL DEFAULT 'no',
  `total_rate_up` int(11) NOT NULL DEFAULT 0,
  `total_rate_down` int(11) NOT NULL DEFAULT 0,
  `last_modified` datetime NOT NULL DEFAULT current_timestamp(),
  `external_rate` float NOT NULL DEFAULT 0,
  `external_ratings` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`videoid`),
  KEY `userid` (`userid`),
  KEY `featured` (`featured`),
  KEY `last_viewed` (`last_viewed`),
  KEY `comments_count` (`comments_count`),
  KEY `status` (`status`,`active`,`broadcast`,`userid`),
  KEY `videoid` (`videoid`,`videokey`(255)),
  KEY `video_default_poster_ibfk_1` (`default_poster`),
  KEY `video_default_backdrop_ibfk_1` (`default_backdrop`),
  KEY `video_default_thumb_ibfk_1` (`default_thumbnail`),
  FULLTEXT KEY `description` (`description`,`title`),
  FULLTEXT KEY `title` (`title`),
  CONSTRAINT `video_default_backdrop_ibfk_1` FOREIGN KEY (`default_backdrop`) REFERENCES `cb_video_image` (`id_video_image`) ON DELETE SET NULL,
  CONSTRAINT `video_default_poster_ibfk_1` FOREIGN KEY (`default_poster`) REFERENCES `cb_video_image` (`id_video_image`) ON DELETE SET NULL,
  CONSTRAINT `video_default_thumb_ibfk_1` FOREIGN KEY (`default_thumbnail`) REFERENCES `cb_video_image` (`id_video_image`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_conversion_queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `videoid` bigint(20) NOT NULL,
  `date_added` datetime NOT NULL DEFAULT current_timestamp(),
  `date_started` datetime DEFAULT NULL,
  `date_ended` datetime DEFAULT NULL,
  `is_completed` tinyint(1) NOT NULL DEFAULT 0,
  `audio_track` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `is_completed` (`is_completed`),
  KEY `video_conversion_fk` (`videoid`),
  CONSTRAINT `video_conversion_fk` FOREIGN KEY (`videoid`) REFERENCES `cb_video` (`videoid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_rates` (
  `id_rate` int(11) NOT NULL AUTO_INCREMENT,
  `id_video` bigint(20) NOT NULL,
  `id_user` bigint(20) NOT NULL,
  `date_rated` datetime NOT NULL DEFAULT current_timestamp(),
  `value` tinyint(1) NOT NULL,
  PRIMARY KEY (`id_rate`),
  UNIQUE KEY `id_video` (`id_video`,`id_user`),
  KEY `votes_id_user_ibfk_1` (`id_user`),
  CONSTRAINT `votes_id_user_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `votes_id_video_ibfk_1` FOREIGN KEY (`id_video`) REFERENCES `cb_video` (`videoid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_resolution` (
  `id_video_resolution` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(32) NOT NULL DEFAULT '',
  `ratio` varchar(8) NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `width` int(11) unsigned NOT NULL DEFAULT 0,
  `height` int(11) unsigned NOT NULL DEFAULT 0,
  `video_bitrate` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_video_resolution`),
  UNIQUE KEY `title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_subtitle` (
  `videoid` bigint(20) NOT NULL,
  `number` varchar(2) NOT NULL,
  `title` varchar(64) NOT NULL,
  UNIQUE KEY `videoid` (`videoid`,`number`),
  CONSTRAINT `video_subtitle_ibfk_1` FOREIGN KEY (`videoid`) REFERENCES `cb_video` (`videoid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_tags` (
  `id_video` bigint(20) NOT NULL,
  `id_tag` int(11) NOT NULL,
  PRIMARY KEY (`id_video`,`id_tag`),
  KEY `video_tags_tag` (`id_tag`),
  CONSTRAINT `video_tags_tag` FOREIGN KEY (`id_tag`) REFERENCES `cb_tags` (`id_tag`),
  CONSTRAINT `video_tags_video` FOREIGN KEY (`id_video`) REFERENCES `cb_video` (`videoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_thumb` (
  `id_video_thumb` int(11) NOT NULL AUTO_INCREMENT,
  `id_video_image` int(11) NOT NULL,
  `width` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `extension` varchar(4) NOT NULL,
  `version` varchar(16) NOT NULL,
  `is_original_size` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_video_thumb`),
  UNIQUE KEY `id_video_image` (`id_video_image`,`width`,`height`),
  CONSTRAINT `video_thumb_ibfk_1` FOREIGN KEY (`id_video_image`) REFERENCES `cb_video_image` (`id_video_image`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_users` (
  `videoid` bigint(20) NOT NULL,
  `userid` bigint(20) NOT NULL,
  PRIMARY KEY (`videoid`,`userid`),
  KEY `video_users_ibfk_2` (`userid`),
  CONSTRAINT `video_users_ibfk_1` FOREIGN KEY (`videoid`) REFERENCES `cb_video` (`videoid`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `video_users_ibfk_2` FOREIGN KEY (`userid`) REFERENCES `cb_users` (`userid`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_video_views` (
  `id_video_view` int(11) NOT NULL AUTO_INCREMENT,
  `id_video` bigint(20) NOT NULL,
  `id_user` bigint(20) NOT NULL,
  `view_date` datetime NOT NULL,
  PRIMARY KEY (`id_video_view`),
  KEY `video_view_video` (`id_video`),
  KEY `video_view_user` (`id_user`),
  CONSTRAINT `video_view_user` FOREIGN KEY (`id_user`) REFERENCES `cb_users` (`userid`),
  CONSTRAINT `video_view_video` FOREIGN KEY (`id_video`) REFERENCES `cb_video` (`videoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `cb_videos_categories` (
  `id_video` bigint(20) NOT NULL,
  `id_category` int(11) NOT NULL,
  PRIMARY KEY (`id_video`,`id_category`),
  KEY `video_categories_category` (`id_category`),
  CONSTRAINT `video_categories_category` FOREIGN KEY (`id_category`) REFERENCES `cb_categories` (`category_id`),
  CONSTRAINT `video_categories_video` FOREIGN KEY (`id_video`) REFERENCES `cb_video` (`videoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

SET FOREIGN_KEY_CHECKS=1;

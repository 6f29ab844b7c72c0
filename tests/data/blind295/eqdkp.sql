-- EQdkp Plus 2.3 (core), guild and raid management with DKP points for MMO gaming communities (WoW, FFXIV, GW2, ...)
-- Upstream: github.com/EQdkpPlus/core, install/schemas/mysql_structure.sql, commit 981ba36d91de5a1250ff7a4cdd3db85b4dda0a18 (AGPL-3.0)
-- Made as the web installer does (install/install_steps/inst_settings.class.php): the file run statement by statement
-- with its table prefix "__" replaced by the installer's default prefix "eqdkp23_" (db_access.class.php), in MariaDB 10.11;
-- then SHOW CREATE TABLE of every table, in upstream order. `eqdkp23_groups_raid_members` is created twice upstream:
-- the second definition (group_id, member_id, grpleader) is the one a fresh install keeps. All 46 tables are kept.

CREATE TABLE `eqdkp23_config` (
  `config_name` varchar(120) NOT NULL,
  `config_plugin` varchar(40) NOT NULL DEFAULT 'core',
  `config_value` text DEFAULT NULL,
  PRIMARY KEY (`config_name`,`config_plugin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_users` (
  `user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `user_password` varchar(255) NOT NULL,
  `user_email` varchar(255) DEFAULT NULL,
  `user_login_key` varchar(255) DEFAULT NULL,
  `user_rlimit` smallint(4) NOT NULL DEFAULT 100,
  `user_date_time` varchar(10) DEFAULT NULL,
  `user_date_short` varchar(20) DEFAULT NULL,
  `user_date_long` varchar(20) DEFAULT NULL,
  `user_style` tinyint(4) DEFAULT NULL,
  `user_lang` varchar(255) DEFAULT NULL,
  `user_timezone` varchar(255) DEFAULT NULL,
  `user_email_confirmed` int(2) NOT NULL DEFAULT 1,
  `user_email_confirmkey` varchar(32) DEFAULT NULL,
  `user_temp_email` varchar(255) DEFAULT NULL,
  `user_lastvisit` int(11) NOT NULL DEFAULT 0,
  `user_lastpage` varchar(255) DEFAULT '',
  `user_registered` int(11) unsigned NOT NULL DEFAULT 0,
  `user_active` tinyint(1) NOT NULL DEFAULT 1,
  `custom_fields` text DEFAULT NULL,
  `plugin_settings` text DEFAULT NULL,
  `privacy_settings` text DEFAULT NULL,
  `rules` tinyint(3) unsigned DEFAULT 0,
  `auth_account` text DEFAULT NULL,
  `failed_login_attempts` int(3) NOT NULL DEFAULT 0,
  `exchange_key` varchar(32) NOT NULL DEFAULT '',
  `hide_nochar_info` tinyint(1) DEFAULT 0,
  `notifications` text DEFAULT NULL,
  `awaymode_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `awaymode_startdate` int(11) DEFAULT 0,
  `awaymode_enddate` int(11) DEFAULT 0,
  `awaymode_note` text DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_auth_options` (
  `auth_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `auth_value` varchar(65) NOT NULL,
  `auth_default` enum('N','Y') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`auth_id`),
  KEY `auth_value` (`auth_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_auth_users` (
  `user_id` int(11) unsigned NOT NULL,
  `auth_id` int(11) unsigned NOT NULL,
  `auth_setting` enum('N','Y') NOT NULL DEFAULT 'N',
  KEY `auth_id` (`auth_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_auth_groups` (
  `group_id` int(11) unsigned NOT NULL,
  `auth_id` int(11) unsigned NOT NULL,
  `auth_setting` enum('N','Y') NOT NULL DEFAULT 'N',
  KEY `auth_id` (`auth_id`),
  KEY `group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_groups_user` (
  `groups_user_id` int(11) NOT NULL AUTO_INCREMENT,
  `groups_user_name` varchar(255) NOT NULL,
  `groups_user_desc` varchar(255) NOT NULL,
  `groups_user_deletable` tinyint(1) NOT NULL DEFAULT 0,
  `groups_user_default` tinyint(1) NOT NULL DEFAULT 0,
  `groups_user_hide` tinyint(1) NOT NULL DEFAULT 0,
  `groups_user_sortid` int(11) unsigned NOT NULL DEFAULT 0,
  `groups_user_team` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`groups_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_groups_users` (
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `grpleader` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_sessions` (
  `session_id` varchar(40) NOT NULL,
  `session_user_id` int(11) NOT NULL DEFAULT -1,
  `session_last_visit` int(11) NOT NULL DEFAULT 0,
  `session_start` int(11) NOT NULL,
  `session_current` int(11) NOT NULL,
  `session_page` varchar(255) NOT NULL DEFAULT '0',
  `session_ip` varchar(50) NOT NULL,
  `session_browser` text DEFAULT NULL,
  `session_key` varchar(50) NOT NULL DEFAULT '',
  `session_type` varchar(15) NOT NULL DEFAULT '',
  `session_perm_id` int(11) DEFAULT -1,
  `session_failed_logins` int(10) unsigned NOT NULL DEFAULT 0,
  `session_vars` mediumtext DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY `session_current` (`session_current`),
  KEY `session_start` (`session_start`),
  KEY `session_user_id` (`session_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_member_user` (
  `member_id` int(11) unsigned NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  KEY `member_id` (`member_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_adjustments` (
  `adjustment_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `adjustment_value` float(11,2) DEFAULT NULL,
  `adjustment_apa_value` text DEFAULT NULL,
  `adjustment_date` int(11) NOT NULL DEFAULT 0,
  `member_id` int(11) unsigned NOT NULL,
  `adjustment_reason` varchar(255) DEFAULT NULL,
  `adjustment_added_by` varchar(30) NOT NULL,
  `adjustment_updated_by` varchar(30) DEFAULT NULL,
  `adjustment_group_key` varchar(32) DEFAULT NULL,
  `event_id` varchar(255) NOT NULL,
  `raid_id` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`adjustment_id`),
  KEY `adjustment_value` (`adjustment_value`),
  KEY `event_id` (`event_id`),
  KEY `member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_events` (
  `event_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `event_name` varchar(255) DEFAULT NULL,
  `event_value` float(6,2) DEFAULT NULL,
  `event_added_by` varchar(30) NOT NULL,
  `event_updated_by` varchar(30) DEFAULT NULL,
  `event_icon` varchar(255) DEFAULT NULL,
  `default_itempool` int(11) unsigned NOT NULL DEFAULT 0,
  `event_show_profile` tinyint(1) unsigned DEFAULT 1,
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_items` (
  `item_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `item_name` varchar(255) DEFAULT NULL,
  `member_id` int(11) unsigned NOT NULL,
  `raid_id` mediumint(8) unsigned NOT NULL,
  `item_value` float(10,2) DEFAULT NULL,
  `item_apa_value` text DEFAULT NULL,
  `item_date` int(11) NOT NULL DEFAULT 0,
  `item_added_by` varchar(30) NOT NULL,
  `item_updated_by` varchar(30) DEFAULT NULL,
  `item_group_key` varchar(32) DEFAULT NULL,
  `game_itemid` varchar(50) DEFAULT NULL,
  `itempool_id` int(11) unsigned NOT NULL,
  `item_color` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`item_id`),
  KEY `member_id` (`member_id`),
  KEY `item_value` (`item_value`),
  KEY `itempool_id` (`itempool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_members` (
  `member_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `member_name` varchar(30) NOT NULL,
  `member_status` tinyint(1) NOT NULL DEFAULT 1,
  `member_rank_id` smallint(3) NOT NULL DEFAULT 0,
  `member_main_id` int(11) unsigned DEFAULT NULL,
  `member_creation_date` int(10) unsigned NOT NULL DEFAULT 0,
  `last_update` varchar(255) DEFAULT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `profiledata` text NOT NULL,
  `requested_del` tinyint(1) NOT NULL DEFAULT 0,
  `require_confirm` tinyint(1) NOT NULL DEFAULT 0,
  `defaultrole` tinyint(2) NOT NULL DEFAULT 0,
  `points` text DEFAULT NULL,
  `points_apa` text DEFAULT NULL,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_member_points` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `time` int(11) unsigned NOT NULL DEFAULT 0,
  `member_id` int(11) unsigned NOT NULL DEFAULT 0,
  `mdkp_id` int(11) unsigned NOT NULL DEFAULT 0,
  `current` float(11,2) NOT NULL DEFAULT 0.00,
  `earned` float(11,2) NOT NULL DEFAULT 0.00,
  `spent` float(11,2) NOT NULL DEFAULT 0.00,
  `adjustments` float(11,2) NOT NULL DEFAULT 0.00,
  `misc` text DEFAULT NULL,
  `type` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_classcolors` (
  `template` int(3) NOT NULL,
  `class_id` int(2) NOT NULL,
  `color` varchar(7) DEFAULT NULL,
  PRIMARY KEY (`class_id`,`template`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_member_ranks` (
  `rank_id` int(11) unsigned NOT NULL,
  `rank_name` varchar(50) NOT NULL,
  `rank_hide` tinyint(1) NOT NULL DEFAULT 0,
  `rank_prefix` varchar(75) NOT NULL DEFAULT '',
  `rank_suffix` varchar(75) NOT NULL DEFAULT '',
  `rank_sortid` int(11) unsigned NOT NULL DEFAULT 0,
  `rank_default` tinyint(1) NOT NULL DEFAULT 0,
  `rank_icon` varchar(255) NOT NULL DEFAULT '',
  UNIQUE KEY `rank_id` (`rank_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_member_profilefields` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(255) NOT NULL DEFAULT '',
  `category` varchar(255) NOT NULL DEFAULT '',
  `lang` varchar(255) NOT NULL DEFAULT '',
  `size` int(11) DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `sort` int(11) NOT NULL DEFAULT 1,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `undeletable` tinyint(1) NOT NULL DEFAULT 0,
  `custom` tinyint(1) NOT NULL DEFAULT 0,
  `data` text DEFAULT NULL,
  `options_language` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_roles` (
  `c_index` mediumint(5) unsigned NOT NULL AUTO_INCREMENT,
  `role_id` mediumint(8) unsigned NOT NULL,
  `role_name` varchar(50) DEFAULT NULL,
  `role_classes` varchar(255) DEFAULT NULL,
  `role_icon` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`c_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_raids` (
  `raid_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `event_id` int(11) unsigned NOT NULL,
  `raid_date` int(11) NOT NULL DEFAULT 0,
  `raid_note` text DEFAULT NULL,
  `raid_value` float(6,2) NOT NULL DEFAULT 0.00,
  `raid_apa_value` text DEFAULT NULL,
  `raid_added_by` varchar(30) NOT NULL,
  `raid_updated_by` varchar(30) DEFAULT NULL,
  `raid_additional_data` text DEFAULT NULL,
  `raid_connected_attendance` text DEFAULT NULL,
  PRIMARY KEY (`raid_id`),
  KEY `raid_value` (`raid_value`),
  KEY `event_id` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_raid_attendees` (
  `raid_id` mediumint(8) unsigned NOT NULL,
  `member_id` int(11) unsigned NOT NULL,
  KEY `raid_id` (`raid_id`),
  KEY `member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_groups_raid` (
  `groups_raid_id` int(11) NOT NULL AUTO_INCREMENT,
  `groups_raid_name` varchar(255) NOT NULL DEFAULT '',
  `groups_raid_color` varchar(10) DEFAULT NULL,
  `groups_raid_desc` varchar(255) NOT NULL DEFAULT '',
  `groups_raid_system` tinyint(1) NOT NULL DEFAULT 0,
  `groups_raid_default` tinyint(1) NOT NULL DEFAULT 0,
  `groups_raid_sortid` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`groups_raid_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_groups_raid_members` (
  `group_id` int(22) NOT NULL,
  `member_id` int(22) NOT NULL,
  `grpleader` int(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_multidkp` (
  `multidkp_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `multidkp_name` varchar(255) NOT NULL,
  `multidkp_desc` text NOT NULL,
  `multidkp_sortid` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`multidkp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_multidkp2event` (
  `multidkp2event_multi_id` int(11) NOT NULL,
  `multidkp2event_event_id` int(11) NOT NULL,
  `multidkp2event_no_attendance` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`multidkp2event_multi_id`,`multidkp2event_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_itempool` (
  `itempool_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `itempool_name` varchar(255) NOT NULL,
  `itempool_desc` text NOT NULL,
  PRIMARY KEY (`itempool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_multidkp2itempool` (
  `multidkp2itempool_itempool_id` int(11) unsigned NOT NULL,
  `multidkp2itempool_multi_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`multidkp2itempool_itempool_id`,`multidkp2itempool_multi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_logs` (
  `log_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `log_date` int(11) NOT NULL DEFAULT 0,
  `log_value` mediumtext NOT NULL,
  `log_ipaddress` varchar(40) NOT NULL DEFAULT '',
  `log_sid` varchar(40) NOT NULL DEFAULT '',
  `log_result` int(1) NOT NULL DEFAULT 1,
  `log_tag` varchar(255) NOT NULL DEFAULT '',
  `log_plugin` varchar(255) NOT NULL DEFAULT '',
  `log_flag` smallint(3) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `username` varchar(30) NOT NULL,
  `log_record` varchar(255) NOT NULL DEFAULT '',
  `log_record_id` varchar(255) NOT NULL DEFAULT '',
  `trace` text DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `user_id` (`user_id`),
  KEY `log_tag` (`log_tag`),
  KEY `log_ipaddress` (`log_ipaddress`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_styles` (
  `style_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `style_name` varchar(100) NOT NULL DEFAULT '',
  `style_version` varchar(20) DEFAULT NULL,
  `style_contact` varchar(100) DEFAULT NULL,
  `style_author` varchar(100) DEFAULT NULL,
  `enabled` enum('0','1') NOT NULL DEFAULT '0',
  `template_path` varchar(30) NOT NULL DEFAULT 'default',
  `attendees_columns` enum('1','2','3','4','5','6','7','8','9','10') NOT NULL DEFAULT '6',
  `logo_position` varchar(6) DEFAULT NULL,
  `favicon_img` varchar(255) DEFAULT NULL,
  `banner_img` varchar(255) DEFAULT NULL,
  `background_img` varchar(255) DEFAULT NULL,
  `column_right_width` varchar(20) DEFAULT '',
  `column_left_width` varchar(20) DEFAULT '',
  `portal_width` varchar(20) DEFAULT '',
  `background_pos` varchar(20) DEFAULT 'normal',
  `background_type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `body_background_color` varchar(100) DEFAULT NULL,
  `body_font_color` varchar(100) DEFAULT NULL,
  `body_font_size` varchar(100) DEFAULT NULL,
  `body_font_family` varchar(100) DEFAULT NULL,
  `body_link_color` varchar(100) DEFAULT NULL,
  `body_link_color_hover` varchar(100) DEFAULT NULL,
  `body_link_decoration` varchar(100) DEFAULT NULL,
  `container_background_color` varchar(100) DEFAULT NULL,
  `container_border_color` varchar(100) DEFAULT NULL,
  `content_background_color` varchar(100) DEFAULT NULL,
  `content_font_color` varchar(100) DEFAULT NULL,
  `content_font_color_headings` varchar(100) DEFAULT NULL,
  `content_link_color` varchar(100) DEFAULT NULL,
  `content_link_color_hover` varchar(100) DEFAULT NULL,
  `content_border_color` varchar(100) DEFAULT NULL,
  `content_accent_color` varchar(100) DEFAULT NULL,
  `userarea_background_color` varchar(100) DEFAULT NULL,
  `userarea_font_color` varchar(100) DEFAULT NULL,
  `userarea_link_color` varchar(100) DEFAULT NULL,
  `userarea_link_color_hover` varchar(100) DEFAULT NULL,
  `table_th_background_color` varchar(100) DEFAULT NULL,
  `table_th_font_color` varchar(100) DEFAULT NULL,
  `table_tr_font_color` varchar(100) DEFAULT NULL,
  `table_tr_background_color1` varchar(100) DEFAULT NULL,
  `table_tr_background_color2` varchar(100) DEFAULT NULL,
  `table_tr_background_color_hover` varchar(100) DEFAULT NULL,
  `table_border_color` varchar(100) DEFAULT NULL,
  `menu_background_color` varchar(100) DEFAULT NULL,
  `menu_font_color` varchar(100) DEFAULT NULL,
  `menu_item_background_color` varchar(100) DEFAULT NULL,
  `menu_item_background_color_hover` varchar(100) DEFAULT NULL,
  `menu_item_font_color_hover` varchar(100) DEFAULT NULL,
  `sidebar_background_color` varchar(100) DEFAULT NULL,
  `sidebar_font_color` varchar(100) DEFAULT NULL,
  `sidebar_border_color` varchar(100) DEFAULT NULL,
  `button_background_color` varchar(100) DEFAULT NULL,
  `button_font_color` varchar(100) DEFAULT NULL,
  `button_border_color` varchar(100) DEFAULT NULL,
  `button_background_color_hover` varchar(100) DEFAULT NULL,
  `button_font_color_hover` varchar(100) DEFAULT NULL,
  `button_border_color_hover` varchar(100) DEFAULT NULL,
  `input_background_color` varchar(100) DEFAULT NULL,
  `input_border_color` varchar(100) DEFAULT NULL,
  `input_font_color` varchar(100) DEFAULT NULL,
  `input_background_color_active` varchar(100) DEFAULT NULL,
  `input_border_color_active` varchar(100) DEFAULT NULL,
  `input_font_color_active` varchar(100) DEFAULT NULL,
  `content_contrast_color` varchar(100) DEFAULT NULL,
  `content_contrast_background_color` varchar(100) DEFAULT NULL,
  `content_contrast_border_color` varchar(100) DEFAULT NULL,
  `content_positive_color` varchar(100) DEFAULT NULL,
  `content_negative_color` varchar(100) DEFAULT NULL,
  `content_neutral_color` varchar(100) DEFAULT NULL,
  `content_highlight_color` varchar(100) DEFAULT NULL,
  `misc_color1` varchar(100) DEFAULT NULL,
  `misc_color2` varchar(100) DEFAULT NULL,
  `misc_color3` varchar(100) DEFAULT NULL,
  `misc_text1` varchar(255) DEFAULT NULL,
  `misc_text2` varchar(255) DEFAULT NULL,
  `misc_text3` varchar(255) DEFAULT NULL,
  `additional_less` text DEFAULT NULL,
  `additional_fields` text DEFAULT NULL,
  `editor_theme` varchar(255) DEFAULT 'lightgray',
  PRIMARY KEY (`style_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_plugins` (
  `code` varchar(20) NOT NULL,
  `status` tinyint(2) NOT NULL DEFAULT 0,
  `version` varchar(20) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_links` (
  `link_id` int(12) NOT NULL AUTO_INCREMENT,
  `link_url` varchar(255) NOT NULL DEFAULT '',
  `link_name` varchar(255) NOT NULL DEFAULT '',
  `link_window` varchar(255) NOT NULL DEFAULT '',
  `link_menu` tinyint(4) NOT NULL DEFAULT 0,
  `link_sortid` int(11) NOT NULL DEFAULT 0,
  `link_visibility` text NOT NULL,
  `link_height` int(12) NOT NULL DEFAULT 4024,
  PRIMARY KEY (`link_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_comments` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `attach_id` varchar(255) DEFAULT NULL,
  `userid` int(11) unsigned NOT NULL,
  `date` varchar(255) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `page` varchar(255) DEFAULT NULL,
  `reply_to` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_portal` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL DEFAULT '',
  `path` varchar(255) NOT NULL DEFAULT '',
  `contact` varchar(100) DEFAULT NULL,
  `url` varchar(100) DEFAULT NULL,
  `autor` varchar(100) DEFAULT NULL,
  `version` varchar(20) NOT NULL DEFAULT '',
  `plugin` varchar(255) NOT NULL DEFAULT '',
  `visibility` varchar(255) NOT NULL DEFAULT 'a:1:{i:0;i:0;}',
  `collapsable` tinyint(1) NOT NULL DEFAULT 1,
  `child` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_portal_blocks` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `wide_content` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_portal_layouts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `blocks` text NOT NULL,
  `modules` text NOT NULL,
  `routes` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_articles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `text` mediumtext NOT NULL,
  `category` int(10) unsigned NOT NULL DEFAULT 0,
  `featured` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `comments` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `votes` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `published` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `show_from` varchar(11) NOT NULL DEFAULT '',
  `show_to` varchar(11) NOT NULL DEFAULT '',
  `user_id` int(11) unsigned NOT NULL DEFAULT 0,
  `date` int(11) unsigned NOT NULL DEFAULT 0,
  `previewimage` text NOT NULL,
  `alias` varchar(255) NOT NULL DEFAULT '',
  `hits` int(10) unsigned NOT NULL DEFAULT 0,
  `sort_id` int(10) unsigned NOT NULL DEFAULT 0,
  `tags` text NOT NULL,
  `votes_count` int(11) unsigned NOT NULL DEFAULT 0,
  `votes_sum` int(11) unsigned NOT NULL DEFAULT 0,
  `votes_users` text DEFAULT NULL,
  `last_edited` int(11) unsigned NOT NULL DEFAULT 0,
  `last_edited_user` int(11) NOT NULL DEFAULT 0,
  `page_objects` text DEFAULT NULL,
  `hide_header` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `index` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `undeletable` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_article_categories` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `alias` varchar(255) NOT NULL DEFAULT '',
  `portal_layout` int(10) unsigned NOT NULL DEFAULT 0,
  `description` text NOT NULL,
  `per_page` int(3) unsigned NOT NULL DEFAULT 25,
  `permissions` text NOT NULL,
  `published` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `parent` int(10) unsigned NOT NULL DEFAULT 0,
  `sort_id` int(10) unsigned NOT NULL DEFAULT 0,
  `list_type` int(3) unsigned NOT NULL DEFAULT 1,
  `aggregation` text NOT NULL,
  `featured_only` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `notify_on_onpublished_articles` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `social_share_buttons` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `show_childs` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `article_published_state` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `hide_header` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `sortation_type` int(3) unsigned NOT NULL DEFAULT 1,
  `featured_ontop` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hide_on_rss` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_repository` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `plugin` varchar(255) NOT NULL,
  `plugin_id` int(1) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `date` varchar(255) DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `version` varchar(255) DEFAULT NULL,
  `version_ext` varchar(255) DEFAULT NULL,
  `category` varchar(255) DEFAULT NULL,
  `level` varchar(255) DEFAULT NULL,
  `changelog` text DEFAULT NULL,
  `dep_php` varchar(255) DEFAULT NULL,
  `dep_coreversion` varchar(255) DEFAULT NULL,
  `rating` int(10) unsigned NOT NULL DEFAULT 0,
  `updated` varchar(255) DEFAULT NULL,
  `bugtracker_url` text DEFAULT NULL,
  `tags` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_calendar_events` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cloneid` int(10) unsigned NOT NULL DEFAULT 0,
  `calendar_id` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `creator` int(11) unsigned NOT NULL DEFAULT 0,
  `timestamp_start` int(10) unsigned NOT NULL DEFAULT 0,
  `timestamp_end` int(10) unsigned NOT NULL DEFAULT 0,
  `allday` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `private` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `visible` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `closed` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `extension` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `repeating` int(10) unsigned NOT NULL DEFAULT 0,
  `timezone` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_calendars` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `color` varchar(10) DEFAULT NULL,
  `private` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `feed` varchar(255) DEFAULT NULL,
  `system` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `type` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `restricted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `affiliation` varchar(30) NOT NULL DEFAULT 'user',
  `permissions` varchar(255) NOT NULL DEFAULT 'all',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_calendar_raid_guests` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `calendar_events_id` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `timestamp_signup` int(10) unsigned NOT NULL DEFAULT 0,
  `raidgroup` int(10) unsigned NOT NULL DEFAULT 0,
  `class` int(10) unsigned NOT NULL DEFAULT 0,
  `creator` int(10) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `role` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_calendar_raid_attendees` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `calendar_events_id` int(10) unsigned NOT NULL DEFAULT 0,
  `member_id` int(10) unsigned NOT NULL DEFAULT 0,
  `member_role` int(10) unsigned NOT NULL DEFAULT 0,
  `signup_status` varchar(255) DEFAULT NULL,
  `status_changedby` int(11) NOT NULL DEFAULT 0,
  `note` varchar(255) DEFAULT NULL,
  `timestamp_signup` int(10) unsigned NOT NULL DEFAULT 0,
  `timestamp_change` int(10) unsigned NOT NULL DEFAULT 0,
  `raidgroup` int(10) unsigned NOT NULL DEFAULT 0,
  `random_value` int(10) unsigned NOT NULL DEFAULT 0,
  `signedbyadmin` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `calendar_events_id` (`calendar_events_id`,`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_calendar_raid_templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `tpldata` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_user_profilefields` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `lang_var` varchar(255) NOT NULL,
  `type` varchar(30) NOT NULL,
  `length` int(10) unsigned NOT NULL DEFAULT 30,
  `minlength` int(10) unsigned NOT NULL DEFAULT 1,
  `validation` text NOT NULL,
  `required` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `show_on_registration` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `enabled` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `sort_order` int(10) unsigned NOT NULL DEFAULT 0,
  `is_contact` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `contact_url` text DEFAULT NULL,
  `icon_or_image` text DEFAULT NULL,
  `bridge_field` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `editable` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `example` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_notification_types` (
  `id` varchar(50) NOT NULL,
  `name` varchar(50) NOT NULL,
  `category` varchar(50) DEFAULT NULL,
  `prio` int(11) NOT NULL DEFAULT 0,
  `default` varchar(50) NOT NULL DEFAULT '0',
  `group` tinyint(4) NOT NULL DEFAULT 0,
  `group_name` varchar(80) DEFAULT NULL,
  `group_at` int(5) NOT NULL DEFAULT 0,
  `icon` varchar(50) DEFAULT NULL,
  `default_method` varchar(50) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `user_id` int(11) NOT NULL,
  `time` int(11) NOT NULL,
  `read` tinyint(4) NOT NULL DEFAULT 0,
  `username` text DEFAULT NULL,
  `dataset_id` varchar(255) DEFAULT NULL,
  `link` text DEFAULT NULL,
  `additional_data` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `eqdkp23_cronjobs` (
  `id` varchar(100) NOT NULL,
  `start_time` int(11) unsigned NOT NULL DEFAULT 0,
  `repeat` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `repeat_type` varchar(50) DEFAULT NULL,
  `repeat_interval` int(11) unsigned NOT NULL,
  `extern` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `ajax` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `delay` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `multiple` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `editable` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `path` varchar(255) NOT NULL,
  `params` text DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `last_run` int(11) unsigned NOT NULL DEFAULT 0,
  `next_run` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

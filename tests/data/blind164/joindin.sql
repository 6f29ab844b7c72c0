-- Joind.in (event and talk feedback site for conferences and user groups: events, talks, speakers, attendance,
-- comments and ratings, organiser admins)
-- github.com/joindin/joindin-api, commit 32346a71e4dbc4be41a34f07a975a939fe59699d (BSD-3-Clause)
-- Made by loading db/init_db.sql and replaying db/patch1.sql .. db/patch81.sql in order into a scratch MariaDB 10.11
-- database (the database name in patches 68 and 76 replaced), then `mysqldump --no-data`; AUTO_INCREMENT counters
-- dropped and talk_links moved after the tables it references.

CREATE TABLE `blog_cats` (
  `name` varchar(100) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `blog_comments` (
  `title` varchar(100) DEFAULT NULL,
  `author_id` int(11) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `blog_post_id` int(11) DEFAULT NULL,
  `author_name` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_post` (`blog_post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `blog_post_cat` (
  `post_id` int(11) DEFAULT NULL,
  `cat_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `blog_posts` (
  `title` varchar(250) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `date_posted` int(11) DEFAULT NULL,
  `author_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `views` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `date_posted` (`date_posted`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `categories` (
  `cat_title` varchar(200) DEFAULT NULL,
  `cat_desc` longtext DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `countries` (
  `name` varchar(50) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `email_verification_tokens` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_date` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `event_comments` (
  `event_id` int(11) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `date_made` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `cname` varchar(100) DEFAULT NULL,
  `comment_type` varchar(100) DEFAULT NULL,
  `source` varchar(255) DEFAULT NULL,
  `rating` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_event` (`event_id`),
  KEY `idx_userid` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `event_images` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `type` varchar(30) NOT NULL,
  `url` varchar(255) NOT NULL,
  `width` int(11) DEFAULT NULL,
  `height` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `event_image_type` (`event_id`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `event_themes` (
  `theme_name` varchar(200) DEFAULT NULL,
  `theme_desc` mediumtext DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `css_file` varchar(200) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_at` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  KEY `idx_event` (`active`,`event_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `event_track` (
  `event_id` int(11) DEFAULT NULL,
  `track_name` varchar(300) DEFAULT NULL,
  `track_desc` longtext DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `track_color` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_event` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `events` (
  `event_name` varchar(200) DEFAULT NULL,
  `url_friendly_name` varchar(255) DEFAULT NULL,
  `event_start` int(11) DEFAULT NULL,
  `event_end` int(11) DEFAULT NULL,
  `event_lat` decimal(20,16) DEFAULT NULL,
  `event_long` decimal(20,16) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `event_loc` longtext DEFAULT NULL,
  `event_desc` longtext DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `event_stub` varchar(30) DEFAULT NULL,
  `event_icon` varchar(30) DEFAULT NULL,
  `pending` int(11) DEFAULT NULL,
  `event_hashtag` varchar(100) DEFAULT NULL,
  `event_href` varchar(600) DEFAULT NULL,
  `event_cfp_start` int(11) DEFAULT NULL,
  `event_cfp_end` int(11) DEFAULT NULL,
  `event_voting` varchar(1) DEFAULT NULL,
  `private` varchar(1) DEFAULT NULL,
  `event_tz_cont` varchar(30) DEFAULT NULL,
  `event_tz_place` varchar(70) DEFAULT NULL,
  `event_contact_name` varchar(200) DEFAULT NULL,
  `event_contact_email` varchar(200) DEFAULT NULL,
  `event_cfp_url` varchar(200) DEFAULT NULL,
  `comment_count` int(10) unsigned NOT NULL DEFAULT 0,
  `talk_count` int(10) unsigned NOT NULL DEFAULT 0,
  `track_count` int(10) unsigned NOT NULL DEFAULT 0,
  `reviewer_id` int(11) DEFAULT NULL,
  `rejection_reason` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `idx_unique_stub` (`event_stub`),
  UNIQUE KEY `url_friendly_name` (`url_friendly_name`(150)),
  KEY `idx_dates` (`event_start`,`event_end`),
  KEY `idx_active` (`active`,`pending`) USING BTREE,
  KEY `idx_cfp_dates` (`event_cfp_start`,`event_cfp_end`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `invite_list` (
  `eid` int(11) DEFAULT NULL,
  `uid` int(11) DEFAULT NULL,
  `accepted` varchar(1) DEFAULT NULL,
  `date_added` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `lang` (
  `lang_name` varchar(200) DEFAULT NULL,
  `lang_abbr` varchar(20) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `meta_data` (
  `entry` varchar(80) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`entry`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `oauth_access_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `consumer_key` varchar(30) NOT NULL,
  `access_token` varchar(16) NOT NULL,
  `access_token_secret` varchar(32) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_date` timestamp NULL DEFAULT current_timestamp(),
  `last_used_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user_key` (`user_id`,`consumer_key`),
  KEY `idx_consumer_key` (`consumer_key`),
  KEY `idx_token_user` (`access_token`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `oauth_consumers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `consumer_key` varchar(30) NOT NULL,
  `consumer_secret` varchar(10) NOT NULL,
  `created_date` timestamp NULL DEFAULT current_timestamp(),
  `user_id` int(11) NOT NULL,
  `application` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `callback_url` varchar(500) DEFAULT NULL,
  `enable_password_grant` tinyint(1) DEFAULT 0,
  `can_be_revoked` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_user_key` (`user_id`,`consumer_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `password_reset_tokens` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `patch_history` (
  `patch_history_id` int(11) NOT NULL AUTO_INCREMENT,
  `patch_number` int(11) DEFAULT NULL,
  `date_patched` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`patch_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `pending_talk_claims` (
  `talk_id` int(11) DEFAULT NULL,
  `submitted_by` int(11) DEFAULT NULL,
  `speaker_id` int(11) DEFAULT NULL,
  `date_added` int(11) DEFAULT NULL,
  `claim_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `user_approved_at` datetime DEFAULT NULL,
  `host_approved_at` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_talkid` (`talk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `reported_event_comments` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `event_comment_id` int(11) NOT NULL,
  `reporting_user_id` int(11) NOT NULL,
  `reporting_date` datetime NOT NULL,
  `decision` varchar(20) DEFAULT NULL,
  `deciding_user_id` int(11) DEFAULT NULL,
  `deciding_date` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `reported_talk_comments` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `talk_comment_id` int(11) NOT NULL,
  `reporting_user_id` int(11) NOT NULL,
  `reporting_date` datetime NOT NULL,
  `decision` varchar(20) DEFAULT NULL,
  `deciding_user_id` int(11) DEFAULT NULL,
  `deciding_date` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `tags` (
  `tag_value` varchar(200) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `tags_events` (
  `event_id` int(11) DEFAULT NULL,
  `tag_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  KEY `idx_eventid` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_cat` (
  `talk_id` int(11) DEFAULT NULL,
  `cat_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  KEY `idx_talk` (`talk_id`),
  KEY `idx_talk_cat` (`talk_id`,`cat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_comments` (
  `talk_id` int(11) DEFAULT NULL,
  `rating` int(11) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `private` int(11) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `comment_type` varchar(10) DEFAULT NULL,
  `source` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_talk_priv_act` (`talk_id`,`private`,`active`,`rating`,`user_id`),
  KEY `idx_user_talk_rating` (`user_id`,`talk_id`,`rating`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_link_types` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_speaker` (
  `talk_id` int(11) NOT NULL,
  `speaker_name` varchar(200) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `speaker_id` int(11) DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_speakerid` (`speaker_id`),
  KEY `idx_talk_speaker` (`talk_id`,`speaker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_track` (
  `talk_id` int(11) DEFAULT NULL,
  `track_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  KEY `idx_talktracks` (`talk_id`,`track_id`) USING BTREE,
  KEY `idx_tracks` (`track_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talks` (
  `talk_title` mediumtext DEFAULT NULL,
  `url_friendly_talk_title` varchar(255) DEFAULT NULL,
  `slides_link` mediumtext DEFAULT NULL,
  `date_given` int(11) DEFAULT NULL,
  `duration` int(11) NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `talk_desc` longtext DEFAULT NULL,
  `active` int(11) DEFAULT 1,
  `owner_id` int(11) DEFAULT NULL,
  `lang` int(11) DEFAULT NULL,
  `stub` char(5) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `stub` (`stub`),
  UNIQUE KEY `url_friendly_talk_title` (`url_friendly_talk_title`(150),`event_id`),
  KEY `idx_event` (`event_id`,`ID`) USING BTREE,
  KEY `stub_2` (`stub`,`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `twitter_request_tokens` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `created_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `user` (
  `username` varchar(100) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `last_login` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `admin` int(11) DEFAULT NULL,
  `full_name` varchar(200) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `twitter_username` varchar(20) DEFAULT NULL,
  `request_code` char(8) DEFAULT NULL,
  `trusted` tinyint(1) DEFAULT 0,
  `biography` mediumtext DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `idx_username` (`username`),
  UNIQUE KEY `idx_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_admin` (
  `uid` int(11) DEFAULT NULL,
  `rid` int(11) DEFAULT NULL,
  `rtype` varchar(20) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `rcode` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `idx_event` (`rid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_attend` (
  `uid` int(11) DEFAULT NULL,
  `eid` int(11) DEFAULT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `idx_unique_user_event` (`uid`,`eid`),
  KEY `idx_event` (`eid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_talk_star` (
  `uid` int(11) NOT NULL,
  `tid` int(11) NOT NULL,
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `idx_unique_user_talk` (`uid`,`tid`),
  KEY `idx_talk` (`tid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `talk_links` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `talk_id` int(11) NOT NULL,
  `talk_type` int(11) NOT NULL,
  `url` mediumtext NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `talk_id` (`talk_id`),
  KEY `talk_type` (`talk_type`),
  CONSTRAINT `talk_links_ibfk_1` FOREIGN KEY (`talk_id`) REFERENCES `talks` (`ID`),
  CONSTRAINT `talk_links_ibfk_2` FOREIGN KEY (`talk_type`) REFERENCES `talk_link_types` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

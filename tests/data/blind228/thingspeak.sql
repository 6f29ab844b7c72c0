-- ThingSpeak (open-source IoT data platform: channels of sensor data from users' things, feeds of up to eight
-- fields with location, daily aggregates, devices, API keys, TalkBack command queues, ThingHTTP requests, React
-- rules, ThingTweet / Twitter accounts, plugins, comments, users and Active Admin administrators)
-- Upstream: https://github.com/iobridge/thingspeak (GPL-3.0), commit 9d4b74d3daea413f37f3b92f09a5c14621a6fc9b
-- Source: db/schema.rb (ActiveRecord schema version 20150311201046), written as MySQL DDL: every table and column
-- in upstream's order; Rails' implicit `id` int(11) AUTO_INCREMENT primary key spelled out; string -> varchar(255)
-- (or its limit), integer -> int(11) (limit 1 -> tinyint, limit 8 -> bigint), boolean -> tinyint(1), decimal with
-- its precision and scale; defaults and NOT NULL as upstream; every add_index kept under its upstream name
-- (unique ones as UNIQUE KEY). Upstream declares no foreign keys. All 24 tables kept.

CREATE TABLE `active_admin_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `namespace` varchar(255),
  `body` text,
  `resource_id` varchar(50) NOT NULL,
  `resource_type` varchar(50) NOT NULL,
  `author_id` int(11),
  `author_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_active_admin_comments_on_author_type_and_author_id` (`author_type`, `author_id`),
  KEY `index_active_admin_comments_on_namespace` (`namespace`),
  KEY `index_active_admin_comments_on_resource_type_and_resource_id` (`resource_type`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `admin_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_admin_users_on_email` (`email`),
  UNIQUE KEY `index_admin_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `api_key` varchar(16),
  `channel_id` int(11),
  `user_id` int(11),
  `write_flag` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `note` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_keys_on_api_key` (`api_key`),
  KEY `index_api_keys_on_channel_id` (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `channels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `name` varchar(255),
  `description` varchar(255),
  `latitude` decimal(15,10),
  `longitude` decimal(15,10),
  `field1` varchar(255),
  `field2` varchar(255),
  `field3` varchar(255),
  `field4` varchar(255),
  `field5` varchar(255),
  `field6` varchar(255),
  `field7` varchar(255),
  `field8` varchar(255),
  `scale1` int(11),
  `scale2` int(11),
  `scale3` int(11),
  `scale4` int(11),
  `scale5` int(11),
  `scale6` int(11),
  `scale7` int(11),
  `scale8` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `elevation` varchar(255),
  `last_entry_id` int(11),
  `public_flag` tinyint(1) DEFAULT 0,
  `options1` varchar(255),
  `options2` varchar(255),
  `options3` varchar(255),
  `options4` varchar(255),
  `options5` varchar(255),
  `options6` varchar(255),
  `options7` varchar(255),
  `options8` varchar(255),
  `social` tinyint(1) DEFAULT 0,
  `slug` varchar(255),
  `status` varchar(255),
  `url` varchar(255),
  `video_id` varchar(255),
  `video_type` varchar(255),
  `clearing` tinyint(1) NOT NULL DEFAULT 0,
  `ranking` int(11),
  `user_agent` varchar(255),
  `realtime_io_serial_number` varchar(36),
  `metadata` text,
  `last_write_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_channels_on_latitude_and_longitude` (`latitude`, `longitude`),
  KEY `channels_public_viewable` (`public_flag`, `last_entry_id`, `updated_at`),
  KEY `index_channels_on_ranking_and_updated_at` (`ranking`, `updated_at`),
  KEY `index_channels_on_realtime_io_serial_number` (`realtime_io_serial_number`),
  KEY `index_channels_on_slug` (`slug`),
  KEY `index_channels_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `commands` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `command_string` varchar(255),
  `position` int(11),
  `talkback_id` int(11),
  `executed_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_commands_on_talkback_id_and_executed_at` (`talkback_id`, `executed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11),
  `body` text,
  `flags` int(11),
  `user_id` int(11),
  `ip_address` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `channel_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_comments_on_channel_id` (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `daily_feeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11),
  `date` date,
  `calculation` varchar(20),
  `result` varchar(255),
  `field` tinyint(4),
  PRIMARY KEY (`id`),
  KEY `index_daily_feeds_on_channel_id_and_date` (`channel_id`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `devices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `title` varchar(255),
  `model` varchar(255),
  `ip_address` varchar(255),
  `port` int(11),
  `mac_address` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `local_ip_address` varchar(255),
  `local_port` int(11),
  `default_gateway` varchar(255),
  `subnet_mask` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_devices_on_mac_address` (`mac_address`),
  KEY `index_devices_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `failedlogins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `password` varchar(255),
  `ip_address` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `feeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11),
  `field1` varchar(255),
  `field2` varchar(255),
  `field3` varchar(255),
  `field4` varchar(255),
  `field5` varchar(255),
  `field6` varchar(255),
  `field7` varchar(255),
  `field8` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `entry_id` int(11),
  `status` varchar(255),
  `latitude` decimal(15,10),
  `longitude` decimal(15,10),
  `elevation` varchar(255),
  `location` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_feeds_on_channel_id_and_created_at` (`channel_id`, `created_at`),
  KEY `index_feeds_on_channel_id_and_entry_id` (`channel_id`, `entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `headers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `value` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `thinghttp_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_headers_on_thinghttp_id` (`thinghttp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pipes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `parse` varchar(255),
  `cache` int(11),
  PRIMARY KEY (`id`),
  KEY `index_pipes_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `plugins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `user_id` int(11),
  `html` text,
  `css` text,
  `js` text,
  `created_at` datetime,
  `updated_at` datetime,
  `public_flag` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_plugins_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `reacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `name` varchar(255),
  `react_type` varchar(10),
  `run_interval` int(11),
  `run_on_insertion` tinyint(1) NOT NULL DEFAULT 1,
  `last_run_at` datetime,
  `channel_id` int(11),
  `field_number` int(11),
  `condition` varchar(15),
  `condition_value` varchar(255),
  `condition_lat` float,
  `condition_long` float,
  `condition_elev` float,
  `actionable_id` int(11),
  `last_result` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `actionable_type` varchar(255) DEFAULT 'Thinghttp',
  `action_value` varchar(255),
  `latest_value` varchar(255),
  `activated` tinyint(1) DEFAULT 1,
  `run_action_every_time` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_reacts_on_channel_id_and_run_on_insertion` (`channel_id`, `run_on_insertion`),
  KEY `index_reacts_on_channel_id` (`channel_id`),
  KEY `index_reacts_on_run_interval` (`run_interval`),
  KEY `index_reacts_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `scheduled_thinghttps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `name` varchar(255),
  `activated` tinyint(1) NOT NULL DEFAULT 1,
  `run_interval` int(11),
  `thinghttp_id` int(11),
  `channel_id` int(11),
  `field_name` varchar(255),
  `last_run_at` datetime,
  `last_result` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_scheduled_thinghttps_on_activated_and_run_interval` (`activated`, `run_interval`),
  KEY `index_scheduled_thinghttps_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `taggings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11),
  `channel_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_taggings_on_channel_id` (`channel_id`),
  KEY `index_taggings_on_tag_id` (`tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `talkbacks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `api_key` varchar(16),
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int(11),
  `name` varchar(255),
  `channel_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_talkbacks_on_api_key` (`api_key`),
  KEY `index_talkbacks_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `thinghttps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `api_key` varchar(16),
  `url` text,
  `auth_name` varchar(255),
  `auth_pass` varchar(255),
  `method` varchar(255),
  `content_type` varchar(255),
  `http_version` varchar(255),
  `host` varchar(255),
  `body` text,
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  `parse` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_thinghttps_on_api_key` (`api_key`),
  KEY `index_thinghttps_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tweetcontrols` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `screen_name` varchar(255),
  `trigger` varchar(255),
  `control_type` varchar(255),
  `control_key` int(11),
  `control_string` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_tweetcontrols_on_screen_name` (`screen_name`),
  KEY `index_tweetcontrols_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `twitter_accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `screen_name` varchar(255),
  `user_id` int(11),
  `twitter_id` bigint(20),
  `token` varchar(255),
  `secret` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `api_key` varchar(17) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_twitters_on_api_key` (`api_key`),
  KEY `index_twitters_on_twitter_id` (`twitter_id`),
  KEY `index_twitters_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `encrypted_password` varchar(255) NOT NULL,
  `password_salt` varchar(255),
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `time_zone` varchar(255),
  `public_flag` tinyint(1) DEFAULT 0,
  `bio` text,
  `website` varchar(255),
  `api_key` varchar(16),
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `authentication_token` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_users_on_api_key` (`api_key`),
  UNIQUE KEY `index_users_on_authentication_token` (`authentication_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_login` (`login`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `watchings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `channel_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_watchings_on_user_id_and_channel_id` (`user_id`, `channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `windows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11),
  `position` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `html` text,
  `col` int(11),
  `title` varchar(255),
  `window_type` varchar(255),
  `name` varchar(255),
  `private_flag` tinyint(1) DEFAULT 0,
  `show_flag` tinyint(1) DEFAULT 1,
  `content_id` int(11),
  `options` text,
  PRIMARY KEY (`id`),
  KEY `index_windows_on_channel_id` (`channel_id`),
  KEY `index_windows_on_window_type_and_content_id` (`window_type`, `content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


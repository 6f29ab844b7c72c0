-- ResourceSpace (Montala Ltd): digital asset management used by museums, galleries, archives and arts organisations.
-- Upstream: github.com/montala-ltd/ResourceSpace_Trunk (Montala's GitHub copy of the ResourceSpace trunk),
-- commit 0e908f0f55f7a3e43a5dc937feb7f413f6f145a0 (BSD-style ResourceSpace licence, documentation/licenses).
-- Written from upstream's own schema definition dbstruct/table_<name>.txt (field,type,null,key,default,extra:
-- the file ResourceSpace's check_db_structs() creates and alters the MySQL tables from) and dbstruct/index_<name>.txt
-- (SHOW INDEX rows); 34 of 57 tables kept. ResourceSpace declares no foreign keys.

CREATE TABLE `user` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(50),
  `password` varchar(255),
  `fullname` varchar(100),
  `email` varchar(100),
  `usergroup` int(11),
  `last_active` datetime,
  `logged_in` int(11),
  `last_browser` text,
  `last_ip` varchar(100),
  `current_collection` int(11),
  `accepted_terms` int(11) NOT NULL DEFAULT '0',
  `account_expires` datetime,
  `comments` text,
  `session` varchar(50),
  `ip_restrict` text,
  `search_filter_override` text,
  `password_last_change` datetime,
  `login_tries` int(11) NOT NULL DEFAULT '0',
  `login_last_try` datetime,
  `approved` int(11) NOT NULL DEFAULT '1',
  `lang` varchar(11),
  `created` timestamp DEFAULT CURRENT_TIMESTAMP,
  `hidden_collections` text,
  `password_reset_hash` varchar(100),
  `origin` varchar(50),
  `unique_hash` varchar(50),
  `csrf_token` varchar(255),
  `search_filter_o_id` int(11),
  `profile_image` text,
  `profile_text` varchar(500),
  `email_invalid` int(1) DEFAULT '0',
  `email_rate_limit_active` int(1) DEFAULT '0',
  `processing_messages` text,
  PRIMARY KEY (`ref`),
  KEY `session` (`session`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usergroup` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `permissions` text,
  `parent` varchar(50),
  `search_filter` text,
  `edit_filter` text,
  `derestrict_filter` text,
  `ip_restrict` text,
  `resource_defaults` text,
  `config_options` text,
  `welcome_message` text,
  `request_mode` int(11) NOT NULL DEFAULT '0',
  `allow_registration_selection` int(11) NOT NULL DEFAULT '0',
  `group_specific_logo` text,
  `inherit_flags` text,
  `search_filter_id` int(11),
  `download_limit` smallint NOT NULL DEFAULT '0',
  `download_log_days` smallint NOT NULL DEFAULT '0',
  `edit_filter_id` int(11),
  `derestrict_filter_id` int(11),
  `group_specific_logo_dark` text,
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preferences` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11),
  `parameter` varchar(150),
  `value` varchar(255),
  `usergroup` int(11),
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_collection` (
  `user` int(11),
  `collection` int(11),
  `request_feedback` int(11) NOT NULL DEFAULT '0',
  KEY `collection` (`collection`),
  KEY `user` (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_message` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11),
  `message` int(11),
  `seen` int(11) DEFAULT '0',
  PRIMARY KEY (`ref`, `user`, `message`, `seen`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `created` DATETIME,
  `owner` int(11),
  `message` MEDIUMTEXT,
  `url` text,
  `expires` DATETIME,
  `related_activity` int(11),
  `related_ref` int(11),
  `type` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_rating` (
  `user` int(11) NOT NULL DEFAULT '0',
  `rating` int(11) NOT NULL DEFAULT '0',
  `ref` int(11) NOT NULL DEFAULT '0',
  KEY `ref` (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_userlist` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11),
  `userlist_name` varchar(50),
  `userlist_string` text,
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_report` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `user` int(11),
  `params` text NOT NULL,
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_dash_tile` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11) NOT NULL,
  `dash_tile` int(11) NOT NULL,
  `order_by` int(11),
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dash_tile` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `txt` text,
  `all_users` int(1),
  `default_order_by` int(11),
  `url` text,
  `link` text,
  `reload_interval_secs` int(11),
  `resource_count` int(1),
  `allow_delete` int(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_log` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `logged` datetime,
  `user` int(11),
  `log_code` char(5),
  `note` text,
  `value_old` text,
  `value_new` text,
  `value_diff` text,
  `remote_table` varchar(100),
  `remote_column` varchar(100),
  `remote_ref` varchar(100),
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_log` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime,
  `user` int(11),
  `resource` int(11),
  `type` char(5),
  `resource_type_field` int(11),
  `notes` text,
  `diff` mediumtext,
  `usageoption` int(11),
  `access_key` char(50),
  `previous_value` longtext,
  `alt_ref` int(11),
  PRIMARY KEY (`ref`),
  KEY `resource` (`resource`),
  KEY `type` (`type`),
  KEY `user` (`user`),
  KEY `date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `user` int(11),
  `created` datetime,
  `public` int(11) NOT NULL DEFAULT '0',
  `allow_changes` int(11) DEFAULT '0',
  `cant_delete` int(11) NOT NULL DEFAULT '0',
  `keywords` text NOT NULL,
  `savedsearch` int(11),
  `home_page_publish` int(11),
  `home_page_text` text,
  `home_page_image` int(11),
  `session_id` int(11),
  `description` text,
  `type` int(11) DEFAULT '0',
  `parent` int(11),
  `thumbnail_selection_method` int(11),
  `bg_img_resource_ref` int(11),
  `order_by` int(11) DEFAULT '0',
  PRIMARY KEY (`ref`),
  KEY `public` (`public`),
  KEY `user` (`user`),
  KEY `type` (`type`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_log` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime,
  `user` int(11),
  `collection` int(11),
  `type` char(5),
  `resource` int(11),
  `notes` varchar(255),
  PRIMARY KEY (`ref`),
  KEY `user` (`user`),
  KEY `collection` (`collection`),
  KEY `resource` (`resource`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_resource` (
  `collection` int(11),
  `resource` int(11),
  `date_added` timestamp DEFAULT CURRENT_TIMESTAMP,
  `comment` text,
  `rating` int(11),
  `use_as_theme_thumbnail` int(11),
  `sortorder` int(11),
  KEY `collection` (`collection`),
  KEY `resource_collection` (`collection`, `resource`),
  KEY `resource` (`resource`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `ref` int(11) AUTO_INCREMENT,
  `ref_parent` int(11) NOT NULL,
  `created` timestamp DEFAULT CURRENT_TIMESTAMP,
  `hide` int(1) DEFAULT '0',
  `collection_ref` int(11) NOT NULL,
  `resource_ref` int(11) NOT NULL,
  `user_ref` int(11) NOT NULL,
  `fullname` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `website_url` text NOT NULL,
  `body` text NOT NULL,
  `annotation` int(11) NOT NULL,
  PRIMARY KEY (`ref`),
  KEY `ref_parent` (`ref_parent`),
  KEY `collection_ref` (`collection_ref`),
  KEY `resource_ref` (`resource_ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11),
  `collection` int(11),
  `created` datetime,
  `request_mode` int(11) NOT NULL DEFAULT '0',
  `status` int(11) NOT NULL DEFAULT '0',
  `comments` text,
  `expires` date,
  `assigned_to` int(11),
  `reason` text,
  `reasonapproved` text,
  `approved_declined_by` int(11),
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_request` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` text,
  `description` text,
  `deadline` datetime,
  `email` varchar(200),
  `contact` varchar(100),
  `finaluse` text,
  `resource_types` varchar(50),
  `noresources` int(11),
  `shape` varchar(50),
  `created` datetime,
  `user` int(11),
  `assigned_to` int(11),
  `status` int(11) NOT NULL DEFAULT '0',
  `collection` int(11),
  `custom_fields_json` longtext,
  PRIMARY KEY (`ref`),
  KEY `research_collections` (`collection`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_access_keys` (
  `resource` int(11),
  `access_key` char(10),
  `user` int(11),
  `usergroup` int(11),
  `collection` int(11),
  `request_feedback` int(11) NOT NULL DEFAULT '0',
  `email` varchar(100),
  `date` datetime,
  `lastused` datetime,
  `access` int(11) DEFAULT '-1',
  `expires` datetime,
  `password_hash` varchar(100),
  `upload` int(11) NOT NULL DEFAULT '0',
  KEY `resource` (`resource`),
  KEY `resource_key` (`resource`, `access_key`),
  KEY `access_key` (`access_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_log` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime,
  `mail_to` varchar(255),
  `mail_from` int(11),
  `subject` varchar(150),
  `sender_email` varchar(200),
  PRIMARY KEY (`ref`),
  KEY `date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ip_lockout` (
  `ip` varchar(40),
  `tries` int(11) DEFAULT '0',
  `last_try` datetime,
  PRIMARY KEY (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_log` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `search_string` mediumtext,
  `resource_types` mediumtext,
  `archive_states` mediumtext,
  `logged` timestamp DEFAULT CURRENT_TIMESTAMP,
  `user` int(11),
  `result_count` int(11),
  PRIMARY KEY (`ref`),
  KEY `idx_result_count` (`result_count`),
  KEY `idx_logged` (`logged`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_custom_access` (
  `resource` int(11),
  `usergroup` int(11),
  `user` int(11),
  `access` int(11),
  `user_expires` date,
  KEY `resource` (`resource`),
  KEY `usergroup` (`usergroup`),
  KEY `user` (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_stat` (
  `year` int(11),
  `month` int(11),
  `day` int(11),
  `usergroup` int(11) NOT NULL DEFAULT '0',
  `activity_type` varchar(50),
  `object_ref` int(11),
  `count` int(11) DEFAULT '0',
  `external` tinyint(1) DEFAULT '0',
  KEY `stat_day` (`year`, `month`, `day`),
  KEY `stat_month` (`year`, `month`),
  KEY `stat_usergroup` (`usergroup`),
  KEY `stat_day_activity` (`year`, `month`, `day`, `activity_type`),
  KEY `stat_day_activity_ref` (`year`, `month`, `day`, `activity_type`, `object_ref`),
  KEY `activity_type` (`activity_type`),
  KEY `idx_activity_year_month_day_count` (`activity_type`, `year`, `month`, `day`, `count`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200),
  `resource_type` int(11),
  `has_image` int(11) DEFAULT '0',
  `is_transcoding` int(11) DEFAULT '0',
  `hit_count` int(11) NOT NULL DEFAULT '0',
  `new_hit_count` int(11) NOT NULL DEFAULT '0',
  `creation_date` datetime,
  `rating` int(11),
  `user_rating` int(11),
  `user_rating_count` int(11),
  `user_rating_total` int(11),
  `country` varchar(200),
  `file_extension` varchar(10),
  `preview_extension` varchar(10),
  `image_red` int(11),
  `image_green` int(11),
  `image_blue` int(11),
  `thumb_width` int(11),
  `thumb_height` int(11),
  `archive` int(11) DEFAULT '0',
  `access` int(11) DEFAULT '0',
  `colour_key` varchar(5),
  `created_by` int(11),
  `file_path` varchar(500),
  `file_modified` datetime,
  `file_checksum` varchar(32),
  `request_count` int(11) DEFAULT '0',
  `expiry_notification_sent` int(11) DEFAULT '0',
  `preview_tweaks` varchar(50),
  `geo_lat` double,
  `geo_long` double,
  `mapzoom` int(11),
  `disk_usage` bigint(20),
  `disk_usage_last_updated` datetime,
  `file_size` bigint(20),
  `preview_attempts` int(11),
  `modified` timestamp DEFAULT CURRENT_TIMESTAMP,
  `last_verified` datetime,
  `integrity_fail` tinyint(1) DEFAULT '0',
  `lock_user` int(11),
  `no_file` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`ref`),
  KEY `hit_count` (`hit_count`),
  KEY `resource_archive` (`archive`),
  KEY `resource_access` (`access`),
  KEY `resource_type` (`resource_type`),
  KEY `resource_creation_date` (`creation_date`),
  KEY `rating` (`rating`),
  KEY `colour_key` (`colour_key`),
  KEY `has_image` (`has_image`),
  KEY `file_checksum` (`file_checksum`),
  KEY `geo_lat` (`geo_lat`),
  KEY `geo_long` (`geo_long`),
  KEY `disk_usage` (`disk_usage`),
  KEY `created_by` (`created_by`),
  KEY `no_file` (`no_file`),
  KEY `file_size` (`file_size`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_type` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200),
  `allowed_extensions` text,
  `order_by` int(11),
  `config_options` text,
  `push_metadata` int(11),
  `colour` smallint,
  `icon` tinytext,
  `tab` int(11),
  `pull_images` smallint,
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `node` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `resource_type_field` int(11),
  `name` mediumtext,
  `parent` int(11),
  `order_by` int(11),
  `active` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ref`),
  KEY `resource_type_field` (`resource_type_field`, `ref`, `parent`, `order_by`),
  KEY `name` (`name`),
  KEY `name_full` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotation` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `resource` int(11),
  `resource_type_field` int(11),
  `user` int(11),
  `x` decimal(17,16),
  `y` decimal(17,16),
  `width` decimal(17,16),
  `height` decimal(17,16),
  `page` int(11),
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `query` text,
  `support_non_correlated_sql` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`ref`),
  KEY `support_non_correlated_sql` (`support_non_correlated_sql`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_periodic_emails` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11),
  `send_all_users` int(11),
  `user_groups` varchar(255),
  `report` int(11),
  `period` int(11),
  `email_days` int(11),
  `last_sent` datetime,
  `search_params` text,
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_queue` (
  `ref` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL,
  `job_data` longtext NOT NULL,
  `start_date` datetime,
  `user` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `success_text` varchar(250),
  `failure_text` varchar(250),
  `job_code` varchar(100),
  `priority` tinyint(1) DEFAULT '2',
  PRIMARY KEY (`ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sysvars` (
  `name` varchar(50),
  `value` text,
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins` (
  `name` varchar(50),
  `descrip` text NOT NULL,
  `author` varchar(100) NOT NULL,
  `update_url` varchar(100),
  `info_url` varchar(100),
  `inst_version` float NOT NULL,
  `config` longblob,
  `config_json` mediumtext,
  `config_url` varchar(100) NOT NULL,
  `enabled_groups` varchar(1000) NOT NULL,
  `priority` int(11) DEFAULT '999',
  `disable_group_select` int(11) DEFAULT '0',
  `title` varchar(100),
  `icon` varchar(100),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

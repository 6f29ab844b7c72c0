-- Revive Adserver (formerly OpenX Source / phpAdsNew), github.com/revive-adserver/revive-adserver
-- commit 2324f71594aac13113c9e75d97f6850a90e67741 (GPL-2.0-or-later).
-- Tables of etc/tables_core.xml (MDB2 schema, version 628) and of the default-installed openXDeliveryLog plugin
-- (plugins_repo/openXDeliveryLog/plugins/etc/oxDeliveryDataPrepare/etc/tables_oxDeliveryDataPrepare.xml),
-- written as MySQL with the types of lib/OA/DB/CustomDatatypes/mysqli.php (openads_<type> -> <TYPE>); table prefix
-- (rv_ by default) left out. Upstream declares primary and unique keys only, no foreign keys.
-- Left out: acls_channel, ad_category_assoc, category, data_bkt_r, data_summary_channel_daily,
-- data_summary_zone_impression_history, log_maintenance_forecasting, log_maintenance_priority, tracker_append,
-- variable_publisher.

CREATE TABLE `account_preference_assoc` (
  `account_id` MEDIUMINT(9) NOT NULL,
  `preference_id` MEDIUMINT(9) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`account_id`, `preference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_user_assoc` (
  `account_id` MEDIUMINT(9) NOT NULL,
  `user_id` MEDIUMINT(9) NOT NULL,
  `linked` DATETIME NOT NULL,
  PRIMARY KEY (`account_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_user_permission_assoc` (
  `account_id` MEDIUMINT(9) NOT NULL,
  `user_id` MEDIUMINT(9) NOT NULL,
  `permission_id` MEDIUMINT(9) NOT NULL,
  `is_allowed` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`account_id`, `user_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `account_id` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `account_type` VARCHAR(16) NOT NULL,
  `account_name` VARCHAR(255) NULL,
  PRIMARY KEY (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls` (
  `bannerid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `logical` VARCHAR(3) NOT NULL DEFAULT 'and',
  `type` VARCHAR(255) NOT NULL,
  `comparison` CHAR(2) NOT NULL DEFAULT '==',
  `data` TEXT NOT NULL,
  `executionorder` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (`bannerid`, `executionorder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_zone_assoc` (
  `ad_zone_assoc_id` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `zone_id` MEDIUMINT(9) NULL,
  `ad_id` MEDIUMINT(9) NULL,
  `priority` DOUBLE NULL DEFAULT '0',
  `link_type` SMALLINT(6) NOT NULL DEFAULT '1',
  `priority_factor` DOUBLE NULL DEFAULT '0',
  `to_be_delivered` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`ad_zone_assoc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliates` (
  `affiliateid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `agencyid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `name` VARCHAR(255) NOT NULL,
  `mnemonic` VARCHAR(5) NOT NULL,
  `comments` TEXT NULL,
  `contact` VARCHAR(255) NULL,
  `email` VARCHAR(64) NOT NULL,
  `website` VARCHAR(255) NULL,
  `updated` DATETIME NOT NULL,
  `oac_country_code` CHAR(2) NOT NULL,
  `oac_language_id` INT(11) NULL,
  `oac_category_id` INT(11) NULL,
  `account_id` MEDIUMINT(9) NULL,
  PRIMARY KEY (`affiliateid`),
  UNIQUE KEY `account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliates_extra` (
  `affiliateid` MEDIUMINT(9) NOT NULL,
  `address` TEXT NULL,
  `city` VARCHAR(255) NULL,
  `postcode` VARCHAR(64) NULL,
  `country` VARCHAR(255) NULL,
  `phone` VARCHAR(64) NULL,
  `fax` VARCHAR(64) NULL,
  `account_contact` VARCHAR(255) NULL,
  `payee_name` VARCHAR(255) NULL,
  `tax_id` VARCHAR(64) NULL,
  `mode_of_payment` VARCHAR(64) NULL,
  `currency` VARCHAR(64) NULL,
  `unique_users` INT(11) NULL,
  `unique_views` INT(11) NULL,
  `page_rank` INT(11) NULL,
  `category` VARCHAR(255) NULL,
  `help_file` VARCHAR(255) NULL,
  PRIMARY KEY (`affiliateid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency` (
  `agencyid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `contact` VARCHAR(255) NULL,
  `email` VARCHAR(64) NOT NULL,
  `logout_url` VARCHAR(255) NULL,
  `updated` DATETIME NOT NULL,
  `account_id` MEDIUMINT(9) NULL,
  `status` SMALLINT(6) NOT NULL DEFAULT '0',
  PRIMARY KEY (`agencyid`),
  UNIQUE KEY `account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_variable` (
  `name` VARCHAR(250) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit` (
  `auditid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `actionid` MEDIUMINT(9) NOT NULL,
  `context` VARCHAR(200) NOT NULL,
  `contextid` MEDIUMINT(9) NULL,
  `parentid` MEDIUMINT(9) NULL,
  `details` TEXT NOT NULL,
  `userid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `username` VARCHAR(64) NULL,
  `usertype` TINYINT(4) NOT NULL DEFAULT '0',
  `updated` DATETIME NULL,
  `account_id` MEDIUMINT(9) NOT NULL,
  `advertiser_account_id` MEDIUMINT(9) NULL,
  `website_account_id` MEDIUMINT(9) NULL,
  PRIMARY KEY (`auditid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `bannerid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `campaignid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `contenttype` VARCHAR(8) NOT NULL DEFAULT 'gif',
  `pluginversion` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `storagetype` VARCHAR(16) NOT NULL DEFAULT 'sql',
  `filename` VARCHAR(255) NOT NULL,
  `imageurl` VARCHAR(255) NOT NULL,
  `htmltemplate` MEDIUMTEXT NOT NULL,
  `htmlcache` MEDIUMTEXT NOT NULL,
  `width` SMALLINT(6) NOT NULL DEFAULT '0',
  `height` SMALLINT(6) NOT NULL DEFAULT '0',
  `weight` TINYINT(4) NOT NULL DEFAULT '1',
  `seq` TINYINT(4) NOT NULL DEFAULT '0',
  `target` VARCHAR(16) NOT NULL,
  `url` TEXT NOT NULL,
  `alt` VARCHAR(255) NOT NULL,
  `statustext` VARCHAR(255) NOT NULL,
  `bannertext` TEXT NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `adserver` VARCHAR(255) NOT NULL,
  `block` INT(11) NOT NULL DEFAULT '0',
  `capping` INT(11) NOT NULL DEFAULT '0',
  `session_capping` INT(11) NOT NULL DEFAULT '0',
  `compiledlimitation` TEXT NOT NULL,
  `acl_plugins` TEXT NULL,
  `append` TEXT NOT NULL,
  `bannertype` TINYINT(4) NOT NULL DEFAULT '0',
  `alt_filename` VARCHAR(255) NOT NULL,
  `alt_imageurl` VARCHAR(255) NOT NULL,
  `alt_contenttype` VARCHAR(8) NOT NULL DEFAULT 'gif',
  `comments` TEXT NULL,
  `updated` DATETIME NOT NULL,
  `acls_updated` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `keyword` VARCHAR(255) NOT NULL,
  `transparent` TINYINT(1) NOT NULL DEFAULT '0',
  `parameters` TEXT NULL,
  `status` INT(11) NOT NULL DEFAULT '0',
  `ext_bannertype` VARCHAR(255) NULL,
  `prepend` TEXT NOT NULL,
  `iframe_friendly` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`bannerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns` (
  `campaignid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `campaignname` VARCHAR(255) NOT NULL,
  `clientid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `views` INT(11) NULL DEFAULT '-1',
  `clicks` INT(11) NULL DEFAULT '-1',
  `conversions` INT(11) NULL DEFAULT '-1',
  `priority` INT(11) NOT NULL DEFAULT '0',
  `weight` TINYINT(4) NOT NULL DEFAULT '1',
  `target_impression` INT(11) NOT NULL DEFAULT '0',
  `target_click` INT(11) NOT NULL DEFAULT '0',
  `target_conversion` INT(11) NOT NULL DEFAULT '0',
  `anonymous` ENUM('t','f') NOT NULL DEFAULT 'f',
  `companion` SMALLINT(1) NULL DEFAULT '0',
  `comments` TEXT NULL,
  `revenue` DECIMAL(10,4) NULL,
  `revenue_type` SMALLINT(6) NULL,
  `updated` DATETIME NOT NULL,
  `block` INT(11) NOT NULL DEFAULT '0',
  `capping` INT(11) NOT NULL DEFAULT '0',
  `session_capping` INT(11) NOT NULL DEFAULT '0',
  `status` INT(11) NOT NULL DEFAULT '0',
  `hosted_views` INT(11) NOT NULL DEFAULT '0',
  `hosted_clicks` INT(11) NOT NULL DEFAULT '0',
  `viewwindow` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `clickwindow` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `ecpm` DECIMAL(10,4) NULL,
  `min_impressions` INT(11) NOT NULL DEFAULT '0',
  `ecpm_enabled` TINYINT(4) NOT NULL DEFAULT '0',
  `activate_time` DATETIME NULL,
  `expire_time` DATETIME NULL,
  `type` TINYINT(4) NOT NULL DEFAULT '0',
  `show_capped_no_cookie` TINYINT(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`campaignid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns_trackers` (
  `campaign_trackerid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `campaignid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `trackerid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `status` SMALLINT(1) UNSIGNED NOT NULL DEFAULT '4',
  PRIMARY KEY (`campaign_trackerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel` (
  `channelid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `agencyid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `affiliateid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `name` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `compiledlimitation` TEXT NOT NULL,
  `acl_plugins` TEXT NULL,
  `active` SMALLINT(1) NULL,
  `comments` TEXT NULL,
  `updated` DATETIME NOT NULL,
  `acls_updated` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`channelid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients` (
  `clientid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `agencyid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `clientname` VARCHAR(255) NOT NULL,
  `contact` VARCHAR(255) NULL,
  `email` VARCHAR(64) NOT NULL,
  `report` ENUM('t','f') NOT NULL DEFAULT 'f',
  `reportinterval` MEDIUMINT(9) NOT NULL DEFAULT '7',
  `reportlastdate` DATE NOT NULL DEFAULT '0000-00-00',
  `reportdeactivate` ENUM('t','f') NOT NULL DEFAULT 'f',
  `comments` TEXT NULL,
  `updated` DATETIME NOT NULL,
  `account_id` MEDIUMINT(9) NULL,
  `advertiser_limitation` TINYINT(1) NOT NULL DEFAULT '0',
  `type` TINYINT(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`clientid`),
  UNIQUE KEY `account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_intermediate_ad` (
  `data_intermediate_ad_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `date_time` DATETIME NOT NULL,
  `operation_interval` INT(10) UNSIGNED NOT NULL,
  `operation_interval_id` INT(10) UNSIGNED NOT NULL,
  `interval_start` DATETIME NOT NULL,
  `interval_end` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `requests` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `impressions` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `clicks` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `conversions` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `total_basket_value` DECIMAL(10,4) NOT NULL DEFAULT '0.0000',
  `total_num_items` INT(11) NOT NULL DEFAULT '0',
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`data_intermediate_ad_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_intermediate_ad_connection` (
  `data_intermediate_ad_connection_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `server_raw_ip` VARCHAR(16) NOT NULL,
  `server_raw_tracker_impression_id` BIGINT(20) NOT NULL,
  `viewer_id` VARCHAR(32) NULL,
  `viewer_session_id` VARCHAR(32) NULL,
  `tracker_date_time` DATETIME NOT NULL,
  `connection_date_time` DATETIME NULL,
  `tracker_id` INT(10) UNSIGNED NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `tracker_channel` VARCHAR(255) NULL,
  `connection_channel` VARCHAR(255) NULL,
  `tracker_channel_ids` VARCHAR(64) NULL,
  `connection_channel_ids` VARCHAR(64) NULL,
  `tracker_language` VARCHAR(13) NULL,
  `connection_language` VARCHAR(13) NULL,
  `tracker_ip_address` VARCHAR(16) NULL,
  `connection_ip_address` VARCHAR(16) NULL,
  `tracker_host_name` VARCHAR(255) NULL,
  `connection_host_name` VARCHAR(255) NULL,
  `tracker_country` CHAR(2) NULL,
  `connection_country` CHAR(2) NULL,
  `tracker_https` INT(10) UNSIGNED NULL,
  `connection_https` INT(10) UNSIGNED NULL,
  `tracker_domain` VARCHAR(255) NULL,
  `connection_domain` VARCHAR(255) NULL,
  `tracker_page` VARCHAR(255) NULL,
  `connection_page` VARCHAR(255) NULL,
  `tracker_query` VARCHAR(255) NULL,
  `connection_query` VARCHAR(255) NULL,
  `tracker_referer` VARCHAR(255) NULL,
  `connection_referer` VARCHAR(255) NULL,
  `tracker_search_term` VARCHAR(255) NULL,
  `connection_search_term` VARCHAR(255) NULL,
  `tracker_user_agent` VARCHAR(255) NULL,
  `connection_user_agent` VARCHAR(255) NULL,
  `tracker_os` VARCHAR(32) NULL,
  `connection_os` VARCHAR(32) NULL,
  `tracker_browser` VARCHAR(32) NULL,
  `connection_browser` VARCHAR(32) NULL,
  `connection_action` INT(10) UNSIGNED NULL,
  `connection_window` INT(10) UNSIGNED NULL,
  `connection_status` INT(10) UNSIGNED NOT NULL DEFAULT '4',
  `inside_window` TINYINT(1) NOT NULL DEFAULT '0',
  `comments` TEXT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`data_intermediate_ad_connection_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_intermediate_ad_variable_value` (
  `data_intermediate_ad_variable_value_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `data_intermediate_ad_connection_id` BIGINT(20) NOT NULL,
  `tracker_variable_id` INT(11) NOT NULL,
  `value` VARCHAR(50) NULL,
  PRIMARY KEY (`data_intermediate_ad_variable_value_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_raw_ad_click` (
  `viewer_id` VARCHAR(32) NULL,
  `viewer_session_id` VARCHAR(32) NULL,
  `date_time` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `channel` VARCHAR(255) NULL,
  `channel_ids` VARCHAR(64) NULL,
  `language` VARCHAR(32) NULL,
  `ip_address` VARCHAR(16) NULL,
  `host_name` VARCHAR(255) NULL,
  `country` CHAR(2) NULL,
  `https` TINYINT(1) NULL,
  `domain` VARCHAR(255) NULL,
  `page` VARCHAR(255) NULL,
  `query` VARCHAR(255) NULL,
  `referer` VARCHAR(255) NULL,
  `search_term` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `os` VARCHAR(32) NULL,
  `browser` VARCHAR(32) NULL,
  `max_https` TINYINT(1) NULL,
  `geo_region` VARCHAR(50) NULL,
  `geo_city` VARCHAR(50) NULL,
  `geo_postal_code` VARCHAR(10) NULL,
  `geo_latitude` DECIMAL(8,4) NULL,
  `geo_longitude` DECIMAL(8,4) NULL,
  `geo_dma_code` VARCHAR(50) NULL,
  `geo_area_code` VARCHAR(50) NULL,
  `geo_organisation` VARCHAR(50) NULL,
  `geo_netspeed` VARCHAR(20) NULL,
  `geo_continent` VARCHAR(13) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_raw_ad_impression` (
  `viewer_id` VARCHAR(32) NULL,
  `viewer_session_id` VARCHAR(32) NULL,
  `date_time` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `channel` VARCHAR(255) NULL,
  `channel_ids` VARCHAR(64) NULL,
  `language` VARCHAR(32) NULL,
  `ip_address` VARCHAR(16) NULL,
  `host_name` VARCHAR(255) NULL,
  `country` CHAR(2) NULL,
  `https` TINYINT(1) NULL,
  `domain` VARCHAR(255) NULL,
  `page` VARCHAR(255) NULL,
  `query` VARCHAR(255) NULL,
  `referer` VARCHAR(255) NULL,
  `search_term` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `os` VARCHAR(32) NULL,
  `browser` VARCHAR(32) NULL,
  `max_https` TINYINT(1) NULL,
  `geo_region` VARCHAR(50) NULL,
  `geo_city` VARCHAR(50) NULL,
  `geo_postal_code` VARCHAR(10) NULL,
  `geo_latitude` DECIMAL(8,4) NULL,
  `geo_longitude` DECIMAL(8,4) NULL,
  `geo_dma_code` VARCHAR(50) NULL,
  `geo_area_code` VARCHAR(50) NULL,
  `geo_organisation` VARCHAR(50) NULL,
  `geo_netspeed` VARCHAR(20) NULL,
  `geo_continent` VARCHAR(13) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_raw_ad_request` (
  `viewer_id` VARCHAR(32) NULL,
  `viewer_session_id` VARCHAR(32) NULL,
  `date_time` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `channel` VARCHAR(255) NULL,
  `channel_ids` VARCHAR(64) NULL,
  `language` VARCHAR(32) NULL,
  `ip_address` VARCHAR(16) NULL,
  `host_name` VARCHAR(255) NULL,
  `https` TINYINT(1) NULL,
  `domain` VARCHAR(255) NULL,
  `page` VARCHAR(255) NULL,
  `query` VARCHAR(255) NULL,
  `referer` VARCHAR(255) NULL,
  `search_term` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `os` VARCHAR(32) NULL,
  `browser` VARCHAR(32) NULL,
  `max_https` TINYINT(1) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_raw_tracker_impression` (
  `server_raw_tracker_impression_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `server_raw_ip` VARCHAR(16) NOT NULL,
  `viewer_id` VARCHAR(32) NOT NULL,
  `viewer_session_id` VARCHAR(32) NULL,
  `date_time` DATETIME NOT NULL,
  `tracker_id` INT(10) UNSIGNED NOT NULL,
  `channel` VARCHAR(255) NULL,
  `channel_ids` VARCHAR(64) NULL,
  `language` VARCHAR(32) NULL,
  `ip_address` VARCHAR(16) NULL,
  `host_name` VARCHAR(255) NULL,
  `country` CHAR(2) NULL,
  `https` INT(10) UNSIGNED NULL,
  `domain` VARCHAR(255) NULL,
  `page` VARCHAR(255) NULL,
  `query` VARCHAR(255) NULL,
  `referer` VARCHAR(255) NULL,
  `search_term` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `os` VARCHAR(32) NULL,
  `browser` VARCHAR(32) NULL,
  `max_https` INT(10) UNSIGNED NULL,
  `geo_region` VARCHAR(50) NULL,
  `geo_city` VARCHAR(50) NULL,
  `geo_postal_code` VARCHAR(10) NULL,
  `geo_latitude` DECIMAL(8,4) NULL,
  `geo_longitude` DECIMAL(8,4) NULL,
  `geo_dma_code` VARCHAR(50) NULL,
  `geo_area_code` VARCHAR(50) NULL,
  `geo_organisation` VARCHAR(50) NULL,
  `geo_netspeed` VARCHAR(20) NULL,
  `geo_continent` VARCHAR(13) NULL,
  PRIMARY KEY (`server_raw_tracker_impression_id`, `server_raw_ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_raw_tracker_variable_value` (
  `server_raw_tracker_impression_id` BIGINT(20) NOT NULL,
  `server_raw_ip` VARCHAR(16) NOT NULL,
  `tracker_variable_id` INT(11) NOT NULL,
  `date_time` DATETIME NULL,
  `value` VARCHAR(50) NULL,
  PRIMARY KEY (`server_raw_tracker_impression_id`, `server_raw_ip`, `tracker_variable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_summary_ad_hourly` (
  `data_summary_ad_hourly_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `date_time` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `creative_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `requests` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `impressions` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `clicks` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `conversions` INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `total_basket_value` DECIMAL(10,4) NULL,
  `total_num_items` INT(11) NULL,
  `total_revenue` DECIMAL(10,4) NULL,
  `total_cost` DECIMAL(10,4) NULL,
  `total_techcost` DECIMAL(10,4) NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`data_summary_ad_hourly_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_summary_ad_zone_assoc` (
  `data_summary_ad_zone_assoc_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `operation_interval` INT(10) UNSIGNED NOT NULL,
  `operation_interval_id` INT(10) UNSIGNED NOT NULL,
  `interval_start` DATETIME NOT NULL,
  `interval_end` DATETIME NOT NULL,
  `ad_id` INT(10) UNSIGNED NOT NULL,
  `zone_id` INT(10) UNSIGNED NOT NULL,
  `required_impressions` INT(10) UNSIGNED NOT NULL,
  `requested_impressions` INT(10) UNSIGNED NOT NULL,
  `priority` DOUBLE NOT NULL,
  `priority_factor` DOUBLE NULL,
  `priority_factor_limited` SMALLINT(6) NOT NULL DEFAULT '0',
  `past_zone_traffic_fraction` DOUBLE NULL,
  `created` DATETIME NOT NULL,
  `created_by` INT(10) UNSIGNED NOT NULL,
  `expired` DATETIME NULL,
  `expired_by` INT(10) UNSIGNED NULL,
  `to_be_delivered` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`data_summary_ad_zone_assoc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `filename` VARCHAR(128) NOT NULL,
  `contents` BLOB NOT NULL,
  `t_stamp` DATETIME NULL,
  PRIMARY KEY (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_maintenance_statistics` (
  `log_maintenance_statistics_id` INT(11) NOT NULL AUTO_INCREMENT,
  `start_run` DATETIME NOT NULL,
  `end_run` DATETIME NOT NULL,
  `duration` INT(11) NOT NULL,
  `adserver_run_type` INT(2) NULL,
  `search_run_type` INT(2) NULL,
  `tracker_run_type` INT(2) NULL,
  `updated_to` DATETIME NULL,
  PRIMARY KEY (`log_maintenance_statistics_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_recovery` (
  `user_type` VARCHAR(64) NOT NULL,
  `user_id` INT(10) NOT NULL,
  `recovery_id` VARCHAR(64) NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`user_type`, `user_id`),
  UNIQUE KEY `recovery_id` (`recovery_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement_zone_assoc` (
  `placement_zone_assoc_id` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `zone_id` MEDIUMINT(9) NULL,
  `placement_id` MEDIUMINT(9) NULL,
  PRIMARY KEY (`placement_zone_assoc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preferences` (
  `preference_id` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `preference_name` VARCHAR(64) NOT NULL,
  `account_type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`preference_id`),
  UNIQUE KEY `preference_name` (`preference_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `sessionid` VARCHAR(32) NOT NULL,
  `sessiondata` TEXT NOT NULL,
  `lastused` DATETIME NULL,
  `user_id` MEDIUMINT(9) NULL,
  PRIMARY KEY (`sessionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `targetstats` (
  `day` DATE NOT NULL DEFAULT '0000-00-00',
  `campaignid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `target` INT(11) NOT NULL DEFAULT '0',
  `views` INT(11) NOT NULL DEFAULT '0',
  `modified` TINYINT(4) NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trackers` (
  `trackerid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `trackername` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `clientid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `viewwindow` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `clickwindow` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `blockwindow` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `status` SMALLINT(1) UNSIGNED NOT NULL DEFAULT '4',
  `type` SMALLINT(1) UNSIGNED NOT NULL DEFAULT '1',
  `linkcampaigns` ENUM('t','f') NOT NULL DEFAULT 'f',
  `variablemethod` ENUM('default','js','dom','custom') NOT NULL DEFAULT 'default',
  `appendcode` TEXT NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`trackerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userlog` (
  `userlogid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `timestamp` INT(11) NOT NULL DEFAULT '0',
  `usertype` TINYINT(4) NOT NULL DEFAULT '0',
  `userid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `action` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `object` MEDIUMINT(9) NULL,
  `details` MEDIUMTEXT NULL,
  PRIMARY KEY (`userlogid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `user_id` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `contact_name` VARCHAR(255) NOT NULL,
  `email_address` VARCHAR(64) NOT NULL,
  `username` VARCHAR(64) NOT NULL,
  `password` VARCHAR(64) NOT NULL,
  `language` VARCHAR(5) NULL,
  `default_account_id` MEDIUMINT(9) NULL,
  `comments` TEXT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  `sso_user_id` INT(11) NULL,
  `date_created` DATETIME NULL,
  `date_last_login` DATETIME NULL,
  `email_updated` DATETIME NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `sso_user_id` (`sso_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `variables` (
  `variableid` MEDIUMINT(9) UNSIGNED NOT NULL AUTO_INCREMENT,
  `trackerid` MEDIUMINT(9) NOT NULL DEFAULT '0',
  `name` VARCHAR(250) NOT NULL,
  `description` VARCHAR(250) NULL,
  `datatype` ENUM('numeric','string','date') NOT NULL DEFAULT 'numeric',
  `purpose` ENUM('basket_value','num_items','post_code') NULL,
  `reject_if_empty` SMALLINT(1) UNSIGNED NOT NULL DEFAULT '0',
  `is_unique` INT(11) NOT NULL DEFAULT '0',
  `unique_window` INT(11) NOT NULL DEFAULT '0',
  `variablecode` VARCHAR(255) NOT NULL,
  `hidden` ENUM('t','f') NOT NULL DEFAULT 'f',
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`variableid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zones` (
  `zoneid` MEDIUMINT(9) NOT NULL AUTO_INCREMENT,
  `affiliateid` MEDIUMINT(9) NULL,
  `zonename` VARCHAR(245) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `delivery` SMALLINT(6) NOT NULL DEFAULT '0',
  `zonetype` SMALLINT(6) NOT NULL DEFAULT '0',
  `category` TEXT NOT NULL,
  `width` SMALLINT(6) NOT NULL DEFAULT '0',
  `height` SMALLINT(6) NOT NULL DEFAULT '0',
  `ad_selection` TEXT NOT NULL,
  `chain` TEXT NOT NULL,
  `prepend` TEXT NOT NULL,
  `append` TEXT NOT NULL,
  `appendtype` TINYINT(4) NOT NULL DEFAULT '0',
  `forceappend` ENUM('t','f') NULL DEFAULT 'f',
  `inventory_forecast_type` SMALLINT(6) NOT NULL DEFAULT '0',
  `comments` TEXT NULL,
  `cost` DECIMAL(10,4) NULL,
  `cost_type` SMALLINT(6) NULL,
  `cost_variable_id` VARCHAR(255) NULL,
  `technology_cost` DECIMAL(10,4) NULL,
  `technology_cost_type` SMALLINT(6) NULL,
  `updated` DATETIME NOT NULL,
  `block` INT(11) NOT NULL DEFAULT '0',
  `capping` INT(11) NOT NULL DEFAULT '0',
  `session_capping` INT(11) NOT NULL DEFAULT '0',
  `what` TEXT NOT NULL,
  `rate` DECIMAL(19,2) NULL,
  `pricing` VARCHAR(50) NOT NULL DEFAULT 'CPM',
  `oac_category_id` INT(11) NULL,
  `ext_adselection` VARCHAR(255) NULL,
  `show_capped_no_cookie` TINYINT(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`zoneid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_bkt_c` (
  `interval_start` DATETIME NOT NULL,
  `creative_id` MEDIUMINT(9) NOT NULL,
  `zone_id` MEDIUMINT(9) NOT NULL,
  `count` INT(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`interval_start`, `creative_id`, `zone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_bkt_m` (
  `interval_start` DATETIME NOT NULL,
  `creative_id` MEDIUMINT(9) NOT NULL,
  `zone_id` MEDIUMINT(9) NOT NULL,
  `count` INT(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`interval_start`, `creative_id`, `zone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_bkt_a` (
  `server_conv_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `server_ip` VARCHAR(16) NOT NULL,
  `tracker_id` MEDIUMINT(9) NOT NULL,
  `date_time` DATETIME NOT NULL,
  `action_date_time` DATETIME NOT NULL,
  `creative_id` MEDIUMINT(9) NOT NULL,
  `zone_id` MEDIUMINT(9) NOT NULL,
  `ip_address` VARCHAR(16) NOT NULL,
  `action` INT(10) NULL,
  `window` INT(10) NULL,
  `status` INT(10) NULL,
  PRIMARY KEY (`server_conv_id`, `server_ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_bkt_a_var` (
  `server_conv_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `server_ip` VARCHAR(16) NOT NULL,
  `tracker_variable_id` MEDIUMINT(9) NOT NULL,
  `value` TEXT NULL,
  `date_time` DATETIME NOT NULL,
  PRIMARY KEY (`server_conv_id`, `server_ip`, `tracker_variable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Opencaching.de (OpencachingDeutschland/oc-server3), commit dc165f942cc48cb317604357852b6b603f1f8840
-- sql/dump_v158.sql (CREATE TABLE statements; MyISAM written as InnoDB) + bin/dbsv-update.php mutations 159-168
-- + Doctrine migrations htdocs/app/Migrations and htdocs_symfony/migrations (to Version20230404180000),
-- replayed in MariaDB 10.11 and dumped with mysqldump --no-data; 63 of 159 tables kept.

CREATE TABLE `cache_type` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) NOT NULL,
  `ordinal` tinyint(3) unsigned NOT NULL,
  `short` varchar(10) NOT NULL COMMENT 'obsolete',
  `de` varchar(60) NOT NULL COMMENT 'obsolete',
  `en` varchar(60) NOT NULL COMMENT 'obsolete',
  `icon_large` varchar(60) NOT NULL COMMENT 'obsolete',
  `short2` varchar(15) NOT NULL,
  `short2_trans_id` int(10) NOT NULL,
  `kml_name` varchar(10) NOT NULL,
  `svg_name` varchar(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `cache_size` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `ordinal` tinyint(3) unsigned NOT NULL,
  `de` varchar(60) NOT NULL COMMENT 'obsolete',
  `en` varchar(60) NOT NULL COMMENT 'obsolete',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `cache_status` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `de` varchar(60) NOT NULL COMMENT 'obsolete',
  `en` varchar(60) NOT NULL COMMENT 'obsolete',
  `allow_user_view` tinyint(1) NOT NULL,
  `allow_owner_edit_status` tinyint(1) NOT NULL,
  `allow_user_log` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `log_types` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `permission` char(1) NOT NULL COMMENT 'obsolete',
  `cache_status` tinyint(1) NOT NULL DEFAULT 0,
  `de` varchar(60) NOT NULL COMMENT 'obsolete',
  `en` varchar(60) NOT NULL,
  `icon_small` varchar(255) NOT NULL,
  `allow_rating` tinyint(1) NOT NULL,
  `require_password` tinyint(1) NOT NULL,
  `maintenance_logs` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `countries` (
  `short` char(2) NOT NULL,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) NOT NULL,
  `de` varchar(128) NOT NULL COMMENT 'obsolete',
  `en` varchar(128) NOT NULL,
  `list_default_de` int(1) NOT NULL DEFAULT 0 COMMENT 'obsolete',
  `sort_de` varchar(128) NOT NULL COMMENT 'obsolete',
  `list_default_en` int(1) NOT NULL DEFAULT 0 COMMENT 'obsolete',
  `sort_en` varchar(128) NOT NULL COMMENT 'obsolete',
  `adm_display2` tinyint(1) NOT NULL,
  `adm_display3` tinyint(1) NOT NULL,
  PRIMARY KEY (`short`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `languages` (
  `short` char(2) NOT NULL,
  `name` varchar(60) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `native_name` varchar(60) NOT NULL,
  `de` varchar(60) NOT NULL COMMENT 'obsolete',
  `en` varchar(60) NOT NULL COMMENT 'obsolete',
  `list_default_de` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'obsolete',
  `list_default_en` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'obsolete',
  `is_translated` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`short`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `nodes` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `url` varchar(260) NOT NULL,
  `waypoint_prefix` char(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waypoint_prefix` (`waypoint_prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `profile_options` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `internal_use` tinyint(1) NOT NULL DEFAULT 1,
  `default_value` text DEFAULT NULL,
  `check_regex` varchar(255) DEFAULT NULL,
  `option_order` int(11) NOT NULL DEFAULT 100,
  `option_input` varchar(20) NOT NULL DEFAULT 'text',
  `optionset` tinyint(2) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `cache_report_reasons` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `order` tinyint(2) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `cache_report_status` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `security_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `security_roles_role_uindex` (`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sysconfig` (
  `name` varchar(60) NOT NULL,
  `value` mediumtext NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='obsolete';

CREATE TABLE `sys_cron` (
  `name` varchar(60) NOT NULL,
  `last_run` datetime NOT NULL,
  PRIMARY KEY (`name`),
  KEY `last_run` (`last_run`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='via cronjob';

CREATE TABLE `okapi_vars` (
  `var` varchar(32) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `okapi_nonces` (
  `consumer_key` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `nonce_hash` varchar(32) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `timestamp` int(10) NOT NULL,
  PRIMARY KEY (`consumer_key`,`nonce_hash`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `core_hq_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` timestamp NULL DEFAULT NULL,
  `end` timestamp NULL DEFAULT NULL,
  `type` varchar(50) DEFAULT NULL,
  `message` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_attrib` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `icon` varchar(30) NOT NULL,
  `trans_id` int(10) unsigned NOT NULL,
  `group_id` tinyint(3) unsigned NOT NULL,
  `selectable` tinyint(1) NOT NULL DEFAULT 1,
  `category` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `search_default` tinyint(1) unsigned NOT NULL,
  `default` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `icon_large` varchar(80) NOT NULL COMMENT 'obsolete',
  `icon_no` varchar(80) NOT NULL COMMENT 'obsolete',
  `icon_undef` varchar(80) NOT NULL COMMENT 'obsolete',
  `html_desc` mediumtext NOT NULL,
  `html_desc_trans_id` int(10) unsigned NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `gc_id` tinyint(3) unsigned NOT NULL,
  `gc_inc` tinyint(1) NOT NULL,
  `gc_name` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `category` (`category`,`id`),
  KEY `default` (`default`),
  KEY `selectable` (`selectable`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='static content';

CREATE TABLE `user` (
  `user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (user)',
  `last_modified` datetime NOT NULL COMMENT 'via Trigger (user)',
  `last_login` date DEFAULT NULL,
  `username` varchar(60) NOT NULL,
  `password` varchar(128) DEFAULT NULL,
  `admin_password` binary(60) DEFAULT NULL,
  `roles` text DEFAULT NULL,
  `email` varchar(60) DEFAULT NULL,
  `email_problems` int(10) NOT NULL DEFAULT 0,
  `first_email_problem` date DEFAULT NULL,
  `last_email_problem` datetime DEFAULT NULL,
  `mailing_problems` int(10) unsigned NOT NULL DEFAULT 0,
  `accept_mailing` tinyint(1) NOT NULL DEFAULT 1,
  `usermail_send_addr` tinyint(1) NOT NULL DEFAULT 0,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `is_active_flag` tinyint(1) NOT NULL,
  `last_name` varchar(60) NOT NULL,
  `first_name` varchar(60) NOT NULL,
  `country` char(2) DEFAULT NULL,
  `pmr_flag` tinyint(1) NOT NULL,
  `new_pw_code` varchar(13) DEFAULT NULL,
  `new_pw_date` datetime DEFAULT NULL,
  `new_email_code` varchar(13) DEFAULT NULL,
  `new_email_date` datetime DEFAULT NULL,
  `new_email` varchar(60) DEFAULT NULL,
  `permanent_login_flag` tinyint(1) NOT NULL,
  `watchmail_mode` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `watchmail_hour` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `watchmail_nextmail` datetime NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT 'via cronjob',
  `watchmail_day` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `activation_code` varchar(13) NOT NULL,
  `statpic_logo` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `statpic_text` varchar(30) NOT NULL DEFAULT 'Opencaching',
  `no_htmledit_flag` tinyint(1) NOT NULL DEFAULT 0,
  `notify_radius` int(10) unsigned NOT NULL DEFAULT 0,
  `notify_oconly` tinyint(1) NOT NULL DEFAULT 1,
  `language` char(2) DEFAULT NULL,
  `language_guessed` tinyint(1) NOT NULL DEFAULT 0,
  `domain` varchar(40) DEFAULT NULL,
  `admin` smallint(5) unsigned NOT NULL DEFAULT 0,
  `data_license` tinyint(1) NOT NULL DEFAULT 0,
  `description` longtext NOT NULL,
  `desc_htmledit` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `gdpr_deletion` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `email` (`email`),
  KEY `notify_radius` (`notify_radius`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_options` (
  `user_id` int(10) unsigned NOT NULL,
  `option_id` int(10) unsigned NOT NULL,
  `option_visible` tinyint(1) NOT NULL DEFAULT 1,
  `option_value` longtext DEFAULT NULL,
  PRIMARY KEY (`user_id`,`option_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='user options';

CREATE TABLE `user_delegates` (
  `user_id` int(10) unsigned NOT NULL,
  `node` tinyint(3) unsigned NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`user_id`,`node`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_statpic` (
  `user_id` int(11) NOT NULL,
  `lang` varchar(2) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`user_id`,`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_user_id_role_id_uindex` (`user_id`,`role_id`),
  KEY `user_roles_security_roles_id_fk` (`role_id`),
  CONSTRAINT `user_roles_security_roles_id_fk` FOREIGN KEY (`role_id`) REFERENCES `security_roles` (`id`),
  CONSTRAINT `user_roles_user_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_login_block` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL COMMENT 'Betroffener Nutzer',
  `login_block_until` datetime DEFAULT NULL COMMENT 'Zeitstempel, bis wann der Login des Nutzers blockiert wird',
  `message` longtext DEFAULT NULL COMMENT 'optionale Nachricht vom Verfasser der Blockierung an den Nutzer',
  PRIMARY KEY (`id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sys_sessions` (
  `uuid` varchar(36) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `permanent` tinyint(1) NOT NULL,
  `last_login` datetime NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `last_login` (`last_login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `logins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `remote_addr` varchar(15) NOT NULL,
  `success` int(1) NOT NULL DEFAULT 0,
  `timestamp` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sys_logins` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL COMMENT 'via trigger (sys_logins)',
  `remote_addr` varchar(15) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `timestamp` (`date_created`),
  KEY `remote_addr` (`remote_addr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `email_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (email_user)',
  `ipaddress` varchar(20) NOT NULL,
  `from_user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `from_email` varchar(60) NOT NULL,
  `to_user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `to_email` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `from_user_id` (`from_user_id`),
  KEY `date` (`date_created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `caches` (
  `cache_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (caches)',
  `is_publishdate` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = date_created is publication date',
  `last_modified` datetime NOT NULL COMMENT 'via Trigger (caches)',
  `okapi_syncbase` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `listing_last_modified` datetime NOT NULL COMMENT 'via Trigger (caches, cache_desc, coordinates, pictures)',
  `meta_last_modified` datetime NOT NULL COMMENT 'via Trigger (stat_caches, gk_item_waypoint)',
  `user_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `longitude` double NOT NULL,
  `latitude` double NOT NULL,
  `type` tinyint(3) unsigned NOT NULL,
  `status` tinyint(3) unsigned NOT NULL,
  `country` char(2) NOT NULL,
  `date_hidden` date NOT NULL,
  `size` tinyint(3) unsigned NOT NULL,
  `difficulty` tinyint(3) unsigned NOT NULL,
  `terrain` tinyint(3) unsigned NOT NULL,
  `logpw` varchar(20) DEFAULT NULL,
  `search_time` float NOT NULL DEFAULT 0,
  `way_length` float NOT NULL DEFAULT 0,
  `wp_gc` varchar(7) NOT NULL,
  `wp_gc_maintained` varchar(7) NOT NULL,
  `wp_nc` varchar(6) NOT NULL COMMENT 'obsolete',
  `wp_oc` varchar(7) DEFAULT NULL,
  `desc_languages` varchar(60) NOT NULL COMMENT 'via Trigger (cache_desc)',
  `default_desclang` char(2) NOT NULL,
  `date_activate` datetime DEFAULT NULL,
  `need_npa_recalc` tinyint(1) NOT NULL,
  `show_cachelists` tinyint(1) NOT NULL DEFAULT 1,
  `protect_old_coords` tinyint(1) NOT NULL DEFAULT 0,
  `needs_maintenance` tinyint(1) NOT NULL DEFAULT 0,
  `listing_outdated` tinyint(1) NOT NULL DEFAULT 0,
  `flags_last_modified` datetime NOT NULL COMMENT 'via Trigger (caches)',
  `gdpr_deletion` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`cache_id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `wp_oc` (`wp_oc`),
  UNIQUE KEY `wp_oc_2` (`wp_oc`),
  KEY `longitude` (`longitude`,`latitude`),
  KEY `date_created` (`date_created`),
  KEY `latitude` (`latitude`),
  KEY `country` (`country`),
  KEY `status` (`status`,`date_activate`),
  KEY `last_modified` (`last_modified`),
  KEY `wp_gc` (`wp_gc`),
  KEY `user_id` (`user_id`),
  KEY `date_activate` (`date_activate`),
  KEY `need_npa_recalc` (`need_npa_recalc`),
  KEY `type` (`type`),
  KEY `size` (`size`),
  KEY `difficulty` (`difficulty`),
  KEY `terrain` (`terrain`),
  KEY `wp_gc_maintained` (`wp_gc_maintained`),
  KEY `okapi_syncbase` (`okapi_syncbase`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_desc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (cache_desc)',
  `last_modified` datetime NOT NULL COMMENT 'via Trigger (cache_desc)',
  `cache_id` int(10) unsigned NOT NULL,
  `language` char(2) NOT NULL,
  `desc` longtext NOT NULL,
  `desc_html` tinyint(1) NOT NULL DEFAULT 1,
  `desc_htmledit` tinyint(1) NOT NULL DEFAULT 1,
  `hint` longtext NOT NULL,
  `short_desc` varchar(120) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cache_id` (`cache_id`,`language`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `last_modified` (`last_modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `caches_attributes` (
  `cache_id` int(10) unsigned NOT NULL,
  `attrib_id` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`cache_id`,`attrib_id`),
  KEY `attrib_id` (`attrib_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (cache_logs)',
  `entry_last_modified` datetime NOT NULL COMMENT 'via Trigger (cache_logs)',
  `last_modified` datetime NOT NULL COMMENT 'via Trigger (cache_logs)',
  `okapi_syncbase` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `log_last_modified` datetime NOT NULL COMMENT 'via Triggers',
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `type` tinyint(3) unsigned NOT NULL,
  `oc_team_comment` tinyint(1) NOT NULL DEFAULT 0,
  `date` datetime NOT NULL,
  `order_date` datetime NOT NULL,
  `needs_maintenance` tinyint(1) NOT NULL DEFAULT 0,
  `listing_outdated` tinyint(1) NOT NULL DEFAULT 0,
  `text` longtext NOT NULL,
  `text_html` tinyint(1) NOT NULL DEFAULT 1,
  `text_htmledit` tinyint(1) NOT NULL DEFAULT 1,
  `owner_notified` tinyint(1) NOT NULL DEFAULT 0,
  `picture` smallint(5) unsigned NOT NULL COMMENT 'via Trigger (picture)',
  `gdpr_deletion` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `owner_notified` (`owner_notified`),
  KEY `last_modified` (`last_modified`),
  KEY `type` (`type`,`cache_id`),
  KEY `date_created` (`date_created`),
  KEY `user_id` (`user_id`,`cache_id`),
  KEY `cache_id` (`cache_id`,`user_id`),
  KEY `date` (`cache_id`,`date`,`date_created`),
  KEY `order_date` (`cache_id`,`order_date`,`date_created`,`id`),
  KEY `okapi_syncbase` (`okapi_syncbase`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Attention: modifications to this table may need to be applied also to cache_logs_archived, cache_logs_modified and trigger cacheLogsBeforeUpdate!';

CREATE TABLE `cache_logs_archived` (
  `id` int(10) unsigned NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL,
  `date_created` datetime NOT NULL,
  `entry_last_modified` datetime NOT NULL,
  `last_modified` datetime NOT NULL,
  `okapi_syncbase` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `log_last_modified` datetime NOT NULL,
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `type` tinyint(3) unsigned NOT NULL,
  `oc_team_comment` tinyint(1) NOT NULL DEFAULT 0,
  `date` datetime NOT NULL,
  `order_date` datetime NOT NULL,
  `needs_maintenance` tinyint(1) NOT NULL DEFAULT 0,
  `listing_outdated` tinyint(1) NOT NULL DEFAULT 0,
  `text` longtext NOT NULL,
  `text_html` tinyint(1) NOT NULL,
  `text_htmledit` tinyint(1) NOT NULL,
  `owner_notified` tinyint(1) NOT NULL,
  `picture` smallint(5) unsigned NOT NULL,
  `gdpr_deletion` tinyint(1) NOT NULL DEFAULT 0,
  `deletion_date` datetime NOT NULL,
  `deleted_by` int(10) NOT NULL DEFAULT 0,
  `restored_by` int(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cache_id` (`cache_id`),
  KEY `userid` (`user_id`),
  KEY `okapi_syncbase` (`okapi_syncbase`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_adoptions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cache_id` int(10) unsigned NOT NULL,
  `date` datetime NOT NULL,
  `from_user_id` int(10) unsigned NOT NULL,
  `to_user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cache_id` (`cache_id`,`date`),
  KEY `from_user_id` (`from_user_id`),
  KEY `to_user_id` (`to_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_adoption` (
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `date_created` datetime NOT NULL COMMENT 'via Trigger',
  UNIQUE KEY `id` (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_rating` (
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `rating_date` datetime NOT NULL,
  PRIMARY KEY (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`,`cache_id`),
  KEY `date` (`rating_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_watches` (
  `cache_id` int(10) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_ignore` (
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_visits` (
  `cache_id` int(10) unsigned NOT NULL DEFAULT 0,
  `user_id_ip` varchar(15) NOT NULL DEFAULT '0',
  `count` smallint(5) unsigned NOT NULL DEFAULT 0,
  `last_modified` datetime NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT 'via trigger (cache_visits)',
  PRIMARY KEY (`cache_id`,`user_id_ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_reports` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL,
  `cacheid` int(11) unsigned NOT NULL,
  `userid` int(11) unsigned NOT NULL,
  `reason` tinyint(3) unsigned NOT NULL,
  `note` longtext NOT NULL,
  `status` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `adminid` int(11) DEFAULT NULL,
  `lastmodified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `status` (`status`,`adminid`),
  KEY `status_2` (`adminid`,`status`),
  KEY `userid` (`userid`),
  KEY `cacheid` (`cacheid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='submitted reports on caches';

CREATE TABLE `cache_lists` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) NOT NULL,
  `date_created` datetime NOT NULL,
  `last_modified` datetime NOT NULL,
  `last_added` datetime DEFAULT NULL,
  `last_state_change` datetime DEFAULT NULL,
  `name` varchar(80) NOT NULL,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `description` longtext NOT NULL,
  `desc_htmledit` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `password` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `name` (`name`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_list_bookmarks` (
  `cache_list_id` int(10) NOT NULL,
  `user_id` int(10) NOT NULL,
  `password` varchar(80) NOT NULL,
  UNIQUE KEY `cache_list_id` (`cache_list_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_list_watches` (
  `cache_list_id` int(10) NOT NULL,
  `user_id` int(10) NOT NULL,
  UNIQUE KEY `cache_list_id` (`cache_list_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_status_modified` (
  `cache_id` int(10) unsigned NOT NULL,
  `date_modified` datetime NOT NULL,
  `old_state` tinyint(2) unsigned NOT NULL,
  `new_state` tinyint(2) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  UNIQUE KEY `cache_id` (`cache_id`,`date_modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `coordinates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL,
  `last_modified` datetime NOT NULL,
  `type` int(11) NOT NULL,
  `subtype` int(11) DEFAULT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `cache_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `log_id` int(11) DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cache_id` (`cache_id`),
  KEY `user_id` (`user_id`),
  KEY `log_id` (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `field_note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `geocache_id` int(11) DEFAULT NULL,
  `type` smallint(6) NOT NULL,
  `date` datetime NOT NULL,
  `text` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_DC7193AEA76ED395` (`user_id`),
  KEY `IDX_DC7193AE67030974` (`geocache_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `queries` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(60) NOT NULL,
  `options` blob NOT NULL,
  `last_queried` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notify_waiting` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cache_id` int(10) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `type` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cache_user` (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `watches_waiting` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `object_id` int(10) unsigned NOT NULL DEFAULT 0,
  `object_type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT 'via trigger (watches_waiting)',
  `watchtext` longtext NOT NULL,
  `watchtype` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `watches_notified` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `object_id` int(10) unsigned NOT NULL DEFAULT 0,
  `object_type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT 'via Trigger (watches_notified)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`object_id`,`object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `logentries` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (logentries)',
  `module` varchar(30) NOT NULL,
  `eventid` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `objectid1` int(10) unsigned NOT NULL DEFAULT 0,
  `objectid2` int(10) unsigned NOT NULL DEFAULT 0,
  `logtext` longtext NOT NULL,
  `details` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`date_created`),
  KEY `userid` (`userid`,`objectid1`,`module`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stat_user` (
  `user_id` int(10) unsigned NOT NULL,
  `found` smallint(5) unsigned NOT NULL,
  `notfound` smallint(5) unsigned NOT NULL,
  `note` smallint(5) unsigned NOT NULL,
  `hidden` smallint(5) unsigned NOT NULL,
  `will_attend` smallint(5) unsigned NOT NULL,
  `maintenance` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='via trigger (user)';

CREATE TABLE `stat_cache_logs` (
  `cache_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `found` smallint(5) unsigned NOT NULL,
  `notfound` smallint(5) unsigned NOT NULL,
  `note` smallint(5) unsigned NOT NULL,
  `will_attend` smallint(5) unsigned NOT NULL,
  `maintenance` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`cache_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='via trigger (cache_logs)';

CREATE TABLE `pictures` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `node` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `date_created` datetime NOT NULL COMMENT 'via Trigger (pictures)',
  `last_modified` datetime NOT NULL COMMENT 'via Trigger (pictures)',
  `url` varchar(255) NOT NULL,
  `title` varchar(250) NOT NULL,
  `last_url_check` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `object_id` int(10) unsigned NOT NULL DEFAULT 0,
  `object_type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `thumb_url` varchar(255) NOT NULL,
  `thumb_last_generated` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `spoiler` tinyint(1) NOT NULL DEFAULT 0,
  `local` tinyint(1) NOT NULL DEFAULT 1,
  `unknown_format` tinyint(1) NOT NULL DEFAULT 0,
  `display` tinyint(1) NOT NULL DEFAULT 1,
  `mappreview` tinyint(1) NOT NULL DEFAULT 0,
  `seq` smallint(5) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_type` (`object_type`,`object_id`,`seq`),
  KEY `last_modified` (`last_modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gk_item` (
  `id` int(11) NOT NULL,
  `name` varchar(60) NOT NULL,
  `description` longtext NOT NULL,
  `userid` int(11) NOT NULL,
  `datecreated` datetime NOT NULL,
  `distancetravelled` float NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `typeid` int(11) NOT NULL,
  `stateid` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gk_move` (
  `id` int(11) NOT NULL,
  `itemid` int(11) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `datemoved` datetime NOT NULL,
  `datelogged` datetime NOT NULL,
  `userid` int(11) NOT NULL,
  `comment` longtext NOT NULL,
  `logtypeid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `userid` (`userid`),
  KEY `itemid` (`itemid`,`datemoved`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gk_user` (
  `id` int(11) NOT NULL,
  `name` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `okapi_consumers` (
  `key` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `name` varchar(100) NOT NULL,
  `secret` varchar(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `url` varchar(250) DEFAULT NULL,
  `email` varchar(70) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `bflags` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `okapi_tokens` (
  `key` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `secret` varchar(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `token_type` enum('request','access') NOT NULL,
  `timestamp` int(10) NOT NULL,
  `user_id` int(10) DEFAULT NULL,
  `consumer_key` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `verifier` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `callback` varchar(2083) DEFAULT NULL,
  PRIMARY KEY (`key`),
  KEY `by_consumer` (`consumer_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `okapi_authorizations` (
  `consumer_key` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `user_id` int(11) NOT NULL,
  `last_access_token` datetime DEFAULT NULL,
  PRIMARY KEY (`consumer_key`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `okapi_stats_temp` (
  `datetime` datetime NOT NULL,
  `consumer_key` varchar(32) NOT NULL DEFAULT 'internal',
  `user_id` int(10) NOT NULL DEFAULT -1,
  `service_name` varchar(80) NOT NULL,
  `calltype` enum('internal','http') NOT NULL,
  `runtime` float NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `support_user_comments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `oc_user_id` int(10) unsigned NOT NULL COMMENT 'OC User-ID',
  `comment` longtext DEFAULT NULL COMMENT 'Feld für Notizen des Supports zu diesem OC-User',
  `comment_created` datetime NOT NULL COMMENT 'Datum der Erstellung',
  `comment_last_modified` datetime NOT NULL COMMENT 'Datum der letzten comment-Änderung',
  PRIMARY KEY (`id`),
  UNIQUE KEY `support_user_comments_id_uindex` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Kommentare zu OC-Usern speichern';

CREATE TABLE `support_user_relations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `oc_user_id` int(10) unsigned NOT NULL COMMENT 'OC User-ID',
  `node_id` tinyint(3) NOT NULL COMMENT 'Zeigt an, von welchem Node diese Infos stammen. Siehe Tabelle nodes',
  `node_user_id` varchar(36) DEFAULT NULL COMMENT 'GC/Fremdnode User-ID, nicht der Username! Auf diese ID muss immer verlinkt werden können, auch wenn sich der Ownername ändert.',
  `node_username` varchar(60) DEFAULT NULL COMMENT 'Name des Users auf GC/Fremdnode.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `support_user_relations_id_uindex` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Kommentare zu OC-Usern speichern';

CREATE TABLE `support_listing_infos` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `wp_oc` varchar(7) NOT NULL COMMENT 'ID des OC-Listings, auf die sich der Eintrag bezieht',
  `node_id` tinyint(3) NOT NULL COMMENT 'Zeigt an, von welchem Node diese Infos stammen. Siehe Tabelle nodes',
  `node_owner_id` varchar(36) DEFAULT NULL COMMENT 'generische User-ID des Nodes',
  `node_owner_name` varchar(60) DEFAULT NULL COMMENT 'Name des Users auf GC/Fremdnode.',
  `node_listing_id` varchar(36) DEFAULT NULL COMMENT 'generische ID des Listings. Wird diese Info benötigt?',
  `node_listing_wp` varchar(10) DEFAULT NULL COMMENT 'Wegpunkt des Listings',
  `node_listing_name` varchar(255) DEFAULT NULL COMMENT 'Listingtitel',
  `node_listing_difficulty` tinyint(3) DEFAULT 0 COMMENT 'D-Wertung',
  `node_listing_terrain` tinyint(3) DEFAULT 0 COMMENT 'T-Wertung',
  `node_listing_size` varchar(36) DEFAULT NULL COMMENT 'Behältergröße. Wird soweit möglich auf die OC-Behältergrößen umgemünzt oder als other deklariert. Siehe Tabelle cache_size',
  `node_listing_coordinates_lat` double DEFAULT 0 COMMENT 'Ankerkoordinaten Nord',
  `node_listing_coordinates_lon` double DEFAULT 0 COMMENT 'Ankerkoordinaten Nord',
  `node_listing_available` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Ist das Listing noch aktiv?',
  `node_listing_archived` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Wurde das Listing auf dem Fremdnode bereits archiviert?',
  `last_modified` datetime NOT NULL COMMENT 'Datum der letzten Änderung dieses Tabelleneintrags',
  `importstatus` tinyint(3) DEFAULT NULL COMMENT 'Status des Tabelleneintrags, z.B. ob der Import bereits verarbeitet wurde',
  PRIMARY KEY (`id`),
  UNIQUE KEY `support_listing_infos_id_uindex` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Informationen zu Listings von Fremdnodes speichern';

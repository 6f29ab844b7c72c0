-- Forma LMS (learning management system): trimmed schema, 45 of the 251 tables of a fresh install.
-- Upstream: https://github.com/formalms/formalms  html/Migrations/Version*.php (Doctrine migrations whose addSql()
--   statements are the install SQL: Version20220815000001/2 create the base schema, later versions alter it)
-- Commit: b8871be5eccf437e1cce79ba5f393d3c9c0e078f (2025-09-25)
-- Licence: GPL-2.0 (html/lib/System/license/license_english.txt)
-- Made by running every migration's up() in order (their addSql() strings, upstream's HelperTool for the
-- conditional ALTERs) into a scratch MariaDB 10.11 database and dumping the kept tables with
-- mysqldump --no-data; upstream declares no foreign keys and no column comments on these tables.

CREATE TABLE `core_user` (
  `idst` int(11) NOT NULL DEFAULT 0,
  `userid` varchar(255) NOT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `pass` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `avatar` varchar(255) NOT NULL,
  `signature` mediumtext NOT NULL,
  `level` int(11) NOT NULL,
  `lastenter` datetime DEFAULT NULL,
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  `pwd_expire_at` datetime DEFAULT NULL,
  `force_change` tinyint(1) NOT NULL,
  `register_date` datetime DEFAULT NULL,
  `facebook_id` varchar(255) DEFAULT NULL,
  `twitter_id` varchar(255) DEFAULT NULL,
  `linkedin_id` varchar(255) DEFAULT NULL,
  `google_id` varchar(255) DEFAULT NULL,
  `privacy_policy` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idst`),
  UNIQUE KEY `userid` (`userid`),
  UNIQUE KEY `facebook_id` (`facebook_id`),
  UNIQUE KEY `twitter_id` (`twitter_id`),
  UNIQUE KEY `linkedin_id` (`linkedin_id`),
  UNIQUE KEY `google_id` (`google_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_user_temp` (
  `idst` int(11) NOT NULL AUTO_INCREMENT,
  `userid` varchar(255) NOT NULL,
  `firstname` varchar(100) NOT NULL,
  `lastname` varchar(100) NOT NULL,
  `pass` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `language` varchar(50) NOT NULL,
  `request_on` datetime DEFAULT NULL,
  `random_code` varchar(255) NOT NULL,
  `create_by_admin` int(11) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `facebook_id` varchar(255) DEFAULT NULL,
  `twitter_id` varchar(255) DEFAULT NULL,
  `linkedin_id` varchar(255) DEFAULT NULL,
  `google_id` varchar(255) DEFAULT NULL,
  `avatar` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idst`),
  UNIQUE KEY `userid` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_deleted_user` (
  `id_deletion` int(11) NOT NULL AUTO_INCREMENT,
  `idst` int(11) NOT NULL,
  `userid` varchar(255) NOT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `pass` varchar(50) NOT NULL,
  `email` varchar(255) NOT NULL,
  `photo` varchar(255) NOT NULL,
  `avatar` varchar(255) NOT NULL,
  `signature` mediumtext NOT NULL,
  `level` int(11) NOT NULL,
  `lastenter` datetime DEFAULT NULL,
  `valid` tinyint(1) NOT NULL,
  `pwd_expire_at` datetime DEFAULT NULL,
  `register_date` datetime DEFAULT NULL,
  `deletion_date` datetime DEFAULT NULL,
  `deleted_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_deletion`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_field` (
  `idField` int(11) NOT NULL AUTO_INCREMENT,
  `id_common` int(11) NOT NULL,
  `type_field` varchar(255) NOT NULL,
  `lang_code` varchar(255) NOT NULL,
  `translation` varchar(255) NOT NULL,
  `sequence` int(11) NOT NULL,
  `show_on_platform` varchar(255) NOT NULL DEFAULT 'framework,',
  `use_multilang` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idField`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_field_userentry` (
  `id_common` int(11) NOT NULL,
  `id_common_son` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `user_entry` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_common_idx` (`id_common`),
  KEY `id_common_son_idx` (`id_common_son`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_group` (
  `idst` int(11) NOT NULL,
  `groupid` varchar(255) NOT NULL,
  `description` mediumtext NOT NULL,
  `hidden` enum('true','false') NOT NULL DEFAULT 'false',
  `type` enum('free','moderate','private','invisible','course','company') NOT NULL DEFAULT 'free',
  `show_on_platform` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `groupid` (`groupid`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_group_members` (
  `idst` int(11) NOT NULL,
  `idstMember` int(11) NOT NULL,
  `filter` varchar(50) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_relation_idx` (`idst`,`idstMember`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_org_chart_tree` (
  `idOrg` int(11) NOT NULL AUTO_INCREMENT,
  `idParent` int(11) NOT NULL,
  `path` mediumtext NOT NULL,
  `lev` int(11) NOT NULL,
  `iLeft` int(11) NOT NULL,
  `iRight` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `idst_oc` int(11) NOT NULL,
  `idst_ocd` int(11) NOT NULL,
  `associated_policy` int(11) unsigned DEFAULT NULL,
  `associated_template` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idOrg`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_password_history` (
  `idst_user` int(11) NOT NULL,
  `pwd_date` datetime DEFAULT NULL,
  `passw` varchar(100) NOT NULL,
  `changed_by` int(11) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `pwd_date` (`pwd_date`),
  KEY `idst_user_idx` (`idst_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_pwd_recover` (
  `idst_user` int(11) NOT NULL,
  `random_code` varchar(255) NOT NULL,
  `request_date` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idst_user_idx` (`idst_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_user_log_attempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` varchar(255) NOT NULL,
  `attempt_at` datetime DEFAULT NULL,
  `attempt_number` int(11) NOT NULL,
  `user_ip` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_user_profileview` (
  `id_owner` int(11) NOT NULL,
  `id_viewer` int(11) NOT NULL,
  `date_view` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_owner_idx` (`id_owner`),
  KEY `id_viewer_idx` (`id_viewer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_privacypolicy` (
  `id_policy` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_default` int(11) NOT NULL,
  `lastedit_date` datetime DEFAULT NULL,
  `validity_date` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_policy`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_privacypolicy_user` (
  `id_policy` int(11) NOT NULL,
  `idst` int(11) NOT NULL,
  `accept_date` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `reject_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_setting` (
  `param_name` varchar(255) NOT NULL,
  `param_value` mediumtext NOT NULL,
  `value_type` varchar(25) NOT NULL DEFAULT 'string',
  `max_size` int(3) NOT NULL DEFAULT 255,
  `pack` varchar(25) NOT NULL DEFAULT 'main',
  `regroup` int(11) NOT NULL,
  `sequence` int(11) NOT NULL,
  `param_load` tinyint(1) NOT NULL DEFAULT 1,
  `hide_in_modify` tinyint(1) NOT NULL,
  `extra_info` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `param_name_idx` (`param_name`)
) ENGINE=InnoDB AUTO_INCREMENT=129 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_setting_user` (
  `path_name` varchar(255) NOT NULL,
  `id_user` int(11) NOT NULL,
  `value` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `path_name_idx` (`path_name`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_rest_authentication` (
  `id_user` int(11) NOT NULL,
  `user_level` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `generation_date` datetime DEFAULT NULL,
  `last_enter_date` datetime DEFAULT NULL,
  `expiry_date` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `token_idx` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_message` (
  `idMessage` int(11) NOT NULL AUTO_INCREMENT,
  `idCourse` int(11) NOT NULL,
  `sender` int(11) NOT NULL,
  `posted` datetime DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `textof` mediumtext NOT NULL,
  `attach` varchar(255) NOT NULL,
  `priority` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idMessage`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_message_user` (
  `idMessage` int(11) NOT NULL,
  `idUser` int(11) NOT NULL,
  `idCourse` int(11) NOT NULL,
  `read` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_message_idx` (`idMessage`),
  KEY `id_user_idx` (`idUser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_newsletter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_send` int(11) NOT NULL,
  `sub` varchar(255) NOT NULL,
  `msg` mediumtext NOT NULL,
  `fromemail` varchar(255) NOT NULL,
  `language` varchar(255) NOT NULL,
  `tot` int(11) NOT NULL,
  `send_type` enum('email','sms') NOT NULL DEFAULT 'email',
  `stime` datetime DEFAULT NULL,
  `file` mediumtext NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_newsletter_sendto` (
  `id_send` int(11) NOT NULL,
  `idst` int(11) NOT NULL,
  `stime` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_send_idx` (`id_send`),
  KEY `idst_idx` (`idst`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_transaction` (
  `id_trans` int(11) NOT NULL AUTO_INCREMENT,
  `id_user` int(11) NOT NULL,
  `location` varchar(10) NOT NULL,
  `date_creation` datetime DEFAULT NULL,
  `date_activated` datetime DEFAULT NULL,
  `paid` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_trans`),
  KEY `id_user` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_country` (
  `id_country` int(11) NOT NULL AUTO_INCREMENT,
  `name_country` varchar(64) NOT NULL,
  `iso_code_country` varchar(3) NOT NULL,
  `id_zone` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_country`),
  KEY `IDX_COUNTRIES_NAME` (`name_country`)
) ENGINE=InnoDB AUTO_INCREMENT=245 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `core_lang_language` (
  `lang_code` varchar(50) NOT NULL,
  `lang_description` varchar(255) NOT NULL,
  `lang_browsercode` varchar(50) NOT NULL,
  `lang_direction` enum('ltr','rtl') NOT NULL DEFAULT 'ltr',
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `lang_code_idx` (`lang_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_course` (
  `idCourse` int(11) NOT NULL AUTO_INCREMENT,
  `idCategory` int(11) NOT NULL,
  `code` varchar(50) NOT NULL,
  `name` varchar(255) NOT NULL,
  `box_description` mediumtext NOT NULL,
  `description` mediumtext NOT NULL,
  `lang_code` varchar(100) NOT NULL,
  `status` int(11) NOT NULL,
  `level_show_user` int(11) NOT NULL,
  `subscribe_method` tinyint(1) NOT NULL,
  `linkSponsor` varchar(255) NOT NULL,
  `imgSponsor` varchar(255) NOT NULL,
  `img_course` varchar(255) NOT NULL,
  `img_material` varchar(255) NOT NULL,
  `img_othermaterial` varchar(255) NOT NULL,
  `course_demo` varchar(255) NOT NULL,
  `mediumTime` int(10) unsigned NOT NULL,
  `permCloseLO` tinyint(1) NOT NULL,
  `userStatusOp` int(11) NOT NULL,
  `difficult` enum('veryeasy','easy','medium','difficult','verydifficult') NOT NULL DEFAULT 'medium',
  `show_progress` tinyint(1) NOT NULL DEFAULT 1,
  `show_time` tinyint(1) NOT NULL,
  `show_who_online` tinyint(1) NOT NULL,
  `show_extra_info` tinyint(1) NOT NULL,
  `show_rules` tinyint(1) NOT NULL,
  `date_begin` date DEFAULT NULL,
  `date_end` date DEFAULT NULL,
  `hour_begin` varchar(5) NOT NULL,
  `hour_end` varchar(5) NOT NULL,
  `valid_time` int(11) NOT NULL,
  `max_num_subscribe` int(11) NOT NULL,
  `min_num_subscribe` int(11) NOT NULL,
  `max_sms_budget` double NOT NULL,
  `selling` tinyint(1) NOT NULL,
  `prize` varchar(255) NOT NULL,
  `course_type` varchar(255) NOT NULL DEFAULT 'elearning',
  `policy_point` varchar(255) NOT NULL,
  `point_to_all` int(11) NOT NULL,
  `course_edition` tinyint(1) NOT NULL,
  `classrooms` varchar(255) NOT NULL,
  `certificates` varchar(255) NOT NULL,
  `create_date` datetime DEFAULT NULL,
  `security_code` varchar(255) NOT NULL,
  `imported_from_connection` varchar(255) DEFAULT NULL,
  `course_quota` varchar(255) NOT NULL DEFAULT '-1',
  `used_space` varchar(255) NOT NULL,
  `course_vote` double NOT NULL,
  `allow_overbooking` tinyint(1) NOT NULL,
  `can_subscribe` tinyint(1) NOT NULL,
  `sub_start_date` date DEFAULT NULL,
  `sub_end_date` date DEFAULT NULL,
  `advance` varchar(255) NOT NULL,
  `autoregistration_code` varchar(255) NOT NULL,
  `direct_play` tinyint(1) NOT NULL,
  `use_logo_in_courselist` tinyint(1) NOT NULL,
  `show_result` tinyint(1) NOT NULL,
  `credits` double NOT NULL,
  `auto_unsubscribe` tinyint(1) NOT NULL,
  `unsubscribe_date_limit` datetime DEFAULT NULL,
  `id_menucustom` int(11) DEFAULT NULL,
  `sendCalendar` tinyint(1) DEFAULT NULL,
  `calendarId` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idCourse`) USING BTREE,
  KEY `fk_menucustom` (`id_menucustom`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `learning_courseuser` (
  `idUser` int(11) NOT NULL,
  `idCourse` int(11) NOT NULL,
  `edition_id` int(11) NOT NULL,
  `level` int(11) NOT NULL,
  `date_inscr` datetime DEFAULT NULL,
  `date_first_access` datetime DEFAULT NULL,
  `date_complete` datetime DEFAULT NULL,
  `status` int(11) NOT NULL,
  `waiting` tinyint(1) NOT NULL,
  `subscribed_by` int(11) NOT NULL,
  `rule_log` int(11) DEFAULT NULL,
  `score_given` int(4) DEFAULT NULL,
  `imported_from_connection` varchar(255) DEFAULT NULL,
  `absent` tinyint(1) NOT NULL,
  `cancelled_by` int(11) NOT NULL,
  `new_forum_post` int(11) NOT NULL,
  `date_begin_validity` datetime DEFAULT NULL,
  `date_expire_validity` datetime DEFAULT NULL,
  `requesting_unsubscribe` tinyint(1) NOT NULL,
  `requesting_unsubscribe_date` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `edition_id_idx` (`edition_id`),
  KEY `id_course_idx` (`idCourse`),
  KEY `id_user_idx` (`idUser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_course_date` (
  `id_date` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_course` int(10) unsigned NOT NULL,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext NOT NULL,
  `max_par` int(11) NOT NULL,
  `price` varchar(255) NOT NULL,
  `overbooking` tinyint(1) NOT NULL,
  `test_type` tinyint(1) NOT NULL,
  `status` int(10) unsigned NOT NULL,
  `medium_time` int(11) NOT NULL,
  `sub_start_date` datetime DEFAULT NULL,
  `sub_end_date` datetime DEFAULT NULL,
  `unsubscribe_date_limit` datetime DEFAULT NULL,
  `calendarId` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_date`),
  KEY `id_course` (`id_course`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_course_date_user` (
  `id_date` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `date_subscription` datetime DEFAULT NULL,
  `date_complete` datetime DEFAULT NULL,
  `presence` longtext DEFAULT NULL,
  `subscribed_by` int(10) unsigned NOT NULL,
  `overbooking` int(11) DEFAULT NULL,
  `requesting_unsubscribe` tinyint(1) unsigned DEFAULT NULL,
  `requesting_unsubscribe_date` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_date_idx` (`id_date`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_course_date_presence` (
  `day` date DEFAULT NULL,
  `id_date` int(10) unsigned NOT NULL,
  `id_user` int(10) unsigned NOT NULL,
  `id_day` int(10) unsigned NOT NULL,
  `presence` tinyint(1) NOT NULL,
  `score` varchar(255) DEFAULT NULL,
  `note` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `day_idx` (`day`),
  KEY `id_date_idx` (`id_date`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_commontrack` (
  `idReference` int(11) NOT NULL,
  `idUser` int(11) NOT NULL,
  `idTrack` int(11) NOT NULL,
  `objectType` varchar(20) NOT NULL,
  `dateAttempt` datetime DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `firstAttempt` datetime DEFAULT NULL,
  `first_complete` datetime DEFAULT NULL,
  `last_complete` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idReference` (`idReference`),
  KEY `idUser` (`idUser`),
  KEY `id_track_idx` (`idTrack`),
  KEY `object_type_idx` (`objectType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_tracksession` (
  `idEnter` int(11) NOT NULL AUTO_INCREMENT,
  `idCourse` int(11) NOT NULL,
  `idUser` int(11) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `enterTime` datetime DEFAULT NULL,
  `numOp` int(11) NOT NULL,
  `lastFunction` varchar(50) NOT NULL,
  `lastOp` varchar(5) NOT NULL,
  `lastTime` datetime DEFAULT NULL,
  `ip_address` varchar(40) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idEnter`),
  KEY `idUser_active_idx` (`idUser`,`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_trackingeneral` (
  `idTrack` int(11) NOT NULL AUTO_INCREMENT,
  `idEnter` int(11) NOT NULL,
  `idUser` int(11) NOT NULL,
  `idCourse` int(11) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `function` varchar(250) NOT NULL,
  `type` varchar(255) NOT NULL,
  `timeof` datetime DEFAULT NULL,
  `ip` varchar(30) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idTrack`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_statuschangelog` (
  `idUser` int(11) NOT NULL,
  `idCourse` int(11) NOT NULL,
  `status_user` tinyint(1) NOT NULL,
  `when_do` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `when_do_idx` (`when_do`),
  KEY `id_user_idx` (`idUser`),
  KEY `id_course_idx` (`idCourse`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_test` (
  `idTest` int(11) NOT NULL AUTO_INCREMENT,
  `author` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` mediumtext NOT NULL,
  `point_type` tinyint(1) NOT NULL,
  `point_required` double NOT NULL,
  `display_type` tinyint(1) NOT NULL,
  `order_type` tinyint(1) NOT NULL,
  `shuffle_answer` tinyint(1) NOT NULL,
  `question_random_number` int(11) NOT NULL,
  `save_keep` tinyint(1) NOT NULL,
  `mod_doanswer` tinyint(1) NOT NULL DEFAULT 1,
  `can_travel` tinyint(1) NOT NULL DEFAULT 1,
  `show_only_status` tinyint(1) NOT NULL,
  `show_score` tinyint(1) NOT NULL DEFAULT 1,
  `show_score_cat` tinyint(1) NOT NULL,
  `show_doanswer` tinyint(1) NOT NULL,
  `show_solution` tinyint(1) NOT NULL,
  `time_dependent` tinyint(1) NOT NULL,
  `time_assigned` int(11) NOT NULL,
  `penality_test` tinyint(1) NOT NULL,
  `penality_time_test` double NOT NULL,
  `penality_quest` tinyint(1) NOT NULL,
  `penality_time_quest` double NOT NULL,
  `max_attempt` int(11) NOT NULL,
  `hide_info` tinyint(1) NOT NULL,
  `order_info` mediumtext NOT NULL,
  `cf_info` mediumtext NOT NULL,
  `use_suspension` tinyint(1) NOT NULL,
  `suspension_num_attempts` int(10) unsigned NOT NULL,
  `suspension_num_hours` int(10) unsigned NOT NULL,
  `suspension_prerequisites` tinyint(1) NOT NULL,
  `chart_options` mediumtext NOT NULL,
  `mandatory_answer` tinyint(1) NOT NULL,
  `score_max` int(11) NOT NULL,
  `obj_type` varchar(45) DEFAULT 'test',
  `retain_answers_history` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `show_quest_score` tinyint(1) NOT NULL,
  PRIMARY KEY (`idTest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_testtrack` (
  `idTrack` int(11) NOT NULL AUTO_INCREMENT,
  `idUser` int(11) NOT NULL,
  `idReference` int(11) NOT NULL,
  `idTest` int(11) NOT NULL,
  `date_attempt` datetime DEFAULT NULL,
  `date_attempt_mod` datetime DEFAULT NULL,
  `date_end_attempt` datetime DEFAULT NULL,
  `last_page_seen` int(11) NOT NULL,
  `last_page_saved` int(11) NOT NULL,
  `number_of_save` int(11) NOT NULL,
  `number_of_attempt` int(11) NOT NULL,
  `score` double DEFAULT NULL,
  `bonus_score` double NOT NULL,
  `score_status` enum('valid','not_checked','not_passed','passed','not_complete','doing') NOT NULL DEFAULT 'not_complete',
  `comment` mediumtext NOT NULL,
  `attempts_for_suspension` int(10) unsigned NOT NULL,
  `suspended_until` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idTrack`),
  KEY `idTest_idUser_idx` (`idTest`,`idUser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_testtrack_answer` (
  `idTrack` int(11) NOT NULL,
  `idQuest` int(11) NOT NULL,
  `idAnswer` int(11) NOT NULL,
  `score_assigned` double NOT NULL,
  `more_info` longtext NOT NULL,
  `manual_assigned` tinyint(1) NOT NULL,
  `user_answer` tinyint(1) DEFAULT NULL,
  `number_time` tinyint(4) NOT NULL DEFAULT 1,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `number_time_idx` (`number_time`),
  KEY `id_track_idx` (`idTrack`),
  KEY `id_quest_idx` (`idQuest`),
  KEY `id_answer_idx` (`idAnswer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_certificate` (
  `id_certificate` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext NOT NULL,
  `base_language` varchar(255) NOT NULL,
  `cert_structure` mediumtext NOT NULL,
  `orientation` enum('P','L') NOT NULL DEFAULT 'P',
  `bgimage` varchar(255) NOT NULL,
  `meta` tinyint(1) NOT NULL,
  `user_release` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_certificate`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_certificate_assign` (
  `id_certificate` int(11) NOT NULL,
  `id_course` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `on_date` datetime DEFAULT NULL,
  `cert_file` varchar(255) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_certificate_idx` (`id_certificate`),
  KEY `id_course_idx` (`id_course`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_forumthread` (
  `idThread` int(11) NOT NULL AUTO_INCREMENT,
  `id_edition` int(11) NOT NULL,
  `idForum` int(11) NOT NULL,
  `posted` datetime DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `author` int(11) NOT NULL,
  `num_post` int(11) NOT NULL,
  `num_view` int(11) NOT NULL,
  `last_post` int(11) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `erased` tinyint(1) NOT NULL,
  `emoticons` varchar(255) NOT NULL,
  `rilevantForum` tinyint(1) NOT NULL,
  `privateThread` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idThread`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_forummessage` (
  `idMessage` int(11) NOT NULL AUTO_INCREMENT,
  `idThread` int(11) NOT NULL,
  `idCourse` int(11) NOT NULL,
  `answer_tree` mediumtext NOT NULL,
  `title` varchar(255) NOT NULL,
  `textof` mediumtext NOT NULL,
  `posted` datetime DEFAULT NULL,
  `author` int(11) NOT NULL,
  `generator` tinyint(1) NOT NULL,
  `attach` varchar(255) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `modified_by` int(11) NOT NULL,
  `modified_by_on` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idMessage`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_instmsg` (
  `id_msg` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_sender` int(11) NOT NULL,
  `id_receiver` int(11) NOT NULL,
  `msg` mediumtext DEFAULT NULL,
  `status` smallint(6) NOT NULL,
  `data` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_msg`),
  KEY `id_sender` (`id_sender`,`id_receiver`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_teacher_profile` (
  `id_user` int(11) NOT NULL,
  `curriculum` mediumtext NOT NULL,
  `publications` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_transaction` (
  `id_transaction` int(11) NOT NULL AUTO_INCREMENT,
  `id_user` int(11) NOT NULL,
  `date` datetime DEFAULT NULL,
  `date_confirm` datetime DEFAULT NULL,
  `price` int(11) NOT NULL,
  `payment_status` tinyint(1) NOT NULL,
  `course_status` tinyint(1) NOT NULL,
  `method` varchar(255) NOT NULL,
  `payment_note` mediumtext NOT NULL,
  `course_note` mediumtext NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id_transaction`),
  KEY `id_user` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_scorm_tracking` (
  `idscorm_tracking` int(11) NOT NULL AUTO_INCREMENT,
  `idUser` int(11) NOT NULL,
  `idReference` int(11) NOT NULL,
  `idscorm_item` int(11) NOT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `lesson_location` varchar(255) DEFAULT NULL,
  `credit` varchar(24) DEFAULT NULL,
  `lesson_status` varchar(24) DEFAULT NULL,
  `entry` varchar(24) DEFAULT NULL,
  `score_raw` float DEFAULT NULL,
  `score_max` float DEFAULT NULL,
  `score_min` float DEFAULT NULL,
  `total_time` varchar(15) DEFAULT '0000:00:00.00',
  `lesson_mode` varchar(24) DEFAULT NULL,
  `exit` varchar(24) DEFAULT NULL,
  `session_time` varchar(15) DEFAULT NULL,
  `suspend_data` blob DEFAULT NULL,
  `launch_data` blob DEFAULT NULL,
  `comments` blob DEFAULT NULL,
  `comments_from_lms` blob DEFAULT NULL,
  `xmldata` longblob DEFAULT NULL,
  `first_access` datetime DEFAULT NULL,
  `last_access` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idscorm_tracking`),
  UNIQUE KEY `Unique_tracking_usersco` (`idUser`,`idReference`,`idscorm_item`),
  KEY `idUser` (`idUser`),
  KEY `idscorm_resource` (`idReference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `learning_coursereport_score` (
  `id_report` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `date_attempt` datetime DEFAULT NULL,
  `score` double(5,2) NOT NULL DEFAULT 0.00,
  `score_status` enum('valid','not_checked','not_passed','passed') NOT NULL DEFAULT 'valid',
  `comment` mediumtext NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `id_report_idx` (`id_report`),
  KEY `id_user_idx` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


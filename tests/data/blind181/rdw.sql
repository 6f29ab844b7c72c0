-- Smarter Balanced Reporting Data Warehouse (RDW), `warehouse` schema
-- Upstream: github.com/SmarterApp/RDW_Schema `migrations/warehouse/sql/V*.sql` (Flyway, MySQL 5.6), commit
-- f1c5481926d0204ba70af992f2b313fdaff069ef. Licence: Educational Community License 2.0.
-- Made by replaying all 25 versioned warehouse migrations in order into a scratch MariaDB database (the
-- ${schemaName} placeholder replaced) and taking SHOW CREATE TABLE of the kept tables; AUTO_INCREMENT counters
-- removed, utf8mb3 written as utf8, tables ordered so that every foreign key points backwards, and one
-- `float unsigned` (item.max_points) written as `float` (the SQLite loader cannot parse it). 56 of 82 tables kept;
-- stored procedures, triggers and seed rows are left out.

CREATE TABLE `import` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` tinyint(4) NOT NULL,
  `content` tinyint(4) NOT NULL,
  `contentType` varchar(250) NOT NULL,
  `digest` varchar(32) NOT NULL,
  `batch` varchar(250) DEFAULT NULL,
  `creator` varchar(250) DEFAULT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `message` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx__import__digest` (`digest`),
  KEY `idx__import__created` (`created`),
  KEY `idx__import__updated_status` (`updated`,`status`),
  KEY `idx__import__content_status_created` (`content`,`status`,`created`),
  KEY `idx__import__status_updated` (`status`,`updated`),
  KEY `idx__import__content_creator_contentType` (`creator`,`content`,`contentType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `district` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `natural_id` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `external_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__district__natural_id` (`natural_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `district_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `natural_id` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `external_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__district_group__natural_id` (`natural_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `school_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `natural_id` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `external_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__school_group__natural_id` (`natural_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `school` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `district_id` int(11) NOT NULL,
  `natural_id` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `district_group_id` int(11) DEFAULT NULL,
  `school_group_id` int(11) DEFAULT NULL,
  `external_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__school__natural_id` (`natural_id`),
  KEY `idx__school__district` (`district_id`),
  KEY `idx__school__import` (`import_id`),
  KEY `idx__school__update_import` (`update_import_id`),
  KEY `idx__school__created` (`created`),
  KEY `idx__school__updated` (`updated`),
  KEY `idx__school__district_group` (`district_group_id`),
  KEY `idx__school__school_group` (`school_group_id`),
  CONSTRAINT `fk__school__district` FOREIGN KEY (`district_id`) REFERENCES `district` (`id`),
  CONSTRAINT `fk__school__district_group` FOREIGN KEY (`district_group_id`) REFERENCES `district_group` (`id`),
  CONSTRAINT `fk__school__import` FOREIGN KEY (`import_id`) REFERENCES `import` (`id`),
  CONSTRAINT `fk__school__school_group` FOREIGN KEY (`school_group_id`) REFERENCES `school_group` (`id`),
  CONSTRAINT `fk__school__update_import` FOREIGN KEY (`update_import_id`) REFERENCES `import` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `student` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ssid` varchar(65) NOT NULL,
  `last_or_surname` varchar(60) DEFAULT NULL,
  `first_name` varchar(60) DEFAULT NULL,
  `middle_name` varchar(60) DEFAULT NULL,
  `gender_id` tinyint(4) DEFAULT NULL,
  `first_entry_into_us_school_at` date DEFAULT NULL,
  `lep_entry_at` date DEFAULT NULL,
  `lep_exit_at` date DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `inferred_school_id` int(11) DEFAULT NULL,
  `alias_name` varchar(60) DEFAULT NULL COMMENT 'optional alias for first name',
  `latest_info_update` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__student__ssid` (`ssid`),
  KEY `idx__student__import` (`import_id`),
  KEY `idx__student__update_import` (`update_import_id`),
  KEY `idx__student__created` (`created`),
  KEY `idx__student__updated` (`updated`),
  KEY `idx__student__inferred_school` (`inferred_school_id`),
  KEY `idx__student__deleted` (`deleted`),
  CONSTRAINT `fk__student__import` FOREIGN KEY (`import_id`) REFERENCES `import` (`id`),
  CONSTRAINT `fk__student__inferred_school` FOREIGN KEY (`inferred_school_id`) REFERENCES `school` (`id`),
  CONSTRAINT `fk__student__update_import` FOREIGN KEY (`update_import_id`) REFERENCES `import` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `student_ethnicity` (
  `ethnicity_id` tinyint(4) NOT NULL,
  `student_id` int(11) NOT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  UNIQUE KEY `idx__student_ethnicity` (`student_id`,`ethnicity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `asmt_type` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `grade` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(2) NOT NULL,
  `name` varchar(100) NOT NULL,
  `sequence` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `school_year` (
  `year` smallint(6) NOT NULL,
  PRIMARY KEY (`year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `subject` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `code` varchar(10) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `asmt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `natural_id` varchar(250) NOT NULL,
  `grade_id` tinyint(4) NOT NULL,
  `type_id` tinyint(4) NOT NULL,
  `subject_id` smallint(6) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `label` varchar(255) NOT NULL,
  `version` varchar(30) DEFAULT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__asmt__natural_id` (`natural_id`),
  KEY `idx__asmt__grade_type_subject` (`grade_id`,`type_id`,`subject_id`),
  KEY `idx__asmt__type` (`type_id`),
  KEY `idx__asmt__subject` (`subject_id`),
  KEY `idx__asmt__import` (`import_id`),
  KEY `idx__asmt__update_import` (`update_import_id`),
  KEY `idx__asmt__created` (`created`),
  KEY `idx__asmt__updated` (`updated`),
  KEY `fk__asmt__school_year` (`school_year`),
  CONSTRAINT `fk__asmt__grade` FOREIGN KEY (`grade_id`) REFERENCES `grade` (`id`),
  CONSTRAINT `fk__asmt__import` FOREIGN KEY (`import_id`) REFERENCES `import` (`id`),
  CONSTRAINT `fk__asmt__school_year` FOREIGN KEY (`school_year`) REFERENCES `school_year` (`year`),
  CONSTRAINT `fk__asmt__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`),
  CONSTRAINT `fk__asmt__type` FOREIGN KEY (`type_id`) REFERENCES `asmt_type` (`id`),
  CONSTRAINT `fk__asmt__update_import` FOREIGN KEY (`update_import_id`) REFERENCES `import` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type_id` tinyint(4) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `asmt_id` int(11) NOT NULL,
  `asmt_version` varchar(30) DEFAULT NULL,
  `opportunity` int(11) DEFAULT NULL,
  `oppId` varchar(60) DEFAULT NULL,
  `completeness_id` tinyint(4) DEFAULT NULL,
  `administration_condition_id` tinyint(4) DEFAULT NULL,
  `session_id` varchar(128) DEFAULT NULL,
  `scale_score` float DEFAULT NULL,
  `scale_score_std_err` float DEFAULT NULL,
  `performance_level` tinyint(4) DEFAULT NULL,
  `completed_at` timestamp(6) NOT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `grade_id` tinyint(4) NOT NULL,
  `student_id` int(11) NOT NULL,
  `school_id` int(11) NOT NULL,
  `iep` tinyint(4) DEFAULT NULL,
  `lep` tinyint(4) DEFAULT NULL,
  `section504` tinyint(4) DEFAULT NULL,
  `economic_disadvantage` tinyint(4) DEFAULT NULL,
  `migrant_status` tinyint(4) DEFAULT NULL,
  `eng_prof_lvl` varchar(20) DEFAULT NULL,
  `t3_program_type` varchar(30) DEFAULT NULL,
  `prim_disability_type` varchar(3) DEFAULT NULL,
  `examinee_id` bigint(20) DEFAULT NULL,
  `deliver_mode` varchar(10) DEFAULT NULL,
  `hand_score_project` int(11) DEFAULT NULL,
  `contract` varchar(100) DEFAULT NULL,
  `test_reason` varchar(255) DEFAULT NULL,
  `assessment_admin_started_at` date DEFAULT NULL,
  `started_at` timestamp(6) NULL DEFAULT NULL,
  `force_submitted_at` timestamp(6) NULL DEFAULT NULL,
  `status_date` timestamp(6) NULL DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `item_count` smallint(6) DEFAULT NULL,
  `field_test_count` smallint(6) DEFAULT NULL,
  `pause_count` smallint(6) DEFAULT NULL,
  `grace_period_restarts` smallint(6) DEFAULT NULL,
  `abnormal_starts` smallint(6) DEFAULT NULL,
  `test_window_id` varchar(50) DEFAULT NULL,
  `test_administrator_id` varchar(128) DEFAULT NULL,
  `responsible_organization_name` varchar(60) DEFAULT NULL,
  `test_administrator_name` varchar(128) DEFAULT NULL,
  `session_platform_user_agent` varchar(512) DEFAULT NULL,
  `test_delivery_server` varchar(128) DEFAULT NULL,
  `test_delivery_db` varchar(128) DEFAULT NULL,
  `window_opportunity_count` varchar(8) DEFAULT NULL,
  `theta_score` float DEFAULT NULL,
  `theta_score_std_err` float DEFAULT NULL,
  `elas_id` tinyint(4) DEFAULT NULL,
  `elas_start_at` date DEFAULT NULL,
  `language_id` smallint(6) DEFAULT NULL,
  `military_connected_id` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__exam__oppId_asmt` (`oppId`,`asmt_id`),
  KEY `idx__exam__asmt` (`asmt_id`),
  KEY `idx__exam__import` (`import_id`),
  KEY `idx__exam__update_import` (`update_import_id`),
  KEY `idx__exam__created` (`created`),
  KEY `idx__exam__updated` (`updated`),
  KEY `fk__exam__school_year` (`school_year`),
  KEY `idx__exam__student` (`student_id`),
  KEY `idx__exam__school` (`school_id`),
  KEY `idx__exam__student_school_year_asmt` (`student_id`,`school_year`,`asmt_id`),
  KEY `idx__exam__type_deleted_student_score_and_more` (`type_id`,`deleted`,`student_id`,`scale_score`,`scale_score_std_err`,`performance_level`),
  KEY `idx__exam__type_deleted_created_and_scores` (`type_id`,`deleted`,`created`,`scale_score`,`scale_score_std_err`,`performance_level`),
  KEY `idx__exam__type_deleted_updated_and_scores` (`type_id`,`deleted`,`updated`,`scale_score`,`scale_score_std_err`,`performance_level`),
  CONSTRAINT `fk__exam__asmt` FOREIGN KEY (`asmt_id`) REFERENCES `asmt` (`id`),
  CONSTRAINT `fk__exam__import` FOREIGN KEY (`import_id`) REFERENCES `import` (`id`),
  CONSTRAINT `fk__exam__school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`),
  CONSTRAINT `fk__exam__school_year` FOREIGN KEY (`school_year`) REFERENCES `school_year` (`year`),
  CONSTRAINT `fk__exam__student` FOREIGN KEY (`student_id`) REFERENCES `student` (`id`),
  CONSTRAINT `fk__exam__update_import` FOREIGN KEY (`update_import_id`) REFERENCES `import` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `response_type` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `item_id` int(11) NOT NULL,
  `score` float NOT NULL,
  `score_status` varchar(50) DEFAULT NULL,
  `position` smallint(6) NOT NULL,
  `response` text DEFAULT NULL,
  `trait_evidence_elaboration_score` float DEFAULT NULL,
  `trait_evidence_elaboration_score_status` varchar(50) DEFAULT NULL,
  `trait_organization_purpose_score` float DEFAULT NULL,
  `trait_organization_purpose_score_status` varchar(50) DEFAULT NULL,
  `trait_conventions_score` float DEFAULT NULL,
  `trait_conventions_score_status` varchar(50) DEFAULT NULL,
  `administered_at` timestamp(6) NULL DEFAULT NULL,
  `submitted` tinyint(4) DEFAULT NULL,
  `submitted_at` timestamp(6) NULL DEFAULT NULL,
  `number_of_visits` smallint(6) DEFAULT NULL,
  `response_duration` float DEFAULT NULL,
  `response_content_type` varchar(50) DEFAULT NULL,
  `page_number` smallint(6) DEFAULT NULL,
  `page_visits` smallint(6) DEFAULT NULL,
  `page_time` int(11) DEFAULT NULL,
  `response_type_id` tinyint(4) DEFAULT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `idx__exam_item__exam` (`exam_id`),
  KEY `idx__exam_item__response_type` (`response_type_id`),
  CONSTRAINT `fk__exam_item__exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`),
  CONSTRAINT `fk__exam_item__response_type` FOREIGN KEY (`response_type_id`) REFERENCES `response_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam_score` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `subject_score_id` smallint(6) NOT NULL,
  `scale_score` float DEFAULT NULL,
  `scale_score_std_err` float DEFAULT NULL,
  `performance_level` tinyint(4) DEFAULT NULL,
  `theta_score` float DEFAULT NULL,
  `theta_score_std_err` float DEFAULT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `idx__exam_claim_score__exam` (`exam_id`),
  CONSTRAINT `fk__exam_claim_score__exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `claim` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `subject_id` smallint(6) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__claim__subject_code` (`subject_id`,`code`),
  CONSTRAINT `fk__claim__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `target` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `natural_id` varchar(20) NOT NULL,
  `claim_id` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__target__claim_natural_id` (`claim_id`,`natural_id`),
  CONSTRAINT `fk__target__claim` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam_target_score` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `target_id` smallint(6) NOT NULL,
  `student_relative_residual_score` float DEFAULT NULL,
  `standard_met_relative_residual_score` float DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__exam_target_score__exam_target` (`exam_id`,`target_id`),
  KEY `idx__exam_target_score__target` (`target_id`),
  CONSTRAINT `fk__exam_target_score__exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`),
  CONSTRAINT `fk__exam_target_score__target` FOREIGN KEY (`target_id`) REFERENCES `target` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam_trait_score` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) NOT NULL,
  `trait_id` smallint(6) NOT NULL,
  `score` smallint(6) DEFAULT NULL,
  `condition_code` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx__exam_trait_score__exam` (`exam_id`),
  CONSTRAINT `fk__exam_trait_score__exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `exam_available_accommodation` (
  `exam_id` bigint(20) NOT NULL,
  `accommodation_id` smallint(6) NOT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  KEY `idx__exam_available_accommodation__exam` (`exam_id`),
  CONSTRAINT `fk__exam_available_accommodation__exam` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `student_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `school_id` int(11) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `subject_id` smallint(6) DEFAULT NULL,
  `active` tinyint(4) NOT NULL,
  `creator` varchar(250) DEFAULT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__student_group__school_name_year` (`school_id`,`name`,`school_year`),
  KEY `idx__student_group__subject` (`subject_id`),
  KEY `idx__student_group__import` (`import_id`),
  KEY `idx__student_group__update_import` (`update_import_id`),
  KEY `idx__student_group__created` (`created`),
  KEY `idx__student_group__updated` (`updated`),
  KEY `fk__student_group__school_year` (`school_year`),
  CONSTRAINT `fk__student_group__import` FOREIGN KEY (`import_id`) REFERENCES `import` (`id`),
  CONSTRAINT `fk__student_group__school` FOREIGN KEY (`school_id`) REFERENCES `school` (`id`),
  CONSTRAINT `fk__student_group__school_year` FOREIGN KEY (`school_year`) REFERENCES `school_year` (`year`),
  CONSTRAINT `fk__student_group__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`),
  CONSTRAINT `fk__student_group__update_import` FOREIGN KEY (`update_import_id`) REFERENCES `import` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `student_group_membership` (
  `student_group_id` int(11) NOT NULL,
  `student_id` int(11) NOT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  UNIQUE KEY `idx__student_group_membership` (`student_group_id`,`student_id`),
  KEY `idx_student_group_membership__student` (`student_id`),
  CONSTRAINT `fk__student_group_membership__student` FOREIGN KEY (`student_id`) REFERENCES `student` (`id`),
  CONSTRAINT `fk__student_group_membership__student_group` FOREIGN KEY (`student_group_id`) REFERENCES `student_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_student_group` (
  `student_group_id` int(11) NOT NULL,
  `user_login` varchar(255) NOT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  UNIQUE KEY `idx__user_student_group` (`student_group_id`,`user_login`),
  CONSTRAINT `fk__user_student_group__student_group` FOREIGN KEY (`student_group_id`) REFERENCES `student_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `upload_student_group` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(255) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `school_natural_id` varchar(40) NOT NULL,
  `school_id` int(11) DEFAULT NULL,
  `school_year` smallint(6) NOT NULL,
  `subject_code` varchar(10) DEFAULT NULL,
  `subject_id` tinyint(4) DEFAULT NULL,
  `student_ssid` varchar(65) DEFAULT NULL,
  `student_id` int(11) DEFAULT NULL,
  `group_user_login` varchar(255) DEFAULT NULL,
  `creator` varchar(250) DEFAULT NULL,
  `import_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx__upload_student_group__group_import_student` (`import_id`,`group_id`,`student_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_student` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `student_id` int(11) NOT NULL,
  `ssid` varchar(65) NOT NULL,
  `last_or_surname` varchar(60) DEFAULT NULL,
  `first_name` varchar(60) DEFAULT NULL,
  `middle_name` varchar(60) DEFAULT NULL,
  `gender_id` tinyint(4) DEFAULT NULL,
  `first_entry_into_us_school_at` date DEFAULT NULL,
  `lep_entry_at` date DEFAULT NULL,
  `lep_exit_at` date DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `inferred_school_id` int(11) DEFAULT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL,
  `created` timestamp(6) NOT NULL,
  `updated` timestamp(6) NOT NULL,
  `alias_name` varchar(60) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_student_ethnicity` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `ethnicity_id` tinyint(4) NOT NULL,
  `student_id` int(11) NOT NULL,
  `created` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_exam` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `exam_id` bigint(20) NOT NULL,
  `type_id` tinyint(4) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `asmt_id` int(11) NOT NULL,
  `asmt_version` varchar(30) DEFAULT NULL,
  `opportunity` int(11) DEFAULT NULL,
  `oppId` varchar(60) DEFAULT NULL,
  `completeness_id` tinyint(4) DEFAULT NULL,
  `administration_condition_id` tinyint(4) DEFAULT NULL,
  `session_id` varchar(128) DEFAULT NULL,
  `scale_score` float DEFAULT NULL,
  `scale_score_std_err` float DEFAULT NULL,
  `performance_level` tinyint(4) DEFAULT NULL,
  `completed_at` timestamp NOT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL,
  `created` timestamp(6) NOT NULL,
  `updated` timestamp(6) NOT NULL,
  `grade_id` tinyint(4) NOT NULL,
  `student_id` int(11) NOT NULL,
  `school_id` int(11) NOT NULL,
  `iep` tinyint(4) DEFAULT NULL,
  `lep` tinyint(4) DEFAULT NULL,
  `section504` tinyint(4) DEFAULT NULL,
  `economic_disadvantage` tinyint(4) DEFAULT NULL,
  `migrant_status` tinyint(4) DEFAULT NULL,
  `eng_prof_lvl` varchar(20) DEFAULT NULL,
  `t3_program_type` varchar(30) DEFAULT NULL,
  `prim_disability_type` varchar(3) DEFAULT NULL,
  `status_date` timestamp(6) NULL DEFAULT NULL,
  `examinee_id` bigint(20) DEFAULT NULL,
  `deliver_mode` varchar(10) DEFAULT NULL,
  `hand_score_project` int(11) DEFAULT NULL,
  `contract` varchar(100) DEFAULT NULL,
  `test_reason` varchar(255) DEFAULT NULL,
  `assessment_admin_started_at` date DEFAULT NULL,
  `started_at` timestamp(6) NULL DEFAULT NULL,
  `force_submitted_at` timestamp(6) NULL DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `item_count` smallint(6) DEFAULT NULL,
  `field_test_count` smallint(6) DEFAULT NULL,
  `pause_count` smallint(6) DEFAULT NULL,
  `grace_period_restarts` smallint(6) DEFAULT NULL,
  `abnormal_starts` smallint(6) DEFAULT NULL,
  `test_window_id` varchar(50) DEFAULT NULL,
  `test_administrator_id` varchar(128) DEFAULT NULL,
  `responsible_organization_name` varchar(60) DEFAULT NULL,
  `test_administrator_name` varchar(128) DEFAULT NULL,
  `session_platform_user_agent` varchar(512) DEFAULT NULL,
  `test_delivery_server` varchar(128) DEFAULT NULL,
  `test_delivery_db` varchar(128) DEFAULT NULL,
  `window_opportunity_count` varchar(8) DEFAULT NULL,
  `theta_score` float DEFAULT NULL,
  `theta_score_std_err` float DEFAULT NULL,
  `elas_id` tinyint(4) DEFAULT NULL,
  `elas_start_at` date DEFAULT NULL,
  `language_id` smallint(6) DEFAULT NULL,
  `military_connected_id` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_exam_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `exam_item_id` bigint(20) NOT NULL,
  `exam_id` bigint(20) NOT NULL,
  `item_id` int(11) NOT NULL,
  `score` float NOT NULL,
  `score_status` varchar(50) DEFAULT NULL,
  `position` smallint(6) NOT NULL,
  `response` text DEFAULT NULL,
  `trait_evidence_elaboration_score` float DEFAULT NULL,
  `trait_evidence_elaboration_score_status` varchar(50) DEFAULT NULL,
  `trait_organization_purpose_score` float DEFAULT NULL,
  `trait_organization_purpose_score_status` varchar(50) DEFAULT NULL,
  `trait_conventions_score` float DEFAULT NULL,
  `trait_conventions_score_status` varchar(50) DEFAULT NULL,
  `administered_at` timestamp(6) NULL DEFAULT NULL,
  `submitted` tinyint(4) DEFAULT NULL,
  `submitted_at` timestamp(6) NULL DEFAULT NULL,
  `number_of_visits` smallint(6) DEFAULT NULL,
  `response_duration` float DEFAULT NULL,
  `response_content_type` varchar(50) DEFAULT NULL,
  `page_number` smallint(6) DEFAULT NULL,
  `page_visits` smallint(6) DEFAULT NULL,
  `page_time` int(11) DEFAULT NULL,
  `response_type_id` tinyint(4) DEFAULT NULL,
  `created` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_student_group` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `student_group_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `school_id` int(11) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `subject_id` tinyint(4) DEFAULT NULL,
  `active` tinyint(4) NOT NULL,
  `creator` varchar(250) DEFAULT NULL,
  `import_id` bigint(20) NOT NULL,
  `update_import_id` bigint(20) NOT NULL,
  `deleted` tinyint(4) NOT NULL,
  `created` timestamp(6) NOT NULL,
  `updated` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_student_group_membership` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `student_group_id` int(11) NOT NULL,
  `student_id` int(11) NOT NULL,
  `created` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_user_student_group` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `student_group_id` int(11) NOT NULL,
  `user_login` varchar(255) NOT NULL,
  `created` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `embargo_status` (
  `id` tinyint(4) NOT NULL,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `district_embargo` (
  `school_year` smallint(6) NOT NULL,
  `district_id` int(11) NOT NULL,
  `subject_id` smallint(6) NOT NULL DEFAULT 0,
  `individual` tinyint(4) NOT NULL,
  `aggregate` tinyint(4) NOT NULL,
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`school_year`,`district_id`,`subject_id`),
  KEY `fk__district_embargo__individual_status` (`individual`),
  KEY `fk__district_embargo__aggregate_status` (`aggregate`),
  KEY `idx__district_embargo__district` (`district_id`),
  KEY `idx__district_embargo__subject` (`subject_id`),
  CONSTRAINT `fk__district_embargo__aggregate_status` FOREIGN KEY (`aggregate`) REFERENCES `embargo_status` (`id`),
  CONSTRAINT `fk__district_embargo__district` FOREIGN KEY (`district_id`) REFERENCES `district` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk__district_embargo__individual_status` FOREIGN KEY (`individual`) REFERENCES `embargo_status` (`id`),
  CONSTRAINT `fk__district_embargo__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_district_embargo` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `audited` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `database_user` varchar(255) NOT NULL,
  `district_id` int(11) NOT NULL,
  `school_year` smallint(6) NOT NULL,
  `individual` tinyint(4) DEFAULT NULL,
  `aggregate` tinyint(4) DEFAULT NULL,
  `updated` timestamp(6) NOT NULL,
  `updated_by` varchar(255) DEFAULT NULL,
  `previous_individual` tinyint(4) DEFAULT NULL,
  `previous_aggregate` tinyint(4) DEFAULT NULL,
  `subject_id` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx__audit_district_embargo__district` (`district_id`),
  KEY `idx__audit_district_embargo__subject` (`subject_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `import_status` (
  `id` tinyint(4) NOT NULL,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `import_content` (
  `id` tinyint(4) NOT NULL,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `score_type` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `subject_score` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `subject_id` smallint(6) NOT NULL,
  `asmt_type_id` tinyint(4) NOT NULL,
  `code` varchar(10) NOT NULL,
  `display_order` tinyint(4) NOT NULL,
  `data_order` tinyint(4) DEFAULT NULL,
  `score_type_id` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__subject_score__subject_asmt_score_code` (`subject_id`,`asmt_type_id`,`score_type_id`,`code`),
  KEY `idx__subject_claim_score__asmt_type` (`asmt_type_id`),
  KEY `fk__subject_score__score_type` (`score_type_id`),
  CONSTRAINT `fk__subject_claim_score__asmt_type` FOREIGN KEY (`asmt_type_id`) REFERENCES `asmt_type` (`id`),
  CONSTRAINT `fk__subject_claim_score__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`),
  CONSTRAINT `fk__subject_score__score_type` FOREIGN KEY (`score_type_id`) REFERENCES `score_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `asmt_score` (
  `asmt_id` int(11) NOT NULL,
  `cut_point_1` float DEFAULT NULL,
  `cut_point_2` float DEFAULT NULL,
  `cut_point_3` float DEFAULT NULL,
  `min_score` float NOT NULL,
  `max_score` float NOT NULL,
  `cut_point_4` float DEFAULT NULL,
  `cut_point_5` float DEFAULT NULL,
  `subject_score_id` smallint(6) DEFAULT NULL COMMENT 'link to subject_score, null for OVERALL score',
  UNIQUE KEY `idx__asmt_score__asmt_scoring` (`asmt_id`,`subject_score_id`),
  KEY `fk__asmt_score__subject_score` (`subject_score_id`),
  CONSTRAINT `fk__asmt_score__asmt` FOREIGN KEY (`asmt_id`) REFERENCES `asmt` (`id`),
  CONSTRAINT `fk__asmt_score__subject_score` FOREIGN KEY (`subject_score_id`) REFERENCES `subject_score` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `depth_of_knowledge` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `level` tinyint(4) NOT NULL,
  `subject_id` smallint(6) NOT NULL,
  `reference` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__depth_of_knowledge__subject_level` (`subject_id`,`level`),
  CONSTRAINT `fk__depth_of_knowledge__subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `math_practice` (
  `practice` tinyint(4) NOT NULL,
  `description` varchar(250) NOT NULL,
  `code` varchar(4) NOT NULL,
  PRIMARY KEY (`practice`),
  UNIQUE KEY `idx__math_practice_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `claim_id` smallint(6) NOT NULL,
  `target_id` smallint(6) NOT NULL,
  `natural_id` varchar(40) NOT NULL,
  `asmt_id` int(11) NOT NULL,
  `math_practice` tinyint(4) DEFAULT NULL,
  `allow_calc` tinyint(4) DEFAULT NULL,
  `dok_id` smallint(6) NOT NULL,
  `difficulty_code` varchar(1) DEFAULT NULL,
  `difficulty` float NOT NULL,
  `max_points` float NOT NULL,
  `position` smallint(6) DEFAULT NULL,
  `field_test` tinyint(4) DEFAULT NULL,
  `active` tinyint(4) DEFAULT NULL,
  `type` varchar(40) DEFAULT NULL,
  `performance_task_writing_type` varchar(16) DEFAULT NULL,
  `options_count` tinyint(4) DEFAULT NULL,
  `answer_key` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx__item__asmt_natural_id` (`asmt_id`,`natural_id`),
  KEY `idx__item__claim` (`claim_id`),
  KEY `idx__item__target` (`target_id`),
  KEY `idx__item__math_practice` (`math_practice`),
  KEY `idx__item__dok` (`dok_id`),
  CONSTRAINT `fk__item__asmt` FOREIGN KEY (`asmt_id`) REFERENCES `asmt` (`id`),
  CONSTRAINT `fk__item__claim` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`),
  CONSTRAINT `fk__item__dok` FOREIGN KEY (`dok_id`) REFERENCES `depth_of_knowledge` (`id`),
  CONSTRAINT `fk__item__math_practice` FOREIGN KEY (`math_practice`) REFERENCES `math_practice` (`practice`),
  CONSTRAINT `fk__item__target` FOREIGN KEY (`target_id`) REFERENCES `target` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `gender` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ethnicity` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(120) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `accommodation` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `code` varchar(25) NOT NULL,
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `accommodation_translation` (
  `accommodation_id` smallint(6) NOT NULL,
  `label` text NOT NULL,
  `language_code` varchar(3) NOT NULL,
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `school_year` smallint(6) NOT NULL,
  PRIMARY KEY (`accommodation_id`,`language_code`,`school_year`),
  KEY `idx__accommodation_translation__language_code` (`language_code`),
  CONSTRAINT `fk__accommodation_translation__accommodation` FOREIGN KEY (`accommodation_id`) REFERENCES `accommodation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `language` (
  `id` smallint(6) NOT NULL,
  `code` char(3) NOT NULL COMMENT 'CEDS / ISO 639-2 code',
  `altcode` char(2) DEFAULT NULL COMMENT 'optional (CALPADS) code',
  `name` varchar(100) NOT NULL,
  `display_order` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `elas` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `military_connected` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `completeness` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `administration_condition` (
  `id` tinyint(4) NOT NULL,
  `code` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `setting` (
  `name` varchar(20) NOT NULL,
  `value` varchar(100) DEFAULT NULL,
  `updated` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `auth_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `auth_permission_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) DEFAULT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx__auth_permisssion_role__role` (`role_id`),
  KEY `idx__auth_permisssion_role__permission` (`permission_id`),
  CONSTRAINT `fk__auth_permission_role__auth_permission` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `fk__auth_permission_role__auth_role` FOREIGN KEY (`role_id`) REFERENCES `auth_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- Mojito (Box's open-source string management / localisation platform; Java, Spring Boot + Hibernate on MySQL),
-- github.com/box/mojito commit bd518c95254b52107e2d57782de270b99e845ad6 (Apache-2.0).
-- Made by running upstream's Flyway migrations webapp/src/main/resources/db/migration/V1__Initial_Setup.sql ..
-- V68__Add_ai_review_proto.sql (66 SQL files; the two Java migrations V9 and V56 only update data) in version order
-- into a MariaDB scratch database and exporting the tables kept with SHOW CREATE TABLE; foreign keys are moved after
-- the tables, AUTO_INCREMENT counters removed. Column names, types and order are upstream's.
-- Left out (31 of 84 tables): the Quartz scheduler's QRTZ_* tables (11), the Hibernate Envers audit copies
-- repository_aud, repository_locale_aud, asset_integrity_checker_aud and revchanges, asset_integrity_checker,
-- asset_extraction_by_branch, asset_text_unit_to_tm_text_unit, asset_text_unit_usages, branch_text_unit_statistic,
-- pull_run_asset, pull_run_text_unit_variant, push_run_asset, push_run_asset_tm_text_unit,
-- repository_locale_statistic, sla_incident_repositories, third_party_screenshot, third_party_text_unit,
-- tm_text_unit_statistic, tm_xliff, translation_kit_not_found_text_unit_ids. No foreign key of a kept table points
-- at a table left out.

CREATE TABLE `drop` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `canceled` bit(1) DEFAULT NULL,
  `drop_exporter_config` longtext DEFAULT NULL,
  `drop_exporter_type` varchar(255) DEFAULT NULL,
  `last_imported_date` datetime DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `export_pollable_task_id` bigint(20) DEFAULT NULL,
  `import_pollable_task_id` bigint(20) DEFAULT NULL,
  `repository_id` bigint(20) DEFAULT NULL,
  `export_failed` bit(1) DEFAULT NULL,
  `import_failed` bit(1) DEFAULT NULL,
  `partially_imported` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FK__DROP__USER__ID` (`created_by_user_id`),
  KEY `FK__DROP__EXPORT_POLLABLE_TASK__ID` (`export_pollable_task_id`),
  KEY `FK__DROP__IMPORT_POLLABLE_TASK__ID` (`import_pollable_task_id`),
  KEY `FK__DROP__REPOSITORY__ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `asset` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `path` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `last_successful_asset_extraction_id` bigint(20) DEFAULT NULL,
  `repository_id` bigint(20) NOT NULL,
  `deleted` bit(1) NOT NULL DEFAULT b'0',
  `virtual` bit(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__ASSET__REPOSITORY_ID__PATH` (`repository_id`,`path`),
  KEY `I__ASSET__CONTENT_MD5` (`content_md5`),
  KEY `FK__ASSET__USER__ID` (`created_by_user_id`),
  KEY `FK__ASSET__ASSET_EXTRACTION__ID` (`last_successful_asset_extraction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `asset_extraction` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `asset_id` bigint(20) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `pollable_task_id` bigint(20) DEFAULT NULL,
  `asset_content_id` bigint(20) DEFAULT NULL,
  `filter_options_md5` varchar(32) DEFAULT NULL,
  `version` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FK__ASSET_EXTRACTION__ASSET__ID` (`asset_id`),
  KEY `FK__ASSET_EXTRACTION__USER__ID` (`created_by_user_id`),
  KEY `FK__ASSET_EXTRACTION__POLLABLE_TASK__ID` (`pollable_task_id`),
  KEY `FK__ASSET_EXTRACTION__ASSET_CONTENT__ID` (`asset_content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `asset_text_unit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  `name` longtext DEFAULT NULL,
  `asset_extraction_id` bigint(20) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `plural_form_other` longtext DEFAULT NULL,
  `plural_form_id` bigint(20) DEFAULT NULL,
  `do_not_translate` bit(1) NOT NULL DEFAULT b'0',
  `branch_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__ASSET_TEXT_UNIT__MD5__ASSET_EXTRACTION_ID` (`md5`,`asset_extraction_id`),
  KEY `FK__ASSET_TEXT_UNIT__ASSET_EXTRACTION__ID` (`asset_extraction_id`),
  KEY `FK__ASSET_TEXT_UNIT__USER__ID` (`created_by_user_id`),
  KEY `FK__ASSET_TEXT_UNIT__PLURAL_FORM__ID` (`plural_form_id`),
  KEY `I__ASSET_TEXT_UNIT__BRANCH_ID` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authority` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `authority` varchar(255) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__AUTHORITIES__USER_ID__AUTHORITY` (`user_id`,`authority`),
  KEY `FK__AUTHORITY__USER__ID` (`created_by_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group_authorities` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `authority` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `group_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__GROUP_AUTHORITY__USER__ID` (`created_by_user_id`),
  KEY `FK__GROUP_AUTHORITY__GROUP__ID` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group_members` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `group_id` bigint(20) NOT NULL,
  `username` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__GROUP_MEMBER__USER__ID` (`created_by_user_id`),
  KEY `FK__GROUP_MEMBER__GROUP__ID` (`group_id`),
  KEY `FK__GROUP_MEMBER__USER__USERNAME` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `group_name` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__GROUP__USER__ID` (`created_by_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `locale` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bcp47_tag` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__LOCALE__BCP47_TAG` (`bcp47_tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pollable_task` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `error_message` longtext DEFAULT NULL,
  `error_stacks` longtext DEFAULT NULL,
  `expected_sub_task_number` int(11) NOT NULL,
  `finished_date` datetime DEFAULT NULL,
  `message` longtext DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `timeout` bigint(20) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `parent_task_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `I__POLLABLE_TASK__NAME` (`name`),
  KEY `I__POLLABLE_TASK__FINISHED_DATE` (`finished_date`),
  KEY `FK__POLLABLE_TASK__USER__ID` (`created_by_user_id`),
  KEY `FK__POLLABLE_TASK__POLLABLE_TASK__ID` (`parent_task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `repository` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `drop_exporter_type` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `repository_statistic_id` bigint(20) DEFAULT NULL,
  `tm_id` bigint(20) DEFAULT NULL,
  `deleted` bit(1) NOT NULL DEFAULT b'0',
  `checksla` bit(1) NOT NULL,
  `source_locale_id` bigint(20) NOT NULL DEFAULT 21,
  `manual_screenshot_run_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__REPOSITORY__NAME` (`name`),
  KEY `FK__REPOSITORY__USER__ID` (`created_by_user_id`),
  KEY `FK__REPOSITORY__REPOSITORY_STATISTIC__ID` (`repository_statistic_id`),
  KEY `FK__REPOSITORY__TM__ID` (`tm_id`),
  KEY `FK__REPOSITORY__LOCALE__ID` (`source_locale_id`),
  KEY `FK__REPOSITORY__SCREENSHOT_RUN__ID` (`manual_screenshot_run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `repository_locale` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `to_be_fully_translated` bit(1) DEFAULT NULL,
  `locale_id` bigint(20) NOT NULL,
  `parent_locale` bigint(20) DEFAULT NULL,
  `repository_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__REPOSITORY_LOCALE__REPOSITORY_ID__LOCALE_ID` (`repository_id`,`locale_id`),
  KEY `FK__REPOSITORY_LOCALE__LOCALE__ID` (`locale_id`),
  KEY `FK__REPOSITORY_LOCALE__PARENT_LOCALE__ID` (`parent_locale`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `repository_statistic` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `uncommented_text_unit_count` bigint(20) DEFAULT NULL,
  `unused_text_unit_count` bigint(20) DEFAULT NULL,
  `unused_text_unit_word_count` bigint(20) DEFAULT NULL,
  `used_text_unit_count` bigint(20) DEFAULT NULL,
  `used_text_unit_word_count` bigint(20) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `plural_text_unit_count` bigint(20) DEFAULT NULL,
  `plural_text_unit_word_count` bigint(20) DEFAULT NULL,
  `oosla_created_before` datetime DEFAULT NULL,
  `oosla_text_unit_count` bigint(20) DEFAULT 0,
  `oosla_text_unit_word_count` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FK__REPOSITORY_STATISTIC__USER__ID` (`created_by_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `revinfo` (
  `rev` int(11) NOT NULL AUTO_INCREMENT,
  `revtstmp` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__TM__USER__ID` (`created_by_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm_text_unit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  `name` longtext DEFAULT NULL,
  `asset_id` bigint(20) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `tm_id` bigint(20) DEFAULT NULL,
  `word_count` int(11) DEFAULT NULL,
  `plural_form_other` longtext DEFAULT NULL,
  `plural_form_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__TM_TEXT_UNIT__MD5__TM_ID__ASSET_ID` (`md5`,`tm_id`,`asset_id`),
  KEY `I__TM_TEXT_UNIT__NAME` (`name`(25)),
  KEY `I__TM_TEXT_UNIT__CONTENT_MD5` (`content_md5`),
  KEY `FK__TM_TEXT_UNIT__ASSET__ID` (`asset_id`),
  KEY `FK__TM_TEXT_UNIT__USER__ID` (`created_by_user_id`),
  KEY `FK__TM_TEXT_UNIT__TM__ID` (`tm_id`),
  KEY `I__TM_TEXT_UNIT__PLURAL_FORM_OTHER` (`plural_form_other`(25)),
  KEY `FK__TM_TEXT_UNIT__PLURAL_FORM__ID` (`plural_form_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm_text_unit_current_variant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `locale_id` bigint(20) DEFAULT NULL,
  `tm_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  `asset_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__TM_TEXT_UNIT_ID__LOCALE_ID` (`tm_text_unit_id`,`locale_id`),
  KEY `FK__TM_TEXT_UNIT_CURRENT_VARIANT__USER__ID` (`created_by_user_id`),
  KEY `FK__TM_TEXT_UNIT_CURRENT_VARIANT__LOCALE__ID` (`locale_id`),
  KEY `FK__TM_TEXT_UNIT_CURRENT_VARIANT__TM__ID` (`tm_id`),
  KEY `FK__TM_TEXT_UNIT_CURRENT_VARIANT__TM_TEXT_UNIT_VARIANT__ID` (`tm_text_unit_variant_id`),
  KEY `FK__TM_TEXT_UNIT_CURRENT_VARIANT__ASSET__ID` (`asset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm_text_unit_current_variant_aud` (
  `id` bigint(20) NOT NULL,
  `rev` int(11) NOT NULL,
  `revtype` tinyint(4) DEFAULT NULL,
  `revend` int(11) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `locale_id` bigint(20) DEFAULT NULL,
  `tm_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  `asset_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`,`rev`),
  KEY `FK_lprpa781tusygcuxir1umv5vb` (`rev`),
  KEY `FK_nnkhapalm3l0qxhoa5t7hbjyw` (`revend`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm_text_unit_variant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `included_in_localized_file` bit(1) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `locale_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__TM_TEXT_UNIT_VARIANT__USER__ID` (`created_by_user_id`),
  KEY `FK__TM_TEXT_UNIT_VARIANT__LOCALE__ID` (`locale_id`),
  KEY `FK__TM_TEXT_UNIT_VARIANT__TM_TEXT_UNIT__ID` (`tm_text_unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tm_text_unit_variant_comment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `severity` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__TM_TEXT_UNIT_VARIANT_COMMENT__USER__ID` (`created_by_user_id`),
  KEY `FK__TM_TEXT_UNIT_VARIANT_COMMENT__TM_TEXT_UNIT_VARIANT__ID` (`tm_text_unit_variant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_kit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `num_bad_language_detections` int(11) DEFAULT NULL,
  `num_source_equals_target` int(11) DEFAULT NULL,
  `num_translated_translation_kit_units` int(11) DEFAULT NULL,
  `num_translation_kit_units` int(11) DEFAULT NULL,
  `type` int(11) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `drop_id` bigint(20) DEFAULT NULL,
  `locale_id` bigint(20) DEFAULT NULL,
  `word_count` bigint(20) DEFAULT NULL,
  `imported` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FK__TRANSLATION_KIT__USER__ID` (`created_by_user_id`),
  KEY `FK__TRANSLATION_KIT__DROP__ID` (`drop_id`),
  KEY `FK__TRANSLATION_KIT__LOCALE__ID` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_kit_text_unit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `detected_language` varchar(255) DEFAULT NULL,
  `detected_language_exception` varchar(255) DEFAULT NULL,
  `detected_language_expected` varchar(255) DEFAULT NULL,
  `detected_language_probability` double DEFAULT NULL,
  `source_equals_target` bit(1) DEFAULT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_id` bigint(20) DEFAULT NULL,
  `imported_tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  `translation_kit_id` bigint(20) DEFAULT NULL,
  `exported_tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__TRANSLATION_KIT_TEXT_UNIT__USER__ID` (`created_by_user_id`),
  KEY `FK__TRANSLATION_KIT_TEXT_UNIT__TM_TEXT_UNIT__ID` (`tm_text_unit_id`),
  KEY `FK__TRANSLATION_KIT_TEXT_UNIT__TRANSLATION_KIT__ID` (`translation_kit_id`),
  KEY `FK__TRANSLATION_KIT_TEXT_UNIT__IMPORTED_TM_TEXT_UNIT_VARIANT__ID` (`imported_tm_text_unit_variant_id`),
  KEY `FK__TRANSLATION_KIT_TEXT_UNIT__EXPORTED_TM_TEXT_UNIT_VARIANT__ID` (`exported_tm_text_unit_variant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `common_name` varchar(255) DEFAULT NULL,
  `enabled` bit(1) DEFAULT NULL,
  `given_name` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `surname` varchar(255) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `partially_created` bit(1) NOT NULL DEFAULT b'0',
  `can_translate_all_locales` bit(1) NOT NULL DEFAULT b'1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `I__USERS__USERNAME` (`username`),
  KEY `FK__USER__USER__ID` (`created_by_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `box_sdk_service_config` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `app_user_id` varchar(255) DEFAULT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `client_secret` varchar(255) DEFAULT NULL,
  `drops_folder_id` varchar(255) DEFAULT NULL,
  `enterprise_id` varchar(255) DEFAULT NULL,
  `private_key` longtext DEFAULT NULL,
  `private_key_password` varchar(255) DEFAULT NULL,
  `public_key_id` varchar(255) DEFAULT NULL,
  `root_folder_id` varchar(255) DEFAULT NULL,
  `bootstrap` bit(1) DEFAULT NULL,
  `root_folder_url` varchar(255) DEFAULT NULL,
  `validated` bit(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `statistics_schedule` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `time_to_update` datetime DEFAULT NULL,
  `repository_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `I__STATISTICS_SCHEDULE__REPOSITORY_ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `plural_form` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(5) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__PLURAL_FORM__NAME` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `plural_form_for_locale` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `locale_id` bigint(20) NOT NULL,
  `plural_form_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__PLURAL_FORM__PLURAL_FORM_ID__LOCALE_ID` (`plural_form_id`,`locale_id`),
  KEY `FK__PLURAL_FORM_FOR_LOCALE__LOCALE__ID` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `image` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `content` longblob DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__IMAGE__NAME` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `screenshot` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `sequence` bigint(20) DEFAULT NULL,
  `src` longtext DEFAULT NULL,
  `status` varchar(32) DEFAULT NULL,
  `locale_id` bigint(20) DEFAULT NULL,
  `screenshot_run_id` bigint(20) DEFAULT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__SCREENSHOT__NAME__LOCALE__SCREENSHOT_RUN_ID` (`name`,`locale_id`,`screenshot_run_id`),
  KEY `FK__SCREENSHOT__LOCALE__ID` (`locale_id`),
  KEY `FK__SCREENSHOT__SCREENSHOT_RUN__ID` (`screenshot_run_id`),
  KEY `FK__SCREENSHOT__BRANCH__ID` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `screenshot_run` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_successful_run` bit(1) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `repository_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__SCREENSHOT_RUN__NAME` (`name`),
  KEY `FK__SCREENSHOT_RUN__REPOSITORY__ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `screenshot_text_unit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` longtext DEFAULT NULL,
  `number_of_match` int(11) DEFAULT NULL,
  `rendered_target` longtext DEFAULT NULL,
  `source` longtext DEFAULT NULL,
  `target` longtext DEFAULT NULL,
  `screenshot_id` bigint(20) NOT NULL,
  `tm_text_unit_id` bigint(20) DEFAULT NULL,
  `tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK__SCREENSHOT_TEXT_UNIT__SCREENSHOT__ID` (`screenshot_id`),
  KEY `FK__SCREENSHOT_TEXT_UNIT__TM_TEXT_UNIT__ID` (`tm_text_unit_id`),
  KEY `FK__SCREENSHOT_TEXT_UNIT__TM_TEXT_UNIT_VARIANT__ID` (`tm_text_unit_variant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sla_incident` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `closed_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SPRING_SESSION` (
  `SESSION_ID` char(36) NOT NULL,
  `CREATION_TIME` bigint(20) NOT NULL,
  `LAST_ACCESS_TIME` bigint(20) NOT NULL,
  `MAX_INACTIVE_INTERVAL` int(11) NOT NULL,
  `PRINCIPAL_NAME` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`SESSION_ID`),
  KEY `SPRING_SESSION_IX1` (`LAST_ACCESS_TIME`),
  KEY `SPRING_SESSION_IX2` (`PRINCIPAL_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SPRING_SESSION_ATTRIBUTES` (
  `SESSION_ID` char(36) NOT NULL,
  `ATTRIBUTE_NAME` varchar(200) NOT NULL,
  `ATTRIBUTE_BYTES` blob NOT NULL,
  PRIMARY KEY (`SESSION_ID`,`ATTRIBUTE_NAME`),
  KEY `SPRING_SESSION_ATTRIBUTES_IX1` (`SESSION_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `git_blame` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `author_email` varchar(255) DEFAULT NULL,
  `author_name` varchar(255) DEFAULT NULL,
  `commit_name` varchar(255) DEFAULT NULL,
  `commit_time` varchar(255) DEFAULT NULL,
  `tm_text_unit_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__GIT_BLAME__TM_TEXT_UNIT_ID` (`tm_text_unit_id`),
  KEY `I__GIT_BLAME__AUTHOR_EMAIL` (`author_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `asset_content` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `content` longtext NOT NULL,
  `content_md5` varchar(32) DEFAULT NULL,
  `asset_id` bigint(20) DEFAULT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  `extracted_content` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FK__ASSET_CONTENT__ASSET__ID` (`asset_id`),
  KEY `FK__ASSET_CONTENT__BRANCH__ID` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `branch` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `repository_id` bigint(20) NOT NULL,
  `deleted` bit(1) NOT NULL DEFAULT b'0',
  `created_by_user_id` bigint(20) DEFAULT NULL,
  `created_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__BRANCH__REPOSITORY_ID__PATH` (`repository_id`,`name`),
  KEY `FK__BRANCH__USER__ID` (`created_by_user_id`),
  KEY `I__BRANCH__DELETED` (`deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `branch_statistic` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `for_translation_count` bigint(20) DEFAULT NULL,
  `total_count` bigint(20) DEFAULT NULL,
  `branch_id` bigint(20) NOT NULL,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__BRANCH_STATISTIC__BRANCH_ID` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `branch_notification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `content_md5` varchar(255) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `sender_type` varchar(255) DEFAULT NULL,
  `new_msg_sent_at` datetime DEFAULT NULL,
  `screenshot_missing_msg_sent_at` datetime DEFAULT NULL,
  `translated_msg_sent_at` datetime DEFAULT NULL,
  `updated_msg_sent_at` datetime DEFAULT NULL,
  `branch_id` bigint(20) NOT NULL,
  `notifier_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__BRANCH_NOTIFICATION__BRANCH_ID__SENDER_TYPE` (`branch_id`,`sender_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mblob` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `content` longblob DEFAULT NULL,
  `expire_after_seconds` bigint(20) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__MBLOB__NAME` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SPRING_SESSION_V2` (
  `PRIMARY_ID` char(36) NOT NULL,
  `SESSION_ID` char(36) NOT NULL,
  `CREATION_TIME` bigint(20) NOT NULL,
  `LAST_ACCESS_TIME` bigint(20) NOT NULL,
  `MAX_INACTIVE_INTERVAL` int(11) NOT NULL,
  `EXPIRY_TIME` bigint(20) NOT NULL,
  `PRINCIPAL_NAME` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`PRIMARY_ID`),
  UNIQUE KEY `SPRING_SESSION_V2_IX1` (`SESSION_ID`),
  KEY `SPRING_SESSION_V2_IX2` (`EXPIRY_TIME`),
  KEY `SPRING_SESSION_V2_IX3` (`PRINCIPAL_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `SPRING_SESSION_V2_ATTRIBUTES` (
  `SESSION_PRIMARY_ID` char(36) NOT NULL,
  `ATTRIBUTE_NAME` varchar(200) NOT NULL,
  `ATTRIBUTE_BYTES` blob NOT NULL,
  PRIMARY KEY (`SESSION_PRIMARY_ID`,`ATTRIBUTE_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `application_cache_type` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `application_cache` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cache_type_id` smallint(6) NOT NULL,
  `key_md5` char(32) NOT NULL,
  `value` longblob DEFAULT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `expiry_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__APPLICATION_CACHE__CACHE_TYPE_ID__KEY_MD5` (`cache_type_id`,`key_md5`),
  KEY `I__APPLICATION_CACHE__EXPIRY_DATE` (`expiry_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `repository_id` bigint(20) NOT NULL,
  `author_email` varchar(255) DEFAULT NULL,
  `author_name` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `source_creation_date` datetime NOT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp(),
  `last_modified_date` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__COMMIT__NAME_REPOSITORY_ID` (`name`,`repository_id`),
  KEY `FK__COMMIT__NAME__REPOSITORY_ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `push_run` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `repository_id` bigint(20) NOT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__PUSH_RUN__NAME` (`name`),
  KEY `FK__PUSH_RUN__REPOSITORY_ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commit_to_push_run` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `commit_id` bigint(20) NOT NULL,
  `push_run_id` bigint(20) NOT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__COMMIT_TO_PUSH_RUN__COMMIT_ID` (`commit_id`),
  KEY `FK__COMMIT_TO_PUSH_RUN__PUSH_RUN_ID` (`push_run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pull_run` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `repository_id` bigint(20) NOT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__PULL_RUN__NAME` (`name`),
  KEY `FK__PULL_RUN__REPOSITORY_ID` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commit_to_pull_run` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `commit_id` bigint(20) NOT NULL,
  `pull_run_id` bigint(20) NOT NULL,
  `created_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__COMMIT_TO_PULL_RUN__COMMIT_ID` (`commit_id`),
  KEY `FK__COMMIT_TO_PULL_RUN__PULL_RUN_ID` (`pull_run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `branch_notifiers` (
  `branch_id` bigint(20) NOT NULL,
  `notifiers` varchar(255) DEFAULT NULL,
  KEY `FK__BRANCH_NOTIFIERS__BRANCH__ID` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `third_party_sync_file_checksum` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `repository_id` bigint(20) NOT NULL,
  `locale_id` bigint(20) NOT NULL,
  `md5` char(32) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `created_date` datetime NOT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `I__TPS_FILE_CHECKSUM__REPO_ID__LOCALE_ID__FILE_NAME` (`repository_id`,`locale_id`,`file_name`),
  KEY `FK__TPS_FILE_CHECKSUM__LOCALE__ID` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_locale` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `locale_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__USER_LOCALE__USER_ID__LOCALE_ID` (`user_id`,`locale_id`),
  KEY `FK__USER_LOCALE__LOCALE__ID` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ai_review_proto` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_date` datetime DEFAULT NULL,
  `last_modified_date` datetime DEFAULT NULL,
  `json_review` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`json_review`)),
  `tm_text_unit_variant_id` bigint(20) DEFAULT NULL,
  `run_name` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK__AI_REVIEW_PROTO__RUN_NAME__TM_TEXT_UNIT_VARIANT_ID` (`run_name`,`tm_text_unit_variant_id`),
  KEY `FK__AI_REVIEW_PROTO__TM_TEXT_UNIT_VARIANT__ID` (`tm_text_unit_variant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Foreign keys (added after all tables, as the migrations add them)
ALTER TABLE `drop` ADD CONSTRAINT `FK__DROP__EXPORT_POLLABLE_TASK__ID` FOREIGN KEY (`export_pollable_task_id`) REFERENCES `pollable_task` (`id`);
ALTER TABLE `drop` ADD CONSTRAINT `FK__DROP__IMPORT_POLLABLE_TASK__ID` FOREIGN KEY (`import_pollable_task_id`) REFERENCES `pollable_task` (`id`);
ALTER TABLE `drop` ADD CONSTRAINT `FK__DROP__REPOSITORY__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `drop` ADD CONSTRAINT `FK__DROP__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `asset` ADD CONSTRAINT `FK__ASSET__ASSET_EXTRACTION__ID` FOREIGN KEY (`last_successful_asset_extraction_id`) REFERENCES `asset_extraction` (`id`);
ALTER TABLE `asset` ADD CONSTRAINT `FK__ASSET__REPOSITORY__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `asset` ADD CONSTRAINT `FK__ASSET__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `asset_extraction` ADD CONSTRAINT `FK__ASSET_EXTRACTION__ASSET_CONTENT__ID` FOREIGN KEY (`asset_content_id`) REFERENCES `asset_content` (`id`);
ALTER TABLE `asset_extraction` ADD CONSTRAINT `FK__ASSET_EXTRACTION__ASSET__ID` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`);
ALTER TABLE `asset_extraction` ADD CONSTRAINT `FK__ASSET_EXTRACTION__POLLABLE_TASK__ID` FOREIGN KEY (`pollable_task_id`) REFERENCES `pollable_task` (`id`);
ALTER TABLE `asset_extraction` ADD CONSTRAINT `FK__ASSET_EXTRACTION__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `asset_text_unit` ADD CONSTRAINT `FK__ASSET_TEXT_UNIT__ASSET_EXTRACTION__ID` FOREIGN KEY (`asset_extraction_id`) REFERENCES `asset_extraction` (`id`);
ALTER TABLE `asset_text_unit` ADD CONSTRAINT `FK__ASSET_TEXT_UNIT__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `asset_text_unit` ADD CONSTRAINT `FK__ASSET_TEXT_UNIT__PLURAL_FORM__ID` FOREIGN KEY (`plural_form_id`) REFERENCES `plural_form` (`id`);
ALTER TABLE `asset_text_unit` ADD CONSTRAINT `FK__ASSET_TEXT_UNIT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `authority` ADD CONSTRAINT `FK__AUTHORITY__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `authority` ADD CONSTRAINT `FK__AUTHORITY__USER__USER_ID` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `group_authorities` ADD CONSTRAINT `FK__GROUP_AUTHORITY__GROUP__ID` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`);
ALTER TABLE `group_authorities` ADD CONSTRAINT `FK__GROUP_AUTHORITY__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `group_members` ADD CONSTRAINT `FK__GROUP_MEMBER__GROUP__ID` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`);
ALTER TABLE `group_members` ADD CONSTRAINT `FK__GROUP_MEMBER__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `group_members` ADD CONSTRAINT `FK__GROUP_MEMBER__USER__USERNAME` FOREIGN KEY (`username`) REFERENCES `user` (`id`);
ALTER TABLE `groups` ADD CONSTRAINT `FK__GROUP__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `pollable_task` ADD CONSTRAINT `FK__POLLABLE_TASK__POLLABLE_TASK__ID` FOREIGN KEY (`parent_task_id`) REFERENCES `pollable_task` (`id`);
ALTER TABLE `pollable_task` ADD CONSTRAINT `FK__POLLABLE_TASK__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `repository` ADD CONSTRAINT `FK__REPOSITORY__LOCALE__ID` FOREIGN KEY (`source_locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `repository` ADD CONSTRAINT `FK__REPOSITORY__REPOSITORY_STATISTIC__ID` FOREIGN KEY (`repository_statistic_id`) REFERENCES `repository_statistic` (`id`);
ALTER TABLE `repository` ADD CONSTRAINT `FK__REPOSITORY__SCREENSHOT_RUN__ID` FOREIGN KEY (`manual_screenshot_run_id`) REFERENCES `screenshot_run` (`id`);
ALTER TABLE `repository` ADD CONSTRAINT `FK__REPOSITORY__TM__ID` FOREIGN KEY (`tm_id`) REFERENCES `tm` (`id`);
ALTER TABLE `repository` ADD CONSTRAINT `FK__REPOSITORY__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `repository_locale` ADD CONSTRAINT `FK__REPOSITORY_LOCALE__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `repository_locale` ADD CONSTRAINT `FK__REPOSITORY_LOCALE__PARENT_LOCALE__ID` FOREIGN KEY (`parent_locale`) REFERENCES `repository_locale` (`id`);
ALTER TABLE `repository_locale` ADD CONSTRAINT `FK__REPOSITORY_LOCALE__REPOSITORY__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `repository_statistic` ADD CONSTRAINT `FK__REPOSITORY_STATISTIC__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `tm` ADD CONSTRAINT `FK__TM__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `tm_text_unit` ADD CONSTRAINT `FK__TM_TEXT_UNIT__ASSET__ID` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`);
ALTER TABLE `tm_text_unit` ADD CONSTRAINT `FK__TM_TEXT_UNIT__PLURAL_FORM__ID` FOREIGN KEY (`plural_form_id`) REFERENCES `plural_form` (`id`);
ALTER TABLE `tm_text_unit` ADD CONSTRAINT `FK__TM_TEXT_UNIT__TM__ID` FOREIGN KEY (`tm_id`) REFERENCES `tm` (`id`);
ALTER TABLE `tm_text_unit` ADD CONSTRAINT `FK__TM_TEXT_UNIT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__ASSET__ID` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__TM_TEXT_UNIT__ID` FOREIGN KEY (`tm_text_unit_id`) REFERENCES `tm_text_unit` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__TM__ID` FOREIGN KEY (`tm_id`) REFERENCES `tm` (`id`);
ALTER TABLE `tm_text_unit_current_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_CURRENT_VARIANT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `tm_text_unit_current_variant_aud` ADD CONSTRAINT `FK_lprpa781tusygcuxir1umv5vb` FOREIGN KEY (`rev`) REFERENCES `revinfo` (`rev`);
ALTER TABLE `tm_text_unit_current_variant_aud` ADD CONSTRAINT `FK_nnkhapalm3l0qxhoa5t7hbjyw` FOREIGN KEY (`revend`) REFERENCES `revinfo` (`rev`);
ALTER TABLE `tm_text_unit_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_VARIANT__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `tm_text_unit_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_VARIANT__TM_TEXT_UNIT__ID` FOREIGN KEY (`tm_text_unit_id`) REFERENCES `tm_text_unit` (`id`);
ALTER TABLE `tm_text_unit_variant` ADD CONSTRAINT `FK__TM_TEXT_UNIT_VARIANT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `tm_text_unit_variant_comment` ADD CONSTRAINT `FK__TM_TEXT_UNIT_VARIANT_COMMENT__TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);
ALTER TABLE `tm_text_unit_variant_comment` ADD CONSTRAINT `FK__TM_TEXT_UNIT_VARIANT_COMMENT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `translation_kit` ADD CONSTRAINT `FK__TRANSLATION_KIT__DROP__ID` FOREIGN KEY (`drop_id`) REFERENCES `drop` (`id`);
ALTER TABLE `translation_kit` ADD CONSTRAINT `FK__TRANSLATION_KIT__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `translation_kit` ADD CONSTRAINT `FK__TRANSLATION_KIT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `translation_kit_text_unit` ADD CONSTRAINT `FK__TRANSLATION_KIT_TEXT_UNIT__EXPORTED_TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`exported_tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);
ALTER TABLE `translation_kit_text_unit` ADD CONSTRAINT `FK__TRANSLATION_KIT_TEXT_UNIT__IMPORTED_TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`imported_tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);
ALTER TABLE `translation_kit_text_unit` ADD CONSTRAINT `FK__TRANSLATION_KIT_TEXT_UNIT__TM_TEXT_UNIT__ID` FOREIGN KEY (`tm_text_unit_id`) REFERENCES `tm_text_unit` (`id`);
ALTER TABLE `translation_kit_text_unit` ADD CONSTRAINT `FK__TRANSLATION_KIT_TEXT_UNIT__TRANSLATION_KIT__ID` FOREIGN KEY (`translation_kit_id`) REFERENCES `translation_kit` (`id`);
ALTER TABLE `translation_kit_text_unit` ADD CONSTRAINT `FK__TRANSLATION_KIT_TEXT_UNIT__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `user` ADD CONSTRAINT `FK__USER__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `statistics_schedule` ADD CONSTRAINT `FK__STATISTICS_SCHEDULE__REPOSITORY_ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `plural_form_for_locale` ADD CONSTRAINT `FK__PLURAL_FORM_FOR_LOCALE__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `plural_form_for_locale` ADD CONSTRAINT `FK__PLURAL_FORM_FOR_LOCALE__PLURAL_FORM__ID` FOREIGN KEY (`plural_form_id`) REFERENCES `plural_form` (`id`);
ALTER TABLE `screenshot` ADD CONSTRAINT `FK__SCREENSHOT__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `screenshot` ADD CONSTRAINT `FK__SCREENSHOT__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `screenshot` ADD CONSTRAINT `FK__SCREENSHOT__SCREENSHOT_RUN__ID` FOREIGN KEY (`screenshot_run_id`) REFERENCES `screenshot_run` (`id`);
ALTER TABLE `screenshot_run` ADD CONSTRAINT `FK__SCREENSHOT_RUN__REPOSITORY__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `screenshot_text_unit` ADD CONSTRAINT `FK__SCREENSHOT_TEXT_UNIT__SCREENSHOT__ID` FOREIGN KEY (`screenshot_id`) REFERENCES `screenshot` (`id`);
ALTER TABLE `screenshot_text_unit` ADD CONSTRAINT `FK__SCREENSHOT_TEXT_UNIT__TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);
ALTER TABLE `screenshot_text_unit` ADD CONSTRAINT `FK__SCREENSHOT_TEXT_UNIT__TM_TEXT_UNIT__ID` FOREIGN KEY (`tm_text_unit_id`) REFERENCES `tm_text_unit` (`id`);
ALTER TABLE `SPRING_SESSION_ATTRIBUTES` ADD CONSTRAINT `SPRING_SESSION_ATTRIBUTES_FK` FOREIGN KEY (`SESSION_ID`) REFERENCES `SPRING_SESSION` (`SESSION_ID`) ON DELETE CASCADE;
ALTER TABLE `git_blame` ADD CONSTRAINT `FK__GIT_BLAME__TM_TEXT_UNIT__ID` FOREIGN KEY (`tm_text_unit_id`) REFERENCES `tm_text_unit` (`id`);
ALTER TABLE `asset_content` ADD CONSTRAINT `FK__ASSET_CONTENT__ASSET__ID` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`);
ALTER TABLE `asset_content` ADD CONSTRAINT `FK__ASSET_CONTENT__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `branch` ADD CONSTRAINT `FK__BRANCH__REPOSITORY__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `branch` ADD CONSTRAINT `FK__BRANCH__USER__ID` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`);
ALTER TABLE `branch_statistic` ADD CONSTRAINT `FK__BRANCH_STATISTIC__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `branch_notification` ADD CONSTRAINT `FK__BRANCH_NOTIFICATION__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `SPRING_SESSION_V2_ATTRIBUTES` ADD CONSTRAINT `SPRING_SESSION_V2_ATTRIBUTES_FK` FOREIGN KEY (`SESSION_PRIMARY_ID`) REFERENCES `SPRING_SESSION_V2` (`PRIMARY_ID`) ON DELETE CASCADE;
ALTER TABLE `application_cache` ADD CONSTRAINT `FK__APPLICATION_CACHE__CACHE_TYPE_ID` FOREIGN KEY (`cache_type_id`) REFERENCES `application_cache_type` (`id`);
ALTER TABLE `commit` ADD CONSTRAINT `FK__COMMIT__NAME__REPOSITORY_ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `push_run` ADD CONSTRAINT `FK__PUSH_RUN__REPOSITORY_ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `commit_to_push_run` ADD CONSTRAINT `FK__COMMIT_TO_PUSH_RUN__COMMIT_ID` FOREIGN KEY (`commit_id`) REFERENCES `commit` (`id`);
ALTER TABLE `commit_to_push_run` ADD CONSTRAINT `FK__COMMIT_TO_PUSH_RUN__PUSH_RUN_ID` FOREIGN KEY (`push_run_id`) REFERENCES `push_run` (`id`);
ALTER TABLE `pull_run` ADD CONSTRAINT `FK__PULL_RUN__REPOSITORY_ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `commit_to_pull_run` ADD CONSTRAINT `FK__COMMIT_TO_PULL_RUN__COMMIT_ID` FOREIGN KEY (`commit_id`) REFERENCES `commit` (`id`);
ALTER TABLE `commit_to_pull_run` ADD CONSTRAINT `FK__COMMIT_TO_PULL_RUN__PULL_RUN_ID` FOREIGN KEY (`pull_run_id`) REFERENCES `pull_run` (`id`);
ALTER TABLE `branch_notifiers` ADD CONSTRAINT `FK__BRANCH_NOTIFIERS__BRANCH__ID` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `third_party_sync_file_checksum` ADD CONSTRAINT `FK__TPS_FILE_CHECKSUM__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `third_party_sync_file_checksum` ADD CONSTRAINT `FK__TPS_FILE_CHECKSUM__REPO__ID` FOREIGN KEY (`repository_id`) REFERENCES `repository` (`id`);
ALTER TABLE `user_locale` ADD CONSTRAINT `FK__USER_LOCALE__LOCALE__ID` FOREIGN KEY (`locale_id`) REFERENCES `locale` (`id`);
ALTER TABLE `user_locale` ADD CONSTRAINT `FK__USER_LOCALE__USER__ID` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `ai_review_proto` ADD CONSTRAINT `FK__AI_REVIEW_PROTO__TM_TEXT_UNIT_VARIANT__ID` FOREIGN KEY (`tm_text_unit_variant_id`) REFERENCES `tm_text_unit_variant` (`id`);

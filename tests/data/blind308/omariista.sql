-- Oma riista (Finnish Wildlife Agency / Suomen riistakeskus): hunter register, hunting licences and permits,
-- harvest reporting, hunting clubs and game management associations (RHY), shooting tests, game wardens.
-- Upstream: github.com/suomenriistakeskus/oma-riista-web, commit f3550bce98706dfe636232fb2765a44fa33f78ca (MIT).
-- Schema: the Liquibase changelogs src/main/resources/migrations/db.changelog.xml (db.initial.xml,
-- db.changelog-2014.xml ... db.changelog-2023.xml, db.audit.xml, db.quartz.xml, db.spring-batch.xml) replayed by
-- Liquibase 4.28 into PostgreSQL 15 + PostGIS, read back from the catalogue and written as MariaDB DDL.
-- 56 of the 284 public tables kept; see omariista.md for the selection and the type mapping.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `address` (
  `address_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `street_address` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `city` VARCHAR(255),
  `country_name` VARCHAR(255),
  `country_code` CHAR(2),
  PRIMARY KEY (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `foreign_person` (
  `foreign_person_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `hunter_number` VARCHAR(8) NOT NULL,
  `date_of_birth` DATE NOT NULL,
  `mr_sync_time` DATETIME(6),
  PRIMARY KEY (`foreign_person_id`),
  UNIQUE KEY `uk_foreign_person_hunter_number` (`hunter_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_user_role` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobile_login_event` (
  `mobile_login_event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `login_time` DATETIME(6) NOT NULL,
  `platform` VARCHAR(255) NOT NULL,
  `software_version` VARCHAR(255) NOT NULL,
  `device_name` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`mobile_login_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_activity_message` (
  `message_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `activity_type` VARCHAR(255) NOT NULL,
  `creation_time` DATETIME(6) NOT NULL,
  `username` VARCHAR(255),
  `user_id` BIGINT,
  `ip_address` VARCHAR(255),
  `message` TEXT,
  `exception_message` TEXT,
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spring_session` (
  `session_id` CHAR(36) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `last_access_time` BIGINT NOT NULL,
  `max_inactive_interval` INT NOT NULL,
  `principal_name` VARCHAR(100),
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spring_session_attributes` (
  `session_id` CHAR(36) NOT NULL,
  `attribute_name` VARCHAR(200) NOT NULL,
  `attribute_bytes` LONGBLOB,
  PRIMARY KEY (`session_id`, `attribute_name`),
  CONSTRAINT `spring_session_attributes_fk` FOREIGN KEY (`session_id`) REFERENCES `spring_session` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_type` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `occupation_type` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `municipality` (
  `official_code` CHAR(3) NOT NULL,
  `name_finnish` VARCHAR(255) NOT NULL,
  `name_swedish` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`official_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_species` (
  `game_species_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `official_code` INT NOT NULL,
  `name_finnish` VARCHAR(255) NOT NULL,
  `name_swedish` VARCHAR(255) NOT NULL,
  `scientific_name` VARCHAR(100),
  `category` VARCHAR(255) NOT NULL,
  `multiple_specimen_allowed_on_harvest` TINYINT(1) NOT NULL DEFAULT 0,
  `name_english` VARCHAR(255) NOT NULL,
  `srva_ordinal` INT,
  PRIMARY KEY (`game_species_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_harvest` (
  `deleted_harvest_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `harvest_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `shooter_id` BIGINT NOT NULL,
  `deletion_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`deleted_harvest_id`),
  UNIQUE KEY `uk_deleted_harvest_harvest_id` (`harvest_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_report_state` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_metadata` (
  `file_metadata_uuid` CHAR(36) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `content_size` BIGINT NOT NULL,
  `content_type` VARCHAR(255) NOT NULL,
  `storage_type` VARCHAR(255) NOT NULL,
  `original_file_name` VARCHAR(255),
  `resource_url` VARCHAR(255),
  `md5_hash` CHAR(32),
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL,
  `deletion_time` DATETIME(6),
  `modification_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`file_metadata_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `invoice_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `type` VARCHAR(255) NOT NULL,
  `invoice_number` INT NOT NULL,
  `bic` VARCHAR(255) NOT NULL,
  `iban` CHAR(18) NOT NULL,
  `invoice_date` DATE NOT NULL,
  `due_date` DATE NOT NULL,
  `amount` DECIMAL(8,2) NOT NULL,
  `creditor_reference` VARCHAR(20) NOT NULL,
  `recipient_name` VARCHAR(255) NOT NULL,
  `recipient_address_id` BIGINT NOT NULL,
  `electronic_invoicing_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `file_metadata_id` CHAR(36) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `payment_date` DATE,
  `paytrail_payment_id` VARCHAR(255),
  `paytrail_settlement_reference_number` VARCHAR(255),
  `original_delivery_by_email` TINYINT(1) NOT NULL,
  `received_amount` DECIMAL(8,2),
  `corrected_amount` DECIMAL(8,2),
  PRIMARY KEY (`invoice_id`),
  CONSTRAINT `fk_invoice_file_metadata` FOREIGN KEY (`file_metadata_id`) REFERENCES `file_metadata` (`file_metadata_uuid`),
  CONSTRAINT `fk_invoice_recipient_address` FOREIGN KEY (`recipient_address_id`) REFERENCES `address` (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_payment_line` (
  `invoice_payment_line_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `invoice_id` BIGINT NOT NULL,
  `payment_date` DATE NOT NULL,
  `amount` DECIMAL(8,2) NOT NULL,
  `account_transfer_id` BIGINT,
  PRIMARY KEY (`invoice_payment_line_id`),
  UNIQUE KEY `uk_invoice_payment_line_account_transfer` (`account_transfer_id`),
  CONSTRAINT `fk_invoice_payment_line_invoice` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `paytrail_payment_event` (
  `paytrail_payment_event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `event_type` VARCHAR(255) NOT NULL,
  `event_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `remote_address` VARCHAR(255),
  `user_id` BIGINT,
  `order_number` VARCHAR(255),
  `payment_id` VARCHAR(255),
  `status` VARCHAR(255),
  `currency` VARCHAR(255),
  `amount` VARCHAR(255),
  `payment_method` VARCHAR(255),
  `settlement_reference_number` VARCHAR(255),
  PRIMARY KEY (`paytrail_payment_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendar_event_type` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `venue` (
  `venue_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `name` VARCHAR(255) NOT NULL,
  `info` TEXT,
  `address_id` BIGINT NOT NULL,
  `longitude` INT,
  `latitude` INT,
  `accuracy` DOUBLE,
  `altitude` DOUBLE,
  `altitude_accuracy` DOUBLE,
  `geolocation_source` VARCHAR(255),
  PRIMARY KEY (`venue_id`),
  UNIQUE KEY `uk_venue_address` (`address_id`),
  CONSTRAINT `fk_venue_address` FOREIGN KEY (`address_id`) REFERENCES `address` (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shooting_test_type` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_message` (
  `mail_message_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `from_email` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `delivered` TINYINT(1) NOT NULL,
  `scheduled_time` DATETIME(6) NOT NULL,
  `submit_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`mail_message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_message_recipient` (
  `mail_message_recipient_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `mail_message_id` BIGINT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `delivery_time` DATETIME(6),
  `failure_counter` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`mail_message_recipient_id`),
  CONSTRAINT `fk_mail_message_recipient_mail_message` FOREIGN KEY (`mail_message_id`) REFERENCES `mail_message` (`mail_message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_message_bounce` (
  `mail_message_bounce_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `bounce_type` VARCHAR(255) NOT NULL,
  `bounce_sub_type` VARCHAR(255) NOT NULL,
  `bounce_timestamp` DATETIME(6) NOT NULL,
  `bounce_feedback_id` VARCHAR(255),
  `recipient_email_address` VARCHAR(255) NOT NULL,
  `recipient_action` VARCHAR(255),
  `recipient_status` VARCHAR(255),
  `recipient_diagnostic_code` TEXT,
  `mail_timestamp` DATETIME(6),
  `mail_message_id` VARCHAR(255),
  `mail_subject` VARCHAR(255),
  PRIMARY KEY (`mail_message_bounce_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration` (
  `integration_id` VARCHAR(255) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `last_run` DATETIME(6),
  PRIMARY KEY (`integration_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logged_actions` (
  `event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `table_name` TEXT NOT NULL,
  `primary_key_value` TEXT NOT NULL,
  `relid` BIGINT NOT NULL,
  `action_tstamp_stm` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `transaction_id` BIGINT NOT NULL,
  `action` CHAR(1) NOT NULL,
  `row_data` TEXT,
  `changed_fields` TEXT,
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `person_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `ssn` CHAR(11),
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `by_name` VARCHAR(255) NOT NULL,
  `language_code` CHAR(2),
  `email` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `home_municipality` VARCHAR(255),
  `lh_person_id` VARCHAR(255),
  `other_address_id` BIGINT,
  `rhy_membership_id` BIGINT,
  `hunter_number` VARCHAR(8),
  `mr_address_id` BIGINT,
  `mr_sync_time` DATETIME(6),
  `hunting_card_start` DATE,
  `hunting_card_end` DATE,
  `hunter_exam_date` DATE,
  `hunter_exam_expiration_date` DATE,
  `hunting_ban_start` DATE,
  `hunting_ban_end` DATE,
  `magazine_language_code` CHAR(2),
  `deny_magazine` TINYINT(1) NOT NULL DEFAULT 0,
  `home_municipality_code` CHAR(3),
  `deletion_code` CHAR(1),
  `hunting_payment_one_day` DATE,
  `hunting_payment_one_year` INT,
  `hunting_payment_two_day` DATE,
  `hunting_payment_two_year` INT,
  `enable_srva` TINYINT(1),
  `invoice_reference_current` VARCHAR(255),
  `invoice_reference_previous` VARCHAR(255),
  `invoice_reference_current_year` INT,
  `invoice_reference_previous_year` INT,
  `enable_shooting_tests` TINYINT(1),
  `date_of_birth` DATE,
  `rhy_membership_for_statistics_id` BIGINT,
  `payment_year_valid_for_statistics` INT,
  `deny_announcement_email` TINYINT(1) NOT NULL DEFAULT 0,
  `unregister_requested_time` DATETIME(6),
  PRIMARY KEY (`person_id`),
  UNIQUE KEY `uk_person_hunter_number` (`hunter_number`),
  UNIQUE KEY `uk_person_lh_person_id` (`lh_person_id`),
  UNIQUE KEY `uk_person_mr_address` (`mr_address_id`),
  UNIQUE KEY `uk_person_other_address` (`other_address_id`),
  UNIQUE KEY `uk_person_ssn` (`ssn`),
  CONSTRAINT `fk_person_mr_address` FOREIGN KEY (`mr_address_id`) REFERENCES `address` (`address_id`),
  CONSTRAINT `fk_person_other_address` FOREIGN KEY (`other_address_id`) REFERENCES `address` (`address_id`),
  CONSTRAINT `fk_rhy_membership` FOREIGN KEY (`rhy_membership_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_user` (
  `user_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `is_active` TINYINT(1) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255),
  `role` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `email` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `locale_id` VARCHAR(255),
  `timezone_id` VARCHAR(255),
  `person_id` BIGINT,
  `ip_white_list` TEXT,
  `two_factor_authentication` VARCHAR(255),
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_system_user_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_system_user_role` FOREIGN KEY (`role`) REFERENCES `system_user_role` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_user_privilege` (
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_id`, `name`),
  CONSTRAINT `fk_system_user_privilege_system_user` FOREIGN KEY (`user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persistent_remember_me_token` (
  `series` VARCHAR(255) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `token_value` VARCHAR(255) NOT NULL,
  `token_date` DATETIME(6) NOT NULL,
  `ip_address` VARCHAR(255),
  `user_agent` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`series`),
  CONSTRAINT `fk_persistent_token_user` FOREIGN KEY (`user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_token` (
  `token_data` VARCHAR(255) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `token_type` CHAR(1) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `user_id` BIGINT,
  `valid_from` DATETIME(6) NOT NULL,
  `valid_until` DATETIME(6) NOT NULL,
  `create_remote_address` VARCHAR(255) NOT NULL,
  `revoked_at` DATETIME(6),
  `revoke_remote_address` VARCHAR(255),
  PRIMARY KEY (`token_data`),
  CONSTRAINT `fk_email_token_system_user` FOREIGN KEY (`user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vetuma_transaction` (
  `vetuma_transaction_id` VARCHAR(255) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `status` CHAR(1) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_token` VARCHAR(255) NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6),
  `user_id` BIGINT,
  `response_so` VARCHAR(255),
  `remote_address` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`vetuma_transaction_id`),
  CONSTRAINT `fk_vetuma_transaction_system_user` FOREIGN KEY (`user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobile_client_device` (
  `mobile_client_device_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `push_token` VARCHAR(255) NOT NULL,
  `platform` VARCHAR(255) NOT NULL,
  `device_name` VARCHAR(255) NOT NULL,
  `client_version` VARCHAR(255) NOT NULL,
  `person_id` BIGINT NOT NULL,
  PRIMARY KEY (`mobile_client_device_id`),
  UNIQUE KEY `uk_mobile_client_device_push_token` (`push_token`),
  CONSTRAINT `fk_mobile_client_device_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jht_training` (
  `jht_training_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `external_id` VARCHAR(255),
  `occupation_type` VARCHAR(255) NOT NULL,
  `training_type` CHAR(1) NOT NULL,
  `training_date` DATE NOT NULL,
  `training_location` TEXT,
  `person_id` BIGINT NOT NULL,
  PRIMARY KEY (`jht_training_id`),
  UNIQUE KEY `uk_jht_training_external_id` (`external_id`),
  CONSTRAINT `fk_jht_training_occupation_type` FOREIGN KEY (`occupation_type`) REFERENCES `occupation_type` (`name`),
  CONSTRAINT `fk_jht_training_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sms_message` (
  `sms_message_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `user_id` BIGINT,
  `direction` VARCHAR(16) NOT NULL,
  `status_code` VARCHAR(255) NOT NULL,
  `status_timestamp` DATETIME(6) NOT NULL,
  `status_message` TEXT,
  `number_from` VARCHAR(35),
  `number_to` VARCHAR(35),
  `message` TEXT,
  PRIMARY KEY (`sms_message_id`),
  CONSTRAINT `fk_sms_message_system_user` FOREIGN KEY (`user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  `organisation_id` BIGINT NOT NULL AUTO_INCREMENT,
  `organisation_type` VARCHAR(255) NOT NULL,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `parent_organisation_id` BIGINT,
  `official_code` VARCHAR(255),
  `name_finnish` VARCHAR(255) NOT NULL,
  `name_swedish` VARCHAR(255) NOT NULL,
  `address_id` BIGINT,
  `email` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `longitude` INT,
  `latitude` INT,
  `accuracy` DOUBLE,
  `altitude` DOUBLE,
  `altitude_accuracy` DOUBLE,
  `geolocation_source` VARCHAR(255),
  `lh_organisation_id` VARCHAR(255),
  `is_at_coast` TINYINT(1),
  `game_species_id` BIGINT,
  `hunting_year` INT,
  `hunting_area_id` BIGINT,
  `hunting_area_size` DECIMAL(10,2),
  `from_moose_data_card` TINYINT(1),
  `moose_area_id` BIGINT,
  `harvest_permit_modification_time` DATETIME(6),
  `harvest_permit_id` BIGINT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `subtype` VARCHAR(255),
  `club_person_id` BIGINT,
  `business_id` VARCHAR(9),
  `association_registry_number` VARCHAR(7),
  `rhy_srva_rotation` VARCHAR(255),
  `rhy_srva_rotation_start` DATE,
  PRIMARY KEY (`organisation_id`),
  UNIQUE KEY `uk_organisation_address` (`address_id`),
  UNIQUE KEY `uk_organisation_type_lh_organisation` (`organisation_type`, `lh_organisation_id`),
  UNIQUE KEY `uk_organisation_type_official_code` (`organisation_type`, `official_code`),
  CONSTRAINT `fk_club_person` FOREIGN KEY (`club_person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_organisation_address` FOREIGN KEY (`address_id`) REFERENCES `address` (`address_id`),
  CONSTRAINT `fk_organisation_game_species` FOREIGN KEY (`game_species_id`) REFERENCES `game_species` (`game_species_id`),
  CONSTRAINT `fk_organisation_harvest_permit` FOREIGN KEY (`harvest_permit_id`) REFERENCES `harvest_permit` (`harvest_permit_id`),
  CONSTRAINT `fk_organisation_parent` FOREIGN KEY (`parent_organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_organisation_type` FOREIGN KEY (`organisation_type`) REFERENCES `organisation_type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `occupation` (
  `occupation_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `organisation_id` BIGINT NOT NULL,
  `person_id` BIGINT NOT NULL,
  `occupation_type` VARCHAR(255) NOT NULL,
  `begin_date` DATE,
  `end_date` DATE,
  `call_order` INT,
  `qualification_year` INT,
  `additional_info` VARCHAR(255),
  `contact_info_share` VARCHAR(255),
  `board_representation` VARCHAR(255),
  `substitute_id` BIGINT,
  `name_visibility` TINYINT(1) NOT NULL,
  `phone_number_visibility` TINYINT(1) NOT NULL,
  `email_visibility` TINYINT(1) NOT NULL,
  PRIMARY KEY (`occupation_id`),
  CONSTRAINT `fk_occupation_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_occupation_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_occupation_substitute_person_id` FOREIGN KEY (`substitute_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_occupation_type` FOREIGN KEY (`occupation_type`) REFERENCES `occupation_type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hunting_club_member_invitation` (
  `hunting_club_member_invitation_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `person_id` BIGINT NOT NULL,
  `hunting_club_id` BIGINT NOT NULL,
  `occupation_type` VARCHAR(255) NOT NULL,
  `user_rejected_time` DATETIME(6),
  PRIMARY KEY (`hunting_club_member_invitation_id`),
  UNIQUE KEY `ndx_hunting_club_member_invitation` (`person_id`, `hunting_club_id`),
  CONSTRAINT `fk_hunting_club_member_invitation_hunting_club` FOREIGN KEY (`hunting_club_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_hunting_club_member_invitation_occupation_type` FOREIGN KEY (`occupation_type`) REFERENCES `occupation_type` (`name`),
  CONSTRAINT `fk_hunting_club_member_invitation_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `occupation_nomination` (
  `occupation_nomination_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `occupation_type` VARCHAR(255) NOT NULL,
  `nomination_status` CHAR(1) NOT NULL DEFAULT 'A',
  `nomination_date` DATE,
  `decision_date` DATE,
  `rhy_id` BIGINT NOT NULL,
  `person_id` BIGINT NOT NULL,
  `rhy_person_id` BIGINT,
  `moderator_user_id` BIGINT,
  `occupation_id` BIGINT,
  PRIMARY KEY (`occupation_nomination_id`),
  CONSTRAINT `fk_occupation_nomination_occupation_id` FOREIGN KEY (`occupation_id`) REFERENCES `occupation` (`occupation_id`),
  CONSTRAINT `fk_occupation_nomination_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_occupation_nomination_rhy_id` FOREIGN KEY (`rhy_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_occupation_nomination_rhy_person_id` FOREIGN KEY (`rhy_person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_occupation_nomination_user_id` FOREIGN KEY (`moderator_user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_hunting_day` (
  `group_hunting_day_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `hunting_group_id` BIGINT NOT NULL,
  `start_date` DATE NOT NULL,
  `snow_depth` SMALLINT,
  `number_of_hunters` SMALLINT,
  `end_date` DATE NOT NULL,
  `start_time` TIME(6) NOT NULL,
  `end_time` TIME(6) NOT NULL,
  `break_duration_minutes` INT,
  `number_of_hounds` INT,
  `hunting_method` INT,
  `moose_data_card_import_id` BIGINT,
  `created_by_system` TINYINT(1),
  PRIMARY KEY (`group_hunting_day_id`),
  UNIQUE KEY `ndx_group_hunting_day_group_start_date` (`hunting_group_id`, `start_date`),
  CONSTRAINT `fk_group_hunting_day_group` FOREIGN KEY (`hunting_group_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_permit` (
  `harvest_permit_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `original_contact_person_id` BIGINT NOT NULL,
  `permit_number` VARCHAR(255) NOT NULL,
  `permit_type` VARCHAR(255) NOT NULL,
  `parsing_info` VARCHAR(255),
  `rhy_id` BIGINT NOT NULL,
  `lh_sync_time` DATETIME(6),
  `permit_type_code` CHAR(3) NOT NULL,
  `harvests_as_list` TINYINT(1) NOT NULL DEFAULT 0,
  `permit_holder_id` BIGINT,
  `original_permit_id` BIGINT,
  `printing_url` VARCHAR(2048),
  `moose_area_id` INT,
  `permit_area_size` INT,
  `harvest_report_state` VARCHAR(255),
  `harvest_report_date` DATETIME(6),
  `harvest_report_author_id` BIGINT,
  `harvest_report_moderator_override` TINYINT(1),
  `permit_decision_id` BIGINT,
  `permit_holder_name` VARCHAR(255),
  `permit_holder_code` VARCHAR(255),
  `permit_holder_type` VARCHAR(255),
  `permit_year` INT NOT NULL,
  `end_of_hunting_report_comments` TEXT,
  PRIMARY KEY (`harvest_permit_id`),
  UNIQUE KEY `harvest_permit_permit_number_key` (`permit_number`),
  CONSTRAINT `fk_harvest_permit_original_permit` FOREIGN KEY (`original_permit_id`) REFERENCES `harvest_permit` (`harvest_permit_id`),
  CONSTRAINT `fk_harvest_permit_owner` FOREIGN KEY (`original_contact_person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_permit_permit_holder` FOREIGN KEY (`permit_holder_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_harvest_permit_report_author` FOREIGN KEY (`harvest_report_author_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_permit_report_state` FOREIGN KEY (`harvest_report_state`) REFERENCES `harvest_report_state` (`name`),
  CONSTRAINT `fk_harvest_permit_rhy` FOREIGN KEY (`rhy_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_permit_application` (
  `harvest_permit_application_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `permit_holder_id` BIGINT,
  `printing_url` TEXT,
  `area_id` BIGINT,
  `rhy_id` BIGINT,
  `status` VARCHAR(255) NOT NULL,
  `contact_person_id` BIGINT,
  `application_number` INT,
  `application_name` VARCHAR(255),
  `shooter_only_club` INT,
  `shooter_other_club_passive` INT,
  `shooter_other_club_active` INT,
  `email1` VARCHAR(255),
  `email2` VARCHAR(255),
  `delivery_by_mail` TINYINT(1),
  `application_year` INT NOT NULL,
  `submit_date` DATETIME(6),
  `locale_id` VARCHAR(255) NOT NULL DEFAULT 'fi_FI',
  `permit_holder_name` VARCHAR(255),
  `permit_holder_code` VARCHAR(255),
  `permit_holder_type` VARCHAR(255),
  `decision_locale_id` VARCHAR(255) NOT NULL DEFAULT 'fi_FI',
  `uuid` CHAR(36),
  `harvest_permit_category` VARCHAR(255) NOT NULL,
  `delivery_address_recipient` VARCHAR(255),
  `delivery_address_street_address` VARCHAR(255),
  `delivery_address_postal_code` VARCHAR(255),
  `delivery_address_city` VARCHAR(255),
  `delivery_address_country_name` VARCHAR(255),
  PRIMARY KEY (`harvest_permit_application_id`),
  UNIQUE KEY `uk_harvest_permit_application_application_number` (`application_number`),
  UNIQUE KEY `uk_harvest_permit_application_uuid` (`uuid`),
  CONSTRAINT `fk_harvest_permit_application_contact_person` FOREIGN KEY (`contact_person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_permit_application_holder` FOREIGN KEY (`permit_holder_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_harvest_permit_application_rhy` FOREIGN KEY (`rhy_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_permit_contact_person` (
  `harvest_permit_contact_person_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `harvest_permit_id` BIGINT NOT NULL,
  `contact_person_id` BIGINT NOT NULL,
  PRIMARY KEY (`harvest_permit_contact_person_id`),
  CONSTRAINT `fk_harvest_permit_contact_person_harvest_permit` FOREIGN KEY (`harvest_permit_id`) REFERENCES `harvest_permit` (`harvest_permit_id`),
  CONSTRAINT `fk_harvest_permit_contact_person_person` FOREIGN KEY (`contact_person_id`) REFERENCES `person` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_permit_species_amount` (
  `harvest_permit_species_amount_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `harvest_permit_id` BIGINT NOT NULL,
  `game_species_id` BIGINT NOT NULL,
  `amount` DECIMAL(6,1),
  `begin_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `begin_date2` DATE,
  `end_date2` DATE,
  `restriction_type` VARCHAR(2),
  `restriction_amount` DECIMAL(6,2),
  `mooselike_hunting_finished` TINYINT(1) NOT NULL DEFAULT 0,
  `hunting_finished_by_moderator` TINYINT(1) NOT NULL DEFAULT 0,
  `nest_amount` INT,
  `egg_amount` INT,
  `construction_amount` INT,
  PRIMARY KEY (`harvest_permit_species_amount_id`),
  CONSTRAINT `fk_harvest_permit_species_amount_game_species` FOREIGN KEY (`game_species_id`) REFERENCES `game_species` (`game_species_id`),
  CONSTRAINT `fk_harvest_permit_species_amount_permit` FOREIGN KEY (`harvest_permit_id`) REFERENCES `harvest_permit` (`harvest_permit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendar_event` (
  `calendar_event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `date` DATETIME(6) NOT NULL,
  `begin_time` TIME(6) NOT NULL,
  `end_time` TIME(6),
  `calendar_event_type` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `organisation_id` BIGINT NOT NULL,
  `venue_id` BIGINT NOT NULL,
  `public_visibility` TINYINT(1) NOT NULL DEFAULT 1,
  `excluded_from_statistics` TINYINT(1) NOT NULL DEFAULT 0,
  `participants` INT,
  `remote_event` TINYINT(1) NOT NULL DEFAULT 0,
  `non_subsidizable` TINYINT(1) NOT NULL DEFAULT 0,
  `passed_attempts` INT,
  `failed_attempts` INT,
  PRIMARY KEY (`calendar_event_id`),
  CONSTRAINT `fk_calendar_event_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_calendar_event_type` FOREIGN KEY (`calendar_event_type`) REFERENCES `calendar_event_type` (`name`),
  CONSTRAINT `fk_calendar_event_venue` FOREIGN KEY (`venue_id`) REFERENCES `venue` (`venue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shooting_test_event` (
  `shooting_test_event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `calendar_event_id` BIGINT NOT NULL,
  `locked_time` DATETIME(6),
  PRIMARY KEY (`shooting_test_event_id`),
  CONSTRAINT `fk_shooting_test_event_calendar_event` FOREIGN KEY (`calendar_event_id`) REFERENCES `calendar_event` (`calendar_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shooting_test_participant` (
  `shooting_test_participant_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `shooting_test_event_id` BIGINT NOT NULL,
  `person_id` BIGINT NOT NULL,
  `moose_test_intended` TINYINT(1) NOT NULL DEFAULT 0,
  `bear_test_intended` TINYINT(1) NOT NULL DEFAULT 0,
  `deer_test_intended` TINYINT(1) NOT NULL DEFAULT 0,
  `bow_test_intended` TINYINT(1) NOT NULL DEFAULT 0,
  `total_due_amount` DECIMAL(6,2),
  `paid_amount` DECIMAL(6,2),
  `registration_time` DATETIME(6) NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `foreign_person_id` BIGINT,
  `hunter_number` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`shooting_test_participant_id`),
  CONSTRAINT `fk_shooting_test_participant_foreign_person` FOREIGN KEY (`foreign_person_id`) REFERENCES `foreign_person` (`foreign_person_id`),
  CONSTRAINT `fk_shooting_test_participant_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_shooting_test_participant_shooting_test_event` FOREIGN KEY (`shooting_test_event_id`) REFERENCES `shooting_test_event` (`shooting_test_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shooting_test_attempt` (
  `shooting_test_attempt_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `participant_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `result` VARCHAR(255) NOT NULL,
  `hits` INT,
  `note` TEXT,
  PRIMARY KEY (`shooting_test_attempt_id`),
  CONSTRAINT `fk_shooting_test_attempt_participant` FOREIGN KEY (`participant_id`) REFERENCES `shooting_test_participant` (`shooting_test_participant_id`),
  CONSTRAINT `fk_shooting_test_attempt_type` FOREIGN KEY (`type`) REFERENCES `shooting_test_type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shooting_test_official` (
  `shooting_test_official_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `shooting_test_event_id` BIGINT NOT NULL,
  `occupation_id` BIGINT NOT NULL,
  `shooting_test_responsible` TINYINT(1),
  PRIMARY KEY (`shooting_test_official_id`),
  CONSTRAINT `fk_shooting_test_official_occupation` FOREIGN KEY (`occupation_id`) REFERENCES `occupation` (`occupation_id`),
  CONSTRAINT `fk_shooting_test_official_shooting_test_event` FOREIGN KEY (`shooting_test_event_id`) REFERENCES `shooting_test_event` (`shooting_test_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hunting_control_event` (
  `hunting_control_event_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `rhy_id` BIGINT NOT NULL,
  `title` VARCHAR(255),
  `inspector_count` INT NOT NULL,
  `cooperation_type` VARCHAR(255),
  `wolf_territory` TINYINT(1) NOT NULL,
  `inspectors` TEXT,
  `latitude` INT,
  `longitude` INT,
  `accuracy` DOUBLE,
  `altitude` DOUBLE,
  `altitude_accuracy` DOUBLE,
  `geolocation_source` VARCHAR(255),
  `geom` GEOMETRY,
  `date` DATE NOT NULL,
  `begin_time` TIME(6) NOT NULL,
  `end_time` TIME(6) NOT NULL,
  `customers` INT NOT NULL,
  `proof_orders` INT NOT NULL,
  `description` TEXT,
  `event_type` VARCHAR(255),
  `other_participants` TEXT,
  `location_description` TEXT,
  `status` VARCHAR(255),
  `mobile_client_ref_id` BIGINT,
  PRIMARY KEY (`hunting_control_event_id`),
  CONSTRAINT `fk_hunting_control_event_rhy` FOREIGN KEY (`rhy_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hunting_control_event_inspector` (
  `hunting_control_event_id` BIGINT NOT NULL,
  `person_id` BIGINT NOT NULL,
  PRIMARY KEY (`hunting_control_event_id`, `person_id`),
  CONSTRAINT `fk_hunting_control_event_inspector_hunting_control_event_id` FOREIGN KEY (`hunting_control_event_id`) REFERENCES `hunting_control_event` (`hunting_control_event_id`),
  CONSTRAINT `fk_hunting_control_event_inspector_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcement` (
  `announcement_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `subject` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `from_user_id` BIGINT NOT NULL,
  `sender_type` VARCHAR(255) NOT NULL,
  `from_organisation_id` BIGINT NOT NULL,
  `visible_to_all` TINYINT(1) NOT NULL DEFAULT 0,
  `rhy_membership_subscriber_id` BIGINT,
  PRIMARY KEY (`announcement_id`),
  CONSTRAINT `fk_announcement_from_organisation` FOREIGN KEY (`from_organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_announcement_membership_subscriber_id` FOREIGN KEY (`rhy_membership_subscriber_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_announcement_user_id` FOREIGN KEY (`from_user_id`) REFERENCES `system_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcement_subscriber` (
  `announcement_subscriber_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `announcement_id` BIGINT NOT NULL,
  `organisation_id` BIGINT,
  `occupation_type` VARCHAR(255),
  PRIMARY KEY (`announcement_subscriber_id`),
  CONSTRAINT `fk_announcement_subscriber_announcement` FOREIGN KEY (`announcement_id`) REFERENCES `announcement` (`announcement_id`),
  CONSTRAINT `fk_announcement_subscriber_occupation_type` FOREIGN KEY (`occupation_type`) REFERENCES `occupation_type` (`name`),
  CONSTRAINT `fk_announcement_subscriber_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest` (
  `harvest_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `latitude` INT NOT NULL,
  `longitude` INT NOT NULL,
  `accuracy` DOUBLE,
  `altitude` DOUBLE,
  `altitude_accuracy` DOUBLE,
  `geolocation_source` VARCHAR(255) NOT NULL,
  `point_of_time` DATETIME(6) NOT NULL,
  `game_species_id` BIGINT NOT NULL,
  `amount` INT NOT NULL,
  `description` TEXT,
  `author_id` BIGINT NOT NULL,
  `mobile_client_ref_id` BIGINT,
  `actual_shooter_id` BIGINT NOT NULL,
  `rhy_id` BIGINT,
  `from_mobile` TINYINT(1),
  `mh_hirvi_id` INT,
  `mh_pienriista_id` INT,
  `harvest_report_required` TINYINT(1) NOT NULL DEFAULT 0,
  `email_reminder_sent_time` DATETIME(6),
  `property_identifier` VARCHAR(255),
  `hunting_area_type` VARCHAR(255),
  `hunting_party` VARCHAR(255),
  `hunting_area_size` DECIMAL(10,2),
  `hunting_method` VARCHAR(255),
  `reported_with_phone_call` TINYINT(1),
  `luke_status` VARCHAR(255),
  `harvest_permit_id` BIGINT,
  `harvest_season_id` BIGINT,
  `harvest_quota_id` BIGINT,
  `state_accepted_to_harvest_permit` VARCHAR(255),
  `group_hunting_day_id` BIGINT,
  `permitted_method_tape_recorders` TINYINT(1),
  `permitted_method_traps` TINYINT(1),
  `permitted_method_other` TINYINT(1),
  `permitted_method_description` VARCHAR(255),
  `municipality_code` CHAR(3),
  `moderator_override` TINYINT(1) NOT NULL DEFAULT 0,
  `approver_to_hunting_day_id` BIGINT,
  `point_of_time_approved_to_hunting_day` DATETIME(6),
  `feeding_place` TINYINT(1),
  `sub_species_code` INT,
  `harvest_report_state` VARCHAR(255),
  `harvest_report_date` DATETIME(6),
  `harvest_report_author_id` BIGINT,
  `harvest_report_memo` TEXT,
  `geom` GEOMETRY NOT NULL,
  `deer_hunting_type` VARCHAR(255),
  `deer_hunting_other_type_description` VARCHAR(255),
  `hunting_club_id` BIGINT,
  PRIMARY KEY (`harvest_id`),
  CONSTRAINT `fk_harvest_actual_shooter` FOREIGN KEY (`actual_shooter_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_approver_to_hunting_day_person_id` FOREIGN KEY (`approver_to_hunting_day_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_author` FOREIGN KEY (`author_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_group_hunting_day` FOREIGN KEY (`group_hunting_day_id`) REFERENCES `group_hunting_day` (`group_hunting_day_id`),
  CONSTRAINT `fk_harvest_harvest_permit` FOREIGN KEY (`harvest_permit_id`) REFERENCES `harvest_permit` (`harvest_permit_id`),
  CONSTRAINT `fk_harvest_harvest_report_author` FOREIGN KEY (`harvest_report_author_id`) REFERENCES `person` (`person_id`),
  CONSTRAINT `fk_harvest_harvest_report_state` FOREIGN KEY (`harvest_report_state`) REFERENCES `harvest_report_state` (`name`),
  CONSTRAINT `fk_harvest_hunting_club` FOREIGN KEY (`hunting_club_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_harvest_rhy` FOREIGN KEY (`rhy_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `fk_harvest_species` FOREIGN KEY (`game_species_id`) REFERENCES `game_species` (`game_species_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_specimen` (
  `harvest_specimen_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `harvest_id` BIGINT NOT NULL,
  `gender` VARCHAR(255),
  `age` VARCHAR(255),
  `weight` DECIMAL(4,1),
  `weight_estimated` DECIMAL(4,1),
  `weight_measured` DECIMAL(4,1),
  `fitness_class` VARCHAR(255),
  `antlers_type` VARCHAR(255),
  `antlers_width` INT,
  `antler_points_left` INT,
  `antler_points_right` INT,
  `additional_info` TEXT,
  `not_edible` TINYINT(1),
  `alone` TINYINT(1),
  `antlers_lost` TINYINT(1),
  `antlers_girth` INT,
  `antlers_length` INT,
  `antlers_inner_width` INT,
  `antler_shaft_width` INT,
  PRIMARY KEY (`harvest_specimen_id`),
  CONSTRAINT `fk_harvest_specimen_harvest` FOREIGN KEY (`harvest_id`) REFERENCES `harvest` (`harvest_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_change_history` (
  `harvest_change_history_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `harvest_id` BIGINT NOT NULL,
  `point_of_time` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `harvest_report_state` VARCHAR(255),
  `reason_for_change` TEXT,
  PRIMARY KEY (`harvest_change_history_id`),
  CONSTRAINT `fk_harvest_change_history_harvest` FOREIGN KEY (`harvest_id`) REFERENCES `harvest` (`harvest_id`),
  CONSTRAINT `fk_harvest_change_history_state` FOREIGN KEY (`harvest_report_state`) REFERENCES `harvest_report_state` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_diary_image` (
  `game_diary_image_id` BIGINT NOT NULL AUTO_INCREMENT,
  `consistency_version` INT NOT NULL DEFAULT 0,
  `created_by_user_id` BIGINT,
  `deleted_by_user_id` BIGINT,
  `modified_by_user_id` BIGINT,
  `creation_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletion_time` DATETIME(6),
  `harvest_id` BIGINT,
  `file_metadata_id` CHAR(36) NOT NULL,
  `observation_id` BIGINT,
  `srva_event_id` BIGINT,
  PRIMARY KEY (`game_diary_image_id`),
  CONSTRAINT `fk_game_diary_image_file_metadata` FOREIGN KEY (`file_metadata_id`) REFERENCES `file_metadata` (`file_metadata_uuid`),
  CONSTRAINT `fk_game_diary_image_harvest` FOREIGN KEY (`harvest_id`) REFERENCES `harvest` (`harvest_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

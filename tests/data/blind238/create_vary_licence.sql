-- Create and vary a licence API (ministryofjustice/create-and-vary-a-licence-api, HMPPS), Flyway migrations
-- src/main/resources/migration/common/V10__ ... V81__*.sql and migration/postgresql/V33__, V36__ at commit
-- a6d373427af616058f25fb9bb42103c797b701c1, MIT. The 72 versioned migrations were replayed in version order into an empty
-- PostgreSQL 15 database and the resulting public schema written as MySQL DDL from the catalog: serial ids as AUTO_INCREMENT,
-- bytea as LONGBLOB, jsonb as JSON, text kept as TEXT except the two text `reference` columns under a unique constraint
-- (VARCHAR(255)). Column names, order and nullability as upstream; primary, unique and foreign keys kept; the two partial
-- unique indexes (WHERE ...), plain indexes and check constraints left out. All 30 tables kept.

CREATE TABLE `licence_status` (
  `status_code` VARCHAR(40) NOT NULL,
  `description` VARCHAR(40),
  PRIMARY KEY (`status_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licence_type` (
  `type_code` VARCHAR(20) NOT NULL,
  `description` VARCHAR(40),
  PRIMARY KEY (`type_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `staff_identifier` BIGINT,
  `username` VARCHAR(40) NOT NULL,
  `email` VARCHAR(200),
  `first_name` VARCHAR(60),
  `last_name` VARCHAR(60),
  `created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `last_updated_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `kind` VARCHAR(30) NOT NULL,
  `delius_staff_code` VARCHAR(7),
  PRIMARY KEY (`id`),
  UNIQUE KEY `community_offender_manager_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licence` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_code` VARCHAR(20),
  `version` VARCHAR(10),
  `status_code` VARCHAR(40),
  `noms_id` VARCHAR(10),
  `booking_no` VARCHAR(10),
  `booking_id` INT,
  `crn` VARCHAR(10),
  `pnc` VARCHAR(20),
  `cro` VARCHAR(15),
  `prison_code` VARCHAR(5),
  `prison_description` VARCHAR(100),
  `prison_telephone` VARCHAR(30),
  `forename` VARCHAR(60),
  `middle_names` VARCHAR(60),
  `surname` VARCHAR(60),
  `date_of_birth` DATE,
  `conditional_release_date` DATE,
  `actual_release_date` DATE,
  `sentence_start_date` DATE,
  `sentence_end_date` DATE,
  `licence_start_date` DATE,
  `licence_expiry_date` DATE,
  `topup_supervision_start_date` DATE,
  `topup_supervision_expiry_date` DATE,
  `probation_area_code` VARCHAR(20),
  `probation_area_description` VARCHAR(60),
  `probation_pdu_code` VARCHAR(20),
  `probation_pdu_description` VARCHAR(60),
  `probation_lau_code` VARCHAR(20),
  `probation_lau_description` VARCHAR(60),
  `probation_team_code` VARCHAR(20),
  `probation_team_description` VARCHAR(60),
  `spo_discussion` VARCHAR(4),
  `vlo_discussion` VARCHAR(20),
  `variation_of_id` INT,
  `approved_date` DATETIME,
  `approved_by_username` VARCHAR(100),
  `approved_by_name` VARCHAR(100),
  `superseded_date` DATETIME,
  `responsible_com_id` INT,
  `created_by_com_id` INT,
  `submitted_by_com_id` INT,
  `date_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `created_by_username` VARCHAR(100),
  `date_last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_by_username` VARCHAR(100),
  `version_of_id` INT,
  `licence_activated_date` DATETIME,
  `licence_version` VARCHAR(10),
  `submitted_date` DATETIME,
  `kind` VARCHAR(20) NOT NULL,
  `created_by_ca_id` INT,
  `submitted_by_ca_id` INT,
  `review_date` DATETIME,
  `substitute_of_id` INT,
  `updated_by_id` INT,
  `post_recall_release_date` DATE,
  `home_detention_curfew_actual_date` DATE,
  `home_detention_curfew_end_date` DATE,
  `eligible_kind` VARCHAR(20),
  `home_detention_curfew_eligibility_date` DATE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`type_code`) REFERENCES `licence_type` (`type_code`),
  FOREIGN KEY (`status_code`) REFERENCES `licence_status` (`status_code`),
  FOREIGN KEY (`variation_of_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`responsible_com_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`created_by_com_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`submitted_by_com_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`version_of_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`created_by_ca_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`submitted_by_ca_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`substitute_of_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_condition` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `condition_category` TEXT NOT NULL,
  `condition_code` VARCHAR(50) NOT NULL,
  `condition_sequence` INT,
  `condition_text` TEXT NOT NULL,
  `condition_type` VARCHAR(20) NOT NULL,
  `expanded_condition_text` TEXT NOT NULL,
  `condition_version` VARCHAR(6),
  `condition_text_plural` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_condition_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `additional_condition_id` INT,
  `data_sequence` INT,
  `data_field` VARCHAR(60),
  `data_value` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`additional_condition_id`) REFERENCES `additional_condition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_condition_upload` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `additional_condition_id` INT,
  `filename` VARCHAR(200),
  `file_type` VARCHAR(60),
  `file_size` INT,
  `uploaded_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `description` TEXT,
  `thumbnail_image_ds_uuid` VARCHAR(36),
  `image_type` VARCHAR(30),
  `image_size` INT,
  `original_data_ds_uuid` VARCHAR(36),
  `full_size_image_ds_uuid` VARCHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`additional_condition_id`) REFERENCES `additional_condition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_condition_upload_detail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `additional_condition_id` INT,
  `original_data` LONGBLOB,
  `full_size_image` LONGBLOB,
  `full_size_image_ds_uuid` VARCHAR(36),
  `original_data_ds_uuid` VARCHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_condition_upload_summary` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `additional_condition_id` INT,
  `filename` VARCHAR(200),
  `file_type` VARCHAR(60),
  `file_size` INT,
  `uploaded_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `description` TEXT,
  `thumbnail_image` LONGBLOB,
  `upload_detail_id` INT,
  `thumbnail_image_ds_uuid` VARCHAR(36),
  `image_type` VARCHAR(30),
  `image_size` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uprn` TEXT,
  `reference` VARCHAR(255) NOT NULL,
  `first_line` TEXT NOT NULL,
  `second_line` TEXT,
  `town_or_city` TEXT NOT NULL,
  `county` TEXT,
  `postcode` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `last_updated_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `event_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `username` VARCHAR(100),
  `full_name` VARCHAR(80),
  `event_type` VARCHAR(40) NOT NULL,
  `summary` TEXT,
  `detail` TEXT,
  `changes` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bespoke_condition` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `condition_sequence` INT,
  `condition_text` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `curfew_times` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_day` VARCHAR(9),
  `from_time` TIME,
  `until_day` VARCHAR(9),
  `until_time` TIME,
  `curfew_times_sequence` INT,
  `created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `electronic_monitoring_provider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT NOT NULL,
  `is_to_be_tagged_for_programme` TINYINT(1),
  `programme_name` TEXT,
  `date_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `date_last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `electronic_monitoring_provider_licence_id_key` (`licence_id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hdc_curfew_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `first_line` TEXT NOT NULL,
  `second_line` TEXT,
  `town_or_city` TEXT NOT NULL,
  `county` TEXT,
  `postcode` TEXT NOT NULL,
  `reference` VARCHAR(255) NOT NULL,
  `uprn` TEXT,
  `source` TEXT NOT NULL,
  `accommodation_type` TEXT NOT NULL,
  `post_release_residential_checks_completed` TINYINT(1),
  `post_release_residential_checks_not_completed_reason` TEXT,
  `created_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_updated_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_hdc_curfew_address_reference` (`reference`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hdc_first_night_curfew_times` (
  `licence_id` INT NOT NULL,
  `curfew_time_id` INT NOT NULL,
  PRIMARY KEY (`licence_id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`curfew_time_id`) REFERENCES `curfew_times` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hdc_migration_condition_meta_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `licence_id` BIGINT NOT NULL,
  `condition_id` BIGINT NOT NULL,
  `hdc_condition_code` VARCHAR(50) NOT NULL,
  `hdc_condition_version` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hdc_migration_meta_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `licence_id` BIGINT NOT NULL,
  `hdc_licence_version_id` BIGINT NOT NULL,
  `licence_version` INT NOT NULL,
  `vary_version` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_hdc_licence_id` (`hdc_licence_version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hdc_weekly_curfew_times` (
  `licence_id` INT NOT NULL,
  `curfew_time_id` INT NOT NULL,
  PRIMARY KEY (`licence_id`, `curfew_time_id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`curfew_time_id`) REFERENCES `curfew_times` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `probation_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `appointment_type` VARCHAR(100),
  `person` VARCHAR(100),
  `appointment_time_type` VARCHAR(100),
  `appointment_time` DATETIME,
  `address_text` VARCHAR(240),
  `telephone_contact_number` VARCHAR(30),
  `alternative_telephone_contact_number` VARCHAR(30),
  `date_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `date_last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licence_appointment` (
  `licence_id` INT NOT NULL,
  `appointment_id` INT NOT NULL,
  PRIMARY KEY (`licence_id`, `appointment_id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `probation_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licence_document` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `created_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `s3_location` VARCHAR(200),
  `document_name` VARCHAR(100),
  `expiry_tme` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `meta_data` VARCHAR(100),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licence_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT,
  `event_type` VARCHAR(50),
  `username` VARCHAR(100),
  `forenames` VARCHAR(100),
  `surname` VARCHAR(100),
  `event_description` TEXT,
  `event_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omu_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prison_code` VARCHAR(255),
  `email` VARCHAR(255),
  `date_created` DATETIME,
  `date_last_updated` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `potential_hardstop_case` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT NOT NULL,
  `status` VARCHAR(255),
  `date_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `date_last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `probation_contact_appointment_address` (
  `appointment_id` INT NOT NULL,
  `address_id` INT NOT NULL,
  PRIMARY KEY (`appointment_id`, `address_id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `probation_contact` (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_saved_appointment_address` (
  `staff_id` INT NOT NULL,
  `address_id` INT NOT NULL,
  PRIMARY KEY (`staff_id`, `address_id`),
  FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`address_id`) REFERENCES `address` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `standard_condition` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` INT NOT NULL,
  `condition_code` VARCHAR(50) NOT NULL,
  `condition_sequence` INT NOT NULL,
  `condition_text` TEXT NOT NULL,
  `condition_type` VARCHAR(20) NOT NULL,
  `condition_version` VARCHAR(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_served_external_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `noms_id` VARCHAR(7) NOT NULL,
  `booking_id` INT NOT NULL,
  `reason` TEXT NOT NULL,
  `prison_code` VARCHAR(3),
  `updated_by_ca_id` INT NOT NULL,
  `date_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `date_last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`updated_by_ca_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_served_probation_confirm_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_id` BIGINT NOT NULL,
  `confirmed_by_username` VARCHAR(100) NOT NULL,
  `contact_status` VARCHAR(50) NOT NULL,
  `communication_methods` TEXT NOT NULL,
  `other_detail` TEXT,
  `date_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Visit scheduler / Manage prison visits API (ministryofjustice/visit-scheduler, HMPPS "Visit someone in prison"),
-- Flyway migrations src/main/resources/db/migration/V1_0__ ... V4_9__*.sql plus the repeatable data/R__*.sql at commit
-- d1526981536b1a96b1fe0e248192122abc7deb73, MIT. The migrations were replayed in Flyway order into an empty PostgreSQL 15
-- database and the resulting public schema written as MySQL DDL from the catalog: serial ids as AUTO_INCREMENT, text kept
-- as TEXT except text columns under a unique constraint (VARCHAR(255)). Column names, order and nullability as upstream;
-- primary, unique and foreign keys kept, except the key visit_external_system_details.visit_id (bigint) -> visit.id
-- (integer), which MariaDB refuses for the differing types (the column kept with upstream's type); plain and partial indexes
-- left out, as is the check constraint on visit status / sub-status. All 34 tables kept.

CREATE TABLE `actioned_by` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `booker_reference` VARCHAR(255),
  `user_name` VARCHAR(60),
  `user_type` VARCHAR(80) NOT NULL,
  `create_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actioned_by_booker_reference_key` (`booker_reference`),
  UNIQUE KEY `actioned_by_user_name_key` (`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prison_id` INT NOT NULL,
  `prisoner_id` VARCHAR(80) NOT NULL,
  `session_slot_id` INT,
  `reserved_slot` TINYINT(1) NOT NULL DEFAULT 1,
  `reference` VARCHAR(255),
  `visit_type` VARCHAR(80),
  `restriction` VARCHAR(80),
  `visit_id` INT,
  `created_by` VARCHAR(60),
  `create_timestamp` DATETIME,
  `modify_timestamp` DATETIME,
  `user_type` VARCHAR(80) NOT NULL DEFAULT 'STAFF',
  `application_status` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_reference_key` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_id` INT NOT NULL,
  `contact_name` VARCHAR(80) NOT NULL,
  `contact_phone` VARCHAR(40),
  `contact_email` VARCHAR(255),
  `language_preference` VARCHAR(2) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_contact_application_id_key` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_support` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_id` INT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_support_unique_constraint` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_visitor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_id` INT NOT NULL,
  `nomis_person_id` INT NOT NULL,
  `visit_contact` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_visitor_application_id_nomis_person_id_key` (`application_id`, `nomis_person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_audit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `booking_reference` TEXT,
  `application_reference` TEXT,
  `session_template_reference` TEXT,
  `actioned_by_id` INT NOT NULL,
  `type` VARCHAR(90) NOT NULL,
  `application_method_type` VARCHAR(90) NOT NULL,
  `text` TEXT,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legacy_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_id` INT NOT NULL,
  `lead_person_id` INT,
  `migrate_date_time` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permitted_session_location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `level_one_code` VARCHAR(10) NOT NULL,
  `level_two_code` VARCHAR(10),
  `level_three_code` VARCHAR(10),
  `level_four_code` VARCHAR(10),
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prison` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(3) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `max_total_visitors` INT NOT NULL DEFAULT 10,
  `max_adult_visitors` INT NOT NULL DEFAULT 10,
  `max_child_visitors` INT NOT NULL DEFAULT 10,
  `adult_age_years` INT NOT NULL DEFAULT 18,
  `week_start_day` VARCHAR(10) NOT NULL DEFAULT 'MONDAY',
  `remand_visit_limit_per_week` INT NOT NULL DEFAULT 3,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prison_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prison_exclude_date` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prison_id` INT NOT NULL,
  `exclude_date` DATE NOT NULL,
  `actioned_by` VARCHAR(60) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prison_user_client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prison_id` INT NOT NULL,
  `user_type` VARCHAR(80) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `policy_notice_days_min` INT NOT NULL DEFAULT 2,
  `policy_notice_days_max` INT NOT NULL DEFAULT 28,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prison_user_client_unq_prison_user_type` (`prison_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_category_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `prison_id` INT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_category_group_reference_key` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_incentive_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `prison_id` INT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_incentive_group_reference_key` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_location_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `prison_id` INT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_location_group_reference_key` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_prisoner_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(100) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `session_category_group_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_prisoner_incentive` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(100) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `session_incentive_group_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_slot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `session_template_reference` VARCHAR(255),
  `prison_id` INT NOT NULL,
  `slot_date` DATE NOT NULL,
  `slot_start` DATETIME NOT NULL,
  `slot_end` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_slot_reference_key` (`reference`),
  UNIQUE KEY `session_slot_session_template_reference_prison_id_slot_star_key` (`session_template_reference`, `prison_id`, `slot_start`, `slot_end`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_template` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_room` VARCHAR(255) NOT NULL,
  `visit_type` VARCHAR(80) NOT NULL,
  `open_capacity` INT NOT NULL,
  `closed_capacity` INT NOT NULL,
  `start_time` TIME NOT NULL,
  `end_time` TIME NOT NULL,
  `valid_from_date` DATE NOT NULL,
  `valid_to_date` DATE,
  `day_of_week` VARCHAR(40) NOT NULL,
  `prison_id` INT NOT NULL,
  `create_timestamp` DATETIME,
  `modify_timestamp` DATETIME,
  `name` VARCHAR(100) NOT NULL,
  `reference` VARCHAR(255) NOT NULL,
  `weekly_frequency` INT NOT NULL DEFAULT 1,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `include_location_group_type` TINYINT(1) NOT NULL DEFAULT 1,
  `include_category_group_type` TINYINT(1) NOT NULL DEFAULT 1,
  `include_incentive_group_type` TINYINT(1) NOT NULL DEFAULT 1,
  `visit_order_restriction` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_template_reference_key` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_template_exclude_date` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_template_id` INT NOT NULL,
  `exclude_date` DATE NOT NULL,
  `actioned_by` VARCHAR(60) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_template_user_client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_template_id` INT NOT NULL,
  `user_type` VARCHAR(80) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_template_id`) REFERENCES `session_template` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_to_category_group` (
  `session_template_id` INT NOT NULL,
  `session_category_group_id` INT NOT NULL,
  PRIMARY KEY (`session_template_id`, `session_category_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_to_incentive_group` (
  `session_template_id` INT NOT NULL,
  `session_incentive_group_id` INT NOT NULL,
  PRIMARY KEY (`session_template_id`, `session_incentive_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_to_location_group` (
  `session_template_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`session_template_id`, `group_id`),
  FOREIGN KEY (`session_template_id`) REFERENCES `session_template` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `session_location_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shedlock` (
  `name` VARCHAR(64) NOT NULL,
  `lock_until` DATETIME(3),
  `locked_at` DATETIME(3),
  `locked_by` VARCHAR(255),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prison_id` INT NOT NULL,
  `prisoner_id` VARCHAR(80) NOT NULL,
  `session_slot_id` INT,
  `reference` TEXT NOT NULL,
  `visit_type` VARCHAR(80) NOT NULL,
  `visit_room` VARCHAR(255) NOT NULL,
  `visit_status` VARCHAR(80) NOT NULL,
  `visit_restriction` VARCHAR(80) NOT NULL,
  `outcome_status` VARCHAR(40),
  `created_by` VARCHAR(60) NOT NULL DEFAULT 'NOT_KNOWN',
  `updated_by` VARCHAR(60),
  `cancelled_by` VARCHAR(60),
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `modify_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `user_type` VARCHAR(80) NOT NULL DEFAULT 'STAFF',
  `visit_sub_status` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_id` INT NOT NULL,
  `contact_name` VARCHAR(80) NOT NULL,
  `contact_phone` VARCHAR(40),
  `contact_email` VARCHAR(255),
  `language_preference` VARCHAR(2) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  UNIQUE KEY `visit_contact_visit_id_key` (`visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_external_system_details` (
  `visit_id` BIGINT NOT NULL,
  `client_name` VARCHAR(255) NOT NULL,
  `client_reference` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`visit_id`),
  UNIQUE KEY `uc_visit_external_system_details_visit` (`visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_id` INT NOT NULL,
  `type` VARCHAR(80) NOT NULL,
  `text` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visit_notes_visit_id_type_key` (`visit_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_notification_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `booking_reference` TEXT NOT NULL,
  `type` VARCHAR(80) NOT NULL,
  `create_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `reference` TEXT NOT NULL,
  `visit_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`visit_id`) REFERENCES `visit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_notification_event_attribute` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_notification_event_id` INT NOT NULL,
  `attribute_name` VARCHAR(80) NOT NULL,
  `attribute_value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`visit_notification_event_id`) REFERENCES `visit_notification_event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_notify_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_audit_id` INT NOT NULL,
  `notification_id` VARCHAR(36) NOT NULL,
  `notification_type` VARCHAR(6) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `template_id` VARCHAR(36),
  `template_version` VARCHAR(12),
  `sent_at` DATETIME,
  `completed_at` DATETIME,
  `created_at` DATETIME,
  `sent_to` VARCHAR(250),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_audit_id`) REFERENCES `event_audit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_support` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_id` INT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visit_support_unique_constraint` (`visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_visitor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visit_id` INT NOT NULL,
  `nomis_person_id` INT NOT NULL,
  `visit_contact` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `visit_visitor_visit_id_nomis_person_id_key` (`visit_id`, `nomis_person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vsip_reporting` (
  `report_name` VARCHAR(80) NOT NULL,
  `last_report_date` DATE,
  PRIMARY KEY (`report_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

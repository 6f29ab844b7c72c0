-- eVaka (City of Espoo and partner municipalities: early childhood education and daycare)
-- Upstream: github.com/espoon-voltti/evaka `docs/db/schema.sql` (pg_dump of the schema the Flyway migrations in
-- service/src/main/resources/db/migration produce), repository commit 135045f5875284065ae71ed1c45a937e97712e3e
-- (schema.sql last changed in daa0641d578ea6e769d12face1de1cd8a63438dd). Licence: LGPL-2.1-or-later (REUSE).
-- Converted to MySQL/MariaDB: the dump was loaded into a scratch PostgreSQL database and each kept table's columns
-- (names, order, types, NOT NULL), primary keys, unique constraints, plain unique indexes and foreign keys read from
-- the catalogue. Types: uuid -> CHAR(36); text -> TEXT (VARCHAR(255) where it is part of a key); varchar(n) kept;
-- timestamptz/timestamp -> DATETIME(6); time -> TIME; boolean -> TINYINT(1); numeric(p,s) -> DECIMAL(p,s), bare
-- numeric -> DECIMAL(20,6); jsonb -> JSON; PostgreSQL enum types -> ENUM with upstream's values; arrays, tsvector and
-- datemultirange -> TEXT; daterange, point, interval and the timerange domain -> VARCHAR. Generated (STORED)
-- columns are plain columns here. Defaults, CHECK and EXCLUDE constraints, partial/expression indexes, views,
-- functions and triggers are left out. 64 of 136 tables kept; foreign keys to tables left out are dropped, and the
-- one foreign key closing a cycle (daycare.finance_decision_handler -> employee) is added at the end.

CREATE TABLE `person` (
  `id` CHAR(36) NOT NULL,
  `social_security_number` VARCHAR(255),
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` TEXT,
  `aad_object_id` CHAR(36),
  `language` TEXT,
  `date_of_birth` DATE NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `street_address` TEXT NOT NULL,
  `postal_code` TEXT NOT NULL,
  `post_office` TEXT NOT NULL,
  `nationalities` TEXT NOT NULL,
  `restricted_details_enabled` TINYINT(1),
  `restricted_details_end_date` DATE,
  `phone` TEXT NOT NULL,
  `updated_from_vtj` DATETIME(6),
  `invoicing_street_address` TEXT NOT NULL,
  `invoicing_postal_code` TEXT NOT NULL,
  `invoicing_post_office` TEXT NOT NULL,
  `invoice_recipient_name` TEXT NOT NULL,
  `date_of_death` DATE,
  `residence_code` TEXT NOT NULL,
  `force_manual_fee_decisions` TINYINT(1) NOT NULL,
  `backup_phone` TEXT NOT NULL,
  `last_login` DATETIME(6),
  `freetext_vec` TEXT,
  `oph_person_oid` TEXT,
  `vtj_guardians_queried` DATETIME(6),
  `vtj_dependants_queried` DATETIME(6),
  `ssn_adding_disabled` TINYINT(1) NOT NULL,
  `preferred_name` TEXT NOT NULL,
  `duplicate_of` CHAR(36),
  `keycloak_email` TEXT,
  `disabled_email_types` TEXT NOT NULL,
  `municipality_of_residence` TEXT NOT NULL,
  `verified_email` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_identitynumber_key` (`social_security_number`),
  UNIQUE KEY `uniq$person_aad_object_id` (`aad_object_id`),
  FOREIGN KEY (`duplicate_of`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meal_texture` (
  `id` INT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `special_diet` (
  `id` INT NOT NULL,
  `abbreviation` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child` (
  `id` CHAR(36) NOT NULL,
  `allergies` TEXT NOT NULL,
  `diet` TEXT NOT NULL,
  `additionalinfo` TEXT NOT NULL,
  `medication` TEXT NOT NULL,
  `language_at_home` TEXT NOT NULL,
  `language_at_home_details` TEXT NOT NULL,
  `diet_id` INT,
  `meal_texture_id` INT,
  `nekku_diet` ENUM('VEGAN','VEGETABLE'),
  `participates_in_breakfast` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`diet_id`) REFERENCES `special_diet` (`id`),
  FOREIGN KEY (`meal_texture_id`) REFERENCES `meal_texture` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian` (
  `guardian_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  UNIQUE KEY `unique_guardian_child` (`guardian_id`, `child_id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`guardian_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian_blocklist` (
  `guardian_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  UNIQUE KEY `uniq$guardian_blocklist_guardian_child` (`guardian_id`, `child_id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`guardian_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `care_area` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `area_code` INT,
  `sub_cost_center` TEXT,
  `short_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `care_area_short_name_unique` (`short_name`),
  UNIQUE KEY `uniq$care_area_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daycare` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `care_area_id` CHAR(36) NOT NULL,
  `phone` TEXT,
  `url` TEXT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `backup_location` TEXT,
  `opening_date` DATE,
  `closing_date` DATE,
  `email` TEXT,
  `schedule` TEXT,
  `additional_info` TEXT,
  `cost_center` TEXT,
  `upload_to_varda` TINYINT(1) NOT NULL,
  `capacity` INT NOT NULL,
  `decision_daycare_name` TEXT NOT NULL,
  `decision_preschool_name` TEXT NOT NULL,
  `decision_handler` TEXT NOT NULL,
  `decision_handler_address` TEXT NOT NULL,
  `street_address` TEXT NOT NULL,
  `postal_code` TEXT NOT NULL,
  `post_office` TEXT NOT NULL,
  `mailing_po_box` TEXT,
  `location` VARCHAR(64),
  `mailing_street_address` TEXT,
  `mailing_postal_code` TEXT,
  `mailing_post_office` TEXT,
  `invoiced_by_municipality` TINYINT(1) NOT NULL,
  `provider_type` ENUM('MUNICIPAL','PURCHASED','PRIVATE','MUNICIPAL_SCHOOL','PRIVATE_SERVICE_VOUCHER','EXTERNAL_PURCHASED') NOT NULL,
  `language` ENUM('fi','sv','en') NOT NULL,
  `upload_to_koski` TINYINT(1) NOT NULL,
  `oph_unit_oid` TEXT,
  `oph_organizer_oid` TEXT,
  `ghost_unit` TINYINT(1),
  `daycare_apply_period` VARCHAR(64),
  `preschool_apply_period` VARCHAR(64),
  `club_apply_period` VARCHAR(64),
  `finance_decision_handler` CHAR(36),
  `enabled_pilot_features` TEXT NOT NULL,
  `upload_children_to_varda` TINYINT(1) NOT NULL,
  `business_id` TEXT NOT NULL,
  `iban` TEXT NOT NULL,
  `provider_id` TEXT NOT NULL,
  `operation_times` TEXT NOT NULL,
  `operation_days` TEXT,
  `unit_manager_name` TEXT NOT NULL,
  `unit_manager_phone` TEXT NOT NULL,
  `unit_manager_email` TEXT NOT NULL,
  `dw_cost_center` TEXT,
  `daily_preschool_time` VARCHAR(32),
  `daily_preparatory_time` VARCHAR(32),
  `mealtime_breakfast` VARCHAR(32),
  `mealtime_lunch` VARCHAR(32),
  `mealtime_snack` VARCHAR(32),
  `mealtime_supper` VARCHAR(32),
  `mealtime_evening_snack` VARCHAR(32),
  `shift_care_operation_times` TEXT,
  `shift_care_operation_days` TEXT,
  `provides_shift_care` TINYINT(1),
  `shift_care_open_on_holidays` TINYINT(1) NOT NULL,
  `with_school` TINYINT(1) NOT NULL,
  `preschool_manager_name` TEXT NOT NULL,
  `preschool_manager_phone` TEXT NOT NULL,
  `preschool_manager_email` TEXT NOT NULL,
  `service_worker_note` TEXT NOT NULL,
  `partner_code` TEXT NOT NULL,
  `nekku_order_reduction_percentage` INT NOT NULL,
  `nekku_no_weekend_meal_orders` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`care_area_id`) REFERENCES `care_area` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee` (
  `id` CHAR(36) NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` TEXT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `roles` TEXT NOT NULL,
  `external_id` VARCHAR(255),
  `last_login` DATETIME(6),
  `employee_number` VARCHAR(255),
  `preferred_first_name` TEXT,
  `temporary_in_unit_id` CHAR(36),
  `active` TINYINT(1) NOT NULL,
  `social_security_number` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `employee_employee_number_key` (`employee_number`),
  UNIQUE KEY `uniq$employee_external_id` (`external_id`),
  UNIQUE KEY `uniq$employee_ssn` (`social_security_number`),
  FOREIGN KEY (`temporary_in_unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobile_device` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `unit_id` CHAR(36),
  `name` TEXT NOT NULL,
  `long_term_token` CHAR(36),
  `employee_id` CHAR(36),
  `last_seen` DATETIME(6),
  `user_agent` TEXT,
  `push_notification_categories` TEXT NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaka_user` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('SYSTEM','CITIZEN','EMPLOYEE','MOBILE_DEVICE','UNKNOWN') NOT NULL,
  `citizen_id` CHAR(36),
  `employee_id` CHAR(36),
  `mobile_device_id` CHAR(36),
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`citizen_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`mobile_device_id`) REFERENCES `mobile_device` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `foster_parent` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36) NOT NULL,
  `valid_during` VARCHAR(64) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_contact` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `contact_person_id` CHAR(36) NOT NULL,
  `priority` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_child_contact_person_pair` (`child_id`, `contact_person_id`),
  UNIQUE KEY `unique_child_priority_pair` (`child_id`, `priority`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`contact_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_pickup` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `phone` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `sentdate` DATE,
  `duedate` DATE,
  `guardian_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `checkedbyadmin` TINYINT(1) NOT NULL,
  `hidefromguardian` TINYINT(1) NOT NULL,
  `transferapplication` TINYINT(1) NOT NULL,
  `additionaldaycareapplication` TINYINT(1) NOT NULL,
  `status` ENUM('CREATED','SENT','WAITING_PLACEMENT','WAITING_DECISION','WAITING_MAILING','WAITING_CONFIRMATION','REJECTED','ACTIVE','CANCELLED','TERMINATED','DEPRECATED','WAITING_UNIT_CONFIRMATION') NOT NULL,
  `origin` ENUM('ELECTRONIC','PAPER') NOT NULL,
  `duedate_set_manually_at` DATETIME(6),
  `service_worker_note` TEXT NOT NULL,
  `type` ENUM('CLUB','DAYCARE','PRESCHOOL') NOT NULL,
  `allow_other_guardian_access` TINYINT(1) NOT NULL,
  `document` JSON NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `process_id` CHAR(36),
  `created_by` CHAR(36) NOT NULL,
  `status_modified_at` DATETIME(6),
  `status_modified_by` CHAR(36),
  `confidential` TINYINT(1),
  `modified_by` CHAR(36) NOT NULL,
  `primary_preferred_unit` CHAR(36),
  `senttime` TIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`guardian_id`) REFERENCES `person` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`status_modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`primary_preferred_unit`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fridge_child` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `head_of_child` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `conflict` TINYINT(1) NOT NULL,
  `create_source` ENUM('USER','APPLICATION','DVV'),
  `created_by_user` CHAR(36),
  `created_by_application` CHAR(36),
  `modify_source` ENUM('USER','DVV'),
  `modified_by_user` CHAR(36),
  `modified_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$fridge_child_no_full_duplicates` (`head_of_child`, `child_id`, `start_date`, `end_date`, `conflict`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by_application`) REFERENCES `application` (`id`),
  FOREIGN KEY (`created_by_user`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`head_of_child`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`modified_by_user`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fridge_partner` (
  `partnership_id` CHAR(36) NOT NULL,
  `indx` SMALLINT NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `conflict` TINYINT(1) NOT NULL,
  `other_indx` SMALLINT NOT NULL,
  `create_source` ENUM('USER','APPLICATION','DVV'),
  `created_by` CHAR(36),
  `modify_source` ENUM('USER','DVV'),
  `modified_at` DATETIME(6),
  `modified_by` CHAR(36),
  `created_from_application` CHAR(36),
  PRIMARY KEY (`partnership_id`, `indx`),
  UNIQUE KEY `unique_partnership_person` (`partnership_id`, `person_id`),
  FOREIGN KEY (`partnership_id`, `other_indx`) REFERENCES `fridge_partner` (`partnership_id`, `indx`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`created_from_application`) REFERENCES `application` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_pin` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `pin` TEXT NOT NULL,
  `locked` TINYINT(1) NOT NULL,
  `failure_count` SMALLINT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx$pin_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `employee` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `citizen_user` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `last_strong_login` DATETIME(6),
  `last_weak_login` DATETIME(6),
  `username` VARCHAR(255),
  `username_updated_at` DATETIME(6),
  `password` JSON,
  `password_updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$citizen_user_username` (`username`),
  FOREIGN KEY (`id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_email_verification` (
  `id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email` TEXT NOT NULL,
  `verification_code` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `sent_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$person_email_verification_person` (`person_id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daycare_group` (
  `id` CHAR(36) NOT NULL,
  `daycare_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE,
  `jamix_customer_number` INT,
  `aromi_customer_id` TEXT,
  `nekku_customer_number` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`daycare_id`) REFERENCES `daycare` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daycare_acl` (
  `daycare_id` CHAR(36) NOT NULL,
  `employee_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `role` ENUM('ADMIN','DIRECTOR','REPORT_VIEWER','FINANCE_ADMIN','SERVICE_WORKER','UNIT_SUPERVISOR','STAFF','SPECIAL_EDUCATION_TEACHER','EARLY_CHILDHOOD_EDUCATION_SECRETARY','MOBILE','GROUP_STAFF','MESSAGING','FINANCE_STAFF') NOT NULL,
  `end_date` DATE,
  UNIQUE KEY `daycare_acl_daycare_id_employee_id_idx` (`daycare_id`, `employee_id`),
  UNIQUE KEY `daycare_acl_employee_id_daycare_id_idx` (`employee_id`, `daycare_id`),
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`daycare_id`) REFERENCES `daycare` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_need_option` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `name_fi` TEXT NOT NULL,
  `valid_placement_type` ENUM('DAYCARE','PRESCHOOL','PRESCHOOL_DAYCARE','PRESCHOOL_DAYCARE_ONLY','PRESCHOOL_CLUB','DAYCARE_PART_TIME','PREPARATORY','PREPARATORY_DAYCARE','PREPARATORY_DAYCARE_ONLY','CLUB','TEMPORARY_DAYCARE','TEMPORARY_DAYCARE_PART_DAY','DAYCARE_FIVE_YEAR_OLDS','DAYCARE_PART_TIME_FIVE_YEAR_OLDS','SCHOOL_SHIFT_CARE') NOT NULL,
  `fee_coefficient` DECIMAL(6,2) NOT NULL,
  `occupancy_coefficient` DECIMAL(4,2) NOT NULL,
  `part_day` TINYINT(1) NOT NULL,
  `part_week` TINYINT(1),
  `daycare_hours_per_week` INT NOT NULL,
  `default_option` TINYINT(1) NOT NULL,
  `fee_description_fi` TEXT NOT NULL,
  `fee_description_sv` TEXT NOT NULL,
  `voucher_value_description_fi` TEXT NOT NULL,
  `voucher_value_description_sv` TEXT NOT NULL,
  `display_order` INT,
  `name_sv` TEXT NOT NULL,
  `name_en` TEXT NOT NULL,
  `contract_days_per_month` INT,
  `occupancy_coefficient_under_3y` DECIMAL(4,2) NOT NULL,
  `show_for_citizen` TINYINT(1) NOT NULL,
  `realized_occupancy_coefficient` DECIMAL(4,2) NOT NULL,
  `realized_occupancy_coefficient_under_3y` DECIMAL(4,2) NOT NULL,
  `daycare_hours_per_month` INT,
  `valid_from` DATE NOT NULL,
  `valid_to` DATE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_template` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` TEXT NOT NULL,
  `type` ENUM('PEDAGOGICAL_REPORT','PEDAGOGICAL_ASSESSMENT','HOJKS','MIGRATED_VASU','MIGRATED_LEOPS','VASU','LEOPS','CITIZEN_BASIC','OTHER_DECISION','OTHER','MIGRATED_DAYCARE_ASSISTANCE_NEED_DECISION','MIGRATED_PRESCHOOL_ASSISTANCE_NEED_DECISION') NOT NULL,
  `language` ENUM('FI','SV','EN') NOT NULL,
  `confidential` TINYINT(1) NOT NULL,
  `legal_basis` TEXT NOT NULL,
  `validity` VARCHAR(64) NOT NULL,
  `published` TINYINT(1) NOT NULL,
  `content` JSON NOT NULL,
  `process_definition_number` TEXT,
  `archive_duration_months` SMALLINT,
  `placement_types` TEXT NOT NULL,
  `confidentiality_duration_years` SMALLINT,
  `confidentiality_basis` TEXT,
  `archive_externally` TINYINT(1) NOT NULL,
  `end_decision_when_unit_changes` TINYINT(1),
  `created` DATETIME(6),
  `updated` DATETIME(6),
  `deletion_retention_days` INT NOT NULL,
  `deletion_retention_basis` ENUM('PLACEMENT_END','STATUS_TRANSITION') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting` (
  `key` ENUM('DECISION_MAKER_NAME','DECISION_MAKER_TITLE') NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flyway_schema_history` (
  `installed_rank` INT NOT NULL,
  `version` VARCHAR(50),
  `description` VARCHAR(200) NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `script` VARCHAR(1000) NOT NULL,
  `checksum` INT,
  `installed_by` VARCHAR(100) NOT NULL,
  `installed_on` DATETIME(6) NOT NULL,
  `execution_time` INT NOT NULL,
  `success` TINYINT(1) NOT NULL,
  PRIMARY KEY (`installed_rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `async_job` (
  `id` CHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  `submitted_at` DATETIME(6) NOT NULL,
  `run_at` DATETIME(6) NOT NULL,
  `claimed_at` DATETIME(6),
  `claimed_by` BIGINT,
  `retry_count` INT NOT NULL,
  `retry_interval` VARCHAR(64) NOT NULL,
  `started_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `payload` JSON NOT NULL,
  `initial_retry_count` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assistance_action_option` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `name_fi` TEXT NOT NULL,
  `display_order` INT,
  `description_fi` TEXT,
  `valid_from` DATE,
  `valid_to` DATE,
  `category` ENUM('DAYCARE','PRESCHOOL') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$assistance_action_option_value` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `type` ENUM('DAYCARE','PRESCHOOL','PRESCHOOL_DAYCARE','PRESCHOOL_DAYCARE_ONLY','PRESCHOOL_CLUB','DAYCARE_PART_TIME','PREPARATORY','PREPARATORY_DAYCARE','PREPARATORY_DAYCARE_ONLY','CLUB','TEMPORARY_DAYCARE','TEMPORARY_DAYCARE_PART_DAY','DAYCARE_FIVE_YEAR_OLDS','DAYCARE_PART_TIME_FIVE_YEAR_OLDS','SCHOOL_SHIFT_CARE') NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `unit_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `termination_requested_date` DATE,
  `terminated_by` CHAR(36),
  `place_guarantee` TINYINT(1) NOT NULL,
  `modified_at` DATETIME(6),
  `modified_by` CHAR(36),
  `created_by` CHAR(36),
  `source` ENUM('APPLICATION','SERVICE_APPLICATION','PLACEMENT_TERMINATION','MANUAL'),
  `source_application_id` CHAR(36),
  `source_service_application_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`terminated_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`source_application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_need` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `option_id` CHAR(36) NOT NULL,
  `placement_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `confirmed_by` CHAR(36),
  `confirmed_at` DATETIME(6),
  `shift_care` ENUM('FULL','INTERMITTENT','NONE') NOT NULL,
  `part_week` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`confirmed_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`option_id`) REFERENCES `service_need_option` (`id`),
  FOREIGN KEY (`placement_id`) REFERENCES `placement` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daycare_group_placement` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `daycare_placement_id` CHAR(36) NOT NULL,
  `daycare_group_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`daycare_group_id`) REFERENCES `daycare_group` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`daycare_placement_id`) REFERENCES `placement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_care` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `unit_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36),
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `daycare_group` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_account` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `daycare_group_id` CHAR(36),
  `employee_id` CHAR(36),
  `person_id` CHAR(36),
  `active` TINYINT(1),
  `type` ENUM('PERSONAL','GROUP','CITIZEN','MUNICIPAL','SERVICE_WORKER','FINANCE'),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`daycare_group_id`) REFERENCES `daycare_group` (`id`),
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_content` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `author_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `message_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_note` (
  `id` CHAR(36) NOT NULL,
  `application_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `message_content_id` CHAR(36),
  `modified_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`message_content_id`) REFERENCES `message_content` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_other_guardian` (
  `application_id` CHAR(36) NOT NULL,
  `guardian_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`application_id`, `guardian_id`),
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`guardian_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decision` (
  `id` CHAR(36) NOT NULL,
  `number` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `sent_date` DATE,
  `unit_id` CHAR(36) NOT NULL,
  `application_id` CHAR(36) NOT NULL,
  `type` ENUM('DAYCARE','DAYCARE_PART_TIME','PRESCHOOL','PRESCHOOL_DAYCARE','PRESCHOOL_CLUB','PREPARATORY_EDUCATION','CLUB') NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `status` ENUM('PENDING','ACCEPTED','REJECTED') NOT NULL,
  `requested_start_date` DATE,
  `resolved` DATETIME(6),
  `resolved_by` CHAR(36),
  `planned` TINYINT(1) NOT NULL,
  `pending_decision_emails_sent_count` INT,
  `pending_decision_email_sent` DATETIME(6),
  `document_key` TEXT,
  `other_guardian_document_key` TEXT,
  `document_contains_contact_info` TINYINT(1) NOT NULL,
  `archived_at` DATETIME(6),
  `sent_time` TIME,
  `generic_reasoning_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$decision_number` (`number`),
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`resolved_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement_plan` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `type` ENUM('DAYCARE','PRESCHOOL','PRESCHOOL_DAYCARE','PRESCHOOL_DAYCARE_ONLY','PRESCHOOL_CLUB','DAYCARE_PART_TIME','PREPARATORY','PREPARATORY_DAYCARE','PREPARATORY_DAYCARE_ONLY','CLUB','TEMPORARY_DAYCARE','TEMPORARY_DAYCARE_PART_DAY','DAYCARE_FIVE_YEAR_OLDS','DAYCARE_PART_TIME_FIVE_YEAR_OLDS','SCHOOL_SHIFT_CARE') NOT NULL,
  `unit_id` CHAR(36) NOT NULL,
  `application_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `preschool_daycare_start_date` DATE,
  `preschool_daycare_end_date` DATE,
  `deleted` TINYINT(1) NOT NULL,
  `unit_confirmation_status` ENUM('PENDING','ACCEPTED','REJECTED','REJECTED_NOT_CONFIRMED') NOT NULL,
  `unit_reject_reason` ENUM('OTHER','REASON_1','REASON_2','REASON_3'),
  `unit_reject_other_reason` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$placement_plan_application_id` (`application_id`),
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absence` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `absence_type` ENUM('OTHER_ABSENCE','SICKLEAVE','UNKNOWN_ABSENCE','PLANNED_ABSENCE','PARENTLEAVE','FORCE_MAJEURE','FREE_ABSENCE','UNAUTHORIZED_ABSENCE') NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `category` ENUM('BILLABLE','NONBILLABLE') NOT NULL,
  `questionnaire_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$absence_child_date_category` (`child_id`, `date`, `category`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absence_application` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `description` TEXT NOT NULL,
  `status` ENUM('WAITING_DECISION','ACCEPTED','REJECTED') NOT NULL,
  `decided_at` DATETIME(6),
  `decided_by` CHAR(36),
  `rejected_reason` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`decided_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendance_reservation` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `start_time` TIME,
  `end_time` TIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_attendance` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `unit_id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `start_time` TIME NOT NULL,
  `end_time` TIME,
  `arrived` DATETIME(6) NOT NULL,
  `departed` DATETIME(6),
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_service_time` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `regular_start` TEXT,
  `regular_end` TEXT,
  `type` ENUM('REGULAR','IRREGULAR','VARIABLE_TIME') NOT NULL,
  `validity_period` VARCHAR(64) NOT NULL,
  `regular_times` VARCHAR(32),
  `monday_times` VARCHAR(32),
  `tuesday_times` VARCHAR(32),
  `wednesday_times` VARCHAR(32),
  `thursday_times` VARCHAR(32),
  `friday_times` VARCHAR(32),
  `saturday_times` VARCHAR(32),
  `sunday_times` VARCHAR(32),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_daily_note` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `note` TEXT NOT NULL,
  `feeding_note` ENUM('GOOD','MEDIUM','NONE'),
  `sleeping_note` ENUM('GOOD','MEDIUM','NONE'),
  `reminders` TEXT,
  `reminder_note` TEXT NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `sleeping_minutes` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$child_daily_note_child_id` (`child_id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_sticky_note` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `note` TEXT NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `expires` DATE NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_images` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `child_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$child_images_child_id` (`child_id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_attendance_realtime` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `employee_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36),
  `arrived` DATETIME(6) NOT NULL,
  `departed` DATETIME(6),
  `occupancy_coefficient` DECIMAL(4,2) NOT NULL,
  `type` ENUM('PRESENT','OTHER_WORK','TRAINING','OVERTIME','JUSTIFIED_CHANGE','SICKNESS','CHILD_SICKNESS') NOT NULL,
  `departed_automatically` TINYINT(1) NOT NULL,
  `arrived_added_at` DATETIME(6),
  `arrived_added_by` CHAR(36),
  `arrived_modified_at` DATETIME(6),
  `arrived_modified_by` CHAR(36),
  `departed_added_at` DATETIME(6),
  `departed_added_by` CHAR(36),
  `departed_modified_at` DATETIME(6),
  `departed_modified_by` CHAR(36),
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`arrived_added_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`arrived_modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`departed_added_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`departed_modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `daycare_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assistance_factor` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `valid_during` VARCHAR(64) NOT NULL,
  `capacity_factor` DECIMAL(20,6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daycare_assistance` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `valid_during` VARCHAR(64) NOT NULL,
  `level` ENUM('GENERAL_SUPPORT','GENERAL_SUPPORT_WITH_DECISION','INTENSIFIED_SUPPORT','SPECIAL_SUPPORT') NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assistance_action` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `other_action` TEXT NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_document` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `content` JSON NOT NULL,
  `deprecated_published_at` DATETIME(6),
  `status` ENUM('DRAFT','PREPARED','CITIZEN_DRAFT','DECISION_PROPOSAL','COMPLETED') NOT NULL,
  `deprecated_published_content` JSON,
  `modified_at` DATETIME(6) NOT NULL,
  `deprecated_document_key` TEXT,
  `content_locked_at` DATETIME(6) NOT NULL,
  `content_locked_by` CHAR(36),
  `process_id` CHAR(36),
  `created_by` CHAR(36),
  `archived_at` DATETIME(6),
  `answered_at` DATETIME(6),
  `answered_by` CHAR(36),
  `type` ENUM('PEDAGOGICAL_REPORT','PEDAGOGICAL_ASSESSMENT','HOJKS','MIGRATED_VASU','MIGRATED_LEOPS','VASU','LEOPS','CITIZEN_BASIC','OTHER_DECISION','OTHER','MIGRATED_DAYCARE_ASSISTANCE_NEED_DECISION','MIGRATED_PRESCHOOL_ASSISTANCE_NEED_DECISION') NOT NULL,
  `decision_maker` CHAR(36),
  `decision_id` CHAR(36),
  `deprecated_published_by` CHAR(36),
  `modified_by` CHAR(36) NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  `status_modified_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`answered_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`),
  FOREIGN KEY (`content_locked_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`decision_maker`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`deprecated_published_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `document_template` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pedagogical_document` (
  `id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `email_sent` TINYINT(1),
  `email_job_created_at` DATETIME(6),
  `modified_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `income` (
  `id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  `valid_from` DATE NOT NULL,
  `valid_to` DATE,
  `notes` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `effect` ENUM('INCOME','MAX_FEE_ACCEPTED','INCOMPLETE','NOT_AVAILABLE') NOT NULL,
  `is_entrepreneur` TINYINT(1) NOT NULL,
  `works_at_echa` TINYINT(1) NOT NULL,
  `application_id` CHAR(36),
  `modified_by` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `income_statement` (
  `id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE,
  `type` ENUM('HIGHEST_FEE','INCOME','CHILD_INCOME') NOT NULL,
  `gross_income_source` ENUM('INCOMES_REGISTER','ATTACHMENTS'),
  `gross_estimated_monthly_income` INT,
  `gross_other_income` TEXT,
  `entrepreneur_full_time` TINYINT(1),
  `start_of_entrepreneurship` DATE,
  `spouse_works_in_company` TINYINT(1),
  `startup_grant` TINYINT(1),
  `self_employed_attachments` TINYINT(1),
  `self_employed_estimated_monthly_income` INT,
  `self_employed_income_start_date` DATE,
  `self_employed_income_end_date` DATE,
  `limited_company_income_source` ENUM('INCOMES_REGISTER','ATTACHMENTS'),
  `partnership` TINYINT(1),
  `light_entrepreneur` TINYINT(1),
  `accountant_name` TEXT,
  `accountant_address` TEXT,
  `accountant_phone` TEXT,
  `accountant_email` TEXT,
  `student` TINYINT(1),
  `alimony_payer` TINYINT(1),
  `other_info` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `handler_id` CHAR(36),
  `checkup_consent` TINYINT(1),
  `gross_other_income_info` TEXT NOT NULL,
  `handler_note` TEXT NOT NULL,
  `status` ENUM('DRAFT','SENT','HANDLING','HANDLED') NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `sent_at` DATETIME(6),
  `handled_at` DATETIME(6),
  `company_name` TEXT NOT NULL,
  `business_id` TEXT NOT NULL,
  `gross_no_income_description` TEXT,
  `citizen_modified_at` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`handler_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_decision` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `status` ENUM('DRAFT','WAITING_FOR_SENDING','WAITING_FOR_MANUAL_SENDING','SENT','ANNULLED','IGNORED') NOT NULL,
  `valid_during` VARCHAR(64) NOT NULL,
  `decision_type` ENUM('NORMAL','RELIEF_REJECTED','RELIEF_PARTLY_ACCEPTED','RELIEF_ACCEPTED') NOT NULL,
  `head_of_family_id` CHAR(36) NOT NULL,
  `head_of_family_income` JSON,
  `partner_id` CHAR(36),
  `partner_income` JSON,
  `family_size` INT NOT NULL,
  `fee_thresholds` JSON NOT NULL,
  `decision_number` BIGINT,
  `document_key` TEXT,
  `approved_at` DATETIME(6),
  `approved_by_id` CHAR(36),
  `decision_handler_id` CHAR(36),
  `sent_at` DATETIME(6),
  `cancelled_at` DATETIME(6),
  `total_fee` INT NOT NULL,
  `difference` TEXT NOT NULL,
  `document_contains_contact_info` TINYINT(1) NOT NULL,
  `process_id` CHAR(36),
  `archived_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `fk$fee_decision_process_id` (`process_id`),
  FOREIGN KEY (`approved_by_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`decision_handler_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`head_of_family_id`) REFERENCES `person` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`partner_id`) REFERENCES `person` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_decision_child` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `fee_decision_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  `child_date_of_birth` DATE NOT NULL,
  `sibling_discount` INT NOT NULL,
  `placement_unit_id` CHAR(36) NOT NULL,
  `placement_type` ENUM('DAYCARE','PRESCHOOL','PRESCHOOL_DAYCARE','PRESCHOOL_DAYCARE_ONLY','PRESCHOOL_CLUB','DAYCARE_PART_TIME','PREPARATORY','PREPARATORY_DAYCARE','PREPARATORY_DAYCARE_ONLY','CLUB','TEMPORARY_DAYCARE','TEMPORARY_DAYCARE_PART_DAY','DAYCARE_FIVE_YEAR_OLDS','DAYCARE_PART_TIME_FIVE_YEAR_OLDS','SCHOOL_SHIFT_CARE') NOT NULL,
  `service_need_fee_coefficient` DECIMAL(4,2) NOT NULL,
  `service_need_description_fi` TEXT NOT NULL,
  `service_need_description_sv` TEXT NOT NULL,
  `base_fee` INT NOT NULL,
  `fee` INT NOT NULL,
  `fee_alterations` JSON NOT NULL,
  `final_fee` INT NOT NULL,
  `service_need_missing` TINYINT(1) NOT NULL,
  `service_need_contract_days_per_month` INT,
  `child_income` JSON,
  `service_need_option_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_child_decision_pair` (`fee_decision_id`, `child_id`),
  FOREIGN KEY (`service_need_option_id`) REFERENCES `service_need_option` (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `person` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`fee_decision_id`) REFERENCES `fee_decision` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`placement_unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_alteration` (
  `id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `type` ENUM('DISCOUNT','INCREASE','RELIEF') NOT NULL,
  `amount` INT NOT NULL,
  `is_absolute` TINYINT(1) NOT NULL,
  `valid_from` DATE NOT NULL,
  `valid_to` DATE,
  `notes` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`modified_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` CHAR(36) NOT NULL,
  `number` BIGINT,
  `invoice_date` DATE NOT NULL,
  `due_date` DATE NOT NULL,
  `print_date` DATE,
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `head_of_family` CHAR(36) NOT NULL,
  `sent_at` DATETIME(6),
  `sent_by` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `codebtor` CHAR(36),
  `area_id` CHAR(36) NOT NULL,
  `status` ENUM('DRAFT','WAITING_FOR_SENDING','SENT','REPLACEMENT_DRAFT','REPLACED'),
  `revision_number` INT NOT NULL,
  `replaced_invoice_id` CHAR(36),
  `replacement_reason` ENUM('SERVICE_NEED','ABSENCE','INCOME','FAMILY_SIZE','RELIEF_RETROACTIVE','OTHER'),
  `replacement_notes` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_invoice_num` (`number`),
  FOREIGN KEY (`area_id`) REFERENCES `care_area` (`id`),
  FOREIGN KEY (`head_of_family`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`replaced_invoice_id`) REFERENCES `invoice` (`id`),
  FOREIGN KEY (`sent_by`) REFERENCES `evaka_user` (`id`),
  FOREIGN KEY (`codebtor`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_row` (
  `id` CHAR(36) NOT NULL,
  `invoice_id` CHAR(36) NOT NULL,
  `child` CHAR(36) NOT NULL,
  `amount` INT NOT NULL,
  `unit_price` INT,
  `price` INT,
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `product` TEXT NOT NULL,
  `saved_cost_center` TEXT,
  `saved_sub_cost_center` TEXT,
  `description` TEXT NOT NULL,
  `unit_id` CHAR(36) NOT NULL,
  `correction_id` CHAR(36),
  `idx` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$invoice_row_invoice_idx` (`invoice_id`, `idx`),
  FOREIGN KEY (`child`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_thread` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `message_type` ENUM('MESSAGE','BULLETIN') NOT NULL,
  `title` TEXT NOT NULL,
  `urgent` TINYINT(1) NOT NULL,
  `is_copy` TINYINT(1) NOT NULL,
  `application_id` CHAR(36),
  `sensitive` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `sender_name` TEXT NOT NULL,
  `content_id` CHAR(36) NOT NULL,
  `thread_id` CHAR(36) NOT NULL,
  `sender_id` CHAR(36) NOT NULL,
  `sent_at` DATETIME(6),
  `recipient_names` TEXT NOT NULL,
  `content_deleted_at` DATETIME(6),
  `content_deleted_by_employee_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_deleted_by_employee_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`content_id`) REFERENCES `message_content` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sender_id`) REFERENCES `message_account` (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `message_thread` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_recipients` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `message_id` CHAR(36) NOT NULL,
  `recipient_id` CHAR(36) NOT NULL,
  `read_at` DATETIME(6),
  `email_notification_sent_at` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`recipient_id`) REFERENCES `message_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_thread_children` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `thread_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `child` (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `message_thread` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pairing` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `unit_id` CHAR(36),
  `expires` DATETIME(6) NOT NULL,
  `status` ENUM('WAITING_CHALLENGE','WAITING_RESPONSE','READY','PAIRED') NOT NULL,
  `challenge_key` VARCHAR(255) NOT NULL,
  `response_key` VARCHAR(255),
  `attempts` INT NOT NULL,
  `mobile_device_id` CHAR(36),
  `employee_id` CHAR(36),
  `created` DATETIME(6),
  `updated` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq$pairing_challenge_key` (`challenge_key`),
  UNIQUE KEY `uniq$pairing_response_key` (`response_key`),
  FOREIGN KEY (`mobile_device_id`) REFERENCES `mobile_device` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `daycare` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `daycare` ADD FOREIGN KEY (`finance_decision_handler`) REFERENCES `employee` (`id`) ON DELETE SET NULL;

-- Claim for Crown Court Defence (ministryofjustice/Claim-for-Crown-Court-Defence) db/schema.rb at ec799a46d308058ca3dc1c6e43bfea71d3c49e36, MIT
-- Rails schema.rb written as MySQL DDL; indexes left out; upstream's foreign keys between kept tables kept.

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_stages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_type_id` BIGINT,
  `description` VARCHAR(255) NOT NULL,
  `position` INT,
  `roles` VARCHAR(255),
  `unique_code` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `allow_pcmh_fee_type` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `fee_type_code` VARCHAR(255),
  `is_fixed_fee` TINYINT(1),
  `name` VARCHAR(255),
  `requires_cracked_dates` TINYINT(1),
  `requires_maat_reference` TINYINT(1) DEFAULT 0,
  `requires_retrial_dates` TINYINT(1) DEFAULT 0,
  `requires_trial_dates` TINYINT(1),
  `roles` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_worker_claims` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_worker_id` INT,
  `claim_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_workers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `deleted_at` DATETIME,
  `location_id` INT,
  `roles` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certification_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `name` VARCHAR(255),
  `pre_may_2015` TINYINT(1) DEFAULT 0,
  `roles` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `certification_date` DATE,
  `certification_type_id` INT,
  `certified_by` VARCHAR(255),
  `claim_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_intentions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `form_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_state_transitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT,
  `claim_id` INT,
  `created_at` DATETIME,
  `event` VARCHAR(255),
  `from` VARCHAR(255),
  `namespace` VARCHAR(255),
  `reason_code` VARCHAR(255),
  `reason_text` VARCHAR(255),
  `subject_id` INT,
  `to` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claims` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `actual_trial_length` INT DEFAULT 0,
  `additional_information` TEXT,
  `advocate_category` VARCHAR(255),
  `allocation_type` VARCHAR(255),
  `apply_vat` TINYINT(1),
  `authorised_at` DATETIME,
  `case_concluded_at` DATE,
  `case_number` VARCHAR(255),
  `case_stage_id` BIGINT,
  `case_type_id` INT,
  `clone_source_id` INT,
  `cms_number` VARCHAR(255),
  `court_id` INT,
  `created_at` DATETIME,
  `creator_id` INT,
  `deleted_at` DATETIME,
  `disbursements_total` DECIMAL(18,2) DEFAULT 0.0,
  `disbursements_vat` DECIMAL(18,2) DEFAULT 0.0,
  `disk_evidence` TINYINT(1) DEFAULT 0,
  `effective_pcmh_date` DATE,
  `estimated_trial_length` INT DEFAULT 0,
  `evidence_checklist_ids` VARCHAR(255),
  `evidence_notes` TEXT,
  `expenses_total` DECIMAL(18,2) DEFAULT 0.0,
  `expenses_vat` DECIMAL(18,2) DEFAULT 0.0,
  `external_user_id` INT,
  `fees_total` DECIMAL(18,2) DEFAULT 0.0,
  `fees_vat` DECIMAL(18,2) DEFAULT 0.0,
  `first_day_of_trial` DATE,
  `form_id` VARCHAR(255),
  `last_edited_at` DATETIME,
  `last_submitted_at` DATETIME,
  `legal_aid_transfer_date` DATE,
  `london_rates_apply` TINYINT(1),
  `main_hearing_date` DATE,
  `offence_id` INT,
  `original_submission_date` DATETIME,
  `prosecution_evidence` TINYINT(1),
  `providers_ref` VARCHAR(255),
  `retrial_actual_length` INT DEFAULT 0,
  `retrial_concluded_at` DATE,
  `retrial_estimated_length` INT DEFAULT 0,
  `retrial_reduction` TINYINT(1) DEFAULT 0,
  `retrial_started_at` DATE,
  `source` VARCHAR(255),
  `state` VARCHAR(255),
  `supplier_number` VARCHAR(255),
  `total` DECIMAL(18,2) DEFAULT 0.0,
  `transfer_case_number` VARCHAR(255),
  `transfer_court_id` INT,
  `travel_expense_additional_information` VARCHAR(255),
  `trial_concluded_at` DATE,
  `trial_cracked_at` DATE,
  `trial_cracked_at_third` VARCHAR(255),
  `trial_fixed_at` DATE,
  `trial_fixed_notice_at` DATE,
  `type` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `valid_until` DATETIME,
  `value_band_id` INT,
  `vat_amount` DECIMAL(18,2) DEFAULT 0.0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_stage_id`) REFERENCES `case_stages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `courts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `court_type` VARCHAR(255),
  `created_at` DATETIME,
  `name` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dates_attended` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `attended_item_id` INT,
  `attended_item_type` VARCHAR(255),
  `created_at` DATETIME,
  `date` DATE,
  `date_to` DATE,
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `defendants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `claim_id` INT,
  `created_at` DATETIME,
  `date_of_birth` DATE,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `order_for_judicial_apportionment` TINYINT(1),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `determinations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `claim_id` INT,
  `created_at` DATETIME,
  `disbursements` DECIMAL(18,2) DEFAULT 0.0,
  `expenses` DECIMAL(18,2) DEFAULT 0.0,
  `fees` DECIMAL(18,2) DEFAULT 0.0,
  `total` DECIMAL(18,2),
  `type` VARCHAR(255),
  `updated_at` DATETIME,
  `vat_amount` DOUBLE DEFAULT 0.0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disbursement_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `deleted_at` DATETIME,
  `name` VARCHAR(255),
  `unique_code` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disbursements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `claim_id` INT,
  `created_at` DATETIME,
  `disbursement_type_id` INT,
  `net_amount` DECIMAL(18,2),
  `total` DECIMAL(18,2) DEFAULT 0.0,
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `vat_amount` DECIMAL(18,2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `claim_id` INT,
  `created_at` DATETIME,
  `creator_id` INT,
  `external_user_id` INT,
  `file_path` VARCHAR(255),
  `form_id` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `verified` TINYINT(1) DEFAULT 0,
  `verified_file_size` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `establishments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `postcode` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `expense_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `name` VARCHAR(255),
  `reason_set` VARCHAR(255),
  `roles` VARCHAR(255),
  `unique_code` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `expenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(18,2),
  `calculated_distance` DECIMAL(18,2),
  `claim_id` INT,
  `created_at` DATETIME,
  `date` DATE,
  `distance` DECIMAL(18,2),
  `expense_type_id` INT,
  `hours` DECIMAL(18,2),
  `location` VARCHAR(255),
  `location_type` VARCHAR(255),
  `mileage_rate_id` INT,
  `quantity` DOUBLE,
  `rate` DECIMAL(18,2),
  `reason_id` INT,
  `reason_text` VARCHAR(255),
  `schema_version` INT,
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `vat_amount` DECIMAL(18,2) DEFAULT 0.0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `deleted_at` DATETIME,
  `provider_id` INT,
  `roles` VARCHAR(255),
  `supplier_number` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `vat_registered` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_schemes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `end_date` DATETIME,
  `name` VARCHAR(255),
  `start_date` DATETIME,
  `updated_at` DATETIME NOT NULL,
  `version` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `calculated` TINYINT(1) DEFAULT 1,
  `code` VARCHAR(255),
  `created_at` DATETIME,
  `description` VARCHAR(255),
  `max_amount` DECIMAL(18,2),
  `parent_id` INT,
  `position` INT,
  `quantity_is_decimal` TINYINT(1) DEFAULT 0,
  `roles` VARCHAR(255),
  `type` VARCHAR(255),
  `unique_code` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fees` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(18,2),
  `case_numbers` VARCHAR(255),
  `claim_id` INT,
  `created_at` DATETIME,
  `date` DATE,
  `fee_type_id` INT,
  `price_calculated` TINYINT(1) DEFAULT 0,
  `quantity` DECIMAL(18,2),
  `rate` DECIMAL(18,2),
  `sub_type_id` INT,
  `type` VARCHAR(255),
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  `warrant_executed_date` DATE,
  `warrant_issued_date` DATE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `injection_attempts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `claim_id` INT,
  `created_at` DATETIME,
  `deleted_at` DATETIME,
  `error_messages` JSON,
  `succeeded` TINYINT(1),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `name` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `claim_id` INT,
  `created_at` DATETIME,
  `sender_id` INT,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offence_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `description` VARCHAR(255),
  `number` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offence_bands` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `description` VARCHAR(255),
  `number` INT,
  `offence_category_id` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`offence_category_id`) REFERENCES `offence_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offence_classes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `class_letter` VARCHAR(255),
  `created_at` DATETIME,
  `description` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offences` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contrary` VARCHAR(255),
  `created_at` DATETIME,
  `description` VARCHAR(255),
  `offence_band_id` INT,
  `offence_class_id` INT,
  `unique_code` VARCHAR(255) NOT NULL DEFAULT 'anyoldrubbish',
  `updated_at` DATETIME,
  `year_chapter` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`offence_band_id`) REFERENCES `offence_bands` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `api_key` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `firm_agfs_supplier_number` VARCHAR(255),
  `name` VARCHAR(255),
  `provider_type` VARCHAR(255),
  `roles` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `uuid` CHAR(36),
  `vat_registered` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `representation_orders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `defendant_id` INT,
  `maat_reference` VARCHAR(255),
  `representation_order_date` DATE,
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier_numbers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `postcode` VARCHAR(255),
  `provider_id` INT,
  `supplier_number` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfer_details` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_conclusion_id` INT,
  `claim_id` INT,
  `elected_case` TINYINT(1),
  `litigator_type` VARCHAR(255),
  `transfer_date` DATE,
  `transfer_stage_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_message_statuses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `message_id` INT,
  `read` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `api_key` CHAR(36),
  `created_at` DATETIME,
  `current_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `deleted_at` DATETIME,
  `disabled_at` DATETIME,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `last_sign_in_at` DATETIME,
  `last_sign_in_ip` VARCHAR(45),
  `locked_at` DATETIME,
  `persona_id` INT,
  `persona_type` VARCHAR(255),
  `remember_created_at` DATETIME,
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `settings` TEXT,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vat_rates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `effective_date` DATE,
  `rate_base_points` INT,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `event` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `object` TEXT,
  `object_changes` TEXT,
  `whodunnit` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Manage Prison Offender Manager cases / "Manage POM cases" (ministryofjustice/offender-management-allocation-manager),
-- db/structure.sql at commit 7aeb43b964cf76b2c7ff89951a97f93197d64950, MIT.
-- structure.sql loaded in PostgreSQL 15 (its `SET transaction_timeout` line skipped: a PostgreSQL 17 setting), public schema
-- written as MySQL DDL from the catalog: column names, order and nullability as upstream; bigserial ids as AUTO_INCREMENT;
-- the enum type offender_email_type as ENUM; text[] as JSON; jsonb as JSON; unbounded varchar as VARCHAR(255).
-- Primary, unique and foreign keys kept; plain indexes and the check constraint of audit_events left out;
-- Rails plumbing (ar_internal_metadata, schema_migrations) left out.

CREATE TABLE `allocation_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255),
  `prison` VARCHAR(255),
  `allocated_at_tier` VARCHAR(255),
  `override_reasons` VARCHAR(255),
  `override_detail` VARCHAR(255),
  `message` VARCHAR(255),
  `suitability_detail` VARCHAR(255),
  `primary_pom_name` VARCHAR(255),
  `secondary_pom_name` VARCHAR(255),
  `created_by_name` VARCHAR(255),
  `primary_pom_nomis_id` INT,
  `secondary_pom_nomis_id` INT,
  `event` INT,
  `event_trigger` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `primary_pom_allocated_at` DATETIME,
  `recommended_pom_type` VARCHAR(255),
  `allocated_at_rosh` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_allocation_history_on_nomis_offender_id` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allocation_history_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `prison` VARCHAR(255) NOT NULL,
  `allocated_at_tier` VARCHAR(255),
  `override_reasons` VARCHAR(255),
  `created_by_name` VARCHAR(255),
  `whodunnit` VARCHAR(255),
  `primary_pom_nomis_id` INT,
  `secondary_pom_nomis_id` INT,
  `event` INT NOT NULL,
  `event_trigger` INT NOT NULL,
  `primary_pom_allocated_at` DATETIME(6),
  `recommended_pom_type` VARCHAR(255),
  `allocation_history_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `allocation_created_at` DATETIME(6) NOT NULL,
  `allocation_updated_at` DATETIME(6) NOT NULL,
  `allocated_at_rosh` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_events` (
  `id` CHAR(36) NOT NULL,
  `nomis_offender_id` TEXT,
  `tags` JSON NOT NULL,
  `system_event` TINYINT(1),
  `username` TEXT,
  `user_human_name` TEXT,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calculated_early_allocation_statuses` (
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `eligible` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calculated_handover_dates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATE,
  `handover_date` DATE,
  `reason` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `responsibility` VARCHAR(255),
  `last_calculated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_calculated_handover_dates_on_nomis_offender_id` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_information` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tier` VARCHAR(255),
  `nomis_offender_id` VARCHAR(255),
  `crn` VARCHAR(255),
  `mappa_level` INT,
  `manual_entry` TINYINT(1) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `probation_service` VARCHAR(255),
  `com_name` VARCHAR(255),
  `team_name` VARCHAR(255),
  `local_delivery_unit_id` BIGINT,
  `ldu_code` VARCHAR(255),
  `com_email` VARCHAR(255),
  `active_vlo` TINYINT(1) DEFAULT 0,
  `enhanced_resourcing` TINYINT(1),
  `rosh_level` VARCHAR(255),
  `rosh_start_date` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_case_information_on_nomis_offender_id` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delius_import_errors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255),
  `error_type` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_allocations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `oasys_risk_assessment_date` DATE NOT NULL,
  `convicted_under_terrorisom_act_2000` TINYINT(1) NOT NULL,
  `high_profile` TINYINT(1) NOT NULL,
  `serious_crime_prevention_order` TINYINT(1) NOT NULL,
  `mappa_level_3` TINYINT(1) NOT NULL,
  `cppc_case` TINYINT(1) NOT NULL,
  `high_risk_of_serious_harm` TINYINT(1),
  `mappa_level_2` TINYINT(1),
  `pathfinder_process` TINYINT(1),
  `other_reason` TINYINT(1),
  `extremism_separation` TINYINT(1),
  `due_for_release_in_less_than_24months` TINYINT(1),
  `approved` TINYINT(1),
  `reason` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `community_decision` TINYINT(1),
  `prison` VARCHAR(255),
  `created_by_firstname` VARCHAR(255),
  `created_by_lastname` VARCHAR(255),
  `updated_by_firstname` VARCHAR(255),
  `updated_by_lastname` VARCHAR(255),
  `created_within_referral_window` TINYINT(1) NOT NULL DEFAULT 0,
  `outcome` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `prison` VARCHAR(255) NOT NULL,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offenders` (
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `handover_progress_checklists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `reviewed_oasys` TINYINT(1) NOT NULL DEFAULT 0,
  `contacted_com` TINYINT(1) NOT NULL DEFAULT 0,
  `attended_handover_meeting` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `sent_handover_report` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_handover_progress_checklists_on_nomis_offender_id` (`nomis_offender_id`),
  FOREIGN KEY (`nomis_offender_id`) REFERENCES `offenders` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_delivery_units` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `country` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `mailbox_register_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_local_delivery_units_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offender_email_opt_outs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `staff_member_id` VARCHAR(255) NOT NULL,
  `offender_email_type` ENUM('upcoming_handover_window','handover_date','com_allocation_overdue') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_offender_email_opt_out_unique_composite_key` (`staff_member_id`, `offender_email_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offender_email_sent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `staff_member_id` VARCHAR(255) NOT NULL,
  `offender_email_type` ENUM('upcoming_handover_window','handover_date','com_allocation_overdue') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_offender_email_sent_unique_composite_key` (`nomis_offender_id`, `staff_member_id`, `offender_email_type`),
  FOREIGN KEY (`nomis_offender_id`) REFERENCES `offenders` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omic_eligibilities` (
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `eligible` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `prison` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`nomis_offender_id`),
  UNIQUE KEY `index_omic_eligibilities_on_nomis_offender_id` (`nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parole_review_imports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `nomis_id` VARCHAR(255),
  `prison_no` VARCHAR(255),
  `sentence_type` VARCHAR(255),
  `sentence_date` VARCHAR(255),
  `tariff_exp` VARCHAR(255),
  `review_date` VARCHAR(255),
  `review_id` VARCHAR(255),
  `review_milestone_date_id` VARCHAR(255),
  `review_type` VARCHAR(255),
  `review_status` VARCHAR(255),
  `curr_target_date` VARCHAR(255),
  `ms13_target_date` VARCHAR(255),
  `ms13_completion_date` VARCHAR(255),
  `final_result` VARCHAR(255),
  `snapshot_date` DATE,
  `row_number` INT,
  `import_id` VARCHAR(255),
  `single_day_snapshot` TINYINT(1),
  `processed_on` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `s3_object_key` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_parole_review_imports_on_snapshot_date_row_number` (`snapshot_date`, `row_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parole_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `review_id` INT,
  `nomis_offender_id` VARCHAR(255),
  `target_hearing_date` DATE,
  `custody_report_due` DATE,
  `review_status` VARCHAR(255),
  `hearing_outcome` VARCHAR(255),
  `hearing_outcome_received_on` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `review_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_parole_reviews_on_review_id_nomis_offender_id` (`review_id`, `nomis_offender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pom_details` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_staff_id` INT,
  `working_pattern` DOUBLE,
  `status` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `prison_code` VARCHAR(255),
  `created_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_pom_details_on_nomis_staff_id_and_prison_code` (`nomis_staff_id`, `prison_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prisons` (
  `code` VARCHAR(255) NOT NULL,
  `prison_type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`code`),
  UNIQUE KEY `index_prisons_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `responsibilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `nomis_offender_id` VARCHAR(255) NOT NULL,
  `reason` INT NOT NULL,
  `reason_text` VARCHAR(255),
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  `object_changes` TEXT,
  `nomis_offender_id` VARCHAR(255),
  `user_first_name` VARCHAR(255),
  `user_last_name` VARCHAR(255),
  `prison` VARCHAR(255),
  `offender_attributes_to_archive` JSON,
  `system_admin_note` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `victim_liaison_officers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `nomis_offender_id` VARCHAR(7) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line_1` TEXT NULL,
  `address_line_2` TEXT NULL,
  `address_postcode` TEXT NULL,
  `address_town` TEXT NULL,
  `alternative_name` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `gias_establishment_number` INT NULL,
  `gias_local_authority_code` INT NULL,
  `gias_phase` INT NULL,
  `gias_year_groups` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `ods_code` VARCHAR(255) NULL,
  `site` VARCHAR(255) NULL,
  `status` INT NOT NULL DEFAULT 0,
  `systm_one_code` VARCHAR(255) NULL,
  `type` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` TEXT NULL,
  `urn` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line_1` VARCHAR(255) NULL,
  `address_line_2` VARCHAR(255) NULL,
  `address_postcode` VARCHAR(255) NULL,
  `address_town` VARCHAR(255) NULL,
  `birth_academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE NOT NULL,
  `date_of_death` DATE NULL,
  `date_of_death_recorded_at` DATETIME(6) NULL,
  `ethnic_background` INT NULL,
  `ethnic_background_other` VARCHAR(255) NULL,
  `ethnic_group` INT NULL,
  `family_name` VARCHAR(255) NOT NULL,
  `gender_code` INT NOT NULL DEFAULT 0,
  `given_name` VARCHAR(255) NOT NULL,
  `gp_practice_id` BIGINT NULL,
  `home_educated` TINYINT(1) NULL,
  `invalidated_at` DATETIME(6) NULL,
  `local_authority_mhclg_code` VARCHAR(255) NULL,
  `nhs_number` VARCHAR(255) NULL,
  `pending_changes` JSON NOT NULL,
  `preferred_family_name` VARCHAR(255) NULL,
  `preferred_given_name` VARCHAR(255) NULL,
  `registration` VARCHAR(255) NULL,
  `registration_academic_year` INT NULL,
  `restricted_at` DATETIME(6) NULL,
  `school_id` BIGINT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_from_pds_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`gp_practice_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_method_other_details` TEXT NULL,
  `contact_method_type` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NULL,
  `full_name` VARCHAR(255) NULL,
  `phone` VARCHAR(255) NULL,
  `phone_receive_updates` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parent_relationships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `other_name` VARCHAR(255) NULL,
  `parent_id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `parents` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ods_code` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `careplus_staff_code` VARCHAR(255) NULL,
  `careplus_staff_type` VARCHAR(255) NULL,
  `careplus_venue_code` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `days_before_consent_reminders` INT NOT NULL DEFAULT 7,
  `days_before_consent_requests` INT NOT NULL DEFAULT 21,
  `days_before_invitations` INT NOT NULL DEFAULT 21,
  `email` VARCHAR(255) NULL,
  `name` TEXT NOT NULL,
  `national_reporting_cut_off_date` DATE NULL,
  `organisation_id` BIGINT NOT NULL,
  `phone` VARCHAR(255) NULL,
  `phone_instructions` VARCHAR(255) NULL,
  `privacy_notice_url` VARCHAR(255) NULL,
  `privacy_policy_url` VARCHAR(255) NULL,
  `programme_types` JSON NOT NULL,
  `reply_to_id` CHAR(36) NULL,
  `type` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `workgroup` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subteams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `phone_instructions` VARCHAR(255) NULL,
  `reply_to_id` CHAR(36) NULL,
  `team_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `location_id` BIGINT NOT NULL,
  `subteam_id` BIGINT NULL,
  `team_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`subteam_id`) REFERENCES `subteams` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `dates` JSON NOT NULL,
  `days_before_consent_reminders` INT NULL,
  `national_protocol_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `outbreak` TINYINT(1) NOT NULL DEFAULT 0,
  `psd_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `requires_registration` TINYINT(1) NOT NULL DEFAULT 1,
  `send_consent_requests_at` DATE NULL,
  `send_invitations_at` DATE NULL,
  `slug` VARCHAR(255) NOT NULL,
  `team_location_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_location_id`) REFERENCES `team_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consent_forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line_1` VARCHAR(255) NULL,
  `address_line_2` VARCHAR(255) NULL,
  `address_postcode` VARCHAR(255) NULL,
  `address_town` VARCHAR(255) NULL,
  `archived_at` DATETIME(6) NULL,
  `confirmation_sent_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE NULL,
  `education_setting` INT NULL,
  `ethnic_background` INT NULL,
  `ethnic_background_other` VARCHAR(255) NULL,
  `ethnic_group` INT NULL,
  `family_name` TEXT NULL,
  `given_name` TEXT NULL,
  `health_answers` JSON NOT NULL,
  `nhs_number` VARCHAR(255) NULL,
  `notes` TEXT NOT NULL,
  `original_session_id` BIGINT NULL,
  `parent_contact_method_other_details` VARCHAR(255) NULL,
  `parent_contact_method_type` VARCHAR(255) NULL,
  `parent_email` VARCHAR(255) NULL,
  `parent_full_name` VARCHAR(255) NULL,
  `parent_phone` VARCHAR(255) NULL,
  `parent_phone_receive_updates` TINYINT(1) NOT NULL DEFAULT 0,
  `parent_relationship_other_name` VARCHAR(255) NULL,
  `parent_relationship_type` VARCHAR(255) NULL,
  `preferred_family_name` VARCHAR(255) NULL,
  `preferred_given_name` VARCHAR(255) NULL,
  `recorded_at` DATETIME(6) NULL,
  `school_confirmed` TINYINT(1) NULL,
  `school_id` BIGINT NULL,
  `team_location_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `use_preferred_name` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`original_session_id`) REFERENCES `sessions` (`id`),
  FOREIGN KEY (`team_location_id`) REFERENCES `team_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `current_sign_in_at` DATETIME(6) NULL,
  `current_sign_in_ip` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `fallback_role` INT NULL,
  `family_name` VARCHAR(255) NOT NULL,
  `given_name` VARCHAR(255) NOT NULL,
  `last_sign_in_at` DATETIME(6) NULL,
  `last_sign_in_ip` VARCHAR(255) NULL,
  `provider` VARCHAR(255) NULL,
  `remember_created_at` DATETIME(6) NULL,
  `reporting_api_session_token` VARCHAR(255) NULL,
  `session_token` VARCHAR(255) NULL,
  `show_in_suppliers` TINYINT(1) NOT NULL DEFAULT 0,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `uid` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `consent_form_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `disease_types` JSON NOT NULL,
  `health_answers` JSON NOT NULL,
  `invalidated_at` DATETIME(6) NULL,
  `notes` TEXT NOT NULL,
  `notify_parent_on_refusal` TINYINT(1) NULL,
  `notify_parents_on_vaccination` TINYINT(1) NULL,
  `parent_email` VARCHAR(255) NULL,
  `parent_full_name` VARCHAR(255) NULL,
  `parent_id` BIGINT NULL,
  `parent_phone` VARCHAR(255) NULL,
  `parent_phone_receive_updates` TINYINT(1) NULL,
  `parent_relationship_other_name` VARCHAR(255) NULL,
  `parent_relationship_type` VARCHAR(255) NULL,
  `patient_already_vaccinated_notification_sent_at` DATETIME(6) NULL,
  `patient_id` BIGINT NOT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `reason_for_refusal` INT NULL,
  `recorded_by_user_id` BIGINT NULL,
  `response` INT NOT NULL,
  `route` INT NOT NULL,
  `submitted_at` DATETIME(6) NOT NULL,
  `team_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccine_methods` JSON NOT NULL,
  `withdrawn_at` DATETIME(6) NULL,
  `without_gelatine` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consent_form_id`) REFERENCES `consent_forms` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `parents` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consent_form_programmes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consent_form_id` BIGINT NOT NULL,
  `disease_types` JSON NULL,
  `notes` TEXT NOT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `reason_for_refusal` INT NULL,
  `response` INT NULL,
  `vaccine_methods` JSON NOT NULL,
  `without_gelatine` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consent_form_id`) REFERENCES `consent_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consent_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT NOT NULL,
  `programme_types` JSON NOT NULL,
  `sent_at` DATETIME(6) NOT NULL,
  `sent_by_user_id` BIGINT NULL,
  `session_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `triages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delay_vaccination_until` DATE NULL,
  `disease_types` JSON NOT NULL,
  `invalidated_at` DATETIME(6) NULL,
  `notes` TEXT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `performed_by_user_id` BIGINT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `status` INT NOT NULL,
  `team_id` BIGINT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccine_method` INT NULL,
  `without_gelatine` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`performed_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vaccines` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `brand` TEXT NOT NULL,
  `contains_gelatine` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `discontinued` TINYINT(1) NOT NULL DEFAULT 0,
  `disease_types` JSON NOT NULL,
  `dose_volume_ml` DECIMAL(10,2) NOT NULL,
  `manufacturer` TEXT NOT NULL,
  `method` INT NOT NULL,
  `nivs_name` VARCHAR(255) NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `side_effects` JSON NOT NULL,
  `snomed_product_code` VARCHAR(255) NOT NULL,
  `snomed_product_term` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `upload_name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vaccination_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `batch_expiry` DATE NULL,
  `batch_number` VARCHAR(255) NULL,
  `confirmation_sent_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delivery_method` INT NULL,
  `delivery_site` INT NULL,
  `discarded_at` DATETIME(6) NULL,
  `disease_types` JSON NOT NULL,
  `dose_sequence` INT NULL,
  `full_dose` TINYINT(1) NULL,
  `local_patient_id` VARCHAR(255) NULL,
  `local_patient_id_uri` VARCHAR(255) NULL,
  `location_id` BIGINT NULL,
  `location_name` VARCHAR(255) NULL,
  `next_dose_delay_triage_id` BIGINT NULL,
  `nhs_immunisations_api_etag` VARCHAR(255) NULL,
  `nhs_immunisations_api_id` VARCHAR(255) NULL,
  `nhs_immunisations_api_identifier_system` VARCHAR(255) NULL,
  `nhs_immunisations_api_identifier_value` VARCHAR(255) NULL,
  `nhs_immunisations_api_primary_source` TINYINT(1) NULL,
  `nhs_immunisations_api_sync_pending_at` DATETIME(6) NULL,
  `nhs_immunisations_api_synced_at` DATETIME(6) NULL,
  `notes` TEXT NULL,
  `notify_parents` TINYINT(1) NULL,
  `outcome` INT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `pending_changes` JSON NOT NULL,
  `performed_at_date` DATE NOT NULL,
  `performed_at_time` TIME NULL,
  `performed_by_family_name` VARCHAR(255) NULL,
  `performed_by_given_name` VARCHAR(255) NULL,
  `performed_by_user_id` BIGINT NULL,
  `performed_ods_code` VARCHAR(255) NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `protocol` INT NULL,
  `reported_at` DATETIME(6) NULL,
  `reported_by_id` BIGINT NULL,
  `session_id` BIGINT NULL,
  `source` INT NOT NULL,
  `supplied_by_user_id` BIGINT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `vaccine_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  FOREIGN KEY (`next_dose_delay_triage_id`) REFERENCES `triages` (`id`),
  FOREIGN KEY (`performed_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`reported_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`supplied_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`vaccine_id`) REFERENCES `vaccines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gillick_assessments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE NOT NULL,
  `knows_consequences` TINYINT(1) NOT NULL,
  `knows_delivery` TINYINT(1) NOT NULL,
  `knows_disease` TINYINT(1) NOT NULL,
  `knows_side_effects` TINYINT(1) NOT NULL,
  `knows_vaccination` TINYINT(1) NOT NULL,
  `location_id` BIGINT NOT NULL,
  `notes` TEXT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `performed_by_user_id` BIGINT NOT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`performed_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `follow_up_question_id` BIGINT NULL,
  `give_details_hint` VARCHAR(255) NULL,
  `hint` VARCHAR(255) NULL,
  `metadata` JSON NOT NULL,
  `next_question_id` BIGINT NULL,
  `title` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccine_id` BIGINT NOT NULL,
  `would_require_triage` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`follow_up_question_id`) REFERENCES `health_questions` (`id`),
  FOREIGN KEY (`next_question_id`) REFERENCES `health_questions` (`id`),
  FOREIGN KEY (`vaccine_id`) REFERENCES `vaccines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmed_by_other_name` VARCHAR(255) NOT NULL DEFAULT '',
  `confirmed_by_other_relationship` VARCHAR(255) NOT NULL DEFAULT '',
  `confirmed_by_patient` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccination_record_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`vaccination_record_id`) REFERENCES `vaccination_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pre_screenings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE NOT NULL,
  `disease_types` JSON NOT NULL,
  `location_id` BIGINT NOT NULL,
  `notes` TEXT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `performed_by_user_id` BIGINT NOT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`performed_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendance_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attending` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE NOT NULL,
  `location_id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_user_id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `session_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify_log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consent_form_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delivery_id` CHAR(36) NULL,
  `delivery_status` INT NOT NULL DEFAULT 0,
  `parent_id` BIGINT NULL,
  `patient_id` BIGINT NULL,
  `purpose` INT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  `sent_by_user_id` BIGINT NULL,
  `template_id` CHAR(36) NOT NULL,
  `type` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consent_form_id`) REFERENCES `consent_forms` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `parents` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date_range` VARCHAR(64) NOT NULL,
  `location_id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_specific_directions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_user_id` BIGINT NOT NULL,
  `delivery_site` INT NOT NULL,
  `invalidated_at` DATETIME(6) NULL,
  `patient_id` BIGINT NOT NULL,
  `programme_type` ENUM('flu','hpv','menacwy','mmr','td_ipv') NOT NULL,
  `team_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccine_id` BIGINT NOT NULL,
  `vaccine_method` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`vaccine_id`) REFERENCES `vaccines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_moves` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `home_educated` TINYINT(1) NULL,
  `patient_id` BIGINT NOT NULL,
  `school_id` BIGINT NULL,
  `source` INT NOT NULL,
  `team_id` BIGINT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_move_log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `home_educated` TINYINT(1) NULL,
  `patient_id` BIGINT NOT NULL,
  `school_id` BIGINT NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_merge_log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `merged_patient_dob` DATE NOT NULL,
  `merged_patient_id` BIGINT NOT NULL,
  `merged_patient_name` VARCHAR(255) NOT NULL,
  `merged_patient_nhs_number` VARCHAR(255) NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive_reasons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_user_id` BIGINT NULL,
  `other_details` VARCHAR(255) NOT NULL DEFAULT '',
  `patient_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` INT NOT NULL,
  `controller` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `request_details` JSON NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255) NULL,
  `associated_id` INT NULL,
  `associated_type` VARCHAR(255) NULL,
  `auditable_id` INT NULL,
  `auditable_type` VARCHAR(255) NULL,
  `audited_changes` JSON NULL,
  `comment` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NULL,
  `remote_address` VARCHAR(255) NULL,
  `request_uuid` VARCHAR(255) NULL,
  `user_id` INT NULL,
  `user_type` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `version` INT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_record_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams_users` (
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT NOT NULL,
  `sent_at` DATETIME(6) NOT NULL,
  `sent_by_user_id` BIGINT NULL,
  `session_date` DATE NOT NULL,
  `session_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`),
  FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinic_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `academic_year` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `programme_types` JSON NOT NULL,
  `sent_at` DATETIME(6) NOT NULL,
  `sent_by_user_id` BIGINT NULL,
  `team_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expiry` DATE NULL,
  `number` VARCHAR(255) NOT NULL,
  `team_id` BIGINT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccine_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`vaccine_id`) REFERENCES `vaccines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `important_notices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `dismissed_at` DATETIME(6) NULL,
  `dismissed_by_user_id` BIGINT NULL,
  `patient_id` BIGINT NOT NULL,
  `recorded_at` DATETIME(6) NOT NULL,
  `school_move_log_entry_id` BIGINT NULL,
  `team_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `vaccination_record_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  FOREIGN KEY (`school_move_log_entry_id`) REFERENCES `school_move_log_entries` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`dismissed_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`vaccination_record_id`) REFERENCES `vaccination_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pds_search_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `import_id` BIGINT NULL,
  `import_type` VARCHAR(255) NULL,
  `nhs_number` VARCHAR(255) NULL,
  `patient_id` BIGINT NOT NULL,
  `result` INT NOT NULL,
  `step` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_api_one_time_tokens` (
  `id` VARCHAR(255) NOT NULL,
  `cis2_info` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

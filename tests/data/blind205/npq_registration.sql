-- NPQ registration ("Register for a national professional qualification"), Department for Education
-- (England): teachers and school leaders register for National Professional Qualification courses; lead
-- providers accept the applications through an API and declare participants' progress (started, retained,
-- completed) and outcomes, which are sent to the Teaching Regulation Agency.
-- Upstream: github.com/DFE-Digital/npq-registration, commit 9e9784a85c9120a39c70e99c10153837d294eb7a
-- (2026-08-21), db/schema.rb (schema version 2026_07_29_110031), licence MIT (LICENCE).
-- Made from: db/schema.rb translated by a script into PostgreSQL DDL (Rails' implicit `id bigserial` primary
-- key first, then the columns in schema.rb's order - Rails 8.1 writes them alphabetically -, enum types,
-- unique indexes without WHERE, add_foreign_key lines), loaded into PostgreSQL 15 and written from the catalog
-- as MySQL/MariaDB DDL: string -> VARCHAR(255) or its limit, text -> TEXT (VARCHAR(255) in keys), datetime ->
-- DATETIME(6), boolean -> TINYINT(1), json/jsonb and arrays -> JSON, uuid -> CHAR(36), citext ->
-- VARCHAR(255), decimal without precision -> DECIMAL(30,10), enum types -> ENUM; the two stored generated
-- columns (cohorts.identifier, schools.search_vector, a tsvector) written as plain columns; expression
-- defaults (gen_random_uuid()) and array defaults dropped; check constraints and the partial unique index on
-- declarations left out.
-- Left out: active_storage_variant_records and flipper_gates (Active Storage variants, feature-flag gates).
CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` TEXT,
  `content_type` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `filename` TEXT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
);

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `active_storage_attachments_blob_id_fkey` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `cohorts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(50) NOT NULL,
  `ecf_id` CHAR(36),
  `funding` ENUM('zero','capped','full') NOT NULL DEFAULT 'full',
  `funding_cap` TINYINT(1) NOT NULL DEFAULT 0,
  `identifier` VARCHAR(255),
  `registration_start_date` DATETIME(6) NOT NULL,
  `start_year` INT NOT NULL,
  `suffix` VARCHAR(1) NOT NULL DEFAULT 'a',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cohorts_on_description` (`description`),
  UNIQUE KEY `index_cohorts_on_ecf_id` (`ecf_id`),
  UNIQUE KEY `index_cohorts_on_identifier` (`identifier`),
  UNIQUE KEY `index_cohorts_on_start_year_and_suffix` (`start_year`, `suffix`)
);

CREATE TABLE `lead_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36),
  `hint` TEXT,
  `name` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lead_providers_on_ecf_id` (`ecf_id`)
);

CREATE TABLE `statements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cohort_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deadline_date` DATE,
  `ecf_id` CHAR(36) NOT NULL,
  `lead_provider_id` BIGINT NOT NULL,
  `marked_as_paid_at` DATETIME(6),
  `month` INT NOT NULL,
  `output_fee` TINYINT(1) NOT NULL DEFAULT 1,
  `payment_date` DATE,
  `reconcile_amount` DECIMAL(8,2),
  `state` ENUM('open','payable','paid') NOT NULL DEFAULT 'open',
  `updated_at` DATETIME(6) NOT NULL,
  `year` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_lead_provider_id_cohort_id_year_month_2dece26c47` (`lead_provider_id`, `cohort_id`, `year`, `month`),
  UNIQUE KEY `index_statements_on_ecf_id` (`ecf_id`),
  CONSTRAINT `statements_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `statements_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
);

CREATE TABLE `adjustments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(18,2) NOT NULL DEFAULT 0.0,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT NOT NULL,
  `statement_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adjustments_statement_id_fkey` FOREIGN KEY (`statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `admins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(64) NOT NULL,
  `full_name` VARCHAR(64) NOT NULL,
  `otp_expires_at` DATETIME(6),
  `otp_failed_attempts` INT NOT NULL DEFAULT 0,
  `otp_hash` TEXT,
  `super_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `hashed_token` VARCHAR(255) NOT NULL,
  `last_used_at` DATETIME(6),
  `lead_provider_id` BIGINT,
  `scope` ENUM('lead_provider','teacher_record_service') DEFAULT 'lead_provider',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_tokens_on_hashed_token` (`hashed_token`),
  CONSTRAINT `api_tokens_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
);

CREATE TABLE `course_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_course_groups_on_name` (`name`)
);

CREATE TABLE `courses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course_group_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `display` TINYINT(1) DEFAULT 1,
  `ecf_id` CHAR(36),
  `identifier` VARCHAR(255),
  `name` TEXT NOT NULL,
  `position` INT DEFAULT 0,
  `short_code` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_courses_on_ecf_id` (`ecf_id`),
  UNIQUE KEY `index_courses_on_identifier` (`identifier`),
  CONSTRAINT `courses_course_group_id_fkey` FOREIGN KEY (`course_group_id`) REFERENCES `course_groups` (`id`)
);

CREATE TABLE `itt_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approved` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `disabled_at` DATETIME(6),
  `legal_name` VARCHAR(255),
  `operating_name` TEXT,
  `removed_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_itt_providers_on_legal_name` (`legal_name`)
);

CREATE TABLE `private_childcare_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` TEXT,
  `address_2` TEXT,
  `address_3` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `disabled_at` DATETIME(6),
  `early_years_individual_registers` JSON DEFAULT '{}',
  `local_authority` TEXT,
  `ofsted_region` TEXT,
  `places` INT,
  `postcode` TEXT,
  `postcode_without_spaces` TEXT,
  `provider_compulsory_childcare_register_flag` TINYINT(1),
  `provider_early_years_register_flag` TINYINT(1),
  `provider_name` TEXT,
  `provider_status` TEXT,
  `provider_urn` TEXT NOT NULL,
  `region` TEXT,
  `registered_person_name` TEXT,
  `registered_person_urn` TEXT,
  `registration_date` TEXT,
  `town` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `schedules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `acceptance_window_end` DATE,
  `acceptance_window_start` DATE,
  `allowed_declaration_types` JSON,
  `applies_from` DATE NOT NULL,
  `applies_to` DATE NOT NULL,
  `cohort_id` BIGINT NOT NULL,
  `course_group_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36),
  `identifier` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `policy_descriptor` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_schedules_on_ecf_id` (`ecf_id`),
  UNIQUE KEY `index_schedules_on_identifier_and_cohort_id` (`identifier`, `cohort_id`),
  CONSTRAINT `schedules_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `schedules_course_group_id_fkey` FOREIGN KEY (`course_group_id`) REFERENCES `course_groups` (`id`)
);

CREATE TABLE `schools` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` TEXT,
  `address_2` TEXT,
  `address_3` TEXT,
  `close_date` DATE,
  `country` TEXT,
  `county` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `easting` INT,
  `establishment_number` TEXT,
  `establishment_status_code` TEXT,
  `establishment_status_name` TEXT,
  `establishment_type_code` TEXT,
  `establishment_type_name` TEXT,
  `eyl_funding_eligible` TINYINT(1) DEFAULT 0,
  `high_pupil_premium` TINYINT(1) NOT NULL DEFAULT 0,
  `la_code` TEXT,
  `la_name` TEXT,
  `last_changed_date` DATE,
  `name` TEXT,
  `northing` INT,
  `number_of_pupils` INT,
  `phase_name` TEXT DEFAULT 'Not applicable',
  `phase_type` INT DEFAULT 0,
  `postcode` TEXT,
  `postcode_without_spaces` TEXT,
  `region` TEXT,
  `search_vector` TEXT,
  `town` TEXT,
  `ukprn` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `urn` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active_alert` TINYINT(1) DEFAULT 0,
  `archived_at` DATETIME(6),
  `archived_email` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE,
  `ecf_id` CHAR(36) NOT NULL,
  `email` VARCHAR(255),
  `email_updates_status` INT DEFAULT 0,
  `email_updates_unsubscribe_key` TEXT,
  `feature_flag_id` TEXT,
  `full_name` TEXT,
  `get_an_identity_id_synced_to_ecf` TINYINT(1) DEFAULT 0,
  `national_insurance_number` TEXT,
  `notify_user_for_future_reg` TINYINT(1) DEFAULT 0,
  `preferred_name` TEXT,
  `previous_names` JSON NOT NULL,
  `provider` TEXT,
  `raw_tra_provider_data` JSON,
  `significantly_updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `trn` TEXT,
  `trn_auto_verified` TINYINT(1) DEFAULT 0,
  `trn_lookup_status` TEXT,
  `trn_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `uid` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `updated_from_tra_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_ecf_id` (`ecf_id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_uid` (`uid`)
);

CREATE TABLE `applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `DEPRECATED_cohort` INT,
  `DEPRECATED_itt_provider` TEXT,
  `DEPRECATED_private_childcare_provider_urn` TEXT,
  `DEPRECATED_school_urn` TEXT,
  `accepted_at` DATETIME(6),
  `cohort_id` BIGINT,
  `course_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36) NOT NULL,
  `eligible_for_funding` TINYINT(1) NOT NULL DEFAULT 0,
  `employer_name` TEXT,
  `employment_role` TEXT,
  `employment_type` ENUM('hospital_school','lead_mentor_for_accredited_itt_provider','local_authority_supply_teacher','local_authority_virtual_school','young_offender_institution','other'),
  `funded_place` TINYINT(1),
  `funding_choice` ENUM('school','trust','self','another','employer'),
  `funding_eligiblity_status_code` TEXT,
  `headteacher_status` ENUM('no','yes_when_course_starts','yes_in_first_two_years','yes_over_two_years','yes_in_first_five_years','yes_over_five_years'),
  `itt_provider_id` BIGINT,
  `kind_of_nursery` ENUM('local_authority_maintained_nursery','preschool_class_as_part_of_school','private_nursery','another_early_years_setting','childminder'),
  `lead_mentor` TINYINT(1) DEFAULT 0,
  `lead_provider_approval_status` ENUM('pending','accepted','rejected'),
  `lead_provider_id` BIGINT NOT NULL,
  `notes` TEXT,
  `number_of_pupils` INT DEFAULT 0,
  `on_submission_trn` TEXT,
  `participant_outcome_state` TEXT,
  `primary_establishment` TINYINT(1) DEFAULT 0,
  `private_childcare_provider_id` BIGINT,
  `raw_application_data` JSON DEFAULT '{}',
  `reason_for_rejection` ENUM('registration_expired','rejected_by_provider','other_application_in_this_cohort_accepted'),
  `referred_by_return_to_teaching_adviser` TEXT,
  `review_status` ENUM('needs_review','awaiting_information','reregister','decision_made'),
  `schedule_id` BIGINT,
  `school_id` BIGINT,
  `senco_in_role` TEXT,
  `senco_start_date` DATE,
  `targeted_delivery_funding_eligibility` TINYINT(1) DEFAULT 0,
  `targeted_support_funding_eligibility` TINYINT(1) DEFAULT 0,
  `teacher_catchment` TEXT,
  `teacher_catchment_country` TEXT,
  `teacher_catchment_iso_country_code` VARCHAR(3),
  `teacher_catchment_synced_to_ecf` TINYINT(1) DEFAULT 0,
  `training_status` ENUM('active','deferred','withdrawn'),
  `tsf_primary_eligibility` TINYINT(1) DEFAULT 0,
  `tsf_primary_plus_eligibility` TINYINT(1) DEFAULT 0,
  `ukprn` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `work_setting` TEXT,
  `works_in_childcare` TINYINT(1),
  `works_in_nursery` TINYINT(1),
  `works_in_school` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_applications_on_ecf_id` (`ecf_id`),
  CONSTRAINT `applications_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `applications_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  CONSTRAINT `applications_itt_provider_id_fkey` FOREIGN KEY (`itt_provider_id`) REFERENCES `itt_providers` (`id`),
  CONSTRAINT `applications_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`),
  CONSTRAINT `applications_private_childcare_provider_id_fkey` FOREIGN KEY (`private_childcare_provider_id`) REFERENCES `private_childcare_providers` (`id`),
  CONSTRAINT `applications_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`),
  CONSTRAINT `applications_school_id_fkey` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  CONSTRAINT `applications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `application_states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36),
  `lead_provider_id` BIGINT,
  `reason` TEXT,
  `state` ENUM('active','deferred','withdrawn') NOT NULL DEFAULT 'active',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_application_states_on_ecf_id` (`ecf_id`),
  CONSTRAINT `application_states_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `application_states_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
);

CREATE TABLE `bulk_operations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `admin_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `finished_at` DATETIME(6),
  `ran_by_admin_id` INT,
  `result` JSON,
  `row_count` INT,
  `started_at` DATETIME(6),
  `type` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `closed_registration_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contract_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36),
  `monthly_service_fee` DECIMAL(30,10) DEFAULT 0.0,
  `number_of_payment_periods` INT,
  `output_payment_percentage` INT NOT NULL DEFAULT 60,
  `per_participant` DECIMAL(30,10) NOT NULL,
  `recruitment_target` INT NOT NULL,
  `service_fee_installments` INT NOT NULL,
  `service_fee_percentage` INT NOT NULL DEFAULT 40,
  `special_course` TINYINT(1) NOT NULL DEFAULT 0,
  `targeted_delivery_funding_per_participant` DECIMAL(30,10) DEFAULT 100.0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_contract_templates_on_ecf_id` (`ecf_id`)
);

CREATE TABLE `contracts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contract_template_id` BIGINT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `statement_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_contracts_on_statement_id_and_course_id` (`statement_id`, `course_id`),
  CONSTRAINT `contracts_contract_template_id_fkey` FOREIGN KEY (`contract_template_id`) REFERENCES `contract_templates` (`id`),
  CONSTRAINT `contracts_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  CONSTRAINT `contracts_statement_id_fkey` FOREIGN KEY (`statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `course_cohorts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cohort_id` BIGINT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_course_cohorts_on_course_id_and_cohort_id` (`course_id`, `cohort_id`),
  CONSTRAINT `course_cohorts_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `course_cohorts_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
);

CREATE TABLE `course_cohort_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course_cohort_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `lead_provider_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_course_cohort_id_lead_provider_id_3527d5c43f` (`course_cohort_id`, `lead_provider_id`),
  CONSTRAINT `course_cohort_providers_course_cohort_id_fkey` FOREIGN KEY (`course_cohort_id`) REFERENCES `course_cohorts` (`id`),
  CONSTRAINT `course_cohort_providers_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
);

CREATE TABLE `delivery_partners` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_delivery_partners_on_ecf_id` (`ecf_id`),
  UNIQUE KEY `index_delivery_partners_on_name` (`name`)
);

CREATE TABLE `declarations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `cohort_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `declaration_date` DATETIME(6),
  `declaration_type` ENUM('started','retained-1','retained-2','completed'),
  `delivery_partner_id` BIGINT,
  `ecf_id` CHAR(36) NOT NULL,
  `lead_provider_id` BIGINT NOT NULL,
  `secondary_delivery_partner_id` BIGINT,
  `state` ENUM('submitted','eligible','payable','paid','voided','ineligible','awaiting_clawback','clawed_back') NOT NULL DEFAULT 'submitted',
  `state_reason` ENUM('duplicate'),
  `superseded_by_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_declarations_on_ecf_id` (`ecf_id`),
  CONSTRAINT `declarations_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `declarations_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `declarations_delivery_partner_id_fkey` FOREIGN KEY (`delivery_partner_id`) REFERENCES `delivery_partners` (`id`),
  CONSTRAINT `declarations_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`),
  CONSTRAINT `declarations_secondary_delivery_partner_id_fkey` FOREIGN KEY (`secondary_delivery_partner_id`) REFERENCES `delivery_partners` (`id`),
  CONSTRAINT `declarations_superseded_by_id_fkey` FOREIGN KEY (`superseded_by_id`) REFERENCES `declarations` (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attempts` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6),
  `cron` TEXT,
  `failed_at` DATETIME(6),
  `handler` TEXT NOT NULL,
  `last_error` TEXT,
  `locked_at` DATETIME(6),
  `locked_by` TEXT,
  `priority` INT NOT NULL DEFAULT 0,
  `queue` TEXT,
  `run_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `delivery_partnerships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cohort_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `delivery_partner_id` BIGINT NOT NULL,
  `lead_provider_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_delivery_partner_id_lead_provider_id_cohort__10d5da32cd` (`delivery_partner_id`, `lead_provider_id`, `cohort_id`),
  CONSTRAINT `delivery_partnerships_cohort_id_fkey` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `delivery_partnerships_delivery_partner_id_fkey` FOREIGN KEY (`delivery_partner_id`) REFERENCES `delivery_partners` (`id`),
  CONSTRAINT `delivery_partnerships_lead_provider_id_fkey` FOREIGN KEY (`lead_provider_id`) REFERENCES `lead_providers` (`id`)
);

CREATE TABLE `eligibility_list_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `identifier_type` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_type_identifier_identifier_type_3a4f491990` (`type`, `identifier`, `identifier_type`)
);

CREATE TABLE `financial_change_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data_changes` JSON NOT NULL,
  `operation_description` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flipper_features` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
);

CREATE TABLE `get_an_identity_webhook_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `message` JSON,
  `message_id` TEXT,
  `message_source` TEXT,
  `message_type` TEXT,
  `processed_at` DATETIME(6),
  `raw` JSON,
  `sent_at` DATETIME(6),
  `status` TEXT DEFAULT 'pending',
  `status_comment` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_passed_participant_outcomes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `completion_date` DATE NOT NULL,
  `course_short_code` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `trn` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `local_authorities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` TEXT,
  `address_2` TEXT,
  `address_3` TEXT,
  `county` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `high_pupil_premium` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT,
  `postcode` TEXT,
  `postcode_without_spaces` TEXT,
  `town` TEXT,
  `ukprn` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `milestones` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `declaration_type` ENUM('started','retained-1','retained-2','completed') NOT NULL,
  `schedule_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_milestones_on_schedule_id_and_declaration_type` (`schedule_id`, `declaration_type`),
  CONSTRAINT `milestones_schedule_id_fkey` FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`)
);

CREATE TABLE `milestone_statements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `milestone_id` BIGINT NOT NULL,
  `statement_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_milestone_statements_on_milestone_id_and_statement_id` (`milestone_id`, `statement_id`),
  CONSTRAINT `milestone_statements_milestone_id_fkey` FOREIGN KEY (`milestone_id`) REFERENCES `milestones` (`id`),
  CONSTRAINT `milestone_statements_statement_id_fkey` FOREIGN KEY (`statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `oauth_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `token` TEXT NOT NULL,
  `token_type` ENUM('refresh_token') NOT NULL DEFAULT 'refresh_token',
  `token_updated_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_tokens_on_user_id_and_token_type` (`user_id`, `token_type`),
  CONSTRAINT `oauth_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `participant_id_changes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36),
  `from_participant_id` CHAR(36) NOT NULL,
  `to_participant_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_participant_id_changes_on_ecf_id` (`ecf_id`),
  CONSTRAINT `participant_id_changes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `participant_outcomes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `completion_date` DATE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `declaration_id` BIGINT NOT NULL,
  `ecf_id` CHAR(36) NOT NULL,
  `qualified_teachers_api_request_successful` TINYINT(1),
  `sent_to_qualified_teachers_api_at` DATETIME(6),
  `state` ENUM('passed','failed','voided') NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_participant_outcomes_on_ecf_id` (`ecf_id`),
  CONSTRAINT `participant_outcomes_declaration_id_fkey` FOREIGN KEY (`declaration_id`) REFERENCES `declarations` (`id`)
);

CREATE TABLE `participant_outcome_api_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ecf_id` CHAR(36) NOT NULL,
  `participant_outcome_id` BIGINT NOT NULL,
  `request_body` JSON,
  `request_headers` JSON,
  `request_path` TEXT,
  `response_body` JSON,
  `response_headers` JSON,
  `status_code` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_participant_outcome_api_requests_on_ecf_id` (`ecf_id`),
  CONSTRAINT `participant_outcome_api_requests_participant_outcome_id_fkey` FOREIGN KEY (`participant_outcome_id`) REFERENCES `participant_outcomes` (`id`)
);

CREATE TABLE `registration_interests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `notified` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_registration_interests_on_email` (`email`)
);

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT,
  `identifier` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT,
  `session_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`)
);

CREATE TABLE `statement_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `declaration_id` BIGINT,
  `ecf_id` CHAR(36),
  `state` ENUM('eligible','payable','paid','voided','ineligible','awaiting_clawback','clawed_back') NOT NULL DEFAULT 'eligible',
  `statement_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_statement_items_on_ecf_id` (`ecf_id`),
  CONSTRAINT `statement_items_declaration_id_fkey` FOREIGN KEY (`declaration_id`) REFERENCES `declarations` (`id`),
  CONSTRAINT `statement_items_statement_id_fkey` FOREIGN KEY (`statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `event` TEXT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `item_type` TEXT NOT NULL,
  `note` TEXT,
  `object` JSON,
  `object_changes` JSON,
  `whodunnit` TEXT,
  PRIMARY KEY (`id`)
);

-- Apply for teacher training (DFE-Digital/apply-for-teacher-training) — db/schema.rb at commit
-- 000f14a9f6be0e1739b4accb2d0fcfbabdeac487 (schema version 2019_12_17_155606), MIT (Crown Copyright, DfE).
-- Rails (PostgreSQL) schema written as MySQL: the implicit bigint `id` primary keys spelled out, string ->
-- VARCHAR(255) (or its limit), text -> TEXT, boolean -> TINYINT(1), datetime -> DATETIME(6) where upstream gives precision 6, else DATETIME, json/jsonb -> JSON;
-- nullability, defaults, indexes and foreign keys as upstream; tables ordered so that every foreign key points at
-- an earlier table. The foreign key application_choices.offered_course_option_id -> course_options is left out
-- (upstream's column is integer, course_options.id bigint: MariaDB refuses the mismatch).

CREATE TABLE `candidates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email_address` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `magic_link_token` VARCHAR(255) NULL,
  `magic_link_token_sent_at` DATETIME NULL,
  `hide_in_reporting` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_candidates_on_email_address` (`email_address`),
  UNIQUE KEY `index_candidates_on_magic_link_token` (`magic_link_token`)
);

CREATE TABLE `application_forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `candidate_id` BIGINT NOT NULL,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `first_nationality` VARCHAR(255) NULL,
  `second_nationality` VARCHAR(255) NULL,
  `english_main_language` TINYINT(1) NULL,
  `english_language_details` TEXT NULL,
  `other_language_details` TEXT NULL,
  `date_of_birth` DATE NULL,
  `further_information` TEXT NULL,
  `submitted_at` DATETIME NULL,
  `phone_number` VARCHAR(255) NULL,
  `address_line1` VARCHAR(255) NULL,
  `address_line2` VARCHAR(255) NULL,
  `address_line3` VARCHAR(255) NULL,
  `address_line4` VARCHAR(255) NULL,
  `country` VARCHAR(255) NULL,
  `postcode` VARCHAR(255) NULL,
  `support_reference` VARCHAR(10) NULL,
  `disability_disclosure` VARCHAR(255) NULL,
  `uk_residency_status` VARCHAR(255) NULL,
  `work_history_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `work_history_explanation` TEXT NULL,
  `degrees_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `becoming_a_teacher` TEXT NULL,
  `subject_knowledge` TEXT NULL,
  `interview_preferences` TEXT NULL,
  `other_qualifications_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `disclose_disability` TINYINT(1) NULL,
  `work_history_breaks` TEXT NULL,
  `course_choices_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `volunteering_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `volunteering_experience` TINYINT(1) NULL,
  `phase` VARCHAR(255) NOT NULL DEFAULT 'apply_1',
  PRIMARY KEY (`id`),
  KEY `index_application_forms_on_candidate_id` (`candidate_id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE
);

CREATE TABLE `providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `code` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_providers_on_code` (`code`)
);

CREATE TABLE `courses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NULL,
  `code` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `level` VARCHAR(255) NULL,
  `accrediting_provider_id` INT NULL,
  `exposed_in_find` TINYINT(1) NULL,
  `open_on_apply` TINYINT(1) NOT NULL DEFAULT 0,
  `recruitment_cycle_year` INT NOT NULL,
  `study_mode` VARCHAR(1) NOT NULL DEFAULT 'F',
  PRIMARY KEY (`id`),
  KEY `index_courses_on_code` (`code`),
  KEY `index_courses_on_exposed_in_find_and_open_on_apply` (`exposed_in_find`, `open_on_apply`),
  UNIQUE KEY `index_courses_on_provider_id_and_code` (`provider_id`, `code`),
  KEY `index_courses_on_provider_id` (`provider_id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
);

CREATE TABLE `sites` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `provider_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `address_line1` VARCHAR(255) NULL,
  `address_line2` VARCHAR(255) NULL,
  `address_line3` VARCHAR(255) NULL,
  `address_line4` VARCHAR(255) NULL,
  `postcode` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sites_on_code_and_provider_id` (`code`, `provider_id`),
  KEY `index_sites_on_provider_id` (`provider_id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
);

CREATE TABLE `course_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `vacancy_status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `study_mode` VARCHAR(255) NOT NULL DEFAULT 'full_time',
  PRIMARY KEY (`id`),
  KEY `index_course_options_on_course_id` (`course_id`),
  UNIQUE KEY `index_course_options_on_site_id_and_course_id_and_study_mode` (`site_id`, `course_id`, `study_mode`),
  KEY `index_course_options_on_site_id` (`site_id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `application_choices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `personal_statement` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `offer` JSON NULL,
  `rejection_reason` VARCHAR(255) NULL,
  `course_option_id` BIGINT NOT NULL,
  `edit_by` DATETIME NULL,
  `reject_by_default_at` DATETIME NULL,
  `rejected_by_default` TINYINT(1) NOT NULL DEFAULT 0,
  `reject_by_default_days` INT NULL,
  `decline_by_default_at` DATETIME NULL,
  `decline_by_default_days` INT NULL,
  `offered_at` DATETIME NULL,
  `rejected_at` DATETIME NULL,
  `withdrawn_at` DATETIME NULL,
  `declined_at` DATETIME NULL,
  `declined_by_default` TINYINT(1) NOT NULL DEFAULT 0,
  `offered_course_option_id` INT NULL,
  PRIMARY KEY (`id`),
  KEY `index_application_choices_on_application_form_id` (`application_form_id`),
  KEY `index_application_choices_on_course_option_id` (`course_option_id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`course_option_id`) REFERENCES `course_options` (`id`)
);

CREATE TABLE `application_experiences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `organisation` VARCHAR(255) NOT NULL,
  `details` TEXT NOT NULL,
  `working_with_children` TINYINT(1) NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NULL,
  `commitment` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_application_experiences_on_application_form_id` (`application_form_id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`) ON DELETE CASCADE
);

CREATE TABLE `application_qualifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `level` VARCHAR(255) NOT NULL,
  `qualification_type` VARCHAR(255) NULL,
  `subject` VARCHAR(255) NULL,
  `grade` VARCHAR(255) NULL,
  `predicted_grade` TINYINT(1) NULL,
  `award_year` VARCHAR(255) NULL,
  `institution_name` VARCHAR(255) NULL,
  `institution_country` VARCHAR(255) NULL,
  `awarding_body` VARCHAR(255) NULL,
  `equivalency_details` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `other_uk_qualification_type` VARCHAR(100) NULL,
  `missing_explanation` TEXT NULL,
  PRIMARY KEY (`id`),
  KEY `index_application_qualifications_on_application_form_id` (`application_form_id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`) ON DELETE CASCADE
);

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auditable_id` INT NULL,
  `auditable_type` VARCHAR(255) NULL,
  `associated_id` INT NULL,
  `associated_type` VARCHAR(255) NULL,
  `user_id` INT NULL,
  `user_type` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `audited_changes` JSON NULL,
  `version` INT NULL DEFAULT 0,
  `comment` VARCHAR(255) NULL,
  `remote_address` VARCHAR(255) NULL,
  `request_uuid` VARCHAR(255) NULL,
  `created_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  KEY `associated_index` (`associated_type`, `associated_id`),
  KEY `auditable_index` (`auditable_type`, `auditable_id`, `version`),
  KEY `index_audits_on_created_at` (`created_at`),
  KEY `index_audits_on_request_uuid` (`request_uuid`),
  KEY `user_index` (`user_id`, `user_type`)
);

CREATE TABLE `provider_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email_address` VARCHAR(255) NOT NULL,
  `dfe_sign_in_uid` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_provider_users_on_dfe_sign_in_uid` (`dfe_sign_in_uid`)
);

CREATE TABLE `provider_users_providers` (
  `provider_id` BIGINT NOT NULL,
  `provider_user_id` BIGINT NOT NULL,
  KEY `index_provider_users_providers_on_provider_id` (`provider_id`),
  KEY `index_provider_users_providers_on_provider_user_id` (`provider_user_id`)
);

CREATE TABLE `references` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email_address` VARCHAR(255) NOT NULL,
  `feedback` VARCHAR(255) NULL,
  `application_form_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NULL,
  `relationship` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_references_on_application_form_id_and_email_address` (`application_form_id`, `email_address`),
  KEY `index_references_on_application_form_id` (`application_form_id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`)
);

CREATE TABLE `support_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dfe_sign_in_uid` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_users_on_dfe_sign_in_uid` (`dfe_sign_in_uid`)
);

CREATE TABLE `vendor_api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hashed_token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `provider_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_vendor_api_tokens_on_hashed_token` (`hashed_token`),
  KEY `index_vendor_api_tokens_on_provider_id` (`provider_id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`) ON DELETE CASCADE
);

CREATE TABLE `vendor_api_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `full_name` VARCHAR(255) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `vendor_user_id` VARCHAR(255) NOT NULL,
  `vendor_api_token_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_vendor_api_users_on_name_email_userid_token` (`full_name`, `email_address`, `vendor_user_id`, `vendor_api_token_id`),
  KEY `index_vendor_api_users_on_vendor_api_token_id` (`vendor_api_token_id`)
);


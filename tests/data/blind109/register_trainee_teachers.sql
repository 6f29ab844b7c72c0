-- Register trainee teachers (github.com/DFE-Digital/register-trainee-teachers), MIT.
-- db/schema.rb at commit ce1126541c2107c9fbfce47b18c794b0973aaac1 (schema version 2026_06_09_164710),
-- Rails schema (PostgreSQL) written as MySQL/MariaDB DDL: 44 of its 72 tables, in upstream's order (Rails 8.1
-- dumps columns alphabetically); indexes, the exclusion constraint and the PostgreSQL enum types left out
-- (enum and tsvector columns written as varchar/text), upstream's foreign keys between kept tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `academic_cycles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `end_date` date NOT NULL,
  `start_date` date NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action_name` varchar(255),
  `controller_name` varchar(255),
  `created_at` datetime NOT NULL,
  `metadata` json,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `allocation_subjects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `deprecated_on` date,
  `dttp_id` varchar(255),
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `apply_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `accredited_body_code` varchar(255),
  `application` json,
  `apply_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `invalid_data` json,
  `recruitment_cycle_year` int,
  `state` int,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `associated_id` int,
  `associated_type` varchar(255),
  `auditable_id` int,
  `auditable_type` varchar(255),
  `audited_changes` json,
  `comment` varchar(255),
  `created_at` datetime,
  `remote_address` varchar(255),
  `request_uuid` varchar(255),
  `user_id` int,
  `user_type` varchar(255),
  `username` varchar(255),
  `version` int DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentication_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `created_by_id` bigint,
  `expires_at` date NOT NULL,
  `last_used_at` datetime,
  `name` varchar(255) NOT NULL,
  `provider_id` bigint NOT NULL,
  `revoked_at` datetime,
  `revoked_by_id` bigint,
  `status` varchar(255) DEFAULT 'active',
  `token_hash` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`revoked_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `blazer_audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `data_source` varchar(255),
  `query_id` bigint,
  `statement` text,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bulk_update_placement_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bulk_update_placement_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `csv_row_number` int NOT NULL,
  `school_id` bigint,
  `state` int NOT NULL DEFAULT 0,
  `trn` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `urn` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
);

CREATE TABLE `bulk_update_recommendations_upload_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `age_range` varchar(255),
  `bulk_update_recommendations_upload_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `csv_row_number` int,
  `first_names` varchar(255),
  `hesa_id` varchar(255),
  `last_names` varchar(255),
  `matched_trainee_id` bigint,
  `phase` varchar(255),
  `provider_trainee_id` varchar(255),
  `qts_or_eyts` varchar(255),
  `route` varchar(255),
  `standards_met_at` date,
  `subject` varchar(255),
  `training_partner` varchar(255),
  `trn` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`matched_trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `bulk_update_trainee_upload_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bulk_update_trainee_upload_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `data` json NOT NULL,
  `row_number` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bulk_update_trainee_upload_id`) REFERENCES `bulk_update_trainee_uploads` (`id`)
);

CREATE TABLE `bulk_update_trainee_uploads` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `number_of_trainees` int NOT NULL DEFAULT 0,
  `provider_id` bigint NOT NULL,
  `status` varchar(255) DEFAULT 'uploaded',
  `submitted_at` datetime,
  `submitted_by_id` bigint,
  `updated_at` datetime NOT NULL,
  `version` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `courses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `accredited_body_code` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `course_length` varchar(255),
  `created_at` datetime NOT NULL,
  `duration_in_years` int NOT NULL,
  `full_time_end_date` date,
  `full_time_start_date` date,
  `level` int NOT NULL,
  `max_age` int,
  `min_age` int,
  `name` varchar(255) NOT NULL,
  `part_time_end_date` date,
  `part_time_start_date` date,
  `published_start_date` date NOT NULL,
  `qualification` int NOT NULL,
  `recruitment_cycle_year` int,
  `route` int NOT NULL,
  `study_mode` int,
  `summary` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `uuid` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `degrees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `country` varchar(255),
  `created_at` datetime NOT NULL,
  `dttp_id` char(36),
  `grade` varchar(255),
  `grade_uuid` char(36),
  `graduation_year` int,
  `institution` varchar(255),
  `institution_uuid` char(36),
  `locale_code` int NOT NULL,
  `non_uk_degree` varchar(255),
  `other_grade` text,
  `slug` varchar(255) NOT NULL,
  `subject` varchar(255),
  `subject_uuid` char(36),
  `trainee_id` bigint NOT NULL,
  `uk_degree` varchar(255),
  `uk_degree_uuid` char(36),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `disabilities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `description` varchar(255),
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `uuid` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `dttp_placement_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `academic_year` char(36),
  `contact_dttp_id` char(36),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `dttp_id` char(36) NOT NULL,
  `programme_end_date` date,
  `programme_start_date` date,
  `provider_dttp_id` char(36),
  `response` json,
  `trainee_status` char(36),
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dttp_trainees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `dttp_id` char(36) NOT NULL,
  `provider_dttp_id` char(36),
  `response` json,
  `state` int DEFAULT 0,
  `status` char(36),
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dttp_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `dttp_id` varchar(255),
  `email` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `provider_dttp_id` varchar(255),
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `feedback_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `email` varchar(255),
  `improvement_suggestion` varchar(255) NOT NULL,
  `name` varchar(255),
  `satisfaction_level` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `funding_methods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `academic_cycle_id` bigint,
  `amount` int NOT NULL,
  `created_at` datetime NOT NULL,
  `funding_type` int,
  `training_route` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`academic_cycle_id`) REFERENCES `academic_cycles` (`id`)
);

CREATE TABLE `funding_trainee_summary_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cohort_level` varchar(255),
  `created_at` datetime NOT NULL,
  `funding_trainee_summary_id` int,
  `lead_school_name` varchar(255),
  `lead_school_urn` varchar(255),
  `route` varchar(255),
  `subject` varchar(255),
  `training_partner_name` varchar(255),
  `training_partner_urn` varchar(255),
  `training_route` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hesa_metadata` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_programme_title` varchar(255),
  `created_at` datetime NOT NULL,
  `fundability` varchar(255),
  `itt_aim` varchar(255),
  `itt_qualification_aim` varchar(255),
  `pg_apprenticeship_start_date` date,
  `placement_school_urn` int,
  `service_leaver` varchar(255),
  `study_length` int,
  `study_length_unit` varchar(255),
  `trainee_id` bigint,
  `updated_at` datetime NOT NULL,
  `year_of_course` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `hesa_students` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `allocated_place` varchar(255),
  `application_choice_id` varchar(255),
  `bursary_level` varchar(255),
  `collection_reference` varchar(255),
  `commencement_date` varchar(255),
  `course_age_range` varchar(255),
  `course_programme_title` varchar(255),
  `course_subject_one` varchar(255),
  `course_subject_three` varchar(255),
  `course_subject_two` varchar(255),
  `created_at` datetime NOT NULL,
  `date_of_birth` varchar(255),
  `degrees` json,
  `disability1` varchar(255),
  `disability2` varchar(255),
  `disability3` varchar(255),
  `disability4` varchar(255),
  `disability5` varchar(255),
  `disability6` varchar(255),
  `disability7` varchar(255),
  `disability8` varchar(255),
  `disability9` varchar(255),
  `email` varchar(255),
  `employing_school_urn` varchar(255),
  `end_date` varchar(255),
  `ethnic_background` varchar(255),
  `first_names` varchar(255),
  `fund_code` varchar(255),
  `hesa_committed_at` varchar(255),
  `hesa_id` varchar(255),
  `hesa_updated_at` varchar(255),
  `initiatives_two` varchar(255),
  `itt_aim` varchar(255),
  `itt_commencement_date` varchar(255),
  `itt_end_date` varchar(255),
  `itt_key` varchar(255),
  `itt_qualification_aim` varchar(255),
  `itt_start_date` varchar(255),
  `last_name` varchar(255),
  `mode` varchar(255),
  `nationality` varchar(255),
  `ni_number` varchar(255),
  `numhus` varchar(255),
  `pg_apprenticeship_start_date` varchar(255),
  `placements` json,
  `previous_hesa_id` varchar(255),
  `previous_surname` varchar(255),
  `provider_course_id` varchar(255),
  `provider_trainee_id` varchar(255),
  `reason_for_leaving` varchar(255),
  `rec_id` varchar(255),
  `service_leaver` varchar(255),
  `sex` varchar(255),
  `status` varchar(255),
  `study_length` varchar(255),
  `study_length_unit` varchar(255),
  `surname16` varchar(255),
  `trainee_start_date` varchar(255),
  `training_initiative` varchar(255),
  `training_partner_urn` varchar(255),
  `training_route` varchar(255),
  `trn` varchar(255),
  `ttcid` varchar(255),
  `ukprn` varchar(255),
  `updated_at` datetime NOT NULL,
  `year_of_course` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `hesa_trainee_details` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `additional_training_initiative` varchar(255),
  `course_age_range` varchar(255),
  `course_study_mode` varchar(255),
  `course_year` int,
  `created_at` datetime NOT NULL,
  `funding_method` varchar(255),
  `hesa_disabilities` json,
  `itt_aim` varchar(255),
  `itt_qualification_aim` varchar(255),
  `ni_number` varchar(255),
  `pg_apprenticeship_start_date` date,
  `previous_last_name` varchar(255),
  `trainee_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `nationalisations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `nationality_id` bigint NOT NULL,
  `trainee_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`nationality_id`) REFERENCES `nationalities` (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `nationalities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `placements` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `address` text,
  `created_at` datetime NOT NULL,
  `name` varchar(255),
  `postcode` varchar(255),
  `school_id` bigint,
  `slug` varchar(255),
  `trainee_id` bigint,
  `updated_at` datetime NOT NULL,
  `urn` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `provider_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `provider_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `providers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `accreditation_id` varchar(255),
  `accredited` tinyint(1) NOT NULL DEFAULT 1,
  `apply_sync_enabled` tinyint(1) DEFAULT 0,
  `code` varchar(255),
  `created_at` datetime NOT NULL,
  `discarded_at` datetime,
  `dttp_id` char(36),
  `name` varchar(255) NOT NULL,
  `searchable` text,
  `ukprn` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `schools` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `close_date` date,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `open_date` date,
  `postcode` varchar(255),
  `searchable` text,
  `town` varchar(255),
  `updated_at` datetime NOT NULL,
  `urn` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `data` text,
  `session_id` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sign_offs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `academic_cycle_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `provider_id` bigint NOT NULL,
  `sign_off_type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`academic_cycle_id`) REFERENCES `academic_cycles` (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `subjects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `trainee_disabilities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `additional_disability` text,
  `created_at` datetime NOT NULL,
  `disability_id` bigint NOT NULL,
  `trainee_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`disability_id`) REFERENCES `disabilities` (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `trainee_withdrawal_reasons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `trainee_id` bigint,
  `trainee_withdrawal_id` bigint,
  `updated_at` datetime NOT NULL,
  `withdrawal_reason_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_withdrawal_id`) REFERENCES `trainee_withdrawals` (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`),
  FOREIGN KEY (`withdrawal_reason_id`) REFERENCES `withdrawal_reasons` (`id`)
);

CREATE TABLE `trainee_withdrawals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `another_reason` varchar(255),
  `created_at` datetime NOT NULL,
  `date` date,
  `discarded_at` datetime,
  `future_interest` varchar(255),
  `safeguarding_concern_reasons` varchar(255),
  `trainee_id` bigint NOT NULL,
  `trigger` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `trainees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `additional_dttp_data` json,
  `additional_ethnic_background` text,
  `application_choice_id` int,
  `apply_application_id` bigint,
  `applying_for_bursary` tinyint(1),
  `applying_for_grant` tinyint(1),
  `applying_for_scholarship` tinyint(1),
  `awarded_at` datetime,
  `bursary_tier` int,
  `commencement_status` int,
  `course_allocation_subject_id` bigint,
  `course_education_phase` int,
  `course_max_age` int,
  `course_min_age` int,
  `course_subject_one` text,
  `course_subject_three` text,
  `course_subject_two` text,
  `course_uuid` char(36),
  `created_at` datetime NOT NULL,
  `created_from_dttp` tinyint(1) NOT NULL DEFAULT 0,
  `created_from_hesa` tinyint(1) NOT NULL DEFAULT 0,
  `date_of_birth` date,
  `defer_date` date,
  `defer_reason` varchar(255),
  `disability_disclosure` int,
  `discarded_at` datetime,
  `diversity_disclosure` int,
  `dormancy_dttp_id` char(36),
  `dttp_id` char(36),
  `dttp_update_sha` varchar(255),
  `ebacc` tinyint(1) DEFAULT 0,
  `email` text,
  `employing_school_id` bigint,
  `employing_school_not_applicable` tinyint(1) DEFAULT 0,
  `end_academic_cycle_id` bigint,
  `ethnic_background` text,
  `ethnic_group` int,
  `first_names` text,
  `funding_eligibility` varchar(255),
  `hesa_editable` tinyint(1) DEFAULT 0,
  `hesa_id` varchar(255),
  `hesa_updated_at` datetime,
  `iqts_country` varchar(255),
  `itt_end_date` date,
  `itt_start_date` date,
  `last_name` text,
  `middle_names` text,
  `outcome_date` date,
  `placement_assignment_dttp_id` char(36),
  `placement_detail` int,
  `progress` json,
  `provider_id` bigint NOT NULL,
  `provider_trainee_id` text,
  `recommended_for_award_at` datetime,
  `record_source` varchar(255),
  `region` varchar(255),
  `reinstate_date` date,
  `searchable` text,
  `sex` int,
  `slug` varchar(255) NOT NULL,
  `slug_sent_to_trs_at` datetime,
  `start_academic_cycle_id` bigint,
  `state` int DEFAULT 0,
  `study_mode` int,
  `submission_ready` tinyint(1) DEFAULT 0,
  `submitted_for_trn_at` datetime,
  `trainee_start_date` date,
  `training_initiative` int,
  `training_partner_id` bigint,
  `training_partner_not_applicable` tinyint(1) DEFAULT 0,
  `training_route` int,
  `trn` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`end_academic_cycle_id`) REFERENCES `academic_cycles` (`id`),
  FOREIGN KEY (`start_academic_cycle_id`) REFERENCES `academic_cycles` (`id`),
  FOREIGN KEY (`course_allocation_subject_id`) REFERENCES `allocation_subjects` (`id`),
  FOREIGN KEY (`apply_application_id`) REFERENCES `apply_applications` (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`employing_school_id`) REFERENCES `schools` (`id`),
  FOREIGN KEY (`training_partner_id`) REFERENCES `training_partners` (`id`)
);

CREATE TABLE `training_partners` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `discarded_at` datetime,
  `name` varchar(255),
  `provider_id` bigint,
  `record_type` varchar(255) NOT NULL,
  `school_id` bigint,
  `ukprn` varchar(255),
  `updated_at` datetime NOT NULL,
  `urn` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
);

CREATE TABLE `trs_trn_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `request_id` char(36) NOT NULL,
  `response` json,
  `state` int DEFAULT 0,
  `trainee_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `trainees` (`id`)
);

CREATE TABLE `uploads` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `malware_scan_result` int DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `dfe_sign_in_uid` varchar(255),
  `discarded_at` datetime,
  `dttp_id` char(36),
  `email` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `last_signed_in_at` datetime,
  `otp_secret` varchar(255),
  `read_only` tinyint(1) DEFAULT 0,
  `system_admin` tinyint(1) DEFAULT 0,
  `updated_at` datetime NOT NULL,
  `welcome_email_sent_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `validation_errors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `details` json,
  `form_object` varchar(255),
  `updated_at` datetime NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `withdrawal_reasons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);


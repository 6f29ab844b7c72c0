-- Apply for qualified teacher status (AQTS), UK Department for Education / Teaching Regulation Agency
-- Upstream: github.com/DFE-Digital/apply-for-qualified-teacher-status `db/schema.rb` (Rails 8.1, PostgreSQL, schema
-- version 2026_07_29_105059), repository commit a30fd63b9b46ab8651b99150f971b1571a240cd4. Licence: MIT.
-- Written as MySQL by a small script: each create_table gets its implicit `id` BIGINT AUTO_INCREMENT primary key
-- (none for id: false), columns in schema.rb's order; string -> VARCHAR(255) (or its limit), text -> TEXT,
-- integer/bigint kept, boolean -> TINYINT(1), datetime -> DATETIME(6), date kept, jsonb -> JSON, uuid -> CHAR(36),
-- binary -> BLOB, array columns -> TEXT. Unique indexes on columns kept as UNIQUE KEY (the two on lower(email) are
-- expression indexes and left out), other indexes and defaults left out, add_foreign_key lines written as
-- FOREIGN KEY clauses. 44 of 54 tables kept (nine Solid Queue execution tables and Active Storage variant records
-- left out).

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `eligibility_enabled` TINYINT(1) NOT NULL,
  `eligibility_skip_questions` TINYINT(1) NOT NULL,
  `other_information` TEXT NOT NULL,
  `sanction_information` VARCHAR(255) NOT NULL,
  `status_information` VARCHAR(255) NOT NULL,
  `subject_limited` TINYINT(1) NOT NULL,
  `teaching_qualification_information` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_countries_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_skip_work_history` TINYINT(1) NOT NULL,
  `country_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `other_information` TEXT NOT NULL,
  `reduced_evidence_accepted` TINYINT(1) NOT NULL,
  `requires_preliminary_check` TINYINT(1) NOT NULL,
  `sanction_check` VARCHAR(255) NOT NULL,
  `sanction_information` VARCHAR(255) NOT NULL,
  `status_check` VARCHAR(255) NOT NULL,
  `status_information` VARCHAR(255) NOT NULL,
  `teaching_authority_address` TEXT NOT NULL,
  `teaching_authority_certificate` TEXT NOT NULL,
  `teaching_authority_emails` TEXT NOT NULL,
  `teaching_authority_name` TEXT NOT NULL,
  `teaching_authority_online_checker_url` VARCHAR(255) NOT NULL,
  `teaching_authority_provides_written_statement` TINYINT(1) NOT NULL,
  `teaching_authority_requires_submission_email` TINYINT(1) NOT NULL,
  `teaching_authority_websites` TEXT NOT NULL,
  `teaching_qualification_information` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `written_statement_optional` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_regions_on_country_id_and_name` (`country_id`, `name`),
  FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibility_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `completed_at` DATETIME(6),
  `country_code` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `degree` TINYINT(1),
  `eligible_work_experience_in_england` TINYINT(1),
  `free_of_sanctions` TINYINT(1),
  `qualification` TINYINT(1),
  `qualified_for_subject` TINYINT(1),
  `region_id` BIGINT,
  `teach_children` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  `work_experience` VARCHAR(255),
  `work_experience_referee` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `english_language_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accepted_tests` VARCHAR(255) NOT NULL,
  `b2_level_requirement` TEXT NOT NULL,
  `b2_level_requirement_prefix` VARCHAR(255) NOT NULL,
  `check_url` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `other_information` TEXT NOT NULL,
  `reference_hint` TEXT NOT NULL,
  `reference_name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived` TINYINT(1),
  `assess_permission` TINYINT(1),
  `azure_ad_uid` VARCHAR(255),
  `change_email_permission` TINYINT(1) NOT NULL,
  `change_name_permission` TINYINT(1) NOT NULL,
  `change_work_history_and_qualification_permission` TINYINT(1) NOT NULL,
  `confirmation_sent_at` DATETIME(6),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `failed_attempts` INT NOT NULL,
  `invitation_accepted_at` DATETIME(6),
  `invitation_created_at` DATETIME(6),
  `invitation_limit` INT,
  `invitation_sent_at` DATETIME(6),
  `invitation_token` VARCHAR(255),
  `invitations_count` INT,
  `invited_by_id` BIGINT,
  `invited_by_type` VARCHAR(255),
  `last_sign_in_at` DATETIME(6),
  `last_sign_in_ip` VARCHAR(255),
  `locked_at` DATETIME(6),
  `manage_staff_permission` TINYINT(1) NOT NULL,
  `name` TEXT NOT NULL,
  `remember_created_at` DATETIME(6),
  `reset_password_sent_at` DATETIME(6),
  `reset_password_token` VARCHAR(255),
  `reverse_decision_permission` TINYINT(1) NOT NULL,
  `sign_in_count` INT NOT NULL,
  `support_console_permission` TINYINT(1) NOT NULL,
  `unconfirmed_email` VARCHAR(255),
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `verify_permission` TINYINT(1) NOT NULL,
  `withdraw_permission` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_staff_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_staff_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_staff_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_staff_on_unlock_token` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teachers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `access_your_teaching_qualifications_url` VARCHAR(255),
  `canonical_email` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `email_domain` TEXT NOT NULL,
  `gov_one_email` VARCHAR(255),
  `gov_one_id` VARCHAR(255),
  `last_sign_in_at` DATETIME(6),
  `last_sign_in_ip` VARCHAR(255),
  `sign_in_count` INT NOT NULL,
  `trn` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_teachers_on_gov_one_id` (`gov_one_id`),
  UNIQUE KEY `index_teachers_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action_required_by` VARCHAR(255) NOT NULL,
  `age_range_max` INT,
  `age_range_min` INT,
  `age_range_status` VARCHAR(255) NOT NULL,
  `alternative_family_name` TEXT NOT NULL,
  `alternative_given_names` TEXT NOT NULL,
  `assessor_id` BIGINT,
  `awarded_at` DATETIME(6),
  `confirmed_no_sanctions` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE,
  `declined_at` DATETIME(6),
  `eligibility_check_id` BIGINT,
  `english_language_citizenship_exempt` TINYINT(1),
  `english_language_proof_method` VARCHAR(255),
  `english_language_provider_id` BIGINT,
  `english_language_provider_other` TINYINT(1) NOT NULL,
  `english_language_provider_reference` TEXT NOT NULL,
  `english_language_qualification_exempt` TINYINT(1),
  `english_language_status` VARCHAR(255) NOT NULL,
  `family_name` TEXT NOT NULL,
  `given_names` TEXT NOT NULL,
  `has_alternative_name` TINYINT(1),
  `has_other_england_work_history` TINYINT(1),
  `has_work_history` TINYINT(1),
  `identification_document_status` VARCHAR(255) NOT NULL,
  `includes_prioritisation_features` TINYINT(1) NOT NULL,
  `national_insurance_number` VARCHAR(255),
  `needs_registration_number` TINYINT(1) NOT NULL,
  `needs_work_history` TINYINT(1) NOT NULL,
  `needs_written_statement` TINYINT(1) NOT NULL,
  `other_england_work_history_status` VARCHAR(255) NOT NULL,
  `passport_country_of_issue_code` VARCHAR(255),
  `passport_document_status` VARCHAR(255) NOT NULL,
  `passport_expiry_date` DATE,
  `personal_information_status` VARCHAR(255) NOT NULL,
  `qualification_changed_work_history_duration` TINYINT(1) NOT NULL,
  `qualifications_status` VARCHAR(255) NOT NULL,
  `reduced_evidence_accepted` TINYINT(1) NOT NULL,
  `reference` VARCHAR(31) NOT NULL,
  `region_id` BIGINT NOT NULL,
  `registration_number` TEXT,
  `registration_number_status` VARCHAR(255) NOT NULL,
  `requires_passport_as_identity_proof` TINYINT(1) NOT NULL,
  `requires_preliminary_check` TINYINT(1) NOT NULL,
  `requires_private_email_for_referee` TINYINT(1) NOT NULL,
  `reviewer_id` BIGINT,
  `stage` VARCHAR(255) NOT NULL,
  `started_with_private_email_for_referee` TINYINT(1) NOT NULL,
  `statuses` TEXT NOT NULL,
  `subject_limited` TINYINT(1) NOT NULL,
  `subjects` TEXT NOT NULL,
  `subjects_status` VARCHAR(255) NOT NULL,
  `submitted_at` DATETIME(6),
  `teacher_id` BIGINT NOT NULL,
  `teaching_authority_provides_written_statement` TINYINT(1) NOT NULL,
  `teaching_qualification_part_of_degree` TINYINT(1),
  `trs_match` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  `verifier_id` BIGINT,
  `withdrawn_at` DATETIME(6),
  `work_history_status` VARCHAR(255) NOT NULL,
  `working_days_between_submitted_and_completed` INT,
  `working_days_between_submitted_and_today` INT,
  `written_statement_confirmation` TINYINT(1) NOT NULL,
  `written_statement_optional` TINYINT(1) NOT NULL,
  `written_statement_status` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_application_forms_on_reference` (`reference`),
  FOREIGN KEY (`eligibility_check_id`) REFERENCES `eligibility_checks` (`id`),
  FOREIGN KEY (`english_language_provider_id`) REFERENCES `english_language_providers` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`),
  FOREIGN KEY (`assessor_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`verifier_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`teacher_id`) REFERENCES `teachers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_forms_suitability_records` (
  `application_form_id` BIGINT NOT NULL,
  `suitability_record_id` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_holds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `reason` VARCHAR(255),
  `reason_comment` VARCHAR(255),
  `release_comment` VARCHAR(255),
  `released_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `age_range_max` INT,
  `age_range_min` INT,
  `age_range_note` TEXT NOT NULL,
  `application_form_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `induction_required` TINYINT(1),
  `prioritisation_decision_at` DATETIME(6),
  `prioritised` TINYINT(1),
  `qualifications_assessor_note` TEXT NOT NULL,
  `recommendation` VARCHAR(255) NOT NULL,
  `recommendation_assessor_note` TEXT NOT NULL,
  `recommended_at` DATETIME(6),
  `references_verified` TINYINT(1),
  `scotland_full_registration` TINYINT(1),
  `started_at` DATETIME(6),
  `subjects` TEXT NOT NULL,
  `subjects_note` TEXT NOT NULL,
  `unsigned_consent_document_generated` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verification_started_at` DATETIME(6),
  `working_days_between_started_and_completed` INT,
  `working_days_between_started_and_today` INT,
  `working_days_between_started_and_verification_started` INT,
  `working_days_between_submitted_and_prioritisation_decision` INT,
  `working_days_between_submitted_and_started` INT,
  `working_days_between_submitted_and_verification_started` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_sections` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessed_at` DATETIME(6),
  `assessment_id` BIGINT NOT NULL,
  `checks` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `failure_reasons` TEXT,
  `key` VARCHAR(255) NOT NULL,
  `passed` TINYINT(1),
  `preliminary` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assessment_sections_on_assessment_id_preliminary_key` (`assessment_id`, `preliminary`, `key`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `certificate_date` DATE,
  `complete_date` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `institution_country_code` TEXT NOT NULL,
  `institution_name` TEXT NOT NULL,
  `start_date` DATE,
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consent_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expired_at` DATETIME(6),
  `qualification_id` BIGINT NOT NULL,
  `received_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `review_note` TEXT NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `unsigned_document_downloaded` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verified_at` DATETIME(6),
  `verify_note` TEXT NOT NULL,
  `verify_passed` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decision_review_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `has_supporting_documents` TINYINT(1),
  `received_at` DATETIME(6),
  `review_note` TEXT NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `available` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `document_type` VARCHAR(255) NOT NULL,
  `documentable_id` BIGINT,
  `documentable_type` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibility_domains` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_forms_count` INT,
  `archived_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `domain` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_eligibility_domains_on_domain` (`domain`),
  FOREIGN KEY (`created_by_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `further_information_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expired_at` DATETIME(6),
  `received_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `review_note` VARCHAR(255) NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `working_days_between_assessment_started_to_requested` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line1` VARCHAR(255),
  `address_line2` VARCHAR(255),
  `application_form_id` BIGINT NOT NULL,
  `canonical_contact_email` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `contact_email` TEXT NOT NULL,
  `contact_email_domain` TEXT NOT NULL,
  `contact_job` VARCHAR(255) NOT NULL,
  `contact_name` TEXT NOT NULL,
  `country_code` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `eligibility_domain_id` BIGINT,
  `end_date` DATE,
  `end_date_is_estimate` TINYINT(1) NOT NULL,
  `hours_per_week` INT,
  `is_other_england_educational_role` TINYINT(1) NOT NULL,
  `job` TEXT NOT NULL,
  `postcode` VARCHAR(255),
  `school_name` TEXT NOT NULL,
  `school_website` VARCHAR(255),
  `start_date` DATE,
  `start_date_is_estimate` TINYINT(1) NOT NULL,
  `still_employed` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`),
  FOREIGN KEY (`eligibility_domain_id`) REFERENCES `eligibility_domains` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prioritisation_work_history_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `checks` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `failure_reasons` TEXT,
  `passed` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  `work_history_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`work_history_id`) REFERENCES `work_histories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prioritisation_reference_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `confirm_applicant_comment` TEXT NOT NULL,
  `confirm_applicant_response` TINYINT(1),
  `contact_comment` TEXT NOT NULL,
  `contact_response` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `expired_at` DATETIME(6),
  `prioritisation_work_history_check_id` BIGINT NOT NULL,
  `received_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `review_note` TEXT NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `slug` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `work_history_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_prioritisation_reference_requests_on_slug` (`slug`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`prioritisation_work_history_check_id`) REFERENCES `prioritisation_work_history_checks` (`id`),
  FOREIGN KEY (`work_history_id`) REFERENCES `work_histories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reference_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `additional_information_response` TEXT NOT NULL,
  `assessment_id` BIGINT NOT NULL,
  `children_comment` TEXT NOT NULL,
  `children_response` TINYINT(1),
  `contact_comment` TEXT NOT NULL,
  `contact_job` VARCHAR(255) NOT NULL,
  `contact_name` VARCHAR(255) NOT NULL,
  `contact_response` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `dates_comment` TEXT NOT NULL,
  `dates_response` TINYINT(1),
  `excludes_suitability_and_concerns_question` TINYINT(1) NOT NULL,
  `expired_at` DATETIME(6),
  `hours_comment` TEXT NOT NULL,
  `hours_response` TINYINT(1),
  `lessons_comment` TEXT NOT NULL,
  `lessons_response` TINYINT(1),
  `misconduct_comment` TEXT NOT NULL,
  `misconduct_response` TINYINT(1),
  `received_at` DATETIME(6),
  `reports_comment` TEXT NOT NULL,
  `reports_response` TINYINT(1),
  `requested_at` DATETIME(6),
  `review_note` VARCHAR(255) NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `satisfied_comment` TEXT NOT NULL,
  `satisfied_response` TINYINT(1),
  `slug` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verified_at` DATETIME(6),
  `verify_note` TEXT NOT NULL,
  `verify_passed` TINYINT(1),
  `work_history_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_reference_requests_on_slug` (`slug`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`work_history_id`) REFERENCES `work_histories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_deliveries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `further_information_request_id` BIGINT,
  `mailer_action_name` VARCHAR(255) NOT NULL,
  `mailer_class_name` VARCHAR(255) NOT NULL,
  `notify_completed_at` DATETIME(6),
  `notify_id` VARCHAR(255),
  `notify_status` VARCHAR(255),
  `prioritisation_reference_request_id` BIGINT,
  `reference_request_id` BIGINT,
  `subject` VARCHAR(255) NOT NULL,
  `to` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`),
  FOREIGN KEY (`further_information_request_id`) REFERENCES `further_information_requests` (`id`),
  FOREIGN KEY (`prioritisation_reference_request_id`) REFERENCES `prioritisation_reference_requests` (`id`),
  FOREIGN KEY (`reference_request_id`) REFERENCES `reference_requests` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export_audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `export_type` VARCHAR(255) NOT NULL,
  `exported_by_id` BIGINT NOT NULL,
  `filter_params` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exported_by_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_flags_features` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feature_flags_features_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `further_information_request_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_email` VARCHAR(255),
  `contact_job` VARCHAR(255),
  `contact_name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `failure_reason_assessor_feedback` TEXT,
  `failure_reason_key` VARCHAR(255) NOT NULL,
  `further_information_request_id` BIGINT,
  `information_type` VARCHAR(255),
  `response` TEXT,
  `review_decision` VARCHAR(255),
  `review_decision_note` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `work_history_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`work_history_id`) REFERENCES `work_histories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT,
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `eligibility_domain_id` BIGINT,
  `text` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`),
  FOREIGN KEY (`eligibility_domain_id`) REFERENCES `eligibility_domains` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professional_standing_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expired_at` DATETIME(6),
  `location_note` TEXT NOT NULL,
  `received_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `review_note` VARCHAR(255) NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `verified_at` DATETIME(6),
  `verify_note` TEXT NOT NULL,
  `verify_passed` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualification_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` BIGINT NOT NULL,
  `consent_method` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expired_at` DATETIME(6),
  `qualification_id` BIGINT NOT NULL,
  `received_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `review_note` VARCHAR(255) NOT NULL,
  `review_passed` TINYINT(1),
  `reviewed_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `verified_at` DATETIME(6),
  `verify_note` TEXT NOT NULL,
  `verify_passed` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminder_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `remindable_id` BIGINT NOT NULL,
  `remindable_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `selected_failure_reasons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_section_id` BIGINT,
  `assessor_feedback` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `prioritisation_work_history_check_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_section_id`) REFERENCES `assessment_sections` (`id`),
  FOREIGN KEY (`prioritisation_work_history_check_id`) REFERENCES `prioritisation_work_history_checks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `selected_failure_reasons_work_histories` (
  `assessor_feedback` TEXT,
  `selected_failure_reason_id` BIGINT NOT NULL,
  `work_history_id` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT,
  `session_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `solid_cache_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` BLOB NOT NULL,
  `key_hash` BIGINT NOT NULL,
  `value` BLOB NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_solid_cache_entries_on_key_hash` (`key_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `solid_queue_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active_job_id` VARCHAR(255),
  `arguments` TEXT,
  `class_name` VARCHAR(255) NOT NULL,
  `concurrency_key` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `finished_at` DATETIME(6),
  `priority` INT NOT NULL,
  `queue_name` VARCHAR(255) NOT NULL,
  `scheduled_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `solid_queue_processes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `hostname` VARCHAR(255),
  `kind` VARCHAR(255) NOT NULL,
  `last_heartbeat_at` DATETIME(6) NOT NULL,
  `metadata` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `pid` INT NOT NULL,
  `supervisor_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_solid_queue_processes_on_name_and_supervisor_id` (`name`, `supervisor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suitability_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archive_note` TEXT NOT NULL,
  `archived_at` DATETIME(6),
  `archived_by_id` BIGINT,
  `country_code` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `date_of_birth` DATE,
  `note` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`archived_by_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suitability_record_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `canonical` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `suitability_record_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`suitability_record_id`) REFERENCES `suitability_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suitability_record_names` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `suitability_record_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`suitability_record_id`) REFERENCES `suitability_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `support_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_enquiry_type` VARCHAR(255),
  `application_reference` VARCHAR(255),
  `comment` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `submitted_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `user_type` VARCHAR(255),
  `zendesk_ticket_created_at` DATETIME(6),
  `zendesk_ticket_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `age_range_max` INT,
  `age_range_min` INT,
  `age_range_note` TEXT NOT NULL,
  `application_form_id` BIGINT,
  `application_hold_id` BIGINT,
  `assessment_id` BIGINT,
  `assessment_section_id` BIGINT,
  `assignee_id` BIGINT,
  `column_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` INT,
  `creator_name` VARCHAR(255) NOT NULL,
  `creator_type` VARCHAR(255),
  `eligibility_domain_id` BIGINT,
  `event_type` VARCHAR(255) NOT NULL,
  `mailer_action_name` VARCHAR(255) NOT NULL,
  `mailer_class_name` VARCHAR(255) NOT NULL,
  `message_subject` VARCHAR(255) NOT NULL,
  `new_value` TEXT NOT NULL,
  `note_id` BIGINT,
  `note_text` TEXT NOT NULL,
  `old_value` TEXT NOT NULL,
  `prioritisation_work_history_check_id` BIGINT,
  `qualification_id` BIGINT,
  `requestable_id` BIGINT,
  `requestable_type` VARCHAR(255),
  `subjects` TEXT NOT NULL,
  `subjects_note` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `work_history_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`),
  FOREIGN KEY (`application_hold_id`) REFERENCES `application_holds` (`id`),
  FOREIGN KEY (`assessment_section_id`) REFERENCES `assessment_sections` (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  FOREIGN KEY (`eligibility_domain_id`) REFERENCES `eligibility_domains` (`id`),
  FOREIGN KEY (`note_id`) REFERENCES `notes` (`id`),
  FOREIGN KEY (`prioritisation_work_history_check_id`) REFERENCES `prioritisation_work_history_checks` (`id`),
  FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`),
  FOREIGN KEY (`assignee_id`) REFERENCES `staff` (`id`),
  FOREIGN KEY (`work_history_id`) REFERENCES `work_histories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trs_trn_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_form_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `potential_duplicate` TINYINT(1),
  `request_id` CHAR(36) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_form_id`) REFERENCES `application_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploads` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `document_id` BIGINT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `malware_scan_result` VARCHAR(255) NOT NULL,
  `translation` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Claim additional payments for teaching (DFE-Digital/claim-additional-payments-for-teaching)
-- db/schema.rb at commit 70f0a313b7940ba538dd85f1b8d4a98b3c1ff1f0 (MIT), PostgreSQL schema written as MySQL DDL.
-- 43 of the 58 tables; column names, order and types as upstream (uuid -> char(36), jsonb/arrays -> json,
-- citext -> varchar(255), inet -> varchar(45)); indexes left out, foreign keys between kept tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_attachments` (
  `id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` char(36) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) DEFAULT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `malware_scan_attempts` int NOT NULL DEFAULT 0,
  `malware_scan_result` varchar(255) DEFAULT NULL,
  `malware_scanned_at` datetime(6) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `amendments` (
  `id` char(36) NOT NULL,
  `claim_changes` varchar(255) DEFAULT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `dfe_sign_in_users_id` char(36) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `personal_data_removed_at` datetime DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`dfe_sign_in_users_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_payments` (
  `id` char(36) NOT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `payment_id` char(36) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claimant_flags` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `identification_attribute` varchar(255) NOT NULL,
  `identification_value` varchar(255) NOT NULL,
  `policy` varchar(255) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `related_claims` json DEFAULT NULL,
  `suggested_action` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claims` (
  `id` char(36) NOT NULL,
  `academic_year` varchar(9) DEFAULT NULL,
  `address_line_1` varchar(100) DEFAULT NULL,
  `address_line_2` varchar(100) DEFAULT NULL,
  `address_line_3` varchar(100) DEFAULT NULL,
  `address_line_4` varchar(100) DEFAULT NULL,
  `assigned_to_id` varchar(255) DEFAULT NULL,
  `bank_account_number` varchar(8) DEFAULT NULL,
  `bank_or_building_society` int DEFAULT NULL,
  `bank_sort_code` varchar(6) DEFAULT NULL,
  `banking_name` varchar(255) DEFAULT NULL,
  `building_society_roll_number` varchar(255) DEFAULT NULL,
  `claimant_declaration` tinyint(1) DEFAULT NULL,
  `column_to_remove_teacher_reference_number` varchar(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `decision_deadline` date DEFAULT NULL,
  `details_check` tinyint(1) DEFAULT NULL,
  `dqt_teacher_status` json DEFAULT NULL,
  `eligibility_id` char(36) DEFAULT NULL,
  `eligibility_type` varchar(255) DEFAULT NULL,
  `email_address` varchar(256) DEFAULT NULL,
  `email_address_check` tinyint(1) DEFAULT NULL,
  `email_verified` tinyint(1) DEFAULT 0,
  `first_name` varchar(100) DEFAULT NULL,
  `has_masters_doctoral_loan` tinyint(1) DEFAULT NULL,
  `has_student_loan` tinyint(1) DEFAULT NULL,
  `held` tinyint(1) DEFAULT 0,
  `hmrc_bank_validation_responses` json DEFAULT NULL,
  `hmrc_bank_validation_succeeded` tinyint(1) DEFAULT 0,
  `identity_confirmed_with_onelogin` tinyint(1) DEFAULT NULL,
  `journeys_session_id` char(36) DEFAULT NULL,
  `logged_in_with_onelogin` tinyint(1) DEFAULT NULL,
  `logged_in_with_tid` tinyint(1) DEFAULT NULL,
  `matching_attributes_last_checked_at` datetime DEFAULT NULL,
  `middle_name` varchar(100) DEFAULT NULL,
  `mobile_check` varchar(255) DEFAULT NULL,
  `mobile_number` varchar(255) DEFAULT NULL,
  `mobile_verified` tinyint(1) DEFAULT 0,
  `national_insurance_number` varchar(9) DEFAULT NULL,
  `onelogin_auth_at` datetime(6) DEFAULT NULL,
  `onelogin_credentials` json DEFAULT NULL,
  `onelogin_idv_at` datetime(6) DEFAULT NULL,
  `onelogin_idv_date_of_birth` date DEFAULT NULL,
  `onelogin_idv_first_name` text DEFAULT NULL,
  `onelogin_idv_full_name` text DEFAULT NULL,
  `onelogin_idv_last_name` text DEFAULT NULL,
  `onelogin_idv_return_codes` json DEFAULT NULL,
  `onelogin_uid` text DEFAULT NULL,
  `onelogin_user_info` json DEFAULT NULL,
  `paye_reference` varchar(255) DEFAULT NULL,
  `payroll_gender` int DEFAULT NULL,
  `personal_data_removed_at` datetime DEFAULT NULL,
  `policy` text NOT NULL,
  `policy_options_provided` json DEFAULT NULL,
  `postcode` varchar(11) DEFAULT NULL,
  `postgraduate_doctoral_loan` tinyint(1) DEFAULT NULL,
  `postgraduate_masters_loan` tinyint(1) DEFAULT NULL,
  `practitioner_email_address` varchar(255) DEFAULT NULL,
  `provide_mobile_number` tinyint(1) DEFAULT NULL,
  `provider_contact_name` varchar(255) DEFAULT NULL,
  `qa_completed_at` datetime(6) DEFAULT NULL,
  `qa_required` tinyint(1) DEFAULT 0,
  `qualifications_details_check` tinyint(1) DEFAULT NULL,
  `reference` varchar(8) NOT NULL,
  `retained_personal_data_removed_at` datetime(6) DEFAULT NULL,
  `sent_one_time_password_at` datetime(6) DEFAULT NULL,
  `started_at` datetime NOT NULL,
  `student_loan_country` int DEFAULT NULL,
  `student_loan_courses` int DEFAULT NULL,
  `student_loan_plan` varchar(255) DEFAULT NULL,
  `student_loan_start_date` int DEFAULT NULL,
  `submitted_at` datetime DEFAULT NULL,
  `submitted_using_slc_data` tinyint(1) DEFAULT 0,
  `surname` varchar(100) DEFAULT NULL,
  `teacher_id_user_info` json DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`journeys_session_id`) REFERENCES `journeys_sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claims_matches` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `left_claim_id` char(36) NOT NULL,
  `matching_attributes` json NOT NULL,
  `right_claim_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`left_claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`right_claim_id`) REFERENCES `claims` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decisions` (
  `id` char(36) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `rejected_reasons` json DEFAULT NULL,
  `undone` tinyint(1) DEFAULT 0,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dfe_sign_in_users` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `current_organisation_ukprn` varchar(255) DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `dfe_sign_in_id` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `family_name` varchar(255) DEFAULT NULL,
  `given_name` varchar(255) DEFAULT NULL,
  `organisation_name` varchar(255) DEFAULT NULL,
  `role_codes` json DEFAULT NULL,
  `session_token` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_type` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dqt_higher_education_qualifications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `date_of_birth` date NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `national_insurance_number` varchar(9) DEFAULT NULL,
  `subject_code` varchar(255) NOT NULL,
  `teacher_reference_number` varchar(11) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_career_payments_eligibilities` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `current_school_id` char(36) DEFAULT NULL,
  `eligible_itt_subject` varchar(255) DEFAULT NULL,
  `employed_as_supply_teacher` tinyint(1) DEFAULT NULL,
  `employed_directly` tinyint(1) DEFAULT NULL,
  `has_entire_term_contract` tinyint(1) DEFAULT NULL,
  `induction_completed` tinyint(1) DEFAULT NULL,
  `itt_academic_year` varchar(9) DEFAULT NULL,
  `nqt_in_academic_year_after_itt` tinyint(1) DEFAULT NULL,
  `qualification` varchar(255) DEFAULT NULL,
  `school_somewhere_else` tinyint(1) DEFAULT NULL,
  `subject_to_disciplinary_action` tinyint(1) DEFAULT NULL,
  `subject_to_formal_performance_action` tinyint(1) DEFAULT NULL,
  `teacher_reference_number` varchar(11) DEFAULT NULL,
  `teaching_subject_now` tinyint(1) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`current_school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_years_payment_eligibilities` (
  `id` char(36) NOT NULL,
  `alternative_idv_claimant_bank_details_match` tinyint(1) DEFAULT NULL,
  `alternative_idv_claimant_date_of_birth` date DEFAULT NULL,
  `alternative_idv_claimant_email` varchar(255) DEFAULT NULL,
  `alternative_idv_claimant_employed_by_nursery` tinyint(1) DEFAULT NULL,
  `alternative_idv_claimant_employment_check_declaration` tinyint(1) DEFAULT NULL,
  `alternative_idv_claimant_national_insurance_number` varchar(255) DEFAULT NULL,
  `alternative_idv_claimant_postcode` varchar(255) DEFAULT NULL,
  `alternative_idv_completed_at` datetime(6) DEFAULT NULL,
  `alternative_idv_reference` varchar(255) DEFAULT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `child_facing_confirmation_given` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `nursery_urn` varchar(255) DEFAULT NULL,
  `practitioner_claim_started_at` datetime(6) DEFAULT NULL,
  `practitioner_first_name` varchar(255) DEFAULT NULL,
  `practitioner_reminder_email_last_sent_at` datetime(6) DEFAULT NULL,
  `practitioner_reminder_email_sent_count` int NOT NULL DEFAULT 0,
  `practitioner_surname` varchar(255) DEFAULT NULL,
  `provider_claim_submitted_at` datetime(6) DEFAULT NULL,
  `provider_email_address` varchar(255) DEFAULT NULL,
  `provider_entered_contract_type` varchar(255) DEFAULT NULL,
  `provider_six_month_employment_reminder_sent_at` datetime(6) DEFAULT NULL,
  `returner_contract_type` varchar(255) DEFAULT NULL,
  `returner_worked_with_children` tinyint(1) DEFAULT NULL,
  `returning_within_6_months` tinyint(1) DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligible_ey_providers` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `file_upload_id` char(36) DEFAULT NULL,
  `local_authority_id` char(36) NOT NULL,
  `max_claims` int NOT NULL DEFAULT 0,
  `nursery_address` varchar(255) DEFAULT NULL,
  `nursery_name` varchar(255) DEFAULT NULL,
  `primary_key_contact_email_address` varchar(255) DEFAULT NULL,
  `secondary_contact_email_address` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`file_upload_id`) REFERENCES `file_uploads` (`id`),
  FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligible_fe_providers` (
  `id` char(36) NOT NULL,
  `academic_year` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `file_upload_id` char(36) DEFAULT NULL,
  `lower_award_amount` decimal(7,2) DEFAULT NULL,
  `max_award_amount` decimal(7,2) DEFAULT NULL,
  `primary_key_contact_email_address` varchar(255) DEFAULT NULL,
  `ukprn` int NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`file_upload_id`) REFERENCES `file_uploads` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` char(36) NOT NULL,
  `actor_id` char(36) DEFAULT NULL,
  `claim_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `entity_id` char(36) DEFAULT NULL,
  `entity_type` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_flags` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `name` text NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` char(36) NOT NULL,
  `area` text DEFAULT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `email_address` varchar(255) DEFAULT NULL,
  `journey` text DEFAULT NULL,
  `occupation` text DEFAULT NULL,
  `origin` text DEFAULT NULL,
  `rating` text DEFAULT NULL,
  `research_participation` tinyint(1) DEFAULT NULL,
  `specific_page` text DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_downloads` (
  `id` char(36) NOT NULL,
  `body` text DEFAULT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `downloaded_by_id` char(36) DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `source_data_model` varchar(255) DEFAULT NULL,
  `source_data_model_id` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_uploads` (
  `id` char(36) NOT NULL,
  `academic_year` varchar(9) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `completed_processing_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `target_data_model` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `upload_errors` json DEFAULT NULL,
  `uploaded_by_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `further_education_payments_eligibilities` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `building_construction_courses` json DEFAULT NULL,
  `chemistry_courses` json DEFAULT NULL,
  `claimant_date_of_birth` date DEFAULT NULL,
  `claimant_identity_verified_at` datetime(6) DEFAULT NULL,
  `claimant_national_insurance_number` varchar(255) DEFAULT NULL,
  `claimant_passport_number` varchar(255) DEFAULT NULL,
  `claimant_postcode` varchar(255) DEFAULT NULL,
  `claimant_valid_passport` tinyint(1) DEFAULT NULL,
  `computing_courses` json DEFAULT NULL,
  `contract_type` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `early_years_courses` json DEFAULT NULL,
  `engineering_manufacturing_courses` json DEFAULT NULL,
  `fixed_term_full_year` tinyint(1) DEFAULT NULL,
  `flagged_as_duplicate` tinyint(1) DEFAULT 0,
  `flagged_as_mismatch_on_teaching_start_year` tinyint(1) DEFAULT 0,
  `flagged_as_previously_start_year_matches_claim_false` tinyint(1) DEFAULT 0,
  `further_education_teaching_start_year` text DEFAULT NULL,
  `half_teaching_hours` tinyint(1) DEFAULT NULL,
  `hours_teaching_eligible_subjects` tinyint(1) DEFAULT NULL,
  `maths_courses` json DEFAULT NULL,
  `passport_number` text DEFAULT NULL,
  `physics_courses` json DEFAULT NULL,
  `possible_school_id` char(36) DEFAULT NULL,
  `provider_assigned_to_id` char(36) DEFAULT NULL,
  `provider_verification_chase_email_last_sent_at` datetime(6) DEFAULT NULL,
  `provider_verification_claimant_bank_details_match` tinyint(1) DEFAULT NULL,
  `provider_verification_claimant_date_of_birth` date DEFAULT NULL,
  `provider_verification_claimant_email` varchar(255) DEFAULT NULL,
  `provider_verification_claimant_employed_by_college` tinyint(1) DEFAULT NULL,
  `provider_verification_claimant_employment_check_declaration` tinyint(1) DEFAULT NULL,
  `provider_verification_claimant_national_insurance_number` varchar(255) DEFAULT NULL,
  `provider_verification_claimant_postcode` varchar(255) DEFAULT NULL,
  `provider_verification_completed_at` datetime DEFAULT NULL,
  `provider_verification_continued_employment` tinyint(1) DEFAULT NULL,
  `provider_verification_contract_covers_full_academic_year` tinyint(1) DEFAULT NULL,
  `provider_verification_contract_type` varchar(255) DEFAULT NULL,
  `provider_verification_deadline` date DEFAULT NULL,
  `provider_verification_declaration` tinyint(1) DEFAULT NULL,
  `provider_verification_disciplinary_action` tinyint(1) DEFAULT NULL,
  `provider_verification_email_count` int DEFAULT 0,
  `provider_verification_email_last_sent_at` datetime(6) DEFAULT NULL,
  `provider_verification_half_teaching_hours` tinyint(1) DEFAULT NULL,
  `provider_verification_half_timetabled_teaching_time` tinyint(1) DEFAULT NULL,
  `provider_verification_not_started_qualification_reason_other` varchar(255) DEFAULT NULL,
  `provider_verification_not_started_qualification_reasons` json DEFAULT NULL,
  `provider_verification_performance_measures` tinyint(1) DEFAULT NULL,
  `provider_verification_started_at` datetime(6) DEFAULT NULL,
  `provider_verification_taught_at_least_one_academic_term` tinyint(1) DEFAULT NULL,
  `provider_verification_teaching_hours_per_week` varchar(255) DEFAULT NULL,
  `provider_verification_teaching_qualification` varchar(255) DEFAULT NULL,
  `provider_verification_teaching_responsibilities` tinyint(1) DEFAULT NULL,
  `provider_verification_teaching_start_year` varchar(255) DEFAULT NULL,
  `provider_verification_verified_by_id` char(36) DEFAULT NULL,
  `provision_search` text DEFAULT NULL,
  `school_id` char(36) DEFAULT NULL,
  `subject_to_disciplinary_action` tinyint(1) DEFAULT NULL,
  `subject_to_formal_performance_action` tinyint(1) DEFAULT NULL,
  `subjects_taught` json DEFAULT NULL,
  `taught_at_least_one_term` tinyint(1) DEFAULT NULL,
  `teacher_reference_number` text DEFAULT NULL,
  `teaching_hours_per_week` text DEFAULT NULL,
  `teaching_qualification` text DEFAULT NULL,
  `teaching_responsibilities` tinyint(1) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `valid_passport` tinyint(1) DEFAULT NULL,
  `verification` json DEFAULT NULL,
  `work_email` varchar(255) DEFAULT NULL,
  `work_email_verified` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_assigned_to_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`provider_verification_verified_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  FOREIGN KEY (`possible_school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `international_relocation_payments_eligibilities` (
  `id` char(36) NOT NULL,
  `application_route` varchar(255) DEFAULT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `breaks_in_employment` tinyint(1) DEFAULT NULL,
  `changed_workplace_or_new_contract` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `current_school_id` char(36) DEFAULT NULL,
  `date_of_entry` date DEFAULT NULL,
  `employment_history` json DEFAULT NULL,
  `nationality` varchar(255) DEFAULT NULL,
  `one_year` tinyint(1) DEFAULT NULL,
  `passport_number` varchar(255) DEFAULT NULL,
  `previous_year_claim_ids` json DEFAULT NULL,
  `school_headteacher_name` varchar(255) DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `state_funded_secondary_school` tinyint(1) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `visa_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`current_school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journey_configurations` (
  `routing_name` varchar(255) NOT NULL,
  `automatic_approvals` tinyint(1) NOT NULL DEFAULT 1,
  `availability_message` varchar(255) DEFAULT NULL,
  `close_at` datetime(6) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `current_academic_year` varchar(9) DEFAULT NULL,
  `open_for_submissions` tinyint(1) NOT NULL DEFAULT 1,
  `teacher_id_enabled` tinyint(1) DEFAULT 1,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`routing_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journeys_service_access_codes` (
  `id` char(36) NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `journey` varchar(255) NOT NULL,
  `multiuse` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journeys_sessions` (
  `id` char(36) NOT NULL,
  `answers` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `expired` tinyint(1) NOT NULL DEFAULT 0,
  `journey` varchar(255) NOT NULL,
  `steps` json DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_authorities` (
  `id` char(36) NOT NULL,
  `code` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_authority_districts` (
  `id` char(36) NOT NULL,
  `code` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` char(36) NOT NULL,
  `body` varchar(255) DEFAULT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `important` tinyint(1) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_confirmations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `file_upload_id` char(36) DEFAULT NULL,
  `payroll_run_id` char(36) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`file_upload_id`) REFERENCES `file_uploads` (`id`),
  FOREIGN KEY (`payroll_run_id`) REFERENCES `payroll_runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `confirmation_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `employers_national_insurance` decimal(7,2) DEFAULT NULL,
  `gross_pay` decimal(7,2) DEFAULT NULL,
  `gross_value` decimal(7,2) DEFAULT NULL,
  `national_insurance` decimal(7,2) DEFAULT NULL,
  `net_pay` decimal(7,2) DEFAULT NULL,
  `payroll_reference` varchar(255) DEFAULT NULL,
  `payroll_run_id` char(36) DEFAULT NULL,
  `postgraduate_loan_repayment` decimal(7,2) DEFAULT NULL,
  `scheduled_payment_date` date DEFAULT NULL,
  `student_loan_repayment` decimal(7,2) DEFAULT NULL,
  `tax` decimal(7,2) DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`confirmation_id`) REFERENCES `payment_confirmations` (`id`),
  FOREIGN KEY (`payroll_run_id`) REFERENCES `payroll_runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payroll_runs` (
  `id` char(36) NOT NULL,
  `claims_count` int DEFAULT NULL,
  `confirmation_report_uploaded_by_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `downloaded_at` datetime DEFAULT NULL,
  `downloaded_by_id` char(36) DEFAULT NULL,
  `payment_confirmation_uploaded` tinyint(1) DEFAULT 0,
  `payments_count` int DEFAULT NULL,
  `scheduled_payment_date` date DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `topups_count` int DEFAULT NULL,
  `total_confirmed_payments` int DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`confirmation_report_uploaded_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`downloaded_by_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminders` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `email_address` varchar(255) DEFAULT NULL,
  `email_sent_at` datetime DEFAULT NULL,
  `email_verified` tinyint(1) DEFAULT 0,
  `full_name` varchar(255) DEFAULT NULL,
  `itt_academic_year` varchar(9) DEFAULT NULL,
  `itt_subject` varchar(255) DEFAULT NULL,
  `journey_class` text NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `csv` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `number_of_rows` int DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `risk_indicators` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `field` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_workforce_censuses` (
  `id` char(36) NOT NULL,
  `contract_agreement_type` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `general_subject_code` varchar(255) DEFAULT NULL,
  `hours_taught` int DEFAULT NULL,
  `school_urn` int DEFAULT NULL,
  `subject_description_sfr` varchar(255) DEFAULT NULL,
  `teacher_reference_number` varchar(255) DEFAULT NULL,
  `totfte` double DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schools` (
  `id` char(36) NOT NULL,
  `close_date` date DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `establishment_number` int DEFAULT NULL,
  `local_authority_district_id` char(36) DEFAULT NULL,
  `local_authority_id` char(36) DEFAULT NULL,
  `locality` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `open_date` date DEFAULT NULL,
  `phase` varchar(255) NOT NULL,
  `phone_number` varchar(20) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `postcode_sanitised` varchar(255) DEFAULT NULL,
  `school_type` varchar(255) NOT NULL,
  `school_type_group` varchar(255) NOT NULL,
  `statutory_high_age` int DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `town` varchar(255) DEFAULT NULL,
  `ukprn` text DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  `urn` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`local_authority_district_id`) REFERENCES `local_authority_districts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `solid_queue_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `active_job_id` varchar(255) DEFAULT NULL,
  `arguments` text DEFAULT NULL,
  `class_name` varchar(255) NOT NULL,
  `concurrency_key` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `finished_at` datetime(6) DEFAULT NULL,
  `priority` int NOT NULL DEFAULT 0,
  `queue_name` varchar(255) NOT NULL,
  `scheduled_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stats` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `one_login_return_code` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_loans_data` (
  `id` char(36) NOT NULL,
  `amount` double DEFAULT NULL,
  `claim_reference` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `full_name` varchar(255) DEFAULT NULL,
  `nino` varchar(255) DEFAULT NULL,
  `no_of_plans_currently_repaying` int DEFAULT NULL,
  `plan_type_of_deduction` int DEFAULT NULL,
  `policy_name` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_loans_eligibilities` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `biology_taught` tinyint(1) DEFAULT NULL,
  `chemistry_taught` tinyint(1) DEFAULT NULL,
  `claim_school_id` char(36) DEFAULT NULL,
  `claim_school_somewhere_else` tinyint(1) DEFAULT NULL,
  `computing_taught` tinyint(1) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `current_school_id` char(36) DEFAULT NULL,
  `employment_status` varchar(255) DEFAULT NULL,
  `had_leadership_position` tinyint(1) DEFAULT NULL,
  `languages_taught` tinyint(1) DEFAULT NULL,
  `mostly_performed_leadership_duties` tinyint(1) DEFAULT NULL,
  `physics_taught` tinyint(1) DEFAULT NULL,
  `qts_award_year` varchar(255) DEFAULT NULL,
  `student_loan_repayment_amount` decimal(7,2) DEFAULT NULL,
  `taught_eligible_subjects` tinyint(1) DEFAULT NULL,
  `teacher_reference_number` varchar(11) DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_school_id`) REFERENCES `schools` (`id`),
  FOREIGN KEY (`current_school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `targeted_retention_incentive_payments_eligibilities` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `current_school_id` char(36) DEFAULT NULL,
  `eligible_degree_subject` tinyint(1) DEFAULT NULL,
  `eligible_itt_subject` varchar(255) DEFAULT NULL,
  `employed_as_supply_teacher` tinyint(1) DEFAULT NULL,
  `employed_directly` tinyint(1) DEFAULT NULL,
  `has_entire_term_contract` tinyint(1) DEFAULT NULL,
  `induction_completed` tinyint(1) DEFAULT NULL,
  `itt_academic_year` varchar(9) DEFAULT NULL,
  `nqt_in_academic_year_after_itt` tinyint(1) DEFAULT NULL,
  `qualification` varchar(255) DEFAULT NULL,
  `school_somewhere_else` tinyint(1) DEFAULT NULL,
  `subject_to_disciplinary_action` tinyint(1) DEFAULT NULL,
  `subject_to_formal_performance_action` tinyint(1) DEFAULT NULL,
  `teacher_reference_number` varchar(11) DEFAULT NULL,
  `teaching_subject_now` tinyint(1) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` char(36) NOT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `claim_verifier_match` int DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `manual` tinyint(1) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `passed` tinyint(1) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teachers_pensions_service` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `employer_id` int DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `gender_digit` int DEFAULT NULL,
  `la_urn` int DEFAULT NULL,
  `nino` varchar(255) DEFAULT NULL,
  `school_urn` int DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `teacher_reference_number` varchar(255) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topups` (
  `id` char(36) NOT NULL,
  `award_amount` decimal(7,2) DEFAULT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `dfe_sign_in_users_id` char(36) DEFAULT NULL,
  `payment_id` char(36) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`dfe_sign_in_users_id`) REFERENCES `dfe_sign_in_users` (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

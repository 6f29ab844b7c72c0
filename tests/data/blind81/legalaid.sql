-- Apply for civil legal aid (ministryofjustice/laa-apply-for-legal-aid), db/schema.rb at commit
-- 56351efaf852db3b88b670e4fcb041c2c8109c82 (MIT), Rails schema (PostgreSQL) written as MySQL DDL: 45 of its 89 tables,
-- columns and types as upstream (uuid -> CHAR(36), jsonb/json -> JSON, inet -> VARCHAR(45), arrays -> JSON);
-- indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `addresses` (
  `id` CHAR(36) NOT NULL,
  `address_line_one` VARCHAR(255),
  `address_line_three` VARCHAR(255),
  `address_line_two` VARCHAR(255),
  `applicant_id` CHAR(36) NOT NULL,
  `building_number_name` VARCHAR(255),
  `care_of` VARCHAR(255),
  `care_of_first_name` VARCHAR(255),
  `care_of_last_name` VARCHAR(255),
  `care_of_organisation_name` VARCHAR(255),
  `city` VARCHAR(255),
  `country_code` VARCHAR(255),
  `country_name` VARCHAR(255),
  `county` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `location` VARCHAR(255),
  `lookup_id` VARCHAR(255),
  `lookup_used` TINYINT(1) NOT NULL DEFAULT 0,
  `organisation` VARCHAR(255),
  `postcode` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_id`) REFERENCES `applicants` (`id`)
);

CREATE TABLE `admin_users` (
  `id` CHAR(36) NOT NULL,
  `auth_provider` VARCHAR(255) NOT NULL DEFAULT '',
  `auth_subject_uid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `current_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `last_sign_in_at` DATETIME,
  `last_sign_in_ip` VARCHAR(45),
  `locked_at` DATETIME,
  `role` VARCHAR(255) DEFAULT 'digest_only',
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `username` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `applicants` (
  `id` CHAR(36) NOT NULL,
  `age_for_means_test_purposes` INT,
  `applied_previously` TINYINT(1),
  `armed_forces` TINYINT(1) DEFAULT 0,
  `changed_last_name` TINYINT(1),
  `confirmation_sent_at` DATETIME,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `correspondence_address_choice` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `date_of_birth` DATE,
  `email` VARCHAR(255),
  `employed` TINYINT(1),
  `encrypted_true_layer_token` JSON,
  `extra_employment_information` TINYINT(1),
  `extra_employment_information_details` VARCHAR(255),
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `first_name` VARCHAR(255),
  `full_employment_details` VARCHAR(255),
  `has_national_insurance_number` TINYINT(1),
  `has_partner` TINYINT(1),
  `last_name` VARCHAR(255),
  `last_name_at_birth` VARCHAR(255),
  `locked_at` DATETIME,
  `national_insurance_number` VARCHAR(255),
  `no_fixed_residence` TINYINT(1),
  `partner_has_contrary_interest` TINYINT(1),
  `previous_reference` VARCHAR(255),
  `receives_state_benefits` TINYINT(1),
  `relationship_to_children` VARCHAR(255),
  `remember_created_at` DATETIME,
  `remember_token` VARCHAR(255),
  `same_correspondence_and_home_address` TINYINT(1),
  `self_employed` TINYINT(1) DEFAULT 0,
  `shared_benefit_with_partner` TINYINT(1),
  `student_finance` TINYINT(1),
  `student_finance_amount` DECIMAL(65,30),
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `attachment_name` VARCHAR(255),
  `attachment_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `legal_aid_application_id` CHAR(36),
  `original_filename` TEXT,
  `pdf_attachment_id` CHAR(36),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bank_account_holders` (
  `id` CHAR(36) NOT NULL,
  `addresses` JSON,
  `bank_provider_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `date_of_birth` DATE,
  `full_name` VARCHAR(255),
  `true_layer_response` JSON,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bank_provider_id`) REFERENCES `bank_providers` (`id`)
);

CREATE TABLE `bank_accounts` (
  `id` CHAR(36) NOT NULL,
  `account_number` VARCHAR(255),
  `account_type` VARCHAR(255),
  `balance` DECIMAL(65,30),
  `bank_provider_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `currency` VARCHAR(255),
  `name` VARCHAR(255),
  `sort_code` VARCHAR(255),
  `true_layer_balance_response` JSON,
  `true_layer_id` VARCHAR(255),
  `true_layer_response` JSON,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bank_provider_id`) REFERENCES `bank_providers` (`id`)
);

CREATE TABLE `bank_errors` (
  `id` CHAR(36) NOT NULL,
  `applicant_id` CHAR(36) NOT NULL,
  `bank_name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `error` TEXT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_id`) REFERENCES `applicants` (`id`)
);

CREATE TABLE `bank_providers` (
  `id` CHAR(36) NOT NULL,
  `applicant_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `credentials_id` VARCHAR(255),
  `name` VARCHAR(255),
  `true_layer_provider_id` VARCHAR(255),
  `true_layer_response` JSON,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_id`) REFERENCES `applicants` (`id`)
);

CREATE TABLE `bank_transactions` (
  `id` CHAR(36) NOT NULL,
  `amount` DECIMAL(65,30),
  `bank_account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `currency` VARCHAR(255),
  `description` VARCHAR(255),
  `flags` JSON,
  `happened_at` DATETIME,
  `merchant` VARCHAR(255),
  `meta_data` VARCHAR(255),
  `operation` VARCHAR(255),
  `running_balance` DECIMAL(65,30),
  `transaction_type_id` CHAR(36),
  `true_layer_id` VARCHAR(255),
  `true_layer_response` JSON,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts` (`id`)
);

CREATE TABLE `benefit_check_results` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `dwp_ref` VARCHAR(255),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `result` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `capital_disregards` (
  `id` CHAR(36) NOT NULL,
  `account_name` VARCHAR(255),
  `amount` DECIMAL(65,30),
  `created_at` DATETIME(6) NOT NULL,
  `date_received` DATE,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `mandatory` TINYINT(1) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `payment_reason` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `cash_transactions` (
  `id` CHAR(36) NOT NULL,
  `amount` DECIMAL(65,30),
  `created_at` DATETIME(6) NOT NULL,
  `legal_aid_application_id` VARCHAR(255),
  `month_number` INT,
  `owner_id` CHAR(36),
  `owner_type` VARCHAR(255),
  `transaction_date` DATE,
  `transaction_type_id` CHAR(36),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chances_of_successes` (
  `id` CHAR(36) NOT NULL,
  `application_purpose` TEXT,
  `created_at` DATETIME NOT NULL,
  `proceeding_id` CHAR(36) NOT NULL,
  `success_likely` TINYINT(1),
  `success_prospect` VARCHAR(255),
  `success_prospect_details` TEXT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `citizen_access_tokens` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_on` DATE NOT NULL,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL DEFAULT '',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `debugs` (
  `id` CHAR(36) NOT NULL,
  `auth_params` VARCHAR(255),
  `browser_details` VARCHAR(255),
  `callback_params` VARCHAR(255),
  `callback_url` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `debug_type` VARCHAR(255),
  `error_details` VARCHAR(255),
  `legal_aid_application_id` VARCHAR(255),
  `session` TEXT,
  `session_id` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dependants` (
  `id` CHAR(36) NOT NULL,
  `assets_value` DECIMAL(65,30),
  `created_at` DATETIME NOT NULL,
  `date_of_birth` DATE,
  `has_assets_more_than_threshold` TINYINT(1),
  `has_income` TINYINT(1),
  `in_full_time_education` TINYINT(1),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `monthly_income` DECIMAL(65,30),
  `name` VARCHAR(255),
  `number` INT,
  `relationship` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `document_categories` (
  `id` CHAR(36) NOT NULL,
  `ccms_document_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `display_on_evidence_upload` TINYINT(1) NOT NULL DEFAULT 0,
  `file_extension` VARCHAR(255),
  `mandatory` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `submit_to_ccms` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `domestic_abuse_summaries` (
  `id` CHAR(36) NOT NULL,
  `bail_conditions_set` TINYINT(1),
  `bail_conditions_set_details` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `police_notified` TINYINT(1),
  `police_notified_details` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `warning_letter_sent` TINYINT(1),
  `warning_letter_sent_details` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `dwp_overrides` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `has_evidence_of_benefit` TINYINT(1),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `passporting_benefit` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `employment_payments` (
  `id` CHAR(36) NOT NULL,
  `benefits_in_kind` DECIMAL(65,30) NOT NULL DEFAULT '0.0',
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE NOT NULL,
  `employment_id` CHAR(36),
  `gross` DECIMAL(65,30) NOT NULL DEFAULT '0.0',
  `national_insurance` DECIMAL(65,30) NOT NULL DEFAULT '0.0',
  `net_employment_income` DECIMAL(65,30) NOT NULL DEFAULT '0.0',
  `tax` DECIMAL(65,30) NOT NULL DEFAULT '0.0',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`employment_id`) REFERENCES `employments` (`id`)
);

CREATE TABLE `employments` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `legal_aid_application_id` CHAR(36),
  `name` VARCHAR(255) NOT NULL,
  `owner_id` CHAR(36),
  `owner_type` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `entra_id_tokens` (
  `id` CHAR(36) NOT NULL,
  `access_token` TEXT,
  `access_token_expires_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `id_token` TEXT,
  `provider_id` CHAR(36) NOT NULL,
  `refresh_token` TEXT,
  `scope` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
);

CREATE TABLE `feedbacks` (
  `id` CHAR(36) NOT NULL,
  `browser` VARCHAR(255),
  `browser_version` VARCHAR(255),
  `contact_email` VARCHAR(255),
  `contact_name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `difficulty` INT,
  `difficulty_reason` TEXT,
  `done_all_needed` TINYINT(1),
  `done_all_needed_reason` TEXT,
  `email` VARCHAR(255),
  `improvement_suggestion` TEXT,
  `legal_aid_application_id` CHAR(36),
  `originating_page` VARCHAR(255),
  `os` VARCHAR(255),
  `satisfaction` INT,
  `satisfaction_reason` TEXT,
  `source` VARCHAR(255),
  `time_taken_satisfaction` INT,
  `time_taken_satisfaction_reason` TEXT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `final_hearings` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE,
  `details` VARCHAR(255),
  `listed` TINYINT(1) NOT NULL,
  `proceeding_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `work_type` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings` (`id`)
);

CREATE TABLE `firms` (
  `id` CHAR(36) NOT NULL,
  `ccms_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hmrc_responses` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `legal_aid_application_id` CHAR(36),
  `owner_id` CHAR(36),
  `owner_type` VARCHAR(255),
  `response` JSON,
  `submission_id` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  `use_case` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `incidents` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `details` TEXT,
  `first_contact_date` DATE,
  `legal_aid_application_id` CHAR(36),
  `occurred_on` DATE,
  `told_on` DATE,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `individuals` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `involved_children` (
  `id` CHAR(36) NOT NULL,
  `ccms_opponent_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `legal_aid_applications` (
  `id` CHAR(36) NOT NULL,
  `allowed_document_categories` JSON NOT NULL,
  `applicant_id` CHAR(36),
  `applicant_in_receipt_of_housing_benefit` TINYINT(1),
  `application_ref` VARCHAR(255),
  `case_cloned` TINYINT(1),
  `citizen_completed_at` DATETIME,
  `client_declaration_confirmed_at` DATETIME,
  `copy_case` TINYINT(1),
  `copy_case_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `datastore_id` CHAR(36),
  `discarded_at` DATETIME,
  `draft` TINYINT(1),
  `dwp_result_confirmed` TINYINT(1),
  `emergency_cost_override` TINYINT(1),
  `emergency_cost_reasons` VARCHAR(255),
  `emergency_cost_requested` DECIMAL(65,30),
  `has_dependants` TINYINT(1),
  `has_offline_accounts` TINYINT(1),
  `has_restrictions` TINYINT(1),
  `in_scope_of_laspo` TINYINT(1),
  `linked_application_completed` TINYINT(1),
  `merits_submitted_at` DATETIME,
  `merits_submitted_by_id` CHAR(36),
  `no_cash_income` TINYINT(1),
  `no_cash_outgoings` TINYINT(1),
  `no_credit_transaction_types_selected` TINYINT(1),
  `no_debit_transaction_types_selected` TINYINT(1),
  `office_id` CHAR(36),
  `open_banking_consent` TINYINT(1),
  `open_banking_consent_choice_at` DATETIME,
  `outstanding_mortgage_amount` DECIMAL(65,30),
  `own_home` VARCHAR(255),
  `own_vehicle` TINYINT(1),
  `percentage_home` DECIMAL(65,30),
  `plf_court_order` TINYINT(1),
  `property_value` DECIMAL(10,2),
  `provider_id` CHAR(36),
  `provider_received_citizen_consent` TINYINT(1),
  `provider_step` VARCHAR(255),
  `provider_step_params` JSON,
  `purgeable_on` DATE,
  `restrictions_details` VARCHAR(255),
  `reviewed` TEXT,
  `separate_representation_required` TINYINT(1),
  `shared_ownership` VARCHAR(255),
  `substantive_application` TINYINT(1),
  `substantive_application_deadline_on` DATE,
  `substantive_cost_override` TINYINT(1),
  `substantive_cost_reasons` VARCHAR(255),
  `substantive_cost_requested` DECIMAL(65,30),
  `transaction_period_finish_on` DATE,
  `transaction_period_start_on` DATE,
  `transactions_gathered` TINYINT(1),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_id`) REFERENCES `applicants` (`id`),
  FOREIGN KEY (`office_id`) REFERENCES `offices` (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
);

CREATE TABLE `offices` (
  `id` CHAR(36) NOT NULL,
  `ccms_id` VARCHAR(255),
  `code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `firm_id` CHAR(36),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`firm_id`) REFERENCES `firms` (`id`)
);

CREATE TABLE `opponents` (
  `id` CHAR(36) NOT NULL,
  `ccms_opponent_id` INT,
  `created_at` DATETIME NOT NULL,
  `exists_in_ccms` TINYINT(1) DEFAULT 0,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `opposable_id` CHAR(36),
  `opposable_type` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `organisations` (
  `id` CHAR(36) NOT NULL,
  `ccms_type_code` VARCHAR(255) NOT NULL,
  `ccms_type_text` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parties_mental_capacities` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `understands_terms_of_court_order` TINYINT(1),
  `understands_terms_of_court_order_details` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `partners` (
  `id` CHAR(36) NOT NULL,
  `armed_forces` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE,
  `employed` TINYINT(1),
  `extra_employment_information` TINYINT(1),
  `extra_employment_information_details` VARCHAR(255),
  `first_name` VARCHAR(255),
  `full_employment_details` VARCHAR(255),
  `has_national_insurance_number` TINYINT(1),
  `last_name` VARCHAR(255),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `national_insurance_number` VARCHAR(255),
  `no_cash_income` TINYINT(1),
  `no_cash_outgoings` TINYINT(1),
  `receives_state_benefits` TINYINT(1),
  `self_employed` TINYINT(1),
  `shared_benefit_with_applicant` TINYINT(1),
  `student_finance` TINYINT(1),
  `student_finance_amount` DECIMAL(65,30),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `proceedings` (
  `id` CHAR(36) NOT NULL,
  `accepted_emergency_defaults` TINYINT(1),
  `accepted_substantive_defaults` TINYINT(1),
  `category_law_code` VARCHAR(255) NOT NULL,
  `category_of_law` VARCHAR(255) NOT NULL,
  `ccms_code` VARCHAR(255) NOT NULL,
  `ccms_matter_code` VARCHAR(255),
  `client_involvement_type_ccms_code` VARCHAR(255),
  `client_involvement_type_description` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `delegated_functions_cost_limitation` DECIMAL(65,30) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `emergency_level_of_service` INT,
  `emergency_level_of_service_name` VARCHAR(255),
  `emergency_level_of_service_stage` INT,
  `lead_proceeding` TINYINT(1) NOT NULL DEFAULT 0,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `matter_type` VARCHAR(255) NOT NULL,
  `meaning` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `proceeding_case_id` INT,
  `related_orders` JSON NOT NULL,
  `sca_type` VARCHAR(255),
  `substantive_cost_limitation` DECIMAL(65,30) NOT NULL,
  `substantive_level_of_service` INT,
  `substantive_level_of_service_name` VARCHAR(255),
  `substantive_level_of_service_stage` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `used_delegated_functions` TINYINT(1),
  `used_delegated_functions_on` DATE,
  `used_delegated_functions_reported_on` DATE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `proceedings_linked_children` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `involved_child_id` CHAR(36),
  `proceeding_id` CHAR(36),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `providers` (
  `id` CHAR(36) NOT NULL,
  `auth_provider` VARCHAR(255) NOT NULL DEFAULT '',
  `ccms_contact_id` INT,
  `cookies_enabled` TINYINT(1),
  `cookies_saved_at` DATETIME(6),
  `created_at` DATETIME NOT NULL,
  `current_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `email` VARCHAR(255),
  `firm_id` CHAR(36),
  `last_sign_in_at` DATETIME,
  `last_sign_in_ip` VARCHAR(45),
  `name` VARCHAR(255),
  `office_codes` TEXT,
  `roles` TEXT,
  `selected_office_id` CHAR(36),
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `silas_id` VARCHAR(255),
  `type` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `username` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`firm_id`) REFERENCES `firms` (`id`),
  FOREIGN KEY (`selected_office_id`) REFERENCES `offices` (`id`)
);

CREATE TABLE `regular_transactions` (
  `id` CHAR(36) NOT NULL,
  `amount` DECIMAL(65,30) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `frequency` VARCHAR(255) NOT NULL,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36),
  `owner_type` VARCHAR(255),
  `transaction_type_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`transaction_type_id`) REFERENCES `transaction_types` (`id`)
);

CREATE TABLE `savings_amounts` (
  `id` CHAR(36) NOT NULL,
  `cash` DECIMAL(65,30),
  `created_at` DATETIME NOT NULL,
  `joint_offline_current_accounts` DECIMAL(65,30),
  `joint_offline_savings_accounts` DECIMAL(65,30),
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `life_assurance_endowment_policy` DECIMAL(65,30),
  `national_savings` DECIMAL(65,30),
  `no_account_selected` TINYINT(1),
  `no_partner_account_selected` TINYINT(1),
  `none_selected` TINYINT(1),
  `offline_current_accounts` DECIMAL(65,30),
  `offline_savings_accounts` DECIMAL(65,30),
  `other_person_account` DECIMAL(65,30),
  `partner_offline_current_accounts` DECIMAL(65,30),
  `partner_offline_savings_accounts` DECIMAL(65,30),
  `peps_unit_trusts_capital_bonds_gov_stocks` DECIMAL(65,30),
  `plc_shares` DECIMAL(65,30),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

CREATE TABLE `scheduled_mailings` (
  `id` CHAR(36) NOT NULL,
  `addressee` VARCHAR(255),
  `arguments` VARCHAR(255) NOT NULL,
  `cancelled_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `govuk_message_id` VARCHAR(255),
  `legal_aid_application_id` CHAR(36),
  `mailer_klass` VARCHAR(255) NOT NULL,
  `mailer_method` VARCHAR(255) NOT NULL,
  `scheduled_at` DATETIME NOT NULL,
  `sent_at` DATETIME,
  `status` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `settings` (
  `id` CHAR(36) NOT NULL,
  `alert_via_sentry` TINYINT(1) NOT NULL DEFAULT 1,
  `allow_welsh_translation` TINYINT(1) NOT NULL DEFAULT 0,
  `bank_transaction_filename` VARCHAR(255) DEFAULT 'db/sample_data/bank_transactions.csv',
  `cfe_compare_run_at` DATETIME(6),
  `collect_dwp_data` TINYINT(1) NOT NULL DEFAULT 1,
  `collect_hmrc_data` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `digest_extracted_at` DATETIME DEFAULT '1970-01-01 00:00:01',
  `enable_ccms_submission` TINYINT(1) NOT NULL DEFAULT 1,
  `enable_datastore_submission` TINYINT(1) NOT NULL DEFAULT 0,
  `manually_review_all_cases` TINYINT(1) DEFAULT 1,
  `mock_true_layer_data` TINYINT(1) NOT NULL DEFAULT 0,
  `override_admin_out_of_hours` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `statement_of_cases` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `legal_aid_application_id` CHAR(36) NOT NULL,
  `provider_uploader_id` CHAR(36),
  `statement` TEXT,
  `typed` TINYINT(1),
  `updated_at` DATETIME NOT NULL,
  `upload` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`provider_uploader_id`) REFERENCES `providers` (`id`)
);

CREATE TABLE `transaction_types` (
  `id` CHAR(36) NOT NULL,
  `archived_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `operation` VARCHAR(255),
  `other_income` TINYINT(1) DEFAULT 0,
  `parent_id` VARCHAR(255),
  `sort_order` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vehicles` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `estimated_value` DECIMAL(65,30),
  `legal_aid_application_id` CHAR(36),
  `more_than_three_years_old` TINYINT(1),
  `owner` VARCHAR(255),
  `payment_remaining` DECIMAL(65,30),
  `updated_at` DATETIME NOT NULL,
  `used_regularly` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`legal_aid_application_id`) REFERENCES `legal_aid_applications` (`id`)
);

-- Primero (primeroIMS/primero), db/schema.rb at commit 4b95bf947480e7cdd1fca197b1c7ef7188a9bd8e (AGPL-3.0),
-- Rails schema (PostgreSQL) written as MySQL DDL: 42 of its 58 tables, columns and types as upstream
-- (jsonb -> JSON, PostgreSQL arrays -> JSON, uuid -> CHAR(36), ltree -> TEXT); indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `agencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_code` VARCHAR(255) NOT NULL,
  `contact_email` VARCHAR(255),
  `contact_name` VARCHAR(255),
  `contact_phone` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description_i18n` JSON,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `exclude_agency_from_lookups` TINYINT(1) NOT NULL DEFAULT 0,
  `logo_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `name_i18n` JSON,
  `notes` TEXT,
  `order` INT DEFAULT 0,
  `pdf_logo_option` TINYINT(1) NOT NULL DEFAULT 0,
  `services` JSON,
  `telephone` VARCHAR(255),
  `terms_of_use_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `terms_of_use_signed` TINYINT(1) NOT NULL DEFAULT 0,
  `terms_of_use_uploaded_at` DATETIME,
  `terms_of_use_uploaded_by` VARCHAR(255),
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `agencies_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_id` INT,
  `user_group_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`)
);

CREATE TABLE `alerts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_id` INT,
  `alert_for` TEXT,
  `date` DATE,
  `form_sidebar_id` VARCHAR(255),
  `record_id` CHAR(36),
  `record_type` VARCHAR(255),
  `send_email` TINYINT(1) DEFAULT 0,
  `type` VARCHAR(255),
  `unique_id` VARCHAR(255),
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attachment_type` VARCHAR(255),
  `comments` VARCHAR(255),
  `date` DATE,
  `description` VARCHAR(255),
  `field_name` VARCHAR(255),
  `is_current` TINYINT(1) NOT NULL DEFAULT 0,
  `metadata` JSON,
  `record_id` CHAR(36),
  `record_type` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255),
  `metadata` JSON,
  `record_id` VARCHAR(255),
  `record_type` VARCHAR(255),
  `resource_url` VARCHAR(255),
  `timestamp` DATETIME,
  `user_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bulk_exports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `completed_on` DATETIME,
  `custom_export_params` JSON,
  `file_name` VARCHAR(255),
  `filters` JSON,
  `format` VARCHAR(255),
  `match_criteria` VARCHAR(255),
  `model_range` VARCHAR(255),
  `order` JSON,
  `owned_by` VARCHAR(255),
  `password_ciphertext` VARCHAR(255),
  `query` VARCHAR(255),
  `record_type` VARCHAR(255),
  `started_on` DATETIME,
  `status` VARCHAR(255),
  `type` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `case_relationships` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `from_case_id` CHAR(36),
  `primary` TINYINT(1) NOT NULL DEFAULT 0,
  `relationship_type` VARCHAR(255),
  `to_case_id` CHAR(36),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`from_case_id`) REFERENCES `cases` (`id`),
  FOREIGN KEY (`to_case_id`) REFERENCES `cases` (`id`)
);

CREATE TABLE `cases` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `duplicate_case_id` CHAR(36),
  `family_id` CHAR(36),
  `matched_trace_id` VARCHAR(255),
  `matched_tracing_request_id` CHAR(36),
  `phonetic_data` JSON,
  `registry_record_id` CHAR(36),
  `srch_age` INT,
  `srch_approval_status_action_plan` VARCHAR(255),
  `srch_approval_status_assessment` VARCHAR(255),
  `srch_approval_status_case_plan` VARCHAR(255),
  `srch_approval_status_closure` VARCHAR(255),
  `srch_approval_status_gbv_closure` VARCHAR(255),
  `srch_assessment_due_dates` JSON,
  `srch_assigned_user_names` JSON,
  `srch_associated_user_agencies` JSON,
  `srch_associated_user_groups` JSON,
  `srch_associated_user_names` JSON,
  `srch_begin_safety_plan_prompt` TINYINT(1) DEFAULT 0,
  `srch_case_plan_due_dates` JSON,
  `srch_client_code` VARCHAR(255),
  `srch_client_summary_worries_severity_int` INT,
  `srch_closure_problems_severity_int` INT,
  `srch_consent_reporting` TINYINT(1) DEFAULT 0,
  `srch_created_at` DATETIME,
  `srch_current_alert_types` JSON,
  `srch_date_closure` DATETIME,
  `srch_disability_status_yes_no` VARCHAR(255),
  `srch_flagged` TINYINT(1) DEFAULT 0,
  `srch_followup_due_dates` JSON,
  `srch_gender` VARCHAR(255),
  `srch_has_incidents` TINYINT(1) DEFAULT 0,
  `srch_identified_at` DATETIME,
  `srch_identified_by` VARCHAR(255),
  `srch_identified_by_full_name` VARCHAR(255),
  `srch_last_referral_done_at` DATETIME(6),
  `srch_last_referral_rejected_at` DATETIME(6),
  `srch_last_updated_by` VARCHAR(255),
  `srch_location_current` VARCHAR(255),
  `srch_module_id` VARCHAR(255),
  `srch_name` VARCHAR(255),
  `srch_next_steps` JSON,
  `srch_not_edited_by_owner` TINYINT(1) DEFAULT 0,
  `srch_owned_by` VARCHAR(255),
  `srch_owned_by_agency_id` VARCHAR(255),
  `srch_owned_by_groups` JSON,
  `srch_owned_by_location` VARCHAR(255),
  `srch_protection_concerns` JSON,
  `srch_protection_risks` JSON,
  `srch_psychsocial_assessment_score_initial` INT,
  `srch_psychsocial_assessment_score_most_recent` INT,
  `srch_reassigned_transferred_on` DATETIME,
  `srch_record_state` TINYINT(1) DEFAULT 0,
  `srch_referred_users` JSON,
  `srch_referred_users_accepted` JSON,
  `srch_referred_users_accepted_present` TINYINT(1) DEFAULT 0,
  `srch_referred_users_pending` JSON,
  `srch_referred_users_pending_present` TINYINT(1) DEFAULT 0,
  `srch_referred_users_present` TINYINT(1) DEFAULT 0,
  `srch_registration_date` DATETIME,
  `srch_risk_level` VARCHAR(255),
  `srch_service_due_dates` JSON,
  `srch_sex` VARCHAR(255),
  `srch_status` VARCHAR(255),
  `srch_transfer_status` VARCHAR(255),
  `srch_transferred_to_user_groups` JSON,
  `srch_transferred_to_users` JSON,
  `srch_workflow` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`duplicate_case_id`) REFERENCES `cases` (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  FOREIGN KEY (`registry_record_id`) REFERENCES `registry_records` (`id`),
  FOREIGN KEY (`matched_tracing_request_id`) REFERENCES `tracing_requests` (`id`)
);

CREATE TABLE `codes_of_conduct` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `created_by` VARCHAR(255),
  `created_on` DATETIME,
  `title` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_informations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `email` VARCHAR(255),
  `location` VARCHAR(255),
  `name` VARCHAR(255),
  `organization` VARCHAR(255),
  `other_information` TEXT,
  `phone` VARCHAR(255),
  `position` VARCHAR(255),
  `support_forum` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attempts` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `failed_at` DATETIME,
  `handler` TEXT NOT NULL,
  `last_error` TEXT,
  `locked_at` DATETIME,
  `locked_by` VARCHAR(255),
  `priority` INT NOT NULL DEFAULT 0,
  `queue` VARCHAR(255),
  `run_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `families` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `phonetic_data` JSON,
  `srch_assigned_user_names` JSON,
  `srch_associated_user_agencies` JSON,
  `srch_associated_user_groups` JSON,
  `srch_associated_user_names` JSON,
  `srch_created_at` DATETIME,
  `srch_family_location_current` VARCHAR(255),
  `srch_family_registration_date` DATETIME,
  `srch_flagged` TINYINT(1) DEFAULT 0,
  `srch_not_edited_by_owner` TINYINT(1) DEFAULT 0,
  `srch_owned_by` VARCHAR(255),
  `srch_owned_by_agency_id` VARCHAR(255),
  `srch_owned_by_groups` JSON,
  `srch_record_state` TINYINT(1) DEFAULT 0,
  `srch_status` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `flags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `date` DATE,
  `flagged_by` VARCHAR(255),
  `message` TEXT,
  `record_id` VARCHAR(255),
  `record_type` VARCHAR(255),
  `record_uuid` CHAR(36),
  `removed` TINYINT(1) NOT NULL DEFAULT 0,
  `system_generated_followup` TINYINT(1) NOT NULL DEFAULT 0,
  `unflag_message` TEXT,
  `unflagged_by` VARCHAR(255),
  `unflagged_date` DATE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `form_sections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `core_form` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description_i18n` JSON,
  `display_conditions` JSON,
  `display_help_text_view` TINYINT(1) NOT NULL DEFAULT 0,
  `editable` TINYINT(1) NOT NULL DEFAULT 1,
  `form_group_id` VARCHAR(255),
  `form_group_keyed` TINYINT(1) NOT NULL DEFAULT 0,
  `header_message_link` TEXT,
  `help_text_i18n` JSON,
  `hide_subform_placeholder` TINYINT(1) NOT NULL DEFAULT 0,
  `initial_subforms` INT,
  `is_first_tab` TINYINT(1) NOT NULL DEFAULT 0,
  `is_nested` TINYINT(1) NOT NULL DEFAULT 0,
  `is_summary_section` TINYINT(1) NOT NULL DEFAULT 0,
  `mobile_form` TINYINT(1) NOT NULL DEFAULT 0,
  `name_i18n` JSON,
  `order` INT,
  `order_form_group` INT,
  `order_subform` INT,
  `parent_form` VARCHAR(255),
  `shared_subform` VARCHAR(255),
  `shared_subform_group` VARCHAR(255),
  `subform_append_only` TINYINT(1) NOT NULL DEFAULT 0,
  `subform_header_links` JSON,
  `subform_prevent_item_removal` TINYINT(1) NOT NULL DEFAULT 0,
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `identity_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configuration` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` VARCHAR(255),
  `provider_type` VARCHAR(255),
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `incidents` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `incident_case_id` CHAR(36),
  `phonetic_data` JSON,
  `srch_age` INT,
  `srch_armed_force_group_party_names` JSON,
  `srch_assigned_user_names` JSON,
  `srch_associated_user_agencies` JSON,
  `srch_associated_user_groups` JSON,
  `srch_associated_user_names` JSON,
  `srch_cp_sexual_violence_type` VARCHAR(255),
  `srch_created_at` DATETIME,
  `srch_flagged` TINYINT(1) DEFAULT 0,
  `srch_gbv_sexual_violence_type` VARCHAR(255),
  `srch_incident_date` DATETIME,
  `srch_incident_date_derived` DATETIME,
  `srch_incident_location` VARCHAR(255),
  `srch_last_referral_done_at` DATETIME(6),
  `srch_last_referral_rejected_at` DATETIME(6),
  `srch_module_id` VARCHAR(255),
  `srch_not_edited_by_owner` TINYINT(1) DEFAULT 0,
  `srch_owned_by` VARCHAR(255),
  `srch_owned_by_agency_id` VARCHAR(255),
  `srch_owned_by_agency_office` VARCHAR(255),
  `srch_owned_by_groups` JSON,
  `srch_record_state` TINYINT(1) DEFAULT 0,
  `srch_referred_users_accepted` JSON,
  `srch_referred_users_accepted_present` TINYINT(1) DEFAULT 0,
  `srch_referred_users_pending` JSON,
  `srch_referred_users_pending_present` TINYINT(1) DEFAULT 0,
  `srch_status` VARCHAR(255),
  `srch_transferred_to_user_groups` JSON,
  `srch_transferred_to_users` JSON,
  `srch_unaccompanied_separated_status` VARCHAR(255),
  `srch_violation_with_verification_status` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`incident_case_id`) REFERENCES `cases` (`id`)
);

CREATE TABLE `individual_victims` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `individual_victims_violations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `individual_victim_id` CHAR(36),
  `violation_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`individual_victim_id`) REFERENCES `individual_victims` (`id`),
  FOREIGN KEY (`violation_id`) REFERENCES `violations` (`id`)
);

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin_level` INT,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `hierarchy_path` TEXT NOT NULL,
  `location_code` VARCHAR(255) NOT NULL,
  `name_i18n` JSON,
  `placename_i18n` JSON,
  `type` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `lookups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `lookup_values_i18n` JSON,
  `name_i18n` JSON,
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `perpetrators` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `primero_modules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `associated_record_types` JSON,
  `core_resource` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` JSON,
  `field_map` JSON,
  `module_options` JSON,
  `name` JSON,
  `primero_program_id` INT,
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`primero_program_id`) REFERENCES `primero_programs` (`id`)
);

CREATE TABLE `primero_programs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `core_resource` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description_i18n` JSON,
  `end_date` DATE,
  `name_i18n` JSON,
  `start_date` DATE,
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `record_histories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255),
  `datetime` DATETIME,
  `record_changes` JSON,
  `record_id` VARCHAR(255),
  `record_type` VARCHAR(255),
  `user_name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_records` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `phonetic_data` JSON,
  `srch_assigned_user_names` JSON,
  `srch_associated_user_agencies` JSON,
  `srch_associated_user_groups` JSON,
  `srch_associated_user_names` JSON,
  `srch_created_at` DATETIME,
  `srch_location_current` VARCHAR(255),
  `srch_not_edited_by_owner` TINYINT(1) DEFAULT 0,
  `srch_owned_by` VARCHAR(255),
  `srch_owned_by_agency_id` VARCHAR(255),
  `srch_owned_by_groups` JSON,
  `srch_record_state` TINYINT(1) DEFAULT 0,
  `srch_registration_date` DATETIME,
  `srch_status` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `aggregate_by` JSON,
  `aggregate_counts_from` VARCHAR(255),
  `description_i18n` JSON,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `disaggregate_by` JSON,
  `editable` TINYINT(1) DEFAULT 1,
  `exclude_empty_rows` TINYINT(1) NOT NULL DEFAULT 0,
  `filters` JSON,
  `group_ages` TINYINT(1) NOT NULL DEFAULT 0,
  `group_dates_by` VARCHAR(255) DEFAULT 'date',
  `is_graph` TINYINT(1) NOT NULL DEFAULT 0,
  `module_id` VARCHAR(255),
  `name_i18n` JSON,
  `record_type` VARCHAR(255),
  `unique_id` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` VARCHAR(255),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `group_permission` VARCHAR(255) DEFAULT 'self',
  `is_manager` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255),
  `permissions` JSON,
  `referral` TINYINT(1) NOT NULL DEFAULT 0,
  `referral_authorization` TINYINT(1) NOT NULL DEFAULT 0,
  `reporting_location_level` INT,
  `transfer` TINYINT(1) NOT NULL DEFAULT 0,
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_category` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `saved_searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filters` JSON,
  `name` VARCHAR(255),
  `record_type` VARCHAR(255),
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `searchable_identifiers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `field_name` VARCHAR(255),
  `identifier_type` VARCHAR(255),
  `record_id` CHAR(36),
  `record_type` VARCHAR(255),
  `value` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON,
  `expired` TINYINT(1) NOT NULL DEFAULT 0,
  `session_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `system_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `age_ranges` JSON,
  `approval_forms_to_alert` JSON,
  `approvals_labels_i18n` JSON,
  `auto_populate_list` JSON,
  `base_language` VARCHAR(255) DEFAULT 'en',
  `case_code_format` JSON,
  `case_code_separator` VARCHAR(255),
  `changes_field_to_form` JSON,
  `config_update_lock` TINYINT(1) NOT NULL DEFAULT 0,
  `configuration_file_version` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `default_locale` VARCHAR(255) DEFAULT 'en',
  `duplicate_export_field` VARCHAR(255),
  `export_config_id` JSON,
  `incident_reporting_location_config` JSON,
  `locales` JSON,
  `location_limit_for_api` VARCHAR(255),
  `primary_age_range` VARCHAR(255),
  `primero_version` VARCHAR(255),
  `reporting_location_config` JSON,
  `system_options` JSON,
  `terms_of_use_acknowledge` JSON,
  `terms_of_use_agency_sign` JSON,
  `unhcr_needs_codes_mapping` JSON,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `welcome_email_text_i18n` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `traces` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `matched_case_id` CHAR(36),
  `tracing_request_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`matched_case_id`) REFERENCES `cases` (`id`),
  FOREIGN KEY (`tracing_request_id`) REFERENCES `tracing_requests` (`id`)
);

CREATE TABLE `tracing_requests` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `phonetic_data` JSON,
  `srch_assigned_user_names` JSON,
  `srch_associated_user_agencies` JSON,
  `srch_associated_user_groups` JSON,
  `srch_associated_user_names` JSON,
  `srch_created_at` DATETIME,
  `srch_flagged` TINYINT(1) DEFAULT 0,
  `srch_inquiry_date` DATETIME,
  `srch_not_edited_by_owner` TINYINT(1) DEFAULT 0,
  `srch_owned_by` VARCHAR(255),
  `srch_owned_by_agency_id` VARCHAR(255),
  `srch_owned_by_groups` JSON,
  `srch_record_state` TINYINT(1) DEFAULT 0,
  `srch_status` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `transitions` (
  `id` CHAR(36) NOT NULL,
  `allow_case_creation` TINYINT(1) NOT NULL DEFAULT 0,
  `authorized_role_unique_id` VARCHAR(255),
  `consent_individual_transfer` TINYINT(1) NOT NULL DEFAULT 0,
  `consent_overridden` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `notes` TEXT,
  `record_id` VARCHAR(255),
  `record_owned_by` VARCHAR(255),
  `record_owned_by_agency` VARCHAR(255),
  `record_owned_by_groups` JSON,
  `record_type` VARCHAR(255),
  `rejected_reason` VARCHAR(255),
  `rejection_note` TEXT,
  `remote` TINYINT(1) NOT NULL DEFAULT 0,
  `responded_at` DATETIME,
  `service` VARCHAR(255),
  `service_record_id` VARCHAR(255),
  `status` VARCHAR(255),
  `transitioned_by` VARCHAR(255),
  `transitioned_by_user_agency` VARCHAR(255),
  `transitioned_by_user_groups` JSON,
  `transitioned_to` VARCHAR(255),
  `transitioned_to_agency` VARCHAR(255),
  `transitioned_to_remote` VARCHAR(255),
  `transitioned_to_user_agency` VARCHAR(255),
  `transitioned_to_user_groups` JSON,
  `type` VARCHAR(255),
  `type_of_export` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `core_resource` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` VARCHAR(255),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255),
  `unique_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_groups_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_group_id` INT,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_id` INT,
  `agency_office` VARCHAR(255),
  `code` VARCHAR(255),
  `code_of_conduct_accepted_on` DATETIME,
  `code_of_conduct_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `data_processing_consent_provided_on` DATETIME,
  `disabled` TINYINT(1) DEFAULT 0,
  `duplicate` TINYINT(1) DEFAULT 0,
  `email` VARCHAR(255),
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `failed_attempts` INT DEFAULT 0,
  `full_name` VARCHAR(255),
  `identity_provider_id` INT,
  `identity_provider_sync` JSON,
  `locale` VARCHAR(255),
  `location` VARCHAR(255),
  `locked_at` DATETIME,
  `phone` VARCHAR(255),
  `position` VARCHAR(255),
  `receive_webpush` TINYINT(1),
  `registration_stream` VARCHAR(255),
  `reporting_location_code` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `role_id` INT,
  `self_registered` TINYINT(1) DEFAULT 0,
  `send_mail` TINYINT(1) DEFAULT 1,
  `service_account` TINYINT(1) NOT NULL DEFAULT 0,
  `services` JSON,
  `settings` JSON,
  `terms_of_use_accepted_on` DATETIME,
  `time_zone` VARCHAR(255) DEFAULT 'UTC',
  `unlock_token` VARCHAR(255),
  `unverified` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `user_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  FOREIGN KEY (`code_of_conduct_id`) REFERENCES `codes_of_conduct` (`id`),
  FOREIGN KEY (`identity_provider_id`) REFERENCES `identity_providers` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
);

CREATE TABLE `violations` (
  `id` CHAR(36) NOT NULL,
  `data` JSON,
  `incident_id` CHAR(36),
  `source_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`)
);

CREATE TABLE `webpush_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auth` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `notification_url` VARCHAR(255) NOT NULL,
  `p256dh` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `whitelisted_jwts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aud` VARCHAR(255),
  `exp` DATETIME NOT NULL,
  `jti` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

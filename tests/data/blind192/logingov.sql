-- Login.gov identity provider (US General Services Administration / TTS: sign-in and identity proofing for US federal
-- and state agencies' online services)
-- Upstream: github.com/18F/identity-idp `db/schema.rb` (Rails 8.1, schema version 2026_08_18_211808), repository commit
-- e4407766eb797428a21ff226f935d7ee0950ecff. Licence: US Government work, public domain in the US, CC0 1.0 elsewhere.
-- PostgreSQL schema written as MySQL DDL by a script: the implicit `id` as BIGINT AUTO_INCREMENT primary key
-- (INT for `id: :serial`, VARCHAR(255) for `id: :string`), columns in schema.rb's order (Rails 8.1 writes them
-- alphabetically), string VARCHAR(limit or 255), text and citext TEXT, datetime DATETIME(6) (DATETIME for
-- `precision: nil`), date DATE, boolean TINYINT(1), integer INT, bigint BIGINT, decimal DECIMAL(p,s), json/jsonb JSON,
-- array columns TEXT; NOT NULL and upstream's column and table comments (the "sensitive=true/false" tags are
-- upstream's own) kept; unique indexes (not the partial or expression ones) and every add_foreign_key kept; other
-- indexes, defaults and check constraints left out. Five foreign-key columns declared bigint that reference the
-- serial (integer) ids of `users`, `profiles` and `service_providers` are INT here, because MariaDB requires the
-- same type on both sides (device_profiling_results.user_id, document_capture_sessions.user_id,
-- in_person_enrollments.profile_id and .user_id, integrations.service_provider_id). Tables reordered so that
-- referenced tables come first.
-- Kept 45 of 46 tables. Left out: doc_auth_logs (78 per-step view/submit counters and times of the document
-- capture funnel).

CREATE TABLE `ab_test_assignments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bucket` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `discriminator` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `experiment` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_ab_test_assignments_on_experiment_and_discriminator` (`experiment`, `discriminator`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_reset_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cancelled_at` DATETIME COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `granted_at` DATETIME COMMENT 'sensitive=false',
  `granted_token` VARCHAR(255) COMMENT 'sensitive=true',
  `request_token` VARCHAR(255) COMMENT 'sensitive=true',
  `requested_at` DATETIME COMMENT 'sensitive=false',
  `requesting_issuer` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_account_reset_requests_on_granted_token` (`granted_token`),
  UNIQUE KEY `index_account_reset_requests_on_request_token` (`request_token`),
  UNIQUE KEY `index_account_reset_requests_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agencies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `abbreviation` VARCHAR(255) COMMENT 'sensitive=false',
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_agencies_on_abbreviation` (`abbreviation`),
  UNIQUE KEY `index_agencies_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_identities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agency_id` INT NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_agency_identities_on_user_id_and_agency_id` (`user_id`, `agency_id`),
  UNIQUE KEY `index_agency_identities_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_app_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `encrypted_otp_secret_key` VARCHAR(255) NOT NULL COMMENT 'sensitive=true',
  `name` VARCHAR(80) NOT NULL COMMENT 'sensitive=true',
  `totp_timestamp` INT COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_auth_app_configurations_on_user_id_and_created_at` (`user_id`, `created_at`),
  UNIQUE KEY `index_auth_app_configurations_on_user_id_and_name` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_code_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code_cost` VARCHAR(255) COMMENT 'sensitive=false',
  `code_salt` VARCHAR(255) COMMENT 'sensitive=true',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `salted_code_fingerprint` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `used_at` DATETIME COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `deleted_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_deleted_users_on_user_id` (`user_id`),
  UNIQUE KEY `index_deleted_users_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accepted_terms_at` DATETIME COMMENT 'sensitive=false',
  `confirmed_at` DATETIME COMMENT 'sensitive=false',
  `created_at` DATETIME COMMENT 'sensitive=false',
  `direct_otp` VARCHAR(255) COMMENT 'sensitive=true',
  `direct_otp_sent_at` DATETIME COMMENT 'sensitive=false',
  `email_language` VARCHAR(10) COMMENT 'sensitive=false',
  `encrypted_password_digest` VARCHAR(255) COMMENT 'sensitive=true',
  `encrypted_password_digest_multi_region` VARCHAR(255) COMMENT 'sensitive=true',
  `encrypted_recovery_code_digest` VARCHAR(255) COMMENT 'sensitive=true',
  `encrypted_recovery_code_digest_generated_at` DATETIME COMMENT 'sensitive=true',
  `encrypted_recovery_code_digest_multi_region` VARCHAR(255) COMMENT 'sensitive=true',
  `otp_delivery_preference` INT NOT NULL COMMENT 'sensitive=false',
  `password_compromised_checked_at` DATETIME(6) COMMENT 'sensitive=false',
  `piv_cac_recommended_dismissed_at` DATETIME(6) COMMENT 'sensitive=false',
  `reinstated_at` DATETIME(6) COMMENT 'sensitive=false',
  `remember_device_revoked_at` DATETIME COMMENT 'sensitive=false',
  `reset_password_email_address_id` BIGINT COMMENT 'sensitive=false',
  `reset_password_sent_at` DATETIME COMMENT 'sensitive=false',
  `reset_password_token` VARCHAR(255) COMMENT 'sensitive=true',
  `second_factor_attempts_count` INT COMMENT 'sensitive=false',
  `second_factor_locked_at` DATETIME COMMENT 'sensitive=false',
  `second_mfa_reminder_dismissed_at` DATETIME(6) COMMENT 'sensitive=false',
  `sign_in_new_device_at` DATETIME(6) COMMENT 'sensitive=false',
  `suspended_at` DATETIME(6) COMMENT 'sensitive=false',
  `unique_session_id` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `webauthn_platform_recommended_dismissed_at` DATETIME(6) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_profiling_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client` VARCHAR(255) COMMENT 'sensitive=false',
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `notes` VARCHAR(255) COMMENT 'sensitive=false',
  `processed_at` DATETIME(6) COMMENT 'sensitive=false',
  `profiling_type` VARCHAR(255) COMMENT 'sensitive=false',
  `review_status` VARCHAR(255) COMMENT 'sensitive=false',
  `transaction_id` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cookie_uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `last_ip` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `last_used_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_agent` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_capture_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cancelled_at` DATETIME COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `doc_auth_vendor` VARCHAR(255) COMMENT 'sensitive=false',
  `document_type_requested` INT COMMENT 'sensitive=false',
  `hybrid_mobile_request_ip` VARCHAR(255) COMMENT 'sensitive=false',
  `hybrid_mobile_threatmetrix_session_id` VARCHAR(255) COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) COMMENT 'sensitive=false',
  `last_doc_auth_result` VARCHAR(255) COMMENT 'sensitive=false',
  `mdl_enabled` TINYINT(1) COMMENT 'sensitive=false',
  `ocr_confirmation_pending` TINYINT(1) COMMENT 'sensitive=false',
  `passport_cards_supported` TINYINT(1) COMMENT 'sensitive=false',
  `passport_status` VARCHAR(255) COMMENT 'sensitive=false',
  `pending_agent_proofed_user_at` DATETIME(6) COMMENT 'sensitive=false',
  `requested_at` DATETIME COMMENT 'sensitive=false',
  `result_id` VARCHAR(255) COMMENT 'sensitive=false',
  `socure_docv_capture_app_url` VARCHAR(255) COMMENT 'sensitive=false',
  `socure_docv_transaction_token` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_socure_docv_transaction_token` (`socure_docv_transaction_token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duplicate_profile_sets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `closed_at` DATETIME(6) COMMENT 'sensitive=false',
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `fraud_investigation_conclusive` TINYINT(1) COMMENT 'sensitive=false',
  `profile_ids` TEXT NOT NULL COMMENT 'sensitive=false',
  `self_serviced` TINYINT(1) COMMENT 'sensitive=false',
  `service_provider` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_service_provider_profile_ids_7f75d24ae3` (`service_provider`, `profile_ids`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_addresses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmation_sent_at` DATETIME COMMENT 'sensitive=false',
  `confirmation_token` VARCHAR(255) COMMENT 'sensitive=true',
  `confirmed_at` DATETIME COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `email_fingerprint` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `encrypted_email` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `last_sign_in_at` DATETIME COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` BIGINT COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_email_addresses_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_email_addresses_on_email_fingerprint_and_user_id` (`email_fingerprint`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `device_id` INT COMMENT 'sensitive=false',
  `disavowal_token_fingerprint` VARCHAR(255) COMMENT 'sensitive=true',
  `disavowed_at` DATETIME COMMENT 'sensitive=false',
  `event_type` INT NOT NULL COMMENT 'sensitive=false',
  `ip` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `federal_email_domains` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_federal_email_domains_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fraud_review_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `irs_session_id` VARCHAR(255) COMMENT 'sensitive=false',
  `login_session_id` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `user_id` INT COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_account_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `order` INT NOT NULL COMMENT 'sensitive=false',
  `partner_name` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_partner_account_statuses_on_name` (`name`),
  UNIQUE KEY `index_partner_account_statuses_on_order` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agency_id` BIGINT COMMENT 'sensitive=false',
  `became_partner` DATE COMMENT 'sensitive=false',
  `crm_id` BIGINT COMMENT 'sensitive=false',
  `description` TEXT COMMENT 'sensitive=false',
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `partner_account_status_id` BIGINT COMMENT 'sensitive=false',
  `requesting_agency` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_partner_accounts_on_name` (`name`),
  UNIQUE KEY `index_partner_accounts_on_requesting_agency` (`requesting_agency`),
  FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  FOREIGN KEY (`partner_account_status_id`) REFERENCES `partner_account_statuses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iaa_gtcs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `end_date` DATE COMMENT 'sensitive=false',
  `estimated_amount` DECIMAL(12,2) COMMENT 'sensitive=false',
  `gtc_number` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `mod_number` INT NOT NULL COMMENT 'sensitive=false',
  `partner_account_id` BIGINT COMMENT 'sensitive=false',
  `start_date` DATE COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_iaa_gtcs_on_gtc_number` (`gtc_number`),
  FOREIGN KEY (`partner_account_id`) REFERENCES `partner_accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iaa_orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `end_date` DATE COMMENT 'sensitive=false',
  `estimated_amount` DECIMAL(12,2) COMMENT 'sensitive=false',
  `iaa_gtc_id` BIGINT COMMENT 'sensitive=false',
  `mod_number` INT NOT NULL COMMENT 'sensitive=false',
  `order_number` INT NOT NULL COMMENT 'sensitive=false',
  `pricing_model` INT NOT NULL COMMENT 'sensitive=false',
  `start_date` DATE COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_iaa_orders_on_iaa_gtc_id_and_order_number` (`iaa_gtc_id`, `order_number`),
  FOREIGN KEY (`iaa_gtc_id`) REFERENCES `iaa_gtcs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `aal` INT COMMENT 'sensitive=false',
  `access_token` VARCHAR(255) COMMENT 'sensitive=true',
  `acr_values` VARCHAR(255) COMMENT 'sensitive=false',
  `code_challenge` VARCHAR(255) COMMENT 'sensitive=true',
  `created_at` DATETIME COMMENT 'sensitive=false',
  `deleted_at` DATETIME COMMENT 'sensitive=false',
  `email_address_id` BIGINT COMMENT 'sensitive=false',
  `ial` INT COMMENT 'sensitive=false',
  `last_authenticated_at` DATETIME COMMENT 'sensitive=false',
  `last_consented_at` DATETIME COMMENT 'sensitive=false',
  `last_ial1_authenticated_at` DATETIME COMMENT 'sensitive=false',
  `last_ial2_authenticated_at` DATETIME COMMENT 'sensitive=false',
  `nonce` VARCHAR(255) COMMENT 'sensitive=true',
  `rails_session_id` VARCHAR(255) COMMENT 'sensitive=true',
  `requested_aal_value` TEXT COMMENT 'sensitive=false',
  `scope` VARCHAR(255) COMMENT 'sensitive=false',
  `service_provider` VARCHAR(255) COMMENT 'sensitive=false',
  `session_uuid` VARCHAR(255) COMMENT 'sensitive=true',
  `updated_at` DATETIME COMMENT 'sensitive=false',
  `user_id` INT COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `verified_at` DATETIME COMMENT 'sensitive=false',
  `verified_attributes` JSON COMMENT 'sensitive=false',
  `vtr` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_identities_on_access_token` (`access_token`),
  UNIQUE KEY `index_identities_on_session_uuid` (`session_uuid`),
  UNIQUE KEY `index_identities_on_user_id_and_service_provider` (`user_id`, `service_provider`),
  UNIQUE KEY `index_identities_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `activated_at` DATETIME COMMENT 'sensitive=false',
  `active` TINYINT(1) NOT NULL COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `deactivation_reason` INT COMMENT 'sensitive=false',
  `encrypted_attempts_file_reference` VARCHAR(255) COMMENT 'sensitive=false',
  `encrypted_pii` TEXT COMMENT 'sensitive=true',
  `encrypted_pii_multi_region` TEXT COMMENT 'sensitive=true',
  `encrypted_pii_recovery` TEXT COMMENT 'sensitive=true',
  `encrypted_pii_recovery_multi_region` TEXT COMMENT 'sensitive=true',
  `fraud_pending_reason` INT COMMENT 'sensitive=false',
  `fraud_rejection_at` DATETIME(6) COMMENT 'sensitive=false',
  `fraud_review_pending_at` DATETIME(6) COMMENT 'sensitive=false',
  `gpo_verification_expired_at` DATETIME(6) COMMENT 'sensitive=false',
  `gpo_verification_pending_at` DATETIME(6) COMMENT 'sensitive=false',
  `idv_level` INT COMMENT 'sensitive=false',
  `in_person_verification_pending_at` DATETIME(6) COMMENT 'sensitive=false',
  `initiating_service_provider_issuer` VARCHAR(255) COMMENT 'sensitive=false',
  `name_zip_birth_year_signature` VARCHAR(255) COMMENT 'sensitive=true',
  `proofing_components` JSON COMMENT 'sensitive=false',
  `ssn_signature` VARCHAR(64) COMMENT 'sensitive=true',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  `verified_at` DATETIME COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `acs_url` TEXT COMMENT 'sensitive=false',
  `active` TINYINT(1) NOT NULL COMMENT 'sensitive=false',
  `agency_id` INT COMMENT 'sensitive=false',
  `allow_prompt_login` TINYINT(1) COMMENT 'sensitive=false',
  `app_id` VARCHAR(255) COMMENT 'sensitive=false',
  `approved` TINYINT(1) NOT NULL COMMENT 'sensitive=false',
  `assertion_consumer_logout_service_url` TEXT COMMENT 'sensitive=false',
  `attribute_bundle` JSON COMMENT 'sensitive=false',
  `block_encryption` VARCHAR(255) NOT NULL COMMENT 'sensitive=true',
  `certs` TEXT COMMENT 'sensitive=false',
  `created_at` DATETIME COMMENT 'sensitive=false',
  `default_aal` INT COMMENT 'sensitive=false',
  `description` TEXT COMMENT 'sensitive=false',
  `email_nameid_format_allowed` TINYINT(1) COMMENT 'sensitive=false',
  `failure_to_proof_url` TEXT COMMENT 'sensitive=false',
  `friendly_name` VARCHAR(255) COMMENT 'sensitive=false',
  `help_text` JSON COMMENT 'sensitive=false',
  `iaa` VARCHAR(255) COMMENT 'sensitive=false',
  `iaa_end_date` DATE COMMENT 'sensitive=false',
  `iaa_start_date` DATE COMMENT 'sensitive=false',
  `ial` INT COMMENT 'sensitive=false',
  `in_person_proofing_enabled` TINYINT(1) COMMENT 'sensitive=false',
  `irs_attempts_api_enabled` TINYINT(1) COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `launch_date` DATE COMMENT 'sensitive=false',
  `logo` TEXT COMMENT 'sensitive=false',
  `metadata_url` TEXT COMMENT 'sensitive=false',
  `native` TINYINT(1) NOT NULL COMMENT 'sensitive=false',
  `piv_cac` TINYINT(1) COMMENT 'sensitive=false',
  `piv_cac_scoped_by_email` TINYINT(1) COMMENT 'sensitive=false',
  `pkce` TINYINT(1) COMMENT 'sensitive=false',
  `post_idv_follow_up_url` VARCHAR(255) COMMENT 'sensitive=false',
  `push_notification_url` VARCHAR(255) COMMENT 'sensitive=false',
  `redirect_uris` TEXT COMMENT 'sensitive=false',
  `remote_logo_key` VARCHAR(255) COMMENT 'sensitive=false',
  `return_to_sp_url` TEXT COMMENT 'sensitive=false',
  `saml_emailaddress_attribute_enabled` TINYINT(1) COMMENT 'sensitive=false',
  `signature` VARCHAR(255) COMMENT 'sensitive=false',
  `signed_response_message_requested` TINYINT(1) COMMENT 'sensitive=false',
  `sp_initiated_login_url` TEXT COMMENT 'sensitive=false',
  `updated_at` DATETIME COMMENT 'sensitive=false',
  `use_legacy_name_id_behavior` TINYINT(1) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_service_providers_on_issuer` (`issuer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_person_enrollments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `capture_secondary_id_enabled` TINYINT(1) COMMENT 'record and proof state ID and residential addresses separately sensitive=false',
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `current_address_matches_id` TINYINT(1) COMMENT 'True if the user indicates that their current address matches the address on the ID they''re bringing to the Post Office. sensitive=false',
  `deadline_passed_sent` TINYINT(1) COMMENT 'deadline passed email sent for expired enrollment sensitive=false',
  `doc_auth_result` VARCHAR(255) COMMENT 'sensitive=false',
  `document_type` INT COMMENT 'sensitive=false',
  `early_reminder_sent` TINYINT(1) COMMENT 'early reminder to complete IPP before deadline sent sensitive=false',
  `enrollment_code` VARCHAR(255) COMMENT 'The code returned by the USPS service sensitive=false',
  `enrollment_established_at` DATETIME(6) COMMENT 'When the enrollment was successfully established sensitive=false',
  `follow_up_survey_sent` TINYINT(1) COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) COMMENT 'Issuer associated with the enrollment at time of creation sensitive=false',
  `last_batch_claimed_at` DATETIME(6) COMMENT 'sensitive=false',
  `late_reminder_sent` TINYINT(1) COMMENT 'late reminder to complete IPP before deadline sent sensitive=false',
  `notification_sent_at` DATETIME(6) COMMENT 'The time a notification was sent sensitive=false',
  `profile_id` INT COMMENT 'Foreign key to the profile this enrollment belongs to sensitive=false',
  `proofed_at` DATETIME COMMENT 'timestamp when user attempted to proof at a Post Office sensitive=false',
  `ready_for_status_check` TINYINT(1) COMMENT 'sensitive=false',
  `selected_location_details` JSON COMMENT 'The location details of the Post Office the user selected (including title, address, hours of operation) sensitive=true',
  `sponsor_id` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `status` INT COMMENT 'The status of the enrollment sensitive=false',
  `status_check_attempted_at` DATETIME COMMENT 'The last time a status check was attempted sensitive=false',
  `status_check_completed_at` DATETIME(6) COMMENT 'The last time a status check was successfully completed sensitive=false',
  `status_updated_at` DATETIME COMMENT 'The last time the status was successfully updated with a value from the USPS API sensitive=false',
  `unique_id` VARCHAR(255) COMMENT 'Unique ID to use with the USPS service sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'Foreign key to the user this enrollment belongs to sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_in_person_enrollments_on_unique_id` (`unique_id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`issuer`) REFERENCES `service_providers` (`issuer`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Details and status of an in-person proofing enrollment for one user and profile';

CREATE TABLE `integration_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `order` INT NOT NULL COMMENT 'sensitive=false',
  `partner_name` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_integration_statuses_on_name` (`name`),
  UNIQUE KEY `index_integration_statuses_on_order` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dashboard_identifier` INT COMMENT 'sensitive=false',
  `integration_status_id` BIGINT COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `name` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `partner_account_id` BIGINT COMMENT 'sensitive=false',
  `service_provider_id` INT COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_integrations_on_dashboard_identifier` (`dashboard_identifier`),
  UNIQUE KEY `index_integrations_on_issuer` (`issuer`),
  FOREIGN KEY (`integration_status_id`) REFERENCES `integration_statuses` (`id`),
  FOREIGN KEY (`partner_account_id`) REFERENCES `partner_accounts` (`id`),
  FOREIGN KEY (`service_provider_id`) REFERENCES `service_providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_usages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `iaa_order_id` BIGINT COMMENT 'sensitive=false',
  `integration_id` BIGINT COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_integration_usages_on_iaa_order_id_and_integration_id` (`iaa_order_id`, `integration_id`),
  FOREIGN KEY (`iaa_order_id`) REFERENCES `iaa_orders` (`id`),
  FOREIGN KEY (`integration_id`) REFERENCES `integrations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_requests_to_usps_ftp_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ftp_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `letter_requests_count` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_phone_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `encrypted_phone` TEXT NOT NULL COMMENT 'Encrypted phone number to send notifications to sensitive=true',
  `in_person_enrollment_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_notification_phone_configurations_on_enrollment_id` (`in_person_enrollment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmed_at` DATETIME COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `delivery_preference` INT NOT NULL COMMENT 'sensitive=false',
  `encrypted_phone` TEXT NOT NULL COMMENT 'sensitive=true',
  `made_default_at` DATETIME COMMENT 'sensitive=false',
  `mfa_enabled` TINYINT(1) NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_number_opt_outs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `encrypted_phone` VARCHAR(255) COMMENT 'sensitive=true',
  `phone_fingerprint` VARCHAR(255) NOT NULL COMMENT 'sensitive=true',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `uuid` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_phone_number_opt_outs_on_phone_fingerprint` (`phone_fingerprint`),
  UNIQUE KEY `index_phone_number_opt_outs_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `piv_cac_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `name` VARCHAR(80) NOT NULL COMMENT 'sensitive=true',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  `x509_dn_uuid` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `x509_issuer` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_piv_cac_configurations_on_user_id_and_created_at` (`user_id`, `created_at`),
  UNIQUE KEY `index_piv_cac_configurations_on_user_id_and_name` (`user_id`, `name`),
  UNIQUE KEY `index_piv_cac_configurations_on_x509_dn_uuid` (`x509_dn_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recaptcha_assessments` (
  `id` VARCHAR(255) NOT NULL,
  `annotation` VARCHAR(255) COMMENT 'sensitive=false',
  `annotation_reason` VARCHAR(255) COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `registered_at` DATETIME COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_registration_logs_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `event_type` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) COMMENT 'sensitive=false',
  `jti` VARCHAR(255) COMMENT 'sensitive=false',
  `occurred_at` DATETIME COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_security_events_on_jti_and_user_id_and_issuer` (`jti`, `user_id`, `issuer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sign_in_restrictions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `service_provider` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `user_id` INT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sign_in_restrictions_on_user_id_and_service_provider` (`user_id`, `service_provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socure_reason_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `added_at` DATETIME(6) COMMENT 'sensitive=false',
  `code` VARCHAR(255) COMMENT 'sensitive=false',
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `deactivated_at` DATETIME(6) COMMENT 'sensitive=false',
  `description` TEXT COMMENT 'sensitive=false',
  `group` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_socure_reason_codes_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sp_costs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agency_id` INT NOT NULL COMMENT 'sensitive=false',
  `cost_type` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `ial` INT COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `transaction_id` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sp_return_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `billable` TINYINT(1) COMMENT 'sensitive=false',
  `ial` INT NOT NULL COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `profile_id` BIGINT COMMENT 'sensitive=false',
  `profile_requested_issuer` VARCHAR(255) COMMENT 'sensitive=false',
  `profile_verified_at` DATETIME(6) COMMENT 'sensitive=false',
  `request_id` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `returned_at` DATETIME COMMENT 'sensitive=false',
  `user_id` INT COMMENT 'sensitive=false',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sp_return_logs_on_request_id` (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sp_upgraded_biometric_profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `idv_level` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `issuer` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `upgraded_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `user_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suspended_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `digested_base_email` VARCHAR(255) NOT NULL COMMENT 'sensitive=false',
  `email_address_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_proofing_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cost` VARCHAR(255) COMMENT 'sensitive=true',
  `created_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  `encrypted_events` VARCHAR(255) COMMENT 'sensitive=true',
  `profile_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  `salt` VARCHAR(255) COMMENT 'sensitive=true',
  `service_provider_ids_sent` TEXT NOT NULL COMMENT 'sensitive=false',
  `service_providers_sent` JSON NOT NULL COMMENT 'sensitive=false',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usps_confirmation_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code_sent_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `otp_fingerprint` VARCHAR(255) NOT NULL COMMENT 'sensitive=true',
  `profile_id` INT NOT NULL COMMENT 'sensitive=false',
  `reminder_sent_at` DATETIME COMMENT 'sensitive=false',
  `state` VARCHAR(255) COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usps_confirmations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `entry` TEXT NOT NULL COMMENT 'sensitive=false',
  `entry_multi_region` TEXT COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aaguid` VARCHAR(255) COMMENT 'sensitive=false',
  `authenticator_data_flags` JSON COMMENT 'sensitive=false',
  `created_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `credential_id` TEXT NOT NULL COMMENT 'sensitive=false',
  `credential_public_key` TEXT NOT NULL COMMENT 'sensitive=false',
  `name` VARCHAR(80) NOT NULL COMMENT 'sensitive=true',
  `platform_authenticator` TINYINT(1) COMMENT 'sensitive=false',
  `transports` TEXT COMMENT 'sensitive=false',
  `updated_at` DATETIME NOT NULL COMMENT 'sensitive=false',
  `user_id` BIGINT NOT NULL COMMENT 'sensitive=false',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

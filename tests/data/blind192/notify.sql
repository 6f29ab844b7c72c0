-- GOV.UK Notify API (UK Government Digital Service: e-mail, text-message and letter notifications that central and
-- local government services send to citizens)
-- Upstream: github.com/alphagov/notifications-api `app/models.py` (Flask-SQLAlchemy 3.1 models, with the `*_history`
-- tables that `app/history_meta.py`'s Versioned mixin adds), repository commit 8ea236603c43fe96df83459e9b37e0a7c45769a2.
-- Licence: MIT (Crown Copyright, Government Digital Service).
-- How it was made: app/models.py, app/constants.py, app/history_meta.py and app/models_types.py were imported with
-- SQLAlchemy 2.0.52 and Flask-SQLAlchemy 3.1.1 (the pinned versions), the app's other imports stubbed; the mappers
-- were configured and the metadata created in a scratch PostgreSQL database (non-unique indexes dropped first: two
-- models declare the same index twice); each kept table's columns (names, model order, types, NOT NULL), primary
-- keys, unique constraints and foreign keys were then read from the catalogue and written as MySQL. Types: UUID ->
-- CHAR(36); Text/String without length -> TEXT (VARCHAR(191) where it is part of a key); String(n) -> VARCHAR(n);
-- DateTime -> DATETIME(6); Date -> DATE; Boolean -> TINYINT(1); Numeric -> DECIMAL(20,6); Float -> DOUBLE;
-- JSON/JSONB -> JSON; SQLAlchemy Enum types -> ENUM with upstream's values. One KEY (id, version) is added on
-- templates_history because MariaDB needs an index whose leading columns match the foreign key (template_id,
-- template_version) of notifications and notification_history (the primary key is (version, id)).
-- Kept 59 of 77 tables. Left out: notifications_all_time_view (a view mapped as a table), the history copies of
-- configuration tables (services_history, api_keys_history, provider_details_history, service_callback_api_history,
-- template_email_files_history), the aggregate ft_billing_letter_despatch and ft_processing_time, the lookups
-- branding_type, service_callback_type, service_permission_types, default_annual_allowance and protected_sender_ids, the branding
-- links email_branding_to_organisation, letter_branding_to_organisation, service_email_branding,
-- service_letter_branding, and organisation_permissions. Foreign keys to tables left out are dropped.

CREATE TABLE `auth_type` (
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `_password` TEXT NOT NULL,
  `mobile_number` TEXT,
  `password_changed_at` DATETIME(6) NOT NULL,
  `logged_in_at` DATETIME(6),
  `failed_login_count` INT NOT NULL,
  `state` TEXT NOT NULL,
  `platform_admin` TINYINT(1) NOT NULL,
  `current_session_id` CHAR(36),
  `auth_type` VARCHAR(191) NOT NULL,
  `email_access_validated_at` DATETIME(6) NOT NULL,
  `take_part_in_research` TINYINT(1) NOT NULL,
  `receives_new_features_email` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_email_address` (`email_address`),
  CONSTRAINT `users_auth_type_fkey` FOREIGN KEY (`auth_type`) REFERENCES `auth_type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_types` (
  `name` VARCHAR(255) NOT NULL,
  `is_crown` TINYINT(1),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_branding` (
  `id` CHAR(36) NOT NULL,
  `colour` VARCHAR(7),
  `logo` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `text` VARCHAR(255),
  `alt_text` VARCHAR(255),
  `brand_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `created_by` CHAR(36),
  `updated_at` DATETIME(6),
  `updated_by` CHAR(36),
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_branding_name_key` (`name`),
  CONSTRAINT `email_branding_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `email_branding_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_branding` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `created_by_id` CHAR(36),
  `updated_at` DATETIME(6),
  `updated_by_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `letter_branding_filename_key` (`filename`),
  UNIQUE KEY `letter_branding_name_key` (`name`),
  CONSTRAINT `letter_branding_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `letter_branding_updated_by_id_fkey` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `agreement_signed` TINYINT(1),
  `agreement_signed_at` DATETIME(6),
  `agreement_signed_by_id` CHAR(36),
  `agreement_signed_on_behalf_of_name` VARCHAR(255),
  `agreement_signed_on_behalf_of_email_address` VARCHAR(255),
  `agreement_signed_version` DOUBLE,
  `crown` TINYINT(1),
  `organisation_type` VARCHAR(255),
  `request_to_go_live_notes` TEXT,
  `can_approve_own_go_live_requests` TINYINT(1) NOT NULL,
  `email_branding_id` CHAR(36),
  `letter_branding_id` CHAR(36),
  `notes` TEXT,
  `purchase_order_number` VARCHAR(255),
  `billing_contact_names` TEXT,
  `billing_contact_email_addresses` TEXT,
  `billing_reference` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_organisation_name` (`name`),
  CONSTRAINT `organisation_agreement_signed_by_id_fkey` FOREIGN KEY (`agreement_signed_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `organisation_email_branding_id_fkey` FOREIGN KEY (`email_branding_id`) REFERENCES `email_branding` (`id`),
  CONSTRAINT `organisation_letter_branding_id_fkey` FOREIGN KEY (`letter_branding_id`) REFERENCES `letter_branding` (`id`),
  CONSTRAINT `organisation_organisation_type_fkey` FOREIGN KEY (`organisation_type`) REFERENCES `organisation_types` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `domain` VARCHAR(255) NOT NULL,
  `organisation_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`domain`),
  CONSTRAINT `domain_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_to_organisation` (
  `user_id` CHAR(36),
  `organisation_id` CHAR(36),
  UNIQUE KEY `uix_user_to_organisation` (`user_id`, `organisation_id`),
  CONSTRAINT `user_to_organisation_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `user_to_organisation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_user_permissions` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `organisation_id` CHAR(36),
  `user_id` CHAR(36) NOT NULL,
  `permission` ENUM('can_make_services_live'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_organisation_user_permission` (`organisation_id`, `user_id`, `permission`),
  CONSTRAINT `organisation_user_permissions_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `organisation_user_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite_status_type` (
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invited_organisation_users` (
  `id` CHAR(36) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `invited_by_id` CHAR(36) NOT NULL,
  `organisation_id` CHAR(36) NOT NULL,
  `permissions` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invited_organisation_users_invited_by_id_fkey` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `invited_organisation_users_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `invited_organisation_users_status_fkey` FOREIGN KEY (`status`) REFERENCES `invite_status_type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `normalised_service_name` VARCHAR(191) NOT NULL,
  `custom_email_sender_name` VARCHAR(255),
  `email_sender_local_part` VARCHAR(255) NOT NULL,
  `confirmed_email_sender_name` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `active` TINYINT(1) NOT NULL,
  `restricted` TINYINT(1) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `prefix_sms` TINYINT(1) NOT NULL,
  `organisation_type` VARCHAR(255),
  `crown` TINYINT(1),
  `rate_limit` INT NOT NULL,
  `contact_link` VARCHAR(255),
  `letter_message_limit` BIGINT NOT NULL,
  `sms_message_limit` BIGINT NOT NULL,
  `international_sms_message_limit` BIGINT NOT NULL,
  `email_message_limit` BIGINT NOT NULL,
  `volume_sms` INT,
  `volume_email` INT,
  `volume_letter` INT,
  `consent_to_research` TINYINT(1),
  `count_as_live` TINYINT(1) NOT NULL,
  `go_live_user_id` CHAR(36),
  `go_live_at` DATETIME(6),
  `has_active_go_live_request` TINYINT(1) NOT NULL,
  `confirmed_unique` TINYINT(1) NOT NULL,
  `organisation_id` CHAR(36),
  `notes` TEXT,
  `purchase_order_number` VARCHAR(255),
  `billing_contact_names` TEXT,
  `billing_contact_email_addresses` TEXT,
  `billing_reference` VARCHAR(255),
  `version` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `services_name_key` (`name`),
  UNIQUE KEY `services_normalised_service_name_key` (`normalised_service_name`),
  CONSTRAINT `services_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `services_go_live_user_id_fkey` FOREIGN KEY (`go_live_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `services_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `services_organisation_type_fkey` FOREIGN KEY (`organisation_type`) REFERENCES `organisation_types` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_to_service` (
  `user_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`user_id`, `service_id`),
  CONSTRAINT `user_to_service_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `user_to_service_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36),
  `user_id` CHAR(36) NOT NULL,
  `permission` ENUM('manage_users','manage_templates','manage_settings','send_texts','send_emails','send_letters','manage_api_keys','platform_admin','view_activity') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_service_user_permission` (`service_id`, `user_id`, `permission`),
  CONSTRAINT `permissions_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invited_users` (
  `id` CHAR(36) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `status` ENUM('pending','accepted','cancelled') NOT NULL,
  `permissions` TEXT NOT NULL,
  `auth_type` VARCHAR(191) NOT NULL,
  `folder_permissions` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invited_users_auth_type_fkey` FOREIGN KEY (`auth_type`) REFERENCES `auth_type` (`name`),
  CONSTRAINT `invited_users_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `invited_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_join_requests` (
  `id` CHAR(36) NOT NULL,
  `requester_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `status` ENUM('approved','rejected','pending','cancelled') NOT NULL,
  `status_changed_at` DATETIME(6),
  `status_changed_by_id` CHAR(36),
  `reason` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `service_join_requests_requester_id_fkey` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`),
  CONSTRAINT `service_join_requests_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `service_join_requests_status_changed_by_id_fkey` FOREIGN KEY (`status_changed_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_join_request_contacted_users` (
  `service_join_request_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`service_join_request_id`, `user_id`),
  CONSTRAINT `service_join_request_contacted_use_service_join_request_id_fkey` FOREIGN KEY (`service_join_request_id`) REFERENCES `service_join_requests` (`id`),
  CONSTRAINT `service_join_request_contacted_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_permissions` (
  `service_id` CHAR(36) NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`service_id`, `permission`),
  CONSTRAINT `service_permissions_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annual_billing` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `financial_year_start` INT NOT NULL,
  `free_sms_fragment_limit` INT NOT NULL,
  `updated_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `high_volume_service_last_year` TINYINT(1) NOT NULL,
  `has_custom_allowance` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_service_id_financial_year_start` (`service_id`, `financial_year_start`),
  CONSTRAINT `annual_billing_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_types` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `key_type` VARCHAR(255) NOT NULL,
  `expiry_date` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `created_by_id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_secret_key` (`secret`),
  CONSTRAINT `api_keys_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `api_keys_key_type_fkey` FOREIGN KEY (`key_type`) REFERENCES `key_types` (`name`),
  CONSTRAINT `api_keys_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_callback_api` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `callback_type` VARCHAR(191),
  `bearer_token` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `updated_by_id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_service_callback_type` (`service_id`, `callback_type`),
  CONSTRAINT `service_callback_api_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `service_callback_api_updated_by_id_fkey` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_data_retention` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `notification_type` ENUM('email','sms','letter') NOT NULL,
  `days_of_retention` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_service_data_retention` (`service_id`, `notification_type`),
  CONSTRAINT `service_data_retention_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_email_reply_to` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `email_address` TEXT NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `service_email_reply_to_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_letter_contacts` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `contact_block` TEXT NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `service_letter_contacts_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbound_numbers` (
  `id` CHAR(36) NOT NULL,
  `number` VARCHAR(11) NOT NULL,
  `provider` TEXT NOT NULL,
  `service_id` CHAR(36),
  `active` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `inbound_numbers_number_key` (`number`),
  UNIQUE KEY `ix_inbound_numbers_service_id` (`service_id`),
  CONSTRAINT `inbound_numbers_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_sms_senders` (
  `id` CHAR(36) NOT NULL,
  `sms_sender` VARCHAR(11) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `inbound_number_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_service_sms_senders_inbound_number_id` (`inbound_number_id`),
  CONSTRAINT `service_sms_senders_inbound_number_id_fkey` FOREIGN KEY (`inbound_number_id`) REFERENCES `inbound_numbers` (`id`),
  CONSTRAINT `service_sms_senders_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_whitelist` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `recipient_type` ENUM('mobile','email') NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `service_whitelist_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_attachment` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `archived_at` DATETIME(6),
  `archived_by_id` CHAR(36),
  `original_filename` TEXT NOT NULL,
  `page_count` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `letter_attachment_archived_by_id_fkey` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `letter_attachment_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_folder` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `parent_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_id_service_id` (`id`, `service_id`),
  CONSTRAINT `template_folder_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `template_folder` (`id`),
  CONSTRAINT `template_folder_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `version` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `template_type` ENUM('sms','email','letter') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `content` TEXT NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `postage` TEXT,
  `letter_welsh_content` TEXT,
  `letter_welsh_subject` TEXT,
  `letter_languages` ENUM('english','welsh_then_english'),
  `has_unsubscribe_link` TINYINT(1) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `service_letter_contact_id` CHAR(36),
  `letter_attachment_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `templates_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `templates_letter_attachment_id_fkey` FOREIGN KEY (`letter_attachment_id`) REFERENCES `letter_attachment` (`id`),
  CONSTRAINT `templates_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `templates_service_letter_contact_id_fkey` FOREIGN KEY (`service_letter_contact_id`) REFERENCES `service_letter_contacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_folder_map` (
  `template_id` CHAR(36) NOT NULL,
  `template_folder_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`template_id`),
  CONSTRAINT `template_folder_map_template_folder_id_fkey` FOREIGN KEY (`template_folder_id`) REFERENCES `template_folder` (`id`),
  CONSTRAINT `template_folder_map_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_folder_permissions` (
  `user_id` CHAR(36) NOT NULL,
  `template_folder_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`user_id`, `template_folder_id`, `service_id`),
  CONSTRAINT `user_folder_permissions_template_folder_id_fkey` FOREIGN KEY (`template_folder_id`) REFERENCES `template_folder` (`id`),
  CONSTRAINT `user_folder_permissions_template_folder_id_service_id_fkey` FOREIGN KEY (`template_folder_id`, `service_id`) REFERENCES `template_folder` (`id`, `service_id`),
  CONSTRAINT `user_folder_permissions_user_id_service_id_fkey` FOREIGN KEY (`user_id`, `service_id`) REFERENCES `user_to_service` (`user_id`, `service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates_history` (
  `version` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `template_type` ENUM('sms','email','letter') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `content` TEXT NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `postage` TEXT,
  `letter_welsh_content` TEXT,
  `letter_welsh_subject` TEXT,
  `letter_languages` ENUM('english','welsh_then_english'),
  `has_unsubscribe_link` TINYINT(1) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `service_letter_contact_id` CHAR(36),
  `letter_attachment_id` CHAR(36),
  PRIMARY KEY (`version`, `id`),
  KEY `ix_templates_history_id_version` (`id`, `version`),
  CONSTRAINT `templates_history_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `templates_history_letter_attachment_id_fkey` FOREIGN KEY (`letter_attachment_id`) REFERENCES `letter_attachment` (`id`),
  CONSTRAINT `templates_history_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `templates_history_service_letter_contact_id_fkey` FOREIGN KEY (`service_letter_contact_id`) REFERENCES `service_letter_contacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_redacted` (
  `template_id` CHAR(36) NOT NULL,
  `redact_personalisation` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`template_id`),
  CONSTRAINT `template_redacted_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`),
  CONSTRAINT `template_redacted_updated_by_id_fkey` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_email_files` (
  `version` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `filename` TEXT NOT NULL,
  `link_text` TEXT,
  `retention_period` INT NOT NULL,
  `validate_users_email` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `archived_at` DATETIME(6),
  `pending` TINYINT(1),
  `template_id` CHAR(36) NOT NULL,
  `template_version` INT NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `archived_by_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `template_email_files_archived_by_id_fkey` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `template_email_files_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `template_email_files_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_contact_list` (
  `id` CHAR(36) NOT NULL,
  `original_file_name` TEXT NOT NULL,
  `row_count` INT NOT NULL,
  `template_type` ENUM('sms','email','letter') NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `archived` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `service_contact_list_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `service_contact_list_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_status` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` CHAR(36) NOT NULL,
  `original_file_name` TEXT NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36),
  `template_version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `notification_count` INT NOT NULL,
  `notifications_sent` INT NOT NULL,
  `notifications_delivered` INT NOT NULL,
  `notifications_failed` INT NOT NULL,
  `processing_started` DATETIME(6),
  `processing_finished` DATETIME(6),
  `created_by_id` CHAR(36),
  `scheduled_for` DATETIME(6),
  `job_status` VARCHAR(255) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `contact_list_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `jobs_contact_list_id_fkey` FOREIGN KEY (`contact_list_id`) REFERENCES `service_contact_list` (`id`),
  CONSTRAINT `jobs_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `jobs_job_status_fkey` FOREIGN KEY (`job_status`) REFERENCES `job_status` (`name`),
  CONSTRAINT `jobs_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `jobs_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_status_types` (
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `to` TEXT NOT NULL,
  `normalised_to` TEXT,
  `job_id` CHAR(36),
  `job_row_number` INT,
  `service_id` CHAR(36),
  `template_id` CHAR(36),
  `template_version` INT NOT NULL,
  `api_key_id` CHAR(36),
  `key_type` VARCHAR(191) NOT NULL,
  `billable_units` INT NOT NULL,
  `notification_type` ENUM('email','sms','letter') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sent_at` DATETIME(6),
  `sent_by` TEXT,
  `updated_at` DATETIME(6),
  `notification_status` VARCHAR(191),
  `reference` TEXT,
  `client_reference` TEXT,
  `_personalisation` TEXT,
  `international` TINYINT(1) NOT NULL,
  `phone_prefix` TEXT,
  `rate_multiplier` DECIMAL(20,6),
  `created_by_id` CHAR(36),
  `reply_to_text` TEXT,
  `document_download_count` INT,
  `postage` TEXT,
  `unsubscribe_link` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_notifications_job_row_number` (`job_id`, `job_row_number`),
  CONSTRAINT `notifications_api_key_id_fkey` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`),
  CONSTRAINT `notifications_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `notifications_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`),
  CONSTRAINT `notifications_key_type_fkey` FOREIGN KEY (`key_type`) REFERENCES `key_types` (`name`),
  CONSTRAINT `notifications_notification_status_fkey` FOREIGN KEY (`notification_status`) REFERENCES `notification_status_types` (`name`),
  CONSTRAINT `notifications_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `notifications_template_id_template_version_fkey` FOREIGN KEY (`template_id`, `template_version`) REFERENCES `templates_history` (`id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_history` (
  `id` CHAR(36) NOT NULL,
  `job_id` CHAR(36),
  `job_row_number` INT,
  `service_id` CHAR(36),
  `template_id` CHAR(36),
  `template_version` INT NOT NULL,
  `api_key_id` CHAR(36),
  `key_type` VARCHAR(191) NOT NULL,
  `billable_units` INT NOT NULL,
  `notification_type` ENUM('email','sms','letter') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sent_at` DATETIME(6),
  `sent_by` TEXT,
  `updated_at` DATETIME(6),
  `notification_status` VARCHAR(191),
  `reference` TEXT,
  `client_reference` TEXT,
  `international` TINYINT(1),
  `phone_prefix` TEXT,
  `rate_multiplier` DECIMAL(20,6),
  `created_by_id` CHAR(36),
  `postage` TEXT,
  `document_download_count` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_history_api_key_id_fkey` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`),
  CONSTRAINT `notification_history_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`),
  CONSTRAINT `notification_history_key_type_fkey` FOREIGN KEY (`key_type`) REFERENCES `key_types` (`name`),
  CONSTRAINT `notification_history_notification_status_fkey` FOREIGN KEY (`notification_status`) REFERENCES `notification_status_types` (`name`),
  CONSTRAINT `notification_history_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `notification_history_template_id_template_version_fkey` FOREIGN KEY (`template_id`, `template_version`) REFERENCES `templates_history` (`id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_letter_despatch` (
  `notification_id` CHAR(36) NOT NULL,
  `despatched_on` DATE,
  `cost_threshold` ENUM('sorted','unsorted') NOT NULL,
  PRIMARY KEY (`notification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `returned_letters` (
  `id` CHAR(36) NOT NULL,
  `reported_at` DATE NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `returned_letters_notification_id_key` (`notification_id`),
  CONSTRAINT `returned_letters_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `complaints` (
  `id` CHAR(36) NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `ses_feedback_id` TEXT,
  `complaint_type` TEXT,
  `complaint_date` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `complaints_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbound_sms` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `notify_number` TEXT NOT NULL,
  `user_number` TEXT NOT NULL,
  `provider_date` DATETIME(6),
  `provider_reference` TEXT,
  `provider` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inbound_sms_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbound_sms_history` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `service_id` CHAR(36),
  `notify_number` TEXT NOT NULL,
  `provider_date` DATETIME(6),
  `provider_reference` TEXT,
  `provider` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inbound_sms_history_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsubscribe_request_report` (
  `id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `earliest_timestamp` DATETIME(6) NOT NULL,
  `latest_timestamp` DATETIME(6) NOT NULL,
  `processed_by_service_at` DATETIME(6),
  `count` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `unsubscribe_request_report_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsubscribe_request` (
  `id` CHAR(36) NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `template_version` INT NOT NULL,
  `email_address` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `unsubscribe_request_report_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `unsubscribe_request_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `unsubscribe_request_template_id_template_version_fkey` FOREIGN KEY (`template_id`, `template_version`) REFERENCES `templates_history` (`id`, `version`),
  CONSTRAINT `unsubscribe_request_unsubscribe_request_report_id_fkey` FOREIGN KEY (`unsubscribe_request_report_id`) REFERENCES `unsubscribe_request_report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsubscribe_request_history` (
  `id` CHAR(36) NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `template_version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `unsubscribe_request_report_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `unsubscribe_request_history_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verify_codes` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `_code` TEXT NOT NULL,
  `code_type` ENUM('email','sms') NOT NULL,
  `expiry_datetime` DATETIME(6) NOT NULL,
  `code_used` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `verify_codes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_credential` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `credential_data` TEXT NOT NULL,
  `registration_response` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `logged_in_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `webauthn_credential_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_requests` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `report_type` ENUM('notifications') NOT NULL,
  `status` ENUM('pending','in progress','stored','failed','deleted') NOT NULL,
  `parameter` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `report_requests_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `report_requests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provider_details` (
  `id` CHAR(36) NOT NULL,
  `display_name` TEXT NOT NULL,
  `identifier` TEXT NOT NULL,
  `priority` INT NOT NULL,
  `notification_type` ENUM('email','sms','letter') NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `version` INT NOT NULL,
  `updated_at` DATETIME(6),
  `created_by_id` CHAR(36),
  `reason` TEXT,
  `supports_international` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `provider_details_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rates` (
  `id` CHAR(36) NOT NULL,
  `valid_from` DATETIME(6) NOT NULL,
  `rate` DECIMAL(20,6) NOT NULL,
  `notification_type` ENUM('email','sms','letter') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_rates` (
  `id` CHAR(36) NOT NULL,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `sheet_count` INT NOT NULL,
  `rate` DECIMAL(20,6) NOT NULL,
  `crown` TINYINT(1) NOT NULL,
  `post_class` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ft_billing` (
  `bst_date` DATE NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `notification_type` VARCHAR(191) NOT NULL,
  `provider` VARCHAR(191) NOT NULL,
  `rate_multiplier` INT NOT NULL,
  `international` TINYINT(1) NOT NULL,
  `rate` DECIMAL(20,6) NOT NULL,
  `postage` VARCHAR(191) NOT NULL,
  `billable_units` INT,
  `notifications_sent` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`bst_date`, `template_id`, `service_id`, `notification_type`, `provider`, `rate_multiplier`, `international`, `rate`, `postage`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ft_notification_status` (
  `bst_date` DATE NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `service_id` CHAR(36) NOT NULL,
  `job_id` CHAR(36) NOT NULL,
  `notification_type` VARCHAR(191) NOT NULL,
  `key_type` VARCHAR(191) NOT NULL,
  `notification_status` VARCHAR(191) NOT NULL,
  `notification_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`bst_date`, `template_id`, `service_id`, `job_id`, `notification_type`, `key_type`, `notification_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

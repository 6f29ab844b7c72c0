-- Fides (ethyca) — open-source privacy engineering platform and consent management platform (CMP):
-- consent records (privacy preferences and served notices with the data subject's identities, device id,
-- IP address, user agent and geography), privacy notices and experiences, data-subject access / erasure /
-- consent requests with their identities, custom fields, tasks, audit log, comments and correspondence;
-- the privacy team's users, roles, invites, password resets, OAuth clients
-- Upstream: github.com/ethyca/fides, commit 96aa40cba74e44a369d637b056f08310132b65ba (Apache-2.0)
--
-- Fides builds its PostgreSQL database with Alembic. Upstream's 399 migrations
-- (src/fides/api/alembic/migrations/versions/) were run unchanged with upstream's own init_db()
-- (fides.api.db.database, dependencies of pyproject.toml: SQLAlchemy 1.4.27, Alembic 1.8.1) into an empty
-- PostgreSQL 15 database, head d71c7d274c04. The tables were read back from the catalog and 54 of the 157
-- are written here as MySQL, columns in the database's order: varchar / text / citext -> TEXT
-- (VARCHAR(255) where the column is in a key), varchar(n) -> VARCHAR(n), timestamptz -> DATETIME(6),
-- uuid -> CHAR(36), jsonb and arrays -> JSON, enums -> VARCHAR(255), boolean -> TINYINT(1),
-- double precision -> DOUBLE, bytea -> BLOB; literal defaults and now() kept. Primary keys, unique
-- constraints, non-partial unique indexes and the foreign keys between kept tables are upstream's.
-- privacy_preferences is a partitioned table in PostgreSQL; it and its two partitions
-- (privacy_preferences_current, privacy_preferences_historic) are written as three tables.

CREATE TABLE `applicationconfig` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `api_set` TEXT NOT NULL,
  `single_row` TINYINT(1) NOT NULL,
  `config_set` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fidesuser` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `username` VARCHAR(255),
  `hashed_password` TEXT,
  `salt` TEXT,
  `last_login_at` DATETIME(6),
  `password_reset_at` DATETIME(6),
  `first_name` TEXT,
  `last_name` TEXT,
  `email_address` VARCHAR(255),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `disabled_reason` VARCHAR(255),
  `password_login_enabled` TINYINT(1),
  `totp_secret` TEXT,
  `email_verified_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `fidesuser_email_address` (`email_address`),
  UNIQUE KEY `ix_fidesuser_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storageconfig` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255),
  `type` VARCHAR(255) NOT NULL,
  `details` JSON NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `secrets` TEXT,
  `format` VARCHAR(255) NOT NULL DEFAULT 'json',
  `is_default` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_storageconfig_key` (`key`),
  UNIQUE KEY `ix_storageconfig_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255),
  `file_name` TEXT NOT NULL,
  `attachment_type` TEXT NOT NULL,
  `storage_key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `username` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachment_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_attachment_storage_key` FOREIGN KEY (`storage_key`) REFERENCES `storageconfig` (`key`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment_reference` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `attachment_id` VARCHAR(255) NOT NULL,
  `reference_id` VARCHAR(255) NOT NULL,
  `reference_type` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_attachment_reference_uc` (`attachment_id`, `reference_id`),
  CONSTRAINT `attachment_reference_attachment_id_fkey` FOREIGN KEY (`attachment_id`) REFERENCES `attachment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auditlog` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` TEXT,
  `privacy_request_id` TEXT,
  `action` VARCHAR(255) NOT NULL,
  `message` TEXT,
  `webhook_id` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `hashed_secret` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `scopes` JSON NOT NULL,
  `fides_key` VARCHAR(255),
  `user_id` VARCHAR(255),
  `roles` JSON NOT NULL,
  `systems` JSON NOT NULL,
  `connections` JSON NOT NULL,
  `monitors` JSON NOT NULL,
  `name` TEXT,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_user_id_key` (`user_id`),
  UNIQUE KEY `ix_client_fides_key` (`fides_key`),
  CONSTRAINT `client_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255),
  `comment_text` TEXT NOT NULL,
  `comment_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `username` TEXT,
  `parent_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `comment_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `comment` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comment_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_reference` (
  `id` TEXT NOT NULL,
  `comment_id` VARCHAR(255) NOT NULL,
  `reference_id` VARCHAR(255) NOT NULL,
  `reference_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`comment_id`, `reference_id`),
  CONSTRAINT `comment_reference_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connectionconfig` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT,
  `key` VARCHAR(255) NOT NULL,
  `connection_type` VARCHAR(255) NOT NULL,
  `access` VARCHAR(255) NOT NULL,
  `secrets` TEXT,
  `last_test_timestamp` DATETIME(6),
  `last_test_succeeded` TINYINT(1),
  `saas_config` JSON,
  `disabled` TINYINT(1) DEFAULT 0,
  `disabled_at` DATETIME(6),
  `description` TEXT,
  `enabled_actions` JSON,
  `last_run_timestamp` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_connectionconfig_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255),
  `drp_action` VARCHAR(255),
  `execution_timeframe` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `policy_name_key` (`name`),
  UNIQUE KEY `ix_policy_key` (`key`),
  UNIQUE KEY `ix_policy_drp_action` (`drp_action`),
  CONSTRAINT `policy_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacyrequest` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `external_id` TEXT,
  `started_processing_at` DATETIME(6),
  `finished_processing_at` DATETIME(6),
  `requested_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255),
  `origin` TEXT,
  `policy_id` VARCHAR(255),
  `reviewed_at` DATETIME(6),
  `reviewed_by` VARCHAR(255),
  `paused_at` DATETIME(6),
  `cancel_reason` VARCHAR(200),
  `canceled_at` DATETIME(6),
  `identity_verified_at` DATETIME(6),
  `due_date` DATETIME(6),
  `consent_preferences` JSON,
  `awaiting_email_send_at` DATETIME(6),
  `custom_privacy_request_fields_approved_by` VARCHAR(255),
  `custom_privacy_request_fields_approved_at` DATETIME(6),
  `filtered_final_upload` TEXT,
  `access_result_urls` TEXT,
  `property_id` TEXT,
  `submitted_by` VARCHAR(255),
  `source` TEXT,
  `deleted_at` DATETIME(6),
  `deleted_by` TEXT,
  `finalized_at` DATETIME(6),
  `finalized_by` VARCHAR(255),
  `location` TEXT,
  `duplicate_request_group_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `privacyrequest_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`),
  CONSTRAINT `privacyrequest_custom_privacy_request_fields_approved_by_fkey` FOREIGN KEY (`custom_privacy_request_fields_approved_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `privacyrequest_fidesuser_id_fkey` FOREIGN KEY (`finalized_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `privacyrequest_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `policy` (`id`),
  CONSTRAINT `privacyrequest_reviewed_by_fkey` FOREIGN KEY (`reviewed_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `privacyrequest_submitted_by_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providedidentity` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `privacy_request_id` VARCHAR(255),
  `field_name` TEXT NOT NULL,
  `hashed_value` TEXT,
  `encrypted_value` TEXT,
  `field_label` TEXT,
  `is_hash_migrated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `providedidentity_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consent` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `provided_identity_id` VARCHAR(255) NOT NULL,
  `data_use` VARCHAR(255) NOT NULL,
  `data_use_description` TEXT,
  `opt_in` TINYINT(1) NOT NULL,
  `has_gpc_flag` TINYINT(1) NOT NULL DEFAULT 0,
  `conflicts_with_gpc` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_identity_data_use` (`provided_identity_id`, `data_use`),
  CONSTRAINT `consent_provided_identity_id_fkey` FOREIGN KEY (`provided_identity_id`) REFERENCES `providedidentity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consentrequest` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `provided_identity_id` VARCHAR(255) NOT NULL,
  `privacy_request_id` VARCHAR(255),
  `preferences` JSON,
  `identity_verified_at` DATETIME(6),
  `property_id` TEXT,
  `source` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `consentrequest_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`),
  CONSTRAINT `consentrequest_provided_identity_id_fkey` FOREIGN KEY (`provided_identity_id`) REFERENCES `providedidentity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `correspondence_metadata` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `comment_id` VARCHAR(255) NOT NULL,
  `message_id` VARCHAR(255) NOT NULL,
  `in_reply_to` TEXT,
  `reply_to_address` TEXT,
  `delivery_status` VARCHAR(9) NOT NULL DEFAULT 'pending',
  `delivered_at` DATETIME(6),
  `bounce_reason` TEXT,
  `sender_email` TEXT,
  `recipient_email` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `correspondence_metadata_comment_id_key` (`comment_id`),
  UNIQUE KEY `ix_correspondence_metadata_message_id` (`message_id`),
  CONSTRAINT `correspondence_metadata_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currentprivacypreferencev2` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `fides_user_device` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `hashed_email` TEXT,
  `hashed_fides_user_device` TEXT,
  `hashed_phone_number` TEXT,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `preferences` JSON,
  `fides_string` TEXT,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `external_id` VARCHAR(255),
  `hashed_external_id` TEXT,
  `property_id` VARCHAR(255),
  `is_hash_migrated` TINYINT(1) NOT NULL DEFAULT 0,
  `received_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_saved_for_email_per_property_id` (`email`, `property_id`),
  UNIQUE KEY `last_saved_for_external_id_per_property_id` (`external_id`, `property_id`),
  UNIQUE KEY `last_saved_for_fides_user_device_per_property_id` (`fides_user_device`, `property_id`),
  UNIQUE KEY `last_saved_for_phone_number_per_property_id` (`phone_number`, `property_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_privacy_request_field` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `privacy_request_id` VARCHAR(255),
  `field_name` TEXT NOT NULL,
  `field_label` TEXT NOT NULL,
  `hashed_value` TEXT,
  `encrypted_value` TEXT,
  `consent_request_id` VARCHAR(255),
  `is_hash_migrated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `consent_request_id_fkey` FOREIGN KEY (`consent_request_id`) REFERENCES `consentrequest` (`id`),
  CONSTRAINT `custom_privacy_request_field_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dbcache` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `namespace` VARCHAR(255) NOT NULL,
  `cache_key` VARCHAR(255) NOT NULL,
  `cache_value` BLOB NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_dbcache_namespace_cache_key` (`namespace`, `cache_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `encryption_keys` (
  `id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `wrapped_dek` TEXT NOT NULL,
  `kek_id_hash` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_audit` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `event_type` TEXT NOT NULL,
  `user_id` TEXT,
  `resource_type` TEXT,
  `resource_identifier` TEXT,
  `description` TEXT,
  `event_details` JSON,
  `status` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `executionlog` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `dataset_name` TEXT,
  `collection_name` TEXT,
  `fields_affected` JSON,
  `message` TEXT,
  `action_type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `privacy_request_id` TEXT NOT NULL,
  `connection_key` TEXT,
  `saas_version` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacyexperienceconfig` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `component` TEXT NOT NULL,
  `disabled` TINYINT(1) NOT NULL,
  `origin` TEXT,
  `dismissable` TINYINT(1) NOT NULL DEFAULT 1,
  `allow_language_selection` TINYINT(1) NOT NULL DEFAULT 0,
  `auto_detect_language` TINYINT(1) NOT NULL DEFAULT 1,
  `name` TEXT NOT NULL,
  `show_layer1_notices` TINYINT(1),
  `layer1_button_options` TEXT,
  `auto_subdomain_cookie_deletion` TINYINT(1) NOT NULL DEFAULT 1,
  `reject_all_mechanism` VARCHAR(255),
  `tcf_configuration_id` TEXT,
  `asset_disclosure_include_types` JSON,
  `allow_vendor_asset_disclosure` TINYINT(1) NOT NULL DEFAULT 0,
  `cookie_deletion_based_on_host_domain` TINYINT(1) NOT NULL DEFAULT 1,
  `resurface_behavior` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacynotice` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `origin` TEXT,
  `consent_mechanism` VARCHAR(255) NOT NULL,
  `data_uses` JSON NOT NULL,
  `disabled` TINYINT(1) NOT NULL,
  `enforcement_level` TEXT NOT NULL,
  `has_gpc_flag` TINYINT(1) NOT NULL,
  `internal_description` TEXT,
  `notice_key` TEXT NOT NULL,
  `gpp_field_mapping` JSON,
  `framework` TEXT,
  `parent_id` VARCHAR(255),
  `display_order` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacynotice_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `privacynotice` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiencenotices` (
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `id` VARCHAR(255),
  `notice_id` VARCHAR(255) NOT NULL,
  `experience_config_id` VARCHAR(255) NOT NULL,
  `display_order` INT,
  PRIMARY KEY (`notice_id`, `experience_config_id`),
  CONSTRAINT `experiencenotices_experience_config_id_fkey` FOREIGN KEY (`experience_config_id`) REFERENCES `privacyexperienceconfig` (`id`) ON DELETE CASCADE,
  CONSTRAINT `experiencenotices_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `privacynotice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiencetranslation` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `language` VARCHAR(255) NOT NULL,
  `accept_button_label` TEXT,
  `acknowledge_button_label` TEXT,
  `banner_description` TEXT,
  `banner_title` TEXT,
  `description` TEXT,
  `is_default` TINYINT(1) NOT NULL,
  `privacy_policy_link_label` TEXT,
  `privacy_policy_url` TEXT,
  `privacy_preferences_link_label` TEXT,
  `reject_button_label` TEXT,
  `save_button_label` TEXT,
  `title` TEXT,
  `experience_config_id` VARCHAR(255) NOT NULL,
  `modal_link_label` TEXT,
  `purpose_header` TEXT,
  `gpc_label` TEXT,
  `gpc_description` TEXT,
  `gpc_status_applied_label` TEXT,
  `gpc_status_overridden_label` TEXT,
  `gpc_title` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `experience_translation` (`language`, `experience_config_id`),
  CONSTRAINT `experiencetranslation_experience_config_id_fkey` FOREIGN KEY (`experience_config_id`) REFERENCES `privacyexperienceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fides_user_invite` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `username` VARCHAR(255) NOT NULL,
  `hashed_invite_code` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  PRIMARY KEY (`id`, `username`),
  CONSTRAINT `fides_user_invite_username_fkey` FOREIGN KEY (`username`) REFERENCES `fidesuser` (`username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fides_user_password_reset` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` VARCHAR(255) NOT NULL,
  `hashed_token` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_fides_user_password_reset_user_id` (`user_id`),
  CONSTRAINT `fides_user_password_reset_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fides_user_respondent_email_verification` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `access_token_expires_at` DATETIME(6) NOT NULL,
  `identity_verified_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_fides_user_respondent_email_verification_access_token` (`access_token`),
  CONSTRAINT `fides_user_respondent_email_verification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fidesuserpermissions` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` VARCHAR(255) NOT NULL,
  `roles` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fidesuserpermissions_user_id_key` (`user_id`),
  CONSTRAINT `fidesuserpermissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_definition` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `identity_key` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `created_by` VARCHAR(255),
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `case_sensitive` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`identity_key`),
  UNIQUE KEY `identity_definition_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_salt` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `encrypted_value` TEXT,
  `single_row` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_salt_single_row_unique` (`single_row`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lastservednoticev2` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `fides_user_device` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `hashed_email` TEXT,
  `hashed_fides_user_device` TEXT,
  `hashed_phone_number` TEXT,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `served` JSON,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_served_for_email` (`email`),
  UNIQUE KEY `last_served_for_fides_user_device` (`fides_user_device`),
  UNIQUE KEY `last_served_for_phone_number` (`phone_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_regulation_selections` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `selected_locations` JSON NOT NULL,
  `selected_regulations` JSON NOT NULL,
  `single_row` TINYINT(1) NOT NULL,
  `selected_location_groups` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `single_row_unique` (`single_row`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manual_task_submission` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `task_id` TEXT,
  `config_id` TEXT NOT NULL,
  `field_id` TEXT NOT NULL,
  `instance_id` TEXT NOT NULL,
  `submitted_by` VARCHAR(255),
  `submitted_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `manual_task_submission_submitted_by_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_template` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  `content` JSON NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_messaging_template_type_label` (`type`, `label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messagingconfig` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `key` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `details` JSON,
  `secrets` TEXT,
  `service_type` VARCHAR(255) NOT NULL,
  `last_test_timestamp` DATETIME(6),
  `last_test_succeeded` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_messagingconfig_key` (`key`),
  UNIQUE KEY `ix_messagingconfig_name` (`name`),
  UNIQUE KEY `ix_messagingconfig_service_type` (`service_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noticetranslation` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `language` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `privacy_notice_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notice_translation` (`language`, `privacy_notice_id`),
  CONSTRAINT `noticetranslation_privacy_notice_id_fkey` FOREIGN KEY (`privacy_notice_id`) REFERENCES `privacynotice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openid_provider` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `identifier` VARCHAR(255),
  `name` TEXT,
  `provider` VARCHAR(255),
  `client_id` TEXT NOT NULL,
  `client_secret` TEXT NOT NULL,
  `domain` TEXT,
  `authorization_url` TEXT,
  `token_url` TEXT,
  `user_info_url` TEXT,
  `scopes` JSON,
  `email_field` TEXT,
  `verify_email` TINYINT(1) NOT NULL DEFAULT 1,
  `verify_email_field` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_openid_provider_identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plus_property` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `privacy_center_config` JSON,
  `stylesheet` TEXT,
  `is_default` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plus_property_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_preferences` (
  `id` BIGINT NOT NULL,
  `search_data` JSON,
  `record_data` TEXT,
  `is_latest` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6),
  `is_encrypted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`, `is_latest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_preferences_current` (
  `id` BIGINT NOT NULL,
  `search_data` JSON,
  `record_data` TEXT,
  `is_latest` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6),
  `is_encrypted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`, `is_latest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_preferences_historic` (
  `id` BIGINT NOT NULL,
  `search_data` JSON,
  `record_data` TEXT,
  `is_latest` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6),
  `is_encrypted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`, `is_latest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacyexperience` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `region` TEXT NOT NULL,
  `experience_config_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacyexperience_experience_config_id_fkey` FOREIGN KEY (`experience_config_id`) REFERENCES `privacyexperienceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacynoticehistory` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `description` TEXT,
  `origin` TEXT,
  `regions` JSON,
  `consent_mechanism` VARCHAR(255) NOT NULL,
  `data_uses` JSON NOT NULL,
  `version` DOUBLE NOT NULL,
  `disabled` TINYINT(1) NOT NULL,
  `displayed_in_privacy_center` TINYINT(1),
  `enforcement_level` TEXT NOT NULL,
  `has_gpc_flag` TINYINT(1) NOT NULL,
  `internal_description` TEXT,
  `displayed_in_overlay` TINYINT(1),
  `displayed_in_api` TINYINT(1),
  `notice_key` TEXT NOT NULL,
  `gpp_field_mapping` JSON,
  `framework` TEXT,
  `language` TEXT,
  `title` TEXT NOT NULL,
  `translation_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `noticehistory_translation_id` FOREIGN KEY (`translation_id`) REFERENCES `noticetranslation` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacypreferencehistory` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `affected_system_status` JSON,
  `email` TEXT,
  `hashed_email` TEXT,
  `hashed_phone_number` TEXT,
  `phone_number` TEXT,
  `preference` TEXT NOT NULL,
  `privacy_notice_history_id` VARCHAR(255),
  `privacy_request_id` VARCHAR(255),
  `request_origin` TEXT,
  `secondary_user_ids` TEXT,
  `url_recorded` TEXT,
  `user_agent` TEXT,
  `user_geography` TEXT,
  `fides_user_device` TEXT,
  `hashed_fides_user_device` TEXT,
  `anonymized_ip_address` TEXT,
  `method` TEXT,
  `privacy_experience_config_history_id` TEXT,
  `served_notice_history_id` TEXT,
  `notice_key` TEXT,
  `notice_mechanism` TEXT,
  `notice_name` TEXT,
  `fides_string` TEXT,
  `tcf_preferences` JSON,
  `language` TEXT,
  `property_id` TEXT,
  `received_at` DATETIME(6),
  `external_id` TEXT,
  `hashed_external_id` TEXT,
  `is_hash_migrated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacypreferencehistory_privacy_notice_history_id_fkey` FOREIGN KEY (`privacy_notice_history_id`) REFERENCES `privacynoticehistory` (`id`),
  CONSTRAINT `privacypreferencehistory_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacyrequesterror` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `message_sent` TINYINT(1) NOT NULL,
  `privacy_request_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacyrequesterror_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacyrequestnotifications` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `email` TEXT NOT NULL,
  `notify_after_failures` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_role` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `is_system_role` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `parent_role_id` VARCHAR(255),
  `priority` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_rbac_role_name` (`name`),
  UNIQUE KEY `ix_rbac_role_key` (`key`),
  CONSTRAINT `rbac_role_parent_role_id_fkey` FOREIGN KEY (`parent_role_id`) REFERENCES `rbac_role` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_user_role` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` VARCHAR(255) NOT NULL,
  `role_id` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(100),
  `resource_id` VARCHAR(255),
  `valid_from` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `valid_until` DATETIME(6),
  `assigned_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `rbac_user_role_assigned_by_fkey` FOREIGN KEY (`assigned_by`) REFERENCES `fidesuser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rbac_user_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `rbac_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rbac_user_role_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `fidesuser` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requesttask` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `privacy_request_id` VARCHAR(255),
  `collection_address` TEXT NOT NULL,
  `dataset_name` TEXT NOT NULL,
  `collection_name` TEXT NOT NULL,
  `action_type` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `upstream_tasks` JSON,
  `downstream_tasks` JSON,
  `all_descendant_tasks` JSON,
  `access_data` TEXT,
  `data_for_erasures` TEXT,
  `rows_masked` INT,
  `consent_sent` TINYINT(1),
  `collection` JSON,
  `traversal_details` JSON,
  `callback_succeeded` TINYINT(1),
  `async_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `requesttask_privacy_request_id_fkey` FOREIGN KEY (`privacy_request_id`) REFERENCES `privacyrequest` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `policy_id` VARCHAR(255) NOT NULL,
  `action_type` VARCHAR(255) NOT NULL,
  `masking_strategy` TEXT,
  `storage_destination_id` VARCHAR(255),
  `client_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_name_key` (`name`),
  UNIQUE KEY `ix_rule_key` (`key`),
  CONSTRAINT `rule_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`),
  CONSTRAINT `rule_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `policy` (`id`),
  CONSTRAINT `rule_storage_destination_id_fkey` FOREIGN KEY (`storage_destination_id`) REFERENCES `storageconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `servednoticehistory` (
  `id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `anonymized_ip_address` TEXT,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `email` TEXT,
  `fides_user_device` TEXT,
  `hashed_email` TEXT,
  `hashed_fides_user_device` TEXT,
  `hashed_phone_number` TEXT,
  `phone_number` TEXT,
  `request_origin` TEXT,
  `url_recorded` TEXT,
  `user_agent` TEXT,
  `user_geography` TEXT,
  `acknowledge_mode` TINYINT(1),
  `serving_component` TEXT NOT NULL,
  `privacy_experience_config_history_id` TEXT,
  `privacy_notice_history_id` VARCHAR(255),
  `notice_key` TEXT,
  `notice_mechanism` TEXT,
  `notice_name` TEXT,
  `served_notice_history_id` TEXT,
  `tcf_served` JSON,
  `language` TEXT,
  `property_id` TEXT,
  `received_at` DATETIME(6),
  `external_id` TEXT,
  `hashed_external_id` TEXT,
  `is_hash_migrated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `servednoticehistory_privacy_notice_history_id_fkey` FOREIGN KEY (`privacy_notice_history_id`) REFERENCES `privacynoticehistory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tcf_purpose_overrides` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `purpose` INT NOT NULL,
  `is_included` TINYINT(1) DEFAULT 1,
  `required_legal_basis` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `purpose_constraint` (`purpose`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

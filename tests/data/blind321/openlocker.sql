-- Open-Locker (smart public lockers for lending things; backend of the lockers that the county of Hameln-Pyrmont,
-- Lower Saxony, uses to lend laptops, VR headsets and other items to citizens; Laravel 11 + Filament, Spatie event
-- sourcing, MQTT to the locker banks), github.com/Open-Locker/Open-Locker `locker-backend/database/migrations/*.php`
-- (49 Laravel migrations), commit 630dc8d677c38d1f0bad28bac675a2532602661a (GPL-3.0 per its LICENSE file; the README
-- says MIT).
-- The migrations replayed by hand to their final state and written as Laravel's MySQL schema grammar renders them:
-- id() -> BIGINT UNSIGNED AUTO_INCREMENT primary key; foreignId -> BIGINT UNSIGNED; uuid / foreignUuid -> CHAR(36);
-- string -> VARCHAR(255) (or its length); timestamps() -> created_at / updated_at TIMESTAMP NULL; rememberToken ->
-- VARCHAR(100); morphs() -> <name>_type VARCHAR(255) + <name>_id BIGINT UNSIGNED with their index; jsonb -> JSON;
-- boolean -> TINYINT(1); index, unique and foreign-key names as Laravel generates them. Columns added with ->after()
-- are placed where MySQL puts them; renamed and dropped columns (users.name split into first_name / last_name,
-- users.is_admin_since, the lockers -> compartments refactoring) and dropped tables (items, item_loans,
-- role_permissions) are as the last migration leaves them. All 25 tables of the final schema kept. One generated index
-- name is longer than MySQL's 64 characters (upstream runs on SQLite, which has no limit):
-- group_compartment_accesses_compartment_id_revoked_at_expires_at_index is shortened to
-- group_compartment_accesses_compartment_id_revoked_expires_index.

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(255) NOT NULL DEFAULT '',
  `last_name` VARCHAR(255) NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_verified_at` TIMESTAMP NULL,
  `password` VARCHAR(255) NOT NULL,
  `remember_token` VARCHAR(100) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
);

CREATE TABLE `password_reset_tokens` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  PRIMARY KEY (`email`)
);

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `ip_address` VARCHAR(45) NULL,
  `user_agent` TEXT NULL,
  `payload` LONGTEXT NOT NULL,
  `last_activity` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`)
);

CREATE TABLE `cache` (
  `key` VARCHAR(255) NOT NULL,
  `value` MEDIUMTEXT NOT NULL,
  `expiration` INT NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `cache_locks` (
  `key` VARCHAR(255) NOT NULL,
  `owner` VARCHAR(255) NOT NULL,
  `expiration` INT NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `jobs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `attempts` TINYINT UNSIGNED NOT NULL,
  `reserved_at` INT UNSIGNED NULL,
  `available_at` INT UNSIGNED NOT NULL,
  `created_at` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
);

CREATE TABLE `job_batches` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `total_jobs` INT NOT NULL,
  `pending_jobs` INT NOT NULL,
  `failed_jobs` INT NOT NULL,
  `failed_job_ids` LONGTEXT NOT NULL,
  `options` MEDIUMTEXT NULL,
  `cancelled_at` INT NULL,
  `created_at` INT NOT NULL,
  `finished_at` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `failed_jobs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `connection` TEXT NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `exception` LONGTEXT NOT NULL,
  `failed_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
);

CREATE TABLE `personal_access_tokens` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `tokenable_type` VARCHAR(255) NOT NULL,
  `tokenable_id` BIGINT UNSIGNED NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `abilities` TEXT NULL,
  `last_used_at` TIMESTAMP NULL,
  `expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
);

CREATE TABLE `stored_events` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `aggregate_uuid` CHAR(36) NULL,
  `aggregate_version` BIGINT UNSIGNED NULL,
  `event_version` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `event_class` VARCHAR(255) NOT NULL,
  `event_properties` JSON NOT NULL,
  `meta_data` JSON NOT NULL,
  `created_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`),
  KEY `stored_events_event_class_index` (`event_class`),
  KEY `stored_events_aggregate_uuid_index` (`aggregate_uuid`),
  UNIQUE KEY `stored_events_aggregate_uuid_aggregate_version_unique` (`aggregate_uuid`, `aggregate_version`)
);

CREATE TABLE `snapshots` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `aggregate_uuid` CHAR(36) NOT NULL,
  `aggregate_version` BIGINT UNSIGNED NOT NULL,
  `state` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  KEY `snapshots_aggregate_uuid_index` (`aggregate_uuid`)
);

CREATE TABLE `locker_banks` (
  `id` CHAR(36) NOT NULL,
  `provisioning_token` VARCHAR(64) NULL,
  `provisioned_at` TIMESTAMP NULL,
  `last_heartbeat_at` DATETIME NULL,
  `heartbeat_interval_seconds` INT UNSIGNED NOT NULL DEFAULT 10,
  `heartbeat_timeout_seconds` INT UNSIGNED NOT NULL DEFAULT 30,
  `connection_status` VARCHAR(16) NOT NULL DEFAULT 'unknown',
  `connection_status_changed_at` DATETIME NULL,
  `last_compartment_state_change_at` TIMESTAMP NULL,
  `last_config_sent_at` DATETIME NULL,
  `last_config_sent_hash` VARCHAR(64) NULL,
  `last_config_ack_at` DATETIME NULL,
  `last_config_ack_hash` VARCHAR(64) NULL,
  `name` VARCHAR(255) NOT NULL,
  `location_description` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `locker_banks_provisioning_token_unique` (`provisioning_token`)
);

CREATE TABLE `compartments` (
  `id` CHAR(36) NOT NULL,
  `locker_bank_id` CHAR(36) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `number` INT UNSIGNED NOT NULL,
  `slave_id` SMALLINT UNSIGNED NULL,
  `address` INT UNSIGNED NULL,
  `last_opened_at` DATETIME NULL,
  `last_open_failed_at` DATETIME NULL,
  `last_open_transaction_id` VARCHAR(255) NULL,
  `last_open_error_code` VARCHAR(255) NULL,
  `last_open_error_message` TEXT NULL,
  `content_note` VARCHAR(80) NULL,
  `content_note_updated_at` DATETIME NULL,
  `content_note_updated_by_user_id` BIGINT UNSIGNED NULL,
  `door_state` VARCHAR(16) NOT NULL DEFAULT 'unknown',
  `door_state_changed_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `compartments_locker_bank_id_number_unique` (`locker_bank_id`, `number`),
  UNIQUE KEY `compartments_bank_slave_address_unique` (`locker_bank_id`, `slave_id`, `address`),
  CONSTRAINT `compartments_locker_bank_id_foreign` FOREIGN KEY (`locker_bank_id`) REFERENCES `locker_banks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `compartments_content_note_updated_by_user_id_foreign` FOREIGN KEY (`content_note_updated_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `mqtt_users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `locker_bank_id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password_hash` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mqtt_users_username_unique` (`username`),
  CONSTRAINT `mqtt_users_locker_bank_id_foreign` FOREIGN KEY (`locker_bank_id`) REFERENCES `locker_banks` (`id`) ON DELETE CASCADE
);

CREATE TABLE `command_transactions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `locker_uuid` VARCHAR(255) NOT NULL,
  `transaction_id` VARCHAR(255) NOT NULL,
  `action` VARCHAR(255) NULL,
  `result` VARCHAR(255) NULL,
  `error_code` VARCHAR(255) NULL,
  `source_topic` VARCHAR(255) NULL,
  `payload_hash` VARCHAR(255) NULL,
  `first_seen_at` TIMESTAMP NULL,
  `last_seen_at` TIMESTAMP NULL,
  `completed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `command_txn_locker_transaction_unique` (`locker_uuid`, `transaction_id`),
  KEY `command_txn_locker_created_at_idx` (`locker_uuid`, `created_at`)
);

CREATE TABLE `compartment_accesses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `granted_by_user_id` BIGINT UNSIGNED NULL,
  `revoked_by_user_id` BIGINT UNSIGNED NULL,
  `compartment_id` CHAR(36) NOT NULL,
  `granted_at` TIMESTAMP NOT NULL,
  `expires_at` TIMESTAMP NULL,
  `revoked_at` TIMESTAMP NULL,
  `notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `compartment_accesses_user_id_compartment_id_unique` (`user_id`, `compartment_id`),
  KEY `compartment_accesses_user_id_revoked_at_expires_at_index` (`user_id`, `revoked_at`, `expires_at`),
  KEY `compartment_accesses_compartment_id_revoked_at_expires_at_index` (`compartment_id`, `revoked_at`, `expires_at`),
  CONSTRAINT `compartment_accesses_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `compartment_accesses_compartment_id_foreign` FOREIGN KEY (`compartment_id`) REFERENCES `compartments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `compartment_accesses_granted_by_user_id_foreign` FOREIGN KEY (`granted_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `compartment_accesses_revoked_by_user_id_foreign` FOREIGN KEY (`revoked_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `compartment_open_requests` (
  `command_id` VARCHAR(255) NOT NULL,
  `actor_user_id` BIGINT UNSIGNED NULL,
  `compartment_id` CHAR(36) NULL,
  `authorization_type` VARCHAR(255) NULL,
  `status` VARCHAR(255) NOT NULL,
  `denied_reason` TEXT NULL,
  `error_code` VARCHAR(255) NULL,
  `error_message` TEXT NULL,
  `requested_at` TIMESTAMP NULL,
  `accepted_at` TIMESTAMP NULL,
  `denied_at` TIMESTAMP NULL,
  `sent_at` TIMESTAMP NULL,
  `opened_at` TIMESTAMP NULL,
  `failed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`command_id`),
  KEY `compartment_open_requests_status_index` (`status`),
  CONSTRAINT `compartment_open_requests_actor_user_id_foreign` FOREIGN KEY (`actor_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `compartment_open_requests_compartment_id_foreign` FOREIGN KEY (`compartment_id`) REFERENCES `compartments` (`id`) ON DELETE SET NULL
);

CREATE TABLE `terms_documents` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `terms_document_versions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `terms_document_id` BIGINT UNSIGNED NOT NULL,
  `document_name_snapshot` VARCHAR(255) NULL,
  `version` INT UNSIGNED NOT NULL,
  `content` LONGTEXT NOT NULL,
  `is_published` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `published_at` TIMESTAMP NULL,
  `created_by_user_id` BIGINT UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `terms_document_versions_terms_document_id_version_unique` (`terms_document_id`, `version`),
  KEY `terms_document_versions_terms_document_id_is_active_index` (`terms_document_id`, `is_active`),
  CONSTRAINT `terms_document_versions_terms_document_id_foreign` FOREIGN KEY (`terms_document_id`) REFERENCES `terms_documents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `terms_document_versions_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `user_terms_acceptances` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `terms_document_id` BIGINT UNSIGNED NOT NULL,
  `terms_document_version_id` BIGINT UNSIGNED NOT NULL,
  `accepted_at` TIMESTAMP NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_terms_acceptances_user_document_version_unique` (`user_id`, `terms_document_id`, `terms_document_version_id`),
  KEY `user_terms_acceptances_user_id_terms_document_id_index` (`user_id`, `terms_document_id`),
  CONSTRAINT `user_terms_acceptances_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_terms_acceptances_terms_document_id_foreign` FOREIGN KEY (`terms_document_id`) REFERENCES `terms_documents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_terms_acceptances_terms_document_version_id_foreign` FOREIGN KEY (`terms_document_version_id`) REFERENCES `terms_document_versions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `created_by_user_id` BIGINT UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `group_user` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `group_id` CHAR(36) NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `added_at` TIMESTAMP NOT NULL,
  `expires_at` TIMESTAMP NULL,
  `revoked_at` TIMESTAMP NULL,
  `added_by_user_id` BIGINT UNSIGNED NULL,
  `removed_by_user_id` BIGINT UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_user_group_id_user_id_unique` (`group_id`, `user_id`),
  KEY `group_user_user_id_revoked_at_expires_at_index` (`user_id`, `revoked_at`, `expires_at`),
  KEY `group_user_group_id_revoked_at_expires_at_index` (`group_id`, `revoked_at`, `expires_at`),
  CONSTRAINT `group_user_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_user_added_by_user_id_foreign` FOREIGN KEY (`added_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `group_user_removed_by_user_id_foreign` FOREIGN KEY (`removed_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `group_compartment_accesses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `group_id` CHAR(36) NOT NULL,
  `compartment_id` CHAR(36) NOT NULL,
  `granted_at` TIMESTAMP NOT NULL,
  `expires_at` TIMESTAMP NULL,
  `revoked_at` TIMESTAMP NULL,
  `granted_by_user_id` BIGINT UNSIGNED NULL,
  `revoked_by_user_id` BIGINT UNSIGNED NULL,
  `notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_compartment_accesses_group_id_compartment_id_unique` (`group_id`, `compartment_id`),
  KEY `group_compartment_accesses_group_id_revoked_at_expires_at_index` (`group_id`, `revoked_at`, `expires_at`),
  KEY `group_compartment_accesses_compartment_id_revoked_expires_index` (`compartment_id`, `revoked_at`, `expires_at`),
  CONSTRAINT `group_compartment_accesses_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_compartment_accesses_compartment_id_foreign` FOREIGN KEY (`compartment_id`) REFERENCES `compartments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_compartment_accesses_granted_by_user_id_foreign` FOREIGN KEY (`granted_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `group_compartment_accesses_revoked_by_user_id_foreign` FOREIGN KEY (`revoked_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `user_group_compartment_accesses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `compartment_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NULL,
  `expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_group_compartment_accesses_user_id_compartment_id_unique` (`user_id`, `compartment_id`),
  KEY `user_group_compartment_accesses_user_id_expires_at_index` (`user_id`, `expires_at`),
  KEY `user_group_compartment_accesses_compartment_id_expires_at_index` (`compartment_id`, `expires_at`),
  CONSTRAINT `user_group_compartment_accesses_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_group_compartment_accesses_compartment_id_foreign` FOREIGN KEY (`compartment_id`) REFERENCES `compartments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_group_compartment_accesses_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL
);

CREATE TABLE `user_roles` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `granted_by_user_id` BIGINT UNSIGNED NULL,
  `granted_at` TIMESTAMP NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_user_id_role_unique` (`user_id`, `role`),
  KEY `user_roles_role_index` (`role`),
  CONSTRAINT `user_roles_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_roles_granted_by_user_id_foreign` FOREIGN KEY (`granted_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

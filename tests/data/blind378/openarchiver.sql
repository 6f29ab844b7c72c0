-- Open Archiver (LogicLabs OU; Node.js / SvelteKit, Drizzle ORM on PostgreSQL)
-- Upstream: github.com/LogicLabs-OU/OpenArchiver packages/backend/src/database/migrations/0000 ... 0042 *.sql,
-- commit a6458b8545d9e5f1de0eac324bcb774b55140a92 (AGPL-3.0)
-- The 43 Drizzle migrations were run in order in a scratch PostgreSQL 15 database and every table was written as
-- MySQL from the catalog: column names and order, primary, unique and foreign keys, indexes, enum types as ENUM.
-- Types: uuid -> CHAR(36) (default gen_random_uuid() dropped), text -> TEXT (VARCHAR(255) where in a key),
-- jsonb and text[] -> JSON, timestamp(tz) -> DATETIME, boolean -> TINYINT(1), bigserial -> BIGINT AUTO_INCREMENT.
-- Every table of the application is kept (22).

CREATE TABLE `audit_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `actor_identifier` TEXT NOT NULL,
  `target_type` ENUM('ApiKey', 'ArchivedEmail', 'Dashboard', 'IngestionSource', 'JournalingSource', 'RetentionPolicy', 'RetentionLabel', 'LegalHold', 'Role', 'SystemEvent', 'SystemSettings', 'User', 'File', 'SecurityPolicy'),
  `target_id` TEXT,
  `details` JSON,
  `previous_hash` VARCHAR(64),
  `actor_ip` TEXT,
  `action_type` ENUM('CREATE', 'READ', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'SETUP', 'IMPORT', 'PAUSE', 'SYNC', 'UPLOAD', 'REINDEX', 'SEARCH', 'DOWNLOAD', 'GENERATE', 'TOTP_ENROLLED', 'TOTP_DISABLED', 'MFA_VERIFY_SUCCESS', 'MFA_VERIFY_FAIL', 'BACKUP_CODE_USED', 'BACKUP_CODES_REGENERATED', 'SECURITY_POLICY_UPDATED') NOT NULL,
  `current_hash` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ediscovery_cases` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `status` TEXT NOT NULL DEFAULT 'open',
  `created_by_identifier` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ediscovery_cases_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export_jobs` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36),
  `format` TEXT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `query` JSON NOT NULL,
  `file_path` TEXT,
  `created_by_identifier` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `completed_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_jobs_case_id_ediscovery_cases_id_fk` FOREIGN KEY (`case_id`) REFERENCES `ediscovery_cases` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legal_holds` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36),
  `reason` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `legal_holds_case_id_ediscovery_cases_id_fk` FOREIGN KEY (`case_id`) REFERENCES `ediscovery_cases` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_policies` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `priority` INT NOT NULL,
  `retention_period_days` INT NOT NULL,
  `action_on_expiry` ENUM('delete_permanently', 'notify_admin') NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `conditions` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ingestion_scope` JSON DEFAULT 'null',
  PRIMARY KEY (`id`),
  UNIQUE KEY `retention_policies_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custodians` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `display_name` TEXT,
  `source_type` ENUM('google_workspace', 'microsoft_365', 'generic_imap', 'pst_import', 'eml_import', 'mbox_import', 'smtp_journaling', 'oauth_mailbox') NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `custodians_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `policies` JSON NOT NULL DEFAULT '[]',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `slug` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`),
  UNIQUE KEY `roles_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `first_name` TEXT,
  `password` TEXT,
  `provider` TEXT DEFAULT 'local',
  `provider_id` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_name` TEXT,
  `totp_secret` TEXT,
  `totp_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `totp_enrolled_at` DATETIME,
  `totp_backup_codes` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingestion_sources` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `provider` ENUM('google_workspace', 'microsoft_365', 'generic_imap', 'pst_import', 'eml_import', 'mbox_import', 'smtp_journaling', 'oauth_mailbox') NOT NULL,
  `credentials` TEXT,
  `status` ENUM('active', 'paused', 'error', 'pending_auth', 'syncing', 'importing', 'auth_success', 'imported', 'partially_active') NOT NULL DEFAULT 'pending_auth',
  `last_sync_started_at` DATETIME,
  `last_sync_finished_at` DATETIME,
  `last_sync_status_message` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sync_state` JSON,
  `user_id` CHAR(36),
  `preserve_original_file` TINYINT(1) NOT NULL DEFAULT 0,
  `merged_into_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `idx_merged_into` (`merged_into_id`),
  CONSTRAINT `ingestion_sources_merged_into_id_ingestion_sources_id_fk` FOREIGN KEY (`merged_into_id`) REFERENCES `ingestion_sources` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ingestion_sources_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- index archived_emails_unindexed_idx is partial upstream (WHERE (is_indexed = false)); written as a plain index
CREATE TABLE `archived_emails` (
  `id` CHAR(36) NOT NULL,
  `message_id_header` VARCHAR(255),
  `sent_at` DATETIME NOT NULL,
  `subject` TEXT,
  `sender_name` TEXT,
  `sender_email` TEXT NOT NULL,
  `recipients` JSON,
  `storage_path` TEXT NOT NULL,
  `storage_hash_sha256` VARCHAR(255) NOT NULL,
  `size_bytes` BIGINT NOT NULL,
  `is_indexed` TINYINT(1) NOT NULL DEFAULT 0,
  `has_attachments` TINYINT(1) NOT NULL DEFAULT 0,
  `is_on_legal_hold` TINYINT(1) NOT NULL DEFAULT 0,
  `archived_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ingestion_source_id` CHAR(36) NOT NULL,
  `user_email` TEXT NOT NULL,
  `thread_id` VARCHAR(255),
  `path` TEXT,
  `tags` JSON,
  `provider_message_id` VARCHAR(255),
  `is_journaled` TINYINT(1) DEFAULT 0,
  `index_attempts` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `archived_emails_unindexed_idx` (`id`),
  KEY `msgid_header_source_idx` (`message_id_header`, `ingestion_source_id`),
  KEY `provider_msg_source_idx` (`provider_message_id`, `ingestion_source_id`),
  KEY `storage_hash_source_idx` (`storage_hash_sha256`, `ingestion_source_id`),
  KEY `thread_id_idx` (`thread_id`),
  CONSTRAINT `archived_emails_ingestion_source_id_ingestion_sources_id_fk` FOREIGN KEY (`ingestion_source_id`) REFERENCES `ingestion_sources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `filename` TEXT NOT NULL,
  `mime_type` TEXT,
  `size_bytes` BIGINT NOT NULL,
  `content_hash_sha256` VARCHAR(255) NOT NULL,
  `storage_path` TEXT NOT NULL,
  `ingestion_source_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `source_hash_idx` (`ingestion_source_id`, `content_hash_sha256`),
  CONSTRAINT `attachments_ingestion_source_id_ingestion_sources_id_fk` FOREIGN KEY (`ingestion_source_id`) REFERENCES `ingestion_sources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_attachments` (
  `email_id` CHAR(36) NOT NULL,
  `attachment_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`email_id`, `attachment_id`),
  CONSTRAINT `email_attachments_attachment_id_attachments_id_fk` FOREIGN KEY (`attachment_id`) REFERENCES `attachments` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `email_attachments_email_id_archived_emails_id_fk` FOREIGN KEY (`email_id`) REFERENCES `archived_emails` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sessions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `user_id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  CONSTRAINT `user_roles_role_id_roles_id_fk` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_roles_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `config` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `key` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `key_hash` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_keys_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_legal_holds` (
  `email_id` CHAR(36) NOT NULL,
  `legal_hold_id` CHAR(36) NOT NULL,
  `applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `applied_by_user_id` CHAR(36),
  PRIMARY KEY (`email_id`, `legal_hold_id`),
  CONSTRAINT `email_legal_holds_applied_by_user_id_users_id_fk` FOREIGN KEY (`applied_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `email_legal_holds_email_id_archived_emails_id_fk` FOREIGN KEY (`email_id`) REFERENCES `archived_emails` (`id`) ON DELETE CASCADE,
  CONSTRAINT `email_legal_holds_legal_hold_id_legal_holds_id_fk` FOREIGN KEY (`legal_hold_id`) REFERENCES `legal_holds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_events` (
  `id` CHAR(36) NOT NULL,
  `event_name` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(100) NOT NULL,
  `event_timestamp` DATETIME NOT NULL,
  `target_criteria` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_labels` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `retention_period_days` INT NOT NULL,
  `description` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_disabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_retention_labels` (
  `email_id` CHAR(36) NOT NULL,
  `label_id` CHAR(36) NOT NULL,
  `applied_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `applied_by_user_id` CHAR(36),
  PRIMARY KEY (`email_id`, `label_id`),
  CONSTRAINT `email_retention_labels_applied_by_user_id_users_id_fk` FOREIGN KEY (`applied_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `email_retention_labels_email_id_archived_emails_id_fk` FOREIGN KEY (`email_id`) REFERENCES `archived_emails` (`id`) ON DELETE CASCADE,
  CONSTRAINT `email_retention_labels_label_id_retention_labels_id_fk` FOREIGN KEY (`label_id`) REFERENCES `retention_labels` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sync_sessions` (
  `id` CHAR(36) NOT NULL,
  `ingestion_source_id` CHAR(36) NOT NULL,
  `is_initial_import` TINYINT(1) NOT NULL DEFAULT 0,
  `total_mailboxes` INT NOT NULL DEFAULT 0,
  `completed_mailboxes` INT NOT NULL DEFAULT 0,
  `failed_mailboxes` INT NOT NULL DEFAULT 0,
  `error_messages` JSON NOT NULL DEFAULT '[]',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_activity_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `sync_sessions_ingestion_source_id_ingestion_sources_id_fk` FOREIGN KEY (`ingestion_source_id`) REFERENCES `ingestion_sources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journaling_sources` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `allowed_ips` JSON NOT NULL,
  `require_tls` TINYINT(1) NOT NULL DEFAULT 1,
  `smtp_username` TEXT,
  `smtp_password_hash` TEXT,
  `status` ENUM('active', 'paused') NOT NULL DEFAULT 'active',
  `ingestion_source_id` CHAR(36) NOT NULL,
  `routing_address` TEXT NOT NULL,
  `total_received` INT NOT NULL DEFAULT 0,
  `last_received_at` DATETIME,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `organization_domains` JSON NOT NULL DEFAULT '[]',
  `total_failed` INT NOT NULL DEFAULT 0,
  `last_failed_at` DATETIME,
  `last_error_message` TEXT,
  `last_quarantine_path` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `journaling_sources_ingestion_source_id_ingestion_sources_id_fk` FOREIGN KEY (`ingestion_source_id`) REFERENCES `ingestion_sources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Notifuse 32.2 (self-hosted newsletter, e-mail marketing and automation platform): system and workspace databases.
-- Upstream: github.com/Notifuse/notifuse, commit d8f31f8193d36b0ceabdcc8ccd75f7a8726c8f5c (2026-05-31), AGPL-3.0.
-- Made by running the SQL a fresh installation runs into PostgreSQL 15: `internal/database/schema/system_tables.go`
-- (TableDefinitions + MigrationStatements, the system database) and `InitializeWorkspaceDatabase` in
-- `internal/database/init.go` (the database each workspace gets; its trigger functions too), then writing the two
-- catalogues as MySQL DDL in one file (no table name occurs in both): uuid -> CHAR(36), timestamptz -> DATETIME,
-- jsonb -> JSON, boolean -> TINYINT(1), bytea -> LONGBLOB, DECIMAL without precision -> DECIMAL(65,30), text -> TEXT.
-- Names, column order, primary keys, unique constraints and the three declared foreign keys are upstream's.
-- Left out: non-unique and partial indexes, triggers and their PL/pgSQL functions.
-- ===== system database (internal/database/schema/system_tables.go)

CREATE TABLE `settings` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` VARCHAR(20) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `progress` DOUBLE NOT NULL DEFAULT 0,
  `state` JSON,
  `error_message` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_run_at` DATETIME NULL,
  `completed_at` DATETIME NULL,
  `next_run_after` DATETIME NULL,
  `timeout_after` DATETIME NULL,
  `max_runtime` INT NOT NULL DEFAULT 300,
  `max_retries` INT NOT NULL DEFAULT 3,
  `retry_count` INT NOT NULL DEFAULT 0,
  `retry_interval` INT NOT NULL DEFAULT 300,
  `broadcast_id` VARCHAR(36),
  `recurring_interval` INT,
  `integration_id` VARCHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `magic_code` VARCHAR(255),
  `magic_code_expires_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_workspaces` (
  `user_id` CHAR(36) NOT NULL,
  `workspace_id` VARCHAR(20) NOT NULL,
  `role` VARCHAR(20) NOT NULL,
  `permissions` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`user_id`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `language` VARCHAR(10) NOT NULL DEFAULT 'en',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_invitations` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` VARCHAR(20) NOT NULL,
  `inviter_id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `permissions` JSON,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_invitations_workspace_id_email_key` (`workspace_id`, `email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` VARCHAR(20) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `settings` JSON NOT NULL,
  `integrations` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== workspace database (internal/database/init.go, InitializeWorkspaceDatabase)

CREATE TABLE `automations` (
  `id` VARCHAR(36) NOT NULL,
  `workspace_id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` VARCHAR(20) DEFAULT 'draft',
  `list_id` VARCHAR(36),
  `trigger_config` JSON NOT NULL,
  `trigger_sql` TEXT,
  `root_node_id` VARCHAR(36),
  `nodes` JSON,
  `stats` JSON,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_automations` (
  `id` VARCHAR(36) NOT NULL,
  `automation_id` VARCHAR(36) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `current_node_id` VARCHAR(36),
  `status` VARCHAR(20) DEFAULT 'active',
  `exit_reason` VARCHAR(50),
  `entered_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `scheduled_at` DATETIME NULL,
  `context` JSON,
  `retry_count` INT DEFAULT 0,
  `last_error` TEXT,
  `last_retry_at` DATETIME NULL,
  `max_retries` INT DEFAULT 3,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_automations_automation_id_contact_email_entered_at_key` (`automation_id`, `contact_email`, `entered_at`),
  CONSTRAINT `contact_automations_automation_id_fkey` FOREIGN KEY (`automation_id`) REFERENCES `automations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_node_executions` (
  `id` VARCHAR(36) NOT NULL,
  `contact_automation_id` VARCHAR(36) NOT NULL,
  `automation_id` VARCHAR(36),
  `node_id` VARCHAR(36) NOT NULL,
  `node_type` VARCHAR(50) NOT NULL,
  `action` VARCHAR(20) NOT NULL,
  `entered_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `completed_at` DATETIME NULL,
  `duration_ms` INT,
  `output` JSON,
  `error` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `automation_node_executions_contact_automation_id_fkey` FOREIGN KEY (`contact_automation_id`) REFERENCES `contact_automations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_trigger_log` (
  `id` VARCHAR(36) NOT NULL,
  `automation_id` VARCHAR(36) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `triggered_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `automation_trigger_log_automation_id_contact_email_key` (`automation_id`, `contact_email`),
  CONSTRAINT `automation_trigger_log_automation_id_fkey` FOREIGN KEY (`automation_id`) REFERENCES `automations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_categories` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  `settings` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blog_categories_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_posts` (
  `id` CHAR(36) NOT NULL,
  `category_id` CHAR(36),
  `slug` VARCHAR(100) NOT NULL,
  `settings` JSON NOT NULL,
  `published_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blog_posts_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_themes` (
  `version` INT NOT NULL,
  `published_at` DATETIME NULL,
  `published_by_user_id` TEXT,
  `files` JSON NOT NULL,
  `notes` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcasts` (
  `id` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `audience` JSON NOT NULL,
  `schedule` JSON NOT NULL,
  `test_settings` JSON NOT NULL,
  `utm_parameters` JSON,
  `metadata` JSON,
  `winning_template` VARCHAR(32),
  `test_sent_at` DATETIME NULL,
  `winner_sent_at` DATETIME NULL,
  `test_phase_recipient_count` INT DEFAULT 0,
  `winner_phase_recipient_count` INT DEFAULT 0,
  `enqueued_count` INT DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `started_at` DATETIME NULL,
  `completed_at` DATETIME NULL,
  `cancelled_at` DATETIME NULL,
  `paused_at` DATETIME NULL,
  `pause_reason` TEXT,
  `data_feed` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_lists` (
  `email` VARCHAR(255) NOT NULL,
  `list_id` VARCHAR(32) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`email`, `list_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_segment_queue` (
  `email` VARCHAR(255) NOT NULL,
  `queued_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_segments` (
  `email` VARCHAR(255) NOT NULL,
  `segment_id` VARCHAR(32) NOT NULL,
  `version` INT NOT NULL,
  `matched_at` DATETIME NOT NULL,
  `computed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`email`, `segment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_timeline` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `operation` VARCHAR(20) NOT NULL,
  `entity_type` VARCHAR(50) NOT NULL,
  `kind` VARCHAR(50) NOT NULL DEFAULT '',
  `changes` JSON,
  `entity_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `db_created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `email` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255),
  `timezone` VARCHAR(50),
  `language` VARCHAR(50),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `full_name` VARCHAR(255),
  `phone` VARCHAR(50),
  `address_line_1` VARCHAR(255),
  `address_line_2` VARCHAR(255),
  `country` VARCHAR(100),
  `postcode` VARCHAR(20),
  `state` VARCHAR(100),
  `job_title` VARCHAR(255),
  `custom_string_1` VARCHAR(255),
  `custom_string_2` VARCHAR(255),
  `custom_string_3` VARCHAR(255),
  `custom_string_4` VARCHAR(255),
  `custom_string_5` VARCHAR(255),
  `custom_number_1` DECIMAL(65,30),
  `custom_number_2` DECIMAL(65,30),
  `custom_number_3` DECIMAL(65,30),
  `custom_number_4` DECIMAL(65,30),
  `custom_number_5` DECIMAL(65,30),
  `custom_datetime_1` DATETIME NULL,
  `custom_datetime_2` DATETIME NULL,
  `custom_datetime_3` DATETIME NULL,
  `custom_datetime_4` DATETIME NULL,
  `custom_datetime_5` DATETIME NULL,
  `custom_json_1` JSON,
  `custom_json_2` JSON,
  `custom_json_3` JSON,
  `custom_json_4` JSON,
  `custom_json_5` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `db_created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `db_updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_events` (
  `event_name` VARCHAR(100) NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `properties` JSON NOT NULL,
  `occurred_at` DATETIME NOT NULL,
  `source` VARCHAR(50) NOT NULL DEFAULT 'api',
  `integration_id` VARCHAR(32),
  `goal_name` VARCHAR(100),
  `goal_type` VARCHAR(20),
  `goal_value` DECIMAL(15,2),
  `deleted_at` DATETIME NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`event_name`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_queue` (
  `id` VARCHAR(36) NOT NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'pending',
  `priority` INT NOT NULL DEFAULT 5,
  `source_type` VARCHAR(20) NOT NULL,
  `source_id` VARCHAR(36) NOT NULL,
  `integration_id` VARCHAR(36) NOT NULL,
  `provider_kind` VARCHAR(20) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `message_id` VARCHAR(100) NOT NULL,
  `template_id` VARCHAR(36) NOT NULL,
  `payload` JSON NOT NULL,
  `attempts` INT NOT NULL DEFAULT 0,
  `max_attempts` INT NOT NULL DEFAULT 3,
  `last_error` TEXT,
  `next_retry_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `processed_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbound_webhook_events` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `source` VARCHAR(50) NOT NULL,
  `integration_id` VARCHAR(255) NOT NULL,
  `recipient_email` VARCHAR(255) NOT NULL,
  `message_id` VARCHAR(255),
  `timestamp` DATETIME NOT NULL,
  `raw_payload` TEXT NOT NULL,
  `bounce_type` VARCHAR(100),
  `bounce_category` VARCHAR(100),
  `bounce_diagnostic` TEXT,
  `complaint_feedback_type` VARCHAR(100),
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `is_double_optin` TINYINT(1) NOT NULL DEFAULT 0,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT,
  `double_optin_template` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_attachments` (
  `checksum` VARCHAR(64) NOT NULL,
  `content` LONGBLOB NOT NULL,
  `content_type` VARCHAR(255),
  `size_bytes` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_history` (
  `id` VARCHAR(255) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255),
  `broadcast_id` VARCHAR(255),
  `automation_id` VARCHAR(36),
  `transactional_notification_id` VARCHAR(32),
  `list_id` VARCHAR(32),
  `template_id` VARCHAR(32) NOT NULL,
  `template_version` INT NOT NULL,
  `channel` VARCHAR(20) NOT NULL,
  `status_info` VARCHAR(255),
  `message_data` JSON NOT NULL,
  `channel_options` JSON,
  `attachments` JSON,
  `sent_at` DATETIME NOT NULL,
  `delivered_at` DATETIME NULL,
  `failed_at` DATETIME NULL,
  `opened_at` DATETIME NULL,
  `clicked_at` DATETIME NULL,
  `bounced_at` DATETIME NULL,
  `complained_at` DATETIME NULL,
  `unsubscribed_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(50) NOT NULL,
  `tree` JSON NOT NULL,
  `timezone` VARCHAR(100) NOT NULL,
  `version` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `generated_sql` TEXT,
  `generated_args` JSON,
  `recompute_after` DATETIME NULL,
  `db_created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `db_updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `channel` VARCHAR(20) NOT NULL,
  `email` JSON,
  `web` JSON,
  `category` VARCHAR(20) NOT NULL,
  `template_macro_id` VARCHAR(32),
  `integration_id` VARCHAR(255),
  `test_data` JSON,
  `settings` JSON,
  `translations` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transactional_notifications` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `channels` JSON NOT NULL,
  `tracking_settings` JSON,
  `metadata` JSON,
  `integration_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_deliveries` (
  `id` VARCHAR(36) NOT NULL,
  `subscription_id` VARCHAR(32) NOT NULL,
  `event_type` VARCHAR(100) NOT NULL,
  `payload` JSON NOT NULL,
  `status` VARCHAR(20) DEFAULT 'pending',
  `attempts` INT DEFAULT 0,
  `max_attempts` INT DEFAULT 10,
  `next_attempt_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `last_attempt_at` DATETIME NULL,
  `delivered_at` DATETIME NULL,
  `last_response_status` INT,
  `last_response_body` TEXT,
  `last_error` TEXT,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_subscriptions` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `secret` VARCHAR(64) NOT NULL,
  `settings` JSON NOT NULL,
  `enabled` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `last_delivery_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


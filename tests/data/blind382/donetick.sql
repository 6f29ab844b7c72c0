-- Donetick (self-hosted chore and task manager for families and households, "circles"): the schema its GORM
-- AutoMigrate builds. Source: github.com/donetick/donetick, commit 4375818df5ba024b88ef40e393a1a97d88cd83d9
-- (AGPL-3.0), internal/database/migration.go (db.AutoMigrate of 32 models) + migrations/base.go (the `migrations`
-- table) and the model structs it names: internal/user/model, internal/chore/model, internal/circle/model,
-- internal/notifier/model, internal/label/model, internal/project/model, internal/filter/model,
-- internal/subtask/model, internal/thing/model, internal/storage/model, internal/points/model.go,
-- external/payment/model. Upstream runs on SQLite or PostgreSQL and has no SQL schema file (its two embedded SQL
-- migrations are empty; the Go data migrations add no table or column to a fresh database). Written by hand from the
-- structs' gorm tags as GORM v2 creates them: tables named by GORM's NamingStrategy (snake_case plural), columns in
-- struct order with the tag's column name (else snake_case), fields that are relations (has-one, has-many,
-- belongs-to, many2many) left out, read-only fields (`<-:false`) kept as columns (only `-:migration` skips one);
-- types as GORM's MySQL dialector writes them: int -> BIGINT, int8 -> TINYINT, uint64 -> BIGINT UNSIGNED, bool ->
-- TINYINT(1), time.Time -> DATETIME(3), string -> LONGTEXT (VARCHAR(191) for key and unique columns), a type: tag as
-- given (text, json, varchar(n); jsonb -> JSON). NOT NULL and DEFAULT only where tagged; the single integer primary
-- key AUTO_INCREMENT (also user_notification_targets.user_id, its sole primary key), composite keys as tagged
-- (chore_labels with the three keys of the ChoreLabels model, which shares its table with Chore.LabelsV2's
-- many2many join table). Unique constraints and unique indexes kept with GORM's names (uni_<table>_<column>,
-- idx_...); the partial unique index on users.email (WHERE email != '') and plain indexes left out. Foreign keys are
-- those GORM derives from the relations (fk_<table>_<field>), as ALTER TABLE at the end.

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `display_name` LONGTEXT,
  `username` VARCHAR(191),
  `email` VARCHAR(191),
  `provider` BIGINT,
  `password` LONGTEXT,
  `circle_id` BIGINT,
  `chat_id` BIGINT,
  `image` LONGTEXT,
  `timezone` LONGTEXT,
  `parent_user_id` BIGINT,
  `user_type` BIGINT DEFAULT 0,
  `mfa_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `mfa_secret` TEXT,
  `mfa_backup_codes` TEXT,
  `mfa_recovery_codes_used` TEXT DEFAULT '[]',
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `disabled` TINYINT(1),
  `customer_id` LONGTEXT,
  `subscription` LONGTEXT,
  `expiration` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_users_username` (`username`)
);

CREATE TABLE `chores` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT,
  `frequency_type` LONGTEXT,
  `frequency` BIGINT,
  `frequency_meta` LONGTEXT,
  `frequency_meta_v2` JSON,
  `next_due_date` DATETIME(3),
  `is_rolling` TINYINT(1),
  `assigned_to` BIGINT,
  `assign_strategy` LONGTEXT,
  `is_active` TINYINT(1),
  `notification` TINYINT(1),
  `notification_meta` LONGTEXT,
  `notification_meta_v2` JSON,
  `labels` LONGTEXT,
  `circle_id` BIGINT,
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `status` TINYINT,
  `priority` BIGINT,
  `completion_window` BIGINT,
  `points` BIGINT,
  `description` TEXT,
  `require_approval` TINYINT(1),
  `is_private` TINYINT(1) DEFAULT 0,
  `deadline_offset` BIGINT,
  `project_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chore_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chore_id` BIGINT,
  `performed_at` DATETIME(3),
  `completed_by` BIGINT,
  `assigned_to` BIGINT,
  `notes` LONGTEXT,
  `due_date` DATETIME(3),
  `updated_at` DATETIME(3),
  `created_at` DATETIME(3),
  `status` TINYINT,
  `points` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `circles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT,
  `created_by` BIGINT,
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `invite_code` LONGTEXT,
  `disabled` TINYINT(1),
  `webhook_url` LONGTEXT,
  `status` LONGTEXT,
  `expired_at` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_circles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `circle_id` BIGINT,
  `role` LONGTEXT,
  `is_active` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `points` BIGINT NOT NULL DEFAULT 0,
  `points_redeemed` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_circle` (`user_id`, `circle_id`)
);

CREATE TABLE `chore_assignees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chore_id` BIGINT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_chore_user` (`chore_id`, `user_id`)
);

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chore_id` BIGINT,
  `circle_id` BIGINT,
  `user_id` BIGINT,
  `target_id` LONGTEXT,
  `text` LONGTEXT,
  `is_sent` TINYINT(1) DEFAULT 0,
  `type` TINYINT,
  `scheduled_for` DATETIME(3),
  `created_at` DATETIME(3),
  `raw_event` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_password_resets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `email` LONGTEXT,
  `token` LONGTEXT,
  `expiration_date` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `stripe_customers` (
  `customer_id` VARCHAR(191) NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `circle_id` BIGINT,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3)
);

CREATE TABLE `stripe_subscriptions` (
  `subscription_id` VARCHAR(191) NOT NULL,
  `customer_id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3),
  `status` LONGTEXT NOT NULL,
  `expired_at` DATETIME(3),
  PRIMARY KEY (`subscription_id`)
);

CREATE TABLE `stripe_sessions` (
  `session_id` VARCHAR(191) NOT NULL,
  `customer_id` LONGTEXT NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3),
  `status` LONGTEXT NOT NULL,
  PRIMARY KEY (`session_id`)
);

CREATE TABLE `stripe_invoices` (
  `invoice_id` VARCHAR(191) NOT NULL,
  `amount` BIGINT NOT NULL,
  `received_at` DATETIME(3) NOT NULL,
  `status` LONGTEXT NOT NULL,
  `subscription_id` LONGTEXT NOT NULL,
  `customer_id` LONGTEXT NOT NULL,
  `period_start` DATETIME(3) NOT NULL,
  `period_end` DATETIME(3) NOT NULL,
  PRIMARY KEY (`invoice_id`)
);

CREATE TABLE `revenue_cat_events` (
  `event_id` VARCHAR(191) NOT NULL,
  `event_type` LONGTEXT NOT NULL,
  `app_user_id` VARCHAR(191) NOT NULL,
  `original_app_user_id` VARCHAR(191) NOT NULL,
  `product_id` LONGTEXT NOT NULL,
  `store` LONGTEXT NOT NULL,
  `event_timestamp` DATETIME(3) NOT NULL,
  `processed_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`event_id`)
);

CREATE TABLE `revenue_cat_subscriptions` (
  `app_user_id` VARCHAR(191) NOT NULL,
  `original_app_user_id` VARCHAR(191) NOT NULL,
  `product_id` LONGTEXT NOT NULL,
  `original_transaction_id` VARCHAR(191) NOT NULL,
  `store` LONGTEXT NOT NULL,
  `status` LONGTEXT NOT NULL,
  `period_type` LONGTEXT,
  `expires_date` DATETIME(3),
  `auto_renew_status` TINYINT(1),
  `is_trial_period` TINYINT(1),
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3),
  PRIMARY KEY (`original_transaction_id`)
);

CREATE TABLE `subscriptions` (
  `id` VARCHAR(191) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `circle_id` BIGINT,
  `provider` BIGINT NOT NULL,
  `external_subscription_id` VARCHAR(191),
  `external_customer_id` LONGTEXT,
  `product_id` LONGTEXT,
  `status` VARCHAR(191) NOT NULL,
  `expires_at` DATETIME(3),
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `provider_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_subscriptions_provider_external` (`provider`, `external_subscription_id`)
);

CREATE TABLE `mfa_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_token` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `auth_method` VARCHAR(50) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(3) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `user_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_mfa_sessions_session_token` (`session_token`)
);

CREATE TABLE `user_sessions` (
  `id` VARCHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `family_id` VARCHAR(36) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `used_at` DATETIME(3),
  `revoked_at` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_user_sessions_token_hash` (`token_hash`)
);

CREATE TABLE `things` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `circle_id` BIGINT,
  `name` LONGTEXT,
  `state` LONGTEXT,
  `type` LONGTEXT,
  `updated_at` DATETIME(3),
  `created_at` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `thing_chores` (
  `thing_id` BIGINT NOT NULL,
  `chore_id` BIGINT NOT NULL,
  `trigger_state` LONGTEXT,
  `condition` LONGTEXT,
  PRIMARY KEY (`thing_id`, `chore_id`),
  UNIQUE KEY `idx_thing_user` (`thing_id`, `chore_id`)
);

CREATE TABLE `thing_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `thing_id` BIGINT,
  `state` LONGTEXT,
  `updated_at` DATETIME(3),
  `created_at` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191),
  `user_id` BIGINT,
  `token` VARCHAR(191),
  `created_at` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_api_tokens_name` (`name`)
);

CREATE TABLE `user_notification_targets` (
  `user_id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` TINYINT,
  `target_id` LONGTEXT,
  `created_at` DATETIME(3),
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `labels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT,
  `color` LONGTEXT,
  `circle_id` BIGINT,
  `created_by` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chore_labels` (
  `chore_id` BIGINT NOT NULL,
  `label_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`chore_id`, `label_id`, `user_id`)
);

CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NOT NULL,
  `description` LONGTEXT,
  `color` LONGTEXT,
  `icon` LONGTEXT,
  `circle_id` BIGINT NOT NULL,
  `created_by` BIGINT NOT NULL,
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `is_default` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `filters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NOT NULL,
  `description` LONGTEXT,
  `color` LONGTEXT,
  `icon` LONGTEXT,
  `conditions` JSON NOT NULL,
  `operator` VARCHAR(191) NOT NULL DEFAULT 'AND',
  `circle_id` BIGINT NOT NULL,
  `created_by` BIGINT NOT NULL,
  `created_at` DATETIME(3),
  `updated_at` DATETIME(3),
  `is_pinned` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `migrations` (
  `id` VARCHAR(191) NOT NULL,
  `description` LONGTEXT,
  `applied_at` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `points_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` TINYINT,
  `points` BIGINT,
  `created_at` DATETIME(3),
  `created_by` BIGINT,
  `user_id` BIGINT,
  `circle_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sub_tasks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chore_id` BIGINT,
  `order_id` TINYINT,
  `name` LONGTEXT,
  `completed_at` DATETIME(3),
  `completed_by` BIGINT,
  `parent_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `storage_files` (
  `file_path` VARCHAR(191) NOT NULL,
  `size_bytes` BIGINT,
  `user_id` BIGINT,
  `entity_id` BIGINT,
  `entity_type` BIGINT,
  `created_at` BIGINT,
  PRIMARY KEY (`file_path`)
);

CREATE TABLE `storage_usages` (
  `user_id` BIGINT NOT NULL,
  `circle_id` BIGINT NOT NULL,
  `used_bytes` BIGINT,
  `updated_at` DATETIME(3),
  PRIMARY KEY (`user_id`, `circle_id`)
);

CREATE TABLE `time_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chore_id` BIGINT,
  `chore_history_id` BIGINT,
  `start_time` DATETIME(3),
  `end_time` DATETIME(3),
  `duration` BIGINT,
  `status` TINYINT,
  `pause_log` JSON,
  `updated_by` BIGINT,
  `updated_at` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_device_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` LONGTEXT NOT NULL,
  `device_id` VARCHAR(255),
  `platform` VARCHAR(10),
  `app_version` VARCHAR(50),
  `device_model` VARCHAR(100),
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `last_active_at` DATETIME(3),
  `created_at` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_device` (`user_id`, `device_id`)
);

ALTER TABLE `chores` ADD CONSTRAINT `fk_chores_project` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `chore_assignees` ADD CONSTRAINT `fk_chores_assignees` FOREIGN KEY (`chore_id`) REFERENCES `chores` (`id`);
ALTER TABLE `user_sessions` ADD CONSTRAINT `fk_user_sessions_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `thing_chores` ADD CONSTRAINT `fk_things_thing_chores` FOREIGN KEY (`thing_id`) REFERENCES `things` (`id`);
ALTER TABLE `thing_chores` ADD CONSTRAINT `fk_chores_thing_chore` FOREIGN KEY (`chore_id`) REFERENCES `chores` (`id`);
ALTER TABLE `user_notification_targets` ADD CONSTRAINT `fk_users_user_notification_targets` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `chore_labels` ADD CONSTRAINT `fk_chore_labels_chore` FOREIGN KEY (`chore_id`) REFERENCES `chores` (`id`);
ALTER TABLE `chore_labels` ADD CONSTRAINT `fk_chore_labels_label` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`);
ALTER TABLE `sub_tasks` ADD CONSTRAINT `fk_chores_sub_tasks` FOREIGN KEY (`chore_id`) REFERENCES `chores` (`id`);

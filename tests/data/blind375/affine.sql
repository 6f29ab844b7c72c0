-- AFFiNE (Toeverything; open-source knowledge base with docs and an edgeless whiteboard canvas) — server database
-- Upstream: github.com/toeverything/AFFiNE, commit 10963da706358355a1ec3e6ffbf8e0ee8b4800e3 (2024-10-24)
-- (server `packages/backend/server` under the MIT licence of the repository at that commit; see the exam notes)
-- Made from: the 48 Prisma migrations packages/backend/server/migrations/*/migration.sql applied in order with psql to
-- a scratch PostgreSQL 15 database, and every table of schema `public` read back from the catalogue (columns in the
-- order the migrations leave them). Prisma's own `_prisma_migrations` bookkeeping table is not part of the exam.
-- PostgreSQL written as MySQL: character varying -> VARCHAR(255) (VARCHAR(n) kept); text -> TEXT (VARCHAR(255) in
-- keys); json -> JSON; bytea -> LONGBLOB; boolean -> TINYINT(1); timestamp(3) with time zone -> DATETIME(3);
-- serial -> AUTO_INCREMENT; the enum types AiPromptRole and RuntimeConfigType -> ENUM. Function defaults dropped,
-- CURRENT_TIMESTAMP kept. Primary keys, unique indexes and foreign keys are upstream's, with upstream's names;
-- non-unique indexes are left out. Nothing else is left out.

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `email_verified` DATETIME(3),
  `avatar_url` VARCHAR(255),
  `registered` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `enable_url_preview` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snapshots` (
  `guid` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(255) NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `seq` INT DEFAULT 0,
  `state` LONGBLOB,
  `created_by` VARCHAR(255),
  `updated_by` VARCHAR(255),
  PRIMARY KEY (`workspace_id`, `guid`),
  CONSTRAINT `snapshots_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `snapshots_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `updates` (
  `guid` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(255) NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `seq` INT,
  `created_by` VARCHAR(255),
  PRIMARY KEY (`workspace_id`, `guid`, `created_at`),
  CONSTRAINT `updates_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_stripe_customers` (
  `user_id` VARCHAR(255) NOT NULL,
  `stripe_customer_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `user_stripe_customers_stripe_customer_id_key` (`stripe_customer_id`),
  CONSTRAINT `user_stripe_customers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `plan` VARCHAR(20) NOT NULL,
  `recurring` VARCHAR(20) NOT NULL,
  `stripe_subscription_id` VARCHAR(255),
  `status` VARCHAR(20) NOT NULL,
  `start` DATETIME(3) NOT NULL,
  `end` DATETIME(3),
  `next_bill_at` DATETIME(3),
  `canceled_at` DATETIME(3),
  `trial_start` DATETIME(3),
  `trial_end` DATETIME(3),
  `stripe_schedule_id` VARCHAR(255),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `variant` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_subscriptions_stripe_subscription_id_key` (`stripe_subscription_id`),
  UNIQUE KEY `user_subscriptions_user_id_plan_key` (`user_id`, `plan`),
  CONSTRAINT `user_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_invoices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `stripe_invoice_id` VARCHAR(255) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `amount` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `plan` VARCHAR(20) NOT NULL,
  `recurring` VARCHAR(20) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `last_payment_error` TEXT,
  `link` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_invoices_stripe_invoice_id_key` (`stripe_invoice_id`),
  CONSTRAINT `user_invoices_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_data_migrations` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `started_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `finished_at` DATETIME(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `feature` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL DEFAULT 0,
  `type` INT NOT NULL,
  `configs` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_feature_version_key` (`feature`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_features` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `feature_id` INT NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expired_at` DATETIME(3),
  `activated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_features_feature_id_fkey` FOREIGN KEY (`feature_id`) REFERENCES `features` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_features_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_pages` (
  `workspace_id` VARCHAR(255) NOT NULL,
  `page_id` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `mode` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`workspace_id`, `page_id`),
  CONSTRAINT `workspace_pages_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_user_permissions` (
  `id` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `type` SMALLINT NOT NULL,
  `accepted` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_user_permissions_workspace_id_user_id_key` (`workspace_id`, `user_id`),
  CONSTRAINT `workspace_user_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_user_permissions_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_page_user_permissions` (
  `id` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(255) NOT NULL,
  `page_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `type` SMALLINT NOT NULL,
  `accepted` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_page_user_permissions_workspace_id_page_id_user_i_key` (`workspace_id`, `page_id`, `user_id`),
  CONSTRAINT `workspace_page_user_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_page_user_permissions_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snapshot_histories` (
  `workspace_id` VARCHAR(255) NOT NULL,
  `guid` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME(3) NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `state` LONGBLOB,
  `expired_at` DATETIME(3) NOT NULL,
  `created_by` VARCHAR(255),
  PRIMARY KEY (`workspace_id`, `guid`, `timestamp`),
  CONSTRAINT `snapshot_histories_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_features` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspace_id` VARCHAR(255) NOT NULL,
  `feature_id` INT NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expired_at` DATETIME(3),
  `activated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `workspace_features_feature_id_fkey` FOREIGN KEY (`feature_id`) REFERENCES `features` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_features_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_connected_accounts` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_account_id` VARCHAR(255) NOT NULL,
  `scope` TEXT,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `expires_at` DATETIME(3),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_connected_accounts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multiple_users_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(3),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(3),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sessions_session_id_user_id_key` (`session_id`, `user_id`),
  CONSTRAINT `user_sessions_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `multiple_users_sessions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_tokens` (
  `token` VARCHAR(255) NOT NULL,
  `type` SMALLINT NOT NULL,
  `credential` TEXT,
  `expiresAt` DATETIME(3) NOT NULL,
  UNIQUE KEY `verification_tokens_type_token_key` (`type`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_prompts_metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(32) NOT NULL,
  `action` VARCHAR(255),
  `model` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `config` JSON,
  `modified` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ai_prompts_metadata_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_prompts_messages` (
  `prompt_id` INT NOT NULL,
  `idx` INT NOT NULL,
  `role` ENUM('system','assistant','user') NOT NULL,
  `content` TEXT NOT NULL,
  `attachments` JSON,
  `params` JSON,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `ai_prompts_messages_prompt_id_idx_key` (`prompt_id`, `idx`),
  CONSTRAINT `ai_prompts_messages_prompt_id_fkey` FOREIGN KEY (`prompt_id`) REFERENCES `ai_prompts_metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_sessions_metadata` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `workspace_id` VARCHAR(255) NOT NULL,
  `doc_id` VARCHAR(255) NOT NULL,
  `prompt_name` VARCHAR(32) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deleted_at` DATETIME(3),
  `messageCost` INT NOT NULL DEFAULT 0,
  `tokenCost` INT NOT NULL DEFAULT 0,
  `parent_session_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_sessions_metadata_prompt_name_fkey` FOREIGN KEY (`prompt_name`) REFERENCES `ai_prompts_metadata` (`name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ai_sessions_metadata_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_sessions_messages` (
  `id` VARCHAR(255) NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `role` ENUM('system','assistant','user') NOT NULL,
  `content` TEXT NOT NULL,
  `attachments` JSON,
  `params` JSON,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_sessions_messages_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `ai_sessions_metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_runtime_settings` (
  `id` VARCHAR(255) NOT NULL,
  `type` ENUM('String','Number','Boolean','Object','Array') NOT NULL,
  `module` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  `description` TEXT NOT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3),
  `last_updated_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_runtime_settings_module_key_key` (`module`, `key`),
  CONSTRAINT `app_runtime_settings_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_snapshots` (
  `user_id` VARCHAR(255) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `blob` LONGBLOB NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`user_id`, `id`),
  CONSTRAINT `user_snapshots_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

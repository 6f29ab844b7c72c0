-- Onlook (Onlook Inc.; open-source visual design tool for React/Next.js apps, "Cursor for designers") — database
-- Upstream: github.com/onlook-dev/onlook, commit ab9333d4fcfdb485383a228d157402a5efa6b4ea (Apache-2.0)
-- Made from: the 20 Drizzle migrations apps/backend/supabase/migrations/0000 … 0019 (order of meta/_journal.json)
-- applied with psql to a scratch PostgreSQL 15 database that had minimal stand-ins for what Supabase provides
-- (roles authenticated/anon/service_role, auth.users and auth.uid(), storage.buckets/objects, realtime.messages and
-- realtime.broadcast_changes), and every table of schema `public` read back from the catalogue (columns in the
-- order the migrations leave them). Supabase's own auth, storage and realtime schemas are not upstream's and are
-- left out, so the foreign key users.id -> auth.users(id) is dropped. Row-level-security policies, triggers and
-- functions are left out. Two columns that the Drizzle models of the same commit (packages/db/src/schema) declare but
-- no migration yet adds were appended as drizzle-kit would add them: conversations.agent_type (enum agent_type,
-- default 'root') and messages.usage (jsonb).
-- PostgreSQL written as MySQL: uuid -> CHAR(36); text -> TEXT (VARCHAR(255) where part of a key); character varying
-- -> VARCHAR(255); jsonb -> JSON; arrays -> JSON; boolean -> TINYINT(1); timestamptz -> DATETIME(6); numeric ->
-- DECIMAL(65,10); the enum types (project_role, deployment_status, …) -> ENUM. Function defaults dropped, now() ->
-- CURRENT_TIMESTAMP(6). Primary keys, unique constraints and foreign keys are upstream's, with upstream's names;
-- non-unique indexes are left out.

CREATE TABLE `projects` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sandbox_id` VARCHAR(255),
  `sandbox_url` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `description` TEXT,
  `preview_img_url` VARCHAR(255),
  `preview_img_path` VARCHAR(255),
  `preview_img_bucket` VARCHAR(255),
  `tags` JSON DEFAULT '[]',
  `updated_preview_img_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `canvas` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `canvas_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branches` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `git_branch` VARCHAR(255),
  `git_commit_sha` VARCHAR(255),
  `git_repo_url` VARCHAR(255),
  `sandbox_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `branches_default_per_project_ux` (`project_id`),
  UNIQUE KEY `branches_name_per_project_ux` (`project_id`, `name`),
  CONSTRAINT `branches_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frames` (
  `id` CHAR(36) NOT NULL,
  `canvas_id` CHAR(36) NOT NULL,
  `type` TEXT,
  `url` VARCHAR(255) NOT NULL,
  `x` DECIMAL(65,10) NOT NULL,
  `y` DECIMAL(65,10) NOT NULL,
  `width` DECIMAL(65,10) NOT NULL,
  `height` DECIMAL(65,10) NOT NULL,
  `branch_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `frames_branch_id_branches_id_fk` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `frames_canvas_id_canvas_id_fk` FOREIGN KEY (`canvas_id`) REFERENCES `canvas` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `display_name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `suggestions` JSON DEFAULT '[]',
  `agent_type` ENUM('root','user') DEFAULT 'root',
  PRIMARY KEY (`id`),
  CONSTRAINT `conversations_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `role` ENUM('user','assistant','system') NOT NULL,
  `applied` TINYINT(1),
  `snapshots` JSON,
  `context` JSON NOT NULL DEFAULT '[]',
  `parts` JSON NOT NULL DEFAULT '[]',
  `commit_oid` TEXT,
  `checkpoints` JSON NOT NULL DEFAULT '[]',
  `usage` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_conversation_id_conversations_id_fk` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `first_name` TEXT,
  `last_name` TEXT,
  `display_name` TEXT,
  `avatar_url` TEXT,
  `email` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `stripe_customer_id` TEXT,
  `github_installation_id` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_projects` (
  `user_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `role` ENUM('owner','admin') NOT NULL,
  PRIMARY KEY (`user_id`, `project_id`),
  CONSTRAINT `user_projects_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_projects_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `auto_apply_code` TINYINT(1) NOT NULL DEFAULT 1,
  `expand_code_blocks` TINYINT(1) NOT NULL DEFAULT 1,
  `show_suggestions` TINYINT(1) NOT NULL DEFAULT 1,
  `show_mini_chat` TINYINT(1) NOT NULL DEFAULT 1,
  `should_warn_delete` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_settings_user_id_unique` (`user_id`),
  CONSTRAINT `user_settings_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_canvases` (
  `user_id` CHAR(36) NOT NULL,
  `canvas_id` CHAR(36) NOT NULL,
  `scale` DECIMAL(65,10) NOT NULL,
  `x` DECIMAL(65,10) NOT NULL,
  `y` DECIMAL(65,10) NOT NULL,
  PRIMARY KEY (`user_id`, `canvas_id`),
  CONSTRAINT `user_canvases_canvas_id_canvas_id_fk` FOREIGN KEY (`canvas_id`) REFERENCES `canvas` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_canvases_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_invitations` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `inviter_id` CHAR(36) NOT NULL,
  `invitee_email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `role` ENUM('owner','admin') NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_invitations_token_unique` (`token`),
  CONSTRAINT `project_invitations_inviter_id_users_id_fk` FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_invitations_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_domains` (
  `id` CHAR(36) NOT NULL,
  `apex_domain` VARCHAR(255) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_domains_apex_domain_unique` (`apex_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_domains` (
  `id` CHAR(36) NOT NULL,
  `full_domain` VARCHAR(255) NOT NULL,
  `project_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `preview_domains_full_domain_unique` (`full_domain`),
  CONSTRAINT `preview_domains_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_domain_verification` (
  `id` CHAR(36) NOT NULL,
  `custom_domain_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `freestyle_verification_id` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` ENUM('pending','verified','cancelled') NOT NULL DEFAULT 'pending',
  `full_domain` TEXT NOT NULL,
  `txt_record` JSON NOT NULL,
  `a_records` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  CONSTRAINT `custom_domain_verification_custom_domain_id_custom_domains_id_f` FOREIGN KEY (`custom_domain_id`) REFERENCES `custom_domains` (`id`),
  CONSTRAINT `custom_domain_verification_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_settings` (
  `project_id` CHAR(36) NOT NULL,
  `run_command` TEXT NOT NULL DEFAULT '',
  `build_command` TEXT NOT NULL DEFAULT '',
  `install_command` TEXT NOT NULL DEFAULT '',
  UNIQUE KEY `project_settings_project_id_unique` (`project_id`),
  CONSTRAINT `project_settings_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `type` ENUM('free','pro') NOT NULL,
  `stripe_product_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `products_stripe_product_id_unique` (`stripe_product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prices` (
  `id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `price_key` ENUM('PRO_MONTHLY_TIER_1','PRO_MONTHLY_TIER_2','PRO_MONTHLY_TIER_3','PRO_MONTHLY_TIER_4','PRO_MONTHLY_TIER_5','PRO_MONTHLY_TIER_6','PRO_MONTHLY_TIER_7','PRO_MONTHLY_TIER_8','PRO_MONTHLY_TIER_9','PRO_MONTHLY_TIER_10','PRO_MONTHLY_TIER_11') NOT NULL,
  `monthly_message_limit` INT NOT NULL,
  `stripe_price_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prices_stripe_price_id_unique` (`stripe_price_id`),
  CONSTRAINT `prices_product_id_products_id_fk` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `price_id` CHAR(36) NOT NULL,
  `started_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ended_at` DATETIME(6),
  `status` ENUM('active','canceled') NOT NULL DEFAULT 'active',
  `stripe_customer_id` TEXT NOT NULL,
  `stripe_subscription_id` VARCHAR(255) NOT NULL,
  `stripe_subscription_item_id` VARCHAR(255) NOT NULL,
  `scheduled_action` ENUM('price_change','cancellation'),
  `scheduled_price_id` CHAR(36),
  `scheduled_change_at` DATETIME(6),
  `stripe_subscription_schedule_id` TEXT,
  `stripe_current_period_start` DATETIME(6) NOT NULL,
  `stripe_current_period_end` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_stripe_subscription_id_unique` (`stripe_subscription_id`),
  UNIQUE KEY `subscriptions_stripe_subscription_item_id_unique` (`stripe_subscription_item_id`),
  CONSTRAINT `subscriptions_price_id_prices_id_fk` FOREIGN KEY (`price_id`) REFERENCES `prices` (`id`),
  CONSTRAINT `subscriptions_product_id_products_id_fk` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `subscriptions_scheduled_price_id_prices_id_fk` FOREIGN KEY (`scheduled_price_id`) REFERENCES `prices` (`id`),
  CONSTRAINT `subscriptions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_records` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `type` ENUM('message','deployment') NOT NULL DEFAULT 'message',
  `timestamp` DATETIME(6) NOT NULL,
  `trace_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `usage_records_user_trace_idx` (`user_id`, `trace_id`),
  CONSTRAINT `usage_records_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_create_requests` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `context` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` ENUM('pending','completed','failed') NOT NULL DEFAULT 'pending',
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_create_requests_project_id_unique` (`project_id`),
  CONSTRAINT `project_create_requests_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployments` (
  `id` CHAR(36) NOT NULL,
  `requested_by` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `sandbox_id` TEXT,
  `urls` JSON,
  `type` ENUM('preview','custom','unpublish_preview','unpublish_custom') NOT NULL,
  `status` ENUM('pending','in_progress','completed','failed','cancelled') NOT NULL,
  `message` TEXT,
  `build_log` TEXT,
  `error` TEXT,
  `progress` INT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `build_script` TEXT,
  `build_flags` TEXT,
  `env_vars` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `deployments_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `deployments_requested_by_users_id_fk` FOREIGN KEY (`requested_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_custom_domains` (
  `full_domain` TEXT NOT NULL,
  `custom_domain_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` ENUM('active','cancelled') NOT NULL DEFAULT 'active',
  PRIMARY KEY (`custom_domain_id`, `project_id`),
  CONSTRAINT `project_custom_domains_custom_domain_id_custom_domains_id_fk` FOREIGN KEY (`custom_domain_id`) REFERENCES `custom_domains` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_custom_domains_project_id_projects_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legacy_subscriptions` (
  `email` VARCHAR(255) NOT NULL,
  `stripe_coupon_id` TEXT NOT NULL,
  `stripe_promotion_code_id` TEXT NOT NULL,
  `stripe_promotion_code` TEXT NOT NULL,
  `redeem_at` DATETIME(6),
  `redeem_by` DATETIME(6),
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limits` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `subscription_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `started_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6) NOT NULL,
  `max` INT NOT NULL,
  `left` INT NOT NULL DEFAULT 0,
  `carry_over_key` CHAR(36) NOT NULL,
  `carry_over_total` INT NOT NULL DEFAULT 0,
  `stripe_subscription_item_id` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rate_limits_subscription_id_subscriptions_id_fk` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`),
  CONSTRAINT `rate_limits_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `email` TEXT,
  `message` TEXT NOT NULL,
  `page_url` TEXT,
  `user_agent` TEXT,
  `attachments` JSON NOT NULL DEFAULT '[]',
  `metadata` JSON NOT NULL DEFAULT '{}',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `feedbacks_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

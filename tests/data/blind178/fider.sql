-- Fider (customer feedback portal): the whole database schema.
-- Upstream: github.com/getfider/fider, commit 67c52826cca176724a59dd58b9795e1bc8d67bc8 (2026-07-02), AGPL-3.0.
-- Made by replaying the 95 upstream migrations in `migrations/*.sql`, in version order, into PostgreSQL 15 (after the
-- `migrations_history` table that `app/pkg/dbx/migrate.go` creates), then writing the resulting catalogue as MySQL DDL:
-- serial -> INT AUTO_INCREMENT, timestamptz -> DATETIME, boolean -> TINYINT(1), jsonb -> JSON, bytea -> LONGBLOB,
-- inet -> VARCHAR(45), tsvector -> LONGTEXT, text -> TEXT. Table and column names and column order are upstream's;
-- primary keys, unique constraints/indexes and foreign keys as in PostgreSQL. Composite foreign keys
-- (`user_id`, `tenant_id`) -> users (`id`, `tenant_id`) are written with their column pairs in the order of
-- upstream's unique index (`tenant_id`, `id`), which InnoDB needs. Left out: non-unique indexes and five partial
-- unique indexes (`... WHERE email <> ''`, `WHERE status <> 6`, ...), which MySQL cannot express.

CREATE TABLE `tenants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(60) NOT NULL,
  `subdomain` VARCHAR(40) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `cname` VARCHAR(100),
  `invitation` VARCHAR(100),
  `welcome_message` TEXT,
  `status` INT NOT NULL,
  `is_private` TINYINT(1) NOT NULL,
  `custom_css` TEXT NOT NULL,
  `logo_bkey` VARCHAR(512) NOT NULL,
  `locale` VARCHAR(10) NOT NULL,
  `is_email_auth_allowed` TINYINT(1) NOT NULL,
  `is_feed_enabled` TINYINT(1) NOT NULL,
  `prevent_indexing` TINYINT(1) NOT NULL DEFAULT 1,
  `allowed_schemes` TEXT NOT NULL,
  `is_moderation_enabled` TINYINT(1) NOT NULL,
  `is_pro` TINYINT(1) NOT NULL DEFAULT 0,
  `welcome_header` TEXT,
  `scheduled_deletion_at` DATETIME NULL,
  `deletion_requested_by` INT,
  `deletion_cancel_key` VARCHAR(64),
  `description_template` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenant_subdomain_unique_idx` (`subdomain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100),
  `email` VARCHAR(200) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `tenant_id` INT,
  `role` INT NOT NULL,
  `status` INT NOT NULL,
  `api_key` VARCHAR(64),
  `api_key_date` DATETIME NULL,
  `avatar_type` SMALLINT NOT NULL,
  `avatar_bkey` VARCHAR(512) NOT NULL,
  `email_supressed_at` DATETIME NULL,
  `is_trusted` TINYINT(1) NOT NULL DEFAULT 0,
  `security_stamp` VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_tenant_id_key` (`tenant_id`, `id`),
  UNIQUE KEY `users_api_key` (`tenant_id`, `api_key`),
  CONSTRAINT `users_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100) NOT NULL,
  `description` TEXT,
  `tenant_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `user_id` INT,
  `number` INT NOT NULL,
  `status` INT NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  `response` TEXT,
  `response_user_id` INT,
  `response_date` DATETIME NULL,
  `original_id` INT,
  `language` TEXT,
  `is_approved` TINYINT(1) NOT NULL,
  `search` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_number_tenant_key` (`tenant_id`, `number`),
  UNIQUE KEY `post_id_tenant_id_key` (`tenant_id`, `id`),
  CONSTRAINT `posts_original_id_fkey` FOREIGN KEY (`original_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `posts_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `posts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `post_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `tenant_id` INT NOT NULL,
  `edited_at` DATETIME NULL,
  `edited_by_id` INT,
  `deleted_at` DATETIME NULL,
  `deleted_by_id` INT,
  `is_approved` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_deleted_by_id_fkey` FOREIGN KEY (`tenant_id`, `deleted_by_id`) REFERENCES `users` (`tenant_id`, `id`),
  CONSTRAINT `comments_edited_by_id_fkey` FOREIGN KEY (`tenant_id`, `edited_by_id`) REFERENCES `users` (`tenant_id`, `id`),
  CONSTRAINT `comments_post_id_fkey` FOREIGN KEY (`tenant_id`, `post_id`) REFERENCES `posts` (`tenant_id`, `id`),
  CONSTRAINT `comments_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `comments_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `comment_id` INT,
  `user_id` INT NOT NULL,
  `attachment_bkey` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`),
  CONSTRAINT `attachments_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `attachments_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `attachments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blobs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(512) NOT NULL,
  `tenant_id` INT,
  `size` BIGINT NOT NULL,
  `content_type` VARCHAR(200) NOT NULL,
  `file` LONGBLOB NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blobs_tenant_id_key_key` (`tenant_id`, `key`),
  CONSTRAINT `blobs_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_verifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `email` VARCHAR(200) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `key` VARCHAR(64) NOT NULL,
  `verified_at` DATETIME NULL,
  `name` VARCHAR(200),
  `expires_at` DATETIME NOT NULL,
  `kind` SMALLINT NOT NULL,
  `user_id` INT,
  `code` VARCHAR(6),
  `attempts` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_verifications_key_idx` (`tenant_id`, `key`),
  CONSTRAINT `email_verifications_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `email_verifications_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `client_ip` VARCHAR(45),
  `name` VARCHAR(64) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag` VARCHAR(50) NOT NULL,
  `level` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `properties` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mention_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `comment_id` INT,
  `created_on` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `post_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `mention_notifications_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`),
  CONSTRAINT `mention_notifications_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `mention_notifications_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `mention_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations_history` (
  `version` BIGINT NOT NULL,
  `filename` VARCHAR(100),
  `date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `title` VARCHAR(400) NOT NULL,
  `link` VARCHAR(2048),
  `read` TINYINT(1) NOT NULL,
  `post_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_author_id_fkey` FOREIGN KEY (`tenant_id`, `author_id`) REFERENCES `users` (`tenant_id`, `id`),
  CONSTRAINT `notifications_post_id_fkey` FOREIGN KEY (`tenant_id`, `post_id`) REFERENCES `posts` (`tenant_id`, `id`),
  CONSTRAINT `notifications_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `provider` VARCHAR(30) NOT NULL,
  `display_name` VARCHAR(50) NOT NULL,
  `status` INT NOT NULL,
  `client_id` VARCHAR(100) NOT NULL,
  `client_secret` VARCHAR(500) NOT NULL,
  `authorize_url` VARCHAR(300) NOT NULL,
  `token_url` VARCHAR(300) NOT NULL,
  `profile_url` VARCHAR(300) NOT NULL,
  `scope` VARCHAR(100) NOT NULL,
  `json_user_id_path` VARCHAR(100) NOT NULL,
  `json_user_name_path` VARCHAR(100) NOT NULL,
  `json_user_email_path` VARCHAR(100) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `logo_bkey` VARCHAR(512) NOT NULL,
  `is_trusted` TINYINT(1) DEFAULT 0,
  `json_user_roles_path` TEXT,
  `allowed_roles` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenant_id_provider_key` (`tenant_id`, `provider`),
  UNIQUE KEY `oauth_provider_uq` (`provider`),
  CONSTRAINT `oauth_providers_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_subscribers` (
  `user_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` SMALLINT NOT NULL,
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `post_id`),
  CONSTRAINT `post_subscribers_post_id_fkey` FOREIGN KEY (`tenant_id`, `post_id`) REFERENCES `posts` (`tenant_id`, `id`),
  CONSTRAINT `post_subscribers_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `post_subscribers_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `name` VARCHAR(30) NOT NULL,
  `slug` VARCHAR(30) NOT NULL,
  `color` VARCHAR(6) NOT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_id_tenant_id_key` (`tenant_id`, `id`),
  UNIQUE KEY `tag_slug_tenant_key` (`tenant_id`, `slug`),
  CONSTRAINT `tags_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_tags` (
  `tag_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `created_by_id` INT NOT NULL,
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`tag_id`, `post_id`),
  CONSTRAINT `post_tags_created_by_id_fkey` FOREIGN KEY (`tenant_id`, `created_by_id`) REFERENCES `users` (`tenant_id`, `id`),
  CONSTRAINT `post_tags_post_id_fkey` FOREIGN KEY (`tenant_id`, `post_id`) REFERENCES `posts` (`tenant_id`, `id`),
  CONSTRAINT `post_tags_tag_id_fkey` FOREIGN KEY (`tenant_id`, `tag_id`) REFERENCES `tags` (`tenant_id`, `id`),
  CONSTRAINT `post_tags_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_votes` (
  `user_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `post_id`),
  CONSTRAINT `post_votes_post_id_fkey` FOREIGN KEY (`tenant_id`, `post_id`) REFERENCES `posts` (`tenant_id`, `id`),
  CONSTRAINT `post_votes_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `post_votes_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `emoji` VARCHAR(8) NOT NULL,
  `comment_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_on` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_reaction` (`comment_id`, `user_id`, `emoji`),
  CONSTRAINT `reactions_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`),
  CONSTRAINT `reactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_settings` (
  `key` VARCHAR(100) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tenant_id` INT NOT NULL,
  `provider` VARCHAR(40) NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenant_providers_tenant_id_provider_key` (`tenant_id`, `provider`),
  CONSTRAINT `tenant_providers_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenants_billing` (
  `tenant_id` INT NOT NULL,
  `paddle_subscription_id` VARCHAR(255),
  `stripe_customer_id` VARCHAR(255),
  `stripe_subscription_id` VARCHAR(255),
  `license_key` TEXT,
  PRIMARY KEY (`tenant_id`),
  CONSTRAINT `tenants_billing_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_providers` (
  `user_id` INT NOT NULL,
  `provider` VARCHAR(40) NOT NULL,
  `provider_uid` VARCHAR(100) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `provider`),
  UNIQUE KEY `user_provider_unique_idx` (`user_id`, `provider`),
  CONSTRAINT `user_providers_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `user_providers_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `key` VARCHAR(100) NOT NULL,
  `value` VARCHAR(100),
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_settings_uq_key` (`user_id`, `key`),
  CONSTRAINT `user_settings_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `user_settings_user_id_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(60) NOT NULL,
  `type` SMALLINT NOT NULL,
  `status` SMALLINT NOT NULL,
  `url` TEXT NOT NULL,
  `content` TEXT,
  `http_method` VARCHAR(50) NOT NULL,
  `http_headers` JSON,
  `tenant_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_tenant_id_fkey` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


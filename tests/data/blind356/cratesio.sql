-- crates.io (the Rust community's package registry; Rust, Diesel on PostgreSQL), github.com/rust-lang/crates.io
-- migrations/*/up.sql (285 Diesel migrations, 00000000000000_diesel_initial_setup ... 2026-07-30-140000-0000), commit
-- 57fa000662f511321daa61e6769f190ea0e80771 (MIT OR Apache-2.0).
-- The migrations were replayed in Diesel's version order (dashes of the newer version stamps ignored) into a scratch
-- PostgreSQL 15 (all applied unchanged) and the catalog written as MySQL by a script: columns in PostgreSQL's order,
-- names unchanged; varchar / text / citext / ltree -> TEXT (VARCHAR(255) where the column is in a key), varchar(n) ->
-- VARCHAR(n), timestamp(tz) -> DATETIME(6), bytea -> LONGBLOB (VARBINARY(255) in a key), tsvector -> TEXT, jsonb and
-- every array -> JSON, boolean -> TINYINT(1); NOT NULL and literal defaults kept, now() -> CURRENT_TIMESTAMP(6),
-- nextval() primary keys -> AUTO_INCREMENT; primary keys, unique constraints, plain unique indexes and all foreign keys
-- with their ON DELETE actions kept; partial and expression unique indexes (users_gh_id WHERE gh_id > 0,
-- lower(gh_login), canon_crate_name(name) ...), plain indexes, triggers, functions and materialized views not. All 35
-- tables are kept.
CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gh_login` TEXT NOT NULL,
  `name` TEXT,
  `gh_id` INT NOT NULL,
  `account_lock_reason` TEXT,
  `account_lock_until` DATETIME(6),
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `publish_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `username` TEXT NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `description` TEXT,
  `homepage` TEXT,
  `documentation` TEXT,
  `readme` TEXT,
  `textsearchable_index_col` TEXT NOT NULL,
  `repository` TEXT,
  `max_upload_size` INT,
  `max_features` SMALLINT,
  `trustpub_only` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `crate_id` INT NOT NULL,
  `num` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `downloads` INT NOT NULL DEFAULT 0,
  `features` JSON NOT NULL,
  `yanked` TINYINT(1) NOT NULL DEFAULT 0,
  `license` TEXT,
  `crate_size` INT NOT NULL,
  `published_by` INT,
  `links` TEXT,
  `rust_version` TEXT,
  `has_lib` TINYINT(1),
  `bin_names` JSON,
  `yank_message` TEXT,
  `num_no_build` VARCHAR(255) NOT NULL,
  `edition` TEXT,
  `description` TEXT,
  `homepage` TEXT,
  `documentation` TEXT,
  `repository` TEXT,
  `categories` JSON NOT NULL,
  `keywords` JSON NOT NULL,
  `linecounts` JSON,
  `trustpub_data` JSON,
  `lib_name` TEXT,
  `semver_ord_v2` LONGBLOB NOT NULL,
  `tar_sha256` LONGBLOB NOT NULL,
  `zip_sha256` LONGBLOB,
  `zip_json_sha256` LONGBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_num` (`crate_id`, `num`),
  UNIQUE KEY `versions_crate_id_num_no_build_uindex` (`crate_id`, `num_no_build`),
  CONSTRAINT `fk_versions_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_versions_published_by` FOREIGN KEY (`published_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata` (
  `total_downloads` BIGINT NOT NULL,
  PRIMARY KEY (`total_downloads`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version_downloads` (
  `version_id` INT NOT NULL,
  `downloads` INT NOT NULL DEFAULT 1,
  `counted` INT NOT NULL DEFAULT 0,
  `date` DATE NOT NULL,
  `processed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`version_id`, `date`),
  CONSTRAINT `fk_version_downloads_version_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dependencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version_id` INT NOT NULL,
  `crate_id` INT NOT NULL,
  `req` TEXT NOT NULL,
  `optional` TINYINT(1) NOT NULL,
  `default_features` TINYINT(1) NOT NULL,
  `features` JSON NOT NULL,
  `target` TEXT,
  `kind` INT NOT NULL DEFAULT 0,
  `explicit_name` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dependencies_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dependencies_version_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `user_id` INT NOT NULL,
  `crate_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `crate_id`),
  CONSTRAINT `fk_follows_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_follows_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crate_owners` (
  `crate_id` INT NOT NULL,
  `owner_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` INT,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `owner_kind` INT NOT NULL,
  `email_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`crate_id`, `owner_id`, `owner_kind`),
  CONSTRAINT `fk_crate_owners_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_crate_owners_created_by` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keywords` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `keyword` VARCHAR(255) NOT NULL,
  `crates_cnt` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `keywords_keyword_key` (`keyword`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crates_keywords` (
  `crate_id` INT NOT NULL,
  `keyword_id` INT NOT NULL,
  PRIMARY KEY (`crate_id`, `keyword_id`),
  CONSTRAINT `fk_crates_keywords_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_crates_keywords_keyword_id` FOREIGN KEY (`keyword_id`) REFERENCES `keywords` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(255) NOT NULL,
  `github_id` INT NOT NULL,
  `name` TEXT,
  `avatar` TEXT,
  `org_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_github_id_key` (`github_id`),
  UNIQUE KEY `teams_login_key` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `crates_cnt` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `path` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_category_key` (`category`),
  UNIQUE KEY `categories_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crates_categories` (
  `crate_id` INT NOT NULL,
  `category_id` INT NOT NULL,
  PRIMARY KEY (`crate_id`, `category_id`),
  CONSTRAINT `fk_crates_categories_category_id` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_crates_categories_crate_id` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserved_crate_names` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `token` VARBINARY(255) NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_used_at` DATETIME(6),
  `revoked` TINYINT(1) NOT NULL DEFAULT 0,
  `crate_scopes` JSON,
  `endpoint_scopes` JSON,
  `expired_at` DATETIME(6),
  `expiry_notification_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_tokens_token_idx` (`token`),
  CONSTRAINT `api_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `email` TEXT NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `token` TEXT NOT NULL,
  `token_generated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_user_id_key` (`user_id`),
  CONSTRAINT `fk_emails_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crate_owner_invitations` (
  `invited_user_id` INT NOT NULL,
  `invited_by_user_id` INT NOT NULL,
  `crate_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `token` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`invited_user_id`, `crate_id`),
  CONSTRAINT `crate_owner_invitations_crate_id_fkey` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `crate_owner_invitations_invited_by_user_id_fkey` FOREIGN KEY (`invited_by_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `crate_owner_invitations_invited_user_id_fkey` FOREIGN KEY (`invited_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `readme_renderings` (
  `version_id` INT NOT NULL,
  `rendered_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`version_id`),
  CONSTRAINT `readme_renderings_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `background_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `job_type` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `retries` INT NOT NULL DEFAULT 0,
  `last_retry` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `priority` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version_owner_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `api_token_id` INT,
  `action` INT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `version_owner_actions_owner_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `version_owner_actions_owner_token_id_fkey` FOREIGN KEY (`api_token_id`) REFERENCES `api_tokens` (`id`),
  CONSTRAINT `version_owner_actions_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions_published_by` (
  `version_id` INT NOT NULL,
  `email` TEXT NOT NULL,
  PRIMARY KEY (`version_id`),
  CONSTRAINT `versions_published_by_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `publish_limit_buckets` (
  `user_id` INT NOT NULL,
  `tokens` INT NOT NULL,
  `last_refill` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `action` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `action`),
  CONSTRAINT `publish_limit_buckets_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `publish_rate_overrides` (
  `user_id` INT NOT NULL,
  `burst` INT NOT NULL,
  `expires_at` DATETIME(6),
  `action` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `action`),
  CONSTRAINT `publish_rate_overrides_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_log_files` (
  `path` VARCHAR(255) NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crate_downloads` (
  `crate_id` INT NOT NULL,
  `downloads` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`crate_id`),
  CONSTRAINT `crate_downloads_crates_id_fk` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_versions` (
  `crate_id` INT NOT NULL,
  `version_id` INT NOT NULL,
  `num_versions` INT,
  PRIMARY KEY (`crate_id`),
  UNIQUE KEY `default_versions_version_id_uindex` (`version_id`),
  CONSTRAINT `default_versions_crates_id_fk` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `default_versions_versions_id_fk` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_crates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6) NOT NULL,
  `deleted_by` INT,
  `message` TEXT,
  `available_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `deleted_crates_users_id_fk` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trustpub_configs_github` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `crate_id` INT NOT NULL,
  `repository_owner` TEXT NOT NULL,
  `repository_owner_id` INT NOT NULL,
  `repository_name` TEXT NOT NULL,
  `workflow_filename` TEXT NOT NULL,
  `environment` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `trustpub_configs_github_crate_id_fkey` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trustpub_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` DATETIME(6) NOT NULL,
  `hashed_token` VARBINARY(255) NOT NULL,
  `crate_ids` JSON NOT NULL,
  `trustpub_data` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trustpub_tokens_hashed_token_uindex` (`hashed_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trustpub_used_jtis` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `jti` VARCHAR(255) NOT NULL,
  `used_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trustpub_used_jtis_jti_uindex` (`jti`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cloudfront_invalidation_queue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `path` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `distribution` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trustpub_configs_gitlab` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `crate_id` INT NOT NULL,
  `namespace` TEXT NOT NULL,
  `namespace_id` TEXT,
  `project` TEXT NOT NULL,
  `workflow_filepath` TEXT NOT NULL,
  `environment` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `trustpub_configs_gitlab_crate_id_fkey` FOREIGN KEY (`crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_github` (
  `account_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `encrypted_token` LONGBLOB NOT NULL,
  `login` TEXT NOT NULL,
  `avatar` TEXT,
  `last_sync` DATETIME(6) NOT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `oauth_github_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reverse_dependencies` (
  `target_crate_id` INT NOT NULL,
  `dependent_crate_id` INT NOT NULL,
  `version_id` INT NOT NULL,
  `dependency_id` INT NOT NULL,
  `dependent_downloads` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`target_crate_id`, `dependent_crate_id`),
  CONSTRAINT `reverse_dependencies_dependent_crate_id_fkey` FOREIGN KEY (`dependent_crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reverse_dependencies_target_crate_id_fkey` FOREIGN KEY (`target_crate_id`) REFERENCES `crates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reverse_dependencies_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserved_usernames` (
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

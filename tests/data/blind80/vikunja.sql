-- Vikunja (self-hosted to-do lists / kanban), github.com/go-vikunja/vikunja, commit 762dc4ebe6f3fbff15d90a0a119f0c6a4720e033 (AGPL-3.0).
-- Upstream creates a fresh database with xorm Sync2 of its model structs (pkg/migration/migration.go initSchema:
-- models.GetTables(), files, license, migration, user and notifications tables). The 36 tables are written here from
-- those structs' xorm tags with xorm's GonicMapper column names and its MySQL type mapping (int64 -> BIGINT, int -> INT,
-- bool -> TINYINT(1), string -> VARCHAR(255), float64 -> DOUBLE, time.Time/created/updated/deleted -> DATETIME,
-- json -> TEXT). Primary keys and unique keys as the tags declare them; upstream declares no foreign keys.

CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(250) NOT NULL,
  `description` LONGTEXT NULL,
  `identifier` VARCHAR(10) NULL,
  `hex_color` VARCHAR(6) NULL,
  `owner_id` BIGINT NOT NULL,
  `parent_project_id` BIGINT NULL,
  `is_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `background_file_id` BIGINT NULL,
  `background_blur_hash` VARCHAR(50) NULL,
  `position` DOUBLE NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `description` LONGTEXT NULL,
  `done` TINYINT(1) NULL,
  `done_at` DATETIME NULL,
  `due_date` DATETIME NULL,
  `project_id` BIGINT NOT NULL,
  `repeat_after` BIGINT NULL,
  `repeat_mode` INT NOT NULL DEFAULT 0,
  `priority` BIGINT NULL,
  `start_date` DATETIME NULL,
  `end_date` DATETIME NULL,
  `hex_color` VARCHAR(6) NULL,
  `percent_done` DOUBLE NULL,
  `index` BIGINT NOT NULL DEFAULT 0,
  `uid` VARCHAR(250) NULL,
  `cover_image_attachment_id` BIGINT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `deleted_at` DATETIME NULL,
  `created_by_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_tasks_tasks_project_index` (`project_id`, `index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(250) NOT NULL,
  `description` LONGTEXT NULL,
  `created_by_id` BIGINT NOT NULL,
  `external_id` VARCHAR(250) NULL,
  `issuer` TEXT NULL,
  `created` DATETIME NULL,
  `updated` DATETIME NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_members` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `admin` TINYINT(1) NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `team_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `permission` BIGINT NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `permission` BIGINT NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_assignees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(250) NOT NULL,
  `description` LONGTEXT NULL,
  `hex_color` VARCHAR(6) NULL,
  `created_by_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_tasks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_id` BIGINT NOT NULL,
  `label_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_reminders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_id` BIGINT NOT NULL,
  `reminder` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `relative_period` BIGINT NULL,
  `relative_to` VARCHAR(50) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_shares` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(40) NOT NULL,
  `name` TEXT NULL,
  `project_id` BIGINT NOT NULL,
  `permission` BIGINT NOT NULL DEFAULT 0,
  `sharing_type` BIGINT NOT NULL DEFAULT 0,
  `password` TEXT NULL,
  `shared_by_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_relations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_id` BIGINT NOT NULL,
  `other_task_id` BIGINT NOT NULL,
  `relation_kind` VARCHAR(50) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_id` BIGINT NOT NULL,
  `file_id` BIGINT NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `created` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comment` TEXT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `task_id` BIGINT NOT NULL,
  `created` DATETIME NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buckets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `project_view_id` BIGINT NOT NULL,
  `limit` BIGINT NULL DEFAULT 0,
  `position` DOUBLE NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsplash_photos` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_id` BIGINT NOT NULL,
  `unsplash_id` VARCHAR(50) NULL,
  `author` TEXT NULL,
  `author_name` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_filters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filters` TEXT NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `description` LONGTEXT NULL,
  `owner_id` BIGINT NOT NULL,
  `is_favorite` TINYINT(1) NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `entity_type` INT NOT NULL,
  `entity_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites` (
  `entity_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `kind` INT NOT NULL,
  PRIMARY KEY (`entity_id`, `user_id`, `kind`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `token_salt` VARCHAR(255) NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `token_last_eight` VARCHAR(8) NOT NULL,
  `permissions` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `owner_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `target_url` VARCHAR(255) NOT NULL,
  `events` TEXT NOT NULL,
  `project_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `secret` VARCHAR(255) NULL,
  `basic_auth_user` VARCHAR(255) NULL,
  `basic_auth_password` VARCHAR(255) NULL,
  `created_by_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `entity_id` BIGINT NOT NULL,
  `entity_kind` BIGINT NOT NULL,
  `value` VARCHAR(20) NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_views` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `project_id` BIGINT NOT NULL,
  `view_kind` INT NOT NULL,
  `filter` TEXT NULL,
  `position` DOUBLE NULL,
  `bucket_configuration_mode` INT NULL DEFAULT 0,
  `bucket_configuration` TEXT NULL,
  `default_bucket_id` BIGINT NULL,
  `done_bucket_id` BIGINT NULL,
  `updated` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_positions` (
  `task_id` BIGINT NOT NULL,
  `project_view_id` BIGINT NOT NULL,
  `position` DOUBLE NOT NULL,
  UNIQUE KEY `UQE_task_positions_task_view` (`task_id`, `project_view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_buckets` (
  `bucket_id` BIGINT NOT NULL,
  `task_id` BIGINT NOT NULL,
  `project_view_id` BIGINT NOT NULL,
  UNIQUE KEY `UQE_task_buckets_task_view` (`task_id`, `project_view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_unread_statuses` (
  `task_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  UNIQUE KEY `UQE_task_unread_statuses_task_user` (`task_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `token_hash` VARCHAR(64) NOT NULL,
  `device_info` TEXT NULL,
  `ip_address` VARCHAR(100) NULL,
  `is_long_session` TINYINT(1) NOT NULL DEFAULT 0,
  `oidcid_token` TEXT NULL,
  `oidc_provider_key` VARCHAR(250) NULL,
  `last_active` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `code_challenge` VARCHAR(128) NOT NULL,
  `code_challenge_method` VARCHAR(10) NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `task_id` BIGINT NULL,
  `project_id` BIGINT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NULL,
  `comment` TEXT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `mime` TEXT NULL,
  `size` BIGINT NOT NULL,
  `created` DATETIME NULL,
  `created_by_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_status` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instance_id` VARCHAR(36) NOT NULL,
  `response` TEXT NOT NULL,
  `validated_at` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migration_status` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `migrator_name` VARCHAR(255) NULL,
  `started_at` DATETIME NOT NULL,
  `finished_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NULL,
  `username` VARCHAR(250) NOT NULL,
  `password` VARCHAR(250) NULL,
  `email` VARCHAR(250) NULL,
  `pending_email` VARCHAR(250) NULL,
  `status` INT NULL DEFAULT 0,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `avatar_provider` VARCHAR(255) NULL,
  `avatar_file_id` BIGINT NULL,
  `issuer` TEXT NULL,
  `subject` TEXT NULL,
  `email_reminders_enabled` TINYINT(1) NULL DEFAULT 1,
  `discoverable_by_name` TINYINT(1) NULL DEFAULT 0,
  `discoverable_by_email` TINYINT(1) NULL DEFAULT 0,
  `overdue_tasks_reminders_enabled` TINYINT(1) NULL DEFAULT 1,
  `overdue_tasks_reminders_time` VARCHAR(5) NOT NULL DEFAULT '09:00',
  `default_project_id` BIGINT NULL,
  `bot_owner_id` BIGINT NULL,
  `week_start` INT NULL,
  `language` VARCHAR(50) NULL,
  `timezone` VARCHAR(255) NULL,
  `deletion_scheduled_at` DATETIME NULL,
  `deletion_last_reminder_sent` DATETIME NULL,
  `frontend_settings` TEXT NULL,
  `extra_settings_links` TEXT NULL,
  `export_file_id` BIGINT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `totp` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `secret` TEXT NOT NULL,
  `enabled` TINYINT(1) NULL,
  `url` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(450) NOT NULL,
  `kind` INT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `notifiable_id` BIGINT NOT NULL,
  `notification` TEXT NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `subject_id` BIGINT NULL,
  `project_id` BIGINT NOT NULL DEFAULT 0,
  `read_at` DATETIME NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

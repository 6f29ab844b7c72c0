-- solidtime (open-source time tracker, Laravel) - full schema of a production install, 25 tables.
-- Upstream: https://github.com/solidtime-io/solidtime  database/migrations/*.php (Laravel schema builder),
--   commit 114a32536df5f3fbc1c4f44ad34d4963e57af09c
-- Licence: AGPL-3.0.
-- Written by hand as MySQL DDL from the 57 migrations replayed in order (columns added later appended or placed
-- as their ->after() says; renames and drops applied: organization_user -> members, oauth_clients.user_id ->
-- owner_id, oauth_personal_access_clients dropped). Laravel's MySQL grammar: uuid -> char(36), string ->
-- varchar(255), boolean -> tinyint(1), jsonb/json -> json, ipAddress -> varchar(45), morphs -> *_type/*_id.
-- The three telescope_* tables (created only in a local environment) are left out. Column COMMENTs are the
-- descriptions of upstream's model @property docblocks (app/Models).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `migrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `pending_email` varchar(255) NULL,
  `email_verified_at` timestamp NULL,
  `password` varchar(255) NULL,
  `two_factor_secret` text NULL,
  `two_factor_recovery_codes` text NULL,
  `two_factor_confirmed_at` timestamp NULL,
  `remember_token` varchar(100) NULL,
  `is_placeholder` tinyint(1) NOT NULL DEFAULT 0,
  `current_team_id` char(36) NULL,
  `profile_photo_path` varchar(2048) NULL,
  `timezone` varchar(255) NOT NULL,
  `week_start` enum('monday','tuesday','wednesday','thursday','friday','saturday','sunday') NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `users_email_index` (`email`),
  CONSTRAINT `organizations_current_organization_id_foreign` FOREIGN KEY (`current_team_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) NULL,
  `owner_type` varchar(255) NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(100) NULL,
  `provider` varchar(255) NULL,
  `grant_types` text NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `redirect_uris` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_clients_owner_id_owner_type_index` (`owner_id`, `owner_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_auth_codes` (
  `id` varchar(100) NOT NULL,
  `user_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `scopes` text NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_auth_codes_user_id_index` (`user_id`),
  CONSTRAINT `oauth_auth_codes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `oauth_auth_codes_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` varchar(100) NOT NULL,
  `user_id` char(36) NULL,
  `client_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `scopes` text NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `expires_at` datetime NULL,
  `reminder_sent_at` datetime NULL,
  `expired_info_sent_at` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_access_tokens_user_id_index` (`user_id`),
  CONSTRAINT `oauth_access_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `oauth_access_tokens_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_tokens` (
  `id` varchar(100) NOT NULL,
  `access_token_id` varchar(100) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_refresh_tokens_access_token_id_index` (`access_token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_device_codes` (
  `id` char(80) NOT NULL,
  `user_id` bigint unsigned NULL,
  `client_id` char(36) NOT NULL,
  `user_code` char(8) NOT NULL,
  `scopes` text NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `user_approved_at` datetime NULL,
  `last_polled_at` datetime NULL,
  `expires_at` datetime NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_device_codes_user_code_unique` (`user_code`),
  KEY `oauth_device_codes_user_id_index` (`user_id`),
  KEY `oauth_device_codes_client_id_index` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `uuid` char(36) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `id` char(36) NOT NULL,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL,
  `last_used_at` timestamp NULL,
  `expires_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `personal_team` tinyint(1) NOT NULL,
  `billable_rate` int unsigned NULL,
  `currency` varchar(3) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `employees_can_see_billable_rates` tinyint(1) NOT NULL DEFAULT 0,
  `employees_can_manage_tasks` tinyint(1) NOT NULL DEFAULT 0,
  `prevent_overlapping_time_entries` tinyint(1) NOT NULL DEFAULT 0,
  `number_format` varchar(255) NOT NULL,
  `currency_format` varchar(255) NOT NULL,
  `date_format` varchar(255) NOT NULL,
  `interval_format` varchar(255) NOT NULL,
  `time_format` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `organizations_user_id_index` (`user_id`),
  CONSTRAINT `organizations_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `role` varchar(255) NULL,
  `billable_rate` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_user_organization_id_user_id_unique` (`organization_id`, `user_id`),
  CONSTRAINT `members_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `members_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_invitations` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `accepted_at` timestamp NULL,
  `role` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_invitations_organization_id_email_unique` (`organization_id`, `email`),
  CONSTRAINT `organization_invitations_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` char(36) NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `archived_at` datetime NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `clients_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `color` varchar(16) NOT NULL,
  `billable_rate` int unsigned NULL,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `client_id` char(36) NULL,
  `organization_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `is_billable` tinyint(1) NOT NULL,
  `archived_at` datetime NULL,
  `estimated_time` int unsigned NULL,
  `spent_time` bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `projects_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` char(36) NOT NULL,
  `name` varchar(500) NOT NULL,
  `project_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `done_at` datetime NULL,
  `estimated_time` int unsigned NULL,
  `spent_time` bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_project_id_foreign` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `tasks_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `tags_created_at_index` (`created_at`),
  CONSTRAINT `tags_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_entries` (
  `id` char(36) NOT NULL,
  `description` varchar(5000) NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NULL,
  `billable_rate` int unsigned NULL COMMENT 'Billable rate per hour in cents',
  `billable` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `project_id` char(36) NULL,
  `task_id` char(36) NULL,
  `tags` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `member_id` char(36) NOT NULL,
  `client_id` char(36) NULL,
  `is_imported` tinyint(1) NOT NULL DEFAULT 0,
  `still_active_email_sent_at` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `time_entries_start_index` (`start`),
  KEY `time_entries_end_index` (`end`),
  KEY `time_entries_billable_index` (`billable`),
  CONSTRAINT `time_entries_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `time_entries_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `time_entries_project_id_foreign` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `time_entries_task_id_foreign` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `time_entries_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `time_entries_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_members` (
  `id` char(36) NOT NULL,
  `billable_rate` int unsigned NULL,
  `project_id` char(36) NOT NULL COMMENT 'Project ID',
  `user_id` char(36) NOT NULL COMMENT 'User ID (legacy)',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `member_id` char(36) NOT NULL COMMENT 'Member ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_members_project_id_user_id_unique` (`project_id`, `user_id`),
  CONSTRAINT `project_members_project_id_foreign` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `project_members_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `project_members_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache` (
  `key` varchar(255) NOT NULL,
  `value` mediumtext NOT NULL,
  `expiration` int NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache_locks` (
  `key` varchar(255) NOT NULL,
  `owner` varchar(255) NOT NULL,
  `expiration` int NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `share_secret` varchar(40) NULL,
  `properties` json NOT NULL,
  `public_until` datetime NULL,
  `organization_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reports_share_secret_unique` (`share_secret`),
  KEY `reports_is_public_index` (`is_public`),
  CONSTRAINT `reports_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_type` varchar(255) NULL,
  `user_id` char(36) NULL,
  `event` varchar(255) NOT NULL,
  `auditable_type` varchar(255) NOT NULL,
  `auditable_id` char(36) NOT NULL,
  `old_values` json NULL,
  `new_values` json NULL,
  `url` text NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` varchar(1023) NULL,
  `tags` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `audits_auditable_type_auditable_id_index` (`auditable_type`, `auditable_id`),
  KEY `audits_user_id_user_type_index` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

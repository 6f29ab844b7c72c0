-- Wakapi (self-hosted WakaTime-compatible coding-time tracker) — models/*.go, github.com/muety/wakapi commit 2ed2e3faa16185b60aa13e149dd0b956e758aa50 (MIT).
-- Wakapi has no SQL schema file: migrations/migrations.go creates the database with GORM AutoMigrate of 13 model structs
-- (User, WebAuthnCredential, KeyStringValue, Alias, Heartbeat, Summary, SummaryItem, LanguageMapping, ProjectLabel, Diagnostics,
-- LeaderboardItem, Duration, ApiKey); the dated migrations only upgrade older databases (on MySQL: heartbeats.time/created_at
-- TIMESTAMP(3), id columns BIGINT UNSIGNED, as the models now declare). Written as GORM's MySQL dialector creates them, fields in
-- struct order: column names by GORM's snake_case naming strategy or the tag's column:, string -> longtext (varchar(191) when
-- primary key, indexed or defaulted; varchar(n) for size:n / type:), int/int64/time.Duration -> bigint, uint -> bigint unsigned
-- (int unsigned with size:32), uint8 -> tinyint unsigned, bool -> boolean, time.Time / sql.NullTime -> datetime(3),
-- models.CustomTime -> timestamp (timestamp(3) with timeScale:3), []byte -> longblob, serializer:json fields -> longtext,
-- CredentialFlags (a driver.Valuer returning int64) -> bigint; NOT NULL and defaults as tagged; primary keys, unique
-- constraints and unique indexes as tagged, plain indexes left out; foreign keys as GORM creates them from the User / Summary
-- relations (fk_<table>_<relation>, ON UPDATE/DELETE CASCADE where tagged). The view user_heartbeats_range is left out.
CREATE TABLE `users` (
  `id` varchar(191) NOT NULL,
  `api_key` varchar(191) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `location` longtext,
  `start_of_week` bigint DEFAULT 1,
  `password` longtext,
  `created_at` timestamp NULL,
  `last_logged_in_at` timestamp NULL,
  `share_data_max_days` bigint,
  `share_editors` boolean DEFAULT false,
  `share_languages` boolean DEFAULT false,
  `share_projects` boolean DEFAULT false,
  `share_oss` boolean DEFAULT false,
  `share_machines` boolean DEFAULT false,
  `share_labels` boolean DEFAULT false,
  `share_activity_chart` boolean DEFAULT false,
  `is_admin` boolean DEFAULT false,
  `has_data` boolean DEFAULT false,
  `wakatime_api_key` longtext,
  `wakatime_api_url` longtext,
  `reset_token` longtext,
  `unsubscribe_token` longtext,
  `reports_weekly` boolean DEFAULT false,
  `public_leaderboard` boolean DEFAULT false,
  `subscribed_until` timestamp NULL,
  `subscription_renewal` timestamp NULL,
  `stripe_customer_id` longtext,
  `invited_by` longtext,
  `exclude_unknown_projects` boolean,
  `heartbeats_timeout_sec` bigint DEFAULT 600,
  `readme_stats_base_url` varchar(191) DEFAULT '',
  `auth_type` varchar(255) DEFAULT 'local',
  `sub` varchar(255) DEFAULT NULL,
  `webauthn_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_users_api_key` (`api_key`),
  UNIQUE KEY `idx_user_email` (`email`),
  UNIQUE KEY `idx_oidc` (`auth_type`, `sub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_credentials` (
  `user_id` varchar(191),
  `id` varchar(191) NOT NULL,
  `created_at` datetime(3) NULL,
  `last_used_at` datetime(3) DEFAULT NULL,
  `name` longtext NOT NULL,
  `public_key` longblob NOT NULL,
  `attestation_type` longtext,
  `transport` longtext,
  `flags` bigint,
  `authenticator` longtext,
  `attestation` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_credentials` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_string_values` (
  `key` varchar(191) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aliases` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `type` tinyint unsigned NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_aliases_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `heartbeats` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `entity` longtext NOT NULL,
  `type` varchar(255),
  `category` varchar(255),
  `project` varchar(191),
  `branch` varchar(191),
  `language` varchar(191),
  `is_write` boolean,
  `editor` varchar(191),
  `ai_model` varchar(191),
  `operating_system` varchar(191),
  `machine` varchar(191),
  `user_agent` varchar(255),
  `time` timestamp(3) NOT NULL,
  `hash` varchar(17),
  `origin` varchar(255),
  `origin_id` varchar(255),
  `created_at` timestamp(3) NOT NULL,
  `lines` bigint,
  `line_no` bigint,
  `cursor_pos` bigint,
  `line_deletions` bigint,
  `line_additions` bigint,
  `project_root_count` bigint,
  `ai_line_changes` bigint,
  `ai_session` longtext,
  `ai_input_tokens` bigint,
  `ai_output_tokens` bigint,
  `ai_prompt_length` bigint,
  `human_line_changes` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_heartbeats_hash` (`hash`),
  CONSTRAINT `fk_heartbeats_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `summaries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `from_time` timestamp NOT NULL,
  `to_time` timestamp NOT NULL,
  `num_heartbeats` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_summaries_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `summary_items` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `summary_id` int unsigned,
  `type` tinyint unsigned,
  `key` varchar(255),
  `total` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_summaries_projects` FOREIGN KEY (`summary_id`) REFERENCES `summaries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language_mappings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `extension` varchar(16),
  `language` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_language_mapping_composite` (`user_id`, `extension`),
  CONSTRAINT `fk_language_mappings_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_labels` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `project_key` longtext,
  `label` varchar(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_project_labels_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnostics` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `platform` longtext,
  `architecture` longtext,
  `plugin` longtext,
  `cli_version` longtext,
  `logs` text,
  `stack_trace` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leaderboard_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `interval` varchar(32) NOT NULL,
  `by` tinyint unsigned,
  `total` bigint NOT NULL,
  `key` varchar(255),
  `created_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_leaderboard_items_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `durations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `time` timestamp NOT NULL,
  `duration` bigint NOT NULL,
  `project` longtext,
  `language` longtext,
  `editor` longtext,
  `operating_system` longtext,
  `machine` longtext,
  `category` longtext,
  `ai_model` longtext,
  `branch` longtext,
  `entity` longtext,
  `extension` longtext,
  `num_heartbeats` bigint,
  `group_hash` varchar(17),
  `timeout` bigint NOT NULL DEFAULT 600000000000,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `api_key` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `read_only` boolean DEFAULT false,
  `label` varchar(64),
  PRIMARY KEY (`api_key`),
  CONSTRAINT `fk_api_keys_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

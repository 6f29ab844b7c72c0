-- Talo (TaloDev/backend) — open-source game back end and self-hostable player services for game developers
-- (studios' dashboard users and organisations; per game: players and their aliases on each identity service
-- (Talo, Steam, Google Play Games, Game Center, username / e-mail accounts), player authentication and its
-- activity log, player properties, presence, friends / subscriptions, groups, leaderboards and entries, game
-- stats, cloud saves, chat channels with members and storage, player feedback, events and sessions, Steamworks
-- integration, deletion queue, pricing plans, API keys).
-- Upstream: github.com/TaloDev/backend, commit ce829dc60c1de944daa553b018374e6dbebc057d (MIT).
-- MySQL part: the 78 MikroORM migrations of src/migrations/*.ts replayed in order into MariaDB 10.11 (their
-- `this.addSql(...)` statements; the data step of 20251019231730AddLeaderboardEntryPropsDigestColumn that
-- back-fills `props_digest` was left out, its DDL kept), then every table written back as SHOW CREATE TABLE
-- gives it (AUTO_INCREMENT counters dropped). The tables and columns agree exactly with upstream's MikroORM
-- snapshot src/migrations/.snapshot-gs_dev.json. Tables are ordered so that a referenced table comes first;
-- the one cyclic key (player.presence_id -> player_presence) is added by ALTER TABLE at the end of this part.
-- ClickHouse part: the four analytics tables of src/migrations/clickhouse/001-009 (events, event_props,
-- player_game_stat_snapshots, player_sessions) in their final form, written as MySQL: String -> varchar(255)
-- (text for property values), UInt32 -> int unsigned, Boolean -> tinyint(1), DateTime64(3) -> datetime(3),
-- Float64 -> double, UUID -> char(36); the MergeTree PRIMARY KEY kept as the primary key, the minmax data-
-- skipping indexes as plain keys. All 48 MySQL tables and all 4 ClickHouse tables are kept (52).

CREATE TABLE `failed_job` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`payload`)),
  `reason` varchar(255) NOT NULL,
  `failed_at` datetime NOT NULL,
  `stack` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `failed_job_failed_at_index` (`failed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_two_factor_auth` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `secret` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pricing_plan` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `stripe_id` varchar(255) NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `player_limit` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organisation_pricing_plan` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pricing_plan_id` int(10) unsigned NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `stripe_price_id` varchar(255) DEFAULT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_usage_warning_threshold` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `organisation_pricing_plan_pricing_plan_id_index` (`pricing_plan_id`),
  CONSTRAINT `organisation_pricing_plan_pricing_plan_id_foreign` FOREIGN KEY (`pricing_plan_id`) REFERENCES `pricing_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organisation` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pricing_plan_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_pricing_plan_id_unique` (`pricing_plan_id`),
  CONSTRAINT `organisation_pricing_plan_id_foreign` FOREIGN KEY (`pricing_plan_id`) REFERENCES `organisation_pricing_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `organisation_id` int(11) unsigned NOT NULL,
  `type` tinyint(4) NOT NULL DEFAULT 2,
  `last_seen_at` datetime NOT NULL,
  `email_confirmed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `two_factor_auth_id` int(11) unsigned DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_two_factor_auth_id_unique` (`two_factor_auth_id`),
  KEY `user_organisation_id_index` (`organisation_id`),
  CONSTRAINT `user_organisation_id_foreign` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `user_two_factor_auth_id_foreign` FOREIGN KEY (`two_factor_auth_id`) REFERENCES `user_two_factor_auth` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_access_code` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `valid_until` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_access_code_user_id_index` (`user_id`),
  CONSTRAINT `user_access_code_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_session` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `valid_until` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_session_user_id_index` (`user_id`),
  CONSTRAINT `user_session_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_recovery_code` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) unsigned NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_recovery_code_user_id_index` (`user_id`),
  CONSTRAINT `user_recovery_code_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `invite` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `type` tinyint(4) NOT NULL DEFAULT 2,
  `organisation_id` int(10) unsigned NOT NULL,
  `invited_by_user_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `invite_organisation_id_index` (`organisation_id`),
  KEY `invite_invited_by_user_id_index` (`invited_by_user_id`),
  CONSTRAINT `invite_invited_by_user_id_foreign` FOREIGN KEY (`invited_by_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `invite_organisation_id_foreign` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_secret` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `secret` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `organisation_id` int(11) unsigned NOT NULL,
  `props` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`props`)),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `api_secret_id` int(10) unsigned NOT NULL,
  `purge_dev_players` tinyint(1) NOT NULL DEFAULT 0,
  `purge_live_players` tinyint(1) NOT NULL DEFAULT 0,
  `website` varchar(255) DEFAULT NULL,
  `purge_dev_players_retention` int(11) NOT NULL DEFAULT 60,
  `purge_live_players_retention` int(11) NOT NULL DEFAULT 90,
  `block_alias_identifier_profanity` tinyint(1) NOT NULL DEFAULT 0,
  `block_props_profanity` tinyint(1) NOT NULL DEFAULT 0,
  `verify_requests` tinyint(1) NOT NULL DEFAULT 0,
  `display_name_prop_key` varchar(255) DEFAULT NULL,
  `logo_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `game_api_secret_id_unique` (`api_secret_id`),
  KEY `game_organisation_id_index` (`organisation_id`),
  CONSTRAINT `game_api_secret_id_foreign` FOREIGN KEY (`api_secret_id`) REFERENCES `game_secret` (`id`),
  CONSTRAINT `game_organisation_id_foreign` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `apikey` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `scopes` text NOT NULL,
  `game_id` int(11) unsigned NOT NULL,
  `created_by_user_id` int(11) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `last_used_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `apikey_game_id_index` (`game_id`),
  KEY `apikey_created_by_user_id_index` (`created_by_user_id`),
  CONSTRAINT `apikey_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `apikey_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `data_export` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_by_user_id` int(11) unsigned NOT NULL,
  `game_id` int(11) unsigned NOT NULL,
  `entities` text NOT NULL,
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `failed_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_export_created_by_user_id_index` (`created_by_user_id`),
  KEY `data_export_game_id_index` (`game_id`),
  CONSTRAINT `data_export_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `data_export_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `leaderboard` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `internal_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_mode` enum('desc','asc') NOT NULL DEFAULT 'desc',
  `unique` tinyint(1) NOT NULL,
  `game_id` int(11) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `refresh_interval` enum('never','daily','weekly','monthly','yearly') NOT NULL DEFAULT 'never',
  `unique_by_props` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `leaderboard_game_id_index` (`game_id`),
  KEY `leaderboard_game_id_internal_name_index` (`game_id`,`internal_name`),
  CONSTRAINT `leaderboard_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_activity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `type` tinyint(4) NOT NULL,
  `extra` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra`)),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_activity_game_id_index` (`game_id`),
  KEY `game_activity_user_id_index` (`user_id`),
  CONSTRAINT `game_activity_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`) ON DELETE SET NULL,
  CONSTRAINT `game_activity_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_stat` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `internal_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `global` tinyint(1) NOT NULL,
  `global_value` double NOT NULL,
  `max_change` double DEFAULT NULL,
  `min_value` double DEFAULT NULL,
  `max_value` double DEFAULT NULL,
  `default_value` double NOT NULL,
  `min_time_between_updates` int(11) NOT NULL,
  `game_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_stat_game_id_index` (`game_id`),
  KEY `game_stat_game_id_internal_name_index` (`game_id`,`internal_name`),
  CONSTRAINT `game_stat_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `integration` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` enum('steamworks','google-play-games','game-center') NOT NULL,
  `game_id` int(10) unsigned NOT NULL,
  `config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`config`)),
  `deleted_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `integration_game_id_index` (`game_id`),
  CONSTRAINT `integration_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `steamworks_integration_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `integration_id` int(10) unsigned NOT NULL,
  `request` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`request`)),
  `response` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`response`)),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `steamworks_integration_event_integration_id_index` (`integration_id`),
  CONSTRAINT `steamworks_integration_event_integration_id_foreign` FOREIGN KEY (`integration_id`) REFERENCES `integration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `steamworks_leaderboard_mapping` (
  `steamworks_leaderboard_id` int(10) unsigned NOT NULL,
  `leaderboard_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`steamworks_leaderboard_id`,`leaderboard_id`),
  KEY `steamworks_leaderboard_mapping_leaderboard_id_index` (`leaderboard_id`),
  CONSTRAINT `steamworks_leaderboard_mapping_leaderboard_id_foreign` FOREIGN KEY (`leaderboard_id`) REFERENCES `leaderboard` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_group` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `rules` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`rules`)),
  `rule_mode` enum('$and','$or') NOT NULL DEFAULT '$and',
  `game_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `members_visible` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `player_group_game_id_index` (`game_id`),
  CONSTRAINT `player_group_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_feedback_category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `internal_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `anonymised` tinyint(1) NOT NULL,
  `game_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_feedback_category_game_id_index` (`game_id`),
  KEY `game_feedback_category_game_id_internal_name_index` (`game_id`,`internal_name`),
  CONSTRAINT `game_feedback_category_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_auth` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `password` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `verification_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `session_key` varchar(255) DEFAULT NULL,
  `session_created_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player` (
  `id` varchar(255) NOT NULL,
  `game_id` int(11) unsigned NOT NULL,
  `last_seen_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `auth_id` int(10) unsigned DEFAULT NULL,
  `presence_id` int(10) unsigned DEFAULT NULL,
  `dev_build` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_auth_id_unique` (`auth_id`),
  UNIQUE KEY `player_presence_id_unique` (`presence_id`),
  KEY `player_game_id_index` (`game_id`),
  KEY `player_last_seen_at_index` (`last_seen_at`),
  KEY `player_created_at_index` (`created_at`),
  CONSTRAINT `player_auth_id_foreign` FOREIGN KEY (`auth_id`) REFERENCES `player_auth` (`id`) ON DELETE SET NULL,
  CONSTRAINT `player_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_alias` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `service` varchar(255) NOT NULL,
  `identifier` varchar(1024) NOT NULL,
  `player_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_seen_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_alias_player_id_index` (`player_id`),
  KEY `idx_player_alias_service_identifier` (`service`(191),`identifier`(191)),
  CONSTRAINT `player_alias_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `leaderboard_entry` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `score` double NOT NULL,
  `leaderboard_id` int(10) unsigned NOT NULL,
  `player_alias_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime DEFAULT NULL,
  `props_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `leaderboard_entry_leaderboard_id_index` (`leaderboard_id`),
  KEY `leaderboard_entry_player_alias_id_index` (`player_alias_id`),
  KEY `leaderboard_entry_hidden_index` (`hidden`),
  KEY `idx_leaderboardentry_hidden_leaderboard_id_score` (`hidden`,`leaderboard_id`,`score`),
  KEY `leaderboard_entry_props_digest_index` (`props_digest`),
  CONSTRAINT `leaderboard_entry_leaderboard_id_foreign` FOREIGN KEY (`leaderboard_id`) REFERENCES `leaderboard` (`id`) ON DELETE CASCADE,
  CONSTRAINT `leaderboard_entry_player_alias_id_foreign` FOREIGN KEY (`player_alias_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_save` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`content`)),
  `player_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_save_player_id_index` (`player_id`),
  CONSTRAINT `game_save_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_game_stat` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` varchar(255) NOT NULL,
  `stat_id` int(10) unsigned NOT NULL,
  `value` double NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_game_stat_player_id_stat_id_unique` (`player_id`,`stat_id`),
  KEY `player_game_stat_player_id_index` (`player_id`),
  KEY `player_game_stat_stat_id_index` (`stat_id`),
  KEY `idx_playergamestat_stat_id_value` (`stat_id`,`value`),
  CONSTRAINT `player_game_stat_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE,
  CONSTRAINT `player_game_stat_stat_id_foreign` FOREIGN KEY (`stat_id`) REFERENCES `game_stat` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_prop` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` varchar(255) NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(512) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_prop_player_id_index` (`player_id`),
  KEY `player_prop_key_index` (`key`),
  KEY `idx_playerprop_key_value` (`key`,`value`),
  CONSTRAINT `player_prop_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_group_members` (
  `player_group_id` varchar(255) NOT NULL,
  `player_id` varchar(255) NOT NULL,
  PRIMARY KEY (`player_group_id`,`player_id`),
  KEY `player_group_members_player_group_id_index` (`player_group_id`),
  KEY `player_group_members_player_id_index` (`player_id`),
  CONSTRAINT `player_group_members_player_group_id_foreign` FOREIGN KEY (`player_group_id`) REFERENCES `player_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `player_group_members_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_feedback` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category_id` int(10) unsigned NOT NULL,
  `player_alias_id` int(10) unsigned NOT NULL,
  `comment` text NOT NULL,
  `anonymised` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_feedback_category_id_index` (`category_id`),
  KEY `game_feedback_player_alias_id_index` (`player_alias_id`),
  CONSTRAINT `game_feedback_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `game_feedback_category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `game_feedback_player_alias_id_foreign` FOREIGN KEY (`player_alias_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_auth_activity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` varchar(255) NOT NULL,
  `type` tinyint(4) NOT NULL,
  `extra` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra`)),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_auth_activity_player_id_index` (`player_id`),
  CONSTRAINT `player_auth_activity_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_pinned_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `group_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_pinned_group_user_id_group_id_unique` (`user_id`,`group_id`),
  KEY `user_pinned_group_user_id_index` (`user_id`),
  KEY `user_pinned_group_group_id_index` (`group_id`),
  CONSTRAINT `user_pinned_group_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `player_group` (`id`),
  CONSTRAINT `user_pinned_group_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_channel` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `owner_id` int(10) unsigned DEFAULT NULL,
  `game_id` int(10) unsigned NOT NULL,
  `total_messages` int(11) NOT NULL DEFAULT 0,
  `auto_cleanup` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `private` tinyint(1) NOT NULL DEFAULT 0,
  `temporary_membership` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `game_channel_owner_id_index` (`owner_id`),
  KEY `game_channel_game_id_index` (`game_id`),
  CONSTRAINT `game_channel_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`),
  CONSTRAINT `game_channel_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `player_alias` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_channel_members` (
  `game_channel_id` int(10) unsigned NOT NULL,
  `player_alias_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`game_channel_id`,`player_alias_id`),
  KEY `game_channel_members_game_channel_id_index` (`game_channel_id`),
  KEY `game_channel_members_player_alias_id_index` (`player_alias_id`),
  CONSTRAINT `game_channel_members_game_channel_id_foreign` FOREIGN KEY (`game_channel_id`) REFERENCES `game_channel` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `game_channel_members_player_alias_id_foreign` FOREIGN KEY (`player_alias_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_presence` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_alias_id` int(10) unsigned NOT NULL,
  `online` tinyint(1) NOT NULL DEFAULT 0,
  `custom_status` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_presence_player_alias_id_index` (`player_alias_id`),
  CONSTRAINT `player_presence_player_alias_id_foreign` FOREIGN KEY (`player_alias_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `leaderboard_entry_prop` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `leaderboard_entry_id` int(10) unsigned NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(512) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `leaderboard_entry_prop_leaderboard_entry_id_index` (`leaderboard_entry_id`),
  CONSTRAINT `leaderboard_entry_prop_leaderboard_entry_id_foreign` FOREIGN KEY (`leaderboard_entry_id`) REFERENCES `leaderboard_entry` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_channel_prop` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_channel_id` int(10) unsigned NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(512) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_channel_prop_game_channel_id_index` (`game_channel_id`),
  CONSTRAINT `game_channel_prop_game_channel_id_foreign` FOREIGN KEY (`game_channel_id`) REFERENCES `game_channel` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_channel_storage_prop` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_channel_id` int(10) unsigned NOT NULL,
  `created_by_id` int(10) unsigned NOT NULL,
  `last_updated_by_id` int(10) unsigned NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(512) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_channel_storage_prop_game_channel_id_index` (`game_channel_id`),
  KEY `game_channel_storage_prop_created_by_id_index` (`created_by_id`),
  KEY `game_channel_storage_prop_last_updated_by_id_index` (`last_updated_by_id`),
  KEY `game_channel_storage_prop_game_channel_id_key_index` (`game_channel_id`,`key`),
  CONSTRAINT `game_channel_storage_prop_created_by_id_foreign` FOREIGN KEY (`created_by_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE,
  CONSTRAINT `game_channel_storage_prop_game_channel_id_foreign` FOREIGN KEY (`game_channel_id`) REFERENCES `game_channel` (`id`) ON DELETE CASCADE,
  CONSTRAINT `game_channel_storage_prop_last_updated_by_id_foreign` FOREIGN KEY (`last_updated_by_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_feedback_prop` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_feedback_id` int(10) unsigned NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(512) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_feedback_prop_game_feedback_id_index` (`game_feedback_id`),
  CONSTRAINT `game_feedback_prop_game_feedback_id_foreign` FOREIGN KEY (`game_feedback_id`) REFERENCES `game_feedback` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `steamworks_leaderboard_entry` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `steamworks_leaderboard_id` int(10) unsigned NOT NULL,
  `leaderboard_id` int(10) unsigned NOT NULL,
  `leaderboard_entry_id` int(10) unsigned DEFAULT NULL,
  `steam_user_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `steamworks_leaderboard_entry_leaderboard_entry_id_unique` (`leaderboard_entry_id`),
  KEY `steamworks_leaderboard_entry_steamworks_leaderboard_47d69_index` (`steamworks_leaderboard_id`,`leaderboard_id`),
  CONSTRAINT `steamworks_leaderboard_entry_leaderboard_entry_id_foreign` FOREIGN KEY (`leaderboard_entry_id`) REFERENCES `leaderboard_entry` (`id`) ON DELETE SET NULL,
  CONSTRAINT `steamworks_leaderboard_entry_steamworks_leaderboa_15279_foreign` FOREIGN KEY (`steamworks_leaderboard_id`, `leaderboard_id`) REFERENCES `steamworks_leaderboard_mapping` (`steamworks_leaderboard_id`, `leaderboard_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `steamworks_player_stat` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `stat_id` int(10) unsigned NOT NULL,
  `player_stat_id` int(10) unsigned DEFAULT NULL,
  `steam_user_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `steamworks_player_stat_player_stat_id_unique` (`player_stat_id`),
  KEY `steamworks_player_stat_stat_id_index` (`stat_id`),
  CONSTRAINT `steamworks_player_stat_player_stat_id_foreign` FOREIGN KEY (`player_stat_id`) REFERENCES `player_game_stat` (`id`) ON DELETE SET NULL,
  CONSTRAINT `steamworks_player_stat_stat_id_foreign` FOREIGN KEY (`stat_id`) REFERENCES `game_stat` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `players_to_delete` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` varchar(255) NOT NULL,
  `queued_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `players_to_delete_player_id_index` (`player_id`),
  CONSTRAINT `players_to_delete_player_id_foreign` FOREIGN KEY (`player_id`) REFERENCES `player` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_alias_subscription` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `subscriber_id` int(10) unsigned NOT NULL,
  `subscribed_to_id` int(10) unsigned NOT NULL,
  `confirmed` tinyint(1) NOT NULL DEFAULT 0,
  `relationship_type` enum('unidirectional','bidirectional') NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_alias_subscription_subscriber_id_subscribed_to_id_unique` (`subscriber_id`,`subscribed_to_id`),
  KEY `player_alias_subscription_subscriber_id_index` (`subscriber_id`),
  KEY `player_alias_subscription_subscribed_to_id_index` (`subscribed_to_id`),
  KEY `player_alias_subscription_subscribed_to_id_confirmed_index` (`subscribed_to_id`,`confirmed`),
  CONSTRAINT `player_alias_subscription_subscribed_to_id_foreign` FOREIGN KEY (`subscribed_to_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE,
  CONSTRAINT `player_alias_subscription_subscriber_id_foreign` FOREIGN KEY (`subscriber_id`) REFERENCES `player_alias` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `google_play_games_integration_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `integration_id` int(10) unsigned NOT NULL,
  `request` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`request`)),
  `response` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`response`)),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `google_play_games_integration_event_integration_id_index` (`integration_id`),
  CONSTRAINT `google_play_games_integration_event_integration_id_foreign` FOREIGN KEY (`integration_id`) REFERENCES `integration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_center_integration_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `integration_id` int(10) unsigned NOT NULL,
  `request` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`request`)),
  `response` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`response`)),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_center_integration_event_integration_id_index` (`integration_id`),
  CONSTRAINT `game_center_integration_event_integration_id_foreign` FOREIGN KEY (`integration_id`) REFERENCES `integration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_verification_key` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` int(10) unsigned NOT NULL,
  `version` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `game_verification_key_game_id_index` (`game_id`),
  CONSTRAINT `game_verification_key_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `deleted_player` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` int(10) unsigned NOT NULL,
  `dev_build` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `deleted_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `deleted_player_game_id_index` (`game_id`),
  KEY `deleted_player_game_id_created_at_index` (`game_id`,`created_at`),
  CONSTRAINT `deleted_player_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `game` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `player` ADD CONSTRAINT `player_presence_id_foreign` FOREIGN KEY (`presence_id`) REFERENCES `player_presence` (`id`) ON DELETE SET NULL;

CREATE TABLE `events` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `game_id` int unsigned NOT NULL,
  `player_alias_id` int unsigned NOT NULL,
  `dev_build` tinyint(1) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`game_id`, `created_at`, `id`),
  KEY `player_alias_id_idx` (`player_alias_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_props` (
  `event_id` varchar(255) NOT NULL,
  `prop_key` varchar(255) NOT NULL,
  `prop_value` text NOT NULL,
  `game_id` int unsigned NOT NULL,
  `dev_build` tinyint(1) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  KEY `event_props_order` (`game_id`, `created_at`, `event_id`, `prop_key`),
  KEY `event_id_idx` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `player_game_stat_snapshots` (
  `id` char(36) NOT NULL,
  `player_alias_id` int unsigned NOT NULL,
  `game_stat_id` int unsigned NOT NULL,
  `change` double NOT NULL,
  `value` double NOT NULL,
  `global_value` double NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `dev_build` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `player_alias_id_idx` (`player_alias_id`),
  KEY `game_stat_id_idx` (`game_stat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `player_sessions` (
  `id` char(36) NOT NULL,
  `player_id` varchar(255) NOT NULL,
  `game_id` int unsigned NOT NULL,
  `dev_build` tinyint(1) NOT NULL,
  `started_at` datetime(3) NOT NULL,
  `ended_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_id_idx` (`game_id`),
  KEY `player_id_idx` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

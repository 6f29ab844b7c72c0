-- splits.io (glacials/splits-io): speedrun tracker — runners' uploaded timer files (LiveSplit, WSplit, ...) with
-- every attempt and segment time, personal bests, play time, races with chat, rivalries, likes, videos, linked
-- Twitch / Google / Patreon / speedrun.com accounts, login sessions, OAuth and Stripe subscriptions.
-- Source: github.com/glacials/splits-io, commit db1f3c901b83e19b7312f00c6f64026e05649163 (2025-04-06) (AGPL-3.0).
-- How: `db/schema.rb` (ActiveRecord schema version 2024_10_17_164530, PostgreSQL) written as MySQL by a script:
-- string / citext -> varchar(255), text -> text, integer -> int, bigint -> bigint, boolean -> tinyint(1), float ->
-- double, uuid -> char(36) (the gen_random_uuid() / uuid_generate_v4() defaults dropped), datetime -> datetime(6)
-- (datetime(3) where `precision: 3`); `id: :serial` -> int AUTO_INCREMENT, the default id -> bigint AUTO_INCREMENT;
-- defaults and NOT NULL as in schema.rb. Column names and order as upstream; primary keys, unique indexes (with their
-- names) and the add_foreign_key constraints (named fk_rails_<hash> as Rails names them); non-unique indexes left
-- out; tables ordered so that a referenced table comes first. All 42 tables kept.
-- 17 upstream foreign keys join a bigint column to an int (serial) id, which PostgreSQL accepts and MariaDB refuses:
-- upstream foreign key chat_messages.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key entries.runner_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key google_users.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key highlight_suggestions.run_id (bigint) -> runs.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key password_reset_tokens.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key races.category_id (bigint) -> categories.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key races.game_id (bigint) -> games.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key races.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key run_likes.run_id (bigint) -> runs.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key run_likes.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key speed_runs_live_games.game_id (bigint) -> games.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key speedrun_dot_com_categories.category_id (bigint) -> categories.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key speedrun_dot_com_games.game_id (bigint) -> games.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key speedrun_dot_com_run_variables.run_id (bigint) -> runs.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key speedrun_dot_com_users.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key subscription_trials.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types
-- upstream foreign key twitch_users.user_id (bigint) -> users.id (int): not declared here, MariaDB refuses mismatched types

CREATE TABLE `active_storage_blobs` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_993965df05` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authie_sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) DEFAULT NULL,
  `browser_id` varchar(255) DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `data` text DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `login_at` datetime(6) DEFAULT NULL,
  `login_ip` varchar(255) DEFAULT NULL,
  `last_activity_at` datetime(6) DEFAULT NULL,
  `last_activity_ip` varchar(255) DEFAULT NULL,
  `last_activity_path` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `user_type` varchar(255) DEFAULT NULL,
  `parent_id` int DEFAULT NULL,
  `two_factored_at` datetime(6) DEFAULT NULL,
  `two_factored_ip` varchar(255) DEFAULT NULL,
  `requests` int DEFAULT 0,
  `password_seen_at` datetime(6) DEFAULT NULL,
  `token_hash` varchar(255) DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `skip_two_factor` tinyint(1) DEFAULT 0,
  `login_ip_country` varchar(255) DEFAULT NULL,
  `two_factored_ip_country` varchar(255) DEFAULT NULL,
  `last_activity_ip_country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `game_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `shortname` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text DEFAULT NULL,
  `run_at` datetime(6) DEFAULT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `failed_at` datetime(6) DEFAULT NULL,
  `locked_by` varchar(255) DEFAULT NULL,
  `queue` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_aliases` (
  `id` int NOT NULL AUTO_INCREMENT,
  `game_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_game_aliases_on_name` (`name`),
  CONSTRAINT `fk_rails_6eb69613ea` FOREIGN KEY (`game_id`) REFERENCES `games` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_users` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `google_id` varchar(255) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `access_token_expires_at` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `avatar` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_google_users_on_google_id` (`google_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight_suggestions` (
  `id` char(36) NOT NULL,
  `run_id` bigint NOT NULL,
  `url` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_highlight_suggestions_on_run_id` (`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_id` int DEFAULT NULL,
  `owner_type` varchar(255) DEFAULT NULL,
  `secret_generated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `code_challenge` varchar(255) DEFAULT NULL,
  `code_challenge_method` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_b4b53e07b8` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int DEFAULT NULL,
  `application_id` int DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  `expires_in` int DEFAULT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_password_reset_tokens_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `races` (
  `id` char(36) NOT NULL,
  `category_id` bigint DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `visibility` int NOT NULL DEFAULT 0,
  `join_token` varchar(255) NOT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `started_at` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  `game_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_messages` (
  `id` char(36) NOT NULL,
  `race_id` char(36) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `from_entrant` tinyint(1) NOT NULL,
  `body` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_da42a4697b` FOREIGN KEY (`race_id`) REFERENCES `races` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entries` (
  `id` char(36) NOT NULL,
  `race_id` char(36) DEFAULT NULL,
  `runner_id` bigint DEFAULT NULL,
  `readied_at` datetime(3) DEFAULT NULL,
  `finished_at` datetime(3) DEFAULT NULL,
  `forfeited_at` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  `run_id` bigint DEFAULT NULL,
  `ghost` tinyint(1) NOT NULL DEFAULT 0,
  `creator_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_48c495cd74` FOREIGN KEY (`race_id`) REFERENCES `races` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rivalries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category_id` int DEFAULT NULL,
  `from_user_id` int DEFAULT NULL,
  `to_user_id` int DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `run_likes` (
  `id` char(36) NOT NULL,
  `run_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_run_likes_on_run_id_and_user_id` (`run_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speed_runs_live_games` (
  `id` char(36) NOT NULL,
  `game_id` bigint DEFAULT NULL,
  `srl_id` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `shortname` varchar(255) NOT NULL,
  `popularity` double DEFAULT NULL,
  `popularity_rank` int DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_speed_runs_live_games_on_game_id` (`game_id`),
  UNIQUE KEY `index_speed_runs_live_games_on_shortname` (`shortname`),
  UNIQUE KEY `index_speed_runs_live_games_on_srl_id` (`srl_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_categories` (
  `id` char(36) NOT NULL,
  `category_id` bigint NOT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `misc` tinyint(1) NOT NULL,
  `rules` varchar(255) DEFAULT NULL,
  `min_players` int NOT NULL,
  `max_players` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_speedrun_dot_com_categories_on_category_id` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_games` (
  `id` char(36) NOT NULL,
  `game_id` bigint DEFAULT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `shortname` varchar(255) DEFAULT NULL,
  `url` varchar(255) NOT NULL,
  `favicon_url` varchar(255) DEFAULT NULL,
  `cover_url` varchar(255) DEFAULT NULL,
  `default_timing` varchar(255) NOT NULL,
  `show_ms` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `twitch_name` varchar(255) DEFAULT NULL,
  `video_required` tinyint(1) DEFAULT NULL,
  `accepts_realtime` tinyint(1) DEFAULT NULL,
  `accepts_gametime` tinyint(1) DEFAULT NULL,
  `emulators_allowed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_speedrun_dot_com_games_on_game_id` (`game_id`),
  UNIQUE KEY `index_speedrun_dot_com_games_on_shortname` (`shortname`),
  UNIQUE KEY `index_speedrun_dot_com_games_on_srdc_id` (`srdc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_game_variables` (
  `id` char(36) NOT NULL,
  `srdc_id` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `speedrun_dot_com_game_id` char(36) NOT NULL,
  `speedrun_dot_com_category_id` char(36) DEFAULT NULL,
  `mandatory` tinyint(1) DEFAULT NULL,
  `obsoletes` tinyint(1) DEFAULT NULL,
  `user_defined` tinyint(1) DEFAULT NULL,
  `game_scope` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `speedrun_dot_com_game_variable_values_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4071aab6ea` FOREIGN KEY (`speedrun_dot_com_category_id`) REFERENCES `speedrun_dot_com_categories` (`id`),
  CONSTRAINT `fk_rails_31784148c9` FOREIGN KEY (`speedrun_dot_com_game_id`) REFERENCES `speedrun_dot_com_games` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_game_variable_values` (
  `id` char(36) NOT NULL,
  `speedrun_dot_com_game_variable_id` char(36) NOT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `rules` varchar(255) DEFAULT NULL,
  `miscellaneous` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ba0044383b` FOREIGN KEY (`speedrun_dot_com_game_variable_id`) REFERENCES `speedrun_dot_com_game_variables` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_platforms` (
  `id` char(36) NOT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_game_platforms` (
  `id` char(36) NOT NULL,
  `speedrun_dot_com_game_id` char(36) DEFAULT NULL,
  `speedrun_dot_com_platform_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3f18f51df7` FOREIGN KEY (`speedrun_dot_com_game_id`) REFERENCES `speedrun_dot_com_games` (`id`),
  CONSTRAINT `fk_rails_a8f5b981d4` FOREIGN KEY (`speedrun_dot_com_platform_id`) REFERENCES `speedrun_dot_com_platforms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_regions` (
  `id` char(36) NOT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `nick` varchar(255) DEFAULT NULL,
  `image_url` varchar(255) DEFAULT NULL,
  `category_id` int DEFAULT NULL,
  `program` varchar(255) DEFAULT NULL,
  `claim_token` varchar(255) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `srdc_id` varchar(255) DEFAULT NULL,
  `attempts` int DEFAULT NULL,
  `s3_filename` varchar(255) NOT NULL,
  `realtime_duration_ms` bigint DEFAULT NULL,
  `realtime_sum_of_best_ms` bigint DEFAULT NULL,
  `parsed_at` datetime(6) DEFAULT NULL,
  `gametime_duration_ms` bigint DEFAULT NULL,
  `gametime_sum_of_best_ms` bigint DEFAULT NULL,
  `default_timing` varchar(255) NOT NULL DEFAULT 'real',
  `total_playtime_ms` bigint DEFAULT NULL,
  `filesize_bytes` bigint NOT NULL DEFAULT 0,
  `uses_emulator` tinyint(1) DEFAULT 0,
  `speedrun_dot_com_platform_id` char(36) DEFAULT NULL,
  `speedrun_dot_com_region_id` char(36) DEFAULT NULL,
  `uses_autosplitter` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_da3bcc6a78` FOREIGN KEY (`speedrun_dot_com_platform_id`) REFERENCES `speedrun_dot_com_platforms` (`id`),
  CONSTRAINT `fk_rails_2799b62ab3` FOREIGN KEY (`speedrun_dot_com_region_id`) REFERENCES `speedrun_dot_com_regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `run_histories` (
  `id` char(36) NOT NULL,
  `run_id` int DEFAULT NULL,
  `attempt_number` int DEFAULT NULL,
  `realtime_duration_ms` bigint DEFAULT NULL,
  `gametime_duration_ms` bigint DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  `ended_at` datetime(6) DEFAULT NULL,
  `pause_duration_ms` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b674d05c71` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` char(36) NOT NULL,
  `run_id` int NOT NULL,
  `segment_number` int NOT NULL,
  `realtime_duration_ms` bigint DEFAULT NULL,
  `realtime_start_ms` bigint DEFAULT NULL,
  `realtime_end_ms` bigint DEFAULT NULL,
  `realtime_shortest_duration_ms` bigint DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `realtime_gold` tinyint(1) NOT NULL DEFAULT 0,
  `realtime_reduced` tinyint(1) NOT NULL DEFAULT 0,
  `realtime_skipped` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `gametime_start_ms` bigint DEFAULT NULL,
  `gametime_end_ms` bigint DEFAULT NULL,
  `gametime_duration_ms` bigint DEFAULT NULL,
  `gametime_shortest_duration_ms` bigint DEFAULT NULL,
  `gametime_gold` tinyint(1) NOT NULL DEFAULT 0,
  `gametime_reduced` tinyint(1) NOT NULL DEFAULT 0,
  `gametime_skipped` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_32ae128b03` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment_histories` (
  `id` char(36) NOT NULL,
  `segment_id` char(36) DEFAULT NULL,
  `attempt_number` int DEFAULT NULL,
  `realtime_duration_ms` bigint DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `gametime_duration_ms` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7c5676e480` FOREIGN KEY (`segment_id`) REFERENCES `segments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_game_regions` (
  `id` char(36) NOT NULL,
  `speedrun_dot_com_game_id` char(36) DEFAULT NULL,
  `speedrun_dot_com_region_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_71212385d4` FOREIGN KEY (`speedrun_dot_com_game_id`) REFERENCES `speedrun_dot_com_games` (`id`),
  CONSTRAINT `fk_rails_aa046ad59e` FOREIGN KEY (`speedrun_dot_com_region_id`) REFERENCES `speedrun_dot_com_regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_run_variables` (
  `id` char(36) NOT NULL,
  `speedrun_dot_com_game_variable_value_id` char(36) DEFAULT NULL,
  `run_id` bigint DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_01332ec5d1` FOREIGN KEY (`speedrun_dot_com_game_variable_value_id`) REFERENCES `speedrun_dot_com_game_variable_values` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speedrun_dot_com_users` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `srdc_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_speedrun_dot_com_users_on_api_key` (`api_key`),
  UNIQUE KEY `index_speedrun_dot_com_users_on_srdc_id` (`srdc_id`),
  UNIQUE KEY `index_speedrun_dot_com_users_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `splits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `run_id` int DEFAULT NULL,
  `position` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `real_duration` double DEFAULT NULL,
  `best_real_duration` double DEFAULT NULL,
  `game_duration` double DEFAULT NULL,
  `best_game_duration` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d91a75b69c` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_trials` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `stripe_session_id` varchar(255) DEFAULT NULL,
  `stripe_plan_id` varchar(255) NOT NULL,
  `stripe_subscription_id` varchar(255) DEFAULT NULL,
  `stripe_payment_intent_id` varchar(255) DEFAULT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `canceled_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `ended_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitch_users` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `twitch_id` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `avatar` varchar(255) NOT NULL,
  `follows_synced_at` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `url` varchar(255) NOT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_twitch_users_on_twitch_id` (`twitch_id`),
  UNIQUE KEY `index_twitch_users_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitch_user_follows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `from_twitch_user_id` char(36) DEFAULT NULL,
  `to_twitch_user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3575612679` FOREIGN KEY (`from_twitch_user_id`) REFERENCES `twitch_users` (`id`),
  CONSTRAINT `fk_rails_06b3a35f6f` FOREIGN KEY (`to_twitch_user_id`) REFERENCES `twitch_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `password_digest` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patreon_users` (
  `id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `patreon_id` varchar(255) NOT NULL,
  `pledge_cents` int NOT NULL,
  `pledge_created_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0b1fb09674` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `videos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `run_id` bigint NOT NULL,
  `url` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `start_offset_ms` int NOT NULL DEFAULT 10000,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Woogles.io (liwords), the online crossword-board-game (Scrabble-like OMGWords) server of woogles.io
-- Upstream: github.com/woogles-io/liwords, commit b790d24693831a2e0b0ee19f708100ab094c5332 (AGPL-3.0)
-- Made by replaying the 73 golang-migrate files db/migrations/*.up.sql (in version order, as the app server runs
-- them) into PostgreSQL 15, dumping the schema (pg_dump -s) and writing every table as MySQL by a small script:
-- uuid -> char(36); text -> text (varchar(255) where it is part of a key); varchar(n) kept; timestamptz and
-- timestamp -> datetime(6); jsonb and text[] -> json; bytea -> longblob; boolean -> tinyint(1); double precision
-- -> double; serial ids (nextval) -> AUTO_INCREMENT; now() -> CURRENT_TIMESTAMP(6); gen_random_uuid() -> uuid();
-- the enum type tournament_director_role -> enum(...). All 49 tables, upstream's column order.
-- Kept: primary keys, unique constraints and unique indexes, foreign keys. Left out: plain (non-unique) indexes,
-- CHECK constraints (status value lists) and the following:
--   users: unique index email_idx on lower(email) written as a unique key on the column (MySQL compares case-insensitively)
--   users: unique index username_idx on lower(username) written as a unique key on the column (MySQL compares case-insensitively)
--   integrations: unique expression index unique_patreon_user_id (((data ->> 'patreon_user_id'::text))) left out
--   tournaments: unique index idx_tournaments_slug on lower(slug) written as a unique key on the column (MySQL compares case-insensitively)
--   verification_requests: unique expression index unique_pending_verification (user_id, integration_name) WHERE (status = 'pending'::text) left out
-- Foreign keys upstream declares between integer columns of different widths, which MySQL/MariaDB refuses
-- (bigint -> int, int -> bigint, int -> smallint); they are listed here and not created:
--   broadcast_slots.broadcast_id -> broadcasts.id (bigint vs int)
--   game_comments.game_id -> games.id (bigint vs int)
--   integrations.user_id -> users.id (bigint vs int)
--   puzzles.game_id -> games.id (bigint vs int)
--   puzzle_attempts.user_id -> users.id (bigint vs int)
--   puzzle_votes.user_id -> users.id (bigint vs int)
--   tournament_directors.tournament_id -> tournaments.id (int vs bigint)
--   user_actions.applier_id -> users.id (bigint vs int)
--   user_actions.remover_id -> users.id (bigint vs int)
--   user_actions.user_id -> users.id (bigint vs int)
--   user_badges.badge_id -> badges.id (int vs smallint)
--   user_obs_slots.target_broadcast_id -> broadcasts.id (bigint vs int)
--   user_obs_slots.user_id -> users.id (bigint vs int)
--   verification_requests.reviewed_by -> users.id (bigint vs int)
--   verification_requests.user_id -> users.id (bigint vs int)

CREATE TABLE `analysis_jobs` (
  `id` char(36) NOT NULL DEFAULT uuid(),
  `game_id` text NOT NULL,
  `status` text NOT NULL DEFAULT 'pending',
  `claimed_by_user_uuid` text DEFAULT NULL,
  `claimed_at` datetime(6) DEFAULT NULL,
  `heartbeat_at` datetime(6) DEFAULT NULL,
  `config_json` json NOT NULL,
  `result` json DEFAULT NULL,
  `error_message` text DEFAULT NULL,
  `retry_count` int DEFAULT 0,
  `max_retries` int DEFAULT 3,
  `priority` int DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6) DEFAULT NULL,
  `requested_by_user_uuid` text DEFAULT NULL,
  `request_type` text DEFAULT 'automatic',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotated_game_metadata` (
  `game_uuid` varchar(255) NOT NULL,
  `creator_uuid` text NOT NULL,
  `private_broadcast` tinyint(1) NOT NULL DEFAULT 1,
  `done` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `annotated_game_metadata_game_uuid_key` (`game_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badges` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `badges_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `uuid` varchar(24) NOT NULL,
  `username` varchar(32) NOT NULL,
  `email` varchar(100) NOT NULL,
  `password` varchar(128) NOT NULL,
  `internal_bot` tinyint(1) NOT NULL DEFAULT 0,
  `api_key` text DEFAULT NULL,
  `actions` json DEFAULT NULL,
  `notoriety` int NOT NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 1,
  `verification_token` varchar(255) DEFAULT NULL,
  `verification_expires_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_idx` (`email`),
  UNIQUE KEY `username_idx` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blockings` (
  `user_id` int DEFAULT NULL,
  `blocker_id` int DEFAULT NULL,
  UNIQUE KEY `user_blocker_idx` (`user_id`, `blocker_id`),
  CONSTRAINT `blockings_blocker_id_users_id_foreign` FOREIGN KEY (`blocker_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `blockings_user_id_users_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcasts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `slug` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `broadcast_url` text NOT NULL,
  `broadcast_url_format` text NOT NULL DEFAULT 'tsh_newt_json',
  `poll_interval_seconds` int NOT NULL DEFAULT 120,
  `poll_start_time` datetime(6) DEFAULT NULL,
  `poll_end_time` datetime(6) DEFAULT NULL,
  `lexicon` text NOT NULL DEFAULT 'CSW24',
  `board_layout` text NOT NULL DEFAULT 'CrosswordGame',
  `letter_distribution` text NOT NULL DEFAULT 'english',
  `challenge_rule` int NOT NULL DEFAULT 0,
  `last_polled_at` datetime(6) DEFAULT NULL,
  `creator_id` int NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `broadcasts_slug_key` (`slug`),
  UNIQUE KEY `broadcasts_uuid_key` (`uuid`),
  CONSTRAINT `broadcasts_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_annotators` (
  `broadcast_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`broadcast_id`, `user_id`),
  CONSTRAINT `broadcast_annotators_broadcast_id_fkey` FOREIGN KEY (`broadcast_id`) REFERENCES `broadcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `broadcast_annotators_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_directors` (
  `broadcast_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`broadcast_id`, `user_id`),
  CONSTRAINT `broadcast_directors_broadcast_id_fkey` FOREIGN KEY (`broadcast_id`) REFERENCES `broadcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `broadcast_directors_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_games` (
  `id` int NOT NULL AUTO_INCREMENT,
  `broadcast_id` int NOT NULL,
  `game_uuid` varchar(255) NOT NULL,
  `division` varchar(255) NOT NULL DEFAULT '',
  `round` int NOT NULL,
  `table_number` int NOT NULL,
  `annotator_user_id` int DEFAULT NULL,
  `claimed_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `stats` json DEFAULT NULL,
  `stats_computed_at` datetime(6) DEFAULT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `broadcast_games_broadcast_id_division_round_table_number_key` (`broadcast_id`, `division`, `round`, `table_number`),
  UNIQUE KEY `broadcast_games_game_uuid_key` (`game_uuid`),
  CONSTRAINT `broadcast_games_annotator_user_id_fkey` FOREIGN KEY (`annotator_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `broadcast_games_broadcast_id_fkey` FOREIGN KEY (`broadcast_id`) REFERENCES `broadcasts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_slots` (
  `broadcast_id` bigint NOT NULL,
  `slot_name` varchar(255) NOT NULL,
  `division` text NOT NULL,
  `round` int NOT NULL DEFAULT 1,
  `table_number` int NOT NULL DEFAULT 1,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`broadcast_id`, `slot_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `title` text NOT NULL,
  `description` text DEFAULT NULL,
  `creator_id` int NOT NULL,
  `public` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `collections_uuid_key` (`uuid`),
  CONSTRAINT `collections_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_games` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int NOT NULL,
  `game_id` varchar(255) NOT NULL,
  `chapter_number` int NOT NULL,
  `chapter_title` text DEFAULT NULL,
  `is_annotated` tinyint(1) DEFAULT 0,
  `added_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `collection_games_collection_id_chapter_number_key` (`collection_id`, `chapter_number`),
  UNIQUE KEY `collection_games_collection_id_game_id_key` (`collection_id`, `game_id`),
  CONSTRAINT `collection_games_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `db_sessions` (
  `uuid` varchar(24) NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `data` json DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `followings` (
  `user_id` int DEFAULT NULL,
  `follower_id` int DEFAULT NULL,
  UNIQUE KEY `user_follower_idx` (`user_id`, `follower_id`),
  CONSTRAINT `followings_follower_id_users_id_foreign` FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `followings_user_id_users_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `uuid` varchar(24) DEFAULT NULL,
  `player0_id` int DEFAULT NULL,
  `player1_id` int DEFAULT NULL,
  `timers` json DEFAULT NULL,
  `started` tinyint(1) DEFAULT NULL,
  `game_end_reason` int DEFAULT NULL,
  `winner_idx` int DEFAULT NULL,
  `loser_idx` int DEFAULT NULL,
  `history` longblob DEFAULT NULL,
  `stats` json DEFAULT NULL,
  `quickdata` json DEFAULT NULL,
  `tournament_data` json DEFAULT NULL,
  `tournament_id` text DEFAULT NULL,
  `ready_flag` bigint DEFAULT NULL,
  `meta_events` json DEFAULT NULL,
  `type` int DEFAULT NULL,
  `game_request` json NOT NULL DEFAULT '{}',
  `player_on_turn` int DEFAULT NULL,
  `league_id` char(36) DEFAULT NULL,
  `season_id` char(36) DEFAULT NULL,
  `league_division_id` char(36) DEFAULT NULL,
  `history_s3_key` text DEFAULT NULL,
  `last_known_racks` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_games_player0` FOREIGN KEY (`player0_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_games_player1` FOREIGN KEY (`player1_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_comments` (
  `id` char(36) NOT NULL,
  `game_id` bigint NOT NULL,
  `author_id` int NOT NULL,
  `event_number` int NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `edited_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `comment` text NOT NULL,
  UNIQUE KEY `game_comments_id_key` (`id`),
  CONSTRAINT `game_comments_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_documents` (
  `game_id` varchar(255) NOT NULL,
  `document` json DEFAULT NULL,
  UNIQUE KEY `game_documents_game_id_key` (`game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leagues` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `slug` varchar(255) NOT NULL,
  `settings` json NOT NULL,
  `current_season_id` char(36) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `leagues_slug_key` (`slug`),
  UNIQUE KEY `leagues_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `league_seasons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `league_id` char(36) NOT NULL,
  `season_number` int NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `actual_end_date` datetime(6) DEFAULT NULL,
  `status` int NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `closed_at` datetime(6) DEFAULT NULL,
  `divisions_prepared_at` datetime(6) DEFAULT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  `registration_opened_at` datetime(6) DEFAULT NULL,
  `starting_soon_notification_sent_at` datetime(6) DEFAULT NULL,
  `promotion_formula` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `league_seasons_league_id_season_number_key` (`league_id`, `season_number`),
  UNIQUE KEY `league_seasons_uuid_key` (`uuid`),
  CONSTRAINT `league_seasons_league_id_fkey` FOREIGN KEY (`league_id`) REFERENCES `leagues` (`uuid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_players` (
  `game_uuid` varchar(255) NOT NULL,
  `player_id` int NOT NULL,
  `player_index` smallint NOT NULL,
  `score` int NOT NULL,
  `won` tinyint(1) DEFAULT NULL,
  `game_end_reason` smallint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `game_type` smallint NOT NULL,
  `opponent_id` int NOT NULL,
  `opponent_score` int NOT NULL,
  `original_request_id` text DEFAULT NULL,
  `league_season_id` char(36) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `game_mode` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`game_uuid`, `player_id`),
  CONSTRAINT `fk_game_players_league_season` FOREIGN KEY (`league_season_id`) REFERENCES `league_seasons` (`uuid`),
  CONSTRAINT `game_players_opponent_id_fkey` FOREIGN KEY (`opponent_id`) REFERENCES `users` (`id`),
  CONSTRAINT `game_players_player_id_fkey` FOREIGN KEY (`player_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_turns` (
  `game_uuid` varchar(255) NOT NULL,
  `turn_idx` int NOT NULL,
  `event` json NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`game_uuid`, `turn_idx`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `user_id` bigint NOT NULL,
  `integration_name` varchar(255) NOT NULL,
  `data` json NOT NULL DEFAULT '{}',
  `last_updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `integrations_user_id_integration_name_key` (`user_id`, `integration_name`),
  UNIQUE KEY `integrations_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations_global` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `integration_name` varchar(255) NOT NULL,
  `data` json NOT NULL DEFAULT '{}',
  `last_updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `integrations_global_integration_name_key` (`integration_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `league_divisions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL DEFAULT uuid(),
  `season_id` char(36) NOT NULL,
  `division_number` int NOT NULL,
  `division_name` text DEFAULT NULL,
  `is_complete` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `league_divisions_season_id_division_number_key` (`season_id`, `division_number`),
  UNIQUE KEY `league_divisions_uuid_key` (`uuid`),
  CONSTRAINT `league_divisions_season_id_fkey` FOREIGN KEY (`season_id`) REFERENCES `league_seasons` (`uuid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `league_registrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `season_id` char(36) NOT NULL,
  `division_id` char(36) DEFAULT NULL,
  `registration_date` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `firsts_count` int DEFAULT NULL,
  `status` text DEFAULT 'ACTIVE',
  `placement_status` int DEFAULT NULL,
  `previous_division_rank` int DEFAULT NULL,
  `seasons_away` int DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `league_registrations_user_id_season_id_key` (`user_id`, `season_id`),
  CONSTRAINT `league_registrations_division_id_fkey` FOREIGN KEY (`division_id`) REFERENCES `league_divisions` (`uuid`) ON DELETE SET NULL,
  CONSTRAINT `league_registrations_season_id_fkey` FOREIGN KEY (`season_id`) REFERENCES `league_seasons` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `league_registrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `league_standings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `division_id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `rank` int DEFAULT NULL,
  `wins` int DEFAULT 0,
  `losses` int DEFAULT 0,
  `draws` int DEFAULT 0,
  `spread` int DEFAULT 0,
  `games_played` int DEFAULT 0,
  `games_remaining` int DEFAULT NULL,
  `result` int DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `total_score` int DEFAULT 0,
  `total_opponent_score` int DEFAULT 0,
  `total_bingos` int DEFAULT 0,
  `total_opponent_bingos` int DEFAULT 0,
  `total_turns` int DEFAULT 0,
  `high_turn` int DEFAULT 0,
  `high_game` int DEFAULT 0,
  `timeouts` int DEFAULT 0,
  `blanks_played` int DEFAULT 0,
  `total_tiles_played` int DEFAULT 0,
  `total_opponent_tiles_played` int DEFAULT 0,
  `total_mistake_index` double DEFAULT 0,
  `games_analyzed` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `league_standings_division_id_user_id_key` (`division_id`, `user_id`),
  CONSTRAINT `league_standings_division_id_fkey` FOREIGN KEY (`division_id`) REFERENCES `league_divisions` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `league_standings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `liststats` (
  `game_id` text DEFAULT NULL,
  `player_id` text DEFAULT NULL,
  `timestamp` bigint DEFAULT NULL,
  `stat_type` int DEFAULT NULL,
  `item` json DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monitoring_streams` (
  `tournament_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `stream_type` varchar(20) NOT NULL,
  `stream_key` varchar(20) NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `status_timestamp` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`tournament_id`, `user_id`, `stream_type`),
  UNIQUE KEY `idx_monitoring_streams_stream_key` (`stream_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notoriousgames` (
  `game_id` text DEFAULT NULL,
  `player_id` text DEFAULT NULL,
  `type` int DEFAULT NULL,
  `timestamp` bigint DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `user_id` int NOT NULL,
  `first_name` varchar(32) DEFAULT NULL,
  `last_name` varchar(64) DEFAULT NULL,
  `country_code` varchar(6) DEFAULT NULL,
  `title` varchar(32) DEFAULT NULL,
  `about` varchar(2048) DEFAULT NULL,
  `ratings` json DEFAULT NULL,
  `stats` json DEFAULT NULL,
  `avatar_url` varchar(128) DEFAULT NULL,
  `birth_date` varchar(11) DEFAULT NULL,
  `title_organization` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `profiles_user_id_idx` (`user_id`),
  CONSTRAINT `profiles_user_id_users_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzle_generation_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request` json NOT NULL,
  `fulfilled` tinyint(1) DEFAULT NULL,
  `error_status` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `game_id` bigint NOT NULL,
  `turn_number` int NOT NULL,
  `answer` json NOT NULL,
  `author_id` int DEFAULT NULL,
  `lexicon` text DEFAULT NULL,
  `before_text` text DEFAULT NULL,
  `after_text` text DEFAULT NULL,
  `rating` json NOT NULL,
  `generation_id` bigint NOT NULL,
  `bucket_index` int NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `valid` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `puzzles_uuid_key` (`uuid`),
  CONSTRAINT `puzzles_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `puzzles_generation_id_fkey` FOREIGN KEY (`generation_id`) REFERENCES `puzzle_generation_logs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzle_attempts` (
  `puzzle_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `correct` tinyint(1) DEFAULT NULL,
  `attempts` int NOT NULL,
  `new_user_rating` json DEFAULT NULL,
  `new_puzzle_rating` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `puzzle_attempts_puzzle_id_user_id_key` (`puzzle_id`, `user_id`),
  CONSTRAINT `puzzle_attempts_puzzle_id_fkey` FOREIGN KEY (`puzzle_id`) REFERENCES `puzzles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzle_tag_titles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag_title` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzle_tags` (
  `puzzle_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  UNIQUE KEY `puzzle_tags_puzzle_id_tag_id_key` (`puzzle_id`, `tag_id`),
  CONSTRAINT `puzzle_tags_puzzle_id_fkey` FOREIGN KEY (`puzzle_id`) REFERENCES `puzzles` (`id`),
  CONSTRAINT `puzzle_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `puzzle_tag_titles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `puzzle_votes` (
  `puzzle_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `vote` int DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `puzzle_votes_puzzle_id_user_id_key` (`puzzle_id`, `user_id`),
  CONSTRAINT `puzzle_votes_puzzle_id_fkey` FOREIGN KEY (`puzzle_id`) REFERENCES `puzzles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrants` (
  `user_id` text DEFAULT NULL,
  `tournament_id` text DEFAULT NULL,
  `division_id` text DEFAULT NULL,
  UNIQUE KEY `idx_registrant` (`user_id`, `tournament_id`, `division_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `role_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  CONSTRAINT `role_permissions_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_permissions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `soughtgames` (
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `uuid` text DEFAULT NULL,
  `seeker` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `conn_id` text DEFAULT NULL,
  `receiver` text DEFAULT NULL,
  `request` json DEFAULT NULL,
  `receiver_is_permanent` tinyint(1) DEFAULT NULL,
  `seeker_conn_id` text DEFAULT NULL,
  `receiver_conn_id` text DEFAULT NULL,
  `game_mode` int DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournaments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `directors` json DEFAULT NULL,
  `is_started` tinyint(1) DEFAULT NULL,
  `divisions` json DEFAULT NULL,
  `type` text DEFAULT NULL,
  `parent` text DEFAULT NULL,
  `slug` text DEFAULT NULL,
  `default_settings` json DEFAULT NULL,
  `alias_of` text DEFAULT NULL,
  `is_finished` tinyint(1) DEFAULT NULL,
  `extra_meta` json DEFAULT NULL,
  `scheduled_start_time` datetime(6) DEFAULT NULL,
  `scheduled_end_time` datetime(6) DEFAULT NULL,
  `created_by` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tournaments_slug` (`slug`),
  CONSTRAINT `tournaments_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournament_directors` (
  `tournament_id` int NOT NULL,
  `user_id` int NOT NULL,
  `role` enum('director', 'readonly_director') NOT NULL DEFAULT 'director',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`tournament_id`, `user_id`),
  CONSTRAINT `tournament_directors_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_actions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `action_type` int NOT NULL,
  `start_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `end_time` datetime(6) DEFAULT NULL,
  `removed_time` datetime(6) DEFAULT NULL,
  `message_id` text DEFAULT NULL,
  `applier_id` bigint DEFAULT NULL,
  `remover_id` bigint DEFAULT NULL,
  `chat_text` text DEFAULT NULL,
  `note` text DEFAULT NULL,
  `removal_note` text DEFAULT NULL,
  `email_type` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_actions_user_id_start_time_action_type_key` (`user_id`, `start_time`, `action_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_analysis_requests` (
  `id` char(36) NOT NULL DEFAULT uuid(),
  `user_uuid` varchar(255) NOT NULL,
  `game_id` varchar(255) NOT NULL,
  `job_id` char(36) DEFAULT NULL,
  `requested_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_analysis_requests_user_uuid_game_id_key` (`user_uuid`, `game_id`),
  CONSTRAINT `user_analysis_requests_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `analysis_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_badges` (
  `user_id` int NOT NULL,
  `badge_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `badge_id`),
  CONSTRAINT `user_badges_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_obs_slots` (
  `user_id` bigint NOT NULL,
  `slot_name` varchar(255) NOT NULL,
  `target_kind` text NOT NULL DEFAULT 'none',
  `target_broadcast_id` bigint DEFAULT NULL,
  `target_slot_name` text NOT NULL DEFAULT '',
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `slot_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `user_id` int NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  CONSTRAINT `user_roles_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `integration_name` text NOT NULL,
  `member_id` text NOT NULL,
  `full_name` text NOT NULL,
  `image_url` text NOT NULL,
  `title` text DEFAULT NULL,
  `status` text NOT NULL DEFAULT 'pending',
  `submitted_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `reviewed_by` bigint DEFAULT NULL,
  `reviewed_at` datetime(6) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

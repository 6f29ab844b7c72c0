-- FitTrackee (self-hosted workout / activity tracker), github.com/SamR1/FitTrackee, commit 80c19816b7a41919dea63979c299944da833b5d1 (AGPL-3.0).
-- Generated from upstream's SQLAlchemy models (fittrackee/*/models.py, the models that the Alembic migrations in
-- fittrackee/migrations/versions/ build) and written as MySQL DDL: PostgreSQL SERIAL -> INT AUTO_INCREMENT,
-- TIMESTAMP -> DATETIME, BOOLEAN -> TINYINT(1), UUID -> CHAR(36), INTERVAL -> TIME, JSON/JSONB and FLOAT[] -> JSON,
-- PostgreSQL enum types -> ENUM with the same values, PostGIS geometry(POINT/LINESTRING,4326) -> GEOMETRY.
-- All 27 tables; column names, order, nullability, unique constraints and foreign keys as upstream declares them.

CREATE TABLE `app_config` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `max_users` INT NOT NULL,
  `file_sync_limit_import` INT NOT NULL,
  `max_single_file_size` INT NOT NULL,
  `max_zip_file_size` INT NOT NULL,
  `admin_contact` VARCHAR(255),
  `privacy_policy_date` DATETIME,
  `privacy_policy` TEXT,
  `about` TEXT,
  `stats_workouts_limit` INT NOT NULL,
  `file_limit_import` INT NOT NULL,
  `global_map_workouts_limit` INT NOT NULL DEFAULT 10000,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blacklisted_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(500) NOT NULL,
  `expired_at` INT NOT NULL,
  `blacklisted_on` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `equipment_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(50) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(50) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `stopped_speed_threshold` FLOAT NOT NULL,
  `pace_speed_display` ENUM('PACE','SPEED','PACE_AND_SPEED') NOT NULL DEFAULT 'SPEED',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `first_name` VARCHAR(80),
  `last_name` VARCHAR(80),
  `birth_date` DATETIME,
  `location` VARCHAR(80),
  `bio` VARCHAR(200),
  `picture` VARCHAR(255),
  `timezone` VARCHAR(50),
  `date_format` VARCHAR(50),
  `weekm` TINYINT(1) NOT NULL,
  `language` VARCHAR(50),
  `imperial_units` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `email_to_confirm` VARCHAR(255),
  `confirmation_token` VARCHAR(255),
  `display_ascent` TINYINT(1) NOT NULL,
  `accepted_policy_date` DATETIME,
  `start_elevation_at_zero` TINYINT(1) NOT NULL,
  `use_raw_gpx_speed` TINYINT(1) NOT NULL,
  `use_dark_mode` TINYINT(1),
  `manually_approves_followers` TINYINT(1) NOT NULL,
  `hide_profile_in_users_directory` TINYINT(1) NOT NULL,
  `workouts_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `map_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `suspended_at` DATETIME,
  `role` INT NOT NULL,
  `analysis_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `notification_preferences` JSON,
  `hr_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `segments_creation_event` ENUM('all','none','only_manual') NOT NULL DEFAULT 'only_manual',
  `split_workout_charts` TINYINT(1) NOT NULL DEFAULT 1,
  `messages_preferences` JSON,
  `missing_elevations_processing` ENUM('FILE','OPEN_ELEVATION','OPEN_ELEVATION_SMOOTH','VALHALLA') NOT NULL DEFAULT 'FILE',
  `calories_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`),
  UNIQUE KEY (`email`),
  CONSTRAINT `ck_users_role` CHECK (`role` IN (100, 50, 30, 10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `by_user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blocked_users_unique` (`user_id`, `by_user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`by_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `equipments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `description` VARCHAR(200),
  `equipment_type_id` INT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `total_distance` NUMERIC(10, 3) NOT NULL DEFAULT 0.0,
  `total_duration` TIME NOT NULL DEFAULT '00:00:00',
  `total_moving` TIME NOT NULL DEFAULT '00:00:00',
  `total_workouts` INT NOT NULL DEFAULT 0,
  `visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY `equipment_user_label_unique` (`label`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`equipment_type_id`) REFERENCES `equipment_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follow_requests` (
  `follower_user_id` INT NOT NULL,
  `followed_user_id` INT NOT NULL,
  `is_approved` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  PRIMARY KEY (`follower_user_id`, `followed_user_id`),
  FOREIGN KEY (`follower_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`followed_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `from_user_id` INT NOT NULL,
  `to_user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `marked_as_read` TINYINT(1) NOT NULL,
  `event_object_id` INT,
  `event_type` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY `users_event_unique` (`from_user_id`, `to_user_id`, `event_type`, `event_object_id`),
  FOREIGN KEY (`from_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `client_id` VARCHAR(48),
  `client_secret` VARCHAR(120),
  `client_id_issued_at` INT NOT NULL,
  `client_secret_expires_at` INT NOT NULL,
  `client_metadata` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_code` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `code` VARCHAR(120) NOT NULL,
  `client_id` VARCHAR(48),
  `redirect_uri` TEXT,
  `response_type` TEXT,
  `scope` TEXT,
  `nonce` TEXT,
  `auth_time` INT NOT NULL,
  `acr` TEXT,
  `amr` TEXT,
  `code_challenge` TEXT,
  `code_challenge_method` VARCHAR(48),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `client_id` VARCHAR(48),
  `token_type` VARCHAR(40),
  `access_token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `scope` TEXT,
  `issued_at` INT NOT NULL,
  `access_token_revoked_at` INT NOT NULL,
  `refresh_token_revoked_at` INT NOT NULL,
  `expires_in` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`access_token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `task_type` ENUM('user_data_export','workouts_archive_upload') NOT NULL,
  `progress` INT NOT NULL,
  `errored` TINYINT(1) NOT NULL,
  `aborted` TINYINT(1) NOT NULL,
  `file_size` INT,
  `file_path` VARCHAR(255),
  `errors` JSON NOT NULL DEFAULT ('{}'),
  `data` JSON NOT NULL DEFAULT ('{}'),
  `message_id` VARCHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_sports_preferences` (
  `user_id` INT NOT NULL,
  `sport_id` INT NOT NULL,
  `color` VARCHAR(50),
  `is_active` TINYINT(1) NOT NULL,
  `stopped_speed_threshold` FLOAT NOT NULL,
  `pace_speed_display` ENUM('PACE','SPEED','PACE_AND_SPEED') NOT NULL DEFAULT 'SPEED',
  PRIMARY KEY (`user_id`, `sport_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`sport_id`) REFERENCES `sports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workouts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `sport_id` INT NOT NULL,
  `title` VARCHAR(255),
  `creation_date` DATETIME NOT NULL,
  `modification_date` DATETIME,
  `workout_date` DATETIME NOT NULL,
  `duration` TIME NOT NULL,
  `pauses` TIME,
  `moving` TIME,
  `distance` NUMERIC(6, 3),
  `min_alt` NUMERIC(6, 2),
  `max_alt` NUMERIC(6, 2),
  `descent` NUMERIC(8, 3),
  `ascent` NUMERIC(8, 3),
  `max_speed` NUMERIC(6, 2),
  `ave_speed` NUMERIC(6, 2),
  `bounds` JSON,
  `map` VARCHAR(255),
  `map_id` VARCHAR(50),
  `weather_start` JSON,
  `weather_end` JSON,
  `notes` VARCHAR(500),
  `description` VARCHAR(10000),
  `workout_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `map_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `suspended_at` DATETIME,
  `analysis_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `original_file` VARCHAR(255),
  `max_hr` INT,
  `ave_hr` INT,
  `max_cadence` INT,
  `ave_cadence` INT,
  `source` VARCHAR(100),
  `max_power` INT,
  `ave_power` INT,
  `start_point_geom` GEOMETRY,
  `ave_pace` TIME,
  `best_pace` TIME,
  `elevation_data_source` ENUM('FILE','OPEN_ELEVATION','OPEN_ELEVATION_SMOOTH','VALHALLA') NOT NULL DEFAULT 'FILE',
  `calories` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`sport_id`) REFERENCES `sports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `workout_id` INT,
  `created_at` DATETIME NOT NULL,
  `modification_date` DATETIME,
  `text` TEXT NOT NULL,
  `text_visibility` ENUM('PUBLIC','FOLLOWERS','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `suspended_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `sport_id` INT NOT NULL,
  `workout_id` INT NOT NULL,
  `workout_uuid` CHAR(36) NOT NULL,
  `record_type` ENUM('AP','AS','BP','FD','HA','LD','MS') NOT NULL,
  `workout_date` DATETIME NOT NULL,
  `value` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sports_records` (`user_id`, `sport_id`, `record_type`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`sport_id`) REFERENCES `sports` (`id`),
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_sports_preferences_equipments` (
  `user_id` INT NOT NULL,
  `sport_id` INT NOT NULL,
  `equipment_id` INT NOT NULL,
  `equipment_type_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `sport_id`, `equipment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sport_id`) REFERENCES `sports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`equipment_id`) REFERENCES `equipments` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`equipment_type_id`) REFERENCES `equipment_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout_equipments` (
  `workout_id` INT NOT NULL,
  `equipment_id` INT NOT NULL,
  PRIMARY KEY (`workout_id`, `equipment_id`),
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`equipment_id`) REFERENCES `equipments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout_likes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  `workout_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_workout_id_unique` (`user_id`, `workout_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout_segments` (
  `workout_id` INT NOT NULL,
  `workout_uuid` CHAR(36) NOT NULL,
  `duration` TIME NOT NULL,
  `pauses` TIME,
  `moving` TIME,
  `distance` NUMERIC(6, 3),
  `min_alt` NUMERIC(6, 2),
  `max_alt` NUMERIC(6, 2),
  `descent` NUMERIC(8, 3),
  `ascent` NUMERIC(8, 3),
  `max_speed` NUMERIC(6, 2),
  `ave_speed` NUMERIC(6, 2),
  `max_hr` INT,
  `ave_hr` INT,
  `max_cadence` INT,
  `ave_cadence` INT,
  `max_power` INT,
  `ave_power` INT,
  `geom` GEOMETRY,
  `points` JSON NOT NULL DEFAULT ('[]'),
  `uuid` CHAR(36) NOT NULL DEFAULT (UUID()),
  `start_date` DATETIME NOT NULL,
  `ave_pace` TIME,
  `best_pace` TIME,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY `workout_id_start_date_unique` (`workout_id`, `start_date`),
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_likes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  `comment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_comment_id_unique` (`user_id`, `comment_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentions` (
  `comment_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`comment_id`, `user_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `resolved_at` DATETIME,
  `reported_by` INT,
  `reported_comment_id` INT,
  `reported_user_id` INT,
  `reported_workout_id` INT,
  `resolved_by` INT,
  `resolved` TINYINT(1) NOT NULL,
  `object_type` VARCHAR(50) NOT NULL,
  `note` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reported_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`reported_comment_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`reported_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`reported_workout_id`) REFERENCES `workouts` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`resolved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `moderator_id` INT,
  `report_id` INT NOT NULL,
  `user_id` INT,
  `workout_id` INT,
  `comment_id` INT,
  `action_type` VARCHAR(50) NOT NULL,
  `reason` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`moderator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `report_id` INT,
  `user_id` INT,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_action_appeals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `action_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `moderator_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `approved` TINYINT(1),
  `text` TEXT NOT NULL,
  `reason` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `action_id_user_id_unique` (`action_id`, `user_id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`action_id`) REFERENCES `report_actions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`moderator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

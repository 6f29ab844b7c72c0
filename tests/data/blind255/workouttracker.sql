-- Workout Tracker (self-hosted GPS workout and fitness tracker: GPX/FIT/TCX uploads, maps, route segments)
-- Upstream: github.com/jovandeginste/workout-tracker, commit 0ad309444baff2d2652f202e057c3489d9ff7988
-- (v2.7.0-30, 2026-06-29), licence MIT.
-- How made: upstream has no SQL schema; GORM's AutoMigrate builds it from the structs passed in
-- pkg/database/gorm.go (User, Profile, Config, Equipment, WorkoutEquipment, Measurement, Workout, GPXData,
-- MapData, MapDataDetails, RouteSegment, RouteSegmentMatch; embedded Model, UserData, UserSecrets and
-- converters.WorkoutData flattened in place) plus the `sessions` table of github.com/alexedwards/scs
-- gormstore (read at commit ab20b3fe). Written by hand as GORM 1.31's MySQL dialect (go-gorm/mysql) renders
-- them: GORM's naming (snake case, table names pluralised: TotalDistance2D -> total_distance2_d), uint64 ->
-- bigint unsigned, int / time.Duration -> bigint, float64 -> double, bool -> boolean, time.Time ->
-- datetime(3) (NULL unless not null), string without size -> longtext, []byte -> longblob, serializer:json
-- fields -> longtext, explicit type: tags as written (varchar(n), uuid, date for datatypes.Date), `default:`
-- and `not null` kept, primaryKey / uniqueIndex as upstream names them; foreign keys as GORM derives them from
-- the has-one / has-many relations (fk_<owner table>_<relation>, ON DELETE CASCADE where the tag says so);
-- plain `index` tags left out. Column order is the structs' field order. Nothing left out (13 tables).
CREATE TABLE `users` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `last_version` longtext,
  `username` varchar(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `active` boolean,
  `admin` boolean,
  `password` varchar(128) NOT NULL,
  `salt` varchar(16) NOT NULL,
  `api_key` varchar(32),
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_users_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `preferred_units` longtext,
  `language` longtext,
  `theme` longtext,
  `totals_show` longtext,
  `timezone` longtext,
  `auto_import_directory` longtext,
  `user_id` bigint unsigned,
  `api_active` boolean,
  `socials_disabled` boolean,
  `prefer_full_date` boolean,
  `show_tabs` boolean,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_profile` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `registration_disabled` boolean,
  `socials_disabled` boolean,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `equipment` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `description` longtext,
  `default_for` longtext,
  `user_id` bigint unsigned NOT NULL,
  `active` boolean DEFAULT true,
  `notes` longtext,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_equipment_name` (`name`),
  CONSTRAINT `fk_users_equipment` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `measurements` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `date` date NOT NULL,
  `weight` double,
  `height` double,
  `steps` double,
  `user_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_user_date` (`date`, `user_id`),
  CONSTRAINT `fk_users_measurements` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workouts` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `date` datetime(3) NOT NULL,
  `public_uuid` uuid,
  `name` longtext NOT NULL,
  `notes` longtext,
  `type` longtext,
  `custom_type` longtext,
  `user_id` bigint unsigned NOT NULL,
  `locked` boolean,
  `dirty` boolean,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_start_user` (`date`, `user_id`),
  UNIQUE INDEX `idx_workouts_public_uuid` (`public_uuid`),
  CONSTRAINT `fk_users_workouts` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout_equipment` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `workout_id` bigint unsigned NOT NULL,
  `equipment_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_workout_equipment` (`workout_id`, `equipment_id`),
  CONSTRAINT `fk_workout_equipment_workout` FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_workout_equipment_equipment` FOREIGN KEY (`equipment_id`) REFERENCES `equipment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gpx_data` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `filename` longtext,
  `content` longblob,
  `checksum` longblob NOT NULL,
  `workout_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_gpx_data_checksum` (`checksum`),
  UNIQUE INDEX `idx_gpx_data_workout_id` (`workout_id`),
  CONSTRAINT `fk_workouts_gpx` FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `map_data` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `address` longtext,
  `creator` longtext,
  `address_string` longtext,
  `center` longtext,
  `workout_id` bigint unsigned NOT NULL,
  `climbs` longtext,
  `name` longtext,
  `type` longtext,
  `start` datetime(3) NULL,
  `stop` datetime(3) NULL,
  `total_distance` double,
  `total_distance2_d` double,
  `total_duration` bigint,
  `max_speed` double,
  `max_cadence` double,
  `max_power` double,
  `average_speed` double,
  `average_speed_no_pause` double,
  `average_cadence` double,
  `average_power` double,
  `pause_duration` bigint,
  `min_elevation` double,
  `max_elevation` double,
  `total_up` double,
  `total_down` double,
  `total_repetitions` bigint,
  `total_weight` double,
  `total_calories` double,
  `extra_metrics` longtext,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_map_data_workout_id` (`workout_id`),
  CONSTRAINT `fk_workouts_data` FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `map_data_details` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `points` longtext,
  `map_data_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_map_data_details_map_data_id` (`map_data_id`),
  CONSTRAINT `fk_map_data_details` FOREIGN KEY (`map_data_id`) REFERENCES `map_data` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `route_segments` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `id` bigint unsigned AUTO_INCREMENT,
  `geo_address` longtext,
  `name` longtext NOT NULL,
  `notes` longtext,
  `address_string` longtext,
  `filename` longtext,
  `points` longtext,
  `content` longblob,
  `checksum` longblob NOT NULL,
  `center` longtext,
  `total_distance` double,
  `min_elevation` double,
  `max_elevation` double,
  `total_up` double,
  `total_down` double,
  `bidirectional` boolean,
  `circular` boolean,
  `dirty` boolean,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_route_segments_checksum` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `route_segment_matches` (
  `route_segment_id` bigint unsigned,
  `workout_id` bigint unsigned,
  `first_id` bigint,
  `last_id` bigint,
  `distance` double,
  `duration` bigint,
  PRIMARY KEY (`route_segment_id`, `workout_id`),
  CONSTRAINT `fk_route_segments_route_segment_matches` FOREIGN KEY (`route_segment_id`) REFERENCES `route_segments` (`id`),
  CONSTRAINT `fk_workouts_route_segment_matches` FOREIGN KEY (`workout_id`) REFERENCES `workouts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `token` varchar(43),
  `data` longblob,
  `expiry` datetime(3) NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

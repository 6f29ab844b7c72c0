-- Reitti (self-hosted personal location tracking and analysis: raw GPS points from phones and imports, detected
-- visits at significant places, trips with transport modes, memories, live location sharing between users and
-- instances, integrations with OwnTracks Recorder, MQTT and Immich)
-- Upstream: github.com/dedicatedcode/reitti, commit 833483af58ac4bb0573c1e844e25235bd694ec30, AGPL-3.0
-- Source: the 121 Flyway SQL migrations src/main/resources/db/migration/V1__initial_tables.sql ...
-- V123__add_trip_transport_modes.sql, replayed in version order into PostgreSQL 15 + PostGIS 3 (the two Java
-- migrations V42 and V83 only change rows and were not run), then read from the catalog and written as MySQL by a
-- script: bigint -> BIGINT, integer -> INT, boolean -> TINYINT(1), double precision -> DOUBLE, numeric ->
-- DECIMAL(38,10), varchar(n) -> VARCHAR(n), text and varchar without length -> TEXT (VARCHAR(255) in a key),
-- timestamp / timestamptz -> DATETIME(6), jsonb -> JSON, uuid -> CHAR(36), bytea -> LONGBLOB, tstzrange ->
-- VARCHAR(255), PostGIS geometry -> GEOMETRY; identity and serial columns AUTO_INCREMENT; literal defaults kept,
-- function defaults (gen_random_uuid(), extract(...)) left out; primary keys, unique constraints, full unique
-- indexes and foreign keys as upstream (a foreign-key name used twice prefixed with its table), upstream's table and
-- column comments kept. Left out: PostGIS's spatial_ref_sys, eight of the eleven Quartz scheduler tables
-- (qrtz_blob_triggers, qrtz_calendars, qrtz_cron_triggers, qrtz_fired_triggers, qrtz_paused_trigger_grps,
-- qrtz_scheduler_state, qrtz_simple_triggers, qrtz_simprop_triggers), the views v_source_stream, geometry_columns and
-- geography_columns, the materialized view location_daily_summary, non-unique and partial indexes, check
-- constraints and the partitions the application creates at run time under staging_location_points.

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `display_name` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255),
  `version` BIGINT NOT NULL DEFAULT 0,
  `role` VARCHAR(255) NOT NULL,
  `profile_url` VARCHAR(1024),
  `external_id` VARCHAR(1024),
  `last_data_modified_at` DATETIME(6),
  `user_type` VARCHAR(255) NOT NULL DEFAULT 'NORMAL',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ukr43af9ap4edm43mmtq01oddj6` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `significant_places` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` TEXT,
  `latitude_centroid` DOUBLE NOT NULL,
  `longitude_centroid` DOUBLE NOT NULL,
  `name` TEXT,
  `user_id` BIGINT NOT NULL,
  `geom` GEOMETRY,
  `geocoded` TINYINT(1) NOT NULL DEFAULT 0,
  `version` BIGINT NOT NULL DEFAULT 0,
  `type` VARCHAR(50) NOT NULL DEFAULT 'OTHER',
  `country_code` VARCHAR(10),
  `timezone` TEXT,
  `city` TEXT,
  `polygon` GEOMETRY,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk2cx1himtc2aapqh5yc6cvuwee` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `place_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `duration_seconds` BIGINT NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `metadata` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `processed_visits_pk` (`user_id`, `place_id`, `start_time`, `end_time`),
  CONSTRAINT `fk_processed_visit_place` FOREIGN KEY (`place_id`) REFERENCES `significant_places` (`id`),
  CONSTRAINT `fk_processed_visit_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `processed_visits_place_id_fkey` FOREIGN KEY (`place_id`) REFERENCES `significant_places` (`id`),
  CONSTRAINT `processed_visits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `duration_seconds` BIGINT NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `estimated_distance_meters` DOUBLE,
  `start_time` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `travelled_distance_meters` DOUBLE,
  `start_visit_id` BIGINT NOT NULL,
  `end_visit_id` BIGINT NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `metadata` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk8wb14dx6dasdasasd3planasdd12u` FOREIGN KEY (`end_visit_id`) REFERENCES `processed_visits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk8wb14dx6dasdasasd3planbay88u` FOREIGN KEY (`start_visit_id`) REFERENCES `processed_visits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk8wb14dx6ed0bpp3planbay88u` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geocode_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `error_count` INT NOT NULL DEFAULT 0,
  `last_used` DATETIME(6),
  `last_error` DATETIME(6),
  `version` BIGINT NOT NULL DEFAULT 0,
  `type` VARCHAR(255),
  `priority` INT,
  `additional_params` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `geocode_services_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `immich_integrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `server_url` VARCHAR(255) NOT NULL,
  `api_token` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `use_best_guess_location` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_immich_integrations_user_unique` (`user_id`),
  CONSTRAINT `fk_immich_integrations_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `user_id` BIGINT,
  `selected_language` VARCHAR(255) NOT NULL DEFAULT 'en',
  `version` BIGINT NOT NULL,
  `unit_system` VARCHAR(100) NOT NULL DEFAULT 'METRIC',
  `home_lat` DECIMAL(38,10),
  `home_lng` DECIMAL(38,10),
  `latest_data` DATETIME(6),
  `time_zone_override` TEXT,
  `time_display_mode` VARCHAR(255) NOT NULL DEFAULT 'DEFAULT',
  `custom_css` TEXT,
  `color` VARCHAR(255) DEFAULT '#f1ba63',
  `time_mode` VARCHAR(255) NOT NULL DEFAULT 'TWENTY_FOUR_HOUR',
  UNIQUE KEY `user_settings_user_id_key` (`user_id`),
  CONSTRAINT `user_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_avatars` (
  `user_id` BIGINT,
  `binary_data` LONGBLOB,
  `mime_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `user_avatars_user_id_key` (`user_id`),
  CONSTRAINT `user_avatars_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reitti_integrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `token` VARCHAR(1024) NOT NULL,
  `color` VARCHAR(1024) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `last_used` DATETIME(6),
  `version` BIGINT NOT NULL,
  `last_message` TEXT,
  `status` VARCHAR(255) NOT NULL DEFAULT 'ACTIVE',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reitti_integrations_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `reitti_integrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_user_info` (
  `integration_id` BIGINT,
  `remote_id` BIGINT NOT NULL,
  `remote_version` INT NOT NULL,
  `user_name` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(1024),
  `binary_data` LONGBLOB,
  `mime_type` VARCHAR(255),
  UNIQUE KEY `remote_user_info_integration_id_key` (`integration_id`),
  CONSTRAINT `remote_user_info_integration_id_fkey` FOREIGN KEY (`integration_id`) REFERENCES `reitti_integrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geocoding_response` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `significant_place_id` BIGINT,
  `raw_data` JSON,
  `provider_name` VARCHAR(100),
  `fetched_at` DATETIME(6),
  `status` VARCHAR(50),
  `error_details` TEXT,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `geocoding_response_significant_place_id_fkey` FOREIGN KEY (`significant_place_id`) REFERENCES `significant_places` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magic_link_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(1024) NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `access_level` VARCHAR(255) NOT NULL,
  `expiry_date` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6),
  `resource_type` VARCHAR(255),
  `resource_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `magic_link_tokens_token_hash_key` (`token_hash`),
  CONSTRAINT `fk_magic_link_token_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magic_link_tokens_usages` (
  `token_id` BIGINT,
  `at` DATETIME(6) NOT NULL,
  `endpoint` VARCHAR(2048) NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  CONSTRAINT `magic_link_tokens_usages_token_id_fkey` FOREIGN KEY (`token_id`) REFERENCES `magic_link_tokens` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_detection_parameters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `valid_since` DATETIME(6),
  `detection_minimum_stay_time_seconds` BIGINT NOT NULL,
  `detection_max_merge_time_between_same_stay_points` BIGINT NOT NULL,
  `merging_search_duration_in_hours` BIGINT NOT NULL,
  `merging_max_merge_time_between_same_visits` BIGINT NOT NULL,
  `place_radius_meters` BIGINT NOT NULL,
  `recalculation_state` TEXT,
  `density_max_interpolation_distance_meters` DOUBLE DEFAULT 50.0,
  `density_max_interpolation_gap_minutes` INT DEFAULT 1440,
  UNIQUE KEY `user_valid_since_pk` (`user_id`, `valid_since`),
  KEY `visit_detection_parameters_id_key` (`id`),
  CONSTRAINT `visit_detection_parameters_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_processed_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `place_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `duration_seconds` BIGINT NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `preview_id` VARCHAR(36) NOT NULL DEFAULT '',
  `preview_created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_processed_visit_start_end_user` (`start_time`, `end_time`, `user_id`, `preview_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_raw_location_points` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accuracy_meters` DOUBLE NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `geom` GEOMETRY,
  `processed` TINYINT(1) DEFAULT 0,
  `version` BIGINT NOT NULL DEFAULT 0,
  `preview_id` VARCHAR(36) NOT NULL DEFAULT '',
  `preview_created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `elevation_meters` DOUBLE,
  `synthetic` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_trips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `duration_seconds` BIGINT NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `estimated_distance_meters` DOUBLE,
  `start_time` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `travelled_distance_meters` DOUBLE,
  `start_visit_id` BIGINT NOT NULL,
  `end_visit_id` BIGINT NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `preview_id` VARCHAR(36) NOT NULL DEFAULT '',
  `preview_created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_trip_start_end_user` (`start_time`, `end_time`, `user_id`, `preview_id`),
  CONSTRAINT `preview_trips_end_visit_id_fkey` FOREIGN KEY (`end_visit_id`) REFERENCES `preview_processed_visits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `preview_trips_start_visit_id_fkey` FOREIGN KEY (`start_visit_id`) REFERENCES `preview_processed_visits` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_visit_detection_parameters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `valid_since` DATETIME(6),
  `detection_minimum_stay_time_seconds` BIGINT NOT NULL,
  `detection_max_merge_time_between_same_stay_points` BIGINT NOT NULL,
  `merging_search_duration_in_hours` BIGINT NOT NULL,
  `merging_max_merge_time_between_same_visits` BIGINT NOT NULL,
  `place_radius_meters` BIGINT NOT NULL,
  `preview_id` VARCHAR(36) NOT NULL DEFAULT '',
  `preview_created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `density_max_interpolation_distance_meters` DOUBLE DEFAULT 50.0,
  `density_max_interpolation_gap_minutes` INT DEFAULT 1440,
  KEY `preview_visit_detection_parameters_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sharing` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sharing_user_id` BIGINT NOT NULL,
  `shared_with_user_id` BIGINT NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `version` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sharing_sharing_user_id_shared_with_user_id_key` (`sharing_user_id`, `shared_with_user_id`),
  CONSTRAINT `user_sharing_shared_with_user_id_fkey` FOREIGN KEY (`shared_with_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_sharing_sharing_user_id_fkey` FOREIGN KEY (`sharing_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `header_type` VARCHAR(50) NOT NULL,
  `header_image_url` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `version` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `memory_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_block` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `memory_id` BIGINT NOT NULL,
  `block_type` VARCHAR(50) NOT NULL,
  `position` INT NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `memory_block_unique_position` (`memory_id`, `position`),
  CONSTRAINT `memory_block_memory_id_fkey` FOREIGN KEY (`memory_id`) REFERENCES `memory` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_block_text` (
  `block_id` BIGINT NOT NULL,
  `headline` VARCHAR(255),
  `content` TEXT,
  PRIMARY KEY (`block_id`),
  CONSTRAINT `memory_block_text_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `memory_block` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_block_cluster` (
  `block_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `part_ids` JSON NOT NULL,
  `title` VARCHAR(255),
  `description` TEXT,
  `type` VARCHAR(255),
  PRIMARY KEY (`block_id`),
  CONSTRAINT `memory_block_cluster_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `memory_block` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_block_cluster_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_block_image_gallery` (
  `block_id` BIGINT NOT NULL,
  `images` JSON NOT NULL DEFAULT '[]' COMMENT 'JSON array of image objects with imageUrl and caption fields',
  PRIMARY KEY (`block_id`),
  CONSTRAINT `memory_block_image_gallery_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `memory_block` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores image galleries for memory blocks with multiple images per gallery';

CREATE TABLE `transport_mode_detection_configs` (
  `user_id` BIGINT NOT NULL,
  `transport_mode` VARCHAR(255) NOT NULL,
  `max_kmh` DECIMAL(38,10),
  `color` VARCHAR(50),
  `icon` VARCHAR(50),
  PRIMARY KEY (`user_id`, `transport_mode`),
  UNIQUE KEY `transport_mode_detection_configs_unique_max_kmh_per_user` (`user_id`, `max_kmh`),
  CONSTRAINT `transport_mode_detection_configs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transport_mode_overrides` (
  `user_id` BIGINT NOT NULL,
  `time` DATETIME(6) NOT NULL,
  `transport_mode` TEXT NOT NULL,
  CONSTRAINT `transport_mode_overrides_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_significant_places` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `latitude_centroid` DOUBLE NOT NULL,
  `longitude_centroid` DOUBLE NOT NULL,
  `name` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `geom` GEOMETRY,
  `geocoded` TINYINT(1) NOT NULL DEFAULT 0,
  `version` BIGINT NOT NULL DEFAULT 0,
  `type` VARCHAR(50) NOT NULL DEFAULT 'OTHER',
  `country_code` VARCHAR(10),
  `timezone` TEXT,
  `city` VARCHAR(255),
  `preview_id` VARCHAR(36) NOT NULL DEFAULT '',
  `preview_created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `polygon` GEOMETRY,
  PRIMARY KEY (`id`),
  CONSTRAINT `preview_significant_places_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `original_id` BIGINT,
  `memory_block_id` BIGINT NOT NULL,
  `name` TEXT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `latitude_centroid` DOUBLE NOT NULL,
  `longitude_centroid` DOUBLE NOT NULL,
  `timezone` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `memory_visits_memory_block_id_fkey` FOREIGN KEY (`memory_block_id`) REFERENCES `memory_block` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_visits_original_id_fkey` FOREIGN KEY (`original_id`) REFERENCES `processed_visits` (`id`) ON DELETE SET NULL,
  CONSTRAINT `memory_visits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memory_trips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `original_id` BIGINT,
  `memory_block_id` BIGINT NOT NULL,
  `start_visit_id` BIGINT,
  `end_visit_id` BIGINT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `memory_trips_end_visit_id_fkey` FOREIGN KEY (`end_visit_id`) REFERENCES `memory_visits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_trips_memory_block_id_fkey` FOREIGN KEY (`memory_block_id`) REFERENCES `memory_block` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_trips_original_id_fkey` FOREIGN KEY (`original_id`) REFERENCES `trips` (`id`) ON DELETE SET NULL,
  CONSTRAINT `memory_trips_start_visit_id_fkey` FOREIGN KEY (`start_visit_id`) REFERENCES `memory_visits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_trips_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `significant_places_overrides` (
  `user_id` BIGINT,
  `geom` GEOMETRY,
  `name` VARCHAR(255),
  `category` VARCHAR(255),
  `timezone` VARCHAR(255),
  `polygon` GEOMETRY,
  UNIQUE KEY `unique_user_geom` (`user_id`, `geom`),
  CONSTRAINT `significant_places_overrides_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `random_cities` (
  `name` VARCHAR(255) NOT NULL,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `reason` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `show_on_map` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `version` INT NOT NULL DEFAULT 1,
  `default_device` TINYINT(1) DEFAULT 0,
  `show_avatar_on_map` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `devices_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6),
  `version` BIGINT NOT NULL DEFAULT 0,
  `device_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_tokens_token_key` (`token`),
  CONSTRAINT `api_tokens_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_api_token_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owntracks_recorder_integration` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `base_url` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `device_id` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `last_successful_fetch` DATETIME(6),
  `version` BIGINT NOT NULL,
  `auth_username` TEXT,
  `auth_password` TEXT,
  `reitti_device_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_owntracks_recorder_integration_user_unique` (`user_id`),
  CONSTRAINT `fk_device_id` FOREIGN KEY (`reitti_device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `fk_owntracks_recorder_integration_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_token_usages` (
  `token_id` BIGINT,
  `at` DATETIME(6) NOT NULL,
  `endpoint` VARCHAR(2048) NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  CONSTRAINT `api_token_usages_token_id_fkey` FOREIGN KEY (`token_id`) REFERENCES `api_tokens` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mqtt_integrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `host` VARCHAR(1024) NOT NULL,
  `port` INT NOT NULL,
  `identifier` VARCHAR(1024) NOT NULL,
  `topic` VARCHAR(1024) NOT NULL,
  `username` VARCHAR(1024),
  `password` VARCHAR(1024),
  `payload_type` VARCHAR(1024) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `last_used` DATETIME(6),
  `version` BIGINT NOT NULL,
  `use_tls` TINYINT(1) DEFAULT 0,
  `device_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mqtt_integrations_user_id_key` (`user_id`),
  CONSTRAINT `mqtt_integrations_fk_device_id` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `fk_mqtt_integrations_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `mqtt_integrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staging_location_points` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `partition_key` VARCHAR(255) NOT NULL,
  `user_id` BIGINT,
  `device_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `geom` GEOMETRY,
  `elevation_meters` DOUBLE,
  `accuracy_meters` DOUBLE NOT NULL,
  `promoted` TINYINT(1) DEFAULT 0,
  `h3_cell` BIGINT,
  PRIMARY KEY (`id`, `partition_key`),
  CONSTRAINT `staging_location_points_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `staging_location_points_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_meta_data` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT,
  `type` VARCHAR(30),
  `status` VARCHAR(20) NOT NULL,
  `file_name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `friendly_name` VARCHAR(255),
  `enqueued_at` DATETIME(6),
  `scheduled_at` DATETIME(6),
  `processing_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `max_progress` BIGINT,
  `current_progress` BIGINT,
  `progress_message` TEXT,
  `parent_job_id` CHAR(36),
  `task_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `import_jobs_parent_job_id_fkey` FOREIGN KEY (`parent_job_id`) REFERENCES `job_meta_data` (`id`) ON DELETE CASCADE,
  CONSTRAINT `import_jobs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raw_source_points` (
  `accuracy_meters` DOUBLE,
  `timestamp` DATETIME(6),
  `user_id` BIGINT,
  `geom` GEOMETRY,
  `elevation_meters` DOUBLE,
  `device_id` BIGINT,
  `invalid` TINYINT(1),
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` INT DEFAULT 0,
  `h3_cell` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_raw_source_upsert_target` (`user_id`, `timestamp`, `device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raw_location_points` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accuracy_meters` DOUBLE,
  `timestamp` DATETIME(6),
  `user_id` BIGINT,
  `geom` GEOMETRY,
  `processed` TINYINT(1),
  `version` BIGINT,
  `elevation_meters` DOUBLE,
  `synthetic` TINYINT(1) NOT NULL DEFAULT 0,
  `source_point_id` BIGINT,
  `status` INT DEFAULT 0,
  `h3_cell` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `raw_location_points_user_id_timestamp_uindex` (`user_id`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_overrides` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `timeline_overrides_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `timeline_overrides_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `context_type` VARCHAR(10) NOT NULL,
  `time_range` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL DEFAULT '{}',
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `location_metadata_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_map_styles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `map_type` VARCHAR(32) NOT NULL DEFAULT 'vector',
  `style_input_type` VARCHAR(32) NOT NULL DEFAULT 'url',
  `raster_source_input_type` VARCHAR(32) NOT NULL DEFAULT 'tile_template',
  `style_json` TEXT,
  `style_url` TEXT,
  `source_id` VARCHAR(255),
  `source_type` VARCHAR(32) NOT NULL DEFAULT 'vector',
  `tilejson_url` TEXT,
  `tile_url_template` TEXT,
  `attribution` TEXT,
  `minzoom` INT,
  `maxzoom` INT,
  `tile_size` INT,
  `scheme` VARCHAR(8),
  `attribution_override` TEXT,
  `glyphs_url_override` TEXT,
  `sprite_url_override` TEXT,
  `shared` TINYINT(1) NOT NULL DEFAULT 0,
  `proxy_tiles` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `version` BIGINT NOT NULL DEFAULT 1,
  `default_style` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_map_styles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_map_style_settings` (
  `user_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `active_style_id` BIGINT DEFAULT 1,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_map_style_settings_active_style_id_fkey` FOREIGN KEY (`active_style_id`) REFERENCES `user_map_styles` (`id`),
  CONSTRAINT `user_map_style_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_avatars` (
  `user_id` BIGINT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `binary_data` LONGBLOB,
  `mime_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `unique_key` (`user_id`, `device_id`),
  CONSTRAINT `device_avatars_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `device_avatars_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qrtz_job_details` (
  `sched_name` VARCHAR(120) NOT NULL,
  `job_name` VARCHAR(200) NOT NULL,
  `job_group` VARCHAR(200) NOT NULL,
  `description` VARCHAR(250),
  `job_class_name` VARCHAR(250) NOT NULL,
  `is_durable` TINYINT(1) NOT NULL,
  `is_nonconcurrent` TINYINT(1) NOT NULL,
  `is_update_data` TINYINT(1) NOT NULL,
  `requests_recovery` TINYINT(1) NOT NULL,
  `job_data` LONGBLOB,
  PRIMARY KEY (`sched_name`, `job_name`, `job_group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qrtz_triggers` (
  `sched_name` VARCHAR(120) NOT NULL,
  `trigger_name` VARCHAR(200) NOT NULL,
  `trigger_group` VARCHAR(200) NOT NULL,
  `job_name` VARCHAR(200) NOT NULL,
  `job_group` VARCHAR(200) NOT NULL,
  `description` VARCHAR(250),
  `next_fire_time` BIGINT,
  `prev_fire_time` BIGINT,
  `priority` INT,
  `trigger_state` VARCHAR(16) NOT NULL,
  `trigger_type` VARCHAR(8) NOT NULL,
  `start_time` BIGINT NOT NULL,
  `end_time` BIGINT,
  `calendar_name` VARCHAR(200),
  `misfire_instr` SMALLINT,
  `job_data` LONGBLOB,
  PRIMARY KEY (`sched_name`, `trigger_name`, `trigger_group`),
  CONSTRAINT `qrtz_triggers_sched_name_job_name_job_group_fkey` FOREIGN KEY (`sched_name`, `job_name`, `job_group`) REFERENCES `qrtz_job_details` (`sched_name`, `job_name`, `job_group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qrtz_locks` (
  `sched_name` VARCHAR(120) NOT NULL,
  `lock_name` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`sched_name`, `lock_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partition_registry` (
  `partition_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`partition_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `h3_area_coverage_stats` (
  `user_id` BIGINT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `osm_id` BIGINT NOT NULL,
  `h3_resolution` INT NOT NULL,
  `visited_cell_count` BIGINT DEFAULT 0,
  `total_cell_count` BIGINT NOT NULL,
  UNIQUE KEY `h3_area_coverage_stats_user_id_device_id_osm_id_h3_resoluti_key` (`user_id`, `device_id`, `osm_id`, `h3_resolution`),
  CONSTRAINT `h3_area_coverage_stats_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `h3_area_coverage_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `h3_cells_stats` (
  `user_id` BIGINT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `h3_index` BIGINT NOT NULL,
  `last_visited_at` DATETIME(6) NOT NULL,
  `first_visited_at` DATETIME(6) NOT NULL,
  `point_count` BIGINT NOT NULL,
  UNIQUE KEY `h3_cells_stats_user_id_device_id_h3_index_key` (`user_id`, `device_id`, `h3_index`),
  CONSTRAINT `h3_cells_stats_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `h3_cells_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `osm_bounds` (
  `osm_id` BIGINT NOT NULL,
  `min_lat` DOUBLE NOT NULL,
  `min_lon` DOUBLE NOT NULL,
  `max_lat` DOUBLE NOT NULL,
  `max_lon` DOUBLE NOT NULL,
  PRIMARY KEY (`osm_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_transport_modes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `trip_id` BIGINT NOT NULL,
  `offset_seconds` BIGINT NOT NULL,
  `duration_in_seconds` BIGINT NOT NULL,
  `transportation_mode` TEXT NOT NULL,
  `distance_meters` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `trip_transport_modes_trip_id_fkey` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_trip_transport_modes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `trip_id` BIGINT NOT NULL,
  `offset_seconds` BIGINT NOT NULL,
  `duration_in_seconds` BIGINT NOT NULL,
  `transportation_mode` TEXT NOT NULL,
  `distance_meters` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `preview_trip_transport_modes_trip_id_fkey` FOREIGN KEY (`trip_id`) REFERENCES `preview_trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

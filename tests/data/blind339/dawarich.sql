-- Dawarich (self-hosted location history: Google Timeline / OwnTracks / Overland / GPX imports, points, visits and
-- places, trips and tracks, stats and digests, family location sharing)
-- Upstream: github.com/Freika/dawarich, commit 60734da428c414fc679b397867254ff865e08b01, db/schema.rb
-- (ActiveRecord::Schema[8.0] version 2026_05_03_111800, PostgreSQL + PostGIS), AGPL-3.0
-- Written as MySQL by a script: every create_table in upstream's order of columns with the implicit bigint `id`
-- primary key; string -> VARCHAR(255) (or its limit), text -> TEXT, integer -> INT, bigint -> BIGINT, float ->
-- DOUBLE, decimal -> DECIMAL(precision,scale), boolean -> TINYINT(1), datetime -> DATETIME(6), jsonb -> JSON, uuid ->
-- CHAR(36), PostGIS geometry / geography -> GEOMETRY, PostgreSQL arrays (`array: true`) -> JSON; defaults as upstream
-- (the `settings` hash as a JSON literal); unique indexes as UNIQUE KEY except the partial ones (`where:`) that MySQL
-- cannot express; every add_foreign_key as a FOREIGN KEY (named fk_rails_<table>_<column>; Rails' own names are
-- hashes), tables ordered so that referenced tables come first. Non-unique indexes and the not-validated check
-- constraint `users_admin_null` are left out. All 29 tables are kept.

CREATE TABLE `action_text_rich_texts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `body` TEXT,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_action_text_rich_texts_uniqueness` (`record_type`, `record_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_active_storage_variant_records_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `iso_a2` VARCHAR(255) NOT NULL,
  `iso_a3` VARCHAR(255) NOT NULL,
  `geom` GEOMETRY,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_migrations` (
  `version` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255),
  `status` INT NOT NULL DEFAULT 0,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file_format` INT DEFAULT 0,
  `start_at` DATETIME(6),
  `end_at` DATETIME(6),
  `file_type` INT NOT NULL DEFAULT 0,
  `processing_started_at` DATETIME(6),
  `error_message` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_features` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_gates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feature_key` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_gates_on_feature_key_and_key_and_value` (`feature_key`, `key`, `value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `source` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `raw_points` INT DEFAULT 0,
  `doubles` INT DEFAULT 0,
  `processed` INT DEFAULT 0,
  `raw_data` JSON,
  `points_count` INT DEFAULT 0,
  `status` INT NOT NULL DEFAULT 0,
  `processing_started_at` DATETIME(6),
  `error_message` TEXT,
  `demo` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `places` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `longitude` DECIMAL(10,6) NOT NULL,
  `latitude` DECIMAL(10,6) NOT NULL,
  `city` VARCHAR(255),
  `country` VARCHAR(255),
  `source` INT DEFAULT 0,
  `geodata` JSON NOT NULL DEFAULT '{}',
  `reverse_geocoded_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `lonlat` GEOMETRY,
  `user_id` BIGINT,
  `note` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL DEFAULT '',
  `theme` VARCHAR(255) NOT NULL DEFAULT 'dark',
  `settings` JSON DEFAULT '{"fog_of_war_meters": "100", "meters_between_routes": "1000", "minutes_between_routes": "60"}',
  `admin` TINYINT(1) DEFAULT 0,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `status` INT DEFAULT 0,
  `active_until` DATETIME(6),
  `points_count` INT NOT NULL DEFAULT 0,
  `utm_source` VARCHAR(255),
  `utm_medium` VARCHAR(255),
  `utm_campaign` VARCHAR(255),
  `utm_term` VARCHAR(255),
  `utm_content` VARCHAR(255),
  `provider` VARCHAR(255),
  `uid` VARCHAR(255),
  `deleted_at` DATETIME(6),
  `plan` INT NOT NULL DEFAULT 1,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `locked_at` DATETIME(6),
  `unlock_token` VARCHAR(255),
  `otp_secret` VARCHAR(255),
  `consumed_timestep` INT,
  `otp_required_for_login` TINYINT(1) NOT NULL DEFAULT 0,
  `otp_backup_codes` JSON,
  `subscription_source` INT NOT NULL DEFAULT 0,
  `signup_variant` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `areas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `longitude` DECIMAL(10,6) NOT NULL,
  `latitude` DECIMAL(10,6) NOT NULL,
  `radius` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_areas_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `digests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `year` INT NOT NULL,
  `period_type` INT NOT NULL DEFAULT 0,
  `distance` BIGINT NOT NULL DEFAULT 0,
  `toponyms` JSON DEFAULT '{}',
  `monthly_distances` JSON DEFAULT '{}',
  `time_spent_by_location` JSON DEFAULT '{}',
  `first_time_visits` JSON DEFAULT '{}',
  `year_over_year` JSON DEFAULT '{}',
  `all_time_stats` JSON DEFAULT '{}',
  `sharing_settings` JSON DEFAULT '{}',
  `sharing_uuid` CHAR(36),
  `sent_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `month` INT,
  `travel_patterns` JSON DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_digests_on_sharing_uuid` (`sharing_uuid`),
  UNIQUE KEY `index_digests_on_user_year_month_period_type` (`user_id`, `year`, `month`, `period_type`),
  CONSTRAINT `fk_rails_digests_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `families` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_families_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `family_id` BIGINT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `invited_by_id` BIGINT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_family_invitations_on_token` (`token`),
  CONSTRAINT `fk_rails_family_invitations_family_id` FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  CONSTRAINT `fk_rails_family_invitations_invited_by_id` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_location_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `requester_id` BIGINT NOT NULL,
  `target_user_id` BIGINT NOT NULL,
  `family_id` BIGINT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `suggested_duration` VARCHAR(255) NOT NULL DEFAULT '24h',
  `expires_at` DATETIME(6) NOT NULL,
  `responded_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_family_location_requests_family_id` FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  CONSTRAINT `fk_rails_family_location_requests_requester_id` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_family_location_requests_target_user_id` FOREIGN KEY (`target_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `family_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_family_memberships_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_family_memberships_family_id` FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  CONSTRAINT `fk_rails_family_memberships_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `kind` INT NOT NULL DEFAULT 0,
  `read_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `points_raw_data_archives` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `year` INT NOT NULL,
  `month` INT NOT NULL,
  `chunk_number` INT NOT NULL DEFAULT 1,
  `point_count` INT NOT NULL,
  `point_ids_checksum` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL DEFAULT '{}',
  `archived_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `verified_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_raw_data_archives_uniqueness` (`user_id`, `year`, `month`, `chunk_number`),
  CONSTRAINT `fk_rails_points_raw_data_archives_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `year` INT NOT NULL,
  `month` INT NOT NULL,
  `distance` INT NOT NULL,
  `toponyms` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `daily_distance` JSON DEFAULT '{}',
  `sharing_settings` JSON DEFAULT '{}',
  `sharing_uuid` CHAR(36),
  `h3_hex_ids` JSON DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_stats_on_sharing_uuid` (`sharing_uuid`),
  UNIQUE KEY `index_stats_on_user_id_year_month` (`user_id`, `year`, `month`),
  CONSTRAINT `fk_rails_stats_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `icon` VARCHAR(255),
  `color` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `privacy_radius_meters` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_user_id_and_name` (`user_id`, `name`),
  CONSTRAINT `fk_rails_tags_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `taggable_type` VARCHAR(255) NOT NULL,
  `taggable_id` BIGINT NOT NULL,
  `tag_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_taggings_on_taggable_and_tag` (`taggable_type`, `taggable_id`, `tag_id`),
  CONSTRAINT `fk_rails_taggings_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_at` DATETIME(6) NOT NULL,
  `end_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `original_path` GEOMETRY NOT NULL,
  `distance` BIGINT,
  `avg_speed` DOUBLE,
  `duration` INT,
  `elevation_gain` INT,
  `elevation_loss` INT,
  `elevation_max` INT,
  `elevation_min` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `dominant_mode` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_tracks_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `track_segments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `track_id` BIGINT NOT NULL,
  `transportation_mode` INT NOT NULL DEFAULT 0,
  `start_index` INT NOT NULL,
  `end_index` INT NOT NULL,
  `distance` INT,
  `duration` INT,
  `avg_speed` DOUBLE,
  `max_speed` DOUBLE,
  `avg_acceleration` DOUBLE,
  `confidence` INT DEFAULT 0,
  `source` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `corrected_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_track_segments_track_id` FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6) NOT NULL,
  `distance` INT,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `path` GEOMETRY,
  `visited_countries` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_trips_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `area_id` BIGINT,
  `user_id` BIGINT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6) NOT NULL,
  `duration` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `place_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_visits_area_id` FOREIGN KEY (`area_id`) REFERENCES `areas` (`id`),
  CONSTRAINT `fk_rails_visits_place_id` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`),
  CONSTRAINT `fk_rails_visits_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `place_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `place_id` BIGINT NOT NULL,
  `visit_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_place_visits_visit_id_place_id` (`visit_id`, `place_id`),
  CONSTRAINT `fk_rails_place_visits_place_id` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`),
  CONSTRAINT `fk_rails_place_visits_visit_id` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `points` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `battery_status` INT,
  `ping` VARCHAR(255),
  `battery` INT,
  `tracker_id` VARCHAR(255),
  `topic` VARCHAR(255),
  `altitude` INT,
  `longitude` DECIMAL(10,6),
  `velocity` VARCHAR(255),
  `trigger` INT,
  `bssid` VARCHAR(255),
  `ssid` VARCHAR(255),
  `connection` INT,
  `vertical_accuracy` INT,
  `accuracy` INT,
  `timestamp` INT,
  `latitude` DECIMAL(10,6),
  `mode` INT,
  `inrids` JSON DEFAULT '[]',
  `in_regions` JSON DEFAULT '[]',
  `raw_data` JSON DEFAULT '{}',
  `import_id` BIGINT,
  `city` VARCHAR(255),
  `country` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `geodata` JSON NOT NULL DEFAULT '{}',
  `visit_id` BIGINT,
  `reverse_geocoded_at` DATETIME(6),
  `course` DECIMAL(8,5),
  `course_accuracy` DECIMAL(8,5),
  `external_track_id` VARCHAR(255),
  `lonlat` GEOMETRY,
  `country_id` BIGINT,
  `track_id` BIGINT,
  `country_name` VARCHAR(255),
  `raw_data_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `raw_data_archive_id` BIGINT,
  `motion_data` JSON NOT NULL DEFAULT '{}',
  `altitude_decimal` DECIMAL(10,2),
  `anomaly` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_points_on_lonlat_timestamp_user_id` (`lonlat`, `timestamp`, `user_id`),
  CONSTRAINT `fk_rails_points_raw_data_archive_id` FOREIGN KEY (`raw_data_archive_id`) REFERENCES `points_raw_data_archives` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rails_points_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_points_visit_id` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

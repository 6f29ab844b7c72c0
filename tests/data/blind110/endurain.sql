-- Endurain (self-hosted fitness tracking), github.com/joaovitoriasilva/endurain (now endurain-project/endurain),
-- commit b0bc916c44a8d4fc8cb485569f427853d7dff581 (AGPL-3.0). Written as MySQL/MariaDB DDL from the SQLAlchemy
-- models backend/app/**/models.py (every __tablename__ of the backend: the whole schema). Column names, order,
-- types, nullability, unique constraints, foreign keys (with ON DELETE) and the server_settings check are
-- upstream's; Python-side defaults and plain indexes are left out.

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `username` varchar(250) NOT NULL,
  `email` varchar(250) NOT NULL,
  `password` varchar(250) NOT NULL,
  `city` varchar(250) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `preferred_language` varchar(5) NOT NULL,
  `gender` int(11) NOT NULL,
  `units` int(11) NOT NULL,
  `height` int(11) DEFAULT NULL,
  `max_heart_rate` int(11) DEFAULT NULL,
  `access_type` int(11) NOT NULL,
  `photo_path` varchar(250) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `first_day_of_week` int(11) NOT NULL,
  `currency` int(11) NOT NULL,
  `mfa_enabled` tinyint(1) NOT NULL,
  `mfa_secret` varchar(512) DEFAULT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `pending_admin_approval` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gear` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `brand` varchar(250) DEFAULT NULL,
  `model` varchar(250) DEFAULT NULL,
  `nickname` varchar(250) NOT NULL,
  `gear_type` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `active` tinyint(1) NOT NULL,
  `initial_kms` decimal(11,2) NOT NULL,
  `purchase_value` decimal(11,2) DEFAULT NULL,
  `strava_gear_id` varchar(45) DEFAULT NULL,
  `garminconnect_gear_id` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gear_strava_gear_id_key` (`strava_gear_id`),
  UNIQUE KEY `gear_garminconnect_gear_id_key` (`garminconnect_gear_id`),
  CONSTRAINT `gear_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(250) DEFAULT NULL,
  `description` varchar(2500) DEFAULT NULL,
  `private_notes` varchar(2500) DEFAULT NULL,
  `distance` int(11) NOT NULL,
  `activity_type` int(11) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `timezone` varchar(250) DEFAULT NULL,
  `total_elapsed_time` decimal(20,10) NOT NULL,
  `total_timer_time` decimal(20,10) NOT NULL,
  `city` varchar(250) DEFAULT NULL,
  `town` varchar(250) DEFAULT NULL,
  `country` varchar(250) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `elevation_gain` int(11) DEFAULT NULL,
  `elevation_loss` int(11) DEFAULT NULL,
  `pace` decimal(20,10) DEFAULT NULL,
  `average_speed` decimal(20,10) DEFAULT NULL,
  `max_speed` decimal(20,10) DEFAULT NULL,
  `average_power` int(11) DEFAULT NULL,
  `max_power` int(11) DEFAULT NULL,
  `normalized_power` int(11) DEFAULT NULL,
  `average_hr` int(11) DEFAULT NULL,
  `max_hr` int(11) DEFAULT NULL,
  `average_cad` int(11) DEFAULT NULL,
  `max_cad` int(11) DEFAULT NULL,
  `workout_feeling` int(11) DEFAULT NULL,
  `workout_rpe` int(11) DEFAULT NULL,
  `calories` int(11) DEFAULT NULL,
  `visibility` int(11) NOT NULL,
  `gear_id` int(11) DEFAULT NULL,
  `strava_gear_id` varchar(45) DEFAULT NULL,
  `strava_activity_id` bigint(20) DEFAULT NULL,
  `garminconnect_activity_id` bigint(20) DEFAULT NULL,
  `garminconnect_gear_id` varchar(45) DEFAULT NULL,
  `import_info` json DEFAULT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `hide_start_time` tinyint(1) NOT NULL,
  `hide_location` tinyint(1) NOT NULL,
  `hide_map` tinyint(1) NOT NULL,
  `hide_hr` tinyint(1) NOT NULL,
  `hide_power` tinyint(1) NOT NULL,
  `hide_cadence` tinyint(1) NOT NULL,
  `hide_elevation` tinyint(1) NOT NULL,
  `hide_speed` tinyint(1) NOT NULL,
  `hide_pace` tinyint(1) NOT NULL,
  `hide_laps` tinyint(1) NOT NULL,
  `hide_workout_sets_steps` tinyint(1) NOT NULL,
  `hide_gear` tinyint(1) NOT NULL,
  `tracker_manufacturer` varchar(250) DEFAULT NULL,
  `tracker_model` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_strava_activity_id_key` (`strava_activity_id`),
  CONSTRAINT `activities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `activities_gear_id_fkey` FOREIGN KEY (`gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_exercise_titles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `exercise_category` int(11) NOT NULL,
  `exercise_name` int(11) NOT NULL,
  `wkt_step_name` varchar(250) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_laps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` int(11) NOT NULL,
  `start_time` datetime NOT NULL,
  `start_position_lat` decimal(20,10) DEFAULT NULL,
  `start_position_long` decimal(20,10) DEFAULT NULL,
  `end_position_lat` decimal(20,10) DEFAULT NULL,
  `end_position_long` decimal(20,10) DEFAULT NULL,
  `total_elapsed_time` decimal(20,10) DEFAULT NULL,
  `total_timer_time` decimal(20,10) DEFAULT NULL,
  `total_distance` decimal(20,10) DEFAULT NULL,
  `total_cycles` int(11) DEFAULT NULL,
  `total_calories` int(11) DEFAULT NULL,
  `avg_heart_rate` int(11) DEFAULT NULL,
  `max_heart_rate` int(11) DEFAULT NULL,
  `avg_cadence` int(11) DEFAULT NULL,
  `max_cadence` int(11) DEFAULT NULL,
  `avg_power` int(11) DEFAULT NULL,
  `max_power` int(11) DEFAULT NULL,
  `total_ascent` int(11) DEFAULT NULL,
  `total_descent` int(11) DEFAULT NULL,
  `intensity` varchar(250) DEFAULT NULL,
  `lap_trigger` varchar(250) DEFAULT NULL,
  `sport` varchar(250) DEFAULT NULL,
  `sub_sport` varchar(250) DEFAULT NULL,
  `normalized_power` int(11) DEFAULT NULL,
  `total_work` int(11) DEFAULT NULL,
  `avg_vertical_oscillation` decimal(20,10) DEFAULT NULL,
  `avg_stance_time` decimal(20,10) DEFAULT NULL,
  `avg_fractional_cadence` decimal(20,10) DEFAULT NULL,
  `max_fractional_cadence` decimal(20,10) DEFAULT NULL,
  `enhanced_avg_pace` decimal(20,10) DEFAULT NULL,
  `enhanced_avg_speed` decimal(20,10) DEFAULT NULL,
  `enhanced_max_pace` decimal(20,10) DEFAULT NULL,
  `enhanced_max_speed` decimal(20,10) DEFAULT NULL,
  `enhanced_min_altitude` decimal(20,10) DEFAULT NULL,
  `enhanced_max_altitude` decimal(20,10) DEFAULT NULL,
  `avg_vertical_ratio` decimal(20,10) DEFAULT NULL,
  `avg_step_length` decimal(20,10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_laps_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_media` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` int(11) NOT NULL,
  `media_path` varchar(250) DEFAULT NULL,
  `media_type` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_media_media_path_key` (`media_path`),
  CONSTRAINT `activity_media_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_sets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` int(11) NOT NULL,
  `duration` decimal(20,10) NOT NULL,
  `repetitions` int(11) DEFAULT NULL,
  `weight` decimal(20,10) DEFAULT NULL,
  `set_type` varchar(250) NOT NULL,
  `start_time` datetime NOT NULL,
  `category` int(11) DEFAULT NULL,
  `category_subtype` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_sets_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_streams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` int(11) NOT NULL,
  `stream_type` int(11) NOT NULL,
  `stream_waypoints` json NOT NULL,
  `strava_activity_stream_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activities_streams_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_workout_steps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` int(11) NOT NULL,
  `message_index` int(11) NOT NULL,
  `duration_type` varchar(250) NOT NULL,
  `duration_value` decimal(20,10) DEFAULT NULL,
  `target_type` varchar(250) DEFAULT NULL,
  `target_value` int(11) DEFAULT NULL,
  `intensity` varchar(250) DEFAULT NULL,
  `notes` varchar(250) DEFAULT NULL,
  `exercise_category` int(11) DEFAULT NULL,
  `exercise_name` int(11) DEFAULT NULL,
  `exercise_weight` decimal(20,10) DEFAULT NULL,
  `weight_display_unit` varchar(250) DEFAULT NULL,
  `secondary_target_value` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_workout_steps_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `provider_type` varchar(50) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `client_id` varchar(512) DEFAULT NULL,
  `client_secret` varchar(512) DEFAULT NULL,
  `issuer_url` varchar(500) DEFAULT NULL,
  `authorization_endpoint` varchar(500) DEFAULT NULL,
  `token_endpoint` varchar(500) DEFAULT NULL,
  `userinfo_endpoint` varchar(500) DEFAULT NULL,
  `jwks_uri` varchar(500) DEFAULT NULL,
  `scopes` varchar(500) DEFAULT NULL,
  `icon` varchar(100) DEFAULT NULL,
  `auto_create_users` tinyint(1) NOT NULL,
  `sync_user_info` tinyint(1) NOT NULL,
  `user_mapping` json DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_providers_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `followers` (
  `follower_id` int(11) NOT NULL,
  `following_id` int(11) NOT NULL,
  `is_accepted` tinyint(1) NOT NULL,
  PRIMARY KEY (`follower_id`, `following_id`),
  CONSTRAINT `followers_follower_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `followers_following_id_fkey` FOREIGN KEY (`following_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gear_components` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `gear_id` int(11) NOT NULL,
  `type` varchar(250) NOT NULL,
  `brand` varchar(250) NOT NULL,
  `model` varchar(250) NOT NULL,
  `purchase_date` datetime NOT NULL,
  `retired_date` datetime DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `expected_kms` int(11) DEFAULT NULL,
  `purchase_value` decimal(11,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gear_components_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gear_components_gear_id_fkey` FOREIGN KEY (`gear_id`) REFERENCES `gear` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_sleep` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `date` date NOT NULL,
  `sleep_start_time_gmt` datetime DEFAULT NULL,
  `sleep_end_time_gmt` datetime DEFAULT NULL,
  `sleep_start_time_local` datetime DEFAULT NULL,
  `sleep_end_time_local` datetime DEFAULT NULL,
  `total_sleep_seconds` int(11) DEFAULT NULL,
  `nap_time_seconds` int(11) DEFAULT NULL,
  `unmeasurable_sleep_seconds` int(11) DEFAULT NULL,
  `deep_sleep_seconds` int(11) DEFAULT NULL,
  `light_sleep_seconds` int(11) DEFAULT NULL,
  `rem_sleep_seconds` int(11) DEFAULT NULL,
  `awake_sleep_seconds` int(11) DEFAULT NULL,
  `avg_heart_rate` int(11) DEFAULT NULL,
  `min_heart_rate` int(11) DEFAULT NULL,
  `max_heart_rate` int(11) DEFAULT NULL,
  `avg_spo2` int(11) DEFAULT NULL,
  `lowest_spo2` int(11) DEFAULT NULL,
  `highest_spo2` int(11) DEFAULT NULL,
  `avg_respiration` int(11) DEFAULT NULL,
  `lowest_respiration` int(11) DEFAULT NULL,
  `highest_respiration` int(11) DEFAULT NULL,
  `avg_stress_level` int(11) DEFAULT NULL,
  `awake_count` int(11) DEFAULT NULL,
  `restless_moments_count` int(11) DEFAULT NULL,
  `sleep_score_overall` int(11) DEFAULT NULL,
  `sleep_score_duration` varchar(50) DEFAULT NULL,
  `sleep_score_quality` varchar(50) DEFAULT NULL,
  `garminconnect_sleep_id` varchar(250) DEFAULT NULL,
  `sleep_stages` json DEFAULT NULL,
  `source` varchar(250) DEFAULT NULL,
  `hrv_status` varchar(50) DEFAULT NULL,
  `resting_heart_rate` int(11) DEFAULT NULL,
  `avg_skin_temp_deviation` decimal(10,2) DEFAULT NULL,
  `awake_count_score` varchar(50) DEFAULT NULL,
  `rem_percentage_score` varchar(50) DEFAULT NULL,
  `deep_percentage_score` varchar(50) DEFAULT NULL,
  `light_percentage_score` varchar(50) DEFAULT NULL,
  `avg_sleep_stress` int(11) DEFAULT NULL,
  `sleep_stress_score` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `health_sleep_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_steps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `date` date NOT NULL,
  `steps` int(11) NOT NULL,
  `source` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `health_steps_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_targets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `weight` decimal(10,2) DEFAULT NULL,
  `steps` int(11) DEFAULT NULL,
  `sleep` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `health_targets_user_id_key` (`user_id`),
  CONSTRAINT `health_targets_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_weight` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `date` date NOT NULL,
  `weight` decimal(10,2) NOT NULL,
  `bmi` decimal(10,2) DEFAULT NULL,
  `body_fat` decimal(10,2) DEFAULT NULL,
  `body_water` decimal(10,2) DEFAULT NULL,
  `bone_mass` decimal(10,2) DEFAULT NULL,
  `muscle_mass` decimal(10,2) DEFAULT NULL,
  `physique_rating` int(11) DEFAULT NULL,
  `visceral_fat` decimal(10,2) DEFAULT NULL,
  `metabolic_age` int(11) DEFAULT NULL,
  `source` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `health_weight_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `description` varchar(2500) NOT NULL,
  `executed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `type` int(11) NOT NULL,
  `options` json DEFAULT NULL,
  `read` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `id` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `token_hash` varchar(128) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `used` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `password_reset_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_settings` (
  `id` int(11) NOT NULL,
  `units` int(11) NOT NULL,
  `public_shareable_links` tinyint(1) NOT NULL,
  `public_shareable_links_user_info` tinyint(1) NOT NULL,
  `login_photo_set` tinyint(1) NOT NULL,
  `currency` int(11) NOT NULL,
  `num_records_per_page` int(11) NOT NULL,
  `signup_enabled` tinyint(1) NOT NULL,
  `signup_require_admin_approval` tinyint(1) NOT NULL,
  `signup_require_email_verification` tinyint(1) NOT NULL,
  `sso_enabled` tinyint(1) NOT NULL,
  `local_login_enabled` tinyint(1) NOT NULL,
  `sso_auto_redirect` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `single_row_check` CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_sessions` (
  `id` varchar(36) NOT NULL,
  `user_id` int(11) NOT NULL,
  `refresh_token` varchar(255) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `device_type` varchar(45) NOT NULL,
  `operating_system` varchar(45) NOT NULL,
  `operating_system_version` varchar(45) NOT NULL,
  `browser` varchar(45) NOT NULL,
  `browser_version` varchar(45) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sign_up_tokens` (
  `id` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `token_hash` varchar(128) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `used` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sign_up_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_default_gear` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `run_gear_id` int(11) DEFAULT NULL,
  `trail_run_gear_id` int(11) DEFAULT NULL,
  `virtual_run_gear_id` int(11) DEFAULT NULL,
  `ride_gear_id` int(11) DEFAULT NULL,
  `gravel_ride_gear_id` int(11) DEFAULT NULL,
  `mtb_ride_gear_id` int(11) DEFAULT NULL,
  `virtual_ride_gear_id` int(11) DEFAULT NULL,
  `ows_gear_id` int(11) DEFAULT NULL,
  `walk_gear_id` int(11) DEFAULT NULL,
  `hike_gear_id` int(11) DEFAULT NULL,
  `tennis_gear_id` int(11) DEFAULT NULL,
  `alpine_ski_gear_id` int(11) DEFAULT NULL,
  `nordic_ski_gear_id` int(11) DEFAULT NULL,
  `snowboard_gear_id` int(11) DEFAULT NULL,
  `windsurf_gear_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_default_gear_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_default_gear_run_gear_id_fkey` FOREIGN KEY (`run_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_trail_run_gear_id_fkey` FOREIGN KEY (`trail_run_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_virtual_run_gear_id_fkey` FOREIGN KEY (`virtual_run_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_ride_gear_id_fkey` FOREIGN KEY (`ride_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_gravel_ride_gear_id_fkey` FOREIGN KEY (`gravel_ride_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_mtb_ride_gear_id_fkey` FOREIGN KEY (`mtb_ride_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_virtual_ride_gear_id_fkey` FOREIGN KEY (`virtual_ride_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_ows_gear_id_fkey` FOREIGN KEY (`ows_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_walk_gear_id_fkey` FOREIGN KEY (`walk_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_hike_gear_id_fkey` FOREIGN KEY (`hike_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_tennis_gear_id_fkey` FOREIGN KEY (`tennis_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_alpine_ski_gear_id_fkey` FOREIGN KEY (`alpine_ski_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_nordic_ski_gear_id_fkey` FOREIGN KEY (`nordic_ski_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_snowboard_gear_id_fkey` FOREIGN KEY (`snowboard_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_default_gear_windsurf_gear_id_fkey` FOREIGN KEY (`windsurf_gear_id`) REFERENCES `gear` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_goals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `interval` varchar(250) NOT NULL,
  `activity_type` int(11) NOT NULL,
  `goal_type` int(11) NOT NULL,
  `goal_calories` int(11) DEFAULT NULL,
  `goal_activities_number` int(11) DEFAULT NULL,
  `goal_distance` int(11) DEFAULT NULL,
  `goal_elevation` int(11) DEFAULT NULL,
  `goal_duration` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_goals_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_identity_providers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `idp_id` int(11) NOT NULL,
  `idp_subject` varchar(500) NOT NULL,
  `linked_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_login` datetime DEFAULT NULL,
  `idp_refresh_token` text DEFAULT NULL,
  `idp_access_token_expires_at` datetime DEFAULT NULL,
  `idp_refresh_token_updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_identity_providers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_identity_providers_idp_id_fkey` FOREIGN KEY (`idp_id`) REFERENCES `identity_providers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_integrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `strava_client_id` varchar(512) DEFAULT NULL,
  `strava_client_secret` varchar(512) DEFAULT NULL,
  `strava_state` varchar(45) DEFAULT NULL,
  `strava_token` varchar(512) DEFAULT NULL,
  `strava_refresh_token` varchar(512) DEFAULT NULL,
  `strava_token_expires_at` datetime DEFAULT NULL,
  `strava_sync_gear` tinyint(1) NOT NULL,
  `garminconnect_oauth1` json DEFAULT NULL,
  `garminconnect_oauth2` json DEFAULT NULL,
  `garminconnect_sync_gear` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_integrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_privacy_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `default_activity_visibility` int(11) NOT NULL,
  `hide_activity_start_time` tinyint(1) NOT NULL,
  `hide_activity_location` tinyint(1) NOT NULL,
  `hide_activity_map` tinyint(1) NOT NULL,
  `hide_activity_hr` tinyint(1) NOT NULL,
  `hide_activity_power` tinyint(1) NOT NULL,
  `hide_activity_cadence` tinyint(1) NOT NULL,
  `hide_activity_elevation` tinyint(1) NOT NULL,
  `hide_activity_speed` tinyint(1) NOT NULL,
  `hide_activity_pace` tinyint(1) NOT NULL,
  `hide_activity_laps` tinyint(1) NOT NULL,
  `hide_activity_workout_sets_steps` tinyint(1) NOT NULL,
  `hide_activity_gear` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_privacy_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

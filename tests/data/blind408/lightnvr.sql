-- LightNVR (opensensor/lightNVR; lightweight network video recorder in C for small Linux boards, go2rtc streaming,
-- ONNX/TFLite object detection), GPL-3.0.
-- Source: github.com/opensensor/lightNVR at commit 2a9d5e318f70dbb9c06151f49939aef93f9a86fd: the 46 migrations the
-- binary runs, as embedded in include/database/db_embedded_migrations.h (last changed in bba3e978; they are
-- db/migrations/0001-0046, plus 0043 "backfill_disk_pressure_eligible" and 0044 "add_stream_publish_url", which the
-- header carries and db/migrations/ no longer does), replayed in order into an empty SQLite 3.40 database the way
-- src/database/sqlite_migrate.c does (an ADD COLUMN of a column that already exists is skipped: 0017's
-- detections.recording_id), plus the migrator's own `schema_migrations` table. The schema read back from that
-- database is written as MySQL: table, column and index names, column order (columns added by later migrations
-- come last), nullability, defaults, primary, unique and foreign keys as replayed. Types: INTEGER -> BIGINT
-- (INTEGER PRIMARY KEY AUTOINCREMENT -> BIGINT AUTO_INCREMENT), REAL -> DOUBLE, TEXT -> TEXT, except TEXT columns
-- that are keys, indexed or referenced (stream names, usernames, tokens, file paths, labels, tags, keys) ->
-- VARCHAR(255); TIMESTAMP kept; the default (strftime('%s', 'now')) -> (UNIX_TIMESTAMP()), the same Unix time.
-- Unnamed UNIQUE column constraints are written as UNIQUE KEY; the DESC of idx_sessions_user_last_activity kept.

CREATE TABLE `streams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `enabled` BIGINT DEFAULT 1,
  `streaming_enabled` BIGINT DEFAULT 1,
  `width` BIGINT DEFAULT 1280,
  `height` BIGINT DEFAULT 720,
  `fps` BIGINT DEFAULT 30,
  `codec` TEXT DEFAULT 'h264',
  `priority` BIGINT DEFAULT 5,
  `record` BIGINT DEFAULT 1,
  `segment_duration` BIGINT DEFAULT 900,
  `detection_based_recording` BIGINT DEFAULT 0,
  `detection_model` TEXT DEFAULT '',
  `detection_threshold` DOUBLE DEFAULT 0.5,
  `detection_interval` BIGINT DEFAULT 10,
  `pre_detection_buffer` BIGINT DEFAULT 0,
  `post_detection_buffer` BIGINT DEFAULT 3,
  `protocol` BIGINT DEFAULT 0,
  `is_onvif` BIGINT DEFAULT 0,
  `record_audio` BIGINT DEFAULT 1,
  `detection_api_url` TEXT DEFAULT '',
  `backchannel_enabled` BIGINT DEFAULT 0,
  `retention_days` BIGINT DEFAULT 30,
  `detection_retention_days` BIGINT DEFAULT 90,
  `max_storage_mb` BIGINT DEFAULT 0,
  `ptz_enabled` BIGINT DEFAULT 0,
  `ptz_max_x` BIGINT DEFAULT 0,
  `ptz_max_y` BIGINT DEFAULT 0,
  `ptz_max_z` BIGINT DEFAULT 0,
  `ptz_has_home` BIGINT DEFAULT 0,
  `buffer_strategy` TEXT DEFAULT 'auto',
  `onvif_username` TEXT DEFAULT '',
  `onvif_password` TEXT DEFAULT '',
  `onvif_profile` TEXT DEFAULT '',
  `detection_object_filter` TEXT DEFAULT 'none',
  `detection_object_filter_list` TEXT DEFAULT '',
  `tier_critical_multiplier` DOUBLE DEFAULT 3.0,
  `tier_important_multiplier` DOUBLE DEFAULT 2.0,
  `tier_ephemeral_multiplier` DOUBLE DEFAULT 0.25,
  `storage_priority` BIGINT DEFAULT 5,
  `record_on_schedule` BIGINT NOT NULL DEFAULT 0,
  `recording_schedule` TEXT DEFAULT NULL,
  `tags` TEXT NOT NULL DEFAULT '',
  `onvif_port` BIGINT DEFAULT 0,
  `admin_url` TEXT DEFAULT '',
  `privacy_mode` BIGINT DEFAULT 0,
  `motion_trigger_source` TEXT DEFAULT '',
  `go2rtc_source_override` TEXT DEFAULT '',
  `sub_stream_url` TEXT DEFAULT '',
  `audio_voice_enhancement` BIGINT DEFAULT 0,
  `detection_url` TEXT DEFAULT '',
  `publish_url` TEXT DEFAULT '',
  `detection_record_on_schedule` BIGINT NOT NULL DEFAULT 0,
  `detection_recording_schedule` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  KEY `idx_streams_name` (`name`)
);

CREATE TABLE `recordings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream_name` VARCHAR(255) NOT NULL,
  `file_path` TEXT NOT NULL,
  `start_time` BIGINT NOT NULL,
  `end_time` BIGINT,
  `size_bytes` BIGINT DEFAULT 0,
  `width` BIGINT,
  `height` BIGINT,
  `fps` BIGINT,
  `codec` TEXT,
  `is_complete` BIGINT DEFAULT 0,
  `created_at` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `trigger_type` VARCHAR(255) DEFAULT 'scheduled',
  `protected` BIGINT DEFAULT 0,
  `retention_override_days` BIGINT DEFAULT NULL,
  `retention_tier` BIGINT DEFAULT 2,
  `disk_pressure_eligible` BIGINT DEFAULT 1,
  `schedule_restricted` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_recordings_stream_name` (`stream_name`),
  KEY `idx_recordings_start_time` (`start_time`),
  KEY `idx_recordings_protected` (`protected`),
  KEY `idx_recordings_trigger_type` (`trigger_type`),
  KEY `idx_recordings_retention_tier` (`retention_tier`),
  KEY `idx_recordings_disk_pressure` (`disk_pressure_eligible`),
  KEY `idx_recordings_end_time` (`end_time`),
  KEY `idx_recordings_complete_stream_start` (`is_complete`, `stream_name`, `start_time`)
);

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `stream_name` VARCHAR(255),
  `description` TEXT NOT NULL,
  `details` TEXT,
  PRIMARY KEY (`id`),
  KEY `idx_events_timestamp` (`timestamp`),
  KEY `idx_events_type` (`type`),
  KEY `idx_events_stream` (`stream_name`)
);

CREATE TABLE `detections` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream_name` VARCHAR(255) NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `confidence` DOUBLE NOT NULL,
  `x` DOUBLE,
  `y` DOUBLE,
  `width` DOUBLE,
  `height` DOUBLE,
  `recording_id` BIGINT,
  `created_at` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `track_id` BIGINT DEFAULT -1,
  `zone_id` TEXT DEFAULT '',
  `source` VARCHAR(255) NOT NULL DEFAULT '',
  `event_end_time` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_detections_stream` (`stream_name`),
  KEY `idx_detections_timestamp` (`timestamp`),
  KEY `idx_detections_label` (`label`),
  KEY `idx_detections_recording_id` (`recording_id`),
  KEY `idx_detections_stream_timestamp` (`stream_name`, `timestamp`),
  KEY `idx_detections_external_interval` (`stream_name`, `source`, `timestamp`, `event_end_time`),
  FOREIGN KEY (`recording_id`) REFERENCES `recordings` (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `password_hash` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `role` TEXT NOT NULL,
  `email` TEXT,
  `created_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  `updated_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  `last_login` BIGINT,
  `is_active` BIGINT DEFAULT 1,
  `api_key` VARCHAR(255),
  `password_change_locked` BIGINT DEFAULT 0,
  `totp_secret` TEXT,
  `totp_enabled` BIGINT DEFAULT 0,
  `allowed_tags` TEXT DEFAULT NULL,
  `allowed_login_cidrs` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`),
  UNIQUE KEY `idx_users_username` (`username`),
  KEY `idx_users_api_key` (`api_key`)
);

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  `expires_at` BIGINT NOT NULL,
  `ip_address` TEXT,
  `user_agent` TEXT,
  `last_activity_at` BIGINT,
  `idle_expires_at` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  KEY `idx_sessions_token` (`token`),
  KEY `idx_sessions_user_id` (`user_id`),
  KEY `idx_sessions_user_last_activity` (`user_id`, `last_activity_at` DESC),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `motion_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream_name` VARCHAR(255) NOT NULL,
  `enabled` BIGINT DEFAULT 0,
  `sensitivity` DOUBLE DEFAULT 0.5,
  `threshold` DOUBLE DEFAULT 0.01,
  `cooldown_seconds` BIGINT DEFAULT 5,
  `min_motion_frames` BIGINT DEFAULT 3,
  `created_at` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `updated_at` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`stream_name`)
);

CREATE TABLE `detection_zones` (
  `id` VARCHAR(255) NOT NULL,
  `stream_name` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `enabled` BIGINT DEFAULT 1,
  `color` TEXT DEFAULT '#3b82f6',
  `polygon` TEXT NOT NULL,
  `filter_classes` TEXT DEFAULT '',
  `min_confidence` DOUBLE DEFAULT 0.0,
  `created_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  `updated_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  PRIMARY KEY (`id`),
  KEY `idx_zones_stream` (`stream_name`),
  KEY `idx_detection_zones_stream` (`stream_name`),
  FOREIGN KEY (`stream_name`) REFERENCES `streams` (`name`) ON DELETE CASCADE
);

CREATE TABLE `motion_recording_config` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream_name` VARCHAR(255) NOT NULL,
  `enabled` BIGINT DEFAULT 1,
  `pre_buffer_seconds` BIGINT DEFAULT 5,
  `post_buffer_seconds` BIGINT DEFAULT 5,
  `max_file_duration` BIGINT DEFAULT 300,
  `codec` TEXT DEFAULT 'h264',
  `quality` TEXT DEFAULT 'medium',
  `retention_days` BIGINT DEFAULT 7,
  `max_storage_mb` BIGINT DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`stream_name`),
  KEY `idx_motion_config_stream` (`stream_name`),
  FOREIGN KEY (`stream_name`) REFERENCES `streams` (`name`) ON DELETE CASCADE
);

CREATE TABLE `motion_recordings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream_name` VARCHAR(255) NOT NULL,
  `file_path` VARCHAR(255) NOT NULL,
  `start_time` BIGINT NOT NULL,
  `end_time` BIGINT,
  `size_bytes` BIGINT DEFAULT 0,
  `width` BIGINT,
  `height` BIGINT,
  `fps` BIGINT,
  `codec` TEXT,
  `is_complete` BIGINT DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`file_path`),
  KEY `idx_motion_recordings_stream` (`stream_name`),
  KEY `idx_motion_recordings_time` (`start_time`),
  KEY `idx_motion_recordings_complete` (`is_complete`),
  FOREIGN KEY (`stream_name`) REFERENCES `streams` (`name`) ON DELETE CASCADE
);

CREATE TABLE `storage_daily_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` VARCHAR(255) NOT NULL,
  `stream_name` VARCHAR(255) NOT NULL,
  `tier` BIGINT NOT NULL DEFAULT 2,
  `recording_count` BIGINT NOT NULL DEFAULT 0,
  `total_bytes` BIGINT NOT NULL DEFAULT 0,
  `deleted_count` BIGINT NOT NULL DEFAULT 0,
  `deleted_bytes` BIGINT NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_storage_daily_stats_stream_date` (`stream_name`, `date`),
  KEY `idx_storage_daily_stats_date_tier` (`date`, `tier`)
);

CREATE TABLE `system_settings` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL DEFAULT '',
  `updated_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  PRIMARY KEY (`key`)
);

CREATE TABLE `recording_tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `recording_id` BIGINT NOT NULL,
  `tag` VARCHAR(255) NOT NULL,
  `created_at` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_recording_tags_unique` (`recording_id`, `tag`),
  KEY `idx_recording_tags_tag` (`tag`),
  KEY `idx_recording_tags_recording` (`recording_id`),
  FOREIGN KEY (`recording_id`) REFERENCES `recordings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `trusted_devices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `ip_address` TEXT,
  `user_agent` TEXT,
  `created_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  `last_used_at` BIGINT,
  `expires_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  KEY `idx_trusted_devices_user_id` (`user_id`),
  KEY `idx_trusted_devices_token` (`token`),
  KEY `idx_trusted_devices_expires_at` (`expires_at`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  `applied_at` BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
  PRIMARY KEY (`version`)
);

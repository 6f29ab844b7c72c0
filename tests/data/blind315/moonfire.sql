-- Moonfire NVR (security camera network video recorder; records IP cameras and, through its "signals",
-- security-system arm and zone status and camera motion), GPL-3.0-or-later with linking exception.
-- Source: github.com/scottlamb/moonfire-nvr at commit ffc8bd6b981b1a79f5821ad4e5fca1abd9552dd7 (2026-02-19), server/db/schema.sql
-- (the SQLite schema every new database is created from, schema version 7). Written as MySQL:
--   tables and columns as upstream, in upstream's order, except that `video_sample_entry` is created before
--   `recording` and `signal_type` before `signal` (the tables referencing them) so that the file loads with foreign keys checked;
--   SQLite `integer` -> BIGINT (the `id integer primary key` rowid aliases -> BIGINT AUTO_INCREMENT),
--   `text` -> TEXT, `blob` -> BLOB; blob keys and unique blobs that upstream checks to a fixed length
--   (16-byte uuids, the 32-byte session id hash) -> BINARY(n); untyped columns -> VARCHAR(255) (`username`),
--   BINARY(16) (`boot_uuid`), BIGINT (`use_count`); `stream.type` (one of main/sub/ext) -> VARCHAR(16) for its
--   unique key; inline `references` written as FOREIGN KEY constraints; the two indexes kept;
--   CHECK constraints and `without rowid` left out.

CREATE TABLE `meta` (
  `uuid` BINARY(16) NOT NULL,
  `config` TEXT
);

CREATE TABLE `version` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `unix_time` BIGINT NOT NULL,
  `notes` TEXT
);

CREATE TABLE `open` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` BINARY(16) NOT NULL UNIQUE,
  `start_time_90k` BIGINT,
  `end_time_90k` BIGINT,
  `duration_90k` BIGINT,
  `boot_uuid` BINARY(16)
);

CREATE TABLE `sample_file_dir` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` BINARY(16) NOT NULL UNIQUE,
  `config` TEXT,
  `last_complete_open_id` BIGINT,
  FOREIGN KEY (`last_complete_open_id`) REFERENCES `open` (`id`)
);

CREATE TABLE `camera` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` BINARY(16) NOT NULL UNIQUE,
  `short_name` TEXT NOT NULL,
  `config` TEXT NOT NULL
);

CREATE TABLE `stream` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `camera_id` BIGINT NOT NULL,
  `sample_file_dir_id` BIGINT,
  `type` VARCHAR(16) NOT NULL,
  `config` TEXT NOT NULL,
  `cum_recordings` BIGINT NOT NULL,
  `cum_media_duration_90k` BIGINT NOT NULL,
  `cum_runs` BIGINT NOT NULL,
  UNIQUE KEY `stream_camera_type` (`camera_id`, `type`),
  FOREIGN KEY (`camera_id`) REFERENCES `camera` (`id`),
  FOREIGN KEY (`sample_file_dir_id`) REFERENCES `sample_file_dir` (`id`)
);

CREATE TABLE `video_sample_entry` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `width` BIGINT NOT NULL,
  `height` BIGINT NOT NULL,
  `rfc6381_codec` TEXT NOT NULL,
  `data` BLOB NOT NULL,
  `pasp_h_spacing` BIGINT NOT NULL DEFAULT 1,
  `pasp_v_spacing` BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE `recording` (
  `composite_id` BIGINT NOT NULL PRIMARY KEY,
  `open_id` BIGINT NOT NULL,
  `stream_id` BIGINT NOT NULL,
  `run_offset` BIGINT NOT NULL,
  `flags` BIGINT NOT NULL,
  `sample_file_bytes` BIGINT NOT NULL,
  `start_time_90k` BIGINT NOT NULL,
  `prev_media_duration_90k` BIGINT NOT NULL,
  `prev_runs` BIGINT NOT NULL,
  `wall_duration_90k` BIGINT NOT NULL,
  `media_duration_delta_90k` BIGINT NOT NULL,
  `video_samples` BIGINT NOT NULL,
  `video_sync_samples` BIGINT NOT NULL,
  `video_sample_entry_id` BIGINT,
  `end_reason` TEXT,
  KEY `recording_cover` (`stream_id`, `start_time_90k`, `open_id`, `wall_duration_90k`, `media_duration_delta_90k`, `video_samples`, `video_sync_samples`, `video_sample_entry_id`, `sample_file_bytes`, `run_offset`, `flags`),
  FOREIGN KEY (`open_id`) REFERENCES `open` (`id`),
  FOREIGN KEY (`stream_id`) REFERENCES `stream` (`id`),
  FOREIGN KEY (`video_sample_entry_id`) REFERENCES `video_sample_entry` (`id`)
);

CREATE TABLE `recording_integrity` (
  `composite_id` BIGINT NOT NULL PRIMARY KEY,
  `local_time_delta_90k` BIGINT,
  `local_time_since_open_90k` BIGINT,
  `wall_time_delta_90k` BIGINT,
  `sample_file_blake3` VARBINARY(32),
  FOREIGN KEY (`composite_id`) REFERENCES `recording` (`composite_id`)
);

CREATE TABLE `recording_playback` (
  `composite_id` BIGINT NOT NULL PRIMARY KEY,
  `video_index` BLOB NOT NULL,
  FOREIGN KEY (`composite_id`) REFERENCES `recording` (`composite_id`)
);

CREATE TABLE `garbage` (
  `sample_file_dir_id` BIGINT NOT NULL,
  `composite_id` BIGINT NOT NULL,
  PRIMARY KEY (`sample_file_dir_id`, `composite_id`),
  FOREIGN KEY (`sample_file_dir_id`) REFERENCES `sample_file_dir` (`id`)
);

CREATE TABLE `user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `username` VARCHAR(255) NOT NULL UNIQUE,
  `config` TEXT,
  `password_hash` TEXT,
  `password_id` BIGINT NOT NULL DEFAULT 0,
  `password_failure_count` BIGINT NOT NULL DEFAULT 0,
  `permissions` BLOB NOT NULL DEFAULT ''
);

CREATE TABLE `user_session` (
  `session_id_hash` BINARY(32) NOT NULL PRIMARY KEY,
  `user_id` BIGINT NOT NULL,
  `seed` BLOB NOT NULL,
  `flags` BIGINT NOT NULL,
  `domain` TEXT,
  `description` TEXT,
  `creation_password_id` BIGINT,
  `creation_time_sec` BIGINT NOT NULL,
  `creation_user_agent` TEXT,
  `creation_peer_addr` BLOB,
  `revocation_time_sec` BIGINT,
  `revocation_user_agent` TEXT,
  `revocation_peer_addr` BLOB,
  `revocation_reason` BIGINT,
  `revocation_reason_detail` TEXT,
  `last_use_time_sec` BIGINT,
  `last_use_user_agent` TEXT,
  `last_use_peer_addr` BLOB,
  `use_count` BIGINT NOT NULL DEFAULT 0,
  `permissions` BLOB NOT NULL DEFAULT '',
  KEY `user_session_uid` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `signal_type` (
  `uuid` BINARY(16) NOT NULL PRIMARY KEY,
  `config` TEXT
);

CREATE TABLE `signal` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` BINARY(16) NOT NULL UNIQUE,
  `type_uuid` BINARY(16) NOT NULL,
  `config` TEXT,
  FOREIGN KEY (`type_uuid`) REFERENCES `signal_type` (`uuid`)
);

CREATE TABLE `signal_change` (
  `time_90k` BIGINT NOT NULL PRIMARY KEY,
  `changes` BLOB NOT NULL
);

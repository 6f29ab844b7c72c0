-- ExNVR (Evercam; Elixir / Membrane network video recorder for IP cameras, run on Evercam's edge devices), Apache-2.0.
-- Source: github.com/evercam/ex_nvr at commit f1c4f05b5d63a46eeb5858ed321d9cb6386775c4, the 19 Ecto migrations of
-- ui/priv/repo/migrations/ (last changed in 8c40e71c), replayed by hand in timestamp order to their end state; ExNVR
-- runs them on SQLite through ecto_sqlite3. Written as MySQL:
--   all 12 tables of the migrations plus Ecto's own `schema_migrations`; table, column and index names as Ecto
--   derives them; columns in the order they were created or added (timestamps() where the migration calls it;
--   `events.device_id` last, because 20250418160648 removes it and adds it again as nullable);
--   Ecto types: :binary_id -> CHAR(36) (ecto_sqlite3 stores UUIDs as 36-character text), :string -> VARCHAR(255)
--   (VARCHAR(50) where size: 50), :map -> JSON, :utc_datetime_usec -> DATETIME(6), :naive_datetime (plain
--   timestamps(), confirmed_at) -> DATETIME, :boolean -> TINYINT(1), :binary size 32 -> VARBINARY(32), the default
--   :id primary key -> BIGINT AUTO_INCREMENT; references(...) as FOREIGN KEY constraints named <table>_<column>_fkey,
--   BIGINT, except the references to `devices`, written CHAR(36): the migrations leave them at the default integer
--   type, which SQLite does not enforce, while the schemas declare @foreign_key_type :binary_id and store the
--   device's UUID there (MySQL needs the types to match); map defaults %{} -> DEFAULT ('{}');
--   collate: :nocase (users.email, users.username, remote_storages.name) left to MariaDB's case-insensitive default
--   collation; `runs` is created before `recordings` (whose `run_id` references it; upstream adds that column later).

CREATE TABLE `devices` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `config` JSON,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `timezone` VARCHAR(255) DEFAULT 'UTC',
  `state` VARCHAR(255) DEFAULT 'recording',
  `credentials` JSON,
  `settings` JSON DEFAULT ('{}'),
  `vendor` VARCHAR(255),
  `mac` VARCHAR(255),
  `url` VARCHAR(255),
  `model` VARCHAR(255),
  `snapshot_config` JSON,
  `storage_config` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6) NOT NULL,
  `active` TINYINT(1) DEFAULT 0,
  `device_id` CHAR(36) NOT NULL,
  `stream` VARCHAR(255) DEFAULT 'high',
  `disk_serial` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `runs_start_date_index` (`start_date`),
  KEY `runs_end_date_index` (`end_date`),
  KEY `runs_device_id_stream_index` (`device_id`, `stream`),
  CONSTRAINT `runs_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
);

CREATE TABLE `recordings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `device_id` CHAR(36) NOT NULL,
  `stream` VARCHAR(255) DEFAULT 'high',
  `run_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `recordings_device_id_stream_index` (`device_id`, `stream`),
  KEY `recordings_start_date_index` (`start_date`),
  KEY `recordings_run_id_index` (`run_id`),
  CONSTRAINT `recordings_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `recordings_run_id_fkey` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`)
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `hashed_password` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255),
  `confirmed_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `username` VARCHAR(255),
  `language` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`),
  UNIQUE KEY `users_username_index` (`username`)
);

CREATE TABLE `users_tokens` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `token` VARBINARY(32) NOT NULL,
  `context` VARCHAR(255) NOT NULL,
  `sent_to` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `users_tokens_user_id_index` (`user_id`),
  UNIQUE KEY `users_tokens_context_token_index` (`context`, `token`),
  CONSTRAINT `users_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `remote_storages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255),
  `config` JSON,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remote_storages_name_index` (`name`)
);

CREATE TABLE `lpr_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `capture_time` DATETIME(6) NOT NULL,
  `plate_number` VARCHAR(255) NOT NULL,
  `direction` VARCHAR(255),
  `list_type` VARCHAR(255),
  `metadata` JSON,
  `device_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lpr_events_device_id_capture_time_index` (`device_id`, `capture_time`),
  CONSTRAINT `lpr_events_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
);

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `inserted_at` DATETIME(6) NOT NULL,
  `device_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `events_type_index` (`type`),
  KEY `events_time_index` (`time`),
  KEY `events_device_id_index` (`device_id`),
  CONSTRAINT `events_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
);

CREATE TABLE `trigger_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trigger_configs_name_index` (`name`)
);

CREATE TABLE `trigger_source_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `trigger_config_id` BIGINT NOT NULL,
  `source_type` VARCHAR(255) NOT NULL,
  `config` JSON NOT NULL DEFAULT ('{}'),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `trigger_source_configs_trigger_config_id_index` (`trigger_config_id`),
  CONSTRAINT `trigger_source_configs_trigger_config_id_fkey` FOREIGN KEY (`trigger_config_id`) REFERENCES `trigger_configs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `trigger_target_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `trigger_config_id` BIGINT NOT NULL,
  `target_type` VARCHAR(255) NOT NULL,
  `config` JSON NOT NULL DEFAULT ('{}'),
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `trigger_target_configs_trigger_config_id_index` (`trigger_config_id`),
  CONSTRAINT `trigger_target_configs_trigger_config_id_fkey` FOREIGN KEY (`trigger_config_id`) REFERENCES `trigger_configs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `devices_trigger_configs` (
  `device_id` CHAR(36) NOT NULL,
  `trigger_config_id` BIGINT NOT NULL,
  UNIQUE KEY `devices_trigger_configs_device_id_trigger_config_id_index` (`device_id`, `trigger_config_id`),
  CONSTRAINT `devices_trigger_configs_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `devices_trigger_configs_trigger_config_id_fkey` FOREIGN KEY (`trigger_config_id`) REFERENCES `trigger_configs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `schema_migrations` (
  `version` BIGINT NOT NULL,
  `inserted_at` DATETIME,
  PRIMARY KEY (`version`)
);

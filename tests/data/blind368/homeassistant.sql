-- Home Assistant Core, recorder database (homeassistant/components/recorder/db_schema.py, SCHEMA_VERSION 43),
-- github.com/home-assistant/core commit 06ec8a9dd93e4dd64e43a01095c341cfa9e14c84 (Apache-2.0).
-- The SQLAlchemy models written as the MySQL / MariaDB dialect creates them (Base.metadata.create_all on a new
-- database), columns in declaration order: Integer + Identity() primary keys -> INTEGER AUTO_INCREMENT;
-- UNUSED_LEGACY_COLUMN and UNUSED_LEGACY_DATETIME_COLUMN -> CHAR(0) (upstream's own @compiles for mysql/mariadb);
-- UNUSED_LEGACY_INTEGER_COLUMN -> SMALLINT; TIMESTAMP_TYPE / DOUBLE_TYPE -> DOUBLE; DATETIME_TYPE -> DATETIME(6);
-- CONTEXT_BINARY_TYPE (LargeBinary(16)) -> BLOB(16), its indexes with prefix length 16; UINT_32_TYPE -> INTEGER
-- UNSIGNED; Text().with_variant(LONGTEXT) -> LONGTEXT; Boolean -> BOOL. index=True / unique=True columns get the
-- ix_<table>_<column> indexes SQLAlchemy names them. Tables are ordered so that a referenced table comes first
-- (upstream's ALL_TABLES order otherwise). All 13 tables are kept.

CREATE TABLE `state_attributes` (
  `attributes_id` INTEGER NOT NULL AUTO_INCREMENT,
  `hash` INTEGER UNSIGNED,
  `shared_attrs` LONGTEXT,
  PRIMARY KEY (`attributes_id`),
  KEY `ix_state_attributes_hash` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `states_meta` (
  `metadata_id` INTEGER NOT NULL AUTO_INCREMENT,
  `entity_id` VARCHAR(255),
  PRIMARY KEY (`metadata_id`),
  UNIQUE KEY `ix_states_meta_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `states` (
  `state_id` INTEGER NOT NULL AUTO_INCREMENT,
  `entity_id` CHAR(0),
  `state` VARCHAR(255),
  `attributes` CHAR(0),
  `event_id` SMALLINT,
  `last_changed` CHAR(0),
  `last_changed_ts` DOUBLE,
  `last_reported_ts` DOUBLE,
  `last_updated` CHAR(0),
  `last_updated_ts` DOUBLE,
  `old_state_id` INTEGER,
  `attributes_id` INTEGER,
  `context_id` CHAR(0),
  `context_user_id` CHAR(0),
  `context_parent_id` CHAR(0),
  `origin_idx` SMALLINT,
  `context_id_bin` BLOB(16),
  `context_user_id_bin` BLOB(16),
  `context_parent_id_bin` BLOB(16),
  `metadata_id` INTEGER,
  PRIMARY KEY (`state_id`),
  KEY `ix_states_metadata_id_last_updated_ts` (`metadata_id`, `last_updated_ts`),
  KEY `ix_states_context_id_bin` (`context_id_bin`(16)),
  KEY `ix_states_last_updated_ts` (`last_updated_ts`),
  KEY `ix_states_old_state_id` (`old_state_id`),
  KEY `ix_states_attributes_id` (`attributes_id`),
  FOREIGN KEY (`old_state_id`) REFERENCES `states` (`state_id`),
  FOREIGN KEY (`attributes_id`) REFERENCES `state_attributes` (`attributes_id`),
  FOREIGN KEY (`metadata_id`) REFERENCES `states_meta` (`metadata_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_data` (
  `data_id` INTEGER NOT NULL AUTO_INCREMENT,
  `hash` INTEGER UNSIGNED,
  `shared_data` LONGTEXT,
  PRIMARY KEY (`data_id`),
  KEY `ix_event_data_hash` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_types` (
  `event_type_id` INTEGER NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(64),
  PRIMARY KEY (`event_type_id`),
  UNIQUE KEY `ix_event_types_event_type` (`event_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `events` (
  `event_id` INTEGER NOT NULL AUTO_INCREMENT,
  `event_type` CHAR(0),
  `event_data` CHAR(0),
  `origin` CHAR(0),
  `origin_idx` SMALLINT,
  `time_fired` CHAR(0),
  `time_fired_ts` DOUBLE,
  `context_id` CHAR(0),
  `context_user_id` CHAR(0),
  `context_parent_id` CHAR(0),
  `data_id` INTEGER,
  `context_id_bin` BLOB(16),
  `context_user_id_bin` BLOB(16),
  `context_parent_id_bin` BLOB(16),
  `event_type_id` INTEGER,
  PRIMARY KEY (`event_id`),
  KEY `ix_events_event_type_id_time_fired_ts` (`event_type_id`, `time_fired_ts`),
  KEY `ix_events_context_id_bin` (`context_id_bin`(16)),
  KEY `ix_events_time_fired_ts` (`time_fired_ts`),
  KEY `ix_events_data_id` (`data_id`),
  FOREIGN KEY (`data_id`) REFERENCES `event_data` (`data_id`),
  FOREIGN KEY (`event_type_id`) REFERENCES `event_types` (`event_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recorder_runs` (
  `run_id` INTEGER NOT NULL AUTO_INCREMENT,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6),
  `closed_incorrect` BOOL NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`run_id`),
  KEY `ix_recorder_runs_start_end` (`start`, `end`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schema_changes` (
  `change_id` INTEGER NOT NULL AUTO_INCREMENT,
  `schema_version` INTEGER,
  `changed` DATETIME(6) NOT NULL,
  PRIMARY KEY (`change_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `migration_changes` (
  `migration_id` VARCHAR(255) NOT NULL,
  `version` SMALLINT NOT NULL,
  PRIMARY KEY (`migration_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statistics_meta` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `statistic_id` VARCHAR(255),
  `source` VARCHAR(32),
  `unit_of_measurement` VARCHAR(255),
  `has_mean` BOOL,
  `has_sum` BOOL,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_statistics_meta_statistic_id` (`statistic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statistics` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created` CHAR(0),
  `created_ts` DOUBLE,
  `metadata_id` INTEGER,
  `start` CHAR(0),
  `start_ts` DOUBLE,
  `mean` DOUBLE,
  `min` DOUBLE,
  `max` DOUBLE,
  `last_reset` CHAR(0),
  `last_reset_ts` DOUBLE,
  `state` DOUBLE,
  `sum` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_statistics_statistic_id_start_ts` (`metadata_id`, `start_ts`),
  KEY `ix_statistics_start_ts` (`start_ts`),
  FOREIGN KEY (`metadata_id`) REFERENCES `statistics_meta` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statistics_runs` (
  `run_id` INTEGER NOT NULL AUTO_INCREMENT,
  `start` DATETIME(6) NOT NULL,
  PRIMARY KEY (`run_id`),
  KEY `ix_statistics_runs_start` (`start`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statistics_short_term` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created` CHAR(0),
  `created_ts` DOUBLE,
  `metadata_id` INTEGER,
  `start` CHAR(0),
  `start_ts` DOUBLE,
  `mean` DOUBLE,
  `min` DOUBLE,
  `max` DOUBLE,
  `last_reset` CHAR(0),
  `last_reset_ts` DOUBLE,
  `state` DOUBLE,
  `sum` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_statistics_short_term_statistic_id_start_ts` (`metadata_id`, `start_ts`),
  KEY `ix_statistics_short_term_start_ts` (`start_ts`),
  FOREIGN KEY (`metadata_id`) REFERENCES `statistics_meta` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

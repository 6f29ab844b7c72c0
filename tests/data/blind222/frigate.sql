-- Frigate NVR (blakeblackshear/frigate, network video recorder with real-time object detection, face and licence-plate
-- recognition), commit e3fa70189324e5eb3b1dba756c153f6696f457de (MIT); migrations and frigate/models.py last changed
-- in 2babfd2e.
-- DDL made by replaying upstream's 35 peewee_migrate migrations (migrations/001 ... 035, peewee 3.17 and
-- peewee_migrate 1.14 as pinned in docker/main/requirements-wheels.txt, models bound as in frigate/app.py) into an
-- empty SQLite database (Frigate's only backend) and writing the resulting schema as MySQL: table, column and index
-- names, column order, nullability, defaults, keys and the foreign key are the replayed database's. Types: INTEGER
-- (also peewee's BooleanField) -> INT, REAL -> DOUBLE, DATETIME -> DATETIME, JSON -> JSON, BLOB -> BLOB, TEXT kept,
-- VARCHAR(n) kept and the unsized `trigger.name` VARCHAR -> VARCHAR(255) (peewee's CharField default); AUTOINCREMENT
-- -> AUTO_INCREMENT. `trigger` is quoted (a MySQL keyword).
-- Also: the two sqlite-vec virtual tables that frigate/db/sqlitevecq.py creates when semantic search is enabled
-- (`CREATE VIRTUAL TABLE ... USING vec0(id TEXT PRIMARY KEY, ..._embedding FLOAT[768])`), written as ordinary tables
-- with the embedding as a BLOB and the TEXT key (an event id) as VARCHAR(30). Left out: SQLite's sqlite_sequence.

CREATE TABLE `migratehistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `migrated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `recordings` (
  `id` VARCHAR(30) NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  `duration` DOUBLE NOT NULL,
  `objects` INT,
  `motion` INT,
  `segment_size` DOUBLE NOT NULL,
  `dBFS` INT,
  `regions` INT,
  `motion_heatmap` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `recordings_path` (`path`),
  KEY `recordings_activity` (`camera`, `start_time` DESC, `regions`),
  KEY `recordings_camera` (`camera`),
  KEY `recordings_camera_segment_size` (`camera`, `segment_size`),
  KEY `recordings_camera_start_time_end_time` (`camera`, `start_time` DESC, `end_time` DESC),
  KEY `recordings_api_recordings_summary` (`camera`, `start_time` DESC, `duration`, `motion`, `objects`),
  KEY `recordings_start_time` (`start_time`)
);

CREATE TABLE `timeline` (
  `timestamp` DATETIME NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `source` VARCHAR(20) NOT NULL,
  `source_id` VARCHAR(30),
  `class_type` VARCHAR(50) NOT NULL,
  `data` JSON,
  KEY `timeline_camera` (`camera`),
  KEY `timeline_source` (`source`),
  KEY `timeline_source_id` (`source_id`)
);

CREATE TABLE `regions` (
  `camera` VARCHAR(20) NOT NULL,
  `last_update` DATETIME NOT NULL,
  `grid` JSON,
  PRIMARY KEY (`camera`)
);

CREATE TABLE `previews` (
  `id` VARCHAR(30) NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  `duration` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reviewsegment` (
  `id` VARCHAR(30) NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME,
  `severity` VARCHAR(30) NOT NULL,
  `thumb_path` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  KEY `review_segment_camera` (`camera`),
  KEY `review_segment_start_time_end_time` (`start_time` DESC, `end_time` DESC)
);

CREATE TABLE `exportcase` (
  `id` VARCHAR(30) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `exportcase_name` (`name`),
  KEY `exportcase_created_at` (`created_at`)
);

CREATE TABLE `export` (
  `id` VARCHAR(30) NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `date` DATETIME NOT NULL,
  `video_path` VARCHAR(255) NOT NULL,
  `thumb_path` VARCHAR(255) NOT NULL,
  `in_progress` INT NOT NULL,
  `export_case_id` VARCHAR(30) NULL,
  PRIMARY KEY (`id`),
  KEY `export_camera` (`camera`),
  KEY `export_export_case_id` (`export_case_id`)
);

CREATE TABLE `user` (
  `username` VARCHAR(30) NOT NULL,
  `password_hash` VARCHAR(120) NOT NULL,
  `notification_tokens` JSON NOT NULL,
  `role` VARCHAR(20) NOT NULL DEFAULT 'admin',
  `password_changed_at` DATETIME NULL,
  PRIMARY KEY (`username`)
);

CREATE TABLE `event` (
  `id` VARCHAR(30) NOT NULL,
  `label` VARCHAR(20) NOT NULL,
  `camera` VARCHAR(20) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME,
  `top_score` DOUBLE,
  `false_positive` INT,
  `zones` JSON NOT NULL,
  `thumbnail` TEXT,
  `has_clip` INT NOT NULL,
  `has_snapshot` INT NOT NULL,
  `region` JSON,
  `box` JSON,
  `area` INT,
  `retain_indefinitely` INT NOT NULL,
  `sub_label` VARCHAR(100),
  `ratio` DOUBLE,
  `plus_id` VARCHAR(30),
  `score` DOUBLE,
  `model_hash` VARCHAR(32),
  `detector_type` VARCHAR(32),
  `model_type` VARCHAR(32),
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  KEY `event_camera` (`camera`),
  KEY `event_label` (`label`),
  KEY `event_label_start_time` (`label`, `start_time` DESC),
  KEY `event_start_time_end_time` (`start_time` DESC, `end_time` DESC)
);

CREATE TABLE `userreviewstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(30) NOT NULL,
  `review_segment_id` VARCHAR(30) NOT NULL,
  `has_been_reviewed` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userreviewstatus_user_segment` (`user_id`, `review_segment_id`),
  FOREIGN KEY (`review_segment_id`) REFERENCES `reviewsegment` (`id`) ON DELETE CASCADE
);

CREATE TABLE `trigger` (
  `camera` VARCHAR(20) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(10) NOT NULL,
  `model` VARCHAR(30) NOT NULL,
  `data` TEXT NOT NULL,
  `threshold` DOUBLE,
  `embedding` BLOB,
  `triggering_event_id` VARCHAR(30),
  `last_triggered` DATETIME,
  PRIMARY KEY (`camera`, `name`)
);

CREATE TABLE `vec_thumbnails` (
  `id` VARCHAR(30) NOT NULL,
  `thumbnail_embedding` BLOB,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vec_descriptions` (
  `id` VARCHAR(30) NOT NULL,
  `description_embedding` BLOB,
  PRIMARY KEY (`id`)
);

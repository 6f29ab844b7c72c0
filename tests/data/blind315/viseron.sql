-- Viseron (self-hosted network video recorder with motion and object detection, face recognition and licence-plate
-- recognition for security cameras), MIT.
-- Source: github.com/roflcoopter/viseron at commit 6388aa85d3043c79ec147c73d5436f064576fb36,
-- viseron/components/storage/alembic/versions/*.py (the 20 Alembic migrations Viseron runs on its PostgreSQL
-- database, baseline b2b8dc493c62 to head 7f6d3739fcd6) read in revision order and checked against
-- viseron/components/storage/models.py. Written as MySQL: table and column names as the migrations leave them,
-- columns in the order they were created or added (e.g. files.tier_path, subcategory, duration and orig_ctime were
-- added by later migrations and come last); files_meta is created by 6b1ef9a6220a and dropped by 620b4d1e5736 and
-- is therefore absent; alembic_version is Alembic's own table. Types: sa.String (unbounded varchar) -> VARCHAR(255),
-- postgresql.JSONB -> JSON, DateTime / UTCDateTime -> DATETIME, Float -> DOUBLE, LargeBinary -> LONGBLOB, Integer ->
-- INT; the PostgreSQL enum `triggertypes` (MOTION, OBJECT, MANUAL, stored by SQLAlchemy as the member names) -> ENUM;
-- the server default TIMEZONE('utc', CURRENT_TIMESTAMP) -> CURRENT_TIMESTAMP. Nullability, primary keys, the unique
-- constraint on files.path and the nine indexes are the migrations'. Viseron declares no foreign keys.

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tier_id` INT NOT NULL,
  `camera_identifier` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `directory` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `tier_path` VARCHAR(255) NOT NULL,
  `subcategory` VARCHAR(255) NOT NULL,
  `duration` DOUBLE NULL,
  `orig_ctime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_path_key` (`path`),
  KEY `idx_files_camera_id` (`camera_identifier`),
  KEY `idx_files_path` (`path`),
  KEY `idx_files_tier_lookup` (`camera_identifier`, `tier_id`, `category`, `subcategory`)
);

CREATE TABLE `motion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `camera_identifier` VARCHAR(255) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `end_time` DATETIME NULL,
  `snapshot_path` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_motion_snapshot` (`snapshot_path`)
);

CREATE TABLE `objects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `camera_identifier` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `confidence` DOUBLE NOT NULL,
  `width` DOUBLE NOT NULL,
  `height` DOUBLE NOT NULL,
  `x1` DOUBLE NOT NULL,
  `y1` DOUBLE NOT NULL,
  `x2` DOUBLE NOT NULL,
  `y2` DOUBLE NOT NULL,
  `zone` VARCHAR(255) NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `snapshot_path` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_objects_snapshot` (`snapshot_path`)
);

CREATE TABLE `recordings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `camera_identifier` VARCHAR(255) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `trigger_type` ENUM('MOTION','OBJECT','MANUAL') NULL,
  `trigger_id` INT NULL,
  `thumbnail_path` VARCHAR(255) NULL,
  `clip_path` VARCHAR(255) NULL,
  `adjusted_start_time` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_recordings_camera_times` (`camera_identifier`, `start_time`, `end_time`),
  KEY `idx_recordings_clip` (`clip_path`),
  KEY `idx_recordings_thumbnail` (`thumbnail_path`)
);

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `motion_contours` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `motion_id` INT NOT NULL,
  `contour` LONGBLOB NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `post_processor_results` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `camera_identifier` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `snapshot_path` VARCHAR(255) NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ppr_snapshot` (`snapshot_path`)
);

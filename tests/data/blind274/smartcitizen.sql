-- Smart Citizen Platform API (Fab Lab Barcelona / IAAC; the back end of smartcitizen.me, the volunteer network of
-- Smart Citizen Kits measuring air quality, noise, temperature, humidity and light)
-- Source: github.com/fablabbcn/smartcitizen-api db/schema.rb (Rails schema of PostgreSQL, version 2025_09_22_093907),
-- repository commit e813c667845df7939f157cd1bb1ddc9d72ecf9d0 (schema.rb last changed in 7e837cafcc801437d56346369d07f8903d6ea490), AGPL-3.0.
-- Written as MySQL by a script, all 26 tables: Rails ids (id: :serial INT, default bigserial BIGINT, id: false none),
-- string VARCHAR(255), text TEXT, float DOUBLE, datetime DATETIME, boolean TINYINT(1), uuid CHAR(36), jsonb JSON, hstore TEXT,
-- macaddr VARCHAR(17), arrays TEXT; literal defaults kept; unique indexes as UNIQUE KEYs; add_foreign_key as foreign keys,
-- except four whose BIGINT column points at an INT id (MariaDB refuses them): devices_experiments.device_id,
-- experiments.owner_id, ingest_errors.device_id, postprocessings.device_id (columns kept, types as upstream).

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `active_storage_variant_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_active_storage_variant_records_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `password_digest` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `password_reset_token` VARCHAR(255),
  `city` VARCHAR(255),
  `country_code` VARCHAR(255),
  `url` VARCHAR(255),
  `avatar_url` VARCHAR(255),
  `role_mask` INT NOT NULL DEFAULT 0,
  `uuid` CHAR(36),
  `legacy_api_key` VARCHAR(255) NOT NULL,
  `old_data` JSON,
  `cached_device_ids` TEXT,
  `workflow_state` VARCHAR(255),
  `forwarding_token` VARCHAR(255),
  `forwarding_username` VARCHAR(255),
  `preferred_time_zone` VARCHAR(255) NOT NULL DEFAULT 'Etc/UTC',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_legacy_api_key` (`legacy_api_key`)
) ENGINE=InnoDB;

CREATE TABLE `api_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_tokens_on_owner_id_and_token` (`owner_id`, `token`),
  CONSTRAINT `fk_api_tokens_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `forwarding_destinations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_forwarding_destinations_on_name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `devices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT,
  `name` VARCHAR(255),
  `description` TEXT,
  `mac_address` VARCHAR(17),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `latest_data` TEXT,
  `geohash` VARCHAR(255),
  `last_reading_at` DATETIME,
  `meta` JSON,
  `location` JSON,
  `data` JSON,
  `old_data` JSON,
  `owner_username` VARCHAR(255),
  `uuid` CHAR(36),
  `migration_data` JSON,
  `workflow_state` VARCHAR(255),
  `csv_export_requested_at` DATETIME,
  `old_mac_address` VARCHAR(17),
  `state` VARCHAR(255),
  `device_token` VARCHAR(255),
  `hardware_info` JSON,
  `notify_stopped_publishing_timestamp` DATETIME DEFAULT '2019-01-21 16:07:41',
  `notify_low_battery_timestamp` DATETIME DEFAULT '2019-01-21 16:07:41',
  `notify_low_battery` TINYINT(1) DEFAULT 0,
  `notify_stopped_publishing` TINYINT(1) DEFAULT 0,
  `is_private` TINYINT(1) DEFAULT 0,
  `is_test` TINYINT(1) NOT NULL DEFAULT 0,
  `archived_at` DATETIME,
  `hardware_type_override` VARCHAR(255),
  `hardware_name_override` VARCHAR(255),
  `hardware_version_override` VARCHAR(255),
  `hardware_slug_override` VARCHAR(255),
  `precise_location` TINYINT(1) NOT NULL DEFAULT 1,
  `enable_forwarding` TINYINT(1) NOT NULL DEFAULT 0,
  `forwarding_destination_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devices_on_device_token` (`device_token`),
  CONSTRAINT `fk_devices_forwarding_destination_id` FOREIGN KEY (`forwarding_destination_id`) REFERENCES `forwarding_destinations` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `measurements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `unit` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` CHAR(36),
  `definition` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sensors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ancestry` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `unit` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `measurement_id` INT,
  `uuid` CHAR(36),
  `default_key` VARCHAR(255),
  `equation` VARCHAR(255),
  `reverse_equation` VARCHAR(255),
  `datasheet` VARCHAR(255),
  `unit_definition` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sensors_measurement_id` FOREIGN KEY (`measurement_id`) REFERENCES `measurements` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `components` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sensor_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` CHAR(36),
  `device_id` INT NOT NULL,
  `key` VARCHAR(255),
  `bus` INT NOT NULL DEFAULT 1,
  `last_reading_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_key_for_device` (`device_id`, `key`),
  UNIQUE KEY `index_components_on_device_id_and_sensor_id` (`device_id`, `sensor_id`),
  UNIQUE KEY `unique_sensor_for_device` (`device_id`, `sensor_id`),
  CONSTRAINT `fk_components_device_id` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `fk_components_sensor_id` FOREIGN KEY (`sensor_id`) REFERENCES `sensors` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `experiments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `owner_id` BIGINT,
  `is_test` TINYINT(1) NOT NULL DEFAULT 0,
  `starts_at` DATETIME,
  `ends_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `devices_experiments` (
  `device_id` BIGINT,
  `experiment_id` BIGINT,
  CONSTRAINT `fk_devices_experiments_experiment_id` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `devices_inventory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `report` JSON,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `devices_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `device_id` INT,
  `tag_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devices_tags_on_device_id_and_tag_id` (`device_id`, `tag_id`),
  CONSTRAINT `fk_devices_tags_device_id` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `fk_devices_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `friendly_id_slugs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `sluggable_id` INT NOT NULL,
  `sluggable_type` VARCHAR(50),
  `scope` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`)
) ENGINE=InnoDB;

CREATE TABLE `ingest_errors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `device_id` BIGINT NOT NULL,
  `topic` TEXT,
  `message` TEXT,
  `error_class` TEXT,
  `error_message` TEXT,
  `error_trace` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_access_grants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT NOT NULL,
  `application_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `revoked_at` DATETIME,
  `scopes` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT,
  `application_id` INT,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB;

CREATE TABLE `orphan_devices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `exposure` VARCHAR(255),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `user_tags` TEXT,
  `device_token` VARCHAR(255) NOT NULL,
  `onboarding_session` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `device_handshake` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_orphan_devices_on_device_token` (`device_token`)
) ENGINE=InnoDB;

CREATE TABLE `pg_search_documents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `searchable_id` INT,
  `searchable_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `postprocessings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blueprint_url` VARCHAR(255),
  `hardware_url` VARCHAR(255),
  `device_id` BIGINT NOT NULL,
  `forwarding_params` JSON,
  `meta` JSON,
  `latest_postprocessing` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sensor_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `sensor_id` INT,
  `tag_sensor_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tag_sensors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `uploads` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `original_filename` VARCHAR(255),
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` CHAR(36),
  `user_id` INT,
  `key` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_uploads_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

-- Greenlight v3 (BigBlueButton front end): MySQL/MariaDB rendering of the Rails schema
-- Upstream: github.com/bigbluebutton/greenlight db/schema.rb (ActiveRecord::Schema[7.2], version 2026_04_02_000000),
--   commit 15db765b7fab10414df1a838ae8b3501b215cec4 (LGPL-3.0)
-- The whole schema: all 19 tables, columns in upstream order. Rails types written as MySQL: string -> VARCHAR(255),
-- text -> TEXT, uuid -> CHAR(36), datetime -> DATETIME(6), integer -> INT, bigint -> BIGINT, boolean -> TINYINT(1);
-- uuid primary keys (gen_random_uuid() defaults on PostgreSQL) as CHAR(36); upstream's indexes and foreign keys kept.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_attachments` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `blob_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `blob_id` CHAR(36) NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_migrations` (
  `version` VARCHAR(255) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `formats` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `recording_id` CHAR(36),
  `recording_type` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  KEY `index_formats_on_recording_id` (`recording_id`),
  FOREIGN KEY (`recording_id`) REFERENCES `recordings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `email` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  UNIQUE KEY `index_invitations_on_email_and_provider` (`email`, `provider`),
  UNIQUE KEY `index_invitations_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meeting_options` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255),
  `default_value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  UNIQUE KEY `index_meeting_options_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recordings` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `room_id` CHAR(36),
  `name` VARCHAR(255) NOT NULL,
  `record_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `visibility` VARCHAR(255) NOT NULL,
  `length` INT NOT NULL,
  `participants` INT NOT NULL,
  `protectable` TINYINT(1),
  `recorded_at` DATETIME(6),
  KEY `index_recordings_on_room_id` (`room_id`),
  FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `role_id` CHAR(36),
  `permission_id` CHAR(36),
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  KEY `index_role_permissions_on_permission_id` (`permission_id`),
  KEY `index_role_permissions_on_role_id` (`role_id`),
  FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '',
  `provider` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  UNIQUE KEY `index_roles_on_name_and_provider` (`name`, `provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room_meeting_options` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `room_id` CHAR(36),
  `meeting_option_id` CHAR(36),
  `value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  KEY `index_room_meeting_options_on_meeting_option_id` (`meeting_option_id`),
  KEY `index_room_meeting_options_on_room_id` (`room_id`),
  FOREIGN KEY (`meeting_option_id`) REFERENCES `meeting_options` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `user_id` CHAR(36),
  `name` VARCHAR(255) NOT NULL,
  `friendly_id` VARCHAR(255) NOT NULL,
  `meeting_id` VARCHAR(255) NOT NULL,
  `last_session` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `recordings_processing` INT DEFAULT 0,
  `online` TINYINT(1) DEFAULT 0,
  UNIQUE KEY `index_rooms_on_friendly_id` (`friendly_id`),
  UNIQUE KEY `index_rooms_on_meeting_id` (`meeting_id`),
  KEY `index_rooms_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms_configurations` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `meeting_option_id` CHAR(36),
  `provider` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  UNIQUE KEY `index_rooms_configurations_on_meeting_option_id_and_provider` (`meeting_option_id`, `provider`),
  KEY `index_rooms_configurations_on_meeting_option_id` (`meeting_option_id`),
  FOREIGN KEY (`meeting_option_id`) REFERENCES `meeting_options` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  UNIQUE KEY `index_settings_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_accesses` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `user_id` CHAR(36) NOT NULL,
  `room_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  KEY `index_shared_accesses_on_room_id` (`room_id`),
  UNIQUE KEY `index_shared_accesses_on_user_id_and_room_id` (`user_id`, `room_id`),
  KEY `index_shared_accesses_on_user_id` (`user_id`),
  FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_settings` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `setting_id` CHAR(36),
  `value` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  KEY `index_site_settings_on_setting_id` (`setting_id`),
  FOREIGN KEY (`setting_id`) REFERENCES `settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenants` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `region` VARCHAR(255),
  UNIQUE KEY `index_tenants_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255),
  `provider` VARCHAR(255) NOT NULL,
  `password_digest` VARCHAR(255),
  `last_login` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `role_id` CHAR(36),
  `language` VARCHAR(255) NOT NULL,
  `reset_digest` VARCHAR(255),
  `reset_sent_at` DATETIME(6),
  `verified` TINYINT(1) DEFAULT 0,
  `verification_digest` VARCHAR(255),
  `verification_sent_at` DATETIME(6),
  `session_token` VARCHAR(255),
  `session_expiry` DATETIME(6),
  `status` INT DEFAULT 0,
  UNIQUE KEY `index_users_on_email_and_provider` (`email`, `provider`),
  UNIQUE KEY `index_users_on_reset_digest` (`reset_digest`),
  KEY `index_users_on_role_id` (`role_id`),
  UNIQUE KEY `index_users_on_session_token` (`session_token`),
  UNIQUE KEY `index_users_on_verification_digest` (`verification_digest`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

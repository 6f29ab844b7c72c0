-- Wizarr (wizarrrr/wizarr): invitation and user manager for Plex, Jellyfin, Emby and other media servers (Flask, SQLAlchemy, SQLite).
-- Source: github.com/wizarrrr/wizarr, commit 05c8d42c93f2a7a63986f3ba190f579d85e29af2 (MIT).
-- How: upstream's 50 Alembic migrations (migrations/versions/) were run with Alembic 1.x (`alembic upgrade heads`, a
-- minimal env.py pointing at an empty SQLite file in place of upstream's Flask-Migrate one) to the single head 20260401_repair,
-- and the resulting schema was written as MySQL by a script: VARCHAR -> VARCHAR(255), INTEGER -> INT, BOOLEAN -> TINYINT(1),
-- BLOB -> BLOB (VARBINARY(255) where unique), JSON, FLOAT, BIGINT, TEXT, DATETIME kept.
-- Column names and order as upstream's database (user.raw_policies_json, left by a migration, is kept although the model
-- no longer maps it); primary, unique and foreign keys kept; secondary indexes left out. All 26 tables kept.

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255),
  `password` VARCHAR(255),
  `channel_id` INT,
  `notification_events` VARCHAR(255) NOT NULL DEFAULT 'user_joined,update_available',
  `telegram_bot_token` VARCHAR(255),
  `telegram_chat_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_settings_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `primary_email` VARCHAR(255),
  `primary_username` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `nickname` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_server` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `server_type` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255),
  `verified` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `external_url` VARCHAR(255),
  `allow_downloads` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_live_tv` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_mobile_uploads` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `external_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `server_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_library_external_server` (`external_id`, `server_id`),
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wizard_bundle` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wizard_step` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `server_type` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL DEFAULT 'post_invite',
  `position` INT NOT NULL,
  `title` VARCHAR(255),
  `markdown` TEXT NOT NULL,
  `requires` JSON,
  `require_interaction` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_step_server_category_pos` (`server_type`, `category`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wizard_bundle_step` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bundle_id` INT NOT NULL,
  `step_id` INT NOT NULL,
  `position` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_bundle_pos` (`bundle_id`, `position`),
  FOREIGN KEY (`bundle_id`) REFERENCES `wizard_bundle` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`step_id`) REFERENCES `wizard_step` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_account` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `password_hash` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `auth_source` VARCHAR(255) NOT NULL DEFAULT 'local',
  `external_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_admin_account_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_credential` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin_account_id` INT NOT NULL,
  `credential_id` VARBINARY(255) NOT NULL,
  `public_key` BLOB NOT NULL,
  `sign_count` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `last_used_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_webauthn_credential_credential_id` (`credential_id`),
  FOREIGN KEY (`admin_account_id`) REFERENCES `admin_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ombi_connection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `connection_type` VARCHAR(255) NOT NULL DEFAULT 'ombi',
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255),
  `api_key` VARCHAR(255),
  `media_server_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`media_server_id`) REFERENCES `media_server` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `expired_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `original_user_id` INT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `invitation_code` VARCHAR(255),
  `server_id` INT,
  `expired_at` DATETIME NOT NULL,
  `deleted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `code` VARCHAR(255) NOT NULL,
  `photo` VARCHAR(255),
  `expires` DATETIME,
  `server_id` INT,
  `identity_id` INT,
  `notes` TEXT,
  `library_access_json` TEXT,
  `raw_policies_json` TEXT,
  `allow_downloads` TINYINT(1),
  `allow_live_tv` TINYINT(1),
  `allow_camera_upload` TINYINT(1),
  `accessible_libraries` TEXT,
  `is_admin` TINYINT(1),
  `is_disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `is_ldap_user` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`identity_id`) REFERENCES `identity` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `used` TINYINT(1) NOT NULL,
  `used_at` DATETIME,
  `created` DATETIME NOT NULL,
  `used_by_id` INT,
  `expires` DATETIME,
  `unlimited` TINYINT(1),
  `duration` VARCHAR(255),
  `specific_libraries` VARCHAR(255),
  `plex_allow_sync` TINYINT(1),
  `plex_home` TINYINT(1),
  `plex_allow_channels` TINYINT(1),
  `server_id` INT,
  `wizard_bundle_id` INT,
  `allow_downloads` TINYINT(1),
  `allow_live_tv` TINYINT(1),
  `allow_mobile_uploads` TINYINT(1),
  `max_active_sessions` INT,
  `create_ldap_user` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`wizard_bundle_id`) REFERENCES `wizard_bundle` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`used_by_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite_library` (
  `invite_id` INT NOT NULL,
  `library_id` INT NOT NULL,
  PRIMARY KEY (`invite_id`, `library_id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invite_id`) REFERENCES `invitation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation_server` (
  `invite_id` INT NOT NULL,
  `server_id` INT NOT NULL,
  `used` TINYINT(1) NOT NULL,
  `used_at` DATETIME,
  `expires` DATETIME,
  PRIMARY KEY (`invite_id`, `server_id`),
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invite_id`) REFERENCES `invitation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_key` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `key_hash` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `last_used_at` DATETIME,
  `created_by_id` INT NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_api_key_key_hash` (`key_hash`),
  FOREIGN KEY (`created_by_id`) REFERENCES `admin_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource_id` VARCHAR(255),
  `admin_id` INT,
  `admin_username` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(255),
  `user_agent` VARCHAR(255),
  `endpoint` VARCHAR(255),
  `method` VARCHAR(255),
  `description` TEXT NOT NULL,
  `details_json` TEXT,
  `success` TINYINT(1) NOT NULL,
  `error_message` TEXT,
  `timestamp` DATETIME NOT NULL,
  `duration_ms` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`admin_id`) REFERENCES `admin_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `server_id` INT NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `user_name` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255),
  `media_title` VARCHAR(255) NOT NULL,
  `media_type` VARCHAR(255),
  `media_id` VARCHAR(255),
  `series_name` VARCHAR(255),
  `season_number` INT,
  `episode_number` INT,
  `started_at` DATETIME NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `duration_ms` BIGINT,
  `final_position_ms` BIGINT,
  `progress_percent` FLOAT,
  `device_name` VARCHAR(255),
  `client_name` VARCHAR(255),
  `ip_address` VARCHAR(255),
  `platform` VARCHAR(255),
  `player_version` VARCHAR(255),
  `transcoding_info` TEXT,
  `session_metadata` TEXT,
  `artwork_url` VARCHAR(255),
  `thumbnail_url` VARCHAR(255),
  `reference_id` INT,
  `wizarr_user_id` INT,
  `wizarr_identity_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`wizarr_identity_id`) REFERENCES `identity` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`wizarr_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_snapshot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` INT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `position_ms` BIGINT,
  `state` VARCHAR(255) NOT NULL,
  `transcoding_details` TEXT,
  `bandwidth_kbps` INT,
  `quality` VARCHAR(255),
  `subtitle_stream` VARCHAR(255),
  `audio_stream` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `activity_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `historical_import_job` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `server_id` INT NOT NULL,
  `days_back` INT NOT NULL,
  `max_results` INT,
  `status` VARCHAR(32) NOT NULL DEFAULT 'queued',
  `total_fetched` INT NOT NULL DEFAULT 0,
  `total_processed` INT NOT NULL DEFAULT 0,
  `total_stored` INT NOT NULL DEFAULT 0,
  `error_message` TEXT,
  `created_at` DATETIME NOT NULL,
  `started_at` DATETIME,
  `finished_at` DATETIME,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation_user` (
  `invite_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `used_at` DATETIME NOT NULL,
  `server_id` INT,
  PRIMARY KEY (`invite_id`, `user_id`),
  FOREIGN KEY (`server_id`) REFERENCES `media_server` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invite_id`) REFERENCES `invitation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `used` TINYINT(1) NOT NULL,
  `used_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_password_reset_token_code` (`code`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ldap_configuration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) NOT NULL,
  `server_url` VARCHAR(255) NOT NULL,
  `use_tls` TINYINT(1) NOT NULL,
  `verify_cert` TINYINT(1) NOT NULL,
  `service_account_dn` VARCHAR(255),
  `service_account_password_encrypted` VARCHAR(255),
  `user_base_dn` VARCHAR(255) NOT NULL,
  `user_search_filter` VARCHAR(255) NOT NULL,
  `user_object_class` VARCHAR(255) NOT NULL,
  `username_attribute` VARCHAR(255) NOT NULL,
  `email_attribute` VARCHAR(255) NOT NULL,
  `group_base_dn` VARCHAR(255),
  `group_object_class` VARCHAR(255) NOT NULL,
  `group_member_attribute` VARCHAR(255) NOT NULL,
  `admin_group_dn` VARCHAR(255),
  `allow_admin_bind` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ldap_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dn` VARCHAR(255) NOT NULL,
  `cn` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_ldap_group_dn` (`dn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


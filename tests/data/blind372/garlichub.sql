-- Garlic-Hub, edge edition (garlic-signage/garlic-hub), migrations/edge/001_init, 002_templates and 003_playlist
-- (SQLite) written as MySQL; commit 2a7d166f1e8b3a461ffd6cdf337ad7ebed5e7461 (AGPL-3.0). All 14 tables.

CREATE TABLE `user_main` (
  `UID` INT NOT NULL,
  `company_id` INT NOT NULL DEFAULT 1,
  `last_access` TIMESTAMP NULL DEFAULT NULL,
  `login_time` TIMESTAMP NULL DEFAULT NULL,
  `num_logins` INT NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  `status` INT NOT NULL DEFAULT 0,
  `locale` CHAR(5) DEFAULT NULL,
  `username` CHAR(50) DEFAULT '',
  `password` CHAR(60) DEFAULT NULL,
  `session_id` VARCHAR(60) DEFAULT NULL,
  `gender` VARCHAR(10) DEFAULT NULL,
  `email` VARCHAR(100) NOT NULL DEFAULT '',
  `last_password_change` TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`UID`),
  UNIQUE KEY `email` (`email`)
);

CREATE TABLE `user_acl` (
  `UID` INT DEFAULT NULL,
  `acl` INT NOT NULL DEFAULT 0,
  `module` VARCHAR(20) DEFAULT NULL,
  FOREIGN KEY (`UID`) REFERENCES `user_main` (`UID`) ON DELETE CASCADE
);

CREATE TABLE `user_tokens` (
  `token` BINARY(32) NOT NULL,
  `UID` INT NOT NULL,
  `purpose` TEXT NOT NULL,
  `expires_at` TIMESTAMP NOT NULL,
  `used_at` TIMESTAMP NULL DEFAULT NULL,
  `additional_data` TEXT,
  `created_at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`token`),
  KEY `idx_token_user_purpose` (`UID`, `purpose`(50)),
  KEY `idx_token_expires` (`expires_at`),
  FOREIGN KEY (`UID`) REFERENCES `user_main` (`UID`) ON DELETE CASCADE
);

CREATE TABLE `oauth2_clients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(255) NOT NULL,
  `client_name` VARCHAR(255) NOT NULL,
  `client_secret` TEXT DEFAULT NULL,
  `redirect_uri` TEXT NOT NULL,
  `grant_type` TEXT NOT NULL,
  `created_at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  UNIQUE KEY `client_name` (`client_name`)
);

CREATE TABLE `oauth2_credentials` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `client_id` TEXT NOT NULL,
  `UID` INT NOT NULL,
  `redirect_uri` TEXT DEFAULT NULL,
  `scopes` TEXT DEFAULT NULL,
  `expires_at` TIMESTAMP NOT NULL,
  `created_at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  `revoked` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`UID`) REFERENCES `user_main` (`UID`) ON DELETE CASCADE
);

CREATE TABLE `oauth2_scopes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `scope` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scope` (`scope`)
);

CREATE TABLE `oauth2_client_consent` (
  `UID` INT NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `consented_at` DATETIME NOT NULL,
  PRIMARY KEY (`UID`, `client_id`)
);

CREATE TABLE `mediapool_nodes` (
  `node_id` INT NOT NULL AUTO_INCREMENT,
  `root_id` INT NOT NULL DEFAULT 0,
  `parent_id` INT NOT NULL DEFAULT 0,
  `level` INT NOT NULL,
  `root_order` INT NOT NULL,
  `is_user_folder` INT NOT NULL DEFAULT 0,
  `lft` INT NOT NULL DEFAULT 0,
  `rgt` INT NOT NULL DEFAULT 0,
  `UID` INT NOT NULL DEFAULT 0,
  `visibility` INT NOT NULL DEFAULT 0,
  `last_updated` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `create_date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL DEFAULT '',
  `media_location` VARCHAR(10) NOT NULL DEFAULT 'internal' CHECK (`media_location` IN ('internal', 'dropbox', 'azure', 'google', 'webdav', 's3', 'ftp')),
  `credentials` TEXT,
  PRIMARY KEY (`node_id`),
  KEY `idx_mediapool_nodes_root_id` (`root_id`)
);

CREATE TABLE `mediapool_files` (
  `media_id` BINARY(16) NOT NULL,
  `node_id` INT NOT NULL,
  `deleted` INT NOT NULL DEFAULT 0,
  `UID` INT NOT NULL DEFAULT 0,
  `upload_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `checksum` BINARY(32) NOT NULL,
  `mimetype` VARCHAR(50) NOT NULL,
  `metadata` TEXT DEFAULT NULL,
  `tags` TEXT DEFAULT NULL,
  `filename` TEXT DEFAULT NULL,
  `extension` VARCHAR(10) DEFAULT NULL,
  `thumb_extension` VARCHAR(10) DEFAULT NULL,
  `config_data` TEXT DEFAULT NULL,
  `media_description` TEXT DEFAULT NULL,
  PRIMARY KEY (`media_id`),
  KEY `idx_mediapool_node_id` (`node_id`, `deleted`),
  KEY `idx_mediapool_checksum` (`checksum`)
);

CREATE TABLE `playlists` (
  `playlist_id` INT NOT NULL AUTO_INCREMENT,
  `UID` INT NOT NULL DEFAULT 0,
  `time_limit` INT NOT NULL DEFAULT 0,
  `owner_duration` INT NOT NULL DEFAULT 0,
  `duration` INT NOT NULL DEFAULT 0,
  `filesize` INT NOT NULL DEFAULT 0,
  `shuffle` INT NOT NULL DEFAULT 0,
  `shuffle_picking` INT NOT NULL DEFAULT 0,
  `export_time` TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `playlist_mode` VARCHAR(9) DEFAULT 'master' CHECK (`playlist_mode` IN ('master', 'internal', 'external', 'multizone', 'channel')),
  `playlist_name` VARCHAR(100) DEFAULT NULL,
  `external_playlist_link` VARCHAR(100) DEFAULT NULL,
  `layout` TEXT DEFAULT NULL,
  PRIMARY KEY (`playlist_id`)
);

CREATE TABLE `playlists_items` (
  `item_id` INT NOT NULL AUTO_INCREMENT,
  `playlist_id` INT NOT NULL DEFAULT 0,
  `UID` INT NOT NULL DEFAULT 0,
  `flags` INT NOT NULL DEFAULT 0,
  `item_duration` INT NOT NULL DEFAULT 0,
  `item_filesize` INT NOT NULL DEFAULT 0,
  `item_order` INT NOT NULL DEFAULT 0,
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `item_type` CHAR(12) NOT NULL DEFAULT 'mediapool',
  `file_resource` VARBINARY(16) NOT NULL DEFAULT '',
  `datasource` VARCHAR(8) DEFAULT 'file' CHECK (`datasource` IN ('file', 'stream', 'video_in')),
  `mimetype` VARCHAR(50) NOT NULL DEFAULT '',
  `item_name` TEXT NOT NULL DEFAULT '',
  `conditional` TEXT NOT NULL DEFAULT '',
  `properties` TEXT NOT NULL DEFAULT '',
  `categories` TEXT NOT NULL DEFAULT '',
  `content_data` TEXT NOT NULL DEFAULT '',
  `begin_trigger` TEXT NOT NULL DEFAULT '',
  `end_trigger` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`item_id`),
  KEY `idx_playlist_id` (`playlist_id`, `item_order`),
  KEY `idx_item_type_resource` (`item_type`, `file_resource`),
  FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`playlist_id`) ON DELETE CASCADE
);

CREATE TABLE `player` (
  `player_id` INT NOT NULL AUTO_INCREMENT,
  `playlist_id` INT NOT NULL DEFAULT 0,
  `UID` INT NOT NULL DEFAULT 0,
  `last_access` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` INT NOT NULL DEFAULT 1,
  `refresh` INT NOT NULL DEFAULT 300,
  `licence_id` INT NOT NULL DEFAULT 1,
  `model` INT NOT NULL DEFAULT 0,
  `is_intranet` TINYINT(1) DEFAULT 0,
  `uuid` BINARY(16) NOT NULL,
  `api_endpoint` TEXT NOT NULL DEFAULT '',
  `commands` TEXT NOT NULL DEFAULT '',
  `reports` TEXT NOT NULL DEFAULT '',
  `firmware` TEXT NOT NULL DEFAULT '',
  `player_name` TEXT NOT NULL DEFAULT '',
  `location_data` TEXT DEFAULT NULL,
  `location_longitude` TEXT DEFAULT NULL,
  `location_latitude` TEXT DEFAULT NULL,
  `categories` TEXT DEFAULT NULL,
  `properties` TEXT DEFAULT NULL,
  `remote_administration` TEXT DEFAULT NULL,
  `screen_times` TEXT DEFAULT NULL,
  PRIMARY KEY (`player_id`),
  KEY `uuid` (`uuid`),
  KEY `UID` (`UID`)
);

CREATE TABLE `player_tokens` (
  `token_id` INT NOT NULL AUTO_INCREMENT,
  `player_id` INT NOT NULL,
  `access_token` TEXT NOT NULL,
  `token_type` VARCHAR(50) DEFAULT 'Bearer',
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`token_id`),
  UNIQUE KEY `player_id` (`player_id`),
  FOREIGN KEY (`player_id`) REFERENCES `player` (`player_id`) ON DELETE CASCADE
);

CREATE TABLE `templates` (
  `template_id` INT NOT NULL AUTO_INCREMENT,
  `UID` INT NOT NULL DEFAULT 0,
  `lastmodified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `create_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `visibility` VARCHAR(255) NOT NULL DEFAULT 'private',
  `type` VARCHAR(255) NOT NULL DEFAULT 'fabric.js',
  `name` TEXT NOT NULL DEFAULT '',
  `content` TEXT DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  PRIMARY KEY (`template_id`),
  KEY `idx_types` (`type`)
);

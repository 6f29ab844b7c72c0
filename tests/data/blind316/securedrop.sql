-- SecureDrop (Freedom of the Press Foundation), schema at github.com/freedomofpress/securedrop commit
-- b80c941a3bf3355aefd098beeb1f246d4ff38933 (AGPL-3.0): the SQLite database `alembic upgrade head` builds from
-- securedrop/alembic/versions/*.py (25 migrations, 15ac9509fc68 .. 17c559a7a685, replayed into SQLite with SQLAlchemy 1.3.24 and Alembic 1.1.0, upstream pinning 1.3.3 and 1.1.0), written as MySQL/MariaDB DDL.
-- INTEGER -> INT (the SQLite rowid key -> AUTO_INCREMENT), BOOLEAN -> TINYINT(1) (its CHECK (x IN (0, 1)) left out),
-- BLOB, DATETIME, VARCHAR(n) and TEXT as they are; journalist_id NOT NULL as migration 2e24fc7536e8 makes it on a
-- configured server (and as securedrop/models.py declares).

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  CONSTRAINT `alembic_version_pkc` PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journalists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `pw_salt` BLOB,
  `pw_hash` BLOB,
  `passphrase_hash` VARCHAR(256),
  `is_admin` TINYINT(1),
  `otp_secret` VARCHAR(32),
  `is_totp` TINYINT(1),
  `hotp_counter` INT,
  `last_token` VARCHAR(6),
  `created_on` DATETIME,
  `last_access` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `filesystem_id` VARCHAR(96) NOT NULL,
  `journalist_designation` VARCHAR(255) NOT NULL,
  `last_updated` DATETIME,
  `pending` TINYINT(1),
  `interaction_count` INT NOT NULL,
  `deleted_at` DATETIME,
  `pgp_fingerprint` VARCHAR(40),
  `pgp_public_key` TEXT,
  `pgp_secret_key` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `filesystem_id` (`filesystem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instance_config` (
  `version` INT NOT NULL AUTO_INCREMENT,
  `valid_until` DATETIME NOT NULL,
  `allow_document_uploads` TINYINT(1),
  `organization_name` VARCHAR(255),
  `initial_message_min_len` INT NOT NULL DEFAULT '0',
  `reject_message_with_codename` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`version`),
  UNIQUE KEY `valid_until` (`valid_until`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journalist_login_attempt` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME,
  `journalist_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`journalist_id`) REFERENCES `journalists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `source_stars` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `source_id` INT,
  `starred` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `source_id` INT,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `downloaded` TINYINT(1),
  `checksum` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `replies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `journalist_id` INT NOT NULL,
  `source_id` INT,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `deleted_by_source` TINYINT(1) NOT NULL,
  `checksum` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`journalist_id`) REFERENCES `journalists` (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seen_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `file_id` INT NOT NULL,
  `journalist_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_id` (`file_id`, `journalist_id`),
  FOREIGN KEY (`file_id`) REFERENCES `submissions` (`id`),
  FOREIGN KEY (`journalist_id`) REFERENCES `journalists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seen_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message_id` INT NOT NULL,
  `journalist_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`, `journalist_id`),
  FOREIGN KEY (`message_id`) REFERENCES `submissions` (`id`),
  FOREIGN KEY (`journalist_id`) REFERENCES `journalists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seen_replies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reply_id` INT NOT NULL,
  `journalist_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reply_id` (`reply_id`, `journalist_id`),
  FOREIGN KEY (`reply_id`) REFERENCES `replies` (`id`),
  FOREIGN KEY (`journalist_id`) REFERENCES `journalists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

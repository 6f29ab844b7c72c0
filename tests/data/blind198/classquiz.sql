-- ClassQuiz (mawoka-myblock/ClassQuiz; open-source Kahoot alternative: quizzes, live games, "quiztivities"),
-- github.com/mawoka-myblock/ClassQuiz commit 4d1f1d31653752718cd41b13ca7820621f5626a7 (MPL-2.0):
-- classquiz/db/models.py (ormar models on PostgreSQL), written as MySQL in the models' column order; the two
-- many-to-many link tables of storage_items as migrations/versions/89c4b5d547aa_new_storage.py creates them.
-- ormar UUID -> CHAR(36), String -> VARCHAR(n), Text -> TEXT, JSON -> JSON, LargeBinary -> BLOB / VARBINARY,
-- Enum -> ENUM, Boolean -> TINYINT(1), DateTime -> DATETIME; foreign keys and ON DELETE actions as declared.

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `username` VARCHAR(100) NOT NULL,
  `password` VARCHAR(100) NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `verify_key` VARCHAR(100) NULL,
  `created_at` DATETIME NULL,
  `auth_type` ENUM('LOCAL','GOOGLE','GITHUB','CUSTOM') NULL DEFAULT 'LOCAL',
  `google_uid` VARCHAR(255) NULL,
  `avatar` BLOB NULL,
  `github_user_id` INT NULL,
  `require_password` TINYINT(1) NOT NULL DEFAULT 1,
  `backup_code` VARCHAR(64) NOT NULL,
  `totp_secret` VARCHAR(32) NULL,
  `storage_used` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_email` (`email`),
  UNIQUE KEY `uq_users_username` (`username`),
  UNIQUE KEY `uq_users_verify_key` (`verify_key`),
  UNIQUE KEY `uq_users_google_uid` (`google_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fido_credentials` (
  `pk` INT NOT NULL AUTO_INCREMENT,
  `id` VARBINARY(256) NOT NULL,
  `public_key` VARBINARY(256) NOT NULL,
  `sign_count` INT NOT NULL,
  `user` CHAR(36) NULL,
  PRIMARY KEY (`pk`),
  CONSTRAINT `fk_fido_credentials_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `key` VARCHAR(48) NOT NULL,
  `user` CHAR(36) NULL,
  PRIMARY KEY (`key`),
  CONSTRAINT `fk_api_keys_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` CHAR(36) NOT NULL,
  `user` CHAR(36) NULL,
  `session_key` VARCHAR(64) NOT NULL,
  `created_at` DATETIME NULL,
  `ip_address` VARCHAR(100) NULL,
  `user_agent` VARCHAR(255) NULL,
  `last_seen` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_user_sessions_session_key` (`session_key`),
  CONSTRAINT `fk_user_sessions_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz` (
  `id` CHAR(36) NOT NULL,
  `public` TINYINT(1) NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `description` TEXT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `user_id` CHAR(36) NULL,
  `questions` JSON NOT NULL,
  `imported_from_kahoot` TINYINT(1) NULL DEFAULT 0,
  `cover_image` TEXT NULL,
  `background_color` TEXT NULL,
  `background_image` TEXT NULL,
  `kahoot_id` CHAR(36) NULL,
  `likes` INT NOT NULL DEFAULT 0,
  `dislikes` INT NOT NULL DEFAULT 0,
  `plays` INT NOT NULL DEFAULT 0,
  `views` INT NOT NULL DEFAULT 0,
  `mod_rating` SMALLINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_quiz_users_id_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instance_data` (
  `instance_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_results` (
  `id` CHAR(36) NOT NULL,
  `quiz` CHAR(36) NULL,
  `user` CHAR(36) NULL,
  `timestamp` DATETIME NOT NULL,
  `player_count` INT NOT NULL DEFAULT 0,
  `note` TEXT NULL,
  `answers` JSON NULL,
  `player_scores` JSON NULL,
  `custom_field_data` JSON NULL,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `questions` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_game_results_quiz_id_quiz` FOREIGN KEY (`quiz`) REFERENCES `quiz` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_game_results_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiztivitys` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user` CHAR(36) NULL,
  `pages` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_quiztivitys_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiztivityshares` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NULL,
  `expire_at` DATETIME NULL,
  `quiztivity` CHAR(36) NULL,
  `user` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_quiztivityshares_quiztivitys_id_quiztivity` FOREIGN KEY (`quiztivity`) REFERENCES `quiztivitys` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_quiztivityshares_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_items` (
  `id` CHAR(36) NOT NULL,
  `uploaded_at` DATETIME NOT NULL,
  `mime_type` TEXT NOT NULL,
  `hash` VARBINARY(16) NULL,
  `user` CHAR(36) NULL,
  `size` BIGINT NOT NULL,
  `storage_path` TEXT NULL,
  `deleted_at` DATETIME NULL,
  `alt_text` TEXT NULL,
  `filename` TEXT NULL,
  `thumbhash` TEXT NULL,
  `server` TEXT NULL,
  `imported` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_storage_items_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storageitems_quizs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `quiz` CHAR(36) NULL,
  `storageitem` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_storageitems_quizs_quiz_quiz_id` FOREIGN KEY (`quiz`) REFERENCES `quiz` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_storageitems_quizs_storage_items_storageitem_id` FOREIGN KEY (`storageitem`) REFERENCES `storage_items` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storageitems_quiztivitys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `quiztivity` CHAR(36) NULL,
  `storageitem` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_storageitems_quiztivitys_quiztivitys_quiztivity_id` FOREIGN KEY (`quiztivity`) REFERENCES `quiztivitys` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_storageitems_quiztivitys_storage_items_storageitem_id` FOREIGN KEY (`storageitem`) REFERENCES `storage_items` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controller` (
  `id` CHAR(36) NOT NULL,
  `user` CHAR(36) NULL,
  `secret_key` VARCHAR(24) NOT NULL,
  `player_name` TEXT NOT NULL,
  `last_seen` DATETIME NULL,
  `first_seen` DATETIME NULL,
  `name` TEXT NOT NULL,
  `os_version` TEXT NULL,
  `wanted_os_version` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_controller_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rating` (
  `id` CHAR(36) NOT NULL,
  `user` CHAR(36) NULL,
  `positive` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `quiz` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rating_users_id_user` FOREIGN KEY (`user`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rating_quiz_id_quiz` FOREIGN KEY (`quiz`) REFERENCES `quiz` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

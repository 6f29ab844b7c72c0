-- Zero (Mail-0/Zero: open-source, self-hostable web e-mail client on Gmail / Outlook accounts; Better Auth)
-- Upstream: github.com/Mail-0/Zero, commit 0f0b8e1fce8337eac4eaf8dd2cd556678bfce939 (MIT)
-- Made from the 26 Drizzle migrations packages/db/migrations/*.sql (in the order of meta/_journal.json), applied to
-- a scratch PostgreSQL 15 database; its catalogue (columns in ordinal order, primary keys, unique constraints,
-- foreign keys with their actions) written as MySQL by a small script. Types: text -> TEXT (VARCHAR(191) in a key),
-- boolean -> TINYINT(1), timestamp -> DATETIME, jsonb -> JSON, integer -> INT. JSON defaults dropped.
-- All eleven tables of packages/db/src/schema.ts are kept; Drizzle's own __drizzle_migrations is not.


CREATE TABLE `mail0_user` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `email_verified` TINYINT(1) NOT NULL,
  `image` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `default_connection_id` TEXT,
  `custom_prompt` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail0_user_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_session` (
  `id` VARCHAR(191) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` VARCHAR(191) NOT NULL,
  `ip_address` TEXT,
  `user_agent` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail0_session_token_unique` (`token`),
  CONSTRAINT `mail0_session_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_verification` (
  `id` VARCHAR(191) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_early_access` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_early_access` TINYINT(1) NOT NULL DEFAULT 0,
  `has_used_ticket` TEXT DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail0_early_access_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_account` (
  `id` VARCHAR(191) NOT NULL,
  `account_id` TEXT NOT NULL,
  `provider_id` TEXT NOT NULL,
  `user_id` VARCHAR(191) NOT NULL,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `id_token` TEXT,
  `access_token_expires_at` DATETIME,
  `refresh_token_expires_at` DATETIME,
  `scope` TEXT,
  `password` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail0_account_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_connection` (
  `id` VARCHAR(191) NOT NULL,
  `user_id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `access_token` TEXT NOT NULL,
  `refresh_token` TEXT,
  `scope` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` TEXT,
  `picture` TEXT,
  `provider_id` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail0_connection_user_id_email_unique` (`user_id`, `email`),
  CONSTRAINT `mail0_connection_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_summary` (
  `message_id` VARCHAR(191) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `connection_id` TEXT NOT NULL,
  `saved` TINYINT(1) NOT NULL DEFAULT 0,
  `tags` TEXT,
  `suggested_reply` TEXT,
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_note` (
  `id` VARCHAR(191) NOT NULL,
  `user_id` VARCHAR(191) NOT NULL,
  `thread_id` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `color` TEXT NOT NULL DEFAULT 'default',
  `is_pinned` TINYINT(1) DEFAULT 0,
  `order` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail0_note_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_user_settings` (
  `id` VARCHAR(191) NOT NULL,
  `user_id` VARCHAR(191) NOT NULL,
  `settings` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail0_user_settings_user_id_unique` (`user_id`),
  CONSTRAINT `mail0_user_settings_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_user_hotkeys` (
  `user_id` VARCHAR(191) NOT NULL,
  `shortcuts` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `mail0_user_hotkeys_user_id_mail0_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `mail0_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail0_writing_style_matrix` (
  `connectionId` VARCHAR(191) NOT NULL,
  `numMessages` INT NOT NULL,
  `style` JSON NOT NULL,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`connectionId`),
  CONSTRAINT `mail0_writing_style_matrix_connectionId_mail0_connection_id_fk` FOREIGN KEY (`connectionId`) REFERENCES `mail0_connection` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

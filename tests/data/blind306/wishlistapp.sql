-- Wishlist App (ugho49/wishlist, wishlistapp.fr) — wish lists shared in family and friends' events (birthdays,
-- Christmas): events and their attendees, wish lists and items, item reservations ("takers"), Secret Santa draws
-- Upstream: github.com/ugho49/wishlist, commit 93f2627b36d549ce6a2faefdc3e5e9962ed35871 (MIT, declared in package.json)
-- Made by replaying the 11 Drizzle migrations of apps/api/drizzle/migrations/*.sql into PostgreSQL 15 and writing
-- the `pg_dump --schema-only` output (which matches apps/api/drizzle/schema.ts) as MySQL DDL: uuid -> CHAR(36),
-- varchar(n) -> VARCHAR(n), text -> TEXT, date -> DATE, timestamptz -> DATETIME(6), boolean -> TINYINT(1),
-- integer -> INT, numeric -> DECIMAL(19,4), varchar[]/uuid[] arrays -> JSON. Column order as the migrations leave
-- it; primary keys, unique constraints and all 17 foreign keys kept; the unique index on lower(email) written as a
-- UNIQUE KEY on `email` (MariaDB's default collation already ignores case); the three CHECK constraints
-- (attendee is a user or an e-mail, co-owner differs from owner, an item is not its own import source) left out.
-- Left out: Drizzle's own migrations journal table.

CREATE TABLE `user` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(200) NOT NULL,
  `first_name` VARCHAR(50) NOT NULL,
  `last_name` VARCHAR(50) NOT NULL,
  `birthday` DATE,
  `password_enc` VARCHAR(500),
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `authorities` JSON NOT NULL DEFAULT ('["ROLE_USER"]'),
  `last_ip` VARCHAR(50),
  `last_connected_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `picture_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique_idx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_email_change_verification` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `new_email` VARCHAR(200) NOT NULL,
  `token` VARCHAR(200) NOT NULL,
  `expired_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_email_change_verification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_email_setting` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `daily_new_item_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_setting_user_id_key` (`user_id`),
  CONSTRAINT `user_email_setting_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_password_verification` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `token` VARCHAR(200) NOT NULL,
  `expired_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_password_verification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_social` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `social_id` VARCHAR(1000) NOT NULL,
  `social_type` VARCHAR(50) NOT NULL,
  `picture_url` VARCHAR(1000),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `email` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_social_social_id_social_type_key` (`social_id`, `social_type`),
  UNIQUE KEY `user_social_user_id_social_type_key` (`user_id`, `social_type`),
  CONSTRAINT `user_social_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(100) NOT NULL,
  `description` TEXT,
  `event_date` DATE NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `icon` VARCHAR(10),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_attendee` (
  `id` CHAR(36) NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `temp_user_email` VARCHAR(200),
  `role` VARCHAR(50) NOT NULL DEFAULT 'participant',
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_attendee_event_id_user_id_temp_user_email_key` (`event_id`, `user_id`, `temp_user_email`),
  CONSTRAINT `event_attendee_event_id_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_attendee_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wishlist` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(100) NOT NULL,
  `description` TEXT,
  `owner_id` CHAR(36) NOT NULL,
  `hide_items` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `logo_url` VARCHAR(1000),
  `co_owner_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `wishlist_co_owner_id_user_id_fk` FOREIGN KEY (`co_owner_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `wishlist_owner_id_user_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_wishlist` (
  `event_id` CHAR(36) NOT NULL,
  `wishlist_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`event_id`, `wishlist_id`),
  CONSTRAINT `event_wishlist_event_id_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_wishlist_wishlist_id_wishlist_id_fk` FOREIGN KEY (`wishlist_id`) REFERENCES `wishlist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `item` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT,
  `url` VARCHAR(1000),
  `is_suggested` TINYINT(1) NOT NULL DEFAULT 0,
  `score` INT,
  `wishlist_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `picture_url` VARCHAR(1000),
  `import_source_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `item_import_source_id_item_id_fk` FOREIGN KEY (`import_source_id`) REFERENCES `item` (`id`) ON DELETE SET NULL,
  CONSTRAINT `item_wishlist_id_wishlist_id_fk` FOREIGN KEY (`wishlist_id`) REFERENCES `wishlist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `item_taker` (
  `item_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `taken_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`item_id`, `user_id`),
  CONSTRAINT `item_taker_item_id_item_id_fk` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `item_taker_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `secret_santa` (
  `id` CHAR(36) NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `description` TEXT,
  `budget` DECIMAL(19,4),
  `status` VARCHAR(20) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret_santa_event_id_unique` (`event_id`),
  CONSTRAINT `secret_santa_event_id_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `secret_santa_user` (
  `id` CHAR(36) NOT NULL,
  `secret_santa_id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `draw_user_id` CHAR(36),
  `exclusions` JSON NOT NULL DEFAULT ('[]'),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret_santa_user_secret_santa_id_attendee_id_key` (`secret_santa_id`, `attendee_id`),
  CONSTRAINT `secret_santa_user_attendee_id_event_attendee_id_fk` FOREIGN KEY (`attendee_id`) REFERENCES `event_attendee` (`id`),
  CONSTRAINT `secret_santa_user_secret_santa_id_secret_santa_id_fk` FOREIGN KEY (`secret_santa_id`) REFERENCES `secret_santa` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

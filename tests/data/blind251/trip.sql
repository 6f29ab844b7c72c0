-- TRIP ("Tourism and Recreational Interest Points", itskovacs/trip): self-hosted map of points of interest and
-- trip planner (places, trips with days, items, bookings, packing and check lists, attachments, members and
-- share links; users with TOTP, API token and magic links; backups).
-- Source: the SQLModel models `backend/trip/models/models.py` and the 42 Alembic migrations
-- `backend/trip/alembic/versions/*.py` at commit c4afa10c0327fc51bbe8f6fc065fe1700a70450e (MIT, `license.txt`).
-- A fresh install runs `alembic upgrade head` (`backend/trip/db/core.py`); that was done here (SQLAlchemy 2.1,
-- SQLModel 0.0.50, Alembic 1.20) into an empty SQLite database, and its tables were written as MySQL from SQLite's
-- catalogue (PRAGMA table_info / index_list / foreign_key_list): column names, order, NOT NULL and defaults as
-- SQLite holds them; INTEGER -> int (a single INTEGER primary key -> AUTO_INCREMENT), VARCHAR -> varchar(255),
-- BOOLEAN -> tinyint(1), FLOAT -> float, DATE, DATETIME and JSON unchanged; primary, unique and foreign keys as
-- created (plain indexes left out). All 17 application tables are kept; `alembic_version` is left out.

CREATE TABLE `user` (
  `map_lat` float NOT NULL,
  `map_lng` float NOT NULL,
  `currency` varchar(255) NOT NULL,
  `do_not_display` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `tile_layer` varchar(255),
  `mode_low_network` tinyint(1) NOT NULL DEFAULT 1,
  `mode_dark` tinyint(1) NOT NULL DEFAULT 0,
  `mode_gpx_in_place` tinyint(1) NOT NULL DEFAULT 0,
  `totp_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `totp_secret` varchar(255),
  `google_apikey` varchar(255),
  `mode_display_visited` tinyint(1),
  `api_token` varchar(255),
  `mode_map_position` tinyint(1),
  `map_provider` varchar(255) NOT NULL DEFAULT 'OPENSTREETMAP',
  `duplicate_dist` int,
  `is_admin` tinyint(1),
  `language` varchar(255),
  `show_dog_tag` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `image` (
  `filename` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `user` varchar(255) NOT NULL,
  `file_size` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `image_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `category` (
  `name` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `image_id` int,
  `user` varchar(255) NOT NULL,
  `color` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `category_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE,
  CONSTRAINT `category_image_id_fk` FOREIGN KEY (`image_id`) REFERENCES `image` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trip` (
  `name` varchar(255) NOT NULL,
  `archived` tinyint(1),
  `id` int NOT NULL AUTO_INCREMENT,
  `image_id` int,
  `user` varchar(255) NOT NULL,
  `currency` varchar(255),
  `notes` varchar(255),
  `archival_review` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `trip_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE,
  CONSTRAINT `trip_image_id_fk` FOREIGN KEY (`image_id`) REFERENCES `image` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripshare` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `trip_id` int NOT NULL,
  `is_full_access` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tripshare_token_unique` (`token`),
  CONSTRAINT `tripshare_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripchecklistitem` (
  `text` varchar(255),
  `checked` tinyint(1),
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tripchecklistitem_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trippackinglistitem` (
  `text` varchar(255),
  `qt` int,
  `category` varchar(10),
  `packed` tinyint(1),
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `trippackinglistitem_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripday` (
  `label` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `dt` date,
  `notes` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `tripday_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripattachment` (
  `filename` varchar(255) NOT NULL,
  `file_size` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `uploaded_at` datetime NOT NULL,
  `uploaded_by` varchar(255) NOT NULL,
  `stored_filename` varchar(255) NOT NULL,
  `trip_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tripattachment_uploaded_by_fk` FOREIGN KEY (`uploaded_by`) REFERENCES `user` (`username`) ON DELETE CASCADE,
  CONSTRAINT `tripattachment_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `backup` (
  `completed_at` datetime,
  `filename` varchar(255),
  `error_message` varchar(255),
  `file_size` int,
  `id` int NOT NULL AUTO_INCREMENT,
  `user` varchar(255) NOT NULL,
  `status` varchar(10) NOT NULL,
  `created_at` datetime NOT NULL,
  `full` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `backup_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `place` (
  `name` varchar(255) NOT NULL,
  `lat` float NOT NULL,
  `lng` float NOT NULL,
  `place` varchar(255) NOT NULL,
  `allowdog` tinyint(1),
  `description` varchar(255),
  `price` float,
  `duration` int,
  `favorite` tinyint(1),
  `visited` tinyint(1),
  `gpx` varchar(255),
  `id` int NOT NULL AUTO_INCREMENT,
  `cdate` date NOT NULL,
  `user` varchar(255) NOT NULL,
  `image_id` int,
  `category_id` int NOT NULL,
  `restroom` tinyint(1),
  `links` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `place_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `place_image_id_fk` FOREIGN KEY (`image_id`) REFERENCES `image` (`id`) ON DELETE CASCADE,
  CONSTRAINT `place_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripitem` (
  `time` varchar(255),
  `text` varchar(255) NOT NULL,
  `comment` varchar(255),
  `lat` float,
  `price` float,
  `lng` float,
  `status` varchar(10),
  `id` int NOT NULL AUTO_INCREMENT,
  `place_id` int,
  `day_id` int NOT NULL,
  `image_id` int,
  `gpx` varchar(255),
  `paid_by` varchar(255),
  `links` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `tripitem_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `place` (`id`) ON DELETE SET NULL,
  CONSTRAINT `tripitem_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `tripday` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tripitem_paid_by_fk` FOREIGN KEY (`paid_by`) REFERENCES `user` (`username`) ON DELETE SET NULL,
  CONSTRAINT `tripitem_image_id_fk` FOREIGN KEY (`image_id`) REFERENCES `image` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripitemattachmentlink` (
  `item_id` int NOT NULL,
  `attachment_id` int NOT NULL,
  PRIMARY KEY (`item_id`, `attachment_id`),
  CONSTRAINT `tripitemattachmentlink_item_id_fk` FOREIGN KEY (`item_id`) REFERENCES `tripitem` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tripitemattachmentlink_attachment_id_fk` FOREIGN KEY (`attachment_id`) REFERENCES `tripattachment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `magiclink` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `expires` datetime NOT NULL,
  `user` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `magiclink_token_unique` (`token`),
  CONSTRAINT `magiclink_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripplacelink` (
  `trip_id` int NOT NULL,
  `place_id` int NOT NULL,
  PRIMARY KEY (`trip_id`, `place_id`),
  CONSTRAINT `tripplacelink_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tripplacelink_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `place` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripmember` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user` varchar(255) NOT NULL,
  `invited_by` varchar(255),
  `invited_at` datetime NOT NULL,
  `joined_at` datetime,
  `trip_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tripmember_trip_id_user_unique` (`trip_id`, `user`),
  CONSTRAINT `tripmember_user_fk` FOREIGN KEY (`user`) REFERENCES `user` (`username`) ON DELETE CASCADE,
  CONSTRAINT `tripmember_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tripmember_invited_by_fk` FOREIGN KEY (`invited_by`) REFERENCES `user` (`username`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tripbooking` (
  `id` int NOT NULL AUTO_INCREMENT,
  `day_id` int NOT NULL,
  `trip_id` int NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'generic',
  `label` varchar(255) NOT NULL,
  `reference` varchar(255),
  `notes` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `tripbooking_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trip` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tripbooking_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `tripday` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Nyaa (nyaadevs/nyaa, the software of nyaa.si and sukebei.nyaa.si): github.com/nyaadevs/nyaa,
-- `migrations/versions/*.py` (16 Alembic migrations, chain 97ddefed1834 -> 3001f79b7722 -> d0eeb8049623 ->
-- 2bceb2cb4d7c -> 7f064e009cab -> 1add911660a6 -> ffd23e570f92 -> b79d2fcafd88 -> 500117641608 -> cf7bf6d0e6bd ->
-- b61e4f6a88cc -> 6cc823948c5a -> f69d7fec88d6 -> f703f911d4ae -> 8a6a7662eb37 -> 5cbcee17bece) replayed by hand
-- into the MySQL DDL SQLAlchemy 1.3 emits for them, checked against `nyaa/models.py`, commit
-- 4fe0ff5b1aa7ec7c9bb2667d97e10ce2a318c676 (2020-07-12), GPL-3.0. Every table of the final schema is kept: the
-- shared tables and both site flavours (`nyaa_` and `sukebei_`), as `db_create.py` creates them in one database.

CREATE TABLE `users` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(32) COLLATE ascii_general_ci NOT NULL,
  `email` VARCHAR(255),
  `password_hash` BLOB(255) NOT NULL,
  `status` INTEGER NOT NULL,
  `level` INTEGER NOT NULL,
  `created_time` DATETIME,
  `last_login_date` DATETIME,
  `last_login_ip` BLOB,
  `registration_ip` BLOB,
  PRIMARY KEY (`id`),
  UNIQUE (`email`),
  UNIQUE (`username`)
);

CREATE TABLE `trackers` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) COLLATE utf8_general_ci NOT NULL,
  `disabled` BOOL NOT NULL,
  `is_webseed` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`uri`)
);

CREATE TABLE `bans` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `admin_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  `user_ip` BLOB(16),
  `reason` VARCHAR(2048) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_ip_16` (`user_ip`(16)),
  UNIQUE KEY `user_ip_4` (`user_ip`(4)),
  FOREIGN KEY(`admin_id`) REFERENCES `users` (`id`),
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `rangebans` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `cidr_string` VARCHAR(18) NOT NULL,
  `masked_cidr` BIGINT NOT NULL,
  `mask` BIGINT NOT NULL,
  `enabled` BOOL NOT NULL,
  `temp` DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_rangebans_mask` (`mask`),
  KEY `ix_rangebans_masked_cidr` (`masked_cidr`)
);

CREATE TABLE `user_preferences` (
  `user_id` INTEGER NOT NULL,
  `hide_comments` BOOL NOT NULL DEFAULT false,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `trusted_applications` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `submitter_id` INTEGER NOT NULL,
  `created_time` DATETIME,
  `closed_time` DATETIME,
  `why_want` VARCHAR(4000) NOT NULL,
  `why_give` VARCHAR(4000) NOT NULL,
  `status` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_trusted_applications_submitter_id` (`submitter_id`),
  FOREIGN KEY(`submitter_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `trusted_reviews` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `reviewer_id` INTEGER NOT NULL,
  `app_id` INTEGER NOT NULL,
  `created_time` DATETIME,
  `comment` VARCHAR(4000) NOT NULL,
  `recommendation` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`app_id`) REFERENCES `trusted_applications` (`id`),
  FOREIGN KEY(`reviewer_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `nyaa_main_categories` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nyaa_sub_categories` (
  `id` INTEGER NOT NULL,
  `main_category_id` INTEGER NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`, `main_category_id`),
  FOREIGN KEY(`main_category_id`) REFERENCES `nyaa_main_categories` (`id`)
);

CREATE TABLE `nyaa_torrents` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `info_hash` BINARY(20) NOT NULL,
  `display_name` VARCHAR(255) COLLATE utf8_general_ci NOT NULL,
  `torrent_name` VARCHAR(255) NOT NULL,
  `information` VARCHAR(255) NOT NULL,
  `description` TEXT COLLATE utf8mb4_bin NOT NULL,
  `filesize` BIGINT NOT NULL,
  `encoding` VARCHAR(32) NOT NULL,
  `flags` INTEGER NOT NULL,
  `uploader_id` INTEGER,
  `has_torrent` BOOL NOT NULL,
  `created_time` DATETIME NOT NULL,
  `updated_time` DATETIME NOT NULL,
  `main_category_id` INTEGER NOT NULL,
  `sub_category_id` INTEGER NOT NULL,
  `redirect` INTEGER,
  `uploader_ip` BLOB,
  `comment_count` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_nyaa_torrents_info_hash` (`info_hash`),
  KEY `ix_nyaa_torrents_display_name` (`display_name`),
  KEY `ix_nyaa_torrents_filesize` (`filesize`),
  KEY `ix_nyaa_torrents_flags` (`flags`),
  KEY `nyaa_uploader_flag_idx` (`uploader_id`, `flags`),
  KEY `ix_nyaa_torrents_comment_count` (`comment_count`),
  FOREIGN KEY(`main_category_id`, `sub_category_id`) REFERENCES `nyaa_sub_categories` (`main_category_id`, `id`),
  FOREIGN KEY(`main_category_id`) REFERENCES `nyaa_main_categories` (`id`),
  FOREIGN KEY(`redirect`) REFERENCES `nyaa_torrents` (`id`),
  FOREIGN KEY(`uploader_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `nyaa_statistics` (
  `torrent_id` INTEGER NOT NULL,
  `seed_count` INTEGER NOT NULL,
  `leech_count` INTEGER NOT NULL,
  `download_count` INTEGER NOT NULL,
  `last_updated` DATETIME,
  PRIMARY KEY (`torrent_id`),
  KEY `ix_nyaa_statistics_download_count` (`download_count`),
  KEY `ix_nyaa_statistics_leech_count` (`leech_count`),
  KEY `ix_nyaa_statistics_seed_count` (`seed_count`),
  FOREIGN KEY(`torrent_id`) REFERENCES `nyaa_torrents` (`id`) ON DELETE CASCADE
);

CREATE TABLE `nyaa_torrent_trackers` (
  `torrent_id` INTEGER NOT NULL,
  `tracker_id` INTEGER NOT NULL,
  `order` INTEGER NOT NULL,
  PRIMARY KEY (`torrent_id`, `tracker_id`),
  KEY `ix_nyaa_torrent_trackers_order` (`order`),
  FOREIGN KEY(`torrent_id`) REFERENCES `nyaa_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`tracker_id`) REFERENCES `trackers` (`id`) ON DELETE CASCADE
);

CREATE TABLE `nyaa_torrents_filelist` (
  `torrent_id` INTEGER NOT NULL,
  `filelist_blob` MEDIUMBLOB,
  PRIMARY KEY (`torrent_id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `nyaa_torrents` (`id`) ON DELETE CASCADE
) ROW_FORMAT=COMPRESSED;

CREATE TABLE `nyaa_comments` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `torrent_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  `created_time` DATETIME,
  `text` TEXT COLLATE utf8mb4_bin NOT NULL,
  `edited_time` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `nyaa_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `nyaa_reports` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `reason` VARCHAR(255) NOT NULL,
  `status` INTEGER NOT NULL,
  `torrent_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `nyaa_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `nyaa_adminlog` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `log` VARCHAR(1024) NOT NULL,
  `admin_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`admin_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `nyaa_trackerapi` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `info_hash` BINARY(20) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sukebei_main_categories` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sukebei_sub_categories` (
  `id` INTEGER NOT NULL,
  `main_category_id` INTEGER NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`, `main_category_id`),
  FOREIGN KEY(`main_category_id`) REFERENCES `sukebei_main_categories` (`id`)
);

CREATE TABLE `sukebei_torrents` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `info_hash` BINARY(20) NOT NULL,
  `display_name` VARCHAR(255) COLLATE utf8_general_ci NOT NULL,
  `torrent_name` VARCHAR(255) NOT NULL,
  `information` VARCHAR(255) NOT NULL,
  `description` TEXT COLLATE utf8mb4_bin NOT NULL,
  `filesize` BIGINT NOT NULL,
  `encoding` VARCHAR(32) NOT NULL,
  `flags` INTEGER NOT NULL,
  `uploader_id` INTEGER,
  `has_torrent` BOOL NOT NULL,
  `created_time` DATETIME NOT NULL,
  `updated_time` DATETIME NOT NULL,
  `main_category_id` INTEGER NOT NULL,
  `sub_category_id` INTEGER NOT NULL,
  `redirect` INTEGER,
  `uploader_ip` BLOB,
  `comment_count` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_sukebei_torrents_info_hash` (`info_hash`),
  KEY `ix_sukebei_torrents_display_name` (`display_name`),
  KEY `ix_sukebei_torrents_filesize` (`filesize`),
  KEY `ix_sukebei_torrents_flags` (`flags`),
  KEY `sukebei_uploader_flag_idx` (`uploader_id`, `flags`),
  KEY `ix_sukebei_torrents_comment_count` (`comment_count`),
  FOREIGN KEY(`main_category_id`, `sub_category_id`) REFERENCES `sukebei_sub_categories` (`main_category_id`, `id`),
  FOREIGN KEY(`main_category_id`) REFERENCES `sukebei_main_categories` (`id`),
  FOREIGN KEY(`redirect`) REFERENCES `sukebei_torrents` (`id`),
  FOREIGN KEY(`uploader_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sukebei_statistics` (
  `torrent_id` INTEGER NOT NULL,
  `seed_count` INTEGER NOT NULL,
  `leech_count` INTEGER NOT NULL,
  `download_count` INTEGER NOT NULL,
  `last_updated` DATETIME,
  PRIMARY KEY (`torrent_id`),
  KEY `ix_sukebei_statistics_download_count` (`download_count`),
  KEY `ix_sukebei_statistics_leech_count` (`leech_count`),
  KEY `ix_sukebei_statistics_seed_count` (`seed_count`),
  FOREIGN KEY(`torrent_id`) REFERENCES `sukebei_torrents` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sukebei_torrent_trackers` (
  `torrent_id` INTEGER NOT NULL,
  `tracker_id` INTEGER NOT NULL,
  `order` INTEGER NOT NULL,
  PRIMARY KEY (`torrent_id`, `tracker_id`),
  KEY `ix_sukebei_torrent_trackers_order` (`order`),
  FOREIGN KEY(`torrent_id`) REFERENCES `sukebei_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`tracker_id`) REFERENCES `trackers` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sukebei_torrents_filelist` (
  `torrent_id` INTEGER NOT NULL,
  `filelist_blob` MEDIUMBLOB,
  PRIMARY KEY (`torrent_id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `sukebei_torrents` (`id`) ON DELETE CASCADE
) ROW_FORMAT=COMPRESSED;

CREATE TABLE `sukebei_comments` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `torrent_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  `created_time` DATETIME,
  `text` TEXT COLLATE utf8mb4_bin NOT NULL,
  `edited_time` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `sukebei_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sukebei_reports` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `reason` VARCHAR(255) NOT NULL,
  `status` INTEGER NOT NULL,
  `torrent_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`torrent_id`) REFERENCES `sukebei_torrents` (`id`) ON DELETE CASCADE,
  FOREIGN KEY(`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sukebei_adminlog` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `log` VARCHAR(1024) NOT NULL,
  `admin_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY(`admin_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sukebei_trackerapi` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `info_hash` BINARY(20) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

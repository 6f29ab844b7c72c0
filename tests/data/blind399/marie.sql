-- Marie (PaulSonOfLars/tgbot, the Telegram group-management bot behind @BanhammerMarie_bot), github.com/PaulSonOfLars/tgbot,
-- commit 19f837db527ed5acd061213b7858c4fadacd7e14 (2022-09-30, the last before the repository was archived; GPL-3.0).
-- Source: the SQLAlchemy models of tg_bot/modules/sql/*_sql.py. The modules were imported unchanged (with stand-ins for
-- the Telegram dispatcher and the session) and their tables created by SQLAlchemy 1.3 in an empty PostgreSQL 15 database,
-- as upstream's start() does (Marie runs on PostgreSQL only), then written as MySQL from the catalogue: all 28 tables,
-- columns in upstream's order. Types: Integer -> INT (SQLAlchemy made every single integer primary key a SERIAL, kept as
-- AUTO_INCREMENT), BigInteger -> BIGINT, String(14) -> VARCHAR(14), UnicodeText -> TEXT (VARCHAR(255) where the column is
-- in a key), Boolean -> TINYINT(1), postgresql.ARRAY(UnicodeText) -> JSON. Python-side defaults are not in the database
-- and are not written. Primary keys, the unique constraint and foreign keys as SQLAlchemy created them.

CREATE TABLE `afk_users` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `is_afk` TINYINT(1) NULL,
  `reason` TEXT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `antiflood` (
  `chat_id` VARCHAR(14) NOT NULL,
  `user_id` INT NULL,
  `count` INT NULL,
  `limit` INT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `blacklist` (
  `chat_id` VARCHAR(14) NOT NULL,
  `trigger` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`chat_id`, `trigger`)
);

CREATE TABLE `cust_filters` (
  `chat_id` VARCHAR(14) NOT NULL,
  `keyword` VARCHAR(255) NOT NULL,
  `reply` TEXT NOT NULL,
  `is_sticker` TINYINT(1) NOT NULL,
  `is_document` TINYINT(1) NOT NULL,
  `is_image` TINYINT(1) NOT NULL,
  `is_audio` TINYINT(1) NOT NULL,
  `is_voice` TINYINT(1) NOT NULL,
  `is_video` TINYINT(1) NOT NULL,
  `has_buttons` TINYINT(1) NOT NULL,
  `has_markdown` TINYINT(1) NOT NULL,
  PRIMARY KEY (`chat_id`, `keyword`)
);

CREATE TABLE `cust_filter_urls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chat_id` VARCHAR(14) NOT NULL,
  `keyword` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `same_line` TINYINT(1) NULL,
  PRIMARY KEY (`id`, `chat_id`, `keyword`)
);

CREATE TABLE `disabled_commands` (
  `chat_id` VARCHAR(14) NOT NULL,
  `command` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`chat_id`, `command`)
);

CREATE TABLE `gbans` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `reason` TEXT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `gban_settings` (
  `chat_id` VARCHAR(14) NOT NULL,
  `setting` TINYINT(1) NOT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `permissions` (
  `chat_id` VARCHAR(14) NOT NULL,
  `audio` TINYINT(1) NULL,
  `voice` TINYINT(1) NULL,
  `contact` TINYINT(1) NULL,
  `video` TINYINT(1) NULL,
  `videonote` TINYINT(1) NULL,
  `document` TINYINT(1) NULL,
  `photo` TINYINT(1) NULL,
  `sticker` TINYINT(1) NULL,
  `gif` TINYINT(1) NULL,
  `url` TINYINT(1) NULL,
  `bots` TINYINT(1) NULL,
  `forward` TINYINT(1) NULL,
  `game` TINYINT(1) NULL,
  `location` TINYINT(1) NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `restrictions` (
  `chat_id` VARCHAR(14) NOT NULL,
  `messages` TINYINT(1) NULL,
  `media` TINYINT(1) NULL,
  `other` TINYINT(1) NULL,
  `preview` TINYINT(1) NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `log_channels` (
  `chat_id` VARCHAR(14) NOT NULL,
  `log_channel` VARCHAR(14) NOT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `notes` (
  `chat_id` VARCHAR(14) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `file` TEXT NULL,
  `is_reply` TINYINT(1) NULL,
  `has_buttons` TINYINT(1) NULL,
  `msgtype` INT NULL,
  PRIMARY KEY (`chat_id`, `name`)
);

CREATE TABLE `note_urls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chat_id` VARCHAR(14) NOT NULL,
  `note_name` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `same_line` TINYINT(1) NULL,
  PRIMARY KEY (`id`, `chat_id`, `note_name`)
);

CREATE TABLE `user_report_settings` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `should_report` TINYINT(1) NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `chat_report_settings` (
  `chat_id` VARCHAR(14) NOT NULL,
  `should_report` TINYINT(1) NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `rss_feed` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chat_id` TEXT NOT NULL,
  `feed_link` TEXT NULL,
  `old_entry_link` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rules` (
  `chat_id` VARCHAR(14) NOT NULL,
  `rules` TEXT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `userinfo` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `info` TEXT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `userbio` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `bio` TEXT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `users` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `username` TEXT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `chats` (
  `chat_id` VARCHAR(14) NOT NULL,
  `chat_name` TEXT NOT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `chat_members` (
  `priv_chat_id` INT NOT NULL AUTO_INCREMENT,
  `chat` VARCHAR(14) NOT NULL,
  `user` INT NOT NULL,
  PRIMARY KEY (`priv_chat_id`),
  UNIQUE KEY `_chat_members_uc` (`chat`, `user`),
  CONSTRAINT `chat_members_chat_fkey` FOREIGN KEY (`chat`) REFERENCES `chats` (`chat_id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `chat_members_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `warns` (
  `user_id` INT NOT NULL,
  `chat_id` VARCHAR(14) NOT NULL,
  `num_warns` INT NULL,
  `reasons` JSON NULL,
  PRIMARY KEY (`user_id`, `chat_id`)
);

CREATE TABLE `warn_filters` (
  `chat_id` VARCHAR(14) NOT NULL,
  `keyword` VARCHAR(255) NOT NULL,
  `reply` TEXT NOT NULL,
  PRIMARY KEY (`chat_id`, `keyword`)
);

CREATE TABLE `warn_settings` (
  `chat_id` VARCHAR(14) NOT NULL,
  `warn_limit` INT NULL,
  `soft_warn` TINYINT(1) NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `welcome_pref` (
  `chat_id` VARCHAR(14) NOT NULL,
  `should_welcome` TINYINT(1) NULL,
  `should_goodbye` TINYINT(1) NULL,
  `custom_welcome` TEXT NULL,
  `welcome_type` INT NULL,
  `custom_leave` TEXT NULL,
  `leave_type` INT NULL,
  `clean_welcome` BIGINT NULL,
  PRIMARY KEY (`chat_id`)
);

CREATE TABLE `welcome_urls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chat_id` VARCHAR(14) NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `same_line` TINYINT(1) NULL,
  PRIMARY KEY (`id`, `chat_id`)
);

CREATE TABLE `leave_urls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chat_id` VARCHAR(14) NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `same_line` TINYINT(1) NULL,
  PRIMARY KEY (`id`, `chat_id`)
);


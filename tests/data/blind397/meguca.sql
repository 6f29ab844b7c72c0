-- meguca v6 (bakape/meguca), anonymous real-time imageboard (Go, PostgreSQL) — final schema of release v6.8.2.
-- Source: github.com/bakape/meguca, tag v6.8.2, commit 669eb6ed06b9c2033fe14b65a276953f4c147405 (2021-02-07; AGPL-3.0, LICENSE)
--   db/init.go (`main`) and the 107 steps of `var migrations` in db/migrations.go: every DDL statement they run
--   (including the ones built with createIndex / setNotNull / modTable) replayed in order in PostgreSQL 15, data-only
--   steps skipped, then the final catalogue written as MySQL.
-- Conversion: PostgreSQL folds upstream's unquoted camelCase names to lower case (readOnly -> readonly), which are
--   the names the database holds and are kept; column order is PostgreSQL's final ordinal order. Types: boolean ->
--   tinyint(1), text -> text (varchar(255) where part of a key), bytea -> blob (varbinary(64) for the 64-byte
--   session-token keys), inet -> varchar(45), timestamp / timestamptz -> datetime, jsonb -> json, arrays (smallint[],
--   text[], json[]) -> text, the enum type ban_type -> ENUM; now() defaults -> CURRENT_TIMESTAMP; the own sequences of
--   mod_log.id and reports.id -> AUTO_INCREMENT; posts.id and threads.id share the sequence post_id and their
--   epoch-time defaults (extract(epoch from now())) have no MySQL equivalent: written without a default.
--   bitchute_videos.id (varchar(1000) key) is ascii so that MariaDB can index it. Primary keys, foreign keys (with
--   their ON DELETE actions) and indexes as in PostgreSQL. Tables are written in creation order, `bans` moved after
--   `boards` (its foreign key was added later). Functions and triggers (static/src/sql) are not schema and are left out.
-- All 23 tables of the final schema are kept.

CREATE TABLE `main` (
  `id` varchar(255) NOT NULL,
  `val` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` varchar(20) NOT NULL,
  `password` blob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `account` varchar(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires` datetime NOT NULL,
  PRIMARY KEY (`account`, `token`),
  CONSTRAINT `sessions_account_fkey` FOREIGN KEY (`account`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `readonly` tinyint(1) NOT NULL,
  `textonly` tinyint(1) NOT NULL,
  `forcedanon` tinyint(1) NOT NULL,
  `id` varchar(10) NOT NULL,
  `created` datetime NOT NULL,
  `title` varchar(100) NOT NULL,
  `notice` varchar(500) NOT NULL,
  `rules` varchar(5000) NOT NULL,
  `eightball` text NOT NULL,
  `disablerobots` tinyint(1) DEFAULT false,
  `defaultcss` varchar(20) DEFAULT 'moe',
  `flags` tinyint(1) DEFAULT false,
  `nsfw` tinyint(1) DEFAULT false,
  `rbtext` tinyint(1) DEFAULT false,
  `pyu` tinyint(1) DEFAULT false,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bans` (
  `board` varchar(10) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `by` varchar(20) NOT NULL,
  `reason` varchar(100) NOT NULL,
  `expires` datetime DEFAULT CURRENT_TIMESTAMP,
  `forpost` bigint DEFAULT 0,
  `type` enum('classic','shadow') NOT NULL DEFAULT 'classic',
  KEY `bans_board_idx` (`board`),
  KEY `bans_expires_idx` (`expires`),
  KEY `bans_ip_idx` (`ip`),
  KEY `bans_type_idx` (`type`),
  CONSTRAINT `bans_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `audio` tinyint(1) NOT NULL,
  `video` tinyint(1) NOT NULL,
  `file_type` smallint NOT NULL,
  `thumb_type` smallint NOT NULL,
  `dims` text NOT NULL,
  `length` int NOT NULL,
  `size` int NOT NULL,
  `md5` char(22) NOT NULL,
  `sha1` char(40) NOT NULL,
  `title` varchar(200) NOT NULL DEFAULT '',
  `artist` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`sha1`),
  KEY `image_audio` (`audio`),
  KEY `image_filetype` (`file_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_tokens` (
  `token` char(86) NOT NULL,
  `sha1` char(40) NOT NULL,
  `expires` datetime NOT NULL,
  PRIMARY KEY (`token`),
  KEY `image_tokens_expires_idx` (`expires`),
  CONSTRAINT `image_tokens_sha1_fkey` FOREIGN KEY (`sha1`) REFERENCES `images` (`sha1`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff` (
  `board` varchar(10) NOT NULL,
  `account` varchar(20) NOT NULL,
  `position` smallint NOT NULL DEFAULT 0,
  KEY `staff_account` (`account`),
  KEY `staff_board` (`board`),
  CONSTRAINT `staff_account_fkey` FOREIGN KEY (`account`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `staff_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `threads` (
  `board` varchar(10) NOT NULL,
  `id` bigint NOT NULL,
  `bump_time` bigint NOT NULL,
  `update_time` bigint NOT NULL,
  `subject` varchar(100) NOT NULL,
  `sticky` tinyint(1) DEFAULT false,
  `locked` tinyint(1) DEFAULT false,
  PRIMARY KEY (`id`),
  KEY `bumptime` (`bump_time`),
  KEY `sticky` (`sticky`),
  KEY `threads_board` (`board`),
  CONSTRAINT `threads_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `spoiler` tinyint(1) NOT NULL DEFAULT false,
  `id` bigint NOT NULL,
  `op` bigint NOT NULL,
  `time` bigint NOT NULL,
  `board` varchar(10) NOT NULL,
  `trip` varchar(100) NOT NULL DEFAULT '',
  `sha1` char(40),
  `name` varchar(50) NOT NULL DEFAULT '',
  `imagename` varchar(200) NOT NULL DEFAULT '',
  `body` varchar(2000) NOT NULL,
  `ip` varchar(45),
  `commands` text,
  `sage` tinyint(1) NOT NULL DEFAULT false,
  `flag` varchar(5) NOT NULL DEFAULT '',
  `editing` tinyint(1) NOT NULL DEFAULT false,
  `password` blob,
  `moderated` tinyint(1) NOT NULL DEFAULT false,
  `auth` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `editing` (`editing`),
  KEY `image` (`sha1`),
  KEY `ip` (`ip`),
  KEY `op` (`op`),
  KEY `post_board` (`board`),
  KEY `posts_time_idx` (`time`),
  CONSTRAINT `posts_op_fkey` FOREIGN KEY (`op`) REFERENCES `threads` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_sha1_fkey` FOREIGN KEY (`sha1`) REFERENCES `images` (`sha1`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mod_log` (
  `type` smallint NOT NULL,
  `board` varchar(100) NOT NULL,
  `post_id` bigint NOT NULL,
  `by` varchar(20) NOT NULL,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  `length` bigint DEFAULT 0,
  `data` text DEFAULT '',
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `mod_log_board` (`board`),
  KEY `mod_log_created` (`created`),
  CONSTRAINT `mod_log_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `board` varchar(10) NOT NULL,
  `data` blob NOT NULL,
  `mime` text NOT NULL,
  CONSTRAINT `banners_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loading_animations` (
  `board` varchar(10) NOT NULL,
  `data` blob NOT NULL,
  `mime` text NOT NULL,
  PRIMARY KEY (`board`),
  CONSTRAINT `loading_animations_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `target` bigint NOT NULL,
  `board` varchar(10) NOT NULL,
  `reason` varchar(100) NOT NULL,
  `by` varchar(45) NOT NULL,
  `illegal` tinyint(1) NOT NULL,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `report_board` (`board`),
  KEY `report_created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `source` bigint NOT NULL,
  `target` bigint NOT NULL,
  PRIMARY KEY (`source`, `target`),
  KEY `link_source` (`source`),
  KEY `link_target` (`target`),
  CONSTRAINT `links_source_fkey` FOREIGN KEY (`source`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `links_target_fkey` FOREIGN KEY (`target`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pyu` (
  `id` varchar(10) NOT NULL,
  `pcount` bigint DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `pyu_id_fkey` FOREIGN KEY (`id`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pyu_limit` (
  `ip` varchar(45) NOT NULL,
  `board` varchar(10) NOT NULL,
  `pcount` smallint DEFAULT 4,
  `restricted` tinyint(1) DEFAULT false,
  PRIMARY KEY (`ip`, `board`),
  KEY `pyu_limit_board` (`board`),
  KEY `pyu_limit_ip` (`ip`),
  CONSTRAINT `pyu_limit_board_fkey` FOREIGN KEY (`board`) REFERENCES `boards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_captchas` (
  `ip` varchar(45) NOT NULL,
  `expires` datetime NOT NULL,
  KEY `failed_captchas_expires_idx` (`expires`),
  KEY `failed_captchas_ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_moderation` (
  `post_id` bigint NOT NULL,
  `type` smallint NOT NULL,
  `by` varchar(20) NOT NULL,
  `length` bigint NOT NULL DEFAULT 0,
  `data` varchar(100) NOT NULL DEFAULT '',
  KEY `post_moderation_post_id_idx` (`post_id`),
  KEY `post_moderation_type_idx` (`type`),
  CONSTRAINT `post_moderation_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spam_scores` (
  `token` varbinary(64) NOT NULL,
  `score` bigint NOT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `last_solved_captchas` (
  `token` varbinary(64) NOT NULL,
  `time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bitchute_videos` (
  `id` varchar(1000) CHARACTER SET ascii NOT NULL,
  `title` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attempted_logins` (
  `ip` varchar(45) NOT NULL,
  `account` varchar(20) NOT NULL,
  `attempts` smallint NOT NULL,
  `expires` datetime NOT NULL,
  PRIMARY KEY (`ip`, `account`),
  KEY `attempted_logins_expires_idx` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

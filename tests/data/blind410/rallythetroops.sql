-- Rally the Troops! (Tor Andersson; the server of rally-the-troops.com, a site where people play historical
-- board wargames and other board games online, turn by turn or live; Node.js + SQLite)
-- Upstream: github.com/rally-the-troops/server, commit 58fdbf5e5eaaf2eb89e8a2e876ee45508f580667
--   (schema.sql last changed in 3ec391a75f6edad855fc218c8369b0ce52158bb0), ISC licence for the platform software.
-- File: schema.sql (the SQLite schema the server creates), every table in upstream's order, written as MySQL:
--   integer -> int (logins.sid, a 48-bit random session number, -> bigint); an `integer primary key` that SQLite
--   assigns itself (rowid alias) -> int AUTO_INCREMENT where the server inserts without a key (users, messages,
--   threads, posts, games, tm_seeds, tm_pools); text -> text, or varchar(255) where it is a key or unique;
--   real (julian days) -> double; boolean -> tinyint(1); datetime and json kept; `collate nocase` left to the
--   case-insensitive default collation; `without rowid` dropped; the two generated columns of games kept as
--   VIRTUAL generated columns; the FTS5 virtual table forum_search written as a table with a FULLTEXT key.
-- Kept: primary keys and unique columns. SQLite declares no foreign keys. Left out: the non-unique and partial
--   indexes, the views, triggers and seed rows (INSERTs), and the separate archive database (tools/archive-schema.sql,
--   a copy of finished games' players, state, replay and chat).

-- Blacklists --

CREATE TABLE `blacklist_mail` (
  `mail` varchar(255) NOT NULL,
  PRIMARY KEY (`mail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blacklist_name` (
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Titles --

CREATE TABLE `titles` (
  `title_id` varchar(255) NOT NULL,
  `title_name` text DEFAULT NULL,
  `bgg` int DEFAULT NULL,
  `is_symmetric` tinyint(1) DEFAULT 0,
  `is_hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`title_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Users --

CREATE TABLE `logins` (
  `sid` bigint NOT NULL,
  `user_id` int DEFAULT NULL,
  `expires` double DEFAULT NULL, -- julianday
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `user_id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `mail` varchar(255) DEFAULT NULL,
  `notify` int DEFAULT 0,
  `is_verified` tinyint(1) DEFAULT 0,
  `is_banned` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `mail` (`mail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_password` (
  `user_id` int NOT NULL,
  `password` text DEFAULT NULL,
  `salt` text DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_about` (
  `user_id` int NOT NULL,
  `about` text DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_first_seen` (
  `user_id` int NOT NULL,
  `ctime` datetime DEFAULT NULL,
  `ip` text DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_last_seen` (
  `user_id` int NOT NULL,
  `atime` datetime DEFAULT NULL,
  `ip` text DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_timeout` (
  `user_id` int NOT NULL,
  `game_id` int NOT NULL,
  `time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_move_hist` (
  `user_id` int NOT NULL,
  `minutes` int NOT NULL,
  `frequency` int DEFAULT 1,
  PRIMARY KEY (`user_id`, `minutes`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `user_id` int NOT NULL,
  `token` text DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `user_id` int NOT NULL,
  `url` text DEFAULT NULL,
  `format` text DEFAULT NULL,
  `prefix` text DEFAULT NULL,
  `error` text DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Elo ratings & match making --

CREATE TABLE `ratings` (
  `title_id` int NOT NULL,
  `user_id` int NOT NULL,
  `rating` int DEFAULT NULL,
  `count` int DEFAULT NULL,
  `last` datetime DEFAULT NULL,
  PRIMARY KEY (`title_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Friend and Block Lists --

CREATE TABLE `contacts` (
  `me` int NOT NULL,
  `you` int NOT NULL,
  `relation` int DEFAULT NULL,
  PRIMARY KEY (`me`, `you`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Messages --

CREATE TABLE `messages` (
  `message_id` int NOT NULL AUTO_INCREMENT,
  `is_deleted_from_inbox` tinyint(1) DEFAULT 0,
  `is_deleted_from_outbox` tinyint(1) DEFAULT 0,
  `from_id` int DEFAULT NULL,
  `to_id` int DEFAULT NULL,
  `time` datetime DEFAULT CURRENT_TIMESTAMP,
  `is_read` tinyint(1) DEFAULT 0,
  `subject` text DEFAULT NULL,
  `body` text DEFAULT NULL,
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Forum --

CREATE TABLE `threads` (
  `thread_id` int NOT NULL AUTO_INCREMENT,
  `author_id` int DEFAULT NULL,
  `subject` text DEFAULT NULL,
  `is_locked` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`thread_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `post_id` int NOT NULL AUTO_INCREMENT,
  `thread_id` int DEFAULT NULL,
  `author_id` int DEFAULT NULL,
  `ctime` datetime DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime DEFAULT CURRENT_TIMESTAMP,
  `body` text DEFAULT NULL,
  PRIMARY KEY (`post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `read_threads` (
  `user_id` int NOT NULL,
  `thread_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `thread_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_search` (
  `thread_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `text` text DEFAULT NULL,
  FULLTEXT KEY `forum_search_text` (`text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Games --

CREATE TABLE `games` (
  `game_id` int NOT NULL AUTO_INCREMENT,
  `status` int DEFAULT 0,
  `title_id` text DEFAULT NULL,
  `scenario` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `player_count` int DEFAULT 2,
  `join_count` int DEFAULT 0,
  `invite_count` int DEFAULT 0,
  `user_count` int DEFAULT 0,
  `owner_id` int DEFAULT 0,
  `notice` text DEFAULT NULL,
  `pace` int DEFAULT 0,
  `is_private` tinyint(1) DEFAULT 0,
  `is_random` tinyint(1) DEFAULT 0,
  `is_match` tinyint(1) DEFAULT 0,
  `ctime` datetime DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime DEFAULT CURRENT_TIMESTAMP,
  `moves` int DEFAULT 0,
  `active` text DEFAULT NULL,
  `result` text DEFAULT NULL,
  `is_opposed` tinyint(1) GENERATED ALWAYS AS (`user_count` = `join_count` and `join_count` > 1) VIRTUAL,
  `is_ready` tinyint(1) GENERATED ALWAYS AS (`player_count` = `join_count` and `invite_count` = 0) VIRTUAL,
  PRIMARY KEY (`game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_state` (
  `game_id` int NOT NULL,
  `state` text DEFAULT NULL,
  PRIMARY KEY (`game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_chat` (
  `game_id` int NOT NULL,
  `chat_id` int NOT NULL,
  `user_id` int DEFAULT NULL,
  `time` datetime DEFAULT CURRENT_TIMESTAMP,
  `message` text DEFAULT NULL,
  PRIMARY KEY (`game_id`, `chat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unread_chats` (
  `user_id` int NOT NULL,
  `game_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unseen_games` (
  `user_id` int NOT NULL,
  `game_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_replay` (
  `game_id` int NOT NULL,
  `replay_id` int NOT NULL,
  `role` text DEFAULT NULL,
  `action` text DEFAULT NULL,
  `arguments` json DEFAULT NULL,
  PRIMARY KEY (`game_id`, `replay_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_snap` (
  `game_id` int NOT NULL,
  `snap_id` int NOT NULL,
  `replay_id` int DEFAULT NULL,
  `state` text DEFAULT NULL,
  PRIMARY KEY (`game_id`, `snap_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_notes` (
  `game_id` int NOT NULL,
  `role` varchar(255) NOT NULL,
  `note` text DEFAULT NULL,
  PRIMARY KEY (`game_id`, `role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `players` (
  `game_id` int NOT NULL,
  `role` varchar(255) NOT NULL,
  `user_id` int DEFAULT NULL,
  `is_invite` int DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `active_time` double DEFAULT NULL, -- julianday
  `clock` double DEFAULT NULL,
  `score` int DEFAULT NULL,
  PRIMARY KEY (`game_id`, `role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tournaments --

CREATE TABLE `tm_seeds` (
  `seed_id` int NOT NULL AUTO_INCREMENT,
  `seed_name` varchar(255) DEFAULT NULL,
  `title_id` text DEFAULT NULL,
  `scenario` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `player_count` int DEFAULT NULL,
  `pace` int DEFAULT 2,
  `pool_size` int DEFAULT 3,
  `round_count` int DEFAULT 4,
  `is_concurrent` tinyint(1) DEFAULT 1,
  `level_count` int DEFAULT 1,
  `is_open` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`seed_id`),
  UNIQUE KEY `seed_name` (`seed_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_banned` (
  `user_id` int NOT NULL,
  `time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_queue` (
  `user_id` int NOT NULL,
  `seed_id` int NOT NULL,
  `level` int NOT NULL,
  `is_paused` tinyint(1) DEFAULT 0,
  `time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `seed_id`, `level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_pools` (
  `pool_id` int NOT NULL AUTO_INCREMENT,
  `seed_id` int DEFAULT NULL,
  `level` int DEFAULT NULL,
  `is_finished` tinyint(1) DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `finish_date` datetime DEFAULT NULL,
  `pool_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`pool_id`),
  UNIQUE KEY `pool_name` (`pool_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_rounds` (
  `game_id` int NOT NULL,
  `pool_id` int DEFAULT NULL,
  `round` int DEFAULT NULL,
  PRIMARY KEY (`game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_results` (
  `pool_id` int NOT NULL,
  `user_id` int NOT NULL,
  `points` int DEFAULT NULL,
  `son` int DEFAULT NULL,
  PRIMARY KEY (`pool_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tm_winners` (
  `pool_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Deleted users --

CREATE TABLE `deleted_users` (
  `user_id` int DEFAULT NULL,
  `name` text DEFAULT NULL,
  `mail` text DEFAULT NULL,
  `time` datetime DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

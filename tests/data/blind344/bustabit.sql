-- bustabit v1 (moneypot / bustabit) — web server of the Bitcoin "crash" gambling game bustabit.com
-- (players, sessions, failed logins, password recovery, deposits and withdrawals, tips between players,
-- faucet giveaways, game rounds and their hashes, bets and cash-outs, chat).
-- Upstream: github.com/bustabit/v1-webserver, commit 971ceccc5292d931dc204dc241b086cb522a86a0 (AGPL-3.0,
-- license.txt), server/sql/schema.sql (PostgreSQL 9.4 with plv8), written as MySQL / MariaDB DDL:
-- bigint / bigserial -> bigint (AUTO_INCREMENT where upstream uses a sequence or bigserial), text -> text
-- (varchar(191) where the column is part of a primary, unique or index key), uuid -> char(36), inet -> varchar(45),
-- timestamp with time zone -> datetime(6) (DEFAULT now() -> CURRENT_TIMESTAMP(6)), boolean -> tinyint(1),
-- the enum type UserClassEnum -> ENUM('user','moderator','admin'). The unique index on lower(username) is
-- written as a unique key on username; the "now() + interval" defaults of recovery.expired and
-- sessions.expired, the CHECK constraints, the plpgsql/plv8 trigger that keeps users' profit figures, the
-- users_view view and the leaderboard materialized view are left out. Column order, primary keys, unique
-- constraints and foreign keys are upstream's. All 12 tables are kept.

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `username` varchar(191) NOT NULL,
  `email` text,
  `password` text NOT NULL,
  `mfa_secret` text,
  `balance_satoshis` bigint NOT NULL DEFAULT 0,
  `gross_profit` bigint NOT NULL DEFAULT 0,
  `net_profit` bigint NOT NULL DEFAULT 0,
  `games_played` bigint NOT NULL DEFAULT 0,
  `userclass` enum('user','moderator','admin') NOT NULL DEFAULT 'user',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failedlogins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `user_agent` text,
  `fingerprint` text,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `failedlogins_user_id_idx` (`user_id`),
  CONSTRAINT `failedlogins_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfers` (
  `id` char(36) NOT NULL,
  `from_user_id` bigint NOT NULL,
  `to_user_id` bigint NOT NULL,
  `amount` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `transfer_from_user_id_idx` (`from_user_id`, `created`),
  KEY `transfer_to_user_id_idx` (`to_user_id`, `created`),
  CONSTRAINT `transfers_from_user_id_fkey` FOREIGN KEY (`from_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `transfers_to_user_id_fkey` FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocks` (
  `height` int NOT NULL,
  `hash` varchar(191) NOT NULL,
  PRIMARY KEY (`height`, `hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fundings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `amount` bigint NOT NULL,
  `bitcoin_withdrawal_txid` text,
  `bitcoin_withdrawal_address` text,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `description` text,
  `bitcoin_deposit_txid` varchar(191),
  `withdrawal_id` char(36),
  `withdrawal_fp` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fundings_withdrawal_id_key` (`withdrawal_id`),
  UNIQUE KEY `fundings_user_id_bitcoin_deposit_txid_key` (`user_id`, `bitcoin_deposit_txid`),
  KEY `fundings_user_id_idx` (`user_id`),
  CONSTRAINT `fundings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `game_crash` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ended` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `giveaways` (
  `amount` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `giveaways_user_id_idx` (`user_id`),
  CONSTRAINT `giveaways_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plays` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `cash_out` bigint,
  `auto_cash_out` bigint NOT NULL,
  `game_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `bet` bigint NOT NULL,
  `bonus` bigint,
  PRIMARY KEY (`id`),
  KEY `plays_game_id_idx` (`game_id`),
  KEY `plays_user_id_idx` (`user_id`, `id`),
  CONSTRAINT `plays_game_id_fkey` FOREIGN KEY (`game_id`) REFERENCES `games` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `plays_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recovery` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `ip` varchar(45) NOT NULL,
  `created` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expired` datetime(6),
  `used` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `fki_foreing_user_id` (`user_id`),
  CONSTRAINT `recovery_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `user_agent` text,
  `fingerprint` text,
  `ott` tinyint(1) DEFAULT 0,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expired` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_idx` (`user_id`, `expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game_hashes` (
  `game_id` bigint NOT NULL,
  `hash` text NOT NULL,
  PRIMARY KEY (`game_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `message` text NOT NULL,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_bot` tinyint(1) NOT NULL,
  `channel` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `chat_messages_user_id_idx` (`user_id`),
  KEY `chat_messages_channel_id_idx` (`channel`, `id`),
  CONSTRAINT `chat_messages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

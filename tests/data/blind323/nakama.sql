-- Nakama (Heroic Labs) 3.40.0 — open-source game back-end server (player accounts, devices, friends, groups,
-- chat, notifications, storage, wallets, leaderboards and tournaments, in-app purchases and subscriptions,
-- console users and audit log).
-- Upstream: github.com/heroiclabs/nakama, commit 73ad9c15d64e75eba241a80211ba1adb94019010 (Apache-2.0),
-- migrate/sql/*.sql (19 sql-migrate migrations, PostgreSQL / CockroachDB). The migrations were replayed into
-- PostgreSQL 15 and the resulting schema written as MySQL: UUID -> char(36), JSONB -> json, TIMESTAMPTZ ->
-- datetime(6), BYTEA -> blob, BOOLEAN -> tinyint(1), TEXT columns of a primary key -> varchar(191);
-- CHECK constraints and the GIN trigram index on users.display_name are left out. Column order is the order
-- the migrations leave (ALTER TABLE ... ADD COLUMN appends). All 19 tables are kept.

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `username` varchar(128) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `avatar_url` varchar(512) DEFAULT NULL,
  `lang_tag` varchar(18) NOT NULL DEFAULT 'en',
  `location` varchar(255) DEFAULT NULL,
  `timezone` varchar(255) DEFAULT NULL,
  `metadata` json NOT NULL,
  `wallet` json NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `password` blob DEFAULT NULL,
  `facebook_id` varchar(128) DEFAULT NULL,
  `google_id` varchar(128) DEFAULT NULL,
  `gamecenter_id` varchar(128) DEFAULT NULL,
  `steam_id` varchar(128) DEFAULT NULL,
  `custom_id` varchar(128) DEFAULT NULL,
  `edge_count` int NOT NULL DEFAULT 0,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `verify_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `disable_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `facebook_instant_game_id` varchar(128) DEFAULT NULL,
  `apple_id` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_facebook_id_key` (`facebook_id`),
  UNIQUE KEY `users_google_id_key` (`google_id`),
  UNIQUE KEY `users_gamecenter_id_key` (`gamecenter_id`),
  UNIQUE KEY `users_steam_id_key` (`steam_id`),
  UNIQUE KEY `users_custom_id_key` (`custom_id`),
  UNIQUE KEY `users_facebook_instant_game_id_key` (`facebook_instant_game_id`),
  UNIQUE KEY `users_apple_id_key` (`apple_id`),
  KEY `users_display_name_idx` (`display_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_device` (
  `id` varchar(128) NOT NULL,
  `user_id` char(36) NOT NULL,
  `preferences` json NOT NULL,
  `push_token_amazon` varchar(512) NOT NULL DEFAULT '',
  `push_token_android` varchar(512) NOT NULL DEFAULT '',
  `push_token_huawei` varchar(512) NOT NULL DEFAULT '',
  `push_token_ios` varchar(512) NOT NULL DEFAULT '',
  `push_token_web` varchar(512) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_device_user_id_id_key` (`user_id`, `id`),
  CONSTRAINT `user_device_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_edge` (
  `source_id` char(36) NOT NULL,
  `position` bigint NOT NULL,
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `destination_id` char(36) NOT NULL,
  `state` smallint NOT NULL DEFAULT 0,
  `metadata` json NOT NULL,
  PRIMARY KEY (`source_id`, `state`, `position`),
  UNIQUE KEY `user_edge_source_id_destination_id_key` (`source_id`, `destination_id`),
  KEY `user_edge_auto_index_fk_destination_id_ref_users` (`destination_id`),
  CONSTRAINT `user_edge_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_edge_destination_id_fkey` FOREIGN KEY (`destination_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `content` json NOT NULL,
  `code` smallint NOT NULL,
  `sender_id` char(36) NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `create_time`, `id`),
  UNIQUE KEY `notification_id_key` (`id`),
  CONSTRAINT `notification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage` (
  `collection` varchar(128) NOT NULL,
  `key` varchar(128) NOT NULL,
  `user_id` char(36) NOT NULL,
  `value` json NOT NULL,
  `version` varchar(32) NOT NULL,
  `read` smallint NOT NULL DEFAULT 1,
  `write` smallint NOT NULL DEFAULT 1,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`collection`, `key`, `user_id`),
  KEY `collection_read_user_id_key_idx` (`collection`, `read`, `user_id`, `key`),
  KEY `collection_read_key_user_id_idx` (`collection`, `read`, `key`, `user_id`),
  KEY `collection_user_id_read_key_idx` (`collection`, `user_id`, `read`, `key`),
  KEY `storage_auto_index_fk_user_id_ref_users` (`user_id`),
  CONSTRAINT `storage_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` char(36) NOT NULL,
  `code` smallint NOT NULL DEFAULT 0,
  `sender_id` char(36) NOT NULL,
  `username` varchar(128) NOT NULL,
  `stream_mode` smallint NOT NULL,
  `stream_subject` char(36) NOT NULL,
  `stream_descriptor` char(36) NOT NULL,
  `stream_label` varchar(128) NOT NULL,
  `content` json NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`stream_mode`, `stream_subject`, `stream_descriptor`, `stream_label`, `create_time`, `id`),
  UNIQUE KEY `message_id_key` (`id`),
  UNIQUE KEY `message_sender_id_id_key` (`sender_id`, `id`),
  CONSTRAINT `message_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leaderboard` (
  `id` varchar(128) NOT NULL,
  `authoritative` tinyint(1) NOT NULL DEFAULT 0,
  `sort_order` smallint NOT NULL DEFAULT 1,
  `operator` smallint NOT NULL DEFAULT 0,
  `reset_schedule` varchar(64) DEFAULT NULL,
  `metadata` json NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `category` smallint NOT NULL DEFAULT 0,
  `description` varchar(255) NOT NULL DEFAULT '',
  `duration` int NOT NULL DEFAULT 0,
  `end_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `join_required` tinyint(1) NOT NULL DEFAULT 0,
  `max_size` int NOT NULL DEFAULT 100000000,
  `max_num_score` int NOT NULL DEFAULT 1000000,
  `title` varchar(255) NOT NULL DEFAULT '',
  `size` int NOT NULL DEFAULT 0,
  `start_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enable_ranks` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `duration_start_time_end_time_category_idx` (`duration`, `start_time`, `end_time`, `category`),
  KEY `leaderboard_create_time_id_idx` (`create_time`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leaderboard_record` (
  `leaderboard_id` varchar(128) NOT NULL,
  `owner_id` char(36) NOT NULL,
  `username` varchar(128) DEFAULT NULL,
  `score` bigint NOT NULL DEFAULT 0,
  `subscore` bigint NOT NULL DEFAULT 0,
  `num_score` int NOT NULL DEFAULT 1,
  `metadata` json NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expiry_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `max_num_score` int NOT NULL DEFAULT 1000000,
  PRIMARY KEY (`leaderboard_id`, `expiry_time`, `score`, `subscore`, `owner_id`),
  UNIQUE KEY `leaderboard_record_owner_id_leaderboard_id_expiry_time_key` (`owner_id`, `leaderboard_id`, `expiry_time`),
  KEY `owner_id_expiry_time_leaderboard_id_idx` (`owner_id`, `expiry_time`, `leaderboard_id`),
  CONSTRAINT `leaderboard_record_leaderboard_id_fkey` FOREIGN KEY (`leaderboard_id`) REFERENCES `leaderboard` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wallet_ledger` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `changeset` json NOT NULL,
  `metadata` json NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `create_time`, `id`),
  UNIQUE KEY `wallet_ledger_id_key` (`id`),
  CONSTRAINT `wallet_ledger_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tombstone` (
  `user_id` char(36) NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`create_time`, `user_id`),
  UNIQUE KEY `user_tombstone_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` char(36) NOT NULL,
  `creator_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `avatar_url` varchar(512) DEFAULT NULL,
  `lang_tag` varchar(18) NOT NULL DEFAULT 'en',
  `metadata` json NOT NULL,
  `state` smallint NOT NULL DEFAULT 0,
  `edge_count` int NOT NULL DEFAULT 0,
  `max_count` int NOT NULL DEFAULT 100,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disable_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`disable_time`, `lang_tag`, `edge_count`, `id`),
  UNIQUE KEY `groups_id_key` (`id`),
  UNIQUE KEY `groups_name_key` (`name`),
  KEY `edge_count_update_time_id_idx` (`disable_time`, `edge_count`, `update_time`, `id`),
  KEY `update_time_edge_count_id_idx` (`disable_time`, `update_time`, `edge_count`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_edge` (
  `source_id` char(36) NOT NULL,
  `position` bigint NOT NULL,
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `destination_id` char(36) NOT NULL,
  `state` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`source_id`, `state`, `position`),
  UNIQUE KEY `group_edge_source_id_destination_id_key` (`source_id`, `destination_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `console_user` (
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disable_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `email` varchar(255) NOT NULL,
  `id` char(36) NOT NULL,
  `metadata` json NOT NULL,
  `password` blob DEFAULT NULL,
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `username` varchar(128) NOT NULL,
  `mfa_secret` blob DEFAULT NULL,
  `mfa_recovery_codes` blob DEFAULT NULL,
  `mfa_required` tinyint(1) DEFAULT 0,
  `acl` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `console_user_email_uniq` (`email`),
  UNIQUE KEY `console_user_username_uniq` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchase` (
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `environment` smallint NOT NULL DEFAULT 0,
  `product_id` varchar(512) NOT NULL,
  `purchase_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `raw_response` json NOT NULL,
  `store` smallint NOT NULL DEFAULT 0,
  `transaction_id` varchar(512) NOT NULL,
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `refund_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`transaction_id`),
  KEY `purchase_time_user_id_transaction_id_idx` (`purchase_time`, `user_id`, `transaction_id`),
  CONSTRAINT `purchase_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription` (
  `original_transaction_id` varchar(512) NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `environment` smallint NOT NULL DEFAULT 0,
  `product_id` varchar(512) NOT NULL,
  `purchase_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `store` smallint NOT NULL DEFAULT 0,
  `user_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `expire_time` datetime(6) NOT NULL,
  `raw_response` json NOT NULL,
  `raw_notification` json NOT NULL,
  `refund_time` datetime(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`original_transaction_id`),
  KEY `subscription_time_user_id_transaction_id_idx` (`purchase_time`, `user_id`, `original_transaction_id`),
  CONSTRAINT `subscription_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting` (
  `name` varchar(64) NOT NULL,
  `value` json NOT NULL,
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`name`),
  UNIQUE KEY `setting_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_notes` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `note` text NOT NULL,
  `create_id` char(36) DEFAULT NULL,
  `update_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`user_id`, `create_time`, `id`),
  UNIQUE KEY `users_notes_id_key` (`id`),
  CONSTRAINT `users_notes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `console_audit_log` (
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` char(36) NOT NULL,
  `console_user_id` char(36) NOT NULL,
  `console_username` varchar(191) NOT NULL,
  `email` text NOT NULL,
  `action` varchar(191) NOT NULL,
  `resource` varchar(191) NOT NULL,
  `message` text NOT NULL,
  `metadata` json NOT NULL,
  PRIMARY KEY (`create_time`, `console_username`, `action`, `resource`, `id`),
  UNIQUE KEY `console_audit_log_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `console_acl_template` (
  `id` char(36) NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` varchar(64) NOT NULL DEFAULT '',
  `acl` json NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

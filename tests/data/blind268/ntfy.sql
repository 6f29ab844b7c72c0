-- ntfy (self-hosted pub-sub push-notification server: publish to topics, deliver to phones and browsers)
-- Upstream: github.com/binwiederhier/ntfy, commit 81a486adc11fe24efcbedefb28ae946028597c2f
-- (v2.13.0 + 2 commits; Apache-2.0 and GPL-2.0 dual licence).
-- Source: the CREATE TABLE strings ntfy runs on a fresh SQLite database, from three files:
--   user/manager.go createTablesQueries (auth-file, user schema version 5),
--   server/message_cache.go createMessagesTableQuery (cache-file, schema version 13),
--   server/webpush_store.go createWebPushSubscriptionsTableQuery (web-push-file, schema version 1).
-- SQLite written as MySQL: TEXT columns that are keys or indexed -> varchar(255) (endpoint varchar(700)),
-- other TEXT -> text, INT -> int, INTEGER PRIMARY KEY AUTOINCREMENT -> bigint AUTO_INCREMENT,
-- JSON -> longtext, the CHECK on user.role kept. user_access.owner_user_id is declared INT upstream but
-- holds a user id ("u_..."), and its foreign key references user(id) (TEXT): it is written varchar(255) so
-- that MariaDB accepts the key. The `schemaVersion` table exists, identical, in each of the three
-- databases; it is written once. All primary, unique and foreign keys and the plain indexes are upstream's.

-- ---------------------------------------------------------------------------
-- user.db (auth-file): user/manager.go createTablesQueries (schema version 5)
-- ---------------------------------------------------------------------------

CREATE TABLE `tier` (
  `id` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `messages_limit` int NOT NULL,
  `messages_expiry_duration` int NOT NULL,
  `emails_limit` int NOT NULL,
  `calls_limit` int NOT NULL,
  `reservations_limit` int NOT NULL,
  `attachment_file_size_limit` int NOT NULL,
  `attachment_total_size_limit` int NOT NULL,
  `attachment_expiry_duration` int NOT NULL,
  `attachment_bandwidth_limit` int NOT NULL,
  `stripe_monthly_price_id` varchar(255) DEFAULT NULL,
  `stripe_yearly_price_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tier_code` (`code`),
  UNIQUE KEY `idx_tier_stripe_monthly_price_id` (`stripe_monthly_price_id`),
  UNIQUE KEY `idx_tier_stripe_yearly_price_id` (`stripe_yearly_price_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` varchar(255) NOT NULL,
  `tier_id` varchar(255) DEFAULT NULL,
  `user` varchar(255) NOT NULL,
  `pass` text NOT NULL,
  `role` varchar(16) NOT NULL CHECK (`role` IN ('anonymous', 'admin', 'user')),
  `prefs` longtext NOT NULL DEFAULT '{}',
  `sync_topic` text NOT NULL,
  `stats_messages` int NOT NULL DEFAULT 0,
  `stats_emails` int NOT NULL DEFAULT 0,
  `stats_calls` int NOT NULL DEFAULT 0,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `stripe_subscription_id` varchar(255) DEFAULT NULL,
  `stripe_subscription_status` text DEFAULT NULL,
  `stripe_subscription_interval` text DEFAULT NULL,
  `stripe_subscription_paid_until` int DEFAULT NULL,
  `stripe_subscription_cancel_at` int DEFAULT NULL,
  `created` int NOT NULL,
  `deleted` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user` (`user`),
  UNIQUE KEY `idx_user_stripe_customer_id` (`stripe_customer_id`),
  UNIQUE KEY `idx_user_stripe_subscription_id` (`stripe_subscription_id`),
  CONSTRAINT `fk_user_tier` FOREIGN KEY (`tier_id`) REFERENCES `tier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_access` (
  `user_id` varchar(255) NOT NULL,
  `topic` varchar(255) NOT NULL,
  `read` int NOT NULL,
  `write` int NOT NULL,
  `owner_user_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`topic`),
  CONSTRAINT `fk_user_access_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_access_owner` FOREIGN KEY (`owner_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_token` (
  `user_id` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `label` text NOT NULL,
  `last_access` int NOT NULL,
  `last_origin` text NOT NULL,
  `expires` int NOT NULL,
  PRIMARY KEY (`user_id`,`token`),
  CONSTRAINT `fk_user_token_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_phone` (
  `user_id` varchar(255) NOT NULL,
  `phone_number` varchar(255) NOT NULL,
  PRIMARY KEY (`user_id`,`phone_number`),
  CONSTRAINT `fk_user_phone_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The same two-column table exists in each of the three databases (user.db,
-- cache.db, webpush.db); written once here.
CREATE TABLE `schemaVersion` (
  `id` int NOT NULL,
  `version` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------------------
-- cache.db (cache-file): server/message_cache.go createMessagesTableQuery
-- (schema version 13)
-- ---------------------------------------------------------------------------

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mid` varchar(255) NOT NULL,
  `time` int NOT NULL,
  `expires` int NOT NULL,
  `topic` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `title` text NOT NULL,
  `priority` int NOT NULL,
  `tags` text NOT NULL,
  `click` text NOT NULL,
  `icon` text NOT NULL,
  `actions` text NOT NULL,
  `attachment_name` text NOT NULL,
  `attachment_type` text NOT NULL,
  `attachment_size` int NOT NULL,
  `attachment_expires` int NOT NULL,
  `attachment_url` text NOT NULL,
  `attachment_deleted` int NOT NULL,
  `sender` varchar(255) NOT NULL,
  `user` varchar(255) NOT NULL,
  `content_type` text NOT NULL,
  `encoding` text NOT NULL,
  `published` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_mid` (`mid`),
  KEY `idx_time` (`time`),
  KEY `idx_topic` (`topic`),
  KEY `idx_expires` (`expires`),
  KEY `idx_sender` (`sender`),
  KEY `idx_user` (`user`),
  KEY `idx_attachment_expires` (`attachment_expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stats` (
  `key` varchar(255) NOT NULL,
  `value` int DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------------------
-- webpush.db (web-push-file): server/webpush_store.go
-- createWebPushSubscriptionsTableQuery (schema version 1)
-- ---------------------------------------------------------------------------

CREATE TABLE `subscription` (
  `id` varchar(255) NOT NULL,
  `endpoint` varchar(700) NOT NULL,
  `key_auth` text NOT NULL,
  `key_p256dh` text NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `subscriber_ip` varchar(255) NOT NULL,
  `updated_at` int NOT NULL,
  `warned_at` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_endpoint` (`endpoint`),
  KEY `idx_subscriber_ip` (`subscriber_ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_topic` (
  `subscription_id` varchar(255) NOT NULL,
  `topic` varchar(255) NOT NULL,
  PRIMARY KEY (`subscription_id`,`topic`),
  KEY `idx_topic` (`topic`),
  CONSTRAINT `fk_subscription_topic_subscription` FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

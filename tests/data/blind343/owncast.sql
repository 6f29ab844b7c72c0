-- Owncast (self-hosted live video streaming and chat server; Go, SQLite)
-- Upstream: github.com/owncast/owncast, goose migrations persistence/migrations/*.sql (MIT)
-- Read per file from the stored copies (the repository snapshot is too large to mirror here):
--   00001_init.sql                        684a34f90cfed9afcbe346b5b26d249e421d005c (baseline = schema v9 of the 0.2.x releases)
--   00002_featured_streams.sql            45c0856232c18a9ca00e6f7b5f7e6cd2eb3a9f67 (federated_servers, ap_followers.owncast_server)
--   00003_directory_follower.sql          51e558430d3f3ea79cb54bb5865c7045290b8d24 (owncast_server renamed to directory)
--   00004_linked_identities.sql           51c6b84ef239caf311885e49a9c855af07948dff (auth.token renamed auth_key; provider, profile_url, handle, is_public)
--   00005_add_secret_to_webhooks.sql      524d65a6f83d2926c55cbd38e897f208bd869949 (webhooks.secret)
--   00006_activitypub_delivery_queue.sql  435a3dcfa0751b6b809b80ba46da331140d8d684 (ap_delivery_queue)
-- The migrations numbered 00007 and higher in the stored copies belong to open work branches (three different
-- 00007 files: replays, scheduled streams, a ban reason) and were left out.
-- SQLite written as MySQL: the state after applying 00001..00006 in order; columns in upstream's order (renamed
-- columns keep their place, added columns at the end); TEXT keys -> varchar, TEXT -> text, BLOB -> longblob,
-- BOOLEAN -> tinyint(1), TIMESTAMP/DATETIME/DATE -> datetime (SQLite stores all of them as text date-times);
-- AUTOINCREMENT -> AUTO_INCREMENT; foreign keys as declared upstream; plain indexes and the two partial unique
-- indexes (auth plugin identity, delivery-queue coalescing) left out.

CREATE TABLE `datastore` (
  `key` varchar(255) NOT NULL,
  `value` longblob,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` text NOT NULL,
  `events` text NOT NULL,
  `timestamp` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_used` datetime DEFAULT NULL,
  `secret` text NOT NULL DEFAULT 'abc123',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `display_name` text NOT NULL,
  `display_color` int NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `disabled_at` datetime DEFAULT NULL,
  `previous_names` text DEFAULT '',
  `namechanged_at` datetime DEFAULT NULL,
  `authenticated_at` datetime DEFAULT NULL,
  `scopes` text,
  `type` text DEFAULT 'STANDARD',
  `last_used` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_access_tokens` (
  `token` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`token`),
  CONSTRAINT `user_access_tokens_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ap_followers` (
  `iri` varchar(512) NOT NULL,
  `inbox` text NOT NULL,
  `shared_inbox` text,
  `name` text,
  `username` text NOT NULL,
  `image` text,
  `request` text NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `approved_at` datetime DEFAULT NULL,
  `disabled_at` datetime DEFAULT NULL,
  `request_object` longblob,
  `last_validated_at` datetime DEFAULT NULL,
  `first_validation_failure_at` datetime DEFAULT NULL,
  `directory` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`iri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ap_outbox` (
  `iri` varchar(512) NOT NULL,
  `value` longblob,
  `type` text NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `live_notification` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`iri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ap_accepted_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iri` text NOT NULL,
  `actor` text NOT NULL,
  `type` text NOT NULL,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel` text NOT NULL,
  `destination` text NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255),
  `body` text,
  `eventType` text,
  `hidden_at` datetime DEFAULT NULL,
  `timestamp` datetime DEFAULT NULL,
  `title` text,
  `subtitle` text,
  `image` text,
  `link` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` varchar(255) NOT NULL,
  `auth_key` text NOT NULL,
  `type` text NOT NULL,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `provider` text NOT NULL DEFAULT '',
  `profile_url` text,
  `handle` text,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ip_bans` (
  `ip_address` varchar(255) NOT NULL,
  `notes` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ip_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `federated_servers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iri` varchar(512) NOT NULL,
  `name` text,
  `logo_url` text,
  `is_online` tinyint(1) DEFAULT 0,
  `stream_title` text,
  `stream_description` text,
  `stream_tags` text,
  `thumbnail_url` text,
  `last_seen_online` datetime DEFAULT NULL,
  `last_status_update` datetime DEFAULT NULL,
  `added_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `followed_at` datetime DEFAULT NULL,
  `pending` tinyint(1) DEFAULT 1,
  `username` text,
  `display_name` text,
  `summary` text,
  `accepted_at` datetime DEFAULT NULL,
  `rejected_at` datetime DEFAULT NULL,
  `follow_status` text DEFAULT 'pending',
  PRIMARY KEY (`id`),
  UNIQUE KEY `federated_servers_iri_key` (`iri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ap_delivery_queue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `inbox` text NOT NULL,
  `payload` longblob NOT NULL,
  `actor_iri` text NOT NULL,
  `activity_type` text NOT NULL,
  `coalesce_key` text,
  `attempts` int NOT NULL DEFAULT 0,
  `next_attempt_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `claimed_until` datetime DEFAULT NULL,
  `last_error` text,
  `failed_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `revision` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

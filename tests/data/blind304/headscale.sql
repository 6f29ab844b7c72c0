-- Headscale (open-source, self-hosted implementation of the Tailscale control server)
-- Upstream: github.com/juanfont/headscale, hscontrol/db/schema.sql ("the representation of the SQLite schema
-- of Headscale ... the source of truth" that migrations are validated against), snapshot commit
-- f20f1f127842c74dd5f6e10254307b65b1aee936 (file last changed in ee95cf58d9272ba73ae2314f52602069b7906808),
-- after release v0.29.2. Licence: BSD-3-Clause.
-- Converted from SQLite to MySQL/MariaDB: every table and column, names and order as upstream;
-- integer ... AUTOINCREMENT -> bigint unsigned AUTO_INCREMENT (GORM's uint keys), numeric booleans -> tinyint(1),
-- datetime -> datetime(3), text columns that are keys or in a unique index -> varchar(255), text and blob kept.
-- Unique indexes: SQLite's partial unique indexes cannot be written in MySQL. idx_provider_identifier
-- (WHERE provider_identifier IS NOT NULL) is a plain UNIQUE KEY (MySQL allows many NULLs, so the meaning is
-- the same); idx_name_no_provider_identifier (unique name among local users) and idx_pre_auth_keys_prefix
-- (WHERE prefix IS NOT NULL AND prefix != '') are written as plain (non-unique) keys.

CREATE TABLE `migrations` (
  `id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `display_name` text,
  `email` text,
  `provider_identifier` varchar(255) DEFAULT NULL,
  `provider` text,
  `profile_pic_url` text,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_provider_identifier` (`provider_identifier`),
  UNIQUE KEY `idx_name_provider_identifier` (`name`, `provider_identifier`),
  KEY `idx_name_no_provider_identifier` (`name`),
  KEY `idx_users_deleted_at` (`deleted_at`)
);

CREATE TABLE `pre_auth_keys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `key` text,
  `prefix` varchar(255) DEFAULT NULL,
  `hash` blob,
  `user_id` bigint unsigned DEFAULT NULL,
  `description` text,
  `reusable` tinyint(1) DEFAULT NULL,
  `ephemeral` tinyint(1) DEFAULT 0,
  `used` tinyint(1) DEFAULT 0,
  `tags` text,
  `expiration` datetime(3) DEFAULT NULL,
  `revoked` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_pre_auth_keys_prefix` (`prefix`),
  CONSTRAINT `fk_pre_auth_keys_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `api_keys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `prefix` varchar(255) DEFAULT NULL,
  `hash` blob,
  `user_id` bigint unsigned DEFAULT NULL,
  `expiration` datetime(3) DEFAULT NULL,
  `last_seen` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_api_keys_prefix` (`prefix`)
);

-- OAuth 2.0 client-credentials clients for the v2 API (only the bcrypt hash of the secret is stored).
CREATE TABLE `oauth_clients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) DEFAULT NULL,
  `secret_hash` blob,
  `scopes` text,
  `tags` text,
  `description` text,
  `user_id` bigint unsigned DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `revoked` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_oauth_clients_client_id` (`client_id`)
);

-- Short-lived bearer access tokens minted by an oauth_client.
CREATE TABLE `oauth_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `prefix` varchar(255) DEFAULT NULL,
  `hash` blob,
  `client_id` text,
  `scopes` text,
  `tags` text,
  `expiration` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_oauth_access_tokens_prefix` (`prefix`)
);

-- user_id is NULL for tagged nodes (owned by tags, not a user); only set for user-owned nodes.
CREATE TABLE `nodes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `machine_key` text,
  `node_key` text,
  `disco_key` text,
  `endpoints` text,
  `host_info` text,
  `ipv4` text,
  `ipv6` text,
  `hostname` text,
  `given_name` varchar(63) DEFAULT NULL,
  `user_id` bigint unsigned DEFAULT NULL,
  `register_method` text,
  `tags` text,
  `auth_key_id` bigint unsigned DEFAULT NULL,
  `last_seen` datetime(3) DEFAULT NULL,
  `expiry` datetime(3) DEFAULT NULL,
  `approved_routes` text,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_nodes_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_nodes_auth_key` FOREIGN KEY (`auth_key_id`) REFERENCES `pre_auth_keys` (`id`)
);

CREATE TABLE `policies` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `data` text,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_policies_deleted_at` (`deleted_at`)
);

CREATE TABLE `database_versions` (
  `id` bigint NOT NULL,
  `version` text NOT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

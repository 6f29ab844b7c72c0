-- wg-easy v15 (WireGuard VPN server with a web UI): its SQLite database, as MySQL/MariaDB DDL.
-- Upstream: github.com/wg-easy/wg-easy commit bc05e0eac15d894b642a1c0ab44d4c89de64e7da (AGPL-3.0)
--   src/server/database/migrations/0000_short_skin.sql .. 0007_blushing_electro.sql (drizzle-kit, SQLite),
--   replayed in order in SQLite (schemas in src/server/database/repositories/*/schema.ts).
-- Every table and column of the migrated database, columns in the migrated order.
-- integer -> int (tinyint(1) for drizzle boolean-mode columns), text -> text (varchar(255) where in a key),
-- created_at / updated_at / expires_at (text filled with CURRENT_TIMESTAMP or an ISO date) -> datetime.
-- Tables are ordered so that a table follows the tables its foreign keys reference.
-- Drizzle's own bookkeeping table __drizzle_migrations is left out.


CREATE TABLE `users_table` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` text,
  `email` varchar(255),
  `name` text NOT NULL,
  `role` int NOT NULL,
  `totp_key` text,
  `totp_verified` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `oauth_provider` varchar(255),
  `oauth_id` varchar(255),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_table_email_unique` (`email`),
  UNIQUE KEY `oauth_provider_id_unique` (`oauth_provider`, `oauth_id`),
  UNIQUE KEY `users_table_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interfaces_table` (
  `name` varchar(255) NOT NULL,
  `device` text NOT NULL,
  `port` int NOT NULL,
  `private_key` text NOT NULL,
  `public_key` text NOT NULL,
  `ipv4_cidr` text NOT NULL,
  `ipv6_cidr` text NOT NULL,
  `mtu` int NOT NULL,
  `j_c` int DEFAULT 7,
  `j_min` int DEFAULT 10,
  `j_max` int DEFAULT 1000,
  `s1` int DEFAULT 128,
  `s2` int DEFAULT 56,
  `s3` int,
  `s4` int,
  `h1` text,
  `h2` text,
  `h3` text,
  `h4` text,
  `i1` text,
  `i2` text,
  `i3` text,
  `i4` text,
  `i5` text,
  `enabled` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `firewall_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `routing_table` text NOT NULL DEFAULT 'auto',
  PRIMARY KEY (`name`),
  UNIQUE KEY `interfaces_table_port_unique` (`port`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_table` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `interface_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `ipv4_address` varchar(255) NOT NULL,
  `ipv6_address` varchar(255) NOT NULL,
  `pre_up` text NOT NULL DEFAULT '',
  `post_up` text NOT NULL DEFAULT '',
  `pre_down` text NOT NULL DEFAULT '',
  `post_down` text NOT NULL DEFAULT '',
  `private_key` text NOT NULL,
  `public_key` varchar(255) NOT NULL,
  `pre_shared_key` text NOT NULL,
  `expires_at` datetime,
  `allowed_ips` text,
  `server_allowed_ips` text NOT NULL,
  `persistent_keepalive` int NOT NULL,
  `mtu` int NOT NULL,
  `dns` text,
  `server_endpoint` text,
  `enabled` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `j_c` int,
  `j_min` int,
  `j_max` int,
  `i1` text,
  `i2` text,
  `i3` text,
  `i4` text,
  `i5` text,
  `firewall_ips` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_key_interface_unique` (`public_key`, `interface_id`),
  UNIQUE KEY `clients_table_ipv6_address_unique` (`ipv6_address`),
  UNIQUE KEY `clients_table_ipv4_address_unique` (`ipv4_address`),
  FOREIGN KEY (`user_id`) REFERENCES `users_table` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`interface_id`) REFERENCES `interfaces_table` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `one_time_links_table` (
  `id` int NOT NULL,
  `one_time_link` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `one_time_links_table_one_time_link_unique` (`one_time_link`),
  FOREIGN KEY (`id`) REFERENCES `clients_table` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hooks_table` (
  `id` varchar(255) NOT NULL,
  `pre_up` text NOT NULL,
  `post_up` text NOT NULL,
  `pre_down` text NOT NULL,
  `post_down` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `interfaces_table` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_configs_table` (
  `id` varchar(255) NOT NULL,
  `default_mtu` int NOT NULL,
  `default_persistent_keepalive` int NOT NULL,
  `default_dns` text NOT NULL,
  `default_allowed_ips` text NOT NULL,
  `host` text NOT NULL,
  `port` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `default_j_c` int DEFAULT 7,
  `default_j_min` int DEFAULT 10,
  `default_j_max` int DEFAULT 1000,
  `default_i1` text,
  `default_i2` text,
  `default_i3` text,
  `default_i4` text,
  `default_i5` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `interfaces_table` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `general_table` (
  `id` int NOT NULL DEFAULT 1,
  `setup_step` int NOT NULL,
  `session_password` text NOT NULL,
  `session_timeout` int NOT NULL,
  `metrics_prometheus` tinyint(1) NOT NULL,
  `metrics_json` tinyint(1) NOT NULL,
  `metrics_password` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Pi-hole v6: the long-term query database pihole-FTL.db and the list database gravity.db, as MySQL/MariaDB DDL.
-- Upstream: github.com/pi-hole/FTL commit 8d1add8d99d8a36ccc6fb97628a33a219cf8abbd (EUPL-1.2)
--   src/database/query-table.h, query-table.c, common.c, network-table.c, aliasclients.c, message-table.c,
--   session-table.c: db_create() and every upgrade step up to database version 21, replayed in SQLite.
-- Upstream: github.com/pi-hole/pi-hole commit 1837b754b945eeab6ad5976443b38b983eb96e6e (v6.2.2, EUPL-1.2)
--   advanced/Templates/gravity.db.sql (gravity database version 20), loaded in SQLite.
-- Columns in upstream order. SQLite INTEGER -> bigint, TEXT -> text (varchar(255) where in a key),
-- REAL -> double, BLOB -> blob, BOOL -> tinyint(1), TIMESTAMP (Unix seconds) -> bigint.
-- Defaults computed by strftime() are left out. Views, triggers and sqlite_sequence are left out.
-- Tables of pihole-FTL.db first, then those of gravity.db.


CREATE TABLE `query_storage` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` bigint NOT NULL,
  `type` bigint NOT NULL,
  `status` bigint NOT NULL,
  `domain` bigint NOT NULL,
  `client` bigint NOT NULL,
  `forward` bigint,
  `additional_info` bigint,
  `reply_type` bigint,
  `reply_time` double,
  `dnssec` bigint,
  `list_id` bigint,
  `ede` bigint,
  PRIMARY KEY (`id`),
  KEY `idx_queries_timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_by_id` (
  `id` bigint NOT NULL,
  `domain` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain_by_id_domain_idx` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_by_id` (
  `id` bigint NOT NULL,
  `ip` varchar(255) NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_by_id_client_idx` (`ip`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forward_by_id` (
  `id` bigint NOT NULL,
  `forward` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `forward_by_id_forward_idx` (`forward`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addinfo_by_id` (
  `id` bigint NOT NULL,
  `type` bigint NOT NULL,
  `content` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `addinfo_by_id_idx` (`type`, `content`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network` (
  `id` bigint NOT NULL,
  `hwaddr` varchar(255) NOT NULL,
  `interface` text NOT NULL,
  `firstSeen` bigint NOT NULL,
  `lastQuery` bigint NOT NULL,
  `numQueries` bigint NOT NULL,
  `macVendor` text,
  `aliasclient_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `network_hwaddr_key` (`hwaddr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network_addresses` (
  `network_id` bigint NOT NULL,
  `ip` varchar(255) NOT NULL,
  `lastSeen` bigint NOT NULL,
  `name` text,
  `nameUpdated` bigint,
  KEY `network_addresses_network_id_index` (`network_id`),
  UNIQUE KEY `network_addresses_ip_key` (`ip`),
  FOREIGN KEY (`network_id`) REFERENCES `network` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aliasclient` (
  `id` bigint NOT NULL,
  `name` text NOT NULL,
  `comment` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counters` (
  `id` bigint NOT NULL,
  `value` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ftl` (
  `id` bigint NOT NULL,
  `value` blob NOT NULL,
  `description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` bigint NOT NULL,
  `type` text NOT NULL,
  `message` text NOT NULL,
  `blob1` blob,
  `blob2` blob,
  `blob3` blob,
  `blob4` blob,
  `blob5` blob,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` bigint NOT NULL,
  `login_at` bigint NOT NULL,
  `valid_until` bigint NOT NULL,
  `remote_addr` text NOT NULL,
  `user_agent` text,
  `sid` text NOT NULL,
  `csrf` text NOT NULL,
  `tls_login` tinyint(1),
  `tls_mixed` tinyint(1),
  `app` tinyint(1),
  `cli` tinyint(1),
  `x_forwarded_for` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `name` varchar(255) NOT NULL,
  `date_added` bigint NOT NULL,
  `date_modified` bigint NOT NULL,
  `description` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domainlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` bigint NOT NULL DEFAULT 0,
  `domain` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `date_added` bigint NOT NULL,
  `date_modified` bigint NOT NULL,
  `comment` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domainlist_domain_type_key` (`domain`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `address` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `date_added` bigint NOT NULL,
  `date_modified` bigint NOT NULL,
  `comment` text,
  `date_updated` bigint,
  `number` bigint NOT NULL DEFAULT 0,
  `invalid_domains` bigint NOT NULL DEFAULT 0,
  `status` bigint NOT NULL DEFAULT 0,
  `abp_entries` bigint NOT NULL DEFAULT 0,
  `type` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adlist_address_type_key` (`address`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adlist_by_group` (
  `adlist_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`adlist_id`, `group_id`),
  FOREIGN KEY (`adlist_id`) REFERENCES `adlist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gravity` (
  `domain` text NOT NULL,
  `adlist_id` bigint NOT NULL,
  FOREIGN KEY (`adlist_id`) REFERENCES `adlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `antigravity` (
  `domain` text NOT NULL,
  `adlist_id` bigint NOT NULL,
  FOREIGN KEY (`adlist_id`) REFERENCES `adlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `info` (
  `property` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`property`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domainlist_by_group` (
  `domainlist_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`domainlist_id`, `group_id`),
  FOREIGN KEY (`domainlist_id`) REFERENCES `domainlist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip` varchar(255) NOT NULL,
  `date_added` bigint NOT NULL,
  `date_modified` bigint NOT NULL,
  `comment` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_ip_key` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_by_group` (
  `client_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`client_id`, `group_id`),
  FOREIGN KEY (`client_id`) REFERENCES `client` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

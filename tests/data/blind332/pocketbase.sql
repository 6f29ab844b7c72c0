-- PocketBase v0.39.11 (github.com/pocketbase/pocketbase, commit 5d217ddb50cb144d80a5d0b0bdf11b52b2c3e457, MIT)
-- The tables a fresh installation creates: the migrations runner's `_migrations`, the raw SQL of
-- migrations/1640988000_init.go (`_params`, `_collections`), the system collections that migration saves
-- (`_mfas`, `_otps`, `_externalAuths`, `_authOrigins`, `_superusers`) and the default `users` auth collection,
-- whose columns come from the fields' ColumnType() in core/field_*.go, and the `_logs` table of the auxiliary
-- database (migrations/1640988000_aux_init.go). SQLite written as MySQL. See pocketbase.md.

CREATE TABLE `_migrations` (
  `file` VARCHAR(255) NOT NULL,
  `applied` BIGINT NOT NULL,
  PRIMARY KEY (`file`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_params` (
  `id` VARCHAR(255) NOT NULL,
  `value` JSON DEFAULT NULL,
  `created` TEXT NOT NULL,
  `updated` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_collections` (
  `id` VARCHAR(255) NOT NULL,
  `system` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL DEFAULT 'base',
  `name` VARCHAR(255) NOT NULL,
  `fields` JSON NOT NULL DEFAULT '[]',
  `indexes` JSON NOT NULL DEFAULT '[]',
  `listRule` TEXT DEFAULT NULL,
  `viewRule` TEXT DEFAULT NULL,
  `createRule` TEXT DEFAULT NULL,
  `updateRule` TEXT DEFAULT NULL,
  `deleteRule` TEXT DEFAULT NULL,
  `options` JSON NOT NULL DEFAULT '{}',
  `created` TEXT NOT NULL,
  `updated` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `idx__collections_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_mfas` (
  `id` VARCHAR(255) NOT NULL,
  `collectionRef` VARCHAR(255) NOT NULL DEFAULT '',
  `recordRef` VARCHAR(255) NOT NULL DEFAULT '',
  `method` TEXT NOT NULL DEFAULT '',
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_mfas_collectionRef_recordRef` (`collectionRef`, `recordRef`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_otps` (
  `id` VARCHAR(255) NOT NULL,
  `collectionRef` VARCHAR(255) NOT NULL DEFAULT '',
  `recordRef` VARCHAR(255) NOT NULL DEFAULT '',
  `password` TEXT NOT NULL DEFAULT '',
  `sentTo` TEXT NOT NULL DEFAULT '',
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_otps_collectionRef_recordRef` (`collectionRef`, `recordRef`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_externalAuths` (
  `id` VARCHAR(255) NOT NULL,
  `collectionRef` VARCHAR(255) NOT NULL DEFAULT '',
  `recordRef` VARCHAR(255) NOT NULL DEFAULT '',
  `provider` VARCHAR(255) NOT NULL DEFAULT '',
  `providerId` VARCHAR(255) NOT NULL DEFAULT '',
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_externalAuths_record_provider` (`collectionRef`, `recordRef`, `provider`),
  UNIQUE KEY `idx_externalAuths_collection_provider` (`collectionRef`, `provider`, `providerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_authOrigins` (
  `id` VARCHAR(255) NOT NULL,
  `collectionRef` VARCHAR(255) NOT NULL DEFAULT '',
  `recordRef` VARCHAR(255) NOT NULL DEFAULT '',
  `fingerprint` VARCHAR(255) NOT NULL DEFAULT '',
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_authOrigins_unique_pairs` (`collectionRef`, `recordRef`, `fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_superusers` (
  `id` VARCHAR(255) NOT NULL,
  `password` TEXT NOT NULL DEFAULT '',
  `tokenKey` VARCHAR(255) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `emailVisibility` TINYINT(1) NOT NULL DEFAULT 0,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tokenKey_pbc_3142635823` (`tokenKey`),
  UNIQUE KEY `idx_email_pbc_3142635823` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `password` TEXT NOT NULL DEFAULT '',
  `tokenKey` VARCHAR(255) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `emailVisibility` TINYINT(1) NOT NULL DEFAULT 0,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT NOT NULL DEFAULT '',
  `avatar` TEXT NOT NULL DEFAULT '',
  `created` TEXT NOT NULL DEFAULT '',
  `updated` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tokenKey__pb_users_auth_` (`tokenKey`),
  UNIQUE KEY `idx_email__pb_users_auth_` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_logs` (
  `id` VARCHAR(255) NOT NULL,
  `level` BIGINT NOT NULL DEFAULT 0,
  `message` VARCHAR(255) NOT NULL DEFAULT '',
  `data` JSON NOT NULL DEFAULT '{}',
  `created` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_logs_level` (`level`),
  KEY `idx_logs_message` (`message`),
  KEY `idx_logs_created_hour` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CyberArk Conjur Open Source (secrets manager for machine identities: users, hosts, groups and layers as roles,
-- resources and their owners, role memberships, permissions, annotations, API-key credentials, versioned secrets,
-- policy versions with the loading role and client IP, host-factory tokens, issuers, the slosilo key store)
-- Upstream: github.com/cyberark/conjur db/migrate/*.rb (Sequel migrations, PostgreSQL), commit
-- 8031a2a224c706c425aec52847f7c9ae8623abed (release 1.24.0, 2025-11-10), LGPL-3.0 (LICENSE.md).
-- slosilo_keystore: created by the slosilo gem 3.0.x (lib/slosilo/adapters/sequel_adapter/migration.rb, required
-- by db/migrate/20121215032820_create_keystore.rb).
-- The table-creating and column-changing migrations were written out as the PostgreSQL DDL Sequel emits (String
-- without size = text, size 64 = varchar(64), TrueClass = boolean, Timestamp/DateTime = timestamp, primary_key :id =
-- serial), applied to a scratch PostgreSQL 15 and converted from its catalog to MySQL: text keys VARCHAR(255), other
-- text TEXT, bytea LONGBLOB, cidr[] and hstore JSON, PostgreSQL enums ENUM, timestamps DATETIME(3).
-- Functions, triggers, CHECK constraints and secondary indexes are left out. Column order is the database's.

CREATE TABLE `schema_migrations` (
  `filename` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slosilo_keystore` (
  `id` VARCHAR(255) NOT NULL,
  `key` LONGBLOB NOT NULL,
  `fingerprint` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slosilo_keystore_fingerprint_key` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `role_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `policy_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `resource_id` VARCHAR(255) NOT NULL,
  `owner_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `policy_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`resource_id`),
  CONSTRAINT `resources_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE,
  CONSTRAINT `resources_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_memberships` (
  `role_id` VARCHAR(255) NOT NULL,
  `member_id` VARCHAR(255) NOT NULL,
  `admin_option` TINYINT(1) NOT NULL DEFAULT 0,
  `ownership` TINYINT(1) NOT NULL DEFAULT 0,
  `policy_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`role_id`, `member_id`, `ownership`),
  CONSTRAINT `role_memberships_member_id_fkey` FOREIGN KEY (`member_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE,
  CONSTRAINT `role_memberships_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `role_memberships_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `privilege` VARCHAR(255) NOT NULL,
  `resource_id` VARCHAR(255) NOT NULL,
  `role_id` VARCHAR(255) NOT NULL,
  `policy_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`resource_id`, `role_id`, `privilege`),
  CONSTRAINT `permissions_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotations` (
  `resource_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `policy_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`resource_id`, `name`),
  CONSTRAINT `annotations_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `annotations_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credentials` (
  `role_id` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) DEFAULT NULL,
  `api_key` LONGBLOB DEFAULT NULL,
  `encrypted_hash` LONGBLOB DEFAULT NULL,
  `expiration` DATETIME(3) DEFAULT NULL,
  `restricted_to` JSON NOT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`role_id`),
  CONSTRAINT `credentials_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE,
  CONSTRAINT `credentials_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets` (
  `resource_id` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `value` LONGBLOB NOT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`resource_id`, `version`),
  CONSTRAINT `secrets_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_versions` (
  `resource_id` VARCHAR(255) NOT NULL,
  `role_id` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `policy_text` TEXT NOT NULL,
  `policy_sha256` TEXT NOT NULL,
  `finished_at` DATETIME(3) DEFAULT NULL,
  `client_ip` TEXT DEFAULT NULL,
  PRIMARY KEY (`resource_id`, `version`),
  CONSTRAINT `policy_versions_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE,
  CONSTRAINT `policy_versions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_factory_tokens` (
  `token_sha256` VARCHAR(64) NOT NULL,
  `token` LONGBLOB NOT NULL,
  `resource_id` VARCHAR(255) NOT NULL,
  `cidr` JSON NOT NULL,
  `expiration` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`token_sha256`),
  CONSTRAINT `host_factory_tokens_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_textsearch` (
  `resource_id` VARCHAR(255) NOT NULL,
  `textsearch` TEXT DEFAULT NULL,
  PRIMARY KEY (`resource_id`),
  CONSTRAINT `resources_textsearch_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_log` (
  `policy_id` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `operation` ENUM('INSERT','DELETE','UPDATE') NOT NULL,
  `kind` ENUM('roles','role_memberships','resources','permissions','annotations') NOT NULL,
  `subject` JSON NOT NULL,
  `at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT `policy_log_policy_id_version_fkey` FOREIGN KEY (`policy_id`, `version`) REFERENCES `policy_versions` (`resource_id`, `version`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authenticator_configs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_id` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authenticator_configs_resource_id_key` (`resource_id`),
  CONSTRAINT `authenticator_configs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuers` (
  `issuer_id` VARCHAR(255) NOT NULL,
  `account` VARCHAR(255) NOT NULL,
  `issuer_type` TEXT NOT NULL,
  `max_ttl` INT NOT NULL,
  `data` LONGBLOB DEFAULT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `modified_at` DATETIME(3) NOT NULL,
  `policy_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`account`, `issuer_id`),
  CONSTRAINT `issuers_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `roles` ADD CONSTRAINT `roles_policy_id_fkey` FOREIGN KEY (`policy_id`) REFERENCES `resources` (`resource_id`) ON DELETE CASCADE;

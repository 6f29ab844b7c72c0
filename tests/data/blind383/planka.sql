-- PLANKA 1.26.2 (self-hosted kanban board; Sails.js / Node.js on PostgreSQL)
-- Upstream: github.com/plankanban/planka, commit ad7fb51cfad0e1835f655413459b7ca250eb0a31 (2025-05-09, the last
-- commit under AGPL-3.0, before "feat: Version 2" moved the project to the PLANKA Community / Fair Use licence)
-- Source: the 35 Knex migrations `server/db/migrations/*.js`, run with `knex migrate:latest` (knex 3, upstream's
-- `server/db/knexfile.js`) into a scratch PostgreSQL 15 database (the steps that convert stored images only
-- read an empty table), and written as MySQL from the catalogue: every table, every column in the catalogue's
-- order (Knex's own `migration` and `migration_lock` tables included). Types: bigint BIGINT, integer INT, text
-- TEXT, boolean TINYINT(1), json/jsonb JSON, timestamp DATETIME, double precision DOUBLE, varchar(n) VARCHAR(n).
-- The ids default to the PL/pgSQL function `next_id()` (a Snowflake-style generator of upstream's first
-- migration): no default here. Primary keys and unique constraints as upstream (TEXT columns in a unique key with
-- a 191-character prefix); the two EXCLUDE constraints of `user_account` (e-mail and username unique among
-- accounts not deleted) cannot be written in MySQL and are left out. Upstream declares no foreign keys and no
-- column comments.

CREATE TABLE `action` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive` (
  `id` BIGINT NOT NULL,
  `from_model` TEXT NOT NULL,
  `original_record_id` BIGINT NOT NULL,
  `original_record` JSON NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `archive_from_model_original_record_id_unique` (`from_model`(191), `original_record_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `creator_user_id` BIGINT NOT NULL,
  `dirname` TEXT NOT NULL,
  `filename` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `image` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board` (
  `id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `position` DOUBLE NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board_membership` (
  `id` BIGINT NOT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `role` TEXT NOT NULL,
  `can_comment` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `board_membership_board_id_user_id_unique` (`board_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card` (
  `id` BIGINT NOT NULL,
  `board_id` BIGINT NOT NULL,
  `list_id` BIGINT NOT NULL,
  `creator_user_id` BIGINT NOT NULL,
  `cover_attachment_id` BIGINT NULL,
  `position` DOUBLE NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `due_date` DATETIME NULL,
  `stopwatch` JSON NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `is_due_date_completed` TINYINT(1) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_label` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `label_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `card_label_card_id_label_id_unique` (`card_id`, `label_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_membership` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `card_membership_card_id_user_id_unique` (`card_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_subscription` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_permanent` TINYINT(1) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `card_subscription_card_id_user_id_unique` (`card_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_provider_user` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `issuer` TEXT NOT NULL,
  `sub` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_provider_user_issuer_sub_unique` (`issuer`(191), `sub`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label` (
  `id` BIGINT NOT NULL,
  `board_id` BIGINT NOT NULL,
  `name` TEXT NULL,
  `color` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `position` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `list` (
  `id` BIGINT NOT NULL,
  `board_id` BIGINT NOT NULL,
  `position` DOUBLE NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `color` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `batch` INT NULL,
  `migration_time` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migration_lock` (
  `index` INT NOT NULL AUTO_INCREMENT,
  `is_locked` INT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `action_id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `is_read` TINYINT(1) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `background` JSON NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `background_image` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_manager` (
  `id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_manager_project_id_user_id_unique` (`project_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `access_token` TEXT NOT NULL,
  `remote_address` TEXT NOT NULL,
  `user_agent` TEXT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `http_only_token` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_access_token_unique` (`access_token`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `is_completed` TINYINT(1) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `position` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_account` (
  `id` BIGINT NOT NULL,
  `email` TEXT NOT NULL,
  `password` TEXT NULL,
  `is_admin` TINYINT(1) NOT NULL,
  `name` TEXT NOT NULL,
  `username` TEXT NULL,
  `phone` TEXT NULL,
  `organization` TEXT NULL,
  `subscribe_to_own_cards` TINYINT(1) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `language` TEXT NULL,
  `password_changed_at` DATETIME NULL,
  `avatar` JSON NULL,
  `is_sso` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

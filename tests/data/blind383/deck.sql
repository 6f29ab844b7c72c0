-- Nextcloud Deck 1.19.0-beta.1 (kanban boards app of Nextcloud)
-- Upstream: github.com/nextcloud/deck, commit b0f6943c1d923af37e53b700617ecba9c9698950 (AGPL-3.0-or-later)
-- Source: lib/Migration/Version*.php (the Doctrine schema steps that create and alter the app's tables),
-- replayed by hand in Nextcloud's order (Version1000Date20200306161713 ... Version11002Date20260611000000),
-- written as the MySQL DDL Nextcloud's Doctrine layer produces with the default table prefix `oc_`:
-- integer -> INT, bigint -> BIGINT (UNSIGNED where the step says so), string -> VARCHAR(length),
-- text -> LONGTEXT, boolean -> TINYINT(1), datetime -> DATETIME; NOT NULL / NULL and defaults as upstream;
-- primary keys and the two unique indexes as upstream, plain indexes left out. Upstream declares no foreign keys
-- and no column comments. All ten tables of the app are kept; the Nextcloud server tables the app also uses
-- (users, groups, comments, activity, notifications, shares) belong to Nextcloud itself and are not included.

CREATE TABLE `oc_deck_boards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100) NOT NULL,
  `owner` VARCHAR(64) NOT NULL,
  `color` VARCHAR(6) NULL,
  `archived` TINYINT(1) NULL DEFAULT 0,
  `deleted_at` BIGINT UNSIGNED NULL DEFAULT 0,
  `last_modified` INT UNSIGNED NULL DEFAULT 0,
  `share_token` VARCHAR(32) NULL,
  `external_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_stacks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100) NOT NULL,
  `board_id` BIGINT NOT NULL,
  `order` BIGINT NULL,
  `deleted_at` BIGINT UNSIGNED NULL DEFAULT 0,
  `last_modified` INT UNSIGNED NULL DEFAULT 0,
  `is_done_column` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_cards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NULL,
  `description_prev` LONGTEXT NULL,
  `stack_id` BIGINT NOT NULL,
  `type` VARCHAR(64) NOT NULL DEFAULT 'plain',
  `last_modified` INT UNSIGNED NULL DEFAULT 0,
  `last_editor` VARCHAR(64) NULL,
  `created_at` INT UNSIGNED NULL DEFAULT 0,
  `owner` VARCHAR(64) NOT NULL,
  `order` BIGINT NULL,
  `archived` TINYINT(1) NULL DEFAULT 0,
  `duedate` DATETIME NULL,
  `notified` TINYINT(1) NULL DEFAULT 0,
  `deleted_at` BIGINT UNSIGNED NULL DEFAULT 0,
  `done` DATETIME NULL DEFAULT NULL,
  `startdate` DATETIME NULL,
  `color` VARCHAR(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `card_id` BIGINT NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `data` VARCHAR(255) NULL,
  `last_modified` BIGINT UNSIGNED NULL DEFAULT 0,
  `created_at` BIGINT UNSIGNED NULL DEFAULT 0,
  `created_by` VARCHAR(64) NOT NULL,
  `deleted_at` BIGINT UNSIGNED NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_labels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100) NULL,
  `color` VARCHAR(6) NULL,
  `board_id` BIGINT NOT NULL,
  `last_modified` INT UNSIGNED NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_assigned_labels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label_id` INT NOT NULL DEFAULT 0,
  `card_id` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_assigned_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `participant` VARCHAR(64) NOT NULL,
  `card_id` INT NOT NULL DEFAULT 0,
  `type` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_board_acl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `board_id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  `participant` VARCHAR(64) NOT NULL,
  `permission_edit` TINYINT(1) NULL DEFAULT 0,
  `permission_share` TINYINT(1) NULL DEFAULT 0,
  `permission_manage` TINYINT(1) NULL DEFAULT 0,
  `token` VARCHAR(32) NULL,
  `created_at` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_modified_at` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `deck_board_acl_uq_i` (`board_id`, `type`, `participant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_sessions` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(64) NULL,
  `board_id` INT NULL,
  `token` VARCHAR(64) NOT NULL,
  `last_contact` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_deck_dependent_cards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `card_id` INT NOT NULL DEFAULT 0,
  `dependent_card_id` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `deck_depend_cards_uidx` (`card_id`, `dependent_card_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

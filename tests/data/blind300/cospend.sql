-- Cospend (Nextcloud app for shared budgets / group expense splitting): final schema of its Nextcloud migrations.
-- Source: github.com/julien-nc/cospend-nc, commit 1b39958e50a0d1386e932dbe0388367cc5270917 (AGPL-3.0-or-later),
-- lib/Migration/Version*.php (48 migration steps, Version000007Date20190401053312 ... Version040000Date20250107000432).
-- The changeSchema() steps were replayed by hand in order (tables created, columns added, dropped, renamed by
-- add-then-drop, retyped and made NOT NULL) and the final state written as the MySQL DDL Nextcloud's Doctrine DBAL
-- emits: table prefix `oc_` (Nextcloud's default dbtableprefix), string -> varchar(length), integer -> int,
-- smallint -> smallint, bigint -> bigint, float -> double, 'unsigned' kept, autoincrement on the integer ids.
-- Column order is the order in which the surviving columns were added. Upstream declares primary keys only
-- (no unique or foreign keys, no indexes in its migrations). Every table of the app is kept.

CREATE TABLE `oc_cospend_projects` (
  `id` varchar(64) NOT NULL,
  `name` varchar(300) NOT NULL,
  `archived_ts` bigint unsigned DEFAULT NULL,
  `user_id` varchar(64) DEFAULT NULL,
  `currency_name` varchar(64) DEFAULT NULL,
  `deletion_disabled` int NOT NULL DEFAULT 0,
  `category_sort` varchar(1) NOT NULL DEFAULT 'a',
  `payment_mode_sort` varchar(1) NOT NULL DEFAULT 'a',
  `auto_export` varchar(1) NOT NULL DEFAULT 'n',
  `last_changed` bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `weight` double NOT NULL,
  `activated` int NOT NULL DEFAULT 1,
  `color` varchar(10) DEFAULT NULL,
  `project_id` varchar(64) NOT NULL,
  `user_id` varchar(64) DEFAULT NULL,
  `last_changed` bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_bills` (
  `id` int NOT NULL AUTO_INCREMENT,
  `what` varchar(300) NOT NULL,
  `amount` double NOT NULL,
  `repeat` varchar(1) NOT NULL DEFAULT 'n',
  `timestamp` bigint unsigned NOT NULL DEFAULT 0,
  `comment` varchar(300) DEFAULT NULL,
  `deleted` int NOT NULL DEFAULT 0,
  `project_id` varchar(64) NOT NULL,
  `payer_id` bigint unsigned NOT NULL,
  `category_id` bigint DEFAULT NULL,
  `payment_mode_id` bigint unsigned DEFAULT 0,
  `payment_mode` varchar(1) DEFAULT NULL,
  `last_changed` bigint unsigned NOT NULL DEFAULT 0,
  `repeat_all_active` int NOT NULL DEFAULT 0,
  `repeat_until` varchar(20) DEFAULT NULL,
  `repeat_frequency` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_bill_owers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bill_id` bigint unsigned NOT NULL,
  `member_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_shares` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(1) NOT NULL DEFAULT 'u',
  `manually_added` int NOT NULL DEFAULT 1,
  `label` varchar(100) DEFAULT NULL,
  `password` varchar(64) DEFAULT NULL,
  `user_cloud_id` varchar(255) DEFAULT NULL,
  `state` smallint unsigned DEFAULT NULL,
  `project_id` varchar(64) NOT NULL,
  `user_id` varchar(64) DEFAULT NULL,
  `access_level` int NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) DEFAULT NULL,
  `color` varchar(10) DEFAULT NULL,
  `encoded_icon` varchar(256) DEFAULT NULL,
  `order` int NOT NULL DEFAULT 0,
  `project_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_paymentmodes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) DEFAULT NULL,
  `color` varchar(10) DEFAULT NULL,
  `encoded_icon` varchar(256) DEFAULT NULL,
  `order` int NOT NULL DEFAULT 0,
  `old_id` varchar(1) DEFAULT NULL,
  `project_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_currencies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `exchange_rate` double NOT NULL,
  `project_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_cospend_invitations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` varchar(64) NOT NULL,
  `state` smallint unsigned NOT NULL DEFAULT 0,
  `access_token` varchar(64) NOT NULL,
  `remote_project_id` varchar(64) NOT NULL,
  `remote_project_name` varchar(300) NOT NULL,
  `remote_server_url` varchar(512) NOT NULL,
  `inviter_cloud_id` varchar(255) DEFAULT NULL,
  `inviter_display_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

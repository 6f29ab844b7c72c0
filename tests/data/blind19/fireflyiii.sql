-- Firefly III — personal finance manager (users, user groups and roles, asset/expense/revenue accounts with IBAN
-- and account meta, transaction groups, journals and splits, budgets, categories, tags, bills, piggy banks,
-- recurrences, attachments, notes, locations, rules, webhooks, exchange rates, OAuth clients and tokens,
-- invited users, audit log, notifications).
-- Upstream: github.com/firefly-iii/firefly-iii, licence AGPL-3.0-or-later.
-- Source: database/migrations/*.php (60 Laravel migrations, 2016_06_16_000000_create_support_tables.php ..
--   2026_04_13_185808_migrations_04_2026.php) at commit a95b82b14cb01b6e40491f2a94c53b47b71766e7, replayed in order
--   (up() only) to the final state and written as MySQL DDL: Laravel types as MySQL renders them
--   (increments = int unsigned AUTO_INCREMENT, id() = bigint unsigned, boolean = tinyint(1), uuid = char(36),
--   timestamps()/softDeletes() = nullable timestamps), foreign keys and unique keys as the migrations declare them.
--   Upstream has no column comments. Plain indexes are left out.
-- Trimmed to 44 of 79 tables; foreign keys to tables left out dropped (rules.rule_group_id -> rule_groups).

CREATE TABLE `account_types` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `type` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_types_type_unique` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transaction_currencies` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `code` varchar(51) NOT NULL,
  `name` varchar(255) NOT NULL,
  `symbol` varchar(51) NOT NULL,
  `decimal_places` smallint unsigned NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  UNIQUE KEY `transaction_currencies_code_unique` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transaction_types` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `type` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `transaction_types_type_unique` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) NULL,
  `description` varchar(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` int NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` text NOT NULL,
  `last_activity` int NOT NULL,
  UNIQUE KEY `sessions_id_unique` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `configuration` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `name` varchar(50) NOT NULL,
  `data` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_groups_title_unique` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `objectguid` char(36) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(60) NOT NULL,
  `remember_token` varchar(100) NULL,
  `reset` varchar(32) NULL,
  `blocked` tinyint unsigned NOT NULL DEFAULT '0',
  `blocked_code` varchar(25) NULL,
  `mfa_secret` varchar(50) NULL,
  `domain` varchar(255) NULL,
  `user_group_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `type_user_group_id` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `account_type_id` int unsigned NOT NULL,
  `name` varchar(1024) NOT NULL,
  `virtual_balance` decimal(32,12) NULL,
  `iban` varchar(255) NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `order` int unsigned NOT NULL DEFAULT 0,
  `native_virtual_balance` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `accounts_account_type_id_foreign` FOREIGN KEY (`account_type_id`) REFERENCES `account_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `accounts_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `account_meta` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `account_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `data` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_meta_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `piggy_banks` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `account_id` int unsigned NULL,
  `transaction_currency_id` int unsigned NULL,
  `name` varchar(1024) NOT NULL,
  `target_amount` decimal(32,12) NOT NULL,
  `start_date` date NULL,
  `start_date_tz` varchar(50) NULL,
  `target_date` date NULL,
  `target_date_tz` varchar(50) NULL,
  `order` int unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `encrypted` tinyint(1) NOT NULL DEFAULT 1,
  `native_target_amount` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `unique_currency` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `piggy_banks_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `attachments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `attachable_id` int unsigned NOT NULL,
  `attachable_type` varchar(255) NOT NULL,
  `md5` varchar(128) NOT NULL,
  `filename` varchar(1024) NOT NULL,
  `title` varchar(1024) NULL,
  `description` text NULL,
  `mime` varchar(1024) NOT NULL,
  `size` int unsigned NOT NULL,
  `uploaded` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `attachments_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bills` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `transaction_currency_id` int unsigned NULL,
  `name` varchar(1024) NOT NULL,
  `match` varchar(1024) NOT NULL,
  `amount_min` decimal(32,12) NOT NULL,
  `amount_max` decimal(32,12) NOT NULL,
  `date` date NOT NULL,
  `date_tz` varchar(50) NULL,
  `end_date` date NULL,
  `end_date_tz` varchar(50) NULL,
  `extension_date` date NULL,
  `extension_date_tz` varchar(50) NULL,
  `repeat_freq` varchar(30) NOT NULL,
  `skip` smallint unsigned NOT NULL DEFAULT 0,
  `automatch` tinyint(1) NOT NULL DEFAULT 1,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `name_encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `match_encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `order` int unsigned NOT NULL DEFAULT 0,
  `native_amount_min` decimal(32,12) NULL,
  `native_amount_max` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bills_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `bills_transaction_currency_id_foreign` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE SET NULL,
  CONSTRAINT `bills_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `budgets` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `name` varchar(1024) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `order` mediumint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `budgets_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `budgets_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `budget_limits` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `budget_id` int unsigned NOT NULL,
  `transaction_currency_id` int unsigned NULL,
  `start_date` date NOT NULL,
  `start_date_tz` varchar(50) NULL,
  `end_date` date NULL,
  `end_date_tz` varchar(50) NULL,
  `amount` decimal(32,12) NOT NULL,
  `period` varchar(12) NULL,
  `generated` tinyint(1) NOT NULL DEFAULT '0',
  `native_amount` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `budget_limits_budget_id_foreign` FOREIGN KEY (`budget_id`) REFERENCES `budgets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `budget_limits_transaction_currency_id_foreign` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `categories` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `name` varchar(1024) NOT NULL,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `categories_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `preferences` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `name` varchar(1024) NOT NULL,
  `data` text NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `preferences_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `preferences_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role_user` (
  `user_id` int unsigned NOT NULL,
  `role_id` int unsigned NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  CONSTRAINT `role_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_user_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `rule_group_id` int unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text NULL,
  `order` int unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `stop_processing` tinyint(1) NOT NULL DEFAULT 0,
  `strict` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  CONSTRAINT `rules_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rules_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rule_triggers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `rule_id` int unsigned NOT NULL,
  `trigger_type` varchar(50) NOT NULL,
  `trigger_value` varchar(255) NOT NULL,
  `order` int unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `stop_processing` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `rule_triggers_rule_id_foreign` FOREIGN KEY (`rule_id`) REFERENCES `rules` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tags` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `tag` varchar(1024) NOT NULL,
  `tag_mode` varchar(1024) NOT NULL,
  `date` date NULL,
  `date_tz` varchar(50) NULL,
  `description` text NULL,
  `latitude` decimal(12,8) NULL,
  `longitude` decimal(12,8) NULL,
  `zoomLevel` smallint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tags_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transaction_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `title` varchar(1024) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `transaction_groups_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transaction_groups_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transaction_journals` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `transaction_type_id` int unsigned NOT NULL,
  `transaction_group_id` int unsigned NULL DEFAULT NULL,
  `bill_id` int unsigned NULL,
  `transaction_currency_id` int unsigned NULL,
  `description` varchar(1024) NOT NULL,
  `date` datetime NOT NULL,
  `date_tz` varchar(50) NULL,
  `interest_date` date NULL,
  `book_date` date NULL,
  `process_date` date NULL,
  `order` int unsigned NOT NULL DEFAULT 0,
  `tag_count` int unsigned NOT NULL,
  `encrypted` tinyint(1) NOT NULL DEFAULT 1,
  `completed` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `transaction_journals_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transaction_journals_transaction_type_id_foreign` FOREIGN KEY (`transaction_type_id`) REFERENCES `transaction_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transaction_journals_bill_id_foreign` FOREIGN KEY (`bill_id`) REFERENCES `bills` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transaction_journals_transaction_currency_id_foreign` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transaction_journals_transaction_group_id_foreign` FOREIGN KEY (`transaction_group_id`) REFERENCES `transaction_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transaction_journals_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `journal_meta` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `transaction_journal_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `data` text NOT NULL,
  `hash` varchar(64) NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `journal_meta_transaction_journal_id_foreign` FOREIGN KEY (`transaction_journal_id`) REFERENCES `transaction_journals` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag_transaction_journal` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` int unsigned NOT NULL,
  `transaction_journal_id` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_transaction_journal_tag_id_transaction_journal_id_unique` (`tag_id`, `transaction_journal_id`),
  CONSTRAINT `tag_transaction_journal_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tag_transaction_journal_transaction_journal_id_foreign` FOREIGN KEY (`transaction_journal_id`) REFERENCES `transaction_journals` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `piggy_bank_events` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `piggy_bank_id` int unsigned NOT NULL,
  `transaction_journal_id` int unsigned NULL,
  `date` date NOT NULL,
  `date_tz` varchar(50) NULL,
  `amount` decimal(32,12) NOT NULL,
  `native_amount` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `piggy_bank_events_piggy_bank_id_foreign` FOREIGN KEY (`piggy_bank_id`) REFERENCES `piggy_banks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `piggy_bank_events_transaction_journal_id_foreign` FOREIGN KEY (`transaction_journal_id`) REFERENCES `transaction_journals` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transactions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `reconciled` tinyint(1) NOT NULL DEFAULT 0,
  `account_id` int unsigned NOT NULL,
  `transaction_journal_id` int unsigned NOT NULL,
  `description` varchar(1024) NULL,
  `transaction_currency_id` int unsigned NULL,
  `amount` decimal(32,12) NOT NULL,
  `balance_before` decimal(32,12) NULL,
  `balance_after` decimal(32,12) NULL,
  `balance_dirty` tinyint(1) NOT NULL DEFAULT '1',
  `foreign_amount` decimal(32,12) NULL,
  `foreign_currency_id` int unsigned NULL DEFAULT NULL,
  `identifier` smallint unsigned NOT NULL DEFAULT 0,
  `native_amount` decimal(32,12) NULL,
  `native_foreign_amount` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `transactions_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transactions_transaction_journal_id_foreign` FOREIGN KEY (`transaction_journal_id`) REFERENCES `transaction_journals` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transactions_transaction_currency_id_foreign` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transactions_foreign_currency_id_foreign` FOREIGN KEY (`foreign_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `noteable_id` int unsigned NOT NULL,
  `noteable_type` varchar(255) NOT NULL,
  `title` varchar(255) NULL,
  `text` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `currency_exchange_rates` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `from_currency_id` int unsigned NOT NULL,
  `to_currency_id` int unsigned NOT NULL,
  `date` date NOT NULL,
  `date_tz` varchar(50) NULL,
  `rate` decimal(32,12) NOT NULL,
  `user_rate` decimal(32,12) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `currency_exchange_rates_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `currency_exchange_rates_from_currency_id_foreign` FOREIGN KEY (`from_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `currency_exchange_rates_to_currency_id_foreign` FOREIGN KEY (`to_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cer_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recurrences` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `transaction_type_id` int unsigned NOT NULL,
  `title` varchar(1024) NOT NULL,
  `description` text NOT NULL,
  `first_date` date NOT NULL,
  `first_date_tz` varchar(50) NULL,
  `repeat_until` date NULL,
  `repeat_until_tz` varchar(50) NULL,
  `latest_date` date NULL,
  `latest_date_tz` varchar(50) NULL,
  `repetitions` smallint unsigned NOT NULL,
  `apply_rules` tinyint(1) NOT NULL DEFAULT '1',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  CONSTRAINT `recurrences_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `recurrences_transaction_type_id_foreign` FOREIGN KEY (`transaction_type_id`) REFERENCES `transaction_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `recurrences_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recurrences_transactions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `recurrence_id` int unsigned NOT NULL,
  `transaction_currency_id` int unsigned NOT NULL,
  `transaction_type_id` int unsigned NULL,
  `foreign_currency_id` int unsigned NULL,
  `source_id` int unsigned NOT NULL,
  `destination_id` int unsigned NOT NULL,
  `amount` decimal(32,12) NOT NULL,
  `foreign_amount` decimal(32,12) NULL,
  `description` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recurrences_transactions_recurrence_id_foreign` FOREIGN KEY (`recurrence_id`) REFERENCES `recurrences` (`id`) ON DELETE CASCADE,
  CONSTRAINT `recurrences_transactions_transaction_currency_id_foreign` FOREIGN KEY (`transaction_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `recurrences_transactions_foreign_currency_id_foreign` FOREIGN KEY (`foreign_currency_id`) REFERENCES `transaction_currencies` (`id`) ON DELETE SET NULL,
  CONSTRAINT `recurrences_transactions_source_id_foreign` FOREIGN KEY (`source_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `recurrences_transactions_destination_id_foreign` FOREIGN KEY (`destination_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `type_foreign` FOREIGN KEY (`transaction_type_id`) REFERENCES `transaction_types` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `locations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `locatable_id` int unsigned NOT NULL,
  `locatable_type` varchar(255) NOT NULL,
  `latitude` decimal(12,8) NULL,
  `longitude` decimal(12,8) NULL,
  `zoom_level` smallint unsigned NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhooks` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NULL,
  `title` varchar(255) NOT NULL,
  `secret` varchar(32) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `trigger` smallint unsigned NOT NULL,
  `response` smallint unsigned NOT NULL,
  `delivery` smallint unsigned NOT NULL,
  `url` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `webhooks_to_ugi` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhook_messages` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `sent` tinyint(1) NOT NULL DEFAULT '0',
  `errored` tinyint(1) NOT NULL DEFAULT '0',
  `webhook_id` int unsigned NOT NULL,
  `uuid` varchar(64) NOT NULL,
  `message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_messages_webhook_id_foreign` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhook_attempts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `webhook_message_id` int unsigned NOT NULL,
  `status_code` smallint unsigned NOT NULL DEFAULT 0,
  `logs` longtext NULL,
  `response` longtext NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_attempts_webhook_message_id_foreign` FOREIGN KEY (`webhook_message_id`) REFERENCES `webhook_messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_title_unique` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_memberships` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `user_group_id` bigint unsigned NOT NULL,
  `user_role_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_memberships_user_id_user_group_id_user_role_id_unique` (`user_id`, `user_group_id`, `user_role_id`),
  CONSTRAINT `group_memberships_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_memberships_user_group_id_foreign` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_memberships_user_role_id_foreign` FOREIGN KEY (`user_role_id`) REFERENCES `user_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL,
  `last_used_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` bigint unsigned NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invited_users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `user_id` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `invite_code` varchar(64) NOT NULL,
  `expires` datetime NOT NULL,
  `expires_tz` varchar(50) NULL,
  `redeemed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invited_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audit_log_entries` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `auditable_id` int unsigned NOT NULL,
  `auditable_type` varchar(255) NOT NULL,
  `changer_id` int unsigned NOT NULL,
  `changer_type` varchar(255) NOT NULL,
  `action` varchar(255) NOT NULL,
  `before` text NULL,
  `after` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` char(80) NOT NULL,
  `user_id` bigint unsigned NULL,
  `client_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `scopes` text NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `expires_at` datetime NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_clients` (
  `id` char(36) NOT NULL,
  `owner_type` varchar(255) NULL,
  `owner_id` bigint unsigned NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(255) NULL,
  `provider` varchar(255) NULL,
  `redirect_uris` text NOT NULL,
  `grant_types` text NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

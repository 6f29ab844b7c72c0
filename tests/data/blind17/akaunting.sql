-- Akaunting: online accounting for small businesses (companies, users with roles and permissions,
-- customers and vendors, invoices and bills, payments, bank accounts, transfers, reconciliations, ...).
-- Upstream: github.com/akaunting/akaunting, commit dfc1171cf1e3749b2763cb0ade9f997c434e8f0e,
--   database/migrations/2017_09_14_000000_core_v1.php ... 2026_02_17_000000_core_v3122.php (13 Laravel
--   migrations replayed to their final state), plus the migrations Akaunting loads from its dependency
--   plank/laravel-mediable 5.9.1 (migrations/2016_06_27_000000_create_mediable_tables.php,
--   migrations/2020_10_12_000000_add_variants_to_media.php) for the media tables.
-- Licence: Business Source License 1.1 (BUSL-1.1; change licence GPL-3.0), see LICENSE.txt upstream.
-- Rendered as MySQL DDL the way Laravel 10 builds it (Schema::defaultStringLength(191) as set in
-- app/Providers/App.php; columns added later with ->after() placed where MySQL puts them on a fresh install).
-- Table prefix: `ak_`, the fallback of config/database.php (the web installer picks a random three-letter
-- prefix when none is given). Only the foreign keys upstream declares are written; indexes are left out.
-- Left out to stay within size: item_taxes, document_item_taxes, transaction_taxes, module_histories, reports
-- and Laravel's own migrations table.

CREATE TABLE `ak_companies` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `domain` varchar(191) NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `email` varchar(191) NOT NULL,
  `password` varchar(191) NOT NULL,
  `remember_token` varchar(100) NULL,
  `last_logged_in_at` timestamp NULL,
  `locale` varchar(191) NOT NULL DEFAULT 'en-GB',
  `landing_page` varchar(70) NULL DEFAULT 'dashboard',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_user_companies` (
  `user_id` int unsigned NOT NULL,
  `company_id` int unsigned NOT NULL,
  PRIMARY KEY (`user_id`, `company_id`)
);

CREATE TABLE `ak_roles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `display_name` varchar(191) NOT NULL,
  `description` varchar(191) NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_permissions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `display_name` varchar(191) NOT NULL,
  `description` varchar(191) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_role_permissions` (
  `role_id` int unsigned NOT NULL,
  `permission_id` int unsigned NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  FOREIGN KEY (`role_id`) REFERENCES `ak_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`permission_id`) REFERENCES `ak_permissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ak_user_roles` (
  `user_id` int unsigned NOT NULL,
  `role_id` int unsigned NOT NULL,
  FOREIGN KEY (`role_id`) REFERENCES `ak_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ak_user_permissions` (
  `user_id` int unsigned NOT NULL,
  `permission_id` int unsigned NOT NULL,
  `user_type` varchar(191) NOT NULL,
  PRIMARY KEY (`user_id`, `permission_id`, `user_type`),
  FOREIGN KEY (`permission_id`) REFERENCES `ak_permissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ak_user_invitations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `token` varchar(191) NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_password_resets` (
  `email` varchar(191) NOT NULL,
  `token` varchar(191) NOT NULL,
  `created_at` timestamp NULL
);

CREATE TABLE `ak_sessions` (
  `id` varchar(191) NOT NULL,
  `user_id` int unsigned NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` text NOT NULL,
  `last_activity` int NOT NULL
);

CREATE TABLE `ak_personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(191) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(191) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL,
  `last_used_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(191) NOT NULL,
  `notifiable_type` varchar(191) NOT NULL,
  `notifiable_id` bigint unsigned NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_firewall_logs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(191) NOT NULL,
  `level` varchar(191) NOT NULL DEFAULT 'medium',
  `middleware` varchar(191) NOT NULL,
  `user_id` int NULL,
  `url` varchar(191) NULL,
  `referrer` varchar(191) NULL,
  `request` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_firewall_ips` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(191) NOT NULL,
  `log_id` int NULL,
  `blocked` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_dashboards` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_user_dashboards` (
  `user_id` int unsigned NOT NULL,
  `dashboard_id` int unsigned NOT NULL,
  PRIMARY KEY (`user_id`, `dashboard_id`)
);

CREATE TABLE `ak_widgets` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `dashboard_id` int NOT NULL,
  `class` varchar(191) NOT NULL,
  `name` varchar(191) NOT NULL,
  `sort` int NOT NULL DEFAULT 0,
  `settings` text NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_categories` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `code` varchar(191) NULL,
  `name` varchar(191) NOT NULL,
  `type` varchar(191) NOT NULL,
  `color` varchar(191) NOT NULL,
  `description` text NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `parent_id` int unsigned NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `ak_categories` (`id`)
);

CREATE TABLE `ak_currencies` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(191) NOT NULL,
  `code` varchar(191) NOT NULL,
  `rate` double(15,8) NOT NULL,
  `precision` varchar(191) NULL,
  `symbol` varchar(191) NULL,
  `symbol_first` int NOT NULL DEFAULT 1,
  `decimal_mark` varchar(191) NULL,
  `thousands_separator` varchar(191) NULL,
  `enabled` tinyint NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_taxes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(191) NOT NULL,
  `rate` double(15,4) NOT NULL,
  `type` varchar(191) NOT NULL DEFAULT 'normal',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `type` varchar(191) NOT NULL DEFAULT 'product',
  `name` varchar(191) NOT NULL,
  `sku` varchar(191) NULL,
  `description` text NULL,
  `sale_price` double(15,4) NULL,
  `purchase_price` double(15,4) NULL,
  `category_id` int NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_contacts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `type` varchar(191) NOT NULL,
  `name` varchar(191) NOT NULL,
  `email` varchar(191) NULL,
  `user_id` int NULL,
  `category_id` int unsigned NULL,
  `tax_number` varchar(191) NULL,
  `phone` varchar(191) NULL,
  `address` text NULL,
  `city` varchar(191) NULL,
  `zip_code` varchar(191) NULL,
  `state` varchar(191) NULL,
  `country` varchar(191) NULL,
  `website` varchar(191) NULL,
  `currency_code` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `reference` varchar(191) NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_contact_persons` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int unsigned NOT NULL,
  `type` varchar(191) NOT NULL,
  `contact_id` int unsigned NOT NULL,
  `name` varchar(191) NULL,
  `email` varchar(191) NULL,
  `phone` varchar(191) NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `type` varchar(191) NOT NULL DEFAULT 'bank',
  `name` varchar(191) NOT NULL,
  `number` varchar(191) NOT NULL,
  `currency_code` varchar(191) NOT NULL,
  `opening_balance` double(15,4) NOT NULL DEFAULT '0.0000',
  `bank_name` varchar(191) NULL,
  `bank_phone` varchar(191) NULL,
  `bank_address` text NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_documents` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int unsigned NOT NULL,
  `type` varchar(191) NOT NULL,
  `document_number` varchar(191) NOT NULL,
  `order_number` varchar(191) NULL,
  `status` varchar(191) NOT NULL,
  `issued_at` datetime NOT NULL,
  `due_at` datetime NOT NULL,
  `amount` double(15,4) NOT NULL,
  `currency_code` varchar(191) NOT NULL,
  `currency_rate` double(15,8) NOT NULL,
  `discount_type` varchar(191) NULL,
  `discount_rate` double(15,4) NULL,
  `category_id` int unsigned NOT NULL DEFAULT 1,
  `contact_id` int unsigned NOT NULL,
  `contact_name` varchar(191) NOT NULL,
  `contact_email` varchar(191) NULL,
  `contact_tax_number` varchar(191) NULL,
  `contact_phone` varchar(191) NULL,
  `contact_address` text NULL,
  `contact_city` varchar(191) NULL,
  `contact_zip_code` varchar(191) NULL,
  `contact_state` varchar(191) NULL,
  `contact_country` varchar(191) NULL,
  `title` varchar(191) NULL,
  `subheading` varchar(191) NULL,
  `notes` text NULL,
  `footer` text NULL,
  `template` varchar(191) NULL,
  `color` varchar(191) NULL,
  `parent_id` int unsigned NOT NULL DEFAULT 0,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_document_histories` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `type` varchar(191) NOT NULL,
  `document_id` int unsigned NOT NULL,
  `status` varchar(191) NOT NULL,
  `notify` tinyint(1) NOT NULL,
  `description` text NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_document_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int unsigned NOT NULL,
  `type` varchar(191) NOT NULL,
  `document_id` int unsigned NOT NULL,
  `item_id` int unsigned NULL,
  `category_id` int unsigned NULL,
  `name` varchar(191) NOT NULL,
  `description` text NULL,
  `sku` varchar(191) NULL,
  `quantity` double(12,2) NOT NULL,
  `price` double(15,4) NOT NULL,
  `tax` double(15,4) NOT NULL DEFAULT '0.0000',
  `discount_type` varchar(191) NOT NULL DEFAULT 'normal',
  `discount_rate` double(15,4) NOT NULL DEFAULT '0.0000',
  `total` double(15,4) NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_document_totals` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int unsigned NOT NULL,
  `type` varchar(191) NOT NULL,
  `document_id` int unsigned NOT NULL,
  `code` varchar(191) NULL,
  `name` varchar(191) NOT NULL,
  `amount` double(15,4) NOT NULL,
  `sort_order` int NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_transactions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `type` varchar(191) NOT NULL,
  `number` varchar(191) NOT NULL,
  `paid_at` datetime NOT NULL,
  `amount` double(15,4) NOT NULL,
  `currency_code` varchar(191) NOT NULL,
  `currency_rate` double(15,8) NOT NULL,
  `account_id` int NOT NULL,
  `document_id` int NULL,
  `contact_id` int NULL,
  `category_id` int NOT NULL DEFAULT 1,
  `description` text NULL,
  `payment_method` varchar(191) NOT NULL,
  `reference` varchar(191) NULL,
  `parent_id` int NOT NULL DEFAULT 0,
  `split_id` int unsigned NULL,
  `reconciled` tinyint(1) NOT NULL DEFAULT 0,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`split_id`) REFERENCES `ak_transactions` (`id`)
);

CREATE TABLE `ak_transfers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `expense_transaction_id` int NOT NULL,
  `income_transaction_id` int NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_reconciliations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `account_id` int NOT NULL,
  `started_at` datetime NOT NULL,
  `ended_at` datetime NOT NULL,
  `closing_balance` double(15,4) NOT NULL DEFAULT '0.0000',
  `transactions` text NULL,
  `reconciled` tinyint(1) NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_recurring` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `recurable_type` varchar(191) NOT NULL,
  `recurable_id` bigint unsigned NOT NULL,
  `frequency` varchar(191) NOT NULL,
  `interval` int NOT NULL DEFAULT 1,
  `started_at` datetime NOT NULL,
  `status` varchar(191) NOT NULL DEFAULT 'active',
  `limit_by` varchar(191) NOT NULL DEFAULT 'count',
  `limit_count` int NOT NULL DEFAULT 0,
  `limit_date` datetime NULL,
  `auto_send` tinyint(1) NOT NULL DEFAULT 1,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_email_templates` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `alias` varchar(191) NOT NULL,
  `class` varchar(191) NOT NULL,
  `name` varchar(191) NOT NULL,
  `subject` varchar(191) NOT NULL,
  `body` text NOT NULL,
  `params` text NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_settings` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `key` varchar(191) NOT NULL,
  `value` text NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_media` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int unsigned NOT NULL DEFAULT 0,
  `disk` varchar(32) NOT NULL,
  `directory` varchar(191) NOT NULL,
  `filename` varchar(191) NOT NULL,
  `extension` varchar(32) NOT NULL,
  `mime_type` varchar(128) NOT NULL,
  `aggregate_type` varchar(32) NOT NULL,
  `size` int unsigned NOT NULL,
  `variant_name` varchar(255) NULL,
  `original_media_id` int unsigned NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`original_media_id`) REFERENCES `ak_media` (`id`) ON DELETE SET NULL
);

CREATE TABLE `ak_mediables` (
  `media_id` int unsigned NOT NULL,
  `company_id` int unsigned NOT NULL DEFAULT 0,
  `mediable_type` varchar(191) NOT NULL,
  `mediable_id` int unsigned NOT NULL,
  `tag` varchar(191) NOT NULL,
  `order` int unsigned NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  PRIMARY KEY (`media_id`, `mediable_type`, `mediable_id`, `tag`),
  FOREIGN KEY (`media_id`) REFERENCES `ak_media` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ak_modules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `alias` varchar(191) NOT NULL,
  `enabled` int NOT NULL,
  `created_from` varchar(100) NULL,
  `created_by` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(191) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(191) NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

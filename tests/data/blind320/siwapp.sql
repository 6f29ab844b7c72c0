-- Siwapp (siwapp-ror, the Ruby on Rails edition of the Siwapp online invoicing application)
-- Upstream: github.com/siwapp/siwapp-ror `db/schema.rb` (schema version 2022_05_19_100550),
-- commit 83f887892a514731843afa736f38b993517f7400 (MIT).
-- schema.rb (PostgreSQL) written as MySQL DDL by the same script as vitamin.sql: column order as schema.rb, implicit
-- bigint `id` first, string(limit) -> VARCHAR(limit) (`items.description`, limit 20000, -> TEXT, so its index
-- `desc_idx` is dropped), text -> TEXT, jsonb -> JSON, datetime -> DATETIME(6), decimal(p,s) kept, boolean ->
-- TINYINT(1); indexes as upstream; upstream declares no foreign keys. All 14 tables kept.

CREATE TABLE `commons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `series_id` INT,
  `customer_id` INT NOT NULL,
  `name` VARCHAR(100),
  `identification` VARCHAR(50),
  `email` VARCHAR(100),
  `invoicing_address` TEXT,
  `shipping_address` TEXT,
  `contact_person` VARCHAR(100),
  `terms` TEXT,
  `notes` TEXT,
  `net_amount` DECIMAL(53,15) DEFAULT '0.0',
  `gross_amount` DECIMAL(53,15) DEFAULT '0.0',
  `paid_amount` DECIMAL(53,15) DEFAULT '0.0',
  `type` VARCHAR(255),
  `draft` TINYINT(1) DEFAULT 0,
  `paid` TINYINT(1) DEFAULT 0,
  `sent_by_email` TINYINT(1) DEFAULT 0,
  `number` INT,
  `recurring_invoice_id` INT,
  `issue_date` DATE,
  `due_date` DATE,
  `days_to_due` INT,
  `enabled` TINYINT(1) DEFAULT 1,
  `max_occurrences` INT,
  `must_occurrences` INT,
  `period` INT,
  `period_type` VARCHAR(8),
  `starting_date` DATE,
  `finishing_date` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  `print_template_id` INT,
  `meta_attributes` JSON,
  `failed` TINYINT(1) DEFAULT 0,
  `email_template_id` INT,
  `deleted_number` INT,
  `currency` VARCHAR(3),
  PRIMARY KEY (`id`),
  KEY `cntct_idx` (`contact_person`),
  KEY `customer_id_idx` (`customer_id`),
  KEY `index_commons_on_deleted_at` (`deleted_at`),
  KEY `cstml_idx` (`email`),
  KEY `cstid_idx` (`identification`),
  KEY `cstnm_idx` (`name`),
  KEY `common_recurring_invoice_id_common_id` (`recurring_invoice_id`),
  KEY `common_deleted_number_idx` (`series_id`, `deleted_number`),
  UNIQUE KEY `common_unique_number_idx` (`series_id`, `number`),
  KEY `series_id_idx` (`series_id`),
  KEY `common_type_idx` (`type`),
  KEY `type_and_status_idx` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100),
  `name_slug` VARCHAR(100),
  `identification` VARCHAR(50),
  `email` VARCHAR(100),
  `contact_person` VARCHAR(100),
  `invoicing_address` TEXT,
  `shipping_address` TEXT,
  `deleted_at` DATETIME(6),
  `meta_attributes` TEXT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_customers_on_deleted_at` (`deleted_at`),
  UNIQUE KEY `cstm_slug_idx` (`name_slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `quantity` DECIMAL(53,15) NOT NULL DEFAULT '1.0',
  `discount` DECIMAL(53,2) NOT NULL DEFAULT '0.0',
  `common_id` INT,
  `description` TEXT,
  `unitary_cost` DECIMAL(53,15) NOT NULL DEFAULT '0.0',
  `product_id` INT,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  KEY `common_id_idx` (`common_id`),
  KEY `index_items_on_deleted_at` (`deleted_at`),
  KEY `item_product_id_idx` (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items_taxes` (
  `item_id` INT NOT NULL,
  `tax_id` INT NOT NULL,
  PRIMARY KEY (`item_id`, `tax_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `invoice_id` INT NOT NULL,
  `date` DATE,
  `amount` DECIMAL(53,15),
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  KEY `index_payments_on_deleted_at` (`deleted_at`),
  KEY `invoice_id_idx` (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(100) NOT NULL,
  `description` TEXT,
  `price` DECIMAL(53,15) NOT NULL DEFAULT '0.0',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  KEY `index_products_on_deleted_at` (`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `value` VARCHAR(255),
  `enabled` TINYINT(1) DEFAULT 1,
  `default` TINYINT(1) DEFAULT 0,
  `deleted_at` DATETIME(6),
  `first_number` INT DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_series_on_deleted_at` (`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `var` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `thing_id` INT,
  `thing_type` VARCHAR(30),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_thing_type_and_thing_id_and_var` (`thing_type`, `thing_id`, `var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tag_id` INT,
  `taggable_type` VARCHAR(255),
  `taggable_id` INT,
  `tagger_id` INT,
  `tagger_type` VARCHAR(255),
  `context` VARCHAR(128),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggings_idx` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`),
  KEY `index_taggings_on_taggable_id_and_taggable_type_and_context` (`taggable_id`, `taggable_type`, `context`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `taggings_count` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50),
  `value` DECIMAL(53,2),
  `active` TINYINT(1) DEFAULT 1,
  `default` TINYINT(1) DEFAULT 0,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  KEY `index_taxes_on_deleted_at` (`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `template` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `models` VARCHAR(200),
  `print_default` TINYINT(1) DEFAULT 0,
  `deleted_at` DATETIME(6),
  `email_default` TINYINT(1) DEFAULT 0,
  `subject` VARCHAR(200),
  PRIMARY KEY (`id`),
  KEY `index_templates_on_deleted_at` (`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `email` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `password_digest` VARCHAR(255),
  `remember_digest` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `level` VARCHAR(255) NOT NULL DEFAULT 'info',
  `message` VARCHAR(255),
  `event` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_webhook_logs_on_event` (`event`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

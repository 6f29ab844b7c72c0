-- Medusa v2 (headless commerce) — trimmed schema (41 tables of the customer, auth, user, api-key, cart, order,
--   payment, notification, region, store and currency modules)
-- Upstream: github.com/medusajs/medusa, packages/modules/<module>/src/migrations/.snapshot-medusa-<module>.json
--   (MikroORM schema snapshots, the state after the modules' migrations) at commit
--   59e6747800133e091d20c2c167f600981abc5c0d (MIT).
-- PostgreSQL written as MySQL: text -> TEXT (VARCHAR(255) for primary- and foreign-key columns), enum checks -> ENUM,
-- jsonb -> JSON, timestamptz -> DATETIME, numeric -> NUMERIC, serial -> INT AUTO_INCREMENT, text[] -> TEXT;
-- expression defaults and partial indexes left out; foreign keys as in the snapshots. Upstream has no column comments.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `customer` (
  `id` VARCHAR(255) NOT NULL,
  `company_name` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `email` TEXT,
  `phone` TEXT,
  `has_account` BOOLEAN NOT NULL DEFAULT FALSE,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `created_by` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `customer_address` (
  `id` VARCHAR(255) NOT NULL,
  `address_name` TEXT,
  `is_default_shipping` BOOLEAN NOT NULL DEFAULT FALSE,
  `is_default_billing` BOOLEAN NOT NULL DEFAULT FALSE,
  `customer_id` VARCHAR(255) NOT NULL,
  `company` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `address_1` TEXT,
  `address_2` TEXT,
  `city` TEXT,
  `country_code` TEXT,
  `province` TEXT,
  `postal_code` TEXT,
  `phone` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`)
);

CREATE TABLE `customer_group` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `metadata` JSON,
  `created_by` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `customer_group_customer` (
  `id` VARCHAR(255) NOT NULL,
  `customer_id` VARCHAR(255) NOT NULL,
  `customer_group_id` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_group_id`) REFERENCES `customer_group` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`)
);

CREATE TABLE `auth_identity` (
  `id` VARCHAR(255) NOT NULL,
  `app_metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `provider_identity` (
  `id` VARCHAR(255) NOT NULL,
  `entity_id` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `auth_identity_id` VARCHAR(255) NOT NULL,
  `user_metadata` JSON,
  `provider_metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`auth_identity_id`) REFERENCES `auth_identity` (`id`)
);

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `first_name` TEXT,
  `last_name` TEXT,
  `email` TEXT NOT NULL,
  `avatar_url` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invite` (
  `id` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `accepted` BOOLEAN NOT NULL DEFAULT FALSE,
  `token` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_key` (
  `id` VARCHAR(255) NOT NULL,
  `token` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `redacted` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `last_used_at` DATETIME,
  `created_by` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `revoked_by` TEXT,
  `revoked_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cart_address` (
  `id` VARCHAR(255) NOT NULL,
  `customer_id` TEXT,
  `company` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `address_1` TEXT,
  `address_2` TEXT,
  `city` TEXT,
  `country_code` TEXT,
  `province` TEXT,
  `postal_code` TEXT,
  `phone` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cart` (
  `id` VARCHAR(255) NOT NULL,
  `region_id` TEXT,
  `customer_id` TEXT,
  `sales_channel_id` TEXT,
  `email` TEXT,
  `currency_code` TEXT NOT NULL,
  `shipping_address_id` VARCHAR(255),
  `billing_address_id` VARCHAR(255),
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`shipping_address_id`) REFERENCES `cart_address` (`id`),
  FOREIGN KEY (`billing_address_id`) REFERENCES `cart_address` (`id`)
);

CREATE TABLE `cart_line_item` (
  `id` VARCHAR(255) NOT NULL,
  `cart_id` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `subtitle` TEXT,
  `thumbnail` TEXT,
  `quantity` INT NOT NULL,
  `variant_id` TEXT,
  `product_id` TEXT,
  `product_title` TEXT,
  `product_description` TEXT,
  `product_subtitle` TEXT,
  `product_type` TEXT,
  `product_collection` TEXT,
  `product_handle` TEXT,
  `variant_sku` TEXT,
  `variant_barcode` TEXT,
  `variant_title` TEXT,
  `variant_option_values` JSON,
  `requires_shipping` BOOLEAN NOT NULL DEFAULT TRUE,
  `is_discountable` BOOLEAN NOT NULL DEFAULT TRUE,
  `is_tax_inclusive` BOOLEAN NOT NULL DEFAULT FALSE,
  `compare_at_unit_price` NUMERIC,
  `raw_compare_at_unit_price` JSON,
  `unit_price` NUMERIC NOT NULL,
  `raw_unit_price` JSON NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cart_id`) REFERENCES `cart` (`id`)
);

CREATE TABLE `cart_shipping_method` (
  `id` VARCHAR(255) NOT NULL,
  `cart_id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` JSON,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `is_tax_inclusive` BOOLEAN NOT NULL DEFAULT FALSE,
  `shipping_option_id` TEXT,
  `data` JSON,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cart_id`) REFERENCES `cart` (`id`)
);

CREATE TABLE `order_address` (
  `id` VARCHAR(255) NOT NULL,
  `customer_id` TEXT,
  `company` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `address_1` TEXT,
  `address_2` TEXT,
  `city` TEXT,
  `country_code` TEXT,
  `province` TEXT,
  `postal_code` TEXT,
  `phone` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `order` (
  `id` VARCHAR(255) NOT NULL,
  `display_id` INT NOT NULL AUTO_INCREMENT,
  `region_id` TEXT,
  `customer_id` TEXT,
  `version` INT NOT NULL DEFAULT 1,
  `sales_channel_id` TEXT,
  `status` ENUM('pending','completed','draft','archived','canceled','requires_action') NOT NULL DEFAULT 'pending',
  `is_draft_order` BOOLEAN NOT NULL DEFAULT FALSE,
  `email` TEXT,
  `currency_code` TEXT NOT NULL,
  `shipping_address_id` VARCHAR(255),
  `billing_address_id` VARCHAR(255),
  `no_notification` BOOLEAN,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `canceled_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY (`display_id`),
  FOREIGN KEY (`shipping_address_id`) REFERENCES `order_address` (`id`),
  FOREIGN KEY (`billing_address_id`) REFERENCES `order_address` (`id`)
);

CREATE TABLE `order_line_item` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `subtitle` TEXT,
  `thumbnail` TEXT,
  `variant_id` TEXT,
  `product_id` TEXT,
  `product_title` TEXT,
  `product_description` TEXT,
  `product_subtitle` TEXT,
  `product_type` TEXT,
  `product_collection` TEXT,
  `product_handle` TEXT,
  `variant_sku` TEXT,
  `variant_barcode` TEXT,
  `variant_title` TEXT,
  `variant_option_values` JSON,
  `requires_shipping` BOOLEAN NOT NULL,
  `is_discountable` BOOLEAN NOT NULL,
  `is_tax_inclusive` BOOLEAN NOT NULL,
  `compare_at_unit_price` NUMERIC,
  `raw_compare_at_unit_price` JSON,
  `unit_price` NUMERIC,
  `raw_unit_price` JSON NOT NULL,
  `is_custom_price` BOOLEAN NOT NULL DEFAULT FALSE,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `order_item` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `unit_price` NUMERIC,
  `raw_unit_price` JSON,
  `compare_at_unit_price` NUMERIC,
  `raw_compare_at_unit_price` JSON,
  `quantity` NUMERIC NOT NULL,
  `raw_quantity` JSON NOT NULL,
  `fulfilled_quantity` NUMERIC NOT NULL,
  `raw_fulfilled_quantity` JSON NOT NULL,
  `delivered_quantity` NUMERIC NOT NULL,
  `raw_delivered_quantity` JSON NOT NULL,
  `shipped_quantity` NUMERIC NOT NULL,
  `raw_shipped_quantity` JSON NOT NULL,
  `return_requested_quantity` NUMERIC NOT NULL,
  `raw_return_requested_quantity` JSON NOT NULL,
  `return_received_quantity` NUMERIC NOT NULL,
  `raw_return_received_quantity` JSON NOT NULL,
  `return_dismissed_quantity` NUMERIC NOT NULL,
  `raw_return_dismissed_quantity` JSON NOT NULL,
  `written_off_quantity` NUMERIC NOT NULL,
  `raw_written_off_quantity` JSON NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`item_id`) REFERENCES `order_line_item` (`id`)
);

CREATE TABLE `order_shipping_method` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` JSON,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `is_tax_inclusive` BOOLEAN NOT NULL DEFAULT FALSE,
  `is_custom_amount` BOOLEAN NOT NULL DEFAULT FALSE,
  `shipping_option_id` TEXT,
  `data` JSON,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `order_summary` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `totals` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`)
);

CREATE TABLE `return` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `exchange_id` VARCHAR(255),
  `claim_id` VARCHAR(255),
  `order_version` INT NOT NULL,
  `display_id` INT NOT NULL AUTO_INCREMENT,
  `status` ENUM('open','requested','received','partially_received','canceled') NOT NULL DEFAULT 'open',
  `location_id` TEXT,
  `no_notification` BOOLEAN,
  `refund_amount` NUMERIC,
  `raw_refund_amount` JSON,
  `created_by` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `requested_at` DATETIME,
  `received_at` DATETIME,
  `canceled_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY (`display_id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`exchange_id`) REFERENCES `order_exchange` (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `order_claim` (`id`)
);

CREATE TABLE `order_exchange` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `return_id` VARCHAR(255),
  `order_version` INT NOT NULL,
  `display_id` INT NOT NULL AUTO_INCREMENT,
  `no_notification` BOOLEAN,
  `difference_due` NUMERIC,
  `raw_difference_due` JSON,
  `allow_backorder` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_by` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `canceled_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY (`display_id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`return_id`) REFERENCES `return` (`id`)
);

CREATE TABLE `order_claim` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `return_id` VARCHAR(255),
  `order_version` INT NOT NULL,
  `display_id` INT NOT NULL AUTO_INCREMENT,
  `type` ENUM('refund','replace') NOT NULL,
  `no_notification` BOOLEAN,
  `refund_amount` NUMERIC,
  `raw_refund_amount` JSON,
  `created_by` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `canceled_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY (`display_id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`return_id`) REFERENCES `return` (`id`)
);

CREATE TABLE `order_claim_item` (
  `id` VARCHAR(255) NOT NULL,
  `reason` ENUM('missing_item','wrong_item','production_failure','other'),
  `quantity` NUMERIC NOT NULL,
  `raw_quantity` JSON NOT NULL,
  `claim_id` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `is_additional_item` BOOLEAN NOT NULL DEFAULT FALSE,
  `note` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `order_claim` (`id`),
  FOREIGN KEY (`item_id`) REFERENCES `order_line_item` (`id`)
);

CREATE TABLE `order_transaction` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `return_id` VARCHAR(255),
  `exchange_id` VARCHAR(255),
  `claim_id` VARCHAR(255),
  `version` INT NOT NULL DEFAULT 1,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `currency_code` TEXT NOT NULL,
  `reference` TEXT,
  `reference_id` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`return_id`) REFERENCES `return` (`id`),
  FOREIGN KEY (`exchange_id`) REFERENCES `order_exchange` (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `order_claim` (`id`)
);

CREATE TABLE `order_change` (
  `id` VARCHAR(255) NOT NULL,
  `order_id` VARCHAR(255) NOT NULL,
  `return_id` VARCHAR(255),
  `claim_id` VARCHAR(255),
  `exchange_id` VARCHAR(255),
  `version` INT NOT NULL,
  `change_type` TEXT,
  `description` TEXT,
  `status` ENUM('confirmed','declined','requested','pending','canceled') NOT NULL DEFAULT 'pending',
  `internal_note` TEXT,
  `created_by` TEXT,
  `requested_by` TEXT,
  `requested_at` DATETIME,
  `confirmed_by` TEXT,
  `confirmed_at` DATETIME,
  `declined_by` TEXT,
  `declined_reason` TEXT,
  `metadata` JSON,
  `declined_at` DATETIME,
  `canceled_by` TEXT,
  `canceled_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  FOREIGN KEY (`return_id`) REFERENCES `return` (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `order_claim` (`id`),
  FOREIGN KEY (`exchange_id`) REFERENCES `order_exchange` (`id`)
);

CREATE TABLE `return_reason` (
  `id` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT,
  `parent_return_reason_id` VARCHAR(255),
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_return_reason_id`) REFERENCES `return_reason` (`id`)
);

CREATE TABLE `return_item` (
  `id` VARCHAR(255) NOT NULL,
  `reason_id` VARCHAR(255),
  `quantity` NUMERIC NOT NULL,
  `raw_quantity` JSON NOT NULL,
  `received_quantity` NUMERIC NOT NULL DEFAULT 0,
  `raw_received_quantity` JSON NOT NULL,
  `damaged_quantity` NUMERIC NOT NULL DEFAULT 0,
  `raw_damaged_quantity` JSON NOT NULL,
  `return_id` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `return_reason` (`id`),
  FOREIGN KEY (`return_id`) REFERENCES `return` (`id`),
  FOREIGN KEY (`item_id`) REFERENCES `order_line_item` (`id`)
);

CREATE TABLE `payment_collection` (
  `id` VARCHAR(255) NOT NULL,
  `currency_code` TEXT NOT NULL,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `authorized_amount` NUMERIC,
  `raw_authorized_amount` JSON,
  `captured_amount` NUMERIC,
  `raw_captured_amount` JSON,
  `refunded_amount` NUMERIC,
  `raw_refunded_amount` JSON,
  `region_id` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `completed_at` DATETIME,
  `status` ENUM('not_paid','awaiting','authorized','partially_authorized','canceled') NOT NULL DEFAULT 'not_paid',
  `metadata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_method_token` (
  `id` VARCHAR(255) NOT NULL,
  `provider_id` TEXT NOT NULL,
  `data` JSON,
  `name` TEXT NOT NULL,
  `type_detail` TEXT,
  `description_detail` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `metadata` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_provider` (
  `id` VARCHAR(255) NOT NULL,
  `is_enabled` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_session` (
  `id` VARCHAR(255) NOT NULL,
  `currency_code` TEXT NOT NULL,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `provider_id` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `context` JSON,
  `status` ENUM('authorized','captured','pending','requires_more','error','canceled') NOT NULL DEFAULT 'pending',
  `authorized_at` DATETIME,
  `payment_collection_id` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_collection_id`) REFERENCES `payment_collection` (`id`)
);

CREATE TABLE `payment` (
  `id` VARCHAR(255) NOT NULL,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `currency_code` TEXT NOT NULL,
  `provider_id` TEXT NOT NULL,
  `cart_id` TEXT,
  `order_id` TEXT,
  `customer_id` TEXT,
  `data` JSON,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `captured_at` DATETIME,
  `canceled_at` DATETIME,
  `payment_collection_id` VARCHAR(255) NOT NULL,
  `payment_session_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_collection_id`) REFERENCES `payment_collection` (`id`),
  FOREIGN KEY (`payment_session_id`) REFERENCES `payment_session` (`id`)
);

CREATE TABLE `capture` (
  `id` VARCHAR(255) NOT NULL,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `payment_id` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `created_by` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`)
);

CREATE TABLE `refund_reason` (
  `id` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `refund` (
  `id` VARCHAR(255) NOT NULL,
  `amount` NUMERIC NOT NULL,
  `raw_amount` JSON NOT NULL,
  `payment_id` VARCHAR(255) NOT NULL,
  `refund_reason_id` VARCHAR(255),
  `note` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  `created_by` TEXT,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`),
  FOREIGN KEY (`refund_reason_id`) REFERENCES `refund_reason` (`id`)
);

CREATE TABLE `notification_provider` (
  `id` VARCHAR(255) NOT NULL,
  `handle` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `is_enabled` BOOLEAN NOT NULL DEFAULT TRUE,
  `channels` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification` (
  `id` VARCHAR(255) NOT NULL,
  `to` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  `template` TEXT NOT NULL,
  `data` JSON,
  `trigger_type` TEXT,
  `resource_id` TEXT,
  `resource_type` TEXT,
  `receiver_id` TEXT,
  `original_notification_id` TEXT,
  `idempotency_key` TEXT,
  `external_id` TEXT,
  `status` ENUM('pending','success','failure') NOT NULL DEFAULT 'pending',
  `provider_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`provider_id`) REFERENCES `notification_provider` (`id`)
);

CREATE TABLE `region` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `currency_code` TEXT NOT NULL,
  `automatic_taxes` BOOLEAN NOT NULL DEFAULT TRUE,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `region_country` (
  `iso_2` VARCHAR(255) NOT NULL,
  `iso_3` TEXT NOT NULL,
  `num_code` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `display_name` TEXT NOT NULL,
  `region_id` VARCHAR(255),
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`iso_2`),
  FOREIGN KEY (`region_id`) REFERENCES `region` (`id`)
);

CREATE TABLE `store` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `default_sales_channel_id` TEXT,
  `default_region_id` TEXT,
  `default_location_id` TEXT,
  `metadata` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `currency` (
  `code` VARCHAR(255) NOT NULL,
  `symbol` TEXT NOT NULL,
  `symbol_native` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `decimal_digits` INT NOT NULL DEFAULT 0,
  `rounding` NUMERIC NOT NULL DEFAULT 0,
  `raw_rounding` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`code`)
);

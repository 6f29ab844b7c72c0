-- NexoPOS 6.2.1 (point of sale with customer accounts, rewards and coupons), MySQL DDL written from its Laravel migrations
-- github.com/Blair2004/NexoPOS database/migrations/{core,create,update}, commit 7eb73937 (GPL-3.0)
-- 40 tables as created on a fresh install; column names, order and Laravel 12 MySQL types as upstream. No foreign keys are declared upstream.

CREATE TABLE `nexopos_roles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `namespace` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `reward_system_id` int DEFAULT NULL,
  `minimal_credit_payment` float(53) NOT NULL DEFAULT '0',
  `author_id` int DEFAULT NULL,
  `locked` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nexopos_roles_name_unique` (`name`),
  UNIQUE KEY `nexopos_roles_namespace_unique` (`namespace`)
);

CREATE TABLE `nexopos_permissions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `namespace` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nexopos_permissions_name_unique` (`name`),
  UNIQUE KEY `nexopos_permissions_namespace_unique` (`namespace`)
);

CREATE TABLE `nexopos_role_permission` (
  `permission_id` int NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`permission_id`,`role_id`)
);

CREATE TABLE `nexopos_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `author_id` int DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `group_id` int DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `pobox` varchar(255) DEFAULT NULL,
  `activation_expiration` datetime DEFAULT NULL,
  `total_sales_count` int NOT NULL DEFAULT '0',
  `total_sales` float(18) NOT NULL DEFAULT '0',
  `birth_date` datetime DEFAULT NULL,
  `purchases_amount` float(53) NOT NULL DEFAULT '0',
  `owed_amount` float(53) NOT NULL DEFAULT '0',
  `credit_limit_amount` float(53) NOT NULL DEFAULT '0',
  `account_amount` float(53) NOT NULL DEFAULT '0',
  `activation_token` varchar(255) DEFAULT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nexopos_users_email_unique` (`email`)
);

CREATE TABLE `nexopos_users_attributes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `avatar_link` varchar(255) DEFAULT NULL,
  `theme` varchar(255) DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_users_roles_relations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `role_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_users_widgets` (
  `id` char(36) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `column` varchar(255) NOT NULL,
  `class_name` varchar(255) NOT NULL,
  `position` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_permissions_access` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `requester_id` int unsigned NOT NULL,
  `granter_id` int unsigned NOT NULL,
  `permission` varchar(255) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  `status` enum('granted','denied','pending','expired','used') NOT NULL DEFAULT 'pending',
  `expired_at` datetime DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `nexopos_permissions_access_requester_id_index` (`requester_id`),
  KEY `nexopos_permissions_access_granter_id_index` (`granter_id`),
  KEY `nexopos_permissions_access_permission_index` (`permission`)
);

CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` text NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`,`tokenable_id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_expires_at_index` (`expires_at`)
);

CREATE TABLE `nexopos_options` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `key` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `expire_on` datetime DEFAULT NULL,
  `array` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_notifications` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `url` varchar(255) NOT NULL DEFAULT '#',
  `source` varchar(255) NOT NULL DEFAULT 'system',
  `dismissable` tinyint(1) NOT NULL DEFAULT 1,
  `actions` json DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_medias` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `extension` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nexopos_medias_name_unique` (`name`)
);

CREATE TABLE `nexopos_customers_groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `reward_system_id` int DEFAULT '0',
  `minimal_credit_payment` int NOT NULL DEFAULT '0',
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_customers_addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `address_1` varchar(255) DEFAULT NULL,
  `address_2` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `pobox` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_customers_account_history` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `order_id` int DEFAULT NULL,
  `previous_amount` decimal(18,5) NOT NULL DEFAULT '0',
  `amount` decimal(18,5) NOT NULL DEFAULT '0',
  `next_amount` decimal(18,5) NOT NULL DEFAULT '0',
  `operation` varchar(255) NOT NULL,
  `author_id` int NOT NULL,
  `description` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_rewards_system` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `author_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `target` decimal(18,5) NOT NULL DEFAULT '0',
  `description` text DEFAULT NULL,
  `coupon_id` int DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_rewards_system_rules` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `from` decimal(18,5) NOT NULL,
  `to` decimal(18,5) NOT NULL,
  `reward` decimal(18,5) NOT NULL,
  `reward_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_customers_rewards` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `reward_id` int NOT NULL,
  `reward_name` varchar(255) NOT NULL,
  `points` decimal(18,5) NOT NULL,
  `target` decimal(18,5) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_coupons` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'discount',
  `discount_value` float(18) NOT NULL DEFAULT '0',
  `valid_until` datetime DEFAULT NULL,
  `minimum_cart_value` decimal(18,5) DEFAULT '0',
  `maximum_cart_value` decimal(18,5) DEFAULT '0',
  `valid_hours_start` datetime DEFAULT NULL,
  `valid_hours_end` datetime DEFAULT NULL,
  `limit_usage` float(18) NOT NULL DEFAULT '0',
  `groups_id` varchar(255) DEFAULT NULL,
  `customers_id` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_coupons_customers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `coupon_id` int NOT NULL,
  `customer_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_coupons_customers_groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `coupon_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_customers_coupons` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `usage` int NOT NULL DEFAULT '0',
  `limit_usage` int NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `code` varchar(255) NOT NULL,
  `coupon_id` int NOT NULL,
  `customer_id` int NOT NULL,
  `author_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_providers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `address_1` varchar(255) DEFAULT NULL,
  `address_2` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `description` text DEFAULT NULL,
  `amount_due` decimal(18,5) NOT NULL DEFAULT '0',
  `amount_paid` decimal(18,5) NOT NULL DEFAULT '0',
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nexopos_providers_email_unique` (`email`)
);

CREATE TABLE `nexopos_products_categories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `parent_id` int DEFAULT '0',
  `media_id` int NOT NULL DEFAULT '0',
  `preview_url` varchar(255) DEFAULT NULL,
  `displays_on_pos` tinyint(1) NOT NULL DEFAULT 1,
  `scale_range_id` bigint unsigned DEFAULT NULL,
  `total_items` int NOT NULL DEFAULT '0',
  `position` int NOT NULL DEFAULT '0',
  `description` text DEFAULT NULL,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_products` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `tax_type` varchar(255) DEFAULT NULL,
  `tax_group_id` int DEFAULT NULL,
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `product_type` varchar(255) NOT NULL DEFAULT 'product',
  `type` varchar(255) NOT NULL DEFAULT 'tangible',
  `accurate_tracking` tinyint(1) NOT NULL DEFAULT '0',
  `auto_cogs` tinyint(1) NOT NULL DEFAULT 1,
  `status` varchar(255) NOT NULL DEFAULT 'available',
  `stock_management` varchar(255) NOT NULL DEFAULT 'enabled',
  `barcode` varchar(255) NOT NULL,
  `barcode_type` varchar(255) NOT NULL,
  `sku` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `thumbnail_id` int DEFAULT NULL,
  `category_id` int DEFAULT NULL,
  `parent_id` int NOT NULL DEFAULT '0',
  `unit_group` int NOT NULL,
  `on_expiration` varchar(255) NOT NULL DEFAULT 'prevent_sales',
  `expires` tinyint(1) NOT NULL DEFAULT 0,
  `searchable` tinyint(1) NOT NULL DEFAULT 1,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `position` tinyint(1) NOT NULL DEFAULT '0',
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_taxes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `rate` float(18) NOT NULL,
  `tax_group_id` int NOT NULL,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_payments_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `priority` int NOT NULL DEFAULT '0',
  `description` text DEFAULT NULL,
  `author_id` int NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `readonly` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_registers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'closed',
  `description` text DEFAULT NULL,
  `used_by` int DEFAULT NULL,
  `author_id` int NOT NULL,
  `balance` decimal(18,5) NOT NULL DEFAULT '0',
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_registers_history` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `register_id` int NOT NULL,
  `payment_id` int DEFAULT NULL,
  `payment_type_id` int NOT NULL DEFAULT '0',
  `order_id` int DEFAULT NULL,
  `action` varchar(255) NOT NULL,
  `author_id` int NOT NULL,
  `value` decimal(18,5) NOT NULL DEFAULT '0',
  `description` text DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `balance_before` decimal(18,5) NOT NULL DEFAULT '0',
  `transaction_type` varchar(255) DEFAULT NULL,
  `balance_after` decimal(18,5) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `description` text DEFAULT NULL,
  `code` varchar(255) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `payment_status` varchar(255) NOT NULL,
  `process_status` varchar(255) NOT NULL DEFAULT 'pending',
  `delivery_status` varchar(255) NOT NULL DEFAULT 'pending',
  `discount` decimal(18,5) NOT NULL DEFAULT '0',
  `discount_type` varchar(255) DEFAULT NULL,
  `support_instalments` tinyint(1) NOT NULL DEFAULT 1,
  `discount_percentage` decimal(18,5) DEFAULT NULL,
  `shipping` decimal(18,5) NOT NULL DEFAULT '0',
  `shipping_rate` decimal(18,5) NOT NULL DEFAULT '0',
  `shipping_type` varchar(255) DEFAULT NULL,
  `total_without_tax` decimal(18,5) NOT NULL DEFAULT '0',
  `subtotal` decimal(18,5) NOT NULL DEFAULT '0',
  `total_with_tax` decimal(18,5) NOT NULL DEFAULT '0',
  `total_coupons` decimal(18,5) NOT NULL DEFAULT '0',
  `total_cogs` decimal(18,5) NOT NULL DEFAULT '0',
  `total` decimal(18,5) NOT NULL DEFAULT '0',
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `products_tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `tax_group_id` int DEFAULT NULL,
  `tax_type` varchar(255) DEFAULT NULL,
  `tendered` decimal(18,5) NOT NULL DEFAULT '0',
  `change` decimal(18,5) NOT NULL DEFAULT '0',
  `final_payment_date` datetime DEFAULT NULL,
  `total_instalments` int NOT NULL DEFAULT '0',
  `customer_id` int NOT NULL,
  `note` varchar(255) DEFAULT NULL,
  `note_visibility` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `register_id` int DEFAULT NULL,
  `voidance_reason` text DEFAULT NULL,
  `driver_id` int DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `address_1` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `address_2` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `pobox` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_products` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `unit_name` varchar(255) DEFAULT NULL,
  `mode` varchar(255) NOT NULL DEFAULT 'normal',
  `product_type` varchar(255) NOT NULL DEFAULT 'product',
  `product_id` int NOT NULL,
  `order_id` int NOT NULL,
  `unit_id` int NOT NULL,
  `unit_quantity_id` int NOT NULL,
  `product_category_id` int NOT NULL,
  `procurement_product_id` int DEFAULT NULL,
  `tax_group_id` int NOT NULL DEFAULT '0',
  `tax_type` varchar(255) NOT NULL DEFAULT '0',
  `uuid` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'sold',
  `return_observations` text DEFAULT NULL,
  `return_condition` varchar(255) DEFAULT NULL,
  `discount_type` varchar(255) NOT NULL DEFAULT 'none',
  `discount` decimal(18,5) NOT NULL DEFAULT '0',
  `quantity` decimal(18,5) NOT NULL,
  `discount_percentage` decimal(18,5) NOT NULL DEFAULT '0',
  `unit_price` decimal(18,5) NOT NULL DEFAULT '0',
  `price_gross` decimal(18,5) NOT NULL DEFAULT '0',
  `price_net` decimal(18,5) NOT NULL DEFAULT '0',
  `wholesale_tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `sale_tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `rate` decimal(18,5) NOT NULL DEFAULT '0',
  `total_price` decimal(18,5) NOT NULL DEFAULT '0',
  `total_price_gross` decimal(18,5) NOT NULL DEFAULT '0',
  `total_price_net` decimal(18,5) NOT NULL DEFAULT '0',
  `total_purchase_price` decimal(18,5) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_payments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `value` decimal(18,5) NOT NULL DEFAULT '0',
  `author_id` int NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_coupons` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `customer_coupon_id` int NOT NULL,
  `coupon_id` int NOT NULL,
  `order_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `discount_value` decimal(18,5) NOT NULL,
  `minimum_cart_value` decimal(18,5) NOT NULL DEFAULT '0',
  `maximum_cart_value` decimal(18,5) NOT NULL DEFAULT '0',
  `limit_usage` int NOT NULL DEFAULT '0',
  `value` decimal(18,5) NOT NULL DEFAULT '0',
  `author_id` int NOT NULL,
  `counted` tinyint(1) NOT NULL DEFAULT 0,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_instalments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `amount` decimal(18,5) NOT NULL DEFAULT '0',
  `order_id` int DEFAULT NULL,
  `paid` tinyint(1) NOT NULL DEFAULT 0,
  `payment_id` int DEFAULT NULL,
  `date` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_refunds` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `author_id` int NOT NULL,
  `total` decimal(18,5) NOT NULL,
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `shipping` decimal(18,5) NOT NULL,
  `payment_method` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_products_refunds` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `order_refund_id` int NOT NULL,
  `order_product_id` int NOT NULL,
  `unit_id` int NOT NULL,
  `product_id` int NOT NULL,
  `unit_price` decimal(18,5) NOT NULL,
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  `quantity` decimal(18,5) NOT NULL,
  `total_price` decimal(18,5) NOT NULL,
  `condition` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `author_id` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_orders_taxes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tax_id` int DEFAULT NULL,
  `order_id` int DEFAULT NULL,
  `rate` float(53) NOT NULL,
  `tax_name` varchar(255) DEFAULT NULL,
  `tax_value` decimal(18,5) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
);

CREATE TABLE `nexopos_products_histories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int NOT NULL,
  `procurement_id` int DEFAULT NULL,
  `procurement_product_id` int DEFAULT NULL,
  `order_id` int DEFAULT NULL,
  `order_product_id` int DEFAULT NULL,
  `operation_type` varchar(255) NOT NULL,
  `unit_id` int NOT NULL,
  `before_quantity` float(18) DEFAULT NULL,
  `quantity` float(18) NOT NULL,
  `after_quantity` float(18) DEFAULT NULL,
  `unit_price` decimal(18,5) NOT NULL,
  `total_price` decimal(18,5) NOT NULL,
  `description` text DEFAULT NULL,
  `author_id` int NOT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);


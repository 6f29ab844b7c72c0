-- Bagisto (Laravel e-commerce: customers, addresses, customer groups, carts, orders, invoices, refunds,
-- shipments, payments, wishlists, reviews, newsletter subscribers, admins and roles, channels, core config).
-- Upstream: github.com/bagisto/bagisto, commit 889a7c6bd7200867d528f6ddc2668798e7db05d8 (tag v2.4.10 + 1 commit),
-- licence MIT (Copyright 2010-2025 Webkul Software).
-- Source: the Laravel migrations packages/Webkul/*/src/Database/Migrations/*.php and database/migrations/*.php,
-- replayed in Laravel's order (by file name): Schema::create, later add/change/rename/drop column, table renames
-- (product_review_images -> product_review_attachments, addresses.address1 -> address, address2 and customers.notes dropped).
-- Types as Laravel's MySQL grammar writes them: increments -> int unsigned AUTO_INCREMENT, id()/bigIncrements ->
-- bigint unsigned AUTO_INCREMENT, string(n) -> varchar(n) (255 by default), boolean -> tinyint(1), integer -> int,
-- decimal(p,s), json -> json, uuid -> char(36), foreignId -> bigint unsigned, timestamps() -> created_at/updated_at
-- timestamp NULL, rememberToken() -> remember_token varchar(100), morphs('x') -> x_type varchar(255) + x_id bigint
-- unsigned, ->comment() -> COMMENT. Indexes and unique keys are left out; primary keys kept; foreign keys kept where
-- upstream declares them and the referenced table is kept (those to left-out tables dropped).
-- 44 of the application's 146 tables; each kept table has all of its columns.

-- from: 2018_07_10_055143_create_locales_table.php, 2023_07_06_140013_add_logo_path_column_to_locales.php
CREATE TABLE `locales` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `direction` enum('ltr','rtl') NOT NULL DEFAULT 'ltr',
  `logo_path` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_20_054502_create_currencies_table.php, 2023_09_26_155709_add_columns_to_currencies.php
CREATE TABLE `currencies` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `symbol` varchar(255) NULL,
  `decimal` int unsigned NOT NULL DEFAULT 2,
  `group_separator` varchar(255) NOT NULL DEFAULT ',',
  `decimal_separator` varchar(255) NOT NULL DEFAULT '.',
  `currency_position` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_20_054426_create_countries_table.php
CREATE TABLE `countries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_20_064849_create_channels_table.php, 2025_09_05_000100_add_indexes_to_channels_tables.php
CREATE TABLE `channels` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `timezone` varchar(255) NULL,
  `theme` varchar(255) NULL,
  `hostname` varchar(255) NULL,
  `logo` varchar(255) NULL,
  `favicon` varchar(255) NULL,
  `home_seo` json NULL,
  `is_maintenance_on` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_ips` text NULL,
  `root_category_id` int unsigned NULL,
  `default_locale_id` int unsigned NOT NULL,
  `base_currency_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`default_locale_id`) REFERENCES `locales` (`id`),
  FOREIGN KEY (`base_currency_id`) REFERENCES `currencies` (`id`)
);

-- from: 2018_09_20_060658_create_core_config_table.php
CREATE TABLE `core_config` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `channel_code` varchar(255) NULL,
  `locale_code` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_24_082635_create_customer_groups_table.php
CREATE TABLE `customer_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_user_defined` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_24_082930_create_customers_table.php, 2023_07_25_165945_drop_notes_column_from_customers_table.php, 2024_06_04_130527_add_channel_id_column_in_customers_table.php, 2024_06_04_130600_make_email_unique_per_channel.php
CREATE TABLE `customers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `gender` varchar(50) NULL,
  `date_of_birth` date NULL,
  `email` varchar(255) NULL,
  `phone` varchar(255) NULL,
  `image` varchar(255) NULL,
  `status` tinyint NOT NULL DEFAULT 1,
  `password` varchar(255) NULL,
  `api_token` varchar(80) NULL DEFAULT NULL,
  `customer_group_id` int unsigned NULL,
  `channel_id` int unsigned NULL,
  `subscribed_to_news_letter` tinyint(1) NOT NULL DEFAULT 0,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `is_suspended` tinyint unsigned NOT NULL DEFAULT 0,
  `token` varchar(255) NULL,
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_group_id`) REFERENCES `customer_groups` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE SET NULL
);

-- from: 2018_06_13_055341_create_roles_table.php
CREATE TABLE `roles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NULL,
  `permission_type` varchar(255) NOT NULL,
  `permissions` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_06_12_111907_create_admins_table.php, 2025_09_11_140301_add_two_factor_to_admins.php
CREATE TABLE `admins` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NULL,
  `api_token` varchar(80) NULL DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `role_id` int unsigned NOT NULL,
  `image` varchar(255) NULL,
  `remember_token` varchar(100) NULL,
  `two_factor_secret` text NULL,
  `two_factor_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `two_factor_backup_codes` json NULL,
  `two_factor_verified_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2014_10_12_100000_create_admin_password_resets_table.php
CREATE TABLE `admin_password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL
);

-- from: 2018_09_11_064045_customer_password_resets.php
CREATE TABLE `customer_password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL
);

-- from: 2023_07_25_171058_create_customer_notes_table.php
CREATE TABLE `customer_notes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NULL,
  `note` text NOT NULL,
  `customer_notified` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

-- from: 2020_06_25_162154_create_customer_social_accounts_table.php
CREATE TABLE `customer_social_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `provider_name` varchar(255) NULL,
  `provider_id` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

-- from: 2018_11_16_173504_create_subscribers_list_table.php
CREATE TABLE `subscribers_list` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `is_subscribed` tinyint(1) NOT NULL DEFAULT 0,
  `token` varchar(255) NULL,
  `customer_id` int unsigned NULL,
  `channel_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE
);

-- from: 2020_08_07_174804_create_gdpr_data_request_table.php
CREATE TABLE `gdpr_data_request` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `message` varchar(500) NOT NULL,
  `revoked_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

-- from: 2018_07_27_065727_create_products_table.php
CREATE TABLE `products` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `sku` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `parent_id` int unsigned NULL,
  `attribute_family_id` int unsigned NULL,
  `additional` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `products` (`id`) ON DELETE CASCADE
);

-- from: 2018_07_23_110040_create_inventory_sources_table.php
CREATE TABLE `inventory_sources` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `contact_name` varchar(255) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `contact_number` varchar(255) NOT NULL,
  `contact_fax` varchar(255) NULL,
  `country` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `street` varchar(255) NOT NULL,
  `postcode` varchar(255) NOT NULL,
  `priority` int NOT NULL DEFAULT 0,
  `latitude` decimal(10,5) NULL,
  `longitude` decimal(10,5) NULL,
  `status` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2018_07_27_092623_create_product_reviews_table.php, 2025_09_05_000300_add_indexes_to_product_media_and_attributes.php
CREATE TABLE `product_reviews` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL,
  `rating` int NOT NULL,
  `comment` text NULL,
  `status` varchar(255) NOT NULL,
  `product_id` int unsigned NOT NULL,
  `customer_id` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE
);

-- from: 2021_04_07_132010_create_product_review_images_table.php, 2023_06_27_163529_rename_product_review_images_to_product_review_attachments.php
CREATE TABLE `product_review_attachments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `review_id` int unsigned NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'image',
  `mime_type` varchar(255) NULL,
  `path` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`review_id`) REFERENCES `product_reviews` (`id`) ON DELETE CASCADE
);

-- from: 2023_05_26_213105_create_wishlist_items_table.php
CREATE TABLE `wishlist_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `channel_id` int unsigned NOT NULL,
  `product_id` int unsigned NOT NULL,
  `customer_id` int unsigned NOT NULL,
  `additional` json NULL,
  `moved_to_cart` date NULL,
  `shared` tinyint(1) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_05_150444_create_cart_table.php, 2024_04_23_133154_add_incl_tax_columns_in_cart_table.php
CREATE TABLE `cart` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_email` varchar(255) NULL,
  `customer_first_name` varchar(255) NULL,
  `customer_last_name` varchar(255) NULL,
  `shipping_method` varchar(255) NULL,
  `coupon_code` varchar(255) NULL,
  `is_gift` tinyint(1) NOT NULL DEFAULT 0,
  `items_count` int NULL,
  `items_qty` decimal(12,4) NULL,
  `exchange_rate` decimal(12,4) NULL,
  `global_currency_code` varchar(255) NULL,
  `base_currency_code` varchar(255) NULL,
  `channel_currency_code` varchar(255) NULL,
  `cart_currency_code` varchar(255) NULL,
  `grand_total` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total` decimal(12,4) NULL DEFAULT 0,
  `sub_total` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total` decimal(12,4) NULL DEFAULT 0,
  `tax_total` decimal(12,4) NULL DEFAULT 0,
  `base_tax_total` decimal(12,4) NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `shipping_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `checkout_method` varchar(255) NULL,
  `is_guest` tinyint(1) NULL,
  `is_active` tinyint(1) NULL DEFAULT 1,
  `applied_cart_rule_ids` varchar(255) NULL,
  `customer_id` int unsigned NULL,
  `channel_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_05_150915_create_cart_items_table.php, 2024_04_19_135405_add_incl_tax_columns_in_cart_items_table.php, 2026_04_09_120000_change_tax_category_id_fk_on_cart_items_to_null_on_delete.php
CREATE TABLE `cart_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `quantity` int unsigned NOT NULL DEFAULT 0,
  `sku` varchar(255) NULL,
  `type` varchar(255) NULL,
  `name` varchar(255) NULL,
  `coupon_code` varchar(255) NULL,
  `weight` decimal(12,4) NOT NULL DEFAULT 0,
  `total_weight` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total_weight` decimal(12,4) NOT NULL DEFAULT 0,
  `price` decimal(12,4) NOT NULL DEFAULT 1,
  `base_price` decimal(12,4) NOT NULL DEFAULT 0,
  `custom_price` decimal(12,4) NULL,
  `total` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total` decimal(12,4) NOT NULL DEFAULT 0,
  `tax_percent` decimal(12,4) NULL DEFAULT 0,
  `tax_amount` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount` decimal(12,4) NULL DEFAULT 0,
  `discount_percent` decimal(12,4) NOT NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `price_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_price_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `applied_tax_rate` varchar(255) NULL,
  `parent_id` int unsigned NULL,
  `product_id` int unsigned NOT NULL,
  `cart_id` int unsigned NOT NULL,
  `tax_category_id` int unsigned NULL,
  `applied_cart_rule_ids` varchar(255) NULL,
  `additional` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `cart_items` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`cart_id`) REFERENCES `cart` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_19_093453_create_cart_payment.php
CREATE TABLE `cart_payment` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `method` varchar(255) NOT NULL,
  `method_title` varchar(255) NULL,
  `cart_id` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cart_id`) REFERENCES `cart` (`id`) ON DELETE CASCADE
);

-- from: 2019_05_13_024321_create_cart_rules_table.php
CREATE TABLE `cart_rules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NULL,
  `description` varchar(255) NULL,
  `starts_from` datetime NULL,
  `ends_till` datetime NULL,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `coupon_type` int NOT NULL DEFAULT 1,
  `use_auto_generation` tinyint(1) NOT NULL DEFAULT 0,
  `usage_per_customer` int NOT NULL DEFAULT 0,
  `uses_per_coupon` int NOT NULL DEFAULT 0,
  `times_used` int unsigned NOT NULL DEFAULT 0,
  `condition_type` tinyint(1) NOT NULL DEFAULT 1,
  `conditions` json NULL,
  `end_other_rules` tinyint(1) NOT NULL DEFAULT 0,
  `uses_attribute_conditions` tinyint(1) NOT NULL DEFAULT 0,
  `action_type` varchar(255) NULL,
  `discount_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `discount_quantity` int NOT NULL DEFAULT 1,
  `discount_step` varchar(255) NOT NULL DEFAULT '1',
  `apply_to_shipping` tinyint(1) NOT NULL DEFAULT 0,
  `free_shipping` tinyint(1) NOT NULL DEFAULT 0,
  `sort_order` int unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2019_05_13_024325_create_cart_rule_customers_table.php
CREATE TABLE `cart_rule_customers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `times_used` bigint unsigned NOT NULL DEFAULT 0,
  `customer_id` int unsigned NOT NULL,
  `cart_rule_id` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cart_rule_id`) REFERENCES `cart_rules` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_27_113154_create_orders_table.php, 2024_04_19_102939_add_incl_tax_columns_in_orders_table.php
CREATE TABLE `orders` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `increment_id` varchar(255) NOT NULL,
  `status` varchar(255) NULL,
  `channel_name` varchar(255) NULL,
  `is_guest` tinyint(1) NULL,
  `customer_email` varchar(255) NULL,
  `customer_first_name` varchar(255) NULL,
  `customer_last_name` varchar(255) NULL,
  `shipping_method` varchar(255) NULL,
  `shipping_title` varchar(255) NULL,
  `shipping_description` varchar(255) NULL,
  `coupon_code` varchar(255) NULL,
  `is_gift` tinyint(1) NOT NULL DEFAULT 0,
  `total_item_count` int NULL,
  `total_qty_ordered` int NULL,
  `base_currency_code` varchar(255) NULL,
  `channel_currency_code` varchar(255) NULL,
  `order_currency_code` varchar(255) NULL,
  `grand_total` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total` decimal(12,4) NULL DEFAULT 0,
  `grand_total_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total_invoiced` decimal(12,4) NULL DEFAULT 0,
  `grand_total_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total_refunded` decimal(12,4) NULL DEFAULT 0,
  `sub_total` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total` decimal(12,4) NULL DEFAULT 0,
  `sub_total_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total_invoiced` decimal(12,4) NULL DEFAULT 0,
  `sub_total_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total_refunded` decimal(12,4) NULL DEFAULT 0,
  `discount_percent` decimal(12,4) NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `discount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_discount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `discount_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_discount_refunded` decimal(12,4) NULL DEFAULT 0,
  `tax_amount` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount` decimal(12,4) NULL DEFAULT 0,
  `tax_amount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `tax_amount_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount_refunded` decimal(12,4) NULL DEFAULT 0,
  `shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `shipping_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_invoiced` decimal(12,4) NULL DEFAULT 0,
  `shipping_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_refunded` decimal(12,4) NULL DEFAULT 0,
  `shipping_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `shipping_tax_refunded` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_tax_refunded` decimal(12,4) NOT NULL DEFAULT 0,
  `sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `customer_id` int unsigned NULL,
  `customer_type` varchar(255) NULL,
  `channel_id` int unsigned NULL,
  `channel_type` varchar(255) NULL,
  `cart_id` int NULL,
  `applied_cart_rule_ids` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE SET NULL
);

-- from: 2018_09_27_113207_create_order_items_table.php, 2023_10_12_090446_add_tax_category_id_column_in_order_items_table.php, 2024_04_19_144641_add_incl_tax_columns_in_order_items_table.php, 2026_02_11_095547_add_rma_return_period_to_order_items_table.php, 2026_04_09_120100_change_tax_category_id_fk_on_order_items_to_null_on_delete.php
CREATE TABLE `order_items` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `sku` varchar(255) NULL,
  `type` varchar(255) NULL,
  `name` varchar(255) NULL,
  `coupon_code` varchar(255) NULL,
  `weight` decimal(12,4) NULL DEFAULT 0,
  `total_weight` decimal(12,4) NULL DEFAULT 0,
  `qty_ordered` int NULL DEFAULT 0,
  `qty_shipped` int NULL DEFAULT 0,
  `qty_invoiced` int NULL DEFAULT 0,
  `qty_canceled` int NULL DEFAULT 0,
  `qty_refunded` int NULL DEFAULT 0,
  `price` decimal(12,4) NOT NULL DEFAULT 0,
  `base_price` decimal(12,4) NOT NULL DEFAULT 0,
  `total` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total` decimal(12,4) NOT NULL DEFAULT 0,
  `total_invoiced` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total_invoiced` decimal(12,4) NOT NULL DEFAULT 0,
  `amount_refunded` decimal(12,4) NOT NULL DEFAULT 0,
  `base_amount_refunded` decimal(12,4) NOT NULL DEFAULT 0,
  `discount_percent` decimal(12,4) NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `discount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_discount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `discount_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_discount_refunded` decimal(12,4) NULL DEFAULT 0,
  `tax_percent` decimal(12,4) NULL DEFAULT 0,
  `tax_amount` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount` decimal(12,4) NULL DEFAULT 0,
  `tax_amount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount_invoiced` decimal(12,4) NULL DEFAULT 0,
  `tax_amount_refunded` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount_refunded` decimal(12,4) NULL DEFAULT 0,
  `price_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_price_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `product_id` int unsigned NULL,
  `product_type` varchar(255) NULL,
  `order_id` int unsigned NULL,
  `tax_category_id` int unsigned NULL,
  `parent_id` int unsigned NULL,
  `additional` json NULL,
  `rma_return_period` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`parent_id`) REFERENCES `order_items` (`id`) ON DELETE CASCADE
);

-- from: 2020_04_16_185147_add_table_addresses.php, 2024_02_26_153000_add_columns_to_addresses_table.php, 2024_03_07_193421_rename_address1_column_in_addresses_table.php
CREATE TABLE `addresses` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `address_type` varchar(255) NOT NULL,
  `parent_address_id` int unsigned NULL,
  `customer_id` int unsigned NULL COMMENT 'null if guest checkout',
  `cart_id` int unsigned NULL COMMENT 'only for cart_addresses',
  `order_id` int unsigned NULL COMMENT 'only for order_addresses',
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `gender` varchar(255) NULL,
  `company_name` varchar(255) NULL,
  `address` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `state` varchar(255) NULL,
  `country` varchar(255) NULL,
  `postcode` varchar(255) NULL,
  `email` varchar(255) NULL,
  `phone` varchar(255) NULL,
  `vat_id` varchar(255) NULL,
  `default_address` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'only for customer_addresses',
  `use_for_shipping` tinyint(1) NOT NULL DEFAULT 0,
  `additional` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`cart_id`) REFERENCES `cart` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`parent_address_id`) REFERENCES `addresses` (`id`) ON DELETE SET NULL
);

-- from: 2018_10_01_095504_create_order_payment_table.php
CREATE TABLE `order_payment` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned NULL,
  `method` varchar(255) NOT NULL,
  `method_title` varchar(255) NULL,
  `additional` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2020_05_06_171638_create_order_comments_table.php
CREATE TABLE `order_comments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned NULL,
  `comment` text NOT NULL,
  `customer_notified` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2021_03_11_212124_create_order_transactions_table.php
CREATE TABLE `order_transactions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `transaction_id` varchar(255) NOT NULL,
  `status` varchar(255) NULL,
  `type` varchar(255) NULL,
  `amount` decimal(12,4) NULL DEFAULT 0,
  `payment_method` varchar(255) NULL,
  `data` json NULL,
  `invoice_id` int unsigned NOT NULL,
  `order_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_27_115135_create_invoices_table.php, 2024_04_24_102939_add_incl_tax_columns_in_invoices_table.php
CREATE TABLE `invoices` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `increment_id` varchar(255) NULL,
  `state` varchar(255) NULL,
  `email_sent` tinyint(1) NOT NULL DEFAULT 0,
  `total_qty` int NULL,
  `base_currency_code` varchar(255) NULL,
  `channel_currency_code` varchar(255) NULL,
  `order_currency_code` varchar(255) NULL,
  `sub_total` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total` decimal(12,4) NULL DEFAULT 0,
  `grand_total` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total` decimal(12,4) NULL DEFAULT 0,
  `shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `tax_amount` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount` decimal(12,4) NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `order_id` int unsigned NULL,
  `transaction_id` varchar(255) NULL,
  `reminders` int NOT NULL DEFAULT 0,
  `next_reminder_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2018_09_27_115022_create_shipments_table.php, 2025_05_07_121250_update_total_weight_columns_in_shipments_and_weight_shipment_items_tables.php
CREATE TABLE `shipments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NULL,
  `total_qty` int NULL,
  `total_weight` decimal(12,4) NULL,
  `carrier_code` varchar(255) NULL,
  `carrier_title` varchar(255) NULL,
  `track_number` text NULL,
  `email_sent` tinyint(1) NOT NULL DEFAULT 0,
  `customer_id` int unsigned NULL,
  `customer_type` varchar(255) NULL,
  `order_id` int unsigned NOT NULL,
  `order_address_id` int unsigned NULL,
  `inventory_source_id` int unsigned NULL,
  `inventory_source_name` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`inventory_source_id`) REFERENCES `inventory_sources` (`id`) ON DELETE SET NULL
);

-- from: 2019_09_11_184511_create_refunds_table.php, 2024_04_24_102939_add_incl_tax_columns_in_refunds_table.php
CREATE TABLE `refunds` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `increment_id` varchar(255) NULL,
  `state` varchar(255) NULL,
  `email_sent` tinyint(1) NOT NULL DEFAULT 0,
  `total_qty` int NULL,
  `base_currency_code` varchar(255) NULL,
  `channel_currency_code` varchar(255) NULL,
  `order_currency_code` varchar(255) NULL,
  `adjustment_refund` decimal(12,4) NULL DEFAULT 0,
  `base_adjustment_refund` decimal(12,4) NULL DEFAULT 0,
  `adjustment_fee` decimal(12,4) NULL DEFAULT 0,
  `base_adjustment_fee` decimal(12,4) NULL DEFAULT 0,
  `sub_total` decimal(12,4) NULL DEFAULT 0,
  `base_sub_total` decimal(12,4) NULL DEFAULT 0,
  `grand_total` decimal(12,4) NULL DEFAULT 0,
  `base_grand_total` decimal(12,4) NULL DEFAULT 0,
  `shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `base_shipping_amount` decimal(12,4) NULL DEFAULT 0,
  `tax_amount` decimal(12,4) NULL DEFAULT 0,
  `base_tax_amount` decimal(12,4) NULL DEFAULT 0,
  `discount_percent` decimal(12,4) NULL DEFAULT 0,
  `discount_amount` decimal(12,4) NULL DEFAULT 0,
  `base_discount_amount` decimal(12,4) NULL DEFAULT 0,
  `shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_tax_amount` decimal(12,4) NOT NULL DEFAULT 0,
  `sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_sub_total_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `base_shipping_amount_incl_tax` decimal(12,4) NOT NULL DEFAULT 0,
  `order_id` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2021_12_15_104544_notifications.php
CREATE TABLE `notifications` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  `order_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2019_06_21_202249_create_downloadable_link_purchased_table.php
CREATE TABLE `downloadable_link_purchased` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_name` varchar(255) NULL,
  `name` varchar(255) NULL,
  `url` varchar(255) NULL,
  `file` varchar(255) NULL,
  `file_name` varchar(255) NULL,
  `type` varchar(255) NOT NULL,
  `download_bought` int NOT NULL DEFAULT 0,
  `download_used` int NOT NULL DEFAULT 0,
  `status` varchar(255) NULL,
  `customer_id` int unsigned NOT NULL,
  `order_id` int unsigned NOT NULL,
  `order_item_id` int unsigned NOT NULL,
  `download_canceled` int NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`order_item_id`) REFERENCES `order_items` (`id`) ON DELETE CASCADE
);

-- from: 2020_02_18_165639_create_bookings_table.php, 2026_04_17_000002_add_allow_cancellation_snapshot_to_bookings.php
CREATE TABLE `bookings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int unsigned NULL,
  `order_item_id` int unsigned NULL,
  `order_id` int unsigned NULL,
  `qty` int NULL DEFAULT 0,
  `from` int NULL,
  `to` int NULL,
  `allow_cancellation` tinyint(1) NOT NULL DEFAULT 1,
  `booking_product_event_ticket_id` bigint unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_item_id`) REFERENCES `order_items` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE SET NULL
);

-- from: 2025_11_14_173812_create_rma_table.php
CREATE TABLE `rma` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned NOT NULL,
  `rma_status_id` int unsigned NULL,
  `package_condition` varchar(255) NULL,
  `information` longtext NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
);

-- from: 2025_11_14_174059_create_rma_messages_table.php
CREATE TABLE `rma_messages` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `rma_id` int unsigned NOT NULL,
  `message` longtext NOT NULL,
  `attachment_path` longtext NULL,
  `attachment` longtext NULL,
  `is_admin` tinyint(1) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`rma_id`) REFERENCES `rma` (`id`) ON DELETE CASCADE
);

-- from: 2026_05_27_114230_create_eu_withdrawals_table.php
CREATE TABLE `eu_withdrawals` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `order_id` int unsigned NOT NULL,
  `customer_id` int unsigned NULL,
  `is_guest` tinyint(1) NOT NULL DEFAULT 0,
  `customer_email` varchar(255) NOT NULL,
  `channel_id` int unsigned NOT NULL,
  `locale` varchar(10) NOT NULL,
  `reason_text` text NULL,
  `received_at` timestamp NOT NULL,
  `confirmation_sent_at` timestamp NULL,
  `final_confirmation_sent_at` timestamp NULL,
  `confirmation_error` varchar(500) NULL,
  `status` varchar(30) NOT NULL DEFAULT 'received',
  `declined_at` timestamp NULL,
  `declined_reason` varchar(500) NULL,
  `declined_by_user_id` int unsigned NULL,
  `refunded_at` timestamp NULL,
  `refunded_by_user_id` int unsigned NULL,
  `refund_note` varchar(500) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`declined_by_user_id`) REFERENCES `admins` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`refunded_by_user_id`) REFERENCES `admins` (`id`) ON DELETE SET NULL
);

-- from: 2023_11_08_140116_create_search_terms_table.php
CREATE TABLE `search_terms` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `term` varchar(255) NOT NULL,
  `results` int NOT NULL DEFAULT 0,
  `uses` int NOT NULL DEFAULT 0,
  `redirect_url` varchar(255) NULL,
  `display_in_suggested_terms` tinyint(1) NOT NULL DEFAULT 0,
  `locale` varchar(255) NOT NULL,
  `channel_id` int unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE
);

-- from: 2019_12_14_000001_create_personal_access_tokens_table.php
CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL,
  `last_used_at` timestamp NULL,
  `expires_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

-- from: 2026_02_03_151924_create_sessions_table.php
CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint unsigned NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`)
);

-- from: 2022_03_15_160510_create_failed_jobs_table.php
CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);


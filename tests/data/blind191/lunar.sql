-- Lunar (lunarphp/lunar, formerly GetCandy; headless e-commerce for Laravel) 1.x: the monorepo's core, admin
-- (Filament panel: staff, Spatie permission tables), table-rate-shipping, stripe and opayo packages.
-- Source: github.com/lunarphp/lunar commit 3d66fb2927a31475cc2cc9ed83f39d169eb52886 (2024-10-07); MIT licence.
-- The 119 migrations under packages/*/database/migrations/ were replayed in Laravel's order (by file name) with the
-- MySQL schema grammar of Laravel 11 (id() = bigint unsigned auto_increment primary key, string = varchar(255),
-- boolean = tinyint(1), json, timestamps() = nullable created_at/updated_at, morphs() = <name>_type varchar +
-- <name>_id bigint unsigned + index, foreignId()->constrained() = bigint unsigned + foreign key, ->after(),
-- ->change() redefining type and nullability, renameColumn, dropColumn, dropIndex); Lunar's Blueprint macros from
-- packages/core/src/LunarServiceProvider.php: userForeignKey() (user_id bigint unsigned -> users.id, the default
-- users_id_type 'bigint'), scheduling(), dimensions(); kalnoy nestedSet(). Table prefix lunar_ (config
-- database.table_prefix). Spatie permission and activity-log tables with their package defaults (no teams).
-- Index and constraint names follow Laravel's naming. Lunar keeps customers' logins in the host application's
-- `users` table, so the Laravel 11 skeleton's users, password_reset_tokens and sessions tables are added
-- (github.com/laravel/laravel database/migrations/0001_01_01_000000_create_users_table.php, commit
-- 2600aafbede7a860a7c678492a1b6752fae47d32, MIT). Foreign keys to a table created later are added with ALTER TABLE at
-- the end, as the later upstream migrations add them.
-- Kept: 42 of the 78 tables the migrations create, plus the 3 skeleton tables. Left out (36): lunar_channelables,
-- lunar_attribute_groups, lunar_attributes, lunar_attributables, lunar_tax_zones, lunar_product_associations,
-- lunar_customer_group_product, lunar_tax_zone_countries, lunar_tax_zone_states, lunar_tax_zone_postcodes,
-- lunar_tax_zone_customer_groups, lunar_tax_rates, lunar_tax_rate_amounts, lunar_collection_groups,
-- lunar_collections, lunar_collection_product, lunar_collection_customer_group, lunar_product_options,
-- lunar_product_option_values, lunar_product_option_value_product_variant, lunar_shipping_rates,
-- lunar_shipping_exclusion_lists, lunar_shipping_exclusions, lunar_exclusion_list_shipping_zone,
-- lunar_country_shipping_zone, lunar_shipping_zone_postcodes, lunar_state_shipping_zone, lunar_assets,
-- lunar_media_product_variant, lunar_brand_discount, lunar_customer_group_discount, lunar_collection_discount,
-- lunar_discount_purchasables, lunar_product_product_option, lunar_brand_collection,
-- lunar_customer_group_shipping_method (catalogue, tax, collection, option, shipping-rule and discount-rule tables).

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint unsigned NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100000_create_channels_table.php
CREATE TABLE `lunar_channels` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `handle` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `url` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_channels_handle_unique` (`handle`),
  KEY `lunar_channels_default_index` (`default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100001_create_languages_table.php
CREATE TABLE `lunar_languages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_languages_code_unique` (`code`),
  KEY `lunar_languages_default_index` (`default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100003_create_currencies_table.php
CREATE TABLE `lunar_currencies` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `exchange_rate` decimal(10, 4) NOT NULL,
  `decimal_places` int NOT NULL DEFAULT '2',
  `enabled` tinyint(1) NOT NULL DEFAULT '0',
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_currencies_code_unique` (`code`),
  KEY `lunar_currencies_decimal_places_index` (`decimal_places`),
  KEY `lunar_currencies_enabled_index` (`enabled`),
  KEY `lunar_currencies_default_index` (`default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100010_create_product_types_table.php
CREATE TABLE `lunar_product_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100011_create_tax_classes_table.php
CREATE TABLE `lunar_tax_classes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_tax_classes_default_index` (`default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100020_create_products_table.php
CREATE TABLE `lunar_products` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `brand_id` bigint unsigned NULL,
  `product_type_id` bigint unsigned NOT NULL,
  `status` varchar(255) NOT NULL,
  `attribute_data` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_products_status_index` (`status`),
  CONSTRAINT `lunar_products_product_type_id_foreign` FOREIGN KEY (`product_type_id`) REFERENCES `lunar_product_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100030_create_product_variants_table.php
CREATE TABLE `lunar_product_variants` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `product_id` bigint unsigned NOT NULL,
  `tax_class_id` bigint unsigned NOT NULL,
  `attribute_data` json NULL,
  `tax_ref` varchar(255) NULL,
  `unit_quantity` int unsigned NOT NULL DEFAULT '1',
  `min_quantity` int unsigned NOT NULL DEFAULT '1',
  `quantity_increment` int unsigned NOT NULL DEFAULT '1',
  `sku` varchar(255) NULL,
  `gtin` varchar(255) NULL,
  `mpn` varchar(255) NULL,
  `ean` varchar(255) NULL,
  `length_value` decimal(10, 4) NULL DEFAULT '0',
  `length_unit` varchar(255) NULL DEFAULT 'mm',
  `width_value` decimal(10, 4) NULL DEFAULT '0',
  `width_unit` varchar(255) NULL DEFAULT 'mm',
  `height_value` decimal(10, 4) NULL DEFAULT '0',
  `height_unit` varchar(255) NULL DEFAULT 'mm',
  `weight_value` decimal(10, 4) NULL DEFAULT '0',
  `weight_unit` varchar(255) NULL DEFAULT 'mm',
  `volume_value` decimal(10, 4) NULL DEFAULT '0',
  `volume_unit` varchar(255) NULL DEFAULT 'mm',
  `shippable` tinyint(1) NOT NULL DEFAULT '1',
  `stock` int NOT NULL DEFAULT '0',
  `backorder` int NOT NULL DEFAULT '0',
  `purchasable` varchar(255) NOT NULL DEFAULT 'always',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_product_variants_tax_ref_index` (`tax_ref`),
  KEY `lunar_product_variants_unit_quantity_index` (`unit_quantity`),
  KEY `lunar_product_variants_sku_index` (`sku`),
  KEY `lunar_product_variants_gtin_index` (`gtin`),
  KEY `lunar_product_variants_mpn_index` (`mpn`),
  KEY `lunar_product_variants_ean_index` (`ean`),
  KEY `lunar_product_variants_length_value_index` (`length_value`),
  KEY `lunar_product_variants_width_value_index` (`width_value`),
  KEY `lunar_product_variants_height_value_index` (`height_value`),
  KEY `lunar_product_variants_weight_value_index` (`weight_value`),
  KEY `lunar_product_variants_volume_value_index` (`volume_value`),
  KEY `lunar_product_variants_shippable_index` (`shippable`),
  KEY `lunar_product_variants_stock_index` (`stock`),
  KEY `lunar_product_variants_backorder_index` (`backorder`),
  KEY `lunar_product_variants_purchasable_index` (`purchasable`),
  KEY `lunar_product_variants_quantity_increment_index` (`quantity_increment`),
  KEY `lunar_product_variants_min_quantity_index` (`min_quantity`),
  CONSTRAINT `lunar_product_variants_product_id_foreign` FOREIGN KEY (`product_id`) REFERENCES `lunar_products` (`id`),
  CONSTRAINT `lunar_product_variants_tax_class_id_foreign` FOREIGN KEY (`tax_class_id`) REFERENCES `lunar_tax_classes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100040_create_customer_groups_table.php
CREATE TABLE `lunar_customer_groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `handle` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `attribute_data` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_customer_groups_handle_unique` (`handle`),
  KEY `lunar_customer_groups_default_index` (`default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100041_create_customers_table.php
CREATE TABLE `lunar_customers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `company_name` varchar(255) NULL,
  `vat_no` varchar(255) NULL,
  `account_ref` varchar(255) NULL,
  `attribute_data` json NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_customers_account_ref_index` (`account_ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100042_create_customer_customer_group_table.php
CREATE TABLE `lunar_customer_customer_group` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint unsigned NOT NULL,
  `customer_group_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_customer_customer_group_customer_id_foreign` FOREIGN KEY (`customer_id`) REFERENCES `lunar_customers` (`id`),
  CONSTRAINT `lunar_customer_customer_group_customer_group_id_foreign` FOREIGN KEY (`customer_group_id`) REFERENCES `lunar_customer_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100042_create_customer_user_table.php
CREATE TABLE `lunar_customer_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint unsigned NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_customer_user_customer_id_foreign` FOREIGN KEY (`customer_id`) REFERENCES `lunar_customers` (`id`),
  CONSTRAINT `lunar_customer_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_29_100050_create_prices_table.php
CREATE TABLE `lunar_prices` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_group_id` bigint unsigned NULL,
  `currency_id` bigint unsigned NOT NULL,
  `priceable_type` varchar(255) NOT NULL,
  `priceable_id` bigint unsigned NOT NULL,
  `price` bigint unsigned NOT NULL,
  `compare_price` bigint unsigned NULL,
  `min_quantity` int NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_prices_priceable_type_priceable_id_index` (`priceable_type`, `priceable_id`),
  KEY `lunar_prices_price_index` (`price`),
  KEY `lunar_prices_tier_index` (`min_quantity`),
  CONSTRAINT `lunar_prices_customer_group_id_foreign` FOREIGN KEY (`customer_group_id`) REFERENCES `lunar_customer_groups` (`id`),
  CONSTRAINT `lunar_prices_currency_id_foreign` FOREIGN KEY (`currency_id`) REFERENCES `lunar_currencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_30_100000_create_countries_table.php
CREATE TABLE `lunar_countries` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `iso3` varchar(255) NOT NULL,
  `iso2` varchar(255) NULL,
  `phonecode` varchar(255) NOT NULL,
  `capital` varchar(255) NULL,
  `currency` varchar(255) NOT NULL,
  `native` varchar(255) NULL,
  `emoji` varchar(255) NOT NULL,
  `emoji_u` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_countries_iso3_unique` (`iso3`),
  UNIQUE KEY `lunar_countries_iso2_unique` (`iso2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_30_100001_create_states_table.php
CREATE TABLE `lunar_states` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `country_id` bigint unsigned NULL,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_states_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `lunar_countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_07_30_100002_create_addresses_table.php
CREATE TABLE `lunar_addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint unsigned NULL,
  `country_id` bigint unsigned NULL,
  `title` varchar(255) NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `company_name` varchar(255) NULL,
  `line_one` varchar(255) NOT NULL,
  `line_two` varchar(255) NULL,
  `line_three` varchar(255) NULL,
  `city` varchar(255) NOT NULL,
  `state` varchar(255) NULL,
  `postcode` varchar(255) NULL,
  `delivery_instructions` varchar(255) NULL,
  `contact_email` varchar(255) NULL,
  `contact_phone` varchar(255) NULL,
  `meta` json NULL,
  `shipping_default` tinyint(1) NOT NULL DEFAULT '0',
  `billing_default` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_addresses_customer_id_foreign` FOREIGN KEY (`customer_id`) REFERENCES `lunar_customers` (`id`),
  CONSTRAINT `lunar_addresses_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `lunar_countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_08_10_101547_create_media_table.php
CREATE TABLE `media` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint unsigned NOT NULL,
  `uuid` char(36) NULL,
  `collection_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `mime_type` varchar(255) NULL,
  `disk` varchar(255) NOT NULL,
  `conversions_disk` varchar(255) NULL,
  `size` bigint unsigned NOT NULL,
  `manipulations` json NOT NULL,
  `custom_properties` json NOT NULL,
  `generated_conversions` json NOT NULL,
  `responsive_images` json NOT NULL,
  `order_column` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `media_model_type_model_id_index` (`model_type`, `model_id`),
  UNIQUE KEY `media_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_08_17_142630_create_activity_log_table.php
CREATE TABLE `activity_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `log_name` varchar(255) NULL,
  `description` text NOT NULL,
  `subject_type` varchar(255) NULL,
  `subject_id` bigint unsigned NULL,
  `event` varchar(255) NULL,
  `causer_type` varchar(255) NULL,
  `causer_id` bigint unsigned NULL,
  `properties` json NULL,
  `batch_uuid` char(36) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `subject` (`subject_type`, `subject_id`),
  KEY `causer` (`causer_type`, `causer_id`),
  KEY `activity_log_log_name_index` (`log_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2021_08_19_110000_create_staff_table.php
CREATE TABLE `lunar_staff` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `admin` tinyint(1) NOT NULL DEFAULT '0',
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_staff_admin_index` (`admin`),
  KEY `lunar_staff_firstname_index` (`firstname`),
  KEY `lunar_staff_lastname_index` (`lastname`),
  UNIQUE KEY `lunar_staff_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_09_10_100000_create_tags_table.php
CREATE TABLE `lunar_tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_tags_value_index` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_09_10_100001_create_taggables_table.php
CREATE TABLE `lunar_taggables` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` bigint unsigned NOT NULL,
  `taggable_type` varchar(255) NOT NULL,
  `taggable_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_taggables_taggable_type_taggable_id_index` (`taggable_type`, `taggable_id`),
  CONSTRAINT `lunar_taggables_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `lunar_tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_09_29_100000_create_urls_table.php
CREATE TABLE `lunar_urls` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `language_id` bigint unsigned NOT NULL,
  `element_type` varchar(255) NOT NULL,
  `element_id` bigint unsigned NOT NULL,
  `slug` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_urls_element_type_element_id_index` (`element_type`, `element_id`),
  KEY `lunar_urls_slug_index` (`slug`),
  KEY `lunar_urls_default_index` (`default`),
  CONSTRAINT `lunar_urls_language_id_foreign` FOREIGN KEY (`language_id`) REFERENCES `lunar_languages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_090000_create_orders_table.php
CREATE TABLE `lunar_orders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint unsigned NULL,
  `user_id` bigint unsigned NULL,
  `cart_id` bigint unsigned NULL,
  `channel_id` bigint unsigned NOT NULL,
  `new_customer` tinyint(1) NOT NULL DEFAULT '0',
  `status` varchar(255) NOT NULL,
  `reference` varchar(255) NULL,
  `customer_reference` varchar(255) NULL,
  `sub_total` bigint unsigned NOT NULL,
  `discount_breakdown` json NULL,
  `discount_total` bigint unsigned NOT NULL,
  `shipping_breakdown` json NULL,
  `shipping_total` bigint unsigned NOT NULL,
  `tax_breakdown` json NOT NULL,
  `tax_total` bigint unsigned NOT NULL,
  `total` bigint unsigned NOT NULL,
  `notes` text NULL,
  `currency_code` varchar(3) NOT NULL,
  `compare_currency_code` varchar(3) NULL,
  `exchange_rate` decimal(10, 4) NOT NULL DEFAULT '1',
  `placed_at` datetime NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `fingerprint` varchar(255) NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_orders_status_index` (`status`),
  UNIQUE KEY `lunar_orders_reference_unique` (`reference`),
  KEY `lunar_orders_sub_total_index` (`sub_total`),
  KEY `lunar_orders_discount_total_index` (`discount_total`),
  KEY `lunar_orders_shipping_total_index` (`shipping_total`),
  KEY `lunar_orders_tax_total_index` (`tax_total`),
  KEY `lunar_orders_total_index` (`total`),
  KEY `lunar_orders_placed_at_index` (`placed_at`),
  KEY `lunar_orders_new_customer_index` (`new_customer`),
  KEY `lunar_orders_fingerprint_index` (`fingerprint`),
  CONSTRAINT `lunar_orders_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `lunar_orders_channel_id_foreign` FOREIGN KEY (`channel_id`) REFERENCES `lunar_channels` (`id`),
  CONSTRAINT `lunar_orders_customer_id_foreign` FOREIGN KEY (`customer_id`) REFERENCES `lunar_customers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_090001_create_order_lines_table.php
CREATE TABLE `lunar_order_lines` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `purchasable_type` varchar(255) NOT NULL,
  `purchasable_id` bigint unsigned NOT NULL,
  `type` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `option` varchar(255) NULL,
  `identifier` varchar(255) NOT NULL,
  `unit_price` bigint unsigned NOT NULL,
  `unit_quantity` smallint unsigned NOT NULL DEFAULT '1',
  `quantity` int unsigned NOT NULL,
  `sub_total` bigint unsigned NOT NULL,
  `discount_total` bigint unsigned NOT NULL,
  `tax_breakdown` json NOT NULL,
  `tax_total` bigint unsigned NOT NULL,
  `total` bigint unsigned NOT NULL,
  `notes` text NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_order_lines_purchasable_type_purchasable_id_index` (`purchasable_type`, `purchasable_id`),
  KEY `lunar_order_lines_type_index` (`type`),
  KEY `lunar_order_lines_identifier_index` (`identifier`),
  KEY `lunar_order_lines_unit_price_index` (`unit_price`),
  KEY `lunar_order_lines_unit_quantity_index` (`unit_quantity`),
  KEY `lunar_order_lines_sub_total_index` (`sub_total`),
  KEY `lunar_order_lines_discount_total_index` (`discount_total`),
  KEY `lunar_order_lines_tax_total_index` (`tax_total`),
  KEY `lunar_order_lines_total_index` (`total`),
  CONSTRAINT `lunar_order_lines_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_090002_create_order_addresses_table.php
CREATE TABLE `lunar_order_addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `country_id` bigint unsigned NULL,
  `title` varchar(255) NULL,
  `first_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `company_name` varchar(255) NULL,
  `line_one` varchar(255) NULL,
  `line_two` varchar(255) NULL,
  `line_three` varchar(255) NULL,
  `city` varchar(255) NULL,
  `state` varchar(255) NULL,
  `postcode` varchar(255) NULL,
  `delivery_instructions` varchar(255) NULL,
  `contact_email` varchar(255) NULL,
  `contact_phone` varchar(255) NULL,
  `type` varchar(255) NOT NULL DEFAULT 'shipping',
  `shipping_option` varchar(255) NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_order_addresses_type_index` (`type`),
  CONSTRAINT `lunar_order_addresses_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`),
  CONSTRAINT `lunar_order_addresses_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `lunar_countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_090003_create_transactions_table.php
CREATE TABLE `lunar_transactions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `parent_transaction_id` bigint unsigned NULL,
  `order_id` bigint unsigned NOT NULL,
  `success` tinyint(1) NOT NULL,
  `type` enum('refund', 'intent', 'capture') NOT NULL DEFAULT 'capture',
  `driver` varchar(255) NOT NULL,
  `amount` int unsigned NOT NULL,
  `reference` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `notes` varchar(255) NULL,
  `card_type` varchar(25) NOT NULL,
  `last_four` varchar(255) NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `captured_at` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_transactions_success_index` (`success`),
  KEY `lunar_transactions_amount_index` (`amount`),
  KEY `lunar_transactions_reference_index` (`reference`),
  KEY `lunar_transactions_card_type_index` (`card_type`),
  KEY `lunar_transactions_captured_at_index` (`captured_at`),
  KEY `lunar_transactions_type_index` (`type`),
  CONSTRAINT `lunar_transactions_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`),
  CONSTRAINT `lunar_transactions_parent_transaction_id_foreign` FOREIGN KEY (`parent_transaction_id`) REFERENCES `lunar_transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_100000_create_carts_table.php
CREATE TABLE `lunar_carts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NULL,
  `customer_id` bigint unsigned NULL,
  `merged_id` bigint unsigned NULL,
  `currency_id` bigint unsigned NOT NULL,
  `channel_id` bigint unsigned NOT NULL,
  `order_id` bigint unsigned NULL,
  `coupon_code` varchar(255) NULL,
  `completed_at` datetime NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_carts_coupon_code_index` (`coupon_code`),
  KEY `lunar_carts_completed_at_index` (`completed_at`),
  CONSTRAINT `lunar_carts_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `lunar_carts_merged_id_foreign` FOREIGN KEY (`merged_id`) REFERENCES `lunar_carts` (`id`),
  CONSTRAINT `lunar_carts_currency_id_foreign` FOREIGN KEY (`currency_id`) REFERENCES `lunar_currencies` (`id`),
  CONSTRAINT `lunar_carts_channel_id_foreign` FOREIGN KEY (`channel_id`) REFERENCES `lunar_channels` (`id`),
  CONSTRAINT `lunar_carts_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`),
  CONSTRAINT `lunar_carts_customer_id_foreign` FOREIGN KEY (`customer_id`) REFERENCES `lunar_customers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_100001_create_cart_addresses_table.php
CREATE TABLE `lunar_cart_addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `cart_id` bigint unsigned NOT NULL,
  `country_id` bigint unsigned NULL,
  `title` varchar(255) NULL,
  `first_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `company_name` varchar(255) NULL,
  `line_one` varchar(255) NULL,
  `line_two` varchar(255) NULL,
  `line_three` varchar(255) NULL,
  `city` varchar(255) NULL,
  `state` varchar(255) NULL,
  `postcode` varchar(255) NULL,
  `delivery_instructions` varchar(255) NULL,
  `contact_email` varchar(255) NULL,
  `contact_phone` varchar(255) NULL,
  `type` varchar(255) NOT NULL DEFAULT 'shipping',
  `shipping_option` varchar(255) NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_cart_addresses_type_index` (`type`),
  CONSTRAINT `lunar_cart_addresses_cart_id_foreign` FOREIGN KEY (`cart_id`) REFERENCES `lunar_carts` (`id`),
  CONSTRAINT `lunar_cart_addresses_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `lunar_countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2021_10_01_100001_create_cart_lines_table.php
CREATE TABLE `lunar_cart_lines` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `cart_id` bigint unsigned NOT NULL,
  `purchasable_type` varchar(255) NOT NULL,
  `purchasable_id` bigint unsigned NOT NULL,
  `quantity` int unsigned NOT NULL,
  `meta` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_cart_lines_purchasable_type_purchasable_id_index` (`purchasable_type`, `purchasable_id`),
  CONSTRAINT `lunar_cart_lines_cart_id_foreign` FOREIGN KEY (`cart_id`) REFERENCES `lunar_carts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/table-rate-shipping/database/migrations/2022_04_28_100000_create_shipping_zones_table.php
CREATE TABLE `lunar_shipping_zones` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_shipping_zones_type_index` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/table-rate-shipping/database/migrations/2022_04_28_110000_create_shipping_methods_table.php
CREATE TABLE `lunar_shipping_methods` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `code` varchar(255) NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '1',
  `stock_available` tinyint(1) NOT NULL DEFAULT '0',
  `cutoff` time NULL,
  `data` json NULL,
  `driver` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_shipping_methods_code_index` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2022_08_09_100001_create_brands_table.php
CREATE TABLE `lunar_brands` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `attribute_data` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/table-rate-shipping/database/migrations/2022_10_07_100000_create_order_shipping_zone_table.php
CREATE TABLE `lunar_order_shipping_zone` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `shipping_zone_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_order_shipping_zone_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`),
  CONSTRAINT `lunar_order_shipping_zone_shipping_zone_id_foreign` FOREIGN KEY (`shipping_zone_id`) REFERENCES `lunar_shipping_zones` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2022_11_18_100000_create_discounts_table.php
CREATE TABLE `lunar_discounts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `handle` varchar(255) NOT NULL,
  `coupon` varchar(255) NULL,
  `type` varchar(255) NOT NULL,
  `starts_at` datetime NOT NULL,
  `ends_at` datetime NULL,
  `uses` int unsigned NOT NULL DEFAULT '0',
  `max_uses` mediumint unsigned NULL,
  `max_uses_per_user` mediumint unsigned NULL,
  `priority` mediumint unsigned NOT NULL DEFAULT '1',
  `stop` tinyint(1) NOT NULL DEFAULT '0',
  `restriction` varchar(255) NULL,
  `data` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lunar_discounts_handle_unique` (`handle`),
  UNIQUE KEY `lunar_discounts_coupon_unique` (`coupon`),
  KEY `lunar_discounts_type_index` (`type`),
  KEY `lunar_discounts_starts_at_index` (`starts_at`),
  KEY `lunar_discounts_ends_at_index` (`ends_at`),
  KEY `lunar_discounts_uses_index` (`uses`),
  KEY `lunar_discounts_priority_index` (`priority`),
  KEY `lunar_discounts_stop_index` (`stop`),
  KEY `lunar_discounts_restriction_index` (`restriction`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2022_11_18_100005_create_cart_line_discount_table.php
CREATE TABLE `lunar_cart_line_discount` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `cart_line_id` bigint unsigned NOT NULL,
  `discount_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_cart_line_discount_cart_line_id_foreign` FOREIGN KEY (`cart_line_id`) REFERENCES `lunar_carts` (`id`),
  CONSTRAINT `lunar_cart_line_discount_discount_id_foreign` FOREIGN KEY (`discount_id`) REFERENCES `lunar_discounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/core/database/migrations/2023_03_13_100030_create_discount_user_table.php
CREATE TABLE `lunar_discount_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `discount_id` bigint unsigned NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lunar_discount_user_discount_id_foreign` FOREIGN KEY (`discount_id`) REFERENCES `lunar_discounts` (`id`),
  CONSTRAINT `lunar_discount_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2023_05_31_100000_create_permission_tables.php
CREATE TABLE `permissions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_guard_name_unique` (`name`, `guard_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2023_05_31_100000_create_permission_tables.php
CREATE TABLE `roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_guard_name_unique` (`name`, `guard_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2023_05_31_100000_create_permission_tables.php
CREATE TABLE `model_has_permissions` (
  `permission_id` bigint unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`permission_id`, `model_id`, `model_type`),
  KEY `model_has_permissions_model_id_model_type_index` (`model_id`, `model_type`),
  CONSTRAINT `model_has_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2023_05_31_100000_create_permission_tables.php
CREATE TABLE `model_has_roles` (
  `role_id` bigint unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`role_id`, `model_id`, `model_type`),
  KEY `model_has_roles_model_id_model_type_index` (`model_id`, `model_type`),
  CONSTRAINT `model_has_roles_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/admin/database/migrations/2023_05_31_100000_create_permission_tables.php
CREATE TABLE `role_has_permissions` (
  `permission_id` bigint unsigned NOT NULL,
  `role_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`permission_id`, `role_id`),
  CONSTRAINT `role_has_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`),
  CONSTRAINT `role_has_permissions_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/opayo/database/migrations/2024_02_22_100000_create_opayo_tokens_table.php
CREATE TABLE `lunar_opayo_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `card_type` varchar(255) NOT NULL,
  `last_four` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `auth_code` varchar(255) NULL,
  `expires_at` timestamp NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_opayo_tokens_card_type_index` (`card_type`),
  CONSTRAINT `lunar_opayo_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- from packages/stripe/database/migrations/2024_07_31_100000_create_stripe_payment_intents_table.php
CREATE TABLE `lunar_stripe_payment_intents` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `cart_id` bigint unsigned NOT NULL,
  `order_id` bigint unsigned NULL,
  `intent_id` varchar(255) NOT NULL,
  `status` varchar(255) NULL,
  `event_id` varchar(255) NULL,
  `processing_at` timestamp NULL,
  `processed_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `lunar_stripe_payment_intents_intent_id_index` (`intent_id`),
  KEY `lunar_stripe_payment_intents_event_id_index` (`event_id`),
  CONSTRAINT `lunar_stripe_payment_intents_cart_id_foreign` FOREIGN KEY (`cart_id`) REFERENCES `lunar_carts` (`id`),
  CONSTRAINT `lunar_stripe_payment_intents_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `lunar_orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- foreign keys to tables created later (added by later migrations upstream)
ALTER TABLE `lunar_products` ADD CONSTRAINT `lunar_products_brand_id_foreign` FOREIGN KEY (`brand_id`) REFERENCES `lunar_brands` (`id`);
ALTER TABLE `lunar_orders` ADD CONSTRAINT `lunar_orders_cart_id_foreign` FOREIGN KEY (`cart_id`) REFERENCES `lunar_carts` (`id`);

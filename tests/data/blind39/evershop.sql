-- EverShop (e-commerce, Node.js / PostgreSQL) -- trimmed schema, MySQL DDL.
-- Upstream: github.com/evershopcommerce/evershop packages/evershop/src/modules/*/migration/Version-*.js|ts,
--   commit 770c47bb89b600bebabbc035c014ba7dd8dd0b78 (GPL-3.0).
-- The DDL statements of the core modules' migrations were replayed, in the order EverShop runs them (module order
--   of src/bin/lib/loadModules.js, versions by semver), into a scratch PostgreSQL 15 database, and the resulting tables
--   written as MySQL DDL: GENERATED ... AS IDENTITY -> AUTO_INCREMENT, uuid -> char(36), varchar without a length ->
--   varchar(255), boolean -> tinyint(1), timestamp -> datetime, numeric -> decimal, json/jsonb -> json.
--   Upstream writes no column comments; foreign keys and indexes are left out.
--   40 of the 72 tables kept, every column of each kept table.

CREATE TABLE `setting` (
  `setting_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text,
  `is_json` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`setting_id`)
);

CREATE TABLE `admin_user` (
  `admin_user_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 1,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `full_name` varchar(255),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`admin_user_id`)
);

CREATE TABLE `session` (
  `sid` varchar(255) NOT NULL,
  `sess` json NOT NULL,
  `expire` datetime NOT NULL,
  PRIMARY KEY (`sid`)
);

CREATE TABLE `customer_group` (
  `customer_group_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `group_name` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`customer_group_id`)
);

CREATE TABLE `customer` (
  `customer_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` smallint NOT NULL DEFAULT 1,
  `group_id` int DEFAULT 1,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `full_name` varchar(255),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `meta_data` json NOT NULL,
  PRIMARY KEY (`customer_id`)
);

CREATE TABLE `customer_address` (
  `customer_address_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `customer_id` int NOT NULL,
  `full_name` varchar(255),
  `telephone` varchar(255),
  `address_1` varchar(255),
  `address_2` varchar(255),
  `postcode` varchar(255),
  `city` varchar(255),
  `province` varchar(255),
  `country` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `is_default` tinyint(1),
  PRIMARY KEY (`customer_address_id`)
);

CREATE TABLE `reset_password_token` (
  `reset_password_token_id` int NOT NULL AUTO_INCREMENT,
  `customer_id` int NOT NULL,
  `token` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`reset_password_token_id`)
);

CREATE TABLE `category` (
  `category_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `parent_id` int,
  `position` smallint,
  `show_products` tinyint(1) DEFAULT 1,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `meta_data` json NOT NULL,
  `related_products_rules` json,
  PRIMARY KEY (`category_id`)
);

CREATE TABLE `category_description` (
  `category_description_id` int NOT NULL AUTO_INCREMENT,
  `category_description_category_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `short_description` text,
  `description` text,
  `image` varchar(255),
  `meta_title` text,
  `meta_keywords` text,
  `meta_description` text,
  `url_key` varchar(255) NOT NULL,
  PRIMARY KEY (`category_description_id`)
);

CREATE TABLE `attribute` (
  `attribute_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `attribute_code` varchar(255) NOT NULL,
  `attribute_name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `is_required` tinyint(1) NOT NULL DEFAULT 0,
  `display_on_frontend` tinyint(1) NOT NULL DEFAULT 0,
  `sort_order` int NOT NULL DEFAULT 0,
  `is_filterable` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`attribute_id`)
);

CREATE TABLE `tax_class` (
  `tax_class_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`tax_class_id`)
);

CREATE TABLE `tax_rate` (
  `tax_rate_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `tax_class_id` int,
  `country` varchar(255) NOT NULL DEFAULT '*',
  `province` varchar(255) NOT NULL DEFAULT '*',
  `postcode` varchar(255) NOT NULL DEFAULT '*',
  `rate` decimal(12,4) NOT NULL,
  `is_compound` tinyint(1) NOT NULL DEFAULT 0,
  `priority` int NOT NULL,
  PRIMARY KEY (`tax_rate_id`)
);

CREATE TABLE `package` (
  `package_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `length` decimal(12,2) NOT NULL,
  `width` decimal(12,2) NOT NULL,
  `height` decimal(12,2) NOT NULL,
  `weight` decimal(12,4) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`package_id`)
);

CREATE TABLE `product` (
  `product_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'simple',
  `variant_group_id` int,
  `visibility` tinyint(1) NOT NULL DEFAULT 1,
  `group_id` int DEFAULT 1,
  `sku` varchar(255) NOT NULL,
  `price` decimal(12,4) NOT NULL,
  `weight` decimal(12,4),
  `tax_class` smallint,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `category_id` int,
  `no_shipping_required` tinyint(1) DEFAULT 0,
  `package_id` int,
  `meta_data` json NOT NULL,
  `related_products_mode` varchar(20) NOT NULL DEFAULT 'inherit',
  `related_products_rules` json,
  `cross_sell_mode` varchar(20) NOT NULL DEFAULT 'auto',
  `exclude_from_recommendation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`product_id`)
);

CREATE TABLE `product_description` (
  `product_description_id` int NOT NULL AUTO_INCREMENT,
  `product_description_product_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `short_description` text,
  `url_key` varchar(255) NOT NULL,
  `meta_title` text,
  `meta_description` text,
  `meta_keywords` text,
  PRIMARY KEY (`product_description_id`)
);

CREATE TABLE `product_image` (
  `product_image_id` int NOT NULL AUTO_INCREMENT,
  `product_image_product_id` int NOT NULL,
  `origin_image` varchar(255) NOT NULL,
  `thumb_image` text,
  `listing_image` text,
  `single_image` text,
  `is_main` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`product_image_id`)
);

CREATE TABLE `product_inventory` (
  `product_inventory_id` int NOT NULL AUTO_INCREMENT,
  `product_inventory_product_id` int NOT NULL,
  `qty` int NOT NULL DEFAULT 0,
  `manage_stock` tinyint(1) NOT NULL DEFAULT 0,
  `stock_availability` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`product_inventory_id`)
);

CREATE TABLE `product_stat` (
  `product_id` int NOT NULL,
  `order_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`product_id`)
);

CREATE TABLE `coupon` (
  `coupon_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) NOT NULL,
  `discount_amount` decimal(12,4) NOT NULL,
  `free_shipping` tinyint(1) NOT NULL DEFAULT 0,
  `discount_type` varchar(255) NOT NULL DEFAULT '1',
  `coupon` varchar(255) NOT NULL,
  `used_time` int NOT NULL DEFAULT 0,
  `target_products` json,
  `condition` json,
  `user_condition` json,
  `buyx_gety` json,
  `max_uses_time_per_coupon` int,
  `max_uses_time_per_customer` int,
  `start_date` datetime,
  `end_date` datetime,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`coupon_id`)
);

CREATE TABLE `shipping_zone` (
  `shipping_zone_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`shipping_zone_id`)
);

CREATE TABLE `core_shipping_method` (
  `core_shipping_method_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `sort_order` int NOT NULL DEFAULT 0,
  `default_service_code` varchar(255),
  `default_carrier_code` varchar(255),
  PRIMARY KEY (`core_shipping_method_id`)
);

CREATE TABLE `cart_address` (
  `cart_address_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `full_name` varchar(255),
  `postcode` varchar(255),
  `telephone` varchar(255),
  `country` varchar(255),
  `province` varchar(255),
  `city` varchar(255),
  `address_1` varchar(255),
  `address_2` varchar(255),
  PRIMARY KEY (`cart_address_id`)
);

CREATE TABLE `cart` (
  `cart_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `sid` varchar(255),
  `currency` varchar(255) NOT NULL,
  `customer_id` int,
  `customer_group_id` smallint,
  `customer_email` varchar(255),
  `customer_full_name` varchar(255),
  `user_ip` varchar(255),
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `coupon` varchar(255),
  `shipping_fee_excl_tax` decimal(12,4),
  `shipping_fee_incl_tax` decimal(12,4),
  `discount_amount` decimal(12,4),
  `sub_total` decimal(12,4) NOT NULL,
  `sub_total_incl_tax` decimal(12,4) NOT NULL,
  `sub_total_with_discount` decimal(12,4) NOT NULL,
  `sub_total_with_discount_incl_tax` decimal(12,4) NOT NULL,
  `total_qty` int NOT NULL,
  `total_weight` decimal(12,4),
  `tax_amount` decimal(12,4) NOT NULL,
  `tax_amount_before_discount` decimal(12,4) NOT NULL,
  `shipping_tax_amount` decimal(12,4) NOT NULL,
  `grand_total` decimal(12,4) NOT NULL,
  `shipping_zone_id` int,
  `shipping_address_id` int,
  `payment_method` varchar(255),
  `payment_method_name` varchar(255),
  `billing_address_id` int,
  `shipping_note` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `total_tax_amount` decimal(12,4),
  `no_shipping_required` tinyint(1) DEFAULT 0,
  `shipping_method_data` json,
  `packages` json,
  PRIMARY KEY (`cart_id`)
);

CREATE TABLE `cart_item` (
  `cart_item_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `cart_id` int NOT NULL,
  `product_id` int NOT NULL,
  `product_sku` varchar(255) NOT NULL,
  `product_name` text NOT NULL,
  `thumbnail` varchar(255),
  `product_weight` decimal(12,4),
  `product_price` decimal(12,4) NOT NULL,
  `product_price_incl_tax` decimal(12,4) NOT NULL,
  `qty` int NOT NULL,
  `final_price` decimal(12,4) NOT NULL,
  `final_price_incl_tax` decimal(12,4) NOT NULL,
  `tax_percent` decimal(12,4) NOT NULL,
  `tax_amount` decimal(12,4) NOT NULL,
  `tax_amount_before_discount` decimal(12,4) NOT NULL,
  `discount_amount` decimal(12,4) NOT NULL,
  `line_total` decimal(12,4) NOT NULL,
  `line_total_with_discount` decimal(12,4) NOT NULL,
  `line_total_incl_tax` decimal(12,4) NOT NULL,
  `line_total_with_discount_incl_tax` decimal(12,4) NOT NULL,
  `variant_group_id` int,
  `variant_options` text,
  `product_custom_options` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `no_shipping_required` tinyint(1) DEFAULT 0,
  `package_length` decimal(12,2),
  `package_width` decimal(12,2),
  `package_height` decimal(12,2),
  `package_weight` decimal(12,4),
  PRIMARY KEY (`cart_item_id`)
);

CREATE TABLE `order_address` (
  `order_address_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `full_name` varchar(255),
  `postcode` varchar(255),
  `telephone` varchar(255),
  `country` varchar(255),
  `province` varchar(255),
  `city` varchar(255),
  `address_1` varchar(255),
  `address_2` varchar(255),
  PRIMARY KEY (`order_address_id`)
);

CREATE TABLE `order` (
  `order_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `integration_order_id` varchar(255),
  `sid` varchar(255),
  `order_number` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `cart_id` int NOT NULL,
  `currency` varchar(255) NOT NULL,
  `customer_id` int,
  `customer_email` varchar(255),
  `customer_full_name` varchar(255),
  `user_ip` varchar(255),
  `user_agent` varchar(255),
  `coupon` varchar(255),
  `shipping_fee_excl_tax` decimal(12,4),
  `shipping_fee_incl_tax` decimal(12,4),
  `discount_amount` decimal(12,4),
  `sub_total` decimal(12,4) NOT NULL,
  `sub_total_incl_tax` decimal(12,4) NOT NULL,
  `sub_total_with_discount` decimal(12,4) NOT NULL,
  `sub_total_with_discount_incl_tax` decimal(12,4) NOT NULL,
  `total_qty` int NOT NULL,
  `total_weight` decimal(12,4),
  `tax_amount` decimal(12,4) NOT NULL,
  `tax_amount_before_discount` decimal(12,4) NOT NULL,
  `shipping_tax_amount` decimal(12,4) NOT NULL,
  `shipping_note` text,
  `grand_total` decimal(12,4) NOT NULL,
  `shipping_address_id` int,
  `payment_method` varchar(255),
  `payment_method_name` varchar(255),
  `billing_address_id` int,
  `shipment_status` varchar(255),
  `payment_status` varchar(255),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `total_tax_amount` decimal(12,4),
  `shipping_method_data` json,
  `no_shipping_required` tinyint(1) DEFAULT 0,
  `meta_data` json NOT NULL,
  PRIMARY KEY (`order_id`)
);

CREATE TABLE `order_item` (
  `order_item_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `order_item_order_id` int NOT NULL,
  `product_id` int NOT NULL,
  `referer` int,
  `product_sku` varchar(255) NOT NULL,
  `product_name` text NOT NULL,
  `thumbnail` varchar(255),
  `product_weight` decimal(12,4),
  `product_price` decimal(12,4) NOT NULL,
  `product_price_incl_tax` decimal(12,4) NOT NULL,
  `qty` int NOT NULL,
  `final_price` decimal(12,4) NOT NULL,
  `final_price_incl_tax` decimal(12,4) NOT NULL,
  `tax_percent` decimal(12,4) NOT NULL,
  `tax_amount` decimal(12,4) NOT NULL,
  `tax_amount_before_discount` decimal(12,4) NOT NULL,
  `discount_amount` decimal(12,4) NOT NULL,
  `line_total` decimal(12,4) NOT NULL,
  `line_total_with_discount` decimal(12,4) NOT NULL,
  `line_total_incl_tax` decimal(12,4) NOT NULL,
  `line_total_with_discount_incl_tax` decimal(12,4) NOT NULL,
  `variant_group_id` int,
  `variant_options` text,
  `product_custom_options` text,
  `requested_data` text,
  `no_shipping_required` tinyint(1) DEFAULT 0,
  `package_length` decimal(12,2),
  `package_width` decimal(12,2),
  `package_height` decimal(12,2),
  `package_weight` decimal(12,4),
  PRIMARY KEY (`order_item_id`)
);

CREATE TABLE `order_activity` (
  `order_activity_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `order_activity_order_id` int NOT NULL,
  `comment` text NOT NULL,
  `customer_notified` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`order_activity_id`)
);

CREATE TABLE `payment_transaction` (
  `payment_transaction_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `payment_transaction_order_id` int NOT NULL,
  `transaction_id` varchar(255),
  `transaction_type` varchar(255) NOT NULL,
  `amount` decimal(12,4) NOT NULL,
  `parent_transaction_id` varchar(255),
  `payment_action` varchar(255),
  `additional_information` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`payment_transaction_id`)
);

CREATE TABLE `shipment` (
  `shipment_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `shipment_order_id` int NOT NULL,
  `carrier` varchar(255),
  `tracking_number` varchar(255),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `status` varchar(255) NOT NULL DEFAULT 'shipped',
  `shipped_at` datetime,
  `delivered_at` datetime,
  `canceled_at` datetime,
  `label_url` varchar(255),
  `label_format` varchar(255),
  `carrier_shipment_id` varchar(255),
  `carrier_metadata` json,
  `tracking_url` varchar(255),
  PRIMARY KEY (`shipment_id`)
);

CREATE TABLE `shipment_item` (
  `shipment_item_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `shipment_id` int NOT NULL,
  `order_item_id` int NOT NULL,
  `qty` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`shipment_item_id`)
);

CREATE TABLE `blog_category` (
  `blog_category_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` smallint NOT NULL DEFAULT 1,
  `comment_policy` varchar(255) NOT NULL DEFAULT 'moderated',
  `position` smallint,
  `meta_data` json NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`blog_category_id`)
);

CREATE TABLE `blog_post` (
  `blog_post_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` smallint NOT NULL DEFAULT 0,
  `category_id` int,
  `author_id` int,
  `thumbnail` varchar(255),
  `reaction_counts` json NOT NULL,
  `comment_count` int NOT NULL DEFAULT 0,
  `reading_time` int,
  `published_at` datetime,
  `meta_data` json NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`blog_post_id`)
);

CREATE TABLE `blog_comment` (
  `blog_comment_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `post_id` int NOT NULL,
  `parent_id` int,
  `customer_id` int,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `comment` text NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `like_count` int NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`blog_comment_id`)
);

CREATE TABLE `blog_reaction` (
  `blog_reaction_id` int NOT NULL AUTO_INCREMENT,
  `entity_type` varchar(255) NOT NULL,
  `entity_id` int NOT NULL,
  `reaction_type` varchar(255) NOT NULL DEFAULT 'like',
  `fingerprint` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`blog_reaction_id`)
);

CREATE TABLE `cms_page` (
  `cms_page_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` tinyint(1),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`cms_page_id`)
);

CREATE TABLE `url_rewrite` (
  `url_rewrite_id` int NOT NULL AUTO_INCREMENT,
  `request_path` varchar(255) NOT NULL,
  `target_path` varchar(255) NOT NULL,
  `entity_uuid` char(36),
  `entity_type` varchar(255),
  PRIMARY KEY (`url_rewrite_id`)
);

CREATE TABLE `widget_instance` (
  `widget_instance_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `settings` json NOT NULL,
  `status` tinyint(1),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `theme` text,
  PRIMARY KEY (`widget_instance_id`)
);

CREATE TABLE `changeset` (
  `changeset_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `route_cursors` json NOT NULL,
  `token` varchar(50) NOT NULL,
  `published_at` datetime,
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `theme` text,
  PRIMARY KEY (`changeset_id`)
);

CREATE TABLE `event` (
  `event_id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `data` json,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `started_at` datetime,
  `completed_at` datetime,
  PRIMARY KEY (`event_id`)
);

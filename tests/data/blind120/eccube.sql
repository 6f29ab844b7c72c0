-- EC-CUBE 4.3 (Japanese e-commerce platform: members with points, orders, shipping, carts), MySQL DDL written from its Doctrine entity mappings
-- github.com/EC-CUBE/ec-cube src/Eccube/Entity/*.php (+ Master/*.php), commit 77865213 (GPL-2.0-only, dual-licensed with a proprietary licence)
-- 36 tables; column names, Doctrine types as MySQL types (datetimetz -> datetime, text -> longtext), order as Doctrine's schema tool writes them:
-- primary key, join columns, fields, discriminator_type. Foreign keys kept where both tables are in this file.

CREATE TABLE `mtb_customer_status` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_sex` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_job` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_pref` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_country` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_order_status` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `display_order_count` tinyint(1) NOT NULL DEFAULT 0,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_customer_order_status` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_login_history_status` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_work` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_authority` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_device_type` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mtb_order_item_type` (
  `id` smallint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dtb_member` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `work_id` smallint unsigned DEFAULT NULL,
  `authority_id` smallint unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `department` varchar(255) DEFAULT NULL,
  `login_id` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `two_factor_auth_key` varchar(255) DEFAULT NULL,
  `two_factor_auth_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `login_date` datetime DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`work_id`) REFERENCES `mtb_work` (`id`),
  FOREIGN KEY (`authority_id`) REFERENCES `mtb_authority` (`id`)
);

CREATE TABLE `dtb_authority_role` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `authority_id` smallint unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `deny_url` varchar(4000) NOT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`authority_id`) REFERENCES `mtb_authority` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_login_history` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `login_history_status_id` smallint unsigned NOT NULL,
  `member_id` int unsigned DEFAULT NULL,
  `user_name` longtext DEFAULT NULL,
  `client_ip` longtext DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`login_history_status_id`) REFERENCES `mtb_login_history_status` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `dtb_member` (`id`) ON DELETE SET NULL
);

CREATE TABLE `dtb_base_info` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `company_kana` varchar(255) DEFAULT NULL,
  `postal_code` varchar(8) DEFAULT NULL,
  `addr01` varchar(255) DEFAULT NULL,
  `addr02` varchar(255) DEFAULT NULL,
  `phone_number` varchar(14) DEFAULT NULL,
  `business_hour` varchar(255) DEFAULT NULL,
  `email01` varchar(255) DEFAULT NULL,
  `email02` varchar(255) DEFAULT NULL,
  `email03` varchar(255) DEFAULT NULL,
  `email04` varchar(255) DEFAULT NULL,
  `shop_name` varchar(255) DEFAULT NULL,
  `shop_kana` varchar(255) DEFAULT NULL,
  `shop_name_eng` varchar(255) DEFAULT NULL,
  `update_date` datetime NOT NULL,
  `good_traded` varchar(4000) DEFAULT NULL,
  `message` varchar(4000) DEFAULT NULL,
  `delivery_free_amount` decimal(12,2) unsigned DEFAULT NULL,
  `delivery_free_quantity` int unsigned DEFAULT NULL,
  `option_mypage_order_status_display` tinyint(1) NOT NULL DEFAULT 1,
  `option_nostock_hidden` tinyint(1) NOT NULL DEFAULT 0,
  `option_favorite_product` tinyint(1) NOT NULL DEFAULT 1,
  `option_product_delivery_fee` tinyint(1) NOT NULL DEFAULT 0,
  `invoice_registration_number` varchar(255) DEFAULT NULL,
  `option_product_tax_rule` tinyint(1) NOT NULL DEFAULT 0,
  `option_customer_activate` tinyint(1) NOT NULL DEFAULT 1,
  `option_remember_me` tinyint(1) NOT NULL DEFAULT 1,
  `option_mail_notifier` tinyint(1) NOT NULL DEFAULT 0,
  `authentication_key` varchar(255) DEFAULT NULL,
  `php_path` varchar(255) DEFAULT NULL,
  `option_point` tinyint(1) NOT NULL DEFAULT 1,
  `basic_point_rate` decimal(10,0) unsigned DEFAULT 1,
  `point_conversion_rate` decimal(10,0) unsigned DEFAULT 1,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`)
);

CREATE TABLE `dtb_customer` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_status_id` smallint unsigned DEFAULT NULL,
  `sex_id` smallint unsigned DEFAULT NULL,
  `job_id` smallint unsigned DEFAULT NULL,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `name01` varchar(255) NOT NULL,
  `name02` varchar(255) NOT NULL,
  `kana01` varchar(255) DEFAULT NULL,
  `kana02` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `postal_code` varchar(8) DEFAULT NULL,
  `addr01` varchar(255) DEFAULT NULL,
  `addr02` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `phone_number` varchar(14) DEFAULT NULL,
  `birth` datetime DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `secret_key` varchar(255) NOT NULL,
  `first_buy_date` datetime DEFAULT NULL,
  `last_buy_date` datetime DEFAULT NULL,
  `buy_times` decimal(10,0) unsigned DEFAULT 0,
  `buy_total` decimal(12,2) unsigned DEFAULT 0,
  `note` varchar(4000) DEFAULT NULL,
  `reset_key` varchar(255) DEFAULT NULL,
  `reset_expire` datetime DEFAULT NULL,
  `point` decimal(12,0) NOT NULL DEFAULT 0,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_status_id`) REFERENCES `mtb_customer_status` (`id`),
  FOREIGN KEY (`sex_id`) REFERENCES `mtb_sex` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `mtb_job` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`)
);

CREATE TABLE `dtb_customer_address` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned DEFAULT NULL,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `name01` varchar(255) NOT NULL,
  `name02` varchar(255) NOT NULL,
  `kana01` varchar(255) DEFAULT NULL,
  `kana02` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `postal_code` varchar(8) DEFAULT NULL,
  `addr01` varchar(255) DEFAULT NULL,
  `addr02` varchar(255) DEFAULT NULL,
  `phone_number` varchar(14) DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `dtb_customer` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`)
);

CREATE TABLE `dtb_product` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `creator_id` int unsigned DEFAULT NULL,
  `product_status_id` smallint unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `note` longtext DEFAULT NULL,
  `description_list` longtext DEFAULT NULL,
  `description_detail` longtext DEFAULT NULL,
  `search_word` longtext DEFAULT NULL,
  `free_area` longtext DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_product_class` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int unsigned DEFAULT NULL,
  `sale_type_id` smallint unsigned DEFAULT NULL,
  `class_category_id1` int unsigned DEFAULT NULL,
  `class_category_id2` int unsigned DEFAULT NULL,
  `delivery_duration_id` int unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `product_code` varchar(255) DEFAULT NULL,
  `stock` decimal(10,0) DEFAULT NULL,
  `stock_unlimited` tinyint(1) NOT NULL DEFAULT 0,
  `sale_limit` decimal(10,0) unsigned DEFAULT NULL,
  `price01` decimal(12,2) DEFAULT NULL,
  `price02` decimal(12,2) NOT NULL,
  `delivery_fee` decimal(12,2) unsigned DEFAULT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `currency_code` varchar(255) DEFAULT NULL,
  `point_rate` decimal(10,0) unsigned DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `dtb_product` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_customer_favorite_product` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned DEFAULT NULL,
  `product_id` int unsigned DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `dtb_customer` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `dtb_product` (`id`)
);

CREATE TABLE `dtb_payment` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `creator_id` int unsigned DEFAULT NULL,
  `payment_method` varchar(255) DEFAULT NULL,
  `charge` decimal(12,2) unsigned DEFAULT 0,
  `rule_max` decimal(12,2) unsigned DEFAULT NULL,
  `sort_no` smallint unsigned DEFAULT NULL,
  `fixed` tinyint(1) NOT NULL DEFAULT 1,
  `payment_image` varchar(255) DEFAULT NULL,
  `rule_min` decimal(12,2) unsigned DEFAULT NULL,
  `method_class` varchar(255) DEFAULT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_delivery` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `creator_id` int unsigned DEFAULT NULL,
  `sale_type_id` smallint unsigned DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `service_name` varchar(255) DEFAULT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `confirm_url` varchar(4000) DEFAULT NULL,
  `sort_no` int unsigned DEFAULT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_delivery_time` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `delivery_id` int unsigned DEFAULT NULL,
  `delivery_time` varchar(255) NOT NULL,
  `sort_no` smallint unsigned NOT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`delivery_id`) REFERENCES `dtb_delivery` (`id`)
);

CREATE TABLE `dtb_tax_rule` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_class_id` int unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `product_id` int unsigned DEFAULT NULL,
  `rounding_type_id` smallint unsigned DEFAULT NULL,
  `tax_rate` decimal(10,0) unsigned NOT NULL DEFAULT 0,
  `tax_adjust` decimal(10,0) unsigned NOT NULL DEFAULT 0,
  `apply_date` datetime NOT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`product_class_id`) REFERENCES `dtb_product_class` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `dtb_product` (`id`)
);

CREATE TABLE `dtb_order` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned DEFAULT NULL,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `sex_id` smallint unsigned DEFAULT NULL,
  `job_id` smallint unsigned DEFAULT NULL,
  `payment_id` int unsigned DEFAULT NULL,
  `device_type_id` smallint unsigned DEFAULT NULL,
  `order_status_id` smallint unsigned DEFAULT NULL,
  `pre_order_id` varchar(255) DEFAULT NULL,
  `order_no` varchar(255) DEFAULT NULL,
  `message` varchar(4000) DEFAULT NULL,
  `name01` varchar(255) NOT NULL,
  `name02` varchar(255) NOT NULL,
  `kana01` varchar(255) DEFAULT NULL,
  `kana02` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone_number` varchar(14) DEFAULT NULL,
  `postal_code` varchar(8) DEFAULT NULL,
  `addr01` varchar(255) DEFAULT NULL,
  `addr02` varchar(255) DEFAULT NULL,
  `birth` datetime DEFAULT NULL,
  `subtotal` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `discount` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `delivery_fee_total` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `charge` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `tax` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `total` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `payment_total` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `payment_method` varchar(255) DEFAULT NULL,
  `note` varchar(4000) DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `order_date` datetime DEFAULT NULL,
  `payment_date` datetime DEFAULT NULL,
  `currency_code` varchar(255) DEFAULT NULL,
  `complete_message` longtext DEFAULT NULL,
  `complete_mail_message` longtext DEFAULT NULL,
  `add_point` decimal(12,0) unsigned NOT NULL DEFAULT 0,
  `use_point` decimal(12,0) unsigned NOT NULL DEFAULT 0,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `dtb_customer` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`),
  FOREIGN KEY (`sex_id`) REFERENCES `mtb_sex` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `mtb_job` (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `dtb_payment` (`id`),
  FOREIGN KEY (`device_type_id`) REFERENCES `mtb_device_type` (`id`)
);

CREATE TABLE `dtb_shipping` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned DEFAULT NULL,
  `country_id` smallint unsigned DEFAULT NULL,
  `pref_id` smallint unsigned DEFAULT NULL,
  `delivery_id` int unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `name01` varchar(255) NOT NULL,
  `name02` varchar(255) NOT NULL,
  `kana01` varchar(255) DEFAULT NULL,
  `kana02` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `phone_number` varchar(14) DEFAULT NULL,
  `postal_code` varchar(8) DEFAULT NULL,
  `addr01` varchar(255) DEFAULT NULL,
  `addr02` varchar(255) DEFAULT NULL,
  `delivery_name` varchar(255) DEFAULT NULL,
  `time_id` int unsigned DEFAULT NULL,
  `delivery_time` varchar(255) DEFAULT NULL,
  `delivery_date` datetime DEFAULT NULL,
  `shipping_date` datetime DEFAULT NULL,
  `tracking_number` varchar(255) DEFAULT NULL,
  `note` varchar(4000) DEFAULT NULL,
  `sort_no` smallint unsigned DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `mail_send_date` datetime DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `dtb_order` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `mtb_country` (`id`),
  FOREIGN KEY (`pref_id`) REFERENCES `mtb_pref` (`id`),
  FOREIGN KEY (`delivery_id`) REFERENCES `dtb_delivery` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_order_item` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned DEFAULT NULL,
  `product_id` int unsigned DEFAULT NULL,
  `product_class_id` int unsigned DEFAULT NULL,
  `shipping_id` int unsigned DEFAULT NULL,
  `rounding_type_id` smallint unsigned DEFAULT NULL,
  `tax_type_id` smallint unsigned DEFAULT NULL,
  `tax_display_type_id` smallint unsigned DEFAULT NULL,
  `order_item_type_id` smallint unsigned DEFAULT NULL,
  `product_name` varchar(255) NOT NULL,
  `product_code` varchar(255) DEFAULT NULL,
  `class_name1` varchar(255) DEFAULT NULL,
  `class_name2` varchar(255) DEFAULT NULL,
  `class_category_name1` varchar(255) DEFAULT NULL,
  `class_category_name2` varchar(255) DEFAULT NULL,
  `price` decimal(12,2) NOT NULL DEFAULT 0,
  `quantity` decimal(10,0) NOT NULL DEFAULT 0,
  `tax` decimal(10,0) NOT NULL DEFAULT 0,
  `tax_rate` decimal(10,0) unsigned NOT NULL DEFAULT 0,
  `tax_adjust` decimal(10,0) unsigned NOT NULL DEFAULT 0,
  `tax_rule_id` smallint unsigned DEFAULT NULL,
  `currency_code` varchar(255) DEFAULT NULL,
  `processor_name` varchar(255) DEFAULT NULL,
  `point_rate` decimal(10,0) unsigned DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `dtb_order` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `dtb_product` (`id`),
  FOREIGN KEY (`product_class_id`) REFERENCES `dtb_product_class` (`id`),
  FOREIGN KEY (`shipping_id`) REFERENCES `dtb_shipping` (`id`),
  FOREIGN KEY (`order_item_type_id`) REFERENCES `mtb_order_item_type` (`id`)
);

CREATE TABLE `dtb_mail_history` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int unsigned DEFAULT NULL,
  `creator_id` int unsigned DEFAULT NULL,
  `send_date` datetime DEFAULT NULL,
  `mail_subject` varchar(255) DEFAULT NULL,
  `mail_body` longtext DEFAULT NULL,
  `mail_html_body` longtext DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `dtb_order` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_cart` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned DEFAULT NULL,
  `cart_key` varchar(255) DEFAULT NULL,
  `pre_order_id` varchar(255) DEFAULT NULL,
  `total_price` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `delivery_fee_total` decimal(12,2) unsigned NOT NULL DEFAULT 0,
  `sort_no` smallint unsigned DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `add_point` decimal(12,0) unsigned NOT NULL DEFAULT 0,
  `use_point` decimal(12,0) unsigned NOT NULL DEFAULT 0,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `dtb_customer` (`id`)
);

CREATE TABLE `dtb_cart_item` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_class_id` int unsigned DEFAULT NULL,
  `cart_id` int unsigned DEFAULT NULL,
  `price` decimal(12,2) NOT NULL DEFAULT 0,
  `quantity` decimal(10,0) NOT NULL DEFAULT 0,
  `point_rate` decimal(10,0) unsigned DEFAULT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`product_class_id`) REFERENCES `dtb_product_class` (`id`),
  FOREIGN KEY (`cart_id`) REFERENCES `dtb_cart` (`id`) ON DELETE CASCADE
);

CREATE TABLE `dtb_order_pdf` (
  `member_id` int unsigned NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `message1` varchar(255) DEFAULT NULL,
  `message2` varchar(255) DEFAULT NULL,
  `message3` varchar(255) DEFAULT NULL,
  `note1` varchar(255) DEFAULT NULL,
  `note2` varchar(255) DEFAULT NULL,
  `note3` varchar(255) DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`member_id`)
);

CREATE TABLE `dtb_news` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `creator_id` int unsigned DEFAULT NULL,
  `publish_date` datetime DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `url` varchar(4000) DEFAULT NULL,
  `link_method` tinyint(1) NOT NULL DEFAULT 0,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_mail_template` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `creator_id` int unsigned DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `file_name` varchar(255) DEFAULT NULL,
  `mail_subject` varchar(255) DEFAULT NULL,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `dtb_member` (`id`)
);

CREATE TABLE `dtb_plugin` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `version` varchar(255) NOT NULL,
  `source` varchar(255) NOT NULL,
  `initialized` tinyint(1) NOT NULL DEFAULT 0,
  `create_date` datetime NOT NULL,
  `update_date` datetime NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dtb_tradelaw` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `sort_no` smallint NOT NULL,
  `display_order_screen` tinyint(1) NOT NULL,
  `discriminator_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

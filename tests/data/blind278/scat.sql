-- Scat POS (Jim Winstead's web point of sale of Raw Materials Art Supplies, Los Angeles; PHP, MySQL)
-- Upstream: github.com/jimwins/scat, commit 13e980b0c3af0d1af6f26fa9b4136ede6271514c, MIT.
-- Made by replaying the 83 Phinx migrations of db/migrations/ (20190525052546_initial_setup.php …
-- 20231010222501_add_expires_at_to_internal_ad.php, up()/change() in version order, Phinx 0.12 column rules of
-- composer.lock's robmorgan/phinx 0.12.13) into MariaDB and dumping the schema with mysqldump --no-data, as
-- upstream's own bin/export-sql-structure does. Upstream's collation utf8mb4_0900_ai_ci (MySQL 8) does not exist in
-- MariaDB 10.11, so the default utf8mb4 collation is used; the `json` column is written back as json. The two SQL
-- functions of 20190525204400_initial_functions.php are left out (no tables). Upstream declares no foreign keys.

/*M!999999\- enable the sandbox mode */ 
CREATE TABLE `address` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `easypost_id` varchar(50) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `street1` varchar(255) DEFAULT NULL,
  `street2` varchar(255) DEFAULT NULL,
  `city` varchar(128) DEFAULT NULL,
  `state` varchar(50) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `timezone` varchar(128) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `residential` tinyint(4) NOT NULL DEFAULT 0,
  `latitude` decimal(9,5) DEFAULT 0.00000,
  `longitude` decimal(9,5) DEFAULT 0.00000,
  `verified` tinyint(4) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `barcode` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `item_id` int(11) unsigned NOT NULL,
  `quantity` int(11) unsigned NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `item` (`item_id`,`code`),
  KEY `code` (`code`),
  KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `brand` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `warning` mediumtext DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `created_at` (`created_at`),
  FULLTEXT KEY `name_2` (`name`,`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `canned_message` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `content` mediumtext DEFAULT NULL,
  `new_status` varchar(50) NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `cc_trace` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `traced` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `txn_id` int(11) unsigned DEFAULT NULL,
  `payment_id` int(11) unsigned DEFAULT NULL,
  `request` mediumblob DEFAULT NULL,
  `response` mediumblob DEFAULT NULL,
  `info` mediumblob DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `config` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` mediumtext NOT NULL,
  `type` enum('string','password','text','blob') NOT NULL DEFAULT 'string',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `department` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `slug` varchar(80) NOT NULL,
  `featured` tinyint(4) NOT NULL DEFAULT 0,
  `description` mediumtext DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parent_id` (`parent_id`,`slug`),
  KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `department_to_internal_ad` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `department_id` int(11) unsigned NOT NULL,
  `internal_add_id` int(11) unsigned NOT NULL,
  `priority` int(11) unsigned NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `device` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `person_id` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `giftcard` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `pin` varchar(4) NOT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 0,
  `expires` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `giftcard_txn` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `card_id` int(11) unsigned NOT NULL,
  `entered` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `amount` decimal(9,2) DEFAULT NULL,
  `txn_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `txn_id` (`txn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `google_product_category` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `image` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `b2_file_id` varchar(200) NOT NULL DEFAULT '',
  `publitio_id` varchar(12) DEFAULT '',
  `name` varchar(255) DEFAULT NULL,
  `alt_text` mediumtext DEFAULT NULL,
  `width` int(11) unsigned DEFAULT NULL,
  `height` int(11) unsigned DEFAULT NULL,
  `ext` varchar(10) DEFAULT NULL,
  `use_as_swatch` tinyint(4) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `caption` mediumtext DEFAULT NULL,
  `data` mediumblob DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `created_at` (`created_at`),
  FULLTEXT KEY `name` (`name`,`alt_text`,`caption`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `internal_ad` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `link_type` enum('item','product','url') NOT NULL,
  `link_id` int(11) unsigned DEFAULT NULL,
  `link_url` varchar(255) DEFAULT NULL,
  `image_id` int(11) unsigned NOT NULL,
  `tag` varchar(50) NOT NULL,
  `headline` varchar(255) NOT NULL,
  `caption` mediumtext DEFAULT NULL,
  `button_label` varchar(50) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `image_id` (`image_id`),
  FULLTEXT KEY `tag` (`tag`,`headline`,`caption`,`button_label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `item` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(11) unsigned NOT NULL DEFAULT 0,
  `code` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `short_name` varchar(255) DEFAULT NULL,
  `variation` varchar(255) NOT NULL DEFAULT '',
  `brand_id` int(11) unsigned DEFAULT NULL,
  `retail_price` decimal(9,2) NOT NULL DEFAULT 0.00,
  `discount_type` enum('percentage','relative','fixed') DEFAULT NULL,
  `discount` decimal(9,2) DEFAULT NULL,
  `taxfree` tinyint(4) NOT NULL DEFAULT 0,
  `minimum_quantity` int(11) unsigned NOT NULL DEFAULT 1,
  `purchase_quantity` int(11) unsigned NOT NULL DEFAULT 1,
  `length` decimal(9,2) DEFAULT NULL,
  `width` decimal(9,2) DEFAULT NULL,
  `height` decimal(9,2) DEFAULT NULL,
  `weight` decimal(9,2) DEFAULT NULL,
  `packaged_for_shipping` tinyint(4) DEFAULT NULL,
  `color` varchar(6) DEFAULT NULL,
  `tic` char(5) NOT NULL DEFAULT '00000',
  `google_product_category_id` int(11) unsigned NOT NULL DEFAULT 0,
  `is_kit` tinyint(4) NOT NULL DEFAULT 0,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `reviewed` tinyint(4) NOT NULL DEFAULT 0,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `inventoried` datetime DEFAULT NULL,
  `prop65` tinyint(4) DEFAULT NULL,
  `oversized` tinyint(4) DEFAULT NULL,
  `hazmat` tinyint(4) DEFAULT NULL,
  `no_backorder` tinyint(4) DEFAULT NULL,
  `no_online_sale` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `product_id` (`product_id`),
  KEY `brand` (`brand_id`),
  KEY `inventoried` (`inventoried`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `item_to_image` (
  `item_id` int(11) unsigned NOT NULL,
  `image_id` int(11) unsigned NOT NULL,
  `priority` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`item_id`,`image_id`),
  KEY `image_id` (`image_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `kit_item` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `kit_id` int(11) unsigned NOT NULL,
  `item_id` int(11) unsigned NOT NULL,
  `quantity` int(11) unsigned NOT NULL DEFAULT 1,
  `sort` int(11) unsigned NOT NULL DEFAULT 0,
  `description` mediumtext DEFAULT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `kit_id` (`kit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `loyalty` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `person_id` int(11) unsigned NOT NULL,
  `points` int(11) DEFAULT 0,
  `txn_id` int(11) unsigned NOT NULL DEFAULT 0,
  `processed` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `note` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `person_id` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `loyalty_reward` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `cost` int(11) NOT NULL DEFAULT 0,
  `item_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `note` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `kind` enum('general','txn','person','item') NOT NULL DEFAULT 'general',
  `attach_id` int(11) unsigned DEFAULT NULL,
  `source` enum('internal','sms','email') DEFAULT 'internal',
  `content` mediumtext DEFAULT NULL,
  `full_content` mediumtext DEFAULT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `person_id` int(11) unsigned NOT NULL DEFAULT 0,
  `parent_id` int(11) unsigned NOT NULL DEFAULT 0,
  `public` tinyint(4) NOT NULL DEFAULT 0,
  `todo` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `person_id` (`person_id`),
  KEY `parent_id` (`parent_id`,`id`),
  KEY `kind` (`kind`,`attach_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `payment` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `txn_id` int(11) unsigned NOT NULL,
  `method` enum('cash','change','credit','square','stripe','gift','check','dwolla','paypal','amazon','eventbrite','venmo','loyalty','postmates','discount','withdrawal','bad','donation','internal') NOT NULL,
  `amount` decimal(9,3) NOT NULL,
  `cc_txn` varchar(32) DEFAULT NULL,
  `cc_refid` varchar(32) DEFAULT NULL,
  `cc_approval` varchar(30) DEFAULT NULL,
  `cc_lastfour` varchar(4) DEFAULT NULL,
  `cc_expire` varchar(4) DEFAULT NULL,
  `cc_type` varchar(32) DEFAULT NULL,
  `cc_sign` mediumblob DEFAULT NULL,
  `cc_receipt` mediumblob DEFAULT NULL,
  `discount` decimal(9,2) DEFAULT NULL,
  `processed` datetime NOT NULL,
  `qb_je_id` varchar(512) NOT NULL DEFAULT '',
  `data` mediumblob DEFAULT NULL,
  `captured` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `txn` (`txn_id`),
  KEY `processed` (`processed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `person` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `role` enum('customer','employee','vendor') DEFAULT 'customer',
  `name` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `address` mediumtext DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `mailerlite_id` varchar(32) DEFAULT NULL,
  `subscriptions` json DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `preferred_contact` enum('any','call','text','email','none') DEFAULT 'any',
  `loyalty_number` varchar(32) DEFAULT NULL,
  `suppress_loyalty` tinyint(4) NOT NULL DEFAULT 0,
  `rewardsplus` tinyint(4) DEFAULT 0,
  `birthday` date DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `instagram` varchar(255) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `tax_id` varchar(255) DEFAULT NULL,
  `exemption_certificate_id` varchar(50) DEFAULT NULL,
  `vendor_rebate` decimal(9,2) NOT NULL DEFAULT 0.00,
  `salsify_url` varchar(255) DEFAULT NULL,
  `cc_email` varchar(255) DEFAULT NULL,
  `giftcard_id` int(11) unsigned DEFAULT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `loyalty_number` (`loyalty_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `price_override` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `pattern` varchar(255) NOT NULL,
  `pattern_type` enum('like','rlike','product') NOT NULL DEFAULT 'like',
  `minimum_quantity` int(11) unsigned NOT NULL DEFAULT 1,
  `in_stock` tinyint(4) NOT NULL DEFAULT 0,
  `discount_type` enum('percentage','additional_percentage','relative','fixed') DEFAULT NULL,
  `discount` decimal(9,2) DEFAULT NULL,
  `expires` datetime DEFAULT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `pattern` (`pattern`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `product` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `department_id` int(11) unsigned DEFAULT NULL,
  `brand_id` int(11) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `slug` varchar(120) NOT NULL,
  `importance` tinyint(4) NOT NULL DEFAULT 0,
  `image` varchar(255) NOT NULL DEFAULT '',
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `department_id` (`department_id`,`brand_id`,`slug`),
  KEY `name` (`name`),
  KEY `brand_id` (`brand_id`),
  FULLTEXT KEY `name_2` (`name`,`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `product_to_image` (
  `product_id` int(11) unsigned NOT NULL,
  `image_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`product_id`,`image_id`),
  KEY `image_id` (`image_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `product_to_internal_ad` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(11) unsigned NOT NULL,
  `internal_add_id` int(11) unsigned NOT NULL,
  `priority` int(11) unsigned NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `prop65_warning` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `warning` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `redirect` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `source` varchar(512) NOT NULL,
  `dest` varchar(512) NOT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `source` (`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `saved_search` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `search` varchar(255) NOT NULL,
  `last_checked` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `shipment` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `txn_id` int(11) unsigned NOT NULL,
  `method` enum('easypost','shipdistrict') NOT NULL,
  `method_id` varchar(50) DEFAULT NULL,
  `status` enum('pending','unknown','pre_transit','in_transit','out_for_delivery','delivered','available_for_pickup','return_to_sender','failure','cancelling','cancelled','error') NOT NULL DEFAULT 'unknown',
  `tracker_id` varchar(50) DEFAULT NULL,
  `length` decimal(9,2) DEFAULT NULL,
  `width` decimal(9,2) DEFAULT NULL,
  `height` decimal(9,2) DEFAULT NULL,
  `weight` decimal(9,2) DEFAULT NULL,
  `carrier` varchar(50) DEFAULT NULL,
  `service` varchar(50) DEFAULT NULL,
  `rate` decimal(9,2) DEFAULT NULL,
  `insurance` decimal(9,2) DEFAULT NULL,
  `handling_instructions` varchar(255) DEFAULT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `timeclock` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `person_id` int(11) unsigned NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `timeclock_audit` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `timeclock_id` int(11) unsigned DEFAULT NULL,
  `before_start` datetime DEFAULT NULL,
  `after_start` datetime DEFAULT NULL,
  `before_end` datetime DEFAULT NULL,
  `after_end` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `txn` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(50) DEFAULT NULL,
  `online_sale_id` int(11) unsigned DEFAULT NULL,
  `number` int(11) unsigned NOT NULL,
  `status` enum('new','filled','paid','processing','waitingforitems','readyforpickup','shipping','shipped','complete','template') NOT NULL DEFAULT 'new',
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `filled` datetime DEFAULT NULL,
  `paid` datetime DEFAULT NULL,
  `tax_captured` datetime DEFAULT NULL,
  `type` enum('correction','vendor','customer','drawer') NOT NULL,
  `person_id` int(11) unsigned DEFAULT NULL,
  `shipping_address_id` int(11) DEFAULT NULL,
  `tax_rate` decimal(9,3) NOT NULL DEFAULT 0.000,
  `returned_from_id` int(11) unsigned DEFAULT NULL,
  `no_rewards` tinyint(4) NOT NULL DEFAULT 0,
  `qb_je_id` varchar(512) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `type` (`type`,`number`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `created` (`created`),
  KEY `person` (`person_id`),
  KEY `status` (`status`),
  KEY `status_2` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `txn_line` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `txn_id` int(11) unsigned NOT NULL,
  `returned_from_id` int(11) unsigned DEFAULT NULL,
  `line` int(11) unsigned DEFAULT NULL,
  `item_id` int(11) unsigned DEFAULT NULL,
  `kit_id` int(11) unsigned DEFAULT NULL,
  `ordered` int(11) NOT NULL,
  `allocated` int(11) NOT NULL DEFAULT 0,
  `override_name` varchar(255) DEFAULT NULL,
  `data` mediumblob DEFAULT NULL,
  `retail_price` decimal(9,2) NOT NULL,
  `discount_type` enum('percentage','relative','fixed') DEFAULT NULL,
  `discount` decimal(9,2) DEFAULT NULL,
  `discount_manual` tinyint(4) NOT NULL DEFAULT 0,
  `taxfree` tinyint(4) NOT NULL DEFAULT 0,
  `tic` char(5) NOT NULL DEFAULT '00000',
  `tax` decimal(9,3) NOT NULL DEFAULT 0.000,
  PRIMARY KEY (`id`),
  KEY `txn` (`txn_id`,`line`),
  KEY `item` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `vendor_item` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `vendor_id` int(11) unsigned NOT NULL,
  `item_id` int(11) unsigned DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `vendor_sku` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `retail_price` decimal(9,2) NOT NULL,
  `net_price` decimal(9,2) NOT NULL,
  `promo_price` decimal(9,2) DEFAULT NULL,
  `promo_quantity` int(11) DEFAULT NULL,
  `barcode` varchar(20) DEFAULT NULL,
  `purchase_quantity` int(11) NOT NULL,
  `length` decimal(9,2) DEFAULT NULL,
  `width` decimal(9,2) DEFAULT NULL,
  `height` decimal(9,2) DEFAULT NULL,
  `weight` decimal(9,2) DEFAULT NULL,
  `special_order` tinyint(4) DEFAULT 0,
  `prop65` tinyint(4) DEFAULT NULL,
  `hazmat` tinyint(4) DEFAULT NULL,
  `oversized` tinyint(4) DEFAULT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vendor_id` (`vendor_id`,`vendor_sku`),
  UNIQUE KEY `vendor` (`vendor_id`,`code`),
  KEY `item` (`item_id`),
  KEY `vendor_2` (`vendor_id`),
  KEY `code` (`code`),
  KEY `vendor_sku` (`vendor_sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `web_push_subscription` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `endpoint` varchar(255) DEFAULT NULL,
  `data` mediumblob DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `wordform` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `source` varchar(512) NOT NULL,
  `dest` varchar(512) NOT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `source` (`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

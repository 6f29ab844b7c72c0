-- OpenCart (github.com/opencart/opencart, commit 01254c2138915763c3a86139e24b26c33b3aeb17, GPL-3.0)
-- upload/system/helper/db_schema.php (oc_db_schema), rendered as oc_db_create() renders it; table prefix oc_ dropped.

CREATE TABLE `address` (
  `address_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `firstname` varchar(32),
  `lastname` varchar(32),
  `company` varchar(60),
  `address_1` varchar(128),
  `address_2` varchar(128),
  `city` varchar(128),
  `postcode` varchar(10),
  `country_id` int(11) DEFAULT '0',
  `zone_id` int(11) DEFAULT '0',
  `custom_field` text,
  `default` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`address_id`),
  KEY `customer_id` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api` (
  `api_id` int(11) AUTO_INCREMENT,
  `username` varchar(64),
  `key` text,
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`api_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_history` (
  `api_history_id` int(11) AUTO_INCREMENT,
  `api_id` int(11),
  `call` varchar(32),
  `ip` varchar(40),
  `date_added` datetime,
  PRIMARY KEY (`api_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `article_comment` (
  `article_comment_id` int(11) AUTO_INCREMENT,
  `article_id` int(11),
  `parent_id` int(11) DEFAULT '0',
  `customer_id` int(11) DEFAULT '0',
  `author` varchar(64),
  `comment` text,
  `rating` int(11) DEFAULT '0',
  `ip` varchar(40),
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`article_comment_id`),
  KEY `article_id` (`article_id`),
  KEY `customer_id` (`customer_id`),
  KEY `parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cart` (
  `cart_id` int(11) AUTO_INCREMENT,
  `store_id` int(11) DEFAULT '0',
  `customer_id` int(11) DEFAULT '0',
  `session_id` varchar(32),
  `product_id` int(11),
  `subscription_plan_id` int(11) DEFAULT '0',
  `option` text,
  `quantity` int(5),
  `override` text,
  `price` decimal(15,4),
  `date_added` datetime,
  PRIMARY KEY (`cart_id`),
  KEY `cart_id` (`customer_id`,`session_id`,`product_id`,`subscription_plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `country` (
  `country_id` int(11) AUTO_INCREMENT,
  `iso_code_2` varchar(2),
  `iso_code_3` varchar(3),
  `address_format_id` int(11) DEFAULT '0',
  `postcode_required` tinyint(1),
  `status` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `coupon` (
  `coupon_id` int(11) AUTO_INCREMENT,
  `name` varchar(128),
  `code` varchar(20),
  `type` char(1),
  `discount` decimal(15,4),
  `logged` tinyint(1) DEFAULT '0',
  `shipping` tinyint(1) DEFAULT '0',
  `total` decimal(15,4),
  `date_start` date,
  `date_end` date,
  `uses_total` int(11) DEFAULT '0',
  `uses_customer` int(11) DEFAULT '0',
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`coupon_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `coupon_history` (
  `coupon_history_id` int(11) AUTO_INCREMENT,
  `coupon_id` int(11),
  `order_id` int(11) DEFAULT '0',
  `customer_id` int(11) DEFAULT '0',
  `amount` decimal(15,4),
  `date_added` datetime,
  PRIMARY KEY (`coupon_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `currency` (
  `currency_id` int(11) AUTO_INCREMENT,
  `title` varchar(32),
  `code` varchar(3),
  `symbol_left` varchar(12),
  `symbol_right` varchar(12),
  `decimal_place` int(1) DEFAULT '2',
  `value` double(15,8),
  `status` tinyint(1) DEFAULT '0',
  `date_modified` datetime,
  PRIMARY KEY (`currency_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer` (
  `customer_id` int(11) AUTO_INCREMENT,
  `customer_group_id` int(11) DEFAULT '0',
  `store_id` int(11) DEFAULT '0',
  `language_id` int(11) DEFAULT '0',
  `firstname` varchar(32),
  `lastname` varchar(32),
  `email` varchar(96),
  `telephone` varchar(32),
  `password` varchar(255),
  `custom_field` text,
  `newsletter` tinyint(1) DEFAULT '0',
  `ip` varchar(40),
  `status` tinyint(1) DEFAULT '0',
  `safe` tinyint(1) DEFAULT '0',
  `commenter` tinyint(1) DEFAULT '0',
  `token` text,
  `code` varchar(40),
  `date_added` datetime,
  PRIMARY KEY (`customer_id`),
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_activity` (
  `customer_activity_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `key` varchar(64),
  `data` text,
  `ip` varchar(40),
  `date_added` datetime,
  PRIMARY KEY (`customer_activity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_affiliate` (
  `customer_id` int(11),
  `company` varchar(60),
  `website` varchar(255),
  `tracking` varchar(64),
  `balance` decimal(15,4),
  `commission` decimal(4,2) DEFAULT '0.00',
  `tax` varchar(64),
  `payment_method` varchar(6),
  `cheque` varchar(100),
  `paypal` varchar(64),
  `bank_name` varchar(64),
  `bank_branch_number` varchar(64),
  `bank_swift_code` varchar(64),
  `bank_account_name` varchar(64),
  `bank_account_number` varchar(64),
  `custom_field` text,
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_approval` (
  `customer_approval_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `type` varchar(9),
  `date_added` datetime,
  PRIMARY KEY (`customer_approval_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_authorize` (
  `customer_authorize_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `token` varchar(96),
  `total` int(1) DEFAULT '0',
  `ip` varchar(40),
  `user_agent` varchar(255),
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  `date_expire` datetime,
  PRIMARY KEY (`customer_authorize_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_group` (
  `customer_group_id` int(11) AUTO_INCREMENT,
  `approval` int(1) DEFAULT '0',
  `sort_order` int(3) DEFAULT '0',
  PRIMARY KEY (`customer_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_history` (
  `customer_history_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `comment` text,
  `date_added` datetime,
  PRIMARY KEY (`customer_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_login` (
  `customer_login_id` int(11) AUTO_INCREMENT,
  `email` varchar(96),
  `ip` varchar(40),
  `total` int(4) DEFAULT '0',
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`customer_login_id`),
  KEY `email` (`email`),
  KEY `ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_ip` (
  `customer_ip_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `store_id` int(11) DEFAULT '0',
  `ip` varchar(40),
  `country` varchar(2),
  `date_added` datetime,
  PRIMARY KEY (`customer_ip_id`),
  KEY `ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_online` (
  `ip` varchar(40),
  `customer_id` int(11) DEFAULT '0',
  `url` text,
  `referer` text,
  `date_added` datetime,
  PRIMARY KEY (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_reward` (
  `customer_reward_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11) DEFAULT '0',
  `order_id` int(11) DEFAULT '0',
  `description` text,
  `points` int(8) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`customer_reward_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_token` (
  `customer_token_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `code` text,
  `type` varchar(10),
  `date_added` datetime,
  PRIMARY KEY (`customer_token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_transaction` (
  `customer_transaction_id` int(11) AUTO_INCREMENT,
  `customer_id` int(11),
  `order_id` int(11) DEFAULT '0',
  `description` text,
  `amount` decimal(15,4),
  `date_added` datetime,
  PRIMARY KEY (`customer_transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_search` (
  `customer_search_id` int(11) AUTO_INCREMENT,
  `store_id` int(11) DEFAULT '0',
  `language_id` int(11),
  `customer_id` int(11) DEFAULT '0',
  `keyword` varchar(255),
  `category_id` int(11),
  `sub_category` tinyint(1),
  `description` tinyint(1),
  `products` int(11),
  `ip` varchar(40),
  `date_added` datetime,
  PRIMARY KEY (`customer_search_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_wishlist` (
  `customer_id` int(11),
  `store_id` int(11) DEFAULT '0',
  `product_id` int(11),
  `date_added` datetime,
  PRIMARY KEY (`customer_id`,`store_id`,`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_field` (
  `custom_field_id` int(11) AUTO_INCREMENT,
  `type` varchar(32),
  `value` text,
  `validation` varchar(255),
  `location` varchar(10),
  `status` tinyint(1) DEFAULT '0',
  `sort_order` int(3) DEFAULT '0',
  PRIMARY KEY (`custom_field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `gdpr` (
  `gdpr_id` int(11) AUTO_INCREMENT,
  `store_id` int(11) DEFAULT '0',
  `language_id` int(11),
  `code` varchar(40),
  `email` varchar(96),
  `action` varchar(6),
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`gdpr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order` (
  `order_id` int(11) AUTO_INCREMENT,
  `subscription_id` int(11) DEFAULT '0',
  `invoice_no` int(11) DEFAULT '0',
  `invoice_prefix` varchar(26),
  `transaction_id` varchar(100),
  `store_id` int(11) DEFAULT '0',
  `store_name` varchar(64),
  `store_url` varchar(255),
  `customer_id` int(11) DEFAULT '0',
  `customer_group_id` int(11) DEFAULT '0',
  `firstname` varchar(32),
  `lastname` varchar(32),
  `email` varchar(96),
  `telephone` varchar(32),
  `custom_field` text,
  `payment_address_id` int(11) DEFAULT '0',
  `payment_firstname` varchar(32),
  `payment_lastname` varchar(32),
  `payment_company` varchar(60),
  `payment_address_1` varchar(128),
  `payment_address_2` varchar(128),
  `payment_city` varchar(128),
  `payment_postcode` varchar(10),
  `payment_country` varchar(128),
  `payment_country_id` int(11) DEFAULT '0',
  `payment_zone` varchar(128),
  `payment_zone_id` int(11) DEFAULT '0',
  `payment_address_format` text,
  `payment_custom_field` text,
  `payment_method` text,
  `shipping_address_id` int(11),
  `shipping_firstname` varchar(32),
  `shipping_lastname` varchar(32),
  `shipping_company` varchar(60),
  `shipping_address_1` varchar(128),
  `shipping_address_2` varchar(128),
  `shipping_city` varchar(128),
  `shipping_postcode` varchar(10),
  `shipping_country` varchar(128),
  `shipping_country_id` int(11) DEFAULT '0',
  `shipping_zone` varchar(128),
  `shipping_zone_id` int(11) DEFAULT '0',
  `shipping_address_format` text,
  `shipping_custom_field` text,
  `shipping_method` text,
  `comment` text,
  `total` decimal(15,4) DEFAULT '0.0000',
  `order_status_id` int(11) DEFAULT '0',
  `affiliate_id` int(11) DEFAULT '0',
  `commission` decimal(15,4),
  `marketing_id` int(11) DEFAULT '0',
  `tracking` varchar(64),
  `language_id` int(11),
  `language_code` varchar(5),
  `currency_id` int(11),
  `currency_code` varchar(3),
  `currency_value` decimal(15,8) DEFAULT '1.00000000',
  `ip` varchar(40),
  `forwarded_ip` varchar(40),
  `user_agent` varchar(255),
  `accept_language` varchar(255),
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`order_id`),
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_history` (
  `order_history_id` int(11) AUTO_INCREMENT,
  `order_id` int(11),
  `order_status_id` int(11) DEFAULT '0',
  `notify` tinyint(1) DEFAULT '0',
  `comment` text,
  `date_added` datetime,
  PRIMARY KEY (`order_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_product` (
  `order_product_id` int(11) AUTO_INCREMENT,
  `order_id` int(11),
  `product_id` int(11),
  `master_id` int(11) DEFAULT '0',
  `name` varchar(255),
  `model` varchar(64),
  `quantity` int(4) DEFAULT '1',
  `price` decimal(15,4) DEFAULT '0.0000',
  `total` decimal(15,4) DEFAULT '0.0000',
  `tax` decimal(15,4) DEFAULT '0.0000',
  `reward` int(8) DEFAULT '0',
  PRIMARY KEY (`order_product_id`),
  KEY `order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_status` (
  `order_status_id` int(11) AUTO_INCREMENT,
  `language_id` int(11),
  `name` varchar(32),
  PRIMARY KEY (`order_status_id`,`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_total` (
  `order_total_id` int(10) AUTO_INCREMENT,
  `order_id` int(11),
  `extension` varchar(255),
  `code` varchar(32),
  `title` varchar(255),
  `value` decimal(15,4) DEFAULT '0.0000',
  `sort_order` int(3) DEFAULT '0',
  PRIMARY KEY (`order_total_id`),
  KEY `order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product` (
  `product_id` int(11) AUTO_INCREMENT,
  `master_id` int(11) DEFAULT '0',
  `model` varchar(64),
  `location` varchar(128),
  `variant` text DEFAULT '',
  `override` text DEFAULT '',
  `quantity` int(4) DEFAULT '0',
  `stock_status_id` int(11) DEFAULT '0',
  `image` varchar(255),
  `manufacturer_id` int(11) DEFAULT '0',
  `shipping` tinyint(1) DEFAULT '1',
  `price` decimal(15,4) DEFAULT '0.0000',
  `points` int(8) DEFAULT '0',
  `tax_class_id` int(11) DEFAULT '0',
  `date_available` date,
  `weight` decimal(15,8) DEFAULT '0.00000000',
  `weight_class_id` int(11) DEFAULT '0',
  `length` decimal(15,8) DEFAULT '0.00000000',
  `width` decimal(15,8) DEFAULT '0.00000000',
  `height` decimal(15,8) DEFAULT '0.00000000',
  `length_class_id` int(11) DEFAULT '0',
  `subtract` tinyint(1) DEFAULT '1',
  `minimum` int(11) DEFAULT '1',
  `sales` int(11) DEFAULT '0',
  `rating` int(11) DEFAULT '0',
  `status` tinyint(1) DEFAULT '0',
  `sort_order` int(11) DEFAULT '0',
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `return` (
  `return_id` int(11) AUTO_INCREMENT,
  `order_id` int(11) DEFAULT '0',
  `customer_id` int(11) DEFAULT '0',
  `firstname` varchar(32),
  `lastname` varchar(32),
  `email` varchar(96),
  `telephone` varchar(32),
  `product_id` int(11) DEFAULT '0',
  `product` varchar(255),
  `model` varchar(64),
  `quantity` int(4) DEFAULT '0',
  `opened` tinyint(1) DEFAULT '0',
  `return_reason_id` int(11) DEFAULT '0',
  `return_action_id` int(11) DEFAULT '0',
  `return_status_id` int(11) DEFAULT '0',
  `comment` text,
  `date_ordered` date,
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`return_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `return_history` (
  `return_history_id` int(11) AUTO_INCREMENT,
  `return_id` int(11),
  `return_status_id` int(11) DEFAULT '0',
  `notify` tinyint(1),
  `comment` text,
  `date_added` datetime,
  PRIMARY KEY (`return_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `review` (
  `review_id` int(11) AUTO_INCREMENT,
  `product_id` int(11) DEFAULT '0',
  `customer_id` int(11) DEFAULT '0',
  `author` varchar(64),
  `text` text,
  `rating` int(1) DEFAULT '0',
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`review_id`),
  KEY `product_id` (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session` (
  `session_id` varchar(32),
  `data` mediumtext,
  `expire` datetime,
  PRIMARY KEY (`session_id`),
  KEY `expire` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `setting` (
  `setting_id` int(11) AUTO_INCREMENT,
  `store_id` int(11) DEFAULT '0',
  `code` varchar(128),
  `key` varchar(128),
  `value` mediumtext,
  `serialized` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `store` (
  `store_id` int(11) AUTO_INCREMENT,
  `name` varchar(64),
  `url` varchar(255),
  PRIMARY KEY (`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `subscription` (
  `subscription_id` int(11) AUTO_INCREMENT,
  `order_id` int(11) DEFAULT '0',
  `store_id` int(11) DEFAULT '0',
  `customer_id` int(11),
  `payment_address_id` int(11) DEFAULT '0',
  `payment_method` text,
  `shipping_address_id` int(11) DEFAULT '0',
  `shipping_method` text,
  `subscription_plan_id` int(11) DEFAULT '0',
  `trial_price` decimal(10,4),
  `trial_tax` decimal(10,4),
  `trial_frequency` enum('day','week','semi_month','month','year'),
  `trial_cycle` smallint(6) DEFAULT '0',
  `trial_duration` smallint(6) DEFAULT '0',
  `trial_remaining` smallint(6) DEFAULT '0',
  `trial_status` tinyint(1) DEFAULT '0',
  `price` decimal(10,4),
  `tax` decimal(10,4),
  `frequency` enum('day','week','semi_month','month','year'),
  `cycle` smallint(6) DEFAULT '0',
  `duration` smallint(6) DEFAULT '0',
  `remaining` smallint(6) DEFAULT '0',
  `date_next` datetime,
  `comment` text,
  `subscription_status_id` int(11) DEFAULT '0',
  `language` varchar(5),
  `currency_code` varchar(3),
  `currency_value` decimal(15,8) DEFAULT '1.00000000',
  `date_added` datetime,
  `date_modified` datetime,
  PRIMARY KEY (`subscription_id`),
  KEY `order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `user_id` int(11) AUTO_INCREMENT,
  `user_group_id` int(11) DEFAULT '0',
  `username` varchar(20),
  `password` varchar(255),
  `firstname` varchar(32),
  `lastname` varchar(32),
  `email` varchar(96),
  `image` varchar(255) DEFAULT '',
  `ip` varchar(40) DEFAULT '',
  `status` tinyint(1) DEFAULT '0',
  `date_added` datetime,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_group` (
  `user_group_id` int(11) AUTO_INCREMENT,
  `name` varchar(64),
  `permission` text,
  PRIMARY KEY (`user_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_login` (
  `user_login_id` int(11) AUTO_INCREMENT,
  `user_id` int(11),
  `ip` varchar(40),
  `user_agent` varchar(255),
  `date_added` datetime,
  PRIMARY KEY (`user_login_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zone` (
  `zone_id` int(11) AUTO_INCREMENT,
  `country_id` int(11),
  `code` varchar(32),
  `status` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`zone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `fcs_action_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL DEFAULT '',
  `customer_id` int unsigned NOT NULL DEFAULT '0',
  `object_id` int unsigned NOT NULL DEFAULT '0',
  `object_type` varchar(255) NOT NULL DEFAULT '',
  `text` mediumtext NOT NULL,
  `date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_address` (
  `id_address` int unsigned NOT NULL AUTO_INCREMENT,
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `id_manufacturer` int unsigned NOT NULL DEFAULT '0',
  `lastname` varchar(50) NOT NULL DEFAULT '',
  `firstname` varchar(50) NOT NULL DEFAULT '',
  `address1` varchar(128) NOT NULL DEFAULT '',
  `address2` varchar(128) NULL,
  `postcode` varchar(12) NULL,
  `city` varchar(64) NOT NULL DEFAULT '',
  `comment` mediumtext NULL,
  `phone` varchar(32) NULL,
  `phone_mobile` varchar(32) NULL,
  `email` varchar(255) NULL,
  `date_add` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_upd` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_attribute` (
  `id_attribute` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NULL,
  `can_be_used_as_unit` tinyint unsigned NOT NULL DEFAULT '0',
  `active` int NOT NULL DEFAULT '1',
  `created` datetime NULL,
  `modified` datetime NULL,
  PRIMARY KEY (`id_attribute`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_barcodes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int unsigned NOT NULL DEFAULT '0',
  `product_attribute_id` int unsigned NOT NULL DEFAULT '0',
  `barcode` varchar(13) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_blog_posts` (
  `id_blog_post` int unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(150) NOT NULL,
  `short_description` varchar(100) NOT NULL,
  `content` longtext NOT NULL,
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `id_manufacturer` int unsigned NULL,
  `is_private` int unsigned NOT NULL DEFAULT '0',
  `active` int NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified` datetime NULL,
  `show_on_start_page_until` date NULL,
  PRIMARY KEY (`id_blog_post`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_cart_product_units` (
  `id_cart_product` int unsigned NOT NULL,
  `ordered_quantity_in_units` decimal(10,3) unsigned NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_cart_products` (
  `id_cart_product` int unsigned NOT NULL AUTO_INCREMENT,
  `id_cart` int unsigned NOT NULL DEFAULT '0',
  `id_product` int unsigned NOT NULL DEFAULT '0',
  `id_product_attribute` int unsigned NOT NULL DEFAULT '0',
  `amount` int unsigned NOT NULL DEFAULT '0',
  `created` datetime NULL,
  `modified` datetime NULL,
  PRIMARY KEY (`id_cart_product`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_carts` (
  `id_cart` int unsigned NOT NULL AUTO_INCREMENT,
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `cart_type` int unsigned NOT NULL DEFAULT '1',
  `status` tinyint NOT NULL DEFAULT '1',
  `created` datetime NULL,
  `modified` datetime NULL,
  PRIMARY KEY (`id_cart`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_category` (
  `id_category` int unsigned NOT NULL AUTO_INCREMENT,
  `id_parent` int unsigned NULL DEFAULT '0',
  `name` varchar(128) NOT NULL,
  `description` mediumtext NOT NULL,
  `nleft` int NOT NULL DEFAULT '0',
  `nright` int NOT NULL DEFAULT '0',
  `active` tinyint unsigned NOT NULL DEFAULT '0',
  `created` datetime NULL,
  `modified` datetime NULL,
  PRIMARY KEY (`id_category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_category_product` (
  `id_category` int unsigned NOT NULL DEFAULT '0',
  `id_product` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_category`, `id_product`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_configuration` (
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(254) NOT NULL DEFAULT '',
  `value` mediumtext NULL,
  `type` varchar(20) NOT NULL DEFAULT '',
  `position` int unsigned NOT NULL DEFAULT '0',
  `date_add` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_upd` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_cronjob_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cronjob_id` int unsigned NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `success` tinyint unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_cronjobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `time_interval` varchar(50) NOT NULL,
  `day_of_month` tinyint unsigned NULL,
  `weekday` varchar(50) NULL,
  `not_before_time` time NOT NULL,
  `active` tinyint unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_customer` (
  `id_customer` int unsigned NOT NULL AUTO_INCREMENT,
  `id_default_group` int unsigned NOT NULL DEFAULT '1',
  `is_company` tinyint NOT NULL DEFAULT '0',
  `firstname` varchar(50) NOT NULL DEFAULT '',
  `lastname` varchar(50) NOT NULL DEFAULT '',
  `email` varchar(128) NOT NULL DEFAULT '',
  `passwd` char(60) NULL,
  `tmp_new_passwd` char(60) NULL,
  `activate_new_password_code` varchar(12) NULL,
  `email_order_reminder_enabled` tinyint unsigned NOT NULL DEFAULT '0',
  `terms_of_use_accepted_date` date NOT NULL DEFAULT '1000-01-01',
  `activate_email_code` varchar(12) NULL,
  `active` tinyint unsigned NOT NULL DEFAULT '0',
  `date_add` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_upd` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `use_camera_for_barcode_scanning` tinyint unsigned NULL DEFAULT '0',
  `user_id_registrierkasse` int unsigned NULL DEFAULT '0',
  `shopping_price` varchar(2) NULL DEFAULT 'SP',
  `check_credit_reminder_enabled` tinyint unsigned NULL DEFAULT '1',
  `invoices_per_email_enabled` tinyint unsigned NULL DEFAULT '1',
  `pickup_day_reminder_enabled` tinyint unsigned NULL DEFAULT '1',
  `credit_upload_reminder_enabled` tinyint unsigned NULL DEFAULT '1',
  `newsletter_enabled` tinyint unsigned NULL DEFAULT '0',
  `show_only_products_for_next_week` tinyint NOT NULL DEFAULT '0',
  `send_cancellation_email` tinyint NOT NULL DEFAULT '1',
  PRIMARY KEY (`id_customer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_deposits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_product` int unsigned NOT NULL DEFAULT '0',
  `id_product_attribute` int unsigned NOT NULL DEFAULT '0',
  `deposit` float NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_feedbacks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `customer_id` int NULL,
  `text` text NULL,
  `approved` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `privacy_type` tinyint NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_images` (
  `id_image` int unsigned NOT NULL AUTO_INCREMENT,
  `id_product` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_image`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_invoice_taxes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int unsigned NOT NULL DEFAULT '0',
  `tax_rate` float NOT NULL DEFAULT '0.000000',
  `total_price_tax_excl` float NOT NULL DEFAULT '0.000000',
  `total_price_tax` float NOT NULL DEFAULT '0.000000',
  `total_price_tax_incl` float NOT NULL DEFAULT '0.000000',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_manufacturer` int unsigned NOT NULL DEFAULT '0',
  `invoice_number` varchar(17) NOT NULL DEFAULT '0',
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `paid_in_cash` tinyint unsigned NULL DEFAULT '0',
  `filename` varchar(512) NOT NULL DEFAULT '',
  `email_status` varchar(30) NULL,
  `cancellation_invoice_id` int unsigned NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_manufacturer` (
  `id_manufacturer` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NULL,
  `description` longtext NULL,
  `short_description` mediumtext NULL,
  `created` datetime NULL,
  `modified` datetime NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `is_private` int unsigned NOT NULL DEFAULT '0',
  `uid_number` varchar(30) NULL,
  `additional_text_for_invoice` mediumtext NULL,
  `iban` varchar(34) NULL,
  `bic` varchar(11) NULL,
  `bank_name` varchar(255) NULL,
  `bank_account_holder` varchar(255) NULL,
  `firmenbuchnummer` varchar(20) NULL,
  `firmengericht` varchar(150) NULL,
  `aufsichtsbehoerde` varchar(150) NULL,
  `kammer` varchar(150) NULL,
  `homepage` varchar(255) NULL,
  `id_customer` int unsigned NULL,
  `variable_member_fee` int unsigned NULL,
  `send_invoice` tinyint unsigned NULL,
  `send_order_list` tinyint unsigned NULL,
  `default_tax_id` int unsigned NULL,
  `default_tax_id_purchase_price` int unsigned NULL,
  `send_order_list_cc` varchar(512) NULL,
  `send_instant_order_notification` tinyint unsigned NULL,
  `send_ordered_product_deleted_notification` int unsigned NULL,
  `send_ordered_product_price_changed_notification` int unsigned NULL,
  `send_ordered_product_amount_changed_notification` int unsigned NULL,
  `enabled_sync_domains` varchar(50) NULL,
  `stock_management_enabled` tinyint unsigned NOT NULL DEFAULT '0',
  `send_product_sold_out_limit_reached_for_manufacturer` tinyint unsigned NOT NULL DEFAULT '0',
  `send_product_sold_out_limit_reached_for_contact_person` tinyint unsigned NOT NULL DEFAULT '0',
  `no_delivery_days` mediumtext NULL,
  `include_stock_products_in_order_lists` tinyint unsigned NOT NULL DEFAULT '1',
  `send_delivery_notes` tinyint unsigned NOT NULL DEFAULT '0',
  `anonymize_customers` tinyint unsigned NOT NULL DEFAULT '0',
  `min_order_value` decimal(10,2) NOT NULL DEFAULT '0.00',
  PRIMARY KEY (`id_manufacturer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_order_detail` (
  `id_order_detail` int unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int unsigned NOT NULL DEFAULT '0',
  `product_attribute_id` int unsigned NULL,
  `product_name` varchar(255) NOT NULL DEFAULT '',
  `product_amount` int unsigned NOT NULL DEFAULT '0',
  `total_price_tax_incl` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `total_price_tax_excl` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `tax_unit_amount` decimal(16,6) NOT NULL DEFAULT '0.000000',
  `tax_total_amount` decimal(16,6) NOT NULL DEFAULT '0.000000',
  `tax_rate` decimal(10,3) NOT NULL DEFAULT '0.000',
  `deposit` decimal(10,2) NOT NULL DEFAULT '0.00',
  `id_customer` int unsigned NOT NULL,
  `id_invoice` int unsigned NULL,
  `id_cart_product` int unsigned NOT NULL,
  `order_state` tinyint unsigned NOT NULL,
  `pickup_day` date NOT NULL,
  `shopping_price` varchar(2) NULL DEFAULT 'SP',
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id_order_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_order_detail_feedbacks` (
  `id_order_detail` int unsigned NOT NULL DEFAULT '0',
  `text` text NOT NULL,
  `customer_id` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_order_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_order_detail_purchase_prices` (
  `id_order_detail` int unsigned NOT NULL,
  `tax_rate` decimal(10,3) NOT NULL DEFAULT '0.000',
  `total_price_tax_incl` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `total_price_tax_excl` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `tax_unit_amount` decimal(16,6) NOT NULL DEFAULT '0.000000',
  `tax_total_amount` decimal(16,6) NOT NULL DEFAULT '0.000000',
  PRIMARY KEY (`id_order_detail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_order_detail_units` (
  `id_order_detail` int NOT NULL DEFAULT '0',
  `product_quantity_in_units` decimal(10,3) unsigned NULL,
  `price_incl_per_unit` decimal(10,2) unsigned NULL,
  `purchase_price_incl_per_unit` decimal(10,2) unsigned NULL,
  `quantity_in_units` decimal(10,3) unsigned NULL,
  `unit_name` varchar(50) NOT NULL DEFAULT '',
  `unit_amount` int unsigned NULL,
  `mark_as_saved` tinyint unsigned NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_pages` (
  `id_page` int unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL,
  `content` longtext NOT NULL,
  `position` int unsigned NOT NULL DEFAULT '0',
  `menu_type` varchar(255) NOT NULL DEFAULT 'header',
  `active` tinyint NOT NULL DEFAULT '0',
  `extern_url` varchar(255) NOT NULL DEFAULT '',
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `is_private` int unsigned NOT NULL DEFAULT '0',
  `modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `full_width` tinyint unsigned NOT NULL DEFAULT '0',
  `id_parent` int unsigned NULL DEFAULT '0',
  `lft` int NOT NULL DEFAULT '0',
  `rght` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_page`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_customer` int unsigned NOT NULL DEFAULT '0',
  `id_manufacturer` int unsigned NOT NULL DEFAULT '0',
  `type` varchar(20) NOT NULL DEFAULT 'product',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00',
  `text` varchar(255) NOT NULL DEFAULT '',
  `date_add` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_changed` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_transaction_add` datetime NULL,
  `transaction_text` mediumtext NULL,
  `invoice_id` int unsigned NULL,
  `status` tinyint NOT NULL DEFAULT '1',
  `approval` tinyint NOT NULL DEFAULT '0',
  `approval_comment` mediumtext NULL,
  `changed_by` int unsigned NOT NULL DEFAULT '0',
  `created_by` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_pickup_days` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `pickup_day` date NOT NULL,
  `comment` mediumtext NULL,
  `products_picked_up` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_product` (
  `id_product` int unsigned NOT NULL AUTO_INCREMENT,
  `id_manufacturer` int unsigned NULL,
  `id_tax` int unsigned NOT NULL DEFAULT '0',
  `id_storage_location` tinyint unsigned NOT NULL DEFAULT '0',
  `price` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `name` mediumtext NOT NULL,
  `description` longtext NULL,
  `description_short` mediumtext NULL,
  `unity` varchar(255) NULL,
  `is_declaration_ok` tinyint unsigned NOT NULL DEFAULT '0',
  `is_stock_product` tinyint unsigned NOT NULL DEFAULT '0',
  `active` int NOT NULL DEFAULT '0',
  `delivery_rhythm_type` varchar(10) NOT NULL DEFAULT 'week',
  `delivery_rhythm_count` tinyint NOT NULL DEFAULT '1',
  `delivery_rhythm_first_delivery_day` date NULL,
  `delivery_rhythm_order_possible_until` date NULL,
  `delivery_rhythm_send_order_list_weekday` int unsigned NULL,
  `delivery_rhythm_send_order_list_day` date NULL,
  `created` datetime NULL,
  `modified` datetime NULL,
  `new` date NULL,
  PRIMARY KEY (`id_product`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_product_attribute` (
  `id_product_attribute` int unsigned NOT NULL AUTO_INCREMENT,
  `id_product` int unsigned NOT NULL DEFAULT '0',
  `price` decimal(20,6) NOT NULL DEFAULT '0.000000',
  `default_on` tinyint unsigned NULL,
  PRIMARY KEY (`id_product_attribute`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_product_attribute_combination` (
  `id_attribute` int unsigned NOT NULL DEFAULT '0',
  `id_product_attribute` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_attribute`, `id_product_attribute`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_purchase_prices` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int unsigned NOT NULL DEFAULT '0',
  `product_attribute_id` int unsigned NOT NULL DEFAULT '0',
  `tax_id` int unsigned NULL DEFAULT '0',
  `price` decimal(20,6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_sliders` (
  `id_slider` int unsigned NOT NULL AUTO_INCREMENT,
  `image` varchar(255) NULL,
  `link` varchar(999) NULL,
  `is_private` int unsigned NOT NULL DEFAULT '0',
  `position` int unsigned NOT NULL DEFAULT '0',
  `active` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_slider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_stock_available` (
  `id_stock_available` int unsigned NOT NULL AUTO_INCREMENT,
  `id_product` int unsigned NOT NULL DEFAULT '0',
  `id_product_attribute` int unsigned NOT NULL DEFAULT '0',
  `quantity` decimal(10,3) NULL,
  `quantity_limit` decimal(10,3) NULL,
  `sold_out_limit` decimal(10,3) NULL,
  `always_available` tinyint unsigned NOT NULL DEFAULT '1',
  `default_quantity_after_sending_order_lists` int unsigned NULL,
  PRIMARY KEY (`id_stock_available`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_storage_locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NULL,
  `position` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_sync_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(128) NOT NULL DEFAULT '',
  `active` tinyint NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_sync_products` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sync_domain_id` int unsigned NOT NULL DEFAULT '0',
  `local_product_id` int unsigned NOT NULL DEFAULT '0',
  `remote_product_id` int unsigned NOT NULL DEFAULT '0',
  `local_product_attribute_id` int unsigned NOT NULL DEFAULT '0',
  `remote_product_attribute_id` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_tax` (
  `id_tax` int unsigned NOT NULL AUTO_INCREMENT,
  `rate` decimal(10,3) NOT NULL DEFAULT '0.000',
  `active` tinyint unsigned NOT NULL DEFAULT '1',
  `deleted` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_tax`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fcs_units` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_product` int unsigned NULL,
  `id_product_attribute` int unsigned NULL,
  `price_incl_per_unit` decimal(10,2) unsigned NULL,
  `purchase_price_incl_per_unit` decimal(10,2) unsigned NULL,
  `name` varchar(50) NOT NULL DEFAULT '',
  `amount` int unsigned NULL,
  `price_per_unit_enabled` tinyint NOT NULL DEFAULT '0',
  `quantity_in_units` decimal(10,3) unsigned NULL,
  `use_weight_as_amount` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

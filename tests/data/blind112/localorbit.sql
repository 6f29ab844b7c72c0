-- Local Orbit (online marketplace for local food hubs: buyers and suppliers, delivery schedules and deliveries, orders, payments, users, newsletters)
-- Source: github.com/LocalOrbit/localorbit, commit f1151c3620fa0c0da185a6c2848ad71f033f4c5d (MIT)
-- From db/schema.rb (Rails 4, PostgreSQL) written as MySQL DDL; indexes left out.
-- Trimmed to the tables of the blind exam tests/data/blind112; column names, order and types are upstream's.

CREATE TABLE `audits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `auditable_id` int(11),
  `auditable_type` varchar(255),
  `associated_id` int(11),
  `associated_type` varchar(255),
  `user_id` int(11),
  `user_type` varchar(255),
  `username` varchar(255),
  `action` varchar(255),
  `audited_changes` text,
  `version` int(11) DEFAULT 0,
  `comment` text,
  `remote_address` varchar(255),
  `created_at` datetime,
  `request_uuid` varchar(255),
  `masquerader_id` int(11),
  `masquerader_username` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bank_name` varchar(255),
  `last_four` varchar(255),
  `account_type` varchar(255),
  `bankable_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `bankable_type` varchar(255),
  `expiration_month` int(11),
  `expiration_year` int(11),
  `name` varchar(255),
  `notes` varchar(255),
  `deleted_at` datetime,
  `stripe_id` varchar(255),
  `account_role` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batch_invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `pdf_uid` varchar(255),
  `pdf_name` varchar(255),
  `generation_status` varchar(255) NOT NULL DEFAULT 'not_started',
  `generation_progress` decimal(5,2) NOT NULL DEFAULT 0.0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cart_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cart_id` int(11),
  `product_id` int(11),
  `quantity` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `net_price` decimal(10,2) DEFAULT 0.0,
  `sale_price` decimal(10,2) DEFAULT 0.0,
  `lot_id` int(11),
  `fee` int(11),
  `ct_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `carts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `market_id` int(11),
  `organization_id` int(11),
  `delivery_id` int(11),
  `location_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int(11),
  `discount_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `lft` int(11),
  `rgt` int(11),
  `depth` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `amount_type` varchar(255) NOT NULL,
  `amount` decimal(19,4) NOT NULL,
  `notes` text,
  `created_at` datetime,
  `updated_at` datetime,
  `payer_type` varchar(255) NOT NULL,
  `paying_org_id` int(11),
  `apply_to` varchar(255),
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `priority` int(11) NOT NULL DEFAULT 0,
  `attempts` int(11) NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `delivery_schedule_id` int(11),
  `deliver_on` datetime,
  `cutoff_time` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `legacy_id` int(11),
  `buyer_deliver_on` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delivery_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `updated_at` datetime,
  `created_at` datetime,
  `deleted_at` datetime,
  `supplier_org` int(11),
  `buyer_org` int(11),
  `cart_id` int(11),
  `note` text,
  `order_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delivery_schedules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `market_id` int(11),
  `day` int(11),
  `fee` decimal(19,4),
  `fee_type` varchar(255),
  `order_cutoff` int(11) NOT NULL DEFAULT 24,
  `require_delivery` tinyint(1),
  `require_cross_sell_delivery` tinyint(1),
  `seller_fulfillment_location_id` int(11),
  `seller_delivery_start` varchar(255),
  `seller_delivery_end` varchar(255),
  `buyer_pickup_location_id` int(11),
  `buyer_pickup_start` varchar(255),
  `buyer_pickup_end` varchar(255),
  `market_pickup` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `legacy_id` int(11),
  `buyer_day` int(11),
  `fee_label` varchar(255) DEFAULT 'Delivery Fee',
  `is_recoverable` tinyint(1),
  `inactive_at` datetime,
  `order_minimum` decimal(10,2) NOT NULL DEFAULT 0.0,
  `delivery_cycle` varchar(255),
  `day_of_month` int(11),
  `week_interval` int(11) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `market_id` int(11),
  `start_date` datetime,
  `end_date` datetime,
  `type` int(11) NOT NULL,
  `discount` decimal(10,2) NOT NULL,
  `product_id` int(11),
  `category_id` int(11),
  `buyer_organization_id` int(11),
  `seller_organization_id` int(11),
  `minimum_order_total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `maximum_order_total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `maximum_uses` int(11) NOT NULL DEFAULT 0,
  `maximum_organization_uses` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `payer` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fresh_sheets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `market_id` int(11),
  `user_id` int(11),
  `note` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `zip` varchar(255) NOT NULL,
  `organization_id` int(11) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `default_billing` tinyint(1) NOT NULL DEFAULT 0,
  `default_shipping` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `phone` varchar(255),
  `fax` varchar(255),
  `legacy_id` int(11),
  `country` varchar(255) NOT NULL DEFAULT 'US',
  `email` varchar(255),
  `contact_name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11),
  `good_from` datetime,
  `expires_at` datetime,
  `quantity` int(11),
  `number` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `legacy_id` int(11),
  `market_id` int(11),
  `organization_id` int(11),
  `storage_location_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `managed_markets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `market_id` int(11),
  `user_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `zip` varchar(255) NOT NULL,
  `market_id` int(11) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `phone` varchar(255),
  `fax` varchar(255),
  `legacy_id` int(11),
  `default` tinyint(1) DEFAULT 0,
  `billing` tinyint(1) DEFAULT 0,
  `country` varchar(255) NOT NULL DEFAULT 'US',
  `remit_to` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `market_id` int(11),
  `organization_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `cross_sell_origin_market_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `markets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `subdomain` varchar(255),
  `timezone` varchar(255),
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `contact_name` varchar(255),
  `contact_email` varchar(255),
  `contact_phone` varchar(255),
  `facebook` varchar(255),
  `twitter` varchar(255),
  `profile` text,
  `policies` text,
  `created_at` datetime,
  `updated_at` datetime,
  `logo_uid` varchar(255),
  `tagline` varchar(255),
  `background_image` varchar(255),
  `local_orbit_seller_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `local_orbit_market_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `market_seller_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `credit_card_seller_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `credit_card_market_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `ach_seller_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `ach_market_fee` decimal(5,3) NOT NULL DEFAULT 0.0,
  `ach_fee_cap` decimal(6,2) NOT NULL DEFAULT 8.0,
  `po_payment_term` int(11) NOT NULL DEFAULT 14,
  `photo_uid` varchar(255),
  `allow_credit_cards` tinyint(1) DEFAULT 1,
  `allow_purchase_orders` tinyint(1) DEFAULT 1,
  `allow_ach` tinyint(1) DEFAULT 1,
  `default_allow_purchase_orders` tinyint(1) DEFAULT 0,
  `default_allow_credit_cards` tinyint(1) DEFAULT 1,
  `default_allow_ach` tinyint(1) DEFAULT 1,
  `legacy_id` int(11),
  `background_color` varchar(255) DEFAULT '#FFFFFF',
  `text_color` varchar(255) DEFAULT '#46639C',
  `allow_cross_sell` tinyint(1) DEFAULT 0,
  `auto_activate_organizations` tinyint(1) DEFAULT 0,
  `plan_id` int(11),
  `closed` tinyint(1) DEFAULT 0,
  `demo` tinyint(1) DEFAULT 0,
  `plan_start_at` datetime,
  `plan_interval` int(11) NOT NULL DEFAULT 1,
  `plan_fee` decimal(7,2) NOT NULL DEFAULT 0.0,
  `plan_bank_account_id` int(11),
  `store_closed_note` text,
  `sellers_edit_orders` tinyint(1) NOT NULL DEFAULT 0,
  `stripe_customer_id` varchar(255),
  `stripe_account_id` varchar(255),
  `payment_provider` varchar(255),
  `country` varchar(255) NOT NULL DEFAULT 'US',
  `require_purchase_orders` tinyint(1) NOT NULL DEFAULT 0,
  `product_label_format` int(11) DEFAULT 4,
  `print_multiple_labels_per_item` tinyint(1) DEFAULT 0,
  `pending` tinyint(1) DEFAULT 0,
  `zpl_logo` text,
  `zpl_printer` varchar(255),
  `self_directed_creation` tinyint(1) DEFAULT 0,
  `legacy_stripe_account_id` varchar(255),
  `number_format_numeric` int(11) DEFAULT 0,
  `allow_product_fee` tinyint(1),
  `subscribed` tinyint(1) DEFAULT 0,
  `routing_plan` tinyint(1) DEFAULT 0,
  `organization_id` int(11),
  `add_item_pricing` tinyint(1) DEFAULT 1,
  `self_enabled_cross_sell` tinyint(1) DEFAULT 0,
  `background_img_uid` varchar(255),
  `allow_signups` tinyint(1) DEFAULT 1,
  `qb_integration_type` varchar(255),
  `waiting_list_enabled` tinyint(1) DEFAULT 0,
  `waiting_list_note` text,
  `organization_inactive_note` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255),
  `body` text,
  `market_id` int(11),
  `image_uid` varchar(255),
  `header` varchar(255),
  `draft` tinyint(1),
  `sent_on` date,
  `buyers` tinyint(1),
  `sellers` tinyint(1),
  `market_managers` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_item_lots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_item_id` int(11),
  `lot_id` int(11),
  `quantity` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `legacy_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order_id` int(11),
  `product_id` int(11),
  `name` varchar(255),
  `seller_name` varchar(255),
  `quantity` decimal(10,2),
  `unit` varchar(255),
  `discount_seller` decimal(10,2) NOT NULL DEFAULT 0.0,
  `market_seller_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `local_orbit_seller_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `local_orbit_market_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `payment_seller_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `payment_market_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `unit_price` decimal(10,2) NOT NULL DEFAULT 0.0,
  `created_at` datetime,
  `updated_at` datetime,
  `delivery_status` varchar(255),
  `delivered_at` datetime,
  `legacy_id` int(11),
  `quantity_delivered` decimal(10,2),
  `payment_status` varchar(255) DEFAULT 'unpaid',
  `discount_market` decimal(10,2) NOT NULL DEFAULT 0.0,
  `product_fee_pct` decimal(5,3) NOT NULL DEFAULT 0.0,
  `market_seller_fee_pct` decimal(5,3),
  `category_fee_pct` decimal(5,3),
  `net_price` decimal(10,2) DEFAULT 0.0,
  `fee` int(11),
  `po_lot_id` int(11),
  `po_ct_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_id` int(11),
  `order_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11),
  `market_id` int(11),
  `delivery_id` int(11),
  `order_number` varchar(255),
  `placed_at` datetime,
  `invoiced_at` datetime,
  `invoice_due_date` datetime,
  `delivery_fees` decimal(10,2),
  `total_cost` decimal(10,2),
  `delivery_address` varchar(255),
  `delivery_city` varchar(255),
  `delivery_state` varchar(255),
  `delivery_zip` varchar(255),
  `delivery_phone` varchar(255),
  `billing_organization_name` varchar(255),
  `billing_address` varchar(255),
  `billing_city` varchar(255),
  `billing_state` varchar(255),
  `billing_zip` varchar(255),
  `billing_phone` varchar(255),
  `payment_status` varchar(255),
  `payment_method` varchar(255),
  `payment_note` varchar(255),
  `notes` text,
  `created_at` datetime,
  `updated_at` datetime,
  `placed_by_id` int(11),
  `paid_at` datetime,
  `legacy_id` int(11),
  `deleted_at` datetime,
  `discount_id` int(11),
  `delivery_status` varchar(255),
  `invoice_pdf_uid` varchar(255),
  `invoice_pdf_name` varchar(255),
  `payment_provider` varchar(255),
  `market_seller_fee_pct` decimal(5,3),
  `qb_ref_id` int(11),
  `order_type` varchar(255) NOT NULL DEFAULT 'sales',
  `payment_model` varchar(255),
  `sold_through` tinyint(1),
  `signature_data` text,
  `receipt_pdf_uid` varchar(255),
  `receipt_pdf_name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `can_sell` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `who_story` text,
  `how_story` text,
  `photo_uid` varchar(255),
  `facebook` varchar(255),
  `twitter` varchar(255),
  `display_facebook` tinyint(1) DEFAULT 0,
  `display_twitter` tinyint(1) DEFAULT 0,
  `allow_purchase_orders` tinyint(1),
  `allow_credit_cards` tinyint(1),
  `allow_ach` tinyint(1),
  `legacy_id` int(11),
  `show_profile` tinyint(1) DEFAULT 1,
  `active` tinyint(1) DEFAULT 0,
  `needs_activated_notification` tinyint(1) DEFAULT 1,
  `stripe_customer_id` varchar(255),
  `buyer_org_type` varchar(255),
  `ownership_type` varchar(255),
  `non_profit` tinyint(1),
  `professional_organizations` varchar(255),
  `org_type` varchar(255),
  `plan_id` int(11),
  `plan_start_at` datetime,
  `plan_interval` int(11) NOT NULL DEFAULT 1,
  `plan_fee` decimal(7,2) NOT NULL DEFAULT 0.0,
  `plan_bank_account_id` int(11),
  `subscribed` tinyint(1) DEFAULT 0,
  `subscription_id` varchar(255),
  `payment_provider` varchar(255),
  `subscription_status` varchar(255),
  `qb_org_id` int(11),
  `payment_model` varchar(255) DEFAULT 'buysell',
  `contact_first_name` varchar(255),
  `contact_last_name` varchar(255),
  `contact_email` varchar(255),
  `qb_check_name` varchar(255),
  `notes` text,
  `on_waiting_list` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packing_labels_printables` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `delivery_id` int(11),
  `pdf_uid` varchar(255),
  `pdf_name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `zpl` longtext,
  `zpl_name` varchar(255),
  `deliver_on` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payee_id` int(11),
  `payee_type` varchar(255),
  `payment_type` varchar(255) DEFAULT 'order',
  `amount` decimal(10,2) NOT NULL DEFAULT 0.0,
  `note` text,
  `created_at` datetime,
  `updated_at` datetime,
  `status` varchar(255),
  `legacy_id` int(11),
  `payer_id` int(11),
  `payer_type` varchar(255),
  `payment_method` varchar(255),
  `refunded_amount` decimal(10,2) NOT NULL DEFAULT 0.0,
  `market_id` int(11),
  `bank_account_id` int(11),
  `parent_id` int(11),
  `stripe_id` varchar(255),
  `payment_provider` varchar(255),
  `stripe_payment_fee` decimal(10,2) NOT NULL DEFAULT 0.0,
  `stripe_refund_id` varchar(255),
  `stripe_transfer_id` varchar(255),
  `organization_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `discount_codes` tinyint(1) DEFAULT 0,
  `cross_selling` tinyint(1) DEFAULT 0,
  `custom_branding` tinyint(1) DEFAULT 0,
  `automatic_payments` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `promotions` tinyint(1) NOT NULL DEFAULT 0,
  `advanced_pricing` tinyint(1) NOT NULL DEFAULT 0,
  `advanced_inventory` tinyint(1) NOT NULL DEFAULT 0,
  `order_printables` tinyint(1) NOT NULL DEFAULT 0,
  `packing_labels` tinyint(1) NOT NULL DEFAULT 0,
  `sellers_edit_orders` tinyint(1) NOT NULL DEFAULT 0,
  `has_procurement_managers` tinyint(1) NOT NULL DEFAULT 0,
  `stripe_id` varchar(255),
  `ryo_eligible` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11),
  `market_id` int(11),
  `organization_id` int(11),
  `min_quantity` int(11) NOT NULL DEFAULT 1,
  `sale_price` decimal(10,2),
  `created_at` datetime,
  `updated_at` datetime,
  `legacy_id` int(11),
  `deleted_at` datetime,
  `product_fee_pct` decimal(5,3) NOT NULL DEFAULT 0.0,
  `net_price` decimal(10,2) DEFAULT 0.0,
  `fee` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text,
  `category_id` int(11),
  `organization_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `who_story` text,
  `how_story` text,
  `location_id` int(11),
  `use_simple_inventory` tinyint(1) NOT NULL DEFAULT 1,
  `unit_id` int(11),
  `image_uid` varchar(255),
  `top_level_category_id` int(11),
  `deleted_at` datetime,
  `short_description` text,
  `long_description` text,
  `use_all_deliveries` tinyint(1) DEFAULT 1,
  `legacy_id` int(11),
  `unit_description` varchar(255),
  `thumb_uid` varchar(255),
  `second_level_category_id` int(11),
  `code` varchar(255),
  `external_product_id` int(11),
  `general_product_id` int(11),
  `aws_image_url` varchar(255),
  `qb_item_id` int(11),
  `parent_product_id` int(11),
  `unit_quantity` int(11),
  `organic` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_actions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `org_types` text,
  `section` varchar(255),
  `action` varchar(255),
  `plan_ids` text,
  `published` tinyint(1) DEFAULT 1,
  `help_text` varchar(255),
  `grouping` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `org_type` varchar(255) DEFAULT 'M',
  `organization_id` int(11),
  `activities` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sequences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `value` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `keyword` varchar(255),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `subscription_type_id` int(11),
  `token` varchar(255),
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `units` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `singular` varchar(255),
  `plural` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `organization_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `role` varchar(255),
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int(11),
  `invited_by_id` int(11),
  `invited_by_type` varchar(255),
  `name` varchar(255),
  `invitations_count` int(11) DEFAULT 0,
  `legacy_id` int(11),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `accepted_terms_of_service_at` date,
  `accepted_terms_of_service_from` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` int(11),
  `role_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

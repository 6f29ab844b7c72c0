-- Open Food Network — online food marketplace (shoppers' user accounts, enterprises' customers with their
-- addresses, orders, payments and stored cards, shipments, invoices, subscriptions, customer account credit,
-- enterprise roles, OpenID Connect logins, sessions, gateway logs, change history).
-- Upstream: github.com/openfoodfoundation/openfoodnetwork, db/schema.rb (ActiveRecord::Schema[7.1], version
-- 2026_06_11_223814), commit d4f0a99e2aec1a02b720baac2b341a2d4da86745, licence AGPL-3.0.
-- The Rails schema (PostgreSQL) written as MySQL DDL: string -> varchar(limit or 255), integer -> int (limit 8 ->
-- bigint), boolean -> tinyint(1), datetime -> datetime(6) (precision: nil -> datetime), decimal keeps precision and
-- scale, float -> double, json/jsonb -> json, uuid -> char(36); id: :serial -> int AUTO_INCREMENT, other ids bigint.
-- 43 of upstream's 93 tables kept, with all their columns; indexes left out; upstream's add_foreign_key
-- constraints kept where both tables are kept and the column types agree (PostgreSQL
-- accepts an int column referring to a bigint key, MySQL does not: those few were left out). Upstream has no column comments.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `enterprise_id` int NOT NULL,
  `code` varchar(255),
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `bill_address_id` int,
  `ship_address_id` int,
  `name` varchar(255),
  `allow_charges` tinyint(1) NOT NULL DEFAULT 0,
  `terms_and_conditions_accepted_at` datetime,
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `created_manually` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `customers_enterprise_id_fk` FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises` (`id`),
  CONSTRAINT `customers_bill_address_id_fk` FOREIGN KEY (`bill_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `customers_ship_address_id_fk` FOREIGN KEY (`ship_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `customers_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `customer_account_transactions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `currency` varchar(255),
  `description` varchar(255),
  `payment_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `balance` decimal(10,2) DEFAULT '0.0',
  `created_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customer_account_transactions_payment_id` FOREIGN KEY (`payment_id`) REFERENCES `spree_payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `encrypted_password` varchar(255),
  `password_salt` varchar(255),
  `email` varchar(255),
  `remember_token` varchar(255),
  `persistence_token` varchar(255),
  `reset_password_token` varchar(255),
  `perishable_token` varchar(255),
  `sign_in_count` int NOT NULL DEFAULT 0,
  `failed_attempts` int NOT NULL DEFAULT 0,
  `last_request_at` datetime,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `login` varchar(255),
  `ship_address_id` int,
  `bill_address_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `authentication_token` varchar(255),
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `remember_created_at` datetime,
  `spree_api_key` varchar(48),
  `reset_password_sent_at` datetime,
  `api_key` varchar(40),
  `enterprise_limit` int NOT NULL DEFAULT 5,
  `locale` varchar(6),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `disabled_at` datetime,
  `show_api_key_view` tinyint(1) NOT NULL DEFAULT 0,
  `provider` varchar(255),
  `uid` varchar(255),
  `terms_of_service_accepted_at` datetime(6),
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_users_bill_address_id_fk` FOREIGN KEY (`bill_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `spree_users_ship_address_id_fk` FOREIGN KEY (`ship_address_id`) REFERENCES `spree_addresses` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_addresses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `firstname` varchar(255),
  `lastname` varchar(255),
  `address1` varchar(255) NOT NULL,
  `address2` varchar(255),
  `city` varchar(255) NOT NULL,
  `zipcode` varchar(255),
  `phone` varchar(255) NOT NULL,
  `state_name` varchar(255),
  `alternative_phone` varchar(255),
  `state_id` int,
  `country_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `company` varchar(255),
  `latitude` double,
  `longitude` double,
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_addresses_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `spree_countries` (`id`),
  CONSTRAINT `spree_addresses_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `spree_states` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `number` varchar(15),
  `item_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `state` varchar(255),
  `adjustment_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `completed_at` datetime,
  `bill_address_id` int,
  `ship_address_id` int,
  `payment_total` decimal(10,2) DEFAULT '0.0',
  `shipment_state` varchar(255),
  `payment_state` varchar(255),
  `email` varchar(255),
  `special_instructions` text,
  `distributor_id` int,
  `order_cycle_id` int,
  `currency` varchar(255),
  `last_ip_address` varchar(255),
  `customer_id` int,
  `created_by_id` int,
  `included_tax_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `additional_tax_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `note` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_orders_customer_id_fk` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`),
  CONSTRAINT `spree_orders_distributor_id_fk` FOREIGN KEY (`distributor_id`) REFERENCES `enterprises` (`id`),
  CONSTRAINT `spree_orders_order_cycle_id_fk` FOREIGN KEY (`order_cycle_id`) REFERENCES `order_cycles` (`id`),
  CONSTRAINT `spree_orders_bill_address_id_fk` FOREIGN KEY (`bill_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `spree_orders_ship_address_id_fk` FOREIGN KEY (`ship_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `fk_spree_orders_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `spree_users` (`id`),
  CONSTRAINT `spree_orders_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL DEFAULT '0.0',
  `order_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `source_id` int,
  `source_type` varchar(255),
  `payment_method_id` int,
  `state` varchar(255),
  `response_code` varchar(255),
  `avs_response` varchar(255),
  `identifier` varchar(255),
  `cvv_response_code` varchar(255),
  `cvv_response_message` text,
  `captured_at` datetime,
  `redirect_auth_url` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_payments_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `spree_orders` (`id`),
  CONSTRAINT `spree_payments_payment_method_id_fk` FOREIGN KEY (`payment_method_id`) REFERENCES `spree_payment_methods` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_credit_cards` (
  `id` int NOT NULL AUTO_INCREMENT,
  `month` varchar(255),
  `year` varchar(255),
  `cc_type` varchar(255),
  `last_digits` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `start_month` varchar(255),
  `start_year` varchar(255),
  `issue_number` varchar(255),
  `address_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gateway_customer_profile_id` varchar(255),
  `gateway_payment_profile_id` varchar(255),
  `user_id` int,
  `payment_method_id` int,
  `is_default` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_shipments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tracking` varchar(255),
  `number` varchar(255),
  `cost` decimal(10,2) NOT NULL DEFAULT '0.0',
  `shipped_at` datetime,
  `order_id` int,
  `address_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `state` varchar(255),
  `stock_location_id` int,
  `included_tax_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `additional_tax_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  `adjustment_total` decimal(10,2) NOT NULL DEFAULT '0.0',
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_shipments_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `spree_shipments_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `spree_orders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `spree_line_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `variant_id` int NOT NULL,
  `quantity` int NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `max_quantity` int,
  `currency` varchar(255),
  `distribution_fee` decimal(10,2),
  `final_weight_volume` decimal(10,2),
  `tax_category_id` int,
  `weight` decimal(8,2),
  `height` decimal(8,2),
  `width` decimal(8,2),
  `depth` decimal(8,2),
  `unit_presentation` varchar(255),
  `product_name` varchar(255),
  `variant_name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_line_items_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `spree_orders` (`id`),
  CONSTRAINT `spree_line_items_variant_id_fk` FOREIGN KEY (`variant_id`) REFERENCES `spree_variants` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_adjustments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2),
  `label` varchar(255),
  `adjustable_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mandatory` tinyint(1),
  `originator_id` int,
  `originator_type` varchar(255),
  `eligible` tinyint(1) DEFAULT 1,
  `adjustable_type` varchar(255),
  `included_tax` decimal(10,2) NOT NULL DEFAULT '0.0',
  `state` varchar(255),
  `order_id` int,
  `included` tinyint(1) DEFAULT 0,
  `tax_category_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `invoices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint,
  `number` int,
  `data` json,
  `date` date,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `enterprises` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `long_description` text,
  `is_primary_producer` tinyint(1),
  `contact_name` varchar(255),
  `phone` varchar(255),
  `website` varchar(255),
  `twitter` varchar(255),
  `abn` varchar(255),
  `acn` varchar(255),
  `address_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `facebook` varchar(255),
  `instagram` varchar(255),
  `linkedin` varchar(255),
  `owner_id` int NOT NULL,
  `sells` varchar(255) NOT NULL DEFAULT 'none',
  `producer_profile_only` tinyint(1) DEFAULT 0,
  `permalink` varchar(255) NOT NULL,
  `charges_sales_tax` tinyint(1) NOT NULL DEFAULT 0,
  `email_address` varchar(255),
  `require_login` tinyint(1) NOT NULL DEFAULT 0,
  `allow_guest_orders` tinyint(1) NOT NULL DEFAULT 1,
  `invoice_text` text,
  `display_invoice_logo` tinyint(1) DEFAULT 0,
  `allow_order_changes` tinyint(1) NOT NULL DEFAULT 0,
  `enable_subscriptions` tinyint(1) NOT NULL DEFAULT 0,
  `business_address_id` int,
  `show_customer_names_to_suppliers` tinyint(1) NOT NULL DEFAULT 0,
  `visible` varchar(255) NOT NULL DEFAULT 'only_through_links',
  `whatsapp_phone` varchar(255),
  `hide_ofn_navigation` tinyint(1) NOT NULL DEFAULT 0,
  `white_label_logo_link` text,
  `hide_groups_tab` tinyint(1) DEFAULT 0,
  `external_billing_id` varchar(128),
  `enable_producers_to_edit_orders` tinyint(1) NOT NULL DEFAULT 0,
  `show_customer_contacts_to_suppliers` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `enterprises_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `enterprises_owner_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `enterprise_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `enterprise_id` int NOT NULL,
  `receives_notifications` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `enterprise_roles_enterprise_id_fk` FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises` (`id`),
  CONSTRAINT `enterprise_roles_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `oidc_accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `provider` varchar(255),
  `uid` varchar(255) NOT NULL,
  `token` varchar(255),
  `refresh_token` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_id` int,
  `source_type` varchar(255),
  `details` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_state_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `previous_state` varchar(255),
  `stateful_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `stateful_type` varchar(255),
  `next_state` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_state_changes_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_return_authorizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `number` varchar(255),
  `state` varchar(255),
  `amount` decimal(10,2) NOT NULL DEFAULT '0.0',
  `order_id` int NOT NULL,
  `reason` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `stock_location_id` int,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_return_authorizations_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `spree_orders` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `shop_id` int NOT NULL,
  `customer_id` int NOT NULL,
  `schedule_id` int NOT NULL,
  `payment_method_id` int NOT NULL,
  `shipping_method_id` int NOT NULL,
  `begins_at` datetime,
  `ends_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `bill_address_id` int NOT NULL,
  `ship_address_id` int NOT NULL,
  `canceled_at` datetime,
  `paused_at` datetime,
  `shipping_fee_estimate` decimal(10,2),
  `payment_fee_estimate` decimal(10,2),
  PRIMARY KEY (`id`),
  CONSTRAINT `subscriptions_customer_id_fk` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`),
  CONSTRAINT `subscriptions_shop_id_fk` FOREIGN KEY (`shop_id`) REFERENCES `enterprises` (`id`),
  CONSTRAINT `subscriptions_bill_address_id_fk` FOREIGN KEY (`bill_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `subscriptions_ship_address_id_fk` FOREIGN KEY (`ship_address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `subscriptions_payment_method_id_fk` FOREIGN KEY (`payment_method_id`) REFERENCES `spree_payment_methods` (`id`),
  CONSTRAINT `subscriptions_shipping_method_id_fk` FOREIGN KEY (`shipping_method_id`) REFERENCES `spree_shipping_methods` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `proxy_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subscription_id` int NOT NULL,
  `order_id` int,
  `canceled_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `order_cycle_id` int NOT NULL,
  `placed_at` datetime,
  `confirmed_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `proxy_orders_order_cycle_id_fk` FOREIGN KEY (`order_cycle_id`) REFERENCES `order_cycles` (`id`),
  CONSTRAINT `order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `spree_orders` (`id`),
  CONSTRAINT `proxy_orders_subscription_id_fk` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_paypal_express_checkouts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `payer_id` varchar(255),
  `transaction_id` varchar(255),
  `state` varchar(255) DEFAULT 'complete',
  `refund_transaction_id` varchar(255),
  `refunded_at` datetime,
  `refund_type` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_roles_users` (
  `role_id` int,
  `user_id` int,
  CONSTRAINT `spree_roles_users_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `spree_roles` (`id`),
  CONSTRAINT `spree_roles_users_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `custom_data` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `stripe_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stripe_user_id` varchar(255),
  `stripe_publishable_key` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `enterprise_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `webhook_endpoints` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL DEFAULT 0,
  `webhook_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `column_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `action_name` varchar(255) NOT NULL,
  `column_name` varchar(255) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_tokenized_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `permissable_id` int,
  `permissable_type` varchar(255),
  `token` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int,
  `taggable_id` int,
  `taggable_type` varchar(255),
  `tagger_id` int,
  `tagger_type` varchar(255),
  `context` varchar(128),
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `taggings_count` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_countries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iso_name` varchar(255),
  `iso` varchar(255),
  `iso3` varchar(255),
  `name` varchar(255),
  `numcode` int,
  `states_required` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_states` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `abbr` varchar(255),
  `country_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_states_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `spree_countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_payment_methods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `name` varchar(255),
  `description` text,
  `active` tinyint(1) DEFAULT 1,
  `environment` varchar(255) DEFAULT 'development',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `display_on` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_shipping_methods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `display_on` varchar(255),
  `deleted_at` datetime,
  `require_ship_address` tinyint(1) DEFAULT 1,
  `description` text,
  `tracking_url` varchar(255),
  `tax_category_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_zones` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `default_tax` tinyint(1) DEFAULT 0,
  `zone_members_count` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `key` varchar(255),
  `value_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `order_cycles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `orders_open_at` datetime,
  `orders_close_at` datetime,
  `coordinator_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `processed_at` datetime,
  `automatic_notifications` tinyint(1) DEFAULT 0,
  `mails_sent` tinyint(1) DEFAULT 0,
  `opened_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_cycles_coordinator_id_fk` FOREIGN KEY (`coordinator_id`) REFERENCES `enterprises` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `enterprise_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `on_front_page` tinyint(1),
  `position` int,
  `description` text,
  `long_description` text,
  `address_id` int,
  `email` varchar(255) NOT NULL DEFAULT '',
  `website` varchar(255) NOT NULL DEFAULT '',
  `facebook` varchar(255) NOT NULL DEFAULT '',
  `instagram` varchar(255) NOT NULL DEFAULT '',
  `linkedin` varchar(255) NOT NULL DEFAULT '',
  `twitter` varchar(255) NOT NULL DEFAULT '',
  `owner_id` int,
  `permalink` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `enterprise_groups_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `spree_addresses` (`id`),
  CONSTRAINT `enterprise_groups_owner_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `spree_users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `flipper_features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `terms_of_service_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_products` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text,
  `deleted_at` datetime,
  `meta_keywords` varchar(255),
  `tax_category_id` int,
  `shipping_category_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_buy` tinyint(1),
  `group_buy_unit_size` double,
  `notes` text,
  `inherits_properties` tinyint(1) NOT NULL DEFAULT 1,
  `sku` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spree_variants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sku` varchar(255) NOT NULL DEFAULT '',
  `weight` decimal(8,2),
  `height` decimal(8,2),
  `width` decimal(8,2),
  `depth` decimal(8,2),
  `deleted_at` datetime,
  `product_id` int,
  `cost_currency` varchar(255),
  `unit_value` double,
  `unit_description` varchar(255) DEFAULT '',
  `display_name` varchar(255),
  `display_as` varchar(255),
  `import_date` datetime,
  `variant_unit` varchar(255),
  `unit_presentation` varchar(255),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `tax_category_id` bigint,
  `shipping_category_id` bigint,
  `primary_taxon_id` bigint,
  `supplier_id` bigint,
  `variant_unit_scale` double,
  `variant_unit_name` varchar(255),
  `hub_id` bigint,
  `enterprise_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `spree_variants_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `spree_products` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `connected_apps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `enterprise_id` bigint,
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'ConnectedApp',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

SET FOREIGN_KEY_CHECKS=1;

-- OroCommerce (Oro Inc.) — B2B commerce with storefront customer portal: customers (companies), customer users (buyers),
-- addresses, roles, login attempts, visitors, browsing history, sales representatives, consents, requests for quote (RFQ),
-- quotes, orders, shopping lists, checkouts and payment transactions. Licence OSL-3.0.
-- Source: the Doctrine schema installers (Migrations/Schema/Oro<Bundle>BundleInstaller.php, migration version v7_1_0_1 and
-- siblings) of github.com/oroinc/orocommerce at commit 0da6b964fd873b6abd2d002058a0e9ab4bf34e0a (Consent, Order, RFP, Sale,
-- ShoppingList, Checkout, Payment, PaymentTerm bundles) and github.com/oroinc/customer-portal at commit
-- 8329918575b9edffcc72877cf02cc723b0c26206 (Customer and Website bundles). Every createTable/addColumn/setPrimaryKey/
-- addUniqueIndex/addForeignKeyConstraint call was rendered with Doctrine DBAL's MySQL type mapping (see orocommerce.md);
-- relations the installers add through ExtendExtension::addManyToOneRelation / PaymentTermExtension are the platform's
-- `<association>_id` columns; single-select enum fields live in the entity's `serialized_data` JSON column.
-- Foreign keys to platform tables that are not part of this file (oro_user, oro_organization, oro_product, ...) are omitted.

CREATE TABLE `oro_payment_term` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `payment_term_7c4f1e8e_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_term_7c4f1e8e_id`) REFERENCES `oro_payment_term` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `parent_id` INT DEFAULT NULL,
  `group_id` INT DEFAULT NULL,
  `owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  `payment_term_7c4f1e8e_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `oro_customer_group` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`payment_term_7c4f1e8e_id`) REFERENCES `oro_payment_term` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `role` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `self_managed` TINYINT(1) NOT NULL DEFAULT 0,
  `public` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`role`),
  UNIQUE KEY (`organization_id`, `customer_id`, `label`),
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_website` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `business_unit_owner_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `guest_role_id` INT DEFAULT NULL,
  `default_role_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_oro_website_name_organization` (`name`, `organization_id`),
  FOREIGN KEY (`guest_role_id`) REFERENCES `oro_customer_user_role` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`default_role_id`) REFERENCES `oro_customer_user_role` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_lowercase` VARCHAR(255) NOT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `birthday` DATE DEFAULT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `confirmed` TINYINT(1) NOT NULL,
  `is_guest` TINYINT(1) NOT NULL DEFAULT 0,
  `salt` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `confirmation_token` VARCHAR(255) DEFAULT NULL,
  `password_requested` DATETIME DEFAULT NULL,
  `password_changed` DATETIME DEFAULT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `login_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_duplicate_notification_date` DATETIME DEFAULT NULL,
  `website_id` INT DEFAULT NULL,
  `new_email` VARCHAR(255) DEFAULT NULL,
  `new_email_verification_code` VARCHAR(255) DEFAULT NULL,
  `email_verification_code_requested_at` DATETIME DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_cus_user_access_role` (
  `customer_user_id` INT NOT NULL,
  `customer_user_role_id` INT NOT NULL,
  PRIMARY KEY (`customer_user_id`, `customer_user_role_id`),
  FOREIGN KEY (`customer_user_role_id`) REFERENCES `oro_customer_user_role` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `system_org_id` INT DEFAULT NULL,
  `frontend_owner_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `validated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`frontend_owner_id`) REFERENCES `oro_customer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_adr_adr_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_name` VARCHAR(16) DEFAULT NULL,
  `customer_address_id` INT DEFAULT NULL,
  `is_default` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_customer_adr_id_type_name_idx` (`customer_address_id`, `type_name`),
  FOREIGN KEY (`customer_address_id`) REFERENCES `oro_customer_address` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `system_org_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `frontend_owner_id` INT DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `validated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`frontend_owner_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_cus_usr_adr_to_adr_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_name` VARCHAR(16) DEFAULT NULL,
  `customer_user_address_id` INT DEFAULT NULL,
  `is_default` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_customer_user_adr_id_type_name_idx` (`customer_user_address_id`, `type_name`),
  FOREIGN KEY (`customer_user_address_id`) REFERENCES `oro_customer_user_address` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_cus_navigation_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `customer_user_id` INT NOT NULL,
  `url` VARCHAR(8190) NOT NULL,
  `title` LONGTEXT NOT NULL,
  `visited_at` DATETIME NOT NULL,
  `visit_count` INT NOT NULL,
  `route` VARCHAR(128) NOT NULL,
  `route_parameters` LONGTEXT NOT NULL,
  `entity_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_sales_reps` (
  `customer_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`customer_id`, `user_id`),
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user_sales_reps` (
  `customer_user_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`customer_user_id`, `user_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customer_user_id` INT NOT NULL,
  `website_id` INT NOT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `localization_id` INT DEFAULT NULL,
  `product_filters_sidebar_expanded` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_cus_user_website` (`customer_user_id`, `website_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_user_login` (
  `id` CHAR(36) DEFAULT NULL,
  `attempt_at` DATETIME NOT NULL,
  `success` TINYINT(1) NOT NULL,
  `source` INT NOT NULL,
  `username` VARCHAR(255) DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  `ip` VARCHAR(255) DEFAULT NULL,
  `user_agent` LONGTEXT DEFAULT NULL DEFAULT '',
  `context` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_customer_visitor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `last_visit` DATETIME NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `customer_user_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_F7961166BBB3772B` (`customer_user_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_consent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `content_node_id` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `mandatory` TINYINT(1) NOT NULL DEFAULT 1,
  `declined_notification` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_consent_acceptance` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `consent_id` INT NOT NULL,
  `landing_page_id` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `customerUser_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_customeru_consent_uidx` (`consent_id`, `customerUser_id`),
  FOREIGN KEY (`consent_id`) REFERENCES `oro_consent` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`customerUser_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customer_address_id` INT DEFAULT NULL,
  `customer_user_address_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `from_external_source` TINYINT(1) NOT NULL DEFAULT 0,
  `validated_at` DATETIME DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `draft_session_uuid` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_address_id`) REFERENCES `oro_customer_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_user_address_id`) REFERENCES `oro_customer_user_address` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `created_by_user_id` INT DEFAULT NULL,
  `shipping_address_id` INT DEFAULT NULL,
  `billing_address_id` INT DEFAULT NULL,
  `website_id` INT DEFAULT NULL,
  `parent_id` INT DEFAULT NULL,
  `identifier` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `po_number` VARCHAR(255) DEFAULT NULL,
  `customer_notes` LONGTEXT DEFAULT NULL,
  `ship_until` DATE DEFAULT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `shipping_method` VARCHAR(255) DEFAULT NULL,
  `shipping_method_type` VARCHAR(255) DEFAULT NULL,
  `subtotal_value` NUMERIC(19, 4) DEFAULT NULL,
  `subtotal_currency` VARCHAR(3) DEFAULT NULL,
  `base_subtotal_value` NUMERIC(19, 4) DEFAULT NULL,
  `subtotal_with_discounts_value` NUMERIC(19, 4) DEFAULT NULL,
  `subtotal_with_discounts_currency` VARCHAR(3) DEFAULT NULL,
  `subtotal_with_discounts` NUMERIC(19, 4) DEFAULT NULL,
  `total_value` NUMERIC(19, 4) DEFAULT NULL,
  `total_currency` VARCHAR(3) DEFAULT NULL,
  `base_total_value` NUMERIC(19, 4) DEFAULT NULL,
  `estimated_shipping_cost_amount` NUMERIC(19, 4) DEFAULT NULL,
  `override_shipping_cost_amount` NUMERIC(19, 4) DEFAULT NULL,
  `total_discounts_amount` NUMERIC(19, 4) DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `source_entity_class` VARCHAR(255) DEFAULT NULL,
  `source_entity_id` INT DEFAULT NULL,
  `source_entity_identifier` VARCHAR(255) DEFAULT NULL,
  `is_external` TINYINT(1) NOT NULL DEFAULT 0,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `draft_session_uuid` CHAR(36) DEFAULT NULL,
  `draft_source_id` INT DEFAULT NULL,
  `payment_term_7c4f1e8e_id` INT DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_oro_order_identifier` (`identifier`),
  UNIQUE KEY `uniq_c036ff904d4cff2b` (`shipping_address_id`),
  UNIQUE KEY `uniq_c036ff9079d0c0e4` (`billing_address_id`),
  FOREIGN KEY (`shipping_address_id`) REFERENCES `oro_order_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`billing_address_id`) REFERENCES `oro_order_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `oro_order` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`draft_source_id`) REFERENCES `oro_order` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`payment_term_7c4f1e8e_id`) REFERENCES `oro_payment_term` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_discount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order_id` INT NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `percent` DOUBLE PRECISION DEFAULT NULL,
  `amount` NUMERIC(19, 4) NOT NULL,
  `draft_session_uuid` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `oro_order` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `visitor_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `cancellation_reason` LONGTEXT DEFAULT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `company` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) DEFAULT NULL,
  `note` LONGTEXT DEFAULT NULL,
  `po_number` VARCHAR(255) DEFAULT NULL,
  `ship_until` DATE DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME DEFAULT NULL,
  `website_id` INT DEFAULT NULL,
  `project_name` VARCHAR(255) DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`visitor_id`) REFERENCES `oro_customer_visitor` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_request_product` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_id` INT DEFAULT NULL,
  `request_id` INT DEFAULT NULL,
  `product_sku` VARCHAR(255) NOT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`request_id`) REFERENCES `oro_rfp_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_line_item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_unit_id` VARCHAR(255) DEFAULT NULL,
  `product_id` INT DEFAULT NULL,
  `parent_product_id` INT DEFAULT NULL,
  `product_sku` VARCHAR(255) DEFAULT NULL,
  `product_name` VARCHAR(255) DEFAULT NULL,
  `product_variant_fields` LONGTEXT DEFAULT NULL,
  `free_form_product` VARCHAR(255) DEFAULT NULL,
  `quantity` DOUBLE PRECISION DEFAULT NULL,
  `product_unit_code` VARCHAR(255) DEFAULT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(255) DEFAULT NULL,
  `price_type` INT NOT NULL,
  `ship_by` DATE DEFAULT NULL,
  `from_external_source` TINYINT(1) NOT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  `shipping_method` VARCHAR(255) DEFAULT NULL,
  `shipping_method_type` VARCHAR(255) DEFAULT NULL,
  `shipping_estimate_amount` NUMERIC(19, 4) DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  `draft_session_uuid` CHAR(36) DEFAULT NULL,
  `draft_source_id` INT DEFAULT NULL,
  `draft_delete` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `requestProduct_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`draft_source_id`) REFERENCES `oro_order_line_item` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`requestProduct_id`) REFERENCES `oro_rfp_request_product` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_line_items` (
  `order_id` INT NOT NULL,
  `line_item_id` INT NOT NULL,
  PRIMARY KEY (`line_item_id`, `order_id`),
  FOREIGN KEY (`order_id`) REFERENCES `oro_order` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`line_item_id`) REFERENCES `oro_order_line_item` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_shipping_tracking` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `method` VARCHAR(255) DEFAULT NULL,
  `number` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_order_shipping_trackings` (
  `order_id` INT NOT NULL,
  `tracking_id` INT NOT NULL,
  PRIMARY KEY (`tracking_id`, `order_id`),
  FOREIGN KEY (`order_id`) REFERENCES `oro_order` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tracking_id`) REFERENCES `oro_order_shipping_tracking` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_request_prod_item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_unit_id` VARCHAR(255) DEFAULT NULL,
  `request_product_id` INT DEFAULT NULL,
  `quantity` DOUBLE PRECISION DEFAULT NULL,
  `product_unit_code` VARCHAR(255) NOT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`request_product_id`) REFERENCES `oro_rfp_request_product` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_assigned_users` (
  `request_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`request_id`, `user_id`),
  FOREIGN KEY (`request_id`) REFERENCES `oro_rfp_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_assigned_cus_users` (
  `request_id` INT NOT NULL,
  `customer_user_id` INT NOT NULL,
  PRIMARY KEY (`request_id`, `customer_user_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`request_id`) REFERENCES `oro_rfp_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_rfp_request_add_note` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `request_id` INT DEFAULT NULL,
  `type` VARCHAR(100) NOT NULL,
  `author` VARCHAR(100) NOT NULL,
  `user_id` INT NOT NULL,
  `text` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`request_id`) REFERENCES `oro_rfp_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_quote_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customer_address_id` INT DEFAULT NULL,
  `customer_user_address_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `validated_at` DATETIME DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_address_id`) REFERENCES `oro_customer_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_user_address_id`) REFERENCES `oro_customer_user_address` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_sale_quote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guest_access_id` CHAR(36) DEFAULT NULL,
  `visitor_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `request_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `shipping_address_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `qid` VARCHAR(255) DEFAULT NULL,
  `po_number` VARCHAR(255) DEFAULT NULL,
  `ship_until` DATE DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `valid_until` DATETIME DEFAULT NULL,
  `expired` TINYINT(1) NOT NULL DEFAULT 0,
  `prices_changed` TINYINT(1) NOT NULL DEFAULT 0,
  `website_id` INT DEFAULT NULL,
  `shipping_method` VARCHAR(255) DEFAULT NULL,
  `shipping_method_type` VARCHAR(255) DEFAULT NULL,
  `estimated_shipping_cost_amount` NUMERIC(19, 4) DEFAULT NULL,
  `override_shipping_cost_amount` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `project_name` VARCHAR(255) DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `payment_term_7c4f1e8e_id` INT DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_4F66B6F64D4CFF2B` (`shipping_address_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`request_id`) REFERENCES `oro_rfp_request` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`shipping_address_id`) REFERENCES `oro_quote_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`visitor_id`) REFERENCES `oro_customer_visitor` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`payment_term_7c4f1e8e_id`) REFERENCES `oro_payment_term` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_sale_quote_product` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_id` INT DEFAULT NULL,
  `product_replacement_id` INT DEFAULT NULL,
  `quote_id` INT DEFAULT NULL,
  `product_sku` VARCHAR(255) DEFAULT NULL,
  `product_replacement_sku` VARCHAR(255) DEFAULT NULL,
  `type` SMALLINT DEFAULT NULL,
  `free_form_product` VARCHAR(255) DEFAULT NULL,
  `free_form_product_replacement` VARCHAR(255) DEFAULT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  `comment_customer` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`quote_id`) REFERENCES `oro_sale_quote` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_sale_quote_prod_offer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_unit_id` VARCHAR(255) DEFAULT NULL,
  `quote_product_id` INT DEFAULT NULL,
  `product_unit_code` VARCHAR(255) NOT NULL,
  `quantity` DOUBLE PRECISION DEFAULT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(255) DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  `price_type` SMALLINT NOT NULL,
  `allow_increments` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`quote_product_id`) REFERENCES `oro_sale_quote_product` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_sale_quote_prod_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_unit_id` VARCHAR(255) DEFAULT NULL,
  `request_product_item_id` INT DEFAULT NULL,
  `quote_product_id` INT DEFAULT NULL,
  `product_unit_code` VARCHAR(255) NOT NULL,
  `quantity` DOUBLE PRECISION DEFAULT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(255) DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`request_product_item_id`) REFERENCES `oro_rfp_request_prod_item` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`quote_product_id`) REFERENCES `oro_sale_quote_product` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_quote_demand` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customer_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `visitor_id` INT DEFAULT NULL,
  `quote_id` INT DEFAULT NULL,
  `subtotal` NUMERIC(19, 4) DEFAULT NULL,
  `total` NUMERIC(19, 4) DEFAULT NULL,
  `total_currency` VARCHAR(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`quote_id`) REFERENCES `oro_sale_quote` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`visitor_id`) REFERENCES `oro_customer_visitor` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_quote_product_demand` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `quote_demand_id` INT DEFAULT NULL,
  `quote_product_offer_id` INT DEFAULT NULL,
  `quantity` DOUBLE PRECISION NOT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`quote_demand_id`) REFERENCES `oro_quote_demand` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`quote_product_offer_id`) REFERENCES `oro_sale_quote_prod_offer` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_quote_assigned_users` (
  `quote_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`quote_id`, `user_id`),
  FOREIGN KEY (`quote_id`) REFERENCES `oro_sale_quote` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_quote_assigned_cus_users` (
  `quote_id` INT NOT NULL,
  `customer_user_id` INT NOT NULL,
  PRIMARY KEY (`quote_id`, `customer_user_id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`quote_id`) REFERENCES `oro_sale_quote` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_shopping_list` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `website_id` INT DEFAULT NULL,
  `label` VARCHAR(255) NOT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_shopping_list_line_item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `shopping_list_id` INT DEFAULT NULL,
  `saved_for_later_list_id` INT DEFAULT NULL,
  `product_id` INT NOT NULL,
  `parent_product_id` INT DEFAULT NULL,
  `unit_code` VARCHAR(255) NOT NULL,
  `quantity` DOUBLE PRECISION NOT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`shopping_list_id`) REFERENCES `oro_shopping_list` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`saved_for_later_list_id`) REFERENCES `oro_shopping_list` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_shopping_list_total` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `shopping_list_id` INT NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `subtotal_value` NUMERIC(19, 4) DEFAULT NULL,
  `is_valid` TINYINT(1) NOT NULL,
  `customer_user_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_shopping_list_currency_customer_user` (`shopping_list_id`, `currency`, `customer_user_id`),
  FOREIGN KEY (`shopping_list_id`) REFERENCES `oro_shopping_list` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_checkout_source` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `quoteDemand_id` INT DEFAULT NULL,
  `shoppingList_id` INT DEFAULT NULL,
  `order_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`quoteDemand_id`) REFERENCES `oro_quote_demand` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`shoppingList_id`) REFERENCES `oro_shopping_list` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`order_id`) REFERENCES `oro_order` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_checkout` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `source_id` INT NOT NULL,
  `website_id` INT DEFAULT NULL,
  `customer_user_id` INT DEFAULT NULL,
  `registered_customer_user_id` INT DEFAULT NULL,
  `customer_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `order_id` INT DEFAULT NULL,
  `po_number` VARCHAR(255) DEFAULT NULL,
  `customer_notes` LONGTEXT DEFAULT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `ship_until` DATE DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `shipping_estimate_amount` NUMERIC(19, 4) DEFAULT NULL,
  `shipping_estimate_currency` VARCHAR(3) DEFAULT NULL,
  `payment_method` VARCHAR(255) DEFAULT NULL,
  `billing_address_id` INT DEFAULT NULL,
  `shipping_address_id` INT DEFAULT NULL,
  `save_billing_address` TINYINT(1) NOT NULL DEFAULT 1,
  `ship_to_billing_address` TINYINT(1) NOT NULL DEFAULT 0,
  `save_shipping_address` TINYINT(1) NOT NULL DEFAULT 1,
  `shipping_method` VARCHAR(255) DEFAULT NULL,
  `shipping_method_type` VARCHAR(255) DEFAULT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `payment_in_progress` TINYINT(1) NOT NULL DEFAULT 0,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `additional_data` LONGTEXT DEFAULT NULL,
  `completed_data` JSON NOT NULL,
  `line_item_group_shipping_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_checkout_bill_addr` (`billing_address_id`),
  UNIQUE KEY `uniq_checkout_shipp_addr` (`shipping_address_id`),
  UNIQUE KEY `uniq_e56b559d953c1c61` (`source_id`),
  UNIQUE KEY `UNIQ_C040FD598D9F6D38` (`order_id`),
  UNIQUE KEY `UNIQ_C040FD5916A5A0D` (`registered_customer_user_id`),
  FOREIGN KEY (`source_id`) REFERENCES `oro_checkout_source` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `oro_order` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`website_id`) REFERENCES `oro_website` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`registered_customer_user_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`customer_id`) REFERENCES `oro_customer` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`billing_address_id`) REFERENCES `oro_order_address` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`shipping_address_id`) REFERENCES `oro_order_address` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_checkout_line_item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `checkout_id` INT DEFAULT NULL,
  `product_id` INT DEFAULT NULL,
  `parent_product_id` INT DEFAULT NULL,
  `product_unit_id` VARCHAR(255) DEFAULT NULL,
  `product_sku` VARCHAR(255) DEFAULT NULL,
  `free_form_product` VARCHAR(255) DEFAULT NULL,
  `quantity` DOUBLE PRECISION DEFAULT NULL,
  `product_unit_code` VARCHAR(255) DEFAULT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `currency` VARCHAR(255) DEFAULT NULL,
  `price_type` INT NOT NULL,
  `from_external_source` TINYINT(1) NOT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  `is_price_fixed` TINYINT(1) NOT NULL,
  `shipping_method` VARCHAR(255) DEFAULT NULL,
  `shipping_method_type` VARCHAR(255) DEFAULT NULL,
  `shipping_estimate_amount` NUMERIC(19, 4) DEFAULT NULL,
  `checksum` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`checkout_id`) REFERENCES `oro_checkout` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_checkout_subtotal` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `checkout_id` INT NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `value` NUMERIC(19, 4) DEFAULT NULL,
  `combined_price_list_id` INT DEFAULT NULL,
  `price_list_id` INT DEFAULT NULL,
  `is_valid` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_checkout_currency` (`checkout_id`, `currency`),
  FOREIGN KEY (`checkout_id`) REFERENCES `oro_checkout` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_checkout_workflow_state` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `entity_id` INT NOT NULL,
  `entity_class` VARCHAR(255) NOT NULL,
  `state_data` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_checkout_wf_state_uidx` (`entity_id`, `entity_class`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_payment_transaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entity_class` VARCHAR(255) NOT NULL,
  `entity_identifier` INT NOT NULL,
  `access_identifier` VARCHAR(255) NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `payment_method` VARCHAR(255) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `reference` VARCHAR(255) DEFAULT NULL,
  `amount` VARCHAR(255) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `successful` TINYINT(1) NOT NULL,
  `source_payment_transaction` INT DEFAULT NULL,
  `request` LONGTEXT DEFAULT NULL,
  `response` LONGTEXT DEFAULT NULL,
  `webhook_request_logs` LONGTEXT DEFAULT NULL,
  `transaction_options` LONGTEXT DEFAULT NULL,
  `frontend_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_pay_trans_access_uidx` (`access_identifier`, `access_token`),
  FOREIGN KEY (`source_payment_transaction`) REFERENCES `oro_payment_transaction` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`frontend_owner_id`) REFERENCES `oro_customer_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_payment_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entity_class` VARCHAR(255) NOT NULL,
  `entity_identifier` INT NOT NULL,
  `payment_status` VARCHAR(255) NOT NULL,
  `forced` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oro_payment_status_unique` (`entity_class`, `entity_identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_payment_mtds_cfgs_rl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rule_id` INT NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `organization_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oro_payment_method_config` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configs_rule_id` INT NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `options` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`configs_rule_id`) REFERENCES `oro_payment_mtds_cfgs_rl` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

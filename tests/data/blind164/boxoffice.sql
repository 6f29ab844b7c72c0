-- Hasgeek Boxoffice (ticketing for Hasgeek's conferences and workshops; Flask + SQLAlchemy, PostgreSQL)
-- github.com/hasgeek/boxoffice, commit ef49365037946314fb9d312acea9de6bf1d675b9 (AGPL-3.0)
-- Made by replaying upstream's 35 Alembic migrations (migrations/versions/*.py) into a scratch PostgreSQL 15
-- database and writing the resulting tables as MySQL DDL: column names, order, nullability, primary, unique and
-- foreign keys as upstream's database has them; uuid -> CHAR(36), jsonb -> JSON, timestamptz -> DATETIME,
-- numeric -> DECIMAL(65,30), boolean -> TINYINT(1). Server defaults, check constraints and plain indexes left out.

CREATE TABLE `user` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `status` INT NOT NULL,
  `lastuser_token_scope` VARCHAR(250),
  `lastuser_token_type` VARCHAR(250),
  `userinfo` JSON,
  `email` VARCHAR(80),
  `lastuser_token` VARCHAR(22),
  `username` VARCHAR(80),
  `userid` VARCHAR(22) NOT NULL,
  `fullname` VARCHAR(80) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_lastuser_token_key` (`lastuser_token`),
  UNIQUE KEY `user_userid_key` (`userid`),
  UNIQUE KEY `user_username_key` (`username`)
);

CREATE TABLE `organization` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `userid` VARCHAR(22) NOT NULL,
  `status` INT NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `details` JSON NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_email` VARCHAR(254) NOT NULL,
  `invoicer_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_contact_email_key` (`contact_email`),
  UNIQUE KEY `organization_name_key` (`name`),
  UNIQUE KEY `organization_userid_key` (`userid`),
  CONSTRAINT `organization_invoicer_id_fkey` FOREIGN KEY (`invoicer_id`) REFERENCES `organization` (`id`)
);

CREATE TABLE `item_collection` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description_text` TEXT NOT NULL,
  `description_html` TEXT NOT NULL,
  `organization_id` INT NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `tax_type` VARCHAR(80),
  `place_supply_country_code` VARCHAR(2),
  `place_supply_state_code` VARCHAR(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `item_collection_organization_id_name_key` (`organization_id`, `name`),
  CONSTRAINT `item_collection_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
);

CREATE TABLE `customer_order` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `organization_id` INT NOT NULL,
  `item_collection_id` CHAR(36) NOT NULL,
  `status` INT NOT NULL,
  `initiated_at` DATETIME NOT NULL,
  `paid_at` DATETIME,
  `invoiced_at` DATETIME,
  `cancelled_at` DATETIME,
  `access_token` VARCHAR(22) NOT NULL,
  `buyer_email` VARCHAR(254) NOT NULL,
  `buyer_fullname` VARCHAR(80) NOT NULL,
  `buyer_phone` VARCHAR(16) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `invoice_no` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_order_access_token_key` (`access_token`),
  UNIQUE KEY `customer_order_organization_id_invoice_no_key` (`organization_id`, `invoice_no`),
  CONSTRAINT `customer_order_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `customer_order_item_collection_id_fkey` FOREIGN KEY (`item_collection_id`) REFERENCES `item_collection` (`id`),
  CONSTRAINT `customer_order_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `discount_policy` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `organization_id` INT NOT NULL,
  `discount_type` INT NOT NULL,
  `item_quantity_min` INT NOT NULL,
  `discount_code_base` VARCHAR(20),
  `percentage` INT,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `is_price_based` TINYINT(1) NOT NULL,
  `secret` VARCHAR(50),
  `bulk_coupon_usage_limit` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discount_policy_organization_id_discount_code_base_key` (`organization_id`, `discount_code_base`),
  UNIQUE KEY `discount_policy_organization_id_name_key` (`organization_id`, `name`),
  CONSTRAINT `discount_policy_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
);

CREATE TABLE `discount_coupon` (
  `code` VARCHAR(100) NOT NULL,
  `discount_policy_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `usage_limit` INT NOT NULL,
  `used_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discount_coupon_discount_policy_id_code_key` (`discount_policy_id`, `code`),
  CONSTRAINT `discount_coupon_discount_policy_id_fkey` FOREIGN KEY (`discount_policy_id`) REFERENCES `discount_policy` (`id`)
);

CREATE TABLE `category` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `item_collection_id` CHAR(36) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `seq` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `category_item_collection_id_name_key` (`item_collection_id`, `name`),
  UNIQUE KEY `category_item_collection_id_seq_key` (`item_collection_id`, `seq`),
  CONSTRAINT `category_item_collection_id_fkey` FOREIGN KEY (`item_collection_id`) REFERENCES `item_collection` (`id`)
);

CREATE TABLE `item` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description_text` TEXT NOT NULL,
  `description_html` TEXT NOT NULL,
  `item_collection_id` CHAR(36) NOT NULL,
  `category_id` INT NOT NULL,
  `quantity_total` INT NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `assignee_details` JSON NOT NULL,
  `cancellable_until` DATETIME,
  `seq` INT NOT NULL,
  `restricted_entry` TINYINT(1) NOT NULL,
  `place_supply_country_code` VARCHAR(2),
  `place_supply_state_code` VARCHAR(3),
  `event_date` DATE,
  `transferable_until` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `item_item_collection_id_name_key` (`item_collection_id`, `name`),
  CONSTRAINT `item_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`),
  CONSTRAINT `item_item_collection_id_fkey` FOREIGN KEY (`item_collection_id`) REFERENCES `item_collection` (`id`)
);

CREATE TABLE `line_item` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `customer_order_id` CHAR(36) NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  `discount_policy_id` CHAR(36),
  `discount_coupon_id` CHAR(36),
  `base_amount` DECIMAL(65,30) NOT NULL,
  `discounted_amount` DECIMAL(65,30) NOT NULL,
  `final_amount` DECIMAL(65,30) NOT NULL,
  `status` INT NOT NULL,
  `ordered_at` DATETIME,
  `cancelled_at` DATETIME,
  `line_item_seq` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `previous_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `line_item_customer_order_id_line_item_seq_key` (`customer_order_id`, `line_item_seq`),
  UNIQUE KEY `line_item_previous_id_key` (`previous_id`),
  CONSTRAINT `line_item_customer_order_id_fkey` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_order` (`id`),
  CONSTRAINT `line_item_discount_policy_id_fkey` FOREIGN KEY (`discount_policy_id`) REFERENCES `discount_policy` (`id`),
  CONSTRAINT `line_item_discount_coupon_id_fkey` FOREIGN KEY (`discount_coupon_id`) REFERENCES `discount_coupon` (`id`),
  CONSTRAINT `line_item_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`),
  CONSTRAINT `line_item_previous_id_fkey` FOREIGN KEY (`previous_id`) REFERENCES `line_item` (`id`)
);

CREATE TABLE `assignee` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `fullname` VARCHAR(80) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `phone` VARCHAR(16),
  `details` JSON NOT NULL,
  `user_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  `current` TINYINT(1),
  `line_item_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assignee_line_item_id_current_key` (`line_item_id`, `current`),
  CONSTRAINT `assignee_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `assignee_line_item_id_fkey` FOREIGN KEY (`line_item_id`) REFERENCES `line_item` (`id`)
);

CREATE TABLE `invoice` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `status` SMALLINT NOT NULL,
  `invoicee_name` VARCHAR(255),
  `invoicee_company` VARCHAR(255),
  `invoicee_email` VARCHAR(254),
  `invoice_no` INT,
  `invoiced_at` DATETIME NOT NULL,
  `street_address_1` VARCHAR(255),
  `street_address_2` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `state_code` VARCHAR(3),
  `country_code` VARCHAR(2),
  `postcode` VARCHAR(8),
  `buyer_taxid` VARCHAR(255),
  `seller_taxid` VARCHAR(255),
  `customer_order_id` CHAR(36) NOT NULL,
  `organization_id` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `fy_end_at` DATETIME NOT NULL,
  `fy_start_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_organization_id_fy_start_at_fy_end_at_invoice_no_key` (`organization_id`, `fy_start_at`, `fy_end_at`, `invoice_no`),
  CONSTRAINT `invoice_customer_order_id_fkey` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_order` (`id`),
  CONSTRAINT `invoice_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
);

CREATE TABLE `item_discount_policy` (
  `item_id` CHAR(36) NOT NULL,
  `discount_policy_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`item_id`, `discount_policy_id`),
  CONSTRAINT `item_discount_policy_discount_policy_id_fkey` FOREIGN KEY (`discount_policy_id`) REFERENCES `discount_policy` (`id`),
  CONSTRAINT `item_discount_policy_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`)
);

CREATE TABLE `online_payment` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `customer_order_id` CHAR(36) NOT NULL,
  `pg_paymentid` VARCHAR(80) NOT NULL,
  `pg_payment_status` INT NOT NULL,
  `confirmed_at` DATETIME,
  `failed_at` DATETIME,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `online_payment_pg_paymentid_key` (`pg_paymentid`),
  CONSTRAINT `online_payment_customer_order_id_fkey` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_order` (`id`)
);

CREATE TABLE `order_session` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `customer_order_id` CHAR(36) NOT NULL,
  `referrer` VARCHAR(2083),
  `utm_source` VARCHAR(250) NOT NULL,
  `utm_medium` VARCHAR(250) NOT NULL,
  `utm_term` VARCHAR(250) NOT NULL,
  `utm_content` VARCHAR(250) NOT NULL,
  `utm_id` VARCHAR(250) NOT NULL,
  `utm_campaign` VARCHAR(250) NOT NULL,
  `gclid` VARCHAR(250) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `host` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_session_customer_order_id_fkey` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_order` (`id`)
);

CREATE TABLE `payment_transaction` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `customer_order_id` CHAR(36) NOT NULL,
  `online_payment_id` CHAR(36),
  `amount` DECIMAL(65,30) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `transaction_type` INT NOT NULL,
  `transaction_method` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `transaction_ref` VARCHAR(80),
  `internal_note` VARCHAR(250),
  `refund_description` VARCHAR(250),
  `note_to_user_html` TEXT,
  `note_to_user_text` TEXT,
  `refunded_at` DATETIME,
  `pg_refundid` VARCHAR(80),
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_transaction_pg_refundid_key` (`pg_refundid`),
  CONSTRAINT `payment_transaction_customer_order_id_fkey` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_order` (`id`),
  CONSTRAINT `payment_transaction_online_payment_id_fkey` FOREIGN KEY (`online_payment_id`) REFERENCES `online_payment` (`id`)
);

CREATE TABLE `price` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  `start_at` DATETIME NOT NULL,
  `end_at` DATETIME NOT NULL,
  `amount` DECIMAL(65,30) NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `title` VARCHAR(250) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `discount_policy_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `price_item_id_discount_policy_id_key` (`item_id`, `discount_policy_id`),
  UNIQUE KEY `price_item_id_name_key` (`item_id`, `name`),
  CONSTRAINT `price_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`),
  CONSTRAINT `price_discount_policy_id_fkey` FOREIGN KEY (`discount_policy_id`) REFERENCES `discount_policy` (`id`)
);


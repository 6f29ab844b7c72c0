-- leihs (equipment lending / booking system of universities and art schools; ZHdK Zurich University of the Arts and
-- other Swiss and German institutions), github.com/leihs/leihs_database `db/structure.sql` (the PostgreSQL
-- `pg_dump --schema-only` that leihs keeps after its 65 migrations; submodule `database` of github.com/leihs/leihs),
-- commit e59dfa037546f30dc99b58a01a027593fd2de307 (GPL-3.0, the LICENSE of github.com/leihs/leihs).
-- Written as MySQL by a small script: uuid -> CHAR(36); text -> TEXT (VARCHAR(255) where the column is part of a
-- key); character varying -> VARCHAR(255) (or its length; above 2000 -> TEXT); jsonb -> JSON; timestamp with / without
-- time zone -> DATETIME; boolean -> TINYINT(1); numeric -> DECIMAL. Function defaults (uuid_generate_v4(), now(),
-- base32 tokens) and CHECK constraints left out; the generated `name` of models / options written as a plain column.
-- Primary, unique and foreign keys as upstream; unique indexes on lower(col) written as UNIQUE (col); the
-- expression / partial unique indexes of `rooms` left out. Column names and order are upstream's.
-- Left out (tables): the procurement app's 17 `procurement_*` tables, accessories_inventory_pools,
-- ar_internal_metadata, disabled_fields, inventory_pools_model_groups, model_group_links, models_compatibles,
-- ms365_mailboxes_aliases, schema_migrations; views, functions and triggers.

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `org_id` VARCHAR(255),
  `searchable` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `admin_protected` TINYINT(1) NOT NULL DEFAULT 0,
  `system_admin_protected` TINYINT(1) NOT NULL DEFAULT 0,
  `organization` VARCHAR(255) NOT NULL DEFAULT 'local',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_name_and_organization` (`name`, `organization`),
  UNIQUE KEY `index_groups_on_organization_and_org_id` (`organization`, `org_id`)
);

CREATE TABLE `inventory_pools` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `default_contract_note` TEXT,
  `shortname` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `print_contracts` TINYINT(1) DEFAULT 1,
  `automatic_suspension` TINYINT(1) NOT NULL DEFAULT 0,
  `automatic_suspension_reason` TEXT,
  `required_purpose` TINYINT(1) DEFAULT 1,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `borrow_reservation_advance_days` INT NOT NULL DEFAULT 0,
  `borrow_maximum_reservation_duration` INT,
  `deliver_received_order_emails` TINYINT(1) NOT NULL DEFAULT 0,
  `email_signature` TEXT,
  `contact` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_inventory_pools_on_name` (`name`)
);

CREATE TABLE `workdays` (
  `id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `monday` TINYINT(1) NOT NULL DEFAULT 1,
  `tuesday` TINYINT(1) NOT NULL DEFAULT 1,
  `wednesday` TINYINT(1) NOT NULL DEFAULT 1,
  `thursday` TINYINT(1) NOT NULL DEFAULT 1,
  `friday` TINYINT(1) NOT NULL DEFAULT 1,
  `saturday` TINYINT(1) NOT NULL DEFAULT 0,
  `sunday` TINYINT(1) NOT NULL DEFAULT 0,
  `max_visits` JSON NOT NULL,
  `monday_info` TEXT,
  `tuesday_info` TEXT,
  `wednesday_info` TEXT,
  `thursday_info` TEXT,
  `friday_info` TEXT,
  `saturday_info` TEXT,
  `sunday_info` TEXT,
  `monday_orders_processing` TINYINT(1) NOT NULL DEFAULT 1,
  `tuesday_orders_processing` TINYINT(1) NOT NULL DEFAULT 1,
  `wednesday_orders_processing` TINYINT(1) NOT NULL DEFAULT 1,
  `thursday_orders_processing` TINYINT(1) NOT NULL DEFAULT 1,
  `friday_orders_processing` TINYINT(1) NOT NULL DEFAULT 1,
  `saturday_orders_processing` TINYINT(1) NOT NULL DEFAULT 0,
  `sunday_orders_processing` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_workdays_on_inventory_pool_id` (`inventory_pool_id`),
  CONSTRAINT `fk_rails_a18bc267df` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`) ON DELETE CASCADE
);

CREATE TABLE `holidays` (
  `id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `orders_processing` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c189a29194` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`) ON DELETE CASCADE
);

CREATE TABLE `buildings` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_buildings_on_code` (`code`),
  UNIQUE KEY `index_buildings_on_name` (`name`)
);

CREATE TABLE `rooms` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `building_id` CHAR(36) NOT NULL,
  `general` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a3957b23a8` FOREIGN KEY (`building_id`) REFERENCES `buildings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `suppliers` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `note` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_suppliers_on_name` (`name`)
);

CREATE TABLE `options` (
  `id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `inventory_code` VARCHAR(255) NOT NULL,
  `manufacturer` VARCHAR(255),
  `product` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255),
  `price` DECIMAL(8,2),
  `name` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_insensitive_inventory_code_for_options` (`inventory_code`),
  CONSTRAINT `fk_rails_fd8397be78` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`)
);

CREATE TABLE `model_groups` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entitlement_groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `is_verification_required` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_45f96f9df2` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`)
);

CREATE TABLE `entitlement_groups_groups` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `entitlement_group_id` CHAR(36) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entitlement_groups_groups_idx` (`entitlement_group_id`, `group_id`),
  CONSTRAINT `fk_rails_34e85ae630` FOREIGN KEY (`entitlement_group_id`) REFERENCES `entitlement_groups` (`id`),
  CONSTRAINT `fk_rails_35f9f6c9e0` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `images` (
  `id` CHAR(36) NOT NULL,
  `target_id` CHAR(36),
  `target_type` VARCHAR(255),
  `content_type` VARCHAR(255),
  `filename` VARCHAR(255) NOT NULL,
  `size` INT,
  `parent_id` CHAR(36),
  `content` TEXT,
  `thumbnail` TINYINT(1) DEFAULT 0,
  `width` INT,
  `height` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d3995b6223` FOREIGN KEY (`parent_id`) REFERENCES `images` (`id`) ON DELETE CASCADE
);

CREATE TABLE `languages` (
  `name` VARCHAR(255),
  `locale` VARCHAR(255) NOT NULL,
  `default` TINYINT(1),
  `active` TINYINT(1),
  PRIMARY KEY (`locale`),
  UNIQUE KEY `index_languages_on_name` (`name`)
);

CREATE TABLE `fields` (
  `id` VARCHAR(50) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `position` INT NOT NULL,
  `data` JSON NOT NULL,
  `dynamic` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentication_systems` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `priority` INT NOT NULL DEFAULT 0,
  `internal_private_key` TEXT,
  `internal_public_key` TEXT,
  `external_public_key` TEXT,
  `external_sign_in_url` TEXT,
  `send_email` TINYINT(1) NOT NULL DEFAULT 1,
  `send_org_id` TINYINT(1) NOT NULL DEFAULT 0,
  `send_login` TINYINT(1) NOT NULL DEFAULT 0,
  `shortcut_sign_in_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `external_sign_out_url` TEXT,
  `sign_up_email_match` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentication_systems_groups` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `authentication_system_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_auth_sys_groups` (`group_id`, `authentication_system_id`),
  CONSTRAINT `fk_rails_ae3d1b0414` FOREIGN KEY (`authentication_system_id`) REFERENCES `authentication_systems` (`id`),
  CONSTRAINT `fk_rails_dcba69d719` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `audited_requests` (
  `txid` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `path` TEXT,
  `method` TEXT,
  `created_at` DATETIME,
  `http_uid` TEXT,
  `id` CHAR(36) NOT NULL,
  `tx2id` CHAR(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `audited_changes` (
  `id` CHAR(36) NOT NULL,
  `txid` CHAR(36) NOT NULL,
  `tg_op` TEXT NOT NULL,
  `table_name` TEXT NOT NULL,
  `changed` JSON,
  `created_at` DATETIME,
  `pkey` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audited_responses` (
  `txid` CHAR(36) NOT NULL,
  `status` INT NOT NULL,
  `created_at` DATETIME,
  `id` CHAR(36) NOT NULL,
  `tx2id` CHAR(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `local_currency_string` VARCHAR(255),
  `contract_lending_party_string` TEXT,
  `email_signature` VARCHAR(255),
  `user_image_url` VARCHAR(255),
  `ldap_config` VARCHAR(255),
  `logo_url` VARCHAR(255),
  `time_zone` VARCHAR(255) NOT NULL DEFAULT 'Bern',
  `text` TEXT,
  `timeout_minutes` INT NOT NULL DEFAULT 30,
  `custom_head_tag` TEXT,
  `documentation_link` VARCHAR(255) DEFAULT '',
  `id` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `lending_terms_acceptance_required_for_order` TINYINT(1) NOT NULL DEFAULT 0,
  `lending_terms_url` TEXT,
  `include_customer_email_in_contracts` TINYINT(1) NOT NULL DEFAULT 0,
  `show_contact_details_on_customer_order` TINYINT(1) DEFAULT 0,
  `home_page_image_url` VARCHAR(2000),
  `logo_light` TEXT,
  `logo_dark` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `smtp_settings` (
  `id` INT NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `address` TEXT,
  `authentication_type` TEXT,
  `default_from_address` TEXT NOT NULL,
  `domain` TEXT,
  `enable_starttls_auto` TINYINT(1) NOT NULL DEFAULT 0,
  `openssl_verify_mode` TEXT NOT NULL,
  `password` TEXT,
  `port` INT,
  `sender_address` TEXT,
  `username` TEXT,
  `ms365_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `ms365_client_id` TEXT,
  `ms365_tenant_id` TEXT,
  `ms365_client_secret` TEXT,
  `ms365_token_url` TEXT NOT NULL,
  `ms365_graph_send_url` TEXT NOT NULL,
  `ms365_auth_mode` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `system_and_security_settings` (
  `id` INT NOT NULL DEFAULT 0,
  `accept_server_secret_as_universal_password` TINYINT(1) NOT NULL DEFAULT 1,
  `external_base_url` VARCHAR(255),
  `sessions_force_secure` TINYINT(1) NOT NULL DEFAULT 0,
  `sessions_force_uniqueness` TINYINT(1) NOT NULL DEFAULT 0,
  `sessions_max_lifetime_secs` INT DEFAULT 432000,
  `instance_element` TEXT,
  `public_image_caching_enabled` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ms365_mailboxes` (
  `id` VARCHAR(255) NOT NULL,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `token_expires_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `login` VARCHAR(255),
  `firstname` TEXT,
  `lastname` VARCHAR(255),
  `phone` VARCHAR(255),
  `org_id` VARCHAR(255),
  `email` VARCHAR(255),
  `badge_id` VARCHAR(255),
  `address` VARCHAR(255),
  `city` VARCHAR(255),
  `zip` VARCHAR(255),
  `country` VARCHAR(255),
  `settings` VARCHAR(1024),
  `delegator_user_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `account_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `password_sign_in_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `url` VARCHAR(255),
  `img256_url` TEXT,
  `img32_url` TEXT,
  `img_digest` TEXT,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `extended_info` JSON,
  `searchable` TEXT NOT NULL,
  `secondary_email` TEXT,
  `language_locale` VARCHAR(255),
  `admin_protected` TINYINT(1) NOT NULL DEFAULT 0,
  `is_system_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `pool_protected` TINYINT(1) NOT NULL DEFAULT 0,
  `system_admin_protected` TINYINT(1) NOT NULL DEFAULT 0,
  `organization` VARCHAR(255) NOT NULL DEFAULT 'local',
  `account_disabled_at` DATETIME,
  `last_sign_in_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_organization_and_org_id` (`organization`, `org_id`),
  UNIQUE KEY `users_email_idx` (`email`),
  UNIQUE KEY `users_login_idx` (`login`),
  CONSTRAINT `fk_rails_4cc2fddb7b` FOREIGN KEY (`language_locale`) REFERENCES `languages` (`locale`),
  CONSTRAINT `fkey_users_delegators` FOREIGN KEY (`delegator_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `groups_users` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_users_on_user_id_and_group_id` (`user_id`, `group_id`),
  CONSTRAINT `fk_rails_4e63edbd27` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_8546c71994` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `direct_access_rights` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_access_rights_on_pool_id_and_user_id` (`inventory_pool_id`, `user_id`),
  CONSTRAINT `fk_rails_b36d97eb0c` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkey_access_rights_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `group_access_rights` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `role` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_access_rights_on_inventory_pool_id_and_group_id` (`inventory_pool_id`, `group_id`),
  CONSTRAINT `fk_rails_975fee0026` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_c74a24670e` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `delegations_direct_users` (
  `delegation_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_delegations_users_on_user_id_and_delegation_id` (`user_id`, `delegation_id`),
  CONSTRAINT `fkey_delegations_users_delegation_id` FOREIGN KEY (`delegation_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkey_delegations_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `delegations_groups` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `delegation_id` CHAR(36) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `delegations_groups_idx` (`delegation_id`, `group_id`),
  CONSTRAINT `fk_rails_a507ac19bd` FOREIGN KEY (`delegation_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f6b29853e0` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `models` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'Model',
  `manufacturer` VARCHAR(255),
  `product` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255),
  `info_url` VARCHAR(255),
  `rental_price` DECIMAL(8,2),
  `maintenance_period` INT DEFAULT 0,
  `is_package` TINYINT(1) DEFAULT 0,
  `hand_over_note` TEXT,
  `description` TEXT,
  `internal_description` TEXT,
  `technical_detail` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `cover_image_id` CHAR(36),
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_model_name_idx` (`name`),
  CONSTRAINT `fk_rails_5aa4f56a65` FOREIGN KEY (`cover_image_id`) REFERENCES `images` (`id`) ON DELETE SET NULL
);

CREATE TABLE `items` (
  `id` CHAR(36) NOT NULL,
  `inventory_code` VARCHAR(255) NOT NULL,
  `serial_number` VARCHAR(255),
  `model_id` CHAR(36) NOT NULL,
  `supplier_id` CHAR(36),
  `owner_id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36),
  `invoice_number` VARCHAR(255),
  `invoice_date` DATE,
  `last_check` DATE,
  `retired` DATE,
  `retired_reason` VARCHAR(255),
  `price` DECIMAL(8,2),
  `is_broken` TINYINT(1) DEFAULT 0,
  `is_incomplete` TINYINT(1) DEFAULT 0,
  `is_borrowable` TINYINT(1) DEFAULT 0,
  `status_note` TEXT,
  `needs_permission` TINYINT(1) DEFAULT 0,
  `is_inventory_relevant` TINYINT(1) DEFAULT 0,
  `responsible` VARCHAR(255),
  `insurance_number` VARCHAR(255),
  `note` TEXT,
  `name` TEXT,
  `user_name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `shelf` TEXT,
  `room_id` CHAR(36) NOT NULL,
  `properties` JSON,
  `item_version` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_insensitive_inventory_code_for_items` (`inventory_code`),
  CONSTRAINT `fk_rails_042cf7b23c` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_0ed18b3bf9` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`),
  CONSTRAINT `fk_rails_538506beaf` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`),
  CONSTRAINT `fk_rails_8757b4d49c` FOREIGN KEY (`owner_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_9353db44a2` FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`),
  CONSTRAINT `fk_rails_ed5bf219ac` FOREIGN KEY (`parent_id`) REFERENCES `items` (`id`) ON DELETE SET NULL
);

CREATE TABLE `properties` (
  `id` CHAR(36) NOT NULL,
  `model_id` CHAR(36),
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a52b96ad3d` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE
);

CREATE TABLE `accessories` (
  `id` CHAR(36) NOT NULL,
  `model_id` CHAR(36),
  `name` VARCHAR(255) NOT NULL,
  `quantity` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_54c6f19548` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE
);

CREATE TABLE `model_links` (
  `id` CHAR(36) NOT NULL,
  `model_group_id` CHAR(36) NOT NULL,
  `model_id` CHAR(36) NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_11add1a9a3` FOREIGN KEY (`model_group_id`) REFERENCES `model_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_9b7295b085` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE
);

CREATE TABLE `entitlements` (
  `id` CHAR(36) NOT NULL,
  `model_id` CHAR(36) NOT NULL,
  `entitlement_group_id` CHAR(36) NOT NULL,
  `quantity` INT NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entitlements_group_model_unique` (`entitlement_group_id`, `model_id`),
  CONSTRAINT `fk_rails_44495fc6cf` FOREIGN KEY (`entitlement_group_id`) REFERENCES `entitlement_groups` (`id`),
  CONSTRAINT `fk_rails_69c88ff594` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE
);

CREATE TABLE `entitlement_groups_direct_users` (
  `user_id` CHAR(36),
  `entitlement_group_id` CHAR(36),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_egroup` (`user_id`, `entitlement_group_id`),
  CONSTRAINT `fk_rails_182b7bf29a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_5b79dda9e6` FOREIGN KEY (`entitlement_group_id`) REFERENCES `entitlement_groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `favorite_models` (
  `user_id` CHAR(36) NOT NULL,
  `model_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  UNIQUE KEY `index_favorite_models_on_user_id_and_model_id` (`user_id`, `model_id`),
  CONSTRAINT `fk_rails_adcbeea1cb` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_ecb05addb0` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `model_id` CHAR(36),
  `content_type` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `item_id` CHAR(36),
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_753607b7c1` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_f6d36cd48e` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE CASCADE
);

CREATE TABLE `customer_orders` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `purpose` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `title` TEXT NOT NULL,
  `lending_terms_accepted` TINYINT(1),
  `contact_details` VARCHAR(1000),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_90249e6b2c` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `orders` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `purpose` TEXT,
  `state` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `reject_reason` VARCHAR(255),
  `customer_order_id` CHAR(36) NOT NULL,
  `lending_terms_accepted` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_251099155b` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_c6bc8a139b` FOREIGN KEY (`customer_order_id`) REFERENCES `customer_orders` (`id`),
  CONSTRAINT `fk_rails_f868b47f6a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `contracts` (
  `id` CHAR(36) NOT NULL,
  `compact_id` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `state` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36) NOT NULL,
  `purpose` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_contracts_on_compact_id` (`compact_id`),
  CONSTRAINT `fk_rails_1bf8633565` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_f191b5ed7a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `suspensions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `inventory_pool_id` CHAR(36),
  `suspended_until` DATE NOT NULL,
  `suspended_reason` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_suspensions_on_user_id_and_inventory_pool_id` (`user_id`, `inventory_pool_id`),
  CONSTRAINT `fk_rails_244571cbc2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_564631fd04` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`)
);

CREATE TABLE `emails` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `from_address` TEXT NOT NULL,
  `trials` INT NOT NULL DEFAULT 0,
  `code` INT,
  `error` TEXT,
  `message` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `to_address` TEXT,
  `inventory_pool_id` CHAR(36),
  `template` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `emails_inventory_pool_id_fk` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`) ON DELETE CASCADE,
  CONSTRAINT `emails_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mail_templates` (
  `id` CHAR(36) NOT NULL,
  `inventory_pool_id` CHAR(36),
  `name` VARCHAR(255) NOT NULL,
  `format` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_template_template` TINYINT(1) NOT NULL,
  `type` TEXT NOT NULL,
  `language_locale` VARCHAR(255) NOT NULL,
  `subject` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5d00b5b086` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_6e53f12ad6` FOREIGN KEY (`language_locale`) REFERENCES `languages` (`locale`)
);

CREATE TABLE `user_sessions` (
  `id` CHAR(36) NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36),
  `delegation_id` CHAR(36),
  `created_at` DATETIME,
  `meta_data` JSON,
  `authentication_system_id` VARCHAR(255) NOT NULL,
  `external_session_id` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_sessions_on_token_hash` (`token_hash`),
  CONSTRAINT `fk_rails_033055139d` FOREIGN KEY (`authentication_system_id`) REFERENCES `authentication_systems` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_8987cee3fd` FOREIGN KEY (`delegation_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_9fa262d742` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_password_resets` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `used_user_param` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `valid_until` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_password_resets_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_c84bfcc8b6` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `api_tokens` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `token_hash` TEXT NOT NULL,
  `token_part` VARCHAR(5) NOT NULL,
  `scope_read` TINYINT(1) NOT NULL DEFAULT 1,
  `scope_write` TINYINT(1) NOT NULL DEFAULT 0,
  `scope_admin_read` TINYINT(1) NOT NULL DEFAULT 0,
  `scope_admin_write` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `scope_system_admin_read` TINYINT(1) NOT NULL DEFAULT 0,
  `scope_system_admin_write` TINYINT(1) NOT NULL DEFAULT 0,
  CONSTRAINT `fk_rails_f16b5e0447` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `authentication_systems_users` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `data` TEXT,
  `authentication_system_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_auth_sys_users` (`user_id`, `authentication_system_id`),
  CONSTRAINT `fk_rails_5a92563444` FOREIGN KEY (`authentication_system_id`) REFERENCES `authentication_systems` (`id`),
  CONSTRAINT `fk_rails_9fe924475a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `reservations` (
  `id` CHAR(36) NOT NULL,
  `contract_id` CHAR(36),
  `inventory_pool_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `delegated_user_id` CHAR(36),
  `handed_over_by_user_id` CHAR(36),
  `type` VARCHAR(255) NOT NULL DEFAULT 'ItemLine',
  `status` TEXT NOT NULL,
  `item_id` CHAR(36),
  `model_id` CHAR(36),
  `quantity` INT DEFAULT 1,
  `start_date` DATE,
  `end_date` DATE,
  `returned_date` DATE,
  `option_id` CHAR(36),
  `returned_to_user_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `order_id` CHAR(36),
  `line_purpose` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_151794e412` FOREIGN KEY (`inventory_pool_id`) REFERENCES `inventory_pools` (`id`),
  CONSTRAINT `fk_rails_3cc4562273` FOREIGN KEY (`handed_over_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_48a92fce51` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_4d0c0195f0` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `fk_rails_5cc2043d96` FOREIGN KEY (`returned_to_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_6f10314351` FOREIGN KEY (`delegated_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_8dc1da71d1` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_943a884838` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`),
  CONSTRAINT `fk_rails_a863d81c8a` FOREIGN KEY (`option_id`) REFERENCES `options` (`id`)
);

-- Lend Engine (lending-library platform for libraries of things, tool and toy libraries)
-- Upstream: github.com/lend-engine/lend-engine-app, commit ee863b14ed7f967c24e5082b51c2e751f19f658a (MIT)
-- Built by replaying the 44 Doctrine migrations app/DoctrineMigrations/Version*.php (their addSql statements, in
-- version order) into MariaDB 10.11, plus the two shared _core tables of tenant_setup.sql (account, item_type),
-- and reading every table back with SHOW CREATE TABLE. Column order, keys and foreign keys are upstream's; tables
-- are ordered so that each foreign key refers to a table already created (cycles closed by ALTER TABLE at the end).

CREATE TABLE `account` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stub` varchar(32) NOT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `server_name` varchar(255) NOT NULL DEFAULT 'lend-engine-eu',
  `name` varchar(255) NOT NULL,
  `db_schema` varchar(255) NOT NULL,
  `schema_version` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `trial_expires_at` datetime DEFAULT NULL,
  `last_access_at` datetime DEFAULT NULL,
  `owner_name` varchar(255) NOT NULL,
  `owner_email` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `plan` varchar(32) DEFAULT NULL,
  `subscription_id` varchar(255) DEFAULT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `time_zone` varchar(255) NOT NULL DEFAULT 'Europe/London',
  `industry` varchar(255) DEFAULT NULL,
  `org_email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stub_UNIQUE` (`stub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `app` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `installed_at` datetime NOT NULL,
  `uninstalled_at` datetime DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `code` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `app_setting` (
  `setup_key` varchar(128) NOT NULL,
  `app_id` int(11) NOT NULL,
  `setup_value` varchar(2056) NOT NULL,
  PRIMARY KEY (`app_id`,`setup_key`),
  KEY `IDX_722938D57987212D` (`app_id`),
  CONSTRAINT `FK_722938D57987212D` FOREIGN KEY (`app_id`) REFERENCES `app` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventory_location` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `barcode` varchar(32) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_available` tinyint(1) NOT NULL,
  `site` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_site_unique` (`name`,`site`),
  KEY `IDX_EAD4335A694309E4` (`site`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `default_check_in_location` int(11) DEFAULT NULL,
  `name` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `country` varchar(2) NOT NULL,
  `post_code` varchar(16) DEFAULT NULL,
  `colour` varchar(7) DEFAULT NULL,
  `is_listed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_694309E45E237E06` (`name`),
  UNIQUE KEY `UNIQ_694309E42726301` (`default_check_in_location`),
  CONSTRAINT `FK_694309E42726301` FOREIGN KEY (`default_check_in_location`) REFERENCES `inventory_location` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `membership_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `name` varchar(64) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `duration` int(11) NOT NULL,
  `discount` decimal(10,2) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `self_serve` int(11) NOT NULL,
  `description` varchar(1024) DEFAULT NULL,
  `credit_limit` decimal(10,2) DEFAULT NULL,
  `max_items` int(11) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `IDX_F7E162E2DE12AB56` (`created_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `membership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subscription_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `price` decimal(10,2) NOT NULL,
  `created_at` datetime NOT NULL,
  `starts_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `status` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_86FFD2859A1887DC` (`subscription_id`),
  KEY `IDX_86FFD285E7A1254A` (`contact_id`),
  KEY `IDX_86FFD285DE12AB56` (`created_by`),
  CONSTRAINT `FK_86FFD2859A1887DC` FOREIGN KEY (`subscription_id`) REFERENCES `membership_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `active_membership` int(11) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `confirmation_token` varchar(180) DEFAULT NULL,
  `password_requested_at` datetime DEFAULT NULL,
  `roles` longtext NOT NULL COMMENT '(DC2Type:array)',
  `first_name` varchar(32) DEFAULT NULL,
  `last_name` varchar(32) DEFAULT NULL,
  `telephone` varchar(64) DEFAULT NULL,
  `address_line_1` varchar(255) DEFAULT NULL,
  `address_line_2` varchar(255) DEFAULT NULL,
  `address_line_3` varchar(255) DEFAULT NULL,
  `address_line_4` varchar(255) DEFAULT NULL,
  `country_iso_code` varchar(3) DEFAULT NULL,
  `latitude` varchar(32) DEFAULT NULL,
  `longitude` varchar(32) DEFAULT NULL,
  `gender` varchar(1) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `balance` decimal(10,2) NOT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `subscriber` tinyint(1) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `email_canonical` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `username_canonical` varchar(255) DEFAULT NULL,
  `active_site` int(11) DEFAULT NULL,
  `created_at_site` int(11) DEFAULT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `membership_number` varchar(64) DEFAULT NULL,
  `secure_access_token` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_4C62E638A75DB073` (`active_membership`),
  UNIQUE KEY `UNIQ_4C62E638C05FB297` (`confirmation_token`),
  KEY `IDX_4C62E638DE12AB56` (`created_by`),
  KEY `IDX_4C62E63887239B34` (`active_site`),
  KEY `IDX_4C62E63894304B5C` (`created_at_site`),
  CONSTRAINT `FK_4C62E63887239B34` FOREIGN KEY (`active_site`) REFERENCES `site` (`id`),
  CONSTRAINT `FK_4C62E63894304B5C` FOREIGN KEY (`created_at_site`) REFERENCES `site` (`id`),
  CONSTRAINT `FK_4C62E638A75DB073` FOREIGN KEY (`active_membership`) REFERENCES `membership` (`id`),
  CONSTRAINT `FK_4C62E638DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `time_from` varchar(4) NOT NULL,
  `time_to` varchar(4) NOT NULL,
  `type` varchar(1) NOT NULL,
  `time_changeover` varchar(4) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `title` varchar(256) DEFAULT NULL,
  `facebook_url` varchar(256) DEFAULT NULL,
  `status` varchar(16) NOT NULL,
  `description` varchar(1024) DEFAULT NULL,
  `price` decimal(10,2) NOT NULL,
  `max_attendees` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `is_bookable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_EA741FC3F6BD1646` (`site_id`),
  KEY `IDX_EA741FC3DE12AB56` (`created_by`),
  CONSTRAINT `FK_EA741FC3DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_EA741FC3F6BD1646` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `attendee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `is_confirmed` tinyint(1) NOT NULL,
  `type` varchar(16) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_1150D56771F7E88B` (`event_id`),
  KEY `IDX_1150D567E7A1254A` (`contact_id`),
  KEY `IDX_1150D567DE12AB56` (`created_by`),
  CONSTRAINT `FK_1150D56771F7E88B` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `FK_1150D567DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_1150D567E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `check_in_prompt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `sort` int(11) DEFAULT NULL,
  `default_on` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_7FFF77DD5E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `check_out_prompt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `sort` int(11) DEFAULT NULL,
  `default_on` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_CC365FBC5E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `child` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `date_of_birth` date NOT NULL,
  `gender` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_22B35429E7A1254A` (`contact_id`),
  CONSTRAINT `FK_22B35429E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `type` varchar(32) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `show_on_contact_list` tinyint(1) NOT NULL DEFAULT 0,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact_field_select_option` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_field_id` int(11) DEFAULT NULL,
  `option_name` varchar(255) NOT NULL,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_671A0B61DE129B27` (`contact_field_id`),
  CONSTRAINT `FK_671A0B61DE129B27` FOREIGN KEY (`contact_field_id`) REFERENCES `contact_field` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact_field_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_field_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `field_value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_587C7171DE129B27` (`contact_field_id`),
  KEY `IDX_587C7171E7A1254A` (`contact_id`),
  CONSTRAINT `FK_587C7171DE129B27` FOREIGN KEY (`contact_field_id`) REFERENCES `contact_field` (`id`),
  CONSTRAINT `FK_587C7171E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `item_condition` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventory_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `assigned_to` int(11) DEFAULT NULL,
  `current_location_id` int(11) DEFAULT NULL,
  `item_condition` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `sku` varchar(255) DEFAULT NULL,
  `description` varchar(1024) DEFAULT NULL,
  `keywords` varchar(1024) DEFAULT NULL,
  `brand` varchar(1024) DEFAULT NULL,
  `care_information` varchar(1024) DEFAULT NULL,
  `component_information` varchar(1024) DEFAULT NULL,
  `loan_fee` decimal(10,2) DEFAULT NULL,
  `max_loan_days` int(11) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `show_on_website` tinyint(1) NOT NULL DEFAULT 1,
  `serial` varchar(64) DEFAULT NULL,
  `note` varchar(128) DEFAULT NULL,
  `price_cost` decimal(10,2) DEFAULT NULL,
  `price_sell` decimal(10,2) DEFAULT NULL,
  `image_name` varchar(255) DEFAULT NULL,
  `short_url` varchar(64) DEFAULT NULL,
  `item_sector` int(11) DEFAULT NULL,
  `is_reservable` tinyint(1) NOT NULL DEFAULT 1,
  `deposit_amount` decimal(10,2) DEFAULT NULL,
  `item_type` varchar(16) NOT NULL,
  `donated_by` int(11) DEFAULT NULL,
  `owned_by` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_55BDEA30DE12AB56` (`created_by`),
  KEY `IDX_55BDEA3089EEAF91` (`assigned_to`),
  KEY `IDX_55BDEA30B8998A57` (`current_location_id`),
  KEY `IDX_55BDEA30B10C9EB3` (`item_condition`),
  KEY `IDX_55BDEA30CD5AAC27` (`item_sector`),
  KEY `IDX_55BDEA303C2B095F` (`donated_by`),
  KEY `IDX_55BDEA308BBCDCA8` (`owned_by`),
  CONSTRAINT `FK_55BDEA303C2B095F` FOREIGN KEY (`donated_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_55BDEA3089EEAF91` FOREIGN KEY (`assigned_to`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_55BDEA308BBCDCA8` FOREIGN KEY (`owned_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_55BDEA30B10C9EB3` FOREIGN KEY (`item_condition`) REFERENCES `item_condition` (`id`),
  CONSTRAINT `FK_55BDEA30B8998A57` FOREIGN KEY (`current_location_id`) REFERENCES `inventory_location` (`id`),
  CONSTRAINT `FK_55BDEA30DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `loan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `created_at` datetime NOT NULL,
  `datetime_out` datetime NOT NULL,
  `datetime_in` datetime NOT NULL,
  `reference` varchar(32) DEFAULT NULL,
  `total_fee` decimal(10,2) NOT NULL,
  `created_at_site` int(11) DEFAULT NULL,
  `collect_from` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C5D30D03E7A1254A` (`contact_id`),
  KEY `IDX_C5D30D03DE12AB56` (`created_by`),
  KEY `IDX_C5D30D0394304B5C` (`created_at_site`),
  CONSTRAINT `FK_C5D30D0394304B5C` FOREIGN KEY (`created_at_site`) REFERENCES `site` (`id`),
  CONSTRAINT `FK_C5D30D03DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_C5D30D03E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `loan_row` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `loan_id` int(11) DEFAULT NULL,
  `inventory_item_id` int(11) DEFAULT NULL,
  `product_quantity` int(11) NOT NULL,
  `due_in_at` datetime NOT NULL,
  `due_out_at` datetime DEFAULT NULL,
  `checked_out_at` datetime DEFAULT NULL,
  `checked_in_at` datetime DEFAULT NULL,
  `fee` decimal(10,2) NOT NULL,
  `site_from` int(11) DEFAULT NULL,
  `site_to` int(11) DEFAULT NULL,
  `deposit_id` int(11) DEFAULT NULL,
  `item_location` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_922D737F9815E4B1` (`deposit_id`),
  KEY `IDX_922D737FCE73868F` (`loan_id`),
  KEY `IDX_922D737F536BF4A2` (`inventory_item_id`),
  KEY `IDX_922D737F82801C89` (`site_from`),
  KEY `IDX_922D737F9E03A3D2` (`site_to`),
  KEY `IDX_922D737F32934100` (`item_location`),
  CONSTRAINT `FK_922D737F32934100` FOREIGN KEY (`item_location`) REFERENCES `inventory_location` (`id`),
  CONSTRAINT `FK_922D737F536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_922D737F82801C89` FOREIGN KEY (`site_from`) REFERENCES `site` (`id`),
  CONSTRAINT `FK_922D737F9E03A3D2` FOREIGN KEY (`site_to`) REFERENCES `site` (`id`),
  CONSTRAINT `FK_922D737FCE73868F` FOREIGN KEY (`loan_id`) REFERENCES `loan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `deposit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `loan_row_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `balance` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_95DB9D3978219C8F` (`loan_row_id`),
  KEY `IDX_95DB9D39DE12AB56` (`created_by`),
  KEY `IDX_95DB9D39E7A1254A` (`contact_id`),
  CONSTRAINT `FK_95DB9D3978219C8F` FOREIGN KEY (`loan_row_id`) REFERENCES `loan_row` (`id`),
  CONSTRAINT `FK_95DB9D39DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_95DB9D39E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ext_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `locale` varchar(8) NOT NULL,
  `object_class` varchar(255) NOT NULL,
  `field` varchar(32) NOT NULL,
  `foreign_key` varchar(64) NOT NULL,
  `content` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lookup_unique_idx` (`locale`,`object_class`,`field`,`foreign_key`),
  KEY `translations_lookup_idx` (`locale`,`object_class`,`foreign_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `maintenance_plan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` varchar(1024) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `interval_months` int(11) DEFAULT NULL,
  `after_each_loan` tinyint(1) NOT NULL,
  `provider` int(11) DEFAULT NULL,
  `prevent_borrows` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_12493BB192C4739C` (`provider`),
  CONSTRAINT `FK_12493BB192C4739C` FOREIGN KEY (`provider`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `maintenance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `completed_by` int(11) DEFAULT NULL,
  `inventory_item_id` int(11) NOT NULL,
  `maintenance_plan_id` int(11) NOT NULL,
  `assigned_to` int(11) DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `created_at` datetime NOT NULL,
  `due_at` datetime NOT NULL,
  `started_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `total_cost` decimal(10,2) NOT NULL,
  `notes` varchar(2055) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2F84F8E9192FE44` (`completed_by`),
  KEY `IDX_2F84F8E9536BF4A2` (`inventory_item_id`),
  KEY `IDX_2F84F8E9916F4709` (`maintenance_plan_id`),
  KEY `IDX_2F84F8E989EEAF91` (`assigned_to`),
  CONSTRAINT `FK_2F84F8E9192FE44` FOREIGN KEY (`completed_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_2F84F8E9536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_2F84F8E989EEAF91` FOREIGN KEY (`assigned_to`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_2F84F8E9916F4709` FOREIGN KEY (`maintenance_plan_id`) REFERENCES `maintenance_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `file_attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `file_name` varchar(128) NOT NULL,
  `file_size` int(11) NOT NULL,
  `send_to_member` int(11) NOT NULL,
  `maintenance_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C0B7020D126F525E` (`item_id`),
  KEY `IDX_C0B7020DE7A1254A` (`contact_id`),
  KEY `IDX_C0B7020DF6C202BC` (`maintenance_id`),
  CONSTRAINT `FK_C0B7020D126F525E` FOREIGN KEY (`item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_C0B7020DE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_C0B7020DF6C202BC` FOREIGN KEY (`maintenance_id`) REFERENCES `maintenance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `image` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inventory_item_id` int(11) DEFAULT NULL,
  `image_name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C53D045F536BF4A2` (`inventory_item_id`),
  CONSTRAINT `FK_C53D045F536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventory_item_check_in_prompt` (
  `inventory_item_id` int(11) NOT NULL,
  `check_in_prompt_id` int(11) NOT NULL,
  PRIMARY KEY (`inventory_item_id`,`check_in_prompt_id`),
  KEY `IDX_137042F3536BF4A2` (`inventory_item_id`),
  KEY `IDX_137042F3AE6C6390` (`check_in_prompt_id`),
  CONSTRAINT `FK_137042F3536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_137042F3AE6C6390` FOREIGN KEY (`check_in_prompt_id`) REFERENCES `check_in_prompt` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `inventory_item_check_out_prompt` (
  `inventory_item_id` int(11) NOT NULL,
  `check_out_prompt_id` int(11) NOT NULL,
  PRIMARY KEY (`inventory_item_id`,`check_out_prompt_id`),
  KEY `IDX_108CDD46536BF4A2` (`inventory_item_id`),
  KEY `IDX_108CDD46589C168A` (`check_out_prompt_id`),
  CONSTRAINT `FK_108CDD46536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_108CDD46589C168A` FOREIGN KEY (`check_out_prompt_id`) REFERENCES `check_out_prompt` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `inventory_item_maintenance_plan` (
  `inventory_item_id` int(11) NOT NULL,
  `maintenance_plan_id` int(11) NOT NULL,
  PRIMARY KEY (`inventory_item_id`,`maintenance_plan_id`),
  KEY `IDX_CEF3B94B536BF4A2` (`inventory_item_id`),
  KEY `IDX_CEF3B94B916F4709` (`maintenance_plan_id`),
  CONSTRAINT `FK_CEF3B94B536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CEF3B94B916F4709` FOREIGN KEY (`maintenance_plan_id`) REFERENCES `maintenance_plan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `show_on_website` tinyint(1) NOT NULL DEFAULT 1,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `show_on_website` tinyint(1) NOT NULL DEFAULT 1,
  `sort` int(11) NOT NULL,
  `section_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E3A6E39CD823E37A` (`section_id`),
  CONSTRAINT `FK_E3A6E39CD823E37A` FOREIGN KEY (`section_id`) REFERENCES `product_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inventory_item_product_tag` (
  `inventory_item_id` int(11) NOT NULL,
  `product_tag_id` int(11) NOT NULL,
  PRIMARY KEY (`inventory_item_id`,`product_tag_id`),
  KEY `IDX_2F6598F5536BF4A2` (`inventory_item_id`),
  KEY `IDX_2F6598F5D8AE22B5` (`product_tag_id`),
  CONSTRAINT `FK_2F6598F5536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2F6598F5D8AE22B5` FOREIGN KEY (`product_tag_id`) REFERENCES `product_tag` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `inventory_item_site` (
  `inventory_item_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`inventory_item_id`,`site_id`),
  KEY `IDX_26CFA477536BF4A2` (`inventory_item_id`),
  KEY `IDX_26CFA477F6BD1646` (`site_id`),
  CONSTRAINT `FK_26CFA477536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_26CFA477F6BD1646` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `item_movement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `inventory_item_id` int(11) NOT NULL,
  `inventory_location_id` int(11) NOT NULL,
  `loan_row_id` int(11) DEFAULT NULL,
  `assigned_to_contact_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `quantity` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_98D05D3C78219C8F` (`loan_row_id`),
  KEY `IDX_98D05D3CDE12AB56` (`created_by`),
  KEY `IDX_98D05D3C536BF4A2` (`inventory_item_id`),
  KEY `IDX_98D05D3C72BF1D41` (`inventory_location_id`),
  KEY `IDX_98D05D3C7AA06E72` (`assigned_to_contact_id`),
  CONSTRAINT `FK_98D05D3C536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_98D05D3C72BF1D41` FOREIGN KEY (`inventory_location_id`) REFERENCES `inventory_location` (`id`),
  CONSTRAINT `FK_98D05D3C78219C8F` FOREIGN KEY (`loan_row_id`) REFERENCES `loan_row` (`id`),
  CONSTRAINT `FK_98D05D3C7AA06E72` FOREIGN KEY (`assigned_to_contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_98D05D3CDE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `item_type` (
  `id` int(11) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_44EE13D2727ACA70` (`parent_id`),
  CONSTRAINT `FK_44EE13D2727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `item_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `kit_component` (
  `item_id` int(11) NOT NULL,
  `component_id` int(11) NOT NULL,
  `component_quantity` int(11) NOT NULL,
  PRIMARY KEY (`item_id`,`component_id`),
  KEY `IDX_FAA63CAB126F525E` (`item_id`),
  KEY `IDX_FAA63CABE2ABAFFF` (`component_id`),
  CONSTRAINT `FK_FAA63CAB126F525E` FOREIGN KEY (`item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_FAA63CABE2ABAFFF` FOREIGN KEY (`component_id`) REFERENCES `inventory_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `loan_id` int(11) DEFAULT NULL,
  `inventory_item_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `text` varchar(1024) DEFAULT NULL,
  `admin_only` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_CFBDFA14DE12AB56` (`created_by`),
  KEY `IDX_CFBDFA14E7A1254A` (`contact_id`),
  KEY `IDX_CFBDFA14CE73868F` (`loan_id`),
  KEY `IDX_CFBDFA14536BF4A2` (`inventory_item_id`),
  CONSTRAINT `FK_CFBDFA14536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_CFBDFA14CE73868F` FOREIGN KEY (`loan_id`) REFERENCES `loan` (`id`),
  CONSTRAINT `FK_CFBDFA14DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_CFBDFA14E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `page` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `visibility` varchar(7) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sort` int(11) NOT NULL,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_140AB620DE12AB56` (`created_by`),
  KEY `IDX_140AB62016FE72E1` (`updated_by`),
  CONSTRAINT `FK_140AB62016FE72E1` FOREIGN KEY (`updated_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_140AB620DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `payment_method` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` int(11) DEFAULT NULL,
  `payment_method_id` int(11) DEFAULT NULL,
  `loan_id` int(11) DEFAULT NULL,
  `item_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `membership_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `type` varchar(36) NOT NULL,
  `payment_date` date NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `note` varchar(255) DEFAULT NULL,
  `deposit_id` int(11) DEFAULT NULL,
  `psp_code` varchar(255) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_6D28840DDE12AB56` (`created_by`),
  KEY `IDX_6D28840D5AA1164F` (`payment_method_id`),
  KEY `IDX_6D28840DCE73868F` (`loan_id`),
  KEY `IDX_6D28840D126F525E` (`item_id`),
  KEY `IDX_6D28840DE7A1254A` (`contact_id`),
  KEY `IDX_6D28840D1FB354CD` (`membership_id`),
  KEY `IDX_6D28840D9815E4B1` (`deposit_id`),
  KEY `IDX_6D28840D71F7E88B` (`event_id`),
  CONSTRAINT `FK_6D28840D126F525E` FOREIGN KEY (`item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_6D28840D1FB354CD` FOREIGN KEY (`membership_id`) REFERENCES `membership` (`id`),
  CONSTRAINT `FK_6D28840D5AA1164F` FOREIGN KEY (`payment_method_id`) REFERENCES `payment_method` (`id`),
  CONSTRAINT `FK_6D28840D71F7E88B` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `FK_6D28840D9815E4B1` FOREIGN KEY (`deposit_id`) REFERENCES `deposit` (`id`),
  CONSTRAINT `FK_6D28840DCE73868F` FOREIGN KEY (`loan_id`) REFERENCES `loan` (`id`),
  CONSTRAINT `FK_6D28840DDE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_6D28840DE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `type` varchar(32) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `show_on_item_list` tinyint(1) NOT NULL DEFAULT 0,
  `show_on_website` tinyint(1) NOT NULL DEFAULT 1,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_field_select_option` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_field_id` int(11) DEFAULT NULL,
  `option_name` varchar(255) NOT NULL,
  `sort` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_63C603968F876D27` (`product_field_id`),
  CONSTRAINT `FK_63C603968F876D27` FOREIGN KEY (`product_field_id`) REFERENCES `product_field` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_field_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_field_id` int(11) DEFAULT NULL,
  `inventory_item_id` int(11) DEFAULT NULL,
  `field_value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_9AFF50D08F876D27` (`product_field_id`),
  KEY `IDX_9AFF50D0536BF4A2` (`inventory_item_id`),
  CONSTRAINT `FK_9AFF50D0536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_9AFF50D08F876D27` FOREIGN KEY (`product_field_id`) REFERENCES `product_field` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `setting` (
  `setup_key` varchar(128) NOT NULL,
  `setup_value` varchar(2056) NOT NULL,
  PRIMARY KEY (`setup_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `site_opening` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) DEFAULT NULL,
  `week_day` int(11) NOT NULL,
  `time_from` varchar(4) NOT NULL,
  `time_to` varchar(4) NOT NULL,
  `time_changeover` varchar(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_F5913608F6BD1646` (`site_id`),
  CONSTRAINT `FK_F5913608F6BD1646` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `theme` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `code` varchar(32) NOT NULL,
  `description` varchar(2055) NOT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  `font` varchar(32) DEFAULT NULL,
  `price` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_9775E7085E237E06` (`name`),
  UNIQUE KEY `UNIQ_9775E70877153098` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `waiting_list_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inventory_item_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `added_at` datetime NOT NULL,
  `removed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_1846EEC6536BF4A2` (`inventory_item_id`),
  KEY `IDX_1846EEC6E7A1254A` (`contact_id`),
  CONSTRAINT `FK_1846EEC6536BF4A2` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK_1846EEC6E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

ALTER TABLE `inventory_location` ADD CONSTRAINT `FK_EAD4335A694309E4` FOREIGN KEY (`site`) REFERENCES `site` (`id`);
ALTER TABLE `membership_type` ADD CONSTRAINT `FK_F7E162E2DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`);
ALTER TABLE `membership` ADD CONSTRAINT `FK_86FFD285DE12AB56` FOREIGN KEY (`created_by`) REFERENCES `contact` (`id`);
ALTER TABLE `membership` ADD CONSTRAINT `FK_86FFD285E7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`);
ALTER TABLE `loan_row` ADD CONSTRAINT `FK_922D737F9815E4B1` FOREIGN KEY (`deposit_id`) REFERENCES `deposit` (`id`);

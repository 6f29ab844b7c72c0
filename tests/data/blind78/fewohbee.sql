-- FewohBee (github.com/developeregrem/fewohbee), guesthouse / small-hotel management, migrations/ at commit
-- a399e8a7336c3b8e204c7c4689d8ded10f7557d1: the Doctrine migrations (MySQL) replayed in order on MariaDB 10.11,
-- then SHOW CREATE TABLE of the tables selected here (JSON columns written back as json, as Doctrine declares them).
-- Foreign keys to tables left out are dropped; indexes kept as the migrations named them.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(180) NOT NULL,
  `firstname` varchar(45) NOT NULL,
  `lastname` varchar(45) NOT NULL,
  `email` varchar(100) NOT NULL,
  `password` varchar(255) NOT NULL,
  `last_action` datetime DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `theme_preference` varchar(10) NOT NULL DEFAULT 'light',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_1483A5E9F85E0677` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `role` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_B63E2EC757698A6A` (`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_roles` (
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `IDX_54FCD59FA76ED395` (`user_id`),
  KEY `IDX_54FCD59FD60322AC` (`role_id`),
  CONSTRAINT `FK_54FCD59FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_54FCD59FD60322AC` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reset_password_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `selector` varchar(20) NOT NULL,
  `hashed_token` varchar(100) NOT NULL,
  `requested_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `expires_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  KEY `IDX_7CE748AA76ED395` (`user_id`),
  CONSTRAINT `FK_7CE748AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webauthn_credentials` (
  `id` varchar(255) NOT NULL,
  `public_key_credential_id` longtext NOT NULL,
  `type` varchar(255) NOT NULL,
  `transports` json NOT NULL COMMENT '(DC2Type:json)',
  `attestation_type` varchar(255) NOT NULL,
  `trust_path` json NOT NULL COMMENT '(DC2Type:trust_path)',
  `aaguid` tinytext NOT NULL,
  `credential_public_key` longtext NOT NULL,
  `user_handle` varchar(255) NOT NULL,
  `counter` int(11) NOT NULL,
  `other_ui` json DEFAULT NULL COMMENT '(DC2Type:json)',
  `backup_eligible` tinyint(1) DEFAULT NULL,
  `backup_status` tinyint(1) DEFAULT NULL,
  `uv_initialized` tinyint(1) DEFAULT NULL,
  `client_label` varchar(255) DEFAULT NULL,
  `user_agent` longtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `logging` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `username` varchar(180) DEFAULT NULL,
  `date` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `entity_class` varchar(255) NOT NULL,
  `entity_id` varchar(64) DEFAULT NULL,
  `action` varchar(16) NOT NULL,
  `changes` json DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_logging_date` (`date`),
  KEY `idx_logging_entity` (`entity_class`,`entity_id`),
  KEY `idx_logging_user` (`user_id`),
  CONSTRAINT `FK_logging_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `salutation` varchar(20) NOT NULL,
  `firstname` varchar(45) DEFAULT NULL,
  `lastname` varchar(45) NOT NULL,
  `birthday` date DEFAULT NULL,
  `id_type` varchar(255) DEFAULT NULL,
  `remark` varchar(255) DEFAULT NULL,
  `idnumber` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `company` varchar(255) DEFAULT NULL,
  `address` varchar(150) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `city` varchar(45) DEFAULT NULL,
  `country` varchar(45) DEFAULT NULL,
  `phone` varchar(45) DEFAULT NULL,
  `fax` varchar(45) DEFAULT NULL,
  `mobile_phone` varchar(45) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `buyer_vat_id` varchar(50) DEFAULT NULL,
  `buyer_reference` varchar(100) DEFAULT NULL,
  `customer_iban` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `customer_has_address` (
  `customer_id` int(11) NOT NULL,
  `customer_addresses_id` int(11) NOT NULL,
  PRIMARY KEY (`customer_id`,`customer_addresses_id`),
  KEY `IDX_69F42C529395C3F3` (`customer_id`),
  KEY `IDX_69F42C5259CB7F99` (`customer_addresses_id`),
  CONSTRAINT `FK_69F42C5259CB7F99` FOREIGN KEY (`customer_addresses_id`) REFERENCES `customer_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_69F42C529395C3F3` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `objects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `room_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `acronym` varchar(5) DEFAULT NULL,
  `details` longtext DEFAULT NULL,
  `ota_room_type_code` varchar(50) DEFAULT NULL,
  `min_full_payers` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `appartments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) DEFAULT NULL,
  `number` varchar(10) NOT NULL,
  `beds_max` smallint(6) NOT NULL,
  `description` varchar(255) NOT NULL,
  `room_category_id` int(11) DEFAULT NULL,
  `multiple_occupancy` tinyint(1) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `IDX_A67E5E3A232D562B` (`object_id`),
  KEY `IDX_A67E5E3A67333DD` (`room_category_id`),
  CONSTRAINT `FK_A67E5E3A232D562B` FOREIGN KEY (`object_id`) REFERENCES `objects` (`id`),
  CONSTRAINT `FK_A67E5E3A67333DD` FOREIGN KEY (`room_category_id`) REFERENCES `room_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservation_origins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservation_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `color` varchar(7) NOT NULL,
  `contrast_color` varchar(7) NOT NULL,
  `code` varchar(50) DEFAULT NULL,
  `is_blocking` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_RESERVATION_STATUS_CODE` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `prices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `price` decimal(10,2) NOT NULL,
  `vat` decimal(10,2) NOT NULL,
  `description` varchar(100) NOT NULL,
  `number_of_persons` smallint(6) DEFAULT NULL,
  `min_stay` smallint(6) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `season_start` date DEFAULT NULL,
  `season_end` date DEFAULT NULL,
  `monday` tinyint(1) DEFAULT NULL,
  `tuesday` tinyint(1) DEFAULT NULL,
  `wednesday` tinyint(1) DEFAULT NULL,
  `thursday` tinyint(1) DEFAULT NULL,
  `friday` tinyint(1) DEFAULT NULL,
  `saturday` tinyint(1) DEFAULT NULL,
  `sunday` tinyint(1) DEFAULT NULL,
  `all_days` tinyint(1) DEFAULT NULL,
  `type` smallint(6) NOT NULL,
  `all_periods` tinyint(1) NOT NULL,
  `room_category_id` int(11) DEFAULT NULL,
  `includes_vat` tinyint(1) NOT NULL,
  `is_flat_price` tinyint(1) NOT NULL,
  `is_per_room` tinyint(1) NOT NULL DEFAULT 0,
  `is_default_active_in_reservation_creation` tinyint(1) NOT NULL DEFAULT 1,
  `is_bookable_online` tinyint(1) NOT NULL DEFAULT 0,
  `revenue_account_id` int(11) DEFAULT NULL,
  `is_mandatory_online` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_E4CB6D5967333DD` (`room_category_id`),
  KEY `IDX_PRICES_REVENUE_ACCOUNT` (`revenue_account_id`),
  CONSTRAINT `FK_E4CB6D5967333DD` FOREIGN KEY (`room_category_id`) REFERENCES `room_category` (`id`),
  CONSTRAINT `FK_PRICES_REVENUE_ACCOUNT` FOREIGN KEY (`revenue_account_id`) REFERENCES `accounting_accounts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appartment_id` int(11) DEFAULT NULL,
  `booker_id` int(11) DEFAULT NULL,
  `reservation_origin_id` int(11) DEFAULT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `persons` smallint(6) NOT NULL,
  `option_date` date DEFAULT NULL,
  `remark` longtext DEFAULT NULL,
  `reservation_date` datetime NOT NULL,
  `reservation_status_id` int(11) NOT NULL,
  `uuid` binary(16) NOT NULL COMMENT '(DC2Type:uuid)',
  `arrival_time` time DEFAULT NULL,
  `departure_time` time DEFAULT NULL,
  `calendar_sync_import_id` int(11) DEFAULT NULL,
  `ref_uid` varchar(255) DEFAULT NULL,
  `is_conflict` tinyint(1) NOT NULL DEFAULT 0,
  `is_conflict_ignored` tinyint(1) NOT NULL DEFAULT 0,
  `booking_group_uuid` binary(16) DEFAULT NULL COMMENT '(DC2Type:uuid)',
  `guest_counts` json NOT NULL,
  `kurtaxe_waived` tinyint(1) NOT NULL DEFAULT 0,
  `adult_rule_override` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_4DA239D17F50A6` (`uuid`),
  KEY `IDX_4DA2392714DC20` (`appartment_id`),
  KEY `IDX_4DA2398B7E4006` (`booker_id`),
  KEY `IDX_4DA2394CE51253` (`reservation_origin_id`),
  KEY `IDX_4DA23971B06122` (`reservation_status_id`),
  KEY `idx_uuid` (`uuid`),
  KEY `IDX_4DA23927C0C2C8EA` (`calendar_sync_import_id`),
  KEY `idx_reservations_ref_uid` (`ref_uid`),
  KEY `idx_booking_group_uuid` (`booking_group_uuid`),
  KEY `idx_reservation_start_date` (`start_date`),
  KEY `idx_reservation_end_date` (`end_date`),
  CONSTRAINT `FK_4DA2392714DC20` FOREIGN KEY (`appartment_id`) REFERENCES `appartments` (`id`),
  CONSTRAINT `FK_4DA23927C0C2C8EA` FOREIGN KEY (`calendar_sync_import_id`) REFERENCES `calendar_sync_import` (`id`),
  CONSTRAINT `FK_4DA2394CE51253` FOREIGN KEY (`reservation_origin_id`) REFERENCES `reservation_origins` (`id`),
  CONSTRAINT `FK_4DA23971B06122` FOREIGN KEY (`reservation_status_id`) REFERENCES `reservation_status` (`id`),
  CONSTRAINT `FK_4DA2398B7E4006` FOREIGN KEY (`booker_id`) REFERENCES `customers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservations_has_customers` (
  `reservation_id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`reservation_id`,`customer_id`),
  KEY `IDX_34A24A03B83297E7` (`reservation_id`),
  KEY `IDX_34A24A039395C3F3` (`customer_id`),
  CONSTRAINT `FK_34A24A039395C3F3` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_34A24A03B83297E7` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservation_price` (
  `reservation_id` int(11) NOT NULL,
  `price_id` int(11) NOT NULL,
  PRIMARY KEY (`reservation_id`,`price_id`),
  KEY `IDX_89B7F27EB83297E7` (`reservation_id`),
  KEY `IDX_89B7F27ED614C7E7` (`price_id`),
  CONSTRAINT `FK_89B7F27EB83297E7` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_89B7F27ED614C7E7` FOREIGN KEY (`price_id`) REFERENCES `prices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` varchar(45) NOT NULL,
  `date` date NOT NULL,
  `salutation` varchar(20) DEFAULT NULL,
  `firstname` varchar(45) DEFAULT NULL,
  `lastname` varchar(45) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `address` varchar(150) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `city` varchar(45) DEFAULT NULL,
  `remark` longtext DEFAULT NULL,
  `payment` varchar(45) DEFAULT NULL,
  `status` smallint(6) NOT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `email` varchar(60) DEFAULT NULL,
  `buyer_reference` varchar(100) DEFAULT NULL,
  `payment_means` int(11) DEFAULT NULL,
  `card_number` varchar(19) DEFAULT NULL,
  `customer_iban` varchar(50) DEFAULT NULL,
  `card_holder` varchar(100) DEFAULT NULL,
  `mandate_reference` varchar(50) DEFAULT NULL,
  `buyer_vat_id` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_invoice_date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservations_has_invoices` (
  `reservation_id` int(11) NOT NULL,
  `invoice_id` int(11) NOT NULL,
  PRIMARY KEY (`reservation_id`,`invoice_id`),
  KEY `IDX_28EF2EA0B83297E7` (`reservation_id`),
  KEY `IDX_28EF2EA02989F1FD` (`invoice_id`),
  CONSTRAINT `FK_28EF2EA02989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_28EF2EA0B83297E7` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoice_appartments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `invoice_id` int(11) DEFAULT NULL,
  `number` varchar(10) NOT NULL,
  `description` varchar(255) NOT NULL,
  `beds` smallint(6) NOT NULL,
  `persons` smallint(6) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `vat` decimal(10,2) NOT NULL,
  `includes_vat` tinyint(1) DEFAULT NULL,
  `is_flat_price` tinyint(1) DEFAULT NULL,
  `is_per_room` tinyint(1) NOT NULL DEFAULT 1,
  `revenue_account_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_B1303C092989F1FD` (`invoice_id`),
  KEY `IDX_INVOICE_APPARTMENTS_REVENUE_ACCOUNT` (`revenue_account_id`),
  CONSTRAINT `FK_B1303C092989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `FK_INVOICE_APPARTMENTS_REVENUE_ACCOUNT` FOREIGN KEY (`revenue_account_id`) REFERENCES `accounting_accounts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoice_positions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `invoice_id` int(11) DEFAULT NULL,
  `amount` int(11) NOT NULL,
  `description` varchar(255) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `vat` decimal(10,2) NOT NULL,
  `includes_vat` tinyint(1) DEFAULT NULL,
  `is_flat_price` tinyint(1) DEFAULT NULL,
  `is_per_room` tinyint(1) NOT NULL DEFAULT 0,
  `revenue_account_id` int(11) DEFAULT NULL,
  `position_group` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_B33014E02989F1FD` (`invoice_id`),
  KEY `IDX_INVOICE_POSITIONS_REVENUE_ACCOUNT` (`revenue_account_id`),
  CONSTRAINT `FK_B33014E02989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `FK_INVOICE_POSITIONS_REVENUE_ACCOUNT` FOREIGN KEY (`revenue_account_id`) REFERENCES `accounting_accounts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoice_settings_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_name` varchar(255) NOT NULL,
  `tax_number` varchar(100) DEFAULT NULL,
  `vat_id` varchar(100) DEFAULT NULL,
  `contact_name` varchar(100) DEFAULT NULL,
  `contact_department` varchar(50) DEFAULT NULL,
  `contact_phone` varchar(50) DEFAULT NULL,
  `contact_mail` varchar(60) DEFAULT NULL,
  `company_invoice_mail` varchar(60) NOT NULL,
  `company_address` varchar(100) NOT NULL,
  `company_post_code` varchar(10) NOT NULL,
  `company_city` varchar(45) NOT NULL,
  `company_country` varchar(2) NOT NULL,
  `account_iban` varchar(50) NOT NULL,
  `account_name` varchar(100) NOT NULL,
  `account_bic` varchar(50) DEFAULT NULL,
  `payment_terms` longtext DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `payment_due_days` smallint(6) DEFAULT NULL,
  `creditor_reference` varchar(100) DEFAULT NULL,
  `einvoice_profile` varchar(50) NOT NULL DEFAULT 'en16931',
  `registration_number` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_book` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) DEFAULT NULL,
  `reservation_id` int(11) DEFAULT NULL,
  `number` varchar(10) NOT NULL,
  `date` datetime NOT NULL,
  `salutation` varchar(20) DEFAULT NULL,
  `firstname` varchar(45) DEFAULT NULL,
  `lastname` varchar(45) NOT NULL,
  `company` varchar(255) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `address` varchar(150) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `city` varchar(45) DEFAULT NULL,
  `country` varchar(45) DEFAULT NULL,
  `year` varchar(4) NOT NULL,
  `id_type` varchar(255) DEFAULT NULL,
  `idnumber` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_4DBB4ED9395C3F3` (`customer_id`),
  KEY `IDX_4DBB4EDB83297E7` (`reservation_id`),
  CONSTRAINT `FK_4DBB4ED9395C3F3` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`),
  CONSTRAINT `FK_4DBB4EDB83297E7` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `template_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `icon` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_type_id` int(11) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `text` longtext NOT NULL,
  `params` varchar(255) DEFAULT NULL,
  `is_default` tinyint(1) NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_6F287D8E96F4F7AA` (`template_type_id`),
  CONSTRAINT `FK_6F287D8E96F4F7AA` FOREIGN KEY (`template_type_id`) REFERENCES `template_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `correspondence` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) DEFAULT NULL,
  `reservation_id` int(11) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `text` longtext NOT NULL,
  `created` datetime NOT NULL,
  `discr` varchar(255) NOT NULL,
  `recipient` varchar(100) DEFAULT NULL,
  `subject` varchar(200) DEFAULT NULL,
  `file_name` varchar(100) DEFAULT NULL,
  `binary_payload` longblob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2A0046B05DA0FB8` (`template_id`),
  KEY `IDX_2A0046B0B83297E7` (`reservation_id`),
  CONSTRAINT `FK_2A0046B05DA0FB8` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`),
  CONSTRAINT `FK_2A0046B0B83297E7` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `room_blocks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appartment_id` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `uuid` binary(16) NOT NULL COMMENT '(DC2Type:uuid)',
  `start_date` date NOT NULL COMMENT '(DC2Type:date_immutable)',
  `end_date` date NOT NULL COMMENT '(DC2Type:date_immutable)',
  `reason` varchar(255) NOT NULL,
  `note` longtext DEFAULT NULL,
  `source` varchar(32) NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_8FA353B9D17F50A6` (`uuid`),
  KEY `idx_room_blocks_room_dates` (`appartment_id`,`start_date`,`end_date`),
  KEY `IDX_8FA353B92714DC20` (`appartment_id`),
  KEY `IDX_8FA353B9B03A8386` (`created_by_id`),
  CONSTRAINT `FK_8FA353B92714DC20` FOREIGN KEY (`appartment_id`) REFERENCES `appartments` (`id`),
  CONSTRAINT `FK_8FA353B9B03A8386` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `room_day_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appartment_id` int(11) NOT NULL,
  `assigned_to_id` int(11) DEFAULT NULL,
  `updated_by_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `hk_status` varchar(20) NOT NULL,
  `note` longtext DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_room_day` (`appartment_id`,`date`),
  KEY `IDX_1C76B19393362AA5` (`appartment_id`),
  KEY `IDX_1C76B193F91F2105` (`assigned_to_id`),
  KEY `IDX_1C76B193896DBBDE` (`updated_by_id`),
  CONSTRAINT `FK_1C76B193896DBBDE` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_1C76B19393362AA5` FOREIGN KEY (`appartment_id`) REFERENCES `appartments` (`id`),
  CONSTRAINT `FK_1C76B193F91F2105` FOREIGN KEY (`assigned_to_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `color` varchar(20) NOT NULL,
  `requires_confirmation` tinyint(1) NOT NULL,
  `ics_url` varchar(255) DEFAULT NULL,
  `last_synced_at` datetime DEFAULT NULL,
  `last_sync_count` int(11) DEFAULT NULL,
  `last_sync_new_count` int(11) DEFAULT NULL,
  `last_sync_updated_count` int(11) DEFAULT NULL,
  `last_sync_unchanged_count` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_entry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `calendar_id` int(11) NOT NULL,
  `confirmed_by_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `title` varchar(100) NOT NULL,
  `source_uid` varchar(255) DEFAULT NULL,
  `confirmed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_calendar_entry_date` (`date`),
  KEY `idx_calendar_entry_source` (`calendar_id`,`source_uid`),
  KEY `IDX_CALENDAR_ENTRY_CALENDAR` (`calendar_id`),
  KEY `IDX_CALENDAR_ENTRY_CONFIRMED_BY` (`confirmed_by_id`),
  CONSTRAINT `FK_CALENDAR_ENTRY_CALENDAR` FOREIGN KEY (`calendar_id`) REFERENCES `calendar` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CALENDAR_ENTRY_CONFIRMED_BY` FOREIGN KEY (`confirmed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_sync` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apartment_id` int(11) NOT NULL,
  `uuid` binary(16) NOT NULL COMMENT '(DC2Type:uuid)',
  `is_public` tinyint(1) NOT NULL,
  `last_export` datetime DEFAULT NULL,
  `export_guest_name` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_7EBD762ED17F50A6` (`uuid`),
  UNIQUE KEY `UNIQ_7EBD762E176DFE85` (`apartment_id`),
  KEY `uuid_idx` (`uuid`),
  CONSTRAINT `FK_7EBD762E176DFE85` FOREIGN KEY (`apartment_id`) REFERENCES `appartments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calendar_sync_import` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apartment_id` int(11) NOT NULL,
  `reservation_origin_id` int(11) NOT NULL,
  `reservation_status_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `conflict_strategy` varchar(50) NOT NULL,
  `last_sync_at` datetime DEFAULT NULL,
  `last_sync_error` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `calendar_sync_import_apartment_idx` (`apartment_id`),
  KEY `IDX_3E40D8014CE51253` (`reservation_origin_id`),
  KEY `IDX_3E40D80171B06122` (`reservation_status_id`),
  CONSTRAINT `FK_3E40D8014CE51253` FOREIGN KEY (`reservation_origin_id`) REFERENCES `reservation_origins` (`id`),
  CONSTRAINT `FK_3E40D80171B06122` FOREIGN KEY (`reservation_status_id`) REFERENCES `reservation_status` (`id`),
  CONSTRAINT `FK_3E40D80176DFE85` FOREIGN KEY (`apartment_id`) REFERENCES `appartments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `accounting_accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account_number` varchar(10) NOT NULL,
  `name` varchar(150) NOT NULL,
  `type` varchar(20) NOT NULL,
  `is_cash_account` tinyint(1) NOT NULL DEFAULT 0,
  `is_system_default` tinyint(1) NOT NULL DEFAULT 0,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `is_bank_account` tinyint(1) NOT NULL DEFAULT 0,
  `is_auto_account` tinyint(1) NOT NULL DEFAULT 0,
  `datev_sachverhalt_l_u_l` smallint(6) DEFAULT NULL,
  `datev_funktionsergaenzung_l_u_l` smallint(6) DEFAULT NULL,
  `chart_preset` varchar(20) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_account_per_preset` (`account_number`,`chart_preset`),
  KEY `idx_acct_chart_preset` (`chart_preset`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tax_rates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `rate` decimal(5,2) NOT NULL,
  `valid_from` date DEFAULT NULL,
  `valid_to` date DEFAULT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `revenue_account_id` int(11) DEFAULT NULL,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `datev_output_bu_key` varchar(4) DEFAULT NULL,
  `datev_input_bu_key` varchar(4) DEFAULT NULL,
  `chart_preset` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_F7AE5E1D1269BA99` (`revenue_account_id`),
  KEY `idx_tax_chart_preset` (`chart_preset`),
  CONSTRAINT `FK_F7AE5E1D1269BA99` FOREIGN KEY (`revenue_account_id`) REFERENCES `accounting_accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `booking_batches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `year` smallint(5) unsigned NOT NULL,
  `month` smallint(5) unsigned NOT NULL,
  `is_closed` tinyint(1) NOT NULL DEFAULT 0,
  `is_exported` tinyint(1) NOT NULL DEFAULT 0,
  `cash_start` decimal(13,2) DEFAULT NULL,
  `cash_end` decimal(13,2) DEFAULT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `booking_entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `booking_batch_id` int(11) NOT NULL,
  `date` date NOT NULL,
  `document_number` int(11) NOT NULL,
  `amount` decimal(13,2) NOT NULL,
  `debit_account_id` int(11) DEFAULT NULL,
  `credit_account_id` int(11) DEFAULT NULL,
  `tax_rate_id` int(11) DEFAULT NULL,
  `invoice_number` varchar(50) DEFAULT NULL,
  `invoice_id` int(11) DEFAULT NULL,
  `remark` varchar(255) DEFAULT NULL,
  `counter_account_legacy` varchar(50) DEFAULT NULL,
  `source_type` varchar(30) DEFAULT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `split_group_uuid` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_booking_batch` (`booking_batch_id`),
  KEY `IDX_debit_account` (`debit_account_id`),
  KEY `IDX_credit_account` (`credit_account_id`),
  KEY `IDX_tax_rate` (`tax_rate_id`),
  KEY `idx_booking_entry_split_group` (`split_group_uuid`),
  CONSTRAINT `FK_be_batch` FOREIGN KEY (`booking_batch_id`) REFERENCES `booking_batches` (`id`),
  CONSTRAINT `FK_be_credit` FOREIGN KEY (`credit_account_id`) REFERENCES `accounting_accounts` (`id`),
  CONSTRAINT `FK_be_debit` FOREIGN KEY (`debit_account_id`) REFERENCES `accounting_accounts` (`id`),
  CONSTRAINT `FK_be_taxrate` FOREIGN KEY (`tax_rate_id`) REFERENCES `tax_rates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bank_statement_imports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `period_from` date DEFAULT NULL,
  `period_to` date DEFAULT NULL,
  `line_count_total` int(11) NOT NULL DEFAULT 0,
  `line_count_committed` int(11) NOT NULL DEFAULT 0,
  `line_count_ignored` int(11) NOT NULL DEFAULT 0,
  `line_count_duplicate` int(11) NOT NULL DEFAULT 0,
  `file_format` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `committed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_bank_statement_import_account` (`bank_account_id`),
  KEY `idx_bank_statement_import_status` (`status`),
  KEY `IDX_bank_statement_import_user` (`created_by_id`),
  CONSTRAINT `FK_bank_statement_import_account` FOREIGN KEY (`bank_account_id`) REFERENCES `accounting_accounts` (`id`),
  CONSTRAINT `FK_bank_statement_import_user` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `guest_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `acronym` varchar(20) NOT NULL,
  `min_age` smallint(6) DEFAULT NULL,
  `max_age` smallint(6) DEFAULT NULL,
  `is_counted_in_occupancy` tinyint(1) NOT NULL DEFAULT 1,
  `statistical_group` varchar(20) NOT NULL,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `system_code` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_guest_category_system_code` (`system_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `app_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` varchar(3) NOT NULL DEFAULT 'EUR',
  `currency_symbol` varchar(5) NOT NULL DEFAULT '€',
  `invoice_filename_pattern` varchar(255) NOT NULL DEFAULT 'Invoice-<number>',
  `customer_salutations` json NOT NULL,
  `notification_email` varchar(255) DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  `mail_from_email` varchar(255) DEFAULT NULL,
  `mail_from_name` varchar(255) DEFAULT NULL,
  `mail_return_path` varchar(255) DEFAULT NULL,
  `mail_copy` tinyint(1) DEFAULT NULL,
  `smtp_host` varchar(255) DEFAULT NULL,
  `smtp_port` int(11) DEFAULT NULL,
  `smtp_encryption` varchar(20) DEFAULT NULL,
  `smtp_username` varchar(255) DEFAULT NULL,
  `smtp_password_encrypted` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `monthly_stats_snapshots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subsidiary_id` int(11) DEFAULT NULL,
  `month` smallint(6) NOT NULL,
  `year` smallint(6) NOT NULL,
  `is_all` tinyint(1) NOT NULL,
  `metrics` json NOT NULL,
  `created_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `updated_at` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_month_year_subsidiary` (`year`,`month`,`is_all`,`subsidiary_id`),
  KEY `idx_month_year` (`year`,`month`),
  KEY `IDX_snapshot_subsidiary` (`subsidiary_id`),
  CONSTRAINT `FK_snapshot_subsidiary` FOREIGN KEY (`subsidiary_id`) REFERENCES `objects` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `postal_code_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `country_code` varchar(2) NOT NULL,
  `postal_code` varchar(20) NOT NULL,
  `place_name` varchar(180) NOT NULL,
  `state_name` varchar(100) DEFAULT NULL,
  `state_name_short` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_zip_idx` (`country_code`,`postal_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

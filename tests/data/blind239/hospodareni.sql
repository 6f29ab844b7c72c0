-- Skautske hospodareni (skaut/Skautske-hospodareni), accounting of Junak - cesky skaut units: cashbooks of units,
-- camps, events and education courses, receipts, camp/event participants' fees, payment groups and payments of
-- members, bank accounts and imported transactions, invoices, travel orders with drivers, contracts and vehicles,
-- log, error reports, user preferences
-- Upstream: github.com/skaut/Skautske-hospodareni, commit 60ce4cfef2565ef3efbcad0aaa95f7b757b470b4 (MIT)
-- Source: migrations/20*/Version*.php, 27 Doctrine migrations for MySQL (the first loads 2017/initial_schema.sql),
-- replayed in order into a scratch MariaDB 10.11 database and read back with mysqldump --no-data; Doctrine type
-- comments, column collations and AUTO_INCREMENT counters removed, JSON columns written as json, tables ordered
-- so that every foreign key points backwards. All 45 tables kept.

CREATE TABLE `ac_camp_cashbooks` (
  `id` char(36) NOT NULL,
  `cashbook_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_cashbook` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `cash_chit_number_prefix` varchar(255) DEFAULT NULL,
  `bank_chit_number_prefix` varchar(255) DEFAULT NULL,
  `note` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eventId` char(36) NOT NULL,
  `num` varchar(5) DEFAULT NULL,
  `date` date NOT NULL,
  `recipient` varchar(64) DEFAULT NULL,
  `locked` int(11) DEFAULT NULL,
  `payment_method` varchar(13) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_DBBC2DBC2B2EBB6C` (`eventId`),
  CONSTRAINT `FK_DBBC2DBC2B2EBB6C` FOREIGN KEY (`eventId`) REFERENCES `ac_cashbook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chit_scan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chit_id` int(11) NOT NULL,
  `file_path` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_FEC2BFD22AEA3AE4` (`chit_id`),
  CONSTRAINT `FK_FEC2BFD22AEA3AE4` FOREIGN KEY (`chit_id`) REFERENCES `ac_chits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chits_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `purpose` varchar(120) NOT NULL,
  `price` double NOT NULL,
  `priceText` varchar(100) NOT NULL,
  `category` int(11) NOT NULL,
  `category_operation_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chit_to_item` (
  `chit_id` int(11) NOT NULL,
  `item_id` int(11) NOT NULL,
  PRIMARY KEY (`chit_id`,`item_id`),
  UNIQUE KEY `UNIQ_2EA9AB79126F525E` (`item_id`),
  KEY `IDX_2EA9AB792AEA3AE4` (`chit_id`),
  CONSTRAINT `FK_2EA9AB79126F525E` FOREIGN KEY (`item_id`) REFERENCES `ac_chits_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2EA9AB792AEA3AE4` FOREIGN KEY (`chit_id`) REFERENCES `ac_chits` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chitsCategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `shortcut` varchar(64) NOT NULL,
  `operation_type` varchar(64) NOT NULL,
  `virtual` tinyint(1) NOT NULL,
  `priority` smallint(6) NOT NULL,
  `deleted` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_43247D652EF83F9C` (`shortcut`),
  KEY `deleted` (`deleted`),
  KEY `priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_chitsCategory_object` (
  `category_id` int(11) NOT NULL,
  `type` varchar(20) NOT NULL,
  PRIMARY KEY (`category_id`,`type`),
  KEY `IDX_824C4F2512469DE2` (`category_id`),
  KEY `type` (`type`),
  CONSTRAINT `FK_824C4F259C370B71` FOREIGN KEY (`category_id`) REFERENCES `ac_chitsCategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_education_cashbooks` (
  `id` char(36) NOT NULL,
  `year` int(11) NOT NULL,
  `cashbook_id` char(36) NOT NULL,
  PRIMARY KEY (`id`,`year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_event_cashbooks` (
  `id` char(36) NOT NULL,
  `cashbook_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_participants` (
  `id` char(36) NOT NULL,
  `participant_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  `payment` int(11) NOT NULL,
  `repayment` int(11) NOT NULL,
  `account` varchar(255) NOT NULL,
  `event_type` varchar(9) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `eventId` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_unit_budget_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `label` varchar(64) NOT NULL,
  `type` varchar(255) NOT NULL,
  `parentId` int(11) DEFAULT NULL,
  `value` double NOT NULL DEFAULT 0,
  `year` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `unitId_year` (`unit_id`,`year`),
  KEY `IDX_356BCD1F10EE4CEE` (`parentId`),
  CONSTRAINT `FK_356BCD1F10EE4CEE` FOREIGN KEY (`parentId`) REFERENCES `ac_unit_budget_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_units` (
  `id` char(36) NOT NULL,
  `active_cashbook_id` int(11) NOT NULL,
  `next_cashbook_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_unit_cashbooks` (
  `id` int(11) NOT NULL,
  `unit_id` char(36) NOT NULL,
  `year` smallint(6) NOT NULL,
  `cashbook_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`,`unit_id`),
  KEY `IDX_1243558BF8BD700D` (`unit_id`),
  CONSTRAINT `FK_1243558BF8BD700D` FOREIGN KEY (`unit_id`) REFERENCES `ac_units` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_user_user_id_unique` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_bank_account` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `allowed_for_subunits` tinyint(1) NOT NULL,
  `number_prefix` varchar(6) DEFAULT NULL,
  `number_number` varchar(10) DEFAULT NULL,
  `number_bank_code` varchar(4) DEFAULT NULL,
  `number_bank_name` varchar(255) DEFAULT NULL,
  `number_iban` varchar(255) DEFAULT NULL,
  `number_bic` varchar(255) DEFAULT NULL,
  `transaction_source` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_transaction_import_batch` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) NOT NULL,
  `source` varchar(20) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `file_hash` varchar(64) NOT NULL,
  `imported_at` datetime NOT NULL,
  `imported_by` varchar(255) NOT NULL,
  `transaction_count` int(11) NOT NULL,
  `new_transaction_count` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_49021CF912CB990C` (`bank_account_id`),
  CONSTRAINT `FK_49021CF912CB990C` FOREIGN KEY (`bank_account_id`) REFERENCES `pa_bank_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_transaction` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) NOT NULL,
  `import_batch_id` int(10) unsigned DEFAULT NULL,
  `source` varchar(20) NOT NULL,
  `transaction_key` varchar(191) NOT NULL,
  `source_transaction_id` varchar(191) DEFAULT NULL,
  `date` datetime NOT NULL,
  `amount` double NOT NULL,
  `counter_account` varchar(64) DEFAULT NULL,
  `counter_name` varchar(255) NOT NULL,
  `variable_symbol` bigint(20) DEFAULT NULL,
  `constant_symbol` int(11) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `imported_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bank_transaction_key_unique` (`transaction_key`),
  KEY `IDX_50BCB3AE12CB990C` (`bank_account_id`),
  KEY `IDX_50BCB3AE5A310080` (`import_batch_id`),
  CONSTRAINT `FK_50BCB3AE12CB990C` FOREIGN KEY (`bank_account_id`) REFERENCES `pa_bank_account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_50BCB3AE5A310080` FOREIGN KEY (`import_batch_id`) REFERENCES `bank_transaction_import_batch` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_sequence` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) DEFAULT NULL,
  `unit` int(11) NOT NULL,
  `sequence_id` int(11) NOT NULL DEFAULT 1,
  `sequence` varchar(20) NOT NULL,
  `first_number` varchar(10) NOT NULL DEFAULT '00001',
  `year` int(11) DEFAULT NULL,
  `description` varchar(255) NOT NULL,
  `oauth_id` char(36) DEFAULT NULL,
  `default_due_date` int(11) DEFAULT NULL,
  `automatic_pairing_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `pairing_days_back` int(11) DEFAULT NULL,
  `last_pairing` datetime DEFAULT NULL,
  `state` varchar(20) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_sequence_id_unit_sequence_year_unique` (`unit`,`sequence_id`,`year`),
  KEY `IDX_4DAE8D7312CB990C` (`bank_account_id`),
  CONSTRAINT `FK_4DAE8D7312CB990C` FOREIGN KEY (`bank_account_id`) REFERENCES `pa_bank_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sequence_id` int(10) unsigned NOT NULL,
  `bank_account_id` int(11) DEFAULT NULL,
  `invoice_id` int(11) DEFAULT NULL,
  `invoice_number` varchar(255) DEFAULT NULL,
  `issued_by` varchar(255) NOT NULL,
  `due_date` datetime NOT NULL,
  `date_of_issue` datetime NOT NULL,
  `date_of_tax_payment` datetime NOT NULL,
  `state` varchar(20) NOT NULL,
  `variable_symbol` varchar(10) NOT NULL,
  `closed_at` datetime DEFAULT NULL,
  `closed_by_username` varchar(64) DEFAULT NULL,
  `payment_type` varchar(20) NOT NULL,
  `bank_name` varchar(255) DEFAULT NULL,
  `account_number_prefix` varchar(6) DEFAULT NULL,
  `account_number_number` varchar(10) DEFAULT NULL,
  `account_number_bank_code` varchar(4) DEFAULT NULL,
  `account_number_bank_name` varchar(255) DEFAULT NULL,
  `account_number_iban` varchar(255) DEFAULT NULL,
  `account_number_bic` varchar(255) DEFAULT NULL,
  `iban` varchar(255) DEFAULT NULL,
  `bic` varchar(255) DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `sent_by` varchar(255) DEFAULT NULL,
  `cash_receipt_number` varchar(64) DEFAULT NULL,
  `supplier_unit_id` int(11) NOT NULL,
  `supplier_name` varchar(255) NOT NULL,
  `supplier_company_number` varchar(64) NOT NULL,
  `supplier_phone` varchar(64) DEFAULT NULL,
  `supplier_address_street` varchar(255) NOT NULL,
  `supplier_address_city` varchar(64) NOT NULL,
  `supplier_address_zip_code` varchar(10) NOT NULL,
  `supplier_address_street_number` varchar(10) DEFAULT NULL,
  `supplier_address_street_number_suffix` varchar(10) DEFAULT NULL,
  `supplier_address_country_name` varchar(64) DEFAULT NULL,
  `supplier_address_country_code` varchar(64) DEFAULT NULL,
  `customer_name` varchar(255) NOT NULL,
  `customer_company_number` varchar(64) NOT NULL,
  `customer_vat_number` varchar(64) NOT NULL,
  `customer_vat_payer` tinyint(1) NOT NULL,
  `customer_address_street` varchar(255) NOT NULL,
  `customer_address_city` varchar(64) NOT NULL,
  `customer_address_zip_code` varchar(10) NOT NULL,
  `customer_address_street_number` varchar(10) DEFAULT NULL,
  `customer_address_street_number_suffix` varchar(10) DEFAULT NULL,
  `customer_address_country_name` varchar(64) DEFAULT NULL,
  `customer_address_country_code` varchar(64) DEFAULT NULL,
  `transactionId` varchar(191) DEFAULT NULL,
  `bank_account` varchar(64) DEFAULT NULL,
  `transaction_payer` varchar(255) DEFAULT NULL,
  `transaction_note` varchar(255) DEFAULT NULL,
  `date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_sequence_number_unique` (`sequence_id`,`invoice_number`),
  KEY `IDX_9065174498FB19AE` (`sequence_id`),
  KEY `IDX_9065174412CB990C` (`bank_account_id`),
  CONSTRAINT `FK_9065174412CB990C` FOREIGN KEY (`bank_account_id`) REFERENCES `pa_bank_account` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_9065174498FB19AE` FOREIGN KEY (`sequence_id`) REFERENCES `invoice_sequence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `name` varchar(64) NOT NULL,
  `person_id` int(11) DEFAULT NULL,
  `amount` float NOT NULL,
  `due_date` date NOT NULL,
  `variable_symbol` varchar(10) DEFAULT NULL,
  `constant_symbol` smallint(6) DEFAULT NULL,
  `note` varchar(64) NOT NULL,
  `transactionId` varchar(191) DEFAULT NULL,
  `closed_at` datetime DEFAULT NULL,
  `closed_by_username` varchar(64) DEFAULT NULL,
  `bank_account` varchar(64) DEFAULT NULL,
  `state` varchar(20) NOT NULL,
  `transaction_payer` varchar(255) DEFAULT NULL,
  `transaction_note` varchar(255) DEFAULT NULL,
  `date` date DEFAULT NULL,
  `split_from_payment_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2299C210E0231CCA` (`split_from_payment_id`),
  CONSTRAINT `FK_2299C210E0231CCA` FOREIGN KEY (`split_from_payment_id`) REFERENCES `pa_payment` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_transaction_pairing` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bank_transaction_id` int(10) unsigned DEFAULT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `invoice_id` int(10) unsigned DEFAULT NULL,
  `transaction_key` varchar(191) NOT NULL,
  `pairing_mode` varchar(20) NOT NULL,
  `paired_at` datetime NOT NULL,
  `paired_by` varchar(255) DEFAULT NULL,
  `cancelled_at` datetime DEFAULT NULL,
  `cancelled_by` varchar(255) DEFAULT NULL,
  `cancellation_reason` varchar(255) DEFAULT NULL,
  `historical_bank_account_id` int(11) DEFAULT NULL,
  `historical_bank_account_name` varchar(255) DEFAULT NULL,
  `historical_account_number` varchar(64) DEFAULT NULL,
  `historical_bank_code` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_71FB1C7B898B7D6` (`bank_transaction_id`),
  KEY `IDX_71FB1C74C3A3BB` (`payment_id`),
  KEY `IDX_71FB1C72989F1FD` (`invoice_id`),
  CONSTRAINT `FK_71FB1C72989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_71FB1C74C3A3BB` FOREIGN KEY (`payment_id`) REFERENCES `pa_payment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_71FB1C7B898B7D6` FOREIGN KEY (`bank_transaction_id`) REFERENCES `bank_transaction` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_oauth` (
  `id` char(36) NOT NULL,
  `unit_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unitid_email` (`unit_id`,`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_access_request` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `unit_id` int(10) unsigned DEFAULT NULL,
  `role_id` int(10) unsigned DEFAULT NULL,
  `display_name` varchar(255) NOT NULL,
  `requester_email` varchar(255) DEFAULT NULL,
  `note` longtext NOT NULL,
  `state` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `resolved_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_access_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_access_user_user_id_unique` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_email_recipient` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `invoice_id` int(10) unsigned NOT NULL,
  `email_address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_23EBCB2F2989F1FD` (`invoice_id`),
  CONSTRAINT `FK_23EBCB2F2989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_item` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `invoice_id` int(10) unsigned NOT NULL,
  `quantity` int(11) NOT NULL,
  `unit` varchar(10) NOT NULL,
  `purpose` varchar(255) NOT NULL,
  `price` decimal(15,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_1DDE477B2989F1FD` (`invoice_id`),
  CONSTRAINT `FK_1DDE477B2989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_sent_email` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `invoice_id` int(10) unsigned NOT NULL,
  `type` varchar(50) NOT NULL,
  `time` datetime NOT NULL,
  `sender_name` varchar(255) NOT NULL,
  `successful` tinyint(1) NOT NULL DEFAULT 1,
  `error_message` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_10F295622989F1FD` (`invoice_id`),
  CONSTRAINT `FK_10F295622989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_sequence_email` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sequence_id` int(10) unsigned NOT NULL,
  `type` varchar(50) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_sequence_email_type_unique` (`sequence_id`,`type`),
  KEY `IDX_7C9CEB0198FB19AE` (`sequence_id`),
  CONSTRAINT `FK_7C9CEB0198FB19AE` FOREIGN KEY (`sequence_id`) REFERENCES `invoice_sequence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_unit_setting` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `unit` int(11) NOT NULL,
  `year` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `street` varchar(255) NOT NULL,
  `city` varchar(64) NOT NULL,
  `zipcode` varchar(10) NOT NULL,
  `company_number` varchar(64) NOT NULL,
  `phone` varchar(64) DEFAULT NULL,
  `stamp_image_path` varchar(255) DEFAULT NULL,
  `logo_image_path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_unit_setting_unit_year_unique` (`unit`,`year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `type` varchar(255) NOT NULL,
  `type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `unitId` (`unit_id`),
  KEY `typeId` (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `groupType` varchar(20) DEFAULT NULL,
  `sisId` int(11) DEFAULT NULL,
  `name` varchar(64) NOT NULL,
  `amount` double DEFAULT NULL,
  `due_date` date DEFAULT NULL,
  `constant_symbol` int(11) DEFAULT NULL,
  `next_variable_symbol` varchar(255) DEFAULT NULL,
  `state` varchar(20) NOT NULL,
  `note` varchar(250) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `last_pairing` datetime DEFAULT NULL,
  `smtp_id` int(11) DEFAULT NULL,
  `bank_account_id` int(11) DEFAULT NULL,
  `oauth_id` char(36) DEFAULT NULL,
  `is_reminders_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `automatic_pairing_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `pairing_days_back` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_group_email` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `template_subject` varchar(255) NOT NULL,
  `template_body` longtext NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_7A67EADBFE54D947` (`group_id`),
  CONSTRAINT `FK_7A67EADBFE54D947` FOREIGN KEY (`group_id`) REFERENCES `pa_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_group_unit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_FB5A0CD6FE54D947` (`group_id`),
  CONSTRAINT `FK_FB5A0CD6FE54D947` FOREIGN KEY (`group_id`) REFERENCES `pa_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_payment_email_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_id` int(11) NOT NULL,
  `email_address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_A3FBD6514C3A3BB` (`payment_id`),
  CONSTRAINT `FK_A3FBD6514C3A3BB` FOREIGN KEY (`payment_id`) REFERENCES `pa_payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pa_payment_sent_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `time` datetime NOT NULL,
  `sender_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_95359C6C4C3A3BB` (`payment_id`),
  CONSTRAINT `FK_95359C6C4C3A3BB` FOREIGN KEY (`payment_id`) REFERENCES `pa_payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_group_visit` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `visited_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_group_visit_user_group_unique` (`user_id`,`group_id`),
  KEY `payment_group_visit_user_visited_idx` (`user_id`,`visited_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_vehicle` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `type` varchar(64) NOT NULL,
  `registration` varchar(64) NOT NULL,
  `consumption` double NOT NULL,
  `note` varchar(64) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `subunit_id` int(11) DEFAULT NULL,
  `metadata_author_name` varchar(255) NOT NULL,
  `metadata_created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_commands` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contract_id` int(11) DEFAULT NULL,
  `unit_id` int(11) NOT NULL,
  `purpose` varchar(64) NOT NULL,
  `place` varchar(64) NOT NULL,
  `fellow_passengers` varchar(256) NOT NULL,
  `vehicle_id` int(11) DEFAULT NULL,
  `fuel_price` int(11) NOT NULL,
  `amortization` int(11) NOT NULL,
  `note` varchar(64) NOT NULL,
  `closed_at` datetime DEFAULT NULL,
  `driver_name` varchar(255) NOT NULL,
  `driver_contact` varchar(255) NOT NULL,
  `driver_address` varchar(255) NOT NULL,
  `next_travel_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `unit` varchar(64) NOT NULL,
  `transport_types` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_4D5B6D0C545317D1` (`vehicle_id`),
  CONSTRAINT `FK_4D5B6D0C545317D1` FOREIGN KEY (`vehicle_id`) REFERENCES `tc_vehicle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_contracts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `unit_id` int(11) NOT NULL,
  `unit_representative` varchar(64) NOT NULL,
  `driver_name` varchar(64) NOT NULL,
  `driver_address` varchar(64) NOT NULL,
  `driver_birthday` date DEFAULT NULL,
  `driver_contact` varchar(64) DEFAULT NULL,
  `since` date DEFAULT NULL,
  `until` date DEFAULT NULL,
  `template_version` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_travels` (
  `id` int(11) NOT NULL,
  `command_id` int(11) NOT NULL,
  `start_place` varchar(64) NOT NULL,
  `start_date` date NOT NULL,
  `end_place` varchar(64) NOT NULL,
  `distance` double DEFAULT NULL,
  `transport_type` varchar(255) NOT NULL,
  `has_fuel` smallint(6) NOT NULL,
  `price` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`,`command_id`),
  KEY `IDX_F53E53633E1689A` (`command_id`),
  CONSTRAINT `FK_F53E53633E1689A` FOREIGN KEY (`command_id`) REFERENCES `tc_commands` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_vehicle_roadworthy_scan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vehicle_id` int(11) NOT NULL,
  `file_path` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_270D2917545317D1` (`vehicle_id`),
  CONSTRAINT `FK_270D2917545317D1` FOREIGN KEY (`vehicle_id`) REFERENCES `tc_vehicle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technical_error_report` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `reported_url` varchar(2048) DEFAULT NULL,
  `reporter_user_id` int(10) unsigned NOT NULL,
  `reporter_display_name` varchar(255) NOT NULL,
  `reporter_email` varchar(255) DEFAULT NULL,
  `role_id` int(10) unsigned DEFAULT NULL,
  `role_name` varchar(255) DEFAULT NULL,
  `unit_id` int(10) unsigned DEFAULT NULL,
  `unit_name` varchar(255) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` longtext DEFAULT NULL,
  `app_release` varchar(255) NOT NULL,
  `diagnostics` json NOT NULL,
  `created_at` datetime NOT NULL,
  `notification_sent_at` datetime DEFAULT NULL,
  `notification_error` longtext DEFAULT NULL,
  `resolved_at` datetime DEFAULT NULL,
  `resolution_state` varchar(20) DEFAULT NULL,
  `resolution_message` longtext DEFAULT NULL,
  `resolution_notification_sent_at` datetime DEFAULT NULL,
  `resolution_notification_error` longtext DEFAULT NULL,
  `screenshot_path` varchar(255) DEFAULT NULL,
  `screenshot_original_name` varchar(255) DEFAULT NULL,
  `screenshot_content_type` varchar(100) DEFAULT NULL,
  `screenshot_size` int(10) unsigned DEFAULT NULL,
  `reply_error` longtext DEFAULT NULL,
  `github_issue_number` int(10) unsigned DEFAULT NULL,
  `github_issue_url` varchar(2048) DEFAULT NULL,
  `github_issue_created_at` datetime DEFAULT NULL,
  `github_sync_error` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `technical_error_report_created_at_idx` (`created_at`),
  KEY `technical_error_report_user_id_idx` (`reporter_user_id`),
  KEY `technical_error_report_resolved_at_idx` (`resolved_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technical_error_report_reply` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `report_id` int(10) unsigned NOT NULL,
  `message` longtext NOT NULL,
  `sent_at` datetime NOT NULL,
  `github_comment_url` varchar(2048) DEFAULT NULL,
  `github_comment_error` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `technical_error_report_reply_report_sent_at_idx` (`report_id`,`sent_at`),
  CONSTRAINT `FK_B2C6C3894BD2A4C0` FOREIGN KEY (`report_id`) REFERENCES `technical_error_report` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preference` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `show_help` tinyint(1) NOT NULL DEFAULT 1,
  `updated_at` datetime NOT NULL,
  `extend_skautis_login` tinyint(1) NOT NULL DEFAULT 0,
  `remember_skautis_role` tinyint(1) NOT NULL DEFAULT 0,
  `remembered_skautis_role_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_preference_user_id_unique` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Biblivre 5 (Biblioteca Livre Internacional 5.0.5): free integrated library system from Brazil
-- (patrons with EAV contact fields, logins and permissions, lendings, reservations, fines, access cards
-- and reading-room access control, cataloguing, acquisition).
-- Source: github.com/Biblivre/Biblivre-5 sql/biblivre4.sql (pg_dump of the install database named in README.md),
-- commit 191d658f5c8c603d291d9fa8d0814e93c0cbda43 (GPL-3.0-or-later).
-- The dump was loaded into PostgreSQL 15 and the tables of its library schema ("single", `bib4template` in the
-- dump) were written as MySQL DDL from the catalogue; see biblivre.md.
CREATE TABLE `access_cards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UN_access_cards` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` INT,
  `photo_id` VARCHAR(255),
  `status` VARCHAR(255) NOT NULL,
  `login_id` INT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  `user_card_printed` TINYINT(1) DEFAULT 0,
  `name_ascii` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_control` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `access_card_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `arrival_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `departure_time` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_access_control_access_cards` FOREIGN KEY (`access_card_id`) REFERENCES `access_cards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_access_control_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorities_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `iso2709` TEXT NOT NULL,
  `material` VARCHAR(20),
  `database` VARCHAR(10) NOT NULL DEFAULT 'main',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `path` VARCHAR(255),
  `schemas` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `scope` VARCHAR(255) NOT NULL,
  `downloaded` TINYINT(1) NOT NULL DEFAULT 0,
  `steps` INT,
  `current_step` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_brief_formats` (
  `datafield` CHAR(3) NOT NULL,
  `format` TEXT NOT NULL,
  `sort_order` INT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`datafield`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_form_datafields` (
  `datafield` CHAR(3) NOT NULL,
  `collapsed` TINYINT(1) NOT NULL DEFAULT 0,
  `repeatable` TINYINT(1) NOT NULL DEFAULT 0,
  `indicator_1` VARCHAR(255),
  `indicator_2` VARCHAR(255),
  `material_type` VARCHAR(255),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`datafield`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_form_subfields` (
  `datafield` CHAR(3) NOT NULL,
  `subfield` CHAR(1) NOT NULL,
  `collapsed` TINYINT(1) NOT NULL DEFAULT 0,
  `repeatable` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  `autocomplete_type` VARCHAR(255) NOT NULL DEFAULT 'disabled',
  PRIMARY KEY (`datafield`, `subfield`),
  CONSTRAINT `FK_biblio_form_subfields_biblio_form_datafields` FOREIGN KEY (`datafield`) REFERENCES `biblio_form_datafields` (`datafield`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `iso2709` TEXT NOT NULL,
  `material` VARCHAR(20),
  `database` VARCHAR(10) NOT NULL DEFAULT 'main',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_holdings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `record_id` INT NOT NULL,
  `iso2709` TEXT NOT NULL,
  `database` VARCHAR(10) NOT NULL DEFAULT 'main',
  `accession_number` VARCHAR(255) NOT NULL,
  `location_d` VARCHAR(255),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  `material` VARCHAR(20),
  `availability` VARCHAR(255) NOT NULL DEFAULT 'available',
  `label_printed` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IX_biblio_holdings_accession_number` (`accession_number`),
  CONSTRAINT `fk_biblio_holdings_biblio_records` FOREIGN KEY (`record_id`) REFERENCES `biblio_records` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_idx_sort` (
  `record_id` INT NOT NULL,
  `indexing_group_id` INT NOT NULL,
  `phrase` VARCHAR(255),
  `ignore_chars_count` INT,
  PRIMARY KEY (`record_id`, `indexing_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_indexing_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `translation_key` VARCHAR(255) NOT NULL,
  `datafields` TEXT,
  `sortable` TINYINT(1) NOT NULL DEFAULT 0,
  `default_sort` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_search_results` (
  `search_id` INT NOT NULL,
  `indexing_group_id` INT NOT NULL,
  `record_id` INT NOT NULL,
  PRIMARY KEY (`search_id`, `indexing_group_id`, `record_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biblio_searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parameters` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurations` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'string',
  `required` TINYINT(1) NOT NULL DEFAULT 0,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `digital_media` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `blob` BIGINT UNSIGNED NOT NULL,
  `content_type` VARCHAR(255),
  `size` BIGINT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `holding_creation_counter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_name` VARCHAR(255) NOT NULL,
  `user_login` VARCHAR(100),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lendings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `holding_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `previous_lending_id` INT,
  `expected_return_date` DATETIME,
  `return_date` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lendings_biblio_holdings` FOREIGN KEY (`holding_id`) REFERENCES `biblio_holdings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_lendings_lendings` FOREIGN KEY (`previous_lending_id`) REFERENCES `lendings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_lendings_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lending_fines` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lending_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `fine_value` FLOAT NOT NULL,
  `payment_date` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_lending_fines_lendings` FOREIGN KEY (`lending_id`) REFERENCES `lendings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_lending_fines_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(255) NOT NULL,
  `employee` TINYINT(1) NOT NULL DEFAULT 0,
  `password` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UN_logins` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suppliers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trademark` VARCHAR(255) NOT NULL,
  `supplier_name` VARCHAR(255),
  `supplier_number` VARCHAR(255) NOT NULL,
  `vat_registration_number` VARCHAR(255),
  `address` VARCHAR(255),
  `address_number` VARCHAR(255),
  `address_complement` VARCHAR(255),
  `area` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `country` VARCHAR(255),
  `zip_code` VARCHAR(255),
  `telephone_1` VARCHAR(255),
  `telephone_2` VARCHAR(255),
  `telephone_3` VARCHAR(255),
  `telephone_4` VARCHAR(255),
  `contact_1` VARCHAR(255),
  `contact_2` VARCHAR(255),
  `contact_3` VARCHAR(255),
  `contact_4` VARCHAR(255),
  `info` VARCHAR(255),
  `url` VARCHAR(255),
  `email` VARCHAR(255),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `supplier_id` INT NOT NULL,
  `response_date` DATETIME,
  `expiration_date` DATETIME,
  `delivery_time` INT,
  `info` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_quotations_suppliers` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info` TEXT,
  `status` VARCHAR(255),
  `invoice_number` VARCHAR(255),
  `receipt_date` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `total_value` DECIMAL(19,4),
  `delivered_quantity` INT,
  `terms_of_payment` VARCHAR(255),
  `deadline_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  `quotation_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_orders_quotations` FOREIGN KEY (`quotation_id`) REFERENCES `quotations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `login_id` INT NOT NULL,
  `permission` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`login_id`, `permission`),
  CONSTRAINT `FK_permissions_logins` FOREIGN KEY (`login_id`) REFERENCES `logins` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `requester` VARCHAR(255),
  `author` VARCHAR(255),
  `item_title` VARCHAR(255),
  `item_subtitle` VARCHAR(255),
  `edition_number` VARCHAR(255),
  `publisher` VARCHAR(255),
  `info` TEXT,
  `status` VARCHAR(255),
  `quantity` INT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_quotation` (
  `request_id` INT NOT NULL,
  `quotation_id` INT NOT NULL,
  `quotation_quantity` INT,
  `unit_value` DECIMAL(19,4),
  `response_quantity` INT,
  PRIMARY KEY (`request_id`, `quotation_id`),
  CONSTRAINT `FK_request_quotation_quotations` FOREIGN KEY (`quotation_id`) REFERENCES `quotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_request_quotation_requests` FOREIGN KEY (`request_id`) REFERENCES `requests` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `record_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `expires` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reservations_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_reservations_biblio_records` FOREIGN KEY (`record_id`) REFERENCES `biblio_records` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translations` (
  `language` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  `user_created` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`language`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_fields` (
  `key` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `required` TINYINT(1) NOT NULL DEFAULT 0,
  `max_length` INT NOT NULL DEFAULT 0,
  `sort_order` INT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `lending_limit` INT,
  `reservation_limit` INT,
  `lending_time_limit` INT,
  `reservation_time_limit` INT,
  `fine_value` FLOAT NOT NULL DEFAULT 0.00,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_values` (
  `user_id` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `ascii` VARCHAR(255),
  PRIMARY KEY (`user_id`, `key`),
  CONSTRAINT `FK_users_values_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_users_values_users_fields` FOREIGN KEY (`key`) REFERENCES `users_fields` (`key`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vocabulary_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `iso2709` TEXT NOT NULL,
  `material` VARCHAR(20),
  `database` VARCHAR(10) NOT NULL DEFAULT 'main',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` INT,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `z3950_addresses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `port` INT NOT NULL,
  `collection` VARCHAR(255) NOT NULL DEFAULT 'default',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

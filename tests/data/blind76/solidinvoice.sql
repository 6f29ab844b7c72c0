-- SolidInvoice (github.com/SolidInvoice/SolidInvoice, MIT), commit 8662812b528963419e4b07841b61b81897adb0a0.
-- The schema that upstream's Doctrine migrations (migrations/Version20000 .. Version20300) leave, written as the MySQL
-- DDL Doctrine DBAL 3.9 generates: column order as created and altered by the migrations (columns added later come
-- last), types, lengths and nullability from the ORM mapping of src/*/Entity at this commit
-- (uuid_binary_ordered_time = BINARY(16), uuid = CHAR(36), string = VARCHAR(255), text = LONGTEXT,
-- float = DOUBLE PRECISION, array/object = LONGTEXT, json = JSON, with DBAL's (DC2Type:...) comments). All 29 tables
-- (ext_translations and ext_log_entries, dropped by Version20100/20201, are gone). Index and foreign-key names are
-- Doctrine's generated ones (IDX_/UNIQ_/FK_ + crc32 of table and columns); foreign keys as the migrations and the
-- mapping declare them.

CREATE TABLE `companies` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `users` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `email` VARCHAR(180) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `confirmation_token` VARCHAR(180) DEFAULT NULL,
  `password_requested_at` DATETIME DEFAULT NULL,
  `roles` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `mobile` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  UNIQUE INDEX `UNIQ_1483A5E9E7927C74` (`email`),
  UNIQUE INDEX `UNIQ_1483A5E9C05FB297` (`confirmation_token`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `user_company` (
  `user_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_17B21745A76ED395` (`user_id`),
  INDEX `IDX_17B21745979B1AD6` (`company_id`),
  PRIMARY KEY (`user_id`, `company_id`),
  CONSTRAINT `FK_17B21745A76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_17B21745979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `user_invitations` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `invited_by_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `email` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  INDEX `IDX_8A3CD93B979B1AD6` (`company_id`),
  INDEX `IDX_8A3CD93BA7B4A7E3` (`invited_by_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_8A3CD93B979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`),
  CONSTRAINT `FK_8A3CD93BA7B4A7E3` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `clients` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(125) NOT NULL,
  `website` VARCHAR(125) DEFAULT NULL,
  `status` VARCHAR(25) NOT NULL,
  `currency` VARCHAR(3) DEFAULT NULL,
  `vat_number` VARCHAR(255) DEFAULT NULL,
  `archived` TINYINT(1) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_C82E74979B1AD6` (`company_id`),
  UNIQUE INDEX `UNIQ_C82E745E237E06979B1AD6` (`name`, `company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_C82E74979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `contact_types` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(45) NOT NULL,
  `type` VARCHAR(45) NOT NULL,
  `field_options` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `required` TINYINT(1) NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_741A993F979B1AD6` (`company_id`),
  UNIQUE INDEX `UNIQ_741A993F5E237E06979B1AD6` (`name`, `company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_741A993F979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `contacts` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `firstName` VARCHAR(125) NOT NULL,
  `lastName` VARCHAR(125) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_3340157319EB6921` (`client_id`),
  INDEX `IDX_33401573E7927C74` (`email`),
  INDEX `IDX_33401573979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_3340157319EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_33401573979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `contact_details` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `contact_type_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `contact_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `value` LONGTEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_E8092A0B5F63AD12` (`contact_type_id`),
  INDEX `IDX_E8092A0BE7A1254A` (`contact_id`),
  INDEX `IDX_E8092A0B979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_E8092A0B5F63AD12` FOREIGN KEY (`contact_type_id`) REFERENCES `contact_types` (`id`),
  CONSTRAINT `FK_E8092A0BE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `FK_E8092A0B979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `addresses` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `street1` VARCHAR(255) DEFAULT NULL,
  `street2` VARCHAR(255) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `state` VARCHAR(255) DEFAULT NULL,
  `zip` VARCHAR(255) DEFAULT NULL,
  `country` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_6FCA751619EB6921` (`client_id`),
  INDEX `IDX_6FCA7516979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_6FCA751619EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_6FCA7516979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `client_credit` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `value_amount` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  UNIQUE INDEX `UNIQ_4967254D19EB6921` (`client_id`),
  INDEX `IDX_4967254D979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_4967254D19EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_4967254D979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `tax_rates` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(32) NOT NULL,
  `rate` DOUBLE PRECISION NOT NULL,
  `tax_type` VARCHAR(32) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_F7AE5E1D979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_F7AE5E1D979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `quotes` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `uuid` CHAR(36) NOT NULL COMMENT '(DC2Type:uuid)',
  `status` VARCHAR(25) NOT NULL,
  `terms` LONGTEXT DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `due` DATE DEFAULT NULL,
  `archived` TINYINT(1) DEFAULT NULL,
  `total_amount` BIGINT NOT NULL,
  `baseTotal_amount` BIGINT NOT NULL,
  `tax_amount` BIGINT NOT NULL,
  `discount_value_percentage` DOUBLE PRECISION DEFAULT NULL,
  `discount_type` VARCHAR(255) DEFAULT NULL,
  `discount_valueMoney_amount` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `quote_id` VARCHAR(255) NOT NULL,
  INDEX `IDX_A1B588C519EB6921` (`client_id`),
  INDEX `IDX_A1B588C5979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_A1B588C519EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_A1B588C5979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `quote_contact` (
  `quote_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `contact_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_A38D4EBCDB805178` (`quote_id`),
  INDEX `IDX_A38D4EBCE7A1254A` (`contact_id`),
  INDEX `IDX_A38D4EBCDB805178979B1AD6` (`quote_id`, `company_id`),
  PRIMARY KEY (`quote_id`, `contact_id`),
  CONSTRAINT `FK_A38D4EBCDB805178` FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A38D4EBCE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A38D4EBC979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `quote_lines` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `quote_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `tax_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `description` LONGTEXT NOT NULL,
  `qty` DOUBLE PRECISION NOT NULL,
  `price_amount` BIGINT NOT NULL,
  `total_amount` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_42FE01F7DB805178` (`quote_id`),
  INDEX `IDX_42FE01F7B2A824D8` (`tax_id`),
  INDEX `IDX_42FE01F7979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_42FE01F7DB805178` FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`),
  CONSTRAINT `FK_42FE01F7B2A824D8` FOREIGN KEY (`tax_id`) REFERENCES `tax_rates` (`id`),
  CONSTRAINT `FK_42FE01F7979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `recurring_invoices` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `frequency` VARCHAR(255) DEFAULT NULL,
  `date_start` DATE NOT NULL COMMENT '(DC2Type:date_immutable)',
  `date_end` DATE DEFAULT NULL COMMENT '(DC2Type:date_immutable)',
  `archived` TINYINT(1) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `status` VARCHAR(25) NOT NULL,
  `terms` LONGTEXT DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `total_amount` BIGINT NOT NULL,
  `baseTotal_amount` BIGINT NOT NULL,
  `tax_amount` BIGINT NOT NULL,
  `discount_value_percentage` DOUBLE PRECISION DEFAULT NULL,
  `discount_type` VARCHAR(255) DEFAULT NULL,
  `discount_valueMoney_amount` BIGINT NOT NULL,
  `client_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_FE93E28419EB6921` (`client_id`),
  INDEX `IDX_FE93E284979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_FE93E28419EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_FE93E284979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `recurringinvoice_contact` (
  `recurringinvoice_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `contact_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_1673913EE31CCDF` (`recurringinvoice_id`),
  INDEX `IDX_1673913EE7A1254A` (`contact_id`),
  INDEX `IDX_1673913EE31CCDF979B1AD6` (`recurringinvoice_id`, `company_id`),
  PRIMARY KEY (`recurringinvoice_id`, `contact_id`),
  CONSTRAINT `FK_1673913EE31CCDF` FOREIGN KEY (`recurringinvoice_id`) REFERENCES `recurring_invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_1673913EE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_1673913E979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `invoices` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `quote_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `uuid` CHAR(36) NOT NULL COMMENT '(DC2Type:uuid)',
  `status` VARCHAR(25) NOT NULL,
  `terms` LONGTEXT DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `due` DATE DEFAULT NULL,
  `paid_date` DATETIME DEFAULT NULL,
  `archived` TINYINT(1) DEFAULT NULL,
  `total_amount` BIGINT NOT NULL,
  `baseTotal_amount` BIGINT NOT NULL,
  `balance_amount` BIGINT NOT NULL,
  `tax_amount` BIGINT NOT NULL,
  `discount_value_percentage` DOUBLE PRECISION DEFAULT NULL,
  `discount_type` VARCHAR(255) DEFAULT NULL,
  `discount_valueMoney_amount` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `invoice_id` VARCHAR(255) NOT NULL,
  `invoice_date` DATE NOT NULL COMMENT '(DC2Type:date_immutable)',
  INDEX `IDX_6A2F2F9519EB6921` (`client_id`),
  UNIQUE INDEX `UNIQ_6A2F2F95DB805178` (`quote_id`),
  INDEX `IDX_6A2F2F95DB805178` (`quote_id`),
  INDEX `IDX_6A2F2F95979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_6A2F2F9519EB6921` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_6A2F2F95DB805178` FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`),
  CONSTRAINT `FK_6A2F2F95979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `invoice_contact` (
  `invoice_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `contact_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_BEBBD0EB2989F1FD` (`invoice_id`),
  INDEX `IDX_BEBBD0EBE7A1254A` (`contact_id`),
  INDEX `IDX_BEBBD0EB2989F1FD979B1AD6` (`invoice_id`, `company_id`),
  PRIMARY KEY (`invoice_id`, `contact_id`),
  CONSTRAINT `FK_BEBBD0EB2989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_BEBBD0EBE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_BEBBD0EB979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `invoice_lines` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `invoice_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `tax_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `description` LONGTEXT NOT NULL,
  `qty` DOUBLE PRECISION NOT NULL,
  `price_amount` BIGINT NOT NULL,
  `total_amount` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `recurringInvoice_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `type` VARCHAR(255) DEFAULT NULL,
  INDEX `IDX_72DBDC232989F1FD` (`invoice_id`),
  INDEX `IDX_72DBDC23B2A824D8` (`tax_id`),
  INDEX `IDX_72DBDC23416CCF0F` (`recurringInvoice_id`),
  INDEX `IDX_72DBDC23979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_72DBDC232989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `FK_72DBDC23B2A824D8` FOREIGN KEY (`tax_id`) REFERENCES `tax_rates` (`id`),
  CONSTRAINT `FK_72DBDC23416CCF0F` FOREIGN KEY (`recurringInvoice_id`) REFERENCES `recurring_invoices` (`id`),
  CONSTRAINT `FK_72DBDC23979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `payment_methods` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(125) NOT NULL,
  `gateway_name` VARCHAR(125) NOT NULL,
  `factory` VARCHAR(125) NOT NULL,
  `config` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `internal` TINYINT(1) DEFAULT NULL,
  `enabled` TINYINT(1) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_4FABF983979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_4FABF983979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `payments` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `invoice_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `client` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `method_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `number` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `client_email` VARCHAR(255) DEFAULT NULL,
  `client_id` VARCHAR(255) DEFAULT NULL,
  `total_amount` INT DEFAULT NULL,
  `currency_code` VARCHAR(255) DEFAULT NULL,
  `details` JSON NOT NULL,
  `status` VARCHAR(25) NOT NULL,
  `message` LONGTEXT DEFAULT NULL,
  `completed` DATETIME DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_65D29B322989F1FD` (`invoice_id`),
  INDEX `IDX_65D29B32C7440455` (`client`),
  INDEX `IDX_65D29B3219883967` (`method_id`),
  INDEX `IDX_65D29B32979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_65D29B322989F1FD` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `FK_65D29B32C7440455` FOREIGN KEY (`client`) REFERENCES `clients` (`id`),
  CONSTRAINT `FK_65D29B3219883967` FOREIGN KEY (`method_id`) REFERENCES `payment_methods` (`id`),
  CONSTRAINT `FK_65D29B32979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `security_token` (
  `hash` VARCHAR(255) NOT NULL,
  `details` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:object)',
  `after_url` LONGTEXT DEFAULT NULL,
  `target_url` LONGTEXT NOT NULL,
  `gateway_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`hash`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `app_config` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `setting_key` VARCHAR(125) NOT NULL,
  `setting_value` LONGTEXT DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `field_type` VARCHAR(255) NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_318942FC979B1AD6` (`company_id`),
  UNIQUE INDEX `UNIQ_318942FC5FA1E697979B1AD6` (`setting_key`, `company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_318942FC979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `api_tokens` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `user_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(125) NOT NULL,
  `token` VARCHAR(125) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_2CAD560EA76ED395` (`user_id`),
  INDEX `IDX_2CAD560E979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_2CAD560EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_2CAD560E979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `api_token_history` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `token_id` BINARY(16) DEFAULT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `ip` VARCHAR(255) NOT NULL,
  `resource` VARCHAR(125) NOT NULL,
  `method` VARCHAR(25) NOT NULL,
  `requestData` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `userAgent` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_61D8DC4441DEE7B9` (`token_id`),
  INDEX `IDX_61D8DC44979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_61D8DC4441DEE7B9` FOREIGN KEY (`token_id`) REFERENCES `api_tokens` (`id`),
  CONSTRAINT `FK_61D8DC44979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `notification_transport_setting` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `name` VARCHAR(255) NOT NULL,
  `transport` VARCHAR(255) NOT NULL,
  `settings` JSON NOT NULL,
  `user_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  UNIQUE INDEX `unique_name_user` (`name`, `company_id`, `user_id`),
  INDEX `IDX_C825F288A76ED395` (`user_id`),
  INDEX `IDX_C825F288979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_C825F288A76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_C825F288979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `notification_user_setting` (
  `id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `user_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `company_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `event` VARCHAR(255) NOT NULL,
  `email` TINYINT(1) NOT NULL,
  INDEX `IDX_C6774CA7A76ED395` (`user_id`),
  INDEX `IDX_C6774CA7979B1AD6` (`company_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_C6774CA7A76ED395` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_C6774CA7979B1AD6` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `usernotification_transportsetting` (
  `usernotification_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  `transportsetting_id` BINARY(16) NOT NULL COMMENT '(DC2Type:uuid_binary_ordered_time)',
  INDEX `IDX_F4035D6F58E61F52` (`usernotification_id`),
  INDEX `IDX_F4035D6F356A9AF4` (`transportsetting_id`),
  PRIMARY KEY (`usernotification_id`, `transportsetting_id`),
  CONSTRAINT `FK_F4035D6F58E61F52` FOREIGN KEY (`usernotification_id`) REFERENCES `notification_user_setting` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_F4035D6F356A9AF4` FOREIGN KEY (`transportsetting_id`) REFERENCES `notification_transport_setting` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `version` (
  `version` VARCHAR(125) NOT NULL,
  PRIMARY KEY (`version`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

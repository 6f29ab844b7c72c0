-- Stoq (Async Open Source, Brazil; retail and small-business management in Python / Storm on PostgreSQL:
-- persons as individuals and companies with clients, suppliers, employees, transporters, sales people and branches,
-- login users and profiles, purchase orders and quotes, receiving and supplier invoices, inventory counts, stock
-- decreases and transfers, production orders with quality tests; Brazilian documents such as CPF, RG, CNPJ),
-- github.com/stoq/stoq, commit c26991644d1affcf96bc2e0a0434796cabdf8448 (GPL-2.0, COPYING; stoqlib and its SQL files
-- LGPL-2.1-or-later, COPYING.stoqlib and the schema file's header).
-- Source: data/sql/schema-06.sql, upstream's consolidated schema of database generation 6 (the schema a new
-- installation is created from), loaded into PostgreSQL 15 and written as MySQL from its catalogue for the 47
-- tables kept (columns in upstream's order); the patch-06-NN upgrades of that generation (tables added later, such
-- as till_summary, message, access_token, nfe_supplier) are not applied. Types: UUID -> CHAR(36), TEXT as is,
-- BIGINT / INTEGER as is, BOOLEAN -> TINYINT(1), NUMERIC(p,s) -> DECIMAL(p,s) (unbounded -> DECIMAL(65,30)),
-- TIMESTAMP -> DATETIME, JSONB -> JSON, the enum types (marital_status, individual_gender, *_status ...) -> ENUM
-- with their labels; SERIAL ids -> AUTO_INCREMENT; the uuid_generate_v1() / new_te() defaults, CHECK constraints,
-- rules, triggers, indexes and views left out. transaction_entry.id and city_location.id (PostgreSQL INTEGER) are
-- written as BIGINT because the te_id / birth_location_id columns that refer to them are BIGINT and MariaDB needs
-- equal types on both sides of a foreign key. Primary, unique and foreign keys among the kept tables as upstream
-- declares them; the references are circular (person <-> branch, employee), so FOREIGN_KEY_CHECKS=0 while loading.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `transaction_entry` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `te_time` DATETIME NOT NULL,
  `dirty` TINYINT(1) DEFAULT 1,
  `metadata` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `event_type` ENUM('system', 'user', 'order', 'sale', 'payment') NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `city_location` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `country` TEXT,
  `city` TEXT,
  `state` TEXT,
  `city_code` INT,
  `state_code` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `city_location_country_state_city_key` (`country`, `state`, `city`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `name` TEXT,
  `phone_number` TEXT,
  `mobile_number` TEXT,
  `fax_number` TEXT,
  `email` TEXT,
  `notes` TEXT,
  `merged_with_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_te_id_key` (`te_id`),
  CONSTRAINT `person_merged_with_id_fkey` FOREIGN KEY (`merged_with_id`) REFERENCES `person` (`id`),
  CONSTRAINT `person_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `individual` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `is_active` TINYINT(1),
  `cpf` TEXT,
  `rg_number` TEXT,
  `birth_date` DATETIME,
  `occupation` TEXT,
  `marital_status` ENUM('single', 'married', 'divorced', 'widowed', 'separated', 'cohabitation') NOT NULL,
  `father_name` TEXT,
  `mother_name` TEXT,
  `rg_expedition_date` DATETIME,
  `rg_expedition_local` TEXT,
  `gender` ENUM('male', 'female'),
  `spouse_name` TEXT,
  `state_registry` TEXT,
  `city_registry` TEXT,
  `birth_location_id` BIGINT,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `individual_person_id_key` (`person_id`),
  UNIQUE KEY `individual_te_id_key` (`te_id`),
  CONSTRAINT `individual_birth_location_id_fkey` FOREIGN KEY (`birth_location_id`) REFERENCES `city_location` (`id`),
  CONSTRAINT `individual_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `individual_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `company` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `is_active` TINYINT(1),
  `cnpj` TEXT,
  `fancy_name` TEXT,
  `state_registry` TEXT,
  `city_registry` TEXT,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `company_person_id_key` (`person_id`),
  UNIQUE KEY `company_te_id_key` (`te_id`),
  CONSTRAINT `company_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `company_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `street` TEXT,
  `streetnumber` INT,
  `district` TEXT,
  `postal_code` TEXT,
  `complement` TEXT,
  `is_main_address` TINYINT(1),
  `person_id` CHAR(36),
  `city_location_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_te_id_key` (`te_id`),
  CONSTRAINT `address_city_location_id_fkey` FOREIGN KEY (`city_location_id`) REFERENCES `city_location` (`id`),
  CONSTRAINT `address_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `address_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_info` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `description` TEXT,
  `contact_info` TEXT,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_info_te_id_key` (`te_id`),
  CONSTRAINT `contact_info_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `contact_info_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `military_data` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `number` TEXT,
  `series_number` TEXT,
  `category` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `military_data_te_id_key` (`te_id`),
  CONSTRAINT `military_data_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `voter_data` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `number` TEXT,
  `section` TEXT,
  `zone` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `voter_data_te_id_key` (`te_id`),
  CONSTRAINT `voter_data_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_permit_data` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `number` TEXT,
  `series_number` TEXT,
  `pis_number` TEXT,
  `pis_bank` TEXT,
  `pis_registry_date` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `work_permit_data_te_id_key` (`te_id`),
  CONSTRAINT `work_permit_data_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_account` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `bank_number` INT,
  `bank_branch` TEXT,
  `bank_account` TEXT,
  `bank_type` BIGINT,
  `account_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `bank_account_account_id_key` (`account_id`),
  UNIQUE KEY `bank_account_te_id_key` (`te_id`),
  CONSTRAINT `bank_account_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_role` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `employee_role_name_key` (`name`),
  UNIQUE KEY `employee_role_te_id_key` (`te_id`),
  CONSTRAINT `employee_role_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `is_active` TINYINT(1),
  `admission_date` DATETIME,
  `expire_vacation` DATETIME,
  `salary` DECIMAL(20,2),
  `status` ENUM('normal', 'away', 'vacation', 'off') NOT NULL,
  `registry_number` TEXT,
  `education_level` TEXT,
  `dependent_person_number` INT,
  `role_id` CHAR(36),
  `workpermit_data_id` CHAR(36),
  `military_data_id` CHAR(36),
  `voter_data_id` CHAR(36),
  `bank_account_id` CHAR(36),
  `person_id` CHAR(36),
  `branch_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `employee_person_id_key` (`person_id`),
  UNIQUE KEY `employee_te_id_key` (`te_id`),
  CONSTRAINT `employee_bank_account_id_fkey` FOREIGN KEY (`bank_account_id`) REFERENCES `bank_account` (`id`),
  CONSTRAINT `employee_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `employee_military_data_id_fkey` FOREIGN KEY (`military_data_id`) REFERENCES `military_data` (`id`),
  CONSTRAINT `employee_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `employee_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `employee_role` (`id`),
  CONSTRAINT `employee_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `employee_voter_data_id_fkey` FOREIGN KEY (`voter_data_id`) REFERENCES `voter_data` (`id`),
  CONSTRAINT `employee_workpermit_data_id_fkey` FOREIGN KEY (`workpermit_data_id`) REFERENCES `work_permit_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branch` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `manager_id` CHAR(36),
  `is_active` TINYINT(1),
  `crt` INT DEFAULT 1,
  `acronym` TEXT,
  `can_execute_foreign_work_orders` TINYINT(1) DEFAULT 0,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `branch_acronym_key` (`acronym`),
  UNIQUE KEY `branch_person_id_key` (`person_id`),
  UNIQUE KEY `branch_te_id_key` (`te_id`),
  CONSTRAINT `branch_manager_id_fkey` FOREIGN KEY (`manager_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `branch_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `branch_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_role_history` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `began` DATETIME,
  `ended` DATETIME,
  `salary` DECIMAL(20,2),
  `role_id` CHAR(36),
  `employee_id` CHAR(36),
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `employee_role_history_te_id_key` (`te_id`),
  CONSTRAINT `employee_role_history_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `employee_role_history_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `employee_role` (`id`),
  CONSTRAINT `employee_role_history_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profile` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `name` TEXT,
  `max_discount` DECIMAL(10,2) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_profile_te_id_key` (`te_id`),
  CONSTRAINT `user_profile_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_settings` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `app_dir_name` TEXT,
  `has_permission` TINYINT(1),
  `user_profile_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `profile_settings_te_id_key` (`te_id`),
  CONSTRAINT `profile_settings_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `profile_settings_user_profile_id_fkey` FOREIGN KEY (`user_profile_id`) REFERENCES `user_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_user` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `username` TEXT NOT NULL,
  `pw_hash` TEXT,
  `is_active` TINYINT(1),
  `profile_id` CHAR(36),
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `login_user_person_id_key` (`person_id`),
  UNIQUE KEY `login_user_te_id_key` (`te_id`),
  UNIQUE KEY `login_user_username_key` (`username`),
  CONSTRAINT `login_user_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `login_user_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `user_profile` (`id`),
  CONSTRAINT `login_user_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_branch_access` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `user_id` CHAR(36) NOT NULL,
  `branch_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_branch_access_te_id_key` (`te_id`),
  UNIQUE KEY `user_branch_access_user_id_branch_id_key` (`user_id`, `branch_id`),
  CONSTRAINT `user_branch_access_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `user_branch_access_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `user_branch_access_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `login_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_category` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `name` TEXT,
  `max_discount` DECIMAL(10,2) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_category_name_key` (`name`),
  UNIQUE KEY `client_category_te_id_key` (`te_id`),
  CONSTRAINT `client_category_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `status` ENUM('solvent', 'indebt', 'insolvent', 'inactive') NOT NULL,
  `days_late` INT,
  `credit_limit` DECIMAL(20,2) DEFAULT 0,
  `salary` DECIMAL(20,2) DEFAULT 0,
  `person_id` CHAR(36),
  `category_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_person_id_key` (`person_id`),
  UNIQUE KEY `client_te_id_key` (`te_id`),
  CONSTRAINT `client_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `client_category` (`id`),
  CONSTRAINT `client_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `client_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_salary_history` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `date` DATETIME,
  `new_salary` DECIMAL(20,2) DEFAULT 0,
  `old_salary` DECIMAL(20,2) DEFAULT 0,
  `user_id` CHAR(36),
  `client_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_salary_history_te_id_key` (`te_id`),
  CONSTRAINT `client_salary_history_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`),
  CONSTRAINT `client_salary_history_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `client_salary_history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `login_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_check_history` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `creation_date` DATETIME,
  `check_date` DATETIME,
  `identifier` TEXT,
  `status` ENUM('included', 'not-included') NOT NULL,
  `notes` TEXT,
  `client_id` CHAR(36),
  `user_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `credit_check_history_te_id_key` (`te_id`),
  CONSTRAINT `credit_check_history_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`),
  CONSTRAINT `credit_check_history_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `credit_check_history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `login_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calls` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `date` DATETIME,
  `message` TEXT,
  `description` TEXT,
  `person_id` CHAR(36),
  `attendant_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `calls_te_id_key` (`te_id`),
  CONSTRAINT `calls_attendant_id_fkey` FOREIGN KEY (`attendant_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `calls_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `calls_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `is_active` TINYINT(1),
  `status` ENUM('active', 'inactive', 'blocked') NOT NULL,
  `product_desc` TEXT,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `supplier_person_id_key` (`person_id`),
  UNIQUE KEY `supplier_te_id_key` (`te_id`),
  CONSTRAINT `supplier_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `supplier_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transporter` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `is_active` TINYINT(1),
  `open_contract_date` DATETIME,
  `freight_percentage` DECIMAL(10,2) NOT NULL,
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `transporter_person_id_key` (`person_id`),
  UNIQUE KEY `transporter_te_id_key` (`te_id`),
  CONSTRAINT `transporter_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `transporter_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sales_person` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `comission` DECIMAL(10,2),
  `comission_type` INT,
  `is_active` TINYINT(1),
  `person_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sales_person_person_id_key` (`person_id`),
  UNIQUE KEY `sales_person_te_id_key` (`te_id`),
  CONSTRAINT `sales_person_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `sales_person_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_manufacturer` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `name` TEXT,
  `code` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_manufacturer_code_key` (`code`),
  UNIQUE KEY `product_manufacturer_name_key` (`name`),
  UNIQUE KEY `product_manufacturer_te_id_key` (`te_id`),
  CONSTRAINT `product_manufacturer_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_supplier_info` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `supplier_code` TEXT,
  `base_cost` DECIMAL(20,8),
  `notes` TEXT,
  `is_main_supplier` TINYINT(1),
  `icms` DECIMAL(10,2),
  `lead_time` INT DEFAULT 1,
  `minimum_purchase` DECIMAL(20,3) DEFAULT 1,
  `supplier_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `branch_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_supplier_info_te_id_key` (`te_id`),
  UNIQUE KEY `unique_supplier_code` (`branch_id`, `supplier_id`, `product_id`, `supplier_code`),
  CONSTRAINT `product_supplier_info_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `product_supplier_info_supplier_id_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `supplier` (`id`),
  CONSTRAINT `product_supplier_info_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quote_group` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `branch_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `quote_group_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `quote_group_te_id_key` (`te_id`),
  CONSTRAINT `quote_group_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `quote_group_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchase_order` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `status` ENUM('quoting', 'pending', 'confirmed', 'consigned', 'cancelled', 'closed') NOT NULL,
  `open_date` DATETIME NOT NULL,
  `quote_deadline` DATETIME,
  `expected_receival_date` DATETIME,
  `expected_pay_date` DATETIME,
  `receival_date` DATETIME,
  `confirm_date` DATETIME,
  `notes` TEXT,
  `salesperson_name` TEXT,
  `freight_type` ENUM('fob', 'cif') NOT NULL,
  `expected_freight` DECIMAL(20,2),
  `surcharge_value` DECIMAL(20,2),
  `discount_value` DECIMAL(20,2),
  `consigned` TINYINT(1) DEFAULT 0,
  `supplier_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  `transporter_id` CHAR(36),
  `responsible_id` CHAR(36),
  `group_id` CHAR(36),
  `work_order_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `purchase_order_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `purchase_order_te_id_key` (`te_id`),
  CONSTRAINT `purchase_order_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `purchase_order_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `purchase_order_supplier_id_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `supplier` (`id`),
  CONSTRAINT `purchase_order_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `purchase_order_transporter_id_fkey` FOREIGN KEY (`transporter_id`) REFERENCES `transporter` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchase_item` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `quantity` DECIMAL(20,3),
  `quantity_received` DECIMAL(20,3),
  `base_cost` DECIMAL(20,8),
  `cost` DECIMAL(20,8),
  `expected_receival_date` DATETIME,
  `sellable_id` CHAR(36),
  `order_id` CHAR(36),
  `parent_item_id` CHAR(36),
  `quantity_sold` DECIMAL(20,3) DEFAULT 0,
  `quantity_returned` DECIMAL(20,3) DEFAULT 0,
  `ipi_value` DECIMAL(20,2),
  `icms_st_value` DECIMAL(20,2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `purchase_item_te_id_key` (`te_id`),
  CONSTRAINT `purchase_item_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `purchase_order` (`id`),
  CONSTRAINT `purchase_item_parent_item_id_fkey` FOREIGN KEY (`parent_item_id`) REFERENCES `purchase_item` (`id`),
  CONSTRAINT `purchase_item_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quotation` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `purchase_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `quotation_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `quotation_te_id_key` (`te_id`),
  CONSTRAINT `quotation_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `quotation_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `quote_group` (`id`),
  CONSTRAINT `quotation_purchase_id_fkey` FOREIGN KEY (`purchase_id`) REFERENCES `purchase_order` (`id`),
  CONSTRAINT `quotation_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receiving_invoice` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `invoice_number` INT,
  `invoice_series` INT,
  `invoice_key` TEXT,
  `freight_total` DECIMAL(20,2),
  `surcharge_value` DECIMAL(20,2),
  `discount_value` DECIMAL(20,2),
  `icms_total` DECIMAL(20,2),
  `icms_st_total` DECIMAL(20,2),
  `ipi_total` DECIMAL(20,2),
  `expense_value` DECIMAL(20,2),
  `secure_value` DECIMAL(20,2),
  `invoice_total` DECIMAL(20,2),
  `freight_type` ENUM('fob-payment', 'fob-installments', 'cif-unknown', 'cif-invoice') NOT NULL DEFAULT 'fob-payment',
  `notes` TEXT,
  `branch_id` CHAR(36),
  `group_id` CHAR(36),
  `supplier_id` CHAR(36),
  `transporter_id` CHAR(36),
  `responsible_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `receiving_invoice_invoice_number_invoice_series_supplier_id_key` (`invoice_number`, `invoice_series`, `supplier_id`),
  UNIQUE KEY `receiving_invoice_te_id_key` (`te_id`),
  CONSTRAINT `receiving_invoice_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `receiving_invoice_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `receiving_invoice_supplier_id_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `supplier` (`id`),
  CONSTRAINT `receiving_invoice_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `receiving_invoice_transporter_id_fkey` FOREIGN KEY (`transporter_id`) REFERENCES `transporter` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receiving_order` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `status` ENUM('pending', 'closed') NOT NULL,
  `receival_date` DATETIME,
  `confirm_date` DATETIME,
  `notes` TEXT,
  `invoice_number` INT,
  `packing_number` TEXT,
  `cfop_id` CHAR(36),
  `responsible_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  `receiving_invoice_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `receiving_order_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `receiving_order_te_id_key` (`te_id`),
  CONSTRAINT `receiving_order_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `receiving_order_receiving_invoice_id_fkey` FOREIGN KEY (`receiving_invoice_id`) REFERENCES `receiving_invoice` (`id`),
  CONSTRAINT `receiving_order_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `receiving_order_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receiving_order_item` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `quantity` DECIMAL(20,3),
  `cost` DECIMAL(20,8),
  `ipi_value` DECIMAL(20,2),
  `icms_st_value` DECIMAL(20,2),
  `sellable_id` CHAR(36),
  `batch_id` CHAR(36),
  `receiving_order_id` CHAR(36),
  `purchase_item_id` CHAR(36),
  `parent_item_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `receiving_order_item_te_id_key` (`te_id`),
  CONSTRAINT `receiving_order_item_parent_item_id_fkey` FOREIGN KEY (`parent_item_id`) REFERENCES `receiving_order_item` (`id`),
  CONSTRAINT `receiving_order_item_purchase_item_id_fkey` FOREIGN KEY (`purchase_item_id`) REFERENCES `purchase_item` (`id`),
  CONSTRAINT `receiving_order_item_receiving_order_id_fkey` FOREIGN KEY (`receiving_order_id`) REFERENCES `receiving_order` (`id`),
  CONSTRAINT `receiving_order_item_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `status` ENUM('open', 'closed', 'cancelled') NOT NULL,
  `open_date` DATETIME NOT NULL,
  `close_date` DATETIME,
  `invoice_number` INT,
  `cancel_reason` TEXT,
  `cancel_date` DATETIME,
  `branch_id` CHAR(36) NOT NULL,
  `responsible_id` CHAR(36) NOT NULL,
  `cancel_responsible_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `inventory_te_id_key` (`te_id`),
  CONSTRAINT `inventory_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `inventory_cancel_responsible_id_fkey` FOREIGN KEY (`cancel_responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `inventory_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `inventory_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_item` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `product_id` CHAR(36) NOT NULL,
  `recorded_quantity` DECIMAL(20,3),
  `actual_quantity` DECIMAL(20,3),
  `counted_quantity` DECIMAL(20,3),
  `inventory_id` CHAR(36) NOT NULL,
  `reason` TEXT,
  `product_cost` DECIMAL(20,8),
  `is_adjusted` TINYINT(1) NOT NULL DEFAULT 0,
  `batch_id` CHAR(36),
  `cfop_data_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_item_te_id_key` (`te_id`),
  CONSTRAINT `inventory_item_inventory_id_fkey` FOREIGN KEY (`inventory_id`) REFERENCES `inventory` (`id`),
  CONSTRAINT `inventory_item_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock_decrease` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `confirm_date` DATETIME,
  `status` ENUM('initial', 'confirmed') NOT NULL,
  `reason` TEXT,
  `notes` TEXT,
  `cancel_reason` TEXT,
  `cancel_date` DATETIME,
  `referenced_invoice_key` TEXT,
  `responsible_id` CHAR(36),
  `removed_by_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  `person_id` CHAR(36),
  `cfop_id` CHAR(36),
  `group_id` CHAR(36),
  `cost_center_id` CHAR(36),
  `invoice_id` CHAR(36),
  `cancel_responsible_id` CHAR(36),
  `receiving_order_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `stock_decrease_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `stock_decrease_te_id_key` (`te_id`),
  CONSTRAINT `stock_decrease_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `stock_decrease_cancel_responsible_id_fkey` FOREIGN KEY (`cancel_responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `stock_decrease_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `stock_decrease_receiving_order_id_fkey` FOREIGN KEY (`receiving_order_id`) REFERENCES `receiving_order` (`id`),
  CONSTRAINT `stock_decrease_removed_by_id_fkey` FOREIGN KEY (`removed_by_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `stock_decrease_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `stock_decrease_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfer_order` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `open_date` DATETIME NOT NULL,
  `receival_date` DATETIME,
  `status` ENUM('pending', 'sent', 'received', 'cancelled') NOT NULL,
  `comments` TEXT,
  `cancel_reason` TEXT,
  `cancel_date` DATETIME,
  `source_branch_id` CHAR(36) NOT NULL,
  `destination_branch_id` CHAR(36) NOT NULL,
  `source_responsible_id` CHAR(36) NOT NULL,
  `destination_responsible_id` CHAR(36),
  `invoice_id` CHAR(36),
  `cancel_responsible_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `transfer_order_identifier_source_branch_id_key` (`identifier`, `source_branch_id`),
  UNIQUE KEY `transfer_order_te_id_key` (`te_id`),
  CONSTRAINT `transfer_order_cancel_responsible_id_fkey` FOREIGN KEY (`cancel_responsible_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `transfer_order_destination_branch_id_fkey` FOREIGN KEY (`destination_branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `transfer_order_destination_responsible_id_fkey` FOREIGN KEY (`destination_responsible_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `transfer_order_source_branch_id_fkey` FOREIGN KEY (`source_branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `transfer_order_source_responsible_id_fkey` FOREIGN KEY (`source_responsible_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `transfer_order_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock_transaction_history` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `date` DATETIME,
  `stock_cost` DECIMAL(20,8),
  `quantity` DECIMAL(20,3),
  `unit_cost` DECIMAL(20,8),
  `type` ENUM('initial', 'sell', 'returned-sale', 'cancelled-sale', 'received-purchase', 'returned-loan', 'loan', 'production-allocated', 'production-produced', 'production-returned', 'stock-decrease', 'transfer-from', 'transfer-to', 'inventory-adjust', 'production-sent', 'imported', 'consignment-returned', 'wo-used', 'wo-returned-to-stock', 'sale-reserved', 'manual-adjust', 'update-stock-cost', 'sale-return-to-stock', 'undo-returned-sale', 'cancelled-transfer', 'cancelled-loan', 'cancelled-stock-decrease', 'cancelled-inventory-adjust') NOT NULL,
  `object_id` CHAR(36),
  `responsible_id` CHAR(36) NOT NULL,
  `storable_id` CHAR(36) NOT NULL,
  `batch_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stock_transaction_history_te_id_key` (`te_id`),
  CONSTRAINT `stock_transaction_history_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `stock_transaction_history_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `stock_transaction_history_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_order` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `identifier` INT NOT NULL,
  `status` ENUM('opened', 'waiting', 'producing', 'closed', 'quality-assurance', 'cancelled') NOT NULL,
  `open_date` DATETIME,
  `close_date` DATETIME,
  `expected_start_date` DATETIME,
  `start_date` DATETIME,
  `cancel_date` DATETIME,
  `description` TEXT,
  `responsible_id` CHAR(36),
  `branch_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_order_identifier_branch_id_key` (`identifier`, `branch_id`),
  UNIQUE KEY `production_order_te_id_key` (`te_id`),
  CONSTRAINT `production_order_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`),
  CONSTRAINT `production_order_responsible_id_fkey` FOREIGN KEY (`responsible_id`) REFERENCES `employee` (`id`),
  CONSTRAINT `production_order_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_item` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `quantity` DECIMAL(20,3),
  `produced` DECIMAL(20,3) DEFAULT 0,
  `lost` DECIMAL(20,3) DEFAULT 0,
  `product_id` CHAR(36),
  `order_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_item_te_id_key` (`te_id`),
  CONSTRAINT `production_item_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `production_order` (`id`),
  CONSTRAINT `production_item_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_quality_test` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `product_id` CHAR(36),
  `test_type` ENUM('boolean', 'decimal') NOT NULL,
  `description` TEXT,
  `notes` TEXT,
  `success_value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_quality_test_te_id_key` (`te_id`),
  CONSTRAINT `product_quality_test_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_produced_item` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `order_id` CHAR(36),
  `product_id` CHAR(36),
  `produced_by_id` CHAR(36),
  `produced_date` DATETIME,
  `serial_number` INT,
  `entered_stock` TINYINT(1),
  `test_passed` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_produced_item_product_id_serial_number_key` (`product_id`, `serial_number`),
  UNIQUE KEY `production_produced_item_te_id_key` (`te_id`),
  CONSTRAINT `production_produced_item_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `production_order` (`id`),
  CONSTRAINT `production_produced_item_produced_by_id_fkey` FOREIGN KEY (`produced_by_id`) REFERENCES `login_user` (`id`),
  CONSTRAINT `production_produced_item_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_item_quality_result` (
  `id` CHAR(36) NOT NULL,
  `te_id` BIGINT,
  `produced_item_id` CHAR(36),
  `quality_test_id` CHAR(36),
  `tested_by_id` CHAR(36),
  `tested_date` DATETIME,
  `result_value` TEXT,
  `test_passed` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_item_quality_result_te_id_key` (`te_id`),
  CONSTRAINT `production_item_quality_result_produced_item_id_fkey` FOREIGN KEY (`produced_item_id`) REFERENCES `production_produced_item` (`id`),
  CONSTRAINT `production_item_quality_result_quality_test_id_fkey` FOREIGN KEY (`quality_test_id`) REFERENCES `product_quality_test` (`id`),
  CONSTRAINT `production_item_quality_result_te_id_fkey` FOREIGN KEY (`te_id`) REFERENCES `transaction_entry` (`id`),
  CONSTRAINT `production_item_quality_result_tested_by_id_fkey` FOREIGN KEY (`tested_by_id`) REFERENCES `login_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
SET FOREIGN_KEY_CHECKS=1;

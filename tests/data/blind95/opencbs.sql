-- OpenCBS Cloud (microfinance core banking, github.com/OpenCBS/OpenCBS-Cloud, commit ab200dde82bd9b87905bf24399240b0bbe83d2a7,
-- GPL-3.0): 43 of the tables built by upstream's Flyway migrations (server/opencbs-core/src/main/resources/db/migration/core
-- V1..V3xx, then the loans, savings, term-deposits, borrowings and bonds modules), replayed in order on PostgreSQL 15 and
-- written out as MySQL DDL: bigserial -> BIGINT AUTO_INCREMENT, character varying -> VARCHAR, numeric without precision
-- -> DECIMAL(30,10), boolean -> TINYINT(1), timestamp -> DATETIME, jsonb -> LONGTEXT; columns in upstream order.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` BIGINT NOT NULL DEFAULT 1,
  `status` VARCHAR(250) NOT NULL,
  `version` INT,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_custom_fields_sections` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `caption` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL DEFAULT 0,
  `code` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_custom_fields` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `section_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `field_type` VARCHAR(31) NOT NULL,
  `caption` VARCHAR(255) NOT NULL,
  `is_unique` TINYINT(1) NOT NULL DEFAULT 0,
  `is_required` TINYINT(1) NOT NULL DEFAULT 0,
  `order` INT NOT NULL DEFAULT 0,
  `extra` TEXT,
  `description` VARCHAR(255),
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE (`name`, `section_id`),
  FOREIGN KEY (`section_id`) REFERENCES `people_custom_fields_sections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_custom_fields_values` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `field_id` BIGINT NOT NULL,
  `value` TEXT,
  `created_by_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `verified_by_id` BIGINT,
  `verified_at` DATETIME,
  `status` VARCHAR(250) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`field_id`) REFERENCES `people_custom_fields` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`verified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NOT NULL,
  `pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `original_filename` VARCHAR(255),
  `comment` VARCHAR(280),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL,
  `profile_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `comment` VARCHAR(280),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles_accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT NOT NULL,
  `account_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `companies_members` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `company_id` BIGINT NOT NULL,
  `member_id` BIGINT NOT NULL,
  `join_date` DATETIME NOT NULL,
  `left_date` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`company_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups_members` (
  `group_id` BIGINT NOT NULL,
  `member_id` BIGINT NOT NULL,
  `join_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `left_date` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `parent_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE (`name`, `parent_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `professions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_sectors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `parent_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE (`name`, `parent_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `business_sectors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guarantors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT NOT NULL,
  `relationship_id` BIGINT NOT NULL,
  `loan_application_id` BIGINT NOT NULL,
  `description` VARCHAR(255),
  `amount` DECIMAL(16,4),
  `created_at` DATETIME,
  `created_by_id` BIGINT NOT NULL DEFAULT 1,
  `closed_at` DATETIME,
  `closed_by_id` BIGINT DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_application_id`) REFERENCES `loan_applications` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`relationship_id`) REFERENCES `relationships` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(50) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `password_hash` VARCHAR(255) NOT NULL,
  `role_id` BIGINT NOT NULL DEFAULT 1,
  `is_system_user` TINYINT(1) DEFAULT 0,
  `time_zone_name` VARCHAR(31) NOT NULL DEFAULT 'Asia/Bishkek',
  `branch_id` BIGINT,
  `email` TEXT,
  `phone_number` TEXT,
  `id_number` VARCHAR(255),
  `address` VARCHAR(255),
  `position` VARCHAR(255),
  `password_expire_date` DATE,
  `first_login` TINYINT(1) DEFAULT 1,
  `last_entry_time` DATETIME,
  `status` VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(255) NOT NULL,
  `last_entry_time` DATETIME NOT NULL,
  `user_name` VARCHAR(250),
  `login_action_type` VARCHAR(250),
  `login_status_type` VARCHAR(250),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `status` VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
  `is_system` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currencies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `code` VARCHAR(3) NOT NULL,
  `is_main` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_products` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `currency_id` BIGINT,
  `schedule_type` VARCHAR(255),
  `interest_rate_min` DECIMAL(8,4) NOT NULL,
  `interest_rate_max` DECIMAL(8,4) NOT NULL,
  `amount_min` DECIMAL(14,2) NOT NULL,
  `amount_max` DECIMAL(14,2) NOT NULL,
  `maturity_min` INT NOT NULL,
  `maturity_max` INT NOT NULL,
  `grace_period_min` INT NOT NULL,
  `grace_period_max` INT NOT NULL,
  `availability` INT NOT NULL DEFAULT 3,
  `has_payees` TINYINT(1) NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `top_up_allow` TINYINT(1) NOT NULL DEFAULT 0,
  `top_up_max_limit` DECIMAL(14,2),
  `top_up_max_olb` DECIMAL(14,2),
  `schedule_based_type` VARCHAR(50) NOT NULL,
  `status` VARCHAR(10) DEFAULT 'ACTIVE',
  `maturity_date_max` DATE,
  `early_partial_repayment_fee_type` VARCHAR(50),
  `early_partial_repayment_fee_value` DECIMAL(12,4),
  `early_total_repayment_fee_type` VARCHAR(50),
  `early_total_repayment_fee_value` DECIMAL(12,4),
  PRIMARY KEY (`id`),
  UNIQUE (`code`),
  UNIQUE (`name`),
  FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_purposes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `parent_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE (`name`, `parent_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `loan_purposes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(12,2) NOT NULL,
  `grace_period` INT NOT NULL DEFAULT 0,
  `maturity` INT NOT NULL DEFAULT 1,
  `profile_id` BIGINT NOT NULL,
  `loan_product_id` BIGINT NOT NULL,
  `schedule_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` BIGINT NOT NULL DEFAULT 1,
  `interest_rate` DECIMAL(8,4) NOT NULL,
  `disbursement_date` DATE NOT NULL,
  `preferred_repayment_date` DATE NOT NULL,
  `status` VARCHAR(200) NOT NULL,
  `penalty_to_loan_amount` DECIMAL(30,10),
  `penalty_to_olb` DECIMAL(30,10),
  `penalty_to_overdue_principal` DECIMAL(30,10),
  `penalty_to_overdue_interest` DECIMAL(30,10),
  `code` VARCHAR(100) NOT NULL,
  `loan_officer_id` BIGINT NOT NULL,
  `currency_id` BIGINT NOT NULL,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  `maturity_date` DATE,
  `schedule_manual_edited` TINYINT(1) NOT NULL DEFAULT 0,
  `schedule_manual_edited_at` DATETIME,
  `schedule_manual_edited_by_id` BIGINT,
  `credit_line_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_officer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_product_id`) REFERENCES `loan_products` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`schedule_manual_edited_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_committee_votes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `loan_application_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  `status` VARCHAR(200) NOT NULL,
  `changed_by_id` BIGINT,
  `notes` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`changed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_application_id`) REFERENCES `loan_applications` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collaterals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `loan_application_id` BIGINT,
  `amount` DECIMAL(14,4),
  `type_of_collateral_id` BIGINT NOT NULL,
  `created_at` DATETIME,
  `closed_at` DATETIME,
  `closed_by_id` BIGINT DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_application_id`) REFERENCES `loan_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collaterals_custom_fields_values` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `field_id` BIGINT NOT NULL,
  `value` TEXT,
  `created_by_id` BIGINT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `verified_by_id` BIGINT,
  `verified_at` DATETIME,
  `status` VARCHAR(250),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`verified_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `collaterals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_applications_payees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(12,2) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `loan_application_id` BIGINT NOT NULL,
  `payee_id` BIGINT NOT NULL,
  `planned_disbursement_date` DATE NOT NULL,
  `disbursement_date` DATE,
  `status` VARCHAR(40),
  `closed_at` DATETIME,
  `closed_by_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`loan_application_id`) REFERENCES `loan_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(12,2) NOT NULL,
  `grace_period` INT NOT NULL DEFAULT 0,
  `maturity` INT NOT NULL DEFAULT 1,
  `loan_application_id` BIGINT NOT NULL,
  `schedule_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` BIGINT NOT NULL DEFAULT 1,
  `interest_rate` DECIMAL(8,4) NOT NULL,
  `preferred_repayment_date` DATE NOT NULL,
  `disbursement_date` DATE NOT NULL,
  `penalty_to_loan_amount` DECIMAL(30,10),
  `penalty_to_olb` DECIMAL(30,10),
  `penalty_to_overdue_principal` DECIMAL(30,10),
  `penalty_to_overdue_interest` DECIMAL(30,10),
  `code` VARCHAR(100) NOT NULL,
  `status` VARCHAR(100) NOT NULL,
  `loan_officer_id` BIGINT NOT NULL,
  `currency_id` BIGINT NOT NULL,
  `profile_id` BIGINT,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  `maturity_date` DATE,
  `schedule_manual_edited` TINYINT(1) NOT NULL DEFAULT 0,
  `schedule_manual_edited_at` DATETIME,
  `schedule_manual_edited_by_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_application_id`) REFERENCES `loan_applications` (`id`),
  FOREIGN KEY (`loan_officer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`schedule_manual_edited_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loans_installments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` INT NOT NULL,
  `maturity_date` DATE NOT NULL,
  `interest` DECIMAL(12,2) NOT NULL,
  `principal` DECIMAL(12,2) NOT NULL,
  `paid_principal` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `paid_interest` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `olb` DECIMAL(12,2) NOT NULL,
  `last_accrual_date` DATE NOT NULL,
  `loan_id` BIGINT NOT NULL,
  `event_group_key` BIGINT NOT NULL,
  `effective_at` DATETIME NOT NULL,
  `deleted` TINYINT(1),
  `rescheduled` TINYINT(1) DEFAULT 0,
  `accrual_start_date` DATE,
  `accrued_interest` DECIMAL(12,2),
  `paid_penalty` DECIMAL(12,2),
  `penalty` DECIMAL(12,2),
  `start_date` DATE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loans_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(200) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `loan_id` BIGINT NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `effective_at` DATETIME NOT NULL,
  `installment_number` INT,
  `amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `group_key` BIGINT NOT NULL DEFAULT 0,
  `rolled_back_by_id` BIGINT,
  `rolled_back_date` DATETIME,
  `comment` VARCHAR(255),
  `other_fee_id` BIGINT,
  `system` TINYINT(1) DEFAULT 0,
  `extra` LONGTEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  FOREIGN KEY (`rolled_back_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_active_loans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `loan_id` BIGINT,
  `calculated_date` DATE,
  `disbursement_date` DATETIME,
  `planned_close_date` DATETIME,
  `close_date` DATETIME,
  `profile_id` BIGINT,
  `profile_name` VARCHAR(255),
  `profile_type` VARCHAR(20),
  `loan_product_id` BIGINT,
  `loan_product_name` VARCHAR(200),
  `loan_products_currency_id` BIGINT,
  `loan_products_currency_name` VARCHAR(200),
  `loan_purpose_id` BIGINT,
  `loan_purpose_name` VARCHAR(200),
  `loan_officer_id` BIGINT,
  `loan_officer_name` VARCHAR(200),
  `branch_id` BIGINT,
  `branch_name` VARCHAR(255),
  `address` TEXT,
  `interest_rate` DECIMAL(8,4),
  `interest` DECIMAL(12,2),
  `principal` DECIMAL(12,2),
  `olb` DECIMAL(12,2),
  `late_principal` DECIMAL(12,2),
  `late_interest` DECIMAL(12,2),
  `interest_due` DECIMAL(12,2),
  `penalty_due` DECIMAL(12,2),
  `late_days` INT,
  `next_repayment_id` BIGINT,
  `total_interest` DECIMAL(12,2),
  PRIMARY KEY (`id`),
  UNIQUE (`loan_id`, `calculated_date`),
  FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`next_repayment_id`) REFERENCES `loans_installments` (`id`),
  FOREIGN KEY (`loan_officer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`loan_product_id`) REFERENCES `loan_products` (`id`),
  FOREIGN KEY (`loan_products_currency_id`) REFERENCES `currencies` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saving_products` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `availability` INT NOT NULL,
  `currency_id` BIGINT NOT NULL,
  `initial_amount_min` DECIMAL(14,2) NOT NULL,
  `initial_amount_max` DECIMAL(14,2) NOT NULL,
  `interest_rate_min` DECIMAL(8,4) NOT NULL,
  `interest_rate_max` DECIMAL(8,4) NOT NULL,
  `interest_accrual_frequency` VARCHAR(32) NOT NULL,
  `posting_frequency` VARCHAR(32) NOT NULL,
  `capitalized` TINYINT(1) NOT NULL DEFAULT 0,
  `deposit_amount_min` DECIMAL(14,2) NOT NULL,
  `deposit_amount_max` DECIMAL(14,2) NOT NULL,
  `deposit_fee_rate_min` DECIMAL(14,2),
  `deposit_fee_rate_max` DECIMAL(14,2),
  `deposit_fee_flat_min` DECIMAL(14,2),
  `deposit_fee_flat_max` DECIMAL(14,2),
  `withdrawal_amount_min` DECIMAL(14,2) NOT NULL,
  `withdrawal_amount_max` DECIMAL(14,2) NOT NULL,
  `withdrawal_fee_rate_min` DECIMAL(14,2),
  `withdrawal_fee_rate_max` DECIMAL(14,2),
  `withdrawal_fee_flat_min` DECIMAL(14,2),
  `withdrawal_fee_flat_max` DECIMAL(14,2),
  `management_fee_rate_min` DECIMAL(14,2),
  `management_fee_rate_max` DECIMAL(14,2),
  `management_fee_flat_min` DECIMAL(14,2),
  `management_fee_flat_max` DECIMAL(14,2),
  `management_fee_frequency` VARCHAR(32) NOT NULL,
  `entry_fee_rate_min` DECIMAL(14,2),
  `entry_fee_rate_max` DECIMAL(14,2),
  `entry_fee_flat_min` DECIMAL(14,2),
  `entry_fee_flat_max` DECIMAL(14,2),
  `close_fee_rate_min` DECIMAL(14,2),
  `close_fee_rate_max` DECIMAL(14,2),
  `close_fee_flat_min` DECIMAL(14,2),
  `close_fee_flat_max` DECIMAL(14,2),
  `min_balance` DECIMAL(14,2),
  `status` VARCHAR(10) DEFAULT 'ACTIVE',
  PRIMARY KEY (`id`),
  UNIQUE (`code`),
  UNIQUE (`name`),
  FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `savings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(32) NOT NULL,
  `profile_id` BIGINT NOT NULL,
  `saving_product_id` BIGINT NOT NULL,
  `interest_rate` DECIMAL(8,4) NOT NULL,
  `interest_accrual_frequency` VARCHAR(32) NOT NULL,
  `interest_posting_frequency` VARCHAR(32) NOT NULL,
  `capitalized` TINYINT(1) NOT NULL DEFAULT 0,
  `deposit_amount_min` DECIMAL(14,2) NOT NULL,
  `deposit_amount_max` DECIMAL(14,2) NOT NULL,
  `deposit_fee_rate` DECIMAL(14,2),
  `deposit_fee_flat` DECIMAL(14,2),
  `withdrawal_amount_min` DECIMAL(14,2) NOT NULL,
  `withdrawal_amount_max` DECIMAL(14,2) NOT NULL,
  `withdrawal_fee_rate` DECIMAL(14,2),
  `withdrawal_fee_flat` DECIMAL(14,2),
  `management_fee_rate` DECIMAL(14,2),
  `management_fee_flat` DECIMAL(14,2),
  `management_fee_frequency` VARCHAR(32) NOT NULL,
  `entry_fee_rate` DECIMAL(14,2),
  `entry_fee_flat` DECIMAL(14,2),
  `close_fee_rate` DECIMAL(14,2),
  `close_fee_flat` DECIMAL(14,2),
  `status` VARCHAR(32) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `open_date` DATETIME,
  `close_date` DATETIME,
  `reopen_date` DATETIME,
  `deposit_date` DATETIME,
  `withdraw_date` DATETIME,
  `created_by_id` BIGINT NOT NULL,
  `opened_by_id` BIGINT,
  `closed_by_id` BIGINT,
  `reopened_by_id` BIGINT,
  `deposited_by_id` BIGINT,
  `withdrawed_by_id` BIGINT,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `saving_officer_id` BIGINT NOT NULL,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`saving_product_id`) REFERENCES `saving_products` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`opened_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`reopened_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`deposited_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`withdrawed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `term_deposits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(32) NOT NULL,
  `profile_id` BIGINT NOT NULL,
  `term_deposit_product_id` BIGINT NOT NULL,
  `interest_rate` DECIMAL(8,4) NOT NULL,
  `term_agreement` DECIMAL(8,4) NOT NULL,
  `interest_accrual_frequency` VARCHAR(32) NOT NULL,
  `amount` DECIMAL(14,2),
  `status` VARCHAR(32) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `open_date` DATETIME,
  `close_date` DATETIME,
  `reopen_date` DATETIME,
  `deposit_date` DATETIME,
  `created_by_id` BIGINT NOT NULL,
  `opened_by_id` BIGINT,
  `closed_by_id` BIGINT,
  `reopened_by_id` BIGINT,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `service_officer_id` BIGINT NOT NULL,
  `early_close_fee_flat` DECIMAL(14,2),
  `early_close_fee_rate` DECIMAL(14,2),
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`opened_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`reopened_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `is_debit` TINYINT(1) NOT NULL,
  `parent_id` BIGINT,
  `start_date` DATETIME NOT NULL,
  `close_date` DATETIME,
  `type` INT,
  `lft` INT,
  `rgt` INT,
  `currency_id` BIGINT,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  `validate_off` TINYINT(1) NOT NULL DEFAULT 0,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `allowed_transfer_from` TINYINT(1) NOT NULL DEFAULT 1,
  `allowed_transfer_to` TINYINT(1) NOT NULL DEFAULT 1,
  `allowed_cash_deposit` TINYINT(1) NOT NULL DEFAULT 1,
  `allowed_cash_withdrawal` TINYINT(1) NOT NULL DEFAULT 1,
  `allowed_manual_transaction` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounting_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `debit_account_id` BIGINT NOT NULL,
  `credit_account_id` BIGINT NOT NULL,
  `amount` DECIMAL(14,4) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `branch_id` BIGINT NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `extra` LONGTEXT,
  `deleted` TINYINT(1),
  `effective_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`credit_account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`debit_account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tills` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `branch_id` BIGINT NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `last_changed_by_id` BIGINT NOT NULL,
  `opened_at` DATETIME,
  `closed_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE (`name`),
  FOREIGN KEY (`last_changed_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `till_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(40),
  `till_id` BIGINT NOT NULL,
  `teller_id` BIGINT NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` BIGINT NOT NULL,
  `comment` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teller_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`till_id`) REFERENCES `tills` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_payment_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `payment_date` DATETIME NOT NULL,
  `partner_name` VARCHAR(255) NOT NULL,
  `technical_account_number` VARCHAR(255) NOT NULL,
  `repayment_amount` DECIMAL(12,2) NOT NULL,
  `formatted_number` VARCHAR(20),
  `customer_name` VARCHAR(255),
  `uploading_date` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `approved_by_id` BIGINT,
  `deleted_by_id` BIGINT,
  `deleted_at` DATETIME,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `expire_date` DATE NOT NULL,
  `content` LONGTEXT,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  `entity_id` BIGINT DEFAULT 0,
  `approved_at` DATETIME,
  `module_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`approved_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `notify_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `created_by` BIGINT NOT NULL,
  `all_day` TINYINT(1) NOT NULL,
  `content` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_events_participants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `task_events_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `reference_id` BIGINT NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`task_events_id`) REFERENCES `task_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `section` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_settings` (
  `name` VARCHAR(200) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `day_closures` (
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `error_message` TEXT,
  `failed` TINYINT(1) DEFAULT 0,
  `main_process` TINYINT(1) DEFAULT 0,
  `day` DATE NOT NULL,
  `branch_id` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

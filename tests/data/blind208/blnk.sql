-- Blnk core ledger (blnkfinance/blnk), schema `blnk`: sql/*.sql replayed on PostgreSQL 15, written as MySQL
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ledgers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `ledger_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `meta_data` LONGTEXT,
  CONSTRAINT `ledgers_ledger_id_key` UNIQUE (`ledger_id`),
  PRIMARY KEY (`id`),
  KEY `blnk_ledgers_created_at_idx` (`created_at`)
) ENGINE=InnoDB;

CREATE TABLE `identity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identity_id` VARCHAR(255) NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `other_names` TEXT,
  `gender` TEXT,
  `dob` DATE,
  `email_address` TEXT,
  `phone_number` TEXT,
  `nationality` TEXT,
  `street` TEXT,
  `country` VARCHAR(255),
  `state` TEXT,
  `organization_name` TEXT,
  `category` TEXT,
  `identity_type` TEXT,
  `post_code` TEXT,
  `city` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `meta_data` LONGTEXT,
  CONSTRAINT `identity_identity_id_key` UNIQUE (`identity_id`),
  PRIMARY KEY (`id`),
  KEY `blnk_identity_country_created_at_idx` (`country`, `created_at`),
  KEY `blnk_identity_created_at_idx` (`created_at`)
) ENGINE=InnoDB;

CREATE TABLE `balances` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `balance_id` VARCHAR(255) NOT NULL,
  `indicator` VARCHAR(255),
  `balance` DECIMAL(65,30) NOT NULL,
  `credit_balance` DECIMAL(65,30) NOT NULL,
  `debit_balance` DECIMAL(65,30) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `ledger_id` VARCHAR(255) NOT NULL,
  `identity_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `meta_data` LONGTEXT,
  `version` INT NOT NULL DEFAULT 1,
  `inflight_balance` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `inflight_credit_balance` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `inflight_debit_balance` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `track_fund_lineage` TINYINT(1) NOT NULL DEFAULT 0,
  `allocation_strategy` TEXT NOT NULL DEFAULT 'FIFO',
  CONSTRAINT `balances_balance_id_key` UNIQUE (`balance_id`),
  CONSTRAINT `unique_indicator_currency` UNIQUE (`indicator`, `currency`),
  PRIMARY KEY (`id`),
  CONSTRAINT `balances_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identity`(`identity_id`),
  CONSTRAINT `balances_ledger_id_fkey` FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`ledger_id`),
  KEY `blnk_balances_created_at_idx` (`created_at`),
  KEY `blnk_balances_currency_identity_id_idx` (`currency`, `identity_id`),
  KEY `blnk_balances_identity_id_idx` (`identity_id`),
  KEY `blnk_balances_ledger_id_idx` (`ledger_id`),
  KEY `idx_balances_indicator` (`indicator`)
) ENGINE=InnoDB;

CREATE TABLE `accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `bank_name` TEXT NOT NULL,
  `currency` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ledger_id` VARCHAR(255) NOT NULL,
  `identity_id` VARCHAR(255) NOT NULL,
  `balance_id` VARCHAR(255) NOT NULL,
  `meta_data` LONGTEXT,
  CONSTRAINT `accounts_account_id_key` UNIQUE (`account_id`),
  CONSTRAINT `accounts_number_key` UNIQUE (`number`),
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_balance_id_fkey` FOREIGN KEY (`balance_id`) REFERENCES `balances`(`balance_id`),
  CONSTRAINT `accounts_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identity`(`identity_id`),
  CONSTRAINT `accounts_ledger_id_fkey` FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`ledger_id`)
) ENGINE=InnoDB;

CREATE TABLE `balance_monitors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `monitor_id` VARCHAR(255) NOT NULL,
  `balance_id` VARCHAR(255) NOT NULL,
  `field` TEXT NOT NULL,
  `operator` TEXT NOT NULL,
  `value` BIGINT NOT NULL,
  `description` TEXT,
  `call_back_url` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `precision` DOUBLE,
  `precise_value` BIGINT,
  CONSTRAINT `balance_monitors_monitor_id_key` UNIQUE (`monitor_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `balance_monitors_balance_id_fkey` FOREIGN KEY (`balance_id`) REFERENCES `balances`(`balance_id`)
) ENGINE=InnoDB;

CREATE TABLE `transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transaction_id` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255),
  `destination` VARCHAR(255),
  `description` TEXT,
  `reference` VARCHAR(255),
  `amount` DECIMAL(65,30),
  `currency` VARCHAR(255),
  `status` VARCHAR(255),
  `hash` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `scheduled_for` DATETIME,
  `meta_data` LONGTEXT,
  `precise_amount` DECIMAL(65,30),
  `precision` BIGINT DEFAULT 1,
  `parent_transaction` VARCHAR(255),
  `effective_date` DATETIME,
  `chain_seq` BIGINT,
  `chain_prev_hash` CHAR(64),
  `chain_hash` CHAR(64),
  CONSTRAINT `transactions_transaction_id_key` UNIQUE (`transaction_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_destination_balance` FOREIGN KEY (`destination`) REFERENCES `balances`(`balance_id`),
  CONSTRAINT `fk_source_balance` FOREIGN KEY (`source`) REFERENCES `balances`(`balance_id`),
  KEY `blnk_transactions_created_at_destination_idx` (`created_at`, `destination`),
  KEY `blnk_transactions_created_at_source_idx` (`created_at`, `source`),
  KEY `idx_transactions_currency` (`currency`),
  KEY `idx_transactions_destination` (`destination`),
  KEY `idx_transactions_parent_transaction` (`parent_transaction`),
  UNIQUE KEY `idx_transactions_reference_unique` (`reference`),
  KEY `idx_transactions_source` (`source`),
  KEY `idx_transactions_status` (`status`),
  KEY `idx_txn_parent_created` (`parent_transaction`, `created_at`),
  KEY `idx_txn_parent_status` (`parent_transaction`, `status`)
) ENGINE=InnoDB;

CREATE TABLE `balance_snapshots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `balance_id` VARCHAR(255) NOT NULL,
  `ledger_id` VARCHAR(255) NOT NULL,
  `balance` DECIMAL(65,30) NOT NULL,
  `credit_balance` DECIMAL(65,30) NOT NULL,
  `debit_balance` DECIMAL(65,30) NOT NULL,
  `inflight_balance` DECIMAL(65,30) NOT NULL,
  `inflight_credit_balance` DECIMAL(65,30) NOT NULL,
  `inflight_debit_balance` DECIMAL(65,30) NOT NULL,
  `currency` TEXT NOT NULL,
  `snapshot_time` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `last_tx_id` TEXT,
  `meta_data` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `balance_snapshots_balance_id_fkey` FOREIGN KEY (`balance_id`) REFERENCES `balances`(`balance_id`),
  CONSTRAINT `balance_snapshots_ledger_id_fkey` FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`ledger_id`),
  KEY `idx_balance_snapshots_balance_id` (`balance_id`),
  KEY `idx_balance_snapshots_ledger_time` (`ledger_id`, `snapshot_time`),
  KEY `idx_balance_snapshots_snapshot_time` (`snapshot_time`)
) ENGINE=InnoDB;

CREATE TABLE `transaction_journal` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transaction_id` TEXT NOT NULL,
  `action_type` TEXT NOT NULL,
  `client_addr` VARCHAR(45),
  `backend_pid` INT,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `old_data` LONGTEXT,
  `new_data` LONGTEXT,
  `succeeded` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `reconciliations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reconciliation_id` TEXT NOT NULL,
  `upload_id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `matched_transactions` INT NOT NULL,
  `unmatched_transactions` INT NOT NULL,
  `started_at` DATETIME NOT NULL,
  `completed_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `idx_reconciliations_upload_id` (`upload_id`)
) ENGINE=InnoDB;

CREATE TABLE `matches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `external_transaction_id` TEXT NOT NULL,
  `internal_transaction_id` TEXT NOT NULL,
  `reconciliation_id` TEXT NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `unmatched` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `external_transaction_id` TEXT NOT NULL,
  `reconciliation_id` TEXT NOT NULL,
  `date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `external_transactions` (
  `id` VARCHAR(255) NOT NULL,
  `amount` DECIMAL(65,30) NOT NULL,
  `reference` VARCHAR(255) NOT NULL,
  `currency` TEXT NOT NULL,
  `description` TEXT,
  `date` DATETIME NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `upload_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_external_transactions_upload_id` (`upload_id`)
) ENGINE=InnoDB;

CREATE TABLE `reconciliation_progress` (
  `processed_count` BIGINT,
  `reconciliation_id` VARCHAR(255),
  `last_processed_external_txn_id` TEXT,
  CONSTRAINT `reconciliation_progress_reconciliation_id_key` UNIQUE (`reconciliation_id`),
  KEY `idx_reconciliations_progress_id` (`reconciliation_id`)
) ENGINE=InnoDB;

CREATE TABLE `matching_rules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rule_id` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `criteria` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `api_key_id` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `owner_id` VARCHAR(255) NOT NULL,
  `scopes` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_used_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_revoked` TINYINT(1) NOT NULL DEFAULT 0,
  `revoked_at` DATETIME,
  `key_prefix` VARCHAR(16),
  CONSTRAINT `api_keys_api_key_id_key` UNIQUE (`api_key_id`),
  CONSTRAINT `api_keys_key_key` UNIQUE (`key`),
  PRIMARY KEY (`id`),
  KEY `idx_api_keys_key` (`key`),
  KEY `idx_api_keys_key_prefix` (`key_prefix`),
  KEY `idx_api_keys_owner_id` (`owner_id`)
) ENGINE=InnoDB;

CREATE TABLE `lineage_mappings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `balance_id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `shadow_balance_id` VARCHAR(255) NOT NULL,
  `aggregate_balance_id` VARCHAR(255) NOT NULL,
  `identity_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT `lineage_mappings_balance_id_provider_key` UNIQUE (`balance_id`, `provider`),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lineage_mappings_aggregate_balance_id` FOREIGN KEY (`aggregate_balance_id`) REFERENCES `balances`(`balance_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_lineage_mappings_balance_id` FOREIGN KEY (`balance_id`) REFERENCES `balances`(`balance_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_lineage_mappings_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `identity`(`identity_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_lineage_mappings_shadow_balance_id` FOREIGN KEY (`shadow_balance_id`) REFERENCES `balances`(`balance_id`) ON DELETE CASCADE,
  KEY `idx_lineage_mappings_balance_id` (`balance_id`),
  KEY `idx_lineage_mappings_provider` (`provider`),
  KEY `idx_lineage_mappings_shadow_balance_id` (`shadow_balance_id`)
) ENGINE=InnoDB;

CREATE TABLE `lineage_outbox` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `transaction_id` VARCHAR(255) NOT NULL,
  `source_balance_id` TEXT,
  `destination_balance_id` TEXT,
  `provider` TEXT,
  `lineage_type` TEXT NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `attempts` INT NOT NULL DEFAULT 0,
  `max_attempts` INT NOT NULL DEFAULT 5,
  `last_error` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `processed_at` DATETIME,
  `locked_until` DATETIME,
  `inflight` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_lineage_outbox_transaction` (`transaction_id`),
  UNIQUE KEY `lineage_outbox_transaction_id_uidx` (`transaction_id`)
) ENGINE=InnoDB;

CREATE TABLE `chain_state` (
  `chain_key` VARCHAR(255) NOT NULL,
  `last_seq` BIGINT NOT NULL DEFAULT 0,
  `head_hash` CHAR(64) NOT NULL,
  `genesis_hash` CHAR(64) NOT NULL,
  `genesis_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`chain_key`)
) ENGINE=InnoDB;

-- created at start-up by cmd/server.go (not in sql/)
CREATE TABLE `config` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

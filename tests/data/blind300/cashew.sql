-- Cashew (jameskokoska/Cashew), budget and expense tracker with shared budgets (Flutter, drift/SQLite): database
-- schema version 46. Source: github.com/jameskokoska/Cashew, commit 9cfbe50c16d95429891d44faf5f2c77a3abdb93b
-- (GPL-3.0), budget/drift_schemas/drift_schema_v46.json (drift's export of the schema that budget/lib/database/
-- tables.dart declares; schemaVersionGlobal = 46). Written as MySQL by a small script from the JSON, every table
-- and column in drift's order: drift's SQLite types as MySQL (TEXT -> text, or varchar(255) where the column is a
-- primary key or a REFERENCES column or its target; INTEGER -> bigint; REAL -> double; BOOLEAN (INTEGER with
-- CHECK IN (0, 1)) -> tinyint(1), the CHECK left out; DateTimeColumn -> bigint, since drift stores date-times as
-- Unix seconds when store_date_time_values_as_text is false, as here), constant SQL defaults kept and drift's
-- DateTime.now() default expression left out; primary keys as declared (app_settings' INTEGER PRIMARY KEY
-- AUTOINCREMENT as AUTO_INCREMENT) and the columns' REFERENCES clauses as named foreign keys.

CREATE TABLE `wallets` (
  `wallet_pk` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `colour` text DEFAULT NULL,
  `icon_name` text DEFAULT NULL,
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `order` bigint NOT NULL,
  `currency` text DEFAULT NULL,
  `currency_format` text DEFAULT NULL,
  `decimals` bigint NOT NULL DEFAULT 2,
  `home_page_widget_display` text DEFAULT NULL,
  PRIMARY KEY (`wallet_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `category_pk` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `colour` text DEFAULT NULL,
  `icon_name` text DEFAULT NULL,
  `emoji_icon_name` text DEFAULT NULL,
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `order` bigint NOT NULL,
  `income` tinyint(1) NOT NULL DEFAULT 0,
  `method_added` bigint DEFAULT NULL,
  `main_category_pk` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`category_pk`),
  CONSTRAINT `categories_main_category_pk_fkey` FOREIGN KEY (`main_category_pk`) REFERENCES `categories` (`category_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objectives` (
  `objective_pk` varchar(255) NOT NULL,
  `type` bigint NOT NULL DEFAULT 0,
  `name` text NOT NULL,
  `amount` double NOT NULL,
  `order` bigint NOT NULL,
  `colour` text DEFAULT NULL,
  `date_created` bigint NOT NULL,
  `end_date` bigint DEFAULT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `icon_name` text DEFAULT NULL,
  `emoji_icon_name` text DEFAULT NULL,
  `income` tinyint(1) NOT NULL DEFAULT 0,
  `pinned` tinyint(1) NOT NULL DEFAULT 1,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `wallet_fk` varchar(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`objective_pk`),
  CONSTRAINT `objectives_wallet_fk_fkey` FOREIGN KEY (`wallet_fk`) REFERENCES `wallets` (`wallet_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transactions` (
  `transaction_pk` varchar(255) NOT NULL,
  `paired_transaction_fk` varchar(255) DEFAULT NULL,
  `name` text NOT NULL,
  `amount` double NOT NULL,
  `note` text NOT NULL,
  `category_fk` varchar(255) NOT NULL,
  `sub_category_fk` varchar(255) DEFAULT NULL,
  `wallet_fk` varchar(255) NOT NULL DEFAULT '0',
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `original_date_due` bigint DEFAULT NULL,
  `income` tinyint(1) NOT NULL DEFAULT 0,
  `period_length` bigint DEFAULT NULL,
  `reoccurrence` bigint DEFAULT NULL,
  `end_date` bigint DEFAULT NULL,
  `upcoming_transaction_notification` tinyint(1) DEFAULT 1,
  `type` bigint DEFAULT NULL,
  `paid` tinyint(1) NOT NULL DEFAULT 0,
  `created_another_future_transaction` tinyint(1) DEFAULT 0,
  `skip_paid` tinyint(1) NOT NULL DEFAULT 0,
  `method_added` bigint DEFAULT NULL,
  `transaction_owner_email` text DEFAULT NULL,
  `transaction_original_owner_email` text DEFAULT NULL,
  `shared_key` text DEFAULT NULL,
  `shared_old_key` text DEFAULT NULL,
  `shared_status` bigint DEFAULT NULL,
  `shared_date_updated` bigint DEFAULT NULL,
  `shared_reference_budget_pk` text DEFAULT NULL,
  `objective_fk` varchar(255) DEFAULT NULL,
  `objective_loan_fk` varchar(255) DEFAULT NULL,
  `budget_fks_exclude` text DEFAULT NULL,
  PRIMARY KEY (`transaction_pk`),
  CONSTRAINT `transactions_paired_transaction_fk_fkey` FOREIGN KEY (`paired_transaction_fk`) REFERENCES `transactions` (`transaction_pk`),
  CONSTRAINT `transactions_category_fk_fkey` FOREIGN KEY (`category_fk`) REFERENCES `categories` (`category_pk`),
  CONSTRAINT `transactions_sub_category_fk_fkey` FOREIGN KEY (`sub_category_fk`) REFERENCES `categories` (`category_pk`),
  CONSTRAINT `transactions_wallet_fk_fkey` FOREIGN KEY (`wallet_fk`) REFERENCES `wallets` (`wallet_pk`),
  CONSTRAINT `transactions_objective_fk_fkey` FOREIGN KEY (`objective_fk`) REFERENCES `objectives` (`objective_pk`),
  CONSTRAINT `transactions_objective_loan_fk_fkey` FOREIGN KEY (`objective_loan_fk`) REFERENCES `objectives` (`objective_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `budgets` (
  `budget_pk` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `amount` double NOT NULL,
  `colour` text DEFAULT NULL,
  `start_date` bigint NOT NULL,
  `end_date` bigint NOT NULL,
  `wallet_fks` text DEFAULT NULL,
  `category_fks` text DEFAULT NULL,
  `category_fks_exclude` text DEFAULT NULL,
  `income` tinyint(1) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `added_transactions_only` tinyint(1) NOT NULL DEFAULT 0,
  `period_length` bigint NOT NULL,
  `reoccurrence` bigint DEFAULT NULL,
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `order` bigint NOT NULL,
  `wallet_fk` varchar(255) NOT NULL DEFAULT '0',
  `budget_transaction_filters` text DEFAULT NULL,
  `member_transaction_filters` text DEFAULT NULL,
  `shared_key` text DEFAULT NULL,
  `shared_owner_member` bigint DEFAULT NULL,
  `shared_date_updated` bigint DEFAULT NULL,
  `shared_members` text DEFAULT NULL,
  `shared_all_members_ever` text DEFAULT NULL,
  `is_absolute_spending_limit` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`budget_pk`),
  CONSTRAINT `budgets_wallet_fk_fkey` FOREIGN KEY (`wallet_fk`) REFERENCES `wallets` (`wallet_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_budget_limits` (
  `category_limit_pk` varchar(255) NOT NULL,
  `category_fk` varchar(255) NOT NULL,
  `budget_fk` varchar(255) NOT NULL,
  `amount` double NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `wallet_fk` varchar(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`category_limit_pk`),
  CONSTRAINT `category_budget_limits_category_fk_fkey` FOREIGN KEY (`category_fk`) REFERENCES `categories` (`category_pk`),
  CONSTRAINT `category_budget_limits_budget_fk_fkey` FOREIGN KEY (`budget_fk`) REFERENCES `budgets` (`budget_pk`),
  CONSTRAINT `category_budget_limits_wallet_fk_fkey` FOREIGN KEY (`wallet_fk`) REFERENCES `wallets` (`wallet_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `associated_titles` (
  `associated_title_pk` varchar(255) NOT NULL,
  `category_fk` varchar(255) NOT NULL,
  `title` text NOT NULL,
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `order` bigint NOT NULL,
  `is_exact_match` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`associated_title_pk`),
  CONSTRAINT `associated_titles_category_fk_fkey` FOREIGN KEY (`category_fk`) REFERENCES `categories` (`category_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_settings` (
  `settings_pk` bigint NOT NULL AUTO_INCREMENT,
  `settings_j_s_o_n` text NOT NULL,
  `date_updated` bigint NOT NULL,
  PRIMARY KEY (`settings_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scanner_templates` (
  `scanner_template_pk` varchar(255) NOT NULL,
  `date_created` bigint NOT NULL,
  `date_time_modified` bigint DEFAULT NULL,
  `template_name` text NOT NULL,
  `contains` text NOT NULL,
  `title_transaction_before` text NOT NULL,
  `title_transaction_after` text NOT NULL,
  `amount_transaction_before` text NOT NULL,
  `amount_transaction_after` text NOT NULL,
  `default_category_fk` varchar(255) NOT NULL,
  `wallet_fk` varchar(255) NOT NULL DEFAULT '0',
  `ignore` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`scanner_template_pk`),
  CONSTRAINT `scanner_templates_default_category_fk_fkey` FOREIGN KEY (`default_category_fk`) REFERENCES `categories` (`category_pk`),
  CONSTRAINT `scanner_templates_wallet_fk_fkey` FOREIGN KEY (`wallet_fk`) REFERENCES `wallets` (`wallet_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delete_logs` (
  `delete_log_pk` varchar(255) NOT NULL,
  `entry_pk` text NOT NULL,
  `type` bigint NOT NULL,
  `date_time_modified` bigint NOT NULL,
  PRIMARY KEY (`delete_log_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `__meta__` (
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `__migrations__` (
  `id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_groups` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `sort_order` double,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` varchar(255) NOT NULL,
  `account_id` text,
  `name` text,
  `balance_current` bigint,
  `balance_available` bigint,
  `balance_limit` bigint,
  `mask` text,
  `official_name` text,
  `subtype` text,
  `bank` text,
  `offbudget` bigint DEFAULT 0,
  `closed` bigint DEFAULT 0,
  `tombstone` bigint DEFAULT 0,
  `sort_order` double,
  `type` text,
  `account_sync_source` text,
  `last_sync` text,
  `last_reconciled` text,
  `bank_sync_status` text,
  `account_group_id` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banks` (
  `id` varchar(255) NOT NULL,
  `bank_id` text,
  `name` text,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `is_income` bigint DEFAULT 0,
  `cat_group` text,
  `sort_order` double,
  `tombstone` bigint DEFAULT 0,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `goal_def` text DEFAULT NULL,
  `template_settings` json DEFAULT '{"source": "notes"}',
  `cleanup_def` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_groups` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `is_income` bigint DEFAULT 0,
  `sort_order` double,
  `tombstone` bigint DEFAULT 0,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_mapping` (
  `id` varchar(255) NOT NULL,
  `transferId` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cleanup_groups` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `created_budgets` (
  `month` varchar(255) NOT NULL,
  PRIMARY KEY (`month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_reports` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `start_date` text,
  `end_date` text,
  `date_static` bigint DEFAULT 0,
  `date_range` text,
  `mode` text DEFAULT 'total',
  `group_by` text DEFAULT 'Category',
  `balance_type` text DEFAULT 'Expense',
  `show_empty` bigint DEFAULT 0,
  `show_offbudget` bigint DEFAULT 0,
  `show_hidden` bigint DEFAULT 0,
  `show_uncategorized` bigint DEFAULT 0,
  `selected_categories` text,
  `graph_type` text DEFAULT 'BarGraph',
  `conditions` text,
  `conditions_op` text DEFAULT 'and',
  `metadata` text,
  `interval` text DEFAULT 'Monthly',
  `color_scheme` text,
  `tombstone` bigint DEFAULT 0,
  `include_current` bigint DEFAULT 0,
  `sort_by` text DEFAULT 'desc',
  `trim_intervals` bigint DEFAULT 0,
  `show_trend_lines` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard` (
  `id` varchar(255) NOT NULL,
  `type` text,
  `width` bigint,
  `height` bigint,
  `x` bigint,
  `y` bigint,
  `meta` text,
  `tombstone` bigint DEFAULT 0,
  `dashboard_page_id` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard_pages` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kvcache` (
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kvcache_key` (
  `id` bigint NOT NULL,
  `key` double,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages_clock` (
  `id` bigint NOT NULL,
  `clock` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages_crdt` (
  `id` bigint NOT NULL,
  `timestamp` varchar(255) NOT NULL UNIQUE,
  `dataset` text NOT NULL,
  `row` text NOT NULL,
  `column` text NOT NULL,
  `value` longblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` varchar(255) NOT NULL,
  `note` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payee_locations` (
  `id` varchar(255) NOT NULL,
  `payee_id` text,
  `latitude` double,
  `longitude` double,
  `created_at` bigint,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payee_mapping` (
  `id` varchar(255) NOT NULL,
  `targetId` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payees` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `category` text,
  `tombstone` bigint DEFAULT 0,
  `transfer_acct` text,
  `favorite` bigint DEFAULT 0,
  `learn_categories` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_transactions` (
  `id` varchar(255) NOT NULL,
  `acct` bigint,
  `amount` bigint,
  `description` text,
  `date` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preferences` (
  `id` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reflect_budgets` (
  `id` varchar(255) NOT NULL,
  `month` bigint,
  `category` text,
  `amount` bigint DEFAULT 0,
  `carryover` bigint DEFAULT 0,
  `goal` bigint DEFAULT NULL,
  `long_goal` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `id` varchar(255) NOT NULL,
  `stage` text,
  `conditions` text,
  `actions` text,
  `tombstone` bigint DEFAULT 0,
  `conditions_op` text DEFAULT 'and',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` varchar(255) NOT NULL,
  `rule` text,
  `active` bigint DEFAULT 0,
  `completed` bigint DEFAULT 0,
  `posts_transaction` bigint DEFAULT 0,
  `tombstone` bigint DEFAULT 0,
  `name` text DEFAULT NULL,
  `custom_upcoming_length` text DEFAULT NULL,
  `sort_order` double DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules_json_paths` (
  `schedule_id` varchar(255) NOT NULL,
  `payee` text,
  `account` text,
  `amount` text,
  `date` text,
  PRIMARY KEY (`schedule_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules_next_date` (
  `id` varchar(255) NOT NULL,
  `schedule_id` text,
  `local_next_date` bigint,
  `local_next_date_ts` bigint,
  `base_next_date` bigint,
  `base_next_date_ts` bigint,
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` varchar(255) NOT NULL,
  `tag` varchar(255) UNIQUE,
  `color` text,
  `description` text,
  `tombstone` bigint DEFAULT 0,
  `hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_filters` (
  `id` varchar(255) NOT NULL,
  `name` text,
  `conditions` text,
  `conditions_op` text DEFAULT 'and',
  `tombstone` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transactions` (
  `id` varchar(255) NOT NULL,
  `isParent` bigint DEFAULT 0,
  `isChild` bigint DEFAULT 0,
  `acct` text,
  `category` text,
  `amount` bigint,
  `description` text,
  `notes` text,
  `date` bigint,
  `financial_id` text,
  `type` text,
  `location` text,
  `error` text,
  `imported_description` text,
  `starting_balance_flag` bigint DEFAULT 0,
  `transferred_id` text,
  `sort_order` double,
  `tombstone` bigint DEFAULT 0,
  `cleared` bigint DEFAULT 1,
  `pending` bigint DEFAULT 0,
  `parent_id` text,
  `schedule` text,
  `reconciled` bigint DEFAULT 0,
  `raw_synced_data` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zero_budget_months` (
  `id` varchar(255) NOT NULL,
  `buffered` bigint DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zero_budgets` (
  `id` varchar(255) NOT NULL,
  `month` bigint,
  `category` text,
  `amount` bigint DEFAULT 0,
  `carryover` bigint DEFAULT 0,
  `goal` bigint DEFAULT NULL,
  `long_goal` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth` (
  `method` varchar(255) NOT NULL,
  `display_name` text,
  `extra_data` text,
  `active` bigint,
  PRIMARY KEY (`method`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` varchar(255) NOT NULL,
  `group_id` text,
  `sync_version` smallint,
  `encrypt_meta` text,
  `encrypt_keyid` text,
  `encrypt_salt` text,
  `encrypt_test` text,
  `deleted` tinyint(1) DEFAULT 0,
  `name` text,
  `owner` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_openid_requests` (
  `state` varchar(255) NOT NULL,
  `code_verifier` text,
  `return_url` text,
  `expiry_time` bigint,
  PRIMARY KEY (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets` (
  `name` varchar(255) NOT NULL,
  `value` longblob,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_prefs` (
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `token` varchar(255) NOT NULL,
  `expires_at` bigint,
  `user_id` text,
  `auth_method` text,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_access` (
  `user_id` varchar(255) NOT NULL,
  `file_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_id`, `file_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`file_id`) REFERENCES `files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `user_name` text,
  `display_name` text,
  `role` text,
  `enabled` bigint NOT NULL DEFAULT 1,
  `owner` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages_binary` (
  `timestamp` varchar(255) NOT NULL,
  `is_encrypted` tinyint(1),
  `content` longblob,
  PRIMARY KEY (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages_merkles` (
  `id` bigint NOT NULL,
  `merkle` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

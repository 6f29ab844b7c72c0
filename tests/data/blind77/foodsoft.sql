-- Foodsoft (foodcoops/foodsoft), AGPL-3.0
-- Source: github.com/foodcoops/foodsoft db/schema.rb (ActiveRecord::Schema[7.2], version 2025_06_01_093453),
--         commit f15f30fd4a3bdcf243e88de3713a02b462c080e1 (2026-07-17)
-- Rails schema (upstream runs on MySQL/MariaDB) written as MySQL DDL; 45 of its 50 tables. Column names, order,
-- types (string -> varchar(255), boolean -> tinyint(1), datetime precision: nil -> datetime, else datetime(6)),
-- NOT NULL, defaults, comments and indexes as upstream; `id` int AUTO_INCREMENT where upstream says id: :integer,
-- bigint otherwise. Left out: active_storage_variant_records, article_unit_ratios, article_units,
-- periodic_task_groups, printer_job_updates (upstream's only foreign key is on active_storage_variant_records).

CREATE TABLE `action_text_rich_texts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `body` longtext,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_action_text_rich_texts_uniqueness` (`record_type`, `record_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `active_storage_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `active_storage_blobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `article_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_article_categories_on_deleted_at` (`deleted_at`),
  UNIQUE KEY `index_article_categories_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `article_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `article_id` int NOT NULL,
  `price` decimal(12,6) NOT NULL DEFAULT '0.0' COMMENT 'stored in `article_versions.supplier_order_unit`',
  `tax` decimal(8,2) NOT NULL DEFAULT '0.0',
  `deposit` decimal(8,2) NOT NULL DEFAULT '0.0',
  `created_at` datetime(6),
  `name` varchar(255) NOT NULL DEFAULT '',
  `article_category_id` int NOT NULL DEFAULT 0,
  `unit` varchar(255),
  `note` varchar(255),
  `availability` tinyint(1) NOT NULL DEFAULT 1,
  `manufacturer` varchar(255),
  `origin` varchar(255),
  `order_number` varchar(255),
  `updated_at` datetime,
  `supplier_order_unit` varchar(255),
  `price_unit` varchar(255),
  `billing_unit` varchar(255),
  `group_order_unit` varchar(255),
  `group_order_granularity` decimal(8,3) NOT NULL DEFAULT '1.0',
  `minimum_order_quantity` float,
  PRIMARY KEY (`id`),
  KEY `index_article_versions_on_article_category_id` (`article_category_id`),
  UNIQUE KEY `index_article_versions_on_article_id_and_created_at` (`article_id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int NOT NULL DEFAULT 0,
  `shared_updated_on` datetime,
  `created_at` datetime,
  `deleted_at` datetime,
  `type` varchar(255),
  `quantity` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_articles_on_supplier_id` (`supplier_id`),
  KEY `index_articles_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL DEFAULT 0,
  `task_id` int NOT NULL DEFAULT 0,
  `accepted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assignments_on_user_id_and_task_id` (`user_id`, `task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bank_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `iban` varchar(255),
  `description` text,
  `balance` decimal(12,2) NOT NULL DEFAULT '0.0',
  `last_import` datetime,
  `import_continuation_point` varchar(255),
  `bank_gateway_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bank_gateways` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `authorization` varchar(255),
  `unattended_user_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bank_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bank_account_id` int NOT NULL,
  `external_id` varchar(255),
  `date` date,
  `amount` decimal(8,2) NOT NULL,
  `iban` varchar(255),
  `reference` varchar(255),
  `text` text,
  `receipt` text,
  `image` mediumblob,
  `financial_link_id` int,
  PRIMARY KEY (`id`),
  KEY `index_bank_transactions_on_financial_link_id` (`financial_link_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_by_user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `parent_id` int,
  `folder` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_documents_on_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `financial_links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `financial_transaction_classes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `ignore_for_account_balance` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `financial_transaction_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `financial_transaction_class_id` int NOT NULL,
  `name_short` varchar(255),
  `bank_account_id` int,
  PRIMARY KEY (`id`),
  KEY `index_financial_transaction_types_on_name_short` (`name_short`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `financial_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ordergroup_id` int,
  `amount` decimal(8,2),
  `note` text NOT NULL,
  `user_id` int NOT NULL DEFAULT 0,
  `created_on` datetime NOT NULL,
  `financial_transaction_type_id` int NOT NULL,
  `financial_link_id` int,
  `reverts_id` int,
  `group_order_id` int,
  `updated_on` timestamp NULL,
  `payment_method` varchar(255),
  `payment_plugin` varchar(255),
  `payment_id` varchar(255),
  `payment_amount` decimal(8,3),
  `payment_currency` varchar(255),
  `payment_state` varchar(255),
  `payment_fee` decimal(8,3),
  PRIMARY KEY (`id`),
  KEY `index_financial_transactions_on_ordergroup_id` (`ordergroup_id`),
  KEY `index_financial_transactions_on_payment_plugin_and_payment_id` (`payment_plugin`, `payment_id`),
  UNIQUE KEY `index_financial_transactions_on_reverts_id` (`reverts_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group_order_article_quantities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_order_article_id` int NOT NULL DEFAULT 0,
  `quantity` decimal(8,3) NOT NULL DEFAULT '0.0',
  `tolerance` decimal(8,3) NOT NULL DEFAULT '0.0',
  `created_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_group_order_article_quantities_on_group_order_article_id` (`group_order_article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group_order_articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_order_id` int NOT NULL DEFAULT 0,
  `order_article_id` int NOT NULL DEFAULT 0,
  `quantity` decimal(8,3) NOT NULL DEFAULT '0.0',
  `tolerance` decimal(8,3) NOT NULL DEFAULT '0.0',
  `updated_on` datetime NOT NULL,
  `result` decimal(8,3),
  `result_computed` decimal(8,3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `goa_index` (`group_order_id`, `order_article_id`),
  KEY `index_group_order_articles_on_group_order_id` (`group_order_id`),
  KEY `index_group_order_articles_on_order_article_id` (`order_article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ordergroup_id` int,
  `order_id` int NOT NULL DEFAULT 0,
  `price` decimal(8,2) NOT NULL DEFAULT '0.0',
  `lock_version` int NOT NULL DEFAULT 0,
  `updated_on` datetime NOT NULL,
  `updated_by_user_id` int,
  `transport` decimal(8,2),
  PRIMARY KEY (`id`),
  KEY `index_group_orders_on_order_id` (`order_id`),
  UNIQUE KEY `index_group_orders_on_ordergroup_id_and_order_id` (`ordergroup_id`, `order_id`),
  KEY `index_group_orders_on_ordergroup_id` (`ordergroup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255),
  `account_balance` decimal(12,2) NOT NULL DEFAULT '0.0',
  `created_on` datetime NOT NULL,
  `role_admin` tinyint(1) NOT NULL DEFAULT 0,
  `role_suppliers` tinyint(1) NOT NULL DEFAULT 0,
  `role_article_meta` tinyint(1) NOT NULL DEFAULT 0,
  `role_finance` tinyint(1) NOT NULL DEFAULT 0,
  `role_orders` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `contact_person` varchar(255),
  `contact_phone` varchar(255),
  `contact_address` varchar(255),
  `stats` text,
  `next_weekly_tasks_number` int DEFAULT 8,
  `ignore_apple_restriction` tinyint(1) DEFAULT 0,
  `break_start` date,
  `break_end` date,
  `role_invoices` tinyint(1) NOT NULL DEFAULT 0,
  `role_pickups` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `invites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL DEFAULT '',
  `expires_at` datetime NOT NULL,
  `group_id` int NOT NULL DEFAULT 0,
  `user_id` int NOT NULL DEFAULT 0,
  `email` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_invites_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int,
  `number` varchar(255),
  `date` date,
  `paid_on` date,
  `note` text,
  `amount` decimal(8,2) NOT NULL DEFAULT '0.0',
  `deposit` decimal(8,2) NOT NULL DEFAULT '0.0',
  `deposit_credit` decimal(8,2) NOT NULL DEFAULT '0.0',
  `created_at` datetime,
  `updated_at` datetime,
  `created_by_user_id` int,
  `financial_link_id` int,
  PRIMARY KEY (`id`),
  KEY `index_invoices_on_supplier_id` (`supplier_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `workgroup_id` int,
  `indirect` tinyint(1) NOT NULL DEFAULT 0,
  `authorization` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mail_delivery_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `email` varchar(255) NOT NULL,
  `message` varchar(255) NOT NULL,
  `attachment_mime` varchar(255),
  `attachment_data` longblob,
  PRIMARY KEY (`id`),
  KEY `index_mail_delivery_status_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `memberships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL DEFAULT 0,
  `user_id` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_memberships_on_user_id_and_group_id` (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `message_recipients` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` int NOT NULL,
  `user_id` int NOT NULL,
  `email_state` int NOT NULL DEFAULT 0,
  `read_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_message_recipients_on_message_id` (`message_id`),
  KEY `index_message_recipients_on_user_id_and_read_at` (`user_id`, `read_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sender_id` int,
  `subject` varchar(255) NOT NULL,
  `private` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `reply_to` int,
  `group_id` int,
  `salt` varchar(255),
  `received_email` mediumblob,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_access_grants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  KEY `index_oauth_access_tokens_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `order_articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL DEFAULT 0,
  `quantity` decimal(8,3) NOT NULL DEFAULT '0.0' COMMENT 'stored in `article_versions.group_order_unit`',
  `tolerance` decimal(8,3) NOT NULL DEFAULT '0.0' COMMENT 'stored in `article_versions.group_order_unit`',
  `units_to_order` decimal(12,6) NOT NULL DEFAULT '0.0' COMMENT 'stored in `article_versions.supplier_order_unit`',
  `lock_version` int NOT NULL DEFAULT 0,
  `article_version_id` int NOT NULL,
  `units_billed` decimal(12,6) COMMENT 'stored in `article_versions.supplier_order_unit`',
  `units_received` decimal(12,6) COMMENT 'stored in `article_versions.supplier_order_unit`',
  PRIMARY KEY (`id`),
  KEY `index_order_articles_on_article_version_id` (`article_version_id`),
  UNIQUE KEY `index_order_articles_on_order_id_and_article_version_id` (`order_id`, `article_version_id`),
  KEY `index_order_articles_on_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `order_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int,
  `user_id` int,
  `text` text,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_order_comments_on_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int,
  `note` text,
  `starts` datetime,
  `ends` datetime,
  `state` varchar(255) DEFAULT 'open',
  `lock_version` int NOT NULL DEFAULT 0,
  `updated_by_user_id` int,
  `foodcoop_result` decimal(8,2),
  `created_by_user_id` int,
  `boxfill` datetime,
  `invoice_id` int,
  `pickup` date,
  `remote_ordered_at` datetime,
  `end_action` int NOT NULL DEFAULT 0,
  `transport` decimal(8,2),
  PRIMARY KEY (`id`),
  KEY `index_orders_on_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `page_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `page_id` int,
  `lock_version` int,
  `body` text,
  `updated_by` int,
  `redirect` int,
  `parent_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_page_versions_on_page_id` (`page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `body` text,
  `permalink` varchar(255),
  `lock_version` int DEFAULT 0,
  `updated_by` int,
  `redirect` int,
  `parent_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_pages_on_permalink` (`permalink`),
  KEY `index_pages_on_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `poll_choices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_vote_id` int NOT NULL,
  `choice` int NOT NULL,
  `value` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_poll_choices_on_poll_vote_id_and_choice` (`poll_vote_id`, `choice`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `poll_votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_id` int NOT NULL,
  `user_id` int NOT NULL,
  `ordergroup_id` int,
  `note` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_poll_votes_on_poll_id_and_user_id_and_ordergroup_id` (`poll_id`, `user_id`, `ordergroup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `polls` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by_user_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `starts` datetime,
  `ends` datetime,
  `one_vote_per_ordergroup` tinyint(1) NOT NULL DEFAULT 0,
  `required_ordergroup_custom_fields` text,
  `required_user_custom_fields` text,
  `voting_method` int NOT NULL,
  `choices` text NOT NULL,
  `final_choice` int,
  `multi_select_count` int NOT NULL DEFAULT 0,
  `min_points` int,
  `max_points` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_polls_on_final_choice` (`final_choice`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `printer_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int,
  `document` varchar(255) NOT NULL,
  `created_by_user_id` int NOT NULL,
  `finished_by_user_id` int,
  `finished_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_printer_jobs_on_finished_at` (`finished_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `var` varchar(255) NOT NULL,
  `value` text,
  `thing_id` int,
  `thing_type` varchar(30),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_thing_type_and_thing_id_and_var` (`thing_type`, `thing_id`, `var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stock_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stock_event_id` int,
  `order_id` int,
  `stock_article_id` int,
  `quantity` int DEFAULT 0,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_stock_changes_on_stock_article_id` (`stock_article_id`),
  KEY `index_stock_changes_on_stock_event_id` (`stock_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stock_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int,
  `date` date,
  `created_at` datetime,
  `note` text,
  `invoice_id` int,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_stock_events_on_supplier_id` (`supplier_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `supplier_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `financial_transaction_class_id` int,
  `bank_account_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `suppliers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `address` varchar(255) NOT NULL DEFAULT '',
  `phone` varchar(255) NOT NULL DEFAULT '',
  `phone2` varchar(255),
  `fax` varchar(255),
  `email` varchar(255),
  `url` varchar(255),
  `contact_person` varchar(255),
  `customer_number` varchar(255),
  `delivery_days` varchar(255),
  `order_howto` varchar(255),
  `note` varchar(255),
  `min_order_quantity` varchar(255),
  `deleted_at` datetime,
  `shared_sync_method` varchar(255),
  `iban` varchar(255),
  `supplier_category_id` int NOT NULL,
  `supplier_remote_source` varchar(255),
  `external_uuid` varchar(255),
  `unit_migration_completed` datetime,
  `remote_auto_sync` tinyint(1) NOT NULL DEFAULT 0,
  `remote_order_method` varchar(255) NOT NULL DEFAULT 'email',
  `remote_order_url` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_suppliers_on_external_uuid` (`external_uuid`),
  UNIQUE KEY `index_suppliers_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tasks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text,
  `due_date` date,
  `done` tinyint(1) DEFAULT 0,
  `workgroup_id` int,
  `created_on` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `required_users` int DEFAULT 1,
  `duration` int DEFAULT 1,
  `periodic_task_group_id` int,
  `created_by_user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_tasks_on_due_date` (`due_date`),
  KEY `index_tasks_on_name` (`name`),
  KEY `index_tasks_on_workgroup_id` (`workgroup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nick` varchar(255),
  `password_hash` varchar(255) NOT NULL DEFAULT '',
  `password_salt` varchar(255) NOT NULL DEFAULT '',
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `phone` varchar(255),
  `created_on` datetime NOT NULL,
  `reset_password_token` varchar(255),
  `reset_password_expires` datetime,
  `last_login` datetime,
  `last_activity` datetime,
  `deleted_at` datetime,
  `iban` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_nick` (`nick`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- MakerAdmin (Stockholm Makerspace's member, access and shop system: members, RFID keys, lab-access and
-- membership periods that feed the Accessy door-access service, door-access log, groups and permissions,
-- storage boxes and labels, messages, quizzes, task delegation, webshop), AGPL-3.0.
-- Source: github.com/makerspace/makeradmin at commit 6f26b1b5cc6b0f5b11ae318d59ec97cb5d3e5a77,
-- api/src/migrations/0001_initial_core.sql ... 0053_global_settings.sql (53 SQL migrations), replayed in order
-- into a scratch MariaDB 10.11 database the way api/src/migrate.py runs them (lines starting with "--" dropped,
-- split on ";"), with upstream's MySQL-8 collation utf8mb4_0900_ai_ci read as utf8mb4_general_ci and, before
-- 0013, the unique key on (product_id, display_order) of webshop_product_images dropped (MySQL drops it itself
-- when 0013 drops both columns; MariaDB refuses); `migrations` is the runner's own table (created by migrate.py).
-- The replayed schema was read back with mysqldump --no-data: all 43 tables, column names, order, types,
-- defaults, keys and foreign keys as replayed; column collations and AUTO_INCREMENT counters left out, MariaDB's
-- JSON alias (longtext ... CHECK json_valid) written back as upstream's `json`; tables ordered so that every
-- referenced table comes first.

CREATE TABLE `access_tokens` (
  `user_id` int(11) NOT NULL,
  `access_token` varchar(32) NOT NULL,
  `browser` varchar(512) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `expires` datetime NOT NULL,
  `permissions` text DEFAULT NULL,
  `lifetime` int(10) unsigned NOT NULL DEFAULT 300,
  UNIQUE KEY `access_tokens_access_token_unique` (`access_token`),
  KEY `access_tokens_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_members` (
  `member_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(60) DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `civicregno` varchar(25) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `orgno` varchar(12) DEFAULT NULL,
  `address_street` varchar(255) DEFAULT NULL,
  `address_extra` varchar(255) DEFAULT NULL,
  `address_zipcode` int(11) DEFAULT NULL,
  `address_city` varchar(255) DEFAULT NULL,
  `address_country` varchar(2) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `member_number` int(11) NOT NULL,
  `labaccess_agreement_at` datetime DEFAULT NULL,
  `pin_code` varchar(30) DEFAULT NULL,
  `stripe_customer_id` varchar(64) DEFAULT NULL,
  `stripe_membership_subscription_id` varchar(64) DEFAULT NULL,
  `stripe_labaccess_subscription_id` varchar(64) DEFAULT NULL,
  `price_level` enum('normal','low_income_discount','awl_discount') NOT NULL DEFAULT 'normal',
  `price_level_motivation` text DEFAULT NULL,
  `pending_activation` tinyint(1) NOT NULL,
  PRIMARY KEY (`member_id`),
  UNIQUE KEY `membership_members_email_index` (`email`),
  UNIQUE KEY `membership_members_member_number_index` (`member_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_phone_number_requests` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned DEFAULT NULL,
  `phone` varchar(255) NOT NULL,
  `validation_code` int(6) unsigned NOT NULL,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `change_phone_number_member_id_index` (`member_id`),
  CONSTRAINT `change_phone_number_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_settings` (
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login` (
  `success` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `ip` varchar(255) NOT NULL,
  `date` datetime NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_preferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `question_type` enum('ROOM_PREFERENCE','MACHINE_PREFERENCE','SKILL_LEVEL','TASK_DELEGATION_ENABLED') NOT NULL,
  `available_options` text NOT NULL,
  `selected_options` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_member_question` (`member_id`,`question_type`),
  CONSTRAINT `member_preferences_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberbooth_labels` (
  `id` bigint(20) unsigned NOT NULL,
  `member_id` int(10) unsigned NOT NULL,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `memberbooth_labels_member_id_index` (`member_id`),
  CONSTRAINT `memberbooth_labels_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberbooth_labels_actions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `label_id` bigint(20) unsigned NOT NULL,
  `action_member_id` int(10) unsigned DEFAULT NULL,
  `session_token` varchar(32) DEFAULT NULL,
  `action` enum('observed','reported','cleaned_away') NOT NULL,
  `message` text DEFAULT NULL,
  `image` mediumblob DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `memberbooth_labels_actions_session_token_index` (`session_token`),
  KEY `memberbooth_labels_actions_action_member_id_index` (`action_member_id`),
  KEY `memberbooth_labels_actions_label_id_foreign` (`label_id`),
  CONSTRAINT `memberbooth_labels_actions_label_id_foreign` FOREIGN KEY (`label_id`) REFERENCES `memberbooth_labels` (`id`),
  CONSTRAINT `memberbooth_labels_actions_member_id_foreign` FOREIGN KEY (`action_member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_box` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `box_label_id` bigint(20) unsigned NOT NULL,
  `session_token` varchar(32) NOT NULL,
  `last_nag_at` datetime DEFAULT NULL,
  `last_check_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `membership_box_tag_id_index` (`box_label_id`),
  KEY `membership_box_session_token_index` (`session_token`),
  KEY `membership_box_member_id_index` (`member_id`),
  CONSTRAINT `membership_box_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_groups` (
  `group_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_group_door_access` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int(10) unsigned NOT NULL,
  `accessy_asset_publication_guid` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_group_door` (`group_id`,`accessy_asset_publication_guid`,`deleted_at`),
  KEY `membership_group_doors_group_id_index` (`group_id`),
  CONSTRAINT `membership_groups_foreign` FOREIGN KEY (`group_id`) REFERENCES `membership_groups` (`group_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_permissions` (
  `permission_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `permission` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`permission_id`),
  UNIQUE KEY `membership_permissions_permission_unique` (`permission`),
  UNIQUE KEY `membership_permission_index` (`permission`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_group_permissions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int(10) unsigned NOT NULL,
  `permission_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `membership_group_permissions_group_id_permission_id_unique` (`group_id`,`permission_id`),
  KEY `membership_group_permissions_permission_id_foreign` (`permission_id`),
  CONSTRAINT `membership_group_permissions_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `membership_groups` (`group_id`),
  CONSTRAINT `membership_group_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `membership_permissions` (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_keys` (
  `key_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `description` text DEFAULT NULL,
  `tagid` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`key_id`),
  UNIQUE KEY `membership_keys_tagid_index` (`tagid`),
  KEY `membership_keys_member_id_foreign` (`member_id`),
  CONSTRAINT `membership_keys_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_members_groups` (
  `member_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  UNIQUE KEY `membership_members_groups_member_id_group_id_unique` (`member_id`,`group_id`),
  KEY `membership_members_groups_member_id_index` (`member_id`),
  KEY `membership_members_groups_group_id_index` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_spans` (
  `span_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `startdate` date NOT NULL,
  `enddate` date NOT NULL,
  `type` enum('labaccess','membership','special_labaccess') NOT NULL,
  `creation_reason` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `deletion_reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`span_id`),
  UNIQUE KEY `membership_members_creation_reason_index` (`creation_reason`),
  KEY `membership_spans_member_id_foreign` (`member_id`),
  KEY `membership_spans_span_id_index` (`span_id`),
  KEY `end_date_index` (`enddate`),
  KEY `type_member_enddate_index` (`type`,`member_id`,`enddate`),
  CONSTRAINT `membership_spans_member_id_foreign` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `subject` text NOT NULL,
  `body` mediumtext NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) NOT NULL,
  `sent_at` datetime DEFAULT NULL,
  `status` enum('sent','queued','failed') NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `template` varchar(112) DEFAULT NULL,
  `associated_id` bigint(20) DEFAULT NULL,
  `recipient_type` enum('email','sms','slack') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id_index` (`member_id`),
  KEY `status_index` (`status`),
  KEY `idx_message_associated_id` (`associated_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_token` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `token` varchar(32) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_token__token__unique` (`token`),
  KEY `password_reset_token__member_id__index` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `physical_access_log` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned DEFAULT NULL,
  `accessy_user_id` varchar(255) DEFAULT NULL,
  `accessy_asset_operation_id` varchar(255) NOT NULL,
  `accessy_asset_publication_id` varchar(255) NOT NULL,
  `invoked_at` datetime NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `member_id_key` (`member_id`),
  KEY `invoked_at_key` (`invoked_at`),
  CONSTRAINT `physical_access_member_constraint` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_quizzes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `description` text NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `required_pass_rate` float DEFAULT 0.8,
  `send_help_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_attempts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `quiz_id` int(10) unsigned NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id_key` (`member_id`),
  KEY `quiz_id_key` (`quiz_id`),
  CONSTRAINT `attempt_member_constraint` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`),
  CONSTRAINT `attempt_quiz_constraint` FOREIGN KEY (`quiz_id`) REFERENCES `quiz_quizzes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_questions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `question` text NOT NULL,
  `answer_description` text NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `quiz_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `quiz_constraint` (`quiz_id`),
  CONSTRAINT `quiz_constraint` FOREIGN KEY (`quiz_id`) REFERENCES `quiz_quizzes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_question_options` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` text NOT NULL,
  `answer_description` text NOT NULL,
  `correct` tinyint(1) NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `question_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `question_id_key` (`question_id`),
  CONSTRAINT `question_constraint` FOREIGN KEY (`question_id`) REFERENCES `quiz_questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_answers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned NOT NULL,
  `question_id` int(10) unsigned NOT NULL,
  `option_id` int(10) unsigned NOT NULL,
  `correct` tinyint(1) NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `attempt_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id_key` (`member_id`),
  KEY `question_id_key` (`question_id`),
  KEY `option_id_key` (`option_id`),
  KEY `attempt_id_key` (`attempt_id`),
  CONSTRAINT `answer_attempt_constraint` FOREIGN KEY (`attempt_id`) REFERENCES `quiz_attempts` (`id`),
  CONSTRAINT `answer_member_constraint` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`),
  CONSTRAINT `answer_option_constraint` FOREIGN KEY (`option_id`) REFERENCES `quiz_question_options` (`id`),
  CONSTRAINT `answer_question_constraint` FOREIGN KEY (`question_id`) REFERENCES `quiz_questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slack_email_override` (
  `member_id` int(10) unsigned NOT NULL,
  `slack_email` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`member_id`),
  KEY `slack_email` (`slack_email`),
  CONSTRAINT `slack_email_override_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_delegation_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned DEFAULT NULL,
  `card_id` varchar(128) NOT NULL,
  `card_name` text NOT NULL,
  `action` enum('assigned','completed','not_done_did_something_else','not_done_confused','not_done_forgot','not_done_no_time','not_done_other','not_done_rerolled','ignored','already_completed_by_someone_else') NOT NULL,
  `task_size` enum('TRIVIAL','SMALL','MEDIUM','LARGE','VERY_LARGE') NOT NULL,
  `details` text DEFAULT NULL,
  `slack_channel_id` varchar(64) DEFAULT NULL,
  `slack_message_ts` varchar(32) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `created_at` (`created_at`),
  KEY `slack_message` (`slack_channel_id`,`slack_message_ts`),
  CONSTRAINT `task_delegation_log_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_delegation_log_labels` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `log_id` bigint(20) unsigned NOT NULL,
  `label` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `log_id` (`log_id`),
  CONSTRAINT `task_delegation_log_labels_ibfk_1` FOREIGN KEY (`log_id`) REFERENCES `task_delegation_log` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploads` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category` varchar(64) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `data` mediumblob NOT NULL,
  `width` int(10) unsigned DEFAULT NULL,
  `height` int(10) unsigned DEFAULT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_category` (`category`,`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_accounting_exports` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `signer_member_id` int(10) unsigned NOT NULL,
  `content` text DEFAULT NULL,
  `status` enum('completed','pending','failed') NOT NULL,
  `aggregation` enum('year','month','day') NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `webshop_accounting_export_member_id_index` (`signer_member_id`),
  CONSTRAINT `webshop_accounting_export_member_id_foreign` FOREIGN KEY (`signer_member_id`) REFERENCES `membership_members` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_gift_card` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `amount` decimal(15,2) NOT NULL,
  `validation_code` varchar(16) NOT NULL,
  `email` varchar(255) NOT NULL,
  `status` enum('valid','used','expired','cancelled') NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `validation_code` (`validation_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_product_categories` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `display_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webshop_product_categories_display_order_unique` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_product_images` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `data` mediumblob NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_products` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `unit` varchar(30) DEFAULT NULL,
  `price` decimal(15,2) NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `smallest_multiple` int(10) NOT NULL DEFAULT 1,
  `filter` varchar(255) DEFAULT NULL,
  `display_order` int(10) unsigned NOT NULL,
  `show` tinyint(1) NOT NULL DEFAULT 1,
  `image_id` int(10) unsigned DEFAULT NULL,
  `product_metadata` json NOT NULL DEFAULT '{}',
  `stripe_product_id` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webshop_products_display_order_unique` (`display_order`),
  KEY `category_id_key` (`category_id`),
  KEY `image_constraint` (`image_id`),
  CONSTRAINT `category_constraint` FOREIGN KEY (`category_id`) REFERENCES `webshop_product_categories` (`id`),
  CONSTRAINT `image_constraint` FOREIGN KEY (`image_id`) REFERENCES `webshop_product_images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_transaction_accounts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `account` varchar(100) NOT NULL,
  `description` varchar(255) NOT NULL,
  `display_order` int(10) unsigned NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webshop_transaction_accounts_display_order_unique` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_transaction_cost_centers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cost_center` varchar(100) NOT NULL,
  `description` varchar(255) NOT NULL,
  `display_order` int(10) unsigned NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webshop_transaction_cost_centers_display_order_unique` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_product_accounting` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(10) unsigned NOT NULL,
  `account_id` int(10) unsigned DEFAULT NULL,
  `cost_center_id` int(10) unsigned DEFAULT NULL,
  `fraction` int(5) unsigned NOT NULL DEFAULT 0,
  `type` enum('debit','credit') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account_id_key` (`account_id`),
  KEY `cost_center_id_key` (`cost_center_id`),
  KEY `webshop_product_accounting_id_index` (`product_id`),
  CONSTRAINT `webshop_product_accounting_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `webshop_transaction_accounts` (`id`),
  CONSTRAINT `webshop_product_accounting_cost_center_id_foreign` FOREIGN KEY (`cost_center_id`) REFERENCES `webshop_transaction_cost_centers` (`id`),
  CONSTRAINT `webshop_product_accounting_product_id_foreign` FOREIGN KEY (`product_id`) REFERENCES `webshop_products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_product_actions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(10) unsigned NOT NULL,
  `value` int(10) DEFAULT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` datetime DEFAULT NULL,
  `action_type` enum('add_membership_days','add_labaccess_days') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `product_constraint` (`product_id`),
  CONSTRAINT `product_constraint` FOREIGN KEY (`product_id`) REFERENCES `webshop_products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_product_gift_card_mapping` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `gift_card_id` int(11) unsigned NOT NULL,
  `product_id` int(10) unsigned NOT NULL,
  `product_quantity` int(10) unsigned NOT NULL,
  `amount` decimal(15,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gift_card_id_index` (`gift_card_id`),
  KEY `product_id_index` (`product_id`),
  CONSTRAINT `gift_card_id_foreign` FOREIGN KEY (`gift_card_id`) REFERENCES `webshop_gift_card` (`id`),
  CONSTRAINT `product_id_foreign` FOREIGN KEY (`product_id`) REFERENCES `webshop_products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_transactions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(10) unsigned DEFAULT NULL,
  `amount` decimal(15,2) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `status` enum('pending','completed','failed') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `created_at_index` (`created_at`),
  KEY `member_id_index` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_stripe_pending` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `transaction_id` int(10) unsigned NOT NULL,
  `stripe_token` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `token_key` (`stripe_token`),
  KEY `transaction_constraint2` (`transaction_id`),
  CONSTRAINT `transaction_constraint2` FOREIGN KEY (`transaction_id`) REFERENCES `webshop_transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_transaction_contents` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `transaction_id` int(10) unsigned NOT NULL,
  `product_id` int(10) unsigned NOT NULL,
  `count` int(10) NOT NULL,
  `amount` decimal(15,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `transaction_id_key` (`transaction_id`),
  KEY `product_id_index` (`product_id`),
  CONSTRAINT `transaction_constraint` FOREIGN KEY (`transaction_id`) REFERENCES `webshop_transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webshop_transaction_actions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `content_id` int(10) unsigned NOT NULL,
  `value` int(10) DEFAULT NULL,
  `status` enum('completed','pending','cancelled') NOT NULL DEFAULT 'pending',
  `completed_at` datetime DEFAULT NULL,
  `action_type` enum('add_membership_days','add_labaccess_days') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `content_key` (`content_id`),
  CONSTRAINT `content_constraint2` FOREIGN KEY (`content_id`) REFERENCES `webshop_transaction_contents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

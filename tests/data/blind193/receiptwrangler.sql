-- Receipt Wrangler (self-hosted receipt and shared-expense manager), github.com/Receipt-Wrangler/receipt-wrangler-api,
-- commit b7434666f54ccc60c4b7f6eadc326d81fc499ee9 (AGPL-3.0). The 30 GORM models that MakeMigrations()
-- (internal/repositories/db.go) passes to AutoMigrate, plus the five many2many join tables they declare, written as
-- the MySQL DDL that gorm.io/driver/mysql derives: tables and columns in GORM's naming (snake_case, plural table names,
-- the embedded BaseModel first), uint -> bigint unsigned, int -> bigint, bool -> tinyint(1), time.Time ->
-- datetime(3), string -> longtext (varchar(191) where indexed, unique or defaulted), []byte -> longblob,
-- decimal.Decimal -> decimal(10,2) where typed and longtext otherwise (its driver.Valuer gives a string);
-- belongs-to / has-one / has-many relations as foreign keys on the owning column. Tables ordered so that they load.

CREATE TABLE `refresh_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `user_id` bigint unsigned NOT NULL,
  `token` longtext NOT NULL,
  `is_used` tinyint(1) DEFAULT 0,
  `expires_at` datetime(3) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `default_avatar_color` longtext NULL,
  `display_name` longtext NULL,
  `is_dummy_user` tinyint(1) NULL,
  `password` longtext NOT NULL,
  `username` varchar(191) NOT NULL,
  `user_role` varchar(191) DEFAULT 'USER',
  `last_login_date` datetime(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_users_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_fields` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NOT NULL,
  `type` longtext NOT NULL,
  `description` longtext NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_field_options` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `value` longtext NOT NULL,
  `custom_field_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_custom_field_options_custom_field_id` FOREIGN KEY (`custom_field_id`) REFERENCES `custom_fields` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` varchar(191) NOT NULL,
  `description` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tags_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` varchar(191) NOT NULL,
  `description` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_categories_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NOT NULL,
  `is_default_group` tinyint(1) NULL,
  `status` varchar(191) NOT NULL DEFAULT 'ACTIVE',
  `is_all_group` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `date` datetime(3) NOT NULL,
  `resolved_date` datetime(3) NULL,
  `paid_by_user_id` bigint unsigned NULL,
  `status` varchar(191) NOT NULL DEFAULT 'OPEN',
  `group_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_receipts_paid_by_user_id` FOREIGN KEY (`paid_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_receipts_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_field_values` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `receipt_id` bigint unsigned NULL,
  `custom_field_id` bigint unsigned NULL,
  `string_value` longtext NULL,
  `date_value` datetime(3) NULL,
  `select_value` bigint unsigned NULL,
  `currency_value` longtext NULL,
  `boolean_value` tinyint(1) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_custom_field_values_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`),
  CONSTRAINT `fk_custom_field_values_custom_field_id` FOREIGN KEY (`custom_field_id`) REFERENCES `custom_fields` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `amount` longtext NOT NULL,
  `charged_to_user_id` bigint unsigned NULL,
  `is_taxed` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `receipt_id` bigint unsigned NULL,
  `status` varchar(191) NOT NULL DEFAULT 'OPEN',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_items_charged_to_user_id` FOREIGN KEY (`charged_to_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_items_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_data` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NULL,
  `file_type` longtext NULL,
  `size` bigint unsigned NULL,
  `receipt_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_file_data_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `user_id` bigint unsigned NOT NULL,
  `group_id` bigint unsigned NOT NULL,
  `group_role` longtext NOT NULL,
  PRIMARY KEY (`user_id`, `group_id`),
  CONSTRAINT `fk_group_members_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `comment` varchar(500) NOT NULL,
  `receipt_id` bigint unsigned NULL,
  `user_id` bigint unsigned NULL,
  `additional_info` varchar(500) NULL,
  `comment_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_comments_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`),
  CONSTRAINT `fk_comments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_comments_comment_id` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `type` longtext NOT NULL,
  `title` longtext NOT NULL,
  `body` longtext NOT NULL,
  `user_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_prefernces` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `user_id` bigint unsigned NOT NULL,
  `show_large_image_previews` tinyint(1) NULL,
  `quick_scan_default_group_id` bigint unsigned NULL,
  `quick_scan_default_paid_by_id` bigint unsigned NULL,
  `quick_scan_default_status` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_prefernces_user_id` (`user_id`),
  CONSTRAINT `fk_user_prefernces_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_prefernces_quick_scan_default_group_id` FOREIGN KEY (`quick_scan_default_group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_user_prefernces_quick_scan_default_paid_by_id` FOREIGN KEY (`quick_scan_default_paid_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_shortcuts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `user_prefernces_id` bigint unsigned NULL,
  `name` longtext NULL,
  `url` longtext NULL,
  `icon` longtext NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_shortcuts_user_prefernces_id` FOREIGN KEY (`user_prefernces_id`) REFERENCES `user_prefernces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboards` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `group_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dashboards_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_dashboards_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widgets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NULL,
  `dashboard_id` bigint unsigned NOT NULL,
  `widget_type` longtext NOT NULL,
  `configuration` longblob NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_widgets_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_emails` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `host` longtext NOT NULL,
  `port` longtext NOT NULL,
  `username` longtext NOT NULL,
  `password` longtext NOT NULL,
  `use_start_tls` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_tasks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `type` longtext NULL,
  `status` longtext NULL,
  `associated_entity_type` longtext NULL,
  `associated_entity_id` bigint unsigned NULL,
  `started_at` datetime(3) NULL,
  `ended_at` datetime(3) NULL,
  `result_description` longtext NULL,
  `ran_by_user_id` bigint unsigned NULL,
  `receipt_id` bigint unsigned NULL,
  `group_id` bigint unsigned NULL,
  `associated_system_task_id` bigint unsigned NULL,
  `asynq_task_id` longtext NULL,
  `api_key_id` longtext NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_system_tasks_associated_system_task_id` FOREIGN KEY (`associated_system_task_id`) REFERENCES `system_tasks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prompts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` varchar(191) NOT NULL,
  `description` longtext NULL,
  `prompt` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_prompts_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `group_id` bigint unsigned NOT NULL,
  `email_integration_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `system_email_id` bigint unsigned NULL,
  `email_to_read` longtext NULL,
  `email_default_receipt_status` longtext NULL,
  `email_default_receipt_paid_by_id` bigint unsigned NULL,
  `prompt_id` bigint unsigned NULL,
  `fallback_prompt_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_group_settings_group_id` (`group_id`),
  CONSTRAINT `fk_group_settings_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_group_settings_system_email_id` FOREIGN KEY (`system_email_id`) REFERENCES `system_emails` (`id`),
  CONSTRAINT `fk_group_settings_email_default_receipt_paid_by_id` FOREIGN KEY (`email_default_receipt_paid_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_group_settings_prompt_id` FOREIGN KEY (`prompt_id`) REFERENCES `prompts` (`id`),
  CONSTRAINT `fk_group_settings_fallback_prompt_id` FOREIGN KEY (`fallback_prompt_id`) REFERENCES `prompts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_line_regexes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `regex` longtext NOT NULL,
  `group_settings_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_subject_line_regexes_group_settings_id` FOREIGN KEY (`group_settings_id`) REFERENCES `group_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_settings_white_list_emails` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `email` longtext NULL,
  `group_settings_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_settings_white_list_emails_group_settings_id` FOREIGN KEY (`group_settings_id`) REFERENCES `group_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipt_processing_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` varchar(191) NOT NULL,
  `description` longtext NULL,
  `ai_type` longtext NULL,
  `url` longtext NULL,
  `key` longtext NULL,
  `model` longtext NULL,
  `ocr_engine` longtext NULL,
  `prompt_id` bigint unsigned NULL,
  `is_vision_model` tinyint(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_receipt_processing_settings_name` (`name`),
  CONSTRAINT `fk_receipt_processing_settings_prompt_id` FOREIGN KEY (`prompt_id`) REFERENCES `prompts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `enable_local_sign_up` tinyint(1) DEFAULT 0,
  `debug_ocr` tinyint(1) DEFAULT 0,
  `num_workers` bigint NULL,
  `email_polling_interval` bigint DEFAULT 1800,
  `currency_display` varchar(191) DEFAULT '$',
  `currency_thousandths_separator` varchar(191) DEFAULT ',',
  `currency_decimal_separator` varchar(191) DEFAULT '.',
  `currency_symbol_position` varchar(191) DEFAULT 'START',
  `currency_hide_decimal_places` tinyint(1) DEFAULT 0,
  `receipt_processing_settings_id` bigint unsigned NULL,
  `fallback_receipt_processing_settings_id` bigint unsigned NULL,
  `task_concurrency` bigint DEFAULT 10,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_system_settings_receipt_processing_settings_id` FOREIGN KEY (`receipt_processing_settings_id`) REFERENCES `receipt_processing_settings` (`id`),
  CONSTRAINT `fk_system_settings_fallback_receipt_processing_settings_id` FOREIGN KEY (`fallback_receipt_processing_settings_id`) REFERENCES `receipt_processing_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_queue_configurations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` varchar(191) NULL,
  `priority` bigint NULL,
  `system_settings_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_task_queue_configurations_name` (`name`),
  CONSTRAINT `fk_task_queue_configurations_system_settings_id` FOREIGN KEY (`system_settings_id`) REFERENCES `system_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_receipt_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `group_id` bigint unsigned NOT NULL,
  `hide_images` tinyint(1) NOT NULL DEFAULT 0,
  `hide_receipt_categories` tinyint(1) NOT NULL DEFAULT 0,
  `hide_receipt_tags` tinyint(1) NOT NULL DEFAULT 0,
  `hide_item_categories` tinyint(1) NOT NULL DEFAULT 0,
  `hide_item_tags` tinyint(1) NOT NULL DEFAULT 0,
  `hide_share_categories` tinyint(1) NOT NULL DEFAULT 0,
  `hide_share_tags` tinyint(1) NOT NULL DEFAULT 0,
  `hide_comments` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_group_receipt_settings_group_id` (`group_id`),
  CONSTRAINT `fk_group_receipt_settings_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peppers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `algorithm` longtext NULL,
  `ciphertext` longtext NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` varchar(191) NOT NULL,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `created_by` bigint unsigned NULL,
  `created_by_string` longtext NULL,
  `name` longtext NULL,
  `description` longtext NULL,
  `prefix` longtext NULL,
  `hmac` longtext NULL,
  `version` bigint NULL,
  `user_id` bigint unsigned NULL,
  `scope` longtext NULL,
  `last_used_at` datetime(3) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipt_categories` (
  `receipt_id` bigint unsigned NOT NULL,
  `category_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`receipt_id`, `category_id`),
  CONSTRAINT `fk_receipt_categories_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`),
  CONSTRAINT `fk_receipt_categories_category_id` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipt_tags` (
  `receipt_id` bigint unsigned NOT NULL,
  `tag_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`receipt_id`, `tag_id`),
  CONSTRAINT `fk_receipt_tags_receipt_id` FOREIGN KEY (`receipt_id`) REFERENCES `receipts` (`id`),
  CONSTRAINT `fk_receipt_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_categories` (
  `item_id` bigint unsigned NOT NULL,
  `category_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`item_id`, `category_id`),
  CONSTRAINT `fk_item_categories_item_id` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `fk_item_categories_category_id` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_tags` (
  `item_id` bigint unsigned NOT NULL,
  `tag_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`item_id`, `tag_id`),
  CONSTRAINT `fk_item_tags_item_id` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `fk_item_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_linked_items` (
  `item_id` bigint unsigned NOT NULL,
  `linked_item_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`item_id`, `linked_item_id`),
  CONSTRAINT `fk_item_linked_items_item_id` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `fk_item_linked_items_linked_item_id` FOREIGN KEY (`linked_item_id`) REFERENCES `items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


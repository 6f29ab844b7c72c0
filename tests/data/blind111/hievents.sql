-- Hi.Events (HiEventsDev/hi.events), backend/database/migrations/schema.sql at commit 11310bfd221849fe2243dc3cb0b0f196d0c9e2b2
-- plus the Laravel migrations dated 2024-05-16 .. 2024-08-07 at the same commit; PostgreSQL written as MySQL DDL
-- (column names and order kept; see hievents.md).

CREATE TABLE `personal_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text,
  `last_used_at` datetime,
  `expires_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime,
  `deleted_at` datetime,
  `updated_at` datetime,
  `id` bigint NOT NULL AUTO_INCREMENT,
  KEY `password_reset_tokens_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` text NOT NULL,
  `exception` text NOT NULL,
  `failed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `currency_code` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `stripe_account_id` varchar(50),
  `short_id` varchar(20) NOT NULL,
  `stripe_connect_setup_complete` tinyint(1) DEFAULT 0,
  `account_verified_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` varchar(200),
  `token` varchar(200),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` varchar(255),
  KEY `password_resets_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timezones` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `permissions` json NOT NULL,
  `account_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `roles_accounts_id_fk` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `email_verified_at` datetime,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255),
  `pending_email` varchar(255),
  `timezone` varchar(255) NOT NULL,
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `entity_id` bigint NOT NULL,
  `entity_type` bigint NOT NULL,
  `ip_address` varchar(255),
  `user_agent` varchar(255),
  `data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_logs_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxes_and_fees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `calculation_type` varchar(20) NOT NULL,
  `rate` decimal(10,3) NOT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `description` text,
  `created_at` datetime,
  `deleted_at` datetime,
  `updated_at` datetime,
  `account_id` bigint NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether to apply to all new tickets automatically',
  `type` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entity_id` bigint,
  `entity_type` varchar(120),
  `type` varchar(40),
  `filename` varchar(255),
  `disk` varchar(20),
  `path` text,
  `size` int,
  `mime_type` varchar(50),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(20),
  `website` varchar(255),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `currency` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `account_id` int NOT NULL,
  `user_id` int NOT NULL,
  `start_date` datetime,
  `end_date` datetime,
  `description` text,
  `status` varchar(255),
  `location_details` json,
  `currency` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255),
  `attributes` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `location` varchar(255),
  `organizer_id` bigint,
  `short_id` varchar(32) NOT NULL,
  `ticket_quantity_available` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_organizers_id_fk` FOREIGN KEY (`organizer_id`) REFERENCES `organizers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `event_id` int NOT NULL,
  `sale_start_date` datetime,
  `sale_end_date` datetime,
  `max_per_order` int,
  `description` text,
  `min_per_order` int,
  `sales_volume` decimal(14,2) NOT NULL DEFAULT 0.00,
  `sales_tax_volume` decimal(14,2) NOT NULL DEFAULT 0.00,
  `hide_before_sale_start_date` tinyint(1) NOT NULL DEFAULT 0,
  `hide_after_sale_end_date` tinyint(1) NOT NULL DEFAULT 0,
  `hide_when_sold_out` tinyint(1) NOT NULL DEFAULT 0,
  `show_quantity_remaining` tinyint(1) NOT NULL DEFAULT 0,
  `is_hidden_without_promo_code` tinyint(1) NOT NULL DEFAULT 0,
  `order` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  `type` varchar(20) NOT NULL DEFAULT 'PAID',
  `is_hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `promo_codes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `discount` decimal(14,2) NOT NULL DEFAULT 0.00,
  `applicable_ticket_ids` json,
  `expiry_date` datetime,
  `event_id` bigint NOT NULL,
  `discount_type` varchar(255),
  `attendee_usage_count` int NOT NULL DEFAULT 0,
  `order_usage_count` int NOT NULL DEFAULT 0,
  `max_allowed_usages` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `promo_codes_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `short_id` varchar(20) NOT NULL,
  `event_id` int NOT NULL,
  `total_before_additions` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_refunded` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_gross` decimal(14,2) NOT NULL DEFAULT 0.00,
  `currency` varchar(3) NOT NULL,
  `first_name` varchar(50),
  `last_name` varchar(50),
  `email` varchar(255),
  `status` varchar(255) NOT NULL,
  `payment_status` varchar(255),
  `refund_status` varchar(255),
  `reserved_until` datetime,
  `is_manually_created` tinyint(1) NOT NULL DEFAULT 0,
  `session_id` varchar(40),
  `public_id` varchar(255) NOT NULL,
  `point_in_time_data` json,
  `payment_gateway` varchar(255),
  `promo_code_id` int,
  `promo_code` varchar(255),
  `address` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  `taxes_and_fees_rollup` json,
  `total_tax` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_fee` decimal(14,2) NOT NULL DEFAULT 0.00,
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_pk` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `title` text NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255),
  `options` json,
  `belongs_to` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `order` int NOT NULL DEFAULT 1,
  `is_hidden` tinyint(1) NOT NULL DEFAULT 0,
  `description` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `questions_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_payments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `payment_intent_id` varchar(255) NOT NULL,
  `charge_id` varchar(255),
  `payment_method_id` varchar(255),
  `amount_received` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `last_error` json,
  `connected_account_id` varchar(50),
  PRIMARY KEY (`id`),
  CONSTRAINT `stripe_payments_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `type` varchar(40) NOT NULL,
  `recipient_ids` json,
  `sent_at` datetime,
  `sent_by_user_id` bigint NOT NULL,
  `attendee_ids` json,
  `ticket_ids` json,
  `order_id` bigint,
  `status` varchar(20) NOT NULL,
  `send_data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `messages_users_id_fk` FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `event_id` bigint,
  `sales_volume` decimal(14,2),
  `unique_visitors` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `affiliates_code_uindex` (`code`),
  CONSTRAINT `affiliates_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_statistics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `unique_views` bigint NOT NULL DEFAULT 0,
  `total_views` bigint NOT NULL DEFAULT 0,
  `sales_total_gross` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_tax` decimal(14,2) NOT NULL DEFAULT 0.00,
  `sales_total_before_additions` decimal(14,2) NOT NULL DEFAULT 0.00,
  `created_at` datetime NOT NULL,
  `deleted_at` datetime,
  `updated_at` datetime,
  `total_fee` decimal(14,2) NOT NULL DEFAULT 0.00,
  `tickets_sold` int NOT NULL DEFAULT 0,
  `version` int NOT NULL DEFAULT 0,
  `orders_created` int NOT NULL DEFAULT 0,
  `total_refunded` decimal(14,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_statistics_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_daily_statistics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sales_total_gross` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_tax` decimal(14,2) NOT NULL DEFAULT 0.00,
  `sales_total_before_additions` decimal(14,2) NOT NULL DEFAULT 0.00,
  `tickets_sold` int NOT NULL DEFAULT 0,
  `orders_created` int NOT NULL DEFAULT 0,
  `date` date NOT NULL,
  `created_at` datetime NOT NULL,
  `deleted_at` datetime,
  `updated_at` datetime,
  `total_fee` decimal(14,2) NOT NULL DEFAULT 0,
  `event_id` bigint NOT NULL,
  `version` int NOT NULL DEFAULT 0,
  `total_refunded` decimal(14,2) NOT NULL DEFAULT 0,
  `total_views` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_daily_statistics_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_taxes_and_fees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `tax_and_fee_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ticket_tax_and_fees_tickets_id_fk` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `ticket_tax_and_fees_tax_and_fees_id_fk` FOREIGN KEY (`tax_and_fee_id`) REFERENCES `taxes_and_fees` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_prices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `price` decimal(14,2) NOT NULL,
  `label` varchar(255),
  `sale_start_date` datetime,
  `sale_end_date` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  `initial_quantity_available` int,
  `quantity_sold` int NOT NULL DEFAULT 0,
  `is_hidden` tinyint(1) DEFAULT 0,
  `order` int NOT NULL DEFAULT 1,
  `quantity_available` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_prices_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `total_before_additions` decimal(14,2) NOT NULL,
  `quantity` int NOT NULL,
  `order_id` int NOT NULL,
  `ticket_id` int NOT NULL,
  `item_name` varchar(255),
  `price` decimal(14,2) NOT NULL,
  `price_before_discount` decimal(14,2),
  `deleted_at` datetime,
  `total_tax` decimal(14,2) NOT NULL DEFAULT 0.00,
  `total_gross` decimal(14,2),
  `total_service_fee` decimal(14,2) DEFAULT 0.00,
  `taxes_and_fees_rollup` json,
  `ticket_price_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `short_id` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL,
  `order_id` int NOT NULL,
  `ticket_id` int NOT NULL,
  `event_id` int NOT NULL,
  `public_id` varchar(255) NOT NULL,
  `status` varchar(20) NOT NULL,
  `checked_in_by` bigint,
  `checked_in_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `checked_out_by` bigint,
  `ticket_price_id` bigint NOT NULL,
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_attendees_checked_in_by_id` FOREIGN KEY (`checked_in_by`) REFERENCES `users` (`id`),
  CONSTRAINT `attendees_users_id_fk` FOREIGN KEY (`checked_out_by`) REFERENCES `users` (`id`),
  CONSTRAINT `attendees_ticket_prices_id_fk` FOREIGN KEY (`ticket_price_id`) REFERENCES `ticket_prices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_answers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `question_id` int NOT NULL,
  `order_id` int NOT NULL,
  `attendee_id` int,
  `ticket_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `answer` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ticket_id` int NOT NULL,
  `question_id` int NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pre_checkout_message` text,
  `post_checkout_message` text,
  `ticket_page_message` text,
  `continue_button_text` varchar(100),
  `email_footer_message` text,
  `support_email` varchar(255),
  `event_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `require_attendee_details` tinyint(1) NOT NULL DEFAULT 1,
  `order_timeout_in_minutes` int NOT NULL DEFAULT 15,
  `website_url` varchar(400),
  `maps_url` varchar(400),
  `homepage_background_color` varchar(20),
  `homepage_primary_text_color` varchar(20),
  `homepage_primary_color` varchar(20),
  `homepage_secondary_text_color` varchar(20),
  `homepage_secondary_color` varchar(20),
  `location_details` json,
  `online_event_connection_details` text,
  `is_online_event` tinyint(1) NOT NULL DEFAULT 0,
  `allow_search_engine_indexing` tinyint(1) NOT NULL DEFAULT 1,
  `seo_title` varchar(255),
  `seo_description` varchar(255),
  `social_media_handles` json,
  `show_social_media_handles` tinyint(1),
  `seo_keywords` varchar(255),
  `notify_organizer_of_new_orders` tinyint(1) NOT NULL DEFAULT 1,
  `price_display_mode` varchar(255) NOT NULL DEFAULT 'INCLUSIVE',
  `hide_getting_started_page` tinyint(1) NOT NULL DEFAULT 0,
  `show_share_buttons` tinyint(1) NOT NULL DEFAULT 1,
  `homepage_body_background_color` varchar(100),
  `homepage_background_type` varchar(30) NOT NULL DEFAULT 'COLOR',
  PRIMARY KEY (`id`),
  CONSTRAINT `event_settings_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `role` varchar(100),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `updated_at` datetime,
  `is_account_owner` tinyint(1) NOT NULL DEFAULT 0,
  `invited_by_user_id` bigint,
  `last_login_at` datetime,
  `status` varchar(40) NOT NULL DEFAULT 'INVITED',
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_users_account_id_user_id_role` (`account_id`, `user_id`, `role`),
  CONSTRAINT `fk_account_users_accounts` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_account_users_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `account_users_users_id_fk` FOREIGN KEY (`invited_by_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `capacity_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `capacity` int DEFAULT NULL,
  `used_capacity` int NOT NULL DEFAULT 0,
  `applies_to` varchar(255) NOT NULL DEFAULT 'EVENT',
  `status` varchar(255) NOT NULL DEFAULT 'ACTIVE',
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `deleted_at` datetime NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `capacity_assignments_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_capacity_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `capacity_assignment_id` bigint NOT NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `deleted_at` datetime NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ticket_capacity_assignments_ticket_id_capacity_assignment_id_un` (`ticket_id`, `capacity_assignment_id`),
  CONSTRAINT `ticket_capacity_assignments_ticket_id_foreign` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ticket_capacity_assignments_capacity_assignment_id_foreign` FOREIGN KEY (`capacity_assignment_id`) REFERENCES `capacity_assignments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_customers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `stripe_customer_id` varchar(255) NOT NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `deleted_at` datetime NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

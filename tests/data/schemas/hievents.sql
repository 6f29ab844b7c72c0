-- Hi.Events (event ticketing: organiser accounts and their staff users, events, tickets and prices, orders and
-- their items, attendees and check-in, attendee questions and answers, messages to attendees, Stripe payments),
-- trimmed from github.com/HiEventsDev/hi.events backend/database/migrations/schema.sql (AGPL-3.0), commit 11310bfd
-- (August 2024), with the later Laravel migrations of backend/database/migrations/2024_*.php folded in (locale on
-- users, orders and attendees; questions.description; capacity assignments; ticket_prices.quantity_available;
-- stripe_customers; the locale default config('app.locale') written as 'en'). Upstream's PostgreSQL written as
-- MySQL DDL: identity/serial -> AUTO_INCREMENT, varchar without a length -> varchar(255), boolean -> tinyint(1),
-- jsonb -> json, numeric -> decimal, timestamp(0) -> timestamp; CHECK constraints and indexes left out;
-- `password_reset_tokens` and `password_resets` declare no primary key upstream, their identity `id` is made the
-- key here; the integer columns that upstream's PostgreSQL lets reference bigint keys (organizers.account_id,
-- events.account_id/user_id, the event_id/order_id/ticket_id/... of tickets, orders, order_items, attendees and
-- question_answers) are written bigint, as MySQL requires for the key. Only upstream's foreign keys, among the
-- tables kept.
-- Left out: migrations, event_settings, event_daily_statistics, ticket_questions.
-- `accounts` are the organiser accounts created at sign-up (named after the signing-up person, with their e-mail);
-- `users` are the staff logins of an account; `organizers` are the organising bodies shown on event pages.

CREATE TABLE `personal_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
);

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `failed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` text NOT NULL,
  `exception` text NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
);

CREATE TABLE `accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `currency_code` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `stripe_account_id` varchar(50) DEFAULT NULL,
  `short_id` varchar(20) NOT NULL,
  `stripe_connect_setup_complete` tinyint(1) DEFAULT '0',
  `account_verified_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `password_resets` (
  `email` varchar(200) DEFAULT NULL,
  `token` varchar(200) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `timezones` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `permissions` json NOT NULL,
  `account_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `roles_accounts_id_fk` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `pending_email` varchar(255) DEFAULT NULL,
  `timezone` varchar(255) NOT NULL,
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`)
);

CREATE TABLE `event_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `entity_id` bigint NOT NULL,
  `entity_type` bigint NOT NULL,
  `ip_address` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_logs_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `taxes_and_fees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `calculation_type` varchar(20) NOT NULL,
  `rate` decimal(10,3) NOT NULL,
  `is_active` tinyint(1) DEFAULT '1',
  `description` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `account_id` bigint NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Whether to apply to all new tickets automatically',
  `type` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `images` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entity_id` bigint DEFAULT NULL,
  `entity_type` varchar(120) DEFAULT NULL,
  `type` varchar(40) DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `disk` varchar(20) DEFAULT NULL,
  `path` text DEFAULT NULL,
  `size` int DEFAULT NULL,
  `mime_type` varchar(50) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organizers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `currency` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `account_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `description` text DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `location_details` json DEFAULT NULL,
  `currency` varchar(3) NOT NULL DEFAULT 'USD',
  `timezone` varchar(255) DEFAULT NULL,
  `attributes` json DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `organizer_id` bigint DEFAULT NULL,
  `short_id` varchar(32) NOT NULL,
  `ticket_quantity_available` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_events_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_events_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_organizers_id_fk` FOREIGN KEY (`organizer_id`) REFERENCES `organizers` (`id`)
);

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `event_id` bigint NOT NULL,
  `sale_start_date` timestamp NULL DEFAULT NULL,
  `sale_end_date` timestamp NULL DEFAULT NULL,
  `max_per_order` int DEFAULT NULL,
  `description` text DEFAULT NULL,
  `min_per_order` int DEFAULT NULL,
  `sales_volume` decimal(14,2) NOT NULL DEFAULT '0.00',
  `sales_tax_volume` decimal(14,2) NOT NULL DEFAULT '0.00',
  `hide_before_sale_start_date` tinyint(1) NOT NULL DEFAULT '0',
  `hide_after_sale_end_date` tinyint(1) NOT NULL DEFAULT '0',
  `hide_when_sold_out` tinyint(1) NOT NULL DEFAULT '0',
  `show_quantity_remaining` tinyint(1) NOT NULL DEFAULT '0',
  `is_hidden_without_promo_code` tinyint(1) NOT NULL DEFAULT '0',
  `order` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `type` varchar(20) NOT NULL DEFAULT 'PAID',
  `is_hidden` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tickets_event_id` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `promo_codes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `discount` decimal(14,2) NOT NULL DEFAULT '0.00',
  `applicable_ticket_ids` json DEFAULT NULL,
  `expiry_date` timestamp NULL DEFAULT NULL,
  `event_id` bigint NOT NULL,
  `discount_type` varchar(255) DEFAULT NULL,
  `attendee_usage_count` int NOT NULL DEFAULT '0',
  `order_usage_count` int NOT NULL DEFAULT '0',
  `max_allowed_usages` int DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `promo_codes_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `orders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `short_id` varchar(20) NOT NULL,
  `event_id` bigint NOT NULL,
  `total_before_additions` decimal(14,2) NOT NULL DEFAULT '0.00',
  `total_refunded` decimal(14,2) NOT NULL DEFAULT '0.00',
  `total_gross` decimal(14,2) NOT NULL DEFAULT '0.00',
  `currency` varchar(3) NOT NULL,
  `first_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `payment_status` varchar(255) DEFAULT NULL,
  `refund_status` varchar(255) DEFAULT NULL,
  `reserved_until` timestamp NULL DEFAULT NULL,
  `is_manually_created` tinyint(1) NOT NULL DEFAULT '0',
  `session_id` varchar(40) DEFAULT NULL,
  `public_id` varchar(255) NOT NULL,
  `point_in_time_data` json DEFAULT NULL,
  `payment_gateway` varchar(255) DEFAULT NULL,
  `promo_code_id` bigint DEFAULT NULL,
  `promo_code` varchar(255) DEFAULT NULL,
  `address` json DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `taxes_and_fees_rollup` json DEFAULT NULL,
  `total_tax` decimal(14,2) NOT NULL DEFAULT '0.00',
  `total_fee` decimal(14,2) NOT NULL DEFAULT '0.00',
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_pk` (`public_id`),
  CONSTRAINT `fk_orders_event_id` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `orders_promo_codes_id_fk` FOREIGN KEY (`promo_code_id`) REFERENCES `promo_codes` (`id`)
);

CREATE TABLE `questions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `title` text NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT '0',
  `type` varchar(255) DEFAULT NULL,
  `options` json DEFAULT NULL,
  `belongs_to` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `order` int NOT NULL DEFAULT '1',
  `is_hidden` tinyint(1) NOT NULL DEFAULT '0',
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `questions_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `stripe_payments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `payment_intent_id` varchar(255) NOT NULL,
  `charge_id` varchar(255) DEFAULT NULL,
  `payment_method_id` varchar(255) DEFAULT NULL,
  `amount_received` bigint DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `last_error` json DEFAULT NULL,
  `connected_account_id` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `stripe_payments_orders_id_fk` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`)
);

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `type` varchar(40) NOT NULL,
  `recipient_ids` json DEFAULT NULL,
  `sent_at` timestamp NULL DEFAULT NULL,
  `sent_by_user_id` bigint NOT NULL,
  `attendee_ids` json DEFAULT NULL,
  `ticket_ids` json DEFAULT NULL,
  `order_id` bigint DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `send_data` json DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `messages_users_id_fk` FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `affiliates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `event_id` bigint DEFAULT NULL,
  `sales_volume` decimal(14,2) DEFAULT NULL,
  `unique_visitors` int NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `affiliates_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `event_statistics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `unique_views` bigint NOT NULL DEFAULT '0',
  `total_views` bigint NOT NULL DEFAULT '0',
  `sales_total_gross` decimal(14,2) NOT NULL DEFAULT '0.00',
  `total_tax` decimal(14,2) NOT NULL DEFAULT '0.00',
  `sales_total_before_additions` decimal(14,2) NOT NULL DEFAULT '0.00',
  `created_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `total_fee` decimal(14,2) NOT NULL DEFAULT '0.00',
  `tickets_sold` int NOT NULL DEFAULT '0',
  `version` int NOT NULL DEFAULT '0',
  `orders_created` int NOT NULL DEFAULT '0',
  `total_refunded` decimal(14,2) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `event_statistics_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `ticket_taxes_and_fees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `tax_and_fee_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ticket_tax_and_fees_tickets_id_fk` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ticket_tax_and_fees_tax_and_fees_id_fk` FOREIGN KEY (`tax_and_fee_id`) REFERENCES `taxes_and_fees` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ticket_prices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `price` decimal(14,2) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `sale_start_date` timestamp NULL DEFAULT NULL,
  `sale_end_date` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `initial_quantity_available` int DEFAULT NULL,
  `quantity_sold` int NOT NULL DEFAULT '0',
  `is_hidden` tinyint(1) DEFAULT '0',
  `order` int NOT NULL DEFAULT '1',
  `quantity_available` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_prices_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `order_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `total_before_additions` decimal(14,2) NOT NULL,
  `quantity` int NOT NULL,
  `order_id` bigint NOT NULL,
  `ticket_id` bigint NOT NULL,
  `item_name` varchar(255) DEFAULT NULL,
  `price` decimal(14,2) NOT NULL,
  `price_before_discount` decimal(14,2) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `total_tax` decimal(14,2) NOT NULL DEFAULT '0.00',
  `total_gross` decimal(14,2) DEFAULT NULL,
  `total_service_fee` decimal(14,2) DEFAULT '0.00',
  `taxes_and_fees_rollup` json DEFAULT NULL,
  `ticket_price_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_order_items_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_order_items_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `order_items_ticket_prices_id_fk` FOREIGN KEY (`ticket_price_id`) REFERENCES `ticket_prices` (`id`)
);

CREATE TABLE `attendees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `short_id` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL,
  `order_id` bigint NOT NULL,
  `ticket_id` bigint NOT NULL,
  `event_id` bigint NOT NULL,
  `public_id` varchar(255) NOT NULL,
  `status` varchar(20) NOT NULL,
  `checked_in_by` bigint DEFAULT NULL,
  `checked_in_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `checked_out_by` bigint DEFAULT NULL,
  `ticket_price_id` bigint NOT NULL,
  `locale` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_attendees_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_attendees_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `attendees_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_attendees_checked_in_by_id` FOREIGN KEY (`checked_in_by`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `attendees_users_id_fk` FOREIGN KEY (`checked_out_by`) REFERENCES `users` (`id`),
  CONSTRAINT `attendees_ticket_prices_id_fk` FOREIGN KEY (`ticket_price_id`) REFERENCES `ticket_prices` (`id`)
);

CREATE TABLE `question_answers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `question_id` bigint NOT NULL,
  `order_id` bigint NOT NULL,
  `attendee_id` bigint DEFAULT NULL,
  `ticket_id` bigint DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `answer` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_question_answers_question_id` FOREIGN KEY (`question_id`) REFERENCES `questions` (`id`),
  CONSTRAINT `fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`),
  CONSTRAINT `fk_attendeed_attendee_id` FOREIGN KEY (`attendee_id`) REFERENCES `attendees` (`id`),
  CONSTRAINT `fk_tickets_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`)
);

CREATE TABLE `account_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `role` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `is_account_owner` tinyint(1) NOT NULL DEFAULT '0',
  `invited_by_user_id` bigint DEFAULT NULL,
  `last_login_at` timestamp NULL DEFAULT NULL,
  `status` varchar(40) NOT NULL DEFAULT 'INVITED',
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_users_account_id_user_id_role_unique` (`account_id`, `user_id`, `role`),
  CONSTRAINT `fk_account_users_accounts` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_account_users_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `account_users_users_id_fk` FOREIGN KEY (`invited_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `capacity_assignments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `capacity` int DEFAULT NULL,
  `used_capacity` int NOT NULL DEFAULT '0',
  `applies_to` varchar(255) NOT NULL DEFAULT 'EVENT',
  `status` varchar(255) NOT NULL DEFAULT 'ACTIVE',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ticket_capacity_assignments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` bigint NOT NULL,
  `capacity_assignment_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ticket_capacity_assignments_ticket_id_capacity_assignment_id_un` (`ticket_id`, `capacity_assignment_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`capacity_assignment_id`) REFERENCES `capacity_assignments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `stripe_customers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `stripe_customer_id` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- railsdevs (reverse job board for Ruby on Rails developers): github.com/joemasilotti/railsdevs.com
-- db/schema.rb at commit 4d0c9dfd5ddb15870b188e47892b17e911859cd0 (MIT), Rails schema (PostgreSQL) written as MySQL DDL.
-- All 37 tables; column names, order and types kept (arrays/jsonb -> json, the stored tsvector column -> text);
-- indexes left out; upstream's foreign keys inline.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `action_mailbox_inbound_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` int NOT NULL DEFAULT 0,
  `message_id` varchar(255) NOT NULL,
  `message_checksum` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `analytics_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `goal` varchar(255) NOT NULL,
  `value` int NOT NULL DEFAULT 0,
  `tracked_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `analytics_search_queries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `search_query` varchar(255),
  `specialty_ids` json NOT NULL,
  `badges` json NOT NULL,
  `role_levels` json NOT NULL,
  `role_types` json NOT NULL,
  `include_not_interested` tinyint(1),
  `countries` json NOT NULL,
  `utc_offsets` int,
  `sort` varchar(255),
  `page` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `businesses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `contact_name` varchar(255) NOT NULL,
  `company` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `bio` text NOT NULL,
  `developer_notifications` int NOT NULL DEFAULT 0,
  `website` varchar(255),
  `contact_role` varchar(255),
  `invisible` tinyint(1) NOT NULL DEFAULT 0,
  `survey_request_notifications` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `businesses_hiring_invoice_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `business_id` bigint NOT NULL,
  `billing_address` text NOT NULL,
  `developer_name` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `annual_salary` int NOT NULL,
  `employment_type` int NOT NULL,
  `position` varchar(255),
  `feedback` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`business_id`) REFERENCES `businesses` (`id`)
);

CREATE TABLE `conversations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `developer_id` bigint,
  `business_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `developer_blocked_at` datetime(6),
  `business_blocked_at` datetime(6),
  `inbound_email_token` varchar(255),
  `user_with_unread_messages_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `developers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `hero` varchar(255) NOT NULL,
  `bio` text NOT NULL,
  `website` varchar(255),
  `github` varchar(255),
  `twitter` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint,
  `linkedin` varchar(255),
  `search_status` int,
  `preferred_min_hourly_rate` int,
  `preferred_max_hourly_rate` int,
  `preferred_min_salary` int,
  `preferred_max_salary` int,
  `textsearchable_index_col` text,
  `featured_at` datetime(6),
  `profile_reminder_notifications` tinyint(1) DEFAULT 1,
  `stack_overflow` varchar(255),
  `public_profile_key` varchar(255),
  `source_contributor` tinyint(1) NOT NULL DEFAULT 0,
  `mastodon` varchar(255),
  `response_rate` int NOT NULL DEFAULT 0,
  `product_announcement_notifications` tinyint(1) DEFAULT 1,
  `scheduling_link` varchar(255),
  `profile_updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `search_score` int NOT NULL DEFAULT 0,
  `conversations_count` int NOT NULL DEFAULT 0,
  `gitlab` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `developers_celebration_package_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `developer_id` bigint NOT NULL,
  `address` text NOT NULL,
  `company` varchar(255) NOT NULL,
  `position` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `employment_type` int NOT NULL,
  `feedback` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`developer_id`) REFERENCES `developers` (`id`)
);

CREATE TABLE `hiring_agreements_signatures` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `hiring_agreements_term_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `full_name` varchar(255),
  `ip_address` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`hiring_agreements_term_id`) REFERENCES `hiring_agreements_terms` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hiring_agreements_terms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `body` text NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `inbound_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message_id` bigint,
  `postmark_message_id` varchar(255) NOT NULL,
  `payload` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `developer_id` bigint,
  `city` varchar(255),
  `state` varchar(255),
  `country` varchar(255),
  `country_code` varchar(255),
  `latitude` decimal(65,30),
  `longitude` decimal(65,30),
  `time_zone` varchar(255) NOT NULL,
  `utc_offset` int NOT NULL,
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_id` bigint,
  `sender_type` varchar(255),
  `sender_id` bigint,
  `body` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `body_html` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `platform` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `recipient_type` varchar(255) NOT NULL,
  `recipient_id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `params` json,
  `read_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_contributions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `description` varchar(255) NOT NULL,
  `url` varchar(255),
  `amount` decimal(65,30) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_expenses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `description` varchar(255) NOT NULL,
  `url` varchar(255),
  `amount` decimal(65,30) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_metrics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `legacy_data` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_monthly_balances` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `revenue` decimal(65,30) NOT NULL,
  `expenses` decimal(65,30) NOT NULL,
  `contributions` decimal(65,30) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_revenue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `description` varchar(255) NOT NULL,
  `amount` decimal(65,30) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_stripe_transactions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `stripe_id` varchar(255) NOT NULL,
  `amount` decimal(65,30) NOT NULL,
  `created` datetime(6) NOT NULL,
  `description` varchar(255) NOT NULL,
  `fee` decimal(65,30) NOT NULL,
  `transaction_type` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `open_startup_transactions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `occurred_on` date NOT NULL,
  `description` varchar(255) NOT NULL,
  `url` varchar(255),
  `amount` decimal(65,30) NOT NULL,
  `transaction_type` int NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pay_charges` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `subscription_id` bigint,
  `processor_id` varchar(255) NOT NULL,
  `amount` int NOT NULL,
  `currency` varchar(255),
  `application_fee_amount` int,
  `amount_refunded` int,
  `metadata` json,
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pay_customers` (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `pay_subscriptions` (`id`)
);

CREATE TABLE `pay_customers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `owner_type` varchar(255),
  `owner_id` bigint,
  `processor` varchar(255) NOT NULL,
  `processor_id` varchar(255),
  `default` tinyint(1),
  `data` json,
  `deleted_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pay_merchants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `owner_type` varchar(255),
  `owner_id` bigint,
  `processor` varchar(255) NOT NULL,
  `processor_id` varchar(255),
  `default` tinyint(1),
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pay_payment_methods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `processor_id` varchar(255) NOT NULL,
  `default` tinyint(1),
  `type` varchar(255),
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pay_customers` (`id`)
);

CREATE TABLE `pay_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `processor_id` varchar(255) NOT NULL,
  `processor_plan` varchar(255) NOT NULL,
  `quantity` int NOT NULL DEFAULT 1,
  `status` varchar(255) NOT NULL,
  `trial_ends_at` datetime,
  `ends_at` datetime,
  `application_fee_percent` decimal(8,2),
  `metadata` json,
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `current_period_start` datetime(6),
  `current_period_end` datetime(6),
  `metered` tinyint(1),
  `pause_behavior` varchar(255),
  `pause_starts_at` datetime(6),
  `pause_resumes_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pay_customers` (`id`)
);

CREATE TABLE `pay_webhooks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `processor` varchar(255),
  `event_type` varchar(255),
  `event` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `referrals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `referred_user_id` bigint NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `referring_user_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`referred_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `role_levels` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `developer_id` bigint,
  `junior` tinyint(1),
  `mid` tinyint(1),
  `senior` tinyint(1),
  `principal` tinyint(1),
  `c_level` tinyint(1),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`developer_id`) REFERENCES `developers` (`id`)
);

CREATE TABLE `role_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `developer_id` bigint,
  `part_time_contract` tinyint(1),
  `full_time_contract` tinyint(1),
  `full_time_employment` tinyint(1),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`developer_id`) REFERENCES `developers` (`id`)
);

CREATE TABLE `specialties` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `developers_count` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `specialty_tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `specialty_id` bigint NOT NULL,
  `developer_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`developer_id`) REFERENCES `developers` (`id`),
  FOREIGN KEY (`specialty_id`) REFERENCES `specialties` (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(6),
  `remember_created_at` datetime(6),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime(6),
  `confirmation_sent_at` datetime(6),
  `unconfirmed_email` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `authentication_token` varchar(255),
  `suspended` tinyint(1) NOT NULL DEFAULT 0,
  `referral_code` varchar(255),
  `referrals_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

-- Catarse (crowdfunding platform): db/schema.rb of github.com/catarse/catarse at commit c1b6e94d
-- (2016-08-18, the last commit that carries a schema.rb; MIT licence), written as MySQL DDL.
-- Rails types mapped to MySQL: text/tsvector -> TEXT, string -> VARCHAR, json -> JSON, datetime -> DATETIME;
-- the implicit `id` primary key spelled out; foreign keys as schema.rb declares them (schema_plus t.foreign_key);
-- indexes, views, functions and PostgreSQL expression defaults left out.

CREATE TABLE `oauth_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `key` TEXT NOT NULL,
  `secret` TEXT NOT NULL,
  `scope` TEXT,
  `order` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `strategy` TEXT,
  `path` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `countries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` TEXT NOT NULL,
  `name` TEXT,
  `newsletter` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `admin` TINYINT(1) DEFAULT 0,
  `address_street` TEXT,
  `address_number` TEXT,
  `address_complement` TEXT,
  `address_neighbourhood` TEXT,
  `address_city` TEXT,
  `address_state` TEXT,
  `address_zip_code` TEXT,
  `phone_number` TEXT,
  `locale` TEXT NOT NULL,
  `cpf` TEXT,
  `encrypted_password` VARCHAR(128) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `twitter` VARCHAR(255),
  `facebook_link` VARCHAR(255),
  `other_link` VARCHAR(255),
  `uploaded_image` TEXT,
  `moip_login` VARCHAR(255),
  `state_inscription` VARCHAR(255),
  `channel_id` INT,
  `deactivated_at` DATETIME,
  `reactivate_token` TEXT,
  `address_country` TEXT,
  `country_id` INT,
  `authentication_token` TEXT NOT NULL,
  `zero_credits` TINYINT(1) DEFAULT 0,
  `about_html` TEXT,
  `cover_image` TEXT,
  `permalink` TEXT,
  `subscribed_to_project_posts` TINYINT(1) DEFAULT 1,
  `full_text_index` TEXT NOT NULL,
  `subscribed_to_new_followers` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
);

CREATE TABLE `authorizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `oauth_provider_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `uid` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `last_token` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`oauth_provider_id`) REFERENCES `oauth_providers` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name_pt` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `name_en` VARCHAR(255),
  `name_fr` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `states` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `acronym` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `state_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`state_id`) REFERENCES `states` (`id`)
);

CREATE TABLE `origins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` TEXT NOT NULL,
  `referral` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `category_id` INT NOT NULL,
  `goal` DECIMAL(12,2),
  `headline` TEXT,
  `video_url` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `about_html` TEXT,
  `recommended` TINYINT(1) DEFAULT 0,
  `permalink` TEXT NOT NULL,
  `video_thumbnail` TEXT,
  `state` VARCHAR(255) NOT NULL DEFAULT 'draft',
  `online_days` INT,
  `more_links` TEXT,
  `uploaded_image` VARCHAR(255),
  `video_embed_url` VARCHAR(255),
  `audited_user_name` TEXT,
  `audited_user_cpf` TEXT,
  `audited_user_moip_login` TEXT,
  `audited_user_phone_number` TEXT,
  `traffic_sources` TEXT,
  `budget` TEXT,
  `full_text_index` TEXT,
  `budget_html` TEXT,
  `expires_at` DATETIME,
  `city_id` INT,
  `origin_id` INT,
  `service_fee` DECIMAL(12,2) DEFAULT 0.13,
  `total_installments` INT NOT NULL DEFAULT 3,
  `mode` TEXT NOT NULL,
  `tracker_snippet_html` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`city_id`) REFERENCES `cities` (`id`),
  FOREIGN KEY (`origin_id`) REFERENCES `origins` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `balance_transfers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `transfer_id` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `project_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `donations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `amount` INT,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `rewards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `minimum_value` DECIMAL(12,2) NOT NULL,
  `maximum_contributions` INT,
  `description` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `row_order` INT,
  `last_changes` TEXT,
  `deliver_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `contributions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `reward_id` INT,
  `value` DECIMAL(12,2) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `anonymous` TINYINT(1) NOT NULL DEFAULT 0,
  `notified_finish` TINYINT(1) DEFAULT 0,
  `payer_name` TEXT,
  `payer_email` TEXT NOT NULL,
  `payer_document` TEXT,
  `address_street` TEXT,
  `address_number` TEXT,
  `address_complement` TEXT,
  `address_neighbourhood` TEXT,
  `address_zip_code` TEXT,
  `address_city` TEXT,
  `address_state` TEXT,
  `address_phone_number` TEXT,
  `payment_choice` TEXT,
  `payment_service_fee` DECIMAL(12,2),
  `referral_link` TEXT,
  `country_id` INT,
  `deleted_at` DATETIME,
  `donation_id` INT,
  `origin_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  FOREIGN KEY (`donation_id`) REFERENCES `donations` (`id`),
  FOREIGN KEY (`origin_id`) REFERENCES `origins` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`reward_id`) REFERENCES `rewards` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `balance_transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `contribution_id` INT,
  `event_name` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `amount` DECIMAL(12,2) NOT NULL,
  `balance_transfer_id` INT,
  `balance_transfer_ping_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`balance_transfer_id`) REFERENCES `balance_transfers` (`id`),
  FOREIGN KEY (`contribution_id`) REFERENCES `contributions` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `balance_transfer_transitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `to_state` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `sort_key` INT NOT NULL,
  `balance_transfer_id` INT NOT NULL,
  `most_recent` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`balance_transfer_id`) REFERENCES `balance_transfers` (`id`)
);

CREATE TABLE `banks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bank_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `account` TEXT NOT NULL,
  `agency` TEXT NOT NULL,
  `owner_name` TEXT NOT NULL,
  `owner_document` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `account_digit` TEXT NOT NULL,
  `agency_digit` TEXT,
  `bank_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bank_id`) REFERENCES `banks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `category_followers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `credit_cards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `last_digits` TEXT NOT NULL,
  `card_brand` TEXT NOT NULL,
  `subscription_id` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `card_key` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `direct_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `to_user_id` INT NOT NULL,
  `project_id` INT,
  `from_email` TEXT NOT NULL,
  `from_name` TEXT,
  `content` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `payment_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gateway_id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contribution_id` INT NOT NULL,
  `state` TEXT NOT NULL,
  `key` TEXT NOT NULL,
  `gateway` TEXT NOT NULL,
  `gateway_id` TEXT,
  `gateway_fee` DECIMAL(12,2),
  `gateway_data` JSON,
  `payment_method` TEXT NOT NULL,
  `value` DECIMAL(12,2) NOT NULL,
  `installments` INT NOT NULL DEFAULT 1,
  `installment_value` DECIMAL(12,2),
  `paid_at` DATETIME,
  `refused_at` DATETIME,
  `pending_refund_at` DATETIME,
  `refunded_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `full_text_index` TEXT,
  `deleted_at` DATETIME,
  `chargeback_at` DATETIME,
  `ip_address` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contribution_id`) REFERENCES `contributions` (`id`)
);

CREATE TABLE `payment_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contribution_id` INT NOT NULL,
  `extra_data` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `payment_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contribution_id`) REFERENCES `contributions` (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
);

CREATE TABLE `payment_transfers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `payment_id` INT NOT NULL,
  `transfer_id` TEXT NOT NULL,
  `transfer_data` JSON,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `bank_id` INT,
  `email` TEXT NOT NULL,
  `state_inscription` TEXT,
  `address_street` TEXT NOT NULL,
  `address_number` TEXT NOT NULL,
  `address_complement` TEXT,
  `address_city` TEXT NOT NULL,
  `address_neighbourhood` TEXT NOT NULL,
  `address_state` TEXT NOT NULL,
  `address_zip_code` TEXT NOT NULL,
  `phone_number` TEXT NOT NULL,
  `agency` TEXT NOT NULL,
  `agency_digit` TEXT NOT NULL,
  `account` TEXT NOT NULL,
  `account_digit` TEXT NOT NULL,
  `owner_name` TEXT NOT NULL,
  `owner_document` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `account_type` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bank_id`) REFERENCES `banks` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `project_account_errors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_account_id` INT NOT NULL,
  `reason` TEXT NOT NULL,
  `solved` TINYINT(1) DEFAULT 0,
  `solved_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_account_id`) REFERENCES `project_accounts` (`id`)
);

CREATE TABLE `project_errors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `error` TEXT,
  `to_state` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `value` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `project_posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `comment_html` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `exclusive` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` INT,
  `reason` TEXT NOT NULL,
  `email` TEXT,
  `details` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_transitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `to_state` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `sort_key` INT NOT NULL,
  `project_id` INT NOT NULL,
  `most_recent` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `public_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rdevents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `project_id` INT,
  `event_name` TEXT NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `redactor_assets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `data_file_name` VARCHAR(255) NOT NULL,
  `data_content_type` VARCHAR(255),
  `data_file_size` INT,
  `assetable_id` INT,
  `assetable_type` VARCHAR(30),
  `type` VARCHAR(30),
  `width` INT,
  `height` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sendgrid_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notification_id` INT NOT NULL,
  `notification_user` INT NOT NULL,
  `notification_type` TEXT NOT NULL,
  `template_name` TEXT NOT NULL,
  `event` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `useragent` TEXT,
  `sendgrid_data` JSON NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `taggings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag_id` INT,
  `project_id` INT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `public_tag_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`public_tag_id`) REFERENCES `public_tags` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);

CREATE TABLE `unsubscribes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_follows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `follow_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`follow_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_friends` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `friend_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`friend_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `link` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_transfers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` TEXT NOT NULL,
  `amount` INT NOT NULL,
  `user_id` INT NOT NULL,
  `transfer_data` JSON,
  `gateway_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

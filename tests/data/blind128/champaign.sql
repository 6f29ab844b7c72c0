-- Champaign (SumOfUs campaigning platform: petitions, fundraisers, call and e-mail tools), github.com/SumOfUs/Champaign
-- db/schema.rb at commit 570a5e26d3009c3f5c2da6cf18b5b66eaf4e98f2 (MIT), schema version 2022_09_19_211947, written as MySQL DDL.
-- 40 of the 52 tables; indexes left out; PostgreSQL jsonb/json and array columns written as JSON, inet as VARCHAR(45).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `member_id` INT,
  `link` VARCHAR(255),
  `created_user` TINYINT(1),
  `subscribed_user` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `form_data` JSON,
  `subscribed_member` TINYINT(1) DEFAULT 1,
  `donation` TINYINT(1) DEFAULT 0,
  `publish_status` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`)
);

CREATE TABLE `active_admin_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `namespace` VARCHAR(255),
  `body` TEXT,
  `resource_id` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `author_type` VARCHAR(255),
  `author_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ak_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `request_body` TEXT,
  `response_body` TEXT,
  `response_status` VARCHAR(255),
  `resource` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `calls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `member_id` INT,
  `member_phone_number` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `target_call_info` JSON NOT NULL,
  `member_call_events` JSON,
  `twilio_error_code` INT,
  `target` JSON,
  `status` INT DEFAULT 0,
  `action_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `donation_bands` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `amounts` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `form_elements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `form_id` INT,
  `label` VARCHAR(255),
  `data_type` VARCHAR(255),
  `default_value` VARCHAR(255),
  `required` TINYINT(1),
  `visible` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `position` INT NOT NULL DEFAULT 0,
  `choices` JSON,
  `display_mode` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
);

CREATE TABLE `forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `visible` TINYINT(1) DEFAULT 0,
  `master` TINYINT(1) DEFAULT 0,
  `formable_type` VARCHAR(255),
  `formable_id` INT,
  `position` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `images` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content_file_name` VARCHAR(255),
  `content_content_type` VARCHAR(255),
  `content_file_size` BIGINT,
  `content_updated_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `page_id` INT,
  `dimensions` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `languages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `actionkit_uri` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `liquid_layouts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `content` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description` TEXT,
  `experimental` TINYINT(1) NOT NULL DEFAULT 0,
  `default_follow_up_layout_id` INT,
  `primary_layout` TINYINT(1),
  `post_action_layout` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `member_authentications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `member_id` INT,
  `password_digest` VARCHAR(255) NOT NULL,
  `facebook_uid` VARCHAR(255),
  `facebook_token` VARCHAR(255),
  `facebook_token_expiry` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
);

CREATE TABLE `members` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `country` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `city` VARCHAR(255),
  `postal` VARCHAR(255),
  `title` VARCHAR(255),
  `address1` VARCHAR(255),
  `address2` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `actionkit_user_id` VARCHAR(255),
  `donor_status` INT NOT NULL DEFAULT 0,
  `more` JSON,
  `consented_updated_at` DATETIME,
  `consented` TINYINT(1),
  `opt_out_eoy_donation` INT DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `language_id` INT,
  `campaign_id` INT,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `compiled_html` TEXT,
  `status` VARCHAR(255) DEFAULT 'pending',
  `messages` TEXT,
  `content` TEXT,
  `featured` TINYINT(1) DEFAULT 0,
  `liquid_layout_id` INT,
  `follow_up_liquid_layout_id` INT,
  `action_count` INT DEFAULT 0,
  `primary_image_id` INT,
  `ak_petition_resource_uri` VARCHAR(255),
  `ak_donation_resource_uri` VARCHAR(255),
  `follow_up_plan` INT NOT NULL DEFAULT 0,
  `follow_up_page_id` INT,
  `javascript` TEXT,
  `publish_status` INT NOT NULL DEFAULT 1,
  `optimizely_status` INT NOT NULL DEFAULT 0,
  `canonical_url` VARCHAR(255),
  `allow_duplicate_actions` TINYINT(1) DEFAULT 0,
  `enforce_styles` TINYINT(1) NOT NULL DEFAULT 1,
  `notes` TEXT,
  `publish_actions` INT NOT NULL DEFAULT 0,
  `meta_tags` VARCHAR(255),
  `meta_description` VARCHAR(255),
  `total_donations` DECIMAL(10,2) DEFAULT '0.0',
  `fundraising_goal` DECIMAL(10,2) DEFAULT '0.0',
  `ak_slug` VARCHAR(255) DEFAULT '',
  `pronto` TINYINT(1) DEFAULT 0,
  `post_action_copy` TEXT,
  `post_action_image_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campaign_id`) REFERENCES `campaigns` (`id`),
  FOREIGN KEY (`post_action_image_id`) REFERENCES `images` (`id`),
  FOREIGN KEY (`primary_image_id`) REFERENCES `images` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  FOREIGN KEY (`liquid_layout_id`) REFERENCES `liquid_layouts` (`id`),
  FOREIGN KEY (`follow_up_liquid_layout_id`) REFERENCES `liquid_layouts` (`id`)
);

CREATE TABLE `pages_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `tag_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_braintree_customers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `card_type` VARCHAR(255),
  `card_bin` VARCHAR(255),
  `cardholder_name` VARCHAR(255),
  `card_debit` VARCHAR(255),
  `card_last_4` VARCHAR(255),
  `card_vault_token` VARCHAR(255),
  `card_unique_number_identifier` VARCHAR(255),
  `email` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `customer_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `member_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
);

CREATE TABLE `payment_braintree_local_payment_transactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `payment_id` VARCHAR(255),
  `data` JSON,
  `page_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_braintree_payment_methods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `customer_id` INT,
  `card_type` VARCHAR(255),
  `bin` VARCHAR(255),
  `cardholder_name` VARCHAR(255),
  `last_4` VARCHAR(255),
  `expiration_date` VARCHAR(255),
  `instrument_type` VARCHAR(255),
  `email` VARCHAR(255),
  `store_in_vault` TINYINT(1) DEFAULT 0,
  `cancelled_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_braintree_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subscription_id` VARCHAR(255),
  `merchant_account_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `page_id` INT,
  `amount` DECIMAL(10,2),
  `currency` VARCHAR(255),
  `action_id` INT,
  `cancelled_at` DATETIME,
  `customer_id` VARCHAR(255),
  `billing_day_of_month` INT,
  `payment_method_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`)
);

CREATE TABLE `payment_braintree_transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transaction_id` VARCHAR(255),
  `transaction_type` VARCHAR(255),
  `transaction_created_at` DATETIME,
  `payment_method_token` VARCHAR(255),
  `customer_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `merchant_account_id` VARCHAR(255),
  `currency` VARCHAR(255),
  `page_id` INT,
  `payment_instrument_type` VARCHAR(255),
  `status` INT,
  `amount` DECIMAL(10,2),
  `processor_response_code` VARCHAR(255),
  `payment_method_id` INT,
  `subscription_id` INT,
  `amount_refunded` DECIMAL(8,2),
  `refunded_at` DATETIME,
  `refund` TINYINT(1) DEFAULT 0,
  `refund_transaction_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`)
);

CREATE TABLE `payment_go_cardless_customers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `go_cardless_id` VARCHAR(255),
  `email` VARCHAR(255),
  `given_name` VARCHAR(255),
  `family_name` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `country_code` VARCHAR(255),
  `language` VARCHAR(255),
  `member_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
);

CREATE TABLE `payment_go_cardless_payment_methods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `go_cardless_id` VARCHAR(255),
  `reference` VARCHAR(255),
  `scheme` VARCHAR(255),
  `next_possible_charge_date` DATE,
  `customer_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `aasm_state` VARCHAR(255),
  `cancelled_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `payment_go_cardless_customers` (`id`)
);

CREATE TABLE `payment_go_cardless_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `go_cardless_id` VARCHAR(255),
  `amount` DECIMAL(30,10),
  `currency` VARCHAR(255),
  `status` INT,
  `name` VARCHAR(255),
  `payment_reference` VARCHAR(255),
  `page_id` INT,
  `action_id` INT,
  `payment_method_id` INT,
  `customer_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `aasm_state` VARCHAR(255),
  `cancelled_at` DATETIME,
  `ak_order_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `payment_go_cardless_customers` (`id`),
  FOREIGN KEY (`payment_method_id`) REFERENCES `payment_go_cardless_payment_methods` (`id`)
);

CREATE TABLE `payment_go_cardless_transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `go_cardless_id` VARCHAR(255),
  `charge_date` DATE,
  `amount` DECIMAL(30,10),
  `description` VARCHAR(255),
  `currency` VARCHAR(255),
  `status` INT,
  `reference` VARCHAR(255),
  `amount_refunded` DECIMAL(30,10),
  `page_id` INT,
  `payment_method_id` INT,
  `customer_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `aasm_state` VARCHAR(255),
  `subscription_id` INT,
  `refunded_at` DATETIME,
  `refund_transaction_id` VARCHAR(255),
  `refund` TINYINT(1) DEFAULT 0,
  `ak_order_id` VARCHAR(255),
  `ak_donation_action_id` VARCHAR(255),
  `ak_transaction_id` VARCHAR(255),
  `ak_user_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `payment_go_cardless_customers` (`id`),
  FOREIGN KEY (`payment_method_id`) REFERENCES `payment_go_cardless_payment_methods` (`id`)
);

CREATE TABLE `payment_go_cardless_webhook_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` VARCHAR(255),
  `resource_type` VARCHAR(255),
  `action` VARCHAR(255),
  `body` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `resource_id` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pending_actions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `data` JSON,
  `confirmed_at` DATETIME,
  `emailed_at` DATETIME,
  `email_count` INT DEFAULT 0,
  `email` VARCHAR(255),
  `token` VARCHAR(255),
  `page_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `delivered_at` DATETIME,
  `opened_at` DATETIME,
  `bounced_at` DATETIME,
  `complaint` TINYINT(1),
  `clicked` JSON,
  `consented` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pension_funds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `country_code` VARCHAR(255) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `fund` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_numbers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `country` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugins_call_tools` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `active` TINYINT(1),
  `ref` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `title` VARCHAR(255),
  `sound_clip_file_name` VARCHAR(255),
  `sound_clip_content_type` VARCHAR(255),
  `sound_clip_file_size` BIGINT,
  `sound_clip_updated_at` DATETIME,
  `targets` JSON,
  `description` TEXT,
  `menu_sound_clip_file_name` VARCHAR(255),
  `menu_sound_clip_content_type` VARCHAR(255),
  `menu_sound_clip_file_size` BIGINT,
  `menu_sound_clip_updated_at` DATETIME,
  `restricted_country_code` VARCHAR(255),
  `caller_phone_number_id` INT,
  `target_by_attributes` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugins_email_tools` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ref` VARCHAR(255),
  `page_id` INT,
  `active` TINYINT(1) DEFAULT 0,
  `email_subjects` JSON,
  `email_body` TEXT,
  `email_body_header` TEXT,
  `email_body_footer` TEXT,
  `test_email_address` VARCHAR(255),
  `targets` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `use_member_email` TINYINT(1) DEFAULT 0,
  `from_email_address_id` INT,
  `targeting_mode` INT DEFAULT 0,
  `title` VARCHAR(255) DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugins_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) DEFAULT 0,
  `spoof_member_email` TINYINT(1) DEFAULT 0,
  `from` VARCHAR(255),
  `ref` VARCHAR(255),
  `subjects` JSON,
  `test_email_address` VARCHAR(255),
  `title` VARCHAR(255) DEFAULT '',
  `template` TEXT,
  `instructions` TEXT,
  `page_id` BIGINT,
  `registered_email_address_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugins_fundraisers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `ref` VARCHAR(255),
  `page_id` INT,
  `active` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `form_id` INT,
  `donation_band_id` INT,
  `recurring_default` INT NOT NULL DEFAULT 0,
  `preselect_amount` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`donation_band_id`) REFERENCES `donation_bands` (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`)
);

CREATE TABLE `plugins_petitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `active` TINYINT(1) DEFAULT 0,
  `form_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description` TEXT,
  `ref` VARCHAR(255),
  `target` VARCHAR(255),
  `cta` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`)
);

CREATE TABLE `plugins_surveys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_id` INT,
  `active` TINYINT(1) DEFAULT 0,
  `ref` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `auto_advance` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registered_email_addresses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `registered_target_endpoints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `share_buttons` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `url` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `sp_id` VARCHAR(255),
  `page_id` INT,
  `share_type` VARCHAR(255),
  `share_button_html` VARCHAR(255),
  `analytics` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `actionkit_uri` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `provider` VARCHAR(255),
  `uid` VARCHAR(255),
  `admin` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  `object_changes` TEXT,
  PRIMARY KEY (`id`)
);
SET FOREIGN_KEY_CHECKS=1;

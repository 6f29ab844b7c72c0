-- Subscribie (Subscribie/subscribie, subscribie/models.py, commit 1be54a3dfa978706acf5da81b45077efbdf28151, MPL-2.0)
-- Flask-SQLAlchemy models written as MySQL DDL: all 40 tables, in models.py order; columns in class order, then the
-- mixin columns (archived, read_only, created_at). String() -> VARCHAR(255), Boolean -> BOOL, DateTime -> DATETIME,
-- JSON -> JSON. Foreign keys to an `id` primary key are declared; upstream's ForeignKey()s to non-key `uuid` columns
-- (several declared on Integer columns) are kept as column comments. Source-code comments are kept as COMMENTs.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `password` VARCHAR(255),
  `active` VARCHAR(255),
  `login_token` VARCHAR(255),
  `password_reset_string` VARCHAR(255),
  `password_expired` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `person` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `sid` VARCHAR(255),
  `ts` DATETIME,
  `given_name` VARCHAR(255),
  `family_name` VARCHAR(255),
  `address_line1` VARCHAR(255),
  `city` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `email` VARCHAR(255),
  `password` VARCHAR(255) COMMENT 'Hash of password',
  `password_reset_string` VARCHAR(255),
  `password_expired` BOOL DEFAULT 1,
  `mobile` VARCHAR(255),
  `archived` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `balance` (
  `uuid` VARCHAR(255) NOT NULL,
  `available_amount` INT,
  `available_currency` VARCHAR(255),
  `stripe_livemode` BOOL DEFAULT 0,
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `login_token` (
  `user_uuid` VARCHAR(255) NOT NULL,
  `login_token` VARCHAR(255),
  PRIMARY KEY (`user_uuid`)
);

CREATE TABLE `subscription_document_associations` (
  `subscription_uuid` INT NOT NULL COMMENT 'ForeignKey("subscription.uuid")',
  `document_uuid` INT COMMENT 'ForeignKey("document.uuid")',
  PRIMARY KEY (`subscription_uuid`)
);

CREATE TABLE `subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `sku_uuid` VARCHAR(255),
  `gocardless_subscription_id` VARCHAR(255),
  `person_id` INT,
  `interval_unit` VARCHAR(255) COMMENT 'Charge interval',
  `interval_amount` INT DEFAULT 0 COMMENT 'Charge amount each interval',
  `sell_price` INT COMMENT 'Upfront price',
  `currency` VARCHAR(255) DEFAULT 'USD',
  `stripe_user_attempted_checkout_flow` BOOL DEFAULT 0,
  `subscribie_checkout_session_id` VARCHAR(255),
  `stripe_subscription_id` VARCHAR(255),
  `stripe_external_id` VARCHAR(255),
  `stripe_status` VARCHAR(255),
  `stripe_ended_at` INT,
  `stripe_cancel_at` INT DEFAULT 0,
  `stripe_pause_collection` VARCHAR(255),
  `stripe_proration_behavior` VARCHAR(255) DEFAULT 'none',
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
);

CREATE TABLE `subscription_note` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `note` VARCHAR(255),
  `subscription_id` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `upcoming_invoice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `stripe_subscription_id` VARCHAR(255),
  `stripe_invoice_status` VARCHAR(255),
  `stripe_amount_due` VARCHAR(255),
  `stripe_amount_paid` VARCHAR(255),
  `stripe_currency` VARCHAR(255),
  `stripe_next_payment_attempt` VARCHAR(255),
  `subscription_uuid` INT COMMENT 'ForeignKey("subscription.uuid")',
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stripe_invoice` (
  `uuid` VARCHAR(255) NOT NULL,
  `id` VARCHAR(255),
  `status` VARCHAR(255),
  `amount_due` INT,
  `amount_paid` INT,
  `amount_remaining` INT,
  `application_fee_amount` INT,
  `attempt_count` INT,
  `billing_reason` VARCHAR(255),
  `collection_method` VARCHAR(255),
  `currency` VARCHAR(255),
  `next_payment_attempt` INT,
  `stripe_subscription_id` VARCHAR(255),
  `subscribie_subscription_id` INT,
  `created` INT,
  `stripe_invoice_raw_json` JSON,
  `created_at` DATETIME,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`subscribie_subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `company` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `slogan` VARCHAR(255),
  `logo_src` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plan_choice_group` (
  `choice_group_id` INT,
  `plan_id` INT,
  FOREIGN KEY (`choice_group_id`) REFERENCES `choice_group` (`id`),
  FOREIGN KEY (`plan_id`) REFERENCES `plan` (`id`)
);

CREATE TABLE `plan_price_list_associations` (
  `plan_uuid` VARCHAR(255) NOT NULL COMMENT 'ForeignKey("plan.uuid")',
  `price_list_uuid` VARCHAR(255) COMMENT 'ForeignKey("price_list.uuid")',
  PRIMARY KEY (`plan_uuid`)
);

CREATE TABLE `plan_question_associations` (
  `uuid` VARCHAR(255),
  `question_id` INT NOT NULL,
  `plan_id` INT NOT NULL,
  `order` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`question_id`, `plan_id`),
  FOREIGN KEY (`question_id`) REFERENCES `question` (`id`),
  FOREIGN KEY (`plan_id`) REFERENCES `plan` (`id`)
);

CREATE TABLE `plan_document_associations` (
  `plan_uuid` INT NOT NULL COMMENT 'ForeignKey("plan.uuid")',
  `document_uuid` INT COMMENT 'ForeignKey("document.uuid")',
  PRIMARY KEY (`plan_uuid`)
);

CREATE TABLE `plan` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `parent_plan_revision_uuid` VARCHAR(255),
  `title` VARCHAR(255),
  `description` VARCHAR(255),
  `interval_unit` VARCHAR(255) COMMENT 'Charge interval',
  `interval_amount` INT DEFAULT 0 COMMENT 'Charge amount each interval',
  `monthly_price` INT,
  `sell_price` INT COMMENT 'Upfront price',
  `days_before_first_charge` INT DEFAULT 0,
  `trial_period_days` INT DEFAULT 0,
  `primary_icon` VARCHAR(255),
  `position` INT DEFAULT 0,
  `category_uuid` INT COMMENT 'ForeignKey("category.uuid")',
  `private` BOOL DEFAULT 0,
  `cancel_at` INT DEFAULT 0,
  `proration_behavior` VARCHAR(255) DEFAULT 'none',
  `archived` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `name` VARCHAR(255),
  `position` INT DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plan_requirements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `plan_id` INT,
  `instant_payment` BOOL DEFAULT 0,
  `subscription` BOOL DEFAULT 0,
  `note_to_seller_required` BOOL DEFAULT 0,
  `note_to_buyer_message` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`plan_id`) REFERENCES `plan` (`id`)
);

CREATE TABLE `plan_selling_points` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `point` VARCHAR(255),
  `plan_id` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`plan_id`) REFERENCES `plan` (`id`)
);

CREATE TABLE `integration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `google_tag_manager_active` BOOL,
  `google_tag_manager_container_id` VARCHAR(255),
  `tawk_active` BOOL,
  `tawk_property_id` VARCHAR(255),
  `mailchimp_api_key` VARCHAR(255),
  `mailchimp_list_id` VARCHAR(255),
  `mailchimp_active` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_provider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gocardless_active` BOOL,
  `gocardless_access_token` VARCHAR(255),
  `gocardless_environment` VARCHAR(255),
  `stripe_active` BOOL DEFAULT 0,
  `stripe_live_webhook_endpoint_secret` VARCHAR(255),
  `stripe_live_webhook_endpoint_id` VARCHAR(255),
  `stripe_live_connect_account_id` VARCHAR(255),
  `stripe_test_webhook_endpoint_secret` VARCHAR(255),
  `stripe_test_webhook_endpoint_id` VARCHAR(255),
  `stripe_test_connect_account_id` VARCHAR(255),
  `stripe_livemode` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `page` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `page_name` VARCHAR(255),
  `path` VARCHAR(255),
  `template_file` VARCHAR(255),
  `private` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `module` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `src` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `currency` VARCHAR(255) NOT NULL,
  `amount` INT,
  `comment` TEXT,
  `external_id` VARCHAR(255) COMMENT 'External id e.g. Stripe or GoCardless id',
  `external_src` VARCHAR(255) COMMENT 'Source of transaction e.g. Stripe or GoCardless',
  `external_refund_id` VARCHAR(255),
  `person_id` INT,
  `subscription_id` INT,
  `payment_status` VARCHAR(255),
  `fulfillment_state` VARCHAR(255),
  `is_donation` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `module_seo_page_title` (
  `path` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255),
  PRIMARY KEY (`path`)
);

CREATE TABLE `choice_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `question` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `is_longform_question` BOOL DEFAULT 0,
  `title` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `question_option` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question_id` INT,
  `title` VARCHAR(255),
  `description` TEXT,
  `primary_icon` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `question` (`id`)
);

CREATE TABLE `answer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question_id` INT,
  `question_title` VARCHAR(255),
  `response` VARCHAR(255),
  `subscription_id` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `option` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `choice_group_id` INT,
  `title` VARCHAR(255),
  `description` TEXT,
  `primary_icon` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`choice_group_id`) REFERENCES `choice_group` (`id`)
);

CREATE TABLE `chosen_option` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `choice_group_id` INT,
  `choice_group_title` VARCHAR(255),
  `option_title` VARCHAR(255),
  `subscription_id` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `module_style` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `css_properties_json` VARCHAR(255),
  `css` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_template` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `custom_welcome_email_template` VARCHAR(255),
  `use_custom_welcome_email` BOOL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `setting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reply_to_email_address` VARCHAR(255),
  `charge_vat` BOOL DEFAULT 0,
  `custom_code` VARCHAR(255),
  `default_currency` VARCHAR(255),
  `default_country_code` VARCHAR(255),
  `shop_activated` BOOL DEFAULT 0,
  `api_key_secret_live` VARCHAR(255),
  `api_key_secret_test` VARCHAR(255),
  `donations_enabled` BOOL DEFAULT 0,
  `custom_thank_you_url` VARCHAR(255),
  `geo_currency_enabled` BOOL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `file` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `file_name` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `document` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `name` VARCHAR(255),
  `type` VARCHAR(255),
  `body` VARCHAR(255),
  `archived` BOOL DEFAULT 0,
  `read_only` BOOL NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tax_rate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `stripe_tax_rate_id` VARCHAR(255),
  `stripe_livemode` BOOL,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `price_list_rules_associations` (
  `price_list_uuid` INT NOT NULL COMMENT 'ForeignKey("price_list.uuid")',
  `price_list_rule_uuid` INT COMMENT 'ForeignKey("price_list_rule.uuid")',
  PRIMARY KEY (`price_list_uuid`)
);

CREATE TABLE `price_list` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `name` VARCHAR(255),
  `start_date` DATETIME,
  `expire_date` DATETIME,
  `currency` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `price_list_rule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `name` VARCHAR(255),
  `start_date` DATETIME,
  `expire_date` DATETIME,
  `active` BOOL DEFAULT 1,
  `position` INT DEFAULT 0,
  `affects_sell_price` BOOL DEFAULT 1,
  `affects_interval_amount` BOOL DEFAULT 1,
  `percent_discount` INT DEFAULT 0,
  `percent_increase` INT DEFAULT 0,
  `amount_discount` INT DEFAULT 0,
  `amount_increase` INT DEFAULT 0,
  `min_sell_price` INT,
  `has_min_sell_price` BOOL DEFAULT 0,
  `min_interval_amount` INT,
  `has_min_interval_amount` BOOL DEFAULT 0,
  `requires_discount_code` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `spam_email_domain` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `ts` DATETIME,
  `domain` VARCHAR(255),
  `archived` BOOL DEFAULT 0,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

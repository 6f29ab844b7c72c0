-- Fairmondo: the German co-operative's online marketplace for new and used goods (private and commercial sellers,
-- articles, carts, purchases grouped per seller, payments, ratings, collections ("libraries"), comments, hearts).
-- Upstream: github.com/fairmondo/fairmondo db/schema.rb (ActiveRecord schema version 20180802092305, PostgreSQL),
--   commit bc5384d9a886f3f613f4845c96bc74eb1cb516cd (AGPL-3.0).
-- All 29 tables with all columns, written as MySQL: `id: :serial` -> int AUTO_INCREMENT primary key (bigint for
-- the one table without it, refunds), string -> varchar(255), text -> text, datetime -> datetime,
-- boolean -> tinyint(1), integer -> int (smallint for limit: 2), bigint -> bigint, float -> double; defaults and
-- null constraints as upstream; t.index -> KEY / UNIQUE KEY with upstream's names. The Rails schema declares no
-- foreign keys, so there are none.

CREATE TABLE `addresses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `company_name` varchar(255),
  `address_line_1` varchar(255),
  `address_line_2` varchar(255),
  `zip` varchar(255),
  `city` varchar(255),
  `country` varchar(255),
  `user_id` int,
  `stashed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `addresses_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `content` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint,
  `condition` varchar(255),
  `price_cents` bigint DEFAULT 100,
  `currency` varchar(255),
  `fair` tinyint(1) DEFAULT 0,
  `fair_kind` varchar(255),
  `fair_seal` varchar(255),
  `ecologic` tinyint(1) DEFAULT 0,
  `ecologic_seal` varchar(255),
  `small_and_precious` tinyint(1) DEFAULT 0,
  `small_and_precious_reason` text,
  `small_and_precious_handmade` tinyint(1) DEFAULT 0,
  `quantity` int DEFAULT 1,
  `transport_details` text,
  `payment_details` text,
  `friendly_percent` int DEFAULT 0,
  `calculated_fair_cents` bigint NOT NULL DEFAULT 0,
  `calculated_friendly_cents` bigint NOT NULL DEFAULT 0,
  `calculated_fee_cents` bigint NOT NULL DEFAULT 0,
  `condition_extra` varchar(255),
  `small_and_precious_eu_small_enterprise` tinyint(1),
  `ecologic_kind` varchar(255),
  `upcycling_reason` text,
  `slug` varchar(255),
  `transport_pickup` tinyint(1),
  `transport_type1` tinyint(1),
  `transport_type2` tinyint(1),
  `transport_type1_provider` varchar(255),
  `transport_type2_provider` varchar(255),
  `transport_type1_price_cents` int NOT NULL DEFAULT 0,
  `transport_type2_price_cents` int NOT NULL DEFAULT 0,
  `payment_bank_transfer` tinyint(1),
  `payment_cash` tinyint(1),
  `payment_paypal` tinyint(1),
  `payment_cash_on_delivery` tinyint(1),
  `payment_invoice` tinyint(1),
  `payment_cash_on_delivery_price_cents` int NOT NULL DEFAULT 0,
  `basic_price_cents` int DEFAULT 0,
  `basic_price_amount` varchar(255),
  `state` varchar(255),
  `vat` int DEFAULT 0,
  `custom_seller_identifier` varchar(255),
  `gtin` varchar(255),
  `transport_type1_number` int DEFAULT 1,
  `transport_type2_number` int DEFAULT 1,
  `discount_id` int,
  `friendly_percent_organisation_id` bigint,
  `article_template_name` varchar(255),
  `transport_time` varchar(255),
  `quantity_available` int,
  `unified_transport` tinyint(1),
  `swappable` tinyint(1) DEFAULT 0,
  `borrowable` tinyint(1) DEFAULT 0,
  `comments_count` int DEFAULT 0,
  `original_id` bigint,
  `transport_bike_courier` tinyint(1) DEFAULT 0,
  `transport_bike_courier_number` int DEFAULT 1,
  `payment_voucher` tinyint(1) DEFAULT 0,
  `payment_debit` tinyint(1) DEFAULT 0,
  `subscription` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_articles_on_created_at` (`created_at`),
  KEY `index_articles_on_custom_seller_identifier_and_user_id` (`custom_seller_identifier`, `user_id`),
  UNIQUE KEY `index_articles_on_slug` (`slug`),
  KEY `index_articles_on_state` (`state`),
  KEY `index_articles_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `articles_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category_id` int,
  `article_id` bigint,
  PRIMARY KEY (`id`),
  KEY `articles_category_index` (`article_id`, `category_id`),
  KEY `index_articles_categories_on_article_id` (`article_id`),
  KEY `index_articles_categories_on_category_id` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `selected_transport` varchar(255),
  `selected_payment` varchar(255),
  `state` varchar(255),
  `message` text,
  `quantity_bought` int,
  `parent_id` bigint,
  `article_id` bigint,
  `sold_at` datetime,
  `purchase_emails_sent` tinyint(1) DEFAULT 0,
  `discount_id` int,
  `discount_value_cents` int,
  `billed_for_fair` tinyint(1) DEFAULT 0,
  `billed_for_fee` tinyint(1) DEFAULT 0,
  `billed_for_discount` tinyint(1) DEFAULT 0,
  `line_item_group_id` bigint,
  `refunded_fair` tinyint(1) DEFAULT 0,
  `refunded_fee` tinyint(1) DEFAULT 0,
  `tos_bike_courier_accepted` tinyint(1) DEFAULT 0,
  `bike_courier_message` text,
  `bike_courier_time` varchar(255),
  `courier_emails_sent` tinyint(1) DEFAULT 0,
  `courier_emails_sent_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_business_transactions_on_article_id` (`article_id`),
  KEY `index_business_transactions_on_discount_id` (`discount_id`),
  KEY `index_business_transactions_on_line_item_group_id` (`line_item_group_id`),
  KEY `index_business_transactions_on_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `carts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` bigint,
  `sold` tinyint(1) DEFAULT 0,
  `line_item_count` int DEFAULT 0,
  `purchase_emails_sent` tinyint(1) DEFAULT 0,
  `purchase_emails_sent_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_carts_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `desc` varchar(255),
  `parent_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `lft` int,
  `rgt` int,
  `depth` int,
  `children_count` int DEFAULT 0,
  `weight` int,
  `view_columns` int DEFAULT 2,
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_categories_on_parent_id` (`parent_id`),
  UNIQUE KEY `index_categories_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `commentable_type` varchar(255),
  `commentable_id` int,
  `text` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_comments_for_popularity_worker` (`commentable_id`, `commentable_type`, `updated_at`),
  KEY `index_comments_on_commentable_type_and_commentable_id` (`commentable_type`, `commentable_id`),
  KEY `index_comments_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `body` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tinycms_contents_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `direct_debit_mandates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reference` varchar(255),
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(255),
  `activated_at` datetime,
  `last_used_at` datetime,
  `revoked_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_direct_debit_mandates_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `start_time` datetime,
  `end_time` datetime,
  `percent` int,
  `max_discounted_value_cents` int,
  `num_of_discountable_articles` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exhibits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `article_id` bigint,
  `queue` varchar(255),
  `related_article_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `exhibition_date` datetime,
  PRIMARY KEY (`id`),
  KEY `index_exhibits_on_article_id` (`article_id`),
  KEY `index_exhibits_on_related_article_id` (`related_article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fair_trust_questionnaires` (
  `id` int NOT NULL AUTO_INCREMENT,
  `article_id` bigint,
  `support` tinyint(1) DEFAULT 0,
  `support_explanation` text,
  `labor_conditions` tinyint(1) DEFAULT 0,
  `labor_conditions_explanation` text,
  `awareness_raising` tinyint(1) DEFAULT 0,
  `awareness_raising_explanation` text,
  `environment_protection` tinyint(1) DEFAULT 0,
  `environment_protection_explanation` text,
  `support_checkboxes` text,
  `labor_conditions_checkboxes` text,
  `environment_protection_checkboxes` text,
  `controlling_checkboxes` text,
  `awareness_raising_checkboxes` text,
  `controlling` tinyint(1) DEFAULT 0,
  `controlling_explanation` text,
  `support_other` varchar(255),
  `labor_conditions_other` varchar(255),
  `environment_protection_other` varchar(255),
  `controlling_other` varchar(255),
  `awareness_raising_other` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_fair_trust_questionnaires_on_article_id` (`article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` text,
  `subject` varchar(255),
  `from` varchar(255),
  `to` varchar(255),
  `variety` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint,
  `article_id` bigint,
  `feedback_subject` varchar(255),
  `help_subject` varchar(255),
  `source_page` text,
  `user_agent` varchar(255),
  `forename` varchar(255),
  `lastname` varchar(255),
  `organisation` varchar(255),
  `phone` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_feedbacks_on_article_id` (`article_id`),
  KEY `index_feedbacks_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hearts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `heartable_type` varchar(255),
  `heartable_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `user_token` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_hearts_for_popularity_worker` (`heartable_id`, `heartable_type`, `updated_at`),
  KEY `index_hearts_on_heartable_type_and_heartable_id` (`heartable_type`, `heartable_id`),
  UNIQUE KEY `index_hearts_on_user_id_and_heartable_id_and_heartable_type` (`user_id`, `heartable_id`, `heartable_type`),
  KEY `index_hearts_on_user_id` (`user_id`),
  UNIQUE KEY `index_hearts_on_user_token_and_heartable_id_and_heartable_type` (`user_token`, `heartable_id`, `heartable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image_file_name` varchar(255),
  `image_content_type` varchar(255),
  `image_file_size` int,
  `image_updated_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `imageable_id` bigint,
  `type` varchar(255),
  `is_title` tinyint(1),
  `external_url` varchar(255),
  `image_processing` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_images_on_imageable_id_and_type` (`imageable_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `public` tinyint(1),
  `user_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `library_elements_count` int DEFAULT 0,
  `exhibition_name` varchar(255),
  `hearts_count` int DEFAULT 0,
  `comments_count` int DEFAULT 0,
  `popularity` double DEFAULT 0.0,
  `audited` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_libraries_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library_elements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `article_id` bigint,
  `library_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `exhibition_date` datetime,
  `inactive` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_library_elements_on_article_id` (`article_id`),
  KEY `index_library_elements_on_library_id` (`library_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `line_item_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` text,
  `cart_id` bigint,
  `seller_id` bigint,
  `buyer_id` bigint,
  `tos_accepted` tinyint(1),
  `unified_transport` tinyint(1) DEFAULT 0,
  `unified_payment` tinyint(1) DEFAULT 0,
  `unified_payment_method` varchar(255),
  `transport_address_id` bigint,
  `payment_address_id` bigint,
  `purchase_id` varchar(255),
  `sold_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `unified_transport_provider` varchar(255),
  `unified_transport_maximum_articles` int,
  `unified_transport_price_cents` bigint DEFAULT 0,
  `free_transport_at_price_cents` bigint,
  `purchase_emails_sent` tinyint(1) DEFAULT 0,
  `purchase_emails_sent_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_line_item_groups_on_buyer_id` (`buyer_id`),
  KEY `index_line_item_groups_on_cart_id` (`cart_id`),
  KEY `index_line_item_groups_on_payment_address_id` (`payment_address_id`),
  KEY `index_line_item_groups_on_purchase_id` (`purchase_id`),
  KEY `index_line_item_groups_on_seller_id` (`seller_id`),
  KEY `index_line_item_groups_on_transport_address_id` (`transport_address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `line_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `line_item_group_id` bigint,
  `article_id` bigint,
  `requested_quantity` int DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_line_items_on_article_id` (`article_id`),
  KEY `index_line_items_on_line_item_group_id` (`line_item_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mass_upload_articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mass_upload_id` int,
  `article_id` int,
  `action` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `row_index` int,
  `validation_errors` text,
  `article_csv` text,
  `process_identifier` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_mass_upload_articles_on_article_id` (`article_id`),
  KEY `index_mass_upload_articles_on_mass_upload_id` (`mass_upload_id`),
  KEY `index_mass_upload_articles_on_row_index_and_mass_upload_id` (`row_index`, `mass_upload_id`),
  KEY `index_mass_upload_articles_on_row_index` (`row_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mass_uploads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `row_count` int,
  `failure_reason` text,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_file_size` int,
  `file_updated_at` datetime,
  `state` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_mass_uploads_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` text,
  `open` tinyint(1),
  `user_id` int,
  `path` varchar(255),
  `color` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_notices_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pay_key` varchar(255),
  `state` varchar(255),
  `type` varchar(255),
  `error` text,
  `last_ipn` text,
  `line_item_group_id` bigint NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_payment_on_line_item_group_id` (`line_item_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rails_admin_histories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` text,
  `username` varchar(255),
  `item` int,
  `table` varchar(255),
  `month` smallint,
  `year` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_rails_admin_histories` (`item`, `table`, `month`, `year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rating` varchar(255),
  `text` text,
  `rated_user_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `line_item_group_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_line_item_group_id_on_ratings` (`line_item_group_id`),
  KEY `index_ratings_on_rated_user_id` (`rated_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refunds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `reason` varchar(255),
  `description` text,
  `business_transaction_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_refunds_on_business_transaction_id` (`business_transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_sessions_on_session_id` (`session_id`),
  KEY `index_sessions_on_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_producer_questionnaires` (
  `id` int NOT NULL AUTO_INCREMENT,
  `article_id` bigint,
  `nonprofit_association` tinyint(1) DEFAULT 0,
  `nonprofit_association_checkboxes` text,
  `social_businesses_muhammad_yunus` tinyint(1) DEFAULT 0,
  `social_businesses_muhammad_yunus_checkboxes` text,
  `social_entrepreneur` tinyint(1) DEFAULT 0,
  `social_entrepreneur_checkboxes` text,
  `social_entrepreneur_explanation` text,
  PRIMARY KEY (`id`),
  KEY `index_social_producer_questionnaires_on_article_id` (`article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `admin` tinyint(1) DEFAULT 0,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `banned` tinyint(1),
  `nickname` varchar(255),
  `about_me` text,
  `terms` text,
  `cancellation` text,
  `about` text,
  `phone` varchar(255),
  `mobile` varchar(255),
  `fax` varchar(255),
  `slug` varchar(255),
  `type` varchar(255),
  `bank_code` varchar(255),
  `bank_name` varchar(255),
  `bank_account_owner` varchar(255),
  `bank_account_number` varchar(255),
  `paypal_account` varchar(255),
  `seller_state` varchar(255),
  `buyer_state` varchar(255),
  `verified` tinyint(1),
  `bankaccount_warning` tinyint(1),
  `percentage_of_positive_ratings` double DEFAULT 0.0,
  `percentage_of_negative_ratings` double DEFAULT 0.0,
  `direct_debit` tinyint(1) DEFAULT 0,
  `percentage_of_neutral_ratings` double DEFAULT 0.0,
  `ngo` tinyint(1) DEFAULT 0,
  `value_of_goods_cents` bigint DEFAULT 0,
  `max_value_of_goods_cents_bonus` bigint DEFAULT 0,
  `fastbill_subscription_id` int,
  `fastbill_id` int,
  `iban` varchar(255),
  `bic` varchar(255),
  `vacationing` tinyint(1) DEFAULT 0,
  `newsletter` tinyint(1) DEFAULT 0,
  `cancellation_form_file_name` varchar(255),
  `cancellation_form_content_type` varchar(255),
  `cancellation_form_file_size` int,
  `cancellation_form_updated_at` datetime,
  `standard_address_id` bigint,
  `unified_transport_maximum_articles` int DEFAULT 1,
  `unified_transport_provider` varchar(255),
  `unified_transport_price_cents` bigint DEFAULT 0,
  `free_transport_available` tinyint(1),
  `free_transport_at_price_cents` bigint DEFAULT 0,
  `receive_comments_notification` tinyint(1) DEFAULT 1,
  `heavy_uploader` tinyint(1) DEFAULT 0,
  `uses_vouchers` tinyint(1) DEFAULT 0,
  `total_purchase_donations_cents` bigint DEFAULT 0,
  `belboon_tracking_token` varchar(255),
  `belboon_tracking_token_set_at` datetime,
  `voluntary_contribution` int,
  `invoicing_email` varchar(255) NOT NULL DEFAULT '',
  `order_notifications_email` varchar(255) NOT NULL DEFAULT '',
  `direct_debit_exemption` tinyint(1) DEFAULT 0,
  `next_direct_debit_mandate_number` int DEFAULT 1,
  `marketplace_owner_account` tinyint(1) DEFAULT 0,
  `referral` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_slug` (`slug`),
  KEY `index_users_on_standard_address_id` (`standard_address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

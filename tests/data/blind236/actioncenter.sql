-- EFF Action Center (EFForg/action-center-platform), the advocacy platform behind act.eff.org
-- Source: github.com/EFForg/action-center-platform db/schema.rb (schema version 2024_04_19_170853, PostgreSQL),
--         commit 2dce65470ad3cfb0f3e12c7b815b693bbb4e225c (AGPL-3.0)
-- Written as MySQL/MariaDB DDL by a small script: implicit `id` (serial -> INT AUTO_INCREMENT, uuid -> CHAR(36)) first,
-- then every column in upstream's order; string -> VARCHAR(limit or 255), text -> TEXT, datetime -> DATETIME,
-- boolean -> TINYINT(1), json -> JSON, uuid -> CHAR(36). NOT NULL and scalar defaults kept; unique indexes kept,
-- plain indexes left out (upstream declares no foreign keys).

CREATE TABLE `action_institutions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_page_id` INT,
  `institution_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `action_page_images` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_page_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `image_file_name` VARCHAR(255),
  `image_content_type` VARCHAR(255),
  `image_file_size` INT,
  `action_image` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `action_pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `call_tool` TINYINT(1),
  `petition_id` INT,
  `photo_url` VARCHAR(255),
  `enable_call` TINYINT(1) DEFAULT 0,
  `enable_petition` TINYINT(1) DEFAULT 0,
  `enable_email` TINYINT(1) DEFAULT 0,
  `enable_tweet` TINYINT(1) DEFAULT 0,
  `slug` VARCHAR(255),
  `share_message` VARCHAR(255),
  `tweet_id` INT,
  `published` TINYINT(1) DEFAULT 0,
  `featured_image_file_name` VARCHAR(255),
  `featured_image_content_type` VARCHAR(255),
  `featured_image_file_size` INT,
  `featured_image_updated_at` DATETIME,
  `action_page_image` VARCHAR(255),
  `what_to_say` TEXT,
  `email_campaign_id` INT,
  `call_campaign_id` INT,
  `summary` TEXT,
  `background_image_file_name` VARCHAR(255),
  `background_image_content_type` VARCHAR(255),
  `background_image_file_size` INT,
  `background_image_updated_at` DATETIME,
  `template` VARCHAR(255),
  `layout` VARCHAR(255),
  `og_title` VARCHAR(255),
  `og_image_file_name` VARCHAR(255),
  `og_image_content_type` VARCHAR(255),
  `og_image_file_size` INT,
  `og_image_updated_at` DATETIME,
  `enable_redirect` TINYINT(1) DEFAULT 0,
  `redirect_url` VARCHAR(255),
  `email_text` TEXT,
  `victory` TINYINT(1) DEFAULT 0,
  `victory_message` TEXT,
  `archived` TINYINT(1) DEFAULT 0,
  `archived_redirect_action_page_id` INT,
  `category_id` INT,
  `enable_congress_message` TINYINT(1) NOT NULL DEFAULT 0,
  `congress_message_campaign_id` INT,
  `related_content_url` VARCHAR(255),
  `user_id` INT,
  `view_count` INT NOT NULL DEFAULT 0,
  `action_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `affiliation_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `action_page_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `affiliations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `signature_id` INT,
  `institution_id` INT,
  `affiliation_type_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ahoy_events` (
  `id` CHAR(36) NOT NULL,
  `visit_id` CHAR(36),
  `user_id` INT,
  `name` VARCHAR(255),
  `properties` JSON,
  `time` DATETIME,
  `action_page_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bounces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `title` VARCHAR(255),
  `message` TEXT,
  `call_campaign_id` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `complaints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `feedback_type` VARCHAR(255),
  `user_agent` VARCHAR(255),
  `body` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `congress_members` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `full_name` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `bioguide_id` VARCHAR(255) NOT NULL,
  `twitter_id` VARCHAR(255),
  `phone` VARCHAR(255),
  `term_end` DATE NOT NULL,
  `chamber` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `district` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `congress_message_campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `campaign_tag` VARCHAR(255) NOT NULL,
  `target_house` TINYINT(1) NOT NULL DEFAULT 1,
  `target_senate` TINYINT(1) NOT NULL DEFAULT 1,
  `target_bioguide_ids` VARCHAR(255),
  `topic_category_id` INT,
  `alt_text_email_your_rep` VARCHAR(255),
  `alt_text_look_up_your_rep` VARCHAR(255),
  `alt_text_extra_fields_explain` VARCHAR(255),
  `alt_text_look_up_helper` VARCHAR(255),
  `alt_text_customize_message_helper` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `enable_customization_notice` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `congress_scorecards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bioguide_id` VARCHAR(255),
  `action_page_id` INT,
  `counter` INT DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `priority` INT NOT NULL DEFAULT 0,
  `attempts` INT NOT NULL DEFAULT 0,
  `handler` TEXT NOT NULL,
  `last_error` TEXT,
  `run_at` DATETIME,
  `locked_at` DATETIME,
  `failed_at` DATETIME,
  `locked_by` VARCHAR(255),
  `queue` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `subject` VARCHAR(255),
  `campaign_tag` VARCHAR(255),
  `email_addresses` VARCHAR(255),
  `target_state_lower_chamber` TINYINT(1),
  `target_state_upper_chamber` TINYINT(1),
  `target_governor` TINYINT(1),
  `state` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `featured_action_pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_page_id` INT,
  `weight` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `friendly_id_slugs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `sluggable_id` INT NOT NULL,
  `sluggable_type` VARCHAR(50),
  `scope` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`)
);

CREATE TABLE `institutions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `slug` VARCHAR(255),
  `category` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_institutions_on_slug` (`slug`)
);

CREATE TABLE `locales` (
  `locale` VARCHAR(5) NOT NULL,
  `name` VARCHAR(60) NOT NULL,
  `fullname` VARCHAR(60) NOT NULL,
  PRIMARY KEY (`locale`)
);

CREATE TABLE `partners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `name` VARCHAR(255),
  `privacy_url` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` TIME,
  `subscriptions_count` INT NOT NULL DEFAULT 0,
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `logo_updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `partnerships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_page_id` INT,
  `partner_id` INT,
  `enable_mailings` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `petitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `goal` INT,
  `enable_affiliations` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`)
);

CREATE TABLE `signatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `petition_id` INT,
  `user_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `email` VARCHAR(255),
  `country_code` VARCHAR(255),
  `zipcode` VARCHAR(255),
  `street_address` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `anonymous` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `source_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `file_name` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_size` INT,
  `key` VARCHAR(255),
  `bucket` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `email` VARCHAR(255),
  `partner_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `topic_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `topic_sets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tier` INT,
  `topic_category_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `topics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `topic_set_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tweet_targets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tweet_id` INT NOT NULL,
  `twitter_id` VARCHAR(255) NOT NULL,
  `bioguide_id` VARCHAR(255),
  `image_file_name` VARCHAR(255),
  `image_content_type` VARCHAR(255),
  `image_file_size` INT,
  `image_updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tweets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `target` VARCHAR(255),
  `message` VARCHAR(255),
  `cta` VARCHAR(255),
  `bioguide_id` VARCHAR(255),
  `target_house` TINYINT(1) DEFAULT 1,
  `target_senate` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_preferences` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
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
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `location` VARCHAR(255),
  `admin` TINYINT(1) DEFAULT 0,
  `street_address` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `country_code` VARCHAR(255),
  `zipcode` VARCHAR(255),
  `phone` VARCHAR(255),
  `record_activity` TINYINT(1) DEFAULT 0,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `contact_id` INT,
  `subscribe` TINYINT(1) DEFAULT 0,
  `partner_id` INT,
  `unconfirmed_email` VARCHAR(255),
  `failed_attempts` INT DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `password_expired` TINYINT(1),
  `collaborator` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`)
);

CREATE TABLE `visits` (
  `id` CHAR(36) NOT NULL,
  `visitor_id` CHAR(36),
  `ip` VARCHAR(255),
  `user_agent` TEXT,
  `referrer` TEXT,
  `landing_page` TEXT,
  `user_id` INT,
  `referring_domain` VARCHAR(255),
  `search_keyword` VARCHAR(255),
  `browser` VARCHAR(255),
  `os` VARCHAR(255),
  `device_type` VARCHAR(255),
  `country` VARCHAR(255),
  `region` VARCHAR(255),
  `city` VARCHAR(255),
  `utm_source` VARCHAR(255),
  `utm_medium` VARCHAR(255),
  `utm_term` VARCHAR(255),
  `utm_content` VARCHAR(255),
  `utm_campaign` VARCHAR(255),
  `started_at` DATETIME,
  PRIMARY KEY (`id`)
);

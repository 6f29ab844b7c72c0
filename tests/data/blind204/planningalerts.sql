-- PlanningAlerts (OpenAustralia Foundation) — planningalerts.org.au: alerts about development (planning permit)
-- applications near an address, and residents' comments sent to the council.
-- Source: github.com/openaustralia/planningalerts db/schema.rb (ActiveRecord schema version 2026_08_17_100506),
-- commit 5f0362cb9f64bdacf9d3758fc890107d54d64129 (GPL-2.0).
-- Converted from the PostgreSQL/PostGIS schema.rb to MySQL by a small converter: all 24 tables, columns in
-- upstream order; see planningalerts.md.
SET NAMES utf8mb4;

CREATE TABLE `action_mailbox_inbound_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` int NOT NULL DEFAULT 0,
  `message_id` varchar(255) NOT NULL,
  `message_checksum` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_action_mailbox_inbound_emails_uniqueness` (`message_id`, `message_checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_admin_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_id` varchar(255) NOT NULL DEFAULT '',
  `resource_type` varchar(255) NOT NULL DEFAULT '',
  `author_id` int DEFAULT NULL,
  `author_type` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `namespace` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_admin_comments_on_author_type_and_author_id` (`author_type`, `author_id`),
  KEY `index_active_admin_comments_on_namespace` (`namespace`),
  KEY `index_admin_notes_on_resource_type_and_resource_id` (`resource_type`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_active_storage_variant_records_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(128) NOT NULL DEFAULT '',
  `password_salt` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255) DEFAULT NULL,
  `remember_token` varchar(255) DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(255) DEFAULT NULL,
  `last_sign_in_ip` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `reset_password_sent_at` datetime DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `organisation` varchar(255) DEFAULT NULL,
  `confirmation_token` varchar(255) DEFAULT NULL,
  `confirmed_at` datetime DEFAULT NULL,
  `confirmation_sent_at` datetime DEFAULT NULL,
  `unconfirmed_email` varchar(255) DEFAULT NULL,
  `from_alert_or_comment` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'whether this user was created from an alert or comment rather than through the normal devise registration process',
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255) DEFAULT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `activated_at` datetime(6) DEFAULT NULL,
  `tailwind_theme` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address` varchar(120) NOT NULL DEFAULT '',
  `last_sent` datetime DEFAULT NULL,
  `lat` double NOT NULL,
  `lng` double NOT NULL,
  `confirm_id` varchar(20) DEFAULT NULL,
  `radius_meters` int NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `unsubscribed` tinyint(1) NOT NULL DEFAULT 0,
  `last_processed` datetime DEFAULT NULL,
  `unsubscribed_at` datetime DEFAULT NULL,
  `last_delivered_at` datetime DEFAULT NULL,
  `last_delivered_successfully` tinyint(1) DEFAULT NULL,
  `unsubscribed_by` varchar(255) DEFAULT NULL,
  `user_id` int NOT NULL,
  `lonlat` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_alerts_on_user_id_and_address_active` (`user_id`, `address`),
  KEY `fk_rails_d4053234e7` (`user_id`),
  CONSTRAINT `fk_alerts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `value` varchar(255) NOT NULL,
  `bulk` tinyint(1) NOT NULL DEFAULT 0,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `commercial` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'api key is being used by a commercial customer',
  `daily_limit` int DEFAULT NULL COMMENT 'override default daily API request limit',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `community` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'used for a verified community use',
  PRIMARY KEY (`id`),
  KEY `index_api_keys_on_user_id` (`user_id`),
  UNIQUE KEY `index_api_keys_on_value` (`value`),
  CONSTRAINT `fk_api_keys_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `full_name` varchar(200) NOT NULL DEFAULT '',
  `short_name` varchar(100) NOT NULL DEFAULT '',
  `disabled` tinyint(1) NOT NULL,
  `state` varchar(20) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `last_scraper_run_log` text DEFAULT NULL,
  `morph_name` varchar(255) DEFAULT NULL,
  `website_url` varchar(255) DEFAULT NULL,
  `scraper_authority_label` varchar(255) DEFAULT NULL COMMENT 'For scrapers for multiple authorities filter by this label',
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `wikidata_id` varchar(255) DEFAULT NULL,
  `population_2021` int DEFAULT NULL,
  `asgs_2021` varchar(255) DEFAULT NULL,
  `boundary` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `short_name_unique` (`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `council_reference` varchar(50) NOT NULL DEFAULT '',
  `authority_id` int NOT NULL,
  `no_alerted` int DEFAULT NULL,
  `visible_comments_count` int NOT NULL DEFAULT 0,
  `first_date_scraped` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `address` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `info_url` varchar(1024) DEFAULT NULL,
  `date_received` date DEFAULT NULL,
  `on_notice_from` date DEFAULT NULL,
  `on_notice_to` date DEFAULT NULL,
  `date_scraped` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `suburb` varchar(50) DEFAULT NULL,
  `state` varchar(10) DEFAULT NULL,
  `postcode` varchar(4) DEFAULT NULL,
  `comment_email` varchar(255) DEFAULT NULL,
  `comment_authority` varchar(255) DEFAULT NULL,
  `lonlat` geometry DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_reason` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_applications_on_authority_id_and_council_reference` (`authority_id`, `council_reference`),
  KEY `index_applications_on_authority_id_and_date_scraped` (`authority_id`, `date_scraped`),
  KEY `index_applications_on_authority_id_and_first_date_scraped` (`authority_id`, `first_date_scraped`),
  KEY `index_applications_on_date_scraped_and_lat_and_lng` (`date_scraped`, `lat`, `lng`),
  KEY `index_applications_on_first_date_scraped_and_lat_and_lng` (`first_date_scraped`, `lat`, `lng`),
  KEY `index_applications_on_hidden` (`hidden`),
  KEY `index_applications_on_lat_and_lng_and_date_scraped` (`lat`, `lng`, `date_scraped`),
  KEY `index_applications_on_postcode` (`postcode`),
  KEY `index_applications_on_state` (`state`),
  KEY `index_applications_on_suburb` (`suburb`),
  KEY `index_applications_on_visible_comments_count` (`visible_comments_count`),
  CONSTRAINT `applications_authority_id_fk` FOREIGN KEY (`authority_id`) REFERENCES `authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_redirects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` int NOT NULL,
  `redirect_application_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_application_redirects_on_application_id` (`application_id`),
  KEY `fk_rails_24f1a5992a` (`redirect_application_id`),
  CONSTRAINT `fk_application_redirects_redirect_application_id` FOREIGN KEY (`redirect_application_id`) REFERENCES `applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `application_id` int NOT NULL,
  `previous_version_id` bigint DEFAULT NULL,
  `current` tinyint(1) NOT NULL,
  `address` text NOT NULL,
  `description` text NOT NULL,
  `info_url` varchar(1024) NOT NULL DEFAULT '',
  `comment_url` varchar(1024) DEFAULT NULL,
  `date_received` date DEFAULT NULL,
  `on_notice_from` date DEFAULT NULL,
  `on_notice_to` date DEFAULT NULL,
  `date_scraped` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `suburb` varchar(50) DEFAULT NULL,
  `state` varchar(10) DEFAULT NULL,
  `postcode` varchar(4) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `comment_email` varchar(255) DEFAULT NULL,
  `comment_authority` varchar(255) DEFAULT NULL,
  `lonlat` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_application_versions_on_application_id` (`application_id`),
  KEY `index_application_versions_on_date_scraped` (`date_scraped`),
  KEY `index_application_versions_on_lat_and_lng_and_date_scraped` (`lat`, `lng`, `date_scraped`),
  KEY `index_application_versions_on_postcode` (`postcode`),
  KEY `index_application_versions_on_previous_version_id` (`previous_version_id`),
  KEY `index_application_versions_on_state` (`state`),
  KEY `index_application_versions_on_suburb` (`suburb`),
  CONSTRAINT `fk_application_versions_previous_version_id` FOREIGN KEY (`previous_version_id`) REFERENCES `application_versions` (`id`),
  CONSTRAINT `fk_application_versions_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `application_id` int NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `last_delivered_at` datetime DEFAULT NULL,
  `last_delivered_successfully` tinyint(1) DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `published` tinyint(1) NOT NULL,
  `published_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_comments_on_application_id` (`application_id`),
  KEY `index_comments_on_hidden` (`hidden`),
  KEY `index_comments_on_published` (`published`),
  KEY `index_comments_on_published_at_and_published_and_hidden` (`published_at`, `published`, `hidden`),
  KEY `fk_rails_03de2dc08c` (`user_id`),
  CONSTRAINT `fk_comments_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `fk_comments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `details` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_api_usages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `api_key_id` int NOT NULL,
  `date` date NOT NULL,
  `count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_daily_api_usages_on_api_key_id_and_date` (`api_key_id`, `date`),
  KEY `index_daily_api_usages_on_api_key_id` (`api_key_id`),
  KEY `index_daily_api_usages_on_date` (`date`),
  CONSTRAINT `fk_daily_api_usages_api_key_id` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_batches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `no_emails` int NOT NULL,
  `no_applications` int NOT NULL,
  `no_comments` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_email_batches_on_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geocode_queries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `query` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geocode_results` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `geocoder` varchar(255) NOT NULL DEFAULT '',
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `geocode_query_id` bigint NOT NULL,
  `suburb` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `full_address` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_geocode_results_on_geocode_query_id` (`geocode_query_id`),
  CONSTRAINT `fk_geocode_results_geocode_query_id` FOREIGN KEY (`geocode_query_id`) REFERENCES `geocode_queries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `github_issues` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `authority_id` int NOT NULL,
  `github_repo` varchar(255) NOT NULL,
  `github_number` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_github_issues_on_authority_id` (`authority_id`),
  CONSTRAINT `fk_github_issues_authority_id` FOREIGN KEY (`authority_id`) REFERENCES `authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `details` text DEFAULT NULL,
  `comment_id` int NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_rails_bc3addd41c` (`comment_id`),
  CONSTRAINT `fk_reports_comment_id` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `resource_type` varchar(255) DEFAULT NULL,
  `resource_id` bigint DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_roles_on_name_and_resource_type_and_resource_id` (`name`, `resource_type`, `resource_id`),
  KEY `index_roles_on_name` (`name`),
  KEY `index_roles_on_resource` (`resource_type`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stats` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(25) NOT NULL DEFAULT '',
  `value` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` bigint DEFAULT NULL,
  `role_id` bigint DEFAULT NULL,
  KEY `index_users_roles_on_role_id` (`role_id`),
  KEY `index_users_roles_on_user_id_and_role_id` (`user_id`, `role_id`),
  KEY `index_users_roles_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `whodunnit` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `item_id` bigint NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `event` varchar(255) NOT NULL,
  `object_changes` json DEFAULT NULL,
  `object` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_versions_on_item_type_and_item_id` (`item_type`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


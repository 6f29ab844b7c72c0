-- AskDarcel API (ShelterTech's SF Service Guide, sfserviceguide.org: the directory and referral guide of free
-- services for people experiencing homelessness and low-income residents of San Francisco — organisations
-- ("resources") and their services, addresses, phones, schedules, contacts, eligibilities, categories, documents,
-- programmes, volunteer opportunities, change requests from the public, feedback and reviews, texting a listing to a
-- phone, staff admins, case-worker users with bookmark folders and saved searches, permission groups)
-- Upstream: github.com/ShelterTechSF/askdarcel-api `db/schema.rb` (schema version 2025_02_26_165117),
--   commit 114568ac7ee565c6bd11f255bd6cca6821410f98 (GPL-3.0)
-- The Rails schema (PostgreSQL) written as MySQL DDL by a small script: the implicit `id` spelled out first
-- (`int` for `id: :serial`, `bigint` otherwise, none for `id: false` join tables), then every column in upstream's
-- order with upstream's name; `string` -> varchar(255), `text` -> text, `integer` -> int, `bigint` -> bigint,
-- `boolean` -> tinyint(1), `datetime` -> datetime / datetime(6), `time` -> time, `decimal` without precision
-- (PostgreSQL numeric) -> decimal(65,30), `json` / `jsonb` and the text array `reviews.tags` -> json; NOT NULL and
-- constant defaults kept; plain and unique indexes kept; the two CHECK constraints (`resource_xor_service`) left
-- out. Foreign keys: 38 of upstream's 44 `add_foreign_key`s; the 6 joining an `integer` column to a `bigint` key
-- (change_requests, contacts x2, phones.service_id, programs, volunteers) are left out because MySQL/MariaDB refuse
-- them. Tables are ordered so that a referenced table comes first. No table is left out.

CREATE TABLE `accessibilities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `accessibility` varchar(255),
  `details` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `addresses_services` (
  `service_id` int NOT NULL,
  `address_id` int NOT NULL,
  KEY `index_addresses_services_on_address_id_and_service_id` (`address_id`, `service_id`),
  KEY `index_addresses_services_on_service_id_and_address_id` (`service_id`, `address_id`)
);

CREATE TABLE `admins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(255) NOT NULL DEFAULT 'email',
  `uid` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `email` varchar(255),
  `tokens` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_admins_on_email` (`email`),
  UNIQUE KEY `index_admins_on_uid_and_provider` (`uid`, `provider`)
);

CREATE TABLE `categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `top_level` tinyint(1) NOT NULL DEFAULT 0,
  `vocabulary` varchar(255),
  `featured` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_categories_on_name` (`name`)
);

CREATE TABLE `categories_keywords` (
  `category_id` bigint NOT NULL,
  `keyword_id` bigint NOT NULL
);

CREATE TABLE `categories_resources` (
  `category_id` bigint NOT NULL,
  `resource_id` bigint NOT NULL,
  KEY `index_categories_resources_on_category_id` (`category_id`),
  KEY `index_categories_resources_on_resource_id` (`resource_id`)
);

CREATE TABLE `categories_services` (
  `service_id` bigint NOT NULL,
  `category_id` bigint NOT NULL,
  `feature_rank` int,
  KEY `index_categories_services_on_category_id` (`category_id`),
  KEY `index_categories_services_on_service_id` (`service_id`)
);

CREATE TABLE `category_relationships` (
  `parent_id` int NOT NULL,
  `child_id` int NOT NULL,
  `child_priority_rank` int,
  UNIQUE KEY `index_category_relationships_on_child_id_and_parent_id` (`child_id`, `parent_id`)
);

CREATE TABLE `change_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(255),
  `object_id` int,
  `status` int DEFAULT 0,
  `action` int DEFAULT 1,
  `resource_id` int,
  PRIMARY KEY (`id`),
  KEY `index_change_requests_on_resource_id` (`resource_id`)
);

CREATE TABLE `contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `title` varchar(255),
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resource_id` int,
  `service_id` int,
  PRIMARY KEY (`id`),
  KEY `index_contacts_on_resource_id` (`resource_id`),
  KEY `index_contacts_on_service_id` (`service_id`)
);

CREATE TABLE `documents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `url` varchar(255),
  `description` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `documents_services` (
  `service_id` int,
  `document_id` int
);

CREATE TABLE `eligibilities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `feature_rank` int,
  `is_parent` tinyint(1) DEFAULT 0,
  `parent_id` int,
  PRIMARY KEY (`id`),
  KEY `index_eligibilities_on_feature_rank` (`feature_rank`),
  UNIQUE KEY `index_eligibilities_on_name` (`name`),
  FOREIGN KEY (`parent_id`) REFERENCES `eligibilities` (`id`)
);

CREATE TABLE `eligibilities_services` (
  `service_id` int NOT NULL,
  `eligibility_id` int NOT NULL,
  KEY `index_eligibilities_services_on_eligibility_id` (`eligibility_id`),
  KEY `index_eligibilities_services_on_service_id` (`service_id`)
);

CREATE TABLE `eligibility_relationships` (
  `parent_id` int NOT NULL,
  `child_id` int NOT NULL
);

CREATE TABLE `field_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `field_name` varchar(255),
  `field_value` varchar(255),
  `change_request_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_field_changes_on_change_request_id` (`change_request_id`),
  FOREIGN KEY (`change_request_id`) REFERENCES `change_requests` (`id`)
);

CREATE TABLE `fundings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `group_permissions` (
  `group_id` bigint NOT NULL,
  `permission_id` bigint NOT NULL,
  KEY `index_group_permissions_on_group_id_and_permission_id` (`group_id`, `permission_id`),
  KEY `index_group_permissions_on_permission_id_and_group_id` (`permission_id`, `group_id`)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_name` (`name`)
);

CREATE TABLE `keywords` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `keywords_resources` (
  `resource_id` bigint NOT NULL,
  `keyword_id` bigint NOT NULL
);

CREATE TABLE `keywords_services` (
  `service_id` bigint NOT NULL,
  `keyword_id` bigint NOT NULL
);

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `news_articles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `headline` varchar(255),
  `effective_date` datetime,
  `body` varchar(255),
  `priority` int,
  `expiration_date` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `url` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `programs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `alternate_name` varchar(255),
  `description` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resource_id` int,
  PRIMARY KEY (`id`),
  KEY `index_programs_on_resource_id` (`resource_id`)
);

CREATE TABLE `resources` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `short_description` varchar(255),
  `long_description` text,
  `website` varchar(255),
  `verified_at` datetime,
  `email` varchar(255),
  `status` int,
  `certified` tinyint(1) DEFAULT 0,
  `alternate_name` varchar(255),
  `legal_status` varchar(255),
  `contact_id` int,
  `funding_id` int,
  `certified_at` datetime,
  `featured` tinyint(1),
  `source_attribution` int DEFAULT 0,
  `internal_note` text,
  PRIMARY KEY (`id`),
  KEY `index_resources_on_contact_id` (`contact_id`),
  KEY `index_resources_on_funding_id` (`funding_id`),
  KEY `index_resources_on_updated_at_and_id` (`updated_at`, `id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`funding_id`) REFERENCES `fundings` (`id`)
);

CREATE TABLE `addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `attention` varchar(255),
  `address_1` varchar(255) NOT NULL,
  `address_2` varchar(255),
  `address_3` varchar(255),
  `address_4` varchar(255),
  `city` varchar(255) NOT NULL,
  `state_province` varchar(255) NOT NULL,
  `postal_code` varchar(255) NOT NULL,
  `resource_id` bigint,
  `latitude` decimal(65,30),
  `longitude` decimal(65,30),
  `online` tinyint(1),
  `region` varchar(255),
  `name` varchar(255),
  `description` text,
  `transportation` text,
  PRIMARY KEY (`id`),
  KEY `index_addresses_on_resource_id` (`resource_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`)
);

CREATE TABLE `phones` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `number` varchar(255) NOT NULL,
  `service_type` varchar(255) NOT NULL,
  `resource_id` bigint NOT NULL,
  `description` varchar(255),
  `service_id` int,
  `contact_id` int,
  `language_id` int,
  PRIMARY KEY (`id`),
  KEY `index_phones_on_contact_id` (`contact_id`),
  KEY `index_phones_on_language_id` (`language_id`),
  KEY `index_phones_on_resource_id` (`resource_id`),
  KEY `index_phones_on_service_id` (`service_id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`)
);

CREATE TABLE `services` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  `long_description` text,
  `eligibility` varchar(255),
  `required_documents` varchar(255),
  `fee` varchar(255),
  `application_process` text,
  `resource_id` bigint,
  `verified_at` datetime,
  `email` varchar(255),
  `status` int,
  `certified` tinyint(1) DEFAULT 0,
  `program_id` int,
  `interpretation_services` varchar(255),
  `url` varchar(255),
  `wait_time` varchar(255),
  `contact_id` int,
  `funding_id` int,
  `alternate_name` varchar(255),
  `certified_at` datetime,
  `featured` tinyint(1),
  `source_attribution` int DEFAULT 0,
  `internal_note` text,
  `short_description` varchar(255),
  `boosted_category_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_services_on_boosted_category_id` (`boosted_category_id`),
  KEY `index_services_on_contact_id` (`contact_id`),
  KEY `index_services_on_funding_id` (`funding_id`),
  KEY `index_services_on_program_id` (`program_id`),
  KEY `index_services_on_resource_id` (`resource_id`),
  FOREIGN KEY (`boosted_category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  FOREIGN KEY (`funding_id`) REFERENCES `fundings` (`id`),
  FOREIGN KEY (`program_id`) REFERENCES `programs` (`id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`)
);

CREATE TABLE `feedbacks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rating` varchar(255) NOT NULL,
  `resource_id` bigint,
  `service_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_feedbacks_on_resource_id` (`resource_id`),
  KEY `index_feedbacks_on_service_id` (`service_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
);

CREATE TABLE `instructions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `instruction` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `service_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_instructions_on_service_id` (`service_id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
);

CREATE TABLE `notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `note` text,
  `resource_id` bigint,
  `service_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_notes_on_resource_id` (`resource_id`),
  KEY `index_notes_on_service_id` (`service_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
);

CREATE TABLE `permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` int,
  `resource_id` bigint,
  `service_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_permissions_on_resource_id_and_action` (`resource_id`, `action`),
  KEY `index_permissions_on_resource_id` (`resource_id`),
  UNIQUE KEY `index_permissions_on_service_id_and_action` (`service_id`, `action`),
  KEY `index_permissions_on_service_id` (`service_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
);

CREATE TABLE `reviews` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `review` text,
  `tags` json DEFAULT '[]',
  `feedback_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_reviews_on_feedback_id` (`feedback_id`),
  FOREIGN KEY (`feedback_id`) REFERENCES `feedbacks` (`id`)
);

CREATE TABLE `schedules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `resource_id` bigint,
  `service_id` bigint,
  `hours_known` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_schedules_on_resource_id` (`resource_id`),
  KEY `index_schedules_on_service_id` (`service_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
);

CREATE TABLE `schedule_days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `day` varchar(255) NOT NULL,
  `opens_at` int,
  `closes_at` int,
  `schedule_id` bigint NOT NULL,
  `open_time` time,
  `open_day` varchar(255),
  `close_time` time,
  `close_day` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_schedule_days_on_schedule_id` (`schedule_id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `schedules` (`id`)
);

CREATE TABLE `sites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `site_code` varchar(255) DEFAULT 'sfsg',
  PRIMARY KEY (`id`)
);

CREATE TABLE `categories_sites` (
  `category_id` bigint NOT NULL,
  `site_id` bigint NOT NULL,
  KEY `index_categories_sites_on_category_id_and_site_id` (`category_id`, `site_id`),
  KEY `index_categories_sites_on_site_id_and_category_id` (`site_id`, `category_id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`)
);

CREATE TABLE `resources_sites` (
  `resource_id` bigint NOT NULL,
  `site_id` bigint NOT NULL,
  KEY `index_resources_sites_on_resource_id_and_site_id` (`resource_id`, `site_id`),
  KEY `index_resources_sites_on_site_id_and_resource_id` (`site_id`, `resource_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`)
);

CREATE TABLE `synonym_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_type` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_synonym_groups_on_group_type` (`group_type`)
);

CREATE TABLE `synonyms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `word` varchar(255),
  `synonym_group_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_synonyms_on_synonym_group_id` (`synonym_group_id`),
  KEY `index_synonyms_on_word` (`word`),
  FOREIGN KEY (`synonym_group_id`) REFERENCES `synonym_groups` (`id`)
);

CREATE TABLE `texting_recipients` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `recipient_name` varchar(255),
  `phone_number` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `textings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `texting_recipient_id` bigint NOT NULL,
  `service_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resource_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_textings_on_resource_id` (`resource_id`),
  KEY `index_textings_on_service_id` (`service_id`),
  KEY `index_textings_on_texting_recipient_id` (`texting_recipient_id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  FOREIGN KEY (`texting_recipient_id`) REFERENCES `texting_recipients` (`id`)
);

CREATE TABLE `user_groups` (
  `user_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  KEY `index_user_groups_on_group_id` (`group_id`),
  KEY `index_user_groups_on_user_id` (`user_id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organization` varchar(255),
  `user_external_id` varchar(255),
  `email` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
);

CREATE TABLE `folders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `order` int,
  `user_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_folders_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `bookmarks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order` int,
  `folder_id` bigint,
  `service_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `resource_id` bigint,
  `user_id` bigint,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_bookmarks_on_folder_id` (`folder_id`),
  KEY `index_bookmarks_on_resource_id` (`resource_id`),
  KEY `index_bookmarks_on_service_id` (`service_id`),
  KEY `index_bookmarks_on_user_id` (`user_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `saved_searches` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `name` varchar(255),
  `search` json NOT NULL DEFAULT '{}',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_saved_searches_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `volunteers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resource_id` int,
  PRIMARY KEY (`id`),
  KEY `index_volunteers_on_resource_id` (`resource_id`)
);

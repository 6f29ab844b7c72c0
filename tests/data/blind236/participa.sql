-- Participa (podemos-info/participa), the census, participation and collaboration platform of Podemos
-- Source: github.com/podemos-info/participa db/schema.rb (schema version 20210504145810, PostgreSQL),
--         commit ba54d4ceecf865892dcf5cf6ce45303eac9507d7 (AGPL-3.0-or-later)
-- Written as MySQL/MariaDB DDL by a small script: implicit `id` INT AUTO_INCREMENT first, then every column in
-- upstream's order; string -> VARCHAR(255), text -> TEXT, integer -> INT, datetime -> DATETIME, boolean -> TINYINT(1).
-- NOT NULL and scalar defaults kept; unique indexes and the two add_foreign_key constraints kept, plain indexes left out.

CREATE TABLE `active_admin_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `namespace` VARCHAR(255),
  `body` TEXT,
  `resource_id` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `author_id` INT,
  `author_type` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `slug` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `categories_posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `post_id` INT,
  `category_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `collaborations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `amount` INT,
  `frequency` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `payment_type` INT,
  `ccc_entity` INT,
  `ccc_office` INT,
  `ccc_dc` INT,
  `ccc_account` INT,
  `iban_account` VARCHAR(255),
  `iban_bic` VARCHAR(255),
  `deleted_at` DATETIME,
  `status` INT DEFAULT 2,
  `redsys_identifier` VARCHAR(255),
  `redsys_expiration` DATETIME,
  `non_user_document_vatid` VARCHAR(255),
  `non_user_email` VARCHAR(255),
  `non_user_data` TEXT,
  `for_autonomy_cc` TINYINT(1),
  `for_town_cc` TINYINT(1),
  `for_island_cc` TINYINT(1),
  `mail_send_at` DATE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `election_location_questions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `election_location_id` INT,
  `title` TEXT,
  `description` TEXT,
  `voting_system` VARCHAR(255),
  `layout` VARCHAR(255),
  `winners` INT,
  `minimum` INT,
  `maximum` INT,
  `random_order` TINYINT(1),
  `totals` VARCHAR(255),
  `options_headers` VARCHAR(255),
  `options` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `election_locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `election_id` INT,
  `location` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `agora_version` INT,
  `override` VARCHAR(255),
  `title` TEXT,
  `layout` VARCHAR(255),
  `description` TEXT,
  `share_text` VARCHAR(255),
  `theme` VARCHAR(255),
  `new_agora_version` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `elections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `agora_election_id` INT,
  `starts_at` DATETIME,
  `ends_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `close_message` TEXT,
  `scope` INT,
  `info_url` VARCHAR(255),
  `server` VARCHAR(255),
  `user_created_at_max` DATETIME,
  `priority` INT,
  `info_text` VARCHAR(255),
  `flags` INT,
  `meta_description` VARCHAR(255),
  `meta_image` VARCHAR(255),
  `counter_key` VARCHAR(255),
  `external_link` VARCHAR(255),
  `voter_id_template` VARCHAR(255),
  `election_type` INT NOT NULL DEFAULT 0,
  `census_file_file_name` VARCHAR(255),
  `census_file_content_type` VARCHAR(255),
  `census_file_file_size` INT,
  `census_file_updated_at` DATETIME,
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

CREATE TABLE `impulsa_edition_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `impulsa_edition_id` INT,
  `name` VARCHAR(255),
  `category_type` INT,
  `winners` INT,
  `prize` INT,
  `territories` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `only_authors` TINYINT(1),
  `coofficial_language` VARCHAR(255),
  `schedule_model_override_file_name` VARCHAR(255),
  `schedule_model_override_content_type` VARCHAR(255),
  `schedule_model_override_file_size` INT,
  `schedule_model_override_updated_at` DATETIME,
  `activities_resources_model_override_file_name` VARCHAR(255),
  `activities_resources_model_override_content_type` VARCHAR(255),
  `activities_resources_model_override_file_size` INT,
  `activities_resources_model_override_updated_at` DATETIME,
  `requested_budget_model_override_file_name` VARCHAR(255),
  `requested_budget_model_override_content_type` VARCHAR(255),
  `requested_budget_model_override_file_size` INT,
  `requested_budget_model_override_updated_at` DATETIME,
  `monitoring_evaluation_model_override_file_name` VARCHAR(255),
  `monitoring_evaluation_model_override_content_type` VARCHAR(255),
  `monitoring_evaluation_model_override_file_size` INT,
  `monitoring_evaluation_model_override_updated_at` DATETIME,
  `wizard` TEXT,
  `evaluation` TEXT,
  `flags` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impulsa_edition_topics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `impulsa_edition_id` INT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impulsa_editions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `start_at` DATETIME,
  `new_projects_until` DATETIME,
  `review_projects_until` DATETIME,
  `validation_projects_until` DATETIME,
  `ends_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `schedule_model_file_name` VARCHAR(255),
  `schedule_model_content_type` VARCHAR(255),
  `schedule_model_file_size` INT,
  `schedule_model_updated_at` DATETIME,
  `activities_resources_model_file_name` VARCHAR(255),
  `activities_resources_model_content_type` VARCHAR(255),
  `activities_resources_model_file_size` INT,
  `activities_resources_model_updated_at` DATETIME,
  `requested_budget_model_file_name` VARCHAR(255),
  `requested_budget_model_content_type` VARCHAR(255),
  `requested_budget_model_file_size` INT,
  `requested_budget_model_updated_at` DATETIME,
  `monitoring_evaluation_model_file_name` VARCHAR(255),
  `monitoring_evaluation_model_content_type` VARCHAR(255),
  `monitoring_evaluation_model_file_size` INT,
  `monitoring_evaluation_model_updated_at` DATETIME,
  `legal` TEXT,
  `votings_start_at` DATETIME,
  `publish_results_at` DATETIME,
  `description` TEXT,
  `email` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `impulsa_project_state_transitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `impulsa_project_id` INT,
  `namespace` VARCHAR(255),
  `event` VARCHAR(255),
  `from` VARCHAR(255),
  `to` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impulsa_project_topics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `impulsa_project_id` INT,
  `impulsa_edition_topic_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impulsa_projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `impulsa_edition_category_id` INT,
  `user_id` INT,
  `status` INT NOT NULL DEFAULT 0,
  `review_fields` VARCHAR(255),
  `additional_contact` TEXT,
  `counterpart_information` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `authority` VARCHAR(255),
  `authority_name` VARCHAR(255),
  `authority_phone` VARCHAR(255),
  `authority_email` VARCHAR(255),
  `organization_name` VARCHAR(255),
  `organization_address` TEXT,
  `organization_web` VARCHAR(255),
  `organization_nif` VARCHAR(255),
  `organization_year` INT,
  `organization_legal_name` VARCHAR(255),
  `organization_legal_nif` VARCHAR(255),
  `organization_mission` TEXT,
  `career` TEXT,
  `counterpart` VARCHAR(255),
  `territorial_context` TEXT,
  `short_description` TEXT,
  `long_description` TEXT,
  `aim` TEXT,
  `metodology` TEXT,
  `population_segment` TEXT,
  `video_link` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `logo_updated_at` DATETIME,
  `endorsement_file_name` VARCHAR(255),
  `endorsement_content_type` VARCHAR(255),
  `endorsement_file_size` INT,
  `endorsement_updated_at` DATETIME,
  `register_entry_file_name` VARCHAR(255),
  `register_entry_content_type` VARCHAR(255),
  `register_entry_file_size` INT,
  `register_entry_updated_at` DATETIME,
  `statutes_file_name` VARCHAR(255),
  `statutes_content_type` VARCHAR(255),
  `statutes_file_size` INT,
  `statutes_updated_at` DATETIME,
  `responsible_nif_file_name` VARCHAR(255),
  `responsible_nif_content_type` VARCHAR(255),
  `responsible_nif_file_size` INT,
  `responsible_nif_updated_at` DATETIME,
  `fiscal_obligations_certificate_file_name` VARCHAR(255),
  `fiscal_obligations_certificate_content_type` VARCHAR(255),
  `fiscal_obligations_certificate_file_size` INT,
  `fiscal_obligations_certificate_updated_at` DATETIME,
  `labor_obligations_certificate_file_name` VARCHAR(255),
  `labor_obligations_certificate_content_type` VARCHAR(255),
  `labor_obligations_certificate_file_size` INT,
  `labor_obligations_certificate_updated_at` DATETIME,
  `last_fiscal_year_report_of_activities_file_name` VARCHAR(255),
  `last_fiscal_year_report_of_activities_content_type` VARCHAR(255),
  `last_fiscal_year_report_of_activities_file_size` INT,
  `last_fiscal_year_report_of_activities_updated_at` DATETIME,
  `last_fiscal_year_annual_accounts_file_name` VARCHAR(255),
  `last_fiscal_year_annual_accounts_content_type` VARCHAR(255),
  `last_fiscal_year_annual_accounts_file_size` INT,
  `last_fiscal_year_annual_accounts_updated_at` DATETIME,
  `schedule_file_name` VARCHAR(255),
  `schedule_content_type` VARCHAR(255),
  `schedule_file_size` INT,
  `schedule_updated_at` DATETIME,
  `activities_resources_file_name` VARCHAR(255),
  `activities_resources_content_type` VARCHAR(255),
  `activities_resources_file_size` INT,
  `activities_resources_updated_at` DATETIME,
  `requested_budget_file_name` VARCHAR(255),
  `requested_budget_content_type` VARCHAR(255),
  `requested_budget_file_size` INT,
  `requested_budget_updated_at` DATETIME,
  `monitoring_evaluation_file_name` VARCHAR(255),
  `monitoring_evaluation_content_type` VARCHAR(255),
  `monitoring_evaluation_file_size` INT,
  `monitoring_evaluation_updated_at` DATETIME,
  `organization_type` INT,
  `scanned_nif_file_name` VARCHAR(255),
  `scanned_nif_content_type` VARCHAR(255),
  `scanned_nif_file_size` INT,
  `scanned_nif_updated_at` DATETIME,
  `home_certificate_file_name` VARCHAR(255),
  `home_certificate_content_type` VARCHAR(255),
  `home_certificate_file_size` INT,
  `home_certificate_updated_at` DATETIME,
  `bank_certificate_file_name` VARCHAR(255),
  `bank_certificate_content_type` VARCHAR(255),
  `bank_certificate_file_size` INT,
  `bank_certificate_updated_at` DATETIME,
  `coofficial_translation` TINYINT(1),
  `coofficial_name` VARCHAR(255),
  `coofficial_short_description` TEXT,
  `coofficial_video_link` VARCHAR(255),
  `total_budget` INT,
  `coofficial_territorial_context` TEXT,
  `coofficial_long_description` TEXT,
  `coofficial_aim` TEXT,
  `coofficial_metodology` TEXT,
  `coofficial_population_segment` TEXT,
  `coofficial_organization_mission` TEXT,
  `coofficial_career` TEXT,
  `evaluator1_id` INT,
  `evaluator1_invalid_reasons` TEXT,
  `evaluator1_analysis_file_name` VARCHAR(255),
  `evaluator1_analysis_content_type` VARCHAR(255),
  `evaluator1_analysis_file_size` INT,
  `evaluator1_analysis_updated_at` DATETIME,
  `evaluator2_id` INT,
  `evaluator2_invalid_reasons` TEXT,
  `evaluator2_analysis_file_name` VARCHAR(255),
  `evaluator2_analysis_content_type` VARCHAR(255),
  `evaluator2_analysis_file_size` INT,
  `evaluator2_analysis_updated_at` DATETIME,
  `votes` INT DEFAULT 0,
  `wizard_values` TEXT,
  `state` VARCHAR(255),
  `wizard_step` VARCHAR(255),
  `wizard_review` TEXT,
  `evaluator1_evaluation` TEXT,
  `evaluator2_evaluation` TEXT,
  `evaluation_result` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `microcredit_options` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `microcredit_id` INT,
  `name` VARCHAR(255),
  `parent_id` INT,
  `intern_code` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `microcredit_loans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `microcredit_id` INT,
  `amount` INT,
  `user_id` INT,
  `user_data` TEXT,
  `confirmed_at` DATETIME,
  `deleted_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `counted_at` DATETIME,
  `ip` VARCHAR(255),
  `document_vatid` VARCHAR(255),
  `discarded_at` DATETIME,
  `returned_at` DATETIME,
  `transferred_to_id` INT,
  `iban_account` VARCHAR(255),
  `iban_bic` VARCHAR(255),
  `microcredit_option_id` INT,
  `wants_information_by_email` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_microcredit_loans_microcredit_option_id` FOREIGN KEY (`microcredit_option_id`) REFERENCES `microcredit_options` (`id`)
);

CREATE TABLE `microcredits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `starts_at` DATETIME,
  `ends_at` DATETIME,
  `reset_at` DATETIME,
  `limits` TEXT,
  `deleted_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `account_number` VARCHAR(255),
  `agreement_link` VARCHAR(255),
  `contact_phone` VARCHAR(255),
  `total_goal` INT,
  `slug` VARCHAR(255),
  `subgoals` TEXT,
  `renewal_terms_file_name` VARCHAR(255),
  `renewal_terms_content_type` VARCHAR(255),
  `renewal_terms_file_size` INT,
  `renewal_terms_updated_at` DATETIME,
  `budget_link` VARCHAR(255),
  `flags` INT DEFAULT 0,
  `priority` INT DEFAULT 0,
  `bank_counted_amount` INT DEFAULT 0,
  `remarked` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_microcredits_on_slug` (`slug`)
);

CREATE TABLE `militant_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `begin_verified` DATETIME,
  `end_verified` DATETIME,
  `begin_payment` DATETIME,
  `end_payment` DATETIME,
  `payment_type` INT,
  `amount` INT,
  `is_militant` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `vote_circle_name` VARCHAR(255),
  `begin_in_vote_circle` DATETIME,
  `end_in_vote_circle` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notice_registrars` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `registration_id` VARCHAR(255),
  `status` TINYINT(1),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `body` TEXT,
  `link` VARCHAR(255),
  `final_valid_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `sent_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `orders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` INT,
  `payable_at` DATETIME,
  `payed_at` DATETIME,
  `deleted_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `user_id` INT,
  `parent_id` INT,
  `parent_type` VARCHAR(255),
  `reference` VARCHAR(255),
  `amount` INT,
  `first` TINYINT(1),
  `payment_type` INT,
  `payment_identifier` VARCHAR(255),
  `payment_response` TEXT,
  `town_code` VARCHAR(255),
  `autonomy_code` VARCHAR(255),
  `island_code` VARCHAR(255),
  `vote_circle_autonomy_code` VARCHAR(255),
  `vote_circle_town_code` VARCHAR(255),
  `vote_circle_island_code` VARCHAR(255),
  `vote_circle_id` INT,
  `target_territory` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `id_form` INT,
  `slug` VARCHAR(255),
  `require_login` TINYINT(1),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  `link` VARCHAR(255),
  `meta_description` VARCHAR(255),
  `meta_image` VARCHAR(255),
  `promoted` TINYINT(1) DEFAULT 0,
  `text_button` VARCHAR(255),
  `priority` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `participation_teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `active` TINYINT(1),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `participation_teams_users` (
  `participation_team_id` INT,
  `user_id` INT
);

CREATE TABLE `posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `content` TEXT,
  `slug` VARCHAR(255),
  `status` INT,
  `deleted_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `media_url` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `proposals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT,
  `description` TEXT,
  `votes` INT DEFAULT 0,
  `reddit_url` VARCHAR(255),
  `reddit_id` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `reddit_threshold` TINYINT(1) DEFAULT 0,
  `image_url` VARCHAR(255),
  `supports_count` INT DEFAULT 0,
  `hotness` INT DEFAULT 0,
  `author` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `report_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `proc` TEXT,
  `width` INT,
  `label` VARCHAR(255),
  `data_label` VARCHAR(255),
  `whitelist` TEXT,
  `blacklist` TEXT,
  `minimum` INT,
  `minimum_label` VARCHAR(255),
  `visualization` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `query` TEXT,
  `main_group` TEXT,
  `groups` TEXT,
  `results` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `version_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `simple_captcha_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(40),
  `value` VARCHAR(6),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `spam_filters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `code` TEXT,
  `data` TEXT,
  `query` VARCHAR(255),
  `active` TINYINT(1),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `supports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `proposal_id` INT,
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
  `born_at` DATE,
  `wants_newsletter` TINYINT(1),
  `document_type` INT,
  `document_vatid` VARCHAR(255),
  `admin` TINYINT(1),
  `address` VARCHAR(255),
  `town` VARCHAR(255),
  `province` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `country` VARCHAR(255),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `unconfirmed_email` VARCHAR(255),
  `phone` VARCHAR(255),
  `sms_confirmation_token` VARCHAR(255),
  `confirmation_sms_sent_at` DATETIME,
  `sms_confirmed_at` DATETIME,
  `has_legacy_password` TINYINT(1),
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `old_circle_data` VARCHAR(255),
  `deleted_at` DATETIME,
  `unconfirmed_phone` VARCHAR(255),
  `wants_participation` TINYINT(1),
  `vote_town` VARCHAR(255),
  `flags` INT NOT NULL DEFAULT 0,
  `participation_team_at` DATETIME,
  `sms_check_at` DATETIME,
  `vote_district` VARCHAR(255),
  `gender` VARCHAR(255),
  `wants_information_by_sms` TINYINT(1) DEFAULT 1,
  `vote_circle_id` INT,
  `vote_circle_changed_at` DATETIME,
  `qr_hash` VARCHAR(255),
  `qr_secret` VARCHAR(255),
  `qr_created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_deleted_at_and_document_vatid` (`deleted_at`, `document_vatid`),
  UNIQUE KEY `index_users_on_deleted_at_and_email` (`deleted_at`, `email`),
  UNIQUE KEY `index_users_on_deleted_at_and_phone` (`deleted_at`, `phone`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_sms_confirmation_token` (`sms_confirmation_token`)
);

CREATE TABLE `user_verifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `author_id` INT,
  `processed_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `front_vatid_file_name` VARCHAR(255),
  `front_vatid_content_type` VARCHAR(255),
  `front_vatid_file_size` INT,
  `front_vatid_updated_at` DATETIME,
  `back_vatid_file_name` VARCHAR(255),
  `back_vatid_content_type` VARCHAR(255),
  `back_vatid_file_size` INT,
  `back_vatid_updated_at` DATETIME,
  `wants_card` TINYINT(1),
  `status` INT DEFAULT 0,
  `comment` TEXT,
  `born_at` DATE,
  `priority` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_user_verifications_author_id` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vote_circles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `original_name` VARCHAR(255),
  `original_code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `code` VARCHAR(255),
  `name` VARCHAR(255),
  `island_code` VARCHAR(255),
  `region_area_id` INT,
  `town` VARCHAR(255),
  `kind` INT,
  `country_code` VARCHAR(255),
  `autonomy_code` VARCHAR(255),
  `province_code` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `election_id` INT,
  `voter_id` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  `agora_id` INT,
  `paper_authority_id` INT,
  PRIMARY KEY (`id`)
);

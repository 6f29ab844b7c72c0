-- USDR GOST (Grants Opportunity Search Tool / Grant Finder with the ARPA Reporter; U.S. Digital Response),
-- github.com/usdigitalresponse/usdr-gost commit 01095b2261644b439e1ce3631d4716fac5ab4362 (Apache-2.0). The 73 knex migrations of
-- packages/server/migrations applied to a scratch PostgreSQL 15 database; all 27 tables written as MySQL DDL from the catalog (see gost.md).

CREATE TABLE `tenants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display_name` longtext,
  `main_agency_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `uses_spoc_process` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agencies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `abbreviation` longtext,
  `parent` int(11) DEFAULT NULL,
  `warning_threshold` int(11) DEFAULT NULL DEFAULT 30,
  `danger_threshold` int(11) DEFAULT NULL DEFAULT 15,
  `tenant_id` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `agencies_tenant_id_code_unique` (`tenant_id`,`code`),
  UNIQUE KEY `agencies_tenant_id_name_unique` (`tenant_id`,`name`),
  CONSTRAINT `agencies_parent_foreign` FOREIGN KEY (`parent`) REFERENCES `agencies` (`id`),
  CONSTRAINT `agencies_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `rules` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `name` longtext,
  `role_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `tags` longtext,
  `agency_id` int(11) NOT NULL,
  `tenant_id` int(11) NOT NULL,
  `avatar_color` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  CONSTRAINT `users_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `passcode` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `expires` datetime(6) NOT NULL,
  `used` tinyint(1) NOT NULL,
  `uses` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_tokens_passcode_unique` (`passcode`),
  CONSTRAINT `access_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibility_codes` (
  `code` varchar(255) NOT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `label` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_eligibility_codes` (
  `agency_id` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`agency_id`,`code`),
  CONSTRAINT `agency_eligibility_codes_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `agency_eligibility_codes_code_foreign` FOREIGN KEY (`code`) REFERENCES `eligibility_codes` (`code`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_periods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `certified_at` datetime(6) DEFAULT NULL,
  `certified_by` int(11) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL,
  `template_filename` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_periods_tenant_id_name_unique` (`tenant_id`,`name`),
  CONSTRAINT `reporting_periods_certified_by_foreign` FOREIGN KEY (`certified_by`) REFERENCES `users` (`id`),
  CONSTRAINT `reporting_periods_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_settings` (
  `title` longtext,
  `current_reporting_period_id` int(11) DEFAULT NULL,
  `duns_number` longtext,
  `validation_rule_tags` longtext,
  `tenant_id` int(11) NOT NULL,
  CONSTRAINT `application_settings_current_reporting_period_id_foreign` FOREIGN KEY (`current_reporting_period_id`) REFERENCES `reporting_periods` (`id`),
  CONSTRAINT `application_settings_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploads` (
  `filename` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `reporting_period_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `agency_id` int(11) DEFAULT NULL,
  `validated_at` datetime(6) DEFAULT NULL,
  `validated_by` int(11) DEFAULT NULL,
  `ec_code` longtext,
  `tenant_id` int(11) NOT NULL,
  `id` char(36) NOT NULL,
  `notes` longtext,
  `invalidated_at` datetime(6) DEFAULT NULL,
  `invalidated_by` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `uploads_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `uploads_invalidated_by_foreign` FOREIGN KEY (`invalidated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `uploads_reporting_period_id_foreign` FOREIGN KEY (`reporting_period_id`) REFERENCES `reporting_periods` (`id`),
  CONSTRAINT `uploads_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `uploads_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `uploads_validated_by_foreign` FOREIGN KEY (`validated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `arpa_subrecipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tenant_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL,
  `uei` longtext,
  `tin` longtext,
  `record` longtext,
  `upload_id` char(36) DEFAULT NULL,
  `treasury_id` varchar(255) DEFAULT NULL,
  `has_been_reported` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime(6) DEFAULT NULL,
  `name` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `arpa_subrecipients_tenant_id_treasury_id_unique` (`tenant_id`,`treasury_id`),
  CONSTRAINT `arpa_subrecipients_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `arpa_subrecipients_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `arpa_subrecipients_upload_id_foreign` FOREIGN KEY (`upload_id`) REFERENCES `uploads` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grants` (
  `grant_id` varchar(255) NOT NULL,
  `grant_number` longtext,
  `title` longtext,
  `status` longtext,
  `agency_code` longtext,
  `cost_sharing` longtext,
  `cfda_list` longtext,
  `reviewer_name` longtext,
  `opportunity_category` longtext,
  `search_terms` longtext,
  `notes` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `description` longtext,
  `eligibility_codes` longtext,
  `opportunity_status` longtext,
  `revision_id` longtext,
  `title_ts` longtext,
  `description_ts` longtext,
  `funding_instrument_codes` longtext,
  `bill` longtext,
  `award_ceiling` bigint(20) DEFAULT NULL,
  `award_floor` bigint(20) DEFAULT NULL,
  `open_date` date DEFAULT NULL,
  `close_date` date DEFAULT NULL,
  `archive_date` date DEFAULT NULL,
  `funding_activity_category_codes` longtext,
  `raw_body_json` longtext,
  `close_date_explanation` longtext,
  `award_date` date DEFAULT NULL,
  `forecast_creation_date` date DEFAULT NULL,
  `fiscal_year` date DEFAULT NULL,
  `grantor_contact_name` longtext,
  `grantor_contact_phone_number` longtext,
  PRIMARY KEY (`grant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assigned_grants_agency` (
  `agency_id` int(11) NOT NULL,
  `grant_id` varchar(255) NOT NULL,
  `assigned_by` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`agency_id`,`grant_id`),
  CONSTRAINT `assigned_grants_agency_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `assigned_grants_agency_assigned_by_foreign` FOREIGN KEY (`assigned_by`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `assigned_grants_agency_grant_id_foreign` FOREIGN KEY (`grant_id`) REFERENCES `grants` (`grant_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `agency_id` int(11) NOT NULL,
  `notification_type` varchar(255) NOT NULL,
  `status` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_subscriptions_user_agency_notification_type_idx` (`user_id`,`agency_id`,`notification_type`),
  CONSTRAINT `email_subscriptions_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `email_subscriptions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grant_followers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `grant_id` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_grant_followers_grant_id_user_id` (`grant_id`,`user_id`),
  CONSTRAINT `grant_followers_grant_id_foreign` FOREIGN KEY (`grant_id`) REFERENCES `grants` (`grant_id`),
  CONSTRAINT `grant_followers_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grant_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `grant_id` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `is_published` tinyint(1) NOT NULL DEFAULT 1,
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_grant_id_user_id` (`grant_id`,`user_id`),
  CONSTRAINT `grant_notes_grant_id_foreign` FOREIGN KEY (`grant_id`) REFERENCES `grants` (`grant_id`),
  CONSTRAINT `grant_notes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grant_notes_revisions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `grant_note_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `grant_notes_revisions_grant_note_id_foreign` FOREIGN KEY (`grant_note_id`) REFERENCES `grant_notes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interested_codes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `status_code` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `interested_codes_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grants_interested` (
  `agency_id` int(11) NOT NULL,
  `grant_id` varchar(255) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `interested_code_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`agency_id`,`grant_id`),
  CONSTRAINT `grants_interested_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grants_interested_grant_id_foreign` FOREIGN KEY (`grant_id`) REFERENCES `grants` (`grant_id`) ON DELETE CASCADE,
  CONSTRAINT `grants_interested_interested_code_id_foreign` FOREIGN KEY (`interested_code_id`) REFERENCES `interested_codes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grants_interested_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grants_saved_searches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_by` int(11) NOT NULL,
  `criteria` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `grants_saved_searches_name_created_by_idx` (`name`,`created_by`),
  CONSTRAINT `grants_saved_searches_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grants_viewed` (
  `agency_id` int(11) NOT NULL,
  `grant_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`grant_id`,`agency_id`,`user_id`),
  CONSTRAINT `grants_viewed_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grants_viewed_grant_id_foreign` FOREIGN KEY (`grant_id`) REFERENCES `grants` (`grant_id`) ON DELETE CASCADE,
  CONSTRAINT `grants_viewed_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keywords` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mode` longtext NOT NULL,
  `search_term` longtext,
  `notes` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) DEFAULT NULL,
  `agency_id` int(11) DEFAULT NULL,
  `type` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `keywords_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `batch` int(11) DEFAULT NULL,
  `migration_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations_lock` (
  `index` int(11) NOT NULL AUTO_INCREMENT,
  `is_locked` int(11) DEFAULT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `agency_id` int(11) DEFAULT NULL,
  `status` longtext,
  `description` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `created_by` longtext,
  `updated_at` datetime(6) DEFAULT NULL,
  `updated_by` longtext,
  `created_in_period` int(11) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_tenant_id_code_unique` (`tenant_id`,`code`),
  UNIQUE KEY `projects_tenant_id_name_unique` (`tenant_id`,`name`),
  CONSTRAINT `projects_agency_id_foreign` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `projects_created_in_period_foreign` FOREIGN KEY (`created_in_period`) REFERENCES `reporting_periods` (`id`),
  CONSTRAINT `projects_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `period_summaries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reporting_period_id` int(11) NOT NULL,
  `project_code` varchar(255) NOT NULL,
  `award_type` longtext NOT NULL,
  `award_number` longtext NOT NULL,
  `current_obligation` decimal(19,2) NOT NULL,
  `current_expenditure` decimal(19,2) NOT NULL,
  `award_amount` decimal(19,2) DEFAULT NULL,
  `tenant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `period_summaries_reporting_period_id_foreign` FOREIGN KEY (`reporting_period_id`) REFERENCES `reporting_periods` (`id`),
  CONSTRAINT `period_summaries_tenant_id_foreign` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `period_summaries_tenant_id_project_code_foreign` FOREIGN KEY (`tenant_id`,`project_code`) REFERENCES `projects` (`tenant_id`,`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_cookie` (
  `key` varchar(255) NOT NULL,
  `cookie` longtext,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `tenants` ADD CONSTRAINT `tenants_main_agency_id_foreign` FOREIGN KEY (`main_agency_id`) REFERENCES `agencies` (`id`);

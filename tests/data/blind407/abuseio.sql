-- AbuseIO 4.x (AbuseIO Foundation) — open-source abuse management for network operators (hosting and access
-- providers): receives abuse reports, correlates them into tickets per IP address / domain, finds the responsible
-- customer (contact) from its netblocks and domains, notifies it by e-mail or API, and offers it the
-- Abuse Self-Help (ASH) page.
-- Upstream: github.com/AbuseIO/AbuseIO, commit 2fdc4963d4012f9447b2ea4d6df47dc8e36e8301 (2025-09-08;
-- database/migrations last changed in 616b13a92c733d519ffe2a5836dbf7579ac61beb), licence GPL-2.0.
-- Written by hand from the 38 Laravel migrations in database/migrations/*.php as Laravel 6's MySQL schema
-- grammar renders them (increments = int unsigned auto_increment primary key, string = varchar(255),
-- boolean = tinyint(1), timestamps()/softDeletes() = nullable timestamps, rememberToken = varchar(100) null,
-- binary = blob; index names {table}_{columns}_index/_unique/_foreign), replayed in migration order: columns
-- dropped by later migrations (contacts.auto_notify, jobs.reserved) are left out, added columns are appended
-- where Laravel appends them, the 2017 `MODIFY COLUMN ... varchar(36)` statements make the four token columns
-- nullable varchar(36). Connection charset utf8 / utf8_unicode_ci as config/database.php. The foreign keys are
-- added at the end by ALTER TABLE, as the 2016_01_26 constraints migration does (accounts and brands refer to
-- each other). The MySQL triggers of 2016_01_27 (one system brand / one system account) and the seed rows are
-- left out. Laravel's own `migrations` table is kept. All 20 tables are kept.

CREATE TABLE `migrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contacts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `reference` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `api_host` varchar(255) NOT NULL,
  `enabled` tinyint(1) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `token` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacts_reference_unique` (`reference`),
  KEY `contacts_reference_index` (`reference`),
  KEY `contacts_name_index` (`name`),
  KEY `contacts_email_index` (`email`),
  KEY `contacts_api_host_index` (`api_host`),
  KEY `contacts_account_id_index` (`account_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `netblocks` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` int unsigned NOT NULL,
  `first_ip` varchar(45) NOT NULL,
  `first_ip_int` decimal(39,0) NOT NULL,
  `last_ip` varchar(45) NOT NULL,
  `last_ip_int` decimal(39,0) NOT NULL,
  `description` varchar(255) NOT NULL,
  `enabled` tinyint(1) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `netblocks_first_ip_last_ip_unique` (`first_ip`, `last_ip`),
  UNIQUE KEY `netblocks_first_ip_int_last_ip_int_unique` (`first_ip_int`, `last_ip_int`),
  KEY `netblocks_contact_id_index` (`contact_id`),
  KEY `netblocks_enabled_index` (`enabled`),
  KEY `netblocks_first_ip_index` (`first_ip`),
  KEY `netblocks_last_ip_index` (`last_ip`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `domains` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `contact_id` int unsigned NOT NULL,
  `enabled` tinyint(1) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domains_name_unique` (`name`),
  KEY `domains_name_index` (`name`),
  KEY `domains_contact_id_index` (`contact_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tickets` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(45) NOT NULL,
  `domain` varchar(255) NOT NULL,
  `class_id` varchar(100) NOT NULL,
  `type_id` enum('INFO','ABUSE','ESCALATION') NOT NULL,
  `status_id` enum('OPEN','CLOSED','ESCALATED','IGNORED','RESOLVED') NOT NULL,
  `contact_status_id` enum('OPEN','IGNORED','RESOLVED') NOT NULL DEFAULT 'OPEN',
  `last_notify_count` int unsigned NOT NULL,
  `last_notify_timestamp` int NOT NULL,
  `ip_contact_account_id` int unsigned NOT NULL,
  `ip_contact_reference` varchar(255) NOT NULL,
  `ip_contact_name` varchar(255) NOT NULL,
  `ip_contact_email` varchar(255) NOT NULL,
  `ip_contact_api_host` varchar(255) NOT NULL,
  `ip_contact_notified_count` int unsigned NOT NULL,
  `ip_contact_auto_notify` tinyint(1) unsigned NOT NULL,
  `domain_contact_account_id` int unsigned NOT NULL,
  `domain_contact_reference` varchar(255) NOT NULL,
  `domain_contact_name` varchar(255) NOT NULL,
  `domain_contact_email` varchar(255) NOT NULL,
  `domain_contact_api_host` varchar(255) NOT NULL,
  `domain_contact_notified_count` int unsigned NOT NULL,
  `domain_contact_auto_notify` tinyint(1) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `ash_token_ip` varchar(255) NOT NULL,
  `ash_token_domain` varchar(255) NOT NULL,
  `api_token` varchar(36) DEFAULT NULL,
  `remote_api_token` varchar(36) DEFAULT NULL,
  `remote_api_url` varchar(255) DEFAULT NULL,
  `remote_ticket_id` int DEFAULT NULL,
  `remote_ash_link` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tickets_ip_index` (`ip`),
  KEY `tickets_domain_index` (`domain`),
  KEY `tickets_class_id_index` (`class_id`),
  KEY `tickets_type_id_index` (`type_id`),
  KEY `tickets_ip_contact_reference_index` (`ip_contact_reference`),
  KEY `tickets_domain_contact_reference_index` (`domain_contact_reference`),
  KEY `tickets_status_id_index` (`status_id`),
  KEY `tickets_ip_contact_account_id_index` (`ip_contact_account_id`),
  KEY `tickets_domain_contact_account_id_index` (`domain_contact_account_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `events` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` int unsigned NOT NULL,
  `evidence_id` int unsigned NOT NULL,
  `source` varchar(80) NOT NULL,
  `timestamp` int NOT NULL,
  `information` longtext NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `events_ticket_id_index` (`ticket_id`),
  KEY `events_evidence_id_index` (`evidence_id`),
  KEY `events_source_index` (`source`),
  KEY `events_timestamp_index` (`timestamp`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `evidences` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) NOT NULL,
  `sender` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `evidences_filename_unique` (`filename`),
  KEY `evidences_filename_index` (`filename`),
  KEY `evidences_sender_index` (`sender`),
  KEY `evidences_subject_index` (`subject`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `notes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` int unsigned NOT NULL,
  `submitter` varchar(80) NOT NULL,
  `text` longtext NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `viewed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notes_ticket_id_index` (`ticket_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `failed_jobs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` text NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned DEFAULT NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_reserved_at_index` (`queue`, `reserved_at`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  KEY `password_resets_email_index` (`email`),
  KEY `password_resets_token_index` (`token`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `permissions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `role_user` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `role_id` int unsigned NOT NULL,
  `user_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_user_role_id_user_id_unique` (`role_id`, `user_id`),
  KEY `role_user_role_id_index` (`role_id`),
  KEY `role_user_user_id_index` (`user_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `roles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `description` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `locale` varchar(3) NOT NULL DEFAULT 'en',
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `options` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  KEY `users_account_id_index` (`account_id`),
  KEY `users_email_index` (`email`),
  KEY `users_first_name_index` (`first_name`),
  KEY `users_last_name_index` (`last_name`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `permission_role` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `permission_id` int unsigned NOT NULL,
  `role_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permission_role_permission_id_role_id_unique` (`permission_id`, `role_id`),
  KEY `permission_role_permission_id_index` (`permission_id`),
  KEY `permission_role_role_id_index` (`role_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `description` varchar(255) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `brand_id` int unsigned NOT NULL,
  `systemaccount` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `token` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_name_unique` (`name`),
  KEY `accounts_brand_id_index` (`brand_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `brands` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `company_name` varchar(80) NOT NULL,
  `introduction_text` varchar(255) NOT NULL,
  `creator_id` int unsigned NOT NULL,
  `logo` blob NOT NULL,
  `systembrand` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `mail_custom_template` tinyint(1) NOT NULL DEFAULT 0,
  `mail_template_plain` text NOT NULL DEFAULT '',
  `mail_template_html` text NOT NULL DEFAULT '',
  `ash_custom_template` tinyint(1) NOT NULL DEFAULT 0,
  `ash_template` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `brands_name_unique` (`name`),
  KEY `brands_creator_id_index` (`creator_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ticket_graph_points` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `day_date` date NOT NULL,
  `class` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `count` int NOT NULL,
  `lifecycle` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_notification_methods` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` int NOT NULL,
  `method` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- 2016_01_26_162620_create_constraints.php
ALTER TABLE `contacts` ADD CONSTRAINT `contacts_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `netblocks` ADD CONSTRAINT `netblocks_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`);
ALTER TABLE `domains` ADD CONSTRAINT `domains_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`);
ALTER TABLE `tickets` ADD CONSTRAINT `tickets_ip_contact_account_id_foreign` FOREIGN KEY (`ip_contact_account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `tickets` ADD CONSTRAINT `tickets_domain_contact_account_id_foreign` FOREIGN KEY (`domain_contact_account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `events` ADD CONSTRAINT `events_ticket_id_foreign` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`);
ALTER TABLE `events` ADD CONSTRAINT `events_evidence_id_foreign` FOREIGN KEY (`evidence_id`) REFERENCES `evidences` (`id`);
ALTER TABLE `notes` ADD CONSTRAINT `notes_ticket_id_foreign` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`);
ALTER TABLE `users` ADD CONSTRAINT `users_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `permission_role` ADD CONSTRAINT `permission_role_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`);
ALTER TABLE `permission_role` ADD CONSTRAINT `permission_role_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`);
ALTER TABLE `accounts` ADD CONSTRAINT `accounts_brand_id_foreign` FOREIGN KEY (`brand_id`) REFERENCES `brands` (`id`);
ALTER TABLE `brands` ADD CONSTRAINT `brands_creator_id_foreign` FOREIGN KEY (`creator_id`) REFERENCES `accounts` (`id`);

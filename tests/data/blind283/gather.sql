-- Gather (gather-community/gather; Rails on PostgreSQL): community management for cohousing communities
-- (households and members, common meals and sign-ups, work-share jobs and shifts, calendars and reservations,
-- billing accounts and statements, groups and mailing lists, wiki, emergency contacts, pets, vehicles, memorials).
-- github.com/gather-community/gather, commit e61f3a1a8c914e29e657092207b0499bc590579d (MIT).
-- Source: db/schema.rb (ActiveRecord::Schema[7.0], version 2025_07_26_183249), written as MySQL by a small converter:
-- Rails' implicit `id` bigint -> BIGINT AUTO_INCREMENT, `id: :serial` -> INT AUTO_INCREMENT, `id: false` -> no id;
-- string -> VARCHAR(255) (or its limit); text -> TEXT; integer -> INT; bigint -> BIGINT; boolean -> TINYINT(1);
-- datetime -> DATETIME(6) (`precision: nil` -> DATETIME); decimal(p,s) kept; jsonb and arrays -> JSON (their
-- defaults dropped); inet -> VARCHAR(45); time -> TIME. Columns in the order of schema.rb. Unique indexes ->
-- UNIQUE KEY; add_foreign_key -> FOREIGN KEY; plain and partial indexes, check constraints left out.
-- Tables are ordered so that a referenced table comes first; the one cycle (accounts <-> statements) is closed
-- by an ALTER TABLE at the end. Where PostgreSQL lets a BIGINT reference an INT serial key, the referencing column
-- is written with the referenced key's type (InnoDB requires equal types); the list is in gather.md.
-- Left out: gdrive_migration_files, _folder_maps, _logs, _scans, _scan_tasks, gdrive_item_groups, mail_test_runs,
-- active_storage_variant_records.

CREATE TABLE `clusters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `name` varchar(20) NOT NULL,
  `sso_secret` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `communities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `abbrv` varchar(2),
  `calendar_token` varchar(255) NOT NULL,
  `cluster_id` int NOT NULL,
  `country_code` varchar(2) NOT NULL DEFAULT 'US',
  `created_at` datetime NOT NULL,
  `name` varchar(20) NOT NULL,
  `settings` json,
  `slug` varchar(255) NOT NULL,
  `sso_secret` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_communities_on_name` (`name`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `people_member_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_people_member_types_on_community_id_and_name` (`community_id`, `name`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `households` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alternate_id` varchar(255),
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `garage_nums` varchar(255),
  `keyholders` varchar(255),
  `member_type_id` bigint,
  `name` varchar(50) NOT NULL,
  `unit_num` int,
  `unit_suffix` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_households_on_community_id_and_name` (`community_id`, `name`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`member_type_id`) REFERENCES `people_member_types` (`id`)
);

CREATE TABLE `statements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `due_on` date,
  `prev_balance` decimal(10,2) NOT NULL,
  `prev_stmt_on` date,
  `reminder_sent` tinyint(1) NOT NULL DEFAULT 0,
  `total_due` decimal(10,2) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `balance_due` decimal(10,2) NOT NULL DEFAULT 0.0,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `credit_limit` decimal(10,2),
  `current_balance` decimal(10,2) NOT NULL DEFAULT 0.0,
  `due_last_statement` decimal(10,2),
  `household_id` int NOT NULL,
  `last_statement_id` int,
  `last_statement_on` date,
  `total_new_charges` decimal(10,2) NOT NULL DEFAULT 0.0,
  `total_new_credits` decimal(10,2) NOT NULL DEFAULT 0.0,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accounts_on_community_id_and_household_id` (`community_id`, `household_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  FOREIGN KEY (`last_statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `billing_templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `code` varchar(16) NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `description` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `value` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `billing_template_member_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `member_type_id` bigint NOT NULL,
  `template_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `billing_templates` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`member_type_id`) REFERENCES `people_member_types` (`id`)
);

CREATE TABLE `calendar_nodes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `abbrv` varchar(6),
  `allow_overlap` tinyint(1) NOT NULL DEFAULT 1,
  `cluster_id` int NOT NULL,
  `color` varchar(7),
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `default_calendar_view` varchar(255) NOT NULL DEFAULT 'week',
  `group_id` int,
  `guidelines` text,
  `meal_hostable` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(24) NOT NULL,
  `rank` int,
  `selected_by_default` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_calendar_nodes_on_community_id_and_name` (`community_id`, `name`),
  FOREIGN KEY (`group_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `availability` varchar(10) NOT NULL DEFAULT 'closed',
  `can_administer_email_lists` tinyint(1) NOT NULL DEFAULT 0,
  `can_moderate_email_lists` tinyint(1) NOT NULL DEFAULT 0,
  `can_request_jobs` tinyint(1) NOT NULL DEFAULT 0,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `description` varchar(255),
  `kind` varchar(32) NOT NULL DEFAULT 'committee',
  `name` varchar(64) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `meal_formulas` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `meal_calc_type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `pantry_calc_type` varchar(255) NOT NULL,
  `pantry_fee` decimal(10,4) NOT NULL,
  `pantry_reimbursement` tinyint(1) DEFAULT 0,
  `takeout` tinyint(1) NOT NULL DEFAULT 1,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `allergies` varchar(255),
  `alternate_id` varchar(255),
  `birthdate` date,
  `calendar_token` varchar(255),
  `child` tinyint(1) NOT NULL DEFAULT 0,
  `cluster_id` int NOT NULL,
  `confirmation_sent_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `created_at` datetime NOT NULL,
  `current_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `custom_data` json NOT NULL,
  `deactivated_at` datetime,
  `doctor` varchar(255),
  `email` varchar(255),
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `fake` tinyint(1) NOT NULL DEFAULT 0,
  `first_name` varchar(255) NOT NULL,
  `full_access` tinyint(1) NOT NULL DEFAULT 1,
  `google_email` varchar(255),
  `home_phone` varchar(255),
  `household_id` int NOT NULL,
  `job_choosing_proxy_id` int,
  `joined_on` date,
  `last_name` varchar(255) NOT NULL,
  `last_sign_in_at` datetime,
  `last_sign_in_ip` varchar(45),
  `medical` text,
  `mobile_phone` varchar(255),
  `paypal_email` varchar(255),
  `preferred_contact` varchar(255),
  `privacy_settings` json NOT NULL,
  `pronouns` varchar(24),
  `provider` varchar(255),
  `remember_created_at` datetime,
  `remember_token` varchar(255),
  `reset_password_sent_at` datetime,
  `reset_password_token` varchar(255),
  `school` varchar(255),
  `settings` json NOT NULL,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `uid` varchar(255),
  `unconfirmed_email` varchar(255),
  `updated_at` datetime NOT NULL,
  `work_phone` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_google_email` (`google_email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  FOREIGN KEY (`job_choosing_proxy_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `allergens` json NOT NULL,
  `auto_close_time` datetime,
  `capacity` int NOT NULL,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `creator_id` int NOT NULL,
  `dessert` text,
  `entrees` text,
  `formula_id` int NOT NULL,
  `kids` text,
  `menu_posted_at` datetime,
  `no_allergens` tinyint(1) NOT NULL DEFAULT 0,
  `notes` text,
  `served_at` datetime NOT NULL,
  `side` text,
  `status` varchar(255) NOT NULL DEFAULT 'open',
  `title` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`formula_id`) REFERENCES `meal_formulas` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `calendar_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `all_day` tinyint(1) NOT NULL DEFAULT 0,
  `calendar_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `creator_id` int,
  `ends_at` datetime NOT NULL,
  `group_id` bigint,
  `kind` varchar(255),
  `meal_id` int,
  `name` varchar(24) NOT NULL,
  `note` text,
  `sponsor_id` int,
  `starts_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`calendar_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`sponsor_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `calendar_eventlets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `all_day` tinyint(1) NOT NULL DEFAULT 0,
  `calendar_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `ends_at` datetime(6) NOT NULL,
  `event_id` int NOT NULL,
  `starts_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `calendar_events` (`id`),
  FOREIGN KEY (`calendar_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `calendar_shared_guidelines` (
  `id` int NOT NULL AUTO_INCREMENT,
  `body` text NOT NULL,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(64) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `calendar_guideline_inclusions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `calendar_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `shared_guidelines_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_reservation_guideline_inclusions` (`calendar_id`, `shared_guidelines_id`),
  FOREIGN KEY (`calendar_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`shared_guidelines_id`) REFERENCES `calendar_shared_guidelines` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `calendar_protocols` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `fixed_end_time` time,
  `fixed_start_time` time,
  `kinds` json,
  `max_days_per_year` int,
  `max_lead_days` int,
  `max_length_minutes` int,
  `max_minutes_per_year` int,
  `name` varchar(255) NOT NULL,
  `other_communities` varchar(255),
  `pre_notice` text,
  `requires_kind` tinyint(1),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `calendar_protocolings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `calendar_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `protocol_id` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `protocolings_unique` (`calendar_id`, `protocol_id`),
  FOREIGN KEY (`calendar_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`protocol_id`) REFERENCES `calendar_protocols` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attempts` int NOT NULL DEFAULT 0,
  `created_at` datetime,
  `failed_at` datetime,
  `handler` text NOT NULL,
  `last_error` text,
  `locked_at` datetime,
  `locked_by` varchar(255),
  `priority` int NOT NULL DEFAULT 0,
  `queue` varchar(255),
  `run_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `domains` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_domains_on_name` (`name`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `domain_ownerships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `domain_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_domain_ownerships_unique` (`cluster_id`, `community_id`, `domain_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`)
);

CREATE TABLE `feature_flags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `interface` varchar(255) NOT NULL DEFAULT 'basic',
  `name` varchar(255) NOT NULL,
  `status` tinyint(1),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feature_flags_on_name` (`name`)
);

CREATE TABLE `feature_flag_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `feature_flag_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feature_flag_users_on_feature_flag_id_and_user_id` (`feature_flag_id`, `user_id`),
  FOREIGN KEY (`feature_flag_id`) REFERENCES `feature_flags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `gdrive_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `org_user_id` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `gdrive_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `error_type` varchar(255),
  `external_id` varchar(255) NOT NULL,
  `gdrive_config_id` bigint NOT NULL,
  `kind` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_gdrive_items_on_external_id` (`external_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`gdrive_config_id`) REFERENCES `gdrive_configs` (`id`)
);

CREATE TABLE `gdrive_migration_operations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `contact_name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `dest_folder_id` varchar(255),
  `src_folder_id` varchar(255),
  `start_page_token` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  `webhook_channel_id` varchar(255),
  `webhook_expires_at` datetime(6),
  `webhook_resource_id` varchar(255),
  `webhook_secret` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_gdrive_migration_operations_on_community_id` (`community_id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `gdrive_migration_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `error_count` int NOT NULL DEFAULT 0,
  `file_count` int NOT NULL,
  `file_drop_drive_id` varchar(128),
  `file_drop_drive_name` varchar(128),
  `google_email` varchar(255) NOT NULL,
  `operation_id` bigint NOT NULL,
  `opt_out_reason` text,
  `status` varchar(16) NOT NULL DEFAULT 'new',
  `token` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_gdrive_migration_requests_on_file_drop_drive_id` (`file_drop_drive_id`),
  UNIQUE KEY `index_migration_requests_on_operation_id_and_google_email` (`operation_id`, `google_email`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`operation_id`) REFERENCES `gdrive_migration_operations` (`id`)
);

CREATE TABLE `gdrive_synced_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `access_level` varchar(32) NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `google_email` varchar(256) NOT NULL,
  `item_external_id` varchar(128) NOT NULL,
  `item_id` int NOT NULL COMMENT 'Deliberately not a foreign key because we want to retain ID information even after item record destroyed so we can search by ID in PermissionSyncJob.',
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL COMMENT 'Deliberately not a foreign key because we want to retain ID information even after user record destroyed so we can search by ID in PermissionSyncJob.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
);

CREATE TABLE `gdrive_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `data` text NOT NULL,
  `gdrive_config_id` bigint NOT NULL,
  `google_user_id` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`gdrive_config_id`) REFERENCES `gdrive_configs` (`id`)
);

CREATE TABLE `group_affiliations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_affiliations_on_community_id_and_group_id` (`community_id`, `group_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `group_mailman_lists` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `additional_members` json,
  `additional_senders` json,
  `all_cmty_members_can_send` tinyint(1) NOT NULL DEFAULT 1,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `domain_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `last_synced_at` datetime(6),
  `managers_can_administer` tinyint(1) NOT NULL DEFAULT 0,
  `managers_can_moderate` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `remote_id` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_mailman_lists_on_name_and_domain_id` (`name`, `domain_id`),
  UNIQUE KEY `index_group_mailman_lists_on_remote_id` (`remote_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `group_mailman_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `remote_id` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_mailman_users_on_remote_id` (`remote_id`),
  UNIQUE KEY `index_group_mailman_users_on_user_id` (`user_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `group_memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `group_id` bigint NOT NULL,
  `kind` varchar(32) NOT NULL DEFAULT 'joiner',
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_memberships_on_group_id_and_user_id` (`group_id`, `user_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meal_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `count_per_meal` int NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `description` text NOT NULL,
  `double_signups_allowed` tinyint(1) DEFAULT 0,
  `shift_end` int,
  `shift_start` int,
  `special` varchar(32),
  `time_type` varchar(32) NOT NULL DEFAULT 'date_time',
  `title` varchar(128) NOT NULL,
  `updated_at` datetime NOT NULL,
  `work_hours` decimal(6,2),
  `work_job_title` varchar(128),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `meal_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `cook_menu_reminder_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `meal_id` int NOT NULL,
  `role_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `meal_roles` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meal_costs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `ingredient_cost` decimal(10,2) NOT NULL,
  `meal_calc_type` varchar(255),
  `meal_id` int NOT NULL,
  `pantry_calc_type` varchar(255),
  `pantry_cost` decimal(10,2) NOT NULL,
  `pantry_fee` decimal(10,2),
  `payment_method` varchar(255) NOT NULL,
  `reimbursee_id` int,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`),
  FOREIGN KEY (`reimbursee_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meal_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `category` varchar(32),
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deactivated_at` datetime,
  `name` varchar(32) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `meal_cost_parts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `cost_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `type_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  `value` decimal(10,2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_cost_parts_on_type_id_and_cost_id` (`type_id`, `cost_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`cost_id`) REFERENCES `meal_costs` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `meal_types` (`id`)
);

CREATE TABLE `meal_formula_parts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `formula_id` int NOT NULL,
  `portion_size` decimal(10,2) NOT NULL,
  `rank` int NOT NULL,
  `share` decimal(10,4) NOT NULL,
  `type_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_formula_parts_on_formula_id_and_type_id` (`formula_id`, `type_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`formula_id`) REFERENCES `meal_formulas` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `meal_types` (`id`)
);

CREATE TABLE `meal_formula_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `formula_id` int NOT NULL,
  `role_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`formula_id`) REFERENCES `meal_formulas` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `meal_roles` (`id`)
);

CREATE TABLE `meal_imports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `errors_by_row` json,
  `status` varchar(255) NOT NULL DEFAULT 'queued',
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meal_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `meal_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_invitations_on_community_id_and_meal_id` (`community_id`, `meal_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`)
);

CREATE TABLE `meal_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `body` text NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `kind` varchar(255) NOT NULL DEFAULT 'normal',
  `meal_id` int NOT NULL,
  `recipient_type` varchar(255) NOT NULL,
  `sender_id` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `meal_resourcings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `calendar_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `meal_id` int NOT NULL,
  `prep_time` int NOT NULL,
  `total_time` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_resourcings_on_meal_id_and_calendar_id` (`meal_id`, `calendar_id`),
  FOREIGN KEY (`calendar_id`) REFERENCES `calendar_nodes` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`)
);

CREATE TABLE `meal_restrictions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `absence` varchar(255) NOT NULL,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `contains` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `deactivated` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `meal_signups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `comments` text,
  `created_at` datetime NOT NULL,
  `household_id` int NOT NULL,
  `meal_id` int NOT NULL,
  `notified` tinyint(1) NOT NULL DEFAULT 0,
  `takeout` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_signups_on_household_id_and_meal_id` (`household_id`, `meal_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`)
);

CREATE TABLE `meal_signup_parts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `count` int NOT NULL,
  `created_at` datetime NOT NULL,
  `signup_id` int NOT NULL,
  `type_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_meal_signup_parts_on_type_id_and_signup_id` (`type_id`, `signup_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`signup_id`) REFERENCES `meal_signups` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `meal_types` (`id`)
);

CREATE TABLE `people_emergency_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alt_phone` varchar(255),
  `cluster_id` int NOT NULL,
  `country_code` varchar(2) NOT NULL,
  `created_at` datetime NOT NULL,
  `email` varchar(255),
  `household_id` int,
  `location` varchar(255) NOT NULL,
  `main_phone` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `relationship` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
);

CREATE TABLE `people_guardianships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `child_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `guardian_id` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`child_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`guardian_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `people_memorials` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `birth_year` int,
  `cluster_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `death_year` int NOT NULL,
  `obituary` text,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_people_memorials_on_user_id` (`user_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `people_memorial_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `author_id` int NOT NULL,
  `body` text NOT NULL,
  `cluster_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `memorial_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`memorial_id`) REFERENCES `people_memorials` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `people_pets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `caregivers` varchar(255),
  `cluster_id` int NOT NULL,
  `color` varchar(255),
  `created_at` datetime NOT NULL,
  `health_issues` text,
  `household_id` int NOT NULL,
  `name` varchar(255),
  `species` varchar(255),
  `updated_at` datetime NOT NULL,
  `vet` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
);

CREATE TABLE `people_vehicles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `color` varchar(255),
  `created_at` datetime NOT NULL,
  `household_id` int NOT NULL,
  `make` varchar(255),
  `model` varchar(255),
  `plate` varchar(10),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
);

CREATE TABLE `work_periods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `auto_open_time` datetime,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `ends_on` date NOT NULL,
  `max_rounds_per_worker` int,
  `meal_job_requester_id` bigint,
  `meal_job_sync` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `phase` varchar(255) NOT NULL DEFAULT 'draft',
  `pick_type` varchar(255) NOT NULL DEFAULT 'free_for_all',
  `quota` decimal(10,2) NOT NULL DEFAULT 0.0,
  `quota_type` varchar(255) NOT NULL DEFAULT 'none',
  `round_duration` int,
  `starts_on` date NOT NULL,
  `updated_at` datetime NOT NULL,
  `workers_per_round` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_work_periods_on_community_id_and_name` (`community_id`, `name`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`meal_job_requester_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `work_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `description` text NOT NULL,
  `double_signups_allowed` tinyint(1) DEFAULT 0,
  `hours` decimal(6,2) NOT NULL,
  `hours_per_shift` decimal(6,2),
  `meal_role_id` bigint,
  `period_id` bigint NOT NULL,
  `requester_id` bigint,
  `slot_type` varchar(32) NOT NULL DEFAULT 'fixed',
  `time_type` varchar(32) NOT NULL DEFAULT 'date_time',
  `title` varchar(128) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_work_jobs_on_period_id_and_title` (`period_id`, `title`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`requester_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`meal_role_id`) REFERENCES `meal_roles` (`id`),
  FOREIGN KEY (`period_id`) REFERENCES `work_periods` (`id`)
);

CREATE TABLE `reminders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `abs_rel` varchar(255) NOT NULL DEFAULT 'relative',
  `abs_time` datetime,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `job_id` bigint,
  `note` varchar(255),
  `rel_magnitude` decimal(10,2),
  `rel_unit_sign` varchar(255),
  `role_id` bigint,
  `type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `meal_roles` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `work_jobs` (`id`)
);

CREATE TABLE `work_shifts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assignments_count` int NOT NULL DEFAULT 0,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `ends_at` datetime,
  `job_id` bigint NOT NULL,
  `meal_id` int,
  `slots` int NOT NULL,
  `starts_at` datetime,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_work_shifts_on_job_id_and_starts_at_and_ends_at` (`job_id`, `starts_at`, `ends_at`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `work_jobs` (`id`)
);

CREATE TABLE `reminder_deliveries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `deliver_at` datetime NOT NULL,
  `meal_id` int,
  `reminder_id` bigint NOT NULL,
  `shift_id` bigint,
  `type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`meal_id`) REFERENCES `meals` (`id`),
  FOREIGN KEY (`reminder_id`) REFERENCES `reminders` (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `work_shifts` (`id`)
);

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `name` varchar(255),
  `resource_id` int,
  `resource_type` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscription_intents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `address_city` varchar(255) NOT NULL,
  `address_country` varchar(255) NOT NULL,
  `address_line1` varchar(255) NOT NULL,
  `address_line2` varchar(255),
  `address_postal_code` varchar(255),
  `address_state` varchar(255),
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `currency` varchar(255) NOT NULL,
  `discount_percent` decimal(6,2),
  `months_per_period` int NOT NULL,
  `payment_method_types` json NOT NULL,
  `price_per_user_cents` int NOT NULL,
  `quantity` int NOT NULL,
  `start_date` date,
  `tier` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subscription_intents_on_community_id` (`community_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `stripe_id` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subscriptions_on_community_id` (`community_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account_id` int NOT NULL,
  `cluster_id` int NOT NULL,
  `code` varchar(16) NOT NULL,
  `created_at` datetime NOT NULL,
  `description` varchar(255) NOT NULL,
  `incurred_on` date NOT NULL,
  `quantity` int,
  `statement_id` int,
  `statementable_id` int,
  `statementable_type` varchar(32),
  `unit_price` decimal(10,2),
  `updated_at` datetime NOT NULL,
  `value` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`statement_id`) REFERENCES `statements` (`id`)
);

CREATE TABLE `users_roles` (
  `role_id` int,
  `user_id` int,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `wiki_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `community_id` int NOT NULL,
  `content` text,
  `created_at` datetime NOT NULL,
  `creator_id` int,
  `data_source` text,
  `editable_by` varchar(255) NOT NULL DEFAULT 'everyone',
  `role` varchar(255),
  `slug` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `updater_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_wiki_pages_on_community_id_and_slug` (`community_id`, `slug`),
  UNIQUE KEY `index_wiki_pages_on_community_id_and_title` (`community_id`, `title`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `wiki_page_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `comment` varchar(255),
  `content` text,
  `number` int NOT NULL,
  `page_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `updater_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_wiki_page_versions_on_page_id_and_number` (`page_id`, `number`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`page_id`) REFERENCES `wiki_pages` (`id`)
);

CREATE TABLE `work_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `preassigned` tinyint(1) NOT NULL DEFAULT 0,
  `shift_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `work_shifts` (`id`)
);

CREATE TABLE `work_meal_job_sync_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int,
  `created_at` datetime(6) NOT NULL,
  `formula_id` int NOT NULL,
  `period_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `work_meal_job_sync_settings_uniq` (`formula_id`, `role_id`, `period_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`formula_id`) REFERENCES `meal_formulas` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `meal_roles` (`id`),
  FOREIGN KEY (`period_id`) REFERENCES `work_periods` (`id`)
);

CREATE TABLE `work_shares` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cluster_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `period_id` bigint NOT NULL,
  `portion` decimal(4,3) NOT NULL DEFAULT 1.0,
  `priority` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_work_shares_on_period_id_and_user_id` (`period_id`, `user_id`),
  FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`period_id`) REFERENCES `work_periods` (`id`)
);

-- foreign keys closing a cycle (written after both tables exist)
ALTER TABLE `statements` ADD FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);

-- Monica (personal relationship manager / personal CRM, Laravel; the 5.x rewrite on the main branch, "Chandler"):
-- users of an account (tenant) and the vaults they share; contacts (the people a user keeps track of: names,
-- nickname, maiden name, gender, pronoun, religion, job and company, avatar, vCard) with their addresses,
-- contact information (e-mails, phones, social handles), relationships, pets, groups, labels, important dates
-- (birthdate, deceased date), reminders and the notification channels and sent notifications that deliver them,
-- notes, tasks, calls, loans and debts, life events and timeline events with their participants, mood tracking,
-- files (photos, documents, avatars) and the contact's activity feed; sessions, password resets, Sanctum API
-- tokens, WebAuthn keys, social-login OAuth tokens, CardDAV address-book subscriptions, failed jobs; lookups
-- (genders, religions, emotions, contact information types, relationship types, important date types, mood
-- parameters) and configuration (accounts, vaults, labels).
-- Upstream: github.com/monicahq/monica, branch main, commit e08e91734170b6bbd582cb578532c3948196124e
-- (2025-08-30), licence AGPL-3.0. Files: database/migrations/*.php (74 Laravel migrations replayed: columns added
-- by later migrations written into their table at their `->after()` position, guarded re-adds skipped) and
-- written as the MySQL DDL Laravel generates: id() -> bigint unsigned auto_increment primary key, uuid ->
-- char(36) (accounts, users, vaults and contacts are keyed by uuids, so foreignIdFor() on them is char(36)),
-- string -> varchar(255) unless a length is given, boolean -> tinyint(1), timestamps -> nullable created_at and
-- updated_at, softDeletes -> nullable deleted_at, morphs -> <name>_type varchar(255) + <name>_id char(36)
-- (Builder::defaultMorphKeyType('uuid')), nullableNumericMorphs -> nullable varchar(255) + bigint unsigned;
-- constants used as defaults resolved from app/Models. password_resets is the table named by
-- config/auth.php. Upstream has no column comments. Foreign keys kept with Laravel's names; left out: non-unique
-- and full-text indexes, ON DELETE clauses, the seed data, and the foreign keys to tables left out
-- (vaults.default_template_id, contacts.pronoun_id and template_id, addresses.address_type_id,
-- relationship_types.relationship_group_type_id, pets.pet_category_id, loans.currency_id, calls.call_reason_id,
-- life_events.life_event_type_id and currency_id, groups.group_type_id, contact_group.group_type_role_id,
-- addressbook_subscriptions.sync_token_id and last_batch).
-- Tables left out: templates, template_pages, modules, module_template_page, module_rows, module_row_fields,
-- pronouns, address_types, group_types, group_type_roles, relationship_group_types, pet_categories,
-- call_reason_types, call_reasons, life_event_categories, life_event_types, gift_occasions, gift_states, gifts,
-- contact_gift, goals, streaks, currencies, account_currency, contact_reminder_scheduled, journals, posts,
-- post_sections, post_templates, post_template_sections, contact_post, tags, post_tag, slice_of_lives,
-- journal_metrics, post_metrics, life_metrics, contact_life_metric, vault_quick_facts_templates, quick_facts,
-- sync_tokens, jobs, job_batches, cache, cache_locks, crons, logs, telescope_*, pulse_*.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `accounts` (
  `id` char(36) NOT NULL,
  `storage_limit_in_mb` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `first_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `password` varchar(255) NULL,
  `two_factor_secret` text NULL,
  `two_factor_recovery_codes` text NULL,
  `two_factor_confirmed_at` timestamp NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL,
  `name_order` varchar(255) NOT NULL DEFAULT '%first_name% %last_name%',
  `contact_sort_order` varchar(255) NOT NULL DEFAULT 'last_updated',
  `date_format` varchar(255) NOT NULL DEFAULT 'MMM DD, YYYY',
  `timezone` varchar(255) NULL,
  `number_format` varchar(8) NOT NULL DEFAULT 'locale',
  `default_map_site` varchar(255) NOT NULL DEFAULT 'open_street_maps',
  `distance_format` varchar(255) NOT NULL DEFAULT 'mi',
  `is_account_administrator` tinyint(1) NOT NULL DEFAULT '0',
  `is_instance_administrator` tinyint(1) NOT NULL DEFAULT '0',
  `help_shown` tinyint(1) NOT NULL DEFAULT '1',
  `invitation_code` varchar(255) NULL,
  `invitation_accepted_at` datetime NULL,
  `locale` varchar(255) NOT NULL DEFAULT 'en',
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  CONSTRAINT `users_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `vaults` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NULL,
  `default_template_id` bigint unsigned NULL,
  `default_activity_tab` varchar(255) NOT NULL DEFAULT 'activity',
  `show_group_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_tasks_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_files_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_journal_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_companies_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_reports_tab` tinyint(1) NOT NULL DEFAULT '1',
  `show_calendar_tab` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `vaults_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `user_vault` (
  `vault_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `contact_id` char(36) NOT NULL,
  `permission` int NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `user_vault_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`),
  CONSTRAINT `user_vault_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_vault_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `genders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `name_translation_key` varchar(255) NULL,
  `type` char(1) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `genders_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `religions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `translation_key` varchar(255) NULL,
  `position` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `religions_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `companies` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `companies_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contacts` (
  `id` char(36) NOT NULL,
  `vault_id` char(36) NOT NULL,
  `gender_id` bigint unsigned NULL,
  `pronoun_id` bigint unsigned NULL,
  `template_id` bigint unsigned NULL,
  `company_id` bigint unsigned NULL,
  `file_id` bigint unsigned NULL,
  `religion_id` bigint unsigned NULL,
  `first_name` varchar(255) NULL,
  `middle_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `nickname` varchar(255) NULL,
  `maiden_name` varchar(255) NULL,
  `suffix` varchar(255) NULL,
  `prefix` varchar(255) NULL,
  `job_position` varchar(255) NULL,
  `can_be_deleted` tinyint(1) NOT NULL DEFAULT '1',
  `show_quick_facts` tinyint(1) NOT NULL DEFAULT '0',
  `listed` tinyint(1) NOT NULL DEFAULT '1',
  `vcard` mediumtext NULL,
  `distant_uuid` varchar(256) NULL,
  `distant_etag` varchar(256) NULL,
  `distant_uri` varchar(2096) NULL,
  `last_updated_at` datetime NULL,
  `deleted_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`),
  CONSTRAINT `contacts_gender_id_foreign` FOREIGN KEY (`gender_id`) REFERENCES `genders` (`id`),
  CONSTRAINT `contacts_company_id_foreign` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`),
  CONSTRAINT `contacts_file_id_foreign` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `contacts_religion_id_foreign` FOREIGN KEY (`religion_id`) REFERENCES `religions` (`id`)
);

CREATE TABLE `contact_vault_user` (
  `contact_id` char(36) NOT NULL,
  `vault_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `number_of_views` int NOT NULL,
  `is_favorite` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `contact_vault_user_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_vault_user_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`),
  CONSTRAINT `contact_vault_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `addresses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `address_type_id` bigint unsigned NULL,
  `line_1` varchar(255) NULL,
  `line_2` varchar(255) NULL,
  `city` varchar(255) NULL,
  `province` varchar(255) NULL,
  `postal_code` varchar(255) NULL,
  `country` varchar(255) NULL,
  `latitude` double NULL,
  `longitude` double NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `addresses_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contact_address` (
  `contact_id` char(36) NOT NULL,
  `address_id` bigint unsigned NOT NULL,
  `is_past_address` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `contact_address_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_address_address_id_foreign` FOREIGN KEY (`address_id`) REFERENCES `addresses` (`id`)
);

CREATE TABLE `contact_information_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `name_translation_key` varchar(255) NULL,
  `protocol` varchar(255) NULL,
  `can_be_deleted` tinyint(1) NOT NULL DEFAULT '1',
  `type` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_information_types_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `contact_information` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `type_id` bigint unsigned NOT NULL,
  `data` varchar(255) NOT NULL,
  `kind` varchar(255) NULL,
  `pref` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_information_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_information_type_id_foreign` FOREIGN KEY (`type_id`) REFERENCES `contact_information_types` (`id`)
);

CREATE TABLE `relationship_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `relationship_group_type_id` bigint unsigned NOT NULL,
  `name` varchar(255) NULL,
  `name_translation_key` varchar(255) NULL,
  `name_reverse_relationship` varchar(255) NULL,
  `name_reverse_relationship_translation_key` varchar(255) NULL,
  `type` varchar(255) NULL,
  `can_be_deleted` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `relationships` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `relationship_type_id` bigint unsigned NOT NULL,
  `contact_id` char(36) NOT NULL,
  `related_contact_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `relationships_relationship_type_id_foreign` FOREIGN KEY (`relationship_type_id`) REFERENCES `relationship_types` (`id`),
  CONSTRAINT `relationships_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `relationships_related_contact_id_foreign` FOREIGN KEY (`related_contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `pets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NULL,
  `contact_id` char(36) NOT NULL,
  `pet_category_id` bigint unsigned NOT NULL,
  `name` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pets_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `contact_feed_items` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `author_id` char(36) NULL,
  `contact_id` char(36) NOT NULL,
  `action` varchar(255) NOT NULL,
  `description` varchar(255) NULL,
  `feedable_type` varchar(255) NULL,
  `feedable_id` bigint unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_feed_items_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `contact_feed_items_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `labels` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` text NULL,
  `bg_color` varchar(255) NOT NULL DEFAULT 'bg-zinc-200',
  `text_color` varchar(255) NOT NULL DEFAULT 'text-zinc-700',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `labels_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contact_label` (
  `label_id` bigint unsigned NOT NULL,
  `contact_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `contact_label_label_id_foreign` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`),
  CONSTRAINT `contact_label_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `emotions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NULL,
  `name_translation_key` varchar(255) NULL,
  `type` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `emotions_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `notes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `vault_id` char(36) NOT NULL,
  `author_id` char(36) NULL,
  `emotion_id` bigint unsigned NULL,
  `title` varchar(255) NULL,
  `body` text NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `notes_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`),
  CONSTRAINT `notes_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `notes_emotion_id_foreign` FOREIGN KEY (`emotion_id`) REFERENCES `emotions` (`id`)
);

CREATE TABLE `contact_important_date_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `label` varchar(255) NOT NULL,
  `internal_type` varchar(255) NULL,
  `can_be_deleted` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_important_date_types_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contact_important_dates` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `uuid` char(36) NULL,
  `vcalendar` mediumtext NULL,
  `distant_uuid` varchar(256) NULL,
  `distant_etag` varchar(256) NULL,
  `distant_uri` varchar(2096) NULL,
  `contact_important_date_type_id` bigint unsigned NULL,
  `label` varchar(255) NOT NULL,
  `day` int NULL,
  `month` int NULL,
  `year` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_important_dates_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_important_dates_contact_important_date_type_id_foreign` FOREIGN KEY (`contact_important_date_type_id`) REFERENCES `contact_important_date_types` (`id`)
);

CREATE TABLE `contact_reminders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `label` varchar(255) NOT NULL,
  `day` int NULL,
  `month` int NULL,
  `year` int NULL,
  `type` varchar(255) NOT NULL,
  `frequency_number` int NULL,
  `last_triggered_at` datetime NULL,
  `number_times_triggered` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_reminders_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `user_notification_channels` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` char(36) NULL,
  `type` varchar(255) NOT NULL,
  `label` varchar(255) NULL,
  `content` text NOT NULL,
  `preferred_time` time NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `fails` int NOT NULL DEFAULT '0',
  `verified_at` datetime NULL,
  `verification_token` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_notification_sent` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_notification_channel_id` bigint unsigned NOT NULL,
  `sent_at` datetime NOT NULL,
  `subject_line` varchar(255) NOT NULL,
  `payload` text NULL,
  `error` longtext NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_notification_sent_user_notification_channel_id_foreign` FOREIGN KEY (`user_notification_channel_id`) REFERENCES `user_notification_channels` (`id`)
);

CREATE TABLE `files` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `fileable_type` varchar(255) NULL,
  `fileable_id` bigint unsigned NULL,
  `ufileable_id` char(36) NULL,
  `uuid` varchar(255) NOT NULL,
  `original_url` varchar(255) NULL,
  `cdn_url` varchar(255) NULL,
  `mime_type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `size` int NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `loans` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `amount_lent` int NULL,
  `currency_id` bigint unsigned NULL,
  `loaned_at` datetime NULL,
  `settled` tinyint(1) NOT NULL DEFAULT '0',
  `settled_at` datetime NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `loans_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contact_loan` (
  `loan_id` bigint unsigned NOT NULL,
  `loaner_id` char(36) NOT NULL,
  `loanee_id` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `contact_loan_loan_id_foreign` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  CONSTRAINT `contact_loan_loaner_id_foreign` FOREIGN KEY (`loaner_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_loan_loanee_id_foreign` FOREIGN KEY (`loanee_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `contact_tasks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `author_id` char(36) NULL,
  `uuid` char(36) NULL,
  `vcalendar` mediumtext NULL,
  `distant_uuid` varchar(256) NULL,
  `distant_etag` varchar(256) NULL,
  `distant_uri` varchar(2096) NULL,
  `author_name` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `description` text NULL,
  `completed` tinyint(1) NOT NULL DEFAULT '0',
  `completed_at` datetime NULL,
  `due_at` datetime NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_tasks_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `contact_tasks_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `calls` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `call_reason_id` bigint unsigned NULL,
  `author_id` char(36) NULL,
  `emotion_id` bigint unsigned NULL,
  `author_name` varchar(255) NOT NULL,
  `called_at` datetime NOT NULL,
  `duration` int NULL,
  `type` varchar(255) NOT NULL,
  `description` text NULL,
  `answered` tinyint(1) NOT NULL DEFAULT '1',
  `who_initiated` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `calls_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `calls_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `calls_emotion_id_foreign` FOREIGN KEY (`emotion_id`) REFERENCES `emotions` (`id`)
);

CREATE TABLE `timeline_events` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `started_at` date NOT NULL,
  `label` varchar(255) NULL,
  `collapsed` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `timeline_events_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `life_events` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `timeline_event_id` bigint unsigned NOT NULL,
  `life_event_type_id` bigint unsigned NOT NULL,
  `emotion_id` bigint unsigned NULL,
  `happened_at` date NOT NULL,
  `collapsed` tinyint(1) NOT NULL DEFAULT '0',
  `summary` varchar(255) NULL,
  `description` text NULL,
  `costs` int NULL,
  `currency_id` bigint unsigned NULL,
  `paid_by_contact_id` char(36) NULL,
  `duration_in_minutes` int NULL,
  `distance` int NULL,
  `distance_unit` char(2) NULL,
  `from_place` varchar(255) NULL,
  `to_place` varchar(255) NULL,
  `place` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `life_events_timeline_event_id_foreign` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`),
  CONSTRAINT `life_events_emotion_id_foreign` FOREIGN KEY (`emotion_id`) REFERENCES `emotions` (`id`),
  CONSTRAINT `life_events_paid_by_contact_id_foreign` FOREIGN KEY (`paid_by_contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `life_event_participants` (
  `contact_id` char(36) NOT NULL,
  `life_event_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `life_event_participants_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `life_event_participants_life_event_id_foreign` FOREIGN KEY (`life_event_id`) REFERENCES `life_events` (`id`)
);

CREATE TABLE `mood_tracking_parameters` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vault_id` char(36) NOT NULL,
  `label` varchar(255) NULL,
  `label_translation_key` varchar(255) NULL,
  `hex_color` varchar(255) NOT NULL,
  `position` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mood_tracking_parameters_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `mood_tracking_events` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` char(36) NOT NULL,
  `mood_tracking_parameter_id` bigint unsigned NOT NULL,
  `rated_at` datetime NOT NULL,
  `note` text NULL,
  `number_of_hours_slept` int NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mood_tracking_events_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `mood_tracking_events_mood_tracking_parameter_id_foreign` FOREIGN KEY (`mood_tracking_parameter_id`) REFERENCES `mood_tracking_parameters` (`id`)
);

CREATE TABLE `groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NULL,
  `vault_id` char(36) NOT NULL,
  `group_type_id` bigint unsigned NULL,
  `name` varchar(255) NOT NULL,
  `vcard` mediumtext NULL,
  `distant_uuid` varchar(256) NULL,
  `distant_etag` varchar(256) NULL,
  `distant_uri` varchar(2096) NULL,
  `deleted_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `contact_group` (
  `group_id` bigint unsigned NOT NULL,
  `contact_id` char(36) NOT NULL,
  `group_type_role_id` bigint unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  CONSTRAINT `contact_group_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `contact_group_contact_id_foreign` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` char(36) NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL
);

CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL,
  `last_used_at` timestamp NULL,
  `expires_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
);

CREATE TABLE `webauthn_keys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT 'key',
  `credentialId` varchar(768) NOT NULL,
  `type` varchar(255) NOT NULL,
  `transports` text NOT NULL,
  `attestationType` varchar(255) NOT NULL,
  `trustPath` text NOT NULL,
  `aaguid` text NOT NULL,
  `credentialPublicKey` text NOT NULL,
  `counter` bigint unsigned NOT NULL,
  `used_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webauthn_keys_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` char(36) NOT NULL,
  `driver_id` varchar(256) NOT NULL,
  `driver` varchar(50) NOT NULL,
  `format` char(6) NOT NULL,
  `email` varchar(1024) NULL,
  `token` varchar(4096) NOT NULL,
  `token_secret` varchar(2048) NULL,
  `refresh_token` varchar(2048) NULL,
  `expires_in` bigint unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `addressbook_subscriptions` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `vault_id` char(36) NOT NULL,
  `uri` varchar(2096) NOT NULL,
  `username` varchar(1024) NOT NULL,
  `password` varchar(2048) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `sync_way` tinyint unsigned NOT NULL DEFAULT '3',
  `capabilities` varchar(2048) NOT NULL,
  `distant_sync_token` varchar(512) NULL,
  `last_batch` varchar(255) NULL,
  `current_logid` bigint unsigned NULL,
  `sync_token_id` bigint unsigned NULL,
  `frequency` smallint NOT NULL DEFAULT '180',
  `last_synchronized_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `addressbook_subscriptions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `addressbook_subscriptions_vault_id_foreign` FOREIGN KEY (`vault_id`) REFERENCES `vaults` (`id`)
);

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
);

-- Hitobito: association / club member management (people, roles in groups, events and participations, contact data, invoices, mailing lists, messages)
-- Upstream: github.com/hitobito/hitobito db/schema.rb (ActiveRecord::Schema[8.0], version 2026_07_08_160000), commit f040bafbe064cc52dc85903a80330ac4d9d55874
-- Licence: AGPL-3.0. Trimmed to 45 of 109 tables; Rails schema written as MySQL DDL (string->varchar, boolean->tinyint(1),
-- jsonb/array->json, datetime precision kept); every column of each kept table kept, indexes omitted.

CREATE TABLE `additional_addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contactable_type` varchar(255),
  `contactable_id` bigint,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `street` varchar(255) NOT NULL,
  `housenumber` varchar(20),
  `zip_code` varchar(255) NOT NULL,
  `town` varchar(255) NOT NULL,
  `country` varchar(255) NOT NULL,
  `address_care_of` varchar(255),
  `postbox` varchar(255),
  `invoices` tinyint(1) NOT NULL DEFAULT 0,
  `uses_contactable_name` tinyint(1) NOT NULL DEFAULT 1,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `additional_emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contactable_type` varchar(255) NOT NULL,
  `contactable_id` int NOT NULL,
  `email` varchar(255) NOT NULL,
  `label` varchar(255),
  `public` tinyint(1) NOT NULL DEFAULT 1,
  `mailings` tinyint(1) NOT NULL DEFAULT 1,
  `invoices` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `street_short` varchar(128) NOT NULL,
  `street_short_old` varchar(128) NOT NULL,
  `street_long` varchar(128) NOT NULL,
  `street_long_old` varchar(128) NOT NULL,
  `town` varchar(128) NOT NULL,
  `zip_code` varchar(255) NOT NULL,
  `state` varchar(128) NOT NULL,
  `numbers` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bounces` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `count` int NOT NULL DEFAULT 0,
  `blocked_at` datetime(6),
  `mailing_list_ids` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `participation_id` int NOT NULL,
  `question_id` int NOT NULL,
  `answer` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority_1_id` int NOT NULL,
  `priority_2_id` int,
  `priority_3_id` int,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `rejected` tinyint(1) NOT NULL DEFAULT 0,
  `waiting_list` tinyint(1) NOT NULL DEFAULT 0,
  `waiting_list_comment` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_dates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `label` varchar(255),
  `start_at` datetime,
  `finish_at` datetime,
  `location` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_guests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `main_applicant_id` bigint NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `nickname` varchar(255),
  `company_name` varchar(255),
  `company` tinyint(1),
  `email` varchar(255),
  `address_care_of` varchar(255),
  `street` varchar(255),
  `housenumber` varchar(255),
  `postbox` varchar(255),
  `zip_code` varchar(255),
  `town` varchar(255),
  `country` varchar(255),
  `gender` varchar(255),
  `birthday` date,
  `phone_number` varchar(255),
  `language` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_invitations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `participation_type` varchar(255) NOT NULL,
  `declined_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `event_id` bigint NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_kinds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `minimum_age` int,
  `kind_category_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_participations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `participant_id` int NOT NULL,
  `additional_information` text,
  `created_at` datetime,
  `updated_at` datetime,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `application_id` int,
  `qualified` tinyint(1),
  `participant_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `multiple_choices` tinyint(1) NOT NULL DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) NOT NULL,
  `sensitive` tinyint(1) NOT NULL DEFAULT 1,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `template_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `participation_id` int NOT NULL,
  `label` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_translations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  `description` text,
  `application_conditions` text,
  `signature_confirmation_text` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `number` varchar(255),
  `motto` varchar(255),
  `cost` varchar(255),
  `maximum_participants` int,
  `contact_id` int,
  `location` text,
  `application_opening_at` date,
  `application_closing_at` date,
  `kind_id` int,
  `state` varchar(60),
  `priorization` tinyint(1) NOT NULL DEFAULT 0,
  `requires_approval` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `participant_count` int DEFAULT 0,
  `application_contact_id` int,
  `external_applications` tinyint(1) DEFAULT 0,
  `applicant_count` int DEFAULT 0,
  `teamer_count` int DEFAULT 0,
  `signature` tinyint(1),
  `signature_confirmation` tinyint(1),
  `creator_id` int,
  `updater_id` int,
  `applications_cancelable` tinyint(1) NOT NULL DEFAULT 0,
  `required_contact_attrs` text,
  `hidden_contact_attrs` text,
  `display_booking_info` tinyint(1) NOT NULL DEFAULT 1,
  `participations_visible` tinyint(1) NOT NULL DEFAULT 0,
  `waiting_list` tinyint(1) NOT NULL DEFAULT 1,
  `globally_visible` tinyint(1),
  `shared_access_token` varchar(255),
  `notify_contact_on_participations` tinyint(1) NOT NULL DEFAULT 0,
  `training_days` decimal(5,2),
  `minimum_participants` int,
  `automatic_assignment` tinyint(1) NOT NULL DEFAULT 0,
  `visible_contact_attributes` varchar(255) DEFAULT '["name", "address", "phone_number", "email", "social_account"]',
  `guest_limit` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_members` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint NOT NULL,
  `kind` varchar(255) NOT NULL,
  `other_id` bigint NOT NULL,
  `family_key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int,
  `lft` int,
  `rgt` int,
  `name` varchar(255),
  `short_name` varchar(31),
  `type` varchar(255) NOT NULL,
  `email` varchar(255),
  `zip_code` varchar(255),
  `town` varchar(255),
  `country` varchar(255),
  `contact_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `layer_group_id` int,
  `creator_id` int,
  `updater_id` int,
  `deleter_id` int,
  `require_person_add_requests` tinyint(1) NOT NULL DEFAULT 0,
  `description` text,
  `archived_at` datetime,
  `self_registration_role_type` varchar(255),
  `self_registration_notification_email` varchar(255),
  `privacy_policy` varchar(255),
  `nextcloud_url` varchar(255),
  `main_self_registration_group` tinyint(1) NOT NULL DEFAULT 0,
  `encrypted_text_message_username` varchar(255),
  `encrypted_text_message_password` varchar(255),
  `text_message_provider` varchar(255) NOT NULL DEFAULT 'aspsms',
  `text_message_originator` varchar(255),
  `letter_address_position` varchar(255) NOT NULL DEFAULT 'left',
  `self_registration_require_adult_consent` tinyint(1) NOT NULL DEFAULT 0,
  `street` varchar(255),
  `housenumber` varchar(20),
  `address_care_of` varchar(255),
  `postbox` varchar(255),
  `language` varchar(255) NOT NULL DEFAULT 'de',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hitobito_log_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `category` varchar(255) NOT NULL,
  `level` int NOT NULL,
  `message` text NOT NULL,
  `subject_type` varchar(255),
  `subject_id` bigint,
  `payload` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_configs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence_number` int NOT NULL DEFAULT 1,
  `due_days` int NOT NULL DEFAULT 30,
  `group_id` int NOT NULL,
  `address` text,
  `payment_information` text,
  `account_number` varchar(255),
  `iban` varchar(255),
  `payment_slip` varchar(255) NOT NULL DEFAULT 'qr',
  `beneficiary` text,
  `payee` text,
  `participant_number` varchar(255),
  `email` varchar(255),
  `vat_number` varchar(255),
  `currency` varchar(255) NOT NULL DEFAULT 'CHF',
  `donation_calculation_year_amount` int,
  `donation_increase_percentage` int,
  `sender_name` varchar(255),
  `logo_position` varchar(255) NOT NULL DEFAULT 'disabled',
  `reference_prefix` int,
  `payee_name` varchar(255),
  `payee_street` varchar(255),
  `payee_housenumber` varchar(255),
  `payee_zip_code` varchar(255),
  `payee_town` varchar(255),
  `payee_country` varchar(255) DEFAULT 'CH',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int NOT NULL,
  `description` text,
  `vat_rate` decimal(5,2),
  `unit_cost` decimal(12,2),
  `count` int DEFAULT 1,
  `cost_center` varchar(255),
  `account` varchar(255),
  `type` varchar(255) NOT NULL DEFAULT 'InvoiceItem',
  `cost` decimal(12,2),
  `dynamic_cost_parameters` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `sequence_number` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'draft',
  `esr_number` varchar(255) NOT NULL,
  `description` text,
  `recipient_email` varchar(255),
  `deprecated_recipient_address` text,
  `sent_at` date,
  `due_at` date,
  `group_id` int NOT NULL,
  `recipient_id` int,
  `total` decimal(12,2),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `account_number` varchar(255),
  `address` text,
  `issued_at` date,
  `iban` varchar(255),
  `payment_purpose` text,
  `payment_information` text,
  `payment_slip` varchar(255) NOT NULL DEFAULT 'ch_es',
  `beneficiary` text,
  `deprecated_payee` text,
  `participant_number` varchar(255),
  `creator_id` int,
  `vat_number` varchar(255),
  `currency` varchar(255) NOT NULL DEFAULT 'CHF',
  `invoice_run_id` bigint,
  `reference` varchar(255) NOT NULL,
  `hide_total` tinyint(1) NOT NULL DEFAULT 0,
  `recipient_street` varchar(255),
  `recipient_housenumber` varchar(255),
  `recipient_zip_code` varchar(255),
  `recipient_town` varchar(255),
  `recipient_country` varchar(255),
  `payee_name` varchar(255),
  `payee_street` varchar(255),
  `payee_housenumber` varchar(255),
  `payee_zip_code` varchar(255),
  `payee_town` varchar(255),
  `payee_country` varchar(255),
  `recipient_company_name` varchar(255),
  `recipient_address_care_of` varchar(255),
  `recipient_postbox` varchar(255),
  `recipient_type` varchar(255),
  `shipping_method` varchar(255) DEFAULT 'own',
  `pp_post` varchar(255),
  `recipient_first_name` varchar(255),
  `recipient_last_name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mail_from` varchar(255),
  `mail_hash` varchar(255),
  `status` int DEFAULT 0,
  `mailing_list_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `message_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailing_lists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `group_id` int NOT NULL,
  `description` text,
  `publisher` varchar(255),
  `mail_name` varchar(255),
  `additional_sender` varchar(255),
  `subscribers_may_post` tinyint(1) NOT NULL DEFAULT 0,
  `anyone_may_post` tinyint(1) NOT NULL DEFAULT 0,
  `preferred_labels` varchar(255),
  `delivery_report` tinyint(1) NOT NULL DEFAULT 0,
  `main_email` tinyint(1) DEFAULT 0,
  `mailchimp_api_key` varchar(255),
  `mailchimp_list_id` varchar(255),
  `mailchimp_syncing` tinyint(1) DEFAULT 0,
  `mailchimp_last_synced_at` datetime,
  `mailchimp_result` text,
  `mailchimp_include_additional_emails` tinyint(1) DEFAULT 0,
  `filter_chain` text,
  `subscribable_for` varchar(255) NOT NULL DEFAULT 'nobody',
  `subscribable_mode` varchar(255),
  `mailchimp_forgotten_emails` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_recipients` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message_id` bigint NOT NULL,
  `person_id` bigint,
  `phone_number` varchar(255),
  `email` varchar(255),
  `address` text,
  `created_at` datetime,
  `failed_at` datetime,
  `error` text,
  `invoice_id` bigint,
  `state` varchar(255),
  `salutation` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mailing_list_id` bigint,
  `sender_id` bigint,
  `type` varchar(255) NOT NULL,
  `subject` varchar(998),
  `state` varchar(255) DEFAULT 'draft',
  `recipient_count` int DEFAULT 0,
  `success_count` int DEFAULT 0,
  `failed_count` int DEFAULT 0,
  `sent_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `invoice_attributes` text,
  `invoice_run_id` bigint,
  `text` text,
  `salutation` varchar(255),
  `pp_post` varchar(255),
  `shipping_method` varchar(255) DEFAULT 'own',
  `send_to_households` tinyint(1) NOT NULL DEFAULT 0,
  `donation_confirmation` tinyint(1) NOT NULL DEFAULT 0,
  `raw_source` text,
  `date_location_text` varchar(255),
  `uid` varchar(255),
  `bounce_parent_id` int,
  `blocked_count` int DEFAULT 0,
  `event_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject_id` int NOT NULL,
  `author_id` int NOT NULL,
  `text` text,
  `created_at` datetime,
  `updated_at` datetime,
  `subject_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_reminders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int NOT NULL,
  `due_at` date NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255),
  `text` varchar(255),
  `level` int,
  `show_invoice_description` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int,
  `amount` decimal(12,2) NOT NULL,
  `received_at` date NOT NULL,
  `reference` varchar(255),
  `transaction_identifier` varchar(255),
  `status` varchar(255),
  `transaction_xml` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `company_name` varchar(255),
  `nickname` varchar(255),
  `company` tinyint(1) NOT NULL DEFAULT 0,
  `email` varchar(255),
  `zip_code` varchar(255),
  `town` varchar(255),
  `country` varchar(255),
  `gender` varchar(1),
  `birthday` date,
  `additional_information` text,
  `contact_data_visible` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `encrypted_password` varchar(255),
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `last_label_format_id` int,
  `creator_id` int,
  `updater_id` int,
  `primary_group_id` int,
  `failed_attempts` int DEFAULT 0,
  `locked_at` datetime,
  `authentication_token` varchar(255),
  `show_global_label_formats` tinyint(1) NOT NULL DEFAULT 1,
  `household_key` varchar(255),
  `event_feed_token` varchar(255),
  `unlock_token` varchar(255),
  `family_key` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `reset_password_sent_to` varchar(255),
  `two_factor_authentication` int,
  `encrypted_two_fa_secret` text,
  `language` varchar(255) NOT NULL DEFAULT 'de',
  `privacy_policy_accepted_at` datetime,
  `minimized_at` datetime,
  `self_registration_reason_id` bigint,
  `self_registration_reason_custom_text` varchar(100),
  `inactivity_block_warning_sent_at` datetime,
  `blocked_at` datetime,
  `membership_verify_token` varchar(255),
  `street` varchar(255),
  `housenumber` varchar(20),
  `address_care_of` varchar(255),
  `postbox` varchar(255),
  `unfinished_job_observations_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_managers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `manager_id` int NOT NULL,
  `managed_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_add_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `requester_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `body_id` int NOT NULL,
  `role_type` varchar(255),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_duplicates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_1_id` int NOT NULL,
  `person_2_id` int NOT NULL,
  `ignore` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_documents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint NOT NULL,
  `label_id` bigint,
  `author_id` bigint NOT NULL,
  `description` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_numbers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contactable_type` varchar(255) NOT NULL,
  `contactable_id` int NOT NULL,
  `number` varchar(255) NOT NULL,
  `label` varchar(255),
  `public` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualification_kinds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `validity` int,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `reactivateable` int,
  `required_training_days` decimal(5,2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `qualification_kind_id` int NOT NULL,
  `start_at` date NOT NULL,
  `finish_at` date,
  `origin` varchar(255),
  `qualified_at` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `group_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `label` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `archived_at` datetime,
  `terminated` tinyint(1) NOT NULL DEFAULT 0,
  `start_on` date,
  `end_on` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `layer_group_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `token` varchar(255) NOT NULL,
  `last_access` datetime,
  `people` tinyint(1) DEFAULT 0,
  `groups` tinyint(1) DEFAULT 0,
  `events` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `invoices` tinyint(1) NOT NULL DEFAULT 0,
  `event_participations` tinyint(1) NOT NULL DEFAULT 0,
  `mailing_lists` tinyint(1) NOT NULL DEFAULT 0,
  `permission` varchar(255) NOT NULL DEFAULT 'layer_read',
  `register_people` tinyint(1) NOT NULL DEFAULT 0,
  `qualifications` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime,
  `updated_at` datetime,
  `person_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contactable_type` varchar(255) NOT NULL,
  `contactable_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255),
  `public` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int NOT NULL,
  `subscriber_type` varchar(255) NOT NULL,
  `subscriber_id` int NOT NULL,
  `excluded` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int,
  `taggable_type` varchar(255),
  `taggable_id` int,
  `tagger_type` varchar(255),
  `tagger_id` int,
  `context` varchar(128),
  `created_at` datetime,
  `hitobito_tooltip` varchar(255),
  `tenant` varchar(128),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `taggings_count` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `object_changes` text,
  `main_type` varchar(255),
  `main_id` int,
  `created_at` datetime,
  `whodunnit_type` varchar(255) NOT NULL DEFAULT 'Person',
  `mutation_id` varchar(255),
  `item_subtype` varchar(255),
  `item_label` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


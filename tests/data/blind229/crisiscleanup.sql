-- Crisis Cleanup 2 (the Rails version of crisiscleanup.org, a collaboration platform that connects disaster-relief
-- organisations and their volunteers with households asking for help after a disaster), github.com/CrisisCleanup/
-- crisiscleanup-2 `db/schema.rb` (schema version 20200108070303), commit 63a4d4228964486816aff2e774c6e57a361bce76
-- (Apache-2.0, LICENCE.txt).
-- All 21 tables. The Rails PostgreSQL schema written as MySQL: an `id` int auto-increment primary key first where
-- Rails adds one (phone_area_codes has `code` as its primary key, written int), `integer` int (limit 8: bigint),
-- `string` varchar(255) (or its limit), `text` text, `datetime` datetime, `boolean` tinyint(1), `float` double,
-- `hstore` text, `json` json, `inet` varchar(45), string arrays text; null: false kept; unique indexes
-- (users.email, users.reset_password_token, worksite_work_types.work_type_key) and the five foreign keys of
-- schema.rb kept; other indexes, defaults and the PostgreSQL extensions left out.

CREATE TABLE `users` (
  `id` int AUTO_INCREMENT NOT NULL,
  `email` varchar(255) NOT NULL,
  `encrypted_password` varchar(255) NOT NULL,
  `name` varchar(255) NULL,
  `reset_password_token` varchar(255) NULL,
  `reset_password_sent_at` datetime NULL,
  `remember_created_at` datetime NULL,
  `sign_in_count` int NOT NULL,
  `legacy_organization_id` int NULL,
  `current_sign_in_at` datetime NULL,
  `last_sign_in_at` datetime NULL,
  `current_sign_in_ip` varchar(45) NULL,
  `last_sign_in_ip` varchar(45) NULL,
  `referring_user_id` int NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `admin` tinyint(1) NULL,
  `role` varchar(255) NULL,
  `mobile` varchar(255) NULL,
  `accepted_terms` tinyint(1) NULL,
  `accepted_terms_timestamp` datetime NULL,
  `title` varchar(255) NULL,
  `allow_caller_access` tinyint(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
);

CREATE TABLE `worksite_work_types` (
  `id` int AUTO_INCREMENT NOT NULL,
  `work_type_key` varchar(60) NOT NULL,
  `file_prefix` varchar(60) NULL,
  `name_t` varchar(60) NULL,
  `description_t` varchar(60) NULL,
  `commercial_value` int NULL,
  `last_updated` date NULL,
  `depreciated_date` date NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `worktype_name_unique` (`work_type_key`)
);

CREATE TABLE `legacy_events` (
  `id` int AUTO_INCREMENT NOT NULL,
  `case_label` varchar(255) NOT NULL,
  `counties` text NULL,
  `name` varchar(255) NOT NULL,
  `short_name` varchar(255) NOT NULL,
  `created_date` date NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NULL,
  `num_sites` int NULL,
  `reminder_contents` varchar(255) NULL,
  `reminder_days` int NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `timestamp_last_login` datetime NULL,
  `appengine_key` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_organizations` (
  `id` int AUTO_INCREMENT NOT NULL,
  `activate_by` date NULL,
  `activated_at` date NULL,
  `activation_code` varchar(255) NULL,
  `address` varchar(255) NULL,
  `admin_notes` varchar(255) NULL,
  `city` varchar(255) NULL,
  `deprecated` tinyint(1) NULL,
  `email` varchar(255) NULL,
  `facebook` varchar(255) NULL,
  `is_active` tinyint(1) NULL,
  `is_admin` tinyint(1) NULL,
  `latitude` double NULL,
  `longitude` double NULL,
  `name` varchar(255) NULL,
  `not_an_org` tinyint(1) NULL,
  `only_session_authentication` tinyint(1) NULL,
  `org_verified` tinyint(1) NULL,
  `password` varchar(255) NULL,
  `permissions` varchar(255) NULL,
  `phone` varchar(255) NULL,
  `physical_presence` tinyint(1) NULL,
  `publish` tinyint(1) NULL,
  `reputable` tinyint(1) NULL,
  `state` varchar(255) NULL,
  `terms_privacy` varchar(255) NULL,
  `timestamp_login` datetime NULL,
  `timestamp_signup` datetime NULL,
  `twitter` varchar(255) NULL,
  `url` varchar(255) NULL,
  `voad_referral` text NULL,
  `work_area` varchar(255) NULL,
  `zip_code` varchar(255) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `voad_member` tinyint(1) NULL,
  `mold_treatment` tinyint(1) NULL,
  `tree_removal` tinyint(1) NULL,
  `design` tinyint(1) NULL,
  `replace_appliances` tinyint(1) NULL,
  `canvass` tinyint(1) NULL,
  `sanitizing` tinyint(1) NULL,
  `exterior_debris` tinyint(1) NULL,
  `water_pumping` tinyint(1) NULL,
  `appropriate_work` tinyint(1) NULL,
  `reconstruction` tinyint(1) NULL,
  `interior_debris` tinyint(1) NULL,
  `assessment` tinyint(1) NULL,
  `muck_out` tinyint(1) NULL,
  `permission` varchar(255) NULL,
  `refurbishing` tinyint(1) NULL,
  `clean_up` tinyint(1) NULL,
  `mold_abatement` tinyint(1) NULL,
  `permits` tinyint(1) NULL,
  `replace_furniture` tinyint(1) NULL,
  `gutting` tinyint(1) NULL,
  `number_volunteers` varchar(255) NULL,
  `primary_contact_email` varchar(255) NULL,
  `voad_member_url` varchar(255) NULL,
  `appengine_key` varchar(255) NULL,
  `referral` varchar(255) NULL,
  `publishable` tinyint(1) NULL,
  `_password_hash_list` varchar(255) NULL,
  `does_damage_assessment` tinyint(1) NULL,
  `does_intake_assessment` tinyint(1) NULL,
  `does_cleanup` tinyint(1) NULL,
  `does_follow_up` tinyint(1) NULL,
  `does_minor_repairs` tinyint(1) NULL,
  `does_rebuilding` tinyint(1) NULL,
  `does_coordination` tinyint(1) NULL,
  `government` tinyint(1) NULL,
  `does_other_activity` tinyint(1) NULL,
  `where_are_you_working` varchar(255) NULL,
  `accepted_terms` tinyint(1) NULL,
  `accepted_terms_timestamp` datetime NULL,
  `review_other_organizations` tinyint(1) NULL,
  `situational_awareness` tinyint(1) NULL,
  `does_recovery` tinyint(1) NULL,
  `does_only_coordination` tinyint(1) NULL,
  `does_only_sit_aware` tinyint(1) NULL,
  `does_something_else` tinyint(1) NULL,
  `allow_caller_access` tinyint(1) NULL,
  `call_state_filter` varchar(255) NULL,
  `registration_ip` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_contacts` (
  `id` int AUTO_INCREMENT NOT NULL,
  `email` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `legacy_organization_id` int NULL,
  `is_primary` tinyint(1) NULL,
  `phone` varchar(255) NOT NULL,
  `appengine_key` varchar(255) NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `title` varchar(255) NULL,
  `organizational_title` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_organization_events` (
  `id` int AUTO_INCREMENT NOT NULL,
  `legacy_organization_id` int NOT NULL,
  `legacy_event_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_sites` (
  `id` int AUTO_INCREMENT NOT NULL,
  `address` varchar(255) NOT NULL,
  `blurred_latitude` double NOT NULL,
  `blurred_longitude` double NOT NULL,
  `case_number` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `claimed_by` int NULL,
  `legacy_event_id` int NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `name` varchar(255) NOT NULL,
  `phone1` varchar(255) NULL,
  `reported_by` int NULL,
  `requested_at` date NULL,
  `state` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `work_type` varchar(255) NOT NULL,
  `data` text NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `request_date` date NULL,
  `appengine_key` varchar(255) NULL,
  `zip_code` varchar(255) NULL,
  `county` varchar(255) NULL,
  `phone2` varchar(255) NULL,
  `work_requested` varchar(255) NULL,
  `name_metaphone` varchar(255) NULL,
  `city_metaphone` varchar(255) NULL,
  `county_metaphone` varchar(255) NULL,
  `address_metaphone` varchar(255) NULL,
  `user_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `forms` (
  `id` int AUTO_INCREMENT NOT NULL,
  `legacy_event_id` int NOT NULL,
  `html` text NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audits` (
  `id` int AUTO_INCREMENT NOT NULL,
  `user_id` int NULL,
  `action` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invitations` (
  `id` int AUTO_INCREMENT NOT NULL,
  `user_id` int NULL,
  `invitee_email` varchar(255) NULL,
  `token` varchar(255) NOT NULL,
  `organization_id` int NOT NULL,
  `expiration` datetime NULL,
  `activated` tinyint(1) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `print_tokens` (
  `id` int AUTO_INCREMENT NOT NULL,
  `legacy_site_id` int NULL,
  `printing_org_id` int NULL,
  `printing_user_id` int NULL,
  `token` varchar(255) NULL,
  `last_visted` datetime NULL,
  `reporting_email` varchar(255) NULL,
  `reporting_org_name` varchar(255) NULL,
  `reporting_phone` varchar(255) NULL,
  `reporting_name` varchar(255) NULL,
  `token_expiration` datetime NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `redeploy_requests` (
  `id` int AUTO_INCREMENT NOT NULL,
  `legacy_organization_id` int NULL,
  `legacy_event_id` int NULL,
  `token` varchar(255) NULL,
  `accepted_by` int NULL,
  `accepted` tinyint(1) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `request_invitations` (
  `id` int AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NULL,
  `email` varchar(255) NULL,
  `legacy_organization_id` int NULL,
  `user_created` tinyint(1) NULL,
  `invited` tinyint(1) NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `temporary_passwords` (
  `id` int AUTO_INCREMENT NOT NULL,
  `created_by` int NULL,
  `legacy_organization_id` int NULL,
  `password` varchar(255) NULL,
  `password_confirmation` varchar(255) NULL,
  `password_digest` varchar(255) NULL,
  `expires` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` int AUTO_INCREMENT NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255) NULL,
  `object` text NULL,
  `created_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_area_codes` (
  `code` int NOT NULL,
  `id` int NOT NULL,
  `created_at` datetime NULL,
  `location` varchar(255) NULL,
  `state` varchar(255) NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `phone_dnis` (
  `id` int AUTO_INCREMENT NOT NULL,
  `dnis` bigint NULL,
  `last_action` varchar(255) NULL,
  `num_calls` int NULL,
  `area_code` int NULL,
  `state` varchar(255) NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `last_call` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_log` (
  `id` int AUTO_INCREMENT NOT NULL,
  `dnis_id` int NULL,
  `ani` bigint NULL,
  `time_call` datetime NULL,
  `duration` int NULL,
  `action` varchar(255) NULL,
  `caller_input` int NULL,
  `vm_url` varchar(255) NULL,
  `session_id` varchar(32) NULL,
  `ip` varchar(255) NULL,
  `area_code` int NULL,
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `incident_id` json NULL,
  `language_id` int NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_e2af8b6b5c13888e6f3f730b` FOREIGN KEY (`dnis_id`) REFERENCES `phone_dnis` (`id`)
);

CREATE TABLE `phone_status` (
  `id` int AUTO_INCREMENT NOT NULL,
  `status` varchar(255) NULL,
  `completion` double NULL,
  `try_again_delay` int NULL,
  `created_at` datetime NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_outbound` (
  `id` int AUTO_INCREMENT NOT NULL,
  `dnis1` bigint NULL,
  `dnis2` bigint NULL,
  `dnis1_area_code` int NULL,
  `dnis2_area_code` int NULL,
  `inbound_at` datetime NULL,
  `case_updated_at` datetime NULL,
  `updated_at` datetime NULL,
  `created_at` datetime NULL,
  `vm_link` varchar(255) NULL,
  `worksite_id` int NULL,
  `call_type` varchar(255) NULL,
  `completion` double NULL,
  `language` varchar(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_57ab564da003a5540b359fc5` FOREIGN KEY (`worksite_id`) REFERENCES `legacy_sites` (`id`)
);

CREATE TABLE `phone_outbound_status` (
  `id` int AUTO_INCREMENT NOT NULL,
  `user_id` int NULL,
  `created_at` datetime NULL,
  `outbound_id` int NULL,
  `status_id` int NULL,
  `dnis` bigint NULL,
  `uii` bigint NULL,
  `completion` double NULL,
  `do_not_call_before` datetime NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_4aa858a089760c103b71df5c` FOREIGN KEY (`outbound_id`) REFERENCES `phone_outbound` (`id`),
  CONSTRAINT `fk_15b374d86a2ce2706f75f795` FOREIGN KEY (`status_id`) REFERENCES `phone_status` (`id`),
  CONSTRAINT `fk_999e19f80d33ad6ca92afa53` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- Crisis Cleanup 2 - disaster-recovery work-order and volunteer-coordination platform (survivors' work
-- sites, relief organisations and their contacts, users, the survivor hotline's call logs and call-back
-- queue, print tokens, invitations, audit trail).
-- Upstream: github.com/CrisisCleanup/crisiscleanup-2, commit 63a4d4228964486816aff2e774c6e57a361bce76
-- (Apache-2.0, LICENCE.txt).
-- Source: db/schema.rb (ActiveRecord schema version 20200108070303, PostgreSQL), every table, written as
-- MySQL. Rails' implicit `id` serial key is written out (phone_area_codes is keyed by `code`),
-- string -> VARCHAR(255), text -> TEXT, integer -> INT (limit 8 -> BIGINT), float -> DOUBLE,
-- boolean -> TINYINT(1), hstore and string arrays -> TEXT, json -> LONGTEXT, inet -> VARCHAR(45),
-- default now() -> CURRENT_TIMESTAMP. Unique indexes and the five add_foreign_key constraints are kept,
-- tables ordered so that referenced tables come first.

CREATE TABLE `audits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `action` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `legacy_event_id` INT NOT NULL,
  `html` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invitations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `invitee_email` VARCHAR(255) NULL,
  `token` VARCHAR(255) NOT NULL,
  `organization_id` INT NOT NULL,
  `expiration` DATETIME NULL,
  `activated` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `legacy_organization_id` INT NULL,
  `is_primary` TINYINT(1) NULL DEFAULT 0,
  `phone` VARCHAR(255) NOT NULL,
  `appengine_key` VARCHAR(255) NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `title` VARCHAR(255) NULL,
  `organizational_title` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_label` VARCHAR(255) NOT NULL,
  `counties` TEXT NULL,
  `name` VARCHAR(255) NOT NULL,
  `short_name` VARCHAR(255) NOT NULL,
  `created_date` DATE NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NULL,
  `num_sites` INT NULL,
  `reminder_contents` VARCHAR(255) NULL,
  `reminder_days` INT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `timestamp_last_login` DATETIME NULL,
  `appengine_key` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_organization_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `legacy_organization_id` INT NOT NULL,
  `legacy_event_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_organizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `activate_by` DATE NULL,
  `activated_at` DATE NULL,
  `activation_code` VARCHAR(255) NULL,
  `address` VARCHAR(255) NULL,
  `admin_notes` VARCHAR(255) NULL,
  `city` VARCHAR(255) NULL,
  `deprecated` TINYINT(1) NULL DEFAULT 0,
  `email` VARCHAR(255) NULL,
  `facebook` VARCHAR(255) NULL,
  `is_active` TINYINT(1) NULL DEFAULT 0,
  `is_admin` TINYINT(1) NULL DEFAULT 0,
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  `name` VARCHAR(255) NULL,
  `not_an_org` TINYINT(1) NULL DEFAULT 0,
  `only_session_authentication` TINYINT(1) NULL DEFAULT 0,
  `org_verified` TINYINT(1) NULL DEFAULT 0,
  `password` VARCHAR(255) NULL,
  `permissions` VARCHAR(255) NULL,
  `phone` VARCHAR(255) NULL,
  `physical_presence` TINYINT(1) NULL,
  `publish` TINYINT(1) NULL,
  `reputable` TINYINT(1) NULL,
  `state` VARCHAR(255) NULL,
  `terms_privacy` VARCHAR(255) NULL,
  `timestamp_login` DATETIME NULL,
  `timestamp_signup` DATETIME NULL,
  `twitter` VARCHAR(255) NULL,
  `url` VARCHAR(255) NULL,
  `voad_referral` TEXT NULL,
  `work_area` VARCHAR(255) NULL,
  `zip_code` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `voad_member` TINYINT(1) NULL,
  `mold_treatment` TINYINT(1) NULL,
  `tree_removal` TINYINT(1) NULL,
  `design` TINYINT(1) NULL,
  `replace_appliances` TINYINT(1) NULL,
  `canvass` TINYINT(1) NULL,
  `sanitizing` TINYINT(1) NULL,
  `exterior_debris` TINYINT(1) NULL,
  `water_pumping` TINYINT(1) NULL,
  `appropriate_work` TINYINT(1) NULL,
  `reconstruction` TINYINT(1) NULL,
  `interior_debris` TINYINT(1) NULL,
  `assessment` TINYINT(1) NULL,
  `muck_out` TINYINT(1) NULL,
  `permission` VARCHAR(255) NULL,
  `refurbishing` TINYINT(1) NULL,
  `clean_up` TINYINT(1) NULL,
  `mold_abatement` TINYINT(1) NULL,
  `permits` TINYINT(1) NULL,
  `replace_furniture` TINYINT(1) NULL,
  `gutting` TINYINT(1) NULL,
  `number_volunteers` VARCHAR(255) NULL,
  `primary_contact_email` VARCHAR(255) NULL,
  `voad_member_url` VARCHAR(255) NULL,
  `appengine_key` VARCHAR(255) NULL,
  `referral` VARCHAR(255) NULL,
  `publishable` TINYINT(1) NULL,
  `_password_hash_list` VARCHAR(255) NULL,
  `does_damage_assessment` TINYINT(1) NULL,
  `does_intake_assessment` TINYINT(1) NULL,
  `does_cleanup` TINYINT(1) NULL,
  `does_follow_up` TINYINT(1) NULL,
  `does_minor_repairs` TINYINT(1) NULL,
  `does_rebuilding` TINYINT(1) NULL,
  `does_coordination` TINYINT(1) NULL,
  `government` TINYINT(1) NULL,
  `does_other_activity` TINYINT(1) NULL,
  `where_are_you_working` VARCHAR(255) NULL,
  `accepted_terms` TINYINT(1) NULL,
  `accepted_terms_timestamp` DATETIME NULL,
  `review_other_organizations` TINYINT(1) NULL,
  `situational_awareness` TINYINT(1) NULL,
  `does_recovery` TINYINT(1) NULL,
  `does_only_coordination` TINYINT(1) NULL,
  `does_only_sit_aware` TINYINT(1) NULL,
  `does_something_else` TINYINT(1) NULL,
  `allow_caller_access` TINYINT(1) NULL,
  `call_state_filter` VARCHAR(255) NULL,
  `registration_ip` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `legacy_sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255) NOT NULL,
  `blurred_latitude` DOUBLE NOT NULL,
  `blurred_longitude` DOUBLE NOT NULL,
  `case_number` VARCHAR(255) NOT NULL,
  `city` VARCHAR(255) NOT NULL,
  `claimed_by` INT NULL,
  `legacy_event_id` INT NOT NULL,
  `latitude` DOUBLE NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `phone1` VARCHAR(255) NULL,
  `reported_by` INT NULL,
  `requested_at` DATE NULL,
  `state` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `work_type` VARCHAR(255) NOT NULL DEFAULT 'Other',
  `data` TEXT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `request_date` DATE NULL,
  `appengine_key` VARCHAR(255) NULL,
  `zip_code` VARCHAR(255) NULL,
  `county` VARCHAR(255) NULL,
  `phone2` VARCHAR(255) NULL,
  `work_requested` VARCHAR(255) NULL,
  `name_metaphone` VARCHAR(255) NULL,
  `city_metaphone` VARCHAR(255) NULL,
  `county_metaphone` VARCHAR(255) NULL,
  `address_metaphone` VARCHAR(255) NULL,
  `user_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_area_codes` (
  `code` INT NOT NULL AUTO_INCREMENT,
  `id` INT NOT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `location` VARCHAR(255) NULL,
  `state` VARCHAR(255) NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `phone_dnis` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dnis` BIGINT NULL,
  `last_action` VARCHAR(255) NULL,
  `num_calls` INT NULL,
  `area_code` INT NULL,
  `state` VARCHAR(255) NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `last_call` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `phone_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dnis_id` INT NULL,
  `ani` BIGINT NULL,
  `time_call` DATETIME NULL,
  `duration` INT NULL,
  `action` VARCHAR(255) NULL,
  `caller_input` INT NULL,
  `vm_url` VARCHAR(255) NULL,
  `session_id` VARCHAR(32) NULL,
  `ip` VARCHAR(255) NULL,
  `area_code` INT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `incident_id` LONGTEXT NULL,
  `language_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dnis_fkey` FOREIGN KEY (`dnis_id`) REFERENCES `phone_dnis` (`id`)
);

CREATE TABLE `phone_outbound` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dnis1` BIGINT NULL,
  `dnis2` BIGINT NULL,
  `dnis1_area_code` INT NULL,
  `dnis2_area_code` INT NULL,
  `inbound_at` DATETIME NULL,
  `case_updated_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `vm_link` VARCHAR(255) NULL,
  `worksite_id` INT NULL,
  `call_type` VARCHAR(255) NULL,
  `completion` DOUBLE NULL,
  `language` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `worksite_id_fk` FOREIGN KEY (`worksite_id`) REFERENCES `legacy_sites` (`id`)
);

CREATE TABLE `phone_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(255) NULL,
  `completion` DOUBLE NULL,
  `try_again_delay` INT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NULL DEFAULT '',
  `reset_password_token` VARCHAR(255) NULL,
  `reset_password_sent_at` DATETIME NULL,
  `remember_created_at` DATETIME NULL,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `legacy_organization_id` INT NULL,
  `current_sign_in_at` DATETIME NULL,
  `last_sign_in_at` DATETIME NULL,
  `current_sign_in_ip` VARCHAR(45) NULL,
  `last_sign_in_ip` VARCHAR(45) NULL,
  `referring_user_id` INT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `admin` TINYINT(1) NULL DEFAULT 0,
  `role` VARCHAR(255) NULL,
  `mobile` VARCHAR(255) NULL,
  `accepted_terms` TINYINT(1) NULL,
  `accepted_terms_timestamp` DATETIME NULL,
  `title` VARCHAR(255) NULL,
  `allow_caller_access` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
);

CREATE TABLE `phone_outbound_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `outbound_id` INT NULL,
  `status_id` INT NULL,
  `dnis` BIGINT NULL,
  `uii` BIGINT NULL,
  `completion` DOUBLE NULL,
  `do_not_call_before` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `outbound_id_fk` FOREIGN KEY (`outbound_id`) REFERENCES `phone_outbound` (`id`),
  CONSTRAINT `status_id` FOREIGN KEY (`status_id`) REFERENCES `phone_status` (`id`),
  CONSTRAINT `user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `print_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `legacy_site_id` INT NULL,
  `printing_org_id` INT NULL,
  `printing_user_id` INT NULL,
  `token` VARCHAR(255) NULL,
  `last_visted` DATETIME NULL,
  `reporting_email` VARCHAR(255) NULL,
  `reporting_org_name` VARCHAR(255) NULL,
  `reporting_phone` VARCHAR(255) NULL,
  `reporting_name` VARCHAR(255) NULL,
  `token_expiration` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `redeploy_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `legacy_organization_id` INT NULL,
  `legacy_event_id` INT NULL,
  `token` VARCHAR(255) NULL,
  `accepted_by` INT NULL,
  `accepted` TINYINT(1) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `request_invitations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `legacy_organization_id` INT NULL,
  `user_created` TINYINT(1) NULL DEFAULT 0,
  `invited` TINYINT(1) NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `temporary_passwords` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_by` INT NULL,
  `legacy_organization_id` INT NULL,
  `password` VARCHAR(255) NULL,
  `password_confirmation` VARCHAR(255) NULL,
  `password_digest` VARCHAR(255) NULL,
  `expires` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255) NULL,
  `object` TEXT NULL,
  `created_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `worksite_work_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `work_type_key` VARCHAR(60) NOT NULL,
  `file_prefix` VARCHAR(60) NULL,
  `name_t` VARCHAR(60) NULL,
  `description_t` VARCHAR(60) NULL,
  `commercial_value` INT NULL,
  `last_updated` DATE NULL,
  `depreciated_date` DATE NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `worktype_name_unique` (`work_type_key`)
);

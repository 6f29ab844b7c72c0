-- Kompassi (con2/kompassi, the event and association management system of Finnish volunteer-run conventions: volunteer
-- ("labour") sign-ups and shifts, association memberships and fees, badges, tickets, enrolment, access privileges).
-- sql/00-schema.sql (upstream's pg_dump of the schema after all Django migrations), commit 0d63351da0510f6a0be2d382f9ba8a8236462f01
-- (file last changed in 07d12712), MIT licence. 42 of its 464 tables, written as MySQL DDL: types mapped
-- (timestamptz -> DATETIME, jsonb -> JSON, uuid -> CHAR(36), boolean -> TINYINT(1), the smallint enum domains -> SMALLINT),
-- identity columns AUTO_INCREMENT, CHECK constraints and indexes left out, foreign keys to tables left out dropped.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `core_venue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(63) NOT NULL,
  `name_inessive` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `core_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `homepage_url` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `logo_url` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `muncipality` VARCHAR(127) NOT NULL,
  `name_genitive` VARCHAR(255) NOT NULL,
  `panel_css_class` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `core_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(63) NOT NULL,
  `name_genitive` VARCHAR(63) NOT NULL,
  `name_illative` VARCHAR(63) NOT NULL,
  `name_inessive` VARCHAR(63) NOT NULL,
  `description` TEXT NOT NULL,
  `start_time` DATETIME NULL,
  `end_time` DATETIME NULL,
  `homepage_url` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `venue_id` INT NOT NULL,
  `logo_url` VARCHAR(255) NOT NULL,
  `organization_id` INT NOT NULL,
  `logo_file` VARCHAR(100) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `cancelled` TINYINT(1) NOT NULL,
  `timezone_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `core_organization` (`id`),
  FOREIGN KEY (`venue_id`) REFERENCES `core_venue` (`id`)
);

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_person` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(1023) NOT NULL,
  `surname` VARCHAR(1023) NOT NULL,
  `nick` VARCHAR(1023) NOT NULL,
  `birth_date` DATE NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `may_send_info` TINYINT(1) NOT NULL,
  `preferred_name_display_style` VARCHAR(31) NOT NULL,
  `notes` TEXT NOT NULL,
  `email_verified_at` DATETIME NULL,
  `user_id` INT NULL,
  `muncipality` VARCHAR(127) NOT NULL,
  `official_first_names` VARCHAR(1023) NOT NULL,
  `allow_work_history_sharing` TINYINT(1) NOT NULL,
  `preferred_badge_name_display_style` VARCHAR(31) NOT NULL,
  `discord_handle` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_emailverificationtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(63) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `used_at` DATETIME NULL,
  `state` VARCHAR(8) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `person_id` INT NOT NULL,
  `language` VARCHAR(2) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `core_passwordresettoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(63) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `used_at` DATETIME NULL,
  `state` VARCHAR(8) NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `person_id` INT NOT NULL,
  `language` VARCHAR(2) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `membership_term` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(63) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `entrance_fee_cents` INT NULL,
  `membership_fee_cents` INT NULL,
  `organization_id` INT NOT NULL,
  `payment_method` VARCHAR(13) NOT NULL,
  `reference_number_template` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `core_organization` (`id`)
);

CREATE TABLE `membership_membershiporganizationmeta` (
  `organization_id` INT NOT NULL,
  `admin_group_id` INT NOT NULL,
  `receiving_applications` TINYINT(1) NOT NULL,
  `membership_requirements` TEXT NOT NULL,
  `members_group_id` INT NOT NULL,
  PRIMARY KEY (`organization_id`),
  FOREIGN KEY (`admin_group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`members_group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `core_organization` (`id`)
);

CREATE TABLE `membership_membership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `state` VARCHAR(10) NOT NULL,
  `message` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `core_organization` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `membership_membershipfeepayment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `payment_date` DATE NULL,
  `member_id` INT NOT NULL,
  `term_id` INT NOT NULL,
  `amount_cents` INT NOT NULL,
  `payment_method` VARCHAR(13) NOT NULL,
  `payment_type` VARCHAR(32) NOT NULL,
  `reference_number` VARCHAR(31) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `membership_membership` (`id`),
  FOREIGN KEY (`term_id`) REFERENCES `membership_term` (`id`)
);

CREATE TABLE `labour_laboureventmeta` (
  `event_id` INT NOT NULL,
  `registration_opens` DATETIME NULL,
  `registration_closes` DATETIME NULL,
  `work_begins` DATETIME NOT NULL,
  `work_ends` DATETIME NOT NULL,
  `monitor_email` VARCHAR(255) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `signup_message` TEXT NULL,
  `admin_group_id` INT NOT NULL,
  `signup_extra_content_type_id` INT NOT NULL,
  `work_certificate_signer` TEXT NULL,
  `work_certificate_pdf_project_id` BIGINT NULL,
  PRIMARY KEY (`event_id`),
  FOREIGN KEY (`admin_group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`)
);

CREATE TABLE `labour_qualification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(63) NOT NULL,
  `description` TEXT NOT NULL,
  `qualification_extra_content_type_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `labour_personqualification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `qualification_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`qualification_id`) REFERENCES `labour_qualification` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `labour_common_qualifications_jvkortti` (
  `personqualification_id` INT NOT NULL,
  `card_number` VARCHAR(13) NOT NULL,
  `expiration_date` DATE NOT NULL,
  PRIMARY KEY (`personqualification_id`),
  FOREIGN KEY (`personqualification_id`) REFERENCES `labour_personqualification` (`id`)
);

CREATE TABLE `labour_jobcategory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(63) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `event_id` INT NOT NULL,
  `app_label` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`)
);

CREATE TABLE `labour_job` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(63) NOT NULL,
  `job_category_id` INT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_category_id`) REFERENCES `labour_jobcategory` (`id`)
);

CREATE TABLE `labour_personnelclass` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(63) NOT NULL,
  `name` VARCHAR(63) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `priority` INT NOT NULL,
  `event_id` INT NOT NULL,
  `icon_css_class` VARCHAR(63) NOT NULL,
  `override_formatted_perks` TEXT NOT NULL,
  `perks` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`)
);

CREATE TABLE `labour_signup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notes` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `xxx_interim_shifts` TEXT NULL,
  `job_title` VARCHAR(63) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `time_accepted` DATETIME NULL,
  `time_finished` DATETIME NULL,
  `time_complained` DATETIME NULL,
  `time_cancelled` DATETIME NULL,
  `time_rejected` DATETIME NULL,
  `time_arrived` DATETIME NULL,
  `time_work_accepted` DATETIME NULL,
  `time_reprimanded` DATETIME NULL,
  `alternative_signup_form_used_id` INT NULL,
  `event_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `time_confirmation_requested` DATETIME NULL,
  `override_working_hours` SMALLINT NULL,
  `override_formatted_perks` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `labour_signup_job_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `signup_id` INT NOT NULL,
  `jobcategory_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobcategory_id`) REFERENCES `labour_jobcategory` (`id`),
  FOREIGN KEY (`signup_id`) REFERENCES `labour_signup` (`id`)
);

CREATE TABLE `labour_signup_personnel_classes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `signup_id` INT NOT NULL,
  `personnelclass_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`personnelclass_id`) REFERENCES `labour_personnelclass` (`id`),
  FOREIGN KEY (`signup_id`) REFERENCES `labour_signup` (`id`)
);

CREATE TABLE `labour_shift` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start_time` DATETIME NOT NULL,
  `hours` INT NOT NULL,
  `notes` TEXT NOT NULL,
  `job_id` INT NOT NULL,
  `signup_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `labour_job` (`id`),
  FOREIGN KEY (`signup_id`) REFERENCES `labour_signup` (`id`)
);

CREATE TABLE `enrollment_specialdiet` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `enrollment_enrollment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `special_diet_other` TEXT NOT NULL,
  `event_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `concon_event_affiliation` VARCHAR(512) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `is_public` TINYINT(1) NULL,
  `state` VARCHAR(9) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `address` VARCHAR(1023) NOT NULL,
  `city` VARCHAR(127) NOT NULL,
  `personal_identification_number` VARCHAR(12) NOT NULL,
  `traconjv_expiring` DATE NULL,
  `traconjv_solemnly_swear` TINYINT(1) NOT NULL,
  `traconjv_when` VARCHAR(255) NOT NULL,
  `zip_code` VARCHAR(5) NOT NULL,
  `traconjv_avow_and_affirm` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `tracon2025_night` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tracon2025_signupextra` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_active` TINYINT(1) NOT NULL,
  `shift_type` VARCHAR(15) NOT NULL,
  `total_work` VARCHAR(15) NOT NULL,
  `overseer` TINYINT(1) NOT NULL,
  `shirt_size` VARCHAR(8) NOT NULL,
  `special_diet_other` TEXT NOT NULL,
  `prior_experience` TEXT NOT NULL,
  `free_text` TEXT NOT NULL,
  `shift_wishes` TEXT NOT NULL,
  `email_alias` VARCHAR(32) NOT NULL,
  `afterparty_participation` TINYINT(1) NOT NULL,
  `afterparty_policy` TINYINT(1) NOT NULL,
  `afterparty_help` TEXT NOT NULL,
  `event_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `tracon2025_signupextra_special_diet` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `signupextra_id` INT NOT NULL,
  `specialdiet_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`signupextra_id`) REFERENCES `tracon2025_signupextra` (`id`),
  FOREIGN KEY (`specialdiet_id`) REFERENCES `enrollment_specialdiet` (`id`)
);

CREATE TABLE `tracon2025_signupextra_lodging_needs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `signupextra_id` INT NOT NULL,
  `night_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`night_id`) REFERENCES `tracon2025_night` (`id`),
  FOREIGN KEY (`signupextra_id`) REFERENCES `tracon2025_signupextra` (`id`)
);

CREATE TABLE `badges_badge` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `printed_separately_at` DATETIME NULL,
  `revoked_at` DATETIME NULL,
  `job_title` VARCHAR(63) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `batch_id` INT NULL,
  `person_id` INT NULL,
  `personnel_class_id` INT NOT NULL,
  `first_name` VARCHAR(1023) NOT NULL,
  `is_first_name_visible` TINYINT(1) NOT NULL,
  `is_nick_visible` TINYINT(1) NOT NULL,
  `is_surname_visible` TINYINT(1) NOT NULL,
  `nick` VARCHAR(1023) NOT NULL,
  `surname` VARCHAR(1023) NOT NULL,
  `created_by_id` INT NULL,
  `revoked_by_id` INT NULL,
  `arrived_at` DATETIME NULL,
  `notes` TEXT NOT NULL,
  `perks` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`),
  FOREIGN KEY (`personnel_class_id`) REFERENCES `labour_personnelclass` (`id`),
  FOREIGN KEY (`revoked_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `tickets_v2_product` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `max_per_order` SMALLINT NOT NULL,
  `etickets_per_product` SMALLINT NOT NULL,
  `superseded_by_id` INT NULL,
  `available_from` DATETIME NULL,
  `available_until` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `price` DECIMAL(10,2) NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `ordering` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`superseded_by_id`) REFERENCES `tickets_v2_product` (`id`)
);

CREATE TABLE `tickets_v2_order` (
  `id` CHAR(36) NOT NULL,
  `event_id` INT NOT NULL,
  `order_number` INT NOT NULL,
  `owner_id` INT NULL,
  `cached_status` SMALLINT NOT NULL DEFAULT 0,
  `cached_price` DECIMAL(10,2) NOT NULL,
  `language` TEXT NOT NULL,
  `product_data` JSON NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `phone` TEXT NOT NULL,
  PRIMARY KEY (`event_id`, `id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `tickets_v2_ticket` (
  `id` CHAR(36) NOT NULL,
  `event_id` INT NOT NULL,
  `quota_id` INT NOT NULL,
  `order_id` CHAR(36) NULL,
  PRIMARY KEY (`event_id`, `id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`event_id`, `order_id`) REFERENCES `tickets_v2_order` (`event_id`, `id`)
);

CREATE TABLE `tickets_v2_receipt` (
  `id` CHAR(36) NOT NULL,
  `event_id` INT NOT NULL,
  `order_id` CHAR(36) NOT NULL,
  `correlation_id` CHAR(36) NOT NULL,
  `batch_id` CHAR(36) NULL,
  `type` SMALLINT NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT 0,
  `email` TEXT NOT NULL,
  PRIMARY KEY (`event_id`, `id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`event_id`, `order_id`) REFERENCES `tickets_v2_order` (`event_id`, `id`)
);

CREATE TABLE `tickets_v2_paymentstamp` (
  `id` CHAR(36) NOT NULL,
  `event_id` INT NOT NULL,
  `order_id` CHAR(36) NOT NULL,
  `correlation_id` CHAR(36) NOT NULL,
  `provider_id` SMALLINT NOT NULL,
  `type` SMALLINT NOT NULL,
  `status` SMALLINT NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`event_id`, `id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  FOREIGN KEY (`event_id`, `order_id`) REFERENCES `tickets_v2_order` (`event_id`, `id`)
);

CREATE TABLE `access_privilege` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `title` VARCHAR(256) NOT NULL,
  `description` TEXT NOT NULL,
  `request_success_message` TEXT NOT NULL,
  `disclaimers` TEXT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `type_slug` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_grantedprivilege` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `granted_at` DATETIME NOT NULL,
  `person_id` INT NOT NULL,
  `privilege_id` INT NOT NULL,
  `state` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`privilege_id`) REFERENCES `access_privilege` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `access_smtppassword` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password_hash` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `person_id` INT NOT NULL,
  `smtp_server_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `core_person` (`id`)
);

CREATE TABLE `access_internalemailalias` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_name` VARCHAR(255) NOT NULL,
  `target_emails` VARCHAR(1023) NOT NULL,
  `email_address` VARCHAR(511) NOT NULL,
  `app_label` VARCHAR(63) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `modified_at` DATETIME NOT NULL,
  `domain_id` INT NOT NULL,
  `event_id` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`)
);

CREATE TABLE `event_log_v2_entry` (
  `id` CHAR(36) NOT NULL,
  `actor_id` INT NULL,
  `entry_type` VARCHAR(255) NOT NULL,
  `other_fields` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `auth_user` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

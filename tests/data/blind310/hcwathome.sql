-- HCW@Home V6 (Health Care Worker @Home; teleconsultation platform first built with the Geneva University
-- Hospitals, maintained by Iabsis; Django on PostgreSQL with django-tenants)
-- Upstream: github.com/HCW-home/hcw, commit 89e8027a44001078142c62cf8ad8b6dbdc742fa2, licence GPL-3.0
-- Tables: the Django migrations of the project's own apps (backend/{tenants,users,messaging,consultations,
-- mediaserver,translations,encryption_admin}/migrations) replayed in dependency order (state only) and written
-- as Django's MySQL backend writes them; plus Django's django_content_type, auth_permission and auth_group,
-- which the project's tables reference. Column order is the order of the migrations.
-- Left out: third-party apps' tables (allauth, authtoken, celery beat/results, constance, admin log, sessions).
-- PostgreSQL-only constructs: unbounded CharField -> longtext, ArrayField -> json, conditional and expression
-- unique constraints left out (MySQL has none), UUIDField -> char(32).

CREATE TABLE `django_content_type` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`content_type_id`, `codename`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `tenants_tenant` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `schema_name` varchar(63) NOT NULL,
  `name` varchar(100) NOT NULL,
  `created_on` date NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`schema_name`)
);

CREATE TABLE `tenants_domain` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain` varchar(253) NOT NULL,
  `is_primary` bool NOT NULL,
  `tenant_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`domain`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants_tenant` (`id`)
);

CREATE TABLE `users_language` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`)
);

CREATE TABLE `users_speciality` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `name_en` varchar(100),
  `name_de` varchar(100),
  `name_fr` varchar(100),
  `name_es` varchar(100),
  `name_it` varchar(100),
  `name_uk` varchar(100),
  `icon` varchar(100),
  `name_ar` varchar(100),
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_term` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `content` longtext NOT NULL,
  `content_de` longtext,
  `content_en` longtext,
  `content_fr` longtext,
  `name_de` longtext,
  `name_en` longtext,
  `name_fr` longtext,
  `use_for_patient` bool NOT NULL,
  `content_es` longtext,
  `content_it` longtext,
  `name_es` longtext,
  `name_it` longtext,
  `content_uk` longtext,
  `name_uk` longtext,
  `content_ar` longtext,
  `name_ar` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_organisation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `logo_color` varchar(100),
  `logo_white` varchar(100),
  `primary_color_patient` varchar(7) NOT NULL,
  `street` varchar(200),
  `city` varchar(50),
  `postal_code` varchar(10),
  `country` varchar(50),
  `footer_patient` longtext,
  `default_term_id` bigint,
  `location` varchar(63),
  `is_main` bool NOT NULL,
  `favicon` varchar(100),
  `footer_practitioner` longtext,
  `primary_color_practitioner` varchar(7) NOT NULL,
  `login_text_patient` longtext,
  `login_text_practitioner` longtext,
  `footer_patient_de` longtext,
  `footer_patient_en` longtext,
  `footer_patient_es` longtext,
  `footer_patient_fr` longtext,
  `footer_patient_it` longtext,
  `footer_practitioner_de` longtext,
  `footer_practitioner_en` longtext,
  `footer_practitioner_es` longtext,
  `footer_practitioner_fr` longtext,
  `footer_practitioner_it` longtext,
  `login_text_patient_de` longtext,
  `login_text_patient_en` longtext,
  `login_text_patient_es` longtext,
  `login_text_patient_fr` longtext,
  `login_text_patient_it` longtext,
  `login_text_practitioner_de` longtext,
  `login_text_practitioner_en` longtext,
  `login_text_practitioner_es` longtext,
  `login_text_practitioner_fr` longtext,
  `login_text_practitioner_it` longtext,
  `phone` varchar(20),
  `imported` bool NOT NULL,
  `footer_patient_uk` longtext,
  `footer_practitioner_uk` longtext,
  `login_text_patient_uk` longtext,
  `login_text_practitioner_uk` longtext,
  `footer_patient_ar` longtext,
  `footer_practitioner_ar` longtext,
  `login_text_patient_ar` longtext,
  `login_text_practitioner_ar` longtext,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`default_term_id`) REFERENCES `users_term` (`id`)
);

CREATE TABLE `users_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` bool NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254),
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `app_preferences` json,
  `encrypted` bool NOT NULL,
  `picture` varchar(100),
  `preferred_language` varchar(10),
  `communication_method` longtext NOT NULL,
  `mobile_phone_number` longtext,
  `timezone` varchar(63) NOT NULL,
  `main_organisation_id` bigint,
  `accepted_term_id` bigint,
  `location` varchar(63),
  `one_time_auth_token` varchar(256),
  `temporary` bool NOT NULL,
  `verification_code` integer,
  `job_title` varchar(200),
  `last_notification` datetime(6) NOT NULL,
  `email_verification_token` varchar(256),
  `email_verified` bool NOT NULL,
  `verification_attempts` integer NOT NULL,
  `verification_code_created_at` datetime(6),
  `is_practitioner` bool NOT NULL,
  `is_first_login` bool NOT NULL,
  `created_by_id` bigint,
  `city` varchar(50),
  `country` varchar(50),
  `postal_code` varchar(10),
  `street` varchar(200),
  `imported` bool NOT NULL,
  `date_of_birth` date,
  `gender` varchar(10) NOT NULL,
  `updated_at` datetime(6),
  `public_key` longtext,
  `public_key_fingerprint` varchar(64),
  `encrypted_private_key` longtext,
  `encryption_passphrase_pending` bool NOT NULL,
  `encryption_key_lost` bool NOT NULL,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`mobile_phone_number`),
  FOREIGN KEY (`main_organisation_id`) REFERENCES `users_organisation` (`id`),
  FOREIGN KEY (`accepted_term_id`) REFERENCES `users_term` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_fcmdeviceoverride` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `active` bool NOT NULL,
  `date_created` datetime(6),
  `device_id` varchar(255),
  `registration_id` longtext NOT NULL,
  `type` varchar(10) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`registration_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_healthmetric` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `measured_at` datetime(6) NOT NULL,
  `source` varchar(100),
  `notes` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_by_id` bigint,
  `measured_by_id` bigint,
  `user_id` bigint,
  `acknowledged_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`measured_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_webpushsubscription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `endpoint` varchar(500) NOT NULL,
  `p256dh` varchar(200) NOT NULL,
  `auth` varchar(200) NOT NULL,
  `browser` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_active` bool NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`endpoint`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_davapppassword` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(256) NOT NULL,
  `label` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  `is_active` bool NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `messaging_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `content` longtext,
  `subject` varchar(200),
  `communication_method` varchar(20),
  `provider_name` varchar(50) NOT NULL,
  `recipient_phone` varchar(50),
  `recipient_email` varchar(254),
  `status` varchar(20) NOT NULL,
  `sent_at` datetime(6),
  `delivered_at` datetime(6),
  `read_at` datetime(6),
  `failed_at` datetime(6),
  `external_message_id` varchar(200) NOT NULL,
  `error_message` longtext,
  `celery_task_id` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `sent_by_id` bigint,
  `sent_to_id` bigint,
  `task_logs` longtext NOT NULL,
  `template_system_name` longtext,
  `content_html` longtext,
  `additionnal_link_args` json,
  `in_notification` bool NOT NULL,
  `content_type_id` integer,
  `object_id` integer UNSIGNED,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sent_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`sent_to_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `messaging_messagingprovider` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  `api_key` varchar(200),
  `auth_token` varchar(200),
  `account_sid` varchar(100),
  `priority` integer NOT NULL,
  `is_active` bool NOT NULL,
  `communication_method` longtext NOT NULL,
  `application_key` varchar(200),
  `application_secret` varchar(200),
  `client_id` varchar(200),
  `client_secret` varchar(200),
  `consumer_key` varchar(200),
  `from_email` varchar(254),
  `from_phone` varchar(50),
  `sender_id` varchar(50),
  `service_name` varchar(100),
  `excluded_prefixes` json NOT NULL,
  `included_prefixes` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messaging_template` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `template_content` longtext NOT NULL,
  `template_content_en` longtext,
  `template_content_de` longtext,
  `template_content_fr` longtext,
  `template_subject` varchar(500) NOT NULL,
  `template_subject_en` varchar(500),
  `template_subject_de` varchar(500),
  `template_subject_fr` varchar(500),
  `communication_method` json NOT NULL,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `event_type` varchar(100) NOT NULL,
  `template_content_html` longtext,
  `action_label` varchar(100) NOT NULL,
  `template_content_html_de` longtext,
  `template_content_html_en` longtext,
  `template_content_html_fr` longtext,
  `template_content_es` longtext,
  `template_content_html_es` longtext,
  `template_content_html_it` longtext,
  `template_content_it` longtext,
  `template_subject_es` varchar(500),
  `template_subject_it` varchar(500),
  `template_content_html_uk` longtext,
  `template_content_uk` longtext,
  `template_subject_uk` varchar(500),
  `template_content_ar` longtext,
  `template_content_html_ar` longtext,
  `template_subject_ar` varchar(500),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`event_type`)
);

CREATE TABLE `messaging_templatevalidation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `external_template_id` varchar(200) NOT NULL,
  `status` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `validated_at` datetime(6),
  `validation_response` json,
  `messaging_provider_id` bigint NOT NULL,
  `language_code` varchar(5) NOT NULL,
  `celery_task_id` varchar(255) NOT NULL,
  `task_logs` longtext NOT NULL,
  `event_type` varchar(100) NOT NULL,
  `content_hash` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`messaging_provider_id`, `event_type`, `language_code`),
  FOREIGN KEY (`messaging_provider_id`) REFERENCES `messaging_messagingprovider` (`id`)
);

CREATE TABLE `consultations_bookingslot` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_time` time(6) NOT NULL,
  `end_time` time(6) NOT NULL,
  `start_break` time(6),
  `end_break` time(6),
  `monday` bool NOT NULL,
  `tuesday` bool NOT NULL,
  `wednesday` bool NOT NULL,
  `thursday` bool NOT NULL,
  `friday` bool NOT NULL,
  `saturday` bool NOT NULL,
  `sunday` bool NOT NULL,
  `valid_until` date,
  `created_by_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_queue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_en` varchar(200),
  `name_de` varchar(200),
  `name_fr` varchar(200),
  `name_es` varchar(200),
  `name_it` varchar(200),
  `public_key` longtext,
  `public_key_fingerprint` varchar(64),
  `encrypted_queue_private_key_master` longtext,
  `name_uk` varchar(200),
  `name_ar` varchar(200),
  PRIMARY KEY (`id`)
);

CREATE TABLE `consultations_consultation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `closed_at` datetime(6),
  `description` longtext,
  `title` longtext,
  `beneficiary_id` bigint,
  `created_by_id` bigint NOT NULL,
  `owned_by_id` bigint,
  `group_id` bigint,
  `visible_by_patient` bool NOT NULL,
  `room_uuid` char(32) NOT NULL,
  `is_encrypted` bool NOT NULL,
  `temporary` bool NOT NULL,
  `encrypted_private_key_master` longtext,
  `public_key` longtext,
  `public_key_fingerprint` varchar(64),
  `external_id` varchar(255),
  `notes` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`room_uuid`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`owned_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `consultations_queue` (`id`)
);

CREATE TABLE `consultations_appointment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` longtext NOT NULL,
  `status` longtext NOT NULL,
  `scheduled_at` datetime(6),
  `end_expected_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `created_by_id` bigint NOT NULL,
  `consultation_id` bigint,
  `previous_scheduled_at` datetime(6),
  `title` varchar(255),
  `room_uuid` char(32) NOT NULL,
  `transcript` longtext,
  `updated_at` datetime(6),
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`room_uuid`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`)
);

CREATE TABLE `consultations_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `content` longtext,
  `attachment` varchar(100),
  `consultation_id` bigint NOT NULL,
  `created_by_id` bigint,
  `event` longtext,
  `is_edited` bool NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `recording_url` varchar(500),
  `is_encrypted` bool NOT NULL,
  `encrypted_attachment_metadata` longtext,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_participant` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `is_invited` bool NOT NULL,
  `is_confirmed` bool,
  `feedback_rate` integer,
  `feedback_message` longtext,
  `appointment_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `is_notified` bool NOT NULL,
  `is_active` bool NOT NULL,
  `is_consultation_visible` bool NOT NULL,
  `arrived_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `appointment_id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `consultations_appointment` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_reason` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `name_en` longtext,
  `name_de` longtext,
  `name_fr` longtext,
  `created_at` datetime(6) NOT NULL,
  `duration` integer NOT NULL,
  `is_active` bool NOT NULL,
  `assignment_method` longtext NOT NULL,
  `queue_assignee_id` bigint,
  `speciality_id` bigint,
  `user_assignee_id` bigint,
  `name_es` longtext,
  `name_it` longtext,
  `skip_doctor_selection` bool NOT NULL,
  `name_uk` longtext,
  `name_ar` longtext,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`queue_assignee_id`) REFERENCES `consultations_queue` (`id`),
  FOREIGN KEY (`speciality_id`) REFERENCES `users_speciality` (`id`),
  FOREIGN KEY (`user_assignee_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_request` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `expected_at` datetime(6),
  `type` longtext NOT NULL,
  `comment` longtext,
  `refused_reason` longtext,
  `status` longtext NOT NULL,
  `appointment_id` bigint,
  `beneficiary_id` bigint,
  `consultation_id` bigint,
  `created_by_id` bigint NOT NULL,
  `expected_with_id` bigint,
  `reason_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`appointment_id`),
  UNIQUE KEY (`consultation_id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `consultations_appointment` (`id`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`expected_with_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `consultations_reason` (`id`)
);

CREATE TABLE `consultations_prescription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `prescribed_at` datetime(6),
  `status` varchar(20) NOT NULL,
  `medication_name` varchar(200) NOT NULL,
  `dosage` varchar(100) NOT NULL,
  `frequency` varchar(100) NOT NULL,
  `duration` varchar(100),
  `instructions` longtext,
  `notes` longtext,
  `consultation_id` bigint NOT NULL,
  `created_by_id` bigint NOT NULL,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_appointmentrecording` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `egress_id` varchar(255) NOT NULL,
  `filepath` varchar(500) NOT NULL,
  `started_at` datetime(6) NOT NULL,
  `stopped_at` datetime(6),
  `appointment_id` bigint NOT NULL,
  `message_id` bigint,
  `mode` varchar(20) NOT NULL,
  `transcript_text` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`egress_id`),
  UNIQUE KEY (`message_id`),
  FOREIGN KEY (`appointment_id`) REFERENCES `consultations_appointment` (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `consultations_message` (`id`)
);

CREATE TABLE `consultations_customfield` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `field_type` varchar(20) NOT NULL,
  `target_model` varchar(50) NOT NULL,
  `options` json,
  `required` bool NOT NULL,
  `ordering` integer NOT NULL,
  `name_de` varchar(255),
  `name_en` varchar(255),
  `name_fr` varchar(255),
  `name_es` varchar(255),
  `name_it` varchar(255),
  `reason_id` bigint,
  `is_public` bool NOT NULL,
  `name_uk` varchar(255),
  `name_ar` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `consultations_reason` (`id`)
);

CREATE TABLE `consultations_customfieldvalue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` integer UNSIGNED NOT NULL,
  `value` longtext,
  `content_type_id` integer NOT NULL,
  `custom_field_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`custom_field_id`, `content_type_id`, `object_id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`custom_field_id`) REFERENCES `consultations_customfield` (`id`)
);

CREATE TABLE `consultations_consultationreadstatus` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_read_at` datetime(6) NOT NULL,
  `consultation_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`consultation_id`, `user_id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_queuemembership` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `queue_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `encrypted_queue_private_key` longtext,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`queue_id`, `user_id`),
  FOREIGN KEY (`queue_id`) REFERENCES `consultations_queue` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_consultationkey` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `encrypted_private_key` longtext NOT NULL,
  `pubkey_fingerprint` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `consultation_id` bigint NOT NULL,
  `queue_id` bigint,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`),
  FOREIGN KEY (`queue_id`) REFERENCES `consultations_queue` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `consultations_reminder` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `scheduled_at` datetime(6) NOT NULL,
  `is_recurring` bool NOT NULL,
  `recurrence_interval` integer UNSIGNED NOT NULL,
  `recurrence_period` varchar(10) NOT NULL,
  `recurrence_count` integer UNSIGNED NOT NULL,
  `occurrences_sent` integer UNSIGNED NOT NULL,
  `next_run_at` datetime(6),
  `last_sent_at` datetime(6),
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_by_id` bigint NOT NULL,
  `recipient_id` bigint NOT NULL,
  `consultation_id` bigint,
  `recurrence_end_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`recipient_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`consultation_id`) REFERENCES `consultations_consultation` (`id`)
);

CREATE TABLE `mediaserver_server` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(200) NOT NULL,
  `api_secret` longtext,
  `max_session_number` integer NOT NULL,
  `is_active` bool NOT NULL,
  `type` longtext NOT NULL,
  `api_token` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mediaserver_turn` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `login` longtext,
  `credential` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mediaserver_turnurl` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` longtext NOT NULL,
  `turn_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`turn_id`) REFERENCES `mediaserver_turn` (`id`)
);

CREATE TABLE `translations_translationoverride` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `component` varchar(20) NOT NULL,
  `language` varchar(10) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`component`, `language`, `key`)
);

CREATE TABLE `encryption_admin_encryptionsettings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `group_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `users_user_user_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `permission_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `permission_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `users_user_languages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `language_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `language_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `users_language` (`id`)
);

CREATE TABLE `users_user_organisations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `organisation_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `organisation_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`organisation_id`) REFERENCES `users_organisation` (`id`)
);

CREATE TABLE `users_user_specialities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `speciality_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `speciality_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`speciality_id`) REFERENCES `users_speciality` (`id`)
);

CREATE TABLE `consultations_queue_organisation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `queue_id` bigint NOT NULL,
  `organisation_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`queue_id`, `organisation_id`),
  FOREIGN KEY (`queue_id`) REFERENCES `consultations_queue` (`id`),
  FOREIGN KEY (`organisation_id`) REFERENCES `users_organisation` (`id`)
);


-- POCMS "EyeCare" v2 (Padilla Optical Clinic management system, Philippines: patients and their app accounts,
-- appointments and requests, clinical encounters with addenda, spectacle prescriptions, frame reservations,
-- quotations, optical job orders, billing records and payments, dispensing, inventory, messaging with staff,
-- SMS notifications, privacy requests and incidents, visit ratings, OTP and invitation flows, audit log)
-- Upstream: github.com/ttrriipp/eyecare-v2-backend (Laravel 13 / Filament 5 back end and admin panel; the
-- patients' Android app is a separate repository), commit 364d868843121680c1369a34822e1dd57a1ec227;
-- no licence file in the repository (composer.json carries the Laravel skeleton's "MIT").
-- Source: the 142 Laravel migrations of database/migrations/, replayed in file order by a script that
-- interprets the Schema builder calls of each up() (create, table, rename, dropIfExists; column types,
-- nullable, default, useCurrent, after/first, change, renameColumn, dropColumn, softDeletes, timestamps,
-- morphs, foreignId()->constrained(), foreign()->references()->on(), unique, primary, dropForeign, dropUnique,
-- dropConstrainedForeignId) into the MySQL types Laravel's MySQL grammar emits; data backfills (DB::table,
-- DB::statement UPDATE/INSERT) are not schema and are skipped; non-unique and full-text indexes left out.
-- Left out: Laravel's queue tables jobs, failed_jobs and cache_locks. Tables in foreign-key order.

CREATE TABLE `password_reset_tokens` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  PRIMARY KEY (`email`)
);

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `ip_address` VARCHAR(45) NULL,
  `user_agent` TEXT NULL,
  `payload` LONGTEXT NOT NULL,
  `last_activity` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cache` (
  `key` VARCHAR(255) NOT NULL,
  `value` MEDIUMTEXT NOT NULL,
  `expiration` BIGINT NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `personal_access_tokens` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `tokenable_type` VARCHAR(255) NOT NULL,
  `tokenable_id` BIGINT UNSIGNED NOT NULL,
  `name` TEXT NOT NULL,
  `installation_id` VARCHAR(255) NULL,
  `token` VARCHAR(64) NOT NULL,
  `abilities` TEXT NULL,
  `last_used_at` TIMESTAMP NULL,
  `expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
);

CREATE TABLE `roles` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
);

CREATE TABLE `appointment_statuses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `appointment_statuses_name_unique` (`name`)
);

CREATE TABLE `appointment_types` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `patient_label` VARCHAR(255) NULL,
  `patient_description` TEXT NULL,
  `duration_minutes` SMALLINT UNSIGNED NOT NULL DEFAULT 30,
  `requires_referral` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `is_patient_visible` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `appointment_types_name_unique` (`name`)
);

CREATE TABLE `notification_statuses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_statuses_name_unique` (`name`)
);

CREATE TABLE `brands` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `name` VARCHAR(255) NOT NULL,
  `supplier_contact` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `brands_name_unique` (`name`)
);

CREATE TABLE `inventory_movement_types` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_movement_types_name_unique` (`name`)
);

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `notifiable_type` VARCHAR(255) NOT NULL,
  `notifiable_id` BIGINT UNSIGNED NOT NULL,
  `data` TEXT NOT NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `product_categories` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `name` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_name_unique` (`name`)
);

CREATE TABLE `lens_categories` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lens_types_name_unique` (`name`)
);

CREATE TABLE `appointment_schedule_locks` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `schedule_date` DATE NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `appointment_schedule_locks_schedule_date_unique` (`schedule_date`)
);

CREATE TABLE `clinic_hours` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `weekday` TINYINT UNSIGNED NOT NULL,
  `open_time` TIME NOT NULL,
  `close_time` TIME NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clinic_hours_weekday_unique` (`weekday`)
);

CREATE TABLE `services` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `price` DECIMAL(12,2) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lens_options` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `price` DECIMAL(12,2) UNSIGNED NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lens_options_name_unique` (`name`)
);

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `middle_name` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `phone` VARCHAR(20) NULL,
  `address` VARCHAR(255) NULL,
  `date_of_birth` DATE NULL,
  `email_verified_at` TIMESTAMP NULL,
  `password` VARCHAR(255) NULL,
  `role_id` BIGINT UNSIGNED NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `must_change_password` TINYINT(1) NOT NULL DEFAULT 0,
  `password_changed_at` TIMESTAMP NULL,
  `is_optometrist` TINYINT(1) NOT NULL DEFAULT 0,
  `last_login_at` TIMESTAMP NULL,
  `app_authentication_secret` TEXT NULL,
  `privacy_notice_version` VARCHAR(255) NULL,
  `privacy_acknowledged_at` TIMESTAMP NULL,
  `remember_token` VARCHAR(100) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  CONSTRAINT `users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
);

CREATE TABLE `patients` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_number` VARCHAR(32) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `first_name` VARCHAR(255) NULL,
  `middle_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `date_of_birth` DATE NULL,
  `occupation` VARCHAR(255) NULL,
  `address` VARCHAR(255) NULL,
  `gender` VARCHAR(16) NULL,
  `contact_email` VARCHAR(255) NULL,
  `contact_email_lookup_hash` VARCHAR(255) NULL,
  `phone` VARCHAR(20) NULL,
  `phone_lookup_hash` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patients_patient_number_unique` (`patient_number`),
  UNIQUE KEY `patients_user_id_unique` (`user_id`),
  CONSTRAINT `patients_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `appointments` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `appointment_number` VARCHAR(50) NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `appointment_type_id` BIGINT UNSIGNED NOT NULL,
  `duration_minutes` SMALLINT UNSIGNED NOT NULL DEFAULT 30,
  `referring_source` VARCHAR(255) NULL,
  `created_by` BIGINT UNSIGNED NULL,
  `optometrist_id` BIGINT UNSIGNED NULL,
  `source` VARCHAR(255) NOT NULL DEFAULT 'manual',
  `appointment_status_id` BIGINT UNSIGNED NOT NULL,
  `scheduled_at` DATETIME NOT NULL,
  `checked_in_at` DATETIME NULL,
  `checked_in_by` BIGINT UNSIGNED NULL,
  `fulfilled_at` DATETIME NULL,
  `cancelled_by` VARCHAR(255) NULL,
  `cancellation_reason_category` VARCHAR(255) NULL,
  `cancellation_reason_details` TEXT NULL,
  `cancelled_at` DATETIME NULL,
  `no_show_by` BIGINT UNSIGNED NULL,
  `no_show_at` DATETIME NULL,
  `contact_notes` TEXT NULL,
  `reason_for_visit` TEXT NULL,
  `staff_notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `appointments_appointment_number_unique` (`appointment_number`),
  CONSTRAINT `appointments_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `appointments_appointment_type_id_foreign` FOREIGN KEY (`appointment_type_id`) REFERENCES `appointment_types` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `appointments_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointments_optometrist_id_foreign` FOREIGN KEY (`optometrist_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointments_appointment_status_id_foreign` FOREIGN KEY (`appointment_status_id`) REFERENCES `appointment_statuses` (`id`),
  CONSTRAINT `appointments_checked_in_by_foreign` FOREIGN KEY (`checked_in_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointments_no_show_by_foreign` FOREIGN KEY (`no_show_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `sms_notifications` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `appointment_id` BIGINT UNSIGNED NULL,
  `notification_status_id` BIGINT UNSIGNED NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `failure_reason` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sms_notifications_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `sms_notifications_notification_status_id_foreign` FOREIGN KEY (`notification_status_id`) REFERENCES `notification_statuses` (`id`)
);

CREATE TABLE `products` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `brand_id` BIGINT UNSIGNED NOT NULL,
  `category_id` BIGINT UNSIGNED NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `product_type` VARCHAR(255) NOT NULL DEFAULT 'frame',
  `images` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `products_slug_unique` (`slug`),
  CONSTRAINT `products_brand_id_foreign` FOREIGN KEY (`brand_id`) REFERENCES `brands` (`id`),
  CONSTRAINT `products_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `product_categories` (`id`)
);

CREATE TABLE `conversations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `account_user_id` BIGINT UNSIGNED NULL,
  `patient_id` BIGINT UNSIGNED NULL,
  `inbox_archived_at` TIMESTAMP NULL,
  `staff_last_read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_account_user_id_unique` (`account_user_id`),
  CONSTRAINT `conversations_account_user_id_foreign` FOREIGN KEY (`account_user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `conversations_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `messages` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `conversation_id` BIGINT UNSIGNED NOT NULL,
  `sender_id` BIGINT UNSIGNED NOT NULL,
  `body` TEXT NOT NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_conversation_id_foreign` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_sender_id_foreign` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `message_attachments` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `message_id` BIGINT UNSIGNED NOT NULL,
  `file_path` VARCHAR(255) NOT NULL,
  `original_name` VARCHAR(255) NOT NULL,
  `mime_type` VARCHAR(100) NOT NULL,
  `file_size` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_attachments_message_id_foreign` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
);

CREATE TABLE `audit_logs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `actor_id` BIGINT UNSIGNED NULL,
  `subject_type` VARCHAR(255) NOT NULL,
  `subject_id` BIGINT UNSIGNED NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `metadata` JSON NULL,
  `ip_address` VARCHAR(45) NULL,
  `user_agent` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_logs_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `provider_hours` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `weekday` TINYINT UNSIGNED NOT NULL,
  `start_time` TIME NOT NULL,
  `end_time` TIME NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `provider_hours_user_id_weekday_unique` (`user_id`, `weekday`),
  CONSTRAINT `provider_hours_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `schedule_overrides` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NULL,
  `override_date` DATE NOT NULL,
  `type` VARCHAR(32) NOT NULL,
  `start_time` TIME NULL,
  `end_time` TIME NULL,
  `reason` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_overrides_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `encounters` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `encounter_number` VARCHAR(32) NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `appointment_id` BIGINT UNSIGNED NULL,
  `optometrist_id` BIGINT UNSIGNED NULL,
  `status` VARCHAR(16) NOT NULL DEFAULT 'planned',
  `started_at` TIMESTAMP NULL,
  `completed_at` TIMESTAMP NULL,
  `findings` TEXT NULL,
  `remarks` TEXT NULL,
  `chief_complaint` TEXT NULL,
  `past_ocular_history` TEXT NULL,
  `past_surgical_history` TEXT NULL,
  `past_medical_history` TEXT NULL,
  `allergies` TEXT NULL,
  `medications` TEXT NULL,
  `plan` TEXT NULL,
  `assessment` TEXT NULL,
  `supporting_test_results` TEXT NULL,
  `last_wizard_step` SMALLINT UNSIGNED NULL,
  `draft_saved_at` TIMESTAMP NULL,
  `prescription_draft` JSON NULL,
  `completed_by` BIGINT UNSIGNED NULL,
  `voided_by` BIGINT UNSIGNED NULL,
  `voided_at` TIMESTAMP NULL,
  `void_reason` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `encounters_encounter_number_unique` (`encounter_number`),
  UNIQUE KEY `encounters_appointment_id_unique` (`appointment_id`),
  CONSTRAINT `encounters_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `encounters_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `encounters_optometrist_id_foreign` FOREIGN KEY (`optometrist_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `encounters_completed_by_foreign` FOREIGN KEY (`completed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `frame_reservations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `appointment_id` BIGINT UNSIGNED NOT NULL,
  `accepted_at` TIMESTAMP NULL,
  `staff_notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `frame_reservations_appointment_id_unique` (`appointment_id`),
  CONSTRAINT `frame_reservations_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `frame_reservations_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `privacy_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT UNSIGNED NULL,
  `requester_user_id` BIGINT UNSIGNED NULL,
  `request_type` VARCHAR(20) NOT NULL,
  `identity_verified_method` VARCHAR(50) NULL,
  `description` TEXT NULL,
  `disposition` VARCHAR(20) NOT NULL DEFAULT 'pending',
  `disposition_reason` TEXT NULL,
  `handled_by` BIGINT UNSIGNED NULL,
  `requested_at` TIMESTAMP NULL,
  `handled_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacy_requests_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE SET NULL,
  CONSTRAINT `privacy_requests_requester_user_id_foreign` FOREIGN KEY (`requester_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `privacy_requests_handled_by_foreign` FOREIGN KEY (`handled_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `privacy_incidents` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `reference_number` VARCHAR(32) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `scope` TEXT NULL,
  `status` VARCHAR(24) NOT NULL DEFAULT 'reported',
  `reported_by` BIGINT UNSIGNED NOT NULL,
  `assigned_to` BIGINT UNSIGNED NULL,
  `containment_actions` TEXT NULL,
  `decisions` TEXT NULL,
  `resolution_notes` TEXT NULL,
  `discovered_at` TIMESTAMP NULL,
  `contained_at` TIMESTAMP NULL,
  `resolved_at` TIMESTAMP NULL,
  `closed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `privacy_incidents_reference_number_unique` (`reference_number`),
  CONSTRAINT `privacy_incidents_reported_by_foreign` FOREIGN KEY (`reported_by`) REFERENCES `users` (`id`),
  CONSTRAINT `privacy_incidents_assigned_to_foreign` FOREIGN KEY (`assigned_to`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `appointment_reschedules` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `appointment_id` BIGINT UNSIGNED NOT NULL,
  `previous_scheduled_at` DATETIME NOT NULL,
  `new_scheduled_at` DATETIME NOT NULL,
  `initiated_by` VARCHAR(255) NOT NULL,
  `reason_category` VARCHAR(255) NULL,
  `reason_details` TEXT NULL,
  `rescheduled_at` DATETIME NOT NULL,
  `notified_at` DATETIME NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_reschedules_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `patient_account_contacts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `encrypted_value` TEXT NOT NULL,
  `lookup_hash` VARCHAR(255) NOT NULL,
  `verified_at` TIMESTAMP NULL,
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patient_account_contacts_lookup_hash_unique` (`lookup_hash`),
  UNIQUE KEY `patient_account_contacts_user_id_type_unique` (`user_id`, `type`),
  CONSTRAINT `patient_account_contacts_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `otp_challenges` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `public_id` VARCHAR(128) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `purpose` VARCHAR(255) NOT NULL,
  `channel` VARCHAR(255) NOT NULL,
  `encrypted_destination` TEXT NOT NULL,
  `destination_hash` VARCHAR(255) NOT NULL,
  `code_digest` VARCHAR(255) NOT NULL,
  `attempts` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `max_attempts` SMALLINT UNSIGNED NOT NULL DEFAULT 5,
  `expires_at` TIMESTAMP NOT NULL,
  `last_sent_at` TIMESTAMP NULL,
  `consumed_at` TIMESTAMP NULL,
  `invalidated_at` TIMESTAMP NULL,
  `delivery_status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `otp_challenges_public_id_unique` (`public_id`),
  CONSTRAINT `otp_challenges_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `patient_link_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `request_number` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `encrypted_identity_snapshot` TEXT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `reviewed_patient_id` BIGINT UNSIGNED NULL,
  `reviewer_id` BIGINT UNSIGNED NULL,
  `decision_note` TEXT NULL,
  `reviewed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patient_link_requests_request_number_unique` (`request_number`),
  CONSTRAINT `patient_link_requests_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `patient_link_requests_reviewed_patient_id_foreign` FOREIGN KEY (`reviewed_patient_id`) REFERENCES `patients` (`id`) ON DELETE SET NULL,
  CONSTRAINT `patient_link_requests_reviewer_id_foreign` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `patient_link_candidates` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `link_request_id` BIGINT UNSIGNED NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `match_strength` VARCHAR(255) NOT NULL,
  `reason_codes` JSON NULL,
  `rank` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patient_link_candidates_link_request_id_patient_id_unique` (`link_request_id`, `patient_id`),
  CONSTRAINT `patient_link_candidates_link_request_id_foreign` FOREIGN KEY (`link_request_id`) REFERENCES `patient_link_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `patient_link_candidates_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE
);

CREATE TABLE `patient_invitations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `public_id` CHAR(36) NOT NULL,
  `invitation_code` VARCHAR(8) NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `sender_id` BIGINT UNSIGNED NOT NULL,
  `channel` VARCHAR(255) NOT NULL,
  `encrypted_destination` TEXT NOT NULL,
  `destination_hash` VARCHAR(255) NOT NULL,
  `secret_digest` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `expires_at` TIMESTAMP NOT NULL,
  `sent_at` TIMESTAMP NULL,
  `revoked_at` TIMESTAMP NULL,
  `accepted_at` TIMESTAMP NULL,
  `accepted_by_user_id` BIGINT UNSIGNED NULL,
  `failed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patient_invitations_public_id_unique` (`public_id`),
  UNIQUE KEY `patient_invitations_invitation_code_unique` (`invitation_code`),
  CONSTRAINT `patient_invitations_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `patient_invitations_sender_id_foreign` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `patient_invitations_accepted_by_user_id_foreign` FOREIGN KEY (`accepted_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `appointment_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `request_number` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `patient_id` BIGINT UNSIGNED NULL,
  `appointment_type_id` BIGINT UNSIGNED NULL,
  `appointment_id` BIGINT UNSIGNED NULL,
  `scheduled_at` TIMESTAMP NOT NULL,
  `alternative_scheduled_times` JSON NULL,
  `provisional_duration_minutes` SMALLINT UNSIGNED NOT NULL DEFAULT 30,
  `encrypted_reason_for_visit` TEXT NOT NULL,
  `encrypted_referring_source` TEXT NULL,
  `encrypted_identity_snapshot` TEXT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `expires_at` TIMESTAMP NOT NULL,
  `resolved_by_user_id` BIGINT UNSIGNED NULL,
  `resolved_at` TIMESTAMP NULL,
  `rejection_reason` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `appointment_requests_request_number_unique` (`request_number`),
  UNIQUE KEY `appointment_requests_appointment_id_unique` (`appointment_id`),
  CONSTRAINT `appointment_requests_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `appointment_requests_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointment_requests_appointment_type_id_foreign` FOREIGN KEY (`appointment_type_id`) REFERENCES `appointment_types` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointment_requests_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `appointment_requests_resolved_by_user_id_foreign` FOREIGN KEY (`resolved_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `visit_ratings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `appointment_id` BIGINT UNSIGNED NOT NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `optometrist_id` BIGINT UNSIGNED NULL,
  `rating` TINYINT UNSIGNED NOT NULL,
  `comment` TEXT NULL,
  `service_ids` JSON NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `moderation_reason` TEXT NULL,
  `moderated_by` BIGINT UNSIGNED NULL,
  `moderated_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visit_ratings_appointment_id_unique` (`appointment_id`),
  CONSTRAINT `visit_ratings_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `visit_ratings_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `visit_ratings_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL,
  CONSTRAINT `visit_ratings_optometrist_id_foreign` FOREIGN KEY (`optometrist_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `visit_ratings_moderated_by_foreign` FOREIGN KEY (`moderated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `role_user` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `role_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_user_role_id_user_id_unique` (`role_id`, `user_id`),
  CONSTRAINT `role_user_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `encounter_addenda` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `encounter_id` BIGINT UNSIGNED NOT NULL,
  `sequence_number` SMALLINT UNSIGNED NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `reason` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `authored_by` BIGINT UNSIGNED NOT NULL,
  `authored_at` TIMESTAMP NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `encounter_addenda_encounter_id_sequence_number_unique` (`encounter_id`, `sequence_number`),
  CONSTRAINT `encounter_addenda_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `encounter_addenda_authored_by_foreign` FOREIGN KEY (`authored_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `prescriptions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `prescription_number` VARCHAR(32) NOT NULL,
  `patient_id` BIGINT UNSIGNED NULL,
  `appointment_id` BIGINT UNSIGNED NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `previous_prescription_id` BIGINT UNSIGNED NULL,
  `created_by` BIGINT UNSIGNED NOT NULL,
  `voided_by` BIGINT UNSIGNED NULL,
  `voided_at` TIMESTAMP NULL,
  `void_reason` TEXT NULL,
  `main_od_value` TEXT NULL,
  `main_od_sphere` TEXT NULL,
  `main_od_cylinder` TEXT NULL,
  `main_os_value` TEXT NULL,
  `main_os_sphere` TEXT NULL,
  `main_os_cylinder` TEXT NULL,
  `add_od_value` TEXT NULL,
  `add_od_sphere` TEXT NULL,
  `add_od_cylinder` TEXT NULL,
  `add_os_value` TEXT NULL,
  `add_os_sphere` TEXT NULL,
  `add_os_cylinder` TEXT NULL,
  `remarks` TEXT NULL,
  `amendment_reason` TEXT NULL,
  `prescribed_at` DATE NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prescriptions_prescription_number_unique` (`prescription_number`),
  CONSTRAINT `prescriptions_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `prescriptions_appointment_id_foreign` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `prescriptions_previous_prescription_id_foreign` FOREIGN KEY (`previous_prescription_id`) REFERENCES `prescriptions` (`id`),
  CONSTRAINT `prescriptions_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `prescriptions_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL
);

CREATE TABLE `quotations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `quotation_number` VARCHAR(32) NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `prescription_id` BIGINT UNSIGNED NULL,
  `status` VARCHAR(16) NOT NULL DEFAULT 'draft',
  `valid_until` DATE NULL,
  `subtotal` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `discount_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `total` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `confirmed_by` BIGINT UNSIGNED NULL,
  `confirmed_at` TIMESTAMP NULL,
  `decline_reason` TEXT NULL,
  `notes` TEXT NULL,
  `internal_notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `quotations_quotation_number_unique` (`quotation_number`),
  CONSTRAINT `quotations_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quotations_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL,
  CONSTRAINT `quotations_prescription_id_foreign` FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `quotations_confirmed_by_foreign` FOREIGN KEY (`confirmed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `job_orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `job_order_number` VARCHAR(32) NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `prescription_id` BIGINT UNSIGNED NULL,
  `quotation_id` BIGINT UNSIGNED NULL,
  `status` VARCHAR(24) NOT NULL DEFAULT 'queued',
  `fulfillment_mode` VARCHAR(20) NOT NULL DEFAULT 'prepared',
  `uses_external_supplier` TINYINT(1) NOT NULL DEFAULT 0,
  `total_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `notes` TEXT NULL,
  `supplier_invoice_number` VARCHAR(100) NULL,
  `started_at` TIMESTAMP NULL,
  `ready_at` TIMESTAMP NULL,
  `dispensed_at` TIMESTAMP NULL,
  `cancelled_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_orders_job_order_number_unique` (`job_order_number`),
  UNIQUE KEY `job_orders_quotation_id_unique` (`quotation_id`),
  CONSTRAINT `job_orders_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_orders_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_orders_prescription_id_foreign` FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_orders_quotation_id_foreign` FOREIGN KEY (`quotation_id`) REFERENCES `quotations` (`id`) ON DELETE SET NULL
);

CREATE TABLE `billing_records` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `billing_record_number` VARCHAR(32) NOT NULL,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `job_order_id` BIGINT UNSIGNED NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `quotation_id` BIGINT UNSIGNED NULL,
  `status` VARCHAR(16) NOT NULL DEFAULT 'unpaid',
  `subtotal_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `discount_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `total_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `amount_paid` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `balance_due` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `notes` TEXT NULL,
  `recorded_by` BIGINT UNSIGNED NULL,
  `recorded_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `voided_by` BIGINT UNSIGNED NULL,
  `voided_at` TIMESTAMP NULL,
  `void_reason` TEXT NULL,
  `payment_due_date` DATE NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_records_billing_record_number_unique` (`billing_record_number`),
  CONSTRAINT `billing_records_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `billing_records_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_records_recorded_by_foreign` FOREIGN KEY (`recorded_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_records_voided_by_foreign` FOREIGN KEY (`voided_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_records_job_order_id_foreign` FOREIGN KEY (`job_order_id`) REFERENCES `job_orders` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_records_quotation_id_foreign` FOREIGN KEY (`quotation_id`) REFERENCES `quotations` (`id`) ON DELETE SET NULL
);

CREATE TABLE `billing_payments` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `billing_record_id` BIGINT UNSIGNED NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `payment_method` VARCHAR(32) NOT NULL DEFAULT 'cash',
  `reference_number` VARCHAR(100) NULL,
  `status` VARCHAR(16) NOT NULL DEFAULT 'posted',
  `recorded_by` BIGINT UNSIGNED NULL,
  `recorded_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `notes` TEXT NULL,
  `reversed_by` BIGINT UNSIGNED NULL,
  `reversed_at` TIMESTAMP NULL,
  `reversal_reason` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `billing_payments_billing_record_id_foreign` FOREIGN KEY (`billing_record_id`) REFERENCES `billing_records` (`id`) ON DELETE CASCADE,
  CONSTRAINT `billing_payments_recorded_by_foreign` FOREIGN KEY (`recorded_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_payments_reversed_by_foreign` FOREIGN KEY (`reversed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `dispensing_events` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `job_order_id` BIGINT UNSIGNED NOT NULL,
  `billing_record_id` BIGINT UNSIGNED NULL,
  `dispensed_by` BIGINT UNSIGNED NOT NULL,
  `recipient_name` VARCHAR(255) NULL,
  `notes` TEXT NULL,
  `released_balance_amount` DECIMAL(12,2) NOT NULL DEFAULT 0,
  `balance_override_by` BIGINT UNSIGNED NULL,
  `balance_override_reason` TEXT NULL,
  `balance_due_date` DATE NULL,
  `dispensed_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dispensing_events_job_order_id_foreign` FOREIGN KEY (`job_order_id`) REFERENCES `job_orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dispensing_events_billing_record_id_foreign` FOREIGN KEY (`billing_record_id`) REFERENCES `billing_records` (`id`) ON DELETE SET NULL,
  CONSTRAINT `dispensing_events_dispensed_by_foreign` FOREIGN KEY (`dispensed_by`) REFERENCES `users` (`id`),
  CONSTRAINT `dispensing_events_balance_override_by_foreign` FOREIGN KEY (`balance_override_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `product_variants` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `product_id` BIGINT UNSIGNED NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sku` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `price` DECIMAL(10,2) NOT NULL,
  `compare_at_price` DECIMAL(10,2) NULL,
  `cost_price` DECIMAL(10,2) NULL,
  `attributes` JSON NULL,
  `stock_quantity` INT UNSIGNED NOT NULL DEFAULT 0,
  `low_stock_threshold` INT UNSIGNED NOT NULL DEFAULT 0,
  `target_stock_level` INT UNSIGNED NULL DEFAULT NULL,
  `ar_eligible` TINYINT(1) NOT NULL DEFAULT 0,
  `ar_asset_reference` VARCHAR(255) NULL,
  `published_ar_asset_id` BIGINT UNSIGNED NULL,
  `images` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_variants_sku_unique` (`sku`),
  CONSTRAINT `product_variants_product_id_foreign` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE
);

CREATE TABLE `inventory_movements` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `product_variant_id` BIGINT UNSIGNED NOT NULL,
  `reservation_id` BIGINT UNSIGNED NULL,
  `job_order_id` BIGINT UNSIGNED NULL,
  `quantity_change` INT NOT NULL,
  `previous_stock` INT NULL,
  `new_stock` INT NULL,
  `created_by` BIGINT UNSIGNED NULL,
  `notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `inventory_movement_type_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inventory_movements_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_movements_inventory_movement_type_id_foreign` FOREIGN KEY (`inventory_movement_type_id`) REFERENCES `inventory_movement_types` (`id`),
  CONSTRAINT `inventory_movements_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `frame_reservation_items` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `frame_reservation_id` BIGINT UNSIGNED NOT NULL,
  `product_variant_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `frame_reservation_items_frame_reservation_id_foreign` FOREIGN KEY (`frame_reservation_id`) REFERENCES `frame_reservations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `frame_reservation_items_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE CASCADE
);

CREATE TABLE `quotation_items` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `quotation_id` BIGINT UNSIGNED NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `quantity` INT UNSIGNED NOT NULL DEFAULT 1,
  `unit_price` DECIMAL(12,2) NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `product_variant_id` BIGINT UNSIGNED NULL,
  `lens_category_id` BIGINT UNSIGNED NULL,
  `lens_option_id` BIGINT UNSIGNED NULL,
  `service_id` BIGINT UNSIGNED NULL,
  `item_kind` VARCHAR(30) NOT NULL DEFAULT 'custom_product',
  `item_snapshot` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `quotation_items_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE SET NULL,
  CONSTRAINT `quotation_items_lens_category_id_foreign` FOREIGN KEY (`lens_category_id`) REFERENCES `lens_categories` (`id`) ON DELETE SET NULL,
  CONSTRAINT `quotation_items_quotation_id_foreign` FOREIGN KEY (`quotation_id`) REFERENCES `quotations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quotation_items_service_id_foreign` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE SET NULL,
  CONSTRAINT `quotation_items_lens_option_id_foreign` FOREIGN KEY (`lens_option_id`) REFERENCES `lens_options` (`id`) ON DELETE SET NULL
);

CREATE TABLE `job_order_items` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `job_order_id` BIGINT UNSIGNED NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `quantity` INT UNSIGNED NOT NULL DEFAULT 1,
  `unit_price` DECIMAL(12,2) NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `product_variant_id` BIGINT UNSIGNED NULL,
  `lens_category_id` BIGINT UNSIGNED NULL,
  `lens_option_id` BIGINT UNSIGNED NULL,
  `item_kind` VARCHAR(30) NOT NULL DEFAULT 'custom_product',
  `item_snapshot` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_order_items_job_order_id_foreign` FOREIGN KEY (`job_order_id`) REFERENCES `job_orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_order_items_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_order_items_lens_category_id_foreign` FOREIGN KEY (`lens_category_id`) REFERENCES `lens_categories` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_order_items_lens_option_id_foreign` FOREIGN KEY (`lens_option_id`) REFERENCES `lens_options` (`id`) ON DELETE SET NULL
);

CREATE TABLE `frame_ratings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_id` BIGINT UNSIGNED NOT NULL,
  `product_variant_id` BIGINT UNSIGNED NOT NULL,
  `dispensing_event_id` BIGINT UNSIGNED NULL,
  `rating` TINYINT UNSIGNED NOT NULL,
  `comment` TEXT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `moderation_reason` TEXT NULL,
  `moderated_by` BIGINT UNSIGNED NULL,
  `moderated_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `frame_ratings_patient_id_product_variant_id_unique` (`patient_id`, `product_variant_id`),
  CONSTRAINT `frame_ratings_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `frame_ratings_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `frame_ratings_dispensing_event_id_foreign` FOREIGN KEY (`dispensing_event_id`) REFERENCES `dispensing_events` (`id`) ON DELETE SET NULL,
  CONSTRAINT `frame_ratings_moderated_by_foreign` FOREIGN KEY (`moderated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `billing_record_items` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `billing_record_id` BIGINT UNSIGNED NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `quantity` INT UNSIGNED NOT NULL DEFAULT 1,
  `unit_price` DECIMAL(12,2) NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `job_order_item_id` BIGINT UNSIGNED NULL,
  `quotation_item_id` BIGINT UNSIGNED NULL,
  `service_id` BIGINT UNSIGNED NULL,
  `encounter_id` BIGINT UNSIGNED NULL,
  `source_kind` VARCHAR(20) NOT NULL DEFAULT 'optical_order',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_record_items_billing_record_id_quotation_item_id_unique` (`billing_record_id`, `quotation_item_id`),
  CONSTRAINT `billing_record_items_billing_record_id_foreign` FOREIGN KEY (`billing_record_id`) REFERENCES `billing_records` (`id`) ON DELETE CASCADE,
  CONSTRAINT `billing_record_items_job_order_item_id_foreign` FOREIGN KEY (`job_order_item_id`) REFERENCES `job_order_items` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_record_items_encounter_id_foreign` FOREIGN KEY (`encounter_id`) REFERENCES `encounters` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_record_items_quotation_item_id_foreign` FOREIGN KEY (`quotation_item_id`) REFERENCES `quotation_items` (`id`) ON DELETE SET NULL,
  CONSTRAINT `billing_record_items_service_id_foreign` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE SET NULL
);

CREATE TABLE `ar_assets` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `product_variant_id` BIGINT UNSIGNED NOT NULL,
  `version` INT UNSIGNED NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `format` VARCHAR(8) NOT NULL,
  `quarantine_path` VARCHAR(512) NOT NULL,
  `published_path` VARCHAR(512) NULL,
  `url` VARCHAR(2048) NULL,
  `byte_size` BIGINT UNSIGNED NULL,
  `sha256` CHAR(64) NULL,
  `calibration` JSON NULL,
  `uploaded_by` BIGINT UNSIGNED NULL,
  `uploaded_at` TIMESTAMP NULL,
  `validated_at` TIMESTAMP NULL,
  `approved_by` BIGINT UNSIGNED NULL,
  `approved_at` TIMESTAMP NULL,
  `published_by` BIGINT UNSIGNED NULL,
  `published_at` TIMESTAMP NULL,
  `disabled_by` BIGINT UNSIGNED NULL,
  `disabled_at` TIMESTAMP NULL,
  `superseded_at` TIMESTAMP NULL,
  `expires_at` TIMESTAMP NULL,
  `validation_error` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ar_assets_product_variant_id_version_unique` (`product_variant_id`, `version`),
  CONSTRAINT `ar_assets_product_variant_id_foreign` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ar_assets_uploaded_by_foreign` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ar_assets_approved_by_foreign` FOREIGN KEY (`approved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ar_assets_published_by_foreign` FOREIGN KEY (`published_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ar_assets_disabled_by_foreign` FOREIGN KEY (`disabled_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
);
-- LATER [('product_variants', 'CONSTRAINT `product_variants_published_ar_asset_id_foreign` FOREIGN KEY (`published_ar_asset_id`) REFERENCES `ar_assets` (`id`) ON DELETE SET NULL')]

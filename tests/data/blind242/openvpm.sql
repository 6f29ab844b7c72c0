-- OpenVPM (open-source veterinary practice information management system; Next.js + Drizzle ORM + PostgreSQL 16)
-- Practices and locations, staff users, clients (animal owners) and patients (animals), appointments, waitlist,
-- SOAP notes, clinical notes, problem list, vital signs, lab results, vaccinations, prescriptions, controlled
-- substances, cases, invoices, payments, pet-insurance policies and claims, wellness plans, client communications,
-- SMS/e-mail suppressions, audit log, sessions, tokens, API keys, webhooks, inventory and suppliers.
-- Upstream: github.com/evangauer/openvpm, packages/db/drizzle/0000_baseline.sql + 0022_email_suppressions.sql,
-- commit 43cc734d418d7b70aaef5ff8b13f9ab81dd8592b (licence: AGPL-3.0 by its README).
-- The baseline migration creates 54 tables and 0022 adds email_suppressions; the other migrations present at that
-- commit (0001-0021 and 0023-0024, index migrations by their names, and 0025, which adds practice_payment_accounts)
-- are not replayed. All 55 tables of baseline + 0022 are kept, columns in upstream order.
-- PostgreSQL written as MySQL: uuid -> char(36) (gen_random_uuid() defaults dropped), timestamp with time zone ->
-- datetime (DEFAULT now() -> CURRENT_TIMESTAMP), jsonb -> json, boolean -> tinyint(1), numeric -> decimal,
-- integer -> int, PostgreSQL enum types -> ENUM with the same values; ALTER TABLE ... FOREIGN KEY -> inline
-- FOREIGN KEY (tables in dependency order), CREATE [UNIQUE] INDEX -> KEY / UNIQUE KEY with upstream's names.

CREATE TABLE `practices` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `name` varchar(255) NOT NULL,
  `address` text,
  `phone` varchar(32),
  `email` varchar(255),
  `website` varchar(255),
  `timezone` varchar(64) NOT NULL DEFAULT 'America/New_York',
  `logo_url` varchar(512),
  `settings` json DEFAULT '{}',
  `subscription_tier` varchar(32) NOT NULL DEFAULT 'free',
  `stripe_customer_id` varchar(64),
  `stripe_subscription_id` varchar(64),
  `billing_status` varchar(24) NOT NULL DEFAULT 'none',
  `trial_ends_at` datetime,
  `country` varchar(2) NOT NULL DEFAULT 'US',
  `currency` varchar(3) NOT NULL DEFAULT 'usd',
  `tax_rate_percent` decimal(5,2) NOT NULL DEFAULT '8.00',
  `vat_number` varchar(32),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `address` text,
  `phone` varchar(32),
  `is_primary` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `locations_practice_idx` (`practice_id`, `deleted_at`),
  KEY `locations_primary_idx` (`practice_id`, `is_primary`),
  CONSTRAINT `locations_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `role` enum('admin','veterinarian','technician','front_desk','viewer') NOT NULL DEFAULT 'front_desk',
  `practice_id` char(36) NOT NULL,
  `location_id` char(36),
  `avatar_url` varchar(512),
  `license_number` varchar(64),
  `phone` varchar(32),
  `email_verified_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  KEY `users_practice_idx` (`practice_id`, `deleted_at`),
  KEY `users_location_idx` (`location_id`),
  KEY `users_role_idx` (`practice_id`, `role`),
  CONSTRAINT `users_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `users_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `first_name` varchar(128) NOT NULL,
  `last_name` varchar(128) NOT NULL,
  `email` varchar(255),
  `phone` varchar(32),
  `address` text,
  `city` varchar(128),
  `state` varchar(64),
  `zip` varchar(16),
  `emergency_contact` varchar(255),
  `emergency_phone` varchar(32),
  `preferred_contact_method` enum('phone','email','sms','portal') DEFAULT 'phone',
  `sms_consent` tinyint(1) NOT NULL DEFAULT 0,
  `sms_consent_at` datetime,
  `sms_consent_source` varchar(32),
  `sms_consent_disclosure` text,
  `notes` text,
  `access_token` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_access_token_unique` (`access_token`),
  KEY `clients_practice_idx` (`practice_id`, `deleted_at`),
  KEY `clients_name_trgm_idx` (`first_name`, `last_name`),
  KEY `clients_email_idx` (`email`),
  CONSTRAINT `clients_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patients` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `species` enum('canine','feline','avian','rabbit','reptile','equine','other') NOT NULL,
  `breed` varchar(128),
  `sex` enum('male','female','male_neutered','female_spayed'),
  `dob` date,
  `color` varchar(64),
  `microchip_number` varchar(64),
  `photo_url` varchar(512),
  `status` enum('active','inactive','deceased') NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`),
  KEY `patients_practice_idx` (`practice_id`, `deleted_at`),
  KEY `patients_client_idx` (`client_id`),
  KEY `patients_name_idx` (`name`),
  CONSTRAINT `patients_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `patients_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_allergies` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `patient_id` char(36) NOT NULL,
  `allergen` varchar(255) NOT NULL,
  `reaction` text,
  `severity` enum('mild','moderate','severe') NOT NULL DEFAULT 'moderate',
  `noted_by` char(36),
  `noted_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `patient_allergies_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `patient_allergies_noted_by_users_id_fk` FOREIGN KEY (`noted_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_weights` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `patient_id` char(36) NOT NULL,
  `weight_kg` decimal(8,3) NOT NULL,
  `recorded_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `recorded_by` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `patient_weights_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `patient_weights_recorded_by_users_id_fk` FOREIGN KEY (`recorded_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_types` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `duration_minutes` int NOT NULL DEFAULT 30,
  `color` varchar(7) DEFAULT '#0d9488',
  `requires_doctor` int NOT NULL DEFAULT 1,
  `default_room_type` enum('exam','surgery','treatment','boarding') DEFAULT 'exam',
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_types_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_waitlist` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `patient_id` char(36),
  `type_id` char(36),
  `status` enum('waiting','scheduled','cancelled') NOT NULL DEFAULT 'waiting',
  `preferred_from` date,
  `preferred_to` date,
  `notes` text,
  `created_by` char(36),
  PRIMARY KEY (`id`),
  KEY `waitlist_practice_idx` (`practice_id`, `status`),
  CONSTRAINT `appointment_waitlist_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `appointment_waitlist_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `appointment_waitlist_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `appointment_waitlist_type_id_appointment_types_id_fk` FOREIGN KEY (`type_id`) REFERENCES `appointment_types` (`id`),
  CONSTRAINT `appointment_waitlist_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recurring_series` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `frequency` enum('weekly','monthly','annual') NOT NULL,
  `interval` int NOT NULL DEFAULT 1,
  `end_date` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `recurring_series_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `location_id` char(36),
  `name` varchar(128) NOT NULL,
  `type` enum('exam','surgery','treatment','boarding') NOT NULL DEFAULT 'exam',
  PRIMARY KEY (`id`),
  CONSTRAINT `rooms_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `rooms_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `type_id` char(36),
  `patient_id` char(36),
  `client_id` char(36),
  `doctor_id` char(36),
  `room_id` char(36),
  `status` enum('scheduled','confirmed','checked_in','in_exam','checked_out','no_show','cancelled') NOT NULL DEFAULT 'scheduled',
  `notes` text,
  `recurring_series_id` char(36),
  PRIMARY KEY (`id`),
  KEY `appointments_practice_time_idx` (`practice_id`, `start_time`, `doctor_id`),
  KEY `appointments_patient_idx` (`patient_id`),
  KEY `appointments_doctor_idx` (`doctor_id`, `start_time`),
  CONSTRAINT `appointments_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `appointments_type_id_appointment_types_id_fk` FOREIGN KEY (`type_id`) REFERENCES `appointment_types` (`id`),
  CONSTRAINT `appointments_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `appointments_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `appointments_doctor_id_users_id_fk` FOREIGN KEY (`doctor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `appointments_room_id_rooms_id_fk` FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`),
  CONSTRAINT `appointments_recurring_series_id_recurring_series_id_fk` FOREIGN KEY (`recurring_series_id`) REFERENCES `recurring_series` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_schedules` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `day_of_week` int NOT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  `location_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `staff_schedules_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `staff_schedules_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `staff_schedules_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text,
  `status` enum('open','closed') NOT NULL DEFAULT 'open',
  `opened_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `closed_at` datetime,
  `primary_vet_id` char(36),
  PRIMARY KEY (`id`),
  KEY `cases_patient_status_idx` (`patient_id`, `status`),
  KEY `cases_practice_status_idx` (`practice_id`, `status`, `deleted_at`),
  CONSTRAINT `cases_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `cases_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `cases_primary_vet_id_users_id_fk` FOREIGN KEY (`primary_vet_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_entries` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `case_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `medical_record_type` varchar(64),
  `medical_record_id` char(36),
  `notes` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `case_entries_case_id_cases_id_fk` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`),
  CONSTRAINT `case_entries_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinical_notes` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `author_id` char(36) NOT NULL,
  `note_type` enum('general','follow_up','phone_call') NOT NULL DEFAULT 'general',
  `content` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `clinical_notes_patient_idx` (`patient_id`, `note_type`),
  KEY `clinical_notes_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `clinical_notes_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `clinical_notes_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `clinical_notes_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lab_results` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `test_name` varchar(255) NOT NULL,
  `result_value` varchar(128),
  `unit` varchar(32),
  `reference_range_low` decimal(10,3),
  `reference_range_high` decimal(10,3),
  `status` enum('pending','completed','reviewed') NOT NULL DEFAULT 'pending',
  `ordered_by` char(36),
  `reviewed_by` char(36),
  PRIMARY KEY (`id`),
  KEY `lab_results_patient_idx` (`patient_id`, `status`),
  KEY `lab_results_practice_status_idx` (`practice_id`, `status`, `deleted_at`),
  CONSTRAINT `lab_results_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `lab_results_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `lab_results_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `lab_results_ordered_by_users_id_fk` FOREIGN KEY (`ordered_by`) REFERENCES `users` (`id`),
  CONSTRAINT `lab_results_reviewed_by_users_id_fk` FOREIGN KEY (`reviewed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `problem_list` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `description` varchar(500) NOT NULL,
  `status` enum('active','resolved','chronic') NOT NULL DEFAULT 'active',
  `onset_date` date,
  `resolved_date` date,
  PRIMARY KEY (`id`),
  KEY `problem_list_patient_status_idx` (`patient_id`, `status`),
  KEY `problem_list_practice_status_idx` (`practice_id`, `status`, `deleted_at`),
  CONSTRAINT `problem_list_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `problem_list_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `procedures` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `name` varchar(255) NOT NULL,
  `description` text,
  `performed_by` char(36),
  `anesthesia_used` text,
  `duration_minutes` int,
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `procedures_patient_idx` (`patient_id`),
  KEY `procedures_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `procedures_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `procedures_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `procedures_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `procedures_performed_by_users_id_fk` FOREIGN KEY (`performed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `soap_notes` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `author_id` char(36) NOT NULL,
  `subjective` text,
  `objective` text,
  `assessment` text,
  `plan` text,
  PRIMARY KEY (`id`),
  KEY `soap_notes_patient_idx` (`patient_id`),
  KEY `soap_notes_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `soap_notes_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `soap_notes_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `soap_notes_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `soap_notes_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_plans` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `problem_id` char(36),
  `title` varchar(255) NOT NULL,
  `description` text,
  `status` enum('active','completed','discontinued') NOT NULL DEFAULT 'active',
  `start_date` date,
  `end_date` date,
  `created_by` char(36),
  PRIMARY KEY (`id`),
  KEY `treatment_plans_patient_idx` (`patient_id`),
  KEY `treatment_plans_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `treatment_plans_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `treatment_plans_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `treatment_plans_problem_id_problem_list_id_fk` FOREIGN KEY (`problem_id`) REFERENCES `problem_list` (`id`),
  CONSTRAINT `treatment_plans_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_plan_items` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `plan_id` char(36) NOT NULL,
  `description` varchar(500) NOT NULL,
  `instructions` text,
  `status` enum('pending','in_progress','done','skipped') NOT NULL DEFAULT 'pending',
  `sort_order` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `treatment_plan_items_plan_id_treatment_plans_id_fk` FOREIGN KEY (`plan_id`) REFERENCES `treatment_plans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vaccination_records` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `vaccine_name` varchar(255) NOT NULL,
  `lot_number` varchar(64),
  `manufacturer` varchar(128),
  `administered_by` char(36),
  `administered_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `next_due_date` date,
  `certificate_url` varchar(512),
  PRIMARY KEY (`id`),
  KEY `vaccination_records_patient_idx` (`patient_id`, `next_due_date`),
  KEY `vaccination_records_practice_due_idx` (`practice_id`, `next_due_date`, `deleted_at`),
  CONSTRAINT `vaccination_records_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `vaccination_records_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `vaccination_records_administered_by_users_id_fk` FOREIGN KEY (`administered_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vital_signs` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `appointment_id` char(36),
  `recorded_by` char(36),
  `recorded_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `temperature_c` decimal(4,1),
  `heart_rate_bpm` int,
  `respiratory_rate_bpm` int,
  `weight_kg` decimal(8,3),
  `body_condition_score` int,
  `pain_score` int,
  `mucous_membrane` varchar(64),
  `capillary_refill_sec` decimal(3,1),
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `vital_signs_patient_idx` (`patient_id`, `recorded_at`),
  KEY `vital_signs_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `vital_signs_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `vital_signs_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `vital_signs_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`),
  CONSTRAINT `vital_signs_recorded_by_users_id_fk` FOREIGN KEY (`recorded_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `drug_interactions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `drug_a` varchar(255) NOT NULL,
  `drug_b` varchar(255) NOT NULL,
  `severity` enum('minor','moderate','major') NOT NULL,
  `description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `location_id` char(36),
  `name` varchar(255) NOT NULL,
  `sku` varchar(64),
  `category` varchar(128),
  `unit_price` decimal(10,2) NOT NULL,
  `cost_price` decimal(10,2),
  `stock_quantity` int NOT NULL DEFAULT 0,
  `reorder_point` int DEFAULT 10,
  `lot_number` varchar(64),
  `expiration_date` date,
  PRIMARY KEY (`id`),
  KEY `products_practice_idx` (`practice_id`, `deleted_at`),
  KEY `products_location_idx` (`location_id`),
  KEY `products_sku_idx` (`practice_id`, `sku`),
  KEY `products_expiration_idx` (`practice_id`, `expiration_date`, `deleted_at`),
  CONSTRAINT `products_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `products_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prescriptions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `medication_name` varchar(255) NOT NULL,
  `dosage` varchar(128) NOT NULL,
  `frequency` varchar(128) NOT NULL,
  `quantity` int,
  `product_id` char(36),
  `refills_remaining` int NOT NULL DEFAULT 0,
  `prescribed_by` char(36) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date,
  `status` enum('active','completed','cancelled','expired') NOT NULL DEFAULT 'active',
  `instructions` text,
  PRIMARY KEY (`id`),
  KEY `prescriptions_patient_status_idx` (`patient_id`, `status`),
  KEY `prescriptions_practice_status_idx` (`practice_id`, `status`, `deleted_at`),
  KEY `prescriptions_product_idx` (`product_id`),
  CONSTRAINT `prescriptions_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `prescriptions_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `prescriptions_product_id_products_id_fk` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `prescriptions_prescribed_by_users_id_fk` FOREIGN KEY (`prescribed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `patient_id` char(36),
  `appointment_id` char(36),
  `status` enum('draft','sent','paid','overdue','void') NOT NULL DEFAULT 'draft',
  `subtotal` decimal(10,2) NOT NULL DEFAULT '0',
  `tax` decimal(10,2) NOT NULL DEFAULT '0',
  `total` decimal(10,2) NOT NULL DEFAULT '0',
  `paid_amount` decimal(10,2) NOT NULL DEFAULT '0',
  `due_date` date,
  `is_estimate` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `invoices_practice_idx` (`practice_id`, `deleted_at`),
  KEY `invoices_client_idx` (`client_id`),
  CONSTRAINT `invoices_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `invoices_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `invoices_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `invoices_appointment_id_appointments_id_fk` FOREIGN KEY (`appointment_id`) REFERENCES `appointments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_adjustments` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `invoice_id` char(36) NOT NULL,
  `type` enum('credit','write_off') NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `reason` text,
  `created_by` char(36),
  PRIMARY KEY (`id`),
  KEY `invoice_adjustments_invoice_idx` (`invoice_id`, `deleted_at`),
  CONSTRAINT `invoice_adjustments_invoice_id_invoices_id_fk` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `invoice_adjustments_created_by_users_id_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_items` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `invoice_id` char(36) NOT NULL,
  `description` varchar(500) NOT NULL,
  `quantity` int NOT NULL DEFAULT 1,
  `unit_price` decimal(10,2) NOT NULL,
  `total` decimal(10,2) NOT NULL,
  `item_type` enum('service','product') NOT NULL,
  `item_id` char(36),
  PRIMARY KEY (`id`),
  KEY `invoice_items_invoice_idx` (`invoice_id`, `deleted_at`),
  KEY `invoice_items_item_idx` (`item_type`, `item_id`),
  CONSTRAINT `invoice_items_invoice_id_invoices_id_fk` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `invoice_id` char(36) NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `method` enum('cash','credit_card','debit_card','check','online','other') NOT NULL,
  `received_by` char(36),
  `received_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `external_id` varchar(160),
  `notes` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_external_id_uq` (`external_id`),
  CONSTRAINT `payments_invoice_id_invoices_id_fk` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `payments_received_by_users_id_fk` FOREIGN KEY (`received_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suppliers` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `contact_email` varchar(255),
  `phone` varchar(32),
  `address` text,
  `notes` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `suppliers_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchase_orders` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `supplier_id` char(36) NOT NULL,
  `status` enum('draft','ordered','received') NOT NULL DEFAULT 'draft',
  `total` decimal(10,2) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `purchase_orders_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `purchase_orders_supplier_id_suppliers_id_fk` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `code` varchar(32),
  `category` varchar(128),
  `default_price` decimal(10,2) NOT NULL,
  `taxable` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `services_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `key_prefix` varchar(16),
  `key_hash` varchar(255) NOT NULL,
  `name` varchar(128) NOT NULL,
  `scopes` json NOT NULL DEFAULT '[]',
  `last_used_at` datetime,
  PRIMARY KEY (`id`),
  KEY `api_keys_prefix_idx` (`key_prefix`),
  CONSTRAINT `api_keys_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36),
  `user_id` char(36),
  `action` varchar(64) NOT NULL,
  `entity_type` varchar(64) NOT NULL,
  `entity_id` char(36),
  `changes` json,
  `ip_address` varchar(45),
  PRIMARY KEY (`id`),
  KEY `audit_log_practice_idx` (`practice_id`, `created_at`),
  KEY `audit_log_entity_idx` (`entity_type`, `entity_id`),
  CONSTRAINT `audit_log_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `audit_log_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communications` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `client_id` char(36),
  `channel` enum('phone','sms','email','portal') NOT NULL,
  `direction` enum('inbound','outbound') NOT NULL,
  `subject` varchar(255),
  `content` text,
  `status` enum('pending','sent','delivered','read','failed') NOT NULL DEFAULT 'pending',
  `assigned_to` char(36),
  `read_at` datetime,
  `provider_message_id` varchar(255),
  `dedupe_key` varchar(160),
  PRIMARY KEY (`id`),
  UNIQUE KEY `communications_dedupe_key_idx` (`dedupe_key`),
  KEY `communications_practice_list_idx` (`practice_id`, `created_at`),
  KEY `communications_client_timeline_idx` (`practice_id`, `client_id`, `created_at`),
  KEY `communications_inbox_status_idx` (`practice_id`, `direction`, `status`),
  KEY `communications_assigned_idx` (`practice_id`, `assigned_to`),
  KEY `communications_provider_message_idx` (`practice_id`, `provider_message_id`),
  CONSTRAINT `communications_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `communications_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `communications_assigned_to_users_id_fk` FOREIGN KEY (`assigned_to`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `url` varchar(512) NOT NULL,
  `events` json NOT NULL DEFAULT '[]',
  `secret` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `session_token` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `expires` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_session_token_unique` (`session_token`),
  CONSTRAINT `sessions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_tokens` (
  `identifier` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires` datetime NOT NULL,
  PRIMARY KEY (`identifier`, `token`),
  UNIQUE KEY `verification_tokens_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controlled_substance_log` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `drug_name` varchar(255) NOT NULL,
  `dea_schedule` varchar(10) NOT NULL,
  `action` enum('received','administered','wasted','returned') NOT NULL,
  `quantity` decimal(10,3) NOT NULL,
  `unit` varchar(32) NOT NULL,
  `patient_id` char(36),
  `performed_by` char(36) NOT NULL,
  `witnessed_by` char(36),
  `lot_number` varchar(64),
  `notes` text,
  `performed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `cs_log_practice_drug_date_idx` (`practice_id`, `drug_name`, `performed_at`),
  CONSTRAINT `controlled_substance_log_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `controlled_substance_log_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`),
  CONSTRAINT `controlled_substance_log_performed_by_users_id_fk` FOREIGN KEY (`performed_by`) REFERENCES `users` (`id`),
  CONSTRAINT `controlled_substance_log_witnessed_by_users_id_fk` FOREIGN KEY (`witnessed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `uploaded_by` char(36) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `file_key` varchar(512) NOT NULL,
  `file_url` varchar(512) NOT NULL,
  `mime_type` varchar(128),
  `file_size_bytes` int,
  `category` varchar(64),
  `entity_type` varchar(64),
  `entity_id` char(36),
  PRIMARY KEY (`id`),
  KEY `files_practice_idx` (`practice_id`, `deleted_at`),
  KEY `files_entity_idx` (`entity_type`, `entity_id`),
  KEY `files_uploaded_by_idx` (`uploaded_by`),
  KEY `files_category_idx` (`practice_id`, `category`),
  CONSTRAINT `files_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `files_uploaded_by_users_id_fk` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_templates` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `category` varchar(128),
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `treatment_templates_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `treatment_templates_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_template_items` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `template_id` char(36) NOT NULL,
  `item_type` enum('service','product') NOT NULL,
  `item_id` char(36),
  `description` varchar(500) NOT NULL,
  `default_quantity` int NOT NULL DEFAULT 1,
  `default_unit_price` decimal(10,2) NOT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `treatment_template_items_template_idx` (`template_id`, `deleted_at`),
  CONSTRAINT `treatment_template_items_template_id_treatment_templates_id_fk` FOREIGN KEY (`template_id`) REFERENCES `treatment_templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insurance_policies` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `patient_id` char(36) NOT NULL,
  `provider_name` varchar(255) NOT NULL,
  `policy_number` varchar(128),
  `group_number` varchar(128),
  `phone_number` varchar(32),
  `coverage_type` varchar(128),
  `deductible` decimal(10,2),
  `coverage_percent` int,
  `max_annual_benefit` decimal(10,2),
  `effective_date` date,
  `expiration_date` date,
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `insurance_policies_practice_idx` (`practice_id`, `deleted_at`),
  KEY `insurance_policies_patient_idx` (`patient_id`),
  KEY `insurance_policies_client_idx` (`client_id`),
  CONSTRAINT `insurance_policies_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `insurance_policies_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `insurance_policies_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insurance_claims` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `policy_id` char(36) NOT NULL,
  `invoice_id` char(36),
  `claim_number` varchar(128),
  `status` enum('draft','submitted','in_review','approved','denied','paid') NOT NULL DEFAULT 'draft',
  `claim_amount` decimal(10,2) NOT NULL,
  `approved_amount` decimal(10,2),
  `denied_reason` text,
  `submitted_at` datetime,
  `resolved_at` datetime,
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `insurance_claims_practice_idx` (`practice_id`, `deleted_at`),
  KEY `insurance_claims_policy_idx` (`policy_id`),
  KEY `insurance_claims_status_idx` (`status`),
  CONSTRAINT `insurance_claims_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `insurance_claims_policy_id_insurance_policies_id_fk` FOREIGN KEY (`policy_id`) REFERENCES `insurance_policies` (`id`),
  CONSTRAINT `insurance_claims_invoice_id_invoices_id_fk` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wellness_plans` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `price` decimal(10,2) NOT NULL,
  `billing_interval` enum('monthly','annual') NOT NULL DEFAULT 'monthly',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `wellness_plans_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wellness_enrollments` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `plan_id` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `patient_id` char(36),
  `status` enum('active','cancelled') NOT NULL DEFAULT 'active',
  `start_date` date NOT NULL,
  `next_billing_date` date NOT NULL,
  `cancelled_at` datetime,
  PRIMARY KEY (`id`),
  KEY `wellness_enrollments_practice_idx` (`practice_id`, `status`),
  KEY `wellness_enrollments_due_idx` (`next_billing_date`),
  CONSTRAINT `wellness_enrollments_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `wellness_enrollments_plan_id_wellness_plans_id_fk` FOREIGN KEY (`plan_id`) REFERENCES `wellness_plans` (`id`),
  CONSTRAINT `wellness_enrollments_client_id_clients_id_fk` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`),
  CONSTRAINT `wellness_enrollments_patient_id_patients_id_fk` FOREIGN KEY (`patient_id`) REFERENCES `patients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limit_buckets` (
  `key` varchar(255) NOT NULL,
  `count` int NOT NULL DEFAULT 0,
  `reset_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_events` (
  `event_id` varchar(128) NOT NULL,
  `endpoint` varchar(64) NOT NULL,
  `event_type` varchar(128) NOT NULL,
  `processed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_records` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `kind` varchar(16) NOT NULL,
  `quantity` int NOT NULL DEFAULT 1,
  `period_month` varchar(7) NOT NULL,
  `stripe_meter_identifier` varchar(128),
  `stripe_metered_at` datetime,
  PRIMARY KEY (`id`),
  KEY `usage_practice_period_idx` (`practice_id`, `period_month`),
  KEY `usage_meter_retry_idx` (`stripe_metered_at`),
  CONSTRAINT `usage_records_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_tokens` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `user_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token_hash` varchar(64) NOT NULL,
  `type` varchar(24) NOT NULL,
  `expires_at` datetime NOT NULL,
  `used_at` datetime,
  PRIMARY KEY (`id`),
  KEY `auth_tokens_hash_idx` (`token_hash`),
  CONSTRAINT `auth_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_messaging` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `location_id` char(36) NOT NULL,
  `provider` varchar(16) NOT NULL DEFAULT 'telnyx',
  `messaging_profile_id` varchar(128),
  `sender_e164` varchar(16),
  `number_source` enum('hosted','purchased','toll_free'),
  `a2p_brand_id` varchar(128),
  `a2p_campaign_id` varchar(128),
  `registration_status` enum('not_started','pending','active','action_required','failed','suspended') NOT NULL DEFAULT 'not_started',
  `registration_detail` text,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_messaging_location_id_unique` (`location_id`),
  KEY `location_messaging_practice_idx` (`practice_id`),
  CONSTRAINT `location_messaging_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `location_messaging_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sms_suppressions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `location_id` char(36),
  `phone` varchar(32) NOT NULL,
  `reason` enum('stop','manual','bounce','complaint') NOT NULL DEFAULT 'stop',
  `detail` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sms_suppressions_practice_phone_uq` (`practice_id`, `phone`),
  CONSTRAINT `sms_suppressions_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`),
  CONSTRAINT `sms_suppressions_location_id_locations_id_fk` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_suppressions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` datetime,
  `practice_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `reason` enum('manual','bounce','complaint','suppressed') NOT NULL DEFAULT 'bounce',
  `detail` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_suppressions_practice_email_uq` (`practice_id`, `email`),
  KEY `email_suppressions_practice_idx` (`practice_id`, `deleted_at`),
  CONSTRAINT `email_suppressions_practice_id_practices_id_fk` FOREIGN KEY (`practice_id`) REFERENCES `practices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- OpenTeleRehab (github.com/OpenTeleRehab, Apache-2.0): the databases of three of its Laravel services, from their
-- database/migrations applied in order (Schema::create / Schema::table, ->change(), renameColumn, dropColumn, ->after(),
-- the two DB::statement enum changes):
--   patient-service  commit cb5f2e08236324abe8a39345622022d15487b6c2 : all 17 tables
--   admin-service    commit fe6e3a2eac5d8f61159483d5a81b82a17a3d1d32 : 21 of its tables (lookups, global patient copies, surveys)
--   therapist-service commit 59e0fbf22d5adf8a2cc3c2d9afde21e80888089d : messages, transfers
-- The services keep separate databases; here they share one schema. Foreign keys to tables of another service's
-- database (therapist-service users, screening_questionnaires) are left out.

SET FOREIGN_KEY_CHECKS=0;

-- ===== patient-service =====

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `email_verified_at` timestamp NULL,
  `password` varchar(255),
  `remember_token` varchar(100),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `clinic_id` bigint unsigned,
  `country_id` int NOT NULL,
  `gender` varchar(255) NOT NULL,
  `date_of_birth` datetime,
  `note` varchar(255),
  `identity` varchar(255),
  `phone` varchar(255) NOT NULL,
  `therapist_id` bigint unsigned,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `otp_code` varchar(255),
  `language_id` int,
  `term_and_condition_id` int,
  `chat_user_id` varchar(20),
  `chat_password` varchar(255),
  `chat_rooms` json,
  `last_login` timestamp NULL,
  `deleted_at` timestamp NULL,
  `secondary_therapists` json,
  `dial_code` varchar(255),
  `privacy_and_policy_id` int,
  `completed_percent` double NOT NULL DEFAULT 0,
  `total_pain_threshold` int NOT NULL DEFAULT 0,
  `kid_theme` tinyint(1) NOT NULL DEFAULT 0,
  `init_daily_tasks` int NOT NULL DEFAULT 0,
  `init_daily_logins` int NOT NULL DEFAULT 0,
  `init_daily_answers` int NOT NULL DEFAULT 0,
  `daily_tasks` int NOT NULL DEFAULT 0,
  `daily_logins` int NOT NULL DEFAULT 0,
  `daily_answers` int NOT NULL DEFAULT 0,
  `firebase_token` varchar(255),
  `last_reminder` timestamp NULL,
  `location` varchar(255) NOT NULL DEFAULT 'n/a',
  `region_id` bigint unsigned,
  `province_id` bigint unsigned,
  `phc_service_id` bigint unsigned,
  `phc_worker_id` bigint unsigned,
  `supplementary_phc_workers` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_identity_unique` (`identity`),
  KEY `users_country_id_index` (`country_id`),
  KEY `users_clinic_id_index` (`clinic_id`),
  KEY `users_therapist_id_index` (`therapist_id`),
  KEY `users_region_id_index` (`region_id`),
  KEY `users_province_id_index` (`province_id`),
  KEY `users_phc_service_id_index` (`phc_service_id`),
  KEY `users_phc_worker_id_index` (`phc_worker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text,
  `last_used_at` timestamp NULL,
  `expires_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatment_plans` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `patient_id` bigint unsigned NOT NULL,
  `start_date` timestamp NULL,
  `end_date` timestamp NULL,
  `status` varchar(255),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `total_of_weeks` smallint NOT NULL DEFAULT 1,
  `created_by` int NOT NULL,
  `disease_id` int,
  `health_condition_id` int,
  `health_condition_group_id` int,
  PRIMARY KEY (`id`),
  KEY `treatment_plans_patient_id_index` (`patient_id`),
  KEY `treatment_plans_disease_id_index` (`disease_id`),
  CONSTRAINT `treatment_plans_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `treatment_plan_id` bigint unsigned NOT NULL,
  `week` int NOT NULL,
  `day` int NOT NULL,
  `activity_id` int NOT NULL,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `pain_level` tinyint,
  `sets` tinyint,
  `reps` tinyint,
  `type` varchar(255) NOT NULL,
  `submitted_date` timestamp NULL,
  `satisfaction` tinyint,
  `created_by` int,
  `additional_information` text,
  `completed_sets` tinyint,
  `completed_reps` tinyint,
  PRIMARY KEY (`id`),
  KEY `activities_treatment_plan_id_index` (`treatment_plan_id`),
  KEY `activities_type_index` (`type`),
  KEY `activities_activity_id_index` (`activity_id`),
  CONSTRAINT `activities_treatment_plan_id_foreign` FOREIGN KEY (`treatment_plan_id`) REFERENCES `treatment_plans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaire_answers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `activity_id` bigint unsigned NOT NULL,
  `question_id` int NOT NULL,
  `answer` text NOT NULL,
  `score` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `questionnaire_answers_activity_id_foreign` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goals` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `treatment_plan_id` bigint unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `frequency` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `goals_treatment_plan_id_foreign` FOREIGN KEY (`treatment_plan_id`) REFERENCES `treatment_plans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `therapist_id` int NOT NULL,
  `patient_id` bigint unsigned NOT NULL,
  `start_date` timestamp NULL,
  `end_date` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `note` varchar(255),
  `therapist_status` varchar(255) NOT NULL,
  `patient_status` varchar(255) NOT NULL,
  `created_by_therapist` tinyint(1) NOT NULL DEFAULT 1,
  `unread` tinyint(1) DEFAULT 0,
  `type` enum('online','in_person'),
  PRIMARY KEY (`id`),
  CONSTRAINT `appointments_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assistive_technologies` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `assistive_technology_id` int NOT NULL,
  `patient_id` bigint unsigned NOT NULL,
  `therapist_id` int NOT NULL,
  `appointment_id` int,
  `provision_date` date NOT NULL,
  `follow_up_date` date,
  `deleted_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `assistive_technologies_patient_id_index` (`patient_id`),
  KEY `assistive_technologies_assistive_technology_id_index` (`assistive_technology_id`),
  KEY `assistive_technologies_deleted_at_index` (`deleted_at`),
  CONSTRAINT `assistive_technologies_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_histories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` bigint unsigned NOT NULL,
  `date` timestamp NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `duration` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `call_histories_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referrals` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` bigint unsigned NOT NULL,
  `phc_worker_id` bigint unsigned NOT NULL,
  `to_region_id` bigint unsigned NOT NULL,
  `to_clinic_id` bigint unsigned NOT NULL,
  `status` enum('invited','accepted','declined') NOT NULL DEFAULT 'invited',
  `request_reason` text,
  `reject_reason` text,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `referrals_to_region_id_index` (`to_region_id`),
  KEY `referrals_to_clinic_id_index` (`to_clinic_id`),
  CONSTRAINT `referrals_patient_id_foreign` FOREIGN KEY (`patient_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_assignments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `referral_id` bigint unsigned NOT NULL,
  `therapist_id` bigint unsigned NOT NULL,
  `accepted_by` bigint unsigned NOT NULL,
  `status` enum('invited','accepted','declined') NOT NULL DEFAULT 'invited',
  `reason` varchar(255),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `referral_assignments_therapist_id_index` (`therapist_id`),
  KEY `referral_assignments_accepted_by_index` (`accepted_by`),
  CONSTRAINT `referral_assignments_referral_id_foreign` FOREIGN KEY (`referral_id`) REFERENCES `referrals` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `log_name` varchar(255),
  `description` varchar(255) NOT NULL,
  `subject_type` varchar(255),
  `subject_id` bigint unsigned,
  `causer_type` varchar(255),
  `causer_id` bigint unsigned,
  `properties` json,
  `batch_uuid` char(36),
  `event` varchar(255),
  `country_id` bigint unsigned,
  `region_id` bigint unsigned,
  `province_id` bigint unsigned,
  `clinic_id` bigint unsigned,
  `phc_service_id` bigint unsigned,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `activity_log_subject_type_subject_id_index` (`subject_type`, `subject_id`),
  KEY `activity_log_causer_type_causer_id_index` (`causer_type`, `causer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== admin-service =====

CREATE TABLE `countries` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `iso_code` varchar(255) NOT NULL,
  `phone_code` varchar(255) NOT NULL,
  `language_id` int,
  `therapist_limit` int NOT NULL DEFAULT 50,
  `phc_worker_limit` int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinics` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `country_id` bigint unsigned NOT NULL,
  `therapist_limit` int DEFAULT 0,
  `phone` varchar(255),
  `dial_code` varchar(255),
  `province_id` bigint unsigned,
  `region_id` bigint unsigned,
  PRIMARY KEY (`id`),
  CONSTRAINT `clinics_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `clinics_region_id_foreign` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `clinics_province_id_foreign` FOREIGN KEY (`province_id`) REFERENCES `provinces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `country_id` bigint unsigned NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'Profession::TYPE_THERAPIST',
  PRIMARY KEY (`id`),
  CONSTRAINT `professions_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `rtl` tinyint(1) NOT NULL DEFAULT 0,
  `auto_translated` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `term_and_conditions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `version` varchar(255) NOT NULL,
  `content` json NOT NULL,
  `published_date` datetime,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `status` varchar(255) NOT NULL,
  `auto_translated` json,
  PRIMARY KEY (`id`),
  KEY `term_and_conditions_status_published_date_index` (`status`, `published_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` json NOT NULL,
  `description` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `is_used` tinyint(1) NOT NULL DEFAULT 0,
  `therapist_id` int,
  `deleted_at` timestamp NULL,
  `global` tinyint(1) NOT NULL DEFAULT 1,
  `questionnaire_id` int,
  `auto_translated` json,
  `parent_id` int,
  `suggested_lang` varchar(255),
  `share_to_hi_library` tinyint(1) NOT NULL DEFAULT 0,
  `include_at_the_start` tinyint(1) NOT NULL DEFAULT 0,
  `include_at_the_end` tinyint(1) NOT NULL DEFAULT 0,
  `is_survey` tinyint(1) NOT NULL DEFAULT 0,
  `share_with_phc_worker` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `questionnaire_id` int NOT NULL,
  `title` json NOT NULL,
  `type` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `file_id` int,
  `order` int NOT NULL,
  `question_id` int,
  `auto_translated` json,
  `parent_id` int,
  `suggested_lang` varchar(255),
  `mark_as_countable` tinyint(1) NOT NULL DEFAULT 0,
  `mandatory` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_policies` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `version` varchar(255) NOT NULL,
  `content` json NOT NULL,
  `published_date` datetime,
  `status` varchar(255) NOT NULL,
  `auto_translated` json,
  PRIMARY KEY (`id`),
  KEY `privacy_policies_status_published_date_index` (`status`, `published_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `international_classification_diseases` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_patients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int NOT NULL,
  `gender` varchar(255) NOT NULL,
  `date_of_birth` datetime,
  `identity` varchar(255),
  `clinic_id` bigint unsigned,
  `country_id` bigint unsigned NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `location` varchar(255) NOT NULL DEFAULT 'n/a',
  `deleted_at` datetime,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `phc_service_id` bigint unsigned,
  PRIMARY KEY (`id`),
  KEY `global_patients_phc_service_id_index` (`phc_service_id`),
  CONSTRAINT `global_patients_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `global_patients_clinic_id_foreign` FOREIGN KEY (`clinic_id`) REFERENCES `clinics` (`id`),
  CONSTRAINT `global_patients_phc_service_id_foreign` FOREIGN KEY (`phc_service_id`) REFERENCES `phc_services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_treatment_plans` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `treatment_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `patient_id` int,
  `country_id` bigint unsigned NOT NULL,
  `start_date` timestamp NULL,
  `end_date` timestamp NULL,
  `status` varchar(255),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `health_condition_id` int,
  `health_condition_group_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `global_treatment_plans_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `admin_email` varchar(255) NOT NULL,
  `sub_domain_name` varchar(255) NOT NULL,
  `deleted_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `max_number_of_therapist` int NOT NULL,
  `max_ongoing_treatment_plan` int NOT NULL,
  `max_phc_ongoing_treatment_plan` int unsigned NOT NULL DEFAULT 0,
  `status` varchar(255) NOT NULL,
  `created_by` bigint unsigned,
  `max_sms_per_week` int NOT NULL,
  `max_number_of_phc_worker` int NOT NULL DEFAULT 0,
  `max_phc_sms_per_week` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_assistive_technology_patients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int NOT NULL,
  `gender` varchar(255) NOT NULL,
  `date_of_birth` datetime,
  `identity` varchar(255),
  `clinic_id` bigint unsigned,
  `phc_service_id` bigint unsigned,
  `country_id` bigint unsigned NOT NULL,
  `therapist_id` bigint unsigned,
  `assistive_technology_id` int NOT NULL,
  `provision_date` datetime NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `global_assistive_technology_patients_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `global_assistive_technology_patients_clinic_id_foreign` FOREIGN KEY (`clinic_id`) REFERENCES `clinics` (`id`),
  CONSTRAINT `global_assistive_technology_patients_phc_service_id_foreign` FOREIGN KEY (`phc_service_id`) REFERENCES `phc_services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `surveys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `organization` json NOT NULL,
  `role` varchar(255) NOT NULL,
  `country` json,
  `region` json,
  `province` json,
  `gender` json,
  `location` json,
  `clinic` json,
  `phc_service` json,
  `start_date` datetime,
  `end_date` datetime,
  `frequency` varchar(255) NOT NULL,
  `include_at_the_start` tinyint(1),
  `include_at_the_end` tinyint(1),
  `questionnaire_id` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `published_date` datetime,
  `author` int NOT NULL,
  `last_modifier` int NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `global` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_surveys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `survey_id` int NOT NULL,
  `treatment_plan_id` int,
  `answer` json,
  `status` varchar(255) NOT NULL,
  `completed_at` datetime,
  `skipped_at` datetime,
  `survey_phase` varchar(255),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `score` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_condition_groups` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `auto_translated` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `health_conditions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` json NOT NULL,
  `parent_id` int,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  `auto_translated` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `country_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `therapist_limit` int NOT NULL,
  `phc_worker_limit` int NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `regions_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provinces` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `region_id` bigint unsigned NOT NULL,
  `therapist_limit` int NOT NULL DEFAULT 0,
  `phc_worker_limit` int NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `provinces_region_id_foreign` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phc_services` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `province_id` bigint unsigned NOT NULL,
  `phone_number` varchar(255) NOT NULL,
  `dial_code` varchar(255) NOT NULL,
  `phc_worker_limit` int NOT NULL DEFAULT 0,
  `deleted_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `phc_services_province_id_foreign` FOREIGN KEY (`province_id`) REFERENCES `provinces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_questionnaire_answers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `questionnaire_id` bigint unsigned NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `answers` json NOT NULL,
  `point` int NOT NULL DEFAULT 0,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== therapist-service =====

CREATE TABLE `messages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int NOT NULL,
  `message` varchar(255) NOT NULL,
  `therapist_id` bigint unsigned NOT NULL,
  `sent_at` timestamp NULL,
  `draft` tinyint(1),
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int unsigned NOT NULL,
  `from_therapist_id` bigint unsigned NOT NULL,
  `to_therapist_id` bigint unsigned NOT NULL,
  `clinic_id` bigint unsigned,
  `phc_service_id` bigint unsigned,
  `therapist_type` enum('lead','supplementary') NOT NULL,
  `status` enum('invited','declined') NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
-- Homeward Tails (Ruby for Good; formerly Baja Pet Rescue / pet-rescue): adoption and foster platform for animal
-- rescues and shelters (organisations, staff and adopter/foster accounts, adopter-foster profiles, pets, adoption
-- applications, matches (adoptions and fosters), likes, pet tasks, custom application forms and their answers).
-- Upstream: github.com/rubyforgood/homeward-tails db/schema.rb (ActiveRecord::Schema[7.1], version 2024_07_19_034910),
-- commit 554ca4c4ef56aea85f1719716a7cc3ca4d7eb75f (2024-07-21), MIT licence (LICENCE).
-- That commit was chosen over HEAD (9f1bd9a9, 2025-12) because it is the richest version of the schema: it still has
-- the adopter/foster profile questionnaire, staff accounts and roles that the form builder later replaced.
-- Rails schema (PostgreSQL) written as MySQL DDL: the implicit `id bigint` primary key first, string -> varchar(255)
-- (or its limit), text -> text, integer -> int, bigint -> bigint, boolean -> tinyint(1), datetime -> datetime(6)
-- (datetime(0) where precision: nil), json -> json; null/default as in schema.rb; t.index -> KEY / UNIQUE KEY with
-- Rails' index names; add_foreign_key -> inline FOREIGN KEY (named fk_rails_<table>_<column>, Rails' own names are
-- hashes). Tables are written in dependency order instead of schema.rb's alphabetical order. All 26 tables kept.

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_active_storage_variant_records_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_people_on_email` (`email`),
  KEY `index_people_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_people_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(6),
  `remember_created_at` datetime(6),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tos_agreement` tinyint(1),
  `organization_id` bigint,
  `invitation_token` varchar(255),
  `invitation_created_at` datetime(6),
  `invitation_sent_at` datetime(6),
  `invitation_accepted_at` datetime(6),
  `invitation_limit` int,
  `invited_by_type` varchar(255),
  `invited_by_id` bigint,
  `invitations_count` int DEFAULT 0,
  `person_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  KEY `index_users_on_invited_by_id` (`invited_by_id`),
  KEY `index_users_on_invited_by` (`invited_by_type`, `invited_by_id`),
  KEY `index_users_on_organization_id` (`organization_id`),
  KEY `index_users_on_person_id` (`person_id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  CONSTRAINT `fk_rails_users_person_id` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adopter_foster_accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_adopter_foster_accounts_on_organization_id` (`organization_id`),
  KEY `index_adopter_foster_accounts_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_adopter_foster_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_form_submissions_on_organization_id` (`organization_id`),
  KEY `index_form_submissions_on_person_id` (`person_id`),
  CONSTRAINT `fk_rails_form_submissions_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_rails_form_submissions_person_id` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `breed` varchar(255),
  `description` text,
  `sex` varchar(255),
  `name` varchar(255),
  `application_paused` tinyint(1) DEFAULT 0,
  `birth_date` datetime(6) NOT NULL,
  `weight_from` int NOT NULL,
  `weight_to` int NOT NULL,
  `weight_unit` varchar(255) NOT NULL,
  `species` int NOT NULL,
  `placement_type` int NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_pets_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_pets_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adopter_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pet_id` bigint NOT NULL,
  `adopter_foster_account_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` int DEFAULT 0,
  `notes` text,
  `profile_show` tinyint(1) DEFAULT 1,
  `organization_id` bigint NOT NULL,
  `form_submission_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_adopter_applications_on_adopter_foster_account_id` (`adopter_foster_account_id`),
  KEY `index_adopter_applications_on_form_submission_id` (`form_submission_id`),
  KEY `index_adopter_applications_on_organization_id` (`organization_id`),
  UNIQUE KEY `index_adopter_applications_on_account_and_pet` (`pet_id`, `adopter_foster_account_id`),
  KEY `index_adopter_applications_on_pet_id` (`pet_id`),
  CONSTRAINT `fk_rails_adopter_applications_adopter_foster_account_id` FOREIGN KEY (`adopter_foster_account_id`) REFERENCES `adopter_foster_accounts` (`id`),
  CONSTRAINT `fk_rails_adopter_applications_form_submission_id` FOREIGN KEY (`form_submission_id`) REFERENCES `form_submissions` (`id`),
  CONSTRAINT `fk_rails_adopter_applications_pet_id` FOREIGN KEY (`pet_id`) REFERENCES `pets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `country` varchar(255),
  `city_town` varchar(255),
  `province_state` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `zipcode` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adopter_foster_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `adopter_foster_account_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `phone_number` varchar(255),
  `contact_method` varchar(255),
  `country` varchar(255),
  `province_state` varchar(255),
  `city_town` varchar(255),
  `ideal_pet` text,
  `lifestyle_fit` text,
  `activities` text,
  `alone_weekday` int,
  `alone_weekend` int,
  `experience` text,
  `contingency_plan` text,
  `shared_ownership` tinyint(1),
  `shared_owner` text,
  `housing_type` varchar(255),
  `fenced_access` tinyint(1),
  `fenced_alternative` text,
  `location_day` text,
  `location_night` text,
  `do_you_rent` tinyint(1),
  `pets_allowed` tinyint(1),
  `adults_in_home` int,
  `kids_in_home` int,
  `other_pets` tinyint(1),
  `describe_pets` text,
  `checked_shelter` tinyint(1),
  `surrendered_pet` tinyint(1),
  `describe_surrender` text,
  `annual_cost` varchar(255),
  `visit_laventana` tinyint(1),
  `visit_dates` text,
  `referral_source` text,
  `location_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_adopter_foster_profiles_on_adopter_foster_account_id` (`adopter_foster_account_id`),
  KEY `index_adopter_foster_profiles_on_location_id` (`location_id`),
  KEY `index_adopter_foster_profiles_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_adopter_foster_profiles_adopter_foster_account_id` FOREIGN KEY (`adopter_foster_account_id`) REFERENCES `adopter_foster_accounts` (`id`),
  CONSTRAINT `fk_rails_adopter_foster_profiles_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_pages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint NOT NULL,
  `hero` varchar(255),
  `about` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `adoptable_pet_info` text,
  PRIMARY KEY (`id`),
  KEY `index_custom_pages_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_custom_pages_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_pet_tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `due_in_days` int,
  `recurring` tinyint(1) DEFAULT 0,
  `species` int,
  PRIMARY KEY (`id`),
  KEY `index_default_pet_tasks_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_default_pet_tasks_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faqs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `question` varchar(255) NOT NULL,
  `answer` text NOT NULL,
  `order` int,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_faqs_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_faqs_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `title` varchar(255) NOT NULL,
  `instructions` text,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_forms_on_organization_id_and_name` (`organization_id`, `name`),
  UNIQUE KEY `index_forms_on_organization_id_and_title` (`organization_id`, `title`),
  KEY `index_forms_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_forms_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `label` varchar(255) NOT NULL,
  `help_text` text,
  `input_type` varchar(255) NOT NULL DEFAULT 'short',
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `options` json,
  `sort_order` int NOT NULL DEFAULT 0,
  `form_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_questions_on_form_id_and_label` (`form_id`, `label`),
  UNIQUE KEY `index_questions_on_form_id_and_name` (`form_id`, `name`),
  KEY `index_questions_on_form_id` (`form_id`),
  CONSTRAINT `fk_rails_questions_form_id` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_answers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `value` json NOT NULL,
  `question_snapshot` json NOT NULL,
  `question_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `form_submission_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_form_answers_on_form_submission_id` (`form_submission_id`),
  KEY `index_form_answers_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_form_answers_form_submission_id` FOREIGN KEY (`form_submission_id`) REFERENCES `form_submissions` (`id`),
  CONSTRAINT `fk_rails_form_answers_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_rails_form_answers_question_id` FOREIGN KEY (`question_id`) REFERENCES `questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `form_id` bigint NOT NULL,
  `profile_type` varchar(255) NOT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_form_profiles_on_form_id_and_profile_type` (`form_id`, `profile_type`),
  KEY `index_form_profiles_on_form_id` (`form_id`),
  CONSTRAINT `fk_rails_form_profiles_form_id` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `adopter_foster_account_id` bigint NOT NULL,
  `pet_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_likes_on_adopter_foster_account_id_and_pet_id` (`adopter_foster_account_id`, `pet_id`),
  KEY `index_likes_on_adopter_foster_account_id` (`adopter_foster_account_id`),
  KEY `index_likes_on_organization_id` (`organization_id`),
  KEY `index_likes_on_pet_id` (`pet_id`),
  CONSTRAINT `fk_rails_likes_adopter_foster_account_id` FOREIGN KEY (`adopter_foster_account_id`) REFERENCES `adopter_foster_accounts` (`id`),
  CONSTRAINT `fk_rails_likes_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_rails_likes_pet_id` FOREIGN KEY (`pet_id`) REFERENCES `pets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matches` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pet_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `adopter_foster_account_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  `match_type` int NOT NULL,
  `start_date` datetime(6),
  `end_date` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_matches_on_adopter_foster_account_id` (`adopter_foster_account_id`),
  KEY `index_matches_on_organization_id` (`organization_id`),
  KEY `index_matches_on_pet_id` (`pet_id`),
  CONSTRAINT `fk_rails_matches_adopter_foster_account_id` FOREIGN KEY (`adopter_foster_account_id`) REFERENCES `adopter_foster_accounts` (`id`),
  CONSTRAINT `fk_rails_matches_pet_id` FOREIGN KEY (`pet_id`) REFERENCES `pets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `phone_number` varchar(255),
  `location_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `facebook_url` text,
  `instagram_url` text,
  `donation_url` text,
  PRIMARY KEY (`id`),
  KEY `index_organization_profiles_on_location_id` (`location_id`),
  KEY `index_organization_profiles_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_organization_profiles_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  CONSTRAINT `fk_rails_organization_profiles_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `resource_type` varchar(255),
  `resource_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_roles_on_name_and_resource_type_and_resource_id` (`name`, `resource_type`, `resource_id`),
  KEY `index_roles_on_resource` (`resource_type`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `deactivated_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_staff_accounts_on_organization_id` (`organization_id`),
  KEY `index_staff_accounts_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_staff_accounts_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_rails_staff_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `completed` tinyint(1) DEFAULT 0,
  `pet_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `due_date` datetime(6),
  `recurring` tinyint(1) DEFAULT 0,
  `next_due_date_in_days` int,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tasks_on_organization_id` (`organization_id`),
  KEY `index_tasks_on_pet_id` (`pet_id`),
  CONSTRAINT `fk_rails_tasks_pet_id` FOREIGN KEY (`pet_id`) REFERENCES `pets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` bigint,
  `role_id` bigint,
  KEY `index_users_roles_on_role_id` (`role_id`),
  KEY `index_users_roles_on_user_id_and_role_id` (`user_id`, `role_id`),
  KEY `index_users_roles_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ITT mentor services (UK Department for Education): "Claim funding for mentor training" (schools claim
-- grant funding for the time their mentors of trainee teachers spend in mentor training with an initial teacher
-- training provider) and "Manage school placements" (schools publish placements for trainee teachers and link
-- mentors; providers find placements), one Rails application with two services; MIT licence.
-- Source: github.com/DFE-Digital/itt-mentor-services at commit 88e74ea367c1453f459545a4a04808a4e383808e,
-- db/schema.rb (ActiveRecord::Schema[8.0], version 2026_07_01_091236; PostgreSQL), written as MySQL DDL:
-- uuid -> char(36) (upstream default gen_random_uuid() left out), string -> varchar(255), datetime -> datetime(6),
-- jsonb and array columns -> json, interval -> varchar(255), boolean -> tinyint(1), PostgreSQL enum types
-- (create_enum) -> MySQL ENUM with the same values, Rails' bigint id -> bigint AUTO_INCREMENT. Primary keys,
-- unique indexes and every add_foreign_key kept; non-unique indexes, partial (WHERE), GIN and trigram indexes
-- left out. Column names and order as upstream. Left out: good_job_batches, good_job_executions,
-- good_job_processes, good_job_settings (GoodJob queue internals; good_jobs kept).

CREATE TABLE `academic_years` (
  `id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `starts_on` date DEFAULT NULL,
  `ends_on` date DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_active_storage_variant_records_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `auditable_id` char(36) DEFAULT NULL,
  `auditable_type` varchar(255) DEFAULT NULL,
  `associated_id` char(36) DEFAULT NULL,
  `associated_type` varchar(255) DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  `user_type` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `audited_changes` text DEFAULT NULL,
  `version` int DEFAULT 0,
  `comment` varchar(255) DEFAULT NULL,
  `remote_address` varchar(255) DEFAULT NULL,
  `request_uuid` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_holidays` (
  `id` char(36) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `date` date DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_bank_holidays_on_date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_windows` (
  `id` char(36) NOT NULL,
  `academic_year_id` char(36) NOT NULL,
  `starts_on` date NOT NULL,
  `ends_on` date NOT NULL,
  `discarded_at` date DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_claim_windows_academic_year_id` FOREIGN KEY (`academic_year_id`) REFERENCES `academic_years` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clawbacks` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `downloaded_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `download_access_tokens` (
  `id` char(36) NOT NULL,
  `activity_record_type` varchar(255) NOT NULL,
  `activity_record_id` char(36) NOT NULL,
  `email_address` varchar(255) NOT NULL,
  `downloaded_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_features` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_gates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `feature_key` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_jobs` (
  `id` char(36) NOT NULL,
  `queue_name` text DEFAULT NULL,
  `priority` int DEFAULT NULL,
  `serialized_params` json DEFAULT NULL,
  `scheduled_at` datetime(6) DEFAULT NULL,
  `performed_at` datetime(6) DEFAULT NULL,
  `finished_at` datetime(6) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `active_job_id` char(36) DEFAULT NULL,
  `concurrency_key` text DEFAULT NULL,
  `cron_key` text DEFAULT NULL,
  `retried_good_job_id` char(36) DEFAULT NULL,
  `cron_at` datetime(6) DEFAULT NULL,
  `batch_id` char(36) DEFAULT NULL,
  `batch_callback_id` char(36) DEFAULT NULL,
  `is_discrete` tinyint(1) DEFAULT NULL,
  `executions_count` int DEFAULT NULL,
  `job_class` text DEFAULT NULL,
  `error_event` smallint DEFAULT NULL,
  `labels` json DEFAULT NULL,
  `locked_by_id` char(36) DEFAULT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `lock_type` smallint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_stages` (
  `id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentors` (
  `id` char(36) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `trn` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentors_on_trn` (`trn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pg_search_documents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `content` text DEFAULT NULL,
  `organisation_type` text DEFAULT NULL,
  `searchable_type` varchar(255) DEFAULT NULL,
  `searchable_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` char(36) NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `placements_service` tinyint(1) DEFAULT 0,
  `provider_type` enum('scitt','lead_school','university') NOT NULL DEFAULT 'scitt',
  `name` varchar(255) NOT NULL DEFAULT '',
  `ukprn` varchar(255) DEFAULT NULL,
  `urn` varchar(255) DEFAULT NULL,
  `telephone` varchar(255) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `address1` varchar(255) DEFAULT NULL,
  `address2` varchar(255) DEFAULT NULL,
  `address3` varchar(255) DEFAULT NULL,
  `town` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `accredited` tinyint(1) DEFAULT 0,
  `longitude` double DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_providers_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `claims_funding_available_per_hour_pence` int NOT NULL DEFAULT 0,
  `claims_funding_available_per_hour_currency` varchar(255) NOT NULL DEFAULT 'GBP',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_regions_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `samplings` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sen_provisions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sen_provisions_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subjects` (
  `id` char(36) NOT NULL,
  `subject_area` enum('primary','secondary') DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `parent_subject_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_subjects_parent_subject_id` FOREIGN KEY (`parent_subject_id`) REFERENCES `subjects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terms` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trusts` (
  `id` char(36) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_trusts_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `dfe_sign_in_uid` varchar(255) DEFAULT NULL,
  `last_signed_in_at` datetime(6) DEFAULT NULL,
  `discarded_at` datetime(6) DEFAULT NULL,
  `selected_academic_year_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_type_and_email` (`type`, `email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_activities` (
  `id` char(36) NOT NULL,
  `action` varchar(255) DEFAULT NULL,
  `user_id` char(36) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_claim_activities_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_responses` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `processed` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `downloaded_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_payment_responses_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` char(36) NOT NULL,
  `sent_by_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `downloaded_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_payments_sent_by_id` FOREIGN KEY (`sent_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provider_email_addresses` (
  `id` char(36) NOT NULL,
  `email_address` varchar(255) DEFAULT NULL,
  `provider_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `primary` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_provider_email` (`email_address`, `provider_id`),
  CONSTRAINT `fk_provider_email_addresses_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provider_samplings` (
  `id` char(36) NOT NULL,
  `sampling_id` char(36) NOT NULL,
  `provider_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `downloaded_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_provider_samplings_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_provider_samplings_sampling_id` FOREIGN KEY (`sampling_id`) REFERENCES `samplings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schools` (
  `id` char(36) NOT NULL,
  `urn` varchar(255) DEFAULT NULL,
  `placements_service` tinyint(1) DEFAULT 0,
  `claims_service` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `town` varchar(255) DEFAULT NULL,
  `ukprn` varchar(255) DEFAULT NULL,
  `telephone` varchar(255) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `address1` varchar(255) DEFAULT NULL,
  `address2` varchar(255) DEFAULT NULL,
  `address3` varchar(255) DEFAULT NULL,
  `group` varchar(255) DEFAULT NULL,
  `type_of_establishment` varchar(255) DEFAULT NULL,
  `phase` varchar(255) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `minimum_age` int DEFAULT NULL,
  `maximum_age` int DEFAULT NULL,
  `religious_character` varchar(255) DEFAULT NULL,
  `admissions_policy` varchar(255) DEFAULT NULL,
  `urban_or_rural` varchar(255) DEFAULT NULL,
  `school_capacity` int DEFAULT NULL,
  `total_pupils` int DEFAULT NULL,
  `total_girls` int DEFAULT NULL,
  `total_boys` int DEFAULT NULL,
  `percentage_free_school_meals` int DEFAULT NULL,
  `special_classes` varchar(255) DEFAULT NULL,
  `send_provision` varchar(255) DEFAULT NULL,
  `rating` varchar(255) DEFAULT NULL,
  `last_inspection_date` date DEFAULT NULL,
  `district_admin_name` varchar(255) DEFAULT NULL,
  `district_admin_code` varchar(255) DEFAULT NULL,
  `region_id` char(36) DEFAULT NULL,
  `trust_id` char(36) DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `local_authority_name` varchar(255) DEFAULT NULL,
  `local_authority_code` varchar(255) DEFAULT NULL,
  `claims_grant_conditions_accepted_at` datetime(6) DEFAULT NULL,
  `claims_grant_conditions_accepted_by_id` char(36) DEFAULT NULL,
  `potential_placement_details` json DEFAULT NULL,
  `vendor_number` varchar(255) DEFAULT NULL,
  `expression_of_interest_completed` tinyint(1) DEFAULT 0,
  `previously_offered_placements` tinyint(1) DEFAULT 0,
  `manually_onboarded_by_type` varchar(255) DEFAULT NULL,
  `manually_onboarded_by_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_schools_on_urn` (`urn`),
  CONSTRAINT `fk_schools_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `fk_schools_trust_id` FOREIGN KEY (`trust_id`) REFERENCES `trusts` (`id`),
  CONSTRAINT `fk_schools_claims_grant_conditions_accepted_by_id` FOREIGN KEY (`claims_grant_conditions_accepted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_memberships` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `organisation_type` varchar(255) NOT NULL,
  `organisation_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_memberships_on_user_id_and_organisation_id` (`user_id`, `organisation_id`),
  CONSTRAINT `fk_user_memberships_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claims` (
  `id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `provider_id` char(36) DEFAULT NULL,
  `reference` varchar(255) DEFAULT NULL,
  `submitted_at` datetime(6) DEFAULT NULL,
  `created_by_type` varchar(255) DEFAULT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `status` enum('internal_draft','draft','submitted','payment_in_progress','payment_information_requested','payment_information_sent','paid','payment_not_approved','sampling_in_progress','sampling_provider_not_approved','sampling_not_approved','clawback_requested','clawback_in_progress','clawback_complete','invalid_provider','clawback_requires_approval','clawback_rejected') DEFAULT NULL,
  `submitted_by_type` varchar(255) DEFAULT NULL,
  `submitted_by_id` char(36) DEFAULT NULL,
  `reviewed` tinyint(1) DEFAULT 0,
  `claim_window_id` char(36) DEFAULT NULL,
  `sampling_reason` text DEFAULT NULL,
  `payment_in_progress_at` datetime(6) DEFAULT NULL,
  `unpaid_reason` text DEFAULT NULL,
  `zendesk_url` varchar(255) DEFAULT NULL,
  `support_user_id` char(36) DEFAULT NULL,
  `clawback_approved_by_id` char(36) DEFAULT NULL,
  `clawback_requested_by_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_claims_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_claims_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clawback_claims` (
  `id` char(36) NOT NULL,
  `claim_id` char(36) NOT NULL,
  `clawback_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_clawback_claims_claim_id` FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  CONSTRAINT `fk_clawback_claims_clawback_id` FOREIGN KEY (`clawback_id`) REFERENCES `clawbacks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibilities` (
  `id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `academic_year_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eligibilities_academic_year_id` FOREIGN KEY (`academic_year_id`) REFERENCES `academic_years` (`id`),
  CONSTRAINT `fk_eligibilities_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hosting_interests` (
  `id` char(36) NOT NULL,
  `academic_year_id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `appetite` enum('actively_looking','interested','not_open','already_organised') DEFAULT NULL,
  `reasons_not_hosting` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `other_reason_not_hosting` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_hosting_interests_on_school_id_and_academic_year_id` (`school_id`, `academic_year_id`),
  CONSTRAINT `fk_hosting_interests_academic_year_id` FOREIGN KEY (`academic_year_id`) REFERENCES `academic_years` (`id`),
  CONSTRAINT `fk_hosting_interests_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentor_memberships` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `mentor_id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_memberships_on_type_and_school_id_and_mentor_id` (`type`, `school_id`, `mentor_id`),
  CONSTRAINT `fk_mentor_memberships_mentor_id` FOREIGN KEY (`mentor_id`) REFERENCES `mentors` (`id`),
  CONSTRAINT `fk_mentor_memberships_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentor_trainings` (
  `id` char(36) NOT NULL,
  `training_type` enum('refresher','initial') NOT NULL DEFAULT 'initial',
  `hours_completed` int DEFAULT NULL,
  `date_completed` datetime(6) DEFAULT NULL,
  `claim_id` char(36) DEFAULT NULL,
  `mentor_id` char(36) DEFAULT NULL,
  `provider_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rejected` tinyint(1) DEFAULT 0,
  `reason_rejected` text DEFAULT NULL,
  `not_assured` tinyint(1) DEFAULT 0,
  `reason_not_assured` text DEFAULT NULL,
  `hours_clawed_back` int DEFAULT NULL,
  `reason_clawed_back` text DEFAULT NULL,
  `reason_clawback_rejected` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mentor_trainings_claim_id` FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  CONSTRAINT `fk_mentor_trainings_mentor_id` FOREIGN KEY (`mentor_id`) REFERENCES `mentors` (`id`),
  CONSTRAINT `fk_mentor_trainings_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partnerships` (
  `id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `provider_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_partnerships_on_school_id_and_provider_id` (`school_id`, `provider_id`),
  CONSTRAINT `fk_partnerships_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_partnerships_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_claims` (
  `id` char(36) NOT NULL,
  `payment_id` char(36) NOT NULL,
  `claim_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_payment_claims_claim_id` FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  CONSTRAINT `fk_payment_claims_payment_id` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placements` (
  `id` char(36) NOT NULL,
  `school_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `provider_id` char(36) DEFAULT NULL,
  `subject_id` char(36) DEFAULT NULL,
  `year_group` enum('nursery','reception','year_1','year_2','year_3','year_4','year_5','year_6','mixed_year_groups') DEFAULT NULL,
  `academic_year_id` char(36) NOT NULL,
  `creator_type` varchar(255) DEFAULT NULL,
  `creator_id` char(36) DEFAULT NULL,
  `send_specific` tinyint(1) DEFAULT 0,
  `key_stage_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_placements_academic_year_id` FOREIGN KEY (`academic_year_id`) REFERENCES `academic_years` (`id`),
  CONSTRAINT `fk_placements_provider_id` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_placements_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  CONSTRAINT `fk_placements_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provider_sampling_claims` (
  `id` char(36) NOT NULL,
  `claim_id` char(36) NOT NULL,
  `provider_sampling_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_provider_sampling_claims_claim_id` FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  CONSTRAINT `fk_provider_sampling_claims_provider_sampling_id` FOREIGN KEY (`provider_sampling_id`) REFERENCES `provider_samplings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_contacts` (
  `id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email_address` varchar(255) NOT NULL,
  `school_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_school_contacts_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_sen_provisions` (
  `id` char(36) NOT NULL,
  `school_id` char(36) NOT NULL,
  `sen_provision_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_school_sen_provisions_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`),
  CONSTRAINT `fk_school_sen_provisions_sen_provision_id` FOREIGN KEY (`sen_provision_id`) REFERENCES `sen_provisions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement_additional_subjects` (
  `id` char(36) NOT NULL,
  `subject_id` char(36) NOT NULL,
  `placement_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_placement_additional_subjects_placement_id` FOREIGN KEY (`placement_id`) REFERENCES `placements` (`id`),
  CONSTRAINT `fk_placement_additional_subjects_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement_mentor_joins` (
  `id` char(36) NOT NULL,
  `mentor_id` char(36) NOT NULL,
  `placement_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_placement_mentor_joins_mentor_id` FOREIGN KEY (`mentor_id`) REFERENCES `mentors` (`id`),
  CONSTRAINT `fk_placement_mentor_joins_placement_id` FOREIGN KEY (`placement_id`) REFERENCES `placements` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `placement_windows` (
  `id` char(36) NOT NULL,
  `placement_id` char(36) NOT NULL,
  `term_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_placement_windows_placement_id` FOREIGN KEY (`placement_id`) REFERENCES `placements` (`id`),
  CONSTRAINT `fk_placement_windows_term_id` FOREIGN KEY (`term_id`) REFERENCES `terms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

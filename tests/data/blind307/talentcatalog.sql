-- Talent Catalog (Talent Beyond Boundaries' platform for refugee labour mobility)
-- Source: github.com/Talent-Catalog/talentcatalog server/src/main/resources/db/migration/V2__init.sql (baseline pg_dump)
-- + V2_1 ... V2_19 (Flyway), commit 95a403bc7d0aa9f33ecdca8efec171958a41f0ee (GPL-3.0).
-- Replayed into PostgreSQL 15 (the unused pgvector extension left out) and written as MySQL from the catalogs: column
-- order and names unchanged; primary, unique and foreign keys as upstream (foreign keys closing a cycle are added with
-- ALTER TABLE at the end; partial unique indexes, which MySQL lacks, left out). Left out: Spring Batch tables
-- (batch_*) and the skills vocabularies skills_esco_en, skills_tech_onet_en, skills_tc_en.

CREATE TABLE `audit_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_date` date NOT NULL,
  `user_id` bigint NOT NULL,
  `type` text NOT NULL,
  `action` text NOT NULL,
  `object_ref` text NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `iso_code` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `country_id` bigint DEFAULT NULL,
  `description` text DEFAULT NULL,
  `has_hired_internationally` tinyint(1) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `sf_id` text DEFAULT NULL,
  `website` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `employer_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner` (
  `default_source_partner` tinyint(1) NOT NULL DEFAULT 0,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `logo` text DEFAULT NULL,
  `name` text NOT NULL,
  `status` text NOT NULL,
  `registration_landing_page` text DEFAULT NULL,
  `registration_domain` text DEFAULT NULL,
  `website_url` text DEFAULT NULL,
  `abbreviation` text NOT NULL,
  `notification_email` text DEFAULT NULL,
  `default_partner_ref` tinyint(1) DEFAULT 0,
  `sflink` text DEFAULT NULL,
  `auto_assignable` tinyint(1) NOT NULL DEFAULT 0,
  `default_contact_id` bigint DEFAULT NULL,
  `default_job_creator` tinyint(1) NOT NULL DEFAULT 0,
  `source_partner` tinyint(1) NOT NULL DEFAULT 0,
  `job_creator` tinyint(1) NOT NULL DEFAULT 0,
  `employer_id` bigint DEFAULT NULL,
  `redirect_partner_id` bigint DEFAULT NULL,
  `public_api_key_hash` varchar(255) DEFAULT NULL,
  `public_api_authorities` text DEFAULT NULL,
  `public_id` varchar(22) DEFAULT NULL,
  `accepted_data_processing_agreement_id` varchar(255) DEFAULT NULL,
  `accepted_data_processing_agreement_date` datetime(6) DEFAULT NULL,
  `first_dpa_seen_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `partner_employer_id_fkey` FOREIGN KEY (`employer_id`) REFERENCES `employer` (`id`),
  CONSTRAINT `partner_redirect_partner_id_fkey` FOREIGN KEY (`redirect_partner_id`) REFERENCES `partner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` text DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `email` text DEFAULT NULL,
  `role` text NOT NULL,
  `status` text NOT NULL,
  `password_enc` text NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `reset_token` varchar(100) DEFAULT NULL,
  `reset_token_issued_date` datetime(6) DEFAULT NULL,
  `password_updated_date` datetime(6) DEFAULT NULL,
  `read_only` tinyint(1) NOT NULL DEFAULT 0,
  `using_mfa` tinyint(1) NOT NULL DEFAULT 0,
  `mfa_secret` text DEFAULT NULL,
  `host_domain` text DEFAULT NULL,
  `partner_id` bigint NOT NULL,
  `approver_id` bigint DEFAULT NULL,
  `purpose` text DEFAULT NULL,
  `job_creator` tinyint(1) NOT NULL DEFAULT 0,
  `email_verified` tinyint(1) DEFAULT 0,
  `email_verification_token` varchar(255) DEFAULT NULL,
  `email_verification_token_issued_time` datetime(6) DEFAULT NULL,
  `idp_issuer` text DEFAULT NULL,
  `idp_subject` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `users_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `users_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_attachment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `type` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `location` text NOT NULL,
  `migrated` tinyint(1) NOT NULL DEFAULT 0,
  `file_type` text DEFAULT NULL,
  `text_extract` text DEFAULT NULL,
  `cv` tinyint(1) NOT NULL DEFAULT 0,
  `upload_type` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `bucket` text DEFAULT NULL,
  `content_length` bigint DEFAULT NULL,
  `public_id` text DEFAULT NULL,
  `sha256_hex` text DEFAULT NULL,
  `storage_key` text DEFAULT NULL,
  `folder` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_attachment_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_file_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education_level` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `level` int NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `education_type` text DEFAULT NULL,
  `isced_code` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language_level` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `level` int NOT NULL,
  `cefr_level` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nationality` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `occupation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `isco08_code` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_number` varchar(16) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `gender` text DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `phone` text DEFAULT NULL,
  `whatsapp` text DEFAULT NULL,
  `status` text NOT NULL,
  `country_id` bigint DEFAULT NULL,
  `city` text DEFAULT NULL,
  `year_of_arrival` int DEFAULT NULL,
  `nationalityold_id` bigint DEFAULT NULL,
  `unhcr_status` text DEFAULT NULL,
  `unhcr_number` text DEFAULT NULL,
  `additional_info` text DEFAULT NULL,
  `max_education_level_id` bigint DEFAULT NULL,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `candidate_message` text DEFAULT NULL,
  `preferred_language` text DEFAULT NULL,
  `migration_status` text DEFAULT NULL,
  `sflink` text DEFAULT NULL,
  `folderlink` text DEFAULT NULL,
  `videolink` text DEFAULT NULL,
  `survey_type_id` bigint DEFAULT NULL,
  `survey_comment` text DEFAULT NULL,
  `text_search_id` text DEFAULT NULL,
  `returned_home` text DEFAULT NULL,
  `returned_home_reason` text DEFAULT NULL,
  `visa_issues` text DEFAULT NULL,
  `visa_issues_notes` text DEFAULT NULL,
  `avail_immediate` text DEFAULT NULL,
  `avail_immediate_reason` text DEFAULT NULL,
  `avail_immediate_notes` text DEFAULT NULL,
  `family_move` text DEFAULT NULL,
  `family_move_notes` text DEFAULT NULL,
  `int_recruit_reasons` text DEFAULT NULL,
  `int_recruit_rural` text DEFAULT NULL,
  `return_home_safe` text DEFAULT NULL,
  `work_permit` text DEFAULT NULL,
  `work_permit_desired` text DEFAULT NULL,
  `work_desired` text DEFAULT NULL,
  `asylum_year` date DEFAULT NULL,
  `home_location` text DEFAULT NULL,
  `unhcr_not_reg_status` text DEFAULT NULL,
  `unhcr_file` int DEFAULT NULL,
  `unhcr_notes` text DEFAULT NULL,
  `unhcr_permission` text DEFAULT NULL,
  `unrwa_number` text DEFAULT NULL,
  `unrwa_notes` text DEFAULT NULL,
  `dest_limit` text DEFAULT NULL,
  `dest_limit_notes` text DEFAULT NULL,
  `crime_convict` text DEFAULT NULL,
  `crime_convict_notes` text DEFAULT NULL,
  `conflict` text DEFAULT NULL,
  `conflict_notes` text DEFAULT NULL,
  `residence_status` text DEFAULT NULL,
  `work_abroad` text DEFAULT NULL,
  `host_entry_legally` text DEFAULT NULL,
  `left_home_notes` text DEFAULT NULL,
  `return_home_future` text DEFAULT NULL,
  `return_home_when` text DEFAULT NULL,
  `resettle_third` text DEFAULT NULL,
  `resettle_third_status` text DEFAULT NULL,
  `host_challenges` text DEFAULT NULL,
  `marital_status` text DEFAULT NULL,
  `partner_registered` text DEFAULT NULL,
  `partner_candidate_id` bigint DEFAULT NULL,
  `partner_edu_level_id` bigint DEFAULT NULL,
  `partner_occupation_id` bigint DEFAULT NULL,
  `partner_english` text DEFAULT NULL,
  `partner_english_level_id` bigint DEFAULT NULL,
  `partner_ielts` text DEFAULT NULL,
  `partner_ielts_score` text DEFAULT NULL,
  `partner_citizenship` text DEFAULT NULL,
  `military_service` text DEFAULT NULL,
  `visa_reject` text DEFAULT NULL,
  `can_drive` text DEFAULT NULL,
  `driving_license` text DEFAULT NULL,
  `driving_license_exp` date DEFAULT NULL,
  `driving_license_country_id` bigint DEFAULT NULL,
  `host_entry_year` int DEFAULT NULL,
  `english_assessment` text DEFAULT NULL,
  `english_assessment_score_ielts` text DEFAULT NULL,
  `int_recruit_rural_notes` text DEFAULT NULL,
  `work_abroad_notes` text DEFAULT NULL,
  `host_entry_legally_notes` text DEFAULT NULL,
  `visa_reject_notes` text DEFAULT NULL,
  `partner_ielts_yr` int DEFAULT NULL,
  `partner_edu_level_notes` text DEFAULT NULL,
  `partner_occupation_notes` text DEFAULT NULL,
  `returned_home_reason_no` text DEFAULT NULL,
  `residence_status_notes` text DEFAULT NULL,
  `work_desired_notes` text DEFAULT NULL,
  `left_home_reasons` text DEFAULT NULL,
  `military_wanted` text DEFAULT NULL,
  `military_notes` text DEFAULT NULL,
  `military_start` date DEFAULT NULL,
  `military_end` date DEFAULT NULL,
  `int_recruit_other` text DEFAULT NULL,
  `avail_immediate_job_ops` text DEFAULT NULL,
  `unhcr_registered` text DEFAULT NULL,
  `unrwa_registered` text DEFAULT NULL,
  `birth_country_id` bigint DEFAULT NULL,
  `linked_in_link` text DEFAULT NULL,
  `marital_status_notes` text DEFAULT NULL,
  `work_permit_desired_notes` text DEFAULT NULL,
  `host_entry_year_notes` text DEFAULT NULL,
  `unrwa_file` int DEFAULT NULL,
  `unrwa_not_reg_status` text DEFAULT NULL,
  `ielts_score` decimal(65,30) DEFAULT NULL,
  `nationality_id` bigint DEFAULT NULL,
  `health_issues` text DEFAULT NULL,
  `health_issues_notes` text DEFAULT NULL,
  `unhcr_consent` text DEFAULT NULL,
  `shareable_notes` text DEFAULT NULL,
  `shareable_cv_attachment_id` bigint DEFAULT NULL,
  `shareable_doc_attachment_id` bigint DEFAULT NULL,
  `mini_intake` date DEFAULT NULL,
  `full_intake` date DEFAULT NULL,
  `state` text DEFAULT NULL,
  `external_id` text DEFAULT NULL,
  `external_id_source` text DEFAULT NULL,
  `covid_vaccinated` text DEFAULT NULL,
  `covid_vaccinated_status` text DEFAULT NULL,
  `covid_vaccinated_date` date DEFAULT NULL,
  `covid_vaccine_name` text DEFAULT NULL,
  `covid_vaccine_notes` text DEFAULT NULL,
  `folderlink_address` text DEFAULT NULL,
  `folderlink_character` text DEFAULT NULL,
  `folderlink_employer` text DEFAULT NULL,
  `folderlink_identity` text DEFAULT NULL,
  `folderlink_medical` text DEFAULT NULL,
  `folderlink_qualification` text DEFAULT NULL,
  `folderlink_registration` text DEFAULT NULL,
  `media_willingness` text DEFAULT NULL,
  `folderlink_engagement` text DEFAULT NULL,
  `folderlink_experience` text DEFAULT NULL,
  `folderlink_family` text DEFAULT NULL,
  `folderlink_immigration` text DEFAULT NULL,
  `folderlink_language` text DEFAULT NULL,
  `partner_ref` text DEFAULT NULL,
  `rego_ip` text DEFAULT NULL,
  `rego_utm_campaign` text DEFAULT NULL,
  `rego_utm_content` text DEFAULT NULL,
  `rego_utm_medium` text DEFAULT NULL,
  `rego_utm_source` text DEFAULT NULL,
  `rego_utm_term` text DEFAULT NULL,
  `rego_partner_param` text DEFAULT NULL,
  `rego_referrer_param` text DEFAULT NULL,
  `contact_consent_registration` tinyint(1) NOT NULL DEFAULT 0,
  `contact_consent_partners` tinyint(1) NOT NULL DEFAULT 0,
  `mini_intake_completed_by` bigint DEFAULT NULL,
  `mini_intake_completed_date` datetime(6) DEFAULT NULL,
  `full_intake_completed_by` bigint DEFAULT NULL,
  `full_intake_completed_date` datetime(6) DEFAULT NULL,
  `french_assessment` text DEFAULT NULL,
  `french_assessment_score_nclc` int DEFAULT NULL,
  `arrest_imprison` text DEFAULT NULL,
  `arrest_imprison_notes` text DEFAULT NULL,
  `avail_date` date DEFAULT NULL,
  `potential_duplicate` tinyint(1) NOT NULL DEFAULT 0,
  `public_id` varchar(22) DEFAULT NULL,
  `relocated_address` text DEFAULT NULL,
  `relocated_city` text DEFAULT NULL,
  `relocated_state` text DEFAULT NULL,
  `relocated_country_id` bigint DEFAULT NULL,
  `english_assessment_score_det` int DEFAULT NULL,
  `muted` tinyint(1) NOT NULL DEFAULT 0,
  `all_notifications` tinyint(1) NOT NULL DEFAULT 0,
  `registered_by` bigint DEFAULT NULL,
  `change_password` tinyint(1) DEFAULT 0,
  `accepted_privacy_policy_id` text DEFAULT NULL,
  `accepted_privacy_policy_date` datetime(6) DEFAULT NULL,
  `accepted_privacy_policy_partner_id` bigint DEFAULT NULL,
  `text` text DEFAULT NULL,
  `ts_text` text DEFAULT NULL,
  `data_version` bigint NOT NULL DEFAULT 0,
  `aspirations` text DEFAULT NULL,
  `deleted_date` datetime(6) DEFAULT NULL,
  `deleted_by` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_user_id` (`user_id`),
  UNIQUE KEY `candidate_candidate_number_uindex` (`candidate_number`),
  CONSTRAINT `candidate_birth_country_id_fkey` FOREIGN KEY (`birth_country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_deleted_by_fkey` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_driving_license_country_id_fkey` FOREIGN KEY (`driving_license_country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_full_intake_completed_by_fkey` FOREIGN KEY (`full_intake_completed_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_max_education_level_id_fkey` FOREIGN KEY (`max_education_level_id`) REFERENCES `education_level` (`id`),
  CONSTRAINT `candidate_mini_intake_completed_by_fkey` FOREIGN KEY (`mini_intake_completed_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_nationality_id_fkey` FOREIGN KEY (`nationality_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_nationalityold_id_fkey` FOREIGN KEY (`nationalityold_id`) REFERENCES `nationality` (`id`),
  CONSTRAINT `candidate_partner_candidate_id_fkey` FOREIGN KEY (`partner_candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_partner_edu_level_id_fkey` FOREIGN KEY (`partner_edu_level_id`) REFERENCES `education_level` (`id`),
  CONSTRAINT `candidate_partner_english_level_id_fkey` FOREIGN KEY (`partner_english_level_id`) REFERENCES `language_level` (`id`),
  CONSTRAINT `candidate_partner_occupation_id_fkey` FOREIGN KEY (`partner_occupation_id`) REFERENCES `occupation` (`id`),
  CONSTRAINT `candidate_registered_by_fkey` FOREIGN KEY (`registered_by`) REFERENCES `partner` (`id`),
  CONSTRAINT `candidate_relocated_country_id_fkey` FOREIGN KEY (`relocated_country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_shareable_cv_attachment_id_fkey` FOREIGN KEY (`shareable_cv_attachment_id`) REFERENCES `candidate_attachment` (`id`),
  CONSTRAINT `candidate_shareable_doc_attachment_id_fkey` FOREIGN KEY (`shareable_doc_attachment_id`) REFERENCES `candidate_attachment` (`id`),
  CONSTRAINT `candidate_survey_type_id_fkey` FOREIGN KEY (`survey_type_id`) REFERENCES `survey_type` (`id`),
  CONSTRAINT `candidate_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_candidate_privacy_policy_partner` FOREIGN KEY (`accepted_privacy_policy_partner_id`) REFERENCES `partner` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_certification` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `name` text DEFAULT NULL,
  `institution` text DEFAULT NULL,
  `date_completed` date DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_certification_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_certification_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_certification_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_citizenship` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `nationality_id` bigint DEFAULT NULL,
  `has_passport` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `passport_exp` date DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_citizenship_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_citizenship_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_citizenship_nationality_id_fkey` FOREIGN KEY (`nationality_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_citizenship_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offer_to_assist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `additional_notes` text DEFAULT NULL,
  `partner_id` bigint NOT NULL,
  `public_id` varchar(22) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `offer_to_assist_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `offer_to_assist_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `offer_to_assist_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_coupon_code` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `offer_to_assist_id` bigint DEFAULT NULL,
  `candidate_id` bigint NOT NULL,
  `coupon_code` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_coupon_code_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_coupon_code_offer_to_assist_id_fkey` FOREIGN KEY (`offer_to_assist_id`) REFERENCES `offer_to_assist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_dependant` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `relation` text DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `health_concern` text DEFAULT NULL,
  `health_notes` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `registered` text DEFAULT NULL,
  `relation_other` text DEFAULT NULL,
  `registered_number` text DEFAULT NULL,
  `registered_notes` text DEFAULT NULL,
  `gender` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_dependant_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_dependant_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_dependant_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_destination` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `country_id` bigint DEFAULT NULL,
  `interest` text DEFAULT NULL,
  `family` text DEFAULT NULL,
  `location` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_destination_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_destination_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_destination_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_destination_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education_major` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_education` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `education_type` text DEFAULT NULL,
  `country_id` bigint NOT NULL,
  `length_of_course_years` int DEFAULT NULL,
  `institution` text DEFAULT NULL,
  `course_name` text DEFAULT NULL,
  `year_completed` int DEFAULT NULL,
  `major_id` bigint DEFAULT NULL,
  `incomplete` tinyint(1) DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_education_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_education_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_education_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_education_major_id_fkey` FOREIGN KEY (`major_id`) REFERENCES `education_major` (`id`),
  CONSTRAINT `candidate_education_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_exam` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `exam` text DEFAULT NULL,
  `other_exam` text DEFAULT NULL,
  `score` text DEFAULT NULL,
  `year` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_exam_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_exam_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_exam_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_form` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_form_instance` (
  `candidate_id` bigint NOT NULL,
  `form_id` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`candidate_id`, `form_id`),
  CONSTRAINT `candidate_form_instance_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_form_instance_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `candidate_form` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_occupation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `occupation_id` bigint DEFAULT NULL,
  `years_experience` int NOT NULL,
  `top_candidate` tinyint(1) DEFAULT NULL,
  `migration_occupation` text DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_candidate_occupation` (`candidate_id`, `occupation_id`),
  CONSTRAINT `candidate_occupation_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_occupation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_occupation_occupation_id_fkey` FOREIGN KEY (`occupation_id`) REFERENCES `occupation` (`id`),
  CONSTRAINT `candidate_occupation_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_job_experience` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `candidate_occupation_id` bigint NOT NULL,
  `company_name` text DEFAULT NULL,
  `country_id` bigint DEFAULT NULL,
  `role` text DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `full_time` tinyint(1) DEFAULT NULL,
  `paid` tinyint(1) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `ts` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_job_experience_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_job_experience_candidate_occupation_id_fkey` FOREIGN KEY (`candidate_occupation_id`) REFERENCES `candidate_occupation` (`id`),
  CONSTRAINT `candidate_job_experience_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_job_experience_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_job_experience_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_json_cache` (
  `candidate_id` bigint NOT NULL,
  `data_version` bigint NOT NULL,
  `json` json NOT NULL,
  `computed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`candidate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `iso_code` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_language` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `language_id` bigint DEFAULT NULL,
  `written_level_id` bigint DEFAULT NULL,
  `spoken_level_id` bigint DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_language_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_language_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_language_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `candidate_language_spoken_level_id_fkey` FOREIGN KEY (`spoken_level_id`) REFERENCES `language_level` (`id`),
  CONSTRAINT `candidate_language_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_language_written_level_id_fkey` FOREIGN KEY (`written_level_id`) REFERENCES `language_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_note` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `note_type` text NOT NULL,
  `title` text NOT NULL,
  `comment` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_note_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_note_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_note_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_opp_intake` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `recruitment_process` text DEFAULT NULL,
  `employer_cost_commitment` text DEFAULT NULL,
  `location` text DEFAULT NULL,
  `location_details` text DEFAULT NULL,
  `salary_range` text DEFAULT NULL,
  `benefits` text DEFAULT NULL,
  `language_requirements` text DEFAULT NULL,
  `employment_experience` text DEFAULT NULL,
  `education_requirements` text DEFAULT NULL,
  `skill_requirements` text DEFAULT NULL,
  `occupation_code` text DEFAULT NULL,
  `min_salary` text DEFAULT NULL,
  `visa_pathways` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_search` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` text NOT NULL,
  `name` text NOT NULL,
  `keyword` text DEFAULT NULL,
  `statuses` text DEFAULT NULL,
  `gender` text DEFAULT NULL,
  `occupation_ids` text DEFAULT NULL,
  `or_profile_keyword` text DEFAULT NULL,
  `verified_occupation_ids` text DEFAULT NULL,
  `verified_occupation_search_type` text DEFAULT NULL,
  `nationality_ids` text DEFAULT NULL,
  `nationality_search_type` text DEFAULT NULL,
  `country_ids` text DEFAULT NULL,
  `other_language_id` bigint DEFAULT NULL,
  `un_registered` tinyint(1) DEFAULT NULL,
  `last_modified_from` date DEFAULT NULL,
  `last_modified_to` date DEFAULT NULL,
  `created_from` date DEFAULT NULL,
  `created_to` date DEFAULT NULL,
  `min_age` int DEFAULT NULL,
  `max_age` int DEFAULT NULL,
  `education_major_ids` text DEFAULT NULL,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `min_education_level` int DEFAULT NULL,
  `english_min_spoken_level` int DEFAULT NULL,
  `english_min_written_level` int DEFAULT NULL,
  `other_min_spoken_level` int DEFAULT NULL,
  `other_min_written_level` int DEFAULT NULL,
  `type` text DEFAULT NULL,
  `fixed` tinyint(1) NOT NULL DEFAULT 0,
  `reviewable` tinyint(1) NOT NULL DEFAULT 0,
  `watcher_ids` text DEFAULT NULL,
  `global` tinyint(1) NOT NULL DEFAULT 0,
  `default_search` tinyint(1) NOT NULL DEFAULT 0,
  `simple_query_string` text DEFAULT NULL,
  `min_yrs` int DEFAULT NULL,
  `max_yrs` int DEFAULT NULL,
  `displayed_fields_long` text DEFAULT NULL,
  `displayed_fields_short` text DEFAULT NULL,
  `default_save_selection_list_id` bigint DEFAULT NULL,
  `description` text DEFAULT NULL,
  `survey_type_ids` text DEFAULT NULL,
  `exclusion_list_id` bigint DEFAULT NULL,
  `partner_ids` text DEFAULT NULL,
  `job_id` bigint DEFAULT NULL,
  `country_search_type` text DEFAULT NULL,
  `rego_referrer_param` text DEFAULT NULL,
  `any_opps` tinyint(1) DEFAULT NULL,
  `closed_opps` tinyint(1) DEFAULT NULL,
  `relocated_opps` tinyint(1) DEFAULT NULL,
  `mini_intake_completed` tinyint(1) DEFAULT NULL,
  `full_intake_completed` tinyint(1) DEFAULT NULL,
  `unhcr_statuses` text DEFAULT NULL,
  `list_all_ids` text DEFAULT NULL,
  `list_all_search_type` text DEFAULT NULL,
  `list_any_ids` text DEFAULT NULL,
  `list_any_search_type` text DEFAULT NULL,
  `potential_duplicate` tinyint(1) DEFAULT NULL,
  `public_id` varchar(22) DEFAULT NULL,
  `include_pending_terms_candidates` tinyint(1) DEFAULT NULL,
  `candidate_numbers` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `saved_search_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `saved_search_other_language_id_fkey` FOREIGN KEY (`other_language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `saved_search_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_list` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` text NOT NULL,
  `name` text NOT NULL,
  `fixed` tinyint(1) NOT NULL DEFAULT 0,
  `watcher_ids` text DEFAULT NULL,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `saved_search_id` bigint DEFAULT NULL,
  `global` tinyint(1) NOT NULL DEFAULT 0,
  `saved_search_source_id` bigint DEFAULT NULL,
  `displayed_fields_long` text DEFAULT NULL,
  `displayed_fields_short` text DEFAULT NULL,
  `folderlink` text DEFAULT NULL,
  `foldercvlink` text DEFAULT NULL,
  `folderjdlink` text DEFAULT NULL,
  `registered_job` tinyint(1) NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  `published_doc_link` text DEFAULT NULL,
  `tc_short_name` text DEFAULT NULL,
  `sf_opp_is_closed` tinyint(1) NOT NULL DEFAULT 0,
  `job_id` bigint DEFAULT NULL,
  `file_jd_name` text DEFAULT NULL,
  `file_jd_link` text DEFAULT NULL,
  `file_joi_name` text DEFAULT NULL,
  `file_joi_link` text DEFAULT NULL,
  `file_interview_guidance_name` text DEFAULT NULL,
  `file_interview_guidance_link` text DEFAULT NULL,
  `file_mou_name` text DEFAULT NULL,
  `file_mou_link` text DEFAULT NULL,
  `public_id` varchar(22) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `saved_list_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `saved_list_saved_search_id_fkey` FOREIGN KEY (`saved_search_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `saved_list_saved_search_source_id_fkey` FOREIGN KEY (`saved_search_source_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `saved_list_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salesforce_job_opp` (
  `sf_id` text DEFAULT NULL,
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `employer` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `stage` text DEFAULT NULL,
  `stage_order` int DEFAULT NULL,
  `account_id` text DEFAULT NULL,
  `owner_id` text DEFAULT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `submission_due_date` datetime(6) DEFAULT NULL,
  `contact_user_id` bigint DEFAULT NULL,
  `job_summary` text DEFAULT NULL,
  `recruiter_partner_id` bigint DEFAULT NULL,
  `suggested_list_id` bigint DEFAULT NULL,
  `submission_list_id` bigint DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `published_by` bigint DEFAULT NULL,
  `published_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `exclusion_list_id` bigint DEFAULT NULL,
  `description` text DEFAULT NULL,
  `salary_range` text DEFAULT NULL,
  `location` text DEFAULT NULL,
  `location_details` text DEFAULT NULL,
  `benefits` text DEFAULT NULL,
  `language_requirements` text DEFAULT NULL,
  `employment_experience` text DEFAULT NULL,
  `education_requirements` text DEFAULT NULL,
  `skill_requirements` text DEFAULT NULL,
  `occupation_code` text DEFAULT NULL,
  `country_object_id` bigint DEFAULT NULL,
  `job_opp_intake_id` bigint DEFAULT NULL,
  `hiring_commitment` text DEFAULT NULL,
  `employer_website` text DEFAULT NULL,
  `employer_hired_internationally` text DEFAULT NULL,
  `opportunity_score` text DEFAULT NULL,
  `won` tinyint(1) NOT NULL DEFAULT 0,
  `employer_description` text DEFAULT NULL,
  `closing_comments` text DEFAULT NULL,
  `next_step` text DEFAULT NULL,
  `next_step_due_date` date DEFAULT NULL,
  `employer_id` bigint DEFAULT NULL,
  `evergreen` tinyint(1) NOT NULL DEFAULT 0,
  `evergreen_child_id` bigint DEFAULT NULL,
  `skip_candidate_search` tinyint(1) NOT NULL DEFAULT 0,
  `jd_file_text` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tc_job_id` (`id`),
  CONSTRAINT `salesforce_job_opp_contact_user_id_fkey` FOREIGN KEY (`contact_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `salesforce_job_opp_country_object_id_fkey` FOREIGN KEY (`country_object_id`) REFERENCES `country` (`id`),
  CONSTRAINT `salesforce_job_opp_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `salesforce_job_opp_employer_id_fkey` FOREIGN KEY (`employer_id`) REFERENCES `employer` (`id`),
  CONSTRAINT `salesforce_job_opp_evergreen_child_id_fkey` FOREIGN KEY (`evergreen_child_id`) REFERENCES `salesforce_job_opp` (`id`),
  CONSTRAINT `salesforce_job_opp_exclusion_list_id_fkey` FOREIGN KEY (`exclusion_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `salesforce_job_opp_job_opp_intake_id_fkey` FOREIGN KEY (`job_opp_intake_id`) REFERENCES `job_opp_intake` (`id`),
  CONSTRAINT `salesforce_job_opp_published_by_fkey` FOREIGN KEY (`published_by`) REFERENCES `users` (`id`),
  CONSTRAINT `salesforce_job_opp_recruiter_partner_id_fkey` FOREIGN KEY (`recruiter_partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `salesforce_job_opp_submission_list_id_fkey` FOREIGN KEY (`submission_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `salesforce_job_opp_suggested_list_id_fkey` FOREIGN KEY (`suggested_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `salesforce_job_opp_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_opportunity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint DEFAULT NULL,
  `closing_comments_for_candidate` text DEFAULT NULL,
  `employer_feedback` text DEFAULT NULL,
  `job_opp_id` bigint DEFAULT NULL,
  `stage` text DEFAULT NULL,
  `closing_comments` text DEFAULT NULL,
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `name` text DEFAULT NULL,
  `next_step` text DEFAULT NULL,
  `next_step_due_date` date DEFAULT NULL,
  `sf_id` text DEFAULT NULL,
  `stage_order` int DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `won` tinyint(1) NOT NULL DEFAULT 0,
  `file_offer_link` text DEFAULT NULL,
  `file_offer_name` text DEFAULT NULL,
  `last_active_stage` text DEFAULT 'prospect',
  `relocating_dependant_ids` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_opportunity_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_opportunity_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_opportunity_job_opp_id_fkey` FOREIGN KEY (`job_opp_id`) REFERENCES `salesforce_job_opp` (`id`),
  CONSTRAINT `candidate_opportunity_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `days_to_complete` int DEFAULT NULL,
  `description` text DEFAULT NULL,
  `doc_link` text DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `optional` tinyint(1) NOT NULL DEFAULT 0,
  `task_type` text DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `upload_subfolder_name` text DEFAULT NULL,
  `upload_type` text DEFAULT NULL,
  `uploadable_file_types` text DEFAULT NULL,
  `candidate_answer_field` text DEFAULT NULL,
  `display_name` text DEFAULT NULL,
  `explicit_allowed_answers` text DEFAULT NULL,
  `required_metadata` json,
  `candidate_form_id` bigint DEFAULT NULL,
  `notify_on_assignment` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_name_uindex` (`name`),
  CONSTRAINT `task_candidate_form_id_fkey` FOREIGN KEY (`candidate_form_id`) REFERENCES `candidate_form` (`id`),
  CONSTRAINT `task_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `task_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_assignment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `abandoned_date` datetime(6) DEFAULT NULL,
  `activated_by` bigint NOT NULL,
  `activated_date` datetime(6) NOT NULL,
  `candidate_id` bigint NOT NULL,
  `candidate_notes` text DEFAULT NULL,
  `completed_date` datetime(6) DEFAULT NULL,
  `deactivated_by` bigint DEFAULT NULL,
  `deactivated_date` datetime(6) DEFAULT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `related_list_id` bigint DEFAULT NULL,
  `status` text DEFAULT NULL,
  `task_id` bigint NOT NULL,
  `task_type` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_assignment_activated_by_fkey` FOREIGN KEY (`activated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `task_assignment_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `task_assignment_deactivated_by_fkey` FOREIGN KEY (`deactivated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `task_assignment_related_list_id_fkey` FOREIGN KEY (`related_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `task_assignment_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_property` (
  `candidate_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `related_task_assignment_id` bigint DEFAULT NULL,
  PRIMARY KEY (`candidate_id`, `name`),
  CONSTRAINT `candidate_property_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_property_related_task_assignment_id_fkey` FOREIGN KEY (`related_task_assignment_id`) REFERENCES `task_assignment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_property_definition` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `label` text DEFAULT NULL,
  `definition` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidate_property_definition_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_review_item` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `saved_search_id` bigint NOT NULL,
  `review_status` text NOT NULL,
  `comment` text DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_review_item_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_review_item_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_review_item_saved_search_id_fkey` FOREIGN KEY (`saved_search_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `candidate_review_item_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_saved_list` (
  `candidate_id` bigint NOT NULL,
  `saved_list_id` bigint NOT NULL,
  `context_note` text DEFAULT NULL,
  `shareable_cv_attachment_id` bigint DEFAULT NULL,
  `shareable_doc_attachment_id` bigint DEFAULT NULL,
  PRIMARY KEY (`candidate_id`, `saved_list_id`),
  CONSTRAINT `candidate_saved_list_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_saved_list_saved_list_id_fkey` FOREIGN KEY (`saved_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `candidate_saved_list_shareable_cv_attachment_id_fkey` FOREIGN KEY (`shareable_cv_attachment_id`) REFERENCES `candidate_attachment` (`id`),
  CONSTRAINT `candidate_saved_list_shareable_doc_attachment_id_fkey` FOREIGN KEY (`shareable_doc_attachment_id`) REFERENCES `candidate_attachment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_skill` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `skill` text DEFAULT NULL,
  `time_period` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_skill_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_visa_check` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `country_id` bigint DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `protection` text DEFAULT NULL,
  `protection_grounds` text DEFAULT NULL,
  `health_assessment` text DEFAULT NULL,
  `health_assessment_notes` text DEFAULT NULL,
  `character_assessment` text DEFAULT NULL,
  `character_assessment_notes` text DEFAULT NULL,
  `security_risk` text DEFAULT NULL,
  `security_risk_notes` text DEFAULT NULL,
  `valid_travel_docs` text DEFAULT NULL,
  `valid_travel_docs_notes` text DEFAULT NULL,
  `overall_risk` text DEFAULT NULL,
  `overall_risk_notes` text DEFAULT NULL,
  `english_threshold` text DEFAULT NULL,
  `english_threshold_notes` text DEFAULT NULL,
  `pathway_assessment` text DEFAULT NULL,
  `pathway_assessment_notes` text DEFAULT NULL,
  `destination_family` text DEFAULT NULL,
  `destination_family_location` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_visa_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_visa_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `candidate_visa_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_visa_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidate_visa_job_check` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `interest` text DEFAULT NULL,
  `interest_notes` text DEFAULT NULL,
  `occupation_id` bigint DEFAULT NULL,
  `occupation_notes` text DEFAULT NULL,
  `salary_tsmit` text DEFAULT NULL,
  `regional` text DEFAULT NULL,
  `eligible_494` text DEFAULT NULL,
  `eligible_494_notes` text DEFAULT NULL,
  `eligible_186` text DEFAULT NULL,
  `eligible_186_notes` text DEFAULT NULL,
  `eligible_other` text DEFAULT NULL,
  `eligible_other_notes` text DEFAULT NULL,
  `put_forward` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `candidate_visa_check_id` bigint DEFAULT NULL,
  `tbb_eligibility` text DEFAULT NULL,
  `qualification` text DEFAULT NULL,
  `qualification_notes` text DEFAULT NULL,
  `job_opp_id` bigint DEFAULT NULL,
  `relevant_work_exp` text DEFAULT NULL,
  `age_requirement` text DEFAULT NULL,
  `preferred_pathways` text DEFAULT NULL,
  `ineligible_pathways` text DEFAULT NULL,
  `eligible_pathways` text DEFAULT NULL,
  `occupation_category` text DEFAULT NULL,
  `occupation_sub_category` text DEFAULT NULL,
  `english_threshold` text DEFAULT NULL,
  `languages_threshold_notes` text DEFAULT NULL,
  `languages_required` text DEFAULT NULL,
  `languages_threshold_met` text DEFAULT NULL,
  `candidate_id` bigint NOT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidate_role_occupation_id_fkey` FOREIGN KEY (`occupation_id`) REFERENCES `occupation` (`id`),
  CONSTRAINT `candidate_visa_job_check_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `candidate_visa_job_check_candidate_visa_check_id_fkey` FOREIGN KEY (`candidate_visa_check_id`) REFERENCES `candidate_visa_check` (`id`),
  CONSTRAINT `candidate_visa_job_check_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `candidate_visa_job_check_job_opp_id_fkey` FOREIGN KEY (`job_opp_id`) REFERENCES `salesforce_job_opp` (`id`),
  CONSTRAINT `candidate_visa_job_check_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_chat` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `job_id` bigint DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `type` text DEFAULT NULL,
  `source_partner_id` bigint DEFAULT NULL,
  `candidate_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_chat_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `job_chat_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `job_chat_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `salesforce_job_opp` (`id`),
  CONSTRAINT `job_chat_source_partner_id_fkey` FOREIGN KEY (`source_partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `job_chat_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_post` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `content` text DEFAULT NULL,
  `job_chat_id` bigint NOT NULL,
  `created_by` bigint NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `chat_post_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `chat_post_job_chat_id_fkey` FOREIGN KEY (`job_chat_id`) REFERENCES `job_chat` (`id`),
  CONSTRAINT `chat_post_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chatbot_message` (
  `id` char(36) NOT NULL,
  `session_id` char(36) NOT NULL,
  `question_id` char(36) NOT NULL,
  `sender` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `referenced_faq_ids` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country_nationality_join` (
  `country_id` bigint NOT NULL,
  `nationality_id` bigint NOT NULL,
  PRIMARY KEY (`country_id`, `nationality_id`),
  CONSTRAINT `country_nationality_join_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `country_nationality_join_nationality_id_fkey` FOREIGN KEY (`nationality_id`) REFERENCES `nationality` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duolingo_coupon` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `coupon_code` varchar(255) NOT NULL,
  `candidate_id` bigint DEFAULT NULL,
  `expiration_date` datetime(6) NOT NULL,
  `date_sent` datetime(6) DEFAULT NULL,
  `coupon_status` varchar(50) NOT NULL,
  `test_type` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `duolingo_coupon_coupon_code_key` (`coupon_code`),
  CONSTRAINT `fk_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duolingo_extra_fields` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `certificate_url` varchar(255) DEFAULT NULL,
  `interview_url` varchar(255) DEFAULT NULL,
  `verification_date` varchar(255) DEFAULT NULL,
  `percent_score` int NOT NULL,
  `scale` int NOT NULL,
  `literacy_subscore` int NOT NULL,
  `conversation_subscore` int NOT NULL,
  `comprehension_subscore` int NOT NULL,
  `production_subscore` int NOT NULL,
  `candidate_exam_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `duolingo_extra_fields_candidate_exam_id_fkey` FOREIGN KEY (`candidate_exam_id`) REFERENCES `candidate_exam` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export_column` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `saved_list_id` bigint DEFAULT NULL,
  `saved_search_id` bigint DEFAULT NULL,
  `index` int NOT NULL,
  `key` text DEFAULT NULL,
  `properties` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_column_saved_list_id_fkey` FOREIGN KEY (`saved_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `export_column_saved_search_id_fkey` FOREIGN KEY (`saved_search_id`) REFERENCES `saved_search` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `help_link` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `country_id` bigint DEFAULT NULL,
  `case_stage` text DEFAULT NULL,
  `job_stage` text DEFAULT NULL,
  `label` text NOT NULL,
  `link` text NOT NULL,
  `focus` text DEFAULT NULL,
  `next_step_name` text DEFAULT NULL,
  `next_step_text` text DEFAULT NULL,
  `next_step_days` int DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `help_link_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `help_link_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `help_link_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `industry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_chat_user` (
  `job_chat_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `last_read_post_id` bigint DEFAULT NULL,
  PRIMARY KEY (`job_chat_id`, `user_id`),
  CONSTRAINT `job_chat_user_job_chat_id_fkey` FOREIGN KEY (`job_chat_id`) REFERENCES `job_chat` (`id`),
  CONSTRAINT `job_chat_user_last_read_post_id_fkey` FOREIGN KEY (`last_read_post_id`) REFERENCES `chat_post` (`id`),
  CONSTRAINT `job_chat_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_suggested_saved_search` (
  `tc_job_id` bigint NOT NULL,
  `saved_search_id` bigint NOT NULL,
  PRIMARY KEY (`tc_job_id`, `saved_search_id`),
  CONSTRAINT `job_suggested_saved_search_saved_search_id_fkey` FOREIGN KEY (`saved_search_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `job_suggested_saved_search_tc_job_id_fkey` FOREIGN KEY (`tc_job_id`) REFERENCES `salesforce_job_opp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_preview` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `chat_post_id` bigint DEFAULT NULL,
  `url` text DEFAULT NULL,
  `title` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `image_url` text DEFAULT NULL,
  `domain` text DEFAULT NULL,
  `favicon_url` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `link_preview_chat_post_id_fkey` FOREIGN KEY (`chat_post_id`) REFERENCES `chat_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_job` (
  `partner_id` bigint NOT NULL,
  `tc_job_id` bigint NOT NULL,
  `contact_id` bigint DEFAULT NULL,
  PRIMARY KEY (`partner_id`, `tc_job_id`),
  CONSTRAINT `partner_job_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `users` (`id`),
  CONSTRAINT `partner_job_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `partner_job_tc_job_id_fkey` FOREIGN KEY (`tc_job_id`) REFERENCES `salesforce_job_opp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_source_country` (
  `partner_id` bigint NOT NULL,
  `country_id` bigint NOT NULL,
  PRIMARY KEY (`partner_id`, `country_id`),
  CONSTRAINT `partner_source_country_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `partner_source_country_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reaction` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `chat_post_id` bigint DEFAULT NULL,
  `emoji` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reaction_chat_post_id_fkey` FOREIGN KEY (`chat_post_id`) REFERENCES `chat_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reaction_user` (
  `reaction_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`reaction_id`, `user_id`),
  CONSTRAINT `reaction_user_reaction_id_fkey` FOREIGN KEY (`reaction_id`) REFERENCES `reaction` (`id`),
  CONSTRAINT `reaction_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `root_request` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip_address` text DEFAULT NULL,
  `partner_abbreviation` text DEFAULT NULL,
  `query_string` text DEFAULT NULL,
  `request_url` text DEFAULT NULL,
  `timestamp` datetime(6) DEFAULT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `referrer_param` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_join` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `search_id` bigint NOT NULL,
  `child_search_id` bigint NOT NULL,
  `search_type` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `search_join_child_search_id_fkey` FOREIGN KEY (`child_search_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `search_join_search_id_fkey` FOREIGN KEY (`search_id`) REFERENCES `saved_search` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_resource` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255) NOT NULL,
  `service_code` varchar(255) NOT NULL,
  `resource_code` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `country_iso_code` varchar(2) DEFAULT NULL,
  `resource_type` varchar(50) NOT NULL DEFAULT 'UNIQUE',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_assignment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255) NOT NULL,
  `service_code` varchar(255) NOT NULL,
  `resource_id` bigint DEFAULT NULL,
  `candidate_id` bigint NOT NULL,
  `actor_id` bigint DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `assigned_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `service_assignment_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `service_assignment_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `service_assignment_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `service_resource` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shedlock` (
  `name` varchar(64) NOT NULL,
  `lock_until` datetime(3) DEFAULT NULL,
  `locked_at` datetime(3) DEFAULT NULL,
  `locked_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_language` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `language` text NOT NULL,
  `label` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `system_language_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `system_language_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_saved_list` (
  `task_id` bigint NOT NULL,
  `saved_list_id` bigint NOT NULL,
  PRIMARY KEY (`saved_list_id`, `task_id`),
  CONSTRAINT `task_saved_list_saved_list_id_fkey` FOREIGN KEY (`saved_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `task_saved_list_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` bigint NOT NULL,
  `object_type` text NOT NULL,
  `language` text NOT NULL,
  `value` text NOT NULL,
  `created_by` bigint DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `translation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `translation_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_job` (
  `user_id` bigint NOT NULL,
  `tc_job_id` bigint NOT NULL,
  PRIMARY KEY (`user_id`, `tc_job_id`),
  CONSTRAINT `user_job_tc_job_id_fkey` FOREIGN KEY (`tc_job_id`) REFERENCES `salesforce_job_opp` (`id`),
  CONSTRAINT `user_job_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_saved_list` (
  `user_id` bigint NOT NULL,
  `saved_list_id` bigint NOT NULL,
  PRIMARY KEY (`user_id`, `saved_list_id`),
  CONSTRAINT `user_saved_list_saved_list_id_fkey` FOREIGN KEY (`saved_list_id`) REFERENCES `saved_list` (`id`),
  CONSTRAINT `user_saved_list_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_saved_search` (
  `user_id` bigint NOT NULL,
  `saved_search_id` bigint NOT NULL,
  PRIMARY KEY (`user_id`, `saved_search_id`),
  CONSTRAINT `user_saved_search_saved_search_id_fkey` FOREIGN KEY (`saved_search_id`) REFERENCES `saved_search` (`id`),
  CONSTRAINT `user_saved_search_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_source_country` (
  `user_id` bigint NOT NULL,
  `country_id` bigint NOT NULL,
  PRIMARY KEY (`user_id`, `country_id`),
  CONSTRAINT `user_source_country_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`),
  CONSTRAINT `user_source_country_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_list` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `saved_list_id` bigint NOT NULL,
  `provider` varchar(255) NOT NULL,
  `service_code` varchar(255) NOT NULL,
  `list_role` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `service_list_saved_list_id_key` (`saved_list_id`),
  CONSTRAINT `service_list_saved_list_id_fkey` FOREIGN KEY (`saved_list_id`) REFERENCES `saved_list` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_list_permitted_actions` (
  `service_list_id` bigint NOT NULL,
  `action` varchar(255) NOT NULL,
  PRIMARY KEY (`service_list_id`, `action`),
  CONSTRAINT `service_list_permitted_actions_service_list_id_fkey` FOREIGN KEY (`service_list_id`) REFERENCES `service_list` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counterparty` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `partner_id` bigint DEFAULT NULL,
  `employer_id` bigint DEFAULT NULL,
  `service_provider` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `counterparty_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `counterparty_employer_id_fkey` FOREIGN KEY (`employer_id`) REFERENCES `employer` (`id`),
  CONSTRAINT `counterparty_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `counterparty_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agreement` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `candidate_id` bigint NOT NULL,
  `counterparty_id` bigint NOT NULL,
  `terms_info_id` varchar(255) NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `created_date` datetime(6) DEFAULT NULL,
  `created_by` bigint DEFAULT NULL,
  `updated_date` datetime(6) DEFAULT NULL,
  `updated_by` bigint DEFAULT NULL,
  `terms_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agreement_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`),
  CONSTRAINT `agreement_counterparty_id_fkey` FOREIGN KEY (`counterparty_id`) REFERENCES `counterparty` (`id`),
  CONSTRAINT `agreement_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `agreement_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys closing a cycle, added once both tables exist
ALTER TABLE `employer` ADD CONSTRAINT `employer_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`);
ALTER TABLE `employer` ADD CONSTRAINT `employer_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`);
ALTER TABLE `partner` ADD CONSTRAINT `partner_default_contact_id_fkey` FOREIGN KEY (`default_contact_id`) REFERENCES `users` (`id`);
ALTER TABLE `candidate_attachment` ADD CONSTRAINT `candidate_file_candidate_id_fkey` FOREIGN KEY (`candidate_id`) REFERENCES `candidate` (`id`);
ALTER TABLE `saved_search` ADD CONSTRAINT `saved_search_default_save_selection_list_id_fkey` FOREIGN KEY (`default_save_selection_list_id`) REFERENCES `saved_list` (`id`);
ALTER TABLE `saved_search` ADD CONSTRAINT `saved_search_exclusion_list_id_fkey` FOREIGN KEY (`exclusion_list_id`) REFERENCES `saved_list` (`id`);
ALTER TABLE `saved_search` ADD CONSTRAINT `saved_search_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `salesforce_job_opp` (`id`);
ALTER TABLE `saved_list` ADD CONSTRAINT `saved_list_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `salesforce_job_opp` (`id`);

-- GC Digital Talent (Government of Canada Digital Talent recruitment platform, Treasury Board Secretariat / OCIO):
-- github.com/GCTC-NTGC/gc-digital-talent api/database/schema/pgsql-schema.sql (the Laravel pg_dump of the
-- API database) at commit 5ab407744dd7e3c1ef045f38d41f6dbfe2ecadb2 (AGPL-3.0), PostgreSQL written as MySQL DDL.
-- 43 of its 52 tables; column names, order and types kept (uuid -> char(36), character varying(255) -> varchar(255),
-- timestamp(0) without time zone -> datetime, jsonb/json -> json, tsvector -> text, boolean -> tinyint(1));
-- gen_random_uuid() and jsonb defaults dropped; the three STORED generated "weight" columns kept as generated
-- columns with the PostgreSQL casts removed; primary keys and foreign keys between kept tables inline;
-- unique constraints and indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `activity_log` (
  `id` char(36) NOT NULL,
  `log_name` varchar(255),
  `description` text NOT NULL,
  `subject_type` varchar(255),
  `subject_id` char(36),
  `causer_type` varchar(255),
  `causer_id` char(36),
  `properties` json,
  `created_at` datetime,
  `updated_at` datetime,
  `event` varchar(255),
  `batch_uuid` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `applicant_filter_classification` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `applicant_filter_id` char(36) NOT NULL,
  `classification_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_filter_id`) REFERENCES `applicant_filters` (`id`),
  FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`)
);

CREATE TABLE `applicant_filter_pool` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `applicant_filter_id` char(36) NOT NULL,
  `pool_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_filter_id`) REFERENCES `applicant_filters` (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`)
);

CREATE TABLE `applicant_filter_skill` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `applicant_filter_id` char(36) NOT NULL,
  `skill_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_filter_id`) REFERENCES `applicant_filters` (`id`),
  FOREIGN KEY (`skill_id`) REFERENCES `skills` (`id`)
);

CREATE TABLE `applicant_filters` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `has_diploma` tinyint(1),
  `has_disability` tinyint(1),
  `is_indigenous` tinyint(1),
  `is_visible_minority` tinyint(1),
  `is_woman` tinyint(1),
  `language_ability` varchar(255),
  `location_preferences` json,
  `operational_requirements` json,
  `position_duration` json,
  `qualified_streams` json NOT NULL,
  `community_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
);

CREATE TABLE `assessment_results` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `assessment_step_id` char(36) NOT NULL,
  `pool_candidate_id` char(36) NOT NULL,
  `pool_skill_id` char(36),
  `assessment_result_type` varchar(255),
  `assessment_decision` varchar(255),
  `justifications` json,
  `assessment_decision_level` varchar(255),
  `skill_decision_notes` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_step_id`) REFERENCES `assessment_steps` (`id`),
  FOREIGN KEY (`pool_candidate_id`) REFERENCES `pool_candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`pool_skill_id`) REFERENCES `pool_skill` (`id`)
);

CREATE TABLE `assessment_step_pool_skill` (
  `id` char(36) NOT NULL,
  `assessment_step_id` char(36) NOT NULL,
  `pool_skill_id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_step_id`) REFERENCES `assessment_steps` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`pool_skill_id`) REFERENCES `pool_skill` (`id`) ON DELETE CASCADE
);

CREATE TABLE `assessment_steps` (
  `id` char(36) NOT NULL,
  `pool_id` char(36) NOT NULL,
  `sort_order` int,
  `type` varchar(255),
  `title` json,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
);

CREATE TABLE `classifications` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `name` json NOT NULL,
  `group` varchar(255) NOT NULL,
  `level` int NOT NULL,
  `min_salary` int,
  `max_salary` int,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `classifications_chk_level` CHECK ((`level` >= 0)),
  CONSTRAINT `classifications_chk_salary` CHECK (((COALESCE(`min_salary`, 0) >= 0) AND (COALESCE(`min_salary`, 0) <= COALESCE(`max_salary`, 2147483647))))
);

CREATE TABLE `communities` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `key` varchar(255) NOT NULL,
  `name` json,
  `description` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `department_specific_recruitment_process_forms` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `department_id` char(36),
  `department_other` varchar(255),
  `recruitment_process_lead_name` varchar(255),
  `recruitment_process_lead_job_title` varchar(255),
  `recruitment_process_lead_email` varchar(255),
  `posting_date` date,
  `advertisement_type` varchar(255),
  `advertising_platforms` json NOT NULL,
  `advertising_platforms_other` varchar(255),
  `job_advertisement_link` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
);

CREATE TABLE `department_specific_recruitment_process_positions` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `department_specific_recruitment_process_form_id` char(36) NOT NULL,
  `classification_group` varchar(255),
  `classification_level` varchar(255),
  `job_title` varchar(255),
  `employment_types` json NOT NULL,
  `employment_types_other` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`department_specific_recruitment_process_form_id`) REFERENCES `department_specific_recruitment_process_forms` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `departments` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `department_number` int NOT NULL,
  `name` json NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `experience_skill` (
  `id` char(36) NOT NULL,
  `details` text,
  `experience_id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `user_skill_id` char(36) NOT NULL,
  `deleted_at` date,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`experience_id`) REFERENCES `experiences` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_skill_id`) REFERENCES `user_skills` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `experiences` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `user_id` char(36) NOT NULL,
  `details` text,
  `experience_type` varchar(255) NOT NULL,
  `properties` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `failed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` text NOT NULL,
  `exception` text NOT NULL,
  `failed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `general_question_responses` (
  `id` char(36) NOT NULL,
  `pool_candidate_id` char(36) NOT NULL,
  `general_question_id` char(36) NOT NULL,
  `answer` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`general_question_id`) REFERENCES `general_questions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`pool_candidate_id`) REFERENCES `pool_candidates` (`id`) ON DELETE CASCADE
);

CREATE TABLE `general_questions` (
  `id` char(36) NOT NULL,
  `pool_id` char(36) NOT NULL,
  `sort_order` int,
  `question` json NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
);

CREATE TABLE `generic_job_title_user` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `generic_job_title_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`generic_job_title_id`) REFERENCES `generic_job_titles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `generic_job_titles` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `key` varchar(255) NOT NULL,
  `name` json NOT NULL,
  `classification_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`)
);

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` char(36) NOT NULL,
  `data` json NOT NULL,
  `read_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `permission_role` (
  `permission_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  PRIMARY KEY (`permission_id`, `role_id`),
  FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `permission_user` (
  `permission_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_type` varchar(255) NOT NULL,
  `team_id` char(36),
  FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `permissions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display_name` json,
  `description` json,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pool_candidate_education_requirement_experience` (
  `id` char(36) NOT NULL,
  `pool_candidate_id` char(36) NOT NULL,
  `experience_id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`experience_id`) REFERENCES `experiences` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`pool_candidate_id`) REFERENCES `pool_candidates` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pool_candidate_filters` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `is_woman` tinyint(1),
  `has_diploma` tinyint(1),
  `has_disability` tinyint(1),
  `is_indigenous` tinyint(1),
  `is_visible_minority` tinyint(1),
  `language_ability` varchar(255),
  `work_regions` json,
  `deleted_at` datetime,
  `operational_requirements` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pool_candidate_search_requests` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `full_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `job_title` varchar(255) NOT NULL,
  `additional_comments` text,
  `pool_candidate_filter_id` char(36),
  `admin_notes` text,
  `deleted_at` datetime,
  `department_id` char(36) NOT NULL,
  `applicant_filter_id` char(36),
  `request_status_changed_at` datetime,
  `was_empty` tinyint(1) NOT NULL DEFAULT 0,
  `request_status` varchar(255) NOT NULL DEFAULT 'NEW',
  `manager_job_title` varchar(255),
  `position_type` varchar(255),
  `reason` varchar(255),
  `hr_advisor_email` varchar(255),
  `request_status_weight` int GENERATED ALWAYS AS (CASE
    WHEN (`request_status` = 'NEW') THEN 10
    WHEN (`request_status` = 'IN_PROGRESS') THEN 20
    WHEN (`request_status` = 'WAITING') THEN 30
    WHEN (`request_status` = 'DONE') THEN 40
    WHEN (`request_status` = 'DONE_NO_CANDIDATES') THEN 41
    WHEN (`request_status` = 'NOT_COMPLIANT') THEN 50
    ELSE NULL
  END) STORED,
  `community_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`applicant_filter_id`) REFERENCES `applicant_filters` (`id`),
  FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  FOREIGN KEY (`pool_candidate_filter_id`) REFERENCES `pool_candidate_filters` (`id`)
);

CREATE TABLE `pool_candidates` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `expiry_date` date,
  `pool_candidate_status` varchar(255),
  `pool_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `deleted_at` datetime,
  `notes` text,
  `archived_at` datetime,
  `submitted_at` datetime,
  `signature` varchar(255),
  `profile_snapshot` json,
  `suspended_at` datetime,
  `submitted_steps` json NOT NULL,
  `education_requirement_option` varchar(255),
  `is_bookmarked` tinyint(1) NOT NULL DEFAULT 0,
  `status_weight` int GENERATED ALWAYS AS (CASE
    WHEN (`pool_candidate_status` = 'DRAFT') THEN 10
    WHEN (`pool_candidate_status` = 'DRAFT_EXPIRED') THEN 20
    WHEN (`pool_candidate_status` = 'NEW_APPLICATION') THEN 30
    WHEN (`pool_candidate_status` = 'APPLICATION_REVIEW') THEN 40
    WHEN (`pool_candidate_status` = 'SCREENED_IN') THEN 50
    WHEN (`pool_candidate_status` = 'SCREENED_OUT_APPLICATION') THEN 60
    WHEN (`pool_candidate_status` = 'SCREENED_OUT_NOT_INTERESTED') THEN 64
    WHEN (`pool_candidate_status` = 'SCREENED_OUT_NOT_RESPONSIVE') THEN 65
    WHEN (`pool_candidate_status` = 'UNDER_ASSESSMENT') THEN 70
    WHEN (`pool_candidate_status` = 'SCREENED_OUT_ASSESSMENT') THEN 80
    WHEN (`pool_candidate_status` = 'QUALIFIED_AVAILABLE') THEN 90
    WHEN (`pool_candidate_status` = 'QUALIFIED_UNAVAILABLE') THEN 100
    WHEN (`pool_candidate_status` = 'QUALIFIED_WITHDREW') THEN 110
    WHEN (`pool_candidate_status` = 'PLACED_TENTATIVE') THEN 115
    WHEN (`pool_candidate_status` = 'PLACED_CASUAL') THEN 120
    WHEN (`pool_candidate_status` = 'PLACED_TERM') THEN 130
    WHEN (`pool_candidate_status` = 'PLACED_INDETERMINATE') THEN 140
    WHEN (`pool_candidate_status` = 'EXPIRED') THEN 150
    WHEN (`pool_candidate_status` = 'REMOVED') THEN 160
    ELSE NULL
  END) STORED,
  `placed_at` datetime,
  `placed_department_id` char(36),
  `removed_at` datetime,
  `removal_reason` varchar(255),
  `removal_reason_other` text,
  `final_decision_at` datetime,
  `veteran_verification` varchar(255),
  `veteran_verification_expiry` date,
  `priority_verification` varchar(255),
  `priority_verification_expiry` date,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`placed_department_id`) REFERENCES `departments` (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pool_skill` (
  `id` char(36) NOT NULL,
  `skill_id` char(36) NOT NULL,
  `pool_id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `type` varchar(255) NOT NULL,
  `required_skill_level` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`skill_id`) REFERENCES `skills` (`id`)
);

CREATE TABLE `pool_user_bookmarks` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `pool_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `pools` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `name` json NOT NULL,
  `user_id` char(36) NOT NULL,
  `deleted_at` datetime,
  `operational_requirements` json,
  `key_tasks` json NOT NULL,
  `closing_date` datetime,
  `your_impact` json,
  `advertisement_location` json,
  `security_clearance` varchar(255),
  `advertisement_language` varchar(255),
  `is_remote` tinyint(1),
  `stream` varchar(255),
  `process_number` varchar(255),
  `publishing_group` varchar(255),
  `published_at` datetime,
  `team_id` char(36) NOT NULL,
  `what_to_expect` json,
  `archived_at` datetime,
  `special_note` json,
  `opportunity_length` varchar(255),
  `what_to_expect_admission` json,
  `about_us` json,
  `classification_id` char(36) NOT NULL,
  `closing_reason` text,
  `change_justification` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `role_user` (
  `role_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_type` varchar(255) NOT NULL,
  `team_id` char(36),
  `id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `roles` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display_name` json,
  `description` json,
  `created_at` datetime,
  `updated_at` datetime,
  `is_team_based` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `screening_question_responses` (
  `id` char(36) NOT NULL,
  `pool_candidate_id` char(36) NOT NULL,
  `screening_question_id` char(36) NOT NULL,
  `answer` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pool_candidate_id`) REFERENCES `pool_candidates` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`screening_question_id`) REFERENCES `screening_questions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `screening_questions` (
  `id` char(36) NOT NULL,
  `pool_id` char(36) NOT NULL,
  `assessment_step_id` char(36) NOT NULL,
  `sort_order` int,
  `question` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_step_id`) REFERENCES `assessment_steps` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`pool_id`) REFERENCES `pools` (`id`) ON DELETE CASCADE
);

CREATE TABLE `settings` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `skill_families` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `name` json NOT NULL,
  `description` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `skills` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `name` json NOT NULL,
  `description` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `keywords` json,
  `category` varchar(255) NOT NULL DEFAULT 'TECHNICAL',
  PRIMARY KEY (`id`)
);

CREATE TABLE `team_department` (
  `team_id` char(36) NOT NULL,
  `department_id` char(36) NOT NULL,
  FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
);

CREATE TABLE `teams` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display_name` json,
  `description` json,
  `created_at` datetime,
  `updated_at` datetime,
  `contact_email` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_search_indices` (
  `id` char(36) NOT NULL,
  `searchable` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `user_skills` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `user_id` char(36) NOT NULL,
  `skill_id` char(36) NOT NULL,
  `skill_level` varchar(255),
  `when_skill_used` varchar(255),
  `top_skills_rank` int,
  `improve_skills_rank` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`skill_id`) REFERENCES `skills` (`id`) ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `email` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `telephone` varchar(255),
  `preferred_lang` varchar(255),
  `deleted_at` datetime,
  `sub` varchar(255),
  `current_province` varchar(255),
  `current_city` varchar(255),
  `looking_for_english` tinyint(1),
  `looking_for_french` tinyint(1),
  `looking_for_bilingual` tinyint(1),
  `comprehension_level` varchar(255),
  `written_level` varchar(255),
  `verbal_level` varchar(255),
  `estimated_language_ability` varchar(255),
  `is_gov_employee` tinyint(1),
  `current_classification` char(36),
  `location_exemptions` text,
  `is_woman` tinyint(1),
  `has_disability` tinyint(1),
  `is_visible_minority` tinyint(1),
  `has_diploma` tinyint(1),
  `location_preferences` json,
  `accepted_operational_requirements` json,
  `gov_employee_type` varchar(255),
  `department` char(36),
  `citizenship` varchar(255),
  `armed_forces_status` varchar(255),
  `has_priority_entitlement` tinyint(1),
  `priority_number` varchar(255),
  `priority_weight` int GENERATED ALWAYS AS (CASE
    WHEN (`has_priority_entitlement` = 1) THEN 10
    WHEN (`armed_forces_status` = 'VETERAN') THEN 20
    WHEN ((`citizenship` = 'CITIZEN') OR (`citizenship` = 'PERMANENT_RESIDENT')) THEN 30
    ELSE 40
  END) STORED,
  `position_duration` json,
  `indigenous_declaration_signature` varchar(255),
  `indigenous_communities` json,
  `preferred_language_for_interview` varchar(255),
  `preferred_language_for_exam` varchar(255),
  `first_official_language` varchar(255),
  `second_language_exam_completed` tinyint(1),
  `second_language_exam_validity` tinyint(1),
  `enabled_email_notifications` json,
  `enabled_in_app_notifications` json,
  `email_verified_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`current_classification`) REFERENCES `classifications` (`id`),
  FOREIGN KEY (`department`) REFERENCES `departments` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

-- SSP — Student Success Plan 2.9 (Apereo Foundation, formerly Jasig; built at Sinclair Community College and
-- used by US colleges for academic coaching and advising: students with their coach, intake (demographics,
-- education and career goals, education plan, challenges, disability services), action plans (goals, strengths,
-- tasks), journal entries of coaching sessions, appointments, early alerts raised by faculty and the coaches'
-- responses, e-mail messages, watch lists, MAP academic plans, self-help guides, success indicators, the
-- external_* feed from the student information system); Apache-2.0.
-- Source: github.com/Jasig/SSP at commit 711244dc0d6d5c65fd261c9bec77dd48b4dbaaf6 (rel-2-9-patches merged),
-- src/main/resources/org/jasig/ssp/database/masterChangeLog.xml (the Liquibase changelog of 219 changesets files,
-- integration and LTI changesets) replayed with Liquibase 4.28 into PostgreSQL 15 (schema public, properties
-- manage.external.database.by.default=true, timezone UTC; SSP's four custom Liquibase classes replaced by no-op
-- stubs: they only rewrite message-template texts and MSSQL time zones or migrate data; one changeset with an
-- empty id given an id, and changeset 000179 told to drop the identity Liquibase 4 puts on
-- person_coach_revision_info.revision_id before setting upstream's sequence default), then written as MySQL
-- from PostgreSQL's catalog: uuid -> char(36), character varying(n) -> varchar(n), timestamp -> datetime,
-- boolean -> tinyint(1), numeric(p,s) -> decimal(p,s), oid -> bigint; sequence and identity keys ->
-- AUTO_INCREMENT; expression defaults left out. Primary keys, unique constraints and foreign keys kept; foreign
-- keys that close a cycle (every row's created_by / modified_by refers to person, and person to lookups) are
-- added by ALTER TABLE at the end. Column names and order as replayed.
-- Kept 100 of the 165 tables. Left out (65): blurb, campus_service, career_decision_status, category,
-- challenge_category, challenge_challenge_referral, color, completed_item, person_completed_item,
-- early_alert_suggestion, early_alert_early_alert_suggestion, early_alert_referral,
-- early_alert_response_early_alert_referral, elective, enrollment_status, financial_aid_file, lassi,
-- personality_type, sap_status, journal_track_journal_step, self_help_guide_group,
-- self_help_guide_self_help_guide_group, tag, scheduled_application_task_status, the MAP template, elective and
-- status-report tables (map_template, map_template_course, map_template_elective_course,
-- map_template_elective_course_electives, map_template_tag, map_template_template_tag, map_plan_elective_course,
-- map_plan_elective_course_electives, map_status_report and its four *_details tables), the external_* feed
-- tables of courses, terms, programs, departments, divisions, catalog years, registration status, academic
-- programs, planning status, career decision status, special service groups, financial-aid award terms and files,
-- transcript courses, terms and non-course entries, substitutable courses and external_view, the two
-- mv_directory_person* copies of a view, the map_term_note_ssp_2303_bak backup and Liquibase's own
-- databasechangelog / databasechangeloglock. Foreign keys to left-out tables
-- dropped: map_plan.based_on_template_id, map_term_note.template_id (map_template), map_plan_course.elective_id.

CREATE TABLE `caseload_bulk_add_reassignment` (
  `school_id` varchar(50) NOT NULL,
  `coach_school_id` varchar(50) DEFAULT NULL,
  `modified_by_school_id` varchar(50) DEFAULT NULL,
  `journal_entry_comment` text DEFAULT NULL,
  `notification_email_address` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persistent_logins` (
  `username` varchar(64) NOT NULL,
  `series` varchar(64) NOT NULL,
  `token` varchar(64) NOT NULL,
  `last_used` datetime(6) NOT NULL,
  PRIMARY KEY (`series`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_token` (
  `token_id` varchar(64) NOT NULL,
  `token` bigint NOT NULL,
  `authentication_id` varchar(64) NOT NULL,
  `user_name` varchar(64) DEFAULT NULL,
  `client_id` varchar(64) NOT NULL,
  `authentication` bigint NOT NULL,
  `refresh_token` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`token_id`),
  UNIQUE KEY `unique_oauth_access_token_authentication_id` (`authentication_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_token` (
  `token_id` varchar(64) NOT NULL,
  `token` bigint NOT NULL,
  `authentication` bigint NOT NULL,
  PRIMARY KEY (`token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_nonce` (
  `consumer_key` varchar(50) NOT NULL,
  `nonce_timestamp` bigint NOT NULL,
  `nonce` varchar(64) NOT NULL,
  PRIMARY KEY (`consumer_key`, `nonce_timestamp`, `nonce`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_person` (
  `school_id` varchar(50) NOT NULL,
  `username` varchar(50) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `primary_email_address` varchar(100) DEFAULT NULL,
  `address_line_1` varchar(50) DEFAULT NULL,
  `address_line_2` varchar(50) DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `state` char(2) DEFAULT NULL,
  `zip_code` varchar(10) DEFAULT NULL,
  `home_phone` varchar(25) DEFAULT NULL,
  `work_phone` varchar(25) DEFAULT NULL,
  `office_location` varchar(50) DEFAULT NULL,
  `office_hours` varchar(50) DEFAULT NULL,
  `department_name` varchar(100) DEFAULT NULL,
  `actual_start_term` varchar(20) DEFAULT NULL,
  `actual_start_year` int DEFAULT NULL,
  `marital_status` varchar(80) DEFAULT NULL,
  `ethnicity` varchar(80) DEFAULT NULL,
  `gender` char(1) DEFAULT NULL,
  `is_local` char(1) DEFAULT NULL,
  `balance_owed` decimal(9,2) DEFAULT NULL,
  `coach_school_id` varchar(50) DEFAULT NULL,
  `cell_phone` varchar(25) DEFAULT NULL,
  `photo_url` varchar(250) DEFAULT NULL,
  `residency_county` varchar(50) DEFAULT NULL,
  `f1_status` char(1) DEFAULT NULL,
  `non_local_address` char(1) NOT NULL DEFAULT 'N',
  `student_type_code` varchar(10) DEFAULT NULL,
  `race_code` varchar(10) DEFAULT NULL,
  `campus_code` varchar(10) DEFAULT NULL,
  UNIQUE KEY `external_person_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_person_note` (
  `code` varchar(50) NOT NULL,
  `school_id` varchar(50) NOT NULL,
  `note_type` varchar(35) NOT NULL,
  `author` varchar(80) NOT NULL,
  `department` varchar(80) DEFAULT NULL,
  `date_note_taken` date NOT NULL,
  `note` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_student_transcript` (
  `school_id` varchar(50) NOT NULL,
  `credit_hours_for_gpa` decimal(9,2) DEFAULT NULL,
  `credit_hours_earned` decimal(9,2) DEFAULT NULL,
  `credit_hours_attempted` decimal(9,2) DEFAULT NULL,
  `total_quality_points` decimal(9,2) DEFAULT NULL,
  `grade_point_average` decimal(9,2) DEFAULT NULL,
  `academic_standing` varchar(50) DEFAULT NULL,
  `credit_hours_not_completed` decimal(9,2) DEFAULT NULL,
  `credit_completion_rate` decimal(9,2) DEFAULT NULL,
  `gpa_trend_indicator` varchar(25) DEFAULT NULL,
  `current_restrictions` varchar(100) DEFAULT NULL,
  `local_gpa` decimal(9,2) DEFAULT NULL,
  `program_gpa` decimal(9,2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_student_financial_aid` (
  `school_id` varchar(50) NOT NULL,
  `financial_aid_gpa` decimal(9,2) NOT NULL,
  `gpa_20_b_hrs_needed` decimal(9,2) DEFAULT NULL,
  `gpa_20_a_hrs_needed` decimal(9,2) DEFAULT NULL,
  `needed_for_67ptc_completion` decimal(9,2) DEFAULT NULL,
  `current_year_financial_aid_award` char(1) DEFAULT NULL,
  `sap_status` char(1) NOT NULL,
  `fafsa_date` date NOT NULL,
  `financial_aid_remaining` decimal(9,2) NOT NULL,
  `original_loan_amount` decimal(9,2) NOT NULL,
  `remaining_loan_amount` decimal(9,2) NOT NULL,
  `sap_status_code` varchar(25) DEFAULT NULL,
  `institutional_loan_amount` decimal(9,2) DEFAULT NULL,
  `eligible_federal_aid` char(1) DEFAULT NULL,
  `financial_aid_file_status` varchar(10) DEFAULT NULL,
  `terms_left` int DEFAULT NULL,
  UNIQUE KEY `external_student_financial_aid_school_id_key` (`school_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_student_risk_indicator` (
  `school_id` varchar(50) NOT NULL,
  `model_code` varchar(50) NOT NULL,
  `model_name` varchar(100) NOT NULL,
  `indicator_code` varchar(50) NOT NULL,
  `indicator_name` varchar(100) NOT NULL,
  `indicator_value` varchar(50) NOT NULL,
  `indicator_value_description` varchar(2500) DEFAULT NULL,
  PRIMARY KEY (`school_id`, `model_code`, `indicator_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_student_test` (
  `school_id` varchar(50) NOT NULL,
  `test_name` varchar(50) NOT NULL,
  `test_code` varchar(25) NOT NULL,
  `sub_test_code` varchar(25) DEFAULT NULL,
  `sub_test_name` varchar(50) DEFAULT NULL,
  `test_date` date NOT NULL,
  `score` decimal(9,2) NOT NULL,
  `status` varchar(25) NOT NULL,
  `discriminator` varchar(1) DEFAULT '1',
  `outcome` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_faculty_course_roster` (
  `faculty_school_id` varchar(50) NOT NULL,
  `school_id` varchar(50) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) NOT NULL,
  `primary_email_address` varchar(100) NOT NULL,
  `term_code` varchar(25) NOT NULL,
  `formatted_course` varchar(35) NOT NULL,
  `status_code` varchar(2) DEFAULT NULL,
  `section_code` varchar(128) DEFAULT NULL,
  `section_number` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) NOT NULL,
  `attended` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campus` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `early_alert_coordinator_id` char(36) NOT NULL,
  `code` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_referral` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `public_description` text DEFAULT NULL,
  `show_in_self_help_guide` tinyint(1) NOT NULL DEFAULT 1,
  `show_in_student_intake` tinyint(1) NOT NULL DEFAULT 1,
  `link` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_care_arrangement` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `citizenship` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `confidentiality_disclosure_agreement` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `text` text NOT NULL,
  `enabled` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `confidentiality_level` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `acronym` varchar(10) NOT NULL,
  `permission` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `confidentiality_level_permission_key` (`permission`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `self_help_guide_description` text DEFAULT NULL,
  `self_help_guide_question` text DEFAULT NULL,
  `show_in_student_intake` tinyint(1) NOT NULL DEFAULT 1,
  `show_in_self_help_search` tinyint(1) NOT NULL DEFAULT 1,
  `tags` varchar(255) DEFAULT NULL,
  `confidentiality_level_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `challenge_confidentiality_level_id_confidentiality_level_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `value` text DEFAULT NULL,
  `value_validation` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `sort_order` smallint NOT NULL DEFAULT 0,
  `default_value` text NOT NULL,
  `is_secret` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `config_name_unq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coursework_hours` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disability_accommodation` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `use_description` tinyint(1) DEFAULT NULL,
  `description_field_label` varchar(80) DEFAULT NULL,
  `description_field_type` varchar(80) DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disability_agency` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disability_status` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disability_type` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `course_name` varchar(80) DEFAULT NULL,
  `course_title` varchar(255) DEFAULT NULL,
  `email_cc` varchar(255) DEFAULT NULL,
  `person_id` char(36) NOT NULL,
  `early_alert_reason_other_description` text DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `closed_date` datetime(6) DEFAULT NULL,
  `closed_by_id` char(36) DEFAULT NULL,
  `campus_id` char(36) NOT NULL,
  `early_alert_suggestion_other_description` text DEFAULT NULL,
  `course_term_code` varchar(25) DEFAULT NULL,
  `faculty_school_id` varchar(255) DEFAULT NULL,
  `enrollment_status` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `early_alert_campus_id` FOREIGN KEY (`campus_id`) REFERENCES `campus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_early_alert_reason` (
  `early_alert_id` char(36) NOT NULL,
  `early_alert_reason_id` char(36) NOT NULL,
  PRIMARY KEY (`early_alert_id`, `early_alert_reason_id`),
  CONSTRAINT `early_alert_early_alert_reason_early_alert_id` FOREIGN KEY (`early_alert_id`) REFERENCES `early_alert` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_outcome` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `sort_order` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_outreach` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `sort_order` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_reason` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `sort_order` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_response` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `early_alert_id` char(36) NOT NULL,
  `early_alert_outcome_id` char(36) NOT NULL,
  `early_alert_outcome_other_description` text DEFAULT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `early_alert_response_early_alert_id` FOREIGN KEY (`early_alert_id`) REFERENCES `early_alert` (`id`),
  CONSTRAINT `early_alert_response_early_alert_outcome_id` FOREIGN KEY (`early_alert_outcome_id`) REFERENCES `early_alert_outcome` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_response_early_alert_outreach` (
  `early_alert_response_id` char(36) NOT NULL,
  `early_alert_outreach_id` char(36) NOT NULL,
  PRIMARY KEY (`early_alert_response_id`, `early_alert_outreach_id`),
  CONSTRAINT `ea_response_ea_outreach_ea_outreach_id` FOREIGN KEY (`early_alert_outreach_id`) REFERENCES `early_alert_outreach` (`id`),
  CONSTRAINT `ea_response_ea_outreach_ea_response_id` FOREIGN KEY (`early_alert_response_id`) REFERENCES `early_alert_response` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `early_alert_routing` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `campus_id` char(36) NOT NULL,
  `early_alert_reason_id` char(36) NOT NULL,
  `person_id` char(36) DEFAULT NULL,
  `group_name` varchar(255) DEFAULT NULL,
  `group_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `early_alert_routing_campus_id` FOREIGN KEY (`campus_id`) REFERENCES `campus` (`id`),
  CONSTRAINT `early_alert_routing_early_alert_reason_id` FOREIGN KEY (`early_alert_reason_id`) REFERENCES `early_alert_reason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education_goal` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `other_description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education_level` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ethnicity` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_source` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goal` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `confidentiality_level_id` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `goal_confidentiality_level_id_confidentiality_level_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_queue` (
  `id` char(36) NOT NULL,
  `owner_id` char(36) NOT NULL,
  `run_as_id` char(36) NOT NULL,
  `execution_component_name` varchar(150) NOT NULL,
  `execution_spec` text DEFAULT NULL,
  `execution_state` text DEFAULT NULL,
  `workflow_status` varchar(50) NOT NULL,
  `workflow_status_desc` text DEFAULT NULL,
  `scheduling_started_date` datetime(6) DEFAULT NULL,
  `scheduled_by_process` varchar(150) DEFAULT NULL,
  `execution_started_date` datetime(6) DEFAULT NULL,
  `workflow_stopped_date` datetime(6) DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `retry_count` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_source` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_step` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `sort_order` int NOT NULL DEFAULT 1,
  `used_for_transition` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_step_detail` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `sort_order` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_step_journal_step_detail` (
  `id` char(36) NOT NULL,
  `journal_step_id` char(36) NOT NULL,
  `journal_step_detail_id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `journal_step_journal_step_detail_journal_step_detail_id` FOREIGN KEY (`journal_step_detail_id`) REFERENCES `journal_step_detail` (`id`),
  CONSTRAINT `journal_step_journal_step_detail_journal_step_id` FOREIGN KEY (`journal_step_id`) REFERENCES `journal_step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_track` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `sort_order` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_entry` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `entry_date` date NOT NULL,
  `comment` text DEFAULT NULL,
  `confidentiality_level_id` char(36) NOT NULL,
  `journal_source_id` char(36) NOT NULL,
  `journal_track_id` char(36) DEFAULT NULL,
  `person_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `journal_entry_confidentiality_level_id_person_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`),
  CONSTRAINT `journal_entry_journal_source_id_person_id` FOREIGN KEY (`journal_source_id`) REFERENCES `journal_source` (`id`),
  CONSTRAINT `journal_entry_journal_track_id_person_id` FOREIGN KEY (`journal_track_id`) REFERENCES `journal_track` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal_entry_detail` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `journal_entry_id` char(36) NOT NULL,
  `journal_step_journal_step_detail_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `journal_entry_detail_journal_entry_id_journal_entry_id` FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entry` (`id`),
  CONSTRAINT `journal_entry_detail_journal_step_journal_step_detail_id_journa` FOREIGN KEY (`journal_step_journal_step_detail_id`) REFERENCES `journal_step_journal_step_detail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `marital_status` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `subject` varchar(250) NOT NULL,
  `body` text NOT NULL,
  `sender_id` char(36) NOT NULL,
  `recipient_id` char(36) DEFAULT NULL,
  `recipient_email_address` varchar(100) NOT NULL,
  `sent_date` datetime(6) DEFAULT NULL,
  `carbon_copy` varchar(512) DEFAULT NULL,
  `sent_to_addresses` varchar(512) DEFAULT NULL,
  `sent_cc_addresses` varchar(512) DEFAULT NULL,
  `sent_bcc_addresses` varchar(512) DEFAULT NULL,
  `sent_from_address` varchar(256) DEFAULT NULL,
  `sent_reply_to_address` varchar(256) DEFAULT NULL,
  `retry_count` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_archive` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `subject` varchar(250) NOT NULL,
  `body` text NOT NULL,
  `sender_id` char(36) NOT NULL,
  `recipient_id` char(36) DEFAULT NULL,
  `recipient_email_address` varchar(100) NOT NULL,
  `sent_date` datetime(6) DEFAULT NULL,
  `sent_to_addresses` varchar(512) DEFAULT NULL,
  `sent_cc_addresses` varchar(512) DEFAULT NULL,
  `sent_bcc_addresses` varchar(512) DEFAULT NULL,
  `sent_from_address` varchar(256) DEFAULT NULL,
  `sent_reply_to_address` varchar(256) DEFAULT NULL,
  `carbon_copy` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_template` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `subject` varchar(250) NOT NULL,
  `body` text NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `body_checksum` varchar(40) DEFAULT NULL,
  `subject_checksum` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `military_affiliation` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_authority` (
  `person_id` char(36) NOT NULL,
  `authority` varchar(255) NOT NULL,
  UNIQUE KEY `person_authority_person_id_authority_key` (`person_id`, `authority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_challenge` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `challenge_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_challenge_challenge_id_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_coach_revision_info` (
  `revision_id` int NOT NULL AUTO_INCREMENT,
  `revision_timestamp` bigint NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `modified_by` char(36) DEFAULT NULL,
  PRIMARY KEY (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_coach_audit` (
  `person_class` varchar(31) NOT NULL,
  `id` char(36) NOT NULL,
  `rev` int NOT NULL,
  `revtype` smallint DEFAULT NULL,
  `coach_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `person_coach_audit_rev_person_coach_revision_info_id` FOREIGN KEY (`rev`) REFERENCES `person_coach_revision_info` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_confidentiality_disclosure_agreement` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `confidentiality_disclosure_agreement_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_confidentiality_disclosure_agreement_agreement_id` FOREIGN KEY (`confidentiality_disclosure_agreement_id`) REFERENCES `confidentiality_disclosure_agreement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_course_status` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `term_code` varchar(25) NOT NULL,
  `formatted_course` varchar(35) NOT NULL,
  `section_code` varchar(128) NOT NULL,
  `previous_status_code` varchar(2) DEFAULT NULL,
  `status_code` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_disability` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `disability_status_id` char(36) DEFAULT NULL,
  `intake_counselor` varchar(50) DEFAULT NULL,
  `referred_by` varchar(50) DEFAULT NULL,
  `contact_name` varchar(50) DEFAULT NULL,
  `release_signed` tinyint(1) DEFAULT 0,
  `records_requested` tinyint(1) DEFAULT 0,
  `records_requested_contact` varchar(50) DEFAULT NULL,
  `refer_for_screening` tinyint(1) DEFAULT 0,
  `documents_requested_contact` varchar(50) DEFAULT NULL,
  `rights_and_duties` varchar(50) DEFAULT NULL,
  `eligible_letter_sent` tinyint(1) DEFAULT 0,
  `eligible_letter_date` date DEFAULT NULL,
  `ineligible_letter_sent` tinyint(1) DEFAULT 0,
  `ineligible_letter_date` date DEFAULT NULL,
  `no_documentation` tinyint(1) DEFAULT 0,
  `inadequate_documentation` tinyint(1) DEFAULT 0,
  `no_disability` tinyint(1) DEFAULT 0,
  `no_special_ed` tinyint(1) DEFAULT 0,
  `temp_eligibility_description` varchar(250) DEFAULT NULL,
  `on_medication` tinyint(1) DEFAULT 0,
  `medication_list` text DEFAULT NULL,
  `functional_limitations` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_disability_disability_status_id_disability_status_id` FOREIGN KEY (`disability_status_id`) REFERENCES `disability_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_disability_accommodation` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `disability_accommodation_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_disability_accommodation_disability_accommodation_id_dis` FOREIGN KEY (`disability_accommodation_id`) REFERENCES `disability_accommodation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_disability_agency` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `disability_agency_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_disability_agency_disability_agency_id_disability_agency` FOREIGN KEY (`disability_agency_id`) REFERENCES `disability_agency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_disability_type` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `disability_type_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_disability_type_disability_type_id_disability_type_id` FOREIGN KEY (`disability_type_id`) REFERENCES `disability_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_education_level` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `education_level_id` char(36) DEFAULT NULL,
  `last_year_attended` varchar(20) DEFAULT NULL,
  `highest_grade_completed` varchar(10) DEFAULT NULL,
  `graduated_year` varchar(20) DEFAULT NULL,
  `school_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_education_level_education_level_id_education_level_id` FOREIGN KEY (`education_level_id`) REFERENCES `education_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_funding_source` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `funding_source_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_funding_source_funding_source_id_funding_source_id` FOREIGN KEY (`funding_source_id`) REFERENCES `funding_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_staff_details` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `office_location` varchar(50) DEFAULT NULL,
  `office_hours` varchar(50) DEFAULT NULL,
  `department_name` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_success_indicator_count` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `low_count` int DEFAULT NULL,
  `medium_count` int DEFAULT NULL,
  `high_count` int DEFAULT NULL,
  `low_alert_count` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_tool` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `tool` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_status` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `program_status_change_reason_required` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_status_change_reason` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_program_status` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `program_status_id` char(36) NOT NULL,
  `program_status_change_reason_id` char(36) DEFAULT NULL,
  `person_id` char(36) NOT NULL,
  `effective_date` datetime(6) NOT NULL,
  `expiration_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_program_status_change_reason_program_status_id` FOREIGN KEY (`program_status_change_reason_id`) REFERENCES `program_status_change_reason` (`id`),
  CONSTRAINT `person_program_status_program_status_id` FOREIGN KEY (`program_status_id`) REFERENCES `program_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `race` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` varchar(150) DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `race_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referral_source` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_referral_source` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `referral_source_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_referral_source_referral_source_id_referral_source_id` FOREIGN KEY (`referral_source_id`) REFERENCES `referral_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_load` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_education_goal` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `description` varchar(50) DEFAULT NULL,
  `planned_occupation` varchar(50) DEFAULT NULL,
  `how_sure_about_major` int DEFAULT NULL,
  `education_goal_id` char(36) DEFAULT NULL,
  `military_branch_description` varchar(128) DEFAULT NULL,
  `planned_major` varchar(50) DEFAULT NULL,
  `career_decided` tinyint(1) DEFAULT NULL,
  `how_sure_about_occupation` int DEFAULT NULL,
  `confident_in_abilities` tinyint(1) DEFAULT NULL,
  `additional_academic_program_information_needed` tinyint(1) DEFAULT NULL,
  `course_work_weekly_hours_name` varchar(50) DEFAULT NULL,
  `registration_load_name` varchar(50) DEFAULT NULL,
  `anticipated_graduation_date_term_code` varchar(50) DEFAULT NULL,
  `coursework_hours_id` char(36) DEFAULT NULL,
  `registration_load_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_edu_goal_coursework_hours` FOREIGN KEY (`coursework_hours_id`) REFERENCES `coursework_hours` (`id`),
  CONSTRAINT `person_edu_goal_registration_load` FOREIGN KEY (`registration_load_id`) REFERENCES `registration_load` (`id`),
  CONSTRAINT `person_education_goal_education_goal_id_education_goal_id` FOREIGN KEY (`education_goal_id`) REFERENCES `education_goal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `self_help_guide` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `threshold` int NOT NULL,
  `introductory_text` text NOT NULL,
  `summary_text` text NOT NULL,
  `summary_text_early_alert` text DEFAULT NULL,
  `summary_text_threshold` text NOT NULL,
  `authentication_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `self_help_guide_question` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `question_number` int NOT NULL,
  `mandatory` tinyint(1) NOT NULL,
  `critical` tinyint(1) NOT NULL,
  `challenge_id` char(36) NOT NULL,
  `self_help_guide_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `self_help_guide_question_challenge_id_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenge` (`id`),
  CONSTRAINT `self_help_guide_question_self_help_guide_id_self_help_guide_id` FOREIGN KEY (`self_help_guide_id`) REFERENCES `self_help_guide` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `self_help_guide_response` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `early_alert_sent` tinyint(1) NOT NULL,
  `person_id` char(36) NOT NULL,
  `self_help_guide_id` char(36) DEFAULT NULL,
  `session_id` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `self_help_guide_response_self_help_guide_id_self_help_guide_id` FOREIGN KEY (`self_help_guide_id`) REFERENCES `self_help_guide` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `self_help_guide_question_response` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `self_help_guide_response_id` char(36) NOT NULL,
  `self_help_guide_question_id` char(36) NOT NULL,
  `response` tinyint(1) NOT NULL,
  `early_alert_sent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `self_help_guide_question_response_self_help_guide_question_id_s` FOREIGN KEY (`self_help_guide_question_id`) REFERENCES `self_help_guide_question` (`id`),
  CONSTRAINT `self_help_guide_question_response_self_help_guide_response_id_s` FOREIGN KEY (`self_help_guide_response_id`) REFERENCES `self_help_guide_response` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_reason` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_service_reason` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `service_reason_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_service_reason_service_reason_id_service_reason_id` FOREIGN KEY (`service_reason_id`) REFERENCES `service_reason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `special_service_group` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `code` varchar(50) NOT NULL,
  `notify_on_withdraw` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `special_service_group_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_special_service_group` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `special_service_group_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_special_service_group_special_service_group_id_special_s` FOREIGN KEY (`special_service_group_id`) REFERENCES `special_service_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `strength` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `confidentiality_level_id` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `strength_confidentiality_level_id_confidentiality_level_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_document` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `author_id` char(36) NOT NULL,
  `name` varchar(200) NOT NULL,
  `file_location` varchar(2000) NOT NULL,
  `file_name` varchar(200) NOT NULL,
  `comments` varchar(2000) DEFAULT NULL,
  `confidentiality_level_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `student_document_confidentiality_level_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_status` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_education_plan` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `new_orientation_complete` tinyint(1) DEFAULT NULL,
  `registered_for_classes` tinyint(1) DEFAULT NULL,
  `college_degree_for_parents` tinyint(1) DEFAULT NULL,
  `special_needs` tinyint(1) DEFAULT NULL,
  `grade_typically_earned` varchar(2) DEFAULT NULL,
  `student_status_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_education_plan_student_status_id_student_status_id` FOREIGN KEY (`student_status_id`) REFERENCES `student_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_type` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `require_initial_appointment` tinyint(1) NOT NULL DEFAULT 0,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `student_type_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` char(36) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `primary_email_address` varchar(100) DEFAULT NULL,
  `secondary_email_address` varchar(100) DEFAULT NULL,
  `username` varchar(50) NOT NULL,
  `home_phone` varchar(25) DEFAULT NULL,
  `work_phone` varchar(25) DEFAULT NULL,
  `cell_phone` varchar(25) DEFAULT NULL,
  `address_line_1` varchar(50) DEFAULT NULL,
  `address_line_2` varchar(50) DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `state` char(2) DEFAULT NULL,
  `zip_code` char(10) DEFAULT NULL,
  `photo_url` varchar(250) DEFAULT NULL,
  `school_id` varchar(50) NOT NULL,
  `enabled` tinyint(1) DEFAULT 0,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) NOT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) NOT NULL,
  `object_status` int NOT NULL,
  `person_demographics_id` char(36) DEFAULT NULL,
  `person_education_goal_id` char(36) DEFAULT NULL,
  `person_education_plan_id` char(36) DEFAULT NULL,
  `coach_id` char(36) DEFAULT NULL,
  `ability_to_benefit` tinyint(1) DEFAULT NULL,
  `anticipated_start_term` varchar(20) DEFAULT NULL,
  `anticipated_start_year` int DEFAULT NULL,
  `student_intake_request_date` datetime(6) DEFAULT NULL,
  `student_type_id` char(36) DEFAULT NULL,
  `student_intake_complete_date` datetime(6) DEFAULT NULL,
  `person_staff_details_id` char(36) DEFAULT NULL,
  `actual_start_year` int DEFAULT NULL,
  `actual_start_term` varchar(20) DEFAULT NULL,
  `non_local_address` tinyint(1) DEFAULT NULL,
  `alternate_address_in_use` tinyint(1) DEFAULT NULL,
  `alternate_address_line_1` varchar(50) DEFAULT NULL,
  `alternate_address_line_2` varchar(50) DEFAULT NULL,
  `alternate_address_city` varchar(50) DEFAULT NULL,
  `alternate_address_state` char(2) DEFAULT NULL,
  `alternate_address_zip_code` char(10) DEFAULT NULL,
  `alternate_address_country` varchar(50) DEFAULT NULL,
  `person_disability_id` char(36) DEFAULT NULL,
  `f1_status` char(1) DEFAULT NULL,
  `residency_county` varchar(50) DEFAULT NULL,
  `person_class` varchar(64) NOT NULL DEFAULT 'user',
  `secret` varchar(256) DEFAULT NULL,
  `oauth2_client_access_token_validity_seconds` int DEFAULT NULL,
  `lti_user_id_field` varchar(80) DEFAULT NULL,
  `ssp_user_id_field` varchar(80) DEFAULT NULL,
  `lti_section_code_field` varchar(80) DEFAULT NULL,
  `alternate_phone` varchar(25) DEFAULT NULL,
  `campus_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_person_username` (`username`),
  UNIQUE KEY `uq_person_school_id` (`school_id`),
  CONSTRAINT `person_coach_id_person_id` FOREIGN KEY (`coach_id`) REFERENCES `person` (`id`),
  CONSTRAINT `person_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_person_disability_id` FOREIGN KEY (`person_disability_id`) REFERENCES `person_disability` (`id`),
  CONSTRAINT `person_person_education_goal_id` FOREIGN KEY (`person_education_goal_id`) REFERENCES `person_education_goal` (`id`),
  CONSTRAINT `person_person_education_plan_id` FOREIGN KEY (`person_education_plan_id`) REFERENCES `person_education_plan` (`id`),
  CONSTRAINT `person_person_staff_details_id` FOREIGN KEY (`person_staff_details_id`) REFERENCES `person_staff_details` (`id`),
  CONSTRAINT `person_student_type_id_student_type_id` FOREIGN KEY (`student_type_id`) REFERENCES `student_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `description` text NOT NULL,
  `due_date` date DEFAULT NULL,
  `completed_date` datetime(6) DEFAULT NULL,
  `reminder_sent_date` datetime(6) DEFAULT NULL,
  `session_id` varchar(32) DEFAULT NULL,
  `person_id` char(36) NOT NULL,
  `challenge_id` char(36) DEFAULT NULL,
  `challenge_referral_id` char(36) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `confidentiality_level_id` char(36) NOT NULL,
  `deletable` tinyint(1) DEFAULT 1,
  `link` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_challenge_id_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenge` (`id`),
  CONSTRAINT `task_challenge_referral_id_challenge_referral_id` FOREIGN KEY (`challenge_referral_id`) REFERENCES `challenge_referral` (`id`),
  CONSTRAINT `task_confidentiality_level_id_confidentiality_level_id` FOREIGN KEY (`confidentiality_level_id`) REFERENCES `confidentiality_level` (`id`),
  CONSTRAINT `task_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `task_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `task_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_message_enqueue` (
  `id` char(36) NOT NULL,
  `task_id` char(36) NOT NULL,
  `task_due_date` datetime(6) NOT NULL,
  `message_enqueue_date` datetime(6) DEFAULT NULL,
  `message_id` char(36) DEFAULT NULL,
  `days_before` int NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_message_enqueue_message_id` FOREIGN KEY (`message_id`) REFERENCES `message` (`id`),
  CONSTRAINT `task_message_enqueue_t_cr_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `task_message_enqueue_t_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `task_message_enqueue_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watch_student` (
  `id` char(36) NOT NULL,
  `student_id` char(36) NOT NULL,
  `watcher_id` char(36) NOT NULL,
  `watch_date` datetime(6) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `watch_student_watcher_id_student_id_key` (`watcher_id`, `student_id`),
  CONSTRAINT `watch_created_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `watch_modified_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `watch_sor_person_id` FOREIGN KEY (`watcher_id`) REFERENCES `person` (`id`),
  CONSTRAINT `watch_tar_person_id` FOREIGN KEY (`student_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `veteran_status` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `sort_order` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `veteran_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `veteran_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `success_indicator` (
  `id` char(36) NOT NULL,
  `model_code` varchar(50) DEFAULT NULL,
  `model_name` varchar(100) DEFAULT NULL,
  `indicator_group` varchar(50) NOT NULL,
  `code` varchar(50) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` text DEFAULT NULL,
  `instruction` varchar(1024) DEFAULT NULL,
  `evaluation_type` varchar(50) NOT NULL,
  `scale_evaluation_high_from` decimal(9,2) DEFAULT NULL,
  `scale_evaluation_high_to` decimal(9,2) DEFAULT NULL,
  `scale_evaluation_medium_from` decimal(9,2) DEFAULT NULL,
  `scale_evaluation_medium_to` decimal(9,2) DEFAULT NULL,
  `scale_evaluation_low_from` decimal(9,2) DEFAULT NULL,
  `scale_evaluation_low_to` decimal(9,2) DEFAULT NULL,
  `string_evaluation_high` varchar(1024) DEFAULT NULL,
  `string_evaluation_medium` varchar(1024) DEFAULT NULL,
  `string_evaluation_low` varchar(1024) DEFAULT NULL,
  `no_data_exists_evaluation` varchar(50) NOT NULL,
  `no_data_matches_evaluation` varchar(50) NOT NULL,
  `sort_order` int NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `show_in_caseload` tinyint(1) NOT NULL DEFAULT 0,
  `generate_early_alert` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `success_indicator_code_unq` (`code`),
  UNIQUE KEY `success_indicator_model_code_code_key` (`model_code`, `code`),
  CONSTRAINT `success_i_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `success_i_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfer_goal` (
  `id` char(36) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` varchar(150) DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tg_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `tg_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_demographics` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `local` tinyint(1) DEFAULT NULL,
  `primary_caregiver` tinyint(1) DEFAULT NULL,
  `child_care_needed` tinyint(1) DEFAULT NULL,
  `employed` tinyint(1) DEFAULT NULL,
  `country_of_residence` varchar(50) DEFAULT NULL,
  `payment_status` varchar(25) DEFAULT NULL,
  `country_of_citizenship` varchar(50) DEFAULT NULL,
  `number_of_children` int DEFAULT NULL,
  `child_ages` varchar(50) DEFAULT NULL,
  `place_of_employment` varchar(50) DEFAULT NULL,
  `wage` varchar(50) DEFAULT NULL,
  `total_hours_worked_per_week` varchar(20) DEFAULT NULL,
  `shift` varchar(50) DEFAULT NULL,
  `gender` varchar(12) DEFAULT NULL,
  `marital_status_id` char(36) DEFAULT NULL,
  `ethnicity_id` char(36) DEFAULT NULL,
  `citizenship_id` char(36) DEFAULT NULL,
  `veteran_status_id` char(36) DEFAULT NULL,
  `child_care_arrangement_id` char(36) DEFAULT NULL,
  `balance_owed` decimal(9,2) DEFAULT NULL,
  `military_affiliation_id` char(36) DEFAULT NULL,
  `race_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_demographics_child_care_arrangement_id_child_care_arrang` FOREIGN KEY (`child_care_arrangement_id`) REFERENCES `child_care_arrangement` (`id`),
  CONSTRAINT `person_demographics_citizenship_id_citizenship_id` FOREIGN KEY (`citizenship_id`) REFERENCES `citizenship` (`id`),
  CONSTRAINT `person_demographics_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_demographics_ethnicity_id_ethnicity_id` FOREIGN KEY (`ethnicity_id`) REFERENCES `ethnicity` (`id`),
  CONSTRAINT `person_demographics_marital_status_id_marital_status_id` FOREIGN KEY (`marital_status_id`) REFERENCES `marital_status` (`id`),
  CONSTRAINT `person_demographics_military_affiliation_id_military_affiliatio` FOREIGN KEY (`military_affiliation_id`) REFERENCES `military_affiliation` (`id`),
  CONSTRAINT `person_demographics_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_demographics_race_id_race_id` FOREIGN KEY (`race_id`) REFERENCES `race` (`id`),
  CONSTRAINT `person_demographics_veteran_status_id_veteran_status_id` FOREIGN KEY (`veteran_status_id`) REFERENCES `veteran_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_success_indicator_alert` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `success_indicator_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_success_indicator_alert_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_success_indicator_alert_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `person_success_indicator_alert_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `person_success_indicator_alert_success_ind_id` FOREIGN KEY (`success_indicator_id`) REFERENCES `success_indicator` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `map_plan` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `owner_id` char(36) NOT NULL,
  `name` varchar(200) NOT NULL,
  `contact_title` varchar(200) DEFAULT NULL,
  `contact_phone` varchar(200) DEFAULT NULL,
  `contact_email` varchar(200) DEFAULT NULL,
  `contact_name` varchar(200) DEFAULT NULL,
  `contact_notes` varchar(4000) DEFAULT NULL,
  `student_notes` varchar(4000) DEFAULT NULL,
  `based_on_template_id` char(36) DEFAULT NULL,
  `is_financial_aid` tinyint(1) NOT NULL DEFAULT 0,
  `is_important` tinyint(1) NOT NULL DEFAULT 0,
  `is_f1_visa` tinyint(1) NOT NULL DEFAULT 0,
  `academic_goals` varchar(2000) DEFAULT NULL,
  `career_link` varchar(2000) DEFAULT NULL,
  `academic_link` varchar(2000) DEFAULT NULL,
  `program_code` varchar(50) DEFAULT NULL,
  `catalog_year_code` varchar(50) DEFAULT NULL,
  `transfer_goal_id` char(36) DEFAULT NULL,
  `is_partial` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `map_plan_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_owner_person_id` FOREIGN KEY (`owner_id`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `mp_transfer_goal_id` FOREIGN KEY (`transfer_goal_id`) REFERENCES `transfer_goal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `map_plan_course` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `object_status` int NOT NULL,
  `person_id` char(36) NOT NULL,
  `plan_id` char(36) NOT NULL,
  `formatted_course` varchar(35) DEFAULT NULL,
  `course_code` varchar(50) DEFAULT NULL,
  `course_title` varchar(100) DEFAULT NULL,
  `course_description` varchar(2500) DEFAULT NULL,
  `term_code` varchar(25) DEFAULT NULL,
  `credit_hours` decimal(9,2) NOT NULL,
  `is_dev` tinyint(1) NOT NULL,
  `order_in_term` int NOT NULL,
  `contact_notes` varchar(4000) DEFAULT NULL,
  `student_notes` varchar(4000) DEFAULT NULL,
  `is_important` tinyint(1) NOT NULL DEFAULT 0,
  `elective_id` char(36) DEFAULT NULL,
  `original_formatted_course` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `map_plan_course_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_course_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_course_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `map_plan_course_plan_id` FOREIGN KEY (`plan_id`) REFERENCES `map_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `map_term_note` (
  `id` char(36) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `modified_date` datetime(6) DEFAULT NULL,
  `created_by` char(36) NOT NULL,
  `modified_by` char(36) DEFAULT NULL,
  `plan_id` char(36) DEFAULT NULL,
  `template_id` char(36) DEFAULT NULL,
  `term_code` varchar(50) NOT NULL,
  `contact_notes` varchar(4000) DEFAULT NULL,
  `student_notes` varchar(4000) DEFAULT NULL,
  `is_important` tinyint(1) NOT NULL,
  `object_status` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `map_term_note_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_term_note_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`),
  CONSTRAINT `map_term_note_plan_id` FOREIGN KEY (`plan_id`) REFERENCES `map_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `appointment` ADD CONSTRAINT `appointment_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `appointment` ADD CONSTRAINT `appointment_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `appointment` ADD CONSTRAINT `appointment_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `campus` ADD CONSTRAINT `campus_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `campus` ADD CONSTRAINT `campus_eac_person_id` FOREIGN KEY (`early_alert_coordinator_id`) REFERENCES `person` (`id`);
ALTER TABLE `campus` ADD CONSTRAINT `campus_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `challenge_referral` ADD CONSTRAINT `challenge_referral_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `challenge_referral` ADD CONSTRAINT `challenge_referral_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `child_care_arrangement` ADD CONSTRAINT `child_care_arrangement_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `child_care_arrangement` ADD CONSTRAINT `child_care_arrangement_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `citizenship` ADD CONSTRAINT `citizenship_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `citizenship` ADD CONSTRAINT `citizenship_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `confidentiality_disclosure_agreement` ADD CONSTRAINT `confidentiality_disclosure_agreement_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `confidentiality_disclosure_agreement` ADD CONSTRAINT `confidentiality_disclosure_agreement_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `confidentiality_level` ADD CONSTRAINT `confidentiality_level_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `confidentiality_level` ADD CONSTRAINT `confidentiality_level_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `challenge` ADD CONSTRAINT `challenge_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `challenge` ADD CONSTRAINT `challenge_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `config` ADD CONSTRAINT `config_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `config` ADD CONSTRAINT `config_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `coursework_hours` ADD CONSTRAINT `coursework_hours_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `coursework_hours` ADD CONSTRAINT `coursework_hours_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_accommodation` ADD CONSTRAINT `disability_accommodation_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_accommodation` ADD CONSTRAINT `disability_accommodation_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_agency` ADD CONSTRAINT `disability_agency_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_agency` ADD CONSTRAINT `disability_agency_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_status` ADD CONSTRAINT `disability_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_status` ADD CONSTRAINT `disability_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_type` ADD CONSTRAINT `disability_type_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `disability_type` ADD CONSTRAINT `disability_type_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert` ADD CONSTRAINT `early_alert_closed_by_person_id` FOREIGN KEY (`closed_by_id`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert` ADD CONSTRAINT `early_alert_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert` ADD CONSTRAINT `early_alert_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert` ADD CONSTRAINT `early_alert_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_early_alert_reason` ADD CONSTRAINT `early_alert_early_alert_reason_ids` FOREIGN KEY (`early_alert_reason_id`) REFERENCES `early_alert_reason` (`id`);
ALTER TABLE `early_alert_outcome` ADD CONSTRAINT `early_alert_outcome_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_outcome` ADD CONSTRAINT `early_alert_outcome_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_outreach` ADD CONSTRAINT `early_alert_outreach_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_outreach` ADD CONSTRAINT `early_alert_outreach_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_reason` ADD CONSTRAINT `early_alert_reason_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_reason` ADD CONSTRAINT `early_alert_reason_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_response` ADD CONSTRAINT `early_alert_response_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_response` ADD CONSTRAINT `early_alert_response_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_routing` ADD CONSTRAINT `early_alert_routing_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_routing` ADD CONSTRAINT `early_alert_routing_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `early_alert_routing` ADD CONSTRAINT `early_alert_routing_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `education_goal` ADD CONSTRAINT `education_goal_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `education_goal` ADD CONSTRAINT `education_goal_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `education_level` ADD CONSTRAINT `education_level_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `education_level` ADD CONSTRAINT `education_level_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `ethnicity` ADD CONSTRAINT `ethnicity_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `ethnicity` ADD CONSTRAINT `ethnicity_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `funding_source` ADD CONSTRAINT `funding_source_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `funding_source` ADD CONSTRAINT `funding_source_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `goal` ADD CONSTRAINT `goal_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `goal` ADD CONSTRAINT `goal_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `goal` ADD CONSTRAINT `goal_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `job_queue` ADD CONSTRAINT `job_q_created_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `job_queue` ADD CONSTRAINT `job_q_modified_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `job_queue` ADD CONSTRAINT `job_queue_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `person` (`id`);
ALTER TABLE `job_queue` ADD CONSTRAINT `job_queue_run_as_id` FOREIGN KEY (`run_as_id`) REFERENCES `person` (`id`);
ALTER TABLE `journal_source` ADD CONSTRAINT `journal_source_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_source` ADD CONSTRAINT `journal_source_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step` ADD CONSTRAINT `journal_step_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step` ADD CONSTRAINT `journal_step_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step_detail` ADD CONSTRAINT `journal_step_detail_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step_detail` ADD CONSTRAINT `journal_step_detail_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step_journal_step_detail` ADD CONSTRAINT `journal_step_journal_step_detail_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_step_journal_step_detail` ADD CONSTRAINT `journal_step_journal_step_detail_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_track` ADD CONSTRAINT `journal_track_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_track` ADD CONSTRAINT `journal_track_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_entry` ADD CONSTRAINT `journal_entry_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_entry` ADD CONSTRAINT `journal_entry_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_entry` ADD CONSTRAINT `journal_entry_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `journal_entry_detail` ADD CONSTRAINT `journal_entry_detail_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `journal_entry_detail` ADD CONSTRAINT `journal_entry_detail_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `marital_status` ADD CONSTRAINT `marital_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `marital_status` ADD CONSTRAINT `marital_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `message_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `message_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `message_recipient_id_person_id` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `message_sender_id_person_id` FOREIGN KEY (`sender_id`) REFERENCES `person` (`id`);
ALTER TABLE `message_archive` ADD CONSTRAINT `message_a_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `message_archive` ADD CONSTRAINT `message_a_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `message_archive` ADD CONSTRAINT `message_a_recipient_id_person_id` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`);
ALTER TABLE `message_archive` ADD CONSTRAINT `message_a_sender_id_person_id` FOREIGN KEY (`sender_id`) REFERENCES `person` (`id`);
ALTER TABLE `message_template` ADD CONSTRAINT `message_template_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `message_template` ADD CONSTRAINT `message_template_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `military_affiliation` ADD CONSTRAINT `military_affiliation_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `military_affiliation` ADD CONSTRAINT `military_affiliation_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_authority` ADD CONSTRAINT `person_authority_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_challenge` ADD CONSTRAINT `person_challenge_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_challenge` ADD CONSTRAINT `person_challenge_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_challenge` ADD CONSTRAINT `person_challenge_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_coach_revision_info` ADD CONSTRAINT `person_coach_revision_info_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_coach_audit` ADD CONSTRAINT `person_coach_audit_coach_id_person_id` FOREIGN KEY (`coach_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_confidentiality_disclosure_agreement` ADD CONSTRAINT `person_confidentiality_disclosure_agreement_created_by_person_i` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_confidentiality_disclosure_agreement` ADD CONSTRAINT `person_confidentiality_disclosure_agreement_modified_by_person_` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_confidentiality_disclosure_agreement` ADD CONSTRAINT `person_confidentiality_disclosure_agreement_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_course_status` ADD CONSTRAINT `person_course_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_course_status` ADD CONSTRAINT `person_course_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_course_status` ADD CONSTRAINT `person_course_status_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability` ADD CONSTRAINT `person_disability_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability` ADD CONSTRAINT `person_disability_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_accommodation` ADD CONSTRAINT `person_disability_accommodation_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_accommodation` ADD CONSTRAINT `person_disability_accommodation_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_accommodation` ADD CONSTRAINT `person_disability_accommodation_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_agency` ADD CONSTRAINT `person_disability_agency_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_agency` ADD CONSTRAINT `person_disability_agency_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_agency` ADD CONSTRAINT `person_disability_agency_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_type` ADD CONSTRAINT `person_disability_type_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_type` ADD CONSTRAINT `person_disability_type_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_disability_type` ADD CONSTRAINT `person_disability_type_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_level` ADD CONSTRAINT `person_education_level_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_level` ADD CONSTRAINT `person_education_level_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_level` ADD CONSTRAINT `person_education_level_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_funding_source` ADD CONSTRAINT `person_funding_source_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_funding_source` ADD CONSTRAINT `person_funding_source_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_funding_source` ADD CONSTRAINT `person_funding_source_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_staff_details` ADD CONSTRAINT `person_staff_details_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_staff_details` ADD CONSTRAINT `person_staff_details_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_success_indicator_count` ADD CONSTRAINT `person_success_indicator_count_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_success_indicator_count` ADD CONSTRAINT `person_success_indicator_count_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_success_indicator_count` ADD CONSTRAINT `person_success_indicator_count_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `person_tool` ADD CONSTRAINT `person_tool_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_tool` ADD CONSTRAINT `person_tool_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_tool` ADD CONSTRAINT `person_tool_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `program_status` ADD CONSTRAINT `program_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `program_status` ADD CONSTRAINT `program_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `program_status_change_reason` ADD CONSTRAINT `program_status_change_reason_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `program_status_change_reason` ADD CONSTRAINT `program_status_change_reason_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_program_status` ADD CONSTRAINT `person_program_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_program_status` ADD CONSTRAINT `person_program_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_program_status` ADD CONSTRAINT `person_program_status_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `race` ADD CONSTRAINT `race_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `race` ADD CONSTRAINT `race_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `referral_source` ADD CONSTRAINT `referral_source_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `referral_source` ADD CONSTRAINT `referral_source_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_referral_source` ADD CONSTRAINT `person_referral_source_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_referral_source` ADD CONSTRAINT `person_referral_source_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_referral_source` ADD CONSTRAINT `person_referral_source_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `registration_load` ADD CONSTRAINT `registration_load_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `registration_load` ADD CONSTRAINT `registration_load_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_goal` ADD CONSTRAINT `person_education_goal_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_goal` ADD CONSTRAINT `person_education_goal_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide` ADD CONSTRAINT `self_help_guide_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide` ADD CONSTRAINT `self_help_guide_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_question` ADD CONSTRAINT `self_help_guide_question_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_question` ADD CONSTRAINT `self_help_guide_question_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_response` ADD CONSTRAINT `self_help_guide_response_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_response` ADD CONSTRAINT `self_help_guide_response_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_response` ADD CONSTRAINT `self_help_guide_response_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_question_response` ADD CONSTRAINT `self_help_guide_question_response_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `self_help_guide_question_response` ADD CONSTRAINT `self_help_guide_question_response_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `service_reason` ADD CONSTRAINT `service_reason_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `service_reason` ADD CONSTRAINT `service_reason_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_service_reason` ADD CONSTRAINT `person_service_reason_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_service_reason` ADD CONSTRAINT `person_service_reason_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_service_reason` ADD CONSTRAINT `person_service_reason_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `special_service_group` ADD CONSTRAINT `special_service_group_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `special_service_group` ADD CONSTRAINT `special_service_group_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_special_service_group` ADD CONSTRAINT `person_special_service_group_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_special_service_group` ADD CONSTRAINT `person_special_service_group_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_special_service_group` ADD CONSTRAINT `person_special_service_group_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `strength` ADD CONSTRAINT `strength_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `strength` ADD CONSTRAINT `strength_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `strength` ADD CONSTRAINT `strength_person_id_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `student_document` ADD CONSTRAINT `student_document_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `student_document` ADD CONSTRAINT `student_document_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `student_document` ADD CONSTRAINT `student_document_person_author_id` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`);
ALTER TABLE `student_document` ADD CONSTRAINT `student_document_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`);
ALTER TABLE `student_status` ADD CONSTRAINT `student_status_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `student_status` ADD CONSTRAINT `student_status_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_plan` ADD CONSTRAINT `person_education_plan_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `person_education_plan` ADD CONSTRAINT `person_education_plan_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `student_type` ADD CONSTRAINT `student_type_created_by_person_id` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`);
ALTER TABLE `student_type` ADD CONSTRAINT `student_type_modified_by_person_id` FOREIGN KEY (`modified_by`) REFERENCES `person` (`id`);
ALTER TABLE `person` ADD CONSTRAINT `person_person_demographics_id` FOREIGN KEY (`person_demographics_id`) REFERENCES `person_demographics` (`id`);

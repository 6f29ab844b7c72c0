-- OpenClinica 3 (clinical trials electronic data capture / clinical data management), trimmed schema.
-- Upstream: github.com/OpenClinica/OpenClinica, core/src/main/resources/migration/master.xml (Liquibase changelogs
--   2.5 .. 3.14), commit 34a5a0b3efeb5db21f7093e783b8ce963b4b8203. Licence: LGPL-2.1-or-later (core/LICENSE.txt).
-- Made by replaying the changelogs with Liquibase 4.4 into a scratch PostgreSQL database and writing the kept tables
-- as MySQL DDL (integer->int, varchar(n), timestamp->datetime, boolean->tinyint(1), oid->bigint unsigned).
-- Table and column names, order, lengths, NOT NULL and primary keys are upstream's; foreign keys, sequences,
-- triggers and indexes left out. 40 of the 110 tables kept.

CREATE TABLE `user_account` (
  `user_id` int NOT NULL,
  `user_name` varchar(64),
  `passwd` varchar(255),
  `first_name` varchar(50),
  `last_name` varchar(50),
  `email` varchar(120),
  `active_study` int,
  `institutional_affiliation` varchar(255),
  `status_id` int,
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `date_lastvisit` datetime,
  `passwd_timestamp` date,
  `passwd_challenge_question` varchar(64),
  `passwd_challenge_answer` varchar(255),
  `phone` varchar(64),
  `user_type_id` int,
  `update_id` int,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `account_non_locked` tinyint(1) NOT NULL DEFAULT 1,
  `lock_counter` int NOT NULL DEFAULT 0,
  `run_webservices` tinyint(1) NOT NULL DEFAULT 0,
  `access_code` varchar(64),
  `time_zone` varchar(255) DEFAULT '',
  `enable_api_key` tinyint(1) DEFAULT 0,
  `api_key` varchar(255),
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorities` (
  `id` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `authority` varchar(50) NOT NULL,
  `version` int
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_user_role` (
  `role_name` varchar(40),
  `study_id` int,
  `status_id` int,
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `user_name` varchar(40)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_user_login` (
  `id` int NOT NULL,
  `user_name` varchar(255),
  `user_account_id` int,
  `login_attempt_date` datetime,
  `login_status_code` int,
  `version` int,
  `details` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject` (
  `subject_id` int NOT NULL,
  `father_id` int,
  `mother_id` int,
  `status_id` int,
  `date_of_birth` date,
  `gender` char(1),
  `unique_identifier` varchar(255),
  `date_created` datetime,
  `owner_id` int,
  `date_updated` datetime,
  `update_id` int,
  `dob_collected` tinyint(1),
  PRIMARY KEY (`subject_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_subject` (
  `study_subject_id` int NOT NULL,
  `label` varchar(30),
  `secondary_label` varchar(30),
  `subject_id` int,
  `study_id` int,
  `status_id` int,
  `enrollment_date` date,
  `date_created` datetime,
  `date_updated` datetime,
  `owner_id` int,
  `update_id` int,
  `oc_oid` varchar(40) NOT NULL,
  `time_zone` varchar(255) DEFAULT '',
  PRIMARY KEY (`study_subject_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_group_map` (
  `subject_group_map_id` int NOT NULL,
  `study_group_class_id` int,
  `study_subject_id` int,
  `study_group_id` int,
  `status_id` int,
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `notes` varchar(255),
  PRIMARY KEY (`subject_group_map_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_event` (
  `study_event_id` int NOT NULL,
  `study_event_definition_id` int,
  `study_subject_id` int,
  `location` varchar(2000),
  `sample_ordinal` int,
  `date_start` datetime,
  `date_end` datetime,
  `owner_id` int,
  `status_id` int,
  `date_created` datetime,
  `date_updated` datetime,
  `update_id` int,
  `subject_event_status_id` int,
  `start_time_flag` tinyint(1),
  `end_time_flag` tinyint(1),
  PRIMARY KEY (`study_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_crf` (
  `event_crf_id` int NOT NULL,
  `study_event_id` int,
  `crf_version_id` int,
  `date_interviewed` date,
  `interviewer_name` varchar(255),
  `completion_status_id` int,
  `status_id` int,
  `annotations` varchar(4000),
  `date_completed` datetime,
  `validator_id` int,
  `date_validate` date,
  `date_validate_completed` datetime,
  `validator_annotations` varchar(4000),
  `validate_string` varchar(256),
  `owner_id` int,
  `date_created` datetime,
  `study_subject_id` int,
  `date_updated` datetime,
  `update_id` int,
  `electronic_signature_status` tinyint(1) DEFAULT 0,
  `sdv_status` tinyint(1) NOT NULL DEFAULT 0,
  `old_status_id` int DEFAULT 1,
  `sdv_update_id` int DEFAULT 0,
  PRIMARY KEY (`event_crf_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_data` (
  `item_data_id` int NOT NULL,
  `item_id` int NOT NULL,
  `event_crf_id` int,
  `status_id` int,
  `value` varchar(4000),
  `date_created` date,
  `date_updated` date,
  `owner_id` int,
  `update_id` int,
  `ordinal` int,
  `old_status_id` int,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`item_data_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discrepancy_note` (
  `discrepancy_note_id` int NOT NULL,
  `description` varchar(2040),
  `discrepancy_note_type_id` int,
  `resolution_status_id` int,
  `detailed_notes` varchar(1000),
  `date_created` datetime,
  `owner_id` int,
  `parent_dn_id` int,
  `entity_type` varchar(30),
  `study_id` int,
  `assigned_user_id` int,
  PRIMARY KEY (`discrepancy_note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dn_item_data_map` (
  `item_data_id` int,
  `discrepancy_note_id` int,
  `column_name` varchar(255),
  `study_subject_id` int,
  `activated` tinyint(1) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dn_study_subject_map` (
  `study_subject_id` int,
  `discrepancy_note_id` int,
  `column_name` varchar(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dn_subject_map` (
  `subject_id` int,
  `discrepancy_note_id` int,
  `column_name` varchar(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_event` (
  `audit_id` int NOT NULL,
  `audit_date` datetime NOT NULL,
  `audit_table` varchar(500) NOT NULL,
  `user_id` int,
  `entity_id` int,
  `entity_name` varchar(500),
  `reason_for_change` varchar(1000),
  `audit_log_event_type_id` int,
  `old_value` varchar(2000),
  `new_value` varchar(2000),
  `event_crf_id` int,
  `study_event_id` int,
  `event_crf_version_id` int,
  `item_data_repeat_key` varchar(4000),
  PRIMARY KEY (`audit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_event_type` (
  `audit_log_event_type_id` int NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`audit_log_event_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_event` (
  `audit_id` int NOT NULL,
  `audit_date` datetime NOT NULL,
  `audit_table` varchar(500) NOT NULL,
  `user_id` int,
  `entity_id` int,
  `reason_for_change` varchar(1000),
  `action_message` varchar(4000),
  PRIMARY KEY (`audit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_event_values` (
  `audit_id` int,
  `column_name` varchar(255),
  `old_value` varchar(2000),
  `new_value` varchar(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archived_dataset_file` (
  `archived_dataset_file_id` int NOT NULL,
  `name` varchar(255),
  `dataset_id` int,
  `export_format_id` int,
  `file_reference` varchar(1000),
  `run_time` int,
  `file_size` int,
  `date_created` datetime,
  `owner_id` int,
  PRIMARY KEY (`archived_dataset_file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataset` (
  `dataset_id` int NOT NULL,
  `study_id` int,
  `status_id` int,
  `name` varchar(255),
  `description` varchar(2000),
  `sql_statement` text,
  `num_runs` int,
  `date_start` date,
  `date_end` date,
  `date_created` date,
  `date_updated` date,
  `date_last_run` date,
  `owner_id` int,
  `approver_id` int,
  `update_id` int,
  `show_event_location` tinyint(1) DEFAULT 0,
  `show_event_start` tinyint(1) DEFAULT 0,
  `show_event_end` tinyint(1) DEFAULT 0,
  `show_subject_dob` tinyint(1) DEFAULT 0,
  `show_subject_gender` tinyint(1) DEFAULT 0,
  `show_event_status` tinyint(1) DEFAULT 0,
  `show_subject_status` tinyint(1) DEFAULT 0,
  `show_subject_unique_id` tinyint(1) DEFAULT 0,
  `show_subject_age_at_event` tinyint(1) DEFAULT 0,
  `show_crf_status` tinyint(1) DEFAULT 0,
  `show_crf_version` tinyint(1) DEFAULT 0,
  `show_crf_int_name` tinyint(1) DEFAULT 0,
  `show_crf_int_date` tinyint(1) DEFAULT 0,
  `show_group_info` tinyint(1) DEFAULT 0,
  `show_disc_info` tinyint(1) DEFAULT 0,
  `odm_metadataversion_name` varchar(255),
  `odm_metadataversion_oid` varchar(255),
  `odm_prior_study_oid` varchar(255),
  `odm_prior_metadataversion_oid` varchar(255),
  `show_secondary_id` tinyint(1) DEFAULT 0,
  `dataset_item_status_id` int,
  PRIMARY KEY (`dataset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_data_flag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `path` varchar(255),
  `tag_id` int,
  `flag_workflow_id` int,
  `owner_id` int,
  `update_id` int,
  `date_created` datetime,
  `date_updated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study` (
  `study_id` int NOT NULL,
  `parent_study_id` int,
  `unique_identifier` varchar(30),
  `secondary_identifier` varchar(255),
  `name` varchar(255),
  `summary` varchar(255),
  `date_planned_start` date,
  `date_planned_end` date,
  `date_created` date,
  `date_updated` date,
  `owner_id` int,
  `update_id` int,
  `type_id` int,
  `status_id` int,
  `principal_investigator` varchar(255),
  `facility_name` varchar(255),
  `facility_city` varchar(255),
  `facility_state` varchar(20),
  `facility_zip` varchar(64),
  `facility_country` varchar(64),
  `facility_recruitment_status` varchar(60),
  `facility_contact_name` varchar(255),
  `facility_contact_degree` varchar(255),
  `facility_contact_phone` varchar(255),
  `facility_contact_email` varchar(255),
  `protocol_type` varchar(30),
  `protocol_description` varchar(1000),
  `protocol_date_verification` date,
  `phase` varchar(30),
  `expected_total_enrollment` int,
  `sponsor` varchar(255),
  `collaborators` varchar(1000),
  `medline_identifier` varchar(255),
  `url` varchar(255),
  `url_description` varchar(255),
  `conditions` varchar(500),
  `keywords` varchar(255),
  `eligibility` varchar(500),
  `gender` varchar(30),
  `age_max` varchar(3),
  `age_min` varchar(3),
  `healthy_volunteer_accepted` tinyint(1),
  `purpose` varchar(64),
  `allocation` varchar(64),
  `masking` varchar(30),
  `control` varchar(30),
  `assignment` varchar(30),
  `endpoint` varchar(64),
  `interventions` varchar(1000),
  `duration` varchar(30),
  `selection` varchar(30),
  `timing` varchar(30),
  `official_title` varchar(255),
  `results_reference` tinyint(1),
  `oc_oid` varchar(40) NOT NULL,
  `old_status_id` int DEFAULT 1,
  PRIMARY KEY (`study_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_event_definition` (
  `study_event_definition_id` int NOT NULL,
  `study_id` int,
  `name` varchar(2000),
  `description` varchar(2000),
  `repeating` tinyint(1),
  `type` varchar(20),
  `category` varchar(2000),
  `owner_id` int,
  `status_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `ordinal` int,
  `oc_oid` varchar(40) NOT NULL,
  PRIMARY KEY (`study_event_definition_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_definition_crf` (
  `event_definition_crf_id` int NOT NULL,
  `study_event_definition_id` int,
  `study_id` int,
  `crf_id` int,
  `required_crf` tinyint(1),
  `double_entry` tinyint(1),
  `require_all_text_filled` tinyint(1),
  `decision_conditions` tinyint(1),
  `null_values` varchar(255),
  `default_version_id` int,
  `status_id` int,
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `ordinal` int,
  `electronic_signature` tinyint(1) DEFAULT 0,
  `hide_crf` tinyint(1) DEFAULT 0,
  `source_data_verification_code` int,
  `selected_version_ids` varchar(150),
  `parent_id` int,
  `participant_form` tinyint(1) DEFAULT 0,
  `allow_anonymous_submission` tinyint(1) DEFAULT 0,
  `submission_url` varchar(255),
  PRIMARY KEY (`event_definition_crf_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crf` (
  `crf_id` int NOT NULL,
  `status_id` int,
  `name` varchar(255),
  `description` varchar(2048),
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `oc_oid` varchar(40) NOT NULL,
  `source_study_id` int,
  PRIMARY KEY (`crf_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crf_version` (
  `crf_version_id` int NOT NULL,
  `crf_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(4000),
  `revision_notes` varchar(255),
  `status_id` int,
  `date_created` date,
  `date_updated` date,
  `owner_id` int,
  `update_id` int,
  `oc_oid` varchar(40) NOT NULL,
  `xform` text,
  `xform_name` varchar(255),
  PRIMARY KEY (`crf_version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item` (
  `item_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(4000),
  `units` varchar(64),
  `phi_status` tinyint(1),
  `item_data_type_id` int,
  `item_reference_type_id` int,
  `status_id` int,
  `owner_id` int,
  `date_created` date,
  `date_updated` date,
  `update_id` int,
  `oc_oid` varchar(40) NOT NULL,
  PRIMARY KEY (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_group` (
  `item_group_id` int NOT NULL,
  `name` varchar(255),
  `crf_id` int NOT NULL,
  `status_id` int,
  `date_created` date,
  `date_updated` date,
  `owner_id` int,
  `update_id` int,
  `oc_oid` varchar(40) NOT NULL,
  PRIMARY KEY (`item_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_group_class` (
  `study_group_class_id` int NOT NULL,
  `name` varchar(30),
  `study_id` int,
  `owner_id` int,
  `date_created` date,
  `group_class_type_id` int,
  `status_id` int,
  `date_updated` date,
  `update_id` int,
  `subject_assignment` varchar(30),
  PRIMARY KEY (`study_group_class_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_group` (
  `study_group_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(1000),
  `study_group_class_id` int,
  PRIMARY KEY (`study_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status` (
  `status_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(1000),
  PRIMARY KEY (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_event_status` (
  `subject_event_status_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(1000),
  PRIMARY KEY (`subject_event_status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discrepancy_note_type` (
  `discrepancy_note_type_id` int NOT NULL,
  `name` varchar(50),
  `description` varchar(255),
  PRIMARY KEY (`discrepancy_note_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resolution_status` (
  `resolution_status_id` int NOT NULL,
  `name` varchar(50),
  `description` varchar(255),
  PRIMARY KEY (`resolution_status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configuration` (
  `id` int NOT NULL,
  `key` varchar(255),
  `value` varchar(255),
  `description` varchar(512),
  `version` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_parameter_value` (
  `study_parameter_value_id` int NOT NULL,
  `study_id` int,
  `value` varchar(50),
  `parameter` varchar(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_type` (
  `user_type_id` int NOT NULL,
  `user_type` varchar(50),
  PRIMARY KEY (`user_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `databasechangelog` (
  `id` varchar(255) NOT NULL,
  `author` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `dateexecuted` datetime NOT NULL,
  `orderexecuted` int NOT NULL,
  `exectype` varchar(10) NOT NULL,
  `md5sum` varchar(35),
  `description` varchar(255),
  `comments` varchar(255),
  `tag` varchar(255),
  `liquibase` varchar(20),
  `contexts` varchar(255),
  `labels` varchar(255),
  `deployment_id` varchar(10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_qrtz_triggers` (
  `trigger_name` varchar(200) NOT NULL,
  `trigger_group` varchar(200) NOT NULL,
  `job_name` varchar(200) NOT NULL,
  `job_group` varchar(200) NOT NULL,
  `is_volatile` tinyint(1) NOT NULL,
  `description` varchar(250),
  `next_fire_time` bigint,
  `prev_fire_time` bigint,
  `priority` int,
  `trigger_state` varchar(16) NOT NULL,
  `trigger_type` varchar(8) NOT NULL,
  `start_time` bigint NOT NULL,
  `end_time` bigint,
  `calendar_name` varchar(200),
  `misfire_instr` smallint,
  `job_data` bigint unsigned,
  PRIMARY KEY (`trigger_name`, `trigger_group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_statistics_data` (
  `id` int NOT NULL,
  `param_key` varchar(255),
  `param_value` varchar(1000),
  `update_timestamp` datetime,
  `version` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- PatientView 2 (SolidStateGroup/patientview, commit b15147b8439197ea5d705d0e0603500b0877c17b, MIT)
-- root/database/src/main/resources/db/migration: V1__Create_Schema.sql and V9__INS_Self_Diary.sql (CREATE TABLE),
-- with the column changes of V8__OPT_EPRO.sql, V10__add_has_no_data.sql and V13__Reviews_External_Id.sql.
-- PostgreSQL written as MySQL: unquoted names folded to lower case as PostgreSQL stores them, BOOL -> tinyint(1),
-- TIMESTAMP -> datetime, UUID -> char(36), BYTEA -> longblob, JSONB -> json, NUMERIC -> decimal; inline REFERENCES
-- written as FOREIGN KEY constraints (those to tables left out dropped); the TEXT primary key
-- pv_gp_master.practice_code as varchar(255) (MySQL cannot key a TEXT column). 42 of its tables; the fhirbase
-- resource tables (V3) are not part of it.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `pv_user` (
  `id` bigint NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(100) NOT NULL,
  `salt` varchar(100) NOT NULL,
  `change_password` tinyint(1) NOT NULL,
  `failed_logon_attempts` int NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL,
  `dummy` tinyint(1) NOT NULL,
  `email` varchar(200) NOT NULL,
  `forename` varchar(500) NOT NULL,
  `surname` varchar(500) NOT NULL,
  `role_description` varchar(50),
  `date_of_birth` date,
  `verification_code` varchar(200),
  `email_verified` tinyint(1) NOT NULL DEFAULT 0,
  `contact_number` varchar(50),
  `current_login` datetime,
  `current_login_ip_address` varchar(50),
  `last_login` datetime,
  `last_login_ip_address` varchar(50),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `picture` text,
  `hide_secret_word_notification` tinyint(1) NOT NULL DEFAULT 0,
  `secret_word` text,
  `start_date` date NOT NULL,
  `end_date` date,
  `creation_date` datetime NOT NULL,
  `created_by` bigint NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pv_user_username_key` (`username`),
  CONSTRAINT `pv_user_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_lookup_value` (
  `id` bigint NOT NULL,
  `lookup_type_id` bigint NOT NULL,
  `value` varchar(100) NOT NULL,
  `description` text,
  `description_friendly` text,
  `display_order` bigint,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_lookup_value_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_lookup_value_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_group` (
  `id` bigint NOT NULL,
  `group_name` varchar(200),
  `group_short_name` varchar(200),
  `code` varchar(50),
  `sftp_user` varchar(255),
  `type_id` bigint NOT NULL,
  `parent_group_id` bigint,
  `fhir_resource_id` char(36),
  `visible` tinyint(1),
  `visible_to_join` tinyint(1),
  `address_1` text,
  `address_2` text,
  `address_3` text,
  `postcode` varchar(255),
  `last_import_date` datetime,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  `no_data_feed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pv_group_group_name_key` (`group_name`),
  CONSTRAINT `pv_group_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_group_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_group_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_contact_point` (
  `id` bigint NOT NULL,
  `user_id` bigint,
  `group_id` bigint,
  `type_id` bigint NOT NULL,
  `content` text NOT NULL,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_contact_point_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_contact_point_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`),
  CONSTRAINT `pv_contact_point_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_contact_point_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_contact_point_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_role` (
  `id` bigint NOT NULL,
  `role_name` varchar(50) NOT NULL,
  `type_id` bigint NOT NULL,
  `level` int NOT NULL,
  `visible` tinyint(1),
  `description` varchar(255),
  `creation_date` datetime NOT NULL,
  `created_by` bigint NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pv_role_role_name_key` (`role_name`),
  CONSTRAINT `pv_role_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_role_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_role_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_user_group_role` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `group_id` bigint,
  `role_id` bigint NOT NULL,
  `start_date` date,
  `end_date` date,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_user_group_role_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_group_role_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`),
  CONSTRAINT `pv_user_group_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `pv_role` (`id`),
  CONSTRAINT `pv_user_group_role_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_group_role_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_feature` (
  `id` bigint NOT NULL,
  `feature_name` varchar(50) NOT NULL,
  `description` varchar(100),
  `parent_feature_id` bigint,
  `start_date` date,
  `end_date` date,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pv_feature_feature_name_key` (`feature_name`),
  CONSTRAINT `pv_feature_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_feature_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_feature_user` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `feature_id` bigint NOT NULL,
  `opt_in_status` tinyint(1),
  `opt_in_hidden` tinyint(1),
  `opt_out_hidden` tinyint(1),
  `opt_in_date` datetime,
  `start_date` date,
  `end_date` date,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_feature_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_feature_user_feature_id_fkey` FOREIGN KEY (`feature_id`) REFERENCES `pv_feature` (`id`),
  CONSTRAINT `pv_feature_user_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_feature_user_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_user_token` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `token` varchar(50) NOT NULL,
  `parent_token_id` bigint,
  `check_secret_word` tinyint(1) NOT NULL DEFAULT 0,
  `secret_word_token` varchar(50),
  `secret_word_indexes` varchar(50),
  `creation_date` datetime NOT NULL,
  `expiration_date` datetime,
  `rate_limit` decimal(19,2),
  `type` varchar(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pv_user_token_token_key` (`token`),
  CONSTRAINT `pv_user_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_token_parent_token_id_fkey` FOREIGN KEY (`parent_token_id`) REFERENCES `pv_user_token` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_my_media` (
  `media_type` varchar(10) NOT NULL,
  `local_path` varchar(2044),
  `file_description` varchar(200),
  `filename_ui` varchar(200),
  `height` int,
  `filesize` int,
  `width` int,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `creation_date` datetime NOT NULL,
  `created_by` bigint NOT NULL,
  `id` bigint NOT NULL,
  `data` longblob,
  `thumbnail_data` longblob,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_reviews` (
  `id` bigint NOT NULL,
  `review_text` varchar(1000),
  `reviewer_name` varchar(200),
  `review_source` varchar(255),
  `external_id` varchar(255),
  `excluded` tinyint(1) NOT NULL DEFAULT 0,
  `rating` int,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_research_study` (
  `id` bigint NOT NULL,
  `name` varchar(200),
  `description` varchar(200),
  `contact_name` varchar(500),
  `contact_email` varchar(200),
  `contact_phone` varchar(200),
  `contact_address` varchar(200),
  `available_from` datetime,
  `available_to` datetime,
  `created_date` datetime,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  `created_by` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_conversation` (
  `id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `image_data` text,
  `rating` int,
  `status` int,
  `open` tinyint(1) NOT NULL,
  `title` varchar(200) NOT NULL,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_conversation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_conversation_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_message` (
  `id` bigint NOT NULL,
  `conversation_id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `user_id` bigint,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `has_attachment` tinyint(1),
  `attachment` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_message_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `pv_conversation` (`id`),
  CONSTRAINT `pv_message_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_message_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_message_attachment_fkey` FOREIGN KEY (`attachment`) REFERENCES `pv_my_media` (`id`),
  CONSTRAINT `pv_message_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_conversation_user` (
  `id` bigint NOT NULL,
  `conversation_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `anonymous` tinyint(1) NOT NULL,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_conversation_user_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `pv_conversation` (`id`),
  CONSTRAINT `pv_conversation_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_conversation_user_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_conversation_user_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_message_read_receipt` (
  `id` bigint NOT NULL,
  `message_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_message_read_receipt_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `pv_message` (`id`),
  CONSTRAINT `pv_message_read_receipt_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_user_information` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `type` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_user_information_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_information_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_user_information_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_code` (
  `id` bigint NOT NULL,
  `code` varchar(100),
  `type_id` bigint NOT NULL,
  `display_order` int,
  `description` varchar(255),
  `full_description` text,
  `hide_from_patients` tinyint(1) NOT NULL DEFAULT 0,
  `patient_friendly_name` text,
  `source_type` text NOT NULL,
  `standard_type_id` bigint NOT NULL,
  `removed_externally` tinyint(1) NOT NULL DEFAULT 0,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_code_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_code_standard_type_id_fkey` FOREIGN KEY (`standard_type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_code_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_code_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_location` (
  `id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `label` text NOT NULL,
  `name` text NOT NULL,
  `phone` text,
  `address` text,
  `web` text,
  `email` text,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_location_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`),
  CONSTRAINT `pv_location_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_location_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_log` (
  `id` bigint NOT NULL,
  `user_id` bigint,
  `source` varchar(50),
  `message` varchar(500),
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_log_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_log_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_audit` (
  `id` bigint NOT NULL,
  `action` varchar(200),
  `source_object_type` varchar(50),
  `source_object_id` bigint,
  `pre_value` varchar(500),
  `post_value` varchar(500),
  `actor_id` bigint,
  `identifier` varchar(50),
  `group_id` bigint,
  `information` text,
  `xml` text,
  `username` text,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_audit_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_audit_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_observation_heading` (
  `id` bigint NOT NULL,
  `code` varchar(200) NOT NULL,
  `heading` text,
  `name` text,
  `normal_range` text,
  `units` text,
  `min_graph` decimal(19,2),
  `max_graph` decimal(19,2),
  `info_link` text,
  `default_panel` bigint,
  `default_panel_order` bigint,
  `decimal_places` bigint,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_observation_heading_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_observation_heading_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_shared_thought` (
  `id` bigint NOT NULL,
  `conversation_id` bigint,
  `positive` tinyint(1) NOT NULL,
  `anonymous` tinyint(1) NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `patient` tinyint(1) NOT NULL,
  `principal_carer` tinyint(1) NOT NULL,
  `relative` tinyint(1) NOT NULL,
  `friend` tinyint(1) NOT NULL,
  `other` tinyint(1) NOT NULL,
  `other_specify` varchar(255),
  `about_me` tinyint(1) NOT NULL,
  `about_other` tinyint(1) NOT NULL,
  `ongoing` tinyint(1) NOT NULL,
  `location` varchar(2048),
  `when_occurred` varchar(2048),
  `description` varchar(2048),
  `suggested_action` varchar(2048),
  `concern_reason` varchar(2048),
  `recurrence` int,
  `recurrence_specify` varchar(2048),
  `serious` int,
  `submit_date` datetime,
  `creation_date` datetime NOT NULL,
  `created_by` bigint,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_shared_thought_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `pv_conversation` (`id`),
  CONSTRAINT `pv_shared_thought_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_shared_thought_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_identifier` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `type_id` bigint NOT NULL,
  `identifier` varchar(200) NOT NULL,
  `start_date` date,
  `end_date` date,
  `creation_date` datetime NOT NULL,
  `created_by` bigint NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_identifier_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_identifier_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `pv_lookup_value` (`id`),
  CONSTRAINT `pv_identifier_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_identifier_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_request` (
  `id` bigint NOT NULL,
  `forename` varchar(500) NOT NULL,
  `surname` varchar(500) NOT NULL,
  `date_of_birth` date NOT NULL,
  `email` varchar(500),
  `nhs_number` varchar(10),
  `notes` text,
  `completion_date` datetime,
  `completed_by` bigint,
  `status` varchar(50),
  `type` varchar(50),
  `group_id` bigint,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_request_completed_by_fkey` FOREIGN KEY (`completed_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_request_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_fhir_link` (
  `id` bigint NOT NULL,
  `user_id` bigint,
  `identifier_id` bigint,
  `group_id` bigint,
  `resource_id` char(36),
  `version_id` char(36),
  `resource_type` varchar(100),
  `active` tinyint(1) DEFAULT 1,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_fhir_link_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_fhir_link_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `pv_identifier` (`id`),
  CONSTRAINT `pv_fhir_link_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pv_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_alert` (
  `id` bigint NOT NULL,
  `alert_type` text,
  `web_alert` tinyint(1) NOT NULL,
  `web_alert_viewed` tinyint(1) NOT NULL,
  `email_alert` tinyint(1) NOT NULL,
  `email_alert_sent` tinyint(1) NOT NULL,
  `mobile_alert` tinyint(1) NOT NULL,
  `mobile_alert_sent` tinyint(1) NOT NULL,
  `user_id` bigint NOT NULL,
  `observation_heading_id` bigint,
  `latest_value` text,
  `latest_date` datetime,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_alert_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_alert_observation_heading_id_fkey` FOREIGN KEY (`observation_heading_id`) REFERENCES `pv_observation_heading` (`id`),
  CONSTRAINT `pv_alert_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_alert_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_survey` (
  `id` bigint NOT NULL,
  `type` text NOT NULL,
  `description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_survey_response` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `staff_user_id` bigint NOT NULL,
  `survey_id` bigint NOT NULL,
  `date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_survey_response_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_survey_response_staff_user_id_fkey` FOREIGN KEY (`staff_user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_survey_response_survey_id_fkey` FOREIGN KEY (`survey_id`) REFERENCES `pv_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_survey_response_score` (
  `id` bigint NOT NULL,
  `type` text NOT NULL,
  `survey_response_id` bigint NOT NULL,
  `score` decimal(19,2) NOT NULL,
  `severity` text,
  `level` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_survey_response_score_survey_response_id_fkey` FOREIGN KEY (`survey_response_id`) REFERENCES `pv_survey_response` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_question` (
  `id` bigint NOT NULL,
  `question_group_id` bigint NOT NULL,
  `element_type` text NOT NULL,
  `html_type` text NOT NULL,
  `text` text NOT NULL,
  `type` text,
  `description` text,
  `number` text,
  `display_order` int,
  `range_start` int,
  `range_end` int,
  `range_start_description` text,
  `range_end_description` text,
  `help_link` text,
  `required` tinyint(1) NOT NULL,
  `custom_question` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_question_answer` (
  `id` bigint NOT NULL,
  `question_id` bigint NOT NULL,
  `question_option_id` bigint,
  `survey_response_id` bigint NOT NULL,
  `value` text,
  `question_text` varchar(500),
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_question_answer_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `pv_question` (`id`),
  CONSTRAINT `pv_question_answer_survey_response_id_fkey` FOREIGN KEY (`survey_response_id`) REFERENCES `pv_survey_response` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_food_diary` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `food` text NOT NULL,
  `comment` text,
  `date_nutrition` datetime NOT NULL,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_food_diary_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_food_diary_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_food_diary_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_gp_master` (
  `practice_code` varchar(255) NOT NULL,
  `practice_name` text NOT NULL,
  `address_1` text,
  `address_2` text,
  `address_3` text,
  `address_4` text,
  `postcode` text,
  `postcode_original` text,
  `country` text,
  `telephone` text,
  `status_code` text,
  `url` text,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`practice_code`),
  CONSTRAINT `pv_gp_master_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_gp_master_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_gp_letter` (
  `id` bigint NOT NULL,
  `claimed_date` datetime,
  `claimed_email` text,
  `claimed_group` bigint,
  `claimed_practice_code` text,
  `creation_date` datetime NOT NULL,
  `gp_address1` text,
  `gp_address2` text,
  `gp_address3` text,
  `gp_address4` text,
  `gp_name` text,
  `gp_postcode` text NOT NULL,
  `letter_content` text,
  `patient_forename` text,
  `patient_identifier` text,
  `patient_surname` text,
  `patient_date_of_birth` date,
  `signup_key` text,
  `source_group` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_gp_letter_claimed_group_fkey` FOREIGN KEY (`claimed_group`) REFERENCES `pv_group` (`id`),
  CONSTRAINT `pv_gp_letter_source_group_fkey` FOREIGN KEY (`source_group`) REFERENCES `pv_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_api_key` (
  `id` bigint NOT NULL,
  `key` text NOT NULL,
  `expiry_date` datetime,
  `type` text NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_api_key_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_survey_feedback` (
  `id` bigint NOT NULL,
  `feedback` text NOT NULL,
  `user_id` bigint NOT NULL,
  `survey_id` bigint NOT NULL,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_survey_feedback_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_survey_feedback_survey_id_fkey` FOREIGN KEY (`survey_id`) REFERENCES `pv_survey` (`id`),
  CONSTRAINT `pv_survey_feedback_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_survey_feedback_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_relapse` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `relapse_date` date,
  `remission_date` date,
  `viral_infection` varchar(200),
  `common_cold` tinyint(1) NOT NULL,
  `hay_fever` tinyint(1) NOT NULL,
  `allergic_reaction` tinyint(1) NOT NULL,
  `allergic_skin_rash` tinyint(1) NOT NULL,
  `food_intolerance` tinyint(1) NOT NULL,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_relapse_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_relapse_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_relapse_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_ins_diary` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `entry_date` datetime,
  `is_relapse` tinyint(1) NOT NULL,
  `relapse_id` bigint,
  `urine_protein_dipstick_type` varchar(50),
  `systolic_bp` int,
  `systolic_bp_exclude` tinyint(1),
  `systolic_bp_resource_id` char(36),
  `diastolic_bp` int,
  `diastolic_bp_exclude` tinyint(1),
  `diastolic_bp_resource_id` char(36),
  `weight` decimal(19,2),
  `weight_exclude` tinyint(1),
  `weight_resource_id` char(36),
  `oedema` json,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_ins_diary_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_ins_diary_relapse_id_fkey` FOREIGN KEY (`relapse_id`) REFERENCES `pv_relapse` (`id`),
  CONSTRAINT `pv_ins_diary_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_ins_diary_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_relapse_medication` (
  `id` bigint NOT NULL,
  `name` varchar(100),
  `other` varchar(200),
  `dose_quantity` int,
  `dose_units` varchar(10),
  `dose_frequency` varchar(20),
  `route` varchar(20),
  `started` date,
  `stopped` date,
  `relapse_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_relapse_medication_relapse_id_fkey` FOREIGN KEY (`relapse_id`) REFERENCES `pv_relapse` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_immunisation` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `codelist` varchar(50) NOT NULL,
  `other` text,
  `immunisation_date` datetime,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_immunisation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_immunisation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_immunisation_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_hospitalisation` (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `reason` text,
  `date_admitted` datetime NOT NULL,
  `date_discharged` datetime,
  `created_by` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `last_update_date` datetime,
  `last_updated_by` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `pv_hospitalisation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_hospitalisation_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `pv_user` (`id`),
  CONSTRAINT `pv_hospitalisation_last_updated_by_fkey` FOREIGN KEY (`last_updated_by`) REFERENCES `pv_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
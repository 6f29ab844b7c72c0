-- Signalen (Amsterdam/signals), the municipal "meldingen openbare ruimte" (311) backend of Gemeente Amsterdam,
-- commit adbe8fc77af20db807dff5322096e15d6a5b26de (MPL-2.0).
-- Django models (app/signals/apps/*/models) written as MySQL DDL, as Django's MySQL backend would create them:
-- table names app_label + model name, `id` first, the CreatedUpdatedModel mixin's created_at/updated_at next,
-- then the fields in model order; ForeignKey/OneToOneField as <name>_id; many-to-many through tables as Django
-- names them. django.contrib.auth's user, group and user-group tables are included. Upstream runs on PostgreSQL/PostGIS:
-- PointField/MultiPolygonField are written as GEOMETRY, JSONField and the one ArrayField as JSON.
-- Foreign-key constraints are left out (several tables refer to each other in a cycle); their columns are kept.

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `note` longtext DEFAULT NULL,
  `notification_on_user_assignment` tinyint(1) NOT NULL DEFAULT 0,
  `notification_on_department_assignment` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile_departments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `profile_id` int NOT NULL,
  `department_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_profile_departments_profile_id_department_id_uniq` (`profile_id`,`department_id`),
  KEY `users_profile_departments_department_id_idx` (`department_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_signal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `source` varchar(128) NOT NULL DEFAULT 'online',
  `text` varchar(3000) NOT NULL,
  `text_extra` varchar(10000) NOT NULL DEFAULT '',
  `incident_date_start` datetime(6) NOT NULL,
  `incident_date_end` datetime(6) DEFAULT NULL,
  `operational_date` datetime(6) DEFAULT NULL,
  `expire_date` datetime(6) DEFAULT NULL,
  `extra_properties` json DEFAULT NULL,
  `parent_id` int DEFAULT NULL,
  `location_id` int DEFAULT NULL,
  `status_id` int DEFAULT NULL,
  `category_assignment_id` int DEFAULT NULL,
  `reporter_id` int DEFAULT NULL,
  `priority_id` int DEFAULT NULL,
  `directing_departments_assignment_id` int DEFAULT NULL,
  `routing_assignment_id` int DEFAULT NULL,
  `user_assignment_id` int DEFAULT NULL,
  `type_assignment_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `location_id` (`location_id`),
  UNIQUE KEY `status_id` (`status_id`),
  UNIQUE KEY `category_assignment_id` (`category_assignment_id`),
  UNIQUE KEY `reporter_id` (`reporter_id`),
  UNIQUE KEY `priority_id` (`priority_id`),
  UNIQUE KEY `directing_departments_assignment_id` (`directing_departments_assignment_id`),
  UNIQUE KEY `routing_assignment_id` (`routing_assignment_id`),
  UNIQUE KEY `user_assignment_id` (`user_assignment_id`),
  UNIQUE KEY `type_assignment_id` (`type_assignment_id`),
  KEY `signals_signal_created_at_idx` (`created_at`),
  KEY `signals_signal_id_parent_idx` (`id`,`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_reporter` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone` varchar(17) DEFAULT NULL,
  `email_anonymized` tinyint(1) NOT NULL DEFAULT 0,
  `phone_anonymized` tinyint(1) NOT NULL DEFAULT 0,
  `sharing_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `state` varchar(50) NOT NULL DEFAULT 'new',
  `email_verification_token` varchar(120) DEFAULT NULL,
  `email_verification_token_expires` datetime(6) DEFAULT NULL,
  `email_verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `signals_reporter__signal_id_idx` (`_signal_id`),
  KEY `signals_reporter_email_verification_token_idx` (`email_verification_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_location` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `geometrie` geometry NOT NULL,
  `stadsdeel` varchar(1) DEFAULT NULL,
  `area_type_code` varchar(256) DEFAULT NULL,
  `area_code` varchar(256) DEFAULT NULL,
  `area_name` varchar(256) DEFAULT NULL,
  `buurt_code` varchar(4) DEFAULT NULL,
  `address` json DEFAULT NULL,
  `address_text` varchar(256) DEFAULT NULL,
  `postcode` varchar(7) DEFAULT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  `extra_properties` json DEFAULT NULL,
  `bag_validated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `signals_location__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `text` varchar(10000) DEFAULT NULL,
  `user` varchar(254) DEFAULT NULL,
  `target_api` varchar(250) DEFAULT NULL,
  `state` varchar(20) NOT NULL DEFAULT 'm',
  `extern` tinyint(1) NOT NULL DEFAULT 0,
  `extra_properties` json DEFAULT NULL,
  `send_email` tinyint(1) NOT NULL DEFAULT 0,
  `email_override` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_status__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_categoryassignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `category_id` int NOT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  `text` varchar(10000) DEFAULT NULL,
  `extra_properties` json DEFAULT NULL,
  `deadline` datetime(6) DEFAULT NULL,
  `deadline_factor_3` datetime(6) DEFAULT NULL,
  `stored_handling_message` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_categoryassignment__signal_id_idx` (`_signal_id`),
  KEY `signals_categoryassignment_category_id_idx` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_note` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `text` longtext NOT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_note__signal_id_idx` (`_signal_id`),
  KEY `signals_note_created_at_idx` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_priority` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `priority` varchar(10) NOT NULL DEFAULT 'normal',
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_priority__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `_signal_id` int NOT NULL,
  `name` varchar(3) NOT NULL DEFAULT 'SIG',
  `created_by` varchar(254) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_type__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_attachment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  `_signal_id` int NOT NULL,
  `file` varchar(255) NOT NULL,
  `mimetype` varchar(30) NOT NULL,
  `is_image` tinyint(1) NOT NULL DEFAULT 0,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `caption` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_attachment_created_at_idx` (`created_at`),
  KEY `signals_attachment_is_image_idx` (`is_image`),
  KEY `signals_attachment__signal_id_is_image_idx` (`_signal_id`,`is_image`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_signaluser` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `user_id` int DEFAULT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_signaluser__signal_id_idx` (`_signal_id`),
  KEY `signals_signaluser_user_id_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_signaldepartments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `_signal_id` int NOT NULL,
  `relation_type` varchar(20) NOT NULL DEFAULT 'directing',
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_signaldepartments__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_signaldepartments_departments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `signaldepartments_id` int NOT NULL,
  `department_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `signals_signaldepartments_departments_uniq` (`signaldepartments_id`,`department_id`),
  KEY `signals_signaldepartments_departments_department_id_idx` (`department_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_storedsignalfilter` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(10000) NOT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  `options` json NOT NULL,
  `refresh` tinyint(1) NOT NULL DEFAULT 0,
  `show_on_overview` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_deletedsignal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `signal_id` bigint unsigned NOT NULL,
  `signal_uuid` char(32) NOT NULL,
  `parent_signal_id` bigint unsigned DEFAULT NULL,
  `category_id` int NOT NULL,
  `signal_state` varchar(20) NOT NULL,
  `signal_state_set_at` datetime(6) NOT NULL,
  `signal_created_at` datetime(6) NOT NULL,
  `deleted_by` varchar(254) DEFAULT NULL,
  `deleted_at` datetime(6) NOT NULL,
  `batch_uuid` char(32) DEFAULT NULL,
  `action` varchar(12) NOT NULL,
  `note` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_deletedsignal_category_id_idx` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_department` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(3) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_intern` tinyint(1) NOT NULL DEFAULT 1,
  `can_direct` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `signals_department_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `name` varchar(255) NOT NULL,
  `public_name` varchar(255) DEFAULT NULL,
  `is_public_accessible` tinyint(1) NOT NULL DEFAULT 0,
  `configuration` json DEFAULT NULL,
  `handling` varchar(20) NOT NULL DEFAULT 'REST',
  `handling_message` longtext DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `description` longtext DEFAULT NULL,
  `note` longtext DEFAULT NULL,
  `questionnaire_id` int DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `signals_category_parent_id_slug_uniq` (`parent_id`,`slug`),
  KEY `signals_category_questionnaire_id_idx` (`questionnaire_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_categorydepartment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category_id` int NOT NULL,
  `department_id` int NOT NULL,
  `is_responsible` tinyint(1) NOT NULL DEFAULT 0,
  `can_view` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `signals_categorydepartment_category_id_idx` (`category_id`),
  KEY `signals_categorydepartment_department_id_idx` (`department_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_source` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` longtext NOT NULL,
  `order` int unsigned DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  `can_be_selected` tinyint(1) NOT NULL DEFAULT 1,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_areatype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_area` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `_type_id` int NOT NULL,
  `geometry` geometry NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `signals_area_code__type_id_uniq` (`code`,`_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_statusmessagetemplate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `category_id` int NOT NULL,
  `state` varchar(20) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `order` int unsigned NOT NULL DEFAULT 0,
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `signals_statusmessagetemplate_category_id_idx` (`category_id`),
  KEY `signals_statusmessagetemplate_order_idx` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signals_servicelevelobjective` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category_id` int NOT NULL,
  `n_days` int NOT NULL,
  `use_calendar_days` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) DEFAULT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `signals_servicelevelobjective_category_id_idx` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_standardanswertopic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `order` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_standardanswer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_visible` tinyint(1) NOT NULL DEFAULT 1,
  `is_satisfied` tinyint(1) NOT NULL DEFAULT 1,
  `reopens_when_unhappy` tinyint(1) NOT NULL DEFAULT 0,
  `text` longtext NOT NULL,
  `order` int DEFAULT 0,
  `topic_id` int DEFAULT NULL,
  `open_answer` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `feedback_standardanswer_topic_id_idx` (`topic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_feedback` (
  `token` varchar(120) NOT NULL,
  `_signal_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `submitted_at` datetime(6) DEFAULT NULL,
  `is_satisfied` tinyint(1) DEFAULT NULL,
  `allows_contact` tinyint(1) NOT NULL DEFAULT 0,
  `text` longtext DEFAULT NULL,
  `text_list` json DEFAULT NULL,
  `text_extra` longtext DEFAULT NULL,
  PRIMARY KEY (`token`),
  KEY `feedback_feedback__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type_id` int NOT NULL,
  `object_pk` varchar(128) NOT NULL,
  `action` varchar(20) NOT NULL DEFAULT 'UNKNOWN',
  `description` longtext DEFAULT NULL,
  `extra` longtext DEFAULT NULL,
  `data` json DEFAULT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `_signal_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `history_log_object_pk_idx` (`object_pk`),
  KEY `history_log__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `my_signals_token` (
  `key` varchar(120) NOT NULL,
  `reporter_email` varchar(254) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_integrations_emailtemplate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `key` varchar(100) NOT NULL,
  `title` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `created_by` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sigmax_citycontrolroundtrip` (
  `id` int NOT NULL AUTO_INCREMENT,
  `_signal_id` int NOT NULL,
  `when` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sigmax_citycontrolroundtrip__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_questionnaire` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  `graph_id` int DEFAULT NULL,
  `flow` varchar(255) NOT NULL DEFAULT 'EXTRA_PROPERTIES',
  `explanation_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_question` (
  `id` int NOT NULL AUTO_INCREMENT,
  `retrieval_key` varchar(255) DEFAULT NULL,
  `analysis_key` varchar(255) NOT NULL DEFAULT 'PLACEHOLDER',
  `uuid` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `label` varchar(1000) NOT NULL,
  `short_label` varchar(255) NOT NULL,
  `field_type` varchar(255) NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `enforce_choices` tinyint(1) NOT NULL DEFAULT 0,
  `multiple_answers_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `additional_validation` json DEFAULT NULL,
  `extra_properties` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `retrieval_key` (`retrieval_key`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_session` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  `submit_before` datetime(6) DEFAULT NULL,
  `duration` bigint DEFAULT NULL,
  `questionnaire_id` int NOT NULL,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `_signal_id` int DEFAULT NULL,
  `_signal_status_id` int DEFAULT NULL,
  `_signal_location_id` int DEFAULT NULL,
  `invalidated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `questionnaires_session_questionnaire_id_idx` (`questionnaire_id`),
  KEY `questionnaires_session__signal_id_idx` (`_signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_answer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `session_id` int DEFAULT NULL,
  `question_id` int DEFAULT NULL,
  `payload` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `questionnaires_answer_session_id_idx` (`session_id`),
  KEY `questionnaires_answer_question_id_idx` (`question_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_horecacsvexport` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by` varchar(254) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `isoweek` int NOT NULL,
  `isoyear` int NOT NULL,
  `uploaded_file` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Mage (mage-ai, open-source data pipeline tool; VERSION 0.9.79 in mage_ai/server/constants.py),
-- github.com/mage-ai/mage-ai commit 5640c790a2b68fb615299a4090ca930b950f14b0, Alembic migrations
-- mage_ai/orchestration/db/migrations/versions/*.py (40 revisions, c07a23ff782b ... head 39d36f1dab73), whose
-- SQLAlchemy models are in mage_ai/orchestration/db/models/. Licence: Apache-2.0.
-- Made by running the 40 upgrade() functions in revision order with Alembic 1.20 / SQLAlchemy 2.1 against an
-- empty MariaDB database on loopback (the only non-upstream piece: a stub of mage_ai's ExecutorType enum, copied
-- from mage_ai/data_preparation/models/constants.py, which one migration imports), then dumped with mysqldump
-- --no-data; MariaDB's JSON alias written back as json, tables ordered so that referenced ones come first. The
-- enum-widening migrations act only on PostgreSQL upstream, so the MySQL enums are as Mage creates them on MySQL.
-- Column order (the order the migrations added them), primary, unique and foreign keys and indexes as created.
-- All 18 tables are kept (Alembic's alembic_version is not included).

CREATE TABLE `event_matcher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `event_type` enum('AWS_EVENT') DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `pattern` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `generic_job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `job_type` enum('CANCEL_PIPELINE_RUN') NOT NULL,
  `status` enum('INITIAL','QUEUED','RUNNING','COMPLETED','FAILED') DEFAULT NULL,
  `payload` json DEFAULT NULL,
  `extra_metadata` json DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `repo_path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_generic_job_job_type` (`job_type`),
  KEY `ix_generic_job_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pipeline_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `name` varchar(255) DEFAULT NULL,
  `pipeline_uuid` varchar(255) DEFAULT NULL,
  `schedule_type` enum('TIME') DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `schedule_interval` varchar(50) DEFAULT NULL,
  `status` enum('ACTIVE','INACTIVE') DEFAULT NULL,
  `variables` json DEFAULT NULL,
  `sla` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `repo_path` varchar(255) DEFAULT NULL,
  `global_data_product_uuid` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `last_enabled_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_pipeline_schedule_token` (`token`),
  KEY `ix_pipeline_schedule_pipeline_uuid` (`pipeline_uuid`),
  KEY `ix_pipeline_schedule_global_data_product_uuid` (`global_data_product_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `backfill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `block_uuid` varchar(255) DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `end_datetime` datetime DEFAULT NULL,
  `failed_at` datetime DEFAULT NULL,
  `interval_type` enum('SECOND','MINUTE','HOUR','DAY','WEEK','MONTH','YEAR','CUSTOM') DEFAULT NULL,
  `interval_units` int(11) DEFAULT NULL,
  `metrics` json DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `pipeline_schedule_id` int(11) DEFAULT NULL,
  `pipeline_uuid` varchar(255) DEFAULT NULL,
  `start_datetime` datetime DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `status` enum('INITIAL','RUNNING','COMPLETED','FAILED','CANCELLED') DEFAULT NULL,
  `updated_at` datetime DEFAULT current_timestamp(),
  `variables` json DEFAULT NULL,
  `settings` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pipeline_schedule_id` (`pipeline_schedule_id`),
  CONSTRAINT `backfill_ibfk_1` FOREIGN KEY (`pipeline_schedule_id`) REFERENCES `pipeline_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pipeline_run` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `pipeline_schedule_id` int(11) DEFAULT NULL,
  `pipeline_uuid` varchar(255) DEFAULT NULL,
  `execution_date` datetime DEFAULT NULL,
  `status` enum('INITIAL','RUNNING','COMPLETED','FAILED','CANCELLED') DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `variables` json DEFAULT NULL,
  `passed_sla` tinyint(1) DEFAULT NULL,
  `event_variables` json DEFAULT NULL,
  `metrics` json DEFAULT NULL,
  `backfill_id` int(11) DEFAULT NULL,
  `executor_type` enum('AZURE_CONTAINER_INSTANCE','ECS','GCP_CLOUD_RUN','K8S','LOCAL_PYTHON','LOCAL_PYTHON_FORCE','PYSPARK') DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_pipeline_run_execution_date` (`execution_date`),
  KEY `ix_pipeline_run_pipeline_uuid` (`pipeline_uuid`),
  KEY `ix_pipeline_run_status` (`status`),
  KEY `ix_pipeline_run_backfill_id` (`backfill_id`),
  KEY `ix_pipeline_run_pipeline_schedule_id` (`pipeline_schedule_id`),
  CONSTRAINT `pipeline_run_backfill_id` FOREIGN KEY (`backfill_id`) REFERENCES `backfill` (`id`),
  CONSTRAINT `pipeline_run_ibfk_1` FOREIGN KEY (`pipeline_schedule_id`) REFERENCES `pipeline_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `block_run` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `pipeline_run_id` int(11) DEFAULT NULL,
  `block_uuid` varchar(255) DEFAULT NULL,
  `status` enum('INITIAL','QUEUED','RUNNING','COMPLETED','FAILED','CANCELLED') DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `metrics` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_block_run_pipeline_run_id` (`pipeline_run_id`),
  CONSTRAINT `block_run_ibfk_1` FOREIGN KEY (`pipeline_run_id`) REFERENCES `pipeline_run` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pipeline_schedule_event_matcher_association` (
  `pipeline_schedule_id` int(11) DEFAULT NULL,
  `event_matcher_id` int(11) DEFAULT NULL,
  KEY `event_matcher_id` (`event_matcher_id`),
  KEY `pipeline_schedule_id` (`pipeline_schedule_id`),
  CONSTRAINT `pipeline_schedule_event_matcher_association_ibfk_1` FOREIGN KEY (`event_matcher_id`) REFERENCES `event_matcher` (`id`),
  CONSTRAINT `pipeline_schedule_event_matcher_association_ibfk_2` FOREIGN KEY (`pipeline_schedule_id`) REFERENCES `pipeline_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `secret` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `name` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `repo_name` varchar(255) DEFAULT NULL,
  `key_uuid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_key_uuid_uc` (`name`,`key_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `description` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_tag_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag_association` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `tag_id` int(11) DEFAULT NULL,
  `taggable_id` int(11) DEFAULT NULL,
  `taggable_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_id_taggable_id_taggable_type_uc` (`tag_id`,`taggable_id`,`taggable_type`),
  KEY `ix_tag_association_taggable_id` (`taggable_id`,`taggable_type`),
  CONSTRAINT `tag_association_ibfk_1` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `avatar` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `owner` tinyint(1) DEFAULT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `password_salt` varchar(255) DEFAULT NULL,
  `roles` int(11) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `preferences` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_user_email` (`email`),
  UNIQUE KEY `ix_user_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_application` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `authorization_grant_type` enum('AUTHORIZATION_CODE','CLIENT_CREDENTIALS') DEFAULT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `client_type` enum('PRIVATE','PUBLIC') DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `redirect_uris` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_oauth2_application_client_id` (`client_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `oauth2_application_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_access_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `expires` datetime DEFAULT NULL,
  `oauth2_application_id` int(11) DEFAULT NULL,
  `token` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `refresh_token` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_oauth2_access_token_token` (`token`),
  KEY `oauth2_application_id` (`oauth2_application_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `oauth2_access_token_ibfk_1` FOREIGN KEY (`oauth2_application_id`) REFERENCES `oauth2_application` (`id`),
  CONSTRAINT `oauth2_access_token_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `name` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_role_name` (`name`),
  KEY `role_user_id` (`user_id`),
  CONSTRAINT `role_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `entity_id` varchar(255) DEFAULT NULL,
  `entity` enum('GLOBAL','PROJECT','PIPELINE') DEFAULT NULL,
  `access` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `entity_name` varchar(255) DEFAULT NULL,
  `entity_type` varchar(255) DEFAULT NULL,
  `options` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `role_id` (`role_id`),
  KEY `permission_user_id` (`user_id`),
  CONSTRAINT `permission_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `permission_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `role_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `permission_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `permission_id` (`permission_id`),
  KEY `role_id` (`role_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `role_permission_ibfk_1` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`),
  CONSTRAINT `role_permission_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `role_permission_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `user_id` int(11) DEFAULT NULL,
  `root_project_uuid` varchar(255) DEFAULT NULL,
  `project_name` varchar(255) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_project_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `role_id` (`role_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_role_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `user_role_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

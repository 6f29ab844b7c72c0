-- Galaxy 26.1.2 (Galaxy Project; usegalaxy.org / .eu / .org.au and hundreds of institutional science gateways),
-- the SQLAlchemy models of lib/galaxy/model/__init__.py of github.com/galaxyproject/galaxy release 26.1.2, as
-- published on PyPI as galaxy-data 26.1.2 (MIT). Galaxy creates a new database with metadata.create_all() and stamps
-- the Alembic head; it supports PostgreSQL and SQLite only, so create_all() was run into a scratch PostgreSQL 15
-- database and the 55 kept tables (of 183) are written as MySQL from its catalogue: columns in order with NOT NULL,
-- server defaults and auto-increment, primary keys, unique constraints and indexes, plain indexes, foreign keys.
-- Types as SQLAlchemy's MySQL dialect maps the same column types: Integer -> int, Boolean -> tinyint(1),
-- String(n)/TrimmedString(n) -> varchar(n), unbounded String and TEXT -> text, DateTime -> datetime,
-- Numeric(p,s) -> decimal(p,s), JSON/MutableJSONType -> json, LargeBinary/JSON stored as bytea -> blob,
-- UUIDType (char(32)) -> char(32). Foreign keys to tables not kept are left out; the two foreign keys that close a
-- cycle are added by ALTER TABLE at the end (see galaxy.md).

CREATE TABLE `form_definition` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `desc` text DEFAULT NULL,
  `form_definition_current_id` int NOT NULL,
  `fields` blob DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `layout` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_form_definition_form_definition_current_id` (`form_definition_current_id`),
  KEY `ix_form_definition_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_definition_current` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `latest_form_id` int DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_form_definition_current_deleted` (`deleted`),
  KEY `ix_form_definition_current_latest_form_id` (`latest_form_id`),
  CONSTRAINT `form_definition_current_latest_form_id_fkey` FOREIGN KEY (`latest_form_id`) REFERENCES `form_definition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_values` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `form_definition_id` int DEFAULT NULL,
  `content` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_form_values_form_definition_id` (`form_definition_id`),
  CONSTRAINT `form_values_form_definition_id_fkey` FOREIGN KEY (`form_definition_id`) REFERENCES `form_definition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `galaxy_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `last_password_change` datetime DEFAULT NULL,
  `external` tinyint(1) DEFAULT NULL,
  `form_values_id` int DEFAULT NULL,
  `preferred_object_store_id` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `purged` tinyint(1) DEFAULT NULL,
  `disk_usage` decimal(15,0) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `activation_token` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_galaxy_user_activation_token` (`activation_token`),
  KEY `ix_galaxy_user_active` (`active`),
  KEY `ix_galaxy_user_deleted` (`deleted`),
  KEY `ix_galaxy_user_disk_usage` (`disk_usage`),
  UNIQUE KEY `ix_galaxy_user_email` (`email`),
  KEY `ix_galaxy_user_form_values_id` (`form_values_id`),
  KEY `ix_galaxy_user_purged` (`purged`),
  UNIQUE KEY `ix_galaxy_user_username` (`username`),
  CONSTRAINT `galaxy_user_form_values_id_fkey` FOREIGN KEY (`form_values_id`) REFERENCES `form_values` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `desc` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `institution` varchar(255) DEFAULT NULL,
  `address` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `postal_code` varchar(255) NOT NULL,
  `country` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `purged` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_address_deleted` (`deleted`),
  KEY `ix_user_address_purged` (`purged`),
  KEY `ix_user_address_user_id` (`user_id`),
  CONSTRAINT `user_address_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_preference_name` (`name`),
  KEY `ix_user_preference_user_id` (`user_id`),
  CONSTRAINT `user_preference_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_token` (
  `token` varchar(32) NOT NULL,
  `expiration_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `ix_password_reset_token_token` (`token`),
  KEY `ix_password_reset_token_user_id` (`user_id`),
  CONSTRAINT `password_reset_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `key` varchar(32) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_api_keys_deleted` (`deleted`),
  UNIQUE KEY `ix_api_keys_key` (`key`),
  KEY `ix_api_keys_user_id` (`user_id`),
  CONSTRAINT `api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `store_export_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `task_uuid` char(32) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `object_type` varchar(32) DEFAULT NULL,
  `object_id` int DEFAULT NULL,
  `export_metadata` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_store_export_association_task_uuid` (`task_uuid`),
  KEY `ix_store_export_object` (`object_id`, `object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `hid_counter` int DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `purged` tinyint(1) DEFAULT NULL,
  `importing` tinyint(1) DEFAULT NULL,
  `genome_build` varchar(40) DEFAULT NULL,
  `importable` tinyint(1) DEFAULT NULL,
  `slug` text DEFAULT NULL,
  `published` tinyint(1) DEFAULT NULL,
  `preferred_object_store_id` varchar(255) DEFAULT NULL,
  `archived` tinyint(1) DEFAULT 0,
  `archive_export_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_history_archived` (`archived`),
  KEY `ix_history_deleted` (`deleted`),
  KEY `ix_history_importing` (`importing`),
  KEY `ix_history_published` (`published`),
  KEY `ix_history_purged` (`purged`),
  KEY `ix_history_slug` (`slug`(191)),
  KEY `ix_history_update_time` (`update_time`),
  KEY `ix_history_user_id` (`user_id`),
  CONSTRAINT `history_archive_export_id_fkey` FOREIGN KEY (`archive_export_id`) REFERENCES `store_export_association` (`id`),
  CONSTRAINT `history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `galaxy_session` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `remote_host` varchar(255) DEFAULT NULL,
  `remote_addr` varchar(255) DEFAULT NULL,
  `referer` text DEFAULT NULL,
  `current_history_id` int DEFAULT NULL,
  `session_key` varchar(255) DEFAULT NULL,
  `is_valid` tinyint(1) DEFAULT NULL,
  `prev_session_id` int DEFAULT NULL,
  `disk_usage` decimal(15,0) DEFAULT NULL,
  `last_action` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_galaxy_session_disk_usage` (`disk_usage`),
  UNIQUE KEY `ix_galaxy_session_session_key` (`session_key`),
  KEY `ix_galaxy_session_user_id` (`user_id`),
  CONSTRAINT `galaxy_session_current_history_id_fkey` FOREIGN KEY (`current_history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `galaxy_session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `galaxy_session_to_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `session_id` int DEFAULT NULL,
  `history_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_galaxy_session_to_history_history_id` (`history_id`),
  KEY `ix_galaxy_session_to_history_session_id` (`session_id`),
  CONSTRAINT `galaxy_session_to_history_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `galaxy_session_to_history_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `galaxy_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_user_authnz_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `provider` varchar(32) DEFAULT NULL,
  `extra_data` blob DEFAULT NULL,
  `lifetime` int DEFAULT NULL,
  `assoc_type` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oidc_user_authnz_tokens_provider_key` (`provider`, `uid`),
  KEY `ix_oidc_user_authnz_tokens_user_id` (`user_id`),
  CONSTRAINT `oidc_user_authnz_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psa_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `server_url` varchar(255) DEFAULT NULL,
  `handle` varchar(255) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `issued` int DEFAULT NULL,
  `lifetime` int DEFAULT NULL,
  `assoc_type` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psa_code` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(200) DEFAULT NULL,
  `code` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `psa_code_code_key` (`code`, `email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psa_nonce` (
  `id` int NOT NULL AUTO_INCREMENT,
  `server_url` varchar(255) DEFAULT NULL,
  `timestamp` int DEFAULT NULL,
  `salt` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psa_partial` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(32) DEFAULT NULL,
  `data` text DEFAULT NULL,
  `next_step` int DEFAULT NULL,
  `backend` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(40) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_role_deleted` (`deleted`),
  KEY `ix_role_name` (`name`),
  KEY `ix_role_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_role_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `role_id` int NOT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_role_association_user_id_key` (`user_id`, `role_id`),
  KEY `ix_user_role_association_role_id` (`role_id`),
  KEY `ix_user_role_association_user_id` (`user_id`),
  CONSTRAINT `user_role_association_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `user_role_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `galaxy_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_galaxy_group_deleted` (`deleted`),
  UNIQUE KEY `ix_galaxy_group_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_group_association_user_id_key` (`user_id`, `group_id`),
  KEY `ix_user_group_association_group_id` (`group_id`),
  KEY `ix_user_group_association_user_id` (`user_id`),
  CONSTRAINT `user_group_association_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `galaxy_group` (`id`),
  CONSTRAINT `user_group_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_role_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `role_id` int NOT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_role_association_group_id_key` (`group_id`, `role_id`),
  KEY `ix_group_role_association_group_id` (`group_id`),
  KEY `ix_group_role_association_role_id` (`role_id`),
  CONSTRAINT `group_role_association_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `galaxy_group` (`id`),
  CONSTRAINT `group_role_association_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quota` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `bytes` bigint DEFAULT NULL,
  `operation` varchar(8) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `quota_source_label` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_quota_deleted` (`deleted`),
  UNIQUE KEY `ix_quota_name` (`name`),
  KEY `ix_quota_quota_source_label` (`quota_source_label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_quota_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `quota_id` int DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_quota_association_quota_id` (`quota_id`),
  KEY `ix_user_quota_association_user_id` (`user_id`),
  CONSTRAINT `user_quota_association_quota_id_fkey` FOREIGN KEY (`quota_id`) REFERENCES `quota` (`id`),
  CONSTRAINT `user_quota_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_quota_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int DEFAULT NULL,
  `quota_id` int DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_group_quota_association_group_id` (`group_id`),
  KEY `ix_group_quota_association_quota_id` (`quota_id`),
  CONSTRAINT `group_quota_association_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `galaxy_group` (`id`),
  CONSTRAINT `group_quota_association_quota_id_fkey` FOREIGN KEY (`quota_id`) REFERENCES `quota` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_quota_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `type` varchar(32) DEFAULT NULL,
  `quota_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_default_quota_association_quota_id` (`quota_id`),
  CONSTRAINT `default_quota_association_quota_id_fkey` FOREIGN KEY (`quota_id`) REFERENCES `quota` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_quota_source_usage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `quota_source_label` varchar(32) DEFAULT NULL,
  `disk_usage` decimal(15,0) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uqsu_unique_label_per_user` (`user_id`, `quota_source_label`),
  KEY `ix_user_quota_source_usage_quota_source_label` (`quota_source_label`),
  KEY `ix_user_quota_source_usage_user_id` (`user_id`),
  CONSTRAINT `user_quota_source_usage_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_user_share_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `history_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_history_user_share_association_history_id` (`history_id`),
  KEY `ix_history_user_share_association_user_id` (`user_id`),
  CONSTRAINT `history_user_share_association_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `history_user_share_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_tool` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(32) DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `tool_id` varchar(255) DEFAULT NULL,
  `tool_version` varchar(255) DEFAULT NULL,
  `tool_format` varchar(255) DEFAULT NULL,
  `tool_path` varchar(255) DEFAULT NULL,
  `tool_directory` varchar(255) DEFAULT NULL,
  `hidden` tinyint(1) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `value` blob DEFAULT NULL,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_dynamic_tool_update_time` (`update_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tool_source` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hash` varchar(255) DEFAULT NULL,
  `source` blob NOT NULL,
  `source_class` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tool_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tool_source_id` int NOT NULL,
  `history_id` int NOT NULL,
  `request` blob NOT NULL,
  `state` varchar(32) DEFAULT NULL,
  `state_message` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tool_request_history_id` (`history_id`),
  KEY `ix_tool_request_state` (`state`),
  KEY `ix_tool_request_state_message` (`state_message`(191)),
  KEY `ix_tool_request_tool_source_id` (`tool_source_id`),
  CONSTRAINT `tool_request_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `tool_request_tool_source_id_fkey` FOREIGN KEY (`tool_source_id`) REFERENCES `tool_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `history_id` int DEFAULT NULL,
  `library_folder_id` int DEFAULT NULL,
  `tool_id` varchar(255) DEFAULT NULL,
  `tool_version` text DEFAULT NULL,
  `galaxy_version` varchar(64) DEFAULT NULL,
  `dynamic_tool_id` int DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `info` varchar(255) DEFAULT NULL,
  `copied_from_job_id` int DEFAULT NULL,
  `command_line` text DEFAULT NULL,
  `dependencies` blob DEFAULT NULL,
  `job_messages` blob DEFAULT NULL,
  `param_filename` varchar(1024) DEFAULT NULL,
  `runner_name` varchar(255) DEFAULT NULL,
  `job_stdout` text DEFAULT NULL,
  `job_stderr` text DEFAULT NULL,
  `tool_stdout` text DEFAULT NULL,
  `tool_stderr` text DEFAULT NULL,
  `exit_code` int DEFAULT NULL,
  `traceback` text DEFAULT NULL,
  `session_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `job_runner_name` varchar(255) DEFAULT NULL,
  `job_runner_external_id` varchar(255) DEFAULT NULL,
  `destination_id` varchar(255) DEFAULT NULL,
  `destination_params` blob DEFAULT NULL,
  `object_store_id` varchar(255) DEFAULT NULL,
  `imported` tinyint(1) DEFAULT NULL,
  `handler` varchar(255) DEFAULT NULL,
  `preferred_object_store_id` varchar(255) DEFAULT NULL,
  `object_store_id_overrides` blob DEFAULT NULL,
  `tool_request_id` int DEFAULT NULL,
  `tool_state` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_dynamic_tool_id` (`dynamic_tool_id`),
  KEY `ix_job_handler` (`handler`),
  KEY `ix_job_history_id` (`history_id`),
  KEY `ix_job_imported` (`imported`),
  KEY `ix_job_job_runner_external_id` (`job_runner_external_id`),
  KEY `ix_job_library_folder_id` (`library_folder_id`),
  KEY `ix_job_object_store_id` (`object_store_id`),
  KEY `ix_job_session_id` (`session_id`),
  KEY `ix_job_state` (`state`),
  KEY `ix_job_tool_id` (`tool_id`),
  KEY `ix_job_tool_request_id` (`tool_request_id`),
  KEY `ix_job_update_time` (`update_time`),
  KEY `ix_job_user_id` (`user_id`),
  CONSTRAINT `job_dynamic_tool_id_fkey` FOREIGN KEY (`dynamic_tool_id`) REFERENCES `dynamic_tool` (`id`),
  CONSTRAINT `job_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `job_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `galaxy_session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_tool_request_id_fkey` FOREIGN KEY (`tool_request_id`) REFERENCES `tool_request` (`id`),
  CONSTRAINT `job_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `purged` tinyint(1) DEFAULT NULL,
  `purgable` tinyint(1) DEFAULT NULL,
  `object_store_id` varchar(255) DEFAULT NULL,
  `external_filename` text DEFAULT NULL,
  `_extra_files_path` text DEFAULT NULL,
  `created_from_basename` text DEFAULT NULL,
  `file_size` decimal(15,0) DEFAULT NULL,
  `total_size` decimal(15,0) DEFAULT NULL,
  `uuid` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_uuid_column` (`uuid`),
  KEY `ix_dataset_deleted` (`deleted`),
  KEY `ix_dataset_job_id` (`job_id`),
  KEY `ix_dataset_object_store_id` (`object_store_id`),
  KEY `ix_dataset_purged` (`purged`),
  KEY `ix_dataset_state` (`state`),
  KEY `ix_dataset_update_time` (`update_time`),
  CONSTRAINT `dataset_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_dataset_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `history_id` int DEFAULT NULL,
  `dataset_id` int DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `copied_from_history_dataset_association_id` int DEFAULT NULL,
  `copied_from_library_dataset_dataset_association_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `info` varchar(255) DEFAULT NULL,
  `blurb` varchar(255) DEFAULT NULL,
  `peek` text DEFAULT NULL,
  `tool_version` text DEFAULT NULL,
  `extension` varchar(64) DEFAULT NULL,
  `metadata` blob DEFAULT NULL,
  `metadata_deferred` tinyint(1) DEFAULT NULL,
  `parent_id` int DEFAULT NULL,
  `designation` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `visible` tinyint(1) DEFAULT NULL,
  `extended_metadata_id` int DEFAULT NULL,
  `version` int DEFAULT NULL,
  `hid` int DEFAULT NULL,
  `purged` tinyint(1) DEFAULT NULL,
  `validated_state` varchar(64) NOT NULL,
  `validated_state_message` text DEFAULT NULL,
  `hidden_beneath_collection_instance_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_history_dataset_association_dataset_id` (`dataset_id`),
  KEY `ix_history_dataset_association_deleted` (`deleted`),
  KEY `ix_history_dataset_association_extended_metadata_id` (`extended_metadata_id`),
  KEY `ix_history_dataset_association_extension` (`extension`),
  KEY `ix_history_dataset_association_history_id` (`history_id`),
  KEY `ix_history_dataset_association_purged` (`purged`),
  KEY `ix_history_dataset_association_state` (`state`),
  KEY `ix_history_dataset_association_update_time` (`update_time`),
  KEY `ix_history_dataset_association_version` (`version`),
  CONSTRAINT `history_dataset_association_copied_from_history_dataset_8139` FOREIGN KEY (`copied_from_history_dataset_association_id`) REFERENCES `history_dataset_association` (`id`),
  CONSTRAINT `history_dataset_association_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `dataset` (`id`),
  CONSTRAINT `history_dataset_association_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `history_dataset_association_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `history_dataset_association` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_parameter` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_parameter_job_id` (`job_id`),
  CONSTRAINT `job_parameter_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_state_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `job_id` int DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `info` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_state_history_job_id` (`job_id`),
  KEY `ix_job_state_history_state` (`state`),
  CONSTRAINT `job_state_history_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_metric_numeric` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `plugin` varchar(255) DEFAULT NULL,
  `metric_name` varchar(255) DEFAULT NULL,
  `metric_value` decimal(26,7) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_metric_numeric_job_id` (`job_id`),
  CONSTRAINT `job_metric_numeric_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_metric_text` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `plugin` varchar(255) DEFAULT NULL,
  `metric_name` varchar(255) DEFAULT NULL,
  `metric_value` varchar(1023) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_metric_text_job_id` (`job_id`),
  CONSTRAINT `job_metric_text_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_to_input_dataset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `dataset_id` int DEFAULT NULL,
  `dataset_version` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `adapter` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_to_input_dataset_dataset_id` (`dataset_id`),
  KEY `ix_job_to_input_dataset_job_id` (`job_id`),
  CONSTRAINT `job_to_input_dataset_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `history_dataset_association` (`id`),
  CONSTRAINT `job_to_input_dataset_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_to_output_dataset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `dataset_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_job_to_output_dataset_dataset_id` (`dataset_id`),
  KEY `ix_job_to_output_dataset_job_id` (`job_id`),
  CONSTRAINT `job_to_output_dataset_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `history_dataset_association` (`id`),
  CONSTRAINT `job_to_output_dataset_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `execution_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `state` varchar(64) DEFAULT NULL,
  `command_line` text DEFAULT NULL,
  `param_filename` varchar(1024) DEFAULT NULL,
  `runner_name` varchar(255) DEFAULT NULL,
  `job_stdout` text DEFAULT NULL,
  `job_stderr` text DEFAULT NULL,
  `tool_stdout` text DEFAULT NULL,
  `tool_stderr` text DEFAULT NULL,
  `exit_code` int DEFAULT NULL,
  `job_messages` blob DEFAULT NULL,
  `info` varchar(255) DEFAULT NULL,
  `traceback` text DEFAULT NULL,
  `job_id` int NOT NULL,
  `working_directory` varchar(1024) DEFAULT NULL,
  `task_runner_name` varchar(255) DEFAULT NULL,
  `task_runner_external_id` varchar(255) DEFAULT NULL,
  `prepare_input_files_cmd` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_task_job_id` (`job_id`),
  KEY `ix_task_state` (`state`),
  CONSTRAINT `task_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_process` (
  `id` int NOT NULL AUTO_INCREMENT,
  `server_name` varchar(255) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `pid` int DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `app_type` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `worker_process_server_name_key` (`server_name`, `hostname`),
  KEY `ix_worker_process_server_name` (`server_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interactivetool_entry_point` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int DEFAULT NULL,
  `name` text DEFAULT NULL,
  `token` text NOT NULL,
  `tool_port` int DEFAULT NULL,
  `host` text DEFAULT NULL,
  `port` int DEFAULT NULL,
  `protocol` text DEFAULT NULL,
  `entry_url` text DEFAULT NULL,
  `requires_domain` tinyint(1) DEFAULT NULL,
  `requires_path_in_url` tinyint(1) DEFAULT NULL,
  `requires_path_in_header_named` text DEFAULT NULL,
  `info` blob DEFAULT NULL,
  `configured` tinyint(1) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `created_time` datetime DEFAULT NULL,
  `modified_time` datetime DEFAULT NULL,
  `label` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_interactivetool_entry_point_job_id` (`job_id`),
  CONSTRAINT `interactivetool_entry_point_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `publication_time` datetime DEFAULT NULL,
  `expiration_time` datetime DEFAULT NULL,
  `source` varchar(32) DEFAULT NULL,
  `category` varchar(64) DEFAULT NULL,
  `variant` varchar(16) DEFAULT NULL,
  `dispatched` tinyint(1) NOT NULL,
  `galaxy_url` varchar(255) DEFAULT NULL,
  `content` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_notification_category` (`category`),
  KEY `ix_notification_dispatched` (`dispatched`),
  KEY `ix_notification_source` (`source`),
  KEY `ix_notification_variant` (`variant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notification_association` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `notification_id` int DEFAULT NULL,
  `seen_time` datetime DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_notification_association_deleted` (`deleted`),
  KEY `ix_user_notification_association_notification_id` (`notification_id`),
  KEY `ix_user_notification_association_user_id` (`user_id`),
  CONSTRAINT `user_notification_association_notification_id_fkey` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`),
  CONSTRAINT `user_notification_association_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_action` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `session_id` int DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `context` varchar(512) DEFAULT NULL,
  `params` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_action_session_id` (`session_id`),
  KEY `ix_user_action_user_id` (`user_id`),
  CONSTRAINT `user_action_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `galaxy_session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_action_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_time` datetime DEFAULT NULL,
  `update_time` datetime DEFAULT NULL,
  `history_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `message` varchar(1024) DEFAULT NULL,
  `session_id` int DEFAULT NULL,
  `tool_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_event_history_id` (`history_id`),
  KEY `ix_event_session_id` (`session_id`),
  KEY `ix_event_user_id` (`user_id`),
  CONSTRAINT `event_history_id_fkey` FOREIGN KEY (`history_id`) REFERENCES `history` (`id`),
  CONSTRAINT `event_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `galaxy_session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_object_store` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `uuid` char(32) NOT NULL,
  `create_time` datetime NOT NULL,
  `update_time` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `purged` tinyint(1) NOT NULL,
  `template_id` varchar(255) NOT NULL,
  `template_version` int NOT NULL,
  `template_definition` blob DEFAULT NULL,
  `template_variables` blob DEFAULT NULL,
  `template_secrets` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_object_store_name` (`name`),
  KEY `ix_user_object_store_template_id` (`template_id`),
  KEY `ix_user_object_store_template_version` (`template_version`),
  KEY `ix_user_object_store_update_time` (`update_time`),
  KEY `ix_user_object_store_user_id` (`user_id`),
  KEY `ix_user_object_store_uuid` (`uuid`),
  CONSTRAINT `user_object_store_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_file_source` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `uuid` char(32) NOT NULL,
  `create_time` datetime NOT NULL,
  `update_time` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `purged` tinyint(1) NOT NULL,
  `template_id` varchar(255) NOT NULL,
  `template_version` int NOT NULL,
  `template_definition` blob DEFAULT NULL,
  `template_variables` blob DEFAULT NULL,
  `template_secrets` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_file_source_name` (`name`),
  KEY `ix_user_file_source_template_id` (`template_id`),
  KEY `ix_user_file_source_template_version` (`template_version`),
  KEY `ix_user_file_source_update_time` (`update_time`),
  KEY `ix_user_file_source_user_id` (`user_id`),
  KEY `ix_user_file_source_uuid` (`uuid`),
  CONSTRAINT `user_file_source_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credentials_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_credentials_id` int NOT NULL,
  `name` text NOT NULL,
  `create_time` datetime NOT NULL,
  `update_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_credentials_group_user_credentials_id` (`user_credentials_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_credentials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `source_type` text NOT NULL,
  `source_id` text NOT NULL,
  `source_version` text NOT NULL,
  `name` text NOT NULL,
  `version` text NOT NULL,
  `current_group_id` int DEFAULT NULL,
  `create_time` datetime NOT NULL,
  `update_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_credentials_user_id_key` (`user_id`, `source_type`(191), `source_id`(191), `source_version`(191), `name`(191), `version`(191)),
  KEY `ix_user_credentials_current_group_id` (`current_group_id`),
  KEY `ix_user_credentials_user_id` (`user_id`),
  CONSTRAINT `user_credentials_current_group_id_fkey` FOREIGN KEY (`current_group_id`) REFERENCES `credentials_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_credentials_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credential` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `name` text NOT NULL,
  `is_secret` tinyint(1) NOT NULL,
  `is_set` tinyint(1) NOT NULL,
  `value` text DEFAULT NULL,
  `create_time` datetime NOT NULL,
  `update_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_credential_group_id` (`group_id`),
  CONSTRAINT `credential_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `credentials_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `celery_user_rate_limit` (
  `user_id` int NOT NULL,
  `last_scheduled_time` datetime NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `celery_user_rate_limit_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_exchange` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `job_id` int DEFAULT NULL,
  `page_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_chat_exchange_job_id` (`job_id`),
  KEY `ix_chat_exchange_page_id` (`page_id`),
  KEY `ix_chat_exchange_user_id` (`user_id`),
  CONSTRAINT `chat_exchange_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`),
  CONSTRAINT `chat_exchange_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `galaxy_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_exchange_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chat_exchange_id` int NOT NULL,
  `create_time` datetime NOT NULL,
  `message` text NOT NULL,
  `feedback` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_chat_exchange_message_chat_exchange_id` (`chat_exchange_id`),
  CONSTRAINT `chat_exchange_message_chat_exchange_id_fkey` FOREIGN KEY (`chat_exchange_id`) REFERENCES `chat_exchange` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `form_definition` ADD CONSTRAINT `form_definition_form_definition_current_id_fkey` FOREIGN KEY (`form_definition_current_id`) REFERENCES `form_definition_current` (`id`);

ALTER TABLE `credentials_group` ADD CONSTRAINT `credentials_group_user_credentials_id_fkey` FOREIGN KEY (`user_credentials_id`) REFERENCES `user_credentials` (`id`) ON DELETE CASCADE;

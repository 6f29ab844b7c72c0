-- DFIR-IRIS 2.4.20 (collaborative incident-response case management; Airbus CyberSecurity / DFIR-IRIS)
-- Upstream: github.com/dfir-iris/iris-web source/app/models/{models,cases,alerts,authorization}.py (SQLAlchemy models,
-- PostgreSQL), commit e6aa4ba3de745c20df3fdd77e1c7369333bd1c7a (v2.4.20+1, LGPL-3.0)
-- The models were loaded with SQLAlchemy (Flask app, Flask-Login and state helpers stubbed) and every table of the
-- metadata written as MySQL: columns in model order, primary keys, unique constraints, indexes and foreign keys as
-- declared; tables ordered so that each foreign key points at an earlier table. Types: BigInteger -> bigint,
-- Integer -> int, Text / unbounded String -> text (varchar(255) where the column is in a key), String(n) -> varchar(n),
-- UUID -> char(36), JSON / JSONB -> json, Boolean -> tinyint(1), DateTime -> datetime, TIMESTAMP -> timestamp,
-- Date -> date; server default now() -> CURRENT_TIMESTAMP, gen_random_uuid() defaults left out, integer primary keys
-- AUTO_INCREMENT (PostgreSQL serial). Three integer foreign-key columns that reference bigint keys are written bigint
-- (case_template.created_by_user_id, case_template_report.created_by_user_id, object_state.object_updated_by_id).
-- The CHECK constraint of cases_events is left out. 79 of the 80 tables; celery_taskmeta (bound to the separate
-- iris_tasks database of the Celery worker) is left out.

CREATE TABLE `alert_resolution_status` (
  `resolution_status_id` int NOT NULL AUTO_INCREMENT,
  `resolution_status_name` varchar(255) NOT NULL,
  `resolution_status_description` text,
  PRIMARY KEY (`resolution_status_id`),
  UNIQUE KEY `alert_resolution_status_resolution_status_name_key` (`resolution_status_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_status` (
  `status_id` int NOT NULL AUTO_INCREMENT,
  `status_name` varchar(255) NOT NULL,
  `status_description` text,
  PRIMARY KEY (`status_id`),
  UNIQUE KEY `alert_status_status_name_key` (`status_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analysis_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_type` (
  `asset_id` int NOT NULL AUTO_INCREMENT,
  `asset_name` varchar(155),
  `asset_description` varchar(255),
  `asset_icon_not_compromised` varchar(255),
  `asset_icon_compromised` varchar(255),
  PRIMARY KEY (`asset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_state` (
  `state_id` int NOT NULL AUTO_INCREMENT,
  `state_name` text NOT NULL,
  `state_description` text,
  `protected` tinyint(1),
  PRIMARY KEY (`state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_attribute` (
  `attribute_id` int NOT NULL AUTO_INCREMENT,
  `attribute_display_name` text,
  `attribute_description` text,
  `attribute_for` text,
  `attribute_content` json,
  PRIMARY KEY (`attribute_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `group_id` bigint NOT NULL AUTO_INCREMENT,
  `group_uuid` char(36) NOT NULL,
  `group_name` varchar(255) NOT NULL,
  `group_description` text,
  `group_permissions` bigint NOT NULL,
  `group_auto_follow` tinyint(1) NOT NULL,
  `group_auto_follow_access_level` bigint NOT NULL,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `groups_group_uuid_key` (`group_uuid`),
  UNIQUE KEY `groups_group_name_key` (`group_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ioc_type` (
  `type_id` int NOT NULL AUTO_INCREMENT,
  `type_name` text,
  `type_description` text,
  `type_taxonomy` text,
  `type_validation_regex` text,
  `type_validation_expect` text,
  PRIMARY KEY (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iris_hooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hook_name` text,
  `hook_description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `code` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_code_key` (`code`),
  UNIQUE KEY `languages_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations` (
  `org_id` bigint NOT NULL AUTO_INCREMENT,
  `org_uuid` char(36) NOT NULL,
  `org_name` varchar(255) NOT NULL,
  `org_description` text,
  `org_url` text,
  `org_logo` text,
  `org_email` text,
  `org_nationality` text,
  `org_sector` text,
  `org_type` text,
  PRIMARY KEY (`org_id`),
  UNIQUE KEY `organisations_org_name_key` (`org_name`),
  UNIQUE KEY `organisations_org_uuid_key` (`org_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `os_type` (
  `type_id` int NOT NULL AUTO_INCREMENT,
  `type_name` varchar(155),
  PRIMARY KEY (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status_name` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `https_proxy` text,
  `http_proxy` text,
  `prevent_post_mod_repush` tinyint(1),
  `prevent_post_objects_repush` tinyint(1),
  `has_updates_available` tinyint(1),
  `enable_updates_check` tinyint(1),
  `password_policy_min_length` int,
  `password_policy_upper_case` tinyint(1),
  `password_policy_lower_case` tinyint(1),
  `password_policy_digit` tinyint(1),
  `password_policy_special_chars` text,
  `enforce_mfa` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `severities` (
  `severity_id` int NOT NULL AUTO_INCREMENT,
  `severity_name` varchar(255) NOT NULL,
  `severity_description` text,
  PRIMARY KEY (`severity_id`),
  UNIQUE KEY `severities_severity_name_key` (`severity_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag_title` varchar(255),
  `tag_creation_date` datetime,
  `tag_namespace` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_tag_title_key` (`tag_title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_status` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status_name` text,
  `status_description` text,
  `status_bscolor` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tlp` (
  `tlp_id` int NOT NULL AUTO_INCREMENT,
  `tlp_name` text,
  `tlp_bscolor` text,
  PRIMARY KEY (`tlp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user` varchar(64),
  `name` varchar(64),
  `email` varchar(120),
  `uuid` char(36) NOT NULL,
  `password` varchar(500),
  `ctx_case` int,
  `ctx_human_case` varchar(256),
  `active` tinyint(1),
  `api_key` varchar(255),
  `external_id` varchar(255),
  `in_dark_mode` tinyint(1),
  `has_mini_sidebar` tinyint(1),
  `has_deletion_confirmation` tinyint(1),
  `is_service_account` tinyint(1),
  `mfa_secrets` text,
  `webauthn_credentials` json,
  `mfa_setup_complete` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_uuid_key` (`uuid`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_api_key_key` (`api_key`),
  UNIQUE KEY `user_external_id_key` (`external_id`),
  UNIQUE KEY `user_user_key` (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_classification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `name_expanded` text,
  `description` text,
  `creation_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_template` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by_user_id` bigint,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime,
  `name` text NOT NULL,
  `display_name` text,
  `description` text,
  `author` text,
  `title_prefix` text,
  `summary` text,
  `tags` json,
  `tasks` json,
  `note_directories` json,
  `classification` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_template_report` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `description` text,
  `internal_reference` varchar(255),
  `naming_format` text,
  `created_by_user_id` bigint,
  `date_created` datetime,
  `language_id` int,
  `report_type_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_template_report_internal_reference_key` (`internal_reference`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  FOREIGN KEY (`report_type_id`) REFERENCES `report_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client` (
  `client_id` bigint NOT NULL AUTO_INCREMENT,
  `client_uuid` char(36) NOT NULL,
  `name` varchar(255),
  `description` text,
  `sla` text,
  `creation_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` bigint,
  `last_update_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `custom_attributes` json,
  PRIMARY KEY (`client_id`),
  UNIQUE KEY `client_name_key` (`name`),
  FOREIGN KEY (`created_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evidence_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `description` text,
  `creation_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `task_uuid` char(36) NOT NULL,
  `task_title` text,
  `task_description` text,
  `task_tags` text,
  `task_open_date` datetime,
  `task_close_date` datetime,
  `task_last_update` datetime,
  `task_userid_open` bigint,
  `task_userid_close` bigint,
  `task_userid_update` bigint,
  `task_assignee_id` bigint,
  `task_status_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`task_assignee_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`task_status_id`) REFERENCES `task_status` (`id`),
  FOREIGN KEY (`task_userid_close`) REFERENCES `user` (`id`),
  FOREIGN KEY (`task_userid_open`) REFERENCES `user` (`id`),
  FOREIGN KEY (`task_userid_update`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ioc` (
  `ioc_id` bigint NOT NULL AUTO_INCREMENT,
  `ioc_uuid` char(36) NOT NULL,
  `ioc_value` text,
  `ioc_type_id` int,
  `ioc_description` text,
  `ioc_tags` varchar(512),
  `user_id` bigint,
  `ioc_misp` text,
  `ioc_tlp_id` int,
  `custom_attributes` json,
  `ioc_enrichment` json,
  `modification_history` json,
  PRIMARY KEY (`ioc_id`),
  FOREIGN KEY (`ioc_tlp_id`) REFERENCES `tlp` (`tlp_id`),
  FOREIGN KEY (`ioc_type_id`) REFERENCES `ioc_type` (`type_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iris_module` (
  `id` int NOT NULL AUTO_INCREMENT,
  `added_by_id` bigint NOT NULL,
  `module_human_name` text,
  `module_name` text,
  `module_description` text,
  `module_version` text,
  `interface_version` text,
  `date_added` datetime,
  `is_active` tinyint(1),
  `has_pipeline` tinyint(1),
  `pipeline_args` json,
  `module_config` json,
  `module_type` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`added_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_filters` (
  `filter_id` bigint NOT NULL AUTO_INCREMENT,
  `created_by` bigint NOT NULL,
  `filter_name` text NOT NULL,
  `filter_description` text,
  `filter_data` json NOT NULL,
  `filter_is_private` tinyint(1) NOT NULL,
  `filter_type` text NOT NULL,
  PRIMARY KEY (`filter_id`),
  FOREIGN KEY (`created_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_organisation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `org_id` bigint NOT NULL,
  `is_primary_org` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_id`) REFERENCES `organisations` (`org_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `alert_id` bigint NOT NULL AUTO_INCREMENT,
  `alert_uuid` char(36) NOT NULL,
  `alert_title` text NOT NULL,
  `alert_description` text,
  `alert_source` text,
  `alert_source_ref` text,
  `alert_source_link` text,
  `alert_source_content` json,
  `alert_severity_id` int NOT NULL,
  `alert_status_id` int NOT NULL,
  `alert_context` json,
  `alert_source_event_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `alert_creation_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `alert_note` text,
  `alert_tags` text,
  `alert_owner_id` bigint,
  `modification_history` json,
  `alert_customer_id` bigint NOT NULL,
  `alert_classification_id` int,
  `alert_resolution_status_id` int,
  PRIMARY KEY (`alert_id`),
  UNIQUE KEY `alerts_alert_uuid_key` (`alert_uuid`),
  FOREIGN KEY (`alert_classification_id`) REFERENCES `case_classification` (`id`),
  FOREIGN KEY (`alert_customer_id`) REFERENCES `client` (`client_id`),
  FOREIGN KEY (`alert_owner_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`alert_resolution_status_id`) REFERENCES `alert_resolution_status` (`resolution_status_id`),
  FOREIGN KEY (`alert_severity_id`) REFERENCES `severities` (`severity_id`),
  FOREIGN KEY (`alert_status_id`) REFERENCES `alert_status` (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases` (
  `case_id` bigint NOT NULL AUTO_INCREMENT,
  `soc_id` varchar(256),
  `client_id` bigint NOT NULL,
  `name` varchar(256),
  `description` text,
  `open_date` date,
  `close_date` date,
  `initial_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `closing_note` text,
  `user_id` bigint,
  `owner_id` bigint,
  `status_id` int NOT NULL DEFAULT 0,
  `state_id` int,
  `custom_attributes` json,
  `case_uuid` char(36) NOT NULL,
  `classification_id` int,
  `reviewer_id` bigint,
  `review_status_id` int,
  `severity_id` int,
  `modification_history` json,
  PRIMARY KEY (`case_id`),
  FOREIGN KEY (`classification_id`) REFERENCES `case_classification` (`id`),
  FOREIGN KEY (`client_id`) REFERENCES `client` (`client_id`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`review_status_id`) REFERENCES `review_status` (`id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`severity_id`) REFERENCES `severities` (`severity_id`),
  FOREIGN KEY (`state_id`) REFERENCES `case_state` (`state_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_uuid` char(36) NOT NULL,
  `contact_name` text,
  `contact_email` text,
  `contact_role` text,
  `contact_note` text,
  `contact_work_phone` text,
  `contact_mobile_phone` text,
  `custom_attributes` json,
  `client_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`client_id`) REFERENCES `client` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iris_module_hooks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `module_id` int NOT NULL,
  `hook_id` int NOT NULL,
  `is_manual_hook` tinyint(1),
  `manual_hook_ui_name` text,
  `retry_on_fail` tinyint(1),
  `max_retry` int,
  `run_asynchronously` tinyint(1),
  `wait_till_return` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`hook_id`) REFERENCES `iris_hooks` (`id`),
  FOREIGN KEY (`module_id`) REFERENCES `iris_module` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_client` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `client_id` bigint NOT NULL,
  `access_level` bigint NOT NULL,
  `allow_alerts` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`client_id`) REFERENCES `client` (`client_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_case_association` (
  `alert_id` bigint NOT NULL,
  `case_id` bigint NOT NULL,
  PRIMARY KEY (`alert_id`, `case_id`),
  KEY `ix_alert_case_association_case_id` (`case_id`),
  FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_iocs_association` (
  `alert_id` bigint NOT NULL,
  `ioc_id` bigint NOT NULL,
  PRIMARY KEY (`alert_id`, `ioc_id`),
  FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`ioc_id`) REFERENCES `ioc` (`ioc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_assets` (
  `asset_id` bigint NOT NULL AUTO_INCREMENT,
  `asset_uuid` char(36) NOT NULL,
  `asset_name` text,
  `asset_description` text,
  `asset_domain` text,
  `asset_ip` text,
  `asset_info` text,
  `asset_compromise_status_id` int,
  `asset_type_id` int,
  `asset_tags` text,
  `case_id` bigint,
  `date_added` datetime,
  `date_update` datetime,
  `user_id` bigint,
  `analysis_status_id` int,
  `custom_attributes` json,
  `asset_enrichment` json,
  `modification_history` json,
  PRIMARY KEY (`asset_id`),
  FOREIGN KEY (`analysis_status_id`) REFERENCES `analysis_status` (`id`),
  FOREIGN KEY (`asset_type_id`) REFERENCES `assets_type` (`asset_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_graph_assets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `case_id` bigint,
  `asset_id` int,
  `asset_type_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`asset_type_id`) REFERENCES `assets_type` (`asset_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_kanban` (
  `case_id` bigint NOT NULL,
  `kanban_data` text,
  PRIMARY KEY (`case_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_protagonist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `case_id` bigint,
  `user_id` bigint,
  `name` text,
  `contact` text,
  `role` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_received_file` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `file_uuid` char(36) NOT NULL,
  `filename` text,
  `date_added` datetime,
  `acquisition_date` datetime,
  `file_hash` text,
  `file_description` text,
  `file_size` bigint,
  `start_date` datetime,
  `end_date` datetime,
  `case_id` bigint,
  `user_id` bigint,
  `type_id` int,
  `custom_attributes` json,
  `chain_of_custody` json,
  `modification_history` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`type_id`) REFERENCES `evidence_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_tags` (
  `case_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  PRIMARY KEY (`case_id`, `tag_id`),
  UNIQUE KEY `case_tags_case_id_tag_id_key` (`case_id`, `tag_id`),
  KEY `ix_case_tags_tag_id` (`tag_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `task_uuid` char(36) NOT NULL,
  `task_title` text,
  `task_description` text,
  `task_tags` text,
  `task_open_date` datetime,
  `task_close_date` datetime,
  `task_last_update` datetime,
  `task_userid_open` bigint,
  `task_userid_close` bigint,
  `task_userid_update` bigint,
  `task_status_id` int,
  `task_case_id` bigint,
  `custom_attributes` json,
  `modification_history` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`task_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`task_status_id`) REFERENCES `task_status` (`id`),
  FOREIGN KEY (`task_userid_close`) REFERENCES `user` (`id`),
  FOREIGN KEY (`task_userid_open`) REFERENCES `user` (`id`),
  FOREIGN KEY (`task_userid_update`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases_assets_ext` (
  `asset_id` int NOT NULL AUTO_INCREMENT,
  `type_id` int,
  `case_id` bigint,
  `asset_content` text,
  PRIMARY KEY (`asset_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`type_id`) REFERENCES `assets_type` (`asset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases_events` (
  `event_id` bigint NOT NULL AUTO_INCREMENT,
  `parent_event_id` bigint,
  `event_uuid` char(36) NOT NULL,
  `case_id` bigint,
  `event_title` text,
  `event_source` text,
  `event_content` text,
  `event_raw` text,
  `event_date` datetime,
  `event_added` datetime,
  `event_in_graph` tinyint(1),
  `event_in_summary` tinyint(1),
  `user_id` bigint,
  `modification_history` json,
  `event_color` text,
  `event_tags` text,
  `event_tz` text,
  `event_date_wtz` datetime,
  `event_is_flagged` tinyint(1),
  `custom_attributes` json,
  PRIMARY KEY (`event_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`parent_event_id`) REFERENCES `cases_events` (`event_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `comment_id` bigint NOT NULL AUTO_INCREMENT,
  `comment_uuid` char(36) NOT NULL,
  `comment_text` text,
  `comment_date` datetime,
  `comment_update_date` datetime,
  `comment_user_id` bigint,
  `comment_case_id` bigint,
  `comment_alert_id` bigint,
  PRIMARY KEY (`comment_id`),
  FOREIGN KEY (`comment_alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`comment_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`comment_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_store_path` (
  `path_id` bigint NOT NULL AUTO_INCREMENT,
  `path_uuid` char(36),
  `path_name` text NOT NULL,
  `path_parent_id` bigint,
  `path_is_root` tinyint(1),
  `path_case_id` bigint NOT NULL,
  PRIMARY KEY (`path_id`),
  FOREIGN KEY (`path_case_id`) REFERENCES `cases` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_case_access` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint NOT NULL,
  `case_id` bigint NOT NULL,
  `access_level` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ioc_link` (
  `ioc_link_id` int NOT NULL AUTO_INCREMENT,
  `ioc_id` bigint,
  `case_id` bigint NOT NULL,
  PRIMARY KEY (`ioc_link_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`ioc_id`) REFERENCES `ioc` (`ioc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iris_reports` (
  `report_id` int NOT NULL AUTO_INCREMENT,
  `case_id` bigint NOT NULL,
  `report_title` varchar(155),
  `report_date` datetime,
  `report_content` json,
  `user_id` bigint,
  PRIMARY KEY (`report_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_directory` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `parent_id` bigint,
  `case_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `note_directory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes_group` (
  `group_id` bigint NOT NULL AUTO_INCREMENT,
  `group_uuid` char(36) NOT NULL,
  `group_title` varchar(155),
  `group_user` bigint,
  `group_creationdate` datetime,
  `group_lastupdate` datetime,
  `group_case_id` bigint,
  PRIMARY KEY (`group_id`),
  FOREIGN KEY (`group_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`group_user`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_state` (
  `object_id` bigint NOT NULL AUTO_INCREMENT,
  `object_case_id` bigint,
  `object_updated_by_id` bigint,
  `object_name` text,
  `object_state` bigint,
  `object_last_update` timestamp NULL,
  PRIMARY KEY (`object_id`),
  FOREIGN KEY (`object_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`object_updated_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_case_access` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `org_id` bigint NOT NULL,
  `case_id` bigint NOT NULL,
  `access_level` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`org_id`) REFERENCES `organisations` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `similar_alerts_cache` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NOT NULL,
  `asset_name` text,
  `ioc_value` text,
  `alert_id` bigint NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `asset_type_id` int,
  `ioc_type_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`asset_type_id`) REFERENCES `assets_type` (`asset_id`),
  FOREIGN KEY (`customer_id`) REFERENCES `client` (`client_id`),
  FOREIGN KEY (`ioc_type_id`) REFERENCES `ioc_type` (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_activity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `case_id` bigint,
  `activity_date` datetime,
  `activity_desc` text,
  `user_input` tinyint(1),
  `is_from_api` tinyint(1),
  `display_in_ui` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_case_access` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `case_id` bigint NOT NULL,
  `access_level` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_case_effective_access` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `case_id` bigint NOT NULL,
  `access_level` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_assets_association` (
  `alert_id` bigint NOT NULL,
  `asset_id` bigint NOT NULL,
  PRIMARY KEY (`alert_id`, `asset_id`),
  FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`asset_id`) REFERENCES `case_assets` (`asset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_similarity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `alert_id` bigint NOT NULL,
  `similar_alert_id` bigint NOT NULL,
  `similarity_type` varchar(255),
  `matching_asset_id` bigint,
  `matching_ioc_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`alert_id`),
  FOREIGN KEY (`matching_asset_id`) REFERENCES `case_assets` (`asset_id`),
  FOREIGN KEY (`matching_ioc_id`) REFERENCES `ioc` (`ioc_id`),
  FOREIGN KEY (`similar_alert_id`) REFERENCES `alerts` (`alert_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_asset_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_asset_id`) REFERENCES `case_assets` (`asset_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_events_assets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint,
  `asset_id` bigint,
  `case_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`asset_id`) REFERENCES `case_assets` (`asset_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`event_id`) REFERENCES `cases_events` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_events_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` bigint,
  `category_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_events_category_event_id_key` (`event_id`),
  FOREIGN KEY (`category_id`) REFERENCES `event_category` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `cases_events` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_events_ioc` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint,
  `ioc_id` bigint,
  `case_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`event_id`) REFERENCES `cases_events` (`event_id`),
  FOREIGN KEY (`ioc_id`) REFERENCES `ioc` (`ioc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_graph_links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `case_id` bigint,
  `source_id` int,
  `dest_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`dest_id`) REFERENCES `case_graph_assets` (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `case_graph_assets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_store_file` (
  `file_id` bigint NOT NULL AUTO_INCREMENT,
  `file_uuid` char(36) NOT NULL,
  `file_original_name` text NOT NULL,
  `file_local_name` text NOT NULL,
  `file_description` text,
  `file_date_added` datetime,
  `file_tags` text,
  `file_size` bigint,
  `file_is_ioc` tinyint(1),
  `file_is_evidence` tinyint(1),
  `file_password` text,
  `file_parent_id` bigint NOT NULL,
  `file_sha256` text,
  `added_by_user_id` bigint NOT NULL,
  `modification_history` json,
  `file_case_id` bigint NOT NULL,
  PRIMARY KEY (`file_id`),
  FOREIGN KEY (`added_by_user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`file_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`file_parent_id`) REFERENCES `data_store_path` (`path_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_event_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_event_id`) REFERENCES `cases_events` (`event_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evidence_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_evidence_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_evidence_id`) REFERENCES `case_received_file` (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ioc_asset_link` (
  `ioc_asset_link_id` int NOT NULL AUTO_INCREMENT,
  `ioc_id` bigint NOT NULL,
  `asset_id` bigint NOT NULL,
  PRIMARY KEY (`ioc_asset_link_id`),
  FOREIGN KEY (`asset_id`) REFERENCES `case_assets` (`asset_id`),
  FOREIGN KEY (`ioc_id`) REFERENCES `ioc` (`ioc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ioc_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_ioc_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`comment_ioc_id`) REFERENCES `ioc` (`ioc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `note_id` bigint NOT NULL AUTO_INCREMENT,
  `note_uuid` char(36) NOT NULL,
  `note_title` varchar(155),
  `note_content` text,
  `note_user` bigint,
  `note_creationdate` datetime,
  `note_lastupdate` datetime,
  `note_case_id` bigint,
  `custom_attributes` json,
  `directory_id` bigint,
  `modification_history` json,
  PRIMARY KEY (`note_id`),
  FOREIGN KEY (`directory_id`) REFERENCES `note_directory` (`id`),
  FOREIGN KEY (`note_case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`note_user`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_assignee` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `task_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`task_id`) REFERENCES `case_tasks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_task_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`comment_task_id`) REFERENCES `case_tasks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` bigint,
  `comment_note_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`comment_id`),
  FOREIGN KEY (`comment_note_id`) REFERENCES `notes` (`note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_revisions` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `note_id` bigint NOT NULL,
  `revision_number` int NOT NULL,
  `note_title` varchar(155),
  `note_content` text,
  `note_user` bigint,
  `revision_timestamp` datetime,
  PRIMARY KEY (`revision_id`),
  FOREIGN KEY (`note_id`) REFERENCES `notes` (`note_id`),
  FOREIGN KEY (`note_user`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes_group_link` (
  `link_id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint,
  `note_id` bigint,
  `case_id` bigint,
  PRIMARY KEY (`link_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`case_id`),
  FOREIGN KEY (`group_id`) REFERENCES `notes_group` (`group_id`),
  FOREIGN KEY (`note_id`) REFERENCES `notes` (`note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

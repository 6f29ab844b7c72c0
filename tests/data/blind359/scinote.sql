-- SciNote ELN (SciNote LLC / BioSistemika) — github.com/scinote-eln/scinote-web, commit fe38b8b83777b43743b098e5f6663d84a373b534
-- (SciNote 1.48.1; licence MPL-2.0). Source: db/schema.rb (ActiveRecord schema version 2026_03_12_130217,
-- PostgreSQL), written as MySQL/MariaDB DDL by a script: Rails' implicit bigint `id` primary key added, column names
-- and order as upstream; string -> varchar(limit or 255), text -> text, integer -> int (limit 2 -> smallint),
-- bigint -> bigint, boolean -> tinyint(1), datetime -> datetime(6) (precision: nil -> datetime(0)), date -> date,
-- decimal without precision -> decimal(65,30), float -> double, json/jsonb -> json, tsvector -> text, uuid -> char(36),
-- binary -> longblob, PostgreSQL arrays -> json; NOT NULL and scalar defaults kept; unique indexes on plain columns
-- kept as UNIQUE KEY (partial and expression indexes, non-unique indexes and check constraints left out);
-- add_foreign_key constraints between kept tables written inside CREATE TABLE (users <-> teams form a cycle, hence
-- FOREIGN_KEY_CHECKS=0). 62 of 108 tables kept (see scinote.md).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(0) NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_filters` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `filter` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime(0),
  `locked_at` datetime(0),
  `failed_at` datetime(0),
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime(0),
  `updated_at` datetime(0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_printers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `type_of` int NOT NULL,
  `language_type` int NOT NULL,
  `host` varchar(255),
  `port` int,
  `fluics_api_key` varchar(255),
  `fluics_lid` varchar(255),
  `current_print_job_ids` json,
  `status` int DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `params` json NOT NULL,
  `type` varchar(255) NOT NULL,
  `read_at` datetime(6),
  `recipient_type` varchar(255),
  `recipient_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` text NOT NULL,
  `values` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_identities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `provider` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `created_at` datetime(0),
  `updated_at` datetime(0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_identities_on_provider_and_uid` (`provider`, `uid`),
  UNIQUE KEY `index_user_identities_on_user_id_and_provider` (`user_id`, `provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `activity_filter_id` bigint NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `url` varchar(255) NOT NULL,
  `http_method` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_error` text,
  `text` text,
  `secret_key` varchar(255),
  `include_serialized_subject` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_webhooks_activity_filter_id` FOREIGN KEY (`activity_filter_id`) REFERENCES `activity_filters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255) NOT NULL,
  `initials` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(0),
  `remember_created_at` datetime(0),
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime(0),
  `last_sign_in_at` datetime(0),
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime(0),
  `confirmation_sent_at` datetime(0),
  `unconfirmed_email` varchar(255),
  `invitation_token` varchar(255),
  `invitation_created_at` datetime(0),
  `invitation_sent_at` datetime(0),
  `invitation_accepted_at` datetime(0),
  `invitation_limit` int,
  `invited_by_type` varchar(255),
  `invited_by_id` int,
  `invitations_count` int DEFAULT 0,
  `current_team_id` bigint,
  `authentication_token` varchar(30),
  `settings` json NOT NULL,
  `variables` json NOT NULL,
  `two_factor_auth_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `otp_secret` varchar(255),
  `otp_recovery_codes` json,
  `failed_attempts` int NOT NULL DEFAULT 0,
  `locked_at` datetime(0),
  `unlock_token` varchar(255),
  `api_key` varchar(255),
  `api_key_expires_at` datetime(0),
  `api_key_created_at` datetime(0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_authentication_token` (`authentication_token`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`),
  CONSTRAINT `fk_users_current_team_id` FOREIGN KEY (`current_team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `estimated_size` bigint NOT NULL DEFAULT 0,
  `lock` varchar(1024),
  `lock_ttl` int,
  `version` int DEFAULT 1,
  `file_processing` tinyint(1),
  `team_id` int,
  `file_image_quality` int,
  `view_mode` int NOT NULL DEFAULT 0,
  `pdf_preview_processing` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_assets_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_assets_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset_sync_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `asset_id` bigint NOT NULL,
  `token` varchar(255),
  `expires_at` datetime(0),
  `revoked_at` datetime(0),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_asset_sync_tokens_on_token` (`token`),
  CONSTRAINT `fk_asset_sync_tokens_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`),
  CONSTRAINT `fk_asset_sync_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `last_modified_by_id` bigint,
  `type` varchar(255),
  `associated_id` int,
  `unseen_by` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_comments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_comments_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `project_id` int NOT NULL,
  `created_by_id` bigint NOT NULL,
  `last_modified_by_id` bigint NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_by_id` bigint,
  `archived_on` datetime(0),
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `uuid` char(36),
  `started_at` datetime(6),
  `done_at` datetime(6),
  `due_date` date,
  `start_date` date,
  `metadata` json,
  `due_date_notification_sent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_experiments_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_experiments_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_experiments_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_experiments_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `my_module_repository_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_row_id` bigint NOT NULL,
  `my_module_id` int,
  `assigned_by_id` bigint NOT NULL,
  `created_at` datetime(0),
  `updated_at` datetime(0),
  `stock_consumption` decimal(65,30),
  `repository_stock_unit_item_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_my_module_ids_repository_row_ids` (`my_module_id`, `repository_row_id`),
  CONSTRAINT `fk_my_module_repository_rows_assigned_by_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `my_module_status_flows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `visibility` int DEFAULT 0,
  `team_id` bigint,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_my_module_status_flows_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_my_module_status_flows_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `my_module_statuses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `color` varchar(255) NOT NULL,
  `my_module_status_flow_id` bigint,
  `previous_status_id` bigint,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_my_module_statuses_on_previous_status_id` (`previous_status_id`),
  CONSTRAINT `fk_my_module_statuses_previous_status_id` FOREIGN KEY (`previous_status_id`) REFERENCES `my_module_statuses` (`id`),
  CONSTRAINT `fk_my_module_statuses_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_my_module_statuses_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `my_modules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `due_date` datetime(0),
  `description` varchar(255),
  `x` int NOT NULL DEFAULT 0,
  `y` int NOT NULL DEFAULT 0,
  `my_module_group_id` bigint,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(0),
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  `workflow_order` int NOT NULL DEFAULT -1,
  `experiment_id` bigint NOT NULL DEFAULT 0,
  `state` smallint DEFAULT 0,
  `completed_on` datetime(0),
  `started_on` datetime(0),
  `my_module_status_id` bigint,
  `status_changing` tinyint(1) DEFAULT 0,
  `changing_from_my_module_status_id` bigint,
  `last_transition_error` json,
  `provisioning_status` int,
  `due_date_notification_sent` tinyint(1) DEFAULT 0,
  `metadata` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_my_modules_experiment_id` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`),
  CONSTRAINT `fk_my_modules_changing_from_my_module_status_id` FOREIGN KEY (`changing_from_my_module_status_id`) REFERENCES `my_module_statuses` (`id`),
  CONSTRAINT `fk_my_modules_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_my_modules_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_my_modules_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_my_modules_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint NOT NULL,
  `application_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `revoked_at` datetime(0),
  `scopes` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_oauth_access_grants_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_oauth_access_grants_resource_owner_id` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint,
  `application_id` bigint,
  `token` text NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime(0),
  `created_at` datetime(0) NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_oauth_access_tokens_application_id` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_oauth_access_tokens_resource_owner_id` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connected_devices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uid` varchar(255),
  `name` varchar(255),
  `oauth_access_token_id` bigint NOT NULL,
  `metadata` json,
  `last_seen_at` datetime(0),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_connected_devices_oauth_access_token_id` FOREIGN KEY (`oauth_access_token_id`) REFERENCES `oauth_access_tokens` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` int,
  `created_by_id` bigint NOT NULL,
  `name` varchar(255),
  `created_at` datetime(0),
  `updated_at` datetime(0),
  `discarded_at` datetime(0),
  `permission_level` int NOT NULL DEFAULT 0,
  `type` varchar(255),
  `parent_id` bigint,
  `status` int,
  `selected` tinyint(1),
  `my_module_id` bigint,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(0),
  `restored_on` datetime(0),
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `external_id` varchar(255),
  `repository_rows_count` int NOT NULL DEFAULT 0,
  `repository_template_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_index_repositories_on_external_id` (`team_id`, `external_id`),
  CONSTRAINT `fk_repositories_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repositories_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repositories_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository_columns` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_id` int,
  `created_by_id` bigint NOT NULL,
  `name` varchar(255),
  `data_type` int NOT NULL,
  `created_at` datetime(0),
  `updated_at` datetime(0),
  `metadata` json NOT NULL,
  `parent_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_repository_columns_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_id` int,
  `created_by_id` bigint NOT NULL,
  `last_modified_by_id` bigint NOT NULL,
  `name` varchar(255),
  `created_at` datetime(0),
  `updated_at` datetime(0),
  `parent_id` bigint,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(0),
  `restored_on` datetime(0),
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `external_id` varchar(255),
  `parent_connections_count` int,
  `child_connections_count` int,
  `my_module_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_index_repository_rows_on_external_id` (`repository_id`, `external_id`),
  CONSTRAINT `fk_repository_rows_my_module_id` FOREIGN KEY (`my_module_id`) REFERENCES `my_modules` (`id`),
  CONSTRAINT `fk_repository_rows_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repository_rows_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repository_rows_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repository_rows_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository_stock_values` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `amount` decimal(65,30),
  `repository_stock_unit_item_id` bigint,
  `type` varchar(255),
  `last_modified_by_id` bigint,
  `created_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `low_stock_threshold` decimal(65,30),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_repository_stock_values_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repository_stock_values_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository_ledger_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_stock_value_id` bigint NOT NULL,
  `reference_type` varchar(255) NOT NULL,
  `reference_id` bigint NOT NULL,
  `amount` decimal(65,30),
  `balance` decimal(65,30),
  `user_id` bigint,
  `comment` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `unit` varchar(255),
  `my_module_references` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_repository_ledger_records_repository_stock_value_id` FOREIGN KEY (`repository_stock_value_id`) REFERENCES `repository_stock_values` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository_text_values` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `data` varchar(255),
  `created_at` datetime(0),
  `updated_at` datetime(0),
  `created_by_id` bigint NOT NULL,
  `last_modified_by_id` bigint NOT NULL,
  `has_smart_annotation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_repository_text_values_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_repository_text_values_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `results` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `my_module_id` bigint,
  `user_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(0),
  `last_modified_by_id` bigint,
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  `assets_view_mode` int DEFAULT 0,
  `discarded_at` datetime(6),
  `type` varchar(255),
  `protocol_id` bigint,
  `pinned_at` datetime(6),
  `pinned_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_results_my_module_id` FOREIGN KEY (`my_module_id`) REFERENCES `my_modules` (`id`),
  CONSTRAINT `fk_results_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_results_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_results_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_results_pinned_by_id` FOREIGN KEY (`pinned_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_results_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result_texts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `text` varchar(255),
  `result_id` bigint NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_result_texts_result_id` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `description` varchar(255),
  `space_taken` bigint NOT NULL DEFAULT 1048576,
  `shareable_links_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_teams_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_teams_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `team_id` bigint NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `item_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_favorites_on_user_and_item_and_team` (`user_id`, `team_id`, `item_id`, `item_type`),
  CONSTRAINT `fk_favorites_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_favorites_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_folders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `team_id` bigint NOT NULL,
  `parent_folder_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `archived` tinyint(1) DEFAULT 0,
  `archived_by_id` bigint,
  `archived_on` datetime(0),
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_project_folders_parent_folder_id` FOREIGN KEY (`parent_folder_id`) REFERENCES `project_folders` (`id`),
  CONSTRAINT `fk_project_folders_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_project_folders_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_project_folders_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocol_keywords` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `nr_of_protocols` int DEFAULT 0,
  `team_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_protocol_keywords_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shareable_links` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255),
  `description` varchar(255),
  `shareable_type` varchar(255),
  `shareable_id` bigint,
  `team_id` bigint,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_shareable_links_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_shareable_links_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_shareable_links_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `parent_id` bigint,
  `team_id` bigint,
  `created_by_id` bigint,
  `container` tinyint(1) NOT NULL DEFAULT 0,
  `metadata` json NOT NULL,
  `discarded_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_storage_locations_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `storage_locations` (`id`),
  CONSTRAINT `fk_storage_locations_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_storage_locations_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_location_repository_rows` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_row_id` bigint,
  `storage_location_id` bigint,
  `created_by_id` bigint,
  `metadata` json NOT NULL,
  `discarded_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_storage_location_repository_rows_repository_row_id` FOREIGN KEY (`repository_row_id`) REFERENCES `repository_rows` (`id`),
  CONSTRAINT `fk_storage_location_repository_rows_storage_location_id` FOREIGN KEY (`storage_location_id`) REFERENCES `storage_locations` (`id`),
  CONSTRAINT `fk_storage_location_repository_rows_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `color` varchar(255) NOT NULL,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `team_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tags_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_tags_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_tags_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag_id` bigint NOT NULL,
  `taggable_type` varchar(255) NOT NULL,
  `taggable_id` bigint NOT NULL,
  `created_by_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_taggings_on_taggable_type_and_taggable_id_and_tag_id` (`taggable_type`, `taggable_id`, `tag_id`),
  CONSTRAINT `fk_taggings_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`),
  CONSTRAINT `fk_taggings_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `ttl` int NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `team_id` bigint NOT NULL,
  `created_by_id` bigint NOT NULL,
  `last_modified_by_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_groups_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_user_groups_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_groups_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group_memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_group_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_group_memberships_on_user_group_id_and_user_id` (`user_group_id`, `user_id`),
  CONSTRAINT `fk_user_group_memberships_user_group_id` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`),
  CONSTRAINT `fk_user_group_memberships_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_group_memberships_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_my_modules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `my_module_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `assigned_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_my_modules_my_module_id` FOREIGN KEY (`my_module_id`) REFERENCES `my_modules` (`id`),
  CONSTRAINT `fk_user_my_modules_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_my_modules_assigned_by_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `predefined` tinyint(1) DEFAULT 0,
  `permissions` json,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_roles_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_roles_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `team_id` bigint,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `parent_id` bigint,
  `published_by_id` bigint,
  `published_on` datetime(6),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(6),
  `restored_on` datetime(6),
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `visibility` int DEFAULT 0,
  `default_public_user_role_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_forms_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_forms_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_forms_default_public_user_role_id` FOREIGN KEY (`default_public_user_role_id`) REFERENCES `user_roles` (`id`),
  CONSTRAINT `fk_forms_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_forms_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_forms_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_forms_published_by_id` FOREIGN KEY (`published_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_forms_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_fields` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `form_id` bigint,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `name` varchar(255),
  `description` varchar(255),
  `position` int NOT NULL,
  `data` json NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `allow_not_applicable` tinyint(1) NOT NULL DEFAULT 0,
  `uid` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_form_fields_form_id` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_form_fields_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_form_fields_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_responses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `form_id` bigint NOT NULL,
  `created_by_id` bigint NOT NULL,
  `submitted_by_id` bigint,
  `status` int DEFAULT 0,
  `submitted_at` datetime(6),
  `discarded_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `previous_form_response_id` bigint,
  `parent_type` varchar(255),
  `parent_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_form_responses_previous_form_response_id` FOREIGN KEY (`previous_form_response_id`) REFERENCES `form_responses` (`id`),
  CONSTRAINT `fk_form_responses_form_id` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_form_responses_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_form_responses_submitted_by_id` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_field_values` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `form_response_id` bigint NOT NULL,
  `form_field_id` bigint NOT NULL,
  `created_by_id` bigint NOT NULL,
  `submitted_by_id` bigint,
  `submitted_at` datetime(0),
  `latest` tinyint(1) NOT NULL DEFAULT 1,
  `not_applicable` tinyint(1) NOT NULL DEFAULT 0,
  `datetime` datetime(6),
  `datetime_to` datetime(6),
  `number` decimal(65,30),
  `number_to` decimal(65,30),
  `unit` text,
  `text` text,
  `selection` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `flag` tinyint(1),
  `data` json,
  `date` date,
  `date_to` date,
  `search_data` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_form_field_values_form_field_id` FOREIGN KEY (`form_field_id`) REFERENCES `form_fields` (`id`),
  CONSTRAINT `fk_form_field_values_form_response_id` FOREIGN KEY (`form_response_id`) REFERENCES `form_responses` (`id`),
  CONSTRAINT `fk_form_field_values_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_form_field_values_submitted_by_id` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `visibility` int NOT NULL DEFAULT 0,
  `due_date` date,
  `team_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_on` datetime(0),
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `archived_by_id` bigint,
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  `experiments_order` varchar(255),
  `template` tinyint(1),
  `demo` tinyint(1) NOT NULL DEFAULT 0,
  `project_folder_id` bigint,
  `default_public_user_role_id` bigint,
  `metadata` json,
  `started_at` datetime(6),
  `done_at` datetime(6),
  `start_date` date,
  `description` text,
  `supervised_by_id` bigint,
  `due_date_notification_sent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_projects_project_folder_id` FOREIGN KEY (`project_folder_id`) REFERENCES `project_folders` (`id`),
  CONSTRAINT `fk_projects_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_projects_default_public_user_role_id` FOREIGN KEY (`default_public_user_role_id`) REFERENCES `user_roles` (`id`),
  CONSTRAINT `fk_projects_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_projects_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_projects_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_projects_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_projects_supervised_by_id` FOREIGN KEY (`supervised_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `my_module_id` bigint,
  `owner_id` bigint,
  `type_of` int NOT NULL,
  `message` varchar(255),
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `project_id` bigint,
  `experiment_id` bigint,
  `subject_type` varchar(255),
  `subject_id` bigint,
  `team_id` bigint,
  `group_type` int,
  `values` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_activities_experiment_id` FOREIGN KEY (`experiment_id`) REFERENCES `experiments` (`id`),
  CONSTRAINT `fk_activities_my_module_id` FOREIGN KEY (`my_module_id`) REFERENCES `my_modules` (`id`),
  CONSTRAINT `fk_activities_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_activities_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocols` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `authors` text,
  `description` text,
  `added_by_id` bigint,
  `my_module_id` bigint,
  `team_id` bigint NOT NULL,
  `protocol_type` int NOT NULL DEFAULT 0,
  `parent_id` bigint,
  `parent_updated_at` datetime(0),
  `archived_by_id` bigint,
  `archived_on` datetime(0),
  `restored_by_id` bigint,
  `restored_on` datetime(0),
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `published_on` datetime(0),
  `nr_of_linked_children` int DEFAULT 0,
  `visibility` int DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `version_number` int DEFAULT 1,
  `version_comment` varchar(255),
  `default_public_user_role_id` bigint,
  `previous_version_id` bigint,
  `last_modified_by_id` bigint,
  `published_by_id` bigint,
  `linked_at` datetime(0),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_protocols_my_module_id` FOREIGN KEY (`my_module_id`) REFERENCES `my_modules` (`id`),
  CONSTRAINT `fk_protocols_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `protocols` (`id`),
  CONSTRAINT `fk_protocols_previous_version_id` FOREIGN KEY (`previous_version_id`) REFERENCES `protocols` (`id`),
  CONSTRAINT `fk_protocols_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_protocols_default_public_user_role_id` FOREIGN KEY (`default_public_user_role_id`) REFERENCES `user_roles` (`id`),
  CONSTRAINT `fk_protocols_added_by_id` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_protocols_archived_by_id` FOREIGN KEY (`archived_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_protocols_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_protocols_published_by_id` FOREIGN KEY (`published_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_protocols_restored_by_id` FOREIGN KEY (`restored_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `project_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `last_modified_by_id` bigint,
  `team_id` bigint,
  `pdf_file_status` int DEFAULT 0,
  `docx_file_status` int DEFAULT 0,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reports_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_reports_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_reports_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `steps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `position` int NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `completed_on` datetime(0),
  `user_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `last_modified_by_id` bigint,
  `protocol_id` bigint NOT NULL,
  `assets_view_mode` int NOT NULL DEFAULT 0,
  `original_protocol_id` bigint,
  `skipped_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_steps_protocol_id` FOREIGN KEY (`protocol_id`) REFERENCES `protocols` (`id`),
  CONSTRAINT `fk_steps_original_protocol_id` FOREIGN KEY (`original_protocol_id`) REFERENCES `protocols` (`id`),
  CONSTRAINT `fk_steps_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_steps_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklists` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `step_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_checklists_step_id` FOREIGN KEY (`step_id`) REFERENCES `steps` (`id`),
  CONSTRAINT `fk_checklists_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_checklists_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `text` varchar(255) NOT NULL,
  `checked` tinyint(1) NOT NULL DEFAULT 0,
  `checklist_id` bigint NOT NULL,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `created_by_id` bigint,
  `last_modified_by_id` bigint,
  `position` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_checklist_items_on_checklist_id_and_position` (`checklist_id`, `position`),
  CONSTRAINT `fk_checklist_items_checklist_id` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`),
  CONSTRAINT `fk_checklist_items_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_checklist_items_last_modified_by_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_texts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `step_id` bigint NOT NULL,
  `text` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_step_texts_step_id` FOREIGN KEY (`step_id`) REFERENCES `steps` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` bigint NOT NULL,
  `assignable_type` varchar(255) NOT NULL,
  `assignable_id` bigint NOT NULL,
  `user_role_id` bigint NOT NULL,
  `assigned_by_id` bigint,
  `assigned` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_team_assignments_on_unique_assignable_in_team` (`assignable_type`, `assignable_id`, `team_id`),
  CONSTRAINT `fk_team_assignments_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_team_assignments_user_role_id` FOREIGN KEY (`user_role_id`) REFERENCES `user_roles` (`id`),
  CONSTRAINT `fk_team_assignments_assigned_by_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assignable_type` varchar(255) NOT NULL,
  `assignable_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `user_role_id` bigint NOT NULL,
  `assigned_by_id` bigint,
  `assigned` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `team_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_assignments_on_unique_assignable_in_team` (`assignable_type`, `assignable_id`, `user_id`, `team_id`),
  CONSTRAINT `fk_user_assignments_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_user_assignments_user_role_id` FOREIGN KEY (`user_role_id`) REFERENCES `user_roles` (`id`),
  CONSTRAINT `fk_user_assignments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_user_assignments_assigned_by_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_settings_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `view_states` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `state` json,
  `user_id` bigint,
  `viewable_type` varchar(255),
  `viewable_id` bigint,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_view_states_on_user_id_and_viewable_id_and_viewable_type` (`user_id`, `viewable_id`, `viewable_type`),
  CONSTRAINT `fk_view_states_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zip_exports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `created_at` datetime(0) NOT NULL,
  `updated_at` datetime(0) NOT NULL,
  `type` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_zip_exports_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

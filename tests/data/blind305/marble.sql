-- Marble (Checkmarble) — real-time transaction monitoring, AML screening and case investigation
-- Upstream: github.com/checkmarble/marble-backend, commit b1b2f94265990a64571d5e734b41560363f4262c (Elastic License 2.0)
-- Source: repositories/migrations/*.sql (148 goose migrations: the compacted baseline 20241231000000 and every
-- later migration to 20260814090000) replayed in order into PostgreSQL 15, read back from the catalog and written
-- as MySQL/MariaDB DDL by a script: column names and order as PostgreSQL holds them; uuid -> CHAR(36), text and
-- character varying -> TEXT (VARCHAR(255) where the column is in a key), varchar(n) kept, jsonb/json -> JSON,
-- arrays -> TEXT, timestamptz -> DATETIME(6), boolean -> TINYINT(1), bytea -> LONGBLOB, inet/cidr -> VARCHAR(45),
-- PostgreSQL enums -> ENUM; primary keys, unique constraints / plain unique indexes and foreign keys kept;
-- defaults, CHECK constraints, partial and expression indexes, other indexes, triggers and functions left out.
-- Tables of the schemas `marble` and `audit` (audit.audit_events); tables left out are listed in marble.md.

CREATE TABLE `audit_events` (
  `id` CHAR(36) NOT NULL,
  `operation` ENUM('INSERT','UPDATE','DELETE') NOT NULL,
  `user_id` TEXT,
  `table` TEXT NOT NULL,
  `entity_id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `org_id` CHAR(36),
  `api_key_id` CHAR(36),
  `previous_data` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decision_rules` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `decision_id` CHAR(36) NOT NULL,
  `score_modifier` INT NOT NULL,
  `result` TINYINT(1) NOT NULL,
  `error_code` INT NOT NULL,
  `rule_id` CHAR(36) NOT NULL,
  `rule_evaluation` JSON,
  `outcome` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partners` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `bic` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_executions` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `scenario_id` CHAR(36) NOT NULL,
  `scenario_iteration_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `finished_at` DATETIME(6),
  `number_of_created_decisions` INT NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `number_of_planned_decisions` INT,
  `number_of_evaluated_decisions` INT NOT NULL,
  `manifest_blob_key` TEXT,
  `manifest_byte_offset` BIGINT NOT NULL,
  `manifest_rows_processed` BIGINT NOT NULL,
  `deadline` DATETIME(6),
  `deduplicate_objects` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `role` INT NOT NULL,
  `organization_id` CHAR(36),
  `first_name` TEXT,
  `last_name` TEXT,
  `deleted_at` DATETIME(6),
  `partner_id` CHAR(36),
  `ai_assist_enabled` TINYINT(1) NOT NULL,
  `picture` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `deleted_at` DATETIME(6),
  `transfer_check_scenario_id` CHAR(36),
  `use_marble_db_schema_as_default` TINYINT(1) NOT NULL,
  `default_scenario_timezone` TEXT,
  `sanctions_threshold` INT NOT NULL,
  `sanctions_limit` INT NOT NULL,
  `public_id` CHAR(36) NOT NULL,
  `ai_case_review_enabled` TINYINT(1) NOT NULL,
  `auto_assign_queue_limit` INT NOT NULL,
  `allowed_networks` TEXT,
  `sentry_replay_enabled` TINYINT(1) NOT NULL,
  `environment` TEXT NOT NULL,
  `screening_providers` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_public_id_key` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_rulesets` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  `status` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `record_type` TEXT NOT NULL,
  `thresholds` TEXT NOT NULL,
  `cooldown_seconds` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `scoring_interval_seconds` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_scores` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `record_type` TEXT NOT NULL,
  `record_id` TEXT NOT NULL,
  `risk_level` INT NOT NULL,
  `source` TEXT NOT NULL,
  `ruleset_id` CHAR(36),
  `overridden_by` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `stale_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `scoring_scores_fk_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_ruleset` FOREIGN KEY (`ruleset_id`) REFERENCES `scoring_rulesets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_whitelists` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `counterparty_id` VARCHAR(255) NOT NULL,
  `entity_id` VARCHAR(255) NOT NULL,
  `whitelisted_by` CHAR(36),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_screening_whitelist` (`org_id`, `counterparty_id`, `entity_id`),
  CONSTRAINT `fk_screening_whitelist_organization` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_screening_whitelist_user` FOREIGN KEY (`whitelisted_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snooze_groups` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `snooze_groups_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  `org_id` CHAR(36) NOT NULL,
  `target` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfer_mappings` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `client_transfer_id` VARCHAR(60) NOT NULL,
  `partner_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `transfer_mappings_client_transfer_id_idx` (`organization_id`, `partner_id`, `client_transfer_id`),
  CONSTRAINT `transfer_mappings_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transfer_mappings_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_logs` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `file_name` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `finished_at` DATETIME(6),
  `lines_processed` INT NOT NULL,
  `table_name` TEXT NOT NULL,
  `num_rows_ingested` INT NOT NULL,
  `error` TEXT,
  `input_error` TEXT,
  `byte_offset` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `upload_logs_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_unavailabilities` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `from_date` DATETIME(6) NOT NULL,
  `until_date` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_org_id` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_events_v2` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `event_type` TEXT NOT NULL,
  `api_version` TEXT NOT NULL,
  `event_data` LONGBLOB NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_events_v2_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `event_types` TEXT NOT NULL,
  `http_timeout_seconds` INT,
  `rate_limit` INT,
  `rate_limit_duration_seconds` INT,
  `enabled` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `prefix` TEXT NOT NULL,
  `deleted_at` DATETIME(6),
  `role` INT NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `key_hash` LONGBLOB NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `partner_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `api_keys_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_tokens_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `continuous_screening_delta_tracks` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `object_type` TEXT NOT NULL,
  `object_id` TEXT NOT NULL,
  `object_internal_id` CHAR(36),
  `entity_id` TEXT NOT NULL,
  `operation` TEXT NOT NULL,
  `dataset_file_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `continuous_screening_delta_tracks_fk_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_lists` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `kind` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_custom_lists_org` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_model_tables` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `ftm_entity` TEXT,
  `alias` TEXT NOT NULL,
  `semantic_type` TEXT NOT NULL,
  `caption_field` TEXT NOT NULL,
  `metadata` JSON,
  `primary_ordering_field` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_model_tables_organization_id_name_key` (`organization_id`, `name`),
  UNIQUE KEY `unique_data_model_tables_name` (`organization_id`, `name`),
  CONSTRAINT `data_model_tables_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decisions` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `outcome` ENUM('approve','decline','review','block_and_review','unknown') NOT NULL,
  `scenario_id` CHAR(36) NOT NULL,
  `scenario_name` TEXT,
  `scenario_description` TEXT,
  `scenario_version` INT,
  `score` INT NOT NULL,
  `trigger_object_type` TEXT,
  `trigger_object` JSON,
  `scheduled_execution_id` CHAR(36),
  `case_id` CHAR(36),
  `scenario_iteration_id` CHAR(36) NOT NULL,
  `pivot_id` CHAR(36),
  `pivot_value` TEXT,
  `review_status` VARCHAR(10),
  `analytics_fields` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decisions_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inboxes` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `status` ENUM('active','archived') NOT NULL,
  `escalation_inbox_id` CHAR(36),
  `auto_assign_enabled` TINYINT(1) NOT NULL,
  `case_review_manual` TINYINT(1) NOT NULL,
  `case_review_on_case_created` TINYINT(1) NOT NULL,
  `case_review_on_escalate` TINYINT(1) NOT NULL,
  `sla` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_escalation_inbox_id` FOREIGN KEY (`escalation_inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_inboxes_org` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_freeform_searches` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `api_key_id` CHAR(36),
  `provider` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `search_input` JSON NOT NULL,
  `result` JSON,
  `search_config` JSON NOT NULL,
  `is_saved` TINYINT(1) NOT NULL,
  `result_hash` LONGBLOB,
  `nb_hits` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_screening_freeform_searches_api_key` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_screening_freeform_searches_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_screening_freeform_searches_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfer_alerts` (
  `id` CHAR(36) NOT NULL,
  `transfer_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `sender_partner_id` CHAR(36) NOT NULL,
  `beneficiary_partner_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `transfer_end_to_end_id` VARCHAR(255) NOT NULL,
  `beneficiary_iban` VARCHAR(255) NOT NULL,
  `sender_iban` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `transfer_alerts_unique_transfer_id` (`transfer_id`),
  CONSTRAINT `transfer_alerts_beneficiary_partner_id_fkey` FOREIGN KEY (`beneficiary_partner_id`) REFERENCES `partners` (`id`),
  CONSTRAINT `transfer_alerts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `transfer_alerts_sender_partner_id_fkey` FOREIGN KEY (`sender_partner_id`) REFERENCES `partners` (`id`),
  CONSTRAINT `transfer_alerts_transfer_id_fkey` FOREIGN KEY (`transfer_id`) REFERENCES `transfer_mappings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_secrets` (
  `id` CHAR(36) NOT NULL,
  `webhook_id` CHAR(36) NOT NULL,
  `secret_value` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6),
  `revoked_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_secrets_webhook_id_fkey` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `inbox_id` CHAR(36),
  `snoozed_until` DATETIME(6),
  `assigned_to` CHAR(36),
  `outcome` TEXT NOT NULL,
  `boost` TEXT,
  `type` TEXT NOT NULL,
  `review_level` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cases_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cases_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_assigned_to_user` FOREIGN KEY (`assigned_to`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `continuous_screening_configs` (
  `id` CHAR(36) NOT NULL,
  `stable_id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `algorithm` TEXT NOT NULL,
  `datasets` TEXT NOT NULL,
  `match_threshold` INT NOT NULL,
  `match_limit` INT NOT NULL,
  `object_types` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `inbox_id` CHAR(36) NOT NULL,
  `provider` TEXT NOT NULL,
  `filters` JSON NOT NULL,
  `weights` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_continuous_screening_configs_inbox_id` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`),
  CONSTRAINT `continuous_screening_configs_fk_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `continuous_screenings` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `continuous_screening_config_id` CHAR(36) NOT NULL,
  `object_type` TEXT,
  `object_id` TEXT,
  `object_internal_id` CHAR(36),
  `status` TEXT NOT NULL,
  `search_input` JSON,
  `is_partial` TINYINT(1),
  `number_of_matches` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `continuous_screening_config_stable_id` CHAR(36) NOT NULL,
  `case_id` CHAR(36),
  `trigger_type` TEXT NOT NULL,
  `opensanction_entity_id` TEXT,
  `opensanction_entity_payload` JSON,
  `opensanction_entity_enriched` TINYINT(1) NOT NULL,
  `provider` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_continuous_screening_config` FOREIGN KEY (`continuous_screening_config_id`) REFERENCES `continuous_screening_configs` (`id`),
  CONSTRAINT `fk_continuous_screenings_case_id` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE SET NULL,
  CONSTRAINT `continuous_screenings_fk_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_list_values` (
  `id` CHAR(36) NOT NULL,
  `custom_list_id` CHAR(36) NOT NULL,
  `value` TEXT,
  `created_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `cidr` VARCHAR(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_custom_lists_value_lists` FOREIGN KEY (`custom_list_id`) REFERENCES `custom_lists` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_model_fields` (
  `id` CHAR(36) NOT NULL,
  `table_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `type` ENUM('Bool','Int','Float','String','Timestamp','IpAddress','Coords') NOT NULL,
  `nullable` TINYINT(1) NOT NULL,
  `description` TEXT,
  `is_enum` TINYINT(1) NOT NULL,
  `ftm_property` TEXT,
  `archived` TINYINT(1),
  `metadata` JSON,
  `alias` TEXT NOT NULL,
  `semantic_type` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_model_fields_table_id_fkey` FOREIGN KEY (`table_id`) REFERENCES `data_model_tables` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_annotations` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `object_type` TEXT NOT NULL,
  `object_id` TEXT NOT NULL,
  `case_id` CHAR(36),
  `annotation_type` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `annotated_by` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_annotations_annotated_by_fkey` FOREIGN KEY (`annotated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entity_annotations_case_id_fkey` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entity_annotations_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_users` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `inbox_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `role` ENUM('member','admin') NOT NULL,
  `auto_assignable` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inbox_users_inbox_id_user_id_key` (`inbox_id`, `user_id`),
  CONSTRAINT `fk_inbox_users_inbox` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_inbox_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suspicious_activity_reports` (
  `id` CHAR(36) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL,
  `bucket` TEXT,
  `blob_key` TEXT,
  `created_by` CHAR(36) NOT NULL,
  `uploaded_by` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `completed_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_case_id` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_created_by` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_uploaded_by` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_case_reviews` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL,
  `bucket_name` TEXT NOT NULL,
  `file_reference` TEXT NOT NULL,
  `reaction` TEXT,
  `dto_version` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file_temp_reference` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_case_reviews_fk_case_id` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_contributors` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_contributors_case_id_user_id_idx` (`case_id`, `user_id`),
  CONSTRAINT `case_contributors_case_id_fkey` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE,
  CONSTRAINT `case_contributors_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_events` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `event_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `additional_note` TEXT,
  `resource_id` CHAR(36),
  `resource_type` TEXT,
  `new_value` TEXT,
  `previous_value` TEXT,
  `org_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `case_events_case_id_fkey` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_files` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `bucket_name` VARCHAR(255) NOT NULL,
  `file_reference` VARCHAR(255) NOT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_files_unique_case_id_file_name` (`case_id`, `bucket_name`, `file_reference`),
  CONSTRAINT `case_files_case_id_fkey` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_tags` (
  `id` CHAR(36) NOT NULL,
  `case_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `case_tags_case_id_fkey` FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`) ON DELETE CASCADE,
  CONSTRAINT `case_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `continuous_screening_matches` (
  `id` CHAR(36) NOT NULL,
  `continuous_screening_id` CHAR(36) NOT NULL,
  `opensanction_entity_id` TEXT NOT NULL,
  `status` TEXT,
  `payload` JSON,
  `reviewed_by` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enriched` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_continuous_screening` FOREIGN KEY (`continuous_screening_id`) REFERENCES `continuous_screenings` (`id`),
  CONSTRAINT `fk_reviewed_by_user` FOREIGN KEY (`reviewed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenarios` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `trigger_object_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  `live_scenario_iteration_id` CHAR(36),
  `archived` TINYINT(1) NOT NULL,
  `deduplicate_batch_objects` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_scenarios_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenario_iterations` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `scenario_id` CHAR(36) NOT NULL,
  `version` SMALLINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `score_review_threshold` SMALLINT,
  `score_reject_threshold` SMALLINT,
  `deleted_at` DATETIME(6),
  `schedule` TEXT,
  `trigger_condition_ast_expression` JSON,
  `score_block_and_review_threshold` SMALLINT,
  `archived` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_scenario_iterations_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_scenario_iterations_scenarios` FOREIGN KEY (`scenario_id`) REFERENCES `scenarios` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_configs` (
  `id` CHAR(36) NOT NULL,
  `scenario_iteration_id` CHAR(36),
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `rule_group` TEXT NOT NULL,
  `forced_outcome` TEXT NOT NULL,
  `trigger_rule` JSON,
  `datasets` TEXT,
  `query` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `counterparty_id_expression` JSON,
  `stable_id` CHAR(36) NOT NULL,
  `config_version` TEXT NOT NULL,
  `preprocessing` JSON NOT NULL,
  `threshold` INT,
  `entity_type` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `filters` JSON NOT NULL,
  `weights` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_screening_config_scenario_iteration` FOREIGN KEY (`scenario_iteration_id`) REFERENCES `scenario_iterations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screenings` (
  `id` CHAR(36) NOT NULL,
  `decision_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL,
  `search_input` JSON,
  `match_threshold` INT NOT NULL,
  `match_limit` INT NOT NULL,
  `is_manual` TINYINT(1),
  `is_partial` TINYINT(1),
  `is_archived` TINYINT(1),
  `initial_has_matches` TINYINT(1) NOT NULL,
  `requested_by` CHAR(36),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `error_codes` TEXT,
  `screening_config_id` CHAR(36) NOT NULL,
  `initial_query` JSON,
  `org_id` CHAR(36) NOT NULL,
  `number_of_matches` INT,
  `counterparty_id` TEXT,
  `provider` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_screening_config` FOREIGN KEY (`screening_config_id`) REFERENCES `screening_configs` (`id`),
  CONSTRAINT `fk_screening_user` FOREIGN KEY (`requested_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenario_iteration_rules` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `scenario_iteration_id` CHAR(36) NOT NULL,
  `display_order` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `score_modifier` SMALLINT NOT NULL,
  `created_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `formula_ast_expression` JSON,
  `rule_group` VARCHAR(255) NOT NULL,
  `snooze_group_id` CHAR(36),
  `stable_rule_id` CHAR(36) NOT NULL,
  `ai_description` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_scenario_iteration_rules_org` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_scenario_iteration_rules_scenario_iterations` FOREIGN KEY (`scenario_iteration_id`) REFERENCES `scenario_iterations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `scenario_iteration_rules_snooze_group_id_fkey` FOREIGN KEY (`scenario_iteration_id`) REFERENCES `scenario_iterations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_files` (
  `id` CHAR(36) NOT NULL,
  `screening_id` CHAR(36) NOT NULL,
  `bucket_name` TEXT NOT NULL,
  `file_reference` TEXT NOT NULL,
  `file_name` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_screening_file` FOREIGN KEY (`screening_id`) REFERENCES `screenings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_matches` (
  `id` CHAR(36) NOT NULL,
  `screening_id` CHAR(36) NOT NULL,
  `opensanction_entity_id` TEXT NOT NULL,
  `status` TEXT,
  `query_ids` TEXT,
  `payload` JSON,
  `reviewed_by` CHAR(36),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `enriched` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_screening` FOREIGN KEY (`screening_id`) REFERENCES `screenings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_screening_match_user` FOREIGN KEY (`reviewed_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_snoozes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_user` CHAR(36),
  `snooze_group_id` CHAR(36) NOT NULL,
  `pivot_value` TEXT NOT NULL,
  `starts_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_from_decision_id` CHAR(36),
  `created_from_rule_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rule_snoozes_created_by_user_fkey` FOREIGN KEY (`created_by_user`) REFERENCES `users` (`id`),
  CONSTRAINT `rule_snoozes_created_from_decision_id_fkey` FOREIGN KEY (`created_from_decision_id`) REFERENCES `decisions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rule_snoozes_created_from_rule_id_fkey` FOREIGN KEY (`created_from_rule_id`) REFERENCES `scenario_iteration_rules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rule_snoozes_snooze_group_id_fkey` FOREIGN KEY (`snooze_group_id`) REFERENCES `snooze_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screening_match_comments` (
  `id` CHAR(36) NOT NULL,
  `screening_match_id` CHAR(36),
  `commented_by` CHAR(36) NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` DATETIME(6),
  `continuous_screening_match_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_continuous_screening_match` FOREIGN KEY (`continuous_screening_match_id`) REFERENCES `continuous_screening_matches` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_screening_match` FOREIGN KEY (`screening_match_id`) REFERENCES `screening_matches` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_screening_match_comment_user` FOREIGN KEY (`commented_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- RudderStack open-source data plane (rudder-server): PostgreSQL database of the gateway, processor, routers and
-- warehouse service, plus the rudder_discards table it creates in each warehouse destination.
-- Source: github.com/rudderlabs/rudder-server, commit f2655fbbe2260deb4e01c2a54da1a827291713bb (Elastic License 2.0):
--   sql/migrations/{node,warehouse,reports,error_detail_reports,tracked_users,activation_records,config_cache,
--   drain_config,pg_notifier_queue}/*.up.sql replayed in order into PostgreSQL 15; jobsdb tables as created by
--   jobsdb/jobsdb_dataset_ddl.go (dataset 1 of the gw, rt, batch_rt, arc and err_idx queues) and the journal of
--   sql/migrations/jobsdb/000001 + 000003; warehouse/router/identities.go (identity-resolution tables, written without
--   their <namespace>_<destination id> suffix); services/rsources/handler.go (rsources tables); then read back from the
--   catalog and written as MySQL (see rudderstack.md).

CREATE TABLE `gw_journal` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `operation` VARCHAR(32) NOT NULL,
  `done` TINYINT(1),
  `operation_payload` JSON NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6),
  `owner` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `gw_jobs_1` (
  `job_id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `user_id` TEXT NOT NULL,
  `partition_id` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  `custom_val` VARCHAR(64) NOT NULL,
  `event_payload` JSON NOT NULL,
  `event_count` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expire_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `consumers` JSON NOT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB;

CREATE TABLE `gw_job_status_1` (
  `id` BIGINT NOT NULL,
  `job_id` BIGINT,
  `job_state` VARCHAR(64),
  `attempt` SMALLINT,
  `exec_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retry_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` VARCHAR(32),
  `error_response` JSON,
  `parameters` JSON,
  `consumer` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `rt_jobs_1` (
  `job_id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `user_id` TEXT NOT NULL,
  `partition_id` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  `custom_val` VARCHAR(64) NOT NULL,
  `event_payload` JSON NOT NULL,
  `event_count` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expire_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `consumers` JSON NOT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB;

CREATE TABLE `rt_job_status_1` (
  `id` BIGINT NOT NULL,
  `job_id` BIGINT,
  `job_state` VARCHAR(64),
  `attempt` SMALLINT,
  `exec_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retry_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` VARCHAR(32),
  `error_response` JSON,
  `parameters` JSON,
  `consumer` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `batch_rt_jobs_1` (
  `job_id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `user_id` TEXT NOT NULL,
  `partition_id` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  `custom_val` VARCHAR(64) NOT NULL,
  `event_payload` JSON NOT NULL,
  `event_count` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expire_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `consumers` JSON NOT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB;

CREATE TABLE `batch_rt_job_status_1` (
  `id` BIGINT NOT NULL,
  `job_id` BIGINT,
  `job_state` VARCHAR(64),
  `attempt` SMALLINT,
  `exec_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retry_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` VARCHAR(32),
  `error_response` JSON,
  `parameters` JSON,
  `consumer` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `arc_jobs_1` (
  `job_id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `user_id` TEXT NOT NULL,
  `partition_id` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  `custom_val` VARCHAR(64) NOT NULL,
  `event_payload` JSON NOT NULL,
  `event_count` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expire_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `consumers` JSON NOT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB;

CREATE TABLE `arc_job_status_1` (
  `id` BIGINT NOT NULL,
  `job_id` BIGINT,
  `job_state` VARCHAR(64),
  `attempt` SMALLINT,
  `exec_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retry_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` VARCHAR(32),
  `error_response` JSON,
  `parameters` JSON,
  `consumer` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `err_idx_jobs_1` (
  `job_id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` TEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `user_id` TEXT NOT NULL,
  `partition_id` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  `custom_val` VARCHAR(64) NOT NULL,
  `event_payload` JSON NOT NULL,
  `event_count` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expire_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `consumers` JSON NOT NULL,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB;

CREATE TABLE `err_idx_job_status_1` (
  `id` BIGINT NOT NULL,
  `job_id` BIGINT,
  `job_state` VARCHAR(64),
  `attempt` SMALLINT,
  `exec_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retry_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_code` VARCHAR(32),
  `error_response` JSON,
  `parameters` JSON,
  `consumer` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `wh_uploads` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `source_id` VARCHAR(64) NOT NULL,
  `namespace` VARCHAR(128) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `destination_type` VARCHAR(64) NOT NULL,
  `start_staging_file_id` BIGINT,
  `end_staging_file_id` BIGINT,
  `start_load_file_id` BIGINT,
  `end_load_file_id` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `schema` JSON NOT NULL,
  `error` JSON,
  `first_event_at` DATETIME(6),
  `last_event_at` DATETIME(6),
  `last_exec_at` DATETIME(6),
  `timings` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `metadata` JSON,
  `in_progress` TINYINT(1) NOT NULL DEFAULT 0,
  `workspace_id` TEXT NOT NULL,
  `error_category` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `wh_staging_file_schema_snapshots` (
  `id` CHAR(36) NOT NULL,
  `schema` TEXT NOT NULL,
  `source_id` VARCHAR(64) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `workspace_id` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `wh_staging_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location` TEXT NOT NULL,
  `source_id` VARCHAR(64) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `schema` JSON NOT NULL,
  `error` TEXT,
  `status` VARCHAR(64),
  `first_event_at` DATETIME(6),
  `last_event_at` DATETIME(6),
  `total_events` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `metadata` JSON,
  `workspace_id` TEXT NOT NULL,
  `total_bytes` BIGINT NOT NULL DEFAULT 0,
  `upload_id` BIGINT,
  `bytes_per_table` JSON,
  `schema_snapshot_id` CHAR(36),
  `schema_snapshot_patch` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`schema_snapshot_id`) REFERENCES `wh_staging_file_schema_snapshots` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`upload_id`) REFERENCES `wh_uploads` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `wh_load_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location` TEXT NOT NULL,
  `source_id` VARCHAR(64) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `destination_type` VARCHAR(64) NOT NULL,
  `table_name` TEXT NOT NULL,
  `total_events` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `metadata` JSON,
  `upload_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`upload_id`) REFERENCES `wh_uploads` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `wh_table_uploads` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `wh_upload_id` BIGINT NOT NULL,
  `table_name` VARCHAR(255),
  `status` VARCHAR(64) NOT NULL,
  `error` TEXT,
  `last_exec_time` DATETIME(6),
  `total_events` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `location` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_table_upload_wh_upload` (`wh_upload_id`, `table_name`)
) ENGINE=InnoDB;

CREATE TABLE `wh_schemas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `source_id` VARCHAR(64) NOT NULL,
  `namespace` VARCHAR(128) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `destination_type` VARCHAR(64) NOT NULL,
  `schema` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `expires_at` DATETIME(6),
  `table_name` VARCHAR(255) DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_wh_identifier` (`source_id`, `destination_id`, `namespace`, `table_name`)
) ENGINE=InnoDB;

CREATE TABLE `wh_async_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `source_id` VARCHAR(64) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `tablename` TEXT NOT NULL,
  `error` TEXT,
  `async_job_type` VARCHAR(64) NOT NULL,
  `metadata` JSON,
  `attempt` INT DEFAULT 0,
  `workspace_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `rudder_identity_merge_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `merge_property_1_type` VARCHAR(64) NOT NULL,
  `merge_property_1_value` TEXT NOT NULL,
  `merge_property_2_type` VARCHAR(64),
  `merge_property_2_value` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `rudder_identity_mappings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `merge_property_type` VARCHAR(64) NOT NULL,
  `merge_property_value` TEXT NOT NULL,
  `rudder_id` VARCHAR(64) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` VARCHAR(64) NOT NULL,
  `namespace` VARCHAR(64) NOT NULL,
  `instance_id` VARCHAR(64) NOT NULL,
  `source_id` VARCHAR(64),
  `destination_id` VARCHAR(64) NOT NULL,
  `source_task_run_id` VARCHAR(64),
  `source_job_id` VARCHAR(64),
  `source_job_run_id` VARCHAR(64),
  `in_pu` VARCHAR(64),
  `pu` VARCHAR(64),
  `reported_at` BIGINT NOT NULL,
  `status_code` INT,
  `sample_response` TEXT,
  `sample_event` TEXT,
  `status` VARCHAR(64) NOT NULL,
  `count` BIGINT,
  `terminal_state` TINYINT(1),
  `initial_state` TINYINT(1),
  `source_category` TEXT,
  `source_definition_id` TEXT,
  `destination_definition_id` TEXT,
  `event_name` TEXT,
  `event_type` TEXT,
  `transformation_id` TEXT,
  `transformation_version_id` TEXT,
  `tracking_plan_id` TEXT,
  `tracking_plan_version` INT DEFAULT 0,
  `error_type` TEXT,
  `violation_count` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `error_detail_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` VARCHAR(64) NOT NULL,
  `namespace` VARCHAR(64) NOT NULL,
  `instance_id` VARCHAR(64) NOT NULL,
  `source_id` VARCHAR(64),
  `source_definition_id` TEXT,
  `destination_id` VARCHAR(64) NOT NULL,
  `destination_definition_id` TEXT,
  `dest_type` TEXT,
  `pu` VARCHAR(64),
  `reported_at` BIGINT NOT NULL,
  `status_code` INT,
  `error_message` TEXT,
  `event_type` TEXT,
  `error_code` TEXT,
  `count` BIGINT DEFAULT 0,
  `sample_event` TEXT,
  `sample_response` TEXT,
  `event_name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tracked_users_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` VARCHAR(64) NOT NULL,
  `instance_id` VARCHAR(64) NOT NULL,
  `source_id` VARCHAR(64),
  `reported_at` DATETIME(6) NOT NULL,
  `userid_hll` TEXT NOT NULL,
  `anonymousid_hll` TEXT NOT NULL,
  `identified_anonymousid_hll` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `activation_records_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `workspace_id` VARCHAR(64) NOT NULL,
  `instance_id` VARCHAR(64) NOT NULL,
  `source_id` VARCHAR(64) NOT NULL,
  `destination_id` VARCHAR(64) NOT NULL,
  `origin` TEXT NOT NULL,
  `reported_at` DATETIME(6) NOT NULL,
  `fingerprint_hll` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `rsources_stats` (
  `db_name` VARCHAR(128) NOT NULL DEFAULT 'jobsdb',
  `job_run_id` VARCHAR(128) NOT NULL,
  `task_run_id` VARCHAR(128) NOT NULL,
  `source_id` VARCHAR(128) NOT NULL,
  `destination_id` VARCHAR(128) NOT NULL,
  `in_count` INT NOT NULL DEFAULT 0,
  `out_count` INT NOT NULL DEFAULT 0,
  `failed_count` INT NOT NULL DEFAULT 0,
  `ts` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`db_name`, `job_run_id`, `task_run_id`, `source_id`, `destination_id`)
) ENGINE=InnoDB;

CREATE TABLE `rsources_failed_keys_v2` (
  `id` VARCHAR(27) NOT NULL,
  `db_name` VARCHAR(128) NOT NULL DEFAULT 'jobsdb',
  `job_run_id` VARCHAR(128) NOT NULL,
  `task_run_id` VARCHAR(128) NOT NULL,
  `source_id` VARCHAR(128) NOT NULL,
  `destination_id` VARCHAR(128) NOT NULL,
  `ts` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `rsources_failed_keys_v2_job_run_id_task_run_id_source_id_de_key` (`job_run_id`, `task_run_id`, `source_id`, `destination_id`, `db_name`)
) ENGINE=InnoDB;

CREATE TABLE `rsources_failed_keys_v2_records` (
  `id` VARCHAR(27) NOT NULL,
  `record_id` VARCHAR(255) NOT NULL,
  `ts` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `code` DECIMAL(4,0) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `record_id`)
) ENGINE=InnoDB;

CREATE TABLE `pg_notifier_queue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `batch_id` VARCHAR(64) NOT NULL,
  `status` ENUM('waiting','executing','succeeded','failed','aborted') NOT NULL,
  `payload` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_exec_time` DATETIME(6),
  `attempt` SMALLINT DEFAULT 0,
  `error` TEXT,
  `worker_id` VARCHAR(64),
  `workspace` VARCHAR(64),
  `priority` INT,
  `job_type` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `config_cache` (
  `key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `config` LONGBLOB NOT NULL,
  `config_hash` TEXT,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

CREATE TABLE `drain_config` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `buffered_partitions_versions` (
  `key` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

CREATE TABLE `partition_migration_dedup` (
  `key` VARCHAR(255) NOT NULL,
  `last_job_id` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

-- Created by the warehouse service in every warehouse destination (not in RudderStack's own database):
-- warehouse/utils/utils.go `DiscardsTable` = "rudder_discards", columns and types from `DiscardsSchema`
-- (string -> TEXT, datetime -> DATETIME), in the order of that map literal.
CREATE TABLE `rudder_discards` (
  `table_name` TEXT,
  `row_id` TEXT,
  `column_name` TEXT,
  `column_value` TEXT,
  `received_at` DATETIME,
  `uuid_ts` DATETIME,
  `reason` TEXT
) ENGINE=InnoDB;

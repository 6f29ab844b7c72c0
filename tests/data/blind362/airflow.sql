-- Apache Airflow 3.3.2 (PyPI apache-airflow 3.3.2 / apache-airflow-core 3.3.2, built from commit
-- aa19d2dbb9ed187ec01957a92848d9b005e9ba9d of github.com/apache/airflow) with the FAB auth manager of
-- apache-airflow-providers-fab 3.10.2 (the provider that keeps Airflow's users and roles in the ab_* tables).
-- Licence: Apache-2.0.
-- Made by running upstream's own `airflow db migrate` (AIRFLOW__CORE__AUTH_MANAGER = FabAuthManager) against an
-- empty MariaDB database on loopback (character set utf8mb3, collation utf8mb3_bin, as Airflow's docs ask for
-- MySQL): on an empty database Airflow creates its tables from the ORM and stamps the Alembic head (d2f4e1b3c5a7;
-- FAB head 02ca36b0235b). Then dumped with mysqldump --no-data; MariaDB's JSON alias (longtext ... CHECK
-- (json_valid(...))) written back as json, AUTO_INCREMENT counters of seeded rows dropped, tables ordered so that
-- referenced ones come first. Column order, primary, unique and foreign keys and indexes as created.
-- 49 of the 71 tables are kept; left out (see airflow.md): the asset scheduling and lineage tables
-- (asset_active, asset_alias*, asset_dag_run_queue, asset_partition_dag_run, asset_state_store, asset_watcher,
-- dagrun_asset_event, dag_schedule_asset_*_reference, task_inlet/outlet_asset_reference,
-- partitioned_asset_key_log), task_map, task_state_store, dag_warning, dag_priority_parsing_request,
-- dag_bundle_team and alembic_version_fab.

CREATE TABLE `ab_group` (
  `id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `label` varchar(150) DEFAULT NULL,
  `description` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_group_name_uq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_permission` (
  `id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_permission_name_uq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_register_user` (
  `id` int(11) NOT NULL,
  `first_name` varchar(256) NOT NULL,
  `last_name` varchar(256) NOT NULL,
  `username` varchar(512) NOT NULL,
  `password` varchar(256) DEFAULT NULL,
  `email` varchar(512) NOT NULL,
  `registration_date` datetime DEFAULT NULL,
  `registration_hash` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_register_user_username_uq` (`username`),
  UNIQUE KEY `ab_register_user_email_uq` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_role` (
  `id` int(11) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_role_name_uq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_group_role` (
  `id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_group_role_group_id_role_id_uq` (`group_id`,`role_id`),
  KEY `idx_group_role_id` (`role_id`),
  KEY `idx_group_id` (`group_id`),
  CONSTRAINT `ab_group_role_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `ab_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_group_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_user` (
  `id` int(11) NOT NULL,
  `first_name` varchar(256) NOT NULL,
  `last_name` varchar(256) NOT NULL,
  `username` varchar(512) NOT NULL,
  `password` varchar(256) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `email` varchar(512) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `login_count` int(11) DEFAULT NULL,
  `fail_login_count` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_user_username_uq` (`username`),
  UNIQUE KEY `ab_user_email_uq` (`email`),
  KEY `ab_user_created_by_fk_fkey` (`created_by_fk`),
  KEY `ab_user_changed_by_fk_fkey` (`changed_by_fk`),
  CONSTRAINT `ab_user_changed_by_fk_fkey` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `ab_user_created_by_fk_fkey` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_user_group` (
  `id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_user_group_user_id_group_id_uq` (`user_id`,`group_id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_user_group_id` (`group_id`),
  CONSTRAINT `ab_user_group_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `ab_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_group_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_user_role` (
  `id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_user_role_user_id_role_id_uq` (`user_id`,`role_id`),
  KEY `ab_user_role_role_id_fkey` (`role_id`),
  CONSTRAINT `ab_user_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_role_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_view_menu` (
  `id` int(11) NOT NULL,
  `name` varchar(250) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_view_menu_name_uq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_permission_view` (
  `id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  `view_menu_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_permission_view_permission_id_view_menu_id_uq` (`permission_id`,`view_menu_id`),
  KEY `ab_permission_view_view_menu_id_fkey` (`view_menu_id`),
  CONSTRAINT `ab_permission_view_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `ab_permission` (`id`),
  CONSTRAINT `ab_permission_view_view_menu_id_fkey` FOREIGN KEY (`view_menu_id`) REFERENCES `ab_view_menu` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `ab_permission_view_role` (
  `id` int(11) NOT NULL,
  `permission_view_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ab_permission_view_role_permission_view_id_role_id_uq` (`permission_view_id`,`role_id`),
  KEY `idx_permission_view_id` (`permission_view_id`),
  KEY `idx_role_id` (`role_id`),
  CONSTRAINT `ab_permission_view_role_permission_view_id_fkey` FOREIGN KEY (`permission_view_id`) REFERENCES `ab_permission_view` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_permission_view_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `asset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(1500) CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL,
  `uri` varchar(1500) CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL,
  `group` varchar(1500) CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL,
  `extra` json NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_asset_name_uri_unique` (`name`,`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `asset_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asset_id` int(11) NOT NULL,
  `extra` json NOT NULL,
  `source_task_id` varchar(250) DEFAULT NULL,
  `source_dag_id` varchar(250) DEFAULT NULL,
  `source_run_id` varchar(250) DEFAULT NULL,
  `source_map_index` int(11) DEFAULT -1,
  `timestamp` timestamp(6) NOT NULL,
  `partition_key` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_asset_id_timestamp` (`asset_id`,`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `backfill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dag_id` varchar(250) NOT NULL,
  `from_date` timestamp(6) NOT NULL,
  `to_date` timestamp(6) NOT NULL,
  `dag_run_conf` json NOT NULL,
  `is_paused` tinyint(1) DEFAULT NULL,
  `reprocess_behavior` varchar(250) NOT NULL,
  `max_active_runs` int(11) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `completed_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `triggering_user_name` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `connection_test_request` (
  `id` uuid NOT NULL,
  `token` varchar(64) NOT NULL,
  `connection_id` varchar(250) NOT NULL,
  `state` varchar(20) NOT NULL,
  `result_message` varchar(2000) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `executor` varchar(256) DEFAULT NULL,
  `queue` varchar(256) DEFAULT NULL,
  `conn_type` varchar(500) NOT NULL,
  `host` varchar(500) DEFAULT NULL,
  `login` text DEFAULT NULL,
  `schema` varchar(500) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `commit_on_success` tinyint(1) NOT NULL DEFAULT 0,
  `is_encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `is_extra_encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `active_connection_id` varchar(250) DEFAULT NULL,
  `team_name` varchar(50) DEFAULT NULL,
  `password` text DEFAULT NULL,
  `extra` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `connection_test_request_token_uq` (`token`),
  UNIQUE KEY `uq_connection_test_request_active_conn` (`active_connection_id`),
  KEY `idx_connection_test_request_state_created_at` (`state`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_bundle` (
  `name` varchar(250) NOT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `version` varchar(200) DEFAULT NULL,
  `last_refreshed` timestamp(6) NULL DEFAULT NULL,
  `signed_url_template` text DEFAULT NULL,
  `template_params` json DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag` (
  `dag_id` varchar(250) NOT NULL,
  `is_paused` tinyint(1) NOT NULL,
  `is_stale` tinyint(1) NOT NULL,
  `exceeds_max_non_backfill` tinyint(1) NOT NULL DEFAULT 0,
  `last_parsed_time` timestamp(6) NULL DEFAULT NULL,
  `last_parse_duration` float DEFAULT NULL,
  `last_expired` timestamp(6) NULL DEFAULT NULL,
  `fileloc` varchar(2000) DEFAULT NULL,
  `relative_fileloc` varchar(2000) DEFAULT NULL,
  `bundle_name` varchar(250) NOT NULL,
  `bundle_version` varchar(200) DEFAULT NULL,
  `owners` varchar(2000) DEFAULT NULL,
  `dag_display_name` varchar(2000) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `timetable_type` varchar(255) NOT NULL,
  `timetable_summary` text DEFAULT NULL,
  `timetable_description` varchar(1000) DEFAULT NULL,
  `timetable_partitioned` tinyint(1) NOT NULL DEFAULT 0,
  `timetable_periodic` tinyint(1) NOT NULL DEFAULT 0,
  `partition_mapper_info` json NOT NULL,
  `asset_expression` json DEFAULT NULL,
  `deadline` json DEFAULT NULL,
  `max_active_tasks` int(11) NOT NULL,
  `max_active_runs` int(11) DEFAULT NULL,
  `max_consecutive_failed_dag_runs` int(11) NOT NULL,
  `has_task_concurrency_limits` tinyint(1) NOT NULL,
  `has_import_errors` tinyint(1) DEFAULT 0,
  `fail_fast` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_run_types` json DEFAULT NULL,
  `next_dagrun` timestamp(6) NULL DEFAULT NULL,
  `next_dagrun_data_interval_start` timestamp(6) NULL DEFAULT NULL,
  `next_dagrun_data_interval_end` timestamp(6) NULL DEFAULT NULL,
  `next_dagrun_partition_key` varchar(255) DEFAULT NULL,
  `next_dagrun_partition_date` timestamp(6) NULL DEFAULT NULL,
  `next_dagrun_create_after` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`dag_id`),
  KEY `dag_bundle_name_fkey` (`bundle_name`),
  KEY `idx_next_dagrun_create_after` (`next_dagrun_create_after`),
  CONSTRAINT `dag_bundle_name_fkey` FOREIGN KEY (`bundle_name`) REFERENCES `dag_bundle` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_favorite` (
  `user_id` varchar(250) NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  PRIMARY KEY (`user_id`,`dag_id`),
  KEY `dag_favorite_dag_id_fkey` (`dag_id`),
  CONSTRAINT `dag_favorite_dag_id_fkey` FOREIGN KEY (`dag_id`) REFERENCES `dag` (`dag_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_owner_attributes` (
  `dag_id` varchar(250) NOT NULL,
  `owner` varchar(500) NOT NULL,
  `link` varchar(500) NOT NULL,
  PRIMARY KEY (`dag_id`,`owner`),
  CONSTRAINT `dag.dag_id` FOREIGN KEY (`dag_id`) REFERENCES `dag` (`dag_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_tag` (
  `name` varchar(100) NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  PRIMARY KEY (`name`,`dag_id`),
  KEY `idx_dag_tag_dag_id` (`dag_id`),
  CONSTRAINT `dag_tag_dag_id_fkey` FOREIGN KEY (`dag_id`) REFERENCES `dag` (`dag_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_version` (
  `id` uuid NOT NULL,
  `version_number` int(11) NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  `bundle_name` varchar(250) DEFAULT NULL,
  `bundle_version` varchar(250) DEFAULT NULL,
  `version_data` json DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_updated` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dag_id_v_name_v_number_unique_constraint` (`dag_id`,`version_number`),
  CONSTRAINT `dag_version_dag_id_fkey` FOREIGN KEY (`dag_id`) REFERENCES `dag` (`dag_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_code` (
  `id` uuid NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  `fileloc` varchar(2000) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_updated` timestamp(6) NOT NULL,
  `source_code` mediumtext NOT NULL,
  `source_code_hash` varchar(32) NOT NULL,
  `dag_version_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dag_code_dag_version_id_uq` (`dag_version_id`),
  CONSTRAINT `dag_code_dag_version_id_fkey` FOREIGN KEY (`dag_version_id`) REFERENCES `dag_version` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `import_error` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` timestamp(6) NULL DEFAULT NULL,
  `filename` varchar(1024) DEFAULT NULL,
  `bundle_name` varchar(250) DEFAULT NULL,
  `stacktrace` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dag_id` varchar(250) DEFAULT NULL,
  `state` varchar(20) DEFAULT NULL,
  `job_type` varchar(30) DEFAULT NULL,
  `start_date` timestamp(6) NULL DEFAULT NULL,
  `end_date` timestamp(6) NULL DEFAULT NULL,
  `latest_heartbeat` timestamp(6) NULL DEFAULT NULL,
  `executor_class` varchar(500) DEFAULT NULL,
  `hostname` varchar(500) DEFAULT NULL,
  `unixname` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `job_type_heart` (`job_type`,`latest_heartbeat`),
  KEY `idx_job_dag_id` (`dag_id`),
  KEY `idx_job_state_heartbeat` (`state`,`latest_heartbeat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dttm` timestamp(6) NULL DEFAULT NULL,
  `dag_id` varchar(250) DEFAULT NULL,
  `task_id` varchar(250) DEFAULT NULL,
  `map_index` int(11) DEFAULT NULL,
  `event` varchar(60) NOT NULL,
  `logical_date` timestamp(6) NULL DEFAULT NULL,
  `run_id` varchar(250) DEFAULT NULL,
  `owner` varchar(500) DEFAULT NULL,
  `owner_display_name` varchar(500) DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `try_number` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_log_event` (`event`),
  KEY `idx_log_dttm` (`dttm`),
  KEY `idx_log_task_instance` (`dag_id`,`task_id`,`run_id`,`map_index`,`try_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `log_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` text NOT NULL,
  `elasticsearch_id` text NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_run` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dag_id` varchar(250) NOT NULL,
  `queued_at` timestamp(6) NULL DEFAULT NULL,
  `logical_date` timestamp(6) NULL DEFAULT NULL,
  `start_date` timestamp(6) NULL DEFAULT NULL,
  `end_date` timestamp(6) NULL DEFAULT NULL,
  `state` varchar(50) DEFAULT NULL,
  `run_id` varchar(250) NOT NULL,
  `creating_job_id` int(11) DEFAULT NULL,
  `run_type` varchar(50) NOT NULL,
  `triggered_by` varchar(50) DEFAULT NULL,
  `triggering_user_name` varchar(512) DEFAULT NULL,
  `conf` json DEFAULT NULL,
  `data_interval_start` timestamp(6) NULL DEFAULT NULL,
  `data_interval_end` timestamp(6) NULL DEFAULT NULL,
  `run_after` timestamp(6) NOT NULL,
  `last_scheduling_decision` timestamp(6) NULL DEFAULT NULL,
  `log_template_id` int(11) DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `clear_number` int(11) NOT NULL DEFAULT 0,
  `backfill_id` int(11) DEFAULT NULL,
  `bundle_version` varchar(250) DEFAULT NULL,
  `scheduled_by_job_id` int(11) DEFAULT NULL,
  `context_carrier` json DEFAULT NULL,
  `span_status` varchar(250) NOT NULL DEFAULT 'not_started',
  `created_dag_version_id` uuid DEFAULT NULL,
  `partition_key` varchar(250) DEFAULT NULL,
  `partition_date` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dag_run_dag_id_run_id_key` (`dag_id`,`run_id`),
  UNIQUE KEY `dag_run_dag_id_logical_date_key` (`dag_id`,`logical_date`),
  KEY `task_instance_log_template_id_fkey` (`log_template_id`),
  KEY `dag_run_backfill_id_fkey` (`backfill_id`),
  KEY `idx_dag_run_running_dags` (`state`,`dag_id`),
  KEY `idx_dag_run_run_after` (`run_after`),
  KEY `idx_dag_run_dag_id` (`dag_id`),
  KEY `idx_dag_run_created_dag_version_id` (`created_dag_version_id`),
  KEY `idx_dag_run_queued_dags` (`state`,`dag_id`),
  KEY `dag_id_state` (`dag_id`,`state`),
  CONSTRAINT `created_dag_version_id_fkey` FOREIGN KEY (`created_dag_version_id`) REFERENCES `dag_version` (`id`) ON DELETE SET NULL,
  CONSTRAINT `dag_run_backfill_id_fkey` FOREIGN KEY (`backfill_id`) REFERENCES `backfill` (`id`),
  CONSTRAINT `task_instance_log_template_id_fkey` FOREIGN KEY (`log_template_id`) REFERENCES `log_template` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `backfill_dag_run` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `backfill_id` int(11) NOT NULL,
  `dag_run_id` int(11) DEFAULT NULL,
  `exception_reason` varchar(250) DEFAULT NULL,
  `logical_date` timestamp(6) NULL DEFAULT NULL,
  `partition_key` varchar(250) DEFAULT NULL,
  `sort_ordinal` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_bdr_backfill_id_dag_run_id` (`backfill_id`,`dag_run_id`),
  KEY `bdr_dag_run_fkey` (`dag_run_id`),
  CONSTRAINT `bdr_backfill_fkey` FOREIGN KEY (`backfill_id`) REFERENCES `backfill` (`id`) ON DELETE CASCADE,
  CONSTRAINT `bdr_dag_run_fkey` FOREIGN KEY (`dag_run_id`) REFERENCES `dag_run` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `dag_run_note` (
  `user_id` varchar(128) DEFAULT NULL,
  `dag_run_id` int(11) NOT NULL,
  `content` text DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`dag_run_id`),
  CONSTRAINT `dag_run_note_dr_fkey` FOREIGN KEY (`dag_run_id`) REFERENCES `dag_run` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `revoked_token` (
  `jti` varchar(32) NOT NULL,
  `exp` timestamp(6) NOT NULL,
  PRIMARY KEY (`jti`),
  KEY `idx_revoked_token_exp` (`exp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `serialized_dag` (
  `id` uuid NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  `data` json DEFAULT NULL,
  `data_compressed` blob DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_updated` timestamp(6) NOT NULL,
  `dag_hash` varchar(32) NOT NULL,
  `dag_version_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `serialized_dag_dag_version_id_uq` (`dag_version_id`),
  CONSTRAINT `serialized_dag_dag_version_id_fkey` FOREIGN KEY (`dag_version_id`) REFERENCES `dag_version` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `deadline_alert` (
  `id` uuid NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `serialized_dag_id` uuid NOT NULL,
  `name` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `reference` json NOT NULL,
  `interval` json NOT NULL,
  `callback_def` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `deadline_alert_serialized_dag_id_fkey` (`serialized_dag_id`),
  CONSTRAINT `deadline_alert_serialized_dag_id_fkey` FOREIGN KEY (`serialized_dag_id`) REFERENCES `serialized_dag` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) DEFAULT NULL,
  `data` blob DEFAULT NULL,
  `expiry` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_id` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `team` (
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `connection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `conn_id` varchar(250) NOT NULL,
  `conn_type` varchar(500) NOT NULL,
  `description` text DEFAULT NULL,
  `host` varchar(500) DEFAULT NULL,
  `schema` varchar(500) DEFAULT NULL,
  `login` text DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `team_name` varchar(50) DEFAULT NULL,
  `password` text DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `is_encrypted` tinyint(1) NOT NULL,
  `is_extra_encrypted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `connection_conn_id_uq` (`conn_id`),
  KEY `connection_team_name_fkey` (`team_name`),
  CONSTRAINT `connection_team_name_fkey` FOREIGN KEY (`team_name`) REFERENCES `team` (`name`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `slot_pool` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pool` varchar(256) DEFAULT NULL,
  `slots` int(11) NOT NULL,
  `description` text DEFAULT NULL,
  `include_deferred` tinyint(1) NOT NULL,
  `team_name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slot_pool_pool_uq` (`pool`),
  KEY `slot_pool_team_name_fkey` (`team_name`),
  CONSTRAINT `slot_pool_team_name_fkey` FOREIGN KEY (`team_name`) REFERENCES `team` (`name`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `trigger` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `classpath` varchar(1000) NOT NULL,
  `kwargs` text NOT NULL,
  `created_date` timestamp(6) NOT NULL,
  `triggerer_id` int(11) DEFAULT NULL,
  `queue` varchar(256) DEFAULT NULL,
  `team_name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_trigger_team_name` (`team_name`),
  CONSTRAINT `trigger_team_name_fkey` FOREIGN KEY (`team_name`) REFERENCES `team` (`name`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `callback` (
  `id` uuid NOT NULL,
  `type` varchar(20) NOT NULL,
  `fetch_method` varchar(20) NOT NULL,
  `data` json NOT NULL,
  `bundle_name` varchar(250) DEFAULT NULL,
  `state` varchar(10) DEFAULT NULL,
  `output` text DEFAULT NULL,
  `priority_weight` int(11) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `trigger_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `callback_trigger_id_fkey` (`trigger_id`),
  CONSTRAINT `callback_trigger_id_fkey` FOREIGN KEY (`trigger_id`) REFERENCES `trigger` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `deadline` (
  `id` uuid NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_updated_at` timestamp(6) NOT NULL,
  `dagrun_id` int(11) DEFAULT NULL,
  `deadline_time` timestamp(6) NOT NULL,
  `missed` tinyint(1) NOT NULL,
  `callback_id` uuid NOT NULL,
  `deadline_alert_id` uuid DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `deadline_dagrun_id_fkey` (`dagrun_id`),
  KEY `deadline_deadline_alert_id_fkey` (`deadline_alert_id`),
  KEY `deadline_missed_deadline_time_idx` (`missed`,`deadline_time`),
  KEY `deadline_callback_id_idx` (`callback_id`),
  CONSTRAINT `deadline_callback_id_fkey` FOREIGN KEY (`callback_id`) REFERENCES `callback` (`id`) ON DELETE CASCADE,
  CONSTRAINT `deadline_dagrun_id_fkey` FOREIGN KEY (`dagrun_id`) REFERENCES `dag_run` (`id`) ON DELETE CASCADE,
  CONSTRAINT `deadline_deadline_alert_id_fkey` FOREIGN KEY (`deadline_alert_id`) REFERENCES `deadline_alert` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `task_instance` (
  `id` uuid NOT NULL,
  `task_id` varchar(250) NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  `run_id` varchar(250) NOT NULL,
  `map_index` int(11) NOT NULL DEFAULT -1,
  `start_date` timestamp(6) NULL DEFAULT NULL,
  `end_date` timestamp(6) NULL DEFAULT NULL,
  `duration` float DEFAULT NULL,
  `state` varchar(20) DEFAULT NULL,
  `try_number` int(11) NOT NULL,
  `max_tries` int(11) NOT NULL DEFAULT -1,
  `hostname` varchar(1000) DEFAULT NULL,
  `unixname` varchar(1000) DEFAULT NULL,
  `pool` varchar(256) NOT NULL,
  `pool_slots` int(11) NOT NULL,
  `queue` varchar(256) DEFAULT NULL,
  `priority_weight` int(11) DEFAULT NULL,
  `operator` varchar(1000) DEFAULT NULL,
  `custom_operator_name` varchar(1000) DEFAULT NULL,
  `queued_dttm` timestamp(6) NULL DEFAULT NULL,
  `scheduled_dttm` timestamp(6) NULL DEFAULT NULL,
  `queued_by_job_id` int(11) DEFAULT NULL,
  `last_heartbeat_at` timestamp(6) NULL DEFAULT NULL,
  `pid` int(11) DEFAULT NULL,
  `executor` varchar(1000) DEFAULT NULL,
  `executor_config` blob DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `rendered_map_index` varchar(250) DEFAULT NULL,
  `context_carrier` json DEFAULT NULL,
  `span_status` varchar(250) NOT NULL DEFAULT 'not_started',
  `external_executor_id` text DEFAULT NULL,
  `trigger_id` int(11) DEFAULT NULL,
  `trigger_timeout` timestamp(6) NULL DEFAULT NULL,
  `next_method` varchar(1000) DEFAULT NULL,
  `next_kwargs` json DEFAULT NULL,
  `task_display_name` varchar(2000) DEFAULT NULL,
  `dag_version_id` uuid DEFAULT NULL,
  `retry_delay_override` float DEFAULT NULL,
  `retry_reason` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_instance_composite_key` (`dag_id`,`task_id`,`run_id`,`map_index`),
  KEY `ti_trigger_id` (`trigger_id`),
  KEY `ti_state` (`state`),
  KEY `ti_dag_run` (`dag_id`,`run_id`),
  KEY `ti_pool` (`pool`,`state`,`priority_weight`),
  KEY `ti_heartbeat` (`last_heartbeat_at`),
  KEY `ti_dag_version_id` (`dag_version_id`),
  KEY `ti_state_lkp` (`dag_id`,`task_id`,`run_id`,`state`),
  KEY `ti_dag_state` (`dag_id`,`state`),
  CONSTRAINT `task_instance_dag_run_fkey` FOREIGN KEY (`dag_id`, `run_id`) REFERENCES `dag_run` (`dag_id`, `run_id`) ON DELETE CASCADE,
  CONSTRAINT `task_instance_dag_version_id_fkey` FOREIGN KEY (`dag_version_id`) REFERENCES `dag_version` (`id`),
  CONSTRAINT `task_instance_trigger_id_fkey` FOREIGN KEY (`trigger_id`) REFERENCES `trigger` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `hitl_detail` (
  `ti_id` uuid NOT NULL,
  `options` json NOT NULL,
  `subject` text NOT NULL,
  `body` text DEFAULT NULL,
  `defaults` json DEFAULT NULL,
  `multiple` tinyint(1) DEFAULT NULL,
  `params` json NOT NULL,
  `assignees` json DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `responded_at` timestamp(6) NULL DEFAULT NULL,
  `responded_by` json DEFAULT NULL,
  `chosen_options` json DEFAULT NULL,
  `params_input` json NOT NULL,
  PRIMARY KEY (`ti_id`),
  CONSTRAINT `hitl_detail_ti_fkey` FOREIGN KEY (`ti_id`) REFERENCES `task_instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `rendered_task_instance_fields` (
  `dag_id` varchar(250) NOT NULL,
  `task_id` varchar(250) NOT NULL,
  `run_id` varchar(250) NOT NULL,
  `map_index` int(11) NOT NULL DEFAULT -1,
  `rendered_fields` json NOT NULL,
  `k8s_pod_yaml` json DEFAULT NULL,
  PRIMARY KEY (`dag_id`,`task_id`,`run_id`,`map_index`),
  CONSTRAINT `rtif_ti_fkey` FOREIGN KEY (`dag_id`, `task_id`, `run_id`, `map_index`) REFERENCES `task_instance` (`dag_id`, `task_id`, `run_id`, `map_index`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `task_instance_history` (
  `task_instance_id` uuid NOT NULL,
  `task_id` varchar(250) NOT NULL,
  `dag_id` varchar(250) NOT NULL,
  `run_id` varchar(250) NOT NULL,
  `map_index` int(11) NOT NULL DEFAULT -1,
  `try_number` int(11) NOT NULL,
  `start_date` timestamp(6) NULL DEFAULT NULL,
  `end_date` timestamp(6) NULL DEFAULT NULL,
  `duration` float DEFAULT NULL,
  `state` varchar(20) DEFAULT NULL,
  `max_tries` int(11) DEFAULT -1,
  `hostname` varchar(1000) DEFAULT NULL,
  `unixname` varchar(1000) DEFAULT NULL,
  `pool` varchar(256) NOT NULL,
  `pool_slots` int(11) NOT NULL,
  `queue` varchar(256) DEFAULT NULL,
  `priority_weight` int(11) DEFAULT NULL,
  `operator` varchar(1000) DEFAULT NULL,
  `custom_operator_name` varchar(1000) DEFAULT NULL,
  `queued_dttm` timestamp(6) NULL DEFAULT NULL,
  `scheduled_dttm` timestamp(6) NULL DEFAULT NULL,
  `queued_by_job_id` int(11) DEFAULT NULL,
  `pid` int(11) DEFAULT NULL,
  `executor` varchar(1000) DEFAULT NULL,
  `executor_config` blob DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `rendered_map_index` varchar(250) DEFAULT NULL,
  `context_carrier` json DEFAULT NULL,
  `span_status` varchar(250) NOT NULL DEFAULT 'not_started',
  `external_executor_id` text DEFAULT NULL,
  `trigger_id` int(11) DEFAULT NULL,
  `trigger_timeout` datetime DEFAULT NULL,
  `next_method` varchar(1000) DEFAULT NULL,
  `next_kwargs` json DEFAULT NULL,
  `task_display_name` varchar(2000) DEFAULT NULL,
  `dag_version_id` uuid DEFAULT NULL,
  `retry_delay_override` float DEFAULT NULL,
  `retry_reason` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`task_instance_id`),
  UNIQUE KEY `task_instance_history_dtrt_uq` (`dag_id`,`task_id`,`run_id`,`map_index`,`try_number`),
  KEY `idx_tih_dag_run` (`dag_id`,`run_id`),
  CONSTRAINT `task_instance_history_ti_fkey` FOREIGN KEY (`dag_id`, `task_id`, `run_id`, `map_index`) REFERENCES `task_instance` (`dag_id`, `task_id`, `run_id`, `map_index`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `hitl_detail_history` (
  `ti_history_id` uuid NOT NULL,
  `options` json NOT NULL,
  `subject` text NOT NULL,
  `body` text DEFAULT NULL,
  `defaults` json DEFAULT NULL,
  `multiple` tinyint(1) DEFAULT NULL,
  `params` json NOT NULL,
  `assignees` json DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `responded_at` timestamp(6) NULL DEFAULT NULL,
  `responded_by` json DEFAULT NULL,
  `chosen_options` json DEFAULT NULL,
  `params_input` json NOT NULL,
  PRIMARY KEY (`ti_history_id`),
  CONSTRAINT `hitl_detail_history_tih_fkey` FOREIGN KEY (`ti_history_id`) REFERENCES `task_instance_history` (`task_instance_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `task_instance_note` (
  `ti_id` uuid NOT NULL,
  `user_id` varchar(128) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`ti_id`),
  CONSTRAINT `task_instance_note_ti_fkey` FOREIGN KEY (`ti_id`) REFERENCES `task_instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `task_reschedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ti_id` uuid NOT NULL,
  `start_date` timestamp(6) NOT NULL,
  `end_date` timestamp(6) NOT NULL,
  `duration` int(11) NOT NULL,
  `reschedule_date` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_task_reschedule_ti_id_id_desc` (`ti_id`,`id` DESC),
  CONSTRAINT `task_reschedule_ti_fkey` FOREIGN KEY (`ti_id`) REFERENCES `task_instance` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `variable` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(250) NOT NULL,
  `val` mediumtext NOT NULL,
  `description` text DEFAULT NULL,
  `is_encrypted` tinyint(1) NOT NULL,
  `team_name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `variable_key_uq` (`key`),
  KEY `variable_team_name_fkey` (`team_name`),
  CONSTRAINT `variable_team_name_fkey` FOREIGN KEY (`team_name`) REFERENCES `team` (`name`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `xcom` (
  `dag_run_id` int(11) NOT NULL,
  `task_id` varchar(250) NOT NULL,
  `map_index` int(11) NOT NULL DEFAULT -1,
  `key` varchar(512) NOT NULL,
  `dag_result` tinyint(1) DEFAULT NULL,
  `dag_id` varchar(250) NOT NULL,
  `run_id` varchar(250) NOT NULL,
  `value` json DEFAULT NULL,
  `timestamp` timestamp(6) NOT NULL,
  PRIMARY KEY (`dag_run_id`,`task_id`,`map_index`,`key`),
  KEY `idx_xcom_key` (`key`),
  KEY `idx_xcom_task_instance` (`dag_id`,`task_id`,`run_id`,`map_index`),
  CONSTRAINT `xcom_task_instance_fkey` FOREIGN KEY (`dag_id`, `task_id`, `run_id`, `map_index`) REFERENCES `task_instance` (`dag_id`, `task_id`, `run_id`, `map_index`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

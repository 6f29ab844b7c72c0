-- OpenCue (Academy Software Foundation; render farm manager from Sony Pictures Imageworks), github.com/AcademySoftwareFoundation/OpenCue,
-- commit 1cea9a8d965ef75e8b5884cf4f67ec857f733183 (Apache-2.0).
-- Source: the Flyway migrations cuebot/src/main/resources/conf/ddl/postgres/migrations/V1__Initial_schema.sql ... V47__Add_layer_start_after.sql,
-- replayed in order in PostgreSQL 15 and written as MySQL from its catalogs.
-- Types: VARCHAR(n) kept, NUMERIC(p,s) -> DECIMAL(p,s), TIMESTAMP(TZ) -> DATETIME, BOOLEAN -> TINYINT(1), BYTEA -> LONGBLOB,
-- SERIAL -> INT AUTO_INCREMENT (layer_output.ser_order, with a UNIQUE KEY). Defaults now() -> CURRENT_TIMESTAMP.
-- Keys: primary, unique and foreign keys and the plain btree indexes as in PostgreSQL; left out: an expression index,
-- a GIN index, CHECK constraints, views, functions and triggers.
-- Left out (tables): history_period_bak, uncommitted_transactions, uncommitted_transactions_bak, duplicate_cursors
-- (Oracle-era monitoring and backup leftovers).

CREATE TABLE `config` (
  `pk_config` VARCHAR(36) NOT NULL,
  `str_key` VARCHAR(36) NOT NULL,
  `int_value` BIGINT DEFAULT 0,
  `long_value` BIGINT DEFAULT 0,
  `str_value` VARCHAR(255) DEFAULT '',
  `b_value` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`pk_config`),
  UNIQUE KEY `c_show_uk` (`str_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `depend` (
  `pk_depend` VARCHAR(36) NOT NULL,
  `pk_parent` VARCHAR(36),
  `pk_job_depend_on` VARCHAR(36) NOT NULL,
  `pk_job_depend_er` VARCHAR(36) NOT NULL,
  `pk_frame_depend_on` VARCHAR(36),
  `pk_frame_depend_er` VARCHAR(36),
  `pk_layer_depend_on` VARCHAR(36),
  `pk_layer_depend_er` VARCHAR(36),
  `str_type` VARCHAR(36) NOT NULL,
  `b_active` TINYINT(1) NOT NULL DEFAULT 1,
  `b_any` TINYINT(1) NOT NULL DEFAULT 0,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_satisfied` DATETIME,
  `str_target` VARCHAR(20) NOT NULL DEFAULT 'Internal',
  `str_signature` VARCHAR(36) NOT NULL,
  `b_composite` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_depend`),
  KEY `i_depend_active_er_job_frame` (`pk_job_depend_er`, `pk_frame_depend_er`),
  KEY `i_depend_active_er_job_layer` (`pk_job_depend_er`, `pk_layer_depend_er`),
  KEY `i_depend_active_er_job_only` (`pk_job_depend_er`),
  KEY `i_depend_b_composite` (`b_composite`),
  KEY `i_depend_er_frame` (`pk_frame_depend_er`),
  KEY `i_depend_er_layer` (`pk_layer_depend_er`),
  KEY `i_depend_on_frame` (`pk_frame_depend_on`),
  KEY `i_depend_on_layer` (`pk_layer_depend_on`),
  KEY `i_depend_pk_er_job` (`pk_job_depend_er`),
  KEY `i_depend_pk_on_job` (`pk_job_depend_on`),
  KEY `i_depend_pkparent` (`pk_parent`),
  UNIQUE KEY `i_depend_signature` (`str_signature`),
  KEY `i_depend_str_target` (`str_target`),
  KEY `i_depend_str_type` (`str_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dept` (
  `pk_dept` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `b_default` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_dept`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facility` (
  `pk_facility` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `b_default` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_facility`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alloc` (
  `pk_alloc` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `b_allow_edit` TINYINT(1) NOT NULL DEFAULT 1,
  `b_default` TINYINT(1) NOT NULL DEFAULT 0,
  `str_tag` VARCHAR(24),
  `b_billable` TINYINT(1) NOT NULL DEFAULT 1,
  `pk_facility` VARCHAR(36) NOT NULL,
  `b_enabled` TINYINT(1) DEFAULT 1,
  UNIQUE KEY `c_alloc_name_uniq` (`str_name`),
  PRIMARY KEY (`pk_alloc`),
  KEY `i_alloc_pk_facility` (`pk_facility`),
  CONSTRAINT `c_alloc_pk_facility` FOREIGN KEY (`pk_facility`) REFERENCES `facility` (`pk_facility`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_period` (
  `pk` VARCHAR(36) NOT NULL,
  `dt_begin` DATE NOT NULL,
  `dt_end` DATE NOT NULL,
  PRIMARY KEY (`pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host` (
  `pk_host` VARCHAR(36) NOT NULL,
  `pk_alloc` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(45) NOT NULL,
  `str_lock_state` VARCHAR(36) NOT NULL,
  `b_nimby` TINYINT(1) NOT NULL DEFAULT 0,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `int_cores` BIGINT NOT NULL DEFAULT 0,
  `int_procs` BIGINT NOT NULL DEFAULT 0,
  `int_cores_idle` BIGINT NOT NULL DEFAULT 0,
  `int_mem` BIGINT NOT NULL DEFAULT 0,
  `int_mem_idle` BIGINT NOT NULL DEFAULT 0,
  `b_unlock_boot` TINYINT(1) NOT NULL DEFAULT 0,
  `b_unlock_idle` TINYINT(1) NOT NULL DEFAULT 0,
  `b_reboot_idle` TINYINT(1) NOT NULL DEFAULT 0,
  `str_tags` VARCHAR(128),
  `str_fqdn` VARCHAR(128),
  `b_comment` TINYINT(1) NOT NULL DEFAULT 0,
  `int_thread_mode` INT NOT NULL DEFAULT 0,
  `str_lock_source` VARCHAR(128),
  `int_gpu_mem` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_idle` BIGINT NOT NULL DEFAULT 0,
  `int_gpus` BIGINT NOT NULL DEFAULT 0,
  `int_gpus_idle` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_host`),
  UNIQUE KEY `c_host_uk` (`str_name`),
  UNIQUE KEY `c_str_host_fqdn_uk` (`str_fqdn`),
  KEY `i_host_int_gpu` (`int_gpu_mem`),
  KEY `i_host_int_gpu_idle` (`int_gpu_mem_idle`),
  KEY `i_host_int_gpu_mem` (`int_gpu_mem`),
  KEY `i_host_int_gpu_mem_idle` (`int_gpu_mem_idle`),
  KEY `i_host_int_gpus` (`int_gpus`),
  KEY `i_host_int_gpus_idle` (`int_gpus_idle`),
  KEY `i_host_pkalloc` (`pk_alloc`),
  KEY `i_host_str_tags` (`str_tags`),
  KEY `i_host_strlockstate` (`str_lock_state`),
  CONSTRAINT `c_host_pk_alloc` FOREIGN KEY (`pk_alloc`) REFERENCES `alloc` (`pk_alloc`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deed` (
  `pk_deed` VARCHAR(36) NOT NULL,
  `pk_owner` VARCHAR(36) NOT NULL,
  `pk_host` VARCHAR(36) NOT NULL,
  `b_blackout` TINYINT(1) NOT NULL DEFAULT 0,
  `int_blackout_start` INT,
  `int_blackout_stop` INT,
  PRIMARY KEY (`pk_deed`),
  UNIQUE KEY `i_deed_pk_host` (`pk_host`),
  KEY `i_deed_pk_owner` (`pk_owner`),
  CONSTRAINT `c_deed_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_stat` (
  `pk_host_stat` VARCHAR(36) NOT NULL,
  `pk_host` VARCHAR(36) NOT NULL,
  `int_mem_total` BIGINT NOT NULL DEFAULT 0,
  `int_mem_free` BIGINT NOT NULL DEFAULT 0,
  `int_swap_total` BIGINT NOT NULL DEFAULT 0,
  `int_swap_free` BIGINT NOT NULL DEFAULT 0,
  `int_mcp_total` BIGINT NOT NULL DEFAULT 0,
  `int_mcp_free` BIGINT NOT NULL DEFAULT 0,
  `int_load` BIGINT NOT NULL DEFAULT 0,
  `ts_ping` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_booted` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `str_state` VARCHAR(32) NOT NULL DEFAULT 'UP',
  `str_os` VARCHAR(32) NOT NULL DEFAULT 'rhel40',
  `int_gpu_mem_total` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_free` BIGINT NOT NULL DEFAULT 0,
  UNIQUE KEY `c_host_stat_pk_host_uk` (`pk_host`),
  PRIMARY KEY (`pk_host_stat`),
  KEY `i_host_stat_int_gpu_mem_free` (`int_gpu_mem_free`),
  KEY `i_host_stat_int_gpu_mem_total` (`int_gpu_mem_total`),
  KEY `i_host_stat_str_os` (`str_os`),
  CONSTRAINT `c_host_stat_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_tag` (
  `pk_host_tag` VARCHAR(36) NOT NULL,
  `pk_host` VARCHAR(36) NOT NULL,
  `str_tag` VARCHAR(45) NOT NULL,
  `str_tag_type` VARCHAR(24) NOT NULL DEFAULT 'Hardware',
  `b_constant` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_host_tag`),
  KEY `i_host_str_tag_type` (`str_tag_type`),
  KEY `i_host_tag_pk_host` (`pk_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_limit` (
  `pk_layer_limit` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_limit_record` VARCHAR(36) NOT NULL,
  KEY `i_layer_limit_pk_layer` (`pk_layer`),
  KEY `i_layer_limit_pk_limit_record` (`pk_limit_record`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `limit_record` (
  `pk_limit_record` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(255) NOT NULL,
  `int_max_value` INT,
  `b_host_limit` TINYINT(1) NOT NULL DEFAULT 0,
  KEY `i_limit_record_pk_limit_record` (`pk_limit_record`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirect` (
  `pk_proc` VARCHAR(36) NOT NULL,
  `str_group_id` VARCHAR(36) NOT NULL,
  `int_type` BIGINT NOT NULL,
  `str_destination_id` VARCHAR(512) NOT NULL,
  `str_name` VARCHAR(512) NOT NULL,
  `lng_creation_time` BIGINT NOT NULL,
  PRIMARY KEY (`pk_proc`),
  KEY `i_redirect_create` (`lng_creation_time`),
  KEY `i_redirect_group` (`str_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service` (
  `pk_service` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `b_threadable` TINYINT(1) NOT NULL,
  `int_cores_min` INT NOT NULL,
  `int_mem_min` INT NOT NULL,
  `str_tags` VARCHAR(128) NOT NULL,
  `int_cores_max` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_min` BIGINT NOT NULL DEFAULT 0,
  `int_timeout` INT NOT NULL DEFAULT 0,
  `int_timeout_llu` INT NOT NULL DEFAULT 0,
  `int_gpus_min` INT NOT NULL DEFAULT 0,
  `int_gpus_max` INT NOT NULL DEFAULT 0,
  `int_min_memory_increase` INT NOT NULL DEFAULT 2097152,
  PRIMARY KEY (`pk_service`),
  KEY `i_service_int_gpu_mem_min` (`int_gpu_mem_min`),
  KEY `i_service_int_gpus_min` (`int_gpus_min`),
  UNIQUE KEY `i_service_str_name` (`str_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `show` (
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(512) NOT NULL,
  `b_paused` TINYINT(1) NOT NULL DEFAULT 0,
  `int_default_min_cores` INT NOT NULL DEFAULT 100,
  `int_default_max_cores` INT NOT NULL DEFAULT 10000,
  `b_booking_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `b_dispatch_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `b_active` TINYINT(1) NOT NULL DEFAULT 1,
  `str_comment_email` VARCHAR(1024),
  `int_default_min_gpus` INT NOT NULL DEFAULT 100,
  `int_default_max_gpus` INT NOT NULL DEFAULT 100000,
  `b_scheduler_managed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter` (
  `pk_filter` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(128) NOT NULL,
  `str_type` VARCHAR(16) NOT NULL,
  `f_order` DECIMAL(6,2) NOT NULL DEFAULT 0.0,
  `b_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`pk_filter`),
  KEY `i_filters_pk_show` (`pk_show`),
  CONSTRAINT `c_filter_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder` (
  `pk_folder` VARCHAR(36) NOT NULL,
  `pk_parent_folder` VARCHAR(36),
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `int_priority` BIGINT NOT NULL DEFAULT 1,
  `b_default` TINYINT(1) NOT NULL DEFAULT 0,
  `pk_dept` VARCHAR(36) NOT NULL,
  `int_job_min_cores` INT NOT NULL DEFAULT '-1',
  `int_job_max_cores` INT NOT NULL DEFAULT '-1',
  `int_job_priority` INT NOT NULL DEFAULT '-1',
  `int_min_cores` INT NOT NULL DEFAULT 0,
  `int_max_cores` INT NOT NULL DEFAULT '-1',
  `b_exclude_managed` TINYINT(1) NOT NULL DEFAULT 0,
  `f_order` INT NOT NULL DEFAULT 0,
  `int_job_min_gpus` INT NOT NULL DEFAULT '-1',
  `int_job_max_gpus` INT NOT NULL DEFAULT '-1',
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  `int_max_gpus` INT NOT NULL DEFAULT '-1',
  PRIMARY KEY (`pk_folder`),
  UNIQUE KEY `c_folder_uk` (`pk_parent_folder`, `str_name`),
  KEY `i_folder_pkparentfolder` (`pk_parent_folder`),
  KEY `i_folder_pkshow` (`pk_show`),
  KEY `i_folder_strname` (`str_name`),
  CONSTRAINT `c_folder_pk_dept` FOREIGN KEY (`pk_dept`) REFERENCES `dept` (`pk_dept`),
  CONSTRAINT `c_folder_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action` (
  `pk_action` VARCHAR(36) NOT NULL,
  `pk_filter` VARCHAR(36) NOT NULL,
  `pk_folder` VARCHAR(36),
  `str_action` VARCHAR(24) NOT NULL,
  `str_value_type` VARCHAR(24) NOT NULL,
  `str_value` VARCHAR(4000),
  `int_value` BIGINT,
  `b_value` TINYINT(1),
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `float_value` DECIMAL(6,2),
  `b_stop` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_action`),
  KEY `i_action_pk_filter` (`pk_filter`),
  KEY `i_action_pk_group` (`pk_folder`),
  CONSTRAINT `c_action_pk_filter` FOREIGN KEY (`pk_filter`) REFERENCES `filter` (`pk_filter`),
  CONSTRAINT `c_action_pk_folder` FOREIGN KEY (`pk_folder`) REFERENCES `folder` (`pk_folder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder_level` (
  `pk_folder_level` VARCHAR(36) NOT NULL,
  `pk_folder` VARCHAR(36) NOT NULL,
  `int_level` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_folder_level`),
  UNIQUE KEY `c_folder_level_uk` (`pk_folder`),
  CONSTRAINT `c_folder_level_pk_folder` FOREIGN KEY (`pk_folder`) REFERENCES `folder` (`pk_folder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder_resource` (
  `pk_folder_resource` VARCHAR(36) NOT NULL,
  `pk_folder` VARCHAR(36) NOT NULL,
  `int_cores` INT NOT NULL DEFAULT 0,
  `int_max_cores` INT NOT NULL DEFAULT '-1',
  `int_min_cores` INT NOT NULL DEFAULT 0,
  `float_tier` DECIMAL(16,2) NOT NULL DEFAULT 0,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_max_gpus` INT NOT NULL DEFAULT '-1',
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_folder_resource`),
  KEY `i_folder_res_int_max_cores` (`int_max_cores`),
  KEY `i_folder_res_int_max_gpus` (`int_max_gpus`),
  KEY `i_folder_resource_fl_tier` (`float_tier`),
  KEY `i_folder_resource_int_cores` (`int_cores`),
  KEY `i_folderresource_pkfolder` (`pk_folder`),
  CONSTRAINT `c_folder_resource_pk_folder` FOREIGN KEY (`pk_folder`) REFERENCES `folder` (`pk_folder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_folder` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(255) NOT NULL,
  `str_visible_name` VARCHAR(255),
  `str_shot` VARCHAR(64) NOT NULL,
  `str_user` VARCHAR(32) NOT NULL,
  `str_state` VARCHAR(16) NOT NULL,
  `str_log_dir` VARCHAR(4000) NOT NULL DEFAULT '',
  `int_uid` BIGINT,
  `b_paused` TINYINT(1) NOT NULL DEFAULT 0,
  `b_autoeat` TINYINT(1) NOT NULL DEFAULT 0,
  `int_frame_count` INT NOT NULL DEFAULT 0,
  `int_layer_count` INT NOT NULL DEFAULT 0,
  `int_max_retries` SMALLINT NOT NULL DEFAULT 3,
  `b_auto_book` TINYINT(1) NOT NULL DEFAULT 1,
  `b_auto_unbook` TINYINT(1) NOT NULL DEFAULT 1,
  `b_comment` TINYINT(1) NOT NULL DEFAULT 0,
  `str_email` VARCHAR(256),
  `pk_facility` VARCHAR(36) NOT NULL,
  `pk_dept` VARCHAR(36) NOT NULL,
  `ts_started` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_stopped` DATETIME,
  `int_min_cores` INT NOT NULL DEFAULT 100,
  `int_max_cores` INT NOT NULL DEFAULT 20000,
  `str_show` VARCHAR(512) NOT NULL DEFAULT 'none',
  `ts_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `str_os` VARCHAR(12),
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  `int_max_gpus` INT NOT NULL DEFAULT 100000,
  `str_loki_url` VARCHAR(256),
  `ts_eligible` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`pk_job`),
  UNIQUE KEY `c_job_uk` (`str_visible_name`),
  KEY `i_booking_3` (`str_state`, `b_paused`, `pk_show`, `pk_facility`),
  KEY `i_job_active_pkjob` (`pk_job`),
  KEY `i_job_int_min_cores` (`int_min_cores`),
  KEY `i_job_pk_dept` (`pk_dept`),
  KEY `i_job_pk_facility` (`pk_facility`),
  KEY `i_job_pkgroup` (`pk_folder`),
  KEY `i_job_pkshow` (`pk_show`),
  KEY `i_job_str_name` (`str_name`),
  KEY `i_job_str_os` (`str_os`),
  KEY `i_job_str_shot` (`str_shot`),
  KEY `i_job_str_state` (`str_state`),
  KEY `i_job_ts_updated` (`ts_updated`),
  KEY `idx_job_pending_lookup` (`pk_show`, `pk_facility`, `str_state`, `b_paused`),
  CONSTRAINT `c_job_pk_dept` FOREIGN KEY (`pk_dept`) REFERENCES `dept` (`pk_dept`),
  CONSTRAINT `c_job_pk_facility` FOREIGN KEY (`pk_facility`) REFERENCES `facility` (`pk_facility`),
  CONSTRAINT `c_job_pk_folder` FOREIGN KEY (`pk_folder`) REFERENCES `folder` (`pk_folder`),
  CONSTRAINT `c_job_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `pk_comment` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36),
  `pk_host` VARCHAR(36),
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `str_user` VARCHAR(36) NOT NULL,
  `str_subject` VARCHAR(128) NOT NULL,
  `str_message` VARCHAR(4000) NOT NULL,
  PRIMARY KEY (`pk_comment`),
  KEY `i_comment_pk_host` (`pk_host`),
  KEY `i_comment_pk_job` (`pk_job`),
  CONSTRAINT `c_comment_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`),
  CONSTRAINT `c_comment_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_local` (
  `pk_host_local` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36),
  `pk_frame` VARCHAR(36),
  `pk_host` VARCHAR(36) NOT NULL,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_updated` DATETIME,
  `int_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_mem_idle` BIGINT NOT NULL DEFAULT 0,
  `int_cores_max` INT NOT NULL DEFAULT 100,
  `int_cores_idle` INT NOT NULL DEFAULT 100,
  `int_threads` INT NOT NULL DEFAULT 1,
  `float_tier` DECIMAL(16,2) NOT NULL DEFAULT 0,
  `b_active` TINYINT(1) NOT NULL DEFAULT 1,
  `str_type` VARCHAR(36) NOT NULL,
  `int_gpu_mem_idle` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_gpus_idle` INT NOT NULL DEFAULT 0,
  `int_gpus_max` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_host_local`),
  KEY `i_host_local` (`pk_host`),
  KEY `i_host_local_int_gpu_idle` (`int_gpu_mem_idle`),
  KEY `i_host_local_int_gpu_max` (`int_gpu_mem_max`),
  KEY `i_host_local_int_gpus_idle` (`int_gpus_idle`),
  KEY `i_host_local_int_gpus_max` (`int_gpus_max`),
  KEY `i_host_local_pk_job` (`pk_job`),
  UNIQUE KEY `i_host_local_unique` (`pk_host`, `pk_job`),
  CONSTRAINT `c_host_local_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`),
  CONSTRAINT `c_host_local_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_env` (
  `pk_job_env` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36),
  `str_key` VARCHAR(2048),
  `str_value` VARCHAR(2048),
  PRIMARY KEY (`pk_job_env`),
  KEY `i_job_env_pk_job` (`pk_job`),
  CONSTRAINT `c_job_env_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_history` (
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(512) NOT NULL,
  `str_shot` VARCHAR(64) NOT NULL,
  `str_user` VARCHAR(36) NOT NULL,
  `int_core_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_core_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_frame_count` BIGINT NOT NULL DEFAULT 0,
  `int_layer_count` BIGINT NOT NULL DEFAULT 0,
  `int_waiting_count` BIGINT NOT NULL DEFAULT 0,
  `int_dead_count` BIGINT NOT NULL DEFAULT 0,
  `int_depend_count` BIGINT NOT NULL DEFAULT 0,
  `int_eaten_count` BIGINT NOT NULL DEFAULT 0,
  `int_succeeded_count` BIGINT NOT NULL DEFAULT 0,
  `int_running_count` BIGINT NOT NULL DEFAULT 0,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `b_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `pk_facility` VARCHAR(36) NOT NULL,
  `pk_dept` VARCHAR(36) NOT NULL,
  `int_ts_started` INT NOT NULL,
  `int_ts_stopped` INT NOT NULL DEFAULT 0,
  `dt_last_modified` DATE NOT NULL,
  `int_gpu_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_job`),
  KEY `i_job_history_b_archived` (`b_archived`),
  KEY `i_job_history_pk_dept` (`pk_dept`),
  KEY `i_job_history_pk_facility` (`pk_facility`),
  KEY `i_job_history_pk_show` (`pk_show`),
  KEY `i_job_history_str_name` (`str_name`),
  KEY `i_job_history_str_shot` (`str_shot`),
  KEY `i_job_history_str_user` (`str_user`),
  KEY `i_job_history_ts_start_stop` (`int_ts_started`, `int_ts_stopped`),
  CONSTRAINT `c_job_history_pk_dept` FOREIGN KEY (`pk_dept`) REFERENCES `dept` (`pk_dept`),
  CONSTRAINT `c_job_history_pk_facility` FOREIGN KEY (`pk_facility`) REFERENCES `facility` (`pk_facility`),
  CONSTRAINT `c_job_history_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_local` (
  `pk_job_local` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_host` VARCHAR(36) NOT NULL,
  `str_source` VARCHAR(255) NOT NULL,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `int_cores` INT NOT NULL DEFAULT 0,
  `int_max_cores` INT NOT NULL,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_max_gpus` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_job_local`),
  UNIQUE KEY `i_job_local_pk_host` (`pk_host`),
  UNIQUE KEY `i_job_local_pk_job` (`pk_job`),
  CONSTRAINT `c_job_local_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`),
  CONSTRAINT `c_job_local_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_mem` (
  `pk_job_mem` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `int_max_vss` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_max_pss` BIGINT DEFAULT 0,
  PRIMARY KEY (`pk_job_mem`),
  KEY `i_job_mem_int_max_rss` (`int_max_rss`),
  UNIQUE KEY `i_job_mem_pk_job` (`pk_job`),
  KEY `i_max_pss_job` (`int_max_pss`),
  CONSTRAINT `c_job_mem_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_post` (
  `pk_job_post` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_post_job` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`pk_job_post`),
  KEY `i_job_post_pk_job` (`pk_job`),
  KEY `i_job_post_pk_post_job` (`pk_post_job`),
  CONSTRAINT `c_job_post_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_job_post_pk_post_job` FOREIGN KEY (`pk_post_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_resource` (
  `pk_job_resource` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_cores` BIGINT NOT NULL DEFAULT 0,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `int_max_vss` BIGINT NOT NULL DEFAULT 0,
  `int_min_cores` INT NOT NULL DEFAULT 100,
  `int_max_cores` INT NOT NULL DEFAULT 10000,
  `float_tier` DECIMAL(16,2) NOT NULL DEFAULT 0,
  `int_priority` INT NOT NULL DEFAULT 1,
  `int_local_cores` INT NOT NULL DEFAULT 0,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  `int_max_gpus` INT NOT NULL DEFAULT 100,
  `int_local_gpus` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_max_pss` BIGINT DEFAULT 0,
  PRIMARY KEY (`pk_job_resource`),
  UNIQUE KEY `c_job_resource_uk` (`pk_job`),
  KEY `i_job_resource_cores` (`int_cores`),
  KEY `i_job_resource_gpus` (`int_gpus`),
  KEY `i_job_resource_gpus_min_max` (`int_min_gpus`, `int_max_gpus`),
  KEY `i_job_resource_int_priority` (`int_priority`),
  KEY `i_job_resource_max_c` (`int_max_cores`),
  KEY `i_job_resource_max_gpus` (`int_max_gpus`),
  KEY `i_job_resource_min_max` (`int_min_cores`, `int_max_cores`),
  KEY `i_job_tier` (`float_tier`),
  CONSTRAINT `c_job_resource_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_stat` (
  `pk_job_stat` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_waiting_count` BIGINT NOT NULL DEFAULT 0,
  `int_running_count` BIGINT NOT NULL DEFAULT 0,
  `int_dead_count` BIGINT NOT NULL DEFAULT 0,
  `int_depend_count` BIGINT NOT NULL DEFAULT 0,
  `int_eaten_count` BIGINT NOT NULL DEFAULT 0,
  `int_succeeded_count` BIGINT NOT NULL DEFAULT 0,
  `int_checkpoint_count` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_job_stat`),
  KEY `i_job_stat_int_waiting_count` (`int_waiting_count`),
  UNIQUE KEY `i_job_stat_pk_job` (`pk_job`),
  CONSTRAINT `c_job_stat_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_usage` (
  `pk_job_usage` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_core_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_core_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_frame_success_count` INT NOT NULL DEFAULT 0,
  `int_frame_fail_count` INT NOT NULL DEFAULT 0,
  `int_clock_time_fail` INT NOT NULL DEFAULT 0,
  `int_clock_time_high` INT NOT NULL DEFAULT 0,
  `int_clock_time_success` INT NOT NULL DEFAULT 0,
  `int_gpu_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_time_fail` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_job_usage`),
  UNIQUE KEY `c_job_usage_pk_job_uniq` (`pk_job`),
  CONSTRAINT `c_job_usage_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer` (
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(256) NOT NULL,
  `str_cmd` VARCHAR(4000) NOT NULL,
  `str_range` VARCHAR(4000) NOT NULL,
  `int_chunk_size` BIGINT NOT NULL DEFAULT 1,
  `int_dispatch_order` BIGINT NOT NULL DEFAULT 1,
  `int_cores_min` BIGINT NOT NULL DEFAULT 100,
  `int_mem_min` BIGINT NOT NULL DEFAULT 4194304,
  `str_tags` VARCHAR(4000) NOT NULL DEFAULT '',
  `str_type` VARCHAR(16) NOT NULL,
  `b_threadable` TINYINT(1) NOT NULL DEFAULT 1,
  `str_services` VARCHAR(128) NOT NULL DEFAULT 'default',
  `b_optimize` TINYINT(1) NOT NULL DEFAULT 1,
  `int_cores_max` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_min` BIGINT NOT NULL DEFAULT 0,
  `int_timeout` INT NOT NULL DEFAULT 0,
  `int_timeout_llu` INT NOT NULL DEFAULT 0,
  `int_gpus_min` BIGINT NOT NULL DEFAULT 0,
  `int_gpus_max` BIGINT NOT NULL DEFAULT 0,
  `ts_eligible` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_start_after` DATETIME,
  `str_start_after_reason` VARCHAR(255),
  PRIMARY KEY (`pk_layer`),
  UNIQUE KEY `c_layer_str_name_unq` (`str_name`, `pk_job`),
  KEY `i_layer_b_threadable` (`b_threadable`),
  KEY `i_layer_cores_gpus_mem` (`int_cores_min`, `int_gpus_min`, `int_mem_min`, `int_gpu_mem_min`),
  KEY `i_layer_cores_gpus_mem_thread` (`int_cores_min`, `int_gpus_min`, `int_mem_min`, `int_gpu_mem_min`, `b_threadable`),
  KEY `i_layer_cores_mem` (`int_cores_min`, `int_mem_min`),
  KEY `i_layer_cores_mem_thread` (`int_cores_min`, `int_mem_min`, `b_threadable`),
  KEY `i_layer_int_cores_max` (`int_cores_max`),
  KEY `i_layer_int_dispatch_order` (`int_dispatch_order`),
  KEY `i_layer_int_gpu_mem_min` (`int_gpu_mem_min`),
  KEY `i_layer_int_gpus_mem_min_1` (`int_gpu_mem_min`),
  KEY `i_layer_int_gpus_min` (`int_gpus_min`),
  KEY `i_layer_mem_min` (`int_mem_min`),
  KEY `i_layer_pkjob` (`pk_job`),
  KEY `i_layer_start_after` (`ts_start_after`),
  KEY `i_layer_str_tags` (`str_tags`),
  KEY `i_layer_strname` (`str_name`),
  CONSTRAINT `c_layer_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frame` (
  `pk_frame` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(256) NOT NULL,
  `str_state` VARCHAR(24) NOT NULL,
  `int_number` BIGINT NOT NULL,
  `int_depend_count` BIGINT NOT NULL DEFAULT 0,
  `int_exit_status` BIGINT NOT NULL DEFAULT '-1',
  `int_retries` BIGINT NOT NULL DEFAULT 0,
  `int_mem_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  `int_mem_used` BIGINT NOT NULL DEFAULT 0,
  `int_dispatch_order` BIGINT NOT NULL DEFAULT 0,
  `str_host` VARCHAR(256),
  `int_cores` INT NOT NULL DEFAULT 0,
  `int_layer_order` INT NOT NULL,
  `ts_started` DATETIME,
  `ts_stopped` DATETIME,
  `ts_last_run` DATETIME,
  `ts_updated` DATETIME,
  `int_version` INT DEFAULT 0,
  `str_checkpoint_state` VARCHAR(12) NOT NULL DEFAULT 'DISABLED',
  `int_checkpoint_count` SMALLINT NOT NULL DEFAULT 0,
  `int_gpu_mem_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_total_past_core_time` INT NOT NULL DEFAULT 0,
  `ts_llu` DATETIME,
  `int_gpu_mem_used` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_total_past_gpu_time` INT NOT NULL DEFAULT 0,
  `int_pss_max_used` BIGINT DEFAULT 0,
  `int_pss_used` BIGINT DEFAULT 0,
  `ts_eligible` DATETIME,
  PRIMARY KEY (`pk_frame`),
  UNIQUE KEY `c_frame_str_name_unq` (`str_name`, `pk_job`),
  KEY `i_frame_depend_candidates` (`pk_job`, `pk_layer`, `pk_frame`),
  KEY `i_frame_dispatch_idx` (`int_dispatch_order`, `int_layer_order`),
  KEY `i_frame_int_gpu_mem_reserved` (`int_gpu_mem_reserved`),
  KEY `i_frame_pk_job` (`pk_job`),
  KEY `i_frame_pkjoblayer` (`pk_layer`),
  KEY `i_frame_state_job` (`str_state`, `pk_job`),
  CONSTRAINT `c_frame_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_frame_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frame_state_display_overrides` (
  `pk_frame_override` VARCHAR(36) NOT NULL,
  `pk_frame` VARCHAR(36) NOT NULL,
  `str_frame_state` VARCHAR(24) NOT NULL,
  `str_override_text` VARCHAR(24) NOT NULL,
  `str_rgb` VARCHAR(24) NOT NULL,
  UNIQUE KEY `c_frame_state_override` (`pk_frame`, `str_frame_state`),
  CONSTRAINT `c_frame_state_overrides_pk_frame` FOREIGN KEY (`pk_frame`) REFERENCES `frame` (`pk_frame`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_env` (
  `pk_layer_env` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36),
  `pk_job` VARCHAR(36),
  `str_key` VARCHAR(2048),
  `str_value` VARCHAR(2048),
  PRIMARY KEY (`pk_layer_env`),
  KEY `i_layer_env_pk_job` (`pk_job`),
  KEY `i_layer_env_pk_layer` (`pk_layer`),
  CONSTRAINT `c_layer_env_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_env_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_history` (
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(512) NOT NULL,
  `str_type` VARCHAR(16) NOT NULL,
  `int_cores_min` BIGINT NOT NULL DEFAULT 100,
  `int_mem_min` BIGINT NOT NULL DEFAULT 4194304,
  `int_core_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_core_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_frame_count` BIGINT NOT NULL DEFAULT 0,
  `int_layer_count` BIGINT NOT NULL DEFAULT 0,
  `int_waiting_count` BIGINT NOT NULL DEFAULT 0,
  `int_dead_count` BIGINT NOT NULL DEFAULT 0,
  `int_depend_count` BIGINT NOT NULL DEFAULT 0,
  `int_eaten_count` BIGINT NOT NULL DEFAULT 0,
  `int_succeeded_count` BIGINT NOT NULL DEFAULT 0,
  `int_running_count` BIGINT NOT NULL DEFAULT 0,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `b_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `dt_last_modified` DATE NOT NULL,
  `str_services` VARCHAR(128),
  `int_gpus_min` INT NOT NULL DEFAULT 0,
  `int_gpu_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_min` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_layer`),
  KEY `i_layer_history_b_archived` (`b_archived`),
  KEY `i_layer_history_pk_job` (`pk_job`),
  KEY `i_layer_history_str_name` (`str_name`),
  KEY `i_layer_history_str_type` (`str_type`),
  CONSTRAINT `c_layer_history_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job_history` (`pk_job`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frame_history` (
  `pk_frame_history` VARCHAR(36) NOT NULL,
  `pk_frame` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(256) NOT NULL,
  `str_state` VARCHAR(24) NOT NULL,
  `int_mem_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  `int_cores` INT NOT NULL DEFAULT 100,
  `str_host` VARCHAR(64),
  `int_exit_status` SMALLINT NOT NULL DEFAULT '-1',
  `pk_alloc` VARCHAR(36),
  `int_ts_started` INT NOT NULL,
  `int_ts_stopped` INT NOT NULL DEFAULT 0,
  `int_checkpoint_count` INT NOT NULL DEFAULT 0,
  `dt_last_modified` DATE NOT NULL,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_frame_history`),
  KEY `i_frame_history_int_exit_stat` (`int_exit_status`),
  KEY `i_frame_history_int_ts_stopped` (`int_ts_stopped`),
  KEY `i_frame_history_pk_alloc` (`pk_alloc`),
  KEY `i_frame_history_pk_frame` (`pk_frame`),
  KEY `i_frame_history_pk_job` (`pk_job`),
  KEY `i_frame_history_pk_layer` (`pk_layer`),
  KEY `i_frame_history_str_state` (`str_state`),
  KEY `i_frame_history_ts_start_stop` (`int_ts_started`, `int_ts_stopped`),
  CONSTRAINT `c_frame_history_pk_alloc` FOREIGN KEY (`pk_alloc`) REFERENCES `alloc` (`pk_alloc`),
  CONSTRAINT `c_frame_history_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job_history` (`pk_job`) ON DELETE CASCADE,
  CONSTRAINT `c_frame_history_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer_history` (`pk_layer`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_mem` (
  `pk_layer_mem` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `int_max_vss` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_max_pss` BIGINT DEFAULT 0,
  PRIMARY KEY (`pk_layer_mem`),
  KEY `i_layer_mem_int_max_rss` (`int_max_rss`),
  KEY `i_layer_mem_pk_job` (`pk_job`),
  UNIQUE KEY `i_layer_mem_pk_layer` (`pk_layer`),
  KEY `i_max_pss_layer` (`int_max_pss`),
  CONSTRAINT `c_layer_mem_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_mem_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_output` (
  `pk_layer_output` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `str_filespec` VARCHAR(2048) NOT NULL,
  `ser_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`pk_layer_output`),
  KEY `i_layer_output_pk_job` (`pk_job`),
  KEY `i_layer_output_pk_layer` (`pk_layer`),
  UNIQUE KEY `i_layer_output_unique` (`pk_layer`, `str_filespec`),
  UNIQUE KEY `layer_output_ser_order_key` (`ser_order`),
  CONSTRAINT `c_layer_output_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_output_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_resource` (
  `pk_layer_resource` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_cores` BIGINT NOT NULL DEFAULT 0,
  `int_max_rss` BIGINT NOT NULL DEFAULT 0,
  `int_max_vss` BIGINT NOT NULL DEFAULT 0,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_max` BIGINT NOT NULL DEFAULT 0,
  `int_max_pss` BIGINT DEFAULT 0,
  PRIMARY KEY (`pk_layer_resource`),
  UNIQUE KEY `c_layerresource_uk` (`pk_layer`),
  KEY `i_layer_resource_pk_job` (`pk_job`),
  CONSTRAINT `c_layer_resource_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_resource_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_stat` (
  `pk_layer_stat` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_total_count` BIGINT NOT NULL DEFAULT 0,
  `int_waiting_count` BIGINT NOT NULL DEFAULT 0,
  `int_running_count` BIGINT NOT NULL DEFAULT 0,
  `int_dead_count` BIGINT NOT NULL DEFAULT 0,
  `int_depend_count` BIGINT NOT NULL DEFAULT 0,
  `int_eaten_count` BIGINT NOT NULL DEFAULT 0,
  `int_succeeded_count` BIGINT NOT NULL DEFAULT 0,
  `int_checkpoint_count` BIGINT NOT NULL DEFAULT 0,
  `ts_started` DATETIME,
  `ts_stopped` DATETIME,
  PRIMARY KEY (`pk_layer_stat`),
  UNIQUE KEY `i_layer_stat_pk_layer` (`pk_layer`),
  KEY `i_layerstat_pkjob` (`pk_job`),
  KEY `idx_layer_stat_waiting` (`pk_layer`),
  CONSTRAINT `c_layer_stat_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_stat_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `layer_usage` (
  `pk_layer_usage` VARCHAR(36) NOT NULL,
  `pk_layer` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36) NOT NULL,
  `int_core_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_core_time_fail` BIGINT NOT NULL DEFAULT 0,
  `int_frame_success_count` INT NOT NULL DEFAULT 0,
  `int_frame_fail_count` INT NOT NULL DEFAULT 0,
  `int_clock_time_fail` INT NOT NULL DEFAULT 0,
  `int_clock_time_high` INT NOT NULL DEFAULT 0,
  `int_clock_time_low` INT NOT NULL DEFAULT 0,
  `int_clock_time_success` INT NOT NULL DEFAULT 0,
  `int_gpu_time_success` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_time_fail` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_layer_usage`),
  UNIQUE KEY `c_layer_usage_pk_layer_uk` (`pk_layer`),
  KEY `i_layer_usage_pk_job` (`pk_job`),
  CONSTRAINT `c_layer_usage_pk_job` FOREIGN KEY (`pk_job`) REFERENCES `job` (`pk_job`),
  CONSTRAINT `c_layer_usage_pk_layer` FOREIGN KEY (`pk_layer`) REFERENCES `layer` (`pk_layer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matcher` (
  `pk_matcher` VARCHAR(36) NOT NULL,
  `pk_filter` VARCHAR(36) NOT NULL,
  `str_subject` VARCHAR(64) NOT NULL,
  `str_match` VARCHAR(64) NOT NULL,
  `str_value` VARCHAR(6000) NOT NULL,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`pk_matcher`),
  KEY `i_matcher_pk_filter` (`pk_filter`),
  CONSTRAINT `c_matcher_pk_filter` FOREIGN KEY (`pk_filter`) REFERENCES `filter` (`pk_filter`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owner` (
  `pk_owner` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_username` VARCHAR(64) NOT NULL,
  `ts_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`pk_owner`),
  KEY `i_owner_pk_show` (`pk_show`),
  UNIQUE KEY `i_owner_str_username` (`str_username`),
  CONSTRAINT `c_owner_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `point` (
  `pk_point` VARCHAR(36) NOT NULL,
  `pk_dept` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_ti_task` VARCHAR(36),
  `int_cores` INT NOT NULL DEFAULT 0,
  `b_managed` TINYINT(1) NOT NULL DEFAULT 0,
  `int_min_cores` INT NOT NULL DEFAULT 0,
  `float_tier` DECIMAL(16,2) NOT NULL DEFAULT 0,
  `ts_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `int_gpus` INT NOT NULL DEFAULT 0,
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_point`),
  UNIQUE KEY `c_point_pk_show_dept` (`pk_show`, `pk_dept`),
  KEY `i_point_pk_dept` (`pk_dept`),
  KEY `i_point_pk_show` (`pk_show`),
  KEY `i_point_tier` (`float_tier`),
  CONSTRAINT `c_point_pk_dept` FOREIGN KEY (`pk_dept`) REFERENCES `dept` (`pk_dept`),
  CONSTRAINT `c_point_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proc` (
  `pk_proc` VARCHAR(36) NOT NULL,
  `pk_host` VARCHAR(36) NOT NULL,
  `pk_job` VARCHAR(36),
  `pk_show` VARCHAR(36),
  `pk_layer` VARCHAR(36),
  `pk_frame` VARCHAR(36),
  `int_cores_reserved` BIGINT NOT NULL,
  `int_mem_reserved` BIGINT NOT NULL,
  `int_mem_used` BIGINT NOT NULL DEFAULT 0,
  `int_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  `b_unbooked` TINYINT(1) NOT NULL DEFAULT 0,
  `int_mem_pre_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_virt_used` BIGINT NOT NULL DEFAULT 0,
  `int_virt_max_used` BIGINT NOT NULL DEFAULT 0,
  `str_redirect` VARCHAR(265),
  `b_local` TINYINT(1) NOT NULL DEFAULT 0,
  `ts_ping` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_booked` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ts_dispatched` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `int_gpu_mem_reserved` BIGINT NOT NULL DEFAULT 0,
  `int_gpus_reserved` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_used` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_max_used` BIGINT NOT NULL DEFAULT 0,
  `int_gpu_mem_pre_reserved` BIGINT NOT NULL DEFAULT 0,
  `bytea_children` LONGBLOB,
  `int_swap_used` BIGINT NOT NULL DEFAULT 0,
  `int_pss_max_used` BIGINT DEFAULT 0,
  `int_pss_used` BIGINT DEFAULT 0,
  PRIMARY KEY (`pk_proc`),
  UNIQUE KEY `c_proc_uk` (`pk_frame`),
  KEY `i_proc_int_gpu_mem_reserved` (`int_gpu_mem_reserved`),
  KEY `i_proc_pkhost` (`pk_host`),
  KEY `i_proc_pkjob` (`pk_job`),
  KEY `i_proc_pklayer` (`pk_layer`),
  KEY `i_proc_pkshow` (`pk_show`),
  CONSTRAINT `c_proc_pk_frame` FOREIGN KEY (`pk_frame`) REFERENCES `frame` (`pk_frame`),
  CONSTRAINT `c_proc_pk_host` FOREIGN KEY (`pk_host`) REFERENCES `host` (`pk_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `show_alias` (
  `pk_show_alias` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`pk_show_alias`),
  KEY `i_show_alias_pk_show` (`pk_show`),
  CONSTRAINT `c_show_alias_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `show_service` (
  `pk_show_service` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `b_threadable` TINYINT(1) NOT NULL,
  `int_cores_min` INT NOT NULL,
  `int_mem_min` INT NOT NULL,
  `str_tags` VARCHAR(128) NOT NULL,
  `int_cores_max` INT NOT NULL DEFAULT 0,
  `int_gpu_mem_min` BIGINT NOT NULL DEFAULT 0,
  `int_timeout` INT NOT NULL DEFAULT 0,
  `int_timeout_llu` INT NOT NULL DEFAULT 0,
  `int_gpus_min` INT NOT NULL DEFAULT 0,
  `int_gpus_max` INT NOT NULL DEFAULT 0,
  `int_min_memory_increase` INT NOT NULL DEFAULT 2097152,
  PRIMARY KEY (`pk_show_service`),
  KEY `i_show_service_int_gpu_mem_min` (`int_gpu_mem_min`),
  KEY `i_show_service_int_gpus_min` (`int_gpus_min`),
  UNIQUE KEY `i_show_service_str_name` (`str_name`, `pk_show`),
  CONSTRAINT `c_show_service_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `show_stats` (
  `pk_show` VARCHAR(36) NOT NULL,
  `int_frame_insert_count` BIGINT NOT NULL DEFAULT 0,
  `int_job_insert_count` BIGINT NOT NULL DEFAULT 0,
  `int_frame_success_count` BIGINT NOT NULL DEFAULT 0,
  `int_frame_fail_count` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription` (
  `pk_subscription` VARCHAR(36) NOT NULL,
  `pk_alloc` VARCHAR(36) NOT NULL,
  `pk_show` VARCHAR(36) NOT NULL,
  `int_size` BIGINT NOT NULL DEFAULT 0,
  `int_burst` BIGINT NOT NULL DEFAULT 0,
  `int_cores` INT NOT NULL DEFAULT 0,
  `float_tier` DECIMAL(16,2) NOT NULL DEFAULT 0,
  `int_gpus` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_subscription`),
  UNIQUE KEY `c_subscription_uk` (`pk_show`, `pk_alloc`),
  KEY `i_sub_tier` (`float_tier`),
  KEY `i_subscription_pkalloc` (`pk_alloc`),
  CONSTRAINT `c_subscription_pk_alloc` FOREIGN KEY (`pk_alloc`) REFERENCES `alloc` (`pk_alloc`),
  CONSTRAINT `c_subscription_pk_show` FOREIGN KEY (`pk_show`) REFERENCES `show` (`pk_show`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `pk_task` VARCHAR(36) NOT NULL,
  `pk_point` VARCHAR(36) NOT NULL,
  `str_shot` VARCHAR(36) NOT NULL,
  `int_min_cores` INT NOT NULL DEFAULT 100,
  `int_adjust_cores` INT NOT NULL DEFAULT 0,
  `int_min_gpus` INT NOT NULL DEFAULT 0,
  `int_adjust_gpus` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`pk_task`),
  UNIQUE KEY `c_task_uniq` (`str_shot`, `pk_point`),
  KEY `i_task_pk_point` (`pk_point`),
  CONSTRAINT `c_task_pk_point` FOREIGN KEY (`pk_point`) REFERENCES `point` (`pk_point`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_lock` (
  `pk_task_lock` VARCHAR(36) NOT NULL,
  `str_name` VARCHAR(36) NOT NULL,
  `int_lock` BIGINT NOT NULL DEFAULT 0,
  `int_timeout` BIGINT NOT NULL DEFAULT 30,
  `ts_lastrun` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`pk_task_lock`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


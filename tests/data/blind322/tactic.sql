-- TACTIC (Southpaw Technology; production asset and task management for VFX, animation and games),
-- github.com/Southpaw-TACTIC/TACTIC, commit 578bd6121272f11c1e9c8eb865a26025ea9744ee (EPL-1.0).
-- Source: upstream's own MySQL install scripts src/pyasm/search/upgrade/mysql/bootstrap_schema.sql and
-- sthpw_schema.sql (the central "sthpw" database), written for sql_mode ANSI_QUOTES. Converted for the default sql_mode:
-- "name" -> `name`, character varying -> varchar, serial PRIMARY KEY -> bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY
-- (what MySQL makes of SERIAL), CONSTRAINT x UNIQUE (...) -> UNIQUE KEY x (...); seed INSERTs and SET sql_mode left out.
-- Every table and column of the two scripts is kept, in upstream's order. TACTIC declares no foreign keys.

CREATE TABLE `search_object` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(100) NOT NULL,
    `namespace` varchar(200) NOT NULL,
    `description` longtext,
    `database` varchar(100) NOT NULL,
    `table_name` varchar(100) NOT NULL,
    `class_name` varchar(100) NOT NULL,
    `title` varchar(100),
    `schema` varchar(100),
    `color` varchar(256),
    `id_column` varchar(256),
    `default_layout` varchar(32),
    UNIQUE KEY `search_object_code_idx` (`code`),
    UNIQUE KEY `search_object_search_type_idx` (`search_type`)
);

CREATE TABLE `project` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(30) NOT NULL,
    `title` varchar(100),
    `sobject_mapping_cls` varchar(100),
    `dir_naming_cls` varchar(200),
    `code_naming_cls` varchar(200),
    `pipeline` varchar(30),
    `snapshot` longtext,
    `type` varchar(30),
    `last_db_update` timestamp,
    `description` longtext,
    `initials` varchar(30),
    `file_naming_cls` varchar(200),
    `reg_hours` integer,
    `node_naming_cls` varchar(200),
    `s_status` varchar(30),
    `status` varchar(256),
    `last_version_update` varchar(256),
    `palette` varchar(256),
    `category` varchar(256),
    `is_template` boolean,
    `db_resource` longtext,
    UNIQUE KEY `project_code_idx` (`code`)
);

CREATE TABLE `login` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(512),
    `login` varchar(100) NOT NULL,
    `password` varchar(255),
    `upn` varchar(100) NOT NULL,
    `login_groups` longtext,
    `first_name` varchar(100),
    `last_name` varchar(100),
    `display_name` varchar(256),
    `email` varchar(200),
    `phone_number` varchar(32),
    `department` varchar(256),
    `namespace` varchar(255),
    `snapshot` longtext,
    `s_status` varchar(30),
    `project_code` longtext,
    `license_type` varchar(256),
    `hourly_wage` float,
    `data` longtext,
    UNIQUE KEY `login_code_idx` (`code`),
    UNIQUE KEY `login_upn_idx` (`upn`)
);

CREATE TABLE `schema` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `description` longtext,
    `schema` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `login` varchar(256),
    `s_status` varchar(30),
    UNIQUE KEY `schema_code_idx` (`code`)
);

CREATE TABLE `trigger` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `class_name` varchar(256),
    `script_path` varchar(256),
    `description` longtext,
    `event` varchar(256),
    `mode` varchar(256),
    `project_code` varchar(256),
    `s_status` varchar(256),
    `process` varchar(256),
    UNIQUE KEY `trigger_code_idx` (`code`)
);

CREATE TABLE `notification` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(30),
    `event` varchar(256),
    `listen_event` varchar(256),
    `data` longtext,
    `description` longtext,
    `process` varchar(256),
    `type` varchar(30) NOT NULL,
    `search_type` varchar(100),
    `project_code` varchar(30),
    `rules` longtext,
    `subject` longtext,
    `message` longtext,
    `email_handler_cls` varchar(200),
    `mail_to` longtext,
    `mail_cc` longtext,
    `mail_bcc` longtext,
    `s_status` varchar(30),
    `title` varchar(256),
    UNIQUE KEY `notification_code_idx` (`code`)
);

CREATE TABLE `db_resource` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `host` longtext,
    `port` integer,
    `vendor` varchar(256),
    `login` varchar(256),
    `password` longtext,
    UNIQUE KEY `db_resource_code_idx` (`code`)
);

CREATE TABLE `access_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `url` varchar(256),
    `data` varchar(256),
    `start_time` timestamp NULL,
    `end_time` timestamp NULL,
    `duration` float,
    UNIQUE KEY `access_log_code_idx` (`code`)
);

CREATE TABLE `command_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `class_name` varchar(100) NOT NULL,
    `paramaters` varchar(256),
    `login` varchar(100) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE KEY `command_log_code_idx` (`code`)
);

CREATE TABLE `connection` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `context` varchar(60),
    `project_code` varchar(30),
    `src_search_type` varchar(200),
    `src_search_id` integer,
    `dst_search_type` varchar(200),
    `dst_search_id` integer,
    `login` varchar(30),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `file_access` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `file_code` integer NOT NULL,
    `login` varchar(100),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `queue` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `queue` varchar(30) NOT NULL,
    `priority` varchar(10) NOT NULL,
    `description` varchar(256),
    `state` varchar(30) DEFAULT 'pending' NOT NULL,
    `login` varchar(30) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `command` varchar(200) NOT NULL,
    `serialized` varchar(256),
    `s_status` varchar(30),
    `project_code` varchar(100),
    `search_id` integer,
    `search_type` varchar(100),
    `dispatcher_id` integer,
    `policy_code` varchar(30),
    `host` varchar(256)
);

CREATE TABLE `repo` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256) NOT NULL,
    `description` varchar(256) NOT NULL,
    `handler` varchar(100) NOT NULL,
    `web_dir` varchar(256) NOT NULL,
    `lib_dir` varchar(256) NOT NULL
);

CREATE TABLE `snapshot_type` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `pipeline_code` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `login` varchar(256),
    `s_status` varchar(256),
    `relpath` varchar(256),
    `project_code` varchar(256),
    `subcontext` varchar(256),
    `snapshot_flavor` varchar(256),
    `relfile` varchar(256),
    UNIQUE KEY `snapshot_type_code_unique` (`code`)
);

CREATE TABLE `special_day` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `week` integer,
    `mon` float,
    `tue` float,
    `wed` float,
    `thu` float,
    `fri` float,
    `sat` float,
    `sun` float,
    `year` integer,
    `login` varchar(256),
    `description` varchar(256),
    `type` varchar(256),
    `project_code` varchar(256)
);

CREATE TABLE `custom_property` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(256),
    `name` varchar(256),
    `description` varchar(256),
    `login` varchar(256)
);

CREATE TABLE `pref_list` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `key` varchar(256),
    `description` varchar(256),
    `options` varchar(256),
    `type` varchar(256),
    `category` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `title` varchar(256),
    UNIQUE KEY `pref_list_key_idx` (`key`)
);

CREATE TABLE `retire_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(100),
    `search_id` varchar(100),
    `login` varchar(100) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE KEY `retire_log_code_idx` (`code`)
);

CREATE TABLE `translation` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `language` varchar(256),
    `msgid` varchar(256),
    `msgstr` varchar(256),
    `line` varchar(256),
    `login` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `project_type` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(30),
    `dir_naming_cls` varchar(200),
    `file_naming_cls` varchar(200),
    `code_naming_cls` varchar(200),
    `node_naming_cls` varchar(200),
    `sobject_mapping_cls` varchar(200),
    `s_status` varchar(32),
    `type` varchar(100) NOT NULL,
    `repo_handler_cls` varchar(200),
    UNIQUE KEY `project_type_code_idx` (`code`)
);

CREATE TABLE `login_group` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `login_group` varchar(100) NOT NULL,
    `name` longtext,
    `sub_groups` longtext,
    `access_rules` longtext,
    `redirect_url` longtext,
    `namespace` varchar(255),
    `description` longtext,
    `project_code` longtext,
    `s_status` varchar(256),
    `start_link` longtext,
    `access_level` varchar(32),
    `is_default` boolean,
    `data` longtext,
    UNIQUE KEY `login_group_code_idx` (`code`)
);

CREATE TABLE `login_in_group` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `login` varchar(100) NOT NULL,
    `login_group` varchar(100) NOT NULL
);

CREATE TABLE `ticket` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `ticket` varchar(100) NOT NULL,
    `login` varchar(100),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `expiry` timestamp NULL,
    `category` varchar(256),
    UNIQUE KEY `ticket_code_idx` (`code`),
    UNIQUE KEY `ticket_ticket_idx` (`ticket`)
);

CREATE TABLE `pipeline` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `pipeline` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `search_type` varchar(100),
    `project_code` varchar(30),
    `description` longtext,
    `color` varchar(256),
    `s_status` varchar(30),
    `autocreate_tasks` boolean,
    UNIQUE KEY `pipeline_code_idx` (`code`)
);

CREATE TABLE `group_notification` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `login_group` varchar(100) NOT NULL,
    `notification_id` integer NOT NULL
);

CREATE TABLE `notification_login` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `notification_log_id` integer,
    `login` varchar(256),
    `type` varchar(256),
    `project_code` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `notification_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `project_code` varchar(256),
    `login` varchar(256),
    `command_cls` varchar(256),
    `subject` longtext,
    `message` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `snapshot` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `search_type` varchar(100) NOT NULL,
    `search_id` integer NOT NULL,
    `column_name` varchar(100) NOT NULL,
    `snapshot` text NOT NULL,
    `description` longtext,
    `process` varchar(256),
    `login` varchar(100) NOT NULL,
    `lock_login` varchar(100),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `lock_date` timestamp NULL,
    `context` varchar(256),
    `version` integer,
    `s_status` varchar(30),
    `snapshot_type` varchar(30),
    `code` varchar(30),
    `repo` varchar(30),
    `is_current` boolean,
    `label` varchar(100),
    `revision` integer,
    `level_type` varchar(256),
    `level_id` integer,
    `metadata` longtext,
    `is_latest` boolean,
    `status` varchar(256),
    `project_code` varchar(256),
    `search_code` varchar(256),
    `is_synced` boolean,
    UNIQUE KEY `snapshot_code_idx` (`code`)
);

CREATE TABLE `file` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `file_name` varchar(512),
    `search_type` varchar(100) NOT NULL,
    `search_id` integer NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `st_size` integer,
    `file_range` longtext,
    `code` varchar(30),
    `snapshot_code` varchar(30),
    `project_code` varchar(100),
    `md5` varchar(32),
    `checkin_dir` longtext,
    `source_path` longtext,
    `relative_dir` longtext,
    `type` varchar(256),
    `base_type` varchar(256),
    `metadata` longtext,
    `metadata_search` longtext,
    `repo_type` varchar(256),
    `base_dir_alias` varchar(256),
    UNIQUE KEY `file_code_idx` (`code`)
);

CREATE TABLE `remote_repo` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(30),
    `ip_address` varchar(30),
    `ip_mask` varchar(30),
    `repo_base_dir` varchar(200),
    `sandbox_base_dir` varchar(200),
    `login` varchar(100),
    UNIQUE KEY `remote_repo_code_idx` (`code`)
);

CREATE TABLE `milestone` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `project_code` varchar(256),
    `description` longtext,
    `due_date` timestamp NULL,
    UNIQUE KEY `milestone_code_idx` (`code`)
);

CREATE TABLE `task` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `assigned` varchar(100),
    `description` longtext,
    `status` varchar(32),
    `discussion` longtext,
    `bid_start_date` timestamp NULL,
    `bid_end_date` timestamp NULL,
    `bid_duration` float,
    `actual_start_date` timestamp NULL,
    `actual_end_date` timestamp NULL,
    `search_type` varchar(100),
    `search_id` integer,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `s_status` varchar(30),
    `priority` integer,
    `process` varchar(256),
    `context` varchar(256),
    `milestone_code` varchar(200),
    `pipeline_code` varchar(256),
    `parent_id` integer,
    `sort_order` integer,
    `depend_id` integer,
    `project_code` varchar(100),
    `supervisor` varchar(100),
    `code` varchar(256),
    `login` varchar(256),
    `completion` float,
    UNIQUE KEY `task_code_idx` (`code`)
);

CREATE TABLE `note` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `project_code` varchar(30),
    `search_type` varchar(200),
    `search_id` integer,
    `login` varchar(30),
    `context` varchar(60),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `note` longtext,
    `title` varchar(1024),
    `parent_id` integer,
    `status` varchar(256),
    `label` varchar(256),
    `process` varchar(60),
    `sort_order` integer,
    `access` varchar(256),
    UNIQUE KEY `note_code_idx` (`code`)
);

CREATE TABLE `pref_setting` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `project_code` varchar(256),
    `login` varchar(256),
    `key` varchar(256),
    `value` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `wdg_settings` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `key` varchar(255) NOT NULL,
    `login` varchar(100) NOT NULL,
    `data` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `project_code` varchar(30)
);

CREATE TABLE `clipboard` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `project_code` varchar(256),
    `login` varchar(256),
    `search_type` varchar(256),
    `search_id` integer,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `category` varchar(256)
);

CREATE TABLE `exception_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `class` varchar(100),
    `message` longtext,
    `stack_trace` longtext,
    `login` varchar(100) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `transaction_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `transaction` longtext,
    `login` varchar(100) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `description` longtext,
    `command` varchar(100),
    `title` longtext,
    `type` varchar(30),
    `namespace` varchar(100),
    UNIQUE KEY `transaction_log_code_idx` (`code`)
);

CREATE INDEX `transaction_log_timestamp_idx` ON `transaction_log` (`timestamp`);

CREATE INDEX `transaction_log_idx` ON `transaction_log` (`login`, `namespace`, `type`);

CREATE TABLE `transaction_state` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `ticket` varchar(100),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `data` longtext,
    UNIQUE KEY `transaction_state_ticket_idx` (`ticket`)
);

CREATE TABLE `sobject_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(100) NOT NULL,
    `search_id` integer NOT NULL,
    `data` longtext,
    `login` varchar(100) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `transaction_log_id` integer
);

CREATE TABLE `status_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `search_type` varchar(256) NOT NULL,
    `search_id` integer NOT NULL,
    `status` longtext,
    `login` varchar(256) NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `to_status` varchar(256),
    `from_status` varchar(256),
    `project_code` varchar(256)
);

CREATE TABLE `debug_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `category` varchar(256),
    `level` varchar(256),
    `message` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `login` varchar(256),
    `s_status` varchar(30)
);

CREATE TABLE `work_hour` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `project_code` varchar(256),
    `description` longtext,
    `category` varchar(256),
    `process` varchar(256),
    `login` varchar(256),
    `day` timestamp NULL,
    `start_time` timestamp NULL,
    `end_time` timestamp NULL,
    `straight_time` float,
    `over_time` float,
    `search_type` varchar(256),
    `search_id` integer,
    `status` varchar(256),
    `task_code` varchar(256),
    UNIQUE KEY `work_hour_code_idx` (`code`)
);

CREATE TABLE `cache` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `key` varchar(256),
    `mtime` timestamp
);

CREATE TABLE `sobject_list` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(256),
    `search_id` integer,
    `keywords` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `project_code` varchar(256),
    UNIQUE KEY `sobject_list_code_idx` (`code`)
);

CREATE TABLE `change_timestamp` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `search_type` varchar(256),
    `search_code` varchar(256),
    `changed_on` longtext,
    `changed_by` longtext,
    `project_code` varchar(256),
    `transaction_code` varchar(256)
);

CREATE TABLE `interaction` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `project_code` varchar(256),
    `login` varchar(256),
    `key` varchar(1024),
    `data` longtext,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE INDEX `interaction_key_idx` ON `interaction` (`key`);

CREATE INDEX `note_search_type_search_id_idx` ON `note` (`search_type`, `search_id`);

CREATE INDEX `snapshot_stype_sid_idx` ON `snapshot` (`search_type`, `search_id`);

CREATE INDEX `sobject_list_stype_sid_idx` ON `sobject_list` (`search_type`, `search_id`);

CREATE INDEX `status_log_stype_sid_idx` ON `status_log` (`search_type`, `search_id`);

CREATE INDEX `task_search_type_search_id_idx` ON `task` (`search_type`, `search_id`);

CREATE INDEX `con_d_stype_d_sid_con_idx` ON `connection` (`dst_search_type`, `dst_search_id`, `context`);

CREATE INDEX `con_s_stype_s_sid_idx` ON `connection` (`src_search_type`, `src_search_id`);

CREATE TABLE `department` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `name` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `doc` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `alias` varchar(1024),
    `rel_path` text
);

CREATE TABLE `message` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `category` varchar(256),
    `message` longtext,
    `status` varchar(32),
    `login` varchar(256),
    `project_code` varchar(32),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE KEY `message_code_idx` (`code`)
);

CREATE TABLE `message_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `message_code` varchar(256),
    `category` varchar(256),
    `message` longtext,
    `status` varchar(32),
    `login` varchar(256),
    `project_code` varchar(32),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE `subscription` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `category` varchar(256),
    `message_code` varchar(256),
    `login` varchar(256),
    `project_code` varchar(32),
    `status` varchar(32),
    `last_cleared` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UNIQUE KEY `subscription_code_idx` (`code`)
);

CREATE INDEX `subscription_message_code_idx` ON `subscription` (`message_code`);

CREATE TABLE `sync_job` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `login` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `command` longtext,
    `data` longtext,
    `state` varchar(256),
    `host` varchar(256),
    `project_code` varchar(256),
    `error_log` longtext,
    `server_code` varchar(256),
    `transaction_code` varchar(256)
);

CREATE INDEX `sync_job_code_idx` ON `sync_job` (`code`);

CREATE INDEX `sync_job_state_idx` ON `sync_job` (`state`);

CREATE TABLE `sync_log` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `transaction_code` varchar(256),
    `status` varchar(256),
    `error` varchar(256),
    `login` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `project_code` varchar(256)
);

CREATE INDEX `sync_log_transaction_idx` ON `sync_log` (`transaction_code`);

CREATE TABLE `sync_server` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `host` varchar(256),
    `login` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `state` varchar(256),
    `ticket` varchar(256),
    `access_rules` longtext,
    `description` longtext,
    `sync_mode` varchar(256),
    `base_dir` longtext,
    `file_mode` varchar(256)
);

CREATE INDEX `sync_server_code_idx` ON `sync_server` (`code`);

CREATE TABLE `watch_folder` (
    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `code` varchar(256),
    `name` varchar(256),
    `project_code` varchar(256),
    `base_dir` longtext,
    `search_type` varchar(256),
    `process` varchar(256),
    `timestamp` timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    `script_path` varchar(1024)
);

-- Open XDMoD 11.x development line (University at Buffalo CCR; XSEDE / ACCESS XD Metrics on Demand),
-- github.com/ubccr/xdmod, commit 33015b5d1ec986be955ab0ed1c04edfef5e67523 (LGPL-3.0).
-- Open XDMoD creates its tables from the JSON table definitions of configuration/etl/etl_tables.d/ (the ETL's
-- ManageTables actions and xdmod-setup). Each kept definition is rendered as classes/ETL/DbModel/Table::getSql()
-- renders it (columns, PRIMARY KEY / [UNIQUE] INDEX, CONSTRAINT ... FOREIGN KEY, ENGINE), with three deviations:
-- the `USING BTREE` of the indexes is left out (InnoDB's only index type; sqlglot cannot read it before the column
-- list), triggers are left out, and `Reports` is given CHARSET = utf8mb3 (XDMoD creates its databases with the
-- server's default character set; in utf8mb4 its unique index on (user_id, name varchar(1000)) is too long).
-- The tables live in five databases (moddb, mod_shredder, mod_hpcdb, modw, mod_logger); the names are unique
-- across the kept tables, so they are written without the database. Foreign keys to tables not kept are left out.
-- 58 of 184 definitions kept (see xdmod.md).

-- ======================================================================
-- schema moddb
-- ======================================================================

-- UserTypes (configuration/etl/etl_tables.d/xdb/user-types.json)
CREATE TABLE IF NOT EXISTS `UserTypes` (
  `id` int(11) NOT NULL auto_increment,
  `type` varchar(50) NULL DEFAULT NULL,
  `color` char(7) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE = InnoDB;

-- Users (configuration/etl/etl_tables.d/xdb/users.json)
CREATE TABLE IF NOT EXISTS `Users` (
  `id` int(11) NOT NULL auto_increment,
  `username` varchar(200) NOT NULL DEFAULT '',
  `password` varchar(255) NULL DEFAULT NULL,
  `email_address` varchar(200) NULL DEFAULT NULL,
  `first_name` varchar(50) NULL DEFAULT NULL,
  `middle_name` varchar(50) NULL DEFAULT '',
  `last_name` varchar(50) NULL DEFAULT NULL,
  `time_created` datetime NOT NULL DEFAULT 0,
  `time_last_updated` timestamp NOT NULL DEFAULT 0,
  `password_last_updated` timestamp NOT NULL DEFAULT 0,
  `account_is_active` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `person_id` int(11) NULL DEFAULT NULL COMMENT 'references TGcDB.people.person_id',
  `organization_id` int(11) NULL DEFAULT NULL COMMENT 'references TGcDB.organizations.organization_id',
  `field_of_science` int(11) NULL DEFAULT NULL,
  `token` varchar(32) NULL DEFAULT NULL,
  `token_expiration` timestamp NOT NULL DEFAULT 0,
  `user_type` int(11) NOT NULL,
  `sticky` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Set when an admin manually updates the [person|organization]_id. Indicates that further modification must be made manually by an admin.',
  INDEX `person_id_idx` (`person_id`),
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_uniq_username` (`username`),
  INDEX `idx_user_type` (`user_type`)
) ENGINE = InnoDB;

-- UserProfiles (configuration/etl/etl_tables.d/xdb/user-profiles.json)
CREATE TABLE IF NOT EXISTS `UserProfiles` (
  `user_id` int(11) NOT NULL DEFAULT 0,
  `serialized_profile_data` longblob NULL DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE = InnoDB;

-- SessionManager (configuration/etl/etl_tables.d/xdb/session-manager.json)
CREATE TABLE IF NOT EXISTS `SessionManager` (
  `session_token` varchar(40) NOT NULL,
  `session_id` text NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `ip_address` varchar(40) NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `init_time` varchar(100) NOT NULL,
  `last_active` varchar(100) NOT NULL,
  `used_logout` tinyint(1) unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`session_token`),
  INDEX `idx_user_id` (`user_id`),
  INDEX `idx_init_time` (`init_time`)
) ENGINE = InnoDB;

-- AccountRequests (configuration/etl/etl_tables.d/xdb/account-requests.json)
CREATE TABLE IF NOT EXISTS `AccountRequests` (
  `id` int(11) NOT NULL auto_increment,
  `first_name` text NULL DEFAULT NULL,
  `last_name` text NULL DEFAULT NULL,
  `organization` text NULL DEFAULT NULL,
  `title` text NULL DEFAULT NULL,
  `email_address` text NULL DEFAULT NULL,
  `field_of_science` text NULL DEFAULT NULL,
  `additional_information` text NULL DEFAULT NULL,
  `time_submitted` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `status` varchar(100) NULL DEFAULT NULL,
  `comments` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE = InnoDB;

-- APIKeys (configuration/etl/etl_tables.d/xdb/api-keys.json)
CREATE TABLE IF NOT EXISTS `APIKeys` (
  `id` int(11) NOT NULL auto_increment,
  `api_key` varchar(16) NULL DEFAULT NULL,
  `public_key` text NULL DEFAULT NULL,
  `identifier` varchar(100) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE = InnoDB;

-- user_tokens (configuration/etl/etl_tables.d/acls/user_tokens.json)
CREATE TABLE IF NOT EXISTS `user_tokens` (
  `user_token_id` int(11) NOT NULL auto_increment,
  `user_id` int(11) NOT NULL,
  `token` varchar(512) NOT NULL,
  `created_on` timestamp NOT NULL,
  `expires_on` timestamp NOT NULL,
  PRIMARY KEY (`user_token_id`),
  UNIQUE INDEX `idx_user_id` (`user_id`),
  CONSTRAINT `fk_ut_user_id` FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB COMMENT = 'Tracks XDMoD Users API tokens for use with Data Analytics Framework endpoints.';

-- batch_export_requests (configuration/etl/etl_tables.d/xdb/batch-export-requests.json)
CREATE TABLE IF NOT EXISTS `batch_export_requests` (
  `id` int(11) NOT NULL auto_increment,
  `user_id` int(11) NOT NULL COMMENT 'References the user that requested the export.',
  `realm` varchar(255) NOT NULL COMMENT 'The realm from which data will be exported.',
  `start_date` date NOT NULL COMMENT 'Start date for the date range of the data that will be exported.',
  `end_date` date NOT NULL COMMENT 'End date for the date range of the data that will be exported.',
  `export_file_format` enum('CSV','JSON') NOT NULL COMMENT 'File format that will be used to store the exported data.',
  `requested_datetime` datetime NOT NULL COMMENT 'Date and time the export request was created.',
  `export_succeeded` tinyint(1) NULL DEFAULT NULL COMMENT 'True if the export was a success, false if not, null if the request has not yet been processed.',
  `export_created_datetime` datetime NULL DEFAULT NULL COMMENT 'Date and time the export data was generated.',
  `downloaded_datetime` datetime NULL DEFAULT NULL COMMENT 'Date and time of the first download of the exported data.',
  `export_expires_datetime` datetime NULL DEFAULT NULL COMMENT 'Date and time the export data will expire.',
  `export_expired` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'True if the export has expired, false if not.',
  `last_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'True if the export has been deleted',
  PRIMARY KEY (`id`),
  INDEX `idx_user_id` (`user_id`),
  INDEX `idx_requested_datetime` (`requested_datetime`),
  INDEX `idx_state` (`is_deleted`, `export_succeeded`, `export_expired`, `export_created_datetime`),
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE = InnoDB COMMENT = 'Data warehouse batch export requests.';

-- ExceptionEmailAddresses (configuration/etl/etl_tables.d/xdb/exception-email-addresses.json)
CREATE TABLE IF NOT EXISTS `ExceptionEmailAddresses` (
  `email_address` varchar(200) NULL DEFAULT NULL
) ENGINE = InnoDB;

-- Reports (configuration/etl/etl_tables.d/xdb/reports.json)
CREATE TABLE IF NOT EXISTS `Reports` (
  `report_id` varchar(100) NOT NULL,
  `user_id` int(11) NOT NULL,
  `name` varchar(1000) NULL DEFAULT 'TAS Report',
  `derived_from` varchar(1000) NULL DEFAULT NULL,
  `title` varchar(1000) NULL DEFAULT 'TAS Report',
  `header` varchar(1000) NULL DEFAULT NULL,
  `footer` varchar(1000) NULL DEFAULT NULL,
  `format` enum('Pdf','Pptx','Doc','Xls','Html') NOT NULL DEFAULT 'Pdf',
  `schedule` enum('Once','Daily','Weekly','Monthly','Quarterly','Semi-annually','Annually') NOT NULL DEFAULT 'Once',
  `delivery` enum('Download','E-mail') NOT NULL DEFAULT 'E-mail',
  `selected` tinyint(1) NOT NULL DEFAULT 0,
  `charts_per_page` int(1) NULL DEFAULT NULL,
  `active_role` varchar(30) NULL DEFAULT NULL,
  `last_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`report_id`),
  UNIQUE INDEX `idx_uniquename` (`user_id`, `name`),
  INDEX `idx_reportlookup` (`user_id`)
) ENGINE = InnoDB CHARSET = utf8mb3;

-- ReportCharts (configuration/etl/etl_tables.d/xdb/report-charts.json)
CREATE TABLE IF NOT EXISTS `ReportCharts` (
  `report_id` varchar(100) NOT NULL,
  `user_id` int(11) NOT NULL,
  `chart_type` text NULL DEFAULT NULL,
  `type` enum('image','datasheet') NULL DEFAULT NULL,
  `selected` tinyint(1) NULL DEFAULT 0,
  `chart_id` text NULL DEFAULT NULL,
  `ordering` int(11) NOT NULL DEFAULT 0,
  `chart_date_description` text NULL DEFAULT NULL,
  `chart_title` varchar(100) NULL DEFAULT NULL,
  `chart_drill_details` text NOT NULL,
  `timeframe_type` text NULL DEFAULT NULL,
  `image_data` longblob NULL DEFAULT NULL,
  INDEX `idx_chartlookup` (`user_id`, `report_id`)
) ENGINE = InnoDB;

-- ChartPool (configuration/etl/etl_tables.d/xdb/chart-pool.json)
CREATE TABLE IF NOT EXISTS `ChartPool` (
  `user_id` int(11) NOT NULL,
  `chart_id` text NOT NULL,
  `insertion_rank` int(11) NOT NULL auto_increment,
  `chart_title` text NULL DEFAULT NULL,
  `chart_drill_details` text NOT NULL,
  `chart_date_description` text NULL DEFAULT NULL,
  `type` enum('image','datasheet') NULL DEFAULT NULL,
  `active_role` varchar(30) NULL DEFAULT NULL,
  `image_data` longblob NULL DEFAULT NULL,
  PRIMARY KEY (`insertion_rank`),
  INDEX `idx_user` (`user_id`)
) ENGINE = InnoDB;

-- RESTx509 (configuration/etl/etl_tables.d/xdb/restx509.json)
CREATE TABLE IF NOT EXISTS `RESTx509` (
  `id` int(11) NOT NULL auto_increment,
  `distinguished_name` text NULL DEFAULT NULL,
  `api_key` varchar(100) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `time_cert_signed` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE = InnoDB;

-- VersionCheck (configuration/etl/etl_tables.d/xdb/version-check.json)
CREATE TABLE IF NOT EXISTS `VersionCheck` (
  `entry_date` datetime NOT NULL,
  `ip_address` varchar(15) NOT NULL,
  `name` varchar(255) NULL DEFAULT NULL COMMENT 'Log of xdmod version checks',
  `email` varchar(255) NULL DEFAULT NULL,
  `organization` varchar(255) NULL DEFAULT NULL,
  `current_version` varchar(16) NULL DEFAULT NULL,
  `all_params` text NULL DEFAULT NULL,
  INDEX `entry_date` (`entry_date`),
  INDEX `ip` (`ip_address`)
) ENGINE = InnoDB;

-- modules (configuration/etl/etl_tables.d/acls/modules.json)
CREATE TABLE IF NOT EXISTS `modules` (
  `module_id` int(11) NOT NULL auto_increment,
  `current_version_id` int(11) NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `display` varchar(1024) NULL DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`module_id`)
) ENGINE = InnoDB COMMENT = 'Currently installed modules';

-- acl_types (configuration/etl/etl_tables.d/acls/acl_types.json)
CREATE TABLE IF NOT EXISTS `acl_types` (
  `acl_type_id` int(11) NOT NULL auto_increment,
  `module_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display` varchar(1024) NULL DEFAULT NULL,
  PRIMARY KEY (`acl_type_id`),
  INDEX `idx_module_id` (`module_id`),
  CONSTRAINT `fk_atp_module_id` FOREIGN KEY (`module_id`) REFERENCES `modules` (`module_id`) ON DELETE CASCADE
) ENGINE = InnoDB COMMENT = 'Tracks types that pertain only to acls';

-- acls (configuration/etl/etl_tables.d/acls/acls.json)
CREATE TABLE IF NOT EXISTS `acls` (
  `acl_id` int(11) NOT NULL auto_increment,
  `module_id` int(11) NOT NULL,
  `acl_type_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `display` varchar(1024) NULL DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`acl_id`),
  UNIQUE INDEX `idx_module_id_name` (`module_id`, `name`),
  INDEX `idx_type_id` (`acl_type_id`),
  CONSTRAINT `fk_a_module_id` FOREIGN KEY (`module_id`) REFERENCES `modules` (`module_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_a_acl_type_id` FOREIGN KEY (`acl_type_id`) REFERENCES `acl_types` (`acl_type_id`) ON DELETE CASCADE
) ENGINE = InnoDB COMMENT = 'Tracks the currently defined `acls`';

-- user_acls (configuration/etl/etl_tables.d/acls/user_acls.json)
CREATE TABLE IF NOT EXISTS `user_acls` (
  `user_acl_id` int(11) NOT NULL auto_increment,
  `user_id` int(11) NOT NULL,
  `acl_id` int(11) NOT NULL,
  PRIMARY KEY (`user_acl_id`),
  INDEX `idx_user_id` (`user_id`),
  INDEX `idx_acl_id` (`acl_id`),
  UNIQUE INDEX `idx_user_id_acl_id` (`user_id`, `acl_id`),
  CONSTRAINT `fk_ua_user_id` FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_ua_acl_id` FOREIGN KEY (`acl_id`) REFERENCES `acls` (`acl_id`) ON DELETE CASCADE
) ENGINE = InnoDB COMMENT = 'Tracks which `Users` have which `acls`';

-- ======================================================================
-- schema mod_shredder
-- ======================================================================

-- shredded_job (configuration/etl/etl_tables.d/jobs/shredder/job.json)
CREATE TABLE IF NOT EXISTS `shredded_job` (
  `shredded_job_id` bigint(20) unsigned NOT NULL auto_increment,
  `source_format` enum('pbs','sge','slurm','lsf') NOT NULL,
  `date_key` date NOT NULL,
  `job_id` int(10) unsigned NOT NULL,
  `job_array_index` int(10) unsigned NULL DEFAULT NULL,
  `job_id_raw` int(10) unsigned NULL DEFAULT NULL,
  `job_name` varchar(255) NULL DEFAULT NULL,
  `resource_name` varchar(255) NOT NULL,
  `queue_name` varchar(255) NOT NULL,
  `qos_name` varchar(255) NULL DEFAULT NULL,
  `user_name` varchar(255) NOT NULL,
  `uid_number` int(10) unsigned NULL DEFAULT NULL,
  `group_name` varchar(255) NOT NULL DEFAULT 'Unknown',
  `gid_number` int(10) unsigned NULL DEFAULT NULL,
  `account_name` varchar(255) NOT NULL DEFAULT 'Unknown',
  `project_name` varchar(255) NOT NULL DEFAULT 'Unknown',
  `pi_name` varchar(255) NOT NULL DEFAULT 'Unknown',
  `start_time` int(10) unsigned NOT NULL,
  `end_time` int(10) unsigned NOT NULL,
  `submission_time` int(10) unsigned NOT NULL,
  `eligible_time` int(10) unsigned NULL DEFAULT NULL,
  `wall_time` bigint(20) unsigned NOT NULL,
  `wait_time` bigint(20) unsigned NOT NULL,
  `exit_code` varchar(32) NULL DEFAULT NULL,
  `exit_state` varchar(32) NULL DEFAULT NULL,
  `node_count` int(10) unsigned NOT NULL,
  `cpu_count` int(10) unsigned NOT NULL,
  `gpu_count` int(10) unsigned NOT NULL DEFAULT 0,
  `cpu_req` int(10) unsigned NULL DEFAULT NULL,
  `mem_req` varchar(32) NULL DEFAULT NULL,
  `timelimit` int(10) unsigned NULL DEFAULT NULL,
  `node_list` mediumtext NULL DEFAULT NULL,
  PRIMARY KEY (`shredded_job_id`),
  INDEX `source` (`source_format`, `resource_name`),
  INDEX `date_key` (`date_key`, `resource_name`),
  INDEX `end_time` (`resource_name`, `end_time`),
  INDEX `resource_name` (`resource_name`),
  INDEX `pi_name` (`pi_name`, `resource_name`),
  INDEX `user_name` (`user_name`, `resource_name`, `pi_name`),
  INDEX `qos_name` (`qos_name`)
) ENGINE = InnoDB;

-- shredded_job_pbs (configuration/etl/etl_tables.d/jobs/shredder/job-pbs.json)
CREATE TABLE IF NOT EXISTS `shredded_job_pbs` (
  `shredded_job_pbs_id` bigint(20) unsigned NOT NULL auto_increment,
  `job_id` int(10) unsigned NOT NULL,
  `job_array_index` int(10) NOT NULL DEFAULT -1,
  `host` varchar(255) NOT NULL,
  `queue` varchar(255) NOT NULL,
  `user` varchar(255) NOT NULL,
  `groupname` varchar(255) NOT NULL,
  `ctime` int(11) NOT NULL,
  `qtime` int(11) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `etime` int(11) NOT NULL,
  `exit_status` int(11) NULL DEFAULT NULL,
  `session` int(10) unsigned NULL DEFAULT NULL,
  `requestor` varchar(255) NULL DEFAULT NULL,
  `jobname` varchar(255) NULL DEFAULT NULL,
  `owner` varchar(255) NULL DEFAULT NULL,
  `account` varchar(255) NULL DEFAULT NULL,
  `session_id` int(11) NULL DEFAULT NULL,
  `error_path` varchar(255) NULL DEFAULT NULL,
  `output_path` varchar(255) NULL DEFAULT NULL,
  `exec_host` text NULL DEFAULT NULL,
  `resources_used_vmem` bigint(20) unsigned NULL DEFAULT NULL,
  `resources_used_mem` bigint(20) unsigned NULL DEFAULT NULL,
  `resources_used_walltime` bigint(20) unsigned NULL DEFAULT NULL,
  `resources_used_nodes` int(10) unsigned NULL DEFAULT NULL,
  `resources_used_cpus` int(10) unsigned NULL DEFAULT NULL,
  `resources_used_cput` bigint(20) unsigned NULL DEFAULT NULL,
  `resources_used_gpus` int(10) unsigned NOT NULL DEFAULT 0,
  `resource_list_nodes` text NULL DEFAULT NULL,
  `resource_list_procs` text NULL DEFAULT NULL,
  `resource_list_neednodes` text NULL DEFAULT NULL,
  `resource_list_pcput` bigint(20) unsigned NULL DEFAULT NULL,
  `resource_list_cput` bigint(20) unsigned NULL DEFAULT NULL,
  `resource_list_walltime` bigint(20) unsigned NULL DEFAULT NULL,
  `resource_list_ncpus` int(10) unsigned NULL DEFAULT NULL,
  `resource_list_nodect` int(10) unsigned NULL DEFAULT NULL,
  `resource_list_mem` bigint(20) unsigned NULL DEFAULT NULL,
  `resource_list_pmem` bigint(20) unsigned NULL DEFAULT NULL,
  `node_list` mediumtext NOT NULL,
  PRIMARY KEY (`shredded_job_pbs_id`),
  UNIQUE INDEX `job` (`host`, `job_id`, `job_array_index`, `ctime`, `end`)
) ENGINE = InnoDB;

-- shredded_job_sge (configuration/etl/etl_tables.d/jobs/shredder/job-sge.json)
CREATE TABLE IF NOT EXISTS `shredded_job_sge` (
  `shredded_job_sge_id` bigint(20) unsigned NOT NULL auto_increment,
  `clustername` varchar(255) NULL DEFAULT NULL,
  `qname` varchar(255) NULL DEFAULT NULL,
  `hostname` varchar(255) NOT NULL,
  `groupname` varchar(255) NULL DEFAULT NULL,
  `owner` varchar(255) NULL DEFAULT NULL,
  `job_name` varchar(255) NULL DEFAULT NULL,
  `job_number` int(10) unsigned NOT NULL,
  `account` varchar(255) NULL DEFAULT NULL,
  `priority` tinyint(4) NULL DEFAULT NULL,
  `submission_time` int(11) unsigned NULL DEFAULT NULL,
  `start_time` int(11) unsigned NULL DEFAULT NULL,
  `end_time` int(11) unsigned NULL DEFAULT NULL,
  `failed` int(11) NULL DEFAULT NULL,
  `exit_status` int(11) NULL DEFAULT NULL,
  `ru_wallclock` int(11) NULL DEFAULT NULL,
  `ru_utime` decimal(32,6) NULL DEFAULT NULL,
  `ru_stime` decimal(32,6) NULL DEFAULT NULL,
  `ru_maxrss` int(11) NULL DEFAULT NULL,
  `ru_ixrss` int(11) NULL DEFAULT NULL,
  `ru_ismrss` int(11) NULL DEFAULT NULL,
  `ru_idrss` int(11) NULL DEFAULT NULL,
  `ru_isrss` int(11) NULL DEFAULT NULL,
  `ru_minflt` int(11) NULL DEFAULT NULL,
  `ru_majflt` int(11) NULL DEFAULT NULL,
  `ru_nswap` int(11) NULL DEFAULT NULL,
  `ru_inblock` int(11) NULL DEFAULT NULL,
  `ru_oublock` int(11) NULL DEFAULT NULL,
  `ru_msgsnd` int(11) NULL DEFAULT NULL,
  `ru_msgrcv` int(11) NULL DEFAULT NULL,
  `ru_nsignals` int(11) NULL DEFAULT NULL,
  `ru_nvcsw` int(11) NULL DEFAULT NULL,
  `ru_nivcsw` int(11) NULL DEFAULT NULL,
  `project` varchar(255) NULL DEFAULT NULL,
  `department` varchar(255) NULL DEFAULT NULL,
  `granted_pe` varchar(255) NULL DEFAULT NULL,
  `slots` int(11) NULL DEFAULT NULL,
  `task_number` int(11) NULL DEFAULT NULL,
  `cpu` decimal(32,6) NULL DEFAULT NULL,
  `mem` decimal(32,6) NULL DEFAULT NULL,
  `io` decimal(32,6) NULL DEFAULT NULL,
  `category` text NULL DEFAULT NULL,
  `iow` decimal(32,6) NULL DEFAULT NULL,
  `pe_taskid` int(11) NULL DEFAULT NULL,
  `maxvmem` bigint(20) NULL DEFAULT NULL,
  `arid` int(11) NULL DEFAULT NULL,
  `ar_submission_time` int(11) unsigned NULL DEFAULT NULL,
  `resource_list_arch` varchar(255) NULL DEFAULT NULL,
  `resource_list_qname` varchar(255) NULL DEFAULT NULL,
  `resource_list_hostname` varchar(255) NULL DEFAULT NULL,
  `resource_list_notify` int(11) NULL DEFAULT NULL,
  `resource_list_calendar` varchar(255) NULL DEFAULT NULL,
  `resource_list_min_cpu_interval` int(11) NULL DEFAULT NULL,
  `resource_list_tmpdir` varchar(255) NULL DEFAULT NULL,
  `resource_list_seq_no` int(11) NULL DEFAULT NULL,
  `resource_list_s_rt` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_rt` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_cpu` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_cpu` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_data` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_data` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_stack` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_stack` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_core` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_core` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_rss` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_rss` bigint(20) NULL DEFAULT NULL,
  `resource_list_slots` varchar(255) NULL DEFAULT NULL,
  `resource_list_s_vmem` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_vmem` bigint(20) NULL DEFAULT NULL,
  `resource_list_s_fsize` bigint(20) NULL DEFAULT NULL,
  `resource_list_h_fsize` bigint(20) NULL DEFAULT NULL,
  `resource_list_num_proc` int(11) NULL DEFAULT NULL,
  `resource_list_mem_free` bigint(20) NULL DEFAULT NULL,
  `resource_list_gpu` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`shredded_job_sge_id`),
  UNIQUE INDEX `job` (`hostname`, `job_number`, `task_number`, `failed`)
) ENGINE = InnoDB;

-- staging_job (configuration/etl/etl_tables.d/jobs/staging/job.json)
CREATE TABLE IF NOT EXISTS `staging_job` (
  `id` int(11) NOT NULL auto_increment,
  `job_id` int(10) unsigned NOT NULL,
  `job_array_index` int(10) unsigned NULL DEFAULT NULL,
  `job_id_raw` int(10) unsigned NULL DEFAULT NULL,
  `job_name` varchar(255) NULL DEFAULT NULL,
  `resource_name` varchar(255) NOT NULL,
  `queue_name` varchar(255) NOT NULL,
  `user_name` varchar(255) NOT NULL,
  `uid_number` int(10) unsigned NULL DEFAULT NULL,
  `group_name` varchar(255) NOT NULL,
  `gid_number` int(10) unsigned NULL DEFAULT NULL,
  `qos_name` varchar(255) NULL DEFAULT NULL,
  `account_name` varchar(255) NULL DEFAULT NULL,
  `project_name` varchar(255) NULL DEFAULT NULL,
  `pi_name` varchar(255) NOT NULL,
  `start_time` int(10) unsigned NOT NULL,
  `end_time` int(10) unsigned NOT NULL,
  `submission_time` int(10) unsigned NOT NULL,
  `eligible_time` int(10) unsigned NULL DEFAULT NULL,
  `wall_time` bigint(20) unsigned NOT NULL,
  `wait_time` bigint(20) unsigned NOT NULL,
  `exit_code` varchar(32) NULL DEFAULT NULL,
  `exit_state` varchar(32) NULL DEFAULT NULL,
  `node_count` int(10) unsigned NOT NULL,
  `cpu_count` int(10) unsigned NOT NULL,
  `gpu_count` int(10) unsigned NOT NULL DEFAULT 0,
  `cpu_req` int(10) unsigned NULL DEFAULT NULL,
  `mem_req` varchar(32) NULL DEFAULT NULL,
  `timelimit` int(10) unsigned NULL DEFAULT NULL,
  `node_list` mediumtext NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE = InnoDB;

-- staging_pi (configuration/etl/etl_tables.d/common/staging/pi.json)
CREATE TABLE IF NOT EXISTS `staging_pi` (
  `pi_id` int(11) NOT NULL auto_increment,
  `pi_name` varchar(255) NOT NULL COMMENT 'PI username',
  PRIMARY KEY (`pi_name`),
  UNIQUE INDEX `uk_pi_id` (`pi_id`)
) ENGINE = InnoDB COMMENT = 'Staging table for PI usernames';

-- staging_union_user_pi (configuration/etl/etl_tables.d/common/staging/union-user-pi.json)
CREATE TABLE IF NOT EXISTS `staging_union_user_pi` (
  `union_user_pi_id` int(11) NOT NULL auto_increment,
  `union_user_pi_name` varchar(255) NOT NULL COMMENT 'User or PI username',
  PRIMARY KEY (`union_user_pi_name`),
  UNIQUE INDEX `uk_union_user_pi_id` (`union_user_pi_id`)
) ENGINE = InnoDB COMMENT = 'Staging table for the union of all User and PI usernames';

-- ======================================================================
-- schema mod_hpcdb
-- ======================================================================

-- hpcdb_organizations (configuration/etl/etl_tables.d/common/hpcdb/organizations.json)
CREATE TABLE IF NOT EXISTS `hpcdb_organizations` (
  `organization_id` int(11) NOT NULL auto_increment,
  `organization_abbrev` varchar(100) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `organization_name` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  PRIMARY KEY (`organization_id`),
  UNIQUE INDEX `org_name_uk` (`organization_name`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_people (configuration/etl/etl_tables.d/common/hpcdb/people.json)
CREATE TABLE IF NOT EXISTS `hpcdb_people` (
  `person_id` int(11) NOT NULL auto_increment,
  `organization_id` int(11) NOT NULL DEFAULT -1,
  `prefix` varchar(10) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `first_name` varchar(100) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `middle_name` varchar(60) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `last_name` varchar(100) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `department` varchar(300) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `title` varchar(300) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `ts` int(10) unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`person_id`),
  UNIQUE INDEX `people_pk` (`person_id`),
  INDEX `people_last_name` (`last_name`),
  INDEX `people_orgs_fk` (`organization_id`),
  CONSTRAINT `fk_people_people_or_organiza` FOREIGN KEY (`organization_id`) REFERENCES `hpcdb_organizations` (`organization_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_email_addresses (configuration/etl/etl_tables.d/common/hpcdb/email-addresses.json)
CREATE TABLE IF NOT EXISTS `hpcdb_email_addresses` (
  `email_address_id` int(11) NOT NULL auto_increment,
  `person_id` int(11) NOT NULL,
  `email_address` varchar(200) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`email_address_id`),
  UNIQUE INDEX `email_addresses_uk` (`person_id`),
  UNIQUE INDEX `email_addresses_pk` (`email_address_id`),
  CONSTRAINT `fk_email_ad_people_em_people` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_resource_types (configuration/etl/etl_tables.d/common/hpcdb/resource-types.json)
CREATE TABLE IF NOT EXISTS `hpcdb_resource_types` (
  `type_id` int(11) NOT NULL,
  `type_abbr` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `type_desc` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`type_id`, `type_abbr`),
  UNIQUE INDEX `rt_uk` (`type_abbr`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_resources (configuration/etl/etl_tables.d/common/hpcdb/resources.json)
CREATE TABLE IF NOT EXISTS `hpcdb_resources` (
  `resource_id` int(11) NOT NULL auto_increment,
  `resource_type_id` int(11) NULL DEFAULT NULL,
  `organization_id` int(11) NULL DEFAULT NULL,
  `resource_name` varchar(200) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `resource_code` varchar(64) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `resource_description` varchar(1000) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `resource_shared_jobs` int(1) NOT NULL DEFAULT 0,
  `resource_allocation_type_id` int(11) NULL DEFAULT NULL,
  `resource_timezone` varchar(30) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT 'UTC',
  PRIMARY KEY (`resource_id`),
  UNIQUE INDEX `resources_pk` (`resource_id`),
  UNIQUE INDEX `ak_identifier_2_resource` (`resource_name`),
  INDEX `org_resources_fk` (`organization_id`),
  INDEX `resource_type_idx` (`resource_type_id`),
  CONSTRAINT `fk_resource_org_resou_organiza` FOREIGN KEY (`organization_id`) REFERENCES `hpcdb_organizations` (`organization_id`),
  CONSTRAINT `fk_resource_res_type_upd` FOREIGN KEY (`resource_type_id`) REFERENCES `hpcdb_resource_types` (`type_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_system_accounts (configuration/etl/etl_tables.d/common/hpcdb/system-accounts.json)
CREATE TABLE IF NOT EXISTS `hpcdb_system_accounts` (
  `system_account_id` int(11) NOT NULL auto_increment,
  `resource_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  `username` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `ts` int(10) unsigned NOT NULL,
  `uid` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`system_account_id`),
  UNIQUE INDEX `system_accounts_pk` (`system_account_id`),
  INDEX `resources_usernames_fk` (`resource_id`),
  INDEX `people_user_accounts_fk` (`person_id`),
  CONSTRAINT `fk_system_a_people_us_people` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`),
  CONSTRAINT `fk_system_a_resources_resource` FOREIGN KEY (`resource_id`) REFERENCES `hpcdb_resources` (`resource_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_accounts (configuration/etl/etl_tables.d/common/hpcdb/accounts.json)
CREATE TABLE IF NOT EXISTS `hpcdb_accounts` (
  `account_id` int(11) NOT NULL auto_increment,
  `account_name` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  PRIMARY KEY (`account_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_fields_of_science (configuration/etl/etl_tables.d/common/hpcdb/fields-of-science.json)
CREATE TABLE IF NOT EXISTS `hpcdb_fields_of_science` (
  `field_of_science_id` int(11) NOT NULL auto_increment,
  `parent_id` int(11) NULL DEFAULT NULL,
  `abbrev` varchar(100) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `description` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  PRIMARY KEY (`field_of_science_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_requests (configuration/etl/etl_tables.d/common/hpcdb/requests.json)
CREATE TABLE IF NOT EXISTS `hpcdb_requests` (
  `request_id` int(11) NOT NULL auto_increment,
  `primary_fos_id` int(11) NOT NULL,
  `account_id` int(11) NOT NULL,
  PRIMARY KEY (`request_id`),
  UNIQUE INDEX `requests_pk` (`request_id`),
  INDEX `requests_div_of_science_fk` (`primary_fos_id`),
  INDEX `accounts_requests_fk` (`account_id`),
  CONSTRAINT `fk_requests_accounts__accounts` FOREIGN KEY (`account_id`) REFERENCES `hpcdb_accounts` (`account_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_principal_investigators (configuration/etl/etl_tables.d/common/hpcdb/principal-investigators.json)
CREATE TABLE IF NOT EXISTS `hpcdb_principal_investigators` (
  `person_id` int(11) NOT NULL,
  `request_id` int(11) NOT NULL,
  PRIMARY KEY (`person_id`, `request_id`),
  INDEX `principal_investigators_pk` (`person_id`, `request_id`),
  INDEX `principal_investigators2_fk` (`request_id`),
  INDEX `principal_investigators_fk` (`person_id`),
  CONSTRAINT `fk_principa_principal_people` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`),
  CONSTRAINT `fk_principa_principal_requests` FOREIGN KEY (`request_id`) REFERENCES `hpcdb_requests` (`request_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_allocations (configuration/etl/etl_tables.d/common/hpcdb/allocations.json)
CREATE TABLE IF NOT EXISTS `hpcdb_allocations` (
  `allocation_id` int(11) NOT NULL auto_increment,
  `resource_id` int(11) NOT NULL,
  `account_id` int(11) NOT NULL,
  PRIMARY KEY (`allocation_id`),
  UNIQUE INDEX `allocations_pk` (`allocation_id`),
  INDEX `allocations_resources_fk` (`resource_id`),
  INDEX `allocations_ac_rs_idx` (`account_id`, `resource_id`),
  INDEX `accounts_allocations_fk` (`account_id`),
  CONSTRAINT `fk_allocati_accounts__accounts` FOREIGN KEY (`account_id`) REFERENCES `hpcdb_accounts` (`account_id`),
  CONSTRAINT `fk_allocati_allocatio_resource` FOREIGN KEY (`resource_id`) REFERENCES `hpcdb_resources` (`resource_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_people_on_accounts_history (configuration/etl/etl_tables.d/common/hpcdb/people-on-accounts-history.json)
CREATE TABLE IF NOT EXISTS `hpcdb_people_on_accounts_history` (
  `id` int(11) NOT NULL auto_increment,
  `person_id` int(11) NOT NULL,
  `resource_id` int(11) NOT NULL,
  `account_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `person_idx` (`person_id`),
  INDEX `resource_idx` (`resource_id`),
  INDEX `account_idx` (`account_id`),
  CONSTRAINT `poah_fk1` FOREIGN KEY (`account_id`) REFERENCES `hpcdb_accounts` (`account_id`),
  CONSTRAINT `poah_fk2` FOREIGN KEY (`resource_id`) REFERENCES `hpcdb_resources` (`resource_id`),
  CONSTRAINT `poah_fk3` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_jobs (configuration/etl/etl_tables.d/jobs/hpcdb/jobs.json)
CREATE TABLE IF NOT EXISTS `hpcdb_jobs` (
  `job_id` int(11) NOT NULL auto_increment,
  `person_id` int(11) NOT NULL,
  `resource_id` int(11) NOT NULL,
  `allocation_breakdown_id` int(11) NULL DEFAULT NULL,
  `allocation_id` int(11) NULL DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `qos_id` int(11) NULL DEFAULT NULL,
  `local_jobid` int(11) NOT NULL,
  `local_job_array_index` int(11) NOT NULL,
  `local_job_id_raw` int(11) NULL DEFAULT NULL,
  `start_time` int(10) unsigned NOT NULL,
  `end_time` int(10) unsigned NOT NULL,
  `submit_time` int(10) unsigned NOT NULL,
  `eligible_time` int(10) unsigned NULL DEFAULT NULL,
  `wallduration` int(11) NOT NULL,
  `exit_code` varchar(32) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `exit_state` varchar(32) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `jobname` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `nodecount` int(11) NOT NULL,
  `processors` int(11) NULL DEFAULT NULL,
  `gpucount` int(11) NOT NULL DEFAULT 0,
  `cpu_req` int(10) unsigned NULL DEFAULT NULL,
  `mem_req` varchar(32) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `timelimit` int(10) unsigned NULL DEFAULT NULL,
  `node_list` mediumtext CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `queue` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `username` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `uid_number` int(10) unsigned NULL DEFAULT NULL,
  `groupname` varchar(255) CHARSET utf8 COLLATE utf8_unicode_ci NULL DEFAULT NULL,
  `gid_number` int(10) unsigned NULL DEFAULT NULL,
  `ts` int(10) unsigned NOT NULL,
  PRIMARY KEY (`job_id`),
  INDEX `uk_jobs` (`resource_id`, `local_jobid`, `local_job_array_index`, `submit_time`),
  INDEX `jobs_account_idx` (`account_id`),
  INDEX `jobs_allocation_idx` (`allocation_id`),
  INDEX `jobs_hpcdb_res_time_idx` (`account_id`, `resource_id`, `submit_time`, `end_time`),
  INDEX `jobs_person_idx` (`person_id`),
  INDEX `resource_idx` (`resource_id`),
  INDEX `allocation_breakdown_idx` (`allocation_breakdown_id`),
  INDEX `jobs_username_person_resource_idx` (`username`, `person_id`, `resource_id`),
  INDEX `jobs_end_time_idx` (`end_time`),
  INDEX `qos_idx` (`qos_id`),
  INDEX `nodecount_idx` (`nodecount`),
  CONSTRAINT `fk_jobs_fk1` FOREIGN KEY (`account_id`) REFERENCES `hpcdb_accounts` (`account_id`),
  CONSTRAINT `fk_jobs_fk2` FOREIGN KEY (`allocation_id`) REFERENCES `hpcdb_allocations` (`allocation_id`),
  CONSTRAINT `fk_jobs_fk5` FOREIGN KEY (`resource_id`) REFERENCES `hpcdb_resources` (`resource_id`),
  CONSTRAINT `fk_jobs_fk6` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- hpcdb_storage_usage (configuration/etl/etl_tables.d/storage/hpcdb/usage.json)
CREATE TABLE IF NOT EXISTS `hpcdb_storage_usage` (
  `storage_usage_id` int(11) NOT NULL auto_increment COMMENT 'Storage usage record ID',
  `resource_id` int(11) NOT NULL COMMENT 'File system ID',
  `mountpoint_id` int(11) NOT NULL COMMENT 'Mountpoint ID',
  `person_id` int(11) NOT NULL COMMENT 'Person ID',
  `account_id` int(11) NOT NULL,
  `allocation_id` int(11) NULL DEFAULT NULL,
  `allocation_breakdown_id` int(11) NULL DEFAULT NULL,
  `dt` datetime NOT NULL COMMENT 'Date and time usage data was collected',
  `ts` int(10) unsigned NOT NULL COMMENT 'Date and time usage data was collected',
  `file_count` bigint(20) unsigned NOT NULL COMMENT 'File count',
  `logical_usage` bigint(20) unsigned NOT NULL COMMENT 'Logical file system usage in bytes',
  `physical_usage` bigint(20) unsigned NULL DEFAULT NULL COMMENT 'Physical file system usage in bytes',
  `soft_threshold` bigint(20) unsigned NOT NULL COMMENT 'Soft threshold in bytes',
  `hard_threshold` bigint(20) unsigned NOT NULL COMMENT 'Hard threshold in bytes',
  `last_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`storage_usage_id`),
  INDEX `idx_resource_id` (`resource_id`),
  INDEX `idx_mountpoint_id` (`mountpoint_id`),
  INDEX `idx_person_id` (`person_id`),
  INDEX `idx_account_id` (`account_id`),
  INDEX `idx_allocation_id` (`allocation_id`),
  INDEX `idx_allocation_breakdown_id` (`allocation_breakdown_id`),
  CONSTRAINT `fk_storage_resource_id` FOREIGN KEY (`resource_id`) REFERENCES `hpcdb_resources` (`resource_id`),
  CONSTRAINT `fk_storage_person_id` FOREIGN KEY (`person_id`) REFERENCES `hpcdb_people` (`person_id`),
  CONSTRAINT `fk_storage_account_id` FOREIGN KEY (`account_id`) REFERENCES `hpcdb_accounts` (`account_id`),
  CONSTRAINT `fk_storage_allocation_id` FOREIGN KEY (`allocation_id`) REFERENCES `hpcdb_allocations` (`allocation_id`)
) ENGINE = InnoDB COMMENT = 'Storage usage records';

-- ======================================================================
-- schema modw
-- ======================================================================

-- organization (configuration/etl/etl_tables.d/jobs/xdw/organization.json)
CREATE TABLE IF NOT EXISTS `organization` (
  `id` int(11) NOT NULL auto_increment COMMENT 'The id of the record.',
  `organizationtype_id` int(11) NULL DEFAULT NULL COMMENT 'The type of the organization.',
  `abbrev` varchar(100) NULL DEFAULT NULL COMMENT 'Abbreviated name.',
  `name` varchar(300) NULL DEFAULT NULL COMMENT 'Long name for this organization.',
  `url` varchar(500) NULL DEFAULT NULL COMMENT 'The internet URL.',
  `phone` varchar(30) NULL DEFAULT NULL COMMENT 'Phone number.',
  `nsf_org_code` varchar(45) NULL DEFAULT NULL COMMENT 'NSF code for this organization.',
  `is_reconciled` tinyint(1) NULL DEFAULT 0 COMMENT 'Whether this record is reconciled.',
  `amie_name` varchar(6) NULL DEFAULT NULL COMMENT 'The amie name.',
  `country_id` int(11) NULL DEFAULT NULL COMMENT 'The country this organization is in.',
  `state_id` int(11) NULL DEFAULT NULL COMMENT 'The state this organization is in.',
  `latitude` decimal(13,10) NULL DEFAULT NULL COMMENT 'The latitude of the organization.',
  `longitude` decimal(13,10) NULL DEFAULT NULL COMMENT 'The longitude of the organization.',
  `short_name` varchar(300) NULL DEFAULT NULL,
  `long_name` varchar(300) NULL DEFAULT NULL,
  `federation_instance_id` int(11) unsigned NOT NULL DEFAULT 0,
  `organization_origin_id` int(11) NULL DEFAULT NULL,
  `order_id` int(11) NULL DEFAULT NULL,
  UNIQUE INDEX `amie_name_UNIQUE` (`amie_name`),
  INDEX `fk_organization_country1_idx` (`country_id`),
  INDEX `fk_organization_organizationtype1_idx` (`organizationtype_id`),
  INDEX `fk_organization_state1_idx` (`state_id`),
  PRIMARY KEY (`id`),
  UNIQUE INDEX `name_UNIQUE` (`name`),
  UNIQUE INDEX `nsf_org_code_UNIQUE` (`nsf_org_code`),
  UNIQUE INDEX `uniq` (`organization_origin_id`, `federation_instance_id`)
) ENGINE = InnoDB COMMENT = 'The various organization.';

-- person (configuration/etl/etl_tables.d/jobs/xdw/person.json)
CREATE TABLE IF NOT EXISTS `person` (
  `id` int(11) NOT NULL auto_increment,
  `organization_id` int(11) NOT NULL,
  `nsfstatuscode_id` int(11) NOT NULL,
  `prefix` varchar(10) NULL DEFAULT NULL,
  `first_name` varchar(100) NULL DEFAULT NULL,
  `middle_name` varchar(60) NULL DEFAULT NULL,
  `last_name` varchar(100) NOT NULL,
  `url` varchar(500) NULL DEFAULT NULL,
  `birth_month` int(11) NULL DEFAULT NULL,
  `birth_day` int(11) NULL DEFAULT NULL,
  `department` varchar(300) NULL DEFAULT NULL,
  `title` varchar(300) NULL DEFAULT NULL,
  `is_reconciled` tinyint(1) NULL DEFAULT 0,
  `citizenship_country_id` int(11) NULL DEFAULT NULL,
  `email_address` varchar(200) NULL DEFAULT NULL,
  `ts` datetime NULL DEFAULT NULL,
  `ts_ts` int(11) NULL DEFAULT NULL,
  `status` varchar(10) NULL DEFAULT NULL COMMENT 'links to allocationstate',
  `long_name` varchar(700) NULL DEFAULT NULL,
  `short_name` varchar(101) NULL DEFAULT NULL,
  `order_id` int(11) NULL DEFAULT NULL,
  `person_origin_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  INDEX `aggregation_index` (`status`, `id`, `ts_ts`),
  INDEX `person_last_name` (`last_name`),
  UNIQUE INDEX `organization_id` (`organization_id`, `person_origin_id`)
) ENGINE = InnoDB;

-- systemaccount (configuration/etl/etl_tables.d/jobs/xdw/system-account.json)
CREATE TABLE IF NOT EXISTS `systemaccount` (
  `id` int(11) NOT NULL auto_increment COMMENT 'the id of the record',
  `system_account_origin_id` int(11) NULL DEFAULT NULL,
  `person_id` int(11) NOT NULL COMMENT 'The person to whom this system account belongs',
  `resource_id` int(11) NOT NULL COMMENT 'The resource for which this is an account.',
  `username` varchar(255) NOT NULL COMMENT 'The username to log on to the resource.',
  `ts` datetime NULL DEFAULT NULL,
  `uid` int(11) NULL DEFAULT NULL,
  INDEX `fk_systemaccount_person1_idx` (`person_id`),
  INDEX `fk_systemaccount_resourcefact1_idx` (`resource_id`),
  INDEX `index_resource_username_id` (`resource_id`, `username`, `id`),
  UNIQUE INDEX `system_account_origin_id` (`system_account_origin_id`, `resource_id`),
  PRIMARY KEY (`id`),
  INDEX `systemaccount_username` (`username`)
) ENGINE = InnoDB COMMENT = 'User\'s accounts on various resources.';

-- piperson (configuration/etl/etl_tables.d/jobs/xdw/piperson.json)
CREATE TABLE IF NOT EXISTS `piperson` (
  `person_id` int(11) NOT NULL,
  `organization_id` int(11) NULL DEFAULT NULL,
  `long_name` varchar(400) NULL DEFAULT NULL,
  `short_name` varchar(100) NULL DEFAULT NULL,
  `order_id` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`person_id`)
) ENGINE = InnoDB;

-- principalinvestigator (configuration/etl/etl_tables.d/jobs/xdw/principal-investigator.json)
CREATE TABLE IF NOT EXISTS `principalinvestigator` (
  `person_id` int(11) NOT NULL COMMENT 'The id of the person of the PI.',
  `request_id` int(11) NOT NULL COMMENT 'The request id.',
  INDEX `fk_princialinvestigator_person1_idx` (`person_id`),
  INDEX `fk_princialinvestigator_request1_idx` (`request_id`),
  PRIMARY KEY (`person_id`, `request_id`)
) ENGINE = InnoDB COMMENT = 'Only PIs are allowed to make requests.';

-- peopleunderpi (configuration/etl/etl_tables.d/jobs/xdw/people-under-pi.json)
CREATE TABLE IF NOT EXISTS `peopleunderpi` (
  `principalinvestigator_person_id` int(11) NOT NULL,
  `person_id` varchar(45) NOT NULL,
  PRIMARY KEY (`principalinvestigator_person_id`, `person_id`)
) ENGINE = InnoDB;

-- account (configuration/etl/etl_tables.d/jobs/xdw/account.json)
CREATE TABLE IF NOT EXISTS `account` (
  `id` int(11) NOT NULL auto_increment COMMENT 'The id of the account record.',
  `account_origin_id` int(11) NOT NULL DEFAULT -1,
  `parent_id` int(11) NULL DEFAULT NULL COMMENT 'The id of the parent account record, if any.',
  `charge_number` varchar(200) NOT NULL COMMENT 'The charge number associated with the allocation.',
  `creator_organization_id` int(11) NULL DEFAULT NULL COMMENT 'The id of the organization who created this account.',
  `granttype_id` int(11) NOT NULL,
  `long_name` varchar(500) NULL DEFAULT NULL,
  `short_name` varchar(500) NULL DEFAULT NULL,
  `order_id` int(11) NULL DEFAULT NULL,
  `federation_instance_id` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  INDEX `index_charge` (`charge_number`, `id`),
  INDEX `fk_account_account1_idx` (`parent_id`),
  INDEX `fk_account_granttype1_idx` (`granttype_id`),
  INDEX `fk_account_organization1_idx` (`creator_organization_id`),
  UNIQUE INDEX `uniq` (`account_origin_id`, `federation_instance_id`)
) ENGINE = InnoDB COMMENT = 'This table has records for all the accounts/projects.';

-- allocation (configuration/etl/etl_tables.d/jobs/xdw/allocation.json)
CREATE TABLE IF NOT EXISTS `allocation` (
  `id` int(11) NOT NULL auto_increment COMMENT 'The id of the allocation record.',
  `allocation_origin_id` int(10) unsigned NOT NULL,
  `resource_id` int(11) NOT NULL COMMENT 'This is the resource that the allocation sus where assigned in relativity to. It doesnt mean that the allocation can be used to run on this resource. To use this allocation, there must be resources assigned to this allocation in the allocationonresource t',
  `account_id` int(11) NOT NULL COMMENT 'This is the id of the accoun that owns this allocation, usually belongs to the PI of the project.',
  `request_id` int(11) NOT NULL COMMENT 'The id of the request that resulted in this allocation.',
  `principalinvestigator_person_id` int(11) NOT NULL COMMENT 'The person id of the pi who owns this allocation.',
  `fos_id` int(11) NOT NULL,
  `boardtype_id` int(11) NOT NULL,
  `initial_allocation` decimal(15,2) NOT NULL COMMENT 'The initial amount of the allocation in SUs.',
  `initial_start_date` date NOT NULL COMMENT 'The initial start date of the allocation.',
  `initial_start_date_ts` int(14) NOT NULL,
  `initial_end_date` date NOT NULL COMMENT 'The initial assumed end of the allocation.',
  `base_allocation` decimal(15,2) NOT NULL COMMENT 'The current amount of the allocation, which is the initial modified by any amounts since it was initiated. Allocations can be modified by transfers or not, supplements awarded.',
  `remaining_allocation` decimal(18,4) NOT NULL COMMENT 'This is the remaning amount of the allocation. Negative values mean they’ve consumed more SUs than they’ve been allocated. This may happen for a number of reasons, the most common being the project submits final job(s) when they are still “in the black” b',
  `end_date` date NOT NULL COMMENT 'This is the actual date the allocation was actually ended. ',
  `end_date_ts` int(14) NOT NULL,
  `allocation_type_id` int(11) NULL DEFAULT NULL COMMENT 'The type of the allocation (extension, supplement, transfer, new, renewal, advance, adjustment)',
  `charge_number` varchar(200) NULL DEFAULT NULL,
  `conversion_factor` decimal(10,4) NOT NULL DEFAULT 1,
  `xd_su_per_hour` decimal(15,2) NOT NULL DEFAULT 0,
  `long_name` varchar(500) NULL DEFAULT NULL,
  `short_name` varchar(500) NULL DEFAULT NULL,
  `order_id` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `allocation_charge_number` (`charge_number`),
  INDEX `aggregation_index` (`account_id`, `id`, `initial_start_date_ts`, `end_date_ts`),
  UNIQUE INDEX `uniq` (`resource_id`, `allocation_origin_id`)
) ENGINE = InnoDB COMMENT = 'Holds allocation records.';

-- request (configuration/etl/etl_tables.d/jobs/xdw/request.json)
CREATE TABLE IF NOT EXISTS `request` (
  `id` int(11) NOT NULL auto_increment COMMENT 'The id of the request record.',
  `request_origin_id` int(11) NOT NULL,
  `request_type_id` int(11) NOT NULL COMMENT 'The type of the request. Links to transactiontype table.',
  `primary_fos_id` int(11) NOT NULL COMMENT 'The field of science associated with  the project of this request.',
  `account_id` int(11) NOT NULL COMMENT 'The account pertaining to this request.',
  `proposal_title` varchar(1000) NULL DEFAULT NULL COMMENT 'The title of the proposal for the allocation request.',
  `expedite` tinyint(1) NULL DEFAULT NULL COMMENT 'The date this request expires.',
  `project_title` varchar(300) NULL DEFAULT NULL COMMENT 'The project title related to this request.',
  `primary_reviewer` varchar(100) NULL DEFAULT NULL COMMENT 'The name of the primary reviewer.',
  `proposal_number` varchar(20) NULL DEFAULT NULL COMMENT 'The number of the proposal  of the project.',
  `grant_number` varchar(200) NOT NULL COMMENT 'The grant number.',
  `comments` varchar(2000) NULL DEFAULT NULL COMMENT 'Any comments.',
  `start_date` date NOT NULL COMMENT 'The start date of the request.',
  `end_date` date NOT NULL COMMENT 'The end of the request.',
  `boardtype_id` int(11) NULL DEFAULT NULL COMMENT 'The board type.',
  INDEX `fk_request_account1_idx` (`account_id`),
  INDEX `fk_request_boardtype1_idx` (`boardtype_id`),
  INDEX `fk_request_fieldofscience1_idx` (`primary_fos_id`),
  INDEX `fk_request_transactiontype1_idx` (`request_type_id`),
  INDEX `index6` (`grant_number`),
  PRIMARY KEY (`id`)
) ENGINE = InnoDB COMMENT = 'Requests by PIs for allocations on TG.';

-- resourcefact (configuration/etl/etl_tables.d/jobs/xdw/resource-fact.json)
CREATE TABLE IF NOT EXISTS `resourcefact` (
  `id` int(11) NOT NULL auto_increment COMMENT 'The id of the resource record',
  `resourcetype_id` int(11) NULL DEFAULT 0 COMMENT 'The resource type id.',
  `organization_id` int(11) NOT NULL DEFAULT 1 COMMENT 'The organization of the resource.',
  `name` varchar(200) NOT NULL DEFAULT '' COMMENT 'The name of the resource.',
  `code` varchar(64) NOT NULL COMMENT 'The short name of the resource.',
  `description` varchar(1000) NULL DEFAULT NULL COMMENT 'The description of the resource.',
  `start_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00' COMMENT 'The date the resource was put into commission.',
  `start_date_ts` int(14) NOT NULL DEFAULT 0,
  `end_date` datetime NULL DEFAULT NULL COMMENT 'The end date of the resource.',
  `end_date_ts` int(14) NULL DEFAULT NULL,
  `shared_jobs` int(1) NOT NULL DEFAULT 0,
  `timezone` varchar(30) NOT NULL DEFAULT 'UTC',
  `resource_allocation_type_id` int(10) NOT NULL DEFAULT -1 COMMENT 'What unit of allocation a resource uses such as CPU, GPU or Node',
  `resource_origin_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  INDEX `aggregation_index` (`resourcetype_id`, `id`),
  INDEX `fk_Resource_Organization1_idx` (`organization_id`),
  INDEX `fk_resource_resourcetype1_idx` (`resourcetype_id`),
  UNIQUE INDEX `UNIQ` (`organization_id`, `name`, `start_date`)
) ENGINE = InnoDB COMMENT = 'Information about resources.';

-- fieldofscience (configuration/etl/etl_tables.d/jobs/xdw/field-of-science.json)
CREATE TABLE IF NOT EXISTS `fieldofscience` (
  `id` int(11) NOT NULL COMMENT 'The id of the record.',
  `parent_id` int(11) NULL DEFAULT NULL COMMENT 'The parent of this field of science, if NULL this is an NSF Directorate.',
  `description` varchar(200) NULL DEFAULT NULL COMMENT 'The description of this field of science.',
  `fos_nsf_id` int(11) NULL DEFAULT NULL COMMENT 'The nsf id for this field of science.',
  `fos_nsf_abbrev` varchar(100) NULL DEFAULT NULL COMMENT 'The nsf abbreviation.',
  `directorate_fos_id` int(11) NULL DEFAULT NULL COMMENT 'The id of the NSF directorate of this field of science.',
  INDEX `fk_science_science1_idx` (`parent_id`),
  PRIMARY KEY (`id`)
) ENGINE = InnoDB COMMENT = 'The various fields of science.';

-- queue (configuration/etl/etl_tables.d/jobs/xdw/queue.json)
CREATE TABLE IF NOT EXISTS `queue` (
  `id` char(255) NOT NULL DEFAULT '' COMMENT 'The name of the queue.',
  `resource_id` int(11) NOT NULL COMMENT 'The resource this queue belongs to.',
  `queue_origin_id` char(255) NULL DEFAULT NULL,
  INDEX `fk_Queue_Resource_idx` (`resource_id`),
  PRIMARY KEY (`id`, `resource_id`)
) ENGINE = InnoDB COMMENT = 'The queue names of the different resources.';

-- hosts (configuration/etl/etl_tables.d/jobs/xdw/hosts.json)
CREATE TABLE IF NOT EXISTS `hosts` (
  `id` int(11) NOT NULL auto_increment,
  `host_origin_id` int(11) NULL DEFAULT NULL,
  `resource_id` int(11) NOT NULL,
  `hostname` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `resource_id` (`resource_id`, `hostname`),
  INDEX `host_origin_id_idx` (`host_origin_id`)
) ENGINE = InnoDB;

-- job_records (configuration/etl/etl_tables.d/jobs/xdw/job-records.json)
CREATE TABLE IF NOT EXISTS `job_records` (
  `job_record_id` bigint(20) unsigned NOT NULL auto_increment,
  `job_record_origin_id` bigint(20) unsigned NOT NULL,
  `resource_id` int(11) NOT NULL COMMENT 'Resource where the job was initiated',
  `resourcetype_id` int(11) NOT NULL COMMENT 'The type of the resource on which the jobs ran. References the resourcetype.id',
  `resource_state_id` int(11) NOT NULL COMMENT 'The state where the resource resides',
  `resource_country_id` int(11) NOT NULL COMMENT 'The country where the resource resides',
  `resource_organization_id` int(11) NOT NULL COMMENT 'The organization where the resource resides',
  `resource_organization_type_id` int(11) NOT NULL COMMENT 'The type of organization where the resource resides',
  `allocation_resource_id` int(11) NOT NULL COMMENT 'Resource associated with the allocation. May be a grid resource.',
  `person_id` int(11) NOT NULL COMMENT 'Person requesting resources',
  `person_organization_id` int(11) NOT NULL COMMENT 'The organization of the person requesting resources',
  `person_nsfstatuscode_id` int(11) NOT NULL COMMENT 'The NSF status code of the person requesting resources. References person.nsfstatuscode_id',
  `account_id` int(11) NOT NULL COMMENT 'Account the job will be charged to',
  `allocation_id` int(11) NOT NULL COMMENT 'Allocation (resource, account) that will be charged for this job',
  `request_id` int(11) NOT NULL COMMENT 'Request record for this allocation (used for primary field of science)',
  `fos_id` int(11) NOT NULL COMMENT 'The field of science of the project to which the jobs belong',
  `principalinvestigator_person_id` int(11) NOT NULL COMMENT 'The PI that owns the allocation. XDMoD adds this on ingest, otherwise it is linked to a request in XDCDB. References principalinvestigator.person_id',
  `piperson_organization_id` int(11) NOT NULL COMMENT 'The organization of the PI that owns the allocation. References piperson.organization_id',
  `job_record_type_id` int(11) NOT NULL COMMENT 'Type of job: hpc, cloud, hpc-reservation, ...',
  `submission_venue_id` int(11) NOT NULL COMMENT 'Method used to submit this job: cli, gateway, ...',
  `qos_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Job quality of service',
  `queue` varchar(255) NULL DEFAULT NULL COMMENT 'Resource queue where the job ran',
  `submit_time_ts` int(11) NULL DEFAULT NULL COMMENT 'Job submission time in seconds since epoch (UTC)',
  `start_time_ts` int(11) NOT NULL COMMENT 'Job start time in seconds since epoch (UTC)',
  `end_time_ts` int(11) NULL DEFAULT NULL COMMENT 'Job completion time in seconds since epoch (UTC), may be unknown',
  `start_day_id` int(10) unsigned NOT NULL COMMENT 'Day id of the job start time in format YYYY00DDD, e.g. 201600143. This is the day in the timezone of the LOCAL database and NOT UTC!',
  `end_day_id` int(10) unsigned NOT NULL COMMENT 'Day id of the job end time in format YYYY00DDD, e.g. 201600143. This is the day in the timezone of the LOCAL database and NOT UTC!',
  `local_charge_su` decimal(18,3) NOT NULL DEFAULT 0 COMMENT 'Local resource SUs charged',
  `adjusted_charge_su` decimal(18,3) NOT NULL DEFAULT 0 COMMENT 'Local resource SUs charged after SP adjustments',
  `local_charge_xdsu` decimal(18,3) NULL DEFAULT NULL COMMENT 'XDSUs charged. Uses current resource conv factor',
  `adjusted_charge_xdsu` decimal(18,3) NULL DEFAULT NULL COMMENT 'XDSUs charged after SP adjustments',
  `local_charge_nu` decimal(18,3) NULL DEFAULT NULL COMMENT 'NUs charged. XDSU * 21.576',
  `adjusted_charge_nu` decimal(18,3) NULL DEFAULT NULL COMMENT 'NUs charged after SP adjustments. XDSU * 21.576',
  `conversion_factor` double NULL DEFAULT NULL COMMENT 'Factor used to normalize local SU to TG Roaming (XDSU)',
  `completed` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Boolean flag 1 = job complete',
  `federation_instance_id` int(11) NOT NULL DEFAULT 0,
  `last_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Boolean flag 1 = job has been deleted',
  PRIMARY KEY (`job_record_id`, `job_record_origin_id`, `federation_instance_id`),
  INDEX `completed` (`completed`),
  INDEX `fk_account` (`account_id`),
  INDEX `fk_allocation` (`allocation_id`),
  INDEX `fk_request` (`request_id`),
  INDEX `fk_job_record_type` (`job_record_type_id`),
  INDEX `fk_person` (`person_id`),
  INDEX `fk_resource` (`resource_id`),
  INDEX `fk_submission_venue` (`submission_venue_id`),
  INDEX `deleted` (`is_deleted`),
  INDEX `aggregation_index` (`start_day_id`, `end_day_id`),
  UNIQUE INDEX `uniq` (`job_record_origin_id`, `federation_instance_id`)
) ENGINE = InnoDB COMMENT = 'Request for resources by a user';

-- job_tasks (configuration/etl/etl_tables.d/jobs/xdw/job-tasks.json)
CREATE TABLE IF NOT EXISTS `job_tasks` (
  `job_record_id` bigint(20) unsigned NOT NULL COMMENT 'Job record this task falls under',
  `job_id` bigint(20) unsigned NOT NULL auto_increment COMMENT 'Unique job_id',
  `job_id_origin_id` bigint(20) unsigned NOT NULL COMMENT 'Job_id from Origin',
  `creation_time` datetime NOT NULL COMMENT 'Time that the data was originally recorded at the source',
  `local_jobid` int(11) NOT NULL COMMENT 'Job or vm instance identifier from resource manager',
  `local_job_array_index` int(11) NOT NULL DEFAULT -1 COMMENT 'Job Array index id',
  `local_job_id_raw` int(11) NULL DEFAULT NULL COMMENT 'Resource where the task executed',
  `resource_id` int(11) NOT NULL COMMENT 'Resource where the task executed',
  `systemaccount_id` int(11) NOT NULL COMMENT 'DIMENSION: The id of the resource system account (local username) under which the job ran. References systemaccount.id',
  `person_id` int(11) NOT NULL COMMENT 'Person executing this task',
  `person_organization_id` int(11) NOT NULL COMMENT 'The organization of the person who ran the task',
  `person_nsfstatuscode_id` int(11) NOT NULL COMMENT 'The NSF status code of the person who ran the task',
  `job_task_type_id` int(11) NOT NULL COMMENT 'Task type or event',
  `name` varchar(256) NULL DEFAULT NULL COMMENT 'User-specified job name',
  `submit_time_ts` int(11) NOT NULL COMMENT 'Task submission time in seconds since epoch (UTC)',
  `start_time_ts` int(11) NOT NULL COMMENT 'Task start time in seconds since epoch (UTC)',
  `end_time_ts` int(11) NOT NULL COMMENT 'Task completion time in seconds since epoch (UTC)',
  `eligible_time_ts` int(11) NULL DEFAULT NULL COMMENT 'The eligible time in Unix time.',
  `start_day_id` int(10) unsigned NOT NULL COMMENT 'Day id of the job start time in format YYYY00DDD, e.g. 201600143. This is the day in the timezone of the LOCAL database and NOT UTC!',
  `end_day_id` int(10) unsigned NOT NULL COMMENT 'Day id of the job end time in format YYYY00DDD, e.g. 201600143. This is the day in the timezone of the LOCAL database and NOT UTC!',
  `eligible_day_id` int(10) unsigned NOT NULL COMMENT 'Day id of the job eligible time in format YYYY00DDD, e.g. 201600143. This is the day in the timezone of the LOCAL database and NOT UTC!',
  `node_count` int(11) NOT NULL DEFAULT -1 COMMENT 'Number of nodes consumed',
  `processor_count` int(11) NOT NULL DEFAULT -1 COMMENT 'Number of processor cores consumed',
  `gpu_count` int(11) NOT NULL DEFAULT 0 COMMENT 'Number of GPUs consumed',
  `memory_kb` int(11) NOT NULL DEFAULT -1 COMMENT 'Memory consumed',
  `wallduration` int(11) NOT NULL COMMENT 'Overall job duration in seconds',
  `waitduration` int(11) NOT NULL COMMENT 'Time the job waited in the queue',
  `cpu_time` decimal(18,0) NOT NULL COMMENT 'The amount of the cpu time (processor_count * wallduration)',
  `gpu_time` decimal(18,0) NOT NULL COMMENT 'The amount of the GPU time (gpu_count * wallduration)',
  `local_charge_su` decimal(18,3) NOT NULL DEFAULT 0 COMMENT 'Local resource SUs charged',
  `adjusted_charge_su` decimal(18,3) NOT NULL DEFAULT 0 COMMENT 'Local resource SUs charged after SP adjustments',
  `local_charge_xdsu` decimal(18,3) NULL DEFAULT NULL COMMENT 'XDSUs charged. Uses current resource conv factor',
  `adjusted_charge_xdsu` decimal(18,3) NULL DEFAULT NULL COMMENT 'XDSUs charged after SP adjustments',
  `local_charge_nu` decimal(18,3) NULL DEFAULT NULL COMMENT 'NUs charged. XDSU * 21.576',
  `adjusted_charge_nu` decimal(18,3) NULL DEFAULT NULL COMMENT 'NUs charged after SP adjustments. XDSU & 21.576',
  `group_name` varchar(255) NULL DEFAULT NULL COMMENT 'The name of the group that ran the job.',
  `gid_number` int(10) unsigned NULL DEFAULT NULL COMMENT 'The GID of the group that ran the job.',
  `uid_number` int(10) unsigned NULL DEFAULT NULL COMMENT 'The UID of the user that ran the job.',
  `exit_code` varchar(32) NULL DEFAULT NULL COMMENT 'The code that the job exited with.',
  `exit_state` varchar(32) NULL DEFAULT NULL COMMENT 'The state of the job when it completed.',
  `cpu_req` int(10) unsigned NULL DEFAULT NULL COMMENT 'The number of CPUs required by the job.',
  `mem_req` varchar(32) NULL DEFAULT NULL COMMENT 'The amount of memory required by the job.',
  `timelimit` int(10) unsigned NULL DEFAULT NULL COMMENT 'The time limit of the job in seconds.',
  `conversion_factor` double NULL DEFAULT NULL COMMENT 'Factor used to normalize local SU to TG Roaming (XDSU)',
  `completed` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Boolean flag 1 = job complete',
  `last_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Boolean flag 1 = job has been deleted',
  PRIMARY KEY (`job_id`, `creation_time`),
  INDEX `jobid` (`job_id`),
  INDEX `localjobid` (`local_jobid`, `local_job_array_index`, `resource_id`),
  INDEX `completed` (`completed`),
  INDEX `fk_job_task_type` (`job_task_type_id`),
  INDEX `fk_person` (`person_id`),
  INDEX `fk_resource` (`resource_id`),
  INDEX `index_supremm_lookup` (`local_job_id_raw`, `resource_id`),
  INDEX `index_start_time_resource_id` (`start_time_ts`, `resource_id`),
  INDEX `aggregation_index` (`start_day_id`, `end_day_id`),
  INDEX `deleted` (`is_deleted`, `end_day_id`, `start_day_id`),
  UNIQUE INDEX `uniq` (`local_job_id_raw`, `job_id_origin_id`, `job_record_id`),
  INDEX `job_id_origin_id_idx` (`job_id_origin_id`),
  INDEX `index_last_modified` (`last_modified`)
) ENGINE = InnoDB COMMENT = 'Consumption of resources';

-- jobhosts (configuration/etl/etl_tables.d/jobs/xdw/jobhosts.json)
CREATE TABLE IF NOT EXISTS `jobhosts` (
  `job_id` int(11) NOT NULL,
  `host_id` int(11) NOT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`job_id`, `host_id`),
  INDEX `job_id_idx` (`job_id`)
) ENGINE = InnoDB;

-- gateway (configuration/etl/etl_tables.d/gateways/gateway.json)
CREATE TABLE IF NOT EXISTS `gateway` (
  `proxy_person_id` int(11) NOT NULL COMMENT 'person_id for the gateway\'s proxy, or Community, user',
  `short_name` varchar(100) NOT NULL COMMENT 'Short name of the science gateway',
  `long_name` varchar(1000) NOT NULL COMMENT 'Long name of the science gateway',
  `acronym` varchar(100) NULL DEFAULT NULL COMMENT 'Acronym, if known, for the science gateway',
  `order_id` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`proxy_person_id`)
) ENGINE = myisam CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'Listing of Science Gateways';

-- enduser (configuration/etl/etl_tables.d/gateways/enduser.json)
CREATE TABLE IF NOT EXISTS `enduser` (
  `id` int(11) NOT NULL auto_increment COMMENT 'Generated unique id for enduser table',
  `username` varchar(200) NOT NULL COMMENT 'Username of the enduser on the specific gateway denoted by the proxy user having gateway_id',
  `local_username_id` int(11) NOT NULL COMMENT 'User id of the enduser on the specific gateway denoted by the proxy user having gateway_id',
  `gateway_id` int(11) NOT NULL COMMENT 'Foreign key to gateway.proxy_person_id, denotes the proxy user that runs jobs on resources at the behest of a gateway',
  `last_modified` datetime NOT NULL COMMENT 'Last modified date for this record',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `index_enduser_unique` (`username`, `gateway_id`)
) ENGINE = myisam CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'Associate local gateway enduser names with the gateway on which they are registered';

-- job_metadata (configuration/etl/etl_tables.d/gateways/job_metadata.json)
CREATE TABLE IF NOT EXISTS `job_metadata` (
  `id` int(11) NOT NULL auto_increment COMMENT 'Generated primary key for job_metadata table',
  `resource_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Foreign key to resource table; identifies computing resource on which the job was run',
  `gateway_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Foreign key to gateway table; identifies gateway that submitted the job',
  `username_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Foreign key to enduser table; identifies gateway enduser that submitted the job on the gateway',
  `job_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Foreign key to jobs table; identifies job id on the computing resource',
  `gateway_job_id` int(11) NOT NULL DEFAULT -1 COMMENT 'Local job id on the submitting gateway',
  `job_datetime` datetime NOT NULL COMMENT 'Date when job was submitted or run',
  `script_name` varchar(200) NULL DEFAULT NULL COMMENT 'Name of script run on resource at behest of gateway',
  `script_path` varchar(1000) NULL DEFAULT NULL COMMENT 'Path to script run on resource at behest of gateway',
  `last_modified` datetime NOT NULL COMMENT 'Datetime when record was modified last',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `index_job_metadata_unique` (`resource_id`, `gateway_id`, `username_id`, `job_id`, `gateway_job_id`, `job_datetime`)
) ENGINE = myisam CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'Metadata associated with gateways-submitted jobs';

-- ======================================================================
-- schema mod_logger
-- ======================================================================

-- log_table (configuration/etl/etl_tables.d/logger/log_table.json)
CREATE TABLE IF NOT EXISTS `log_table` (
  `id` int(11) NULL DEFAULT NULL,
  `logtime` datetime NULL DEFAULT NULL,
  `ident` char(32) NULL DEFAULT NULL,
  `priority` int(11) NULL DEFAULT NULL,
  `message` longtext NULL DEFAULT NULL,
  INDEX `get_messages_idx` (`ident`, `logtime`, `priority`),
  INDEX `ident_idx` (`ident`),
  INDEX `ident_priority_idx` (`ident`, `priority`),
  INDEX `logscan` (`ident`, `priority`, `id`),
  INDEX `priority_idx` (`priority`),
  INDEX `unique_id_idx` (`id`)
) ENGINE = InnoDB CHARSET = utf8 COLLATE = utf8_unicode_ci;

-- Anuko Time Tracker: mysql.sql of github.com/anuko/timetracker (loaded in MariaDB, dumped with mysqldump --no-data)
SET FOREIGN_KEY_CHECKS=0;

/*M!999999\- enable the sandbox mode */ 
CREATE TABLE `tt_client_project_binds` (
  `client_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  UNIQUE KEY `client_project_idx` (`client_id`,`project_id`),
  KEY `client_idx` (`client_id`),
  KEY `project_idx` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_clients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `tax` float(6,2) DEFAULT 0.00,
  `projects` text DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_name_idx` (`group_id`,`name`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_config` (
  `user_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `param_name` varchar(32) NOT NULL,
  `param_value` varchar(80) DEFAULT NULL,
  UNIQUE KEY `param_idx` (`user_id`,`param_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_cron` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `cron_spec` varchar(255) NOT NULL,
  `last` int(11) DEFAULT NULL,
  `next` int(11) DEFAULT NULL,
  `report_id` int(11) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `cc` varchar(100) DEFAULT NULL,
  `subject` varchar(100) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `report_condition` varchar(255) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_custom_field_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `log_id` bigint(20) NOT NULL,
  `field_id` int(11) NOT NULL,
  `option_id` int(11) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `log_idx` (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_custom_field_options` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `field_id` int(11) NOT NULL,
  `value` varchar(32) NOT NULL DEFAULT '',
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_custom_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `entity_type` tinyint(4) DEFAULT 1,
  `type` tinyint(4) NOT NULL DEFAULT 0,
  `label` varchar(32) NOT NULL DEFAULT '',
  `required` tinyint(4) DEFAULT 0,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_entity_custom_fields` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int(10) unsigned NOT NULL,
  `org_id` int(10) unsigned NOT NULL,
  `entity_type` tinyint(4) NOT NULL,
  `entity_id` int(10) unsigned NOT NULL,
  `field_id` int(10) unsigned NOT NULL,
  `option_id` int(10) unsigned DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(10) unsigned DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(10) unsigned DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_idx` (`entity_type`,`entity_id`,`field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_expense_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `name` text NOT NULL,
  `cost` decimal(10,2) DEFAULT 0.00,
  `invoice_id` int(11) DEFAULT NULL,
  `approved` tinyint(4) DEFAULT 0,
  `paid` tinyint(4) DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `date_idx` (`date`),
  KEY `user_idx` (`user_id`),
  KEY `group_idx` (`group_id`),
  KEY `client_idx` (`client_id`),
  KEY `project_idx` (`project_id`),
  KEY `invoice_idx` (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_fav_reports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `report_spec` text DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `task_id` int(11) DEFAULT NULL,
  `billable` tinyint(4) DEFAULT NULL,
  `approved` tinyint(4) DEFAULT NULL,
  `invoice` tinyint(4) DEFAULT NULL,
  `timesheet` tinyint(4) DEFAULT NULL,
  `paid_status` tinyint(4) DEFAULT NULL,
  `note_containing` varchar(80) DEFAULT NULL,
  `users` text DEFAULT NULL,
  `period` tinyint(4) DEFAULT NULL,
  `period_start` date DEFAULT NULL,
  `period_end` date DEFAULT NULL,
  `show_client` tinyint(4) NOT NULL DEFAULT 0,
  `show_invoice` tinyint(4) NOT NULL DEFAULT 0,
  `show_paid` tinyint(4) NOT NULL DEFAULT 0,
  `show_ip` tinyint(4) NOT NULL DEFAULT 0,
  `show_project` tinyint(4) NOT NULL DEFAULT 0,
  `show_timesheet` tinyint(4) NOT NULL DEFAULT 0,
  `show_start` tinyint(4) NOT NULL DEFAULT 0,
  `show_duration` tinyint(4) NOT NULL DEFAULT 0,
  `show_cost` tinyint(4) NOT NULL DEFAULT 0,
  `show_task` tinyint(4) NOT NULL DEFAULT 0,
  `show_end` tinyint(4) NOT NULL DEFAULT 0,
  `show_note` tinyint(4) NOT NULL DEFAULT 0,
  `show_approved` tinyint(4) NOT NULL DEFAULT 0,
  `show_work_units` tinyint(4) NOT NULL DEFAULT 0,
  `show_totals_only` tinyint(4) NOT NULL DEFAULT 0,
  `group_by1` varchar(20) DEFAULT NULL,
  `group_by2` varchar(20) DEFAULT NULL,
  `group_by3` varchar(20) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_files` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int(10) unsigned DEFAULT NULL,
  `org_id` int(10) unsigned DEFAULT NULL,
  `remote_id` bigint(20) unsigned DEFAULT NULL,
  `file_key` varchar(32) DEFAULT NULL,
  `entity_type` varchar(32) DEFAULT NULL,
  `entity_id` int(10) unsigned DEFAULT NULL,
  `file_name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(10) unsigned DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(10) unsigned DEFAULT NULL,
  `status` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `group_key` varchar(32) DEFAULT NULL,
  `name` varchar(80) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `currency` varchar(7) DEFAULT NULL,
  `decimal_mark` char(1) NOT NULL DEFAULT '.',
  `lang` varchar(10) NOT NULL DEFAULT 'en',
  `date_format` varchar(20) NOT NULL DEFAULT '%Y-%m-%d',
  `time_format` varchar(20) NOT NULL DEFAULT '%H:%M',
  `week_start` smallint(2) NOT NULL DEFAULT 0,
  `tracking_mode` smallint(2) NOT NULL DEFAULT 1,
  `project_required` smallint(2) NOT NULL DEFAULT 0,
  `record_type` smallint(2) NOT NULL DEFAULT 0,
  `bcc_email` varchar(100) DEFAULT NULL,
  `allow_ip` varchar(255) DEFAULT NULL,
  `password_complexity` varchar(64) DEFAULT NULL,
  `plugins` varchar(255) DEFAULT NULL,
  `lock_spec` varchar(255) DEFAULT NULL,
  `holidays` text DEFAULT NULL,
  `workday_minutes` smallint(4) DEFAULT 480,
  `custom_logo` tinyint(4) DEFAULT 0,
  `config` text DEFAULT NULL,
  `custom_css` text DEFAULT NULL,
  `custom_translation` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `entities_modified` datetime DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `date` date NOT NULL,
  `client_id` int(11) NOT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_idx` (`group_id`,`name`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `start` time DEFAULT NULL,
  `duration` time DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `task_id` int(11) DEFAULT NULL,
  `timesheet_id` int(11) DEFAULT NULL,
  `invoice_id` int(11) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `billable` tinyint(4) DEFAULT 0,
  `approved` tinyint(4) DEFAULT 0,
  `paid` tinyint(4) DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `date_idx` (`date`),
  KEY `user_idx` (`user_id`),
  KEY `group_idx` (`group_id`),
  KEY `client_idx` (`client_id`),
  KEY `invoice_idx` (`invoice_id`),
  KEY `project_idx` (`project_id`),
  KEY `task_idx` (`task_id`),
  KEY `timesheet_idx` (`timesheet_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_monthly_quotas` (
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `year` smallint(5) unsigned NOT NULL,
  `month` tinyint(3) unsigned NOT NULL,
  `minutes` int(11) DEFAULT NULL,
  PRIMARY KEY (`group_id`,`year`,`month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_predefined_expenses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `cost` decimal(10,2) DEFAULT 0.00,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_project_task_binds` (
  `project_id` int(11) NOT NULL,
  `task_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  UNIQUE KEY `project_task_idx` (`project_id`,`task_id`),
  KEY `project_idx` (`project_id`),
  KEY `task_idx` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_project_template_binds` (
  `project_id` int(10) unsigned NOT NULL,
  `template_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `org_id` int(10) unsigned NOT NULL,
  UNIQUE KEY `project_template_idx` (`project_id`,`template_id`),
  KEY `project_idx` (`project_id`),
  KEY `template_idx` (`template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `tasks` text DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_idx` (`group_id`,`name`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `rank` int(11) DEFAULT 0,
  `rights` text DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_idx` (`group_id`,`rank`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_site_config` (
  `param_name` varchar(32) NOT NULL,
  `param_value` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`param_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_idx` (`group_id`,`name`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_timesheets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `comment` text DEFAULT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `submit_status` tinyint(4) DEFAULT NULL,
  `approve_status` tinyint(4) DEFAULT NULL,
  `approve_comment` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_tmp_refs` (
  `created` datetime DEFAULT NULL,
  `ref` char(32) NOT NULL DEFAULT '',
  `user_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_user_project_binds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `org_id` int(11) DEFAULT NULL,
  `rate` float(6,2) DEFAULT 0.00,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bind_idx` (`user_id`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tt_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `password` varchar(50) DEFAULT NULL,
  `name` varchar(80) DEFAULT NULL,
  `group_id` int(11) NOT NULL,
  `org_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `rate` float(6,2) NOT NULL DEFAULT 0.00,
  `quota_percent` float(6,2) NOT NULL DEFAULT 100.00,
  `email` varchar(100) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modified_ip` varchar(45) DEFAULT NULL,
  `modified_by` int(11) DEFAULT NULL,
  `accessed` datetime DEFAULT NULL,
  `accessed_ip` varchar(45) DEFAULT NULL,
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login_idx` (`login`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS=1;

-- Tock (18F/tock), commit f8d640ee01b6c69c787fe755742d973701295b62 (CC0-1.0 / US public domain)
-- Django 4.2 models (tock/projects, organizations, employees, hours) and the Django contrib tables they use
-- (auth, admin, contenttypes, sessions, migrations) plus Django REST framework's authtoken, written as MySQL DDL
-- with Django's table and column names (AutoField -> int AUTO_INCREMENT, ForeignKey -> <name>_id,
-- DateTimeField -> datetime(6), BooleanField -> tinyint(1), DecimalField -> decimal); columns in the models'
-- declaration order; indexes left out; foreign keys kept. All 28 tables of the database.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int DEFAULT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(512) NOT NULL,
  `description` longtext DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_unit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `org_id` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  FOREIGN KEY (`org_id`) REFERENCES `organizations_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_agency` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_accountingcode` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(200) NOT NULL,
  `agency_id` int NOT NULL,
  `office` varchar(200) NOT NULL,
  `billable` tinyint(1) NOT NULL,
  `flat_rate` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agency_id`) REFERENCES `projects_agency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectalert` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL,
  `label` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `style` varchar(32) NOT NULL,
  `style_bold` tinyint(1) NOT NULL,
  `style_italic` tinyint(1) NOT NULL,
  `destination_url` varchar(512) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_profitlossaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `accounting_string` varchar(200) NOT NULL,
  `as_start_date` date DEFAULT NULL,
  `as_end_date` date DEFAULT NULL,
  `account_type` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `mbnumber` varchar(200) NOT NULL,
  `accounting_code_id` int NOT NULL,
  `description` longtext DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `is_weekly_bill` tinyint(1) NOT NULL,
  `notes_required` tinyint(1) NOT NULL,
  `notes_displayed` tinyint(1) NOT NULL,
  `agreement_URL` varchar(1000) NOT NULL,
  `profit_loss_account_id` int DEFAULT NULL,
  `project_lead_id` int DEFAULT NULL,
  `organization_id` int DEFAULT NULL,
  `exclude_from_billability` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`accounting_code_id`) REFERENCES `projects_accountingcode` (`id`),
  FOREIGN KEY (`profit_loss_account_id`) REFERENCES `projects_profitlossaccount` (`id`),
  FOREIGN KEY (`project_lead_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project_alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `projectalert_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`projectalert_id`) REFERENCES `projects_projectalert` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employees_employeegrade` (
  `id` int NOT NULL AUTO_INCREMENT,
  `employee_id` int NOT NULL,
  `grade` int NOT NULL,
  `g_start_date` date NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`employee_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employees_userdata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `current_employee` tinyint(1) NOT NULL,
  `expected_billable_hours` int NOT NULL,
  `expected_project_allocation` decimal(6,3) DEFAULT NULL,
  `profit_loss_account_id` int DEFAULT NULL,
  `is_aws_eligible` tinyint(1) NOT NULL,
  `organization_id` int DEFAULT NULL,
  `unit_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`profit_loss_account_id`) REFERENCES `projects_profitlossaccount` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `organizations_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_holidayprefills` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `hours_per_period` smallint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_reportingperiod` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `exact_working_hours` smallint unsigned NOT NULL,
  `max_working_hours` smallint unsigned NOT NULL,
  `min_working_hours` smallint unsigned NOT NULL,
  `message` longtext NOT NULL,
  `rendered_message` longtext NOT NULL,
  `message_style` varchar(32) NOT NULL,
  `message_title` varchar(140) NOT NULL,
  `message_enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_reportingperiod_holiday_prefills` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reportingperiod_id` int NOT NULL,
  `holidayprefills_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reportingperiod_id`) REFERENCES `hours_reportingperiod` (`id`),
  FOREIGN KEY (`holidayprefills_id`) REFERENCES `hours_holidayprefills` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_timecard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `reporting_period_id` int NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `submitted_date` date DEFAULT NULL,
  `billable_expectation` decimal(3,2) NOT NULL,
  `organization_id` int DEFAULT NULL,
  `unit_id` int DEFAULT NULL,
  `target_hours` decimal(5,2) DEFAULT NULL,
  `billable_hours` decimal(5,2) DEFAULT NULL,
  `non_billable_hours` decimal(5,2) DEFAULT NULL,
  `excluded_hours` decimal(5,2) DEFAULT NULL,
  `utilization` decimal(5,2) DEFAULT NULL,
  `total_weekly_allocation` decimal(6,5) DEFAULT NULL,
  `total_allocation_hours` decimal(5,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`reporting_period_id`) REFERENCES `hours_reportingperiod` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `organizations_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_timecardnote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(140) NOT NULL,
  `body` longtext NOT NULL,
  `rendered_body` longtext NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `display_period_start` date DEFAULT NULL,
  `display_period_end` date DEFAULT NULL,
  `style` varchar(32) NOT NULL,
  `position` smallint NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_timecardobject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timecard_id` int NOT NULL,
  `project_id` int NOT NULL,
  `hours_spent` decimal(5,2) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `grade_id` int DEFAULT NULL,
  `project_allocation` decimal(6,3) NOT NULL,
  `notes` longtext NOT NULL,
  `revenue_profit_loss_account_id` int DEFAULT NULL,
  `expense_profit_loss_account_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`timecard_id`) REFERENCES `hours_timecard` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`grade_id`) REFERENCES `employees_employeegrade` (`id`),
  FOREIGN KEY (`revenue_profit_loss_account_id`) REFERENCES `projects_profitlossaccount` (`id`),
  FOREIGN KEY (`expense_profit_loss_account_id`) REFERENCES `projects_profitlossaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hours_timecardprefilldata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `employee_id` int NOT NULL,
  `project_id` int NOT NULL,
  `hours` decimal(5,2) NOT NULL,
  `notes` longtext NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`employee_id`) REFERENCES `employees_userdata` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

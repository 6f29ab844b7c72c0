-- OpenBaraza HR and payroll (Baraza HCM, Dew CIS Solutions, Kenya): employees and job applicants with their
-- CVs (education, employment history, skills, seminars, projects), next of kin, identity documents, addresses,
-- logins; leave, casual workers, recruitment intakes and contracts, internships, appraisals and objectives,
-- disciplinary/arbitration cases, trainings, attendance and shifts, reporting lines; monthly payroll with
-- allowances and deductions, tax, bank payment splits, advances, overtime, per diem, expense claims and staff loans;
-- approval workflows, audit trail, login log, e-mail queue.
-- Upstream: OpenBaraza (sourceforge.net/projects/openbaraza), GPL-3.0. Read from the copy of its tree at
-- github.com/farajfarook/openbaraza, commit c05b3a9da4735c8fd786af96e35c4f1526b3dd9e (the HR project was imported
-- unchanged in 0c389cda, 2015-12-13; the copy's README says it is an archived fork of openbaraza). The official
-- github.com/OpenBaraza/openBaraza repository holds only the framework, not the HR project.
-- Schema = projects/hr/database/setup/setup.sql, upstream's pg_dump of a set-up HR database (built from the
-- scripts of projects/hr/database; schema and seed data), written as MySQL by a script: column order,
-- NOT NULL and defaults as in the dump; integer -> int, character varying(n) -> varchar(n), character(n) ->
-- char(n), real -> float, double precision -> double, timestamp -> datetime, time -> time, boolean -> boolean;
-- serial columns (DEFAULT nextval) -> AUTO_INCREMENT; now() -> CURRENT_TIMESTAMP, ('now'::text)::date ->
-- (curdate()), md5('baraza') -> (md5('baraza')); the dump's PRIMARY KEY / UNIQUE / FOREIGN KEY constraints (its
-- ALTER TABLE ONLY ... ADD CONSTRAINT) are written inside each CREATE TABLE with upstream's constraint names, and
-- the CHECK constraint of loans is kept. Plain (non-unique) indexes, views, functions and triggers are left out.
-- Kept: 93 of the dump's 168 tables (the HR and payroll tables and the base tables they refer to); the 75 left out
-- (finance and ledger, bank accounts of the organisation, procurement, sales, stock, assets, petty cash,
-- projects/tasks/timesheet, tenders, subscriptions, dynamic forms, news, dashboard, queries, errors, menus,
-- continents, currency rates, biometric import staging, pay-scale years, tax periods, payroll ledger, workflow
-- checklists, logs and SQL, the view copy vw_pay_scales) are listed in openbaraza.md. Foreign keys to left-out
-- tables are not declared: sys_countrys.sys_continent_id
-- (sys_continents), entitys.account_id and tax_types.account_id (accounts, the general-ledger chart).
-- orgs.currency_id and currency.org_id refer to each other, hence FOREIGN_KEY_CHECKS = 0 while creating.

SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `orgs` (
  `org_id` int NOT NULL AUTO_INCREMENT,
  `currency_id` int,
  `parent_org_id` int,
  `org_name` varchar(50) NOT NULL,
  `org_sufix` varchar(4) NOT NULL,
  `is_default` boolean NOT NULL DEFAULT TRUE,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `logo` varchar(50),
  `pin` varchar(50),
  `details` text,
  `cert_number` varchar(50),
  `vat_number` varchar(50),
  `fixed_budget` boolean DEFAULT TRUE,
  `invoice_footer` text,
  `bank_header` text,
  `bank_address` text,
  PRIMARY KEY (`org_id`),
  UNIQUE KEY `orgs_org_name_key` (`org_name`),
  UNIQUE KEY `orgs_org_sufix_key` (`org_sufix`),
  CONSTRAINT `orgs_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `orgs_parent_org_id_fkey` FOREIGN KEY (`parent_org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currency` (
  `currency_id` int NOT NULL AUTO_INCREMENT,
  `currency_name` varchar(50),
  `currency_symbol` varchar(3),
  `org_id` int,
  PRIMARY KEY (`currency_id`),
  CONSTRAINT `currency_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_countrys` (
  `sys_country_id` char(2) NOT NULL,
  `sys_continent_id` char(2),
  `sys_country_code` varchar(3),
  `sys_country_number` varchar(3),
  `sys_phone_code` varchar(3),
  `sys_country_name` varchar(120),
  `sys_currency_name` varchar(50),
  `sys_currency_cents` varchar(50),
  `sys_currency_code` varchar(3),
  `sys_currency_exchange` float,
  PRIMARY KEY (`sys_country_id`),
  UNIQUE KEY `sys_countrys_sys_country_name_key` (`sys_country_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_types` (
  `entity_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `entity_type_name` varchar(50),
  `entity_role` varchar(240),
  `use_key` int NOT NULL DEFAULT 0,
  `start_view` varchar(120),
  `group_email` varchar(120),
  `description` text,
  `details` text,
  PRIMARY KEY (`entity_type_id`),
  UNIQUE KEY `entity_types_entity_type_name_key` (`entity_type_name`),
  CONSTRAINT `entity_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entitys` (
  `entity_id` int NOT NULL AUTO_INCREMENT,
  `entity_type_id` int NOT NULL,
  `org_id` int NOT NULL,
  `entity_name` varchar(120) NOT NULL,
  `user_name` varchar(120),
  `primary_email` varchar(120),
  `primary_telephone` varchar(50),
  `super_user` boolean NOT NULL DEFAULT FALSE,
  `entity_leader` boolean NOT NULL DEFAULT FALSE,
  `no_org` boolean NOT NULL DEFAULT FALSE,
  `function_role` varchar(240),
  `date_enroled` datetime DEFAULT CURRENT_TIMESTAMP,
  `is_active` boolean DEFAULT TRUE,
  `entity_password` varchar(64) NOT NULL DEFAULT (md5('baraza')),
  `first_password` varchar(64) NOT NULL DEFAULT 'baraza',
  `new_password` varchar(64),
  `start_url` varchar(64),
  `is_picked` boolean NOT NULL DEFAULT FALSE,
  `details` text,
  `attention` varchar(50),
  `account_id` int,
  `bio_code` varchar(50),
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `entitys_org_id_user_name_key` (`org_id`, `user_name`),
  CONSTRAINT `entitys_entity_type_id_fkey` FOREIGN KEY (`entity_type_id`) REFERENCES `entity_types` (`entity_type_id`),
  CONSTRAINT `entitys_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_logins` (
  `sys_login_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `login_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `login_ip` varchar(64),
  `narrative` varchar(240),
  PRIMARY KEY (`sys_login_id`),
  CONSTRAINT `sys_logins_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_reset` (
  `sys_reset_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `request_email` varchar(320),
  `request_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `login_ip` varchar(64),
  `narrative` varchar(240),
  PRIMARY KEY (`sys_reset_id`),
  CONSTRAINT `sys_reset_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `sys_reset_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_audit_trail` (
  `sys_audit_trail_id` int NOT NULL AUTO_INCREMENT,
  `user_id` varchar(50) NOT NULL,
  `user_ip` varchar(50),
  `change_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `table_name` varchar(50) NOT NULL,
  `record_id` varchar(50) NOT NULL,
  `change_type` varchar(50) NOT NULL,
  `narrative` varchar(240),
  PRIMARY KEY (`sys_audit_trail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_audit_details` (
  `sys_audit_detail_id` int NOT NULL AUTO_INCREMENT,
  `sys_audit_trail_id` int,
  `new_value` text,
  PRIMARY KEY (`sys_audit_detail_id`),
  CONSTRAINT `sys_audit_details_sys_audit_trail_id_fkey` FOREIGN KEY (`sys_audit_trail_id`) REFERENCES `sys_audit_trail` (`sys_audit_trail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_emails` (
  `sys_email_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `sys_email_name` varchar(50),
  `default_email` varchar(120),
  `title` varchar(240) NOT NULL,
  `details` text,
  PRIMARY KEY (`sys_email_id`),
  CONSTRAINT `sys_emails_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_emailed` (
  `sys_emailed_id` int NOT NULL AUTO_INCREMENT,
  `sys_email_id` int,
  `org_id` int,
  `table_id` int,
  `table_name` varchar(50),
  `email_type` int NOT NULL DEFAULT 1,
  `emailed` boolean NOT NULL DEFAULT FALSE,
  `narrative` varchar(240),
  PRIMARY KEY (`sys_emailed_id`),
  CONSTRAINT `sys_emailed_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `sys_emailed_sys_email_id_fkey` FOREIGN KEY (`sys_email_id`) REFERENCES `sys_emails` (`sys_email_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_files` (
  `sys_file_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `table_id` int,
  `table_name` varchar(50),
  `file_name` varchar(320),
  `file_type` varchar(320),
  `file_size` int,
  `narrative` varchar(320),
  `details` text,
  PRIMARY KEY (`sys_file_id`),
  CONSTRAINT `sys_files_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_types` (
  `address_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `address_type_name` varchar(50),
  PRIMARY KEY (`address_type_id`),
  CONSTRAINT `address_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `address_id` int NOT NULL AUTO_INCREMENT,
  `address_type_id` int,
  `sys_country_id` char(2),
  `org_id` int,
  `address_name` varchar(120),
  `table_name` varchar(32),
  `table_id` int,
  `post_office_box` varchar(50),
  `postal_code` varchar(12),
  `premises` varchar(120),
  `street` varchar(120),
  `town` varchar(50),
  `phone_number` varchar(150),
  `extension` varchar(15),
  `mobile` varchar(150),
  `fax` varchar(150),
  `email` varchar(120),
  `website` varchar(120),
  `is_default` boolean,
  `first_password` varchar(32),
  `details` text,
  `company_name` varchar(50),
  `position_held` varchar(50),
  PRIMARY KEY (`address_id`),
  CONSTRAINT `address_address_type_id_fkey` FOREIGN KEY (`address_type_id`) REFERENCES `address_types` (`address_type_id`),
  CONSTRAINT `address_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `address_sys_country_id_fkey` FOREIGN KEY (`sys_country_id`) REFERENCES `sys_countrys` (`sys_country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows` (
  `workflow_id` int NOT NULL AUTO_INCREMENT,
  `source_entity_id` int NOT NULL,
  `org_id` int,
  `workflow_name` varchar(240) NOT NULL,
  `table_name` varchar(64),
  `table_link_field` varchar(64),
  `table_link_id` int,
  `approve_email` text,
  `reject_email` text,
  `approve_file` varchar(320),
  `reject_file` varchar(320),
  `details` text,
  PRIMARY KEY (`workflow_id`),
  CONSTRAINT `workflows_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `workflows_source_entity_id_fkey` FOREIGN KEY (`source_entity_id`) REFERENCES `entity_types` (`entity_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_phases` (
  `workflow_phase_id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int NOT NULL,
  `approval_entity_id` int NOT NULL,
  `org_id` int,
  `approval_level` int NOT NULL DEFAULT 1,
  `return_level` int NOT NULL DEFAULT 1,
  `escalation_days` int NOT NULL DEFAULT 0,
  `escalation_hours` int NOT NULL DEFAULT 3,
  `required_approvals` int NOT NULL DEFAULT 1,
  `reporting_level` int NOT NULL DEFAULT 1,
  `use_reporting` boolean NOT NULL DEFAULT FALSE,
  `advice` boolean NOT NULL DEFAULT FALSE,
  `notice` boolean NOT NULL DEFAULT FALSE,
  `phase_narrative` varchar(240),
  `advice_email` text,
  `notice_email` text,
  `advice_file` varchar(320),
  `notice_file` varchar(320),
  `details` text,
  PRIMARY KEY (`workflow_phase_id`),
  CONSTRAINT `workflow_phases_approval_entity_id_fkey` FOREIGN KEY (`approval_entity_id`) REFERENCES `entity_types` (`entity_type_id`),
  CONSTRAINT `workflow_phases_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `workflow_phases_workflow_id_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `approvals` (
  `approval_id` int NOT NULL AUTO_INCREMENT,
  `workflow_phase_id` int NOT NULL,
  `org_entity_id` int NOT NULL,
  `app_entity_id` int,
  `org_id` int,
  `approval_level` int NOT NULL DEFAULT 1,
  `escalation_days` int NOT NULL DEFAULT 0,
  `escalation_hours` int NOT NULL DEFAULT 3,
  `escalation_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `forward_id` int,
  `table_name` varchar(64),
  `table_id` int,
  `application_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `completion_date` datetime,
  `action_date` datetime,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `approval_narrative` varchar(240),
  `to_be_done` text,
  `what_is_done` text,
  `review_advice` text,
  `details` text,
  PRIMARY KEY (`approval_id`),
  CONSTRAINT `approvals_app_entity_id_fkey` FOREIGN KEY (`app_entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `approvals_org_entity_id_fkey` FOREIGN KEY (`org_entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `approvals_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `approvals_workflow_phase_id_fkey` FOREIGN KEY (`workflow_phase_id`) REFERENCES `workflow_phases` (`workflow_phase_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `departments` (
  `department_id` int NOT NULL AUTO_INCREMENT,
  `ln_department_id` int,
  `org_id` int,
  `department_name` varchar(120),
  `active` boolean NOT NULL DEFAULT TRUE,
  `petty_cash` boolean NOT NULL DEFAULT FALSE,
  `description` text,
  `duties` text,
  `reports` text,
  `details` text,
  PRIMARY KEY (`department_id`),
  CONSTRAINT `departments_ln_department_id_fkey` FOREIGN KEY (`ln_department_id`) REFERENCES `departments` (`department_id`),
  CONSTRAINT `departments_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `department_roles` (
  `department_role_id` int NOT NULL AUTO_INCREMENT,
  `department_id` int,
  `ln_department_role_id` int,
  `org_id` int,
  `department_role_name` varchar(240) NOT NULL,
  `active` boolean NOT NULL DEFAULT TRUE,
  `job_description` text,
  `job_requirements` text,
  `duties` text,
  `performance_measures` text,
  `details` text,
  PRIMARY KEY (`department_role_id`),
  CONSTRAINT `department_roles_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`department_id`),
  CONSTRAINT `department_roles_ln_department_role_id_fkey` FOREIGN KEY (`ln_department_role_id`) REFERENCES `department_roles` (`department_role_id`),
  CONSTRAINT `department_roles_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `location_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `location_name` varchar(50),
  `details` text,
  PRIMARY KEY (`location_id`),
  CONSTRAINT `locations_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banks` (
  `bank_id` int NOT NULL AUTO_INCREMENT,
  `sys_country_id` char(2),
  `org_id` int,
  `bank_name` varchar(50) NOT NULL,
  `bank_code` varchar(25),
  `swift_code` varchar(25),
  `sort_code` varchar(25),
  `narrative` varchar(240),
  PRIMARY KEY (`bank_id`),
  CONSTRAINT `banks_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `banks_sys_country_id_fkey` FOREIGN KEY (`sys_country_id`) REFERENCES `sys_countrys` (`sys_country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_branch` (
  `bank_branch_id` int NOT NULL AUTO_INCREMENT,
  `bank_id` int,
  `org_id` int,
  `bank_branch_name` varchar(50) NOT NULL,
  `bank_branch_code` varchar(50),
  `narrative` varchar(240),
  PRIMARY KEY (`bank_branch_id`),
  UNIQUE KEY `bank_branch_bank_id_bank_branch_name_key` (`bank_id`, `bank_branch_name`),
  CONSTRAINT `bank_branch_bank_id_fkey` FOREIGN KEY (`bank_id`) REFERENCES `banks` (`bank_id`),
  CONSTRAINT `bank_branch_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disability` (
  `disability_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `disability_name` varchar(240) NOT NULL,
  PRIMARY KEY (`disability_id`),
  CONSTRAINT `disability_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pay_scales` (
  `pay_scale_id` int NOT NULL AUTO_INCREMENT,
  `currency_id` int,
  `org_id` int,
  `pay_scale_name` varchar(32) NOT NULL,
  `min_pay` float,
  `max_pay` float,
  `details` text,
  PRIMARY KEY (`pay_scale_id`),
  CONSTRAINT `pay_scales_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `pay_scales_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pay_scale_steps` (
  `pay_scale_step_id` int NOT NULL AUTO_INCREMENT,
  `pay_scale_id` int,
  `org_id` int,
  `pay_step` int NOT NULL,
  `pay_amount` float NOT NULL,
  PRIMARY KEY (`pay_scale_step_id`),
  CONSTRAINT `pay_scale_steps_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `pay_scale_steps_pay_scale_id_fkey` FOREIGN KEY (`pay_scale_id`) REFERENCES `pay_scales` (`pay_scale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pay_groups` (
  `pay_group_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `pay_group_name` varchar(50),
  `details` text,
  PRIMARY KEY (`pay_group_id`),
  CONSTRAINT `pay_groups_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicants` (
  `entity_id` int NOT NULL,
  `disability_id` int,
  `org_id` int,
  `person_title` varchar(7),
  `surname` varchar(50) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50),
  `applicant_email` varchar(50) NOT NULL,
  `applicant_phone` varchar(50),
  `date_of_birth` date,
  `gender` varchar(1),
  `nationality` char(2),
  `marital_status` varchar(2),
  `picture_file` varchar(32),
  `identity_card` varchar(50),
  `language` varchar(320),
  `field_of_study` text,
  `interests` text,
  `objective` text,
  `details` text,
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `applicants_applicant_email_key` (`applicant_email`),
  CONSTRAINT `applicants_disability_id_fkey` FOREIGN KEY (`disability_id`) REFERENCES `disability` (`disability_id`),
  CONSTRAINT `applicants_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `applicants_nationality_fkey` FOREIGN KEY (`nationality`) REFERENCES `sys_countrys` (`sys_country_id`),
  CONSTRAINT `applicants_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employees` (
  `entity_id` int NOT NULL,
  `department_role_id` int NOT NULL,
  `bank_branch_id` int NOT NULL,
  `disability_id` int,
  `employee_id` varchar(12) NOT NULL,
  `pay_scale_id` int,
  `pay_scale_step_id` int,
  `pay_group_id` int,
  `location_id` int,
  `currency_id` int,
  `org_id` int,
  `person_title` varchar(7),
  `surname` varchar(50) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `middle_name` varchar(50),
  `date_of_birth` date,
  `gender` varchar(1),
  `phone` varchar(120),
  `nationality` char(2) NOT NULL,
  `nation_of_birth` char(2),
  `place_of_birth` varchar(50),
  `marital_status` varchar(2),
  `appointment_date` date,
  `current_appointment` date,
  `exit_date` date,
  `contract` boolean NOT NULL DEFAULT FALSE,
  `contract_period` int NOT NULL,
  `employment_terms` varchar(320),
  `identity_card` varchar(50),
  `basic_salary` float NOT NULL,
  `bank_account` varchar(32),
  `picture_file` varchar(32),
  `active` boolean NOT NULL DEFAULT TRUE,
  `language` varchar(320),
  `desg_code` varchar(16),
  `inc_mth` varchar(16),
  `previous_sal_point` varchar(16),
  `current_sal_point` varchar(16),
  `halt_point` varchar(16),
  `height` float,
  `weight` float,
  `blood_group` varchar(3),
  `allergies` varchar(320),
  `field_of_study` text,
  `interests` text,
  `objective` text,
  `details` text,
  PRIMARY KEY (`entity_id`),
  UNIQUE KEY `employees_org_id_employee_id_key` (`org_id`, `employee_id`),
  CONSTRAINT `employees_bank_branch_id_fkey` FOREIGN KEY (`bank_branch_id`) REFERENCES `bank_branch` (`bank_branch_id`),
  CONSTRAINT `employees_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `employees_department_role_id_fkey` FOREIGN KEY (`department_role_id`) REFERENCES `department_roles` (`department_role_id`),
  CONSTRAINT `employees_disability_id_fkey` FOREIGN KEY (`disability_id`) REFERENCES `disability` (`disability_id`),
  CONSTRAINT `employees_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employees_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `locations` (`location_id`),
  CONSTRAINT `employees_nation_of_birth_fkey` FOREIGN KEY (`nation_of_birth`) REFERENCES `sys_countrys` (`sys_country_id`),
  CONSTRAINT `employees_nationality_fkey` FOREIGN KEY (`nationality`) REFERENCES `sys_countrys` (`sys_country_id`),
  CONSTRAINT `employees_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `employees_pay_group_id_fkey` FOREIGN KEY (`pay_group_id`) REFERENCES `pay_groups` (`pay_group_id`),
  CONSTRAINT `employees_pay_scale_id_fkey` FOREIGN KEY (`pay_scale_id`) REFERENCES `pay_scales` (`pay_scale_id`),
  CONSTRAINT `employees_pay_scale_step_id_fkey` FOREIGN KEY (`pay_scale_step_id`) REFERENCES `pay_scale_steps` (`pay_scale_step_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education_class` (
  `education_class_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `education_class_name` varchar(50),
  `details` text,
  PRIMARY KEY (`education_class_id`),
  CONSTRAINT `education_class_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `education` (
  `education_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `education_class_id` int,
  `org_id` int,
  `date_from` date NOT NULL,
  `date_to` date,
  `name_of_school` varchar(240),
  `examination_taken` varchar(240),
  `grades_obtained` varchar(50),
  `certificate_number` varchar(50),
  `details` text,
  PRIMARY KEY (`education_id`),
  CONSTRAINT `education_education_class_id_fkey` FOREIGN KEY (`education_class_id`) REFERENCES `education_class` (`education_class_id`),
  CONSTRAINT `education_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `education_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employment` (
  `employment_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `date_from` date NOT NULL,
  `date_to` date,
  `employers_name` varchar(240),
  `position_held` varchar(240),
  `details` text,
  PRIMARY KEY (`employment_id`),
  CONSTRAINT `employment_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employment_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kin_types` (
  `kin_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `kin_type_name` varchar(50),
  `details` text,
  PRIMARY KEY (`kin_type_id`),
  CONSTRAINT `kin_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kins` (
  `kin_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `kin_type_id` int,
  `org_id` int,
  `full_names` varchar(120),
  `date_of_birth` date,
  `identification` varchar(50),
  `relation` varchar(50),
  `emergency_contact` boolean NOT NULL DEFAULT FALSE,
  `beneficiary` boolean NOT NULL DEFAULT FALSE,
  `beneficiary_ps` float,
  `details` text,
  PRIMARY KEY (`kin_id`),
  CONSTRAINT `kins_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `kins_kin_type_id_fkey` FOREIGN KEY (`kin_type_id`) REFERENCES `kin_types` (`kin_type_id`),
  CONSTRAINT `kins_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cv_seminars` (
  `cv_seminar_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `cv_seminar_name` varchar(240),
  `cv_seminar_date` date NOT NULL,
  `details` text,
  PRIMARY KEY (`cv_seminar_id`),
  CONSTRAINT `cv_seminars_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `cv_seminars_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cv_projects` (
  `cv_projectid` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `cv_project_name` varchar(240),
  `cv_project_date` date NOT NULL,
  `details` text,
  PRIMARY KEY (`cv_projectid`),
  CONSTRAINT `cv_projects_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `cv_projects_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skill_category` (
  `skill_category_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `skill_category_name` varchar(50) NOT NULL,
  `details` text,
  PRIMARY KEY (`skill_category_id`),
  CONSTRAINT `skill_category_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skill_types` (
  `skill_type_id` int NOT NULL AUTO_INCREMENT,
  `skill_category_id` int,
  `org_id` int,
  `skill_type_name` varchar(50) NOT NULL,
  `basic` varchar(50),
  `intermediate` varchar(50),
  `advanced` varchar(50),
  `details` text,
  PRIMARY KEY (`skill_type_id`),
  CONSTRAINT `skill_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `skill_types_skill_category_id_fkey` FOREIGN KEY (`skill_category_id`) REFERENCES `skill_category` (`skill_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skills` (
  `skill_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `skill_type_id` int,
  `org_id` int,
  `skill_level` int NOT NULL DEFAULT 1,
  `aquired` boolean NOT NULL DEFAULT FALSE,
  `training_date` date,
  `trained` boolean NOT NULL DEFAULT FALSE,
  `training_institution` varchar(240),
  `training_cost` float,
  `details` text,
  PRIMARY KEY (`skill_id`),
  CONSTRAINT `skills_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `skills_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `skills_skill_type_id_fkey` FOREIGN KEY (`skill_type_id`) REFERENCES `skill_types` (`skill_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identification_types` (
  `identification_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `identification_type_name` varchar(50),
  `details` text,
  PRIMARY KEY (`identification_type_id`),
  CONSTRAINT `identification_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identifications` (
  `identification_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `identification_type_id` int,
  `nationality` char(2) NOT NULL,
  `org_id` int,
  `identification` varchar(64),
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `starting_from` date,
  `expiring_at` date,
  `place_of_issue` varchar(50),
  `details` text,
  PRIMARY KEY (`identification_id`),
  CONSTRAINT `identifications_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `identifications_identification_type_id_fkey` FOREIGN KEY (`identification_type_id`) REFERENCES `identification_types` (`identification_type_id`),
  CONSTRAINT `identifications_nationality_fkey` FOREIGN KEY (`nationality`) REFERENCES `sys_countrys` (`sys_country_id`),
  CONSTRAINT `identifications_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `casual_category` (
  `casual_category_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `casual_category_name` varchar(50),
  `details` text,
  PRIMARY KEY (`casual_category_id`),
  CONSTRAINT `casual_category_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `casual_application` (
  `casual_application_id` int NOT NULL AUTO_INCREMENT,
  `department_id` int,
  `casual_category_id` int,
  `entity_id` int,
  `org_id` int,
  `position` int NOT NULL DEFAULT 1,
  `work_duration` int NOT NULL DEFAULT 1,
  `approved_pay_rate` float,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`casual_application_id`),
  CONSTRAINT `casual_application_casual_category_id_fkey` FOREIGN KEY (`casual_category_id`) REFERENCES `casual_category` (`casual_category_id`),
  CONSTRAINT `casual_application_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`department_id`),
  CONSTRAINT `casual_application_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `casual_application_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `casuals` (
  `casual_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `casual_application_id` int,
  `org_id` int,
  `start_date` date,
  `end_date` date,
  `duration` int,
  `pay_rate` float,
  `amount_paid` float,
  `paid` boolean NOT NULL DEFAULT FALSE,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`casual_id`),
  CONSTRAINT `casuals_casual_application_id_fkey` FOREIGN KEY (`casual_application_id`) REFERENCES `casual_application` (`casual_application_id`),
  CONSTRAINT `casuals_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `casuals_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leave_types` (
  `leave_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `leave_type_name` varchar(50) NOT NULL,
  `allowed_leave_days` int NOT NULL DEFAULT 1,
  `leave_days_span` int NOT NULL DEFAULT 1,
  `use_type` int NOT NULL DEFAULT 0,
  `month_quota` float NOT NULL DEFAULT 0,
  `initial_days` float NOT NULL DEFAULT 0,
  `maximum_carry` float NOT NULL DEFAULT 0,
  `include_holiday` boolean NOT NULL DEFAULT FALSE,
  `include_mon` boolean NOT NULL DEFAULT TRUE,
  `include_tue` boolean NOT NULL DEFAULT TRUE,
  `include_wed` boolean NOT NULL DEFAULT TRUE,
  `include_thu` boolean NOT NULL DEFAULT TRUE,
  `include_fri` boolean NOT NULL DEFAULT TRUE,
  `include_sat` boolean NOT NULL DEFAULT FALSE,
  `include_sun` boolean NOT NULL DEFAULT FALSE,
  `details` text,
  PRIMARY KEY (`leave_type_id`),
  CONSTRAINT `leave_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_leave_types` (
  `employee_leave_type_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `leave_type_id` int,
  `org_id` int,
  `leave_balance` float NOT NULL DEFAULT 0,
  `leave_starting` date NOT NULL DEFAULT (curdate()),
  `details` text,
  PRIMARY KEY (`employee_leave_type_id`),
  CONSTRAINT `employee_leave_types_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_leave_types_leave_type_id_fkey` FOREIGN KEY (`leave_type_id`) REFERENCES `leave_types` (`leave_type_id`),
  CONSTRAINT `employee_leave_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_leave` (
  `employee_leave_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `contact_entity_id` int,
  `leave_type_id` int,
  `org_id` int,
  `leave_from` date NOT NULL,
  `leave_to` date NOT NULL,
  `leave_days` float NOT NULL,
  `start_half_day` boolean NOT NULL DEFAULT FALSE,
  `end_half_day` boolean NOT NULL DEFAULT FALSE,
  `special_request` boolean NOT NULL DEFAULT FALSE,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `narrative` varchar(240),
  `details` text,
  PRIMARY KEY (`employee_leave_id`),
  CONSTRAINT `employee_leave_contact_entity_id_fkey` FOREIGN KEY (`contact_entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_leave_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_leave_leave_type_id_fkey` FOREIGN KEY (`leave_type_id`) REFERENCES `leave_types` (`leave_type_id`),
  CONSTRAINT `employee_leave_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leave_work_days` (
  `leave_work_day_id` int NOT NULL AUTO_INCREMENT,
  `employee_leave_id` int,
  `entity_id` int,
  `org_id` int,
  `work_date` date NOT NULL,
  `half_day` boolean NOT NULL DEFAULT FALSE,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`leave_work_day_id`),
  CONSTRAINT `leave_work_days_employee_leave_id_fkey` FOREIGN KEY (`employee_leave_id`) REFERENCES `employee_leave` (`employee_leave_id`),
  CONSTRAINT `leave_work_days_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `leave_work_days_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `holidays` (
  `holiday_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `holiday_name` varchar(50) NOT NULL,
  `holiday_date` date,
  `details` text,
  PRIMARY KEY (`holiday_id`),
  CONSTRAINT `holidays_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intake` (
  `intake_id` int NOT NULL AUTO_INCREMENT,
  `department_role_id` int,
  `pay_scale_id` int,
  `pay_group_id` int,
  `location_id` int,
  `org_id` int,
  `opening_date` date NOT NULL,
  `closing_date` date NOT NULL,
  `positions` int,
  `contract` boolean NOT NULL DEFAULT FALSE,
  `contract_period` int NOT NULL,
  `details` text,
  PRIMARY KEY (`intake_id`),
  CONSTRAINT `intake_department_role_id_fkey` FOREIGN KEY (`department_role_id`) REFERENCES `department_roles` (`department_role_id`),
  CONSTRAINT `intake_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `locations` (`location_id`),
  CONSTRAINT `intake_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `intake_pay_group_id_fkey` FOREIGN KEY (`pay_group_id`) REFERENCES `pay_groups` (`pay_group_id`),
  CONSTRAINT `intake_pay_scale_id_fkey` FOREIGN KEY (`pay_scale_id`) REFERENCES `pay_scales` (`pay_scale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_types` (
  `contract_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `contract_type_name` varchar(50) NOT NULL,
  `details` text,
  PRIMARY KEY (`contract_type_id`),
  CONSTRAINT `contract_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_status` (
  `contract_status_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `contract_status_name` varchar(50) NOT NULL,
  `details` text,
  PRIMARY KEY (`contract_status_id`),
  CONSTRAINT `contract_status_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `application_id` int NOT NULL AUTO_INCREMENT,
  `intake_id` int,
  `contract_type_id` int,
  `contract_status_id` int,
  `entity_id` int,
  `employee_id` int,
  `org_id` int,
  `contract_date` date,
  `contract_close` date,
  `contract_start` date,
  `contract_period` int,
  `contract_terms` text,
  `initial_salary` float,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `short_listed` int NOT NULL DEFAULT 0,
  `applicant_comments` text,
  `review` text,
  PRIMARY KEY (`application_id`),
  CONSTRAINT `applications_contract_status_id_fkey` FOREIGN KEY (`contract_status_id`) REFERENCES `contract_status` (`contract_status_id`),
  CONSTRAINT `applications_contract_type_id_fkey` FOREIGN KEY (`contract_type_id`) REFERENCES `contract_types` (`contract_type_id`),
  CONSTRAINT `applications_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `employees` (`entity_id`),
  CONSTRAINT `applications_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `applications_intake_id_fkey` FOREIGN KEY (`intake_id`) REFERENCES `intake` (`intake_id`),
  CONSTRAINT `applications_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internships` (
  `internship_id` int NOT NULL AUTO_INCREMENT,
  `department_id` int,
  `org_id` int,
  `opening_date` date NOT NULL,
  `closing_date` date NOT NULL,
  `positions` int,
  `location` varchar(50),
  `details` text,
  PRIMARY KEY (`internship_id`),
  CONSTRAINT `internships_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`department_id`),
  CONSTRAINT `internships_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interns` (
  `intern_id` int NOT NULL AUTO_INCREMENT,
  `internship_id` int,
  `entity_id` int,
  `org_id` int,
  `payment_amount` float,
  `start_date` date,
  `end_date` date,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `applicant_comments` text,
  `review` text,
  PRIMARY KEY (`intern_id`),
  UNIQUE KEY `interns_internship_id_entity_id_key` (`internship_id`, `entity_id`),
  CONSTRAINT `interns_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `interns_internship_id_fkey` FOREIGN KEY (`internship_id`) REFERENCES `internships` (`internship_id`),
  CONSTRAINT `interns_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_category` (
  `review_category_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `review_category_name` varchar(320),
  `details` text,
  PRIMARY KEY (`review_category_id`),
  CONSTRAINT `review_category_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_points` (
  `review_point_id` int NOT NULL AUTO_INCREMENT,
  `review_category_id` int,
  `org_id` int,
  `review_point_name` varchar(50),
  `review_points` int NOT NULL DEFAULT 1,
  `details` text,
  PRIMARY KEY (`review_point_id`),
  CONSTRAINT `review_points_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `review_points_review_category_id_fkey` FOREIGN KEY (`review_category_id`) REFERENCES `review_category` (`review_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_development` (
  `career_development_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `career_development_name` varchar(50) NOT NULL,
  `details` text,
  PRIMARY KEY (`career_development_id`),
  UNIQUE KEY `career_development_org_id_career_development_name_key` (`org_id`, `career_development_name`),
  CONSTRAINT `career_development_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_reviews` (
  `job_review_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `review_category_id` int,
  `org_id` int,
  `total_points` int,
  `review_date` date NOT NULL,
  `review_done` boolean NOT NULL DEFAULT FALSE,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `action_date` datetime,
  `recomendation` text,
  `staff_comments` text,
  `reviewer_comments` text,
  `pl_comments` text,
  `details` text,
  PRIMARY KEY (`job_review_id`),
  CONSTRAINT `job_reviews_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `job_reviews_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `job_reviews_review_category_id_fkey` FOREIGN KEY (`review_category_id`) REFERENCES `review_category` (`review_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objective_types` (
  `objective_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `objective_type_name` varchar(320) NOT NULL,
  `details` text,
  PRIMARY KEY (`objective_type_id`),
  CONSTRAINT `objective_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_objectives` (
  `employee_objective_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `employee_objective_name` varchar(320) NOT NULL,
  `objective_date` date NOT NULL,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `action_date` datetime,
  `supervisor_comments` text,
  `details` text,
  PRIMARY KEY (`employee_objective_id`),
  CONSTRAINT `employee_objectives_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_objectives_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objectives` (
  `objective_id` int NOT NULL AUTO_INCREMENT,
  `employee_objective_id` int,
  `objective_type_id` int,
  `org_id` int,
  `date_set` date NOT NULL,
  `objective_ps` float,
  `objective_name` varchar(320) NOT NULL,
  `objective_completed` boolean NOT NULL DEFAULT FALSE,
  `supervisor_comments` text,
  `details` text,
  PRIMARY KEY (`objective_id`),
  CONSTRAINT `objectives_employee_objective_id_fkey` FOREIGN KEY (`employee_objective_id`) REFERENCES `employee_objectives` (`employee_objective_id`),
  CONSTRAINT `objectives_objective_type_id_fkey` FOREIGN KEY (`objective_type_id`) REFERENCES `objective_types` (`objective_type_id`),
  CONSTRAINT `objectives_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluation_points` (
  `evaluation_point_id` int NOT NULL AUTO_INCREMENT,
  `job_review_id` int,
  `review_point_id` int,
  `objective_id` int,
  `career_development_id` int,
  `org_id` int,
  `points` int NOT NULL DEFAULT 1,
  `grade` varchar(2),
  `narrative` text,
  `reviewer_points` int NOT NULL DEFAULT 1,
  `reviewer_grade` varchar(2),
  `reviewer_narrative` text,
  `details` text,
  PRIMARY KEY (`evaluation_point_id`),
  UNIQUE KEY `evaluation_points_org_id_job_review_id_review_point_id_obje_key` (`org_id`, `job_review_id`, `review_point_id`, `objective_id`, `career_development_id`),
  CONSTRAINT `evaluation_points_career_development_id_fkey` FOREIGN KEY (`career_development_id`) REFERENCES `career_development` (`career_development_id`),
  CONSTRAINT `evaluation_points_job_review_id_fkey` FOREIGN KEY (`job_review_id`) REFERENCES `job_reviews` (`job_review_id`),
  CONSTRAINT `evaluation_points_objective_id_fkey` FOREIGN KEY (`objective_id`) REFERENCES `objectives` (`objective_id`),
  CONSTRAINT `evaluation_points_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `evaluation_points_review_point_id_fkey` FOREIGN KEY (`review_point_id`) REFERENCES `review_points` (`review_point_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objective_details` (
  `objective_detail_id` int NOT NULL AUTO_INCREMENT,
  `objective_id` int,
  `ln_objective_detail_id` int,
  `org_id` int,
  `objective_detail_name` varchar(320) NOT NULL,
  `success_indicator` text NOT NULL,
  `achievements` text,
  `resources_required` text,
  `ods_ps` float,
  `ods_points` int NOT NULL DEFAULT 1,
  `ods_reviewer_points` int NOT NULL DEFAULT 1,
  `target_date` date,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `completion_date` date,
  `target_changes` text,
  `supervisor_comments` text,
  `details` text,
  PRIMARY KEY (`objective_detail_id`),
  CONSTRAINT `objective_details_ln_objective_detail_id_fkey` FOREIGN KEY (`ln_objective_detail_id`) REFERENCES `objective_details` (`objective_detail_id`),
  CONSTRAINT `objective_details_objective_id_fkey` FOREIGN KEY (`objective_id`) REFERENCES `objectives` (`objective_id`),
  CONSTRAINT `objective_details_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_types` (
  `case_type_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `case_type_name` varchar(50),
  `details` text,
  PRIMARY KEY (`case_type_id`),
  CONSTRAINT `case_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_cases` (
  `employee_case_id` int NOT NULL AUTO_INCREMENT,
  `case_type_id` int,
  `entity_id` int,
  `org_id` int,
  `narrative` varchar(240),
  `case_date` date,
  `complaint` text,
  `case_action` text,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `details` text,
  PRIMARY KEY (`employee_case_id`),
  CONSTRAINT `employee_cases_case_type_id_fkey` FOREIGN KEY (`case_type_id`) REFERENCES `case_types` (`case_type_id`),
  CONSTRAINT `employee_cases_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_cases_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trainings` (
  `training_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `training_name` varchar(50),
  `start_date` date,
  `end_date` date,
  `training_cost` float,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`training_id`),
  CONSTRAINT `trainings_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_trainings` (
  `employee_training_id` int NOT NULL AUTO_INCREMENT,
  `training_id` int,
  `entity_id` int,
  `org_id` int,
  `narrative` varchar(240),
  `completed` boolean NOT NULL DEFAULT FALSE,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`employee_training_id`),
  CONSTRAINT `employee_trainings_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_trainings_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `employee_trainings_training_id_fkey` FOREIGN KEY (`training_id`) REFERENCES `trainings` (`training_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendance` (
  `attendance_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `org_id` int,
  `attendance_date` date,
  `time_in` time,
  `time_out` time,
  `details` text,
  PRIMARY KEY (`attendance_id`),
  CONSTRAINT `attendance_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `attendance_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shifts` (
  `shift_id` int NOT NULL AUTO_INCREMENT,
  `org_id` int,
  `shift_name` varchar(50),
  `shift_hours` int NOT NULL DEFAULT 8,
  `details` text,
  PRIMARY KEY (`shift_id`),
  CONSTRAINT `shifts_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shift_schedule` (
  `shift_schedule_id` int NOT NULL AUTO_INCREMENT,
  `shift_id` int,
  `entity_id` int,
  `org_id` int,
  `day_of_week` int,
  `time_in` time,
  `time_out` time,
  `details` text,
  PRIMARY KEY (`shift_schedule_id`),
  CONSTRAINT `shift_schedule_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `shift_schedule_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `shift_schedule_shift_id_fkey` FOREIGN KEY (`shift_id`) REFERENCES `shifts` (`shift_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting` (
  `reporting_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `report_to_id` int,
  `org_id` int,
  `date_from` date,
  `date_to` date,
  `reporting_level` int NOT NULL DEFAULT 1,
  `primary_report` boolean NOT NULL DEFAULT TRUE,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `ps_reporting` float,
  `details` text,
  PRIMARY KEY (`reporting_id`),
  CONSTRAINT `reporting_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `reporting_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `reporting_report_to_id_fkey` FOREIGN KEY (`report_to_id`) REFERENCES `entitys` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fiscal_years` (
  `fiscal_year_id` varchar(9) NOT NULL,
  `org_id` int,
  `fiscal_year_start` date NOT NULL,
  `fiscal_year_end` date NOT NULL,
  `year_opened` boolean NOT NULL DEFAULT TRUE,
  `year_closed` boolean NOT NULL DEFAULT FALSE,
  `details` text,
  PRIMARY KEY (`fiscal_year_id`),
  CONSTRAINT `fiscal_years_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `periods` (
  `period_id` int NOT NULL AUTO_INCREMENT,
  `fiscal_year_id` varchar(9),
  `org_id` int,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `opened` boolean NOT NULL DEFAULT FALSE,
  `activated` boolean NOT NULL DEFAULT FALSE,
  `closed` boolean NOT NULL DEFAULT FALSE,
  `overtime_rate` double NOT NULL DEFAULT 1,
  `per_diem_tax_limit` double NOT NULL DEFAULT 2000,
  `is_posted` boolean NOT NULL DEFAULT FALSE,
  `loan_approval` boolean NOT NULL DEFAULT FALSE,
  `gl_payroll_account` varchar(32),
  `gl_bank_account` varchar(32),
  `bank_header` text,
  `bank_address` text,
  `entity_id` int,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`period_id`),
  UNIQUE KEY `periods_org_id_start_date_key` (`org_id`, `start_date`),
  CONSTRAINT `periods_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `periods_fiscal_year_id_fkey` FOREIGN KEY (`fiscal_year_id`) REFERENCES `fiscal_years` (`fiscal_year_id`),
  CONSTRAINT `periods_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adjustments` (
  `adjustment_id` int NOT NULL AUTO_INCREMENT,
  `currency_id` int,
  `org_id` int,
  `adjustment_name` varchar(50) NOT NULL,
  `adjustment_type` int NOT NULL,
  `adjustment_order` int NOT NULL DEFAULT 0,
  `earning_code` int,
  `formural` varchar(430),
  `monthly_update` boolean NOT NULL DEFAULT TRUE,
  `in_payroll` boolean NOT NULL DEFAULT TRUE,
  `in_tax` boolean NOT NULL DEFAULT TRUE,
  `visible` boolean NOT NULL DEFAULT TRUE,
  `running_balance` boolean NOT NULL DEFAULT FALSE,
  `reduce_balance` boolean NOT NULL DEFAULT FALSE,
  `tax_reduction_ps` double NOT NULL DEFAULT 0,
  `tax_relief_ps` double NOT NULL DEFAULT 0,
  `tax_max_allowed` double NOT NULL DEFAULT 0,
  `account_number` varchar(32),
  `details` text,
  PRIMARY KEY (`adjustment_id`),
  UNIQUE KEY `adjustments_adjustment_name_org_id_key` (`adjustment_name`, `org_id`),
  CONSTRAINT `adjustments_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `adjustments_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_month` (
  `employee_month_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int NOT NULL,
  `period_id` int NOT NULL,
  `bank_branch_id` int NOT NULL,
  `pay_group_id` int NOT NULL,
  `department_role_id` int NOT NULL,
  `currency_id` int,
  `org_id` int,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `bank_account` varchar(32),
  `basic_pay` double NOT NULL DEFAULT 0,
  `details` text,
  PRIMARY KEY (`employee_month_id`),
  UNIQUE KEY `employee_month_entity_id_period_id_key` (`entity_id`, `period_id`),
  CONSTRAINT `employee_month_bank_branch_id_fkey` FOREIGN KEY (`bank_branch_id`) REFERENCES `bank_branch` (`bank_branch_id`),
  CONSTRAINT `employee_month_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `employee_month_department_role_id_fkey` FOREIGN KEY (`department_role_id`) REFERENCES `department_roles` (`department_role_id`),
  CONSTRAINT `employee_month_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `employee_month_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `employee_month_pay_group_id_fkey` FOREIGN KEY (`pay_group_id`) REFERENCES `pay_groups` (`pay_group_id`),
  CONSTRAINT `employee_month_period_id_fkey` FOREIGN KEY (`period_id`) REFERENCES `periods` (`period_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_adjustments` (
  `employee_adjustment_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `adjustment_id` int NOT NULL,
  `org_id` int,
  `adjustment_type` int,
  `adjustment_factor` int NOT NULL DEFAULT 1,
  `pay_date` date NOT NULL DEFAULT (curdate()),
  `amount` double NOT NULL,
  `balance` double,
  `paid_amount` double NOT NULL DEFAULT 0,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `tax_reduction_amount` double NOT NULL DEFAULT 0,
  `tax_relief_amount` double NOT NULL DEFAULT 0,
  `in_payroll` boolean NOT NULL DEFAULT TRUE,
  `in_tax` boolean NOT NULL DEFAULT TRUE,
  `visible` boolean NOT NULL DEFAULT TRUE,
  `narrative` varchar(240),
  PRIMARY KEY (`employee_adjustment_id`),
  CONSTRAINT `employee_adjustments_adjustment_id_fkey` FOREIGN KEY (`adjustment_id`) REFERENCES `adjustments` (`adjustment_id`),
  CONSTRAINT `employee_adjustments_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_adjustments_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_advances` (
  `employee_advance_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `currency_id` int,
  `org_id` int,
  `pay_date` date NOT NULL DEFAULT (curdate()),
  `pay_upto` date NOT NULL,
  `pay_period` int NOT NULL DEFAULT 3,
  `amount` double NOT NULL,
  `payment_amount` double NOT NULL,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `in_payroll` boolean NOT NULL DEFAULT FALSE,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `narrative` varchar(240),
  PRIMARY KEY (`employee_advance_id`),
  CONSTRAINT `employee_advances_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `employee_advances_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_advances_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advance_deductions` (
  `advance_deduction_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `org_id` int,
  `pay_date` date NOT NULL DEFAULT (curdate()),
  `amount` double NOT NULL,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `in_payroll` boolean NOT NULL DEFAULT TRUE,
  `narrative` varchar(240),
  PRIMARY KEY (`advance_deduction_id`),
  CONSTRAINT `advance_deductions_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `advance_deductions_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_banking` (
  `default_banking_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `bank_branch_id` int,
  `currency_id` int,
  `org_id` int,
  `amount` double NOT NULL DEFAULT 0,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `active` boolean DEFAULT TRUE,
  `narrative` varchar(240),
  PRIMARY KEY (`default_banking_id`),
  CONSTRAINT `employee_banking_bank_branch_id_fkey` FOREIGN KEY (`bank_branch_id`) REFERENCES `bank_branch` (`bank_branch_id`),
  CONSTRAINT `employee_banking_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `employee_banking_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_banking_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_banking` (
  `default_banking_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `bank_branch_id` int,
  `currency_id` int,
  `org_id` int,
  `amount` double NOT NULL DEFAULT 0,
  `ps_amount` double NOT NULL DEFAULT 0,
  `final_date` date,
  `active` boolean DEFAULT TRUE,
  `narrative` varchar(240),
  PRIMARY KEY (`default_banking_id`),
  CONSTRAINT `default_banking_bank_branch_id_fkey` FOREIGN KEY (`bank_branch_id`) REFERENCES `bank_branch` (`bank_branch_id`),
  CONSTRAINT `default_banking_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `default_banking_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `default_banking_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_adjustments` (
  `default_adjustment_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `adjustment_id` int,
  `org_id` int,
  `amount` double NOT NULL DEFAULT 0,
  `balance` double NOT NULL DEFAULT 0,
  `final_date` date,
  `active` boolean DEFAULT TRUE,
  `narrative` varchar(240),
  PRIMARY KEY (`default_adjustment_id`),
  CONSTRAINT `default_adjustments_adjustment_id_fkey` FOREIGN KEY (`adjustment_id`) REFERENCES `adjustments` (`adjustment_id`),
  CONSTRAINT `default_adjustments_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `default_adjustments_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tax_types` (
  `tax_type_id` int NOT NULL AUTO_INCREMENT,
  `account_id` int,
  `currency_id` int,
  `org_id` int,
  `tax_type_name` varchar(50) NOT NULL,
  `formural` varchar(320),
  `tax_relief` float NOT NULL DEFAULT 0,
  `tax_type_order` int NOT NULL DEFAULT 0,
  `in_tax` boolean NOT NULL DEFAULT FALSE,
  `tax_rate` float NOT NULL DEFAULT 0,
  `tax_inclusive` boolean NOT NULL DEFAULT FALSE,
  `linear` boolean DEFAULT TRUE,
  `percentage` boolean DEFAULT TRUE,
  `employer` double NOT NULL DEFAULT 0,
  `employer_ps` double NOT NULL DEFAULT 0,
  `account_number` varchar(32),
  `active` boolean DEFAULT TRUE,
  `use_key` int NOT NULL DEFAULT 0,
  `details` text,
  PRIMARY KEY (`tax_type_id`),
  UNIQUE KEY `tax_types_tax_type_name_org_id_key` (`tax_type_name`, `org_id`),
  CONSTRAINT `tax_types_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `tax_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tax_rates` (
  `tax_rate_id` int NOT NULL AUTO_INCREMENT,
  `tax_type_id` int,
  `org_id` int,
  `tax_range` double NOT NULL,
  `tax_rate` double NOT NULL,
  `narrative` varchar(240),
  PRIMARY KEY (`tax_rate_id`),
  CONSTRAINT `tax_rates_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `tax_rates_tax_type_id_fkey` FOREIGN KEY (`tax_type_id`) REFERENCES `tax_types` (`tax_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_tax_types` (
  `employee_tax_type_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `tax_type_id` int NOT NULL,
  `org_id` int,
  `tax_identification` varchar(50),
  `in_tax` boolean NOT NULL DEFAULT FALSE,
  `amount` double NOT NULL DEFAULT 0,
  `additional` double NOT NULL DEFAULT 0,
  `employer` double NOT NULL DEFAULT 0,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `narrative` varchar(240),
  PRIMARY KEY (`employee_tax_type_id`),
  CONSTRAINT `employee_tax_types_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_tax_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `employee_tax_types_tax_type_id_fkey` FOREIGN KEY (`tax_type_id`) REFERENCES `tax_types` (`tax_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_tax_types` (
  `default_tax_type_id` int NOT NULL AUTO_INCREMENT,
  `entity_id` int,
  `tax_type_id` int,
  `org_id` int,
  `tax_identification` varchar(50),
  `narrative` varchar(240),
  `additional` double NOT NULL DEFAULT 0,
  `active` boolean DEFAULT TRUE,
  PRIMARY KEY (`default_tax_type_id`),
  UNIQUE KEY `default_tax_types_entity_id_tax_type_id_key` (`entity_id`, `tax_type_id`),
  CONSTRAINT `default_tax_types_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `default_tax_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `default_tax_types_tax_type_id_fkey` FOREIGN KEY (`tax_type_id`) REFERENCES `tax_types` (`tax_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_overtime` (
  `employee_overtime_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `org_id` int,
  `overtime_date` date NOT NULL,
  `overtime` double NOT NULL,
  `overtime_rate` double NOT NULL,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `narrative` varchar(240),
  `details` text,
  PRIMARY KEY (`employee_overtime_id`),
  CONSTRAINT `employee_overtime_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_overtime_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_per_diem` (
  `employee_per_diem_id` int NOT NULL AUTO_INCREMENT,
  `employee_month_id` int NOT NULL,
  `currency_id` int,
  `org_id` int,
  `travel_date` date NOT NULL,
  `return_date` date NOT NULL,
  `days_travelled` int NOT NULL,
  `per_diem` double NOT NULL DEFAULT 0,
  `cash_paid` double NOT NULL DEFAULT 0,
  `tax_amount` double NOT NULL DEFAULT 0,
  `full_amount` double NOT NULL DEFAULT 0,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `travel_to` varchar(240),
  `post_account` varchar(32),
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `completed` boolean NOT NULL DEFAULT FALSE,
  `details` text,
  PRIMARY KEY (`employee_per_diem_id`),
  CONSTRAINT `employee_per_diem_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `employee_per_diem_employee_month_id_fkey` FOREIGN KEY (`employee_month_id`) REFERENCES `employee_month` (`employee_month_id`),
  CONSTRAINT `employee_per_diem_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_types` (
  `claim_type_id` int NOT NULL AUTO_INCREMENT,
  `adjustment_id` int,
  `org_id` int,
  `claim_type_name` varchar(50),
  `details` text,
  PRIMARY KEY (`claim_type_id`),
  CONSTRAINT `claim_types_adjustment_id_fkey` FOREIGN KEY (`adjustment_id`) REFERENCES `adjustments` (`adjustment_id`),
  CONSTRAINT `claim_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claims` (
  `claim_id` int NOT NULL AUTO_INCREMENT,
  `claim_type_id` int,
  `entity_id` int,
  `employee_adjustment_id` int,
  `org_id` int,
  `claim_date` date NOT NULL,
  `in_payroll` boolean NOT NULL DEFAULT FALSE,
  `narrative` varchar(250),
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`claim_id`),
  CONSTRAINT `claims_claim_type_id_fkey` FOREIGN KEY (`claim_type_id`) REFERENCES `claim_types` (`claim_type_id`),
  CONSTRAINT `claims_employee_adjustment_id_fkey` FOREIGN KEY (`employee_adjustment_id`) REFERENCES `employee_adjustments` (`employee_adjustment_id`),
  CONSTRAINT `claims_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `claims_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_details` (
  `claim_detail_id` int NOT NULL AUTO_INCREMENT,
  `claim_id` int,
  `currency_id` int,
  `org_id` int,
  `nature_of_expence` varchar(50),
  `receipt_number` varchar(50),
  `amount` float NOT NULL,
  `exchange_rate` float NOT NULL DEFAULT 1,
  `expense_code` varchar(50),
  `details` text,
  PRIMARY KEY (`claim_detail_id`),
  CONSTRAINT `claim_details_claim_id_fkey` FOREIGN KEY (`claim_id`) REFERENCES `claims` (`claim_id`),
  CONSTRAINT `claim_details_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`currency_id`),
  CONSTRAINT `claim_details_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_types` (
  `loan_type_id` int NOT NULL AUTO_INCREMENT,
  `adjustment_id` int,
  `org_id` int,
  `loan_type_name` varchar(50) NOT NULL,
  `default_interest` float,
  `reducing_balance` boolean NOT NULL DEFAULT TRUE,
  `details` text,
  PRIMARY KEY (`loan_type_id`),
  CONSTRAINT `loan_types_adjustment_id_fkey` FOREIGN KEY (`adjustment_id`) REFERENCES `adjustments` (`adjustment_id`),
  CONSTRAINT `loan_types_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loans` (
  `loan_id` int NOT NULL AUTO_INCREMENT,
  `loan_type_id` int NOT NULL,
  `entity_id` int NOT NULL,
  `org_id` int,
  `principle` float NOT NULL,
  `interest` float NOT NULL,
  `monthly_repayment` float NOT NULL,
  `loan_date` date,
  `initial_payment` float NOT NULL DEFAULT 0,
  `reducing_balance` boolean NOT NULL DEFAULT TRUE,
  `repayment_period` int NOT NULL,
  `application_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `approve_status` varchar(16) NOT NULL DEFAULT 'Draft',
  `workflow_table_id` int,
  `action_date` datetime,
  `details` text,
  PRIMARY KEY (`loan_id`),
  CONSTRAINT `loans_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entitys` (`entity_id`),
  CONSTRAINT `loans_loan_type_id_fkey` FOREIGN KEY (`loan_type_id`) REFERENCES `loan_types` (`loan_type_id`),
  CONSTRAINT `loans_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `loans_repayment_period_check` CHECK ((repayment_period > 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loan_monthly` (
  `loan_month_id` int NOT NULL AUTO_INCREMENT,
  `loan_id` int,
  `period_id` int,
  `employee_adjustment_id` int,
  `org_id` int,
  `interest_amount` float NOT NULL DEFAULT 0,
  `repayment` float NOT NULL DEFAULT 0,
  `interest_paid` float NOT NULL DEFAULT 0,
  `penalty` float NOT NULL DEFAULT 0,
  `penalty_paid` float NOT NULL DEFAULT 0,
  `details` text,
  PRIMARY KEY (`loan_month_id`),
  UNIQUE KEY `loan_monthly_loan_id_period_id_key` (`loan_id`, `period_id`),
  CONSTRAINT `loan_monthly_employee_adjustment_id_fkey` FOREIGN KEY (`employee_adjustment_id`) REFERENCES `employee_adjustments` (`employee_adjustment_id`),
  CONSTRAINT `loan_monthly_loan_id_fkey` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`loan_id`),
  CONSTRAINT `loan_monthly_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`org_id`),
  CONSTRAINT `loan_monthly_period_id_fkey` FOREIGN KEY (`period_id`) REFERENCES `periods` (`period_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS = 1;

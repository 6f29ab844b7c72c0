-- OCA Management System — Health & Safety Management System (Odoo Community Association, Odoo 16 modules
-- mgmtsystem_health_safety and the modules it installs: mgmtsystem, mgmtsystem_action, mgmtsystem_nonconformity,
-- mgmtsystem_audit, mgmtsystem_review, mgmtsystem_manual, mgmtsystem_hazard, mgmtsystem_hazard_risk; plus
-- mgmtsystem_action_efficacy, mgmtsystem_nonconformity_hr and mgmtsystem_nonconformity_hazard of the same
-- repository): hazards with their risk evaluation, control measures, implementation tests and residual risks,
-- nonconformities with origins, causes, severities and stages, corrective / preventive actions, audits with
-- auditors, auditees and verification lines, management reviews.
-- Upstream: github.com/OCA/management-system branch 16.0, commit d8f4653d6508a0e164b33c4250313cd2d55717db (AGPL-3.0),
-- `*/models/*.py`.
-- Odoo creates its tables from the Python models; the stored fields were listed with an ast walk of every
-- fields.* declaration and written as MySQL DDL, as earlier OCA exams did: Char -> varchar(size|255),
-- Selection -> varchar(255), Text/Html -> text, Integer -> int, Boolean -> boolean, Date -> date,
-- Datetime -> datetime, Many2one -> int; computed or related fields only when store=True (counts, days to close,
-- the nonconformity's state); One2many and non-stored computed fields (hazard risk) have no column; required=True ->
-- NOT NULL. Every table has Odoo's `id` first; models inheriting mail.thread get its stored
-- `message_main_attachment_id` (Odoo 16) next; then the model's own fields in declaration order; fields that a
-- later module adds to a model follow (mgmtsystem_manual's system.manual_id, mgmtsystem_action_efficacy's three
-- action fields, mgmtsystem_hazard_risk's hazard.risk_type_id, mgmtsystem_nonconformity_hr's
-- nonconformity.department_id); Odoo's log columns create_uid, create_date, write_uid, write_date last.
-- Many2many fields are relation tables with the relation / column1 / column2 the models give (column1 holds the
-- declaring model's id, column2 the comodel's: in `mgmtsystem_auditor_user_rel` the column `user_id` holds the
-- audit and `mgmtsystem_audit_id` the user, as upstream declares them) or Odoo's default naming
-- (`<table1>_<table2>_rel`, `<table>_id`), primary key on both columns, ON DELETE CASCADE. Many2one foreign keys
-- between the tables kept are declared (ON DELETE SET NULL, RESTRICT when required or declared, CASCADE where the
-- model says so); constraint and index names longer than MySQL's 64 characters are left unnamed. Many2one columns
-- to tables left out (res_users, res_partner, res_company, hr_department, document_page, survey_user_input,
-- ir_attachment) have no key. Left out: mgmtsystem_claim (needs OCA crm_claim), the environment, quality,
-- information-security, survey-only and manual-page modules, res.company / res.config.settings extensions
-- (settings) and Odoo's own tables.

CREATE TABLE `mgmtsystem_system` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `company_id` int,
  `manual_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_action_stage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `sequence` int,
  `fold` boolean,
  `is_starting` boolean,
  `is_ending` boolean,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_action_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `color` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mgmtsystem_action_tag_name_uniq` (`name`)
);

CREATE TABLE `mgmtsystem_action` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `name` varchar(255) NOT NULL,
  `system_id` int,
  `company_id` int,
  `active` boolean,
  `priority` varchar(255),
  `sequence` int,
  `date_deadline` date,
  `date_open` datetime,
  `date_closed` datetime,
  `number_of_days_to_open` int,
  `number_of_days_to_close` int,
  `reference` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `description` text,
  `type_action` varchar(255) NOT NULL,
  `stage_id` int,
  `efficacy_value` int,
  `efficacy_user_id` int,
  `efficacy_description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_action__priority_index` (`priority`),
  KEY `mgmtsystem_action__sequence_index` (`sequence`),
  KEY `mgmtsystem_action__stage_id_index` (`stage_id`),
  CONSTRAINT `mgmtsystem_action_system_id_fkey` FOREIGN KEY (`system_id`) REFERENCES `mgmtsystem_system` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_action_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `mgmtsystem_action_stage` (`id`) ON DELETE SET NULL
);

CREATE TABLE `mgmtsystem_action_mgmtsystem_action_tag_rel` (
  `mgmtsystem_action_id` int NOT NULL,
  `mgmtsystem_action_tag_id` int NOT NULL,
  PRIMARY KEY (`mgmtsystem_action_id`, `mgmtsystem_action_tag_id`),
  KEY (`mgmtsystem_action_tag_id`),
  FOREIGN KEY (`mgmtsystem_action_id`) REFERENCES `mgmtsystem_action` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`mgmtsystem_action_tag_id`) REFERENCES `mgmtsystem_action_tag` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_nonconformity_stage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `sequence` int,
  `state` varchar(255),
  `is_starting` boolean,
  `fold` boolean,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_nonconformity_severity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `sequence` int,
  `description` text,
  `active` boolean,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_nonconformity_origin` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `sequence` int,
  `parent_path` varchar(255),
  `parent_id` int,
  `ref_code` varchar(255),
  `active` boolean,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_nonconformity_origin__parent_path_index` (`parent_path`),
  CONSTRAINT `mgmtsystem_nonconformity_origin_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `mgmtsystem_nonconformity_origin` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `mgmtsystem_nonconformity_cause` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `sequence` int,
  `parent_path` varchar(255),
  `parent_id` int,
  `ref_code` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_nonconformity_cause__parent_path_index` (`parent_path`),
  CONSTRAINT `mgmtsystem_nonconformity_cause_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `mgmtsystem_nonconformity_cause` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `mgmtsystem_nonconformity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `name` varchar(255),
  `ref` varchar(255) NOT NULL,
  `number_of_nonconformities` int,
  `days_since_updated` int,
  `number_of_days_to_close` int,
  `closing_date` datetime,
  `partner_id` int NOT NULL,
  `reference` varchar(255),
  `responsible_user_id` int NOT NULL,
  `manager_user_id` int NOT NULL,
  `user_id` int NOT NULL,
  `description` text NOT NULL,
  `system_id` int,
  `stage_id` int,
  `state` varchar(255),
  `kanban_state` varchar(255) NOT NULL,
  `severity_id` int,
  `analysis` text,
  `immediate_action_id` int,
  `action_comments` text,
  `evaluation_comments` text,
  `company_id` int,
  `res_model` varchar(255),
  `res_id` int,
  `department_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_nonconformity__res_model_index` (`res_model`),
  KEY `mgmtsystem_nonconformity__res_id_index` (`res_id`),
  CONSTRAINT `mgmtsystem_nonconformity_system_id_fkey` FOREIGN KEY (`system_id`) REFERENCES `mgmtsystem_system` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_nonconformity_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `mgmtsystem_nonconformity_stage` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_nonconformity_severity_id_fkey` FOREIGN KEY (`severity_id`) REFERENCES `mgmtsystem_nonconformity_severity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_nonconformity_immediate_action_id_fkey` FOREIGN KEY (`immediate_action_id`) REFERENCES `mgmtsystem_action` (`id`) ON DELETE SET NULL
);

CREATE TABLE `mgmtsystem_nonconformity_origin_rel` (
  `nonconformity_id` int NOT NULL,
  `origin_id` int NOT NULL,
  PRIMARY KEY (`nonconformity_id`, `origin_id`),
  KEY `mgmtsystem_nonconformity_origin_rel_origin_id_idx` (`origin_id`),
  CONSTRAINT `mgmtsystem_nonconformity_origin_rel_nonconformity_id_fkey` FOREIGN KEY (`nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mgmtsystem_nonconformity_origin_rel_origin_id_fkey` FOREIGN KEY (`origin_id`) REFERENCES `mgmtsystem_nonconformity_origin` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_nonconformity_procedure_rel` (
  `nonconformity_id` int NOT NULL,
  `procedure_id` int NOT NULL,
  PRIMARY KEY (`nonconformity_id`, `procedure_id`),
  KEY `mgmtsystem_nonconformity_procedure_rel_procedure_id_idx` (`procedure_id`),
  CONSTRAINT `mgmtsystem_nonconformity_procedure_rel_nonconformity_id_fkey` FOREIGN KEY (`nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_nonconformity_cause_rel` (
  `nonconformity_id` int NOT NULL,
  `cause_id` int NOT NULL,
  PRIMARY KEY (`nonconformity_id`, `cause_id`),
  KEY `mgmtsystem_nonconformity_cause_rel_cause_id_idx` (`cause_id`),
  CONSTRAINT `mgmtsystem_nonconformity_cause_rel_nonconformity_id_fkey` FOREIGN KEY (`nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mgmtsystem_nonconformity_cause_rel_cause_id_fkey` FOREIGN KEY (`cause_id`) REFERENCES `mgmtsystem_nonconformity_cause` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_nonconformity_action_rel` (
  `nonconformity_id` int NOT NULL,
  `action_id` int NOT NULL,
  PRIMARY KEY (`nonconformity_id`, `action_id`),
  KEY `mgmtsystem_nonconformity_action_rel_action_id_idx` (`action_id`),
  CONSTRAINT `mgmtsystem_nonconformity_action_rel_nonconformity_id_fkey` FOREIGN KEY (`nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mgmtsystem_nonconformity_action_rel_action_id_fkey` FOREIGN KEY (`action_id`) REFERENCES `mgmtsystem_action` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_audit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `name` varchar(255),
  `reference` varchar(64) NOT NULL,
  `date` datetime,
  `number_of_audits` int,
  `number_of_nonconformities` int,
  `number_of_questions_in_verification_list` int,
  `number_of_improvements_opportunity` int,
  `days_since_last_update` int,
  `closing_date` datetime,
  `number_of_days_to_close` int,
  `user_id` int,
  `strong_points` text,
  `to_improve_points` text,
  `state` varchar(255) NOT NULL,
  `system_id` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `mgmtsystem_audit_system_id_fkey` FOREIGN KEY (`system_id`) REFERENCES `mgmtsystem_system` (`id`) ON DELETE SET NULL
);

CREATE TABLE `mgmtsystem_auditor_user_rel` (
  `user_id` int NOT NULL,
  `mgmtsystem_audit_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `mgmtsystem_audit_id`),
  KEY `mgmtsystem_auditor_user_rel_mgmtsystem_audit_id_idx` (`mgmtsystem_audit_id`),
  CONSTRAINT `mgmtsystem_auditor_user_rel_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `mgmtsystem_audit` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_auditee_user_rel` (
  `user_id` int NOT NULL,
  `mgmtsystem_audit_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `mgmtsystem_audit_id`),
  KEY `mgmtsystem_auditee_user_rel_mgmtsystem_audit_id_idx` (`mgmtsystem_audit_id`),
  CONSTRAINT `mgmtsystem_auditee_user_rel_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `mgmtsystem_audit` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_audit_imp_opp_rel` (
  `mgmtsystem_action_id` int NOT NULL,
  `mgmtsystem_audit_id` int NOT NULL,
  PRIMARY KEY (`mgmtsystem_action_id`, `mgmtsystem_audit_id`),
  KEY `mgmtsystem_audit_imp_opp_rel_mgmtsystem_audit_id_idx` (`mgmtsystem_audit_id`),
  CONSTRAINT `mgmtsystem_audit_imp_opp_rel_mgmtsystem_action_id_fkey` FOREIGN KEY (`mgmtsystem_action_id`) REFERENCES `mgmtsystem_audit` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mgmtsystem_audit_imp_opp_rel_mgmtsystem_audit_id_fkey` FOREIGN KEY (`mgmtsystem_audit_id`) REFERENCES `mgmtsystem_action` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_audit_mgmtsystem_nonconformity_rel` (
  `mgmtsystem_audit_id` int NOT NULL,
  `mgmtsystem_nonconformity_id` int NOT NULL,
  PRIMARY KEY (`mgmtsystem_audit_id`, `mgmtsystem_nonconformity_id`),
  KEY (`mgmtsystem_nonconformity_id`),
  FOREIGN KEY (`mgmtsystem_audit_id`) REFERENCES `mgmtsystem_audit` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`mgmtsystem_nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_verification_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `audit_id` int,
  `procedure_id` int,
  `is_conformed` boolean,
  `comments` text,
  `seq` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_verification_line__audit_id_index` (`audit_id`),
  KEY `mgmtsystem_verification_line__procedure_id_index` (`procedure_id`),
  CONSTRAINT `mgmtsystem_verification_line_audit_id_fkey` FOREIGN KEY (`audit_id`) REFERENCES `mgmtsystem_audit` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_review` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `name` varchar(50) NOT NULL,
  `reference` varchar(64) NOT NULL,
  `date` datetime NOT NULL,
  `policy` text,
  `changes` text,
  `conclusion` text,
  `state` varchar(255),
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_review_user_rel` (
  `user_id` int NOT NULL,
  `mgmtsystem_review_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `mgmtsystem_review_id`),
  KEY `mgmtsystem_review_user_rel_mgmtsystem_review_id_idx` (`mgmtsystem_review_id`),
  CONSTRAINT `mgmtsystem_review_user_rel_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `mgmtsystem_review` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_review_response_rel` (
  `response_id` int NOT NULL,
  `mgmtsystem_review_id` int NOT NULL,
  PRIMARY KEY (`response_id`, `mgmtsystem_review_id`),
  KEY `mgmtsystem_review_response_rel_mgmtsystem_review_id_idx` (`mgmtsystem_review_id`),
  CONSTRAINT `mgmtsystem_review_response_rel_response_id_fkey` FOREIGN KEY (`response_id`) REFERENCES `mgmtsystem_review` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_review_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `type` varchar(255),
  `action_id` int,
  `nonconformity_id` int,
  `decision` text,
  `review_id` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_review_line__action_id_index` (`action_id`),
  KEY `mgmtsystem_review_line__nonconformity_id_index` (`nonconformity_id`),
  KEY `mgmtsystem_review_line__review_id_index` (`review_id`),
  CONSTRAINT `mgmtsystem_review_line_action_id_fkey` FOREIGN KEY (`action_id`) REFERENCES `mgmtsystem_action` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_review_line_nonconformity_id_fkey` FOREIGN KEY (`nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_review_line_review_id_fkey` FOREIGN KEY (`review_id`) REFERENCES `mgmtsystem_review` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_hazard_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_hazard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_origin` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_probability` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` int NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_severity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` int NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_usage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` int NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_risk_computation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard_risk_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mgmtsystem_hazard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `name` varchar(255) NOT NULL,
  `type_id` int NOT NULL,
  `hazard_id` int NOT NULL,
  `origin_id` int NOT NULL,
  `department_id` int NOT NULL,
  `responsible_user_id` int NOT NULL,
  `analysis_date` date NOT NULL,
  `probability_id` int,
  `severity_id` int,
  `usage_id` int,
  `acceptability` boolean,
  `justification` text,
  `company_id` int,
  `risk_type_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `mgmtsystem_hazard_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `mgmtsystem_hazard_type` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `mgmtsystem_hazard_hazard_id_fkey` FOREIGN KEY (`hazard_id`) REFERENCES `mgmtsystem_hazard_hazard` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `mgmtsystem_hazard_origin_id_fkey` FOREIGN KEY (`origin_id`) REFERENCES `mgmtsystem_hazard_origin` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `mgmtsystem_hazard_probability_id_fkey` FOREIGN KEY (`probability_id`) REFERENCES `mgmtsystem_hazard_probability` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_hazard_severity_id_fkey` FOREIGN KEY (`severity_id`) REFERENCES `mgmtsystem_hazard_severity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_hazard_usage_id_fkey` FOREIGN KEY (`usage_id`) REFERENCES `mgmtsystem_hazard_usage` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_hazard_risk_type_id_fkey` FOREIGN KEY (`risk_type_id`) REFERENCES `mgmtsystem_hazard_risk_type` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `mgmtsystem_hazard_control_measure` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `responsible_user_id` int NOT NULL,
  `comments` text,
  `hazard_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_hazard_control_measure__hazard_id_index` (`hazard_id`),
  CONSTRAINT `mgmtsystem_hazard_control_measure_hazard_id_fkey` FOREIGN KEY (`hazard_id`) REFERENCES `mgmtsystem_hazard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_hazard_test` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `responsible_user_id` int NOT NULL,
  `review_date` date NOT NULL,
  `executed` boolean,
  `hazard_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_hazard_test__hazard_id_index` (`hazard_id`),
  CONSTRAINT `mgmtsystem_hazard_test_hazard_id_fkey` FOREIGN KEY (`hazard_id`) REFERENCES `mgmtsystem_hazard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_hazard_residual_risk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `probability_id` int NOT NULL,
  `severity_id` int NOT NULL,
  `usage_id` int,
  `acceptability` boolean,
  `justification` text,
  `hazard_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  KEY `mgmtsystem_hazard_residual_risk__hazard_id_index` (`hazard_id`),
  CONSTRAINT `mgmtsystem_hazard_residual_risk_probability_id_fkey` FOREIGN KEY (`probability_id`) REFERENCES `mgmtsystem_hazard_probability` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `mgmtsystem_hazard_residual_risk_severity_id_fkey` FOREIGN KEY (`severity_id`) REFERENCES `mgmtsystem_hazard_severity` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `mgmtsystem_hazard_residual_risk_usage_id_fkey` FOREIGN KEY (`usage_id`) REFERENCES `mgmtsystem_hazard_usage` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mgmtsystem_hazard_residual_risk_hazard_id_fkey` FOREIGN KEY (`hazard_id`) REFERENCES `mgmtsystem_hazard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mgmtsystem_hazard_mgmtsystem_nonconformity_rel` (
  `mgmtsystem_hazard_id` int NOT NULL,
  `mgmtsystem_nonconformity_id` int NOT NULL,
  PRIMARY KEY (`mgmtsystem_hazard_id`, `mgmtsystem_nonconformity_id`),
  KEY (`mgmtsystem_nonconformity_id`),
  FOREIGN KEY (`mgmtsystem_hazard_id`) REFERENCES `mgmtsystem_hazard` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`mgmtsystem_nonconformity_id`) REFERENCES `mgmtsystem_nonconformity` (`id`) ON DELETE CASCADE
);

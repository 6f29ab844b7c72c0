-- CiviHR (HR extensions for CiviCRM by Compucorp): github.com/compucorp/civihr, commit 03da625c3bea5c9d6ca35b966787cda6d7eba31b (AGPL-3.0).
-- Extension tables from hrjobcontract/sql/install.sql, com.civicrm.hrjobroles/sql/hrjobroles_install.sql,
-- contactaccessrights/sql/contactaccessrights_install.sql, hrrecruitment/sql/auto_install.sql,
-- uk.co.compucorp.civicrm.hrcomments/sql/auto_install.sql and uk.co.compucorp.civicrm.hrleaveandabsences/sql/auto_install.sql,
-- loaded into MariaDB 10.11 and dumped with mysqldump --no-data. The civicrm_value_* tables are the custom-field
-- tables CiviCRM creates from the custom groups the extensions install (hrident, hrmed, hrbank, hrqual, hrcareer,
-- hrvisa, org.civicrm.hremergency, hrcore extended demographics, hrrecruitment xml/auto_install.xml): table and column
-- names as declared there (table_name, column_name), types as CiviCRM maps each data_type (String varchar(text_length),
-- Memo text, Date datetime, Boolean tinyint, Money decimal(20,2), Int int, Country/StateProvince/File int unsigned),
-- id + entity_id as CiviCRM adds them. Foreign keys to CiviCRM core tables (civicrm_contact, civicrm_case, ...) dropped.

CREATE TABLE `civicrm_contactaccessrights_rights` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Rights ID',
  `contact_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to Contact',
  `entity_type` varchar(256) DEFAULT NULL COMMENT 'Type of entity the permission grants access to (basically, option group name).',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'ID of the entity the permission grants access to (basically, option value ID).',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_contactaccessrights_rights_contact_id` (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrcomments_comment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Comment ID',
  `entity_name` varchar(50) NOT NULL COMMENT 'The Entity name associated with the comment',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'The Entity ID associated with the comment',
  `text` text NOT NULL COMMENT 'The comment field',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to the contact who made the comment',
  `created_at` datetime NOT NULL COMMENT 'The date and time the comment was added',
  `is_deleted` tinyint(4) DEFAULT 0 COMMENT 'Whether this comment has been deleted or not',
  PRIMARY KEY (`id`),
  KEY `index_entity_id_entity_name` (`entity_id`,`entity_name`),
  KEY `FK_civicrm_hrcomments_comment_contact_id` (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobContract ID',
  `contact_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to Contact ID',
  `is_primary` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_is_primary` (`is_primary`),
  KEY `FK_civicrm_hrjobcontract_contact_id` (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_revision` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `jobcontract_id` int(10) unsigned NOT NULL,
  `created_date` datetime DEFAULT NULL,
  `modified_date` datetime DEFAULT NULL,
  `effective_date` date DEFAULT NULL,
  `effective_end_date` date DEFAULT NULL,
  `change_reason` varchar(512) DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL,
  `details_revision_id` int(10) unsigned DEFAULT NULL,
  `health_revision_id` int(10) unsigned DEFAULT NULL,
  `hour_revision_id` int(10) unsigned DEFAULT NULL,
  `leave_revision_id` int(10) unsigned DEFAULT NULL,
  `pay_revision_id` int(10) unsigned DEFAULT NULL,
  `pension_revision_id` int(10) unsigned DEFAULT NULL,
  `role_revision_id` int(10) unsigned DEFAULT NULL,
  `overrided` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_jobcontract_id` (`jobcontract_id`),
  KEY `index_details_revision_id` (`details_revision_id`),
  KEY `index_health_revision_id` (`health_revision_id`),
  KEY `index_hour_revision_id` (`hour_revision_id`),
  KEY `index_leave_revision_id` (`leave_revision_id`),
  KEY `index_pay_revision_id` (`pay_revision_id`),
  KEY `index_pension_revision_id` (`pension_revision_id`),
  KEY `index_role_revision_id` (`role_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_revision_jobcontract_id` FOREIGN KEY (`jobcontract_id`) REFERENCES `civicrm_hrjobcontract` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_details` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `position` varchar(127) DEFAULT NULL,
  `title` varchar(127) DEFAULT NULL,
  `funding_notes` text DEFAULT NULL,
  `contract_type` varchar(63) DEFAULT NULL,
  `period_start_date` date DEFAULT NULL,
  `period_end_date` date DEFAULT NULL,
  `notice_amount` double DEFAULT 0,
  `notice_unit` varchar(63) DEFAULT NULL,
  `notice_amount_employee` double DEFAULT 0,
  `notice_unit_employee` varchar(63) DEFAULT NULL,
  `location` varchar(127) DEFAULT NULL,
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_position` (`position`),
  KEY `index_title` (`title`),
  KEY `index_contract_typ` (`contract_type`),
  KEY `index_location` (`location`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_details_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_health` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobHealth ID',
  `provider` varchar(512) DEFAULT NULL COMMENT 'Reference to option value belonging to hrjc_health_insurance_provider option group',
  `plan_type` varchar(63) DEFAULT NULL COMMENT '.',
  `description` text DEFAULT NULL,
  `dependents` text DEFAULT NULL,
  `provider_life_insurance` varchar(512) DEFAULT NULL COMMENT 'Reference to option value belonging to hrjc_life_insurance_provider option group',
  `plan_type_life_insurance` varchar(63) DEFAULT NULL COMMENT '.',
  `description_life_insurance` text DEFAULT NULL,
  `dependents_life_insurance` text DEFAULT NULL,
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_provider` (`provider`),
  KEY `index_plan_type` (`plan_type`),
  KEY `index_provider_life_insurance` (`provider_life_insurance`),
  KEY `index_plan_type_life_insurance` (`plan_type_life_insurance`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_health_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_hour` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobHour ID',
  `hours_type` varchar(63) DEFAULT NULL COMMENT 'Full-Time, Part-Time, Casual',
  `hours_amount` double DEFAULT 0 COMMENT 'Amount of time allocated for work (in given period)',
  `hours_unit` varchar(63) DEFAULT NULL COMMENT 'Period during which hours are allocated (eg 5 hours per day; 5 hours per week)',
  `hours_fte` double DEFAULT NULL COMMENT 'Typically, employment at 40 hr/wk is 1 FTE',
  `fte_num` int(10) unsigned DEFAULT 0 COMMENT '.',
  `fte_denom` int(10) unsigned DEFAULT 0 COMMENT '.',
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_hours_type` (`hours_type`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_hour_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_leave` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobLeave ID',
  `leave_type` int(10) unsigned DEFAULT NULL COMMENT 'The purpose for which leave may be taken (sickness, vacation, etc)',
  `leave_amount` int(10) unsigned DEFAULT NULL COMMENT 'The number of leave days',
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_leave_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_pay` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobPay ID',
  `pay_scale` varchar(63) DEFAULT NULL COMMENT 'NJC pay scale, JNC pay scale, Soulbury Pay Agreement',
  `is_paid` int(10) unsigned DEFAULT 0 COMMENT 'Paid, Unpaid, etc',
  `pay_amount` decimal(20,2) DEFAULT 0.00 COMMENT 'Amount of currency paid for each unit of work (eg 40 per hour, 400 per day)',
  `pay_unit` varchar(63) DEFAULT NULL COMMENT 'Unit for expressing pay rate (e.g. amount per hour, amount per week)',
  `pay_currency` varchar(63) DEFAULT NULL COMMENT 'Unit for expressing pay currency',
  `pay_annualized_est` decimal(20,2) DEFAULT 0.00 COMMENT 'Estimated Annual Pay',
  `pay_is_auto_est` tinyint(4) DEFAULT 1 COMMENT 'Is the estimate automatically calculated',
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_pay_scale` (`pay_scale`),
  KEY `index_is_paid` (`is_paid`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_pay_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_pension` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobPension ID',
  `is_enrolled` tinyint(4) DEFAULT 0,
  `ee_contrib_pct` double DEFAULT 0 COMMENT 'Employee Contribution Percentage',
  `er_contrib_pct` double DEFAULT 0 COMMENT 'Employer Contribution Percentage',
  `pension_type` varchar(512) DEFAULT NULL COMMENT 'Pension Type',
  `ee_contrib_abs` decimal(20,2) DEFAULT 0.00 COMMENT 'Employee Contribution Absolute Amount',
  `ee_evidence_note` varchar(127) DEFAULT NULL COMMENT 'Employee evidence note',
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_is_enrolled` (`is_enrolled`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_pension_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobcontract_role` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HRJobRole ID',
  `title` varchar(127) DEFAULT NULL COMMENT 'Negotiated name for the role',
  `description` text DEFAULT NULL COMMENT 'Negotiated name for the role',
  `hours` double DEFAULT 0 COMMENT 'Amount of time allocated for work (in a given week)',
  `role_hours_unit` varchar(63) DEFAULT NULL COMMENT 'Period during which hours are allocated (eg 5 hours per day; 5 hours per week)',
  `region` varchar(127) DEFAULT NULL,
  `department` varchar(127) DEFAULT NULL,
  `level_type` varchar(63) DEFAULT NULL COMMENT 'Junior manager, senior manager, etc.',
  `manager_contact_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to Contact ID',
  `functional_area` varchar(127) DEFAULT NULL,
  `organization` varchar(127) DEFAULT NULL,
  `cost_center` varchar(127) DEFAULT NULL,
  `funder` varchar(127) DEFAULT NULL COMMENT 'FK to Contact ID',
  `percent_pay_funder` varchar(127) DEFAULT '0' COMMENT 'Percentage of Pay Assigned to this funder',
  `percent_pay_role` int(10) unsigned DEFAULT 0 COMMENT 'Percentage of Pay Assigned to this Role',
  `location` varchar(127) DEFAULT NULL COMMENT 'Main work location',
  `jobcontract_revision_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_title` (`title`),
  KEY `index_region` (`region`),
  KEY `index_department` (`department`),
  KEY `index_level_type` (`level_type`),
  KEY `index_functional_area` (`functional_area`),
  KEY `index_organization` (`organization`),
  KEY `index_cost_center` (`cost_center`),
  KEY `index_funder` (`funder`),
  KEY `index_location` (`location`),
  KEY `index_jobcontract_revision_id` (`jobcontract_revision_id`),
  KEY `FK_civicrm_hrjobcontract_role_manager_contact_id` (`manager_contact_id`),
  CONSTRAINT `FK_civicrm_hrjobcontract_role_jobcontract_revision_id` FOREIGN KEY (`jobcontract_revision_id`) REFERENCES `civicrm_hrjobcontract_revision` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrjobroles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique HrJobRoles ID',
  `job_contract_id` int(10) unsigned NOT NULL COMMENT 'FK to Contract',
  `title` varchar(255) DEFAULT NULL COMMENT 'Title or Project name for the Job Role.',
  `description` text DEFAULT NULL COMMENT 'Negotiated name for the role',
  `status` varchar(255) DEFAULT NULL COMMENT 'Job Role Status (Active / Inactive)',
  `hours` double DEFAULT 0 COMMENT 'Amount of time allocated for work (in a given week)',
  `role_hours_unit` varchar(63) DEFAULT NULL COMMENT 'Period during which hours are allocated (eg 5 hours per day; 5 hours per week)',
  `region` varchar(127) DEFAULT NULL COMMENT 'Role region value.',
  `department` varchar(127) DEFAULT NULL COMMENT 'Role department.',
  `level_type` varchar(63) DEFAULT NULL COMMENT 'Junior manager, senior manager, etc.',
  `manager_contact_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to Contact ID',
  `functional_area` varchar(127) DEFAULT NULL,
  `organization` varchar(127) DEFAULT NULL,
  `cost_center` varchar(255) DEFAULT NULL COMMENT 'List of Cost Center option group values',
  `cost_center_val_type` varchar(127) DEFAULT NULL COMMENT 'Cost Center value type (fixed or %)',
  `percent_pay_cost_center` varchar(255) DEFAULT '0' COMMENT 'Percentage of Pay Assigned to this cost center',
  `amount_pay_cost_center` varchar(255) DEFAULT '0' COMMENT 'Amount of Pay Assigned to this cost center',
  `funder` varchar(255) DEFAULT '0' COMMENT 'List of attached Funder contact IDs',
  `funder_val_type` varchar(127) DEFAULT NULL COMMENT 'Funder value type (fixed or %)',
  `percent_pay_funder` varchar(255) DEFAULT '0' COMMENT 'Percentage of Pay Assigned to this funder',
  `amount_pay_funder` varchar(255) DEFAULT '0' COMMENT 'Amount of Pay Assigned to this funder',
  `location` varchar(127) DEFAULT NULL COMMENT 'Main work location',
  `start_date` datetime DEFAULT NULL COMMENT 'Start Date of the job role',
  `end_date` datetime DEFAULT NULL COMMENT 'End Date of the job role',
  PRIMARY KEY (`id`),
  KEY `index_region` (`region`),
  KEY `index_department` (`department`),
  KEY `index_level_type` (`level_type`),
  KEY `index_functional_area` (`functional_area`),
  KEY `index_organization` (`organization`),
  KEY `index_cost_center` (`cost_center`),
  KEY `index_cost_center_val_type` (`cost_center_val_type`),
  KEY `index_funder_val_type` (`funder_val_type`),
  KEY `index_location` (`location`),
  KEY `FK_civicrm_hrjobroles_manager_contact_id` (`manager_contact_id`),
  KEY `FK_civicrm_hrjobroles_job_contract_id` (`job_contract_id`),
  CONSTRAINT `FK_civicrm_hrjobroles_job_contract_id` FOREIGN KEY (`job_contract_id`) REFERENCES `civicrm_hrjobcontract` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_absence_period` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique AbsencePeriod ID',
  `title` varchar(127) NOT NULL COMMENT 'The AbsencePeriod title. There cannot be more than one entity with the same title',
  `start_date` date NOT NULL COMMENT 'The date this Absence Period starts',
  `end_date` date NOT NULL COMMENT 'The date this Absence Period ends',
  `weight` int(10) unsigned NOT NULL COMMENT 'The weight value is used to order the types on a list',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_absence_period` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_absence_type` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique AbsenceType ID',
  `title` varchar(127) NOT NULL COMMENT 'The AbsenceType title. There cant be more than one entity with the same title',
  `weight` int(10) unsigned NOT NULL COMMENT 'The weight value is used to order the types on a list',
  `color` varchar(7) NOT NULL COMMENT 'The color hex value (including the #) used to display this type on a calendar',
  `is_reserved` tinyint(4) DEFAULT 0 COMMENT 'Reserved entities are used by internal calculations and cannot be deleted.',
  `max_consecutive_leave_days` decimal(20,2) DEFAULT NULL,
  `allow_request_cancelation` int(10) unsigned NOT NULL COMMENT 'Can only be one of the values defined in AbsenceType::REQUEST_CANCELATION_OPTIONS',
  `allow_overuse` tinyint(4) DEFAULT 0,
  `must_take_public_holiday_as_leave` tinyint(4) DEFAULT 0,
  `default_entitlement` decimal(20,2) NOT NULL COMMENT 'The number of days entitled for this type',
  `add_public_holiday_to_entitlement` tinyint(4) DEFAULT 0,
  `is_active` tinyint(4) DEFAULT 1 COMMENT 'Only enabled types can be requested',
  `allow_accruals_request` tinyint(4) DEFAULT 0,
  `max_leave_accrual` decimal(20,2) DEFAULT NULL COMMENT 'Value is the number of days that can be accrued. Null means unlimited',
  `allow_accrue_in_the_past` tinyint(4) DEFAULT 0,
  `accrual_expiration_duration` int(10) unsigned DEFAULT NULL COMMENT 'An amount of accrual_expiration_unit',
  `accrual_expiration_unit` int(10) unsigned DEFAULT NULL COMMENT 'The unit (months or days) of accrual_expiration_duration of this type default expiry',
  `allow_carry_forward` tinyint(4) DEFAULT 0,
  `max_number_of_days_to_carry_forward` decimal(20,2) DEFAULT NULL,
  `carry_forward_expiration_duration` int(10) unsigned DEFAULT NULL COMMENT 'An amount of carry_forward_expiration_unit',
  `carry_forward_expiration_unit` int(10) unsigned DEFAULT NULL COMMENT 'The unit (months or days) of carry_forward_expiration_duration of this type default expiry',
  `is_sick` tinyint(4) DEFAULT 0 COMMENT 'A flag which is used to determine if this Absence Type can be used for a Sickness Request',
  `calculation_unit` varchar(512) NOT NULL COMMENT 'One of the values of the Absence type calculation units option group',
  `hide_label` tinyint(4) DEFAULT 0 COMMENT 'This controls the visibility of the Leave Type label in the calendar and feeds.',
  `category` varchar(512) NOT NULL COMMENT 'This is used for grouping leave types.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `hrleaveandabsences_absence_type_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_calendar_feed_config` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeaveRequestCalendarFeedConfig ID',
  `title` varchar(127) NOT NULL COMMENT 'The Calendar Feed Config Title. There cannot be more than one entity with the same title',
  `timezone` varchar(50) NOT NULL COMMENT 'The Calendar Feed Config Timezone',
  `hash` varchar(32) NOT NULL COMMENT 'The Calendar Feed Config Hash. Should be unique per config',
  `composed_of` text NOT NULL COMMENT 'The components of the leave request feed, e.g leave types, departments',
  `visible_to` text NOT NULL COMMENT 'Who gets to view the feed link e.g staff in certain departments or location',
  `is_active` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Whether the feed is active or not',
  `created_date` datetime NOT NULL COMMENT 'The date and time this Calendar Feed Config was created',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_calendar_title` (`title`),
  UNIQUE KEY `unique_calendar_hash` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_work_pattern` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique WorkPattern ID',
  `label` varchar(127) NOT NULL COMMENT 'The Work Pattern label''s (name)',
  `description` varchar(255) DEFAULT NULL COMMENT 'A small description of the Work Pattern',
  `is_default` tinyint(4) DEFAULT 0 COMMENT 'There can only be one default entity at any given time',
  `is_active` tinyint(4) DEFAULT 1 COMMENT 'Only enabled Work Patterns can be used. The is_active name is used to follow Civi''s conventions.',
  `weight` int(10) unsigned NOT NULL COMMENT 'The weight value is used to order the Work Patterns on a list',
  PRIMARY KEY (`id`),
  UNIQUE KEY `work_pattern_unique_label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_contact_work_pattern` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique ContactWorkPattern ID',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to the Contact representing the employee',
  `pattern_id` int(10) unsigned NOT NULL COMMENT 'FK to the Work Pattern linked to an employee',
  `effective_date` date NOT NULL COMMENT 'The date this work pattern will start to be considered active',
  `effective_end_date` date DEFAULT NULL COMMENT 'The date this work pattern will stop being considered active',
  `change_reason` varchar(512) DEFAULT NULL COMMENT 'One of the values of the Job Contract Revision Change Reason option group',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_pattern_per_effective_date` (`contact_id`,`effective_date`),
  KEY `FK_civicrm_hrlaa_contact_work_pattern_pattern_id` (`pattern_id`),
  CONSTRAINT `FK_civicrm_hrlaa_contact_work_pattern_pattern_id` FOREIGN KEY (`pattern_id`) REFERENCES `civicrm_hrleaveandabsences_work_pattern` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_balance_change` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeaveBalanceChange ID',
  `type_id` int(10) unsigned NOT NULL COMMENT 'One of the values of the Leave Balance Type option group',
  `amount` decimal(20,2) NOT NULL DEFAULT 0.00 COMMENT 'The amount of days this change in balance represents to the entitlement',
  `expiry_date` date DEFAULT NULL COMMENT 'Some balance changes can expire. This is the date it will expire.',
  `expired_balance_change_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to LeaveBalanceChange. This is only used for a balance change that represents expired days, and it will be related to the balance change that has expired.',
  `source_id` int(10) unsigned DEFAULT NULL COMMENT 'Some balance changes are originated from an specific source (a leave request date, for example) and this field will have the ID of this source.',
  `source_type` varchar(20) DEFAULT NULL COMMENT 'Some balance changes are originated from an specific source (a leave request date, for example) and this field will have text string to indicate what is the source.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_expiry_record` (`expired_balance_change_id`),
  KEY `index_source_id` (`source_id`,`source_type`),
  CONSTRAINT `FK_civicrm_hrlaa_leave_balance_change_expired_balance_change_id` FOREIGN KEY (`expired_balance_change_id`) REFERENCES `civicrm_hrleaveandabsences_leave_balance_change` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_balance_change_expiry_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeaveBalanceChangeExpiryLog ID',
  `balance_change_id` int(10) unsigned NOT NULL COMMENT 'The expired balance change ID',
  `amount` decimal(20,2) NOT NULL DEFAULT 0.00 COMMENT 'The expired balance amount',
  `source_id` int(10) unsigned NOT NULL COMMENT 'Expired Balance change source ID',
  `source_type` varchar(20) NOT NULL COMMENT 'Expired Balance change source type',
  `expiry_date` date NOT NULL COMMENT 'The balance change expiry date',
  `balance_type_id` int(10) unsigned NOT NULL COMMENT 'One of the values of the Leave Balance Type option group',
  `leave_date` date DEFAULT NULL COMMENT 'The Leave date of the expired balance change (i.e If it is a leave request balance change)',
  `leave_request_id` int(10) unsigned DEFAULT NULL COMMENT 'The Leave Request ID linked to the expired balance change (i.e If it is a leave request balance change)',
  `created_date` datetime DEFAULT NULL COMMENT 'The date and time this log was created',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_period_entitlement` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Leave Period Entitlement ID',
  `period_id` int(10) unsigned NOT NULL COMMENT 'FK to AbsencePeriod',
  `type_id` int(10) unsigned NOT NULL COMMENT 'FK to AbsenceType',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to Contact (civicrm_contact)',
  `overridden` tinyint(4) DEFAULT 0 COMMENT 'Indicates if the entitlement was overridden',
  `comment` text DEFAULT NULL COMMENT 'The comment added by the user about the calculation for this entitlement',
  `editor_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to Contact. The contact that represents the user who made changes to this entitlement',
  `created_date` datetime DEFAULT NULL COMMENT 'The date and time this entitlement was added/updated',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entitlement` (`period_id`,`contact_id`,`type_id`),
  KEY `FK_civicrm_hrlaa_leave_period_entitlement_type_id` (`type_id`),
  KEY `FK_civicrm_hrlaa_leave_period_entitlement_contact_id` (`contact_id`),
  KEY `FK_civicrm_hrlaa_leave_period_entitlement_editor_id` (`editor_id`),
  CONSTRAINT `FK_civicrm_hrlaa_leave_period_entitlement_period_id` FOREIGN KEY (`period_id`) REFERENCES `civicrm_hrleaveandabsences_absence_period` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_civicrm_hrlaa_leave_period_entitlement_type_id` FOREIGN KEY (`type_id`) REFERENCES `civicrm_hrleaveandabsences_absence_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_period_entitlement_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeavePeriodEntitlementLog ID',
  `entitlement_id` int(10) unsigned NOT NULL COMMENT 'FK to LeavePeriodEntitlement',
  `editor_id` int(10) unsigned NOT NULL COMMENT 'FK to Contact. The contact that represents the user who made changes to this entitlement',
  `entitlement_amount` decimal(20,2) NOT NULL COMMENT 'The entitlement amount for this Period Entitlement until created_date value',
  `comment` text DEFAULT NULL COMMENT 'The comment added by the user about the calculation for this entitlement',
  `created_date` datetime DEFAULT NULL COMMENT 'The date and time this entitlement was updated',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrlaa_leave_period_entitlement_log_entitlement_id` (`entitlement_id`),
  KEY `FK_civicrm_hrlaa_leave_period_entitlement_log_editor_id` (`editor_id`),
  CONSTRAINT `FK_civicrm_hrlaa_leave_period_entitlement_log_entitlement_id` FOREIGN KEY (`entitlement_id`) REFERENCES `civicrm_hrleaveandabsences_leave_period_entitlement` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_request` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeaveRequest ID',
  `type_id` int(10) unsigned NOT NULL COMMENT 'FK to AbsenceType',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to Contact',
  `status_id` int(10) unsigned NOT NULL COMMENT 'One of the values of the Leave Request Status option group',
  `from_date` datetime NOT NULL COMMENT 'The date and time the leave request starts.',
  `from_date_type` int(10) unsigned DEFAULT NULL COMMENT 'One of the values of the Leave Request Day Type option group',
  `to_date` datetime NOT NULL COMMENT 'The date and time the leave request ends',
  `to_date_type` int(10) unsigned DEFAULT NULL COMMENT 'One of the values of the Leave Request Day Type option group',
  `sickness_reason` varchar(512) DEFAULT NULL COMMENT 'One of the values of the Sickness Reason option group',
  `sickness_required_documents` varchar(10) DEFAULT NULL COMMENT 'A list of values from the LeaveRequestRequiredDocument option group',
  `toil_duration` int(10) unsigned DEFAULT NULL COMMENT 'The duration of the overtime work in minutes',
  `toil_to_accrue` varchar(512) DEFAULT NULL COMMENT 'The amount of days accrued for this toil request',
  `toil_expiry_date` date DEFAULT NULL COMMENT 'The expiry date of this TOIL Request. When null, it means it never expires.',
  `request_type` varchar(20) NOT NULL COMMENT 'The type of this request (leave, toil, sickness etc)',
  `is_deleted` tinyint(4) DEFAULT 0 COMMENT 'Whether this leave request has been deleted or not',
  `from_date_amount` decimal(20,2) DEFAULT NULL COMMENT 'The balance change amount to be deducted for the leave request from date',
  `to_date_amount` decimal(20,2) DEFAULT NULL COMMENT 'The balance change amount to be deducted for the leave request to date',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrlaa_leave_request_type_id` (`type_id`),
  KEY `FK_civicrm_hrlaa_leave_request_contact_id` (`contact_id`),
  CONSTRAINT `FK_civicrm_hrlaa_leave_request_type_id` FOREIGN KEY (`type_id`) REFERENCES `civicrm_hrleaveandabsences_absence_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_leave_request_date` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique LeaveRequestDate ID',
  `date` date NOT NULL COMMENT 'This date date',
  `leave_request_id` int(10) unsigned NOT NULL COMMENT 'FK to LeaveRequest',
  `type` varchar(512) DEFAULT NULL COMMENT 'The type of this day, according to the values on the Leave Request Day Types Option Group',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_leave_request_date` (`date`,`leave_request_id`),
  KEY `FK_civicrm_hrlaa_leave_request_date_leave_request_id` (`leave_request_id`),
  CONSTRAINT `FK_civicrm_hrlaa_leave_request_date_leave_request_id` FOREIGN KEY (`leave_request_id`) REFERENCES `civicrm_hrleaveandabsences_leave_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_notification_receiver` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique NotificationReceiver ID',
  `type_id` int(10) unsigned NOT NULL COMMENT 'FK to AbsenceType',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to Contact',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrleaveandabsences_notification_receiver_type_id` (`type_id`),
  KEY `FK_civicrm_hrleaveandabsences_notification_receiver_contact_id` (`contact_id`),
  CONSTRAINT `FK_civicrm_hrleaveandabsences_notification_receiver_type_id` FOREIGN KEY (`type_id`) REFERENCES `civicrm_hrleaveandabsences_absence_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_public_holiday` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Public Holiday ID',
  `title` varchar(127) NOT NULL COMMENT 'The Public Holiday title',
  `date` date NOT NULL COMMENT 'The date of Public Holiday. There can''t be more than one Public Holiday on the same date',
  `is_active` tinyint(4) DEFAULT 1 COMMENT 'Determines if Public Holiday entry is active. The is_active name is used to follow Civi''s conventions',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_public_holiday` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_work_week` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique WorkWeek ID',
  `number` int(10) unsigned NOT NULL COMMENT 'Each Week of a Pattern has a unique and sequential number',
  `pattern_id` int(10) unsigned NOT NULL COMMENT 'The Work Pattern this Week belongs to',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrleaveandabsences_work_week_pattern_id` (`pattern_id`),
  CONSTRAINT `FK_civicrm_hrleaveandabsences_work_week_pattern_id` FOREIGN KEY (`pattern_id`) REFERENCES `civicrm_hrleaveandabsences_work_pattern` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrleaveandabsences_work_day` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique WorkDay ID',
  `day_of_the_week` int(10) unsigned NOT NULL COMMENT 'A number between 1 and 7, following ISO-8601. 1 is Monday and 7 is Sunday',
  `type` varchar(512) NOT NULL COMMENT 'The type of this day, according to the values on the Work Day Type Option Group',
  `time_from` char(5) DEFAULT NULL COMMENT 'The start time of this work day. This field is a char because CiviCRM can''t handle TIME fields.',
  `time_to` char(5) DEFAULT NULL COMMENT 'The end time of this work day. This field is a char because CiviCRM can''t handle TIME fields.',
  `break` decimal(20,2) DEFAULT NULL COMMENT 'The amount of break time (in hours) allowed for this day. ',
  `leave_days` varchar(512) DEFAULT NULL COMMENT 'One of the values of the Leave Days Amount option group',
  `number_of_hours` decimal(20,2) DEFAULT NULL COMMENT 'This is the number of hours between time_from and time_to minus break',
  `week_id` int(10) unsigned NOT NULL COMMENT 'The Work Week this Day belongs to',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_day_for_week` (`week_id`,`day_of_the_week`),
  CONSTRAINT `FK_civicrm_hrleaveandabsences_work_day_week_id` FOREIGN KEY (`week_id`) REFERENCES `civicrm_hrleaveandabsences_work_week` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrvacancy` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Recruitment Vacancy ID',
  `salary` varchar(127) DEFAULT NULL COMMENT 'Salary offered in vacancy',
  `position` varchar(127) DEFAULT NULL COMMENT 'Job Position offered in vacancy',
  `description` longtext DEFAULT NULL COMMENT 'Description of vacancy',
  `benefits` longtext DEFAULT NULL,
  `requirements` longtext DEFAULT NULL COMMENT 'Requirements of vacancy',
  `location` varchar(254) DEFAULT NULL COMMENT 'Location of vacancy',
  `is_template` tinyint(4) DEFAULT 0 COMMENT 'Whether the Vacancy has template',
  `status_id` int(10) unsigned DEFAULT NULL COMMENT 'Status of Vacancy',
  `start_date` datetime DEFAULT NULL COMMENT 'Vacancy Start Date',
  `end_date` datetime DEFAULT NULL COMMENT 'Vacancy End Date',
  `created_date` datetime DEFAULT NULL COMMENT 'Vacancy Created Date',
  `created_id` int(10) unsigned DEFAULT NULL COMMENT 'FK to civicrm_contact, who created this vacancy',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrvacancy_created_id` (`created_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrvacancy_permission` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Vacancy Permission ID',
  `contact_id` int(10) unsigned NOT NULL COMMENT 'FK to Contact ID',
  `vacancy_id` int(10) unsigned NOT NULL COMMENT 'FK to Vacancy ID',
  `permission` varchar(127) DEFAULT NULL COMMENT 'Permission of Vacancy',
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrvacancy_permission_contact_id` (`contact_id`),
  KEY `FK_civicrm_hrvacancy_permission_vacancy_id` (`vacancy_id`),
  CONSTRAINT `FK_civicrm_hrvacancy_permission_vacancy_id` FOREIGN KEY (`vacancy_id`) REFERENCES `civicrm_hrvacancy` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_hrvacancy_stage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique Vacancy Stage ID',
  `case_status_id` int(10) unsigned NOT NULL COMMENT 'Case Status ID',
  `vacancy_id` int(10) unsigned NOT NULL COMMENT 'FK to Vacancy ID',
  `weight` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_civicrm_hrvacancy_stage_vacancy_id` (`vacancy_id`),
  CONSTRAINT `FK_civicrm_hrvacancy_stage_vacancy_id` FOREIGN KEY (`vacancy_id`) REFERENCES `civicrm_hrvacancy` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `civicrm_value_application` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `resume` int(10) unsigned DEFAULT NULL,
  `work_experience` varchar(255) DEFAULT NULL,
  `educational_qualification` varchar(255) DEFAULT NULL,
  `previous_pay_per_month` decimal(20,2) DEFAULT NULL,
  `expected_pay_per_month` decimal(20,2) DEFAULT NULL,
  `languages_known` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_bank_details_9` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `account_holder_48` varchar(255) DEFAULT NULL,
  `sort_code_49` varchar(255) DEFAULT NULL,
  `account_no_50` varchar(255) DEFAULT NULL,
  `bank_name_51` varchar(255) DEFAULT NULL,
  `bank_address_line_1_52` varchar(255) DEFAULT NULL,
  `bank_address_line_2_53` varchar(255) DEFAULT NULL,
  `bank_address_line_3_54` varchar(255) DEFAULT NULL,
  `bank_post_code_55` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_career_4` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `start_date_7` datetime DEFAULT NULL,
  `end_date_8` datetime DEFAULT NULL,
  `name_of_organisation_9` varchar(64) DEFAULT NULL,
  `occupation_type_10` varchar(64) DEFAULT NULL,
  `job_title_course_name_11` varchar(64) DEFAULT NULL,
  `full_time_part_time_12` varchar(64) DEFAULT NULL,
  `paid_unpaid_13` varchar(64) DEFAULT NULL,
  `reference_supplied_14` varchar(64) DEFAULT NULL,
  `evidence_file_42` int(10) unsigned DEFAULT NULL,
  `evidence_note_43` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_emergency_contacts_21` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `mobile_number_91` varchar(512) DEFAULT NULL,
  `dependant_s__92` varchar(255) DEFAULT NULL,
  `street_address_93` varchar(512) DEFAULT NULL,
  `street_address_line_2_94` varchar(512) DEFAULT NULL,
  `city_95` varchar(512) DEFAULT NULL,
  `postal_code_96` varchar(255) DEFAULT NULL,
  `province_97` int(10) unsigned DEFAULT NULL,
  `country_98` int(10) unsigned DEFAULT NULL,
  `name_80` varchar(512) DEFAULT NULL,
  `phone_number_81` varchar(512) DEFAULT NULL,
  `email_82` varchar(512) DEFAULT NULL,
  `relationship_with_employee_83` varchar(255) DEFAULT NULL,
  `notes_84` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_evaluation_fields` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `rate_the_applicant_s_communicati` varchar(255) DEFAULT NULL,
  `rate_the_applicant_s_technical_s` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_extended_demographics_8` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `nationality_44` int(10) unsigned DEFAULT NULL,
  `marital_status_58` varchar(255) DEFAULT NULL,
  `is_visa_required_64` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_identify_2` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `type_1` varchar(64) DEFAULT NULL,
  `number_2` varchar(32) DEFAULT NULL,
  `issue_date_3` datetime DEFAULT NULL,
  `expire_date_4` datetime DEFAULT NULL,
  `country_5` int(10) unsigned DEFAULT NULL,
  `state_province_6` int(10) unsigned DEFAULT NULL,
  `evidence_file_37` int(10) unsigned DEFAULT NULL,
  `evidence_note_39` text DEFAULT NULL,
  `is_government` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_immigration_3` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `visa_type_7` varchar(128) DEFAULT NULL,
  `start_date_52` datetime DEFAULT NULL,
  `end_date_53` datetime DEFAULT NULL,
  `conditions_54` text DEFAULT NULL,
  `visa_number_55` varchar(128) DEFAULT NULL,
  `evidence_file_41` int(10) unsigned DEFAULT NULL,
  `evidence_note_42` text DEFAULT NULL,
  `sponsor_s_certificate_number_65` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_medical_disability_4` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `condition_8` varchar(255) DEFAULT NULL,
  `type_9` varchar(64) DEFAULT NULL,
  `special_requirements_10` varchar(255) DEFAULT NULL,
  `evidence_file_39` int(10) unsigned DEFAULT NULL,
  `evidence_note_40` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_qualifications_5` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `name_of_skill_18` varchar(64) DEFAULT NULL,
  `category_of_skill_19` varchar(64) DEFAULT NULL,
  `level_of_skill_20` varchar(64) DEFAULT NULL,
  `certification_acquired__21` tinyint(4) DEFAULT NULL,
  `name_of_certification_22` varchar(64) DEFAULT NULL,
  `certification_authority_23` varchar(64) DEFAULT NULL,
  `grade_achieved_24` varchar(64) DEFAULT NULL,
  `attain_date_25` datetime DEFAULT NULL,
  `expiry_date_25` datetime DEFAULT NULL,
  `evidence_file_26` int(10) unsigned DEFAULT NULL,
  `evidence_note_36` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `civicrm_value_vacancy` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
  `entity_id` int(10) unsigned NOT NULL COMMENT 'Table that this extends',
  `vacancy_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entity_id` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

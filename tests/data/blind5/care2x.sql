-- Care2x (integrated hospital information system: person/patient registration, admissions and outpatient visits
-- called "encounters", appointments, diagnoses, clinical and nursing notes, vital-sign measurements, prescriptions
-- and their drug lines, chemical-laboratory findings, insurance, billing (bills, billed items, payments), staff
-- (personnel) records, user accounts and their access log; wards, billing catalogue, note types, user roles,
-- global configuration, cache, version), trimmed from github.com/care2x/care2x
-- installer/db/sql/mysqli_dump.sql (the installer's MySQL schema; file last changed in commit ac6a4a01, read at
-- HEAD e2585033, 2025-12-30). Licence: GPL (copy_notice.txt: "version 2.1 of the License, or (at your option) any
-- later version"; license.htm carries the GPL-3.0 text). Column names, types, defaults and upstream comments as
-- written; CHARACTER SET / COLLATE column options, ENGINE/CHARSET table options, IF NOT EXISTS, non-unique indexes
-- and all INSERTs left out. Upstream declares no foreign keys. Left out: the 123 other tables (ICD-10/OPS code
-- lists, DRG, pharmacy and medical-depot catalogues and orders, the other laboratory/radiology/pathology request and
-- findings tables, operations, obstetrics and neonatal records, immunizations, locations, sick confirmations,
-- duty plans, internal mail, phone directory, news, cafeteria, technical-support jobs, menus and type lookups).
--
-- Glossary. Every person (patient, relative, staff member) is a row of care_person keyed by `pid`, which Care2x
-- also shows as the person's registration number; `encounter_nr` (shown as the case number) keys care_encounter,
-- one inpatient admission or outpatient visit of a person: every clinical table (diagnoses, notes, measurements,
-- prescriptions, lab findings) and the bills reach the patient only through `encounter_nr`.
-- Naming: `*_nr` = number / reference, `name_2`, `name_3`, `name_others` = further given or family names,
-- `sss_nr` = social security (system) number, `nat_id_nr` = national id number, `org_id` = "organization id"
-- (undocumented), `ethnic_orig` = ethnic origin (lookup), `addr_citytown_nr` = town (lookup of UN/LOCODE towns),
-- `contact_person`/`contact_pid`/`contact_relation` = the person's contact (relative) and relationship,
-- `relative_*` = a relative's name and phone, `death_encounter_nr` = the encounter during which the person died.
-- care_encounter: `encounter_class_nr` inpatient/outpatient, `admit_type` referral / emergency / birth delivery /
-- walk-in / accident, `triage` white/green/yellow/red, `referrer_*` = the referring doctor, department,
-- institution, their diagnosis, recommended therapy and notes, `current_att_dr_nr` = attending doctor,
-- `financial_class_nr` = common/private care, room and clinician services, `insurance_*` = the health insurance
-- (policy number, insurer, class) used, `guarantor_pid` = the person guaranteeing payment, `current_ward_nr` /
-- `current_room_nr` / `current_dept_nr` / `current_firm_nr` and `in_ward` / `in_dept` = where the patient is now.
-- care_encounter_notes holds doctors' daily notes, discharge summaries, consultation and operation notes, daily
-- ward notes and nursing reports (`type_nr`, see care_type_notes); `staff_nr`/`staff_name` are the author (the PHP
-- code calls them personell_nr/personell_name), `send_to_pid`/`send_to_name` a person sent a copy, `aux_notes`
-- warnings, `ack_short_id` the short id of the staff member acknowledging. care_encounter_measurement: vital signs
-- (`msr_type_nr`: blood pressure, temperature, fluid intake/output, weight, height, head circumference).
-- care_encounter_prescription_sub: one drug line (`bestellnum` = pharmacy order/article number, `article` = drug,
-- `prescription_type_nr` = anticoagulant / hemolytic / diuretic / antibiotic, `application_type_nr` = route such
-- as oral or intravenous, `sub_speed` = infusion rate, `companion` = drugs given together, `color_marker` = chart
-- colour, `status` = 'printed' / 'done' for the pharmacy order, `price` = price charged).
-- care_test_findings_chemlab: `job_id` = the lab request's batch number, `group_id` = test group,
-- `serial_value` = the serialized result values, `validator` = the clinician validating them.
-- care_personell: a person's employment as staff (`nr` = staff number, `short_id` = the staff member's short
-- code, `job_type_nr`/`job_function_title` = job, `contract_*`, `pay_class*` = pay category, `local_premium_id` =
-- local bonus category, `tax_account_nr`, `ir_code` = internal revenue code, `nr_workday`/`nr_weekhour`/
-- `nr_vacation_day`, `multiple_employer`, `nr_dependent` = number of dependants, `is_discharged` = left the
-- hospital). care_users: logins of staff (`name` = the user's full name, `staff_nr` = the care_personell number,
-- `exc` = hidden from the access lists, `s_date`/`s_time` = when access was granted or last changed, `expire_*`,
-- `lockflag`, `permission` = permitted areas, `dept_nr` = serialized departments the user may see).
-- care_accesslog: each login or access attempt (`userid` = login id, `username` = the user's full name,
-- `password` = the keyword typed on a failed attempt, `thisfile`/`fileforward` = page requested / forwarded to).
-- Billing: `bill_bill_no` = bill number, `bill_item_code` = care_billing_item code, `payment_receipt_no`.
-- On every other table `status` is the row's life-cycle state ('', normal, void, hidden, inactive, deleted),
-- `history` a text log of changes with the users' names, and `modify_id`/`create_id` (user names) with
-- `modify_time`/`create_time` Care2x's row bookkeeping.

CREATE TABLE `care_person` (
  `pid` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `hospital_file_nr` varchar(50) DEFAULT NULL COMMENT 'placeholder for existing individual hospital file number system',
  `date_reg` datetime DEFAULT '0000-00-00 00:00:00',
  `name_first` varchar(60) DEFAULT NULL,
  `name_2` varchar(60) DEFAULT NULL,
  `name_3` varchar(60) DEFAULT NULL,
  `name_middle` varchar(60) DEFAULT NULL,
  `name_last` varchar(60) DEFAULT NULL,
  `name_maiden` varchar(60) DEFAULT NULL,
  `name_others` text,
  `date_birth` date DEFAULT '0000-00-00',
  `blood_group` char(2) DEFAULT NULL,
  `addr_str` varchar(60) DEFAULT NULL,
  `addr_str_nr` varchar(10) DEFAULT NULL,
  `addr_zip` varchar(15) DEFAULT NULL,
  `addr_citytown_nr` mediumint(8) unsigned DEFAULT '0',
  `addr_is_valid` tinyint(1) DEFAULT '0',
  `citizenship` varchar(35) DEFAULT NULL,
  `phone_1_code` varchar(15) DEFAULT '0',
  `phone_1_nr` varchar(35) DEFAULT NULL,
  `phone_2_code` varchar(15) DEFAULT '0',
  `phone_2_nr` varchar(35) DEFAULT NULL,
  `cellphone_1_nr` varchar(35) DEFAULT NULL,
  `cellphone_2_nr` varchar(35) DEFAULT NULL,
  `fax` varchar(35) DEFAULT NULL,
  `email` varchar(60) DEFAULT NULL,
  `civil_status` varchar(35) DEFAULT NULL,
  `sex` char(1) DEFAULT NULL,
  `title` varchar(25) DEFAULT NULL,
  `photo` blob,
  `photo_filename` varchar(60) DEFAULT NULL,
  `ethnic_orig` mediumint(8) unsigned DEFAULT NULL,
  `org_id` varchar(60) DEFAULT NULL,
  `sss_nr` varchar(60) DEFAULT NULL,
  `nat_id_nr` varchar(60) DEFAULT NULL,
  `religion` varchar(125) DEFAULT NULL,
  `mother_pid` int(10) unsigned DEFAULT '0',
  `father_pid` int(10) unsigned DEFAULT '0',
  `contact_person` varchar(255) DEFAULT NULL,
  `contact_pid` int(10) unsigned DEFAULT '0',
  `contact_relation` varchar(25) DEFAULT '0',
  `death_date` date DEFAULT '0000-00-00',
  `death_encounter_nr` int(10) unsigned DEFAULT '0',
  `death_cause` varchar(255) DEFAULT NULL,
  `death_cause_code` varchar(15) DEFAULT NULL,
  `date_update` datetime DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  `history` text,
  `modify_id` varchar(35) DEFAULT NULL,
  `modify_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `create_id` varchar(35) DEFAULT NULL,
  `create_time` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `relative_name_first` varchar(60) DEFAULT NULL,
  `relative_name_last` varchar(60) DEFAULT NULL,
  `relative_phone` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`pid`)
);

CREATE TABLE `care_person_insurance` (
  `item_nr` int(10) unsigned NOT NULL auto_increment,
  `pid` int(10) unsigned NOT NULL default '0',
  `type` varchar(60) NOT NULL,
  `insurance_nr` varchar(50) NOT NULL default '0',
  `firm_id` varchar(60) NOT NULL,
  `class_nr` tinyint(2) unsigned NOT NULL default '0',
  `is_void` tinyint(1) unsigned NOT NULL default '0',
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`item_nr`)
);

CREATE TABLE `care_personell` (
  `nr` int(11) NOT NULL AUTO_INCREMENT,
  `short_id` varchar(10) DEFAULT NULL,
  `pid` int(11) NOT NULL DEFAULT '0',
  `job_type_nr` int(11) NOT NULL DEFAULT '0',
  `job_function_title` smallint(60) NOT NULL,
  `date_join` date DEFAULT NULL,
  `date_exit` date DEFAULT NULL,
  `contract_class` varchar(35) NOT NULL DEFAULT '0',
  `contract_start` date DEFAULT NULL,
  `contract_end` date DEFAULT NULL,
  `is_discharged` tinyint(1) NOT NULL DEFAULT '0',
  `pay_class` varchar(25) NOT NULL DEFAULT '',
  `pay_class_sub` varchar(25) NOT NULL DEFAULT '',
  `local_premium_id` varchar(5) NOT NULL DEFAULT '',
  `tax_account_nr` varchar(60) NOT NULL DEFAULT '',
  `ir_code` varchar(25) NOT NULL DEFAULT '',
  `nr_workday` tinyint(1) NOT NULL DEFAULT '0',
  `nr_weekhour` float(10,2) NOT NULL DEFAULT '0.00',
  `nr_vacation_day` tinyint(2) NOT NULL DEFAULT '0',
  `multiple_employer` tinyint(1) NOT NULL DEFAULT '0',
  `nr_dependent` tinyint(2) unsigned NOT NULL DEFAULT '0',
  `status` varchar(25) NOT NULL DEFAULT '',
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL DEFAULT '',
  `modify_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL DEFAULT '',
  `create_time` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`,`pid`,`job_type_nr`)
);

CREATE TABLE `care_users` (
  `name` varchar(60) NOT NULL,
  `login_id` varchar(35) NOT NULL,
  `password` varchar(255) default NULL,
  `staff_nr` int(10) unsigned NOT NULL default '0',
  `lockflag` tinyint(3) unsigned default '0',
  `permission` text NOT NULL,
  `exc` tinyint(1) NOT NULL default '0',
  `s_date` date NOT NULL default '0000-00-00',
  `s_time` time NOT NULL default '00:00:00',
  `expire_date` date NOT NULL default '0000-00-00',
  `expire_time` time NOT NULL default '00:00:00',
  `dept_nr` text NOT NULL COMMENT 'the department in which the user is allowed to enter / view',
  `user_role` tinyint(4) NOT NULL default '0',
  `status` varchar(15) NOT NULL default '',
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL default '',
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL default '',
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`login_id`)
);

CREATE TABLE `care_accesslog` (
  `id` int(11) NOT NULL auto_increment,
  `datetime` datetime NOT NULL,
  `ip` varchar(255) NOT NULL,
  `lognote` text NOT NULL,
  `userid` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `thisfile` text NOT NULL,
  `fileforward` text NOT NULL,
  `login_success` int(1) NOT NULL default '1',
  PRIMARY KEY (`id`)
);

CREATE TABLE `care_encounter` (
  `encounter_nr` bigint(11) unsigned NOT NULL AUTO_INCREMENT,
  `pid` int(10) unsigned NOT NULL DEFAULT '0',
  `encounter_date` datetime DEFAULT '0000-00-00 00:00:00',
  `encounter_class_nr` smallint(5) unsigned DEFAULT '0',
  `encounter_type` varchar(35) DEFAULT NULL,
  `encounter_status` varchar(35) DEFAULT NULL,
  `referrer_diagnosis` varchar(255) DEFAULT NULL,
  `referrer_recom_therapy` varchar(255) DEFAULT NULL,
  `referrer_dr` varchar(60) DEFAULT NULL,
  `referrer_dept` varchar(255) DEFAULT NULL,
  `referrer_institution` varchar(255) DEFAULT NULL,
  `referrer_notes` text,
  `regional_code` varchar(60) DEFAULT NULL,
  `triage` varchar(20) DEFAULT 'white',
  `admit_type` int(10) DEFAULT '0',
  `financial_class_nr` tinyint(3) unsigned DEFAULT '0',
  `insurance_nr` varchar(25) DEFAULT '0',
  `insurance_firm_id` varchar(25) DEFAULT '0',
  `insurance_class_nr` tinyint(3) unsigned DEFAULT '0',
  `insurance_2_nr` varchar(25) DEFAULT '0',
  `insurance_2_firm_id` varchar(25) DEFAULT '0',
  `guarantor_pid` int(11) DEFAULT '0',
  `contact_pid` int(11) DEFAULT '0',
  `contact_relation` varchar(35) DEFAULT NULL,
  `current_ward_nr` smallint(3) unsigned DEFAULT '0',
  `current_room_nr` smallint(5) unsigned DEFAULT '0',
  `in_ward` tinyint(1) DEFAULT '0',
  `current_dept_nr` smallint(3) unsigned DEFAULT '0',
  `in_dept` tinyint(1) DEFAULT '0',
  `current_firm_nr` smallint(5) unsigned DEFAULT '0',
  `current_att_dr_nr` int(10) DEFAULT '0',
  `consulting_dr` varchar(60) DEFAULT NULL,
  `extra_service` varchar(25) DEFAULT NULL,
  `is_discharged` tinyint(1) unsigned DEFAULT '0',
  `discharge_date` date DEFAULT NULL,
  `discharge_time` time DEFAULT NULL,
  `followup_date` date DEFAULT '0000-00-00',
  `followup_responsibility` varchar(255) DEFAULT NULL,
  `post_encounter_notes` text,
  `status` varchar(25) DEFAULT NULL,
  `history` text,
  `modify_id` varchar(35) DEFAULT NULL,
  `modify_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `create_id` varchar(35) DEFAULT NULL,
  `create_time` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`encounter_nr`)
);

CREATE TABLE `care_encounter_appointment` (
  `nr` bigint(20) unsigned NOT NULL auto_increment,
  `pid` int(11) NOT NULL default '0',
  `date` date NOT NULL default '0000-00-00',
  `time` time NOT NULL default '00:00:00',
  `to_dept_id` varchar(25) NOT NULL,
  `to_dept_nr` smallint(5) unsigned NOT NULL default '0',
  `to_staff_nr` int(11) NOT NULL default '0',
  `to_staff_name` varchar(60) default NULL,
  `purpose` text NOT NULL,
  `urgency` tinyint(2) unsigned NOT NULL default '0',
  `remind` tinyint(1) unsigned NOT NULL default '0',
  `remind_email` tinyint(1) unsigned NOT NULL default '0',
  `remind_mail` tinyint(1) unsigned NOT NULL default '0',
  `remind_phone` tinyint(1) unsigned NOT NULL default '0',
  `appt_status` varchar(35) NOT NULL default 'pending',
  `cancel_by` varchar(255) NOT NULL,
  `cancel_date` date default NULL,
  `cancel_reason` varchar(255) default NULL,
  `encounter_class_nr` int(1) NOT NULL default '0',
  `encounter_nr` int(11) NOT NULL default '0',
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_encounter_diagnosis` (
  `diagnosis_nr` int(11) NOT NULL auto_increment,
  `encounter_nr` int(11) NOT NULL default '0',
  `op_nr` int(10) unsigned NOT NULL default '0',
  `date` datetime NOT NULL default '0000-00-00 00:00:00',
  `code` varchar(25) NOT NULL,
  `code_parent` varchar(25) NOT NULL,
  `group_nr` mediumint(8) unsigned NOT NULL default '0',
  `code_version` tinyint(4) NOT NULL default '0',
  `localcode` varchar(35) NOT NULL,
  `category_nr` tinyint(3) unsigned NOT NULL default '0',
  `type` varchar(35) NOT NULL,
  `localization` varchar(35) NOT NULL,
  `diagnosing_clinician` varchar(60) NOT NULL,
  `diagnosing_dept_nr` smallint(5) unsigned NOT NULL default '0',
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`diagnosis_nr`)
);

CREATE TABLE `care_encounter_notes` (
  `nr` int(10) unsigned NOT NULL auto_increment,
  `encounter_nr` int(10) unsigned NOT NULL default '0',
  `type_nr` smallint(5) unsigned NOT NULL default '0',
  `notes` text NOT NULL,
  `short_notes` varchar(25) default NULL,
  `aux_notes` varchar(255) default NULL,
  `ref_notes_nr` int(10) unsigned NOT NULL default '0',
  `staff_nr` int(10) unsigned NOT NULL default '0',
  `staff_name` varchar(60) NOT NULL,
  `send_to_pid` int(11) NOT NULL default '0',
  `send_to_name` varchar(60) default NULL,
  `date` date default NULL,
  `time` time default NULL,
  `location_type` varchar(35) default NULL,
  `location_type_nr` tinyint(3) NOT NULL default '0',
  `location_nr` mediumint(8) unsigned NOT NULL default '0',
  `location_id` varchar(60) default NULL,
  `ack_short_id` varchar(10) NOT NULL,
  `date_ack` datetime default NULL,
  `date_checked` datetime default NULL,
  `date_printed` datetime default NULL,
  `send_by_mail` tinyint(1) default NULL,
  `send_by_email` tinyint(1) default NULL,
  `send_by_fax` tinyint(1) default NULL,
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_encounter_measurement` (
  `nr` int(11) unsigned NOT NULL auto_increment,
  `msr_date` date NOT NULL default '0000-00-00',
  `msr_time` float(4,2) NOT NULL default '0.00',
  `encounter_nr` int(11) unsigned NOT NULL default '0',
  `msr_type_nr` tinyint(3) unsigned NOT NULL default '0',
  `value` varchar(255) default NULL,
  `unit_nr` smallint(5) unsigned default NULL,
  `unit_type_nr` tinyint(2) unsigned NOT NULL default '0',
  `notes` varchar(255) default NULL,
  `measured_by` varchar(35) NOT NULL,
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_encounter_prescription` (
  `nr` int(11) NOT NULL auto_increment,
  `encounter_nr` int(10) unsigned NOT NULL default '0',
  `prescribe_date` date default NULL,
  `notes` text,
  `status` varchar(25) NOT NULL,
  `prescriber` varchar(60) NOT NULL,
  `dept_nr` int(11) NOT NULL default '0' COMMENT 'the dept from which the prescriprion is being made',
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_encounter_prescription_sub` (
  `nr` int(11) NOT NULL auto_increment,
  `prescription_nr` int(11) NOT NULL default '0',
  `prescription_type_nr` smallint(5) NOT NULL default '0',
  `bestellnum` varchar(20) NOT NULL default '0',
  `article` varchar(100) NOT NULL,
  `drug_class` varchar(60) NOT NULL,
  `dosage` varchar(255) NOT NULL,
  `admin_time` varchar(50) NOT NULL default '00',
  `quantity` varchar(10) NOT NULL default '0',
  `application_type_nr` smallint(5) NOT NULL default '0',
  `sub_speed` double(5,3) default NULL,
  `notes_sub` text,
  `color_marker` varchar(10) NOT NULL,
  `is_stopped` tinyint(1) NOT NULL default '0',
  `stop_date` date default NULL,
  `status` varchar(25) NOT NULL,
  `companion` varchar(50) NOT NULL default '-1',
  `price` decimal(10,2) NOT NULL default '0.00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_test_findings_chemlab` (
  `batch_nr` int(11) NOT NULL auto_increment,
  `encounter_nr` int(11) NOT NULL default '0',
  `job_id` varchar(25) NOT NULL,
  `test_date` date NOT NULL default '0000-00-00',
  `test_time` time NOT NULL default '00:00:00',
  `group_id` varchar(30) NOT NULL,
  `serial_value` text NOT NULL,
  `validator` varchar(15) NOT NULL,
  `validate_dt` datetime NOT NULL default '0000-00-00 00:00:00',
  `status` varchar(20) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`batch_nr`,`encounter_nr`,`job_id`)
);

CREATE TABLE `care_billing_bill` (
  `bill_bill_no` bigint(20) NOT NULL default '0',
  `bill_encounter_nr` int(10) unsigned NOT NULL default '0',
  `bill_date_time` date default NULL,
  `bill_amount` float(10,2) default NULL,
  `bill_outstanding` float(10,2) default NULL,
  PRIMARY KEY (`bill_bill_no`)
);

CREATE TABLE `care_billing_bill_item` (
  `bill_item_id` int(11) NOT NULL auto_increment,
  `pid` INT(10) NOT NULL DEFAULT 0,
  `bill_item_encounter_nr` int(10) unsigned NOT NULL default '0',
  `bill_item_code` varchar(20) default NULL,
  `bill_item_unit_cost` float(10,2) default '0.00',
  `bill_item_units` tinyint(4) default NULL,
  `bill_item_amount` float(10,2) default NULL,
  `bill_item_date` datetime default NULL,
  `bill_item_status` enum('0','1') default '0',
  `bill_item_bill_no` int(11) NOT NULL default '0',
  PRIMARY KEY (`bill_item_id`)
);

CREATE TABLE `care_billing_payment` (
  `payment_id` tinyint(5) NOT NULL auto_increment,
  `payment_encounter_nr` int(10) unsigned NOT NULL default '0',
  `payment_receipt_no` int(11) NOT NULL default '0',
  `payment_date` datetime default '0000-00-00 00:00:00',
  `payment_cash_amount` float(10,2) default '0.00',
  `payment_cheque_no` int(11) default '0',
  `payment_cheque_amount` float(10,2) default '0.00',
  `payment_creditcard_no` int(25) default '0',
  `payment_creditcard_amount` float(10,2) default '0.00',
  `payment_amount_total` float(10,2) default '0.00',
  PRIMARY KEY (`payment_id`)
);

CREATE TABLE `care_billing_item` (
  `item_code` varchar(5) NOT NULL,
  `item_description` varchar(100) default NULL,
  `item_unit_cost` float(10,2) default '0.00',
  `item_type` tinytext,
  `item_discount_max_allowed` tinyint(4) unsigned default '0',
  PRIMARY KEY (`item_code`)
);

CREATE TABLE `care_ward` (
  `nr` smallint(5) unsigned NOT NULL auto_increment,
  `ward_id` varchar(35) NOT NULL,
  `name` varchar(35) NOT NULL,
  `is_temp_closed` tinyint(1) NOT NULL default '0',
  `date_create` date NOT NULL default '0000-00-00',
  `date_close` date NOT NULL default '0000-00-00',
  `description` text,
  `info` tinytext,
  `dept_nr` smallint(5) unsigned NOT NULL default '0',
  `room_nr_start` smallint(6) NOT NULL default '0',
  `room_nr_end` smallint(6) NOT NULL default '0',
  `roomprefix` varchar(4) default NULL,
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(25) NOT NULL default '0',
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(25) NOT NULL default '0',
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`)
);

CREATE TABLE `care_type_notes` (
  `nr` smallint(5) unsigned NOT NULL auto_increment,
  `type` varchar(35) NOT NULL,
  `name` varchar(35) NOT NULL,
  `LD_var` varchar(35) NOT NULL,
  `sort_nr` smallint(6) NOT NULL default '0',
  `status` varchar(25) NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`nr`),
  UNIQUE KEY `type` (`type`)
);

CREATE TABLE `care_user_roles` (
  `id` int(11) NOT NULL auto_increment,
  `role_name` varchar(50) NOT NULL default 'no_name',
  `permission` text,
  `history` text,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`id`)
);

CREATE TABLE `care_config_global` (
  `type` varchar(60) NOT NULL,
  `value` varchar(255) default NULL,
  `notes` varchar(255) default NULL,
  `status` varchar(25) NOT NULL,
  `history` text NOT NULL,
  `modify_id` varchar(35) NOT NULL,
  `modify_time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `create_id` varchar(35) NOT NULL,
  `create_time` timestamp NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (`type`)
);

CREATE TABLE `care_cache` (
  `id` varchar(125) NOT NULL,
  `ctext` text,
  `cbinary` blob,
  `tstamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `care_version` (
  `name` varchar(20) NOT NULL,
  `type` varchar(20) NOT NULL,
  `number` varchar(10) NOT NULL,
  `build` varchar(5) NOT NULL,
  `date` date NOT NULL default '0000-00-00',
  `time` time NOT NULL default '00:00:00',
  `releaser` varchar(30) NOT NULL
);

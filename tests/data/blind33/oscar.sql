-- OSCAR EMR — trimmed MySQL schema (43 tables).
-- Upstream: github.com/scoophealth/oscar (mirror of OSCAR McMaster's oscar EMR),
--           database/mysql/oscarinit.sql + database/mysql/caisi/initcaisi.sql (casemgmt_* tables),
--           the two files createdatabase_generic.sh loads to build a new database.
-- Commit: 0c61438fad7075bb8e17943e41f16caf85c7f52c (2019-07-16)
-- Licence: GPL-2.0 (upstream COPYING)
-- Made by loading both files into a scratch MariaDB database and taking SHOW CREATE TABLE of the kept
-- tables (so the ALTERs inside oscarinit.sql are applied); AUTO_INCREMENT counters removed,
-- utf8mb3 spelled utf8. Column comments are upstream's. Upstream declares no foreign keys.

CREATE TABLE `demographic` (
  `demographic_no` int(10) NOT NULL AUTO_INCREMENT,
  `title` varchar(10) DEFAULT NULL,
  `last_name` varchar(30) NOT NULL DEFAULT '',
  `first_name` varchar(30) NOT NULL DEFAULT '',
  `address` varchar(60) DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `province` varchar(20) DEFAULT NULL,
  `postal` varchar(9) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `phone2` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `myOscarUserName` varchar(255) DEFAULT NULL,
  `year_of_birth` varchar(4) DEFAULT NULL,
  `month_of_birth` varchar(2) DEFAULT NULL,
  `date_of_birth` varchar(2) DEFAULT NULL,
  `hin` varchar(20) DEFAULT NULL,
  `ver` char(3) DEFAULT NULL,
  `roster_status` varchar(20) DEFAULT NULL,
  `roster_date` date DEFAULT NULL,
  `roster_termination_date` date DEFAULT NULL,
  `roster_termination_reason` varchar(2) DEFAULT NULL,
  `roster_enrolled_to` varchar(20) DEFAULT NULL,
  `patient_status` varchar(20) DEFAULT NULL,
  `patient_status_date` date DEFAULT NULL,
  `date_joined` date DEFAULT NULL,
  `chart_no` varchar(10) DEFAULT NULL,
  `official_lang` varchar(60) DEFAULT NULL,
  `spoken_lang` varchar(60) DEFAULT NULL,
  `provider_no` varchar(250) DEFAULT NULL,
  `sex` char(1) NOT NULL DEFAULT '',
  `end_date` date DEFAULT NULL,
  `eff_date` date DEFAULT NULL,
  `pcn_indicator` varchar(20) DEFAULT NULL,
  `hc_type` varchar(20) DEFAULT NULL,
  `hc_renew_date` date DEFAULT NULL,
  `family_doctor` varchar(80) DEFAULT NULL,
  `alias` varchar(70) DEFAULT NULL,
  `previousAddress` varchar(255) DEFAULT NULL,
  `children` varchar(255) DEFAULT NULL,
  `sourceOfIncome` varchar(255) DEFAULT NULL,
  `citizenship` varchar(40) DEFAULT NULL,
  `sin` varchar(15) DEFAULT NULL,
  `country_of_origin` char(4) DEFAULT NULL,
  `newsletter` varchar(32) DEFAULT NULL,
  `anonymous` varchar(32) DEFAULT NULL,
  `lastUpdateUser` varchar(6) DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `middleNames` varchar(100) DEFAULT NULL,
  `residentialAddress` varchar(60) DEFAULT NULL,
  `residentialCity` varchar(50) DEFAULT NULL,
  `residentialProvince` varchar(20) DEFAULT NULL,
  `residentialPostal` varchar(9) DEFAULT NULL,
  PRIMARY KEY (`demographic_no`),
  UNIQUE KEY `myOscarUserName` (`myOscarUserName`),
  KEY `hin` (`hin`),
  KEY `name` (`last_name`,`first_name`),
  KEY `country_of_origin` (`country_of_origin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `demographicExt` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) DEFAULT NULL,
  `provider_no` varchar(6) DEFAULT NULL,
  `key_val` varchar(64) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `date_time` datetime DEFAULT NULL,
  `hidden` char(1) DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `demographic_no` (`demographic_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `demographiccust` (
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `cust1` varchar(255) DEFAULT NULL,
  `cust2` varchar(255) DEFAULT NULL,
  `cust3` varchar(255) DEFAULT NULL,
  `cust4` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`demographic_no`),
  KEY `cust1` (`cust1`),
  KEY `cust2` (`cust2`),
  KEY `cust3` (`cust3`),
  KEY `cust4` (`cust4`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `demographicArchive` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) DEFAULT NULL,
  `title` varchar(10) DEFAULT NULL,
  `last_name` varchar(30) DEFAULT NULL,
  `first_name` varchar(30) DEFAULT NULL,
  `middleNames` varchar(100) DEFAULT NULL,
  `address` varchar(60) DEFAULT NULL,
  `city` varchar(20) DEFAULT NULL,
  `province` varchar(20) DEFAULT NULL,
  `postal` varchar(9) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `phone2` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `myOscarUserName` varchar(255) DEFAULT NULL,
  `year_of_birth` varchar(4) DEFAULT NULL,
  `month_of_birth` char(2) DEFAULT NULL,
  `date_of_birth` char(2) DEFAULT NULL,
  `hin` varchar(20) DEFAULT NULL,
  `ver` char(3) DEFAULT NULL,
  `roster_status` varchar(20) DEFAULT NULL,
  `roster_date` date DEFAULT NULL,
  `roster_termination_date` date DEFAULT NULL,
  `roster_termination_reason` varchar(2) DEFAULT NULL,
  `roster_enrolled_to` varchar(20) DEFAULT NULL,
  `patient_status` varchar(20) DEFAULT NULL,
  `patient_status_date` date DEFAULT NULL,
  `date_joined` date DEFAULT NULL,
  `chart_no` varchar(10) DEFAULT NULL,
  `official_lang` varchar(60) DEFAULT NULL,
  `spoken_lang` varchar(60) DEFAULT NULL,
  `provider_no` varchar(250) DEFAULT NULL,
  `sex` char(1) DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `eff_date` date DEFAULT NULL,
  `pcn_indicator` varchar(20) DEFAULT NULL,
  `hc_type` varchar(20) DEFAULT NULL,
  `hc_renew_date` date DEFAULT NULL,
  `family_doctor` varchar(80) DEFAULT NULL,
  `alias` varchar(70) DEFAULT NULL,
  `previousAddress` varchar(255) DEFAULT NULL,
  `children` varchar(255) DEFAULT NULL,
  `sourceOfIncome` varchar(255) DEFAULT NULL,
  `citizenship` varchar(40) DEFAULT NULL,
  `sin` varchar(15) DEFAULT NULL,
  `country_of_origin` char(4) DEFAULT NULL,
  `newsletter` varchar(32) DEFAULT NULL,
  `anonymous` varchar(32) DEFAULT NULL,
  `lastUpdateUser` varchar(6) DEFAULT NULL,
  `lastUpdateDate` date DEFAULT NULL,
  `residentialAddress` varchar(60) DEFAULT NULL,
  `residentialCity` varchar(50) DEFAULT NULL,
  `residentialProvince` varchar(20) DEFAULT NULL,
  `residentialPostal` varchar(9) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `provider` (
  `provider_no` varchar(6) NOT NULL DEFAULT '',
  `last_name` varchar(30) NOT NULL DEFAULT '',
  `first_name` varchar(30) NOT NULL DEFAULT '',
  `provider_type` varchar(15) NOT NULL DEFAULT '',
  `supervisor` varchar(6) DEFAULT NULL,
  `specialty` varchar(40) NOT NULL DEFAULT '',
  `team` varchar(20) DEFAULT '',
  `sex` char(1) NOT NULL DEFAULT '',
  `dob` date DEFAULT NULL,
  `address` varchar(40) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `work_phone` varchar(50) DEFAULT NULL,
  `ohip_no` varchar(20) DEFAULT NULL,
  `rma_no` varchar(20) DEFAULT NULL,
  `billing_no` varchar(20) DEFAULT NULL,
  `hso_no` varchar(10) DEFAULT NULL,
  `status` char(1) DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `provider_activity` char(3) DEFAULT NULL,
  `practitionerNo` varchar(20) DEFAULT NULL,
  `init` varchar(10) DEFAULT NULL,
  `job_title` varchar(100) DEFAULT NULL,
  `email` varchar(60) DEFAULT NULL,
  `title` varchar(20) DEFAULT NULL,
  `lastUpdateUser` varchar(6) DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `signed_confidentiality` datetime DEFAULT NULL,
  `practitionerNoType` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`provider_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `providerExt` (
  `provider_no` varchar(6) DEFAULT NULL,
  `signature` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `security` (
  `security_no` int(6) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(30) NOT NULL DEFAULT '',
  `password` varchar(255) NOT NULL DEFAULT '',
  `provider_no` varchar(6) DEFAULT NULL,
  `pin` varchar(255) DEFAULT NULL,
  `b_ExpireSet` int(1) DEFAULT 1,
  `date_ExpireDate` date DEFAULT '2100-01-01',
  `b_LocalLockSet` int(1) DEFAULT 1,
  `b_RemoteLockSet` int(1) DEFAULT 1,
  `forcePasswordReset` tinyint(1) DEFAULT NULL,
  `passwordUpdateDate` datetime DEFAULT NULL,
  `pinUpdateDate` datetime DEFAULT NULL,
  `lastUpdateUser` varchar(20) DEFAULT NULL,
  `lastUpdateDate` timestamp NULL DEFAULT NULL,
  `oneIdKey` varchar(255) DEFAULT NULL,
  `oneIdEmail` varchar(255) DEFAULT NULL,
  `delegateOneIdEmail` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`security_no`),
  UNIQUE KEY `user_name` (`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `appointment` (
  `appointment_no` int(12) NOT NULL AUTO_INCREMENT,
  `provider_no` varchar(6) NOT NULL DEFAULT '',
  `appointment_date` date NOT NULL DEFAULT '0001-01-01',
  `start_time` time NOT NULL DEFAULT '00:00:00',
  `end_time` time NOT NULL DEFAULT '00:00:00',
  `name` varchar(50) DEFAULT NULL,
  `demographic_no` int(10) DEFAULT NULL,
  `program_id` int(11) DEFAULT 0,
  `notes` varchar(255) DEFAULT NULL,
  `reasonCode` int(11) DEFAULT NULL,
  `reason` varchar(80) DEFAULT NULL,
  `location` varchar(30) DEFAULT NULL,
  `resources` varchar(255) DEFAULT NULL,
  `type` varchar(50) DEFAULT NULL,
  `style` varchar(10) DEFAULT NULL,
  `billing` varchar(10) DEFAULT NULL,
  `status` char(2) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT NULL,
  `imported_status` varchar(20) DEFAULT NULL,
  `createdatetime` datetime DEFAULT NULL,
  `updatedatetime` datetime DEFAULT NULL,
  `creator` varchar(50) DEFAULT NULL,
  `lastupdateuser` varchar(6) DEFAULT NULL,
  `remarks` varchar(50) DEFAULT NULL,
  `urgency` varchar(30) DEFAULT NULL,
  `creatorSecurityId` int(11) DEFAULT NULL,
  `bookingSource` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`appointment_no`),
  KEY `appointment_date` (`appointment_date`,`start_time`,`demographic_no`),
  KEY `demographic_no` (`demographic_no`),
  KEY `location` (`location`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `appointment_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` char(2) NOT NULL,
  `description` char(30) NOT NULL DEFAULT 'no description',
  `color` char(7) NOT NULL DEFAULT '#cccccc',
  `icon` char(30) NOT NULL DEFAULT '''''',
  `active` int(1) NOT NULL DEFAULT 1,
  `editable` int(1) NOT NULL DEFAULT 0,
  `short_letter_colour` int(11) DEFAULT NULL COMMENT 'The colour of the short letters in the system',
  `short_letters` varchar(5) DEFAULT NULL COMMENT 'The short letter representation of the appointment status',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `appointmentType` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `notes` varchar(80) DEFAULT NULL,
  `reason` varchar(80) DEFAULT NULL,
  `location` varchar(30) DEFAULT NULL,
  `resources` varchar(10) DEFAULT NULL,
  `duration` int(12) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `billing` (
  `billing_no` int(10) NOT NULL AUTO_INCREMENT,
  `clinic_no` int(10) NOT NULL DEFAULT 0,
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `provider_no` varchar(6) NOT NULL DEFAULT '',
  `appointment_no` int(12) DEFAULT NULL,
  `organization_spec_code` varchar(6) DEFAULT NULL,
  `demographic_name` varchar(60) DEFAULT NULL,
  `hin` varchar(12) DEFAULT NULL,
  `update_date` date DEFAULT NULL,
  `update_time` time DEFAULT NULL,
  `billing_date` date DEFAULT NULL,
  `billing_time` time DEFAULT NULL,
  `clinic_ref_code` varchar(10) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `total` varchar(6) DEFAULT NULL,
  `status` varchar(1) DEFAULT NULL,
  `dob` varchar(8) DEFAULT NULL,
  `visitdate` date DEFAULT NULL,
  `visittype` char(2) DEFAULT NULL,
  `provider_ohip_no` varchar(20) DEFAULT NULL,
  `provider_rma_no` varchar(20) DEFAULT NULL,
  `apptProvider_no` varchar(6) DEFAULT NULL,
  `asstProvider_no` varchar(6) DEFAULT NULL,
  `creator` varchar(6) DEFAULT NULL,
  `billingtype` varchar(4) DEFAULT 'MSP',
  PRIMARY KEY (`billing_no`),
  KEY `appointment_no` (`appointment_no`,`demographic_no`),
  KEY `demographic_no` (`demographic_no`),
  KEY `billing_date` (`billing_date`),
  KEY `provider_no` (`provider_no`),
  KEY `provider_ohip_no` (`provider_ohip_no`),
  KEY `apptProvider_no` (`apptProvider_no`),
  KEY `creator` (`creator`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `billingdetail` (
  `billing_dt_no` int(10) NOT NULL AUTO_INCREMENT,
  `billing_no` int(10) NOT NULL DEFAULT 0,
  `service_code` varchar(5) DEFAULT NULL,
  `service_desc` varchar(255) DEFAULT NULL,
  `billing_amount` varchar(6) DEFAULT NULL,
  `diagnostic_code` char(3) DEFAULT NULL,
  `appointment_date` date DEFAULT NULL,
  `status` char(1) DEFAULT NULL,
  `billingunit` char(2) DEFAULT NULL,
  PRIMARY KEY (`billing_dt_no`),
  KEY `billingno` (`billing_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `billingservice` (
  `billingservice_no` int(10) NOT NULL AUTO_INCREMENT,
  `service_compositecode` varchar(30) DEFAULT NULL,
  `service_code` varchar(10) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `value` varchar(8) DEFAULT NULL,
  `percentage` varchar(8) DEFAULT NULL,
  `billingservice_date` date DEFAULT NULL,
  `specialty` varchar(15) DEFAULT NULL,
  `region` varchar(5) DEFAULT NULL,
  `anaesthesia` char(2) DEFAULT NULL,
  `termination_date` date DEFAULT '9999-12-31',
  `displaystyle` int(10) DEFAULT NULL,
  `sliFlag` tinyint(1) NOT NULL DEFAULT 0,
  `gstFlag` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`billingservice_no`),
  KEY `billingservice_service_code_index` (`service_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `prescription` (
  `script_no` int(10) NOT NULL AUTO_INCREMENT,
  `provider_no` varchar(6) DEFAULT NULL,
  `demographic_no` int(10) DEFAULT NULL,
  `date_prescribed` date DEFAULT NULL,
  `date_printed` date DEFAULT NULL,
  `dates_reprinted` text DEFAULT NULL,
  `textView` text DEFAULT NULL,
  `rx_comments` text DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  PRIMARY KEY (`script_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `drugs` (
  `drugid` int(10) NOT NULL AUTO_INCREMENT,
  `provider_no` varchar(6) NOT NULL DEFAULT '',
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `rx_date` date NOT NULL DEFAULT '0001-01-01',
  `end_date` date NOT NULL DEFAULT '0001-01-01',
  `written_date` date DEFAULT '0001-01-01',
  `pickup_datetime` datetime DEFAULT NULL,
  `BN` varchar(255) DEFAULT '',
  `GCN_SEQNO` decimal(10,0) NOT NULL DEFAULT 0,
  `customName` varchar(60) DEFAULT NULL,
  `takemin` float DEFAULT NULL,
  `takemax` float DEFAULT NULL,
  `freqcode` varchar(6) DEFAULT NULL,
  `duration` varchar(4) DEFAULT NULL,
  `durunit` char(1) DEFAULT NULL,
  `quantity` varchar(20) DEFAULT NULL,
  `repeat` tinyint(4) DEFAULT NULL,
  `last_refill_date` date DEFAULT NULL,
  `nosubs` tinyint(1) NOT NULL DEFAULT 0,
  `prn` tinyint(1) NOT NULL DEFAULT 0,
  `special` text DEFAULT NULL,
  `special_instruction` text DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `GN` varchar(255) DEFAULT NULL,
  `ATC` varchar(20) DEFAULT NULL,
  `script_no` int(10) DEFAULT NULL,
  `regional_identifier` varchar(100) DEFAULT NULL,
  `unit` varchar(5) DEFAULT 'tab',
  `method` varchar(5) DEFAULT 'Take',
  `route` varchar(50) DEFAULT 'PO',
  `drug_form` varchar(50) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `dosage` text DEFAULT NULL,
  `custom_instructions` tinyint(1) DEFAULT 0,
  `unitName` varchar(10) DEFAULT NULL,
  `custom_note` tinyint(1) DEFAULT NULL,
  `long_term` tinyint(1) DEFAULT NULL,
  `short_term` tinyint(1) DEFAULT NULL,
  `non_authoritative` tinyint(1) DEFAULT NULL,
  `past_med` tinyint(1) DEFAULT NULL,
  `patient_compliance` tinyint(1) DEFAULT NULL,
  `outside_provider_name` varchar(100) DEFAULT NULL,
  `outside_provider_ohip` varchar(20) DEFAULT NULL,
  `archived_reason` varchar(100) DEFAULT '',
  `archived_date` datetime DEFAULT NULL,
  `hide_from_drug_profile` tinyint(1) DEFAULT 0,
  `eTreatmentType` varchar(20) DEFAULT NULL,
  `rxStatus` varchar(20) DEFAULT NULL,
  `dispense_interval` varchar(100) DEFAULT NULL,
  `refill_duration` int(10) DEFAULT NULL,
  `refill_quantity` int(10) DEFAULT NULL,
  `hide_cpp` tinyint(1) DEFAULT NULL,
  `position` int(10) NOT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `start_date_unknown` tinyint(1) DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `dispenseInternal` tinyint(1) NOT NULL,
  `protocol` varchar(255) DEFAULT NULL,
  `priorRxProtocol` varchar(255) DEFAULT NULL,
  `pharmacyId` int(11) DEFAULT NULL,
  PRIMARY KEY (`drugid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `allergies` (
  `allergyid` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `entry_date` date DEFAULT NULL,
  `DESCRIPTION` varchar(50) NOT NULL DEFAULT '',
  `HICL_SEQNO` int(6) DEFAULT NULL,
  `HIC_SEQNO` int(6) DEFAULT NULL,
  `AGCSP` int(6) DEFAULT NULL,
  `AGCCS` int(6) DEFAULT NULL,
  `TYPECODE` tinyint(4) NOT NULL DEFAULT 0,
  `reaction` text DEFAULT NULL,
  `drugref_id` varchar(100) DEFAULT NULL,
  `archived` char(1) DEFAULT '0',
  `start_date` date DEFAULT NULL,
  `age_of_onset` char(4) DEFAULT '0',
  `severity_of_reaction` char(1) DEFAULT '0',
  `onset_of_reaction` char(1) DEFAULT '0',
  `regional_identifier` varchar(100) DEFAULT NULL,
  `life_stage` char(1) DEFAULT NULL,
  `position` int(10) NOT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `providerNo` varchar(6) DEFAULT NULL,
  `nonDrug` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`allergyid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `measurements` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `demographicNo` int(10) NOT NULL DEFAULT 0,
  `providerNo` varchar(6) NOT NULL DEFAULT '',
  `dataField` varchar(255) NOT NULL,
  `measuringInstruction` varchar(255) NOT NULL,
  `comments` varchar(255) DEFAULT NULL,
  `dateObserved` datetime DEFAULT NULL,
  `dateEntered` datetime NOT NULL,
  `appointmentNo` int(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `type` (`type`),
  KEY `measuringInstruction` (`measuringInstruction`),
  KEY `demographicNo` (`demographicNo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `measurementsExt` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `measurement_id` int(10) NOT NULL,
  `keyval` varchar(20) NOT NULL,
  `val` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `measurement_id` (`measurement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `measurementType` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `typeDisplayName` varchar(255) NOT NULL,
  `typeDescription` varchar(255) NOT NULL,
  `measuringInstruction` varchar(255) NOT NULL,
  `validation` varchar(100) NOT NULL,
  `createDate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `id` (`id`),
  KEY `type` (`type`),
  KEY `measuringInstruction` (`measuringInstruction`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `casemgmt_note` (
  `note_id` int(10) NOT NULL AUTO_INCREMENT,
  `update_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `observation_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `provider_no` varchar(20) NOT NULL DEFAULT '',
  `note` mediumtext NOT NULL,
  `signed` tinyint(1) NOT NULL DEFAULT 0,
  `include_issue_innote` tinyint(1) NOT NULL DEFAULT 0,
  `signing_provider_no` varchar(20) NOT NULL DEFAULT '',
  `encounter_type` varchar(100) NOT NULL DEFAULT '',
  `billing_code` varchar(100) NOT NULL DEFAULT '',
  `program_no` varchar(20) NOT NULL DEFAULT '',
  `reporter_caisi_role` varchar(20) NOT NULL DEFAULT '',
  `reporter_program_team` varchar(20) NOT NULL DEFAULT '',
  `history` mediumtext NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `locked` char(1) DEFAULT NULL,
  `archived` tinyint(1) DEFAULT 0,
  `position` int(10) DEFAULT 0,
  `uuid` char(36) DEFAULT NULL,
  `appointmentNo` int(10) DEFAULT NULL,
  `hourOfEncounterTime` int(11) DEFAULT NULL,
  `minuteOfEncounterTime` int(11) DEFAULT NULL,
  `hourOfEncTransportationTime` int(11) DEFAULT NULL,
  `minuteOfEncTransportationTime` int(11) DEFAULT NULL,
  PRIMARY KEY (`note_id`),
  KEY `FKA8D537806CCA0FC` (`provider_no`),
  KEY `demographic_no` (`demographic_no`),
  KEY `uuid` (`uuid`),
  KEY `program_no` (`program_no`),
  KEY `observation_date` (`observation_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `casemgmt_note_ext` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `note_id` int(10) NOT NULL,
  `key_val` varchar(64) NOT NULL,
  `value` text DEFAULT NULL,
  `date_value` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `casemgmt_issue` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(11) NOT NULL,
  `issue_id` int(10) NOT NULL DEFAULT 0,
  `acute` tinyint(1) NOT NULL DEFAULT 0,
  `certain` tinyint(1) NOT NULL DEFAULT 0,
  `major` tinyint(1) NOT NULL DEFAULT 0,
  `resolved` tinyint(1) NOT NULL DEFAULT 0,
  `program_id` int(11) DEFAULT NULL,
  `type` varchar(100) NOT NULL DEFAULT '',
  `update_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK718D130B49CFB32F` (`issue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `casemgmt_note_link` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `table_name` int(6) NOT NULL,
  `table_id` int(10) NOT NULL,
  `note_id` int(10) NOT NULL,
  `other_id` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `issue` (
  `issue_id` int(10) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `description` varchar(255) NOT NULL,
  `role` varchar(100) NOT NULL,
  `update_date` datetime NOT NULL,
  `priority` char(10) DEFAULT NULL,
  `type` varchar(32) DEFAULT NULL,
  `sortOrderId` int(11) NOT NULL,
  PRIMARY KEY (`issue_id`),
  KEY `description_index` (`description`(20)),
  KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `dxresearch` (
  `dxresearch_no` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) DEFAULT 0,
  `start_date` date DEFAULT '0001-01-01',
  `update_date` datetime NOT NULL,
  `status` char(1) DEFAULT 'A',
  `dxresearch_code` varchar(10) DEFAULT '',
  `coding_system` varchar(20) DEFAULT NULL,
  `association` tinyint(1) NOT NULL DEFAULT 0,
  `providerNo` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`dxresearch_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `preventions` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `creation_date` datetime DEFAULT NULL,
  `prevention_date` datetime DEFAULT NULL,
  `provider_no` varchar(6) NOT NULL DEFAULT '',
  `provider_name` varchar(255) DEFAULT NULL,
  `prevention_type` varchar(255) DEFAULT NULL,
  `deleted` char(1) DEFAULT '0',
  `refused` char(1) DEFAULT '0',
  `next_date` date DEFAULT NULL,
  `never` char(1) DEFAULT '0',
  `creator` int(10) DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `snomedId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `preventions_demographic_no` (`demographic_no`),
  KEY `preventions_provider_no` (`provider_no`),
  KEY `preventions_prevention_type` (`prevention_type`(10)),
  KEY `preventions_refused` (`refused`),
  KEY `preventions_deleted` (`deleted`),
  KEY `preventions_never` (`never`),
  KEY `preventions_creation_date` (`creation_date`),
  KEY `preventions_next_date` (`next_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `preventionsExt` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `prevention_id` int(10) DEFAULT NULL,
  `keyval` varchar(20) DEFAULT NULL,
  `val` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `preventionsExt_prevention_id` (`prevention_id`),
  KEY `preventionsExt_keyval` (`keyval`(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `tickler` (
  `tickler_no` int(10) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) DEFAULT 0,
  `program_id` int(11) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `status` char(1) DEFAULT NULL,
  `update_date` datetime DEFAULT '0001-01-01 00:00:00',
  `service_date` datetime DEFAULT NULL,
  `creator` varchar(6) DEFAULT NULL,
  `priority` varchar(6) DEFAULT 'Normal',
  `task_assigned_to` varchar(255) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`tickler_no`),
  KEY `statusIndex` (`status`),
  KEY `demo_status_date_Index` (`demographic_no`,`status`,`service_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `messagetbl` (
  `messageid` mediumint(9) NOT NULL AUTO_INCREMENT,
  `thedate` date DEFAULT NULL,
  `theime` time DEFAULT NULL,
  `themessage` text DEFAULT NULL,
  `thesubject` varchar(128) DEFAULT NULL,
  `sentby` varchar(62) DEFAULT NULL,
  `sentto` text DEFAULT NULL,
  `sentbyNo` varchar(6) DEFAULT NULL,
  `sentByLocation` int(10) DEFAULT NULL,
  `attachment` text DEFAULT NULL,
  `pdfattachment` blob DEFAULT NULL,
  `actionstatus` char(2) DEFAULT NULL,
  `type` int(10) DEFAULT NULL,
  `type_link` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`messageid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `messagelisttbl` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `message` mediumint(9) DEFAULT NULL,
  `provider_no` varchar(6) DEFAULT NULL,
  `status` varchar(10) DEFAULT NULL,
  `remoteLocation` int(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `message` (`message`),
  KEY `provider_no` (`provider_no`),
  KEY `status` (`status`),
  KEY `remoteLocation` (`remoteLocation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `dateTime` datetime NOT NULL,
  `provider_no` varchar(10) DEFAULT NULL,
  `action` varchar(100) DEFAULT NULL,
  `content` varchar(80) DEFAULT NULL,
  `contentId` varchar(80) DEFAULT NULL,
  `ip` varchar(64) DEFAULT NULL,
  `demographic_no` int(10) DEFAULT NULL,
  `data` text DEFAULT NULL,
  `securityId` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `datetime` (`dateTime`,`provider_no`),
  KEY `action` (`action`),
  KEY `content` (`content`),
  KEY `contentId` (`contentId`),
  KEY `demographic_no` (`demographic_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `document` (
  `document_no` int(20) NOT NULL AUTO_INCREMENT,
  `doctype` varchar(60) DEFAULT NULL,
  `docClass` varchar(60) DEFAULT NULL,
  `docSubClass` varchar(60) DEFAULT NULL,
  `docdesc` varchar(255) NOT NULL DEFAULT '',
  `docxml` text DEFAULT NULL,
  `docfilename` varchar(255) NOT NULL DEFAULT '',
  `doccreator` varchar(30) NOT NULL DEFAULT '',
  `responsible` varchar(30) NOT NULL DEFAULT '',
  `source` varchar(60) DEFAULT NULL,
  `sourceFacility` varchar(120) DEFAULT NULL,
  `program_id` int(11) DEFAULT NULL,
  `updatedatetime` datetime DEFAULT NULL,
  `status` char(1) NOT NULL DEFAULT '',
  `contenttype` varchar(255) NOT NULL DEFAULT '',
  `contentdatetime` datetime DEFAULT NULL,
  `public1` int(1) NOT NULL DEFAULT 0,
  `observationdate` date DEFAULT NULL,
  `reviewer` varchar(30) DEFAULT '',
  `reviewdatetime` datetime DEFAULT NULL,
  `number_of_pages` int(6) DEFAULT NULL,
  `appointment_no` int(11) DEFAULT NULL,
  `restrictToProgram` tinyint(1) NOT NULL,
  `receivedDate` date DEFAULT NULL,
  `abnormal` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`document_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `consultationRequests` (
  `referalDate` date DEFAULT NULL,
  `serviceId` int(10) DEFAULT NULL,
  `specId` int(10) DEFAULT NULL,
  `appointmentDate` date DEFAULT NULL,
  `appointmentTime` time DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `clinicalInfo` text DEFAULT NULL,
  `currentMeds` text DEFAULT NULL,
  `allergies` text DEFAULT NULL,
  `providerNo` varchar(6) DEFAULT NULL,
  `demographicNo` int(10) DEFAULT NULL,
  `status` char(2) DEFAULT NULL,
  `statusText` text DEFAULT NULL,
  `sendTo` varchar(20) DEFAULT NULL,
  `requestId` int(10) NOT NULL AUTO_INCREMENT,
  `concurrentProblems` text DEFAULT NULL,
  `urgency` char(2) DEFAULT NULL,
  `appointmentInstructions` varchar(256) DEFAULT NULL,
  `patientWillBook` tinyint(1) DEFAULT NULL,
  `followUpDate` date DEFAULT NULL,
  `site_name` varchar(255) DEFAULT NULL,
  `signature_img` varchar(20) DEFAULT NULL,
  `letterheadName` varchar(255) DEFAULT NULL,
  `letterheadAddress` text DEFAULT NULL,
  `letterheadPhone` varchar(50) DEFAULT NULL,
  `letterheadFax` varchar(50) DEFAULT NULL,
  `lastUpdateDate` datetime NOT NULL,
  `fdid` int(10) DEFAULT NULL,
  `source` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`requestId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `professionalSpecialists` (
  `specId` int(10) NOT NULL AUTO_INCREMENT,
  `fName` varchar(32) DEFAULT NULL,
  `lName` varchar(32) DEFAULT NULL,
  `proLetters` varchar(20) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `fax` varchar(30) DEFAULT NULL,
  `website` varchar(128) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `specType` varchar(128) DEFAULT NULL,
  `eDataUrl` varchar(255) DEFAULT NULL,
  `eDataOscarKey` varchar(1024) DEFAULT NULL,
  `eDataServiceKey` varchar(1024) DEFAULT NULL,
  `eDataServiceName` varchar(255) DEFAULT NULL,
  `lastUpdated` datetime NOT NULL,
  `annotation` text DEFAULT NULL,
  `referralNo` varchar(6) DEFAULT NULL,
  `institutionId` int(10) NOT NULL,
  `departmentId` int(10) NOT NULL,
  `privatePhoneNumber` varchar(30) DEFAULT NULL,
  `cellPhoneNumber` varchar(30) DEFAULT NULL,
  `pagerNumber` varchar(30) DEFAULT NULL,
  `salutation` varchar(10) DEFAULT NULL,
  `hideFromView` tinyint(1) DEFAULT NULL,
  `eformId` int(10) DEFAULT NULL,
  PRIMARY KEY (`specId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `relationships` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `facility_id` int(11) DEFAULT NULL,
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `relation_demographic_no` int(10) NOT NULL DEFAULT 0,
  `relation` varchar(20) DEFAULT NULL,
  `creation_date` datetime DEFAULT NULL,
  `creator` varchar(6) NOT NULL DEFAULT '',
  `sub_decision_maker` char(1) DEFAULT '0',
  `emergency_contact` char(1) DEFAULT '0',
  `notes` text DEFAULT NULL,
  `deleted` char(1) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `waitingList` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `listID` int(11) DEFAULT NULL,
  `demographic_no` int(10) NOT NULL DEFAULT 0,
  `note` varchar(255) DEFAULT NULL,
  `position` bigint(20) NOT NULL DEFAULT 0,
  `onListSince` datetime NOT NULL,
  `is_history` char(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `listID` (`listID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `other_id` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_name` int(11) NOT NULL,
  `table_id` varchar(30) NOT NULL,
  `other_key` varchar(30) NOT NULL,
  `other_id` varchar(30) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `Consent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `demographic_no` int(10) DEFAULT NULL,
  `consent_type_id` int(10) DEFAULT NULL,
  `explicit` tinyint(1) DEFAULT NULL,
  `optout` tinyint(1) DEFAULT NULL,
  `last_entered_by` varchar(10) DEFAULT NULL,
  `consent_date` datetime DEFAULT NULL,
  `optout_date` datetime DEFAULT NULL,
  `edit_date` datetime DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `consentType` (
  `id` int(15) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `providerNo` varchar(6) DEFAULT NULL,
  `remoteEnabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `clinic` (
  `clinic_no` int(10) NOT NULL AUTO_INCREMENT,
  `clinic_name` varchar(100) DEFAULT NULL,
  `clinic_address` varchar(60) DEFAULT '',
  `clinic_city` varchar(40) DEFAULT '',
  `clinic_postal` varchar(15) DEFAULT '',
  `clinic_phone` varchar(50) DEFAULT NULL,
  `clinic_fax` varchar(20) DEFAULT '',
  `clinic_location_code` varchar(10) DEFAULT NULL,
  `status` char(1) DEFAULT NULL,
  `clinic_province` varchar(40) DEFAULT NULL,
  `clinic_delim_phone` text DEFAULT NULL,
  `clinic_delim_fax` text DEFAULT NULL,
  PRIMARY KEY (`clinic_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `site` (
  `site_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `short_name` varchar(10) NOT NULL DEFAULT '',
  `phone` varchar(50) DEFAULT '',
  `fax` varchar(50) DEFAULT '',
  `bg_color` varchar(20) NOT NULL DEFAULT '',
  `address` varchar(255) DEFAULT '',
  `city` varchar(25) DEFAULT '',
  `province` varchar(25) DEFAULT '',
  `postal` varchar(10) DEFAULT '',
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `providerId_from` int(11) DEFAULT NULL,
  `providerId_to` int(11) DEFAULT NULL,
  `siteLogoId` int(11) DEFAULT NULL,
  `siteUrl` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`site_id`),
  UNIQUE KEY `unique_name` (`name`),
  UNIQUE KEY `unique_shortname` (`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `secRole` (
  `role_no` int(3) NOT NULL AUTO_INCREMENT,
  `role_name` varchar(60) NOT NULL DEFAULT '',
  `description` varchar(60) DEFAULT NULL,
  PRIMARY KEY (`role_no`),
  UNIQUE KEY `role_name` (`role_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `property` (
  `name` varchar(255) NOT NULL DEFAULT '',
  `value` varchar(255) DEFAULT NULL,
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `provider_no` varchar(6) DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

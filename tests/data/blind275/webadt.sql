-- ADT — ARV Dispensing Tool ("web ADT"), NASCOP (Kenya's National AIDS & STI Control Programme), PHP / CodeIgniter on MySQL.
-- Upstream: github.com/NASCOP/ADT, commit 929ef6ae2b3cef23ac5d9142739472073520d6d9 (2019-10-03).
-- Made from upstream's own schema dump tools/backup_db/testadt_new_site.sql.zip (MySQL dump of a new site, 2019-01-11),
-- replayed into MariaDB 10.11 together with the 167 files of assets/migrations/*.sql in file-name order, each split on
-- the application's "//" delimiter and run one statement at a time as application/controllers/auto_management.php
-- run_migrations() does (statements that fail there fail here too), then read back with SHOW CREATE TABLE.
-- Views (v_patient_visits, vw_*, *_change_log views), stored procedures and data are left out; so are the lookup
-- tables sync_drug, sync_regimen, sync_regimen_category, pv_countries, pv_counties, pv_doses, pv_frequencies, pv_routes,
-- dhis_category and faq. Column names and order are upstream's; foreign keys referencing a table defined later are
-- added with ALTER TABLE at the end of the file.

CREATE TABLE `access_level` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `level_name` varchar(50) NOT NULL,
  `description` text NOT NULL,
  `indicator` varchar(100) NOT NULL,
  `active` int(2) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `access_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `machine_code` varchar(150) NOT NULL,
  `user_id` varchar(150) NOT NULL,
  `access_level` int(5) NOT NULL,
  `start_time` varchar(50) NOT NULL,
  `end_time` varchar(50) NOT NULL,
  `facility_code` varchar(150) NOT NULL,
  `access_type` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `access_type` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `type_name` varchar(10) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `adr_form` (
  `id` int(11) NOT NULL,
  `report_title` varchar(50) DEFAULT NULL,
  `report_type` varchar(50) DEFAULT NULL,
  `county` int(11) DEFAULT NULL,
  `sub_county` int(11) DEFAULT NULL,
  `age_group` varchar(50) DEFAULT NULL,
  `date_of_onset_of_reaction` varchar(50) DEFAULT NULL,
  `institution_name` varchar(50) DEFAULT NULL,
  `institution_code` int(11) DEFAULT NULL,
  `address` varchar(50) DEFAULT NULL,
  `contact` varchar(50) DEFAULT NULL,
  `patient_name` varchar(100) DEFAULT NULL,
  `ip_no` varchar(50) NOT NULL,
  `dob` date DEFAULT NULL,
  `patient_address` varchar(50) DEFAULT NULL,
  `ward_clinic` varchar(50) DEFAULT NULL,
  `gender` varchar(10) DEFAULT NULL,
  `is_alergy` tinyint(4) DEFAULT NULL,
  `alergy_desc` varchar(50) DEFAULT NULL,
  `is_pregnant` tinyint(4) DEFAULT NULL,
  `weight` varchar(5) DEFAULT NULL,
  `height` varchar(5) DEFAULT NULL,
  `diagnosis` varchar(100) DEFAULT NULL,
  `reaction_description` text DEFAULT NULL,
  `severity` varchar(30) DEFAULT NULL,
  `action_taken` varchar(30) DEFAULT NULL,
  `outcome` varchar(30) DEFAULT NULL,
  `reaction_casualty` int(11) DEFAULT NULL,
  `other_comment` text DEFAULT NULL,
  `reporting_officer` varchar(3) DEFAULT NULL,
  `reporting_date` varchar(10) DEFAULT NULL,
  `email_address` varchar(100) DEFAULT NULL,
  `office_phone` varchar(20) DEFAULT NULL,
  `designation` varchar(20) DEFAULT NULL,
  `signature` varchar(50) DEFAULT NULL,
  `datecreated` datetime DEFAULT NULL,
  `synch` int(11) DEFAULT 0,
  `ppid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adr_form_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `adr_id` bigint(20) NOT NULL,
  `brand` int(11) DEFAULT NULL,
  `dose_id` int(11) DEFAULT NULL,
  `route` int(11) DEFAULT NULL,
  `frequency` int(11) DEFAULT NULL,
  `drug` int(11) NOT NULL,
  `dose` varchar(20) NOT NULL,
  `route_freq` varchar(20) NOT NULL,
  `date_started` date NOT NULL,
  `date_stopped` date NOT NULL,
  `indication` int(11) NOT NULL,
  `suspecteddrug` varchar(10) NOT NULL,
  `visitid` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `config` varchar(50) NOT NULL,
  `value` varchar(100) NOT NULL,
  `type` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_drug_matching` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `generic_name` varchar(200) NOT NULL,
  `abbreviation` varchar(10) NOT NULL,
  `strength` varchar(50) NOT NULL,
  `formulation` int(30) NOT NULL,
  `drug_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `api_patient_matching` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `internal_id` varchar(200) NOT NULL,
  `external_id` varchar(200) NOT NULL,
  `identifier_type` char(200) NOT NULL,
  `assigning_authority` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `external_id` (`external_id`,`assigning_authority`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `brand` (
  `id` int(15) NOT NULL AUTO_INCREMENT,
  `drug_id` text NOT NULL,
  `brand` text NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ccc_store_service_point` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `active` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `cdrr` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `status` varchar(20) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `code` varchar(15) DEFAULT NULL,
  `period_begin` date DEFAULT NULL,
  `period_end` date DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `reports_expected` int(11) DEFAULT NULL,
  `reports_actual` int(11) DEFAULT NULL,
  `services` varchar(255) DEFAULT NULL,
  `sponsors` varchar(255) DEFAULT NULL,
  `non_arv` int(11) NOT NULL,
  `delivery_note` varchar(255) DEFAULT NULL,
  `order_id` int(11) DEFAULT NULL,
  `facility_id` int(11) unsigned NOT NULL,
  `issynched` varchar(5) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdrr_item` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `balance` int(11) DEFAULT NULL,
  `received` int(11) DEFAULT NULL,
  `dispensed_units` int(11) DEFAULT NULL,
  `dispensed_packs` int(11) DEFAULT NULL,
  `losses` int(11) DEFAULT NULL,
  `adjustments` int(11) DEFAULT NULL,
  `adjustments_neg` int(11) DEFAULT NULL,
  `count` int(11) DEFAULT NULL,
  `expiry_quant` int(11) DEFAULT NULL,
  `expiry_date` date DEFAULT NULL,
  `out_of_stock` int(11) DEFAULT NULL,
  `resupply` int(11) DEFAULT NULL,
  `aggr_consumed` int(11) DEFAULT NULL,
  `aggr_on_hand` int(11) DEFAULT NULL,
  `publish` tinyint(1) NOT NULL DEFAULT 0,
  `cdrr_id` int(11) unsigned NOT NULL,
  `drug_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cdrr_id_drug_id` (`cdrr_id`,`drug_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdrr_log` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `cdrr_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `change_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient` varchar(20) NOT NULL,
  `facility` int(32) NOT NULL,
  `change_type` varchar(20) NOT NULL,
  `old_value` varchar(50) NOT NULL,
  `new_value` varchar(50) NOT NULL,
  `change_purpose` varchar(50) NOT NULL,
  `change_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `patient` (`patient`),
  KEY `facility` (`facility`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clinic_appointment` (
  `id` int(20) NOT NULL AUTO_INCREMENT,
  `patient` varchar(20) NOT NULL,
  `appointment` varchar(32) NOT NULL,
  `facility` varchar(10) NOT NULL,
  `machine_code` varchar(10) NOT NULL DEFAULT '0',
  `differentiated_care` tinyint(4) NOT NULL DEFAULT 0,
  `merge` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `counties` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `county` varchar(30) NOT NULL,
  `active` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dcm_change_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient` int(11) NOT NULL,
  `status` int(11) DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `exit_reason` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `patient` (`patient`),
  KEY `exit_reason` (`exit_reason`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dcm_exit_reason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `denied_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_address` text NOT NULL,
  `location` varchar(150) NOT NULL,
  `user_id` varchar(150) NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dependants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent` varchar(30) DEFAULT NULL,
  `child` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dhis_elements` (
  `dhis_code` varchar(50) NOT NULL,
  `dhis_name` varchar(150) NOT NULL,
  `dhis_report` varchar(20) NOT NULL,
  `target_report` varchar(20) NOT NULL,
  `target_name` varchar(100) NOT NULL,
  `target_category` varchar(10) NOT NULL,
  `target_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `district` (
  `id` int(14) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `ID` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dose` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `Name` varchar(10) DEFAULT NULL,
  `value` float DEFAULT NULL,
  `frequency` varchar(1) DEFAULT NULL,
  `Active` int(11) NOT NULL DEFAULT 1,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `dose_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dossing_chart` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `min_weight` float NOT NULL,
  `max_weight` float NOT NULL,
  `dose_id` int(11) NOT NULL,
  `is_active` tinyint(4) NOT NULL DEFAULT 1,
  `drug_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drugcode` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `drug` varchar(100) NOT NULL,
  `unit` int(11) DEFAULT NULL,
  `pack_size` varchar(10) NOT NULL,
  `safety_quantity` varchar(4) NOT NULL,
  `generic_name` int(11) DEFAULT NULL,
  `supported_by` varchar(30) NOT NULL,
  `classification` int(11) DEFAULT NULL,
  `none_arv` varchar(1) NOT NULL,
  `tb_drug` varchar(1) NOT NULL,
  `drug_in_use` varchar(1) NOT NULL,
  `comment` varchar(100) NOT NULL,
  `dose` varchar(20) NOT NULL,
  `duration` varchar(4) NOT NULL,
  `quantity` varchar(4) NOT NULL,
  `source` varchar(10) NOT NULL DEFAULT '0',
  `type` varchar(1) NOT NULL DEFAULT '0',
  `supplied` varchar(1) NOT NULL DEFAULT '0',
  `enabled` int(11) NOT NULL DEFAULT 1,
  `strength` varchar(20) NOT NULL,
  `merged_to` varchar(50) NOT NULL,
  `map` int(11) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  `instructions` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drugcode_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_classification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_cons_balance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `drug_id` int(11) NOT NULL,
  `stock_type` int(11) NOT NULL,
  `period` varchar(15) NOT NULL COMMENT 'conside only month and year, day is only for formating purposes',
  `amount` int(11) NOT NULL,
  `facility` varchar(30) NOT NULL,
  `last_update` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  UNIQUE KEY `drug_id` (`drug_id`,`stock_type`,`period`),
  KEY `period` (`period`),
  KEY `drug_id_2` (`drug_id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drug_cons_balance_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_destination` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` int(11) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drug_destination_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_instructions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_prescription` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `patient` varchar(20) NOT NULL,
  `order_number` bigint(20) NOT NULL,
  `order_status` varchar(30) NOT NULL,
  `order_physician` varchar(100) NOT NULL,
  `notes` varchar(200) DEFAULT NULL,
  `timecreated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_prescription_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `drug_prescriptionid` bigint(20) NOT NULL,
  `drug_name` varchar(200) NOT NULL,
  `coding_system` varchar(200) NOT NULL,
  `strength` varchar(20) DEFAULT NULL,
  `dosage` varchar(50) DEFAULT NULL,
  `frequency` varchar(100) DEFAULT NULL,
  `duration` varchar(100) DEFAULT NULL,
  `quantity_prescribed` int(11) DEFAULT NULL,
  `prescription_notes` varchar(300) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_prescription_details_visit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `drug_prescription_details_id` int(11) NOT NULL,
  `visit_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_prophylaxis` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_source` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` int(11) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drug_source_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_stock_balance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `drug_id` varchar(255) NOT NULL,
  `batch_number` varchar(50) NOT NULL,
  `expiry_date` varchar(100) NOT NULL,
  `stock_type` int(4) NOT NULL,
  `facility_code` varchar(50) NOT NULL,
  `balance` int(11) NOT NULL DEFAULT 0 COMMENT 'Keeps balance of commodity',
  `last_update` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  UNIQUE KEY `drug_id` (`drug_id`,`batch_number`,`expiry_date`,`stock_type`,`facility_code`),
  UNIQUE KEY `drug_id_2` (`drug_id`,`batch_number`,`expiry_date`,`stock_type`,`facility_code`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drug_stock_balance_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_stock_movement` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `drug` varchar(200) NOT NULL,
  `transaction_date` varchar(10) NOT NULL,
  `batch_number` varchar(100) NOT NULL,
  `transaction_type` varchar(200) NOT NULL,
  `source` varchar(10) NOT NULL,
  `destination` varchar(10) NOT NULL,
  `Source_Destination` varchar(50) DEFAULT NULL,
  `expiry_date` varchar(10) NOT NULL,
  `packs` varchar(10) NOT NULL,
  `quantity` varchar(10) NOT NULL,
  `quantity_out` varchar(10) NOT NULL DEFAULT '0',
  `balance` double NOT NULL DEFAULT 0,
  `unit_cost` varchar(10) NOT NULL,
  `amount` varchar(10) NOT NULL,
  `remarks` text NOT NULL,
  `operator` varchar(50) NOT NULL,
  `order_number` varchar(50) NOT NULL,
  `facility` varchar(10) NOT NULL,
  `machine_code` varchar(10) NOT NULL,
  `merged_from` varchar(50) NOT NULL,
  `timestamp` varchar(50) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  KEY `Source_Destination` (`Source_Destination`),
  KEY `Source_Destination_2` (`Source_Destination`),
  KEY `Source_Destination_3` (`Source_Destination`),
  CONSTRAINT `drug_stock_movement_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_unit` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `Name` varchar(20) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  `Active` varchar(2) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`Name`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `drug_unit_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `facilities` (
  `id` int(32) NOT NULL AUTO_INCREMENT,
  `facilitycode` varchar(10) NOT NULL,
  `name` varchar(100) NOT NULL,
  `facilitytype` int(32) NOT NULL,
  `district` int(32) NOT NULL,
  `county` int(11) NOT NULL,
  `flag` int(1) NOT NULL DEFAULT 1,
  `email` varchar(50) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `adult_age` int(11) NOT NULL,
  `weekday_max` varchar(10) NOT NULL,
  `weekend_max` varchar(10) NOT NULL,
  `supported_by` int(11) NOT NULL,
  `service_art` int(11) NOT NULL DEFAULT 0,
  `service_pmtct` int(11) NOT NULL DEFAULT 0,
  `service_pep` int(11) NOT NULL DEFAULT 0,
  `service_prep` int(11) NOT NULL DEFAULT 0,
  `service_hep` int(11) NOT NULL DEFAULT 0,
  `supplied_by` int(11) NOT NULL,
  `parent` varchar(10) NOT NULL,
  `map` int(11) NOT NULL,
  `facility_dhis` tinyint(1) NOT NULL DEFAULT 0,
  `pill_count` tinyint(1) NOT NULL DEFAULT 1,
  `medical_number` tinyint(1) NOT NULL DEFAULT 0,
  `autobackup` tinyint(1) NOT NULL DEFAULT 0,
  `lost_to_follow_up` int(11) DEFAULT 90,
  PRIMARY KEY (`id`),
  KEY `facilitycode` (`facilitycode`,`district`),
  KEY `facilitytype` (`facilitytype`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `facility_types` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `family_planning` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `indicator` varchar(20) NOT NULL,
  `active` int(10) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gender` (
  `id` int(11) NOT NULL,
  `name` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `generic_name` (
  `id` int(15) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `generic_name_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `git_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hash_value` varchar(255) NOT NULL,
  `update_time` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `maps` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `status` varchar(10) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `code` varchar(15) NOT NULL,
  `period_begin` date NOT NULL,
  `period_end` date NOT NULL,
  `reports_expected` int(11) DEFAULT NULL,
  `reports_actual` int(11) DEFAULT NULL,
  `services` varchar(255) DEFAULT NULL,
  `sponsors` varchar(255) DEFAULT NULL,
  `art_adult` int(11) DEFAULT NULL COMMENT '\n		',
  `art_child` int(11) DEFAULT NULL,
  `new_male` int(11) DEFAULT NULL,
  `revisit_male` int(11) DEFAULT NULL,
  `new_female` int(11) DEFAULT NULL,
  `revisit_female` int(11) DEFAULT NULL,
  `new_pmtct` int(11) DEFAULT NULL,
  `revisit_pmtct` int(11) DEFAULT NULL,
  `total_infant` int(11) DEFAULT NULL,
  `pep_adult` int(11) DEFAULT NULL,
  `pep_child` int(11) DEFAULT NULL,
  `total_adult` int(11) DEFAULT NULL,
  `total_child` int(11) DEFAULT NULL,
  `diflucan_adult` int(11) DEFAULT NULL,
  `diflucan_child` int(11) DEFAULT NULL,
  `new_cm` int(11) DEFAULT NULL,
  `revisit_cm` int(11) DEFAULT NULL,
  `new_oc` int(11) DEFAULT NULL,
  `revisit_oc` int(11) DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `report_id` int(11) DEFAULT NULL,
  `facility_id` int(11) unsigned NOT NULL,
  `issynched` varchar(5) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `maps_item` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `total` int(11) NOT NULL,
  `regimen_id` int(11) unsigned NOT NULL,
  `maps_id` int(11) unsigned NOT NULL,
  `issynched` varchar(5) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id`),
  UNIQUE KEY `maps_id_regimen_id` (`maps_id`,`regimen_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `maps_log` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `maps_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `menu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `menu_text` varchar(50) NOT NULL,
  `menu_url` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `offline` varchar(1) NOT NULL DEFAULT '0',
  `active` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `migration` varchar(100) NOT NULL,
  `run_time` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `migration_log` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `source` varchar(150) NOT NULL,
  `last_index` varchar(50) NOT NULL DEFAULT '0',
  `count` int(50) NOT NULL DEFAULT 0,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `non_adherence_reasons` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `active` varchar(10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `opportunistic_infection` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `indication` varchar(50) NOT NULL,
  `active` varchar(2) NOT NULL DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `opportunistic_infection_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `other_illnesses` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `indicator` varchar(20) NOT NULL,
  `active` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `password_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` varchar(150) NOT NULL,
  `password` varchar(150) NOT NULL,
  `date_changed` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `medical_record_number` varchar(100) NOT NULL,
  `patient_number_ccc` varchar(100) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `other_name` varchar(50) NOT NULL,
  `dob` varchar(32) NOT NULL,
  `pob` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `pregnant` varchar(2) NOT NULL,
  `breastfeeding` tinyint(2) NOT NULL DEFAULT 0,
  `weight` varchar(20) NOT NULL,
  `height` varchar(20) NOT NULL,
  `sa` varchar(20) NOT NULL,
  `bmi` varchar(20) DEFAULT NULL,
  `phone` varchar(30) NOT NULL,
  `physical` text NOT NULL,
  `alternate` varchar(50) NOT NULL,
  `other_illnesses` text NOT NULL,
  `other_drugs` text NOT NULL,
  `adr` text NOT NULL,
  `tb` varchar(10) NOT NULL,
  `smoke` varchar(10) NOT NULL,
  `alcohol` varchar(10) NOT NULL,
  `date_enrolled` varchar(32) NOT NULL,
  `source` varchar(50) NOT NULL,
  `supported_by` varchar(10) NOT NULL,
  `timestamp` varchar(32) NOT NULL,
  `facility_code` varchar(10) NOT NULL,
  `service` varchar(50) NOT NULL,
  `start_regimen` varchar(50) NOT NULL,
  `start_regimen_date` varchar(15) NOT NULL,
  `current_status` varchar(50) NOT NULL,
  `migration_id` varchar(10) NOT NULL,
  `machine_code` varchar(10) NOT NULL DEFAULT '0',
  `sms_consent` varchar(2) NOT NULL,
  `partner_status` varchar(2) NOT NULL,
  `fplan` text NOT NULL,
  `tbphase` varchar(2) NOT NULL,
  `startphase` varchar(15) NOT NULL,
  `endphase` varchar(15) NOT NULL,
  `disclosure` varchar(2) NOT NULL,
  `non_commun` varchar(20) NOT NULL,
  `status_change_date` varchar(20) NOT NULL,
  `partner_type` varchar(20) NOT NULL,
  `support_group` varchar(255) NOT NULL,
  `current_regimen` varchar(255) NOT NULL,
  `Start_Regimen_Merged_From` varchar(20) NOT NULL,
  `Current_Regimen_Merged_From` varchar(20) NOT NULL,
  `nextappointment` varchar(20) NOT NULL,
  `clinicalappointment` varchar(20) DEFAULT NULL,
  `differentiated_care` tinyint(1) DEFAULT 0,
  `adherence` varchar(10) DEFAULT NULL,
  `start_height` varchar(20) NOT NULL,
  `start_weight` varchar(20) NOT NULL,
  `start_bsa` varchar(20) NOT NULL,
  `start_bmi` varchar(20) DEFAULT NULL,
  `transfer_from` varchar(100) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  `drug_allergies` text NOT NULL,
  `tb_test` int(11) NOT NULL,
  `pep_reason` int(11) DEFAULT NULL,
  `who_stage` int(11) NOT NULL,
  `drug_prophylaxis` varchar(20) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  `isoniazid_start_date` varchar(20) DEFAULT NULL,
  `isoniazid_end_date` varchar(20) DEFAULT NULL,
  `tb_category` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `patient_ccc_index` (`patient_number_ccc`),
  KEY `facility_index` (`facility_code`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  KEY `date_enrolled` (`date_enrolled`),
  KEY `date_enrolled_2` (`date_enrolled`),
  KEY `date_enrolled_3` (`date_enrolled`),
  CONSTRAINT `patient_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_appointment` (
  `id` int(20) NOT NULL AUTO_INCREMENT,
  `patient` varchar(20) NOT NULL,
  `appointment` varchar(32) NOT NULL,
  `clinical_appointment` varchar(20) NOT NULL,
  `facility` varchar(10) NOT NULL,
  `machine_code` varchar(10) NOT NULL DEFAULT '0',
  `merge` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `patient_index` (`patient`),
  KEY `facility_index` (`facility`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_prep_test` (
  `patient_id` int(11) NOT NULL,
  `prep_reason_id` int(11) DEFAULT NULL,
  `is_tested` tinyint(1) NOT NULL DEFAULT 0,
  `test_date` date DEFAULT NULL,
  `test_result` tinyint(1) DEFAULT 0,
  KEY `patient_id` (`patient_id`),
  CONSTRAINT `patient_prep_test_ibfk_1` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_source` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `active` varchar(2) NOT NULL DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `patient_source_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_status` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL,
  `Active` varchar(2) DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `patient_status_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_viral_load` (
  `patient_ccc_number` varchar(30) DEFAULT NULL,
  `test_date` date DEFAULT NULL,
  `date_collected` date DEFAULT NULL,
  `result` varchar(30) DEFAULT NULL,
  `justification` text DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `test_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `patient_visit` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `patient_id` varchar(100) NOT NULL,
  `visit_purpose` varchar(50) NOT NULL,
  `current_height` varchar(10) NOT NULL,
  `current_weight` varchar(100) NOT NULL,
  `regimen` varchar(100) NOT NULL,
  `regimen_change_reason` varchar(100) NOT NULL,
  `drug_id` varchar(255) NOT NULL,
  `batch_number` varchar(255) NOT NULL,
  `brand` varchar(100) NOT NULL,
  `indication` varchar(10) NOT NULL,
  `pill_count` varchar(10) NOT NULL,
  `comment` text NOT NULL,
  `timestamp` varchar(32) NOT NULL,
  `user` varchar(10) NOT NULL,
  `facility` varchar(10) NOT NULL,
  `dose` varchar(20) NOT NULL,
  `differentiated_care` tinyint(1) NOT NULL,
  `dispensing_date` varchar(20) NOT NULL,
  `dispensing_date_timestamp` varchar(32) NOT NULL,
  `migration_id` varchar(10) NOT NULL,
  `quantity` varchar(100) NOT NULL,
  `machine_code` varchar(10) NOT NULL DEFAULT '0',
  `last_regimen` varchar(100) NOT NULL,
  `duration` varchar(10) NOT NULL,
  `months_of_stock` varchar(10) NOT NULL,
  `adherence` varchar(10) NOT NULL,
  `missed_pills` varchar(10) NOT NULL,
  `non_adherence_reason` varchar(255) NOT NULL,
  `merged_from` varchar(50) NOT NULL,
  `regimen_merged_from` varchar(20) NOT NULL,
  `last_regimen_merged_from` varchar(20) NOT NULL,
  `active` int(5) NOT NULL DEFAULT 1,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `patient_visit_index` (`patient_id`),
  KEY `facility_index` (`facility`),
  KEY `ccc_pharmacy` (`ccc_store_sp`),
  KEY `dispensing_date` (`dispensing_date`),
  KEY `dispensing_date_2` (`dispensing_date`),
  KEY `dispensing_date_3` (`dispensing_date`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pep_reason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pqmp` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `facility_name` text DEFAULT NULL,
  `district_name` text DEFAULT NULL,
  `province_name` text DEFAULT NULL,
  `facility_address` text DEFAULT NULL,
  `facility_phone` text DEFAULT NULL,
  `brand_name` text DEFAULT NULL,
  `generic_name` text DEFAULT NULL,
  `batch_no` text DEFAULT NULL,
  `manufacture_date` text DEFAULT NULL,
  `expiry_date` text DEFAULT NULL,
  `receipt_date` text DEFAULT NULL,
  `manufacturer_name` text DEFAULT NULL,
  `origin_county` text DEFAULT NULL,
  `supplier_name` text DEFAULT NULL,
  `supplier_address` text DEFAULT NULL,
  `formulation_oral` text DEFAULT NULL,
  `formulation_injection` text DEFAULT NULL,
  `formulation_diluent` text DEFAULT NULL,
  `formulation_powdersuspension` text DEFAULT NULL,
  `formulation_powderinjection` text DEFAULT NULL,
  `formulation_eyedrops` text DEFAULT NULL,
  `formulation_eardrops` text DEFAULT NULL,
  `formulation_nebuliser` text DEFAULT NULL,
  `formulation_cream` text DEFAULT NULL,
  `other_formulation` text DEFAULT NULL,
  `formulation_other` text DEFAULT NULL,
  `complaint_colour` text DEFAULT NULL,
  `complaint_separating` text DEFAULT NULL,
  `complaint_powdering` text DEFAULT NULL,
  `complaint_caking` text DEFAULT NULL,
  `complaint_moulding` text DEFAULT NULL,
  `complaint_change` text DEFAULT NULL,
  `complaint_mislabeilng` text DEFAULT NULL,
  `complaint_incomplete` text DEFAULT NULL,
  `other_complaint` text DEFAULT NULL,
  `complaint_other` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `comments` text NOT NULL,
  `product_refrigiration` text DEFAULT NULL,
  `product_availability` text DEFAULT NULL,
  `product_returned` text DEFAULT NULL,
  `product_storage` text DEFAULT NULL,
  `reporter_name` text DEFAULT NULL,
  `reporter_phone` text DEFAULT NULL,
  `reporter_title` text DEFAULT NULL,
  `reporter_signature` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pqms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `county_id` int(11) DEFAULT NULL,
  `sub_county_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `designation_id` int(11) DEFAULT NULL,
  `facility_name` varchar(100) DEFAULT NULL,
  `facility_code` varchar(100) DEFAULT NULL,
  `facility_address` varchar(100) DEFAULT NULL,
  `facility_phone` varchar(100) DEFAULT NULL,
  `brand_name` varchar(100) DEFAULT NULL,
  `generic_name` varchar(100) DEFAULT NULL,
  `batch_number` varchar(100) DEFAULT NULL,
  `manufacture_date` varchar(20) DEFAULT NULL,
  `expiry_date` date DEFAULT NULL,
  `receipt_date` date DEFAULT NULL,
  `name_of_manufacturer` varchar(100) DEFAULT NULL,
  `country_of_origin` varchar(100) DEFAULT NULL,
  `supplier_name` varchar(100) DEFAULT NULL,
  `supplier_address` varchar(100) DEFAULT NULL,
  `product_formulation` varchar(70) DEFAULT NULL,
  `product_formulation_specify` varchar(250) DEFAULT NULL,
  `colour_change` tinyint(1) DEFAULT NULL,
  `separating` tinyint(1) DEFAULT NULL,
  `powdering` tinyint(1) DEFAULT NULL,
  `caking` tinyint(1) DEFAULT NULL,
  `moulding` tinyint(1) DEFAULT NULL,
  `odour_change` tinyint(1) DEFAULT NULL,
  `mislabeling` tinyint(1) DEFAULT NULL,
  `incomplete_pack` tinyint(1) DEFAULT NULL,
  `complaint_other` tinyint(1) DEFAULT NULL,
  `complaint_other_specify` text DEFAULT NULL,
  `complaint_description` text DEFAULT NULL,
  `require_refrigeration` varchar(10) DEFAULT NULL,
  `product_at_facility` varchar(10) DEFAULT NULL,
  `returned_by_client` varchar(10) DEFAULT NULL,
  `stored_to_recommendations` varchar(10) DEFAULT NULL,
  `other_details` text DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `reporter_name` varchar(100) DEFAULT NULL,
  `reporter_email` varchar(100) DEFAULT NULL,
  `contact_number` varchar(100) DEFAULT NULL,
  `emails` tinyint(2) DEFAULT 0,
  `submitted` tinyint(2) DEFAULT 0,
  `active` tinyint(1) DEFAULT 1,
  `device` tinyint(2) DEFAULT 0,
  `notified` tinyint(2) DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `ppid` bigint(11) DEFAULT NULL,
  `synch` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prep_reason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `active` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pv_designations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_feedbacks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` char(50) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `sadr_id` int(11) DEFAULT NULL,
  `sadr_followup_id` int(11) DEFAULT NULL,
  `pqmp_id` int(11) DEFAULT NULL,
  `feedback` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pv_sub_counties` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `county_id` int(11) DEFAULT NULL,
  `sub_county_name` varchar(50) DEFAULT NULL,
  `county_name` varchar(50) DEFAULT NULL,
  `Province` varchar(50) DEFAULT NULL,
  `Pop_2009` varchar(50) DEFAULT NULL,
  `RegVoters` varchar(50) DEFAULT NULL,
  `AreaSqKms` varchar(50) DEFAULT NULL,
  `CAWards` varchar(50) DEFAULT NULL,
  `MainEthnicGroup` varchar(50) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regimen` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `regimen_code` varchar(20) NOT NULL,
  `regimen_desc` text NOT NULL,
  `category` int(11) DEFAULT NULL,
  `line` varchar(4) NOT NULL,
  `type_of_service` varchar(20) NOT NULL,
  `remarks` varchar(30) NOT NULL,
  `enabled` varchar(4) NOT NULL DEFAULT '1',
  `source` varchar(10) NOT NULL DEFAULT '0',
  `optimality` varchar(10) NOT NULL DEFAULT '1',
  `Merged_To` varchar(50) NOT NULL,
  `map` int(11) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `regimen_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `regimen_category` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL,
  `Active` varchar(2) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`Name`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `regimen_category_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `regimen_change_purpose` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `active` varchar(2) NOT NULL DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `regimen_change_purpose_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `regimen_drug` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `regimen` text NOT NULL,
  `drugcode` text NOT NULL,
  `source` varchar(10) NOT NULL DEFAULT '0',
  `active` int(11) NOT NULL DEFAULT 1,
  `Merged_From` varchar(50) NOT NULL,
  `Regimen_Merged_From` varchar(20) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `regimen_service_type` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `active` varchar(2) NOT NULL DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `regimen_service_type_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sadr_followups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `county_id` int(11) DEFAULT NULL,
  `sadr_id` int(11) DEFAULT NULL,
  `designation_id` int(11) DEFAULT NULL,
  `description_of_reaction` text DEFAULT NULL,
  `outcome` varchar(100) DEFAULT NULL,
  `reporter_email` varchar(100) DEFAULT NULL,
  `reporter_phone` varchar(100) DEFAULT NULL,
  `submitted` tinyint(2) DEFAULT 0,
  `emails` tinyint(2) DEFAULT 0,
  `active` tinyint(1) DEFAULT 1,
  `device` tinyint(2) DEFAULT 0,
  `notified` tinyint(2) DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spouses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `primary_spouse` varchar(30) DEFAULT NULL,
  `secondary_spouse` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `suppliers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `supporter` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `Name` varchar(20) NOT NULL,
  `Active` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sync_facility` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(15) DEFAULT NULL,
  `category` varchar(15) DEFAULT NULL,
  `sponsors` varchar(255) DEFAULT NULL,
  `services` varchar(255) DEFAULT NULL,
  `manager_id` int(11) unsigned DEFAULT NULL,
  `district_id` int(11) unsigned NOT NULL,
  `address_id` int(11) unsigned DEFAULT NULL,
  `parent_id` int(11) unsigned DEFAULT NULL,
  `ordering` tinyint(1) NOT NULL DEFAULT 1,
  `affiliation` varchar(255) DEFAULT NULL,
  `service_point` tinyint(1) NOT NULL DEFAULT 1,
  `county_id` int(11) unsigned DEFAULT NULL,
  `hcsm_id` int(11) unsigned DEFAULT NULL,
  `keph_level` varchar(25) DEFAULT 'Not Classified',
  `location` varchar(255) DEFAULT NULL,
  `affiliate_organization_id` int(11) unsigned DEFAULT NULL,
  `Active` varchar(2) NOT NULL DEFAULT '1',
  `dhiscode` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_category_parent_id_name` (`code`,`category`,`parent_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sync_user` (
  `username` varchar(30) NOT NULL,
  `password` char(60) NOT NULL,
  `email` varchar(128) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `role` varchar(30) NOT NULL DEFAULT 'user',
  `status` char(1) NOT NULL DEFAULT 'A',
  `user_id` int(11) NOT NULL,
  `profile_id` varchar(50) NOT NULL,
  `organization_id` text NOT NULL,
  UNIQUE KEY `user_id_profile_id` (`user_id`,`profile_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `transaction_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `desc` varchar(150) NOT NULL,
  `effect` int(11) NOT NULL DEFAULT 0,
  `active` int(5) NOT NULL DEFAULT 1,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `transaction_type_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `Username` varchar(30) NOT NULL,
  `Password` varchar(255) NOT NULL,
  `Access_Level` varchar(1) NOT NULL,
  `Facility_Code` varchar(10) NOT NULL,
  `Created_By` varchar(5) NOT NULL,
  `Time_Created` varchar(32) NOT NULL,
  `Phone_Number` varchar(50) NOT NULL,
  `Email_Address` varchar(50) NOT NULL,
  `Active` varchar(2) NOT NULL,
  `Signature` varchar(100) NOT NULL,
  `map` int(11) NOT NULL,
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_facilities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `facility` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_right` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `access_level` varchar(10) NOT NULL,
  `menu` varchar(10) NOT NULL,
  `access_type` varchar(10) NOT NULL,
  `active` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_sessions` (
  `session_id` varchar(40) NOT NULL DEFAULT '0',
  `ip_address` varchar(16) NOT NULL DEFAULT '0',
  `user_agent` varchar(50) NOT NULL,
  `last_activity` int(10) unsigned NOT NULL DEFAULT 0,
  `user_data` text NOT NULL,
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `visit_purpose` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `Active` varchar(2) NOT NULL DEFAULT '1',
  `ccc_store_sp` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `ccc_store_sp` (`ccc_store_sp`),
  CONSTRAINT `visit_purpose_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `who_stage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `brand` ADD CONSTRAINT `brand_ibfk_1` FOREIGN KEY (`ccc_store_sp`) REFERENCES `ccc_store_service_point` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE;

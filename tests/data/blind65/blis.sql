-- C4G BLIS (Basic Laboratory Information System): trimmed DDL of the lab database from github.com/C4G/BLIS db/structure/blis_127.sql
-- plus db/migrations/lab/2025*.sql, commit 5fef5fbd (GPL-3.0). Loaded into MariaDB and dumped with mysqldump --no-data.
CREATE TABLE `patient` (
  `patient_id` int(11) unsigned NOT NULL DEFAULT 0,
  `addl_id` varchar(40) DEFAULT NULL,
  `name` varchar(45) DEFAULT NULL,
  `sex` char(1) NOT NULL DEFAULT '',
  `age` decimal(10,0) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `created_by` int(11) unsigned DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `partial_dob` varchar(45) DEFAULT NULL,
  `surr_id` varchar(45) DEFAULT NULL,
  `hash_value` varchar(100) DEFAULT NULL,
  `satellite_lab_id` int(11) DEFAULT NULL,
  `satellite_lab_name` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`patient_id`),
  KEY `created_by` (`created_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `patient_custom_data` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `field_id` int(11) unsigned NOT NULL DEFAULT 0,
  `patient_id` int(11) unsigned NOT NULL DEFAULT 0,
  `field_value` varchar(45) NOT NULL DEFAULT '',
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `field_id` (`field_id`),
  KEY `patient_id` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `patient_custom_field` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `field_name` varchar(45) NOT NULL DEFAULT '',
  `field_options` varchar(16000) DEFAULT NULL,
  `field_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `field_type_id` (`field_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `patient_daily` (
  `datestring` varchar(45) NOT NULL,
  `count` int(10) unsigned NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen` (
  `specimen_id` int(10) unsigned NOT NULL DEFAULT 0,
  `patient_id` int(11) unsigned NOT NULL DEFAULT 0,
  `specimen_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `user_id` int(11) unsigned DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `status_code_id` int(11) unsigned DEFAULT NULL,
  `referred_to` int(11) unsigned DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `aux_id` varchar(45) DEFAULT NULL,
  `date_collected` date NOT NULL DEFAULT '0000-00-00',
  `date_recvd` date DEFAULT NULL,
  `session_num` varchar(45) DEFAULT NULL,
  `time_collected` varchar(45) DEFAULT NULL,
  `report_to` int(10) unsigned DEFAULT NULL,
  `doctor` varchar(45) DEFAULT NULL,
  `date_reported` datetime DEFAULT NULL,
  `referred_to_name` varchar(70) DEFAULT NULL,
  `daily_num` varchar(45) NOT NULL DEFAULT '',
  `referred_from_name` varchar(20) DEFAULT NULL,
  `site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`specimen_id`),
  KEY `patient_id` (`patient_id`),
  KEY `specimen_type_id` (`specimen_type_id`),
  KEY `user_id` (`user_id`),
  KEY `status_code_id` (`status_code_id`),
  KEY `referred_to` (`referred_to`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen_custom_data` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `field_id` int(11) unsigned NOT NULL DEFAULT 0,
  `specimen_id` int(10) unsigned NOT NULL DEFAULT 0,
  `field_value` varchar(45) NOT NULL DEFAULT '',
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `field_id` (`field_id`),
  KEY `specimen_id` (`specimen_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen_custom_field` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `field_name` varchar(45) NOT NULL DEFAULT '',
  `field_options` varchar(16000) DEFAULT NULL,
  `field_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `field_type_id` (`field_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen_session` (
  `session_num` varchar(45) NOT NULL DEFAULT '',
  `count` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`session_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen_type` (
  `specimen_type_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL DEFAULT '',
  `description` varchar(100) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `disabled` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`specimen_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `specimen_test` (
  `test_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `specimen_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  KEY `test_type_id` (`test_type_id`),
  KEY `specimen_type_id` (`specimen_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Relates tests to the specimens that are compatible with thos';
CREATE TABLE `test` (
  `test_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `test_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `result` varchar(5000) DEFAULT NULL,
  `comments` varchar(200) DEFAULT NULL,
  `user_id` int(11) unsigned DEFAULT NULL,
  `verified_by` int(11) unsigned DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `specimen_id` int(11) unsigned DEFAULT NULL,
  `date_verified` datetime DEFAULT NULL,
  PRIMARY KEY (`test_id`),
  KEY `test_type_id` (`test_type_id`),
  KEY `user_id` (`user_id`),
  KEY `specimen_id` (`specimen_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `test_type` (
  `test_type_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL DEFAULT '',
  `description` varchar(100) DEFAULT NULL,
  `test_category_id` int(11) unsigned NOT NULL DEFAULT 0,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `is_panel` int(10) unsigned DEFAULT NULL,
  `disabled` int(10) unsigned NOT NULL DEFAULT 0,
  `clinical_data` longtext DEFAULT NULL,
  `hide_patient_name` int(1) DEFAULT NULL,
  `prevalence_threshold` int(3) DEFAULT 70,
  `target_tat` int(3) DEFAULT 24,
  `is_reporting_enabled` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`test_type_id`),
  KEY `test_category_id` (`test_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `test_category` (
  `test_category_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL DEFAULT '',
  `description` varchar(100) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`test_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `test_type_measure` (
  `test_type_id` int(11) unsigned NOT NULL DEFAULT 0,
  `measure_id` int(11) unsigned NOT NULL DEFAULT 0,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  KEY `test_type_id` (`test_type_id`),
  KEY `measure_id` (`measure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `measure` (
  `measure_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NOT NULL DEFAULT '',
  `unit_id` int(10) unsigned DEFAULT NULL,
  `range` varchar(500) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `unit` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`measure_id`),
  KEY `unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `reference_range` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `measure_id` int(10) unsigned NOT NULL,
  `age_min` varchar(45) DEFAULT NULL,
  `age_max` varchar(45) DEFAULT NULL,
  `sex` varchar(10) DEFAULT NULL,
  `range_lower` varchar(45) NOT NULL,
  `range_upper` varchar(45) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `numeric_interpretation` (
  `range_u` int(10) DEFAULT NULL,
  `range_l` int(10) DEFAULT NULL,
  `age_u` int(10) DEFAULT NULL,
  `age_l` int(10) DEFAULT NULL,
  `gender` varchar(40) DEFAULT NULL,
  `description` varchar(40) DEFAULT NULL,
  `measure_id` int(10) DEFAULT NULL,
  `id` int(10) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `unit` (
  `unit_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `unit` varchar(45) NOT NULL DEFAULT '',
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `bills` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) unsigned NOT NULL,
  `paid_in_full` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `bills_test_association` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `bill_id` int(11) unsigned NOT NULL,
  `test_id` int(11) unsigned NOT NULL,
  `discount_type` int(4) unsigned NOT NULL DEFAULT 1000,
  `discount_amount` decimal(10,2) unsigned NOT NULL DEFAULT 0.00,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL DEFAULT 0.00,
  `bill_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `test_type_costs` (
  `earliest_date_valid` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `test_type_id` int(11) NOT NULL,
  `amount` decimal(10,2) NOT NULL DEFAULT 0.00
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `user` (
  `user_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(45) NOT NULL DEFAULT '',
  `password` varchar(45) NOT NULL DEFAULT '',
  `actualname` varchar(45) DEFAULT NULL,
  `email` varchar(45) DEFAULT NULL,
  `created_by` int(11) unsigned DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `lab_config_id` int(10) unsigned DEFAULT NULL,
  `level` int(10) unsigned DEFAULT NULL,
  `phone` varchar(45) DEFAULT NULL,
  `lang_id` varchar(45) NOT NULL DEFAULT 'default',
  PRIMARY KEY (`user_id`),
  KEY `user_id_index` (`lab_config_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Users are anybody that works in the lab.';
CREATE TABLE `lab_config` (
  `lab_config_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` char(45) NOT NULL DEFAULT '',
  `location` char(45) NOT NULL DEFAULT '',
  `admin_user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `db_name` char(45) NOT NULL DEFAULT '',
  `id_mode` int(10) unsigned NOT NULL DEFAULT 2,
  `p_addl` int(10) unsigned NOT NULL DEFAULT 0,
  `s_addl` int(10) unsigned NOT NULL DEFAULT 0,
  `daily_num` int(10) unsigned NOT NULL DEFAULT 1,
  `pid` int(10) unsigned NOT NULL DEFAULT 2,
  `pname` int(10) unsigned NOT NULL DEFAULT 1,
  `sex` int(10) unsigned NOT NULL DEFAULT 2,
  `age` int(10) unsigned NOT NULL DEFAULT 1,
  `dob` int(10) unsigned NOT NULL DEFAULT 1,
  `sid` int(10) unsigned NOT NULL DEFAULT 2,
  `refout` int(10) unsigned NOT NULL DEFAULT 1,
  `rdate` int(10) unsigned NOT NULL DEFAULT 2,
  `comm` int(10) unsigned NOT NULL DEFAULT 1,
  `dformat` varchar(45) NOT NULL DEFAULT 'd-m-Y',
  `dnum_reset` int(10) unsigned NOT NULL DEFAULT 1,
  `doctor` int(10) unsigned NOT NULL DEFAULT 1,
  `ageLimit` int(11) DEFAULT NULL,
  PRIMARY KEY (`lab_config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT;
CREATE TABLE `lab_config_access` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `lab_config_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`,`lab_config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `user_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `rating` int(3) DEFAULT NULL,
  `comments` varchar(500) DEFAULT NULL,
  `ts` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `user_rating` (
  `user_id` int(10) unsigned NOT NULL,
  `rating` int(10) unsigned NOT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`,`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `user_props` (
  `User_Id` varchar(50) NOT NULL DEFAULT '',
  `AppCodeName` varchar(25) NOT NULL DEFAULT '',
  `AppName` varchar(25) NOT NULL DEFAULT '',
  `AppVersion` varchar(25) NOT NULL DEFAULT '',
  `CookieEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `Platform` varchar(20) NOT NULL DEFAULT '',
  `UserAgent` varchar(200) NOT NULL DEFAULT '',
  `SystemLanguage` varchar(15) NOT NULL DEFAULT '',
  `UserLanguage` varchar(15) NOT NULL DEFAULT '',
  `Language` varchar(15) NOT NULL DEFAULT '',
  `ScreenAvailHeight` int(11) NOT NULL DEFAULT 0,
  `ScreenAvailWidth` int(11) NOT NULL DEFAULT 0,
  `ScreenColorDepth` int(11) NOT NULL DEFAULT 0,
  `ScreenHeight` int(11) NOT NULL DEFAULT 0,
  `ScreenWidth` int(11) NOT NULL DEFAULT 0,
  `Recorded_At` datetime NOT NULL DEFAULT '0000-00-00 00:00:00'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `delay_measures` (
  `User_Id` varchar(50) NOT NULL DEFAULT '',
  `IP_Address` varchar(16) NOT NULL DEFAULT '',
  `Latency` int(11) NOT NULL DEFAULT 0,
  `Recorded_At` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `Page_Name` varchar(45) DEFAULT NULL,
  `Request_URI` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `comment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(45) NOT NULL DEFAULT '',
  `page` varchar(45) NOT NULL DEFAULT '',
  `comment` varchar(150) NOT NULL DEFAULT '',
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `removal_record` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `r_id` int(11) NOT NULL DEFAULT 0,
  `vr_id` varchar(45) NOT NULL DEFAULT '0',
  `type` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT 0,
  `remarks` varchar(500) DEFAULT NULL,
  `status` int(11) NOT NULL DEFAULT 1,
  `ts` timestamp NULL DEFAULT current_timestamp(),
  `category` varchar(20) DEFAULT 'test',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `inv_reagent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `unit` varchar(45) NOT NULL DEFAULT 'units',
  `remarks` varchar(245) DEFAULT NULL,
  `created_by` varchar(10) NOT NULL DEFAULT '0',
  `assocation` varchar(10) DEFAULT '0',
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `inv_supply` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reagent_id` int(11) NOT NULL,
  `lot` varchar(100) NOT NULL,
  `expiry_date` date DEFAULT NULL,
  `manufacturer` varchar(100) DEFAULT NULL,
  `supplier` varchar(100) DEFAULT NULL,
  `quantity_ordered` int(11) NOT NULL DEFAULT 0,
  `quantity_supplied` int(11) NOT NULL DEFAULT 0,
  `cost_per_unit` decimal(10,0) DEFAULT NULL,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `date_of_order` date DEFAULT NULL,
  `date_of_supply` date DEFAULT NULL,
  `date_of_reception` date DEFAULT NULL,
  `remarks` varchar(250) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `reagent_id` (`reagent_id`),
  CONSTRAINT `reagent_id` FOREIGN KEY (`reagent_id`) REFERENCES `inv_reagent` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `inv_usage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reagent_id` int(11) NOT NULL,
  `lot` varchar(100) NOT NULL,
  `quantity_used` int(11) NOT NULL DEFAULT 0,
  `date_of_use` date NOT NULL,
  `user_id` int(11) NOT NULL,
  `remarks` varchar(250) DEFAULT NULL,
  `ts` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `reagent_id` (`reagent_id`),
  KEY `reagent_id2` (`reagent_id`),
  CONSTRAINT `reagent_id2` FOREIGN KEY (`reagent_id`) REFERENCES `inv_reagent` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `lab_id` int(11) DEFAULT NULL,
  `Region` varchar(40) DEFAULT NULL,
  `District` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `custom_field_type` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `field_type` varchar(100) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `report_config` (
  `report_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `header` varchar(500) NOT NULL DEFAULT '',
  `footer` varchar(500) NOT NULL DEFAULT '-End-',
  `margins` varchar(45) NOT NULL DEFAULT '2,0,10,0',
  `p_fields` varchar(45) NOT NULL DEFAULT '1,1,1,1,1,1,1',
  `s_fields` varchar(45) NOT NULL DEFAULT '1,1,1,1,1,1',
  `t_fields` varchar(45) NOT NULL DEFAULT '1,0,1,1,1,0,1,1',
  `p_custom_fields` varchar(45) NOT NULL DEFAULT '',
  `s_custom_fields` varchar(45) NOT NULL DEFAULT '',
  `test_type_id` varchar(45) NOT NULL DEFAULT '0',
  `title` varchar(500) NOT NULL DEFAULT '',
  `landscape` int(10) unsigned NOT NULL DEFAULT 0,
  `row_items` int(1) unsigned NOT NULL DEFAULT 3,
  `show_border` int(1) unsigned NOT NULL DEFAULT 1,
  `show_result_border` int(1) unsigned NOT NULL DEFAULT 1,
  `result_border_horizontal` int(1) unsigned NOT NULL DEFAULT 0,
  `result_border_vertical` int(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`report_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `dhims2_api_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `orgunit` varchar(200) NOT NULL,
  `dataset` varchar(200) NOT NULL,
  `dataelement` text NOT NULL,
  `categorycombo` varchar(100) DEFAULT NULL,
  `gender` varchar(5) DEFAULT NULL,
  `period` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `keys` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` varchar(100) NOT NULL,
  `data` varchar(100) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `blis_migrations` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

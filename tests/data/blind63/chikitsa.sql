-- Chikitsa Patient Management System: clinic (patients, doctors, nurses, appointments, visits, bills, payments).
-- Upstream: github.com/sanskruti-technologies/chikitsa sql/install/createtables.sql + sql/install/insertdata.sql
-- with the installer's usual table prefix ck_, commit 2ceb77a15dde52e6be990f2894ddb5b9cf88a885 (GPL-3.0);
-- replayed in MariaDB, mysqldump --no-data of all 35 tables.

CREATE TABLE `ck_appointment_log` (
  `appointment_log_id` int(11) NOT NULL AUTO_INCREMENT,
  `appointment_id` int(11) NOT NULL,
  `change_date_time` varchar(255) NOT NULL,
  `start_time` time NOT NULL,
  `from_time` time NOT NULL,
  `to_time` time NOT NULL,
  `old_status` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `appointment_reason` varchar(100) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`appointment_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_appointments` (
  `appointment_id` int(11) NOT NULL AUTO_INCREMENT,
  `appointment_date` date NOT NULL,
  `end_date` date DEFAULT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  `title` varchar(150) NOT NULL,
  `patient_id` int(11) NOT NULL,
  `userid` int(11) NOT NULL,
  `doctor_id` int(11) NOT NULL,
  `status` varchar(255) NOT NULL,
  `visit_id` int(11) NOT NULL DEFAULT 0,
  `appointment_reason` varchar(100) DEFAULT NULL,
  `clinic_id` int(11) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`appointment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_bill` (
  `bill_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_id` int(11) DEFAULT NULL,
  `doctor_id` int(11) DEFAULT NULL,
  `bill_date` date NOT NULL,
  `bill_time` time DEFAULT NULL,
  `patient_id` int(11) NOT NULL,
  `visit_id` int(11) DEFAULT NULL,
  `total_amount` decimal(10,2) NOT NULL DEFAULT 0.00,
  `tax_amount` decimal(10,2) DEFAULT 0.00,
  `due_amount` decimal(11,2) NOT NULL DEFAULT 0.00,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  `created_by` varchar(50) DEFAULT NULL,
  `appointment_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`bill_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_bill_detail` (
  `bill_detail_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_code` varchar(6) DEFAULT NULL,
  `tax_id` int(11) DEFAULT NULL,
  `item_id` int(11) DEFAULT NULL,
  `bill_id` int(11) NOT NULL,
  `particular` varchar(50) DEFAULT NULL,
  `amount` decimal(10,2) DEFAULT NULL,
  `quantity` int(11) DEFAULT NULL,
  `mrp` decimal(10,2) DEFAULT NULL,
  `type` varchar(25) NOT NULL,
  `purchase_id` int(11) DEFAULT NULL,
  `tax_amount` decimal(10,2) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`bill_detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_bill_payment_r` (
  `bill_payment_id` int(11) NOT NULL AUTO_INCREMENT,
  `bill_id` int(11) NOT NULL,
  `payment_id` int(11) NOT NULL,
  `adjust_amount` decimal(11,0) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`bill_payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_chikitsa_xml_check` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_checked_date` date DEFAULT NULL,
  `xml_content` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `module_name` varchar(50) DEFAULT NULL,
  `xml_version` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_clinic` (
  `clinic_id` int(11) NOT NULL AUTO_INCREMENT,
  `start_time` varchar(10) NOT NULL,
  `end_time` varchar(10) NOT NULL,
  `time_interval` decimal(11,2) NOT NULL DEFAULT 0.50,
  `clinic_name` varchar(50) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  `tag_line` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `clinic_address` varchar(500) DEFAULT NULL,
  `landline` varchar(50) DEFAULT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `email` varchar(50) DEFAULT NULL,
  `facebook` varchar(50) DEFAULT NULL,
  `twitter` varchar(50) DEFAULT NULL,
  `google_plus` varchar(50) DEFAULT NULL,
  `next_followup_days` int(11) DEFAULT 15,
  `clinic_logo` varchar(255) DEFAULT NULL,
  `mobile_clinic_logo` varchar(255) NOT NULL,
  `website` varchar(50) DEFAULT NULL,
  `max_patient` int(11) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `favicon_logo` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`clinic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_contact_details` (
  `contact_detail_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_code` varchar(6) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `type` varchar(50) NOT NULL,
  `detail` varchar(150) NOT NULL,
  `is_default` int(1) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`contact_detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_contacts` (
  `contact_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(5) DEFAULT NULL,
  `first_name` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `middle_name` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `last_name` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `phone_number` varchar(15) DEFAULT NULL,
  `second_number` varchar(25) DEFAULT NULL,
  `email` varchar(150) DEFAULT NULL,
  `contact_image` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(50) DEFAULT NULL,
  `address_line_1` varchar(150) DEFAULT NULL,
  `address_line_2` varchar(150) DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `state` varchar(50) DEFAULT NULL,
  `postal_code` varchar(50) DEFAULT NULL,
  `country` varchar(50) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_data` (
  `ck_data_id` int(11) NOT NULL AUTO_INCREMENT,
  `ck_key` varchar(255) NOT NULL,
  `ck_value` text NOT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`ck_data_id`),
  UNIQUE KEY `ck_key` (`ck_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_doctor` (
  `doctor_id` int(11) NOT NULL AUTO_INCREMENT,
  `dob` date DEFAULT NULL,
  `description` varchar(250) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `degree` varchar(150) DEFAULT NULL,
  `specification` varchar(300) DEFAULT NULL,
  `experience` varchar(300) DEFAULT NULL,
  `joining_date` date DEFAULT NULL,
  `licence_number` varchar(50) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `gender` varchar(10) DEFAULT NULL,
  `userid` varchar(16) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `is_deleted` int(1) DEFAULT NULL,
  `erpnext_key` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`doctor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_followup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `doctor_id` int(11) NOT NULL,
  `patient_id` int(11) NOT NULL,
  `followup_date` date NOT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_invoice` (
  `invoice_id` int(11) NOT NULL AUTO_INCREMENT,
  `static_prefix` varchar(10) NOT NULL DEFAULT '',
  `left_pad` int(11) NOT NULL,
  `next_id` int(11) NOT NULL,
  `currency_symbol` varchar(10) DEFAULT NULL,
  `currency_postfix` char(10) DEFAULT '/-',
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `number_of_decimal` int(11) NOT NULL DEFAULT 2,
  `decimal_symbol` varchar(20) NOT NULL DEFAULT '.',
  `thousands_separator` varchar(20) NOT NULL DEFAULT ',',
  PRIMARY KEY (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_language_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `l_name` varchar(25) NOT NULL,
  `l_index` varchar(150) NOT NULL,
  `l_value` varchar(700) DEFAULT NULL,
  `file_name` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `l_name` (`l_name`,`l_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_language_master` (
  `language_id` int(11) NOT NULL AUTO_INCREMENT,
  `language_name` varchar(25) NOT NULL,
  `is_rtl` int(1) NOT NULL DEFAULT 0,
  `is_default` int(1) NOT NULL DEFAULT 0,
  `is_loaded` int(1) DEFAULT NULL,
  PRIMARY KEY (`language_id`),
  UNIQUE KEY `language_name` (`language_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_menu_access` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `menu_name` varchar(50) NOT NULL,
  `category_name` varchar(50) NOT NULL,
  `allow` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `menu_name` (`menu_name`,`category_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_modules` (
  `module_id` int(11) NOT NULL AUTO_INCREMENT,
  `module_name` varchar(50) NOT NULL,
  `module_display_name` varchar(50) NOT NULL,
  `module_description` varchar(150) NOT NULL,
  `module_status` int(1) NOT NULL,
  `module_version` varchar(10) DEFAULT NULL,
  `activation_hook` varchar(50) DEFAULT NULL,
  `license_key` varchar(100) DEFAULT NULL,
  `license_status` varchar(100) DEFAULT NULL,
  `required_modules` varchar(250) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `valid_till` date DEFAULT NULL,
  PRIMARY KEY (`module_id`),
  UNIQUE KEY `module_name` (`module_name`),
  UNIQUE KEY `module_name_2` (`module_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_navigation_menu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `menu_name` varchar(250) DEFAULT NULL,
  `parent_name` varchar(250) NOT NULL,
  `menu_order` int(11) NOT NULL,
  `menu_url` varchar(500) DEFAULT NULL,
  `menu_icon` varchar(100) DEFAULT NULL,
  `menu_text` varchar(200) DEFAULT NULL,
  `required_module` varchar(25) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `menu_name` (`menu_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_nurse` (
  `nurse_id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `joining_date` date NOT NULL,
  `department_id` varchar(25) NOT NULL,
  `userid` varchar(16) NOT NULL,
  `is_deleted` int(11) NOT NULL,
  `sync_status` int(11) NOT NULL,
  `gender` varchar(10) NOT NULL,
  PRIMARY KEY (`nurse_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_patient` (
  `patient_id` int(11) NOT NULL AUTO_INCREMENT,
  `blood_group` varchar(3) DEFAULT NULL,
  `reference_by_detail` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `patient_since` date NOT NULL,
  `display_id` varchar(12) DEFAULT NULL,
  `ssn_id` varchar(25) DEFAULT NULL,
  `followup_date` date DEFAULT NULL,
  `reference_by` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `gender` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `age` int(11) DEFAULT NULL,
  `wp_user_id` int(11) DEFAULT NULL,
  `clinic_id` int(11) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  `is_inquiry` int(1) DEFAULT NULL,
  `inquiry_reason` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `erpnext_key` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_patient_account` (
  `patient_account_id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `bill_id` int(11) DEFAULT NULL,
  `adjust_amount` decimal(11,2) NOT NULL,
  `refund_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`patient_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_payment` (
  `payment_id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `pay_date` date NOT NULL,
  `pay_mode` varchar(50) NOT NULL,
  `pay_amount` decimal(10,0) NOT NULL DEFAULT 0,
  `additional_detail` varchar(50) DEFAULT NULL,
  `level` varchar(25) NOT NULL,
  `clinic_id` int(11) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `payment_status` varchar(25) NOT NULL DEFAULT 'complete',
  `clinic_code` varchar(6) DEFAULT NULL,
  `collected_by` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_payment_methods` (
  `payment_method_id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_method_name` varchar(25) NOT NULL,
  `has_additional_details` int(1) NOT NULL,
  `additional_detail_label` varchar(50) NOT NULL,
  `needs_cash_calc` int(1) NOT NULL DEFAULT 0,
  `payment_pending` int(1) DEFAULT NULL,
  PRIMARY KEY (`payment_method_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_payment_transaction` (
  `transaction_id` int(11) NOT NULL AUTO_INCREMENT,
  `bill_id` int(11) DEFAULT NULL,
  `patient_id` int(11) NOT NULL,
  `visit_id` int(11) NOT NULL,
  `amount` decimal(11,2) NOT NULL,
  `payment_type` varchar(50) NOT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_receipt_template` (
  `template_id` int(11) NOT NULL AUTO_INCREMENT,
  `template` text CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `is_default` int(1) NOT NULL,
  `template_name` varchar(25) NOT NULL,
  `type` varchar(15) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `is_original` int(1) DEFAULT NULL,
  PRIMARY KEY (`template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_reference_by` (
  `reference_id` int(11) NOT NULL AUTO_INCREMENT,
  `reference_option` varchar(25) NOT NULL,
  `reference_add_option` int(1) DEFAULT NULL,
  `placeholder` varchar(25) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`reference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_refund` (
  `refund_id` int(11) NOT NULL,
  `patient_id` int(11) NOT NULL,
  `refund_amount` int(12) NOT NULL,
  `refund_date` date NOT NULL,
  `refund_note` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_tax_rates` (
  `tax_id` int(11) NOT NULL AUTO_INCREMENT,
  `tax_rate_name` varchar(25) NOT NULL,
  `tax_rate` decimal(10,2) NOT NULL,
  PRIMARY KEY (`tax_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_todos` (
  `id_num` int(11) NOT NULL AUTO_INCREMENT,
  `userid` int(11) DEFAULT 0,
  `todo` varchar(250) DEFAULT NULL,
  `done` int(11) DEFAULT 0,
  `add_date` datetime DEFAULT NULL,
  `done_date` datetime DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_user_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_name` varchar(50) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_user_verification` (
  `verification_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_email` varchar(50) NOT NULL,
  `verification_code` int(6) NOT NULL,
  `code_generated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `code_is_verified` int(1) DEFAULT NULL,
  PRIMARY KEY (`verification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_users` (
  `userid` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `username` varchar(25) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `level` varchar(25) NOT NULL,
  `is_active` int(1) NOT NULL DEFAULT 1,
  `contact_id` int(11) DEFAULT NULL,
  `centers` varchar(50) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `prefered_language` varchar(25) DEFAULT NULL,
  `profile_image` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `current_version` varchar(11) NOT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_visit` (
  `visit_id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `userid` int(11) NOT NULL,
  `doctor_id` int(11) NOT NULL,
  `notes` text DEFAULT NULL,
  `type` varchar(50) NOT NULL,
  `visit_date` varchar(60) NOT NULL,
  `clinic_id` int(1) DEFAULT NULL,
  `visit_time` varchar(50) DEFAULT NULL,
  `patient_notes` text DEFAULT NULL,
  `appointment_reason` varchar(100) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `clinic_code` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `ck_working_days` (
  `uid` int(11) NOT NULL AUTO_INCREMENT,
  `working_date` date NOT NULL,
  `working_status` varchar(15) NOT NULL,
  `working_reason` varchar(50) DEFAULT NULL,
  `is_deleted` int(11) DEFAULT NULL,
  `sync_status` int(11) DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `start_time` time DEFAULT NULL,
  `end_time` time DEFAULT NULL,
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

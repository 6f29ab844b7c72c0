-- BookingPress 1.1.52 (Repute InfoSystems; WordPress appointment-booking plugin, free "Lite" edition)
-- Source: github.com/reputeinfosystems/bookingpress-appointment-booking, commit 450138596d7dcd8a09eee6d472a6b36fe86d1430,
--   core/classes/class.bookingpress.php `BookingPress::install()` (the 25 dbDelta CREATE strings) and the
--   ADD INDEX statements it runs right after (GPL-2.0-or-later per readme.txt; LICENSE file GPL-3.0).
-- Table variables are written with their values (`$wpdb->prefix` = `wp_`), `$charset_collate` as
-- ENGINE=InnoDB DEFAULT CHARSET=utf8mb4, `IF NOT EXISTS` dropped. Upstream declares no foreign keys.

CREATE TABLE `wp_bookingpress_categories` (
  `bookingpress_category_id` SMALLINT NOT NULL AUTO_INCREMENT,
  `bookingpress_category_name` VARCHAR(255) NOT NULL,
  `bookingpress_category_position` SMALLINT NOT NULL,
  `bookingpress_categorydate_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_services` (
  `bookingpress_service_id` INT(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_category_id` SMALLINT DEFAULT 0,
  `bookingpress_service_name` VARCHAR(255) NOT NULL,
  `bookingpress_service_price` DOUBLE NOT NULL,
  `bookingpress_service_duration_val` INT(11) NOT NULL,
  `bookingpress_service_duration_unit` VARCHAR(1) NOT NULL,
  `bookingpress_service_description` TEXT NOT NULL,
  `bookingpress_service_position` INT(11) NOT NULL,
  `bookingpress_servicedate_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_servicesmeta` (
  `bookingpress_servicemeta_id` INT(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_service_id` INT(11) NOT NULL,
  `bookingpress_servicemeta_name` VARCHAR(255) NOT NULL,
  `bookingpress_servicemeta_value` TEXT NOT NULL,
  `bookingpress_servicemetadate_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_servicemeta_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_customers` (
  `bookingpress_customer_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_wpuser_id` bigint(11) DEFAULT NULL,
  `bookingpress_user_login` VARCHAR(60) NOT NULL DEFAULT '',
  `bookingpress_user_status` INT(1) NOT NULL,
  `bookingpress_user_type` INT(1) DEFAULT 0,
  `bookingpress_user_name` VARCHAR(255) NOT NULL,
  `bookingpress_user_firstname` VARCHAR(255) NOT NULL,
  `bookingpress_user_lastname` VARCHAR(255) NOT NULL,
  `bookingpress_customer_full_name` VARCHAR(255) NOT NULL,
  `bookingpress_user_email` VARCHAR(255) NOT NULL,
  `bookingpress_user_phone` VARCHAR(63) DEFAULT NULL,
  `bookingpress_user_country_phone` VARCHAR(60) DEFAULT NULL,
  `bookingpress_user_country_dial_code` VARCHAR(5) DEFAULT NULL,
  `bookingpress_user_timezone` VARCHAR(50) DEFAULT NULL,
  `bookingpress_created_at` INT(1) NOT NULL DEFAULT 0,
  `bookingpress_created_by` INT(11) NOT NULL DEFAULT 0,
  `bookingpress_user_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_settings` (
  `setting_id` int(11) NOT NULL AUTO_INCREMENT,
  `setting_name` varchar(255) NOT NULL,
  `setting_value` TEXT DEFAULT NULL,
  `setting_type` varchar(255) DEFAULT NULL,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_default_workhours` (
  `bookingpress_workhours_id` smallint NOT NULL AUTO_INCREMENT,
  `bookingpress_workday_key` varchar(11) NOT NULL,
  `bookingpress_start_time` time DEFAULT NULL,
  `bookingpress_end_time` time DEFAULT NULL,
  `bookingpress_is_break` TINYINT(1) DEFAULT 0,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_workhours_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_default_daysoff` (
  `bookingpress_dayoff_id` smallint NOT NULL AUTO_INCREMENT,
  `bookingpress_name` varchar(255) NOT NULL,
  `bookingpress_dayoff_date` datetime DEFAULT NULL,
  `bookingpress_dayoff_enddate` date DEFAULT NULL,
  `bookingpress_dayoff_parent` int(11) NOT NULL DEFAULT 0,
  `bookingpress_repeat` TINYINT(1) DEFAULT 0,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_dayoff_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_notifications` (
  `bookingpress_notification_id` smallint NOT NULL AUTO_INCREMENT,
  `bookingpress_notification_receiver_type` varchar(11) DEFAULT 'customer',
  `bookingpress_notification_is_custom` TINYINT(1) DEFAULT 0,
  `bookingpress_notification_name` varchar(255) NOT NULL,
  `bookingpress_notification_execution_type` varchar(11) DEFAULT 'action',
  `bookingpress_notification_status` TINYINT(1) DEFAULT 0,
  `bookingpress_notification_type` varchar(255) DEFAULT 'appointment',
  `bookingpress_notification_appointment_status` varchar(255) DEFAULT 'approved',
  `bookingpress_notification_event_action` varchar(255) DEFAULT 'booked',
  `bookingpress_notification_send_only_this` TINYINT(1) DEFAULT 0,
  `bookingpress_notification_subject` TEXT DEFAULT NULL,
  `bookingpress_notification_message` TEXT DEFAULT NULL,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `bookingpress_updated_at` datetime DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`bookingpress_notification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_appointment_bookings` (
  `bookingpress_appointment_booking_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_booking_id` varchar(255) DEFAULT NULL,
  `bookingpress_entry_id` bigint(11) DEFAULT NULL,
  `bookingpress_payment_id` bigint(11) DEFAULT 0,
  `bookingpress_customer_id` bigint(11) NOT NULL,
  `bookingpress_customer_name` varchar(255) DEFAULT NULL,
  `bookingpress_username` varchar(255) DEFAULT NULL,
  `bookingpress_customer_phone` varchar(255) DEFAULT NULL,
  `bookingpress_customer_firstname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_lastname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_country` VARCHAR(60) DEFAULT NULL,
  `bookingpress_customer_phone_dial_code` VARCHAR(5) DEFAULT NULL,
  `bookingpress_customer_email` varchar(255) DEFAULT NULL,
  `bookingpress_staff_member_id` smallint DEFAULT NULL,
  `bookingpress_service_id` INT(11) NOT NULL,
  `bookingpress_service_name` varchar(255) NOT NULL,
  `bookingpress_service_price` float NOT NULL,
  `bookingpress_service_currency` varchar(100) NOT NULL,
  `bookingpress_service_duration_val` INT(11) NOT NULL,
  `bookingpress_service_duration_unit` VARCHAR(1) NOT NULL,
  `bookingpress_appointment_date` DATE NOT NULL,
  `bookingpress_appointment_end_date` DATE NOT NULL,
  `bookingpress_appointment_time` TIME NOT NULL,
  `bookingpress_appointment_end_time` TIME NOT NULL,
  `bookingpress_appointment_internal_note` TEXT DEFAULT NULL,
  `bookingpress_appointment_send_notification` TINYINT(1) DEFAULT 0,
  `bookingpress_appointment_status` smallint(1) DEFAULT 1,
  `bookingpress_paid_amount` float DEFAULT 0,
  `bookingpress_due_amount` float DEFAULT 0,
  `bookingpress_appointment_timezone` varchar(50) DEFAULT NULL,
  `bookingpress_selected_appointment_date` DATE NOT NULL,
  `bookingpress_selected_appointment_end_date` DATE NOT NULL,
  `bookingpress_selected_appointment_time` TIME NOT NULL,
  `bookingpress_selected_appointment_end_time` TIME NOT NULL,
  `bookingpress_appointment_token` varchar(50) DEFAULT NULL,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_appointment_booking_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_payment_transactions` (
  `bookingpress_payment_log_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_invoice_id` varchar(50) DEFAULT 0,
  `bookingpress_appointment_booking_ref` bigint(11) DEFAULT NULL,
  `bookingpress_customer_id` bigint(11) NOT NULL,
  `bookingpress_customer_name` varchar(255) DEFAULT NULL,
  `bookingpress_username` varchar(255) DEFAULT NULL,
  `bookingpress_customer_phone` varchar(255) DEFAULT NULL,
  `bookingpress_customer_firstname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_lastname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_country` VARCHAR(60) DEFAULT NULL,
  `bookingpress_customer_phone_dial_code` VARCHAR(5) DEFAULT NULL,
  `bookingpress_customer_email` varchar(255) DEFAULT NULL,
  `bookingpress_staff_member_id` smallint DEFAULT NULL,
  `bookingpress_service_id` INT(11) NOT NULL,
  `bookingpress_service_name` varchar(255) NOT NULL,
  `bookingpress_service_price` float NOT NULL,
  `bookingpress_service_duration_val` INT(11) NOT NULL,
  `bookingpress_service_duration_unit` VARCHAR(1) NOT NULL,
  `bookingpress_appointment_date` DATE NOT NULL,
  `bookingpress_appointment_end_date` DATE NOT NULL,
  `bookingpress_appointment_start_time` TIME NOT NULL,
  `bookingpress_appointment_end_time` TIME NOT NULL,
  `bookingpress_payment_gateway` varchar(255) DEFAULT NULL,
  `bookingpress_payer_email` varchar(255) DEFAULT NULL,
  `bookingpress_transaction_id` varchar(255) DEFAULT NULL,
  `bookingpress_payment_date_time` datetime DEFAULT '1970-01-01 00:00:00',
  `bookingpress_payment_status` smallint(1) DEFAULT 1,
  `bookingpress_payment_amount` FLOAT(8, 2) DEFAULT 0,
  `bookingpress_payment_currency` varchar(100) DEFAULT NULL,
  `bookingpress_payment_type` varchar(20) DEFAULT NULL,
  `bookingpress_payment_response` TEXT DEFAULT NULL,
  `bookingpress_additional_info` TEXT DEFAULT NULL,
  `bookingpress_paid_amount` float DEFAULT 0,
  `bookingpress_due_amount` float DEFAULT 0,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_payment_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_entries` (
  `bookingpress_entry_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_customer_id` bigint(11) DEFAULT NULL,
  `bookingpress_customer_name` varchar(255) DEFAULT NULL,
  `bookingpress_username` varchar(255) DEFAULT NULL,
  `bookingpress_customer_phone` varchar(255) DEFAULT NULL,
  `bookingpress_customer_firstname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_lastname` varchar(255) DEFAULT NULL,
  `bookingpress_customer_country` VARCHAR(60) DEFAULT NULL,
  `bookingpress_customer_phone_dial_code` VARCHAR(5) DEFAULT NULL,
  `bookingpress_customer_email` varchar(255) DEFAULT NULL,
  `bookingpress_customer_timezone` varchar(50) DEFAULT NULL,
  `bookingpress_service_id` INT(11) NOT NULL,
  `bookingpress_service_name` varchar(255) NOT NULL,
  `bookingpress_service_price` float NOT NULL,
  `bookingpress_service_currency` varchar(100) NOT NULL,
  `bookingpress_service_duration_val` INT(11) NOT NULL,
  `bookingpress_service_duration_unit` VARCHAR(1) NOT NULL,
  `bookingpress_payment_gateway` VARCHAR(255) DEFAULT NULL,
  `bookingpress_appointment_date` DATE NOT NULL,
  `bookingpress_appointment_end_date` DATE NOT NULL,
  `bookingpress_appointment_time` TIME NOT NULL,
  `bookingpress_appointment_end_time` TIME NOT NULL,
  `bookingpress_appointment_internal_note` TEXT DEFAULT NULL,
  `bookingpress_appointment_send_notifications` TINYINT(1) DEFAULT 0,
  `bookingpress_appointment_status` varchar(20) NOT NULL,
  `bookingpress_paid_amount` float DEFAULT 0,
  `bookingpress_due_amount` float DEFAULT 0,
  `bookingpress_selected_appointment_date` DATE NOT NULL,
  `bookingpress_selected_appointment_end_date` DATE NOT NULL,
  `bookingpress_selected_appointment_time` TIME NOT NULL,
  `bookingpress_selected_appointment_end_time` TIME NOT NULL,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_form_fields` (
  `bookingpress_form_field_id` SMALLINT NOT NULL AUTO_INCREMENT,
  `bookingpress_form_field_name` varchar(255) NOT NULL,
  `bookingpress_field_required` TINYINT(1) DEFAULT 0,
  `bookingpress_field_label` TEXT NOT NULL,
  `bookingpress_field_placeholder` TEXT DEFAULT NULL,
  `bookingpress_field_error_message` VARCHAR(255) DEFAULT NULL,
  `bookingpress_field_is_hide` TINYINT(1) DEFAULT 0,
  `bookingpress_field_position` FLOAT DEFAULT 0,
  `bookingpress_field_is_default` tinyint(1) DEFAULT 0,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_form_field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_customize_settings` (
  `bookingpress_setting_id` int(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_setting_name` varchar(255) NOT NULL,
  `bookingpress_setting_value` TEXT NOT NULL,
  `bookingpress_setting_type` varchar(255) NOT NULL,
  `bookingpress_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_debug_payment_log` (
  `bookingpress_payment_log_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_payment_log_ref_id` bigint(11) NOT NULL DEFAULT '0',
  `bookingpress_payment_log_gateway` varchar(255) DEFAULT NULL,
  `bookingpress_payment_log_event` varchar(255) DEFAULT NULL,
  `bookingpress_payment_log_event_from` varchar(255) DEFAULT NULL,
  `bookingpress_payment_log_status` TINYINT(1) DEFAULT '1',
  `bookingpress_payment_log_raw_data` TEXT,
  `bookingpress_payment_log_added_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_payment_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_customers_meta` (
  `bookingpress_customermeta_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_customer_id` bigint(11) NOT NULL,
  `bookingpress_customersmeta_key` varchar(255) NOT NULL,
  `bookingpress_customersmeta_value` TEXT DEFAULT NULL,
  `bookingpress_customersmeta_created_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_customermeta_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_other_debug_logs` (
  `bookingpress_other_log_id` int(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_other_log_ref_id` int(11) NOT NULL,
  `bookingpress_other_log_type` varchar(255) DEFAULT NULL,
  `bookingpress_other_log_event` varchar(255) DEFAULT NULL,
  `bookingpress_other_log_event_from` varchar(255) DEFAULT NULL,
  `bookingpress_other_log_raw_data` TEXT DEFAULT NULL,
  `bookingpress_other_log_added_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_other_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_entries_meta` (
  `bookingpress_entry_meta_id` int(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_entry_id` int(11) NOT NULL,
  `bookingpress_entry_meta_key` TEXT NOT NULL,
  `bookingpress_entry_meta_value` TEXT DEFAULT NULL,
  `bookingpress_entrymeta_created_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_entry_meta_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookignpress_double_bookings` (
  `bookingpress_double_booking_id` INT(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_entry_id` INT(11) NOT NULL,
  `bookingpress_double_booking_reason` LONGTEXT NOT NULL,
  `bookingpress_payment_gateway` VARCHAR(255) NOT NULL,
  `bookingpress_staffmember_id` INT(11) DEFAULT 0,
  `bookingpress_payer_email` varchar(255) DEFAULT NULL,
  `bookingpress_transaction_id` varchar(255) DEFAULT NULL,
  `bookingpress_payment_date_time` datetime DEFAULT '1970-01-01 00:00:00',
  `bookingpress_payment_status` smallint(1) DEFAULT 1,
  `bookingpress_payment_amount` FLOAT(8, 2) DEFAULT 0,
  `bookingpress_payment_currency` varchar(100) DEFAULT NULL,
  `bookingpress_payment_type` varchar(20) DEFAULT NULL,
  `bookingpress_payment_response` TEXT DEFAULT NULL,
  `bookingpress_additional_info` TEXT DEFAULT NULL,
  `bookingpress_request_raw_data` LONGTEXT NOT NULL,
  `bookingpress_is_refund_supported` TINYINT NOT NULL DEFAULT '0',
  `bookingpress_refund_response` TEXT NOT NULL,
  `bookingpress_refund_reason` LONGTEXT NOT NULL,
  `bookingpress_is_refunded` TINYINT NOT NULL DEFAULT '0',
  `bookingpress_created_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ( `bookingpress_double_booking_id` )
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_transient` (
  `bookingpress_transient_id` bigint(11) NOT NULL AUTO_INCREMENT,
  `bookingpress_transient_key` VARCHAR(100) NOT NULL,
  `bookingpress_transient_value` LONGTEXT NOT NULL,
  `bookingpress_transient_expiry` VARCHAR(50) NULL DEFAULT NULL,
  `bookingpress_transient_created_date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`bookingpress_transient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_export_data_log` (
  `export_id` int(11) NOT NULL AUTO_INCREMENT,
  `export_data` TEXT DEFAULT NULL,
  `export_complete` int(11) DEFAULT 0,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`export_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_export_log_detail` (
  `export_detail_id` int(11) NOT NULL AUTO_INCREMENT,
  `export_id` int(11) NOT NULL,
  `export_detail_type` varchar(255) NOT NULL,
  `export_detail_total_record` int(11) NOT NULL DEFAULT 0,
  `export_detail_last_record` int(11) NOT NULL DEFAULT 0,
  `export_detail_complete` int(11) DEFAULT 0,
  `export_detail_option` varchar(255) DEFAULT NULL,
  `export_detail_record_hide` int(11) DEFAULT 0,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`export_detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_import_data_log` (
  `import_id` int(11) NOT NULL AUTO_INCREMENT,
  `import_data` TEXT DEFAULT NULL,
  `import_complete` int(11) DEFAULT 0,
  `export_key` varchar(255) DEFAULT NULL,
  `export_site_key` varchar(255) DEFAULT NULL,
  `site_url` varchar(255) DEFAULT NULL,
  `import_stop_reason` text DEFAULT NULL,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`import_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_import_detail_log` (
  `detail_import_id` int(11) NOT NULL AUTO_INCREMENT,
  `import_id` int(11) NOT NULL,
  `detail_import_detail_type` varchar(255) NOT NULL,
  `detail_import_complete` int(11) DEFAULT 0,
  `detail_import_total_record` int(11) NOT NULL DEFAULT 0,
  `detail_import_last_record` int(11) NOT NULL DEFAULT 0,
  `detail_import_display` int(1) NOT NULL DEFAULT 0,
  `export_site_key` varchar(255) DEFAULT NULL,
  `export_key` varchar(255) DEFAULT NULL,
  `detail_import_stop_reason` text DEFAULT NULL,
  `total_import_record` int(11) NOT NULL DEFAULT 0,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`detail_import_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_import_record_rel` (
  `record_rel_id` int(11) NOT NULL AUTO_INCREMENT,
  `import_id` int(11) NOT NULL,
  `record_rel_type` varchar(255) NOT NULL,
  `record_old_id` int(11) DEFAULT 0,
  `record_new_id` int(11) DEFAULT 0,
  `record_rel_lang_type` varchar(255) DEFAULT NULL,
  `export_key` varchar(255) DEFAULT NULL,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`record_rel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_bookingpress_import_images` (
  `import_image_id` int(11) NOT NULL AUTO_INCREMENT,
  `import_id` int(11) NOT NULL,
  `import_table` varchar(255) NOT NULL,
  `import_field` varchar(255) DEFAULT NULL,
  `import_table_id` int(11) DEFAULT 0,
  `import_image_name` varchar(255) DEFAULT NULL,
  `import_image_url` varchar(255) DEFAULT NULL,
  `import_image_complete` int(1) DEFAULT 0,
  `export_key` varchar(255) DEFAULT NULL,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`import_image_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `wp_bookingpress_appointment_bookings` ADD INDEX `bookingpress_appointment_status-appointment_date` (`bookingpress_appointment_status`, `bookingpress_appointment_date`);
ALTER TABLE `wp_bookingpress_appointment_bookings` ADD INDEX `bookingpress_service_id-appointment_status-appointment_date` (`bookingpress_service_id`, `bookingpress_appointment_status`, `bookingpress_appointment_date`);
ALTER TABLE `wp_bookingpress_appointment_bookings` ADD INDEX `bookingpress_appointment_date-appointment_time-appointment_end_t` (`bookingpress_appointment_date`, `bookingpress_appointment_time`, `bookingpress_appointment_end_time`);
ALTER TABLE `wp_bookingpress_customers` ADD INDEX `bookingpress_user_type-user_status` (`bookingpress_user_type`, `bookingpress_user_status`);
ALTER TABLE `wp_bookingpress_customers_meta` ADD INDEX `bookingpress_customer_id-customersmeta_key` (`bookingpress_customer_id`, `bookingpress_customersmeta_key`);
ALTER TABLE `wp_bookingpress_payment_transactions` ADD INDEX `bookingpress_payment_date_time-payment_status` (`bookingpress_payment_date_time`, `bookingpress_payment_status`);
ALTER TABLE `wp_bookingpress_payment_transactions` ADD INDEX `bookingpress_service_id-appointment_date-start_time-end_time` (`bookingpress_service_id`, `bookingpress_appointment_date`, `bookingpress_appointment_start_time`, `bookingpress_appointment_end_time`);
ALTER TABLE `wp_bookingpress_transient` ADD INDEX `bookingpress_transient_id_key_index` (`bookingpress_transient_id`,`bookingpress_transient_key`);

-- miniCal (open-source property management system for hotels, hostels, B&Bs and vacation rentals, with a channel manager)
--   github.com/minical/minical commit 19f0f2aa06f830555938d0aab70b08cb0a93e18b (OSL-3.0)
--   public/application/migrations/001_create_base.php (CodeIgniter 3 dbforge migration, the install schema),
--   each add_field()/add_key()/create_table() written as the MySQL CREATE TABLE that CI3's MySQLi forge emits
--   (NOT NULL unless 'null' => TRUE, constraint as length, primary keys from add_key(..., TRUE)); ENGINE=InnoDB as
--   the migration's ALTER TABLE sets. Upstream declares no foreign keys and no other indexes.
--   67 of the 112 tables kept; see minical.md for the ones left out.

CREATE TABLE `booking` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `rate` FLOAT NULL,
  `adult_count` TINYINT(4) NULL,
  `children_count` TINYINT(4) DEFAULT '0' NOT NULL,
  `state` INT(2) DEFAULT '0' NOT NULL,
  `booking_notes` TEXT NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `booking_customer_id` BIGINT(2) UNSIGNED NULL,
  `booked_by` BIGINT(20) NULL,
  `balance` FLOAT DEFAULT '0' NULL,
  `balance_without_forecast` FLOAT DEFAULT '0' NOT NULL,
  `invoice_hash` CHAR(32) NULL,
  `use_rate_plan` TINYINT(1) DEFAULT '0' NOT NULL,
  `rate_plan_id` BIGINT(2) UNSIGNED NULL,
  `color` VARCHAR(11) DEFAULT 'transparent' NOT NULL,
  `housekeeping_notes` MEDIUMTEXT NULL,
  `charge_type_id` BIGINT(2) UNSIGNED NULL,
  `guest_review` DECIMAL(2) NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `source` INT(11) DEFAULT '0' NOT NULL,
  `is_ota_booking` TINYINT(1) DEFAULT '0' NOT NULL,
  `pay_period` TINYINT(1) DEFAULT '0' NOT NULL,
  `revenue` FLOAT DEFAULT '0' NULL,
  `add_daily_charge` TINYINT(1) DEFAULT '1' NOT NULL,
  `residual_rate` INT(10) NULL,
  `is_invoice_auto_sent` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`booking_id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_block` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL,
  `room_id` BIGINT(2) UNSIGNED NOT NULL,
  `room_type_id` BIGINT(2) UNSIGNED NULL,
  `check_in_date` DATETIME NULL,
  `check_out_date` DATETIME NULL,
  `booking_room_history_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`booking_room_history_id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_field` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(225) NULL,
  `company_id` BIGINT(20) NULL,
  `show_on_booking_form` INT(4) DEFAULT '1' NOT NULL,
  `show_on_registration_card` TINYINT(4) DEFAULT '1' NOT NULL,
  `show_on_in_house_report` TINYINT(4) DEFAULT '1' NOT NULL,
  `show_on_invoice` TINYINT(1) DEFAULT '1' NOT NULL,
  `is_required` TINYINT(4) DEFAULT '0' NOT NULL,
  `is_deleted` TINYINT(4) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_linked_group` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(20) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_log` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL,
  `date_time` DATETIME NOT NULL,
  `user_id` BIGINT(2) UNSIGNED NULL,
  `log` TEXT NULL,
  `log_type` INT(2) DEFAULT '0' NULL,
  `selling_date` DATE NULL
) ENGINE=InnoDB;

CREATE TABLE `booking_review` (
  `id` BIGINT(20) NOT NULL,
  `booking_id` BIGINT(20) NOT NULL,
  `customer_id` BIGINT(20) NOT NULL,
  `rating` FLOAT NOT NULL,
  `comment` TEXT NULL,
  `created` DATETIME NULL
) ENGINE=InnoDB;

CREATE TABLE `booking_source` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `commission_rate` VARCHAR(20) NULL,
  `company_id` BIGINT(20) NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_hidden` TINYINT(1) DEFAULT '0' NOT NULL,
  `sort_order` INT(11) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_staying_customer_list` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL,
  `customer_id` BIGINT(20) NOT NULL,
  `company_id` BIGINT(2) UNSIGNED NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `booking_x_booking_field` (
  `booking_id` BIGINT(20) NOT NULL,
  `booking_field_id` INT(11) NOT NULL,
  `value` VARCHAR(255) NULL
) ENGINE=InnoDB;

CREATE TABLE `booking_x_booking_linked_group` (
  `booking_id` BIGINT(20) NULL,
  `booking_group_id` BIGINT(20) NULL
) ENGINE=InnoDB;

CREATE TABLE `booking_x_extra` (
  `booking_extra_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `extra_id` BIGINT(2) UNSIGNED NOT NULL,
  `start_date` DATE NULL,
  `end_date` DATE NULL,
  `quantity` BIGINT(2) UNSIGNED NOT NULL,
  `rate` DECIMAL(10,2) NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `booking_id` BIGINT(2) UNSIGNED NULL,
  PRIMARY KEY (`booking_extra_id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_x_invoice` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL,
  `invoice_id` BIGINT(2) UNSIGNED NOT NULL,
  PRIMARY KEY (`booking_id`)
) ENGINE=InnoDB;

CREATE TABLE `booking_x_statement` (
  `booking_id` BIGINT(2) UNSIGNED NOT NULL,
  `statement_id` BIGINT(2) UNSIGNED NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `charge` (
  `charge_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(125) NULL,
  `date_time` DATETIME NULL,
  `booking_id` BIGINT(2) UNSIGNED NULL,
  `amount` DECIMAL(10,2) NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `charge_type_id` BIGINT(2) UNSIGNED NULL,
  `selling_date` DATE NULL,
  `user_id` BIGINT(2) UNSIGNED NULL,
  `customer_id` BIGINT(20) NULL,
  `pay_period` TINYINT(1) NULL,
  `is_night_audit_charge` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`charge_id`)
) ENGINE=InnoDB;

CREATE TABLE `charge_folio` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `charge_id` BIGINT(20) NOT NULL,
  `folio_id` BIGINT(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `charge_type` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(20) NOT NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `is_room_charge_type` TINYINT(1) DEFAULT '0' NULL,
  `is_default_room_charge_type` TINYINT(1) DEFAULT '0' NULL,
  `is_tax_exempt` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `company` (
  `company_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` MEDIUMTEXT NULL,
  `address` MEDIUMTEXT NULL,
  `phone` MEDIUMTEXT NULL,
  `city` MEDIUMTEXT NULL,
  `region` MEDIUMTEXT NULL,
  `country` MEDIUMTEXT NULL,
  `website` MEDIUMTEXT NULL,
  `email` MEDIUMTEXT NULL,
  `fax` MEDIUMTEXT NULL,
  `selling_date` DATE NULL,
  `nightly_audit_charge_id` BIGINT(2) UNSIGNED NULL,
  `time_zone` MEDIUMTEXT NULL,
  `GST_number` MEDIUMTEXT NULL,
  `postal_code` VARCHAR(15) NULL,
  `is_daily_rate_including_tax` INT(1) DEFAULT '0' NOT NULL,
  `is_setup` TINYINT(1) DEFAULT '0' NULL,
  `number_of_rooms` INT(3) DEFAULT '0' NOT NULL,
  `reservation_policies` TEXT NULL,
  `check_in_policies` TEXT NULL,
  `night_audit_auto_prompt` TINYINT(1) DEFAULT '1' NOT NULL,
  `night_audit_auto_prompt_time` TIME DEFAULT '05:00:00' NOT NULL,
  `night_audit_force_check_out` TINYINT(1) DEFAULT '1' NOT NULL,
  `night_audit_multiple_days` TINYINT(1) DEFAULT '0' NOT NULL,
  `require_paypal_payment` TINYINT(4) DEFAULT '0' NOT NULL,
  `paypal_account` VARCHAR(45) NULL,
  `percentage_of_required_paypal_payment` INT(2) DEFAULT '50' NOT NULL,
  `housekeeping_auto_clean_is_enabled` TINYINT(1) DEFAULT '1' NOT NULL,
  `housekeeping_auto_clean_time` TIME DEFAULT '16:00:00' NOT NULL,
  `housekeeping_day_interval_for_full_cleaning` INT(2) DEFAULT '4' NOT NULL,
  `online_reservation_confirmation_message` VARCHAR(512) DEFAULT 'To secure your reservation spot, please confirm your reservation with the [name] by calling [phone] or by sending email to [email]' NULL,
  `default_currency_id` BIGINT(2) UNSIGNED NULL,
  `night_audit_auto_run_is_enabled` TINYINT(1) DEFAULT '1' NOT NULL,
  `night_audit_auto_run_time` TIME DEFAULT '04:00:00' NOT NULL,
  `property_type` INT UNSIGNED DEFAULT '0' NOT NULL,
  `invoice_email_header` TEXT NULL,
  `booking_confirmation_email_header` TEXT NULL,
  `send_invoice_email_automatically` TINYINT(1) DEFAULT '0' NOT NULL,
  `ask_for_review_in_invoice_email` TINYINT(1) DEFAULT '0' NOT NULL,
  `hide_decimal_places` TINYINT(1) DEFAULT '0' NOT NULL,
  `companycol` MEDIUMTEXT NULL,
  `redirect_to_trip_advisor` TINYINT(1) DEFAULT '0' NOT NULL,
  `tripadvisor_link` MEDIUMTEXT NULL,
  `employee_auto_logout_is_enabled` TINYINT(1) DEFAULT '0' NOT NULL,
  `api_key` VARCHAR(32) NULL,
  `website_uri` VARCHAR(45) NULL,
  `website_about` MEDIUMTEXT NULL,
  `website_latitude` VARCHAR(45) NULL,
  `website_longitude` VARCHAR(45) NULL,
  `website_is_taking_online_reservation` TINYINT(1) DEFAULT '0' NULL,
  `website_theme_color` VARCHAR(6) DEFAULT 'EDE8EB' NULL,
  `website_facebook_page_url` VARCHAR(60) NULL,
  `website_tripadvisor_location_id` VARCHAR(20) NULL,
  `google_analytics_id` VARCHAR(20) NULL,
  `google_conversion_id` VARCHAR(20) NULL,
  `google_conversion_label` VARCHAR(20) NULL,
  `logo_image_id` BIGINT(2) UNSIGNED NULL,
  `logo_image_group_id` BIGINT(2) UNSIGNED NULL,
  `gallery_image_group_id` BIGINT(2) UNSIGNED NULL,
  `slideshow_image_group_id` BIGINT(2) UNSIGNED NULL,
  `website_title` MEDIUMTEXT NULL,
  `website_tripadvisor_widget_type` TINYINT(1) DEFAULT '0' NULL,
  `allow_same_day_check_in` TINYINT(1) DEFAULT '1' NULL,
  `booking_email_confirmation_message` VARCHAR(512) DEFAULT 'This reservation is provisionary. It is not confirmed until the payment information is given from the customer. For questions, please contact us at [email].' NULL,
  `invoice_header` TEXT NULL,
  `last_night_audit` DATE NULL,
  `night_audit_charge_in_house_only` TINYINT(1) DEFAULT '0' NULL,
  `night_audit_ignore_check_out_date` TINYINT(1) DEFAULT '0' NULL,
  `book_over_unconfirmed_reservations` TINYINT(1) DEFAULT '0' NOT NULL,
  `statement_number` INT(11) DEFAULT '1' NOT NULL,
  `enable_card_tokenization` TINYINT(1) DEFAULT '1' NOT NULL,
  `booking_engine_booking_status` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_total_balance_include_forecast` TINYINT(1) DEFAULT '1' NOT NULL,
  `is_display_tooltip` TINYINT(1) DEFAULT '1' NOT NULL,
  `partner_id` INT(50) DEFAULT '0' NOT NULL,
  `booking_dot_com_rate_type` VARCHAR(50) DEFAULT 'base_rate' NULL,
  `common_additional_adult_rate` DECIMAL(10,2) NULL,
  `allow_non_continuous_bookings` TINYINT(1) DEFAULT '1' NOT NULL,
  `maximum_no_of_blocks` INT(11) DEFAULT '2' NOT NULL,
  `manual_payment_capture` TINYINT(1) DEFAULT '0' NOT NULL,
  `include_cancelled_noshow_bookings` TINYINT(1) DEFAULT '1' NOT NULL,
  `force_room_selection` TINYINT(1) DEFAULT '1' NOT NULL,
  `send_copy_to_additional_emails` TINYINT(1) DEFAULT '0' NOT NULL,
  `additional_company_emails` TEXT NULL,
  `hide_forecast_charges` TINYINT(1) DEFAULT '0' NOT NULL,
  `housekeeping_auto_dirty_is_enabled` TINYINT(1) DEFAULT '0' NOT NULL,
  `housekeeping_auto_dirty_time` TIME DEFAULT '16:00:00' NOT NULL,
  `automatic_feedback_email` VARCHAR(255) DEFAULT '0' NOT NULL,
  `subscription_country` VARCHAR(255) DEFAULT 'US' NOT NULL,
  `auto_no_show` TINYINT(1) DEFAULT '1' NOT NULL,
  `last_login` DATE NULL,
  `show_rate_on_registration_card` TINYINT(1) DEFAULT '1' NOT NULL,
  `automatic_email_confirmation` TINYINT(1) DEFAULT '0' NOT NULL,
  `automatic_email_cancellation` TINYINT(1) DEFAULT '0' NOT NULL,
  `email_confirmation_for_ota_reservations` TINYINT(1) DEFAULT '0' NOT NULL,
  `make_guest_field_mandatory` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `ui_theme` TINYINT(1) DEFAULT '1' NOT NULL,
  `default_charge_name` VARCHAR(255) DEFAULT 'Room Charge' NOT NULL,
  `date_format` VARCHAR(50) DEFAULT 'YY-MM-DD' NOT NULL,
  `default_room_singular` VARCHAR(255) DEFAULT 'Room' NOT NULL,
  `default_room_plural` VARCHAR(255) DEFAULT 'Rooms' NOT NULL,
  `default_room_type` VARCHAR(255) DEFAULT 'Room Type' NOT NULL,
  `avoid_dmarc_blocking` TINYINT(1) DEFAULT '0' NOT NULL,
  `enable_hourly_booking` TINYINT(1) DEFAULT '0' NOT NULL,
  `default_checkin_time` VARCHAR(50) DEFAULT '12:00 AM' NOT NULL,
  `default_checkout_time` VARCHAR(50) DEFAULT '12:00 AM' NOT NULL,
  `allow_free_bookings` TINYINT(1) DEFAULT '0' NOT NULL,
  `show_logo_on_registration_card` TINYINT(1) DEFAULT '0' NULL,
  `restrict_booking_dates_modification` TINYINT(4) DEFAULT '0' NULL,
  `restrict_checkout_with_balance` TINYINT(4) DEFAULT '0' NULL,
  `enable_api_access` TINYINT(1) DEFAULT '0' NULL,
  `customer_modify_booking` TINYINT(1) DEFAULT '0' NOT NULL,
  `booking_cancelled_with_balance` TINYINT(1) DEFAULT '0' NOT NULL,
  `booking_checkedout_with_balance` TINYINT(1) DEFAULT '0' NOT NULL,
  `enable_new_calendar` TINYINT(1) DEFAULT '1' NOT NULL,
  `default_language` INT(10) DEFAULT '1' NOT NULL,
  `hide_room_name` TINYINT(1) DEFAULT '0' NOT NULL,
  `email_confirmation_for_booking_engine` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_cc_visualization_enabled` TINYINT(1) DEFAULT '0' NOT NULL,
  `send_booking_notes` TINYINT(1) DEFAULT '0' NOT NULL,
  `show_guest_group_invoice` TINYINT(1) DEFAULT '0' NOT NULL,
  `booking_engine_tracking_code` TEXT NULL,
  `email_cancellation_for_ota_reservations` TINYINT(1) DEFAULT '0' NOT NULL,
  `restrict_cvc_not_mandatory` TINYINT(1) DEFAULT '0' NOT NULL,
  `calendar_days` TINYINT(2) NULL,
  `restrict_edit_after_checkout` TINYINT(1) DEFAULT '0' NOT NULL,
  `allow_change_previous_booking_status` TINYINT(1) DEFAULT '1' NOT NULL,
  `bussiness_name` VARCHAR(45) NULL,
  `bussiness_number` VARCHAR(45) NULL,
  `bussiness_fiscal_number` VARCHAR(45) NULL,
  PRIMARY KEY (`company_id`)
) ENGINE=InnoDB;

CREATE TABLE `company_payment_gateway` (
  `company_id` BIGINT(2) UNSIGNED NOT NULL,
  `beanstream_merchant_id` VARCHAR(45) NULL,
  `beanstream_api_access_passcode` VARCHAR(45) NULL,
  `beanstream_profile_api_access_passcode` VARCHAR(45) NULL,
  `paypal_email` VARCHAR(45) NULL,
  `selected_payment_gateway` VARCHAR(45) NULL,
  `stripe_secret_key` VARCHAR(255) NULL,
  `stripe_publishable_key` VARCHAR(255) NULL,
  `gateway_login` VARCHAR(255) NULL,
  `gateway_password` TEXT NULL,
  `gateway_meta_data` TEXT NULL,
  `store_cc_in_booking_engine` INT(1) DEFAULT '0' NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `company_security` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `company_id` INT(11) UNSIGNED NOT NULL,
  `user_id` INT(11) NULL,
  `secret_code` VARCHAR(255) NULL,
  `qr_code_url` TINYTEXT NULL,
  `security_name` VARCHAR(255) NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `cron_email_log` (
  `company_id` BIGINT(2) UNSIGNED NOT NULL,
  `email_type` VARCHAR(45) NOT NULL,
  `to` VARCHAR(45) NULL,
  `date_sent` DATETIME NULL,
  PRIMARY KEY (`email_type`)
) ENGINE=InnoDB;

CREATE TABLE `currency` (
  `currency_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `currency_code` CHAR(3) NOT NULL,
  `currency_name` VARCHAR(45) NOT NULL,
  `currency_symbol` VARCHAR(5) NULL,
  PRIMARY KEY (`currency_id`)
) ENGINE=InnoDB;

CREATE TABLE `customer` (
  `customer_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `customer_name` VARCHAR(255) NULL,
  `address` TEXT NULL,
  `city` VARCHAR(100) NULL,
  `region` VARCHAR(100) NULL,
  `country` VARCHAR(100) NULL,
  `postal_code` VARCHAR(10) NULL,
  `phone` CHAR(20) NULL,
  `fax` VARCHAR(15) NULL,
  `email` VARCHAR(200) NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `customer_notes` TEXT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `customer_type` VARCHAR(11) DEFAULT 'PERSON' NULL,
  `cc_number` VARCHAR(55) NULL,
  `cc_expiry_month` VARCHAR(2) NULL,
  `cc_expiry_year` VARCHAR(2) NULL,
  `stripe_customer_id` VARCHAR(255) NULL,
  `customer_type_id` INT(11) DEFAULT '1' NULL,
  `address2` VARCHAR(45) NULL,
  `phone2` CHAR(20) NULL,
  `cc_tokenex_token` VARCHAR(255) NULL,
  `cc_cvc_encrypted` MEDIUMTEXT NULL,
  PRIMARY KEY (`customer_id`)
) ENGINE=InnoDB;

CREATE TABLE `customer_card_detail` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `is_primary` INT(11) NOT NULL,
  `evc_card_status` INT(11) NULL,
  `card_name` VARCHAR(255) NULL,
  `customer_id` BIGINT(20) NULL,
  `customer_name` VARCHAR(255) NULL,
  `company_id` BIGINT(20) NULL,
  `cc_number` VARCHAR(255) NULL,
  `cc_expiry_month` VARCHAR(255) NULL,
  `cc_expiry_year` VARCHAR(255) NULL,
  `cc_tokenex_token` VARCHAR(255) NULL,
  `cc_cvc_encrypted` VARCHAR(255) NULL,
  `is_card_deleted` INT(10) DEFAULT '0' NOT NULL,
  `customer_meta_data` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `customer_field` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(45) NULL,
  `company_id` BIGINT(20) NULL,
  `show_on_customer_form` TINYINT(1) DEFAULT '1' NOT NULL,
  `show_on_registration_card` TINYINT(1) DEFAULT '1' NOT NULL,
  `show_on_in_house_report` TINYINT(1) DEFAULT '1' NOT NULL,
  `show_on_invoice` TINYINT(1) DEFAULT '1' NOT NULL,
  `is_required` TINYINT(1) DEFAULT '0' NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `room_type_id` INT(11) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `customer_type` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(45) NULL,
  `company_id` BIGINT(20) NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `sort_order` INT(11) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `customer_x_customer_field` (
  `customer_id` BIGINT(20) NOT NULL,
  `customer_field_id` INT(11) NOT NULL,
  `value` VARCHAR(45) NULL
) ENGINE=InnoDB;

CREATE TABLE `date_range` (
  `date_range_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `date_start` DATE DEFAULT '2000-01-01' NULL,
  `date_end` DATE DEFAULT '2030-01-01' NULL,
  `monday` TINYINT(1) DEFAULT '1' NULL,
  `tuesday` TINYINT(1) DEFAULT '1' NULL,
  `wednesday` TINYINT(1) DEFAULT '1' NULL,
  `thursday` TINYINT(1) DEFAULT '1' NULL,
  `friday` TINYINT(1) DEFAULT '1' NULL,
  `saturday` TINYINT(1) DEFAULT '1' NULL,
  `sunday` TINYINT(1) DEFAULT '1' NULL,
  PRIMARY KEY (`date_range_id`)
) ENGINE=InnoDB;

CREATE TABLE `date_range_x_room_type` (
  `date_range_x_room_type_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `room_type_id` BIGINT(2) UNSIGNED NOT NULL,
  `date_range_id` BIGINT(2) UNSIGNED NOT NULL,
  `can_be_sold_online` TINYINT(1) DEFAULT '1' NOT NULL,
  PRIMARY KEY (`date_range_x_room_type_id`)
) ENGINE=InnoDB;

CREATE TABLE `employee_log` (
  `user_id` BIGINT(20) NOT NULL,
  `selling_date` DATE NOT NULL,
  `date_time` DATETIME NOT NULL,
  `log` VARCHAR(255) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `extra` (
  `extra_id` INT(11) NOT NULL AUTO_INCREMENT,
  `extra_type` VARCHAR(10) NULL,
  `extra_name` VARCHAR(255) NULL,
  `charge_type_id` BIGINT(2) UNSIGNED NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `charging_scheme` VARCHAR(20) DEFAULT 'on_start_date' NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `show_on_pos` TINYINT(1) DEFAULT '1' NOT NULL,
  PRIMARY KEY (`extra_id`)
) ENGINE=InnoDB;

CREATE TABLE `extra_rate` (
  `extra_rate_id` INT(11) NOT NULL AUTO_INCREMENT,
  `rate` FLOAT DEFAULT '0' NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `currency_id` BIGINT(2) UNSIGNED NULL,
  `extra_id` BIGINT(2) UNSIGNED NULL,
  PRIMARY KEY (`extra_rate_id`)
) ENGINE=InnoDB;

CREATE TABLE `floor` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `floor_name` VARCHAR(100) NOT NULL,
  `company_id` BIGINT(20) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `folio` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `booking_id` BIGINT(20) NOT NULL,
  `folio_name` VARCHAR(255) NOT NULL,
  `customer_id` BIGINT(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `is_deleted` INT(11) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `image` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `image_group_id` INT(11) NULL,
  `filename` VARCHAR(32) NULL,
  `image_order` INT(3) DEFAULT '0' NULL,
  `caption` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `image_group` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `image_type_id` BIGINT(2) UNSIGNED NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `invoice` (
  `invoice_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `invoice_number` INT(11) NULL,
  PRIMARY KEY (`invoice_id`)
) ENGINE=InnoDB;

CREATE TABLE `invoice_log` (
  `booking_id` BIGINT(20) NULL,
  `date_time` DATETIME NULL,
  `user_id` BIGINT(20) NULL,
  `action_id` INT(2) NULL,
  `log` MEDIUMTEXT NULL,
  `charge_or_payment_id` BIGINT(20) NULL,
  `new_amount` DECIMAL(10,2) NULL
) ENGINE=InnoDB;

CREATE TABLE `key` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(40) NOT NULL,
  `level` INT(2) NOT NULL,
  `ignore_limits` TINYINT(1) DEFAULT '0' NOT NULL,
  `date_created` DATE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `language` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `language_name` VARCHAR(255) NOT NULL,
  `is_default_lang` TINYINT(1) NOT NULL,
  `is_enable` TINYINT(1) DEFAULT '0' NOT NULL,
  `version` BIGINT(20) DEFAULT '1' NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `flag` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `login_attempt` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ip_address` VARCHAR(40) NOT NULL,
  `login` VARCHAR(50) NOT NULL,
  `time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `night_audit_log` (
  `company_id` BIGINT(2) UNSIGNED NOT NULL,
  `selling_date` DATE NOT NULL,
  `local_time` DATETIME NOT NULL,
  `user_id` BIGINT(2) UNSIGNED NULL,
  `response` TEXT NULL
) ENGINE=InnoDB;

CREATE TABLE `options` (
  `option_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `company_id` INT(11) NOT NULL,
  `option_name` VARCHAR(191) NOT NULL,
  `option_value` LONGTEXT NOT NULL,
  `autoload` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`option_id`)
) ENGINE=InnoDB;

CREATE TABLE `ota_bookings` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `ota_booking_id` VARCHAR(100) NOT NULL,
  `ota_type` VARCHAR(100) NULL,
  `booking_type` VARCHAR(10) NULL,
  `create_date_time` DATETIME NULL,
  `pms_booking_id` BIGINT(20) NOT NULL,
  `check_in_date` DATE NULL,
  `check_out_date` DATE NULL,
  `xml_out` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ota_manager` (
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `ota_id` INT(11) NULL,
  `email` VARCHAR(255) NULL,
  `password` VARCHAR(255) NULL,
  `meta_data` TEXT NOT NULL,
  `company_id` BIGINT(20) NOT NULL,
  `created_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ota_properties` (
  `ota_manager_id` BIGINT(20) NOT NULL,
  `company_id` BIGINT(20) NOT NULL,
  `channex_property_data` LONGTEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `ota_rate_plans` (
  `ota_x_company_id` BIGINT(20) NOT NULL,
  `ota_rate_plan_id` VARCHAR(255) NULL,
  `minical_rate_plan_id` BIGINT(20) NULL,
  `ota_room_type_id` VARCHAR(255) NULL,
  `rate_update_type` VARCHAR(255) NULL,
  `company_id` INT(10) NULL
) ENGINE=InnoDB;

CREATE TABLE `ota_room_types` (
  `ota_x_company_id` BIGINT(20) NOT NULL,
  `ota_room_type_id` VARCHAR(255) NOT NULL,
  `minical_room_type_id` BIGINT(20) NULL,
  `company_id` INT(10) NULL
) ENGINE=InnoDB;

CREATE TABLE `ota_x_company` (
  `ota_x_company_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `company_id` BIGINT(20) NOT NULL,
  `ota_manager_id` BIGINT(20) NOT NULL,
  `rate_update_type` VARCHAR(255) NULL,
  `ota_property_id` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `is_extra_charge` TINYINT(1) DEFAULT '1' NULL,
  PRIMARY KEY (`ota_x_company_id`)
) ENGINE=InnoDB;

CREATE TABLE `ota_xml_logs` (
  `xml_log_id` INT(11) NOT NULL AUTO_INCREMENT,
  `xml_in` LONGTEXT NULL,
  `xml_out` LONGTEXT NULL,
  `datetime` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `request_type` TINYINT(1) NULL,
  `response_type` TINYINT(1) NULL,
  `ota_id` INT(11) NULL,
  `ota_property_id` VARCHAR(100) NULL,
  PRIMARY KEY (`xml_log_id`)
) ENGINE=InnoDB;

CREATE TABLE `otas` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NULL,
  `name` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `payment` (
  `payment_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(255) NULL,
  `date_time` DATETIME NULL,
  `booking_id` BIGINT(2) UNSIGNED NULL,
  `amount` DECIMAL(10,2) NULL,
  `payment_type_id` BIGINT(2) UNSIGNED NULL,
  `credit_card_id` BIGINT(20) NULL,
  `selling_date` DATE NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `user_id` BIGINT(2) UNSIGNED NULL,
  `customer_id` BIGINT(20) NULL,
  `payment_gateway_used` VARCHAR(255) NULL,
  `gateway_charge_id` VARCHAR(255) NULL,
  `read_only` INT(1) NULL,
  `payment_status` VARCHAR(20) NULL,
  `parent_charge_id` VARCHAR(255) NULL,
  `is_captured` TINYINT(1) DEFAULT '1' NOT NULL,
  `logs` TEXT NULL,
  `payment_link_id` VARCHAR(100) NULL,
  PRIMARY KEY (`payment_id`)
) ENGINE=InnoDB;

CREATE TABLE `payment_folio` (
  `payment_id` BIGINT(20) NOT NULL,
  `folio_id` BIGINT(20) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `payment_type` (
  `payment_type_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `payment_type` VARCHAR(100) NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `is_read_only` TINYINT(1) DEFAULT '0' NULL,
  PRIMARY KEY (`payment_type_id`)
) ENGINE=InnoDB;

CREATE TABLE `rate` (
  `rate_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `rate_plan_id` BIGINT(2) UNSIGNED NOT NULL,
  `base_rate` DECIMAL(10,2) NULL,
  `adult_1_rate` DECIMAL(10,2) NULL,
  `adult_2_rate` DECIMAL(10,2) NULL,
  `adult_3_rate` DECIMAL(10,2) NULL,
  `adult_4_rate` DECIMAL(10,2) NULL,
  `additional_adult_rate` DECIMAL(10,2) NULL,
  `additional_child_rate` DECIMAL(10,2) NULL,
  `is_deleted` TINYINT(1) NULL,
  `minimum_length_of_stay` INT(4) NULL,
  `maximum_length_of_stay` INT(4) NULL,
  `minimum_length_of_stay_arrival` INT(4) NULL,
  `maximum_length_of_stay_arrival` INT(4) NULL,
  `closed_to_arrival` TINYINT(1) NULL,
  `closed_to_departure` TINYINT(1) NULL,
  `can_be_sold_online` TINYINT(1) DEFAULT '1' NULL,
  PRIMARY KEY (`rate_id`)
) ENGINE=InnoDB;

CREATE TABLE `rate_plan` (
  `rate_plan_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `rate_plan_name` VARCHAR(45) NULL,
  `room_type_id` BIGINT(2) UNSIGNED NULL,
  `charge_type_id` BIGINT(2) UNSIGNED NULL,
  `description` MEDIUMTEXT NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `number_of_adults_included_for_base_rate` INT(1) DEFAULT '4' NOT NULL,
  `currency_id` BIGINT(2) UNSIGNED NULL,
  `base_rate_id` BIGINT(2) UNSIGNED NULL,
  `is_selectable` TINYINT(1) DEFAULT '1' NULL,
  `image_group_id` BIGINT(2) UNSIGNED NULL,
  `is_shown_in_online_booking_engine` TINYINT(1) DEFAULT '1' NULL,
  `company_id` BIGINT(20) NULL,
  `parent_rate_plan_id` BIGINT(20) NULL,
  `policy_code` VARCHAR(255) NULL,
  `date_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ,
  PRIMARY KEY (`rate_plan_id`)
) ENGINE=InnoDB;

CREATE TABLE `room` (
  `room_name` VARCHAR(56) NOT NULL,
  `room_type_id` BIGINT(2) UNSIGNED NULL,
  `status` VARCHAR(10) DEFAULT 'Clean' NOT NULL,
  `notes` MEDIUMTEXT NULL,
  `room_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `can_be_sold_online` TINYINT(1) DEFAULT '1' NOT NULL,
  `group_id` BIGINT(2) UNSIGNED DEFAULT '0' NOT NULL,
  `floor_id` INT(11) DEFAULT '0' NOT NULL,
  `location_id` INT(11) DEFAULT '0' NOT NULL,
  `sort_order` INT(10) DEFAULT '0' NOT NULL,
  `is_hidden` TINYINT(4) DEFAULT '0' NOT NULL,
  `score` FLOAT DEFAULT '0' NOT NULL,
  `instructions` MEDIUMTEXT NULL,
  PRIMARY KEY (`room_id`)
) ENGINE=InnoDB;

CREATE TABLE `room_location` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `location_name` VARCHAR(100) NOT NULL,
  `company_id` BIGINT(20) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `room_type` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `acronym` VARCHAR(6) NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `max_occupancy` INT(10) DEFAULT '0' NOT NULL,
  `min_occupancy` INT(10) DEFAULT '0' NOT NULL,
  `max_adults` INT(2) DEFAULT '4' NULL,
  `max_children` INT(2) DEFAULT '4' NULL,
  `image_group_id` BIGINT(2) UNSIGNED NULL,
  `description` MEDIUMTEXT NULL,
  `can_be_sold_online` TINYINT(1) DEFAULT '1' NULL,
  `ota_close_out_threshold` INT(11) DEFAULT '1' NOT NULL,
  `sort` INT(11) DEFAULT '0' NOT NULL,
  `default_room_charge` BIGINT(20) NULL,
  `prevent_inline_booking` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `session_id` VARCHAR(40) DEFAULT '0' NOT NULL,
  `ip_address` VARCHAR(45) DEFAULT '0' NOT NULL,
  `user_agent` VARCHAR(120) NULL,
  `last_activity` INT(1) UNSIGNED DEFAULT '0' NOT NULL,
  `user_data` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `statement` (
  `statement_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `statement_number` INT(11) NULL,
  `is_deleted` TINYINT(1) DEFAULT '0' NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `statement_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`statement_id`)
) ENGINE=InnoDB;

CREATE TABLE `tax_type` (
  `tax_type` VARCHAR(35) NOT NULL,
  `tax_rate` DECIMAL(10) DEFAULT '0.000' NOT NULL,
  `company_id` BIGINT(2) UNSIGNED NULL,
  `tax_type_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_deleted` TINYINT(1) DEFAULT '0' NULL,
  `is_percentage` TINYINT(1) DEFAULT '1' NULL,
  `is_brackets_active` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_tax_inclusive` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`tax_type_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_autologin` (
  `key_id` CHAR(32) NOT NULL,
  `user_id` BIGINT(2) UNSIGNED DEFAULT '0' NOT NULL,
  `user_agent` VARCHAR(150) NOT NULL,
  `last_ip` VARCHAR(40) NOT NULL,
  `last_login` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE `user_permissions` (
  `permission_id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `company_id` BIGINT(2) UNSIGNED NOT NULL,
  `user_id` BIGINT(2) UNSIGNED NOT NULL,
  `permission` VARCHAR(25) NULL,
  PRIMARY KEY (`permission_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_profiles` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT(2) UNSIGNED NOT NULL,
  `current_company_id` BIGINT(2) UNSIGNED NULL,
  `first_name` VARCHAR(35) NULL,
  `last_name` VARCHAR(35) NULL,
  `language` VARCHAR(15) DEFAULT 'english' NOT NULL,
  `language_id` INT(4) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_roles` (
  `user_id` BIGINT(2) UNSIGNED NOT NULL,
  `company_id` BIGINT(2) UNSIGNED NOT NULL,
  `role` INT(1) DEFAULT '0' NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` BIGINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `partner_id` INT(50) DEFAULT '0' NOT NULL,
  `username` VARCHAR(50) NULL,
  `password` VARCHAR(255) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `activated` TINYINT(1) DEFAULT '0' NOT NULL,
  `banned` TINYINT(1) DEFAULT '0' NOT NULL,
  `ban_reason` VARCHAR(255) NULL,
  `new_password_key` VARCHAR(50) NULL,
  `new_password_requested` DATETIME NULL,
  `new_email` VARCHAR(100) NULL,
  `new_email_key` VARCHAR(50) NULL,
  `last_ip` VARCHAR(40) NULL,
  `last_login` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `accepted_TOS` TINYINT(1) NULL,
  `completed_tutorial` TINYINT(1) DEFAULT '0' NOT NULL,
  `is_reminder_hidden` TINYINT(1) DEFAULT '0' NOT NULL,
  `tos_agreed_date` DATE NULL,
  `is_admin` TINYINT(1) DEFAULT '0' NULL,
  `is_overview_calendar` TINYINT(1) DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `whitelabel_partner` (
  `id` INT(50) NOT NULL AUTO_INCREMENT,
  `type_id` INT(11) DEFAULT '1' NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `username` VARCHAR(100) NOT NULL,
  `logo` VARCHAR(250) NOT NULL,
  `admin_user_id` BIGINT(255) NOT NULL,
  `status` ENUM("0","1") NOT NULL,
  `is_deleted` ENUM("0","1") NOT NULL,
  `domain` VARCHAR(255) NULL,
  `privacy_policy` TINYTEXT NOT NULL,
  `terms_of_service` TINYTEXT NOT NULL,
  `timezone` MEDIUMTEXT NOT NULL,
  `currency_id` BIGINT(20) NOT NULL,
  `location` VARCHAR(255) NOT NULL,
  `support_email` VARCHAR(255) NOT NULL,
  `do_not_reply_email` VARCHAR(255) NOT NULL,
  `intercom_app_id` VARCHAR(100) NULL,
  `auto_close_io` TINYINT(1) DEFAULT '0' NOT NULL,
  `logo_image_group_id` BIGINT(20) NULL,
  `overbooking_alert_email` VARCHAR(255) NOT NULL,
  `show_on_partners_page` TINYINT(1) DEFAULT '1' NOT NULL,
  `website` VARCHAR(255) NULL,
  `default_property_status` VARCHAR(25) DEFAULT 'active' NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

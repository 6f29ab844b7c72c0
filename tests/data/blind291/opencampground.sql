-- Open Campground (campground and RV-park reservation system), "lts 2.3", schema version 108
--   github.com/sgraham3/OpenCampground commit 4ece115554b2a566293c568d33dc72eb69bf32cc (GPL-2.0-or-later, stated in
--   app/views/admin/about/index.html.erb; full text in app/views/admin/license/index.html.erb)
--   db/schema.rb (ActiveRecord::Schema.define(:version => 108), Rails 2.3, MySQL) written as the MySQL DDL the Rails 2.3
--   MySQL adapter creates: string -> varchar(limit|255), integer :limit 1/2/3 -> tinyint/smallint/mediumint, else int(11),
--   boolean -> tinyint(1), decimal without precision -> decimal(10,0), text :limit 255 -> tinytext, binary -> blob,
--   an `id` int(11) AUTO_INCREMENT primary key unless :id => false; add_index -> KEY. All 41 tables; no foreign keys
--   are declared upstream.

CREATE TABLE `archives` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(66) NOT NULL DEFAULT '',
  `address` varchar(32) DEFAULT NULL,
  `city` varchar(32) DEFAULT NULL,
  `state` varchar(16) DEFAULT NULL,
  `mail_code` varchar(12) DEFAULT NULL,
  `adults` smallint(6) DEFAULT '2',
  `pets` smallint(6) DEFAULT '0',
  `kids` smallint(6) DEFAULT '0',
  `discount_name` varchar(32) DEFAULT '',
  `startdate` date DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `deposit` decimal(10,0) DEFAULT '0.0',
  `total_charge` decimal(10,0) DEFAULT '0.0',
  `special_request` text DEFAULT NULL,
  `slides` tinyint(4) DEFAULT '0',
  `length` mediumint(9) DEFAULT NULL,
  `rig_age` mediumint(9) DEFAULT NULL,
  `vehicle_license` varchar(20) DEFAULT NULL,
  `vehicle_state` varchar(16) DEFAULT NULL,
  `rigtype_name` varchar(32) DEFAULT '',
  `space_name` varchar(32) DEFAULT '',
  `group_name` varchar(32) DEFAULT NULL,
  `close_reason` varchar(128) DEFAULT NULL,
  `phone` varchar(18) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `country` varchar(32) DEFAULT NULL,
  `canceled` date DEFAULT NULL,
  `extras` tinytext DEFAULT NULL,
  `tax_str` text DEFAULT NULL,
  `idnumber` varchar(24) DEFAULT NULL,
  `log` text DEFAULT NULL,
  `vehicle_license_2` varchar(20) DEFAULT NULL,
  `vehicle_state_2` varchar(16) DEFAULT NULL,
  `phone_2` varchar(18) DEFAULT NULL,
  `recommender` varchar(32) DEFAULT NULL,
  `seasonal` tinyint(1) DEFAULT 0,
  `reservation_id` int(11) DEFAULT '0',
  `selected` tinyint(1) DEFAULT 0,
  `address2` varchar(32) DEFAULT NULL,
  `payments` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blackouts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `startdate` date DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `campers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_name` varchar(32) NOT NULL DEFAULT '',
  `first_name` varchar(32) NOT NULL DEFAULT '',
  `address` varchar(32) NOT NULL DEFAULT '',
  `city` varchar(32) NOT NULL DEFAULT '',
  `state` varchar(16) NOT NULL DEFAULT '',
  `mail_code` varchar(12) NOT NULL DEFAULT '',
  `activity` date DEFAULT NULL,
  `lock_version` int(11) DEFAULT '0',
  `phone` varchar(18) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `idnumber` varchar(24) DEFAULT NULL,
  `country_id` int(11) DEFAULT '0',
  `phone_2` varchar(18) DEFAULT NULL,
  `address2` varchar(32) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `addl` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_campers_on_last_name` (`last_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `card_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account` varchar(255) DEFAULT NULL,
  `expiry` varchar(255) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT '0.0',
  `currency` varchar(255) DEFAULT 'USD',
  `retref` varchar(255) DEFAULT NULL,
  `reservation_id` int(11) DEFAULT NULL,
  `authcode` varchar(255) DEFAULT NULL,
  `avsresp` varchar(255) DEFAULT NULL,
  `batchid` varchar(255) DEFAULT NULL,
  `cvvresp` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `respproc` varchar(255) DEFAULT NULL,
  `resptext` varchar(255) DEFAULT NULL,
  `respcode` varchar(255) DEFAULT NULL,
  `respstat` varchar(255) DEFAULT NULL,
  `signature` varchar(255) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `accttype` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `postal` varchar(255) DEFAULT NULL,
  `ecomind` varchar(255) DEFAULT NULL,
  `track` varchar(255) DEFAULT NULL,
  `tokenize` varchar(255) DEFAULT NULL,
  `mytoken` varchar(255) DEFAULT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `card_present` tinyint(1) DEFAULT NULL,
  `session_key` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `process_mode` int(11) DEFAULT NULL,
  `cvv2` varchar(255) DEFAULT '',
  `orderid` varchar(20) DEFAULT NULL,
  `bintype` varchar(20) DEFAULT NULL,
  `entrymode` varchar(25) DEFAULT NULL,
  `commcard` varchar(2) DEFAULT NULL,
  `emv` text DEFAULT NULL,
  `emvTagData` text DEFAULT NULL,
  `receiptData` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_card_transactions_on_reservation_id` (`reservation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `charges` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reservation_id` int(11) DEFAULT NULL,
  `season_id` int(11) DEFAULT '1',
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `period` float DEFAULT NULL,
  `rate` decimal(8,2) DEFAULT '0.0',
  `amount` decimal(8,2) DEFAULT '0.0',
  `discount` decimal(8,2) DEFAULT '0.0',
  `charge_units` int(11) DEFAULT NULL,
  `temp` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_charges_on_reservation_id` (`reservation_id`),
  KEY `index_charges_on_start_date` (`start_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ck_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `receiptData` tinyint(1) DEFAULT 0,
  `process_mode` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT '0.0',
  `currency` varchar(255) DEFAULT 'USD',
  `reservation_id` int(11) DEFAULT NULL,
  `month` varchar(255) DEFAULT NULL,
  `year` varchar(255) DEFAULT NULL,
  `card_brand` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `result` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `error` varchar(255) DEFAULT NULL,
  `authcode` varchar(255) DEFAULT NULL,
  `retref` varchar(255) DEFAULT NULL,
  `batchid` varchar(255) DEFAULT NULL,
  `avscode` varchar(255) DEFAULT NULL,
  `avsresp` varchar(255) DEFAULT NULL,
  `cvvcode` varchar(255) DEFAULT NULL,
  `cvvtext` varchar(255) DEFAULT NULL,
  `respcode` varchar(255) DEFAULT NULL,
  `resptext` varchar(255) DEFAULT NULL,
  `masked_card_num` varchar(255) DEFAULT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ck_transactions_on_reservation_id` (`reservation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `colors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_countries_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `creditcards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `is_credit_card` tinyint(1) DEFAULT 1,
  `validate_cc_number` tinyint(1) DEFAULT 0,
  `use_expiration` tinyint(1) DEFAULT 0,
  `validate_expiration` tinyint(1) DEFAULT 0,
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_creditcards_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `discounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `discount_percent` decimal(5,2) DEFAULT '0.0',
  `disc_appl_month` tinyint(1) DEFAULT 0,
  `disc_appl_week` tinyint(1) DEFAULT 0,
  `disc_appl_seasonal` tinyint(1) DEFAULT 0,
  `disc_appl_daily` tinyint(1) DEFAULT 1,
  `amount` decimal(8,2) DEFAULT '0.0',
  `amount_daily` decimal(11,5) DEFAULT '0.0',
  `amount_weekly` decimal(11,5) DEFAULT '0.0',
  `amount_monthly` decimal(12,5) DEFAULT '0.0',
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `duration` int(11) DEFAULT '0',
  `duration_units` int(11) DEFAULT '1',
  `delay` int(11) DEFAULT '0',
  `delay_units` int(11) DEFAULT '1',
  `sunday` tinyint(1) DEFAULT 1,
  `monday` tinyint(1) DEFAULT 1,
  `tuesday` tinyint(1) DEFAULT 1,
  `wednesday` tinyint(1) DEFAULT 1,
  `thursday` tinyint(1) DEFAULT 1,
  `friday` tinyint(1) DEFAULT 1,
  `saturday` tinyint(1) DEFAULT 1,
  `show_on_remote` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_discounts_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dynamic_strings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `text` blob DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_dynamic_strings_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `smtp_address` varchar(64) DEFAULT '',
  `smtp_port` int(11) DEFAULT '25',
  `smtp_domain` varchar(64) DEFAULT '',
  `smtp_authentication_id` int(11) DEFAULT '1',
  `smtp_username` varchar(64) DEFAULT '',
  `smtp_password` varchar(64) DEFAULT '',
  `charset` varchar(255) DEFAULT 'utf-8',
  `cc` varchar(255) DEFAULT '',
  `bcc` varchar(255) DEFAULT '',
  `sender` varchar(255) DEFAULT '',
  `reply` varchar(255) DEFAULT '',
  `confirm_subject` varchar(255) DEFAULT 'Reservation Confirmation',
  `update_subject` varchar(255) DEFAULT 'Reservation Update',
  `feedback_subject` varchar(255) DEFAULT 'Reservation Feedback',
  `remote_res_subject` varchar(255) DEFAULT 'Reservation Received',
  `remote_res_confirm_subject` varchar(255) DEFAULT 'Reservation Confirmed',
  `remote_res_reject_subject` varchar(255) DEFAULT 'Reservation Not Confirmed',
  `reservation_cancel_subject` varchar(255) DEFAULT 'Reservation Cancelled',
  `monthly_subject` varchar(255) DEFAULT 'Monthly reservation payments',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `extra_charges` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `extra_id` int(11) DEFAULT NULL,
  `reservation_id` int(11) DEFAULT NULL,
  `number` int(11) DEFAULT '0',
  `days` int(11) DEFAULT '0',
  `weeks` int(11) DEFAULT '0',
  `months` int(11) DEFAULT '0',
  `daily_charges` decimal(12,2) DEFAULT '0.0',
  `weekly_charges` decimal(12,2) DEFAULT '0.0',
  `monthly_charges` decimal(12,2) DEFAULT '0.0',
  `initial` decimal(12,2) DEFAULT '0.0',
  `final` decimal(12,2) DEFAULT '0.0',
  `measured_charge` decimal(12,2) DEFAULT '0.0',
  `updated_on` date DEFAULT NULL,
  `charge` decimal(12,2) DEFAULT '0.0',
  `measured_rate` decimal(12,6) DEFAULT '0.0',
  `created_on` date DEFAULT NULL,
  `precision` int(11) DEFAULT '2',
  PRIMARY KEY (`id`),
  KEY `index_extra_charges_on_extra_id` (`extra_id`),
  KEY `index_extra_charges_on_reservation_id` (`reservation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `extras` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `counted` tinyint(1) DEFAULT 0,
  `daily` decimal(10,2) DEFAULT '0.0',
  `weekly` decimal(10,2) DEFAULT '0.0',
  `monthly` decimal(10,2) DEFAULT '0.0',
  `onetime` tinyint(1) DEFAULT 0,
  `charge` decimal(10,2) DEFAULT '0.0',
  `measured` tinyint(1) DEFAULT 0,
  `rate` decimal(12,6) DEFAULT '0.0',
  `unit_name` varchar(32) DEFAULT NULL,
  `occasional` tinyint(1) DEFAULT 0,
  `extra_type` int(11) DEFAULT '0',
  `position` int(11) DEFAULT NULL,
  `remote_display` tinyint(1) DEFAULT 1,
  `active` tinyint(1) DEFAULT 1,
  `required` tinyint(1) DEFAULT 0,
  `remote_required` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_extras_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `extras_taxrates` (
  `extra_id` int(11) NOT NULL,
  `taxrate_id` int(11) NOT NULL,
  KEY `index_extras_taxrates_on_extra_id` (`extra_id`),
  KEY `index_extras_taxrates_on_taxrate_id` (`taxrate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `expected_number` int(11) NOT NULL DEFAULT '0',
  `startdate` date DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `camper_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `integrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT 'None',
  `pp_cert_id` varchar(32) DEFAULT NULL,
  `pp_business` varchar(128) DEFAULT NULL,
  `pp_currency_code` varchar(12) DEFAULT 'USD',
  `pp_country` varchar(12) DEFAULT 'US',
  `pp_url` varchar(128) DEFAULT 'https://www.paypal.com/cgi-bin/webscr',
  `fd_login` varchar(32) DEFAULT NULL,
  `fd_transaction_key` varchar(32) DEFAULT NULL,
  `fd_response_key` varchar(32) DEFAULT NULL,
  `fd_currency_code` varchar(12) DEFAULT 'USD',
  `fd_country` varchar(12) DEFAULT 'US',
  `fd_url` varchar(128) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `cc_merchant_id` varchar(255) DEFAULT NULL,
  `cc_api_username` varchar(255) DEFAULT NULL,
  `cc_api_password` varchar(255) DEFAULT NULL,
  `cc_endpoint` varchar(255) DEFAULT 'https://boltgw.cardconnect.com:6443',
  `cc_bolt_endpoint` varchar(255) DEFAULT 'https://bolt-uat.cardpointe.com:6443',
  `cc_bolt_api_key` varchar(255) DEFAULT NULL,
  `cc_currency_code` varchar(255) DEFAULT 'USD',
  `cc_hsn` varchar(255) DEFAULT NULL,
  `cc_greeting` varchar(255) DEFAULT 'Open Campground',
  `cc_use_signature` tinyint(1) DEFAULT 1,
  `cc_display_amount` tinyint(1) DEFAULT 0,
  `cc_use_cvv` tinyint(1) DEFAULT 1,
  `cc_use_zip` tinyint(1) DEFAULT 1,
  `use_pmt_dropdown` tinyint(1) DEFAULT 0,
  `ck_api` varchar(255) DEFAULT NULL,
  `ck_ifields_key` varchar(255) DEFAULT NULL,
  `ck_use_terminal` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mail_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) DEFAULT NULL,
  `file_name` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mail_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `options` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `use_country` tinyint(1) DEFAULT 0,
  `use_id` tinyint(1) DEFAULT 0,
  `unit` varchar(12) DEFAULT '$',
  `separator` varchar(2) DEFAULT '.',
  `delimiter` varchar(2) DEFAULT ',',
  `header` text DEFAULT NULL,
  `trailer` text DEFAULT NULL,
  `use_login` tinyint(1) DEFAULT 0,
  `sa_columns` int(11) DEFAULT '120',
  `max_spacename` int(11) DEFAULT '3',
  `disp_rows` int(11) DEFAULT '12',
  `find_by_id` tinyint(1) DEFAULT 0,
  `no_vehicles` int(11) DEFAULT '1',
  `no_phones` int(11) DEFAULT '1',
  `lookback` int(11) DEFAULT '7',
  `use_recommend` tinyint(1) DEFAULT 1,
  `use_seasonal` tinyint(1) DEFAULT 0,
  `season_start` date DEFAULT '2012-01-01',
  `season_end` date DEFAULT '2012-12-31',
  `print` tinyint(1) DEFAULT 0,
  `use_confirm_email` tinyint(1) DEFAULT 0,
  `res_list_sort` varchar(255) DEFAULT 'unconfirmed_remote desc, startdate, group_id, spaces.position asc',
  `inpark_list_sort` varchar(255) DEFAULT 'unconfirmed_remote desc, enddate, startdate, group_id, spaces.position asc',
  `archive_list_sort` varchar(255) DEFAULT 'id',
  `use_autologin` tinyint(1) DEFAULT 0,
  `use_override` tinyint(1) DEFAULT 0,
  `override_by_all` tinyint(1) DEFAULT 0,
  `use_2nd_address` tinyint(1) DEFAULT 0,
  `use_remote_reservations` tinyint(1) DEFAULT 0,
  `home` varchar(255) DEFAULT NULL,
  `locale` varchar(16) DEFAULT 'en',
  `use_checkout_time` tinyint(1) DEFAULT 0,
  `checkout_time` time DEFAULT NULL,
  `use_reserve_by_wk` tinyint(1) DEFAULT 0,
  `remote_discount` tinyint(1) DEFAULT 0,
  `remote_recommendations` tinyint(1) DEFAULT 0,
  `use_onetime_discount` tinyint(1) DEFAULT 0,
  `list_payments` tinyint(1) DEFAULT 0,
  `keep_reservations` int(11) DEFAULT '13',
  `use_feedback` tinyint(1) DEFAULT 0,
  `require_gateway` tinyint(1) DEFAULT 1,
  `allow_gateway` tinyint(1) DEFAULT 0,
  `auto_checkin_remote` tinyint(1) DEFAULT 0,
  `current_version` varchar(16) DEFAULT NULL,
  `current_revision` varchar(16) DEFAULT NULL,
  `ftp_server` varchar(128) DEFAULT NULL,
  `ftp_account` varchar(32) DEFAULT NULL,
  `ftp_passwd` varchar(32) DEFAULT NULL,
  `match_firstname` tinyint(1) DEFAULT 0,
  `match_city` tinyint(1) DEFAULT 0,
  `js` text DEFAULT NULL,
  `remote_css` text DEFAULT NULL,
  `remote_js` text DEFAULT NULL,
  `variable_rates` tinyint(1) DEFAULT 0,
  `use_update` tinyint(1) DEFAULT 1,
  `use_cc_fee` tinyint(1) DEFAULT 1,
  `tabs` tinyint(1) DEFAULT 0,
  `require_email` tinyint(1) DEFAULT 0,
  `require_phone` tinyint(1) DEFAULT 0,
  `css` text DEFAULT NULL,
  `use_remote_res_email` tinyint(1) DEFAULT 1,
  `use_remote_res_confirm` tinyint(1) DEFAULT 1,
  `use_remote_res_reject` tinyint(1) DEFAULT 1,
  `rates_decimal` int(11) DEFAULT '2',
  `use_rig_age` tinyint(1) DEFAULT 1,
  `use_length` tinyint(1) DEFAULT 1,
  `disp_site_length` tinyint(1) DEFAULT 1,
  `use_rig_type` tinyint(1) DEFAULT 1,
  `use_slides` tinyint(1) DEFAULT 1,
  `use_adults` tinyint(1) DEFAULT 1,
  `use_children` tinyint(1) DEFAULT 1,
  `use_pets` tinyint(1) DEFAULT 1,
  `use_remote_age` tinyint(1) DEFAULT 1,
  `use_remote_length` tinyint(1) DEFAULT 1,
  `disp_remote_length` tinyint(1) DEFAULT 1,
  `use_remote_rig_type` tinyint(1) DEFAULT 1,
  `use_remote_slides` tinyint(1) DEFAULT 1,
  `use_remote_adults` tinyint(1) DEFAULT 1,
  `use_remote_children` tinyint(1) DEFAULT 1,
  `use_remote_pets` tinyint(1) DEFAULT 1,
  `inline_subtotal` tinyint(1) DEFAULT 0,
  `use_storage` tinyint(1) DEFAULT 0,
  `use_closed` tinyint(1) DEFAULT 0,
  `closed_start` date DEFAULT NULL,
  `closed_end` date DEFAULT NULL,
  `all_onetime_discount` tinyint(1) DEFAULT 0,
  `all_backup` tinyint(1) DEFAULT 1,
  `all_manage_backup` tinyint(1) DEFAULT 0,
  `all_manage_logs` tinyint(1) DEFAULT 0,
  `all_manage_payments` tinyint(1) DEFAULT 0,
  `all_manage_measured` tinyint(1) DEFAULT 0,
  `all_checkin_rpt` tinyint(1) DEFAULT 1,
  `all_leave_rpt` tinyint(1) DEFAULT 1,
  `all_arrival_rpt` tinyint(1) DEFAULT 1,
  `all_departure_rpt` tinyint(1) DEFAULT 1,
  `all_in_park_rpt` tinyint(1) DEFAULT 1,
  `all_space_sum_rpt` tinyint(1) DEFAULT 1,
  `all_occupancy_rpt` tinyint(1) DEFAULT 0,
  `all_campers_rpt` tinyint(1) DEFAULT 0,
  `all_transactions_rpt` tinyint(1) DEFAULT 0,
  `all_payments_rpt` tinyint(1) DEFAULT 0,
  `all_measured_rpt` tinyint(1) DEFAULT 0,
  `all_recommend_rpt` tinyint(1) DEFAULT 0,
  `all_archives` tinyint(1) DEFAULT 0,
  `all_updates` tinyint(1) DEFAULT 0,
  `show_available` tinyint(1) DEFAULT 1,
  `show_remote_available` tinyint(1) DEFAULT 1,
  `express` tinyint(1) DEFAULT 0,
  `use_discount` tinyint(1) DEFAULT 1,
  `use_links` tinyint(1) DEFAULT 0,
  `cookie_token` varchar(255) DEFAULT NULL,
  `session_token` varchar(255) DEFAULT NULL,
  `use_envelope` tinyint(1) DEFAULT 0,
  `margin_top` varchar(12) DEFAULT '0.5in',
  `margin_left` varchar(12) DEFAULT '0.56in',
  `margin_bottom` varchar(12) DEFAULT '0.5in',
  `use_license` tinyint(1) DEFAULT 0,
  `use_map` tinyint(1) DEFAULT 0,
  `use_remote_map` tinyint(1) DEFAULT 0,
  `map` varchar(255) DEFAULT NULL,
  `remote_map` varchar(255) DEFAULT NULL,
  `edit_archives` tinyint(1) DEFAULT 1,
  `all_edit_archives` tinyint(1) DEFAULT 0,
  `require_first` tinyint(1) DEFAULT 0,
  `require_addr` tinyint(1) DEFAULT 0,
  `require_city` tinyint(1) DEFAULT 0,
  `require_state` tinyint(1) DEFAULT 0,
  `require_mailcode` tinyint(1) DEFAULT 0,
  `require_country` tinyint(1) DEFAULT 0,
  `require_id` tinyint(1) DEFAULT 0,
  `use_addl` tinyint(1) DEFAULT 0,
  `use_ssl` tinyint(1) DEFAULT 0,
  `l_require_first` tinyint(1) DEFAULT 0,
  `l_require_addr` tinyint(1) DEFAULT 0,
  `l_require_city` tinyint(1) DEFAULT 0,
  `l_require_state` tinyint(1) DEFAULT 0,
  `l_require_mailcode` tinyint(1) DEFAULT 0,
  `l_require_country` tinyint(1) DEFAULT 0,
  `l_require_id` tinyint(1) DEFAULT 0,
  `l_require_phone` tinyint(1) DEFAULT 0,
  `l_require_email` tinyint(1) DEFAULT 0,
  `deposit_type` int(11) DEFAULT '0',
  `deposit` decimal(11,5) DEFAULT '0.0',
  `remote_auto_accept` tinyint(1) DEFAULT 0,
  `date_format` varchar(12) DEFAULT NULL,
  `all_reservations_rpt` tinyint(1) DEFAULT 0,
  `all_card_transactions_rpt` tinyint(1) DEFAULT 0,
  `use_remote_sitetype` tinyint(1) DEFAULT 1,
  `all_troubleshoot` tinyint(1) DEFAULT 0,
  `use_variable_charge` tinyint(1) DEFAULT 0,
  `all_manage_variable` tinyint(1) DEFAULT 1,
  `phone_home` varchar(255) DEFAULT NULL,
  `use_measured_emails` tinyint(1) DEFAULT 0,
  `use_long_term` tinyint(1) DEFAULT 0,
  `require_rigtype` tinyint(1) DEFAULT 0,
  `require_length` tinyint(1) DEFAULT 0,
  `require_age` tinyint(1) DEFAULT 0,
  `font_family` varchar(255) DEFAULT 'serif',
  `font_size` int(11) DEFAULT '9',
  `sa_font_size` int(11) DEFAULT '13',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(11,5) DEFAULT '0.0',
  `reservation_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `memo` varchar(255) DEFAULT NULL,
  `creditcard_id` int(11) DEFAULT NULL,
  `credit_card_no` varchar(20) DEFAULT '',
  `cc_expire` date DEFAULT NULL,
  `name` varchar(32) DEFAULT NULL,
  `pmt_date` date DEFAULT NULL,
  `cc_fee` decimal(6,2) DEFAULT '0.0',
  `refundable` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_payments_on_reservation_id` (`reservation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `paypal_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(12,2) DEFAULT '0.0',
  `reservation_id` int(11) DEFAULT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `encrypted` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_paypal_transactions_on_reservation_id` (`reservation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `prices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `prompts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display` varchar(32) DEFAULT NULL,
  `locale` varchar(16) DEFAULT 'en',
  `body` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `season_id` int(11) DEFAULT NULL,
  `price_id` int(11) DEFAULT NULL,
  `daily_rate` decimal(10,5) NOT NULL DEFAULT '0.0',
  `weekly_rate` decimal(10,5) NOT NULL DEFAULT '0.0',
  `monthly_rate` decimal(11,5) NOT NULL DEFAULT '0.0',
  `seasonal_rate` decimal(8,2) NOT NULL DEFAULT '0.0',
  `sunday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `monday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `tuesday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `wednesday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `thursday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `friday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `saturday` decimal(10,5) NOT NULL DEFAULT '0.0',
  `monthly_storage` decimal(11,5) DEFAULT '0.0',
  PRIMARY KEY (`id`),
  KEY `index_rates_on_price_id` (`price_id`),
  KEY `index_rates_on_season_id` (`season_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `recommenders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_recommenders_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `remember_logins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `token_expires` datetime DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `reservations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `camper_id` int(11) NOT NULL DEFAULT '0',
  `rigtype_id` mediumint(9) NOT NULL DEFAULT '0',
  `space_id` int(11) NOT NULL DEFAULT '0',
  `discount_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `startdate` date NOT NULL,
  `enddate` date NOT NULL,
  `deposit` decimal(8,2) DEFAULT '0.0',
  `override_total` decimal(8,2) DEFAULT '0.0',
  `special_request` text DEFAULT NULL,
  `slides` tinyint(4) DEFAULT '0',
  `length` mediumint(9) DEFAULT '0',
  `rig_age` mediumint(9) DEFAULT '0',
  `vehicle_license` varchar(20) DEFAULT NULL,
  `vehicle_state` varchar(16) DEFAULT NULL,
  `checked_in` tinyint(1) DEFAULT 0,
  `adults` smallint(6) DEFAULT '2',
  `pets` smallint(6) DEFAULT '0',
  `kids` smallint(6) DEFAULT '0',
  `lock_version` int(11) DEFAULT '0',
  `total` decimal(8,2) DEFAULT '0.0',
  `confirm` tinyint(1) DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `ext_charges` decimal(6,2) DEFAULT '0.0',
  `tax_str` text DEFAULT NULL,
  `tax_amount` decimal(6,2) DEFAULT '0.0',
  `unconfirmed_remote` tinyint(1) DEFAULT 0,
  `log` text DEFAULT NULL,
  `vehicle_license_2` varchar(20) DEFAULT NULL,
  `vehicle_state_2` varchar(16) DEFAULT NULL,
  `recommender_id` int(11) DEFAULT '0',
  `seasonal_rate` decimal(8,2) DEFAULT '0.0',
  `seasonal_charges` decimal(8,2) DEFAULT '0.0',
  `seasonal` tinyint(1) DEFAULT 0,
  `gateway_transaction` varchar(255) DEFAULT NULL,
  `onetime_discount` decimal(8,2) DEFAULT '0.0',
  `archived` tinyint(1) DEFAULT 0,
  `updated_on` date DEFAULT NULL,
  `storage` tinyint(1) DEFAULT 0,
  `updated_at` datetime DEFAULT NULL,
  `sitetype_id` int(11) DEFAULT '0',
  `next` int(11) DEFAULT NULL,
  `prev` int(11) DEFAULT NULL,
  `cancelled` tinyint(1) DEFAULT 0,
  `checked_out` tinyint(1) DEFAULT 0,
  `long_term_monthly` tinyint(1) DEFAULT 0,
  `cancel_charge` decimal(10,5) NOT NULL DEFAULT '0.0',
  PRIMARY KEY (`id`),
  KEY `index_reservations_on_enddate` (`enddate`),
  KEY `index_reservations_on_group_id` (`group_id`),
  KEY `index_reservations_on_space_id` (`space_id`),
  KEY `index_reservations_on_startdate` (`startdate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rigtypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_rigtypes_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `seasons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `startdate` date DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `applies_to_weekly` tinyint(1) DEFAULT 1,
  `applies_to_monthly` tinyint(1) DEFAULT 1,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sitetypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `long_term` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_sitetypes_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sitetypes_taxrates` (
  `sitetype_id` int(11) NOT NULL,
  `taxrate_id` int(11) NOT NULL,
  KEY `index_sitetypes_taxrates_on_sitetype_id` (`sitetype_id`),
  KEY `index_sitetypes_taxrates_on_taxrate_id` (`taxrate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `smtp_authentications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `space_allocs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `space_id` int(11) DEFAULT NULL,
  `reservation_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `spaces` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL DEFAULT '',
  `power_15a` tinyint(1) DEFAULT 0,
  `power_30a` tinyint(1) DEFAULT 0,
  `power_50a` tinyint(1) DEFAULT 0,
  `water` tinyint(1) DEFAULT 0,
  `sewer` tinyint(1) DEFAULT 0,
  `length` mediumint(9) NOT NULL DEFAULT '0',
  `width` mediumint(9) DEFAULT '102',
  `sitetype_id` mediumint(9) NOT NULL DEFAULT '0',
  `price_id` mediumint(9) NOT NULL DEFAULT '0',
  `special_condition` varchar(255) DEFAULT NULL,
  `unavailable` tinyint(1) DEFAULT 0,
  `position` int(11) DEFAULT NULL,
  `remote_reservable` tinyint(1) DEFAULT 1,
  `current` decimal(8,2) DEFAULT '0.0',
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_spaces_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `taxes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reservation_id` int(11) DEFAULT NULL,
  `name` varchar(32) DEFAULT NULL,
  `rate` varchar(32) DEFAULT NULL,
  `count` int(11) DEFAULT '0',
  `amount` decimal(6,2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `taxrates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `is_percent` tinyint(1) DEFAULT 0,
  `percent` float DEFAULT '0.0',
  `amount` decimal(6,2) DEFAULT '0.0',
  `apl_week` tinyint(1) DEFAULT 0,
  `apl_month` tinyint(1) DEFAULT 0,
  `apl_seasonal` tinyint(1) DEFAULT 0,
  `apl_daily` tinyint(1) DEFAULT 1,
  `weekly_charge_daily` tinyint(1) DEFAULT 1,
  `monthly_charge_daily` tinyint(1) DEFAULT 1,
  `seasonal_charge_daily` tinyint(1) DEFAULT 1,
  `position` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `apl_storage` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_taxrates_on_position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `taxrates_variable_charges` (
  `variable_charge_id` int(11) NOT NULL,
  `taxrate_id` int(11) NOT NULL,
  KEY `index_taxrates_variable_charges_on_taxrate_id` (`taxrate_id`),
  KEY `index_taxrates_variable_charges_on_variable_charge_id` (`variable_charge_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `hashed_password` varchar(255) DEFAULT NULL,
  `salt` varchar(255) DEFAULT NULL,
  `admin` tinyint(1) DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `remember_me` tinyint(1) DEFAULT 0,
  `remember_token` varchar(255) DEFAULT NULL,
  `remember_token_expires` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `variable_charges` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reservation_id` int(11) DEFAULT NULL,
  `detail` varchar(255) DEFAULT NULL,
  `amount` decimal(12,2) DEFAULT '0.0',
  `taxable` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `release` varchar(16) DEFAULT NULL,
  `revision` varchar(16) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `install_pending` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

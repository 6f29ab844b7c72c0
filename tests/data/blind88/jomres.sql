SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE IF NOT EXISTS `jomcomp_mufavourites` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`my_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`id`),
	INDEX `my_id` (`my_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomcomp_notes` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`note` TEXT,
	`timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`id`),
	INDEX `contract_uid` (`contract_uid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_booking_data_archive` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`data` TEXT,
	`date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`tag` VARCHAR(255),
	PRIMARY KEY (`id`),
	INDEX `contract_uid` (`contract_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_contracts` (
	`contract_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`arrival` CHAR(10),
	`departure` CHAR(10),
	`rates_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`guest_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`rate_rules` TEXT,
	`rooms_tariffs` VARCHAR(255),
	`deposit_paid` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`contract_total` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`deposit_ref` VARCHAR(255),
	`payment_ref` VARCHAR(255),
	`special_reqs` TEXT,
	`deposit_required` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`newsletters` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`currency` CHAR(3) NOT NULL DEFAULT 'GBP',
	`adults` INT UNSIGNED NOT NULL DEFAULT 0,
	`children` INT UNSIGNED NOT NULL DEFAULT 0,
	`date_range_string` TEXT,
	`booked_in` TINYINT(1) NOT NULL DEFAULT 0,
	`booked_out` TINYINT(1) NOT NULL DEFAULT 0,
	`true_arrival` CHAR(10),
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`cot_required` TINYINT(1) NOT NULL DEFAULT 0,
	`single_person_suppliment` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`multi_room_booking` TINYINT(1) NOT NULL DEFAULT 0,
	`extras` VARCHAR(255),
	`extrasquantities` VARCHAR(255),
	`extrasvalue` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`tax` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`tag` VARCHAR(255),
	`timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`room_total` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`discount` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`currency_code` CHAR(3) NOT NULL DEFAULT 'GBP',
	`cancelled` TINYINT(1) NOT NULL DEFAULT 0,
	`cancelled_timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`cancelled_reason` VARCHAR(255),
	`discount_details` TEXT,
	`username` VARCHAR(255),
	`coupon_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`bookedout` TINYINT(1) NOT NULL DEFAULT 0,
	`bookedout_timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`invoice_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`channel_manager_booking` TINYINT(1) NOT NULL DEFAULT 0,
	`approved` TINYINT(1) NOT NULL DEFAULT 1,
	`booking_data_archive_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`secret_key` VARCHAR(255),
	`secret_key_used` TINYINT(1) NOT NULL DEFAULT 1,
	`booking_language` CHAR(5) NOT NULL DEFAULT 'en-GB',
	`last_changed` TIMESTAMP ON UPDATE CURRENT_TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	`referrer` VARCHAR(255) NOT NULL DEFAULT 'Jomres',
	`noshow_flag` TINYINT(1) NOT NULL DEFAULT 0,
	`network_stats` VARCHAR(255),
	`rejected` TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY(`contract_uid`),
	INDEX `guest_uid` (`guest_uid`),
	INDEX `property_uid` (`property_uid`),
	INDEX `cancelled` (`cancelled`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_countries` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`countrycode` CHAR(2),
	`countryname` VARCHAR(255),
	PRIMARY KEY	(`id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_coupons` (
	`coupon_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`coupon_code` VARCHAR(255),
	`valid_from` DATE,
	`valid_to` DATE,
	`amount` DOUBLE(11,2),
	`is_percentage` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`rooms_only` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`booking_valid_from` DATE,
	`booking_valid_to` DATE,
	`guest_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`coupon_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_custom_fields` (
	`uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`fieldname` VARCHAR(255),
	`default_value` VARCHAR(255),
	`description` VARCHAR(255),
	`required` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`ptype_xref` TEXT,
	PRIMARY KEY (`uid`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_customertypes` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`type` VARCHAR(255),
	`notes` VARCHAR(255),
	`maximum` INT UNSIGNED NOT NULL DEFAULT 1,
	`is_percentage` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`posneg` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`variance` DOUBLE(11,2),
	`published` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`order` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0,
	`is_child` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`id`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_extras` (
	`uid` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`name` VARCHAR(255),
	`desc` TEXT,
	`price` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`auto_select` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`tax_rate` INT UNSIGNED NOT NULL DEFAULT 0,
	`maxquantity` DOUBLE(11,2) NOT NULL DEFAULT 1,
	`chargabledaily` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`published` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`validfrom` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`validto` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`include_in_property_lists` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`limited_to_room_type` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`uid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_extraservices` (
	`extraservice_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`service_description` VARCHAR(255),
	`service_value` VARCHAR(255),
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`tax_rate_val` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`tax_code` INT UNSIGNED NOT NULL DEFAULT 1,
	`service_qty` DOUBLE(11,2) NOT NULL DEFAULT 1,
	PRIMARY KEY	(`extraservice_uid`),
	INDEX `contract_uid` (`contract_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_gdpr_optins` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`date_time` datetime default NULL ,
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`ip` varchar( 255 ) default NULL ,
	`optin_content` TEXT,
	`optedin` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_guest_profile` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`cms_user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`vat_number_validated` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`vat_number_validation_response` TEXT,
	`params` TEXT, 
	`enc_firstname` BLOB,
	`enc_surname` BLOB,
	`enc_house` BLOB,
	`enc_street` BLOB,
	`enc_town` BLOB,
	`enc_county` BLOB,
	`enc_country` BLOB,
	`enc_postcode` BLOB,
	`enc_tel_landline` BLOB,
	`enc_tel_mobile` BLOB,
	`enc_preferences` BLOB,
	`enc_email` BLOB,
	`enc_vat_number` BLOB,
	`enc_drivers_license` BLOB,
	`enc_passport_number` BLOB,
	`enc_iban` BLOB,
	`enc_about_me` BLOB,
	PRIMARY KEY(`id`),
	INDEX `cms_user_id` (`cms_user_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_guest_reviews` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`cms_user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`guests_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`review` TEXT,
	`last_changed` datetime default NULL ,
	PRIMARY KEY(`id`),
	INDEX `cms_user_id` (`cms_user_id`),
	INDEX `guests_uid` (`guests_uid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_guests` (
	`guests_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`contracts_contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`mos_userid` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`discount` DOUBLE(4,2) NOT NULL DEFAULT 0,
	`vat_number_validated` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`vat_number_validation_response` TEXT,
	`partner_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`blacklisted` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`enc_firstname` BLOB,
	`enc_surname` BLOB,
	`enc_house` BLOB,
	`enc_street` BLOB,
	`enc_town` BLOB,
	`enc_county` BLOB,
	`enc_country` BLOB,
	`enc_postcode` BLOB,
	`enc_tel_landline` BLOB,
	`enc_tel_mobile` BLOB,
	`enc_preferences` BLOB,
	`enc_email` BLOB,
	`enc_vat_number` BLOB,
	PRIMARY KEY(`guests_uid`),
	INDEX `mos_userid` (`mos_userid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_invoice_payment_ref` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`invoice_id`  INT UNSIGNED NOT NULL DEFAULT 0,
	`gateway` VARCHAR(255),
	`paid` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY	(`id`),
	INDEX `invoice_id` (`invoice_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_invoice_pii_buyers` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`invoice_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`enc_firstname` BLOB,
	`enc_surname` BLOB,
	`enc_house` BLOB,
	`enc_street` BLOB,
	`enc_town` BLOB,
	`enc_county` BLOB,
	`enc_country` BLOB,
	`enc_postcode` BLOB,
	`enc_tel_landline` BLOB,
	`enc_tel_mobile` BLOB,
	`enc_email` BLOB,
	`enc_vat_number` BLOB,
	PRIMARY KEY(`id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_invoice_pii_sellers` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`invoice_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`enc_firstname` BLOB,
	`enc_surname` BLOB,
	`enc_house` BLOB,
	`enc_street` BLOB,
	`enc_town` BLOB,
	`enc_county` BLOB,
	`enc_country` BLOB,
	`enc_postcode` BLOB,
	`enc_tel_landline` BLOB,
	`enc_tel_mobile` BLOB,
	`enc_email` BLOB,
	`enc_vat_number` BLOB,
	PRIMARY KEY(`id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_managers` (
	`manager_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`userid` INT UNSIGNED NOT NULL DEFAULT 0,
	`access_level` SMALLINT(2) UNSIGNED NOT NULL DEFAULT 0,
	`currentproperty` INT UNSIGNED NOT NULL DEFAULT 0,
	`apikey` VARCHAR(255),
	`suspended` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`simple_configuration` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`users_timezone` VARCHAR(100) NOT NULL DEFAULT 'Europe/Berlin',
	`last_active` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	PRIMARY KEY	(`manager_uid`),
	INDEX `userid` (`userid`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_managers_propertys_xref` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`manager_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`id`),
	INDEX `manager_id` (`manager_id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_oauth_access_tokens` (
	`access_token` VARCHAR(40) NOT NULL, 
	`client_id` VARCHAR(80) NOT NULL, 
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0, 
	`expires` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01', 
	`scope` VARCHAR(2000), 
	CONSTRAINT access_token_pk 
	PRIMARY KEY (`access_token`),
	INDEX `client_id` (`client_id`),
	INDEX `user_id` (`user_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_oauth_clients` (
	`client_id` VARCHAR(80) NOT NULL, 
	`client_secret` VARCHAR(80), 
	`redirect_uri` VARCHAR(2000), 
	`grant_types` VARCHAR(80), 
	`scope` VARCHAR(2000), 
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0, 
	`identifier` VARCHAR(255),
	CONSTRAINT clients_client_id_pk 
	PRIMARY KEY (client_id),
	INDEX `user_id` (`user_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_oauth_refresh_tokens` (
	`refresh_token` VARCHAR(40) NOT NULL, 
	`client_id` VARCHAR(80) NOT NULL, 
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0, 
	`expires` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01', 
	`scope` VARCHAR(2000), 
	CONSTRAINT refresh_token_pk 
	PRIMARY KEY (`refresh_token`),
	INDEX `client_id` (`client_id`),
	INDEX `user_id` (`user_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_partner_bookings` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`partner_id` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY	(`id`),
	INDEX `contract_uid` (`contract_uid`),
	INDEX `partner_id` (`partner_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_partners` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`cms_userid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`id`),
	INDEX `cms_userid` (`cms_userid`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_partners_discounts` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`partner_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`valid_from` DATE NOT NULL DEFAULT '1970-01-01 00:00:01',
	`valid_to` DATE NOT NULL DEFAULT '1970-01-01 00:00:01',
	`discount` DOUBLE(11,2) NOT NULL DEFAULT 0,
	PRIMARY KEY (`id`),
	INDEX `partner_id` (`partner_id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_propertys` (
	`propertys_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`property_name` VARCHAR(255),
	`property_street` VARCHAR(255),
	`property_town` VARCHAR(255),
	`property_region` VARCHAR(255),
	`property_country` CHAR(2) NOT NULL DEFAULT 'GB',
	`property_postcode` VARCHAR(255),
	`property_tel` VARCHAR(255),
	`property_fax` VARCHAR(255),
	`property_email` VARCHAR(255),
	`property_features` VARCHAR(255),
	`property_mappinglink` VARCHAR(2000),
	`property_description` TEXT,
	`property_checkin_times` TEXT,
	`property_area_activities`TEXT,
	`property_driving_directions` TEXT,
	`property_airports` TEXT,
	`property_othertransport` TEXT,
	`property_policies_disclaimers`TEXT,
	`property_key` VARCHAR(255),
	`published` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`stars` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`superior` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`ptype_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`apikey` VARCHAR(255),
	`lat` VARCHAR(12),
	`long` VARCHAR(12),
	`metatitle` VARCHAR(150),
	`metadescription` VARCHAR(150),
	`metakeywords` VARCHAR(255),
	`timestamp` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`approved` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`property_site_id` VARCHAR(255),
	`last_changed` TIMESTAMP ON UPDATE CURRENT_TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	`permit_number` VARCHAR(255),
	`completed` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`cat_id` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`propertys_uid`),
	INDEX `property_town` (`property_town`),
	INDEX `property_region` (`property_region`),
	INDEX `property_country` (`property_country`),
	INDEX `published` (`published`),
	INDEX `ptype_id` (`ptype_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci
	ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `jomres_ptypes` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`ptype` VARCHAR(255),
	`ptype_desc` VARCHAR(255),
	`published` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`order` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0,
	`mrp_srp_flag` TINYINT(1) UNSIGNED NOT NULL DEFAULT 2,
	`marker` VARCHAR(255) NOT NULL DEFAULT 'free-map-marker-icon-red.png',
	`has_stars` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	PRIMARY KEY (`id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_rates` (
	`rates_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`rate_title` VARCHAR(255),
	`rate_description` TEXT,
	`validfrom` CHAR(10),
	`validto` CHAR(10),
	`roomrateperday` DOUBLE(20,7) NOT NULL DEFAULT 0,
	`extra_guests_price` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`modifiers` TEXT,
	`mindays` SMALLINT(5),
	`maxdays` SMALLINT(5),
	`minpeople` SMALLINT(5),
	`maxpeople` SMALLINT(5),
	`roomclass_uid`	INT UNSIGNED NOT NULL DEFAULT 0,
	`ignore_pppn` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`allow_ph` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`allow_we` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`weekendonly` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`validfrom_ts` DATE NOT NULL DEFAULT '1970-01-01',
	`validto_ts` DATE NOT NULL DEFAULT '1970-01-01',
	`dayofweek` TINYINT(1) UNSIGNED NOT NULL DEFAULT 7,
	`minrooms_alreadyselected` TINYINT(3) NOT NULL DEFAULT 0,
	`maxrooms_alreadyselected` TINYINT(3) NOT NULL DEFAULT 100,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`rates_uid`),
	INDEX `roomclass_uid` (`roomclass_uid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_reviews_ratings` (
	`rating_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`item_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`review_title` VARCHAR(255),
	`review_description` TEXT,
	`pros` TEXT,
	`cons` TEXT,
	`rating` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`rating_ip` VARCHAR(20),
	`rating_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`published` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`user_name` VARCHAR(255),
	PRIMARY KEY (`rating_id`),
	INDEX `item_id` (`item_id`),
	INDEX `published` (`published`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_reviews_ratings_confirm` (
	`confirm_rating_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`item_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`rating_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`confirm_user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`confirm` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`confirm_ip` VARCHAR(20),
	`confirm_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	PRIMARY KEY (`confirm_rating_id`),
	INDEX `item_id` (`item_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_reviews_ratings_detail` (
	`detail_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`item_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`rating_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`detail_rating` TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (`detail_id`),
	INDEX `item_id` (`item_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_reviews_ratings_replies` (
	`rating_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`replier_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`replier_name` VARCHAR(255),
	`reply` TEXT,
	PRIMARY KEY (`rating_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_reviews_reports` (
	`report_id` INT UNSIGNED NOT NULL AUTO_INCREMENT ,
	`rating_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`report` TEXT,
	`report_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	PRIMARY KEY (`report_id`),
	INDEX `rating_id` (`rating_id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_room_bookings` (
	`room_bookings_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`room_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`date` CHAR(10),
	`contract_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`black_booking` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`reception_booking` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`internet_booking` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`room_bookings_uid`),
	INDEX `room_uid` (`room_uid`),
	INDEX `date` (`date`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_room_classes` (
	`room_classes_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`room_class_abbv` VARCHAR(255),
	`room_class_full_desc` VARCHAR(255),
	`image` VARCHAR(255),
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0, 
	PRIMARY KEY(`room_classes_uid`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_rooms` (
	`room_uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`room_classes_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`propertys_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`room_features_uid` VARCHAR(255),
	`room_name` VARCHAR(255),
	`room_number` VARCHAR(255),
	`room_floor` VARCHAR(255),
	`accommodates_adults` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 2,
	`accommodates_children` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0,
	`max_people` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0,
	`singleperson_suppliment` DOUBLE(11,2) NOT NULL DEFAULT 0,
	`tagline` VARCHAR(255),
	`description` TEXT,
	`surcharge` FLOAT NOT NULL DEFAULT '0',
	`max_adults` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 2 ,
	`max_children` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0 ,
	`max_occupancy` SMALLINT(5) UNSIGNED NOT NULL DEFAULT 2, 
	
	PRIMARY KEY(`room_uid`),
	INDEX `room_classes_uid` (`room_classes_uid`),
	INDEX `propertys_uid` (`propertys_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_sessions` (
	`session_id` CHAR(50) NOT NULL, 
	`data` TEXT, 
	`last_changed` TIMESTAMP ON UPDATE CURRENT_TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
	`is_localhost` TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY (`session_id`),
	INDEX `last_changed` (`last_changed`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_settings` (
	`uid` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`akey` VARCHAR(100),
	`value`	 TEXT NOT NULL,
	PRIMARY KEY	(`uid`),
	UNIQUE INDEX `jomres_settings` (`property_uid`, `akey`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomres_webhook_events` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`user_performing_action` INT UNSIGNED NOT NULL DEFAULT 0,
	`channel_data` text,
	`date_added` datetime default NULL ,
	`webhook_event_title` VARCHAR(255),
	`webhook_event` text,
	PRIMARY KEY(`id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_invoices` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`cms_user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`guest_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`status` TINYINT(1) NOT NULL DEFAULT 0,
	`raised_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`due_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`paid` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`subscription` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`init_total` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`recur_total` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`recur_frequency` INT(4) UNSIGNED NOT NULL DEFAULT 0,
	`recur_dayofmonth` INT(4) UNSIGNED NOT NULL DEFAULT 0,
	`currencycode` CHAR(3) NOT NULL DEFAULT 'GBP',
	`subscription_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`contract_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`is_commission` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`vat_will_be_charged` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
	`invoice_number` VARCHAR(255),
	PRIMARY KEY  (`id`),
	INDEX `property_uid` (`property_uid`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_invoices_transactions` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`invoice_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`transaction_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`time_added` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`gateway_id` VARCHAR(255),
	`payment_result` TEXT,
	`payment_currency` CHAR(3) NOT NULL DEFAULT 'GBP',
	`payment_amount` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`payment_fees` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`payment_ref` VARCHAR(255),
	`notes` TEXT,
	PRIMARY KEY (`id`),
	INDEX `invoice_id` (`invoice_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_lineitems` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(255),
	`description` VARCHAR(255),
	`init_price` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`init_qty` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`init_discount` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`init_total` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`init_total_inclusive` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`tax_code` VARCHAR(255),
	`tax_description` VARCHAR(255),
	`tax_rate` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`inv_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`is_payment`  TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
	`payment_method` VARCHAR(255),
	`transaction_id` VARCHAR(255),
	`management_url` VARCHAR(2000), 
	PRIMARY KEY  (`id`),
	INDEX `inv_id` (`inv_id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_sms_clickatell_messages` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`username` VARCHAR(255),
	`number` VARCHAR(25),
	`message` VARCHAR(255),
	`property_uid` INT UNSIGNED NOT NULL DEFAULT 0,
	`send_time` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`ack` INT(3) UNSIGNED NOT NULL DEFAULT 0,
	`apiMsgid` VARCHAR(255),
	PRIMARY KEY (`id`)
	)
	ENGINE = InnoDB 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_subscriptions` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`cms_user_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`package_id` INT UNSIGNED NOT NULL DEFAULT 0,
	`status` TINYINT(1) NOT NULL DEFAULT 0,
	`raised_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`expiration_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:01',
	`invoice_id` INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY(`id`),
	INDEX `cms_user_id` (`cms_user_id`),
	INDEX `expiration_date` (`expiration_date`),
	INDEX `status` (`status`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `jomresportal_taxrates` (
	`id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
	`code` VARCHAR(255),
	`description` VARCHAR(255),
	`rate` DOUBLE(11, 2) NOT NULL DEFAULT 0,
	`is_eu_country` TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY (`id`)
	)
	ENGINE = MyISAM 
	DEFAULT CHARSET = utf8mb4 
	COLLATE = utf8mb4_unicode_ci;

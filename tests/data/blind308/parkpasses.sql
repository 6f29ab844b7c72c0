-- Park Passes (Department of Biodiversity, Conservation and Attractions, Western Australia): online and retailer
-- sales of entry passes for Western Australian national parks (holiday, annual, all-parks, Gold Star, day-entry passes).
-- Upstream: github.com/dbca-wa/park-passes, commit 964021ab3f0952782c4a59e61f184b56597c487b (Apache-2.0, pyproject.toml).
-- Schema: the 164 Django migrations of parkpasses/migrations/ replayed by Django 3.2 into PostgreSQL 15
-- (with django.contrib auth, contenttypes, sessions and admin), read back from the catalogue and written as MariaDB DDL.
-- Customers and staff are users of the separate DBCA ledger service (ledger_api_client EmailUserRO): their ids
-- are plain integers here. See parkpasses.md.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_applicationtype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `order` SMALLINT NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `application_fee` DECIMAL(6,2),
  `oracle_code_application` VARCHAR(50) NOT NULL,
  `oracle_code_licence` VARCHAR(50) NOT NULL,
  `is_gst_exempt` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_applicationtype_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_concession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `concession_type` VARCHAR(50) NOT NULL,
  `discount_percentage` DECIMAL(2,0) NOT NULL,
  `display_order` SMALLINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_concession_concession_type_key` (`concession_type`),
  UNIQUE KEY `parkpasses_concession_display_order_key` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcodebatch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `datetime_expiry` DATETIME(6) NOT NULL,
  `codes_to_generate` SMALLINT NOT NULL,
  `times_each_code_can_be_used` SMALLINT,
  `invalidated` TINYINT(1) NOT NULL,
  `discount_amount` DECIMAL(7,2),
  `discount_percentage` DECIMAL(2,0),
  `discount_code_batch_number` VARCHAR(10),
  `datetime_start` DATETIME(6) NOT NULL,
  `created_by` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcodebatchcomment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datetime_created` DATETIME(6) NOT NULL,
  `user` INT NOT NULL,
  `action` VARCHAR(2) NOT NULL,
  `reason` TEXT NOT NULL,
  `discount_code_batch_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_discountc_discount_code_batch__007ba5fd_fk_parkpasse` FOREIGN KEY (`discount_code_batch_id`) REFERENCES `parkpasses_discountcodebatch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcodebatchvaliduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT NOT NULL,
  `discount_code_batch_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_discountcodeb_discount_code_batch_id_u_45b36ef9_uniq` (`discount_code_batch_id`, `user`),
  CONSTRAINT `parkpasses_discountc_discount_code_batch__8f8d7ab9_fk_parkpasse` FOREIGN KEY (`discount_code_batch_id`) REFERENCES `parkpasses_discountcodebatch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_district` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `archive_date` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_district_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_faq` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question` VARCHAR(255) NOT NULL,
  `answer` TEXT NOT NULL,
  `display_order` SMALLINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_faq_display_order_key` (`display_order`),
  UNIQUE KEY `parkpasses_faq_question_key` (`question`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_helptext` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(50) NOT NULL,
  `content` TEXT NOT NULL,
  `version` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_helptext_label_key` (`label`),
  UNIQUE KEY `parkpasses_helptext_label_version_79fcd000_uniq` (`label`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_lga` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_lga_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_park` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `image` VARCHAR(100),
  `name` VARCHAR(100) NOT NULL,
  `display_externally` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_park_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_parkgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `display_order` SMALLINT NOT NULL,
  `display_externally` TINYINT(1) NOT NULL,
  `oracle_code` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_parkgroup_display_order_key` (`display_order`),
  UNIQUE KEY `parkpasses_parkgroup_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_parkgroup_lgas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parkgroup_id` INT NOT NULL,
  `lga_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_parkgroup_lgas_parkgroup_id_lga_id_407b9e37_uniq` (`parkgroup_id`, `lga_id`),
  CONSTRAINT `parkpasses_parkgroup_lgas_lga_id_b474cdb3_fk_parkpasses_lga_id` FOREIGN KEY (`lga_id`) REFERENCES `parkpasses_lga` (`id`),
  CONSTRAINT `parkpasses_parkgroup_parkgroup_id_8cd8db5b_fk_parkpasse` FOREIGN KEY (`parkgroup_id`) REFERENCES `parkpasses_parkgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passtype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `image` VARCHAR(100) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `display_name` VARCHAR(50) NOT NULL,
  `display_order` SMALLINT NOT NULL,
  `display_externally` TINYINT(1) NOT NULL,
  `display_retailer` TINYINT(1) NOT NULL,
  `description` TEXT,
  `oracle_code` VARCHAR(50),
  `slug` VARCHAR(50) NOT NULL,
  `can_be_renewed_automatically` TINYINT(1) NOT NULL,
  `template_image` VARCHAR(100),
  `concession_template_image` VARCHAR(100),
  `display_name_colour` VARCHAR(18) NOT NULL,
  `concession_display_name_colour` VARCHAR(18) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_passtype_oracle_code_key` (`oracle_code`),
  UNIQUE KEY `parkpasses_passtype_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passtypepricingwindow` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `date_start` DATE NOT NULL,
  `date_expiry` DATE,
  `pass_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_passtypep_pass_type_id_0830371f_fk_parkpasse` FOREIGN KEY (`pass_type_id`) REFERENCES `parkpasses_passtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passtypepricingwindowoption` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `duration` SMALLINT NOT NULL,
  `price` DECIMAL(7,2) NOT NULL,
  `pricing_window_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_passtypep_pricing_window_id_098b0f54_fk_parkpasse` FOREIGN KEY (`pricing_window_id`) REFERENCES `parkpasses_passtypepricingwindow` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_postcode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `postcode` VARCHAR(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_postcode_postcode_key` (`postcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_retailergroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `commission_oracle_code` VARCHAR(50),
  `commission_percentage` DECIMAL(2,0) NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `ledger_organisation` INT,
  `district_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_retailergroup_ledger_organisation_key` (`ledger_organisation`),
  UNIQUE KEY `parkpasses_retailergroup_oracle_code_4c15f435_uniq` (`commission_oracle_code`),
  CONSTRAINT `parkpasses_retailerg_district_id_ea9b5c74_fk_parkpasse` FOREIGN KEY (`district_id`) REFERENCES `parkpasses_district` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_retailergroupinvite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT,
  `email` VARCHAR(254) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `status` VARCHAR(3) NOT NULL,
  `retailer_group_id` INT NOT NULL,
  `initiated_by` VARCHAR(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_retailergroupinvite_uuid_d2ee01eb_uniq` (`uuid`),
  CONSTRAINT `parkpasses_retailerg_retailer_group_id_91bbf57c_fk_parkpasse` FOREIGN KEY (`retailer_group_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_retailergroupuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) NOT NULL,
  `emailuser_id` INT,
  `retailer_group_id` INT NOT NULL,
  `is_admin` TINYINT(1) NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_retailergroup_retailer_group_id_emailu_0104cfb1_uniq` (`retailer_group_id`, `emailuser_id`),
  CONSTRAINT `parkpasses_retailerg_retailer_group_id_22d02609_fk_parkpasse` FOREIGN KEY (`retailer_group_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_systemmaintenance` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_usersession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT NOT NULL,
  `session_id` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_usersessi_session_id_c8db91db_fk_django_se` FOREIGN KEY (`session_id`) REFERENCES `django_session` (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_voucher` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voucher_number` VARCHAR(10) NOT NULL,
  `recipient_name` VARCHAR(50) NOT NULL,
  `recipient_email` VARCHAR(254) NOT NULL,
  `datetime_to_email` DATETIME(6) NOT NULL,
  `personal_message` TEXT NOT NULL,
  `amount` DECIMAL(7,2) NOT NULL,
  `expiry` DATETIME(6) NOT NULL,
  `code` VARCHAR(10) NOT NULL,
  `pin` VARCHAR(6) NOT NULL,
  `datetime_purchased` DATETIME(6) NOT NULL,
  `processing_status` VARCHAR(3) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `purchaser` INT,
  `in_cart` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_voucher_code_16ec7706_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_cart` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datetime_first_added_to` DATETIME(6),
  `datetime_last_added_to` DATETIME(6),
  `user` INT,
  `datetime_created` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(36),
  `is_no_payment` TINYINT(1) NOT NULL,
  `retailer_group_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_cart_retailer_group_id_5fbe760e_fk_parkpasse` FOREIGN KEY (`retailer_group_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(50) NOT NULL,
  `discount_code_batch_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_discountcode_code_key` (`code`),
  CONSTRAINT `parkpasses_discountc_discount_code_batch__cc8b429c_fk_parkpasse` FOREIGN KEY (`discount_code_batch_id`) REFERENCES `parkpasses_discountcodebatch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcodebatchvalidpasstype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `discount_code_batch_id` INT NOT NULL,
  `pass_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_discountcodeb_discount_code_batch_id_p_998e846a_uniq` (`discount_code_batch_id`, `pass_type_id`),
  CONSTRAINT `parkpasses_discountc_discount_code_batch__3c40c1e8_fk_parkpasse` FOREIGN KEY (`discount_code_batch_id`) REFERENCES `parkpasses_discountcodebatch` (`id`),
  CONSTRAINT `parkpasses_discountc_pass_type_id_b2809365_fk_parkpasse` FOREIGN KEY (`pass_type_id`) REFERENCES `parkpasses_passtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_districtpasstypedurationoraclecode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `oracle_code` VARCHAR(80) NOT NULL,
  `option_id` INT NOT NULL,
  `district_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_districtpasst_district_id_option_id_e894b5f9_uniq` (`district_id`, `option_id`),
  CONSTRAINT `parkpasses_districtp_district_id_6b595bb3_fk_parkpasse` FOREIGN KEY (`district_id`) REFERENCES `parkpasses_district` (`id`),
  CONSTRAINT `parkpasses_districtp_option_id_a351b0a9_fk_parkpasse` FOREIGN KEY (`option_id`) REFERENCES `parkpasses_passtypepricingwindowoption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_lga_postcodes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lga_id` INT NOT NULL,
  `postcode_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_lga_postcodes_lga_id_postcode_id_ef802938_uniq` (`lga_id`, `postcode_id`),
  CONSTRAINT `parkpasses_lga_postc_postcode_id_ee1ae6d2_fk_parkpasse` FOREIGN KEY (`postcode_id`) REFERENCES `parkpasses_postcode` (`id`),
  CONSTRAINT `parkpasses_lga_postcodes_lga_id_4a51f75a_fk_parkpasses_lga_id` FOREIGN KEY (`lga_id`) REFERENCES `parkpasses_lga` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_member` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `display_order` SMALLINT NOT NULL,
  `park_id` INT NOT NULL,
  `park_group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_member_park_group_id_display_order_16941c72_uniq` (`park_group_id`, `display_order`),
  CONSTRAINT `parkpasses_member_park_group_id_b221cf8a_fk_parkpasse` FOREIGN KEY (`park_group_id`) REFERENCES `parkpasses_parkgroup` (`id`),
  CONSTRAINT `parkpasses_member_park_id_b498e26a_fk_parkpasses_park_id` FOREIGN KEY (`park_id`) REFERENCES `parkpasses_park` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_order` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order_number` VARCHAR(50) NOT NULL,
  `user` INT NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `invoice_reference` VARCHAR(50) NOT NULL,
  `uuid` VARCHAR(36) NOT NULL,
  `is_no_payment` TINYINT(1) NOT NULL,
  `retailer_group_id` INT,
  `payment_confirmed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_order_invoice_reference_key` (`invoice_reference`),
  UNIQUE KEY `parkpasses_order_order_number_key` (`order_number`),
  UNIQUE KEY `parkpasses_order_uuid_31a1d18a_uniq` (`uuid`),
  CONSTRAINT `parkpasses_order_retailer_group_id_7cc48304_fk_parkpasse` FOREIGN KEY (`retailer_group_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_orderitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order_id` INT NOT NULL,
  `amount` DECIMAL(7,2) NOT NULL,
  `description` VARCHAR(150) NOT NULL,
  `content_type_id` INT,
  `object_id` VARCHAR(191),
  `oracle_code` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_orderitem_content_type_id_8e6ad793_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `parkpasses_orderitem_order_id_a294dd14_fk_parkpasses_order_id` FOREIGN KEY (`order_id`) REFERENCES `parkpasses_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_pass` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT,
  `pass_number` VARCHAR(50),
  `first_name` VARCHAR(50) NOT NULL,
  `last_name` VARCHAR(50) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `vehicle_registration_1` VARCHAR(10),
  `vehicle_registration_2` VARCHAR(10),
  `date_start` DATE NOT NULL,
  `date_expiry` DATE NOT NULL,
  `renew_automatically` TINYINT(1) NOT NULL,
  `prevent_further_vehicle_updates` TINYINT(1) NOT NULL,
  `park_pass_pdf` VARCHAR(500),
  `processing_status` VARCHAR(2),
  `sold_via_id` INT,
  `option_id` INT NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `in_cart` TINYINT(1) NOT NULL,
  `park_group_id` INT,
  `drivers_licence_number` VARCHAR(11),
  `postcode` VARCHAR(4),
  `mobile` VARCHAR(10) NOT NULL,
  `purchase_email_sent` TINYINT(1) NOT NULL,
  `address_line_1` VARCHAR(100),
  `address_line_2` VARCHAR(100),
  `company` VARCHAR(50),
  `state` VARCHAR(3),
  `suburb` VARCHAR(100),
  `rac_member_number` VARCHAR(20),
  `park_pass_renewed_from_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_pass_park_pass_renewed_from_id_key` (`park_pass_renewed_from_id`),
  CONSTRAINT `parkpasses_pass_option_id_7d6c6c3b_fk_parkpasse` FOREIGN KEY (`option_id`) REFERENCES `parkpasses_passtypepricingwindowoption` (`id`),
  CONSTRAINT `parkpasses_pass_park_group_id_e33d4861_fk_parkpasse` FOREIGN KEY (`park_group_id`) REFERENCES `parkpasses_parkgroup` (`id`),
  CONSTRAINT `parkpasses_pass_park_pass_renewed_fr_fc8f7227_fk_parkpasse` FOREIGN KEY (`park_pass_renewed_from_id`) REFERENCES `parkpasses_pass` (`id`),
  CONSTRAINT `parkpasses_pass_sold_via_id_a26f7398_fk_parkpasse` FOREIGN KEY (`sold_via_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passautorenewalattempt` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auto_renewal_succeeded` TINYINT(1) NOT NULL,
  `datetime_attempted` DATETIME(6) NOT NULL,
  `park_pass_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parkpasses_passautor_park_pass_id_69ab9c81_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passcancellation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cancellation_reason` TEXT NOT NULL,
  `datetime_cancelled` DATETIME(6) NOT NULL,
  `park_pass_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_passcancellation_park_pass_id_key` (`park_pass_id`),
  CONSTRAINT `parkpasses_passcance_park_pass_id_0a586470_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_passtemplate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `template` VARCHAR(100) NOT NULL,
  `version` SMALLINT NOT NULL,
  `pass_type_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_passtemplate_pass_type_id_version_90f44f88_uniq` (`pass_type_id`, `version`),
  CONSTRAINT `parkpasses_passtempl_pass_type_id_03b21a84_fk_parkpasse` FOREIGN KEY (`pass_type_id`) REFERENCES `parkpasses_passtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_racdiscountusage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `discount_percentage` DECIMAL(2,0),
  `park_pass_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_racdiscountusage_park_pass_id_key` (`park_pass_id`),
  CONSTRAINT `parkpasses_racdiscou_park_pass_id_f794931a_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `report_number` VARCHAR(10),
  `report` VARCHAR(500),
  `processing_status` VARCHAR(2),
  `datetime_created` DATETIME(6) NOT NULL,
  `retailer_group_id` INT NOT NULL,
  `uuid` VARCHAR(36),
  `invoice_reference` VARCHAR(36),
  `basket_id` INT,
  `order_number` VARCHAR(128),
  `statement` VARCHAR(500),
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_report_basket_id_28f7922a_uniq` (`basket_id`),
  UNIQUE KEY `parkpasses_report_invoice_reference_73b6a49a_uniq` (`invoice_reference`),
  UNIQUE KEY `parkpasses_report_order_number_c8075987_uniq` (`order_number`),
  UNIQUE KEY `parkpasses_report_uuid_79bbb142_uniq` (`uuid`),
  CONSTRAINT `parkpasses_report_retailer_group_id_8cab285e_fk_parkpasse` FOREIGN KEY (`retailer_group_id`) REFERENCES `parkpasses_retailergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_vouchertransaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `credit` DECIMAL(7,2) NOT NULL,
  `debit` DECIMAL(7,2) NOT NULL,
  `datetime_created` DATETIME(6) NOT NULL,
  `datetime_updated` DATETIME(6) NOT NULL,
  `park_pass_id` INT NOT NULL,
  `voucher_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_vouchertransaction_park_pass_id_key` (`park_pass_id`),
  CONSTRAINT `parkpasses_vouchertr_park_pass_id_676496ee_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`),
  CONSTRAINT `parkpasses_vouchertr_voucher_id_7aad92f5_fk_parkpasse` FOREIGN KEY (`voucher_id`) REFERENCES `parkpasses_voucher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_concessionusage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `concession_card_number` VARCHAR(50) NOT NULL,
  `concession_id` INT NOT NULL,
  `park_pass_id` INT NOT NULL,
  `date_expiry` DATE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_concessionusage_park_pass_id_key` (`park_pass_id`),
  CONSTRAINT `parkpasses_concessio_concession_id_f1b0a337_fk_parkpasse` FOREIGN KEY (`concession_id`) REFERENCES `parkpasses_concession` (`id`),
  CONSTRAINT `parkpasses_concessio_park_pass_id_a3bcd435_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_discountcodeusage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `discount_code_id` INT NOT NULL,
  `park_pass_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_discountcodeusage_park_pass_id_key` (`park_pass_id`),
  CONSTRAINT `parkpasses_discountc_discount_code_id_74107091_fk_parkpasse` FOREIGN KEY (`discount_code_id`) REFERENCES `parkpasses_discountcode` (`id`),
  CONSTRAINT `parkpasses_discountc_park_pass_id_eafe6424_fk_parkpasse` FOREIGN KEY (`park_pass_id`) REFERENCES `parkpasses_pass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parkpasses_cartitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` VARCHAR(191) NOT NULL,
  `cart_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `concession_usage_id` INT,
  `discount_code_usage_id` INT,
  `voucher_transaction_id` INT,
  `datetime_created` DATETIME(6) NOT NULL,
  `oracle_code` VARCHAR(50) NOT NULL,
  `rac_discount_usage_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkpasses_cartitem_content_type_id_object_id_49a26aa9_uniq` (`content_type_id`, `object_id`),
  CONSTRAINT `parkpasses_cartitem_cart_id_3eb9ad0c_fk_parkpasses_cart_id` FOREIGN KEY (`cart_id`) REFERENCES `parkpasses_cart` (`id`),
  CONSTRAINT `parkpasses_cartitem_concession_usage_id_263cd018_fk_parkpasse` FOREIGN KEY (`concession_usage_id`) REFERENCES `parkpasses_concessionusage` (`id`),
  CONSTRAINT `parkpasses_cartitem_content_type_id_406a7104_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `parkpasses_cartitem_discount_code_usage__fc5aa94e_fk_parkpasse` FOREIGN KEY (`discount_code_usage_id`) REFERENCES `parkpasses_discountcodeusage` (`id`),
  CONSTRAINT `parkpasses_cartitem_rac_discount_usage_i_7350b683_fk_parkpasse` FOREIGN KEY (`rac_discount_usage_id`) REFERENCES `parkpasses_racdiscountusage` (`id`),
  CONSTRAINT `parkpasses_cartitem_voucher_transaction__375131cb_fk_parkpasse` FOREIGN KEY (`voucher_transaction_id`) REFERENCES `parkpasses_vouchertransaction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- cStock (Dimagi with JSI / USAID | DELIVER and the Malawi Ministry of Health; SMS-based logistics of community health
-- commodities for Health Surveillance Assistants; Django 3.2 on MySQL, RapidSMS).
-- Upstream: github.com/dimagi/logistics, commit 3d84a79821d0861d361dd269dfc90e7c6fea8d40 (2025-01-15).
-- Made by running upstream's Django migrations (`manage.py migrate`, settings of logistics_project/settings.py with
-- the Malawi deployment's settings_base.py, i.e. the apps of the running system) against MariaDB 10.11 with Django 3.2.12,
-- then SHOW CREATE TABLE. logistics.0003 fails on MariaDB 10.11 at its first statement (dropping a column of a table the
-- same migration deletes); its remaining SQL from `sqlmigrate` was applied by hand and the migration recorded, which
-- gives the same end state. All 60 tables are kept; foreign keys referencing a table defined later are added with
-- ALTER TABLE at the end of the file.

CREATE TABLE `alerts_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(256) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `escalated_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `url` longtext DEFAULT NULL,
  `alert_type` varchar(256) NOT NULL,
  `is_open` tinyint(1) NOT NULL,
  `escalation_level` varchar(100) NOT NULL,
  `originating_location_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `alerts_notification_originating_location_4bb2d437_fk_locations` (`originating_location_id`),
  KEY `alerts_notification_owner_id_1c1b0826_fk_auth_user_id` (`owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_notificationcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `notification_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `alerts_notificationc_notification_id_a4f3da28_fk_alerts_no` (`notification_id`),
  KEY `alerts_notificationcomment_user_id_8365bdc4_fk_auth_user_id` (`user_id`),
  CONSTRAINT `alerts_notificationc_notification_id_a4f3da28_fk_alerts_no` FOREIGN KEY (`notification_id`) REFERENCES `alerts_notification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_notificationvisibility` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `esc_level` varchar(100) NOT NULL,
  `notif_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `alerts_notificationv_notif_id_1a1044be_fk_alerts_no` (`notif_id`),
  KEY `alerts_notificationvisibility_user_id_68e16765_fk_auth_user_id` (`user_id`),
  CONSTRAINT `alerts_notificationv_notif_id_1a1044be_fk_alerts_no` FOREIGN KEY (`notif_id`) REFERENCES `alerts_notification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations_location` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(10) unsigned DEFAULT NULL CHECK (`parent_id` >= 0),
  `code` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `parent_type_id` int(11) DEFAULT NULL,
  `point_id` int(11) DEFAULT NULL,
  `type_id` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `locations_location_point_id_ba49a66d_fk_locations_point_id` (`point_id`),
  KEY `locations_location_type_id_7f6d2920_fk_locations` (`type_id`),
  KEY `locations_location_parent_type_id_e39a164e_fk_django_co` (`parent_type_id`),
  CONSTRAINT `locations_location_parent_type_id_e39a164e_fk_django_co` FOREIGN KEY (`parent_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations_locationtype` (
  `name` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations_point` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `latitude` decimal(13,10) NOT NULL,
  `longitude` decimal(13,10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_contactrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(30) NOT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_historicalstockcache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `year` int(10) unsigned NOT NULL CHECK (`year` >= 0),
  `month` int(10) unsigned NOT NULL CHECK (`month` >= 0),
  `stock` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_historical_product_id_150f21bb_fk_logistics` (`product_id`),
  KEY `logistics_historical_supply_point_id_67f1a433_fk_logistics` (`supply_point_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_logisticsprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `designation` varchar(255) DEFAULT NULL,
  `can_view_hsa_level_data` tinyint(1) NOT NULL,
  `can_view_facility_level_data` tinyint(1) NOT NULL,
  `current_dashboard_base_level` varchar(1) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `organization_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `logistics_logisticsp_supply_point_id_cf74278d_fk_logistics` (`supply_point_id`),
  KEY `logistics_logisticsp_location_id_be0eb2bf_fk_locations` (`location_id`),
  KEY `logistics_logisticsp_organization_id_77863d83_fk_malawi_or` (`organization_id`),
  CONSTRAINT `logistics_logisticsp_location_id_be0eb2bf_fk_locations` FOREIGN KEY (`location_id`) REFERENCES `locations_location` (`id`),
  CONSTRAINT `logistics_logisticsprofile_user_id_c48db289_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_nagrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_date` datetime(6) NOT NULL,
  `warning` int(11) NOT NULL,
  `nag_type` varchar(30) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_nagrecord_supply_point_id_e0f4bee0_fk_logistics` (`supply_point_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `units` varchar(100) NOT NULL,
  `sms_code` varchar(10) NOT NULL,
  `description` varchar(255) NOT NULL,
  `product_code` varchar(100) DEFAULT NULL,
  `average_monthly_consumption` int(10) unsigned DEFAULT NULL CHECK (`average_monthly_consumption` >= 0),
  `emergency_order_level` int(10) unsigned DEFAULT NULL CHECK (`emergency_order_level` >= 0),
  `is_active` tinyint(1) NOT NULL,
  `type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sms_code` (`sms_code`),
  KEY `logistics_product_type_id_79034a73_fk_logistics_producttype_id` (`type_id`),
  KEY `logistics_product_name_83cb2085` (`name`),
  KEY `logistics_product_product_code_4cbe53cf` (`product_code`),
  KEY `logistics_product_is_active_a5fda4d3` (`is_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_productreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `quantity` int(11) NOT NULL,
  `report_date` datetime(6) NOT NULL,
  `message_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `report_type_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_productrep_report_type_id_c851f0e3_fk_logistics` (`report_type_id`),
  KEY `logistics_productrep_supply_point_id_08f5d311_fk_logistics` (`supply_point_id`),
  KEY `logistics_productrep_message_id_e357dda0_fk_messagelo` (`message_id`),
  KEY `logistics_productrep_product_id_52bf41d7_fk_logistics` (`product_id`),
  KEY `logistics_productreport_report_date_b41c67ea` (`report_date`),
  CONSTRAINT `logistics_productrep_product_id_52bf41d7_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_productreporttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_productstock` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_active` tinyint(1) NOT NULL,
  `quantity` int(11) DEFAULT NULL,
  `days_stocked_out` int(11) NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `manual_monthly_consumption` int(10) unsigned DEFAULT NULL CHECK (`manual_monthly_consumption` >= 0),
  `auto_monthly_consumption` int(10) unsigned DEFAULT NULL CHECK (`auto_monthly_consumption` >= 0),
  `use_auto_consumption` tinyint(1) NOT NULL,
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `logistics_productstock_supply_point_id_product_id_c688dabe_uniq` (`supply_point_id`,`product_id`),
  KEY `logistics_productsto_product_id_f8778826_fk_logistics` (`product_id`),
  KEY `logistics_productstock_is_active_8de1c856` (`is_active`),
  CONSTRAINT `logistics_productsto_product_id_f8778826_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_producttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(10) NOT NULL,
  `base_level` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_stockrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(20) NOT NULL,
  `response_status` varchar(20) NOT NULL,
  `is_emergency` tinyint(1) NOT NULL,
  `requested_on` datetime(6) NOT NULL,
  `responded_on` datetime(6) DEFAULT NULL,
  `received_on` datetime(6) DEFAULT NULL,
  `balance` int(11) DEFAULT NULL,
  `amount_requested` int(10) unsigned DEFAULT NULL CHECK (`amount_requested` >= 0),
  `amount_approved` int(10) unsigned DEFAULT NULL CHECK (`amount_approved` >= 0),
  `amount_received` int(10) unsigned DEFAULT NULL CHECK (`amount_received` >= 0),
  `canceled_for_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `received_by_id` int(11) DEFAULT NULL,
  `requested_by_id` int(11) DEFAULT NULL,
  `responded_by_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_stockreque_supply_point_id_a07f8c8d_fk_logistics` (`supply_point_id`),
  KEY `logistics_stockreque_canceled_for_id_62b3b191_fk_logistics` (`canceled_for_id`),
  KEY `logistics_stockreque_product_id_22d9efeb_fk_logistics` (`product_id`),
  KEY `logistics_stockreque_received_by_id_c0cdbe94_fk_rapidsms_` (`received_by_id`),
  KEY `logistics_stockreque_requested_by_id_455cf9ed_fk_rapidsms_` (`requested_by_id`),
  KEY `logistics_stockreque_responded_by_id_7d46d9bf_fk_rapidsms_` (`responded_by_id`),
  KEY `logistics_stockrequest_status_8d34f739` (`status`),
  CONSTRAINT `logistics_stockreque_canceled_for_id_62b3b191_fk_logistics` FOREIGN KEY (`canceled_for_id`) REFERENCES `logistics_stockrequest` (`id`),
  CONSTRAINT `logistics_stockreque_product_id_22d9efeb_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_stocktransaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `quantity` int(11) NOT NULL,
  `beginning_balance` int(11) NOT NULL,
  `ending_balance` int(11) NOT NULL,
  `date` datetime(6) NOT NULL,
  `product_id` int(11) NOT NULL,
  `product_report_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_stocktrans_supply_point_id_345698e4_fk_logistics` (`supply_point_id`),
  KEY `logistics_stocktrans_product_id_367430d3_fk_logistics` (`product_id`),
  KEY `logistics_stocktrans_product_report_id_2db4d2d1_fk_logistics` (`product_report_id`),
  CONSTRAINT `logistics_stocktrans_product_id_367430d3_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `logistics_stocktrans_product_report_id_2db4d2d1_fk_logistics` FOREIGN KEY (`product_report_id`) REFERENCES `logistics_productreport` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_stocktransfer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `giver_unknown` varchar(200) NOT NULL,
  `amount` int(10) unsigned DEFAULT NULL CHECK (`amount` >= 0),
  `status` varchar(10) NOT NULL,
  `initiated_on` datetime(6) DEFAULT NULL,
  `closed_on` datetime(6) DEFAULT NULL,
  `giver_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `receiver_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_stocktrans_giver_id_6f9d58d7_fk_logistics` (`giver_id`),
  KEY `logistics_stocktrans_product_id_17886bbb_fk_logistics` (`product_id`),
  KEY `logistics_stocktrans_receiver_id_2c973036_fk_logistics` (`receiver_id`),
  CONSTRAINT `logistics_stocktrans_product_id_17886bbb_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_supplypoint` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `code` varchar(100) NOT NULL,
  `last_reported` datetime(6) DEFAULT NULL,
  `location_id` int(11) NOT NULL,
  `supplied_by_id` int(11) DEFAULT NULL,
  `type_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `logistics_supplypoin_location_id_bdc7dead_fk_locations` (`location_id`),
  KEY `logistics_supplypoin_supplied_by_id_dae302a3_fk_logistics` (`supplied_by_id`),
  KEY `logistics_supplypoin_type_id_0522a0c9_fk_logistics` (`type_id`),
  KEY `logistics_supplypoint_name_7dee7095` (`name`),
  CONSTRAINT `logistics_supplypoin_location_id_bdc7dead_fk_locations` FOREIGN KEY (`location_id`) REFERENCES `locations_location` (`id`),
  CONSTRAINT `logistics_supplypoin_supplied_by_id_dae302a3_fk_logistics` FOREIGN KEY (`supplied_by_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_supplypointtype` (
  `name` varchar(100) NOT NULL,
  `code` varchar(50) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logistics_supplypointwarehouserecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `logistics_supplypoin_supply_point_id_c48e07ae_fk_logistics` (`supply_point_id`),
  CONSTRAINT `logistics_supplypoin_supply_point_id_c48e07ae_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_alert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `num_hsas` int(10) unsigned NOT NULL CHECK (`num_hsas` >= 0),
  `have_stockouts` int(10) unsigned NOT NULL CHECK (`have_stockouts` >= 0),
  `eo_total` int(10) unsigned NOT NULL CHECK (`eo_total` >= 0),
  `eo_with_resupply` int(10) unsigned NOT NULL CHECK (`eo_with_resupply` >= 0),
  `eo_without_resupply` int(10) unsigned NOT NULL CHECK (`eo_without_resupply` >= 0),
  `total_requests` int(10) unsigned NOT NULL CHECK (`total_requests` >= 0),
  `reporting_receipts` int(10) unsigned NOT NULL CHECK (`reporting_receipts` >= 0),
  `order_readys` int(10) unsigned NOT NULL CHECK (`order_readys` >= 0),
  `without_products_managed` int(10) unsigned NOT NULL CHECK (`without_products_managed` >= 0),
  `products_requested` int(10) unsigned NOT NULL CHECK (`products_requested` >= 0),
  `products_approved` int(10) unsigned NOT NULL CHECK (`products_approved` >= 0),
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_alert_supply_point_id_5530be67_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_alert_supply_point_id_5530be67_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_calculatedconsumption` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `calculated_consumption` int(10) unsigned NOT NULL CHECK (`calculated_consumption` >= 0),
  `time_with_data` bigint(20) NOT NULL,
  `time_needing_data` bigint(20) NOT NULL,
  `time_stocked_out` bigint(20) NOT NULL,
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_calculatedcon_product_id_3fa5fa66_fk_logistics` (`product_id`),
  KEY `malawi_calculatedcon_supply_point_id_bbb06c9f_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_calculatedcon_product_id_3fa5fa66_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_calculatedcon_supply_point_id_bbb06c9f_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_currentconsumption` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `current_daily_consumption` double NOT NULL,
  `stock_on_hand` bigint(20) NOT NULL,
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_currentconsum_product_id_1b4ccc19_fk_logistics` (`product_id`),
  KEY `malawi_currentconsum_supply_point_id_81bfd157_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_currentconsum_product_id_1b4ccc19_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_currentconsum_supply_point_id_81bfd157_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_historicalstock` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `stock` bigint(20) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_historicalsto_product_id_694cf2d7_fk_logistics` (`product_id`),
  KEY `malawi_historicalsto_supply_point_id_1487cc6a_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_historicalsto_product_id_694cf2d7_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_historicalsto_supply_point_id_1487cc6a_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_orderfulfillment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `quantity_requested` int(10) unsigned NOT NULL CHECK (`quantity_requested` >= 0),
  `quantity_received` int(10) unsigned NOT NULL CHECK (`quantity_received` >= 0),
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_orderfulfillm_product_id_fd51ee0d_fk_logistics` (`product_id`),
  KEY `malawi_orderfulfillm_supply_point_id_e392a7ed_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_orderfulfillm_product_id_fd51ee0d_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_orderfulfillm_supply_point_id_e392a7ed_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_orderrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `emergency` int(10) unsigned NOT NULL CHECK (`emergency` >= 0),
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_orderrequest_product_id_fae83c6b_fk_logistics_product_id` (`product_id`),
  KEY `malawi_orderrequest_supply_point_id_e0bf4285_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_orderrequest_product_id_fae83c6b_fk_logistics_product_id` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_orderrequest_supply_point_id_e0bf4285_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_organization_managed_supply_points` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `supplypoint_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `malawi_organization_mana_organization_id_supplypo_b9da7db0_uniq` (`organization_id`,`supplypoint_id`),
  KEY `malawi_organization__supplypoint_id_2c16a9ba_fk_logistics` (`supplypoint_id`),
  CONSTRAINT `malawi_organization__organization_id_824b35be_fk_malawi_or` FOREIGN KEY (`organization_id`) REFERENCES `malawi_organization` (`id`),
  CONSTRAINT `malawi_organization__supplypoint_id_2c16a9ba_fk_logistics` FOREIGN KEY (`supplypoint_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_productavailabilitydata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `managed` int(10) unsigned NOT NULL CHECK (`managed` >= 0),
  `with_stock` int(10) unsigned NOT NULL CHECK (`with_stock` >= 0),
  `under_stock` int(10) unsigned NOT NULL CHECK (`under_stock` >= 0),
  `good_stock` int(10) unsigned NOT NULL CHECK (`good_stock` >= 0),
  `over_stock` int(10) unsigned NOT NULL CHECK (`over_stock` >= 0),
  `without_stock` int(10) unsigned NOT NULL CHECK (`without_stock` >= 0),
  `without_data` int(10) unsigned NOT NULL CHECK (`without_data` >= 0),
  `emergency_stock` int(10) unsigned NOT NULL CHECK (`emergency_stock` >= 0),
  `managed_and_with_stock` int(10) unsigned NOT NULL CHECK (`managed_and_with_stock` >= 0),
  `managed_and_under_stock` int(10) unsigned NOT NULL CHECK (`managed_and_under_stock` >= 0),
  `managed_and_good_stock` int(10) unsigned NOT NULL CHECK (`managed_and_good_stock` >= 0),
  `managed_and_over_stock` int(10) unsigned NOT NULL CHECK (`managed_and_over_stock` >= 0),
  `managed_and_without_stock` int(10) unsigned NOT NULL CHECK (`managed_and_without_stock` >= 0),
  `managed_and_without_data` int(10) unsigned NOT NULL CHECK (`managed_and_without_data` >= 0),
  `managed_and_emergency_stock` int(10) unsigned NOT NULL CHECK (`managed_and_emergency_stock` >= 0),
  `product_id` int(11) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_productavaila_product_id_e8ef54d7_fk_logistics` (`product_id`),
  KEY `malawi_productavaila_supply_point_id_41cc268e_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_productavaila_product_id_e8ef54d7_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`),
  CONSTRAINT `malawi_productavaila_supply_point_id_41cc268e_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_productavailabilitydatasummary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `any_managed` int(10) unsigned NOT NULL CHECK (`any_managed` >= 0),
  `any_without_stock` int(10) unsigned NOT NULL CHECK (`any_without_stock` >= 0),
  `any_with_stock` int(10) unsigned NOT NULL CHECK (`any_with_stock` >= 0),
  `any_under_stock` int(10) unsigned NOT NULL CHECK (`any_under_stock` >= 0),
  `any_over_stock` int(10) unsigned NOT NULL CHECK (`any_over_stock` >= 0),
  `any_good_stock` int(10) unsigned NOT NULL CHECK (`any_good_stock` >= 0),
  `any_without_data` int(10) unsigned NOT NULL CHECK (`any_without_data` >= 0),
  `any_emergency_stock` int(10) unsigned NOT NULL CHECK (`any_emergency_stock` >= 0),
  `base_level` varchar(1) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_productavaila_supply_point_id_3c5ced30_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_productavaila_supply_point_id_3c5ced30_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_refrigeratormalfunction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reported_on` datetime(6) NOT NULL,
  `malfunction_reason` varchar(1) NOT NULL,
  `responded_on` datetime(6) DEFAULT NULL,
  `resolved_on` datetime(6) DEFAULT NULL,
  `reported_by_id` int(11) NOT NULL,
  `sent_to_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_refrigeratorm_reported_by_id_f23b28e5_fk_rapidsms_` (`reported_by_id`),
  KEY `malawi_refrigeratorm_sent_to_id_c525c08d_fk_logistics` (`sent_to_id`),
  KEY `malawi_refrigeratorm_supply_point_id_6932c67d_fk_logistics` (`supply_point_id`),
  KEY `malawi_refrigeratormalfunction_reported_on_d9dc41c7` (`reported_on`),
  CONSTRAINT `malawi_refrigeratorm_sent_to_id_c525c08d_fk_logistics` FOREIGN KEY (`sent_to_id`) REFERENCES `logistics_supplypoint` (`id`),
  CONSTRAINT `malawi_refrigeratorm_supply_point_id_6932c67d_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_reportingrate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `reported` int(10) unsigned NOT NULL CHECK (`reported` >= 0),
  `on_time` int(10) unsigned NOT NULL CHECK (`on_time` >= 0),
  `complete` int(10) unsigned NOT NULL CHECK (`complete` >= 0),
  `base_level` varchar(1) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_reportingrate_supply_point_id_1a087f9a_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_reportingrate_supply_point_id_1a087f9a_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malawi_timetracker` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `date` datetime(6) NOT NULL,
  `type` varchar(10) NOT NULL,
  `total` int(10) unsigned NOT NULL CHECK (`total` >= 0),
  `time_in_seconds` bigint(20) NOT NULL,
  `supply_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `malawi_timetracker_supply_point_id_41fa9ffd_fk_logistics` (`supply_point_id`),
  CONSTRAINT `malawi_timetracker_supply_point_id_41fa9ffd_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messagelog_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `direction` varchar(1) NOT NULL,
  `date` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `connection_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `messagelog_message_connection_id_b72da12e_fk_rapidsms_` (`connection_id`),
  KEY `messagelog_message_contact_id_26c164d3_fk_rapidsms_contact_id` (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outreach_outreachmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `sent_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `outreach_outreachmessage_sent_by_id_c09b910e_fk_auth_user_id` (`sent_by_id`),
  CONSTRAINT `outreach_outreachmessage_sent_by_id_c09b910e_fk_auth_user_id` FOREIGN KEY (`sent_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outreach_outreachquota` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` int(10) unsigned NOT NULL CHECK (`amount` >= 0),
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `outreach_outreachquota_user_id_c9cc0856_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_app` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `module` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `module` (`module`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_backend` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_connection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identity` varchar(100) NOT NULL,
  `backend_id` int(11) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rapidsms_connection_backend_id_identity_a347138e_uniq` (`backend_id`,`identity`),
  KEY `rapidsms_connection_contact_id_b48d5525_fk_rapidsms_contact_id` (`contact_id`),
  CONSTRAINT `rapidsms_connection_backend_id_d9637a47_fk_rapidsms_backend_id` FOREIGN KEY (`backend_id`) REFERENCES `rapidsms_backend` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `language` varchar(6) NOT NULL,
  `needs_reminders` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_approved` tinyint(1) NOT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `supply_point_id` int(11) DEFAULT NULL,
  `last_message_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rapidsms_contact_organization_id_ade79553_fk_malawi_or` (`organization_id`),
  KEY `rapidsms_contact_role_id_a74df135_fk_logistics_contactrole_id` (`role_id`),
  KEY `rapidsms_contact_supply_point_id_8ea63490_fk_logistics` (`supply_point_id`),
  KEY `rapidsms_contact_last_message_id_a219aa75_fk_messagelo` (`last_message_id`),
  CONSTRAINT `rapidsms_contact_last_message_id_a219aa75_fk_messagelo` FOREIGN KEY (`last_message_id`) REFERENCES `messagelog_message` (`id`),
  CONSTRAINT `rapidsms_contact_organization_id_ade79553_fk_malawi_or` FOREIGN KEY (`organization_id`) REFERENCES `malawi_organization` (`id`),
  CONSTRAINT `rapidsms_contact_role_id_a74df135_fk_logistics_contactrole_id` FOREIGN KEY (`role_id`) REFERENCES `logistics_contactrole` (`id`),
  CONSTRAINT `rapidsms_contact_supply_point_id_8ea63490_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_contact_commodities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rapidsms_contact_commodities_contact_id_product_id_cf0058cc_uniq` (`contact_id`,`product_id`),
  KEY `rapidsms_contact_com_product_id_316db06b_fk_logistics` (`product_id`),
  CONSTRAINT `rapidsms_contact_com_contact_id_e278532f_fk_rapidsms_` FOREIGN KEY (`contact_id`) REFERENCES `rapidsms_contact` (`id`),
  CONSTRAINT `rapidsms_contact_com_product_id_316db06b_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapidsms_deliveryreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(255) NOT NULL,
  `report_id` varchar(255) NOT NULL,
  `number` varchar(255) NOT NULL,
  `report` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_eventschedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `callback` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `callback_args` longtext DEFAULT NULL,
  `callback_kwargs` longtext DEFAULT NULL,
  `months` longtext DEFAULT NULL,
  `days_of_month` longtext DEFAULT NULL,
  `days_of_week` longtext DEFAULT NULL,
  `hours` longtext DEFAULT NULL,
  `minutes` longtext DEFAULT NULL,
  `start_time` datetime(6) DEFAULT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  `last_ran` datetime(6) DEFAULT NULL,
  `count` int(11) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_executionrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `runtime` datetime(6) NOT NULL,
  `schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `scheduler_executionr_schedule_id_1d692941_fk_scheduler` (`schedule_id`),
  CONSTRAINT `scheduler_executionr_schedule_id_1d692941_fk_scheduler` FOREIGN KEY (`schedule_id`) REFERENCES `scheduler_eventschedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_failedexecutionrecord` (
  `executionrecord_ptr_id` int(11) NOT NULL,
  `message` longtext NOT NULL,
  PRIMARY KEY (`executionrecord_ptr_id`),
  CONSTRAINT `scheduler_failedexec_executionrecord_ptr__73d57131_fk_scheduler` FOREIGN KEY (`executionrecord_ptr_id`) REFERENCES `scheduler_executionrecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_taggeditem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uniq` (`content_type_id`,`object_id`,`tag_id`),
  KEY `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` (`tag_id`),
  KEY `taggit_taggeditem_object_id_e2d7d1df` (`object_id`),
  KEY `taggit_taggeditem_content_type_id_object_id_196cc965_idx` (`content_type_id`,`object_id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_9957a03c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `warehouse_reportrun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `start_run` datetime(6) NOT NULL,
  `end_run` datetime(6) DEFAULT NULL,
  `complete` tinyint(1) NOT NULL,
  `has_error` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `alerts_notification` ADD CONSTRAINT `alerts_notification_originating_location_4bb2d437_fk_locations` FOREIGN KEY (`originating_location_id`) REFERENCES `locations_location` (`id`);

ALTER TABLE `alerts_notification` ADD CONSTRAINT `alerts_notification_owner_id_1c1b0826_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`);

ALTER TABLE `alerts_notificationcomment` ADD CONSTRAINT `alerts_notificationcomment_user_id_8365bdc4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);

ALTER TABLE `alerts_notificationvisibility` ADD CONSTRAINT `alerts_notificationvisibility_user_id_68e16765_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);

ALTER TABLE `auth_group_permissions` ADD CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);

ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);

ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);

ALTER TABLE `locations_location` ADD CONSTRAINT `locations_location_point_id_ba49a66d_fk_locations_point_id` FOREIGN KEY (`point_id`) REFERENCES `locations_point` (`id`);

ALTER TABLE `locations_location` ADD CONSTRAINT `locations_location_type_id_7f6d2920_fk_locations` FOREIGN KEY (`type_id`) REFERENCES `locations_locationtype` (`slug`);

ALTER TABLE `logistics_historicalstockcache` ADD CONSTRAINT `logistics_historical_product_id_150f21bb_fk_logistics` FOREIGN KEY (`product_id`) REFERENCES `logistics_product` (`id`);

ALTER TABLE `logistics_historicalstockcache` ADD CONSTRAINT `logistics_historical_supply_point_id_67f1a433_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_logisticsprofile` ADD CONSTRAINT `logistics_logisticsp_organization_id_77863d83_fk_malawi_or` FOREIGN KEY (`organization_id`) REFERENCES `malawi_organization` (`id`);

ALTER TABLE `logistics_logisticsprofile` ADD CONSTRAINT `logistics_logisticsp_supply_point_id_cf74278d_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_nagrecord` ADD CONSTRAINT `logistics_nagrecord_supply_point_id_e0f4bee0_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_product` ADD CONSTRAINT `logistics_product_type_id_79034a73_fk_logistics_producttype_id` FOREIGN KEY (`type_id`) REFERENCES `logistics_producttype` (`id`);

ALTER TABLE `logistics_productreport` ADD CONSTRAINT `logistics_productrep_message_id_e357dda0_fk_messagelo` FOREIGN KEY (`message_id`) REFERENCES `messagelog_message` (`id`);

ALTER TABLE `logistics_productreport` ADD CONSTRAINT `logistics_productrep_report_type_id_c851f0e3_fk_logistics` FOREIGN KEY (`report_type_id`) REFERENCES `logistics_productreporttype` (`id`);

ALTER TABLE `logistics_productreport` ADD CONSTRAINT `logistics_productrep_supply_point_id_08f5d311_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_productstock` ADD CONSTRAINT `logistics_productsto_supply_point_id_d32ff2fb_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_stockrequest` ADD CONSTRAINT `logistics_stockreque_received_by_id_c0cdbe94_fk_rapidsms_` FOREIGN KEY (`received_by_id`) REFERENCES `rapidsms_contact` (`id`);

ALTER TABLE `logistics_stockrequest` ADD CONSTRAINT `logistics_stockreque_requested_by_id_455cf9ed_fk_rapidsms_` FOREIGN KEY (`requested_by_id`) REFERENCES `rapidsms_contact` (`id`);

ALTER TABLE `logistics_stockrequest` ADD CONSTRAINT `logistics_stockreque_responded_by_id_7d46d9bf_fk_rapidsms_` FOREIGN KEY (`responded_by_id`) REFERENCES `rapidsms_contact` (`id`);

ALTER TABLE `logistics_stockrequest` ADD CONSTRAINT `logistics_stockreque_supply_point_id_a07f8c8d_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_stocktransaction` ADD CONSTRAINT `logistics_stocktrans_supply_point_id_345698e4_fk_logistics` FOREIGN KEY (`supply_point_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_stocktransfer` ADD CONSTRAINT `logistics_stocktrans_giver_id_6f9d58d7_fk_logistics` FOREIGN KEY (`giver_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_stocktransfer` ADD CONSTRAINT `logistics_stocktrans_receiver_id_2c973036_fk_logistics` FOREIGN KEY (`receiver_id`) REFERENCES `logistics_supplypoint` (`id`);

ALTER TABLE `logistics_supplypoint` ADD CONSTRAINT `logistics_supplypoin_type_id_0522a0c9_fk_logistics` FOREIGN KEY (`type_id`) REFERENCES `logistics_supplypointtype` (`code`);

ALTER TABLE `malawi_refrigeratormalfunction` ADD CONSTRAINT `malawi_refrigeratorm_reported_by_id_f23b28e5_fk_rapidsms_` FOREIGN KEY (`reported_by_id`) REFERENCES `rapidsms_contact` (`id`);

ALTER TABLE `messagelog_message` ADD CONSTRAINT `messagelog_message_connection_id_b72da12e_fk_rapidsms_` FOREIGN KEY (`connection_id`) REFERENCES `rapidsms_connection` (`id`);

ALTER TABLE `messagelog_message` ADD CONSTRAINT `messagelog_message_contact_id_26c164d3_fk_rapidsms_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `rapidsms_contact` (`id`);

ALTER TABLE `rapidsms_connection` ADD CONSTRAINT `rapidsms_connection_contact_id_b48d5525_fk_rapidsms_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `rapidsms_contact` (`id`);

-- Helsinki Parking Permits (City-of-Helsinki/parking-permits), the City of Helsinki's residents' parking permit
-- service (customers from Helsinki profile, addresses, vehicles and their users from the Traficom registry, driving
-- licences, permits, orders paid through the city's Talpa web shop, subscriptions, refunds, permit events,
-- extension requests, announcements, audit log, admin users).
-- Written as MySQL/MariaDB DDL from the Django models at commit f5b03b62436e278812a28d99aefaa343db5e10cf (MIT):
-- parking_permits/models/*.py, users/models.py (on django-helusers' AbstractUser), audit_logger/models.py, plus the
-- Django auth, contenttypes and sessions tables and helusers' tables that the project installs. Table and column
-- names are Django's (app_label_model, <field>_id for foreign keys); columns in model field order (mixins' fields
-- first). PostgreSQL/PostGIS-only types: PointField and MultiPolygonField -> GEOMETRY, ArrayField and
-- DateTimeRangeField -> JSON; UUIDField -> CHAR(32) as Django writes it on MySQL.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_uniq` (`content_type_id`, `codename`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_uniq` (`name`)
);

CREATE TABLE `auth_group_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_uniq` (`group_id`, `permission_id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `helusers_adgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `display_name` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `helusers_oidcbackchannellogoutevent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `iss` VARCHAR(4096) NOT NULL,
  `sub` VARCHAR(4096) NOT NULL,
  `sid` VARCHAR(4096) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `department_name` VARCHAR(50) NULL,
  `last_api_use` DATE NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_uniq` (`username`),
  UNIQUE KEY `users_user_uuid_uniq` (`uuid`)
);

CREATE TABLE `users_user_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `users_user_user_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_uniq` (`user_id`, `permission_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `users_user_ad_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `adgroup_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_ad_groups_user_id_adgroup_id_uniq` (`user_id`, `adgroup_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`adgroup_id`) REFERENCES `helusers_adgroup` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `parking_permits_parkingzone` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `description_sv` LONGTEXT NOT NULL,
  `location` GEOMETRY NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_parkingzone_name_uniq` (`name`)
);

CREATE TABLE `parking_permits_address` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `street_name` VARCHAR(128) NOT NULL,
  `street_name_sv` VARCHAR(128) NOT NULL,
  `street_number` VARCHAR(128) NOT NULL,
  `city` VARCHAR(128) NOT NULL,
  `city_sv` VARCHAR(128) NOT NULL,
  `postal_code` VARCHAR(5) NOT NULL,
  `location` GEOMETRY NULL,
  `start_date` DATE NULL,
  `end_date` DATE NULL,
  `zone` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`zone`) REFERENCES `parking_permits_parkingzone` (`id`)
);

CREATE TABLE `parking_permits_customer` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `source_system` VARCHAR(50) NOT NULL,
  `source_id` VARCHAR(100) NOT NULL,
  `user_id` BIGINT NULL,
  `first_name` VARCHAR(64) NOT NULL,
  `last_name` VARCHAR(64) NOT NULL,
  `national_id_number` VARCHAR(50) NULL,
  `primary_address_id` BIGINT NULL,
  `primary_address_apartment` VARCHAR(32) NULL,
  `primary_address_apartment_sv` VARCHAR(32) NULL,
  `other_address_id` BIGINT NULL,
  `other_address_apartment` VARCHAR(32) NULL,
  `other_address_apartment_sv` VARCHAR(32) NULL,
  `email` VARCHAR(128) NOT NULL,
  `phone_number` VARCHAR(32) NULL,
  `address_security_ban` TINYINT(1) NOT NULL,
  `driver_license_checked` TINYINT(1) NOT NULL,
  `zone_id` BIGINT NULL,
  `language` VARCHAR(10) NOT NULL,
  `is_anonymized` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_customer_user_id_uniq` (`user_id`),
  UNIQUE KEY `parking_permits_customer_national_id_number_uniq` (`national_id_number`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`primary_address_id`) REFERENCES `parking_permits_address` (`id`),
  FOREIGN KEY (`other_address_id`) REFERENCES `parking_permits_address` (`id`),
  FOREIGN KEY (`zone_id`) REFERENCES `parking_permits_parkingzone` (`id`)
);

CREATE TABLE `parking_permits_company` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `business_id` VARCHAR(32) NOT NULL,
  `address_id` BIGINT NULL,
  `company_owner_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `parking_permits_address` (`id`),
  FOREIGN KEY (`company_owner_id`) REFERENCES `parking_permits_customer` (`id`)
);

CREATE TABLE `parking_permits_drivingclass` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `identifier` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parking_permits_drivinglicence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `customer_id` BIGINT NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NULL,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_drivinglicence_customer_id_uniq` (`customer_id`),
  FOREIGN KEY (`customer_id`) REFERENCES `parking_permits_customer` (`id`)
);

CREATE TABLE `parking_permits_drivinglicence_driving_classes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `drivinglicence_id` BIGINT NOT NULL,
  `drivingclass_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `drivinglicence_driving_classes_uniq` (`drivinglicence_id`, `drivingclass_id`),
  FOREIGN KEY (`drivinglicence_id`) REFERENCES `parking_permits_drivinglicence` (`id`),
  FOREIGN KEY (`drivingclass_id`) REFERENCES `parking_permits_drivingclass` (`id`)
);

CREATE TABLE `parking_permits_vehiclepowertype` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NULL,
  `identifier` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parking_permits_lowemissioncriteria` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `nedc_max_emission_limit` INT NULL,
  `wltp_max_emission_limit` INT NULL,
  `euro_min_class_limit` INT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parking_permits_vehicleuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `national_id_number` VARCHAR(50) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_vehicleuser_national_id_number_uniq` (`national_id_number`)
);

CREATE TABLE `parking_permits_vehicle` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `power_type_id` BIGINT NOT NULL,
  `vehicle_class` VARCHAR(16) NOT NULL,
  `manufacturer` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  `registration_number` VARCHAR(24) NOT NULL,
  `weight` INT NOT NULL,
  `euro_class` INT NULL,
  `emission` INT NULL,
  `consent_low_emission_accepted` TINYINT(1) NOT NULL,
  `_is_low_emission` TINYINT(1) NOT NULL,
  `emission_type` VARCHAR(16) NOT NULL,
  `serial_number` VARCHAR(100) NOT NULL,
  `last_inspection_date` DATE NULL,
  `updated_from_traficom_on` DATE NULL,
  `restrictions` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_vehicle_registration_number_uniq` (`registration_number`),
  FOREIGN KEY (`power_type_id`) REFERENCES `parking_permits_vehiclepowertype` (`id`)
);

CREATE TABLE `parking_permits_vehicle_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `vehicle_id` BIGINT NOT NULL,
  `vehicleuser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_vehicle_users_uniq` (`vehicle_id`, `vehicleuser_id`),
  FOREIGN KEY (`vehicle_id`) REFERENCES `parking_permits_vehicle` (`id`),
  FOREIGN KEY (`vehicleuser_id`) REFERENCES `parking_permits_vehicleuser` (`id`)
);

CREATE TABLE `parking_permits_temporaryvehicle` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `vehicle_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `created_by_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`vehicle_id`) REFERENCES `parking_permits_vehicle` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `parking_permits_accounting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `active_from` DATETIME(6) NULL,
  `company_code` VARCHAR(64) NULL,
  `vat_code` VARCHAR(64) NULL,
  `internal_order` VARCHAR(64) NULL,
  `profit_center` VARCHAR(64) NULL,
  `balance_profit_center` VARCHAR(64) NULL,
  `project` VARCHAR(64) NULL,
  `operation_area` VARCHAR(64) NULL,
  `main_ledger_account` VARCHAR(64) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `parking_permits_product` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `talpa_product_id` CHAR(32) NULL,
  `zone_id` BIGINT NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `unit_price` DECIMAL(6,2) NOT NULL,
  `unit` VARCHAR(50) NOT NULL,
  `vat` DECIMAL(6,4) NOT NULL,
  `low_emission_discount` DECIMAL(12,10) NOT NULL,
  `accounting_id` BIGINT NULL,
  `next_accounting_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_product_talpa_product_id_uniq` (`talpa_product_id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`zone_id`) REFERENCES `parking_permits_parkingzone` (`id`),
  FOREIGN KEY (`accounting_id`) REFERENCES `parking_permits_accounting` (`id`),
  FOREIGN KEY (`next_accounting_id`) REFERENCES `parking_permits_accounting` (`id`)
);

CREATE TABLE `parking_permits_parkingpermit` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `customer_id` BIGINT NOT NULL,
  `vehicle_id` BIGINT NULL,
  `next_vehicle_id` BIGINT NULL,
  `parking_zone_id` BIGINT NOT NULL,
  `next_parking_zone_id` BIGINT NULL,
  `type` VARCHAR(32) NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NULL,
  `primary_vehicle` TINYINT(1) NOT NULL,
  `synced_with_parkkihubi` TINYINT(1) NOT NULL,
  `bypass_traficom_validation` TINYINT(1) NOT NULL,
  `vehicle_changed` TINYINT(1) NOT NULL,
  `vehicle_changed_date` DATE NULL,
  `address_changed` TINYINT(1) NOT NULL,
  `address_changed_date` DATE NULL,
  `contract_type` VARCHAR(16) NOT NULL,
  `start_type` VARCHAR(16) NOT NULL,
  `end_type` VARCHAR(32) NOT NULL,
  `month_count` INT NOT NULL,
  `description` LONGTEXT NOT NULL,
  `address_id` BIGINT NULL,
  `address_apartment` VARCHAR(32) NULL,
  `address_apartment_sv` VARCHAR(32) NULL,
  `next_address_id` BIGINT NULL,
  `next_address_apartment` VARCHAR(32) NULL,
  `next_address_apartment_sv` VARCHAR(32) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `parking_permits_customer` (`id`),
  FOREIGN KEY (`vehicle_id`) REFERENCES `parking_permits_vehicle` (`id`),
  FOREIGN KEY (`next_vehicle_id`) REFERENCES `parking_permits_vehicle` (`id`),
  FOREIGN KEY (`parking_zone_id`) REFERENCES `parking_permits_parkingzone` (`id`),
  FOREIGN KEY (`next_parking_zone_id`) REFERENCES `parking_permits_parkingzone` (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `parking_permits_address` (`id`),
  FOREIGN KEY (`next_address_id`) REFERENCES `parking_permits_address` (`id`)
);

CREATE TABLE `parking_permits_parkingpermit_temp_vehicles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `parkingpermit_id` BIGINT NOT NULL,
  `temporaryvehicle_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parkingpermit_temp_vehicles_uniq` (`parkingpermit_id`, `temporaryvehicle_id`),
  FOREIGN KEY (`parkingpermit_id`) REFERENCES `parking_permits_parkingpermit` (`id`),
  FOREIGN KEY (`temporaryvehicle_id`) REFERENCES `parking_permits_temporaryvehicle` (`id`)
);

CREATE TABLE `parking_permits_order` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `talpa_order_id` CHAR(32) NULL,
  `talpa_checkout_url` VARCHAR(200) NOT NULL,
  `talpa_logged_in_checkout_url` VARCHAR(200) NOT NULL,
  `talpa_receipt_url` VARCHAR(200) NOT NULL,
  `talpa_update_card_url` VARCHAR(200) NOT NULL,
  `talpa_last_valid_purchase_time` DATETIME(6) NULL,
  `payment_type` VARCHAR(50) NOT NULL,
  `customer_id` BIGINT NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `paid_time` DATETIME(6) NULL,
  `address_text` VARCHAR(64) NULL,
  `parking_zone_name` VARCHAR(32) NULL,
  `vehicles` JSON NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_order_talpa_order_id_uniq` (`talpa_order_id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `parking_permits_customer` (`id`)
);

CREATE TABLE `parking_permits_order_permits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `order_id` BIGINT NOT NULL,
  `parkingpermit_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_order_permits_uniq` (`order_id`, `parkingpermit_id`),
  FOREIGN KEY (`order_id`) REFERENCES `parking_permits_order` (`id`),
  FOREIGN KEY (`parkingpermit_id`) REFERENCES `parking_permits_parkingpermit` (`id`)
);

CREATE TABLE `parking_permits_subscription` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `talpa_subscription_id` CHAR(32) NULL,
  `status` VARCHAR(20) NOT NULL,
  `cancel_reason` VARCHAR(20) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_subscription_talpa_subscription_id_uniq` (`talpa_subscription_id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `parking_permits_orderitem` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `talpa_order_item_id` CHAR(32) NULL,
  `order_id` BIGINT NOT NULL,
  `subscription_id` BIGINT NULL,
  `product_id` BIGINT NOT NULL,
  `permit_id` BIGINT NOT NULL,
  `unit_price` DECIMAL(6,2) NOT NULL,
  `payment_unit_price` DECIMAL(6,2) NOT NULL,
  `vat` DECIMAL(6,4) NOT NULL,
  `quantity` INT NOT NULL,
  `start_time` DATETIME(6) NULL,
  `end_time` DATETIME(6) NULL,
  `is_refunded` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_orderitem_talpa_order_item_id_uniq` (`talpa_order_item_id`),
  FOREIGN KEY (`order_id`) REFERENCES `parking_permits_order` (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `parking_permits_subscription` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `parking_permits_product` (`id`),
  FOREIGN KEY (`permit_id`) REFERENCES `parking_permits_parkingpermit` (`id`)
);

CREATE TABLE `parking_permits_parkingpermitextensionrequest` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `permit_id` BIGINT NOT NULL,
  `order_id` BIGINT NOT NULL,
  `month_count` INT UNSIGNED NOT NULL,
  `status` VARCHAR(12) NOT NULL,
  `status_changed_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`permit_id`) REFERENCES `parking_permits_parkingpermit` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `parking_permits_order` (`id`)
);

CREATE TABLE `parking_permits_parkingpermitevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `type` VARCHAR(16) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `message` LONGTEXT NOT NULL,
  `context` JSON NOT NULL,
  `validity_period` JSON NULL,
  `parking_permit_id` BIGINT NOT NULL,
  `content_type_id` INT NULL,
  `object_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`parking_permit_id`) REFERENCES `parking_permits_parkingpermit` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `parking_permits_refund` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `name` VARCHAR(200) NOT NULL,
  `amount` DECIMAL(6,2) NOT NULL,
  `iban` VARCHAR(30) NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `accepted_at` DATETIME(6) NULL,
  `accepted_by_id` BIGINT NULL,
  `vat` DECIMAL(6,4) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`accepted_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `parking_permits_refund_orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `refund_id` BIGINT NOT NULL,
  `order_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_refund_orders_uniq` (`refund_id`, `order_id`),
  FOREIGN KEY (`refund_id`) REFERENCES `parking_permits_refund` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `parking_permits_order` (`id`)
);

CREATE TABLE `parking_permits_refund_permits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `refund_id` BIGINT NOT NULL,
  `parkingpermit_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parking_permits_refund_permits_uniq` (`refund_id`, `parkingpermit_id`),
  FOREIGN KEY (`refund_id`) REFERENCES `parking_permits_refund` (`id`),
  FOREIGN KEY (`parkingpermit_id`) REFERENCES `parking_permits_parkingpermit` (`id`)
);

CREATE TABLE `parking_permits_announcement` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NULL,
  `modified_by_id` BIGINT NULL,
  `subject_en` VARCHAR(255) NOT NULL,
  `content_en` LONGTEXT NOT NULL,
  `subject_fi` VARCHAR(255) NOT NULL,
  `content_fi` LONGTEXT NOT NULL,
  `subject_sv` VARCHAR(255) NOT NULL,
  `content_sv` LONGTEXT NOT NULL,
  `emails_handled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `parking_permits_announcement__parking_zones` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `announcement_id` BIGINT NOT NULL,
  `parkingzone_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `announcement__parking_zones_uniq` (`announcement_id`, `parkingzone_id`),
  FOREIGN KEY (`announcement_id`) REFERENCES `parking_permits_announcement` (`id`),
  FOREIGN KEY (`parkingzone_id`) REFERENCES `parking_permits_parkingzone` (`id`)
);

CREATE TABLE `parking_permits_permitcountsnapshot` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `permit_count` INT NOT NULL,
  `date` DATE NOT NULL,
  `parking_zone_name` VARCHAR(128) NOT NULL,
  `parking_zone_description` LONGTEXT NOT NULL,
  `parking_zone_description_sv` LONGTEXT NOT NULL,
  `low_emission` TINYINT(1) NOT NULL,
  `primary_vehicle` TINYINT(1) NOT NULL,
  `contract_type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_logger_auditlog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `logger_name` VARCHAR(100) NOT NULL,
  `level` SMALLINT UNSIGNED NOT NULL,
  `is_sent` TINYINT(1) NOT NULL,
  `message` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `trace` LONGTEXT NULL,
  PRIMARY KEY (`id`)
);

-- Parkstay (Parks and Wildlife Service of Western Australia campground bookings; github.com/dbca-wa/parkstay_bs_v2,
-- Apache-2.0), commit 2392788a71886211dce4dd05d8cbc735db6311d4: Django models of parkstay/models.py (PostgreSQL/PostGIS upstream)
-- written as MySQL DDL. Customers, staff and invoices live in the ledger service (ledger_api_client EmailUser, Invoice):
-- their ids are kept, without a foreign key.

CREATE TABLE `parkstay_contact` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `phone_number` varchar(50),
  `email` varchar(255) NOT NULL,
  `description` longtext,
  `opening_hours` longtext,
  `other_services` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_region` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `abbreviation` varchar(16),
  `ratis_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_district` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `abbreviation` varchar(16),
  `region_id` int NOT NULL,
  `ratis_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `parkstay_region` (`id`)
);

CREATE TABLE `parkstay_park` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `district_id` int,
  `ratis_id` int NOT NULL,
  `alert_count` int NOT NULL,
  `entry_fee_required` tinyint(1) NOT NULL,
  `oracle_code` varchar(50),
  `wkb_geometry` geometry,
  `zoom_level` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`district_id`) REFERENCES `parkstay_district` (`id`)
);

CREATE TABLE `parkstay_feature` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext,
  `image` varchar(100),
  `type` smallint NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campground` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `park_id` int NOT NULL,
  `ratis_id` int NOT NULL,
  `contact_id` int,
  `campground_type` smallint NOT NULL,
  `promo_area_id` int,
  `site_type` smallint NOT NULL,
  `address` json,
  `description` longtext,
  `about` longtext,
  `booking_information` longtext,
  `campsite_information` longtext,
  `facilities_information` longtext,
  `campground_rules` longtext,
  `fee_information` longtext,
  `health_and_safety_information` longtext,
  `location_information` longtext,
  `additional_info` longtext,
  `area_activities` longtext,
  `driving_directions` longtext,
  `fees` longtext,
  `othertransport` longtext,
  `key` varchar(255),
  `price_level` smallint NOT NULL,
  `info_url` varchar(255) NOT NULL,
  `long_description` longtext,
  `wkb_geometry` geometry,
  `zoom_level` int NOT NULL,
  `dog_permitted` tinyint(1) NOT NULL,
  `check_in` time(6) NOT NULL,
  `check_out` time(6) NOT NULL,
  `max_advance_booking` int NOT NULL,
  `oracle_code` varchar(50),
  `campground_map` varchar(100),
  `campground_image_id` int,
  `release_time` time(6) NOT NULL,
  `custom_acknowledgment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`park_id`) REFERENCES `parkstay_park` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `parkstay_contact` (`id`)
);

CREATE TABLE `parkstay_campground_features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campground_id` int NOT NULL,
  `feature_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`),
  FOREIGN KEY (`feature_id`) REFERENCES `parkstay_feature` (`id`)
);

CREATE TABLE `parkstay_campgroundnotice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campground_id` int NOT NULL,
  `notice_type` int NOT NULL,
  `message` varchar(70),
  `order` int NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`)
);

CREATE TABLE `parkstay_campgroundgroup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campgroundgroup_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campgroundgroup_id` int NOT NULL,
  `emailuser_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campgroundgroup_campgrounds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campgroundgroup_id` int NOT NULL,
  `campground_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campgroundpermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(500) NOT NULL,
  `campground_id` int NOT NULL,
  `permission_group` smallint NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`)
);

CREATE TABLE `parkstay_emailgroup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_group` smallint NOT NULL,
  `email` varchar(300) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campgroundimage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` varchar(255) NOT NULL,
  `campground_id` int NOT NULL,
  `checksum` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`)
);

CREATE TABLE `parkstay_closurereason` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_maximumstayreason` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_pricereason` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_discountreason` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campgroundbookingrange` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `status` smallint NOT NULL,
  `closure_reason_id` int,
  `details` longtext,
  `range_start` date,
  `range_end` date,
  `campground_id` int NOT NULL,
  `min_sites` smallint NOT NULL,
  `max_sites` smallint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`closure_reason_id`) REFERENCES `parkstay_closurereason` (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`)
);

CREATE TABLE `parkstay_campsiteclass` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `tent` tinyint(1) NOT NULL,
  `campervan` tinyint(1) NOT NULL,
  `caravan` tinyint(1) NOT NULL,
  `min_people` smallint NOT NULL,
  `max_people` smallint NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `description` longtext,
  `max_vehicles` int unsigned NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campsite` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campground_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `campsite_class_id` int,
  `wkb_geometry` geometry,
  `tent` tinyint(1) NOT NULL,
  `vehicle` tinyint(1) NOT NULL,
  `campervan` tinyint(1) NOT NULL,
  `caravan` tinyint(1) NOT NULL,
  `motorcycle` tinyint(1) NOT NULL,
  `trailer` tinyint(1) NOT NULL,
  `min_people` smallint NOT NULL,
  `max_people` smallint NOT NULL,
  `max_vehicles` int unsigned NOT NULL,
  `description` longtext,
  `short_description` longtext,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`),
  FOREIGN KEY (`campsite_class_id`) REFERENCES `parkstay_campsiteclass` (`id`)
);

CREATE TABLE `parkstay_parkstaypermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(300) NOT NULL,
  `permission_group` smallint NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campsitebookingrange` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `status` smallint NOT NULL,
  `closure_reason_id` int,
  `details` longtext,
  `range_start` date,
  `range_end` date,
  `campsite_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`closure_reason_id`) REFERENCES `parkstay_closurereason` (`id`),
  FOREIGN KEY (`campsite_id`) REFERENCES `parkstay_campsite` (`id`)
);

CREATE TABLE `parkstay_campsitestayhistory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `min_days` smallint NOT NULL,
  `max_days` smallint NOT NULL,
  `min_dba` smallint NOT NULL,
  `max_dba` smallint NOT NULL,
  `reason_id` int NOT NULL,
  `details` longtext,
  `range_start` date,
  `range_end` date,
  `campsite_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `parkstay_maximumstayreason` (`id`),
  FOREIGN KEY (`campsite_id`) REFERENCES `parkstay_campsite` (`id`)
);

CREATE TABLE `parkstay_bookingpolicy` (
  `id` int NOT NULL AUTO_INCREMENT,
  `no_policy` tinyint(1) NOT NULL,
  `policy_name` varchar(255) NOT NULL,
  `policy_type` smallint NOT NULL,
  `amount` decimal(8,2),
  `arrival_limit_enabled` tinyint(1) NOT NULL,
  `arrival_time` int unsigned,
  `grace_time` int unsigned NOT NULL,
  `peak_policy_enabled` tinyint(1) NOT NULL,
  `peak_policy_type` smallint,
  `peak_group_id` int,
  `peak_amount` decimal(8,2),
  `peak_grace_time` int unsigned,
  `peak_arrival_limit_enabled` tinyint(1) NOT NULL,
  `peak_arrival_time` int unsigned,
  `active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_rate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `adult` decimal(8,2) NOT NULL,
  `concession` decimal(8,2) NOT NULL,
  `child` decimal(8,2) NOT NULL,
  `infant` decimal(8,2) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_campsiterate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campsite_id` int NOT NULL,
  `rate_id` int NOT NULL,
  `allow_public_holidays` tinyint(1) NOT NULL,
  `date_start` date NOT NULL,
  `date_end` date,
  `rate_type` smallint NOT NULL,
  `price_model` smallint NOT NULL,
  `reason_id` int,
  `details` longtext,
  `booking_policy_id` int,
  `update_level` smallint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campsite_id`) REFERENCES `parkstay_campsite` (`id`),
  FOREIGN KEY (`rate_id`) REFERENCES `parkstay_rate` (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `parkstay_pricereason` (`id`),
  FOREIGN KEY (`booking_policy_id`) REFERENCES `parkstay_bookingpolicy` (`id`)
);

CREATE TABLE `parkstay_booking` (
  `id` int NOT NULL AUTO_INCREMENT,
  `customer_id` int,
  `legacy_id` int,
  `legacy_name` varchar(255),
  `arrival` date NOT NULL,
  `departure` date NOT NULL,
  `details` json,
  `booking_type` smallint NOT NULL,
  `expiry_time` datetime(6),
  `cost_total` decimal(8,2) NOT NULL,
  `override_price` decimal(8,2),
  `override_reason_id` int,
  `override_reason_info` longtext,
  `overridden_by_id` int,
  `campground_id` int,
  `is_canceled` tinyint(1) NOT NULL,
  `send_invoice` tinyint(1) NOT NULL,
  `cancellation_reason` longtext,
  `cancelation_time` datetime(6),
  `confirmation_sent` tinyint(1) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `created_by` int,
  `canceled_by_id` int,
  `property_cache` json,
  `property_cache_version` varchar(10),
  `property_cache_stale` tinyint(1) NOT NULL,
  `do_not_send_invoice` tinyint(1) NOT NULL,
  `do_not_send_confirmation` tinyint(1) NOT NULL,
  `error_sending_confirmation` tinyint(1) NOT NULL,
  `error_sending_invoice` tinyint(1) NOT NULL,
  `reminder_email_sent` tinyint(1) NOT NULL,
  `error_sending_reminder` tinyint(1) NOT NULL,
  `campsite_oracle_code` varchar(50),
  `old_booking` int,
  `next_check_for_payment` datetime(6),
  `customer_managed_booking_disabled` tinyint(1) NOT NULL,
  `booking_hash` varchar(1024),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`override_reason_id`) REFERENCES `parkstay_discountreason` (`id`),
  FOREIGN KEY (`campground_id`) REFERENCES `parkstay_campground` (`id`)
);

CREATE TABLE `parkstay_campsitebooking` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campsite_id` int NOT NULL,
  `date` date NOT NULL,
  `booking_id` int,
  `booking_type` smallint NOT NULL,
  `booking_policy_id` int,
  `amount_adult` decimal(8,2),
  `amount_child` decimal(8,2),
  `amount_infant` decimal(8,2),
  `amount_concession` decimal(8,2),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campsite_id`) REFERENCES `parkstay_campsite` (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`),
  FOREIGN KEY (`booking_policy_id`) REFERENCES `parkstay_bookingpolicy` (`id`)
);

CREATE TABLE `parkstay_campsitebookinglegacy` (
  `id` int NOT NULL AUTO_INCREMENT,
  `campsite_booking_id` int,
  `campsite_id` int,
  `date` date NOT NULL,
  `booking_type` int,
  `legacy_booking_id` int,
  `is_cancelled` tinyint(1) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_additionalbooking` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int,
  `fee_description` varchar(150),
  `amount` decimal(8,2),
  `gst` tinyint(1) NOT NULL,
  `identifier` varchar(150),
  `oracle_code` varchar(50),
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`)
);

CREATE TABLE `parkstay_bookinglog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `message` longtext,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`)
);

CREATE TABLE `parkstay_bookinghistory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `arrival` date NOT NULL,
  `departure` date NOT NULL,
  `details` json NOT NULL,
  `cost_total` decimal(8,2) NOT NULL,
  `confirmation_sent` tinyint(1) NOT NULL,
  `campground` varchar(100) NOT NULL,
  `campsites` json NOT NULL,
  `vehicles` json NOT NULL,
  `updated_by_id` int,
  `invoice_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`)
);

CREATE TABLE `parkstay_outstandingbookingrecipient` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_bookinginvoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `invoice_reference` varchar(50),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`)
);

CREATE TABLE `parkstay_bookingvehiclerego` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `rego` varchar(50) NOT NULL,
  `type` varchar(10) NOT NULL,
  `hire_car` tinyint(1) NOT NULL,
  `concession` tinyint(1) NOT NULL,
  `entry_fee` tinyint(1) NOT NULL,
  `park_entry_fee` tinyint(1) NOT NULL,
  `additional_booking_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `parkstay_booking` (`id`)
);

CREATE TABLE `parkstay_parkentryrate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vehicle` decimal(8,2) NOT NULL,
  `concession` decimal(8,2) NOT NULL,
  `motorbike` decimal(8,2) NOT NULL,
  `campervan` decimal(8,2) NOT NULL,
  `trailer` decimal(8,2) NOT NULL,
  `caravan` decimal(8,2) NOT NULL,
  `gst` tinyint(1) NOT NULL,
  `period_start` date NOT NULL,
  `period_end` date,
  `reason_id` int,
  `details` longtext,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reason_id`) REFERENCES `parkstay_pricereason` (`id`)
);

CREATE TABLE `parkstay_bulkrefundcancel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bulk_name` varchar(255) NOT NULL,
  `bulk_status` int NOT NULL,
  `paused` tinyint(1) NOT NULL,
  `created_by` int,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `parkstay_bulkrefundcancellist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bulk_refund_cancel_id` int NOT NULL,
  `booking_reference` varchar(255),
  `refund_type` int NOT NULL,
  `cancel_type` int NOT NULL,
  `email_type` int NOT NULL,
  `message` longtext,
  `processed` tinyint(1) NOT NULL,
  `completed` datetime(6),
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bulk_refund_cancel_id`) REFERENCES `parkstay_bulkrefundcancel` (`id`)
);

-- MemberMatters (github.com/membermatters/MemberMatters, commit 704571bc7d2ca5db8fd70d1ba4abd7e22d5a406f, MIT)
-- Tables rebuilt from the Django migrations (memberportal/*/migrations/*.py) replayed in order, MySQL types as
-- Django's MySQL backend creates them; many-to-many join tables as Django creates them for the declared fields.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `profile_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `password_reset_key` char(32) NULL,
  `password_reset_expire` datetime(6) NULL,
  `staff` tinyint(1) NOT NULL,
  `admin` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_profile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `digital_id_token` char(32) NULL,
  `digital_id_token_expire` datetime(6) NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `screen_name` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `phone` varchar(12) NOT NULL,
  `state` varchar(11) NOT NULL,
  `rfid` varchar(20) NULL,
  `memberbucks_balance` double NOT NULL,
  `last_memberbucks_purchase` datetime(6) NOT NULL,
  `must_update_profile` tinyint(1) NOT NULL,
  `last_seen` datetime(6) NULL,
  `last_induction` datetime(6) NULL,
  `stripe_customer_id` varchar(100) NULL,
  `stripe_card_expiry` varchar(10) NULL,
  `stripe_card_last_digits` varchar(4) NULL,
  `stripe_payment_method_id` varchar(100) NULL,
  `user_id` int NOT NULL,
  `membership_plan_id` int NULL,
  `stripe_subscription_id` varchar(100) NULL,
  `subscription_status` varchar(10) NOT NULL,
  `vehicle_registration_plate` varchar(30) NULL,
  `exclude_from_email_export` tinyint(1) NOT NULL,
  `subscription_first_created` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_profile_doors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `profile_id` int NOT NULL,
  `doors_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_profile_interlocks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `profile_id` int NOT NULL,
  `interlock_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `logtype` varchar(30) NOT NULL,
  `description` varchar(500) NOT NULL,
  `data` longtext NULL,
  `date` datetime(6) NOT NULL,
  `door_id` int NULL,
  `interlock_id` int NULL,
  `memberbucks_device_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_usereventlog` (
  `log_ptr_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`log_ptr_id`)
);

CREATE TABLE `profile_eventlog` (
  `log_ptr_id` int NOT NULL,
  PRIMARY KEY (`log_ptr_id`)
);

CREATE TABLE `access_accesscontrolleddevice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `description` varchar(500) NOT NULL,
  `ip_address` char(39) NULL,
  `last_seen` datetime(6) NULL,
  `all_members` tinyint(1) NOT NULL,
  `locked_out` tinyint(1) NOT NULL,
  `play_theme` tinyint(1) NOT NULL,
  `exempt_signin` tinyint(1) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `serial_number` varchar(50) NULL,
  `report_online_status` tinyint(1) NOT NULL,
  `post_to_discord` tinyint(1) NOT NULL,
  `authorised` tinyint(1) NOT NULL,
  `post_to_slack` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_doors` (
  `accesscontrolleddevice_ptr_id` int NOT NULL,
  PRIMARY KEY (`accesscontrolleddevice_ptr_id`)
);

CREATE TABLE `access_interlock` (
  `accesscontrolleddevice_ptr_id` int NOT NULL,
  `cost_per_hour` int NOT NULL,
  `cost_per_kwh` int NOT NULL,
  `cost_per_session` int NOT NULL,
  PRIMARY KEY (`accesscontrolleddevice_ptr_id`)
);

CREATE TABLE `access_memberbucksdevice` (
  `accesscontrolleddevice_ptr_id` int NOT NULL,
  PRIMARY KEY (`accesscontrolleddevice_ptr_id`)
);

CREATE TABLE `access_doorlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `door_id` int NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_interlocklog` (
  `id` char(32) NOT NULL,
  `date_updated` datetime(6) NOT NULL,
  `user_started_id` int NOT NULL,
  `interlock_id` int NOT NULL,
  `date_ended` datetime(6) NULL,
  `date_started` datetime(6) NOT NULL,
  `reason` varchar(500) NULL,
  `success` tinyint(1) NOT NULL,
  `total_cost` double NULL,
  `total_kwh` double NULL,
  `total_time` bigint NOT NULL,
  `user_ended_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_accesscontrolleddeviceapikey` (
  `id` varchar(150) NOT NULL,
  `prefix` varchar(8) NOT NULL,
  `hashed_key` varchar(150) NOT NULL,
  `created` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expiry_date` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_externalaccesscontrolapikey` (
  `id` varchar(150) NOT NULL,
  `prefix` varchar(8) NOT NULL,
  `hashed_key` varchar(150) NOT NULL,
  `created` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expiry_date` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_admin_tools_membertier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `description` varchar(250) NOT NULL,
  `stripe_id` varchar(100) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `featured` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_admin_tools_paymentplan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `stripe_id` varchar(100) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `cost` int NOT NULL,
  `interval` varchar(10) NOT NULL,
  `member_tier_id` int NOT NULL,
  `interval_count` int NOT NULL,
  `currency` varchar(3) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_general_emailverificationtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `verification_token` char(32) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_general_kiosk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `kiosk_id` varchar(70) NOT NULL,
  `ip_address` char(39) NULL,
  `last_seen` datetime(6) NULL,
  `play_theme` tinyint(1) NOT NULL,
  `authorised` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_general_sitesession` (
  `id` int NOT NULL AUTO_INCREMENT,
  `signin_date` datetime(6) NOT NULL,
  `signout_date` datetime(6) NULL,
  `guests` longtext NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_meeting_meeting` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `type` varchar(10) NOT NULL,
  `chair` varchar(20) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_meeting_meeting_attendees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `meeting_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_meeting_proxyvote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_city` varchar(30) NULL,
  `proxy_city` varchar(30) NULL,
  `created_date` datetime(6) NOT NULL,
  `meeting_id` int NOT NULL,
  `proxy_user_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_metrics_metric` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `data` json NOT NULL,
  `name` varchar(250) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_spacedirectory_spaceapi` (
  `id` int NOT NULL AUTO_INCREMENT,
  `space_is_open` tinyint(1) NOT NULL,
  `space_message` varchar(255) NULL,
  `status_last_change` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_spacedirectory_spaceapisensor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sensor_type` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` decimal(10,3) NULL,
  `unit` varchar(50) NULL,
  `location` varchar(255) NULL,
  `description` varchar(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_spacedirectory_spaceapisensorproperties` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `value` decimal(10,3) NOT NULL,
  `unit` varchar(100) NOT NULL,
  `sensor_id_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `memberbucks_memberbucks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` double NOT NULL,
  `transaction_type` varchar(10) NOT NULL,
  `description` varchar(500) NOT NULL,
  `date` datetime(6) NOT NULL,
  `logging_info` longtext NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `memberbucks_memberbucksproduct` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `description` varchar(250) NULL,
  `image_url` longtext NULL,
  `external_id` varchar(250) NULL,
  `external_id_name` varchar(250) NULL,
  `stock_level` int NOT NULL,
  `price` int NOT NULL,
  `cost_price` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `memberbucks_memberbucksproductpurchaselog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `price` int NOT NULL,
  `cost_price` int NOT NULL,
  `success` tinyint(1) NOT NULL,
  `memberbucks_device_id` int NOT NULL,
  `product_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
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
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impersonate_impersonationlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_key` varchar(40) NOT NULL,
  `session_started_at` datetime(6) DEFAULT NULL,
  `session_ended_at` datetime(6) DEFAULT NULL,
  `impersonating_id` int(11) NOT NULL,
  `impersonator_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_activityarea` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `core` tinyint(1) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `auto_add_new_members` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_activityarea_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activityarea_id` bigint(20) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_areacoordinator` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `can_modify_area` tinyint(1) NOT NULL,
  `can_view_member` tinyint(1) NOT NULL,
  `can_contact_member` tinyint(1) NOT NULL,
  `can_remove_member` tinyint(1) NOT NULL,
  `can_modify_jobs` tinyint(1) NOT NULL,
  `can_modify_assignments` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `area_id` bigint(20) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_assignment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `core_cache` tinyint(1) NOT NULL,
  `amount` double NOT NULL,
  `job_id` bigint(20) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_assignment_job_extras` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `assignment_id` bigint(20) NOT NULL,
  `jobextra_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_billable` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_billingperiod` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `price` decimal(10,2) NOT NULL,
  `start_day` int(10) unsigned NOT NULL,
  `start_month` int(10) unsigned NOT NULL,
  `end_day` int(10) unsigned NOT NULL,
  `end_month` int(10) unsigned NOT NULL,
  `cancel_day` int(10) unsigned NOT NULL,
  `cancel_month` int(10) unsigned NOT NULL,
  `code` longtext NOT NULL,
  `type_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_contact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `object_id` bigint(20) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_delivery` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `delivery_date` date NOT NULL,
  `subscription_bundle_id` bigint(20) NOT NULL,
  `tour_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_deliveryitem` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `amount` varchar(100) NOT NULL,
  `comment` varchar(1000) NOT NULL,
  `delivery_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_depot` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `weekday` int(10) unsigned NOT NULL,
  `pickup_time` time(6) DEFAULT NULL,
  `pickup_duration` double DEFAULT NULL,
  `capacity` int(10) unsigned NOT NULL,
  `fee` decimal(9,2) NOT NULL,
  `description` longtext NOT NULL,
  `access_information` longtext NOT NULL,
  `depot_list` tinyint(1) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `location_id` bigint(20) NOT NULL,
  `tour_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_depotcoordinator` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `can_modify_depot` tinyint(1) NOT NULL,
  `can_view_member` tinyint(1) NOT NULL,
  `can_contact_member` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `depot_id` bigint(20) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_depotsubscriptiontypecondition` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `fee` decimal(9,2) NOT NULL,
  `depot_id` bigint(20) NOT NULL,
  `subscription_type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_emailcontact` (
  `contact_ptr_id` bigint(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  PRIMARY KEY (`contact_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_job` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slots` int(10) unsigned NOT NULL,
  `infinite_slots` tinyint(1) NOT NULL,
  `time` datetime(6) NOT NULL,
  `multiplier` double NOT NULL,
  `pinned` tinyint(1) NOT NULL,
  `reminder_sent` tinyint(1) NOT NULL,
  `canceled` tinyint(1) NOT NULL,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_jobextra` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `per_member` tinyint(1) NOT NULL,
  `extra_type_id` bigint(20) NOT NULL,
  `recuring_type_id` bigint(20) DEFAULT NULL,
  `onetime_type_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_jobextratype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `display_empty` varchar(1000) NOT NULL,
  `display_full` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_jobtype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `displayed_name` varchar(100) DEFAULT NULL,
  `description` longtext NOT NULL,
  `default_duration` double NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `activityarea_id` bigint(20) NOT NULL,
  `location_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_listmessage` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `message` varchar(256) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_location` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `latitude` decimal(9,6) DEFAULT NULL,
  `longitude` decimal(9,6) DEFAULT NULL,
  `addr_street` varchar(100) DEFAULT NULL,
  `addr_zipcode` varchar(10) DEFAULT NULL,
  `addr_location` varchar(50) DEFAULT NULL,
  `description` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_mailtemplate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `template` longtext NOT NULL,
  `code` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_member` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `addr_street` varchar(100) NOT NULL,
  `addr_zipcode` varchar(10) NOT NULL,
  `addr_location` varchar(50) NOT NULL,
  `birthday` date DEFAULT NULL,
  `phone` varchar(50) NOT NULL,
  `mobile_phone` varchar(50) DEFAULT NULL,
  `iban` varchar(100) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `reachable_by_email` tinyint(1) NOT NULL,
  `cancellation_date` date DEFAULT NULL,
  `deactivation_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `notes` longtext NOT NULL,
  `number` int(11) DEFAULT NULL,
  `signup_comment` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_membercontact` (
  `contact_ptr_id` bigint(20) NOT NULL,
  `display` varchar(1) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`contact_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_onetimejob` (
  `job_ptr_id` bigint(20) NOT NULL,
  `name` varchar(100) NOT NULL,
  `displayed_name` varchar(100) DEFAULT NULL,
  `description` longtext NOT NULL,
  `default_duration` double NOT NULL,
  `activityarea_id` bigint(20) NOT NULL,
  `location_id` bigint(20) NOT NULL,
  PRIMARY KEY (`job_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_phonecontact` (
  `contact_ptr_id` bigint(20) NOT NULL,
  `phone` varchar(50) NOT NULL,
  PRIMARY KEY (`contact_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_productsize` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `units` double NOT NULL,
  `show_on_depot_list` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `product_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_recuringjob` (
  `job_ptr_id` bigint(20) NOT NULL,
  `additional_description` longtext NOT NULL,
  `duration_override` double DEFAULT NULL,
  `type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`job_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_share` (
  `billable_ptr_id` bigint(20) NOT NULL,
  `value` decimal(8,2) NOT NULL,
  `creation_date` date DEFAULT NULL,
  `paid_date` date DEFAULT NULL,
  `issue_date` date DEFAULT NULL,
  `booking_date` date DEFAULT NULL,
  `cancelled_date` date DEFAULT NULL,
  `termination_date` date DEFAULT NULL,
  `payback_date` date DEFAULT NULL,
  `number` int(11) DEFAULT NULL,
  `sent_back` tinyint(1) NOT NULL,
  `reason_for_acquisition` int(10) unsigned DEFAULT NULL,
  `reason_for_cancellation` int(10) unsigned DEFAULT NULL,
  `notes` longtext NOT NULL,
  `member_id` bigint(20) NOT NULL,
  PRIMARY KEY (`billable_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscription` (
  `billable_ptr_id` bigint(20) NOT NULL,
  `creation_date` date DEFAULT NULL,
  `activation_date` date DEFAULT NULL,
  `cancellation_date` date DEFAULT NULL,
  `deactivation_date` date DEFAULT NULL,
  `nickname` varchar(30) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date DEFAULT NULL,
  `notes` longtext NOT NULL,
  `depot_id` bigint(20) NOT NULL,
  `future_depot_id` bigint(20) DEFAULT NULL,
  `primary_member_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`billable_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptionbundle` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `long_name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `category_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptionbundleproductsize` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bundle_id` bigint(20) NOT NULL,
  `product_size_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptioncategory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptionmembership` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `join_date` date DEFAULT NULL,
  `leave_date` date DEFAULT NULL,
  `member_id` bigint(20) NOT NULL,
  `subscription_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptionpart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creation_date` date DEFAULT NULL,
  `activation_date` date DEFAULT NULL,
  `cancellation_date` date DEFAULT NULL,
  `deactivation_date` date DEFAULT NULL,
  `type_id` bigint(20) NOT NULL,
  `subscription_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptionproduct` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_subscriptiontype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `long_name` varchar(100) NOT NULL,
  `shares` int(10) unsigned NOT NULL,
  `required_assignments` double NOT NULL,
  `required_core_assignments` double NOT NULL,
  `price` decimal(9,2) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `is_extra` tinyint(1) NOT NULL,
  `trial` tinyint(1) NOT NULL,
  `trial_days` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  `interval` int(10) unsigned NOT NULL,
  `offset` int(10) unsigned NOT NULL,
  `bundle_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_textcontact` (
  `contact_ptr_id` bigint(20) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`contact_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `juntagrico_tour` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `weekday` int(10) unsigned DEFAULT NULL,
  `visible_on_list` tinyint(1) NOT NULL,
  `sort_order` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Webba Booking (Lite) 6.4.20 (WordPress appointment-booking plugin, free edition `webba-booking-lite`)
-- Source: github.com/WordPressBugBounty/plugins-webba-booking-lite (a mirror of the wordpress.org plugin),
--   commit 36e46d760907393c5a20e0e3680f4d4c5862c474 (GPL-3.0-or-later, readme.txt):
--   includes/data/class-wbk-model.php `create_tables()` (three literal CREATE TABLE strings, one via
--   includes/migrations/class-wbk-migration-ai-tasks.php) and `initalize_model()` (13 WbkData models whose
--   `sync_structure()` creates `(id int unsigned NOT NULL auto_increment PRIMARY KEY)` and then ADDs one column per
--   field, typed by `Field::field_type_to_sql_type()` in includes/wbkdata/model/class-field.php), followed by the
--   column changes `WBK_Model_Updater::run_update()` applies on a new installation (update_5_0_44, update_5_1_0).
-- Written as one CREATE TABLE per table, columns in the order they are added; `$wpdb->prefix` = `wp_`.
-- Upstream declares no foreign keys. Nothing is left out.

CREATE TABLE `wp_wbk_days_on_off` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  service_id int unsigned NOT NULL,
  day int unsigned NOT NULL,
  status int unsigned NOT NULL,
  UNIQUE KEY id (id)
) DEFAULT CHARACTER SET = utf8 COLLATE = utf8_general_ci;

CREATE TABLE `wp_wbk_locked_time_slots` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  service_id int unsigned NOT NULL,
  time int unsigned NOT NULL,
  connected_id int unsigned NOT NULL default 0,
  UNIQUE KEY id (id)
) DEFAULT CHARACTER SET = utf8 COLLATE = utf8_general_ci;

CREATE TABLE `wp_wbk_ai_tasks` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  remote_task_id varchar(64) NOT NULL DEFAULT '',
  status varchar(20) NOT NULL DEFAULT 'pending',
  session_id varchar(128) NOT NULL DEFAULT '',
  request_text longtext NULL,
  result longtext NULL,
  error_message text NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  completed_at datetime NULL,
  PRIMARY KEY (id),
  KEY idx_remote_task_id (remote_task_id),
  KEY idx_session_id (session_id),
  KEY idx_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_wbk_services` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `image` text,
  `name` text,
  `categories` mediumtext,
  `description` mediumtext,
  `override_email` text,
  `email` text,
  `form_builder` mediumtext,
  `duration` int unsigned NOT NULL,
  `interval_between` int unsigned NOT NULL,
  `prepare_time` int unsigned NOT NULL,
  `min_quantity` int unsigned NOT NULL,
  `max_quantity` text,
  `quantity` text,
  `override_availability` text,
  `business_hours` MEDIUMTEXT,
  `override_specific_days` text,
  `availability_exceptions` text,
  `date_range` text(128),
  `override_step` text,
  `step` mediumtext,
  `limited_timeslot` text,
  `multi_mode_low_limit` INT UNSIGNED NULL DEFAULT NULL,
  `multi_mode_limit` INT UNSIGNED NULL DEFAULT NULL,
  `consecutive_timeslots` text,
  `price` text,
  `hide_price` text,
  `enable_deposit` text,
  `deposit_amount` text,
  `locations` mediumtext,
  `extras` mediumtext,
  `notification_template` mediumtext,
  `reminder_template` mediumtext,
  `invoice_template` mediumtext,
  `booking_changed_template` mediumtext,
  `arrived_template` mediumtext,
  `payment_methods` mediumtext,
  `show_from_label` text,
  `enable_service_fee` text,
  `service_fee` text,
  `pricing_rules` mediumtext,
  `woo_product` mediumtext,
  `connected_calendars` mediumtext,
  `extcalendar` TEXT(65535),
  `extcalendar_group_mode` mediumtext,
  `zoom` text,
  `google_meet_enabled` text,
  `google_meet_calendar` mediumtext,
  `recurring_booking_enabled` text,
  `recurring_intervals` text,
  `recurring_min_appointments` text,
  `recurring_max_appointments` text,
  `color` text,
  `priority` text,
  `users` mediumtext,
  `users_allow_edit` text
);

CREATE TABLE `wp_wbk_service_categories` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `list` mediumtext,
  `units` mediumtext
);

CREATE TABLE `wp_wbk_email_templates` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `enabled` text,
  `is_default` text,
  `type` mediumtext,
  `recipients` text,
  `subject` text,
  `template` mediumtext,
  `pdf_attachment` mediumtext,
  `calendar_event` text,
  `use_for_all_services` text,
  `services` mediumtext,
  `units` mediumtext
);

CREATE TABLE `wp_wbk_appointments` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `service_id` mediumtext,
  `unit_id` mediumtext,
  `staff_member_id` mediumtext,
  `location_id` mediumtext,
  `day` int unsigned NOT NULL,
  `time` mediumtext,
  `token` text,
  `canceled_by` text,
  `quantity` mediumtext,
  `number_of_people` text,
  `duration` text,
  `created_on` text,
  `email` text,
  `phone` text,
  `description` TEXT(65535),
  `booking_extra` text,
  `extra` TEXT(65535),
  `coupon` text,
  `payment_method` text,
  `moment_price` text,
  `amount_paid` text,
  `user_ip` text,
  `status` mediumtext,
  `created_by` mediumtext,
  `service_category` text,
  `lang` text,
  `end` text,
  `attachment` TEXT(65535),
  `payment_id` text,
  `admin_token` text,
  `payment_cancel_token` text,
  `expiration_time` text,
  `arrival_email_time` text,
  `time_offset` text,
  `gg_event_id` text,
  `outlook_event_id` text,
  `prev_status` text,
  `amount_details` TEXT(65535),
  `zoom_meeting_id` text,
  `zoom_meeting_url` text,
  `zoom_meeting_pwd` text,
  `google_meet_link` text,
  `paid_with_coupon` text
);

CREATE TABLE `wp_wbk_cancelled_appointments` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `id_cancelled` text,
  `time` mediumtext,
  `cancelled_by` TEXT(65535),
  `service_id` mediumtext,
  `created_on` text,
  `day` int unsigned NOT NULL,
  `quantity` mediumtext,
  `name` text,
  `email` text,
  `phone` text,
  `description` TEXT(65535),
  `booking_extra` text,
  `extra` TEXT(65535),
  `coupon` text,
  `payment_method` text,
  `moment_price` text,
  `user_ip` text,
  `status` mediumtext,
  `service_category` text,
  `lang` text,
  `duration` text,
  `attachment` TEXT(65535),
  `payment_id` text,
  `token` text,
  `admin_token` text,
  `payment_cancel_token` text,
  `expiration_time` text,
  `time_offset` text,
  `gg_event_id` text
);

CREATE TABLE `wp_wbk_connected_calendars` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `provider` text,
  `name` text,
  `easy_auth` text,
  `user_id` mediumtext,
  `in_provider_id` mediumtext,
  `mode` text,
  `access_token` TEXT(65535)
);

CREATE TABLE `wp_wbk_coupons` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `date_range` text(128),
  `services` mediumtext,
  `maximum` text,
  `used` text,
  `amount_fixed` text,
  `amount_percentage` text
);

CREATE TABLE `wp_wbk_pricing_rules` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `priority` mediumtext,
  `type` mediumtext,
  `date_range` text(128),
  `days_number` text,
  `custom_field_id` text,
  `custom_field_operator` text,
  `custom_field_value` text,
  `number_of_seats_operator` text,
  `number_of_seats_value` text,
  `number_of_timeslots_operator` text,
  `number_of_timeslots_value` text,
  `only_same_service` text,
  `day_time` TEXT(65535),
  `action` text,
  `amount` text,
  `fixed_percent` text,
  `multiply_amount` text,
  `related_to_seats_number` text,
  `is_for_entire_order` text
);

CREATE TABLE `wp_wbk_forms` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `fields` mediumtext,
  `is_default` text
);

CREATE TABLE `wp_wbk_locations` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `description` mediumtext,
  `address` text
);

CREATE TABLE `wp_wbk_extras` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `image` text,
  `name` text,
  `description` mediumtext,
  `min_quantity` int unsigned NOT NULL,
  `max_quantity` text,
  `services` mediumtext,
  `units` mediumtext,
  `price` text
);

CREATE TABLE `wp_wbk_units` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `description` mediumtext,
  `image` text,
  `locations` mediumtext,
  `form_id` mediumtext,
  `extras` mediumtext,
  `quantity` text,
  `capacity` text,
  `attendee_type_adult` text,
  `attendee_type_child` text,
  `attendee_type_infant` text,
  `availability_date_ranges` text,
  `availability_recurring_annually` text,
  `buffer_before` text,
  `buffer_after` text,
  `min_booking_days` text,
  `max_booking_days` text,
  `price` text,
  `charge_per_person` text,
  `payment_methods` mediumtext,
  `woo_product` mediumtext,
  `connected_calendars` mediumtext
);

CREATE TABLE `wp_wbk_staff_members` (
  id int unsigned NOT NULL auto_increment PRIMARY KEY,
  `name` text,
  `email` text,
  `wordpress_user` mediumtext,
  `photo` text,
  `services` mediumtext,
  `locations` mediumtext,
  `connected_calendars` mediumtext,
  `business_hours` TEXT(65535)
);

-- VikAppointments 1.2.14 (E4J s.r.l., WordPress edition of the Joomla component)
-- Source: github.com/common-repository/vikappointments (a mirror of the wordpress.org plugin `vikappointments`),
--   commit 7ef0f47357c03edf3e6042b7f8cb30856cc39cbe, file sql/install.mysql.utf8.sql (GPL-2.0-or-later).
-- The CREATE TABLE statements are upstream's text; the CMS prefix `#__` is written as `wp_`, `IF NOT EXISTS` is
-- dropped, and upstream's commented-out legacy column lines (`-- \`checkin_ts\` int(12) ...`) are removed.
-- Upstream declares no foreign keys. Left out: 14 of the 16 `lang_*` translation tables (see vikappointments.md).

CREATE TABLE `wp_vikappointments_wpshortcodes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `createdon` DATETIME NOT NULL,
  `createdby` int(10) NOT NULL,
  `json` text NOT NULL,
  `type` varchar(48) NOT NULL,
  `title` varchar(128) NOT NULL,
  `name` varchar(128) NOT NULL,
  `lang` varchar(8) DEFAULT '*',
  `shortcode` varchar(512) NOT NULL,
  `post_id` int(10) unsigned DEFAULT 0,
  `tmp_post_id` int(10) unsigned DEFAULT 0,
  `parent_id` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` text DEFAULT NULL,
  `ordering` int(10) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_employee_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` text DEFAULT NULL,
  `ordering` int(10) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_reservation` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_payment` int(10) NOT NULL,
  `id_employee` int(10) NOT NULL,
  `id_service` int(10) NOT NULL,
  `checkin_ts` datetime NOT NULL,
  `tz_offset` varchar(8) DEFAULT NULL,
  `people` int(4) NOT NULL DEFAULT 1,
  `duration` int(10) NOT NULL,
  `sleep` int(4) DEFAULT 0 NOT NULL,
  `total_cost` decimal(10,2) DEFAULT 0.0,
  `tot_paid` decimal(10,2) DEFAULT 0.0,
  `total_net` decimal(10,2) DEFAULT 0.0,
  `total_tax` decimal(10,2) DEFAULT 0.0,
  `service_price` decimal(10,2) DEFAULT 0.0,
  `service_net` decimal(10,2) DEFAULT 0.0,
  `service_tax` decimal(10,2) DEFAULT 0.0,
  `service_gross` decimal(10,2) DEFAULT 0.0,
  `service_discount` decimal(10,2) DEFAULT 0.0,
  `payment_charge` decimal(5,2) DEFAULT 0.0,
  `payment_tax` decimal(5,2) DEFAULT 0.0,
  `discount` decimal(10,2) DEFAULT 0.0,
  `tax_breakdown` varchar(1024) DEFAULT NULL,
  `paid` tinyint(1) NOT NULL DEFAULT 0,
  `purchaser_nominative` varchar(128) DEFAULT '',
  `purchaser_mail` varchar(64) NOT NULL DEFAULT '',
  `purchaser_phone` varchar(32) DEFAULT '',
  `purchaser_prefix` varchar(10) DEFAULT '',
  `purchaser_country` varchar(2) DEFAULT '',
  `langtag` varchar(8) DEFAULT '',
  `custom_f` text DEFAULT NULL,
  `attendees` text DEFAULT NULL,
  `coupon_str` varchar(128) DEFAULT '',
  `status` varchar(16) DEFAULT 'W',
  `locked_until` int(12) DEFAULT 0,
  `sid` varchar(16) NOT NULL DEFAULT '000000000000',
  `conf_key` varchar(12) DEFAULT '',
  `view_emp` tinyint(1) DEFAULT 0,
  `notes` text DEFAULT NULL,
  `uploads` varchar(256) DEFAULT '',
  `id_parent` int(10) NOT NULL DEFAULT -1,
  `createdon` datetime DEFAULT NULL,
  `createdby` int(10) DEFAULT -1,
  `modifiedon` datetime DEFAULT NULL,
  `id_user` int(10) DEFAULT -1,
  `user_timezone` varchar(32) DEFAULT NULL,
  `skip_deposit` tinyint(1) unsigned DEFAULT 0,
  `icaluid` varchar(128) DEFAULT NULL,
  `icalhash` varchar(128) DEFAULT NULL,
  `log` text DEFAULT NULL,
  `closure` tinyint(1) DEFAULT 0,
  `cc_data` text DEFAULT NUll,
  `payment_attempt` int(4) DEFAULT 1,
  `conversion` varchar(64) DEFAULT '' COMMENT 'built as [PAGE].[ORDER_STATUS] (e.g. order.confirmed)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_service` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `alias` varchar(128) NOT NULL,
  `description` text DEFAULT NULL,
  `duration` int(6) NOT NULL,
  `sleep` int(4) DEFAULT 0 NOT NULL,
  `interval` tinyint(1) DEFAULT 1 NOT NULL,
  `minrestr` int(8) DEFAULT -1 NOT NULL,
  `mindate` int(4) DEFAULT -1 NOT NULL,
  `maxdate` int(4) DEFAULT -1 NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `id_tax` int(10) unsigned DEFAULT 0,
  `max_capacity` int(5) NOT NULL DEFAULT 1,
  `min_per_res` int(5) NOT NULL DEFAULT 1,
  `max_per_res` int(5) NOT NULL DEFAULT 1,
  `priceperpeople` tinyint(1) NOT NULL DEFAULT 1,
  `app_per_slot` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'when disabled, the maximum capacity is ignored',
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `quick_contact` tinyint(1) NOT NULL DEFAULT 0,
  `choose_emp` tinyint(1) NOT NULL DEFAULT 1,
  `random_emp` tinyint(1) unsigned DEFAULT 0,
  `enablezip` tinyint(1) NOT NULL DEFAULT 0,
  `use_recurrence` tinyint(1) NOT NULL DEFAULT 0,
  `image` varchar(128) DEFAULT '',
  `start_publishing` datetime DEFAULT NULL,
  `end_publishing` datetime DEFAULT NULL,
  `has_own_cal` tinyint(1) DEFAULT 0,
  `checkout_selection` tinyint(1) DEFAULT 0,
  `display_seats` tinyint(1) DEFAULT 0 COMMENT 'when enabled, the timeline will display the remaining seats',
  `id_group` int(10) DEFAULT -1,
  `level` tinyint(1) DEFAULT 1 COMMENT 'the access view level',
  `color` varchar(6) DEFAULT NULL COMMENT 'the hex color tag',
  `createdby` int(10) unsigned DEFAULT 0,
  `ordering` int(10) NOT NULL DEFAULT 1,
  `metadata` text DEFAULT NULL,
  `attachments` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_employee` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `firstname` varchar(128) NOT NULL,
  `lastname` varchar(128) NOT NULL,
  `nickname` varchar(128) NOT NULL,
  `alias` varchar(128) NOT NULL,
  `email` varchar(128) DEFAULT '',
  `notify` tinyint(1) NOT NULL DEFAULT 0,
  `showphone` tinyint(1) NOT NULL DEFAULT 0,
  `quick_contact` tinyint(1) NOT NULL DEFAULT 0,
  `listable` tinyint(1) NOT NULL DEFAULT 1,
  `phone` varchar(32) DEFAULT '',
  `image` varchar(128) DEFAULT '',
  `note` text DEFAULT NULL,
  `synckey` varchar(32) DEFAULT 'secret',
  `jid` int(10) DEFAULT -1,
  `id_group` int(10) DEFAULT -1,
  `active_to` int(12) DEFAULT -1,
  `active_to_date` datetime DEFAULT NULL,
  `active_since` datetime DEFAULT NULL,
  `timezone` varchar(32) DEFAULT '',
  `billing_json` varchar(2048) DEFAULT '',
  `ical_url` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_option` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` varchar(1024) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  `id_tax` int(10) unsigned DEFAULT 0,
  `duration` int(6) unsigned DEFAULT 0,
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `single` tinyint(1) NOT NULL DEFAULT 1,
  `maxq` int(6) NOT NULL DEFAULT 1,
  `maxqpeople` tinyint(1) DEFAULT 0 COMMENT '1 when the maxq depends on number of participants, 2 when equals to',
  `shared` tinyint(1) DEFAULT 0 COMMENT 'when maxqpeople=1, the quantity will be shared by all the options of the same group',
  `required` tinyint(1) DEFAULT 0,
  `image` varchar(128) DEFAULT '',
  `displaymode` tinyint(1) DEFAULT 1,
  `level` tinyint(1) DEFAULT 1 COMMENT 'the access view level',
  `id_group` int(10) unsigned DEFAULT 0,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_option_value` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_option` int(10) unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  `inc_price` decimal(10,2) NOT NULL,
  `inc_duration` int(6) unsigned DEFAULT 0,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_option_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` varchar(2048) DEFAULT '',
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_ser_emp_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service` int(10) NOT NULL,
  `id_employee` int(10) NOT NULL,
  `global` tinyint(1) DEFAULT 1,
  `rate` decimal(8,2) DEFAULT 0.0,
  `duration` int(6) NOT NULL,
  `sleep` int(4) DEFAULT 0 NOT NULL,
  `max_capacity` int(5) DEFAULT 1,
  `description` text DEFAULT NULL,
  `ical_url` varchar(2048) DEFAULT NULL,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_ser_opt_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service` int(10) NOT NULL,
  `id_option` int(10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_res_opt_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_reservation` int(10) NOT NULL,
  `id_option` int(10) NOT NULL,
  `id_variation` int(10) DEFAULT -1,
  `inc_price` decimal(10,2) NOT NULL,
  `net` decimal(10,2) DEFAULT 0.0,
  `tax` decimal(10,2) DEFAULT 0.0,
  `gross` decimal(10,2) DEFAULT 0.0,
  `discount` decimal(10,2) DEFAULT 0.0,
  `tax_breakdown` varchar(1024) DEFAULT NULL,
  `quantity` int(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_emp_worktime` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_employee` int(10) NOT NULL,
  `id_service` int(10) DEFAULT -1,
  `day` int(2) NOT NULL,
  `fromts` int(6) NOT NULL,
  `endts` int(6) NOT NULL,
  `ts` int(12) DEFAULT -1,
  `tsdate` DATE DEFAULT NULL COMMENT 'Y-m-d format of ts in UTC',
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `id_location` int(10) DEFAULT -1,
  `parent` int(10) DEFAULT -1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_waitinglist` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service` int(10) unsigned NOT NULL,
  `id_employee` int(10) DEFAULT -1,
  `email` varchar(64) DEFAULT '',
  `phone_number` varchar(32) DEFAULT '',
  `phone_prefix` varchar(10) DEFAULT '',
  `timestamp` date NOT NULL,
  `jid` int(10) DEFAULT -1,
  `created_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_special_rates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` varchar(512) NOT NULL,
  `charge` decimal(10,2) NOT NULL COMMENT 'negative is supported for discounts',
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `weekdays` varchar(16) DEFAULT '' COMMENT 'a list of accepted week days (comma separated)',
  `fromdate` datetime DEFAULT NULL COMMENT 'start publishing',
  `todate` datetime DEFAULT NULL COMMENT 'end publishing',
  `fromtime` int(4) DEFAULT 0 COMMENT 'from time: built as hour * 60 + minutes',
  `totime` int(4) DEFAULT 0 COMMENT 'end time: built as hour * 60 + minutes',
  `people` int(4) DEFAULT 0,
  `usergroups` varchar(32) DEFAULT '' COMMENT 'a list of accepted user groups (comma separated)',
  `createdon` datetime DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_ser_rates_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_special_rate` int(10) unsigned NOT NULL,
  `id_service` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_special_restrictions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `maxapp` int(4) DEFAULT 0 COMMENT 'max number of appointments per interval (0: unlimited)',
  `interval` varchar(32) COMMENT 'the interval identifier',
  `mode` tinyint(1) DEFAULT 1 COMMENT 'applies to current date (1) or check-in date (2)',
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `all` tinyint(1) DEFAULT 0 COMMENT 'unused @since 1.7',
  `usergroups` varchar(32) DEFAULT '' COMMENT 'a list of accepted user groups (comma separated)',
  `createdon` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_ser_restr_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_restriction` int(10) unsigned NOT NULL,
  `id_service` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_coupon` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(32) NOT NULL,
  `type` tinyint(2) NOT NULL DEFAULT 1,
  `percentot` tinyint(2) NOT NULL DEFAULT 2,
  `value` decimal(10,2) NOT NULL DEFAULT 0.0,
  `mincost` decimal(10,2) NOT NULL DEFAULT 0.0,
  `pubmode` tinyint(1) DEFAULT 1 COMMENT '1 to consider publishing on current date, 2 for checkin date',
  `dstart` datetime DEFAULT NULL,
  `dend` datetime DEFAULT NULL,
  `lastminute` int(4) DEFAULT 0,
  `max_quantity` int(8) DEFAULT 1,
  `used_quantity` int(8) DEFAULT 0,
  `maxperuser` int(6) unsigned DEFAULT 0,
  `applicable` varchar(16) DEFAULT NULL COMMENT 'the group to which the coupon is applicable',
  `remove_gift` tinyint(1) DEFAULT 0,
  `notes` varchar(512) DEFAULT '',
  `id_group` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_coupon_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `description` varchar(2048) DEFAULT '',
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_coupon_service_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service` int(10) unsigned NOT NULL,
  `id_coupon` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_coupon_employee_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_employee` int(10) unsigned NOT NULL,
  `id_coupon` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_gpayments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `file` varchar(64) NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `appointments` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'allowed for appointments purchases',
  `subscr` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'allowed for packages and subscriptions',
  `prenote` text DEFAULT NULL,
  `note` text DEFAULT NULL,
  `charge` decimal(8,4) DEFAULT 0.0,
  `id_tax` int(10) unsigned DEFAULT 0,
  `setconfirmed` tinyint(1) NOT NULL DEFAULT 0,
  `selfconfirm` tinyint(1) NOT NULL DEFAULT 0,
  `trust` int(4) unsigned DEFAULT 0,
  `icontype` tinyint(1) DEFAULT 0,
  `icon` varchar(128) DEFAULT '',
  `position` varchar(64) DEFAULT '',
  `level` tinyint(1) DEFAULT 1 COMMENT 'the access view level',
  `id_employee` int(10) unsigned DEFAULT 0,
  `createdby` int(10) unsigned NOT NULL DEFAULT 0,
  `params` varchar(2048) DEFAULT NULL,
  `ordering` int(10) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_custfields` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `formname` varchar(32) DEFAULT '',
  `description` varchar(2048) DEFAULT NULL,
  `type` varchar(64) NOT NULL DEFAULT 'text',
  `choose` text DEFAULT NULL,
  `multiple` tinyint(1) DEFAULT 0,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `ordering` int(10) NOT NULL DEFAULT 1,
  `rule` varchar(32) DEFAULT '0',
  `poplink` varchar(256) DEFAULT NULL,
  `locale` varchar(8) DEFAULT '*',
  `repeat` tinyint(1) unsigned DEFAULT 0 COMMENT 'repeat for each attendee',
  `readonly` tinyint(1) unsigned DEFAULT 0 COMMENT 'editable only once',
  `id_employee` int(10) DEFAULT -1,
  `group` tinyint(1) DEFAULT 0 COMMENT '0 for shop, 1 for employees registration',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_cf_service_assoc` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_field` int(10) unsigned NOT NULL,
  `id_service` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_config` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `param` varchar(32) NOT NULL DEFAULT 'false',
  `setting` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `param` (`param`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_reviews` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `jid` int(10) NOT NULL,
  `timestamp` datetime DEFAULT NULL,
  `name` varchar(128) NOT NULL,
  `email` varchar(128) NOT NULL,
  `title` varchar(64) DEFAULT '',
  `comment` text DEFAULT NULL,
  `rating` int(1) unsigned DEFAULT 0,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `langtag` varchar(8) DEFAULT '',
  `id_employee` int(10) DEFAULT -1,
  `id_service` int(10) DEFAULT -1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_subscription` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` text DEFAULT NULL,
  `amount` int(10) unsigned NOT NULL,
  `type` tinyint(1) unsigned NOT NULL,
  `price` decimal(10,2) NOT NULL DEFAULT 0.0,
  `id_tax` int(10) unsigned DEFAULT 0,
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `trial` tinyint(1) NOT NULL DEFAULT 0,
  `group` tinyint(1) unsigned DEFAULT 0 COMMENT 'available for customers (0) or for employees (1)',
  `services` varchar(256) DEFAULT NULL COMMENT 'all the available services (for customers group only)',
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_subscr_order` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sid` varchar(16) NOT NULL,
  `id_user` int(10) unsigned DEFAULT 0 COMMENT 'for customers only',
  `id_employee` int(10) unsigned DEFAULT 0 COMMENT 'for employees only',
  `id_subscr` int(10) unsigned NOT NULL,
  `id_payment` int(10) DEFAULT -1,
  `total_cost` decimal(10,2) DEFAULT 0.0,
  `tot_paid` decimal(10,2) DEFAULT 0.0,
  `total_net` decimal(10,2) DEFAULT 0.0,
  `total_tax` decimal(10,2) DEFAULT 0.0,
  `payment_charge` decimal(5,2) DEFAULT 0.0,
  `payment_tax` decimal(5,2) DEFAULT 0.0,
  `discount` decimal(10, 2) DEFAULT 0.0,
  `coupon` varchar(128) DEFAULT NULL,
  `status` varchar(16) DEFAULT 'W',
  `createdon` datetime DEFAULT NULL,
  `cc_data` text DEFAULT NUll,
  `payment_attempt` int(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_package_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(512) NOT NULL,
  `description` text DEFAULT NULL,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_package` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` text DEFAULT NULL,
  `price` decimal(10,2) NOT NULL,
  `num_app` int(4) unsigned NOT NULL,
  `published` tinyint(1) unsigned DEFAULT 0,
  `start_ts` datetime DEFAULT NULL,
  `end_ts` datetime DEFAULT NULL,
  `validity` int(6) unsigned DEFAULT 0,
  `id_group` int(10) DEFAULT -1,
  `level` tinyint(1) DEFAULT 1 COMMENT 'the access view level',
  `id_tax` int(10) unsigned DEFAULT 0,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_package_service` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_package` int(10) unsigned NOT NULL,
  `id_service` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_package_order` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sid` varchar(16) NOT NULL,
  `id_payment` int(10) DEFAULT -1,
  `status` varchar(16) DEFAULT 'W',
  `total_cost` decimal(10,2) DEFAULT 0.0,
  `tot_paid` decimal(10,2) DEFAULT 0.0,
  `total_net` decimal(10,2) DEFAULT 0.0,
  `total_tax` decimal(10,2) DEFAULT 0.0,
  `payment_charge` decimal(5,2) DEFAULT 0.0,
  `payment_tax` decimal(5,2) DEFAULT 0.0,
  `discount` decimal(10, 2) DEFAULT 0.0,
  `coupon` varchar(128) DEFAULT NULL,
  `purchaser_nominative` varchar(128) DEFAULT '',
  `purchaser_mail` varchar(64) NOT NULL,
  `purchaser_phone` varchar(32) DEFAULT '',
  `purchaser_prefix` varchar(10) DEFAULT '',
  `purchaser_country` varchar(2) DEFAULT '',
  `langtag` varchar(8) DEFAULT '',
  `custom_f` text DEFAULT NULL,
  `createdon` datetime DEFAULT NULL,
  `createdby` int(10) DEFAULT -1,
  `id_user` int(10) DEFAULT -1,
  `log` text DEFAULT NULL,
  `cc_data` text DEFAULT NUll,
  `payment_attempt` int(4) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_package_order_item` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_order` int(10) NOT NULL,
  `id_package` int(10) NOT NULL,
  `price` decimal(10,2) DEFAULT 0.0,
  `net` decimal(10,2) DEFAULT 0.0,
  `tax` decimal(10,2) DEFAULT 0.0,
  `gross` decimal(10,2) DEFAULT 0.0,
  `discount` decimal(10,2) DEFAULT 0.0,
  `tax_breakdown` varchar(1024) DEFAULT NULL,
  `quantity` int(4) unsigned DEFAULT 1,
  `num_app` int(4) unsigned DEFAULT 1,
  `used_app` int(4) unsigned DEFAULT 0,
  `validthru` datetime DEFAULT NULL,
  `modifiedon` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `jid` int(10) DEFAULT 0,
  `country_code` varchar(2) DEFAULT '',
  `fields` text DEFAULT NULL,
  `billing_name` varchar(64) DEFAULT '',
  `billing_mail` varchar(64) DEFAULT '',
  `billing_phone` varchar(64) DEFAULT '',
  `billing_state` varchar(64) DEFAULT '',
  `billing_city` varchar(64) DEFAULT '',
  `billing_address` varchar(64) DEFAULT '',
  `billing_address_2` varchar(64) DEFAULT '',
  `billing_zip` varchar(12) DEFAULT '',
  `company` varchar(64) DEFAULT '',
  `vatnum` varchar(24) DEFAULT '',
  `ssn` varchar(32) DEFAULT '',
  `notes` varchar(2048) DEFAULT '',
  `image` varchar(128) DEFAULT '',
  `credit` decimal(10,2) DEFAULT 0.0 COMMENT 'used to keep the credit in case of cancellation',
  `lifetime` tinyint(1) unsigned DEFAULT 0 COMMENT 'whether the user owns a lifetime subscription',
  `active_to_date` datetime DEFAULT NULL COMMENT 'the subscription expiration date',
  `active_since` datetime DEFAULT NULL COMMENT 'the first subscription registration date',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_user_notes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned DEFAULT 0,
  `id_parent` int(10) unsigned DEFAULT 0,
  `group` varchar(32) DEFAULT NULL COMMENT 'to which section the note belongs',
  `title` varchar(128) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `attachments` varchar(1024) DEFAULT NULL COMMENT 'JSON array of files',
  `status` tinyint(1) DEFAULT 0,
  `tags` varchar(256) DEFAULT NULL COMMENT 'comma-separated list of tags',
  `createdon` datetime DEFAULT NULL,
  `modifiedon` datetime DEFAULT NULL,
  `author` int(10) DEFAULT NULL,
  `secret` varchar(12) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_tag` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `description` varchar(256) DEFAULT NULL,
  `color` varchar(8) DEFAULT NULL,
  `icon` varchar(48) DEFAULT 'fas fa-bookmark',
  `group` varchar(32) DEFAULT NULL,
  `createdon` datetime DEFAULT NULL,
  `author` int(10) unsigned DEFAULT NULL,
  `ordering` int(10) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_status_code` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `code` varchar(16) NOT NULL,
  `color` varchar(8) DEFAULT NULL,
  `ordering` int(10) unsigned DEFAULT 1,
  `appointments` tinyint(1) DEFAULT 1,
  `packages` tinyint(1) DEFAULT 1,
  `subscriptions` tinyint(1) DEFAULT 1,
  `approved` tinyint(1) DEFAULT 0,
  `reserved` tinyint(1) DEFAULT 0,
  `expired` tinyint(1) DEFAULT 0,
  `cancelled` tinyint(1) DEFAULT 0,
  `paid` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_order_status` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_order` int(10) unsigned NOT NULL,
  `status` varchar(16) NOT NULL,
  `comment` varchar(512),
  `client` tinyint(1) unsigned DEFAULT 0 COMMENT 'admin (1) or site (0)',
  `ip` varchar(32) NOT NULL,
  `createdby` int(10) unsigned DEFAULT 0,
  `createdon` datetime DEFAULT NULL,
  `type` varchar(48) DEFAULT '' COMMENT 'to which table it refers',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_tax` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) DEFAULT '',
  `description` varchar(1024) DEFAULT '',
  `createdon` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_tax_rule` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_tax` int(10) unsigned NOT NULL,
  `name` varchar(128) DEFAULT '',
  `operator` varchar(16) NOT NULL,
  `amount` decimal(10,4) DEFAULT 0.0,
  `cap` decimal(10,2) DEFAULT 0.0,
  `apply` tinyint(1) DEFAULT 1 COMMENT '1 base cost, 2 on cascade',
  `breakdown` varchar(1024) DEFAULT NULL COMMENT 'JSON representation of taxes breakdown',
  `ordering` tinyint(2) unsigned DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_media` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `image` varchar(256) NOT NULL,
  `alt` varchar(256) DEFAULT NULL,
  `title` varchar(256) DEFAULT NULL,
  `caption` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_invoice` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_order` int(10) unsigned NOT NULL,
  `inv_number` varchar(32) NOT NULL,
  `inv_date` datetime NOT NULL,
  `file` varchar(32) NOT NULL,
  `createdon` datetime NOT NULL,
  `group` varchar(48) DEFAULT 'appointments',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_conversion` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(128) DEFAULT '',
  `published` tinyint(1) DEFAULT 0,
  `statuses` varchar(512) DEFAULT '[]' COMMENT 'a JSON string containing all the supported statuses',
  `jsfile` varchar(256) DEFAULT '',
  `attributes` varchar(1024) DEFAULT NULL COMMENT 'a JSON map holding the JS file attributes',
  `snippet` text DEFAULT NULL,
  `page` varchar(48) DEFAULT '' COMMENT 'to which page it refers',
  `type` varchar(48) DEFAULT '' COMMENT 'to which table it refers',
  `createdon` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_lang_service` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `alias` varchar(128) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `tag` varchar(8) NOT NULL,
  `id_service` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_lang_employee` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `nickname` varchar(128) NOT NULL,
  `alias` varchar(128) DEFAULT NULL,
  `note` text DEFAULT NULL,
  `tag` varchar(8) NOT NULL,
  `id_employee` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_cust_mail` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `position` varchar(128) DEFAULT '',
  `status` varchar(16) DEFAULT '',
  `tag` varchar(8) NOT NULL,
  `content` text DEFAULT NULL,
  `attachments` varchar(1024) DEFAULT NULL,
  `file` varchar(128) DEFAULT '',
  `published` tinyint(1) DEFAULT 1,
  `id_service` int(10) unsigned DEFAULT 0,
  `id_employee` int(10) unsigned DEFAULT 0,
  `id_payment` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_employee_location` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT '',
  `id_employee` int(10) DEFAULT -1,
  `id_country` int(10) DEFAULT -1,
  `id_state` int(10) DEFAULT -1,
  `id_city` int(10) DEFAULT -1,
  `address` varchar(64) DEFAULT '',
  `zip` varchar(8) DEFAULT '',
  `longitude` decimal(11,8) DEFAULT NULL,
  `latitude` decimal(11,8) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_employee_settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_employee` int(10) unsigned NOT NULL,
  `listlimit` int(3) unsigned DEFAULT 5,
  `listposition` tinyint(1) unsigned DEFAULT 1,
  `listordering` varchar(4) DEFAULT 'ASC',
  `numcals` int(2) unsigned DEFAULT 6,
  `firstmonth` int(2) DEFAULT -1,
  `zipcodes` varchar(2048) DEFAULT '',
  `zip_field_id` int(10) DEFAULT -1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_countries` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `country_name` varchar(48) NOT NULL,
  `country_2_code` char(2) NOT NULL,
  `country_3_code` char(3) NOT NULL,
  `phone_prefix` varchar(8) NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `country_2_code` (`country_2_code`),
  UNIQUE KEY `country_3_code` (`country_3_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_states` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_country` int(10) unsigned NOT NULL DEFAULT 0,
  `state_name` varchar(64) NOT NULL,
  `state_2_code` char(2) NOT NULL,
  `state_3_code` char(3) DEFAULT '',
  `published` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_state_2_code` (`id_country`,`state_2_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_cities` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_state` int(10) unsigned NOT NULL DEFAULT 0,
  `city_name` varchar(64) NOT NULL,
  `city_2_code` char(2) NOT NULL,
  `city_3_code` char(3) DEFAULT '',
  `longitude` decimal(11,8) DEFAULT NULL,
  `latitude` decimal(11,8) DEFAULT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_stats_widget` (
  `id` int(4) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned DEFAULT 0 NOT NULL,
  `name` varchar(128) DEFAULT NULL,
  `widget` varchar(64) NOT NULL,
  `position` varchar(64) NOT NULL,
  `location` varchar(16) NOT NULL,
  `size` varchar(32) DEFAULT NULL,
  `ordering` int(4) unsigned DEFAULT 1,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_cronjob` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `class` varchar(128) NOT NULL,
  `published` tinyint(1) DEFAULT 0,
  `params` text DEFAULT NULL,
  `createdon` datetime DEFAULT NULL,
  `resume_notif` datetime DEFAULT NULL COMMENT 'the date when the notifications will be resumed',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_cronjob_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `status` tinyint(1) DEFAULT 1,
  `mailed` tinyint(1) DEFAULT 0,
  `createdon` datetime DEFAULT NULL,
  `id_cronjob` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_api_login` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `application` varchar(64) DEFAULT '',
  `username` varchar(128) NOT NULL,
  `password` varchar(128) NOT NULL,
  `ips` varchar(256) DEFAULT '',
  `active` tinyint(1) DEFAULT 0,
  `last_login` datetime DEFAULT NULL,
  `denied` varchar(256) DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_api_login_event_options` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_login` int(10) unsigned NOT NULL,
  `id_event` varchar(128) NOT NULL,
  `options` text DEFAULT NULL COMMENT 'JSON configuration for event/user relation',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_api_login_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_login` int(10) DEFAULT -1,
  `status` tinyint(1) DEFAULT 1,
  `content` varchar(512) NOT NULL,
  `payload` text DEFAULT NULL,
  `ip` varchar(24) DEFAULT '',
  `createdon` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_api_ban` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(24) DEFAULT '',
  `fail_count` int(4) DEFAULt 0,
  `last_update` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_vikappointments_webhook` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `hook` varchar(128) NOT NULL,
  `url` varchar(1024) NOT NULL,
  `secret` varchar(128) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `params` varchar(2048) DEFAULT NULL,
  `createdon` datetime DEFAULT NULL,
  `modifiedon` datetime DEFAULT NULL,
  `lastping` datetime DEFAULT NULL,
  `failed` int(4) unsigned DEFAULT 0,
  `logkey` varchar(12) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

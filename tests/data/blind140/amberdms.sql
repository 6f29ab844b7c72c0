-- Amberdms Billing System (ABS): billing and service-provisioning system of a small ISP / telco
-- (customers and their contacts, subscribed services - internet data traffic, phone lines with DDI ranges
-- and CDR rating, static IPv4 addresses, licences - billing periods, usage records and alerts, rate tables,
-- invoices and ledger transactions, staff, portal users and sessions, support tickets, journal).
-- Upstream: github.com/jethrocarr/amberdms-bs, help/schema/version_20140101_install.sql (the latest full
-- install schema, mysqldump of schema 20140101), commit 53de23c9f3510f6d26c75da88ead97ec25fc984b
-- (AGPL-3.0-only, help/docs/COPYING).
-- 39 of its 82 tables, in upstream order, CREATE TABLE statements as dumped upstream (columns, types, keys,
-- comments); upstream declares no foreign keys. The mysqldump comments and SET lines, the DROP TABLE lines
-- and the data INSERTs (configuration, menus, language strings, permissions) are not reproduced.

CREATE TABLE `account_ar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `locked` tinyint(1) NOT NULL DEFAULT '0',
  `customerid` int(11) NOT NULL DEFAULT '0',
  `employeeid` int(11) NOT NULL DEFAULT '0',
  `dest_account` int(11) NOT NULL DEFAULT '0',
  `code_invoice` varchar(255) NOT NULL,
  `code_ordernumber` varchar(255) NOT NULL,
  `code_ponumber` varchar(255) NOT NULL,
  `date_due` date NOT NULL DEFAULT '0000-00-00',
  `date_trans` date NOT NULL DEFAULT '0000-00-00',
  `date_create` date NOT NULL DEFAULT '0000-00-00',
  `date_sent` date NOT NULL DEFAULT '0000-00-00',
  `sentmethod` varchar(10) NOT NULL,
  `amount_total` decimal(11,2) NOT NULL DEFAULT '0.00',
  `amount_tax` decimal(11,2) NOT NULL DEFAULT '0.00',
  `amount` decimal(11,2) NOT NULL DEFAULT '0.00',
  `amount_paid` decimal(11,2) NOT NULL DEFAULT '0.00',
  `notes` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoiceid` int(11) NOT NULL DEFAULT '0',
  `invoicetype` varchar(15) NOT NULL,
  `type` varchar(15) NOT NULL,
  `customid` int(11) NOT NULL DEFAULT '0',
  `chartid` int(11) NOT NULL DEFAULT '0',
  `quantity` float NOT NULL DEFAULT '0',
  `units` varchar(10) NOT NULL,
  `amount` decimal(11,2) NOT NULL DEFAULT '0.00',
  `price` decimal(11,2) NOT NULL DEFAULT '0.00',
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_taxes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_tax` varchar(255) NOT NULL,
  `chartid` int(11) NOT NULL DEFAULT '0',
  `taxrate` float NOT NULL DEFAULT '0',
  `taxnumber` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `default_customers` tinyint(1) NOT NULL DEFAULT '0',
  `default_vendors` tinyint(1) NOT NULL DEFAULT '0',
  `default_services` tinyint(1) NOT NULL DEFAULT '0',
  `default_products` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_trans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `customid` int(11) NOT NULL DEFAULT '0',
  `chartid` int(11) NOT NULL DEFAULT '0',
  `date_trans` date NOT NULL DEFAULT '0000-00-00',
  `amount_debit` decimal(11,2) NOT NULL DEFAULT '0.00',
  `amount_credit` decimal(11,2) NOT NULL DEFAULT '0.00',
  `source` varchar(255) NOT NULL,
  `memo` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `billing_cycles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `priority` int(11) NOT NULL,
  `description` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8;

CREATE TABLE `billing_modes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8;

CREATE TABLE `cdr_rate_billgroups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `billgroup_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9001 DEFAULT CHARSET=utf8;

CREATE TABLE `cdr_rate_tables` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_vendor` int(11) NOT NULL,
  `id_usage_mode` int(11) NOT NULL,
  `rate_table_name` varchar(255) NOT NULL,
  `rate_table_description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdr_rate_tables_overrides` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `option_type` varchar(20) NOT NULL,
  `option_type_id` int(11) NOT NULL,
  `rate_prefix` varchar(20) NOT NULL,
  `rate_description` varchar(255) NOT NULL,
  `rate_billgroup` int(10) unsigned NOT NULL,
  `rate_price_sale` decimal(11,2) NOT NULL,
  `rate_price_extraunits` decimal(11,2) NOT NULL,
  `rate_included_units` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdr_rate_tables_values` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_rate_table` int(11) NOT NULL,
  `rate_prefix` varchar(20) NOT NULL,
  `rate_description` varchar(255) NOT NULL,
  `rate_billgroup` int(10) unsigned NOT NULL,
  `rate_price_sale` decimal(11,4) NOT NULL,
  `rate_price_cost` decimal(11,4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `config` (
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customer_contact_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `type` enum('phone','email','fax','mobile') NOT NULL,
  `label` varchar(255) NOT NULL,
  `detail` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customer_contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `role` enum('other','accounts') NOT NULL,
  `contact` varchar(255) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code_customer` varchar(50) NOT NULL,
  `name_customer` varchar(255) NOT NULL,
  `date_start` date NOT NULL DEFAULT '0000-00-00',
  `date_end` date NOT NULL DEFAULT '0000-00-00',
  `tax_number` varchar(255) NOT NULL DEFAULT '0',
  `tax_default` int(11) NOT NULL DEFAULT '0',
  `address1_street` varchar(255) NOT NULL,
  `address1_city` varchar(255) NOT NULL,
  `address1_state` varchar(255) NOT NULL,
  `address1_country` varchar(255) NOT NULL,
  `address1_zipcode` varchar(10) NOT NULL DEFAULT '0',
  `address2_street` varchar(255) NOT NULL,
  `address2_city` varchar(255) NOT NULL,
  `address2_state` varchar(255) NOT NULL,
  `address2_country` varchar(255) NOT NULL,
  `address2_zipcode` varchar(10) NOT NULL DEFAULT '0',
  `discount` float NOT NULL,
  `portal_password` varchar(255) NOT NULL,
  `portal_salt` varchar(20) NOT NULL,
  `portal_login_time` bigint(20) NOT NULL,
  `portal_login_ipaddress` varchar(15) NOT NULL,
  `reseller_customer` varchar(32) NOT NULL DEFAULT 'standard',
  `reseller_id` int(11) DEFAULT NULL,
  `billing_method` varchar(12) NOT NULL DEFAULT 'manual',
  `billing_direct_debit` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reseller_id` (`reseller_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customers_credits` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date_trans` date NOT NULL,
  `type` varchar(10) NOT NULL,
  `amount_total` decimal(11,2) NOT NULL,
  `id_custom` int(10) unsigned NOT NULL,
  `id_employee` int(10) unsigned NOT NULL,
  `id_customer` int(10) unsigned NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customers_orders` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_customer` int(10) unsigned NOT NULL,
  `date_ordered` date NOT NULL,
  `type` varchar(15) NOT NULL,
  `customid` int(10) unsigned NOT NULL,
  `quantity` float NOT NULL,
  `units` varchar(10) NOT NULL,
  `amount` decimal(11,2) NOT NULL,
  `price` decimal(11,2) NOT NULL,
  `discount` int(3) unsigned NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `journal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `locked` tinyint(1) NOT NULL DEFAULT '0',
  `journalname` varchar(50) NOT NULL,
  `type` varchar(20) NOT NULL,
  `userid` int(11) NOT NULL DEFAULT '0',
  `customid` int(11) NOT NULL DEFAULT '0',
  `timestamp` bigint(20) unsigned NOT NULL DEFAULT '0',
  `content` text NOT NULL,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `journalname` (`journalname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `value` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=40 DEFAULT CHARSET=utf8 COMMENT='Stores all the possible permissions';

CREATE TABLE `service_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_parent` int(10) unsigned NOT NULL,
  `group_name` varchar(255) NOT NULL,
  `group_description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

CREATE TABLE `service_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8;

CREATE TABLE `service_usage_alerts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service_customer` int(10) unsigned NOT NULL,
  `id_service_period` int(10) unsigned NOT NULL,
  `id_type` int(10) unsigned NOT NULL,
  `date_sent` date NOT NULL,
  `date_update` date NOT NULL,
  `usage_current` decimal(20,2) unsigned NOT NULL,
  `usage_alerted` decimal(20,2) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `service_usage_modes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

CREATE TABLE `service_usage_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_service_customer` int(11) NOT NULL DEFAULT '0',
  `date` date NOT NULL DEFAULT '0000-00-00',
  `price` decimal(11,4) NOT NULL,
  `usage1` bigint(20) unsigned NOT NULL DEFAULT '0',
  `usage2` bigint(20) unsigned NOT NULL DEFAULT '0',
  `usage3` bigint(20) unsigned NOT NULL DEFAULT '0',
  `billgroup` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_service` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `chartid` int(11) NOT NULL DEFAULT '0',
  `typeid` int(11) NOT NULL DEFAULT '0',
  `id_rate_table` int(11) NOT NULL,
  `id_service_group` int(11) NOT NULL,
  `id_service_group_usage` int(11) NOT NULL,
  `units` varchar(255) NOT NULL DEFAULT '0',
  `price` decimal(11,2) NOT NULL DEFAULT '0.00',
  `price_extraunits` decimal(11,2) NOT NULL DEFAULT '0.00',
  `price_setup` decimal(11,2) NOT NULL,
  `discount` float NOT NULL,
  `included_units` int(11) NOT NULL DEFAULT '0',
  `billing_cycle` int(11) NOT NULL DEFAULT '0',
  `billing_mode` int(11) NOT NULL DEFAULT '0',
  `usage_mode` int(11) NOT NULL DEFAULT '0',
  `description` text NOT NULL,
  `upstream_id` int(11) NOT NULL,
  `upstream_notes` text NOT NULL,
  `alert_80pc` tinyint(4) NOT NULL,
  `alert_100pc` tinyint(4) NOT NULL,
  `alert_extraunits` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services_customers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `serviceid` int(11) NOT NULL DEFAULT '0',
  `customerid` int(11) NOT NULL DEFAULT '0',
  `bundleid` int(11) NOT NULL,
  `bundleid_component` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `date_period_first` date NOT NULL DEFAULT '0000-00-00',
  `date_period_next` date NOT NULL DEFAULT '0000-00-00',
  `date_period_last` date NOT NULL DEFAULT '0000-00-00',
  `description` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services_customers_ddi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_service_customer` int(11) NOT NULL,
  `ddi_start` bigint(20) NOT NULL,
  `ddi_finish` bigint(20) NOT NULL,
  `local_prefix` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services_customers_ipv4` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_service_customer` int(11) NOT NULL,
  `ipv4_address` varchar(15) NOT NULL,
  `ipv4_cidr` int(2) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services_customers_periods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_service_customer` int(11) NOT NULL DEFAULT '0',
  `date_start` date NOT NULL DEFAULT '0000-00-00',
  `date_end` date NOT NULL DEFAULT '0000-00-00',
  `date_billed` date NOT NULL DEFAULT '0000-00-00',
  `invoiceid` int(11) NOT NULL DEFAULT '0',
  `invoiceid_usage` int(11) NOT NULL,
  `rebill` tinyint(1) NOT NULL,
  `usage_summary` decimal(20,2) NOT NULL,
  `usage_alerted` decimal(20,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `services_options` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `option_type` varchar(10) NOT NULL,
  `option_type_id` int(11) NOT NULL,
  `option_name` varchar(50) NOT NULL,
  `option_value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `staff` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_staff` varchar(255) NOT NULL,
  `staff_code` varchar(255) NOT NULL,
  `staff_position` varchar(255) NOT NULL,
  `contact_phone` varchar(255) NOT NULL,
  `contact_fax` varchar(255) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `date_start` date NOT NULL DEFAULT '0000-00-00',
  `date_end` date NOT NULL DEFAULT '0000-00-00',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

CREATE TABLE `support_tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `status` int(11) NOT NULL DEFAULT '0',
  `priority` int(11) NOT NULL DEFAULT '0',
  `date_start` date NOT NULL DEFAULT '0000-00-00',
  `date_end` date NOT NULL DEFAULT '0000-00-00',
  `customerid` int(11) NOT NULL DEFAULT '0',
  `productid` int(11) NOT NULL DEFAULT '0',
  `projectid` int(11) NOT NULL DEFAULT '0',
  `serviceid` int(11) NOT NULL DEFAULT '0',
  `details` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `support_tickets_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

CREATE TABLE `traffic_caps` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_service` int(10) unsigned NOT NULL,
  `id_traffic_type` int(10) unsigned NOT NULL,
  `mode` varchar(10) NOT NULL,
  `units_price` decimal(11,2) NOT NULL,
  `units_included` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `traffic_types` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type_name` varchar(255) NOT NULL,
  `type_description` text NOT NULL,
  `type_label` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `password_salt` varchar(20) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `concurrent_logins` tinyint(1) NOT NULL DEFAULT '0',
  `time` bigint(20) NOT NULL DEFAULT '0',
  `ipaddress` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ipaddress` (`ipaddress`),
  KEY `time` (`time`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COMMENT='User authentication system.';

CREATE TABLE `users_blacklist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ipaddress` varchar(128) NOT NULL,
  `failedcount` int(11) NOT NULL DEFAULT '0',
  `time` bigint(20) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Prevents automated login attacks.';

CREATE TABLE `users_options` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` int(11) NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=180 DEFAULT CHARSET=utf8;

CREATE TABLE `users_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` int(11) NOT NULL DEFAULT '0',
  `permid` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=90 DEFAULT CHARSET=utf8 COMMENT='Stores user permissions.';

CREATE TABLE `users_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` int(11) NOT NULL,
  `authkey` varchar(40) NOT NULL,
  `ipv4` varchar(15) NOT NULL,
  `ipv6` varchar(255) NOT NULL,
  `time` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- YetiForce CRM 6.5 — trimmed MySQL schema (45 of 711 tables), upstream DDL kept verbatim per table.
-- Upstream: github.com/YetiForceCompany/YetiForceCRM, install/install_schema/scheme.sql
-- Commit: 4b5e4244b8338c837a8132ff12686f29f222d89b (2024-01-02)
-- Licence: YetiForce Public License (YetiForce Non-commercial License 6.5, see upstream LICENSE)
-- Tables were chosen to mix people (contacts, leads, users, employees, portal users), records
-- (activities, tickets, invoices, payments, mails, calls, time control), logs and lookups/configuration.
SET FOREIGN_KEY_CHECKS=0;

/*Table structure for table `vtiger_crmentity` */

CREATE TABLE `vtiger_crmentity` (
  `crmid` int(10) NOT NULL AUTO_INCREMENT,
  `smcreatorid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `smownerid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `shownerid` tinyint(1) DEFAULT NULL,
  `modifiedby` smallint(5) unsigned NOT NULL DEFAULT 0,
  `setype` varchar(30) NOT NULL,
  `description` text DEFAULT NULL,
  `attention` text DEFAULT NULL,
  `createdtime` datetime NOT NULL,
  `modifiedtime` datetime NOT NULL,
  `viewedtime` datetime DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `version` int(10) unsigned NOT NULL DEFAULT 0,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `was_read` tinyint(1) DEFAULT 0,
  `private` tinyint(1) DEFAULT 0,
  `users` text DEFAULT NULL,
  PRIMARY KEY (`crmid`),
  KEY `crmentity_smcreatorid_idx` (`smcreatorid`),
  KEY `crmentity_modifiedby_idx` (`modifiedby`),
  KEY `crmentity_deleted_idx` (`deleted`),
  KEY `crm_ownerid_del_setype_idx` (`smownerid`,`deleted`,`setype`),
  KEY `crmid` (`crmid`,`deleted`),
  KEY `crmid_2` (`crmid`,`setype`),
  KEY `setypedeleted` (`setype`,`deleted`),
  KEY `setype` (`setype`),
  KEY `vtiger_crmentity_deleted_private_smownerid_idx` (`deleted`,`private`,`smownerid`)
) ENGINE=InnoDB AUTO_INCREMENT=117 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_contactdetails` */

CREATE TABLE `vtiger_contactdetails` (
  `contactid` int(10) NOT NULL DEFAULT 0,
  `contact_no` varchar(100) NOT NULL,
  `parentid` int(10) DEFAULT NULL,
  `salutation` varchar(200) DEFAULT NULL,
  `firstname` varchar(40) DEFAULT NULL,
  `lastname` varchar(80) NOT NULL,
  `email` varchar(100) DEFAULT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `reportsto` int(11) DEFAULT NULL,
  `training` varchar(50) DEFAULT NULL,
  `usertype` varchar(50) DEFAULT NULL,
  `contacttype` varchar(50) DEFAULT NULL,
  `otheremail` varchar(100) DEFAULT NULL,
  `donotcall` smallint(1) DEFAULT NULL,
  `emailoptout` smallint(1) DEFAULT 0,
  `imagename` text DEFAULT NULL,
  `isconvertedfromlead` smallint(1) DEFAULT 0,
  `verification` text DEFAULT NULL,
  `secondary_email` varchar(100) DEFAULT '',
  `notifilanguage` varchar(100) DEFAULT '',
  `contactstatus` varchar(255) DEFAULT '',
  `dav_status` tinyint(1) DEFAULT 1,
  `jobtitle` varchar(100) DEFAULT '',
  `decision_maker` tinyint(1) DEFAULT 0,
  `sum_time` decimal(10,2) DEFAULT 0.00,
  `phone_extra` varchar(100) DEFAULT NULL,
  `mobile_extra` varchar(100) DEFAULT NULL,
  `approvals` text DEFAULT NULL,
  `gender` varchar(255) DEFAULT '',
  PRIMARY KEY (`contactid`),
  KEY `contactdetails_accountid_idx` (`parentid`),
  KEY `email_idx` (`email`),
  KEY `lastname` (`lastname`),
  CONSTRAINT `fk_1_vtiger_contactdetails` FOREIGN KEY (`contactid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_contactaddress` */

CREATE TABLE `vtiger_contactaddress` (
  `contactaddressid` int(10) NOT NULL DEFAULT 0,
  `addresslevel1a` varchar(255) DEFAULT NULL,
  `addresslevel1b` varchar(255) DEFAULT NULL,
  `addresslevel2a` varchar(255) DEFAULT NULL,
  `addresslevel2b` varchar(255) DEFAULT NULL,
  `addresslevel3a` varchar(255) DEFAULT NULL,
  `addresslevel3b` varchar(255) DEFAULT NULL,
  `addresslevel4a` varchar(255) DEFAULT NULL,
  `addresslevel4b` varchar(255) DEFAULT NULL,
  `addresslevel5a` varchar(255) DEFAULT NULL,
  `addresslevel5b` varchar(255) DEFAULT NULL,
  `addresslevel6a` varchar(255) DEFAULT NULL,
  `addresslevel6b` varchar(255) DEFAULT NULL,
  `addresslevel7a` varchar(255) DEFAULT NULL,
  `addresslevel7b` varchar(255) DEFAULT NULL,
  `addresslevel8a` varchar(255) DEFAULT NULL,
  `addresslevel8b` varchar(255) DEFAULT NULL,
  `buildingnumbera` varchar(255) DEFAULT NULL,
  `localnumbera` varchar(50) DEFAULT NULL,
  `buildingnumberb` varchar(255) DEFAULT NULL,
  `localnumberb` varchar(50) DEFAULT NULL,
  `poboxa` varchar(50) DEFAULT NULL,
  `poboxb` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`contactaddressid`),
  CONSTRAINT `fk_1_vtiger_contactaddress` FOREIGN KEY (`contactaddressid`) REFERENCES `vtiger_contactdetails` (`contactid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_contactsubdetails` */

CREATE TABLE `vtiger_contactsubdetails` (
  `contactsubscriptionid` int(10) NOT NULL DEFAULT 0,
  `birthday` date DEFAULT NULL,
  `laststayintouchrequest` int(10) DEFAULT 0,
  `laststayintouchsavedate` int(10) DEFAULT 0,
  `leadsource` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`contactsubscriptionid`),
  CONSTRAINT `fk_1_vtiger_contactsubdetails` FOREIGN KEY (`contactsubscriptionid`) REFERENCES `vtiger_contactdetails` (`contactid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_contactscf` */

CREATE TABLE `vtiger_contactscf` (
  `contactid` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`contactid`),
  CONSTRAINT `fk_1_vtiger_contactscf` FOREIGN KEY (`contactid`) REFERENCES `vtiger_contactdetails` (`contactid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_leaddetails` */

CREATE TABLE `vtiger_leaddetails` (
  `leadid` int(10) NOT NULL,
  `lead_no` varchar(100) NOT NULL,
  `email` varchar(100) DEFAULT NULL,
  `interest` varchar(50) DEFAULT NULL,
  `firstname` varchar(40) DEFAULT NULL,
  `salutation` varchar(200) DEFAULT NULL,
  `lastname` varchar(80) DEFAULT NULL,
  `company` varchar(100) NOT NULL,
  `annualrevenue` decimal(28,8) DEFAULT NULL,
  `industry` varchar(200) DEFAULT NULL,
  `campaign` varchar(30) DEFAULT NULL,
  `leadstatus` varchar(50) DEFAULT NULL,
  `leadsource` varchar(200) DEFAULT NULL,
  `converted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `licencekeystatus` varchar(50) DEFAULT NULL,
  `space` varchar(250) DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `priority` varchar(50) DEFAULT NULL,
  `demorequest` varchar(50) DEFAULT NULL,
  `partnercontact` varchar(50) DEFAULT NULL,
  `productversion` varchar(20) DEFAULT NULL,
  `product` varchar(50) DEFAULT NULL,
  `maildate` date DEFAULT NULL,
  `nextstepdate` date DEFAULT NULL,
  `fundingsituation` varchar(50) DEFAULT NULL,
  `purpose` varchar(50) DEFAULT NULL,
  `evaluationstatus` varchar(50) DEFAULT NULL,
  `transferdate` date DEFAULT NULL,
  `revenuetype` varchar(50) DEFAULT NULL,
  `noofemployees` int(10) unsigned DEFAULT NULL,
  `secondaryemail` varchar(100) DEFAULT NULL,
  `noapprovalcalls` smallint(1) DEFAULT NULL,
  `noapprovalemails` smallint(1) DEFAULT NULL,
  `vat_id` varchar(50) DEFAULT NULL,
  `registration_number_1` varchar(30) DEFAULT NULL,
  `registration_number_2` varchar(30) DEFAULT NULL,
  `verification` text DEFAULT NULL,
  `subindustry` varchar(255) DEFAULT '',
  `atenttion` text DEFAULT NULL,
  `leads_relation` varchar(255) DEFAULT NULL,
  `legal_form` varchar(255) DEFAULT NULL,
  `sum_time` decimal(10,2) DEFAULT 0.00,
  `active` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`leadid`),
  KEY `leaddetails_converted_leadstatus_idx` (`converted`,`leadstatus`),
  KEY `email_idx` (`email`),
  KEY `lastname` (`lastname`),
  KEY `converted` (`converted`),
  CONSTRAINT `fk_1_vtiger_leaddetails` FOREIGN KEY (`leadid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_leadaddress` */

CREATE TABLE `vtiger_leadaddress` (
  `leadaddressid` int(10) NOT NULL DEFAULT 0,
  `phone` varchar(50) DEFAULT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `fax` varchar(50) DEFAULT NULL,
  `addresslevel1a` varchar(255) DEFAULT NULL,
  `addresslevel2a` varchar(255) DEFAULT NULL,
  `addresslevel3a` varchar(255) DEFAULT NULL,
  `addresslevel4a` varchar(255) DEFAULT NULL,
  `addresslevel5a` varchar(255) DEFAULT NULL,
  `addresslevel6a` varchar(255) DEFAULT NULL,
  `addresslevel7a` varchar(255) DEFAULT NULL,
  `addresslevel8a` varchar(255) DEFAULT NULL,
  `buildingnumbera` varchar(255) DEFAULT NULL,
  `localnumbera` varchar(50) DEFAULT NULL,
  `poboxa` varchar(50) DEFAULT NULL,
  `phone_extra` varchar(100) DEFAULT NULL,
  `mobile_extra` varchar(100) DEFAULT NULL,
  `fax_extra` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`leadaddressid`),
  CONSTRAINT `fk_1_vtiger_leadaddress` FOREIGN KEY (`leadaddressid`) REFERENCES `vtiger_leaddetails` (`leadid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_leadsubdetails` */

CREATE TABLE `vtiger_leadsubdetails` (
  `leadsubscriptionid` int(10) NOT NULL DEFAULT 0,
  `website` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`leadsubscriptionid`),
  CONSTRAINT `fk_1_vtiger_leadsubdetails` FOREIGN KEY (`leadsubscriptionid`) REFERENCES `vtiger_leaddetails` (`leadid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_account` */

CREATE TABLE `vtiger_account` (
  `accountid` int(10) NOT NULL DEFAULT 0,
  `account_no` varchar(100) NOT NULL,
  `accountname` varchar(255) NOT NULL,
  `parentid` int(10) DEFAULT 0,
  `account_type` varchar(200) DEFAULT NULL,
  `industry` varchar(200) DEFAULT NULL,
  `annualrevenue` decimal(28,8) DEFAULT NULL,
  `siccode` varchar(255) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `otherphone` varchar(30) DEFAULT NULL,
  `email1` varchar(100) DEFAULT NULL,
  `email2` varchar(100) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `fax` varchar(30) DEFAULT NULL,
  `employees` int(10) unsigned DEFAULT 0,
  `emailoptout` smallint(1) DEFAULT 0,
  `isconvertedfromlead` smallint(3) DEFAULT 0,
  `vat_id` varchar(50) DEFAULT NULL,
  `registration_number_1` varchar(30) DEFAULT NULL,
  `registration_number_2` varchar(30) DEFAULT NULL,
  `verification` text DEFAULT NULL,
  `no_approval` smallint(1) DEFAULT 0,
  `balance` decimal(28,8) DEFAULT NULL,
  `payment_balance` decimal(25,8) DEFAULT NULL,
  `legal_form` varchar(255) DEFAULT NULL,
  `sum_time` decimal(10,2) DEFAULT NULL,
  `inventorybalance` decimal(25,8) DEFAULT 0.00000000,
  `discount` decimal(5,2) DEFAULT 0.00,
  `creditlimit` int(10) DEFAULT NULL,
  `products` text DEFAULT NULL,
  `services` text DEFAULT NULL,
  `last_invoice_date` date DEFAULT NULL,
  `accounts_status` varchar(255) DEFAULT NULL,
  `phone_extra` varchar(100) DEFAULT NULL,
  `fax_extra` varchar(100) DEFAULT NULL,
  `otherphone_extra` varchar(100) DEFAULT NULL,
  `pricebook_id` int(10) DEFAULT NULL,
  `check_stock_levels` tinyint(1) DEFAULT NULL,
  `sum_open_orders` decimal(28,8) DEFAULT NULL,
  `taxes` text DEFAULT NULL,
  `accounts_available_taxes` text DEFAULT NULL,
  PRIMARY KEY (`accountid`),
  KEY `account_account_type_idx` (`account_type`),
  KEY `email_idx` (`email1`,`email2`),
  KEY `accountname` (`accountname`),
  KEY `parentid` (`parentid`),
  KEY `vtiger_account_pricebook_id_idx` (`pricebook_id`),
  CONSTRAINT `fk_1_vtiger_account` FOREIGN KEY (`accountid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_accountaddress` */

CREATE TABLE `vtiger_accountaddress` (
  `accountaddressid` int(10) NOT NULL,
  `addresslevel1a` varchar(255) DEFAULT NULL,
  `addresslevel1b` varchar(255) DEFAULT NULL,
  `addresslevel1c` varchar(255) DEFAULT NULL,
  `addresslevel2a` varchar(255) DEFAULT NULL,
  `addresslevel2b` varchar(255) DEFAULT NULL,
  `addresslevel2c` varchar(255) DEFAULT NULL,
  `addresslevel3a` varchar(255) DEFAULT NULL,
  `addresslevel3b` varchar(255) DEFAULT NULL,
  `addresslevel3c` varchar(255) DEFAULT NULL,
  `addresslevel4a` varchar(255) DEFAULT NULL,
  `addresslevel4b` varchar(255) DEFAULT NULL,
  `addresslevel4c` varchar(255) DEFAULT NULL,
  `addresslevel5a` varchar(255) DEFAULT NULL,
  `addresslevel5b` varchar(255) DEFAULT NULL,
  `addresslevel5c` varchar(255) DEFAULT NULL,
  `addresslevel6a` varchar(255) DEFAULT NULL,
  `addresslevel6b` varchar(255) DEFAULT NULL,
  `addresslevel6c` varchar(255) DEFAULT NULL,
  `addresslevel7a` varchar(255) DEFAULT NULL,
  `addresslevel7b` varchar(255) DEFAULT NULL,
  `addresslevel7c` varchar(255) DEFAULT NULL,
  `addresslevel8a` varchar(255) DEFAULT NULL,
  `addresslevel8b` varchar(255) DEFAULT NULL,
  `addresslevel8c` varchar(255) DEFAULT NULL,
  `buildingnumbera` varchar(255) DEFAULT NULL,
  `localnumbera` varchar(50) DEFAULT NULL,
  `buildingnumberb` varchar(255) DEFAULT NULL,
  `localnumberb` varchar(50) DEFAULT NULL,
  `buildingnumberc` varchar(255) DEFAULT NULL,
  `localnumberc` varchar(50) DEFAULT NULL,
  `poboxa` varchar(50) DEFAULT NULL,
  `poboxb` varchar(50) DEFAULT NULL,
  `poboxc` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`accountaddressid`),
  CONSTRAINT `vtiger_accountaddress_ibfk_1` FOREIGN KEY (`accountaddressid`) REFERENCES `vtiger_account` (`accountid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_users` */

CREATE TABLE `vtiger_users` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(64) DEFAULT NULL,
  `first_name` varchar(30) DEFAULT NULL,
  `last_name` varchar(30) DEFAULT NULL,
  `email1` varchar(100) DEFAULT NULL,
  `is_admin` varchar(3) DEFAULT '0',
  `status` varchar(25) DEFAULT NULL,
  `deleted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `language` varchar(36) DEFAULT NULL,
  `user_password` varchar(255) DEFAULT NULL,
  `internal_mailer` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `reports_to_id` int(10) unsigned DEFAULT NULL,
  `modified_user_id` varchar(36) DEFAULT NULL,
  `currency_id` int(10) NOT NULL DEFAULT 1,
  `description` text DEFAULT NULL,
  `date_entered` timestamp NULL DEFAULT NULL,
  `date_modified` timestamp NULL DEFAULT NULL,
  `date_password_change` datetime DEFAULT NULL,
  `force_password_change` tinyint(1) DEFAULT 0,
  `holidays` varchar(60) DEFAULT NULL,
  `namedays` varchar(60) DEFAULT NULL,
  `workdays` varchar(30) DEFAULT NULL,
  `weekstart` int(10) DEFAULT NULL,
  `date_format` varchar(200) DEFAULT NULL,
  `hour_format` varchar(30) DEFAULT 'am/pm',
  `start_hour` varchar(30) DEFAULT '10:00',
  `end_hour` varchar(30) DEFAULT '23:00',
  `view_date_format` varchar(50) DEFAULT 'PLL_ELAPSED',
  `activity_view` varchar(200) DEFAULT 'Today',
  `imagename` text DEFAULT NULL,
  `reminder_interval` varchar(100) DEFAULT NULL,
  `reminder_next_time` varchar(100) DEFAULT NULL,
  `theme` varchar(100) DEFAULT NULL,
  `tz` varchar(30) DEFAULT NULL,
  `time_zone` varchar(200) DEFAULT NULL,
  `currency_grouping_pattern` varchar(100) DEFAULT NULL,
  `currency_decimal_separator` varchar(2) DEFAULT NULL,
  `currency_grouping_separator` varchar(2) DEFAULT NULL,
  `currency_symbol_placement` varchar(20) DEFAULT NULL,
  `no_of_currency_decimals` varchar(200) DEFAULT NULL,
  `truncate_trailing_zeros` tinyint(1) unsigned DEFAULT NULL,
  `dayoftheweek` varchar(100) DEFAULT NULL,
  `othereventduration` text DEFAULT NULL,
  `default_record_view` varchar(10) DEFAULT NULL,
  `leftpanelhide` tinyint(3) unsigned DEFAULT NULL,
  `rowheight` varchar(10) DEFAULT NULL,
  `defaulteventstatus` varchar(50) DEFAULT NULL,
  `defaultactivitytype` varchar(50) DEFAULT NULL,
  `is_owner` varchar(5) DEFAULT NULL,
  `emailoptout` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `available` tinyint(1) DEFAULT 0,
  `auto_assign` tinyint(1) DEFAULT 0,
  `records_limit` int(10) unsigned DEFAULT 0,
  `phone_crm_extension` varchar(100) DEFAULT NULL,
  `phone_crm_extension_extra` varchar(100) DEFAULT NULL,
  `accesskey` varchar(36) DEFAULT NULL,
  `confirm_password` varchar(255) DEFAULT NULL,
  `cal_color` varchar(25) DEFAULT NULL,
  `user_preferences` text DEFAULT NULL,
  `authy_methods` varchar(255) DEFAULT NULL,
  `authy_secret_totp` varchar(255) DEFAULT NULL,
  `login_method` varchar(255) DEFAULT 'PLL_PASSWORD',
  `sync_carddav` varchar(100) DEFAULT 'PLL_OWNER',
  `sync_caldav` varchar(100) DEFAULT 'PLL_OWNER',
  `sync_carddav_default_country` varchar(255) DEFAULT NULL,
  `default_search_module` varchar(25) DEFAULT NULL,
  `default_search_override` tinyint(1) DEFAULT NULL,
  `primary_phone` varchar(50) DEFAULT NULL,
  `primary_phone_extra` varchar(100) DEFAULT NULL,
  `mail_scanner_actions` text DEFAULT NULL,
  `mail_scanner_fields` text DEFAULT NULL,
  `secondary_email` varchar(100) DEFAULT '',
  `default_search_operator` varchar(255) DEFAULT NULL,
  `super_user` tinyint(1) DEFAULT 0,
  `calendar_all_users_by_default` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email1` (`email1`),
  KEY `user_user_name_idx` (`user_name`),
  KEY `user_user_password_idx` (`user_password`),
  KEY `status` (`status`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_user2role` */

CREATE TABLE `vtiger_user2role` (
  `userid` int(10) NOT NULL,
  `roleid` varchar(255) NOT NULL,
  PRIMARY KEY (`userid`),
  KEY `user2role_roleid_idx` (`roleid`),
  CONSTRAINT `fk_2_vtiger_user2role` FOREIGN KEY (`userid`) REFERENCES `vtiger_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_ossemployees` */

CREATE TABLE `vtiger_ossemployees` (
  `ossemployeesid` int(10) NOT NULL DEFAULT 0,
  `ossemployees_no` varchar(255) DEFAULT NULL,
  `parentid` int(10) DEFAULT 0,
  `employee_status` varchar(200) DEFAULT NULL,
  `name` varchar(200) DEFAULT NULL,
  `last_name` varchar(200) DEFAULT NULL,
  `pesel` varchar(20) DEFAULT NULL,
  `id_card` varchar(200) DEFAULT NULL,
  `employee_education` varchar(200) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `business_phone` varchar(20) DEFAULT NULL,
  `private_phone` varchar(25) DEFAULT NULL,
  `business_mail` varchar(100) DEFAULT NULL,
  `private_mail` varchar(100) DEFAULT NULL,
  `street` varchar(200) DEFAULT NULL,
  `code` varchar(200) DEFAULT NULL,
  `city` varchar(200) DEFAULT NULL,
  `state` varchar(200) DEFAULT NULL,
  `country` varchar(200) DEFAULT NULL,
  `ship_street` varchar(200) DEFAULT NULL,
  `ship_code` varchar(200) DEFAULT NULL,
  `ship_city` varchar(200) DEFAULT NULL,
  `ship_state` varchar(200) DEFAULT NULL,
  `ship_country` varchar(200) DEFAULT NULL,
  `dav_status` tinyint(1) DEFAULT 1,
  `sum_time` decimal(10,2) DEFAULT 0.00,
  `secondary_phone` varchar(25) DEFAULT NULL,
  `position` varchar(255) DEFAULT NULL,
  `rbh` decimal(28,8) DEFAULT NULL,
  `business_phone_extra` varchar(100) DEFAULT NULL,
  `private_phone_extra` varchar(100) DEFAULT NULL,
  `secondary_phone_extra` varchar(100) DEFAULT NULL,
  `multicompanyid` int(10) DEFAULT NULL,
  PRIMARY KEY (`ossemployeesid`),
  KEY `ossemployees_org_struct_idx` (`multicompanyid`),
  CONSTRAINT `fk_1_vtiger_ossemployees` FOREIGN KEY (`ossemployeesid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_activity` */

CREATE TABLE `vtiger_activity` (
  `activityid` int(10) NOT NULL DEFAULT 0,
  `subject` varchar(100) NOT NULL,
  `activitytype` varchar(200) NOT NULL,
  `date_start` date NOT NULL,
  `due_date` date DEFAULT NULL,
  `time_start` time DEFAULT NULL,
  `time_end` time DEFAULT NULL,
  `sendnotification` smallint(1) NOT NULL DEFAULT 0,
  `duration_hours` smallint(5) DEFAULT NULL,
  `duration_minutes` varchar(3) DEFAULT NULL,
  `status` varchar(200) DEFAULT NULL,
  `priority` varchar(200) DEFAULT NULL,
  `location` varchar(150) DEFAULT NULL,
  `notime` smallint(1) NOT NULL DEFAULT 0,
  `visibility` varchar(50) NOT NULL DEFAULT 'all',
  `deleted` tinyint(1) DEFAULT 0,
  `smownerid` smallint(5) unsigned DEFAULT NULL,
  `allday` tinyint(1) DEFAULT NULL,
  `dav_status` tinyint(1) DEFAULT 1,
  `state` varchar(255) DEFAULT NULL,
  `link` int(10) DEFAULT NULL,
  `process` int(10) DEFAULT NULL,
  `subprocess` int(10) DEFAULT NULL,
  `followup` int(10) DEFAULT NULL,
  `reapeat` smallint(1) DEFAULT NULL,
  `recurrence` text DEFAULT NULL,
  `linkextend` int(10) DEFAULT NULL,
  `subprocess_sl` int(10) unsigned DEFAULT NULL,
  `meeting_url` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`activityid`),
  KEY `activity_activityid_subject_idx` (`activityid`,`subject`),
  KEY `activity_activitytype_date_start_idx` (`activitytype`,`date_start`),
  KEY `activity_date_start_due_date_idx` (`date_start`,`due_date`),
  KEY `activity_date_start_time_start_idx` (`date_start`,`time_start`),
  KEY `activity_status_idx` (`status`),
  KEY `activitytype_2` (`activitytype`,`date_start`,`due_date`,`time_start`,`time_end`,`deleted`,`smownerid`),
  KEY `link` (`link`),
  KEY `process` (`process`),
  KEY `followup` (`followup`),
  KEY `subprocess` (`subprocess`),
  KEY `activitytype_3` (`activitytype`,`status`),
  KEY `smownerid` (`smownerid`),
  KEY `linkextend` (`linkextend`),
  CONSTRAINT `fk_1_vtiger_activity` FOREIGN KEY (`activityid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_activity_reminder` */

CREATE TABLE `vtiger_activity_reminder` (
  `activity_id` int(10) NOT NULL,
  `reminder_time` int(10) NOT NULL,
  `reminder_sent` int(2) NOT NULL,
  PRIMARY KEY (`activity_id`),
  CONSTRAINT `vtiger_activity_reminder_ibfk_1` FOREIGN KEY (`activity_id`) REFERENCES `vtiger_activity` (`activityid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `u_yf_activity_invitation` */

CREATE TABLE `u_yf_activity_invitation` (
  `inviteesid` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `activityid` int(10) NOT NULL,
  `crmid` int(10) NOT NULL DEFAULT 0,
  `email` varchar(100) NOT NULL DEFAULT '',
  `name` varchar(500) DEFAULT NULL,
  `status` tinyint(1) DEFAULT 0,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`inviteesid`),
  KEY `activityid` (`activityid`),
  CONSTRAINT `u_yf_activity_invitation_ibfk_1` FOREIGN KEY (`activityid`) REFERENCES `vtiger_activity` (`activityid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_troubletickets` */

CREATE TABLE `vtiger_troubletickets` (
  `ticketid` int(10) NOT NULL,
  `ticket_no` varchar(100) NOT NULL,
  `title` varchar(255) NOT NULL,
  `status` varchar(200) DEFAULT NULL,
  `parent_id` int(10) DEFAULT NULL,
  `contact_id` int(10) unsigned DEFAULT 0,
  `product_id` int(10) DEFAULT NULL,
  `pssold_id` int(10) DEFAULT NULL,
  `servicecontractsid` int(10) DEFAULT NULL,
  `parentid` int(10) DEFAULT NULL,
  `priority` varchar(200) DEFAULT NULL,
  `severity` varchar(200) DEFAULT NULL,
  `category` varchar(200) DEFAULT NULL,
  `groupname` varchar(100) DEFAULT NULL,
  `solution` text DEFAULT NULL,
  `update_log` text DEFAULT NULL,
  `version_id` int(10) DEFAULT NULL,
  `sum_time` decimal(10,2) DEFAULT 0.00,
  `sum_time_subordinate` decimal(10,2) DEFAULT NULL,
  `attention` text DEFAULT NULL,
  `from_portal` smallint(1) DEFAULT NULL,
  `response_range_time` int(11) DEFAULT NULL,
  `solution_range_time` int(11) DEFAULT NULL,
  `idle_range_time` int(11) DEFAULT NULL,
  `closing_range_time` int(11) DEFAULT NULL,
  `response_datatime` datetime DEFAULT NULL,
  `solution_datatime` datetime DEFAULT NULL,
  `idle_datatime` datetime DEFAULT NULL,
  `closing_datatime` datetime DEFAULT NULL,
  `response_expected` datetime DEFAULT NULL,
  `solution_expected` datetime DEFAULT NULL,
  `idle_expected` datetime DEFAULT NULL,
  PRIMARY KEY (`ticketid`),
  KEY `troubletickets_ticketid_idx` (`ticketid`),
  KEY `troubletickets_status_idx` (`status`),
  KEY `parent_id` (`parent_id`),
  KEY `product_id` (`product_id`),
  KEY `servicecontractsid` (`servicecontractsid`),
  KEY `pssold_id` (`pssold_id`),
  KEY `ticket_no` (`ticket_no`),
  KEY `vtiger_troubletickets_parentid_idx` (`parentid`),
  KEY `vtiger_troubletickets_contact_id_idx` (`contact_id`),
  CONSTRAINT `fk_1_vtiger_troubletickets` FOREIGN KEY (`ticketid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `u_yf_finvoice` */

CREATE TABLE `u_yf_finvoice` (
  `finvoiceid` int(10) NOT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `number` varchar(32) DEFAULT NULL,
  `paymentdate` date DEFAULT NULL,
  `saledate` date DEFAULT NULL,
  `accountid` int(10) DEFAULT NULL,
  `finvoice_formpayment` varchar(255) DEFAULT NULL,
  `sum_total` decimal(28,8) DEFAULT NULL,
  `sum_gross` decimal(28,8) DEFAULT NULL,
  `finvoice_status` varchar(255) DEFAULT NULL,
  `finvoice_type` varchar(255) DEFAULT NULL,
  `pscategory` varchar(100) DEFAULT NULL,
  `issue_time` date DEFAULT NULL,
  `ssalesprocessesid` int(10) DEFAULT NULL,
  `projectid` int(10) DEFAULT NULL,
  `payment_status` varchar(255) DEFAULT NULL,
  `payment_sum` decimal(28,8) DEFAULT NULL,
  PRIMARY KEY (`finvoiceid`),
  KEY `accountid` (`accountid`),
  KEY `u_yf_finvoice_ssalesprocessesid_idx` (`ssalesprocessesid`),
  KEY `u_yf_finvoice_projectid_idx` (`projectid`),
  CONSTRAINT `fk_1_vtiger_finvoice` FOREIGN KEY (`finvoiceid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `u_yf_finvoice_address` */

CREATE TABLE `u_yf_finvoice_address` (
  `finvoiceaddressid` int(10) NOT NULL,
  `addresslevel1a` varchar(255) DEFAULT NULL,
  `addresslevel2a` varchar(255) DEFAULT NULL,
  `addresslevel3a` varchar(255) DEFAULT NULL,
  `addresslevel4a` varchar(255) DEFAULT NULL,
  `addresslevel5a` varchar(255) DEFAULT NULL,
  `addresslevel6a` varchar(255) DEFAULT NULL,
  `addresslevel7a` varchar(255) DEFAULT NULL,
  `addresslevel8a` varchar(255) DEFAULT NULL,
  `buildingnumbera` varchar(255) DEFAULT NULL,
  `localnumbera` varchar(50) DEFAULT NULL,
  `poboxa` varchar(50) DEFAULT NULL,
  `first_name_a` varchar(255) DEFAULT NULL,
  `last_name_a` varchar(255) DEFAULT NULL,
  `vat_id_a` varchar(50) DEFAULT NULL,
  `email_a` varchar(100) DEFAULT NULL,
  `phone_a` varchar(100) DEFAULT NULL,
  `addresslevel8b` varchar(255) DEFAULT NULL,
  `localnumberb` varchar(50) DEFAULT NULL,
  `addresslevel5b` varchar(255) DEFAULT NULL,
  `buildingnumberb` varchar(255) DEFAULT NULL,
  `addresslevel7b` varchar(255) DEFAULT NULL,
  `addresslevel6b` varchar(255) DEFAULT NULL,
  `addresslevel2b` varchar(255) DEFAULT NULL,
  `addresslevel4b` varchar(255) DEFAULT NULL,
  `addresslevel1b` varchar(255) DEFAULT NULL,
  `addresslevel3b` varchar(255) DEFAULT NULL,
  `poboxb` varchar(50) DEFAULT NULL,
  `first_name_b` varchar(255) DEFAULT NULL,
  `last_name_b` varchar(255) DEFAULT NULL,
  `company_name_b` varchar(255) DEFAULT NULL,
  `vat_id_b` varchar(50) DEFAULT NULL,
  `email_b` varchar(100) DEFAULT NULL,
  `phone_b` varchar(100) DEFAULT NULL,
  `company_name_a` varchar(255) DEFAULT NULL,
  `phone_b_extra` varchar(100) DEFAULT NULL,
  `phone_a_extra` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`finvoiceaddressid`),
  CONSTRAINT `u_yf_finvoice_address_ibfk_1` FOREIGN KEY (`finvoiceaddressid`) REFERENCES `u_yf_finvoice` (`finvoiceid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `u_yf_finvoice_inventory` */

CREATE TABLE `u_yf_finvoice_inventory` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `crmid` int(10) DEFAULT NULL,
  `seq` int(10) DEFAULT NULL,
  `name` int(10) NOT NULL DEFAULT 0,
  `qty` decimal(25,3) NOT NULL DEFAULT 0.000,
  `discountmode` tinyint(1) NOT NULL DEFAULT 0,
  `taxmode` tinyint(1) NOT NULL DEFAULT 0,
  `price` decimal(28,8) NOT NULL DEFAULT 0.00000000,
  `discount` decimal(28,8) DEFAULT 0.00000000,
  `gross` decimal(28,8) NOT NULL DEFAULT 0.00000000,
  `net` decimal(28,8) NOT NULL DEFAULT 0.00000000,
  `tax` decimal(28,8) NOT NULL DEFAULT 0.00000000,
  `total` decimal(28,8) NOT NULL DEFAULT 0.00000000,
  `taxparam` varchar(255) NOT NULL,
  `discountparam` varchar(255) DEFAULT NULL,
  `comment1` text DEFAULT NULL,
  `currency` int(10) DEFAULT NULL,
  `currencyparam` varchar(1024) DEFAULT NULL,
  `unit` varchar(255) DEFAULT NULL,
  `subunit` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `u_yf_finvoice_inventory_crmid_idx` (`crmid`),
  CONSTRAINT `fk_1_u_yf_finvoice_inventory` FOREIGN KEY (`crmid`) REFERENCES `u_yf_finvoice` (`finvoiceid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_paymentsin` */

CREATE TABLE `vtiger_paymentsin` (
  `paymentsinid` int(10) NOT NULL DEFAULT 0,
  `paymentsvalue` decimal(28,8) DEFAULT NULL,
  `paymentsno` varchar(32) DEFAULT NULL,
  `paymentsname` varchar(128) DEFAULT NULL,
  `paymentstitle` text DEFAULT NULL,
  `currency_id` int(10) DEFAULT NULL,
  `bank_account` varchar(128) DEFAULT NULL,
  `paymentsin_status` varchar(128) DEFAULT NULL,
  `relatedid` int(10) DEFAULT NULL,
  `payment_system` varchar(64) DEFAULT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `ssingleordersid` int(10) DEFAULT NULL,
  `finvoiceid` int(10) DEFAULT NULL,
  `finvoiceproformaid` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`paymentsinid`),
  KEY `vtiger_paymentsin_ssingleordersid_idx` (`ssingleordersid`),
  KEY `vtiger_paymentsin_finvoiceid_idx` (`finvoiceid`),
  KEY `vtiger_paymentsin_finvoiceproformaid_idx` (`finvoiceproformaid`),
  CONSTRAINT `fk_1_vtiger_paymentsin` FOREIGN KEY (`paymentsinid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `w_yf_servers` */

CREATE TABLE `w_yf_servers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(40) NOT NULL,
  `name` varchar(100) NOT NULL,
  `pass` varchar(500) NOT NULL,
  `api_key` varchar(500) NOT NULL,
  `ips` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `w_yf_servers_api_key_idx` (`api_key`),
  UNIQUE KEY `w_yf_servers_name_type_idx` (`type`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `w_yf_portal_user` */

CREATE TABLE `w_yf_portal_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `server_id` int(10) unsigned NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `user_name` varchar(100) NOT NULL,
  `password` varchar(500) DEFAULT NULL,
  `type` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `login_time` datetime DEFAULT NULL,
  `crmid` int(10) DEFAULT NULL,
  `user_id` int(10) DEFAULT NULL,
  `istorage` int(10) DEFAULT NULL,
  `login_method` varchar(30) NOT NULL DEFAULT 'PLL_PASSWORD',
  `auth` varchar(500) DEFAULT NULL,
  `custom_params` text DEFAULT NULL,
  `preferences` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_name` (`user_name`),
  KEY `user_name_2` (`user_name`,`status`),
  KEY `server_id` (`server_id`),
  CONSTRAINT `w_yf_portal_user_ibfk_1` FOREIGN KEY (`server_id`) REFERENCES `w_yf_servers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `w_yf_portal_session` */

CREATE TABLE `w_yf_portal_session` (
  `id` char(64) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `language` varchar(10) DEFAULT NULL,
  `created` datetime NOT NULL,
  `changed` datetime DEFAULT NULL,
  `params` text DEFAULT NULL,
  `ip` varchar(100) NOT NULL,
  `last_method` varchar(100) DEFAULT NULL,
  `agent` varchar(100) NOT NULL,
  `parent_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `w_yf_portal_session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `w_yf_portal_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `l_yf_portal_login_history` */

CREATE TABLE `l_yf_portal_login_history` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `time` timestamp NULL DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `agent` varchar(500) DEFAULT NULL,
  `ip` varchar(100) DEFAULT NULL,
  `device_id` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `l_yf_portal_login_history_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `w_yf_portal_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_loginhistory` */

CREATE TABLE `vtiger_loginhistory` (
  `login_id` int(10) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(64) DEFAULT NULL,
  `user_ip` varchar(255) DEFAULT NULL,
  `logout_time` timestamp NULL DEFAULT NULL,
  `login_time` timestamp NULL DEFAULT NULL,
  `status` varchar(25) DEFAULT NULL,
  `browser` varchar(25) DEFAULT NULL,
  `userid` int(10) DEFAULT NULL,
  `agent` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`login_id`),
  KEY `user_name` (`user_name`),
  KEY `user_ip` (`user_ip`,`login_time`,`status`),
  KEY `userid` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `l_yf_userpass_history` */

CREATE TABLE `l_yf_userpass_history` (
  `pass` varchar(200) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `date` datetime NOT NULL,
  KEY `user_id` (`user_id`,`pass`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `l_yf_switch_users` */

CREATE TABLE `l_yf_switch_users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `status` varchar(10) NOT NULL,
  `baseid` int(10) NOT NULL,
  `destid` int(10) NOT NULL,
  `busername` varchar(50) NOT NULL,
  `dusername` varchar(50) NOT NULL,
  `ip` varchar(100) NOT NULL,
  `agent` varchar(500) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `baseid` (`baseid`),
  KEY `destid` (`destid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_modcomments` */

CREATE TABLE `vtiger_modcomments` (
  `modcommentsid` int(10) NOT NULL,
  `commentcontent` text DEFAULT NULL,
  `related_to` int(10) DEFAULT NULL,
  `parent_comments` int(10) DEFAULT NULL,
  `customer` int(11) DEFAULT NULL,
  `userid` int(10) DEFAULT NULL,
  `reasontoedit` varchar(100) DEFAULT NULL,
  `parents` text DEFAULT NULL,
  PRIMARY KEY (`modcommentsid`),
  KEY `relatedto_idx` (`related_to`),
  KEY `modcommentsid` (`modcommentsid`),
  KEY `parent_comments` (`parent_comments`),
  KEY `userid` (`userid`),
  KEY `related_to` (`related_to`,`parent_comments`),
  CONSTRAINT `vtiger_modcomments_modcommentsid_fk` FOREIGN KEY (`modcommentsid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_modtracker_basic` */

CREATE TABLE `vtiger_modtracker_basic` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `crmid` int(10) unsigned NOT NULL,
  `module` varchar(25) NOT NULL,
  `whodid` int(10) unsigned NOT NULL,
  `changedon` datetime NOT NULL,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `last_reviewed_users` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `crmidx` (`crmid`),
  KEY `idx` (`id`),
  KEY `id` (`id`,`module`,`changedon`),
  KEY `crmid` (`crmid`,`changedon`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_modtracker_detail` */

CREATE TABLE `vtiger_modtracker_detail` (
  `id` int(10) unsigned NOT NULL,
  `fieldname` varchar(50) NOT NULL,
  `prevalue` text DEFAULT NULL,
  `postvalue` text DEFAULT NULL,
  KEY `idx` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_ossmailview` */

CREATE TABLE `vtiger_ossmailview` (
  `ossmailviewid` int(10) NOT NULL,
  `ossmailview_no` varchar(50) DEFAULT NULL,
  `from_email` varchar(255) DEFAULT NULL,
  `to_email` text DEFAULT NULL,
  `subject` text DEFAULT NULL,
  `cc_email` text DEFAULT NULL,
  `bcc_email` text DEFAULT NULL,
  `reply_to_email` text DEFAULT NULL,
  `content` mediumtext DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `cid` char(64) DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `ossmailview_sendtype` varchar(30) DEFAULT NULL,
  `type` tinyint(1) unsigned DEFAULT NULL,
  `attachments_exist` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `id` int(10) unsigned DEFAULT NULL,
  `mbox` varchar(100) DEFAULT NULL,
  `rc_user` int(10) unsigned DEFAULT NULL,
  `from_id` text DEFAULT NULL,
  `to_id` text DEFAULT NULL,
  `orginal_mail` mediumtext DEFAULT NULL,
  `verify` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`ossmailviewid`),
  KEY `ossmailview_id_idx` (`id`),
  KEY `ossmailview_verify_idx` (`verify`),
  KEY `ossmailview_messageid_idx` (`uid`,`rc_user`),
  KEY `ossmailview_mbox_idx` (`mbox`),
  KEY `ossmailview_date_idx` (`date`),
  KEY `ossmailview_cid_idx` (`cid`),
  CONSTRAINT `fk_1_vtiger_ossmailview` FOREIGN KEY (`ossmailviewid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_callhistory` */

CREATE TABLE `vtiger_callhistory` (
  `callhistoryid` int(10) NOT NULL,
  `callhistorytype` varchar(255) DEFAULT NULL,
  `from_number` varchar(30) DEFAULT NULL,
  `to_number` varchar(30) DEFAULT NULL,
  `location` varchar(200) DEFAULT NULL,
  `phonecallid` varchar(100) DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `end_time` datetime DEFAULT NULL,
  `country` varchar(100) DEFAULT NULL,
  `imei` varchar(100) DEFAULT NULL,
  `ipaddress` varchar(100) DEFAULT NULL,
  `simserial` varchar(100) DEFAULT NULL,
  `subscriberid` varchar(100) DEFAULT NULL,
  `destination` int(10) DEFAULT NULL,
  `source` int(10) DEFAULT NULL,
  `from_number_extra` varchar(100) DEFAULT NULL,
  `to_number_extra` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`callhistoryid`),
  KEY `source` (`source`),
  KEY `destination` (`destination`),
  CONSTRAINT `vtiger_callhistory_ibfk_1` FOREIGN KEY (`callhistoryid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `u_yf_browsinghistory` */

CREATE TABLE `u_yf_browsinghistory` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `userid` int(10) NOT NULL,
  `date` datetime DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `url` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `browsinghistory_user_idx` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `w_yf_manage_consents_user` */

CREATE TABLE `w_yf_manage_consents_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `server_id` int(10) unsigned NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `token` char(64) NOT NULL,
  `type` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `login_time` datetime DEFAULT NULL,
  `language` varchar(10) DEFAULT NULL,
  `user_id` int(10) DEFAULT NULL,
  `custom_params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_uq` (`server_id`,`token`),
  CONSTRAINT `w_yf_manage_consents_user_fk1` FOREIGN KEY (`server_id`) REFERENCES `w_yf_servers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_osstimecontrol` */

CREATE TABLE `vtiger_osstimecontrol` (
  `osstimecontrolid` int(10) NOT NULL DEFAULT 0,
  `name` varchar(128) DEFAULT NULL,
  `osstimecontrol_no` varchar(255) DEFAULT NULL,
  `osstimecontrol_status` varchar(128) DEFAULT NULL,
  `date_start` date NOT NULL,
  `time_start` time DEFAULT NULL,
  `due_date` date DEFAULT NULL,
  `time_end` time DEFAULT NULL,
  `sum_time` decimal(10,2) DEFAULT 0.00,
  `deleted` tinyint(1) DEFAULT 0,
  `timecontrol_type` varchar(255) DEFAULT NULL,
  `process` int(10) DEFAULT NULL,
  `link` int(10) DEFAULT NULL,
  `subprocess` int(10) DEFAULT NULL,
  `linkextend` int(10) DEFAULT NULL,
  `subprocess_sl` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`osstimecontrolid`),
  KEY `on_update_cascade` (`deleted`),
  KEY `osstimecontrol_status_9` (`osstimecontrol_status`,`deleted`),
  KEY `osstimecontrol_status_6` (`osstimecontrol_status`),
  KEY `subprocess` (`subprocess`),
  KEY `link` (`link`),
  KEY `process` (`process`),
  KEY `linkextend` (`linkextend`),
  CONSTRAINT `vtiger_osstimecontrol` FOREIGN KEY (`osstimecontrolid`) REFERENCES `vtiger_crmentity` (`crmid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_leadsource` */

CREATE TABLE `vtiger_leadsource` (
  `leadsourceid` int(10) NOT NULL AUTO_INCREMENT,
  `leadsource` varchar(200) NOT NULL,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `picklist_valueid` int(10) NOT NULL DEFAULT 0,
  `sortorderid` int(10) DEFAULT NULL,
  PRIMARY KEY (`leadsourceid`),
  UNIQUE KEY `leadsource_valueid_idx` (`picklist_valueid`)
) ENGINE=InnoDB AUTO_INCREMENT=15 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_ticketpriorities` */

CREATE TABLE `vtiger_ticketpriorities` (
  `ticketpriorities_id` int(10) NOT NULL AUTO_INCREMENT,
  `ticketpriorities` varchar(200) DEFAULT NULL,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `picklist_valueid` int(10) NOT NULL DEFAULT 0,
  `sortorderid` int(10) DEFAULT NULL,
  `color` varchar(25) DEFAULT '	#E6FAD8',
  PRIMARY KEY (`ticketpriorities_id`),
  UNIQUE KEY `ticketpriorities_valueid_idx` (`picklist_valueid`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_salutationtype` */

CREATE TABLE `vtiger_salutationtype` (
  `salutationtypeid` int(10) NOT NULL AUTO_INCREMENT,
  `salutationtype` varchar(200) NOT NULL,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `picklist_valueid` int(10) NOT NULL DEFAULT 0,
  `sortorderid` int(10) DEFAULT NULL,
  PRIMARY KEY (`salutationtypeid`),
  UNIQUE KEY `salutationtype_valueid_idx` (`picklist_valueid`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_activitytype` */

CREATE TABLE `vtiger_activitytype` (
  `activitytypeid` int(10) NOT NULL AUTO_INCREMENT,
  `activitytype` varchar(200) NOT NULL,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `sortorderid` int(10) DEFAULT NULL,
  `color` varchar(25) DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`activitytypeid`),
  UNIQUE KEY `activitytype_activitytype_idx` (`activitytype`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_role` */

CREATE TABLE `vtiger_role` (
  `roleid` varchar(255) NOT NULL,
  `rolename` varchar(200) DEFAULT NULL,
  `parentrole` varchar(255) DEFAULT NULL,
  `depth` smallint(5) unsigned NOT NULL DEFAULT 0,
  `company` int(10) unsigned DEFAULT 0,
  `allowassignedrecordsto` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `changeowner` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `searchunpriv` text DEFAULT NULL,
  `clendarallorecords` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `listrelatedrecord` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `previewrelatedrecord` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `editrelatedrecord` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `permissionsrelatedfield` varchar(10) NOT NULL DEFAULT '0',
  `globalsearchadv` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `assignedmultiowner` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `auto_assign` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`roleid`),
  KEY `parentrole` (`parentrole`),
  KEY `parentrole_2` (`parentrole`,`depth`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_groups` */

CREATE TABLE `vtiger_groups` (
  `groupid` int(10) NOT NULL,
  `groupname` varchar(100) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `color` varchar(25) DEFAULT '#E6FAD8',
  `parentid` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`groupid`),
  UNIQUE KEY `groups_groupname_idx` (`groupname`),
  KEY `vtiger_groups_parentid_idx` (`parentid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `vtiger_tab` */

CREATE TABLE `vtiger_tab` (
  `tabid` smallint(5) NOT NULL DEFAULT 0,
  `name` varchar(25) NOT NULL,
  `presence` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `tabsequence` smallint(5) NOT NULL DEFAULT 0,
  `tablabel` varchar(25) NOT NULL,
  `customized` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `ownedby` tinyint(1) NOT NULL DEFAULT 0,
  `isentitytype` tinyint(1) NOT NULL DEFAULT 1,
  `version` varchar(10) DEFAULT NULL,
  `parent` varchar(30) DEFAULT NULL,
  `color` varchar(30) DEFAULT NULL,
  `coloractive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `type` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `premium` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`tabid`),
  UNIQUE KEY `tab_name_idx` (`name`),
  KEY `tab_tabid_idx` (`tabid`),
  KEY `name` (`name`,`presence`),
  KEY `presence` (`presence`),
  KEY `name_2` (`name`,`presence`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `a_yf_bruteforce` */

CREATE TABLE `a_yf_bruteforce` (
  `attempsnumber` tinyint(2) NOT NULL,
  `timelock` smallint(5) NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `sent` tinyint(1) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `s_yf_mail_smtp` */

CREATE TABLE `s_yf_mail_smtp` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `mailer_type` varchar(10) DEFAULT 'smtp',
  `default` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) NOT NULL,
  `port` smallint(5) unsigned DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(500) DEFAULT NULL,
  `authentication` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `secure` varchar(10) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `from_email` varchar(255) DEFAULT NULL,
  `from_name` varchar(255) DEFAULT NULL,
  `reply_to` varchar(255) DEFAULT NULL,
  `confirm_reading_to` varchar(255) DEFAULT NULL,
  `priority` varchar(255) DEFAULT NULL,
  `organization` varchar(255) DEFAULT NULL,
  `unsubscribe` varchar(255) DEFAULT NULL,
  `individual_delivery` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `params` text DEFAULT NULL,
  `save_send_mail` tinyint(1) DEFAULT 0,
  `smtp_host` varchar(255) DEFAULT NULL,
  `smtp_port` smallint(5) DEFAULT NULL,
  `smtp_username` varchar(255) DEFAULT NULL,
  `smtp_password` varchar(500) DEFAULT NULL,
  `smtp_folder` varchar(50) DEFAULT NULL,
  `smtp_validate_cert` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

SET FOREIGN_KEY_CHECKS=1;

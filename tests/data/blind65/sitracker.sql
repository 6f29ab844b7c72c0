-- SiT! (Support Incident Tracker): trimmed DDL from github.com/sitracker/sitracker setup-schema.php ($schema, new-install SQL), commit f4f430ac (GPL-2.0).
-- Table-name variables resolved with lib/tablenames.inc.php (empty prefix), loaded into MariaDB and dumped with mysqldump --no-data.
CREATE TABLE `users` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `username` varchar(50) DEFAULT NULL,
  `password` varchar(50) DEFAULT NULL,
  `realname` varchar(50) DEFAULT NULL,
  `roleid` int(5) NOT NULL DEFAULT 3,
  `groupid` int(5) DEFAULT NULL,
  `title` varchar(50) DEFAULT NULL,
  `signature` text DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `icq` varchar(15) NOT NULL DEFAULT '',
  `aim` varchar(25) NOT NULL DEFAULT '',
  `msn` varchar(70) NOT NULL DEFAULT '',
  `skype` varchar(70) NOT NULL DEFAULT '',
  `phone` varchar(50) DEFAULT NULL,
  `mobile` varchar(50) NOT NULL DEFAULT '',
  `fax` varchar(50) DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL,
  `message` varchar(150) DEFAULT NULL,
  `accepting` enum('No','Yes') DEFAULT 'Yes',
  `user_startdate` date DEFAULT NULL,
  `listadmin` tinytext DEFAULT NULL,
  `holiday_entitlement` float NOT NULL DEFAULT 0,
  `holiday_resetdate` date DEFAULT NULL,
  `qualifications` tinytext DEFAULT NULL,
  `dashboard` varchar(255) NOT NULL DEFAULT '0-3,1-1,1-2,2-4',
  `lastseen` datetime NOT NULL,
  `managerid` smallint(6) DEFAULT NULL,
  `user_source` varchar(32) NOT NULL DEFAULT 'sit',
  PRIMARY KEY (`id`),
  KEY `username` (`username`),
  KEY `accepting` (`accepting`),
  KEY `status` (`status`),
  KEY `groupid` (`groupid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notify_contactid` int(11) NOT NULL DEFAULT 0,
  `username` varchar(50) DEFAULT NULL,
  `password` varchar(50) DEFAULT NULL,
  `forenames` varchar(100) NOT NULL DEFAULT '',
  `surname` varchar(100) NOT NULL DEFAULT '',
  `jobtitle` varchar(255) DEFAULT NULL,
  `courtesytitle` varchar(50) DEFAULT NULL,
  `siteid` int(11) NOT NULL DEFAULT 0,
  `email` varchar(255) NOT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `fax` varchar(50) DEFAULT NULL,
  `department` varchar(255) DEFAULT NULL,
  `address1` varchar(255) DEFAULT NULL,
  `address2` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `dataprotection_email` enum('No','Yes') DEFAULT 'No',
  `dataprotection_phone` enum('No','Yes') DEFAULT 'No',
  `dataprotection_address` enum('No','Yes') DEFAULT 'No',
  `timestamp_added` int(11) DEFAULT NULL,
  `timestamp_modified` int(11) DEFAULT NULL,
  `notes` blob DEFAULT NULL,
  `active` enum('true','false') NOT NULL DEFAULT 'true',
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  `contact_source` varchar(32) NOT NULL DEFAULT 'sit',
  PRIMARY KEY (`id`),
  KEY `siteid` (`siteid`),
  KEY `username` (`username`),
  KEY `forenames` (`forenames`),
  KEY `surname` (`surname`),
  KEY `notify_contactid` (`notify_contactid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `department` varchar(255) DEFAULT NULL,
  `address1` varchar(255) NOT NULL,
  `address2` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `telephone` varchar(255) DEFAULT NULL,
  `fax` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `websiteurl` varchar(255) DEFAULT NULL,
  `notes` blob DEFAULT NULL,
  `typeid` int(5) NOT NULL DEFAULT 1,
  `freesupport` int(5) NOT NULL DEFAULT 0,
  `licenserx` int(5) NOT NULL DEFAULT 0,
  `ftnpassword` varchar(40) NOT NULL DEFAULT '',
  `owner` smallint(6) NOT NULL DEFAULT 0,
  `active` enum('true','false') NOT NULL DEFAULT 'true',
  PRIMARY KEY (`id`),
  KEY `typeid` (`typeid`),
  KEY `owner` (`owner`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `incidents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `escalationpath` int(11) DEFAULT NULL,
  `externalid` varchar(50) DEFAULT NULL,
  `externalengineer` varchar(80) NOT NULL DEFAULT '',
  `externalemail` varchar(255) NOT NULL DEFAULT '',
  `customerid` varchar(50) DEFAULT NULL,
  `ccemail` varchar(255) DEFAULT NULL,
  `title` varchar(150) DEFAULT NULL,
  `owner` smallint(6) DEFAULT NULL,
  `towner` smallint(6) NOT NULL DEFAULT 0,
  `contact` int(11) DEFAULT 0,
  `priority` tinyint(4) DEFAULT NULL,
  `servicelevel` varchar(32) DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL,
  `type` enum('Support','Sales','Other','Free') DEFAULT 'Support',
  `maintenanceid` int(11) NOT NULL DEFAULT 0,
  `product` int(11) DEFAULT NULL,
  `softwareid` int(5) NOT NULL DEFAULT 0,
  `productversion` varchar(50) DEFAULT NULL,
  `productservicepacks` varchar(100) DEFAULT NULL,
  `opened` int(11) DEFAULT NULL,
  `lastupdated` int(11) DEFAULT NULL,
  `timeofnextaction` int(11) DEFAULT 0,
  `closed` int(11) DEFAULT 0,
  `closingstatus` tinyint(4) DEFAULT NULL,
  `slaemail` tinyint(1) NOT NULL DEFAULT 0,
  `slanotice` tinyint(1) NOT NULL DEFAULT 0,
  `locked` tinyint(4) NOT NULL DEFAULT 0,
  `locktime` int(11) NOT NULL DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `type` (`type`),
  KEY `owner` (`owner`),
  KEY `status` (`status`),
  KEY `priority` (`priority`),
  KEY `timeofnextaction` (`timeofnextaction`),
  KEY `maintenanceid` (`maintenanceid`),
  KEY `softwareid` (`softwareid`),
  KEY `contact` (`contact`),
  KEY `title` (`title`),
  KEY `opened` (`opened`),
  KEY `closed` (`closed`),
  KEY `servicelevel` (`servicelevel`),
  KEY `lastupdated` (`lastupdated`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `updates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incidentid` int(11) DEFAULT NULL,
  `userid` smallint(6) DEFAULT NULL,
  `type` enum('default','editing','opening','email','reassigning','closing','reopening','auto','phonecallout','phonecallin','research','webupdate','emailout','emailin','externalinfo','probdef','solution','actionplan','slamet','reviewmet','tempassigning','auto_chase_email','auto_chase_phone','auto_chase_manager','auto_chased_phone','auto_chased_manager','auto_chase_managers_manager','customerclosurerequest','fromtask') DEFAULT 'default',
  `currentowner` tinyint(4) NOT NULL DEFAULT 0,
  `currentstatus` smallint(6) NOT NULL DEFAULT 0,
  `bodytext` text DEFAULT NULL,
  `timestamp` int(11) DEFAULT NULL,
  `nextaction` varchar(50) NOT NULL DEFAULT '',
  `customervisibility` enum('show','hide','unset') DEFAULT 'unset',
  `sla` enum('opened','initialresponse','probdef','actionplan','solution','closed') DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `currentowner` (`currentowner`,`currentstatus`),
  KEY `incidentid` (`incidentid`),
  KEY `timestamp` (`timestamp`),
  KEY `type` (`type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `tempincoming` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `arrived` datetime NOT NULL,
  `updateid` int(11) NOT NULL DEFAULT 0,
  `path` varchar(255) NOT NULL DEFAULT '',
  `incidentid` int(11) NOT NULL DEFAULT 0,
  `from` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `emailfrom` varchar(255) DEFAULT NULL,
  `locked` smallint(6) DEFAULT NULL,
  `lockeduntil` datetime DEFAULT NULL,
  `reason` varchar(255) DEFAULT NULL,
  `reason_user` int(11) NOT NULL,
  `reason_time` datetime NOT NULL,
  `reason_id` tinyint(1) DEFAULT 1,
  `incident_id` int(11) DEFAULT NULL,
  `contactid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `updateid` (`updateid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Temporary store for incoming attachment paths';
CREATE TABLE `sitecontacts` (
  `siteid` int(11) NOT NULL DEFAULT 0,
  `contactid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`siteid`,`contactid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `supportcontacts` (
  `maintenanceid` int(11) NOT NULL,
  `contactid` int(11) NOT NULL,
  PRIMARY KEY (`maintenanceid`,`contactid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `maintenance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site` int(11) DEFAULT NULL,
  `product` int(11) DEFAULT NULL,
  `reseller` int(11) DEFAULT NULL,
  `expirydate` int(11) DEFAULT NULL,
  `licence_quantity` int(11) DEFAULT NULL,
  `licence_type` int(11) DEFAULT NULL,
  `incident_quantity` int(5) NOT NULL DEFAULT 0,
  `incidents_used` int(5) NOT NULL DEFAULT 0,
  `notes` text DEFAULT NULL,
  `admincontact` int(11) DEFAULT NULL,
  `term` enum('no','yes') DEFAULT 'no',
  `servicelevel` varchar(32) NOT NULL,
  `incidentpoolid` int(11) NOT NULL DEFAULT 0,
  `supportedcontacts` int(255) NOT NULL DEFAULT 0,
  `allcontactssupported` enum('no','yes') NOT NULL DEFAULT 'no',
  `var_incident_visible_contacts` enum('yes','no') NOT NULL DEFAULT 'no',
  `var_incident_visible_all` enum('yes','no') NOT NULL DEFAULT 'no',
  `billingmatrix` varchar(32) DEFAULT NULL,
  `billingtype` varchar(32) DEFAULT NULL COMMENT 'Billing type used by contract e.g. unit, incident',
  PRIMARY KEY (`id`),
  KEY `site` (`site`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `holidays` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `type` int(11) NOT NULL DEFAULT 1,
  `length` enum('am','pm','day') NOT NULL DEFAULT 'day',
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `approvedby` smallint(6) NOT NULL DEFAULT 0,
  `date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userid` (`userid`),
  KEY `type` (`type`),
  KEY `approved` (`approved`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `journal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `timestamp` timestamp NOT NULL,
  `event` varchar(40) NOT NULL DEFAULT '',
  `bodytext` text NOT NULL,
  `journaltype` int(11) NOT NULL DEFAULT 0,
  `refid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `refid` (`refid`),
  KEY `userid` (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `timestamp` timestamp NOT NULL,
  `bodytext` text NOT NULL,
  `link` int(11) NOT NULL DEFAULT 0,
  `refid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `refid` (`refid`),
  KEY `userid` (`userid`),
  KEY `link` (`link`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `notices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` smallint(6) NOT NULL,
  `template` varchar(255) DEFAULT NULL,
  `type` tinyint(4) NOT NULL,
  `text` tinytext NOT NULL,
  `linktext` varchar(50) DEFAULT NULL,
  `link` varchar(100) NOT NULL,
  `referenceid` int(11) DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `durability` enum('sticky','session') NOT NULL DEFAULT 'sticky',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `priority` tinyint(4) DEFAULT NULL,
  `owner` smallint(6) NOT NULL DEFAULT 0,
  `duedate` datetime DEFAULT NULL,
  `startdate` datetime DEFAULT NULL,
  `enddate` datetime DEFAULT NULL,
  `completion` tinyint(4) DEFAULT NULL,
  `value` float(6,2) DEFAULT NULL,
  `distribution` enum('public','private','incident','event') NOT NULL DEFAULT 'public',
  `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `lastupdated` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `owner` (`owner`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `feedbackrespondents` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `formid` int(5) NOT NULL DEFAULT 0,
  `contactid` int(11) NOT NULL DEFAULT 0,
  `incidentid` int(11) NOT NULL DEFAULT 0,
  `email` varchar(255) NOT NULL DEFAULT '',
  `completed` enum('yes','no') NOT NULL DEFAULT 'no',
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `responseref` (`incidentid`),
  KEY `formid` (`formid`),
  KEY `contactid` (`contactid`),
  KEY `completed` (`completed`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `feedbackresults` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `respondentid` int(5) NOT NULL DEFAULT 0,
  `questionid` int(5) NOT NULL DEFAULT 0,
  `result` varchar(255) NOT NULL DEFAULT '',
  `resulttext` text DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `questionid` (`questionid`),
  KEY `respondentid` (`respondentid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `feedbackforms` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `introduction` text NOT NULL,
  `thanks` text NOT NULL,
  `description` text NOT NULL,
  `multi` enum('yes','no') NOT NULL DEFAULT 'no',
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `multi` (`multi`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `feedbackquestions` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `formid` int(5) NOT NULL DEFAULT 0,
  `question` varchar(255) NOT NULL DEFAULT '',
  `questiontext` text NOT NULL,
  `sectiontext` text NOT NULL,
  `taborder` int(5) NOT NULL DEFAULT 0,
  `type` varchar(255) NOT NULL DEFAULT 'text',
  `required` enum('true','false') NOT NULL DEFAULT 'false',
  `options` text NOT NULL,
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `taborder` (`taborder`),
  KEY `type` (`type`),
  KEY `formid` (`formid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `links` (
  `linktype` int(11) NOT NULL DEFAULT 0,
  `origcolref` int(11) NOT NULL DEFAULT 0,
  `linkcolref` int(11) NOT NULL DEFAULT 0,
  `direction` enum('left','right','bi') NOT NULL DEFAULT 'left',
  `userid` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`linktype`,`origcolref`,`linkcolref`),
  KEY `userid` (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `transactions` (
  `transactionid` int(11) NOT NULL AUTO_INCREMENT,
  `serviceid` int(11) NOT NULL,
  `totalunits` int(11) NOT NULL,
  `totalbillableunits` int(11) NOT NULL,
  `totalrefunds` int(11) NOT NULL,
  `amount` float NOT NULL,
  `description` varchar(255) NOT NULL,
  `userid` smallint(6) NOT NULL,
  `dateupdated` datetime NOT NULL,
  `transactionstatus` smallint(6) NOT NULL DEFAULT 5,
  PRIMARY KEY (`transactionid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `service` (
  `serviceid` int(11) NOT NULL AUTO_INCREMENT,
  `contractid` int(11) NOT NULL,
  `startdate` date NOT NULL,
  `enddate` date NOT NULL,
  `lastbilled` datetime NOT NULL,
  `creditamount` float NOT NULL DEFAULT 0,
  `balance` float NOT NULL DEFAULT 0,
  `rate` float NOT NULL,
  `priority` smallint(6) NOT NULL DEFAULT 0,
  `cust_ref` varchar(255) DEFAULT NULL,
  `cust_ref_date` date DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `notes` text NOT NULL,
  `foc` enum('yes','no') NOT NULL DEFAULT 'no' COMMENT 'Free of charge (customer not charged)',
  PRIMARY KEY (`serviceid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `userstatus` (
  `id` int(11) NOT NULL,
  `name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `usergroups` (
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `groupid` int(5) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`,`groupid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Links users with groups';
CREATE TABLE `userpermissions` (
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `permissionid` int(5) NOT NULL DEFAULT 0,
  `granted` enum('true','false') NOT NULL DEFAULT 'false',
  PRIMARY KEY (`userid`,`permissionid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `roles` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `rolename` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `rolepermissions` (
  `roleid` tinyint(4) NOT NULL DEFAULT 0,
  `permissionid` int(5) NOT NULL DEFAULT 0,
  `granted` enum('true','false') NOT NULL DEFAULT 'false',
  PRIMARY KEY (`roleid`,`permissionid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `permissions` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `categoryid` int(5) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `categoryid` (`categoryid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `groups` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `imageurl` varchar(255) NOT NULL DEFAULT '',
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='List of user groups';
CREATE TABLE `products` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendorid` int(5) NOT NULL DEFAULT 0,
  `name` varchar(50) DEFAULT NULL,
  `description` text NOT NULL,
  `active` enum('true','false') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vendorid` (`vendorid`),
  KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Current List of Products';
CREATE TABLE `software` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `vendorid` int(5) NOT NULL DEFAULT 0,
  `software` int(5) NOT NULL DEFAULT 0,
  `lifetime_start` date DEFAULT NULL,
  `lifetime_end` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Individual software products as they are supported';
CREATE TABLE `userconfig` (
  `userid` smallint(6) NOT NULL DEFAULT 0,
  `config` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`userid`,`config`),
  KEY `userid` (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='User configuration';
CREATE TABLE `contactconfig` (
  `contactid` int(11) NOT NULL DEFAULT 0,
  `config` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`contactid`,`config`),
  KEY `contactid` (`contactid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Contact configuration';
CREATE TABLE `drafts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` smallint(6) NOT NULL,
  `incidentid` int(11) NOT NULL,
  `type` enum('update','email') NOT NULL,
  `content` text NOT NULL,
  `meta` text NOT NULL,
  `lastupdate` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidentid` (`incidentid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category` enum('public','private','protected','ftp') NOT NULL DEFAULT 'public',
  `filename` varchar(255) DEFAULT '',
  `size` bigint(11) NOT NULL DEFAULT 0,
  `userid` int(11) NOT NULL DEFAULT 0,
  `usertype` enum('user','contact') NOT NULL DEFAULT 'user',
  `shortdescription` varchar(255) DEFAULT '',
  `longdescription` text DEFAULT NULL,
  `webcategory` varchar(255) DEFAULT '',
  `path` varchar(255) DEFAULT '',
  `downloads` int(11) NOT NULL DEFAULT 0,
  `filedate` datetime NOT NULL,
  `expiry` datetime DEFAULT NULL,
  `fileversion` varchar(50) DEFAULT '',
  `published` enum('yes','no') NOT NULL DEFAULT 'no',
  `created` datetime DEFAULT NULL,
  `createdby` smallint(6) DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `modifiedby` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userid` (`userid`),
  KEY `category` (`category`),
  KEY `filename` (`filename`),
  KEY `published` (`published`),
  KEY `webcategory` (`webcategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `inventory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `siteid` int(11) NOT NULL,
  `contactid` int(11) NOT NULL,
  `address` varchar(255) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `notes` text DEFAULT NULL,
  `createdby` smallint(6) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `modifiedby` smallint(6) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `privacy` enum('none','adminonly','private') NOT NULL DEFAULT 'none',
  PRIMARY KEY (`id`),
  KEY `siteid` (`siteid`,`contactid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `incidentstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `ext_name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `priority` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Used in incidents.php';
CREATE TABLE `servicelevels` (
  `tag` varchar(32) NOT NULL DEFAULT '',
  `priority` int(5) NOT NULL DEFAULT 0,
  `initial_response_mins` int(11) NOT NULL DEFAULT 0,
  `prob_determ_mins` int(11) NOT NULL DEFAULT 0,
  `action_plan_mins` int(11) NOT NULL DEFAULT 0,
  `resolution_days` float(5,2) NOT NULL DEFAULT 0.00,
  `contact_days` int(11) NOT NULL DEFAULT 0,
  `review_days` int(11) NOT NULL DEFAULT 365,
  `timed` enum('yes','no') NOT NULL DEFAULT 'no',
  `allow_reopen` enum('yes','no') NOT NULL DEFAULT 'yes' COMMENT 'Allow incidents to be reopened?',
  `active` enum('true','false') NOT NULL DEFAULT 'true',
  PRIMARY KEY (`tag`,`priority`),
  KEY `review_days` (`review_days`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `closingstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `sitetypes` (
  `typeid` int(5) NOT NULL AUTO_INCREMENT,
  `typename` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`typeid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `tempassigns` (
  `incidentid` int(5) NOT NULL DEFAULT 0,
  `originalowner` smallint(6) NOT NULL DEFAULT 0,
  `userstatus` tinyint(4) NOT NULL DEFAULT 1,
  `assigned` enum('yes','no') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`incidentid`,`originalowner`),
  KEY `assigned` (`assigned`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `scheduler` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(50) NOT NULL,
  `params` varchar(255) NOT NULL,
  `paramslabel` varchar(255) DEFAULT NULL,
  `description` tinytext NOT NULL,
  `status` enum('enabled','disabled') NOT NULL DEFAULT 'enabled',
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `type` enum('interval','date') NOT NULL DEFAULT 'interval',
  `interval` int(11) NOT NULL,
  `date_type` enum('month','year') NOT NULL COMMENT 'For type date the type',
  `date_offset` int(11) NOT NULL DEFAULT 0 COMMENT 'off set into the period',
  `date_time` time DEFAULT NULL COMMENT 'Time to perform action',
  `laststarted` datetime DEFAULT NULL,
  `lastran` datetime DEFAULT NULL,
  `success` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `job` (`action`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

-- Easy-WI (github.com/easy-wi/developer, GPL-3.0), commit 98aa05977f5ac34bc82f3ff87007e9f079f8c731.
-- Upstream keeps no SQL file: the installer (install/install.php -> Tables::createMissingTables() in
-- stuff/methods/class_tables.php) builds each table from the column arrays of stuff/data/table_*.php
-- (SHOW COLUMNS rows: Type, Null, Key, Default, Extra). This file is that generator's output, run with PHP on the
-- 82 definitions: column order, types, NULL/DEFAULT clauses, PRIMARY KEY and unnamed KEY (`col`) indexes as the
-- installer writes them; upstream declares no foreign keys. Twelve tables left out (see easywi.md):
-- easywi_statistics, easywi_statistics_current, traffic_settings, usergroups, userpermissions, lendsettings,
-- page_settings, servertypes, voice_masterserver, rootsPXE, rootsDHCP, feeds_settings.

CREATE TABLE `addons` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'N',
  `paddon` enum('Y','N') NULL DEFAULT 'N',
  `addon` varchar(255) NOT NULL DEFAULT '',
  `type` enum('tool','map') NULL DEFAULT 'tool',
  `folder` varchar(255) NULL DEFAULT NULL,
  `menudescription` varchar(255) NOT NULL DEFAULT '',
  `configs` text NULL DEFAULT NULL,
  `cmd` text NULL DEFAULT NULL,
  `rmcmd` text NULL DEFAULT NULL,
  `depending` int(10) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `addons_allowed` (
  `addon_id` int(10) unsigned NOT NULL DEFAULT 0,
  `servertype_id` int(10) unsigned NOT NULL DEFAULT 0,
  `reseller_id` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`addon_id`,`servertype_id`),
  KEY (`reseller_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `addons_installed` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `addonid` int(10) unsigned NOT NULL DEFAULT 0,
  `serverid` int(10) unsigned NOT NULL DEFAULT 0,
  `servertemplate` smallint(1) unsigned NULL DEFAULT 1,
  `paddon` enum('Y','N') NULL DEFAULT 'N',
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`userid`),
  KEY (`addonid`),
  KEY (`serverid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_external_auth` (
  `active` enum('Y','N') NOT NULL DEFAULT 'N',
  `ssl` enum('Y','N') NOT NULL DEFAULT 'N',
  `user` varchar(255) NOT NULL DEFAULT '',
  `pwd` blob NULL DEFAULT NULL,
  `domain` varchar(255) NOT NULL DEFAULT '',
  `file` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`domain`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_import` (
  `importID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `fetchUpdates` enum('Y','N') NOT NULL DEFAULT 'Y',
  `token` varchar(255) NOT NULL DEFAULT '',
  `chunkSize` int(11) unsigned NOT NULL DEFAULT 100,
  `ssl` enum('Y','N') NOT NULL DEFAULT 'N',
  `domain` varchar(255) NOT NULL DEFAULT '',
  `file` varchar(255) NOT NULL DEFAULT '',
  `groupID` int(10) unsigned NULL DEFAULT NULL,
  `lastID` varchar(255) NULL DEFAULT NULL,
  `lastCheck` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`importID`),
  KEY (`groupID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_ips` (
  `ip` varchar(15) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`ip`,`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_settings` (
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  `userID` int(10) unsigned NULL DEFAULT NULL,
  `active` enum('Y','N') NOT NULL DEFAULT 'N',
  `user` varchar(255) NOT NULL DEFAULT '',
  `salt` blob NULL DEFAULT NULL,
  `pwd` blob NULL DEFAULT NULL,
  PRIMARY KEY (`resellerID`),
  KEY (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `badips` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `badip` varchar(15) NOT NULL DEFAULT '',
  `bantime` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `failcount` smallint(2) unsigned NULL DEFAULT 0,
  `reason` varchar(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `custom_columns` (
  `customID` int(10) unsigned NOT NULL DEFAULT 0,
  `itemID` int(10) unsigned NOT NULL DEFAULT 0,
  `var` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`customID`,`itemID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `custom_columns_settings` (
  `customID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `item` enum('D','G','S','T','U','V') NOT NULL DEFAULT 'D',
  `type` enum('I','V') NOT NULL DEFAULT 'I',
  `length` int(10) unsigned NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`customID`),
  KEY (`item`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `eac` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'N',
  `ip` varchar(15) NULL DEFAULT NULL,
  `port` blob NULL DEFAULT NULL,
  `user` blob NULL DEFAULT NULL,
  `pass` blob NULL DEFAULT NULL,
  `publickey` enum('B','Y','N') NULL DEFAULT NULL,
  `keyname` varchar(255) NULL DEFAULT NULL,
  `cfgdir` varchar(255) NULL DEFAULT NULL,
  `normal_3` enum('Y','N') NULL DEFAULT 'Y',
  `normal_4` enum('Y','N') NULL DEFAULT 'Y',
  `hlds_3` enum('Y','N') NULL DEFAULT 'Y',
  `hlds_4` enum('Y','N') NULL DEFAULT 'Y',
  `hlds_5` enum('Y','N') NULL DEFAULT 'Y',
  `hlds_6` enum('Y','N') NULL DEFAULT 'Y',
  `type` enum('M','S') NULL DEFAULT 'S',
  `mysql_server` varchar(255) NULL DEFAULT NULL,
  `mysql_port` int(5) unsigned NULL DEFAULT NULL,
  `mysql_db` varchar(255) NULL DEFAULT NULL,
  `mysql_table` varchar(255) NULL DEFAULT NULL,
  `mysql_user` varchar(255) NULL DEFAULT NULL,
  `mysql_password` blob NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `easywi_version` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `version` varchar(10) NOT NULL DEFAULT '6.1.5',
  `de` text NULL DEFAULT NULL,
  `en` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `feeds_news` (
  `newsID` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `feedID` int(10) unsigned NOT NULL DEFAULT 0,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `title` varchar(255) NOT NULL DEFAULT '',
  `link` text NULL DEFAULT NULL,
  `pubDate` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` text NULL DEFAULT NULL,
  `content` text NULL DEFAULT NULL,
  `author` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`newsID`),
  KEY (`feedID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `feeds_url` (
  `feedID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `twitter` enum('Y','N') NULL DEFAULT 'N',
  `feedUrl` varchar(255) NULL DEFAULT NULL,
  `loginName` varchar(255) NULL DEFAULT NULL,
  `modified` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`feedID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `gserver_file_templates` (
  `templateID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userID` int(10) unsigned NULL DEFAULT NULL,
  `servertype` varchar(255) NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `content` text NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`templateID`),
  KEY (`userID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `gserver_restarts` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `template` smallint(1) unsigned NOT NULL DEFAULT 0,
  `anticheat` smallint(1) unsigned NULL DEFAULT 1,
  `protected` enum('Y','N') NULL DEFAULT 'N',
  `backup` enum('Y','N') NULL DEFAULT 'N',
  `upload` enum('Y','N') NULL DEFAULT 'N',
  `worldsafe` enum('Y','N') NULL DEFAULT 'N',
  `restart` enum('Y','N') NULL DEFAULT 'Y',
  `restarttime` varchar(6) NULL DEFAULT NULL,
  `switchID` int(10) unsigned NULL DEFAULT NULL,
  `gsswitch` varchar(255) NULL DEFAULT NULL,
  `map` varchar(30) NULL DEFAULT NULL,
  `mapGroup` varchar(255) NULL DEFAULT NULL,
  `userid` int(10) unsigned NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`switchID`),
  KEY (`userid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `gsswitch` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NULL DEFAULT NULL,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `type` enum('A','G') NOT NULL DEFAULT 'G',
  `autoRestart` enum('Y','N') NULL DEFAULT 'Y',
  `updateRestart` enum('Y','N') NULL DEFAULT 'Y',
  `userid` int(10) unsigned NULL DEFAULT 0,
  `rootID` int(10) unsigned NULL DEFAULT 0,
  `homeLabel` varchar(255) NULL DEFAULT 'home',
  `serverid` int(10) unsigned NULL DEFAULT 0,
  `lendserver` enum('Y','N') NULL DEFAULT 'N',
  `backup` enum('Y','N') NULL DEFAULT 'N',
  `stopped` enum('Y','N') NULL DEFAULT 'N',
  `running` enum('Y','N') NOT NULL DEFAULT 'Y',
  `pallowed` enum('Y','N') NOT NULL DEFAULT 'N',
  `eacallowed` enum('Y','N') NOT NULL DEFAULT 'N',
  `protected` enum('Y','N') NOT NULL DEFAULT 'N',
  `brandname` enum('Y','N') NULL DEFAULT 'N',
  `tvenable` enum('Y','N') NOT NULL DEFAULT 'N',
  `war` enum('Y','N') NOT NULL DEFAULT 'Y',
  `ftppassword` blob NULL DEFAULT NULL,
  `ppassword` blob NULL DEFAULT NULL,
  `psince` timestamp NULL DEFAULT NULL,
  `serverip` varchar(255) NOT NULL DEFAULT '',
  `port` smallint(5) unsigned NULL DEFAULT NULL,
  `port2` smallint(5) unsigned NULL DEFAULT NULL,
  `port3` smallint(5) unsigned NULL DEFAULT NULL,
  `port4` smallint(5) unsigned NULL DEFAULT NULL,
  `port5` smallint(5) unsigned NULL DEFAULT NULL,
  `minram` int(10) unsigned NULL DEFAULT 0,
  `maxram` int(10) unsigned NULL DEFAULT 0,
  `slots` smallint(4) unsigned NULL DEFAULT NULL,
  `masterfdl` enum('Y','N') NOT NULL DEFAULT 'Y',
  `mfdldata` varchar(255) NULL DEFAULT NULL,
  `taskset` enum('Y','N') NULL DEFAULT 'N',
  `cores` varchar(255) NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `secnotified` int(11) unsigned NULL DEFAULT 0,
  `newlayout` enum('Y','N') NULL DEFAULT 'Y',
  `queryName` varchar(255) NOT NULL DEFAULT '',
  `queryNumplayers` smallint(3) unsigned NOT NULL DEFAULT 0,
  `queryMaxplayers` smallint(3) unsigned NOT NULL DEFAULT 0,
  `queryMap` varchar(40) NOT NULL DEFAULT '',
  `queryPassword` enum('Y','N') NOT NULL DEFAULT 'Y',
  `queryUpdatetime` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `externalID` varchar(255) NULL DEFAULT '0',
  `sourceSystemID` varchar(255) NULL DEFAULT NULL,
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `hdd` int(10) unsigned NULL DEFAULT 0,
  `hddUsage` int(10) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`userid`),
  KEY (`rootID`),
  KEY (`serverid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `imprints` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `language` varchar(2) NOT NULL DEFAULT '',
  `imprint` text NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `jobs` (
  `jobID` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `hostID` int(10) unsigned NULL DEFAULT 0,
  `affectedID` int(10) unsigned NULL DEFAULT 0,
  `userID` int(10) unsigned NULL DEFAULT 0,
  `invoicedByID` int(10) unsigned NULL DEFAULT 0,
  `api` enum('A','U','S') NOT NULL DEFAULT 'A',
  `type` varchar(2) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `status` smallint(1) unsigned NULL DEFAULT 0,
  `action` varchar(2) NOT NULL DEFAULT '',
  `date` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `extraData` text NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`jobID`),
  KEY (`hostID`),
  KEY (`affectedID`),
  KEY (`userID`),
  KEY (`invoicedByID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `lendedserver` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `serverid` int(10) unsigned NOT NULL DEFAULT 0,
  `servertype` varchar(1) NOT NULL DEFAULT 'g',
  `rcon` varchar(60) NULL DEFAULT NULL,
  `password` varchar(20) NULL DEFAULT NULL,
  `slots` smallint(3) unsigned NULL DEFAULT NULL,
  `started` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `lendtime` smallint(4) unsigned NOT NULL DEFAULT 0,
  `lenderip` varchar(15) NULL DEFAULT NULL,
  `ftpuploadpath` blob NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`serverid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `lendstats` (
  `lendDate` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `serverID` int(10) unsigned NOT NULL DEFAULT 0,
  `serverType` enum('v','g') NOT NULL DEFAULT 'g',
  `lendtime` smallint(3) unsigned NOT NULL DEFAULT 0,
  `slots` smallint(3) unsigned NOT NULL DEFAULT 0,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`lendDate`,`serverID`,`serverType`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mail_log` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `uid` int(10) unsigned NULL DEFAULT NULL,
  `topic` varchar(255) NOT NULL DEFAULT '',
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`uid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `modules` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `get` varchar(255) NOT NULL DEFAULT '',
  `file` varchar(255) NOT NULL DEFAULT '',
  `sub` varchar(2) NOT NULL DEFAULT '',
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `type` enum('A','C','P','U') NULL DEFAULT 'A',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mysql_external_dbs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `sid` int(10) unsigned NOT NULL DEFAULT 0,
  `uid` int(10) unsigned NOT NULL DEFAULT 0,
  `dbname` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) NULL DEFAULT NULL,
  `password` blob NULL DEFAULT NULL,
  `ips` text NULL DEFAULT NULL,
  `manage_host_table` enum('Y','N') NULL DEFAULT 'N',
  `max_databases` bigint(19) unsigned NULL DEFAULT 100,
  `max_queries_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_updates_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_connections_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_userconnections_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `dbSize` int(10) unsigned NULL DEFAULT 0,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`sid`),
  KEY (`uid`),
  KEY (`externalID`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mysql_external_servers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `ip` varchar(15) NOT NULL DEFAULT '',
  `port` smallint(5) unsigned NULL DEFAULT 3306,
  `user` varchar(255) NOT NULL DEFAULT '',
  `password` blob NULL DEFAULT NULL,
  `connect_ip_only` enum('Y','N') NOT NULL DEFAULT 'N',
  `external_address` varchar(255) NULL DEFAULT NULL,
  `max_databases` bigint(19) unsigned NULL DEFAULT 100,
  `interface` varchar(255) NULL DEFAULT NULL,
  `max_queries_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_updates_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_connections_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `max_userconnections_per_hour` bigint(19) unsigned NULL DEFAULT 0,
  `description` varchar(255) NULL DEFAULT NULL,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`externalID`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_comments` (
  `commentID` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `pageTextID` int(10) unsigned NOT NULL DEFAULT 0,
  `replyTo` bigint(19) unsigned NULL DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `comment` text NULL DEFAULT NULL,
  `authorname` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `homepage` varchar(255) NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `dns` varchar(255) NULL DEFAULT NULL,
  `markedSpam` enum('Y','N') NULL DEFAULT 'N',
  `spamReason` varchar(255) NULL DEFAULT NULL,
  `moderateAccepted` enum('Y','N') NULL DEFAULT 'N',
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`commentID`),
  KEY (`pageTextID`),
  KEY (`replyTo`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_downloads` (
  `fileID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `external` enum('Y','N') NULL DEFAULT 'N',
  `externalURL` varchar(255) NULL DEFAULT NULL,
  `show` enum('A','R','N','E') NULL DEFAULT 'E',
  `order` int(10) unsigned NOT NULL DEFAULT 0,
  `count` int(10) unsigned NOT NULL DEFAULT 0,
  `description` varchar(255) NULL DEFAULT NULL,
  `fileExtension` varchar(255) NULL DEFAULT NULL,
  `fileName` varchar(255) NULL DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`fileID`),
  KEY (`order`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_downloads_log` (
  `fileID` int(10) unsigned NOT NULL DEFAULT 0,
  `date` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `ip` varchar(15) NULL DEFAULT NULL,
  `hostname` varchar(255) NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  KEY (`fileID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_pages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `subpage` int(10) unsigned NULL DEFAULT NULL,
  `released` smallint(1) unsigned NULL DEFAULT 1,
  `sort` int(10) unsigned NULL DEFAULT 0,
  `authorid` int(10) unsigned NULL DEFAULT NULL,
  `authorname` varchar(255) NULL DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `type` varchar(10) NULL DEFAULT NULL,
  `img` varchar(255) NULL DEFAULT NULL,
  `comments` enum('Y','N') NULL DEFAULT 'N',
  `naviDisplay` enum('Y','N') NULL DEFAULT 'Y',
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`subpage`),
  KEY (`authorid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_pages_text` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pageid` int(10) unsigned NOT NULL DEFAULT 0,
  `language` varchar(2) NOT NULL DEFAULT '',
  `title` varchar(255) NULL DEFAULT NULL,
  `shortlink` varchar(255) NULL DEFAULT NULL,
  `text` text NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`pageid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_register_questions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `question` varchar(255) NULL DEFAULT NULL,
  `answer` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_terms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `language` varchar(2) NOT NULL DEFAULT '',
  `name` varchar(255) NULL DEFAULT NULL,
  `search_name` varchar(255) NULL DEFAULT NULL,
  `type` varchar(255) NULL DEFAULT NULL,
  `sub` int(10) unsigned NULL DEFAULT 0,
  `count` int(10) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `page_terms_used` (
  `page_id` int(10) unsigned NOT NULL DEFAULT 0,
  `term_id` int(10) unsigned NOT NULL DEFAULT 0,
  `language_id` int(10) unsigned NOT NULL DEFAULT 0,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`page_id`,`term_id`,`language_id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `resellerdata` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `useractive` enum('Y','N') NOT NULL DEFAULT 'Y',
  `ips` text NULL DEFAULT NULL,
  `maxuser` int(10) unsigned NULL DEFAULT 0,
  `maxgserver` int(10) unsigned NULL DEFAULT 0,
  `maxvoserver` int(10) unsigned NULL DEFAULT 0,
  `maxdedis` int(10) unsigned NULL DEFAULT 0,
  `maxvserver` int(10) unsigned NULL DEFAULT 0,
  `maxuserram` int(10) NULL DEFAULT NULL,
  `maxusermhz` int(10) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  `resellersid` int(10) unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY (`resellerid`),
  KEY (`resellersid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `resellerimages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `distro` varchar(50) NOT NULL DEFAULT '',
  `description` varchar(255) NOT NULL DEFAULT '',
  `bitversion` smallint(2) unsigned NOT NULL DEFAULT 0,
  `pxelinux` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rootsDedicated` (
  `dedicatedID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `status` smallint(1) unsigned NULL DEFAULT NULL,
  `userID` int(10) unsigned NULL DEFAULT NULL,
  `imageID` int(10) unsigned NULL DEFAULT NULL,
  `pxeID` int(10) unsigned NULL DEFAULT NULL,
  `resellerImageID` int(10) unsigned NULL DEFAULT 0,
  `description` text NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `ips` text NULL DEFAULT NULL,
  `initialPass` blob NULL DEFAULT NULL,
  `restart` enum('N','A','T') NULL DEFAULT 'N',
  `useDHCP` enum('Y','N') NULL DEFAULT 'N',
  `usePXE` enum('Y','N') NULL DEFAULT 'N',
  `apiRequestType` enum('P','G') NULL DEFAULT 'G',
  `apiRequestRestart` text NULL DEFAULT NULL,
  `apiRequestStop` text NULL DEFAULT NULL,
  `apiURL` text NULL DEFAULT NULL,
  `https` enum('Y','N') NULL DEFAULT 'N',
  `mac` varchar(17) NULL DEFAULT NULL,
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `externalID` varchar(255) NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`dedicatedID`),
  KEY (`userID`),
  KEY (`imageID`),
  KEY (`pxeID`),
  KEY (`externalID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rootsIP4` (
  `subnetID` int(10) unsigned NOT NULL DEFAULT 0,
  `ip` varchar(15) NOT NULL DEFAULT '',
  `ownerID` int(10) unsigned NULL DEFAULT 0,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`subnetID`,`ip`),
  KEY (`ownerID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rootsSubnets` (
  `subnetID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `dhcpServer` int(10) unsigned NOT NULL DEFAULT 0,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `subnet` varchar(11) NULL DEFAULT NULL,
  `subnetStart` smallint(3) unsigned NOT NULL DEFAULT 1,
  `subnetStop` smallint(3) unsigned NOT NULL DEFAULT 254,
  `subnetOptions` text NULL DEFAULT NULL,
  `netmask` varchar(15) NULL DEFAULT NULL,
  `vlan` enum('Y','N') NULL DEFAULT 'Y',
  `vlanName` varchar(255) NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`subnetID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rserverdata` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `hyperthreading` enum('Y','N') NULL DEFAULT 'N',
  `cores` smallint(3) unsigned NULL DEFAULT 4,
  `hostid` int(10) unsigned NULL DEFAULT 0,
  `connect_ip_only` enum('Y','N') NOT NULL DEFAULT 'N',
  `ip` varchar(255) NOT NULL DEFAULT '',
  `altips` text NULL DEFAULT NULL,
  `port` blob NULL DEFAULT NULL,
  `user` blob NULL DEFAULT NULL,
  `pass` blob NULL DEFAULT NULL,
  `steamAccount` blob NULL DEFAULT NULL,
  `steamPassword` blob NULL DEFAULT NULL,
  `os` enum('W','L') NULL DEFAULT NULL,
  `bitversion` varchar(255) NOT NULL DEFAULT '',
  `ram` int(7) unsigned NULL DEFAULT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `ftpport` smallint(5) unsigned NOT NULL DEFAULT 21,
  `publickey` enum('B','Y','N') NOT NULL DEFAULT 'Y',
  `keyname` varchar(255) NULL DEFAULT NULL,
  `maxslots` smallint(5) unsigned NULL DEFAULT NULL,
  `maxserver` smallint(4) unsigned NULL DEFAULT NULL,
  `install_paths` text NULL DEFAULT NULL,
  `quota_active` enum('Y','N') NULL DEFAULT 'N',
  `quota_cmd` varchar(255) NULL DEFAULT NULL,
  `repquota_cmd` varchar(255) NULL DEFAULT NULL,
  `blocksize` int(10) unsigned NULL DEFAULT 4096,
  `inode_block_ratio` int(10) unsigned NULL DEFAULT 4,
  `config_log_time` smallint(3) unsigned NULL DEFAULT 7,
  `config_demo_time` smallint(3) unsigned NULL DEFAULT 365,
  `config_ztmp_time` smallint(3) unsigned NULL DEFAULT 0,
  `config_bad_time` smallint(3) unsigned NULL DEFAULT 0,
  `config_user_id` smallint(10) unsigned NULL DEFAULT 1000,
  `config_ionice` enum('Y','N') NULL DEFAULT 'Y',
  `config_binaries` varchar(255) NULL DEFAULT 'srcds_run,srcds_linux,hlds_run,hlds_amd,hlds_i686,ucc-bin,ucc-bin-real',
  `config_files` varchar(255) NULL DEFAULT '*/cfg/valve.rc',
  `config_bad_files` varchar(255) NULL DEFAULT 'zip,rar,7zip,bz2',
  `updates` smallint(1) unsigned NULL DEFAULT 1,
  `updateMinute` smallint(2) unsigned NULL DEFAULT NULL,
  `alreadyStartedAt` smallint(2) unsigned NULL DEFAULT 0,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `userID` int(10) unsigned NULL DEFAULT 0,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `sourceSystemID` varchar(255) NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`hostid`),
  KEY (`userID`),
  KEY (`externalID`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `rservermasterg` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `serverid` varchar(11) NOT NULL DEFAULT '',
  `servertypeid` int(10) unsigned NULL DEFAULT NULL,
  `localVersion` varchar(255) NULL DEFAULT NULL,
  `installing` enum('Y','N') NULL DEFAULT 'N',
  `updating` enum('Y','N') NULL DEFAULT 'N',
  `installstarted` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`servertypeid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `serverlist` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `switchID` int(10) unsigned NOT NULL DEFAULT 0,
  `servertype` int(10) unsigned NOT NULL DEFAULT 0,
  `anticheat` smallint(1) unsigned NULL DEFAULT 1,
  `servertemplate` smallint(1) unsigned NULL DEFAULT 1,
  `fps` varchar(5) NULL DEFAULT NULL,
  `map` varchar(255) NULL DEFAULT NULL,
  `mapGroup` varchar(255) NULL DEFAULT NULL,
  `workShop` enum('Y','N') NOT NULL DEFAULT 'N',
  `workshopCollection` int(10) unsigned NULL DEFAULT 0,
  `webapiAuthkey` blob NULL DEFAULT NULL,
  `steamServerToken` blob NULL DEFAULT NULL,
  `cmd` text NULL DEFAULT NULL,
  `modcmd` text NULL DEFAULT NULL,
  `tic` varchar(5) NULL DEFAULT NULL,
  `gamemod` enum('Y','N') NOT NULL DEFAULT 'N',
  `gamemod2` varchar(15) NULL DEFAULT NULL,
  `owncmd` enum('Y','N') NULL DEFAULT 'N',
  `userfps` enum('Y','N') NULL DEFAULT 'N',
  `usertick` enum('Y','N') NULL DEFAULT 'N',
  `usermap` enum('Y','N') NULL DEFAULT 'Y',
  `userconfig` enum('Y','N') NULL DEFAULT 'Y',
  `user_uploaddir` enum('Y','N') NULL DEFAULT 'N',
  `upload` smallint(1) unsigned NULL DEFAULT 0,
  `uploaddir` blob NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`switchID`),
  KEY (`servertype`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `version` varchar(10) NULL DEFAULT '6.1.5',
  `favicon` varchar(100) NULL DEFAULT 'images/favicon.ico',
  `header_icon` varchar(100) NULL DEFAULT 'logo_180px.png',
  `header_text` varchar(100) NULL DEFAULT 'Easy-Wi',
  `header_href` varchar(100) NULL DEFAULT 'https://easy-wi.com',
  `language` varchar(2) NOT NULL DEFAULT '',
  `template` varchar(50) NULL DEFAULT 'default',
  `templateColor` varchar(50) NULL DEFAULT 'blue',
  `imageserver` text NULL DEFAULT NULL,
  `cronjob_ips` text NULL DEFAULT NULL,
  `master` enum('Y','N') NOT NULL DEFAULT 'N',
  `voice_autobackup` enum('Y','N') NULL DEFAULT 'Y',
  `voice_autobackup_intervall` smallint(5) unsigned NULL DEFAULT 5,
  `voice_maxbackup` smallint(5) unsigned NULL DEFAULT 5,
  `prefix1` enum('Y','N') NOT NULL DEFAULT 'Y',
  `prefix2` varchar(15) NOT NULL DEFAULT '',
  `faillogins` smallint(2) unsigned NOT NULL DEFAULT 5,
  `brandname` varchar(50) NULL DEFAULT NULL,
  `timezone` varchar(3) NULL DEFAULT '0',
  `supportnumber` varchar(100) NULL DEFAULT NULL,
  `noservertag` smallint(1) unsigned NOT NULL DEFAULT 1,
  `nopassword` smallint(1) unsigned NOT NULL DEFAULT 1,
  `tohighslots` smallint(1) unsigned NOT NULL DEFAULT 1,
  `paneldomain` varchar(255) NULL DEFAULT NULL,
  `down_checks` smallint(5) unsigned NULL DEFAULT 2,
  `developer` enum('Y','N') NULL DEFAULT 'N',
  `lastUpdateRun` smallint(2) unsigned NULL DEFAULT NULL,
  `lastCronStatus` int(11) unsigned NULL DEFAULT NULL,
  `lastCronWarnStatus` enum('Y','N') NOT NULL DEFAULT 'Y',
  `lastCronReboot` int(11) unsigned NULL DEFAULT NULL,
  `lastCronWarnReboot` enum('Y','N') NOT NULL DEFAULT 'Y',
  `lastCronUpdates` int(11) unsigned NULL DEFAULT NULL,
  `lastCronWarnUpdates` enum('Y','N') NOT NULL DEFAULT 'Y',
  `lastCronJobs` int(11) unsigned NULL DEFAULT NULL,
  `lastCronWarnJobs` enum('Y','N') NOT NULL DEFAULT 'Y',
  `lastCronCloud` int(11) unsigned NULL DEFAULT NULL,
  `lastCronWarnCloud` enum('Y','N') NOT NULL DEFAULT 'Y',
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  `login_header_text` varchar(255) NULL DEFAULT 'Easy-Wi',
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `settings_email` (
  `reseller_id` int(10) unsigned NOT NULL DEFAULT 0,
  `email_setting_name` varchar(255) NOT NULL DEFAULT '',
  `email_setting_value` text NULL DEFAULT NULL,
  PRIMARY KEY (`reseller_id`,`email_setting_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `settings_email_category` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `reseller_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `settings_email_template` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `reseller_id` int(10) unsigned NOT NULL DEFAULT 0,
  `language` varchar(2) NOT NULL DEFAULT '',
  `active` varchar(1) NOT NULL DEFAULT 'Y',
  `category` int(10) unsigned NOT NULL DEFAULT 0,
  `email_setting_name` varchar(255) NOT NULL DEFAULT '',
  `subject` varchar(255) NOT NULL DEFAULT '',
  `email_body` text NULL,
  `ccmailing` varchar(255) NOT NULL DEFAULT '',
  `bccmailing` varchar(255) NOT NULL DEFAULT '',
  `attachments` text NULL,
  PRIMARY KEY (`id`),
  KEY (`reseller_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ticket_topics` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `topic` varchar(30) NOT NULL DEFAULT '',
  `maintopic` int(10) unsigned NULL DEFAULT 0,
  `priority` smallint(1) unsigned NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tickets` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `writedate` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `topic` varchar(30) NULL DEFAULT NULL,
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `rating` smallint(1) unsigned NULL DEFAULT NULL,
  `comment` text NULL DEFAULT NULL,
  `priority` smallint(1) unsigned NULL DEFAULT NULL,
  `userPriority` smallint(1) unsigned NULL DEFAULT NULL,
  `supporter` int(10) unsigned NULL DEFAULT NULL,
  `state` enum('A','C','D','N','P','R') NULL DEFAULT 'N',
  `resellerid` int(11) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`userid`),
  KEY (`supporter`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tickets_text` (
  `ticketID` bigint(19) unsigned NULL DEFAULT NULL,
  `writeDate` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `message` text NULL DEFAULT NULL,
  `resellerID` int(11) unsigned NULL DEFAULT 0,
  KEY (`ticketID`),
  KEY (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `traffic_data` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `serverid` bigint(19) unsigned NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `in` bigint(19) unsigned NULL DEFAULT 0,
  `out` bigint(19) unsigned NULL DEFAULT 0,
  `day` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `userid` bigint(19) unsigned NULL DEFAULT NULL,
  `resellerid` bigint(19) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`serverid`),
  KEY (`userid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `traffic_data_day` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `serverid` bigint(19) unsigned NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `in` bigint(19) unsigned NULL DEFAULT 0,
  `out` bigint(19) unsigned NULL DEFAULT 0,
  `day` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `userid` bigint(19) unsigned NULL DEFAULT NULL,
  `resellerid` bigint(19) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`serverid`),
  KEY (`userid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `translations` (
  `type` varchar(2) NOT NULL DEFAULT '',
  `lang` varchar(2) NOT NULL DEFAULT '',
  `transID` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  `text` text NULL DEFAULT NULL,
  PRIMARY KEY (`type`,`lang`,`transID`,`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `creationTime` timestamp NULL DEFAULT NULL,
  `updateTime` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `active` enum('Y','N','R') NOT NULL DEFAULT 'Y',
  `salutation` int(1) NULL DEFAULT NULL,
  `cname` varchar(255) NOT NULL DEFAULT '',
  `security` varchar(255) NULL DEFAULT NULL,
  `salt` varchar(32) NULL DEFAULT NULL,
  `token` varchar(32) NULL DEFAULT NULL,
  `name` varchar(255) NULL DEFAULT NULL,
  `vname` varchar(255) NULL DEFAULT NULL,
  `birthday` date NULL DEFAULT '2000-01-01',
  `mail` varchar(50) NOT NULL DEFAULT '',
  `phone` varchar(50) NULL DEFAULT NULL,
  `fax` varchar(50) NULL DEFAULT NULL,
  `handy` varchar(50) NULL DEFAULT NULL,
  `country` varchar(2) NULL DEFAULT NULL,
  `city` varchar(50) NULL DEFAULT NULL,
  `cityn` varchar(6) NULL DEFAULT NULL,
  `street` varchar(50) NULL DEFAULT NULL,
  `streetn` varchar(15) NULL DEFAULT NULL,
  `fdlpath` varchar(255) NULL DEFAULT NULL,
  `ftpbackup` blob NULL DEFAULT NULL,
  `language` varchar(2) NULL DEFAULT NULL,
  `lastlogin` timestamp NULL DEFAULT NULL,
  `logintime` timestamp NULL DEFAULT NULL,
  `accounttype` varchar(1) NULL DEFAULT NULL,
  `mail_backup` enum('Y','N') NULL DEFAULT 'Y',
  `mail_gsupdate` enum('Y','N') NULL DEFAULT 'Y',
  `mail_securitybreach` enum('Y','N') NULL DEFAULT 'Y',
  `mail_serverdown` enum('Y','N') NULL DEFAULT 'Y',
  `mail_ticket` enum('Y','N') NULL DEFAULT 'Y',
  `mail_vserver` enum('Y','N') NULL DEFAULT 'Y',
  `show_help_text` enum('Y','N') NULL DEFAULT 'Y',
  `externalID` varchar(255) NULL DEFAULT '0',
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `sourceSystemID` varchar(255) NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`active`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_groups` (
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `groupID` int(10) unsigned NOT NULL DEFAULT 0,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`userID`,`groupID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_social_identities` (
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `serviceProviderID` int(10) unsigned NOT NULL DEFAULT 0,
  `serviceUserID` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`userID`,`serviceProviderID`,`serviceUserID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_social_identities_substitutes` (
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `serviceProviderID` int(10) unsigned NOT NULL DEFAULT 0,
  `serviceUserID` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`userID`,`serviceProviderID`,`serviceUserID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_social_providers` (
  `serviceProviderID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `identifier` varchar(255) NOT NULL DEFAULT '',
  `token` varchar(255) NOT NULL DEFAULT '',
  `filename` varchar(255) NOT NULL DEFAULT '',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`serviceProviderID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_substitutes` (
  `sID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `loginName` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NULL DEFAULT NULL,
  `vname` varchar(255) NULL DEFAULT NULL,
  `passwordHashed` varchar(255) NOT NULL DEFAULT '',
  `salt` varchar(32) NULL DEFAULT NULL,
  `language` varchar(2) NULL DEFAULT NULL,
  `show_help_text` enum('Y','N') NOT NULL DEFAULT 'Y',
  `lastlogin` timestamp NULL DEFAULT NULL,
  `logintime` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `externalID` varchar(255) NULL DEFAULT '0',
  `sourceSystemID` varchar(255) NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`sID`),
  KEY (`userID`),
  KEY (`loginName`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_substitutes_servers` (
  `sID` int(10) unsigned NOT NULL DEFAULT 0,
  `oType` varchar(2) NOT NULL DEFAULT '',
  `oID` int(10) unsigned NOT NULL DEFAULT 0,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`sID`,`oType`,`oID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userdata_value_log` (
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `json` text NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  KEY (`userID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `userlog` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `subuser` int(10) unsigned NOT NULL DEFAULT 0,
  `reseller` int(10) unsigned NOT NULL DEFAULT 0,
  `username` varchar(255) NULL DEFAULT NULL,
  `usertype` varchar(12) NULL DEFAULT NULL,
  `useraction` varchar(255) NULL DEFAULT NULL,
  `ip` varchar(39) NULL DEFAULT NULL,
  `hostname` varchar(255) NULL DEFAULT NULL,
  `logdate` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`userid`),
  KEY (`subuser`),
  KEY (`reseller`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `virtualcontainer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `imageid` int(10) unsigned NULL DEFAULT NULL,
  `userid` int(10) unsigned NULL DEFAULT NULL,
  `hostid` int(10) unsigned NULL DEFAULT NULL,
  `pxeID` int(10) unsigned NULL DEFAULT NULL,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `ip` varchar(15) NOT NULL DEFAULT '',
  `ips` text NULL DEFAULT NULL,
  `mac` varchar(17) NULL DEFAULT NULL,
  `port` blob NULL DEFAULT NULL,
  `pass` blob NULL DEFAULT NULL,
  `cores` smallint(3) unsigned NOT NULL DEFAULT 0,
  `minmhz` smallint(5) unsigned NOT NULL DEFAULT 0,
  `maxmhz` smallint(5) unsigned NULL DEFAULT NULL,
  `hddsize` smallint(4) unsigned NOT NULL DEFAULT 0,
  `mountpoint` varchar(255) NOT NULL DEFAULT '',
  `ram` varchar(5) NOT NULL DEFAULT '',
  `minram` varchar(6) NULL DEFAULT NULL,
  `maxram` varchar(6) NULL DEFAULT NULL,
  `status` smallint(1) unsigned NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `externalID` varchar(255) NULL DEFAULT '0',
  `initialInstallPending` enum('Y','N') NULL DEFAULT 'Y',
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`imageid`),
  KEY (`userid`),
  KEY (`hostid`),
  KEY (`pxeID`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `virtualhosts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `esxi` enum('Y','N') NULL DEFAULT 'N',
  `ip` varchar(15) NOT NULL DEFAULT '',
  `port` blob NULL DEFAULT NULL,
  `user` blob NULL DEFAULT NULL,
  `pass` blob NULL DEFAULT NULL,
  `os` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) NULL DEFAULT NULL,
  `publickey` enum('B','Y','N') NULL DEFAULT 'Y',
  `keyname` varchar(30) NULL DEFAULT NULL,
  `cpu` varchar(30) NOT NULL DEFAULT '',
  `cores` smallint(3) unsigned NOT NULL DEFAULT 0,
  `mhz` smallint(5) unsigned NOT NULL DEFAULT 0,
  `hdd` text NULL DEFAULT NULL,
  `ram` varchar(5) NOT NULL DEFAULT '',
  `maxserver` smallint(3) unsigned NULL DEFAULT NULL,
  `thin` enum('Y','N') NULL DEFAULT 'N',
  `thinquota` smallint(2) unsigned NULL DEFAULT 50,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voice_dns` (
  `dnsID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `dns` varchar(255) NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `port` smallint(5) unsigned NULL DEFAULT NULL,
  `tsdnsID` int(10) unsigned NULL DEFAULT NULL,
  `userID` int(10) unsigned NULL DEFAULT NULL,
  `externalID` varchar(255) NULL DEFAULT '0',
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`dnsID`),
  KEY (`tsdnsID`),
  KEY (`userID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voice_server` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NULL DEFAULT NULL,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `iniConfiguration` text NULL DEFAULT NULL,
  `autoRestart` enum('Y','N') NULL DEFAULT 'Y',
  `backup` enum('Y','N') NULL DEFAULT 'Y',
  `lendserver` enum('Y','N') NOT NULL DEFAULT 'N',
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `masterserver` int(10) unsigned NOT NULL DEFAULT 0,
  `ip` varchar(15) NOT NULL DEFAULT '',
  `port` smallint(5) unsigned NULL DEFAULT NULL,
  `slots` int(10) unsigned NOT NULL DEFAULT 50,
  `initialpassword` varchar(255) NULL DEFAULT NULL,
  `password` enum('Y','N') NULL DEFAULT 'Y',
  `forcebanner` enum('Y','N') NULL DEFAULT 'Y',
  `forcebutton` enum('Y','N') NULL DEFAULT 'Y',
  `forceservertag` enum('Y','N') NULL DEFAULT 'Y',
  `forcewelcome` enum('Y','N') NULL DEFAULT 'Y',
  `flexSlots` enum('Y','N') NULL DEFAULT 'N',
  `flexSlotsFree` int(11) unsigned NULL DEFAULT 10,
  `flexSlotsPercent` smallint(3) unsigned NULL DEFAULT 80,
  `flexSlotsCurrent` int(19) unsigned NULL DEFAULT 0,
  `max_download_total_bandwidth` bigint(19) NULL DEFAULT 65536,
  `max_upload_total_bandwidth` bigint(19) NULL DEFAULT 65536,
  `localserverid` int(10) unsigned NULL DEFAULT NULL,
  `dns` varchar(255) NULL DEFAULT NULL,
  `voice_configuration` text NULL DEFAULT NULL,
  `usedslots` int(10) unsigned NULL DEFAULT 0,
  `uptime` bigint(19) unsigned NULL DEFAULT NULL,
  `maxtraffic` bigint(19) NULL DEFAULT 2048,
  `filetraffic` bigint(19) unsigned NULL DEFAULT NULL,
  `lastfiletraffic` bigint(19) unsigned NULL DEFAULT NULL,
  `serverCreated` date NULL DEFAULT '2015-01-01',
  `queryName` varchar(255) NULL DEFAULT NULL,
  `queryNumplayers` smallint(3) unsigned NOT NULL DEFAULT 0,
  `queryMaxplayers` smallint(3) unsigned NOT NULL DEFAULT 0,
  `queryUpdatetime` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `queryPassword` enum('Y','N') NULL DEFAULT 'Y',
  `notified` int(11) unsigned NULL DEFAULT 0,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `sourceSystemID` varchar(255) NULL DEFAULT NULL,
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`userid`),
  KEY (`masterserver`),
  KEY (`localserverid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voice_server_backup` (
  `id` bigint(19) unsigned NOT NULL AUTO_INCREMENT,
  `sid` int(10) unsigned NOT NULL DEFAULT 0,
  `uid` int(10) unsigned NULL DEFAULT NULL,
  `name` varchar(50) NULL DEFAULT NULL,
  `snapshot` blob NULL DEFAULT NULL,
  `channels` text NULL DEFAULT NULL,
  `date` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `resellerid` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`sid`),
  KEY (`uid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voice_server_stats` (
  `sid` int(10) unsigned NOT NULL DEFAULT 0,
  `date` date NOT NULL DEFAULT '2015-01-01',
  `mid` int(10) unsigned NOT NULL DEFAULT 0,
  `installed` decimal(6,2) unsigned NOT NULL DEFAULT 0.00,
  `used` decimal(6,2) unsigned NOT NULL DEFAULT 0.00,
  `traffic` bigint(19) unsigned NOT NULL DEFAULT 0,
  `uid` int(10) unsigned NULL DEFAULT NULL,
  `count` bigint(19) unsigned NULL DEFAULT 1,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`sid`,`date`),
  KEY (`mid`),
  KEY (`uid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voice_tsdns` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `max_dns` int(10) unsigned NULL DEFAULT 0,
  `defaultdns` varchar(255) NULL DEFAULT NULL,
  `rootid` int(10) unsigned NULL DEFAULT NULL,
  `publickey` enum('B','Y','N') NULL DEFAULT 'Y',
  `ssh2ip` varchar(15) NULL DEFAULT NULL,
  `ssh2port` blob NULL DEFAULT NULL,
  `ssh2user` blob NULL DEFAULT NULL,
  `ssh2password` blob NULL DEFAULT NULL,
  `connect_ip_only` enum('Y','N') NOT NULL DEFAULT 'N',
  `external_ip` varchar(15) NULL DEFAULT NULL,
  `bitversion` smallint(2) unsigned NOT NULL DEFAULT 0,
  `serverdir` varchar(255) NULL DEFAULT NULL,
  `keyname` varchar(255) NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `autorestart` enum('Y','N') NULL DEFAULT 'Y',
  `description` text NULL DEFAULT NULL,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `resellerid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY (`rootid`),
  KEY (`resellerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `webMaster` (
  `webMasterID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `usageType` enum('F','W') NULL DEFAULT 'F',
  `phpConfiguration` text NULL DEFAULT NULL,
  `ip` varchar(15) NULL DEFAULT NULL,
  `port` int(5) NULL DEFAULT NULL,
  `user` blob NULL DEFAULT NULL,
  `pass` blob NULL DEFAULT NULL,
  `publickey` enum('B','Y','N') NULL DEFAULT NULL,
  `keyname` varchar(255) NULL DEFAULT NULL,
  `connect_ip_only` enum('Y','N') NOT NULL DEFAULT 'N',
  `ftpIP` varchar(15) NULL DEFAULT NULL,
  `ftpPort` int(5) unsigned NULL DEFAULT NULL,
  `maxVhost` int(10) unsigned NULL DEFAULT 0,
  `maxHDD` int(10) unsigned NULL DEFAULT 0,
  `hddOverbook` enum('Y','N') NULL DEFAULT 'N',
  `overbookPercent` int(10) unsigned NULL DEFAULT 50,
  `defaultdns` varchar(255) NULL DEFAULT NULL,
  `serverType` enum('A','H','L','N','O') NULL DEFAULT 'N',
  `httpdCmd` varchar(255) NULL DEFAULT NULL,
  `userGroup` varchar(255) NULL DEFAULT NULL,
  `vhostStoragePath` varchar(255) NULL DEFAULT NULL,
  `vhostConfigPath` varchar(255) NULL DEFAULT NULL,
  `vhostTemplate` text NULL DEFAULT NULL,
  `fpmConfigPath` varchar(255) NULL DEFAULT NULL,
  `fpmTemplate` text NULL DEFAULT NULL,
  `fpmCmd` varchar(255) NULL DEFAULT NULL,
  `dirHttpd` text NULL DEFAULT NULL,
  `dirLogs` text NULL DEFAULT NULL,
  `quotaActive` enum('Y','N') NULL DEFAULT 'Y',
  `quotaCmd` varchar(255) NULL DEFAULT NULL,
  `repquotaCmd` varchar(255) NULL DEFAULT NULL,
  `blocksize` int(10) unsigned NULL DEFAULT 4096,
  `inodeBlockRatio` int(10) unsigned NULL DEFAULT 4,
  `userAddCmd` varchar(255) NULL DEFAULT NULL,
  `userModCmd` varchar(255) NULL DEFAULT NULL,
  `userDelCmd` varchar(255) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `notified` int(11) unsigned NULL DEFAULT 0,
  `externalID` varchar(255) NULL DEFAULT NULL,
  `resellerID` int(10) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`webMasterID`),
  KEY (`externalID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `webVhost` (
  `webVhostID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `webMasterID` int(10) unsigned NOT NULL DEFAULT 0,
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `defaultDomain` varchar(255) NULL DEFAULT NULL,
  `active` enum('Y','N') NULL DEFAULT 'Y',
  `jobPending` enum('Y','N') NULL DEFAULT 'N',
  `hdd` int(10) unsigned NULL DEFAULT 0,
  `hddUsage` int(10) unsigned NULL DEFAULT 0,
  `ftpUser` varchar(255) NULL DEFAULT NULL,
  `ftpPassword` blob NULL DEFAULT NULL,
  `phpConfiguration` text NULL DEFAULT NULL,
  `ownFPM` enum('Y','N') NULL DEFAULT 'N',
  `fpmConfiguration` text NULL DEFAULT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `externalID` varchar(255) NULL DEFAULT '0',
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`webVhostID`),
  KEY (`webMasterID`),
  KEY (`userID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `webVhostDomain` (
  `webVhostID` int(10) unsigned NOT NULL DEFAULT 0,
  `userID` int(10) unsigned NOT NULL DEFAULT 0,
  `resellerID` int(10) unsigned NOT NULL DEFAULT 0,
  `domain` varchar(255) NOT NULL DEFAULT '',
  `path` varchar(255) NULL DEFAULT NULL,
  `ownVhost` enum('Y','N') NOT NULL DEFAULT 'N',
  `vhostTemplate` text NULL DEFAULT NULL,
  PRIMARY KEY (`webVhostID`,`domain`),
  KEY (`userID`),
  KEY (`resellerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


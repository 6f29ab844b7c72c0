-- Ubilling (ISP billing and OSS, on top of the Stargazer billing core), trimmed schema: 45 tables.
-- Upstream: github.com/nightflyza/Ubilling, commit cefd12311cc8c1123869c5e940bebb1b94f895a4 (release 1.6.4 rev 9708), GPL-2.0.
--   docs/dumps/stargazer.sql (Stargazer core tables: users, tariffs, admins, messages, stat; its CREATE DATABASE/USE lines dropped)
--   + docs/dumps/ubilling.sql + content/updates/sql/1.5.2 .. 1.6.4.sql, replayed into MariaDB 10.11 and read back with
--   SHOW CREATE TABLE (so integer display widths and DEFAULT NULLs are as MariaDB prints them). Upstream has no column comments.

CREATE TABLE `users` (
  `login` varchar(50) NOT NULL DEFAULT '',
  `Password` varchar(150) NOT NULL DEFAULT '*',
  `Passive` int(3) DEFAULT 0,
  `Down` int(3) DEFAULT 0,
  `DisabledDetailStat` int(3) DEFAULT 0,
  `AlwaysOnline` int(3) DEFAULT 0,
  `Tariff` varchar(40) NOT NULL DEFAULT '',
  `Address` varchar(254) NOT NULL DEFAULT '',
  `Phone` varchar(128) NOT NULL DEFAULT '',
  `Email` varchar(50) NOT NULL DEFAULT '',
  `Note` text NOT NULL,
  `RealName` varchar(254) NOT NULL DEFAULT '',
  `StgGroup` varchar(40) NOT NULL DEFAULT '',
  `Credit` double DEFAULT 0,
  `TariffChange` varchar(40) NOT NULL DEFAULT '',
  `Userdata0` varchar(254) NOT NULL,
  `Userdata1` varchar(254) NOT NULL,
  `Userdata2` varchar(254) NOT NULL,
  `Userdata3` varchar(254) NOT NULL,
  `Userdata4` varchar(254) NOT NULL,
  `Userdata5` varchar(254) NOT NULL,
  `Userdata6` varchar(254) NOT NULL,
  `Userdata7` varchar(254) NOT NULL,
  `Userdata8` varchar(254) NOT NULL,
  `Userdata9` varchar(254) NOT NULL,
  `CreditExpire` int(11) DEFAULT 0,
  `IP` varchar(254) DEFAULT '*',
  `D0` bigint(30) DEFAULT 0,
  `U0` bigint(30) DEFAULT 0,
  `D1` bigint(30) DEFAULT 0,
  `U1` bigint(30) DEFAULT 0,
  `D2` bigint(30) DEFAULT 0,
  `U2` bigint(30) DEFAULT 0,
  `D3` bigint(30) DEFAULT 0,
  `U3` bigint(30) DEFAULT 0,
  `D4` bigint(30) DEFAULT 0,
  `U4` bigint(30) DEFAULT 0,
  `D5` bigint(30) DEFAULT 0,
  `U5` bigint(30) DEFAULT 0,
  `D6` bigint(30) DEFAULT 0,
  `U6` bigint(30) DEFAULT 0,
  `D7` bigint(30) DEFAULT 0,
  `U7` bigint(30) DEFAULT 0,
  `D8` bigint(30) DEFAULT 0,
  `U8` bigint(30) DEFAULT 0,
  `D9` bigint(30) DEFAULT 0,
  `U9` bigint(30) DEFAULT 0,
  `Cash` double DEFAULT 0,
  `FreeMb` double DEFAULT 0,
  `LastCashAdd` double DEFAULT 0,
  `LastCashAddTime` int(11) DEFAULT 0,
  `PassiveTime` int(11) DEFAULT 0,
  `LastActivityTime` int(11) DEFAULT 0,
  `NAS` varchar(17) NOT NULL,
  PRIMARY KEY (`login`),
  KEY `AlwaysOnline` (`AlwaysOnline`),
  KEY `IP` (`IP`),
  KEY `Address` (`Address`),
  KEY `Tariff` (`Tariff`),
  KEY `Phone` (`Phone`),
  KEY `Email` (`Email`),
  KEY `RealName` (`RealName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `tariffs` (
  `name` varchar(40) NOT NULL DEFAULT '',
  `PriceDayA0` double DEFAULT 0,
  `PriceDayB0` double DEFAULT 0,
  `PriceNightA0` double DEFAULT 0,
  `PriceNightB0` double DEFAULT 0,
  `Threshold0` int(11) DEFAULT 0,
  `Time0` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount0` int(11) DEFAULT 0,
  `SinglePrice0` int(11) DEFAULT 0,
  `PriceDayA1` double DEFAULT 0,
  `PriceDayB1` double DEFAULT 0,
  `PriceNightA1` double DEFAULT 0,
  `PriceNightB1` double DEFAULT 0,
  `Threshold1` int(11) DEFAULT 0,
  `Time1` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount1` int(11) DEFAULT 0,
  `SinglePrice1` int(11) DEFAULT 0,
  `PriceDayA2` double DEFAULT 0,
  `PriceDayB2` double DEFAULT 0,
  `PriceNightA2` double DEFAULT 0,
  `PriceNightB2` double DEFAULT 0,
  `Threshold2` int(11) DEFAULT 0,
  `Time2` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount2` int(11) DEFAULT 0,
  `SinglePrice2` int(11) DEFAULT 0,
  `PriceDayA3` double DEFAULT 0,
  `PriceDayB3` double DEFAULT 0,
  `PriceNightA3` double DEFAULT 0,
  `PriceNightB3` double DEFAULT 0,
  `Threshold3` int(11) DEFAULT 0,
  `Time3` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount3` int(11) DEFAULT 0,
  `SinglePrice3` int(11) DEFAULT 0,
  `PriceDayA4` double DEFAULT 0,
  `PriceDayB4` double DEFAULT 0,
  `PriceNightA4` double DEFAULT 0,
  `PriceNightB4` double DEFAULT 0,
  `Threshold4` int(11) DEFAULT 0,
  `Time4` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount4` int(11) DEFAULT 0,
  `SinglePrice4` int(11) DEFAULT 0,
  `PriceDayA5` double DEFAULT 0,
  `PriceDayB5` double DEFAULT 0,
  `PriceNightA5` double DEFAULT 0,
  `PriceNightB5` double DEFAULT 0,
  `Threshold5` int(11) DEFAULT 0,
  `Time5` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount5` int(11) DEFAULT 0,
  `SinglePrice5` int(11) DEFAULT 0,
  `PriceDayA6` double DEFAULT 0,
  `PriceDayB6` double DEFAULT 0,
  `PriceNightA6` double DEFAULT 0,
  `PriceNightB6` double DEFAULT 0,
  `Threshold6` int(11) DEFAULT 0,
  `Time6` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount6` int(11) DEFAULT 0,
  `SinglePrice6` int(11) DEFAULT 0,
  `PriceDayA7` double DEFAULT 0,
  `PriceDayB7` double DEFAULT 0,
  `PriceNightA7` double DEFAULT 0,
  `PriceNightB7` double DEFAULT 0,
  `Threshold7` int(11) DEFAULT 0,
  `Time7` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount7` int(11) DEFAULT 0,
  `SinglePrice7` int(11) DEFAULT 0,
  `PriceDayA8` double DEFAULT 0,
  `PriceDayB8` double DEFAULT 0,
  `PriceNightA8` double DEFAULT 0,
  `PriceNightB8` double DEFAULT 0,
  `Threshold8` int(11) DEFAULT 0,
  `Time8` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount8` int(11) DEFAULT 0,
  `SinglePrice8` int(11) DEFAULT 0,
  `PriceDayA9` double DEFAULT 0,
  `PriceDayB9` double DEFAULT 0,
  `PriceNightA9` double DEFAULT 0,
  `PriceNightB9` double DEFAULT 0,
  `Threshold9` int(11) DEFAULT 0,
  `Time9` varchar(15) DEFAULT '0:0-0:0',
  `NoDiscount9` int(11) DEFAULT 0,
  `SinglePrice9` int(11) DEFAULT 0,
  `PassiveCost` double DEFAULT 0,
  `Fee` double DEFAULT 0,
  `Free` double DEFAULT 0,
  `TraffType` varchar(10) DEFAULT '',
  `period` varchar(32) NOT NULL DEFAULT 'month',
  `change_policy` varchar(32) NOT NULL DEFAULT 'allow',
  `change_policy_timeout` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `admins` (
  `login` varchar(40) NOT NULL DEFAULT '',
  `password` varchar(150) DEFAULT '*',
  `ChgConf` tinyint(4) DEFAULT 0,
  `ChgPassword` tinyint(4) DEFAULT 0,
  `ChgStat` tinyint(4) DEFAULT 0,
  `ChgCash` tinyint(4) DEFAULT 0,
  `UsrAddDel` tinyint(4) DEFAULT 0,
  `ChgTariff` tinyint(4) DEFAULT 0,
  `ChgAdmin` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `messages` (
  `login` varchar(40) DEFAULT '',
  `id` bigint(20) DEFAULT NULL,
  `type` int(11) DEFAULT NULL,
  `lastSendTime` int(11) DEFAULT NULL,
  `creationTime` int(11) DEFAULT NULL,
  `showTime` int(11) DEFAULT NULL,
  `stgRepeat` int(11) DEFAULT NULL,
  `repeatPeriod` int(11) DEFAULT NULL,
  `text` text DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `stat` (
  `login` varchar(50) DEFAULT NULL,
  `month` tinyint(4) DEFAULT NULL,
  `year` smallint(6) DEFAULT NULL,
  `U0` bigint(20) DEFAULT NULL,
  `D0` bigint(20) DEFAULT NULL,
  `U1` bigint(20) DEFAULT NULL,
  `D1` bigint(20) DEFAULT NULL,
  `U2` bigint(20) DEFAULT NULL,
  `D2` bigint(20) DEFAULT NULL,
  `U3` bigint(20) DEFAULT NULL,
  `D3` bigint(20) DEFAULT NULL,
  `U4` bigint(20) DEFAULT NULL,
  `D4` bigint(20) DEFAULT NULL,
  `U5` bigint(20) DEFAULT NULL,
  `D5` bigint(20) DEFAULT NULL,
  `U6` bigint(20) DEFAULT NULL,
  `D6` bigint(20) DEFAULT NULL,
  `U7` bigint(20) DEFAULT NULL,
  `D7` bigint(20) DEFAULT NULL,
  `U8` bigint(20) DEFAULT NULL,
  `D8` bigint(20) DEFAULT NULL,
  `U9` bigint(20) DEFAULT NULL,
  `D9` bigint(20) DEFAULT NULL,
  `cash` double DEFAULT NULL,
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `realname` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `realname` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `realname` (`realname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `phones` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `mobile` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `phone` (`phone`),
  KEY `mobile` (`mobile`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `mobileext` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(64) NOT NULL,
  `mobile` varchar(64) NOT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`,`mobile`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `aptid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `aptid` (`aptid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `apt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `buildid` int(11) NOT NULL,
  `entrance` varchar(15) DEFAULT NULL,
  `floor` varchar(15) DEFAULT NULL,
  `apt` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `apt` (`apt`),
  KEY `buildid` (`buildid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `build` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `streetid` int(11) NOT NULL,
  `buildnum` varchar(10) NOT NULL,
  `geo` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `buildnum` (`buildnum`),
  KEY `streetid` (`streetid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `street` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cityid` int(11) NOT NULL,
  `streetname` varchar(255) NOT NULL,
  `streetalias` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cityid` (`cityid`),
  KEY `streetname` (`streetname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `city` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cityname` varchar(255) NOT NULL,
  `cityalias` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cityname` (`cityname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `address_extended` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(50) NOT NULL,
  `postal_code` varchar(10) NOT NULL DEFAULT '',
  `town_district` varchar(150) NOT NULL DEFAULT '',
  `address_exten` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `passportdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL,
  `birthdate` date DEFAULT NULL,
  `passportnum` varchar(255) DEFAULT NULL,
  `passportdate` date DEFAULT NULL,
  `passportwho` varchar(255) DEFAULT NULL,
  `pcity` varchar(255) DEFAULT NULL,
  `pstreet` varchar(255) DEFAULT NULL,
  `pbuild` varchar(10) DEFAULT NULL,
  `papt` varchar(10) DEFAULT NULL,
  `pinn` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `contracts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `contract` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `contractdates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contract` varchar(255) NOT NULL,
  `date` date DEFAULT NULL,
  `from` date DEFAULT NULL,
  `till` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL,
  `note` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) NOT NULL,
  `date` datetime NOT NULL,
  `admin` varchar(255) DEFAULT NULL,
  `balance` varchar(45) NOT NULL,
  `summ` varchar(45) NOT NULL,
  `cashtypeid` int(11) NOT NULL,
  `note` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `date` (`date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `cashtype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cashtype` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cashtype` (`cashtype`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `fees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hash` varchar(42) NOT NULL,
  `login` varchar(64) NOT NULL,
  `date` datetime NOT NULL,
  `admin` varchar(64) DEFAULT NULL,
  `from` double DEFAULT NULL,
  `to` double DEFAULT NULL,
  `summ` double DEFAULT NULL,
  `note` varchar(200) DEFAULT NULL,
  `cashtype` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`),
  KEY `date` (`date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `switches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `modelid` int(11) NOT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `desc` varchar(255) NOT NULL,
  `location` varchar(255) DEFAULT NULL,
  `snmp` varchar(45) DEFAULT NULL,
  `geo` varchar(255) DEFAULT NULL,
  `parentid` int(11) DEFAULT NULL,
  `swid` varchar(32) DEFAULT NULL,
  `snmpwrite` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parentid` (`parentid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `switchmodels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `modelname` varchar(255) NOT NULL,
  `ports` int(11) DEFAULT NULL,
  `snmptemplate` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `switchportassign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL,
  `switchid` int(11) NOT NULL,
  `port` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `ticketing` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `replyid` int(11) DEFAULT NULL,
  `status` int(11) DEFAULT NULL,
  `from` varchar(255) DEFAULT NULL,
  `to` varchar(255) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `admin` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `weblogs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `admin` varchar(45) DEFAULT NULL,
  `ip` varchar(64) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  FULLTEXT KEY `ft_event` (`event`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `taskman` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `address` varchar(255) NOT NULL,
  `login` varchar(255) DEFAULT NULL,
  `jobtype` int(11) NOT NULL,
  `jobnote` text DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `employee` int(11) NOT NULL,
  `employeedone` int(11) DEFAULT NULL,
  `donenote` text DEFAULT NULL,
  `startdate` date NOT NULL,
  `starttime` time DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `admin` varchar(255) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `smsdata` text DEFAULT NULL,
  `change_admin` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `status` (`status`),
  KEY `login` (`login`),
  KEY `starttime` (`starttime`),
  KEY `address` (`address`),
  KEY `startdate` (`startdate`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `jobtypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jobname` varchar(255) NOT NULL,
  `jobcolor` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `jobcolor` (`jobcolor`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `employee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `appointment` varchar(255) NOT NULL,
  `mobile` varchar(50) DEFAULT NULL,
  `telegram` varchar(40) DEFAULT NULL,
  `admlogin` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `tagid` int(11) DEFAULT NULL,
  `amountLimit` varchar(45) NOT NULL DEFAULT '0',
  `birthdate` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `crm_leads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(255) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `mobile` varchar(32) NOT NULL,
  `extmobile` varchar(32) DEFAULT NULL,
  `email` varchar(64) DEFAULT NULL,
  `branch` int(11) DEFAULT NULL,
  `tariff` varchar(64) DEFAULT NULL,
  `login` varchar(64) DEFAULT NULL,
  `employeeid` int(11) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sms_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `smssrvid` int(11) NOT NULL DEFAULT 0,
  `login` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `srvmsgself_id` varchar(255) NOT NULL,
  `srvmsgpack_id` varchar(255) NOT NULL,
  `date_send` datetime NOT NULL,
  `date_statuschk` datetime NOT NULL,
  `delivered` tinyint(3) unsigned DEFAULT 0,
  `no_statuschk` tinyint(3) unsigned DEFAULT 0,
  `send_status` varchar(255) NOT NULL DEFAULT '',
  `msg_text` varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `login` (`login`) USING BTREE,
  KEY `phone` (`phone`) USING BTREE,
  KEY `date_send` (`date_send`) USING BTREE,
  KEY `smssrvid` (`smssrvid`),
  KEY `srvmsgself_id` (`srvmsgself_id`) USING BTREE,
  KEY `date_statuschk` (`date_statuschk`) USING BTREE
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `userreg` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `admin` varchar(45) NOT NULL,
  `login` varchar(45) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `nethosts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `netid` int(11) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `mac` varchar(45) DEFAULT NULL,
  `option` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `net-ip` (`netid`,`ip`),
  KEY `netid` (`netid`),
  KEY `ip` (`ip`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `networks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `startip` varchar(45) NOT NULL,
  `endip` varchar(45) NOT NULL,
  `desc` varchar(45) NOT NULL,
  `nettype` varchar(20) NOT NULL,
  `use_radius` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `pononu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `onumodelid` int(11) DEFAULT NULL,
  `oltid` int(11) DEFAULT NULL,
  `ip` varchar(20) DEFAULT NULL,
  `mac` varchar(20) DEFAULT NULL,
  `serial` varchar(255) DEFAULT NULL,
  `login` varchar(255) DEFAULT NULL,
  `geo` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tagid` int(11) NOT NULL,
  `login` varchar(45) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `tagtypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tagname` varchar(255) NOT NULL,
  `tagcolor` varchar(15) NOT NULL,
  `tagsize` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `uhw_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `password` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `nhid` int(11) NOT NULL,
  `oldmac` varchar(255) DEFAULT NULL,
  `newmac` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `pbxcalls` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(250) DEFAULT NULL,
  `login` varchar(64) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `direction` varchar(4) DEFAULT NULL,
  `storage` varchar(4) DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `number` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_login` (`login`),
  KEY `idx_date` (`date`),
  KEY `idx_number` (`number`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sigreq` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `state` tinyint(4) NOT NULL,
  `ip` varchar(40) NOT NULL,
  `street` varchar(255) NOT NULL,
  `build` varchar(40) NOT NULL,
  `apt` varchar(40) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `ub_im` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `from` varchar(255) NOT NULL,
  `to` varchar(255) NOT NULL,
  `text` text NOT NULL,
  `read` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `corp_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `corpname` varchar(255) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `doctype` int(11) DEFAULT NULL,
  `docnum` varchar(255) DEFAULT NULL,
  `docdate` date DEFAULT NULL,
  `bankacc` varchar(255) DEFAULT NULL,
  `bankname` varchar(255) DEFAULT NULL,
  `bankmfo` varchar(255) DEFAULT NULL,
  `edrpou` varchar(255) DEFAULT NULL,
  `ndstaxnum` varchar(255) DEFAULT NULL,
  `inncode` varchar(255) DEFAULT NULL,
  `taxtype` int(11) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `corpnameabbr` varchar(255) DEFAULT NULL,
  `corpsignatory` varchar(255) DEFAULT NULL,
  `corpsignatory2` varchar(255) DEFAULT NULL,
  `corpbasis` varchar(255) DEFAULT NULL,
  `corpemail` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `corp_persons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `corpid` int(11) NOT NULL,
  `realname` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `im` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `appointment` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `speeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tariff` varchar(45) DEFAULT NULL,
  `speeddown` varchar(45) DEFAULT NULL,
  `speedup` varchar(45) DEFAULT NULL,
  `burstdownload` varchar(45) DEFAULT NULL,
  `burstupload` varchar(45) DEFAULT NULL,
  `bursttimedownload` varchar(45) DEFAULT NULL,
  `burstimetupload` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tariff` (`tariff`),
  KEY `speeddown` (`speeddown`),
  KEY `speedup` (`speedup`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;


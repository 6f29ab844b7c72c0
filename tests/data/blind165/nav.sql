-- NAV (Network Administration Visualized, Sikt/Uninett), github.com/Uninett/nav, commit 3827cf790a17dfd5c7c7f0e82de6fd8ae2dd8b08
-- (GPL-3.0). Baseline schema python/nav/models/sql/baseline/{manage,manage2,navprofiles,radius,arnold}.sql (PostgreSQL,
-- schemas manage / profiles / radius / arnold), written as MySQL; the numbered change scripts under
-- python/nav/models/sql/changes/ are not applied. PostgreSQL folds unquoted names to lower case, so `Account`,
-- `AccountGroup`, `RadAcctId` ... are written as PostgreSQL stores them (account, accountgroup, radacctid).
-- Types: SERIAL -> INT AUTO_INCREMENT, INT4 -> INT, unbounded VARCHAR -> VARCHAR(255), INET -> VARCHAR(45),
-- CIDR -> VARCHAR(49), MACADDR -> CHAR(17), hstore -> TEXT, POINT -> VARCHAR(100), TIMESTAMP [WITH TIME ZONE] -> DATETIME,
-- BOOLEAN -> TINYINT(1); CHECK constraints, the 'infinity' / NOW() defaults, views, rules, triggers and seed rows left out.

-- manage: organisation and locations
CREATE TABLE `org` (
  `orgid` VARCHAR(30) NOT NULL,
  `parent` VARCHAR(30),
  `descr` VARCHAR(255),
  `contact` VARCHAR(255),
  `data` TEXT,
  PRIMARY KEY (`orgid`),
  CONSTRAINT `org_parent_fkey` FOREIGN KEY (`parent`) REFERENCES `org` (`orgid`) ON UPDATE CASCADE
);

CREATE TABLE `location` (
  `locationid` VARCHAR(30) NOT NULL,
  `descr` VARCHAR(255) DEFAULT '',
  `data` TEXT,
  `parent` VARCHAR(30),
  PRIMARY KEY (`locationid`),
  FOREIGN KEY (`parent`) REFERENCES `location` (`locationid`) ON UPDATE CASCADE
);

CREATE TABLE `room` (
  `roomid` VARCHAR(30) NOT NULL,
  `locationid` VARCHAR(30),
  `descr` VARCHAR(255),
  `position` VARCHAR(100),
  `data` TEXT,
  PRIMARY KEY (`roomid`),
  FOREIGN KEY (`locationid`) REFERENCES `location` (`locationid`)
);

CREATE TABLE `nettype` (
  `nettypeid` VARCHAR(255) NOT NULL,
  `descr` VARCHAR(255),
  `edit` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`nettypeid`)
);

CREATE TABLE `vlan` (
  `vlanid` INT NOT NULL AUTO_INCREMENT,
  `vlan` INT,
  `nettype` VARCHAR(255) NOT NULL,
  `orgid` VARCHAR(30),
  `usageid` VARCHAR(30),
  `netident` VARCHAR(255),
  `description` VARCHAR(255),
  PRIMARY KEY (`vlanid`),
  FOREIGN KEY (`nettype`) REFERENCES `nettype` (`nettypeid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`orgid`) REFERENCES `org` (`orgid`)
);

CREATE TABLE `prefix` (
  `prefixid` INT NOT NULL AUTO_INCREMENT,
  `netaddr` VARCHAR(49) NOT NULL,
  `vlanid` INT,
  PRIMARY KEY (`prefixid`),
  UNIQUE (`netaddr`),
  FOREIGN KEY (`vlanid`) REFERENCES `vlan` (`vlanid`) ON UPDATE CASCADE ON DELETE CASCADE
);

-- manage: equipment inventory
CREATE TABLE `vendor` (
  `vendorid` VARCHAR(15) NOT NULL,
  PRIMARY KEY (`vendorid`)
);

CREATE TABLE `cat` (
  `catid` VARCHAR(8) NOT NULL,
  `descr` VARCHAR(255),
  `req_snmp` TINYINT(1) NOT NULL,
  PRIMARY KEY (`catid`)
);

CREATE TABLE `device` (
  `deviceid` INT NOT NULL AUTO_INCREMENT,
  `serial` VARCHAR(255),
  `hw_ver` VARCHAR(255),
  `fw_ver` VARCHAR(255),
  `sw_ver` VARCHAR(255),
  `discovered` DATETIME NULL,
  PRIMARY KEY (`deviceid`),
  UNIQUE (`serial`)
);

CREATE TABLE `type` (
  `typeid` INT NOT NULL AUTO_INCREMENT,
  `vendorid` VARCHAR(15) NOT NULL,
  `typename` VARCHAR(255) NOT NULL,
  `sysobjectid` VARCHAR(255) NOT NULL,
  `descr` VARCHAR(255),
  PRIMARY KEY (`typeid`),
  UNIQUE (`vendorid`, `typename`),
  UNIQUE (`sysobjectid`),
  FOREIGN KEY (`vendorid`) REFERENCES `vendor` (`vendorid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `netbox` (
  `netboxid` INT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(45) NOT NULL,
  `roomid` VARCHAR(30) NOT NULL,
  `typeid` INT,
  `sysname` VARCHAR(255) NOT NULL,
  `catid` VARCHAR(8) NOT NULL,
  `orgid` VARCHAR(30) NOT NULL,
  `ro` VARCHAR(255),
  `rw` VARCHAR(255),
  `up` CHAR(1) NOT NULL DEFAULT 'y',
  `snmp_version` INT NOT NULL DEFAULT 2,
  `upsince` DATETIME NOT NULL,
  `uptodate` TINYINT(1) NOT NULL DEFAULT 0,
  `discovered` DATETIME NULL,
  `data` TEXT,
  PRIMARY KEY (`netboxid`),
  UNIQUE (`sysname`),
  UNIQUE (`ip`),
  CONSTRAINT `netbox_roomid_fkey` FOREIGN KEY (`roomid`) REFERENCES `room` (`roomid`) ON UPDATE CASCADE,
  CONSTRAINT `netbox_typeid_fkey` FOREIGN KEY (`typeid`) REFERENCES `type` (`typeid`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `netbox_catid_fkey` FOREIGN KEY (`catid`) REFERENCES `cat` (`catid`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `netbox_orgid_fkey` FOREIGN KEY (`orgid`) REFERENCES `org` (`orgid`) ON UPDATE CASCADE
);

CREATE TABLE `module` (
  `moduleid` INT NOT NULL AUTO_INCREMENT,
  `deviceid` INT NOT NULL,
  `netboxid` INT NOT NULL,
  `module` INT,
  `name` VARCHAR(255) NOT NULL,
  `model` VARCHAR(255),
  `descr` VARCHAR(255),
  `up` CHAR(1) NOT NULL DEFAULT 'y',
  `downsince` DATETIME,
  PRIMARY KEY (`moduleid`),
  CONSTRAINT `module_netboxid_key` UNIQUE (`netboxid`, `name`),
  FOREIGN KEY (`deviceid`) REFERENCES `device` (`deviceid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `interface` (
  `interfaceid` INT NOT NULL AUTO_INCREMENT,
  `netboxid` INT NOT NULL,
  `moduleid` INT,
  `ifindex` INT,
  `ifname` VARCHAR(255),
  `ifdescr` VARCHAR(255),
  `iftype` INT,
  `speed` DOUBLE,
  `ifphysaddress` CHAR(17),
  `ifadminstatus` INT, -- 1=up, 2=down, 3=testing
  `ifoperstatus` INT,  -- 1=up, 2=down, 3=testing, 4=unknown, 5=dormant, 6=notPresent, 7=lowerLayerDown
  `iflastchange` INT,
  `ifconnectorpresent` TINYINT(1),
  `ifpromiscuousmode` TINYINT(1),
  `ifalias` VARCHAR(255),
  `baseport` INT,  -- baseport number from BRIDGE-MIB, if any
  `media` VARCHAR(255),
  `vlan` INT,
  `trunk` TINYINT(1),
  `duplex` CHAR(1), -- f=full, h=half
  `to_netboxid` INT,
  `to_interfaceid` INT,
  `gone_since` DATETIME,
  CONSTRAINT `interface_pkey` PRIMARY KEY (`interfaceid`),
  CONSTRAINT `interface_netboxid_fkey` FOREIGN KEY (`netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `interface_moduleid_fkey` FOREIGN KEY (`moduleid`) REFERENCES `module` (`moduleid`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `interface_to_netboxid_fkey` FOREIGN KEY (`to_netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `interface_to_interfaceid_fkey` FOREIGN KEY (`to_interfaceid`) REFERENCES `interface` (`interfaceid`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `interface_netboxid_ifindex_unique` UNIQUE (`netboxid`, `ifindex`)
);

CREATE TABLE `swportvlan` (
  `swportvlanid` INT NOT NULL AUTO_INCREMENT,
  `interfaceid` INT NOT NULL,
  `vlanid` INT NOT NULL,
  `direction` CHAR(1) NOT NULL DEFAULT 'x', -- u=up, n=down, x=undefined?
  PRIMARY KEY (`swportvlanid`),
  UNIQUE (`interfaceid`, `vlanid`),
  FOREIGN KEY (`interfaceid`) REFERENCES `interface` (`interfaceid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`vlanid`) REFERENCES `vlan` (`vlanid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `cabling` (
  `cablingid` INT NOT NULL AUTO_INCREMENT,
  `roomid` VARCHAR(30) NOT NULL,
  `jack` VARCHAR(255) NOT NULL,
  `building` VARCHAR(255) NOT NULL,
  `targetroom` VARCHAR(255) NOT NULL,
  `descr` VARCHAR(255),
  `category` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`cablingid`),
  UNIQUE (`roomid`, `jack`),
  FOREIGN KEY (`roomid`) REFERENCES `room` (`roomid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `patch` (
  `patchid` INT NOT NULL AUTO_INCREMENT,
  `interfaceid` INT NOT NULL,
  `cablingid` INT NOT NULL,
  `split` VARCHAR(255) NOT NULL DEFAULT 'no',
  PRIMARY KEY (`patchid`),
  UNIQUE (`interfaceid`, `cablingid`),
  FOREIGN KEY (`interfaceid`) REFERENCES `interface` (`interfaceid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`cablingid`) REFERENCES `cabling` (`cablingid`) ON UPDATE CASCADE ON DELETE CASCADE
);

-- manage: end-user addresses seen on the network
CREATE TABLE `arp` (
  `arpid` INT NOT NULL AUTO_INCREMENT,
  `netboxid` INT,
  `prefixid` INT,
  `sysname` VARCHAR(255) NOT NULL,
  `ip` VARCHAR(45) NOT NULL,
  `mac` CHAR(17) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  PRIMARY KEY (`arpid`),
  FOREIGN KEY (`netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (`prefixid`) REFERENCES `prefix` (`prefixid`) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE `cam` (
  `camid` INT NOT NULL AUTO_INCREMENT,
  `netboxid` INT,
  `sysname` VARCHAR(255) NOT NULL,
  `ifindex` INT NOT NULL,
  `module` VARCHAR(4),
  `port` VARCHAR(255),
  `mac` CHAR(17) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  `misscnt` INT DEFAULT '0',
  PRIMARY KEY (`camid`),
  FOREIGN KEY (`netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE `netbios` (
  `netbiosid` INT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(45) NOT NULL,
  `mac` CHAR(17),
  `name` VARCHAR(255) NOT NULL,
  `server` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME NOT NULL,
  PRIMARY KEY (`netbiosid`)
);

-- manage: events, alerts and maintenance
CREATE TABLE `subsystem` (
  `name` VARCHAR(255) NOT NULL, -- name of the system, e.g. Cricket
  `descr` VARCHAR(255),  -- description of the system
  PRIMARY KEY (`name`)
);

CREATE TABLE `eventtype` (
  `eventtypeid` VARCHAR(32) NOT NULL,
  `eventtypedesc` VARCHAR(255),
  `stateful` CHAR(1) NOT NULL,
  PRIMARY KEY (`eventtypeid`)
);

CREATE TABLE `alerttype` (
  `alerttypeid` INT NOT NULL AUTO_INCREMENT,
  `eventtypeid` VARCHAR(32) NOT NULL,
  `alerttype` VARCHAR(255),
  `alerttypedesc` VARCHAR(255),
  PRIMARY KEY (`alerttypeid`),
  CONSTRAINT `alerttype_eventalert_unique` UNIQUE (`eventtypeid`, `alerttype`),
  FOREIGN KEY (`eventtypeid`) REFERENCES `eventtype` (`eventtypeid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `alerthist` (
  `alerthistid` INT NOT NULL AUTO_INCREMENT,
  `source` VARCHAR(32) NOT NULL,
  `deviceid` INT,
  `netboxid` INT,
  `subid` VARCHAR(255) NOT NULL DEFAULT '',
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME,
  `eventtypeid` VARCHAR(32) NOT NULL,
  `alerttypeid` INT,
  `value` INT NOT NULL,
  `severity` INT NOT NULL,
  PRIMARY KEY (`alerthistid`),
  FOREIGN KEY (`source`) REFERENCES `subsystem` (`name`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`deviceid`) REFERENCES `device` (`deviceid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`netboxid`) REFERENCES `netbox` (`netboxid`) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (`eventtypeid`) REFERENCES `eventtype` (`eventtypeid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`alerttypeid`) REFERENCES `alerttype` (`alerttypeid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `alerthistmsg` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `alerthistid` INT,
  `state` CHAR(1) NOT NULL,
  `msgtype` VARCHAR(255) NOT NULL,
  `language` VARCHAR(255) NOT NULL,
  `msg` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`alerthistid`, `state`, `msgtype`, `language`),
  FOREIGN KEY (`alerthistid`) REFERENCES `alerthist` (`alerthistid`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `message` (
  `messageid` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `tech_description` TEXT,
  `publish_start` DATETIME,
  `publish_end` DATETIME,
  `author` VARCHAR(255) NOT NULL,
  `last_changed` DATETIME,
  `replaces_message` INT,
  `replaced_by` INT,
  PRIMARY KEY (`messageid`),
  FOREIGN KEY (`replaces_message`) REFERENCES `message` (`messageid`),
  FOREIGN KEY (`replaced_by`) REFERENCES `message` (`messageid`)
);

CREATE TABLE `maint_task` (
  `maint_taskid` INT NOT NULL AUTO_INCREMENT,
  `maint_start` DATETIME NOT NULL,
  `maint_end` DATETIME NOT NULL,
  `description` TEXT NOT NULL,
  `author` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`maint_taskid`)
);

CREATE TABLE `maint_component` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `maint_taskid` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`maint_taskid`, `key`, `value`),
  UNIQUE (`id`),
  FOREIGN KEY (`maint_taskid`) REFERENCES `maint_task` (`maint_taskid`) ON UPDATE CASCADE ON DELETE CASCADE
);

-- profiles: user accounts
CREATE TABLE `alertsender` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `handler` VARCHAR(100) NOT NULL,
  CONSTRAINT `alertsender_unique_name` UNIQUE (`name`),
  CONSTRAINT `alertsender_unique_handler` UNIQUE (`handler`),
  CONSTRAINT `alertsender_pkey` PRIMARY KEY (`id`)
);

CREATE TABLE `account` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) DEFAULT 'Noname',
  `password` VARCHAR(255),
  `ext_sync` VARCHAR(255),
  `preferences` TEXT,
  CONSTRAINT `account_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `account_login_key` UNIQUE (`login`)
);

CREATE TABLE `accountgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT 'Noname',
  `descr` VARCHAR(255),
  CONSTRAINT `accountgroup_pkey` PRIMARY KEY (`id`)
);

CREATE TABLE `accountgroup_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_id` INT NOT NULL,
  `accountgroup_id` INT NOT NULL,
  CONSTRAINT `accountgroup_accounts_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `accountgroup_accounts_account_id_key` UNIQUE (`account_id`, `accountgroup_id`),
  CONSTRAINT `accountgroup_accounts_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `accountgroup_accounts_accountgroup_id_fkey` FOREIGN KEY (`accountgroup_id`) REFERENCES `accountgroup` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `accountproperty` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accountid` INT,
  `property` VARCHAR(255),
  `value` VARCHAR(255),
  CONSTRAINT `accountproperty_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `accountproperty_accountid_fkey` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `alertaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accountid` INT NOT NULL,
  `type` INT NOT NULL,
  `address` VARCHAR(255),
  CONSTRAINT `alertaddress_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `alertaddress_accountid_fkey` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `alertaddress_type_fkey` FOREIGN KEY (`type`) REFERENCES `alertsender` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `alertprofile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accountid` INT NOT NULL,
  `name` VARCHAR(255),
  `daily_dispatch_time` TIME NOT NULL DEFAULT '08:00:00',
  `weekly_dispatch_day` INT NOT NULL DEFAULT 0,
  `weekly_dispatch_time` TIME NOT NULL DEFAULT '08:30:00',
  CONSTRAINT `alertprofile_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `alertprofile_accountid_fkey` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `smsq` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accountid` INT,
  `time` DATETIME NOT NULL,
  `phone` VARCHAR(15) NOT NULL,
  `msg` VARCHAR(145) NOT NULL,
  `sent` CHAR(1) NOT NULL DEFAULT 'N',
  `smsid` INT,
  `timesent` DATETIME,
  `severity` INT,
  CONSTRAINT `smsq_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `smsq_accountid_fkey` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME NOT NULL,
  PRIMARY KEY (`session_key`)
);

-- manage2 (tables referring to profiles.account)
CREATE TABLE `macwatch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mac` CHAR(17) NOT NULL,
  `userid` INT,
  `description` VARCHAR(255),
  `created` DATETIME,
  `prefix_length` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `macwatch_unique_mac` UNIQUE (`mac`),
  FOREIGN KEY (`userid`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `macwatch_match` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `macwatch` INT NOT NULL,
  `cam` INT NOT NULL,
  `posted` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`macwatch`) REFERENCES `macwatch` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`cam`) REFERENCES `cam` (`camid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `apitoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME NOT NULL,
  `client` INT,
  `scope` INT DEFAULT 0,
  `created` DATETIME,
  `last_used` DATETIME,
  `comment` TEXT,
  `revoked` TINYINT(1) DEFAULT 0,
  `endpoints` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`client`) REFERENCES `account` (`id`)
);

CREATE TABLE `alerthist_ack` (
  `alert_id` INT NOT NULL,
  `account_id` INT NOT NULL,
  `comment` VARCHAR(255) DEFAULT NULL,
  `date` DATETIME,
  PRIMARY KEY (`alert_id`),
  CONSTRAINT `alerthistory_ack_alert` FOREIGN KEY (`alert_id`) REFERENCES `alerthist` (`alerthistid`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `alerthistory_ack_user` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

-- radius: FreeRADIUS accounting and log, as NAV's radius module stores them
CREATE TABLE `radiusacct` (
  `radacctid` BIGINT NOT NULL AUTO_INCREMENT,
  `acctsessionid` VARCHAR(96) NOT NULL,
  `acctuniqueid` VARCHAR(32) NOT NULL,
  `username` VARCHAR(70),
  `realm` VARCHAR(24),
  `nasipaddress` VARCHAR(45) NOT NULL,
  `nasporttype` VARCHAR(32),
  `cisconasport` VARCHAR(32),
  `acctstarttime` DATETIME,
  `acctstoptime` DATETIME,
  `acctsessiontime` BIGINT,
  `acctinputoctets` BIGINT,
  `acctoutputoctets` BIGINT,
  `calledstationid` VARCHAR(50),
  `callingstationid` VARCHAR(50),
  `acctterminatecause` VARCHAR(32),
  `framedprotocol` VARCHAR(32),
  `framedipaddress` VARCHAR(45),
  `acctstartdelay` BIGINT,
  `acctstopdelay` BIGINT,
  PRIMARY KEY (`radacctid`)
);

CREATE TABLE `radiuslog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `time` DATETIME,
  `type` VARCHAR(10),
  `message` VARCHAR(200),
  `status` VARCHAR(65),
  `username` VARCHAR(70),
  `client` VARCHAR(65),
  `port` VARCHAR(8),
  PRIMARY KEY (`id`)
);

-- arnold: detention (blocking) of end-user machines on switch ports
CREATE TABLE `blocked_reason` (
  `blocked_reasonid` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `comment` VARCHAR(255),
  PRIMARY KEY (`blocked_reasonid`)
);

CREATE TABLE `identity` (
  `identityid` INT NOT NULL AUTO_INCREMENT,
  `mac` CHAR(17) NOT NULL, -- MAC-address of computer
  `blocked_status` VARCHAR(255),
  `blocked_reasonid` INT, -- reason of block
  `swportid` INT NOT NULL, -- FK to swport-table. We find sysname,ip,module and port from this
  `ip` VARCHAR(45), -- current ip of computer
  `dns` VARCHAR(255), -- current dns-name of computer
  `netbios` VARCHAR(255), -- current netbios-name of computer
  `starttime` DATETIME NOT NULL, -- time of first event on this computer-swport combo
  `lastchanged` DATETIME NOT NULL, -- time of last current event on this computer-swport combo
  `autoenable` DATETIME, -- time for autoenable
  `autoenablestep` INT, -- number of days to wait for autoenable
  `mail` VARCHAR(255), -- the mail address the warning was sent to
  `orgid` VARCHAR(255),
  `determined` CHAR(1), -- set to y if this is mac/port combo is blocked with the -d option.
  `fromvlan` INT, -- original vlan on port before change (only on vlanchange)
  `tovlan` INT, -- vlan on port after change (only on vlanchange)
  `textual_interface` VARCHAR(255) DEFAULT '', -- for storing textual representation of the interface when detaining
  PRIMARY KEY (`identityid`),
  UNIQUE (`mac`, `swportid`),
  FOREIGN KEY (`blocked_reasonid`) REFERENCES `blocked_reason` (`blocked_reasonid`) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE `event` (
  `eventid` INT NOT NULL AUTO_INCREMENT,
  `identityid` INT,
  `event_comment` VARCHAR(255),
  `blocked_status` VARCHAR(255),
  `blocked_reasonid` INT, -- reason of block
  `eventtime` DATETIME NOT NULL,
  `autoenablestep` INT,
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`),
  FOREIGN KEY (`identityid`) REFERENCES `identity` (`identityid`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`blocked_reasonid`) REFERENCES `blocked_reason` (`blocked_reasonid`) ON UPDATE CASCADE ON DELETE SET NULL
);

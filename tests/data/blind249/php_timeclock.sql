-- PHP Timeclock 1.04 (timeclock.sourceforge.net, Ken Papizan; employee punch-in / punch-out time clock).
-- Upstream is on SourceForge; read from the git copy github.com/hjelmua/php-timeclock docs/database-schema.sql,
-- commit b9d67cc4b37a6fc1f8eb97e401001d53af2fedfa (GPL-2.0), a mysqldump of a running install of that copy:
-- upstream's create_tables.sql (dbversion 1.4) plus the copy's `info.id` key. All 8 tables kept as dumped,
-- with the charset / collation clauses left out.

CREATE TABLE `audit` (
  `modified_by_ip` varchar(39) NOT NULL DEFAULT '',
  `modified_by_user` varchar(50) NOT NULL DEFAULT '',
  `modified_when` bigint(14) NOT NULL,
  `modified_from` bigint(14) NOT NULL,
  `modified_to` bigint(14) NOT NULL,
  `modified_why` varchar(250) NOT NULL DEFAULT '',
  `user_modified` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`modified_when`),
  UNIQUE KEY `modified_when` (`modified_when`)
) ENGINE=InnoDB;

CREATE TABLE `dbversion` (
  `dbversion` decimal(5,1) NOT NULL DEFAULT 0.0,
  PRIMARY KEY (`dbversion`)
) ENGINE=InnoDB;

CREATE TABLE `employees` (
  `empfullname` varchar(50) NOT NULL DEFAULT '',
  `tstamp` bigint(14) DEFAULT NULL,
  `employee_passwd` varchar(25) NOT NULL DEFAULT '',
  `displayname` varchar(50) NOT NULL DEFAULT '',
  `email` varchar(75) NOT NULL DEFAULT '',
  `groups` varchar(50) NOT NULL DEFAULT '',
  `office` varchar(50) NOT NULL DEFAULT '',
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `reports` tinyint(1) NOT NULL DEFAULT 0,
  `time_admin` tinyint(1) NOT NULL DEFAULT 0,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`empfullname`)
) ENGINE=InnoDB;

CREATE TABLE `groups` (
  `groupname` varchar(50) NOT NULL DEFAULT '',
  `groupid` int(10) NOT NULL AUTO_INCREMENT,
  `officeid` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`groupid`)
) ENGINE=InnoDB;

CREATE TABLE `info` (
  `fullname` varchar(50) NOT NULL DEFAULT '',
  `inout` varchar(50) NOT NULL DEFAULT '',
  `timestamp` bigint(14) DEFAULT NULL,
  `notes` varchar(250) DEFAULT NULL,
  `ipaddress` varchar(39) NOT NULL DEFAULT '',
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `fullname` (`fullname`)
) ENGINE=InnoDB;

CREATE TABLE `metars` (
  `metar` varchar(255) NOT NULL DEFAULT '',
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `station` varchar(4) NOT NULL,
  PRIMARY KEY (`station`)
) ENGINE=InnoDB;

CREATE TABLE `offices` (
  `officename` varchar(50) NOT NULL DEFAULT '',
  `officeid` int(10) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`officeid`)
) ENGINE=InnoDB;

CREATE TABLE `punchlist` (
  `punchitems` varchar(50) NOT NULL DEFAULT '',
  `color` varchar(7) NOT NULL DEFAULT '',
  `in_or_out` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`punchitems`)
) ENGINE=InnoDB;

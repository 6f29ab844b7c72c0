-- Traccar (GPS tracking server: users, devices, positions, events, geofences, drivers, groups, notifications,
-- commands, reports, permissions, statistics, calendars, maintenance, orders, audit actions)
-- Upstream: https://github.com/traccar/traccar (Apache-2.0), commit 9e5c458ad0bf44ceaddf72534bf6874787f41b6c
-- Reconstructed by replaying the Liquibase changelogs listed in schema/changelog-master.xml, in order:
--   schema/changelog-4.0-clean.xml, changelog-4.1.xml, 4.7, 4.9, 4.10, 4.11, 4.13, 4.15, 5.0 ... 5.11,
--   6.2, 6.3, 6.6, 6.7.0, 6.8.0, 6.9.0, 6.11.0, 6.13.0, 6.15.0 (createTable, addColumn, dropColumn, renameColumn,
--   modifyDataType, add/dropForeignKeyConstraint), for MySQL (MSSQL-only and TimescaleDB-only change sets skipped).
-- Table and column names and types are upstream's; upstream declares no column comments.
-- Kept 40 of the 49 tables; left out: tc_device_attribute, tc_device_maintenance, tc_device_order,
-- tc_device_report, tc_group_attribute, tc_group_command, tc_group_maintenance, tc_group_order, tc_group_report
-- (further device/group permission link tables of the same shape as the kept ones). Indexes left out; foreign keys
-- (upstream names) kept between kept tables, written inline. Upstream dropped the device foreign keys of
-- tc_positions and tc_events in 6.3, so they have none. Link tables have no primary key upstream.

CREATE TABLE `tc_attributes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `description` VARCHAR(4000) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `attribute` VARCHAR(128) NOT NULL,
  `expression` VARCHAR(4000) NOT NULL,
  `priority` INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_calendars` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `data` MEDIUMBLOB NOT NULL,
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_commands` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `description` VARCHAR(4000) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `textchannel` BOOLEAN NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_drivers` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `uniqueid` VARCHAR(128) NOT NULL UNIQUE,
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_events` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` VARCHAR(128) NOT NULL,
  `eventtime` TIMESTAMP NOT NULL,
  `deviceid` INT,
  `positionid` INT,
  `geofenceid` INT,
  `attributes` VARCHAR(4000),
  `maintenanceid` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_geofences` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `description` VARCHAR(128),
  `area` VARCHAR(4096) NOT NULL,
  `attributes` VARCHAR(4000),
  `calendarid` INT,
  CONSTRAINT `fk_geofence_calendar_calendarid` FOREIGN KEY (`calendarid`) REFERENCES `tc_calendars` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_groups` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `groupid` INT,
  `attributes` VARCHAR(4000),
  CONSTRAINT `fk_groups_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE SET NULL ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_devices` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `uniqueid` VARCHAR(128) NOT NULL UNIQUE,
  `lastupdate` TIMESTAMP NULL,
  `positionid` BIGINT,
  `groupid` INT,
  `attributes` VARCHAR(4000),
  `phone` VARCHAR(128),
  `model` VARCHAR(128),
  `contact` VARCHAR(512),
  `category` VARCHAR(128),
  `disabled` BOOLEAN DEFAULT 0,
  `status` CHAR(8),
  `expirationtime` TIMESTAMP NULL,
  `motionstate` BOOLEAN DEFAULT 0,
  `motiontime` TIMESTAMP NULL,
  `motiondistance` DOUBLE DEFAULT 0,
  `overspeedstate` BOOLEAN DEFAULT 0,
  `overspeedtime` TIMESTAMP NULL,
  `overspeedgeofenceid` BIGINT DEFAULT 0,
  `motionstreak` BOOLEAN DEFAULT 0,
  `calendarid` INT,
  `motionpositionid` BIGINT,
  `motionlatitude` DOUBLE DEFAULT 0,
  `motionlongitude` DOUBLE DEFAULT 0,
  CONSTRAINT `fk_devices_calendarid` FOREIGN KEY (`calendarid`) REFERENCES `tc_calendars` (`id`) ON DELETE SET NULL ON UPDATE RESTRICT,
  CONSTRAINT `fk_devices_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_device_command` (
  `deviceid` INT NOT NULL,
  `commandid` INT NOT NULL,
  CONSTRAINT `fk_device_command_commandid` FOREIGN KEY (`commandid`) REFERENCES `tc_commands` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_device_command_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_device_driver` (
  `deviceid` INT NOT NULL,
  `driverid` INT NOT NULL,
  CONSTRAINT `fk_device_driver_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_device_driver_driverid` FOREIGN KEY (`driverid`) REFERENCES `tc_drivers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_device_geofence` (
  `deviceid` INT NOT NULL,
  `geofenceid` INT NOT NULL,
  CONSTRAINT `fk_device_geofence_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_device_geofence_geofenceid` FOREIGN KEY (`geofenceid`) REFERENCES `tc_geofences` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_group_driver` (
  `groupid` INT NOT NULL,
  `driverid` INT NOT NULL,
  CONSTRAINT `fk_group_driver_driverid` FOREIGN KEY (`driverid`) REFERENCES `tc_drivers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_group_driver_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_group_geofence` (
  `groupid` INT NOT NULL,
  `geofenceid` INT NOT NULL,
  CONSTRAINT `fk_group_geofence_geofenceid` FOREIGN KEY (`geofenceid`) REFERENCES `tc_geofences` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_group_geofence_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_maintenances` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(4000) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `start` DOUBLE NOT NULL DEFAULT 0,
  `period` DOUBLE NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` VARCHAR(128) NOT NULL,
  `attributes` VARCHAR(4000),
  `always` BOOLEAN NOT NULL DEFAULT 0,
  `calendarid` INT,
  `notificators` VARCHAR(128),
  `commandid` INT,
  `description` VARCHAR(4000),
  CONSTRAINT `fk_notification_calendar_calendarid` FOREIGN KEY (`calendarid`) REFERENCES `tc_calendars` (`id`) ON DELETE SET NULL ON UPDATE RESTRICT,
  CONSTRAINT `fk_notifications_commandid` FOREIGN KEY (`commandid`) REFERENCES `tc_commands` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_device_notification` (
  `deviceid` INT NOT NULL,
  `notificationid` INT NOT NULL,
  CONSTRAINT `fk_device_notification_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_device_notification_notificationid` FOREIGN KEY (`notificationid`) REFERENCES `tc_notifications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_group_notification` (
  `groupid` INT NOT NULL,
  `notificationid` INT NOT NULL,
  CONSTRAINT `fk_group_notification_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_group_notification_notificationid` FOREIGN KEY (`notificationid`) REFERENCES `tc_notifications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_positions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `protocol` VARCHAR(128),
  `deviceid` INT NOT NULL,
  `servertime` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `devicetime` TIMESTAMP NOT NULL,
  `fixtime` TIMESTAMP NOT NULL,
  `valid` BOOLEAN NOT NULL,
  `latitude` DOUBLE NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `altitude` FLOAT NOT NULL,
  `speed` FLOAT NOT NULL,
  `course` FLOAT NOT NULL,
  `address` VARCHAR(512),
  `attributes` VARCHAR(4000),
  `accuracy` DOUBLE NOT NULL DEFAULT 0,
  `network` VARCHAR(4000),
  `geofenceids` VARCHAR(128)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_servers` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `registration` BOOLEAN NOT NULL DEFAULT 0,
  `latitude` DOUBLE NOT NULL DEFAULT 0,
  `longitude` DOUBLE NOT NULL DEFAULT 0,
  `zoom` INT NOT NULL DEFAULT 0,
  `map` VARCHAR(128),
  `bingkey` VARCHAR(128),
  `mapurl` VARCHAR(512),
  `readonly` BOOLEAN NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4000),
  `forcesettings` BOOLEAN NOT NULL DEFAULT 0,
  `coordinateformat` VARCHAR(128),
  `devicereadonly` BOOLEAN DEFAULT 0,
  `limitcommands` BOOLEAN DEFAULT 0,
  `poilayer` VARCHAR(512),
  `announcement` VARCHAR(4000),
  `disablereports` BOOLEAN DEFAULT 0,
  `overlayurl` VARCHAR(512),
  `fixedemail` BOOLEAN DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_statistics` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `capturetime` TIMESTAMP NOT NULL,
  `activeusers` INT NOT NULL DEFAULT 0,
  `activedevices` INT NOT NULL DEFAULT 0,
  `requests` INT NOT NULL DEFAULT 0,
  `messagesreceived` INT NOT NULL DEFAULT 0,
  `messagesstored` INT NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4096) NOT NULL,
  `mailsent` INT NOT NULL DEFAULT 0,
  `smssent` INT NOT NULL DEFAULT 0,
  `geocoderrequests` INT NOT NULL DEFAULT 0,
  `geolocationrequests` INT NOT NULL DEFAULT 0,
  `protocols` VARCHAR(4096)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_users` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(128) NOT NULL,
  `email` VARCHAR(128) NOT NULL UNIQUE,
  `hashedpassword` VARCHAR(128),
  `salt` VARCHAR(128),
  `readonly` BOOLEAN NOT NULL DEFAULT 0,
  `administrator` BOOLEAN,
  `map` VARCHAR(128),
  `latitude` DOUBLE NOT NULL DEFAULT 0,
  `longitude` DOUBLE NOT NULL DEFAULT 0,
  `zoom` INT NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4000),
  `coordinateformat` VARCHAR(128),
  `disabled` BOOLEAN DEFAULT 0,
  `expirationtime` TIMESTAMP NULL,
  `devicelimit` INT DEFAULT -1,
  `userlimit` INT DEFAULT 0,
  `devicereadonly` BOOLEAN DEFAULT 0,
  `phone` VARCHAR(128),
  `limitcommands` BOOLEAN DEFAULT 0,
  `login` VARCHAR(128),
  `poilayer` VARCHAR(512),
  `disablereports` BOOLEAN DEFAULT 0,
  `fixedemail` BOOLEAN DEFAULT 0,
  `totpkey` VARCHAR(64),
  `temporary` BOOLEAN DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_attribute` (
  `userid` INT NOT NULL,
  `attributeid` INT NOT NULL,
  CONSTRAINT `fk_user_attribute_attributeid` FOREIGN KEY (`attributeid`) REFERENCES `tc_attributes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_attribute_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_calendar` (
  `userid` INT NOT NULL,
  `calendarid` INT NOT NULL,
  CONSTRAINT `fk_user_calendar_calendarid` FOREIGN KEY (`calendarid`) REFERENCES `tc_calendars` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_calendar_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_command` (
  `userid` INT NOT NULL,
  `commandid` INT NOT NULL,
  CONSTRAINT `fk_user_command_commandid` FOREIGN KEY (`commandid`) REFERENCES `tc_commands` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_command_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_device` (
  `userid` INT NOT NULL,
  `deviceid` INT NOT NULL,
  CONSTRAINT `fk_user_device_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_device_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_driver` (
  `userid` INT NOT NULL,
  `driverid` INT NOT NULL,
  CONSTRAINT `fk_user_driver_driverid` FOREIGN KEY (`driverid`) REFERENCES `tc_drivers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_driver_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_geofence` (
  `userid` INT NOT NULL,
  `geofenceid` INT NOT NULL,
  CONSTRAINT `fk_user_geofence_geofenceid` FOREIGN KEY (`geofenceid`) REFERENCES `tc_geofences` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_geofence_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_group` (
  `userid` INT NOT NULL,
  `groupid` INT NOT NULL,
  CONSTRAINT `fk_user_group_groupid` FOREIGN KEY (`groupid`) REFERENCES `tc_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_group_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_maintenance` (
  `userid` INT NOT NULL,
  `maintenanceid` INT NOT NULL,
  CONSTRAINT `fk_user_maintenance_maintenanceid` FOREIGN KEY (`maintenanceid`) REFERENCES `tc_maintenances` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_maintenance_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_notification` (
  `userid` INT NOT NULL,
  `notificationid` INT NOT NULL,
  CONSTRAINT `fk_user_notification_notificationid` FOREIGN KEY (`notificationid`) REFERENCES `tc_notifications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_notification_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_user` (
  `userid` INT NOT NULL,
  `manageduserid` INT NOT NULL,
  CONSTRAINT `fk_user_user_manageduserid` FOREIGN KEY (`manageduserid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_user_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_orders` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uniqueid` VARCHAR(128) NOT NULL,
  `description` VARCHAR(512),
  `fromaddress` VARCHAR(512),
  `toaddress` VARCHAR(512),
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_order` (
  `userid` INT NOT NULL,
  `orderid` INT NOT NULL,
  CONSTRAINT `fk_user_order_orderid` FOREIGN KEY (`orderid`) REFERENCES `tc_orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_order_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_keystore` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `publickey` MEDIUMBLOB NOT NULL,
  `privatekey` MEDIUMBLOB NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_commands_queue` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `deviceid` INT NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `textchannel` BOOLEAN NOT NULL DEFAULT 0,
  `attributes` VARCHAR(4000) NOT NULL,
  CONSTRAINT `fk_commands_queue_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_reports` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` VARCHAR(32) NOT NULL,
  `description` VARCHAR(128) NOT NULL,
  `calendarid` INT NOT NULL,
  `attributes` VARCHAR(4000) NOT NULL,
  CONSTRAINT `fk_reports_calendarid` FOREIGN KEY (`calendarid`) REFERENCES `tc_calendars` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_user_report` (
  `userid` INT NOT NULL,
  `reportid` INT NOT NULL,
  CONSTRAINT `fk_user_report_reportid` FOREIGN KEY (`reportid`) REFERENCES `tc_reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_report_userid` FOREIGN KEY (`userid`) REFERENCES `tc_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_actions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `actiontime` TIMESTAMP NOT NULL,
  `address` VARCHAR(48),
  `userid` BIGINT,
  `actiontype` VARCHAR(32) NOT NULL,
  `objecttype` VARCHAR(32),
  `objectid` BIGINT,
  `attributes` VARCHAR(4000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_revoked_tokens` (
  `id` BIGINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tc_device_device` (
  `deviceid` INT NOT NULL,
  `linkeddeviceid` INT NOT NULL,
  CONSTRAINT `fk_device_device_deviceid` FOREIGN KEY (`deviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_device_device_linkeddeviceid` FOREIGN KEY (`linkeddeviceid`) REFERENCES `tc_devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

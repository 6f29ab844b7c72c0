-- Headwind MDM (h-mdm/hmdm-server), Liquibase changelogs replayed into PostgreSQL 15, written as MySQL

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `customers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` LONGTEXT,
  `filesDir` VARCHAR(255) NOT NULL,
  `master` TINYINT(1) NOT NULL DEFAULT 0,
  `prefix` VARCHAR(100) NOT NULL,
  `registrationTime` BIGINT,
  `lastLoginTime` BIGINT,
  `accountType` INT NOT NULL DEFAULT 0,
  `expiryTime` BIGINT,
  `deviceLimit` INT NOT NULL DEFAULT 3,
  `customerStatus` VARCHAR(100),
  `email` VARCHAR(50),
  `firstName` VARCHAR(100),
  `lastName` VARCHAR(100),
  `language` VARCHAR(100),
  `inactiveState` INT NOT NULL DEFAULT 0,
  `pauseState` INT NOT NULL DEFAULT 0,
  `abandonState` INT NOT NULL DEFAULT 0,
  `sizeLimit` INT NOT NULL DEFAULT 100,
  `signupStatus` VARCHAR(100) DEFAULT 'active',
  `signupToken` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_filesdir_key` (`filesDir`),
  UNIQUE KEY `customer_name_key` (`name`),
  UNIQUE KEY `customers_prefix_key` (`prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploadedFiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `filePath` LONGTEXT,
  `uploadTime` BIGINT NOT NULL,
  `description` LONGTEXT,
  `devicePath` LONGTEXT,
  `external` TINYINT(1) NOT NULL DEFAULT 0,
  `externalUrl` LONGTEXT,
  `replaceVariables` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `uploadedfiles_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `icons` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `fileId` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `icons_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `icons_fileid_fkey` FOREIGN KEY (`fileId`) REFERENCES `uploadedFiles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicationVersions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `applicationId` INT NOT NULL,
  `version` VARCHAR(50) NOT NULL,
  `url` VARCHAR(500),
  `apkHash` VARCHAR(100),
  `split` TINYINT(1) NOT NULL DEFAULT 0,
  `urlArmeabi` LONGTEXT,
  `urlArm64` LONGTEXT,
  `versionCode` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `applicationversions_app_version_key` (`applicationId`, `version`),
  CONSTRAINT `applicationversions_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pkg` VARCHAR(100) NOT NULL,
  `name` VARCHAR(500) NOT NULL,
  `showIcon` TINYINT(1) NOT NULL DEFAULT 0,
  `customerId` INT,
  `system` TINYINT(1) NOT NULL DEFAULT 0,
  `latestVersion` INT,
  `runAfterInstall` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(10) NOT NULL DEFAULT 'app',
  `iconText` VARCHAR(256),
  `iconId` INT,
  `runAtBoot` TINYINT(1) NOT NULL DEFAULT 0,
  `useKiosk` TINYINT(1) NOT NULL DEFAULT 0,
  `intent` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `applications_iconid_fkey` FOREIGN KEY (`iconId`) REFERENCES `icons` (`id`) ON DELETE SET NULL,
  CONSTRAINT `applications_latestversion_fkey` FOREIGN KEY (`latestVersion`) REFERENCES `applicationVersions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_customer_1` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT,
  `type` INT NOT NULL DEFAULT 0,
  `password` VARCHAR(100),
  `backgroundColor` VARCHAR(20),
  `textColor` VARCHAR(20),
  `backgroundImageUrl` VARCHAR(500),
  `iconSize` LONGTEXT NOT NULL,
  `desktopHeader` LONGTEXT NOT NULL,
  `useDefaultDesignSettings` TINYINT(1) NOT NULL DEFAULT 1,
  `customerId` INT,
  `gps` TINYINT(1),
  `bluetooth` TINYINT(1),
  `wifi` TINYINT(1),
  `mobileData` TINYINT(1),
  `mainAppId` INT,
  `eventReceivingComponent` VARCHAR(512),
  `kioskMode` TINYINT(1) NOT NULL DEFAULT 0,
  `qrCodeKey` VARCHAR(255) NOT NULL,
  `contentAppId` INT,
  `autoUpdate` TINYINT(1) NOT NULL DEFAULT 0,
  `blockStatusBar` TINYINT(1) NOT NULL DEFAULT 0,
  `systemUpdateType` INT NOT NULL DEFAULT 0,
  `systemUpdateFrom` VARCHAR(10),
  `systemUpdateTo` VARCHAR(10),
  `usbStorage` TINYINT(1),
  `requestUpdates` VARCHAR(20) NOT NULL DEFAULT 'DONOTTRACK',
  `pushOptions` VARCHAR(20) NOT NULL DEFAULT 'mqttWorker',
  `autoBrightness` TINYINT(1),
  `brightness` INT DEFAULT 180,
  `manageTimeout` TINYINT(1) DEFAULT 0,
  `timeout` INT DEFAULT 60,
  `lockVolume` TINYINT(1) DEFAULT 0,
  `wifiSSID` VARCHAR(256),
  `wifiPassword` VARCHAR(256),
  `wifiSecurityType` VARCHAR(16),
  `passwordMode` VARCHAR(50),
  `kioskHome` TINYINT(1),
  `kioskRecents` TINYINT(1),
  `kioskNotifications` TINYINT(1),
  `kioskSystemInfo` TINYINT(1),
  `kioskKeyguard` TINYINT(1),
  `orientation` INT,
  `runDefaultLauncher` TINYINT(1),
  `timeZone` VARCHAR(200),
  `allowedClasses` LONGTEXT,
  `newServerUrl` LONGTEXT,
  `lockSafeSettings` TINYINT(1),
  `disableScreenshots` TINYINT(1),
  `restrictions` LONGTEXT,
  `defaultFilePath` LONGTEXT NOT NULL,
  `keepaliveTime` INT,
  `manageVolume` TINYINT(1),
  `volume` INT,
  `showWifi` TINYINT(1),
  `mobileEnrollment` TINYINT(1) NOT NULL DEFAULT 0,
  `desktopHeaderTemplate` LONGTEXT,
  `kioskLockButtons` TINYINT(1),
  `scheduleAppUpdate` TINYINT(1),
  `appUpdateFrom` VARCHAR(10),
  `appUpdateTo` VARCHAR(10),
  `disableLocation` TINYINT(1) NOT NULL DEFAULT 0,
  `appPermissions` VARCHAR(20) NOT NULL DEFAULT 'GRANTALL',
  `permissive` TINYINT(1),
  `kioskExit` TINYINT(1) DEFAULT 1,
  `qrParameters` LONGTEXT,
  `autostartForeground` TINYINT(1),
  `displayStatus` TINYINT(1) NOT NULL DEFAULT 0,
  `encryptDevice` TINYINT(1) NOT NULL DEFAULT 0,
  `downloadUpdates` VARCHAR(20) NOT NULL DEFAULT 'UNLIMITED',
  `kioskScreenOn` TINYINT(1),
  `launcherUrl` LONGTEXT,
  `adminExtras` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `qrcodekey_uniq` (`qrCodeKey`),
  CONSTRAINT `configurations_contentappid_fkey` FOREIGN KEY (`contentAppId`) REFERENCES `applicationVersions` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `configurations_mainappid_fkey` FOREIGN KEY (`mainAppId`) REFERENCES `applicationVersions` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_customer_2` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurationApplicationParameters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configurationId` INT NOT NULL,
  `applicationId` INT NOT NULL,
  `skipVersionCheck` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cap_config_application_unique` (`configurationId`, `applicationId`),
  CONSTRAINT `configurationapplicationparameters_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `configurationapplicationparameters_configurationid_fkey` FOREIGN KEY (`configurationId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurationApplications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configurationId` INT NOT NULL,
  `applicationId` INT NOT NULL,
  `remove` TINYINT(1) NOT NULL DEFAULT 0,
  `showIcon` TINYINT(1) NOT NULL DEFAULT 0,
  `applicationVersionId` INT,
  `action` INT NOT NULL DEFAULT 1,
  `screenOrder` INT,
  `keyCode` INT,
  `bottom` TINYINT(1) NOT NULL DEFAULT 0,
  `longTap` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `configurationapplications_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `configurationapplications_applicationversionid_fkey` FOREIGN KEY (`applicationVersionId`) REFERENCES `applicationVersions` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `configurationapplications_configurationid_fkey` FOREIGN KEY (`configurationId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurationApplicationSettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `applicationId` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `value` LONGTEXT,
  `comment` LONGTEXT,
  `readonly` TINYINT(1) NOT NULL DEFAULT 0,
  `extRefId` INT NOT NULL,
  `lastUpdate` BIGINT NOT NULL,
  `variable` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `configurationapplicationsettings_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `configurationapplicationsettings_extrefid_fkey` FOREIGN KEY (`extRefId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configurationFiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configurationId` INT NOT NULL,
  `description` LONGTEXT,
  `devicePath` LONGTEXT,
  `externalUrl` LONGTEXT,
  `filePath` LONGTEXT,
  `checksum` LONGTEXT,
  `remove` TINYINT(1) NOT NULL DEFAULT 0,
  `lastUpdate` BIGINT,
  `fileId` INT,
  `replaceVariables` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `configurationfiles_configurationid_fkey` FOREIGN KEY (`configurationId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `configurationfiles_fileid_fkey` FOREIGN KEY (`fileId`) REFERENCES `uploadedFiles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(100) NOT NULL,
  `description` LONGTEXT,
  `lastUpdate` BIGINT NOT NULL DEFAULT 0,
  `configurationId` INT NOT NULL,
  `oldConfigurationId` INT,
  `info` LONGTEXT,
  `imei` VARCHAR(50),
  `phone` VARCHAR(20),
  `customerId` INT,
  `imeiUpdateTs` BIGINT,
  `custom1` LONGTEXT,
  `custom2` LONGTEXT,
  `custom3` LONGTEXT,
  `oldNumber` VARCHAR(100),
  `fastSearch` VARCHAR(100),
  `enrollTime` BIGINT,
  `infojson` JSON,
  `publicIp` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `devices_number_unique` (`number`),
  CONSTRAINT `fk_customer_3` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deviceApplicationSettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `applicationId` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `value` LONGTEXT,
  `comment` LONGTEXT,
  `readonly` TINYINT(1) NOT NULL DEFAULT 0,
  `extRefId` INT NOT NULL,
  `lastUpdate` BIGINT NOT NULL,
  `variable` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `deviceapplicationsettings_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `deviceapplicationsettings_extrefid_fkey` FOREIGN KEY (`extRefId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `customerId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customer_4` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deviceGroups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deviceId` INT NOT NULL,
  `groupId` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `devicegroups_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `devicegroups_groupid_fkey` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deviceStatuses` (
  `deviceId` INT NOT NULL,
  `configFilesStatus` VARCHAR(100),
  `applicationsStatus` VARCHAR(100),
  PRIMARY KEY (`deviceId`),
  CONSTRAINT `devicestatuses_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pushMessages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `messageType` VARCHAR(50) NOT NULL,
  `deviceId` INT NOT NULL,
  `payload` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `pushmessages_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pendingPushes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `messageId` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `createTime` BIGINT NOT NULL,
  `sendTime` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pendingpushes_messageid_key` (`messageId`),
  CONSTRAINT `pendingpushes_messageid_fkey` FOREIGN KEY (`messageId`) REFERENCES `pushMessages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pendingSignup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(50) NOT NULL,
  `signupTime` BIGINT,
  `language` VARCHAR(50),
  `token` VARCHAR(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pendingsignup_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` LONGTEXT,
  `superAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_audit_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createTime` BIGINT NOT NULL,
  `customerId` INT,
  `userId` INT,
  `login` VARCHAR(100),
  `action` VARCHAR(100),
  `payload` LONGTEXT,
  `ipAddress` VARCHAR(500),
  `errorCode` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deviceId` INT NOT NULL,
  `customerId` INT NOT NULL,
  `ts` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_deviceinfo_deviceparams_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams_device` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recordId` INT NOT NULL,
  `batteryLevel` INT,
  `batteryCharging` VARCHAR(20),
  `ip` VARCHAR(50),
  `keyguard` TINYINT(1),
  `ringVolume` INT,
  `wifi` TINYINT(1),
  `mobileData` TINYINT(1),
  `gps` TINYINT(1),
  `bluetooth` TINYINT(1),
  `usbStorage` TINYINT(1),
  `memoryTotal` INT,
  `memoryAvailable` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_deviceparams_device_recordid_key` (`recordId`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_device_recordid_fkey` FOREIGN KEY (`recordId`) REFERENCES `plugin_deviceinfo_deviceParams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams_gps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recordId` INT NOT NULL,
  `state` VARCHAR(20),
  `lat` DOUBLE,
  `lon` DOUBLE,
  `alt` DOUBLE,
  `speed` DOUBLE,
  `course` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_deviceparams_gps_recordid_key` (`recordId`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_gps_recordid_fkey` FOREIGN KEY (`recordId`) REFERENCES `plugin_deviceinfo_deviceParams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams_mobile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recordId` INT NOT NULL,
  `rssi` INT,
  `carrier` VARCHAR(50),
  `data` TINYINT(1),
  `ip` VARCHAR(50),
  `state` VARCHAR(20),
  `simState` VARCHAR(20),
  `tx` BIGINT,
  `rx` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_deviceparams_mobile_recordid_key` (`recordId`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_mobile_recordid_fkey` FOREIGN KEY (`recordId`) REFERENCES `plugin_deviceinfo_deviceParams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams_mobile2` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recordId` INT NOT NULL,
  `rssi` INT,
  `carrier` VARCHAR(50),
  `data` TINYINT(1),
  `ip` VARCHAR(50),
  `state` VARCHAR(20),
  `simState` VARCHAR(20),
  `tx` BIGINT,
  `rx` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_deviceparams_mobile2_recordid_key` (`recordId`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_mobile2_recordid_fkey` FOREIGN KEY (`recordId`) REFERENCES `plugin_deviceinfo_deviceParams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_deviceParams_wifi` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recordId` INT NOT NULL,
  `rssi` INT,
  `ssid` VARCHAR(500),
  `security` VARCHAR(500),
  `state` VARCHAR(20),
  `ip` VARCHAR(50),
  `tx` BIGINT,
  `rx` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_deviceparams_wifi_recordid_key` (`recordId`),
  CONSTRAINT `plugin_deviceinfo_deviceparams_wifi_recordid_fkey` FOREIGN KEY (`recordId`) REFERENCES `plugin_deviceinfo_deviceParams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_deviceinfo_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `dataPreservePeriod` INT NOT NULL DEFAULT 30,
  `sendData` TINYINT(1) NOT NULL DEFAULT 0,
  `intervalMins` INT NOT NULL DEFAULT 15,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_deviceinfo_settings_customer_unique` (`customerId`),
  CONSTRAINT `plugin_deviceinfo_settings_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_devicelog_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createTime` BIGINT,
  `customerId` INT NOT NULL,
  `deviceId` INT NOT NULL,
  `applicationId` INT NOT NULL,
  `ipAddress` VARCHAR(512),
  `severity` LONGTEXT,
  `severityOrder` INT,
  `message` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_devicelog_log_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_log_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_log_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_devicelog_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `logsPreservePeriod` INT NOT NULL DEFAULT 30,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_devicelog_settings_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_devicelog_settings_rules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `settingId` INT NOT NULL,
  `name` VARCHAR(120) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `applicationId` INT NOT NULL,
  `severity` LONGTEXT NOT NULL,
  `filter` LONGTEXT,
  `groupId` INT,
  `configurationId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_devicelog_settings_rules_applicationid_fkey` FOREIGN KEY (`applicationId`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_settings_rules_configurationid_fkey` FOREIGN KEY (`configurationId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_settings_rules_groupid_fkey` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_settings_rules_settingid_fkey` FOREIGN KEY (`settingId`) REFERENCES `plugin_devicelog_settings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_devicelog_setting_rule_devices` (
  `ruleId` INT NOT NULL,
  `deviceId` INT NOT NULL,
  CONSTRAINT `plugin_devicelog_setting_rule_devices_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_devicelog_setting_rule_devices_ruleid_fkey` FOREIGN KEY (`ruleId`) REFERENCES `plugin_devicelog_settings_rules` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_messaging_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `deviceId` INT NOT NULL,
  `ts` BIGINT NOT NULL,
  `message` VARCHAR(5000),
  `status` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_messaging_messages_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_messaging_messages_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_push_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `deviceId` INT NOT NULL,
  `ts` BIGINT NOT NULL,
  `messageType` VARCHAR(255),
  `payload` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_push_messages_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plugin_push_messages_deviceid_fkey` FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_push_schedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customerId` INT NOT NULL,
  `deviceId` INT NOT NULL DEFAULT 0,
  `groupId` INT NOT NULL DEFAULT 0,
  `configurationId` INT NOT NULL DEFAULT 0,
  `scope` VARCHAR(255),
  `messageType` VARCHAR(255),
  `payload` LONGTEXT,
  `comment` LONGTEXT,
  `min` VARCHAR(1024),
  `minBit` BIT(60),
  `hour` VARCHAR(1024),
  `hourBit` BIT(24),
  `day` VARCHAR(1024),
  `dayBit` BIT(31),
  `weekday` VARCHAR(1024),
  `weekdayBit` BIT(7),
  `month` VARCHAR(1024),
  `monthBit` BIT(12),
  PRIMARY KEY (`id`),
  CONSTRAINT `plugin_push_schedule_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(50) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `description` LONGTEXT,
  `createTime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `javascriptModuleFile` VARCHAR(200),
  `functionsViewTemplate` VARCHAR(200),
  `settingsViewTemplate` VARCHAR(200),
  `nameLocalizationKey` VARCHAR(200) NOT NULL DEFAULT 'plugin.name.not.specified',
  `settingsPermission` VARCHAR(200),
  `functionsPermission` VARCHAR(200),
  `deviceFunctionsPermission` VARCHAR(200),
  `enabledForDevice` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_identifier_unq` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pluginsDisabled` (
  `pluginId` INT NOT NULL,
  `customerId` INT NOT NULL,
  CONSTRAINT `pluginsdisabled_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pluginsdisabled_pluginid_fkey` FOREIGN KEY (`pluginId`) REFERENCES `plugins` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `backgroundColor` VARCHAR(20),
  `textColor` VARCHAR(20),
  `backgroundImageUrl` VARCHAR(500),
  `iconSize` LONGTEXT NOT NULL,
  `desktopHeader` LONGTEXT NOT NULL,
  `customerId` INT,
  `useDefaultLanguage` TINYINT(1) NOT NULL DEFAULT 1,
  `language` VARCHAR(20),
  `createNewDevices` TINYINT(1) NOT NULL DEFAULT 0,
  `newDeviceGroupId` INT,
  `newDeviceConfigurationId` INT,
  `phoneNumberFormat` VARCHAR(50) DEFAULT '+9 (999) 999-99-99',
  `customPropertyName1` VARCHAR(200),
  `customPropertyName2` VARCHAR(200),
  `customPropertyName3` VARCHAR(200),
  `customMultiline1` TINYINT(1) NOT NULL DEFAULT 0,
  `customMultiline2` TINYINT(1) NOT NULL DEFAULT 0,
  `customMultiline3` TINYINT(1) NOT NULL DEFAULT 0,
  `customSend1` TINYINT(1) NOT NULL DEFAULT 0,
  `customSend2` TINYINT(1) NOT NULL DEFAULT 0,
  `customSend3` TINYINT(1) NOT NULL DEFAULT 0,
  `desktopHeaderTemplate` LONGTEXT,
  `sendDescription` TINYINT(1) NOT NULL DEFAULT 0,
  `passwordReset` TINYINT(1) NOT NULL DEFAULT 0,
  `passwordLength` INT NOT NULL DEFAULT 0,
  `passwordStrength` INT NOT NULL DEFAULT 0,
  `twoFactor` TINYINT(1) NOT NULL DEFAULT 0,
  `idleLogout` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `settings_customer_unique` (`customerId`),
  CONSTRAINT `fk_customer_5` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trialkey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `keyCode` VARCHAR(50) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usageStats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ts` DATE NOT NULL,
  `instanceId` VARCHAR(255),
  `webVersion` VARCHAR(255),
  `community` TINYINT(1) NOT NULL DEFAULT 1,
  `devicesTotal` INT NOT NULL DEFAULT 0,
  `devicesOnline` INT NOT NULL DEFAULT 0,
  `cpuTotal` INT NOT NULL DEFAULT 0,
  `cpuUsed` INT NOT NULL DEFAULT 0,
  `ramTotal` INT NOT NULL DEFAULT 0,
  `ramUsed` INT NOT NULL DEFAULT 0,
  `scheme` VARCHAR(255),
  `arch` VARCHAR(255),
  `os` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `usagestats_ts_instanceid_key` (`ts`, `instanceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userRoles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` LONGTEXT,
  `superAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(30) NOT NULL,
  `email` VARCHAR(50),
  `name` VARCHAR(50),
  `password` VARCHAR(40) NOT NULL,
  `customerId` INT,
  `userRoleId` INT,
  `allDevicesAvailable` TINYINT(1) NOT NULL DEFAULT 1,
  `allConfigAvailable` TINYINT(1) NOT NULL DEFAULT 1,
  `passwordReset` TINYINT(1) NOT NULL DEFAULT 0,
  `authToken` VARCHAR(40),
  `passwordResetToken` VARCHAR(40),
  `authData` LONGTEXT,
  `twoFactorSecret` LONGTEXT,
  `twoFactorAccepted` TINYINT(1) NOT NULL DEFAULT 0,
  `lastLoginFail` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login_key` (`login`),
  UNIQUE KEY `users_login_unique` (`login`),
  CONSTRAINT `fk_customer_6` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_userroleid_fkey` FOREIGN KEY (`userRoleId`) REFERENCES `userRoles` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userConfigurationAccess` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `configurationId` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `userconfigurationaccess_configurationid_fkey` FOREIGN KEY (`configurationId`) REFERENCES `configurations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `userconfigurationaccess_userid_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userDeviceGroupsAccess` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `groupId` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `userdevicegroupsaccess_groupid_fkey` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `userdevicegroupsaccess_userid_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userHints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `hintKey` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `userhints_userid_hintkey_unique` (`userId`, `hintKey`),
  CONSTRAINT `userhints_userid_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userHintTypes` (
  `hintKey` VARCHAR(100) NOT NULL,
  UNIQUE KEY `userhinttypes_hintkey_key` (`hintKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userRolePermissions` (
  `roleId` INT NOT NULL,
  `permissionId` INT NOT NULL,
  CONSTRAINT `userrolepermissions_permissionid_fkey` FOREIGN KEY (`permissionId`) REFERENCES `permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `userrolepermissions_roleid_fkey` FOREIGN KEY (`roleId`) REFERENCES `userRoles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userRoleSettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `roleId` INT NOT NULL,
  `customerId` INT NOT NULL,
  `columnDisplayedDeviceStatus` TINYINT(1),
  `columnDisplayedDeviceDate` TINYINT(1),
  `columnDisplayedDeviceNumber` TINYINT(1),
  `columnDisplayedDeviceModel` TINYINT(1),
  `columnDisplayedDevicePermissionsStatus` TINYINT(1),
  `columnDisplayedDeviceAppInstallStatus` TINYINT(1),
  `columnDisplayedDeviceConfiguration` TINYINT(1),
  `columnDisplayedDeviceImei` TINYINT(1),
  `columnDisplayedDevicePhone` TINYINT(1),
  `columnDisplayedDeviceDesc` TINYINT(1),
  `columnDisplayedDeviceGroup` TINYINT(1),
  `columnDisplayedLauncherVersion` TINYINT(1),
  `columnDisplayedBatteryLevel` TINYINT(1),
  `columnDisplayedDeviceFilesStatus` TINYINT(1),
  `columnDisplayedDefaultLauncher` TINYINT(1),
  `columnDisplayedCustom1` TINYINT(1),
  `columnDisplayedCustom2` TINYINT(1),
  `columnDisplayedCustom3` TINYINT(1),
  `columnDisplayedMdmMode` TINYINT(1),
  `columnDisplayedKioskMode` TINYINT(1),
  `columnDisplayedAndroidVersion` TINYINT(1),
  `columnDisplayedEnrollmentDate` TINYINT(1),
  `columnDisplayedSerial` TINYINT(1),
  `columnDisplayedPublicIp` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `userrolesettings_role_customer_uniq` (`roleId`, `customerId`),
  CONSTRAINT `userrolesettings_customerid_fkey` FOREIGN KEY (`customerId`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `userrolesettings_roleid_fkey` FOREIGN KEY (`roleId`) REFERENCES `userRoles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

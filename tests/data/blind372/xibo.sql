-- Xibo CMS 4.x (xibosignage/xibo-cms), the 242 Phinx migrations of db/migrations/ replayed into MariaDB 10.11 and
-- read back with SHOW CREATE TABLE; commit 7275f1d017a57c876f02928b33dd760e8d01e73a (AGPL-3.0-or-later).
-- 62 of 94 tables kept (list of the others in xibo.md); foreign keys to tables left out dropped; display.geoLocation
-- (point) written as geometry for sqlglot; FOREIGN_KEY_CHECKS off because display and syncgroup refer to each other.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `folder` (
  `folderId` int(11) NOT NULL AUTO_INCREMENT,
  `folderName` varchar(255) NOT NULL,
  `parentId` int(11) DEFAULT NULL,
  `isRoot` int(11) NOT NULL DEFAULT 0,
  `children` text DEFAULT NULL,
  `permissionsFolderId` int(11) DEFAULT 1,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  PRIMARY KEY (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `usertype` (
  `userTypeId` int(11) NOT NULL AUTO_INCREMENT,
  `userType` varchar(16) NOT NULL,
  PRIMARY KEY (`userTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `userId` int(11) NOT NULL AUTO_INCREMENT,
  `userTypeId` int(11) NOT NULL,
  `userName` varchar(50) NOT NULL,
  `userPassword` varchar(255) NOT NULL,
  `lastAccessed` datetime DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `homePageId` varchar(255) DEFAULT 'null',
  `retired` tinyint(4) NOT NULL DEFAULT 0,
  `csprng` tinyint(4) NOT NULL DEFAULT 0,
  `newUserWizard` tinyint(4) NOT NULL DEFAULT 0,
  `firstName` varchar(254) DEFAULT NULL,
  `lastName` varchar(254) DEFAULT NULL,
  `phone` varchar(254) DEFAULT NULL,
  `ref1` varchar(254) DEFAULT NULL,
  `ref2` varchar(254) DEFAULT NULL,
  `ref3` varchar(254) DEFAULT NULL,
  `ref4` varchar(254) DEFAULT NULL,
  `ref5` varchar(254) DEFAULT NULL,
  `isPasswordChangeRequired` tinyint(4) NOT NULL DEFAULT 0,
  `twoFactorTypeId` int(11) NOT NULL DEFAULT 0,
  `twoFactorSecret` text DEFAULT NULL,
  `twoFactorRecoveryCodes` text DEFAULT NULL,
  `homeFolderId` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`userId`),
  KEY `userTypeId` (`userTypeId`),
  KEY `homeFolderId` (`homeFolderId`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`userTypeId`) REFERENCES `usertype` (`userTypeId`),
  CONSTRAINT `user_ibfk_2` FOREIGN KEY (`homeFolderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group` (
  `groupId` int(11) NOT NULL AUTO_INCREMENT,
  `group` varchar(50) NOT NULL,
  `isUserSpecific` tinyint(4) NOT NULL DEFAULT 0,
  `isEveryone` tinyint(4) NOT NULL DEFAULT 0,
  `libraryQuota` int(11) DEFAULT NULL,
  `isSystemNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isDisplayNotification` tinyint(4) NOT NULL DEFAULT 0,
  `features` longtext DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `isShownForAddUser` tinyint(4) NOT NULL DEFAULT 0,
  `defaultHomepageId` varchar(255) DEFAULT NULL,
  `isDataSetNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isLayoutNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isLibraryNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isReportNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isScheduleNotification` tinyint(4) NOT NULL DEFAULT 0,
  `isCustomNotification` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`groupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lkusergroup` (
  `lkUserGroupID` int(11) NOT NULL AUTO_INCREMENT,
  `groupId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  PRIMARY KEY (`lkUserGroupID`),
  UNIQUE KEY `groupId_userId` (`groupId`,`userId`),
  KEY `userId` (`userId`),
  CONSTRAINT `lkusergroup_ibfk_1` FOREIGN KEY (`groupId`) REFERENCES `group` (`groupId`),
  CONSTRAINT `lkusergroup_ibfk_2` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `useroption` (
  `userId` int(11) NOT NULL,
  `option` varchar(50) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`userId`,`option`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session` (
  `session_id` varchar(160) NOT NULL,
  `session_data` longtext NOT NULL,
  `session_expiration` int(10) unsigned NOT NULL DEFAULT 0,
  `lastAccessed` datetime DEFAULT NULL,
  `userId` int(11) DEFAULT NULL,
  `isExpired` tinyint(4) NOT NULL DEFAULT 1,
  `userAgent` varchar(255) DEFAULT NULL,
  `remoteAddr` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY `userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session_history` (
  `sessionId` int(11) NOT NULL AUTO_INCREMENT,
  `ipAddress` varchar(50) DEFAULT NULL,
  `userAgent` varchar(255) DEFAULT NULL,
  `startTime` datetime DEFAULT NULL,
  `userId` int(11) DEFAULT NULL,
  `lastUsedTime` datetime DEFAULT NULL,
  PRIMARY KEY (`sessionId`),
  KEY `userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auditlog` (
  `logId` int(11) NOT NULL AUTO_INCREMENT,
  `logDate` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `message` varchar(255) NOT NULL,
  `entity` varchar(50) NOT NULL,
  `entityId` int(11) NOT NULL,
  `objectAfter` text DEFAULT NULL,
  `ipAddress` varchar(50) DEFAULT NULL,
  `sessionHistoryId` int(11) DEFAULT NULL,
  `requestId` int(11) DEFAULT NULL,
  PRIMARY KEY (`logId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `log` (
  `logId` int(11) NOT NULL AUTO_INCREMENT,
  `runNo` varchar(10) NOT NULL,
  `logDate` datetime DEFAULT NULL,
  `channel` varchar(20) NOT NULL,
  `type` varchar(254) NOT NULL,
  `page` varchar(50) NOT NULL,
  `function` varchar(50) DEFAULT NULL,
  `message` longtext NOT NULL,
  `userId` int(11) NOT NULL DEFAULT 0,
  `displayId` int(11) DEFAULT NULL,
  `sessionHistoryId` int(11) DEFAULT NULL,
  `requestId` int(11) DEFAULT NULL,
  PRIMARY KEY (`logId`),
  KEY `logDate` (`logDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_requests_history` (
  `requestId` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) DEFAULT NULL,
  `applicationId` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `method` varchar(20) DEFAULT NULL,
  `startTime` datetime DEFAULT NULL,
  `endTime` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  PRIMARY KEY (`requestId`),
  KEY `userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_clients` (
  `id` varchar(254) NOT NULL,
  `secret` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `userId` int(11) NOT NULL,
  `authCode` tinyint(4) NOT NULL,
  `clientCredentials` tinyint(4) NOT NULL,
  `isConfidential` tinyint(4) NOT NULL DEFAULT 1,
  `description` varchar(254) DEFAULT NULL,
  `logo` varchar(254) DEFAULT NULL,
  `coverImage` varchar(254) DEFAULT NULL,
  `companyName` varchar(254) DEFAULT NULL,
  `termsUrl` varchar(254) DEFAULT NULL,
  `privacyUrl` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userId` (`userId`),
  CONSTRAINT `oauth_clients_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_lkclientuser` (
  `lkClientUserId` int(11) NOT NULL AUTO_INCREMENT,
  `clientId` varchar(255) NOT NULL,
  `userId` int(11) NOT NULL,
  `approvedDate` datetime DEFAULT NULL,
  `approvedIp` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`lkClientUserId`),
  UNIQUE KEY `clientId_userId` (`clientId`,`userId`),
  KEY `userId` (`userId`),
  CONSTRAINT `oauth_lkclientuser_ibfk_1` FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`),
  CONSTRAINT `oauth_lkclientuser_ibfk_2` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_client_scopes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clientId` varchar(254) NOT NULL,
  `scopeId` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clientId_scopeId` (`clientId`,`scopeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_scopes` (
  `id` varchar(254) NOT NULL,
  `description` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissionentity` (
  `entityId` int(11) NOT NULL AUTO_INCREMENT,
  `entity` varchar(50) NOT NULL,
  PRIMARY KEY (`entityId`),
  UNIQUE KEY `entity` (`entity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permission` (
  `permissionId` int(11) NOT NULL AUTO_INCREMENT,
  `entityId` int(11) NOT NULL,
  `groupId` int(11) NOT NULL,
  `objectId` int(11) NOT NULL,
  `view` tinyint(4) NOT NULL,
  `edit` tinyint(4) NOT NULL,
  `delete` tinyint(4) NOT NULL,
  PRIMARY KEY (`permissionId`),
  KEY `permission_ibfk_1` (`groupId`),
  KEY `permission_ibfk_2` (`entityId`),
  KEY `permission_objectId_index` (`objectId`),
  CONSTRAINT `permission_ibfk_1` FOREIGN KEY (`groupId`) REFERENCES `group` (`groupId`),
  CONSTRAINT `permission_ibfk_2` FOREIGN KEY (`entityId`) REFERENCES `permissionentity` (`entityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `display_types` (
  `displayTypeId` int(11) NOT NULL AUTO_INCREMENT,
  `displayType` varchar(100) NOT NULL,
  PRIMARY KEY (`displayTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `displayprofile` (
  `displayProfileId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `type` varchar(15) NOT NULL,
  `config` text DEFAULT NULL,
  `isDefault` tinyint(4) NOT NULL DEFAULT 0,
  `userId` int(11) NOT NULL,
  `isCustom` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`displayProfileId`),
  KEY `userId` (`userId`),
  CONSTRAINT `displayprofile_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `syncgroup` (
  `syncGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  `ownerId` int(11) NOT NULL,
  `modifiedBy` int(11) DEFAULT NULL,
  `syncPublisherPort` int(11) NOT NULL DEFAULT 9590,
  `leadDisplayId` int(11) DEFAULT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  `syncSwitchDelay` int(11) DEFAULT NULL,
  `syncVideoPauseDelay` int(11) DEFAULT NULL,
  PRIMARY KEY (`syncGroupId`),
  KEY `folderId` (`folderId`),
  KEY `ownerId` (`ownerId`),
  KEY `leadDisplayId` (`leadDisplayId`),
  CONSTRAINT `syncgroup_ibfk_1` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`),
  CONSTRAINT `syncgroup_ibfk_2` FOREIGN KEY (`ownerId`) REFERENCES `user` (`userId`),
  CONSTRAINT `syncgroup_ibfk_3` FOREIGN KEY (`leadDisplayId`) REFERENCES `display` (`displayId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `display` (
  `displayId` int(11) NOT NULL AUTO_INCREMENT,
  `display` varchar(50) NOT NULL,
  `displayTypeId` int(11) DEFAULT NULL,
  `screenSize` int(11) DEFAULT NULL,
  `languages` text DEFAULT NULL,
  `address` text DEFAULT NULL,
  `isMobile` tinyint(4) NOT NULL DEFAULT 0,
  `venueId` int(11) DEFAULT NULL,
  `auditingUntil` int(11) NOT NULL DEFAULT 0,
  `defaultLayoutId` int(11) NOT NULL,
  `license` varchar(40) DEFAULT NULL,
  `licensed` tinyint(4) NOT NULL DEFAULT 0,
  `loggedIn` tinyint(4) NOT NULL DEFAULT 0,
  `lastaccessed` int(11) DEFAULT NULL,
  `inc_schedule` tinyint(4) NOT NULL DEFAULT 0,
  `email_alert` int(11) DEFAULT 0,
  `alert_timeout` int(11) DEFAULT 0,
  `clientAddress` varchar(50) DEFAULT NULL,
  `mediaInventoryStatus` tinyint(4) NOT NULL DEFAULT 0,
  `macAddress` varchar(254) DEFAULT NULL,
  `lastChanged` int(11) DEFAULT NULL,
  `numberOfMacAddressChanges` int(11) DEFAULT 0,
  `lastWakeOnLanCommandSent` int(11) DEFAULT NULL,
  `wakeOnLan` tinyint(4) NOT NULL DEFAULT 0,
  `wakeOnLanTime` varchar(5) DEFAULT NULL,
  `broadCastAddress` varchar(100) DEFAULT NULL,
  `secureOn` varchar(17) DEFAULT NULL,
  `cidr` varchar(6) DEFAULT NULL,
  `geoLocation` geometry DEFAULT NULL,
  `client_type` varchar(20) DEFAULT NULL,
  `client_version` varchar(15) DEFAULT NULL,
  `client_code` smallint(6) DEFAULT NULL,
  `displayProfileId` int(11) DEFAULT NULL,
  `screenShotRequested` tinyint(4) NOT NULL DEFAULT 0,
  `storageAvailableSpace` bigint(20) DEFAULT NULL,
  `storageTotalSpace` bigint(20) DEFAULT NULL,
  `xmrChannel` varchar(254) DEFAULT NULL,
  `xmrPubKey` text DEFAULT NULL,
  `lastCommandSuccess` tinyint(4) NOT NULL DEFAULT 2,
  `deviceName` varchar(254) DEFAULT NULL,
  `timeZone` varchar(254) DEFAULT NULL,
  `overrideConfig` text DEFAULT NULL,
  `newCmsAddress` varchar(1000) DEFAULT NULL,
  `newCmsKey` varchar(40) DEFAULT NULL,
  `orientation` varchar(10) DEFAULT NULL,
  `resolution` varchar(10) DEFAULT NULL,
  `commercialLicence` tinyint(4) DEFAULT NULL,
  `teamViewerSerial` varchar(255) DEFAULT NULL,
  `webkeySerial` varchar(255) DEFAULT NULL,
  `lanIpAddress` varchar(50) DEFAULT NULL,
  `customId` varchar(254) DEFAULT NULL,
  `isOutdoor` tinyint(4) NOT NULL DEFAULT 0,
  `costPerPlay` decimal(10,4) DEFAULT NULL,
  `impressionsPerPlay` decimal(10,4) DEFAULT NULL,
  `syncGroupId` int(11) DEFAULT NULL,
  `osVersion` varchar(255) DEFAULT NULL,
  `osSdk` varchar(255) DEFAULT NULL,
  `manufacturer` varchar(255) DEFAULT NULL,
  `brand` varchar(255) DEFAULT NULL,
  `model` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`displayId`),
  UNIQUE KEY `license` (`license`),
  KEY `defaultLayoutId` (`defaultLayoutId`),
  KEY `displayProfileId` (`displayProfileId`),
  KEY `displayTypeId` (`displayTypeId`),
  KEY `syncGroupId` (`syncGroupId`),
  CONSTRAINT `display_ibfk_1` FOREIGN KEY (`displayProfileId`) REFERENCES `displayprofile` (`displayProfileId`),
  CONSTRAINT `display_ibfk_2` FOREIGN KEY (`displayTypeId`) REFERENCES `display_types` (`displayTypeId`),
  CONSTRAINT `display_ibfk_3` FOREIGN KEY (`syncGroupId`) REFERENCES `syncgroup` (`syncGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `displaygroup` (
  `displayGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `displayGroup` varchar(50) NOT NULL,
  `description` varchar(254) DEFAULT NULL,
  `isDisplaySpecific` tinyint(4) NOT NULL DEFAULT 0,
  `isDynamic` tinyint(4) NOT NULL DEFAULT 0,
  `dynamicCriteria` text DEFAULT NULL,
  `dynamicCriteriaLogicalOperator` varchar(3) NOT NULL DEFAULT 'OR',
  `userId` int(11) NOT NULL,
  `dynamicCriteriaTags` varchar(254) DEFAULT NULL,
  `dynamicCriteriaExactTags` tinyint(4) NOT NULL DEFAULT 0,
  `dynamicCriteriaTagsLogicalOperator` varchar(3) NOT NULL DEFAULT 'OR',
  `bandwidthLimit` int(11) NOT NULL DEFAULT 0,
  `ref1` text DEFAULT NULL,
  `ref2` text DEFAULT NULL,
  `ref3` text DEFAULT NULL,
  `ref4` text DEFAULT NULL,
  `ref5` text DEFAULT NULL,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`displayGroupId`),
  KEY `userId` (`userId`),
  KEY `folderId` (`folderId`),
  CONSTRAINT `displaygroup_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `displaygroup_ibfk_2` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lkdisplaydg` (
  `LkDisplayDGID` int(11) NOT NULL AUTO_INCREMENT,
  `displayGroupId` int(11) NOT NULL,
  `displayId` int(11) NOT NULL,
  PRIMARY KEY (`LkDisplayDGID`),
  UNIQUE KEY `displayGroupId_displayId` (`displayGroupId`,`displayId`),
  KEY `displayId` (`displayId`),
  CONSTRAINT `lkdisplaydg_ibfk_1` FOREIGN KEY (`displayGroupId`) REFERENCES `displaygroup` (`displayGroupId`),
  CONSTRAINT `lkdisplaydg_ibfk_2` FOREIGN KEY (`displayId`) REFERENCES `display` (`displayId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `displayevent` (
  `displayEventId` int(11) NOT NULL AUTO_INCREMENT,
  `eventDate` int(11) NOT NULL,
  `displayId` int(11) NOT NULL,
  `start` int(11) DEFAULT NULL,
  `end` int(11) DEFAULT NULL,
  `eventTypeId` int(11) NOT NULL DEFAULT 1,
  `refId` int(11) DEFAULT NULL,
  `detail` text DEFAULT NULL,
  PRIMARY KEY (`displayEventId`),
  KEY `eventDate` (`eventDate`),
  KEY `displayId_end` (`displayId`,`end`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_faults` (
  `playerFaultId` int(11) NOT NULL AUTO_INCREMENT,
  `displayId` int(11) NOT NULL,
  `incidentDt` datetime DEFAULT NULL,
  `expires` datetime DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `reason` varchar(255) DEFAULT NULL,
  `scheduleId` int(11) DEFAULT NULL,
  `layoutId` int(11) DEFAULT NULL,
  `regionId` int(11) DEFAULT NULL,
  `mediaId` int(11) DEFAULT NULL,
  `widgetId` int(11) DEFAULT NULL,
  PRIMARY KEY (`playerFaultId`),
  KEY `displayId` (`displayId`),
  CONSTRAINT `player_faults_ibfk_1` FOREIGN KEY (`displayId`) REFERENCES `display` (`displayId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_software` (
  `versionId` int(11) NOT NULL AUTO_INCREMENT,
  `player_type` varchar(20) DEFAULT NULL,
  `player_version` varchar(15) DEFAULT NULL,
  `player_code` smallint(6) DEFAULT NULL,
  `playerShowVersion` varchar(50) NOT NULL,
  `createdAt` datetime DEFAULT NULL,
  `modifiedAt` datetime DEFAULT NULL,
  `modifiedBy` varchar(255) DEFAULT NULL,
  `fileName` varchar(255) NOT NULL,
  `size` bigint(20) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`versionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `requiredfile` (
  `rfId` int(11) NOT NULL AUTO_INCREMENT,
  `displayId` int(11) NOT NULL,
  `type` varchar(1) NOT NULL,
  `itemId` int(11) DEFAULT NULL,
  `bytesRequested` bigint(20) NOT NULL,
  `complete` tinyint(4) NOT NULL DEFAULT 0,
  `path` varchar(255) DEFAULT NULL,
  `size` bigint(20) NOT NULL DEFAULT 0,
  `released` tinyint(4) NOT NULL DEFAULT 1,
  `fileType` varchar(50) DEFAULT NULL,
  `realId` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`rfId`),
  KEY `displayId_type` (`displayId`,`type`),
  CONSTRAINT `requiredfile_ibfk_1` FOREIGN KEY (`displayId`) REFERENCES `display` (`displayId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bandwidthtype` (
  `bandwidthTypeId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  PRIMARY KEY (`bandwidthTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bandwidth` (
  `displayId` int(11) NOT NULL,
  `type` int(11) NOT NULL,
  `month` int(11) NOT NULL,
  `size` bigint(20) NOT NULL,
  PRIMARY KEY (`displayId`,`type`,`month`),
  KEY `type` (`type`),
  CONSTRAINT `bandwidth_ibfk_1` FOREIGN KEY (`type`) REFERENCES `bandwidthtype` (`bandwidthTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `media` (
  `mediaId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` varchar(15) NOT NULL,
  `duration` int(11) NOT NULL,
  `originalFileName` varchar(254) DEFAULT NULL,
  `storedAs` varchar(254) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  `fileSize` bigint(20) DEFAULT NULL,
  `userId` int(11) NOT NULL,
  `retired` tinyint(4) NOT NULL DEFAULT 0,
  `isEdited` tinyint(4) NOT NULL DEFAULT 0,
  `editedMediaId` int(11) DEFAULT NULL,
  `moduleSystemFile` tinyint(4) NOT NULL DEFAULT 0,
  `valid` tinyint(4) NOT NULL DEFAULT 1,
  `expires` int(11) DEFAULT NULL,
  `released` tinyint(4) NOT NULL DEFAULT 1,
  `apiRef` varchar(254) DEFAULT NULL,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  `enableStat` varchar(255) DEFAULT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  `orientation` varchar(10) DEFAULT NULL,
  `width` mediumint(9) DEFAULT NULL,
  `height` mediumint(9) DEFAULT NULL,
  PRIMARY KEY (`mediaId`),
  KEY `userId` (`userId`),
  KEY `editedMediaId` (`editedMediaId`),
  KEY `folderId` (`folderId`),
  CONSTRAINT `media_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `media_ibfk_2` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `layout` (
  `layoutId` int(11) NOT NULL AUTO_INCREMENT,
  `layout` varchar(254) NOT NULL,
  `userId` int(11) NOT NULL,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  `description` varchar(254) DEFAULT NULL,
  `retired` tinyint(4) NOT NULL DEFAULT 0,
  `duration` int(11) NOT NULL,
  `backgroundImageId` int(11) DEFAULT NULL,
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `width` decimal(10,0) NOT NULL,
  `height` decimal(10,0) NOT NULL,
  `backgroundColor` varchar(25) DEFAULT NULL,
  `backgroundzIndex` int(11) NOT NULL DEFAULT 1,
  `schemaVersion` tinyint(4) NOT NULL DEFAULT 2,
  `statusMessage` text DEFAULT NULL,
  `parentId` int(11) DEFAULT NULL,
  `publishedStatusId` int(11) NOT NULL DEFAULT 1,
  `enableStat` int(11) DEFAULT NULL,
  `publishedDate` datetime DEFAULT NULL,
  `autoApplyTransitions` tinyint(4) NOT NULL DEFAULT 0,
  `code` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`layoutId`),
  KEY `userId` (`userId`),
  KEY `backgroundImageId` (`backgroundImageId`),
  KEY `publishedStatusId` (`publishedStatusId`),
  KEY `idx_layout_code` (`code`),
  CONSTRAINT `layout_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `layout_ibfk_2` FOREIGN KEY (`backgroundImageId`) REFERENCES `media` (`mediaId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `region` (
  `regionId` int(11) NOT NULL AUTO_INCREMENT,
  `layoutId` int(11) NOT NULL,
  `ownerId` int(11) NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  `width` decimal(10,0) NOT NULL,
  `height` decimal(10,0) NOT NULL,
  `top` decimal(10,0) NOT NULL,
  `left` decimal(10,0) NOT NULL,
  `zIndex` smallint(6) NOT NULL,
  `duration` int(11) NOT NULL DEFAULT 0,
  `isDrawer` tinyint(4) NOT NULL DEFAULT 0,
  `type` varchar(10) NOT NULL DEFAULT 'playlist',
  `syncKey` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`regionId`),
  KEY `ownerId` (`ownerId`),
  KEY `layoutId` (`layoutId`),
  CONSTRAINT `region_ibfk_1` FOREIGN KEY (`ownerId`) REFERENCES `user` (`userId`),
  CONSTRAINT `region_ibfk_2` FOREIGN KEY (`layoutId`) REFERENCES `layout` (`layoutId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `playlist` (
  `playlistId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `ownerId` int(11) NOT NULL,
  `regionId` int(11) DEFAULT NULL,
  `createdDt` datetime DEFAULT NULL,
  `modifiedDt` datetime DEFAULT NULL,
  `duration` int(11) NOT NULL DEFAULT 0,
  `requiresDurationUpdate` int(11) NOT NULL DEFAULT 0,
  `isDynamic` tinyint(4) NOT NULL DEFAULT 0,
  `filterMediaName` text DEFAULT NULL,
  `filterMediaNameLogicalOperator` varchar(3) NOT NULL DEFAULT 'OR',
  `filterMediaTags` text DEFAULT NULL,
  `filterExactTags` tinyint(4) NOT NULL DEFAULT 0,
  `filterMediaTagsLogicalOperator` varchar(3) NOT NULL DEFAULT 'OR',
  `filterFolderId` int(11) DEFAULT NULL,
  `maxNumberOfItems` int(11) DEFAULT NULL,
  `enableStat` varchar(255) DEFAULT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`playlistId`),
  KEY `ownerId` (`ownerId`),
  KEY `regionId` (`regionId`),
  KEY `folderId` (`folderId`),
  CONSTRAINT `playlist_ibfk_1` FOREIGN KEY (`ownerId`) REFERENCES `user` (`userId`),
  CONSTRAINT `playlist_ibfk_2` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `widget` (
  `widgetId` int(11) NOT NULL AUTO_INCREMENT,
  `playlistId` int(11) NOT NULL,
  `ownerId` int(11) NOT NULL,
  `type` varchar(50) NOT NULL,
  `duration` int(11) NOT NULL,
  `displayOrder` int(11) NOT NULL,
  `calculatedDuration` int(11) NOT NULL,
  `useDuration` tinyint(4) NOT NULL DEFAULT 1,
  `fromDt` int(11) NOT NULL,
  `toDt` int(11) NOT NULL,
  `createdDt` int(11) NOT NULL DEFAULT 0,
  `modifiedDt` int(11) NOT NULL DEFAULT 0,
  `schemaVersion` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`widgetId`),
  KEY `playlistId` (`playlistId`),
  KEY `ownerId` (`ownerId`),
  CONSTRAINT `widget_ibfk_1` FOREIGN KEY (`playlistId`) REFERENCES `playlist` (`playlistId`),
  CONSTRAINT `widget_ibfk_2` FOREIGN KEY (`ownerId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `widgetoption` (
  `widgetId` int(11) NOT NULL,
  `type` varchar(50) NOT NULL,
  `option` varchar(191) NOT NULL,
  `value` mediumtext DEFAULT NULL,
  PRIMARY KEY (`widgetId`,`type`,`option`),
  CONSTRAINT `widgetoption_ibfk_1` FOREIGN KEY (`widgetId`) REFERENCES `widget` (`widgetId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `campaign` (
  `campaignId` int(11) NOT NULL AUTO_INCREMENT,
  `campaign` varchar(254) NOT NULL,
  `isLayoutSpecific` tinyint(4) NOT NULL,
  `userId` int(11) NOT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  `cyclePlaybackEnabled` tinyint(4) NOT NULL DEFAULT 0,
  `playCount` int(11) DEFAULT NULL,
  `type` varchar(10) NOT NULL DEFAULT 'list',
  `startDt` int(11) DEFAULT NULL,
  `endDt` int(11) DEFAULT NULL,
  `targetType` varchar(255) DEFAULT NULL,
  `target` int(11) DEFAULT NULL,
  `plays` int(11) NOT NULL DEFAULT 0,
  `spend` decimal(30,4) NOT NULL DEFAULT 0.0000,
  `impressions` decimal(30,4) NOT NULL DEFAULT 0.0000,
  `lastPopId` varchar(255) DEFAULT NULL,
  `listPlayOrder` varchar(255) NOT NULL DEFAULT 'round',
  `ref1` varchar(254) DEFAULT NULL,
  `ref2` varchar(254) DEFAULT NULL,
  `ref3` varchar(254) DEFAULT NULL,
  `ref4` varchar(254) DEFAULT NULL,
  `ref5` varchar(254) DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `modifiedAt` timestamp NULL DEFAULT NULL ON UPDATE current_timestamp(),
  `modifiedBy` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`campaignId`),
  KEY `userId` (`userId`),
  KEY `folderId` (`folderId`),
  CONSTRAINT `campaign_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `campaign_ibfk_2` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lkcampaignlayout` (
  `lkCampaignLayoutId` int(11) NOT NULL AUTO_INCREMENT,
  `campaignId` int(11) NOT NULL,
  `layoutId` int(11) NOT NULL,
  `displayOrder` int(11) NOT NULL,
  `dayPartId` int(11) DEFAULT NULL,
  `daysOfWeek` varchar(50) DEFAULT NULL,
  `geoFence` mediumtext DEFAULT NULL,
  PRIMARY KEY (`lkCampaignLayoutId`),
  UNIQUE KEY `campaignId_layoutId_displayOrder` (`campaignId`,`layoutId`,`displayOrder`),
  KEY `layoutId` (`layoutId`),
  CONSTRAINT `lkcampaignlayout_ibfk_1` FOREIGN KEY (`campaignId`) REFERENCES `campaign` (`campaignId`),
  CONSTRAINT `lkcampaignlayout_ibfk_2` FOREIGN KEY (`layoutId`) REFERENCES `layout` (`layoutId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag` (
  `tagId` int(11) NOT NULL AUTO_INCREMENT,
  `tag` varchar(50) NOT NULL,
  `isSystem` int(11) NOT NULL DEFAULT 0,
  `options` text DEFAULT NULL,
  `isRequired` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tagId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lktagmedia` (
  `lkTagMediaId` int(11) NOT NULL AUTO_INCREMENT,
  `tagId` int(11) NOT NULL,
  `mediaId` int(11) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`lkTagMediaId`),
  UNIQUE KEY `tagId_mediaId` (`tagId`,`mediaId`),
  KEY `mediaId` (`mediaId`),
  CONSTRAINT `lktagmedia_ibfk_1` FOREIGN KEY (`tagId`) REFERENCES `tag` (`tagId`),
  CONSTRAINT `lktagmedia_ibfk_2` FOREIGN KEY (`mediaId`) REFERENCES `media` (`mediaId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `resolution` (
  `resolutionId` int(11) NOT NULL AUTO_INCREMENT,
  `resolution` varchar(254) NOT NULL,
  `width` smallint(6) NOT NULL,
  `height` smallint(6) NOT NULL,
  `intended_width` smallint(6) NOT NULL,
  `intended_height` smallint(6) NOT NULL,
  `version` tinyint(4) NOT NULL DEFAULT 1,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `userId` int(11) NOT NULL,
  PRIMARY KEY (`resolutionId`),
  KEY `userId` (`userId`),
  CONSTRAINT `resolution_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dataset` (
  `dataSetId` int(11) NOT NULL AUTO_INCREMENT,
  `dataSet` varchar(50) NOT NULL,
  `description` varchar(254) DEFAULT NULL,
  `userId` int(11) NOT NULL,
  `lastDataEdit` int(11) NOT NULL DEFAULT 0,
  `code` varchar(50) DEFAULT NULL,
  `isLookup` tinyint(4) NOT NULL,
  `isRemote` tinyint(4) NOT NULL DEFAULT 0,
  `method` enum('GET','POST') DEFAULT NULL,
  `uri` varchar(250) DEFAULT NULL,
  `postData` text DEFAULT NULL,
  `authentication` varchar(10) DEFAULT NULL,
  `username` varchar(250) DEFAULT NULL,
  `password` varchar(1000) DEFAULT NULL,
  `customHeaders` text DEFAULT NULL,
  `userAgent` text DEFAULT NULL,
  `refreshRate` int(11) NOT NULL DEFAULT 86400,
  `clearRate` int(11) NOT NULL DEFAULT 0,
  `truncateOnEmpty` tinyint(4) NOT NULL DEFAULT 0,
  `runsAfter` int(11) DEFAULT NULL,
  `dataRoot` varchar(250) DEFAULT NULL,
  `lastSync` int(11) NOT NULL DEFAULT 0,
  `summarize` varchar(10) DEFAULT NULL,
  `summarizeField` varchar(250) DEFAULT NULL,
  `lastClear` int(11) NOT NULL DEFAULT 0,
  `ignoreFirstRow` tinyint(4) DEFAULT NULL,
  `sourceId` tinyint(4) DEFAULT NULL,
  `rowLimit` int(11) DEFAULT NULL,
  `limitPolicy` varchar(50) DEFAULT NULL,
  `csvSeparator` varchar(5) DEFAULT NULL,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  `isRealTime` tinyint(4) NOT NULL DEFAULT 0,
  `dataConnectorSource` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`dataSetId`),
  KEY `userId` (`userId`),
  KEY `folderId` (`folderId`),
  CONSTRAINT `dataset_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `dataset_ibfk_2` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `datasetrss` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dataSetId` int(11) NOT NULL,
  `psk` varchar(254) NOT NULL,
  `title` varchar(254) NOT NULL,
  `author` varchar(254) NOT NULL,
  `titleColumnId` int(11) DEFAULT NULL,
  `summaryColumnId` int(11) DEFAULT NULL,
  `contentColumnId` int(11) DEFAULT NULL,
  `publishedDateColumnId` int(11) DEFAULT NULL,
  `sort` text DEFAULT NULL,
  `filter` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dataSetId` (`dataSetId`),
  CONSTRAINT `datasetrss_ibfk_1` FOREIGN KEY (`dataSetId`) REFERENCES `dataset` (`dataSetId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `daypart` (
  `dayPartId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` varchar(50) DEFAULT NULL,
  `isRetired` tinyint(4) NOT NULL DEFAULT 0,
  `userId` int(11) NOT NULL,
  `startTime` varchar(8) NOT NULL DEFAULT '00:00:00',
  `endTime` varchar(8) NOT NULL DEFAULT '00:00:00',
  `exceptions` text DEFAULT NULL,
  `isAlways` tinyint(4) NOT NULL DEFAULT 0,
  `isCustom` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`dayPartId`),
  KEY `userId` (`userId`),
  CONSTRAINT `daypart_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `command` (
  `commandId` int(11) NOT NULL AUTO_INCREMENT,
  `command` varchar(254) NOT NULL,
  `code` varchar(50) NOT NULL,
  `description` varchar(1000) DEFAULT NULL,
  `userId` int(11) NOT NULL,
  `availableOn` varchar(50) DEFAULT NULL,
  `commandString` varchar(1000) DEFAULT NULL,
  `validationString` varchar(1000) DEFAULT NULL,
  `createAlertOn` varchar(255) NOT NULL DEFAULT 'never',
  PRIMARY KEY (`commandId`),
  KEY `userId` (`userId`),
  CONSTRAINT `command_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `menu_board` (
  `menuId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` varchar(254) DEFAULT NULL,
  `code` varchar(50) DEFAULT NULL,
  `userId` int(11) NOT NULL,
  `modifiedDt` int(11) NOT NULL DEFAULT 0,
  `folderId` int(11) NOT NULL DEFAULT 1,
  `permissionsFolderId` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`menuId`),
  KEY `folderId` (`folderId`),
  KEY `userId` (`userId`),
  CONSTRAINT `menu_board_ibfk_1` FOREIGN KEY (`folderId`) REFERENCES `folder` (`folderId`),
  CONSTRAINT `menu_board_ibfk_2` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `menu_product` (
  `menuProductId` int(11) NOT NULL AUTO_INCREMENT,
  `menuCategoryId` int(11) NOT NULL,
  `menuId` int(11) NOT NULL,
  `name` varchar(50) NOT NULL,
  `price` decimal(10,4) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `mediaId` int(11) DEFAULT NULL,
  `availability` tinyint(4) NOT NULL,
  `allergyInfo` text DEFAULT NULL,
  `code` varchar(50) DEFAULT NULL,
  `calories` int(11) DEFAULT NULL,
  `displayOrder` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`menuProductId`),
  KEY `menuId` (`menuId`),
  KEY `menuCategoryId` (`menuCategoryId`),
  KEY `mediaId` (`mediaId`),
  CONSTRAINT `menu_product_ibfk_1` FOREIGN KEY (`menuId`) REFERENCES `menu_board` (`menuId`),
  CONSTRAINT `menu_product_ibfk_3` FOREIGN KEY (`mediaId`) REFERENCES `media` (`mediaId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schedule` (
  `eventId` int(11) NOT NULL AUTO_INCREMENT,
  `eventTypeId` int(11) NOT NULL,
  `campaignId` int(11) DEFAULT NULL,
  `commandId` int(11) DEFAULT NULL,
  `dayPartId` int(11) NOT NULL DEFAULT 0,
  `userId` int(11) NOT NULL,
  `fromDt` bigint(20) DEFAULT NULL,
  `toDt` bigint(20) DEFAULT NULL,
  `is_priority` tinyint(4) NOT NULL,
  `displayOrder` int(11) NOT NULL DEFAULT 0,
  `lastRecurrenceWatermark` bigint(20) DEFAULT NULL,
  `syncTimezone` tinyint(4) NOT NULL DEFAULT 0,
  `recurrence_type` enum('Minute','Hour','Day','Week','Month','Year') DEFAULT NULL,
  `recurrence_detail` int(11) DEFAULT NULL,
  `recurrence_range` bigint(20) DEFAULT NULL,
  `recurrenceRepeatsOn` varchar(14) DEFAULT NULL,
  `syncEvent` int(11) NOT NULL DEFAULT 0,
  `recurrenceMonthlyRepeatsOn` tinyint(4) NOT NULL DEFAULT 0,
  `shareOfVoice` smallint(6) DEFAULT NULL,
  `isGeoAware` tinyint(4) NOT NULL DEFAULT 0,
  `geoLocation` text DEFAULT NULL,
  `actionTriggerCode` varchar(50) DEFAULT NULL,
  `actionType` varchar(50) DEFAULT NULL,
  `actionLayoutCode` varchar(50) DEFAULT NULL,
  `maxPlaysPerHour` int(11) NOT NULL DEFAULT 0,
  `parentCampaignId` int(11) DEFAULT NULL,
  `syncGroupId` int(11) DEFAULT NULL,
  `modifiedBy` int(11) DEFAULT NULL,
  `createdOn` datetime DEFAULT NULL,
  `updatedOn` datetime DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `dataSetId` int(11) DEFAULT NULL,
  `dataSetParams` text DEFAULT NULL,
  PRIMARY KEY (`eventId`),
  KEY `campaignId` (`campaignId`),
  KEY `userId` (`userId`),
  KEY `syncGroupId` (`syncGroupId`),
  KEY `dataSetId` (`dataSetId`),
  CONSTRAINT `schedule_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `schedule_ibfk_2` FOREIGN KEY (`syncGroupId`) REFERENCES `syncgroup` (`syncGroupId`),
  CONSTRAINT `schedule_ibfk_3` FOREIGN KEY (`dataSetId`) REFERENCES `dataset` (`dataSetId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lkscheduledisplaygroup` (
  `eventId` int(11) NOT NULL,
  `displayGroupId` int(11) NOT NULL,
  PRIMARY KEY (`eventId`,`displayGroupId`),
  KEY `displayGroupId` (`displayGroupId`),
  CONSTRAINT `lkscheduledisplaygroup_ibfk_1` FOREIGN KEY (`eventId`) REFERENCES `schedule` (`eventId`),
  CONSTRAINT `lkscheduledisplaygroup_ibfk_2` FOREIGN KEY (`displayGroupId`) REFERENCES `displaygroup` (`displayGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schedulereminder` (
  `scheduleReminderId` int(11) NOT NULL AUTO_INCREMENT,
  `eventId` int(11) NOT NULL,
  `value` int(11) NOT NULL,
  `type` int(11) NOT NULL,
  `option` int(11) NOT NULL,
  `reminderDt` int(11) NOT NULL,
  `lastReminderDt` int(11) NOT NULL,
  `isEmail` tinyint(4) NOT NULL,
  PRIMARY KEY (`scheduleReminderId`),
  KEY `eventId` (`eventId`),
  CONSTRAINT `schedulereminder_ibfk_1` FOREIGN KEY (`eventId`) REFERENCES `schedule` (`eventId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `scheduleexclusions` (
  `scheduleExclusionId` int(11) NOT NULL AUTO_INCREMENT,
  `eventId` int(11) NOT NULL,
  `fromDt` int(11) NOT NULL,
  `toDt` int(11) NOT NULL,
  PRIMARY KEY (`scheduleExclusionId`),
  KEY `eventId` (`eventId`),
  CONSTRAINT `scheduleexclusions_ibfk_1` FOREIGN KEY (`eventId`) REFERENCES `schedule` (`eventId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `stat` (
  `statId` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `statDate` int(11) NOT NULL,
  `scheduleId` int(11) NOT NULL,
  `displayId` int(11) NOT NULL,
  `campaignId` int(11) DEFAULT NULL,
  `layoutId` int(11) DEFAULT NULL,
  `mediaId` int(11) DEFAULT NULL,
  `widgetId` int(11) DEFAULT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `tag` varchar(254) DEFAULT NULL,
  `duration` int(11) NOT NULL,
  `count` int(11) NOT NULL,
  `engagements` text DEFAULT NULL,
  `parentCampaignId` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`statId`),
  KEY `statDate` (`statDate`),
  KEY `displayId_end_type` (`displayId`,`end`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `stat_archive` (
  `statId` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `statDate` datetime DEFAULT NULL,
  `scheduleId` int(11) NOT NULL,
  `displayId` int(11) NOT NULL,
  `layoutId` int(11) DEFAULT NULL,
  `mediaId` int(11) DEFAULT NULL,
  `widgetId` int(11) DEFAULT NULL,
  `start` datetime DEFAULT NULL,
  `end` datetime DEFAULT NULL,
  `tag` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`statId`),
  KEY `statDate` (`statDate`),
  KEY `displayId_end_type` (`displayId`,`end`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notification` (
  `notificationId` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `createDt` int(11) NOT NULL,
  `releaseDt` int(11) NOT NULL,
  `isInterrupt` tinyint(4) NOT NULL,
  `isSystem` tinyint(4) NOT NULL,
  `userId` int(11) NOT NULL,
  `filename` varchar(1000) DEFAULT NULL,
  `nonusers` varchar(1000) DEFAULT NULL,
  `originalFileName` varchar(254) DEFAULT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'unknown',
  PRIMARY KEY (`notificationId`),
  KEY `userId` (`userId`),
  CONSTRAINT `notification_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lknotificationuser` (
  `lkNotificationUserId` int(11) NOT NULL AUTO_INCREMENT,
  `notificationId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `read` tinyint(4) NOT NULL,
  `readDt` int(11) NOT NULL,
  `emailDt` int(11) NOT NULL,
  PRIMARY KEY (`lkNotificationUserId`),
  UNIQUE KEY `notificationId_userId` (`notificationId`,`userId`),
  KEY `userId` (`userId`),
  CONSTRAINT `lknotificationuser_ibfk_1` FOREIGN KEY (`notificationId`) REFERENCES `notification` (`notificationId`),
  CONSTRAINT `lknotificationuser_ibfk_2` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lknotificationgroup` (
  `lkNotificationGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `notificationId` int(11) NOT NULL,
  `groupId` int(11) NOT NULL,
  PRIMARY KEY (`lkNotificationGroupId`),
  UNIQUE KEY `notificationId_groupId` (`notificationId`,`groupId`),
  KEY `groupId` (`groupId`),
  CONSTRAINT `lknotificationgroup_ibfk_1` FOREIGN KEY (`notificationId`) REFERENCES `notification` (`notificationId`),
  CONSTRAINT `lknotificationgroup_ibfk_2` FOREIGN KEY (`groupId`) REFERENCES `group` (`groupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reportschedule` (
  `reportScheduleId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `reportName` varchar(255) NOT NULL,
  `filterCriteria` text DEFAULT NULL,
  `schedule` varchar(255) NOT NULL,
  `lastSavedReportId` int(11) NOT NULL DEFAULT 0,
  `lastRunDt` int(11) NOT NULL DEFAULT 0,
  `previousRunDt` int(11) NOT NULL DEFAULT 0,
  `userId` int(11) NOT NULL,
  `isActive` int(11) NOT NULL DEFAULT 1,
  `fromDt` int(11) NOT NULL DEFAULT 0,
  `toDt` int(11) NOT NULL DEFAULT 0,
  `createdDt` int(11) NOT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`reportScheduleId`),
  KEY `userId` (`userId`),
  CONSTRAINT `reportschedule_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `saved_report` (
  `savedReportId` int(11) NOT NULL AUTO_INCREMENT,
  `saveAs` varchar(255) NOT NULL,
  `reportScheduleId` int(11) NOT NULL,
  `generatedOn` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `schemaVersion` tinyint(4) NOT NULL DEFAULT 1,
  `fileName` varchar(255) NOT NULL,
  `size` bigint(20) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`savedReportId`),
  KEY `userId` (`userId`),
  KEY `reportScheduleId` (`reportScheduleId`),
  CONSTRAINT `saved_report_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`),
  CONSTRAINT `saved_report_ibfk_3` FOREIGN KEY (`reportScheduleId`) REFERENCES `reportschedule` (`reportScheduleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `setting` (
  `settingId` int(11) NOT NULL AUTO_INCREMENT,
  `setting` varchar(50) NOT NULL,
  `value` varchar(1000) NOT NULL,
  `userSee` tinyint(4) NOT NULL DEFAULT 1,
  `userChange` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`settingId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `task` (
  `taskId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `class` varchar(254) NOT NULL,
  `status` tinyint(4) NOT NULL DEFAULT 2,
  `pid` int(11) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `schedule` varchar(254) NOT NULL,
  `lastRunDt` int(11) NOT NULL DEFAULT 0,
  `lastRunStartDt` int(11) DEFAULT NULL,
  `lastRunMessage` varchar(255) DEFAULT NULL,
  `lastRunStatus` tinyint(4) NOT NULL DEFAULT 0,
  `lastRunDuration` smallint(6) NOT NULL DEFAULT 0,
  `lastRunExitCode` smallint(6) NOT NULL DEFAULT 0,
  `isActive` tinyint(4) NOT NULL,
  `runNow` tinyint(4) NOT NULL DEFAULT 0,
  `configFile` varchar(254) NOT NULL,
  PRIMARY KEY (`taskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `connectors` (
  `connectorId` int(11) NOT NULL AUTO_INCREMENT,
  `className` varchar(254) NOT NULL,
  `settings` text DEFAULT NULL,
  `isEnabled` tinyint(4) NOT NULL DEFAULT 0,
  `isVisible` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`connectorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `module` (
  `moduleId` varchar(35) NOT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 0,
  `previewEnabled` tinyint(4) NOT NULL DEFAULT 1,
  `defaultDuration` int(11) NOT NULL DEFAULT 60,
  `settings` text DEFAULT NULL,
  PRIMARY KEY (`moduleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `transition` (
  `transitionId` int(11) NOT NULL AUTO_INCREMENT,
  `transition` varchar(254) NOT NULL,
  `code` varchar(254) NOT NULL,
  `hasDuration` tinyint(4) NOT NULL,
  `hasDirection` tinyint(4) NOT NULL,
  `availableAsIn` tinyint(4) NOT NULL,
  `availableAsOut` tinyint(4) NOT NULL,
  PRIMARY KEY (`transitionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
SET FOREIGN_KEY_CHECKS=1;

-- Liferay Portal CE (Liferay, Inc.; Java enterprise portal used for intranets and employee portals), core schema
-- sql/portal-tables.sql + the unique indexes of sql/indexes.sql of github.com/liferay/liferay-portal at upstream commit
-- abb4ae9a84688780c46ef885fc476de3265e51ea (Dec 2024), read from the copy github.com/amosfong/liferay-portal-basics at its
-- first commit ea9b6d0ef62eaf9e8c4f42062c3e02c79dde2260 ("Fork from abb4ae9a...") (LGPL-2.1-or-later).
-- Liferay's portable column types are rendered as its MySQLDB template does: LONG -> BIGINT, STRING and TEXT -> LONGTEXT,
-- BOOLEAN -> TINYINT, DATE -> DATETIME(6), DOUBLE -> DOUBLE, INTEGER -> INTEGER, VARCHAR(n) -> VARCHAR(n).
-- Primary keys as upstream; the unique indexes of indexes.sql are written as UNIQUE KEYs (column-length hints dropped);
-- Liferay declares no foreign keys. 58 of the 104 core tables kept (see liferay.md).

CREATE TABLE `Address` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `addressId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `countryId` BIGINT,
  `listTypeId` BIGINT,
  `regionId` BIGINT,
  `city` VARCHAR(75) NULL,
  `description` LONGTEXT NULL,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `mailing` TINYINT,
  `name` VARCHAR(255) NULL,
  `primary_` TINYINT,
  `street1` VARCHAR(255) NULL,
  `street2` VARCHAR(255) NULL,
  `street3` VARCHAR(255) NULL,
  `validationDate` DATETIME(6) NULL,
  `validationStatus` INTEGER,
  `zip` VARCHAR(75) NULL,
  PRIMARY KEY (`addressId`, `ctCollectionId`),
  UNIQUE KEY `IX_C0F7C08D` (`companyId`, `externalReferenceCode`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `AnnouncementsDelivery` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `deliveryId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `type_` VARCHAR(75) NULL,
  `email` TINYINT,
  `sms` TINYINT,
  `website` TINYINT,
  PRIMARY KEY (`deliveryId`, `ctCollectionId`),
  UNIQUE KEY `IX_7EA033` (`userId`, `type_`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `AnnouncementsEntry` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `entryId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `title` VARCHAR(75) NULL,
  `content` LONGTEXT NULL,
  `url` LONGTEXT NULL,
  `type_` VARCHAR(75) NULL,
  `displayDate` DATETIME(6) NULL,
  `expirationDate` DATETIME(6) NULL,
  `priority` INTEGER,
  `alert` TINYINT,
  PRIMARY KEY (`entryId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `AnnouncementsFlag` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `flagId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `entryId` BIGINT,
  `value` INTEGER,
  PRIMARY KEY (`flagId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `BrowserTracker` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `browserTrackerId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `browserKey` BIGINT,
  UNIQUE KEY `IX_E7B95510` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `ClassName_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `classNameId` BIGINT NOT NULL PRIMARY KEY,
  `value` VARCHAR(200) NULL,
  UNIQUE KEY `IX_B27A301F` (`value`)
) ENGINE=InnoDB;

CREATE TABLE `Company` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `companyId` BIGINT NOT NULL PRIMARY KEY,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `webId` VARCHAR(75) NULL,
  `mx` VARCHAR(200) NULL,
  `homeURL` LONGTEXT NULL,
  `logoId` BIGINT,
  `maxUsers` INTEGER,
  `active_` TINYINT,
  `name` VARCHAR(75) NULL,
  `legalName` VARCHAR(75) NULL,
  `legalId` VARCHAR(75) NULL,
  `legalType` VARCHAR(75) NULL,
  `sicCode` VARCHAR(75) NULL,
  `tickerSymbol` VARCHAR(75) NULL,
  `industry` VARCHAR(75) NULL,
  `type_` VARCHAR(75) NULL,
  `size_` VARCHAR(75) NULL,
  `indexNameCurrent` VARCHAR(75) NULL,
  `indexNameNext` VARCHAR(75) NULL,
  UNIQUE KEY `IX_EC00543C` (`webId`)
) ENGINE=InnoDB;

CREATE TABLE `CompanyInfo` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `companyInfoId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `key_` LONGTEXT NULL,
  UNIQUE KEY `IX_85C63FD7` (`companyId`)
) ENGINE=InnoDB;

CREATE TABLE `Contact_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `contactId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `parentContactId` BIGINT,
  `emailAddress` VARCHAR(254) NULL,
  `firstName` VARCHAR(75) NULL,
  `middleName` VARCHAR(75) NULL,
  `lastName` VARCHAR(75) NULL,
  `prefixListTypeId` BIGINT,
  `suffixListTypeId` BIGINT,
  `male` TINYINT,
  `birthday` DATETIME(6) NULL,
  `smsSn` VARCHAR(75) NULL,
  `facebookSn` VARCHAR(75) NULL,
  `jabberSn` VARCHAR(75) NULL,
  `skypeSn` VARCHAR(75) NULL,
  `twitterSn` VARCHAR(75) NULL,
  `employeeStatusId` VARCHAR(75) NULL,
  `employeeNumber` VARCHAR(75) NULL,
  `jobTitle` VARCHAR(100) NULL,
  `jobClass` VARCHAR(75) NULL,
  `hoursOfOperation` VARCHAR(75) NULL
) ENGINE=InnoDB;

CREATE TABLE `Counter` (
  `name` VARCHAR(150) NOT NULL PRIMARY KEY,
  `currentId` BIGINT
) ENGINE=InnoDB;

CREATE TABLE `Country` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `defaultLanguageId` VARCHAR(75) NULL,
  `countryId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `a2` VARCHAR(75) NULL,
  `a3` VARCHAR(75) NULL,
  `active_` TINYINT,
  `billingAllowed` TINYINT,
  `groupFilterEnabled` TINYINT,
  `idd_` VARCHAR(75) NULL,
  `name` VARCHAR(75) NULL,
  `number_` VARCHAR(75) NULL,
  `position` DOUBLE,
  `shippingAllowed` TINYINT,
  `subjectToVAT` TINYINT,
  `zipRequired` TINYINT,
  `lastPublishDate` DATETIME(6) NULL,
  PRIMARY KEY (`countryId`, `ctCollectionId`),
  UNIQUE KEY `IX_7DA11A6F` (`companyId`, `ctCollectionId`, `a2`),
  UNIQUE KEY `IX_7DA11E30` (`companyId`, `ctCollectionId`, `a3`),
  UNIQUE KEY `IX_B2A91789` (`companyId`, `ctCollectionId`, `name`),
  UNIQUE KEY `IX_74AB3DC` (`companyId`, `ctCollectionId`, `number_`)
) ENGINE=InnoDB;

CREATE TABLE `EmailAddress` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `emailAddressId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `address` VARCHAR(254) NULL,
  `listTypeId` BIGINT,
  `primary_` TINYINT,
  PRIMARY KEY (`emailAddressId`, `ctCollectionId`),
  UNIQUE KEY `IX_B4BA0791` (`companyId`, `externalReferenceCode`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `ExpandoColumn` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `columnId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `modifiedDate` DATETIME(6) NULL,
  `tableId` BIGINT,
  `name` VARCHAR(75) NULL,
  `type_` INTEGER,
  `defaultData` LONGTEXT NULL,
  `typeSettings` LONGTEXT NULL,
  PRIMARY KEY (`columnId`, `ctCollectionId`),
  UNIQUE KEY `IX_4A7D3605` (`tableId`, `name`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `ExpandoRow` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `rowId_` BIGINT NOT NULL,
  `companyId` BIGINT,
  `modifiedDate` DATETIME(6) NULL,
  `tableId` BIGINT,
  `classPK` BIGINT,
  PRIMARY KEY (`rowId_`, `ctCollectionId`),
  UNIQUE KEY `IX_488E0C53` (`tableId`, `classPK`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `ExpandoTable` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `tableId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `classNameId` BIGINT,
  `name` VARCHAR(75) NULL,
  PRIMARY KEY (`tableId`, `ctCollectionId`),
  UNIQUE KEY `IX_87D370E2` (`companyId`, `classNameId`, `name`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `ExpandoValue` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `valueId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `tableId` BIGINT,
  `columnId` BIGINT,
  `rowId_` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `data_` LONGTEXT NULL,
  PRIMARY KEY (`valueId`, `ctCollectionId`),
  UNIQUE KEY `IX_E6D98E43` (`columnId`, `rowId_`, `ctCollectionId`),
  UNIQUE KEY `IX_D8C72C45` (`tableId`, `columnId`, `classPK`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Group_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `groupId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `creatorUserId` BIGINT,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `parentGroupId` BIGINT,
  `liveGroupId` BIGINT,
  `treePath` LONGTEXT NULL,
  `groupKey` VARCHAR(150) NULL,
  `name` LONGTEXT NULL,
  `description` LONGTEXT NULL,
  `type_` INTEGER,
  `typeSettings` LONGTEXT NULL,
  `manualMembership` TINYINT,
  `membershipRestriction` INTEGER,
  `friendlyURL` VARCHAR(255) NULL,
  `site` TINYINT,
  `remoteStagingGroupCount` INTEGER,
  `inheritContent` TINYINT,
  `active_` TINYINT,
  PRIMARY KEY (`groupId`, `ctCollectionId`),
  UNIQUE KEY `IX_DBA56EF9` (`companyId`, `classNameId`, `ctCollectionId`, `classPK`),
  UNIQUE KEY `IX_23B1C81D` (`companyId`, `ctCollectionId`, `externalReferenceCode`),
  UNIQUE KEY `IX_3551EED4` (`companyId`, `ctCollectionId`, `friendlyURL`),
  UNIQUE KEY `IX_42E6E774` (`companyId`, `ctCollectionId`, `groupKey`)
) ENGINE=InnoDB;

CREATE TABLE `Image` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `imageId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `modifiedDate` DATETIME(6) NULL,
  `type_` VARCHAR(75) NULL,
  `height` INTEGER,
  `width` INTEGER,
  `size_` INTEGER,
  PRIMARY KEY (`imageId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `ListType` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `listTypeId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `name` VARCHAR(75) NULL,
  `type_` VARCHAR(75) NULL,
  UNIQUE KEY `IX_BF6DBF8A` (`companyId`, `type_`, `name`)
) ENGINE=InnoDB;

CREATE TABLE `MembershipRequest` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `membershipRequestId` BIGINT NOT NULL PRIMARY KEY,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `comments` LONGTEXT NULL,
  `replyComments` LONGTEXT NULL,
  `replyDate` DATETIME(6) NULL,
  `replierUserId` BIGINT,
  `statusId` BIGINT
) ENGINE=InnoDB;

CREATE TABLE `OrgLabor` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `orgLaborId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `organizationId` BIGINT,
  `listTypeId` BIGINT,
  `sunOpen` INTEGER,
  `sunClose` INTEGER,
  `monOpen` INTEGER,
  `monClose` INTEGER,
  `tueOpen` INTEGER,
  `tueClose` INTEGER,
  `wedOpen` INTEGER,
  `wedClose` INTEGER,
  `thuOpen` INTEGER,
  `thuClose` INTEGER,
  `friOpen` INTEGER,
  `friClose` INTEGER,
  `satOpen` INTEGER,
  `satClose` INTEGER
) ENGINE=InnoDB;

CREATE TABLE `Organization_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `organizationId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `parentOrganizationId` BIGINT,
  `treePath` LONGTEXT NULL,
  `name` VARCHAR(100) NULL,
  `type_` VARCHAR(75) NULL,
  `recursable` TINYINT,
  `regionId` BIGINT,
  `countryId` BIGINT,
  `statusListTypeId` BIGINT,
  `comments` LONGTEXT NULL,
  `logoId` BIGINT,
  PRIMARY KEY (`organizationId`, `ctCollectionId`),
  UNIQUE KEY `IX_87E47DA9` (`companyId`, `ctCollectionId`, `externalReferenceCode`),
  UNIQUE KEY `IX_F1E40A53` (`companyId`, `name`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `PasswordPolicy` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `passwordPolicyId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `defaultPolicy` TINYINT,
  `name` VARCHAR(75) NULL,
  `description` LONGTEXT NULL,
  `changeable` TINYINT,
  `changeRequired` TINYINT,
  `minAge` BIGINT,
  `checkSyntax` TINYINT,
  `allowDictionaryWords` TINYINT,
  `minAlphanumeric` INTEGER,
  `minLength` INTEGER,
  `minLowerCase` INTEGER,
  `minNumbers` INTEGER,
  `minSymbols` INTEGER,
  `minUpperCase` INTEGER,
  `regex` LONGTEXT NULL,
  `history` TINYINT,
  `historyCount` INTEGER,
  `expireable` TINYINT,
  `maxAge` BIGINT,
  `warningTime` BIGINT,
  `graceLimit` INTEGER,
  `lockout` TINYINT,
  `maxFailure` INTEGER,
  `lockoutDuration` BIGINT,
  `requireUnlock` TINYINT,
  `resetFailureCount` BIGINT,
  `resetTicketMaxAge` BIGINT,
  UNIQUE KEY `IX_3FBFA9F4` (`companyId`, `name`)
) ENGINE=InnoDB;

CREATE TABLE `PasswordPolicyRel` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `passwordPolicyRelId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `passwordPolicyId` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  UNIQUE KEY `IX_C3A17327` (`classNameId`, `classPK`)
) ENGINE=InnoDB;

CREATE TABLE `PasswordTracker` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `passwordTrackerId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `password_` VARCHAR(255) NULL
) ENGINE=InnoDB;

CREATE TABLE `Phone` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `phoneId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `number_` VARCHAR(75) NULL,
  `extension` VARCHAR(75) NULL,
  `listTypeId` BIGINT,
  `primary_` TINYINT,
  PRIMARY KEY (`phoneId`, `ctCollectionId`),
  UNIQUE KEY `IX_DC0DF107` (`companyId`, `externalReferenceCode`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `PortalPreferenceValue` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `portalPreferenceValueId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `portalPreferencesId` BIGINT,
  `index_` INTEGER,
  `key_` VARCHAR(1024) NULL,
  `largeValue` LONGTEXT NULL,
  `namespace` VARCHAR(255) NULL,
  `smallValue` VARCHAR(255) NULL,
  UNIQUE KEY `IX_D5E35599` (`portalPreferencesId`, `namespace`, `key_`, `index_`)
) ENGINE=InnoDB;

CREATE TABLE `PortalPreferences` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `portalPreferencesId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `ownerId` BIGINT,
  `ownerType` INTEGER
) ENGINE=InnoDB;

CREATE TABLE `RatingsEntry` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `entryId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `score` DOUBLE,
  PRIMARY KEY (`entryId`, `ctCollectionId`),
  UNIQUE KEY `IX_119FF2EF` (`classNameId`, `classPK`, `userId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `RatingsStats` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `statsId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `totalEntries` INTEGER,
  `totalScore` DOUBLE,
  `averageScore` DOUBLE,
  PRIMARY KEY (`statsId`, `ctCollectionId`),
  UNIQUE KEY `IX_C286E0E2` (`classNameId`, `classPK`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Region` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `defaultLanguageId` VARCHAR(75) NULL,
  `regionId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `countryId` BIGINT,
  `active_` TINYINT,
  `name` VARCHAR(75) NULL,
  `position` DOUBLE,
  `regionCode` VARCHAR(75) NULL,
  `lastPublishDate` DATETIME(6) NULL,
  PRIMARY KEY (`regionId`, `ctCollectionId`),
  UNIQUE KEY `IX_183BFDBA` (`countryId`, `regionCode`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `RememberMeToken` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `rememberMeTokenId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `expirationDate` DATETIME(6) NULL,
  `value` VARCHAR(255) NULL
) ENGINE=InnoDB;

CREATE TABLE `Role_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `roleId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `name` VARCHAR(75) NULL,
  `title` LONGTEXT NULL,
  `description` LONGTEXT NULL,
  `type_` INTEGER,
  `subtype` VARCHAR(75) NULL,
  PRIMARY KEY (`roleId`, `ctCollectionId`),
  UNIQUE KEY `IX_CC85CC2C` (`companyId`, `ctCollectionId`, `classNameId`, `classPK`),
  UNIQUE KEY `IX_C849CE46` (`companyId`, `ctCollectionId`, `externalReferenceCode`),
  UNIQUE KEY `IX_D11C3796` (`companyId`, `ctCollectionId`, `name`)
) ENGINE=InnoDB;

CREATE TABLE `SocialActivity` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `activityId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` BIGINT,
  `activitySetId` BIGINT,
  `mirrorActivityId` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `parentClassNameId` BIGINT,
  `parentClassPK` BIGINT,
  `type_` INTEGER,
  `extraData` LONGTEXT NULL,
  `receiverUserId` BIGINT,
  PRIMARY KEY (`activityId`, `ctCollectionId`),
  UNIQUE KEY `IX_7E6A9AAD` (`classNameId`, `classPK`, `groupId`, `userId`, `type_`, `receiverUserId`, `ctCollectionId`, `createDate`)
) ENGINE=InnoDB;

CREATE TABLE `SocialActivityAchievement` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `activityAchievementId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` BIGINT,
  `name` VARCHAR(75) NULL,
  `firstInGroup` TINYINT,
  PRIMARY KEY (`activityAchievementId`, `ctCollectionId`),
  UNIQUE KEY `IX_5ED94F08` (`groupId`, `userId`, `name`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `SocialActivityCounter` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `activityCounterId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `name` VARCHAR(75) NULL,
  `ownerType` INTEGER,
  `currentValue` INTEGER,
  `totalValue` INTEGER,
  `graceValue` INTEGER,
  `startPeriod` INTEGER,
  `endPeriod` INTEGER,
  `active_` TINYINT,
  PRIMARY KEY (`activityCounterId`, `ctCollectionId`),
  UNIQUE KEY `IX_56195A6B` (`groupId`, `classNameId`, `classPK`, `ownerType`, `name`, `ctCollectionId`, `endPeriod`),
  UNIQUE KEY `IX_379AA3B2` (`groupId`, `classNameId`, `classPK`, `ownerType`, `name`, `ctCollectionId`, `startPeriod`)
) ENGINE=InnoDB;

CREATE TABLE `SocialActivityLimit` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `activityLimitId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `activityType` INTEGER,
  `activityCounterName` VARCHAR(75) NULL,
  `value` VARCHAR(75) NULL,
  PRIMARY KEY (`activityLimitId`, `ctCollectionId`),
  UNIQUE KEY `IX_4A636E75` (`groupId`, `userId`, `classNameId`, `classPK`, `activityType`, `activityCounterName`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `SocialActivitySet` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `activitySetId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` BIGINT,
  `modifiedDate` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `type_` INTEGER,
  `extraData` LONGTEXT NULL,
  `activityCount` INTEGER,
  PRIMARY KEY (`activitySetId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `SocialRelation` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `relationId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `createDate` BIGINT,
  `userId1` BIGINT,
  `userId2` BIGINT,
  `type_` INTEGER,
  PRIMARY KEY (`relationId`, `ctCollectionId`),
  UNIQUE KEY `IX_ECA579C5` (`type_`, `userId1`, `userId2`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `SocialRequest` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `requestId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `createDate` BIGINT,
  `modifiedDate` BIGINT,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `type_` INTEGER,
  `extraData` LONGTEXT NULL,
  `receiverUserId` BIGINT,
  `status` INTEGER,
  PRIMARY KEY (`requestId`, `ctCollectionId`),
  UNIQUE KEY `IX_2FE40453` (`userId`, `classNameId`, `classPK`, `receiverUserId`, `type_`, `ctCollectionId`),
  UNIQUE KEY `IX_87DD8A60` (`uuid_`, `ctCollectionId`, `groupId`)
) ENGINE=InnoDB;

CREATE TABLE `SystemEvent` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `systemEventId` BIGINT NOT NULL,
  `groupId` BIGINT,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `classUuid` VARCHAR(75) NULL,
  `referrerClassNameId` BIGINT,
  `parentSystemEventId` BIGINT,
  `systemEventSetKey` BIGINT,
  `type_` INTEGER,
  `extraData` LONGTEXT NULL,
  PRIMARY KEY (`systemEventId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Team` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `teamId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `groupId` BIGINT,
  `name` VARCHAR(75) NULL,
  `description` LONGTEXT NULL,
  `lastPublishDate` DATETIME(6) NULL,
  PRIMARY KEY (`teamId`, `ctCollectionId`),
  UNIQUE KEY `IX_58777164` (`groupId`, `ctCollectionId`, `name`),
  UNIQUE KEY `IX_1AAF62D7` (`uuid_`, `groupId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Ticket` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ticketId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `key_` VARCHAR(255) NULL,
  `type_` INTEGER,
  `extraInfo` LONGTEXT NULL,
  `expirationDate` DATETIME(6) NULL
) ENGINE=InnoDB;

CREATE TABLE `UserNotificationDelivery` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `userNotificationDeliveryId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `portletId` VARCHAR(200) NULL,
  `classNameId` BIGINT,
  `notificationType` INTEGER,
  `deliveryType` INTEGER,
  `deliver` TINYINT,
  UNIQUE KEY `IX_8B6E3ACE` (`userId`, `portletId`, `classNameId`, `notificationType`, `deliveryType`)
) ENGINE=InnoDB;

CREATE TABLE `User_` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `userId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `contactId` BIGINT,
  `password_` VARCHAR(255) NULL,
  `passwordEncrypted` TINYINT,
  `passwordReset` TINYINT,
  `passwordModifiedDate` DATETIME(6) NULL,
  `digest` VARCHAR(255) NULL,
  `reminderQueryQuestion` VARCHAR(75) NULL,
  `reminderQueryAnswer` VARCHAR(75) NULL,
  `graceLoginCount` INTEGER,
  `screenName` VARCHAR(75) NULL,
  `emailAddress` VARCHAR(254) NULL,
  `facebookId` BIGINT,
  `googleUserId` VARCHAR(75) NULL,
  `ldapServerId` BIGINT,
  `openId` VARCHAR(1024) NULL,
  `portraitId` BIGINT,
  `languageId` VARCHAR(75) NULL,
  `timeZoneId` VARCHAR(75) NULL,
  `greeting` VARCHAR(255) NULL,
  `comments` LONGTEXT NULL,
  `firstName` VARCHAR(75) NULL,
  `middleName` VARCHAR(75) NULL,
  `lastName` VARCHAR(75) NULL,
  `jobTitle` VARCHAR(100) NULL,
  `loginDate` DATETIME(6) NULL,
  `loginIP` VARCHAR(75) NULL,
  `lastLoginDate` DATETIME(6) NULL,
  `lastLoginIP` VARCHAR(75) NULL,
  `lastFailedLoginDate` DATETIME(6) NULL,
  `failedLoginAttempts` INTEGER,
  `lockout` TINYINT,
  `lockoutDate` DATETIME(6) NULL,
  `agreedToTermsOfUse` TINYINT,
  `emailAddressVerified` TINYINT,
  `type_` INTEGER,
  `status` INTEGER,
  PRIMARY KEY (`userId`, `ctCollectionId`),
  UNIQUE KEY `IX_77D89D58` (`companyId`, `ctCollectionId`, `emailAddress`),
  UNIQUE KEY `IX_6FF64E11` (`companyId`, `ctCollectionId`, `externalReferenceCode`),
  UNIQUE KEY `IX_6B7C3D77` (`companyId`, `ctCollectionId`, `screenName`),
  UNIQUE KEY `IX_E902F853` (`ctCollectionId`, `contactId`)
) ENGINE=InnoDB;

CREATE TABLE `UserGroup` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `userGroupId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `parentUserGroupId` BIGINT,
  `name` VARCHAR(255) NULL,
  `description` LONGTEXT NULL,
  `addedByLDAPImport` TINYINT,
  PRIMARY KEY (`userGroupId`, `ctCollectionId`),
  UNIQUE KEY `IX_A33BD191` (`companyId`, `ctCollectionId`, `externalReferenceCode`),
  UNIQUE KEY `IX_3F4FC96B` (`companyId`, `name`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `UserGroupRole` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `userGroupRoleId` BIGINT NOT NULL,
  `companyId` BIGINT,
  `userId` BIGINT,
  `groupId` BIGINT,
  `roleId` BIGINT,
  PRIMARY KEY (`userGroupRoleId`, `ctCollectionId`),
  UNIQUE KEY `IX_5427FB77` (`groupId`, `userId`, `roleId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `UserGroups_Teams` (
  `companyId` BIGINT NOT NULL,
  `teamId` BIGINT NOT NULL,
  `userGroupId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`teamId`, `userGroupId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `UserIdMapper` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `userIdMapperId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `type_` VARCHAR(75) NULL,
  `description` VARCHAR(75) NULL,
  `externalUserId` VARCHAR(75) NULL,
  UNIQUE KEY `IX_41A32E0D` (`type_`, `externalUserId`),
  UNIQUE KEY `IX_D1C44A6E` (`userId`, `type_`)
) ENGINE=InnoDB;

CREATE TABLE `UserNotificationEvent` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `userNotificationEventId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `type_` VARCHAR(200) NULL,
  `timestamp` BIGINT,
  `deliveryType` INTEGER,
  `deliverBy` BIGINT,
  `delivered` TINYINT,
  `payload` LONGTEXT NULL,
  `actionRequired` TINYINT,
  `archived` TINYINT
) ENGINE=InnoDB;

CREATE TABLE `Users_Groups` (
  `companyId` BIGINT NOT NULL,
  `groupId` BIGINT NOT NULL,
  `userId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`groupId`, `userId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Users_Orgs` (
  `companyId` BIGINT NOT NULL,
  `organizationId` BIGINT NOT NULL,
  `userId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`organizationId`, `userId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Users_Roles` (
  `companyId` BIGINT NOT NULL,
  `roleId` BIGINT NOT NULL,
  `userId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`roleId`, `userId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Users_Teams` (
  `companyId` BIGINT NOT NULL,
  `teamId` BIGINT NOT NULL,
  `userId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`teamId`, `userId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `Users_UserGroups` (
  `companyId` BIGINT NOT NULL,
  `userId` BIGINT NOT NULL,
  `userGroupId` BIGINT NOT NULL,
  `ctCollectionId` BIGINT DEFAULT 0 NOT NULL,
  `ctChangeType` TINYINT,
  PRIMARY KEY (`userId`, `userGroupId`, `ctCollectionId`)
) ENGINE=InnoDB;

CREATE TABLE `UserTracker` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `userTrackerId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `modifiedDate` DATETIME(6) NULL,
  `sessionId` VARCHAR(200) NULL,
  `remoteAddr` VARCHAR(75) NULL,
  `remoteHost` VARCHAR(75) NULL,
  `userAgent` VARCHAR(200) NULL
) ENGINE=InnoDB;

CREATE TABLE `UserTrackerPath` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `userTrackerPathId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userTrackerId` BIGINT,
  `path_` LONGTEXT NULL,
  `pathDate` DATETIME(6) NULL
) ENGINE=InnoDB;

CREATE TABLE `Website` (
  `mvccVersion` BIGINT DEFAULT 0 NOT NULL,
  `uuid_` VARCHAR(75) NULL,
  `externalReferenceCode` VARCHAR(75) NULL,
  `websiteId` BIGINT NOT NULL PRIMARY KEY,
  `companyId` BIGINT,
  `userId` BIGINT,
  `userName` VARCHAR(75) NULL,
  `createDate` DATETIME(6) NULL,
  `modifiedDate` DATETIME(6) NULL,
  `classNameId` BIGINT,
  `classPK` BIGINT,
  `url` LONGTEXT NULL,
  `listTypeId` BIGINT,
  `primary_` TINYINT,
  `lastPublishDate` DATETIME(6) NULL,
  UNIQUE KEY `IX_36B86556` (`companyId`, `externalReferenceCode`)
) ENGINE=InnoDB;

-- Aselo HRM (Helpline Records Management; Tech Matters' open-source contact centre for child helplines)
-- Upstream: github.com/techmatters/hrm, commit 37098338cd1412f110244a482e61e239cbea74b9 (AGPL-3.0):
-- the Sequelize/Umzug migrations of `hrm-domain/hrm-service/migrations/` (52 of 53; the one that only runs
-- CREATE EXTENSION pgaudit was skipped) into schema `public` and the 13 of
-- `resources-domain/resources-service/migrations/` into schema `resources`, replayed into PostgreSQL 15 with the
-- services' own `db-migrate.js`, then written from the catalogue as MySQL (see aselo.md).

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `Cases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `status` VARCHAR(255),
  `helpline` VARCHAR(255),
  `info` JSON,
  `twilioWorkerId` VARCHAR(255),
  `accountSid` VARCHAR(255) NOT NULL,
  `createdBy` VARCHAR(255),
  `updatedBy` TEXT,
  `statusUpdatedAt` DATETIME(6),
  `statusUpdatedBy` TEXT,
  `previousStatus` TEXT,
  `label` TEXT,
  `definitionVersion` TEXT NOT NULL,
  PRIMARY KEY (`id`, `accountSid`)
);

CREATE TABLE `Profiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `accountSid` VARCHAR(150) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `updatedBy` TEXT,
  `definitionVersion` TEXT NOT NULL,
  PRIMARY KEY (`id`, `accountSid`)
);

CREATE TABLE `Identifiers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `updatedBy` TEXT,
  PRIMARY KEY (`id`, `accountSid`),
  UNIQUE KEY `Identifiers_identifier_accountSid` (`identifier`, `accountSid`)
);

CREATE TABLE `Contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `rawJson` JSON,
  `queueName` VARCHAR(255),
  `twilioWorkerId` VARCHAR(255),
  `helpline` VARCHAR(255),
  `number` VARCHAR(255),
  `channel` VARCHAR(255),
  `conversationDuration` INT,
  `caseId` INT,
  `accountSid` VARCHAR(255) NOT NULL,
  `timeOfContact` DATETIME(6),
  `taskId` VARCHAR(255),
  `createdBy` VARCHAR(255),
  `channelSid` VARCHAR(255),
  `serviceSid` VARCHAR(255),
  `updatedBy` TEXT,
  `profileId` INT,
  `identifierId` INT,
  `finalizedAt` DATETIME(6),
  `definitionVersion` TEXT NOT NULL,
  PRIMARY KEY (`id`, `accountSid`),
  UNIQUE KEY `Contacts_taskId_accountSid_idx` (`taskId`, `accountSid`),
  CONSTRAINT `Contacts_caseId_accountSid_fkey` FOREIGN KEY (`caseId`, `accountSid`) REFERENCES `Cases` (`id`, `accountSid`) ON UPDATE CASCADE,
  CONSTRAINT `Contacts_identifierId_Identifiers_id_fk` FOREIGN KEY (`identifierId`, `accountSid`) REFERENCES `Identifiers` (`id`, `accountSid`) ON UPDATE CASCADE,
  CONSTRAINT `Contacts_profileId_Profiles_id_fk` FOREIGN KEY (`profileId`, `accountSid`) REFERENCES `Profiles` (`id`, `accountSid`) ON UPDATE CASCADE
);

CREATE TABLE `CaseAudits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `caseId` INT,
  `twilioWorkerId` VARCHAR(255),
  `previousValue` JSON,
  `newValue` JSON,
  `accountSid` VARCHAR(255),
  `createdBy` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `PostSurveys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `accountSid` VARCHAR(255) NOT NULL,
  `taskId` VARCHAR(255),
  `contactTaskId` VARCHAR(255),
  `data` JSON,
  PRIMARY KEY (`id`, `accountSid`)
);

CREATE TABLE `CSAMReports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `accountSid` VARCHAR(255) NOT NULL,
  `twilioWorkerId` VARCHAR(255),
  `csamReportId` VARCHAR(255),
  `contactId` INT,
  `reportType` TEXT NOT NULL,
  `acknowledged` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`, `accountSid`),
  CONSTRAINT `CSAMReports_contactId_accountSid_fkey` FOREIGN KEY (`contactId`, `accountSid`) REFERENCES `Contacts` (`id`, `accountSid`) ON UPDATE CASCADE
);

CREATE TABLE `CaseSections` (
  `caseId` INT NOT NULL,
  `sectionType` VARCHAR(150) NOT NULL,
  `sectionId` VARCHAR(150) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `updatedAt` DATETIME(6),
  `updatedBy` TEXT,
  `sectionTypeSpecificData` JSON,
  `accountSid` VARCHAR(255) NOT NULL,
  `eventTimestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`caseId`, `sectionType`, `sectionId`),
  CONSTRAINT `CaseSections_caseId_accountSid_fkey` FOREIGN KEY (`caseId`, `accountSid`) REFERENCES `Cases` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Audits` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` TEXT NOT NULL,
  `tableName` TEXT NOT NULL,
  `operation` TEXT NOT NULL,
  `oldRecord` JSON,
  `newRecord` JSON,
  `timestamp_trx` DATETIME(6) NOT NULL,
  `timestamp_stm` DATETIME(6) NOT NULL,
  `timestamp_clock` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ContactJobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contactId` INT NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `jobType` TEXT NOT NULL,
  `requested` DATETIME(6) NOT NULL,
  `completed` DATETIME(6),
  `lastAttempt` DATETIME(6),
  `numberOfAttempts` INT NOT NULL DEFAULT 0,
  `additionalPayload` JSON,
  `completionPayload` JSON,
  `cleanupStatus` ENUM('not_ready','pending','active','complete') NOT NULL DEFAULT 'not_ready',
  `lastCleanup` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_ContactJobs_Contacts` FOREIGN KEY (`contactId`, `accountSid`) REFERENCES `Contacts` (`id`, `accountSid`)
);

CREATE TABLE `ContactJobsFailures` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contactJobId` INT NOT NULL,
  `attemptNumber` INT NOT NULL,
  `payload` JSON,
  `createdAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Referrals` (
  `accountSid` VARCHAR(150) NOT NULL,
  `contactId` INT NOT NULL,
  `resourceId` VARCHAR(150) NOT NULL,
  `referredAt` DATETIME(6) NOT NULL,
  `resourceName` TEXT,
  `additionalResourceInfo` JSON,
  PRIMARY KEY (`contactId`, `accountSid`, `resourceId`, `referredAt`),
  CONSTRAINT `FK_Referrals_Contacts` FOREIGN KEY (`contactId`, `accountSid`) REFERENCES `Contacts` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ConversationMedias` (
  `contactId` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `storeType` TEXT NOT NULL,
  `accountSid` VARCHAR(255),
  `storeTypeSpecificData` JSON,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`contactId`, `id`),
  UNIQUE KEY `id_ai` (`id`),
  CONSTRAINT `ConversationMedias_contactId_Contact_id_fk` FOREIGN KEY (`contactId`, `accountSid`) REFERENCES `Contacts` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ProfileFlags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `accountSid` TEXT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `updatedBy` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ProfilesToProfileFlags` (
  `profileId` INT NOT NULL,
  `profileFlagId` INT NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `validUntil` DATETIME(6),
  PRIMARY KEY (`profileId`, `profileFlagId`, `accountSid`),
  CONSTRAINT `ProfilesToProfileFlags_profileFlagId_ProfileFlags_id_fk` FOREIGN KEY (`profileFlagId`) REFERENCES `ProfileFlags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ProfilesToProfileFlags_profileId_Profiles_id_fk` FOREIGN KEY (`profileId`, `accountSid`) REFERENCES `Profiles` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ProfilesToIdentifiers` (
  `profileId` INT NOT NULL,
  `identifierId` INT NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`profileId`, `identifierId`, `accountSid`),
  CONSTRAINT `ProfilesToIdentifiers_identifierId_Identifiers_id_fk` FOREIGN KEY (`identifierId`, `accountSid`) REFERENCES `Identifiers` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ProfilesToIdentifiers_profileId_Profiles_id_fk` FOREIGN KEY (`profileId`, `accountSid`) REFERENCES `Profiles` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ProfileSections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sectionType` TEXT NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `profileId` INT NOT NULL,
  `content` TEXT,
  `createdBy` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedBy` TEXT,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`, `accountSid`),
  CONSTRAINT `ProfileSections_profileId_Profiles_id_fk` FOREIGN KEY (`profileId`, `accountSid`) REFERENCES `Profiles` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Resources` (
  `id` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `name` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `lastUpdated` DATETIME(6),
  `deletedAt` DATETIME(6),
  `importSequenceId` TEXT,
  PRIMARY KEY (`id`, `accountSid`)
);

CREATE TABLE `ResourceStringAttributes` (
  `resourceId` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `key` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `info` JSON,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`, `accountSid`),
  CONSTRAINT `FK_ResourceStringAttributes_Resources` FOREIGN KEY (`resourceId`, `accountSid`) REFERENCES `Resources` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ResourceReferenceStringAttributeValues` (
  `id` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `list` VARCHAR(150) NOT NULL,
  `value` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `info` JSON,
  PRIMARY KEY (`id`, `list`, `accountSid`)
);

CREATE TABLE `ResourceReferenceStringAttributes` (
  `accountSid` VARCHAR(150) NOT NULL,
  `resourceId` VARCHAR(150) NOT NULL,
  `key` VARCHAR(150) NOT NULL,
  `list` VARCHAR(150) NOT NULL,
  `referenceId` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`resourceId`, `accountSid`, `key`, `list`, `referenceId`),
  CONSTRAINT `FK_ResourceReferenceStringAttributes_ResourceReferenceStringAtt` FOREIGN KEY (`referenceId`, `list`, `accountSid`) REFERENCES `ResourceReferenceStringAttributeValues` (`id`, `list`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_ResourceReferenceStringAttributes_Resources` FOREIGN KEY (`resourceId`, `accountSid`) REFERENCES `Resources` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ResourceBooleanAttributes` (
  `resourceId` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `key` VARCHAR(150) NOT NULL,
  `value` TINYINT(1) NOT NULL,
  `info` JSON,
  PRIMARY KEY (`resourceId`, `accountSid`, `key`, `value`),
  CONSTRAINT `FK_ResourceBooleanAttributes_Resources` FOREIGN KEY (`resourceId`, `accountSid`) REFERENCES `Resources` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ResourceNumberAttributes` (
  `resourceId` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `key` VARCHAR(150) NOT NULL,
  `value` DOUBLE NOT NULL,
  `info` JSON,
  PRIMARY KEY (`resourceId`, `accountSid`, `key`, `value`),
  CONSTRAINT `FK_ResourceNumberAttributes_Resources` FOREIGN KEY (`resourceId`, `accountSid`) REFERENCES `Resources` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ResourceDateTimeAttributes` (
  `resourceId` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `key` VARCHAR(150) NOT NULL,
  `value` VARCHAR(150) NOT NULL,
  `info` JSON,
  PRIMARY KEY (`resourceId`, `accountSid`, `key`, `value`),
  CONSTRAINT `FK_ResourceDateTimeAttributes_Resources` FOREIGN KEY (`resourceId`, `accountSid`) REFERENCES `Resources` (`id`, `accountSid`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Accounts` (
  `accountSid` VARCHAR(150) NOT NULL,
  `importState` JSON,
  PRIMARY KEY (`accountSid`)
);

CREATE TABLE `ImportBatches` (
  `timestamp` DATETIME(6) NOT NULL,
  `batchId` VARCHAR(150) NOT NULL,
  `accountSid` VARCHAR(150) NOT NULL,
  `successCount` INT NOT NULL DEFAULT 0,
  `failureCount` INT NOT NULL DEFAULT 0,
  `remainingCount` INT NOT NULL DEFAULT 0,
  `batchContext` JSON,
  PRIMARY KEY (`batchId`, `accountSid`)
);

CREATE TABLE `ImportErrors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accountSid` VARCHAR(150) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `batchId` TEXT NOT NULL,
  `resourceId` TEXT,
  `error` JSON,
  `rejectedBatch` JSON,
  PRIMARY KEY (`id`, `accountSid`)
);

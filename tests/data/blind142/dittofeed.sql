-- Dittofeed (customer engagement / marketing automation), github.com/dittofeed/dittofeed, commit 52b2bee909744d07dd5d409fd3974d4b95c66766 (MIT).
-- Converted from the Drizzle ORM snapshot packages/backend-lib/drizzle/meta/0010_snapshot.json (PostgreSQL, = src/db/schema.ts) to MySQL DDL:
-- text -> TEXT (VARCHAR(255) where a key/unique/foreign key needs it), uuid -> CHAR(36), timestamp(3) -> DATETIME(3), jsonb -> JSON, enums -> ENUM.
-- All 31 PostgreSQL tables; non-unique indexes left out; the ClickHouse event tables are not included.

CREATE TABLE `Workspace` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `domain` TEXT,
  `type` ENUM('Root', 'Child', 'Parent') NOT NULL DEFAULT 'Root',
  `externalId` VARCHAR(255),
  `parentWorkspaceId` CHAR(36),
  `status` ENUM('Active', 'Tombstoned', 'Paused') NOT NULL DEFAULT 'Active',
  PRIMARY KEY (`id`)
);

CREATE TABLE `Secret` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `configValue` JSON,
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `AdminApiKey` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `secretId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Journey` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` ENUM('NotStarted', 'Running', 'Paused', 'Broadcast') NOT NULL DEFAULT 'NotStarted',
  `definition` JSON,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resourceType` ENUM('Declarative', 'Internal') NOT NULL DEFAULT 'Declarative',
  `canRunMultiple` TINYINT(1) NOT NULL DEFAULT 0,
  `draft` JSON,
  `statusUpdatedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `MessageTemplate` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `definition` JSON,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resourceType` ENUM('Declarative', 'Internal') NOT NULL DEFAULT 'Declarative',
  `draft` JSON,
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `SubscriptionGroup` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` ENUM('OptIn', 'OptOut') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `channel` ENUM('Email', 'MobilePush', 'Sms', 'Webhook') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Segment` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resourceType` ENUM('Declarative', 'Internal') NOT NULL DEFAULT 'Declarative',
  `subscriptionGroupId` CHAR(36),
  `status` ENUM('NotStarted', 'Running', 'Paused') NOT NULL DEFAULT 'Running',
  `definitionUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`subscriptionGroupId`) REFERENCES `SubscriptionGroup` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `Broadcast` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `triggeredAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `journeyId` CHAR(36),
  `messageTemplateId` CHAR(36),
  `segmentId` CHAR(36),
  `subscriptionGroupId` CHAR(36),
  `status` ENUM('NotStarted', 'InProgress', 'Triggered') DEFAULT 'NotStarted',
  `statusV2` ENUM('Draft', 'Scheduled', 'Running', 'Paused', 'Completed', 'Cancelled', 'Failed') DEFAULT 'Draft',
  `scheduledAt` DATETIME(3),
  `version` ENUM('V1', 'V2') DEFAULT 'V1',
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `config` JSON,
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`segmentId`) REFERENCES `Segment` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`journeyId`) REFERENCES `Journey` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`messageTemplateId`) REFERENCES `MessageTemplate` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `ComponentConfiguration` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `ComputedPropertyPeriod` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `type` ENUM('Segment', 'UserProperty') NOT NULL,
  `computedPropertyId` CHAR(36) NOT NULL,
  `version` TEXT NOT NULL,
  `from` DATETIME(3),
  `to` DATETIME(3) NOT NULL,
  `step` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `EmailProvider` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `apiKey` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `secretId` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `type`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `DefaultEmailProvider` (
  `workspaceId` CHAR(36) NOT NULL,
  `emailProviderId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `fromAddress` TEXT,
  UNIQUE (`workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`emailProviderId`) REFERENCES `EmailProvider` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `SmsProvider` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `secretId` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `type`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `DefaultSmsProvider` (
  `workspaceId` CHAR(36) NOT NULL,
  `smsProviderId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE (`workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`smsProviderId`) REFERENCES `SmsProvider` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `EmailTemplate` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `from` TEXT NOT NULL,
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `replyTo` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Feature` (
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `config` JSON,
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `Integration` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `definitionUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `OauthToken` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `refreshToken` TEXT NOT NULL,
  `accessToken` TEXT NOT NULL,
  `expiresIn` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `SegmentAssignment` (
  `userId` VARCHAR(255) NOT NULL,
  `inSegment` TINYINT(1) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  UNIQUE (`workspaceId`, `userId`, `segmentId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`segmentId`) REFERENCES `Segment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `SegmentIOConfiguration` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `sharedSecret` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `SubscriptionManagementTemplate` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `template` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `UserJourneyEvent` (
  `id` CHAR(36) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `journeyId` CHAR(36),
  `type` VARCHAR(255) NOT NULL,
  `journeyStartedAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `nodeId` VARCHAR(255),
  `eventKey` VARCHAR(255),
  `eventKeyName` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE (`journeyId`, `userId`, `eventKey`, `eventKeyName`, `type`, `journeyStartedAt`, `nodeId`)
);

CREATE TABLE `UserProperty` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resourceType` ENUM('Declarative', 'Internal') NOT NULL DEFAULT 'Declarative',
  `definitionUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `status` ENUM('NotStarted', 'Running', 'Paused') NOT NULL DEFAULT 'Running',
  `exampleValue` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `UserPropertyAssignment` (
  `userId` VARCHAR(255) NOT NULL,
  `userPropertyId` CHAR(36) NOT NULL,
  `value` TEXT NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  UNIQUE (`workspaceId`, `userPropertyId`, `userId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`userPropertyId`) REFERENCES `UserProperty` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `UserPropertyIndex` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `userPropertyId` CHAR(36) NOT NULL,
  `type` ENUM('String', 'Number', 'Date') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`userPropertyId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`userPropertyId`) REFERENCES `UserProperty` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `WorkspaceMember` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `emailVerified` TINYINT(1) NOT NULL DEFAULT 0,
  `image` TEXT,
  `name` TEXT,
  `nickname` TEXT,
  `lastWorkspaceId` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE (`email`),
  FOREIGN KEY (`lastWorkspaceId`) REFERENCES `Workspace` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `WorkspaceMembeAccount` (
  `id` CHAR(36) NOT NULL,
  `workspaceMemberId` CHAR(36) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `providerAccountId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`provider`, `providerAccountId`),
  FOREIGN KEY (`workspaceMemberId`) REFERENCES `WorkspaceMember` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `WorkspaceMemberRole` (
  `workspaceId` CHAR(36) NOT NULL,
  `workspaceMemberId` CHAR(36) NOT NULL,
  `role` ENUM('Admin', 'WorkspaceManager', 'Author', 'Viewer') NOT NULL DEFAULT 'Viewer',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE (`workspaceId`, `workspaceMemberId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`workspaceMemberId`) REFERENCES `WorkspaceMember` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `WorkspaceOccupantSetting` (
  `workspaceId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `workspaceOccupantId` VARCHAR(255) NOT NULL,
  `occupantType` ENUM('WorkspaceMember', 'ChildWorkspaceOccupant') NOT NULL,
  `config` JSON,
  `secretId` CHAR(36),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE (`workspaceId`, `workspaceOccupantId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `WorkspaceRelation` (
  `parentWorkspaceId` CHAR(36) NOT NULL,
  `childWorkspaceId` CHAR(36) NOT NULL,
  UNIQUE (`parentWorkspaceId`, `childWorkspaceId`),
  FOREIGN KEY (`parentWorkspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`childWorkspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `WriteKey` (
  `id` CHAR(36) NOT NULL,
  `workspaceId` CHAR(36) NOT NULL,
  `secretId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE (`workspaceId`, `secretId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- Twenty: open-source CRM (people, companies, opportunities, notes, tasks, workspace members, e-mail and calendar sync).
-- Upstream: https://github.com/twentyhq/twenty  packages/twenty-server (AGPL-3.0)
--   workspace tables (one PostgreSQL schema per workspace, tables named by the object's nameSingular): the standard
--   objects' entities src/modules/*/standard-objects/*.workspace-entity.ts, commit 01abd1ffcf4f2147761a330404c243a8688b8a7c,
--   with the base fields of src/engine/twenty-orm/base.workspace-entity.ts and the composite-field columns of
--   src/engine/metadata-modules/field-metadata/composite-types/*.composite-type.ts (FULL_NAME -> <f>FirstName/<f>LastName,
--   EMAILS, PHONES, LINKS, ACTOR -> <f>Source/<f>WorkspaceMemberId/<f>Name/<f>Context, ADDRESS, CURRENCY, RICH_TEXT_V2);
--   core tables (schema "core"): the TypeORM entities src/engine/core-modules/{user,workspace,user-workspace,app-token,
--   key-value-pair,two-factor-authentication,api-key}/*.entity.ts, each file's latest version in the code index
--   (the repository, 2.4 GB, was too large to fetch whole; files read one by one through the index).
-- PostgreSQL written as MySQL DDL: uuid -> char(36), text kept, timestamptz -> datetime, jsonb and text[] -> json,
-- SELECT fields and other PostgreSQL enums -> varchar(255), numeric -> decimal, tsvector -> text. The two schemas are flattened
-- into one; upstream's relation join columns (<relation>Id) kept, foreign keys left out. 22 workspace + 7 core tables.


CREATE TABLE `person` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `nameFirstName` text,
  `nameLastName` text,
  `emailsPrimaryEmail` text,
  `emailsAdditionalEmails` json,
  `linkedinLinkPrimaryLinkUrl` text,
  `linkedinLinkPrimaryLinkLabel` text,
  `linkedinLinkSecondaryLinks` json,
  `xLinkPrimaryLinkUrl` text,
  `xLinkPrimaryLinkLabel` text,
  `xLinkSecondaryLinks` json,
  `jobTitle` text,
  `phone` text,
  `phonesPrimaryPhoneNumber` text,
  `phonesPrimaryPhoneCountryCode` text,
  `phonesPrimaryPhoneCallingCode` text,
  `phonesAdditionalPhones` json,
  `city` text,
  `avatarUrl` text,
  `position` double NOT NULL DEFAULT 0,
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `companyId` char(36),
  `searchVector` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `company` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `name` text,
  `domainNamePrimaryLinkUrl` text,
  `domainNamePrimaryLinkLabel` text,
  `domainNameSecondaryLinks` json,
  `employees` double,
  `linkedinLinkPrimaryLinkUrl` text,
  `linkedinLinkPrimaryLinkLabel` text,
  `linkedinLinkSecondaryLinks` json,
  `xLinkPrimaryLinkUrl` text,
  `xLinkPrimaryLinkLabel` text,
  `xLinkSecondaryLinks` json,
  `annualRecurringRevenueAmountMicros` decimal(65,0),
  `annualRecurringRevenueCurrencyCode` text,
  `addressAddressStreet1` text,
  `addressAddressStreet2` text,
  `addressAddressCity` text,
  `addressAddressPostcode` text,
  `addressAddressState` text,
  `addressAddressCountry` text,
  `addressAddressLat` decimal(65,30),
  `addressAddressLng` decimal(65,30),
  `idealCustomerProfile` tinyint(1) NOT NULL DEFAULT 0,
  `position` double NOT NULL DEFAULT 0,
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `addressOld` text,
  `accountOwnerId` char(36),
  `searchVector` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `opportunity` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `name` text,
  `amountAmountMicros` decimal(65,0),
  `amountCurrencyCode` text,
  `closeDate` datetime,
  `stage` varchar(255) NOT NULL DEFAULT 'NEW',
  `position` double NOT NULL DEFAULT 0,
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `pointOfContactId` char(36),
  `companyId` char(36),
  `probability` text,
  `searchVector` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `note` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `position` double NOT NULL DEFAULT 0,
  `title` text,
  `bodyV2Blocknote` text,
  `bodyV2Markdown` text,
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `searchVector` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `noteTarget` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `noteId` char(36),
  `personId` char(36),
  `companyId` char(36),
  `opportunityId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `task` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `position` double NOT NULL DEFAULT 0,
  `title` text,
  `bodyV2Blocknote` text,
  `bodyV2Markdown` text,
  `dueAt` datetime,
  `status` varchar(255) DEFAULT 'TODO',
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `assigneeId` char(36),
  `searchVector` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `taskTarget` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `taskId` char(36),
  `personId` char(36),
  `companyId` char(36),
  `opportunityId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `workspaceMember` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `position` double NOT NULL DEFAULT 0,
  `nameFirstName` text,
  `nameLastName` text,
  `colorScheme` text NOT NULL DEFAULT 'System',
  `locale` text NOT NULL DEFAULT 'en',
  `avatarUrl` text,
  `userEmail` text,
  `calendarStartDay` int NOT NULL DEFAULT 7,
  `userId` char(36) NOT NULL,
  `timeZone` text NOT NULL DEFAULT 'system',
  `dateFormat` varchar(255) NOT NULL DEFAULT 'SYSTEM',
  `timeFormat` varchar(255) NOT NULL DEFAULT 'SYSTEM',
  `searchVector` text,
  `numberFormat` varchar(255) NOT NULL DEFAULT 'SYSTEM',
  PRIMARY KEY (`id`)
);

CREATE TABLE `messageThread` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `message` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `headerMessageId` text,
  `subject` text,
  `text` text,
  `receivedAt` datetime,
  `messageThreadId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `messageParticipant` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `role` varchar(255) NOT NULL DEFAULT 'from',
  `handle` text,
  `displayName` text,
  `messageId` char(36) NOT NULL,
  `personId` char(36),
  `workspaceMemberId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `connectedAccount` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `handle` text,
  `provider` text NOT NULL DEFAULT 'google',
  `accessToken` text,
  `refreshToken` text,
  `lastCredentialsRefreshedAt` datetime,
  `lastSyncHistoryId` text,
  `authFailedAt` datetime,
  `handleAliases` text,
  `scopes` json,
  `connectionParameters` json,
  `accountOwnerId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messageChannel` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `visibility` varchar(255) NOT NULL DEFAULT 'SHARE_EVERYTHING',
  `handle` text,
  `type` varchar(255) NOT NULL DEFAULT 'EMAIL',
  `isContactAutoCreationEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `contactAutoCreationPolicy` varchar(255) NOT NULL DEFAULT 'SENT',
  `messageFolderImportPolicy` varchar(255) NOT NULL DEFAULT 'ALL_FOLDERS',
  `excludeNonProfessionalEmails` tinyint(1) NOT NULL DEFAULT 1,
  `excludeGroupEmails` tinyint(1) NOT NULL DEFAULT 1,
  `pendingGroupEmailsAction` varchar(255) NOT NULL DEFAULT 'NONE',
  `isSyncEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `syncCursor` text,
  `syncedAt` datetime,
  `syncStatus` varchar(255),
  `syncStage` varchar(255) NOT NULL DEFAULT 'PENDING_CONFIGURATION',
  `syncStageStartedAt` datetime,
  `throttleFailureCount` double NOT NULL DEFAULT 0,
  `connectedAccountId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messageChannelMessageAssociation` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `messageExternalId` text,
  `messageThreadExternalId` text,
  `direction` varchar(255) NOT NULL DEFAULT 'INCOMING',
  `messageChannelId` char(36) NOT NULL,
  `messageId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `calendarChannel` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `handle` text,
  `syncStatus` varchar(255),
  `syncStage` varchar(255) NOT NULL DEFAULT 'PENDING_CONFIGURATION',
  `visibility` varchar(255) NOT NULL DEFAULT 'SHARE_EVERYTHING',
  `isContactAutoCreationEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `contactAutoCreationPolicy` varchar(255) NOT NULL DEFAULT 'AS_PARTICIPANT_AND_ORGANIZER',
  `isSyncEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `syncCursor` text,
  `syncedAt` datetime,
  `syncStageStartedAt` datetime,
  `throttleFailureCount` double NOT NULL DEFAULT 0,
  `connectedAccountId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `calendarEvent` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `title` text,
  `isCanceled` tinyint(1) NOT NULL DEFAULT 0,
  `isFullDay` tinyint(1) NOT NULL DEFAULT 0,
  `startsAt` datetime,
  `endsAt` datetime,
  `externalCreatedAt` datetime,
  `externalUpdatedAt` datetime,
  `description` text,
  `location` text,
  `iCalUid` text,
  `conferenceSolution` text,
  `conferenceLinkPrimaryLinkUrl` text,
  `conferenceLinkPrimaryLinkLabel` text,
  `conferenceLinkSecondaryLinks` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `calendarChannelEventAssociation` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `eventExternalId` text,
  `recurringEventExternalId` text,
  `calendarChannelId` char(36) NOT NULL,
  `calendarEventId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `calendarEventParticipant` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `handle` text,
  `displayName` text,
  `isOrganizer` tinyint(1) NOT NULL DEFAULT 0,
  `responseStatus` varchar(255) NOT NULL DEFAULT 'NEEDS_ACTION',
  `calendarEventId` char(36) NOT NULL,
  `personId` char(36),
  `workspaceMemberId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `attachment` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `name` text,
  `fullPath` text,
  `type` text,
  `fileCategory` varchar(255) NOT NULL DEFAULT 'OTHER',
  `createdBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `createdByWorkspaceMemberId` char(36),
  `createdByName` text NOT NULL,
  `createdByContext` json,
  `updatedBySource` varchar(255) NOT NULL DEFAULT 'MANUAL',
  `updatedByWorkspaceMemberId` char(36),
  `updatedByName` text NOT NULL,
  `updatedByContext` json,
  `authorId` char(36),
  `taskId` char(36),
  `noteId` char(36),
  `personId` char(36),
  `companyId` char(36),
  `opportunityId` char(36),
  `dashboardId` char(36),
  `workflowId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `timelineActivity` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `happensAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` text,
  `properties` json,
  `linkedRecordCachedName` text,
  `linkedRecordId` char(36),
  `linkedObjectMetadataId` char(36),
  `workspaceMemberId` char(36),
  `targetPersonId` char(36),
  `targetCompanyId` char(36),
  `targetOpportunityId` char(36),
  `targetNoteId` char(36),
  `targetTaskId` char(36),
  `targetWorkflowId` char(36),
  `targetWorkflowVersionId` char(36),
  `targetWorkflowRunId` char(36),
  `targetDashboardId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `favorite` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `position` double NOT NULL DEFAULT 0,
  `forWorkspaceMemberId` char(36),
  `personId` char(36),
  `companyId` char(36),
  `favoriteFolderId` char(36),
  `opportunityId` char(36),
  `workflowId` char(36),
  `workflowVersionId` char(36),
  `workflowRunId` char(36),
  `taskId` char(36),
  `noteId` char(36),
  `dashboardId` char(36),
  `viewId` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `blocklist` (
  `id` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `handle` text,
  `workspaceMemberId` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user` (
  `id` char(36) NOT NULL,
  `firstName` varchar(255) NOT NULL DEFAULT '',
  `lastName` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL,
  `defaultAvatarUrl` varchar(255),
  `isEmailVerified` tinyint(1) NOT NULL DEFAULT 0,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `passwordHash` varchar(255),
  `canImpersonate` tinyint(1) NOT NULL DEFAULT 0,
  `canAccessFullAdminPanel` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `locale` varchar(255) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`)
);

CREATE TABLE `workspace` (
  `id` char(36) NOT NULL,
  `displayName` varchar(255),
  `logo` varchar(255),
  `inviteHash` varchar(255),
  `deletedAt` datetime,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `allowImpersonation` tinyint(1) NOT NULL DEFAULT 1,
  `isPublicInviteLinkEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `activationStatus` varchar(255) NOT NULL DEFAULT 'INACTIVE',
  `metadataVersion` int NOT NULL DEFAULT 1,
  `databaseUrl` varchar(255) NOT NULL DEFAULT '',
  `databaseSchema` varchar(255) NOT NULL DEFAULT '',
  `subdomain` varchar(255) NOT NULL,
  `customDomain` varchar(255),
  `isGoogleAuthEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `isPasswordAuthEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `isMicrosoftAuthEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `isCustomDomainEnabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `userWorkspace` (
  `id` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `workspaceId` char(36) NOT NULL,
  `defaultAvatarUrl` varchar(255),
  `locale` varchar(255) NOT NULL DEFAULT 'en',
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `appToken` (
  `id` char(36) NOT NULL,
  `userId` char(36),
  `workspaceId` char(36),
  `type` text NOT NULL,
  `value` text,
  `expiresAt` datetime NOT NULL,
  `deletedAt` datetime,
  `revokedAt` datetime,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `context` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `keyValuePair` (
  `id` char(36) NOT NULL,
  `userId` char(36),
  `workspaceId` char(36),
  `key` text NOT NULL,
  `value` json,
  `textValueDeprecated` text,
  `type` varchar(255) NOT NULL DEFAULT 'USER_VARIABLE',
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `twoFactorAuthenticationMethod` (
  `id` char(36) NOT NULL,
  `userWorkspaceId` char(36) NOT NULL,
  `secret` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `strategy` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `apiKey` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `expiresAt` datetime NOT NULL,
  `revokedAt` datetime,
  `workspaceId` char(36) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`)
);

-- Comp AI (trycompai/comp; open-source compliance automation, Prisma on PostgreSQL) — trimmed schema for blind exam 377.
-- Upstream: github.com/trycompai/comp, commit 09aa8baa7123ef239296b0a11f639bb6e81a80df (2026-08-05),
-- packages/db/prisma/migrations/*/migration.sql (289 Prisma migrations) (AGPL-3.0).
-- Made by replaying the migrations in order into PostgreSQL 15, then writing the kept tables as MySQL from the
-- catalogue: column names and order as created, Prisma enums as MySQL ENUM, primary and unique keys, foreign keys
-- between kept tables (one left out to break a cycle). 65 of the 155 tables are kept; see compai.md.

CREATE TABLE `Organization` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `slug` varchar(255) NOT NULL,
  `logo` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `metadata` longtext,
  `website` longtext,
  `fleetDmLabelId` int,
  `isFleetSetupCompleted` tinyint(1) NOT NULL DEFAULT 0,
  `onboardingCompleted` tinyint(1) NOT NULL DEFAULT 0,
  `hasAccess` tinyint(1) NOT NULL DEFAULT 0,
  `advancedModeEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `employeeSyncProvider` longtext,
  `primaryColor` longtext,
  `trustPortalFaqs` json,
  `evidenceApprovalEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `deviceAgentStepEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `securityTrainingStepEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `whistleblowerReportEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `accessRequestFormEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `backgroundCheckStepEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `deviceSyncProvider` longtext,
  `twoFactorSource` longtext,
  `isInternal` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Organization_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `email` varchar(255) NOT NULL,
  `emailVerified` tinyint(1) NOT NULL,
  `image` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `lastLogin` datetime(3),
  `emailNotificationsUnsubscribed` tinyint(1) NOT NULL DEFAULT 0,
  `emailPreferences` json,
  `isPlatformAdmin` tinyint(1) NOT NULL DEFAULT 0,
  `banExpires` datetime(3),
  `banReason` longtext,
  `banned` tinyint(1),
  `role` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` varchar(255) NOT NULL,
  `accountId` longtext NOT NULL,
  `providerId` longtext NOT NULL,
  `userId` varchar(255) NOT NULL,
  `accessToken` longtext,
  `refreshToken` longtext,
  `idToken` longtext,
  `accessTokenExpiresAt` datetime(3),
  `refreshTokenExpiresAt` datetime(3),
  `scope` longtext,
  `password` longtext,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Session` (
  `id` varchar(255) NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `token` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `ipAddress` longtext,
  `userAgent` longtext,
  `userId` varchar(255) NOT NULL,
  `activeOrganizationId` longtext,
  `impersonatedBy` longtext,
  `deviceAgent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_token_key` (`token`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Verification` (
  `id` varchar(255) NOT NULL,
  `identifier` longtext NOT NULL,
  `value` longtext NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invitation` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `email` longtext NOT NULL,
  `status` longtext NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `inviterId` varchar(255) NOT NULL,
  `role` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `Invitation_inviterId_fkey` FOREIGN KEY (`inviterId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Invitation_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Member` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `role` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `department` longtext NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `fleetDmLabelId` int,
  `deactivated` tinyint(1) NOT NULL DEFAULT 0,
  `jobTitle` longtext,
  `externalUserId` longtext,
  `externalUserSource` longtext,
  `backgroundCheckExempt` tinyint(1) NOT NULL DEFAULT 0,
  `offboardDate` datetime(3),
  `onboardDate` datetime(3),
  `backgroundCheckExemptJustification` longtext,
  `backgroundCheckExemptReason` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `Member_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Member_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_role` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `permissions` longtext NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `obligations` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_role_organizationId_name_key` (`organizationId`, `name`),
  CONSTRAINT `organization_role_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_notification_setting` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL,
  `policyNotifications` tinyint(1) NOT NULL DEFAULT 1,
  `taskReminders` tinyint(1) NOT NULL DEFAULT 1,
  `taskAssignments` tinyint(1) NOT NULL DEFAULT 1,
  `taskMentions` tinyint(1) NOT NULL DEFAULT 1,
  `weeklyTaskDigest` tinyint(1) NOT NULL DEFAULT 1,
  `findingNotifications` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_notification_setting_organizationId_role_key` (`organizationId`, `role`),
  CONSTRAINT `role_notification_setting_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKey` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `key` varchar(255) NOT NULL,
  `salt` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` datetime(3),
  `lastUsedAt` datetime(3),
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `organizationId` varchar(255) NOT NULL,
  `scopes` json,
  `keyPrefix` longtext,
  `createdByMemberId` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ApiKey_key_key` (`key`),
  CONSTRAINT `ApiKey_createdByMemberId_fkey` FOREIGN KEY (`createdByMemberId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ApiKey_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditLog` (
  `id` varchar(255) NOT NULL,
  `timestamp` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `description` longtext,
  `memberId` varchar(255),
  `entityId` longtext,
  `entityType` enum('organization','framework','requirement','control','policy','task','people','risk','vendor','tests','integration','trust','finding','pentest'),
  PRIMARY KEY (`id`),
  CONSTRAINT `AuditLog_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `AuditLog_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `AuditLog_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Comment` (
  `id` varchar(255) NOT NULL,
  `content` longtext NOT NULL,
  `entityId` longtext NOT NULL,
  `authorId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `entityType` enum('task','vendor','risk','policy','finding') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Comment_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `Comment_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Attachment` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `url` longtext NOT NULL,
  `type` enum('image','video','audio','document','other') NOT NULL,
  `entityId` longtext NOT NULL,
  `entityType` enum('task','vendor','risk','comment','trust_nda','task_item','background_check','employment_onboard','employment_offboard','offboarding_checklist') NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `commentId` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `Attachment_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comment` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Attachment_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Device` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `hostname` longtext NOT NULL,
  `platform` enum('macos','windows','linux') NOT NULL,
  `osVersion` longtext NOT NULL,
  `serialNumber` varchar(255),
  `hardwareModel` longtext,
  `memberId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `isCompliant` tinyint(1) NOT NULL DEFAULT 0,
  `diskEncryptionEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `antivirusEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `passwordPolicySet` tinyint(1) NOT NULL DEFAULT 0,
  `screenLockEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `checkDetails` json,
  `lastCheckIn` datetime(3),
  `agentVersion` longtext,
  `installedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `agentSessionId` varchar(255),
  `externalDeviceId` varchar(255),
  `integrationConnectionId` varchar(255),
  `source` enum('agent','fleet','integration') NOT NULL DEFAULT 'agent',
  `sourceCompliance` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Device_serialNumber_organizationId_key` (`serialNumber`, `organizationId`),
  UNIQUE KEY `Device_integrationConnectionId_externalDeviceId_key` (`integrationConnectionId`, `externalDeviceId`),
  CONSTRAINT `Device_agentSessionId_fkey` FOREIGN KEY (`agentSessionId`) REFERENCES `Session` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Device_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Device_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FleetPolicyResult` (
  `id` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `fleetPolicyId` int NOT NULL,
  `fleetPolicyName` longtext NOT NULL,
  `fleetPolicyResponse` longtext NOT NULL,
  `attachments` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FleetPolicyResult_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FleetPolicyResult_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorVideo` (
  `id` varchar(255) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `youtubeId` longtext NOT NULL,
  `url` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmployeeTrainingVideoCompletion` (
  `id` varchar(255) NOT NULL,
  `completedAt` datetime(3),
  `videoId` varchar(255) NOT NULL,
  `memberId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmployeeTrainingVideoCompletion_memberId_videoId_key` (`memberId`, `videoId`),
  CONSTRAINT `EmployeeTrainingVideoCompletion_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `background_check_requests` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `memberId` varchar(255) NOT NULL,
  `employeeEmail` longtext NOT NULL,
  `employeeName` longtext NOT NULL,
  `identityBackgroundCheckId` varchar(255),
  `candidateUrl` longtext,
  `status` enum('invited','in_progress','in_review','completed','completed_with_flags','failed','cancelled') NOT NULL DEFAULT 'invited',
  `identityStatus` longtext,
  `employmentStatus` longtext,
  `referenceStatus` longtext,
  `rightToWorkStatus` longtext,
  `adjudicationStatus` longtext,
  `stripePaymentIntentId` longtext,
  `stripePaymentStatus` longtext,
  `stripeRefundId` longtext,
  `stripeAmountCents` int,
  `stripeCurrency` longtext,
  `lastWebhookEventId` longtext,
  `lastSyncedAt` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `requesterNotes` longtext,
  `reportSnapshot` json,
  `reportSyncedAt` datetime(3),
  `rerunCount` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `background_check_requests_identityBackgroundCheckId_key` (`identityBackgroundCheckId`),
  UNIQUE KEY `background_check_requests_organizationId_memberId_key` (`organizationId`, `memberId`),
  CONSTRAINT `background_check_requests_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `background_check_requests_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OffboardingChecklistTemplate` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext,
  `evidenceRequired` tinyint(1) NOT NULL DEFAULT 0,
  `sortOrder` int NOT NULL DEFAULT 0,
  `isDefault` tinyint(1) NOT NULL DEFAULT 0,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `isAccessRevocation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `OffboardingChecklistTemplate_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OffboardingChecklistCompletion` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `memberId` varchar(255) NOT NULL,
  `templateItemId` varchar(255),
  `completedById` varchar(255),
  `completedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `notes` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OffboardingChecklistCompletion_memberId_templateItemId_key` (`memberId`, `templateItemId`),
  CONSTRAINT `OffboardingChecklistCompletion_completedById_fkey` FOREIGN KEY (`completedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `OffboardingChecklistCompletion_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OffboardingChecklistCompletion_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OffboardingChecklistCompletion_templateItemId_fkey` FOREIGN KEY (`templateItemId`) REFERENCES `OffboardingChecklistTemplate` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Vendor` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `category` enum('cloud','infrastructure','software_as_a_service','finance','marketing','sales','hr','other') NOT NULL DEFAULT 'other',
  `status` enum('not_assessed','in_progress','assessed') NOT NULL DEFAULT 'not_assessed',
  `inherentProbability` enum('very_unlikely','unlikely','possible','likely','very_likely') NOT NULL DEFAULT 'very_unlikely',
  `inherentImpact` enum('insignificant','minor','moderate','major','severe') NOT NULL DEFAULT 'insignificant',
  `residualProbability` enum('very_unlikely','unlikely','possible','likely','very_likely') NOT NULL DEFAULT 'very_unlikely',
  `residualImpact` enum('insignificant','minor','moderate','major','severe') NOT NULL DEFAULT 'insignificant',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `assigneeId` varchar(255),
  `website` longtext,
  `isSubProcessor` tinyint(1) NOT NULL DEFAULT 0,
  `complianceBadges` json,
  `logoUrl` longtext,
  `showOnTrustPortal` tinyint(1) NOT NULL DEFAULT 0,
  `trustPortalOrder` int,
  `treatmentStrategy` enum('accept','avoid','mitigate','transfer') NOT NULL DEFAULT 'mitigate',
  `treatmentStrategyDescription` longtext,
  `autoLinkRunId` longtext,
  `autoLinkRunStartedAt` datetime(3),
  `strategyDescriptions` json,
  `embeddingHash` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `Vendor_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Vendor_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OffboardingAccessRevocation` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `memberId` varchar(255) NOT NULL,
  `vendorId` varchar(255) NOT NULL,
  `revokedById` varchar(255),
  `revokedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `notes` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OffboardingAccessRevocation_memberId_vendorId_key` (`memberId`, `vendorId`),
  CONSTRAINT `OffboardingAccessRevocation_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OffboardingAccessRevocation_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OffboardingAccessRevocation_revokedById_fkey` FOREIGN KEY (`revokedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `OffboardingAccessRevocation_vendorId_fkey` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorFrameworkFamily` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `status` enum('visible','hidden','under_construction','partial') NOT NULL DEFAULT 'hidden',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorFramework` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `version` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `visible` tinyint(1) NOT NULL DEFAULT 0,
  `familyId` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `FrameworkEditorFramework_familyId_fkey` FOREIGN KEY (`familyId`) REFERENCES `FrameworkEditorFrameworkFamily` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorRequirement` (
  `id` varchar(255) NOT NULL,
  `frameworkId` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `identifier` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `requirementFamily` longtext,
  `sortOrder` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FrameworkEditorRequirement_frameworkId_fkey` FOREIGN KEY (`frameworkId`) REFERENCES `FrameworkEditorFramework` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorControlTemplate` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `documentTypes` json,
  `controlFamily` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorPolicyTemplate` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `frequency` enum('monthly','quarterly','yearly') NOT NULL,
  `department` enum('none','admin','gov','hr','it','itsm','qms') NOT NULL,
  `content` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkEditorTaskTemplate` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `frequency` enum('monthly','quarterly','yearly') NOT NULL,
  `department` enum('none','admin','gov','hr','it','itsm','qms') NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `automationStatus` enum('AUTOMATED','MANUAL') NOT NULL DEFAULT 'AUTOMATED',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FrameworkInstance` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `frameworkId` varchar(255),
  `customFrameworkId` varchar(255),
  `currentVersionId` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FrameworkInstance_id_organizationId_key` (`id`, `organizationId`),
  UNIQUE KEY `FrameworkInstance_organizationId_frameworkId_key` (`organizationId`, `frameworkId`),
  UNIQUE KEY `FrameworkInstance_organizationId_customFrameworkId_key` (`organizationId`, `customFrameworkId`),
  CONSTRAINT `FrameworkInstance_frameworkId_fkey` FOREIGN KEY (`frameworkId`) REFERENCES `FrameworkEditorFramework` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FrameworkInstance_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Control` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `lastReviewDate` datetime(3),
  `nextReviewDate` datetime(3),
  `organizationId` varchar(255) NOT NULL,
  `controlTemplateId` varchar(255),
  `archivedAt` datetime(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `Control_controlTemplateId_fkey` FOREIGN KEY (`controlTemplateId`) REFERENCES `FrameworkEditorControlTemplate` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Control_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RequirementMap` (
  `id` varchar(255) NOT NULL,
  `requirementId` varchar(255),
  `controlId` varchar(255) NOT NULL,
  `frameworkInstanceId` varchar(255) NOT NULL,
  `customRequirementId` varchar(255),
  `archivedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `RequirementMap_controlId_frameworkInstanceId_requirementId_key` (`controlId`, `frameworkInstanceId`, `requirementId`),
  UNIQUE KEY `RequirementMap_controlId_frameworkInstanceId_customRequirem_key` (`controlId`, `frameworkInstanceId`, `customRequirementId`),
  CONSTRAINT `RequirementMap_controlId_fkey` FOREIGN KEY (`controlId`) REFERENCES `Control` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `RequirementMap_frameworkInstanceId_fkey` FOREIGN KEY (`frameworkInstanceId`) REFERENCES `FrameworkInstance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `RequirementMap_requirementId_fkey` FOREIGN KEY (`requirementId`) REFERENCES `FrameworkEditorRequirement` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Policy` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `organizationId` varchar(255) NOT NULL,
  `status` enum('draft','published','needs_review') NOT NULL DEFAULT 'draft',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `content` json,
  `frequency` enum('monthly','quarterly','yearly'),
  `lastPublishedAt` datetime(3),
  `isRequiredToSign` tinyint(1) NOT NULL DEFAULT 1,
  `signedBy` json,
  `department` longtext,
  `reviewDate` datetime(3),
  `assigneeId` varchar(255),
  `isArchived` tinyint(1) NOT NULL DEFAULT 0,
  `lastArchivedAt` datetime(3),
  `policyTemplateId` varchar(255),
  `approverId` varchar(255),
  `displayFormat` enum('EDITOR','PDF') NOT NULL DEFAULT 'EDITOR',
  `pdfUrl` longtext,
  `currentVersionId` varchar(255),
  `draftContent` json,
  `pendingVersionId` longtext,
  `visibility` enum('ALL','DEPARTMENT') NOT NULL DEFAULT 'ALL',
  `visibleToDepartments` json,
  `archivedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Policy_currentVersionId_key` (`currentVersionId`),
  CONSTRAINT `Policy_approverId_fkey` FOREIGN KEY (`approverId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Policy_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Policy_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Policy_policyTemplateId_fkey` FOREIGN KEY (`policyTemplateId`) REFERENCES `FrameworkEditorPolicyTemplate` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PolicyVersion` (
  `id` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `policyId` varchar(255) NOT NULL,
  `version` int NOT NULL,
  `content` json,
  `pdfUrl` longtext,
  `publishedById` varchar(255),
  `changelog` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PolicyVersion_policyId_version_key` (`policyId`, `version`),
  CONSTRAINT `PolicyVersion_policyId_fkey` FOREIGN KEY (`policyId`) REFERENCES `Policy` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `PolicyVersion_publishedById_fkey` FOREIGN KEY (`publishedById`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_ControlToPolicy` (
  `A` varchar(255) NOT NULL,
  `B` varchar(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_ControlToPolicy_A_fkey` FOREIGN KEY (`A`) REFERENCES `Control` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_ControlToPolicy_B_fkey` FOREIGN KEY (`B`) REFERENCES `Policy` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Task` (
  `id` varchar(255) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `status` enum('todo','in_progress','done','not_relevant','failed','in_review') NOT NULL DEFAULT 'todo',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `assigneeId` varchar(255),
  `frequency` enum('daily','weekly','monthly','quarterly','yearly'),
  `lastCompletedAt` datetime(3),
  `department` longtext,
  `order` int NOT NULL DEFAULT 0,
  `taskTemplateId` varchar(255),
  `reviewDate` datetime(3),
  `automationStatus` enum('AUTOMATED','MANUAL') NOT NULL DEFAULT 'AUTOMATED',
  `approvedAt` datetime(3),
  `approverId` varchar(255),
  `previousStatus` enum('todo','in_progress','done','not_relevant','failed','in_review'),
  `archivedAt` datetime(3),
  `integrationLastRunAt` datetime(3),
  `integrationScheduleFrequency` enum('daily','weekly','monthly','quarterly','yearly') NOT NULL DEFAULT 'daily',
  `embeddingHash` longtext,
  `notRelevantJustification` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `Task_approverId_fkey` FOREIGN KEY (`approverId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Task_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Task_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Task_taskTemplateId_fkey` FOREIGN KEY (`taskTemplateId`) REFERENCES `FrameworkEditorTaskTemplate` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_ControlToTask` (
  `A` varchar(255) NOT NULL,
  `B` varchar(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_ControlToTask_A_fkey` FOREIGN KEY (`A`) REFERENCES `Control` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_ControlToTask_B_fkey` FOREIGN KEY (`B`) REFERENCES `Task` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskItem` (
  `id` varchar(255) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext,
  `status` enum('todo','in_progress','in_review','done','canceled') NOT NULL DEFAULT 'todo',
  `priority` enum('urgent','high','medium','low') NOT NULL DEFAULT 'medium',
  `entityId` longtext NOT NULL,
  `entityType` enum('vendor','risk') NOT NULL,
  `assigneeId` varchar(255),
  `createdById` varchar(255) NOT NULL,
  `updatedById` varchar(255),
  `organizationId` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TaskItem_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `TaskItem_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `Member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `TaskItem_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TaskItem_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Risk` (
  `id` varchar(255) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `category` enum('customer','governance','operations','other','people','regulatory','reporting','resilience','technology','vendor_management','fraud') NOT NULL,
  `department` longtext,
  `status` enum('open','pending','closed','archived') NOT NULL DEFAULT 'open',
  `likelihood` enum('very_unlikely','unlikely','possible','likely','very_likely') NOT NULL DEFAULT 'very_unlikely',
  `impact` enum('insignificant','minor','moderate','major','severe') NOT NULL DEFAULT 'insignificant',
  `residualLikelihood` enum('very_unlikely','unlikely','possible','likely','very_likely') NOT NULL DEFAULT 'very_unlikely',
  `residualImpact` enum('insignificant','minor','moderate','major','severe') NOT NULL DEFAULT 'insignificant',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `treatmentStrategyDescription` longtext,
  `treatmentStrategy` enum('accept','avoid','mitigate','transfer') NOT NULL DEFAULT 'mitigate',
  `organizationId` varchar(255) NOT NULL,
  `assigneeId` varchar(255),
  `autoLinkRunId` longtext,
  `autoLinkRunStartedAt` datetime(3),
  `strategyDescriptions` json,
  `embeddingHash` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `Risk_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Risk_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_RiskToTask` (
  `A` varchar(255) NOT NULL,
  `B` varchar(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_RiskToTask_A_fkey` FOREIGN KEY (`A`) REFERENCES `Risk` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_RiskToTask_B_fkey` FOREIGN KEY (`B`) REFERENCES `Task` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VendorContact` (
  `id` varchar(255) NOT NULL,
  `vendorId` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `email` longtext NOT NULL,
  `phone` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `VendorContact_vendorId_fkey` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GlobalVendors` (
  `website` varchar(255) NOT NULL,
  `company_name` longtext,
  `legal_name` longtext,
  `company_description` longtext,
  `company_hq_address` longtext,
  `privacy_policy_url` longtext,
  `terms_of_service_url` longtext,
  `service_level_agreement_url` longtext,
  `security_page_url` longtext,
  `trust_page_url` longtext,
  `security_certifications` json,
  `subprocessors` json,
  `type_of_company` longtext,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `riskAssessmentData` json,
  `riskAssessmentUpdatedAt` datetime(3),
  `riskAssessmentVersion` longtext,
  PRIMARY KEY (`website`),
  UNIQUE KEY `GlobalVendors_website_key` (`website`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RiskAcceptance` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `riskId` varchar(255),
  `vendorId` varchar(255),
  `acceptedById` varchar(255),
  `acceptedByName` longtext NOT NULL,
  `notes` longtext,
  `residualLikelihood` enum('very_unlikely','unlikely','possible','likely','very_likely') NOT NULL,
  `residualImpact` enum('insignificant','minor','moderate','major','severe') NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `RiskAcceptance_acceptedById_fkey` FOREIGN KEY (`acceptedById`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `RiskAcceptance_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `RiskAcceptance_riskId_fkey` FOREIGN KEY (`riskId`) REFERENCES `Risk` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `RiskAcceptance_vendorId_fkey` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EvidenceSubmission` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `formType` enum('board-meeting','it-leadership-meeting','risk-committee-meeting','meeting','access-request','whistleblower-report','penetration-test','rbac-matrix','infrastructure-inventory','employee-performance-evaluation','network-diagram','tabletop-exercise','account-types') NOT NULL,
  `submittedById` varchar(255),
  `submittedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `data` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `reviewReason` longtext,
  `reviewedAt` datetime(3),
  `reviewedById` varchar(255),
  `status` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `EvidenceSubmission_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `EvidenceSubmission_reviewedById_fkey` FOREIGN KEY (`reviewedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `EvidenceSubmission_submittedById_fkey` FOREIGN KEY (`submittedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Finding` (
  `id` varchar(255) NOT NULL,
  `type` enum('soc2','iso27001','pci_dss','hipaa','gdpr','iso9001','iso42001') NOT NULL DEFAULT 'soc2',
  `status` enum('open','ready_for_review','needs_revision','closed') NOT NULL DEFAULT 'open',
  `content` longtext NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `taskId` varchar(255),
  `templateId` longtext,
  `createdById` varchar(255),
  `organizationId` varchar(255) NOT NULL,
  `revisionNote` longtext,
  `evidenceSubmissionId` varchar(255),
  `evidenceFormType` enum('board-meeting','it-leadership-meeting','risk-committee-meeting','meeting','access-request','whistleblower-report','penetration-test','rbac-matrix','infrastructure-inventory','employee-performance-evaluation','network-diagram','tabletop-exercise','account-types'),
  `createdByAdminId` varchar(255),
  `severity` enum('low','medium','high','critical') NOT NULL DEFAULT 'medium',
  `area` enum('people','documents','compliance','other','risks','vendors','policies'),
  `policyId` varchar(255),
  `vendorId` varchar(255),
  `riskId` varchar(255),
  `memberId` varchar(255),
  `deviceId` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `Finding_createdByAdminId_fkey` FOREIGN KEY (`createdByAdminId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Finding_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Finding_deviceId_fkey` FOREIGN KEY (`deviceId`) REFERENCES `Device` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_evidenceSubmissionId_fkey` FOREIGN KEY (`evidenceSubmissionId`) REFERENCES `EvidenceSubmission` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `Member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_policyId_fkey` FOREIGN KEY (`policyId`) REFERENCES `Policy` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_riskId_fkey` FOREIGN KEY (`riskId`) REFERENCES `Risk` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_taskId_fkey` FOREIGN KEY (`taskId`) REFERENCES `Task` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Finding_vendorId_fkey` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IntegrationProvider` (
  `id` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `category` longtext NOT NULL,
  `manifestHash` longtext,
  `capabilities` json NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IntegrationProvider_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IntegrationConnection` (
  `id` varchar(255) NOT NULL,
  `providerId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `status` enum('pending','active','error','paused','disconnected') NOT NULL DEFAULT 'pending',
  `authStrategy` longtext NOT NULL,
  `activeCredentialVersionId` longtext,
  `lastSyncAt` datetime(3),
  `nextSyncAt` datetime(3),
  `syncCadence` longtext,
  `metadata` json,
  `errorMessage` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `variables` json,
  `refreshLeaseUntil` datetime(3),
  `refreshLeaseToken` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `IntegrationConnection_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `IntegrationConnection_providerId_fkey` FOREIGN KEY (`providerId`) REFERENCES `IntegrationProvider` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FindingException` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `connectionId` varchar(255) NOT NULL,
  `checkId` varchar(255) NOT NULL,
  `resourceId` varchar(255) NOT NULL,
  `reason` longtext NOT NULL,
  `reviewedBy` longtext,
  `expiresAt` datetime(3),
  `markedById` longtext NOT NULL,
  `markedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `revokedAt` datetime(3),
  `revokedById` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FindingException_organizationId_connectionId_checkId_resour_key` (`organizationId`, `connectionId`, `checkId`, `resourceId`),
  CONSTRAINT `FindingException_connectionId_fkey` FOREIGN KEY (`connectionId`) REFERENCES `IntegrationConnection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FindingException_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsDocument` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `frameworkId` varchar(255) NOT NULL,
  `requirementId` varchar(255),
  `type` enum('context_of_organization','interested_parties_register','interested_parties_requirements','isms_scope','leadership_commitment','objectives_plan','roles_and_responsibilities','monitoring','internal_audit','management_review','risk_assessment_methodology','risk_treatment_plan') NOT NULL,
  `title` longtext NOT NULL,
  `status` enum('draft','in_progress','needs_review','approved','declined') NOT NULL DEFAULT 'draft',
  `preparedBy` longtext NOT NULL,
  `approverId` varchar(255),
  `approvedAt` datetime(3),
  `declinedAt` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `templateId` longtext,
  `currentVersionId` varchar(255),
  `draftNarrative` json,
  `draftSnapshot` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsDocument_organizationId_frameworkId_type_key` (`organizationId`, `frameworkId`, `type`),
  UNIQUE KEY `IsmsDocument_currentVersionId_key` (`currentVersionId`),
  CONSTRAINT `IsmsDocument_approverId_fkey` FOREIGN KEY (`approverId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `IsmsDocument_frameworkId_fkey` FOREIGN KEY (`frameworkId`) REFERENCES `FrameworkEditorFramework` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `IsmsDocument_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `IsmsDocument_requirementId_fkey` FOREIGN KEY (`requirementId`) REFERENCES `FrameworkEditorRequirement` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsAudit` (
  `id` varchar(255) NOT NULL,
  `documentId` varchar(255) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `scope` longtext NOT NULL,
  `criteria` longtext NOT NULL,
  `auditorName` longtext,
  `plannedStartDate` date,
  `plannedEndDate` date,
  `status` enum('planned','in_progress','complete') NOT NULL DEFAULT 'planned',
  `conclusionVerdict` enum('conform','substantially_conform','not_yet_conform'),
  `conclusionNotes` longtext,
  `signoffAuditorName` longtext,
  `signoffAuditorDate` date,
  `signoffSpoName` longtext,
  `signoffSpoDate` date,
  `signoffTopMgmtName` longtext,
  `signoffTopMgmtDate` date,
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsAudit_documentId_reference_key` (`documentId`, `reference`),
  CONSTRAINT `IsmsAudit_documentId_fkey` FOREIGN KEY (`documentId`) REFERENCES `IsmsDocument` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsAuditFinding` (
  `id` varchar(255) NOT NULL,
  `auditId` varchar(255) NOT NULL,
  `documentId` longtext NOT NULL,
  `reference` varchar(255) NOT NULL,
  `type` enum('nc_major','nc_minor','ofi','observation') NOT NULL,
  `controlId` longtext,
  `clauseOrControl` longtext,
  `description` longtext NOT NULL,
  `ownerMemberId` longtext,
  `dueDate` date,
  `status` enum('open','in_progress','closed') NOT NULL DEFAULT 'open',
  `closureEvidence` longtext,
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsAuditFinding_auditId_reference_key` (`auditId`, `reference`),
  CONSTRAINT `IsmsAuditFinding_auditId_fkey` FOREIGN KEY (`auditId`) REFERENCES `IsmsAudit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsManagementReview` (
  `id` varchar(255) NOT NULL,
  `documentId` varchar(255) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `meetingDate` date,
  `recordedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `chairName` longtext,
  `attendees` json NOT NULL,
  `status` enum('planned','in_progress','complete') NOT NULL DEFAULT 'planned',
  `conclusionVerdict` enum('suitable','adequate','effective'),
  `conclusionNotes` longtext,
  `decisionsText` longtext,
  `changesText` longtext,
  `signoffChairName` longtext,
  `signoffChairDate` date,
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsManagementReview_documentId_reference_key` (`documentId`, `reference`),
  CONSTRAINT `IsmsManagementReview_documentId_fkey` FOREIGN KEY (`documentId`) REFERENCES `IsmsDocument` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsReviewAction` (
  `id` varchar(255) NOT NULL,
  `reviewId` varchar(255) NOT NULL,
  `documentId` longtext NOT NULL,
  `reference` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `ownerMemberId` longtext,
  `dueDate` date,
  `status` enum('open','in_progress','closed') NOT NULL DEFAULT 'open',
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsReviewAction_reviewId_reference_key` (`reviewId`, `reference`),
  CONSTRAINT `IsmsReviewAction_reviewId_fkey` FOREIGN KEY (`reviewId`) REFERENCES `IsmsManagementReview` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsObjective` (
  `id` varchar(255) NOT NULL,
  `documentId` varchar(255) NOT NULL,
  `objective` longtext NOT NULL,
  `target` longtext,
  `ownerMemberId` longtext,
  `cadence` longtext,
  `plan` longtext,
  `measurementMethod` longtext,
  `status` enum('not_started','on_track','at_risk','met') NOT NULL DEFAULT 'not_started',
  `source` enum('derived','manual') NOT NULL DEFAULT 'derived',
  `derivedFrom` longtext,
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `IsmsObjective_documentId_fkey` FOREIGN KEY (`documentId`) REFERENCES `IsmsDocument` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsRole` (
  `id` varchar(255) NOT NULL,
  `documentId` varchar(255) NOT NULL,
  `roleKey` varchar(255),
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `responsibilities` longtext NOT NULL,
  `authorities` longtext NOT NULL,
  `authorityGrantedBy` longtext NOT NULL,
  `requiredCompetence` longtext NOT NULL,
  `auditRoute` enum('in_house','external','training_planned'),
  `auditRouteMemberId` longtext,
  `auditFirmName` longtext,
  `auditEvidenceRef` longtext,
  `auditCourse` longtext,
  `auditDueDate` datetime(3),
  `source` enum('derived','manual') NOT NULL DEFAULT 'derived',
  `derivedFrom` longtext,
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsRole_documentId_roleKey_key` (`documentId`, `roleKey`),
  CONSTRAINT `IsmsRole_documentId_fkey` FOREIGN KEY (`documentId`) REFERENCES `IsmsDocument` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IsmsRoleAssignment` (
  `id` varchar(255) NOT NULL,
  `roleId` varchar(255) NOT NULL,
  `documentId` longtext NOT NULL,
  `memberId` varchar(255) NOT NULL,
  `basisOfCompetence` enum('education','training','experience','combination'),
  `evidenceRetained` longtext,
  `gap` longtext,
  `remediationAction` longtext,
  `remediationDueDate` datetime(3),
  `position` int NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsmsRoleAssignment_roleId_memberId_key` (`roleId`, `memberId`),
  CONSTRAINT `IsmsRoleAssignment_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `IsmsRole` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SOADocument` (
  `id` varchar(255) NOT NULL,
  `frameworkId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `configurationId` longtext NOT NULL,
  `version` int NOT NULL DEFAULT 1,
  `isLatest` tinyint(1) NOT NULL DEFAULT 1,
  `status` enum('draft','in_progress','completed','needs_review') NOT NULL DEFAULT 'draft',
  `totalQuestions` int NOT NULL DEFAULT 0,
  `answeredQuestions` int NOT NULL DEFAULT 0,
  `completedAt` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `preparedBy` longtext NOT NULL,
  `approverId` varchar(255),
  `approvedAt` datetime(3),
  `declinedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `SOADocument_frameworkId_organizationId_version_key` (`frameworkId`, `organizationId`, `version`),
  CONSTRAINT `SOADocument_approverId_fkey` FOREIGN KEY (`approverId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `SOADocument_frameworkId_fkey` FOREIGN KEY (`frameworkId`) REFERENCES `FrameworkEditorFramework` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `SOADocument_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Trust` (
  `organizationId` varchar(255) NOT NULL,
  `status` enum('draft','published') NOT NULL DEFAULT 'published',
  `email` longtext,
  `privacyPolicy` longtext,
  `soc2` tinyint(1) NOT NULL DEFAULT 0,
  `iso27001` tinyint(1) NOT NULL DEFAULT 0,
  `gdpr` tinyint(1) NOT NULL DEFAULT 0,
  `domain` longtext,
  `domainVerified` tinyint(1) NOT NULL DEFAULT 0,
  `gdpr_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `iso27001_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `soc2_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `contactEmail` longtext,
  `isVercelDomain` tinyint(1) NOT NULL DEFAULT 0,
  `vercelVerification` longtext,
  `friendlyUrl` varchar(255),
  `hipaa` tinyint(1) NOT NULL DEFAULT 0,
  `hipaa_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `soc2type1` tinyint(1) NOT NULL DEFAULT 0,
  `soc2type1_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `soc2type2` tinyint(1) NOT NULL DEFAULT 0,
  `soc2type2_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `pci_dss` tinyint(1) NOT NULL DEFAULT 0,
  `pci_dss_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `iso42001` tinyint(1) NOT NULL DEFAULT 0,
  `iso42001_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `nen7510` tinyint(1) NOT NULL DEFAULT 0,
  `nen7510_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `iso9001` tinyint(1) NOT NULL DEFAULT 0,
  `iso9001_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `allowedDomains` json,
  `overviewContent` longtext,
  `overviewTitle` longtext,
  `showOverview` tinyint(1) NOT NULL DEFAULT 0,
  `favicon` longtext,
  `soc3` tinyint(1) NOT NULL DEFAULT 0,
  `soc3_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `pipeda` tinyint(1) NOT NULL DEFAULT 0,
  `pipeda_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `ccpa` tinyint(1) NOT NULL DEFAULT 0,
  `ccpa_status` enum('started','in_progress','compliant') NOT NULL DEFAULT 'started',
  `allowedEmails` json,
  `securityQuestionnaireEnabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`status`, `organizationId`),
  UNIQUE KEY `Trust_friendlyUrl_key` (`friendlyUrl`),
  UNIQUE KEY `Trust_organizationId_key` (`organizationId`),
  CONSTRAINT `Trust_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrustAccessRequest` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `email` longtext NOT NULL,
  `company` longtext,
  `jobTitle` longtext,
  `purpose` longtext,
  `requestedDurationDays` int,
  `status` enum('under_review','approved','denied','canceled') NOT NULL DEFAULT 'under_review',
  `reviewerMemberId` varchar(255),
  `reviewedAt` datetime(3),
  `decisionReason` longtext,
  `ipAddress` longtext,
  `userAgent` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TrustAccessRequest_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TrustAccessRequest_reviewerMemberId_fkey` FOREIGN KEY (`reviewerMemberId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrustAccessGrant` (
  `id` varchar(255) NOT NULL,
  `accessRequestId` varchar(255) NOT NULL,
  `subjectEmail` longtext NOT NULL,
  `status` enum('active','expired','revoked') NOT NULL DEFAULT 'active',
  `expiresAt` datetime(3) NOT NULL,
  `issuedByMemberId` varchar(255),
  `revokedAt` datetime(3),
  `revokedByMemberId` varchar(255),
  `revokeReason` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `accessToken` varchar(255),
  `accessTokenExpiresAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `TrustAccessGrant_accessRequestId_key` (`accessRequestId`),
  UNIQUE KEY `TrustAccessGrant_accessToken_key` (`accessToken`),
  CONSTRAINT `TrustAccessGrant_accessRequestId_fkey` FOREIGN KEY (`accessRequestId`) REFERENCES `TrustAccessRequest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TrustAccessGrant_issuedByMemberId_fkey` FOREIGN KEY (`issuedByMemberId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `TrustAccessGrant_revokedByMemberId_fkey` FOREIGN KEY (`revokedByMemberId`) REFERENCES `Member` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrustNDAAgreement` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `accessRequestId` varchar(255) NOT NULL,
  `grantId` varchar(255),
  `signerName` longtext,
  `signerEmail` longtext,
  `status` enum('pending','signed','void') NOT NULL DEFAULT 'pending',
  `signToken` varchar(255) NOT NULL,
  `signTokenExpiresAt` datetime(3) NOT NULL,
  `pdfTemplateKey` longtext,
  `pdfSignedKey` longtext,
  `signedAt` datetime(3),
  `ipAddress` longtext,
  `userAgent` longtext,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TrustNDAAgreement_grantId_key` (`grantId`),
  UNIQUE KEY `TrustNDAAgreement_signToken_key` (`signToken`),
  CONSTRAINT `TrustNDAAgreement_accessRequestId_fkey` FOREIGN KEY (`accessRequestId`) REFERENCES `TrustAccessRequest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TrustNDAAgreement_grantId_fkey` FOREIGN KEY (`grantId`) REFERENCES `TrustAccessGrant` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `TrustNDAAgreement_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrustDocument` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `s3Key` longtext NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TrustDocument_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Integration` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `integrationId` longtext NOT NULL,
  `settings` json NOT NULL,
  `userSettings` json NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `lastRunAt` datetime(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `Integration_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_application` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `icon` longtext,
  `metadata` longtext,
  `clientId` varchar(255) NOT NULL,
  `clientSecret` longtext,
  `redirectUrls` longtext NOT NULL,
  `type` longtext NOT NULL,
  `disabled` tinyint(1) DEFAULT 0,
  `userId` varchar(255),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_application_clientId_key` (`clientId`),
  CONSTRAINT `oauth_application_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_consent` (
  `id` varchar(255) NOT NULL,
  `clientId` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `scopes` longtext NOT NULL,
  `consentGiven` tinyint(1) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_consent_clientId_fkey` FOREIGN KEY (`clientId`) REFERENCES `oauth_application` (`clientId`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth_consent_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets` (
  `id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  `description` longtext,
  `category` longtext,
  `last_used_at` datetime(3),
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secrets_organization_id_name_key` (`organization_id`, `name`),
  CONSTRAINT `secrets_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

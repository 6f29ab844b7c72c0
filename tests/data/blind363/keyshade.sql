-- Keyshade (open-source secrets and configuration manager: users, workspaces, members and roles, projects,
-- environments, secrets and variables with versions, service accounts and their tokens, personal access tokens,
-- CLI and browser sessions with device details, events, notifications, integrations, one-time secret shares)
-- Upstream: github.com/keyshade-xyz/keyshade apps/api/src/prisma/migrations/*/migration.sql (67 Prisma migrations,
-- PostgreSQL), commit c518dd963fdd037af60c45140043ca2c4d826872 (2026-01-10), MPL-2.0.
-- The migrations were applied in order to a scratch PostgreSQL 15 and the resulting catalog converted to MySQL:
-- cuid text keys VARCHAR(255), other text TEXT, jsonb and text[] JSON, PostgreSQL enums ENUM, timestamp(3) DATETIME(3),
-- foreign keys to tables created later added by ALTER TABLE at the end. Secondary indexes are left out.
-- All 36 tables are kept (Prisma's own _prisma_migrations bookkeeping table is not created by the SQL migrations).

CREATE TABLE `DeviceDetail` (
  `id` VARCHAR(255) NOT NULL,
  `encryptedIpAddress` TEXT DEFAULT NULL,
  `os` TEXT DEFAULT NULL,
  `city` TEXT DEFAULT NULL,
  `region` TEXT DEFAULT NULL,
  `country` TEXT DEFAULT NULL,
  `agent` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PersonalAccessToken` (
  `id` VARCHAR(255) NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsedOn` DATETIME(3) DEFAULT NULL,
  `expiresOn` DATETIME(3) DEFAULT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PersonalAccessToken_name_userId_key` (`name`, `userId`),
  UNIQUE KEY `PersonalAccessToken_hash_key` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CliSession` (
  `id` VARCHAR(255) NOT NULL,
  `tokenHash` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsedOn` DATETIME(3) DEFAULT NULL,
  `expiresOn` DATETIME(3) NOT NULL,
  `deviceDetailId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `CliSession_tokenHash_key` (`tokenHash`),
  CONSTRAINT `CliSession_deviceDetailId_fkey` FOREIGN KEY (`deviceDetailId`) REFERENCES `DeviceDetail` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BrowserSession` (
  `id` VARCHAR(255) NOT NULL,
  `tokenHash` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsedOn` DATETIME(3) DEFAULT NULL,
  `expiresOn` DATETIME(3) NOT NULL,
  `deviceDetailId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `BrowserSession_tokenHash_key` (`tokenHash`),
  CONSTRAINT `BrowserSession_deviceDetailId_fkey` FOREIGN KEY (`deviceDetailId`) REFERENCES `DeviceDetail` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceAccountAccessToken` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsedOn` DATETIME(3) DEFAULT NULL,
  `expiresOn` DATETIME(3) DEFAULT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `serviceAccountId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ServiceAccountAccessToken_name_serviceAccountId_key` (`name`, `serviceAccountId`),
  UNIQUE KEY `ServiceAccountAccessToken_hash_key` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Event` (
  `id` VARCHAR(255) NOT NULL,
  `source` ENUM('SECRET','VARIABLE','ENVIRONMENT','PROJECT','WORKSPACE','WORKSPACE_ROLE','INTEGRATION') NOT NULL,
  `triggerer` ENUM('USER','SYSTEM') NOT NULL,
  `severity` ENUM('INFO','WARN','ERROR') NOT NULL,
  `type` ENUM('INVITED_TO_WORKSPACE','REMOVED_FROM_WORKSPACE','ACCEPTED_INVITATION','DECLINED_INVITATION','CANCELLED_INVITATION','LEFT_WORKSPACE','WORKSPACE_MEMBERSHIP_UPDATED','WORKSPACE_UPDATED','WORKSPACE_CREATED','WORKSPACE_ROLE_CREATED','WORKSPACE_ROLE_UPDATED','WORKSPACE_ROLE_DELETED','PROJECT_CREATED','PROJECT_UPDATED','PROJECT_DELETED','SECRET_UPDATED','SECRET_DELETED','SECRET_ADDED','VARIABLE_UPDATED','VARIABLE_DELETED','VARIABLE_ADDED','ENVIRONMENT_UPDATED','ENVIRONMENT_DELETED','ENVIRONMENT_ADDED','INTEGRATION_ADDED','INTEGRATION_UPDATED','INTEGRATION_DELETED') NOT NULL,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `metadata` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `itemId` TEXT DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `workspaceId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IntegrationRun` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `duration` INT NOT NULL,
  `triggeredAt` DATETIME(3) NOT NULL,
  `logs` TEXT DEFAULT NULL,
  `status` ENUM('RUNNING','SUCCESS','FAILED') NOT NULL,
  `eventId` VARCHAR(255) NOT NULL,
  `integrationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `IntegrationRun_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `Event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notification` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `readAt` DATETIME(3) DEFAULT NULL,
  `type` ENUM('INVITED_TO_PROJECT','REMOVED_FROM_PROJECT','PROJECT_UPDATED','PROJECT_DELETED','SECRET_UPDATED','SECRET_DELETED','SECRET_ADDED','API_KEY_UPDATED','API_KEY_DELETED','API_KEY_ADDED','ENVIRONMENT_UPDATED','ENVIRONMENT_DELETED','ENVIRONMENT_ADDED','VARIABLE_UPDATED','VARIABLE_DELETED','VARIABLE_ADDED') NOT NULL,
  `message` TEXT NOT NULL,
  `link` TEXT DEFAULT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `name` TEXT DEFAULT NULL,
  `profilePictureUrl` TEXT DEFAULT NULL,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `isOnboardingFinished` TINYINT(1) NOT NULL DEFAULT 0,
  `isAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  `authProvider` ENUM('GOOGLE','GITHUB','GITLAB','EMAIL_OTP') DEFAULT NULL,
  `joinedOn` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `referralCode` VARCHAR(255) NOT NULL,
  `referredById` VARCHAR(255) DEFAULT NULL,
  `timesRemindedForOnboarding` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_referralCode_key` (`referralCode`),
  UNIQUE KEY `User_email_key` (`email`),
  CONSTRAINT `User_referredById_fkey` FOREIGN KEY (`referredById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OnboardingAnswers` (
  `id` VARCHAR(255) NOT NULL,
  `role` TEXT DEFAULT NULL,
  `industry` TEXT DEFAULT NULL,
  `teamSize` TEXT DEFAULT NULL,
  `productStage` TEXT DEFAULT NULL,
  `useCase` TEXT DEFAULT NULL,
  `heardFrom` TEXT DEFAULT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OnboardingAnswers_userId_key` (`userId`),
  CONSTRAINT `OnboardingAnswers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Subscription` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `activatedOn` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isAnnual` TINYINT(1) NOT NULL DEFAULT 0,
  `renewsOn` DATETIME(3) DEFAULT NULL,
  `seatsBooked` INT NOT NULL DEFAULT 3,
  `workspaceId` VARCHAR(255) NOT NULL,
  `plan` ENUM('FREE','HACKER','TEAM','ENTERPRISE') NOT NULL DEFAULT 'FREE',
  `status` ENUM('INCOMPLETE','ACTIVE','PAST_DUE','CANCELLED','UNPAID') NOT NULL DEFAULT 'INCOMPLETE',
  `vendorSubscriptionId` TEXT DEFAULT NULL,
  `vendorCustomerId` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Subscription_workspaceId_key` (`workspaceId`),
  CONSTRAINT `Subscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Integration` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `metadata` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `type` ENUM('DISCORD','SLACK','GITHUB','GITLAB','VERCEL','AWS_LAMBDA') NOT NULL,
  `notifyOn` JSON DEFAULT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Integration_slug_key` (`slug`),
  UNIQUE KEY `Integration_workspaceId_name_key` (`workspaceId`, `name`),
  CONSTRAINT `Integration_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Environment` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Environment_slug_key` (`slug`),
  UNIQUE KEY `Environment_projectId_name_key` (`projectId`, `name`),
  CONSTRAINT `Environment_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Project` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `publicKey` TEXT NOT NULL,
  `privateKey` TEXT DEFAULT NULL,
  `storePrivateKey` TINYINT(1) NOT NULL DEFAULT 0,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `accessLevel` ENUM('GLOBAL','INTERNAL','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `forkedFromId` VARCHAR(255) DEFAULT NULL,
  `isForked` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Project_slug_key` (`slug`),
  CONSTRAINT `Project_forkedFromId_fkey` FOREIGN KEY (`forkedFromId`) REFERENCES `Project` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Project_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectWorkspaceRoleAssociation` (
  `id` VARCHAR(255) NOT NULL,
  `roleId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ProjectWorkspaceRoleAssociation_roleId_projectId_key` (`roleId`, `projectId`),
  CONSTRAINT `ProjectWorkspaceRoleAssociation_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkspaceRole` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `colorCode` TEXT DEFAULT NULL,
  `hasAdminAuthority` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `authorities` JSON DEFAULT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkspaceRole_slug_key` (`slug`),
  UNIQUE KEY `WorkspaceRole_workspaceId_name_key` (`workspaceId`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkspaceMemberRoleAssociation` (
  `id` VARCHAR(255) NOT NULL,
  `roleId` VARCHAR(255) NOT NULL,
  `workspaceMemberId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkspaceMemberRoleAssociation_roleId_workspaceMemberId_key` (`roleId`, `workspaceMemberId`),
  CONSTRAINT `WorkspaceMemberRoleAssociation_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `WorkspaceRole` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkspaceServiceAccountRoleAssociation` (
  `id` VARCHAR(255) NOT NULL,
  `roleId` VARCHAR(255) NOT NULL,
  `serviceAccountId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkspaceServiceAccountRoleAssociation_roleId_serviceAccoun_key` (`roleId`, `serviceAccountId`),
  CONSTRAINT `WorkspaceServiceAccountRoleAssociation_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `WorkspaceRole` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkspaceMember` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `invitationAccepted` TINYINT(1) NOT NULL DEFAULT 0,
  `createdOn` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkspaceMember_workspaceId_userId_key` (`workspaceId`, `userId`),
  CONSTRAINT `WorkspaceMember_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SecretVersion` (
  `id` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `secretId` VARCHAR(255) NOT NULL,
  `createdOn` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdById` VARCHAR(255) DEFAULT NULL,
  `environmentId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `SecretVersion_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `SecretVersion_environmentId_fkey` FOREIGN KEY (`environmentId`) REFERENCES `Environment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DisabledEnvironmentOfSecret` (
  `secretId` VARCHAR(255) NOT NULL,
  `environmentId` VARCHAR(255) NOT NULL,
  UNIQUE KEY `DisabledEnvironmentOfSecret_secretId_environmentId_key` (`secretId`, `environmentId`),
  CONSTRAINT `DisabledEnvironmentOfSecret_environmentId_fkey` FOREIGN KEY (`environmentId`) REFERENCES `Environment` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Secret` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `rotateAt` DATETIME(3) DEFAULT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `note` TEXT DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `rotateAfter` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Secret_slug_key` (`slug`),
  UNIQUE KEY `Secret_projectId_name_key` (`projectId`, `name`),
  CONSTRAINT `Secret_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Secret_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VariableVersion` (
  `id` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `variableId` VARCHAR(255) NOT NULL,
  `createdOn` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdById` VARCHAR(255) DEFAULT NULL,
  `environmentId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `VariableVersion_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `VariableVersion_environmentId_fkey` FOREIGN KEY (`environmentId`) REFERENCES `Environment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DisabledEnvironmentOfVariable` (
  `variableId` VARCHAR(255) NOT NULL,
  `environmentId` VARCHAR(255) NOT NULL,
  UNIQUE KEY `DisabledEnvironmentOfVariable_variableId_environmentId_key` (`variableId`, `environmentId`),
  CONSTRAINT `DisabledEnvironmentOfVariable_environmentId_fkey` FOREIGN KEY (`environmentId`) REFERENCES `Environment` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Variable` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `note` TEXT DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Variable_slug_key` (`slug`),
  UNIQUE KEY `Variable_projectId_name_key` (`projectId`, `name`),
  CONSTRAINT `Variable_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Variable_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Otp` (
  `code` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` DATETIME(3) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Otp_userId_key` (`userId`),
  UNIQUE KEY `Otp_userId_code_key` (`userId`, `code`),
  UNIQUE KEY `Otp_code_key` (`code`),
  CONSTRAINT `Otp_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Workspace` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `ownerId` VARCHAR(255) NOT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `isDefault` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` VARCHAR(255) NOT NULL,
  `icon` TEXT DEFAULT NULL,
  `blacklistedIpAddresses` JSON DEFAULT NULL,
  `isDisabled` TINYINT(1) NOT NULL DEFAULT 0,
  `workspaceLockdownIn` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Workspace_slug_key` (`slug`),
  UNIQUE KEY `Workspace_name_ownerId_key` (`name`, `ownerId`),
  CONSTRAINT `Workspace_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceAccount` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUpdatedById` VARCHAR(255) DEFAULT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ServiceAccount_name_workspaceId_key` (`name`, `workspaceId`),
  UNIQUE KEY `ServiceAccount_slug_key` (`slug`),
  CONSTRAINT `ServiceAccount_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ServiceAccount_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceAccountAccessHistory` (
  `id` VARCHAR(255) NOT NULL,
  `lastAccessed` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deviceDetailId` VARCHAR(255) NOT NULL,
  `serviceAccountId` VARCHAR(255) NOT NULL,
  `serviceAccountAccessTokenId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ServiceAccountAccessHistory_deviceDetailId_fkey` FOREIGN KEY (`deviceDetailId`) REFERENCES `DeviceDetail` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ServiceAccountAccessHistory_serviceAccountAccessTokenId_fkey` FOREIGN KEY (`serviceAccountAccessTokenId`) REFERENCES `ServiceAccountAccessToken` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ServiceAccountAccessHistory_serviceAccountId_fkey` FOREIGN KEY (`serviceAccountId`) REFERENCES `ServiceAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangeNotificationSocketMap` (
  `id` VARCHAR(255) NOT NULL,
  `socketId` TEXT NOT NULL,
  `environmentId` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserEmailChange` (
  `id` VARCHAR(255) NOT NULL,
  `otpId` VARCHAR(255) NOT NULL,
  `newEmail` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserEmailChange_otpId_key` (`otpId`),
  CONSTRAINT `UserEmailChange_otpId_fkey` FOREIGN KEY (`otpId`) REFERENCES `Otp` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailPreference` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `marketing` TINYINT(1) NOT NULL DEFAULT 1,
  `activity` TINYINT(1) NOT NULL DEFAULT 1,
  `critical` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailPreference_userId_key` (`userId`),
  CONSTRAINT `EmailPreference_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Share` (
  `id` VARCHAR(255) NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `secret` TEXT NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `isPasswordProtected` TINYINT(1) NOT NULL,
  `viewLimit` INT NOT NULL,
  `timesViewed` INT NOT NULL DEFAULT 0,
  `recepientEmails` JSON DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Share_hash_key` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Metric` (
  `id` VARCHAR(255) NOT NULL,
  `totalSecretPulls` INT NOT NULL DEFAULT 0,
  `totalVariablePulls` INT NOT NULL DEFAULT 0,
  `totalRunCommandExecutions` INT NOT NULL DEFAULT 0,
  `date` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_EnvironmentToIntegration` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_EnvironmentToIntegration_A_fkey` FOREIGN KEY (`A`) REFERENCES `Environment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_EnvironmentToIntegration_B_fkey` FOREIGN KEY (`B`) REFERENCES `Integration` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_EnvironmentToProjectWorkspaceRoleAssociation` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_EnvironmentToProjectWorkspaceRoleAssociation_A_fkey` FOREIGN KEY (`A`) REFERENCES `Environment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_EnvironmentToProjectWorkspaceRoleAssociation_B_fkey` FOREIGN KEY (`B`) REFERENCES `ProjectWorkspaceRoleAssociation` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `PersonalAccessToken` ADD CONSTRAINT `PersonalAccessToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `CliSession` ADD CONSTRAINT `CliSession_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BrowserSession` ADD CONSTRAINT `BrowserSession_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ServiceAccountAccessToken` ADD CONSTRAINT `ServiceAccountAccessToken_lastUpdatedById_fkey` FOREIGN KEY (`lastUpdatedById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `ServiceAccountAccessToken` ADD CONSTRAINT `ServiceAccountAccessToken_serviceAccountId_fkey` FOREIGN KEY (`serviceAccountId`) REFERENCES `ServiceAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Event` ADD CONSTRAINT `Event_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Event` ADD CONSTRAINT `Event_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `IntegrationRun` ADD CONSTRAINT `IntegrationRun_integrationId_fkey` FOREIGN KEY (`integrationId`) REFERENCES `Integration` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Notification` ADD CONSTRAINT `Notification_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Subscription` ADD CONSTRAINT `Subscription_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Integration` ADD CONSTRAINT `Integration_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Integration` ADD CONSTRAINT `Integration_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Environment` ADD CONSTRAINT `Environment_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Project` ADD CONSTRAINT `Project_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ProjectWorkspaceRoleAssociation` ADD CONSTRAINT `ProjectWorkspaceRoleAssociation_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `WorkspaceRole` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkspaceRole` ADD CONSTRAINT `WorkspaceRole_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkspaceMemberRoleAssociation` ADD CONSTRAINT `WorkspaceMemberRoleAssociation_workspaceMemberId_fkey` FOREIGN KEY (`workspaceMemberId`) REFERENCES `WorkspaceMember` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkspaceServiceAccountRoleAssociation` ADD CONSTRAINT `WorkspaceServiceAccountRoleAssociation_serviceAccountId_fkey` FOREIGN KEY (`serviceAccountId`) REFERENCES `ServiceAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkspaceMember` ADD CONSTRAINT `WorkspaceMember_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `SecretVersion` ADD CONSTRAINT `SecretVersion_secretId_fkey` FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DisabledEnvironmentOfSecret` ADD CONSTRAINT `DisabledEnvironmentOfSecret_secretId_fkey` FOREIGN KEY (`secretId`) REFERENCES `Secret` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `VariableVersion` ADD CONSTRAINT `VariableVersion_variableId_fkey` FOREIGN KEY (`variableId`) REFERENCES `Variable` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DisabledEnvironmentOfVariable` ADD CONSTRAINT `DisabledEnvironmentOfVariable_variableId_fkey` FOREIGN KEY (`variableId`) REFERENCES `Variable` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

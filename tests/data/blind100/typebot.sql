SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `type` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` INT,
  `token_type` TEXT,
  `scope` TEXT,
  `id_token` TEXT,
  `session_state` TEXT,
  `oauth_token_secret` TEXT,
  `oauth_token` TEXT,
  `refresh_token_expires_in` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastActivityAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(255),
  `email` VARCHAR(191),
  `emailVerified` DATETIME(3),
  `image` VARCHAR(1000),
  `company` TEXT,
  `onboardingCategories` JSON NOT NULL,
  `referral` TEXT,
  `graphNavigation` ENUM('MOUSE','TRACKPAD'),
  `preferredAppAppearance` TEXT,
  `displayedInAppNotifications` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ApiToken` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `ownerId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Workspace` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `icon` VARCHAR(1000),
  `plan` ENUM('FREE','STARTER','PRO','LIFETIME','OFFERED','CUSTOM','UNLIMITED') NOT NULL DEFAULT 'FREE',
  `stripeId` VARCHAR(191),
  `additionalChatsIndex` INT NOT NULL DEFAULT 0,
  `additionalStorageIndex` INT NOT NULL DEFAULT 0,
  `chatsLimitFirstEmailSentAt` DATETIME(3),
  `storageLimitFirstEmailSentAt` DATETIME(3),
  `chatsLimitSecondEmailSentAt` DATETIME(3),
  `storageLimitSecondEmailSentAt` DATETIME(3),
  `customChatsLimit` INT,
  `customStorageLimit` INT,
  `customSeatsLimit` INT,
  `isQuarantined` TINYINT(1) NOT NULL DEFAULT 0,
  `isSuspended` TINYINT(1) NOT NULL DEFAULT 0,
  `isPastDue` TINYINT(1) NOT NULL DEFAULT 0,
  `isVerified` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `MemberInWorkspace` (
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `role` ENUM('ADMIN','MEMBER','GUEST') NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `WorkspaceInvitation` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `type` ENUM('ADMIN','MEMBER','GUEST') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `CustomDomain` (
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `Credentials` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `data` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `iv` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL
);

CREATE TABLE `DashboardFolder` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `parentFolderId` VARCHAR(191),
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parentFolderId`) REFERENCES `DashboardFolder` (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `Typebot` (
  `id` VARCHAR(191) NOT NULL,
  `version` VARCHAR(10),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `icon` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `folderId` VARCHAR(191),
  `groups` JSON NOT NULL,
  `events` JSON,
  `variables` JSON NOT NULL,
  `edges` JSON NOT NULL,
  `theme` JSON NOT NULL,
  `selectedThemeTemplateId` VARCHAR(191),
  `settings` JSON NOT NULL,
  `publicId` VARCHAR(191),
  `customDomain` VARCHAR(191),
  `workspaceId` VARCHAR(191) NOT NULL,
  `resultsTablePreferences` JSON,
  `isArchived` TINYINT(1) NOT NULL DEFAULT 0,
  `isClosed` TINYINT(1) NOT NULL DEFAULT 0,
  `whatsAppCredentialsId` VARCHAR(191),
  `riskLevel` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`folderId`) REFERENCES `DashboardFolder` (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `Invitation` (
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `typebotId` VARCHAR(191) NOT NULL,
  `type` ENUM('READ','WRITE','FULL_ACCESS') NOT NULL,
  FOREIGN KEY (`typebotId`) REFERENCES `Typebot` (`id`)
);

CREATE TABLE `CollaboratorsOnTypebots` (
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `typebotId` VARCHAR(191) NOT NULL,
  `type` ENUM('READ','WRITE','FULL_ACCESS') NOT NULL,
  FOREIGN KEY (`typebotId`) REFERENCES `Typebot` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `PublicTypebot` (
  `id` VARCHAR(191) NOT NULL,
  `version` VARCHAR(10),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `typebotId` VARCHAR(191) NOT NULL,
  `groups` JSON NOT NULL,
  `events` JSON,
  `variables` JSON NOT NULL,
  `edges` JSON NOT NULL,
  `theme` JSON NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`typebotId`) REFERENCES `Typebot` (`id`)
);

CREATE TABLE `Result` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `typebotId` VARCHAR(191) NOT NULL,
  `variables` JSON NOT NULL,
  `isCompleted` TINYINT(1) NOT NULL,
  `hasStarted` TINYINT(1),
  `isArchived` TINYINT(1) DEFAULT 0,
  `lastChatSessionId` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`typebotId`) REFERENCES `Typebot` (`id`)
);

CREATE TABLE `SetVariableHistoryItem` (
  `resultId` VARCHAR(191) NOT NULL,
  `index` INT NOT NULL,
  `variableId` VARCHAR(191) NOT NULL,
  `blockId` VARCHAR(191) NOT NULL,
  `value` JSON NOT NULL,
  FOREIGN KEY (`resultId`) REFERENCES `Result` (`id`)
);

CREATE TABLE `VisitedEdge` (
  `resultId` VARCHAR(191) NOT NULL,
  `edgeId` VARCHAR(191) NOT NULL,
  `index` INT NOT NULL,
  FOREIGN KEY (`resultId`) REFERENCES `Result` (`id`)
);

CREATE TABLE `Log` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `resultId` VARCHAR(191) NOT NULL,
  `status` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `details` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`resultId`) REFERENCES `Result` (`id`)
);

CREATE TABLE `Answer` (
  `createdAt` DATETIME(3) NOT NULL,
  `resultId` VARCHAR(191) NOT NULL,
  `blockId` VARCHAR(191) NOT NULL,
  `groupId` VARCHAR(191) NOT NULL,
  `variableId` VARCHAR(191),
  `content` TEXT NOT NULL,
  FOREIGN KEY (`resultId`) REFERENCES `Result` (`id`)
);

CREATE TABLE `AnswerV2` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(3) NOT NULL,
  `blockId` VARCHAR(191) NOT NULL,
  `content` TEXT NOT NULL,
  `attachedFileUrls` JSON,
  `resultId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`resultId`) REFERENCES `Result` (`id`)
);

CREATE TABLE `Coupon` (
  `userPropertiesToUpdate` JSON NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `dateRedeemed` DATETIME(3),
  PRIMARY KEY (`code`)
);

CREATE TABLE `Webhook` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `url` VARCHAR(2000),
  `method` TEXT NOT NULL,
  `queryParams` JSON NOT NULL,
  `headers` JSON NOT NULL,
  `body` TEXT,
  `typebotId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`typebotId`) REFERENCES `Typebot` (`id`)
);

CREATE TABLE `ClaimableCustomPlan` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `claimedAt` DATETIME(3),
  `name` TEXT NOT NULL,
  `description` TEXT,
  `price` INT NOT NULL,
  `currency` TEXT NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `chatsLimit` INT NOT NULL,
  `storageLimit` INT NOT NULL,
  `seatsLimit` INT NOT NULL,
  `isYearly` TINYINT(1) NOT NULL DEFAULT 0,
  `companyName` TEXT,
  `vatType` TEXT,
  `vatValue` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `ChatSession` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `state` JSON NOT NULL,
  `isReplying` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ThemeTemplate` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `name` TEXT NOT NULL,
  `theme` JSON NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`)
);

CREATE TABLE `BannedIp` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `ip` VARCHAR(191) NOT NULL,
  `responsibleTypebotId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`responsibleTypebotId`) REFERENCES `Typebot` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);


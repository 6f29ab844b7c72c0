-- ZTNET (web UI and multi-user manager for self-hosted ZeroTier network controllers): its PostgreSQL database,
-- as MySQL/MariaDB DDL.
-- Upstream: github.com/sinamics/ztnet commit 3ba175a682d03edd72516d830667ee08fe3cf262 (GPL-3.0)
--   prisma/migrations/*/migration.sql (52 Prisma migrations, PostgreSQL) replayed in order into PostgreSQL 15,
--   read back with pg_dump -s (model comments in prisma/schema.prisma).
-- Every table and column, columns in upstream order. Prisma's _prisma_migrations bookkeeping table is not included.
-- Types: text -> text (varchar(255) where in a key), timestamp(3) -> datetime(3), jsonb -> json, text[] -> text,
-- boolean -> tinyint(1), integer -> int (serial keys AUTO_INCREMENT), Postgres enums -> ENUM with the same values.
-- Literal defaults kept, CURRENT_TIMESTAMP and ARRAY[] defaults left out.
-- The partial unique index Routes_networkId_target_lan_key (WHERE via IS NULL) is written as a plain key.
-- _MemberRelation is Prisma's implicit many-to-many table of Organization (A) and User (B).


CREATE TABLE `UserGroup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `maxNetworks` int NOT NULL DEFAULT 5,
  `accessLevel` enum('READ_ONLY','WRITE','ADMINISTRATIVE') NOT NULL DEFAULT 'WRITE',
  `isDefault` tinyint(1) NOT NULL DEFAULT 0,
  `expiresAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserGroup_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `email` varchar(255) NOT NULL,
  `emailVerified` tinyint(1) NOT NULL DEFAULT 0,
  `lastLogin` datetime(3) NOT NULL,
  `lastseen` datetime(3),
  `online` tinyint(1) DEFAULT 0,
  `role` enum('USER','MODERATOR','ADMIN','READ_ONLY') NOT NULL DEFAULT 'USER',
  `image` text,
  `hash` text,
  `tempPassword` text,
  `firstTime` tinyint(1) NOT NULL DEFAULT 1,
  `userGroupId` int,
  `expiresAt` datetime(3),
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL,
  `failedLoginAttempts` int NOT NULL DEFAULT 0,
  `lastFailedLoginAttempt` datetime(3),
  `requestChangePassword` tinyint(1) NOT NULL DEFAULT 0,
  `twoFactorEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `twoFactorRecoveryCodes` text,
  `twoFactorSecret` text,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  CONSTRAINT `User_userGroupId_fkey` FOREIGN KEY (`userGroupId`) REFERENCES `UserGroup` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `APIToken` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `token` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `expiresAt` datetime(3),
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `apiAuthorizationType` json NOT NULL DEFAULT '["PERSONAL"]',
  PRIMARY KEY (`id`),
  UNIQUE KEY `APIToken_token_key` (`token`),
  CONSTRAINT `APIToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `refreshToken` text,
  `accessToken` text,
  `scope` text,
  `idToken` text,
  `providerId` varchar(255) NOT NULL,
  `accountId` varchar(255) NOT NULL,
  `accessTokenExpiresAt` datetime(3),
  `refreshTokenExpiresAt` datetime(3),
  `password` text,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_providerId_accountId_key` (`providerId`, `accountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Organization` (
  `id` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `ownerId` text NOT NULL,
  `orgName` text NOT NULL,
  `description` text,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `require2FA` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ActivityLog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` text NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `performedById` varchar(255) NOT NULL,
  `organizationId` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `ActivityLog_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ActivityLog_performedById_fkey` FOREIGN KEY (`performedById`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Planet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `plID` bigint NOT NULL DEFAULT 0,
  `plBirth` bigint NOT NULL DEFAULT 0,
  `plRecommend` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GlobalOptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `enableRegistration` tinyint(1) NOT NULL DEFAULT 1,
  `firstUserRegistration` tinyint(1) NOT NULL DEFAULT 1,
  `forgotPasswordTemplate` json,
  `inviteAdminTemplate` json,
  `inviteUserTemplate` json,
  `notificationTemplate` json,
  `smtpEmail` text,
  `smtpHost` text,
  `smtpIgnoreTLS` tinyint(1) NOT NULL DEFAULT 0,
  `smtpPassword` text,
  `smtpPort` text NOT NULL DEFAULT '587',
  `smtpRequireTLS` tinyint(1) NOT NULL DEFAULT 0,
  `smtpSecure` tinyint(1) NOT NULL DEFAULT 0,
  `smtpUseSSL` tinyint(1) NOT NULL DEFAULT 0,
  `smtpUsername` text,
  `userRegistrationNotification` tinyint(1) NOT NULL DEFAULT 0,
  `verifyEmailTemplate` json,
  `customPlanetUsed` tinyint(1) NOT NULL DEFAULT 0,
  `welcomeMessageBody` text,
  `welcomeMessageEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `welcomeMessageTitle` text,
  `inviteOrganizationTemplate` json,
  `planetId` int,
  `deviceIpChangeNotificationTemplate` json,
  `newDeviceNotificationTemplate` json,
  `siteName` text NOT NULL DEFAULT 'ZTNET',
  `smtpFromName` text DEFAULT 'ZTNET',
  `smtpEncryption` text NOT NULL DEFAULT 'STARTTLS',
  `smtpUseAuthentication` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `GlobalOptions_planetId_key` (`planetId`),
  CONSTRAINT `GlobalOptions_planetId_fkey` FOREIGN KEY (`planetId`) REFERENCES `Planet` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invitation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `email` text,
  `secret` text,
  `groupId` text,
  `userGroupId` int,
  `url` text NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `mailSentAt` datetime(3),
  `timesCanUse` int NOT NULL DEFAULT 1,
  `timesUsed` int NOT NULL DEFAULT 0,
  `invitedById` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `role` enum('USER','MODERATOR','ADMIN','READ_ONLY') NOT NULL DEFAULT 'READ_ONLY',
  `require2FA` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Invitation_token_key` (`token`),
  CONSTRAINT `Invitation_invitedById_fkey` FOREIGN KEY (`invitedById`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Invitation_userGroupId_fkey` FOREIGN KEY (`userGroupId`) REFERENCES `UserGroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Messages_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Messages_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LastReadMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lastMessageId` int NOT NULL,
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `LastReadMessage_userId_organizationId_key` (`userId`, `organizationId`),
  CONSTRAINT `LastReadMessage_lastMessageId_fkey` FOREIGN KEY (`lastMessageId`) REFERENCES `Messages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `LastReadMessage_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `LastReadMessage_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MembershipRequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MembershipRequest_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `MembershipRequest_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network` (
  `nwid` varchar(255) NOT NULL,
  `authorId` varchar(255),
  `autoAssignIp` tinyint(1) DEFAULT 1,
  `flowRule` text,
  `capabilitiesByName` json,
  `tagsByName` json,
  `creationTime` datetime(3),
  `description` text,
  `lastModifiedTime` datetime(3),
  `name` text,
  `organizationId` varchar(255),
  PRIMARY KEY (`nwid`),
  CONSTRAINT `network_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `network_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network_members` (
  `nodeid` int NOT NULL AUTO_INCREMENT,
  `id` varchar(255) NOT NULL,
  `nwid` varchar(255) NOT NULL,
  `online` tinyint(1) DEFAULT 0,
  `deleted` tinyint(1) DEFAULT 0,
  `name` text,
  `address` text DEFAULT '',
  `creationTime` datetime(3) NOT NULL,
  `lastSeen` datetime(3),
  `physicalAddress` text,
  `authorized` tinyint(1) DEFAULT 0,
  `permanentlyDeleted` tinyint(1) DEFAULT 0,
  `description` text,
  `activeBridge` tinyint(1) NOT NULL DEFAULT 0,
  `ipAssignments` text,
  `noAutoAssignIps` tinyint(1) NOT NULL DEFAULT 0,
  `revision` int,
  PRIMARY KEY (`nodeid`),
  UNIQUE KEY `network_members_id_nwid_key` (`id`, `nwid`),
  CONSTRAINT `network_members_nwid_fkey` FOREIGN KEY (`nwid`) REFERENCES `network` (`nwid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `color` text,
  `description` text,
  `creationTime` datetime(3) NOT NULL,
  `updatedTime` datetime(3) NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `nwid` varchar(255) NOT NULL,
  `icon` text,
  `orderIndex` int,
  `visibility` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Notation_name_nwid_key` (`name`, `nwid`),
  CONSTRAINT `Notation_nwid_fkey` FOREIGN KEY (`nwid`) REFERENCES `network` (`nwid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NetworkMemberNotation` (
  `notationId` int NOT NULL,
  `nodeid` int NOT NULL,
  PRIMARY KEY (`notationId`, `nodeid`),
  CONSTRAINT `NetworkMemberNotation_nodeid_fkey` FOREIGN KEY (`nodeid`) REFERENCES `network_members` (`nodeid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `NetworkMemberNotation_notationId_fkey` FOREIGN KEY (`notationId`) REFERENCES `Notation` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationInvitation` (
  `id` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `invitationId` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `OrganizationInvitation_invitationId_fkey` FOREIGN KEY (`invitationId`) REFERENCES `Invitation` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OrganizationInvitation_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationSettings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organizationId` varchar(255) NOT NULL,
  `renameNodeGlobally` tinyint(1) DEFAULT 0,
  `emailNotificationsEnabled` tinyint(1) DEFAULT 1,
  `networkCreatedNotification` tinyint(1) DEFAULT 0,
  `networkCreatedTemplate` json,
  `networkDeletedNotification` tinyint(1) DEFAULT 0,
  `networkDeletedTemplate` json,
  `nodeAddedNotification` tinyint(1) DEFAULT 0,
  `nodeAddedTemplate` json,
  `nodeDeletedNotification` tinyint(1) DEFAULT 0,
  `nodeDeletedTemplate` json,
  `nodePermanentlyDeletedNotification` tinyint(1) DEFAULT 0,
  `permissionChangedNotification` tinyint(1) DEFAULT 0,
  `permissionChangedTemplate` json,
  `userAddedNotification` tinyint(1) DEFAULT 0,
  `userAddedTemplate` json,
  `userRemovedNotification` tinyint(1) DEFAULT 0,
  `userRemovedTemplate` json,
  `nodePermanentlyDeletedTemplate` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OrganizationSettings_organizationId_key` (`organizationId`),
  CONSTRAINT `OrganizationSettings_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RootNodes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `PlanetId` int NOT NULL,
  `comments` text,
  `identity` text NOT NULL,
  `endpoints` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `RootNodes_PlanetId_fkey` FOREIGN KEY (`PlanetId`) REFERENCES `Planet` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Routes` (
  `id` varchar(255) NOT NULL,
  `target` varchar(255) NOT NULL,
  `via` varchar(255),
  `networkId` varchar(255) NOT NULL,
  `notes` text,
  PRIMARY KEY (`id`),
  KEY `Routes_networkId_target_lan_key` (`networkId`, `target`),
  UNIQUE KEY `Routes_networkId_target_via_key` (`networkId`, `target`, `via`),
  CONSTRAINT `Routes_networkId_fkey` FOREIGN KEY (`networkId`) REFERENCES `network` (`nwid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Session` (
  `id` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `ipAddress` text,
  `userAgent` text,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_token_key` (`token`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserDevice` (
  `id` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `deviceType` text NOT NULL,
  `ipAddress` text,
  `location` text,
  `deviceId` varchar(255) NOT NULL,
  `browser` text NOT NULL,
  `browserVersion` text NOT NULL,
  `os` text NOT NULL,
  `osVersion` text NOT NULL,
  `lastActive` datetime(3) NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL,
  `userAgent` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `UserDevice_deviceId_idx` (`deviceId`),
  UNIQUE KEY `UserDevice_deviceId_key` (`deviceId`),
  KEY `UserDevice_userId_idx` (`userId`),
  CONSTRAINT `UserDevice_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserOptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` varchar(255) NOT NULL,
  `useNotationColorAsBg` tinyint(1) DEFAULT 0,
  `showNotationMarkerInTableRow` tinyint(1) DEFAULT 1,
  `ztCentralApiKey` text DEFAULT '',
  `ztCentralApiUrl` text DEFAULT 'https://api.zerotier.com/api/v1',
  `localControllerUrl` text DEFAULT 'http://zerotier:9993',
  `localControllerSecret` text DEFAULT '',
  `deAuthorizeWarning` tinyint(1) DEFAULT 0,
  `addMemberIdAsName` tinyint(1) DEFAULT 0,
  `renameNodeGlobally` tinyint(1) DEFAULT 0,
  `apiRateLimitNotification` tinyint(1) DEFAULT 1,
  `deviceIpChangeNotification` tinyint(1) DEFAULT 1,
  `failedLoginNotification` tinyint(1) DEFAULT 1,
  `newDeviceNotification` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserOptions_userId_key` (`userId`),
  CONSTRAINT `UserOptions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserOrganizationRole` (
  `userId` varchar(255) NOT NULL,
  `organizationId` varchar(255) NOT NULL,
  `role` enum('USER','MODERATOR','ADMIN','READ_ONLY') NOT NULL,
  PRIMARY KEY (`userId`, `organizationId`),
  CONSTRAINT `UserOrganizationRole_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserOrganizationRole_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Verification` (
  `identifier` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `id` varchar(255) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Verification_identifier_value_key` (`identifier`, `value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Webhook` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text NOT NULL,
  `url` text NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `eventTypes` json NOT NULL,
  `secret` text DEFAULT '',
  `lastDelivery` datetime(3),
  `organizationId` varchar(255),
  `createdAt` datetime(3) NOT NULL,
  `userId` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `Webhook_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Webhook_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_MemberRelation` (
  `A` varchar(255) NOT NULL,
  `B` varchar(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_MemberRelation_B_index` (`B`),
  CONSTRAINT `_MemberRelation_A_fkey` FOREIGN KEY (`A`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_MemberRelation_B_fkey` FOREIGN KEY (`B`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


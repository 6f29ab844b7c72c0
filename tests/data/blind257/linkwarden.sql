-- Linkwarden: the PostgreSQL schema built by the 98 Prisma migrations of
-- github.com/linkwarden/linkwarden packages/prisma/migrations/*/migration.sql, commit
-- 7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a (AGPL-3.0), replayed in order into PostgreSQL 15 and written as MySQL DDL
-- (columns in their final ordinal order; constraint and index names as Prisma made them).
-- Types: serial -> INT AUTO_INCREMENT, text -> TEXT (VARCHAR(255) in keys), boolean -> TINYINT(1),
-- timestamp(3) -> DATETIME(3), uuid -> CHAR(36), jsonb and arrays -> JSON, Prisma enums -> ENUM.
-- The Prisma bookkeeping table _prisma_migrations is added as Prisma creates it.

CREATE TABLE `AccessToken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `userId` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `revoked` TINYINT(1) NOT NULL DEFAULT 0,
  `expires` DATETIME(3) NOT NULL,
  `lastUsedAt` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isSession` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AccessToken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` VARCHAR(255) NOT NULL,
  `userId` INT NOT NULL,
  `type` TEXT NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `providerAccountId` VARCHAR(255) NOT NULL,
  `refresh_token` TEXT NULL,
  `access_token` TEXT NULL,
  `expires_at` INT NULL,
  `token_type` TEXT NULL,
  `scope` TEXT NULL,
  `id_token` TEXT NULL,
  `session_state` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppMigration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `status` ENUM('APPLIED','PENDING','FAILED') NOT NULL,
  `finishedAt` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `AppMigration_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Collection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `color` TEXT NOT NULL,
  `isPublic` TINYINT(1) NOT NULL DEFAULT 0,
  `ownerId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `parentId` INT NULL,
  `icon` TEXT NULL,
  `iconWeight` TEXT NULL,
  `createdById` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DashboardSection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `collectionId` INT NULL,
  `type` ENUM('STATS','RECENT_LINKS','PINNED_LINKS','COLLECTION') NOT NULL,
  `order` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `DashboardSection_userId_collectionId_key` (`userId`, `collectionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Highlight` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `color` TEXT NOT NULL,
  `comment` TEXT NULL,
  `linkId` INT NOT NULL,
  `userId` INT NOT NULL,
  `startOffset` INT NOT NULL,
  `endOffset` INT NOT NULL,
  `text` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Link` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `url` TEXT NULL,
  `description` TEXT NOT NULL,
  `collectionId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `pdf` TEXT NULL,
  `image` TEXT NULL,
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `readable` TEXT NULL,
  `lastPreserved` DATETIME(3) NULL,
  `textContent` TEXT NULL,
  `type` TEXT NOT NULL,
  `preview` TEXT NULL,
  `importDate` DATETIME(3) NULL,
  `monolith` TEXT NULL,
  `color` TEXT NULL,
  `icon` TEXT NULL,
  `iconWeight` TEXT NULL,
  `createdById` INT NULL,
  `aiTagged` TINYINT(1) NOT NULL DEFAULT 0,
  `indexVersion` INT NULL,
  `clientSide` TINYINT(1) NOT NULL DEFAULT 0,
  `metaDescription` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PasswordResetToken` (
  `identifier` TEXT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `PasswordResetToken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssSubscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `lastBuildDate` DATETIME(3) NULL,
  `collectionId` INT NOT NULL,
  `ownerId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) NOT NULL,
  `stripeSubscriptionId` VARCHAR(255) NULL,
  `currentPeriodStart` DATETIME(3) NOT NULL,
  `currentPeriodEnd` DATETIME(3) NOT NULL,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `quantity` INT NOT NULL DEFAULT 1,
  `provider` ENUM('STRIPE','APPLE','GOOGLE') NOT NULL,
  `storeOriginalTransactionId` VARCHAR(255) NULL,
  `storeProductId` TEXT NULL,
  `googlePurchaseToken` VARCHAR(255) NULL,
  `storeMetadata` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Subscription_googlePurchaseToken_key` (`googlePurchaseToken`),
  UNIQUE KEY `Subscription_storeOriginalTransactionId_key` (`storeOriginalTransactionId`),
  UNIQUE KEY `Subscription_stripeSubscriptionId_key` (`stripeSubscriptionId`),
  UNIQUE KEY `Subscription_userId_key` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `ownerId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `archiveAsMonolith` TINYINT(1) NULL,
  `archiveAsPDF` TINYINT(1) NULL,
  `archiveAsReadable` TINYINT(1) NULL,
  `archiveAsScreenshot` TINYINT(1) NULL,
  `archiveAsWaybackMachine` TINYINT(1) NULL,
  `aiTag` TINYINT(1) NULL,
  `aiGenerated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_name_ownerId_key` (`name`, `ownerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NULL,
  `username` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `emailVerified` DATETIME(3) NULL,
  `password` TEXT NULL,
  `isPrivate` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `archiveAsPDF` TINYINT(1) NOT NULL DEFAULT 1,
  `archiveAsScreenshot` TINYINT(1) NOT NULL DEFAULT 1,
  `archiveAsWaybackMachine` TINYINT(1) NOT NULL DEFAULT 0,
  `image` TEXT NULL,
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `linksRouteTo` ENUM('ORIGINAL','PDF','READABLE','MONOLITH','SCREENSHOT','DETAILS') NOT NULL DEFAULT 'ORIGINAL',
  `collectionOrder` JSON NULL DEFAULT '[]',
  `preventDuplicateLinks` TINYINT(1) NOT NULL DEFAULT 0,
  `unverifiedNewEmail` TEXT NULL,
  `locale` TEXT NOT NULL,
  `archiveAsMonolith` TINYINT(1) NOT NULL DEFAULT 1,
  `parentSubscriptionId` INT NULL,
  `referredBy` TEXT NULL,
  `aiPredefinedTags` JSON NULL DEFAULT '[]',
  `aiTaggingMethod` ENUM('DISABLED','GENERATE','PREDEFINED','EXISTING') NOT NULL DEFAULT 'DISABLED',
  `aiTagExistingLinks` TINYINT(1) NOT NULL DEFAULT 0,
  `archiveAsReadable` TINYINT(1) NOT NULL DEFAULT 1,
  `readableFontFamily` TEXT NULL,
  `readableFontSize` TEXT NULL,
  `readableLineHeight` TEXT NULL,
  `readableLineWidth` TEXT NULL,
  `theme` ENUM('dark','light','auto') NOT NULL DEFAULT 'dark',
  `lastPickedAt` DATETIME(3) NULL,
  `acceptPromotionalEmails` TINYINT(1) NOT NULL DEFAULT 0,
  `trialEndEmailSent` TINYINT(1) NOT NULL DEFAULT 0,
  `uuid` CHAR(36) NOT NULL,
  `dismissedAnnouncementId` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_username_key` (`username`),
  UNIQUE KEY `User_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UsersAndCollections` (
  `userId` INT NOT NULL,
  `collectionId` INT NOT NULL,
  `canCreate` TINYINT(1) NOT NULL,
  `canUpdate` TINYINT(1) NOT NULL,
  `canDelete` TINYINT(1) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`userId`, `collectionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `VerificationToken_identifier_token_key` (`identifier`, `token`),
  UNIQUE KEY `VerificationToken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WhitelistedUser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` TEXT NOT NULL,
  `userId` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_LinkToTag` (
  `A` INT NOT NULL,
  `B` INT NOT NULL,
  PRIMARY KEY (`A`, `B`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_PinnedLinks` (
  `A` INT NOT NULL,
  `B` INT NOT NULL,
  PRIMARY KEY (`A`, `B`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_prisma_migrations` (
  `id` VARCHAR(36) NOT NULL,
  `checksum` VARCHAR(64) NOT NULL,
  `finished_at` DATETIME(3) NULL,
  `migration_name` VARCHAR(255) NOT NULL,
  `logs` TEXT NULL,
  `rolled_back_at` DATETIME(3) NULL,
  `started_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `applied_steps_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `AccessToken` ADD CONSTRAINT `AccessToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Account` ADD CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Collection` ADD CONSTRAINT `Collection_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Collection` ADD CONSTRAINT `Collection_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Collection` ADD CONSTRAINT `Collection_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DashboardSection` ADD CONSTRAINT `DashboardSection_collectionId_fkey` FOREIGN KEY (`collectionId`) REFERENCES `Collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DashboardSection` ADD CONSTRAINT `DashboardSection_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Highlight` ADD CONSTRAINT `Highlight_linkId_fkey` FOREIGN KEY (`linkId`) REFERENCES `Link` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Highlight` ADD CONSTRAINT `Highlight_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Link` ADD CONSTRAINT `Link_collectionId_fkey` FOREIGN KEY (`collectionId`) REFERENCES `Collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Link` ADD CONSTRAINT `Link_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `RssSubscription` ADD CONSTRAINT `RssSubscription_collectionId_fkey` FOREIGN KEY (`collectionId`) REFERENCES `Collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Subscription` ADD CONSTRAINT `Subscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Tag` ADD CONSTRAINT `Tag_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `User` ADD CONSTRAINT `User_parentSubscriptionId_fkey` FOREIGN KEY (`parentSubscriptionId`) REFERENCES `Subscription` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `UsersAndCollections` ADD CONSTRAINT `UsersAndCollections_collectionId_fkey` FOREIGN KEY (`collectionId`) REFERENCES `Collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `UsersAndCollections` ADD CONSTRAINT `UsersAndCollections_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WhitelistedUser` ADD CONSTRAINT `WhitelistedUser_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `_LinkToTag` ADD CONSTRAINT `_LinkToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Link` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `_LinkToTag` ADD CONSTRAINT `_LinkToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `_PinnedLinks` ADD CONSTRAINT `_PinnedLinks_A_fkey` FOREIGN KEY (`A`) REFERENCES `Link` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `_PinnedLinks` ADD CONSTRAINT `_PinnedLinks_B_fkey` FOREIGN KEY (`B`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

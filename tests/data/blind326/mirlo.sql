-- Mirlo (funmusicplace/mirlo; Mirlo US LLC, a musicians' and supporters' co-operative): artists' and labels'
-- profiles, supporters' monthly subscriptions to artists (tiers, charges, confirmations), tips, posts for
-- supporters, album and track sales and downloads, merch and merch orders, fundraisers and pledges, tour dates,
-- artist-label relations, ActivityPub followers, notifications, users with logins and Stripe accounts.
-- Upstream: github.com/funmusicplace/mirlo, commit 6a3ecd017fd75b0b9606342cbd8101d64e5712a1,
-- prisma/migrations/*/migration.sql (301 Prisma migrations for PostgreSQL), AGPL-3.0.
-- Made by replaying the 301 migrations in order into a PostgreSQL 15 scratch database and writing the kept
-- tables as MySQL DDL by a script reading PostgreSQL's catalog: column names and order as in PostgreSQL;
-- text -> TEXT (VARCHAR(191) where the column is in a key or index, as Prisma's MySQL mapping of String),
-- integer -> INT, serial -> INT AUTO_INCREMENT, boolean -> TINYINT(1), timestamp(3) -> DATETIME(3),
-- uuid -> CHAR(36), jsonb and PostgreSQL arrays (text[], jsonb[]) -> JSON, numeric -> DECIMAL, enum types ->
-- ENUM(labels); primary, unique and foreign keys and indexes as in PostgreSQL. Three defaults
-- `now() + interval` (token expiries of User, EmailVerification, ProfileUserSubscriptionConfirmation) have no
-- MySQL column-default form and were dropped. Post.featuredImageId and PostImage.postId form a cycle:
-- PostImage's key is added by ALTER TABLE at the end.
-- 48 of the 60 tables kept. Left out: DownloadableContent, Image, MerchDownloadableContent, MerchImage,
-- PostTrack, ProfileBackground, RecommendedTrackGroup, SubscriptionTierImage, SubscriptionTierRelease,
-- TrackAudio, TrackGroupCover, TrackGroupDownloadableContent (files, images and cross-lists).

CREATE TABLE `Settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `settings` JSON NOT NULL,
  `privateKey` TEXT NULL,
  `publicKey` TEXT NULL,
  `bucketNames` JSON NULL,
  `contentPolicy` TEXT NULL,
  `cookiePolicy` TEXT NULL,
  `privacyPolicy` TEXT NULL,
  `terms` TEXT NULL,
  `defconLevel` INT NULL DEFAULT 0,
  `isClosedToPublicArtistSignup` TINYINT(1) NOT NULL DEFAULT 0,
  `showQueueDashboard` TINYINT(1) NOT NULL DEFAULT 0,
  `cdnUrl` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(191) NOT NULL,
  `name` TEXT NULL,
  `password` TEXT NOT NULL DEFAULT '',
  `refresh` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  `currency` TEXT NULL,
  `deletedAt` DATETIME(3) NULL,
  `emailConfirmationExpiration` DATETIME(3) NULL,
  `emailConfirmationToken` CHAR(36) NULL,
  `passwordResetConfirmationExpiration` DATETIME(3) NULL,
  `passwordResetConfirmationToken` TEXT NULL,
  `stripeAccountId` TEXT NULL,
  `receiveMailingList` TINYINT(1) NOT NULL DEFAULT 0,
  `language` TEXT NULL,
  `promoCodes` JSON NULL,
  `countryCode` TEXT NULL,
  `receivePlatformEmails` TINYINT(1) NOT NULL DEFAULT 1,
  `isLabelAccount` TINYINT(1) NOT NULL DEFAULT 0,
  `urlSlug` TEXT NULL,
  `featureFlags` JSON NULL,
  `properties` JSON NULL,
  `onboardingEmailsSent` JSON NULL,
  `lastOnboardingEmailSentAt` DATETIME(3) NULL,
  `userConfirmationCode` TEXT NULL,
  `userConfirmationCodeExpiration` DATETIME(3) NULL,
  `trustLevel` INT NULL DEFAULT 0,
  `stripeCustomerId` TEXT NULL,
  `canCreateArtists` TINYINT(1) NOT NULL DEFAULT 1,
  `accountingEmail` TEXT NULL,
  `pendingEmail` TEXT NULL,
  `pendingEmailExpiration` DATETIME(3) NULL,
  `pendingEmailToken` CHAR(36) NULL,
  `combineSubscriptionEmails` TINYINT(1) NOT NULL DEFAULT 0,
  `failedLoginAttempts` INT NOT NULL DEFAULT 0,
  `lockedUntil` DATETIME(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `applicationName` TEXT NOT NULL,
  `applicationUrl` TEXT NOT NULL,
  `allowedCorsOrigins` JSON NULL,
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `key` TEXT NULL,
  `secret` TEXT NULL,
  `status` ENUM('pending','approved','revoked') NOT NULL DEFAULT 'approved',
  `userId` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Client_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invite` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `usedAt` DATETIME(3) NULL,
  `usedById` INT NULL,
  `invitedById` INT NOT NULL,
  `accountType` ENUM('LISTENER','ARTIST','LABEL') NOT NULL DEFAULT 'LISTENER',
  `message` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Invite_email_key` (`email`),
  CONSTRAINT `Invite_invitedById_fkey` FOREIGN KEY (`invitedById`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `Invite_usedById_fkey` FOREIGN KEY (`usedById`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailVerification` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` TEXT NOT NULL,
  `tokenExpiration` DATETIME(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailVerification_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserAvatar` (
  `url` JSON NULL,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3) NULL,
  `originalFilename` TEXT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserAvatar_userId_key` (`userId`),
  CONSTRAINT `UserAvatar_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserBanner` (
  `id` CHAR(36) NOT NULL,
  `url` JSON NULL,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3) NULL,
  `originalFilename` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserBanner_userId_key` (`userId`),
  CONSTRAINT `UserBanner_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Profile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `bio` TEXT NULL,
  `userId` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `urlSlug` TEXT NOT NULL,
  `properties` JSON NULL,
  `links` JSON NULL,
  `location` TEXT NULL,
  `linksJson` JSON NULL,
  `allowPurchaseEntireCatalog` TINYINT(1) NOT NULL DEFAULT 0,
  `merchStoreURL` TEXT NULL,
  `purchaseEntireCatalogMinPrice` INT NOT NULL DEFAULT 0,
  `activityPub` TINYINT(1) NOT NULL DEFAULT 0,
  `defaultPlatformFee` INT NULL DEFAULT 10,
  `paymentToUserId` INT NULL,
  `isLabelProfile` TINYINT(1) NOT NULL DEFAULT 0,
  `shortDescription` TEXT NULL,
  `maxFreePlays` INT NULL,
  `announcementText` TEXT NULL,
  `allowDirectMessages` TINYINT(1) NOT NULL DEFAULT 0,
  `apPrivateKey` TEXT NULL,
  `apPublicKey` TEXT NULL,
  `federatedStreaming` TINYINT(1) NOT NULL DEFAULT 0,
  `federatedStreamingOptInDate` DATETIME(3) NULL,
  `federatedStreamingOptOutDate` DATETIME(3) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Profile_paymentToUserId_fkey` FOREIGN KEY (`paymentToUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserProfileNotificationSetting` (
  `userId` INT NOT NULL,
  `notification` ENUM('NEW_ARTIST_MONTHLY_SUBSCRIPTION','NEW_ARTIST_POST','NEW_ARTIST_ALBUM','USER_FOLLOWED_YOU','USER_BOUGHT_YOUR_ALBUM','USER_SUBSCRIBED_TO_YOU','USER_BOUGHT_YOUR_TRACK','SYSTEM_MESSAGE','LABEL_ADDED_ARTIST','FUNDRAISER_PLEDGE_CHARGED','AP_FOLLOW','MENTION_IN_POST','NEW_ARTIST_PREORDER','ARTIST_CONTACT_MESSAGE') NOT NULL,
  `isEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `profileId` INT NOT NULL,
  UNIQUE KEY `UserProfileNotificationSetting_userId_notification_key` (`userId`, `notification`),
  CONSTRAINT `UserProfileNotificationSetting_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserProfileNotificationSetting_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ActivityPubProfileFollowers` (
  `profileId` INT NOT NULL,
  `actor` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `inboxUrl` TEXT NULL,
  UNIQUE KEY `ActivityPubProfileFollowers_actor_profileId_key` (`actor`, `profileId`),
  CONSTRAINT `ActivityPubProfileFollowers_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PostImage` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3) NULL,
  `postId` INT NOT NULL,
  `mimeType` TEXT NOT NULL,
  `extension` TEXT NOT NULL,
  `isHero` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileSubscriptionTier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `profileId` INT NOT NULL,
  `allowVariable` TINYINT(1) NULL,
  `defaultAmount` INT NULL,
  `maxAmount` INT NULL,
  `minAmount` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `stripeProductKey` TEXT NULL,
  `isDefaultTier` TINYINT(1) NOT NULL DEFAULT 0,
  `platformPercent` INT NULL DEFAULT 7,
  `autoPurchaseAlbums` TINYINT(1) NOT NULL DEFAULT 0,
  `interval` ENUM('MONTH','YEAR') NOT NULL DEFAULT 'MONTH',
  `collectAddress` TINYINT(1) NULL DEFAULT 0,
  `digitalDiscountPercent` INT NULL DEFAULT 0,
  `merchDiscountPercent` INT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `ProfileSubscriptionTier_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Post` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `title` TEXT NOT NULL,
  `content` TEXT NULL,
  `viewCount` INT NOT NULL DEFAULT 0,
  `publishedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `profileId` INT NULL,
  `deletedAt` DATETIME(3) NULL,
  `hasAnnounceEmailBeenSent` TINYINT(1) NOT NULL DEFAULT 0,
  `isPublic` TINYINT(1) NOT NULL DEFAULT 0,
  `minimumSubscriptionTierId` INT NULL,
  `shouldSendEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `featuredImageId` CHAR(36) NULL,
  `isDraft` TINYINT(1) NOT NULL DEFAULT 1,
  `urlSlug` TEXT NULL,
  `hasActivityPubBeenSent` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `Post_featuredImageId_fkey` FOREIGN KEY (`featuredImageId`) REFERENCES `PostImage` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Post_minimumSubscriptionTierId_fkey` FOREIGN KEY (`minimumSubscriptionTierId`) REFERENCES `ProfileSubscriptionTier` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Post_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileUserSubscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `profileSubscriptionTierId` INT NOT NULL,
  `userId` INT NOT NULL,
  `amount` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `stripeSubscriptionKey` TEXT NULL,
  `message` TEXT NULL,
  `platformCut` INT NULL,
  `shippingAddress` JSON NULL,
  `nextBillingDate` DATETIME(3) NULL,
  `renewalReminderSentAt` DATETIME(3) NULL,
  `deleteReason` ENUM('USER_CANCELLED','TIER_SWITCHED','USER_ACCOUNT_DELETED','ADMIN_REMOVED','PAYMENT_FAILURE') NULL,
  `keepFollowingOnCancel` TINYINT(1) NOT NULL DEFAULT 0,
  `receiveEmail` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ProfileUserSubscription_userId_profileSubscriptionTierId_key` (`userId`, `profileSubscriptionTierId`),
  CONSTRAINT `ProfileUserSubscription_profileSubscriptionTierId_fkey` FOREIGN KEY (`profileSubscriptionTierId`) REFERENCES `ProfileSubscriptionTier` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `ProfileUserSubscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fundraiser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `goalAmount` INT NOT NULL DEFAULT 0,
  `description` TEXT NULL,
  `endDate` DATETIME(3) NULL,
  `status` ENUM('ACTIVE','SUCCESSFUL','FAILED') NOT NULL DEFAULT 'ACTIVE',
  `isAllOrNothing` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackGroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `about` TEXT NULL,
  `profileId` INT NOT NULL,
  `title` TEXT NULL,
  `type` TEXT NULL,
  `releaseDate` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `isPriceFixed` TINYINT(1) NOT NULL DEFAULT 0,
  `minPrice` INT NULL,
  `adminEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `deletedAt` DATETIME(3) NULL,
  `stripeProductKey` TEXT NULL,
  `urlSlug` VARCHAR(191) NOT NULL,
  `credits` TEXT NULL,
  `platformPercent` INT NULL DEFAULT 7,
  `isHiddenTrackGroupForSongDrafts` TINYINT(1) NOT NULL DEFAULT 0,
  `paymentToUserId` INT NULL,
  `isGettable` TINYINT(1) NOT NULL DEFAULT 1,
  `defaultAllowMirloPromo` TINYINT(1) NOT NULL DEFAULT 0,
  `defaultTrackAllowIndividualSale` TINYINT(1) NOT NULL DEFAULT 0,
  `defaultTrackMinPrice` INT NULL,
  `fundraisingEndDate` DATETIME(3) NULL,
  `fundraisingGoal` INT NULL,
  `orderIndex` INT NULL,
  `isAllOrNothing` TINYINT(1) NOT NULL DEFAULT 0,
  `publishedAt` DATETIME(3) NULL,
  `catalogNumber` TEXT NULL,
  `hideFromSearch` TINYINT(1) NOT NULL DEFAULT 0,
  `fundraiserId` INT NULL,
  `suggestedPrice` INT NULL,
  `defaultIsPreview` TINYINT(1) NOT NULL DEFAULT 1,
  `isPreorder` TINYINT(1) NOT NULL DEFAULT 0,
  `scheduleEndOnReleaseDate` TINYINT(1) NOT NULL DEFAULT 0,
  `makeTracksPreviewableOnRelease` TINYINT(1) NOT NULL DEFAULT 0,
  `isPublic` TINYINT(1) NOT NULL DEFAULT 1,
  `notifiedFollowersAt` DATETIME(3) NULL,
  `coverImageAlt` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TrackGroup_profileId_urlSlug_key` (`profileId`, `urlSlug`),
  CONSTRAINT `TrackGroup_fundraiserId_fkey` FOREIGN KEY (`fundraiserId`) REFERENCES `Fundraiser` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `TrackGroup_paymentToUserId_fkey` FOREIGN KEY (`paymentToUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `TrackGroup_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `License` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `short` VARCHAR(191) NOT NULL,
  `link` TEXT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `License_short_key` (`short`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Track` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trackGroupId` INT NOT NULL,
  `title` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `isPreview` TINYINT(1) NOT NULL DEFAULT 1,
  `deletedAt` DATETIME(3) NULL,
  `order` INT NOT NULL DEFAULT 0,
  `metadata` JSON NULL,
  `licenseId` INT NULL,
  `isrc` TEXT NULL,
  `lyrics` TEXT NULL,
  `stripeProductKey` TEXT NULL,
  `allowIndividualSale` TINYINT(1) NOT NULL DEFAULT 0,
  `minPrice` INT NULL,
  `isFeatured` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT NULL,
  `urlSlug` TEXT NULL,
  `allowMirloPromo` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `Track_licenseId_fkey` FOREIGN KEY (`licenseId`) REFERENCES `License` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Track_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notification` (
  `id` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `content` TEXT NULL,
  `postId` INT NULL,
  `subscriptionId` INT NULL,
  `trackGroupId` INT NULL,
  `notificationType` ENUM('NEW_ARTIST_MONTHLY_SUBSCRIPTION','NEW_ARTIST_POST','NEW_ARTIST_ALBUM','USER_FOLLOWED_YOU','USER_BOUGHT_YOUR_ALBUM','USER_SUBSCRIBED_TO_YOU','USER_BOUGHT_YOUR_TRACK','SYSTEM_MESSAGE','LABEL_ADDED_ARTIST','FUNDRAISER_PLEDGE_CHARGED','AP_FOLLOW','MENTION_IN_POST','NEW_ARTIST_PREORDER','ARTIST_CONTACT_MESSAGE') NOT NULL,
  `isRead` TINYINT(1) NOT NULL DEFAULT 0,
  `profileId` INT NULL,
  `relatedUserId` INT NULL,
  `trackId` INT NULL,
  `deliveryMethod` ENUM('EMAIL','ACTIVITYPUB','BOTH','IN_APP') NOT NULL DEFAULT 'EMAIL',
  `metadata` JSON NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Notification_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_relatedUserId_fkey` FOREIGN KEY (`relatedUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_subscriptionId_fkey` FOREIGN KEY (`subscriptionId`) REFERENCES `ProfileUserSubscription` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `Track` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Notification_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileAvatar` (
  `id` CHAR(36) NOT NULL,
  `url` JSON NULL,
  `profileId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3) NULL,
  `originalFilename` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ProfileAvatar_profileId_key` (`profileId`),
  CONSTRAINT `ProfileAvatar_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArtistLabel` (
  `artistId` INT NOT NULL,
  `labelUserId` INT NOT NULL,
  `isLabelApproved` TINYINT(1) NOT NULL DEFAULT 0,
  `canLabelManageArtist` TINYINT(1) NOT NULL DEFAULT 0,
  `canLabelAddReleases` TINYINT(1) NOT NULL DEFAULT 1,
  `isArtistApproved` TINYINT(1) NOT NULL DEFAULT 0,
  `orderIndex` INT NULL,
  `isDisplayedOnArtistPage` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `ArtistLabel_labelUserId_artistId_key` (`labelUserId`, `artistId`),
  CONSTRAINT `ArtistLabel_artistId_fkey` FOREIGN KEY (`artistId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `ArtistLabel_labelUserId_fkey` FOREIGN KEY (`labelUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArtistTourDate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `artistId` INT NOT NULL,
  `date` DATETIME(3) NOT NULL,
  `location` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `ticketsUrl` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ArtistTourDate_artistId_fkey` FOREIGN KEY (`artistId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileTipTier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `profileId` INT NOT NULL,
  `minAmount` INT NULL,
  `allowVariable` TINYINT(1) NULL,
  `maxAmount` INT NULL,
  `defaultAmount` INT NULL,
  `stripeProductKey` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `platformPercent` INT NULL DEFAULT 7,
  PRIMARY KEY (`id`),
  CONSTRAINT `ProfileTipTier_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileUserSubscriptionConfirmation` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `profileId` INT NOT NULL,
  `token` TEXT NOT NULL,
  `tokenExpiration` DATETIME(3) NULL,
  `message` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ProfileUserSubscriptionConfirmation_email_profileId_key` (`email`, `profileId`),
  CONSTRAINT `ProfileUserSubscriptionConfirmation_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserTransaction` (
  `id` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `amount` INT NOT NULL,
  `currency` TEXT NOT NULL,
  `platformCut` INT NULL,
  `stripeCut` INT NULL,
  `stripeId` TEXT NULL,
  `shippingFeeAmount` INT NULL,
  `paymentStatus` ENUM('PENDING','COMPLETED','FAILED') NOT NULL DEFAULT 'PENDING',
  `discountPercent` INT NULL DEFAULT 0,
  `userFriendlyId` TEXT NULL,
  `exchangeRate` DECIMAL(65,30) NULL,
  `platformCurrency` TEXT NULL,
  `platformCurrencyAmount` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `UserTransaction_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileUserSubscriptionCharge` (
  `id` CHAR(36) NOT NULL,
  `profileUserSubscriptionId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `transactionId` VARCHAR(191) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ProfileUserSubscriptionCharge_profileUserSubscriptionId_fkey` FOREIGN KEY (`profileUserSubscriptionId`) REFERENCES `ProfileUserSubscription` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `ProfileUserSubscriptionCharge_transactionId_fkey` FOREIGN KEY (`transactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PostSubscriptionTier` (
  `postId` INT NOT NULL,
  `profileSubscriptionTierId` INT NOT NULL,
  UNIQUE KEY `PostSubscriptionTier_postId_profileSubscriptionTierId_key` (`postId`, `profileSubscriptionTierId`),
  CONSTRAINT `PostSubscriptionTier_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `PostSubscriptionTier_profileSubscriptionTierId_fkey` FOREIGN KEY (`profileSubscriptionTierId`) REFERENCES `ProfileSubscriptionTier` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MerchItemType` (
  `name` TEXT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Merch` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `minPrice` INT NOT NULL,
  `quantityRemaining` INT NULL,
  `startShippingDate` DATETIME(3) NULL,
  `sku` TEXT NULL,
  `isPublic` TINYINT(1) NOT NULL,
  `itemTypeId` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deletedAt` DATETIME(3) NULL,
  `profileId` INT NOT NULL,
  `includePurchaseTrackGroupId` INT NULL,
  `stripeProductKey` TEXT NULL,
  `platformPercent` INT NULL DEFAULT 7,
  `urlSlug` TEXT NULL,
  `catalogNumber` TEXT NULL,
  `externalUrl` TEXT NULL,
  `order` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Merch_includePurchaseTrackGroupId_fkey` FOREIGN KEY (`includePurchaseTrackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Merch_itemTypeId_fkey` FOREIGN KEY (`itemTypeId`) REFERENCES `MerchItemType` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Merch_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MerchOptionType` (
  `id` CHAR(36) NOT NULL,
  `optionName` TEXT NOT NULL,
  `merchId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MerchOptionType_merchId_fkey` FOREIGN KEY (`merchId`) REFERENCES `Merch` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MerchOption` (
  `id` CHAR(36) NOT NULL,
  `merchOptionTypeId` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `quantityRemaining` INT NULL,
  `sku` TEXT NULL,
  `additionalPrice` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MerchOption_merchOptionTypeId_fkey` FOREIGN KEY (`merchOptionTypeId`) REFERENCES `MerchOptionType` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MerchShippingDestination` (
  `id` CHAR(36) NOT NULL,
  `homeCountry` TEXT NOT NULL,
  `destinationCountry` TEXT NULL,
  `merchId` CHAR(36) NOT NULL,
  `costUnit` INT NOT NULL,
  `costExtraUnit` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MerchShippingDestination_merchId_fkey` FOREIGN KEY (`merchId`) REFERENCES `Merch` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MerchPurchase` (
  `id` CHAR(36) NOT NULL,
  `merchId` CHAR(36) NOT NULL,
  `userId` INT NOT NULL,
  `shippingAddress` JSON NULL,
  `billingAddress` JSON NULL,
  `fulfillmentStatus` ENUM('NO_PROGRESS','STARTED','SHIPPED','COMPLETED') NOT NULL,
  `quantity` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `trackingNumber` TEXT NULL,
  `trackingWebsite` TEXT NULL,
  `message` TEXT NULL,
  `orderDetails` TEXT NULL,
  `transactionId` VARCHAR(191) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MerchPurchase_merchId_fkey` FOREIGN KEY (`merchId`) REFERENCES `Merch` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `MerchPurchase_transactionId_fkey` FOREIGN KEY (`transactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `MerchPurchase_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_MerchOptionToMerchPurchase` (
  `A` CHAR(36) NOT NULL,
  `B` CHAR(36) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_MerchOptionToMerchPurchase_B_index` (`B`),
  CONSTRAINT `_MerchOptionToMerchPurchase_A_fkey` FOREIGN KEY (`A`) REFERENCES `MerchOption` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `_MerchOptionToMerchPurchase_B_fkey` FOREIGN KEY (`B`) REFERENCES `MerchPurchase` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserProfileTip` (
  `userId` INT NOT NULL,
  `profileId` INT NOT NULL,
  `datePurchased` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `profileTipTierId` INT NULL,
  `id` CHAR(36) NOT NULL,
  `message` TEXT NULL,
  `transactionId` VARCHAR(191) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `UserProfileTip_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserProfileTip_profileTipTierId_fkey` FOREIGN KEY (`profileTipTierId`) REFERENCES `ProfileTipTier` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `UserProfileTip_transactionId_fkey` FOREIGN KEY (`transactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `UserProfileTip_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserTrackGroupPurchase` (
  `userId` INT NOT NULL,
  `trackGroupId` INT NOT NULL,
  `singleDownloadToken` TEXT NULL,
  `message` TEXT NULL,
  `userTransactionId` VARCHAR(191) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `proGratis` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `UserTrackGroupPurchase_userId_trackGroupId_key` (`userId`, `trackGroupId`),
  CONSTRAINT `UserTrackGroupPurchase_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserTrackGroupPurchase_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserTrackGroupPurchase_userTransactionId_fkey` FOREIGN KEY (`userTransactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserTrackPurchase` (
  `userId` INT NOT NULL,
  `trackId` INT NOT NULL,
  `datePurchased` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `singleDownloadToken` TEXT NULL,
  `message` TEXT NULL,
  `transactionId` VARCHAR(191) NULL,
  UNIQUE KEY `UserTrackPurchase_userId_trackId_key` (`userId`, `trackId`),
  CONSTRAINT `UserTrackPurchase_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `Track` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserTrackPurchase_transactionId_fkey` FOREIGN KEY (`transactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `UserTrackPurchase_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserTrackGroupWishlist` (
  `userId` INT NOT NULL,
  `trackGroupId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `UserTrackGroupWishlist_userId_trackGroupId_key` (`userId`, `trackGroupId`),
  CONSTRAINT `UserTrackGroupWishlist_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserTrackGroupWishlist_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackGroupDownloadCodes` (
  `id` CHAR(36) NOT NULL,
  `trackGroupId` INT NOT NULL,
  `downloadCode` TEXT NOT NULL,
  `group` TEXT NOT NULL,
  `redeemedByUserId` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TrackGroupDownloadCodes_redeemedByUserId_fkey` FOREIGN KEY (`redeemedByUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `TrackGroupDownloadCodes_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackGroupDownload` (
  `id` CHAR(36) NOT NULL,
  `trackGroupId` INT NOT NULL,
  `userId` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `TrackGroupDownload_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `TrackGroupDownload_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FundraiserPledge` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trackGroupId` INT NULL,
  `userId` INT NOT NULL,
  `amount` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `stripeSetupIntentId` TEXT NOT NULL,
  `message` TEXT NULL,
  `cancelledAt` DATETIME(3) NULL,
  `paidAt` DATETIME(3) NULL,
  `associatedTransactionId` VARCHAR(191) NULL,
  `fundraiserId` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FundraiserPledge_associatedTransactionId_key` (`associatedTransactionId`),
  UNIQUE KEY `FundraiserPledge_userId_fundraiserId_key` (`userId`, `fundraiserId`),
  UNIQUE KEY `TrackGroupPledge_associatedTransactionId_key` (`associatedTransactionId`),
  CONSTRAINT `FundraiserPledge_associatedTransactionId_fkey` FOREIGN KEY (`associatedTransactionId`) REFERENCES `UserTransaction` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `FundraiserPledge_fundraiserId_fkey` FOREIGN KEY (`fundraiserId`) REFERENCES `Fundraiser` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `FundraiserPledge_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `FundraiserPledge_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackArtist` (
  `id` CHAR(36) NOT NULL,
  `trackId` INT NOT NULL,
  `artistName` TEXT NULL,
  `artistId` INT NULL,
  `role` TEXT NULL,
  `isCoAuthor` TINYINT(1) NOT NULL DEFAULT 0,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `TrackArtist_artistId_fkey` FOREIGN KEY (`artistId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `TrackArtist_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `Track` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserTrackFavorite` (
  `userId` INT NOT NULL,
  `trackId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `UserTrackFavorite_userId_trackId_key` (`userId`, `trackId`),
  CONSTRAINT `UserTrackFavorite_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `Track` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `UserTrackFavorite_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackPlay` (
  `id` CHAR(36) NOT NULL,
  `trackId` INT NOT NULL,
  `userId` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `owned` TINYINT(1) NOT NULL DEFAULT 0,
  `ip` TEXT NULL,
  `clientId` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TrackPlay_clientId_fkey` FOREIGN KEY (`clientId`) REFERENCES `Client` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `TrackPlay_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `Track` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `TrackPlay_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_tag_key` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackGroupTag` (
  `trackGroupId` INT NOT NULL,
  `tagId` INT NOT NULL,
  UNIQUE KEY `TrackGroupTag_trackGroupId_tagId_key` (`trackGroupId`, `tagId`),
  CONSTRAINT `TrackGroupTag_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `Tag` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `TrackGroupTag_trackGroupId_fkey` FOREIGN KEY (`trackGroupId`) REFERENCES `TrackGroup` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocationTag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `city` VARCHAR(191) NULL,
  `region` VARCHAR(191) NULL,
  `country` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `LocationTag_city_region_country_key` (`city`, `region`, `country`),
  UNIQUE KEY `LocationTag_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileLocationTag` (
  `profileId` INT NOT NULL,
  `locationTagId` INT NOT NULL,
  UNIQUE KEY `ProfileLocationTag_profileId_locationTagId_key` (`profileId`, `locationTagId`),
  CONSTRAINT `ProfileLocationTag_locationTagId_fkey` FOREIGN KEY (`locationTagId`) REFERENCES `LocationTag` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `ProfileLocationTag_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign keys that close a cycle, added after both tables exist
ALTER TABLE `PostImage` ADD CONSTRAINT `PostImage_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT;

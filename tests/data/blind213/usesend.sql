-- useSend (formerly Unsend): open-source e-mail sending platform on Amazon SES — transactional e-mail API and
-- marketing campaigns / newsletters to contact books, with delivery, open, click, bounce and complaint tracking.
-- Upstream: github.com/usesend/useSend, commit 68b5a072fc8c34b3bbb9fb5b955dd780fabcd9e8 (AGPL-3.0).
-- Source: the Prisma migrations apps/web/prisma/migrations/*/migration.sql (PostgreSQL), all 41 applied in order
-- to a scratch PostgreSQL 15 database; its catalogue (information_schema.columns in ordinal order, pg_constraint,
-- unique indexes) was then written as MySQL/MariaDB DDL by a small script. The result matches
-- apps/web/prisma/schema.prisma field for field; columns added by later migrations stand after the original ones,
-- as in a migrated database. Types: text -> TEXT (VARCHAR(191) where the column is in a primary, unique or foreign
-- key), integer -> INT, bigint -> BIGINT, boolean -> TINYINT(1), timestamp(3) -> DATETIME(3), jsonb -> JSON,
-- PostgreSQL arrays (text[], integer[]) -> JSON, Prisma enum types -> ENUM with the same values. Defaults kept where
-- MySQL takes them (CURRENT_TIMESTAMP(3), booleans, numbers, enum and string literals); array defaults and the
-- emoji default of ContactBook.emoji (a 4-byte character a latin1 client connection rejects) dropped.
-- Primary keys, unique indexes and foreign keys (with their ON DELETE / ON UPDATE actions) as in PostgreSQL;
-- plain indexes left out. Tables are in the schema's model order (User moved before Account, which refers to it).
-- Prisma's own _prisma_migrations table is left out; no application table is left out.

CREATE TABLE `AppSetting` (
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SesSetting` (
  `id` VARCHAR(191) NOT NULL,
  `region` VARCHAR(191) NOT NULL,
  `idPrefix` VARCHAR(191) NOT NULL,
  `topic` TEXT NOT NULL,
  `topicArn` TEXT,
  `callbackUrl` TEXT NOT NULL,
  `callbackSuccess` TINYINT(1) NOT NULL DEFAULT 0,
  `configGeneral` TEXT,
  `configGeneralSuccess` TINYINT(1) NOT NULL DEFAULT 0,
  `configClick` TEXT,
  `configClickSuccess` TINYINT(1) NOT NULL DEFAULT 0,
  `configOpen` TEXT,
  `configOpenSuccess` TINYINT(1) NOT NULL DEFAULT 0,
  `configFull` TEXT,
  `configFullSuccess` TINYINT(1) NOT NULL DEFAULT 0,
  `sesEmailRateLimit` INT NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `transactionalQuota` INT NOT NULL DEFAULT 50,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SesSetting_region_key` (`region`),
  UNIQUE KEY `SesSetting_idPrefix_key` (`idPrefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `email` VARCHAR(191),
  `emailVerified` DATETIME(3),
  `image` TEXT,
  `isBetaUser` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isWaitlisted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `type` TEXT NOT NULL,
  `provider` VARCHAR(191) NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `refresh_token_expires_in` INT,
  `expires_at` INT,
  `token_type` TEXT,
  `scope` TEXT,
  `id_token` TEXT,
  `session_state` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionToken_key` (`sessionToken`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  UNIQUE KEY `VerificationToken_token_key` (`token`),
  UNIQUE KEY `VerificationToken_identifier_token_key` (`identifier`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Team` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `plan` ENUM('FREE','BASIC') NOT NULL DEFAULT 'FREE',
  `stripeCustomerId` VARCHAR(191),
  `billingEmail` TEXT,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `apiRateLimit` INT NOT NULL DEFAULT 2,
  `sesTenantId` TEXT,
  `dailyEmailLimit` INT NOT NULL DEFAULT 10000,
  `isBlocked` TINYINT(1) NOT NULL DEFAULT 0,
  `isVerified` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Team_stripeCustomerId_key` (`stripeCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TeamUser` (
  `teamId` INT NOT NULL,
  `userId` INT NOT NULL,
  `role` ENUM('ADMIN','MEMBER') NOT NULL,
  UNIQUE KEY `TeamUser_teamId_userId_key` (`teamId`, `userId`),
  CONSTRAINT `TeamUser_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TeamUser_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TeamInvite` (
  `id` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `role` ENUM('ADMIN','MEMBER') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TeamInvite_teamId_email_key` (`teamId`, `email`),
  CONSTRAINT `TeamInvite_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Subscription` (
  `id` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `status` TEXT NOT NULL,
  `priceId` TEXT NOT NULL,
  `currentPeriodEnd` DATETIME(3),
  `currentPeriodStart` DATETIME(3),
  `cancelAtPeriodEnd` DATETIME(3),
  `paymentMethod` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `priceIds` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `Subscription_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Domain` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `status` ENUM('NOT_STARTED','PENDING','SUCCESS','FAILED','TEMPORARY_FAILURE') NOT NULL DEFAULT 'PENDING',
  `region` TEXT NOT NULL DEFAULT 'us-east-1',
  `clickTracking` TINYINT(1) NOT NULL DEFAULT 0,
  `openTracking` TINYINT(1) NOT NULL DEFAULT 0,
  `publicKey` TEXT NOT NULL,
  `dkimStatus` TEXT,
  `spfDetails` TEXT,
  `dmarcAdded` TINYINT(1) NOT NULL DEFAULT 0,
  `errorMessage` TEXT,
  `subdomain` TEXT,
  `isVerifying` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `sesTenantId` TEXT,
  `dkimSelector` TEXT DEFAULT 'usesend',
  PRIMARY KEY (`id`),
  UNIQUE KEY `Domain_name_key` (`name`),
  CONSTRAINT `Domain_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `clientId` VARCHAR(191) NOT NULL,
  `tokenHash` TEXT NOT NULL,
  `partialToken` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `permission` ENUM('FULL','SENDING') NOT NULL DEFAULT 'SENDING',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsed` DATETIME(3),
  `teamId` INT NOT NULL,
  `domainId` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ApiKey_clientId_key` (`clientId`),
  CONSTRAINT `ApiKey_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ApiKey_domainId_fkey` FOREIGN KEY (`domainId`) REFERENCES `Domain` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Email` (
  `id` VARCHAR(191) NOT NULL,
  `sesEmailId` VARCHAR(191),
  `from` TEXT NOT NULL,
  `to` JSON,
  `replyTo` JSON,
  `cc` JSON,
  `bcc` JSON,
  `subject` TEXT NOT NULL,
  `text` TEXT,
  `html` TEXT,
  `latestStatus` ENUM('SCHEDULED','CANCELLED','RENDERING_FAILURE','QUEUED','SENT','REJECTED','DELIVERY_DELAYED','DELIVERED','BOUNCED','OPENED','CLICKED','COMPLAINED','FAILED','SUPPRESSED') NOT NULL DEFAULT 'QUEUED',
  `teamId` INT NOT NULL,
  `domainId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `attachments` TEXT,
  `campaignId` TEXT,
  `contactId` TEXT,
  `scheduledAt` DATETIME(3),
  `apiId` INT,
  `inReplyToId` TEXT,
  `headers` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Email_sesEmailId_key` (`sesEmailId`),
  CONSTRAINT `Email_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailEvent` (
  `id` VARCHAR(191) NOT NULL,
  `emailId` VARCHAR(191) NOT NULL,
  `status` ENUM('SCHEDULED','CANCELLED','RENDERING_FAILURE','QUEUED','SENT','REJECTED','DELIVERY_DELAYED','DELIVERED','BOUNCED','OPENED','CLICKED','COMPLAINED','FAILED','SUPPRESSED') NOT NULL,
  `data` JSON,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `teamId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `EmailEvent_emailId_fkey` FOREIGN KEY (`emailId`) REFERENCES `Email` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CampaignEmail` (
  `campaignId` VARCHAR(191) NOT NULL,
  `contactId` VARCHAR(191) NOT NULL,
  `emailId` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`campaignId`, `contactId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContactBook` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `teamId` INT NOT NULL,
  `properties` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `emoji` TEXT NOT NULL,
  `doubleOptInEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `doubleOptInSubject` TEXT,
  `doubleOptInContent` TEXT,
  `variables` JSON NOT NULL,
  `doubleOptInFrom` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `ContactBook_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contact` (
  `id` VARCHAR(191) NOT NULL,
  `firstName` TEXT,
  `lastName` TEXT,
  `email` VARCHAR(191) NOT NULL,
  `subscribed` TINYINT(1) NOT NULL DEFAULT 1,
  `properties` JSON NOT NULL,
  `contactBookId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `unsubscribeReason` ENUM('BOUNCED','COMPLAINED','UNSUBSCRIBED'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Contact_contactBookId_email_key` (`contactBookId`, `email`),
  CONSTRAINT `Contact_contactBookId_fkey` FOREIGN KEY (`contactBookId`) REFERENCES `ContactBook` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Campaign` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `teamId` INT NOT NULL,
  `from` TEXT NOT NULL,
  `cc` JSON,
  `bcc` JSON,
  `replyTo` JSON,
  `domainId` INT NOT NULL,
  `subject` TEXT NOT NULL,
  `previewText` TEXT,
  `html` TEXT,
  `content` TEXT,
  `contactBookId` TEXT,
  `total` INT NOT NULL DEFAULT 0,
  `sent` INT NOT NULL DEFAULT 0,
  `delivered` INT NOT NULL DEFAULT 0,
  `opened` INT NOT NULL DEFAULT 0,
  `clicked` INT NOT NULL DEFAULT 0,
  `unsubscribed` INT NOT NULL DEFAULT 0,
  `bounced` INT NOT NULL DEFAULT 0,
  `complained` INT NOT NULL DEFAULT 0,
  `status` ENUM('DRAFT','SCHEDULED','SENT','RUNNING','PAUSED') NOT NULL DEFAULT 'DRAFT',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `hardBounced` INT NOT NULL DEFAULT 0,
  `batchSize` INT NOT NULL DEFAULT 500,
  `batchWindowMinutes` INT NOT NULL DEFAULT 0,
  `lastCursor` TEXT,
  `lastSentAt` DATETIME(3),
  `scheduledAt` DATETIME(3),
  `isApi` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `Campaign_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Template` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `teamId` INT NOT NULL,
  `subject` TEXT NOT NULL,
  `html` TEXT,
  `content` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Template_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DailyEmailUsage` (
  `teamId` INT NOT NULL,
  `date` VARCHAR(191) NOT NULL,
  `type` ENUM('TRANSACTIONAL','MARKETING') NOT NULL,
  `domainId` INT NOT NULL,
  `delivered` INT NOT NULL DEFAULT 0,
  `opened` INT NOT NULL DEFAULT 0,
  `clicked` INT NOT NULL DEFAULT 0,
  `bounced` INT NOT NULL DEFAULT 0,
  `complained` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `sent` INT NOT NULL DEFAULT 0,
  `hardBounced` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`teamId`, `domainId`, `date`, `type`),
  CONSTRAINT `DailyEmailUsage_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CumulatedMetrics` (
  `teamId` INT NOT NULL,
  `domainId` INT NOT NULL,
  `delivered` BIGINT NOT NULL DEFAULT 0,
  `hardBounced` BIGINT NOT NULL DEFAULT 0,
  `complained` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`teamId`, `domainId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SuppressionList` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `reason` ENUM('HARD_BOUNCE','COMPLAINT','MANUAL') NOT NULL,
  `source` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SuppressionList_teamId_email_key` (`teamId`, `email`),
  CONSTRAINT `SuppressionList_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Webhook` (
  `id` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `url` TEXT NOT NULL,
  `description` TEXT,
  `secret` TEXT NOT NULL,
  `status` ENUM('ACTIVE','PAUSED','AUTO_DISABLED') NOT NULL DEFAULT 'ACTIVE',
  `eventTypes` JSON,
  `apiVersion` TEXT,
  `consecutiveFailures` INT NOT NULL DEFAULT 0,
  `lastFailureAt` DATETIME(3),
  `lastSuccessAt` DATETIME(3),
  `createdByUserId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `domainIds` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `Webhook_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Webhook_createdByUserId_fkey` FOREIGN KEY (`createdByUserId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WebhookCall` (
  `id` VARCHAR(191) NOT NULL,
  `webhookId` VARCHAR(191) NOT NULL,
  `teamId` INT NOT NULL,
  `type` TEXT NOT NULL,
  `payload` TEXT NOT NULL,
  `status` ENUM('PENDING','IN_PROGRESS','DELIVERED','FAILED','DISCARDED') NOT NULL DEFAULT 'PENDING',
  `attempt` INT NOT NULL DEFAULT 0,
  `nextAttemptAt` DATETIME(3),
  `lastError` TEXT,
  `responseStatus` INT,
  `responseTimeMs` INT,
  `responseText` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `WebhookCall_webhookId_fkey` FOREIGN KEY (`webhookId`) REFERENCES `Webhook` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `WebhookCall_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


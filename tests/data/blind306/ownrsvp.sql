-- OwnRSVP (DGATX/ownrsvp) — self-hosted event invitations and RSVP management (hosts, co-hosts, invited guests
-- and their plus-ones, RSVP status, reminders by e-mail and SMS, guest comments, broadcast updates)
-- Upstream: github.com/DGATX/ownrsvp, commit 9e77fc193abe785c0972215a3ad9a4d0e7ade91d (MIT)
-- Made by replaying the two Prisma migrations of prisma/migrations/*/migration.sql (provider sqlite) into SQLite
-- and writing the resulting tables as MySQL DDL with Prisma's MySQL types: String -> VARCHAR(191) (TEXT for
-- free-text, token and URL columns), Int -> INT, Boolean -> TINYINT(1), DateTime -> DATETIME(3). Table and column
-- names and order as the migrations leave them (they match prisma/schema.prisma at that commit); primary keys,
-- unique and plain indexes and every foreign key kept. Left out: Prisma's own `_prisma_migrations` table.

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191),
  `username` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `emailVerified` DATETIME(3),
  `password` VARCHAR(191),
  `image` TEXT,
  `theme` VARCHAR(191) NOT NULL DEFAULT 'system',
  `role` VARCHAR(191) NOT NULL DEFAULT 'USER',
  `notifyOnRsvpChanges` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `User_email_idx` (`email`),
  KEY `User_username_idx` (`username`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `type` VARCHAR(191) NOT NULL,
  `provider` VARCHAR(191) NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` INT,
  `token_type` VARCHAR(191),
  `scope` VARCHAR(191),
  `id_token` TEXT,
  `session_state` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionToken_key` (`sessionToken`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  UNIQUE KEY `VerificationToken_identifier_token_key` (`identifier`, `token`),
  UNIQUE KEY `VerificationToken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Event` (
  `id` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `locationName` VARCHAR(191),
  `streetAddress1` VARCHAR(191),
  `streetAddress2` VARCHAR(191),
  `city` VARCHAR(191),
  `state` VARCHAR(191),
  `zipCode` VARCHAR(191),
  `date` DATETIME(3) NOT NULL,
  `endDate` DATETIME(3),
  `rsvpDeadline` DATETIME(3),
  `timezone` VARCHAR(191),
  `coverImage` TEXT,
  `photoAlbumUrl` TEXT,
  `reminderSchedule` TEXT,
  `maxGuestsPerInvitee` INT,
  `replyTo` VARCHAR(191),
  `hostId` VARCHAR(191) NOT NULL,
  `isPublic` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `Event_date_idx` (`date`),
  KEY `Event_hostId_idx` (`hostId`),
  UNIQUE KEY `Event_slug_key` (`slug`),
  CONSTRAINT `Event_hostId_fkey` FOREIGN KEY (`hostId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Guest` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `phone` VARCHAR(191),
  `name` VARCHAR(191),
  `status` VARCHAR(191) NOT NULL DEFAULT 'PENDING',
  `dietaryNotes` TEXT,
  `notifyByEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `notifyBySms` TINYINT(1) NOT NULL DEFAULT 0,
  `token` VARCHAR(191) NOT NULL,
  `invitedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `respondedAt` DATETIME(3),
  `reminderSentAt` DATETIME(3),
  `smsReminderSentAt` DATETIME(3),
  `maxGuests` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Guest_eventId_email_key` (`eventId`, `email`),
  KEY `Guest_token_idx` (`token`),
  KEY `Guest_eventId_idx` (`eventId`),
  UNIQUE KEY `Guest_token_key` (`token`),
  CONSTRAINT `Guest_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `Event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `AdditionalGuest` (
  `id` VARCHAR(191) NOT NULL,
  `guestId` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `AdditionalGuest_guestId_idx` (`guestId`),
  CONSTRAINT `AdditionalGuest_guestId_fkey` FOREIGN KEY (`guestId`) REFERENCES `Guest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Comment` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `guestId` VARCHAR(191),
  `authorName` VARCHAR(191) NOT NULL,
  `content` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `Comment_eventId_idx` (`eventId`),
  CONSTRAINT `Comment_guestId_fkey` FOREIGN KEY (`guestId`) REFERENCES `Guest` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Comment_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `Event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `PasswordResetToken` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `PasswordResetToken_token_idx` (`token`),
  KEY `PasswordResetToken_email_idx` (`email`),
  UNIQUE KEY `PasswordResetToken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `UserInvitation` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `invitedBy` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `UserInvitation_userId_idx` (`userId`),
  KEY `UserInvitation_token_idx` (`token`),
  KEY `UserInvitation_email_idx` (`email`),
  UNIQUE KEY `UserInvitation_userId_key` (`userId`),
  UNIQUE KEY `UserInvitation_token_key` (`token`),
  CONSTRAINT `UserInvitation_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EventCoHost` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `role` VARCHAR(191) NOT NULL DEFAULT 'COHOST',
  `invitedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `EventCoHost_eventId_userId_key` (`eventId`, `userId`),
  KEY `EventCoHost_userId_idx` (`userId`),
  KEY `EventCoHost_eventId_idx` (`eventId`),
  CONSTRAINT `EventCoHost_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `EventCoHost_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `Event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EventUpdate` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `subject` VARCHAR(191) NOT NULL,
  `message` TEXT NOT NULL,
  `sentVia` VARCHAR(191) NOT NULL,
  `sentTo` INT NOT NULL,
  `sentAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `sentBy` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `EventUpdate_eventId_idx` (`eventId`),
  CONSTRAINT `EventUpdate_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `Event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `AppConfig` (
  `id` VARCHAR(191) NOT NULL,
  `category` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  `encrypted` TINYINT(1) NOT NULL DEFAULT 0,
  `updatedAt` DATETIME(3) NOT NULL,
  `updatedBy` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `AppConfig_category_key_key` (`category`, `key`),
  KEY `AppConfig_category_idx` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EmailTemplate` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `subject` VARCHAR(191) NOT NULL,
  `body` TEXT NOT NULL,
  `isDefault` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailTemplate_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SmsTemplate` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `message` TEXT NOT NULL,
  `isDefault` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SmsTemplate_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

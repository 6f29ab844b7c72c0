-- Pingvin Share 1.13.0 (stonith404/pingvin-share; self-hosted file sharing platform, NestJS + Prisma on SQLite),
-- commit 4f9a502e40360a062ced981010566744e05a1c33 (BSD-2-Clause)
-- Upstream's 24 Prisma migrations (backend/prisma/migrations/*/migration.sql, SQLite) replayed in order into an
-- empty SQLite database and read back, written as MySQL DDL with Prisma's MySQL mapping (see pingvinshare.md).
-- Nothing left out.

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `username` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `password` TEXT,
  `isAdmin` BOOLEAN NOT NULL DEFAULT 0,
  `totpEnabled` BOOLEAN NOT NULL DEFAULT 0,
  `totpVerified` BOOLEAN NOT NULL DEFAULT 0,
  `totpSecret` TEXT,
  `ldapDN` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_ldapDN_key` (`ldapDN`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReverseShare` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `token` VARCHAR(191) NOT NULL,
  `shareExpiration` DATETIME(3) NOT NULL,
  `maxShareSize` TEXT NOT NULL,
  `sendEmailNotification` BOOLEAN NOT NULL,
  `remainingUses` INT NOT NULL,
  `simplified` BOOLEAN NOT NULL DEFAULT 0,
  `publicAccess` BOOLEAN NOT NULL DEFAULT 1,
  `creatorId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ReverseShare_token_key` (`token`),
  CONSTRAINT `ReverseShare_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Share` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT,
  `uploadLocked` BOOLEAN NOT NULL DEFAULT 0,
  `isZipReady` BOOLEAN NOT NULL DEFAULT 0,
  `views` INT NOT NULL DEFAULT 0,
  `expiration` DATETIME(3) NOT NULL,
  `description` TEXT,
  `removedReason` TEXT,
  `creatorId` VARCHAR(191),
  `reverseShareId` VARCHAR(191),
  `storageProvider` TEXT NOT NULL DEFAULT 'LOCAL',
  PRIMARY KEY (`id`),
  CONSTRAINT `Share_reverseShareId_fkey` FOREIGN KEY (`reverseShareId`) REFERENCES `ReverseShare` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Share_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `File` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `size` TEXT NOT NULL,
  `shareId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `File_shareId_fkey` FOREIGN KEY (`shareId`) REFERENCES `Share` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShareSecurity` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `password` TEXT,
  `maxViews` INT,
  `shareId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ShareSecurity_shareId_key` (`shareId`),
  CONSTRAINT `ShareSecurity_shareId_fkey` FOREIGN KEY (`shareId`) REFERENCES `Share` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShareRecipient` (
  `id` VARCHAR(191) NOT NULL,
  `email` TEXT NOT NULL,
  `shareId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ShareRecipient_shareId_fkey` FOREIGN KEY (`shareId`) REFERENCES `Share` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LoginToken` (
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `used` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`token`),
  CONSTRAINT `LoginToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RefreshToken` (
  `id` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `oauthIDToken` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `RefreshToken_token_key` (`token`),
  CONSTRAINT `RefreshToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ResetPasswordToken` (
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `ResetPasswordToken_userId_key` (`userId`),
  CONSTRAINT `ResetPasswordToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Config` (
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `category` VARCHAR(191) NOT NULL,
  `type` TEXT NOT NULL,
  `defaultValue` TEXT NOT NULL DEFAULT '',
  `value` TEXT,
  `obscured` BOOLEAN NOT NULL DEFAULT 0,
  `secret` BOOLEAN NOT NULL DEFAULT 1,
  `locked` BOOLEAN NOT NULL DEFAULT 0,
  `order` INT NOT NULL,
  PRIMARY KEY (`name`, `category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OAuthUser` (
  `id` VARCHAR(191) NOT NULL,
  `provider` TEXT NOT NULL,
  `providerUserId` TEXT NOT NULL,
  `providerUsername` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `OAuthUser_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Wishlist (cmintey/wishlist) — self-hosted wish list / gift registry for friends and family
-- Upstream: github.com/cmintey/wishlist, commit 4f4ab0f73af9cb76ec343afe61273b245918c467 (MIT)
-- Made by replaying all 46 Prisma migrations of prisma/migrations/*/migration.sql (provider sqlite) into SQLite
-- and writing the resulting tables as MySQL DDL with Prisma's MySQL types: String -> VARCHAR(191) (TEXT for
-- free-text and URL columns), Int -> INT, Boolean -> TINYINT(1), DateTime -> DATETIME(3). Table and column
-- names and order as the migrations leave them (they match prisma/schema.prisma at that commit); primary keys,
-- unique and plain indexes and every foreign key kept. Left out: Prisma's own `_prisma_migrations` table.

CREATE TABLE `role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `id` VARCHAR(191) NOT NULL,
  `username` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL DEFAULT 'changeme@email.com',
  `picture` TEXT,
  `roleId` INT NOT NULL DEFAULT 1,
  `hashedPassword` VARCHAR(191) NOT NULL,
  `oauthId` VARCHAR(191),
  `preferredLanguage` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_username_key` (`username`),
  CONSTRAINT `user_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `role` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `system_user` (
  `id` VARCHAR(191) NOT NULL,
  `username` VARCHAR(191) DEFAULT NULL,
  `name` VARCHAR(191) DEFAULT 'ANONYMOUS_NAME',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `session_userId_idx` (`userId`),
  CONSTRAINT `session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_group_membership` (
  `id` VARCHAR(191) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(191) NOT NULL,
  `groupId` VARCHAR(191) NOT NULL,
  `roleId` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `user_group_membership_userId_groupId_idx` (`userId`, `groupId`),
  KEY `user_group_membership_groupId_idx` (`groupId`),
  KEY `user_group_membership_userId_idx` (`userId`),
  CONSTRAINT `user_group_membership_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `role` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `user_group_membership_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_group_membership_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `list` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191),
  `ownerId` VARCHAR(191) NOT NULL,
  `groupId` VARCHAR(191) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `icon` VARCHAR(191),
  `iconColor` VARCHAR(191),
  `description` TEXT,
  `hideOwner` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `list_ownerId_groupId_idx` (`ownerId`, `groupId`),
  KEY `list_groupId_idx` (`groupId`),
  KEY `list_ownerId_idx` (`ownerId`),
  CONSTRAINT `list_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `list_manager` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `listId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `list_manager_listId_idx` (`listId`),
  CONSTRAINT `list_manager_listId_fkey` FOREIGN KEY (`listId`) REFERENCES `list` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_manager_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `item_price` (
  `id` VARCHAR(191) NOT NULL,
  `value` INT NOT NULL,
  `currency` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `price` VARCHAR(191),
  `itemPriceId` VARCHAR(191),
  `url` TEXT,
  `note` TEXT,
  `imageUrl` TEXT,
  `quantity` INT,
  `mostWanted` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(191) NOT NULL,
  `createdById` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `items_userId_idx` (`userId`),
  CONSTRAINT `items_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `items_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `items_itemPriceId_fkey` FOREIGN KEY (`itemPriceId`) REFERENCES `item_price` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `list_item` (
  `id` VARCHAR(191) NOT NULL,
  `listId` VARCHAR(191) NOT NULL,
  `itemId` INT NOT NULL,
  `addedById` VARCHAR(191) NOT NULL,
  `approved` TINYINT(1) NOT NULL DEFAULT 1,
  `displayOrder` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_item_listId_itemId_key` (`listId`, `itemId`),
  KEY `list_item_itemId_idx` (`itemId`),
  KEY `list_item_listId_idx` (`listId`),
  CONSTRAINT `list_item_addedById_fkey` FOREIGN KEY (`addedById`) REFERENCES `user` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `list_item_itemId_fkey` FOREIGN KEY (`itemId`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_item_listId_fkey` FOREIGN KEY (`listId`) REFERENCES `list` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `list_item_claim` (
  `id` VARCHAR(191) NOT NULL,
  `itemId` INT NOT NULL,
  `listId` VARCHAR(191) NOT NULL,
  `claimedById` VARCHAR(191),
  `publicClaimedById` VARCHAR(191),
  `purchased` TINYINT(1) NOT NULL DEFAULT 0,
  `quantity` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `list_item_claim_claimedById_idx` (`claimedById`),
  KEY `list_item_claim_itemId_idx` (`itemId`),
  CONSTRAINT `list_item_claim_publicClaimedById_fkey` FOREIGN KEY (`publicClaimedById`) REFERENCES `system_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_item_claim_claimedById_fkey` FOREIGN KEY (`claimedById`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_item_claim_listId_fkey` FOREIGN KEY (`listId`) REFERENCES `list` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `list_item_claim_itemId_fkey` FOREIGN KEY (`itemId`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_resets` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` VARCHAR(191) NOT NULL,
  `hashedToken` VARCHAR(191) NOT NULL,
  `redeemed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `password_resets_hashedToken_idx` (`hashedToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signup_tokens` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `hashedToken` VARCHAR(191) NOT NULL,
  `redeemed` TINYINT(1) NOT NULL DEFAULT 0,
  `groupId` VARCHAR(191) NOT NULL DEFAULT 'global',
  PRIMARY KEY (`id`),
  KEY `signup_tokens_hashedToken_idx` (`hashedToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `system_config` (
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT,
  `groupId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`key`, `groupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `patch` (
  `id` VARCHAR(191) NOT NULL,
  `executed_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

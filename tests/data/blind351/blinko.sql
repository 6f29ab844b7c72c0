-- Blinko (blinko-space/blinko), commit 463d98c61408808b9eec61e982aff072ee4150d2 (AGPL-3.0)
-- Upstream's 23 Prisma migrations (prisma/migrations/*/migration.sql, PostgreSQL) applied in order to
-- PostgreSQL 15 and read back from the catalogue, written as MySQL DDL (see blinko.md).

CREATE TABLE `accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL DEFAULT '',
  `nickname` TEXT NOT NULL DEFAULT '',
  `password` TEXT NOT NULL DEFAULT '',
  `image` TEXT NOT NULL DEFAULT '',
  `apiToken` TEXT NOT NULL DEFAULT '',
  `note` INT NOT NULL DEFAULT 0,
  `role` TEXT NOT NULL DEFAULT '',
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `loginType` TEXT NOT NULL DEFAULT '',
  `linkAccountId` INT,
  `description` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL DEFAULT 0,
  `content` TEXT NOT NULL DEFAULT '',
  `isArchived` TINYINT(1) NOT NULL DEFAULT 0,
  `isRecycle` TINYINT(1) NOT NULL DEFAULT 0,
  `isShare` TINYINT(1) NOT NULL DEFAULT 0,
  `isTop` TINYINT(1) NOT NULL DEFAULT 0,
  `sharePassword` TEXT NOT NULL DEFAULT '',
  `metadata` JSON,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `isReviewed` TINYINT(1) NOT NULL DEFAULT 0,
  `accountId` INT,
  `shareEncryptedUrl` TEXT,
  `shareExpiryDate` DATETIME(6),
  `shareMaxView` INT DEFAULT 0,
  `shareViewCount` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `isShare` TINYINT(1) NOT NULL DEFAULT 0,
  `sharePassword` TEXT NOT NULL DEFAULT '',
  `name` TEXT NOT NULL DEFAULT '',
  `path` TEXT NOT NULL DEFAULT '',
  `size` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `noteId` INT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `type` TEXT NOT NULL DEFAULT '',
  `sortOrder` INT NOT NULL DEFAULT 0,
  `depth` INT,
  `perfixPath` TEXT DEFAULT '',
  `accountId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `attachments_noteId_fkey` FOREIGN KEY (`noteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cache_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT NOT NULL,
  `accountId` INT,
  `guestName` TEXT,
  `guestIP` TEXT,
  `guestUA` TEXT,
  `noteId` INT NOT NULL,
  `parentId` INT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `comments_noteId_fkey` FOREIGN KEY (`noteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `comments_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `comments` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` TEXT NOT NULL DEFAULT '',
  `config` JSON,
  `userId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `config_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL DEFAULT '',
  `accountId` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `conversation_accountId_idx` (`accountId`),
  CONSTRAINT `conversation_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteName` TEXT,
  `siteUrl` TEXT NOT NULL,
  `siteAvatar` TEXT,
  `description` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `followType` TEXT NOT NULL DEFAULT 'following',
  `accountId` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `follows_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `conversationId` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  KEY `message_conversationId_idx` (`conversationId`),
  CONSTRAINT `message_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversation` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noteHistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `noteId` INT NOT NULL,
  `content` TEXT NOT NULL,
  `metadata` JSON,
  `version` INT NOT NULL,
  `accountId` INT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `noteHistory_accountId_idx` (`accountId`),
  KEY `noteHistory_noteId_idx` (`noteId`),
  CONSTRAINT `noteHistory_noteId_fkey` FOREIGN KEY (`noteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noteInternalShare` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `noteId` INT NOT NULL,
  `accountId` INT NOT NULL,
  `canEdit` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `noteInternalShare_accountId_idx` (`accountId`),
  UNIQUE KEY `noteInternalShare_noteId_accountId_key` (`noteId`,`accountId`),
  KEY `noteInternalShare_noteId_idx` (`noteId`),
  CONSTRAINT `noteInternalShare_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `noteInternalShare_noteId_fkey` FOREIGN KEY (`noteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noteReference` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fromNoteId` INT NOT NULL,
  `toNoteId` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `noteReference_fromNoteId_toNoteId_key` (`fromNoteId`,`toNoteId`),
  CONSTRAINT `noteReference_fromNoteId_fkey` FOREIGN KEY (`fromNoteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `noteReference_toNoteId_fkey` FOREIGN KEY (`toNoteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `metadata` JSON,
  `isRead` TINYINT(1) NOT NULL DEFAULT 0,
  `accountId` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `metadata` JSON NOT NULL,
  `path` TEXT NOT NULL,
  `isUse` TINYINT(1) NOT NULL DEFAULT 1,
  `isDev` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduledTask` (
  `name` VARCHAR(255) NOT NULL,
  `schedule` TEXT NOT NULL,
  `lastRun` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isSuccess` TINYINT(1) NOT NULL DEFAULT 1,
  `isRunning` TINYINT(1) NOT NULL DEFAULT 0,
  `output` JSON,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL DEFAULT '',
  `icon` TEXT NOT NULL DEFAULT '',
  `parent` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL,
  `accountId` INT,
  `sortOrder` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tagsToNote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `noteId` INT NOT NULL DEFAULT 0,
  `tagId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`noteId`,`tagId`),
  KEY `tagsToNote_id_idx` (`id`),
  CONSTRAINT `tagsToNote_noteId_fkey` FOREIGN KEY (`noteId`) REFERENCES `notes` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `tagsToNote_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `tag` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

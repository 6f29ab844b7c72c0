-- Notesnook Sync Server (streetwriters/notesnook-sync-server), commit 8b610e0952a0b23134a581a5e8787d98bb693600 (AGPL-3.0)
-- End-to-end encrypted note-taking sync server (ASP.NET Core on MongoDB): Notesnook.API (sync collections, user
-- settings, monographs = published notes, sync devices, inbox), Streetwriters.Identity (ASP.NET Identity users and
-- roles through AspNetCore.Identity.Mongo, IdentityServer4 persisted grants).
-- MongoDB has no SQL schema upstream: each collection is one table named after the collection, `_id` first, then one
-- column per BSON element of the C# model in declaration order with the element names the driver writes (see
-- notesnook.md). Embedded documents and arrays are JSON columns. Only the indexes the code creates are keys.

CREATE TABLE `attachments` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebooks` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relations` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminders` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settingsv2` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shortcuts` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `colors` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vaults` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_items_history` (
  `_id` CHAR(24) NOT NULL,
  `DateSynced` BIGINT NOT NULL,
  `UserId` VARCHAR(255),
  `IV` TEXT NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `ItemId` VARCHAR(255),
  `Length` BIGINT NOT NULL,
  `Version` DOUBLE NOT NULL,
  `KeyVersion` INT,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_items` (
  `_id` CHAR(24) NOT NULL,
  `Cipher` LONGTEXT NOT NULL,
  `UserId` VARCHAR(255),
  `ItemId` VARCHAR(255),
  `Version` DOUBLE NOT NULL,
  `Algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `_id` CHAR(24) NOT NULL,
  `UserId` VARCHAR(255) NOT NULL,
  `LastSynced` BIGINT NOT NULL,
  `Salt` VARCHAR(255) NOT NULL,
  `VaultKey` JSON,
  `AttachmentsKey` JSON,
  `MonographPasswordsKey` JSON,
  `DataEncryptionKey` JSON,
  `LegacyDataEncryptionKey` JSON,
  `InboxKeys` JSON,
  `StorageLimit` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monographs` (
  `_id` CHAR(24) NOT NULL,
  `ItemId` VARCHAR(255),
  `Title` TEXT,
  `Slug` VARCHAR(255),
  `UserId` VARCHAR(255),
  `SelfDestruct` TINYINT(1) NOT NULL,
  `EncryptedContent` JSON,
  `DatePublished` BIGINT NOT NULL,
  `CompressedContent` LONGBLOB,
  `Password` JSON,
  `Deleted` TINYINT(1) NOT NULL,
  `ViewCount` INT NOT NULL,
  `ContentSanitizationLevel` INT NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `_id` CHAR(24) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `platforms` JSON NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  `userTypes` JSON NOT NULL,
  `appVersion` INT NOT NULL,
  `body` JSON NOT NULL,
  `userIds` JSON,
  `title` TEXT,
  `description` TEXT,
  `callToActions` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sync_devices` (
  `_id` CHAR(24) NOT NULL,
  `UserId` VARCHAR(255) NOT NULL,
  `DeviceId` VARCHAR(255) NOT NULL,
  `LastAccessTime` BIGINT NOT NULL,
  `IsSyncReset` TINYINT(1) NOT NULL,
  `AppVersion` VARCHAR(255),
  `DatabaseVersion` VARCHAR(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_ids_chunks` (
  `_id` CHAR(24) NOT NULL,
  `UserId` VARCHAR(255) NOT NULL,
  `DeviceId` VARCHAR(255) NOT NULL,
  `Key` VARCHAR(255) NOT NULL,
  `Ids` JSON NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_api_keys` (
  `_id` CHAR(24) NOT NULL,
  `UserId` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Key` VARCHAR(255) NOT NULL,
  `DateCreated` BIGINT NOT NULL,
  `ExpiryDate` BIGINT NOT NULL,
  `LastUsedAt` BIGINT NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `UserName` VARCHAR(255),
  `NormalizedUserName` VARCHAR(255),
  `Email` VARCHAR(255),
  `NormalizedEmail` VARCHAR(255),
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `PasswordHash` TEXT,
  `SecurityStamp` TEXT,
  `ConcurrencyStamp` TEXT,
  `PhoneNumber` TEXT,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(3),
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `Roles` JSON,
  `Claims` JSON,
  `Logins` JSON,
  `Tokens` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `_id` CHAR(24) NOT NULL,
  `Name` VARCHAR(255),
  `NormalizedName` VARCHAR(255),
  `ConcurrencyStamp` TEXT,
  `Claims` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persistedGrants` (
  `_id` CHAR(24) NOT NULL,
  `Key` VARCHAR(255),
  `Type` VARCHAR(255),
  `SubjectId` VARCHAR(255),
  `SessionId` VARCHAR(255),
  `ClientId` VARCHAR(255),
  `Description` VARCHAR(255),
  `CreationTime` DATETIME(3) NOT NULL,
  `Expiration` DATETIME(3),
  `ConsumedTime` DATETIME(3),
  `Data` LONGTEXT,
  PRIMARY KEY (`_id`),
  KEY `Expiration_-1` (`Expiration`),
  KEY `Key_1` (`Key`),
  KEY `SubjectId_1` (`SubjectId`),
  KEY `ClientId_1_SubjectId_1` (`ClientId`, `SubjectId`),
  KEY `ClientId_1_SubjectId_1_Type_1` (`ClientId`, `SubjectId`, `Type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


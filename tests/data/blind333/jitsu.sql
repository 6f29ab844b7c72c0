-- Jitsu (Jitsu "Next", 2.x): console database (PostgreSQL via Prisma), events log and metrics tables (ClickHouse)
-- and the enterprise API's key-value store (PostgreSQL).
-- Source: github.com/jitsucom/jitsu, commit 56b5a268a1cdf78c18d23def1b52bf220df4bfc6 (MIT):
--   webapps/console/prisma/schema.prisma (24 models, written as MySQL by hand, see jitsu.md),
--   webapps/console/prisma/events_log.sql and metrics.sql (ClickHouse), webapps/ee-api/scripts/sql/01-kv-schema.sql
--   and 05-stat-cache.sql (PostgreSQL schema newjitsuee).

-- PostgreSQL (Prisma schema, schema newjitsu)
CREATE TABLE `EmailLog` (
  `id` VARCHAR(191) NOT NULL,
  `time` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `email` JSON NOT NULL,
  `error` TEXT,
  `previewUrl` TEXT,
  `messageId` TEXT,
  `status` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `UserProfile` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `admin` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `loginProvider` VARCHAR(191) NOT NULL,
  `externalUsername` TEXT,
  `externalId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserProfile_loginProvider_externalId_key` (`loginProvider`, `externalId`)
) ENGINE=InnoDB;

CREATE TABLE `UserPassword` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` VARCHAR(191) NOT NULL,
  `hash` TEXT NOT NULL,
  `changeAtNextLogin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserPassword_userId_key` (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `UserProfile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `Workspace` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` VARCHAR(191),
  `featuresEnabled` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Workspace_slug_key` (`slug`)
) ENGINE=InnoDB;

CREATE TABLE `UserPreferences` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191),
  `scope` TEXT,
  `preferences` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `UserProfile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `WorkspaceOptions` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `workspaceId` VARCHAR(191) NOT NULL,
  `namespace` TEXT NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `WorkspaceAccess` (
  `workspaceId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`userId`, `workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `UserProfile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `WorkspaceUserProperties` (
  `workspaceId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `lastUsed` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`workspaceId`, `userId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `UserProfile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `UserApiToken` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUsed` DATETIME(3),
  `hint` TEXT NOT NULL,
  `hash` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `UserProfile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `InvitationToken` (
  `id` VARCHAR(191) NOT NULL,
  `workspaceId` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `token` TEXT NOT NULL,
  `usedBy` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ConfigurationObject` (
  `id` VARCHAR(191) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `type` TEXT NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `config` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `ConfigurationObjectLink` (
  `id` VARCHAR(191) NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `type` TEXT,
  `data` JSON,
  `workspaceId` VARCHAR(191) NOT NULL,
  `fromId` VARCHAR(191) NOT NULL,
  `toId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`fromId`) REFERENCES `ConfigurationObject` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`toId`) REFERENCES `ConfigurationObject` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `ConnectorPackage` (
  `id` VARCHAR(191) NOT NULL,
  `packageId` TEXT NOT NULL,
  `packageType` TEXT NOT NULL,
  `meta` JSON,
  `logoSvg` LONGBLOB,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `AuditLog` (
  `id` VARCHAR(191) NOT NULL,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `type` TEXT NOT NULL,
  `userId` TEXT,
  `workspaceId` TEXT,
  `objectId` TEXT,
  `changes` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `GlobalProps` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `value` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `source_spec` (
  `package` VARCHAR(191) NOT NULL,
  `version` VARCHAR(191) NOT NULL,
  `specs` JSON,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `error` TEXT,
  PRIMARY KEY (`package`, `version`)
) ENGINE=InnoDB;

CREATE TABLE `source_check` (
  `package` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `status` TEXT NOT NULL,
  `description` TEXT,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

CREATE TABLE `source_catalog` (
  `package` VARCHAR(191) NOT NULL,
  `version` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `catalog` JSON,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `status` TEXT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`package`, `version`, `key`)
) ENGINE=InnoDB;

CREATE TABLE `source_state` (
  `sync_id` VARCHAR(191) NOT NULL,
  `stream` VARCHAR(191) NOT NULL,
  `state` JSON NOT NULL,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`sync_id`, `stream`)
) ENGINE=InnoDB;

CREATE TABLE `source_task` (
  `sync_id` TEXT NOT NULL,
  `task_id` VARCHAR(191) NOT NULL,
  `package` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `started_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `started_by` JSON,
  `status` TEXT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`task_id`)
) ENGINE=InnoDB;

CREATE TABLE `task_log` (
  `id` CHAR(36) NOT NULL,
  `level` TEXT NOT NULL,
  `logger` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `sync_id` TEXT NOT NULL,
  `task_id` TEXT NOT NULL,
  `timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ProfileBuilder` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `deleted` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `workspaceId` VARCHAR(191) NOT NULL,
  `intermediateStorageCredentials` JSON NOT NULL,
  `destinationId` VARCHAR(191) NOT NULL,
  `connectionOptions` JSON,
  `version` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`destinationId`) REFERENCES `ConfigurationObject` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `ProfileBuilderFunction` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `profileBuilderId` VARCHAR(191) NOT NULL,
  `functionId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`profileBuilderId`) REFERENCES `ProfileBuilder` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`functionId`) REFERENCES `ConfigurationObject` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `ProfileBuilderState` (
  `profileBuilderId` VARCHAR(191) NOT NULL,
  `profileBuilderVersion` INT NOT NULL,
  `instanceIndex` INT NOT NULL,
  `totalInstances` INT NOT NULL,
  `startedAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastTimestamp` DATETIME(3) NOT NULL,
  `processedUsers` INT NOT NULL,
  `totalUsers` INT NOT NULL,
  `errorUsers` INT NOT NULL,
  `speed` DOUBLE NOT NULL,
  PRIMARY KEY (`profileBuilderId`, `profileBuilderVersion`, `totalInstances`, `instanceIndex`)
) ENGINE=InnoDB;
-- ClickHouse (schema newjitsu_metrics), webapps/console/prisma/events_log.sql and metrics.sql
CREATE TABLE `events_log` (
  `timestamp` DATETIME(3) NOT NULL,
  `actorId` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `level` VARCHAR(255) NOT NULL,
  `message` LONGTEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `active_incoming` (
  `timestamp` DATETIME NOT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `messageId` TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `metrics` (
  `timestamp` DATETIME NOT NULL,
  `messageId` TEXT NOT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `streamId` VARCHAR(255) NOT NULL,
  `connectionId` VARCHAR(255) NOT NULL,
  `functionId` VARCHAR(255) NOT NULL,
  `destinationId` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `events` BIGINT NOT NULL
) ENGINE=InnoDB;

-- PostgreSQL schema newjitsuee, webapps/ee-api/scripts/sql/01-kv-schema.sql and 05-stat-cache.sql
CREATE TABLE `kvstore` (
  `id` VARCHAR(191) NOT NULL,
  `namespace` VARCHAR(191) NOT NULL,
  `obj` JSON NOT NULL,
  `expire` DATETIME(6),
  PRIMARY KEY (`id`, `namespace`)
) ENGINE=InnoDB;

CREATE TABLE `stat_cache` (
  `workspaceId` TEXT NOT NULL,
  `period` DATETIME(6),
  `events` DECIMAL(65,30) NOT NULL,
  `syncs` DECIMAL(65,30) NOT NULL DEFAULT 0
) ENGINE=InnoDB;

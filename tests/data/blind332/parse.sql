-- Parse Server 7.4.0-alpha.5 (github.com/parse-community/parse-server, commit 7ea2a2953e9202d43ddb53ded309fbd26245d45c, Apache-2.0)
-- System classes as created by upstream's PostgresStorageAdapter (npm parse-server@7.4.0-alpha.5 run against a scratch
-- PostgreSQL 15 database), read back from information_schema and written as MySQL. See parse.md.

CREATE TABLE `_SCHEMA` (
  `className` VARCHAR(120) NOT NULL,
  `schema` JSON,
  `isParseClass` TINYINT(1),
  PRIMARY KEY (`className`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_User` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `emailVerified` TINYINT(1),
  `authData` JSON,
  `_rperm` JSON,
  `_wperm` JSON,
  `_hashed_password` TEXT,
  `_email_verify_token_expires_at` DATETIME(3),
  `_email_verify_token` TEXT,
  `_account_lockout_expires_at` DATETIME(3),
  `_failed_login_count` DOUBLE,
  `_perishable_token` TEXT,
  `_perishable_token_expires_at` DATETIME(3),
  `_password_changed_at` DATETIME(3),
  `_password_history` JSON,
  PRIMARY KEY (`objectId`),
  UNIQUE KEY `_User_unique_username` (`username`),
  UNIQUE KEY `_User_unique_email` (`email`),
  KEY `case_insensitive_username` (`username`),
  KEY `case_insensitive_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Role` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `name` VARCHAR(255),
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`),
  UNIQUE KEY `_Role_unique_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Join:users:_Role` (
  `relatedId` VARCHAR(120) NOT NULL,
  `owningId` VARCHAR(120) NOT NULL,
  PRIMARY KEY (`relatedId`, `owningId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Join:roles:_Role` (
  `relatedId` VARCHAR(120) NOT NULL,
  `owningId` VARCHAR(120) NOT NULL,
  PRIMARY KEY (`relatedId`, `owningId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Session` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `user` TEXT,
  `installationId` TEXT,
  `sessionToken` TEXT,
  `expiresAt` DATETIME(3),
  `createdWith` JSON,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Installation` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `installationId` TEXT,
  `deviceToken` TEXT,
  `channels` JSON,
  `deviceType` TEXT,
  `pushType` TEXT,
  `GCMSenderId` TEXT,
  `timeZone` TEXT,
  `localeIdentifier` TEXT,
  `badge` DOUBLE,
  `appVersion` TEXT,
  `appName` TEXT,
  `appIdentifier` TEXT,
  `parseVersion` TEXT,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Product` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `productIdentifier` TEXT,
  `download` TEXT,
  `downloadName` TEXT,
  `icon` TEXT,
  `order` DOUBLE,
  `title` TEXT,
  `subtitle` TEXT,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_PushStatus` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `pushTime` TEXT,
  `source` TEXT,
  `query` TEXT,
  `payload` TEXT,
  `title` TEXT,
  `expiry` DOUBLE,
  `expiration_interval` DOUBLE,
  `status` TEXT,
  `numSent` DOUBLE,
  `numFailed` DOUBLE,
  `pushHash` TEXT,
  `errorMessage` JSON,
  `sentPerType` JSON,
  `failedPerType` JSON,
  `sentPerUTCOffset` JSON,
  `failedPerUTCOffset` JSON,
  `count` DOUBLE,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Audience` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `name` TEXT,
  `query` TEXT,
  `lastUsed` DATETIME(3),
  `timesUsed` DOUBLE,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_JobStatus` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `jobName` TEXT,
  `source` TEXT,
  `status` TEXT,
  `message` TEXT,
  `params` JSON,
  `finishedAt` DATETIME(3),
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_JobSchedule` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `jobName` TEXT,
  `description` TEXT,
  `params` TEXT,
  `startAfter` TEXT,
  `daysOfWeek` JSON,
  `timeOfDay` TEXT,
  `lastRun` DOUBLE,
  `repeatMinutes` DOUBLE,
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Hooks` (
  `functionName` TEXT,
  `className` TEXT,
  `triggerName` TEXT,
  `url` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_GlobalConfig` (
  `objectId` VARCHAR(255) NOT NULL,
  `params` JSON,
  `masterKeyOnly` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_GraphQLConfig` (
  `objectId` VARCHAR(255) NOT NULL,
  `config` JSON,
  PRIMARY KEY (`objectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_Idempotency` (
  `objectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `reqId` VARCHAR(255),
  `expire` DATETIME(3),
  `_rperm` JSON,
  `_wperm` JSON,
  PRIMARY KEY (`objectId`),
  UNIQUE KEY `_Idempotency_unique_reqId` (`reqId`),
  KEY `ttl` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

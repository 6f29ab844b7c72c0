-- SplitPro (oss-apps/split-pro), open-source Splitwise alternative: final schema of its Prisma migrations.
-- Source: github.com/oss-apps/split-pro, commit fd089df2af9b2f4c7110923932f3f7816909cd38 (MIT),
-- prisma/migrations/*/migration.sql (26 migrations, 20240224010302_init ... 20260425135751_default_currency_fields)
-- and prisma/schema.prisma. The PostgreSQL migrations were replayed by hand to their final state (columns in the
-- order PostgreSQL holds them after the ADD/DROP/RENAME steps, e.g. Expense.id last after the cuid -> uuid swap)
-- and written as MySQL: text -> text, or varchar(191) (Prisma's MySQL String) where the column is part of a
-- primary, unique or foreign key; serial -> int AUTO_INCREMENT; integer -> int; bigint -> bigint; boolean ->
-- tinyint(1); timestamp(3) -> datetime(3); timestamptz(6) -> datetime(6); double precision -> double; jsonb -> json;
-- uuid -> char(36) (the gen_random_uuid() default left out); the SplitType enum type -> enum(...); the integer
-- array User.hiddenFriendIds -> json. Primary, unique and foreign keys as the migrations leave them (the Balance and
-- GroupBalance foreign keys were dropped upstream in 20251119183616), plain indexes kept. `job` and
-- `job_run_details` are pg_cron's tables in PostgreSQL schema `cron`, modelled in schema.prisma (models `job`,
-- `job_run_details`) and referenced by ExpenseRecurrence; written here from schema.prisma without the schema name and
-- without pg_cron's function defaults (inet_server_port(), current_database(), CURRENT_USER).
-- Left out: the view BalanceView (a SELECT over Expense and ExpenseParticipant, no table), SQL functions and triggers.

CREATE TABLE `User` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `email` varchar(191) DEFAULT NULL,
  `emailVerified` datetime(3) DEFAULT NULL,
  `image` text DEFAULT NULL,
  `currency` text NOT NULL DEFAULT 'USD',
  `preferredLanguage` text NOT NULL DEFAULT '',
  `bankingId` text DEFAULT NULL,
  `obapiProviderId` text DEFAULT NULL,
  `hiddenFriendIds` json DEFAULT NULL,
  `defaultCurrency` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` varchar(191) NOT NULL,
  `userId` int NOT NULL,
  `type` text NOT NULL,
  `provider` varchar(191) NOT NULL,
  `providerAccountId` varchar(191) NOT NULL,
  `refresh_token` text DEFAULT NULL,
  `access_token` text DEFAULT NULL,
  `expires_at` int DEFAULT NULL,
  `token_type` text DEFAULT NULL,
  `scope` text DEFAULT NULL,
  `id_token` text DEFAULT NULL,
  `session_state` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Session` (
  `id` varchar(191) NOT NULL,
  `sessionToken` varchar(191) NOT NULL,
  `userId` int NOT NULL,
  `expires` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionToken_key` (`sessionToken`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VerificationToken` (
  `identifier` varchar(191) NOT NULL,
  `token` varchar(191) NOT NULL,
  `expires` datetime(3) NOT NULL,
  UNIQUE KEY `VerificationToken_token_key` (`token`),
  UNIQUE KEY `VerificationToken_identifier_token_key` (`identifier`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Balance` (
  `userId` int NOT NULL,
  `currency` varchar(191) NOT NULL,
  `friendId` int NOT NULL,
  `amount` bigint NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `importedFromSplitwise` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userId`, `currency`, `friendId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `publicId` varchar(191) NOT NULL,
  `name` text NOT NULL,
  `userId` int NOT NULL,
  `defaultCurrency` text DEFAULT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `splitwiseGroupId` varchar(191) DEFAULT NULL,
  `simplifyDebts` tinyint(1) NOT NULL DEFAULT 0,
  `archivedAt` datetime(3) DEFAULT NULL,
  `image` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Group_publicId_key` (`publicId`),
  UNIQUE KEY `Group_splitwiseGroupId_key` (`splitwiseGroupId`),
  CONSTRAINT `Group_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupUser` (
  `groupId` int NOT NULL,
  `userId` int NOT NULL,
  PRIMARY KEY (`groupId`, `userId`),
  CONSTRAINT `GroupUser_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `GroupUser_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupBalance` (
  `groupId` int NOT NULL,
  `currency` varchar(191) NOT NULL,
  `userId` int NOT NULL,
  `firendId` int NOT NULL,
  `amount` bigint NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`groupId`, `currency`, `firendId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `jobid` bigint NOT NULL AUTO_INCREMENT,
  `schedule` text NOT NULL,
  `command` text NOT NULL,
  `nodename` text NOT NULL DEFAULT 'localhost',
  `nodeport` int NOT NULL,
  `database` text NOT NULL,
  `username` varchar(191) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `jobname` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`jobid`),
  UNIQUE KEY `jobname_username_uniq` (`jobname`, `username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_run_details` (
  `jobid` bigint DEFAULT NULL,
  `runid` bigint NOT NULL AUTO_INCREMENT,
  `job_pid` int DEFAULT NULL,
  `database` text DEFAULT NULL,
  `username` text DEFAULT NULL,
  `command` text DEFAULT NULL,
  `status` text DEFAULT NULL,
  `return_message` text DEFAULT NULL,
  `start_time` datetime(6) DEFAULT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`runid`),
  CONSTRAINT `job_run_details_jobid_fkey` FOREIGN KEY (`jobid`) REFERENCES `job` (`jobid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExpenseRecurrence` (
  `id` int NOT NULL AUTO_INCREMENT,
  `jobId` bigint NOT NULL,
  `notified` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ExpenseRecurrence_jobId_key` (`jobId`),
  CONSTRAINT `ExpenseRecurrence_jobId_fkey` FOREIGN KEY (`jobId`) REFERENCES `job` (`jobid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Expense` (
  `paidBy` int NOT NULL,
  `addedBy` int NOT NULL,
  `name` text NOT NULL,
  `category` text NOT NULL,
  `amount` bigint NOT NULL,
  `splitType` enum('EQUAL','PERCENTAGE','EXACT','SHARE','ADJUSTMENT','SETTLEMENT','CURRENCY_CONVERSION') NOT NULL DEFAULT 'EQUAL',
  `expenseDate` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `currency` text NOT NULL,
  `fileKey` text DEFAULT NULL,
  `groupId` int DEFAULT NULL,
  `deletedAt` datetime(3) DEFAULT NULL,
  `deletedBy` int DEFAULT NULL,
  `updatedBy` int DEFAULT NULL,
  `transactionId` text DEFAULT NULL,
  `recurrenceId` int DEFAULT NULL,
  `id` char(36) NOT NULL,
  `conversionToId` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Expense_conversionToId_key` (`conversionToId`),
  KEY `Expense_groupId_idx` (`groupId`),
  KEY `Expense_paidBy_idx` (`paidBy`),
  CONSTRAINT `Expense_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Expense_paidBy_fkey` FOREIGN KEY (`paidBy`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Expense_addedBy_fkey` FOREIGN KEY (`addedBy`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Expense_deletedBy_fkey` FOREIGN KEY (`deletedBy`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Expense_updatedBy_fkey` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Expense_recurrenceId_fkey` FOREIGN KEY (`recurrenceId`) REFERENCES `ExpenseRecurrence` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Expense_conversionToId_fkey` FOREIGN KEY (`conversionToId`) REFERENCES `Expense` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExpenseParticipant` (
  `userId` int NOT NULL,
  `amount` bigint NOT NULL,
  `expenseId` char(36) NOT NULL,
  PRIMARY KEY (`expenseId`, `userId`),
  CONSTRAINT `ExpenseParticipant_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ExpenseParticipant_expenseId_fkey` FOREIGN KEY (`expenseId`) REFERENCES `Expense` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExpenseNote` (
  `id` varchar(191) NOT NULL,
  `note` text NOT NULL,
  `createdById` int NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expenseId` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ExpenseNote_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ExpenseNote_expenseId_fkey` FOREIGN KEY (`expenseId`) REFERENCES `Expense` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PushNotification` (
  `userId` int NOT NULL,
  `subscription` text NOT NULL,
  `endpoint` varchar(191) NOT NULL,
  PRIMARY KEY (`userId`, `endpoint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CachedCurrencyRate` (
  `from` varchar(191) NOT NULL,
  `to` varchar(191) NOT NULL,
  `date` datetime(3) NOT NULL,
  `rate` double NOT NULL,
  `lastFetched` datetime(3) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`from`, `to`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CachedBankData` (
  `id` int NOT NULL AUTO_INCREMENT,
  `obapiProviderId` varchar(191) NOT NULL,
  `data` text NOT NULL,
  `userId` int NOT NULL,
  `lastFetched` datetime(3) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `CachedBankData_obapiProviderId_key` (`obapiProviderId`),
  CONSTRAINT `CachedBankData_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupDefaultSplit` (
  `groupId` int NOT NULL,
  `splitType` enum('EQUAL','PERCENTAGE','EXACT','SHARE','ADJUSTMENT','SETTLEMENT','CURRENCY_CONVERSION') NOT NULL,
  `shares` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`groupId`),
  CONSTRAINT `GroupDefaultSplit_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FriendDefaultSplit` (
  `userAId` int NOT NULL,
  `userBId` int NOT NULL,
  `splitType` enum('EQUAL','PERCENTAGE','EXACT','SHARE','ADJUSTMENT','SETTLEMENT','CURRENCY_CONVERSION') NOT NULL,
  `shares` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`userAId`, `userBId`),
  CONSTRAINT `FriendDefaultSplit_userAId_fkey` FOREIGN KEY (`userAId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FriendDefaultSplit_userBId_fkey` FOREIGN KEY (`userBId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppMetadata` (
  `key` varchar(191) NOT NULL,
  `value` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

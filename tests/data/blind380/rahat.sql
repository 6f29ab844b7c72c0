-- Rahat platform (Rumsan / rahataid: blockchain-based cash and voucher assistance for humanitarian and anticipatory-action
-- projects: beneficiaries and their PII, groups, projects, vendors, token transactions, grievances, off-ramp cash-outs, users)
-- Upstream: github.com/rahataid/rahat-platform, commit 96fc147de8537a81ff19b47e9f4b52b6c46942e7 (MPL-2.0)
-- Source: prisma/migrations/*/migration.sql (30 Prisma migrations, PostgreSQL) replayed in PostgreSQL 15 and written
-- as MySQL from the catalogue (see rahat.md). All 30 tables.
CREATE TABLE `tbl_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `name` text,
  `gender` enum('MALE','FEMALE','OTHER','UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
  `email` text,
  `phone` text,
  `wallet` text,
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `createdBy` text,
  `updatedBy` text,
  `notes` text,
  `sessionId` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_users_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_auth_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `isSystem` tinyint(1) NOT NULL DEFAULT 0,
  `expiry` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `createdBy` int,
  `updatedBy` int,
  UNIQUE KEY `tbl_auth_roles_id_key` (`id`),
  UNIQUE KEY `tbl_auth_roles_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_auth_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `roleId` int NOT NULL,
  `action` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `inverted` tinyint(1) NOT NULL DEFAULT 0,
  `conditions` json,
  `reason` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  UNIQUE KEY `tbl_auth_permissions_id_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_users_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `roleId` int NOT NULL,
  `expiry` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_users_roles_userId_roleId_key` (`userId`, `roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_auth` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `service` enum('EMAIL','PHONE','WALLET','GOOGLE','APPLE','FACEBOOK','TWITTER','GITHUB','LINKEDIN') NOT NULL,
  `serviceId` varchar(255) NOT NULL,
  `details` json,
  `challenge` text,
  `falseAttempts` int NOT NULL DEFAULT 0,
  `isLocked` tinyint(1) NOT NULL DEFAULT 0,
  `lockedOnAt` datetime(3),
  `lastLoginAt` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_auth_service_serviceId_key` (`service`, `serviceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_auth_sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `clientId` text NOT NULL,
  `sessionId` varchar(255) NOT NULL,
  `authId` int NOT NULL,
  `ip` text,
  `details` json,
  `userAgent` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_auth_sessions_sessionId_key` (`sessionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_users_signups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `userIdentifier` text,
  `data` json,
  `status` enum('PENDING','APPROVED','FAILED','REJECTED') NOT NULL DEFAULT 'PENDING',
  `rejectedReason` text,
  `approvedBy` int,
  `approvedAt` datetime(3),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_users_signups_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_settings` (
  `name` varchar(255) NOT NULL,
  `value` json NOT NULL,
  `dataType` enum('STRING','NUMBER','BOOLEAN','OBJECT') NOT NULL,
  `requiredFields` json,
  `isReadOnly` tinyint(1) NOT NULL DEFAULT 0,
  `isPrivate` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`name`),
  UNIQUE KEY `tbl_settings_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_beneficiaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `gender` enum('MALE','FEMALE','OTHER','UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
  `walletAddress` varchar(255) NOT NULL,
  `birthDate` datetime(3),
  `age` int,
  `location` text,
  `latitude` double,
  `longitude` double,
  `extras` json,
  `notes` text,
  `bankedStatus` enum('UNKNOWN','UNBANKED','BANKED','UNDER_BANKED') NOT NULL DEFAULT 'UNKNOWN',
  `internetStatus` enum('UNKNOWN','NO_INTERNET','HOME_INTERNET','MOBILE_INTERNET') NOT NULL DEFAULT 'UNKNOWN',
  `phoneStatus` enum('UNKNOWN','NO_PHONE','FEATURE_PHONE','SMART_PHONE') NOT NULL DEFAULT 'UNKNOWN',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `isVerified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `tbl_beneficiaries_deletedAt_idx` (`deletedAt`),
  UNIQUE KEY `tbl_beneficiaries_uuid_key` (`uuid`),
  UNIQUE KEY `tbl_beneficiaries_walletAddress_key` (`walletAddress`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_grouped_beneficiaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `beneficiaryGroupId` char(36) NOT NULL,
  `beneficiaryId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_grouped_beneficiaries_beneficiaryGroupId_beneficiaryId_key` (`beneficiaryGroupId`, `beneficiaryId`),
  KEY `tbl_grouped_beneficiaries_beneficiaryGroupId_idx` (`beneficiaryGroupId`),
  KEY `tbl_grouped_beneficiaries_beneficiaryId_idx` (`beneficiaryId`),
  KEY `tbl_grouped_beneficiaries_deletedAt_idx` (`deletedAt`),
  UNIQUE KEY `tbl_grouped_beneficiaries_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_beneficiaries_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `groupPurpose` enum('BANK_TRANSFER','MOBILE_MONEY','COMMUNICATION'),
  PRIMARY KEY (`id`),
  KEY `tbl_beneficiaries_group_deletedAt_idx` (`deletedAt`),
  UNIQUE KEY `tbl_beneficiaries_group_name_key` (`name`),
  UNIQUE KEY `tbl_beneficiaries_group_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_beneficiaries_gorup_projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `projectId` char(36) NOT NULL,
  `beneficiaryGroupId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  KEY `tbl_beneficiaries_gorup_projects_beneficiaryGroupId_idx` (`beneficiaryGroupId`),
  KEY `tbl_beneficiaries_gorup_projects_deletedAt_idx` (`deletedAt`),
  UNIQUE KEY `tbl_beneficiaries_gorup_projects_projectId_beneficiaryGroup_key` (`projectId`, `beneficiaryGroupId`),
  KEY `tbl_beneficiaries_gorup_projects_projectId_idx` (`projectId`),
  UNIQUE KEY `tbl_beneficiaries_gorup_projects_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_beneficiaries_projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `projectId` char(36) NOT NULL,
  `beneficiaryId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  KEY `tbl_beneficiaries_projects_beneficiaryId_idx` (`beneficiaryId`),
  KEY `tbl_beneficiaries_projects_deletedAt_idx` (`deletedAt`),
  UNIQUE KEY `tbl_beneficiaries_projects_projectId_beneficiaryId_key` (`projectId`, `beneficiaryId`),
  KEY `tbl_beneficiaries_projects_projectId_idx` (`projectId`),
  UNIQUE KEY `tbl_beneficiaries_projects_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_beneficiaries_pii` (
  `beneficiaryId` int NOT NULL,
  `name` text,
  `phone` varchar(255) NOT NULL,
  `email` text,
  `extras` json,
  UNIQUE KEY `tbl_beneficiaries_pii_beneficiaryId_key` (`beneficiaryId`),
  UNIQUE KEY `tbl_beneficiaries_pii_phone_key` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `status` enum('NOT_READY','ACTIVE','CLOSED') NOT NULL DEFAULT 'NOT_READY',
  `type` text NOT NULL,
  `contractAddress` text,
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_projects_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_stats` (
  `name` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `group` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  PRIMARY KEY (`name`),
  UNIQUE KEY `tbl_stats_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_vendors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` text NOT NULL,
  `email` text,
  `phone` text,
  `location` text,
  `wallet` text,
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_vendors_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_projects_vendors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `projectId` char(36) NOT NULL,
  `vendorId` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `extras` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_projects_vendors_projectId_vendorId_key` (`projectId`, `vendorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `projectId` char(36) NOT NULL,
  `beneficiaryId` char(36) NOT NULL,
  `vendorId` char(36) NOT NULL,
  `amount` double NOT NULL,
  `currency` text NOT NULL,
  `status` enum('PENDING','APPROVED','REJECTED','FAILED') NOT NULL DEFAULT 'PENDING',
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_transactions_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_grievances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `reportedBy` text NOT NULL,
  `reporterUserId` int NOT NULL,
  `reporterContact` text NOT NULL,
  `title` text NOT NULL,
  `type` enum('TECHNICAL','OPERATIONAL','FINANCIAL','OTHER') NOT NULL,
  `projectId` char(36) NOT NULL,
  `description` text NOT NULL,
  `status` enum('NEW','IN_PROGRESS','RESOLVED','CLOSED','REJECTED') NOT NULL DEFAULT 'NEW',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `deletedAt` datetime(3),
  `priority` enum('LOW','MEDIUM','HIGH','CRITICAL') NOT NULL DEFAULT 'LOW',
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_grievances_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_temp_beneficiaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `firstName` text NOT NULL,
  `lastName` text NOT NULL,
  `govtIDNumber` text,
  `gender` enum('MALE','FEMALE','OTHER','UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
  `birthDate` datetime(3),
  `walletAddress` text NOT NULL,
  `phone` text,
  `email` text,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `location` text,
  `latitude` double,
  `longitude` double,
  `notes` text,
  `bankedStatus` enum('UNKNOWN','UNBANKED','BANKED','UNDER_BANKED') NOT NULL DEFAULT 'UNKNOWN',
  `internetStatus` enum('UNKNOWN','NO_INTERNET','HOME_INTERNET','MOBILE_INTERNET') NOT NULL DEFAULT 'UNKNOWN',
  `phoneStatus` enum('UNKNOWN','NO_PHONE','FEATURE_PHONE','SMART_PHONE') NOT NULL DEFAULT 'UNKNOWN',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `extras` json,
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_temp_beneficiaries_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_temp_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_temp_group_name_key` (`name`),
  UNIQUE KEY `tbl_temp_group_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_temp_beneficiary_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `tempGroupUID` char(36) NOT NULL,
  `tempBenefUID` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_temp_beneficiary_group_tempGroupUID_tempBenefUID_key` (`tempGroupUID`, `tempBenefUID`),
  UNIQUE KEY `tbl_temp_beneficiary_group_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` text NOT NULL,
  `symbol` varchar(255) NOT NULL,
  `description` text,
  `decimals` int NOT NULL,
  `initialSupply` int NOT NULL,
  `fromBlock` int NOT NULL,
  `contractAddress` varchar(255) NOT NULL,
  `transactionHash` varchar(255),
  `type` enum('IMPORTED','CREATED') NOT NULL DEFAULT 'CREATED',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` int,
  `updatedAt` datetime(3),
  `updatedBy` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_tokens_contractAddress_key` (`contractAddress`),
  UNIQUE KEY `tbl_tokens_fromBlock_key` (`fromBlock`),
  UNIQUE KEY `tbl_tokens_symbol_key` (`symbol`),
  UNIQUE KEY `tbl_tokens_transactionHash_key` (`transactionHash`),
  UNIQUE KEY `tbl_tokens_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_auth_apps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `nonceMessage` text,
  `createdBy` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_auth_apps_address_key` (`address`),
  UNIQUE KEY `tbl_auth_apps_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_kobo_beneficiaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` text NOT NULL,
  `gender` enum('MALE','FEMALE','OTHER','UNKNOWN') NOT NULL DEFAULT 'UNKNOWN',
  `type` enum('SALE','LEAD','HOME_VISIT') NOT NULL DEFAULT 'SALE',
  `phone` text NOT NULL,
  `age` int,
  `email` text,
  `wallet` text,
  `leadInterests` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `status` enum('PENDING','FAILED','SUCCESS') NOT NULL DEFAULT 'PENDING',
  `extras` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_kobo_beneficiaries_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_offramps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `chain` text NOT NULL,
  `token` text NOT NULL,
  `senderAddress` text NOT NULL,
  `amount` double NOT NULL,
  `requestId` varchar(255),
  `escrowAddress` text,
  `status` enum('PENDING','PROCESSING','COMPLETED','FAILED') NOT NULL DEFAULT 'PENDING',
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `createdBy` int,
  `updatedBy` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_offramps_requestId_key` (`requestId`),
  UNIQUE KEY `tbl_offramps_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_offramp_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `requestId` varchar(255) NOT NULL,
  `txHash` text NOT NULL,
  `walletId` text,
  `customerKey` text,
  `chain` text,
  `token` text,
  `referenceId` text,
  `status` enum('PENDING','PROCESSING','COMPLETED','FAILED') NOT NULL DEFAULT 'PENDING',
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `createdBy` int,
  `updatedBy` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_offramp_transactions_requestId_key` (`requestId`),
  UNIQUE KEY `tbl_offramp_transactions_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_offramp_providers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `config` json NOT NULL,
  `extras` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `createdBy` int,
  `updatedBy` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tbl_offramp_providers_name_key` (`name`),
  UNIQUE KEY `tbl_offramp_providers_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tbl_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `projectId` char(36),
  `description` text NOT NULL,
  `group` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `notify` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `tbl_auth_permissions` ADD CONSTRAINT `tbl_auth_permissions_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `tbl_auth_roles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_users_roles` ADD CONSTRAINT `tbl_users_roles_roleId_fkey` FOREIGN KEY (`roleId`) REFERENCES `tbl_auth_roles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_users_roles` ADD CONSTRAINT `tbl_users_roles_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `tbl_users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_auth` ADD CONSTRAINT `tbl_auth_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `tbl_users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_auth_sessions` ADD CONSTRAINT `tbl_auth_sessions_authId_fkey` FOREIGN KEY (`authId`) REFERENCES `tbl_auth` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_users_signups` ADD CONSTRAINT `tbl_users_signups_approvedBy_fkey` FOREIGN KEY (`approvedBy`) REFERENCES `tbl_users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `tbl_grouped_beneficiaries` ADD CONSTRAINT `tbl_grouped_beneficiaries_beneficiaryGroupId_fkey` FOREIGN KEY (`beneficiaryGroupId`) REFERENCES `tbl_beneficiaries_group` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_grouped_beneficiaries` ADD CONSTRAINT `tbl_grouped_beneficiaries_beneficiaryId_fkey` FOREIGN KEY (`beneficiaryId`) REFERENCES `tbl_beneficiaries` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_beneficiaries_gorup_projects` ADD CONSTRAINT `tbl_beneficiaries_gorup_projects_beneficiaryGroupId_fkey` FOREIGN KEY (`beneficiaryGroupId`) REFERENCES `tbl_beneficiaries_group` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_beneficiaries_gorup_projects` ADD CONSTRAINT `tbl_beneficiaries_gorup_projects_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `tbl_projects` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_beneficiaries_projects` ADD CONSTRAINT `tbl_beneficiaries_projects_beneficiaryId_fkey` FOREIGN KEY (`beneficiaryId`) REFERENCES `tbl_beneficiaries` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_beneficiaries_projects` ADD CONSTRAINT `tbl_beneficiaries_projects_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `tbl_projects` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_beneficiaries_pii` ADD CONSTRAINT `tbl_beneficiaries_pii_beneficiaryId_fkey` FOREIGN KEY (`beneficiaryId`) REFERENCES `tbl_beneficiaries` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_projects_vendors` ADD CONSTRAINT `tbl_projects_vendors_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `tbl_projects` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_projects_vendors` ADD CONSTRAINT `tbl_projects_vendors_vendorId_fkey` FOREIGN KEY (`vendorId`) REFERENCES `tbl_users` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_grievances` ADD CONSTRAINT `tbl_grievances_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `tbl_projects` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_grievances` ADD CONSTRAINT `tbl_grievances_reporterUserId_fkey` FOREIGN KEY (`reporterUserId`) REFERENCES `tbl_users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_temp_beneficiary_group` ADD CONSTRAINT `tbl_temp_beneficiary_group_tempBenefUID_fkey` FOREIGN KEY (`tempBenefUID`) REFERENCES `tbl_temp_beneficiaries` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_temp_beneficiary_group` ADD CONSTRAINT `tbl_temp_beneficiary_group_tempGroupUID_fkey` FOREIGN KEY (`tempGroupUID`) REFERENCES `tbl_temp_group` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `tbl_offramp_transactions` ADD CONSTRAINT `tbl_offramp_transactions_requestId_fkey` FOREIGN KEY (`requestId`) REFERENCES `tbl_offramps` (`requestId`) ON DELETE RESTRICT;
ALTER TABLE `tbl_notifications` ADD CONSTRAINT `tbl_notifications_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `tbl_projects` (`uuid`) ON DELETE SET NULL ON UPDATE CASCADE;

-- Ballerine — open-source KYC/KYB onboarding, risk and transaction-monitoring platform (workflows-service)
-- Upstream: github.com/ballerine-io/ballerine, commit b4dfff6925468a9f565f584f1621bce193e04548, services/workflows-service/prisma
-- (MIT per the monorepo's LICENSE rules; parts of the monorepo default to the Elastic License 2.0)
-- Source: services/workflows-service/prisma/migrations/*/migration.sql (84 Prisma migrations, 20230312 …
-- 20241009) replayed in order into PostgreSQL 15 (the three that only create PL/V8 JSON-merge functions failed for
-- want of the plv8 extension: no table or column comes from them), checked against prisma/schema.prisma (same
-- columns in every model), read back from the catalog and written as MySQL/MariaDB DDL by a script: table and
-- column names and order as PostgreSQL holds them; text -> TEXT (VARCHAR(255) where the column is in a key),
-- varchar(n) kept, jsonb -> JSON, arrays (enum[] / text[]) -> TEXT, timestamp(3) -> DATETIME(3), double -> DOUBLE,
-- uuid -> CHAR(36), boolean -> TINYINT(1), PostgreSQL enums -> ENUM; primary keys, unique constraints / plain unique
-- indexes and foreign keys kept; defaults, partial, expression and GIN indexes, other indexes and functions left out.
-- All 25 tables are kept (with Prisma's implicit many-to-many table `_BusinessToEndUser`).

CREATE TABLE `Customer` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `displayName` TEXT NOT NULL,
  `logoImageUri` TEXT NOT NULL,
  `customerStatus` ENUM('onboarding','during_pilot','active','terminated') NOT NULL,
  `authenticationConfiguration` JSON,
  `country` TEXT,
  `language` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `websiteUrl` TEXT,
  `faviconImageUri` TEXT NOT NULL,
  `subscriptions` JSON,
  `config` JSON,
  `features` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Customer_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataMigrationVersion` (
  `id` VARCHAR(255) NOT NULL,
  `version` TEXT NOT NULL,
  `migratedAt` DATETIME(3) NOT NULL,
  `status` ENUM('in_progress','completed','failed') NOT NULL,
  `failureReason` TEXT,
  `fileName` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataSync` (
  `id` VARCHAR(255) NOT NULL,
  `table` ENUM('WorkflowDefinition','UiDefinition','AlertDefinition') NOT NULL,
  `crossEnvKey` VARCHAR(255) NOT NULL,
  `fullDataHash` TEXT NOT NULL,
  `status` ENUM('new','synced','unsynced','pending_approval','failed') NOT NULL,
  `diff` JSON,
  `failureReason` TEXT,
  `auditLog` JSON,
  `syncedColumns` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `lastCheckAt` DATETIME(3),
  `lastSyncAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `DataSync_table_crossEnvKey_key` (`table`, `crossEnvKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Entities` (
  `id` VARCHAR(255) NOT NULL,
  `firstName` TEXT NOT NULL,
  `lastName` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `password` TEXT NOT NULL,
  `roles` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Entities_email_key` (`email`),
  UNIQUE KEY `Entities_phone_key` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Policy` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `version` INT NOT NULL,
  `tasks` JSON NOT NULL,
  `rulesSets` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Project` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `customerId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Project_name_customerId_key` (`name`, `customerId`),
  CONSTRAINT `Project_customerId_fkey` FOREIGN KEY (`customerId`) REFERENCES `Customer` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SalesforceIntegration` (
  `id` VARCHAR(500) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `projectId` VARCHAR(500) NOT NULL,
  `accessToken` VARCHAR(500) NOT NULL,
  `accessTokenIssuedAt` DATETIME(3) NOT NULL,
  `refreshToken` VARCHAR(500) NOT NULL,
  `instanceUrl` VARCHAR(500) NOT NULL,
  `userId` VARCHAR(500) NOT NULL,
  `organizationId` VARCHAR(500) NOT NULL,
  `idUrl` VARCHAR(500) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SalesforceIntegration_projectId_key` (`projectId`),
  CONSTRAINT `SalesforceIntegration_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` VARCHAR(255) NOT NULL,
  `firstName` TEXT NOT NULL,
  `lastName` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `password` TEXT NOT NULL,
  `roles` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastActiveAt` DATETIME(3),
  `avatarUrl` TEXT,
  `status` ENUM('Active','Blocked','Deleted') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_phone_key` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserToProject` (
  `userId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`projectId`, `userId`),
  CONSTRAINT `UserToProject_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `UserToProject_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkflowDefinition` (
  `id` VARCHAR(255) NOT NULL,
  `reviewMachineId` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `definitionType` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `contextSchema` JSON,
  `config` JSON,
  `extensions` JSON,
  `persistStates` JSON,
  `submitStates` JSON,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `isPublic` TINYINT(1) NOT NULL,
  `projectId` VARCHAR(255),
  `documentsSchema` JSON,
  `variant` TEXT NOT NULL,
  `displayName` TEXT,
  `crossEnvKey` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkflowDefinition_name_version_projectId_definitionType_key` (`name`, `version`, `projectId`, `definitionType`),
  UNIQUE KEY `WorkflowDefinition_crossEnvKey_key` (`crossEnvKey`),
  CONSTRAINT `WorkflowDefinition_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AlertDefinition` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `description` TEXT,
  `projectId` VARCHAR(255) NOT NULL,
  `rulesetId` TEXT,
  `ruleId` TEXT,
  `inlineRule` JSON NOT NULL,
  `createdBy` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `defaultSeverity` ENUM('100','200','300','400') NOT NULL,
  `tags` TEXT,
  `additionalInfo` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedBy` TEXT,
  `updatedAt` DATETIME(3) NOT NULL,
  `correlationId` VARCHAR(255) NOT NULL,
  `dedupeStrategy` JSON NOT NULL,
  `monitoringType` ENUM('transaction_monitoring','ongoing_merchant_monitoring') NOT NULL,
  `crossEnvKey` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AlertDefinition_crossEnvKey_key` (`crossEnvKey`),
  UNIQUE KEY `AlertDefinition_correlationId_projectId_key` (`correlationId`, `projectId`),
  CONSTRAINT `AlertDefinition_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKey` (
  `id` VARCHAR(255) NOT NULL,
  `customerId` VARCHAR(255) NOT NULL,
  `hashedKey` VARCHAR(255) NOT NULL,
  `validUntil` DATETIME(3),
  `additionalInfo` JSON,
  `rotationInfo` JSON,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ApiKey_hashedKey_key` (`hashedKey`),
  CONSTRAINT `ApiKey_customerId_fkey` FOREIGN KEY (`customerId`) REFERENCES `Customer` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Business` (
  `id` VARCHAR(255) NOT NULL,
  `correlationId` VARCHAR(255),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `companyName` TEXT NOT NULL,
  `registrationNumber` TEXT,
  `legalForm` TEXT,
  `countryOfIncorporation` TEXT,
  `dateOfIncorporation` DATETIME(3),
  `phoneNumber` TEXT,
  `email` TEXT,
  `website` TEXT,
  `industry` TEXT,
  `taxIdentificationNumber` TEXT,
  `vatNumber` TEXT,
  `shareholderStructure` JSON,
  `numberOfEmployees` INT,
  `businessPurpose` TEXT,
  `documents` JSON,
  `approvalState` ENUM('APPROVED','REJECTED','PROCESSING','NEW') NOT NULL,
  `additionalInfo` JSON,
  `avatarUrl` TEXT,
  `country` TEXT,
  `bankInformation` JSON,
  `address` JSON,
  `businessType` TEXT,
  `projectId` VARCHAR(255) NOT NULL,
  `mccCode` INT,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Business_projectId_correlationId_key` (`projectId`, `correlationId`),
  CONSTRAINT `Business_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BusinessReport` (
  `id` VARCHAR(255) NOT NULL,
  `type` ENUM('ONGOING_MERCHANT_REPORT_T1','MERCHANT_REPORT_T1','MERCHANT_REPORT_T1_LITE') NOT NULL,
  `report` JSON NOT NULL,
  `businessId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `reportId` VARCHAR(255),
  `riskScore` INT,
  `status` ENUM('in_progress','completed','new') NOT NULL,
  `batchId` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `BusinessReport_reportId_key` (`reportId`),
  CONSTRAINT `BusinessReport_businessId_fkey` FOREIGN KEY (`businessId`) REFERENCES `Business` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `BusinessReport_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EndUser` (
  `id` VARCHAR(255) NOT NULL,
  `correlationId` VARCHAR(255),
  `endUserType` TEXT,
  `approvalState` ENUM('APPROVED','REJECTED','PROCESSING','NEW') NOT NULL,
  `stateReason` TEXT,
  `firstName` TEXT NOT NULL,
  `lastName` TEXT NOT NULL,
  `email` TEXT,
  `phone` TEXT,
  `dateOfBirth` DATETIME(3),
  `avatarUrl` TEXT,
  `additionalInfo` JSON,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `country` TEXT,
  `nationalId` TEXT,
  `isContactPerson` TINYINT(1) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `activeMonitorings` JSON NOT NULL,
  `amlHits` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EndUser_projectId_correlationId_key` (`projectId`, `correlationId`),
  CONSTRAINT `EndUser_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EndUsersOnBusinesses` (
  `endUserId` VARCHAR(255) NOT NULL,
  `businessId` VARCHAR(255) NOT NULL,
  `position` TEXT,
  PRIMARY KEY (`endUserId`, `businessId`),
  CONSTRAINT `EndUsersOnBusinesses_businessId_fkey` FOREIGN KEY (`businessId`) REFERENCES `Business` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `EndUsersOnBusinesses_endUserId_fkey` FOREIGN KEY (`endUserId`) REFERENCES `EndUser` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `File` (
  `id` VARCHAR(255) NOT NULL,
  `userId` TEXT NOT NULL,
  `fileNameOnDisk` TEXT NOT NULL,
  `uri` TEXT NOT NULL,
  `fileNameInBucket` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `mimeType` TEXT,
  `fileName` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `File_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Filter` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `entity` TEXT NOT NULL,
  `query` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Filter_name_projectId_key` (`name`, `projectId`),
  CONSTRAINT `Filter_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UiDefinition` (
  `id` VARCHAR(255) NOT NULL,
  `workflowDefinitionId` VARCHAR(255) NOT NULL,
  `uiContext` ENUM('back_office','collection_flow') NOT NULL,
  `page` INT,
  `state` TEXT,
  `definition` JSON,
  `uiSchema` JSON NOT NULL,
  `schemaOptions` JSON,
  `uiOptions` JSON,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3),
  `locales` JSON,
  `displayName` TEXT,
  `name` TEXT,
  `crossEnvKey` VARCHAR(255),
  `theme` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UiDefinition_crossEnvKey_key` (`crossEnvKey`),
  CONSTRAINT `UiDefinition_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `UiDefinition_workflowDefinitionId_fkey` FOREIGN KEY (`workflowDefinitionId`) REFERENCES `WorkflowDefinition` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkflowRuntimeData` (
  `id` VARCHAR(255) NOT NULL,
  `endUserId` VARCHAR(255),
  `businessId` VARCHAR(255),
  `assigneeId` VARCHAR(255),
  `workflowDefinitionId` VARCHAR(255) NOT NULL,
  `workflowDefinitionVersion` INT NOT NULL,
  `context` JSON NOT NULL,
  `state` TEXT,
  `status` ENUM('active','completed','failed') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdBy` TEXT NOT NULL,
  `resolvedAt` DATETIME(3),
  `config` JSON,
  `assignedAt` DATETIME(3),
  `parent_runtime_data_id` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `tags` JSON,
  `salesforceObjectName` TEXT,
  `salesforceRecordId` TEXT,
  `uiDefinitionId` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `WorkflowRuntimeData_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `WorkflowRuntimeData_businessId_fkey` FOREIGN KEY (`businessId`) REFERENCES `Business` (`id`) ON DELETE SET NULL,
  CONSTRAINT `WorkflowRuntimeData_endUserId_fkey` FOREIGN KEY (`endUserId`) REFERENCES `EndUser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `WorkflowRuntimeData_parent_runtime_data_id_fkey` FOREIGN KEY (`parent_runtime_data_id`) REFERENCES `WorkflowRuntimeData` (`id`) ON DELETE SET NULL,
  CONSTRAINT `WorkflowRuntimeData_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `WorkflowRuntimeData_uiDefinitionId_fkey` FOREIGN KEY (`uiDefinitionId`) REFERENCES `UiDefinition` (`id`) ON DELETE SET NULL,
  CONSTRAINT `WorkflowRuntimeData_workflowDefinitionId_fkey` FOREIGN KEY (`workflowDefinitionId`) REFERENCES `WorkflowDefinition` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkflowRuntimeDataToken` (
  `id` VARCHAR(255) NOT NULL,
  `token` CHAR(36) NOT NULL,
  `workflowRuntimeDataId` VARCHAR(255) NOT NULL,
  `endUserId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `deletedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `WorkflowRuntimeDataToken_token_key` (`token`),
  CONSTRAINT `WorkflowRuntimeDataToken_endUserId_fkey` FOREIGN KEY (`endUserId`) REFERENCES `EndUser` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `WorkflowRuntimeDataToken_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `WorkflowRuntimeDataToken_workflowRuntimeDataId_fkey` FOREIGN KEY (`workflowRuntimeDataId`) REFERENCES `WorkflowRuntimeData` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_BusinessToEndUser` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  UNIQUE KEY `_BusinessToEndUser_AB_unique` (`A`, `B`),
  CONSTRAINT `_BusinessToEndUser_A_fkey` FOREIGN KEY (`A`) REFERENCES `Business` (`id`) ON DELETE CASCADE,
  CONSTRAINT `_BusinessToEndUser_B_fkey` FOREIGN KEY (`B`) REFERENCES `EndUser` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Counterparty` (
  `id` VARCHAR(255) NOT NULL,
  `correlationId` VARCHAR(255),
  `additionalInfo` JSON,
  `businessId` VARCHAR(255),
  `endUserId` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Counterparty_projectId_correlationId_key` (`projectId`, `correlationId`),
  CONSTRAINT `Counterparty_businessId_fkey` FOREIGN KEY (`businessId`) REFERENCES `Business` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Counterparty_endUserId_fkey` FOREIGN KEY (`endUserId`) REFERENCES `EndUser` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Counterparty_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TransactionRecord` (
  `id` VARCHAR(255) NOT NULL,
  `transactionCorrelationId` VARCHAR(255) NOT NULL,
  `transactionDate` DATETIME(3) NOT NULL,
  `transactionAmount` DOUBLE NOT NULL,
  `transactionCurrency` TEXT NOT NULL,
  `transactionBaseAmount` DOUBLE NOT NULL,
  `transactionBaseCurrency` TEXT NOT NULL,
  `transactionDescription` TEXT,
  `transactionCategory` TEXT,
  `transactionType` ENUM('deposit','withdrawal','transfer','payment','refund','chargeback'),
  `transactionStatus` ENUM('new','pending','active','completed','rejected','cancelled','failed'),
  `transactionStatusReason` TEXT,
  `transactionDirection` ENUM('inbound','outbound'),
  `transactionReference` TEXT,
  `originatorIpAddress` TEXT,
  `originatorGeoLocation` TEXT,
  `originatorUserAgent` TEXT,
  `originatorSortCode` TEXT,
  `originatorBankCountry` TEXT,
  `paymentBrandName` ENUM('visa','mastercard','diners','jcb','discover','china_union_pay','american_express','scb_pay_now','ocbc_pay_now','atome','dash','grab_pay','alipay_host','wechat_host'),
  `paymentMethod` ENUM('credit_card','debit_card','bank_transfer','pay_pal','apple_pay','google_pay','apm'),
  `paymentType` ENUM('instant','scheduled','recurring','refund'),
  `paymentIssuer` ENUM('chase','bank_of_america','citibank','american_express'),
  `paymentGateway` ENUM('stripe','pay_pal','square','adyen'),
  `paymentAcquirer` ENUM('wells_fargo','first_data','elavon','world_pay'),
  `paymentProcessor` ENUM('visa','master_card','discover','american_express'),
  `cardFingerprint` TEXT,
  `cardIssuedCountry` TEXT,
  `completed3ds` TINYINT(1),
  `cardType` TEXT,
  `cardIssuer` TEXT,
  `cardBin` INT,
  `cardBrand` TEXT,
  `cardExpiryMonth` TEXT,
  `cardExpiryYear` TEXT,
  `cardHolderName` TEXT,
  `cardTokenized` TEXT,
  `tags` JSON,
  `reviewStatus` ENUM('pending','reviewed','flagged','cleared','rejected'),
  `reviewerComments` TEXT,
  `auditTrail` JSON,
  `unusualActivityFlags` JSON,
  `riskScore` DOUBLE,
  `regulatoryAuthority` TEXT,
  `additionalInfo` JSON,
  `productName` TEXT,
  `productDescription` TEXT,
  `productPrice` DOUBLE,
  `productPriceCurrency` TEXT,
  `productId` TEXT,
  `productSku` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `counterpartyOriginatorId` VARCHAR(255),
  `counterpartyBeneficiaryId` VARCHAR(255),
  `paymentMccCode` INT,
  `paymentChannel` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TransactionRecord_projectId_transactionCorrelationId_key` (`projectId`, `transactionCorrelationId`),
  CONSTRAINT `TransactionRecord_counterpartyBeneficiaryId_fkey` FOREIGN KEY (`counterpartyBeneficiaryId`) REFERENCES `Counterparty` (`id`) ON DELETE SET NULL,
  CONSTRAINT `TransactionRecord_counterpartyOriginatorId_fkey` FOREIGN KEY (`counterpartyOriginatorId`) REFERENCES `Counterparty` (`id`) ON DELETE SET NULL,
  CONSTRAINT `TransactionRecord_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Alert` (
  `id` VARCHAR(255) NOT NULL,
  `alertDefinitionId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `dataTimestamp` DATETIME(3) NOT NULL,
  `state` ENUM('101','201','202','301','302','303') NOT NULL,
  `status` ENUM('100','200','300') NOT NULL,
  `tags` TEXT,
  `severity` ENUM('100','200','300','400'),
  `executionDetails` JSON NOT NULL,
  `assigneeId` VARCHAR(255),
  `assignedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `workflowRuntimeDataId` VARCHAR(255),
  `counterpartyId` VARCHAR(255),
  `businessId` VARCHAR(255),
  `additionalInfo` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `Alert_alertDefinitionId_fkey` FOREIGN KEY (`alertDefinitionId`) REFERENCES `AlertDefinition` (`id`),
  CONSTRAINT `Alert_assigneeId_fkey` FOREIGN KEY (`assigneeId`) REFERENCES `User` (`id`),
  CONSTRAINT `Alert_businessId_fkey` FOREIGN KEY (`businessId`) REFERENCES `Business` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Alert_counterpartyId_fkey` FOREIGN KEY (`counterpartyId`) REFERENCES `Counterparty` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Alert_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `Project` (`id`),
  CONSTRAINT `Alert_workflowRuntimeDataId_fkey` FOREIGN KEY (`workflowRuntimeDataId`) REFERENCES `WorkflowRuntimeData` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

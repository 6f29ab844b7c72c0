-- Trackdechets (MTES-MCT, French Ministry of Ecological Transition; hazardous-waste transport tracking: electronic
-- waste consignment notes "bordereaux de suivi de déchets", transporters and their receipts, signatures), AGPL-3.0
-- Upstream: github.com/MTES-MCT/trackdechets, file libs/back/prisma/src/models/main.prisma,
-- commit 779f59bf47dc94712a476946cb8c55873f7b690a (2026-05-19). PostgreSQL via Prisma, written as MySQL DDL
-- (type mapping in trackdechets.md). 32 of the 61 models of main.prisma are kept; registry.prisma left out.

CREATE TABLE `User` (
  `id` varchar(30) NOT NULL,
  `email` varchar(191) NOT NULL,
  `password` text NOT NULL,
  `passwordUpdatedAt` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` text NOT NULL,
  `phone` text NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `activatedAt` datetime(6) NULL,
  `firstAssociationDate` datetime(6) NULL,
  `isActive` tinyint(1) NULL DEFAULT 0,
  `isAdmin` tinyint(1) NOT NULL DEFAULT 0,
  `governmentAccountId` varchar(191) NULL,
  `totpSeed` text NULL,
  `totpActivatedAt` datetime(6) NULL,
  `totpFails` int NOT NULL DEFAULT 0,
  `totpLockedUntil` datetime(3) NULL,
  `trackingConsent` tinyint(1) NOT NULL DEFAULT 0,
  `trackingConsentUntil` datetime(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User.email_unique` (`email`),
  UNIQUE KEY `User_governmentAccountId_key` (`governmentAccountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GovernmentAccount` (
  `id` varchar(191) NOT NULL,
  `name` text NOT NULL,
  `permissions` json NULL,
  `authorizedIPs` json NULL,
  `authorizedOrgIds` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccessToken` (
  `id` varchar(30) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `token` varchar(191) NOT NULL,
  `isRevoked` tinyint(1) NOT NULL DEFAULT 0,
  `lastUsed` datetime(6) NULL,
  `applicationId` varchar(30) NULL,
  `description` text NULL,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AccessToken.token._UNIQUE` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Application` (
  `id` varchar(30) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `clientSecret` text NOT NULL,
  `name` text NOT NULL,
  `redirectUris` json NULL,
  `adminId` varchar(191) NULL,
  `goal` enum('PERSONNAL','CLIENTS') NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Grant` (
  `id` varchar(30) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `code` varchar(191) NOT NULL,
  `expires` int NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `redirectUri` text NOT NULL,
  `scope` json NULL DEFAULT '[]',
  `nonce` text NULL,
  `applicationId` varchar(30) NOT NULL,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Grant.code._UNIQUE` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TotpRecoveryCode` (
  `id` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `codeHash` text NOT NULL,
  `usedAt` datetime(3) NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserAccountHash` (
  `id` varchar(30) NOT NULL,
  `email` varchar(191) NOT NULL,
  `companySiret` varchar(25) NOT NULL,
  `role` enum('MEMBER','ADMIN','DRIVER','READER') NOT NULL,
  `hash` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `acceptedAt` datetime(6) NULL,
  `expiresAt` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserAccountHash.hash._UNIQUE` (`hash`),
  KEY `_UserAccountHashEmailIdx` (`email`),
  KEY `_UserAccountHashCompanySiretIdx` (`companySiret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserActivationHash` (
  `id` varchar(30) NOT NULL,
  `hash` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserActivationHash.hash._UNIQUE` (`hash`),
  KEY `_UserActivationHashUserIdIdx` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserResetPasswordHash` (
  `id` varchar(191) NOT NULL,
  `hash` varchar(191) NOT NULL,
  `hashExpires` datetime(6) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserResetPasswordHash_hash_key` (`hash`),
  KEY `_UserResetPasswordHashIdIdx` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PdfAccessToken` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expiresAt` datetime(6) NOT NULL,
  `token` varchar(191) NOT NULL,
  `bsdType` enum('BSDD','BSDA','BSDASRI','BSFF','BSVHU','BSPAOH') NOT NULL,
  `bsdId` text NOT NULL,
  `lastUsed` datetime(6) NULL,
  `userId` text NOT NULL,
  `visitedAt` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_PdfAccessTokenTokenIdx` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FeatureFlag` (
  `id` varchar(30) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FeatureFlag_name_userId_unique_together` (`name`,`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MembershipRequest` (
  `id` varchar(30) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `status` enum('PENDING','ACCEPTED','REFUSED') NOT NULL DEFAULT 'PENDING',
  `statusUpdatedBy` text NULL,
  `sentTo` json NULL,
  `companyId` varchar(30) NOT NULL,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `_MembershipRequestUserIdIdx` (`userId`),
  KEY `_MembershipRequestCompanyIdIdx` (`companyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CompanyAssociation` (
  `id` varchar(30) NOT NULL,
  `role` enum('MEMBER','ADMIN','DRIVER','READER') NOT NULL,
  `companyId` varchar(30) NOT NULL,
  `userId` varchar(30) NOT NULL,
  `createdAt` datetime(3) NULL DEFAULT CURRENT_TIMESTAMP(3),
  `automaticallyAccepted` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveMembershipRequest` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveSignatureCodeRenewal` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveBsdaFinalDestinationUpdate` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveBsdRefusal` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveRevisionRequest` tinyint(1) NOT NULL DEFAULT 0,
  `notificationIsActiveRegistryDelegation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `_CompanyAssociationUserIdIdx` (`userId`),
  KEY `_CompanyAssociationCompanyIdIdx` (`companyId`),
  KEY `_CompanyAssociationRoleIdx` (`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AdminRequest` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `userId` varchar(30) NOT NULL,
  `companyId` varchar(30) NOT NULL,
  `collaboratorId` varchar(30) NULL,
  `code` varchar(8) NULL,
  `codeAttempts` int NOT NULL DEFAULT 0,
  `adminOnlyEndDate` datetime(3) NULL,
  `status` enum('PENDING','ACCEPTED','REFUSED','BLOCKED','EXPIRED') NOT NULL DEFAULT 'PENDING',
  `validationMethod` enum('REQUEST_ADMIN_APPROVAL','REQUEST_COLLABORATOR_APPROVAL','SEND_MAIL') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `_AdminRequestUserIdCompanyIdIdx` (`userId`,`companyId`),
  KEY `_AdminRequestStatusIdx` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Company` (
  `id` varchar(30) NOT NULL,
  `orgId` varchar(191) NOT NULL,
  `siret` varchar(191) NULL,
  `vatNumber` varchar(191) NULL,
  `updatedAt` datetime(6) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(191) NOT NULL,
  `gerepId` text NULL,
  `codeNaf` text NULL,
  `securityCode` int NOT NULL,
  `givenName` varchar(191) NULL,
  `contactEmail` text NULL,
  `contactPhone` text NULL,
  `website` text NULL,
  `ecoOrganismeAgreements` json NULL,
  `companyTypes` json NULL,
  `collectorTypes` json NULL,
  `wasteProcessorTypes` json NULL,
  `wasteVehiclesTypes` json NULL,
  `address` text NULL,
  `street` text NULL,
  `postalCode` text NULL,
  `city` text NULL,
  `country` text NULL,
  `latitude` double NULL,
  `longitude` double NULL,
  `verificationCode` text NOT NULL,
  `verificationStatus` enum('TO_BE_VERIFIED','LETTER_SENT','VERIFIED','STANDBY') NOT NULL DEFAULT 'TO_BE_VERIFIED',
  `verificationMode` enum('MANUAL','LETTER','AUTO') NULL,
  `verificationComment` text NULL,
  `verifiedAt` datetime(6) NULL,
  `contact` text NULL,
  `codeDepartement` text NULL,
  `workerCertificationId` varchar(40) NULL,
  `traderReceiptId` varchar(30) NULL,
  `brokerReceiptId` varchar(30) NULL,
  `transporterReceiptId` varchar(30) NULL,
  `vhuAgrementDemolisseurId` varchar(40) NULL,
  `vhuAgrementBroyeurId` varchar(40) NULL,
  `allowBsdasriTakeOverWithoutSignature` tinyint(1) NOT NULL DEFAULT 0,
  `allowAppendix1SignatureAutomation` tinyint(1) NOT NULL DEFAULT 0,
  `featureFlags` json NULL DEFAULT '[]',
  `isDormantSince` datetime(6) NULL,
  `hasEnabledRegistryDndFromBsdSince` datetime(6) NULL,
  `ecoOrganismePartnersIds` json NULL DEFAULT '[]',
  `webhookSettingsLimit` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Company_orgId_key` (`orgId`),
  UNIQUE KEY `_Company_siret_unique` (`siret`),
  UNIQUE KEY `_Company_vatNumber_unique` (`vatNumber`),
  KEY `_CompanyNameIdx` (`name`),
  KEY `_CompanyGivenNameIdx` (`givenName`),
  KEY `_CompanyCreatedAtIdx` (`createdAt`),
  KEY `_CompanyVerificationStatusIdx` (`verificationStatus`),
  KEY `_CompanyVatNumberIdx` (`vatNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AnonymousCompany` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NULL DEFAULT CURRENT_TIMESTAMP(3),
  `orgId` varchar(191) NOT NULL,
  `siret` varchar(191) NULL,
  `vatNumber` varchar(191) NULL,
  `name` text NOT NULL,
  `address` text NOT NULL,
  `codeNaf` text NOT NULL,
  `libelleNaf` text NOT NULL,
  `codeCommune` text NOT NULL,
  `etatAdministratif` text NOT NULL DEFAULT 'A',
  PRIMARY KEY (`id`),
  UNIQUE KEY `AnonymousCompany.orgId_unique` (`orgId`),
  UNIQUE KEY `AnonymousCompany.siret_unique` (`siret`),
  UNIQUE KEY `AnonymousCompany.vatnumber_unique` (`vatNumber`),
  KEY `_AnonymousCompanyVatNumberIdx` (`vatNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TransporterReceipt` (
  `id` varchar(30) NOT NULL,
  `receiptNumber` text NOT NULL,
  `validityLimit` datetime(6) NOT NULL,
  `department` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TraderReceipt` (
  `id` varchar(30) NOT NULL,
  `receiptNumber` text NOT NULL,
  `validityLimit` datetime(6) NOT NULL,
  `department` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BrokerReceipt` (
  `id` varchar(30) NOT NULL,
  `receiptNumber` text NOT NULL,
  `validityLimit` datetime(6) NOT NULL,
  `department` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SignatureAutomation` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `fromId` varchar(191) NOT NULL,
  `toId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SignatureAutomation_fkey_unique_together` (`fromId`,`toId`),
  KEY `_SignatureAutomationFromIdIdx` (`fromId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WebhookSetting` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `endpointUri` varchar(191) NOT NULL,
  `token` text NOT NULL,
  `orgId` varchar(191) NOT NULL,
  `activated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `WebhookSetting_orgId_endpointUri_unique_together` (`orgId`,`endpointUri`),
  KEY `_WebhookSettingOrgIdIdx` (`orgId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CompanyDigest` (
  `id` varchar(191) NOT NULL,
  `orgId` varchar(191) NOT NULL,
  `year` int NOT NULL,
  `distantId` varchar(191) NULL,
  `state` enum('INITIAL','PENDING','PROCESSED','ERROR') NOT NULL DEFAULT 'INITIAL',
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `userId` varchar(30) NULL,
  PRIMARY KEY (`id`),
  KEY `_CompanyDigestOrgIdIdx` (`orgId`),
  KEY `_CompanyDigestYearIdx` (`year`),
  KEY `_CompanyDigestStatedIdx` (`state`),
  KEY `_CompanyDigestdDistantIdIdx` (`distantId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Event` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `streamId` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `data` json NULL,
  `metadata` json NULL,
  `actor` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `_EventActorIdx` (`actor`),
  KEY `_EventStreamIdIdx` (`streamId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StatusLog` (
  `id` varchar(30) NOT NULL,
  `status` enum('DRAFT','SEALED','SENT','RECEIVED','ACCEPTED','PROCESSED','AWAITING_GROUP','GROUPED','NO_TRACEABILITY','REFUSED','TEMP_STORED','TEMP_STORER_ACCEPTED','RESEALED','RESENT','SIGNED_BY_PRODUCER','SIGNED_BY_TEMP_STORER','FOLLOWED_WITH_PNTTD','CANCELED') NOT NULL,
  `loggedAt` datetime(6) NULL,
  `updatedFields` json NOT NULL,
  `authType` enum('SESSION','BEARER','JWT') NOT NULL,
  `formId` varchar(30) NOT NULL,
  `userId` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `_StatusLogUserIdIdx` (`userId`),
  KEY `_StatusLogFormIdIdx` (`formId`),
  KEY `_StatusLogLoggedAtIdx` (`loggedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Form` (
  `id` varchar(30) NOT NULL,
  `rowNumber` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `readableId` varchar(191) NOT NULL,
  `customId` varchar(191) NULL,
  `isDuplicateOf` text NULL,
  `isDeleted` tinyint(1) NULL DEFAULT 0,
  `status` enum('DRAFT','SEALED','SENT','RECEIVED','ACCEPTED','PROCESSED','AWAITING_GROUP','GROUPED','NO_TRACEABILITY','REFUSED','TEMP_STORED','TEMP_STORER_ACCEPTED','RESEALED','RESENT','SIGNED_BY_PRODUCER','SIGNED_BY_TEMP_STORER','FOLLOWED_WITH_PNTTD','CANCELED') NOT NULL DEFAULT 'DRAFT',
  `emitterType` enum('PRODUCER','OTHER','APPENDIX1','APPENDIX2','APPENDIX1_PRODUCER') NULL,
  `emitterPickupSite` text NULL,
  `emitterCompanyName` text NULL,
  `emitterCompanySiret` varchar(191) NULL,
  `emitterCompanyAddress` text NULL,
  `emitterCompanyContact` text NULL,
  `emitterCompanyPhone` text NULL,
  `emitterCompanyMail` varchar(191) NULL,
  `emitterWorkSiteName` text NULL,
  `emitterWorkSiteAddress` text NULL,
  `emitterWorkSiteCity` text NULL,
  `emitterWorkSitePostalCode` text NULL,
  `emitterWorkSiteInfos` text NULL,
  `emitterIsPrivateIndividual` tinyint(1) NULL DEFAULT 0,
  `emitterIsForeignShip` tinyint(1) NULL DEFAULT 0,
  `emitterCompanyOmiNumber` text NULL,
  `recipientCap` text NULL,
  `recipientProcessingOperation` text NULL,
  `recipientCompanyName` text NULL,
  `recipientCompanySiret` varchar(191) NULL,
  `recipientCompanyAddress` text NULL,
  `recipientCompanyContact` text NULL,
  `recipientCompanyPhone` text NULL,
  `recipientCompanyMail` text NULL,
  `recipientIsTempStorage` tinyint(1) NULL DEFAULT 0,
  `wasteDetailsCode` varchar(191) NULL,
  `wasteDetailsName` text NULL,
  `wasteDetailsIsSubjectToADR` tinyint(1) NULL,
  `wasteDetailsOnuCode` text NULL,
  `wasteDetailsNonRoadRegulationMention` text NULL,
  `wasteDetailsQuantity` decimal(65,30) NULL,
  `wasteDetailsQuantityType` enum('REAL','ESTIMATED') NULL,
  `wasteDetailsConsistence` json NULL,
  `wasteDetailsPackagingInfos` json NOT NULL DEFAULT '[]',
  `wasteDetailsPop` tinyint(1) NOT NULL DEFAULT 0,
  `wasteDetailsSampleNumber` text NULL,
  `wasteDetailsIsDangerous` tinyint(1) NOT NULL DEFAULT 0,
  `wasteDetailsParcelNumbers` json NULL DEFAULT '[]',
  `wasteDetailsAnalysisReferences` json NULL,
  `wasteDetailsLandIdentifiers` json NULL,
  `traderCompanyName` text NULL,
  `traderCompanySiret` varchar(191) NULL,
  `traderCompanyAddress` text NULL,
  `traderCompanyContact` text NULL,
  `traderCompanyPhone` text NULL,
  `traderCompanyMail` text NULL,
  `traderReceipt` text NULL,
  `traderDepartment` text NULL,
  `traderValidityLimit` datetime(6) NULL,
  `ecoOrganismeName` text NULL,
  `ecoOrganismeSiret` varchar(191) NULL,
  `brokerCompanyName` text NULL,
  `brokerCompanySiret` varchar(191) NULL,
  `brokerCompanyAddress` text NULL,
  `brokerCompanyContact` text NULL,
  `brokerCompanyPhone` text NULL,
  `brokerCompanyMail` text NULL,
  `brokerReceipt` text NULL,
  `brokerDepartment` text NULL,
  `brokerValidityLimit` datetime(6) NULL,
  `nextDestinationProcessingOperation` text NULL,
  `nextDestinationCompanyName` text NULL,
  `nextDestinationCompanySiret` varchar(191) NULL,
  `nextDestinationCompanyAddress` text NULL,
  `nextDestinationCompanyContact` text NULL,
  `nextDestinationCompanyPhone` text NULL,
  `nextDestinationCompanyMail` text NULL,
  `nextDestinationCompanyCountry` text NULL,
  `nextDestinationCompanyVatNumber` varchar(30) NULL,
  `nextDestinationNotificationNumber` text NULL,
  `nextDestinationCompanyExtraEuropeanId` text NULL,
  `nextTransporterOrgId` varchar(191) NULL,
  `emittedAt` datetime(6) NULL,
  `emittedBy` text NULL,
  `emittedByEcoOrganisme` tinyint(1) NULL,
  `takenOverAt` datetime(6) NULL,
  `takenOverBy` text NULL,
  `signedAt` datetime(6) NULL,
  `signedBy` text NULL,
  `isImportedFromPaper` tinyint(1) NOT NULL DEFAULT 0,
  `quantityReceivedType` enum('REAL','ESTIMATED') NULL,
  `signedByTransporter` tinyint(1) NULL,
  `sentAt` datetime(6) NULL,
  `sentBy` text NULL,
  `isAccepted` tinyint(1) NULL DEFAULT 0,
  `wasteAcceptationStatus` enum('ACCEPTED','REFUSED','PARTIALLY_REFUSED') NULL,
  `wasteRefusalReason` text NULL,
  `receivedBy` text NULL,
  `receivedAt` datetime(6) NULL,
  `quantityReceived` decimal(65,30) NULL,
  `quantityRefused` decimal(65,30) NULL,
  `processedBy` text NULL,
  `processedAt` datetime(6) NULL,
  `processingOperationDone` text NULL,
  `processingOperationDescription` text NULL,
  `noTraceability` tinyint(1) NULL,
  `destinationOperationMode` enum('REUTILISATION','RECYCLAGE','VALORISATION_ENERGETIQUE','AUTRES_VALORISATIONS','ELIMINATION','UNKNOWN') NULL,
  `isUpcycled` tinyint(1) NULL,
  `destinationParcelInseeCodes` json NULL,
  `destinationParcelNumbers` json NULL,
  `destinationParcelCoordinates` json NULL,
  `currentTransporterOrgId` varchar(191) NULL,
  `hasCiterneBeenWashedOut` tinyint(1) NULL,
  `citerneNotWashedOutReason` enum('EXEMPTED','INCOMPATIBLE','UNAVAILABLE','NOT_BY_DRIVER') NULL,
  `emptyReturnADR` enum('EMPTY_RETURN_NOT_WASHED','EMPTY_VEHICLE','EMPTY_CITERNE','EMPTY_CONTAINER','EMPTY_CITERNE_CONTAINER') NULL,
  `isDirectSupply` tinyint(1) NOT NULL DEFAULT 0,
  `ownerId` varchar(30) NOT NULL,
  `forwardedInId` varchar(191) NULL,
  `recipientsSirets` json NULL DEFAULT '[]',
  `transportersSirets` json NULL DEFAULT '[]',
  `intermediariesSirets` json NULL DEFAULT '[]',
  `canAccessDraftSirets` json NULL DEFAULT '[]',
  `quantityGrouped` double NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Form_rowNumber_ukey` (`rowNumber`),
  UNIQUE KEY `Form.readableId._UNIQUE` (`readableId`),
  UNIQUE KEY `Form_forwardedInId_key` (`forwardedInId`),
  KEY `_FormEmitterCompanySiretIdx` (`emitterCompanySiret`),
  KEY `_FormRecipientCompanySiretIdx` (`recipientCompanySiret`),
  KEY `_FormTraderCompanySiretIdx` (`traderCompanySiret`),
  KEY `_FormBrokerCompanySiretIdx` (`brokerCompanySiret`),
  KEY `_FormEcoOrganismeSiretIdx` (`ecoOrganismeSiret`),
  KEY `_FormStatusIdx` (`status`),
  KEY `_FormSentAtIdx` (`sentAt`),
  KEY `_FormCreatedAtIdx` (`createdAt`),
  KEY `_FormWasteDetailsCodeIdx` (`wasteDetailsCode`),
  KEY `_FormCustomIdIdx` (`customId`),
  KEY `_FormCurrentTransporterOrgIdIdx` (`currentTransporterOrgId`),
  KEY `_FormNextTransporterOrgIdIdx` (`nextTransporterOrgId`),
  KEY `_FormNextDestinationCompanySiretIdx` (`nextDestinationCompanySiret`),
  KEY `_FormEmitterCompanyMailIdx` (`emitterCompanyMail`),
  KEY `_FormUpdatedAtIdx` (`updatedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsddTransporter` (
  `id` varchar(30) NOT NULL,
  `number` int NOT NULL,
  `transporterCompanySiret` varchar(191) NULL,
  `transporterCompanyVatNumber` varchar(30) NULL,
  `transporterCompanyName` text NULL,
  `transporterCompanyAddress` text NULL,
  `transporterCompanyContact` text NULL,
  `transporterCompanyPhone` text NULL,
  `transporterCompanyMail` text NULL,
  `transporterIsExemptedOfReceipt` tinyint(1) NULL,
  `transporterReceipt` text NULL,
  `transporterDepartment` text NULL,
  `transporterValidityLimit` datetime(6) NULL,
  `transporterNumberPlate` text NULL,
  `transporterTransportMode` enum('ROAD','RAIL','AIR','RIVER','SEA','OTHER','UNKNOWN') NULL,
  `transporterCustomInfo` text NULL,
  `readyToTakeOver` tinyint(1) NULL DEFAULT 0,
  `previousTransporterCompanyOrgId` varchar(30) NULL,
  `takenOverAt` datetime(6) NULL,
  `takenOverBy` text NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `formId` varchar(30) NULL,
  PRIMARY KEY (`id`),
  KEY `_BsddTransporterFormIdIdx` (`formId`),
  KEY `_BsddTransporterCompanySiretIdx` (`transporterCompanySiret`),
  KEY `_BsddTransporterTransporterCompanyVatNumberIdx` (`transporterCompanyVatNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FormGroupement` (
  `id` varchar(191) NOT NULL,
  `nextFormId` varchar(191) NOT NULL,
  `initialFormId` varchar(191) NOT NULL,
  `quantity` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FormGroupement_pkey_unique_together` (`nextFormId`,`initialFormId`),
  KEY `_FormGroupementNextFormId` (`nextFormId`),
  KEY `_FormGroupementInitialFormId` (`initialFormId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsddFinalOperation` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `operationCode` text NOT NULL,
  `noTraceability` tinyint(1) NOT NULL,
  `quantity` decimal(65,30) NOT NULL,
  `finalFormId` varchar(191) NOT NULL,
  `initialFormId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_FinalOperationFormsUniqueTogether` (`initialFormId`,`finalFormId`),
  KEY `_FinalOperationInitialFormIdIdx` (`initialFormId`),
  KEY `_FinalOperationFinalFormIdIdx` (`finalFormId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IntermediaryFormAssociation` (
  `id` varchar(191) NOT NULL,
  `name` text NOT NULL,
  `siret` varchar(191) NOT NULL,
  `contact` text NOT NULL,
  `vatNumber` varchar(191) NULL,
  `address` text NULL,
  `phone` text NULL,
  `mail` text NULL,
  `formId` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `_IntermediaryFormAssociationFormIdIdx` (`formId`),
  KEY `IntermediaryFormAssociationSiretIdx` (`siret`),
  KEY `IntermediaryFormAssociationVatNumberIdx` (`vatNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Bspaoh` (
  `id` varchar(191) NOT NULL,
  `rowNumber` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `isDeleted` tinyint(1) NOT NULL DEFAULT 0,
  `status` enum('DRAFT','INITIAL','SIGNED_BY_PRODUCER','SENT','RECEIVED','PROCESSED','REFUSED','CANCELED','PARTIALLY_REFUSED') NOT NULL DEFAULT 'INITIAL',
  `isDuplicateOf` text NULL,
  `wasteCode` text NULL,
  `wasteAdr` text NULL,
  `wasteType` enum('PAOH','FOETUS') NOT NULL DEFAULT 'PAOH',
  `wastePackagings` json NULL DEFAULT '[]',
  `emitterCompanyName` text NULL,
  `emitterCompanySiret` varchar(191) NULL,
  `emitterCompanyAddress` text NULL,
  `emitterCompanyContact` text NULL,
  `emitterCompanyPhone` text NULL,
  `emitterCompanyMail` text NULL,
  `emitterCustomInfo` text NULL,
  `emitterPickupSiteName` text NULL,
  `emitterPickupSiteAddress` text NULL,
  `emitterPickupSiteCity` text NULL,
  `emitterPickupSitePostalCode` text NULL,
  `emitterPickupSiteInfos` text NULL,
  `emitterWasteQuantityValue` int NULL,
  `emitterWasteWeightValue` double NULL,
  `emitterWasteWeightIsEstimate` tinyint(1) NULL,
  `emitterEmissionSignatureAuthor` text NULL,
  `emitterEmissionSignatureDate` datetime(6) NULL,
  `transporterTransportTakenOverAt` datetime(6) NULL,
  `destinationCompanyName` text NULL,
  `destinationCompanySiret` varchar(191) NULL,
  `destinationCompanyAddress` text NULL,
  `destinationCompanyContact` text NULL,
  `destinationCompanyPhone` text NULL,
  `destinationCompanyMail` text NULL,
  `destinationCustomInfo` text NULL,
  `destinationCap` text NULL,
  `handedOverToDestinationSignatureDate` datetime(6) NULL,
  `handedOverToDestinationSignatureAuthor` text NULL,
  `destinationReceptionWasteQuantityValue` int NULL,
  `destinationReceptionWasteReceivedWeightValue` double NULL,
  `destinationReceptionWasteAcceptedWeightValue` double NULL,
  `destinationReceptionWasteRefusedWeightValue` double NULL,
  `destinationReceptionAcceptationStatus` enum('ACCEPTED','REFUSED','PARTIALLY_REFUSED') NULL,
  `destinationReceptionWasteRefusalReason` text NULL,
  `destinationReceptionWastePackagingsAcceptation` json NULL DEFAULT '[]',
  `destinationReceptionDate` datetime(6) NULL,
  `destinationReceptionSignatureDate` datetime(6) NULL,
  `destinationReceptionSignatureAuthor` text NULL,
  `destinationOperationCode` text NULL,
  `destinationOperationDate` datetime(6) NULL,
  `destinationOperationSignatureDate` datetime(6) NULL,
  `destinationOperationSignatureAuthor` text NULL,
  `currentTransporterOrgId` varchar(191) NULL,
  `nextTransporterOrgId` varchar(191) NULL,
  `transportersSirets` json NULL DEFAULT '[]',
  `canAccessDraftSirets` json NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  UNIQUE KEY `Bspaoh_rowNumber_ukey` (`rowNumber`),
  KEY `_BspaohNextTransporterOrgIdIdx` (`nextTransporterOrgId`),
  KEY `BspaohEmitterCompanySiretIdx` (`emitterCompanySiret`),
  KEY `BspaohDestinationCompanySiretIdx` (`destinationCompanySiret`),
  KEY `BspaohStatusIdx` (`status`),
  KEY `BspaohCreatedAtIdx` (`createdAt`),
  KEY `BspaohCurrentTransporterOrgIdIdx` (`currentTransporterOrgId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BspaohTransporter` (
  `id` varchar(191) NOT NULL,
  `number` int NOT NULL,
  `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` datetime(6) NOT NULL,
  `transporterCompanyName` text NULL,
  `transporterCompanySiret` varchar(191) NULL,
  `transporterCompanyVatNumber` varchar(191) NULL,
  `transporterCompanyAddress` text NULL,
  `transporterCompanyContact` text NULL,
  `transporterCompanyPhone` text NULL,
  `transporterCompanyMail` text NULL,
  `transporterTransportMode` enum('ROAD','RAIL','AIR','RIVER','SEA','OTHER','UNKNOWN') NULL,
  `transporterCustomInfo` text NULL,
  `transporterRecepisseDepartment` text NULL,
  `transporterRecepisseIsExempted` tinyint(1) NULL,
  `transporterRecepisseNumber` text NULL,
  `transporterRecepisseValidityLimit` datetime(6) NULL,
  `transporterTakenOverAt` datetime(6) NULL,
  `transporterTransportPlates` json NULL,
  `transporterTransportSignatureAuthor` text NULL,
  `transporterTransportSignatureDate` datetime(6) NULL,
  `bspaohId` varchar(191) NULL,
  PRIMARY KEY (`id`),
  KEY `_BpaohTransporterBsdIdIdx` (`bspaohId`),
  KEY `_BspaohTransporterCompanySiretIdx` (`transporterCompanySiret`),
  KEY `_BspaohTransporterCompanyVatNumberIdx` (`transporterCompanyVatNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MigrationScript` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `startedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `finishedAt` datetime(6) NULL,
  `error` text NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `MigrationScript_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `User` ADD CONSTRAINT `User_governmentAccountId_fkey` FOREIGN KEY (`governmentAccountId`) REFERENCES `GovernmentAccount` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `AccessToken` ADD CONSTRAINT `AccessToken_application_fkey` FOREIGN KEY (`applicationId`) REFERENCES `Application` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE `AccessToken` ADD CONSTRAINT `AccessToken_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `Application` ADD CONSTRAINT `Application_adminId_fkey` FOREIGN KEY (`adminId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Grant` ADD CONSTRAINT `Grant_application_fkey` FOREIGN KEY (`applicationId`) REFERENCES `Application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `Grant` ADD CONSTRAINT `Grant_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `TotpRecoveryCode` ADD CONSTRAINT `TotpRecoveryCode_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `UserActivationHash` ADD CONSTRAINT `UserActivationHash_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `UserResetPasswordHash` ADD CONSTRAINT `UserResetPasswordHash_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `FeatureFlag` ADD CONSTRAINT `FeatureFlag_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `MembershipRequest` ADD CONSTRAINT `MembershipRequest_company_fkey` FOREIGN KEY (`companyId`) REFERENCES `Company` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `MembershipRequest` ADD CONSTRAINT `MembershipRequest_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `CompanyAssociation` ADD CONSTRAINT `CompanyAssociation_company_fkey` FOREIGN KEY (`companyId`) REFERENCES `Company` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `CompanyAssociation` ADD CONSTRAINT `CompanyAssociation_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `AdminRequest` ADD CONSTRAINT `AdminRequest_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `AdminRequest` ADD CONSTRAINT `AdminRequest_companyId_fkey` FOREIGN KEY (`companyId`) REFERENCES `Company` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Company` ADD CONSTRAINT `Company_traderReceipt_fkey` FOREIGN KEY (`traderReceiptId`) REFERENCES `TraderReceipt` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE `Company` ADD CONSTRAINT `company_brokerreceipt_fkey` FOREIGN KEY (`brokerReceiptId`) REFERENCES `BrokerReceipt` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE `Company` ADD CONSTRAINT `Company_transporterReceipt_fkey` FOREIGN KEY (`transporterReceiptId`) REFERENCES `TransporterReceipt` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE `SignatureAutomation` ADD CONSTRAINT `SignatureAutomation_fromId_fkey` FOREIGN KEY (`fromId`) REFERENCES `Company` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `SignatureAutomation` ADD CONSTRAINT `SignatureAutomation_toId_fkey` FOREIGN KEY (`toId`) REFERENCES `Company` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `CompanyDigest` ADD CONSTRAINT `CompanyDigest_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `StatusLog` ADD CONSTRAINT `StatusLog_form_fkey` FOREIGN KEY (`formId`) REFERENCES `Form` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `StatusLog` ADD CONSTRAINT `StatusLog_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `Form` ADD CONSTRAINT `Form_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Form` ADD CONSTRAINT `Form_forwardedInId_fkey` FOREIGN KEY (`forwardedInId`) REFERENCES `Form` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `BsddTransporter` ADD CONSTRAINT `BsddTransporter_formId_fkey` FOREIGN KEY (`formId`) REFERENCES `Form` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `FormGroupement` ADD CONSTRAINT `FormGroupement_nextFormId_fkey` FOREIGN KEY (`nextFormId`) REFERENCES `Form` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `FormGroupement` ADD CONSTRAINT `FormGroupement_initialFormId_fkey` FOREIGN KEY (`initialFormId`) REFERENCES `Form` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `BsddFinalOperation` ADD CONSTRAINT `BsddFinalOperation_finalFormId_fkey` FOREIGN KEY (`finalFormId`) REFERENCES `Form` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BsddFinalOperation` ADD CONSTRAINT `BsddFinalOperation_initialFormId_fkey` FOREIGN KEY (`initialFormId`) REFERENCES `Form` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `IntermediaryFormAssociation` ADD CONSTRAINT `IntermediaryFormAssociation_formId_fkey` FOREIGN KEY (`formId`) REFERENCES `Form` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `BspaohTransporter` ADD CONSTRAINT `BspaohTransporter_bspaohId_fkey` FOREIGN KEY (`bspaohId`) REFERENCES `Bspaoh` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

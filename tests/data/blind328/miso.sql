-- MISO LIMS (Ontario Institute for Cancer Research; genomics laboratory information management: donors and their
-- consent, tissues, slides, stocks and aliquots, requisitions for assays, QCs, transfers between labs, storage),
-- github.com/miso-lims/miso-lims, commit 5018cdeb2205eb4fd0a210755c9f6e524307cfa9 (GPL-3.0, license.md).
-- The 205 Flyway migrations sqlstore/src/main/resources/db/migration/V0001__base_schema.sql ... V1740__auto_main.sql
-- replayed in order into MariaDB 10.11 with the mysql client, with the DDL of the two Java migrations (V0251 adds four
-- cycle columns to Run and drops Status.xml; V0611 drops its TempValues table), then dumped with mysqldump --no-data.
-- Upstream requires MySQL 8.0: utf8mb4_0900_ai_ci was replaced by utf8mb4_unicode_ci, the MySQL-8 version guard of
-- V1450 (CALL assertVersion()) was not called, each migration was run with FOREIGN_KEY_CHECKS=0 (V0120 drops Plate while
-- PlateChangeLog still references it), and an empty flyway_schema_history table was created first (V1450 converts it).
-- 71 of its 202 tables are kept: users, groups, API keys and remember-me logins, projects with contacts, labs, the Sample
-- table (one row per donor identity, tissue, slide, stock and aliquot) with its hierarchy, notes, attachments, QCs and
-- change log, requisitions with pauses, assays, notes and change log, transfers with notifications, deletions, worksets,
-- boxes, storage locations and the lookups these reference. Left out: libraries, library aliquots, pools, orders, runs,
-- containers, arrays, experiments, studies, submissions, kits and their change logs, instrument service records and the
-- remaining lookups. Tables in alphabetical order, moved so that every foreign key points at an earlier table.

CREATE TABLE `_Group` (
  `groupId` bigint(20) NOT NULL AUTO_INCREMENT,
  `description` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `builtIn` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`groupId`),
  UNIQUE KEY `uk_group_name` (`name`),
  KEY `Group_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `User` (
  `userId` bigint(20) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `fullName` varchar(255) NOT NULL,
  `internal` tinyint(1) NOT NULL DEFAULT 0,
  `loginName` varchar(255) NOT NULL,
  `roles` blob DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`userId`),
  UNIQUE KEY `uk_user_loginname` (`loginName`),
  KEY `User_loginName` (`loginName`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ApiKey` (
  `keyId` bigint(20) NOT NULL AUTO_INCREMENT,
  `userId` bigint(20) NOT NULL,
  `apiKey` varchar(50) NOT NULL,
  `apiSecret` varchar(255) NOT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`keyId`),
  UNIQUE KEY `uk_apikey_key` (`apiKey`),
  KEY `fk_apikey_user` (`userId`),
  KEY `fk_apikey_creator` (`creator`),
  CONSTRAINT `fk_apikey_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_apikey_user` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Assay` (
  `assayId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  `version` varchar(50) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `caseTargetDays` smallint(6) DEFAULT NULL,
  `receiptTargetDays` smallint(6) DEFAULT NULL,
  `extractionTargetDays` smallint(6) DEFAULT NULL,
  `libraryPreparationTargetDays` smallint(6) DEFAULT NULL,
  `libraryQualificationTargetDays` smallint(6) DEFAULT NULL,
  `fullDepthSequencingTargetDays` smallint(6) DEFAULT NULL,
  `analysisReviewTargetDays` smallint(6) DEFAULT NULL,
  `releaseApprovalTargetDays` smallint(6) DEFAULT NULL,
  `releaseTargetDays` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`assayId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `AttachmentCategory` (
  `categoryId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  PRIMARY KEY (`categoryId`),
  UNIQUE KEY `uk_attachmentCategory_alias` (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Attachment` (
  `attachmentId` bigint(20) NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) NOT NULL,
  `path` varchar(4096) NOT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `categoryId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`attachmentId`),
  KEY `fk_attachment_creator` (`creator`),
  KEY `fk_attachment_category` (`categoryId`),
  CONSTRAINT `fk_attachment_category` FOREIGN KEY (`categoryId`) REFERENCES `AttachmentCategory` (`categoryId`),
  CONSTRAINT `fk_attachment_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `BoxSize` (
  `boxSizeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `boxSizeRows` bigint(20) NOT NULL,
  `boxSizeColumns` bigint(20) NOT NULL,
  `scannable` tinyint(1) NOT NULL DEFAULT 0,
  `boxType` varchar(20) NOT NULL DEFAULT 'STORAGE',
  PRIMARY KEY (`boxSizeId`),
  UNIQUE KEY `boxSizeRows` (`boxSizeRows`,`boxSizeColumns`,`scannable`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `BoxUse` (
  `boxUseId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  PRIMARY KEY (`boxUseId`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StorageLabel` (
  `labelId` bigint(20) NOT NULL AUTO_INCREMENT,
  `label` varchar(100) NOT NULL,
  PRIMARY KEY (`labelId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StorageLocationMap` (
  `mapId` bigint(20) NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`mapId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StorageLocation` (
  `locationId` bigint(20) NOT NULL AUTO_INCREMENT,
  `parentLocationId` bigint(20) DEFAULT NULL,
  `locationUnit` varchar(50) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `identificationBarcode` varchar(255) DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModifier` bigint(20) NOT NULL,
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `probeId` varchar(50) DEFAULT NULL,
  `mapId` bigint(20) DEFAULT NULL,
  `mapAnchor` varchar(100) DEFAULT NULL,
  `labelId` bigint(20) DEFAULT NULL,
  `retired` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`locationId`),
  UNIQUE KEY `uk_storagelocation_barcode` (`identificationBarcode`),
  UNIQUE KEY `uk_storagelocation_child` (`parentLocationId`,`locationUnit`,`alias`),
  UNIQUE KEY `storageLocation_probeId_uk` (`probeId`),
  KEY `name_StorageLocation` (`alias`),
  KEY `fk_storagelocation_creator` (`creator`),
  KEY `fk_storagelocation_modifier` (`lastModifier`),
  KEY `fk_storageLocation_map` (`mapId`),
  KEY `fk_storageLocation_label` (`labelId`),
  CONSTRAINT `fk_location_parent` FOREIGN KEY (`parentLocationId`) REFERENCES `StorageLocation` (`locationId`),
  CONSTRAINT `fk_storageLocation_label` FOREIGN KEY (`labelId`) REFERENCES `StorageLabel` (`labelId`),
  CONSTRAINT `fk_storageLocation_map` FOREIGN KEY (`mapId`) REFERENCES `StorageLocationMap` (`mapId`),
  CONSTRAINT `fk_storagelocation_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_storagelocation_modifier` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Box` (
  `boxId` bigint(20) NOT NULL AUTO_INCREMENT,
  `boxSizeId` bigint(20) NOT NULL,
  `boxUseId` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `identificationBarcode` varchar(255) DEFAULT NULL,
  `locationBarcode` varchar(255) DEFAULT NULL,
  `lastModifier` bigint(20) NOT NULL DEFAULT 1,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `locationId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`boxId`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `alias` (`alias`),
  UNIQUE KEY `identificationBarcode` (`identificationBarcode`),
  KEY `fk_box_boxUse` (`boxUseId`),
  KEY `fk_box_lastModifier_user` (`lastModifier`),
  KEY `fk_box_creator` (`creator`),
  KEY `fk_box_location` (`locationId`),
  KEY `name_Box` (`name`),
  KEY `fk_box_boxSize` (`boxSizeId`),
  CONSTRAINT `fk_box_boxSize` FOREIGN KEY (`boxSizeId`) REFERENCES `BoxSize` (`boxSizeId`),
  CONSTRAINT `fk_box_boxUse` FOREIGN KEY (`boxUseId`) REFERENCES `BoxUse` (`boxUseId`),
  CONSTRAINT `fk_box_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_box_lastModifier_user` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_box_location` FOREIGN KEY (`locationId`) REFERENCES `StorageLocation` (`locationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `BoxPosition` (
  `boxId` bigint(20) NOT NULL,
  `targetId` bigint(20) NOT NULL,
  `targetType` varchar(50) NOT NULL,
  `position` varchar(3) NOT NULL,
  PRIMARY KEY (`boxId`,`targetId`,`targetType`),
  UNIQUE KEY `box_unique_item` (`targetId`,`targetType`),
  UNIQUE KEY `box_single_occupancy` (`boxId`,`position`),
  CONSTRAINT `boxcontents_box_boxId` FOREIGN KEY (`boxId`) REFERENCES `Box` (`boxId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Contact` (
  `contactId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`contactId`),
  UNIQUE KEY `uk_contact_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ContactRole` (
  `contactRoleId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`contactRoleId`),
  UNIQUE KEY `UQ_contactRole_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Deletion` (
  `deletionId` bigint(20) NOT NULL AUTO_INCREMENT,
  `targetType` varchar(50) NOT NULL,
  `targetId` bigint(20) NOT NULL,
  `description` varchar(255) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `changeTime` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`deletionId`),
  KEY `fk_deletion_user` (`userId`),
  CONSTRAINT `fk_deletion_user` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `DetailedQcStatus` (
  `detailedQcStatusId` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` tinyint(1) DEFAULT NULL,
  `description` varchar(255) NOT NULL,
  `noteRequired` bit(1) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`detailedQcStatusId`),
  UNIQUE KEY `uk_detailedQcStatus_description` (`description`),
  KEY `FK82obpt4ig4g20eycits1ss1am` (`createdBy`),
  KEY `FK8xn9wkmnf09k06en6m91g5ks3` (`updatedBy`),
  CONSTRAINT `FK82obpt4ig4g20eycits1ss1am` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FK8xn9wkmnf09k06en6m91g5ks3` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `InstrumentModel` (
  `instrumentModelId` bigint(20) NOT NULL AUTO_INCREMENT,
  `platform` varchar(50) NOT NULL,
  `alias` varchar(100) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `numContainers` tinyint(4) NOT NULL,
  `instrumentType` varchar(50) NOT NULL,
  `dataManglingPolicy` varchar(50) DEFAULT 'NONE',
  PRIMARY KEY (`instrumentModelId`)
) ENGINE=InnoDB AUTO_INCREMENT=38 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `RunPurpose` (
  `purposeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  PRIMARY KEY (`purposeId`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Workstation` (
  `workstationId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `identificationBarcode` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`workstationId`),
  UNIQUE KEY `uk_workstation_alias` (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Instrument` (
  `instrumentId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `instrumentModelId` bigint(20) NOT NULL,
  `serialNumber` varchar(30) DEFAULT NULL,
  `dateCommissioned` date DEFAULT NULL,
  `dateDecommissioned` date DEFAULT NULL,
  `upgradedInstrumentId` bigint(20) DEFAULT NULL,
  `defaultPurposeId` bigint(20) DEFAULT NULL,
  `identificationBarcode` varchar(255) DEFAULT NULL,
  `workstationId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`instrumentId`),
  UNIQUE KEY `uk_sequencer_name` (`name`),
  UNIQUE KEY `upgraded_SR_UK` (`upgradedInstrumentId`),
  UNIQUE KEY `uk_instrument_identificationBarcode` (`identificationBarcode`),
  KEY `name_Instrument` (`name`),
  KEY `fk_instrument_instrumentModel` (`instrumentModelId`),
  KEY `instrument_defaultPurpose` (`defaultPurposeId`),
  KEY `fk_instrument_workstation` (`workstationId`),
  CONSTRAINT `fk_instrument_instrumentModel` FOREIGN KEY (`instrumentModelId`) REFERENCES `InstrumentModel` (`instrumentModelId`),
  CONSTRAINT `fk_instrument_upgradedInstrument` FOREIGN KEY (`upgradedInstrumentId`) REFERENCES `Instrument` (`instrumentId`),
  CONSTRAINT `fk_instrument_workstation` FOREIGN KEY (`workstationId`) REFERENCES `Workstation` (`workstationId`),
  CONSTRAINT `instrument_defaultPurpose` FOREIGN KEY (`defaultPurposeId`) REFERENCES `RunPurpose` (`purposeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `KitDescriptor` (
  `kitDescriptorId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `version` int(11) DEFAULT NULL,
  `manufacturer` varchar(100) NOT NULL,
  `partNumber` varchar(50) NOT NULL,
  `stockLevel` int(11) NOT NULL DEFAULT 0,
  `kitType` varchar(30) NOT NULL,
  `platformType` varchar(20) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `lastModifier` bigint(20) NOT NULL DEFAULT 1,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`kitDescriptorId`),
  UNIQUE KEY `uk_kitDescriptor_name` (`name`),
  KEY `kitdescriptor_user_userid_fkey` (`lastModifier`),
  KEY `fk_kitDescriptor_creator` (`creator`),
  KEY `name_KitDescriptor` (`name`),
  CONSTRAINT `fk_kitDescriptor_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `kitdescriptor_user_userid_fkey` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB AUTO_INCREMENT=126 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Lab` (
  `labId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `excludeFromPinery` tinyint(1) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`labId`),
  UNIQUE KEY `uk_lab_alias` (`alias`),
  KEY `lab_createUser_fkey` (`createdBy`),
  KEY `lab_updateUser_fkey` (`updatedBy`),
  CONSTRAINT `lab_createUser_fkey` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `lab_updateUser_fkey` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Note` (
  `noteId` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` date NOT NULL,
  `internalOnly` tinyint(1) NOT NULL DEFAULT 0,
  `text` text DEFAULT NULL,
  `owner_userId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`noteId`),
  KEY `FK2524124140968C` (`owner_userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `persistent_logins` (
  `username` varchar(64) NOT NULL,
  `series` varchar(64) NOT NULL,
  `token` varchar(64) NOT NULL,
  `last_used` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`series`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Pipeline` (
  `pipelineId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  PRIMARY KEY (`pipelineId`),
  UNIQUE KEY `uk_pipeline_alias` (`alias`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ScientificName` (
  `scientificNameId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(100) NOT NULL,
  PRIMARY KEY (`scientificNameId`),
  UNIQUE KEY `uk_scientificName_alias` (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ReferenceGenome` (
  `referenceGenomeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `defaultScientificNameId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`referenceGenomeId`),
  UNIQUE KEY `alias` (`alias`),
  KEY `fk_referenceGenome_defaultScientificName` (`defaultScientificNameId`),
  CONSTRAINT `fk_referenceGenome_defaultScientificName` FOREIGN KEY (`defaultScientificNameId`) REFERENCES `ScientificName` (`scientificNameId`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TargetedSequencing` (
  `targetedSequencingId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `archived` bit(1) NOT NULL DEFAULT b'0',
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`targetedSequencingId`),
  UNIQUE KEY `UK_TargetedResequencing_a_kdi2` (`alias`),
  KEY `FK_TargetedResequencing_cb2` (`createdBy`),
  KEY `FK_TargetedResequencing_ub2` (`updatedBy`),
  CONSTRAINT `FK_TargetedResequencing_cb2` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FK_TargetedResequencing_ub2` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Project` (
  `projectId` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `description` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `title` varchar(100) DEFAULT NULL,
  `referenceGenomeId` bigint(20) NOT NULL DEFAULT 1,
  `targetedSequencingId` bigint(20) DEFAULT NULL,
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `code` varchar(255) DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `lastModifier` bigint(20) NOT NULL,
  `secondaryNaming` tinyint(1) NOT NULL DEFAULT 0,
  `rebNumber` varchar(50) DEFAULT NULL,
  `rebExpiry` date DEFAULT NULL,
  `pipelineId` bigint(20) NOT NULL,
  `samplesExpected` int(11) DEFAULT NULL,
  `additionalDetails` text DEFAULT NULL,
  PRIMARY KEY (`projectId`),
  UNIQUE KEY `project_alias_UK` (`title`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `uk_project_shortname` (`code`),
  KEY `referenceGenomeId` (`referenceGenomeId`),
  KEY `fk_Project_TargetedSequencing` (`targetedSequencingId`),
  KEY `fk_project_pipeline` (`pipelineId`),
  KEY `fk_project_creator` (`creator`),
  KEY `fk_project_modifier` (`lastModifier`),
  CONSTRAINT `Project_ibfk_1` FOREIGN KEY (`referenceGenomeId`) REFERENCES `ReferenceGenome` (`referenceGenomeId`),
  CONSTRAINT `fk_Project_TargetedSequencing` FOREIGN KEY (`targetedSequencingId`) REFERENCES `TargetedSequencing` (`targetedSequencingId`),
  CONSTRAINT `fk_project_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_project_modifier` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_project_pipeline` FOREIGN KEY (`pipelineId`) REFERENCES `Pipeline` (`pipelineId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Project_Contact` (
  `projectId` bigint(20) NOT NULL,
  `contactId` bigint(20) NOT NULL,
  `contactRoleId` bigint(20) NOT NULL,
  PRIMARY KEY (`projectId`,`contactId`,`contactRoleId`),
  KEY `fk_project_contact_contact` (`contactId`),
  KEY `fk_project_contact_contactRole` (`contactRoleId`),
  CONSTRAINT `fk_project_contact_contact` FOREIGN KEY (`contactId`) REFERENCES `Contact` (`contactId`),
  CONSTRAINT `fk_project_contact_contactRole` FOREIGN KEY (`contactRoleId`) REFERENCES `ContactRole` (`contactRoleId`),
  CONSTRAINT `fk_project_contact_project` FOREIGN KEY (`projectId`) REFERENCES `Project` (`projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `QCType` (
  `qcTypeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `qcTarget` varchar(50) NOT NULL,
  `units` varchar(20) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `precisionAfterDecimal` int(11) NOT NULL DEFAULT 0,
  `correspondingField` varchar(50) NOT NULL DEFAULT 'NONE',
  `autoUpdateField` tinyint(4) NOT NULL DEFAULT 0,
  `instrumentModelId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`qcTypeId`),
  UNIQUE KEY `uk_qcType` (`name`,`qcTarget`),
  KEY `fk_qcType_instrumentModel` (`instrumentModelId`),
  CONSTRAINT `fk_qcType_instrumentModel` FOREIGN KEY (`instrumentModelId`) REFERENCES `InstrumentModel` (`instrumentModelId`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Requisition` (
  `requisitionId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(150) NOT NULL,
  `stopped` tinyint(1) NOT NULL DEFAULT 0,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModifier` bigint(20) NOT NULL,
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `stopReason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`requisitionId`),
  UNIQUE KEY `uk_requisition_alias` (`alias`),
  KEY `fk_requisition_creator` (`creator`),
  KEY `fk_requisition_modifier` (`lastModifier`),
  CONSTRAINT `fk_requisition_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_requisition_modifier` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Requisition_Assay` (
  `requisitionId` bigint(20) NOT NULL,
  `assayId` bigint(20) NOT NULL,
  PRIMARY KEY (`requisitionId`,`assayId`),
  KEY `fk_requisitionAssay_assay` (`assayId`),
  CONSTRAINT `fk_requisitionAssay_assay` FOREIGN KEY (`assayId`) REFERENCES `Assay` (`assayId`),
  CONSTRAINT `fk_requisitionAssay_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Requisition_Attachment` (
  `requisitionId` bigint(20) NOT NULL,
  `attachmentId` bigint(20) NOT NULL,
  PRIMARY KEY (`requisitionId`,`attachmentId`),
  KEY `fk_requisition_attachment` (`attachmentId`),
  CONSTRAINT `fk_attachment_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`),
  CONSTRAINT `fk_requisition_attachment` FOREIGN KEY (`attachmentId`) REFERENCES `Attachment` (`attachmentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Requisition_Note` (
  `requisitionId` bigint(20) NOT NULL,
  `noteId` bigint(20) NOT NULL,
  PRIMARY KEY (`requisitionId`,`noteId`),
  KEY `fk_requisition_note` (`noteId`),
  CONSTRAINT `fk_note_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`),
  CONSTRAINT `fk_requisition_note` FOREIGN KEY (`noteId`) REFERENCES `Note` (`noteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleType` (
  `typeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`typeId`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleClass` (
  `sampleClassId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `sampleCategory` varchar(255) NOT NULL,
  `suffix` varchar(5) DEFAULT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `directCreationAllowed` tinyint(1) DEFAULT 1,
  `sampleSubcategory` varchar(50) DEFAULT NULL,
  `v2NamingCode` varchar(2) DEFAULT NULL,
  `defaultSampleTypeId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`sampleClassId`),
  UNIQUE KEY `uk_sampleClass_alias` (`alias`),
  KEY `FK30w1j1qqj9qoxgpopa0uq9jeh` (`createdBy`),
  KEY `FKoyjjomji7fvjrlgevecxqv12o` (`updatedBy`),
  KEY `fk_sampleClass_defaultSampleType` (`defaultSampleTypeId`),
  CONSTRAINT `FK30w1j1qqj9qoxgpopa0uq9jeh` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKoyjjomji7fvjrlgevecxqv12o` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_sampleClass_defaultSampleType` FOREIGN KEY (`defaultSampleTypeId`) REFERENCES `SampleType` (`typeId`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleIndexFamily` (
  `indexFamilyId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`indexFamilyId`),
  UNIQUE KEY `uk_sampleIndexFamily_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SampleIndex` (
  `indexId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(24) NOT NULL,
  `indexFamilyId` bigint(20) NOT NULL,
  PRIMARY KEY (`indexId`),
  UNIQUE KEY `uk_sampleIndex_family_name` (`indexFamilyId`,`name`),
  CONSTRAINT `fk_sampleIndex_sampleIndexFamily` FOREIGN KEY (`indexFamilyId`) REFERENCES `SampleIndexFamily` (`indexFamilyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SamplePurpose` (
  `samplePurposeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `archived` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`samplePurposeId`),
  UNIQUE KEY `UK_t1fmado2v5jf9troedycvnxfv` (`alias`),
  KEY `FKcgjgyju8kvxgi1uaceewhtmbt` (`createdBy`),
  KEY `FKf50vooqtktimgba328whal3o0` (`updatedBy`),
  CONSTRAINT `FKcgjgyju8kvxgi1uaceewhtmbt` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKf50vooqtktimgba328whal3o0` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SequencingControlType` (
  `sequencingControlTypeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  PRIMARY KEY (`sequencingControlTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Sop` (
  `sopId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(200) NOT NULL,
  `version` varchar(50) NOT NULL,
  `category` varchar(20) NOT NULL,
  `url` varchar(500) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`sopId`),
  UNIQUE KEY `uk_sop_version` (`category`,`alias`,`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StainCategory` (
  `stainCategoryId` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`stainCategoryId`),
  UNIQUE KEY `staincategory_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Stain` (
  `stainId` bigint(20) NOT NULL AUTO_INCREMENT,
  `stainCategoryId` bigint(20) DEFAULT NULL,
  `name` varchar(20) NOT NULL,
  PRIMARY KEY (`stainId`),
  UNIQUE KEY `stain_name` (`name`),
  KEY `stain_staincategory` (`stainCategoryId`),
  CONSTRAINT `stain_staincategory` FOREIGN KEY (`stainCategoryId`) REFERENCES `StainCategory` (`stainCategoryId`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Subproject` (
  `subprojectId` bigint(20) NOT NULL AUTO_INCREMENT,
  `projectId` bigint(20) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `referenceGenomeId` bigint(20) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `priority` tinyint(4) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`subprojectId`),
  UNIQUE KEY `uk_subproject_project_alias` (`projectId`,`alias`),
  KEY `FK5mudbpqu96ccsmoldngfn7ulx` (`createdBy`),
  KEY `FKhb5p2460x4v7hd29wia24nnbu` (`projectId`),
  KEY `FKl477a3ed1xwaqx5k9hqu8naqi` (`updatedBy`),
  KEY `referenceGenomeId` (`referenceGenomeId`),
  CONSTRAINT `FK5mudbpqu96ccsmoldngfn7ulx` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKhb5p2460x4v7hd29wia24nnbu` FOREIGN KEY (`projectId`) REFERENCES `Project` (`projectId`),
  CONSTRAINT `FKl477a3ed1xwaqx5k9hqu8naqi` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `Subproject_ibfk_1` FOREIGN KEY (`referenceGenomeId`) REFERENCES `ReferenceGenome` (`referenceGenomeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TissueMaterial` (
  `tissueMaterialId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`tissueMaterialId`),
  UNIQUE KEY `UK_6pr0m7xvv7g5ajmmv93mqvdg7` (`alias`),
  KEY `FKtrwn1w8po9spxnkex9rpgsn64` (`createdBy`),
  KEY `FK69r5v1ppgjw6jth6saekcmv96` (`updatedBy`),
  CONSTRAINT `FK69r5v1ppgjw6jth6saekcmv96` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKtrwn1w8po9spxnkex9rpgsn64` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TissueOrigin` (
  `tissueOriginId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`tissueOriginId`),
  UNIQUE KEY `UK_m3j5fpd9m5hpofmdggxxmxtde` (`alias`),
  KEY `FK8gy70defmu4xsbhiubahuwto9` (`createdBy`),
  KEY `FKjdbxm47tiwma7ge045wjgvjdi` (`updatedBy`),
  CONSTRAINT `FK8gy70defmu4xsbhiubahuwto9` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKjdbxm47tiwma7ge045wjgvjdi` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TissuePieceType` (
  `tissuePieceTypeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `abbreviation` varchar(500) NOT NULL,
  `name` varchar(500) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `v2NamingCode` varchar(2) NOT NULL DEFAULT 'TP',
  PRIMARY KEY (`tissuePieceTypeId`),
  UNIQUE KEY `uk_tissuePieceType_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TissueType` (
  `tissueTypeId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `createdBy` bigint(20) NOT NULL,
  `creationDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedBy` bigint(20) NOT NULL,
  `lastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `sampleTypeName` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`tissueTypeId`),
  UNIQUE KEY `UK_5kvipym1ykutjwljtmigu043a` (`alias`),
  KEY `FKsnq8m3yj353mujw9c0iqrsjma` (`createdBy`),
  KEY `FK47m56tfdlpjqwgg79txgdt141` (`updatedBy`),
  CONSTRAINT `FK47m56tfdlpjqwgg79txgdt141` FOREIGN KEY (`updatedBy`) REFERENCES `User` (`userId`),
  CONSTRAINT `FKsnq8m3yj353mujw9c0iqrsjma` FOREIGN KEY (`createdBy`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Sample` (
  `sampleId` bigint(20) NOT NULL AUTO_INCREMENT,
  `accession` varchar(50) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `identificationBarcode` varchar(255) DEFAULT NULL,
  `locationBarcode` varchar(255) DEFAULT NULL,
  `sampleType` varchar(50) NOT NULL,
  `alias` varchar(100) DEFAULT NULL,
  `project_projectId` bigint(20) NOT NULL,
  `taxonIdentifier` varchar(255) DEFAULT NULL,
  `lastModifier` bigint(20) NOT NULL DEFAULT 1,
  `discarded` tinyint(4) NOT NULL DEFAULT 0,
  `volume` decimal(16,10) DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `concentrationUnits` varchar(30) DEFAULT NULL,
  `volumeUnits` varchar(30) DEFAULT NULL,
  `concentration` decimal(16,10) DEFAULT NULL,
  `initialVolume` decimal(16,10) DEFAULT NULL,
  `sequencingControlTypeId` bigint(20) DEFAULT NULL,
  `discriminator` varchar(50) NOT NULL DEFAULT 'Sample',
  `sampleClassId` bigint(20) DEFAULT NULL,
  `detailedQcStatusId` bigint(20) DEFAULT NULL,
  `subprojectId` bigint(20) DEFAULT NULL,
  `archived` bit(1) DEFAULT NULL,
  `parentId` bigint(20) DEFAULT NULL,
  `siblingNumber` int(11) DEFAULT NULL,
  `groupId` varchar(100) DEFAULT NULL,
  `groupDescription` varchar(255) DEFAULT NULL,
  `isSynthetic` tinyint(4) DEFAULT NULL,
  `nonStandardAlias` tinyint(4) DEFAULT NULL,
  `preMigrationId` bigint(20) DEFAULT NULL,
  `detailedQcStatusNote` varchar(500) DEFAULT NULL,
  `creationDate` date DEFAULT NULL,
  `volumeUsed` decimal(16,10) DEFAULT NULL,
  `ngUsed` decimal(16,10) DEFAULT NULL,
  `externalName` varchar(255) DEFAULT NULL,
  `donorSex` varchar(50) DEFAULT NULL,
  `consentLevel` varchar(50) DEFAULT NULL,
  `tissueOriginId` bigint(20) DEFAULT NULL,
  `tissueTypeId` bigint(20) DEFAULT NULL,
  `secondaryIdentifier` varchar(255) DEFAULT NULL,
  `labId` bigint(20) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `passageNumber` int(11) DEFAULT NULL,
  `tubeNumber` int(11) DEFAULT NULL,
  `timesReceived` int(11) DEFAULT NULL,
  `tissueMaterialId` bigint(20) DEFAULT NULL,
  `initialSlides` int(11) DEFAULT NULL,
  `thickness` int(11) DEFAULT NULL,
  `stain` bigint(20) DEFAULT NULL,
  `slides` int(11) DEFAULT NULL,
  `percentTumour` decimal(11,8) DEFAULT NULL,
  `percentNecrosis` decimal(11,8) DEFAULT NULL,
  `markedAreaSize` decimal(11,8) DEFAULT NULL,
  `markedAreaPercentTumour` decimal(11,8) DEFAULT NULL,
  `slidesConsumed` int(11) DEFAULT NULL,
  `tissuePieceType` bigint(20) DEFAULT NULL,
  `referenceSlideId` bigint(20) DEFAULT NULL,
  `initialCellConcentration` decimal(16,10) DEFAULT NULL,
  `digestion` varchar(255) DEFAULT NULL,
  `strStatus` varchar(50) DEFAULT NULL,
  `dnaseTreated` tinyint(4) DEFAULT NULL,
  `targetCellRecovery` int(11) DEFAULT NULL,
  `cellViability` decimal(14,10) DEFAULT NULL,
  `loadingCellConcentration` decimal(16,10) DEFAULT NULL,
  `samplePurposeId` bigint(20) DEFAULT NULL,
  `inputIntoLibrary` decimal(14,10) DEFAULT NULL,
  `scientificNameId` bigint(20) NOT NULL,
  `sopId` bigint(20) DEFAULT NULL,
  `qcUser` bigint(20) DEFAULT NULL,
  `timepoint` varchar(50) DEFAULT NULL,
  `qcDate` date DEFAULT NULL,
  `requisitionId` bigint(20) DEFAULT NULL,
  `indexId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`sampleId`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `identificationBarcode` (`identificationBarcode`),
  UNIQUE KEY `uk_sample_preMigrationId` (`preMigrationId`),
  KEY `Sample_project_projectId_sampleId` (`project_projectId`,`sampleId`),
  KEY `fk_sample_lastModifier_user` (`lastModifier`),
  KEY `fk_sample_creator` (`creator`),
  KEY `lastModified_Sample` (`lastModified`),
  KEY `fk_sample_sequencingControlType` (`sequencingControlTypeId`),
  KEY `fk_sample_detailedQcStatus` (`detailedQcStatusId`),
  KEY `fk_sample_sampleClass` (`sampleClassId`),
  KEY `fk_sample_subproject` (`subprojectId`),
  KEY `fk_sample_parent` (`parentId`),
  KEY `fk_sample_lab` (`labId`),
  KEY `fk_sample_tissueOrigin` (`tissueOriginId`),
  KEY `fk_sample_tissueType` (`tissueTypeId`),
  KEY `fk_sample_tissueMaterial` (`tissueMaterialId`),
  KEY `fk_sample_stain` (`stain`),
  KEY `fk_sample_referenceSlide` (`referenceSlideId`),
  KEY `fk_sample_tissuePieceType` (`tissuePieceType`),
  KEY `fk_sample_samplePurpose` (`samplePurposeId`),
  KEY `fk_sample_scientificName` (`scientificNameId`),
  KEY `fk_sample_sop` (`sopId`),
  KEY `fk_sample_qcUser` (`qcUser`),
  KEY `fk_sample_requisition` (`requisitionId`),
  KEY `fk_sample_sampleIndex` (`indexId`),
  CONSTRAINT `fk_sample_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_sample_detailedQcStatus` FOREIGN KEY (`detailedQcStatusId`) REFERENCES `DetailedQcStatus` (`detailedQcStatusId`),
  CONSTRAINT `fk_sample_lab` FOREIGN KEY (`labId`) REFERENCES `Lab` (`labId`),
  CONSTRAINT `fk_sample_lastModifier_user` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_sample_parent` FOREIGN KEY (`parentId`) REFERENCES `Sample` (`sampleId`),
  CONSTRAINT `fk_sample_project` FOREIGN KEY (`project_projectId`) REFERENCES `Project` (`projectId`),
  CONSTRAINT `fk_sample_qcUser` FOREIGN KEY (`qcUser`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_sample_referenceSlide` FOREIGN KEY (`referenceSlideId`) REFERENCES `Sample` (`sampleId`),
  CONSTRAINT `fk_sample_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`),
  CONSTRAINT `fk_sample_sampleClass` FOREIGN KEY (`sampleClassId`) REFERENCES `SampleClass` (`sampleClassId`),
  CONSTRAINT `fk_sample_sampleIndex` FOREIGN KEY (`indexId`) REFERENCES `SampleIndex` (`indexId`),
  CONSTRAINT `fk_sample_samplePurpose` FOREIGN KEY (`samplePurposeId`) REFERENCES `SamplePurpose` (`samplePurposeId`),
  CONSTRAINT `fk_sample_scientificName` FOREIGN KEY (`scientificNameId`) REFERENCES `ScientificName` (`scientificNameId`),
  CONSTRAINT `fk_sample_sequencingControlType` FOREIGN KEY (`sequencingControlTypeId`) REFERENCES `SequencingControlType` (`sequencingControlTypeId`),
  CONSTRAINT `fk_sample_sop` FOREIGN KEY (`sopId`) REFERENCES `Sop` (`sopId`),
  CONSTRAINT `fk_sample_stain` FOREIGN KEY (`stain`) REFERENCES `Stain` (`stainId`),
  CONSTRAINT `fk_sample_subproject` FOREIGN KEY (`subprojectId`) REFERENCES `Subproject` (`subprojectId`),
  CONSTRAINT `fk_sample_tissueMaterial` FOREIGN KEY (`tissueMaterialId`) REFERENCES `TissueMaterial` (`tissueMaterialId`),
  CONSTRAINT `fk_sample_tissueOrigin` FOREIGN KEY (`tissueOriginId`) REFERENCES `TissueOrigin` (`tissueOriginId`),
  CONSTRAINT `fk_sample_tissuePieceType` FOREIGN KEY (`tissuePieceType`) REFERENCES `TissuePieceType` (`tissuePieceTypeId`),
  CONSTRAINT `fk_sample_tissueType` FOREIGN KEY (`tissueTypeId`) REFERENCES `TissueType` (`tissueTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Requisition_SupplementalSample` (
  `requisitionId` bigint(20) NOT NULL,
  `sampleId` bigint(20) NOT NULL,
  PRIMARY KEY (`requisitionId`,`sampleId`),
  KEY `fk_requisition_supplementalSample` (`sampleId`),
  CONSTRAINT `fk_requisition_supplementalSample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`),
  CONSTRAINT `fk_supplementalSample_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `RequisitionChangeLog` (
  `requisitionChangeLogId` bigint(20) NOT NULL AUTO_INCREMENT,
  `requisitionId` bigint(20) NOT NULL,
  `columnsChanged` varchar(500) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `message` longtext NOT NULL,
  `changeTime` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`requisitionChangeLogId`),
  KEY `fk_requisitionChangeLog_user` (`userId`),
  KEY `fk_requisitionChangeLog_requisition` (`requisitionId`),
  CONSTRAINT `fk_requisitionChangeLog_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`) ON DELETE CASCADE,
  CONSTRAINT `fk_requisitionChangeLog_user` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `RequisitionPause` (
  `pauseId` bigint(20) NOT NULL AUTO_INCREMENT,
  `requisitionId` bigint(20) NOT NULL,
  `startDate` date NOT NULL,
  `endDate` date DEFAULT NULL,
  `reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`pauseId`),
  KEY `fk_requisitionPause_requisition` (`requisitionId`),
  CONSTRAINT `fk_requisitionPause_requisition` FOREIGN KEY (`requisitionId`) REFERENCES `Requisition` (`requisitionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Sample_Attachment` (
  `sampleId` bigint(20) NOT NULL,
  `attachmentId` bigint(20) NOT NULL,
  PRIMARY KEY (`sampleId`,`attachmentId`),
  KEY `fk_sample_attachment` (`attachmentId`),
  CONSTRAINT `fk_attachment_sample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`),
  CONSTRAINT `fk_sample_attachment` FOREIGN KEY (`attachmentId`) REFERENCES `Attachment` (`attachmentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Sample_Note` (
  `sample_sampleId` bigint(20) NOT NULL,
  `notes_noteId` bigint(20) NOT NULL,
  PRIMARY KEY (`sample_sampleId`,`notes_noteId`),
  KEY `SampleNote_Note_FK` (`notes_noteId`),
  CONSTRAINT `SampleNote_Note_FK` FOREIGN KEY (`notes_noteId`) REFERENCES `Note` (`noteId`),
  CONSTRAINT `SampleNote_Sample_FK` FOREIGN KEY (`sample_sampleId`) REFERENCES `Sample` (`sampleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleChangeLog` (
  `sampleChangeLogId` bigint(20) NOT NULL AUTO_INCREMENT,
  `sampleId` bigint(20) NOT NULL,
  `columnsChanged` varchar(500) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `message` longtext NOT NULL,
  `changeTime` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`sampleChangeLogId`),
  KEY `fk_sampleChangeLog_user` (`userId`),
  KEY `SampleChangeLogDerivedInfo` (`sampleId`,`changeTime`),
  CONSTRAINT `fk_sampleChangeLog_sample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`) ON DELETE CASCADE,
  CONSTRAINT `fk_sampleChangeLog_user` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleHierarchy` (
  `sampleId` bigint(20) NOT NULL,
  `identityId` bigint(20) DEFAULT NULL,
  `tissueId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`sampleId`),
  KEY `fk_sampleHierarchy_identity` (`identityId`),
  KEY `fk_sampleHierarchy_tissue` (`tissueId`),
  CONSTRAINT `fk_sampleHierarchy_identity` FOREIGN KEY (`identityId`) REFERENCES `Sample` (`sampleId`) ON DELETE CASCADE,
  CONSTRAINT `fk_sampleHierarchy_sample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`) ON DELETE CASCADE,
  CONSTRAINT `fk_sampleHierarchy_tissue` FOREIGN KEY (`tissueId`) REFERENCES `Sample` (`sampleId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SampleQC` (
  `qcId` bigint(20) NOT NULL AUTO_INCREMENT,
  `sample_sampleId` bigint(20) NOT NULL,
  `creator` bigint(20) NOT NULL,
  `date` date NOT NULL,
  `type` bigint(20) NOT NULL,
  `results` decimal(16,10) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `description` varchar(255) DEFAULT NULL,
  `instrumentId` bigint(20) DEFAULT NULL,
  `kitLot` varchar(50) DEFAULT NULL,
  `kitDescriptorId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`qcId`),
  KEY `FK_sample_qc_sample` (`sample_sampleId`),
  KEY `FK_sample_qc_creator` (`creator`),
  KEY `FK_sample_qc_type` (`type`),
  KEY `fk_sampleQc_instrument` (`instrumentId`),
  KEY `fk_sampleQc_kit` (`kitDescriptorId`),
  CONSTRAINT `FK_sample_qc_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `FK_sample_qc_sample` FOREIGN KEY (`sample_sampleId`) REFERENCES `Sample` (`sampleId`),
  CONSTRAINT `FK_sample_qc_type` FOREIGN KEY (`type`) REFERENCES `QCType` (`qcTypeId`),
  CONSTRAINT `fk_sampleQc_instrument` FOREIGN KEY (`instrumentId`) REFERENCES `Instrument` (`instrumentId`),
  CONSTRAINT `fk_sampleQc_kit` FOREIGN KEY (`kitDescriptorId`) REFERENCES `KitDescriptor` (`kitDescriptorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `WorkflowProgress` (
  `workflowProgressId` bigint(20) NOT NULL AUTO_INCREMENT,
  `workflowName` varchar(255) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`workflowProgressId`),
  KEY `userId` (`userId`),
  CONSTRAINT `WorkflowProgress_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `WorkflowProgressStep` (
  `workflowProgressId` bigint(20) NOT NULL,
  `stepNumber` bigint(20) NOT NULL,
  PRIMARY KEY (`workflowProgressId`,`stepNumber`),
  CONSTRAINT `WorkflowProgressStep_ibfk_1` FOREIGN KEY (`workflowProgressId`) REFERENCES `WorkflowProgress` (`workflowProgressId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StepSample` (
  `workflowProgressId` bigint(20) NOT NULL,
  `stepNumber` bigint(20) NOT NULL,
  `sampleId` bigint(20) NOT NULL,
  PRIMARY KEY (`workflowProgressId`,`stepNumber`),
  KEY `sampleId` (`sampleId`),
  CONSTRAINT `StepSample_ibfk_1` FOREIGN KEY (`workflowProgressId`, `stepNumber`) REFERENCES `WorkflowProgressStep` (`workflowProgressId`, `stepNumber`),
  CONSTRAINT `StepSample_ibfk_2` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Transfer` (
  `transferId` bigint(20) NOT NULL AUTO_INCREMENT,
  `transferTime` timestamp NOT NULL DEFAULT current_timestamp(),
  `senderLabId` bigint(20) DEFAULT NULL,
  `senderGroupId` bigint(20) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `recipientGroupId` bigint(20) DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModifier` bigint(20) NOT NULL,
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `transferRequestName` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`transferId`),
  KEY `fk_transfer_senderLab` (`senderLabId`),
  KEY `fk_transfer_senderGroup` (`senderGroupId`),
  KEY `fk_transfer_recipientGroup` (`recipientGroupId`),
  KEY `fk_transfer_creator` (`creator`),
  KEY `fk_transfer_modifier` (`lastModifier`),
  CONSTRAINT `fk_transfer_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_transfer_modifier` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_transfer_recipientGroup` FOREIGN KEY (`recipientGroupId`) REFERENCES `_Group` (`groupId`),
  CONSTRAINT `fk_transfer_senderGroup` FOREIGN KEY (`senderGroupId`) REFERENCES `_Group` (`groupId`),
  CONSTRAINT `fk_transfer_senderLab` FOREIGN KEY (`senderLabId`) REFERENCES `Lab` (`labId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Transfer_Sample` (
  `transferId` bigint(20) NOT NULL,
  `sampleId` bigint(20) NOT NULL,
  `received` tinyint(1) DEFAULT NULL,
  `qcPassed` tinyint(1) DEFAULT NULL,
  `qcNote` varchar(255) DEFAULT NULL,
  `distributedVolume` decimal(16,10) DEFAULT NULL,
  `distributedBoxAlias` varchar(255) DEFAULT NULL,
  `distributedBoxPosition` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`transferId`,`sampleId`),
  KEY `fk_transfer_sample` (`sampleId`),
  CONSTRAINT `fk_sample_transfer` FOREIGN KEY (`transferId`) REFERENCES `Transfer` (`transferId`),
  CONSTRAINT `fk_transfer_sample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TransferNotification` (
  `notificationId` bigint(20) NOT NULL AUTO_INCREMENT,
  `transferId` bigint(20) NOT NULL,
  `recipientName` varchar(255) NOT NULL,
  `recipientEmail` varchar(255) NOT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `sentTime` timestamp NULL DEFAULT NULL,
  `sendSuccess` tinyint(1) DEFAULT NULL,
  `failureSentTime` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`notificationId`),
  KEY `fk_transferNotification_transfer` (`transferId`),
  KEY `fk_transferNotification_creator` (`creator`),
  CONSTRAINT `fk_transferNotification_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_transferNotification_transfer` FOREIGN KEY (`transferId`) REFERENCES `Transfer` (`transferId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `User_FavouriteWorkflows` (
  `userId` bigint(20) DEFAULT NULL,
  `favouriteWorkflow` varchar(20) DEFAULT NULL,
  KEY `fk_user_favouriteworkflow_user` (`userId`),
  CONSTRAINT `fk_user_favouriteworkflow_user` FOREIGN KEY (`userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `User_Group` (
  `users_userId` bigint(20) NOT NULL,
  `groups_groupId` bigint(20) NOT NULL,
  UNIQUE KEY `uk_user_group` (`users_userId`,`groups_groupId`),
  KEY `FKE7B7ED0B94349B7F` (`groups_groupId`),
  KEY `FKE7B7ED0B749D8197` (`users_userId`),
  CONSTRAINT `fk_user_group_group` FOREIGN KEY (`groups_groupId`) REFERENCES `_Group` (`groupId`),
  CONSTRAINT `fk_user_group_user` FOREIGN KEY (`users_userId`) REFERENCES `User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `WorksetCategory` (
  `categoryId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`categoryId`),
  UNIQUE KEY `uk_worksetCategory_alias` (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `WorksetStage` (
  `stageId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`stageId`),
  UNIQUE KEY `uk_worksetStage_alias` (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Workset` (
  `worksetId` bigint(20) NOT NULL AUTO_INCREMENT,
  `alias` varchar(100) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `lastModifier` bigint(20) NOT NULL,
  `lastModified` timestamp NOT NULL DEFAULT current_timestamp(),
  `categoryId` bigint(20) DEFAULT NULL,
  `stageId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`worksetId`),
  UNIQUE KEY `uk_workset_alias` (`alias`),
  KEY `fk_workset_creator` (`creator`),
  KEY `fk_workset_modifier` (`lastModifier`),
  KEY `fk_workset_category` (`categoryId`),
  KEY `fk_workset_stage` (`stageId`),
  CONSTRAINT `fk_workset_category` FOREIGN KEY (`categoryId`) REFERENCES `WorksetCategory` (`categoryId`),
  CONSTRAINT `fk_workset_creator` FOREIGN KEY (`creator`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_workset_modifier` FOREIGN KEY (`lastModifier`) REFERENCES `User` (`userId`),
  CONSTRAINT `fk_workset_stage` FOREIGN KEY (`stageId`) REFERENCES `WorksetStage` (`stageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Workset_Sample` (
  `worksetId` bigint(20) NOT NULL,
  `sampleId` bigint(20) NOT NULL,
  `addedTime` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`worksetId`,`sampleId`),
  KEY `fk_workset_sample` (`sampleId`),
  CONSTRAINT `fk_sample_workset` FOREIGN KEY (`worksetId`) REFERENCES `Workset` (`worksetId`),
  CONSTRAINT `fk_workset_sample` FOREIGN KEY (`sampleId`) REFERENCES `Sample` (`sampleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DVSA Commercial Vehicle Services (CVS): the relational "NOP" store of vehicle technical records and annual test
-- results of heavy goods vehicles, buses/coaches and trailers tested at DVSA sites and Authorised Testing Facilities
-- (Great Britain). Source: github.com/dvsa/cvs-nop, commit d295b63dd69191d2c2448f5f5e6e16a6f04eafc2 (Liquibase
-- changelog `changelog-master.xml`), the database that github.com/dvsa/cvs-tsk-update-store (MIT, "Copyright (c)
-- 2019 Driver & Vehicle Standards Agency", commit 2da66417) fills from the CVS DynamoDB tables and vendors as its
-- `cvs-nop` git submodule; cvs-nop itself carries no licence file.
-- How it was made: the changesets that create or alter tables (sql/00000, 00001, 00004 … 00010) were replayed in a
-- scratch MariaDB 10.11 database and each table written here as `SHOW CREATE TABLE` printed it, in foreign-key
-- order. Upstream targets MySQL 5.7 / Aurora: its 16 `fingerprint` columns and test_result.testtype_fingerprint
-- are STORED generated columns `GENERATED ALWAYS AS (md5(concat_ws('|', …))) STORED [UNIQUE KEY] NOT NULL`, which
-- MariaDB rejects (md5 in a generated column, NOT NULL on one); they are written as plain `varchar(32) NOT NULL`
-- with the same unique keys, and upstream's expression is kept in the comment above each table. Left out: the
-- trigger (00002/00003), the views (10000, 10001), the EVL stored procedure (20000) and the reference data rows.
-- All 38 tables are kept.

CREATE TABLE `vehicle` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `system_number` varchar(30) NOT NULL,
  `vin` varchar(21) DEFAULT NULL,
  `vrm_trm` varchar(9) DEFAULT NULL,
  `trailer_id` varchar(8) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_system_number_vin_uq` (`system_number`,`vin`),
  KEY `idx_vehicle_vin` (`vin`),
  KEY `idx_vehicle_vrm_trm` (`vrm_trm`),
  KEY `idx_vehicle_trailer_id` (`trailer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`make`, ''), IFNULL(`model`, ''), IFNULL(`chassisMake`, ''), IFNULL(`chassisModel`, ''), IFNULL(`bodyMake`, ''), IFNULL(`bodyModel`, ''), IFNULL(`modelLiteral`, ''), IFNULL(`bodyTypeCode`, ''), IFNULL(`bodyTypeDescription`, ''), IFNULL(`fuelPropulsionSystem`, ''), IFNULL(`dtpCode`, '')))) STORED
CREATE TABLE `make_model` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `make` varchar(50) DEFAULT NULL,
  `model` varchar(30) DEFAULT NULL,
  `chassisMake` varchar(50) DEFAULT NULL,
  `chassisModel` varchar(20) DEFAULT NULL,
  `bodyMake` varchar(20) DEFAULT NULL,
  `bodyModel` varchar(20) DEFAULT NULL,
  `modelLiteral` varchar(30) DEFAULT NULL,
  `bodyTypeCode` char(1) DEFAULT NULL,
  `bodyTypeDescription` varchar(17) DEFAULT NULL,
  `fuelPropulsionSystem` varchar(12) DEFAULT NULL,
  `dtpCode` varchar(6) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`code`, ''), IFNULL(`description`, ''), IFNULL(`vehicleType`, ''), IFNULL(`vehicleSize`, ''), IFNULL(`vehicleConfiguration`, ''), IFNULL(`euVehicleCategory`, '')))) STORED
CREATE TABLE `vehicle_class` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `code` char(1) DEFAULT NULL,
  `description` varchar(46) DEFAULT NULL,
  `vehicleType` varchar(10) DEFAULT NULL,
  `vehicleSize` varchar(5) DEFAULT NULL,
  `vehicleConfiguration` varchar(20) DEFAULT NULL,
  `euVehicleCategory` varchar(5) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`vehicle_class_id`, ''), IFNULL(`subclass`, '')))) STORED
CREATE TABLE `vehicle_subclass` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `vehicle_class_id` bigint(20) unsigned NOT NULL,
  `subclass` varchar(1) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`),
  KEY `idx_vehicle_class_id` (`vehicle_class_id`),
  CONSTRAINT `vehicle_subclass_ibfk_1` FOREIGN KEY (`vehicle_class_id`) REFERENCES `vehicle_class` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`identityId`, ''), IFNULL(`name`, '')))) STORED
CREATE TABLE `identity` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `identityId` varchar(36) DEFAULT NULL,
  `name` varchar(320) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`),
  KEY `idx_identity_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`name`, ''), IFNULL(`address1`, ''), IFNULL(`address2`, ''), IFNULL(`postTown`, ''), IFNULL(`address3`, ''), IFNULL(`postCode`, ''), IFNULL(`emailAddress`, ''), IFNULL(`telephoneNumber`, ''), IFNULL(`faxNumber`, '')))) STORED
CREATE TABLE `contact_details` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(150) DEFAULT NULL,
  `address1` varchar(60) DEFAULT NULL,
  `address2` varchar(60) DEFAULT NULL,
  `postTown` varchar(60) DEFAULT NULL,
  `address3` varchar(60) DEFAULT NULL,
  `postCode` varchar(12) DEFAULT NULL,
  `emailAddress` varchar(255) DEFAULT NULL,
  `telephoneNumber` varchar(25) DEFAULT NULL,
  `faxNumber` varchar(25) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `technical_record` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `vehicle_id` bigint(20) unsigned NOT NULL,
  `recordCompleteness` varchar(8) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `lastUpdatedAt` datetime(3) DEFAULT NULL,
  `make_model_id` bigint(20) unsigned NOT NULL,
  `functionCode` char(1) DEFAULT NULL,
  `offRoad` tinyint(1) DEFAULT NULL,
  `numberOfWheelsDriven` int(11) DEFAULT NULL,
  `emissionsLimit` varchar(45) DEFAULT NULL,
  `departmentalVehicleMarker` tinyint(1) DEFAULT NULL,
  `alterationMarker` tinyint(1) DEFAULT NULL,
  `vehicle_class_id` bigint(20) unsigned NOT NULL,
  `variantVersionNumber` varchar(35) DEFAULT NULL,
  `grossEecWeight` mediumint(8) unsigned DEFAULT NULL,
  `trainEecWeight` mediumint(8) unsigned DEFAULT NULL,
  `maxTrainEecWeight` mediumint(8) unsigned DEFAULT NULL,
  `applicant_detail_id` bigint(20) unsigned NOT NULL,
  `purchaser_detail_id` bigint(20) unsigned NOT NULL,
  `manufacturer_detail_id` bigint(20) unsigned NOT NULL,
  `manufactureYear` year(4) DEFAULT NULL,
  `regnDate` date DEFAULT NULL,
  `firstUseDate` date DEFAULT NULL,
  `coifDate` date DEFAULT NULL,
  `ntaNumber` varchar(40) DEFAULT NULL,
  `coifSerialNumber` varchar(8) DEFAULT NULL,
  `coifCertifierName` varchar(20) DEFAULT NULL,
  `approvalType` varchar(25) DEFAULT NULL,
  `approvalTypeNumber` varchar(25) DEFAULT NULL,
  `variantNumber` varchar(25) DEFAULT NULL,
  `conversionRefNo` varchar(10) DEFAULT NULL,
  `seatsLowerDeck` smallint(5) unsigned DEFAULT NULL,
  `seatsUpperDeck` tinyint(3) unsigned DEFAULT NULL,
  `standingCapacity` smallint(5) unsigned DEFAULT NULL,
  `speedRestriction` tinyint(3) unsigned DEFAULT NULL,
  `speedLimiterMrk` tinyint(1) DEFAULT NULL,
  `tachoExemptMrk` tinyint(1) DEFAULT NULL,
  `dispensations` varchar(160) DEFAULT NULL,
  `remarks` varchar(1024) DEFAULT NULL,
  `reasonForCreation` varchar(100) DEFAULT NULL,
  `statusCode` varchar(11) DEFAULT NULL,
  `unladenWeight` mediumint(8) unsigned DEFAULT NULL,
  `grossKerbWeight` mediumint(8) unsigned DEFAULT NULL,
  `grossLadenWeight` mediumint(8) unsigned DEFAULT NULL,
  `grossGbWeight` mediumint(8) unsigned DEFAULT NULL,
  `grossDesignWeight` mediumint(8) unsigned DEFAULT NULL,
  `trainGbWeight` mediumint(8) unsigned DEFAULT NULL,
  `trainDesignWeight` mediumint(8) unsigned DEFAULT NULL,
  `maxTrainGbWeight` mediumint(8) unsigned DEFAULT NULL,
  `maxTrainDesignWeight` mediumint(8) unsigned DEFAULT NULL,
  `maxLoadOnCoupling` mediumint(8) unsigned DEFAULT NULL,
  `frameDescription` varchar(15) DEFAULT NULL,
  `tyreUseCode` varchar(2) DEFAULT NULL,
  `roadFriendly` tinyint(1) DEFAULT NULL,
  `drawbarCouplingFitted` tinyint(1) DEFAULT NULL,
  `euroStandard` varchar(9) DEFAULT NULL,
  `suspensionType` char(1) DEFAULT NULL,
  `couplingType` char(1) DEFAULT NULL,
  `length` mediumint(8) unsigned DEFAULT NULL,
  `height` mediumint(8) unsigned DEFAULT NULL,
  `width` mediumint(8) unsigned DEFAULT NULL,
  `frontAxleTo5thWheelMin` mediumint(8) unsigned DEFAULT NULL,
  `frontAxleTo5thWheelMax` mediumint(8) unsigned DEFAULT NULL,
  `frontVehicleTo5thWheelCouplingMin` mediumint(8) unsigned DEFAULT NULL,
  `frontVehicleTo5thWheelCouplingMax` mediumint(8) unsigned DEFAULT NULL,
  `frontAxleToRearAxle` mediumint(8) unsigned DEFAULT NULL,
  `rearAxleToRearTrl` mediumint(8) unsigned DEFAULT NULL,
  `couplingCenterToRearAxleMin` mediumint(8) unsigned DEFAULT NULL,
  `couplingCenterToRearAxleMax` mediumint(8) unsigned DEFAULT NULL,
  `couplingCenterToRearTrlMin` mediumint(8) unsigned DEFAULT NULL,
  `couplingCenterToRearTrlMax` mediumint(8) unsigned DEFAULT NULL,
  `centreOfRearmostAxleToRearOfTrl` mediumint(8) unsigned DEFAULT NULL,
  `notes` varchar(810) DEFAULT NULL,
  `purchaserNotes` varchar(1024) DEFAULT NULL,
  `manufacturerNotes` varchar(1024) DEFAULT NULL,
  `noOfAxles` tinyint(1) DEFAULT NULL,
  `brakeCode` varchar(6) DEFAULT NULL,
  `brakes_dtpNumber` varchar(6) DEFAULT NULL,
  `brakes_loadSensingValve` tinyint(1) DEFAULT NULL,
  `brakes_antilockBrakingSystem` tinyint(1) DEFAULT NULL,
  `createdBy_Id` bigint(20) unsigned NOT NULL,
  `lastUpdatedBy_Id` bigint(20) unsigned NOT NULL,
  `updateType` varchar(16) DEFAULT NULL,
  `numberOfSeatbelts` varchar(99) DEFAULT NULL,
  `seatbeltInstallationApprovalDate` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_vehicle_id_createdAt_uq` (`vehicle_id`,`createdAt`),
  KEY `idx_vehicle_id` (`vehicle_id`),
  KEY `idx_applicant_detail_id` (`applicant_detail_id`),
  KEY `idx_purchaser_detail_id` (`purchaser_detail_id`),
  KEY `idx_manufacturer_detail_id` (`manufacturer_detail_id`),
  KEY `idx_make_model_id` (`make_model_id`),
  KEY `idx_vehicle_class_id` (`vehicle_class_id`),
  KEY `idx_createdBy_Id` (`createdBy_Id`),
  KEY `idx_lastUpdatedBy_Id` (`lastUpdatedBy_Id`),
  CONSTRAINT `technical_record_ibfk_1` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_2` FOREIGN KEY (`applicant_detail_id`) REFERENCES `contact_details` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_3` FOREIGN KEY (`purchaser_detail_id`) REFERENCES `contact_details` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_4` FOREIGN KEY (`manufacturer_detail_id`) REFERENCES `contact_details` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_5` FOREIGN KEY (`make_model_id`) REFERENCES `make_model` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_6` FOREIGN KEY (`vehicle_class_id`) REFERENCES `vehicle_class` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_7` FOREIGN KEY (`createdBy_Id`) REFERENCES `identity` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_record_ibfk_8` FOREIGN KEY (`lastUpdatedBy_Id`) REFERENCES `identity` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `psv_brakes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `brakeCodeOriginal` varchar(3) DEFAULT NULL,
  `brakeCode` varchar(6) DEFAULT NULL,
  `dataTrBrakeOne` varchar(60) DEFAULT NULL,
  `dataTrBrakeTwo` varchar(60) DEFAULT NULL,
  `dataTrBrakeThree` varchar(60) DEFAULT NULL,
  `retarderBrakeOne` varchar(9) DEFAULT NULL,
  `retarderBrakeTwo` varchar(9) DEFAULT NULL,
  `serviceBrakeForceA` mediumint(8) unsigned DEFAULT NULL,
  `secondaryBrakeForceA` mediumint(8) unsigned DEFAULT NULL,
  `parkingBrakeForceA` mediumint(8) unsigned DEFAULT NULL,
  `serviceBrakeForceB` mediumint(8) unsigned DEFAULT NULL,
  `secondaryBrakeForceB` mediumint(8) unsigned DEFAULT NULL,
  `parkingBrakeForceB` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_psv_brakes_technical_record_id_uq` (`technical_record_id`),
  CONSTRAINT `psv_brakes_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axle_spacing` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `axles` varchar(25) DEFAULT NULL,
  `value` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_technical_record_axles_id_uq` (`technical_record_id`,`axles`),
  CONSTRAINT `axle_spacing_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `microfilm` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `microfilmDocumentType` varchar(31) DEFAULT NULL,
  `microfilmRollNumber` varchar(5) DEFAULT NULL,
  `microfilmSerialNumber` varchar(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_technical_record_id_uq` (`technical_record_id`),
  CONSTRAINT `microfilm_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `plate` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `plateSerialNumber` varchar(50) DEFAULT NULL,
  `plateIssueDate` date DEFAULT NULL,
  `plateReasonForIssue` varchar(16) DEFAULT NULL,
  `plateIssuer` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_technical_record_id_plateSerialNumber_plateIssueDate_uq` (`technical_record_id`,`plateSerialNumber`,`plateIssueDate`),
  CONSTRAINT `plate_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`tyreSize`, ''), IFNULL(`plyRating`, ''), IFNULL(`fitmentCode`, ''), IFNULL(`dataTrAxles`, ''), IFNULL(`speedCategorySymbol`, ''), IFNULL(`tyreCode`, '')))) STORED
CREATE TABLE `tyre` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `tyreSize` varchar(12) DEFAULT NULL,
  `plyRating` varchar(2) DEFAULT NULL,
  `fitmentCode` varchar(6) DEFAULT NULL,
  `dataTrAxles` varchar(45) DEFAULT NULL,
  `speedCategorySymbol` varchar(2) DEFAULT NULL,
  `tyreCode` int(10) unsigned DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axles` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `tyre_id` bigint(20) unsigned NOT NULL,
  `axleNumber` int(11) NOT NULL,
  `parkingBrakeMrk` tinyint(1) DEFAULT NULL,
  `kerbWeight` int(10) unsigned DEFAULT NULL,
  `ladenWeight` int(10) unsigned DEFAULT NULL,
  `gbWeight` int(10) unsigned DEFAULT NULL,
  `eecWeight` int(10) unsigned DEFAULT NULL,
  `designWeight` int(10) unsigned DEFAULT NULL,
  `brakeActuator` int(10) unsigned DEFAULT NULL,
  `leverLength` int(10) unsigned DEFAULT NULL,
  `springBrakeParking` tinyint(1) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_technical_record_tyre_id_axleNumber_id_uq` (`technical_record_id`,`tyre_id`,`axleNumber`),
  KEY `idx_tyre_id` (`tyre_id`),
  CONSTRAINT `axles_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `axles_ibfk_2` FOREIGN KEY (`tyre_id`) REFERENCES `tyre` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`modTypeCode`, ''), IFNULL(`description`, ''), IFNULL(`emissionStandard`, ''), IFNULL(`fuelType`, '')))) STORED
CREATE TABLE `fuel_emission` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `modTypeCode` char(1) DEFAULT NULL,
  `description` varchar(32) DEFAULT NULL,
  `emissionStandard` varchar(21) DEFAULT NULL,
  `fuelType` varchar(13) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`pNumber`, ''), IFNULL(`name`, ''), IFNULL(`type`, '')))) STORED
CREATE TABLE `test_station` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `pNumber` varchar(20) DEFAULT NULL,
  `name` varchar(1000) DEFAULT NULL,
  `type` varchar(4) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`preparerId`, ''), IFNULL(`name`, '')))) STORED
CREATE TABLE `preparer` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `preparerId` varchar(20) DEFAULT NULL,
  `name` varchar(60) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5(concat_ws('|', IFNULL(`staffId`, ''), IFNULL(`name`, ''), IFNULL(`email_address`, '')))) STORED
CREATE TABLE `tester` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `staffId` varchar(36) DEFAULT NULL,
  `name` varchar(60) DEFAULT NULL,
  `email_address` varchar(254) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5(concat_ws('|', IFNULL(`testTypeClassification`, ''), IFNULL(`testTypeName`, '')))) STORED
CREATE TABLE `test_type` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `testTypeClassification` varchar(23) DEFAULT NULL,
  `testTypeName` varchar(100) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `testtype_fingerprint` VARCHAR(32) GENERATED ALWAYS AS (MD5( CONCAT_WS('|', IFNULL(`testNumber`, ''), IFNULL(`testTypeEndTimestamp`, '')))) STORED
CREATE TABLE `test_result` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `vehicle_id` bigint(20) unsigned NOT NULL,
  `fuel_emission_id` bigint(20) unsigned DEFAULT NULL,
  `test_station_id` bigint(20) unsigned NOT NULL,
  `tester_id` bigint(20) unsigned NOT NULL,
  `preparer_id` bigint(20) unsigned NOT NULL,
  `vehicle_class_id` bigint(20) unsigned NOT NULL,
  `test_type_id` bigint(20) unsigned DEFAULT NULL,
  `testResultId` varchar(44) NOT NULL,
  `testStatus` varchar(9) DEFAULT NULL,
  `reasonForCancellation` varchar(500) DEFAULT NULL,
  `numberOfSeats` int(11) DEFAULT NULL,
  `odometerReading` int(10) unsigned DEFAULT NULL,
  `odometerReadingUnits` varchar(10) DEFAULT NULL,
  `countryOfRegistration` varchar(56) DEFAULT NULL,
  `noOfAxles` tinyint(3) unsigned DEFAULT NULL,
  `regnDate` date DEFAULT NULL,
  `firstUseDate` date DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `lastUpdatedAt` datetime(3) DEFAULT NULL,
  `testCode` varchar(4) DEFAULT NULL,
  `testNumber` varchar(45) DEFAULT NULL,
  `certificateNumber` varchar(20) DEFAULT NULL,
  `secondaryCertificateNumber` varchar(20) DEFAULT NULL,
  `testExpiryDate` date DEFAULT NULL,
  `testAnniversaryDate` date DEFAULT NULL,
  `testTypeStartTimestamp` datetime(3) DEFAULT NULL,
  `testTypeEndTimestamp` datetime(3) DEFAULT NULL,
  `numberOfSeatbeltsFitted` tinyint(3) unsigned DEFAULT NULL,
  `lastSeatbeltInstallationCheckDate` date DEFAULT NULL,
  `seatbeltInstallationCheckDate` tinyint(1) DEFAULT NULL,
  `testResult` varchar(9) DEFAULT NULL,
  `reasonForAbandoning` varchar(1200) DEFAULT NULL,
  `additionalNotesRecorded` varchar(500) DEFAULT NULL,
  `additionalCommentsForAbandon` varchar(500) DEFAULT NULL,
  `particulateTrapFitted` varchar(100) DEFAULT NULL,
  `particulateTrapSerialNumber` varchar(100) DEFAULT NULL,
  `modificationTypeUsed` varchar(100) DEFAULT NULL,
  `smokeTestKLimitApplied` varchar(100) DEFAULT NULL,
  `createdBy_Id` bigint(20) unsigned NOT NULL,
  `lastUpdatedBy_Id` bigint(20) unsigned NOT NULL,
  `nopInsertedAt` datetime(3) DEFAULT NULL,
  `testtype_fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_comp_test_result_uq` (`vehicle_id`,`testResultId`,`testtype_fingerprint`),
  KEY `test_type_id` (`test_type_id`),
  KEY `createdBy_Id` (`createdBy_Id`),
  KEY `lastUpdatedBy_Id` (`lastUpdatedBy_Id`),
  KEY `idx_vehicle_id` (`vehicle_id`),
  KEY `idx_test_number_id` (`testNumber`),
  KEY `idx_test_result_id` (`testResultId`),
  KEY `idx_fuel_emission_id` (`fuel_emission_id`),
  KEY `idx_test_station_id` (`test_station_id`),
  KEY `idx_tester_id` (`tester_id`),
  KEY `idx_vehicle_class_id` (`vehicle_class_id`),
  KEY `idx_preparer_id` (`preparer_id`),
  CONSTRAINT `test_result_ibfk_1` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_2` FOREIGN KEY (`fuel_emission_id`) REFERENCES `fuel_emission` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_3` FOREIGN KEY (`test_station_id`) REFERENCES `test_station` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_4` FOREIGN KEY (`tester_id`) REFERENCES `tester` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_5` FOREIGN KEY (`vehicle_class_id`) REFERENCES `vehicle_class` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_6` FOREIGN KEY (`test_type_id`) REFERENCES `test_type` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_7` FOREIGN KEY (`preparer_id`) REFERENCES `preparer` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_8` FOREIGN KEY (`createdBy_Id`) REFERENCES `identity` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_result_ibfk_9` FOREIGN KEY (`lastUpdatedBy_Id`) REFERENCES `identity` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `custom_defect` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `test_result_id` bigint(20) unsigned NOT NULL,
  `referenceNumber` varchar(10) DEFAULT NULL,
  `defectName` varchar(200) DEFAULT NULL,
  `defectNotes` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_technical_record_id` (`test_result_id`),
  CONSTRAINT `custom_defect_ibfk_1` FOREIGN KEY (`test_result_id`) REFERENCES `test_result` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`imNumber`, ''), IFNULL(`imDescription`, ''), IFNULL(`itemNumber`, ''), IFNULL(`itemDescription`, ''), IFNULL(`deficiencyRef`, ''), IFNULL(`deficiencyId`, ''), IFNULL(`deficiencySubId`, ''), IFNULL(`deficiencyCategory`, ''), IFNULL(`deficiencyText`, ''), IFNULL(`stdForProhibition`, '')))) STORED
CREATE TABLE `defect` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `imNumber` int(10) unsigned DEFAULT NULL,
  `imDescription` varchar(200) DEFAULT NULL,
  `itemNumber` int(10) unsigned DEFAULT NULL,
  `itemDescription` varchar(260) DEFAULT NULL,
  `deficiencyRef` varchar(200) DEFAULT NULL,
  `deficiencyId` char(1) DEFAULT NULL,
  `deficiencySubId` varchar(7) DEFAULT NULL,
  `deficiencyCategory` varchar(9) DEFAULT NULL,
  `deficiencyText` varchar(1950) DEFAULT NULL,
  `stdForProhibition` tinyint(1) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( concat_ws('|', IFNULL(`vertical`, ''), IFNULL(`horizontal`, ''), IFNULL(`lateral`, ''), IFNULL(`longitudinal`, ''), IFNULL(`rowNumber`, ''), IFNULL(`seatNumber`, ''), IFNULL(`axleNumber`, '')))) STORED
CREATE TABLE `location` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `vertical` varchar(5) DEFAULT NULL,
  `horizontal` varchar(5) DEFAULT NULL,
  `lateral` varchar(8) DEFAULT NULL,
  `longitudinal` varchar(5) DEFAULT NULL,
  `rowNumber` tinyint(3) unsigned DEFAULT NULL,
  `seatNumber` tinyint(3) unsigned DEFAULT NULL,
  `axleNumber` tinyint(3) unsigned DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `test_defect` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `test_result_id` bigint(20) unsigned NOT NULL,
  `defect_id` bigint(20) unsigned NOT NULL,
  `location_id` bigint(20) unsigned NOT NULL,
  `notes` varchar(500) DEFAULT NULL,
  `prs` tinyint(1) DEFAULT NULL,
  `prohibitionIssued` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_test_result_id_defect_id_location_id_uq` (`test_result_id`,`defect_id`,`location_id`),
  KEY `idx_defect_id` (`defect_id`),
  KEY `idx_location_id` (`location_id`),
  CONSTRAINT `test_defect_ibfk_1` FOREIGN KEY (`test_result_id`) REFERENCES `test_result` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_defect_ibfk_2` FOREIGN KEY (`defect_id`) REFERENCES `defect` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `test_defect_ibfk_3` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testtype_version` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `test_result_id` bigint(20) unsigned NOT NULL,
  `vehicle_id` bigint(20) unsigned NOT NULL,
  `fuel_emission_id` bigint(20) unsigned DEFAULT NULL,
  `test_station_id` bigint(20) unsigned NOT NULL,
  `tester_id` bigint(20) unsigned NOT NULL,
  `preparer_id` bigint(20) unsigned NOT NULL,
  `vehicle_class_id` bigint(20) unsigned NOT NULL,
  `test_type_id` bigint(20) unsigned DEFAULT NULL,
  `testResultId` varchar(44) NOT NULL,
  `testStatus` varchar(9) DEFAULT NULL,
  `reasonForCancellation` varchar(500) DEFAULT NULL,
  `numberOfSeats` int(11) DEFAULT NULL,
  `odometerReading` int(10) unsigned DEFAULT NULL,
  `odometerReadingUnits` varchar(10) DEFAULT NULL,
  `countryOfRegistration` varchar(56) DEFAULT NULL,
  `noOfAxles` tinyint(3) unsigned DEFAULT NULL,
  `regnDate` date DEFAULT NULL,
  `firstUseDate` date DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `lastUpdatedAt` datetime(3) DEFAULT NULL,
  `testCode` varchar(4) DEFAULT NULL,
  `testNumber` varchar(45) DEFAULT NULL,
  `certificateNumber` varchar(20) DEFAULT NULL,
  `secondaryCertificateNumber` varchar(20) DEFAULT NULL,
  `testExpiryDate` date DEFAULT NULL,
  `testAnniversaryDate` date DEFAULT NULL,
  `testTypeStartTimestamp` datetime(3) DEFAULT NULL,
  `testTypeEndTimestamp` datetime(3) DEFAULT NULL,
  `numberOfSeatbeltsFitted` tinyint(3) unsigned DEFAULT NULL,
  `lastSeatbeltInstallationCheckDate` date DEFAULT NULL,
  `seatbeltInstallationCheckDate` tinyint(1) DEFAULT NULL,
  `testResult` varchar(9) DEFAULT NULL,
  `reasonForAbandoning` varchar(1200) DEFAULT NULL,
  `additionalNotesRecorded` varchar(500) DEFAULT NULL,
  `additionalCommentsForAbandon` varchar(500) DEFAULT NULL,
  `particulateTrapFitted` varchar(100) DEFAULT NULL,
  `particulateTrapSerialNumber` varchar(100) DEFAULT NULL,
  `modificationTypeUsed` varchar(100) DEFAULT NULL,
  `smokeTestKLimitApplied` varchar(100) DEFAULT NULL,
  `nopInsertedAt` datetime(3) DEFAULT NULL,
  `triggerType` varchar(20) DEFAULT NULL,
  `testType_insert_ts` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_testtype_test_result_id` (`test_result_id`),
  KEY `idx_testtype_vehicle_id` (`vehicle_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `adr` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `type` varchar(45) DEFAULT NULL,
  `approvalDate` date DEFAULT NULL,
  `listStatementApplicable` tinyint(1) DEFAULT NULL,
  `batteryListNumber` varchar(8) DEFAULT NULL,
  `declarationsSeen` tinyint(1) DEFAULT NULL,
  `brakeDeclarationsSeen` tinyint(1) DEFAULT NULL,
  `brakeDeclarationIssuer` tinyint(1) DEFAULT NULL,
  `brakeEndurance` tinyint(1) DEFAULT NULL,
  `weight` varchar(8) DEFAULT NULL,
  `compatibilityGroupJ` tinyint(1) DEFAULT NULL,
  `additionalExaminerNotes` varchar(1024) DEFAULT NULL,
  `applicantDetailsName` varchar(150) DEFAULT NULL,
  `street` varchar(150) DEFAULT NULL,
  `town` varchar(100) DEFAULT NULL,
  `city` varchar(100) DEFAULT NULL,
  `postcode` varchar(25) DEFAULT NULL,
  `memosApply` varchar(45) DEFAULT NULL,
  `adrTypeApprovalNo` varchar(45) DEFAULT NULL,
  `adrCertificateNotes` varchar(1500) DEFAULT NULL,
  `tankManufacturer` varchar(70) DEFAULT NULL,
  `yearOfManufacture` date DEFAULT NULL,
  `tankCode` varchar(30) DEFAULT NULL,
  `specialProvisions` varchar(1024) DEFAULT NULL,
  `tankManufacturerSerialNo` varchar(50) DEFAULT NULL,
  `tankTypeAppNo` varchar(30) DEFAULT NULL,
  `tc2Type` varchar(45) DEFAULT NULL,
  `tc2IntermediateApprovalNo` varchar(70) DEFAULT NULL,
  `tc2IntermediateExpiryDate` date DEFAULT NULL,
  `substancesPermitted` varchar(45) DEFAULT NULL,
  `statement` varchar(1500) DEFAULT NULL,
  `productListRefNo` varchar(45) DEFAULT NULL,
  `productList` varchar(1500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_fk_technical_record_id` (`technical_record_id`),
  CONSTRAINT `adr_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `additional_notes_number` (
  `id` bigint(20) unsigned NOT NULL,
  `number` varchar(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `additional_notes_number_ibfk_1` FOREIGN KEY (`id`) REFERENCES `adr` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( guidanceNotes )) STORED
CREATE TABLE `additional_notes_guidance` (
  `id` bigint(20) unsigned NOT NULL,
  `guidanceNotes` varchar(25) NOT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`),
  CONSTRAINT `additional_notes_guidance_ibfk_1` FOREIGN KEY (`id`) REFERENCES `adr` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( name )) STORED
CREATE TABLE `dangerous_goods` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permitted_dangerous_goods` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `adr_id` bigint(20) unsigned NOT NULL,
  `dangerous_goods_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_adr_id` (`adr_id`),
  KEY `idx_dangerous_goods_id` (`dangerous_goods_id`),
  CONSTRAINT `permitted_dangerous_goods_ibfk_1` FOREIGN KEY (`adr_id`) REFERENCES `adr` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `permitted_dangerous_goods_ibfk_2` FOREIGN KEY (`dangerous_goods_id`) REFERENCES `dangerous_goods` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- upstream: `fingerprint` VARCHAR(32) GENERATED ALWAYS AS (md5( name )) STORED
CREATE TABLE `productListUnNo` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) DEFAULT NULL,
  `fingerprint` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `adr_productListUnNo` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `adr_id` bigint(20) unsigned DEFAULT NULL,
  `productListUnNo_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_productListUnNo` (`productListUnNo_id`),
  KEY `idx_adr` (`adr_id`),
  CONSTRAINT `adr_productListUnNo_ibfk_1` FOREIGN KEY (`productListUnNo_id`) REFERENCES `productListUnNo` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `adr_productListUnNo_ibfk_2` FOREIGN KEY (`adr_id`) REFERENCES `adr` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_into_service` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `technical_record_id` bigint(20) unsigned NOT NULL,
  `cocIssueDate` datetime DEFAULT NULL,
  `dateAuthorised` datetime DEFAULT NULL,
  `datePending` datetime DEFAULT NULL,
  `dateReceived` datetime DEFAULT NULL,
  `dateRejected` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_technical_record_auth_into_service_id_uq` (`technical_record_id`),
  CONSTRAINT `auth_into_service_ibfk_1` FOREIGN KEY (`technical_record_id`) REFERENCES `technical_record` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `approval_region` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `approvalType` varchar(50) NOT NULL,
  `approvalRegion` varchar(50) NOT NULL,
  `fromDate` date DEFAULT NULL,
  `toDate` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vt_evl_00_cvs_system_numbers` (
  `system_number` varchar(8) NOT NULL,
  PRIMARY KEY (`system_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vt_evl_01_static_set` (
  `vrm` varchar(20) DEFAULT NULL,
  `vrm_test_record` varchar(20) DEFAULT NULL,
  `system_number` varchar(8) DEFAULT NULL,
  `vin` varchar(21) DEFAULT NULL,
  `certificateNumber` varchar(12) DEFAULT NULL,
  `testStartDate` datetime DEFAULT NULL,
  `testExpiryDate` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vt_evl_02_cvs_removed` (
  `vrm` varchar(20) DEFAULT NULL,
  `vrm_test_record` varchar(20) DEFAULT NULL,
  `system_number` varchar(8) DEFAULT NULL,
  `vin` varchar(21) DEFAULT NULL,
  `certificateNumber` varchar(12) DEFAULT NULL,
  `testStartDate` datetime DEFAULT NULL,
  `testExpiryDate` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vt_evl_03_failures_removed` (
  `vrm` varchar(20) DEFAULT NULL,
  `vrm_test_record` varchar(20) DEFAULT NULL,
  `system_number` varchar(8) DEFAULT NULL,
  `vin` varchar(21) DEFAULT NULL,
  `certificateNumber` varchar(12) DEFAULT NULL,
  `testStartDate` datetime DEFAULT NULL,
  `testExpiryDate` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vt_evl_additions` (
  `vrm_trm` varchar(20) DEFAULT NULL,
  `certificateNumber` varchar(12) DEFAULT NULL,
  `testExpiryDate` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

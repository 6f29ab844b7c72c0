-- e-TB Manager 2 (Management Sciences for Health, SIAPS/USAID; tuberculosis case and medicine management used by
--   national TB programmes — patients and cases, examinations and laboratory results, treatment and follow-up,
--   contacts, adverse effects, medicine stock and dispensing, users). GPL-3.0 (LICENSE).
-- Source: github.com/MSH/eTBManager2, commit 0f6411b2d9d3b91b470dd6ca7091a8cfeda499e1 (head of the devel branch),
--   src/resources/database/etbmanagerd-dbstructure.sql (upstream's MySQL Workbench forward-engineered structure of
--   the `etbmanagerd` schema, last changed in c8e0b750). Tables kept are copied verbatim (column order, types,
--   indexes, foreign keys, engine and charset) with the `etbmanagerd`. qualifier and the AUTO_INCREMENT counters
--   removed. Upstream creates the tables with FOREIGN_KEY_CHECKS=0 in an order that does not follow the keys; here
--   the tables are ordered so that referenced tables come first, and the few foreign keys that close a cycle or
--   point to a later table are added at the end with ALTER TABLE (same constraint text).
-- Left out: country-specific extension tables (casedata*/tbcase*/examhiv_*/tbcontact*/prevtbtreatment* of
--   Brazil, Kenya, Namibia, Nigeria, Ukraine, Azerbaijan, Cambodia, Vietnam, India, Bangladesh, Uzbekistan,
--   Philippines), forecasting, orders, transfers, stock positions and batch bookkeeping tables, other exam tables
--   (biopsy, skin, histology, molecular biology), reports, side-effect severity marks, sync/liquibase lock tables.

CREATE TABLE `workspacelog` (
  `id` INT(11) NOT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userlog` (
  `id` INT(11) NOT NULL ,
  `name` VARCHAR(100) NOT NULL ,
  PRIMARY KEY (`id`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userrole` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `changeable` BIT(1) NOT NULL ,
  `code` VARCHAR(255) NULL DEFAULT NULL ,
  `Role_Name` VARCHAR(80) NOT NULL ,
  `internalUse` BIT(1) NOT NULL DEFAULT b'0' ,
  `byCaseClassification` BIT(1) NULL DEFAULT NULL ,
  `messageKey` VARCHAR(100) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `uitheme` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `name` VARCHAR(255) NULL DEFAULT NULL ,
  `systemTheme` BIT(1) NOT NULL ,
  `defaultTheme` BIT(1) NOT NULL ,
  `path` VARCHAR(250) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `databasechangelog` (
  `ID` VARCHAR(63) NOT NULL ,
  `AUTHOR` VARCHAR(63) NOT NULL ,
  `FILENAME` VARCHAR(200) NOT NULL ,
  `DATEEXECUTED` DATETIME NOT NULL ,
  `ORDEREXECUTED` INT(11) NOT NULL ,
  `EXECTYPE` VARCHAR(10) NOT NULL ,
  `MD5SUM` VARCHAR(35) NULL DEFAULT NULL ,
  `DESCRIPTION` VARCHAR(255) NULL DEFAULT NULL ,
  `COMMENTS` VARCHAR(255) NULL DEFAULT NULL ,
  `TAG` VARCHAR(255) NULL DEFAULT NULL ,
  `LIQUIBASE` VARCHAR(20) NULL DEFAULT NULL ,
  PRIMARY KEY (`ID`, `AUTHOR`, `FILENAME`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `errorlog` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `exceptionClass` VARCHAR(100) NULL DEFAULT NULL ,
  `exceptionMessage` VARCHAR(200) NULL DEFAULT NULL ,
  `stackTrace` LONGTEXT NULL DEFAULT NULL ,
  `url` VARCHAR(150) NULL DEFAULT NULL ,
  `user` VARCHAR(100) NULL DEFAULT NULL ,
  `userId` INT(11) NULL DEFAULT NULL ,
  `errorDate` DATETIME NULL DEFAULT NULL ,
  `workspace` VARCHAR(100) NULL DEFAULT NULL ,
  `request` LONGTEXT NULL DEFAULT NULL ,
  PRIMARY KEY (`id`))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `transactionlog` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `action` INT(11) NULL DEFAULT NULL ,
  `entityDescription` VARCHAR(100) NULL DEFAULT NULL ,
  `entityId` INT(11) NULL DEFAULT NULL ,
  `transactionDate` DATETIME NOT NULL ,
  `ROLE_ID` INT(11) NOT NULL ,
  `USERLOG_ID` INT(11) NULL DEFAULT NULL ,
  `WORKSPACELOG_ID` INT(11) NULL DEFAULT NULL ,
  `comments` LONGTEXT NULL DEFAULT NULL ,
  `titleSuffix` VARCHAR(200) NULL DEFAULT NULL ,
  `ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `UNIT_ID` INT(11) NULL DEFAULT NULL ,
  `entityClass` VARCHAR(100) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK82CFA6F8AF6C57` (`ROLE_ID` ASC) ,
  INDEX `FK82CFA6E97A0CC8` (`USERLOG_ID` ASC) ,
  INDEX `FK82CFA65B56462C` (`WORKSPACELOG_ID` ASC) ,
  INDEX `FK82CFA6B5E1CBB7` (`USERLOG_ID` ASC) ,
  INDEX `FK82CFA67EB849D` (`WORKSPACELOG_ID` ASC) ,
  INDEX `FK3C3C7BA6CEDEEA7C` (`ADMINUNIT_ID` ASC) ,
  INDEX `FK3C3C7BA671E04A4B` (`UNIT_ID` ASC) ,
  INDEX `idx_entityid` USING BTREE (`entityId` ASC) ,
  INDEX `IDX_WS_EntityClass` (`WORKSPACELOG_ID` ASC, `entityClass` ASC) ,
  CONSTRAINT `FK3C3C7BA67EB849D`
    FOREIGN KEY (`WORKSPACELOG_ID` )
    REFERENCES `workspacelog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3C3C7BA6B5E1CBB7`
    FOREIGN KEY (`USERLOG_ID` )
    REFERENCES `userlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3C3C7BA6B93F8B48`
    FOREIGN KEY (`ROLE_ID` )
    REFERENCES `userrole` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `workspace` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `alternateLocale` VARCHAR(10) NULL DEFAULT NULL ,
  `customPath` VARCHAR(100) NULL DEFAULT NULL ,
  `defaultLocale` VARCHAR(10) NULL DEFAULT NULL ,
  `defaultTimeZone` VARCHAR(200) NULL DEFAULT NULL ,
  `description` VARCHAR(150) NULL DEFAULT NULL ,
  `extension` VARCHAR(10) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `patientNameComposition` INT(11) NULL DEFAULT NULL ,
  `weekFreq1` INT(11) NULL DEFAULT NULL ,
  `weekFreq2` INT(11) NULL DEFAULT NULL ,
  `weekFreq3` INT(11) NULL DEFAULT NULL ,
  `weekFreq4` INT(11) NULL DEFAULT NULL ,
  `weekFreq5` INT(11) NULL DEFAULT NULL ,
  `weekFreq6` INT(11) NULL DEFAULT NULL ,
  `weekFreq7` INT(11) NULL DEFAULT NULL ,
  `patientAddrRequiredLevels` INT(11) NULL DEFAULT NULL ,
  `confirmedCaseNumber` INT(11) NULL DEFAULT NULL ,
  `useCustomTheme` BIT(1) NULL DEFAULT NULL ,
  `url` VARCHAR(200) NULL DEFAULT NULL ,
  `sendSystemMessages` TINYINT(1) NULL DEFAULT NULL ,
  `monthsToAlertExpiredMedicines` INT(11) NULL DEFAULT NULL ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createtransaction_id` INT(11) NULL DEFAULT NULL ,
  `ulaActive` TINYINT(1) NULL DEFAULT NULL ,
  `expiredMedicineAdjustmentType_ID` INT(11) NULL DEFAULT NULL ,
  `caseValidationTB` INT(11) NULL DEFAULT NULL ,
  `caseValidationDRTB` INT(11) NULL DEFAULT NULL ,
  `caseValidationNTM` INT(11) NULL DEFAULT NULL ,
  `minStockOnHand` INT(11) NULL DEFAULT NULL ,
  `maxStockOnHand` INT(11) NULL DEFAULT NULL ,
  `suspectCaseNumber` INT(11) NULL DEFAULT NULL ,
  `treatMonitoringInput` INT(11) NOT NULL ,
  `allowRegAfterDiagnosis` TINYINT(1) NOT NULL ,
  `allowDiagAfterTreatment` TINYINT(1) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `fk_workspace_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_workspace_transactionlog2` (`createtransaction_id` ASC) ,
  INDEX `FK4217EC95E0BC8241` (`createtransaction_id` ASC) ,
  INDEX `FK4217EC95798D9E5B` (`lasttransaction_id` ASC) ,
  CONSTRAINT `FK4217EC95798D9E5B`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK4217EC95E0BC8241`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_workspace_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_workspace_transactionlog2`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `healthsystem` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `name1` VARCHAR(100) NOT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK28F57FCBB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_healthsystem_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_healthsystem_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK55C53F8BE0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK55C53F8B798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK55C53F8B798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK55C53F8BB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK55C53F8BE0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_healthsystem_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_healthsystem_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `countrystructure` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `STRUCTURE_LEVEL` INT(11) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK7716629DB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_countrystructure_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_countrystructure_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK31DFFE9DE0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK31DFFE9D798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK31DFFE9D798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK31DFFE9DB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK31DFFE9DE0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_countrystructure_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_countrystructure_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `administrativeunit` (
  `id` INT(11) NOT NULL AUTO_INCREMENT COMMENT 'Unique identifier of the record' ,
  `code` VARCHAR(15) NOT NULL COMMENT 'Hierarchical code of the administrative unit in relation to the others' ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL COMMENT 'Identifies an ID of a legacy system. It helps on integration with other systems.' ,
  `name1` VARCHAR(100) NOT NULL COMMENT 'Name of the administrative unit in the country\'s main language' ,
  `name2` VARCHAR(100) NULL DEFAULT NULL COMMENT 'Name of the administrative unit in an alternate language, if available' ,
  `unitsCount` INT(11) NOT NULL COMMENT 'Number of sub units under this unit' ,
  `WORKSPACE_ID` INT(11) NOT NULL COMMENT 'Workspace that this record belongs to' ,
  `COUNTRYSTRUCTURE_ID` INT(11) NULL DEFAULT NULL COMMENT 'The geographic unit of this admin unit (region, city, municipality, village, etc).' ,
  `PARENT_ID` INT(11) NULL DEFAULT NULL COMMENT 'The parent administrative unit of this record (Null, if it\'s in the top level)' ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL COMMENT 'ID of the last transaction log executed in this record that resulted in the creation or update of this record' ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL COMMENT 'ID of the transaction log that created this record' ,
  PRIMARY KEY (`id`) ,
  INDEX `FKA92443F27180F26C` (`COUNTRYSTRUCTURE_ID` ASC) ,
  INDEX `FKA92443F2B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `FKA92443F28CCD4614` (`PARENT_ID` ASC) ,
  INDEX `fk_administrativeunit_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_administrativeunit_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK3B6F13B2E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK3B6F13B2798D9E5B` (`lastTransaction_ID` ASC) ,
  INDEX `fk_adminunit_code` (`code` ASC) ,
  CONSTRAINT `FK3B6F13B23B7F905D`
    FOREIGN KEY (`COUNTRYSTRUCTURE_ID` )
    REFERENCES `countrystructure` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3B6F13B2798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK3B6F13B2B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3B6F13B2D19C2BC5`
    FOREIGN KEY (`PARENT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3B6F13B2E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_administrativeunit_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_administrativeunit_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8 COMMENT = 'Administrative unit of the country, i.e, each register represents a geographical unit' ROW_FORMAT = DYNAMIC;

CREATE TABLE `tbunit` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `address` VARCHAR(80) NULL DEFAULT NULL ,
  `batchControl` BIT(1) NOT NULL ,
  `changeEstimatedQuantity` BIT(1) NOT NULL ,
  `dispensingFrequency` INT(11) NULL DEFAULT NULL ,
  `district` VARCHAR(50) NULL DEFAULT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `mdrHealthUnit` BIT(1) NOT NULL ,
  `medicineStorage` BIT(1) NOT NULL ,
  `medicineSupplier` BIT(1) NOT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `numDaysOrder` INT(11) NULL DEFAULT NULL ,
  `orderOverMinimum` BIT(1) NOT NULL ,
  `receivingFromSource` BIT(1) NOT NULL ,
  `tbHealthUnit` BIT(1) NOT NULL ,
  `treatmentHealthUnit` BIT(1) NOT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `ADMINUNIT_ID` INT(11) NOT NULL ,
  `AUTHORIZERUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `FIRSTLINE_SUPPLIER_ID` INT(11) NULL DEFAULT NULL ,
  `HEALTHSYSTEM_ID` INT(11) NOT NULL ,
  `SECONDLINE_SUPPLIER_ID` INT(11) NULL DEFAULT NULL ,
  `notifHealthUnit` BIT(1) NULL DEFAULT NULL ,
  `active` BIT(1) NULL DEFAULT NULL ,
  `medManStartDate` DATE NULL DEFAULT NULL ,
  `patientDispensing` BIT(1) NULL DEFAULT NULL ,
  `addressCont` VARCHAR(200) NULL DEFAULT NULL ,
  `shipAddress` VARCHAR(200) NULL DEFAULT NULL ,
  `shipAddressCont` VARCHAR(200) NULL DEFAULT NULL ,
  `shipContactName` VARCHAR(200) NULL DEFAULT NULL ,
  `shipContactPhone` VARCHAR(200) NULL DEFAULT NULL ,
  `zipCode` VARCHAR(50) NULL DEFAULT NULL ,
  `phoneNumber` VARCHAR(100) NULL DEFAULT NULL ,
  `ntmHealthUnit` BIT(1) NOT NULL DEFAULT b'0' ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createtransaction_id` INT(11) NULL DEFAULT NULL ,
  `limitDateMedicineMovement` DATE NULL DEFAULT NULL ,
  `shipZipCode` VARCHAR(100) NULL DEFAULT NULL ,
  `ship_adminunit_id` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK94F2ED12755AB8EC` (`HEALTHSYSTEM_ID` ASC) ,
  INDEX `FK94F2ED128A1004CB` (`ADMINUNIT_ID` ASC) ,
  INDEX `FK94F2ED12E2F2D51` (`AUTHORIZERUNIT_ID` ASC) ,
  INDEX `FK94F2ED12F0E95A7B` (`SECONDLINE_SUPPLIER_ID` ASC) ,
  INDEX `FK94F2ED12B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `FK94F2ED1247B0F0B7` (`FIRSTLINE_SUPPLIER_ID` ASC) ,
  INDEX `fk_tbunit_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_tbunit_transactionlog2` (`createtransaction_id` ASC) ,
  INDEX `FKCB8E00F2E0BC8241` (`createtransaction_id` ASC) ,
  INDEX `FKCB8E00F2798D9E5B` (`lasttransaction_id` ASC) ,
  INDEX `FK_unit_shipau` (`ship_adminunit_id` ASC) ,
  CONSTRAINT `FKCB8E00F221EFF75D`
    FOREIGN KEY (`HEALTHSYSTEM_ID` )
    REFERENCES `healthsystem` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB8E00F2798D9E5B`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCB8E00F28C2681AC`
    FOREIGN KEY (`SECONDLINE_SUPPLIER_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB8E00F2A96C5482`
    FOREIGN KEY (`AUTHORIZERUNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB8E00F2B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB8E00F2CEDEEA7C`
    FOREIGN KEY (`ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB8E00F2E0BC8241`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCB8E00F2E2EE17E8`
    FOREIGN KEY (`FIRSTLINE_SUPPLIER_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tbunit_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tbunit_transactionlog2`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK_unit_shipau`
    FOREIGN KEY (`ship_adminunit_id` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `source` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `ABBREV_NAME1` VARCHAR(255) NOT NULL ,
  `ABBREV_NAME2` VARCHAR(255) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NOT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK93F5543BB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_source_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_source_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKCA90681BE0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKCA90681B798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKCA90681B798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCA90681BB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCA90681BE0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_source_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_source_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `fieldvalue` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `customId` VARCHAR(20) NULL DEFAULT NULL ,
  `field` INT(11) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `SHORT_NAME1` VARCHAR(255) NULL DEFAULT NULL ,
  `SHORT_NAME2` VARCHAR(255) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  `other` BIT(1) NULL DEFAULT NULL ,
  `otherDescription` VARCHAR(100) NULL DEFAULT NULL ,
  `displayOrder` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK98AC68B7B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_fieldvalue_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_fieldvalue_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK239D7CB7E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK239D7CB7798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK239D7CB7798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK239D7CB7B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK239D7CB7E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_fieldvalue_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_fieldvalue_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `productgroup` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `GROUP_CODE` VARCHAR(30) NULL DEFAULT NULL ,
  `GROUP_LEVEL` INT(11) NULL DEFAULT NULL ,
  `GROUP_NAME` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK44F14AF0B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_productgroup_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_productgroup_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK3CE8E6F0E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK3CE8E6F0798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK3CE8E6F0798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK3CE8E6F0B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE,
  CONSTRAINT `FK3CE8E6F0E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_productgroup_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_productgroup_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicine` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `abbrevName` VARCHAR(30) NULL DEFAULT NULL ,
  `category` INT(11) NULL DEFAULT NULL ,
  `dosageForm` VARCHAR(50) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NOT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `line` INT(11) NULL DEFAULT NULL ,
  `strength` VARCHAR(30) NULL DEFAULT NULL ,
  `strengthUnit` VARCHAR(50) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `GROUP_ID` INT(11) NULL DEFAULT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKCE2ABA5A7A85F89D` (`GROUP_ID` ASC) ,
  INDEX `FKCE2ABA5AB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_medicine_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_medicine_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKCA50563AE0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKCA50563A798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKCA50563A271B370E`
    FOREIGN KEY (`GROUP_ID` )
    REFERENCES `productgroup` (`id` )
    ON DELETE CASCADE,
  CONSTRAINT `FKCA50563A798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCA50563AB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCA50563AE0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_medicine_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_medicine_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `movement` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comment` VARCHAR(250) NULL DEFAULT NULL ,
  `mov_date` DATE NOT NULL ,
  `oper` INT(11) NOT NULL ,
  `quantity` INT(11) NOT NULL ,
  `recordDate` DATETIME NOT NULL ,
  `type` INT(11) NULL DEFAULT NULL ,
  `totalPrice` FLOAT NOT NULL ,
  `MEDICINE_ID` INT(11) NOT NULL ,
  `SOURCE_ID` INT(11) NOT NULL ,
  `UNIT_ID` INT(11) NOT NULL ,
  `stockQuantity` INT(11) NULL DEFAULT NULL ,
  `unitPrice` FLOAT NULL DEFAULT NULL ,
  `ADJUSTMENT_ID` INT(11) NULL DEFAULT NULL ,
  `availableQuantity` INT(11) NULL DEFAULT NULL ,
  `totalPriceInventory` FLOAT NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKFDAC64CF817DE04C` (`SOURCE_ID` ASC) ,
  INDEX `FKFDAC64CFFBB4E36C` (`MEDICINE_ID` ASC) ,
  INDEX `FKFDAC64CFD6A3231A` (`UNIT_ID` ASC) ,
  INDEX `FKF9D200AFAB3243E7` (`ADJUSTMENT_ID` ASC) ,
  CONSTRAINT `FKF9D200AF1CBB077D`
    FOREIGN KEY (`SOURCE_ID` )
    REFERENCES `source` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKF9D200AF71E04A4B`
    FOREIGN KEY (`UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKF9D200AFAB3243E7`
    FOREIGN KEY (`ADJUSTMENT_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKF9D200AFBC45025D`
    FOREIGN KEY (`MEDICINE_ID` )
    REFERENCES `medicine` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicinereceiving` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `receivingDate` DATE NOT NULL ,
  `SOURCE_ID` INT(11) NOT NULL ,
  `UNIT_ID` INT(11) NOT NULL ,
  `comments` LONGTEXT NULL DEFAULT NULL ,
  `totalPrice` FLOAT NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK603BCDA6817DE04C` (`SOURCE_ID` ASC) ,
  INDEX `FK603BCDA6D6A3231A` (`UNIT_ID` ASC) ,
  CONSTRAINT `FKFE056DE61CBB077D`
    FOREIGN KEY (`SOURCE_ID` )
    REFERENCES `source` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKFE056DE671E04A4B`
    FOREIGN KEY (`UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicinereceivingitem` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `RECEIVING_ID` INT(11) NOT NULL ,
  `MOVEMENT_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK1CD379D95E43ACEE` (`RECEIVING_ID` ASC) ,
  INDEX `FK1CD379D98D91D34C` (`MOVEMENT_ID` ASC) ,
  CONSTRAINT `FK806185F94E21F23D`
    FOREIGN KEY (`MOVEMENT_ID` )
    REFERENCES `movement` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK806185F9D418CD1D`
    FOREIGN KEY (`RECEIVING_ID` )
    REFERENCES `medicinereceiving` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `batch` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `batchNumber` VARCHAR(30) NOT NULL ,
  `brandName` VARCHAR(80) NULL DEFAULT NULL ,
  `container` INT(11) NULL DEFAULT NULL ,
  `expiryDate` DATE NOT NULL ,
  `manufacturer` VARCHAR(80) NULL DEFAULT NULL ,
  `quantityContainer` INT(11) NOT NULL ,
  `quantityReceived` INT(11) NOT NULL ,
  `unitPrice` FLOAT NOT NULL ,
  `MEDICINE_ID` INT(11) NOT NULL ,
  `RECEIVINGITEM_ID` INT(11) NULL DEFAULT NULL ,
  `registCardNumber` VARCHAR(30) NULL DEFAULT NULL ,
  `registCardBeginDate` DATE NULL DEFAULT NULL ,
  `registCardEndDate` DATE NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK3CFE71A2DCF2A2E` (`RECEIVINGITEM_ID` ASC) ,
  INDEX `FK3CFE71AFBB4E36C` (`MEDICINE_ID` ASC) ,
  CONSTRAINT `FK592D73A76AA9ADD`
    FOREIGN KEY (`RECEIVINGITEM_ID` )
    REFERENCES `medicinereceivingitem` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK592D73ABC45025D`
    FOREIGN KEY (`MEDICINE_ID` )
    REFERENCES `medicine` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicinedispensing` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `endDate` DATE NULL DEFAULT NULL ,
  `iniDate` DATE NULL DEFAULT NULL ,
  `UNIT_ID` INT(11) NULL DEFAULT NULL ,
  `dispensingDate` DATE NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK590328D4D6A3231A` (`UNIT_ID` ASC) ,
  CONSTRAINT `FK746D909471E04A4B`
    FOREIGN KEY (`UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `patient` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `birthDate` DATETIME NULL DEFAULT NULL ,
  `gender` INT(11) NOT NULL ,
  `lastName` VARCHAR(100) NULL DEFAULT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `middleName` VARCHAR(100) NULL DEFAULT NULL ,
  `motherName` VARCHAR(100) NULL DEFAULT NULL ,
  `PATIENT_NAME` VARCHAR(100) NOT NULL ,
  `recordNumber` INT(11) NULL DEFAULT NULL ,
  `securityNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `fatherName` VARCHAR(100) NULL DEFAULT NULL ,
  `salary` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK340C82E5B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_patient_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_patient_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKD0D3EB05E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKD0D3EB05798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKD0D3EB05798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKD0D3EB05B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKD0D3EB05E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_patient_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_patient_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `regimen` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `monthsContinuousPhase` INT(11) NULL DEFAULT NULL ,
  `monthsIntensivePhase` INT(11) NULL DEFAULT NULL ,
  `regimen_name` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `caseClassification` INT(11) NOT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKA3F54741B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_regimen_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_regimen_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK40BCAF61E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK40BCAF61798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK40BCAF61798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK40BCAF61B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK40BCAF61E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_regimen_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_regimen_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `tbcase` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `age` INT(11) NOT NULL ,
  `caseNumber` INT(11) NULL DEFAULT NULL ,
  `category` INT(11) NULL DEFAULT NULL ,
  `classification` INT(11) NOT NULL ,
  `CURR_ADDRESS` VARCHAR(255) NULL DEFAULT NULL ,
  `CURR_COMPLEMENT` VARCHAR(255) NULL DEFAULT NULL ,
  `CURR_LOCALITYTYPE` INT(11) NULL DEFAULT NULL ,
  `CURR_ZIPCODE` VARCHAR(255) NULL DEFAULT NULL ,
  `diagnosisDate` DATE NULL DEFAULT NULL ,
  `endTreatmentDate` DATE NULL DEFAULT NULL ,
  `infectionSite` INT(11) NULL DEFAULT NULL ,
  `iniTreatmentDate` DATE NULL DEFAULT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `nationality` INT(11) NULL DEFAULT NULL ,
  `NOTIF_ADDRESS` VARCHAR(255) NULL DEFAULT NULL ,
  `NOTIF_COMPLEMENT` VARCHAR(255) NULL DEFAULT NULL ,
  `NOTIF_LOCALITYTYPE` INT(11) NULL DEFAULT NULL ,
  `MOBILENUMBER` VARCHAR(100) NULL DEFAULT NULL ,
  `PHONENUMBER` VARCHAR(100) NULL DEFAULT NULL ,
  `NOTIF_ZIPCODE` VARCHAR(255) NULL DEFAULT NULL ,
  `notifAddressChanged` BIT(1) NOT NULL ,
  `otherOutcome` VARCHAR(100) NULL DEFAULT NULL ,
  `outcomeDate` DATE NULL DEFAULT NULL ,
  `patientType` INT(11) NULL DEFAULT NULL ,
  `patientTypeOther` VARCHAR(100) NULL DEFAULT NULL ,
  `registrationDate` DATE NOT NULL ,
  `state` INT(11) NOT NULL ,
  `CURR_ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `NOTIF_ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `NOTIFICATION_UNIT_ID` INT(11) NULL DEFAULT NULL ,
  `PATIENT_ID` INT(11) NOT NULL ,
  `diagnosisType` INT(11) NULL DEFAULT NULL ,
  `registrationCode` VARCHAR(50) NULL DEFAULT NULL ,
  `drugResistanceType` INT(11) NULL DEFAULT NULL ,
  `comments` LONGTEXT NULL DEFAULT NULL ,
  `patientContactName` VARCHAR(100) NULL DEFAULT NULL ,
  `tbContact` BIT(1) NULL DEFAULT NULL ,
  `EXTRAPULMONARY_ID` INT(11) NULL DEFAULT NULL ,
  `EXTRAPULMONARY2_ID` INT(11) NULL DEFAULT NULL ,
  `PULMONARY_ID` INT(11) NULL DEFAULT NULL ,
  `daysTreatPlanned` INT(11) NULL DEFAULT NULL ,
  `validationState` INT(11) UNSIGNED NULL DEFAULT NULL ,
  `issueCounter` INT(11) UNSIGNED NULL DEFAULT NULL ,
  `version` INT(11) NULL DEFAULT NULL ,
  `REGIMEN_ID` INT(11) NULL DEFAULT NULL ,
  `iniContinuousPhase` DATE NULL DEFAULT NULL ,
  `REGIMEN_INI_ID` INT(11) NULL DEFAULT NULL ,
  `OWNER_UNIT_ID` INT(11) NULL DEFAULT NULL ,
  `LASTTRANSACTION_ID` INT(11) NULL DEFAULT NULL ,
  `CREATETRANSACTION_ID` INT(11) NULL DEFAULT NULL ,
  `suspectRegistrationCode` VARCHAR(50) NULL DEFAULT NULL ,
  `suspectClassification` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK94DC02DEE27737C6` (`NOTIFICATION_UNIT_ID` ASC) ,
  INDEX `FK94DC02DEBEF3BD68` (`PATIENT_ID` ASC) ,
  INDEX `FK94DC02DE8C7B4D7A` (`NOTIF_ADMINUNIT_ID` ASC) ,
  INDEX `FK94DC02DEEE83C9B8` (`CURR_ADMINUNIT_ID` ASC) ,
  INDEX `FK94DC02DEA02EA184` (`PULMONARY_ID` ASC) ,
  INDEX `FK94DC02DE82A21950` (`EXTRAPULMONARY_ID` ASC) ,
  INDEX `FK94DC02DED9B34E64` (`EXTRAPULMONARY2_ID` ASC) ,
  INDEX `FK94DC02DE47681D40` (`PULMONARY_ID` ASC) ,
  INDEX `FK94DC02DE2F370FE8` (`REGIMEN_ID` ASC) ,
  INDEX `FK94DC02DECEBEE212` (`REGIMEN_INI_ID` ASC) ,
  INDEX `FKCB85A29E5E8B80BF` (`OWNER_UNIT_ID` ASC) ,
  INDEX `FKTBCASE_LASTTRANS` (`LASTTRANSACTION_ID` ASC) ,
  INDEX `fk_tbcase_transactionlog1` (`CREATETRANSACTION_ID` ASC) ,
  INDEX `FKCB85A29EE0BC8241` (`CREATETRANSACTION_ID` ASC) ,
  INDEX `FKCB85A29E798D9E5B` (`LASTTRANSACTION_ID` ASC) ,
  CONSTRAINT `FKCB85A29E246C43F1`
    FOREIGN KEY (`PULMONARY_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29E3352AF69`
    FOREIGN KEY (`CURR_ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29E45C57184`
    FOREIGN KEY (`OWNER_UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29E5E8B80BF`
    FOREIGN KEY (`OWNER_UNIT_ID` )
    REFERENCES `tbunit` (`id` ),
  CONSTRAINT `FKCB85A29E5FA64001`
    FOREIGN KEY (`EXTRAPULMONARY_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29E798D9E5B`
    FOREIGN KEY (`LASTTRANSACTION_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCB85A29E7DB45EF7`
    FOREIGN KEY (`NOTIFICATION_UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29E8B5B7C57`
    FOREIGN KEY (`PATIENT_ID` )
    REFERENCES `patient` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29EB6B77515`
    FOREIGN KEY (`EXTRAPULMONARY2_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29ECEBEE212`
    FOREIGN KEY (`REGIMEN_INI_ID` )
    REFERENCES `regimen` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29ED14A332B`
    FOREIGN KEY (`NOTIF_ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKCB85A29EE0BC8241`
    FOREIGN KEY (`CREATETRANSACTION_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKCB85A29EFB9ECED7`
    FOREIGN KEY (`REGIMEN_ID` )
    REFERENCES `regimen` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKTBCASE_LASTTRANS`
    FOREIGN KEY (`LASTTRANSACTION_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tbcase_transactionlog1`
    FOREIGN KEY (`CREATETRANSACTION_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userprofile` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `name` VARCHAR(100) NOT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createtransaction_id` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK3EFA133EB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_userprofile_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_userprofile_transactionlog2` (`createtransaction_id` ASC) ,
  INDEX `FK7857D37EE0BC8241` (`createtransaction_id` ASC) ,
  INDEX `FK7857D37E798D9E5B` (`lasttransaction_id` ASC) ,
  CONSTRAINT `FK7857D37E798D9E5B`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK7857D37EB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK7857D37EE0BC8241`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_userprofile_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE SET NULL,
  CONSTRAINT `fk_userprofile_transactionlog2`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE SET NULL)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `casecomorbidity` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comment` VARCHAR(200) NULL DEFAULT NULL ,
  `COMORBIDITY_ID` INT(11) NOT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `duration` VARCHAR(100) NULL DEFAULT NULL ,
  `otherCaseComorbidity` VARCHAR(255) NULL DEFAULT NULL ,
  `COMORB_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK9298ED455ED13EEE` (`COMORBIDITY_ID` ASC) ,
  INDEX `FK9298ED45925E7A4E` (`id` ASC) ,
  INDEX `FK9298ED458B327BA` (`CASE_ID` ASC) ,
  INDEX `FK6A9C8D85C37951F6` (`COMORB_ID` ASC) ,
  INDEX `fkcasecom_lasttx` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK6A9C8D853BD5659F`
    FOREIGN KEY (`COMORBIDITY_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK6A9C8D85A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK6A9C8D85C37951F6`
    FOREIGN KEY (`COMORB_ID` )
    REFERENCES `fieldvalue` (`id` ),
  CONSTRAINT `fkcasecom_lasttx`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `resistancepattern` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `PATTERN_NAME` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `criteria` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK606E68F7B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `FK12719137E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK12719137798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK12719137798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK12719137B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK12719137E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ))
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `caseresistancepattern` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `case_id` INT(11) NOT NULL ,
  `resistpattern_id` INT(11) NOT NULL ,
  `diagnosis` TINYINT(1) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `case_caserespat_fk` (`case_id` ASC) ,
  INDEX `respatt_caserespat_fk` (`resistpattern_id` ASC) ,
  CONSTRAINT `case_caserespat_fk`
    FOREIGN KEY (`case_id` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `respatt_caserespat_fk`
    FOREIGN KEY (`resistpattern_id` )
    REFERENCES `resistancepattern` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8 COMMENT = 'Store resistance patterns by case';

CREATE TABLE `substance` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `ABBREV_NAME1` VARCHAR(10) NULL DEFAULT NULL ,
  `ABBREV_NAME2` VARCHAR(10) NULL DEFAULT NULL ,
  `dstResultForm` BIT(1) NOT NULL ,
  `line` INT(11) NULL DEFAULT NULL ,
  `name1` VARCHAR(100) NULL DEFAULT NULL ,
  `name2` VARCHAR(100) NULL DEFAULT NULL ,
  `prevTreatmentForm` BIT(1) NOT NULL ,
  `prevTreatmentOrder` INT(11) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createTransaction_id` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK9709E550B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_substance_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_substance_transactionlog2` (`createTransaction_id` ASC) ,
  INDEX `FK1F97C570E0BC8241` (`createTransaction_id` ASC) ,
  INDEX `FK1F97C570798D9E5B` (`lasttransaction_id` ASC) ,
  CONSTRAINT `FK1F97C570798D9E5B`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK1F97C570B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK1F97C570E0BC8241`
    FOREIGN KEY (`createTransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_substance_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_substance_transactionlog2`
    FOREIGN KEY (`createTransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `casesideeffect` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `medicines` VARCHAR(255) NULL DEFAULT NULL ,
  `SE_MONTH` INT(11) NULL DEFAULT NULL ,
  `resolved` INT(11) NULL DEFAULT NULL ,
  `SIDEEFFECT_ID` INT(11) NOT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `SUBSTANCE_ID` INT(11) NULL DEFAULT NULL ,
  `SUBSTANCE2_ID` INT(11) NULL DEFAULT NULL ,
  `DTYPE` VARCHAR(31) NULL DEFAULT NULL ,
  `actionTaken` INT(11) NULL DEFAULT NULL ,
  `grade` INT(11) NULL DEFAULT NULL ,
  `outcome` INT(11) NULL DEFAULT NULL ,
  `seriousness` INT(11) NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(31) NULL DEFAULT NULL ,
  `effectEnd` DATE NULL DEFAULT NULL ,
  `effectSt` DATE NULL DEFAULT NULL ,
  `otherAdverseEffect` VARCHAR(100) NULL DEFAULT NULL ,
  `comment` LONGTEXT NULL DEFAULT NULL ,
  `dateChangeReg` DATE NULL DEFAULT NULL ,
  `symptomTherapy` VARCHAR(255) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKA1F0CD38BAF4631B` (`SIDEEFFECT_ID` ASC) ,
  INDEX `FKA1F0CD388B327BA` (`CASE_ID` ASC) ,
  INDEX `FKA1F0CD3893A12976` (`SUBSTANCE2_ID` ASC) ,
  INDEX `FKA1F0CD38B7FBE608` (`SUBSTANCE_ID` ASC) ,
  INDEX `fkcasese_lasttx` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK9D7338D896FA537`
    FOREIGN KEY (`SUBSTANCE_ID` )
    REFERENCES `substance` (`id` )
    ON DELETE SET NULL,
  CONSTRAINT `FK9D7338D897F889CC`
    FOREIGN KEY (`SIDEEFFECT_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE CASCADE,
  CONSTRAINT `FK9D7338D8A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE,
  CONSTRAINT `FK9D7338D8E514E8A5`
    FOREIGN KEY (`SUBSTANCE2_ID` )
    REFERENCES `substance` (`id` )
    ON DELETE SET NULL,
  CONSTRAINT `fkcasese_lasttx`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `casesymptom` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` VARCHAR(100) NULL DEFAULT NULL ,
  `SYMPTOM_ID` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK19977CB938A7D2FA` (`SYMPTOM_ID` ASC) ,
  INDEX `FK19977CB98B327BA` (`CASE_ID` ASC) ,
  CONSTRAINT `FK52F53CF915ABF9AB`
    FOREIGN KEY (`SYMPTOM_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE CASCADE,
  CONSTRAINT `FK52F53CF9A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `laboratory` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `abbrevName` VARCHAR(20) NULL DEFAULT NULL ,
  `name` VARCHAR(100) NOT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `ADMINUNIT_ID` INT(11) NOT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `HEALTHSYSTEM_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK2FD84BD38A1004CB` (`ADMINUNIT_ID` ASC) ,
  INDEX `FK2FD84BD3B9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `FK2FD84BD3755AB8EC` (`HEALTHSYSTEM_ID` ASC) ,
  INDEX `fk_laboratory_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_laboratory_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKB9066FB3E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKB9066FB3798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKB9066FB321EFF75D`
    FOREIGN KEY (`HEALTHSYSTEM_ID` )
    REFERENCES `healthsystem` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKB9066FB3798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKB9066FB3B3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKB9066FB3CEDEEA7C`
    FOREIGN KEY (`ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKB9066FB3E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_laboratory_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_laboratory_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examculture` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` TEXT NULL DEFAULT NULL ,
  `dateRelease` DATE NULL DEFAULT NULL ,
  `result` INT(11) NULL DEFAULT NULL ,
  `LABORATORY_ID` INT(11) NULL DEFAULT NULL ,
  `METHOD_ID` INT(11) NULL DEFAULT NULL ,
  `numberOfColonies` INT(11) NULL DEFAULT NULL ,
  `sampleType` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `sampleNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `dateCollected` DATE NULL DEFAULT NULL ,
  `DTYPE` VARCHAR(31) NULL DEFAULT NULL ,
  `IDENTIFICATION_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKB2F04C6F66A4104C` (`LABORATORY_ID` ASC) ,
  INDEX `FKB2F04C6F8861542` (`METHOD_ID` ASC) ,
  INDEX `FKB2F04C6F8B327BA` (`CASE_ID` ASC) ,
  INDEX `FKEC4E0CAFF1114346` (`IDENTIFICATION_ID` ASC) ,
  INDEX `fk_examculture_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_examculture_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKEC4E0CAFE0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKEC4E0CAF798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKEC4E0CAF43A836FD`
    FOREIGN KEY (`LABORATORY_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKEC4E0CAF798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKEC4E0CAFA3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKEC4E0CAFE0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKEC4E0CAFE58A3BF3`
    FOREIGN KEY (`METHOD_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKEC4E0CAFF1114346`
    FOREIGN KEY (`IDENTIFICATION_ID` )
    REFERENCES `fieldvalue` (`id` ),
  CONSTRAINT `fk_examculture_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examculture_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examdst` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` TEXT NULL DEFAULT NULL ,
  `dateRelease` DATE NULL DEFAULT NULL ,
  `numContaminated` INT(11) NOT NULL ,
  `numResistant` INT(11) NOT NULL ,
  `numSusceptible` INT(11) NOT NULL ,
  `LABORATORY_ID` INT(11) NULL DEFAULT NULL ,
  `METHOD_ID` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `sampleNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `dateCollected` DATE NULL DEFAULT NULL ,
  `ongoing` TINYINT(1) NULL DEFAULT NULL ,
  `DTYPE` VARCHAR(31) NULL DEFAULT NULL ,
  `sampleType` INT(11) NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(31) NULL DEFAULT NULL ,
  `mtbDetected` INT(11) NULL DEFAULT NULL ,
  `datePlating` DATE NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `dateTestBegin` DATE NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKD76A756C66A4104C` (`LABORATORY_ID` ASC) ,
  INDEX `FKD76A756CA8FEE28C` (`METHOD_ID` ASC) ,
  INDEX `FKD76A756C8861542` (`METHOD_ID` ASC) ,
  INDEX `FK145D01068B327BA` (`CASE_ID` ASC) ,
  INDEX `FK145D010666A4104C` (`LABORATORY_ID` ASC) ,
  INDEX `FK145D01068861542` (`METHOD_ID` ASC) ,
  INDEX `fk_examdst_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_examdst_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FKB124E546E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FKB124E546798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK145D010666A4104C`
    FOREIGN KEY (`LABORATORY_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK145D01068861542`
    FOREIGN KEY (`METHOD_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKB124E54643A836FD`
    FOREIGN KEY (`LABORATORY_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKB124E546798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKB124E546A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKB124E546E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FKB124E546E58A3BF3`
    FOREIGN KEY (`METHOD_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examdst_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examdst_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examdstresult` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `result` INT(11) NOT NULL ,
  `EXAM_ID` INT(11) NOT NULL ,
  `SUBSTANCE_ID` INT(11) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKA3392A7779C49EF9` (`EXAM_ID` ASC) ,
  INDEX `FKA3392A77B7FBE608` (`SUBSTANCE_ID` ASC) ,
  INDEX `FK4FF058C3CB45202F` (`EXAM_ID` ASC) ,
  INDEX `FK4FF058C3B7FBE608` (`SUBSTANCE_ID` ASC) ,
  CONSTRAINT `FK786720E396FA537`
    FOREIGN KEY (`SUBSTANCE_ID` )
    REFERENCES `substance` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK786720E397ACDF1E`
    FOREIGN KEY (`EXAM_ID` )
    REFERENCES `examdst` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examhiv` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` VARCHAR(250) NULL DEFAULT NULL ,
  `EVENT_DATE` DATE NULL DEFAULT NULL ,
  `laboratory` VARCHAR(100) NULL DEFAULT NULL ,
  `result` INT(11) NULL DEFAULT NULL ,
  `startedARVdate` DATE NULL DEFAULT NULL ,
  `startedCPTdate` DATE NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `startedARTdate` DATE NULL DEFAULT NULL ,
  `startedVCTdate` DATE NULL DEFAULT NULL ,
  `cd4Count` INT(11) NULL DEFAULT NULL ,
  `cd4StDate` DATE NULL DEFAULT NULL ,
  `partnerResult` INT(11) NULL DEFAULT NULL ,
  `partnerResultDate` DATE NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(31) NULL DEFAULT NULL ,
  `artNumber` INT(11) NULL DEFAULT NULL ,
  `resultDate` DATE NULL DEFAULT NULL ,
  `ART_REGIMEN_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `viralLoad` INT(11) NULL DEFAULT NULL ,
  `viralLoadDateRelease` DATETIME NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK145D0ED68B327BA` (`CASE_ID` ASC) ,
  INDEX `FKB124F31626B85CCF` (`ART_REGIMEN_ID` ASC) ,
  INDEX `fk_examhiv_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_examhiv_transactionlog2` (`createTransaction_ID` ASC) ,
  CONSTRAINT `FKB124F31626B85CCF`
    FOREIGN KEY (`ART_REGIMEN_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKB124F316A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examhiv_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examhiv_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `exammicroscopy` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` TEXT NULL DEFAULT NULL ,
  `dateRelease` DATE NULL DEFAULT NULL ,
  `result` INT(11) NULL DEFAULT NULL ,
  `LABORATORY_ID` INT(11) NULL DEFAULT NULL ,
  `numberOfAFB` INT(11) NULL DEFAULT NULL ,
  `METHOD_ID` INT(11) NULL DEFAULT NULL ,
  `sampleType` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NULL DEFAULT NULL ,
  `sampleNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `dateCollected` DATE NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(31) NULL DEFAULT NULL ,
  `laboratoryName` VARCHAR(200) NULL DEFAULT NULL ,
  `LAB_ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `datePlating` DATE NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKA5F78C0966A4104C` (`LABORATORY_ID` ASC) ,
  INDEX `FKA5F78C098861542` (`METHOD_ID` ASC) ,
  INDEX `FKC6929FC38B327BA` (`CASE_ID` ASC) ,
  INDEX `FK8B79F783FE125FEE` (`LAB_ADMINUNIT_ID` ASC) ,
  INDEX `FKC6929FC366A4104C` (`LABORATORY_ID` ASC) ,
  INDEX `FKC6929FC38861542` (`METHOD_ID` ASC) ,
  INDEX `fk_exammicroscopy_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_exammicroscopy_transactionlog2` (`createTransaction_ID` ASC) ,
  INDEX `FK8B79F783E0BC8241` (`createTransaction_ID` ASC) ,
  INDEX `FK8B79F783798D9E5B` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK8B79F78343A836FD`
    FOREIGN KEY (`LABORATORY_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK8B79F783798D9E5B`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK8B79F783A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK8B79F783E0BC8241`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK8B79F783E58A3BF3`
    FOREIGN KEY (`METHOD_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK8B79F783FE125FEE`
    FOREIGN KEY (`LAB_ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKC6929FC366A4104C`
    FOREIGN KEY (`LABORATORY_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FKC6929FC38861542`
    FOREIGN KEY (`METHOD_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_exammicroscopy_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_exammicroscopy_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examxpert` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `case_ID` INT(11) NOT NULL ,
  `dateCollected` DATE NOT NULL ,
  `comments` VARCHAR(250) NULL DEFAULT NULL ,
  `dateRelease` DATE NULL DEFAULT NULL ,
  `sampleNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `result` INT(11) NOT NULL ,
  `rifResult` INT(11) NULL DEFAULT NULL ,
  `method_ID` INT(11) NULL DEFAULT NULL ,
  `laboratory_ID` INT(11) NOT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `genex_case_fk` (`case_ID` ASC) ,
  INDEX `genex_lab_fk` (`laboratory_ID` ASC) ,
  INDEX `genex_transnew_fk` (`createTransaction_ID` ASC) ,
  INDEX `genex_transupdt_fk` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `genex_case_fk`
    FOREIGN KEY (`case_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `genex_lab_fk`
    FOREIGN KEY (`laboratory_ID` )
    REFERENCES `laboratory` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `genex_transnew_fk`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `genex_transupdt_fk`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `examxray` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` VARCHAR(250) NULL DEFAULT NULL ,
  `EVENT_DATE` DATE NOT NULL ,
  `baseline` INT(11) NULL DEFAULT NULL ,
  `evolution` INT(11) NULL DEFAULT NULL ,
  `result` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `PRESENTATION_ID` INT(11) NULL DEFAULT NULL ,
  `destruction` BIT(1) NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(100) NOT NULL ,
  `LOCALIZATION_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK774C35718B327BA` (`CASE_ID` ASC) ,
  INDEX `FK774C3571A1A41069` (`PRESENTATION_ID` ASC) ,
  INDEX `FK774C3571D089CB3B` (`LOCALIZATION_ID` ASC) ,
  INDEX `fk_examxray_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_examxray_transactionlog2` (`createTransaction_ID` ASC) ,
  CONSTRAINT `FK7380D5517EA8371A`
    FOREIGN KEY (`PRESENTATION_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK7380D551A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK7380D551D089CB3B`
    FOREIGN KEY (`LOCALIZATION_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examxray_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_examxray_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicalexamination` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` LONGTEXT NULL DEFAULT NULL ,
  `EVENT_DATE` DATE NOT NULL ,
  `appointmentType` INT(11) NULL DEFAULT NULL ,
  `bloodPressureMax` FLOAT NULL DEFAULT NULL ,
  `bloodPressureMin` FLOAT NULL DEFAULT NULL ,
  `heartRate` FLOAT NULL DEFAULT NULL ,
  `heartRateRest` FLOAT NULL DEFAULT NULL ,
  `height` FLOAT NULL DEFAULT NULL ,
  `reasonNotUsingPrescMedicines` VARCHAR(100) NULL DEFAULT NULL ,
  `responsible` VARCHAR(100) NULL DEFAULT NULL ,
  `temperature` FLOAT NULL DEFAULT NULL ,
  `usingPrescMedicines` INT(11) NULL DEFAULT NULL ,
  `weight` FLOAT NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `respRateRest` FLOAT NULL DEFAULT NULL ,
  `positionResponsible` VARCHAR(100) NULL DEFAULT NULL ,
  `clinicalEvolution` INT(11) NULL DEFAULT NULL ,
  `supervisedTreatment` INT(11) NULL DEFAULT NULL ,
  `supervisionUnitName` VARCHAR(100) NULL DEFAULT NULL ,
  `surgicalProcedure` INT(11) NULL DEFAULT NULL ,
  `surgicalProcedureDesc` VARCHAR(100) NULL DEFAULT NULL ,
  `dotDurinIntPhase` INT(11) NULL DEFAULT NULL ,
  `nutrtnSupport` INT(11) NULL DEFAULT NULL ,
  `patientRefBy` INT(11) NULL DEFAULT NULL ,
  `patientRefTo` INT(11) NULL DEFAULT NULL ,
  `REF_BY_DATE` DATE NULL DEFAULT NULL ,
  `REF_TO_DATE` DATE NULL DEFAULT NULL ,
  `referredByUnitName` VARCHAR(100) NULL DEFAULT NULL ,
  `referredToUnitName` VARCHAR(100) NULL DEFAULT NULL ,
  `dotProvName` VARCHAR(100) NULL DEFAULT NULL ,
  `DISCRIMINATOR` VARCHAR(31) NULL DEFAULT NULL ,
  `nextAppointment` DATE NULL DEFAULT NULL ,
  `dotContOptions` INT(11) NULL DEFAULT NULL ,
  `dotIntOptions` INT(11) NULL DEFAULT NULL ,
  `dotContProvName` VARCHAR(100) NULL DEFAULT NULL ,
  `Qualification` INT(11) NULL DEFAULT NULL ,
  `otherQualifiedProfessional` VARCHAR(100) NULL DEFAULT NULL ,
  `patientReferred` INT(11) NULL DEFAULT NULL ,
  `dotType` INT(11) NULL DEFAULT NULL ,
  `SIDE_EFFECT` INT(11) NULL DEFAULT NULL ,
  `dotDurinContPhase` INT(11) NULL DEFAULT NULL ,
  `otherPatRefBySrc` VARCHAR(255) NULL DEFAULT NULL ,
  `dotPhoneNumber` VARCHAR(50) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `DOTTYPE_ID` INT(11) NULL DEFAULT NULL ,
  `PATIENTREFTO_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK62CB08C08B327BA` (`CASE_ID` ASC) ,
  INDEX `FK919DA4C0677ECC33` (`SIDE_EFFECT` ASC) ,
  INDEX `fk_medicalexamination_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_medicalexamination_transactionlog2` (`createTransaction_ID` ASC) ,
  CONSTRAINT `FK919DA4C0677ECC33`
    FOREIGN KEY (`SIDE_EFFECT` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK919DA4C0A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fk_medicalexamination_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_medicalexamination_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `medicinedispensingcase` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `quantity` INT(11) NOT NULL ,
  `BATCH_ID` INT(11) NOT NULL ,
  `DISPENSING_ID` INT(11) NOT NULL ,
  `SOURCE_ID` INT(11) NOT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK5EFA8E241CBB077D` (`SOURCE_ID` ASC) ,
  INDEX `FK5EFA8E243B281F77` (`BATCH_ID` ASC) ,
  INDEX `FK5EFA8E24BA967077` (`DISPENSING_ID` ASC) ,
  INDEX `FK5EFA8E24A3F04EEB` (`CASE_ID` ASC) ,
  CONSTRAINT `FK6B79A1C41CBB077D`
    FOREIGN KEY (`SOURCE_ID` )
    REFERENCES `source` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK6B79A1C43B281F77`
    FOREIGN KEY (`BATCH_ID` )
    REFERENCES `batch` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK6B79A1C4A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK6B79A1C4BA967077`
    FOREIGN KEY (`DISPENSING_ID` )
    REFERENCES `medicinedispensing` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `prescribedmedicine` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `doseUnit` INT(11) NOT NULL ,
  `frequency` INT(11) NOT NULL ,
  `MEDICINE_ID` INT(11) NOT NULL ,
  `SOURCE_ID` INT(11) NOT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `IniDate` DATE NOT NULL ,
  `EndDate` DATE NOT NULL ,
  `comments` VARCHAR(200) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK85BFA211817DE04C` (`SOURCE_ID` ASC) ,
  INDEX `FK85BFA211FBB4E36C` (`MEDICINE_ID` ASC) ,
  INDEX `FK85BFA2118B327BA` (`CASE_ID` ASC) ,
  INDEX `fkprescmed_lasttx` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK142181D11CBB077D`
    FOREIGN KEY (`SOURCE_ID` )
    REFERENCES `source` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK142181D1A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK142181D1BC45025D`
    FOREIGN KEY (`MEDICINE_ID` )
    REFERENCES `medicine` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkprescmed_lasttx`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `prevtbtreatment` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `TREATMENT_MONTH` INT(11) NULL DEFAULT NULL ,
  `outcome` INT(11) NOT NULL ,
  `TREATMENT_YEAR` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `OUTCOME_MONTH` INT(11) NULL DEFAULT NULL ,
  `OUTCOME_YEAR` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK988E31778B327BA` (`CASE_ID` ASC) ,
  CONSTRAINT `FK824DD5B7A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `systemparam` (
  `param_key` VARCHAR(255) NOT NULL ,
  `param_value` VARCHAR(100) NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`param_key`) ,
  INDEX `FK70D637EB9C757E8` (`WORKSPACE_ID` ASC) ,
  CONSTRAINT `FKA566ABBEB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `tag` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `tag_name` VARCHAR(100) NOT NULL ,
  `workspace` TINYBLOB NULL DEFAULT NULL ,
  `WORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  `sqlCondition` LONGTEXT NULL DEFAULT NULL ,
  `consistencyCheck` TINYINT(1) NOT NULL ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createtransaction_id` INT(11) NULL DEFAULT NULL ,
  `active` TINYINT(1) NOT NULL ,
  `dailyUpdate` TINYINT(1) NULL DEFAULT '0' ,
  PRIMARY KEY (`id`) ,
  INDEX `FK1477AB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `fk_tag_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_tag_transactionlog2` (`createtransaction_id` ASC) ,
  INDEX `FK1BF9AE0BC8241` (`createtransaction_id` ASC) ,
  INDEX `FK1BF9A798D9E5B` (`lasttransaction_id` ASC) ,
  CONSTRAINT `FK1BF9A798D9E5B`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `FK1BF9AB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK1BF9AE0BC8241`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` ),
  CONSTRAINT `fk_tag_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tag_transactionlog2`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `tags_case` (
  `CASE_ID` INT(11) NOT NULL ,
  `TAG_ID` INT(11) NOT NULL ,
  INDEX `FK4577A7968B327BA` (`CASE_ID` ASC) ,
  INDEX `FK4577A796DAFE1048` (`TAG_ID` ASC) ,
  INDEX `FK4577A796A3F04EEB` (`CASE_ID` ASC) ,
  CONSTRAINT `FK9D9CA796A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK9D9CA796C1409EB7`
    FOREIGN KEY (`TAG_ID` )
    REFERENCES `tag` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `tbcontact` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `age` VARCHAR(255) NULL DEFAULT NULL ,
  `examinated` BIT(1) NOT NULL ,
  `gender` INT(11) NULL DEFAULT NULL ,
  `name` VARCHAR(255) NULL DEFAULT NULL ,
  `CONDUCT_ID` INT(11) NULL DEFAULT NULL ,
  `CONTACTTYPE_ID` INT(11) NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `comments` LONGTEXT NULL DEFAULT NULL ,
  `dateOfExamination` DATETIME NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK69755B28B327BA` (`CASE_ID` ASC) ,
  INDEX `FK69755B28A7B0429` (`CONTACTTYPE_ID` ASC) ,
  INDEX `FK69755B21789BDFF` (`CONDUCT_ID` ASC) ,
  INDEX `fk_tbcontact_transactionlog1` (`lastTransaction_ID` ASC) ,
  INDEX `fk_tbcontact_transactionlog2` (`createTransaction_ID` ASC) ,
  CONSTRAINT `FK2BEC9DF2677F2ADA`
    FOREIGN KEY (`CONTACTTYPE_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK2BEC9DF2A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK2BEC9DF2F48DE4B0`
    FOREIGN KEY (`CONDUCT_ID` )
    REFERENCES `fieldvalue` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tbcontact_transactionlog1`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_tbcontact_transactionlog2`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `treatmenthealthunit` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `endDate` DATE NULL DEFAULT NULL ,
  `iniDate` DATE NULL DEFAULT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `UNIT_ID` INT(11) NOT NULL ,
  `transferring` BIT(1) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKBF99A8788B327BA` (`CASE_ID` ASC) ,
  INDEX `FKBF99A878D6A3231A` (`UNIT_ID` ASC) ,
  INDEX `fktreathu_lasttx` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FKFE22905871E04A4B`
    FOREIGN KEY (`UNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKFE229058A3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fktreathu_lasttx`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `treatmentmonitoring` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `case_id` INT(11) NOT NULL ,
  `month_treat` INT(11) NOT NULL ,
  `year_treat` INT(11) NOT NULL ,
  `day1` INT(11) NOT NULL ,
  `day2` INT(11) NOT NULL ,
  `day3` INT(11) NOT NULL ,
  `day4` INT(11) NOT NULL ,
  `day5` INT(11) NOT NULL ,
  `day6` INT(11) NOT NULL ,
  `day7` INT(11) NOT NULL ,
  `day8` INT(11) NOT NULL ,
  `day9` INT(11) NOT NULL ,
  `day10` INT(11) NOT NULL ,
  `day11` INT(11) NOT NULL ,
  `day12` INT(11) NOT NULL ,
  `day13` INT(11) NOT NULL ,
  `day14` INT(11) NOT NULL ,
  `day15` INT(11) NOT NULL ,
  `day16` INT(11) NOT NULL ,
  `day17` INT(11) NOT NULL ,
  `day18` INT(11) NOT NULL ,
  `day19` INT(11) NOT NULL ,
  `day20` INT(11) NOT NULL ,
  `day21` INT(11) NOT NULL ,
  `day22` INT(11) NOT NULL ,
  `day23` INT(11) NOT NULL ,
  `day24` INT(11) NOT NULL ,
  `day25` INT(11) NOT NULL ,
  `day26` INT(11) NOT NULL ,
  `day27` INT(11) NOT NULL ,
  `day28` INT(11) NOT NULL ,
  `day29` INT(11) NOT NULL ,
  `day30` INT(11) NOT NULL ,
  `day31` INT(11) NOT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `fk_treatmonit_case` (`case_id` ASC) ,
  INDEX `fk_treatmonit_translog` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `fk_treatmonit_case`
    FOREIGN KEY (`case_id` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fk_treatmonit_translog`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userpermission` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `canChange` BIT(1) NOT NULL ,
  `canExecute` BIT(1) NOT NULL ,
  `grantPermission` BIT(1) NOT NULL ,
  `PROFILE_ID` INT(11) NOT NULL ,
  `ROLE_ID` INT(11) NOT NULL ,
  `caseClassification` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKD265581AF8AF6C57` (`ROLE_ID` ASC) ,
  INDEX `FKD265581AB3AFD59D` (`PROFILE_ID` ASC) ,
  CONSTRAINT `FK974CAFDA7730850C`
    FOREIGN KEY (`PROFILE_ID` )
    REFERENCES `userprofile` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK974CAFDAB93F8B48`
    FOREIGN KEY (`ROLE_ID` )
    REFERENCES `userrole` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `sys_user` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comments` VARCHAR(200) NULL DEFAULT NULL ,
  `email` VARCHAR(80) NOT NULL ,
  `language` VARCHAR(6) NULL DEFAULT NULL ,
  `login` VARCHAR(30) NOT NULL ,
  `user_name` VARCHAR(80) NOT NULL ,
  `user_password` VARCHAR(32) NOT NULL ,
  `registrationDate` DATETIME NULL DEFAULT NULL ,
  `state` INT(11) NULL DEFAULT NULL ,
  `timeZone` VARCHAR(50) NULL DEFAULT NULL ,
  `ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `DEFAULTWORKSPACE_ID` INT(11) NULL DEFAULT NULL ,
  `PARENTUSER_ID` INT(11) NULL DEFAULT NULL ,
  `legacyId` VARCHAR(50) NULL DEFAULT NULL ,
  `THEME_ID` INT(11) NULL DEFAULT NULL ,
  `sendSystemMessages` TINYINT(1) NULL DEFAULT NULL ,
  `lasttransaction_id` INT(11) NULL DEFAULT NULL ,
  `createtransaction_id` INT(11) NULL DEFAULT NULL ,
  `ulaAccepted` TINYINT(1) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK7873F63D92323AE2` (`PARENTUSER_ID` ASC) ,
  INDEX `FK7873F63D8A1004CB` (`ADMINUNIT_ID` ASC) ,
  INDEX `FK7873F63D885461E` (`DEFAULTWORKSPACE_ID` ASC) ,
  INDEX `FK74A81DFD26183FC3` (`THEME_ID` ASC) ,
  INDEX `fk_sys_user_transactionlog1` (`lasttransaction_id` ASC) ,
  INDEX `fk_sys_user_transactionlog2` (`createtransaction_id` ASC) ,
  CONSTRAINT `FK74A81DFD26183FC3`
    FOREIGN KEY (`THEME_ID` )
    REFERENCES `uitheme` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `FK74A81DFD74417A53`
    FOREIGN KEY (`PARENTUSER_ID` )
    REFERENCES `sys_user` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_sys_user_transactionlog1`
    FOREIGN KEY (`lasttransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE,
  CONSTRAINT `fk_sys_user_transactionlog2`
    FOREIGN KEY (`createtransaction_id` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE SET NULL
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userworkspace` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `playOtherUnits` BIT(1) NOT NULL ,
  `USER_VIEW` INT(11) NOT NULL ,
  `ADMINUNIT_ID` INT(11) NULL DEFAULT NULL ,
  `PROFILE_ID` INT(11) NOT NULL ,
  `TBUNIT_ID` INT(11) NOT NULL ,
  `USER_ID` INT(11) NOT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `HEALTHSYSTEM_ID` INT(11) NULL DEFAULT NULL ,
  `lastTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `createTransaction_ID` INT(11) NULL DEFAULT NULL ,
  `laboratory_id` INT(11) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKE6C764EA8A1004CB` (`ADMINUNIT_ID` ASC) ,
  INDEX `FKE6C764EAD84E76CC` (`USER_ID` ASC) ,
  INDEX `FKE6C764EAB9C757E8` (`WORKSPACE_ID` ASC) ,
  INDEX `FKE6C764EAC9D89CEC` (`TBUNIT_ID` ASC) ,
  INDEX `FKE6C764EAB3AFD59D` (`PROFILE_ID` ASC) ,
  INDEX `FKE6C764EA755AB8EC` (`HEALTHSYSTEM_ID` ASC) ,
  INDEX `fkuserworkspace_createtx` (`createTransaction_ID` ASC) ,
  INDEX `fkuserworkspace_lasttx` (`lastTransaction_ID` ASC) ,
  CONSTRAINT `FK3FB6152A21EFF75D`
    FOREIGN KEY (`HEALTHSYSTEM_ID` )
    REFERENCES `healthsystem` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3FB6152A6515C41D`
    FOREIGN KEY (`TBUNIT_ID` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3FB6152A7730850C`
    FOREIGN KEY (`PROFILE_ID` )
    REFERENCES `userprofile` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3FB6152AB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3FB6152ABA5DB63D`
    FOREIGN KEY (`USER_ID` )
    REFERENCES `sys_user` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK3FB6152ACEDEEA7C`
    FOREIGN KEY (`ADMINUNIT_ID` )
    REFERENCES `administrativeunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkuserworkspace_createtx`
    FOREIGN KEY (`createTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkuserworkspace_lasttx`
    FOREIGN KEY (`lastTransaction_ID` )
    REFERENCES `transactionlog` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `casecomment` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `comment` LONGTEXT NOT NULL ,
  `comment_date` DATETIME NOT NULL ,
  `view` INT(11) NOT NULL ,
  `CASE_ID` INT(11) NOT NULL ,
  `USER_ID` INT(11) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FKBA21BCEFD84E76CC` (`USER_ID` ASC) ,
  INDEX `FKBA21BCEF8B327BA` (`CASE_ID` ASC) ,
  CONSTRAINT `FKF37F7D2FA3F04EEB`
    FOREIGN KEY (`CASE_ID` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FKF37F7D2FBA5DB63D`
    FOREIGN KEY (`USER_ID` )
    REFERENCES `sys_user` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `issue` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `case_id` INT(11) NULL DEFAULT NULL ,
  `closed` TINYINT(1) NULL DEFAULT NULL ,
  `user_id` INT(11) NOT NULL ,
  `creationDate` DATETIME NOT NULL ,
  `answerDate` DATETIME NULL DEFAULT NULL ,
  `title` VARCHAR(200) NULL DEFAULT NULL ,
  `description` LONGTEXT NULL DEFAULT NULL ,
  `unit_id` INT(11) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `fkissue_unit` (`unit_id` ASC) ,
  INDEX `fkissue_case` (`case_id` ASC) ,
  INDEX `fkissue_user` (`user_id` ASC) ,
  CONSTRAINT `fkissue_case`
    FOREIGN KEY (`case_id` )
    REFERENCES `tbcase` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkissue_unit`
    FOREIGN KEY (`unit_id` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkissue_user`
    FOREIGN KEY (`user_id` )
    REFERENCES `sys_user` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `issuefollowup` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `issue_id` INT(11) NOT NULL ,
  `text` LONGTEXT NULL DEFAULT NULL ,
  `user_id` INT(11) NOT NULL ,
  `followupDate` DATETIME NOT NULL ,
  `unit_id` INT(11) NOT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `fkissuefollowup_unit` (`unit_id` ASC) ,
  INDEX `fkissuefollowup_issue` (`issue_id` ASC) ,
  INDEX `fkissuefollowup_user` (`user_id` ASC) ,
  CONSTRAINT `fkissuefollowup_issue`
    FOREIGN KEY (`issue_id` )
    REFERENCES `issue` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkissuefollowup_unit`
    FOREIGN KEY (`unit_id` )
    REFERENCES `tbunit` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `fkissuefollowup_user`
    FOREIGN KEY (`user_id` )
    REFERENCES `sys_user` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

CREATE TABLE `userlogin` (
  `id` INT(11) NOT NULL AUTO_INCREMENT ,
  `Application` VARCHAR(200) NULL DEFAULT NULL ,
  `IpAddress` VARCHAR(16) NULL DEFAULT NULL ,
  `loginDate` DATETIME NOT NULL ,
  `logoutDate` DATETIME NULL DEFAULT NULL ,
  `USER_ID` INT(11) NOT NULL ,
  `WORKSPACE_ID` INT(11) NOT NULL ,
  `sessionId` VARCHAR(32) NULL DEFAULT NULL ,
  PRIMARY KEY (`id`) ,
  INDEX `FK8AA0DA3ED84E76CC` (`USER_ID` ASC) ,
  INDEX `FK8AA0DA3EB9C757E8` (`WORKSPACE_ID` ASC) ,
  CONSTRAINT `FK14F1AA7EB3B1717`
    FOREIGN KEY (`WORKSPACE_ID` )
    REFERENCES `workspace` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE,
  CONSTRAINT `FK14F1AA7EBA5DB63D`
    FOREIGN KEY (`USER_ID` )
    REFERENCES `sys_user` (`id` )
    ON DELETE CASCADE
    ON UPDATE CASCADE)
ENGINE = InnoDB DEFAULT CHARACTER SET = utf8;

-- Foreign keys to tables created later (cycles such as transactionlog <-> tbunit, sys_user <-> userworkspace)
ALTER TABLE `transactionlog` ADD CONSTRAINT `FK3C3C7BA671E04A4B` FOREIGN KEY (`UNIT_ID` ) REFERENCES `tbunit` (`id` ) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `transactionlog` ADD CONSTRAINT `FK3C3C7BA6CEDEEA7C` FOREIGN KEY (`ADMINUNIT_ID` ) REFERENCES `administrativeunit` (`id` ) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `sys_user` ADD CONSTRAINT `FK74A81DFDEE97D5CD` FOREIGN KEY (`DEFAULTWORKSPACE_ID` ) REFERENCES `userworkspace` (`id` ) ON DELETE SET NULL ON UPDATE CASCADE;

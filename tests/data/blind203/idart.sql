-- iDART (intelligent Dispensing of Antiretroviral Treatment, Cell-Life, South Africa) — pharmacy dispensing system.
-- Source: github.com/cell-life/idart at commit a213e3e46c3fbac7da79da644d1d3af0affb5c03 (iDART 3.9, Feb 2018;
--         licence: GPL-2.0, metadata/install/Licence.html). The PostgreSQL schema is defined only by Liquibase
--         changelogs in src/org/celllife/idart/database/: baseline-schema.xml and baseline-constraints.xml (the
--         baseline a new installation runs), then changelog-master.xml (3.5, primary_key_fix, 3.6, 3.7, 3.8, 3.9).
-- Made by replaying every structural change in order (createTable, addColumn, dropColumn, renameColumn,
-- modifyDataType, add/drop primary key, unique and not-null constraints, addForeignKeyConstraint, the one ALTER
-- in raw SQL), honouring the changeSet preconditions on existing keys and columns. All 48 tables are kept, columns
-- in the resulting order. Types: int4/int/integer -> INT, bigint -> BIGINT, timestamp (with time zone) and
-- DATETIME -> DATETIME, bool/boolean -> BOOLEAN, float8 -> DOUBLE, numeric -> DECIMAL, varchar/char/text/date
-- unchanged. PostgreSQL foreign-key names are per table, MySQL's per database: the name
-- drug_fkey, used by three tables, is prefixed with each table's name. Sequences, plpgsql functions, triggers
-- and data inserts are left out.

CREATE TABLE `atccode` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `mims` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_key` (`name`),
  UNIQUE KEY `code_key` (`code`),
  UNIQUE KEY `mims_key` (`mims`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `form` (
  `id` INT NOT NULL,
  `form` VARCHAR(255),
  `actionlanguage1` VARCHAR(255),
  `actionlanguage2` VARCHAR(255),
  `actionlanguage3` VARCHAR(255),
  `formlanguage1` VARCHAR(255),
  `formlanguage2` VARCHAR(255),
  `formlanguage3` VARCHAR(255),
  `dispinstructions1` VARCHAR(255),
  `dispinstructions2` VARCHAR(255),
  `code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `drug` (
  `id` INT NOT NULL,
  `form` INT NOT NULL,
  `dispensinginstructions1` VARCHAR(255),
  `dispensinginstructions2` VARCHAR(255),
  `modified` CHAR(1),
  `name` VARCHAR(255),
  `packsize` INT,
  `sidetreatment` CHAR(1),
  `defaultamnt` DOUBLE,
  `defaulttimes` INT,
  `stockcode` VARCHAR(50),
  `atccode_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `drug_form` FOREIGN KEY (`form`) REFERENCES `form` (`id`),
  CONSTRAINT `fk_drug_atccode` FOREIGN KEY (`atccode_id`) REFERENCES `atccode` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `nationalclinics` (
  `id` INT NOT NULL,
  `province` VARCHAR(255) NOT NULL,
  `district` VARCHAR(255) NOT NULL,
  `subdistrict` VARCHAR(255) NOT NULL,
  `facilityname` VARCHAR(255) NOT NULL,
  `facilitytype` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_facilities` (`facilityname`, `subdistrict`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `clinic` (
  `id` INT NOT NULL,
  `notes` VARCHAR(255),
  `telephone` VARCHAR(255),
  `mainclinic` BOOLEAN,
  `clinicname` VARCHAR(255),
  `clinicdetails_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_clinicname` (`clinicname`),
  CONSTRAINT `fkey_clinic_details` FOREIGN KEY (`clinicdetails_id`) REFERENCES `nationalclinics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `package` (
  `id` INT NOT NULL,
  `dateleft` DATETIME,
  `datereceived` DATETIME,
  `modified` CHAR(1),
  `packageid` VARCHAR(255),
  `packdate` DATETIME,
  `pickupdate` DATETIME,
  `prescription` INT,
  `weekssupply` INT,
  `datereturned` DATETIME,
  `stockreturned` BOOLEAN,
  `packagereturned` BOOLEAN,
  `reasonforpackagereturn` VARCHAR(255),
  `clinic` INT,
  `drugtypes` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `package_clinic_fkey` FOREIGN KEY (`clinic`) REFERENCES `clinic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pillcount` (
  `id` INT NOT NULL,
  `accum` INT NOT NULL,
  `previouspackage` INT NOT NULL,
  `dateofcount` DATETIME NOT NULL,
  `drug` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `previouspackage_fkey` FOREIGN KEY (`previouspackage`) REFERENCES `package` (`id`),
  CONSTRAINT `pillcount_drug_fkey` FOREIGN KEY (`drug`) REFERENCES `drug` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `accumulateddrugs` (
  `id` INT NOT NULL,
  `withpackage` INT NOT NULL,
  `pillcount` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pillcount_fkey` FOREIGN KEY (`pillcount`) REFERENCES `pillcount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `adherencerecordtmp` (
  `id` INT NOT NULL,
  `adherencereason` VARCHAR(255),
  `countdate` DATETIME,
  `dayscarriedover` INT,
  `daysinhand` INT,
  `dayssincevisit` INT,
  `dayssupplied` INT,
  `pawcno` VARCHAR(255),
  `pillcountid` INT,
  `cluser` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patient` (
  `id` INT NOT NULL,
  `accountstatus` BOOLEAN,
  `cellphone` VARCHAR(255),
  `dateofbirth` DATETIME,
  `clinic` INT NOT NULL,
  `firstnames` VARCHAR(255),
  `homephone` VARCHAR(255),
  `lastname` VARCHAR(255),
  `modified` CHAR(1),
  `patientid` VARCHAR(255) NOT NULL,
  `province` VARCHAR(255),
  `sex` CHAR(1),
  `workphone` VARCHAR(255),
  `address1` VARCHAR(255),
  `address2` VARCHAR(255),
  `address3` VARCHAR(255),
  `nextofkinname` VARCHAR(255),
  `nextofkinphone` VARCHAR(255),
  `race` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `patient_clinic` FOREIGN KEY (`clinic`) REFERENCES `clinic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alternatepatientidentifier` (
  `id` INT NOT NULL,
  `identifier` VARCHAR(255),
  `patient` INT,
  `datechanged` DATETIME,
  `masterpatientid` BOOLEAN,
  `type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `alternateid_patient` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment` (
  `id` INT NOT NULL,
  `appointmentdate` DATETIME,
  `patient` INT,
  `visitdate` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_fkey` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `attributetype` (
  `id` INT NOT NULL,
  `datatype` VARCHAR(255),
  `description` VARCHAR(255),
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `chemicalcompound` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `acronym` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_key` (`name`),
  UNIQUE KEY `acronym_key` (`acronym`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `chemicaldrugstrength` (
  `id` INT NOT NULL,
  `chemicalcompound` INT NOT NULL,
  `strength` INT,
  `drug` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `chemicalcompound_fkey` FOREIGN KEY (`chemicalcompound`) REFERENCES `chemicalcompound` (`id`),
  CONSTRAINT `chemicaldrugstrength_drug_fkey` FOREIGN KEY (`drug`) REFERENCES `drug` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `clinicuser` (
  `clinicid` INT NOT NULL,
  `userid` INT NOT NULL,
  PRIMARY KEY (`userid`, `clinicid`),
  UNIQUE KEY `unique_clinicuser` (`userid`, `clinicid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `deleteditem` (
  `id` INT NOT NULL,
  `deleteditemid` INT,
  `itemtype` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `doctor` (
  `id` INT NOT NULL,
  `emailaddress` VARCHAR(255),
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `mobileno` VARCHAR(255),
  `modified` CHAR(1),
  `telephoneno` VARCHAR(255),
  `active` BOOLEAN,
  `identifier` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `episode` (
  `id` INT NOT NULL,
  `startdate` DATETIME NOT NULL,
  `stopdate` DATETIME,
  `startreason` VARCHAR(255),
  `stopreason` VARCHAR(255),
  `startnotes` VARCHAR(255),
  `stopnotes` VARCHAR(255),
  `patient` INT,
  `index` INT,
  `clinic` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_episode_patient` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`),
  CONSTRAINT `episode_clinic_fkey` FOREIGN KEY (`clinic`) REFERENCES `clinic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `logging` (
  `id` INT NOT NULL,
  `itemid` VARCHAR(255),
  `modified` CHAR(1),
  `transactiondate` DATETIME,
  `transactiontype` VARCHAR(255),
  `idart_user` INT NOT NULL,
  `message` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `packageddrugs` (
  `id` INT NOT NULL,
  `amount` INT,
  `stock` INT NOT NULL,
  `parentpackage` INT NOT NULL,
  `modified` CHAR(1),
  `packageddrugsindex` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `package_parent` FOREIGN KEY (`parentpackage`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` INT NOT NULL,
  `modified` CHAR(1),
  `cl_password` VARCHAR(255),
  `role` VARCHAR(255),
  `cl_username` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `packagedruginfotmp` (
  `id` INT NOT NULL,
  `amountpertime` VARCHAR(255),
  `batchnumber` VARCHAR(255),
  `clinic` VARCHAR(255),
  `dispensedate` DATETIME,
  `dispensedqty` INT,
  `drugname` VARCHAR(255),
  `expirydate` DATETIME,
  `formlanguage1` VARCHAR(255),
  `formlanguage2` VARCHAR(255),
  `formlanguage3` VARCHAR(255),
  `notes` VARCHAR(255),
  `packageindex` INT,
  `patientid` VARCHAR(255),
  `patientfirstname` VARCHAR(255),
  `specialinstructions1` VARCHAR(255),
  `specialinstructions2` VARCHAR(255),
  `stockid` INT,
  `timesperday` INT,
  `cluser` INT NOT NULL,
  `weekssupply` INT,
  `sidetreatment` BOOLEAN,
  `packageddrug` INT NOT NULL,
  `invalid` BOOLEAN,
  `qtyinhand` VARCHAR(255),
  `summaryqtyinhand` VARCHAR(255),
  `qtyinlastbatch` VARCHAR(255),
  `patientlastname` VARCHAR(255),
  `prescriptionduration` INT,
  `dateexpectedstring` VARCHAR(255),
  `senttoekapa` BOOLEAN,
  `packageid` VARCHAR(255),
  `firstbatchinprintjob` BOOLEAN,
  `numberoflabels` INT,
  `dispensedforlaterpickup` BOOLEAN,
  `pickupdate` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `packageddrugtmp_packageddrug` FOREIGN KEY (`packageddrug`) REFERENCES `packageddrugs` (`id`),
  CONSTRAINT `packageddrugtmp_cluser` FOREIGN KEY (`cluser`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientattribute` (
  `id` INT NOT NULL,
  `value` VARCHAR(255),
  `patient` INT,
  `type_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `patientattribute_attributetype` FOREIGN KEY (`type_id`) REFERENCES `attributetype` (`id`),
  CONSTRAINT `patientattribute_patient` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientstatistic` (
  `id` INT NOT NULL,
  `entry_id` INT,
  `patient_id` INT,
  `datetested` DATE,
  `daterecorded` DATE,
  `patientstattype_id` INT,
  `statnumeric` DOUBLE,
  `stattext` VARCHAR(255),
  `statdate` DATE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientstattypes` (
  `id` INT NOT NULL,
  `statname` VARCHAR(30),
  `statformat` VARCHAR(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientvisit` (
  `id` INT NOT NULL,
  `patient_id` INT,
  `dateofvisit` DATE,
  `isscheduled` VARCHAR(1),
  `patientvisitreason_id` INT,
  `diagnosis` VARCHAR(255),
  `notes` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientvisitreason` (
  `id` INT NOT NULL,
  `reasonforvisit` VARCHAR(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pregnancy` (
  `id` INT NOT NULL,
  `confirmdate` DATETIME,
  `enddate` DATETIME,
  `patient` INT NOT NULL,
  `modified` CHAR(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `pregnancy_patient` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `prescription` (
  `id` INT NOT NULL,
  `clinicalstage` INT,
  `current` CHAR(1),
  `date` DATETIME,
  `doctor` INT,
  `duration` INT,
  `modified` CHAR(1),
  `patient` INT NOT NULL,
  `prescriptionid` VARCHAR(255),
  `weight` DOUBLE,
  `reasonforupdate` VARCHAR(255),
  `notes` VARCHAR(255),
  `enddate` DATETIME,
  `drugtypes` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `prescription_doctor` FOREIGN KEY (`doctor`) REFERENCES `doctor` (`id`),
  CONSTRAINT `prescription_patient` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `prescribeddrugs` (
  `id` INT NOT NULL,
  `amtpertime` DOUBLE,
  `drug` INT,
  `prescription` INT,
  `timesperday` INT,
  `modified` CHAR(1),
  `prescribeddrugsindex` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `prescribed_prescription` FOREIGN KEY (`prescription`) REFERENCES `prescription` (`id`),
  CONSTRAINT `prescribed_drug` FOREIGN KEY (`drug`) REFERENCES `drug` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `regimen` (
  `id` INT NOT NULL,
  `modified` CHAR(1),
  `notes` VARCHAR(255),
  `regimenname` VARCHAR(255),
  `druggroup` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_regimen` (`regimenname`, `druggroup`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `regimendrugs` (
  `id` INT NOT NULL,
  `amtpertime` DOUBLE,
  `drug` INT,
  `modified` CHAR(1),
  `regimen` INT,
  `timesperday` INT,
  `notes` VARCHAR(255),
  `regimendrugsindex` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_regimendrug` (`regimen`, `drug`),
  CONSTRAINT `regimen_fkey` FOREIGN KEY (`regimen`) REFERENCES `regimen` (`id`),
  CONSTRAINT `regimendrugs_drug_fkey` FOREIGN KEY (`drug`) REFERENCES `drug` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `simpledomain` (
  `id` INT NOT NULL,
  `description` VARCHAR(255),
  `name` VARCHAR(255),
  `value` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stockcenter` (
  `id` INT NOT NULL,
  `stockcentername` VARCHAR(255),
  `preferred` BOOLEAN,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_stockcentername` (`stockcentername`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stock` (
  `id` INT NOT NULL,
  `drug` INT NOT NULL,
  `batchnumber` VARCHAR(255),
  `datereceived` DATETIME,
  `stockcenter` INT NOT NULL,
  `expirydate` DATETIME,
  `modified` CHAR(1),
  `shelfnumber` VARCHAR(255),
  `unitsreceived` INT,
  `manufacturer` VARCHAR(255),
  `hasunitsremaining` CHAR(1),
  `unitprice` DECIMAL(12,2),
  PRIMARY KEY (`id`),
  CONSTRAINT `stock_drug` FOREIGN KEY (`drug`) REFERENCES `drug` (`id`),
  CONSTRAINT `stock_stockcenter_fkey` FOREIGN KEY (`stockcenter`) REFERENCES `stockcenter` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stocktake` (
  `id` INT NOT NULL,
  `enddate` DATETIME,
  `startdate` DATETIME,
  `stocktakenumber` VARCHAR(255),
  `open` BOOLEAN,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stockadjustment` (
  `id` INT NOT NULL,
  `capturedate` DATETIME,
  `stock` INT NOT NULL,
  `notes` VARCHAR(255),
  `stocktake` INT,
  `stockcount` INT,
  `adjustedvalue` INT,
  `finalised` BOOLEAN,
  PRIMARY KEY (`id`),
  CONSTRAINT `stocktake_fkey` FOREIGN KEY (`stocktake`) REFERENCES `stocktake` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stocklevel` (
  `id` INT NOT NULL,
  `batch` INT NOT NULL,
  `fullcontainersremaining` INT,
  `loosepillsremaining` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_batch` (`batch`),
  CONSTRAINT `batch_fkey` FOREIGN KEY (`batch`) REFERENCES `stock` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `study` (
  `id` INT NOT NULL,
  `studyname` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `studyname_key` (`studyname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `studyparticipant` (
  `id` INT NOT NULL,
  `studygroup` VARCHAR(255) NOT NULL,
  `startdate` DATE NOT NULL,
  `enddate` DATE,
  `patient` INT NOT NULL,
  `study` INT NOT NULL,
  `randomizationid` VARCHAR(40),
  `alternatecellphone` VARCHAR(20),
  `network` VARCHAR(40) NOT NULL,
  `language` VARCHAR(50),
  PRIMARY KEY (`id`),
  CONSTRAINT `studyparticipant_patient_fkey` FOREIGN KEY (`patient`) REFERENCES `patient` (`id`),
  CONSTRAINT `studyparticipant_study_fkey` FOREIGN KEY (`study`) REFERENCES `study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `campaign` (
  `id` INT NOT NULL,
  `description` VARCHAR(255),
  `duration` INT,
  `name` VARCHAR(35) NOT NULL,
  `startdate` DATETIME,
  `status` VARCHAR(20) NOT NULL,
  `timesperday` INT,
  `type` VARCHAR(20) NOT NULL,
  `version` BIGINT NOT NULL,
  `mobilisrid` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `campaign_participant` (
  `campaign_id` INT,
  `patient_id` INT,
  `id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaign_participant_campaign_fk` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`),
  CONSTRAINT `campaign_participant_patient_fk` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `messageschedule` (
  `id` INT NOT NULL,
  `description` VARCHAR(255),
  `messagetype` VARCHAR(255) NOT NULL,
  `scheduledate` DATETIME NOT NULL,
  `daystoschedule` INT,
  `scheduledsuccessfully` BOOLEAN,
  `senttoalerts` BOOLEAN,
  `messagenumber` INT,
  `language` VARCHAR(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alerts` (
  `id` INT NOT NULL,
  `alertmessage` VARCHAR(255) NOT NULL,
  `alerttype` VARCHAR(255) NOT NULL,
  `alertdate` DATETIME NOT NULL,
  `void` BOOLEAN,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `identifiertype` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `index` INT,
  `voided` BOOLEAN NOT NULL,
  `system` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patientidentifier` (
  `id` INT NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `patient_id` INT NOT NULL,
  `type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_identifier_type` (`type_id`, `value`),
  CONSTRAINT `patientidentifier_identifiertype` FOREIGN KEY (`type_id`) REFERENCES `identifiertype` (`id`),
  CONSTRAINT `patientidentifier_patient` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `atccode_chemicalcompound` (
  `atccode_id` INT NOT NULL,
  `chemicalcompound_id` INT NOT NULL,
  CONSTRAINT `fk_atccode_chemicalcompound` FOREIGN KEY (`atccode_id`) REFERENCES `atccode` (`id`),
  CONSTRAINT `fk_chemicalcompound_atccode` FOREIGN KEY (`chemicalcompound_id`) REFERENCES `chemicalcompound` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

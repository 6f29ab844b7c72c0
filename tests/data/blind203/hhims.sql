-- HHIMS (Hospital and Health Information Management System, ICT Agency of Sri Lanka) — trimmed upstream schema.
-- Source: github.com/tsruban/HHIMS, install/new/install.sql (phpMyAdmin dump of database hhimsv2_1, 13 Aug 2015),
--         repository HEAD 1eb74386983701beec99f2aa4609057712bbf4e0 (licence: AGPL-3.0, LICENSE at that commit).
-- Kept: 61 of the 90 upstream tables, every column in upstream order with upstream types, defaults, keys and indexes.
-- Upstream declares its foreign keys in ALTER TABLE ... ADD CONSTRAINT statements at the end of the dump (loaded
-- with FOREIGN_KEY_CHECKS=0); here the same constraints are written inside each CREATE TABLE and the tables are
-- ordered so that referenced tables come first. AUTO_INCREMENT start values and INSERTs are left out.
SET NAMES utf8;

CREATE TABLE IF NOT EXISTS `patient` (
  `PID` int(11) NOT NULL AUTO_INCREMENT,
  `LPID` int(11) NOT NULL,
  `HID` int(11) NOT NULL,
  `Old_PID` int(11) DEFAULT NULL,
  `CStatus` varchar(10) DEFAULT NULL,
  `Cward` int(5) DEFAULT NULL,
  `Personal_Title` varchar(10) DEFAULT NULL,
  `Full_Name_Registered` varchar(50) NOT NULL,
  `Personal_Used_Name` varchar(50) DEFAULT NULL,
  `NIC` varchar(15) DEFAULT NULL,
  `occupation` varchar(30) DEFAULT NULL,
  `DateOfBirth` date DEFAULT NULL,
  `Age` varchar(20) DEFAULT NULL,
  `Telephone` varchar(20) DEFAULT NULL,
  `Gender` varchar(10) DEFAULT NULL,
  `Personal_Civil_Status` varchar(10) DEFAULT NULL,
  `Personal_Preferred_Language` varchar(10) DEFAULT NULL,
  `Citizenship` varchar(5) DEFAULT NULL,
  `ContactPerson` varchar(200) DEFAULT NULL,
  `Birth_Address_Street` varchar(20) DEFAULT NULL,
  `Birth_Address_Village` varchar(20) DEFAULT NULL,
  `Birth_Address_DSDivision` varchar(20) DEFAULT NULL,
  `Birth_Address_District` varchar(20) DEFAULT NULL,
  `Birth_Address_Country` varchar(20) DEFAULT NULL,
  `Birth_Address_ZIP` int(11) DEFAULT NULL,
  `Address_Street` varchar(200) DEFAULT NULL,
  `Address_Village` varchar(50) DEFAULT NULL,
  `Address_DSDivision` varchar(20) DEFAULT NULL,
  `Address_District` varchar(20) DEFAULT NULL,
  `Address_Country` varchar(20) DEFAULT NULL,
  `Address_ZIP` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Address_Street1` varchar(200) DEFAULT NULL,
  `DeathDate` varchar(30) DEFAULT NULL,
  `HIN` varchar(12) NOT NULL,
  PRIMARY KEY (`PID`),
  KEY `IX_LPID` (`LPID`),
  KEY `IX_NAME` (`Full_Name_Registered`(5)),
  KEY `HIN` (`HIN`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `patient_alergy` (
  `ALERGYID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `Status` varchar(50) NOT NULL,
  `Remarks` varchar(200) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `O_PID` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`ALERGYID`),
  KEY `fk_patient_alergy` (`PID`)
,
  CONSTRAINT `fk_patient_alergy` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `patient_exam` (
  `PATEXAMID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `Weight` int(4) DEFAULT NULL,
  `Height` varchar(5) NOT NULL,
  `sys_BP` int(4) DEFAULT NULL,
  `diast_BP` int(4) DEFAULT NULL,
  `Temprature` varchar(5) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `ExamDate` datetime DEFAULT NULL,
  `O_PID` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`PATEXAMID`),
  KEY `fk_patient_exam` (`PID`)
,
  CONSTRAINT `fk_patient_exam` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `patient_history` (
  `PATHISTORYID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `History_Type` varchar(50) DEFAULT NULL,
  `SNOMED_Code` varchar(20) DEFAULT NULL,
  `SNOMED_Text` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `HistoryDate` varchar(50) DEFAULT NULL,
  `O_PID` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`PATHISTORYID`),
  KEY `fk_patient_history` (`PID`)
,
  CONSTRAINT `fk_patient_history` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `patient_notes` (
  `patient_notes_id` int(11) NOT NULL AUTO_INCREMENT,
  `notes` varchar(500) NOT NULL,
  `PID` int(11) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`patient_notes_id`),
  KEY `fk_patient_notes` (`PID`)
,
  CONSTRAINT `fk_patient_notes` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `injection` (
  `injection_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `dosage` varchar(30) NOT NULL,
  `remarks` varchar(100) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `route` varchar(100) NOT NULL,
  PRIMARY KEY (`injection_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user` (
  `UID` int(11) NOT NULL AUTO_INCREMENT,
  `HID` int(11) NOT NULL,
  `Title` varchar(10) DEFAULT NULL,
  `FirstName` varchar(50) NOT NULL,
  `OtherName` varchar(50) NOT NULL,
  `NIC` varchar(12) DEFAULT NULL,
  `DateOfBirth` date DEFAULT NULL,
  `CivilStatus` varchar(10) DEFAULT NULL,
  `Gender` varchar(10) DEFAULT NULL,
  `Post` varchar(20) DEFAULT NULL,
  `UserName` varchar(50) NOT NULL,
  `UserGroup` varchar(50) NOT NULL DEFAULT 'User',
  `Password` varchar(50) NOT NULL,
  `DefaultLanguage` varchar(10) DEFAULT NULL,
  `Telephone` varchar(20) DEFAULT NULL,
  `Address_Street` varchar(20) DEFAULT NULL,
  `Address_Village` varchar(20) DEFAULT NULL,
  `Address_DSDivision` varchar(20) DEFAULT NULL,
  `Address_District` varchar(20) DEFAULT NULL,
  `Address_Country` varchar(20) DEFAULT NULL,
  `Address_ZIP` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Speciality` varchar(50) DEFAULT NULL,
  `LastTimeSeen` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `Status` varchar(50) DEFAULT NULL,
  `last_prescription_cmd` varchar(20) NOT NULL,
  PRIMARY KEY (`UID`),
  UNIQUE KEY `UserName` (`UserName`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `patient_injection` (
  `patient_injection_id` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) NOT NULL,
  `injection_id` int(11) NOT NULL,
  `order_by_id` int(11) NOT NULL,
  `complete_by_id` int(11) NOT NULL,
  `status` varchar(11) NOT NULL,
  `episode_type` varchar(11) NOT NULL,
  `episode_id` varchar(11) NOT NULL,
  `complete_date` datetime DEFAULT NULL,
  `remarks` varchar(100) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`patient_injection_id`),
  KEY `fk_patient_injection` (`PID`),
  KEY `fk_injection` (`injection_id`),
  KEY `fk_order_by` (`order_by_id`)
,
  CONSTRAINT `fk_injection` FOREIGN KEY (`injection_id`) REFERENCES `injection` (`injection_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_order_by` FOREIGN KEY (`order_by_id`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_injection` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `drug_stock` (
  `drug_stock_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `alert_out_of_stock` tinyint(1) DEFAULT '1',
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`drug_stock_id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `visit_type` (
  `VTYPID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Stock` int(30) DEFAULT NULL,
  PRIMARY KEY (`VTYPID`),
  UNIQUE KEY `Name` (`Name`),
  KEY `fk_stock` (`Stock`)
,
  CONSTRAINT `fk_stock` FOREIGN KEY (`Stock`) REFERENCES `drug_stock` (`drug_stock_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `ward` (
  `WID` int(5) NOT NULL AUTO_INCREMENT,
  `HID` int(5) NOT NULL,
  `Name` varchar(200) NOT NULL,
  `Telephone` varchar(15) DEFAULT NULL,
  `BedCount` int(5) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Type` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`WID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission` (
  `ADMID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `BHT` varchar(100) NOT NULL,
  `AdmissionDate` datetime NOT NULL,
  `Doctor` int(11) DEFAULT NULL,
  `Ward` int(5) NOT NULL,
  `Complaint` varchar(200) NOT NULL,
  `ICD_Code` varchar(10) DEFAULT NULL,
  `ICD_Text` varchar(200) DEFAULT NULL,
  `SNOMED_Code` varchar(20) DEFAULT NULL,
  `SNOMED_Text` varchar(200) DEFAULT NULL,
  `IMMR_Code` varchar(10) DEFAULT NULL,
  `IMMR_Text` varchar(200) DEFAULT NULL,
  `Discharge_ICD_Code` varchar(10) DEFAULT NULL,
  `Discharge_ICD_Text` varchar(200) DEFAULT NULL,
  `Discharge_IMMR_Code` varchar(10) DEFAULT NULL,
  `Discharge_IMMR_Text` varchar(200) DEFAULT NULL,
  `Discharge_SNOMED_Code` varchar(20) DEFAULT NULL,
  `Discharge_SNOMED_Text` varchar(200) DEFAULT NULL,
  `Discharge_Doctor` int(11) DEFAULT NULL,
  `DischargeDate` varchar(30) DEFAULT NULL,
  `OutCome` varchar(50) DEFAULT NULL,
  `Discharge_Remarks` varchar(200) NOT NULL,
  `ReferTo` varchar(30) DEFAULT NULL,
  `Remarks` varchar(200) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `OnSetDate` date DEFAULT NULL,
  `AdmitTo` int(4) DEFAULT NULL,
  `O_PID` varchar(100) DEFAULT NULL,
  `DeathDate` varchar(30) DEFAULT NULL,
  `is_referred` tinyint(1) NOT NULL,
  `referred_id` int(11) DEFAULT NULL,
  `referred_from` varchar(50) DEFAULT NULL,
  `ICD` int(11) NOT NULL,
  `IMMR` int(11) NOT NULL,
  `SNOMED` int(11) NOT NULL,
  `Discharge_ICD` int(11) NOT NULL,
  `Discharge_IMMR` int(11) NOT NULL,
  `Discharge_SNOMED` int(11) NOT NULL,
  PRIMARY KEY (`ADMID`),
  KEY `IX_ADMDATE` (`AdmissionDate`),
  KEY `IX_DISDATE` (`DischargeDate`),
  KEY `IX_PID` (`PID`),
  KEY `IX_WARD` (`Ward`),
  KEY `fk_doctor` (`Doctor`),
  KEY `fk_ward_admit` (`AdmitTo`),
  KEY `fk_ICD` (`ICD`),
  KEY `fk_DCHR_ICD` (`Discharge_ICD`),
  KEY `fk_IMMR` (`IMMR`),
  KEY `fk_DCHR_IMMR` (`Discharge_IMMR`)
,
  CONSTRAINT `fk_admission_patient` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_doctor` FOREIGN KEY (`Doctor`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_ward` FOREIGN KEY (`Ward`) REFERENCES `ward` (`WID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_ward_admit` FOREIGN KEY (`AdmitTo`) REFERENCES `ward` (`WID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `opd_visits` (
  `OPDID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `OLD_OPDID` int(11) DEFAULT NULL,
  `DateTimeOfVisit` datetime DEFAULT NULL,
  `OnSetDate` date DEFAULT NULL,
  `Complaint` varchar(200) DEFAULT NULL,
  `ICD_Code` varchar(10) DEFAULT NULL,
  `ICD_Text` varchar(200) DEFAULT NULL,
  `SNOMED_Code` varchar(10) DEFAULT NULL,
  `Doctor` int(11) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `isNotify` tinyint(1) DEFAULT '0',
  `SNOMED_Text` varchar(500) DEFAULT NULL,
  `VisitType` int(20) DEFAULT NULL,
  `O_PID` varchar(100) DEFAULT NULL,
  `referred_admission_id` int(11) DEFAULT NULL,
  `is_refered` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`OPDID`),
  KEY `fk_opd_visits_patient` (`PID`),
  KEY `fk_opd_doctor` (`Doctor`),
  KEY `fk_referred_admission` (`referred_admission_id`),
  KEY `fk_VisitType` (`VisitType`)
,
  CONSTRAINT `fk_opd_doctor` FOREIGN KEY (`Doctor`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_opd_visits_patient` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_referred_admission` FOREIGN KEY (`referred_admission_id`) REFERENCES `admission` (`ADMID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_VisitType` FOREIGN KEY (`VisitType`) REFERENCES `visit_type` (`VTYPID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `opd_notes` (
  `opd_notes_id` int(11) NOT NULL AUTO_INCREMENT,
  `notes` varchar(500) NOT NULL,
  `OPDID` int(11) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`opd_notes_id`),
  KEY `fk_opd_notes` (`OPDID`)
,
  CONSTRAINT `fk_opd_notes` FOREIGN KEY (`OPDID`) REFERENCES `opd_visits` (`OPDID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `opd_treatment` (
  `OPDTREATMENTID` int(11) NOT NULL AUTO_INCREMENT,
  `OPDID` int(11) NOT NULL,
  `Treatment` varchar(500) DEFAULT NULL,
  `Status` varchar(1000) DEFAULT NULL,
  `Remarks` varchar(1000) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `TREATMENTID` int(11) NOT NULL,
  PRIMARY KEY (`OPDTREATMENTID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `opd_presciption` (
  `PRSID` int(11) NOT NULL AUTO_INCREMENT,
  `Dept` varchar(200) DEFAULT NULL,
  `OPDID` int(11) NOT NULL,
  `PID` int(11) DEFAULT NULL,
  `PrescribeDate` datetime DEFAULT NULL,
  `PrescribeBy` varchar(200) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `O_PID` varchar(100) DEFAULT NULL,
  `GetFrom` varchar(30) DEFAULT 'Stock',
  PRIMARY KEY (`PRSID`),
  KEY `fk_visit_opd_presciption` (`OPDID`),
  KEY `fk_patient_opd_presciption` (`PID`)
,
  CONSTRAINT `fk_patient_opd_presciption` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_visit_opd_presciption` FOREIGN KEY (`OPDID`) REFERENCES `opd_visits` (`OPDID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `prescribe_items` (
  `PRS_ITEM_ID` int(11) NOT NULL AUTO_INCREMENT,
  `PRES_ID` int(11) NOT NULL,
  `DRGID` int(11) DEFAULT NULL,
  `Dosage` varchar(100) DEFAULT NULL,
  `HowLong` varchar(100) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Quantity` int(11) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Frequency` varchar(50) DEFAULT NULL,
  `drug_list` text,
  PRIMARY KEY (`PRS_ITEM_ID`),
  KEY `DRGID` (`DRGID`),
  KEY `PRES_ID` (`PRES_ID`)
,
  CONSTRAINT `fk_prescribe_items` FOREIGN KEY (`PRES_ID`) REFERENCES `opd_presciption` (`PRSID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_diagnosis` (
  `ADMDIAGNOSISID` int(11) NOT NULL AUTO_INCREMENT,
  `ADMID` int(11) NOT NULL,
  `PID` varchar(100) NOT NULL,
  `ICD_Code` varchar(10) DEFAULT NULL,
  `ICD_Text` varchar(200) DEFAULT NULL,
  `SNOMED_Code` varchar(20) DEFAULT NULL,
  `SNOMED_Text` varchar(200) DEFAULT NULL,
  `IMMR_Code` varchar(10) DEFAULT NULL,
  `IMMR_Text` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `DiagnosisDate` datetime DEFAULT NULL,
  `Main` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`ADMDIAGNOSISID`),
  KEY `fk_diagnosis_admission` (`ADMID`)
,
  CONSTRAINT `fk_diagnosis_admission` FOREIGN KEY (`ADMID`) REFERENCES `admission` (`ADMID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_notes` (
  `ADMNOTEID` int(11) NOT NULL AUTO_INCREMENT,
  `ADMID` int(11) NOT NULL,
  `Note` varchar(1000) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`ADMNOTEID`),
  KEY `fk_admission_notes` (`ADMID`)
,
  CONSTRAINT `fk_admission_notes` FOREIGN KEY (`ADMID`) REFERENCES `admission` (`ADMID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_procedures` (
  `ADMDPROCEDUREID` int(11) NOT NULL AUTO_INCREMENT,
  `ADMID` int(11) NOT NULL,
  `SNOMED_Code` varchar(20) DEFAULT NULL,
  `SNOMED_Text` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `ProcedureDate` datetime DEFAULT NULL,
  PRIMARY KEY (`ADMDPROCEDUREID`),
  KEY `fk_admission_procedures` (`ADMID`)
,
  CONSTRAINT `fk_admission_procedures` FOREIGN KEY (`ADMID`) REFERENCES `admission` (`ADMID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_transfer` (
  `ADTR` int(11) NOT NULL AUTO_INCREMENT,
  `ADMID` int(11) DEFAULT NULL,
  `TransferDate` datetime NOT NULL,
  `TransferFrom` int(4) DEFAULT NULL,
  `TransferTo` int(4) DEFAULT NULL,
  `TransferBy` int(4) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`ADTR`),
  KEY `fk_admission_transfer` (`ADMID`)
,
  CONSTRAINT `fk_admission_transfer` FOREIGN KEY (`ADMID`) REFERENCES `admission` (`ADMID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_prescription` (
  `admission_prescription_id` int(11) NOT NULL AUTO_INCREMENT,
  `Dept` varchar(200) DEFAULT NULL,
  `ADMID` int(11) NOT NULL,
  `PID` int(11) DEFAULT NULL,
  `PrescribeDate` datetime DEFAULT NULL,
  `PrescribeBy` varchar(200) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `GetFrom` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`admission_prescription_id`),
  KEY `fk_visit_opd_presciption` (`ADMID`),
  KEY `fk_patient_opd_presciption` (`PID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_prescribe_items` (
  `prescribe_items_id` int(11) NOT NULL AUTO_INCREMENT,
  `admission_prescription_id` int(11) NOT NULL,
  `DRGID` int(11) DEFAULT NULL,
  `Dosage` varchar(100) DEFAULT NULL,
  `HowLong` varchar(100) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Quantity` int(11) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Frequency` varchar(50) DEFAULT NULL,
  `drug_list` text,
  `StopDate` datetime DEFAULT NULL,
  `route` varchar(50) DEFAULT NULL,
  `type` varchar(50) DEFAULT NULL,
  `given_by` int(11) DEFAULT NULL,
  `is_given` tinyint(1) DEFAULT '0',
  `given_date_time` datetime DEFAULT NULL,
  PRIMARY KEY (`prescribe_items_id`),
  KEY `DRGID` (`DRGID`),
  KEY `admission_prescription_id` (`admission_prescription_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `admission_prescribe_items_dispense` (
  `items_dispense_id` int(11) NOT NULL AUTO_INCREMENT,
  `prescribe_items_id` int(11) NOT NULL,
  `given_date_time` datetime DEFAULT NULL,
  `given_by` varchar(100) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Quantity` int(11) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`items_dispense_id`),
  KEY `prescribe_items_id` (`prescribe_items_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `clinic` (
  `clinic_id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `drug_stock` int(11) NOT NULL,
  `remarks` varchar(100) DEFAULT NULL,
  `applicable_to` varchar(10) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`clinic_id`),
  KEY `fk_clinic_stock` (`drug_stock`)
,
  CONSTRAINT `fk_clinic_stock` FOREIGN KEY (`drug_stock`) REFERENCES `drug_stock` (`drug_stock_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `clinic_patient` (
  `clinic_patient_id` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) NOT NULL,
  `clinic_id` int(11) NOT NULL,
  `status` varchar(30) NOT NULL,
  `next_visit_date` date DEFAULT NULL,
  `next_visit_time` time DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `remarks` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`clinic_patient_id`),
  KEY `fk_clinic` (`clinic_id`),
  KEY `fk_clinic_patient` (`PID`)
,
  CONSTRAINT `fk_clinic` FOREIGN KEY (`clinic_id`) REFERENCES `clinic` (`clinic_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_clinic_patient` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `clinic_prescription` (
  `clinic_prescription_id` int(11) NOT NULL AUTO_INCREMENT,
  `Dept` varchar(200) DEFAULT NULL,
  `clinic_patient_id` int(11) NOT NULL,
  `PID` int(11) DEFAULT NULL,
  `PrescribeDate` datetime DEFAULT NULL,
  `PrescribeBy` varchar(200) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`clinic_prescription_id`),
  KEY `fk_clinic_presciption` (`clinic_patient_id`),
  KEY `fk_patient_clinic_presciption` (`PID`)
,
  CONSTRAINT `fk_clinic_presciption` FOREIGN KEY (`clinic_patient_id`) REFERENCES `clinic_patient` (`clinic_patient_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_patient_clinic_presciption` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `clinic_prescribe_items` (
  `clinic_prescribe_item_id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_prescription_id` int(11) NOT NULL,
  `DRGID` int(11) DEFAULT NULL,
  `Dosage` varchar(100) DEFAULT NULL,
  `HowLong` varchar(100) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `Quantity` int(11) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Frequency` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`clinic_prescribe_item_id`),
  KEY `DRGID` (`DRGID`),
  KEY `fk_clinic_prescribe_items` (`clinic_prescription_id`)
,
  CONSTRAINT `fk_clinic_prescribe_items` FOREIGN KEY (`clinic_prescription_id`) REFERENCES `clinic_prescription` (`clinic_prescription_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `lab_order` (
  `LAB_ORDER_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Dept` varchar(200) DEFAULT NULL,
  `OBJID` int(11) NOT NULL,
  `PID` int(11) DEFAULT NULL,
  `OrderDate` datetime DEFAULT NULL,
  `OrderBy` varchar(200) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `Priority` varchar(20) DEFAULT NULL,
  `TestGroupName` varchar(100) DEFAULT NULL,
  `CollectionDateTime` varchar(15) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `O_PID` varchar(100) DEFAULT NULL,
  `Collection_Status` varchar(10) DEFAULT NULL,
  `CollectBy` varchar(200) DEFAULT NULL,
  `Remarks` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`LAB_ORDER_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `lab_order_items` (
  `LAB_ORDER_ITEM_ID` int(11) NOT NULL AUTO_INCREMENT,
  `LAB_ORDER_ID` int(11) NOT NULL,
  `LABID` int(11) DEFAULT NULL,
  `TestValue` varchar(200) DEFAULT NULL,
  `Status` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`LAB_ORDER_ITEM_ID`),
  KEY `LABID` (`LABID`),
  KEY `LAB_ORDER_ID` (`LAB_ORDER_ID`)
,
  CONSTRAINT `fk_lab_order_items` FOREIGN KEY (`LAB_ORDER_ID`) REFERENCES `lab_order` (`LAB_ORDER_ID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `appointment` (
  `APPID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `VDate` varchar(25) NOT NULL,
  `VTime` varchar(25) NOT NULL,
  `Token` int(5) DEFAULT NULL,
  `Type` varchar(30) DEFAULT NULL,
  `Mode` varchar(30) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Consultant` int(11) DEFAULT NULL,
  PRIMARY KEY (`APPID`),
  KEY `fk_appointment_patient` (`PID`)
,
  CONSTRAINT `fk_appointment_patient` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `attachment` (
  `ATTCHID` int(11) NOT NULL AUTO_INCREMENT,
  `Attach_Type` varchar(50) DEFAULT NULL,
  `Attach_To` varchar(50) DEFAULT NULL,
  `EPISODE` int(11) NOT NULL,
  `PID` int(11) NOT NULL,
  `Attached_By` int(11) NOT NULL,
  `Attach_Description` varchar(500) DEFAULT NULL,
  `Attach_Comment` varchar(5000) DEFAULT NULL,
  `Attach_Name` varchar(500) NOT NULL,
  `Attach_Link` varchar(500) NOT NULL,
  `Attach_Hash` varchar(100) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`ATTCHID`),
  KEY `fk_attachment_patient` (`PID`)
,
  CONSTRAINT `fk_attachment_patient` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `attachment_comment` (
  `ATTCH_COM_ID` int(11) NOT NULL AUTO_INCREMENT,
  `ATTCHID` int(11) NOT NULL,
  `Comment_Date` datetime DEFAULT NULL,
  `Comment` varchar(5000) DEFAULT NULL,
  `Comment_By` int(11) NOT NULL,
  `Status` varchar(50) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`ATTCH_COM_ID`),
  KEY `fk_attachment_comment` (`ATTCHID`)
,
  CONSTRAINT `fk_attachment_comment` FOREIGN KEY (`ATTCHID`) REFERENCES `attachment` (`ATTCHID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `notification` (
  `NOTIFICATION_ID` int(11) NOT NULL AUTO_INCREMENT,
  `EPISODEID` int(11) NOT NULL,
  `PID` varchar(100) NOT NULL,
  `FROMID` varchar(100) NOT NULL,
  `TOID` varchar(100) NOT NULL,
  `Episode_Type` varchar(100) NOT NULL,
  `Disease` varchar(200) NOT NULL,
  `LabConfirm` tinyint(1) DEFAULT '0',
  `Confirmed` tinyint(1) DEFAULT '0',
  `Remarks` varchar(1000) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `ConfirmedBy` varchar(200) DEFAULT NULL,
  `notificationDate` datetime DEFAULT NULL,
  `Status` varchar(50) DEFAULT NULL,
  `SentTo` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`NOTIFICATION_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `questionnaire` (
  `QUES_ID` int(11) NOT NULL AUTO_INCREMENT,
  `QUES_ST_ID` int(11) DEFAULT NULL,
  `Date` datetime DEFAULT NULL,
  `Type` varchar(100) DEFAULT NULL,
  `OBID` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`QUES_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `questionnaire_data` (
  `QUES_ANS_ID` int(11) NOT NULL AUTO_INCREMENT,
  `QUES_ID` int(11) DEFAULT NULL,
  `Question` varchar(200) DEFAULT NULL,
  `Answer` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`QUES_ANS_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qu_quest_answer` (
  `qu_quest_answer_id` int(11) NOT NULL,
  `qu_questionnaire_id` int(11) NOT NULL,
  `link_type` varchar(30) NOT NULL,
  `link_id` int(11) NOT NULL,
  `CreateDate` datetime NOT NULL,
  `CreateUser` varchar(50) DEFAULT NULL,
  `LastUpDate` datetime NOT NULL,
  `LastUpDateUser` varchar(50) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`qu_quest_answer_id`),
  KEY `fk_qqu_quest_answer` (`qu_questionnaire_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `qu_answer` (
  `qu_answer_id` int(11) NOT NULL,
  `qu_question_id` int(11) NOT NULL,
  `qu_quest_answer_id` int(11) NOT NULL,
  `answer` varchar(50) NOT NULL,
  `answer_type` varchar(50) NOT NULL,
  `answer_order` int(11) NOT NULL,
  `CreateDate` datetime NOT NULL,
  `CreateUser` varchar(50) DEFAULT NULL,
  `LastUpDate` datetime NOT NULL,
  `LastUpDateUser` varchar(50) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`qu_answer_id`),
  KEY `fk_qu_answer` (`qu_quest_answer_id`),
  KEY `fk_qu_question_respo` (`qu_question_id`)
,
  CONSTRAINT `fk_qu_answer` FOREIGN KEY (`qu_quest_answer_id`) REFERENCES `qu_quest_answer` (`qu_quest_answer_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `recent_patient` (
  `RPID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) DEFAULT NULL,
  `UID` int(11) DEFAULT NULL,
  `Page` varchar(100) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `O_PID` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`RPID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qb_bill` (
  `QB_BILL_ID` int(11) NOT NULL AUTO_INCREMENT,
  `PID` int(11) NOT NULL,
  `Status` varchar(10) DEFAULT NULL,
  `Title` varchar(100) DEFAULT NULL,
  `Type` varchar(100) DEFAULT NULL,
  `EPISODE` int(11) NOT NULL,
  `Total` float(8,2) DEFAULT NULL,
  `TotalPaid` float(8,2) DEFAULT NULL,
  `Balance` float(8,2) DEFAULT NULL,
  `PayMode` varchar(50) DEFAULT NULL,
  `DateCreate` datetime DEFAULT NULL,
  `CRTE_UID` int(11) NOT NULL,
  `RESV_UID` int(11) DEFAULT NULL,
  `DatePaid` datetime DEFAULT NULL,
  `Hash` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`QB_BILL_ID`),
  KEY `fk_patient_bill` (`PID`)
,
  CONSTRAINT `fk_patient_bill` FOREIGN KEY (`PID`) REFERENCES `patient` (`PID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qb_bill_item` (
  `QB_BILL_ITEM_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(500) DEFAULT NULL,
  `Quantity` int(11) DEFAULT NULL,
  `UnitPrize` float(8,2) DEFAULT NULL,
  `TotalPrize` float(8,2) NOT NULL,
  `DateCreate` datetime DEFAULT NULL,
  `CRTE_UID` int(11) NOT NULL,
  `Hash` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `QB_BILL_ID` int(11) NOT NULL,
  `Type` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`QB_BILL_ITEM_ID`),
  KEY `fk_qb_bill_item` (`QB_BILL_ID`)
,
  CONSTRAINT `fk_qb_bill_item` FOREIGN KEY (`QB_BILL_ID`) REFERENCES `qb_bill` (`QB_BILL_ID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qb_staff_payment` (
  `QB_STAFF_PAY_ID` int(11) NOT NULL AUTO_INCREMENT,
  `QB_BILL_ID` int(11) NOT NULL,
  `Type` varchar(500) DEFAULT NULL,
  `DateCreate` datetime DEFAULT NULL,
  `DatePaid` datetime DEFAULT NULL,
  `STAFF_ID` int(11) NOT NULL,
  `DoctorAmount` float(8,2) NOT NULL,
  `HospitalAmount` float(8,2) NOT NULL,
  `HospitalCommision` float(8,2) DEFAULT '0.00',
  `Status` varchar(10) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`QB_STAFF_PAY_ID`),
  KEY `fk_qb_staff_payment_bill` (`QB_BILL_ID`),
  KEY `fk_qb_staff_payment` (`STAFF_ID`)
,
  CONSTRAINT `fk_qb_staff_payment` FOREIGN KEY (`STAFF_ID`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_qb_staff_payment_bill` FOREIGN KEY (`QB_BILL_ID`) REFERENCES `qb_bill` (`QB_BILL_ID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qb_consult_fee` (
  `QB_CONST_FEE_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Consultant` int(11) DEFAULT NULL,
  `WeekDayFee` int(11) DEFAULT NULL,
  `WeekEndDayFee` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `HospitalCommision` float(8,2) DEFAULT '0.00',
  PRIMARY KEY (`QB_CONST_FEE_ID`),
  UNIQUE KEY `Consultant` (`Consultant`)
,
  CONSTRAINT `fk_qb_consult_fee` FOREIGN KEY (`Consultant`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `qb_conf` (
  `QB_CONF_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Currency` varchar(5) DEFAULT NULL,
  `Vat` float(8,2) DEFAULT NULL,
  `HospitalCommision` float(8,2) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`QB_CONF_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_group` (
  `UGID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Remarks` varchar(200) DEFAULT NULL,
  `MainMenu` varchar(500) DEFAULT NULL,
  `Scan_Redirect` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`UGID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `permission` (
  `PRMID` int(11) NOT NULL AUTO_INCREMENT,
  `UserGroup` varchar(200) NOT NULL,
  `UserAccess` longtext,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`PRMID`),
  UNIQUE KEY `UserGroup` (`UserGroup`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_chat_message` (
  `CHAT_MESSAGE_ID` int(11) NOT NULL AUTO_INCREMENT,
  `FROM_ID` int(11) NOT NULL,
  `TO_ID` int(11) NOT NULL,
  `Session_Id` varchar(100) NOT NULL,
  `SentAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `Message` varchar(500) DEFAULT NULL,
  `Seen` tinyint(4) NOT NULL,
  PRIMARY KEY (`CHAT_MESSAGE_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_chat_session` (
  `CHAT_CHAT_SESSION_ID` int(11) NOT NULL AUTO_INCREMENT,
  `USER1_ID` int(11) NOT NULL,
  `USER2_ID` int(11) NOT NULL,
  `Session_Id` varchar(100) NOT NULL,
  `CreatedAt` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ClosedAt` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `Status` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`CHAT_CHAT_SESSION_ID`),
  KEY `Session_Id` (`Session_Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_favour_drug` (
  `user_favour_drug_id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `name` varchar(50) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`user_favour_drug_id`),
  KEY `fk_user_favour_drug` (`uid`)
,
  CONSTRAINT `fk_user_favour_drug` FOREIGN KEY (`uid`) REFERENCES `user` (`UID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `who_drug` (
  `wd_id` int(11) NOT NULL AUTO_INCREMENT,
  `group` varchar(97) DEFAULT NULL,
  `sub_group` varchar(83) DEFAULT NULL,
  `name` varchar(61) DEFAULT NULL,
  `formulation` varchar(126) DEFAULT NULL,
  `dose` varchar(10) NOT NULL,
  `default_num` varchar(10) NOT NULL,
  `default_timing` varchar(10) NOT NULL,
  `remarks` varchar(156) DEFAULT NULL,
  `CreateDate` varchar(10) DEFAULT NULL,
  `CreateUser` varchar(10) DEFAULT NULL,
  `LastUpDateUser` varchar(10) DEFAULT NULL,
  `LastUpDate` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`wd_id`),
  UNIQUE KEY `wd_id` (`wd_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_favour_drug_items` (
  `user_favour_drug_items_id` int(11) NOT NULL AUTO_INCREMENT,
  `who_drug_id` int(11) NOT NULL,
  `user_favour_drug_id` int(11) NOT NULL,
  `frequency` varchar(50) NOT NULL,
  `how_long` varchar(50) NOT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`user_favour_drug_items_id`),
  KEY `fk_favour_drug` (`who_drug_id`),
  KEY `fk_user_favour_drug_items` (`user_favour_drug_id`)
,
  CONSTRAINT `fk_favour_drug` FOREIGN KEY (`who_drug_id`) REFERENCES `who_drug` (`wd_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_user_favour_drug_items` FOREIGN KEY (`user_favour_drug_id`) REFERENCES `user_favour_drug` (`user_favour_drug_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_post` (
  `POST_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`POST_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `user_speciality` (
  `SPEC_ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`SPEC_ID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `hospital` (
  `HID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(130) DEFAULT NULL,
  `Telephone1` varchar(20) DEFAULT NULL,
  `Telephone2` varchar(20) DEFAULT NULL,
  `Address_Street` varchar(20) DEFAULT NULL,
  `Address_Village` varchar(20) DEFAULT NULL,
  `Address_DSDivision` varchar(20) DEFAULT NULL,
  `Address_District` varchar(20) DEFAULT NULL,
  `Address_Country` varchar(20) DEFAULT NULL,
  `Address_ZIP` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Code` varchar(10) DEFAULT NULL,
  `Type` varchar(30) DEFAULT NULL,
  `Current_BHT` varchar(50) DEFAULT NULL,
  `Display_Drug_Count` tinyint(1) DEFAULT NULL,
  `Display_Zero_Drug_Count` tinyint(1) DEFAULT NULL,
  `Dispense_Drug_Count` tinyint(1) DEFAULT NULL,
  `Display_Previous_Drug` tinyint(1) DEFAULT NULL,
  `Use_One_Field_Name` tinyint(1) DEFAULT NULL,
  `Use_Calendar_DOB` tinyint(1) DEFAULT NULL,
  `Instant_Validation` tinyint(1) DEFAULT NULL,
  `Number_NIC_Validation` tinyint(1) DEFAULT NULL,
  `LIC_Info` varchar(200) DEFAULT NULL,
  `Visit_ICD_Field` tinyint(1) DEFAULT NULL,
  `occupation_field` tinyint(4) NOT NULL DEFAULT '0',
  `Visit_SNOMED_Field` tinyint(1) DEFAULT NULL,
  `Token_Footer_Text` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`HID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `drugs` (
  `DRGID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(130) NOT NULL,
  `Stock` int(11) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Frequency` varchar(50) DEFAULT NULL,
  `dFrequency` varchar(50) DEFAULT NULL,
  `dDosage` varchar(50) DEFAULT NULL,
  `Type` varchar(50) DEFAULT NULL,
  `ClinicStock` int(10) DEFAULT '0',
  PRIMARY KEY (`DRGID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `lab_tests` (
  `LABID` int(11) NOT NULL AUTO_INCREMENT,
  `Department` varchar(200) DEFAULT NULL,
  `GroupName` varchar(200) DEFAULT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `RefValue` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`LABID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `icd10` (
  `ICDID` int(11) NOT NULL AUTO_INCREMENT,
  `Code` varchar(10) DEFAULT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `isNotify` tinyint(1) DEFAULT '0',
  `Remarks` varchar(200) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`ICDID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `treatment` (
  `TREATMENTID` int(11) NOT NULL AUTO_INCREMENT,
  `Treatment` varchar(500) DEFAULT NULL,
  `Remarks` varchar(1000) DEFAULT NULL,
  `Type` varchar(20) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`TREATMENTID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `complaints` (
  `COMPID` int(11) NOT NULL AUTO_INCREMENT,
  `ICPCCode` varchar(8) NOT NULL,
  `Name` varchar(36) DEFAULT NULL,
  `ICDCode` varchar(200) DEFAULT NULL,
  `Remarks` varchar(200) DEFAULT NULL,
  `isNotify` tinyint(1) DEFAULT '0',
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`COMPID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `village` (
  `VGEID` int(11) NOT NULL AUTO_INCREMENT,
  `Province` varchar(50) DEFAULT NULL,
  `District` varchar(50) DEFAULT NULL,
  `DSDivision` varchar(50) DEFAULT NULL,
  `GNDivision` varchar(50) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  `Code` varchar(15) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`VGEID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

CREATE TABLE IF NOT EXISTS `institution` (
  `INSTID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(130) DEFAULT NULL,
  `Contact_Person` varchar(130) DEFAULT NULL,
  `Code` varchar(10) DEFAULT NULL,
  `Type` varchar(30) DEFAULT NULL,
  `Email1` varchar(30) DEFAULT NULL,
  `Email2` varchar(30) DEFAULT NULL,
  `Telephone1` varchar(20) DEFAULT NULL,
  `Telephone2` varchar(20) DEFAULT NULL,
  `Address_Street` varchar(20) DEFAULT NULL,
  `Address_Village` varchar(20) DEFAULT NULL,
  `Address_DSDivision` varchar(20) DEFAULT NULL,
  `Address_District` varchar(20) DEFAULT NULL,
  `Address_Country` varchar(20) DEFAULT NULL,
  `Address_ZIP` int(11) DEFAULT NULL,
  `CreateDate` datetime DEFAULT NULL,
  `CreateUser` varchar(200) DEFAULT NULL,
  `LastUpDate` datetime DEFAULT NULL,
  `LastUpDateUser` varchar(200) DEFAULT NULL,
  `Active` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`INSTID`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 ;

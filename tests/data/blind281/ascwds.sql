-- ASC-WDS — Adult Social Care Workforce Data Set (Skills for Care; the workforce data service that care homes,
-- home-care agencies and other adult social care providers in England use for their staff records and that feeds
-- the national workforce statistics and Workforce Development Fund claims: workplaces, care workers with their
-- contracts, pay, hours, sickness, qualifications and training, ethnicity, nationality and disability, the
-- workplaces' users and logins, audit trails, local-authority returns, notifications, feedback) — MySQL/MariaDB DDL.
-- Source: github.com/NMDSdevopsServiceAdm/SopraSteria-SFC `backend/migrations/schema/20200518090000-initial_schema.sql`
-- (upstream's own pg_dump of the PostgreSQL schema from which its Sequelize migrations start; added in commit
-- 8f2ca647fd5d76bd26528a8a50d92f16165d97ad, moved to backend/ in 1dae3d29270ed8bf86a575aaa9e874a7a08e04df), read at
-- commit b6857156beec5b291ddc66745de5586ec7fc869e (MIT, LICENSE "Copyright (c) 2020 Skills for Care").
-- The schema is the dump's (May 2020); the ~200 later Sequelize migrations under backend/migrations/*.js are not
-- replayed. Written as MySQL by a small script: the two PostgreSQL schemas `cqc` and `cqcref` are flattened into one
-- database (no table name clashes); integer/bigint/smallint -> INT/BIGINT/SMALLINT (AUTO_INCREMENT where a sequence
-- feeds the column), varchar(n) -> VARCHAR(n), varchar and text -> TEXT (VARCHAR(255) where the column is part of a
-- key), char(n) -> CHAR(n), boolean -> TINYINT(1), timestamp with or without time zone -> DATETIME (DATETIME(4) for
-- timestamp(4)), date -> DATE, numeric(p,s) -> DECIMAL(p,s), uuid -> CHAR(36), json/jsonb -> JSON, the PostgreSQL
-- enum types -> ENUM(...) with their values, now() defaults -> CURRENT_TIMESTAMP; the two computed expiry defaults
-- (now() + interval) are left out. Primary keys, unique constraints, the one unique index and the foreign keys are
-- the dump's with their names; MATCH FULL is dropped, and MandatoryTraining's foreign key named
-- user_owner_change_request_updated_by_fk (a name PostgreSQL lets OwnerChangeRequest use too) is prefixed with its
-- table name. Non-unique indexes, the four views, the sequences' start values and the PL/pgSQL report functions are
-- left out. Column order is the dump's; tables appear in foreign-key order. All 45 tables are kept.

CREATE TABLE `20190819_wdf` (
  `nmdsid` TEXT,
  `tribalid` INT,
  `achieved` TEXT,
  `achieveddate` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` INT NOT NULL,
  `name` TEXT,
  `category` TEXT,
  `iscqcregistered` TINYINT(1),
  `ismain` TINYINT(1) DEFAULT 1,
  `reportingID` INT,
  `other` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reportingID_Unq` (`reportingID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Establishment` (
  `EstablishmentID` INT NOT NULL AUTO_INCREMENT,
  `NameValue` TEXT NOT NULL,
  `Address1` TEXT,
  `LocationID` TEXT,
  `PostCode` TEXT,
  `IsRegulated` TINYINT(1) NOT NULL,
  `MainServiceFKValue` INT,
  `EmployerTypeValue` ENUM('Private Sector', 'Voluntary / Charity', 'Other', 'Local Authority (generic/other)', 'Local Authority (adult services)'),
  `ShareDataWithCQC` TINYINT(1) DEFAULT 0,
  `ShareDataWithLA` TINYINT(1) DEFAULT 0,
  `ShareDataValue` TINYINT(1) DEFAULT 0,
  `NumberOfStaffValue` INT,
  `VacanciesValue` ENUM('None', 'Don\'t know', 'With Jobs'),
  `StartersValue` ENUM('None', 'Don\'t know', 'With Jobs'),
  `LeaversValue` ENUM('None', 'Don\'t know', 'With Jobs'),
  `NmdsID` CHAR(8) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedby` VARCHAR(120) NOT NULL DEFAULT 'admin',
  `EstablishmentUID` CHAR(36) NOT NULL,
  `EmployerTypeSavedAt` DATETIME,
  `EmployerTypeChangedAt` DATETIME,
  `EmployerTypeSavedBy` VARCHAR(120),
  `EmployerTypeChangedBy` VARCHAR(120),
  `NumberOfStaffSavedAt` DATETIME,
  `NumberOfStaffChangedAt` DATETIME,
  `NumberOfStaffSavedBy` VARCHAR(120),
  `NumberOfStaffChangedBy` VARCHAR(120),
  `OtherServicesSavedAt` DATETIME,
  `OtherServicesChangedAt` DATETIME,
  `OtherServicesSavedBy` VARCHAR(120),
  `OtherServicesChangedBy` VARCHAR(120),
  `CapacityServicesSavedAt` DATETIME,
  `CapacityServicesChangedAt` DATETIME,
  `CapacityServicesSavedBy` VARCHAR(120),
  `CapacityServicesChangedBy` VARCHAR(120),
  `ShareDataSavedAt` DATETIME,
  `ShareDataChangedAt` DATETIME,
  `ShareDataSavedBy` VARCHAR(120),
  `ShareDataChangedBy` VARCHAR(120),
  `ShareWithLASavedAt` DATETIME,
  `ShareWithLAChangedAt` DATETIME,
  `ShareWithLASavedBy` VARCHAR(120),
  `ShareWithLAChangedBy` VARCHAR(120),
  `VacanciesSavedAt` DATETIME,
  `VacanciesChangedAt` DATETIME,
  `VacanciesSavedBy` VARCHAR(120),
  `VacanciesChangedBy` VARCHAR(120),
  `StartersSavedAt` DATETIME,
  `StartersChangedAt` DATETIME,
  `StartersSavedBy` VARCHAR(120),
  `StartersChangedBy` VARCHAR(120),
  `LeaversSavedAt` DATETIME,
  `LeaversChangedAt` DATETIME,
  `LeaversSavedBy` VARCHAR(120),
  `LeaversChangedBy` VARCHAR(120),
  `ServiceUsersSavedAt` DATETIME,
  `ServiceUsersChangedAt` DATETIME,
  `ServiceUsersSavedBy` VARCHAR(120),
  `ServiceUsersChangedBy` VARCHAR(120),
  `NameSavedAt` DATETIME,
  `NameChangedAt` DATETIME,
  `NameSavedBy` VARCHAR(120),
  `NameChangedBy` VARCHAR(120),
  `MainServiceFKSavedAt` DATETIME,
  `MainServiceFKChangedAt` DATETIME,
  `MainServiceFKSavedBy` VARCHAR(120),
  `MainServiceFKChangedBy` VARCHAR(120),
  `OverallWdfEligibility` DATETIME,
  `LastWdfEligibility` DATETIME,
  `TribalID` INT,
  `IsParent` TINYINT(1) DEFAULT 0,
  `ParentID` INT,
  `ParentUID` CHAR(36),
  `DataOwner` ENUM('Workplace', 'Parent') NOT NULL DEFAULT 'Workplace',
  `DataPermissions` ENUM('Workplace and Staff', 'Workplace', 'None') DEFAULT 'None',
  `EmployerTypeOther` TEXT,
  `MainServiceFkOther` TEXT,
  `Archived` TINYINT(1) DEFAULT 0,
  `DataSource` ENUM('Online', 'Bulk') DEFAULT 'Online',
  `LocalIdentifierValue` TEXT,
  `LocalIdentifierSavedAt` DATETIME,
  `LocalIdentifierSavedBy` TEXT,
  `LocalIdentifierChangedAt` DATETIME,
  `LocalIdentifierChangedBy` TEXT,
  `LastBulkUploaded` DATETIME,
  `ProvID` TEXT,
  `Address2` TEXT,
  `Address3` TEXT,
  `Town` TEXT,
  `County` TEXT,
  `ReasonsForLeaving` TEXT,
  `StaffWdfEligibility` DATETIME,
  `EstablishmentWdfEligibility` DATETIME,
  `DataOwnershipRequested` DATETIME,
  `Status` VARCHAR(20),
  `CurrentWdfEligibility` TINYINT(1),
  `bulkUploadLockHeld` TINYINT(1) NOT NULL DEFAULT 0,
  `bulkUploadState` ENUM('READY', 'DOWNLOADING', 'UPLOADING', 'UPLOADED', 'VALIDATING', 'FAILED', 'WARNINGS', 'PASSED', 'COMPLETING') NOT NULL DEFAULT 'READY',
  `WdfReportLockHeld` TINYINT(1) NOT NULL DEFAULT 0,
  `WdfReportState` ENUM('READY', 'DOWNLOADING', 'FAILED', 'WARNINGS', 'COMPLETING') NOT NULL DEFAULT 'READY',
  `LinkToParentRequested` DATETIME,
  `TrainingReportLockHeld` TINYINT(1) NOT NULL DEFAULT 0,
  `TrainingReportState` ENUM('READY', 'DOWNLOADING', 'FAILED', 'WARNINGS', 'COMPLETING') NOT NULL DEFAULT 'READY',
  `LocationIdSavedAt` DATETIME,
  `LocationIdChangedAt` DATETIME,
  `LocationIdSavedBy` VARCHAR(120),
  `LocationIdChangedBy` VARCHAR(120),
  `Address1SavedAt` DATETIME,
  `Address1ChangedAt` DATETIME,
  `Address1SavedBy` VARCHAR(120),
  `Address1ChangedBy` VARCHAR(120),
  `Address2SavedAt` DATETIME,
  `Address2ChangedAt` DATETIME,
  `Address2SavedBy` VARCHAR(120),
  `Address2ChangedBy` VARCHAR(120),
  `Address3SavedAt` DATETIME,
  `Address3ChangedAt` DATETIME,
  `Address3SavedBy` VARCHAR(120),
  `Address3ChangedBy` VARCHAR(120),
  `TownSavedAt` DATETIME,
  `TownChangedAt` DATETIME,
  `TownSavedBy` VARCHAR(120),
  `TownChangedBy` VARCHAR(120),
  `CountySavedAt` DATETIME,
  `CountyChangedAt` DATETIME,
  `CountySavedBy` VARCHAR(120),
  `CountyChangedBy` VARCHAR(120),
  `PostcodeSavedAt` DATETIME,
  `PostcodeChangedAt` DATETIME,
  `PostcodeSavedBy` VARCHAR(120),
  `PostcodeChangedBy` VARCHAR(120),
  `IsRegulatedSavedAt` DATETIME,
  `IsRegulatedChangedAt` DATETIME,
  `IsRegulatedSavedBy` TEXT,
  `IsRegulatedChangedBy` TEXT,
  `LaReportLockHeld` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`EstablishmentID`),
  CONSTRAINT `establishment_establishment_parent_fk` FOREIGN KEY (`ParentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `mainserviceid_fk` FOREIGN KEY (`MainServiceFKValue`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `RegistrationID` INT NOT NULL AUTO_INCREMENT,
  `FullNameValue` VARCHAR(120),
  `JobTitleValue` VARCHAR(255) NOT NULL,
  `EmailValue` VARCHAR(255),
  `PhoneValue` VARCHAR(50) NOT NULL,
  `EstablishmentID` INT,
  `UserRoleValue` ENUM('Read', 'Edit', 'Admin') NOT NULL DEFAULT 'Edit',
  `UserRoleSavedAt` DATETIME,
  `UserRoleChangedAt` DATETIME,
  `UserRoleSavedBy` VARCHAR(120),
  `UserRoleChangedBy` VARCHAR(120),
  `SecurityQuestionValue` VARCHAR(255),
  `SecurityQuestionAnswerValue` VARCHAR(255),
  `FullNameChangedAt` DATETIME,
  `FullNameSavedBy` VARCHAR(120),
  `FullNameChangedBy` VARCHAR(120),
  `JobTitleSavedAt` DATETIME,
  `JobTitleChangedAt` DATETIME,
  `JobTitleSavedBy` VARCHAR(120),
  `JobTitleChangedBy` VARCHAR(120),
  `EmailSavedAt` DATETIME,
  `EmailChangedAt` DATETIME,
  `EmailSavedBy` VARCHAR(120),
  `EmailChangedBy` VARCHAR(120),
  `PhoneSavedAt` DATETIME,
  `PhoneChangedAt` DATETIME,
  `PhoneSavedBy` VARCHAR(120),
  `PhoneChangedBy` VARCHAR(120),
  `SecurityQuestionSavedAt` DATETIME,
  `SecurityQuestionChangedAt` DATETIME,
  `SecurityQuestionSavedBy` VARCHAR(120),
  `SecurityQuestionChangedBy` VARCHAR(120),
  `SecurityQuestionAnswerSavedAt` DATETIME,
  `SecurityQuestionAnswerChangedAt` DATETIME,
  `SecurityQuestionAnswerSavedBy` VARCHAR(120),
  `SecurityQuestionAnswerChangedBy` VARCHAR(120),
  `FullNameSavedAt` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedby` VARCHAR(120) NOT NULL,
  `Archived` TINYINT(1) DEFAULT 0,
  `UserUID` CHAR(36) NOT NULL,
  `IsPrimary` TINYINT(1) NOT NULL DEFAULT 1,
  `TribalID` INT,
  `TribalPasswordAnswer` VARCHAR(255),
  `LaReportLockHeld` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`RegistrationID`),
  UNIQUE KEY `unq_useruid` (`UserUID`),
  CONSTRAINT `user_establishment_fk` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AddUserTracking` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserFK` INT NOT NULL,
  `Created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Expires` DATETIME NOT NULL,
  `AddUuid` CHAR(36) NOT NULL,
  `RegisteredBy` VARCHAR(120) NOT NULL,
  `Completed` DATETIME,
  PRIMARY KEY (`ID`),
  CONSTRAINT `AddUserTracking_User_fk` FOREIGN KEY (`UserFK`) REFERENCES `User` (`RegistrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Approvals` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UUID` CHAR(36) NOT NULL,
  `EstablishmentID` INT NOT NULL,
  `UserID` INT NOT NULL,
  `ApprovalType` ENUM('BecomeAParent', 'CqcStatusChange'),
  `Status` ENUM('Pending', 'Approved', 'Rejected'),
  `RejectionReason` TEXT,
  `Data` JSON,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Approvals_UUID_key` (`UUID`),
  CONSTRAINT `Approvals_EstablishmentID_fkey` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `Approvals_UserID_fkey` FOREIGN KEY (`UserID`) REFERENCES `User` (`RegistrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Country` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Country` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CqcLog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `success` TINYINT(1),
  `message` VARCHAR(255),
  `createdat` DATETIME NOT NULL,
  `lastUpdatedAt` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cssr` (
  `CssrID` INT NOT NULL,
  `CssR` TEXT NOT NULL,
  `LocalAuthority` TEXT NOT NULL,
  `LocalCustodianCode` INT NOT NULL,
  `Region` TEXT NOT NULL,
  `RegionID` INT NOT NULL,
  `NmdsIDLetter` CHAR(1) NOT NULL,
  PRIMARY KEY (`CssrID`, `LocalCustodianCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentAudit` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `EstablishmentFK` INT NOT NULL,
  `Username` VARCHAR(120) NOT NULL,
  `When` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `EventType` ENUM('created', 'updated', 'saved', 'changed', 'deleted', 'wdfEligible', 'overalWdfEligible', 'staffWdfEligible', 'establishmentWdfEligible') NOT NULL,
  `PropertyName` VARCHAR(100),
  `ChangeEvents` JSON,
  PRIMARY KEY (`ID`),
  CONSTRAINT `EstablishmentAudit_User_fk` FOREIGN KEY (`EstablishmentFK`) REFERENCES `Establishment` (`EstablishmentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServicesCapacity` (
  `ServiceCapacityID` INT NOT NULL,
  `ServiceID` INT,
  `Question` TEXT,
  `Sequence` INT,
  `Type` ENUM('Capacity', 'Utilisation') DEFAULT 'Capacity',
  PRIMARY KEY (`ServiceCapacityID`),
  UNIQUE KEY `unqsrvcid` (`ServiceID`, `Sequence`),
  CONSTRAINT `constr_srvcid_fk` FOREIGN KEY (`ServiceID`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentCapacity` (
  `EstablishmentCapacityID` INT NOT NULL AUTO_INCREMENT,
  `EstablishmentID` INT,
  `ServiceCapacityID` INT NOT NULL,
  `Answer` INT,
  PRIMARY KEY (`EstablishmentCapacityID`),
  UNIQUE KEY `EstablishmentServiceCapacity_unq1` (`EstablishmentID`, `ServiceCapacityID`),
  CONSTRAINT `EstablishmentServiceCapacity_Establishment_fk1` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `EstablishmentServiceCapacity_ServiceCapacity_fk1` FOREIGN KEY (`ServiceCapacityID`) REFERENCES `ServicesCapacity` (`ServiceCapacityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Job` (
  `JobID` INT NOT NULL,
  `JobName` TEXT,
  `Other` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`JobID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentJobs` (
  `JobID` INT NOT NULL,
  `EstablishmentID` INT NOT NULL,
  `EstablishmentJobID` INT NOT NULL AUTO_INCREMENT,
  `JobType` ENUM('Vacancies', 'Starters', 'Leavers') NOT NULL,
  `Total` INT NOT NULL,
  PRIMARY KEY (`EstablishmentJobID`),
  CONSTRAINT `establishment_establishmentjobs_fk` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `jobs_establishmentjobs_fk` FOREIGN KEY (`JobID`) REFERENCES `Job` (`JobID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentLocalAuthority` (
  `EstablishmentLocalAuthorityID` INT NOT NULL AUTO_INCREMENT,
  `EstablishmentID` INT NOT NULL,
  `CssrID` INT NOT NULL,
  `CssR` TEXT NOT NULL,
  PRIMARY KEY (`EstablishmentLocalAuthorityID`),
  CONSTRAINT `establishment_establishmentlocalauthority_fk` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceUsers` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `ServiceGroup` TEXT NOT NULL,
  `Service` TEXT NOT NULL,
  `Other` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentServiceUsers` (
  `EstablishmentID` INT NOT NULL,
  `ServiceUserID` INT NOT NULL,
  `Other` TEXT,
  CONSTRAINT `establishment_establishmentserviceusers_fk` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `serviceusers_establishmentserviceusers_fk` FOREIGN KEY (`ServiceUserID`) REFERENCES `ServiceUsers` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EstablishmentServices` (
  `EstablishmentID` INT NOT NULL,
  `ServiceID` INT NOT NULL,
  `Other` TEXT,
  PRIMARY KEY (`EstablishmentID`, `ServiceID`),
  CONSTRAINT `estsrvc_estb_fk` FOREIGN KEY (`EstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `estsrvc_services_fk` FOREIGN KEY (`ServiceID`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Ethnicity` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `EthnicityGroup` TEXT NOT NULL,
  `Ethnicity` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Feedback` (
  `FeedbackID` INT NOT NULL AUTO_INCREMENT,
  `Doing` TEXT NOT NULL,
  `Tellus` TEXT NOT NULL,
  `Name` TEXT,
  `Email` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`FeedbackID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LinkToParent` (
  `LinkToParentUID` CHAR(36) NOT NULL,
  `ParentEstablishmentID` INT NOT NULL,
  `SubEstablishmentID` INT NOT NULL,
  `PermissionRequest` ENUM('Workplace and Staff', 'Workplace', 'None'),
  `ApprovalStatus` ENUM('REQUESTED', 'APPROVED', 'DENIED', 'CANCELLED'),
  `RejectionReason` TEXT,
  `Created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `CreatedByUserUID` CHAR(36) NOT NULL,
  `Updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `UpdatedByUserUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`LinkToParentUID`),
  CONSTRAINT `establishment_parent_establishment_fk` FOREIGN KEY (`ParentEstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `establishment_permission_request_created_by_fk` FOREIGN KEY (`CreatedByUserUID`) REFERENCES `User` (`UserUID`),
  CONSTRAINT `establishment_sub_establishment_fk` FOREIGN KEY (`SubEstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `user_permission_request_updated_by_fk` FOREIGN KEY (`UpdatedByUserUID`) REFERENCES `User` (`UserUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocalAuthorityReportEstablishment` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReportFrom` DATE NOT NULL,
  `ReportTo` DATE NOT NULL,
  `EstablishmentFK` INT NOT NULL,
  `WorkplaceFK` INT NOT NULL,
  `WorkplaceName` TEXT NOT NULL,
  `WorkplaceID` VARCHAR(255) NOT NULL,
  `LastUpdatedDate` DATE NOT NULL,
  `EstablishmentType` TEXT NOT NULL,
  `MainService` TEXT NOT NULL,
  `ServiceUserGroups` TEXT NOT NULL,
  `CapacityOfMainService` TEXT NOT NULL,
  `UtilisationOfMainService` TEXT NOT NULL,
  `NumberOfVacancies` TEXT NOT NULL,
  `NumberOfStarters` TEXT NOT NULL,
  `NumberOfLeavers` TEXT NOT NULL,
  `NumberOfStaffRecords` TEXT NOT NULL,
  `WorkplaceComplete` TINYINT(1),
  `NumberOfIndividualStaffRecords` TEXT NOT NULL,
  `PercentageOfStaffRecords` DECIMAL(10,1) NOT NULL,
  `NumberOfStaffRecordsNotAgency` INT NOT NULL,
  `NumberOfCompleteStaffNotAgency` INT NOT NULL,
  `PercentageOfCompleteStaffRecords` DECIMAL(10,1) NOT NULL,
  `NumberOfAgencyStaffRecords` INT NOT NULL,
  `NumberOfCompleteAgencyStaffRecords` INT NOT NULL,
  `PercentageOfCompleteAgencyStaffRecords` DECIMAL(10,1) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `EstablishmentFK_WorkplaceID` (`EstablishmentFK`, `WorkplaceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocalAuthorityReportWorker` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `EstablishmentFK` INT NOT NULL,
  `WorkplaceFK` INT NOT NULL,
  `WorkerFK` INT NOT NULL,
  `LocalID` TEXT,
  `WorkplaceName` TEXT NOT NULL,
  `WorkplaceID` TEXT NOT NULL,
  `Gender` TEXT NOT NULL,
  `DateOfBirth` TEXT NOT NULL,
  `Ethnicity` TEXT NOT NULL,
  `MainJob` TEXT NOT NULL,
  `EmploymentStatus` TEXT NOT NULL,
  `ContractedAverageHours` TEXT NOT NULL,
  `SickDays` TEXT NOT NULL,
  `PayInterval` TEXT NOT NULL,
  `RateOfPay` TEXT NOT NULL,
  `RelevantSocialCareQualification` TEXT NOT NULL,
  `HighestSocialCareQualification` TEXT NOT NULL,
  `NonSocialCareQualification` TEXT NOT NULL,
  `LastUpdated` DATE NOT NULL,
  `StaffRecordComplete` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `EstablishmentFK_WorkerFK` (`EstablishmentFK`, `WorkerFK`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Login` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `RegistrationID` INT NOT NULL,
  `Username` VARCHAR(120) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  `InvalidAttempt` INT NOT NULL,
  `Hash` VARCHAR(255),
  `FirstLogin` DATETIME(4),
  `LastLoggedIn` DATETIME,
  `PasswdLastChanged` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `TribalHash` VARCHAR(128),
  `TribalSalt` VARCHAR(50),
  `Status` VARCHAR(20),
  `AgreedUpdatedTerms` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uc_Login_Username` (`Username`),
  CONSTRAINT `constraint_fk` FOREIGN KEY (`RegistrationID`) REFERENCES `User` (`RegistrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrainingCategories` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Category` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MandatoryTraining` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `EstablishmentFK` INT NOT NULL,
  `TrainingCategoryFK` INT NOT NULL,
  `JobFK` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `CreatedByUserUID` CHAR(36) NOT NULL,
  `UpdatedByUserUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `establishment_mandatory_training_fk` FOREIGN KEY (`EstablishmentFK`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `job_mandatory_training_fk` FOREIGN KEY (`JobFK`) REFERENCES `Job` (`JobID`),
  CONSTRAINT `user_mandatory_training_created_by_fk` FOREIGN KEY (`CreatedByUserUID`) REFERENCES `User` (`UserUID`),
  CONSTRAINT `user_owner_change_request_updated_by_fk` FOREIGN KEY (`UpdatedByUserUID`) REFERENCES `User` (`UserUID`),
  CONSTRAINT `worker_training_mandatory_training_category_fk` FOREIGN KEY (`TrainingCategoryFK`) REFERENCES `TrainingCategories` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Nationality` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Nationality` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notifications` (
  `notificationUid` CHAR(36) NOT NULL,
  `type` ENUM('OWNERCHANGE', 'LINKTOPARENTREQUEST', 'LINKTOPARENTAPPROVED', 'LINKTOPARENTREJECTED', 'DELINKTOPARENT', 'BECOMEAPARENT') NOT NULL,
  `typeUid` CHAR(36) NOT NULL,
  `recipientUserUid` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `isViewed` TINYINT(1) DEFAULT 0,
  `createdByUserUID` CHAR(36),
  PRIMARY KEY (`notificationUid`),
  CONSTRAINT `notifications_user_fk` FOREIGN KEY (`recipientUserUid`) REFERENCES `User` (`UserUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NurseSpecialism` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Specialism` TEXT NOT NULL,
  `Other` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OwnerChangeRequest` (
  `ownerChangeRequestUID` CHAR(36) NOT NULL,
  `subEstablishmentID` INT NOT NULL,
  `permissionRequest` ENUM('Workplace and Staff', 'Workplace', 'None'),
  `approvalStatus` ENUM('REQUESTED', 'APPROVED', 'DENIED', 'CANCELLED'),
  `approvalReason` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `createdByUserUID` CHAR(36) NOT NULL,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedByUserUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`ownerChangeRequestUID`),
  CONSTRAINT `establishment_owner_change_request_fk` FOREIGN KEY (`subEstablishmentID`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `user_owner_change_request_created_by_fk` FOREIGN KEY (`createdByUserUID`) REFERENCES `User` (`UserUID`),
  CONSTRAINT `OwnerChangeRequest_user_owner_change_request_updated_by_fk` FOREIGN KEY (`updatedByUserUID`) REFERENCES `User` (`UserUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PasswdResetTracking` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserFK` INT NOT NULL,
  `Created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Expires` DATETIME NOT NULL,
  `ResetUuid` CHAR(36) NOT NULL,
  `Completed` DATETIME,
  PRIMARY KEY (`ID`),
  CONSTRAINT `PasswdResetTracking_User_fk` FOREIGN KEY (`UserFK`) REFERENCES `User` (`RegistrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Qualification` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Level` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Qualifications` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Group` TEXT NOT NULL,
  `Title` TEXT NOT NULL,
  `Code` SMALLINT NOT NULL,
  `From` DATE,
  `Until` DATE,
  `Level` VARCHAR(2),
  `MultipleLevel` TINYINT(1) NOT NULL,
  `RelevantToSocialCare` TINYINT(1) NOT NULL,
  `AnalysisFileCode` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecruitedFrom` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `From` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserAudit` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserFK` INT NOT NULL,
  `Username` VARCHAR(120) NOT NULL,
  `When` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `EventType` ENUM('created', 'updated', 'saved', 'changed', 'passwdReset', 'loginSuccess', 'loginFailed', 'loginWhileLocked', 'delete') NOT NULL,
  `PropertyName` VARCHAR(100),
  `ChangeEvents` JSON,
  PRIMARY KEY (`ID`),
  CONSTRAINT `WorkerAudit_User_fk` FOREIGN KEY (`UserFK`) REFERENCES `User` (`RegistrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkerLeaveReasons` (
  `ID` INT NOT NULL,
  `Seq` INT NOT NULL,
  `Reason` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Worker` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `WorkerUID` CHAR(36) NOT NULL,
  `EstablishmentFK` INT NOT NULL,
  `NameOrIdValue` VARCHAR(50) NOT NULL,
  `NameOrIdSavedAt` DATETIME,
  `NameOrIdChangedAt` DATETIME,
  `NameOrIdSavedBy` VARCHAR(120),
  `NameOrIdChangedBy` VARCHAR(120),
  `ContractValue` ENUM('Permanent', 'Temporary', 'Pool/Bank', 'Agency', 'Other') NOT NULL,
  `ContractSavedAt` DATETIME,
  `ContractChangedAt` DATETIME,
  `ContractSavedBy` VARCHAR(120),
  `ContractChangedBy` VARCHAR(120),
  `MainJobFKValue` INT NOT NULL,
  `MainJobFKSavedAt` DATETIME,
  `MainJobFKChangedAt` DATETIME,
  `MainJobFKSavedBy` VARCHAR(120),
  `MainJobFKChangedBy` VARCHAR(120),
  `ApprovedMentalHealthWorkerValue` ENUM('Yes', 'No', 'Don\'t know'),
  `ApprovedMentalHealthWorkerSavedAt` DATETIME,
  `ApprovedMentalHealthWorkerChangedAt` DATETIME,
  `ApprovedMentalHealthWorkerSavedBy` VARCHAR(120),
  `ApprovedMentalHealthWorkerChangedBy` VARCHAR(120),
  `MainJobStartDateValue` DATE,
  `MainJobStartDateSavedAt` DATETIME,
  `MainJobStartDateChangedAt` DATETIME,
  `MainJobStartDateSavedBy` VARCHAR(120),
  `MainJobStartDateChangedBy` VARCHAR(120),
  `OtherJobsValue` ENUM('Yes', 'No'),
  `OtherJobsSavedAt` DATETIME,
  `OtherJobsChangedAt` DATETIME,
  `OtherJobsSavedBy` VARCHAR(120),
  `OtherJobsChangedBy` VARCHAR(120),
  `NationalInsuranceNumberValue` VARCHAR(13),
  `NationalInsuranceNumberSavedAt` DATETIME,
  `NationalInsuranceNumberChangedAt` DATETIME,
  `NationalInsuranceNumberSavedBy` VARCHAR(120),
  `NationalInsuranceNumberChangedBy` VARCHAR(120),
  `DateOfBirthValue` DATE,
  `DateOfBirthSavedAt` DATETIME,
  `DateOfBirthChangedAt` DATETIME,
  `DateOfBirthSavedBy` VARCHAR(120),
  `DateOfBirthChangedBy` VARCHAR(120),
  `PostcodeValue` VARCHAR(8),
  `PostcodeSavedAt` DATETIME,
  `PostcodeChangedAt` DATETIME,
  `PostcodeSavedBy` VARCHAR(120),
  `PostcodeChangedBy` VARCHAR(120),
  `DisabilityValue` ENUM('Yes', 'No', 'Undisclosed', 'Don\'t know'),
  `DisabilitySavedAt` DATETIME,
  `DisabilityChangedAt` DATETIME,
  `DisabilitySavedBy` VARCHAR(120),
  `DisabilityChangedBy` VARCHAR(120),
  `GenderValue` ENUM('Female', 'Male', 'Other', 'Don\'t know'),
  `GenderSavedAt` DATETIME,
  `GenderChangedAt` DATETIME,
  `GenderSavedBy` VARCHAR(120),
  `GenderChangedBy` VARCHAR(120),
  `EthnicityFKValue` INT,
  `EthnicityFKSavedAt` DATETIME,
  `EthnicityFKChangedAt` DATETIME,
  `EthnicityFKSavedBy` VARCHAR(120),
  `EthnicityFKChangedBy` VARCHAR(120),
  `NationalityValue` ENUM('British', 'Other', 'Don\'t know'),
  `NationalityOtherFK` INT,
  `NationalitySavedAt` DATETIME,
  `NationalityChangedAt` DATETIME,
  `NationalitySavedBy` VARCHAR(120),
  `NationalityChangedBy` VARCHAR(120),
  `CountryOfBirthValue` ENUM('United Kingdom', 'Other', 'Don\'t know'),
  `CountryOfBirthOtherFK` INT,
  `CountryOfBirthSavedAt` DATETIME,
  `CountryOfBirthChangedAt` DATETIME,
  `CountryOfBirthSavedBy` VARCHAR(120),
  `CountryOfBirthChangedBy` VARCHAR(120),
  `RecruitedFromValue` ENUM('Yes', 'No'),
  `RecruitedFromOtherFK` INT,
  `RecruitedFromSavedAt` DATETIME,
  `RecruitedFromChangedAt` DATETIME,
  `RecruitedFromSavedBy` VARCHAR(120),
  `RecruitedFromChangedBy` VARCHAR(120),
  `BritishCitizenshipValue` ENUM('Yes', 'No', 'Don\'t know'),
  `BritishCitizenshipSavedAt` DATETIME,
  `BritishCitizenshipChangedAt` DATETIME,
  `BritishCitizenshipSavedBy` VARCHAR(120),
  `BritishCitizenshipChangedBy` VARCHAR(120),
  `YearArrivedValue` ENUM('Yes', 'No'),
  `YearArrivedYear` INT,
  `YearArrivedSavedAt` DATETIME,
  `YearArrivedChangedAt` DATETIME,
  `YearArrivedSavedBy` VARCHAR(120),
  `YearArrivedChangedBy` VARCHAR(120),
  `SocialCareStartDateValue` ENUM('Yes', 'No'),
  `SocialCareStartDateYear` INT,
  `SocialCareStartDateSavedAt` DATETIME,
  `SocialCareStartDateChangedAt` DATETIME,
  `SocialCareStartDateSavedBy` VARCHAR(120),
  `SocialCareStartDateChangedBy` VARCHAR(120),
  `DaysSickValue` ENUM('Yes', 'No'),
  `DaysSickDays` DECIMAL(4,1),
  `DaysSickSavedAt` DATETIME,
  `DaysSickChangedAt` DATETIME,
  `DaysSickSavedBy` VARCHAR(120),
  `DaysSickChangedBy` VARCHAR(120),
  `ZeroHoursContractValue` ENUM('Yes', 'No', 'Don\'t know'),
  `ZeroHoursContractSavedAt` DATETIME,
  `ZeroHoursContractChangedAt` DATETIME,
  `ZeroHoursContractSavedBy` VARCHAR(120),
  `ZeroHoursContractChangedBy` VARCHAR(120),
  `WeeklyHoursAverageValue` ENUM('Yes', 'No'),
  `WeeklyHoursAverageHours` DECIMAL(4,1),
  `WeeklyHoursAverageSavedAt` DATETIME,
  `WeeklyHoursAverageChangedAt` DATETIME,
  `WeeklyHoursAverageSavedBy` VARCHAR(120),
  `WeeklyHoursAverageChangedBy` VARCHAR(120),
  `WeeklyHoursContractedValue` ENUM('Yes', 'No'),
  `WeeklyHoursContractedHours` DECIMAL(4,1),
  `WeeklyHoursContractedSavedAt` DATETIME,
  `WeeklyHoursContractedChangedAt` DATETIME,
  `WeeklyHoursContractedSavedBy` VARCHAR(120),
  `WeeklyHoursContractedChangedBy` VARCHAR(120),
  `AnnualHourlyPayValue` ENUM('Hourly', 'Annually', 'Don\'t know'),
  `AnnualHourlyPayRate` DECIMAL(9,2),
  `AnnualHourlyPaySavedAt` DATETIME,
  `AnnualHourlyPayChangedAt` DATETIME,
  `AnnualHourlyPaySavedBy` VARCHAR(120),
  `AnnualHourlyPayChangedBy` VARCHAR(120),
  `CareCertificateValue` ENUM('Yes, completed', 'Yes, in progress or partially completed', 'No'),
  `CareCertificateSavedAt` DATETIME,
  `CareCertificateChangedAt` DATETIME,
  `CareCertificateSavedBy` VARCHAR(120),
  `CareCertificateChangedBy` VARCHAR(120),
  `ApprenticeshipTrainingValue` ENUM('Yes', 'No', 'Don\'t know'),
  `ApprenticeshipTrainingSavedAt` DATETIME,
  `ApprenticeshipTrainingChangedAt` DATETIME,
  `ApprenticeshipTrainingSavedBy` VARCHAR(120),
  `ApprenticeshipTrainingChangedBy` VARCHAR(120),
  `QualificationInSocialCareValue` ENUM('Yes', 'No', 'Don\'t know'),
  `QualificationInSocialCareSavedAt` DATETIME,
  `QualificationInSocialCareChangedAt` DATETIME,
  `QualificationInSocialCareSavedBy` VARCHAR(120),
  `QualificationInSocialCareChangedBy` VARCHAR(120),
  `SocialCareQualificationFKValue` INT,
  `SocialCareQualificationFKSavedAt` DATETIME,
  `SocialCareQualificationFKChangedAt` DATETIME,
  `SocialCareQualificationFKSavedBy` VARCHAR(120),
  `SocialCareQualificationFKChangedBy` VARCHAR(120),
  `OtherQualificationsValue` ENUM('Yes', 'No', 'Don\'t know'),
  `OtherQualificationsSavedAt` DATETIME,
  `OtherQualificationsChangedAt` DATETIME,
  `OtherQualificationsSavedBy` VARCHAR(120),
  `OtherQualificationsChangedBy` VARCHAR(120),
  `HighestQualificationFKValue` INT,
  `HighestQualificationFKSavedAt` DATETIME,
  `HighestQualificationFKChangedAt` DATETIME,
  `HighestQualificationFKSavedBy` VARCHAR(120),
  `HighestQualificationFKChangedBy` VARCHAR(120),
  `CompletedValue` TINYINT(1) DEFAULT 0,
  `CompletedSavedAt` DATETIME,
  `CompletedChangedAt` DATETIME,
  `CompletedSavedBy` VARCHAR(120),
  `CompletedChangedBy` VARCHAR(120),
  `Archived` TINYINT(1) NOT NULL DEFAULT 0,
  `LeaveReasonFK` INT,
  `LeaveReasonOther` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedby` VARCHAR(120) NOT NULL,
  `LastWdfEligibility` DATETIME,
  `TribalID` INT,
  `MainJobFkOther` TEXT,
  `DataSource` ENUM('Online', 'Bulk') DEFAULT 'Online',
  `RegisteredNurseSavedAt` DATETIME,
  `RegisteredNurseChangedAt` DATETIME,
  `RegisteredNurseSavedBy` VARCHAR(120),
  `RegisteredNurseChangedBy` VARCHAR(120),
  `NurseSpecialismFKValue` INT,
  `NurseSpecialismFKOther` TEXT,
  `NurseSpecialismFKSavedAt` DATETIME,
  `NurseSpecialismFKChangedAt` DATETIME,
  `NurseSpecialismFKSavedBy` VARCHAR(120),
  `NurseSpecialismFKChangedBy` VARCHAR(120),
  `RegisteredNurseValue` ENUM('Adult Nurse', 'Mental Health Nurse', 'Learning Disabilities Nurse', 'Children\'s Nurse', 'Enrolled Nurse'),
  `LocalIdentifierValue` TEXT,
  `LocalIdentifierSavedAt` DATETIME,
  `LocalIdentifierSavedBy` TEXT,
  `LocalIdentifierChangedAt` DATETIME,
  `LocalIdentifierChangedBy` TEXT,
  `EstablishmentFkSavedAt` DATETIME,
  `EstablishmentFkChangedAt` DATETIME,
  `EstablishmentFkSavedBy` VARCHAR(120),
  `EstablishmentFkChangedBy` VARCHAR(120),
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Worker_WorkerUID_unq` (`WorkerUID`),
  CONSTRAINT `Worker_Establishment_fk` FOREIGN KEY (`EstablishmentFK`) REFERENCES `Establishment` (`EstablishmentID`),
  CONSTRAINT `Worker_Job_mainjob_fk` FOREIGN KEY (`MainJobFKValue`) REFERENCES `Job` (`JobID`),
  CONSTRAINT `Worker_country_of_birth_fk` FOREIGN KEY (`CountryOfBirthOtherFK`) REFERENCES `Country` (`ID`),
  CONSTRAINT `Worker_ethnicity_fk` FOREIGN KEY (`EthnicityFKValue`) REFERENCES `Ethnicity` (`ID`),
  CONSTRAINT `Worker_highest_qualification_fk` FOREIGN KEY (`HighestQualificationFKValue`) REFERENCES `Qualification` (`ID`),
  CONSTRAINT `Worker_leave_reason_fk` FOREIGN KEY (`LeaveReasonFK`) REFERENCES `WorkerLeaveReasons` (`ID`),
  CONSTRAINT `Worker_nationality_fk` FOREIGN KEY (`NationalityOtherFK`) REFERENCES `Nationality` (`ID`),
  CONSTRAINT `Worker_recruited_from_fk` FOREIGN KEY (`RecruitedFromOtherFK`) REFERENCES `RecruitedFrom` (`ID`),
  CONSTRAINT `Worker_social_care_qualification_fk` FOREIGN KEY (`SocialCareQualificationFKValue`) REFERENCES `Qualification` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkerAudit` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `WorkerFK` INT NOT NULL,
  `Username` VARCHAR(120) NOT NULL,
  `When` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `EventType` ENUM('created', 'updated', 'saved', 'changed', 'deleted', 'wdfEligible') NOT NULL,
  `PropertyName` VARCHAR(100),
  `ChangeEvents` JSON,
  PRIMARY KEY (`ID`),
  CONSTRAINT `WorkerAudit_Worker_fk` FOREIGN KEY (`WorkerFK`) REFERENCES `Worker` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkerJobs` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `WorkerFK` INT NOT NULL,
  `JobFK` INT NOT NULL,
  `Other` TEXT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `WorkerJobs_Job_fk` FOREIGN KEY (`JobFK`) REFERENCES `Job` (`JobID`),
  CONSTRAINT `WorkerJobs_Worker_fk` FOREIGN KEY (`WorkerFK`) REFERENCES `Worker` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkerQualifications` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UID` CHAR(36) NOT NULL,
  `WorkerFK` INT NOT NULL,
  `QualificationsFK` INT NOT NULL,
  `Year` SMALLINT,
  `Notes` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedby` VARCHAR(120) NOT NULL,
  `TribalID` INT,
  `DataSource` ENUM('Online', 'Bulk') DEFAULT 'Online',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `WorkerQualifications_UID_unq` (`UID`),
  CONSTRAINT `WorkerQualifications_Qualifications_fk` FOREIGN KEY (`QualificationsFK`) REFERENCES `Qualifications` (`ID`),
  CONSTRAINT `WorkerQualifications_Worker_fk` FOREIGN KEY (`WorkerFK`) REFERENCES `Worker` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkerTraining` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UID` CHAR(36) NOT NULL,
  `WorkerFK` INT NOT NULL,
  `CategoryFK` INT NOT NULL,
  `Title` VARCHAR(120),
  `Accredited` ENUM('Yes', 'No', 'Don\'t know'),
  `Completed` DATE,
  `Expires` DATE,
  `Notes` TEXT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedby` VARCHAR(120) NOT NULL,
  `TribalID` INT,
  `DataSource` ENUM('Online', 'Bulk') DEFAULT 'Online',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `WorkerTraining_UID_unq` (`UID`),
  CONSTRAINT `WorkerTraining_Training_Category_fk` FOREIGN KEY (`CategoryFK`) REFERENCES `TrainingCategories` (`ID`),
  CONSTRAINT `WorkerTraining_Worker_fk` FOREIGN KEY (`WorkerFK`) REFERENCES `Worker` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workerora` (
  `ID` INT,
  `NationalInsuranceNumberValue` VARCHAR(13),
  `DateOfBirthValue` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `locationid` VARCHAR(255) NOT NULL,
  `locationname` TEXT,
  `addressline1` TEXT,
  `addressline2` TEXT,
  `towncity` TEXT,
  `county` TEXT,
  `postalcode` TEXT,
  `mainservice` TEXT,
  `createdat` DATETIME NOT NULL,
  `updatedat` DATETIME,
  PRIMARY KEY (`locationid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pcode` (
  `postcode` TEXT,
  `local_custodian_code` BIGINT,
  `postcode_part` TEXT,
  `region` TEXT,
  `cssr` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pcodedata` (
  `uprn` BIGINT,
  `sub_building_name` TEXT,
  `building_name` TEXT,
  `building_number` TEXT,
  `street_description` TEXT,
  `post_town` TEXT,
  `postcode` TEXT,
  `local_custodian_code` BIGINT,
  `county` TEXT,
  `rm_organisation_name` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

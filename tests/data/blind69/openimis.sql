-- openIMIS (github.com/openimis/database_ms_sqlserver sql/base/1_schema_tables.sql + 4_alter_schema.sql foreign keys, commit 25dd72fc, AGPL-3.0); SQL Server DDL, 43 of its tables
-- Translated to MySQL/MariaDB DDL for the ropa blind exam (tests/data/blind69/); column names and types as upstream.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `tblGender` (
  `Code` CHAR(1) NOT NULL,
  `Gender` VARCHAR(50) NULL,
  `AltLanguage` VARCHAR(50) NULL,
  `SortOrder` INT NULL,
  PRIMARY KEY (`Code`)
);

CREATE TABLE `tblProfessions` (
  `ProfessionId` SMALLINT NOT NULL,
  `Profession` VARCHAR(50) NOT NULL,
  `SortOrder` INT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  PRIMARY KEY (`ProfessionId`)
);

CREATE TABLE `tblRelations` (
  `RelationId` SMALLINT NOT NULL,
  `Relation` VARCHAR(50) NOT NULL,
  `SortOrder` INT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  PRIMARY KEY (`RelationId`)
);

CREATE TABLE `tblEducations` (
  `EducationId` SMALLINT NOT NULL,
  `Education` VARCHAR(50) NOT NULL,
  `SortOrder` INT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  PRIMARY KEY (`EducationId`)
);

CREATE TABLE `tblIdentificationTypes` (
  `IdentificationCode` VARCHAR(1) NOT NULL,
  `IdentificationTypes` VARCHAR(50) NOT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  `SortOrder` INT NULL,
  PRIMARY KEY (`IdentificationCode`)
);

CREATE TABLE `tblFamilyTypes` (
  `FamilyTypeCode` VARCHAR(2) NOT NULL,
  `FamilyType` VARCHAR(50) NOT NULL,
  `SortOrder` INT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  PRIMARY KEY (`FamilyTypeCode`)
);

CREATE TABLE `tblConfirmationTypes` (
  `ConfirmationTypeCode` VARCHAR(3) NOT NULL,
  `ConfirmationType` VARCHAR(50) NOT NULL,
  `SortOrder` INT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  PRIMARY KEY (`ConfirmationTypeCode`)
);

CREATE TABLE `tblLocations` (
  `LocationId` INT NOT NULL AUTO_INCREMENT,
  `LocationUUID` CHAR(36) NOT NULL,
  `LocationCode` VARCHAR(8) NULL,
  `LocationName` VARCHAR(50) NULL,
  `ParentLocationId` INT NULL,
  `LocationType` CHAR(1) NOT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyId` INT NULL,
  `AuditUserId` INT NULL,
  `RowId` BINARY(8) NOT NULL,
  `MalePopulation` INT NULL,
  `FemalePopulation` INT NULL,
  `OtherPopulation` INT NULL,
  `Families` INT NULL,
  PRIMARY KEY (`LocationId`)
);

CREATE TABLE `tblICDCodes` (
  `ICDID` INT NOT NULL AUTO_INCREMENT,
  `ICDCode` VARCHAR(6) NOT NULL,
  `ICDName` VARCHAR(255) NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  PRIMARY KEY (`ICDID`)
);

CREATE TABLE `tblHF` (
  `HfID` INT NOT NULL AUTO_INCREMENT,
  `HfUUID` CHAR(36) NOT NULL,
  `HFCode` VARCHAR(8) NOT NULL,
  `HFName` VARCHAR(100) NOT NULL,
  `LegalForm` CHAR(1) NOT NULL,
  `HFLevel` CHAR(1) NOT NULL,
  `HFSublevel` CHAR(1) NULL,
  `HFAddress` VARCHAR(100) NULL,
  `LocationId` INT NOT NULL,
  `Phone` VARCHAR(50) NULL,
  `Fax` VARCHAR(50) NULL,
  `eMail` VARCHAR(50) NULL,
  `HFCareType` CHAR(1) NOT NULL,
  `PLServiceID` INT NULL,
  `PLItemID` INT NULL,
  `AccCode` VARCHAR(25) NULL,
  `OffLine` TINYINT(1) NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  PRIMARY KEY (`HfID`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`)
);

CREATE TABLE `tblServices` (
  `ServiceID` INT NOT NULL AUTO_INCREMENT,
  `ServiceUUID` CHAR(36) NOT NULL,
  `ServCode` VARCHAR(6) NOT NULL,
  `ServName` VARCHAR(100) NOT NULL,
  `ServType` CHAR(1) NOT NULL,
  `ServLevel` CHAR(1) NOT NULL,
  `ServPrice` DECIMAL(18,2) NOT NULL,
  `ServCareType` CHAR(1) NOT NULL,
  `ServFrequency` SMALLINT NULL,
  `ServPatCat` TINYINT NOT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NULL,
  `RowID` BINARY(8) NULL,
  `ServCategory` CHAR(1) NULL,
  PRIMARY KEY (`ServiceID`)
);

CREATE TABLE `tblRole` (
  `RoleID` INT NOT NULL AUTO_INCREMENT,
  `RoleUUID` CHAR(36) NOT NULL,
  `RoleName` VARCHAR(50) NOT NULL,
  `AltLanguage` VARCHAR(50) NULL,
  `IsSystem` INT NOT NULL,
  `IsBlocked` TINYINT(1) NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `AuditUserID` INT NULL,
  `LegacyID` INT NULL,
  PRIMARY KEY (`RoleID`)
);

CREATE TABLE `tblIMISDefaults` (
  `DefaultID` INT NOT NULL AUTO_INCREMENT,
  `PolicyRenewalInterval` INT NULL,
  `FTPHost` VARCHAR(50) NULL,
  `FTPUser` VARCHAR(50) NULL,
  `FTPPassword` VARCHAR(20) NULL,
  `FTPPort` INT NULL,
  `FTPEnrollmentFolder` VARCHAR(255) NULL,
  `AssociatedPhotoFolder` VARCHAR(255) NULL,
  `FTPClaimFolder` VARCHAR(255) NULL,
  `FTPFeedbackFolder` VARCHAR(255) NULL,
  `FTPPolicyRenewalFolder` VARCHAR(255) NULL,
  `FTPPhoneExtractFolder` VARCHAR(255) NULL,
  `FTPOffLineExtractFolder` VARCHAR(255) NULL,
  `AppVersionBackEnd` DECIMAL(3,1) NULL,
  `AppVersionEnquire` DECIMAL(3,1) NULL,
  `AppVersionEnroll` DECIMAL(3,1) NULL,
  `AppVersionRenewal` DECIMAL(3,1) NULL,
  `AppVersionFeedback` DECIMAL(3,1) NULL,
  `AppVersionClaim` DECIMAL(3,1) NULL,
  `OffLineHF` INT NULL,
  `WinRarFolder` VARCHAR(255) NULL,
  `DatabaseBackupFolder` VARCHAR(255) NULL,
  `OfflineCHF` INT NULL,
  `SMSLink` VARCHAR(500) NULL,
  `SMSIP` VARCHAR(15) NULL,
  `SMSUserName` VARCHAR(15) NULL,
  `SMSPassword` VARCHAR(50) NULL,
  `SMSSource` VARCHAR(15) NULL,
  `SMSDlr` INT NULL,
  `SMSType` INT NULL,
  `AppVersionFeedbackRenewal` DECIMAL(3,1) NULL,
  `AppVersionImis` DECIMAL(3,1) NULL,
  `APIKey` VARCHAR(100) NULL,
  `ActivationOption` TINYINT NOT NULL,
  `BypassReviewClaim` TINYINT(1) NOT NULL,
  PRIMARY KEY (`DefaultID`)
);

CREATE TABLE `tblEmailSettings` (
  `EmailId` VARCHAR(200) NOT NULL,
  `EmailPassword` VARCHAR(200) NOT NULL,
  `SMTPHost` VARCHAR(200) NOT NULL,
  `Port` INT NOT NULL,
  `EnableSSL` TINYINT(1) NOT NULL
);

CREATE TABLE `tblUsers` (
  `UserID` INT NOT NULL AUTO_INCREMENT,
  `UserUUID` CHAR(36) NOT NULL,
  `LanguageID` VARCHAR(5) NOT NULL,
  `LastName` VARCHAR(100) NOT NULL,
  `OtherNames` VARCHAR(100) NOT NULL,
  `Phone` VARCHAR(50) NULL,
  `LoginName` VARCHAR(25) NOT NULL,
  `RoleID` INT NOT NULL,
  `HFID` INT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `password` VARBINARY(256) NULL,
  `DummyPwd` VARCHAR(25) NULL,
  `EmailId` VARCHAR(200) NULL,
  `PrivateKey` VARCHAR(256) NULL,
  `StoredPassword` VARCHAR(256) NULL,
  `PasswordValidity` DATETIME NULL,
  `IsAssociated` TINYINT(1) NULL,
  PRIMARY KEY (`UserID`)
);

CREATE TABLE `tblUserRole` (
  `UserRoleID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `RoleID` INT NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `AudituserID` INT NULL,
  `LegacyID` INT NULL,
  `Assign` INT NULL,
  PRIMARY KEY (`UserRoleID`),
  FOREIGN KEY (`RoleID`) REFERENCES `tblRole` (`RoleID`),
  FOREIGN KEY (`UserID`) REFERENCES `tblUsers` (`UserID`)
);

CREATE TABLE `tblUsersDistricts` (
  `UserDistrictID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `LocationId` INT NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  PRIMARY KEY (`UserDistrictID`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`),
  FOREIGN KEY (`UserID`) REFERENCES `tblUsers` (`UserID`)
);

CREATE TABLE `tblLogins` (
  `LoginId` INT NOT NULL AUTO_INCREMENT,
  `UserId` INT NULL,
  `LogTime` DATETIME NULL,
  `LogAction` INT NULL,
  PRIMARY KEY (`LoginId`),
  FOREIGN KEY (`UserId`) REFERENCES `tblUsers` (`UserID`)
);

CREATE TABLE `tblOfficer` (
  `OfficerID` INT NOT NULL AUTO_INCREMENT,
  `OfficerUUID` CHAR(36) NOT NULL,
  `Code` VARCHAR(8) NOT NULL,
  `LastName` VARCHAR(100) NOT NULL,
  `OtherNames` VARCHAR(100) NOT NULL,
  `DOB` DATE NULL,
  `Phone` VARCHAR(50) NULL,
  `LocationId` INT NULL,
  `OfficerIDSubst` INT NULL,
  `WorksTo` DATETIME NULL,
  `VEOCode` VARCHAR(8) NULL,
  `VEOLastName` VARCHAR(100) NULL,
  `VEOOtherNames` VARCHAR(100) NULL,
  `VEODOB` DATE NULL,
  `VEOPhone` VARCHAR(50) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  `EmailId` VARCHAR(200) NULL,
  `PhoneCommunication` TINYINT(1) NULL,
  `permanentaddress` VARCHAR(100) NULL,
  `HasLogin` TINYINT(1) NULL,
  PRIMARY KEY (`OfficerID`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`),
  FOREIGN KEY (`OfficerIDSubst`) REFERENCES `tblOfficer` (`OfficerID`)
);

CREATE TABLE `tblOfficerVillages` (
  `OfficerVillageId` INT NOT NULL AUTO_INCREMENT,
  `OfficerId` INT NULL,
  `LocationId` INT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyId` INT NULL,
  `AuditUserId` INT NULL,
  `RowId` BINARY(8) NOT NULL,
  PRIMARY KEY (`OfficerVillageId`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`),
  FOREIGN KEY (`OfficerId`) REFERENCES `tblOfficer` (`OfficerID`)
);

CREATE TABLE `tblClaimAdmin` (
  `ClaimAdminId` INT NOT NULL AUTO_INCREMENT,
  `ClaimAdminUUID` CHAR(36) NOT NULL,
  `ClaimAdminCode` VARCHAR(8) NULL,
  `LastName` VARCHAR(100) NULL,
  `OtherNames` VARCHAR(100) NULL,
  `DOB` DATE NULL,
  `Phone` VARCHAR(50) NULL,
  `HFId` INT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyId` INT NULL,
  `AuditUserId` INT NULL,
  `RowId` BINARY(8) NULL,
  `EmailId` VARCHAR(200) NULL,
  `HasLogin` TINYINT(1) NULL,
  PRIMARY KEY (`ClaimAdminId`),
  FOREIGN KEY (`HFId`) REFERENCES `tblHF` (`HfID`)
);

CREATE TABLE `tblFamilies` (
  `FamilyID` INT NOT NULL AUTO_INCREMENT,
  `FamilyUUID` CHAR(36) NOT NULL,
  `InsureeID` INT NOT NULL,
  `LocationId` INT NULL,
  `Poverty` TINYINT(1) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  `FamilyType` VARCHAR(2) NULL,
  `FamilyAddress` VARCHAR(200) NULL,
  `isOffline` TINYINT(1) NULL,
  `Ethnicity` VARCHAR(1) NULL,
  `ConfirmationNo` VARCHAR(12) NULL,
  `ConfirmationType` VARCHAR(3) NULL,
  `Source` VARCHAR(50) NULL,
  `SourceVersion` VARCHAR(15) NULL,
  PRIMARY KEY (`FamilyID`),
  FOREIGN KEY (`ConfirmationType`) REFERENCES `tblConfirmationTypes` (`ConfirmationTypeCode`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`),
  FOREIGN KEY (`FamilyType`) REFERENCES `tblFamilyTypes` (`FamilyTypeCode`)
);

CREATE TABLE `tblFamilySMS` (
  `FamilyID` INT NOT NULL,
  `ApprovalOfSMS` TINYINT(1) NULL,
  `LanguageOfSMS` VARCHAR(5) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL
);

CREATE TABLE `tblInsuree` (
  `InsureeID` INT NOT NULL AUTO_INCREMENT,
  `InsureeUUID` CHAR(36) NOT NULL,
  `FamilyID` INT NULL,
  `CHFID` VARCHAR(50) NULL,
  `LastName` VARCHAR(100) NOT NULL,
  `OtherNames` VARCHAR(100) NOT NULL,
  `DOB` DATE NOT NULL,
  `Gender` CHAR(1) NULL,
  `Marital` CHAR(1) NULL,
  `IsHead` TINYINT(1) NOT NULL,
  `passport` VARCHAR(25) NULL,
  `Phone` VARCHAR(50) NULL,
  `PhotoID` INT NULL,
  `PhotoDate` DATE NULL,
  `CardIssued` TINYINT(1) NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  `Relationship` SMALLINT NULL,
  `Profession` SMALLINT NULL,
  `Education` SMALLINT NULL,
  `Email` VARCHAR(100) NULL,
  `isOffline` TINYINT(1) NULL,
  `TypeOfId` VARCHAR(1) NULL,
  `HFID` INT NULL,
  `CurrentAddress` VARCHAR(200) NULL,
  `GeoLocation` VARCHAR(250) NULL,
  `CurrentVillage` INT NULL,
  `Vulnerability` TINYINT(1) NOT NULL,
  `Source` VARCHAR(50) NULL,
  `SourceVersion` VARCHAR(15) NULL,
  PRIMARY KEY (`InsureeID`),
  FOREIGN KEY (`Education`) REFERENCES `tblEducations` (`EducationId`),
  FOREIGN KEY (`TypeOfId`) REFERENCES `tblIdentificationTypes` (`IdentificationCode`),
  FOREIGN KEY (`FamilyID`) REFERENCES `tblFamilies` (`FamilyID`),
  FOREIGN KEY (`Gender`) REFERENCES `tblGender` (`Code`),
  FOREIGN KEY (`HFID`) REFERENCES `tblHF` (`HfID`),
  FOREIGN KEY (`PhotoID`) REFERENCES `tblPhotos` (`PhotoID`),
  FOREIGN KEY (`Profession`) REFERENCES `tblProfessions` (`ProfessionId`),
  FOREIGN KEY (`Relationship`) REFERENCES `tblRelations` (`RelationId`)
);

CREATE TABLE `tblPhotos` (
  `PhotoID` INT NOT NULL AUTO_INCREMENT,
  `PhotoUUID` CHAR(36) NOT NULL,
  `InsureeID` INT NULL,
  `CHFID` VARCHAR(50) NULL,
  `PhotoFolder` VARCHAR(255) NOT NULL,
  `PhotoFileName` VARCHAR(250) NULL,
  `OfficerID` INT NOT NULL,
  `PhotoDate` DATE NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `AuditUserID` INT NULL,
  `RowID` BINARY(8) NULL,
  PRIMARY KEY (`PhotoID`)
);

CREATE TABLE `tblSubmittedPhotos` (
  `PhotoId` INT NOT NULL AUTO_INCREMENT,
  `ImageName` VARCHAR(50) NULL,
  `CHFID` VARCHAR(50) NULL,
  `OfficerCode` VARCHAR(8) NULL,
  `PhotoDate` DATE NULL,
  `RegisterDate` DATETIME NULL,
  PRIMARY KEY (`PhotoId`)
);

CREATE TABLE `tblHealthStatus` (
  `HealthStatusID` INT NOT NULL AUTO_INCREMENT,
  `InsureeID` INT NOT NULL,
  `Description` VARCHAR(255) NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `AuditUserID` INT NULL,
  `LegacyID` INT NULL,
  PRIMARY KEY (`HealthStatusID`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`)
);

CREATE TABLE `tblPolicy` (
  `PolicyID` INT NOT NULL AUTO_INCREMENT,
  `PolicyUUID` CHAR(36) NOT NULL,
  `FamilyID` INT NOT NULL,
  `EnrollDate` DATE NOT NULL,
  `StartDate` DATE NOT NULL,
  `EffectiveDate` DATE NULL,
  `ExpiryDate` DATE NULL,
  `PolicyStatus` TINYINT NULL,
  `PolicyValue` DECIMAL(18,2) NULL,
  `ProdID` INT NOT NULL,
  `OfficerID` INT NULL,
  `PolicyStage` CHAR(1) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  `isOffline` TINYINT(1) NULL,
  `RenewalOrder` INT NULL,
  `SelfRenewed` TINYINT(1) NOT NULL,
  `Source` VARCHAR(50) NULL,
  `SourceVersion` VARCHAR(15) NULL,
  PRIMARY KEY (`PolicyID`),
  FOREIGN KEY (`FamilyID`) REFERENCES `tblFamilies` (`FamilyID`),
  FOREIGN KEY (`OfficerID`) REFERENCES `tblOfficer` (`OfficerID`)
);

CREATE TABLE `tblInsureePolicy` (
  `InsureePolicyId` INT NOT NULL AUTO_INCREMENT,
  `InsureeId` INT NOT NULL,
  `PolicyId` INT NOT NULL,
  `EnrollmentDate` DATE NULL,
  `StartDate` DATE NULL,
  `EffectiveDate` DATE NULL,
  `ExpiryDate` DATE NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyId` INT NULL,
  `AuditUserId` INT NULL,
  `isOffline` TINYINT(1) NULL,
  `RowId` BINARY(8) NULL,
  PRIMARY KEY (`InsureePolicyId`),
  FOREIGN KEY (`InsureeId`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`PolicyId`) REFERENCES `tblPolicy` (`PolicyID`)
);

CREATE TABLE `tblPolicyRenewals` (
  `RenewalID` INT NOT NULL AUTO_INCREMENT,
  `RenewalUUID` CHAR(36) NOT NULL,
  `RenewalPromptDate` DATE NOT NULL,
  `RenewalDate` DATE NOT NULL,
  `NewOfficerID` INT NULL,
  `PhoneNumber` VARCHAR(50) NULL,
  `SMSStatus` TINYINT NOT NULL,
  `InsureeID` INT NOT NULL,
  `PolicyID` INT NOT NULL,
  `NewProdID` INT NOT NULL,
  `RenewalWarnings` TINYINT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditCreateUser` INT NULL,
  `ResponseStatus` INT NULL,
  `ResponseDate` DATETIME NULL,
  PRIMARY KEY (`RenewalID`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`NewOfficerID`) REFERENCES `tblOfficer` (`OfficerID`),
  FOREIGN KEY (`PolicyID`) REFERENCES `tblPolicy` (`PolicyID`)
);

CREATE TABLE `tblPolicyRenewalDetails` (
  `RenewalDetailID` INT NOT NULL AUTO_INCREMENT,
  `RenewalID` INT NOT NULL,
  `InsureeID` INT NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditCreateUser` INT NOT NULL,
  PRIMARY KEY (`RenewalDetailID`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`RenewalID`) REFERENCES `tblPolicyRenewals` (`RenewalID`)
);

CREATE TABLE `tblPayer` (
  `PayerID` INT NOT NULL AUTO_INCREMENT,
  `PayerUUID` CHAR(36) NOT NULL,
  `PayerType` CHAR(1) NOT NULL,
  `PayerName` VARCHAR(100) NOT NULL,
  `PayerAddress` VARCHAR(100) NULL,
  `LocationId` INT NULL,
  `Phone` VARCHAR(50) NULL,
  `Fax` VARCHAR(50) NULL,
  `eMail` VARCHAR(50) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  PRIMARY KEY (`PayerID`),
  FOREIGN KEY (`LocationId`) REFERENCES `tblLocations` (`LocationId`)
);

CREATE TABLE `tblPremium` (
  `PremiumId` INT NOT NULL AUTO_INCREMENT,
  `PremiumUUID` CHAR(36) NOT NULL,
  `PolicyID` INT NOT NULL,
  `PayerID` INT NULL,
  `Amount` DECIMAL(18,2) NOT NULL,
  `Receipt` VARCHAR(50) NOT NULL,
  `PayDate` DATE NOT NULL,
  `PayType` CHAR(1) NOT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RowID` BINARY(8) NULL,
  `isPhotoFee` TINYINT(1) NULL,
  `isOffline` TINYINT(1) NULL,
  `ReportingId` INT NULL,
  `OverviewCommissionReport` DATETIME NULL,
  `AllDetailsCommissionReport` DATETIME NULL,
  `ReportingCommissionID` INT NULL,
  `CreatedDate` DATETIME NOT NULL,
  `Source` VARCHAR(50) NULL,
  `SourceVersion` VARCHAR(15) NULL,
  PRIMARY KEY (`PremiumId`),
  FOREIGN KEY (`PayerID`) REFERENCES `tblPayer` (`PayerID`),
  FOREIGN KEY (`PolicyID`) REFERENCES `tblPolicy` (`PolicyID`)
);

CREATE TABLE `tblPayment` (
  `PaymentID` BIGINT NOT NULL AUTO_INCREMENT,
  `PaymentUUID` CHAR(36) NOT NULL,
  `ExpectedAmount` DECIMAL(18,2) NULL,
  `ReceivedAmount` DECIMAL(18,2) NULL,
  `OfficerCode` VARCHAR(50) NULL,
  `PhoneNumber` VARCHAR(50) NULL,
  `PayerPhoneNumber` VARCHAR(50) NULL,
  `RequestDate` DATETIME NULL,
  `ReceivedDate` DATETIME NULL,
  `PaymentStatus` INT NULL,
  `LegacyID` BIGINT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `RowID` BINARY(8) NOT NULL,
  `AuditedUSerID` INT NULL,
  `TransactionNo` VARCHAR(50) NULL,
  `PaymentOrigin` VARCHAR(50) NULL,
  `MatchedDate` DATETIME NULL,
  `ReceiptNo` VARCHAR(100) NULL,
  `PaymentDate` DATETIME NULL,
  `RejectedReason` VARCHAR(255) NULL,
  `DateLastSMS` DATETIME NULL,
  `LanguageName` VARCHAR(10) NULL,
  `TypeOfPayment` VARCHAR(50) NULL,
  `TransferFee` DECIMAL(18,2) NULL,
  `SmsRequired` TINYINT(1) NULL,
  `SpReconcReqId` VARCHAR(30) NULL,
  `ReconciliationDate` DATETIME NULL,
  PRIMARY KEY (`PaymentID`)
);

CREATE TABLE `tblPaymentDetails` (
  `PaymentDetailsID` BIGINT NOT NULL AUTO_INCREMENT,
  `PaymentID` BIGINT NOT NULL,
  `ProductCode` VARCHAR(8) NULL,
  `InsuranceNumber` VARCHAR(12) NULL,
  `PolicyStage` VARCHAR(1) NULL,
  `Amount` DECIMAL(18,2) NULL,
  `LegacyID` BIGINT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `RowID` BINARY(8) NULL,
  `PremiumID` INT NULL,
  `AuditedUserId` INT NULL,
  `enrollmentDate` DATE NULL,
  `ExpectedAmount` DECIMAL(18,2) NULL,
  PRIMARY KEY (`PaymentDetailsID`),
  FOREIGN KEY (`PaymentID`) REFERENCES `tblPayment` (`PaymentId`)
);

CREATE TABLE `tblControlNumber` (
  `ControlNumberID` BIGINT NOT NULL AUTO_INCREMENT,
  `RequestedDate` DATETIME NULL,
  `ReceivedDate` DATETIME NULL,
  `RequestOrigin` VARCHAR(50) NULL,
  `ResponseOrigin` VARCHAR(50) NULL,
  `Status` INT NULL,
  `LegacyID` BIGINT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `AuditedUserID` INT NULL,
  `PaymentID` BIGINT NULL,
  `ControlNumber` VARCHAR(50) NULL,
  `IssuedDate` DATETIME NULL,
  `Comment` LONGTEXT NULL,
  PRIMARY KEY (`ControlNumberID`),
  FOREIGN KEY (`PaymentID`) REFERENCES `tblPayment` (`PaymentId`)
);

CREATE TABLE `tblClaim` (
  `ClaimID` INT NOT NULL AUTO_INCREMENT,
  `ClaimUUID` CHAR(36) NOT NULL,
  `InsureeID` INT NOT NULL,
  `ClaimCode` VARCHAR(50) NOT NULL,
  `DateFrom` DATETIME NOT NULL,
  `DateTo` DATETIME NULL,
  `ICDID` INT NOT NULL,
  `ClaimStatus` TINYINT NOT NULL,
  `Adjuster` INT NULL,
  `Adjustment` LONGTEXT NULL,
  `Claimed` DECIMAL(18,2) NULL,
  `Approved` DECIMAL(18,2) NULL,
  `Reinsured` DECIMAL(18,2) NULL,
  `Valuated` DECIMAL(18,2) NULL,
  `DateClaimed` DATE NOT NULL,
  `DateProcessed` DATE NULL,
  `Feedback` TINYINT(1) NOT NULL,
  `FeedbackID` INT NULL,
  `Explanation` LONGTEXT NULL,
  `FeedbackStatus` TINYINT NULL,
  `ReviewStatus` TINYINT NULL,
  `ApprovalStatus` TINYINT NULL,
  `RejectionReason` TINYINT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `ValidityFromReview` DATETIME NULL,
  `ValidityToReview` DATETIME NULL,
  `AuditUserIDReview` INT NULL,
  `RowID` BINARY(8) NULL,
  `HFID` INT NOT NULL,
  `RunID` INT NULL,
  `AuditUserIDSubmit` INT NULL,
  `AuditUserIDProcess` INT NULL,
  `SubmitStamp` DATETIME NULL,
  `ProcessStamp` DATETIME NULL,
  `Remunerated` DECIMAL(18,2) NULL,
  `GuaranteeId` VARCHAR(50) NULL,
  `ClaimAdminId` INT NULL,
  `ICDID1` INT NULL,
  `ICDID2` INT NULL,
  `ICDID3` INT NULL,
  `ICDID4` INT NULL,
  `VisitType` CHAR(1) NULL,
  `ClaimCategory` CHAR(1) NULL,
  PRIMARY KEY (`ClaimID`),
  FOREIGN KEY (`ClaimAdminId`) REFERENCES `tblClaimAdmin` (`ClaimAdminId`),
  FOREIGN KEY (`FeedbackID`) REFERENCES `tblFeedback` (`FeedbackID`),
  FOREIGN KEY (`HFID`) REFERENCES `tblHF` (`HfID`),
  FOREIGN KEY (`ICDID`) REFERENCES `tblICDCodes` (`ICDID`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`Adjuster`) REFERENCES `tblUsers` (`UserID`)
);

CREATE TABLE `tblClaimItems` (
  `ClaimItemID` INT NOT NULL AUTO_INCREMENT,
  `ClaimID` INT NOT NULL,
  `ItemID` INT NOT NULL,
  `ProdID` INT NULL,
  `ClaimItemStatus` TINYINT NOT NULL,
  `Availability` TINYINT(1) NOT NULL,
  `QtyProvided` DECIMAL(18,2) NOT NULL,
  `QtyApproved` DECIMAL(18,2) NULL,
  `PriceAsked` DECIMAL(18,2) NOT NULL,
  `PriceAdjusted` DECIMAL(18,2) NULL,
  `PriceApproved` DECIMAL(18,2) NULL,
  `PriceValuated` DECIMAL(18,2) NULL,
  `Explanation` LONGTEXT NULL,
  `Justification` LONGTEXT NULL,
  `RejectionReason` SMALLINT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `ValidityFromReview` DATETIME NULL,
  `ValidityToReview` DATETIME NULL,
  `AuditUserIDReview` INT NULL,
  `LimitationValue` DECIMAL(18,2) NULL,
  `Limitation` CHAR(1) NULL,
  `PolicyID` INT NULL,
  `RemuneratedAmount` DECIMAL(18,2) NULL,
  `DeductableAmount` DECIMAL(18,2) NULL,
  `ExceedCeilingAmount` DECIMAL(18,2) NULL,
  `PriceOrigin` CHAR(1) NULL,
  `ExceedCeilingAmountCategory` DECIMAL(18,2) NULL,
  PRIMARY KEY (`ClaimItemID`),
  FOREIGN KEY (`ClaimID`) REFERENCES `tblClaim` (`ClaimID`)
);

CREATE TABLE `tblClaimServices` (
  `ClaimServiceID` INT NOT NULL AUTO_INCREMENT,
  `ClaimID` INT NOT NULL,
  `ServiceID` INT NOT NULL,
  `ProdID` INT NULL,
  `ClaimServiceStatus` TINYINT NOT NULL,
  `QtyProvided` DECIMAL(18,2) NOT NULL,
  `QtyApproved` DECIMAL(18,2) NULL,
  `PriceAsked` DECIMAL(18,2) NOT NULL,
  `PriceAdjusted` DECIMAL(18,2) NULL,
  `PriceApproved` DECIMAL(18,2) NULL,
  `PriceValuated` DECIMAL(18,2) NULL,
  `Explanation` LONGTEXT NULL,
  `Justification` LONGTEXT NULL,
  `RejectionReason` SMALLINT NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `ValidityFromReview` DATETIME NULL,
  `ValidityToReview` DATETIME NULL,
  `AuditUserIDReview` INT NULL,
  `LimitationValue` DECIMAL(18,2) NULL,
  `Limitation` CHAR(1) NULL,
  `PolicyID` INT NULL,
  `RemuneratedAmount` DECIMAL(18,2) NULL,
  `DeductableAmount` DECIMAL(18,2) NULL,
  `ExceedCeilingAmount` DECIMAL(18,2) NULL,
  `PriceOrigin` CHAR(1) NULL,
  `ExceedCeilingAmountCategory` DECIMAL(18,2) NULL,
  PRIMARY KEY (`ClaimServiceID`),
  FOREIGN KEY (`ClaimID`) REFERENCES `tblClaim` (`ClaimID`),
  FOREIGN KEY (`ServiceID`) REFERENCES `tblServices` (`ServiceID`)
);

CREATE TABLE `tblClaimDedRem` (
  `ExpenditureID` INT NOT NULL AUTO_INCREMENT,
  `PolicyID` INT NOT NULL,
  `InsureeID` INT NOT NULL,
  `ClaimID` INT NOT NULL,
  `DedG` DECIMAL(18,2) NULL,
  `DedOP` DECIMAL(18,2) NULL,
  `DedIP` DECIMAL(18,2) NULL,
  `RemG` DECIMAL(18,2) NULL,
  `RemIP` DECIMAL(18,2) NULL,
  `RemOP` DECIMAL(18,2) NULL,
  `RemConsult` DECIMAL(18,2) NULL,
  `RemSurgery` DECIMAL(18,2) NULL,
  `RemDelivery` DECIMAL(18,2) NULL,
  `RemHospitalization` DECIMAL(18,2) NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  `RemAntenatal` DECIMAL(18,2) NULL,
  PRIMARY KEY (`ExpenditureID`),
  FOREIGN KEY (`InsureeID`) REFERENCES `tblInsuree` (`InsureeID`),
  FOREIGN KEY (`PolicyID`) REFERENCES `tblPolicy` (`PolicyID`)
);

CREATE TABLE `tblFeedback` (
  `FeedbackID` INT NOT NULL AUTO_INCREMENT,
  `FeedbackUUID` CHAR(36) NOT NULL,
  `ClaimID` INT NOT NULL,
  `CareRendered` TINYINT(1) NULL,
  `PaymentAsked` TINYINT(1) NULL,
  `DrugPrescribed` TINYINT(1) NULL,
  `DrugReceived` TINYINT(1) NULL,
  `Asessment` TINYINT NULL,
  `CHFOfficerCode` INT NULL,
  `FeedbackDate` DATETIME NULL,
  `ValidityFrom` DATETIME NOT NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NOT NULL,
  PRIMARY KEY (`FeedbackID`),
  FOREIGN KEY (`ClaimID`) REFERENCES `tblClaim` (`ClaimID`)
);

CREATE TABLE `tblFeedbackPrompt` (
  `FeedbackPromptID` INT NOT NULL AUTO_INCREMENT,
  `FeedbackPromptDate` DATE NOT NULL,
  `ClaimID` INT NULL,
  `OfficerID` INT NULL,
  `PhoneNumber` VARCHAR(50) NULL,
  `SMSStatus` TINYINT NULL,
  `ValidityFrom` DATETIME NULL,
  `ValidityTo` DATETIME NULL,
  `LegacyID` INT NULL,
  `AuditUserID` INT NULL,
  PRIMARY KEY (`FeedbackPromptID`)
);

CREATE TABLE `tblFromPhone` (
  `FromPhoneId` INT NOT NULL AUTO_INCREMENT,
  `DocType` VARCHAR(3) NOT NULL,
  `DocName` VARCHAR(200) NOT NULL,
  `DocStatus` VARCHAR(3) NULL,
  `LandedDate` DATETIME NOT NULL,
  `OfficerCode` VARCHAR(8) NULL,
  `CHFID` VARCHAR(50) NULL,
  `PhotoSumittedDate` DATETIME NULL,
  `ClaimId` INT NULL,
  PRIMARY KEY (`FromPhoneId`)
);

SET FOREIGN_KEY_CHECKS=1;

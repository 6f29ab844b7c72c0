-- PViMS 2 — Pharmacovigilance Information Management System (Management Sciences for Health, USAID SIAPS/MTaPS;
-- active and spontaneous monitoring of medicine safety at health facilities), github.com/MSH/PViMS-2,
-- commit 5c61d124acb60717579c1d1dab25c8509d08204a (GPL-3.0, LICENSE).
-- Schema: the Entity Framework Core migrations of the two DbContexts, replayed in order and written as MySQL:
--   src/service/PViMS.Infrastructure/Migrations/*.cs (20210512174353_InitialCreate and the 17 migrations after it:
--   new Notification table, added/altered/dropped columns, unique indexes) and
--   src/service/PViMS.Infrastructure/Identity/Migrations/20210415063949_InitialCreate.cs (ASP.NET Identity tables).
-- Column order is the migrations' (CreateTable order, added columns appended); names as upstream. Types (SQL Server ->
-- MySQL): int/bigint/smallint as is, IDENTITY -> AUTO_INCREMENT, bit -> TINYINT(1), datetime2 -> DATETIME, date -> DATE,
-- nvarchar(n) -> VARCHAR(n), nvarchar(max) and xml -> LONGTEXT, uniqueidentifier -> CHAR(36), image/varbinary(max)
-- -> LONGBLOB, datetimeoffset -> DATETIME (offset dropped), decimal(18,2) as is. Primary keys, foreign keys (with cascade / set-null deletes) and unique indexes as
-- the migrations declare them (the filter of the one filtered unique index dropped); non-unique indexes, the
-- migrations' default values and seed data left out. 55 of the 99 application tables and 4 of the 7 Identity
-- tables are kept (AspNetUserLogins and AspNetUserTokens left out: their composite primary keys of
-- nvarchar(450) columns exceed MySQL's key length; AspNetRoleClaims left out as well); foreign keys to tables left out are dropped. Index and
-- constraint names longer than MySQL's 64 characters are cut to 64.

-- application context (PVIMSDbContext)
CREATE TABLE `AttachmentType` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  `Key` VARCHAR(4) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_AttachmentType_Key` (`Key`)
);

CREATE TABLE `Condition` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  `Chronic` TINYINT(1) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Condition_Description` (`Description`)
);

CREATE TABLE `CustomAttributeConfiguration` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ExtendableTypeName` VARCHAR(450) NOT NULL,
  `CustomAttributeType` INT NOT NULL,
  `Category` LONGTEXT NULL,
  `AttributeKey` VARCHAR(450) NULL,
  `AttributeDetail` VARCHAR(150) NULL,
  `IsRequired` TINYINT(1) NOT NULL,
  `StringMaxLength` INT NULL,
  `NumericMinValue` INT NULL,
  `NumericMaxValue` INT NULL,
  `FutureDateOnly` TINYINT(1) NOT NULL,
  `PastDateOnly` TINYINT(1) NOT NULL,
  `IsSearchable` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CustomAttributeConfiguration_ExtendableTypeName_CustomAttribu` (`ExtendableTypeName`, `CustomAttributeType`, `AttributeKey`)
);

CREATE TABLE `EncounterType` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  `Help` VARCHAR(250) NULL,
  `Chronic` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_EncounterType_Description` (`Description`)
);

CREATE TABLE `FacilityType` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_FacilityType_Description` (`Description`)
);

CREATE TABLE `LabTest` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Active` TINYINT(1) NOT NULL,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_LabTest_Description` (`Description`)
);

CREATE TABLE `LabTestUnit` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_LabTestUnit_Description` (`Description`)
);

CREATE TABLE `Language` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Language_Description` (`Description`)
);

CREATE TABLE `MedicationForm` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_MedicationForm_Description` (`Description`)
);

CREATE TABLE `Outcome` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Outcome_Description` (`Description`)
);

CREATE TABLE `PatientStatus` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Priority` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Priority_Description` (`Description`)
);

CREATE TABLE `SelectionDataItem` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AttributeKey` VARCHAR(450) NULL,
  `SelectionKey` VARCHAR(450) NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_SelectionDataItem_AttributeKey_SelectionKey` (`AttributeKey`, `SelectionKey`)
);

CREATE TABLE `TerminologyMedDra` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MedDraTerm` VARCHAR(100) NOT NULL,
  `MedDraCode` VARCHAR(10) NOT NULL,
  `MedDraTermType` VARCHAR(4) NOT NULL,
  `Parent_Id` INT NULL,
  `MedDraVersion` VARCHAR(7) NULL,
  `Common` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_TerminologyMedDra_TerminologyMedDra_Parent_Id` FOREIGN KEY (`Parent_Id`) REFERENCES `TerminologyMedDra` (`Id`)
);

CREATE TABLE `TreatmentOutcome` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_TreatmentOutcome_Description` (`Description`)
);

CREATE TABLE `User` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `FirstName` LONGTEXT NOT NULL,
  `LastName` LONGTEXT NOT NULL,
  `UserName` VARCHAR(450) NOT NULL,
  `Email` LONGTEXT NULL,
  `EulaAcceptanceDate` DATETIME NULL,
  `AllowDatasetDownload` TINYINT(1) NOT NULL,
  `IdentityId` CHAR(36) NOT NULL,
  `UserType` INT NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_User_UserName` (`UserName`)
);

CREATE TABLE `WorkFlow` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(100) NOT NULL,
  `WorkFlowGuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_WorkFlow_Description` (`Description`)
);

CREATE TABLE `CohortGroup` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CohortName` VARCHAR(50) NOT NULL,
  `CohortCode` VARCHAR(5) NOT NULL,
  `LastPatientNo` INT NOT NULL,
  `StartDate` DATE NOT NULL,
  `FinishDate` DATE NULL,
  `MinEnrolment` INT NOT NULL,
  `MaxEnrolment` INT NOT NULL,
  `Condition_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CohortGroup_CohortCode` (`CohortCode`),
  UNIQUE KEY `IX_CohortGroup_CohortName` (`CohortName`),
  CONSTRAINT `FK_CohortGroup_Condition_Condition_Id` FOREIGN KEY (`Condition_Id`) REFERENCES `Condition` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Concept` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ConceptName` VARCHAR(1000) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  `MedicationForm_Id` INT NOT NULL,
  `Strength` VARCHAR(250) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Concept_ConceptName_Strength_MedicationForm_Id` (`ConceptName`, `Strength`, `MedicationForm_Id`),
  CONSTRAINT `FK_Concept_MedicationForm_MedicationForm_Id` FOREIGN KEY (`MedicationForm_Id`) REFERENCES `MedicationForm` (`Id`)
);

CREATE TABLE `OrgUnit` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50) NOT NULL,
  `Parent_Id` INT NULL,
  `OrgUnitType_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_OrgUnit_Name` (`Name`),
  CONSTRAINT `FK_OrgUnit_OrgUnit_Parent_Id` FOREIGN KEY (`Parent_Id`) REFERENCES `OrgUnit` (`Id`)
);

CREATE TABLE `AuditLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ActionDate` DATETIME NOT NULL,
  `Details` LONGTEXT NULL,
  `User_Id` INT NOT NULL,
  `Log` LONGTEXT NULL,
  `AuditType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AuditLog_User_User_Id` FOREIGN KEY (`User_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Config` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ConfigValue` VARCHAR(100) NOT NULL,
  `ConfigType` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Config_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Config_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `Patient` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `DateOfBirth` DATE NULL,
  `FirstName` VARCHAR(450) NOT NULL,
  `Surname` VARCHAR(450) NOT NULL,
  `Notes` LONGTEXT NULL,
  `PatientGuid` CHAR(36) NOT NULL,
  `MiddleName` LONGTEXT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Patient_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Patient_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Patient_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `RefreshToken` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Token` LONGTEXT NULL,
  `Expires` DATETIME NOT NULL,
  `RemoteIpAddress` LONGTEXT NULL,
  `User_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RefreshToken_User_User_Id` FOREIGN KEY (`User_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `SiteContactDetail` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ContactType` INT NOT NULL,
  `ContactFirstName` VARCHAR(35) NOT NULL,
  `ContactSurname` VARCHAR(35) NOT NULL,
  `StreetAddress` VARCHAR(100) NOT NULL,
  `City` VARCHAR(50) NOT NULL,
  `State` VARCHAR(50) NULL,
  `PostCode` VARCHAR(20) NULL,
  `ContactNumber` VARCHAR(50) NULL,
  `ContactEmail` VARCHAR(50) NULL,
  `CountryCode` VARCHAR(10) NULL,
  `OrganisationName` VARCHAR(60) NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  `DepartmentName` VARCHAR(60) NOT NULL,
  `OrganisationType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SiteContactDetail_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_SiteContactDetail_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `SystemLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Sender` LONGTEXT NOT NULL,
  `EventType` LONGTEXT NOT NULL,
  `ExceptionCode` LONGTEXT NOT NULL,
  `ExceptionMessage` LONGTEXT NOT NULL,
  `ExceptionStackTrace` LONGTEXT NULL,
  `InnerExceptionMessage` LONGTEXT NULL,
  `InnerExceptionStackTrace` LONGTEXT NULL,
  `RemoteIpAddress` LONGTEXT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SystemLog_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_SystemLog_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `Activity` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `QualifiedName` VARCHAR(50) NOT NULL,
  `WorkFlow_Id` INT NOT NULL,
  `ActivityType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Activity_QualifiedName_WorkFlow_Id` (`QualifiedName`, `WorkFlow_Id`),
  CONSTRAINT `FK_Activity_WorkFlow_WorkFlow_Id` FOREIGN KEY (`WorkFlow_Id`) REFERENCES `WorkFlow` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `ReportInstance` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ReportInstanceGuid` CHAR(36) NOT NULL,
  `FinishedDate` DATETIME NULL,
  `WorkFlow_Id` INT NOT NULL,
  `ContextGuid` CHAR(36) NOT NULL,
  `Identifier` LONGTEXT NOT NULL,
  `PatientIdentifier` LONGTEXT NOT NULL,
  `TerminologyMedDra_Id` INT NULL,
  `SourceIdentifier` LONGTEXT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  `ReportClassificationId` INT NOT NULL,
  `FacilityIdentifier` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ReportInstance_TerminologyMedDra_TerminologyMedDra_Id` FOREIGN KEY (`TerminologyMedDra_Id`) REFERENCES `TerminologyMedDra` (`Id`),
  CONSTRAINT `FK_ReportInstance_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ReportInstance_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_ReportInstance_WorkFlow_WorkFlow_Id` FOREIGN KEY (`WorkFlow_Id`) REFERENCES `WorkFlow` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `DatasetElement` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ElementName` VARCHAR(100) NOT NULL,
  `Field_Id` INT NOT NULL,
  `DatasetElementType_Id` INT NOT NULL,
  `OID` VARCHAR(50) NULL,
  `DefaultValue` LONGTEXT NULL,
  `System` TINYINT(1) NOT NULL,
  `UID` VARCHAR(10) NULL,
  `DatasetElementGuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_DatasetElement_ElementName` (`ElementName`)
);

CREATE TABLE `Product` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ProductName` VARCHAR(200) NOT NULL,
  `Manufacturer` VARCHAR(200) NOT NULL,
  `Description` VARCHAR(1000) NULL,
  `Active` TINYINT(1) NOT NULL,
  `Concept_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Product_Concept_Id_ProductName_Manufacturer` (`Concept_Id`, `ProductName`, `Manufacturer`),
  CONSTRAINT `FK_Product_Concept_Concept_Id` FOREIGN KEY (`Concept_Id`) REFERENCES `Concept` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Facility` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `FacilityCode` VARCHAR(18) NOT NULL,
  `FacilityName` VARCHAR(100) NOT NULL,
  `FacilityType_Id` INT NOT NULL,
  `TelNumber` VARCHAR(30) NULL,
  `MobileNumber` VARCHAR(30) NULL,
  `FaxNumber` VARCHAR(30) NULL,
  `OrgUnit_Id` INT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Facility_FacilityCode` (`FacilityCode`),
  UNIQUE KEY `IX_Facility_FacilityName` (`FacilityName`),
  CONSTRAINT `FK_Facility_FacilityType_FacilityType_Id` FOREIGN KEY (`FacilityType_Id`) REFERENCES `FacilityType` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Facility_OrgUnit_OrgUnit_Id` FOREIGN KEY (`OrgUnit_Id`) REFERENCES `OrgUnit` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Appointment` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppointmentDate` DATETIME NOT NULL,
  `Reason` VARCHAR(250) NOT NULL,
  `DNA` TINYINT(1) NOT NULL,
  `Cancelled` TINYINT(1) NOT NULL,
  `CancellationReason` VARCHAR(250) NULL,
  `Patient_Id` INT NOT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Appointment_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Appointment_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Appointment_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Appointment_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `CohortGroupEnrolment` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EnroledDate` DATETIME NOT NULL,
  `CohortGroup_Id` INT NOT NULL,
  `Patient_Id` INT NOT NULL,
  `DeenroledDate` DATETIME NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CohortGroupEnrolment_CohortGroup_CohortGroup_Id` FOREIGN KEY (`CohortGroup_Id`) REFERENCES `CohortGroup` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CohortGroupEnrolment_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CohortGroupEnrolment_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `Encounter` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EncounterDate` DATE NOT NULL,
  `Notes` LONGTEXT NULL,
  `EncounterGuid` CHAR(36) NOT NULL,
  `Discharged` TINYINT(1) NOT NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  `EncounterType_Id` INT NOT NULL,
  `Patient_Id` INT NOT NULL,
  `Priority_Id` INT NOT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Encounter_EncounterType_EncounterType_Id` FOREIGN KEY (`EncounterType_Id`) REFERENCES `EncounterType` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Encounter_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Encounter_Priority_Priority_Id` FOREIGN KEY (`Priority_Id`) REFERENCES `Priority` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Encounter_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Encounter_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Encounter_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `PatientCondition` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `OnsetDate` DATE NOT NULL,
  `OutcomeDate` DATE NULL,
  `Comments` VARCHAR(500) NULL,
  `Condition_Id` INT NULL,
  `Patient_Id` INT NOT NULL,
  `TerminologyMedDra_Id` INT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `Outcome_Id` INT NULL,
  `TreatmentOutcome_Id` INT NULL,
  `ConditionSource` VARCHAR(200) NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  `CaseNumber` VARCHAR(50) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientCondition_Condition_Condition_Id` FOREIGN KEY (`Condition_Id`) REFERENCES `Condition` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientCondition_Outcome_Outcome_Id` FOREIGN KEY (`Outcome_Id`) REFERENCES `Outcome` (`Id`),
  CONSTRAINT `FK_PatientCondition_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientCondition_TerminologyMedDra_TerminologyMedDra_Id` FOREIGN KEY (`TerminologyMedDra_Id`) REFERENCES `TerminologyMedDra` (`Id`),
  CONSTRAINT `FK_PatientCondition_TreatmentOutcome_TreatmentOutcome_Id` FOREIGN KEY (`TreatmentOutcome_Id`) REFERENCES `TreatmentOutcome` (`Id`),
  CONSTRAINT `FK_PatientCondition_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `PatientLabTest` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TestDate` DATE NOT NULL,
  `TestResult` VARCHAR(50) NULL,
  `LabTest_Id` INT NOT NULL,
  `Patient_Id` INT NOT NULL,
  `TestUnit_Id` INT NULL,
  `LabValue` VARCHAR(20) NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `ReferenceLower` VARCHAR(20) NULL,
  `ReferenceUpper` VARCHAR(20) NULL,
  `LabTestSource` VARCHAR(200) NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientLabTest_LabTest_LabTest_Id` FOREIGN KEY (`LabTest_Id`) REFERENCES `LabTest` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientLabTest_LabTestUnit_TestUnit_Id` FOREIGN KEY (`TestUnit_Id`) REFERENCES `LabTestUnit` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientLabTest_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientLabTest_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `PatientLanguage` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Preferred` TINYINT(1) NOT NULL,
  `Language_Id` INT NOT NULL,
  `Patient_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_PatientLanguage_Patient_Id_Language_Id` (`Patient_Id`, `Language_Id`),
  CONSTRAINT `FK_PatientLanguage_Language_Language_Id` FOREIGN KEY (`Language_Id`) REFERENCES `Language` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientLanguage_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `PatientStatusHistory` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EffectiveDate` DATETIME NOT NULL,
  `Comments` VARCHAR(100) NULL,
  `Patient_Id` INT NOT NULL,
  `PatientStatus_Id` INT NOT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientStatusHistory_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientStatusHistory_PatientStatus_PatientStatus_Id` FOREIGN KEY (`PatientStatus_Id`) REFERENCES `PatientStatus` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientStatusHistory_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_PatientStatusHistory_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_PatientStatusHistory_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `ActivityExecutionStatus` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Description` VARCHAR(50) NOT NULL,
  `Activity_Id` INT NOT NULL,
  `FriendlyDescription` VARCHAR(100) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ActivityExecutionStatus_Description_Activity_Id` (`Description`, `Activity_Id`),
  CONSTRAINT `FK_ActivityExecutionStatus_Activity_Activity_Id` FOREIGN KEY (`Activity_Id`) REFERENCES `Activity` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `ReportInstanceMedication` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MedicationIdentifier` LONGTEXT NULL,
  `NaranjoCausality` VARCHAR(30) NULL,
  `WhoCausality` VARCHAR(30) NULL,
  `ReportInstanceMedicationGuid` CHAR(36) NOT NULL,
  `ReportInstance_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ReportInstanceMedication_ReportInstance_ReportInstance_Id` FOREIGN KEY (`ReportInstance_Id`) REFERENCES `ReportInstance` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `ReportInstanceTask` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ReportInstanceId` INT NOT NULL,
  `TaskDetail_Source` LONGTEXT NULL,
  `TaskDetail_Description` LONGTEXT NULL,
  `TaskTypeId` INT NOT NULL,
  `TaskStatusId` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ReportInstanceTask_ReportInstance_ReportInstanceId` FOREIGN KEY (`ReportInstanceId`) REFERENCES `ReportInstance` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ReportInstanceTask_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_ReportInstanceTask_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `DatasetElementSub` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ElementName` VARCHAR(100) NOT NULL,
  `FieldOrder` SMALLINT NOT NULL,
  `DatasetElement_Id` INT NOT NULL,
  `Field_Id` INT NOT NULL,
  `OID` VARCHAR(50) NULL,
  `DefaultValue` LONGTEXT NULL,
  `System` TINYINT(1) NOT NULL,
  `FriendlyName` VARCHAR(150) NULL,
  `Help` VARCHAR(350) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_DatasetElementSub_DatasetElement_Id_ElementName` (`DatasetElement_Id`, `ElementName`),
  CONSTRAINT `FK_DatasetElementSub_DatasetElement_DatasetElement_Id` FOREIGN KEY (`DatasetElement_Id`) REFERENCES `DatasetElement` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `PatientMedication` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `StartDate` DATE NOT NULL,
  `EndDate` DATE NULL,
  `Dose` VARCHAR(30) NULL,
  `DoseFrequency` VARCHAR(30) NULL,
  `DoseUnit` VARCHAR(10) NULL,
  `Patient_Id` INT NOT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `MedicationSource` VARCHAR(200) NULL,
  `Concept_Id` INT NOT NULL,
  `Product_Id` INT NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientMedication_Concept_Concept_Id` FOREIGN KEY (`Concept_Id`) REFERENCES `Concept` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientMedication_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientMedication_Product_Product_Id` FOREIGN KEY (`Product_Id`) REFERENCES `Product` (`Id`),
  CONSTRAINT `FK_PatientMedication_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `PatientFacility` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EnrolledDate` DATETIME NOT NULL,
  `Facility_Id` INT NOT NULL,
  `Patient_Id` INT NOT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientFacility_Facility_Facility_Id` FOREIGN KEY (`Facility_Id`) REFERENCES `Facility` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientFacility_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientFacility_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `UserFacility` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Facility_Id` INT NOT NULL,
  `User_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_UserFacility_User_Id_Facility_Id` (`User_Id`, `Facility_Id`),
  CONSTRAINT `FK_UserFacility_Facility_Facility_Id` FOREIGN KEY (`Facility_Id`) REFERENCES `Facility` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_UserFacility_User_User_Id` FOREIGN KEY (`User_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `PatientClinicalEvent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `OnsetDate` DATE NULL,
  `ResolutionDate` DATE NULL,
  `Encounter_Id` INT NULL,
  `Patient_Id` INT NOT NULL,
  `SourceTerminologyMedDra_Id` INT NULL,
  `TerminologyMedDra_Id1` INT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `SourceDescription` VARCHAR(500) NULL,
  `CustomAttributesXmlSerialised` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PatientClinicalEvent_Encounter_Encounter_Id` FOREIGN KEY (`Encounter_Id`) REFERENCES `Encounter` (`Id`),
  CONSTRAINT `FK_PatientClinicalEvent_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PatientClinicalEvent_TerminologyMedDra_SourceTerminologyMedDr` FOREIGN KEY (`SourceTerminologyMedDra_Id`) REFERENCES `TerminologyMedDra` (`Id`),
  CONSTRAINT `FK_PatientClinicalEvent_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `ActivityInstance` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `QualifiedName` VARCHAR(50) NOT NULL,
  `CurrentStatus_Id` INT NOT NULL,
  `Current` TINYINT(1) NOT NULL,
  `ReportInstance_Id` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ActivityInstance_QualifiedName_ReportInstance_Id` (`QualifiedName`, `ReportInstance_Id`),
  CONSTRAINT `FK_ActivityInstance_ActivityExecutionStatus_CurrentStatus_Id` FOREIGN KEY (`CurrentStatus_Id`) REFERENCES `ActivityExecutionStatus` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ActivityInstance_ReportInstance_ReportInstance_Id` FOREIGN KEY (`ReportInstance_Id`) REFERENCES `ReportInstance` (`Id`),
  CONSTRAINT `FK_ActivityInstance_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ActivityInstance_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `ReportInstanceTaskComment` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Comment` VARCHAR(500) NOT NULL,
  `ReportInstanceTaskId` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ReportInstanceTaskComment_ReportInstanceTask_ReportInstanceTa` FOREIGN KEY (`ReportInstanceTaskId`) REFERENCES `ReportInstanceTask` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ReportInstanceTaskComment_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_ReportInstanceTaskComment_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `ActivityExecutionStatusEvent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EventDateTime` DATETIME NOT NULL,
  `Comments` LONGTEXT NULL,
  `EventCreatedBy_Id` INT NOT NULL,
  `ExecutionStatus_Id` INT NOT NULL,
  `ContextDateTime` DATETIME NULL,
  `ContextCode` VARCHAR(20) NULL,
  `ActivityInstance_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ActivityExecutionStatusEvent_EventDateTime_ActivityInstance_I` (`EventDateTime`, `ActivityInstance_Id`, `ExecutionStatus_Id`),
  CONSTRAINT `FK_ActivityExecutionStatusEvent_ActivityExecutionStatus_Executio` FOREIGN KEY (`ExecutionStatus_Id`) REFERENCES `ActivityExecutionStatus` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ActivityExecutionStatusEvent_ActivityInstance_ActivityInstanc` FOREIGN KEY (`ActivityInstance_Id`) REFERENCES `ActivityInstance` (`Id`),
  CONSTRAINT `FK_ActivityExecutionStatusEvent_User_EventCreatedBy_Id` FOREIGN KEY (`EventCreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Attachment` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Content` LONGBLOB NOT NULL,
  `Description` VARCHAR(100) NULL,
  `FileName` VARCHAR(50) NOT NULL,
  `Size` BIGINT NOT NULL,
  `AttachmentType_Id` INT NOT NULL,
  `Encounter_Id` INT NULL,
  `Patient_Id` INT NULL,
  `Archived` TINYINT(1) NOT NULL,
  `ArchivedDate` DATETIME NULL,
  `ArchivedReason` VARCHAR(200) NULL,
  `AuditUser_Id` INT NULL,
  `ActivityExecutionStatusEvent_Id` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Attachment_ActivityExecutionStatusEvent_ActivityExecutionStat` FOREIGN KEY (`ActivityExecutionStatusEvent_Id`) REFERENCES `ActivityExecutionStatusEvent` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Attachment_AttachmentType_AttachmentType_Id` FOREIGN KEY (`AttachmentType_Id`) REFERENCES `AttachmentType` (`Id`),
  CONSTRAINT `FK_Attachment_Encounter_Encounter_Id` FOREIGN KEY (`Encounter_Id`) REFERENCES `Encounter` (`Id`),
  CONSTRAINT `FK_Attachment_Patient_Patient_Id` FOREIGN KEY (`Patient_Id`) REFERENCES `Patient` (`Id`),
  CONSTRAINT `FK_Attachment_User_AuditUser_Id` FOREIGN KEY (`AuditUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Attachment_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Attachment_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `Dataset` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `DatasetName` VARCHAR(50) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  `InitialiseProcess` VARCHAR(100) NULL,
  `RulesProcess` VARCHAR(100) NULL,
  `Help` VARCHAR(250) NULL,
  `ContextType_Id` INT NOT NULL,
  `EncounterTypeWorkPlan_Id` INT NULL,
  `UID` VARCHAR(10) NULL,
  `IsSystem` TINYINT(1) NOT NULL,
  `DatasetXml_Id` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Dataset_DatasetName` (`DatasetName`),
  CONSTRAINT `FK_Dataset_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Dataset_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `DatasetInstance` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ContextID` INT NOT NULL,
  `Dataset_Id` INT NOT NULL,
  `EncounterTypeWorkPlan_Id` INT NULL,
  `Tag` LONGTEXT NULL,
  `DatasetInstanceGuid` CHAR(36) NOT NULL,
  `Status` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_DatasetInstance_Dataset_Dataset_Id` FOREIGN KEY (`Dataset_Id`) REFERENCES `Dataset` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_DatasetInstance_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_DatasetInstance_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

CREATE TABLE `DatasetInstanceValue` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `InstanceValue` LONGTEXT NOT NULL,
  `DatasetElement_Id` INT NOT NULL,
  `DatasetInstance_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_DatasetInstanceValue_DatasetInstance_Id_DatasetElement_Id` (`DatasetInstance_Id`, `DatasetElement_Id`),
  CONSTRAINT `FK_DatasetInstanceValue_DatasetElement_DatasetElement_Id` FOREIGN KEY (`DatasetElement_Id`) REFERENCES `DatasetElement` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_DatasetInstanceValue_DatasetInstance_DatasetInstance_Id` FOREIGN KEY (`DatasetInstance_Id`) REFERENCES `DatasetInstance` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `DatasetInstanceSubValue` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ContextValue` CHAR(36) NOT NULL,
  `InstanceValue` LONGTEXT NOT NULL,
  `DatasetElementSub_Id` INT NOT NULL,
  `DatasetInstanceValue_Id` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_DatasetInstanceSubValue_ContextValue_DatasetInstanceValue_Id_` (`ContextValue`, `DatasetInstanceValue_Id`, `DatasetElementSub_Id`),
  CONSTRAINT `FK_DatasetInstanceSubValue_DatasetElementSub_DatasetElementSub_I` FOREIGN KEY (`DatasetElementSub_Id`) REFERENCES `DatasetElementSub` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_DatasetInstanceSubValue_DatasetInstanceValue_DatasetInstanceV` FOREIGN KEY (`DatasetInstanceValue_Id`) REFERENCES `DatasetInstanceValue` (`Id`)
);

CREATE TABLE `Notification` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `DestinationUser_Id` INT NOT NULL,
  `ValidUntilDate` DATETIME NULL,
  `Summary` VARCHAR(100) NOT NULL,
  `Detail` LONGTEXT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NULL,
  `CreatedBy_Id` INT NOT NULL,
  `UpdatedBy_Id` INT NULL,
  `NotificationClassificationId` INT NOT NULL,
  `NotificationTypeId` INT NOT NULL,
  `ContextRoute` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Notification_User_CreatedBy_Id` FOREIGN KEY (`CreatedBy_Id`) REFERENCES `User` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Notification_User_DestinationUser_Id` FOREIGN KEY (`DestinationUser_Id`) REFERENCES `User` (`Id`),
  CONSTRAINT `FK_Notification_User_UpdatedBy_Id` FOREIGN KEY (`UpdatedBy_Id`) REFERENCES `User` (`Id`)
);

-- identity context (IdentityDbContext)
CREATE TABLE `AspNetRoles` (
  `Id` CHAR(36) NOT NULL,
  `Name` VARCHAR(256) NULL,
  `NormalizedName` VARCHAR(256) NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
);

CREATE TABLE `AspNetUsers` (
  `Id` CHAR(36) NOT NULL,
  `FirstName` LONGTEXT NULL,
  `LastName` LONGTEXT NULL,
  `Active` TINYINT(1) NOT NULL,
  `UserName` VARCHAR(256) NULL,
  `NormalizedUserName` VARCHAR(256) NULL,
  `Email` VARCHAR(256) NULL,
  `NormalizedEmail` VARCHAR(256) NULL,
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `PasswordHash` LONGTEXT NULL,
  `SecurityStamp` LONGTEXT NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  `PhoneNumber` LONGTEXT NULL,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
);

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` CHAR(36) NOT NULL,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
);

CREATE TABLE `AspNetUserRoles` (
  `UserId` CHAR(36) NOT NULL,
  `RoleId` CHAR(36) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
);

-- Vote Monitor (Commit Global, formerly Code for Romania), github.com/commitglobal/votemonitor commit 1ac00a7dbb185ae57aee665837fce9cd86948332 (MPL-2.0).
-- EF Core 8 model snapshot api/src/Vote.Monitor.Domain/Migrations/VoteMonitorContextModelSnapshot.cs (Npgsql), written as MySQL; see votemonitor.md.

CREATE TABLE `AspNetRoles` (
  `Id` CHAR(36) NOT NULL,
  `ConcurrencyStamp` TEXT,
  `Name` VARCHAR(256),
  `NormalizedName` VARCHAR(256),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` TEXT,
  `ClaimValue` TEXT,
  `RoleId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` CHAR(36) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `ConcurrencyStamp` TEXT,
  `DisplayName` VARCHAR(1024) GENERATED ALWAYS AS (CONCAT(`FirstName`, ' ', `LastName`)) STORED,
  `Email` VARCHAR(256),
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `FirstName` VARCHAR(256) NOT NULL,
  `InvitationToken` VARCHAR(256),
  `LastName` VARCHAR(256) NOT NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(6),
  `NormalizedEmail` VARCHAR(256),
  `NormalizedUserName` VARCHAR(256),
  `PasswordHash` TEXT,
  `PhoneNumber` TEXT,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `RefreshToken` VARCHAR(256),
  `RefreshTokenExpiryTime` DATETIME(6) NOT NULL,
  `Role` TEXT NOT NULL,
  `SecurityStamp` TEXT,
  `Status` TEXT NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `UserName` VARCHAR(256),
  `Preferences` JSON,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` TEXT,
  `ClaimValue` TEXT,
  `UserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(255) NOT NULL,
  `ProviderKey` VARCHAR(255) NOT NULL,
  `ProviderDisplayName` TEXT,
  `UserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` CHAR(36) NOT NULL,
  `RoleId` CHAR(36) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` CHAR(36) NOT NULL,
  `LoginProvider` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Value` TEXT,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Countries` (
  `Id` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `FullName` VARCHAR(256) NOT NULL,
  `Iso2` VARCHAR(2) NOT NULL,
  `Iso3` VARCHAR(3) NOT NULL,
  `Name` VARCHAR(256) NOT NULL,
  `NumericCode` VARCHAR(3) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Countries_Iso2` (`Iso2`),
  UNIQUE KEY `IX_Countries_Iso3` (`Iso3`),
  UNIQUE KEY `IX_Countries_NumericCode` (`NumericCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Ngos` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `Name` VARCHAR(256) NOT NULL,
  `Status` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MonitoringNgos` (
  `Id` CHAR(36) NOT NULL,
  `AllowMultipleFormSubmission` TINYINT(1) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormsVersion` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `NgoId` CHAR(36) NOT NULL,
  `Status` TEXT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_MonitoringNgos_Ngos_NgoId` FOREIGN KEY (`NgoId`) REFERENCES `Ngos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ElectionRounds` (
  `Id` CHAR(36) NOT NULL,
  `CitizenReportingEnabled` TINYINT(1) NOT NULL,
  `CountryId` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `EnglishTitle` VARCHAR(256) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `LocationsVersion` CHAR(36) NOT NULL,
  `MonitoringNgoForCitizenReportingId` CHAR(36),
  `PollingStationsVersion` CHAR(36) NOT NULL,
  `StartDate` DATE NOT NULL,
  `Status` TEXT NOT NULL,
  `Title` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ElectionRounds_Countries_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Countries` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ElectionRounds_MonitoringNgos_MonitoringNgoForCitizenReporti` FOREIGN KEY (`MonitoringNgoForCitizenReportingId`) REFERENCES `MonitoringNgos` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Observers` (
  `Id` CHAR(36) NOT NULL,
  `ApplicationUserId` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Observers_AspNetUsers_ApplicationUserId` FOREIGN KEY (`ApplicationUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MonitoringObservers` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `ObserverId` CHAR(36) NOT NULL,
  `Status` TEXT NOT NULL,
  `Tags` JSON NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_MonitoringObservers_ElectionRoundId_Id` (`ElectionRoundId`, `Id`),
  CONSTRAINT `FK_MonitoringObservers_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_MonitoringObservers_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_MonitoringObservers_Observers_ObserverId` FOREIGN KEY (`ObserverId`) REFERENCES `Observers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Attachments` (
  `Id` CHAR(36) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FileName` VARCHAR(256) NOT NULL,
  `FilePath` VARCHAR(256) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MimeType` VARCHAR(256) NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `PollingStationId` CHAR(36) NOT NULL,
  `QuestionId` CHAR(36) NOT NULL,
  `SubmissionId` CHAR(36) NOT NULL,
  `UploadedFileName` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Attachments_MonitoringObservers_MonitoringObserverId` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditTrails` (
  `Id` CHAR(36) NOT NULL,
  `AffectedColumns` TEXT,
  `CreatedOn` DATETIME(6) NOT NULL,
  `NewValues` TEXT,
  `OldValues` TEXT,
  `PrimaryKey` TEXT,
  `TableName` TEXT,
  `Timestamp` DATETIME(6) NOT NULL,
  `Type` TEXT,
  `UserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CitizenGuides` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FileName` VARCHAR(256),
  `FilePath` VARCHAR(256),
  `GuideType` TEXT NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MimeType` VARCHAR(256),
  `Text` TEXT,
  `Title` VARCHAR(256) NOT NULL,
  `UploadedFileName` VARCHAR(256),
  `WebsiteUrl` VARCHAR(2048),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CitizenGuides_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NgoAdmins` (
  `Id` CHAR(36) NOT NULL,
  `ApplicationUserId` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `NgoId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_NgoAdmins_AspNetUsers_ApplicationUserId` FOREIGN KEY (`ApplicationUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_NgoAdmins_Ngos_NgoId` FOREIGN KEY (`NgoId`) REFERENCES `Ngos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CitizenNotifications` (
  `Id` CHAR(36) NOT NULL,
  `Body` TEXT NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `SenderId` CHAR(36) NOT NULL,
  `Title` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CitizenNotifications_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenNotifications_NgoAdmins_SenderId` FOREIGN KEY (`SenderId`) REFERENCES `NgoAdmins` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Forms` (
  `Id` CHAR(36) NOT NULL,
  `Code` VARCHAR(256) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `DefaultLanguage` VARCHAR(64) NOT NULL,
  `Description` JSON NOT NULL,
  `DisplayOrder` INT NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormType` TEXT NOT NULL,
  `Icon` TEXT,
  `Languages` JSON NOT NULL,
  `LanguagesTranslationStatus` JSON NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `Name` JSON NOT NULL,
  `NumberOfQuestions` INT NOT NULL,
  `Questions` JSON NOT NULL,
  `Status` TEXT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Forms_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Forms_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Locations` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `DisplayOrder` INT NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `Level1` VARCHAR(256) NOT NULL,
  `Level2` VARCHAR(256),
  `Level3` VARCHAR(256),
  `Level4` VARCHAR(256),
  `Level5` VARCHAR(256),
  `Tags` JSON,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Locations_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CitizenReports` (
  `Id` CHAR(36) NOT NULL,
  `Answers` JSON NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FollowUpStatus` TEXT NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `LocationId` CHAR(36) NOT NULL,
  `NumberOfFlaggedAnswers` INT NOT NULL,
  `NumberOfQuestionsAnswered` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CitizenReports_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReports_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReports_Locations_LocationId` FOREIGN KEY (`LocationId`) REFERENCES `Locations` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CitizenReportAttachments` (
  `Id` CHAR(36) NOT NULL,
  `CitizenReportId` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FileName` VARCHAR(256) NOT NULL,
  `FilePath` VARCHAR(256) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MimeType` VARCHAR(256) NOT NULL,
  `QuestionId` CHAR(36) NOT NULL,
  `UploadedFileName` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CitizenReportAttachments_CitizenReports_CitizenReportId` FOREIGN KEY (`CitizenReportId`) REFERENCES `CitizenReports` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReportAttachments_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReportAttachments_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CitizenReportNotes` (
  `Id` CHAR(36) NOT NULL,
  `CitizenReportId` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `QuestionId` CHAR(36) NOT NULL,
  `Text` VARCHAR(10000) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CitizenReportNotes_CitizenReports_CitizenReportId` FOREIGN KEY (`CitizenReportId`) REFERENCES `CitizenReports` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReportNotes_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CitizenReportNotes_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Coalitions` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `LeaderId` CHAR(36) NOT NULL,
  `Name` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Coalitions_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Coalitions_MonitoringNgos_LeaderId` FOREIGN KEY (`LeaderId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CoalitionFormAccess` (
  `CoalitionId` CHAR(36) NOT NULL,
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  PRIMARY KEY (`CoalitionId`, `MonitoringNgoId`, `FormId`),
  CONSTRAINT `FK_CoalitionFormAccess_Coalitions_CoalitionId` FOREIGN KEY (`CoalitionId`) REFERENCES `Coalitions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionFormAccess_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionFormAccess_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ObserversGuides` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `FileName` VARCHAR(256),
  `FilePath` VARCHAR(256),
  `GuideType` TEXT NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MimeType` VARCHAR(256),
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `Text` TEXT,
  `Title` VARCHAR(256) NOT NULL,
  `UploadedFileName` VARCHAR(256),
  `WebsiteUrl` VARCHAR(2048),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ObserversGuides_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CoalitionGuideAccess` (
  `CoalitionId` CHAR(36) NOT NULL,
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `GuideId` CHAR(36) NOT NULL,
  PRIMARY KEY (`CoalitionId`, `MonitoringNgoId`, `GuideId`),
  CONSTRAINT `FK_CoalitionGuideAccess_Coalitions_CoalitionId` FOREIGN KEY (`CoalitionId`) REFERENCES `Coalitions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionGuideAccess_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionGuideAccess_ObserversGuides_GuideId` FOREIGN KEY (`GuideId`) REFERENCES `ObserversGuides` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CoalitionMemberships` (
  `MonitoringNgoId` CHAR(36) NOT NULL,
  `CoalitionId` CHAR(36) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  PRIMARY KEY (`MonitoringNgoId`, `CoalitionId`),
  UNIQUE KEY `IX_CoalitionMemberships_MonitoringNgoId_CoalitionId_ElectionRou` (`MonitoringNgoId`, `CoalitionId`, `ElectionRoundId`),
  UNIQUE KEY `IX_CoalitionMemberships_MonitoringNgoId_ElectionRoundId` (`MonitoringNgoId`, `ElectionRoundId`),
  CONSTRAINT `FK_CoalitionMemberships_Coalitions_CoalitionId` FOREIGN KEY (`CoalitionId`) REFERENCES `Coalitions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionMemberships_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CoalitionMemberships_MonitoringNgos_MonitoringNgoId` FOREIGN KEY (`MonitoringNgoId`) REFERENCES `MonitoringNgos` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FormTemplates` (
  `Id` CHAR(36) NOT NULL,
  `Code` VARCHAR(256) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `DefaultLanguage` VARCHAR(64) NOT NULL,
  `Description` JSON NOT NULL,
  `FormType` TEXT NOT NULL,
  `Icon` TEXT,
  `Languages` JSON NOT NULL,
  `LanguagesTranslationStatus` JSON NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `Name` JSON NOT NULL,
  `NumberOfQuestions` INT NOT NULL,
  `Questions` JSON NOT NULL,
  `Status` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ElectionRoundFormTemplates` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormTemplateId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ElectionRoundFormTemplates_ElectionRoundId_FormTemplateId` (`ElectionRoundId`, `FormTemplateId`),
  CONSTRAINT `FK_ElectionRoundFormTemplates_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ElectionRoundFormTemplates_FormTemplates_FormTemplateId` FOREIGN KEY (`FormTemplateId`) REFERENCES `FormTemplates` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExportedData` (
  `Id` CHAR(36) NOT NULL,
  `Base64EncodedData` TEXT,
  `CitizenReportsFilers` JSON,
  `CompletedAt` DATETIME(6),
  `CreatedOn` DATETIME(6) NOT NULL,
  `ExportStatus` TEXT NOT NULL,
  `ExportedDataType` TEXT NOT NULL,
  `FileName` VARCHAR(256),
  `FormSubmissionsFilters` JSON,
  `IncidentReportsFilters` JSON,
  `OwnerId` CHAR(36) NOT NULL,
  `QuickReportsFilters` JSON,
  `StartedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ExportedData_AspNetUsers_OwnerId` FOREIGN KEY (`OwnerId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PollingStations` (
  `Id` CHAR(36) NOT NULL,
  `Address` VARCHAR(2024) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `DisplayOrder` INT NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `Latitude` DOUBLE,
  `Level1` VARCHAR(256) NOT NULL,
  `Level2` VARCHAR(256),
  `Level3` VARCHAR(256),
  `Level4` VARCHAR(256),
  `Level5` VARCHAR(256),
  `Longitude` DOUBLE,
  `Number` VARCHAR(256) NOT NULL,
  `Tags` JSON,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PollingStations_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FormSubmissions` (
  `Id` CHAR(36) NOT NULL,
  `Answers` JSON NOT NULL,
  `CreatedAt` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FollowUpStatus` TEXT NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `NumberOfFlaggedAnswers` INT NOT NULL,
  `NumberOfQuestionsAnswered` INT NOT NULL,
  `PollingStationId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_FormSubmissions_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FormSubmissions_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FormSubmissions_MonitoringObservers_MonitoringObserverId` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FormSubmissions_PollingStations_PollingStationId` FOREIGN KEY (`PollingStationId`) REFERENCES `PollingStations` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ImportValidationErrors` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `Data` TEXT NOT NULL,
  `ImportType` TEXT NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `OriginalFileName` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IncidentReports` (
  `Id` CHAR(36) NOT NULL,
  `Answers` JSON NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FollowUpStatus` TEXT NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `LocationDescription` VARCHAR(1024),
  `LocationType` TEXT NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `NumberOfFlaggedAnswers` INT NOT NULL,
  `NumberOfQuestionsAnswered` INT NOT NULL,
  `PollingStationId` CHAR(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_IncidentReports_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReports_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReports_MonitoringObservers_MonitoringObserverId` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReports_PollingStations_PollingStationId` FOREIGN KEY (`PollingStationId`) REFERENCES `PollingStations` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IncidentReportAttachments` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FileName` VARCHAR(256) NOT NULL,
  `FilePath` VARCHAR(256) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IncidentReportId` CHAR(36) NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `MimeType` VARCHAR(256) NOT NULL,
  `QuestionId` CHAR(36) NOT NULL,
  `UploadedFileName` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_IncidentReportAttachments_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReportAttachments_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReportAttachments_IncidentReports_IncidentReportId` FOREIGN KEY (`IncidentReportId`) REFERENCES `IncidentReports` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IncidentReportNotes` (
  `Id` CHAR(36) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `IncidentReportId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `QuestionId` CHAR(36) NOT NULL,
  `Text` VARCHAR(10000) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_IncidentReportNotes_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReportNotes_Forms_FormId` FOREIGN KEY (`FormId`) REFERENCES `Forms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_IncidentReportNotes_IncidentReports_IncidentReportId` FOREIGN KEY (`IncidentReportId`) REFERENCES `IncidentReports` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Language` (
  `Id` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `Iso1` VARCHAR(2) NOT NULL,
  `Name` VARCHAR(256) NOT NULL,
  `NativeName` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Language_Iso1` (`Iso1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notifications` (
  `Id` CHAR(36) NOT NULL,
  `Body` TEXT NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `SenderId` CHAR(36) NOT NULL,
  `Title` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Notifications_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Notifications_NgoAdmins_SenderId` FOREIGN KEY (`SenderId`) REFERENCES `NgoAdmins` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MonitoringObserverNotification` (
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `NotificationId` CHAR(36) NOT NULL,
  `IsRead` TINYINT(1) NOT NULL,
  PRIMARY KEY (`MonitoringObserverId`, `NotificationId`),
  CONSTRAINT `FK_MonitoringObserverNotification_MonitoringObservers_Monitorin` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_MonitoringObserverNotification_Notifications_NotificationId` FOREIGN KEY (`NotificationId`) REFERENCES `Notifications` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notes` (
  `Id` CHAR(36) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormId` CHAR(36) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `PollingStationId` CHAR(36) NOT NULL,
  `QuestionId` CHAR(36) NOT NULL,
  `SubmissionId` CHAR(36) NOT NULL,
  `Text` VARCHAR(10000) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Notes_MonitoringObservers_MonitoringObserverId` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationStubs` (
  `Id` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `HasBeenProcessed` TINYINT(1) NOT NULL,
  `SerializedData` TEXT NOT NULL,
  `StubType` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationTokens` (
  `Id` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ObserverId` CHAR(36) NOT NULL,
  `Token` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_NotificationTokens_Observers_ObserverId` FOREIGN KEY (`ObserverId`) REFERENCES `Observers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PollingStationInformationForms` (
  `Id` CHAR(36) NOT NULL,
  `Code` VARCHAR(256) NOT NULL,
  `CreatedBy` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `DefaultLanguage` VARCHAR(256) NOT NULL,
  `Description` JSON NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FormType` TEXT NOT NULL,
  `Languages` JSON NOT NULL,
  `LanguagesTranslationStatus` JSON NOT NULL,
  `LastModifiedBy` CHAR(36) NOT NULL,
  `LastModifiedOn` DATETIME(6),
  `Name` JSON NOT NULL,
  `NumberOfQuestions` INT NOT NULL,
  `Questions` JSON NOT NULL,
  `Status` TEXT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_PollingStationInformationForms_ElectionRoundId` (`ElectionRoundId`),
  CONSTRAINT `FK_PollingStationInformationForms_ElectionRounds_ElectionRoundI` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PollingStationInformation` (
  `Id` CHAR(36) NOT NULL,
  `Answers` JSON NOT NULL,
  `ArrivalTime` DATETIME(6),
  `Breaks` JSON NOT NULL,
  `DepartureTime` DATETIME(6),
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FollowUpStatus` TEXT NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `NumberOfFlaggedAnswers` INT NOT NULL,
  `NumberOfQuestionsAnswered` INT NOT NULL,
  `PollingStationId` CHAR(36) NOT NULL,
  `PollingStationInformationFormId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_PollingStationInformation_ElectionRoundId_PollingStationId_M` (`ElectionRoundId`, `PollingStationId`, `MonitoringObserverId`, `PollingStationInformationFormId`),
  CONSTRAINT `FK_PollingStationInformation_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PollingStationInformation_MonitoringObservers_MonitoringObse` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PollingStationInformation_PollingStationInformationForms_Pol` FOREIGN KEY (`PollingStationInformationFormId`) REFERENCES `PollingStationInformationForms` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_PollingStationInformation_PollingStations_PollingStationId` FOREIGN KEY (`PollingStationId`) REFERENCES `PollingStations` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QuickReportAttachments` (
  `Id` CHAR(36) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FileName` TEXT NOT NULL,
  `FilePath` TEXT NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MimeType` TEXT NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `QuickReportId` CHAR(36) NOT NULL,
  `UploadedFileName` TEXT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_QuickReportAttachments_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_QuickReportAttachments_MonitoringObservers_MonitoringObserve` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QuickReports` (
  `Id` CHAR(36) NOT NULL,
  `Description` VARCHAR(10000) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `FollowUpStatus` TEXT NOT NULL,
  `IncidentCategory` TEXT NOT NULL,
  `LastUpdatedAt` DATETIME(6) NOT NULL,
  `MonitoringObserverId` CHAR(36) NOT NULL,
  `PollingStationDetails` VARCHAR(1024),
  `PollingStationId` CHAR(36),
  `QuickReportLocationType` TEXT NOT NULL,
  `Title` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_QuickReports_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_QuickReports_MonitoringObservers_MonitoringObserverId` FOREIGN KEY (`MonitoringObserverId`) REFERENCES `MonitoringObservers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_QuickReports_PollingStations_PollingStationId` FOREIGN KEY (`PollingStationId`) REFERENCES `PollingStations` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserFeedback` (
  `Id` CHAR(36) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ElectionRoundId` CHAR(36) NOT NULL,
  `Metadata` JSON NOT NULL,
  `ObserverId` CHAR(36) NOT NULL,
  `TimeSubmitted` DATETIME(6) NOT NULL,
  `UserFeedback` TEXT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_UserFeedback_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_UserFeedback_Observers_ObserverId` FOREIGN KEY (`ObserverId`) REFERENCES `Observers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `MonitoringNgos` ADD CONSTRAINT `FK_MonitoringNgos_ElectionRounds_ElectionRoundId` FOREIGN KEY (`ElectionRoundId`) REFERENCES `ElectionRounds` (`Id`) ON DELETE CASCADE;

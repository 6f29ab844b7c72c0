-- Visitor Management System (neozhu/visitormanagement, Blazor Server on Clean Architecture; visitors, companions,
-- hosts, check-in points and devices, approvals, check-in/out history), commit 8a61b163994fbf0429df3877c86f3b04a37da73c
-- (Apache-2.0).
-- Upstream's EF Core model snapshot src/Infrastructure/Persistence/Migrations/ApplicationDbContextModelSnapshot.cs
-- (SQL Server, EF Core 6.0.4; last changed in 1b5f7bac, after the last of its 21 migrations), all 25 tables, written
-- as MySQL by a small parser: nvarchar(max) -> longtext, nvarchar(n) -> varchar(n), datetime2 and datetimeoffset ->
-- datetime(6) (the offset is dropped), bit -> tinyint(1), time -> time(6), text, int and decimal(18,2) kept;
-- identity keys -> AUTO_INCREMENT; IsRequired or non-nullable CLR types -> NOT NULL. Keys, indexes (EF's IX_ names or
-- the HasDatabaseName given) and foreign keys (FK_<table>_<principal>_<column>, ON DELETE CASCADE where the snapshot
-- says Cascade) as in the snapshot. Column order is the snapshot's (key first, then the properties in its order,
-- alphabetical), not the order of the original CREATE TABLE migrations. DEFAULT CHARSET=utf8 so that the
-- nvarchar(450) composite keys of ASP.NET Identity fit MariaDB's key length.

CREATE TABLE `Designations` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Status` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Departments` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Status` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Sites` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Address` longtext DEFAULT NULL,
  `CompanyName` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Employees` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `About` longtext DEFAULT NULL,
  `Avatar` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `DepartmentId` int(11) DEFAULT NULL,
  `DesignationId` int(11) DEFAULT NULL,
  `Email` longtext DEFAULT NULL,
  `Gender` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `PhoneNumber` longtext DEFAULT NULL,
  `RelatedAccountId` longtext DEFAULT NULL,
  `SiteId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Employees_DepartmentId` (`DepartmentId`),
  KEY `IX_Employees_DesignationId` (`DesignationId`),
  KEY `IX_Employees_SiteId` (`SiteId`),
  CONSTRAINT `FK_Employees_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`Id`),
  CONSTRAINT `FK_Employees_Designations_DesignationId` FOREIGN KEY (`DesignationId`) REFERENCES `Designations` (`Id`),
  CONSTRAINT `FK_Employees_Sites_SiteId` FOREIGN KEY (`SiteId`) REFERENCES `Sites` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Visitors` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Address` longtext DEFAULT NULL,
  `Apppoved` tinyint(1) DEFAULT NULL,
  `ApprovalComment` longtext DEFAULT NULL,
  `ApprovalOutcome` longtext DEFAULT NULL,
  `Avatar` longtext DEFAULT NULL,
  `CheckinDate` datetime(6) DEFAULT NULL,
  `CheckoutDate` datetime(6) DEFAULT NULL,
  `Comment` longtext DEFAULT NULL,
  `CompanyName` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `DesignationId` int(11) DEFAULT NULL,
  `Email` longtext DEFAULT NULL,
  `EmployeeId` int(11) DEFAULT NULL,
  `ExpectedDate` datetime(6) DEFAULT NULL,
  `ExpectedTime` time(6) DEFAULT NULL,
  `Gender` longtext DEFAULT NULL,
  `HealthCode` longtext DEFAULT NULL,
  `IdentificationNo` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `LicensePlateNumber` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `NucleicAcidTestReport` longtext DEFAULT NULL,
  `PassCode` longtext DEFAULT NULL,
  `PhoneNumber` longtext DEFAULT NULL,
  `PrivacyPolicy` tinyint(1) DEFAULT NULL,
  `Promise` tinyint(1) DEFAULT NULL,
  `Purpose` longtext DEFAULT NULL,
  `QrCode` longtext DEFAULT NULL,
  `SiteId` int(11) DEFAULT NULL,
  `Status` longtext DEFAULT NULL,
  `SurveyResponseValue` int(11) DEFAULT NULL,
  `TripCode` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Visitors_DesignationId` (`DesignationId`),
  KEY `IX_Visitors_EmployeeId` (`EmployeeId`),
  KEY `IX_Visitors_SiteId` (`SiteId`),
  CONSTRAINT `FK_Visitors_Designations_DesignationId` FOREIGN KEY (`DesignationId`) REFERENCES `Designations` (`Id`),
  CONSTRAINT `FK_Visitors_Employees_EmployeeId` FOREIGN KEY (`EmployeeId`) REFERENCES `Employees` (`Id`),
  CONSTRAINT `FK_Visitors_Sites_SiteId` FOREIGN KEY (`SiteId`) REFERENCES `Sites` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ApprovalHistories` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `ApprovedBy` longtext DEFAULT NULL,
  `Comment` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Outcome` longtext DEFAULT NULL,
  `ProcessingDate` datetime(6) DEFAULT NULL,
  `VisitorId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ApprovalHistories_VisitorId` (`VisitorId`),
  CONSTRAINT `FK_ApprovalHistories_Visitors_VisitorId` FOREIGN KEY (`VisitorId`) REFERENCES `Visitors` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AuditTrails` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `AffectedColumns` longtext DEFAULT NULL,
  `AuditType` longtext NOT NULL,
  `DateTime` datetime(6) NOT NULL,
  `NewValues` longtext DEFAULT NULL,
  `OldValues` longtext DEFAULT NULL,
  `PrimaryKey` longtext NOT NULL,
  `TableName` longtext DEFAULT NULL,
  `UserId` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `CheckinPoints` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `SiteId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CheckinPoints_SiteId` (`SiteId`),
  CONSTRAINT `FK_CheckinPoints_Sites_SiteId` FOREIGN KEY (`SiteId`) REFERENCES `Sites` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Companions` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `CheckinDateTime` datetime(6) DEFAULT NULL,
  `CheckoutDateTime` datetime(6) DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `HealthCode` longtext DEFAULT NULL,
  `IdentificationNo` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `NucleicAcidTestReport` longtext DEFAULT NULL,
  `QrCode` longtext DEFAULT NULL,
  `TripCode` longtext DEFAULT NULL,
  `VisitorId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Companions_VisitorId` (`VisitorId`),
  CONSTRAINT `FK_Companions_Visitors_VisitorId` FOREIGN KEY (`VisitorId`) REFERENCES `Visitors` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Devices` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `CheckinPointId` int(11) DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `IPAddress` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Parameters` longtext DEFAULT NULL,
  `Status` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Devices_CheckinPointId` (`CheckinPointId`),
  CONSTRAINT `FK_Devices_CheckinPoints_CheckinPointId` FOREIGN KEY (`CheckinPointId`) REFERENCES `CheckinPoints` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `DocumentTypes` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Documents` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `DocumentTypeId` int(11) NOT NULL,
  `IsPublic` tinyint(1) NOT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Title` longtext DEFAULT NULL,
  `URL` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Documents_DocumentTypeId` (`DocumentTypeId`),
  CONSTRAINT `FK_Documents_DocumentTypes_DocumentTypeId` FOREIGN KEY (`DocumentTypeId`) REFERENCES `DocumentTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `KeyValues` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Text` longtext DEFAULT NULL,
  `Value` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Loggers` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `ClientAgent` longtext DEFAULT NULL,
  `ClientIP` longtext DEFAULT NULL,
  `Exception` longtext DEFAULT NULL,
  `Level` longtext NOT NULL,
  `LogEvent` longtext DEFAULT NULL,
  `Message` longtext DEFAULT NULL,
  `MessageTemplate` longtext DEFAULT NULL,
  `Properties` longtext DEFAULT NULL,
  `TimeStamp` datetime(6) NOT NULL,
  `UserName` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `MessageTemplates` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Body` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `ForStatus` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `MessageType` longtext NOT NULL,
  `SiteId` int(11) DEFAULT NULL,
  `Subject` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_MessageTemplates_SiteId` (`SiteId`),
  CONSTRAINT `FK_MessageTemplates_Sites_SiteId` FOREIGN KEY (`SiteId`) REFERENCES `Sites` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Products` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Brand` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Pictures` longtext DEFAULT NULL,
  `Price` decimal(18,2) NOT NULL,
  `Unit` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `SiteConfigurations` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `MandatoryHealthQrCode` tinyint(1) NOT NULL,
  `MandatoryNucleicAcidTestReport` tinyint(1) NOT NULL,
  `MandatoryTripCode` tinyint(1) NOT NULL,
  `Parameters` longtext DEFAULT NULL,
  `SiteId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_SiteConfigurations_SiteId` (`SiteId`),
  CONSTRAINT `FK_SiteConfigurations_Sites_SiteId` FOREIGN KEY (`SiteId`) REFERENCES `Sites` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `VisitorHistories` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Attachments` longtext DEFAULT NULL,
  `CheckinPointId` int(11) DEFAULT NULL,
  `Comment` longtext DEFAULT NULL,
  `Created` datetime(6) DEFAULT NULL,
  `CreatedBy` longtext DEFAULT NULL,
  `LastModified` datetime(6) DEFAULT NULL,
  `LastModifiedBy` longtext DEFAULT NULL,
  `Photo` longtext DEFAULT NULL,
  `Stage` longtext DEFAULT NULL,
  `Temperature` decimal(18,2) DEFAULT NULL,
  `TransitDateTime` datetime(6) DEFAULT NULL,
  `VisitorId` int(11) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VisitorHistories_CheckinPointId` (`CheckinPointId`),
  KEY `IX_VisitorHistories_VisitorId` (`VisitorId`),
  CONSTRAINT `FK_VisitorHistories_CheckinPoints_CheckinPointId` FOREIGN KEY (`CheckinPointId`) REFERENCES `CheckinPoints` (`Id`),
  CONSTRAINT `FK_VisitorHistories_Visitors_VisitorId` FOREIGN KEY (`VisitorId`) REFERENCES `Visitors` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetRoles` (
  `Id` varchar(450) NOT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `Name` varchar(256) DEFAULT NULL,
  `NormalizedName` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetRoleClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `Group` longtext DEFAULT NULL,
  `RoleId` varchar(450) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AspNetRoleClaims_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUsers` (
  `Id` varchar(450) NOT NULL,
  `AccessFailedCount` int(11) NOT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  `Department` longtext DEFAULT NULL,
  `Designation` longtext DEFAULT NULL,
  `DisplayName` longtext DEFAULT NULL,
  `Email` varchar(256) DEFAULT NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  `IsLive` tinyint(1) NOT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) DEFAULT NULL,
  `NormalizedEmail` varchar(256) DEFAULT NULL,
  `NormalizedUserName` varchar(256) DEFAULT NULL,
  `PasswordHash` longtext DEFAULT NULL,
  `PhoneNumber` longtext DEFAULT NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `ProfilePictureDataUrl` text DEFAULT NULL,
  `RefreshToken` longtext DEFAULT NULL,
  `RefreshTokenExpiryTime` datetime(6) NOT NULL,
  `SecurityStamp` longtext DEFAULT NULL,
  `Site` longtext DEFAULT NULL,
  `SiteId` int(11) DEFAULT NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `UserName` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `EmailIndex` (`NormalizedEmail`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `UserId` varchar(450) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AspNetUserClaims_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(128) NOT NULL,
  `ProviderKey` varchar(128) NOT NULL,
  `ProviderDisplayName` longtext DEFAULT NULL,
  `UserId` varchar(450) NOT NULL,
  PRIMARY KEY (`LoginProvider`,`ProviderKey`),
  KEY `IX_AspNetUserLogins_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserRoles` (
  `UserId` varchar(450) NOT NULL,
  `RoleId` varchar(450) NOT NULL,
  PRIMARY KEY (`UserId`,`RoleId`),
  KEY `IX_AspNetUserRoles_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserTokens` (
  `UserId` varchar(450) NOT NULL,
  `LoginProvider` varchar(128) NOT NULL,
  `Name` varchar(128) NOT NULL,
  `Value` longtext DEFAULT NULL,
  PRIMARY KEY (`UserId`,`LoginProvider`,`Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


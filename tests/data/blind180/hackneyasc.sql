-- Hackney Social Care Finance System API (London Borough of Hackney adult social care: care packages for residential and
-- nursing care, service users, suppliers, care charges and funded nursing care, supplier invoices and pay runs),
-- github.com/LBHackney-IT/lbh-adult-social-care-api, commit 64f580cad6438defe8d459ce26991f2155469060 (MIT).
-- Written from the EF Core model snapshot LBH.AdultSocialCare.Data/Migrations/DatabaseContextModelSnapshot.cs (Npgsql):
-- all 27 tables, columns in the snapshot's order, column types as HasColumnType gives them for PostgreSQL, then as MySQL:
-- uuid -> CHAR(36), text -> TEXT (VARCHAR(255) where part of a key), timestamp [with time zone] -> DATETIME(6),
-- boolean -> TINYINT(1), identity -> AUTO_INCREMENT. Primary keys, unique indexes and foreign keys (HasOne ... HasForeignKey)
-- are upstream's; check constraints and seed rows (HasData) are not written.

CREATE TABLE `AspNetUsers` (
  `Id` char(36) NOT NULL,
  `AccessFailedCount` int NOT NULL,
  `ConcurrencyStamp` text NULL,
  `Email` varchar(256) NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) NULL,
  `Name` text NULL,
  `NormalizedEmail` varchar(256) NULL,
  `NormalizedUserName` varchar(256) NULL,
  `PasswordHash` text NULL,
  `PhoneNumber` text NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `SecurityStamp` text NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `UserName` varchar(256) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoles` (
  `Id` char(36) NOT NULL,
  `ConcurrencyStamp` text NULL,
  `Name` varchar(256) NULL,
  `NormalizedName` varchar(256) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` char(36) NOT NULL,
  `RoleId` char(36) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` text NULL,
  `ClaimValue` text NULL,
  `RoleId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` text NULL,
  `ClaimValue` text NULL,
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` text NULL,
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` char(36) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` text NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PrimarySupportReasons` (
  `PrimarySupportReasonId` int NOT NULL AUTO_INCREMENT,
  `CederBudgetCode` text NULL,
  `PrimarySupportReasonName` text NULL,
  PRIMARY KEY (`PrimarySupportReasonId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceUsers` (
  `Id` char(36) NOT NULL,
  `AddressLine1` text NULL,
  `AddressLine2` text NULL,
  `AddressLine3` text NULL,
  `CanSpeakEnglish` text NULL,
  `County` text NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateOfBirth` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `FirstName` text NULL,
  `HackneyId` int NOT NULL,
  `LastName` text NULL,
  `MiddleName` text NULL,
  `PostCode` text NULL,
  `PreferredContact` text NULL,
  `PrimarySupportReasonId` int NULL,
  `Town` text NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ServiceUsers_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_ServiceUsers_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_ServiceUsers_PrimarySupportReasons_PrimarySupportReasonId` FOREIGN KEY (`PrimarySupportReasonId`) REFERENCES `PrimarySupportReasons` (`PrimarySupportReasonId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Suppliers` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` text NULL,
  `CedarId` int NULL,
  `CedarName` text NULL,
  `CedarReferenceNumber` text NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `Postcode` text NULL,
  `SupplierName` text NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Suppliers_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Suppliers_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PackageStatuses` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `StatusDisplayName` text NULL,
  `StatusName` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageSchedulingOptions` (
  `Id` int NOT NULL,
  `OptionName` text NULL,
  `OptionPeriod` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FundedNursingCarePrices` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ActiveFrom` datetime(6) NOT NULL,
  `ActiveTo` datetime(6) NOT NULL,
  `PricePerWeek` decimal(13,2) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProvisionalCareChargeAmounts` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgeFrom` int NOT NULL,
  `AgeTo` int NULL,
  `Amount` decimal(13,2) NOT NULL,
  `EndDate` datetime(6) NOT NULL,
  `StartDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackages` (
  `Id` char(36) NOT NULL,
  `ApproverId` char(36) NULL,
  `BrokerId` char(36) NULL,
  `CreatorId` char(36) NOT NULL,
  `DateApproved` datetime(6) NULL,
  `DateAssigned` datetime(6) NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `PackageScheduling` int NOT NULL,
  `PackageType` int NOT NULL,
  `PrimarySupportReasonId` int NULL,
  `ServiceUserId` char(36) NOT NULL,
  `Status` int NOT NULL,
  `SupplierId` int NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CarePackages_AspNetUsers_ApproverId` FOREIGN KEY (`ApproverId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackages_AspNetUsers_BrokerId` FOREIGN KEY (`BrokerId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackages_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackages_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackages_PrimarySupportReasons_PrimarySupportReasonId` FOREIGN KEY (`PrimarySupportReasonId`) REFERENCES `PrimarySupportReasons` (`PrimarySupportReasonId`),
  CONSTRAINT `FK_CarePackages_ServiceUsers_ServiceUserId` FOREIGN KEY (`ServiceUserId`) REFERENCES `ServiceUsers` (`Id`),
  CONSTRAINT `FK_CarePackages_Suppliers_SupplierId` FOREIGN KEY (`SupplierId`) REFERENCES `Suppliers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageDetails` (
  `Id` char(36) NOT NULL,
  `CarePackageId` char(36) NOT NULL,
  `Cost` decimal(13,2) NOT NULL,
  `CostPeriod` int NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `EndDate` datetime(6) NULL,
  `StartDate` datetime(6) NOT NULL,
  `Subjective` text NULL,
  `Type` int NOT NULL,
  `UnitOfMeasure` text NULL,
  `UpdaterId` char(36) NULL,
  `Version` bigint NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CarePackageDetails_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageDetails_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageDetails_CarePackages_CarePackageId` FOREIGN KEY (`CarePackageId`) REFERENCES `CarePackages` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageHistories` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CarePackageId` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `Description` text NULL,
  `RequestMoreInformation` text NULL,
  `Status` int NOT NULL DEFAULT 13,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CarePackageHistories_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageHistories_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageHistories_CarePackages_CarePackageId` FOREIGN KEY (`CarePackageId`) REFERENCES `CarePackages` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageReclaims` (
  `Id` char(36) NOT NULL,
  `CarePackageId` char(36) NOT NULL,
  `ClaimCollector` int NOT NULL,
  `ClaimReason` text NULL,
  `Cost` decimal(13,2) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `Description` text NULL,
  `EndDate` datetime(6) NULL,
  `StartDate` datetime(6) NOT NULL,
  `Status` int NOT NULL,
  `SubType` int NULL,
  `Subjective` text NULL,
  `Type` int NOT NULL,
  `UpdaterId` char(36) NULL,
  `Version` bigint NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CarePackageReclaims_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageReclaims_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageReclaims_CarePackages_CarePackageId` FOREIGN KEY (`CarePackageId`) REFERENCES `CarePackages` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageResources` (
  `Id` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `FileExtension` text NULL,
  `FileId` char(36) NOT NULL,
  `Name` text NULL,
  `PackageId` char(36) NOT NULL,
  `Type` int NOT NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CarePackageResources_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageResources_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageResources_CarePackages_PackageId` FOREIGN KEY (`PackageId`) REFERENCES `CarePackages` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarePackageSettings` (
  `Id` char(36) NOT NULL,
  `CarePackageId` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `HasDischargePackage` tinyint(1) NOT NULL,
  `HasRespiteCare` tinyint(1) NOT NULL,
  `HospitalAvoidance` tinyint(1) NOT NULL,
  `IsReEnablement` tinyint(1) NOT NULL,
  `IsS117Client` tinyint(1) NOT NULL,
  `IsS117ClientConfirmed` tinyint(1) NOT NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CarePackageSettings_CarePackageId` (`CarePackageId`),
  CONSTRAINT `FK_CarePackageSettings_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageSettings_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_CarePackageSettings_CarePackages_CarePackageId` FOREIGN KEY (`CarePackageId`) REFERENCES `CarePackages` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Departments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invoices` (
  `Id` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `GrossTotal` decimal(13,2) NOT NULL,
  `NetTotal` decimal(13,2) NOT NULL,
  `Number` varchar(255) NULL,
  `PackageId` char(36) NOT NULL,
  `ServiceUserId` char(36) NOT NULL,
  `SupplierId` int NOT NULL,
  `TotalCost` decimal(13,2) NOT NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Invoices_Number` (`Number`),
  CONSTRAINT `FK_Invoices_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Invoices_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Invoices_CarePackages_PackageId` FOREIGN KEY (`PackageId`) REFERENCES `CarePackages` (`Id`),
  CONSTRAINT `FK_Invoices_ServiceUsers_ServiceUserId` FOREIGN KEY (`ServiceUserId`) REFERENCES `ServiceUsers` (`Id`),
  CONSTRAINT `FK_Invoices_Suppliers_SupplierId` FOREIGN KEY (`SupplierId`) REFERENCES `Suppliers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InvoiceItems` (
  `Id` char(36) NOT NULL,
  `CarePackageDetailId` char(36) NULL,
  `CarePackageReclaimId` char(36) NULL,
  `ClaimCollector` int NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `FromDate` datetime(6) NOT NULL,
  `InvoiceId` char(36) NOT NULL,
  `Name` text NULL,
  `PriceEffect` int NOT NULL,
  `Quantity` decimal(7,2) NOT NULL,
  `SourceVersion` bigint NOT NULL,
  `ToDate` datetime(6) NOT NULL,
  `TotalCost` decimal(13,2) NOT NULL,
  `UpdaterId` char(36) NULL,
  `WeeklyCost` decimal(13,2) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_InvoiceItems_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_InvoiceItems_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_InvoiceItems_CarePackageDetails_CarePackageDetailId` FOREIGN KEY (`CarePackageDetailId`) REFERENCES `CarePackageDetails` (`Id`),
  CONSTRAINT `FK_InvoiceItems_CarePackageReclaims_CarePackageReclaimId` FOREIGN KEY (`CarePackageReclaimId`) REFERENCES `CarePackageReclaims` (`Id`),
  CONSTRAINT `FK_InvoiceItems_Invoices_InvoiceId` FOREIGN KEY (`InvoiceId`) REFERENCES `Invoices` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payruns` (
  `Id` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `EndDate` datetime(6) NOT NULL,
  `Held` decimal(13,2) NULL,
  `Number` varchar(255) NULL,
  `Paid` decimal(13,2) NULL,
  `PaidUpToDate` datetime(6) NOT NULL,
  `StartDate` datetime(6) NOT NULL,
  `Status` int NOT NULL,
  `Type` int NOT NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Payruns_Number` (`Number`),
  CONSTRAINT `FK_Payruns_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Payruns_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PayrunHistories` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `Notes` text NULL,
  `PayRunId` char(36) NOT NULL,
  `Status` int NOT NULL,
  `Type` int NOT NULL DEFAULT 1,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PayrunHistories_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_PayrunHistories_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_PayrunHistories_Payruns_PayRunId` FOREIGN KEY (`PayRunId`) REFERENCES `Payruns` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PayrunInvoices` (
  `Id` char(36) NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `InvoiceId` char(36) NOT NULL,
  `InvoiceStatus` int NOT NULL,
  `PayrunId` char(36) NOT NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_PayrunInvoices_PayrunId_InvoiceId` (`PayrunId`, `InvoiceId`),
  CONSTRAINT `FK_PayrunInvoices_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_PayrunInvoices_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_PayrunInvoices_Invoices_InvoiceId` FOREIGN KEY (`InvoiceId`) REFERENCES `Invoices` (`Id`),
  CONSTRAINT `FK_PayrunInvoices_Payruns_PayrunId` FOREIGN KEY (`PayrunId`) REFERENCES `Payruns` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HeldInvoices` (
  `Id` char(36) NOT NULL,
  `ActionRequiredFromId` int NOT NULL,
  `CreatorId` char(36) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `DateUpdated` datetime(6) NOT NULL,
  `PayRunInvoiceId` char(36) NOT NULL,
  `ReasonForHolding` text NULL,
  `UpdaterId` char(36) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_HeldInvoices_AspNetUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_HeldInvoices_AspNetUsers_UpdaterId` FOREIGN KEY (`UpdaterId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_HeldInvoices_Departments_ActionRequiredFromId` FOREIGN KEY (`ActionRequiredFromId`) REFERENCES `Departments` (`Id`),
  CONSTRAINT `FK_HeldInvoices_PayrunInvoices_PayRunInvoiceId` FOREIGN KEY (`PayRunInvoiceId`) REFERENCES `PayrunInvoices` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

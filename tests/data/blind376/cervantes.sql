-- Cervantes (OWASP Cervantes, CervantesSec; collaborative pentest and red-team management platform; .NET 8,
-- Entity Framework Core on PostgreSQL), github.com/CervantesSec/cervantes, commit ad4a973cc8480cc1b1d056ffa76d9fd8e3d0db95
-- (AGPL-3.0). Tables, columns, types, keys, indexes and foreign keys from the EF Core model snapshot
-- Cervantes.DAL/Migrations/ApplicationDbContextModelSnapshot.cs; column order as the 33 migrations create them
-- (CreateTable order, AddColumn appended, DropColumn / RenameColumn applied). PostgreSQL types written as MySQL:
-- text -> longtext (varchar(255) where the column is in a key, index or foreign key), character varying(n) -> varchar(n),
-- uuid -> char(36), integer -> int, boolean -> tinyint(1), timestamp with time zone -> datetime(6),
-- double precision -> double, numeric -> decimal(65,30), pgvector vector -> longtext; identity -> AUTO_INCREMENT.
-- Index and foreign-key names follow EF Core's conventions (IX_, FK_), cut to MySQL's 64 characters. Left out: MASTG and WSTG
-- (the legacy OWASP mobile and web testing-guide checklists, one status and one note column per test case: 232 and 199 columns).

CREATE TABLE `AspNetUsers` (
  `Id` varchar(255) DEFAULT NULL,
  `FullName` longtext NOT NULL,
  `Avatar` longtext DEFAULT NULL,
  `Description` longtext DEFAULT NULL,
  `Position` longtext DEFAULT NULL,
  `ClientId` char(36) DEFAULT NULL,
  `UserName` varchar(256) DEFAULT NULL,
  `NormalizedUserName` varchar(256) DEFAULT NULL,
  `Email` varchar(256) DEFAULT NULL,
  `NormalizedEmail` varchar(256) DEFAULT NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `PasswordHash` longtext DEFAULT NULL,
  `SecurityStamp` longtext DEFAULT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  `PhoneNumber` longtext DEFAULT NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) DEFAULT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `AccessFailedCount` int(11) NOT NULL,
  `ExternalLogin` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `EmailIndex` (`NormalizedEmail`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKeys` (
  `Id` char(36) NOT NULL,
  `KeyHash` varchar(200) NOT NULL,
  `KeyPrefix` varchar(24) NOT NULL,
  `Name` varchar(100) DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `ExpiresAt` datetime(6) DEFAULT NULL,
  `RevokedAt` datetime(6) DEFAULT NULL,
  `LastUsedAt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ApiKeys_KeyHash` (`KeyHash`),
  KEY `IX_ApiKeys_KeyPrefix` (`KeyPrefix`),
  KEY `IX_ApiKeys_UserId` (`UserId`),
  CONSTRAINT `FK_ApiKeys_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoles` (
  `Id` varchar(255) DEFAULT NULL,
  `Name` varchar(256) DEFAULT NULL,
  `NormalizedName` varchar(256) DEFAULT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `RoleId` varchar(255) NOT NULL,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AspNetRoleClaims_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `UserId` varchar(255) NOT NULL,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AspNetUserClaims_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(255) DEFAULT NULL,
  `ProviderKey` varchar(255) DEFAULT NULL,
  `ProviderDisplayName` longtext DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  KEY `IX_AspNetUserLogins_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` varchar(255) DEFAULT NULL,
  `RoleId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  KEY `IX_AspNetUserRoles_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` varchar(255) DEFAULT NULL,
  `LoginProvider` varchar(255) DEFAULT NULL,
  `Name` varchar(255) DEFAULT NULL,
  `Value` longtext DEFAULT NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditLogs` (
  `Id` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserId` longtext DEFAULT NULL,
  `Type` longtext DEFAULT NULL,
  `TableName` longtext DEFAULT NULL,
  `IpAddress` longtext DEFAULT NULL,
  `Browser` longtext DEFAULT NULL,
  `DateTime` datetime(6) DEFAULT NULL,
  `OldValues` longtext DEFAULT NULL,
  `NewValues` longtext DEFAULT NULL,
  `AffectedColumns` longtext DEFAULT NULL,
  `PrimaryKey` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChatMessages` (
  `Id` char(36) NOT NULL,
  `Role` longtext NOT NULL,
  `Content` longtext NOT NULL,
  `Timestamp` datetime(6) NOT NULL,
  `ApplicationUserId` varchar(255) DEFAULT NULL,
  `ApplicationUserId1` varchar(255) DEFAULT NULL,
  `ChatId` char(36) NOT NULL,
  `Embedding` longtext DEFAULT NULL,
  `MessageIndex` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChatMessages_ApplicationUserId` (`ApplicationUserId`),
  KEY `IX_ChatMessages_ApplicationUserId1` (`ApplicationUserId1`),
  CONSTRAINT `FK_ChatMessages_AspNetUsers_ApplicationUserId` FOREIGN KEY (`ApplicationUserId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_ChatMessages_AspNetUsers_ApplicationUserId1` FOREIGN KEY (`ApplicationUserId1`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Chats` (
  `Id` char(36) NOT NULL,
  `Title` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `LastMessageAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Chats_UserId` (`UserId`),
  CONSTRAINT `FK_Chats_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Organization` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Url` longtext NOT NULL,
  `ContactName` longtext NOT NULL,
  `ContactEmail` longtext NOT NULL,
  `ContactPhone` longtext NOT NULL,
  `ImagePath` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChecklistTemplates` (
  `Id` char(36) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Description` longtext DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  `OrganizationId` int(11) DEFAULT NULL,
  `IsSystemTemplate` tinyint(1) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `Version` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChecklistTemplates_OrganizationId` (`OrganizationId`),
  KEY `IX_ChecklistTemplates_UserId` (`UserId`),
  CONSTRAINT `FK_ChecklistTemplates_Organization_OrganizationId` FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`) ON DELETE SET NULL,
  CONSTRAINT `FK_ChecklistTemplates_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChecklistCategories` (
  `Id` char(36) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Description` longtext DEFAULT NULL,
  `ChecklistTemplateId` char(36) NOT NULL,
  `Order` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChecklistCategories_ChecklistTemplateId` (`ChecklistTemplateId`),
  CONSTRAINT `FK_ChecklistCategories_ChecklistTemplates_ChecklistTemplateId` FOREIGN KEY (`ChecklistTemplateId`) REFERENCES `ChecklistTemplates` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChecklistItems` (
  `Id` char(36) NOT NULL,
  `Code` varchar(100) NOT NULL,
  `Name` varchar(500) NOT NULL,
  `Description` longtext DEFAULT NULL,
  `Objectives` longtext DEFAULT NULL,
  `TestProcedure` longtext DEFAULT NULL,
  `PassCriteria` longtext DEFAULT NULL,
  `ChecklistCategoryId` char(36) NOT NULL,
  `Order` int(11) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `Severity` int(11) NOT NULL,
  `References` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChecklistItems_ChecklistCategoryId` (`ChecklistCategoryId`),
  CONSTRAINT `FK_ChecklistItems_ChecklistCategories_ChecklistCategoryId` FOREIGN KEY (`ChecklistCategoryId`) REFERENCES `ChecklistCategories` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Clients` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Url` longtext NOT NULL,
  `ContactName` longtext NOT NULL,
  `ContactEmail` longtext NOT NULL,
  `ContactPhone` longtext NOT NULL,
  `ImagePath` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Clients_UserId` (`UserId`),
  CONSTRAINT `FK_Clients_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Projects` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `StartDate` datetime(6) NOT NULL,
  `EndDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ClientId` char(36) NOT NULL,
  `Template` tinyint(1) NOT NULL,
  `Status` int(11) NOT NULL,
  `ProjectType` int(11) NOT NULL,
  `Language` int(11) NOT NULL,
  `Score` int(11) NOT NULL,
  `FindingsId` longtext NOT NULL,
  `ExecutiveSummary` longtext NOT NULL,
  `BusinessImpact` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Projects_ClientId` (`ClientId`),
  KEY `IX_Projects_UserId` (`UserId`),
  CONSTRAINT `FK_Projects_Clients_ClientId` FOREIGN KEY (`ClientId`) REFERENCES `Clients` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Projects_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Targets` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) DEFAULT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Type` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Targets_ProjectId` (`ProjectId`),
  KEY `IX_Targets_UserId` (`UserId`),
  CONSTRAINT `FK_Targets_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`),
  CONSTRAINT `FK_Targets_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Checklists` (
  `Id` char(36) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `ChecklistTemplateId` char(36) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `TargetId` char(36) DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  `Status` int(11) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `StartDate` datetime(6) DEFAULT NULL,
  `CompletedDate` datetime(6) DEFAULT NULL,
  `Notes` longtext DEFAULT NULL,
  `CompletionPercentage` decimal(65,30) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Checklists_ChecklistTemplateId` (`ChecklistTemplateId`),
  KEY `IX_Checklists_ProjectId` (`ProjectId`),
  KEY `IX_Checklists_TargetId` (`TargetId`),
  KEY `IX_Checklists_UserId` (`UserId`),
  CONSTRAINT `FK_Checklists_ChecklistTemplates_ChecklistTemplateId` FOREIGN KEY (`ChecklistTemplateId`) REFERENCES `ChecklistTemplates` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Checklists_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Checklists_Targets_TargetId` FOREIGN KEY (`TargetId`) REFERENCES `Targets` (`Id`) ON DELETE SET NULL,
  CONSTRAINT `FK_Checklists_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnCategories` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Type` int(11) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Vulns` (
  `Id` char(36) NOT NULL,
  `FindingId` longtext NOT NULL,
  `Template` tinyint(1) NOT NULL,
  `Language` int(11) NOT NULL,
  `Name` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) DEFAULT NULL,
  `VulnCategoryId` char(36) DEFAULT NULL,
  `Risk` int(11) NOT NULL,
  `Status` int(11) NOT NULL,
  `cve` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `ProofOfConcept` longtext NOT NULL,
  `Impact` longtext NOT NULL,
  `CVSS3` double NOT NULL,
  `CVSSVector` longtext NOT NULL,
  `Remediation` longtext NOT NULL,
  `RemediationComplexity` int(11) NOT NULL,
  `RemediationPriority` int(11) NOT NULL,
  `JiraCreated` tinyint(1) NOT NULL,
  `OWASPRisk` longtext NOT NULL,
  `OWASPImpact` longtext NOT NULL,
  `OWASPLikehood` longtext NOT NULL,
  `OWASPVector` longtext NOT NULL,
  `MitreTechniques` longtext NOT NULL,
  `MitreValues` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Vulns_ProjectId` (`ProjectId`),
  KEY `IX_Vulns_UserId` (`UserId`),
  KEY `IX_Vulns_VulnCategoryId` (`VulnCategoryId`),
  CONSTRAINT `FK_Vulns_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`),
  CONSTRAINT `FK_Vulns_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Vulns_VulnCategories_VulnCategoryId` FOREIGN KEY (`VulnCategoryId`) REFERENCES `VulnCategories` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChecklistExecutions` (
  `Id` char(36) NOT NULL,
  `ChecklistId` char(36) NOT NULL,
  `ChecklistItemId` char(36) NOT NULL,
  `Status` int(11) NOT NULL,
  `Notes` longtext DEFAULT NULL,
  `Evidence` longtext DEFAULT NULL,
  `TestedByUserId` varchar(255) DEFAULT NULL,
  `TestedDate` datetime(6) DEFAULT NULL,
  `EstimatedTimeMinutes` int(11) DEFAULT NULL,
  `ActualTimeMinutes` int(11) DEFAULT NULL,
  `DifficultyRating` int(11) DEFAULT NULL,
  `VulnId` char(36) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChecklistExecutions_ChecklistId` (`ChecklistId`),
  KEY `IX_ChecklistExecutions_ChecklistItemId` (`ChecklistItemId`),
  KEY `IX_ChecklistExecutions_TestedByUserId` (`TestedByUserId`),
  KEY `IX_ChecklistExecutions_VulnId` (`VulnId`),
  CONSTRAINT `FK_ChecklistExecutions_Checklists_ChecklistId` FOREIGN KEY (`ChecklistId`) REFERENCES `Checklists` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ChecklistExecutions_ChecklistItems_ChecklistItemId` FOREIGN KEY (`ChecklistItemId`) REFERENCES `ChecklistItems` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_ChecklistExecutions_AspNetUsers_TestedByUserId` FOREIGN KEY (`TestedByUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE SET NULL,
  CONSTRAINT `FK_ChecklistExecutions_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClientCustomFields` (
  `Id` char(36) NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Label` varchar(200) NOT NULL,
  `Type` int(11) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `IsUnique` tinyint(1) NOT NULL,
  `IsSearchable` tinyint(1) NOT NULL,
  `IsVisible` tinyint(1) NOT NULL,
  `Order` int(11) NOT NULL,
  `Options` longtext NOT NULL,
  `DefaultValue` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ClientCustomField_Name` (`Name`),
  KEY `IX_ClientCustomFields_UserId` (`UserId`),
  CONSTRAINT `FK_ClientCustomFields_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClientCustomFieldValues` (
  `Id` char(36) NOT NULL,
  `ClientId` char(36) NOT NULL,
  `ClientCustomFieldId` char(36) NOT NULL,
  `Value` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ClientCustomFieldValues_ClientCustomFieldId` (`ClientCustomFieldId`),
  KEY `IX_ClientCustomFieldValues_UserId` (`UserId`),
  UNIQUE KEY `IX_ClientCustomFieldValue_ClientId_CustomFieldId` (`ClientId`, `ClientCustomFieldId`),
  CONSTRAINT `FK_ClientCustomFieldValues_ClientCustomFields_ClientCustomFieldI` FOREIGN KEY (`ClientCustomFieldId`) REFERENCES `ClientCustomFields` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ClientCustomFieldValues_Clients_ClientId` FOREIGN KEY (`ClientId`) REFERENCES `Clients` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ClientCustomFieldValues_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cves` (
  `Id` char(36) NOT NULL,
  `CveId` varchar(20) NOT NULL,
  `Title` varchar(500) NOT NULL,
  `Description` longtext NOT NULL,
  `PublishedDate` datetime(6) NOT NULL,
  `LastModifiedDate` datetime(6) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CvssV3BaseScore` double DEFAULT NULL,
  `CvssV3Vector` varchar(100) DEFAULT NULL,
  `CvssV3Severity` varchar(20) DEFAULT NULL,
  `CvssV2BaseScore` double DEFAULT NULL,
  `CvssV2Vector` varchar(100) DEFAULT NULL,
  `CvssV2Severity` varchar(20) DEFAULT NULL,
  `EpssScore` double DEFAULT NULL,
  `EpssPercentile` double DEFAULT NULL,
  `IsKnownExploited` tinyint(1) NOT NULL,
  `KevDueDate` datetime(6) DEFAULT NULL,
  `PrimaryCweId` varchar(20) DEFAULT NULL,
  `PrimaryCweName` varchar(200) DEFAULT NULL,
  `State` varchar(20) DEFAULT NULL,
  `AssignerOrgId` varchar(100) DEFAULT NULL,
  `SourceIdentifier` varchar(100) DEFAULT NULL,
  `IsFavorite` tinyint(1) NOT NULL,
  `IsRead` tinyint(1) NOT NULL,
  `IsArchived` tinyint(1) NOT NULL,
  `Notes` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Cves_CveId` (`CveId`),
  KEY `IX_Cves_UserId` (`UserId`),
  CONSTRAINT `FK_Cves_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveConfigurations` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `CpeUri` varchar(500) NOT NULL,
  `Vendor` varchar(100) NOT NULL,
  `Product` varchar(100) NOT NULL,
  `Version` varchar(50) NOT NULL,
  `VersionStartIncluding` varchar(50) NOT NULL,
  `VersionStartExcluding` varchar(50) NOT NULL,
  `VersionEndIncluding` varchar(50) NOT NULL,
  `VersionEndExcluding` varchar(50) NOT NULL,
  `IsVulnerable` tinyint(1) NOT NULL,
  `RunningOn` varchar(100) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveConfigurations_CveId` (`CveId`),
  KEY `IX_CveConfigurations_UserId` (`UserId`),
  CONSTRAINT `FK_CveConfigurations_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveConfigurations_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cwe` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveCwe` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `CweId` int(11) NOT NULL,
  `IsPrimary` tinyint(1) NOT NULL,
  `Source` varchar(20) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveCwe_CveId` (`CveId`),
  KEY `IX_CveCwe_CweId` (`CweId`),
  KEY `IX_CveCwe_UserId` (`UserId`),
  CONSTRAINT `FK_CveCwe_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveCwe_Cwe_CweId` FOREIGN KEY (`CweId`) REFERENCES `Cwe` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveCwe_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveCweMappings` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `CweId` int(11) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `UserId` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveCweMappings_CveId` (`CveId`),
  KEY `IX_CveCweMappings_CweId` (`CweId`),
  CONSTRAINT `FK_CveCweMappings_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveCweMappings_Cwe_CweId` FOREIGN KEY (`CweId`) REFERENCES `Cwe` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveSubscriptions` (
  `Id` char(36) NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Description` varchar(500) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  `Vendor` varchar(100) NOT NULL,
  `Product` varchar(100) NOT NULL,
  `Keywords` longtext NOT NULL,
  `MinCvssScore` double DEFAULT NULL,
  `MaxCvssScore` double DEFAULT NULL,
  `MinEpssScore` double DEFAULT NULL,
  `OnlyKnownExploited` tinyint(1) NOT NULL,
  `CweFilter` longtext NOT NULL,
  `NotificationFrequency` varchar(20) NOT NULL,
  `NotificationMethod` varchar(20) NOT NULL,
  `WebhookUrl` varchar(500) NOT NULL,
  `ProjectId` char(36) DEFAULT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveSubscriptions_ProjectId` (`ProjectId`),
  KEY `IX_CveSubscriptions_UserId` (`UserId`),
  CONSTRAINT `FK_CveSubscriptions_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE SET NULL,
  CONSTRAINT `FK_CveSubscriptions_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveNotifications` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `SubscriptionId` char(36) NOT NULL,
  `Title` varchar(200) NOT NULL,
  `Message` longtext NOT NULL,
  `NotificationType` varchar(20) NOT NULL,
  `Priority` varchar(20) NOT NULL,
  `IsRead` tinyint(1) NOT NULL,
  `IsSent` tinyint(1) NOT NULL,
  `Method` varchar(20) NOT NULL,
  `Status` varchar(20) NOT NULL,
  `ErrorMessage` longtext NOT NULL,
  `RetryCount` int(11) NOT NULL,
  `NextRetryDate` datetime(6) DEFAULT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `SentDate` datetime(6) DEFAULT NULL,
  `ReadDate` datetime(6) DEFAULT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveNotifications_CveId` (`CveId`),
  KEY `IX_CveNotifications_SubscriptionId` (`SubscriptionId`),
  KEY `IX_CveNotifications_UserId` (`UserId`),
  CONSTRAINT `FK_CveNotifications_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveNotifications_CveSubscriptions_SubscriptionId` FOREIGN KEY (`SubscriptionId`) REFERENCES `CveSubscriptions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveNotifications_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveProjectMappings` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `RelevanceScore` double NOT NULL,
  `IsAutomatic` tinyint(1) NOT NULL,
  `IsValidated` tinyint(1) NOT NULL,
  `Priority` varchar(20) NOT NULL,
  `Status` varchar(20) NOT NULL,
  `Notes` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveProjectMappings_CveId` (`CveId`),
  KEY `IX_CveProjectMappings_ProjectId` (`ProjectId`),
  KEY `IX_CveProjectMappings_UserId` (`UserId`),
  CONSTRAINT `FK_CveProjectMappings_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveProjectMappings_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveProjectMappings_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveReferences` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `Url` varchar(1000) NOT NULL,
  `Name` varchar(200) NOT NULL,
  `Source` varchar(100) NOT NULL,
  `Tags` varchar(500) NOT NULL,
  `ReferenceType` varchar(50) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveReferences_CveId` (`CveId`),
  KEY `IX_CveReferences_UserId` (`UserId`),
  CONSTRAINT `FK_CveReferences_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveReferences_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveSyncSources` (
  `Id` char(36) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Url` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `IsEnabled` tinyint(1) NOT NULL,
  `ApiKey` longtext DEFAULT NULL,
  `RateLimitPerMinute` int(11) NOT NULL,
  `LastSyncDate` datetime(6) DEFAULT NULL,
  `LastSyncStatus` longtext NOT NULL,
  `LastSyncError` longtext DEFAULT NULL,
  `SyncedCveCount` int(11) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CveSyncSources_Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CveTags` (
  `Id` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `Name` varchar(50) NOT NULL,
  `Color` varchar(20) NOT NULL,
  `Description` varchar(200) NOT NULL,
  `IsSystemTag` tinyint(1) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CveTags_CveId` (`CveId`),
  KEY `IX_CveTags_UserId` (`UserId`),
  CONSTRAINT `FK_CveTags_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CveTags_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Documents` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `FilePath` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `Visibility` int(11) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Documents_UserId` (`UserId`),
  CONSTRAINT `FK_Documents_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Jira` (
  `Id` char(36) NOT NULL,
  `VulnId` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `JiraIdentifier` longtext DEFAULT NULL,
  `JiraKey` longtext DEFAULT NULL,
  `Name` longtext DEFAULT NULL,
  `Reporter` longtext DEFAULT NULL,
  `Assignee` longtext DEFAULT NULL,
  `JiraType` longtext DEFAULT NULL,
  `Label` longtext DEFAULT NULL,
  `Votes` bigint(20) DEFAULT NULL,
  `Interested` longtext DEFAULT NULL,
  `JiraCreatedDate` datetime(6) DEFAULT NULL,
  `JiraUpdatedDate` datetime(6) DEFAULT NULL,
  `JiraStatus` longtext DEFAULT NULL,
  `JiraComponent` longtext DEFAULT NULL,
  `Priority` longtext DEFAULT NULL,
  `JiraProject` longtext DEFAULT NULL,
  `Resolution` longtext DEFAULT NULL,
  `ResolutionDate` datetime(6) DEFAULT NULL,
  `DueDate` datetime(6) DEFAULT NULL,
  `SecurityLevel` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Jira_UserId` (`UserId`),
  KEY `IX_Jira_VulnId` (`VulnId`),
  CONSTRAINT `FK_Jira_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Jira_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JiraComments` (
  `Id` char(36) NOT NULL,
  `JiraId` char(36) NOT NULL,
  `JiraIdComment` longtext DEFAULT NULL,
  `Author` longtext DEFAULT NULL,
  `Body` longtext DEFAULT NULL,
  `GroupLevel` longtext DEFAULT NULL,
  `RoleLevel` longtext DEFAULT NULL,
  `CreatedDate` datetime(6) DEFAULT NULL,
  `UpdateAuthor` longtext DEFAULT NULL,
  `UpdatedDate` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_JiraComments_JiraId` (`JiraId`),
  CONSTRAINT `FK_JiraComments_Jira_JiraId` FOREIGN KEY (`JiraId`) REFERENCES `Jira` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KnowledgeBaseCategories` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Icon` longtext DEFAULT NULL,
  `Order` int(11) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_KnowledgeBaseCategories_UserId` (`UserId`),
  CONSTRAINT `FK_KnowledgeBaseCategories_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KnowledgeBase` (
  `Id` char(36) NOT NULL,
  `Title` longtext NOT NULL,
  `Content` longtext NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `CreatedUserId` varchar(255) NOT NULL,
  `UpdatedUserId` varchar(255) NOT NULL,
  `CategoryId` char(36) NOT NULL,
  `Order` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_KnowledgeBase_CategoryId` (`CategoryId`),
  KEY `IX_KnowledgeBase_CreatedUserId` (`CreatedUserId`),
  KEY `IX_KnowledgeBase_UpdatedUserId` (`UpdatedUserId`),
  CONSTRAINT `FK_KnowledgeBase_KnowledgeBaseCategories_CategoryId` FOREIGN KEY (`CategoryId`) REFERENCES `KnowledgeBaseCategories` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_KnowledgeBase_AspNetUsers_CreatedUserId` FOREIGN KEY (`CreatedUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_KnowledgeBase_AspNetUsers_UpdatedUserId` FOREIGN KEY (`UpdatedUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KnowledgeBaseTags` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KnowledgeBaseKnowledgeBaseTags` (
  `NotesId` char(36) NOT NULL,
  `TagsId` char(36) NOT NULL,
  PRIMARY KEY (`NotesId`, `TagsId`),
  KEY `IX_KnowledgeBaseKnowledgeBaseTags_TagsId` (`TagsId`),
  CONSTRAINT `FK_KnowledgeBaseKnowledgeBaseTags_KnowledgeBase_NotesId` FOREIGN KEY (`NotesId`) REFERENCES `KnowledgeBase` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_KnowledgeBaseKnowledgeBaseTags_KnowledgeBaseTags_TagsId` FOREIGN KEY (`TagsId`) REFERENCES `KnowledgeBaseTags` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Logs` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `CreatedOn` longtext NOT NULL,
  `Level` longtext NOT NULL,
  `Message` longtext NOT NULL,
  `StackTrace` longtext NOT NULL,
  `Exception` longtext NOT NULL,
  `Logger` longtext NOT NULL,
  `Url` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notes` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Notes_UserId` (`UserId`),
  CONSTRAINT `FK_Notes_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectAttachments` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `FilePath` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProjectAttachments_ProjectId` (`ProjectId`),
  KEY `IX_ProjectAttachments_UserId` (`UserId`),
  CONSTRAINT `FK_ProjectAttachments_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ProjectAttachments_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectCustomFields` (
  `Id` char(36) NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Label` varchar(200) NOT NULL,
  `Type` int(11) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `IsUnique` tinyint(1) NOT NULL,
  `IsSearchable` tinyint(1) NOT NULL,
  `IsVisible` tinyint(1) NOT NULL,
  `Order` int(11) NOT NULL,
  `Options` longtext NOT NULL,
  `DefaultValue` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ProjectCustomField_Name` (`Name`),
  KEY `IX_ProjectCustomFields_UserId` (`UserId`),
  CONSTRAINT `FK_ProjectCustomFields_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectCustomFieldValues` (
  `Id` char(36) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `ProjectCustomFieldId` char(36) NOT NULL,
  `Value` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProjectCustomFieldValues_ProjectCustomFieldId` (`ProjectCustomFieldId`),
  KEY `IX_ProjectCustomFieldValues_UserId` (`UserId`),
  UNIQUE KEY `IX_ProjectCustomFieldValue_ProjectId_CustomFieldId` (`ProjectId`, `ProjectCustomFieldId`),
  CONSTRAINT `FK_ProjectCustomFieldValues_ProjectCustomFields_ProjectCustomFie` FOREIGN KEY (`ProjectCustomFieldId`) REFERENCES `ProjectCustomFields` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ProjectCustomFieldValues_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ProjectCustomFieldValues_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectNotes` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `Visibility` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProjectNotes_ProjectId` (`ProjectId`),
  KEY `IX_ProjectNotes_UserId` (`UserId`),
  CONSTRAINT `FK_ProjectNotes_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ProjectNotes_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProjectUsers` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProjectUsers_ProjectId` (`ProjectId`),
  KEY `IX_ProjectUsers_UserId` (`UserId`),
  CONSTRAINT `FK_ProjectUsers_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ProjectUsers_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReportComponents` (
  `Id` char(36) NOT NULL,
  `Content` longtext NOT NULL,
  `Language` int(11) NOT NULL,
  `ComponentType` int(11) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `Name` longtext NOT NULL,
  `Updated` datetime(6) NOT NULL,
  `ContentCss` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReportTemplates` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Language` int(11) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ReportType` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ReportTemplates_UserId` (`UserId`),
  CONSTRAINT `FK_ReportTemplates_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReportParts` (
  `Id` char(36) NOT NULL,
  `ComponentId` char(36) NOT NULL,
  `TemplateId` char(36) NOT NULL,
  `Order` int(11) NOT NULL,
  `PartType` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ReportParts_ComponentId` (`ComponentId`),
  KEY `IX_ReportParts_TemplateId` (`TemplateId`),
  CONSTRAINT `FK_ReportParts_ReportComponents_ComponentId` FOREIGN KEY (`ComponentId`) REFERENCES `ReportComponents` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ReportParts_ReportTemplates_TemplateId` FOREIGN KEY (`TemplateId`) REFERENCES `ReportTemplates` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Reports` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Version` longtext NOT NULL,
  `Language` int(11) NOT NULL,
  `HtmlCode` longtext NOT NULL,
  `ReportType` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Reports_ProjectId` (`ProjectId`),
  KEY `IX_Reports_UserId` (`UserId`),
  CONSTRAINT `FK_Reports_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Reports_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssCategory` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssSource` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Url` longtext NOT NULL,
  `ImagePath` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `CategoryId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_RssSource_CategoryId` (`CategoryId`),
  KEY `IX_RssSource_UserId` (`UserId`),
  CONSTRAINT `FK_RssSource_RssCategory_CategoryId` FOREIGN KEY (`CategoryId`) REFERENCES `RssCategory` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_RssSource_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssNews` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `SourceId` char(36) NOT NULL,
  `Title` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Link` longtext NOT NULL,
  `PublishDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_RssNews_SourceId` (`SourceId`),
  KEY `IX_RssNews_UserId` (`UserId`),
  CONSTRAINT `FK_RssNews_RssSource_SourceId` FOREIGN KEY (`SourceId`) REFERENCES `RssSource` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_RssNews_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TargetCustomFields` (
  `Id` char(36) NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Label` varchar(200) NOT NULL,
  `Type` int(11) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `IsUnique` tinyint(1) NOT NULL,
  `IsSearchable` tinyint(1) NOT NULL,
  `IsVisible` tinyint(1) NOT NULL,
  `Order` int(11) NOT NULL,
  `Options` longtext NOT NULL,
  `DefaultValue` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_TargetCustomField_Name` (`Name`),
  KEY `IX_TargetCustomFields_UserId` (`UserId`),
  CONSTRAINT `FK_TargetCustomFields_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TargetCustomFieldValues` (
  `Id` char(36) NOT NULL,
  `TargetId` char(36) NOT NULL,
  `TargetCustomFieldId` char(36) NOT NULL,
  `Value` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TargetCustomFieldValues_TargetCustomFieldId` (`TargetCustomFieldId`),
  KEY `IX_TargetCustomFieldValues_UserId` (`UserId`),
  UNIQUE KEY `IX_TargetCustomFieldValue_TargetId_CustomFieldId` (`TargetId`, `TargetCustomFieldId`),
  CONSTRAINT `FK_TargetCustomFieldValues_TargetCustomFields_TargetCustomFieldI` FOREIGN KEY (`TargetCustomFieldId`) REFERENCES `TargetCustomFields` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TargetCustomFieldValues_Targets_TargetId` FOREIGN KEY (`TargetId`) REFERENCES `Targets` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TargetCustomFieldValues_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TargetServices` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `TargetId` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Port` int(11) NOT NULL,
  `Version` longtext NOT NULL,
  `Note` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TargetServices_TargetId` (`TargetId`),
  KEY `IX_TargetServices_UserId` (`UserId`),
  CONSTRAINT `FK_TargetServices_Targets_TargetId` FOREIGN KEY (`TargetId`) REFERENCES `Targets` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TargetServices_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tasks` (
  `Id` char(36) NOT NULL,
  `Template` tinyint(1) NOT NULL,
  `CreatedUserId` varchar(255) NOT NULL,
  `AsignedUserId` varchar(255) DEFAULT NULL,
  `ProjectId` char(36) DEFAULT NULL,
  `StartDate` datetime(6) NOT NULL,
  `EndDate` datetime(6) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `Status` int(11) NOT NULL,
  `ClosedDate` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Tasks_AsignedUserId` (`AsignedUserId`),
  KEY `IX_Tasks_CreatedUserId` (`CreatedUserId`),
  KEY `IX_Tasks_ProjectId` (`ProjectId`),
  CONSTRAINT `FK_Tasks_AspNetUsers_AsignedUserId` FOREIGN KEY (`AsignedUserId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Tasks_AspNetUsers_CreatedUserId` FOREIGN KEY (`CreatedUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Tasks_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskAttachments` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `FilePath` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `TaskId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TaskAttachments_TaskId` (`TaskId`),
  KEY `IX_TaskAttachments_UserId` (`UserId`),
  CONSTRAINT `FK_TaskAttachments_Tasks_TaskId` FOREIGN KEY (`TaskId`) REFERENCES `Tasks` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TaskAttachments_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskNotes` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `TaskId` char(36) NOT NULL,
  `Visibility` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TaskNotes_TaskId` (`TaskId`),
  KEY `IX_TaskNotes_UserId` (`UserId`),
  CONSTRAINT `FK_TaskNotes_Tasks_TaskId` FOREIGN KEY (`TaskId`) REFERENCES `Tasks` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TaskNotes_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskTargets` (
  `Id` char(36) NOT NULL,
  `TaskId` char(36) NOT NULL,
  `TargetId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TaskTargets_TargetId` (`TargetId`),
  KEY `IX_TaskTargets_TaskId` (`TaskId`),
  CONSTRAINT `FK_TaskTargets_Targets_TargetId` FOREIGN KEY (`TargetId`) REFERENCES `Targets` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_TaskTargets_Tasks_TaskId` FOREIGN KEY (`TaskId`) REFERENCES `Tasks` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Vaults` (
  `Id` char(36) NOT NULL,
  `ProjectId` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Type` int(11) NOT NULL,
  `Description` longtext NOT NULL,
  `Value` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Vaults_ProjectId` (`ProjectId`),
  KEY `IX_Vaults_UserId` (`UserId`),
  CONSTRAINT `FK_Vaults_Projects_ProjectId` FOREIGN KEY (`ProjectId`) REFERENCES `Projects` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Vaults_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnAttachments` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `FilePath` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `VulnId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnAttachments_UserId` (`UserId`),
  KEY `IX_VulnAttachments_VulnId` (`VulnId`),
  CONSTRAINT `FK_VulnAttachments_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnAttachments_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnCustomFields` (
  `Id` char(36) NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Label` varchar(200) NOT NULL,
  `Type` int(11) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `IsUnique` tinyint(1) NOT NULL,
  `IsSearchable` tinyint(1) NOT NULL,
  `IsVisible` tinyint(1) NOT NULL,
  `Order` int(11) NOT NULL,
  `Options` longtext NOT NULL,
  `DefaultValue` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_VulnCustomField_Name` (`Name`),
  KEY `IX_VulnCustomFields_UserId` (`UserId`),
  CONSTRAINT `FK_VulnCustomFields_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnCustomFieldValues` (
  `Id` char(36) NOT NULL,
  `VulnId` char(36) NOT NULL,
  `VulnCustomFieldId` char(36) NOT NULL,
  `Value` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnCustomFieldValues_UserId` (`UserId`),
  KEY `IX_VulnCustomFieldValues_VulnCustomFieldId` (`VulnCustomFieldId`),
  UNIQUE KEY `IX_VulnCustomFieldValue_VulnId_CustomFieldId` (`VulnId`, `VulnCustomFieldId`),
  CONSTRAINT `FK_VulnCustomFieldValues_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnCustomFieldValues_VulnCustomFields_VulnCustomFieldId` FOREIGN KEY (`VulnCustomFieldId`) REFERENCES `VulnCustomFields` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnCustomFieldValues_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnCve` (
  `Id` char(36) NOT NULL,
  `VulnId` char(36) NOT NULL,
  `CveId` char(36) NOT NULL,
  `RelevanceScore` double NOT NULL,
  `IsAutomatic` tinyint(1) NOT NULL,
  `IsValidated` tinyint(1) NOT NULL,
  `Notes` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `ModifiedDate` datetime(6) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnCve_CveId` (`CveId`),
  KEY `IX_VulnCve_UserId` (`UserId`),
  KEY `IX_VulnCve_VulnId` (`VulnId`),
  CONSTRAINT `FK_VulnCve_Cves_CveId` FOREIGN KEY (`CveId`) REFERENCES `Cves` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnCve_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnCve_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnCwe` (
  `Id` char(36) NOT NULL,
  `CweId` int(11) NOT NULL,
  `VulnId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnCwe_CweId` (`CweId`),
  KEY `IX_VulnCwe_VulnId` (`VulnId`),
  CONSTRAINT `FK_VulnCwe_Cwe_CweId` FOREIGN KEY (`CweId`) REFERENCES `Cwe` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnCwe_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnNotes` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `Description` longtext NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `VulnId` char(36) NOT NULL,
  `Visibility` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnNotes_UserId` (`UserId`),
  KEY `IX_VulnNotes_VulnId` (`VulnId`),
  CONSTRAINT `FK_VulnNotes_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnNotes_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VulnTargets` (
  `Id` char(36) NOT NULL,
  `VulnId` char(36) NOT NULL,
  `TargetId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_VulnTargets_TargetId` (`TargetId`),
  KEY `IX_VulnTargets_VulnId` (`VulnId`),
  CONSTRAINT `FK_VulnTargets_Targets_TargetId` FOREIGN KEY (`TargetId`) REFERENCES `Targets` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_VulnTargets_Vulns_VulnId` FOREIGN KEY (`VulnId`) REFERENCES `Vulns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


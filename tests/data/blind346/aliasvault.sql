-- AliasVault (aliasvault/aliasvault, AGPL-3.0), commit 95903e926f757046ef32feb7ca147900de0a6802.
-- Server database: the 17 EF Core migrations of apps/server/Databases/AliasServerDb/Migrations (Npgsql)
-- replayed in order as MySQL statements with Pomelo's type mapping (text -> longtext, or varchar(255)
-- where the column is a key or indexed; timestamp -> datetime(6); boolean -> tinyint(1); uuid ->
-- char(36); bytea -> longblob); data-only SQL steps skipped. Checked against the model snapshot.
-- Client vault database (the encrypted SQLite vault each client keeps and syncs as Vaults.VaultBlob):
-- the final state of apps/server/Databases/AliasClientDb/Scripts/MigrationSql/000_FullSchema.sql,
-- typed by the CLR types of AliasClientDbContextModelSnapshot.cs with the same mapping. The
-- __EFMigrationsHistory tables are left out. Tables as MariaDB writes them, in foreign-key order.
CREATE TABLE `AdminRoles` (
  `Id` varchar(255) NOT NULL,
  `Name` longtext DEFAULT NULL,
  `NormalizedName` longtext DEFAULT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AdminUsers` (
  `Id` varchar(255) NOT NULL,
  `LastPasswordChanged` datetime(6) DEFAULT NULL,
  `UserName` longtext DEFAULT NULL,
  `NormalizedUserName` longtext DEFAULT NULL,
  `Email` longtext DEFAULT NULL,
  `NormalizedEmail` longtext DEFAULT NULL,
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
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AliasVaultRoles` (
  `Id` varchar(255) NOT NULL,
  `Name` longtext DEFAULT NULL,
  `NormalizedName` longtext DEFAULT NULL,
  `ConcurrencyStamp` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `DataProtectionKeys` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `FriendlyName` longtext DEFAULT NULL,
  `Xml` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Logs` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Application` varchar(50) NOT NULL,
  `SourceContext` varchar(255) NOT NULL,
  `Message` longtext NOT NULL,
  `MessageTemplate` longtext NOT NULL,
  `Level` varchar(128) NOT NULL,
  `TimeStamp` datetime(6) NOT NULL,
  `Exception` longtext NOT NULL,
  `Properties` longtext NOT NULL,
  `LogEvent` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Logs_Application` (`Application`),
  KEY `IX_Logs_TimeStamp` (`TimeStamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RoleClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `RoleId` longtext DEFAULT NULL,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ServerSettings` (
  `Key` varchar(255) NOT NULL,
  `Value` longtext DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TaskRunnerJobs` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL,
  `RunDate` datetime(6) NOT NULL,
  `StartTime` time(6) NOT NULL,
  `EndTime` time(6) DEFAULT NULL,
  `Status` int(11) NOT NULL,
  `ErrorMessage` longtext DEFAULT NULL,
  `IsOnDemand` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserClaims` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `UserId` longtext DEFAULT NULL,
  `ClaimType` longtext DEFAULT NULL,
  `ClaimValue` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserLogins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` longtext DEFAULT NULL,
  `UserId` longtext DEFAULT NULL,
  PRIMARY KEY (`LoginProvider`,`ProviderKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserRoles` (
  `UserId` varchar(255) NOT NULL,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`UserId`,`RoleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserTokens` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` longtext DEFAULT NULL,
  PRIMARY KEY (`UserId`,`LoginProvider`,`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `WorkerServiceStatuses` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `ServiceName` varchar(255) NOT NULL,
  `CurrentStatus` varchar(50) NOT NULL,
  `DesiredStatus` varchar(50) NOT NULL,
  `Heartbeat` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AliasVaultUsers` (
  `Id` varchar(255) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `PasswordChangedAt` datetime(6) NOT NULL,
  `Blocked` tinyint(1) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `UserName` longtext DEFAULT NULL,
  `NormalizedUserName` longtext DEFAULT NULL,
  `Email` longtext DEFAULT NULL,
  `NormalizedEmail` longtext DEFAULT NULL,
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
  `MaxEmailAgeDays` int(11) NOT NULL DEFAULT 0,
  `MaxEmails` int(11) NOT NULL DEFAULT 0,
  `LastActivityDate` datetime(6) DEFAULT NULL,
  `EmailsReceived` int(11) NOT NULL DEFAULT 0,
  `SrpIdentity` varchar(255) DEFAULT NULL,
  `BlockedAt` datetime(6) DEFAULT NULL,
  `ShadowBlocked` tinyint(1) NOT NULL DEFAULT 0,
  `ShadowBlockedAt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserEncryptionKeys` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `PublicKey` varchar(2000) NOT NULL,
  `IsPrimary` tinyint(1) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_UserEncryptionKeys_UserId` (`UserId`),
  CONSTRAINT `FK_UserEncryptionKeys_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AliasVaultUserRefreshTokens` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `DeviceIdentifier` longtext NOT NULL,
  `IpAddress` varchar(45) DEFAULT NULL,
  `Value` varchar(255) NOT NULL,
  `PreviousTokenValue` varchar(255) DEFAULT NULL,
  `ExpireDate` datetime(6) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AliasVaultUserRefreshTokens_UserId` (`UserId`),
  CONSTRAINT `FK_AliasVaultUserRefreshTokens_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AuthLogs` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Timestamp` datetime(6) NOT NULL,
  `Username` varchar(255) NOT NULL,
  `EventType` int(11) NOT NULL,
  `IsSuccess` tinyint(1) NOT NULL,
  `FailureReason` int(11) DEFAULT NULL,
  `IpAddress` varchar(50) DEFAULT NULL,
  `DeviceType` varchar(100) DEFAULT NULL,
  `OperatingSystem` varchar(100) DEFAULT NULL,
  `Browser` varchar(100) DEFAULT NULL,
  `Country` varchar(50) DEFAULT NULL,
  `AdditionalInfo` varchar(255) DEFAULT NULL,
  `RequestPath` varchar(100) DEFAULT NULL,
  `IsSuspiciousActivity` tinyint(1) NOT NULL,
  `Client` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_EventType` (`EventType`),
  KEY `IX_IpAddress` (`IpAddress`),
  KEY `IX_Timestamp` (`Timestamp`),
  KEY `IX_Username_IsSuccess_Timestamp` (`Username`,`IsSuccess`,`Timestamp`),
  KEY `IX_Username_Timestamp` (`Username`,`Timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `BlockedIpRanges` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `IpRange` varchar(50) NOT NULL,
  `BlockRegistration` tinyint(1) NOT NULL,
  `BlockLogin` tinyint(1) NOT NULL,
  `BlockShadow` tinyint(1) NOT NULL,
  `Reason` varchar(500) DEFAULT NULL,
  `Enabled` tinyint(1) NOT NULL,
  `CreatedBy` varchar(255) DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_BlockedIpRange_IpRange` (`IpRange`),
  KEY `IX_BlockedIpRange_Enabled` (`Enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Emails` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `UserEncryptionKeyId` char(36) NOT NULL,
  `EncryptedSymmetricKey` longtext NOT NULL,
  `Subject` longtext NOT NULL,
  `From` longtext NOT NULL,
  `FromLocal` longtext NOT NULL,
  `FromDomain` longtext NOT NULL,
  `To` varchar(255) NOT NULL,
  `ToLocal` varchar(255) NOT NULL,
  `ToDomain` longtext NOT NULL,
  `Date` datetime(6) NOT NULL,
  `DateSystem` datetime(6) NOT NULL,
  `MessageHtml` longtext DEFAULT NULL,
  `MessagePlain` longtext DEFAULT NULL,
  `MessagePreview` longtext DEFAULT NULL,
  `MessageSource` longtext NOT NULL,
  `Visible` tinyint(1) NOT NULL,
  `PushNotificationSent` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Emails_Date` (`Date`),
  KEY `IX_Emails_DateSystem` (`DateSystem`),
  KEY `IX_Emails_PushNotificationSent` (`PushNotificationSent`),
  KEY `IX_Emails_UserEncryptionKeyId` (`UserEncryptionKeyId`),
  KEY `IX_Emails_Visible` (`Visible`),
  KEY `IX_Emails_To_DateSystem` (`To`,`DateSystem`),
  CONSTRAINT `FK_Emails_UserEncryptionKeys_UserEncryptionKeyId` FOREIGN KEY (`UserEncryptionKeyId`) REFERENCES `UserEncryptionKeys` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailAttachments` (
  `Id` int(11) NOT NULL AUTO_INCREMENT,
  `Bytes` longblob NOT NULL,
  `Filename` longtext NOT NULL,
  `MimeType` longtext NOT NULL,
  `Filesize` int(11) NOT NULL,
  `Date` datetime(6) NOT NULL,
  `EmailId` int(11) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_EmailAttachments_EmailId` (`EmailId`),
  CONSTRAINT `FK_EmailAttachments_Emails_EmailId` FOREIGN KEY (`EmailId`) REFERENCES `Emails` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `MobileLoginRequests` (
  `Id` varchar(255) NOT NULL,
  `ClientPublicKey` longtext NOT NULL,
  `EncryptedDecryptionKey` longtext DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `FulfilledAt` datetime(6) DEFAULT NULL,
  `RetrievedAt` datetime(6) DEFAULT NULL,
  `ClearedAt` datetime(6) DEFAULT NULL,
  `ClientIpAddress` varchar(255) DEFAULT NULL,
  `MobileIpAddress` varchar(255) DEFAULT NULL,
  `UserId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ClientIpAddress` (`ClientIpAddress`),
  KEY `IX_CreatedAt` (`CreatedAt`),
  KEY `IX_MobileIpAddress` (`MobileIpAddress`),
  KEY `IX_RetrievedAt_ClearedAt_FulfilledAt` (`RetrievedAt`,`ClearedAt`,`FulfilledAt`),
  KEY `IX_UserId` (`UserId`),
  CONSTRAINT `FK_MobileLoginRequests_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RateLimits` (
  `Id` char(36) NOT NULL,
  `LimitType` int(11) NOT NULL,
  `UserId` varchar(255) DEFAULT NULL,
  `Tier` int(11) DEFAULT NULL,
  `WindowSeconds` int(11) NOT NULL,
  `MaxCount` int(11) NOT NULL,
  `AppliesToAccountAgeMaxDays` int(11) DEFAULT NULL,
  `Enabled` tinyint(1) NOT NULL,
  `Notes` varchar(1000) DEFAULT NULL,
  `EffectiveFrom` datetime(6) DEFAULT NULL,
  `EffectiveUntil` datetime(6) DEFAULT NULL,
  `CreatedBy` varchar(255) DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_RateLimits_LimitType_Enabled` (`LimitType`,`Enabled`),
  KEY `IX_RateLimits_Tier` (`Tier`),
  KEY `IX_RateLimits_UserId` (`UserId`),
  CONSTRAINT `FK_RateLimits_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserEmailClaims` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) DEFAULT NULL,
  `Address` varchar(255) NOT NULL,
  `AddressLocal` varchar(255) NOT NULL,
  `AddressDomain` varchar(255) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `Disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_UserEmailClaims_Address` (`Address`),
  KEY `IX_UserEmailClaims_UserId_Disabled` (`UserId`,`Disabled`),
  KEY `IX_UserEmailClaims_UserId_CreatedAt` (`UserId`,`CreatedAt`),
  CONSTRAINT `FK_UserEmailClaims_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Vaults` (
  `Id` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `VaultBlob` longtext NOT NULL,
  `Version` varchar(255) NOT NULL,
  `RevisionNumber` bigint(20) NOT NULL,
  `FileSize` int(11) NOT NULL,
  `Salt` varchar(100) NOT NULL,
  `Verifier` varchar(1000) NOT NULL,
  `CredentialsCount` int(11) NOT NULL,
  `EmailClaimsCount` int(11) NOT NULL,
  `EncryptionType` longtext NOT NULL,
  `EncryptionSettings` longtext NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `Client` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Vaults_UserId` (`UserId`),
  CONSTRAINT `FK_Vaults_AliasVaultUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AliasVaultUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EncryptionKeys` (
  `Id` char(36) NOT NULL,
  `PublicKey` longtext NOT NULL,
  `PrivateKey` longtext NOT NULL,
  `IsPrimary` tinyint(1) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FieldDefinitions` (
  `Id` char(36) NOT NULL,
  `FieldType` longtext NOT NULL,
  `Label` longtext NOT NULL,
  `IsMultiValue` tinyint(1) NOT NULL,
  `IsHidden` tinyint(1) NOT NULL,
  `EnableHistory` tinyint(1) NOT NULL,
  `Weight` int(11) NOT NULL,
  `ApplicableToTypes` longtext DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Folders` (
  `Id` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `ParentFolderId` char(36) DEFAULT NULL,
  `Weight` int(11) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Folders_ParentFolderId` (`ParentFolderId`),
  CONSTRAINT `FK_Folders_Folders_ParentFolderId` FOREIGN KEY (`ParentFolderId`) REFERENCES `Folders` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Logos` (
  `Id` char(36) NOT NULL,
  `Source` varchar(255) NOT NULL,
  `FileData` longblob DEFAULT NULL,
  `MimeType` longtext DEFAULT NULL,
  `FetchedAt` datetime(6) DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Logos_Source` (`Source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Items` (
  `Id` char(36) NOT NULL,
  `Name` longtext DEFAULT NULL,
  `ItemType` longtext NOT NULL,
  `LogoId` char(36) DEFAULT NULL,
  `DeletedAt` datetime(6) DEFAULT NULL,
  `FolderId` char(36) DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Items_LogoId` (`LogoId`),
  KEY `IX_Items_FolderId` (`FolderId`),
  CONSTRAINT `FK_Items_Folders_FolderId` FOREIGN KEY (`FolderId`) REFERENCES `Folders` (`Id`) ON DELETE SET NULL,
  CONSTRAINT `FK_Items_Logos_LogoId` FOREIGN KEY (`LogoId`) REFERENCES `Logos` (`Id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Attachments` (
  `Id` char(36) NOT NULL,
  `Blob` longblob NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `Filename` longtext NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Attachments_ItemId` (`ItemId`),
  CONSTRAINT `FK_Attachments_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FieldHistories` (
  `Id` char(36) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `FieldDefinitionId` char(36) DEFAULT NULL,
  `FieldKey` longtext DEFAULT NULL,
  `ValueSnapshot` longtext NOT NULL,
  `ChangedAt` datetime(6) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_FieldHistories_ItemId` (`ItemId`),
  KEY `IX_FieldHistories_FieldDefinitionId` (`FieldDefinitionId`),
  CONSTRAINT `FK_FieldHistories_FieldDefinitions_FieldDefinitionId` FOREIGN KEY (`FieldDefinitionId`) REFERENCES `FieldDefinitions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FieldHistories_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FieldValues` (
  `Id` char(36) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `FieldDefinitionId` char(36) DEFAULT NULL,
  `FieldKey` varchar(255) DEFAULT NULL,
  `Value` longtext DEFAULT NULL,
  `Weight` int(11) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_FieldValues_ItemId_FieldKey` (`ItemId`,`FieldKey`),
  KEY `IX_FieldValues_ItemId_FieldDefinitionId_Weight` (`ItemId`,`FieldDefinitionId`,`Weight`),
  KEY `IX_FieldValues_ItemId` (`ItemId`),
  KEY `IX_FieldValues_FieldKey` (`FieldKey`),
  KEY `IX_FieldValues_FieldDefinitionId` (`FieldDefinitionId`),
  CONSTRAINT `FK_FieldValues_FieldDefinitions_FieldDefinitionId` FOREIGN KEY (`FieldDefinitionId`) REFERENCES `FieldDefinitions` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FieldValues_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Passkeys` (
  `Id` char(36) NOT NULL,
  `AdditionalData` longblob DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `DisplayName` longtext NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `PrfKey` longblob DEFAULT NULL,
  `PrivateKey` longtext NOT NULL,
  `PublicKey` longtext NOT NULL,
  `RpId` varchar(255) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `UserHandle` longblob NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Passkeys_RpId` (`RpId`),
  KEY `IX_Passkeys_ItemId` (`ItemId`),
  CONSTRAINT `FK_Passkeys_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Settings` (
  `Key` varchar(255) NOT NULL,
  `Value` longtext DEFAULT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Tags` (
  `Id` char(36) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Color` longtext DEFAULT NULL,
  `DisplayOrder` int(11) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Tags_Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ItemTags` (
  `Id` char(36) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `TagId` char(36) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ItemTags_ItemId_TagId` (`ItemId`,`TagId`),
  KEY `IX_ItemTags_TagId` (`TagId`),
  KEY `IX_ItemTags_ItemId` (`ItemId`),
  CONSTRAINT `FK_ItemTags_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ItemTags_Tags_TagId` FOREIGN KEY (`TagId`) REFERENCES `Tags` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TotpCodes` (
  `Id` char(36) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ItemId` char(36) NOT NULL,
  `Name` longtext NOT NULL,
  `SecretKey` longtext NOT NULL,
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TotpCodes_ItemId` (`ItemId`),
  CONSTRAINT `FK_TotpCodes_Items_ItemId` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

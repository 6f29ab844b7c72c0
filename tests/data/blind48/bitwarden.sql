-- Bitwarden server (password manager server), trimmed MySQL DDL written from its EF Core model for MySQL.
-- Upstream: github.com/bitwarden/server, commit ac309aa19ed351406a56032d5f26a7a9a99f4abd (AGPL-3.0; some modules under
-- the source-available Bitwarden License, see LICENSE_FAQ.md);
-- util/MySqlMigrations/Migrations/DatabaseContextModelSnapshot.cs (last changed in commit bc454044), i.e. the state
-- the MySQL migrations build (the same tables as src/Sql/dbo/**/Tables/*.sql for SQL Server). 42 of its 62 tables,
-- every column with the snapshot's MySQL column types, nullability and defaults, primary keys and the foreign keys
-- between kept tables (left out: Collection.AccessRuleId -> AccessRule); secondary indexes left out. AccessPolicy is one
-- table for nine entity types (table-per-hierarchy with a Discriminator column), its subtype columns nullable.

-- entity Models.User
CREATE TABLE `User` (
  `Id` char(36) NOT NULL,
  `AccountRevisionDate` datetime(6) NOT NULL,
  `ApiKey` varchar(30) NOT NULL,
  `AvatarColor` varchar(7),
  `CreationDate` datetime(6) NOT NULL,
  `Culture` varchar(10) NOT NULL,
  `Email` varchar(256) NOT NULL,
  `EmailVerified` tinyint(1) NOT NULL,
  `EquivalentDomains` longtext,
  `ExcludedGlobalEquivalentDomains` longtext,
  `FailedLoginCount` int NOT NULL,
  `ForcePasswordReset` tinyint(1) NOT NULL,
  `Gateway` tinyint unsigned,
  `GatewayCustomerId` varchar(50),
  `GatewaySubscriptionId` varchar(50),
  `Kdf` tinyint unsigned NOT NULL,
  `KdfIterations` int NOT NULL,
  `KdfMemory` int,
  `KdfParallelism` int,
  `Key` longtext,
  `LastApiKeyRotationDate` datetime(6),
  `LastEmailChangeDate` datetime(6),
  `LastFailedLoginDate` datetime(6),
  `LastKdfChangeDate` datetime(6),
  `LastKeyRotationDate` datetime(6),
  `LastPasswordChangeDate` datetime(6),
  `LicenseKey` varchar(100),
  `MasterPassword` varchar(300),
  `MasterPasswordHint` varchar(50),
  `MasterPasswordSalt` varchar(256),
  `MaxStorageGb` smallint,
  `Name` varchar(50),
  `Premium` tinyint(1) NOT NULL,
  `PremiumExpirationDate` datetime(6),
  `PrivateKey` longtext,
  `PublicKey` longtext,
  `ReferenceData` longtext,
  `RenewalReminderDate` datetime(6),
  `RevisionDate` datetime(6) NOT NULL,
  `SecurityStamp` varchar(50) NOT NULL,
  `SecurityState` longtext,
  `SecurityVersion` int,
  `SignedPublicKey` longtext,
  `Storage` bigint,
  `TwoFactorProviders` longtext,
  `TwoFactorRecoveryCode` varchar(32),
  `UserKeyId` varchar(32),
  `UsesKeyConnector` tinyint(1) NOT NULL,
  `V2UpgradeToken` longtext,
  `VerifyDevices` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Organization
CREATE TABLE `Organization` (
  `Id` char(36) NOT NULL,
  `AllowAdminAccessToAllCollectionItems` tinyint(1) NOT NULL DEFAULT TRUE,
  `BillingEmail` varchar(256) NOT NULL,
  `BusinessAddress1` varchar(50),
  `BusinessAddress2` varchar(50),
  `BusinessAddress3` varchar(50),
  `BusinessCountry` varchar(2),
  `BusinessName` varchar(50),
  `BusinessTaxNumber` varchar(30),
  `CreationDate` datetime(6) NOT NULL,
  `Enabled` tinyint(1) NOT NULL,
  `ExemptFromBillingAutomation` tinyint(1) NOT NULL,
  `ExpirationDate` datetime(6),
  `Gateway` tinyint unsigned,
  `GatewayCustomerId` varchar(50),
  `GatewaySubscriptionId` varchar(50),
  `Identifier` varchar(50),
  `LicenseKey` varchar(100),
  `LimitCollectionCreation` tinyint(1) NOT NULL,
  `LimitCollectionDeletion` tinyint(1) NOT NULL,
  `LimitItemDeletion` tinyint(1) NOT NULL,
  `MaxAutoscaleSeats` int,
  `MaxAutoscaleSmSeats` int,
  `MaxAutoscaleSmServiceAccounts` int,
  `MaxCollections` smallint,
  `MaxStorageGb` smallint,
  `Name` varchar(50) NOT NULL,
  `OwnersNotifiedOfAutoscaling` datetime(6),
  `Plan` varchar(50) NOT NULL,
  `PlanType` tinyint unsigned NOT NULL,
  `PrivateKey` longtext,
  `PublicKey` longtext,
  `ReferenceData` longtext,
  `RevisionDate` datetime(6) NOT NULL,
  `Seats` int,
  `SelfHost` tinyint(1) NOT NULL,
  `SmSeats` int,
  `SmServiceAccounts` int,
  `Status` tinyint unsigned NOT NULL,
  `Storage` bigint,
  `SyncSeats` tinyint(1) NOT NULL,
  `TwoFactorProviders` longtext,
  `Use2fa` tinyint(1) NOT NULL,
  `UseAdminSponsoredFamilies` tinyint(1) NOT NULL,
  `UseApi` tinyint(1) NOT NULL,
  `UseAutomaticUserConfirmation` tinyint(1) NOT NULL,
  `UseCustomPermissions` tinyint(1) NOT NULL,
  `UseDirectory` tinyint(1) NOT NULL,
  `UseDisableSmAdsForUsers` tinyint(1) NOT NULL,
  `UseEvents` tinyint(1) NOT NULL,
  `UseGroups` tinyint(1) NOT NULL,
  `UseInviteLinks` tinyint(1) NOT NULL,
  `UseKeyConnector` tinyint(1) NOT NULL,
  `UseMyItems` tinyint(1) NOT NULL,
  `UseOrganizationDomains` tinyint(1) NOT NULL,
  `UsePam` tinyint(1) NOT NULL,
  `UsePasswordManager` tinyint(1) NOT NULL,
  `UsePhishingBlocker` tinyint(1) NOT NULL,
  `UsePolicies` tinyint(1) NOT NULL,
  `UseResetPassword` tinyint(1) NOT NULL,
  `UseRiskInsights` tinyint(1) NOT NULL,
  `UseScim` tinyint(1) NOT NULL,
  `UseSecretsManager` tinyint(1) NOT NULL,
  `UseSso` tinyint(1) NOT NULL,
  `UseTotp` tinyint(1) NOT NULL,
  `UsersGetPremium` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Models.OrganizationUser
CREATE TABLE `OrganizationUser` (
  `Id` char(36) NOT NULL,
  `AccessPam` tinyint(1) NOT NULL,
  `AccessSecretsManager` tinyint(1) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Email` varchar(256),
  `ExternalId` varchar(300),
  `Key` longtext,
  `OrganizationId` char(36) NOT NULL,
  `Permissions` longtext,
  `ResetPasswordKey` longtext,
  `RevisionDate` datetime(6) NOT NULL,
  `RevocationReason` tinyint unsigned,
  `Status` smallint NOT NULL,
  `StatusNew` smallint,
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36),
  `V2UpgradeToken` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Vault.Models.Cipher
CREATE TABLE `Cipher` (
  `Id` char(36) NOT NULL,
  `Archives` longtext,
  `Attachments` longtext,
  `CreationDate` datetime(6) NOT NULL,
  `Data` longtext,
  `DeletedDate` datetime(6),
  `Favorites` longtext,
  `Folders` longtext,
  `Key` longtext,
  `OrganizationId` char(36),
  `Reprompt` tinyint unsigned,
  `RevisionDate` datetime(6) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Vault.Models.Folder
CREATE TABLE `Folder` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Name` longtext,
  `RevisionDate` datetime(6) NOT NULL,
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Collection
CREATE TABLE `Collection` (
  `Id` char(36) NOT NULL,
  `AccessRuleId` char(36),
  `CreationDate` datetime(6) NOT NULL,
  `DefaultUserCollectionEmail` longtext,
  `ExternalId` varchar(300),
  `Name` longtext NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Models.CollectionCipher
CREATE TABLE `CollectionCipher` (
  `CollectionId` char(36) NOT NULL,
  `CipherId` char(36) NOT NULL,
  PRIMARY KEY (`CollectionId`, `CipherId`),
  FOREIGN KEY (`CipherId`) REFERENCES `Cipher` (`Id`),
  FOREIGN KEY (`CollectionId`) REFERENCES `Collection` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.CollectionUser
CREATE TABLE `CollectionUsers` (
  `CollectionId` char(36) NOT NULL,
  `OrganizationUserId` char(36) NOT NULL,
  `HidePasswords` tinyint(1) NOT NULL,
  `Manage` tinyint(1) NOT NULL,
  `ReadOnly` tinyint(1) NOT NULL,
  PRIMARY KEY (`CollectionId`, `OrganizationUserId`),
  FOREIGN KEY (`CollectionId`) REFERENCES `Collection` (`Id`),
  FOREIGN KEY (`OrganizationUserId`) REFERENCES `OrganizationUser` (`Id`)
) ENGINE=InnoDB;

-- entity Models.Group
CREATE TABLE `Group` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `ExternalId` varchar(300),
  `Name` varchar(100) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.CollectionGroup
CREATE TABLE `CollectionGroups` (
  `CollectionId` char(36) NOT NULL,
  `GroupId` char(36) NOT NULL,
  `HidePasswords` tinyint(1) NOT NULL,
  `Manage` tinyint(1) NOT NULL,
  `ReadOnly` tinyint(1) NOT NULL,
  PRIMARY KEY (`CollectionId`, `GroupId`),
  FOREIGN KEY (`CollectionId`) REFERENCES `Collection` (`Id`),
  FOREIGN KEY (`GroupId`) REFERENCES `Group` (`Id`)
) ENGINE=InnoDB;

-- entity Models.GroupUser
CREATE TABLE `GroupUser` (
  `GroupId` char(36) NOT NULL,
  `OrganizationUserId` char(36) NOT NULL,
  PRIMARY KEY (`GroupId`, `OrganizationUserId`),
  FOREIGN KEY (`GroupId`) REFERENCES `Group` (`Id`),
  FOREIGN KEY (`OrganizationUserId`) REFERENCES `OrganizationUser` (`Id`)
) ENGINE=InnoDB;

-- entity Models.Device
CREATE TABLE `Device` (
  `Id` char(36) NOT NULL,
  `Active` tinyint(1) NOT NULL DEFAULT TRUE,
  `ClientVersion` varchar(43),
  `CreationDate` datetime(6) NOT NULL,
  `EncryptedPrivateKey` longtext,
  `EncryptedPublicKey` longtext,
  `EncryptedUserKey` longtext,
  `Identifier` varchar(50) NOT NULL,
  `LastActivityDate` datetime(6),
  `Name` varchar(50) NOT NULL,
  `PushToken` varchar(255),
  `RevisionDate` datetime(6) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Models.Event
CREATE TABLE `Event` (
  `Id` char(36) NOT NULL,
  `ActingUserId` char(36),
  `CipherId` char(36),
  `CollectionId` char(36),
  `Date` datetime(6) NOT NULL,
  `DeviceType` tinyint unsigned,
  `DomainName` longtext,
  `GrantedServiceAccountId` char(36),
  `GroupId` char(36),
  `InstallationId` char(36),
  `IpAddress` varchar(50),
  `OrganizationId` char(36),
  `OrganizationUserId` char(36),
  `PolicyId` char(36),
  `ProjectId` char(36),
  `ProviderId` char(36),
  `ProviderOrganizationId` char(36),
  `ProviderUserId` char(36),
  `SecretId` char(36),
  `SendId` char(36),
  `ServiceAccountId` char(36),
  `SystemUser` tinyint unsigned,
  `Type` int NOT NULL,
  `UserId` char(36),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.EmergencyAccess
CREATE TABLE `EmergencyAccess` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Email` varchar(256),
  `GranteeId` char(36),
  `GrantorId` char(36) NOT NULL,
  `KeyEncrypted` longtext,
  `LastNotificationDate` datetime(6),
  `RecoveryInitiatedDate` datetime(6),
  `RevisionDate` datetime(6) NOT NULL,
  `Status` tinyint unsigned NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `WaitTimeDays` smallint NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`GranteeId`) REFERENCES `User` (`Id`),
  FOREIGN KEY (`GrantorId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.AuthRequest
CREATE TABLE `AuthRequest` (
  `Id` char(36) NOT NULL,
  `AccessCode` varchar(25),
  `Approved` tinyint(1),
  `AuthenticationDate` datetime(6),
  `CreationDate` datetime(6) NOT NULL,
  `Key` longtext,
  `MasterPasswordHash` longtext,
  `OrganizationId` char(36),
  `PublicKey` longtext,
  `RequestCountryName` varchar(200),
  `RequestDeviceIdentifier` varchar(50),
  `RequestDeviceType` tinyint unsigned NOT NULL,
  `RequestIpAddress` varchar(50),
  `ResponseDate` datetime(6),
  `ResponseDeviceId` char(36),
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`ResponseDeviceId`) REFERENCES `Device` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Models.Send
CREATE TABLE `Send` (
  `Id` char(36) NOT NULL,
  `AccessCount` int NOT NULL,
  `AuthType` tinyint unsigned,
  `CipherId` char(36),
  `CreationDate` datetime(6) NOT NULL,
  `Data` longtext NOT NULL,
  `DeletionDate` datetime(6) NOT NULL,
  `Disabled` tinyint(1) NOT NULL,
  `Emails` varchar(4000),
  `ExpirationDate` datetime(6),
  `HideEmail` tinyint(1),
  `Key` longtext NOT NULL,
  `MaxAccessCount` int,
  `OrganizationId` char(36),
  `Password` varchar(300),
  `RevisionDate` datetime(6) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.Grant
CREATE TABLE `Grant` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClientId` varchar(200) NOT NULL,
  `ConsumedDate` datetime(6),
  `CreationDate` datetime(6) NOT NULL,
  `Data` longtext NOT NULL,
  `Description` varchar(200),
  `ExpirationDate` datetime(6),
  `Key` varchar(200) NOT NULL,
  `SessionId` varchar(100),
  `SubjectId` varchar(200),
  `Type` varchar(50) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.SsoUser
CREATE TABLE `SsoUser` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreationDate` datetime(6) NOT NULL,
  `ExternalId` varchar(300),
  `OrganizationId` char(36),
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.SsoConfig
CREATE TABLE `SsoConfig` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreationDate` datetime(6) NOT NULL,
  `Data` longtext,
  `Enabled` tinyint(1) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Auth.Models.WebAuthnCredential
CREATE TABLE `WebAuthnCredential` (
  `Id` char(36) NOT NULL,
  `AaGuid` char(36) NOT NULL,
  `Counter` int NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `CredentialId` varchar(256),
  `EncryptedPrivateKey` varchar(2000),
  `EncryptedPublicKey` varchar(2000),
  `EncryptedUserKey` varchar(2000),
  `Name` varchar(50),
  `PublicKey` varchar(256),
  `RevisionDate` datetime(6) NOT NULL,
  `SupportsPrf` tinyint(1) NOT NULL,
  `Type` varchar(20),
  `UserId` char(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Models.UserSignatureKeyPair
CREATE TABLE `UserSignatureKeyPair` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `SignatureAlgorithm` tinyint unsigned NOT NULL,
  `SigningKey` longtext NOT NULL,
  `UserId` char(36) NOT NULL,
  `VerifyingKey` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Provider.Provider
CREATE TABLE `Provider` (
  `Id` char(36) NOT NULL,
  `BillingEmail` longtext,
  `BillingPhone` longtext,
  `BusinessAddress1` longtext,
  `BusinessAddress2` longtext,
  `BusinessAddress3` longtext,
  `BusinessCountry` longtext,
  `BusinessName` longtext,
  `BusinessTaxNumber` longtext,
  `CreationDate` datetime(6) NOT NULL,
  `DiscountId` longtext,
  `Enabled` tinyint(1) NOT NULL,
  `Gateway` tinyint unsigned,
  `GatewayCustomerId` varchar(50),
  `GatewaySubscriptionId` varchar(50),
  `Name` longtext,
  `RevisionDate` datetime(6) NOT NULL,
  `Status` tinyint unsigned NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `UseEvents` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Models.Transaction
CREATE TABLE `Transaction` (
  `Id` char(36) NOT NULL,
  `Amount` decimal(65,30) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Details` varchar(100),
  `Gateway` tinyint unsigned,
  `GatewayId` varchar(50),
  `OrganizationId` char(36),
  `PaymentMethodType` tinyint unsigned,
  `ProviderId` char(36),
  `Refunded` tinyint(1),
  `RefundedAmount` decimal(65,30),
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`ProviderId`) REFERENCES `Provider` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity Platform.Installation
CREATE TABLE `Installation` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Email` varchar(256) NOT NULL,
  `Enabled` tinyint(1) NOT NULL,
  `Key` varchar(150) NOT NULL,
  `LastActivityDate` datetime(6),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Policy
CREATE TABLE `Policy` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Data` longtext,
  `Enabled` tinyint(1) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Provider.ProviderUser
CREATE TABLE `ProviderUser` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Email` longtext,
  `Key` longtext,
  `Permissions` longtext,
  `ProviderId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Status` tinyint unsigned NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  `UserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ProviderId`) REFERENCES `Provider` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.Provider.ProviderOrganization
CREATE TABLE `ProviderOrganization` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Key` longtext,
  `OrganizationId` char(36) NOT NULL,
  `ProviderId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Settings` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`ProviderId`) REFERENCES `Provider` (`Id`)
) ENGINE=InnoDB;

-- entity Models.OrganizationApiKey
CREATE TABLE `OrganizationApiKey` (
  `Id` char(36) NOT NULL,
  `ApiKey` varchar(30) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Models.OrganizationConnection
CREATE TABLE `OrganizationConnection` (
  `Id` char(36) NOT NULL,
  `Config` longtext,
  `Enabled` tinyint(1) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Models.OrganizationDomain
CREATE TABLE `OrganizationDomain` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `DomainName` varchar(255) NOT NULL,
  `JobRunCount` int NOT NULL,
  `LastCheckedDate` datetime(6),
  `NextRunDate` datetime(6) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `Txt` longtext NOT NULL,
  `VerifiedDate` datetime(6),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Models.OrganizationSponsorship
CREATE TABLE `OrganizationSponsorship` (
  `Id` char(36) NOT NULL,
  `FriendlyName` varchar(256),
  `IsAdminInitiated` tinyint(1) NOT NULL,
  `LastSyncDate` datetime(6),
  `Notes` longtext,
  `OfferedToEmail` varchar(256),
  `PlanSponsorshipType` tinyint unsigned,
  `SponsoredOrganizationId` char(36),
  `SponsoringOrganizationId` char(36),
  `SponsoringOrganizationUserId` char(36) NOT NULL,
  `ToDelete` tinyint(1) NOT NULL,
  `ValidUntil` datetime(6),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`SponsoredOrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`SponsoringOrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity AdminConsole.Models.OrganizationInviteLink
CREATE TABLE `OrganizationInviteLink` (
  `Id` char(36) NOT NULL,
  `AllowedDomains` longtext NOT NULL,
  `Code` longtext NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Invite` longtext NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `SupportsConfirmation` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity Vault.Models.SecurityTask
CREATE TABLE `SecurityTask` (
  `Id` char(36) NOT NULL,
  `CipherId` char(36),
  `CreationDate` datetime(6) NOT NULL,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Status` tinyint unsigned NOT NULL,
  `Type` tinyint unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`CipherId`) REFERENCES `Cipher` (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity NotificationCenter.Models.Notification
CREATE TABLE `Notification` (
  `Id` char(36) NOT NULL,
  `Body` varchar(3000),
  `ClientType` tinyint unsigned NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Global` tinyint(1) NOT NULL,
  `OrganizationId` char(36),
  `Priority` tinyint unsigned NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `TaskId` char(36),
  `Title` varchar(256),
  `UserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`),
  FOREIGN KEY (`TaskId`) REFERENCES `SecurityTask` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity NotificationCenter.Models.NotificationStatus
CREATE TABLE `NotificationStatus` (
  `UserId` char(36) NOT NULL,
  `NotificationId` char(36) NOT NULL,
  `DeletedDate` datetime(6),
  `ReadDate` datetime(6),
  PRIMARY KEY (`UserId`, `NotificationId`),
  FOREIGN KEY (`NotificationId`) REFERENCES `Notification` (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `User` (`Id`)
) ENGINE=InnoDB;

-- entity SecretsManager.Models.ServiceAccount
CREATE TABLE `ServiceAccount` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Name` longtext,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity SecretsManager.Models.ApiKey
CREATE TABLE `ApiKey` (
  `Id` char(36) NOT NULL,
  `ClientSecretHash` varchar(128),
  `CreationDate` datetime(6) NOT NULL,
  `EncryptedPayload` varchar(4000) NOT NULL,
  `ExpireAt` datetime(6),
  `Key` longtext NOT NULL,
  `Name` varchar(200) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Scope` varchar(4000) NOT NULL,
  `ServiceAccountId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ServiceAccountId`) REFERENCES `ServiceAccount` (`Id`)
) ENGINE=InnoDB;

-- entity SecretsManager.Models.Secret
CREATE TABLE `Secret` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `DeletedDate` datetime(6),
  `Key` longtext,
  `Note` longtext,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Value` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity SecretsManager.Models.Project
CREATE TABLE `Project` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `DeletedDate` datetime(6),
  `Name` longtext,
  `OrganizationId` char(36) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`OrganizationId`) REFERENCES `Organization` (`Id`)
) ENGINE=InnoDB;

-- entity SecretsManager.Models.AccessPolicy, SecretsManager.Models.GroupProjectAccessPolicy, SecretsManager.Models.GroupSecretAccessPolicy, SecretsManager.Models.GroupServiceAccountAccessPolicy, SecretsManager.Models.ServiceAccountProjectAccessPolicy, SecretsManager.Models.ServiceAccountSecretAccessPolicy, SecretsManager.Models.UserProjectAccessPolicy, SecretsManager.Models.UserSecretAccessPolicy, SecretsManager.Models.UserServiceAccountAccessPolicy
CREATE TABLE `AccessPolicy` (
  `Id` char(36) NOT NULL,
  `CreationDate` datetime(6) NOT NULL,
  `Discriminator` varchar(34) NOT NULL,
  `Read` tinyint(1) NOT NULL,
  `RevisionDate` datetime(6) NOT NULL,
  `Write` tinyint(1) NOT NULL,
  `GrantedProjectId` char(36),
  `GroupId` char(36),
  `GrantedSecretId` char(36),
  `GrantedServiceAccountId` char(36),
  `ServiceAccountId` char(36),
  `OrganizationUserId` char(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`GrantedProjectId`) REFERENCES `Project` (`Id`),
  FOREIGN KEY (`GroupId`) REFERENCES `Group` (`Id`),
  FOREIGN KEY (`GrantedSecretId`) REFERENCES `Secret` (`Id`),
  FOREIGN KEY (`GrantedServiceAccountId`) REFERENCES `ServiceAccount` (`Id`),
  FOREIGN KEY (`ServiceAccountId`) REFERENCES `ServiceAccount` (`Id`),
  FOREIGN KEY (`OrganizationUserId`) REFERENCES `OrganizationUser` (`Id`)
) ENGINE=InnoDB;

-- entity Models.TaxRate
CREATE TABLE `TaxRate` (
  `Id` varchar(40),
  `Active` tinyint(1) NOT NULL,
  `Country` varchar(50) NOT NULL,
  `PostalCode` varchar(10) NOT NULL,
  `Rate` decimal(65,30) NOT NULL,
  `State` varchar(2),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Models.Cache
CREATE TABLE `Cache` (
  `Id` varchar(449),
  `AbsoluteExpiration` datetime(6),
  `ExpiresAtTime` datetime(6) NOT NULL,
  `SlidingExpirationInSeconds` bigint,
  `Value` longblob NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

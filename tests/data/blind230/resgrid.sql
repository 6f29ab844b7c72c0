-- Resgrid Core (Resgrid, Inc.) - computer-aided dispatch, personnel and unit management for fire, EMS and
-- volunteer first-responder departments.
-- Upstream: github.com/Resgrid/Core, commit 219cfb9305c61abc393dbc4254f1840e434354b2 (Apache-2.0).
-- Source: Providers/Resgrid.Providers.Migrations/Sql/M0001_InitialMigration.sql (SQL Server script of the
-- 2020 baseline, 128 tables) followed by the Up() steps of the FluentMigrator migrations M0002..M0123 in
-- Providers/Resgrid.Providers.Migrations/Migrations/*.cs, replayed to the final state, then 54 of the 244
-- resulting tables written as MySQL. Column names and order are upstream's (including its own oddities such
-- as the self-referencing FK_CallContacts_Contacts). Types: nvarchar(n) -> VARCHAR(n), nvarchar(max) ->
-- LONGTEXT, bit -> TINYINT(1), datetime/datetime2/datetimeoffset -> DATETIME, uniqueidentifier -> CHAR(36),
-- float -> DOUBLE, varbinary(max) -> LONGBLOB, IDENTITY -> AUTO_INCREMENT. Function defaults (getutcdate,
-- newsequentialid) and filtered SQL Server indexes are left out. The three key columns of AspNetUserTokens
-- use CHARACTER SET ascii so that its composite primary key fits InnoDB's 3072-byte limit.

CREATE TABLE `Addresses` (
  `AddressId` INT NOT NULL AUTO_INCREMENT,
  `Address1` LONGTEXT NULL,
  `City` VARCHAR(200) NULL,
  `State` VARCHAR(100) NULL,
  `PostalCode` VARCHAR(100) NULL,
  `Country` VARCHAR(100) NULL,
  PRIMARY KEY (`AddressId`)
);

CREATE TABLE `Departments` (
  `DepartmentId` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(150) NOT NULL,
  `Code` VARCHAR(4) NULL,
  `ManagingUserId` VARCHAR(128) NOT NULL,
  `ShowWelcome` TINYINT(1) NOT NULL,
  `CreatedOn` DATETIME NULL,
  `UpdatedOn` DATETIME NULL,
  `TimeZone` LONGTEXT NULL,
  `ApiKey` LONGTEXT NULL,
  `DepartmentType` VARCHAR(150) NULL,
  `AddressId` INT NULL,
  `PublicApiKey` LONGTEXT NULL,
  `ReferringDepartmentId` INT NULL,
  `AffiliateCode` LONGTEXT NULL,
  `SharedSecret` VARCHAR(20) NULL,
  `Use24HourTime` TINYINT(1) NULL,
  `LinkCode` LONGTEXT NULL,
  PRIMARY KEY (`DepartmentId`),
  CONSTRAINT `FK_dbo.Departments_dbo.Addresses_AddressId` FOREIGN KEY (`AddressId`) REFERENCES `Addresses` (`AddressId`)
);

CREATE TABLE `DepartmentSettings` (
  `DepartmentSettingId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `SettingType` INT NOT NULL,
  `Setting` LONGTEXT NOT NULL,
  PRIMARY KEY (`DepartmentSettingId`),
  CONSTRAINT `FK_DepartmentSettings_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `AspNetUsers` (
  `Id` VARCHAR(128) NOT NULL,
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
  `LockoutEnabled` TINYINT(1) NULL,
  `AccessFailedCount` INT NOT NULL,
  `AuthenticationGeneration` BIGINT NOT NULL DEFAULT 0,
  `CredentialsValidAfterUtc` DATETIME NULL,
  `AuthenticationStateChangedOn` DATETIME NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `AspNetUsersExt` (
  `UserId` VARCHAR(128) NOT NULL,
  `SecurityQuestion` VARCHAR(256) NULL,
  `SecurityAnswer` VARCHAR(128) NULL,
  `SecurityAnswerSalt` VARCHAR(128) NULL,
  `CreateDate` DATETIME NOT NULL DEFAULT '1900-01-01 00:00:00',
  `LastActivityDate` DATETIME NULL,
  PRIMARY KEY (`UserId`)
);

CREATE TABLE `AspNetRoles` (
  `Id` VARCHAR(128) NOT NULL,
  `Name` VARCHAR(256) NULL,
  `NormalizedName` VARCHAR(256) NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `AspNetUserRoles` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` LONGTEXT NOT NULL,
  `RoleId` LONGTEXT NOT NULL,
  `IdentityRole_Id` VARCHAR(128) NULL,
  `IdentityUser_Id` VARCHAR(128) NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_dbo.AspNetUserRoles_dbo.AspNetRoles_IdentityRole_Id` FOREIGN KEY (`IdentityRole_Id`) REFERENCES `AspNetRoles` (`Id`),
  CONSTRAINT `FK_dbo.AspNetUserRoles_dbo.AspNetUsers_IdentityUser_Id` FOREIGN KEY (`IdentityUser_Id`) REFERENCES `AspNetUsers` (`Id`)
);

CREATE TABLE `AspNetUserLogins` (
  `UserId` VARCHAR(128) NOT NULL,
  `Id` VARCHAR(128) NULL,
  `LoginProvider` LONGTEXT NOT NULL,
  `ProviderKey` LONGTEXT NOT NULL,
  `ProviderDisplayName` LONGTEXT NULL,
  PRIMARY KEY (`UserId`),
  CONSTRAINT `FK_dbo.AspNetUserLogins_dbo.AspNetUsers_Id` FOREIGN KEY (`Id`) REFERENCES `AspNetUsers` (`Id`)
);

CREATE TABLE `AspNetUserTokens` (
  `UserId` VARCHAR(128) CHARACTER SET ascii NOT NULL,
  `LoginProvider` VARCHAR(450) CHARACTER SET ascii NOT NULL,
  `Name` VARCHAR(450) CHARACTER SET ascii NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`)
);

CREATE TABLE `UserProfiles` (
  `UserProfileId` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `FirstName` LONGTEXT NULL,
  `LastName` LONGTEXT NULL,
  `TimeZone` LONGTEXT NULL,
  `MobileNumber` LONGTEXT NULL,
  `MobileCarrier` INT NOT NULL,
  `SendEmail` TINYINT(1) NOT NULL,
  `SendPush` TINYINT(1) NOT NULL,
  `SendSms` TINYINT(1) NOT NULL,
  `SendMessageEmail` TINYINT(1) NOT NULL DEFAULT 0,
  `SendMessagePush` TINYINT(1) NOT NULL DEFAULT 0,
  `SendMessageSms` TINYINT(1) NOT NULL DEFAULT 0,
  `DoNotRecieveNewsletters` TINYINT(1) NOT NULL DEFAULT 0,
  `HomeNumber` LONGTEXT NULL,
  `HomeAddressId` INT NULL,
  `MailingAddressId` INT NULL,
  `IdentificationNumber` LONGTEXT NULL,
  `SendNotificationEmail` TINYINT(1) NOT NULL DEFAULT 0,
  `SendNotificationPush` TINYINT(1) NOT NULL DEFAULT 0,
  `SendNotificationSms` TINYINT(1) NOT NULL DEFAULT 0,
  `VoiceForCall` TINYINT(1) NOT NULL DEFAULT 0,
  `VoiceCallMobile` TINYINT(1) NOT NULL DEFAULT 0,
  `VoiceCallHome` TINYINT(1) NOT NULL DEFAULT 0,
  `Image` LONGBLOB NULL,
  `LastUpdated` DATETIME NULL,
  `CustomPushSounds` TINYINT(1) NOT NULL DEFAULT 0,
  `StartDate` DATETIME NULL,
  `EndDate` DATETIME NULL,
  `Language` VARCHAR(255) NULL,
  `EmailVerified` TINYINT(1) NULL,
  `MobileNumberVerified` TINYINT(1) NULL,
  `HomeNumberVerified` TINYINT(1) NULL,
  `EmailVerificationCode` VARCHAR(512) NULL,
  `MobileVerificationCode` VARCHAR(512) NULL,
  `HomeVerificationCode` VARCHAR(512) NULL,
  `EmailVerificationCodeExpiry` DATETIME NULL,
  `MobileVerificationCodeExpiry` DATETIME NULL,
  `HomeVerificationCodeExpiry` DATETIME NULL,
  `EmailVerificationAttempts` INT NOT NULL DEFAULT 0,
  `MobileVerificationAttempts` INT NOT NULL DEFAULT 0,
  `HomeVerificationAttempts` INT NOT NULL DEFAULT 0,
  `EmailVerificationAttemptsResetDate` DATETIME NULL,
  `MobileVerificationAttemptsResetDate` DATETIME NULL,
  `HomeVerificationAttemptsResetDate` DATETIME NULL,
  `CalendarSyncToken` VARCHAR(128) NULL,
  `MobileVerificationVoiceCodeConsumed` TINYINT(1) NOT NULL DEFAULT 0,
  `HomeVerificationVoiceCodeConsumed` TINYINT(1) NOT NULL DEFAULT 0,
  `SecurityPin` VARCHAR(512) NULL,
  `SecurityPinEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `EnableModernApplicationSounds` TINYINT(1) NOT NULL DEFAULT 0,
  `EmailVerificationSendCount` INT NOT NULL DEFAULT 0,
  `MobileVerificationSendCount` INT NOT NULL DEFAULT 0,
  `HomeVerificationSendCount` INT NOT NULL DEFAULT 0,
  `EmailVerificationSendWindowStart` DATETIME NULL,
  `MobileVerificationSendWindowStart` DATETIME NULL,
  `HomeVerificationSendWindowStart` DATETIME NULL,
  PRIMARY KEY (`UserProfileId`)
);

CREATE TABLE `Ranks` (
  `RankId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Name` LONGTEXT NULL,
  `Code` LONGTEXT NULL,
  `SortWeight` INT NOT NULL,
  `TradeWeight` INT NOT NULL,
  `Image` LONGBLOB NULL,
  `Color` LONGTEXT NULL,
  PRIMARY KEY (`RankId`),
  CONSTRAINT `FK_dbo.Ranks_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `DepartmentMembers` (
  `DepartmentMemberId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `IsAdmin` TINYINT(1) NULL,
  `IsDisabled` TINYINT(1) NULL,
  `IsHidden` TINYINT(1) NULL,
  `IsDefault` TINYINT(1) NOT NULL DEFAULT 0,
  `IsActive` TINYINT(1) NOT NULL DEFAULT 0,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `RankId` INT NULL,
  `ExternalSsoId` VARCHAR(512) NULL,
  `SsoLinkedOn` DATETIME NULL,
  `LastSsoLoginOn` DATETIME NULL,
  `PasswordLastSetOn` DATETIME NULL,
  `MustChangePassword` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`DepartmentMemberId`),
  CONSTRAINT `FK_dbo.DepartmentMembers_dbo.Ranks_RankId` FOREIGN KEY (`RankId`) REFERENCES `Ranks` (`RankId`),
  CONSTRAINT `FK_DepartmentMembers_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `PersonnelRoles` (
  `PersonnelRoleId` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(250) NOT NULL,
  `Description` VARCHAR(3000) NULL,
  `DepartmentId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`PersonnelRoleId`),
  CONSTRAINT `FK_dbo.PersonnelRoles_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `PersonnelRoleUsers` (
  `PersonnelRoleUserId` INT NOT NULL AUTO_INCREMENT,
  `PersonnelRoleId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`PersonnelRoleUserId`),
  CONSTRAINT `FK_dbo.PersonnelRoleUsers_dbo.PersonnelRoles_PersonnelRoleId` FOREIGN KEY (`PersonnelRoleId`) REFERENCES `PersonnelRoles` (`PersonnelRoleId`)
);

CREATE TABLE `DepartmentGroups` (
  `DepartmentGroupId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Name` VARCHAR(50) NOT NULL,
  `Type` INT NULL,
  `AddressId` INT NULL,
  `ParentDepartmentGroupId` INT NULL,
  `Geofence` LONGTEXT NULL,
  `GeofenceColor` LONGTEXT NULL,
  `DispatchEmail` LONGTEXT NULL,
  `MessageEmail` LONGTEXT NULL,
  `Latitude` LONGTEXT NULL,
  `Longitude` LONGTEXT NULL,
  `What3Words` LONGTEXT NULL,
  `DispatchToPrinter` TINYINT(1) NOT NULL DEFAULT 0,
  `PrinterData` LONGTEXT NULL,
  `DispatchToFax` TINYINT(1) NOT NULL DEFAULT 0,
  `FaxNumber` LONGTEXT NULL,
  PRIMARY KEY (`DepartmentGroupId`),
  CONSTRAINT `FK_dbo.DepartmentGroups_dbo.Addresses_AddressId` FOREIGN KEY (`AddressId`) REFERENCES `Addresses` (`AddressId`),
  CONSTRAINT `FK_dbo.DepartmentGroups_dbo.DepartmentGroups_ParentDepartmentGro` FOREIGN KEY (`ParentDepartmentGroupId`) REFERENCES `DepartmentGroups` (`DepartmentGroupId`),
  CONSTRAINT `FK_DepartmentGroups_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `DepartmentGroupMembers` (
  `DepartmentGroupMemberId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentGroupId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `IsAdmin` TINYINT(1) NULL,
  `DepartmentId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`DepartmentGroupMemberId`),
  CONSTRAINT `FK_DepartmentGroupMembers_DepartmentGroups_DepartmentGroupId` FOREIGN KEY (`DepartmentGroupId`) REFERENCES `DepartmentGroups` (`DepartmentGroupId`)
);

CREATE TABLE `PersonnelCertifications` (
  `PersonnelCertificationId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `Name` LONGTEXT NOT NULL,
  `Number` LONGTEXT NULL,
  `Type` LONGTEXT NULL,
  `Area` LONGTEXT NULL,
  `ExpiresOn` DATETIME NULL,
  `RecievedOn` DATETIME NULL,
  `IssuedBy` LONGTEXT NULL,
  `Filetype` LONGTEXT NULL,
  `Filename` LONGTEXT NULL,
  `Data` LONGBLOB NULL,
  PRIMARY KEY (`PersonnelCertificationId`),
  CONSTRAINT `FK_dbo.PersonnelCertifications_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `UserStates` (
  `UserStateId` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `State` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `Note` VARCHAR(3000) NULL,
  `DepartmentId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserStateId`)
);

CREATE TABLE `ActionLogs` (
  `ActionLogId` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `ActionTypeId` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `GeoLocationData` LONGTEXT NULL,
  `DestinationId` INT NULL,
  `DestinationType` INT NULL,
  `Note` LONGTEXT NULL,
  `UnitStateId` INT NULL,
  `UnitName` VARCHAR(255) NULL,
  PRIMARY KEY (`ActionLogId`),
  CONSTRAINT `FK_ActionLogs_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `CustomStates` (
  `DepartmentId` INT NOT NULL,
  `Type` INT NOT NULL,
  `Name` LONGTEXT NOT NULL,
  `Description` LONGTEXT NULL,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `CustomStateId` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`CustomStateId`),
  CONSTRAINT `FK_dbo.CustomStates_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `CustomStateDetails` (
  `CustomStateDetailId` INT NOT NULL AUTO_INCREMENT,
  `CustomStateId` INT NOT NULL,
  `ButtonText` LONGTEXT NOT NULL,
  `ButtonColor` LONGTEXT NOT NULL,
  `GpsRequired` TINYINT(1) NOT NULL,
  `NoteType` INT NOT NULL,
  `DetailType` INT NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `TextColor` LONGTEXT NULL,
  `Order` INT NOT NULL DEFAULT 0,
  `BaseType` INT NOT NULL DEFAULT -1,
  `TTL` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`CustomStateDetailId`),
  CONSTRAINT `FK_dbo.CustomStateDetails_dbo.CustomStates_CustomStateId` FOREIGN KEY (`CustomStateId`) REFERENCES `CustomStates` (`CustomStateId`)
);

CREATE TABLE `CallTypes` (
  `CallTypeId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Type` VARCHAR(100) NOT NULL,
  `MapIconType` INT NULL,
  PRIMARY KEY (`CallTypeId`),
  CONSTRAINT `FK_dbo.CallTypes_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `DepartmentCallPriorities` (
  `DepartmentCallPriorityId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Name` LONGTEXT NULL,
  `Color` LONGTEXT NULL,
  `Sort` INT NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `IsDefault` TINYINT(1) NOT NULL,
  `PushNotificationSound` LONGBLOB NULL,
  `ShortNotificationSound` LONGBLOB NULL,
  `DispatchPersonnel` TINYINT(1) NOT NULL DEFAULT 0,
  `DispatchUnits` TINYINT(1) NOT NULL DEFAULT 0,
  `ForceNotifyAllPersonnel` TINYINT(1) NOT NULL DEFAULT 0,
  `IOSPushNotificationSound` LONGBLOB NULL,
  `Tone` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`DepartmentCallPriorityId`),
  CONSTRAINT `FK_dbo.DepartmentCallPriorities_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `DepartmentCallEmails` (
  `DepartmentCallEmailId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Hostname` VARCHAR(500) NULL,
  `Port` INT NOT NULL,
  `UseSsl` TINYINT(1) NOT NULL,
  `Username` VARCHAR(125) NULL,
  `Password` VARCHAR(125) NULL,
  `LastCheck` DATETIME NULL,
  `IsFailure` TINYINT(1) NOT NULL DEFAULT 0,
  `ErrorMessage` VARCHAR(1000) NULL,
  `FormatType` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`DepartmentCallEmailId`),
  CONSTRAINT `FK_dbo.DepartmentCallEmails_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `Calls` (
  `CallId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `ReportingUserId` VARCHAR(128) NOT NULL,
  `Name` LONGTEXT NOT NULL,
  `NatureOfCall` LONGTEXT NOT NULL,
  `Notes` LONGTEXT NULL,
  `LoggedOn` DATETIME NOT NULL,
  `Priority` INT NOT NULL DEFAULT 0,
  `IsCritical` TINYINT(1) NOT NULL DEFAULT 0,
  `MapPage` LONGTEXT NULL,
  `CompletedNotes` LONGTEXT NULL,
  `Address` LONGTEXT NULL,
  `GeoLocationData` LONGTEXT NULL,
  `ClosedByUserId` VARCHAR(128) NULL,
  `ClosedOn` DATETIME NULL,
  `State` INT NOT NULL DEFAULT 0,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `Type` LONGTEXT NULL,
  `IncidentNumber` LONGTEXT NULL,
  `CallSource` INT NOT NULL DEFAULT 0,
  `SourceIdentifier` LONGTEXT NULL,
  `Number` LONGTEXT NULL,
  `DispatchCount` INT NOT NULL DEFAULT 0,
  `LastDispatchedOn` DATETIME NULL,
  `W3W` LONGTEXT NULL,
  `ContactName` LONGTEXT NULL,
  `ContactNumber` LONGTEXT NULL,
  `Public` TINYINT(1) NOT NULL DEFAULT 0,
  `ExternalIdentifier` LONGTEXT NULL,
  `ReferenceNumber` LONGTEXT NULL,
  `CallFormData` LONGTEXT NULL,
  `ContactId` INT NULL,
  `DispatchOn` DATETIME NULL,
  `HasBeenDispatched` TINYINT(1) NULL,
  `LinkedCallId` INT NULL,
  `DeletedReason` VARCHAR(255) NULL,
  `DeletedByUserId` VARCHAR(128) NULL,
  `DeletedOn` DATETIME NULL,
  `IndoorMapZoneId` VARCHAR(128) NULL,
  `IndoorMapFloorId` VARCHAR(128) NULL,
  `CheckInTimersEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `DestinationPoiId` INT NULL,
  `AlarmLevel` INT NOT NULL DEFAULT 1,
  `ActiveRunCardId` INT NULL,
  PRIMARY KEY (`CallId`),
  CONSTRAINT `FK_Calls_Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `CallDispatches` (
  `CallDispatchId` INT NOT NULL AUTO_INCREMENT,
  `CallId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `GroupId` INT NULL,
  `ActionLogId` INT NULL,
  `DispatchCount` INT NOT NULL DEFAULT 0,
  `LastDispatchedOn` DATETIME NULL,
  `DispatchedOn` DATETIME NOT NULL,
  PRIMARY KEY (`CallDispatchId`),
  CONSTRAINT `FK_dbo.CallDispatches_dbo.ActionLogs_ActionLogId` FOREIGN KEY (`ActionLogId`) REFERENCES `ActionLogs` (`ActionLogId`),
  CONSTRAINT `FK_dbo.CallDispatches_dbo.Calls_CallId` FOREIGN KEY (`CallId`) REFERENCES `Calls` (`CallId`)
);

CREATE TABLE `CallNotes` (
  `CallNoteId` INT NOT NULL AUTO_INCREMENT,
  `CallId` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `Note` LONGTEXT NULL,
  `Source` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `Latitude` DECIMAL(18,2) NULL,
  `Longitude` DECIMAL(18,2) NULL,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `IsFlagged` TINYINT(1) NOT NULL DEFAULT 0,
  `FlaggedReason` VARCHAR(255) NULL,
  `FlaggedByUserId` VARCHAR(128) NULL,
  `DeletedByUserId` VARCHAR(128) NULL,
  `FlaggedOn` DATETIME NULL,
  `DeletedOn` DATETIME NULL,
  PRIMARY KEY (`CallNoteId`),
  CONSTRAINT `FK_dbo.CallNotes_dbo.Calls_CallId` FOREIGN KEY (`CallId`) REFERENCES `Calls` (`CallId`)
);

CREATE TABLE `CallAttachments` (
  `CallAttachmentId` INT NOT NULL AUTO_INCREMENT,
  `CallId` INT NOT NULL,
  `CallAttachmentType` INT NOT NULL,
  `Data` LONGBLOB NULL,
  `FileName` LONGTEXT NULL,
  `UserId` LONGTEXT NULL,
  `Timestamp` DATETIME NULL,
  `Name` VARCHAR(250) NULL,
  `Size` INT NULL,
  `Latitude` DECIMAL(18,2) NULL,
  `Longitude` DECIMAL(18,2) NULL,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `IsFlagged` TINYINT(1) NOT NULL DEFAULT 0,
  `FlaggedReason` VARCHAR(255) NULL,
  `FlaggedByUserId` VARCHAR(128) NULL,
  `DeletedByUserId` VARCHAR(128) NULL,
  `FlaggedOn` DATETIME NULL,
  `DeletedOn` DATETIME NULL,
  PRIMARY KEY (`CallAttachmentId`),
  CONSTRAINT `FK_dbo.CallAttachments_dbo.Calls_CallId` FOREIGN KEY (`CallId`) REFERENCES `Calls` (`CallId`)
);

CREATE TABLE `Contacts` (
  `ContactId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `ContactType` INT NULL,
  `ContactCategoryId` VARCHAR(128) NULL,
  `FirstName` LONGTEXT NULL,
  `MiddleName` LONGTEXT NULL,
  `LastName` LONGTEXT NULL,
  `OtherName` LONGTEXT NULL,
  `CompanyName` LONGTEXT NULL,
  `Email` LONGTEXT NULL,
  `PhysicalAddressId` INT NULL,
  `MailingAddressId` INT NULL,
  `Website` LONGTEXT NULL,
  `Twitter` LONGTEXT NULL,
  `Facebook` LONGTEXT NULL,
  `LinkedIn` LONGTEXT NULL,
  `Instagram` LONGTEXT NULL,
  `Threads` LONGTEXT NULL,
  `Bluesky` LONGTEXT NULL,
  `Mastodon` LONGTEXT NULL,
  `LocationGpsCoordinates` LONGTEXT NULL,
  `EntranceGpsCoordinates` LONGTEXT NULL,
  `ExitGpsCoordinates` LONGTEXT NULL,
  `LocationGeofence` LONGTEXT NULL,
  `CountryIssuedIdNumber` LONGTEXT NULL,
  `CountryIdName` LONGTEXT NULL,
  `StateIdNumber` LONGTEXT NULL,
  `StateIdName` LONGTEXT NULL,
  `StateIdCountryName` LONGTEXT NULL,
  `Description` LONGTEXT NULL,
  `OtherInfo` LONGTEXT NULL,
  `HomePhoneNumber` LONGTEXT NULL,
  `CellPhoneNumber` LONGTEXT NULL,
  `FaxPhoneNumber` LONGTEXT NULL,
  `OfficePhoneNumber` LONGTEXT NULL,
  `Image` VARBINARY(8000) NULL,
  `IsDeleted` TINYINT(1) NULL,
  `AddedOn` DATETIME NOT NULL,
  `AddedByUserId` VARCHAR(128) NOT NULL,
  `EditedOn` DATETIME NULL,
  `EditedByUserId` VARCHAR(128) NULL,
  PRIMARY KEY (`ContactId`),
  CONSTRAINT `FK_Contacts_Department` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`),
  CONSTRAINT `FK_Contacts_PhysicalAddress` FOREIGN KEY (`PhysicalAddressId`) REFERENCES `Addresses` (`AddressId`),
  CONSTRAINT `FK_Contacts_MailingAddress` FOREIGN KEY (`MailingAddressId`) REFERENCES `Addresses` (`AddressId`),
  CONSTRAINT `FK_CallContacts_Contacts` FOREIGN KEY (`ContactId`) REFERENCES `Contacts` (`ContactId`)
);

CREATE TABLE `ContactNotes` (
  `ContactNoteId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `ContactId` VARCHAR(128) NOT NULL,
  `ContactNoteTypeId` VARCHAR(128) NULL,
  `Note` LONGTEXT NULL,
  `Color` VARCHAR(255) NULL,
  `ShouldAlert` TINYINT(1) NULL,
  `Visibility` INT NULL,
  `ExpiresOn` DATETIME NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `AddedOn` DATETIME NOT NULL,
  `AddedByUserId` VARCHAR(128) NOT NULL,
  `EditedOn` DATETIME NULL,
  `EditedByUserId` VARCHAR(128) NULL,
  PRIMARY KEY (`ContactNoteId`),
  CONSTRAINT `FK_ContactNotes_Department` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`),
  CONSTRAINT `FK_ContactNotes_Contacts` FOREIGN KEY (`ContactId`) REFERENCES `Contacts` (`ContactId`)
);

CREATE TABLE `CallContacts` (
  `CallContactId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `CallId` INT NOT NULL,
  `ContactId` VARCHAR(128) NOT NULL,
  `CallContactType` INT NULL,
  PRIMARY KEY (`CallContactId`),
  CONSTRAINT `FK_CallContacts_Department` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `CheckInRecords` (
  `CheckInRecordId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `CallId` INT NOT NULL,
  `CheckInType` INT NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `UnitId` INT NULL,
  `Latitude` VARCHAR(50) NULL,
  `Longitude` VARCHAR(50) NULL,
  `Timestamp` DATETIME NOT NULL,
  `Note` VARCHAR(1000) NULL,
  `IdempotencyKey` VARCHAR(128) NULL,
  PRIMARY KEY (`CheckInRecordId`),
  CONSTRAINT `FK_CheckInRecords_Departments` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`),
  CONSTRAINT `FK_CheckInRecords_Calls` FOREIGN KEY (`CallId`) REFERENCES `Calls` (`CallId`)
);

CREATE TABLE `Units` (
  `UnitId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Name` LONGTEXT NOT NULL,
  `Type` LONGTEXT NULL,
  `StationGroupId` INT NULL,
  `VIN` LONGTEXT NULL,
  `PlateNumber` LONGTEXT NULL,
  `FourWheel` TINYINT(1) NULL,
  `SpecialPermit` TINYINT(1) NULL,
  PRIMARY KEY (`UnitId`),
  UNIQUE KEY `UQ_Units_DepartmentId_UnitId` (`DepartmentId`, `UnitId`),
  CONSTRAINT `FK_dbo.Units_dbo.DepartmentGroups_StationGroupId` FOREIGN KEY (`StationGroupId`) REFERENCES `DepartmentGroups` (`DepartmentGroupId`),
  CONSTRAINT `FK_dbo.Units_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `UnitTypes` (
  `UnitTypeId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Type` VARCHAR(100) NOT NULL,
  `CustomStatesId` INT NULL,
  `MapIconType` INT NULL,
  PRIMARY KEY (`UnitTypeId`),
  CONSTRAINT `FK_dbo.UnitTypes_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `UnitStates` (
  `UnitStateId` INT NOT NULL AUTO_INCREMENT,
  `UnitId` INT NOT NULL,
  `State` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `GeoLocationData` LONGTEXT NULL,
  `DestinationId` INT NULL,
  `LocalTimestamp` DATETIME NULL,
  `Note` LONGTEXT NULL,
  `Latitude` DECIMAL(10,7) NULL,
  `Longitude` DECIMAL(10,7) NULL,
  `Accuracy` DECIMAL(6,2) NULL,
  `Altitude` DECIMAL(7,2) NULL,
  `AltitudeAccuracy` DECIMAL(6,2) NULL,
  `Speed` DECIMAL(5,2) NULL,
  `Heading` DECIMAL(5,2) NULL,
  `DestinationType` INT NULL,
  PRIMARY KEY (`UnitStateId`),
  CONSTRAINT `FK_dbo.UnitStates_dbo.Units_UnitId` FOREIGN KEY (`UnitId`) REFERENCES `Units` (`UnitId`)
);

CREATE TABLE `UnitLocations` (
  `UnitLocationId` INT NOT NULL AUTO_INCREMENT,
  `UnitId` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `Latitude` DECIMAL(18,2) NULL,
  `Longitude` DECIMAL(18,2) NULL,
  `Accuracy` DECIMAL(18,2) NULL,
  `Altitude` DECIMAL(18,2) NULL,
  `AltitudeAccuracy` DECIMAL(18,2) NULL,
  `Speed` DECIMAL(18,2) NULL,
  `Heading` DECIMAL(18,2) NULL,
  PRIMARY KEY (`UnitLocationId`),
  CONSTRAINT `FK_dbo.UnitLocations_dbo.Units_UnitId` FOREIGN KEY (`UnitId`) REFERENCES `Units` (`UnitId`)
);

CREATE TABLE `UnitActiveRoles` (
  `UnitActiveRoleId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `UnitId` INT NOT NULL,
  `Role` VARCHAR(255) NOT NULL,
  `UserId` VARCHAR(255) NOT NULL,
  `UpdatedOn` DATETIME NOT NULL,
  `UpdatedBy` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`UnitActiveRoleId`),
  CONSTRAINT `FK_UnitActiveRoles_Departments` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`),
  CONSTRAINT `FK_UnitActiveRoles_Units` FOREIGN KEY (`UnitId`) REFERENCES `Units` (`UnitId`)
);

CREATE TABLE `Logs` (
  `LogId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Narrative` VARCHAR(4000) NOT NULL,
  `StartedOn` DATETIME NULL,
  `EndedOn` DATETIME NULL,
  `LoggedOn` DATETIME NOT NULL,
  `LoggedByUserId` VARCHAR(128) NULL,
  `LogType` INT NULL,
  `ExternalId` LONGTEXT NULL,
  `InitialReport` LONGTEXT NULL,
  `Type` LONGTEXT NULL,
  `StationGroupId` INT NULL,
  `Course` LONGTEXT NULL,
  `CourseCode` LONGTEXT NULL,
  `Instructors` LONGTEXT NULL,
  `Cause` LONGTEXT NULL,
  `InvestigatedByUserId` VARCHAR(128) NULL,
  `ContactName` LONGTEXT NULL,
  `ContactNumber` LONGTEXT NULL,
  `OfficerUserId` VARCHAR(128) NULL,
  `CallId` INT NULL,
  `OtherPersonnel` LONGTEXT NULL,
  `Location` LONGTEXT NULL,
  `OtherAgencies` LONGTEXT NULL,
  `OtherUnits` LONGTEXT NULL,
  `BodyLocation` LONGTEXT NULL,
  `PronouncedDeceasedBy` LONGTEXT NULL,
  PRIMARY KEY (`LogId`),
  CONSTRAINT `FK_dbo.Logs_dbo.AspNetUsers_LoggedByUserId` FOREIGN KEY (`LoggedByUserId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_dbo.Logs_dbo.Calls_CallId` FOREIGN KEY (`CallId`) REFERENCES `Calls` (`CallId`),
  CONSTRAINT `FK_dbo.Logs_dbo.DepartmentGroups_StationGroupId` FOREIGN KEY (`StationGroupId`) REFERENCES `DepartmentGroups` (`DepartmentGroupId`),
  CONSTRAINT `FK_dbo.Logs_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `LogUnits` (
  `LogUnitId` INT NOT NULL AUTO_INCREMENT,
  `LogId` INT NOT NULL,
  `UnitId` INT NOT NULL,
  `Dispatched` DATETIME NULL,
  `Enroute` DATETIME NULL,
  `OnScene` DATETIME NULL,
  `Released` DATETIME NULL,
  `InQuarters` DATETIME NULL,
  PRIMARY KEY (`LogUnitId`),
  CONSTRAINT `FK_dbo.LogUnits_dbo.Logs_LogId` FOREIGN KEY (`LogId`) REFERENCES `Logs` (`LogId`),
  CONSTRAINT `FK_dbo.LogUnits_dbo.Units_UnitId` FOREIGN KEY (`UnitId`) REFERENCES `Units` (`UnitId`)
);

CREATE TABLE `LogUsers` (
  `LogUserId` INT NOT NULL AUTO_INCREMENT,
  `LogId` INT NOT NULL,
  `UnitId` INT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`LogUserId`),
  CONSTRAINT `FK_dbo.LogUsers_dbo.Logs_LogId` FOREIGN KEY (`LogId`) REFERENCES `Logs` (`LogId`),
  CONSTRAINT `FK_dbo.LogUsers_dbo.Units_UnitId` FOREIGN KEY (`UnitId`) REFERENCES `Units` (`UnitId`)
);

CREATE TABLE `IncidentAdHocPersonnel` (
  `IncidentAdHocPersonnelId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `CallId` INT NOT NULL,
  `Name` LONGTEXT NULL,
  `Role` LONGTEXT NULL,
  `ExternalAgencyName` LONGTEXT NULL,
  `Contact` LONGTEXT NULL,
  `RidingResourceKind` INT NOT NULL DEFAULT 0,
  `RidingResourceId` VARCHAR(450) NULL,
  `CreatedByUserId` VARCHAR(450) NULL,
  `CreatedOn` DATETIME NOT NULL,
  `ReleasedOn` DATETIME NULL,
  `ModifiedOn` DATETIME NULL,
  PRIMARY KEY (`IncidentAdHocPersonnelId`)
);

CREATE TABLE `Messages` (
  `MessageId` INT NOT NULL AUTO_INCREMENT,
  `Subject` VARCHAR(150) NOT NULL,
  `IsBroadcast` TINYINT(1) NOT NULL,
  `SendingUserId` VARCHAR(128) NULL,
  `Body` VARCHAR(4000) NOT NULL,
  `SentOn` DATETIME NOT NULL,
  `Recipients` LONGTEXT NULL,
  `ReceivingUserId` VARCHAR(128) NULL,
  `IsDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `ReadOn` DATETIME NULL,
  `SystemGenerated` TINYINT(1) NOT NULL DEFAULT 0,
  `Type` INT NOT NULL DEFAULT 0,
  `ExpireOn` DATETIME NULL,
  PRIMARY KEY (`MessageId`)
);

CREATE TABLE `MessageRecipients` (
  `MessageRecipientId` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `ReadOn` DATETIME NULL,
  `Response` LONGTEXT NULL,
  `Note` LONGTEXT NULL,
  `Latitude` DECIMAL(18,2) NULL,
  `Longitude` DECIMAL(18,2) NULL,
  `Message_MessageId` INT NULL,
  `MessageId` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`MessageRecipientId`),
  CONSTRAINT `FK_dbo.MessageRecipients_dbo.Messages_Message_MessageId` FOREIGN KEY (`Message_MessageId`) REFERENCES `Messages` (`MessageId`),
  CONSTRAINT `FK_MessageRecipients_Messages_MessageId` FOREIGN KEY (`MessageId`) REFERENCES `Messages` (`MessageId`)
);

CREATE TABLE `ChatMessages` (
  `ChatMessageId` VARCHAR(128) NOT NULL,
  `ChatChannelId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `MessageSeq` BIGINT NOT NULL DEFAULT 0,
  `SenderParticipantType` INT NOT NULL DEFAULT 0,
  `SenderUserId` VARCHAR(450) NULL,
  `SenderUnitId` INT NULL,
  `SenderDisplayName` LONGTEXT NULL,
  `Body` LONGTEXT NULL,
  `MessageType` INT NOT NULL DEFAULT 0,
  `Priority` INT NOT NULL DEFAULT 0,
  `ThreadRootMessageId` VARCHAR(128) NULL,
  `ThreadReplyCount` INT NOT NULL DEFAULT 0,
  `LastThreadReplyOn` DATETIME NULL,
  `AlsoSendToChannel` TINYINT(1) NOT NULL DEFAULT 0,
  `MetadataJson` LONGTEXT NULL,
  `ClientMessageId` VARCHAR(128) NULL,
  `SentOn` DATETIME NOT NULL,
  `EditedOn` DATETIME NULL,
  `DeletedOn` DATETIME NULL,
  `DeletedByUserId` VARCHAR(450) NULL,
  `PinnedOn` DATETIME NULL,
  `PinnedByUserId` VARCHAR(450) NULL,
  `IsModerated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ChatMessageId`),
  UNIQUE KEY `UX_ChatMessages_Channel_Seq` (`ChatChannelId`, `MessageSeq`)
);

CREATE TABLE `PushUris` (
  `PushUriId` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `PlatformType` INT NOT NULL,
  `PushLocation` LONGTEXT NOT NULL,
  `CreatedOn` DATETIME NOT NULL DEFAULT '1900-01-01 00:00:00',
  `DeviceId` VARCHAR(500) NULL,
  `UnitId` INT NULL,
  PRIMARY KEY (`PushUriId`)
);

CREATE TABLE `UserSessions` (
  `UserSessionId` VARCHAR(128) NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NULL,
  `AuthenticationGeneration` BIGINT NOT NULL DEFAULT 0,
  `State` INT NOT NULL DEFAULT 0,
  `StateVersion` BIGINT NOT NULL DEFAULT 0,
  `ClientApplication` INT NOT NULL DEFAULT 0,
  `ClientInstanceIdHash` VARCHAR(128) NULL,
  `DeviceName` VARCHAR(256) NULL,
  `DeviceType` VARCHAR(128) NULL,
  `OperatingSystem` VARCHAR(128) NULL,
  `Browser` VARCHAR(128) NULL,
  `ApplicationVersion` VARCHAR(64) NULL,
  `AuthenticationMethod` INT NOT NULL DEFAULT 0,
  `DepartmentSsoConfigId` VARCHAR(128) NULL,
  `OpenIddictAuthorizationId` VARCHAR(128) NULL,
  `WebCookieTicketKey` VARCHAR(512) NULL,
  `CreatedOn` DATETIME NOT NULL,
  `LastActiveOn` DATETIME NOT NULL,
  `ExpiresOn` DATETIME NOT NULL,
  `FirstIpAddress` VARCHAR(64) NULL,
  `LastIpAddress` VARCHAR(64) NULL,
  `LastCountry` VARCHAR(128) NULL,
  `LastRegion` VARCHAR(128) NULL,
  `LastCity` VARCHAR(128) NULL,
  `UserAgent` VARCHAR(1024) NULL,
  `IsLegacyAdopted` TINYINT(1) NOT NULL DEFAULT 0,
  `RevokedOn` DATETIME NULL,
  `RevokedByUserId` VARCHAR(128) NULL,
  `RevocationReason` INT NULL,
  PRIMARY KEY (`UserSessionId`)
);

CREATE TABLE `UserExternalIdentityLinks` (
  `UserExternalIdentityLinkId` VARCHAR(128) NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NOT NULL,
  `DepartmentMemberId` INT NOT NULL,
  `DepartmentSsoConfigId` VARCHAR(128) NOT NULL,
  `ProviderType` INT NOT NULL,
  `Issuer` VARCHAR(1024) NOT NULL,
  `ExternalSubject` VARCHAR(512) NOT NULL,
  `LinkMethod` INT NOT NULL,
  `EmailAtLink` VARCHAR(512) NULL,
  `IsEmailExternallyManaged` TINYINT(1) NOT NULL DEFAULT 0,
  `IsActive` TINYINT(1) NOT NULL DEFAULT 1,
  `LinkedOn` DATETIME NOT NULL,
  `LastLoginOn` DATETIME NULL,
  `UnlinkedOn` DATETIME NULL,
  `UnlinkedByUserId` VARCHAR(128) NULL,
  PRIMARY KEY (`UserExternalIdentityLinkId`)
);

CREATE TABLE `AuditLogs` (
  `AuditLogId` INT NOT NULL AUTO_INCREMENT,
  `LogType` INT NOT NULL,
  `DepartmentId` INT NOT NULL,
  `UserId` LONGTEXT NULL,
  `Data` LONGTEXT NULL,
  `Message` LONGTEXT NULL,
  `LoggedOn` DATETIME NULL,
  `IpAddress` VARCHAR(512) NULL,
  `Successful` TINYINT(1) NULL,
  `ObjectId` VARCHAR(128) NULL,
  `ObjectDepartmentId` INT NULL,
  `UserAgent` VARCHAR(255) NULL,
  `ServerName` VARCHAR(512) NULL,
  PRIMARY KEY (`AuditLogId`)
);

CREATE TABLE `SystemAudits` (
  `SystemAuditId` VARCHAR(128) NOT NULL,
  `DepartmentId` INT NULL,
  `Type` INT NOT NULL,
  `System` INT NOT NULL,
  `UserId` VARCHAR(128) NULL,
  `Username` VARCHAR(512) NULL,
  `IpAddress` VARCHAR(512) NULL,
  `Data` LONGTEXT NULL,
  `Successful` TINYINT(1) NOT NULL,
  `ServerName` VARCHAR(512) NULL,
  `LoggedOn` DATETIME NOT NULL,
  `TargetUserId` VARCHAR(128) NULL,
  `SessionId` VARCHAR(128) NULL,
  `CorrelationId` VARCHAR(128) NULL,
  PRIMARY KEY (`SystemAuditId`)
);

CREATE TABLE `GdprDataExportRequests` (
  `GdprDataExportRequestId` VARCHAR(128) NOT NULL,
  `UserId` VARCHAR(128) NULL,
  `DepartmentId` INT NOT NULL,
  `Status` INT NOT NULL DEFAULT 0,
  `RequestedOn` DATETIME NOT NULL,
  `ProcessingStartedOn` DATETIME NULL,
  `CompletedOn` DATETIME NULL,
  `DownloadToken` VARCHAR(100) NULL,
  `TokenExpiresAt` DATETIME NULL,
  `ExportData` LONGBLOB NULL,
  `FileSizeBytes` BIGINT NULL,
  `ErrorMessage` VARCHAR(2000) NULL,
  PRIMARY KEY (`GdprDataExportRequestId`)
);

CREATE TABLE `Invites` (
  `InviteId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `Code` CHAR(36) NOT NULL,
  `EmailAddress` LONGTEXT NOT NULL,
  `SendingUserId` VARCHAR(128) NOT NULL,
  `SentOn` DATETIME NOT NULL,
  `CompletedOn` DATETIME NULL,
  `CompletedUserId` LONGTEXT NULL,
  PRIMARY KEY (`InviteId`),
  CONSTRAINT `FK_dbo.Invites_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`)
);

CREATE TABLE `Plans` (
  `PlanId` INT NOT NULL AUTO_INCREMENT,
  `Name` LONGTEXT NULL,
  `Cost` DOUBLE NOT NULL,
  `Frequency` INT NOT NULL,
  `ExternalId` LONGTEXT NULL,
  `TestExternalId` VARCHAR(256) NULL,
  PRIMARY KEY (`PlanId`)
);

CREATE TABLE `Payments` (
  `PaymentId` INT NOT NULL AUTO_INCREMENT,
  `DepartmentId` INT NOT NULL,
  `PlanId` INT NOT NULL,
  `Method` INT NOT NULL,
  `IsTrial` TINYINT(1) NOT NULL,
  `PurchaseOn` DATETIME NOT NULL,
  `PurchasingUserId` VARCHAR(128) NOT NULL,
  `TransactionId` LONGTEXT NULL,
  `Successful` TINYINT(1) NOT NULL,
  `Data` LONGTEXT NULL,
  `IsUpgrade` TINYINT(1) NOT NULL DEFAULT 0,
  `Description` LONGTEXT NULL,
  `EffectiveOn` DATETIME NOT NULL DEFAULT '1900-01-01 00:00:00',
  `Amount` DOUBLE NOT NULL DEFAULT 0,
  `Payment_PaymentId` INT NULL,
  `EndingOn` DATETIME NOT NULL DEFAULT '1900-01-01 00:00:00',
  `Cancelled` TINYINT(1) NOT NULL DEFAULT 0,
  `CancelledOn` DATETIME NULL,
  `CancelledData` LONGTEXT NULL,
  `UpgradedPaymentId` INT NULL,
  `SubscriptionId` LONGTEXT NULL,
  `Quantity` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`PaymentId`),
  CONSTRAINT `FK_dbo.Payments_dbo.Departments_DepartmentId` FOREIGN KEY (`DepartmentId`) REFERENCES `Departments` (`DepartmentId`),
  CONSTRAINT `FK_dbo.Payments_dbo.Payments_Payment_PaymentId` FOREIGN KEY (`Payment_PaymentId`) REFERENCES `Payments` (`PaymentId`),
  CONSTRAINT `FK_dbo.Payments_dbo.Plans_PlanId` FOREIGN KEY (`PlanId`) REFERENCES `Plans` (`PlanId`)
);

CREATE TABLE `QueueItems` (
  `QueueItemId` INT NOT NULL AUTO_INCREMENT,
  `QueueType` INT NOT NULL,
  `SourceId` LONGTEXT NULL,
  `QueuedOn` DATETIME NOT NULL,
  `PickedUp` DATETIME NULL,
  `CompletedOn` DATETIME NULL,
  `Receipt` LONGTEXT NULL,
  `ToBeCompletedOn` DATETIME NULL,
  `Reason` VARCHAR(255) NULL,
  `QueuedByUserId` VARCHAR(128) NULL,
  `Data` VARCHAR(255) NULL,
  `ReminderCount` INT NULL,
  `AttemptCount` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`QueueItemId`)
);

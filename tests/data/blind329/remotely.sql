-- Remotely (immense/Remotely, GPL-3.0), EF Core PostgreSQL model snapshot written as MySQL

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `DeviceGroupRemotelyUser` (
  `DeviceGroupsID` VARCHAR(255) NOT NULL,
  `UsersId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`DeviceGroupsID`, `UsersId`),
  CONSTRAINT `FK_DeviceGroupRemotelyUser_DeviceGroups_DeviceGroupsID` FOREIGN KEY (`DeviceGroupsID`) REFERENCES `DeviceGroups` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_DeviceGroupRemotelyUser_RemotelyUsers_UsersId` FOREIGN KEY (`UsersId`) REFERENCES `RemotelyUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceGroupScriptSchedule` (
  `DeviceGroupsID` VARCHAR(255) NOT NULL,
  `ScriptSchedulesId` INT NOT NULL,
  PRIMARY KEY (`DeviceGroupsID`, `ScriptSchedulesId`),
  CONSTRAINT `FK_DeviceGroupScriptSchedule_DeviceGroups_DeviceGroupsID` FOREIGN KEY (`DeviceGroupsID`) REFERENCES `DeviceGroups` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_DeviceGroupScriptSchedule_ScriptSchedules_ScriptSchedulesId` FOREIGN KEY (`ScriptSchedulesId`) REFERENCES `ScriptSchedules` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceScriptRun` (
  `DevicesID` VARCHAR(255) NOT NULL,
  `ScriptRunsId` INT NOT NULL,
  PRIMARY KEY (`DevicesID`, `ScriptRunsId`),
  CONSTRAINT `FK_DeviceScriptRun_Devices_DevicesID` FOREIGN KEY (`DevicesID`) REFERENCES `Devices` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_DeviceScriptRun_ScriptRuns_ScriptRunsId` FOREIGN KEY (`ScriptRunsId`) REFERENCES `ScriptRuns` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceScriptSchedule` (
  `DevicesID` VARCHAR(255) NOT NULL,
  `ScriptSchedulesId` INT NOT NULL,
  PRIMARY KEY (`DevicesID`, `ScriptSchedulesId`),
  CONSTRAINT `FK_DeviceScriptSchedule_Devices_DevicesID` FOREIGN KEY (`DevicesID`) REFERENCES `Devices` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_DeviceScriptSchedule_ScriptSchedules_ScriptSchedulesId` FOREIGN KEY (`ScriptSchedulesId`) REFERENCES `ScriptSchedules` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoles` (
  `Id` VARCHAR(255) NOT NULL,
  `ConcurrencyStamp` LONGTEXT,
  `Name` VARCHAR(256),
  `NormalizedName` VARCHAR(256),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT,
  `ClaimValue` LONGTEXT,
  `RoleId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RemotelyUsers` (
  `Id` VARCHAR(255) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `ConcurrencyStamp` LONGTEXT,
  `Discriminator` VARCHAR(13) NOT NULL,
  `Email` VARCHAR(256),
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(6),
  `NormalizedEmail` VARCHAR(256),
  `NormalizedUserName` VARCHAR(256),
  `PasswordHash` LONGTEXT,
  `PhoneNumber` LONGTEXT,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `SecurityStamp` LONGTEXT,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `UserName` VARCHAR(256),
  `IsAdministrator` TINYINT(1) NOT NULL,
  `IsServerAdmin` TINYINT(1) NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `TempPassword` LONGTEXT,
  `UserOptions` LONGTEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`),
  CONSTRAINT `FK_RemotelyUsers_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT,
  `ClaimValue` LONGTEXT,
  `UserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_RemotelyUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `RemotelyUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(255) NOT NULL,
  `ProviderKey` VARCHAR(255) NOT NULL,
  `ProviderDisplayName` LONGTEXT,
  `UserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_RemotelyUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `RemotelyUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` VARCHAR(255) NOT NULL,
  `RoleId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_RemotelyUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `RemotelyUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` VARCHAR(255) NOT NULL,
  `LoginProvider` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Value` LONGTEXT,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_RemotelyUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `RemotelyUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Alerts` (
  `ID` VARCHAR(255) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `Details` LONGTEXT,
  `DeviceID` VARCHAR(255) NOT NULL,
  `Message` LONGTEXT,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `UserID` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Alerts_Devices_DeviceID` FOREIGN KEY (`DeviceID`) REFERENCES `Devices` (`ID`),
  CONSTRAINT `FK_Alerts_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_Alerts_RemotelyUsers_UserID` FOREIGN KEY (`UserID`) REFERENCES `RemotelyUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiTokens` (
  `ID` VARCHAR(255) NOT NULL,
  `LastUsed` DATETIME(6),
  `Name` VARCHAR(200),
  `OrganizationID` VARCHAR(255) NOT NULL,
  `Secret` LONGTEXT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ApiTokens_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BrandingInfos` (
  `Id` VARCHAR(255) NOT NULL,
  `Icon` LONGBLOB NOT NULL,
  `OrganizationId` VARCHAR(255),
  `Product` VARCHAR(25) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_BrandingInfos_OrganizationId` (`OrganizationId`),
  CONSTRAINT `FK_BrandingInfos_Organizations_OrganizationId` FOREIGN KEY (`OrganizationId`) REFERENCES `Organizations` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Devices` (
  `ID` VARCHAR(255) NOT NULL,
  `AgentVersion` LONGTEXT,
  `Alias` VARCHAR(100),
  `CpuUtilization` DOUBLE NOT NULL,
  `CurrentUser` LONGTEXT,
  `DeviceGroupID` VARCHAR(255),
  `DeviceName` LONGTEXT,
  `Drives` LONGTEXT,
  `Is64Bit` TINYINT(1) NOT NULL,
  `IsOnline` TINYINT(1) NOT NULL,
  `LastOnline` DATETIME(6) NOT NULL,
  `MacAddresses` LONGTEXT NOT NULL,
  `Notes` VARCHAR(5000),
  `OSArchitecture` INT NOT NULL,
  `OSDescription` LONGTEXT,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `Platform` LONGTEXT,
  `ProcessorCount` INT NOT NULL,
  `PublicIP` LONGTEXT,
  `ServerVerificationToken` LONGTEXT,
  `Tags` VARCHAR(200),
  `TotalMemory` DOUBLE NOT NULL,
  `TotalStorage` DOUBLE NOT NULL,
  `UsedMemory` DOUBLE NOT NULL,
  `UsedStorage` DOUBLE NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Devices_DeviceGroups_DeviceGroupID` FOREIGN KEY (`DeviceGroupID`) REFERENCES `DeviceGroups` (`ID`),
  CONSTRAINT `FK_Devices_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceGroups` (
  `ID` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(200) NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_DeviceGroups_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InviteLinks` (
  `ID` VARCHAR(255) NOT NULL,
  `DateSent` DATETIME(6) NOT NULL,
  `InvitedUser` LONGTEXT,
  `IsAdmin` TINYINT(1) NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `ResetUrl` LONGTEXT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_InviteLinks_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KeyValueRecords` (
  `Key` CHAR(36) NOT NULL,
  `Value` LONGTEXT,
  PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Organizations` (
  `ID` VARCHAR(255) NOT NULL,
  `BrandingInfoId` LONGTEXT,
  `IsDefaultOrganization` TINYINT(1) NOT NULL,
  `OrganizationName` VARCHAR(25) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SavedScripts` (
  `Id` CHAR(36) NOT NULL,
  `Content` LONGTEXT NOT NULL,
  `CreatorId` VARCHAR(255) NOT NULL,
  `FolderPath` VARCHAR(200),
  `GenerateAlertOnError` TINYINT(1) NOT NULL,
  `IsPublic` TINYINT(1) NOT NULL,
  `IsQuickScript` TINYINT(1) NOT NULL,
  `Name` VARCHAR(100) NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `SendEmailOnError` TINYINT(1) NOT NULL,
  `SendErrorEmailTo` LONGTEXT,
  `Shell` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SavedScripts_RemotelyUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `RemotelyUsers` (`Id`),
  CONSTRAINT `FK_SavedScripts_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScriptResults` (
  `ID` VARCHAR(255) NOT NULL,
  `DeviceID` VARCHAR(255) NOT NULL,
  `ErrorOutput` LONGTEXT,
  `HadErrors` TINYINT(1) NOT NULL,
  `InputType` INT NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `RunTime` TIME(6) NOT NULL,
  `SavedScriptId` CHAR(36),
  `ScheduleId` INT,
  `ScriptInput` LONGTEXT NOT NULL,
  `ScriptRunId` INT,
  `SenderConnectionID` LONGTEXT,
  `SenderUserName` LONGTEXT,
  `Shell` INT NOT NULL,
  `StandardOutput` LONGTEXT,
  `TimeStamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ScriptResults_Devices_DeviceID` FOREIGN KEY (`DeviceID`) REFERENCES `Devices` (`ID`),
  CONSTRAINT `FK_ScriptResults_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `FK_ScriptResults_SavedScripts_SavedScriptId` FOREIGN KEY (`SavedScriptId`) REFERENCES `SavedScripts` (`Id`),
  CONSTRAINT `FK_ScriptResults_ScriptSchedules_ScheduleId` FOREIGN KEY (`ScheduleId`) REFERENCES `ScriptSchedules` (`Id`),
  CONSTRAINT `FK_ScriptResults_ScriptRuns_ScriptRunId` FOREIGN KEY (`ScriptRunId`) REFERENCES `ScriptRuns` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScriptRuns` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Initiator` LONGTEXT,
  `InputType` INT NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `RunAt` DATETIME(6) NOT NULL,
  `RunOnNextConnect` TINYINT(1) NOT NULL,
  `SavedScriptId` CHAR(36),
  `ScheduleId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ScriptRuns_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`),
  CONSTRAINT `FK_ScriptRuns_SavedScripts_SavedScriptId` FOREIGN KEY (`SavedScriptId`) REFERENCES `SavedScripts` (`Id`),
  CONSTRAINT `FK_ScriptRuns_ScriptSchedules_ScheduleId` FOREIGN KEY (`ScheduleId`) REFERENCES `ScriptSchedules` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScriptSchedules` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CreatedAt` DATETIME(6) NOT NULL,
  `CreatorId` VARCHAR(255) NOT NULL,
  `Interval` INT NOT NULL,
  `LastRun` DATETIME(6),
  `Name` LONGTEXT NOT NULL,
  `NextRun` DATETIME(6) NOT NULL,
  `OrganizationID` VARCHAR(255) NOT NULL,
  `RunOnNextConnect` TINYINT(1) NOT NULL,
  `SavedScriptId` CHAR(36) NOT NULL,
  `StartAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ScriptSchedules_RemotelyUsers_CreatorId` FOREIGN KEY (`CreatorId`) REFERENCES `RemotelyUsers` (`Id`),
  CONSTRAINT `FK_ScriptSchedules_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SharedFiles` (
  `ID` VARCHAR(255) NOT NULL,
  `ContentType` LONGTEXT,
  `FileContents` LONGBLOB NOT NULL,
  `FileName` LONGTEXT,
  `OrganizationID` VARCHAR(255),
  `Timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_SharedFiles_Organizations_OrganizationID` FOREIGN KEY (`OrganizationID`) REFERENCES `Organizations` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

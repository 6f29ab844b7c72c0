-- Squidex (headless CMS, .NET; 7.23.0 + 12 commits) with its Entity Framework Core store on MySQL: ASP.NET Identity
-- users (the editors, developers and app contributors) with claims, external logins, roles and tokens; OpenIddict
-- authorizations and tokens; apps, teams, schemas and rules (webhooks) as state documents; content items
-- (all and published), content references and the full-text, geo and user-info (content-defined API users)
-- indexes; assets and asset folders; the app history (activity log), the API request log, usage counters; the
-- event store; AI chats; background jobs, messaging, cache, collaborative-editing documents.
-- Upstream: github.com/Squidex/squidex commit 0ecfe2fc6807a59f0cf67fdcb41bfa037b4fd60e (MIT),
--   backend/src/Squidex.Data.EntityFramework/Providers/MySql/App/Migrations/*.cs (Initial 2025-02-04 ...
--   AddJsonFunctions 2026-05-12) and Providers/MySql/Content/Migrations/20250305193148_AddInitial.cs.
-- Made by replaying the Up() operations of those Pomelo (MySQL) migrations in order — CreateTable, AddColumn,
-- DropColumn, AlterColumn, CreateIndex, DropTable — and writing each resulting table with the column names, order,
-- types, nullability, defaults, primary keys, indexes and foreign keys the migrations give; the column sets were
-- checked against MySqlDbContextModelSnapshot.cs. The content tables' configurable prefix (TableName.Prefix) is
-- empty, as by default. All 49 tables are kept.

CREATE TABLE `AspNetRoles` (
  `Id` varchar(255) NOT NULL,
  `Name` varchar(256) NULL,
  `NormalizedName` varchar(256) NULL,
  `ConcurrencyStamp` longtext NULL,
  CONSTRAINT `PK_AspNetRoles` PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` varchar(255) NOT NULL,
  `UserName` varchar(256) NULL,
  `NormalizedUserName` varchar(256) NULL,
  `Email` varchar(256) NULL,
  `NormalizedEmail` varchar(256) NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `PasswordHash` longtext NULL,
  `SecurityStamp` longtext NULL,
  `ConcurrencyStamp` longtext NULL,
  `PhoneNumber` longtext NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `AccessFailedCount` int NOT NULL,
  CONSTRAINT `PK_AspNetUsers` PRIMARY KEY (`Id`),
  KEY `EmailIndex` (`NormalizedEmail`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AssetFolders` (
  `DocumentId` varchar(255) NOT NULL,
  `IndexedAppId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `CreatedBy` varchar(100) NOT NULL,
  `LastModifiedBy` varchar(100) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Version` bigint NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ParentId` varchar(255) NOT NULL,
  `FolderName` longtext NOT NULL,
  CONSTRAINT `PK_AssetFolders` PRIMARY KEY (`DocumentId`),
  KEY `IX_AssetFolders_IndexedAppId_Id` (`IndexedAppId`, `Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AssetKeyValueStore_TusMetadata` (
  `Key` varchar(255) NOT NULL,
  `Value` longtext NOT NULL,
  `Expires` datetime(6) NOT NULL,
  CONSTRAINT `PK_AssetKeyValueStore_TusMetadata` PRIMARY KEY (`Key`),
  KEY `IX_AssetKeyValueStore_TusMetadata_Expires` (`Expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Assets` (
  `DocumentId` varchar(255) NOT NULL,
  `IndexedAppId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `CreatedBy` varchar(100) NOT NULL,
  `LastModifiedBy` varchar(100) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Version` bigint NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ParentId` varchar(255) NOT NULL,
  `FileName` longtext NOT NULL,
  `FileHash` longtext NULL,
  `MimeType` longtext NOT NULL,
  `Slug` longtext NULL,
  `FileSize` bigint NOT NULL,
  `FileVersion` bigint NOT NULL,
  `TotalSize` bigint NOT NULL,
  `IsProtected` tinyint(1) NOT NULL,
  `Tags` varchar(1000) NOT NULL,
  `Metadata` json NOT NULL,
  `Type` varchar(100) NOT NULL,
  CONSTRAINT `PK_Assets` PRIMARY KEY (`DocumentId`),
  KEY `IX_Assets_IndexedAppId_Id` (`IndexedAppId`, `Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cache` (
  `Key` varchar(255) NOT NULL,
  `Expires` datetime(6) NOT NULL,
  `Value` longblob NOT NULL,
  CONSTRAINT `PK_Cache` PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Chats` (
  `Id` varchar(255) NOT NULL,
  `Value` longtext NOT NULL,
  `LastUpdated` datetime(6) NOT NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  CONSTRAINT `PK_Chats` PRIMARY KEY (`Id`),
  KEY `IX_Chats_LastUpdated` (`LastUpdated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContentReferencesAll` (
  `AppId` varchar(255) NOT NULL,
  `FromKey` varchar(255) NOT NULL,
  `ToId` varchar(255) NOT NULL,
  `FromSchema` varchar(255) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  CONSTRAINT `PK_ContentReferencesAll` PRIMARY KEY (`AppId`, `FromKey`, `ToId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContentReferencesPublished` (
  `AppId` varchar(255) NOT NULL,
  `FromKey` varchar(255) NOT NULL,
  `ToId` varchar(255) NOT NULL,
  `FromSchema` varchar(255) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  CONSTRAINT `PK_ContentReferencesPublished` PRIMARY KEY (`AppId`, `FromKey`, `ToId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContentsAll` (
  `DocumentId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `CreatedBy` varchar(100) NOT NULL,
  `LastModifiedBy` varchar(100) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Version` bigint NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  `NewStatus` varchar(100) NULL,
  `Status` varchar(100) NOT NULL,
  `Data` json NOT NULL,
  `ScheduleJob` json NULL,
  `IndexedAppId` varchar(255) NOT NULL,
  `IndexedSchemaId` varchar(255) NOT NULL,
  `ScheduledAt` datetime(6) NULL,
  `NewData` json NULL,
  `TranslationStatus` json NULL,
  CONSTRAINT `PK_ContentsAll` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContentsPublished` (
  `DocumentId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `CreatedBy` varchar(100) NOT NULL,
  `LastModifiedBy` varchar(100) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Version` bigint NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  `NewStatus` varchar(100) NULL,
  `Status` varchar(100) NOT NULL,
  `Data` json NOT NULL,
  `ScheduleJob` json NULL,
  `IndexedAppId` varchar(255) NOT NULL,
  `IndexedSchemaId` varchar(255) NOT NULL,
  `ScheduledAt` datetime(6) NULL,
  `NewData` json NULL,
  `TranslationStatus` json NULL,
  CONSTRAINT `PK_ContentsPublished` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Counter` (
  `Date` datetime(6) NOT NULL,
  `Key` varchar(255) NOT NULL,
  `Category` varchar(255) NOT NULL,
  `CounterKey` varchar(255) NOT NULL,
  `CounterValue` double NOT NULL,
  CONSTRAINT `PK_Counter` PRIMARY KEY (`Key`, `Date`, `Category`, `CounterKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventPosition` (
  `Id` bigint NOT NULL,
  `Position` bigint NOT NULL,
  CONSTRAINT `PK_EventPosition` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Events` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EventStream` varchar(750) NOT NULL,
  `EventStreamOffset` bigint NOT NULL,
  `EventsCount` bigint NOT NULL,
  `Events` longtext NOT NULL,
  `Timestamp` datetime(6) NOT NULL,
  `Position` bigint NULL,
  CONSTRAINT `PK_Events` PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Events_EventStream_EventStreamOffset` (`EventStream`, `EventStreamOffset`),
  KEY `IX_Events_EventStream_Position` (`EventStream`, `Position`),
  KEY `IX_Events_EventStream_Timestamp` (`EventStream`, `Timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HistoryEvent` (
  `Id` varchar(255) NOT NULL,
  `OwnerId` varchar(255) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `Actor` varchar(100) NOT NULL,
  `Version` bigint NOT NULL,
  `Channel` longtext NOT NULL,
  `EventType` longtext NOT NULL,
  `Parameters` json NOT NULL,
  CONSTRAINT `PK_HistoryEvent` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Messages` (
  `Id` varchar(255) NOT NULL,
  `ChannelName` varchar(255) NOT NULL,
  `QueueName` varchar(255) NOT NULL,
  `MessageData` longblob NOT NULL,
  `MessageHeaders` varchar(2000) NOT NULL,
  `TimeToLive` datetime(6) NOT NULL,
  `TimeHandled` datetime(6) NULL,
  `Version` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  CONSTRAINT `PK_Messages` PRIMARY KEY (`Id`),
  KEY `IX_Messages_ChannelName_TimeHandled` (`ChannelName`, `TimeHandled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MessagingData` (
  `Group` varchar(255) NOT NULL,
  `Key` varchar(255) NOT NULL,
  `ValueType` varchar(255) NOT NULL,
  `ValueFormat` varchar(255) NULL,
  `ValueData` longblob NOT NULL,
  `Expiration` datetime(6) NOT NULL,
  CONSTRAINT `PK_MessagingData` PRIMARY KEY (`Group`, `Key`),
  KEY `IX_MessagingData_Expiration` (`Expiration`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Migrations` (
  `Id` int NOT NULL,
  `IsLocked` tinyint(1) NOT NULL,
  `Version` int NOT NULL,
  CONSTRAINT `PK_Migrations` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OpenIddictAuthorizations` (
  `Id` varchar(255) NOT NULL,
  `ApplicationId` varchar(255) NULL,
  `ConcurrencyToken` varchar(50) NULL,
  `CreationDate` datetime(6) NULL,
  `Properties` longtext NULL,
  `Scopes` longtext NULL,
  `Status` varchar(50) NULL,
  `Subject` varchar(400) NULL,
  `Type` varchar(50) NULL,
  CONSTRAINT `PK_OpenIddictAuthorizations` PRIMARY KEY (`Id`),
  KEY `IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type` (`ApplicationId`, `Status`, `Subject`, `Type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Requests` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Key` varchar(255) NOT NULL,
  `Timestamp` datetime(6) NOT NULL,
  `Properties` json NOT NULL,
  CONSTRAINT `PK_Requests` PRIMARY KEY (`Id`),
  KEY `IX_Requests_Key` (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_App` (
  `DocumentId` varchar(255) NOT NULL,
  `Name` longtext NOT NULL,
  `UserIds` longtext NOT NULL,
  `TeamId` varchar(255) NULL,
  `Deleted` tinyint(1) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_App` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Counters` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Counters` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_EventConsumerState` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_EventConsumerState` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Identity_Keys` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Identity_Keys` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Identity_Xml` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Identity_Xml` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Index_TagHistory` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Index_TagHistory` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Index_Tags` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Index_Tags` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_JobsState` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_JobsState` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Names` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Names` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Rule` (
  `DocumentId` varchar(255) NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Rule` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Schema` (
  `DocumentId` varchar(255) NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `Name` longtext NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Schema` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_Team` (
  `DocumentId` varchar(255) NOT NULL,
  `UserIds` longtext NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `AuthDomain` longtext NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_Team` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_UISettings` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_UISettings` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_UsageNotifications` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_UsageNotifications` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States_UsageTracker` (
  `DocumentId` varchar(255) NOT NULL,
  `Document` json NULL,
  `Version` bigint NOT NULL,
  CONSTRAINT `PK_States_UsageTracker` PRIMARY KEY (`DocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TextState` (
  `UniqueContentId` varchar(255) NOT NULL,
  `State` varchar(100) NOT NULL,
  CONSTRAINT `PK_TextState` PRIMARY KEY (`UniqueContentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `YDotNetDocument` (
  `Id` varchar(256) NOT NULL,
  `Data` longblob NOT NULL,
  `Expiration` datetime(6) NULL,
  CONSTRAINT `PK_YDotNetDocument` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `RoleId` varchar(255) NOT NULL,
  `ClaimType` longtext NULL,
  `ClaimValue` longtext NULL,
  CONSTRAINT `PK_AspNetRoleClaims` PRIMARY KEY (`Id`),
  KEY `IX_AspNetRoleClaims_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `UserId` varchar(255) NOT NULL,
  `ClaimType` longtext NULL,
  `ClaimValue` longtext NULL,
  CONSTRAINT `PK_AspNetUserClaims` PRIMARY KEY (`Id`),
  KEY `IX_AspNetUserClaims_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` longtext NULL,
  `UserId` varchar(255) NOT NULL,
  CONSTRAINT `PK_AspNetUserLogins` PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  KEY `IX_AspNetUserLogins_UserId` (`UserId`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` varchar(255) NOT NULL,
  `RoleId` varchar(255) NOT NULL,
  CONSTRAINT `PK_AspNetUserRoles` PRIMARY KEY (`UserId`, `RoleId`),
  KEY `IX_AspNetUserRoles_RoleId` (`RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` longtext NULL,
  CONSTRAINT `PK_AspNetUserTokens` PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OpenIddictTokens` (
  `Id` varchar(255) NOT NULL,
  `ApplicationId` varchar(255) NULL,
  `AuthorizationId` varchar(255) NULL,
  `ConcurrencyToken` varchar(50) NULL,
  `CreationDate` datetime(6) NULL,
  `ExpirationDate` datetime(6) NULL,
  `Payload` longtext NULL,
  `Properties` longtext NULL,
  `RedemptionDate` datetime(6) NULL,
  `ReferenceId` varchar(100) NULL,
  `Status` varchar(50) NULL,
  `Subject` varchar(400) NULL,
  `Type` varchar(50) NULL,
  CONSTRAINT `PK_OpenIddictTokens` PRIMARY KEY (`Id`),
  KEY `IX_OpenIddictTokens_ApplicationId_Status_Subject_Type` (`ApplicationId`, `Status`, `Subject`, `Type`),
  KEY `IX_OpenIddictTokens_AuthorizationId` (`AuthorizationId`),
  UNIQUE KEY `IX_OpenIddictTokens_ReferenceId` (`ReferenceId`),
  CONSTRAINT `FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId` FOREIGN KEY (`AuthorizationId`) REFERENCES `OpenIddictAuthorizations` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Geos` (
  `Id` varchar(400) NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  `ContentId` varchar(255) NOT NULL,
  `Stage` tinyint unsigned NOT NULL,
  `ServeAll` tinyint(1) NOT NULL,
  `ServePublished` tinyint(1) NOT NULL,
  `GeoField` varchar(255) NOT NULL,
  `GeoObject` geometry NOT NULL,
  CONSTRAINT `PK_Geos` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Texts` (
  `Id` varchar(400) NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  `ContentId` varchar(255) NOT NULL,
  `Stage` tinyint unsigned NOT NULL,
  `ServeAll` tinyint(1) NOT NULL,
  `ServePublished` tinyint(1) NOT NULL,
  `Texts` longtext NOT NULL,
  CONSTRAINT `PK_Texts` PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContentTables` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `AppId` varchar(255) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  CONSTRAINT `PK_ContentTables` PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ContentTables_AppId_SchemaId` (`AppId`, `SchemaId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Flows` (
  `Id` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `Created` datetime(6) NOT NULL,
  `OwnerId` varchar(255) NOT NULL,
  `DefinitionId` varchar(255) NOT NULL,
  `State` longtext NOT NULL,
  `SchedulePartition` int NOT NULL,
  `DueTime` datetime(6) NULL,
  CONSTRAINT `PK_Flows` PRIMARY KEY (`Id`),
  KEY `IX_Flows_DueTime_SchedulePartition` (`DueTime`, `SchedulePartition`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CronJobs` (
  `Id` varchar(255) NOT NULL,
  `DueTime` datetime(6) NOT NULL,
  `Data` longtext NOT NULL,
  CONSTRAINT `PK_CronJobs` PRIMARY KEY (`Id`),
  KEY `IX_CronJobs_DueTime` (`DueTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserInfos` (
  `Id` varchar(400) NOT NULL,
  `AppId` varchar(255) NOT NULL,
  `SchemaId` varchar(255) NOT NULL,
  `ContentId` varchar(255) NOT NULL,
  `Stage` tinyint unsigned NOT NULL,
  `ServeAll` tinyint(1) NOT NULL,
  `ServePublished` tinyint(1) NOT NULL,
  `UserInfoApiKey` varchar(256) NOT NULL,
  `UserInfoRole` varchar(256) NOT NULL,
  CONSTRAINT `PK_UserInfos` PRIMARY KEY (`Id`),
  KEY `IX_UserInfos_UserInfoApiKey` (`UserInfoApiKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


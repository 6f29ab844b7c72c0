-- Open Charge Map (openchargemap.org; global registry of EV charging locations, its API and community contributions)
-- Upstream: github.com/openchargemap/ocm-system, commit c12bcb8bfaf712ca51e0090d650b5d204471e60e (MIT)
-- Source: the EF Core model scaffolded from the production SQL Server database, API/OCM.Net/OCM.API.Core/Data/
-- (OCMEntities.cs OnModelCreating + one entity class per table, properties in column order), written as MySQL DDL.
-- 35 tables (the two views ViewAllEquipment and ViewAllLocations are left out).
CREATE TABLE `Country` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(100) NOT NULL,
  `ISOCode` varchar(100),
  `ContinentCode` varchar(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AddressInfo` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(100) NOT NULL,
  `AddressLine1` varchar(1000),
  `AddressLine2` varchar(1000),
  `Town` varchar(100),
  `StateOrProvince` varchar(100),
  `Postcode` varchar(100),
  `CountryID` int NOT NULL,
  `Latitude` double NOT NULL,
  `Longitude` double NOT NULL,
  `ContactTelephone1` varchar(200),
  `ContactTelephone2` varchar(200),
  `ContactEmail` varchar(500),
  `AccessComments` longtext,
  `GeneralComments` longtext,
  `RelatedURL` varchar(500),
  `SpatialPosition` longblob COMMENT 'computed on SQL Server as ([geography]::Point([Latitude],[Longitude],(4326)))',
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_AddressInfo_Country` FOREIGN KEY (`CountryID`) REFERENCES `Country` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `IdentityProvider` varchar(100) NOT NULL,
  `Identifier` varchar(200) NOT NULL,
  `Username` varchar(100),
  `PasswordHash` varchar(500),
  `CurrentSessionToken` varchar(100),
  `Profile` longtext,
  `Location` varchar(500),
  `WebsiteURL` varchar(500),
  `ReputationPoints` int DEFAULT 0,
  `Permissions` longtext,
  `PermissionsRequested` longtext,
  `DateCreated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `DateLastLogin` datetime,
  `EmailAddress` varchar(500),
  `IsEmergencyChargingProvider` tinyint(1) NOT NULL,
  `IsProfilePublic` tinyint(1) NOT NULL DEFAULT 1,
  `IsPublicChargingProvider` tinyint(1) NOT NULL,
  `APIKey` varchar(100),
  `Latitude` double,
  `Longitude` double,
  `SyncedSettings` longtext,
  `IsReadOnly` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditLog` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `EventDate` datetime NOT NULL,
  `UserID` int NOT NULL,
  `EventDescription` longtext,
  `Comment` longtext,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_AuditLog_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataProviderStatusType` (
  `ID` int NOT NULL,
  `Title` varchar(200) NOT NULL,
  `IsProviderEnabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataProvider` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(250) NOT NULL,
  `WebsiteURL` varchar(500),
  `Comments` longtext,
  `ImportConfig` longtext,
  `DataSharingAgreementID` int,
  `DataProviderStatusTypeID` int,
  `IsRestrictedEdit` tinyint(1) NOT NULL,
  `IsOpenDataLicensed` tinyint(1) DEFAULT 0,
  `IsApprovedImport` tinyint(1) DEFAULT 0,
  `License` varchar(250),
  `DateLastImported` datetime,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_DataProvider_DataProviderStatus` FOREIGN KEY (`DataProviderStatusTypeID`) REFERENCES `DataProviderStatusType` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Operator` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(250),
  `WebsiteURL` varchar(500),
  `Comments` longtext,
  `PhonePrimaryContact` varchar(100),
  `PhoneSecondaryContact` varchar(100),
  `IsPrivateIndividual` tinyint(1),
  `AddressInfoID` int,
  `BookingURL` varchar(500),
  `ContactEmail` varchar(500),
  `FaultReportEmail` varchar(500),
  `IsRestrictedEdit` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Operator_AddressInfo` FOREIGN KEY (`AddressInfoID`) REFERENCES `AddressInfo` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StatusType` (
  `ID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  `IsOperational` tinyint(1),
  `IsUserSelectable` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SubmissionStatusType` (
  `ID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  `IsLive` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UsageType` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(200) NOT NULL,
  `IsPayAtLocation` tinyint(1),
  `IsMembershipRequired` tinyint(1),
  `IsAccessKeyRequired` tinyint(1),
  `IsPublicAccess` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChargePoint` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `UUID` varchar(100) NOT NULL,
  `ParentChargePointID` int,
  `DataProviderID` int NOT NULL,
  `DataProvidersReference` varchar(100),
  `OperatorID` int,
  `OperatorsReference` varchar(100),
  `UsageTypeID` int,
  `AddressInfoID` int,
  `NumberOfPoints` int,
  `GeneralComments` longtext,
  `DatePlanned` datetime,
  `DateLastConfirmed` datetime,
  `StatusTypeID` int DEFAULT 0,
  `DateLastStatusUpdate` datetime,
  `DataQualityLevel` int,
  `DateCreated` datetime DEFAULT CURRENT_TIMESTAMP,
  `SubmissionStatusTypeID` int,
  `UsageCost` varchar(500),
  `LevelOfDetail` smallint,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `IX_ChargePoint` (`UUID`),
  CONSTRAINT `FK_ChargePoint_AddressInfo` FOREIGN KEY (`AddressInfoID`) REFERENCES `AddressInfo` (`ID`),
  CONSTRAINT `FK_ChargePoint_DataProvider` FOREIGN KEY (`DataProviderID`) REFERENCES `DataProvider` (`ID`),
  CONSTRAINT `FK_ChargePoint_Operator` FOREIGN KEY (`OperatorID`) REFERENCES `Operator` (`ID`),
  CONSTRAINT `FK_ChargePoint_ChargePoint` FOREIGN KEY (`ParentChargePointID`) REFERENCES `ChargePoint` (`ID`),
  CONSTRAINT `FK_ChargePoint_StatusType` FOREIGN KEY (`StatusTypeID`) REFERENCES `StatusType` (`ID`),
  CONSTRAINT `FK_ChargePoint_SubmissionStatusType` FOREIGN KEY (`SubmissionStatusTypeID`) REFERENCES `SubmissionStatusType` (`ID`),
  CONSTRAINT `FK_ChargePoint_UsageType` FOREIGN KEY (`UsageTypeID`) REFERENCES `UsageType` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChargerType` (
  `ID` int NOT NULL,
  `Title` varchar(200) NOT NULL,
  `Comments` longtext,
  `IsFastChargeCapable` tinyint(1) NOT NULL,
  `DisplayOrder` int,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CheckinStatusType` (
  `ID` tinyint NOT NULL,
  `Title` varchar(100) NOT NULL,
  `IsPositive` tinyint(1) DEFAULT 1 COMMENT 'If true, implies positive, if false, implies negative, if null implies neutral',
  `IsAutomatedCheckin` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConnectionType` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(200) NOT NULL,
  `FormalName` varchar(200),
  `IsDiscontinued` tinyint(1) DEFAULT 0,
  `IsObsolete` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CurrentType` (
  `ID` smallint NOT NULL,
  `Title` varchar(100) NOT NULL,
  `Description` varchar(500),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConnectionInfo` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `ChargePointID` int NOT NULL,
  `ConnectionTypeID` int NOT NULL,
  `Reference` varchar(100),
  `StatusTypeID` int,
  `Amps` int,
  `Voltage` int,
  `PowerKW` double,
  `LevelTypeID` int,
  `Quantity` int,
  `Comments` longtext,
  `CurrentTypeID` smallint,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ConnectionInfo_ChargePoint` FOREIGN KEY (`ChargePointID`) REFERENCES `ChargePoint` (`ID`),
  CONSTRAINT `FK_ConnectionInfo_ConnectorType` FOREIGN KEY (`ConnectionTypeID`) REFERENCES `ConnectionType` (`ID`),
  CONSTRAINT `FK_ConnectionInfo_CurrentType` FOREIGN KEY (`CurrentTypeID`) REFERENCES `CurrentType` (`ID`),
  CONSTRAINT `FK_ConnectionInfo_ChargerType` FOREIGN KEY (`LevelTypeID`) REFERENCES `ChargerType` (`ID`),
  CONSTRAINT `FK_ConnectionInfo_StatusType` FOREIGN KEY (`StatusTypeID`) REFERENCES `StatusType` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='List of equipment types and specifications for a given POI';

CREATE TABLE `DataSharingAgreement` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `CompanyName` varchar(255) NOT NULL COMMENT 'Organisation making agreement',
  `CountryID` int NOT NULL,
  `RepresentativeName` varchar(255) NOT NULL COMMENT 'Name of person authorised by organisation to make agreement',
  `ContactEmail` varchar(255) NOT NULL,
  `IsEmailVerified` tinyint(1) NOT NULL,
  `WebsiteURL` varchar(255) NOT NULL COMMENT 'Website of data provider',
  `DataFeedType` varchar(50) NOT NULL,
  `DataFeedURL` varchar(500) NOT NULL,
  `DistributionLimitations` varchar(500),
  `DataLicense` varchar(255),
  `Credentials` longtext,
  `UserID` int NOT NULL COMMENT 'OCM User ID of user who completed agreement',
  `DateCreated` datetime NOT NULL,
  `DateAgreed` datetime NOT NULL,
  `DateAgreementTerminated` datetime,
  `Comments` longtext,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_DataSharingAgreement_Country` FOREIGN KEY (`CountryID`) REFERENCES `Country` (`ID`),
  CONSTRAINT `FK_DataSharingAgreement_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataType` (
  `ID` tinyint NOT NULL,
  `Title` varchar(100),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityType` (
  `ID` smallint NOT NULL,
  `Title` varchar(100) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EditQueueItem` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `UserID` int COMMENT 'User who submitted this edit',
  `Comment` longtext,
  `IsProcessed` tinyint(1) NOT NULL,
  `ProcessedByUserID` int COMMENT 'Editor who approved/processed this edit',
  `DateSubmitted` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `DateProcessed` datetime,
  `EditData` longtext,
  `PreviousData` longtext,
  `EntityID` int,
  `EntityTypeID` smallint,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_EditQueueItem_EntityType` FOREIGN KEY (`EntityTypeID`) REFERENCES `EntityType` (`ID`),
  CONSTRAINT `FK_EditQueue_User1` FOREIGN KEY (`ProcessedByUserID`) REFERENCES `User` (`ID`),
  CONSTRAINT `FK_EditQueue_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EditQueueItemArchive` (
  `ID` int NOT NULL,
  `UserID` int,
  `Comment` longtext,
  `IsProcessed` tinyint(1) NOT NULL,
  `ProcessedByUserID` int,
  `DateSubmitted` datetime NOT NULL,
  `DateProcessed` datetime,
  `EditData` longtext,
  `PreviousData` longtext,
  `EntityID` int,
  `EntityTypeID` smallint,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MediaItem` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `ItemURL` varchar(500) NOT NULL,
  `ItemThumbnailURL` varchar(500),
  `Comment` varchar(1000),
  `ChargePointID` int NOT NULL,
  `UserID` int NOT NULL,
  `DateCreated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `IsEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `IsVideo` tinyint(1) NOT NULL,
  `IsFeaturedItem` tinyint(1) NOT NULL,
  `MetadataValue` varchar(1000),
  `IsExternalResource` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_MediaItem_ChargePoint` FOREIGN KEY (`ChargePointID`) REFERENCES `ChargePoint` (`ID`),
  CONSTRAINT `FK_MediaItem_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MetadataGroup` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(100) NOT NULL,
  `IsRestrictedEdit` tinyint(1) NOT NULL,
  `DataProviderID` int NOT NULL,
  `IsPublicInterest` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_MetadataGroup_DataProvider` FOREIGN KEY (`DataProviderID`) REFERENCES `DataProvider` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MetadataField` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `MetadataGroupID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  `DataTypeID` tinyint NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_MetadataField_DataType` FOREIGN KEY (`DataTypeID`) REFERENCES `DataType` (`ID`),
  CONSTRAINT `FK_MetadataField_MetadataGroup` FOREIGN KEY (`MetadataGroupID`) REFERENCES `MetadataGroup` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MetadataFieldOption` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `MetadataFieldID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_MetadataFieldOption_MetadataField` FOREIGN KEY (`MetadataFieldID`) REFERENCES `MetadataField` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MetadataValue` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `ChargePointID` int NOT NULL COMMENT 'ID of POI',
  `MetadataFieldID` int NOT NULL COMMENT 'Metadata Field value relates to',
  `ItemValue` longtext,
  `MetadataFieldOptionID` int,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_MetadataValue_ChargePoint` FOREIGN KEY (`ChargePointID`) REFERENCES `ChargePoint` (`ID`),
  CONSTRAINT `FK_MetadataValue_MetadataField` FOREIGN KEY (`MetadataFieldID`) REFERENCES `MetadataField` (`ID`),
  CONSTRAINT `FK_MetadataValue_MetadataFieldOption` FOREIGN KEY (`MetadataFieldOptionID`) REFERENCES `MetadataFieldOption` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Holds custom defined meta data values for a given POI';

CREATE TABLE `RegisteredApplication` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `Title` varchar(100) NOT NULL,
  `WebsiteURL` varchar(500),
  `Description` longtext,
  `IsEnabled` tinyint(1) NOT NULL,
  `IsWriteEnabled` tinyint(1) NOT NULL,
  `AppID` varchar(250) NOT NULL,
  `PrimaryAPIKey` varchar(100) NOT NULL,
  `DeprecatedAPIKey` varchar(100),
  `SharedSecret` varchar(100) NOT NULL,
  `DateAPIKeyLastUsed` datetime,
  `DateCreated` datetime NOT NULL,
  `UserID` int NOT NULL,
  `DateAPIKeyUpdated` datetime,
  `IsPublicListing` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `IX_RegisteredApplication_AppID` (`AppID`),
  CONSTRAINT `FK_RegisteredApplication_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RegisteredApplicationUser` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `RegisteredApplicationID` int NOT NULL,
  `UserID` int NOT NULL,
  `DateCreated` datetime NOT NULL,
  `APIKey` varchar(255) NOT NULL,
  `IsWriteEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `IsEnabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_RegisteredApplicationUser_RegisteredApplication` FOREIGN KEY (`RegisteredApplicationID`) REFERENCES `RegisteredApplication` (`ID`),
  CONSTRAINT `FK_RegisteredApplicationUser_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SessionState` (
  `Id` varchar(449) NOT NULL,
  `Value` longblob NOT NULL,
  `ExpiresAtTime` datetime(6) NOT NULL,
  `SlidingExpirationInSeconds` bigint,
  `AbsoluteExpiration` datetime(6),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Statistic` (
  `ID` char(36) NOT NULL,
  `StatTypeCode` varchar(50) NOT NULL,
  `Month` int,
  `Year` int,
  `CountryID` int,
  `UserID` int,
  `NumItems` int NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Statistics_Country` FOREIGN KEY (`CountryID`) REFERENCES `Country` (`ID`),
  CONSTRAINT `FK_Statistics_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SystemConfig` (
  `ConfigKeyName` varchar(100) NOT NULL,
  `ConfigValue` varchar(500),
  `DataTypeID` tinyint,
  PRIMARY KEY (`ConfigKeyName`),
  CONSTRAINT `FK_SystemConfig_DataType` FOREIGN KEY (`DataTypeID`) REFERENCES `DataType` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserChargingRequest` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `UserID` int NOT NULL,
  `Latitude` double NOT NULL,
  `Longitude` double NOT NULL,
  `DateCreated` datetime NOT NULL,
  `Comment` longtext NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  `IsEmergency` tinyint(1) NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserChargingRequest_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserCommentType` (
  `ID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserComment` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `ChargePointID` int NOT NULL,
  `UserCommentTypeID` int NOT NULL,
  `UserName` varchar(100),
  `Comment` longtext,
  `Rating` tinyint,
  `RelatedURL` varchar(500),
  `DateCreated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `CheckinStatusTypeID` tinyint,
  `UserID` int,
  `IsActionedByEditor` tinyint(1) DEFAULT 0,
  `Latitude` double,
  `Longitude` double,
  `AttachedData` longtext,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserComment_ChargePoint` FOREIGN KEY (`ChargePointID`) REFERENCES `ChargePoint` (`ID`),
  CONSTRAINT `FK_UserComment_CheckinStatusType` FOREIGN KEY (`CheckinStatusTypeID`) REFERENCES `CheckinStatusType` (`ID`),
  CONSTRAINT `FK_UserComment_UserCommentType` FOREIGN KEY (`UserCommentTypeID`) REFERENCES `UserCommentType` (`ID`),
  CONSTRAINT `FK_UserComment_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserSubscription` (
  `ID` int NOT NULL AUTO_INCREMENT,
  `UserID` int NOT NULL,
  `Title` varchar(100) NOT NULL,
  `CountryID` int,
  `Latitude` double,
  `Longitude` double,
  `DistanceKM` double,
  `FilterSettings` longtext,
  `DateLastNotified` datetime,
  `IsEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `DateCreated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `NotifyPOIAdditions` tinyint(1) NOT NULL,
  `NotifyPOIEdits` tinyint(1) NOT NULL,
  `NotifyPOIUpdates` tinyint(1) NOT NULL,
  `NotifyComments` tinyint(1) NOT NULL,
  `NotifyMedia` tinyint(1) NOT NULL,
  `NotifyEmergencyChargingRequests` tinyint(1) NOT NULL,
  `NotifyGeneralChargingRequests` tinyint(1) NOT NULL,
  `NotificationFrequencyMins` int NOT NULL DEFAULT 5,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserSubscription_Country` FOREIGN KEY (`CountryID`) REFERENCES `Country` (`ID`),
  CONSTRAINT `FK_UserSubscription_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Jube — open-source real-time anti-money-laundering and fraud-detection transaction monitoring with case management
-- Upstream: github.com/jube-home/aml-fraud-transaction-monitoring (formerly jube-home/jube), commit 0d07025e1f65d64eaf0551fd8019ffc9fe149966 (AGPL-3.0)
-- Source: Jube.Migrations/**/*.cs, upstream's 188 FluentMigrator migrations (C#), replayed by a script in
-- FluentMigrator's order (numeric version) with its PostgreSQL semantics — Create.Table / WithColumn (NOT NULL unless
-- .Nullable()), Alter.Table().AddColumn, Create/Delete.ForeignKey, unique Create.Index, Delete.Column, Delete.Table;
-- AsInt32 -> integer, AsInt64 -> bigint, AsByte -> smallint, AsString -> text, AsDateTime/AsDateTime2 -> timestamp,
-- AsGuid -> uuid, AsDouble -> double precision, AsFloat -> real, AsBinary -> bytea, AsCustom("jsonb") -> jsonb,
-- .Identity() -> serial — into PostgreSQL 15 (Execute.Sql, Insert.IntoTable and Update.Table only move data and
-- were not run), read back from the catalog and written as MySQL/MariaDB DDL: column names and order as PostgreSQL
-- holds them; text -> TEXT (VARCHAR(255) where the column is in a key), uuid -> CHAR(36), jsonb -> JSON,
-- timestamp -> DATETIME(6), bytea -> LONGBLOB, double precision -> DOUBLE, real -> FLOAT; serial -> AUTO_INCREMENT;
-- primary keys, unique indexes and foreign keys kept, other indexes left out. 45 of the 143 tables are kept (the
-- ones left out are listed in jube.md).

CREATE TABLE `ArchiveEntityAnalysisModelAbstractionEntry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `SearchKey` TEXT,
  `SearchValue` TEXT,
  `Value` DOUBLE,
  `EntityAnalysisModelSearchKeyDistinctValueCalculationInstanceId` INT,
  `EntityAnalysisModelAbstractionRuleId` INT,
  `CreatedDate` DATETIME(6),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CacheAbstraction` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `SearchKey` TEXT,
  `SearchValue` TEXT,
  `Name` TEXT,
  `Value` DOUBLE,
  `CreatedDate` DATETIME(6),
  `UpdatedDate` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CachePayload` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `Json` JSON,
  `EntityAnalysisModelInstanceEntryGuid` CHAR(36),
  `ReferenceDate` DATETIME(6),
  `CreatedDate` DATETIME(6),
  `UpdatedDate` DATETIME(6),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CachePayload_EntityAnalysisModelInstanceEntryGuid` (`EntityAnalysisModelInstanceEntryGuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CachePayloadLatest` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `Json` JSON,
  `EntityAnalysisModelInstanceEntryGuid` CHAR(36),
  `EntryKey` VARCHAR(255),
  `EntryKeyValue` VARCHAR(255),
  `ReferenceDate` DATETIME(6),
  `UpdatedDate` DATETIME(6),
  `Counter` BIGINT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CachePayloadLatest_EntityAnalysisModelId_EntryKey_EntryKeyVa` (`EntityAnalysisModelId`, `EntryKey`, `EntryKeyValue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CacheSanction` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `MultiPartString` TEXT,
  `DistanceThreshold` INT,
  `Value` DOUBLE,
  `CreatedDate` DATETIME(6),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CacheTtlCounter` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `DataName` VARCHAR(255),
  `DataValue` VARCHAR(255),
  `EntityAnalysisModelTtlCounterId` INT,
  `Value` INT,
  `UpdatedDate` DATETIME(6),
  `ReferenceDate` DATETIME(6),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Truncated_CacheTtlCounter_Access_Realtime` (`EntityAnalysisModelId`, `EntityAnalysisModelTtlCounterId`, `DataName`, `DataValue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CacheTtlCounterEntry` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` BIGINT,
  `DataName` VARCHAR(255),
  `DataValue` VARCHAR(255),
  `EntityAnalysisModelTtlCounterId` INT,
  `CreatedDate` DATETIME(6),
  `ReferenceDate` DATETIME(6),
  `Value` INT NOT NULL,
  `UpdatedDate` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CacheTtlCounterEntry_Truncated_ReferenceDate_Value` (`EntityAnalysisModelId`, `EntityAnalysisModelTtlCounterId`, `DataName`, `DataValue`, `ReferenceDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Case` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelInstanceEntryGuid` CHAR(36),
  `DiaryDate` DATETIME(6),
  `CreatedDate` DATETIME(6),
  `Locked` SMALLINT,
  `LockedUser` TEXT,
  `LockedDate` DATETIME(6),
  `ClosedStatusId` SMALLINT,
  `ClosedDate` DATETIME(6),
  `ClosedUser` TEXT,
  `CaseKey` TEXT,
  `Diary` SMALLINT,
  `DiaryUser` TEXT,
  `Json` JSON,
  `Rating` SMALLINT,
  `CaseKeyValue` TEXT,
  `LastClosedStatus` SMALLINT,
  `ClosedStatusMigrationDate` DATETIME(6),
  `CaseWorkflowGuid` CHAR(36),
  `CaseWorkflowStatusGuid` CHAR(36),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseEvent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CaseEventTypeId` INT,
  `Before` TEXT,
  `CreatedUser` TEXT,
  `CreatedDate` DATETIME(6),
  `CaseKey` TEXT,
  `After` TEXT,
  `CaseKeyValue` TEXT,
  `CaseId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseEvent_CaseId_Case_Id` FOREIGN KEY (`CaseId`) REFERENCES `Case` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseFile` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CaseId` INT NOT NULL,
  `CaseKey` TEXT,
  `CaseKeyValue` TEXT,
  `Name` TEXT,
  `ContentType` TEXT,
  `Extension` TEXT,
  `Size` BIGINT,
  `Object` LONGBLOB,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Deleted` SMALLINT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseFile_CaseId_Case_Id` FOREIGN KEY (`CaseId`) REFERENCES `Case` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseNote` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Note` TEXT,
  `ActionId` INT,
  `PriorityId` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CaseKey` TEXT,
  `CreatedUser` TEXT,
  `CaseKeyValue` TEXT,
  `CaseId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseNote_CaseId_Case_Id` FOREIGN KEY (`CaseId`) REFERENCES `Case` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflowFormEntry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Payload` TEXT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `CaseKey` TEXT,
  `CaseId` INT,
  `CaseWorkflowFormId` INT,
  `CaseKeyValue` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflowFormEntry_CaseId_Case_Id` FOREIGN KEY (`CaseId`) REFERENCES `Case` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflowFormEntryValue` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Value` TEXT,
  `CaseWorkflowFormEntryId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflowFormEntryValue_CaseWorkflowFormEntryId_CaseWorkf` FOREIGN KEY (`CaseWorkflowFormEntryId`) REFERENCES `CaseWorkflowFormEntry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Country` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Alpha2` TEXT,
  `Alpha3` TEXT,
  `Numeric` INT,
  `Latitude` TEXT,
  `Longitude` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Currency` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Symbol` TEXT,
  `ExchangeRateToBaseCurrency` DOUBLE,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelList` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Locked` SMALLINT,
  `Active` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Version` INT,
  `InheritedId` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `EntityAnalysisModelGuid` CHAR(36),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelListValue` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelListId` INT,
  `ListValue` TEXT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `InheritedId` INT,
  `Version` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModelListValue_EntityAnalysisModelListId_Entit` FOREIGN KEY (`EntityAnalysisModelListId`) REFERENCES `EntityAnalysisModelList` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExampleCustomerCaseManagement` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MCC` TEXT,
  `AccountId` TEXT,
  `Frequency` INT,
  `Sum` DOUBLE,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HttpProcessingCounter` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Instance` TEXT,
  `CreatedDate` DATETIME(6),
  `All` INT,
  `Model` INT,
  `AsynchronousModel` INT,
  `Tag` INT,
  `Error` INT,
  `Sanction` INT,
  `Callback` INT,
  `Exhaustive` INT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PermissionSpecification` (
  `Id` INT NOT NULL,
  `Name` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RoleRegistry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `DeletedDate` TEXT,
  `DeletedUser` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `Deleted` SMALLINT,
  `Version` INT,
  `TenantRegistryId` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RoleRegistryPermission` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RoleRegistryId` INT,
  `PermissionSpecificationId` INT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `InheritedId` INT,
  `Version` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RoleRegistryPermission_PermissionSpecificationId_PermissionS` FOREIGN KEY (`PermissionSpecificationId`) REFERENCES `PermissionSpecification` (`Id`),
  CONSTRAINT `FK_RoleRegistryPermission_RoleRegistryId_RoleRegistry_Id` FOREIGN KEY (`RoleRegistryId`) REFERENCES `RoleRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SanctionEntrySource` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Severity` SMALLINT,
  `DirectoryLocation` TEXT,
  `Delimiter` TEXT,
  `MultiPartStringIndex` TEXT,
  `ReferenceIndex` SMALLINT,
  `EnableDirectoryLocation` SMALLINT,
  `EnableHttpLocation` SMALLINT,
  `HttpLocation` TEXT,
  `Skip` SMALLINT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SessionCaseSearchCompiledSql` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Guid` CHAR(36),
  `FilterJson` JSON,
  `FilterTokens` JSON,
  `SelectJson` JSON,
  `FilterSql` TEXT,
  `Prepared` SMALLINT,
  `Error` TEXT,
  `CreatedUser` TEXT,
  `CreatedDate` DATETIME(6),
  `SelectSqlSearch` TEXT,
  `SelectSqlDisplay` TEXT,
  `WhereSql` TEXT,
  `OrderSql` TEXT,
  `CaseWorkflowFilterGuid` CHAR(36),
  `Rebuild` SMALLINT,
  `RebuildDate` DATETIME(6),
  `CaseWorkflowGuid` CHAR(36),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_SessionCaseSearchCompiledSql_Guid` (`Guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SessionCaseSearchCompiledSqlExecution` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `SessionCaseSearchCompiledSqlId` INT,
  `CreatedUser` TEXT,
  `CreatedDate` DATETIME(6),
  `ResponseTime` INT NOT NULL,
  `Records` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TenantRegistry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `Deleted` SMALLINT,
  `Landlord` SMALLINT,
  `Version` INT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserInTenant` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `User` TEXT,
  `TenantRegistryId` INT,
  `SwitchedUser` TEXT,
  `SwitchedDate` DATETIME(6),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_UserInTenant_TenantRegistryId_TenantRegistry_Id` FOREIGN KEY (`TenantRegistryId`) REFERENCES `TenantRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserInTenantSwitchLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserInTenantId` INT,
  `TenantRegistryId` INT,
  `SwitchedUser` TEXT,
  `SwitchedDate` DATETIME(6),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_UserInTenantSwitchLog_UserInTenantId_UserInTenant_Id` FOREIGN KEY (`UserInTenantId`) REFERENCES `UserInTenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserLogin` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CreatedUser` TEXT,
  `FailureTypeId` INT,
  `RemoteIp` TEXT,
  `LocalIp` TEXT,
  `UserAgent` TEXT,
  `CreatedDate` DATETIME(6),
  `Failed` SMALLINT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserRegistry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RoleRegistryId` INT,
  `Name` TEXT,
  `Email` TEXT,
  `Password` TEXT,
  `PasswordExpiryDate` DATETIME(6),
  `PasswordCreatedDate` DATETIME(6),
  `FailedPasswordCount` INT,
  `LastLoginDate` DATETIME(6),
  `PasswordLocked` SMALLINT,
  `PasswordLockedDate` DATETIME(6),
  `Active` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Version` INT,
  `InheritedId` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ActivationWatcher` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TenantRegistryId` INT,
  `Key` TEXT NOT NULL,
  `KeyValue` TEXT NOT NULL,
  `Longitude` DOUBLE,
  `Latitude` DOUBLE,
  `ActivationRuleSummary` TEXT NOT NULL,
  `ResponseElevationContent` TEXT NOT NULL,
  `ResponseElevation` DOUBLE,
  `BackColor` TEXT NOT NULL,
  `ForeColor` TEXT NOT NULL,
  `CreatedDate` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ActivationWatcher_TenantRegistryId_TenantRegistry_Id` FOREIGN KEY (`TenantRegistryId`) REFERENCES `TenantRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseExecutionLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Command` TEXT,
  `InError` SMALLINT,
  `ErrorStack` TEXT,
  `RowCount` INT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `ResponseMs` INT,
  `TenantRegistryId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseExecutionLog_TenantRegistryId_TenantRegistry_Id` FOREIGN KEY (`TenantRegistryId`) REFERENCES `TenantRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModel` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `Guid` CHAR(36),
  `EntryXPath` TEXT,
  `ReferenceDateXPath` TEXT,
  `CreatedUser` TEXT,
  `CreatedDate` DATETIME(6),
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `Deleted` SMALLINT,
  `EntryName` TEXT,
  `ReferenceDateName` TEXT,
  `TenantRegistryId` INT,
  `CacheFetchLimit` INT,
  `ReferenceDatePayloadLocationTypeId` SMALLINT,
  `MaxResponseElevation` DOUBLE,
  `MaxResponseElevationInterval` TEXT,
  `MaxResponseElevationValue` INT,
  `MaxResponseElevationThreshold` INT,
  `MaxActivationWatcherInterval` TEXT,
  `MaxActivationWatcherValue` INT,
  `MaxActivationWatcherThreshold` INT,
  `ActivationWatcherSample` DOUBLE,
  `PromoteActivationArchive` SMALLINT,
  `EnableCache` SMALLINT,
  `EnableRdbmsArchive` SMALLINT,
  `EnableTtlCounter` SMALLINT,
  `EnableSanctionCache` SMALLINT,
  `EnableActivationArchive` SMALLINT,
  `Version` INT,
  `EnableActivationWatcher` SMALLINT,
  `EnableResponseElevationLimit` SMALLINT,
  `ImportId` INT,
  `CacheTtlInterval` TEXT,
  `CacheTtlIntervalValue` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModel_TenantRegistryId_TenantRegistry_Id` FOREIGN KEY (`TenantRegistryId`) REFERENCES `TenantRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelActivationRule` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` INT,
  `BuilderRuleScript` TEXT,
  `Json` JSON,
  `Name` TEXT,
  `CreatedDate` DATETIME(6),
  `ResponseElevation` FLOAT,
  `EnableCaseWorkflow` SMALLINT,
  `Active` SMALLINT,
  `Version` INT,
  `CreatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `InheritedId` INT,
  `DeletedDate` DATETIME(6),
  `Locked` SMALLINT,
  `ResponsePayload` SMALLINT,
  `EnableTtlCounter` SMALLINT,
  `ResponseElevationContent` TEXT,
  `SendToActivationWatcher` SMALLINT,
  `ResponseElevationForeColor` TEXT,
  `ResponseElevationBackColor` TEXT,
  `ActivationSample` DOUBLE,
  `ActivationCounter` BIGINT,
  `ActivationCounterDate` DATETIME(6),
  `ResponseElevationRedirect` TEXT,
  `ReviewStatusId` SMALLINT,
  `ReportTable` SMALLINT,
  `EnableNotification` SMALLINT,
  `NotificationTypeId` SMALLINT,
  `NotificationDestination` TEXT,
  `NotificationSubject` TEXT,
  `NotificationBody` TEXT,
  `CoderRuleScript` TEXT,
  `RuleScriptTypeId` TEXT,
  `EnableResponseElevation` SMALLINT,
  `CaseKey` TEXT,
  `ResponseElevationKey` TEXT,
  `EnableBypass` SMALLINT,
  `BypassSuspendInterval` TEXT,
  `BypassSuspendValue` INT,
  `BypassSuspendSample` DOUBLE,
  `Visible` SMALLINT,
  `EnableReprocessing` SMALLINT,
  `EnableSuppression` SMALLINT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `EntityAnalysisModelTtlCounterGuid` CHAR(36),
  `EntityAnalysisModelGuidTtlCounter` CHAR(36),
  `CaseWorkflowStatusGuid` CHAR(36),
  `CaseWorkflowGuid` CHAR(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModelActivationRule_EntityAnalysisModelId_Enti` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelRequestXpath` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` INT,
  `Name` TEXT,
  `DataTypeId` SMALLINT,
  `XPath` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `SearchKey` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `InheritedId` INT,
  `Version` INT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Deleted` SMALLINT,
  `SearchKeyCache` SMALLINT,
  `SearchKeyCacheInterval` TEXT,
  `SearchKeyCacheValue` INT,
  `ResponsePayload` SMALLINT,
  `SearchKeyCacheTtlInterval` TEXT,
  `SearchKeyCacheTtlValue` INT,
  `PayloadLocationTypeId` SMALLINT,
  `SearchKeyCacheFetchLimit` INT,
  `ReportTable` INT,
  `SearchKeyCacheSample` INT,
  `DefaultValue` TEXT,
  `EnableSuppression` SMALLINT,
  `Guid` CHAR(36),
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `ImportId` INT,
  `SearchKeyTtlInterval` TEXT,
  `SearchKeyTtlIntervalValue` INT,
  `SearchKeyFetchLimit` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModelRequestXpath_EntityAnalysisModelId_Entity` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelSanction` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EntityAnalysisModelId` INT,
  `MultipartStringDataName` TEXT,
  `Distance` SMALLINT,
  `Name` TEXT,
  `Locked` SMALLINT,
  `Active` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Version` INT,
  `InheritedId` INT,
  `ResponsePayload` SMALLINT,
  `ReportTable` SMALLINT,
  `CacheValue` INT,
  `CacheInterval` TEXT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModelSanction_EntityAnalysisModelId_EntityAnal` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityAnalysisModelTtlCounter` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `EntityAnalysisModelId` INT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `Version` INT,
  `DeletedDate` DATETIME(6),
  `DeletedUser` TEXT,
  `Deleted` SMALLINT,
  `TtlCounterInterval` TEXT,
  `TtlCounterValue` INT,
  `ResponsePayload` SMALLINT,
  `ReportTable` TEXT,
  `TtlCounterDataName` TEXT,
  `OnlineAggregation` SMALLINT,
  `EnableLiveForever` SMALLINT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EntityAnalysisModelTtlCounter_EntityAnalysisModelId_EntityAn` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SanctionEntry` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `SanctionEntryElementValue` TEXT,
  `CreatedDate` DATETIME(6),
  `SanctionEntrySourceId` INT,
  `SanctionEntryReference` TEXT,
  `SanctionPayload` TEXT,
  `SanctionEntryHash` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SanctionEntry_SanctionEntrySourceId_SanctionEntrySource_Id` FOREIGN KEY (`SanctionEntrySourceId`) REFERENCES `SanctionEntrySource` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Archive` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Json` JSON,
  `EntityAnalysisModelInstanceEntryGuid` CHAR(36),
  `EntryKeyValue` TEXT,
  `ResponseElevation` DOUBLE,
  `EntityAnalysisModelActivationRuleId` INT,
  `EntityAnalysisModelId` INT,
  `ActivationRuleCount` INT,
  `CreatedDate` DATETIME(6),
  `ReferenceDate` DATETIME(6),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Archive_EntityAnalysisModelInstanceEntryGuid` (`EntityAnalysisModelInstanceEntryGuid`),
  CONSTRAINT `FK_Archive_EntityAnalysisModelId_EntityAnalysisModel_Id` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArchiveKey` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProcessingTypeId` SMALLINT,
  `Key` TEXT,
  `KeyValueString` TEXT,
  `KeyValueInteger` INT,
  `KeyValueFloat` DOUBLE,
  `KeyValueBoolean` SMALLINT,
  `KeyValueDate` DATETIME(6),
  `EntityAnalysisModelInstanceEntryGuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ArchiveKey_EntityAnalysisModelInstanceEntryGuid_Archive_Enti` FOREIGN KEY (`EntityAnalysisModelInstanceEntryGuid`) REFERENCES `Archive` (`EntityAnalysisModelInstanceEntryGuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflow` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT,
  `TenantRegistryId` INT,
  `CaseStatusId` INT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `EnableVisualisation` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `EntityAnalysisModelId` INT,
  `Version` INT,
  `InheritedId` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  `VisualisationRegistryGuid` CHAR(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflow_EntityAnalysisModelId_EntityAnalysisModel_Id` FOREIGN KEY (`EntityAnalysisModelId`) REFERENCES `EntityAnalysisModel` (`Id`),
  CONSTRAINT `FK_CaseWorkflow_TenantRegistryId_TenantRegistry_Id` FOREIGN KEY (`TenantRegistryId`) REFERENCES `TenantRegistry` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflowAction` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CaseWorkflowId` INT,
  `Name` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `Version` INT,
  `EnableHttpEndpoint` SMALLINT,
  `HttpEndpoint` TEXT,
  `HttpEndpointTypeId` SMALLINT,
  `EnableNotification` SMALLINT,
  `NotificationTypeId` SMALLINT,
  `NotificationDestination` TEXT,
  `NotificationSubject` TEXT,
  `NotificationBody` TEXT,
  `InheritedId` INT,
  `Guid` CHAR(36),
  `ImportId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflowAction_CaseWorkflowId_CaseWorkflow_Id` FOREIGN KEY (`CaseWorkflowId`) REFERENCES `CaseWorkflow` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflowForm` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CaseWorkflowId` INT,
  `Name` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `InheritedId` INT,
  `Html` TEXT,
  `Version` INT,
  `EnableHttpEndpoint` SMALLINT,
  `HttpEndpoint` TEXT,
  `HttpEndpointTypeId` SMALLINT,
  `EnableNotification` SMALLINT,
  `NotificationTypeId` SMALLINT,
  `NotificationDestination` TEXT,
  `NotificationSubject` TEXT,
  `NotificationBody` TEXT,
  `Guid` CHAR(36),
  `ImportId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflowForm_CaseWorkflowId_CaseWorkflow_Id` FOREIGN KEY (`CaseWorkflowId`) REFERENCES `CaseWorkflow` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CaseWorkflowStatus` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CaseWorkflowId` INT,
  `Priority` SMALLINT,
  `Name` TEXT,
  `Active` SMALLINT,
  `Locked` SMALLINT,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `UpdatedDate` DATETIME(6),
  `UpdatedUser` TEXT,
  `Deleted` SMALLINT,
  `DeletedUser` TEXT,
  `DeletedDate` DATETIME(6),
  `InheritedId` INT,
  `ForeColor` TEXT,
  `BackColor` TEXT,
  `Version` INT,
  `EnableHttpEndpoint` SMALLINT,
  `HttpEndpoint` TEXT,
  `HttpEndpointTypeId` SMALLINT,
  `EnableNotification` SMALLINT,
  `NotificationTypeId` SMALLINT,
  `NotificationDestination` TEXT,
  `NotificationSubject` TEXT,
  `NotificationBody` TEXT,
  `Guid` CHAR(36),
  `ImportId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_CaseWorkflowStatus_CaseWorkflowId_CaseWorkflow_Id` FOREIGN KEY (`CaseWorkflowId`) REFERENCES `CaseWorkflow` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SessionCaseJournal` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Json` JSON,
  `CreatedDate` DATETIME(6),
  `CreatedUser` TEXT,
  `CaseWorkflowId` INT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SessionCaseJournal_CaseWorkflowId_CaseWorkflow_Id` FOREIGN KEY (`CaseWorkflowId`) REFERENCES `CaseWorkflow` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

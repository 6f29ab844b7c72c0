-- IoTSharp (open-source IoT platform for data collection, processing, visualisation and device management;
-- ASP.NET Core, Entity Framework Core)
-- Upstream: github.com/IoTSharp/IoTSharp, commit fc211818a6f92f92eaedfa2bcdca895c3beb434d (Apache-2.0)
-- Source: IoTSharp.Data.Storage/IoTSharp.Data.MySQL/Migrations/ApplicationDbContextModelSnapshot.cs (the model
-- the MySQL migrations build, Pomelo provider), converted by a script: one table per entity, TPH derived
-- entities (Gateway in Device, AttributeLatest / TelemetryLatest / ProductData in DataStorage) as columns of the
-- base table; columns in the snapshot's order (HasColumnOrder columns first, then key, then the snapshot's
-- alphabetical order); types as the snapshot gives them; NOT NULL for non-nullable value types, keys and
-- IsRequired(); primary keys, unique indexes and the relationship section's foreign keys between kept tables.
-- Kept 38 of 57 tables. Left out: the collection templates and policies (CollectionTemplates,
-- CollectionConnectionTemplates, CollectionPointTemplates, CollectionMappingPolicies,
-- CollectionProtocolTemplates, CollectionSamplingPolicies, CollectionTransformTemplates,
-- CollectionConfigVersions, EdgeCollectionAssignments), the release pipeline (ReleasePackages, ReleasePlans,
-- ReleaseTasks, ReleaseReceipts), the dynamic forms (DynamicFormInfos, DynamicFormFieldInfos,
-- DynamicFormFieldValueInfos), Flows (BPMN nodes of rule chains), DevicePortMappings, ProductDataMappings.

CREATE TABLE `AISettings` (
  `Id` char(36) NOT NULL,
  `Enable` tinyint(1) NOT NULL,
  `MCP_API_KEY` longtext,
  `Name` longtext,
  `Role` int NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BaseDictionaries` (
  `DictionaryId` bigint NOT NULL AUTO_INCREMENT,
  `Dictionary18NKeyName` longtext,
  `DictionaryColor` longtext,
  `DictionaryDesc` longtext,
  `DictionaryGroupId` bigint,
  `DictionaryIcon` longtext,
  `DictionaryName` longtext,
  `DictionaryPattern` longtext,
  `DictionaryStatus` int,
  `DictionaryTag` longtext,
  `DictionaryValue` longtext,
  `DictionaryValueType` int,
  `DictionaryValueTypeName` longtext,
  PRIMARY KEY (`DictionaryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BaseDictionaryGroups` (
  `DictionaryGroupId` bigint NOT NULL AUTO_INCREMENT,
  `DictionaryGroup18NKeyName` longtext,
  `DictionaryGroupDesc` longtext,
  `DictionaryGroupKey` longtext,
  `DictionaryGroupName` longtext,
  `DictionaryGroupStatus` int,
  `DictionaryGroupValueType` int,
  `DictionaryGroupValueTypeName` longtext,
  PRIMARY KEY (`DictionaryGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceModels` (
  `DeviceModelId` char(36) NOT NULL,
  `CreateDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `ModelDesc` longtext,
  `ModelName` longtext,
  `ModelStatus` int NOT NULL,
  PRIMARY KEY (`DeviceModelId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceModelCommands` (
  `CommandId` char(36) NOT NULL,
  `CommandName` longtext,
  `CommandParams` longtext,
  `CommandStatus` int NOT NULL,
  `CommandTemplate` longtext,
  `CommandTitle` longtext,
  `CommandType` int NOT NULL,
  `CreateDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `DeviceModelId` char(36) NOT NULL,
  PRIMARY KEY (`CommandId`),
  CONSTRAINT `FK_DeviceModelCommands_DeviceModels_DeviceModelId` FOREIGN KEY (`DeviceModelId`) REFERENCES `DeviceModels` (`DeviceModelId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DevicePorts` (
  `PortId` char(36) NOT NULL,
  `CreateDate` datetime(6),
  `Creator` bigint NOT NULL,
  `DeviceId` char(36) NOT NULL,
  `PortDesc` longtext,
  `PortElementId` longtext,
  `PortName` longtext,
  `PortPhyType` int NOT NULL,
  `PortPic` longtext,
  `PortStatus` int NOT NULL,
  `PortType` int NOT NULL,
  PRIMARY KEY (`PortId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TelemetryData` (
  `DeviceId` char(36) NOT NULL,
  `KeyName` varchar(255) NOT NULL,
  `DateTime` timestamp NOT NULL,
  `DataSide` int NOT NULL,
  `Type` int NOT NULL,
  `Value_Binary` longblob,
  `Value_Boolean` tinyint(1),
  `Value_DateTime` timestamp,
  `Value_Double` double,
  `Value_Json` JSON,
  `Value_Long` bigint,
  `Value_String` longtext,
  `Value_XML` longtext,
  PRIMARY KEY (`DeviceId`, `KeyName`, `DateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tenant` (
  `Id` char(36) NOT NULL,
  `AISettingsId` char(36),
  `Address` longtext,
  `City` longtext,
  `Country` longtext,
  `Deleted` tinyint(1) NOT NULL,
  `Email` longtext,
  `Name` longtext,
  `Phone` longtext,
  `Province` longtext,
  `Street` longtext,
  `ZipCode` int NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Tenant_AISettings_AISettingsId` FOREIGN KEY (`AISettingsId`) REFERENCES `AISettings` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Customer` (
  `Id` char(36) NOT NULL,
  `AISettingsId` char(36),
  `Address` longtext,
  `City` longtext,
  `Country` longtext,
  `Deleted` tinyint(1) NOT NULL,
  `Email` longtext,
  `Name` longtext,
  `Phone` longtext,
  `Province` longtext,
  `Street` longtext,
  `TenantId` char(36),
  `ZipCode` int NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Customer_AISettings_AISettingsId` FOREIGN KEY (`AISettingsId`) REFERENCES `AISettings` (`Id`),
  CONSTRAINT `FK_Customer_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Alarms` (
  `Id` char(36) NOT NULL,
  `AckDateTime` datetime(6) NOT NULL,
  `AlarmDetail` longtext,
  `AlarmStatus` int NOT NULL,
  `AlarmType` longtext,
  `ClearDateTime` datetime(6) NOT NULL,
  `CustomerId` char(36),
  `EndDateTime` datetime(6) NOT NULL,
  `OriginatorId` char(36) NOT NULL,
  `OriginatorType` int NOT NULL,
  `Propagate` tinyint(1) NOT NULL,
  `Serverity` int NOT NULL,
  `StartDateTime` datetime(6) NOT NULL,
  `TenantId` char(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Alarms_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_Alarms_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Assets` (
  `Id` char(36) NOT NULL,
  `AssetType` longtext,
  `CustomerId` char(36),
  `Deleted` tinyint(1) NOT NULL,
  `Description` longtext,
  `Name` longtext,
  `TenantId` char(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Assets_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_Assets_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AssetRelations` (
  `Id` char(36) NOT NULL,
  `AssetId` char(36),
  `DataCatalog` int NOT NULL,
  `Description` longtext,
  `DeviceId` char(36) NOT NULL,
  `KeyName` longtext,
  `Name` longtext,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AssetRelations_Assets_AssetId` FOREIGN KEY (`AssetId`) REFERENCES `Assets` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditLog` (
  `Id` char(36) NOT NULL,
  `ActionData` JSON,
  `ActionName` longtext,
  `ActionResult` JSON,
  `ActiveDateTime` timestamp NOT NULL,
  `CustomerId` char(36),
  `ObjectID` char(36) NOT NULL,
  `ObjectName` longtext,
  `ObjectType` int NOT NULL,
  `TenantId` char(36),
  `UserId` longtext,
  `UserName` longtext,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AuditLog_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_AuditLog_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FlowRules` (
  `RuleId` char(36) NOT NULL,
  `CreatTime` datetime(6),
  `CreateId` char(36) NOT NULL,
  `Creator` longtext,
  `CustomerId` char(36),
  `DefinitionsXml` longtext,
  `Describes` longtext,
  `ExecutableCode` longtext,
  `MountType` int NOT NULL,
  `Name` longtext NOT NULL,
  `ParentRuleId` char(36) NOT NULL,
  `RuleDesc` longtext,
  `RuleStatus` int,
  `RuleType` int NOT NULL,
  `Runner` longtext,
  `SubVersion` double NOT NULL,
  `TenantId` char(36),
  `Version` double NOT NULL,
  PRIMARY KEY (`RuleId`),
  CONSTRAINT `FK_FlowRules_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_FlowRules_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BaseEvents` (
  `EventId` char(36) NOT NULL,
  `BizData` longtext,
  `Bizid` longtext,
  `CreaterDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `CustomerId` char(36),
  `EventDesc` longtext,
  `EventName` longtext,
  `EventStaus` int NOT NULL,
  `FlowRuleRuleId` char(36),
  `MataData` longtext,
  `TenantId` char(36),
  `Type` int NOT NULL,
  PRIMARY KEY (`EventId`),
  CONSTRAINT `FK_BaseEvents_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_BaseEvents_FlowRules_FlowRuleRuleId` FOREIGN KEY (`FlowRuleRuleId`) REFERENCES `FlowRules` (`RuleId`),
  CONSTRAINT `FK_BaseEvents_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FlowOperations` (
  `OperationId` char(36) NOT NULL,
  `AddDate` datetime(6),
  `BaseEventEventId` char(36),
  `BizId` longtext,
  `Data` longtext,
  `FlowId` char(36),
  `FlowRuleRuleId` char(36),
  `NodeStatus` int NOT NULL,
  `OperationDesc` longtext,
  `Step` int NOT NULL,
  `Tag` longtext,
  `bpmnid` longtext,
  PRIMARY KEY (`OperationId`),
  CONSTRAINT `FK_FlowOperations_BaseEvents_BaseEventEventId` FOREIGN KEY (`BaseEventEventId`) REFERENCES `BaseEvents` (`EventId`),
  CONSTRAINT `FK_FlowOperations_FlowRules_FlowRuleRuleId` FOREIGN KEY (`FlowRuleRuleId`) REFERENCES `FlowRules` (`RuleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Products` (
  `Id` char(36) NOT NULL,
  `CustomerId` char(36),
  `DefaultDeviceType` int NOT NULL,
  `DefaultIdentityType` int NOT NULL,
  `DefaultTimeout` int NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `Description` longtext,
  `GatewayConfiguration` longtext,
  `GatewayType` int NOT NULL,
  `Icon` longtext,
  `Name` longtext,
  `ProductToken` longtext,
  `TenantId` char(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Products_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_Products_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataStorage` (
  `Catalog` int NOT NULL,
  `DeviceId` char(36) NOT NULL,
  `KeyName` varchar(255) NOT NULL,
  `DateTime` timestamp NOT NULL,
  `DataSide` int NOT NULL,
  `Type` int NOT NULL,
  `Value_Binary` longblob,
  `Value_Boolean` tinyint(1),
  `Value_DateTime` timestamp,
  `Value_Double` double,
  `Value_Json` JSON,
  `Value_Long` bigint,
  `Value_String` longtext,
  `Value_XML` longtext,
  `OwnerId` char(36),
  PRIMARY KEY (`Catalog`, `DeviceId`, `KeyName`),
  CONSTRAINT `FK_DataStorage_Products_OwnerId` FOREIGN KEY (`OwnerId`) REFERENCES `Products` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Device` (
  `Id` char(36) NOT NULL,
  `CustomerId` char(36),
  `Deleted` tinyint(1) NOT NULL,
  `DeviceModelId` char(36),
  `DeviceType` int NOT NULL,
  `Name` longtext,
  `OwnerId` char(36),
  `ProductId` char(36),
  `TenantId` char(36),
  `Timeout` int NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Device_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_Device_Device_OwnerId` FOREIGN KEY (`OwnerId`) REFERENCES `Device` (`Id`),
  CONSTRAINT `FK_Device_Products_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Products` (`Id`),
  CONSTRAINT `FK_Device_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceIdentities` (
  `Id` char(36) NOT NULL,
  `DeviceId` char(36) NOT NULL,
  `IdentityId` longtext NOT NULL,
  `IdentityType` int NOT NULL,
  `IdentityValue` longtext,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_DeviceIdentities_DeviceId` (`DeviceId`),
  CONSTRAINT `FK_DeviceIdentities_Device_DeviceId` FOREIGN KEY (`DeviceId`) REFERENCES `Device` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceRules` (
  `DeviceRuleId` char(36) NOT NULL,
  `ConfigDateTime` datetime(6) NOT NULL,
  `ConfigUser` char(36) NOT NULL,
  `DeviceId` char(36),
  `EnableTrace` int NOT NULL,
  `FlowRuleRuleId` char(36),
  PRIMARY KEY (`DeviceRuleId`),
  CONSTRAINT `FK_DeviceRules_Device_DeviceId` FOREIGN KEY (`DeviceId`) REFERENCES `Device` (`Id`),
  CONSTRAINT `FK_DeviceRules_FlowRules_FlowRuleRuleId` FOREIGN KEY (`FlowRuleRuleId`) REFERENCES `FlowRules` (`RuleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EdgeNodes` (
  `Id` char(36) NOT NULL,
  `Capabilities` longtext,
  `CreatedAt` datetime(6) NOT NULL,
  `CustomerId` char(36),
  `Deleted` tinyint(1) NOT NULL,
  `GatewayId` char(36) NOT NULL,
  `Healthy` tinyint(1),
  `HostName` longtext,
  `InstanceId` varchar(255),
  `IpAddress` longtext,
  `LastHeartbeatDateTime` datetime(6),
  `LastRegistrationDateTime` datetime(6),
  `Metadata` longtext,
  `Metrics` longtext,
  `Name` longtext,
  `Platform` longtext,
  `RuntimeName` longtext,
  `RuntimeType` varchar(255),
  `Status` varchar(255),
  `TenantId` char(36),
  `UpdatedAt` datetime(6) NOT NULL,
  `UptimeSeconds` bigint,
  `Version` longtext,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_EdgeNodes_GatewayId` (`GatewayId`),
  CONSTRAINT `FK_EdgeNodes_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_EdgeNodes_Device_GatewayId` FOREIGN KEY (`GatewayId`) REFERENCES `Device` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_EdgeNodes_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EdgeTasks` (
  `Id` char(36) NOT NULL,
  `AcceptedAt` datetime(6),
  `CompletedAt` datetime(6),
  `ContractVersion` varchar(64),
  `CreatedAt` datetime(6) NOT NULL,
  `CustomerId` char(36),
  `Deleted` tinyint(1) NOT NULL,
  `EdgeNodeId` char(36),
  `ExpireAt` datetime(6),
  `GatewayId` char(36) NOT NULL,
  `InstanceId` varchar(128),
  `LastReceiptAt` datetime(6),
  `LastReceiptPayload` longtext,
  `Message` varchar(1024),
  `Metadata` longtext,
  `Parameters` longtext,
  `Progress` int,
  `RequestPayload` longtext,
  `RuntimeType` varchar(128),
  `SentAt` datetime(6),
  `StartedAt` datetime(6),
  `Status` varchar(64) NOT NULL,
  `TargetKey` varchar(450),
  `TargetType` varchar(64) NOT NULL,
  `TaskType` varchar(64) NOT NULL,
  `TenantId` char(36),
  `UpdatedAt` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EdgeTasks_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_EdgeTasks_Device_GatewayId` FOREIGN KEY (`GatewayId`) REFERENCES `Device` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_EdgeTasks_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EdgeTaskReceipts` (
  `Id` char(36) NOT NULL,
  `ContractVersion` varchar(64),
  `CustomerId` char(36),
  `Deleted` tinyint(1) NOT NULL,
  `EdgeNodeId` char(36),
  `GatewayId` char(36) NOT NULL,
  `InstanceId` varchar(128),
  `Message` varchar(1024),
  `Metadata` longtext,
  `Payload` longtext,
  `Progress` int,
  `ReceivedAt` datetime(6) NOT NULL,
  `ReportedAt` datetime(6) NOT NULL,
  `Result` longtext,
  `RuntimeType` varchar(128),
  `Status` varchar(64) NOT NULL,
  `TargetKey` varchar(450),
  `TargetType` varchar(64) NOT NULL,
  `TaskId` char(36) NOT NULL,
  `TenantId` char(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EdgeTaskReceipts_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_EdgeTaskReceipts_Device_GatewayId` FOREIGN KEY (`GatewayId`) REFERENCES `Device` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_EdgeTaskReceipts_EdgeTasks_TaskId` FOREIGN KEY (`TaskId`) REFERENCES `EdgeTasks` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_EdgeTaskReceipts_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductCommands` (
  `CommandId` char(36) NOT NULL,
  `CommandName` longtext,
  `CommandParams` longtext,
  `CommandStatus` int NOT NULL,
  `CommandTemplate` longtext,
  `CommandTitle` longtext,
  `CommandType` int NOT NULL,
  `CreateDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `ProductId` char(36) NOT NULL,
  PRIMARY KEY (`CommandId`),
  CONSTRAINT `FK_ProductCommands_Products_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Products` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductDictionaries` (
  `Id` char(36) NOT NULL,
  `Customer` char(36),
  `DataType` int NOT NULL,
  `DefaultValue` longtext,
  `Deleted` tinyint(1) NOT NULL,
  `Display` tinyint(1) NOT NULL,
  `DisplayName` longtext NOT NULL,
  `KeyDesc` longtext,
  `KeyName` longtext NOT NULL,
  `Place0` longtext NOT NULL,
  `Place1` longtext NOT NULL,
  `Place2` longtext NOT NULL,
  `Place3` longtext NOT NULL,
  `Place4` longtext NOT NULL,
  `Place5` longtext NOT NULL,
  `PlaceOrder0` longtext NOT NULL,
  `PlaceOrder1` longtext NOT NULL,
  `PlaceOrder2` longtext NOT NULL,
  `PlaceOrder3` longtext NOT NULL,
  `PlaceOrder4` longtext NOT NULL,
  `PlaceOrder5` longtext NOT NULL,
  `ProductId` char(36),
  `Tag` longtext,
  `Unit` longtext NOT NULL,
  `UnitConvert` tinyint(1) NOT NULL,
  `UnitExpression` longtext NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ProductDictionaries_Products_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Products` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RuleTaskExecutors` (
  `ExecutorId` char(36) NOT NULL,
  `AddDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `CustomerId` char(36),
  `DefaultConfig` longtext,
  `ExecutorDesc` longtext,
  `ExecutorName` longtext,
  `ExecutorStatus` int NOT NULL,
  `MataData` longtext,
  `Path` longtext,
  `Tag` longtext,
  `TenantId` char(36),
  `TestStatus` int NOT NULL,
  `Tester` char(36) NOT NULL,
  `TesterDateTime` datetime(6) NOT NULL,
  `TypeName` longtext,
  PRIMARY KEY (`ExecutorId`),
  CONSTRAINT `FK_RuleTaskExecutors_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_RuleTaskExecutors_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SubscriptionEvents` (
  `EventId` char(36) NOT NULL,
  `CreateDateTime` datetime(6) NOT NULL,
  `Creator` char(36) NOT NULL,
  `CustomerId` char(36),
  `EventDesc` longtext,
  `EventName` longtext,
  `EventNameSpace` longtext,
  `EventParam` longtext,
  `EventStatus` int NOT NULL,
  `EventTag` longtext,
  `TenantId` char(36),
  `Type` int NOT NULL,
  PRIMARY KEY (`EventId`),
  CONSTRAINT `FK_SubscriptionEvents_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_SubscriptionEvents_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SubscriptionTasks` (
  `BindId` char(36) NOT NULL,
  `EventId` char(36) NOT NULL,
  `RuleTaskExecutorExecutorId` char(36),
  `Status` int NOT NULL,
  `SubscriptionEventId` char(36),
  `TaskConfig` longtext,
  PRIMARY KEY (`BindId`),
  CONSTRAINT `FK_SubscriptionTasks_RuleTaskExecutors_RuleTaskExecutorExecutorI` FOREIGN KEY (`RuleTaskExecutorExecutorId`) REFERENCES `RuleTaskExecutors` (`ExecutorId`),
  CONSTRAINT `FK_SubscriptionTasks_SubscriptionEvents_SubscriptionEventId` FOREIGN KEY (`SubscriptionEventId`) REFERENCES `SubscriptionEvents` (`EventId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoles` (
  `Id` varchar(255) NOT NULL,
  `ConcurrencyStamp` longtext,
  `Name` varchar(256),
  `NormalizedName` varchar(256),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext,
  `ClaimValue` longtext,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` varchar(255) NOT NULL,
  `AccessFailedCount` int NOT NULL,
  `ConcurrencyStamp` longtext,
  `Email` varchar(256),
  `EmailConfirmed` tinyint(1) NOT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6),
  `NormalizedEmail` varchar(256),
  `NormalizedUserName` varchar(256),
  `PasswordHash` longtext,
  `PhoneNumber` longtext,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `SecurityStamp` longtext,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `UserName` varchar(256),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RefreshTokens` (
  `Id` char(36) NOT NULL,
  `AddedDate` datetime(6) NOT NULL,
  `ExpiryDate` datetime(6) NOT NULL,
  `IsRevorked` tinyint(1) NOT NULL,
  `IsUsed` tinyint(1) NOT NULL,
  `JwtId` longtext,
  `Token` longtext,
  `UserId` varchar(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RefreshTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Relationship` (
  `Id` char(36) NOT NULL,
  `CustomerId` char(36),
  `IdentityUserId` varchar(255),
  `TenantId` char(36),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Relationship_Customer_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`),
  CONSTRAINT `FK_Relationship_AspNetUsers_IdentityUserId` FOREIGN KEY (`IdentityUserId`) REFERENCES `AspNetUsers` (`Id`),
  CONSTRAINT `FK_Relationship_Tenant_TenantId` FOREIGN KEY (`TenantId`) REFERENCES `Tenant` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext,
  `ClaimValue` longtext,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` longtext,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` varchar(255) NOT NULL,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` longtext,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SambaPOS 3 (Emre Eren; touch-screen point of sale for restaurants, cafés and shops; C#, Entity Framework 6
-- code-first on SQL Server Compact / SQL Server)
-- Upstream: github.com/emreeren/SambaPOS-3, commit 26ce3780f2411e2b8305c2d9ac2a067d2dec8b0c,
-- GPL-3.0-or-later (SambaSetup/src/license.txt).
-- Written from the EF6 model: the DbSets of Samba.Persistance/Data/DataContext.cs and the entity classes of
-- Samba.Domain/Models/** they reach, with OnModelCreating's configuration (composite keys, HasForeignKey,
-- many-to-many join tables, Ignore, IsMaxLength, HasPrecision, the rowversion column) and EF6's conventions:
-- pluralised class names as table names; key columns first, then the class's own properties, then inherited
-- ones (Name of EntityClass); FK properties found by name (<Navigation>Id, <Principal>Id), otherwise
-- independent-association columns <Navigation>_Id / <Principal>_Id at the end; cascade delete on required
-- relationships. A fresh SambaPOS 3 database is created this way (the FluentMigrator migrations 001-024 only
-- upgrade older databases to the same model). Types written as MySQL: string as text (nvarchar), IsMaxLength
-- strings as longtext, [StringLength(n)] as varchar(n), decimal(18,2) unless configured, bool as tinyint(1),
-- DateTime as datetime, double as double, the rowversion as binary(8). Constraint names are left to MySQL
-- (EF's names exceed 64 characters); index names are EF's IX_<columns>, cut at 64 characters.

CREATE TABLE `AccountScreens` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Filter` int NOT NULL,
  `DisplayAsTree` tinyint(1) NOT NULL,
  `SortOrder` int NOT NULL,
  `AutomationCommandMapData` longtext DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountScreenValues` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountScreenId` int NOT NULL,
  `AccountTypeId` int NOT NULL,
  `AccountTypeName` text DEFAULT NULL,
  `DisplayDetails` tinyint(1) NOT NULL,
  `HideZeroBalanceAccounts` tinyint(1) NOT NULL,
  `SortOrder` int NOT NULL,
  PRIMARY KEY (`Id`, `AccountScreenId`),
  KEY `IX_AccountScreenId` (`AccountScreenId`),
  FOREIGN KEY (`AccountScreenId`) REFERENCES `AccountScreens` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionDocumentTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ButtonHeader` text DEFAULT NULL,
  `ButtonColor` text DEFAULT NULL,
  `MasterAccountTypeId` int NOT NULL,
  `DefaultAmount` text DEFAULT NULL,
  `DescriptionTemplate` text DEFAULT NULL,
  `ExchangeTemplate` text DEFAULT NULL,
  `BatchCreateDocuments` tinyint(1) NOT NULL,
  `Filter` int NOT NULL,
  `SortOrder` int NOT NULL,
  `PrinterTemplateId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionDocumentAccountMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountTransactionDocumentTypeId` int NOT NULL,
  `AccountId` int NOT NULL,
  `AccountName` text DEFAULT NULL,
  `MappedAccountId` int NOT NULL,
  `MappedAccountName` text DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AccountTransactionDocumentTypeId` (`AccountTransactionDocumentTypeId`),
  FOREIGN KEY (`AccountTransactionDocumentTypeId`) REFERENCES `AccountTransactionDocumentTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `SourceAccountTypeId` int NOT NULL,
  `TargetAccountTypeId` int NOT NULL,
  `DefaultSourceAccountId` int NOT NULL,
  `DefaultTargetAccountId` int NOT NULL,
  `ForeignCurrencyId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionDocumentTypeAccountTransactionTypes` (
  `AccountTransactionDocumentType_Id` int NOT NULL,
  `AccountTransactionType_Id` int NOT NULL,
  PRIMARY KEY (`AccountTransactionDocumentType_Id`, `AccountTransactionType_Id`),
  KEY `IX_AccountTransactionDocumentType_Id` (`AccountTransactionDocumentType_Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  FOREIGN KEY (`AccountTransactionDocumentType_Id`) REFERENCES `AccountTransactionDocumentTypes` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionDocumentTypeMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountTransactionDocumentTypeId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AccountTransactionDocumentTypeId` (`AccountTransactionDocumentTypeId`),
  FOREIGN KEY (`AccountTransactionDocumentTypeId`) REFERENCES `AccountTransactionDocumentTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionDocuments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Date` datetime NOT NULL,
  `DocumentTypeId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountTransactionDocumentId` int NOT NULL,
  `Amount` decimal(16,2) NOT NULL,
  `ExchangeRate` decimal(16,2) NOT NULL,
  `AccountTransactionTypeId` int NOT NULL,
  `SourceAccountTypeId` int NOT NULL,
  `TargetAccountTypeId` int NOT NULL,
  `IsReversed` tinyint(1) NOT NULL,
  `Reversable` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`, `AccountTransactionDocumentId`),
  KEY `IX_AccountTransactionDocumentId` (`AccountTransactionDocumentId`),
  FOREIGN KEY (`AccountTransactionDocumentId`) REFERENCES `AccountTransactionDocuments` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTransactionValues` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountTransactionId` int NOT NULL,
  `AccountTransactionDocumentId` int NOT NULL,
  `AccountTypeId` int NOT NULL,
  `AccountId` int NOT NULL,
  `Date` datetime NOT NULL,
  `Debit` decimal(16,2) NOT NULL,
  `Credit` decimal(16,2) NOT NULL,
  `Exchange` decimal(16,2) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`, `AccountTransactionId`, `AccountTransactionDocumentId`),
  KEY `IX_AccountTransactionId_AccountTransactionDocumentId` (`AccountTransactionId`, `AccountTransactionDocumentId`),
  FOREIGN KEY (`AccountTransactionId`, `AccountTransactionDocumentId`) REFERENCES `AccountTransactions` (`Id`, `AccountTransactionDocumentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `DefaultFilterType` int NOT NULL,
  `WorkingRule` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Tags` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Accounts` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccountTypeId` int NOT NULL,
  `ForeignCurrencyId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppRules` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EventName` text DEFAULT NULL,
  `EventConstraints` longtext DEFAULT NULL,
  `CustomConstraint` text DEFAULT NULL,
  `RuleConstraints` longtext DEFAULT NULL,
  `ConstraintMatch` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ActionContainers` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AppActionId` int NOT NULL,
  `AppRuleId` int NOT NULL,
  `Name` text DEFAULT NULL,
  `ParameterValues` longtext DEFAULT NULL,
  `CustomConstraint` text DEFAULT NULL,
  `SortOrder` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AppRuleId` (`AppRuleId`),
  FOREIGN KEY (`AppRuleId`) REFERENCES `AppRules` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppActions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ActionType` text DEFAULT NULL,
  `Parameter` longtext DEFAULT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppRuleMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AppRuleId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AppRuleId` (`AppRuleId`),
  FOREIGN KEY (`AppRuleId`) REFERENCES `AppRules` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AutomationCommands` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ButtonHeader` text DEFAULT NULL,
  `Color` text DEFAULT NULL,
  `FontSize` int NOT NULL,
  `Values` text DEFAULT NULL,
  `ToggleValues` tinyint(1) NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AutomationCommandMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AutomationCommandId` int NOT NULL,
  `DisplayOnTicket` tinyint(1) NOT NULL,
  `DisplayOnPayment` tinyint(1) NOT NULL,
  `DisplayOnOrders` tinyint(1) NOT NULL,
  `DisplayOnTicketList` tinyint(1) NOT NULL,
  `DisplayUnderTicket` tinyint(1) NOT NULL,
  `DisplayUnderTicket2` tinyint(1) NOT NULL,
  `DisplayOnCommandSelector` tinyint(1) NOT NULL,
  `EnabledStates` text DEFAULT NULL,
  `VisibleStates` text DEFAULT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AutomationCommandId` (`AutomationCommandId`),
  FOREIGN KEY (`AutomationCommandId`) REFERENCES `AutomationCommands` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalculationSelectors` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ButtonHeader` text DEFAULT NULL,
  `ButtonColor` text DEFAULT NULL,
  `FontSize` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalculationTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `CalculationMethod` int NOT NULL,
  `Amount` decimal(16,2) NOT NULL,
  `MaxAmount` decimal(18,2) NOT NULL,
  `IncludeTax` tinyint(1) NOT NULL,
  `DecreaseAmount` tinyint(1) NOT NULL,
  `UsePlainSum` tinyint(1) NOT NULL,
  `ToggleCalculation` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  `AccountTransactionType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalculationSelectorCalculationTypes` (
  `CalculationSelector_Id` int NOT NULL,
  `CalculationType_Id` int NOT NULL,
  PRIMARY KEY (`CalculationSelector_Id`, `CalculationType_Id`),
  KEY `IX_CalculationSelector_Id` (`CalculationSelector_Id`),
  KEY `IX_CalculationType_Id` (`CalculationType_Id`),
  FOREIGN KEY (`CalculationSelector_Id`) REFERENCES `CalculationSelectors` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`CalculationType_Id`) REFERENCES `CalculationTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CalculationSelectorMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CalculationSelectorId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_CalculationSelectorId` (`CalculationSelectorId`),
  FOREIGN KEY (`CalculationSelectorId`) REFERENCES `CalculationSelectors` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tickets` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `LastUpdateTime` datetime NOT NULL,
  `TicketNumber` text DEFAULT NULL,
  `Date` datetime NOT NULL,
  `LastOrderDate` datetime NOT NULL,
  `LastPaymentDate` datetime NOT NULL,
  `IsClosed` tinyint(1) NOT NULL,
  `IsLocked` tinyint(1) NOT NULL,
  `RemainingAmount` decimal(16,2) NOT NULL,
  `TotalAmount` decimal(16,2) NOT NULL,
  `DepartmentId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  `Note` longtext DEFAULT NULL,
  `LastModifiedUserName` text DEFAULT NULL,
  `TicketTags` longtext DEFAULT NULL,
  `TicketStates` longtext DEFAULT NULL,
  `TicketLogs` longtext DEFAULT NULL,
  `ExchangeRate` decimal(18,2) NOT NULL,
  `TaxIncluded` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  `TransactionDocument_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TransactionDocument_Id` (`TransactionDocument_Id`),
  FOREIGN KEY (`TransactionDocument_Id`) REFERENCES `AccountTransactionDocuments` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Calculations` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketId` int NOT NULL,
  `Name` text DEFAULT NULL,
  `Order` int NOT NULL,
  `CalculationTypeId` int NOT NULL,
  `AccountTransactionTypeId` int NOT NULL,
  `CalculationType` int NOT NULL,
  `IncludeTax` tinyint(1) NOT NULL,
  `DecreaseAmount` tinyint(1) NOT NULL,
  `UsePlainSum` tinyint(1) NOT NULL,
  `Amount` decimal(16,2) NOT NULL,
  `CalculationAmount` decimal(16,2) NOT NULL,
  PRIMARY KEY (`Id`, `TicketId`),
  KEY `IX_TicketId` (`TicketId`),
  FOREIGN KEY (`TicketId`) REFERENCES `Tickets` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangePaymentTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  `Account_Id` int DEFAULT NULL,
  `AccountTransactionType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Account_Id` (`Account_Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  FOREIGN KEY (`Account_Id`) REFERENCES `Accounts` (`Id`),
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangePaymentTypeMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ChangePaymentTypeId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ChangePaymentTypeId` (`ChangePaymentTypeId`),
  FOREIGN KEY (`ChangePaymentTypeId`) REFERENCES `ChangePaymentTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangePayments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketId` int NOT NULL,
  `ChangePaymentTypeId` int NOT NULL,
  `Name` text DEFAULT NULL,
  `Date` datetime NOT NULL,
  `AccountTransactionId` int NOT NULL,
  `Amount` decimal(18,2) NOT NULL,
  `UserId` int NOT NULL,
  `AccountTransaction_Id` int DEFAULT NULL,
  `AccountTransaction_AccountTransactionDocumentId` int DEFAULT NULL,
  PRIMARY KEY (`Id`, `TicketId`),
  KEY `IX_TicketId` (`TicketId`),
  KEY `IX_AccountTransaction_Id_AccountTransaction_AccountTransactionDo` (`AccountTransaction_Id`, `AccountTransaction_AccountTransactionDocumentId`),
  FOREIGN KEY (`TicketId`) REFERENCES `Tickets` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`AccountTransaction_Id`, `AccountTransaction_AccountTransactionDocumentId`) REFERENCES `AccountTransactions` (`Id`, `AccountTransactionDocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PeriodicConsumptions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `WorkPeriodId` int NOT NULL,
  `StartDate` datetime NOT NULL,
  `EndDate` datetime NOT NULL,
  `LastUpdateTime` datetime NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WarehouseConsumptions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PeriodicConsumptionId` int NOT NULL,
  `WarehouseId` int NOT NULL,
  PRIMARY KEY (`Id`, `PeriodicConsumptionId`),
  KEY `IX_PeriodicConsumptionId` (`PeriodicConsumptionId`),
  FOREIGN KEY (`PeriodicConsumptionId`) REFERENCES `PeriodicConsumptions` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CostItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `WarehouseConsumptionId` int NOT NULL,
  `PeriodicConsumptionId` int NOT NULL,
  `MenuItemId` int NOT NULL,
  `PortionId` int NOT NULL,
  `PortionName` text DEFAULT NULL,
  `Quantity` decimal(16,3) NOT NULL,
  `CostPrediction` decimal(16,2) NOT NULL,
  `Cost` decimal(16,2) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`, `WarehouseConsumptionId`, `PeriodicConsumptionId`),
  KEY `IX_PeriodicConsumptionId_WarehouseConsumptionId` (`PeriodicConsumptionId`, `WarehouseConsumptionId`),
  FOREIGN KEY (`PeriodicConsumptionId`, `WarehouseConsumptionId`) REFERENCES `WarehouseConsumptions` (`Id`, `PeriodicConsumptionId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Departments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `PriceTag` varchar(10) DEFAULT NULL,
  `WarehouseId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  `ScreenMenuId` int NOT NULL,
  `TicketCreationMethod` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Entities` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EntityTypeId` int NOT NULL,
  `LastUpdateTime` datetime NOT NULL,
  `SearchString` text DEFAULT NULL,
  `CustomData` longtext DEFAULT NULL,
  `AccountId` int NOT NULL,
  `WarehouseId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `EntityName` text DEFAULT NULL,
  `AccountTypeId` int NOT NULL,
  `WarehouseTypeId` int NOT NULL,
  `AccountNameTemplate` text DEFAULT NULL,
  `PrimaryFieldName` text DEFAULT NULL,
  `PrimaryFieldFormat` text DEFAULT NULL,
  `DisplayFormat` text DEFAULT NULL,
  `AccountBalanceDisplayFormat` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityCustomFields` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `FieldType` int NOT NULL,
  `EditingFormat` text DEFAULT NULL,
  `ValueSource` text DEFAULT NULL,
  `Hidden` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  `EntityType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_EntityType_Id` (`EntityType_Id`),
  FOREIGN KEY (`EntityType_Id`) REFERENCES `EntityTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityScreens` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketTypeId` int NOT NULL,
  `EntityTypeId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `DisplayMode` int NOT NULL,
  `BackgroundColor` text DEFAULT NULL,
  `BackgroundImage` text DEFAULT NULL,
  `FontSize` int NOT NULL,
  `PageCount` int NOT NULL,
  `RowCount` int NOT NULL,
  `ColumnCount` int NOT NULL,
  `ButtonHeight` int NOT NULL,
  `DisplayState` text DEFAULT NULL,
  `StateFilter` text DEFAULT NULL,
  `AskTicketType` tinyint(1) NOT NULL,
  `SearchValueReplacePattern` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityScreenItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EntityScreenId` int NOT NULL,
  `Name` text DEFAULT NULL,
  `EntityId` int NOT NULL,
  `EntityState` text DEFAULT NULL,
  `SortOrder` int NOT NULL,
  `LastUpdateTime` datetime NOT NULL,
  PRIMARY KEY (`Id`, `EntityScreenId`),
  KEY `IX_EntityScreenId` (`EntityScreenId`),
  FOREIGN KEY (`EntityScreenId`) REFERENCES `EntityScreens` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityScreenMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EntityScreenId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_EntityScreenId` (`EntityScreenId`),
  FOREIGN KEY (`EntityScreenId`) REFERENCES `EntityScreens` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityStateValues` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EntityId` int NOT NULL,
  `EntityStates` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Numerators` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `LastUpdateTime` binary(8) DEFAULT NULL,
  `Number` int NOT NULL,
  `NumberFormat` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TicketTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ScreenMenuId` int NOT NULL,
  `TaxIncluded` tinyint(1) NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  `OrderNumerator_Id` int DEFAULT NULL,
  `SaleTransactionType_Id` int DEFAULT NULL,
  `TicketNumerator_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_OrderNumerator_Id` (`OrderNumerator_Id`),
  KEY `IX_SaleTransactionType_Id` (`SaleTransactionType_Id`),
  KEY `IX_TicketNumerator_Id` (`TicketNumerator_Id`),
  FOREIGN KEY (`OrderNumerator_Id`) REFERENCES `Numerators` (`Id`),
  FOREIGN KEY (`SaleTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`),
  FOREIGN KEY (`TicketNumerator_Id`) REFERENCES `Numerators` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EntityTypeAssignments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketTypeId` int NOT NULL,
  `EntityTypeId` int NOT NULL,
  `EntityTypeName` text DEFAULT NULL,
  `AskBeforeCreatingTicket` tinyint(1) NOT NULL,
  `State` text DEFAULT NULL,
  `CopyToNewTickets` tinyint(1) NOT NULL,
  `SortOrder` int NOT NULL,
  PRIMARY KEY (`Id`, `TicketTypeId`),
  KEY `IX_TicketTypeId` (`TicketTypeId`),
  FOREIGN KEY (`TicketTypeId`) REFERENCES `TicketTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ForeignCurrencies` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CurrencySymbol` text DEFAULT NULL,
  `ExchangeRate` decimal(18,2) NOT NULL,
  `Rounding` decimal(18,2) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `GroupCode` text DEFAULT NULL,
  `BaseUnit` text DEFAULT NULL,
  `TransactionUnit` text DEFAULT NULL,
  `TransactionUnitMultiplier` int NOT NULL,
  `Warehouse` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryTransactionTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SourceWarehouseTypeId` int NOT NULL,
  `TargetWarehouseTypeId` int NOT NULL,
  `DefaultSourceWarehouseId` int NOT NULL,
  `DefaultTargetWarehouseId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryTransactionDocumentTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SourceEntityTypeId` int NOT NULL,
  `TargetEntityTypeId` int NOT NULL,
  `DefaultSourceEntityId` int NOT NULL,
  `DefaultTargetEntityId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  `AccountTransactionType_Id` int DEFAULT NULL,
  `InventoryTransactionType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  KEY `IX_InventoryTransactionType_Id` (`InventoryTransactionType_Id`),
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`),
  FOREIGN KEY (`InventoryTransactionType_Id`) REFERENCES `InventoryTransactionTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryTransactionDocuments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Date` datetime NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InventoryTransactions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `InventoryTransactionDocumentId` int NOT NULL,
  `InventoryTransactionTypeId` int NOT NULL,
  `SourceWarehouseId` int NOT NULL,
  `TargetWarehouseId` int NOT NULL,
  `Date` datetime NOT NULL,
  `Unit` text DEFAULT NULL,
  `Multiplier` int NOT NULL,
  `Quantity` decimal(16,3) NOT NULL,
  `Price` decimal(16,2) NOT NULL,
  `InventoryItem_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_InventoryTransactionDocumentId` (`InventoryTransactionDocumentId`),
  KEY `IX_InventoryItem_Id` (`InventoryItem_Id`),
  FOREIGN KEY (`InventoryTransactionDocumentId`) REFERENCES `InventoryTransactionDocuments` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`InventoryItem_Id`) REFERENCES `InventoryItems` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuAssignments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketTypeId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `MenuId` int NOT NULL,
  `TerminalName` text DEFAULT NULL,
  `SortOrder` int NOT NULL,
  PRIMARY KEY (`Id`, `TicketTypeId`),
  KEY `IX_TicketTypeId` (`TicketTypeId`),
  FOREIGN KEY (`TicketTypeId`) REFERENCES `TicketTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `GroupCode` text DEFAULT NULL,
  `Barcode` text DEFAULT NULL,
  `Tag` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItemPortions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `MenuItemId` int NOT NULL,
  `Multiplier` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_MenuItemId` (`MenuItemId`),
  FOREIGN KEY (`MenuItemId`) REFERENCES `MenuItems` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItemPriceDefinitions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PriceTag` varchar(10) DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItemPrices` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `MenuItemPortionId` int NOT NULL,
  `PriceTag` varchar(10) DEFAULT NULL,
  `Price` decimal(16,2) NOT NULL,
  PRIMARY KEY (`Id`, `MenuItemPortionId`),
  KEY `IX_MenuItemPortionId` (`MenuItemPortionId`),
  FOREIGN KEY (`MenuItemPortionId`) REFERENCES `MenuItemPortions` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderTagGroups` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `ColumnCount` int NOT NULL,
  `ButtonHeight` int NOT NULL,
  `FontSize` int NOT NULL,
  `ButtonColor` text DEFAULT NULL,
  `MaxSelectedItems` int NOT NULL,
  `MinSelectedItems` int NOT NULL,
  `AddTagPriceToOrderPrice` tinyint(1) NOT NULL,
  `FreeTagging` tinyint(1) NOT NULL,
  `SaveFreeTags` tinyint(1) NOT NULL,
  `GroupTag` text DEFAULT NULL,
  `TaxFree` tinyint(1) NOT NULL,
  `Hidden` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderTagMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `OrderTagGroupId` int NOT NULL,
  `MenuItemGroupCode` text DEFAULT NULL,
  `MenuItemId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_OrderTagGroupId` (`OrderTagGroupId`),
  FOREIGN KEY (`OrderTagGroupId`) REFERENCES `OrderTagGroups` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderTags` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `SortOrder` int NOT NULL,
  `OrderTagGroupId` int NOT NULL,
  `Price` decimal(16,2) NOT NULL,
  `MenuItemId` int NOT NULL,
  `MaxQuantity` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_OrderTagGroupId` (`OrderTagGroupId`),
  FOREIGN KEY (`OrderTagGroupId`) REFERENCES `OrderTagGroups` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductTimerValues` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ProductTimerId` int NOT NULL,
  `PriceType` int NOT NULL,
  `PriceDuration` decimal(16,2) NOT NULL,
  `MinTime` decimal(16,2) NOT NULL,
  `TimeRounding` decimal(16,2) NOT NULL,
  `Start` datetime NOT NULL,
  `End` datetime NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Orders` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketId` int NOT NULL,
  `WarehouseId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `MenuItemId` int NOT NULL,
  `MenuItemName` text DEFAULT NULL,
  `PortionName` text DEFAULT NULL,
  `Price` decimal(16,2) NOT NULL,
  `Quantity` decimal(16,3) NOT NULL,
  `PortionCount` int NOT NULL,
  `Locked` tinyint(1) NOT NULL,
  `CalculatePrice` tinyint(1) NOT NULL,
  `DecreaseInventory` tinyint(1) NOT NULL,
  `IncreaseInventory` tinyint(1) NOT NULL,
  `OrderNumber` int NOT NULL,
  `CreatingUserName` text DEFAULT NULL,
  `CreatedDateTime` datetime NOT NULL,
  `AccountTransactionTypeId` int NOT NULL,
  `ProductTimerValueId` int DEFAULT NULL,
  `PriceTag` text DEFAULT NULL,
  `Tag` text DEFAULT NULL,
  `Taxes` longtext DEFAULT NULL,
  `OrderTags` longtext DEFAULT NULL,
  `OrderStates` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`, `TicketId`),
  KEY `IX_TicketId` (`TicketId`),
  KEY `IX_ProductTimerValueId` (`ProductTimerValueId`),
  FOREIGN KEY (`TicketId`) REFERENCES `Tickets` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`ProductTimerValueId`) REFERENCES `ProductTimerValues` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaidItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketId` int NOT NULL,
  `Key` text DEFAULT NULL,
  `Quantity` decimal(16,3) NOT NULL,
  PRIMARY KEY (`Id`, `TicketId`),
  KEY `IX_TicketId` (`TicketId`),
  FOREIGN KEY (`TicketId`) REFERENCES `Tickets` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `ButtonColor` text DEFAULT NULL,
  `FontSize` int NOT NULL,
  `Name` text DEFAULT NULL,
  `Account_Id` int DEFAULT NULL,
  `AccountTransactionType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Account_Id` (`Account_Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  FOREIGN KEY (`Account_Id`) REFERENCES `Accounts` (`Id`),
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentTypeMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PaymentTypeId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_PaymentTypeId` (`PaymentTypeId`),
  FOREIGN KEY (`PaymentTypeId`) REFERENCES `PaymentTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payments` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketId` int NOT NULL,
  `PaymentTypeId` int NOT NULL,
  `Name` text DEFAULT NULL,
  `Date` datetime NOT NULL,
  `AccountTransactionId` int NOT NULL,
  `Amount` decimal(16,2) NOT NULL,
  `UserId` int NOT NULL,
  `AccountTransaction_Id` int DEFAULT NULL,
  `AccountTransaction_AccountTransactionDocumentId` int DEFAULT NULL,
  PRIMARY KEY (`Id`, `TicketId`),
  KEY `IX_TicketId` (`TicketId`),
  KEY `IX_AccountTransaction_Id_AccountTransaction_AccountTransactionDo` (`AccountTransaction_Id`, `AccountTransaction_AccountTransactionDocumentId`),
  FOREIGN KEY (`TicketId`) REFERENCES `Tickets` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`AccountTransaction_Id`, `AccountTransaction_AccountTransactionDocumentId`) REFERENCES `AccountTransactions` (`Id`, `AccountTransactionDocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PeriodicConsumptionItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `WarehouseConsumptionId` int NOT NULL,
  `PeriodicConsumptionId` int NOT NULL,
  `InventoryItemId` int NOT NULL,
  `InventoryItemName` text DEFAULT NULL,
  `UnitName` text DEFAULT NULL,
  `UnitMultiplier` decimal(16,2) NOT NULL,
  `InStock` decimal(16,3) NOT NULL,
  `Added` decimal(16,3) NOT NULL,
  `Removed` decimal(16,3) NOT NULL,
  `Consumption` decimal(16,3) NOT NULL,
  `PhysicalInventory` decimal(16,3) DEFAULT NULL,
  `Cost` decimal(16,2) NOT NULL,
  PRIMARY KEY (`Id`, `WarehouseConsumptionId`, `PeriodicConsumptionId`),
  KEY `IX_PeriodicConsumptionId_WarehouseConsumptionId` (`PeriodicConsumptionId`, `WarehouseConsumptionId`),
  FOREIGN KEY (`PeriodicConsumptionId`, `WarehouseConsumptionId`) REFERENCES `WarehouseConsumptions` (`Id`, `PeriodicConsumptionId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserRoles` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `IsAdmin` tinyint(1) NOT NULL,
  `DepartmentId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Permissions` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Value` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_UserRoleId` (`UserRoleId`),
  FOREIGN KEY (`UserRoleId`) REFERENCES `UserRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PrintJobs` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `WhatToPrint` int NOT NULL,
  `UseForPaidTickets` tinyint(1) NOT NULL,
  `ExcludeTax` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PrinterMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PrintJobId` int NOT NULL,
  `MenuItemGroupCode` text DEFAULT NULL,
  `MenuItemId` int NOT NULL,
  `PrinterId` int NOT NULL,
  `PrinterTemplateId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_PrintJobId` (`PrintJobId`),
  FOREIGN KEY (`PrintJobId`) REFERENCES `PrintJobs` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PrinterTemplates` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Template` longtext DEFAULT NULL,
  `MergeLines` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Printers` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ShareName` text DEFAULT NULL,
  `PrinterType` int NOT NULL,
  `CodePage` int NOT NULL,
  `CharsPerLine` int NOT NULL,
  `PageHeight` int NOT NULL,
  `CustomPrinterName` text DEFAULT NULL,
  `CustomPrinterData` longtext DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductTimers` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PriceType` int NOT NULL,
  `PriceDuration` decimal(16,2) NOT NULL,
  `MinTime` decimal(16,2) NOT NULL,
  `TimeRounding` decimal(16,2) NOT NULL,
  `StartTime` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProdcutTimerMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ProductTimerId` int NOT NULL,
  `MenuItemGroupCode` text DEFAULT NULL,
  `MenuItemId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProductTimerId` (`ProductTimerId`),
  FOREIGN KEY (`ProductTimerId`) REFERENCES `ProductTimers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProgramSettingValues` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Value` varchar(250) DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Recipes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `FixedCost` decimal(16,2) NOT NULL,
  `Name` text DEFAULT NULL,
  `Portion_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Portion_Id` (`Portion_Id`),
  FOREIGN KEY (`Portion_Id`) REFERENCES `MenuItemPortions` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecipeItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `RecipeId` int NOT NULL,
  `Quantity` decimal(16,3) NOT NULL,
  `InventoryItem_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_RecipeId` (`RecipeId`),
  KEY `IX_InventoryItem_Id` (`InventoryItem_Id`),
  FOREIGN KEY (`RecipeId`) REFERENCES `Recipes` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`InventoryItem_Id`) REFERENCES `InventoryItems` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScreenMenus` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CategoryColumnCount` int NOT NULL,
  `CategoryColumnWidthRate` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScreenMenuCategories` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `SortOrder` int NOT NULL,
  `ScreenMenuId` int NOT NULL,
  `MostUsedItemsCategory` tinyint(1) NOT NULL,
  `ColumnCount` int NOT NULL,
  `MenuItemButtonHeight` int NOT NULL,
  `MenuItemButtonColor` text DEFAULT NULL,
  `MenuItemFontSize` double NOT NULL,
  `WrapText` tinyint(1) NOT NULL,
  `PageCount` int NOT NULL,
  `MainButtonHeight` int NOT NULL,
  `MainButtonColor` text DEFAULT NULL,
  `MainFontSize` double NOT NULL,
  `SubButtonHeight` int NOT NULL,
  `SubButtonRows` int NOT NULL,
  `SubButtonColorDef` longtext DEFAULT NULL,
  `NumeratorType` int NOT NULL,
  `NumeratorValues` text DEFAULT NULL,
  `AlphaButtonValues` text DEFAULT NULL,
  `ImagePath` text DEFAULT NULL,
  `MaxItems` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ScreenMenuId` (`ScreenMenuId`),
  FOREIGN KEY (`ScreenMenuId`) REFERENCES `ScreenMenus` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScreenMenuItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `ScreenMenuCategoryId` int NOT NULL,
  `MenuItemId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `AutoSelect` tinyint(1) NOT NULL,
  `ButtonColor` text DEFAULT NULL,
  `Quantity` int NOT NULL,
  `ImagePath` text DEFAULT NULL,
  `FontSize` double NOT NULL,
  `SubMenuTag` text DEFAULT NULL,
  `ItemPortion` text DEFAULT NULL,
  `OrderTags` text DEFAULT NULL,
  `OrderStates` text DEFAULT NULL,
  `AutomationCommand` text DEFAULT NULL,
  `AutomationCommandValue` text DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ScreenMenuCategoryId` (`ScreenMenuCategoryId`),
  FOREIGN KEY (`ScreenMenuCategoryId`) REFERENCES `ScreenMenuCategories` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Scripts` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `HandlerName` text DEFAULT NULL,
  `Code` longtext DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `States` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `GroupName` text DEFAULT NULL,
  `StateType` int NOT NULL,
  `Color` text DEFAULT NULL,
  `ShowOnEndOfDayReport` tinyint(1) NOT NULL,
  `ShowOnProductReport` tinyint(1) NOT NULL,
  `ShowOnTicket` tinyint(1) NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskCustomFields` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TaskTypeId` int NOT NULL,
  `FieldType` int NOT NULL,
  `EditingFormat` text DEFAULT NULL,
  `DisplayFormat` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`, `TaskTypeId`),
  KEY `IX_TaskTypeId` (`TaskTypeId`),
  FOREIGN KEY (`TaskTypeId`) REFERENCES `TaskTypes` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tasks` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TaskTypeId` int NOT NULL,
  `Content` text DEFAULT NULL,
  `StartDate` datetime NOT NULL,
  `EndDate` datetime NOT NULL,
  `CustomData` longtext DEFAULT NULL,
  `Completed` tinyint(1) NOT NULL,
  `LastUpdateTime` datetime NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaskTokens` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TaskId` int NOT NULL,
  `Caption` text DEFAULT NULL,
  `Value` text DEFAULT NULL,
  `Type` int NOT NULL,
  `ReferenceTypeId` int NOT NULL,
  `ReferenceId` int NOT NULL,
  PRIMARY KEY (`Id`, `TaskId`),
  KEY `IX_TaskId` (`TaskId`),
  FOREIGN KEY (`TaskId`) REFERENCES `Tasks` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaxTemplates` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `Rate` decimal(16,2) NOT NULL,
  `Rounding` int NOT NULL,
  `Name` text DEFAULT NULL,
  `AccountTransactionType_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_AccountTransactionType_Id` (`AccountTransactionType_Id`),
  FOREIGN KEY (`AccountTransactionType_Id`) REFERENCES `AccountTransactionTypes` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaxTemplateMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TaxTemplateId` int NOT NULL,
  `MenuItemGroupCode` text DEFAULT NULL,
  `MenuItemId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TaxTemplateId` (`TaxTemplateId`),
  FOREIGN KEY (`TaxTemplateId`) REFERENCES `TaxTemplates` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Terminals` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `IsDefault` tinyint(1) NOT NULL,
  `AutoLogout` tinyint(1) NOT NULL,
  `ReportPrinterId` int NOT NULL,
  `TransactionPrinterId` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TicketEntities` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `EntityTypeId` int NOT NULL,
  `EntityId` int NOT NULL,
  `AccountId` int NOT NULL,
  `AccountTypeId` int NOT NULL,
  `EntityName` text DEFAULT NULL,
  `EntityCustomData` longtext DEFAULT NULL,
  `Ticket_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Ticket_Id` (`Ticket_Id`),
  FOREIGN KEY (`Ticket_Id`) REFERENCES `Tickets` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TicketTagGroups` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SortOrder` int NOT NULL,
  `FreeTagging` tinyint(1) NOT NULL,
  `SaveFreeTags` tinyint(1) NOT NULL,
  `ButtonColorWhenTagSelected` text DEFAULT NULL,
  `ButtonColorWhenNoTagSelected` text DEFAULT NULL,
  `ForceValue` tinyint(1) NOT NULL,
  `AskBeforeCreatingTicket` tinyint(1) NOT NULL,
  `DataType` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TicketTagMaps` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketTagGroupId` int NOT NULL,
  `TerminalId` int NOT NULL,
  `DepartmentId` int NOT NULL,
  `UserRoleId` int NOT NULL,
  `TicketTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TicketTagGroupId` (`TicketTagGroupId`),
  FOREIGN KEY (`TicketTagGroupId`) REFERENCES `TicketTagGroups` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TicketTags` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TicketTagGroupId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_TicketTagGroupId` (`TicketTagGroupId`),
  FOREIGN KEY (`TicketTagGroupId`) REFERENCES `TicketTagGroups` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Triggers` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Expression` text DEFAULT NULL,
  `LastTrigger` datetime NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PinCode` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  `UserRole_Id` int DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_UserRole_Id` (`UserRole_Id`),
  FOREIGN KEY (`UserRole_Id`) REFERENCES `UserRoles` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WarehouseTypes` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Warehouses` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `WarehouseTypeId` int NOT NULL,
  `SortOrder` int NOT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Widgets` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `EntityScreenId` int NOT NULL,
  `XLocation` int NOT NULL,
  `YLocation` int NOT NULL,
  `Height` int NOT NULL,
  `Width` int NOT NULL,
  `CornerRadius` int NOT NULL,
  `Angle` double NOT NULL,
  `Scale` double NOT NULL,
  `Properties` text DEFAULT NULL,
  `CreatorName` text DEFAULT NULL,
  `AutoRefresh` tinyint(1) NOT NULL,
  `AutoRefreshInterval` int NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_EntityScreenId` (`EntityScreenId`),
  FOREIGN KEY (`EntityScreenId`) REFERENCES `EntityScreens` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkPeriods` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `StartDate` datetime NOT NULL,
  `EndDate` datetime NOT NULL,
  `StartDescription` text DEFAULT NULL,
  `EndDescription` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

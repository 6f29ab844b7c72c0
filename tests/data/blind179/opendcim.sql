-- openDCIM (data centre infrastructure management), github.com/opendcim/openDCIM, commit
-- d0ed4ae53260d57eee49e6a8cdc7e6eea3344bb9 (GPL-3.0).
-- A fresh install as install.php makes it: create.sql (schema version 23.03), then db-23.03-to-23.04.sql and
-- db-23.04-to-25.01.sql, each statement run in turn and a failing one skipped, as applyupdate() does (create.sql's
-- fac_MediaConnectors has a typo in its key and fails; 25.01 re-creates it; its ADD COLUMNs for fac_Ports and
-- fac_PowerPorts fail because create.sql already has those columns). Replayed into MariaDB 10.11 and written out
-- with SHOW CREATE TABLE (only the AUTO_INCREMENT=n counters left out). Schema version 25.01.
-- Upstream declares no foreign keys. 41 of the 60 tables are kept, every column of each; left out: the CDU and
-- device templates' port, power-port, slot and custom-value tables (fac_CDUTemplate, fac_TemplatePorts,
-- fac_TemplatePowerPorts, fac_Slots, fac_DeviceTemplateCustomValue), the power-connection and media lookups
-- (fac_PowerConnection, fac_PowerConnectors, fac_PowerPhases, fac_PowerVoltages, fac_MediaConnectors,
-- fac_MediaProtocols, fac_MediaDataRates, fac_PanelSchedule), tooltip settings (fac_CabinetToolTip,
-- fac_CDUToolTip), sensor and PDU readings (fac_SensorReadings, fac_PDUStats) and caches (fac_DeviceCache,
-- fac_DataCache).

CREATE TABLE `fac_People` (
  `PersonID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` varchar(255) NOT NULL,
  `LastName` varchar(40) NOT NULL,
  `FirstName` varchar(40) NOT NULL,
  `Phone1` varchar(20) NOT NULL,
  `Phone2` varchar(20) NOT NULL,
  `countryCode` char(2) NOT NULL,
  `Email` varchar(80) NOT NULL,
  `APIKey` varchar(80) NOT NULL,
  `AdminOwnDevices` tinyint(1) NOT NULL,
  `ReadAccess` tinyint(1) NOT NULL,
  `WriteAccess` tinyint(1) NOT NULL,
  `DeleteAccess` tinyint(1) NOT NULL,
  `ContactAdmin` tinyint(1) NOT NULL,
  `RackRequest` tinyint(1) NOT NULL,
  `RackAdmin` tinyint(1) NOT NULL,
  `BulkOperations` tinyint(1) NOT NULL,
  `SiteAdmin` tinyint(1) NOT NULL,
  `Disabled` tinyint(1) NOT NULL,
  `LastActivity` datetime NOT NULL,
  `ExpirationDate` date NOT NULL,
  PRIMARY KEY (`PersonID`),
  UNIQUE KEY `UserID` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Department` (
  `DeptID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `ExecSponsor` varchar(80) NOT NULL,
  `SDM` varchar(80) NOT NULL,
  `Classification` varchar(80) NOT NULL,
  `DeptColor` varchar(7) NOT NULL DEFAULT '#FFFFFF',
  PRIMARY KEY (`DeptID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DeptContacts` (
  `DeptID` int(11) NOT NULL,
  `ContactID` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DataCenter` (
  `DataCenterID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `SquareFootage` int(11) NOT NULL,
  `DeliveryAddress` varchar(255) NOT NULL,
  `countryCode` char(2) NOT NULL,
  `Administrator` varchar(80) NOT NULL,
  `MaxkW` int(11) NOT NULL,
  `DrawingFileName` varchar(255) NOT NULL,
  `EntryLogging` tinyint(1) NOT NULL,
  `ContainerID` int(11) NOT NULL,
  `MapX` int(11) NOT NULL,
  `MapY` int(11) NOT NULL,
  `U1Position` varchar(7) NOT NULL DEFAULT 'Default',
  PRIMARY KEY (`DataCenterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Container` (
  `ContainerID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(120) NOT NULL,
  `countryCode` char(2) NOT NULL,
  `ParentID` int(11) NOT NULL DEFAULT 0,
  `DrawingFileName` varchar(255) DEFAULT NULL,
  `MapX` int(11) NOT NULL,
  `MapY` int(11) NOT NULL,
  PRIMARY KEY (`ContainerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_Country` (
  `countryCode` char(2) NOT NULL,
  `countryName` varchar(80) NOT NULL,
  PRIMARY KEY (`countryCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Zone` (
  `ZoneID` int(11) NOT NULL AUTO_INCREMENT,
  `DataCenterID` int(11) NOT NULL,
  `Description` varchar(120) NOT NULL,
  `MapX1` int(11) NOT NULL,
  `MapY1` int(11) NOT NULL,
  `MapX2` int(11) NOT NULL,
  `MapY2` int(11) NOT NULL,
  `MapZoom` int(11) NOT NULL DEFAULT 100,
  PRIMARY KEY (`ZoneID`),
  KEY `DataCenterID` (`DataCenterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_CabRow` (
  `CabRowID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(120) NOT NULL,
  `DataCenterID` int(11) NOT NULL,
  `ZoneID` int(11) NOT NULL,
  PRIMARY KEY (`CabRowID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_Cabinet` (
  `CabinetID` int(11) NOT NULL AUTO_INCREMENT,
  `DataCenterID` int(11) NOT NULL,
  `Location` varchar(20) NOT NULL,
  `LocationSortable` varchar(20) NOT NULL,
  `AssignedTo` int(11) NOT NULL,
  `ZoneID` int(11) NOT NULL,
  `CabRowID` int(11) NOT NULL,
  `CabinetHeight` int(11) NOT NULL,
  `Model` varchar(80) NOT NULL,
  `Keylock` varchar(30) NOT NULL,
  `MaxKW` float NOT NULL,
  `MaxWeight` int(11) NOT NULL,
  `InstallationDate` date NOT NULL,
  `MapX1` int(11) NOT NULL,
  `MapX2` int(11) NOT NULL,
  `FrontEdge` varchar(7) NOT NULL DEFAULT 'Top',
  `MapY1` int(11) NOT NULL,
  `MapY2` int(11) NOT NULL,
  `Notes` text DEFAULT NULL,
  `U1Position` varchar(7) NOT NULL DEFAULT 'Default',
  PRIMARY KEY (`CabinetID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Tags` (
  `TagID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(128) NOT NULL,
  PRIMARY KEY (`TagID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_CabinetTags` (
  `CabinetID` int(11) NOT NULL,
  `TagID` int(11) NOT NULL,
  PRIMARY KEY (`CabinetID`,`TagID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_Manufacturer` (
  `ManufacturerID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(80) NOT NULL,
  `GlobalID` int(11) NOT NULL DEFAULT 0,
  `SubscribeToUpdates` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ManufacturerID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DeviceTemplate` (
  `TemplateID` int(11) NOT NULL AUTO_INCREMENT,
  `ManufacturerID` int(11) NOT NULL,
  `Model` varchar(80) NOT NULL,
  `Height` int(11) NOT NULL,
  `Weight` int(11) NOT NULL,
  `Wattage` int(11) NOT NULL,
  `DeviceType` varchar(23) NOT NULL DEFAULT 'Server',
  `PSCount` int(11) NOT NULL,
  `NumPorts` int(11) NOT NULL,
  `Notes` text NOT NULL,
  `FrontPictureFile` varchar(255) NOT NULL,
  `RearPictureFile` varchar(255) NOT NULL,
  `ChassisSlots` smallint(6) NOT NULL,
  `RearChassisSlots` smallint(6) NOT NULL,
  `SNMPVersion` varchar(2) NOT NULL DEFAULT '2c',
  `GlobalID` int(11) NOT NULL DEFAULT 0,
  `ShareToRepo` tinyint(1) NOT NULL DEFAULT 0,
  `KeepLocal` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`TemplateID`),
  UNIQUE KEY `ManufacturerID` (`ManufacturerID`,`Model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_SensorTemplate` (
  `TemplateID` int(11) NOT NULL AUTO_INCREMENT,
  `ManufacturerID` int(11) NOT NULL,
  `Model` varchar(80) NOT NULL,
  `TemperatureOID` varchar(256) NOT NULL,
  `HumidityOID` varchar(256) NOT NULL,
  `TempMultiplier` float NOT NULL DEFAULT 1,
  `HumidityMultiplier` float NOT NULL DEFAULT 1,
  `mUnits` varchar(7) NOT NULL DEFAULT 'english',
  PRIMARY KEY (`TemplateID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Device` (
  `DeviceID` int(11) NOT NULL AUTO_INCREMENT,
  `Label` varchar(80) NOT NULL,
  `SerialNo` varchar(40) NOT NULL,
  `AssetTag` varchar(20) NOT NULL,
  `PrimaryIP` varchar(254) NOT NULL,
  `SNMPVersion` varchar(2) NOT NULL,
  `v3SecurityLevel` varchar(12) NOT NULL,
  `v3AuthProtocol` varchar(3) NOT NULL,
  `v3AuthPassphrase` varchar(80) NOT NULL,
  `v3PrivProtocol` varchar(3) NOT NULL,
  `v3PrivPassphrase` varchar(80) NOT NULL,
  `SNMPCommunity` varchar(80) NOT NULL,
  `SNMPFailureCount` tinyint(1) NOT NULL,
  `Hypervisor` varchar(40) NOT NULL,
  `APIUsername` varchar(80) NOT NULL,
  `APIPassword` varchar(80) NOT NULL,
  `APIPort` smallint(4) NOT NULL,
  `ProxMoxRealm` varchar(80) NOT NULL,
  `Owner` int(11) NOT NULL,
  `EscalationTimeID` int(11) NOT NULL,
  `EscalationID` int(11) NOT NULL,
  `PrimaryContact` int(11) NOT NULL,
  `Cabinet` int(11) NOT NULL,
  `Position` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `Ports` int(11) NOT NULL,
  `FirstPortNum` int(11) NOT NULL,
  `TemplateID` int(11) NOT NULL,
  `NominalWatts` int(11) NOT NULL,
  `PowerSupplyCount` int(11) NOT NULL,
  `DeviceType` varchar(23) NOT NULL DEFAULT 'Server',
  `ChassisSlots` smallint(6) NOT NULL,
  `RearChassisSlots` smallint(6) NOT NULL,
  `ParentDevice` int(11) NOT NULL,
  `MfgDate` date NOT NULL,
  `InstallDate` date NOT NULL,
  `WarrantyCo` varchar(80) NOT NULL,
  `WarrantyExpire` date DEFAULT NULL,
  `Notes` text DEFAULT NULL,
  `Status` varchar(20) NOT NULL DEFAULT 'Production',
  `HalfDepth` tinyint(1) NOT NULL DEFAULT 0,
  `BackSide` tinyint(1) NOT NULL DEFAULT 0,
  `AuditStamp` datetime NOT NULL,
  `Weight` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`DeviceID`),
  KEY `SerialNo` (`SerialNo`,`AssetTag`,`PrimaryIP`),
  KEY `AssetTag` (`AssetTag`),
  KEY `Cabinet` (`Cabinet`),
  KEY `TemplateID` (`TemplateID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DeviceTags` (
  `DeviceID` int(11) NOT NULL,
  `TagID` int(11) NOT NULL,
  PRIMARY KEY (`DeviceID`,`TagID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_DeviceStatus` (
  `StatusID` int(11) NOT NULL AUTO_INCREMENT,
  `Status` varchar(40) NOT NULL,
  `ColorCode` varchar(7) NOT NULL,
  PRIMARY KEY (`StatusID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DeviceCustomAttribute` (
  `AttributeID` int(11) NOT NULL AUTO_INCREMENT,
  `Label` varchar(80) NOT NULL,
  `AttributeType` varchar(8) NOT NULL DEFAULT 'string',
  `Required` tinyint(1) NOT NULL DEFAULT 0,
  `AllDevices` tinyint(1) NOT NULL DEFAULT 0,
  `DefaultValue` mediumtext DEFAULT NULL,
  PRIMARY KEY (`AttributeID`),
  UNIQUE KEY `Label` (`Label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_DeviceCustomValue` (
  `DeviceID` int(11) NOT NULL,
  `AttributeID` int(11) NOT NULL,
  `Value` mediumtext DEFAULT NULL,
  PRIMARY KEY (`DeviceID`,`AttributeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_ColorCoding` (
  `ColorID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(20) NOT NULL,
  `DefaultNote` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`ColorID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_MediaTypes` (
  `MediaID` int(11) NOT NULL AUTO_INCREMENT,
  `MediaType` varchar(40) NOT NULL,
  `ColorID` int(11) NOT NULL,
  PRIMARY KEY (`MediaID`),
  UNIQUE KEY `mediatype` (`MediaType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `fac_Ports` (
  `DeviceID` int(11) NOT NULL,
  `PortNumber` int(11) NOT NULL,
  `Label` varchar(40) NOT NULL,
  `ConnectorID` int(11) DEFAULT NULL,
  `ProtocolID` int(11) DEFAULT NULL,
  `RateID` int(11) DEFAULT NULL,
  `MediaID` int(11) NOT NULL DEFAULT 0,
  `ColorID` int(11) NOT NULL DEFAULT 0,
  `ConnectedDeviceID` int(11) DEFAULT NULL,
  `ConnectedPort` int(11) DEFAULT NULL,
  `Notes` varchar(80) NOT NULL,
  PRIMARY KEY (`DeviceID`,`PortNumber`),
  UNIQUE KEY `LabeledPort` (`DeviceID`,`PortNumber`,`Label`),
  UNIQUE KEY `ConnectedDevice` (`ConnectedDeviceID`,`ConnectedPort`),
  KEY `Notes` (`Notes`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_PowerPanel` (
  `PanelID` int(11) NOT NULL AUTO_INCREMENT,
  `PanelLabel` varchar(80) NOT NULL,
  `NumberOfPoles` int(11) NOT NULL,
  `MainBreakerSize` int(11) NOT NULL,
  `PanelVoltage` int(11) NOT NULL,
  `NumberScheme` varchar(10) NOT NULL DEFAULT 'Sequential',
  `ParentPanelID` int(11) NOT NULL,
  `ParentBreakerName` varchar(80) NOT NULL,
  `PanelIPAddress` varchar(30) NOT NULL,
  `TemplateID` int(11) NOT NULL,
  `MapDataCenterID` int(11) NOT NULL,
  `MapX1` int(11) NOT NULL,
  `MapX2` int(11) NOT NULL,
  `MapY1` int(11) NOT NULL,
  `MapY2` int(11) NOT NULL,
  PRIMARY KEY (`PanelID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_PowerDistribution` (
  `PDUID` int(11) NOT NULL AUTO_INCREMENT,
  `Label` varchar(40) NOT NULL,
  `CabinetID` int(11) NOT NULL,
  `TemplateID` int(11) NOT NULL,
  `IPAddress` varchar(254) NOT NULL,
  `SNMPCommunity` varchar(50) NOT NULL,
  `FirmwareVersion` varchar(40) NOT NULL,
  `PanelID` int(11) NOT NULL,
  `BreakerSize` int(11) NOT NULL,
  `PanelPole` varchar(20) NOT NULL,
  `InputAmperage` int(11) NOT NULL,
  `FailSafe` tinyint(1) NOT NULL,
  `PanelID2` int(11) NOT NULL,
  `PanelPole2` varchar(20) NOT NULL,
  PRIMARY KEY (`PDUID`),
  KEY `CabinetID` (`CabinetID`),
  KEY `PanelID` (`PanelID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_PowerPorts` (
  `DeviceID` int(11) NOT NULL,
  `PortNumber` int(11) NOT NULL,
  `Label` varchar(40) NOT NULL,
  `ConnectorID` int(11) DEFAULT NULL,
  `PhaseID` int(11) DEFAULT NULL,
  `VoltageID` int(11) DEFAULT NULL,
  `ConnectedDeviceID` int(11) DEFAULT NULL,
  `ConnectedPort` int(11) DEFAULT NULL,
  `Notes` varchar(80) NOT NULL,
  PRIMARY KEY (`DeviceID`,`PortNumber`),
  UNIQUE KEY `LabeledPort` (`DeviceID`,`PortNumber`,`Label`),
  UNIQUE KEY `ConnectedDevice` (`ConnectedDeviceID`,`ConnectedPort`),
  KEY `Notes` (`Notes`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_VMInventory` (
  `VMIndex` int(11) NOT NULL AUTO_INCREMENT,
  `DeviceID` int(11) NOT NULL,
  `LastUpdated` datetime NOT NULL,
  `vmID` int(11) NOT NULL,
  `vmName` varchar(80) NOT NULL,
  `vmState` varchar(80) NOT NULL,
  `Owner` int(11) NOT NULL,
  `PrimaryContact` int(11) NOT NULL,
  PRIMARY KEY (`VMIndex`),
  UNIQUE KEY `VMList` (`vmID`,`vmName`),
  KEY `ValidDevice` (`DeviceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Escalations` (
  `EscalationID` int(11) NOT NULL AUTO_INCREMENT,
  `Details` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`EscalationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_EscalationTimes` (
  `EscalationTimeID` int(11) NOT NULL AUTO_INCREMENT,
  `TimePeriod` varchar(80) NOT NULL,
  PRIMARY KEY (`EscalationTimeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_RackRequest` (
  `RequestID` int(11) NOT NULL AUTO_INCREMENT,
  `RequestorID` int(11) NOT NULL,
  `RequestTime` datetime NOT NULL,
  `CompleteTime` datetime NOT NULL,
  `Label` varchar(40) NOT NULL,
  `SerialNo` varchar(40) NOT NULL,
  `MfgDate` date NOT NULL,
  `AssetTag` varchar(40) NOT NULL,
  `Hypervisor` varchar(40) NOT NULL,
  `Owner` int(11) NOT NULL,
  `DeviceHeight` int(11) NOT NULL,
  `EthernetCount` int(11) NOT NULL,
  `VLANList` varchar(80) NOT NULL,
  `SANCount` int(11) NOT NULL,
  `SANList` varchar(80) NOT NULL,
  `DeviceClass` varchar(80) NOT NULL,
  `DeviceType` varchar(23) NOT NULL DEFAULT 'Server',
  `LabelColor` varchar(80) NOT NULL,
  `CurrentLocation` varchar(120) NOT NULL,
  `SpecialInstructions` text NOT NULL,
  `RequestedAction` varchar(10) NOT NULL,
  PRIMARY KEY (`RequestID`),
  KEY `RequestorID` (`RequestorID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Projects` (
  `ProjectID` int(11) NOT NULL AUTO_INCREMENT,
  `ProjectName` varchar(80) NOT NULL,
  `ProjectSponsor` varchar(80) NOT NULL,
  `ProjectStartDate` date NOT NULL,
  `ProjectExpirationDate` date NOT NULL,
  `ProjectActualEndDate` date NOT NULL,
  PRIMARY KEY (`ProjectID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_ProjectMembership` (
  `ProjectID` int(11) NOT NULL,
  `MemberType` varchar(7) NOT NULL DEFAULT 'Device',
  `MemberID` int(11) NOT NULL,
  PRIMARY KEY (`ProjectID`,`MemberType`,`MemberID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Disposition` (
  `DispositionID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(80) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `ReferenceNumber` varchar(80) NOT NULL,
  `Status` varchar(10) NOT NULL DEFAULT 'Active',
  PRIMARY KEY (`DispositionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_DispositionMembership` (
  `DispositionID` int(11) NOT NULL,
  `DeviceID` int(11) NOT NULL,
  `DispositionDate` date NOT NULL,
  `DisposedBy` varchar(80) NOT NULL,
  PRIMARY KEY (`DeviceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Decommission` (
  `SurplusDate` date NOT NULL,
  `Label` varchar(80) NOT NULL,
  `SerialNo` varchar(40) NOT NULL,
  `AssetTag` varchar(20) NOT NULL,
  `UserID` varchar(80) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_SupplyBin` (
  `BinID` int(11) NOT NULL AUTO_INCREMENT,
  `Location` varchar(40) NOT NULL,
  PRIMARY KEY (`BinID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Supplies` (
  `SupplyID` int(11) NOT NULL AUTO_INCREMENT,
  `PartNum` varchar(40) NOT NULL,
  `PartName` varchar(80) NOT NULL,
  `MinQty` int(11) NOT NULL,
  `MaxQty` int(11) NOT NULL,
  PRIMARY KEY (`SupplyID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_BinContents` (
  `BinID` int(11) NOT NULL,
  `SupplyID` int(11) NOT NULL,
  `Count` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_BinAudits` (
  `BinID` int(11) NOT NULL,
  `UserID` int(11) NOT NULL,
  `AuditStamp` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_GenericLog` (
  `UserID` varchar(80) NOT NULL,
  `Class` varchar(40) NOT NULL,
  `ObjectID` varchar(80) NOT NULL,
  `ChildID` int(11) DEFAULT NULL,
  `Action` varchar(40) NOT NULL,
  `Property` varchar(40) NOT NULL,
  `OldVal` varchar(255) NOT NULL,
  `NewVal` varchar(255) NOT NULL,
  `Time` timestamp NOT NULL DEFAULT current_timestamp(),
  KEY `Object` (`ObjectID`),
  KEY `ObjectTime` (`ObjectID`,`Time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Config` (
  `Parameter` varchar(40) NOT NULL,
  `Value` text NOT NULL,
  `UnitOfMeasure` varchar(40) NOT NULL,
  `ValType` varchar(40) NOT NULL,
  `DefaultVal` varchar(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fac_Jobs` (
  `SessionID` varchar(80) NOT NULL,
  `Percentage` int(11) NOT NULL DEFAULT 0,
  `Status` varchar(255) NOT NULL,
  PRIMARY KEY (`SessionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

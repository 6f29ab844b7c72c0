-- Domoticz (home automation server: hardware gateways and vendor-cloud bridges, devices and sensors with their
-- state, switch and scene logs, sensor and meter history (temperature, rain, wind, UV, percentage, fan, energy /
-- gas / water meters and multi-meters, with daily calendars), timers and timer plans, scenes, notifications,
-- floor plans and room plans, cameras, event scripts, user variables, Wake-on-LAN nodes, EnOcean and MySensors
-- nodes, web users, user sessions, shared devices, mobile devices for push notifications, OAuth applications,
-- preferences)
-- Upstream: https://github.com/domoticz/domoticz (GPL-3.0), commit 85308e91ec36ad567258c1bfaa991faf3e333729
-- Source: main/SQLHelper.cpp (DB_VERSION 170): the 51 `sqlCreate*` CREATE TABLE statements a new installation runs
-- (SQLite) and the `create index if not exists` statements that follow them, written as MySQL DDL. Table and column
-- names, order and defaults as upstream; SQLite types mapped: INTEGER -> int(11), the rowid alias
-- `INTEGER PRIMARY KEY` -> int(11) AUTO_INCREMENT primary key, `INTEGER BIGINT(10)` -> bigint(10), BOOLEAN ->
-- tinyint(1), CHAR -> char(1); `DEFAULT (datetime('now','localtime'))` -> DEFAULT CURRENT_TIMESTAMP, a DATE /
-- DATETIME `DEFAULT 0` -> the zero date, the bare `DEFAULT Unknown` (a string in SQLite) -> 'Unknown'. Tables that
-- have no primary key upstream (the history tables, MySensors*, ToonDevices, BackupLog) have none here. The one
-- foreign key upstream declares (EventRules.EMID -> EventMaster.ID) and the UNIQUE AuthToken are kept. The three
-- triggers that keep the `Order` columns filled are left out. All 51 tables kept.

CREATE TABLE `DeviceStatus` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `HardwareID` int(11) NOT NULL,
  `OrgHardwareID` int(11) DEFAULT 0,
  `DeviceID` varchar(25) NOT NULL,
  `Unit` int(11) DEFAULT 0,
  `Name` varchar(100) DEFAULT 'Unknown',
  `Used` int(11) DEFAULT 0,
  `Type` int(11) NOT NULL,
  `SubType` int(11) NOT NULL,
  `SwitchType` int(11) DEFAULT 0,
  `Favorite` int(11) DEFAULT 0,
  `SignalLevel` int(11) DEFAULT 0,
  `BatteryLevel` int(11) DEFAULT 0,
  `nValue` int(11) DEFAULT 0,
  `sValue` varchar(200) DEFAULT NULL,
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  `Order` bigint(10) DEFAULT 0,
  `AddjValue` float DEFAULT 0,
  `AddjMulti` float DEFAULT 1,
  `AddjValue2` float DEFAULT 0,
  `AddjMulti2` float DEFAULT 1,
  `StrParam1` varchar(200) DEFAULT '',
  `StrParam2` varchar(200) DEFAULT '',
  `LastLevel` int(11) DEFAULT 0,
  `Protected` int(11) DEFAULT 0,
  `CustomImage` int(11) DEFAULT 0,
  `Description` varchar(200) DEFAULT '',
  `Options` text DEFAULT NULL,
  `Color` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `ds_hduts_idx` (`HardwareID`, `DeviceID`, `Unit`, `Type`, `SubType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LightingLog` (
  `DeviceRowID` bigint(10) NOT NULL,
  `nValue` int(11) DEFAULT 0,
  `sValue` varchar(200),
  `User` varchar(100) DEFAULT '',
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `ll_id_idx` (`DeviceRowID`),
  KEY `ll_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SceneLog` (
  `SceneRowID` bigint(10) NOT NULL,
  `nValue` int(11) DEFAULT 0,
  `User` varchar(100) DEFAULT '',
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `sl_id_idx` (`SceneRowID`),
  KEY `sl_id_date_idx` (`SceneRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Preferences` (
  `Key` varchar(50) NOT NULL,
  `nValue` int(11) DEFAULT 0,
  `sValue` varchar(200),
  PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Rain` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Total` float NOT NULL,
  `Rate` int(11) DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `r_id_idx` (`DeviceRowID`),
  KEY `r_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Rain_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Total` float NOT NULL,
  `Rate` int(11) DEFAULT 0,
  `Date` date NOT NULL,
  KEY `rc_id_idx` (`DeviceRowID`),
  KEY `rc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Temperature` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Temperature` float NOT NULL,
  `Chill` float DEFAULT 0,
  `Humidity` int(11) DEFAULT 0,
  `Barometer` int(11) DEFAULT 0,
  `DewPoint` float DEFAULT 0,
  `SetPoint` float DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `t_id_idx` (`DeviceRowID`),
  KEY `t_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Temperature_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Temp_Min` float NOT NULL,
  `Temp_Max` float NOT NULL,
  `Temp_Avg` float DEFAULT 0,
  `Chill_Min` float DEFAULT 0,
  `Chill_Max` float,
  `Humidity` int(11) DEFAULT 0,
  `Barometer` int(11) DEFAULT 0,
  `DewPoint` float DEFAULT 0,
  `SetPoint_Min` float DEFAULT 0,
  `SetPoint_Max` float DEFAULT 0,
  `SetPoint_Avg` float DEFAULT 0,
  `Date` date NOT NULL,
  KEY `tc_id_idx` (`DeviceRowID`),
  KEY `tc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Timers` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) DEFAULT 1,
  `DeviceRowID` bigint(10) NOT NULL,
  `Date` date DEFAULT '0000-00-00',
  `Time` time NOT NULL,
  `Type` int(11) NOT NULL,
  `Cmd` int(11) NOT NULL,
  `Level` int(11) DEFAULT 15,
  `Color` text DEFAULT NULL,
  `UseRandomness` int(11) DEFAULT 0,
  `TimerPlan` int(11) DEFAULT 0,
  `Days` int(11) NOT NULL,
  `Month` int(11) DEFAULT 0,
  `MDay` int(11) DEFAULT 0,
  `Occurence` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UV` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Level` float NOT NULL,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `u_id_idx` (`DeviceRowID`),
  KEY `u_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UV_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Level` float,
  `Date` date NOT NULL,
  KEY `uv_id_idx` (`DeviceRowID`),
  KEY `uv_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Wind` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Direction` float NOT NULL,
  `Speed` int(11) NOT NULL,
  `Gust` int(11) NOT NULL,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `w_id_idx` (`DeviceRowID`),
  KEY `w_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Wind_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Direction` float NOT NULL,
  `Speed_Min` int(11) NOT NULL,
  `Speed_Max` int(11) NOT NULL,
  `Gust_Min` int(11) NOT NULL,
  `Gust_Max` int(11) NOT NULL,
  `Date` date NOT NULL,
  KEY `wc_id_idx` (`DeviceRowID`),
  KEY `wc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MultiMeter` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Value1` bigint(20) NOT NULL,
  `Value2` bigint(20) DEFAULT 0,
  `Value3` bigint(20) DEFAULT 0,
  `Value4` bigint(20) DEFAULT 0,
  `Value5` bigint(20) DEFAULT 0,
  `Value6` bigint(20) DEFAULT 0,
  `Price` float DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `mm_id_idx` (`DeviceRowID`),
  KEY `mm_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MultiMeter_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Value1` bigint(20) NOT NULL,
  `Value2` bigint(20) NOT NULL,
  `Value3` bigint(20) NOT NULL,
  `Value4` bigint(20) NOT NULL,
  `Value5` bigint(20) NOT NULL,
  `Value6` bigint(20) NOT NULL,
  `Counter1` bigint(20) DEFAULT 0,
  `Counter2` bigint(20) DEFAULT 0,
  `Counter3` bigint(20) DEFAULT 0,
  `Counter4` bigint(20) DEFAULT 0,
  `Price` float DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `mmc_id_idx` (`DeviceRowID`),
  KEY `mmc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notifications` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) DEFAULT 1,
  `DeviceRowID` bigint(10) NOT NULL,
  `Params` varchar(100),
  `CustomMessage` varchar(300) DEFAULT '',
  `CustomAction` varchar(200) DEFAULT '',
  `ActiveSystems` varchar(200) DEFAULT '',
  `Priority` int(11) DEFAULT 0,
  `SendAlways` int(11) DEFAULT 0,
  `LastSend` datetime DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Hardware` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Enabled` int(11) DEFAULT 1,
  `Type` int(11) NOT NULL,
  `LogLevel` int(11) DEFAULT 7,
  `Address` varchar(200),
  `Port` int(11),
  `SerialPort` text DEFAULT '',
  `Username` varchar(100),
  `Password` varchar(100),
  `Extra` text DEFAULT '',
  `Mode1` char(1) DEFAULT '0',
  `Mode2` char(1) DEFAULT '0',
  `Mode3` char(1) DEFAULT '0',
  `Mode4` char(1) DEFAULT '0',
  `Mode5` char(1) DEFAULT '0',
  `Mode6` char(1) DEFAULT '0',
  `DataTimeout` int(11) DEFAULT 0,
  `Configuration` text DEFAULT '',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` int(11) NOT NULL DEFAULT 0,
  `Username` varchar(200) NOT NULL,
  `Password` varchar(200) NOT NULL,
  `MFAsecret` varchar(200) NULL,
  `Rights` int(11) DEFAULT 255,
  `TabsEnabled` int(11) DEFAULT 255,
  `RemoteSharing` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Meter` (
  `DeviceRowID` bigint(20) NOT NULL,
  `Value` bigint(20) NOT NULL,
  `Usage` int(11) DEFAULT 0,
  `Price` float DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `m_id_idx` (`DeviceRowID`),
  KEY `m_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Meter_Calendar` (
  `DeviceRowID` bigint(20) NOT NULL,
  `Value` bigint(20) NOT NULL,
  `Counter` bigint(20) DEFAULT 0,
  `Price` float DEFAULT 0,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `mc_id_idx` (`DeviceRowID`),
  KEY `mc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LightSubDevices` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `DeviceRowID` int(11) NOT NULL,
  `ParentID` int(11) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cameras` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Enabled` int(11) DEFAULT 1,
  `Address` varchar(200),
  `Port` int(11),
  `Protocol` int(11) DEFAULT 0,
  `AspectRatio` int(11) DEFAULT 0,
  `Username` varchar(100) DEFAULT '',
  `Password` varchar(100) DEFAULT '',
  `ImageURL` varchar(200) DEFAULT '',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CamerasActiveDevices` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `CameraRowID` int(11) NOT NULL,
  `DevSceneType` int(11) NOT NULL,
  `DevSceneRowID` int(11) NOT NULL,
  `DevSceneWhen` int(11) NOT NULL,
  `DevSceneDelay` int(11) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceToPlansMap` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `DeviceRowID` bigint(20) NOT NULL,
  `DevSceneType` int(11) DEFAULT 0,
  `PlanID` bigint(20) NOT NULL,
  `Order` bigint(10) DEFAULT 0,
  `XOffset` int(11) DEFAULT 0,
  `YOffset` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Plans` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Order` bigint(10) DEFAULT 0,
  `Name` varchar(200) NOT NULL,
  `FloorplanID` int(11) DEFAULT 0,
  `Area` varchar(200) DEFAULT '',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Scenes` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `Favorite` int(11) DEFAULT 0,
  `Order` bigint(10) DEFAULT 0,
  `nValue` int(11) DEFAULT 0,
  `SceneType` int(11) DEFAULT 0,
  `Protected` int(11) DEFAULT 0,
  `OnAction` varchar(200) DEFAULT '',
  `OffAction` varchar(200) DEFAULT '',
  `Description` varchar(200) DEFAULT '',
  `Activators` varchar(200) DEFAULT '',
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SceneDevices` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Order` bigint(10) DEFAULT 0,
  `SceneRowID` bigint(20) NOT NULL,
  `DeviceRowID` bigint(20) NOT NULL,
  `Cmd` int(11) DEFAULT 1,
  `Level` int(11) DEFAULT 100,
  `Color` text DEFAULT NULL,
  `OnDelay` int(11) DEFAULT 0,
  `OffDelay` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TimerPlans` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SceneTimers` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) DEFAULT 1,
  `SceneRowID` bigint(10) NOT NULL,
  `Date` date DEFAULT '0000-00-00',
  `Time` time NOT NULL,
  `Type` int(11) NOT NULL,
  `Cmd` int(11) NOT NULL,
  `Level` int(11) DEFAULT 15,
  `UseRandomness` int(11) DEFAULT 0,
  `TimerPlan` int(11) DEFAULT 0,
  `Days` int(11) NOT NULL,
  `Month` int(11) DEFAULT 0,
  `MDay` int(11) DEFAULT 0,
  `Occurence` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SetpointTimers` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) DEFAULT 1,
  `DeviceRowID` bigint(10) NOT NULL,
  `Date` date DEFAULT '0000-00-00',
  `Time` time NOT NULL,
  `Type` int(11) NOT NULL,
  `Temperature` float DEFAULT 0,
  `TimerPlan` int(11) DEFAULT 0,
  `Days` int(11) NOT NULL,
  `Month` int(11) DEFAULT 0,
  `MDay` int(11) DEFAULT 0,
  `Occurence` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SharedDevices` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `SharedUserID` bigint(20) NOT NULL,
  `DeviceRowID` bigint(20) NOT NULL,
  `Favorite` int(11) DEFAULT 0,
  `Order` bigint(10) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventMaster` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Interpreter` varchar(10) DEFAULT 'Blockly',
  `Type` varchar(10) DEFAULT 'All',
  `XMLStatement` text NOT NULL,
  `Status` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventRules` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `EMID` int(11),
  `Conditions` text NOT NULL,
  `Actions` text NOT NULL,
  `SequenceNo` int(11) NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`EMID`) REFERENCES `EventMaster` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WOLNodes` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `HardwareID` int(11) NOT NULL,
  `Name` varchar(100) DEFAULT 'Unknown',
  `MacAddress` varchar(50) DEFAULT 'Unknown',
  `Timeout` int(11) DEFAULT 5,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Percentage` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Percentage` float NOT NULL,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `p_id_idx` (`DeviceRowID`),
  KEY `p_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Percentage_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Percentage_Min` float NOT NULL,
  `Percentage_Max` float NOT NULL,
  `Percentage_Avg` float DEFAULT 0,
  `Date` date NOT NULL,
  KEY `pc_id_idx` (`DeviceRowID`),
  KEY `pc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fan` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Speed` int(11) NOT NULL,
  `Date` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY `f_id_idx` (`DeviceRowID`),
  KEY `f_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fan_Calendar` (
  `DeviceRowID` bigint(10) NOT NULL,
  `Speed_Min` int(11) NOT NULL,
  `Speed_Max` int(11) NOT NULL,
  `Speed_Avg` int(11) DEFAULT 0,
  `Date` date NOT NULL,
  KEY `fc_id_idx` (`DeviceRowID`),
  KEY `fc_id_date_idx` (`DeviceRowID`, `Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BackupLog` (
  `Key` varchar(50) NOT NULL,
  `nValue` int(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EnOceanNodes` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `HardwareID` int(11) NOT NULL,
  `NodeID` int(11) NOT NULL,
  `Name` varchar(100) DEFAULT 'Unknown',
  `ManufacturerID` int(11) DEFAULT 0,
  `RORG` int(11) DEFAULT 0,
  `Func` int(11) DEFAULT 0,
  `Type` int(11) DEFAULT 0,
  `Description` varchar(100) DEFAULT 'Unknown',
  `nValue` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PushLink` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `PushType` int(11),
  `DeviceRowID` bigint(20) NOT NULL,
  `DelimitedValue` int(11) DEFAULT 0,
  `TargetType` int(11) DEFAULT 0,
  `TargetVariable` varchar(100),
  `TargetDeviceID` int(11),
  `TargetProperty` varchar(100),
  `Enabled` int(11) DEFAULT 1,
  `IncludeUnit` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserVariables` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200),
  `ValueType` int(11) NOT NULL,
  `Value` text,
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Floorplans` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Image` blob,
  `ScaleFactor` float DEFAULT 1.0,
  `Order` bigint(10) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustomImages` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Base` varchar(80) NOT NULL,
  `Name` varchar(80) NOT NULL,
  `Description` varchar(80) NOT NULL,
  `IconSmall` blob,
  `IconOn` blob,
  `IconOff` blob,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MySensors` (
  `HardwareID` int(11) NOT NULL,
  `ID` int(11) NOT NULL,
  `Name` varchar(100) DEFAULT 'Unknown',
  `SketchName` varchar(100) DEFAULT 'Unknown',
  `SketchVersion` varchar(40) DEFAULT '1.0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MySensorsVars` (
  `HardwareID` int(11) NOT NULL,
  `NodeID` int(11) NOT NULL,
  `ChildID` int(11) NOT NULL,
  `VarID` int(11) NOT NULL,
  `Value` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MySensorsChilds` (
  `HardwareID` int(11) NOT NULL,
  `NodeID` int(11) NOT NULL,
  `ChildID` int(11) NOT NULL,
  `Name` varchar(100) DEFAULT '',
  `Type` int(11) NOT NULL,
  `UseAck` int(11) DEFAULT 0,
  `AckTimeout` int(11) DEFAULT 1200
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ToonDevices` (
  `HardwareID` int(11) NOT NULL,
  `UUID` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserSessions` (
  `SessionID` varchar(100) NOT NULL,
  `Username` varchar(100) NOT NULL,
  `AuthToken` varchar(100) NOT NULL,
  `ExpirationDate` datetime NOT NULL,
  `RemoteHost` varchar(50) NOT NULL,
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`SessionID`),
  UNIQUE KEY `AuthToken` (`AuthToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MobileDevices` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) DEFAULT 0,
  `Name` varchar(100) DEFAULT '',
  `DeviceType` varchar(100) DEFAULT '',
  `SenderID` text NOT NULL,
  `UUID` text NOT NULL,
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Applications` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Active` tinyint(1) NOT NULL DEFAULT 0,
  `Public` tinyint(1) NOT NULL DEFAULT 0,
  `Applicationname` varchar(100) DEFAULT '',
  `Secret` varchar(100) DEFAULT '',
  `Pemfile` varchar(100) DEFAULT '',
  `LastSeen` datetime DEFAULT NULL,
  `LastUpdate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


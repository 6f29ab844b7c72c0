-- Proxmox Mail Gateway: the rule and statistics database "Proxmox_ruledb" (PostgreSQL) written as MySQL/MariaDB.
-- Upstream: github.com/proxmox/pmg-api src/PMG/DBTools.pm, create_ruledb() and upgradedb(), commit
-- 09158948b9568e8123f4319f47ddb10b9a292a78 (AGPL-3.0-or-later).
-- Tables and columns in create_ruledb()'s order, names and column order as upstream (PostgreSQL folds them to
-- lower case; upstream's spelling is kept). Type mapping: INTEGER -> INTEGER, VARCHAR(n) -> VARCHAR(n), unbounded
-- VARCHAR -> VARCHAR(255) where the column is part of a key (ClusterInfo.Name, VirusInfo.Name, UserPrefs.PMail) and
-- TEXT otherwise, "char" -> CHAR(1), REAL -> FLOAT, Boolean -> TINYINT(1), BYTEA -> LONGBLOB, SERIAL UNIQUE ->
-- INTEGER NOT NULL AUTO_INCREMENT with a UNIQUE key; the CREATE INDEX statements and the two REFERENCES ... ON DELETE
-- CASCADE are kept. All 19 tables of the database are here; the upgrade steps of upgradedb() are already part of
-- the CREATE statements at this commit (PregreetCount, Seen, SeenMTime, TicketID, IPNet varchar(49), Host dropped).

CREATE TABLE `Attribut` (
  `Object_ID` INTEGER NOT NULL,
  `Name` VARCHAR(20) NOT NULL,
  `Value` LONGBLOB NULL,
  PRIMARY KEY (`Object_ID`, `Name`)
);

CREATE INDEX `Attribut_Object_ID_Index` ON `Attribut` (`Object_ID`);

CREATE TABLE `Object` (
  `ID` INTEGER NOT NULL AUTO_INCREMENT UNIQUE,
  `ObjectType` INTEGER NOT NULL,
  `Objectgroup_ID` INTEGER NOT NULL,
  `Value` LONGBLOB NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `Objectgroup` (
  `ID` INTEGER NOT NULL AUTO_INCREMENT UNIQUE,
  `Name` VARCHAR(255) NOT NULL,
  `Info` VARCHAR(255) NULL,
  `Class` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `Rule` (
  `ID` INTEGER NOT NULL AUTO_INCREMENT UNIQUE,
  `Name` VARCHAR(255) NULL,
  `Priority` INTEGER NOT NULL,
  `Active` INTEGER NOT NULL DEFAULT 0,
  `Direction` INTEGER NOT NULL DEFAULT 2,
  `Count` INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `RuleGroup` (
  `Objectgroup_ID` INTEGER NOT NULL,
  `Rule_ID` INTEGER NOT NULL,
  `Grouptype` INTEGER NOT NULL,
  PRIMARY KEY (`Objectgroup_ID`, `Rule_ID`, `Grouptype`)
);

CREATE TABLE `CGreylist` (
  `IPNet` VARCHAR(49) NOT NULL,
  `Sender` VARCHAR(255) NOT NULL,
  `Receiver` VARCHAR(255) NOT NULL,
  `Instance` VARCHAR(255),
  `RCTime` INTEGER NOT NULL,
  `ExTime` INTEGER NOT NULL,
  `Delay` INTEGER NOT NULL DEFAULT 0,
  `Blocked` INTEGER NOT NULL,
  `Passed` INTEGER NOT NULL,
  `CID` INTEGER NOT NULL,
  `MTime` INTEGER NOT NULL,
  PRIMARY KEY (`IPNet`, `Sender`, `Receiver`)
);

CREATE INDEX `CGreylist_Instance_Sender_Index` ON `CGreylist` (`Instance`, `Sender`);

CREATE INDEX `CGreylist_ExTime_Index` ON `CGreylist` (`ExTime`);

CREATE INDEX `CGreylist_MTime_Index` ON `CGreylist` (`MTime`);

CREATE TABLE `ClusterInfo` (
  `CID` INTEGER NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `IValue` INTEGER,
  `SValue` TEXT,
  PRIMARY KEY (`CID`, `Name`)
);

CREATE TABLE `LocalStat` (
  `Time` INTEGER NOT NULL,
  `RBLCount` INTEGER DEFAULT 0 NOT NULL,
  `PregreetCount` INTEGER DEFAULT 0 NOT NULL,
  `CID` INTEGER NOT NULL,
  `MTime` INTEGER NOT NULL,
  PRIMARY KEY (`Time`, `CID`)
);

CREATE INDEX `LocalStat_MTime_Index` ON `LocalStat` (`MTime`);

CREATE TABLE `DailyStat` (
  `Time` INTEGER NOT NULL UNIQUE,
  `CountIn` INTEGER NOT NULL,
  `CountOut` INTEGER NOT NULL,
  `BytesIn` FLOAT NOT NULL,
  `BytesOut` FLOAT NOT NULL,
  `VirusIn` INTEGER NOT NULL,
  `VirusOut` INTEGER NOT NULL,
  `SpamIn` INTEGER NOT NULL,
  `SpamOut` INTEGER NOT NULL,
  `BouncesIn` INTEGER NOT NULL,
  `BouncesOut` INTEGER NOT NULL,
  `GreylistCount` INTEGER NOT NULL,
  `SPFCount` INTEGER NOT NULL,
  `PTimeSum` FLOAT NOT NULL,
  `MTime` INTEGER NOT NULL,
  `RBLCount` INTEGER DEFAULT 0 NOT NULL,
  PRIMARY KEY (`Time`)
);

CREATE INDEX `DailyStat_MTime_Index` ON `DailyStat` (`MTime`);

CREATE TABLE `DomainStat` (
  `Time` INTEGER NOT NULL,
  `Domain` VARCHAR(255) NOT NULL,
  `CountIn` INTEGER NOT NULL,
  `CountOut` INTEGER NOT NULL,
  `BytesIn` FLOAT NOT NULL,
  `BytesOut` FLOAT NOT NULL,
  `VirusIn` INTEGER NOT NULL,
  `VirusOut` INTEGER NOT NULL,
  `SpamIn` INTEGER NOT NULL,
  `SpamOut` INTEGER NOT NULL,
  `BouncesIn` INTEGER NOT NULL,
  `BouncesOut` INTEGER NOT NULL,
  `PTimeSum` FLOAT NOT NULL,
  `MTime` INTEGER NOT NULL,
  PRIMARY KEY (`Time`, `Domain`)
);

CREATE INDEX `DomainStat_MTime_Index` ON `DomainStat` (`MTime`);

CREATE TABLE `StatInfo` (
  `Name` VARCHAR(255) NOT NULL UNIQUE,
  `IValue` INTEGER,
  `SValue` VARCHAR(255),
  PRIMARY KEY (`Name`)
);

CREATE TABLE `CMailStore` (
  `CID` INTEGER DEFAULT 0 NOT NULL,
  `RID` INTEGER NOT NULL,
  `ID` INTEGER NOT NULL AUTO_INCREMENT UNIQUE,
  `Time` INTEGER NOT NULL,
  `QType` CHAR(1) NOT NULL,
  `Bytes` INTEGER NOT NULL,
  `Spamlevel` INTEGER NOT NULL,
  `Info` TEXT NULL,
  `Sender` VARCHAR(255) NOT NULL,
  `Header` TEXT NOT NULL,
  `File` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`CID`, `RID`)
);

CREATE INDEX `CMailStore_Time_Index` ON `CMailStore` (`Time`);

CREATE TABLE `CMSReceivers` (
  `CMailStore_CID` INTEGER NOT NULL,
  `CMailStore_RID` INTEGER NOT NULL,
  `PMail` VARCHAR(255) NOT NULL,
  `Receiver` VARCHAR(255),
  `TicketID` INTEGER NOT NULL,
  `Status` CHAR(1) NOT NULL,
  `Seen` CHAR(1) DEFAULT 'N' NOT NULL,
  `SeenMTime` INTEGER DEFAULT 0 NOT NULL,
  `MTime` INTEGER NOT NULL
);

CREATE INDEX `CMailStore_ID_Index` ON `CMSReceivers` (`CMailStore_CID`, `CMailStore_RID`);

CREATE INDEX `CMSReceivers_MTime_Index` ON `CMSReceivers` (`MTime`);

CREATE TABLE `CStatistic` (
  `CID` INTEGER DEFAULT 0 NOT NULL,
  `RID` INTEGER NOT NULL,
  `ID` INTEGER NOT NULL AUTO_INCREMENT UNIQUE,
  `Time` INTEGER NOT NULL,
  `Bytes` INTEGER NOT NULL,
  `Direction` TINYINT(1) NOT NULL,
  `Spamlevel` INTEGER NOT NULL,
  `VirusInfo` VARCHAR(255) NULL,
  `PTime` INTEGER NOT NULL,
  `Sender` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`CID`, `RID`)
);

CREATE INDEX `CStatistic_Time_Index` ON `CStatistic` (`Time`);

CREATE TABLE `CReceivers` (
  `CStatistic_CID` INTEGER NOT NULL,
  `CStatistic_RID` INTEGER NOT NULL,
  `Receiver` VARCHAR(255) NOT NULL,
  `Blocked` TINYINT(1) NOT NULL
);

CREATE INDEX `CStatistic_ID_Index` ON `CReceivers` (`CStatistic_CID`, `CStatistic_RID`);

CREATE TABLE `UserPrefs` (
  `PMail` VARCHAR(255),
  `Name` VARCHAR(255),
  `Data` TEXT,
  `MTime` INTEGER NOT NULL,
  PRIMARY KEY (`PMail`, `Name`)
);

CREATE INDEX `UserPrefs_MTime_Index` ON `UserPrefs` (`MTime`);

CREATE TABLE `VirusInfo` (
  `Time` INTEGER NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Count` INTEGER NOT NULL,
  `MTime` INTEGER NOT NULL,
  PRIMARY KEY (`Time`, `Name`)
);

CREATE INDEX `VirusInfo_MTime_Index` ON `VirusInfo` (`MTime`);

CREATE TABLE `Rule_Attributes` (
  `Rule_ID` INTEGER NOT NULL,
  `Name` VARCHAR(20) NOT NULL,
  `Value` LONGBLOB NULL,
  PRIMARY KEY (`Rule_ID`, `Name`),
  FOREIGN KEY (`Rule_ID`) REFERENCES `Rule` (`ID`) ON DELETE CASCADE
);

CREATE INDEX `Rule_Attributes_Rule_ID_Index` ON `Rule_Attributes` (`Rule_ID`);

CREATE TABLE `Objectgroup_Attributes` (
  `Objectgroup_ID` INTEGER NOT NULL,
  `Name` VARCHAR(20) NOT NULL,
  `Value` LONGBLOB NULL,
  PRIMARY KEY (`Objectgroup_ID`, `Name`),
  FOREIGN KEY (`Objectgroup_ID`) REFERENCES `Objectgroup` (`ID`) ON DELETE CASCADE
);

CREATE INDEX `Objectgroup_Attributes_Objectgroup_ID_Index` ON `Objectgroup_Attributes` (`Objectgroup_ID`);

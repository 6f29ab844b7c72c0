-- OCPP.Core (dallmann-consulting/OCPP.Core), commit 4aa48e34d27fdcc1f63bed5d097dba8ad5505025 (GPL-3.0)
-- Written as MySQL from SQL-Server/Create_OCPP.Core.sql (column order, identity columns, keys) and the EF Core model
-- of the same commit (OCPP.Core.Database/Migrations/OCPPCoreContextModelSnapshot.cs, which adds the foreign key of
-- migration 20260503000001_ConnectorStatusForeignKey). nvarchar(n) -> varchar(n), nvarchar(max) -> longtext,
-- datetime2 -> datetime(6), bit -> tinyint(1), float -> double, IDENTITY(1,1) -> AUTO_INCREMENT.
-- The view ConnectorStatusView and the secondary (non-unique) indexes are left out.

CREATE TABLE `ChargePoint` (
  `ChargePointId` varchar(100) NOT NULL,
  `Name` varchar(100) DEFAULT NULL,
  `Comment` varchar(200) DEFAULT NULL,
  `Username` varchar(50) DEFAULT NULL,
  `Password` varchar(50) DEFAULT NULL,
  `ClientCertThumb` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`ChargePointId`),
  UNIQUE KEY `ChargePoint_Identifier` (`ChargePointId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChargeTags` (
  `TagId` varchar(50) NOT NULL,
  `TagName` varchar(200) DEFAULT NULL,
  `ParentTagId` varchar(50) DEFAULT NULL,
  `ExpiryDate` datetime(6) DEFAULT NULL,
  `Blocked` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`TagId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MessageLog` (
  `LogId` int NOT NULL AUTO_INCREMENT,
  `LogTime` datetime(6) NOT NULL,
  `ChargePointId` varchar(100) NOT NULL,
  `ConnectorId` int DEFAULT NULL,
  `Message` varchar(100) NOT NULL,
  `Result` longtext DEFAULT NULL,
  `ErrorCode` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`LogId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Transactions` (
  `TransactionId` int NOT NULL AUTO_INCREMENT,
  `Uid` varchar(50) DEFAULT NULL,
  `ChargePointId` varchar(100) NOT NULL,
  `ConnectorId` int NOT NULL,
  `StartTagId` varchar(50) DEFAULT NULL,
  `StartTime` datetime(6) NOT NULL,
  `MeterStart` double NOT NULL,
  `StartResult` varchar(100) DEFAULT NULL,
  `StopTagId` varchar(50) DEFAULT NULL,
  `StopTime` datetime(6) DEFAULT NULL,
  `MeterStop` double DEFAULT NULL,
  `StopReason` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`TransactionId`),
  CONSTRAINT `FK_Transactions_ChargePoint` FOREIGN KEY (`ChargePointId`) REFERENCES `ChargePoint` (`ChargePointId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConnectorStatus` (
  `ChargePointId` varchar(100) NOT NULL,
  `ConnectorId` int NOT NULL,
  `ConnectorName` varchar(100) DEFAULT NULL,
  `LastStatus` varchar(100) DEFAULT NULL,
  `LastStatusTime` datetime(6) DEFAULT NULL,
  `LastMeter` double DEFAULT NULL,
  `LastMeterTime` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`ChargePointId`, `ConnectorId`),
  CONSTRAINT `FK_ConnectorStatus_ChargePoint_ChargePointId` FOREIGN KEY (`ChargePointId`) REFERENCES `ChargePoint` (`ChargePointId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `__EFMigrationsHistory` (
  `MigrationId` varchar(150) NOT NULL,
  `ProductVersion` varchar(32) NOT NULL,
  PRIMARY KEY (`MigrationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

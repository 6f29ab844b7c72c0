-- CarCare (rene98c/carcareco), workshop management for vehicle service centres and repair shops.
-- Converted to MySQL/MariaDB from backend/src/DbUp/scripts/Script0000_createSchema.sql (PostgreSQL)
-- and Script0002_ensureWorkNumberUnique.sql at commit a2f7dd43c2329f0a82dcb719abb1e44b290bfe69 (AGPL-3.0).
-- Schemas domain, public and tenant_config flattened; tenant_config tables prefixed with their schema name
-- (tenant_config.pricing would otherwise collide with domain.Pricing). Column names as written upstream.

CREATE TABLE `Employee` (
  `Id` CHAR(36) NOT NULL,
  `FirstName` VARCHAR(255) NOT NULL,
  `LastName` VARCHAR(255) NOT NULL,
  `Email` VARCHAR(255),
  `Phone` VARCHAR(255),
  `Address` VARCHAR(255),
  `Proffession` VARCHAR(255),
  `Description` VARCHAR(255),
  `IntroducedAt` DATETIME NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Vehicle` (
  `Id` CHAR(36) NOT NULL,
  `Producer` VARCHAR(255),
  `Model` VARCHAR(255),
  `RegNr` VARCHAR(255) NOT NULL,
  `Vin` VARCHAR(255),
  `Odo` INT,
  `Body` VARCHAR(255),
  `DrivingSide` VARCHAR(255),
  `Engine` VARCHAR(255),
  `ProductionDate` DATE,
  `Region` VARCHAR(255),
  `Series` VARCHAR(255),
  `Transmission` VARCHAR(255),
  `Description` VARCHAR(255),
  `IntroducedAt` DATETIME NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Client` (
  `Id` CHAR(36) NOT NULL,
  `Address` VARCHAR(255),
  `Country` VARCHAR(255),
  `Region` VARCHAR(255),
  `City` VARCHAR(255),
  `PostalCode` VARCHAR(255),
  `Phone` VARCHAR(255),
  `Description` VARCHAR(255),
  `IsAsshole` TINYINT(1) NOT NULL DEFAULT 0,
  `IntroducedAt` DATETIME NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `VehicleRegistration` (
  `OwnerId` CHAR(36) NOT NULL,
  `VehicleId` CHAR(36) NOT NULL,
  `DateTimeFrom` DATETIME NOT NULL,
  `DateTimeTo` DATETIME NULL,
  PRIMARY KEY (`OwnerId`, `VehicleId`, `DateTimeFrom`),
  FOREIGN KEY (`OwnerId`) REFERENCES `Client` (`Id`),
  FOREIGN KEY (`VehicleId`) REFERENCES `Vehicle` (`Id`)
);

CREATE TABLE `ClientEmail` (
  `Address` VARCHAR(255) NOT NULL,
  `ClientId` CHAR(36) NOT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Address`, `ClientId`),
  FOREIGN KEY (`ClientId`) REFERENCES `Client` (`Id`)
);

CREATE TABLE `PrivateClient` (
  `Id` CHAR(36) NOT NULL,
  `FirstName` VARCHAR(255) NOT NULL,
  `LastName` VARCHAR(255),
  `PersonalCode` VARCHAR(255),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Client` (`Id`)
);

CREATE TABLE `LegalClient` (
  `Id` CHAR(36) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `RegNr` VARCHAR(255),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Client` (`Id`)
);

CREATE TABLE `Pricing` (
  `Id` CHAR(36) NOT NULL,
  `SentOn` DATETIME,
  `PrintedOn` DATETIME,
  `Email` VARCHAR(255),
  `PartyName` VARCHAR(255) NOT NULL,
  `PartyAddress` VARCHAR(255),
  `PartyCode` VARCHAR(255),
  `VehicleLine1` VARCHAR(255),
  `VehicleLine2` VARCHAR(255),
  `VehicleLine3` VARCHAR(255),
  `VehicleLine4` VARCHAR(255),
  `IssuedOn` DATETIME NOT NULL,
  `IssuerId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`IssuerId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `Estimate` (
  `Id` CHAR(36) NOT NULL,
  `Number` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `estimate_number_key` (`Number`),
  FOREIGN KEY (`Id`) REFERENCES `Pricing` (`Id`)
);

CREATE TABLE `Invoice` (
  `Id` CHAR(36) NOT NULL,
  `Number` INT NOT NULL,
  `PaymentType` SMALLINT NOT NULL,
  `DueDays` SMALLINT NOT NULL,
  `IsPaid` TINYINT(1) NOT NULL DEFAULT 0,
  `IsCredited` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `invoice_number_key` (`Number`),
  FOREIGN KEY (`Id`) REFERENCES `Pricing` (`Id`)
);

CREATE TABLE `Work` (
  `Id` CHAR(36) NOT NULL,
  `Number` INT NOT NULL,
  `Invoiceid` CHAR(36),
  `ClientId` CHAR(36),
  `VehicleId` CHAR(36) NULL,
  `StartedOn` DATETIME NOT NULL,
  `ChangedOn` DATETIME NOT NULL,
  `StarterId` CHAR(36) NOT NULL,
  `Notes` VARCHAR(255),
  `Odo` INT,
  `UserStatus` VARCHAR(255) NOT NULL DEFAULT 'Default',
  `CompletedOn` DATETIME,
  `CompleterId` CHAR(36),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `work_changedon_key` (`ChangedOn`),
  UNIQUE KEY `work_number_key` (`Number`),
  FOREIGN KEY (`Invoiceid`) REFERENCES `Invoice` (`Id`),
  FOREIGN KEY (`ClientId`) REFERENCES `Client` (`Id`),
  FOREIGN KEY (`VehicleId`) REFERENCES `Vehicle` (`Id`),
  FOREIGN KEY (`StarterId`) REFERENCES `Employee` (`Id`),
  FOREIGN KEY (`CompleterId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `Offer` (
  `Id` CHAR(36) NOT NULL,
  `WorkId` CHAR(36) NOT NULL,
  `OrderNr` SMALLINT NOT NULL,
  `Notes` VARCHAR(255),
  `EstimateId` CHAR(36),
  `IsVehileLinesOnEstimate` TINYINT(1) NOT NULL DEFAULT 0,
  `StartedOn` DATETIME NOT NULL,
  `StarterId` CHAR(36) NOT NULL,
  `AcceptedOn` DATETIME,
  `AcceptorId` CHAR(36),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `offer_workid_ordernr_key` (`WorkId`, `OrderNr`),
  FOREIGN KEY (`WorkId`) REFERENCES `Work` (`Id`),
  FOREIGN KEY (`EstimateId`) REFERENCES `Estimate` (`Id`),
  FOREIGN KEY (`StarterId`) REFERENCES `Employee` (`Id`),
  FOREIGN KEY (`AcceptorId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `RepairJob` (
  `Id` CHAR(36) NOT NULL,
  `WorkId` CHAR(36) NOT NULL,
  `OrderNr` SMALLINT NOT NULL,
  `Notes` VARCHAR(255),
  `StartedOn` DATETIME NOT NULL,
  `StarterId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `repairjob_workid_ordernr_key` (`WorkId`, `OrderNr`),
  FOREIGN KEY (`WorkId`) REFERENCES `Work` (`Id`),
  FOREIGN KEY (`StarterId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `Assignment` (
  `WorkId` CHAR(36) NOT NULL,
  `MechanicId` CHAR(36) NOT NULL,
  PRIMARY KEY (`WorkId`, `MechanicId`),
  FOREIGN KEY (`WorkId`) REFERENCES `Work` (`Id`),
  FOREIGN KEY (`MechanicId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `Saleable` (
  `Id` CHAR(36) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Quantity` DOUBLE NOT NULL,
  `Unit` VARCHAR(255) NOT NULL,
  `Price` DOUBLE NOT NULL,
  `Discount` SMALLINT,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ServiceOffered` (
  `Id` CHAR(36) NOT NULL,
  `OfferId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Saleable` (`Id`),
  FOREIGN KEY (`OfferId`) REFERENCES `Offer` (`Id`)
);

CREATE TABLE `ProductOffered` (
  `Id` CHAR(36) NOT NULL,
  `OfferId` CHAR(36) NOT NULL,
  `Code` VARCHAR(255) NOT NULL,
  `Jnr` SMALLINT NOT NULL,
  `ServiceId` CHAR(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Saleable` (`Id`),
  FOREIGN KEY (`OfferId`) REFERENCES `Offer` (`Id`),
  FOREIGN KEY (`ServiceId`) REFERENCES `ServiceOffered` (`Id`)
);

CREATE TABLE `ServicePerformed` (
  `Id` CHAR(36) NOT NULL,
  `RepairJobId` CHAR(36) NOT NULL,
  `Notes` VARCHAR(255),
  `MechanicId` CHAR(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Saleable` (`Id`),
  FOREIGN KEY (`RepairJobId`) REFERENCES `RepairJob` (`Id`),
  FOREIGN KEY (`MechanicId`) REFERENCES `Employee` (`Id`)
);

CREATE TABLE `ProductInstalled` (
  `Id` CHAR(36) NOT NULL,
  `RepairJobId` CHAR(36) NOT NULL,
  `Jnr` SMALLINT NOT NULL,
  `Code` VARCHAR(255) NOT NULL,
  `Notes` VARCHAR(255),
  `Status` SMALLINT NOT NULL,
  `ServiceId` CHAR(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Saleable` (`Id`),
  FOREIGN KEY (`RepairJobId`) REFERENCES `RepairJob` (`Id`),
  FOREIGN KEY (`ServiceId`) REFERENCES `ServicePerformed` (`Id`)
);

CREATE TABLE `Storage` (
  `Id` CHAR(36) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Address` VARCHAR(255),
  `Description` VARCHAR(255),
  `IntroducedAt` DATETIME NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `UnitedMotorsPrice` (
  `Id` CHAR(36) NOT NULL,
  `Price` DOUBLE NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Address` VARCHAR(255),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `SparePart` (
  `Id` CHAR(36) NOT NULL,
  `Code` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Price` DOUBLE,
  `StorageId` CHAR(36) NULL,
  `Quantity` DOUBLE,
  `Discount` SMALLINT,
  `Description` VARCHAR(255),
  `IntroducedAt` DATETIME NOT NULL,
  `UmPriceId` CHAR(36),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`StorageId`) REFERENCES `Storage` (`Id`),
  FOREIGN KEY (`UmPriceId`) REFERENCES `UnitedMotorsPrice` (`Id`)
);

CREATE TABLE `PricingLine` (
  `PricingId` CHAR(36) NOT NULL,
  `Nr` SMALLINT NOT NULL,
  `Description` VARCHAR(255) NOT NULL,
  `Quantity` DOUBLE NOT NULL,
  `UnitPrice` DOUBLE NOT NULL,
  `Unit` VARCHAR(255) NOT NULL,
  `Discount` SMALLINT NOT NULL DEFAULT 0,
  `Total` DOUBLE NOT NULL,
  `TotalWithVat` DOUBLE NOT NULL,
  PRIMARY KEY (`PricingId`, `Nr`),
  FOREIGN KEY (`PricingId`) REFERENCES `Pricing` (`Id`)
);

CREATE INDEX idx_Vehicle_Vin ON `Vehicle` (`Vin`);
CREATE INDEX idx_Client_Address ON `Client` (`Address`);
CREATE INDEX idx_Client_Phone ON `Client` (`Phone`);
CREATE INDEX idx_PrivateClient ON `PrivateClient` (`FirstName`, `LastName`);
CREATE INDEX idx_Pricing_IssuerId ON `Pricing` (`IssuerId`);
CREATE INDEX idx_work_clientid ON `Work` (`ClientId`);
CREATE INDEX idx_work_starterid ON `Work` (`StarterId`);
CREATE INDEX idx_work_vehicleid ON `Work` (`VehicleId`);
CREATE INDEX idx_offer_EstimateId ON `Offer` (`EstimateId`);
CREATE INDEX idx_Saleable_Name ON `Saleable` (`Name`);
CREATE INDEX idx_ProductOffered_Code ON `ProductOffered` (`Code`);
CREATE INDEX idx_ProductInstalled_Code ON `ProductInstalled` (`Code`);

CREATE TABLE `User` (
  `UserName` VARCHAR(255) NOT NULL,
  `Password` VARCHAR(255) NOT NULL,
  `TenantName` VARCHAR(255) NOT NULL,
  `Email` VARCHAR(255) NULL,
  `Validated` TINYINT(1) NOT NULL DEFAULT 0,
  `Profile_Image` LONGBLOB NULL,
  `EmployeeId` CHAR(36),
  UNIQUE KEY `user_username_key` (`UserName`)
);

CREATE TABLE `tenant_config_requisites` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `address` VARCHAR(255),
  `email` VARCHAR(255),
  `bank_account` VARCHAR(255),
  `reg_nr` VARCHAR(255),
  `tax_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tenant_config_pricing` (
  `id` CHAR(36) NOT NULL,
  `vat_rate` INT NOT NULL DEFAULT 20,
  `surcharge` VARCHAR(255),
  `disclaimer` VARCHAR(255),
  `signature_line` TINYINT(1) NOT NULL DEFAULT 1,
  `invoice_email_content` TEXT,
  `estimate_email_content` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

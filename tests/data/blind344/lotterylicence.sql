-- Lottery Licence Manager 1.2.2 (City of Sault Ste. Marie, Ontario) — municipal licensing of charitable
-- lotteries under the rules of the Alcohol and Gaming Commission of Ontario: bingo, raffle, break-open ticket
-- and other lottery licences issued to eligible (charitable, non-profit) organizations, with the
-- organizations' representatives, remarks, reminders and monthly bank-record checks, licence fees and
-- amendments, approved ticket types with their distributors and manufacturers, lottery events with their
-- bank reports, receipts, administration costs, prizes awarded and amounts donated, and settings.
-- Upstream: github.com/cityssm/lottery-licence-manager, commit 028971ab94bdb815497d1f59e01f496a38237409
-- (MIT), helpers/databaseInitializer.ts (last changed in 5e50a720), the only place the application creates
-- its SQLite database (data/licences.db; users sign in against Active Directory, so there is no user
-- table). The SQLite DDL of that file is written as MySQL / MariaDB DDL: the shared `recordColumns`
-- fragment (recordCreate_/recordUpdate_/recordDelete_ userName and timeMillis) is expanded where upstream
-- interpolates it; integer primary key autoincrement -> int AUTO_INCREMENT; bit -> tinyint(1); dates and
-- times stay integers (upstream stores YYYYMMDD and HHMM numbers and epoch milliseconds); `without rowid`
-- is dropped; the partial index on externalLicenceNumberInteger is written as a plain key; the seed rows
-- (the twelve banking months, two default settings) are left out. Column order, primary keys, the unique
-- constraint and foreign keys are upstream's. All 16 tables are kept.

CREATE TABLE `Locations` (
  `locationID` int NOT NULL AUTO_INCREMENT,
  `locationName` varchar(100),
  `locationAddress1` varchar(50),
  `locationAddress2` varchar(50),
  `locationCity` varchar(20),
  `locationProvince` varchar(2),
  `locationPostalCode` varchar(7),
  `locationIsDistributor` tinyint(1) NOT NULL DEFAULT 0,
  `locationIsManufacturer` tinyint(1) NOT NULL DEFAULT 0,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`locationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Organizations` (
  `organizationID` int NOT NULL AUTO_INCREMENT,
  `organizationName` varchar(100) NOT NULL,
  `organizationAddress1` varchar(50),
  `organizationAddress2` varchar(50),
  `organizationCity` varchar(20),
  `organizationProvince` varchar(2),
  `organizationPostalCode` varchar(7),
  `trustAccountNumber` varchar(20),
  `fiscalStartDate` int,
  `fiscalEndDate` int,
  `isEligibleForLicences` tinyint(1) NOT NULL DEFAULT 1,
  `organizationNote` text NOT NULL DEFAULT '',
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`organizationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationRepresentatives` (
  `organizationID` int NOT NULL,
  `representativeIndex` smallint NOT NULL,
  `representativeName` varchar(100) NOT NULL,
  `representativeTitle` varchar(100),
  `representativeAddress1` varchar(50),
  `representativeAddress2` varchar(50),
  `representativeCity` varchar(20),
  `representativeProvince` varchar(2),
  `representativePostalCode` varchar(7),
  `representativePhoneNumber` varchar(30),
  `representativePhoneNumber2` varchar(30),
  `representativeEmailAddress` varchar(200),
  `isDefault` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`organizationID`, `representativeIndex`),
  CONSTRAINT `OrganizationRepresentatives_organizationID_fk` FOREIGN KEY (`organizationID`) REFERENCES `Organizations` (`organizationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationRemarks` (
  `organizationID` int NOT NULL,
  `remarkIndex` int NOT NULL,
  `remarkDate` int,
  `remarkTime` int,
  `remark` text,
  `isImportant` tinyint(1) NOT NULL DEFAULT 0,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`organizationID`, `remarkIndex`),
  CONSTRAINT `OrganizationRemarks_organizationID_fk` FOREIGN KEY (`organizationID`) REFERENCES `Organizations` (`organizationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationReminders` (
  `organizationID` int NOT NULL,
  `reminderIndex` int NOT NULL,
  `reminderTypeKey` varchar(15) NOT NULL,
  `dueDate` int,
  `dismissedDate` int,
  `reminderStatus` varchar(20),
  `reminderNote` text,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`organizationID`, `reminderIndex`),
  CONSTRAINT `OrganizationReminders_organizationID_fk` FOREIGN KEY (`organizationID`) REFERENCES `Organizations` (`organizationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BankingMonths` (
  `bankingMonth` int NOT NULL,
  PRIMARY KEY (`bankingMonth`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationBankRecords` (
  `organizationID` int NOT NULL,
  `recordIndex` int NOT NULL,
  `accountNumber` varchar(20) NOT NULL,
  `bankingYear` int NOT NULL,
  `bankingMonth` int NOT NULL,
  `bankRecordType` varchar(10) NOT NULL,
  `recordIsNA` tinyint(1) NOT NULL DEFAULT 0,
  `recordDate` int,
  `recordNote` text,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`organizationID`, `recordIndex`),
  UNIQUE KEY `OrganizationBankRecords_unique` (`organizationID`, `accountNumber`, `bankingYear`, `bankingMonth`, `bankRecordType`),
  CONSTRAINT `OrganizationBankRecords_organizationID_fk` FOREIGN KEY (`organizationID`) REFERENCES `Organizations` (`organizationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryLicences` (
  `licenceID` int NOT NULL AUTO_INCREMENT,
  `organizationID` int NOT NULL,
  `externalLicenceNumber` varchar(20),
  `externalLicenceNumberInteger` bigint NOT NULL,
  `applicationDate` int NOT NULL,
  `licenceTypeKey` char(2) NOT NULL,
  `startDate` int,
  `endDate` int,
  `startTime` int,
  `endTime` int,
  `locationID` int,
  `municipality` varchar(100),
  `licenceDetails` text,
  `termsConditions` text,
  `totalPrizeValue` decimal(10,2),
  `licenceFee` decimal(10,2),
  `issueDate` int,
  `issueTime` int,
  `trackUpdatesAsAmendments` tinyint(1) NOT NULL DEFAULT 0,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`licenceID`),
  KEY `LotteryLicences_ExternalLicenceNumberInteger_Index` (`externalLicenceNumberInteger`),
  CONSTRAINT `LotteryLicences_organizationID_fk` FOREIGN KEY (`organizationID`) REFERENCES `Organizations` (`organizationID`),
  CONSTRAINT `LotteryLicences_locationID_fk` FOREIGN KEY (`locationID`) REFERENCES `Locations` (`locationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryLicenceTransactions` (
  `licenceID` int NOT NULL,
  `transactionIndex` int NOT NULL,
  `transactionDate` int NOT NULL,
  `transactionTime` int NOT NULL,
  `externalReceiptNumber` varchar(20),
  `transactionAmount` decimal(10,2) NOT NULL,
  `transactionNote` text,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`licenceID`, `transactionIndex`),
  CONSTRAINT `LotteryLicenceTransactions_licenceID_fk` FOREIGN KEY (`licenceID`) REFERENCES `LotteryLicences` (`licenceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryLicenceAmendments` (
  `licenceID` int NOT NULL,
  `amendmentIndex` int NOT NULL,
  `amendmentDate` int NOT NULL,
  `amendmentTime` int NOT NULL,
  `amendmentType` text NOT NULL,
  `amendment` text,
  `isHidden` tinyint(1) NOT NULL DEFAULT 0,
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`licenceID`, `amendmentIndex`),
  CONSTRAINT `LotteryLicenceAmendments_licenceID_fk` FOREIGN KEY (`licenceID`) REFERENCES `LotteryLicences` (`licenceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryEvents` (
  `licenceID` int NOT NULL,
  `eventDate` int NOT NULL,
  `reportDate` int,
  `bank_name` varchar(50),
  `bank_address` varchar(50),
  `bank_accountNumber` varchar(20),
  `bank_accountBalance` decimal(12,2),
  `costs_amountDonated` decimal(10,2),
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`licenceID`, `eventDate`),
  CONSTRAINT `LotteryEvents_licenceID_fk` FOREIGN KEY (`licenceID`) REFERENCES `LotteryLicences` (`licenceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryLicenceTicketTypes` (
  `licenceID` int NOT NULL,
  `ticketTypeIndex` int NOT NULL,
  `amendmentDate` int NOT NULL,
  `ticketType` varchar(5) NOT NULL,
  `distributorLocationID` int,
  `manufacturerLocationID` int,
  `unitCount` int NOT NULL,
  `licenceFee` decimal(10,2),
  `recordCreate_userName` varchar(30) NOT NULL,
  `recordCreate_timeMillis` bigint NOT NULL,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  `recordDelete_userName` varchar(30),
  `recordDelete_timeMillis` bigint,
  PRIMARY KEY (`licenceID`, `ticketTypeIndex`),
  CONSTRAINT `LotteryLicenceTicketTypes_licenceID_fk` FOREIGN KEY (`licenceID`) REFERENCES `LotteryLicences` (`licenceID`),
  CONSTRAINT `LotteryLicenceTicketTypes_distributorLocationID_fk` FOREIGN KEY (`distributorLocationID`) REFERENCES `Locations` (`locationID`),
  CONSTRAINT `LotteryLicenceTicketTypes_manufacturerLocationID_fk` FOREIGN KEY (`manufacturerLocationID`) REFERENCES `Locations` (`locationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryLicenceFields` (
  `licenceID` int NOT NULL,
  `fieldKey` varchar(20) NOT NULL,
  `fieldValue` text,
  PRIMARY KEY (`licenceID`, `fieldKey`),
  CONSTRAINT `LotteryLicenceFields_licenceID_fk` FOREIGN KEY (`licenceID`) REFERENCES `LotteryLicences` (`licenceID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryEventCosts` (
  `licenceID` int NOT NULL,
  `eventDate` int NOT NULL,
  `ticketType` varchar(5) NOT NULL,
  `costs_receipts` decimal(10,2),
  `costs_admin` decimal(10,2),
  `costs_prizesAwarded` decimal(10,2),
  PRIMARY KEY (`licenceID`, `eventDate`, `ticketType`),
  CONSTRAINT `LotteryEventCosts_event_fk` FOREIGN KEY (`licenceID`, `eventDate`) REFERENCES `LotteryEvents` (`licenceID`, `eventDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LotteryEventFields` (
  `licenceID` int NOT NULL,
  `eventDate` int NOT NULL,
  `fieldKey` varchar(20) NOT NULL,
  `fieldValue` text,
  PRIMARY KEY (`licenceID`, `eventDate`, `fieldKey`),
  CONSTRAINT `LotteryEventFields_event_fk` FOREIGN KEY (`licenceID`, `eventDate`) REFERENCES `LotteryEvents` (`licenceID`, `eventDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApplicationSettings` (
  `settingKey` varchar(50) NOT NULL,
  `settingName` varchar(100) NOT NULL,
  `settingDescription` text,
  `settingValue` text,
  `orderNumber` smallint NOT NULL DEFAULT 0,
  `recordUpdate_userName` varchar(30) NOT NULL,
  `recordUpdate_timeMillis` bigint NOT NULL,
  PRIMARY KEY (`settingKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

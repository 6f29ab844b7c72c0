-- Trade Union Committee Web App (information system of the primary trade union organisation of the Odessa I. I. Mechnikov
-- National University), github.com/zavada-serhii/TradeUnionCommittee.Web.App, commit
-- e97649d1afcbb653bb085063ef057d3ecd7ef976 (MIT). Upstream runs four PostgreSQL 12 databases:
--  1. main: `script/Create DB/2.Main DB/0.FullScript.sql` (= 2.MainCreateTable + 3.DirectoriesCreateTable + 4.ListsCreateTable);
--  2. identity: `script/Create DB/1.Identity DB/2.Create Table.sql` (ASP.NET Core Identity) + `Clients` and `RefreshTokens`
--     from the EF Core migration `src/TradeUnionCommittee.Core/src/TradeUnionCommittee.DAL.Identity/Migrations/20190929181117_Initial.cs`;
--  3. audit: `script/Create DB/3.Audit DB/2.Create Table.sql`;
--  4. cloud storage: `script/Create DB/4.Cloud Storage DB/2.Create Table.sql`.
-- PostgreSQL written as MySQL, every table and column in upstream's order and spelling: BIGSERIAL -> BIGINT AUTO_INCREMENT,
-- SERIAL -> INT AUTO_INCREMENT, unbounded VARCHAR -> VARCHAR(255), text keys -> VARCHAR(255), MONEY -> DECIMAL(19,2),
-- BOOLEAN -> TINYINT(1), TIMESTAMP [WITH TIME ZONE] -> DATETIME, CIDR -> VARCHAR(49), the audit enum types -> ENUM;
-- inline REFERENCES -> FOREIGN KEY clauses; CHECK constraints, COLLATE clauses, OWNER statements, the pg_trgm extension,
-- the trigram search function and indexes, the journal partitioning trigger and the seed rows left out.
-- utf8 (3-byte) so that the seven-column unique key of ApartmentAccountingEmployees fits MariaDB's index length limit.

-- ---------------------------------------------------------------- main database (TradeUnionCommitteeEmployeesCoreDB)
CREATE TABLE `Employee` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `FirstName` VARCHAR(255) NOT NULL,
  `SecondName` VARCHAR(255) NOT NULL,
  `Patronymic` VARCHAR(255) NULL,
  `Sex` VARCHAR(255) NOT NULL,
  `BirthDate` DATE NOT NULL,
  `IdentificationCode` VARCHAR(255) NULL,
  `MechnikovCard` VARCHAR(255) NULL,
  `MobilePhone` VARCHAR(255) NULL,
  `CityPhone` VARCHAR(255) NULL,
  `BasicProfession` VARCHAR(255) NOT NULL,
  `StartYearWork` INT NOT NULL,
  `EndYearWork` INT NULL,
  `StartDateTradeUnion` DATE NOT NULL,
  `EndDateTradeUnion` DATE NULL,
  `LevelEducation` VARCHAR(255) NOT NULL,
  `NameInstitution` VARCHAR(255) NOT NULL,
  `YearReceiving` INT NULL,
  `ScientificDegree` VARCHAR(255) NULL,
  `ScientificTitle` VARCHAR(255) NULL,
  `Note` TEXT NULL,
  `DateAdded` DATE NOT NULL DEFAULT (CURRENT_DATE),
  PRIMARY KEY (`Id`),
  UNIQUE (`IdentificationCode`),
  UNIQUE (`MechnikovCard`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Children` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `FirstName` VARCHAR(255) NOT NULL,
  `SecondName` VARCHAR(255) NOT NULL,
  `Patronymic` VARCHAR(255) NULL,
  `BirthDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `GrandChildren` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `FirstName` VARCHAR(255) NOT NULL,
  `SecondName` VARCHAR(255) NOT NULL,
  `Patronymic` VARCHAR(255) NULL,
  `BirthDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Family` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `FirstName` VARCHAR(255) NOT NULL,
  `SecondName` VARCHAR(255) NOT NULL,
  `Patronymic` VARCHAR(255) NULL,
  `BirthDate` DATE NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Award` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `MaterialAid` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Hobby` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Event` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  `Type` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`, `Type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Cultural` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Activities` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Privileges` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `SocialActivity` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Position` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Subdivisions` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdSubordinate` BIGINT,
  `Name` VARCHAR(255) NOT NULL,
  `Abbreviation` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`Name`),
  UNIQUE (`Abbreviation`),
  FOREIGN KEY (`IdSubordinate`) REFERENCES `Subdivisions` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AddressPublicHouse` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `City` VARCHAR(255) NOT NULL,
  `Street` VARCHAR(255) NOT NULL,
  `NumberHouse` VARCHAR(255) NOT NULL,
  `NumberDormitory` VARCHAR(255) NULL,
  `Type` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`City`, `Street`, `NumberHouse`, `Type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AwardEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdAward` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `DateIssue` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdAward`, `DateIssue`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdAward`) REFERENCES `Award` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `MaterialAidEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdMaterialAid` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `DateIssue` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdMaterialAid`, `DateIssue`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdMaterialAid`) REFERENCES `MaterialAid` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `HobbyEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdHobby` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdHobby`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdHobby`) REFERENCES `Hobby` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `FluorographyEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `PlacePassing` VARCHAR(255) NOT NULL,
  `Result` VARCHAR(255) NOT NULL,
  `DatePassage` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `Result`, `DatePassage`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `EventEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdEvent` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `StartDate` DATE NOT NULL,
  `EndDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdEvent`, `StartDate`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdEvent`) REFERENCES `Event` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `CulturalEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdCultural` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateVisit` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdCultural`, `DateVisit`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdCultural`) REFERENCES `Cultural` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ActivityEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdActivities` BIGINT NOT NULL,
  `DateEvent` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `IdActivities`, `DateEvent`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdActivities`) REFERENCES `Activities` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `GiftEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `NameEvent` VARCHAR(255) NOT NULL,
  `NameGift` VARCHAR(255) NOT NULL,
  `Price` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateGift` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `NameEvent`, `NameGift`, `DateGift`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `PrivilegeEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdPrivileges` BIGINT NOT NULL,
  `Note` TEXT,
  `CheckPrivileges` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdPrivileges`) REFERENCES `Privileges` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `SocialActivityEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdSocialActivity` BIGINT NOT NULL,
  `Note` TEXT,
  `CheckSocialActivity` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdSocialActivity`) REFERENCES `SocialActivity` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `PositionEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `IdSubdivision` BIGINT NOT NULL,
  `IdPosition` BIGINT NOT NULL,
  `CheckPosition` TINYINT(1) NOT NULL,
  `StartDate` DATE,
  `EndDate` DATE,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdSubdivision`) REFERENCES `Subdivisions` (`Id`),
  FOREIGN KEY (`IdPosition`) REFERENCES `Position` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `PublicHouseEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdAddressPublicHouse` BIGINT NOT NULL,
  `IdEmployee` BIGINT NOT NULL,
  `NumberRoom` VARCHAR(255),
  PRIMARY KEY (`Id`),
  UNIQUE (`IdAddressPublicHouse`, `IdEmployee`),
  FOREIGN KEY (`IdAddressPublicHouse`) REFERENCES `AddressPublicHouse` (`Id`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `PrivateHouseEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `City` VARCHAR(255) NOT NULL,
  `Street` VARCHAR(255) NOT NULL,
  `NumberHouse` VARCHAR(255),
  `NumberApartment` VARCHAR(255),
  `DateReceiving` DATE,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ApartmentAccountingEmployees` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `FamilyComposition` BIGINT NOT NULL,
  `NameAdministration` VARCHAR(255) NOT NULL,
  `PriorityType` VARCHAR(255) NOT NULL,
  `DateAdoption` DATE NOT NULL,
  `DateInclusion` DATE,
  `Position` VARCHAR(255) NOT NULL,
  `StartYearWork` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdEmployee`, `FamilyComposition`, `NameAdministration`, `PriorityType`, `DateAdoption`, `Position`, `StartYearWork`),
  FOREIGN KEY (`IdEmployee`) REFERENCES `Employee` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `EventChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdChildren` BIGINT NOT NULL,
  `IdEvent` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `StartDate` DATE NOT NULL,
  `EndDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdChildren`, `IdEvent`, `StartDate`),
  FOREIGN KEY (`IdChildren`) REFERENCES `Children` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdEvent`) REFERENCES `Event` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `CulturalChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdChildren` BIGINT NOT NULL,
  `IdCultural` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateVisit` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdChildren`, `IdCultural`, `DateVisit`),
  FOREIGN KEY (`IdChildren`) REFERENCES `Children` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdCultural`) REFERENCES `Cultural` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `HobbyChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdChildren` BIGINT NOT NULL,
  `IdHobby` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdChildren`, `IdHobby`),
  FOREIGN KEY (`IdChildren`) REFERENCES `Children` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdHobby`) REFERENCES `Hobby` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ActivityChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdChildren` BIGINT NOT NULL,
  `IdActivities` BIGINT NOT NULL,
  `DateEvent` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdChildren`, `IdActivities`, `DateEvent`),
  FOREIGN KEY (`IdChildren`) REFERENCES `Children` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdActivities`) REFERENCES `Activities` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `GiftChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdChildren` BIGINT NOT NULL,
  `NameEvent` VARCHAR(255) NOT NULL,
  `NameGift` VARCHAR(255) NOT NULL,
  `Price` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateGift` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdChildren`, `NameEvent`, `NameGift`, `DateGift`),
  FOREIGN KEY (`IdChildren`) REFERENCES `Children` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `EventGrandChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdGrandChildren` BIGINT NOT NULL,
  `IdEvent` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `StartDate` DATE NOT NULL,
  `EndDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdGrandChildren`, `IdEvent`, `StartDate`),
  FOREIGN KEY (`IdGrandChildren`) REFERENCES `GrandChildren` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdEvent`) REFERENCES `Event` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `CulturalGrandChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdGrandChildren` BIGINT NOT NULL,
  `IdCultural` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateVisit` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdGrandChildren`, `IdCultural`, `DateVisit`),
  FOREIGN KEY (`IdGrandChildren`) REFERENCES `GrandChildren` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdCultural`) REFERENCES `Cultural` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `HobbyGrandChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdGrandChildren` BIGINT NOT NULL,
  `IdHobby` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdGrandChildren`, `IdHobby`),
  FOREIGN KEY (`IdGrandChildren`) REFERENCES `GrandChildren` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdHobby`) REFERENCES `Hobby` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ActivityGrandChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdGrandChildren` BIGINT NOT NULL,
  `IdActivities` BIGINT NOT NULL,
  `DateEvent` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdGrandChildren`, `IdActivities`, `DateEvent`),
  FOREIGN KEY (`IdGrandChildren`) REFERENCES `GrandChildren` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdActivities`) REFERENCES `Activities` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `GiftGrandChildrens` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdGrandChildren` BIGINT NOT NULL,
  `NameEvent` VARCHAR(255) NOT NULL,
  `NameGift` VARCHAR(255) NOT NULL,
  `Price` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateGift` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdGrandChildren`, `NameEvent`, `NameGift`, `DateGift`),
  FOREIGN KEY (`IdGrandChildren`) REFERENCES `GrandChildren` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `EventFamily` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdFamily` BIGINT NOT NULL,
  `IdEvent` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `StartDate` DATE NOT NULL,
  `EndDate` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdFamily`, `IdEvent`, `StartDate`),
  FOREIGN KEY (`IdFamily`) REFERENCES `Family` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdEvent`) REFERENCES `Event` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `CulturalFamily` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdFamily` BIGINT NOT NULL,
  `IdCultural` BIGINT NOT NULL,
  `Amount` DECIMAL(19,2) NOT NULL,
  `Discount` DECIMAL(19,2) NOT NULL,
  `DateVisit` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdFamily`, `IdCultural`, `DateVisit`),
  FOREIGN KEY (`IdFamily`) REFERENCES `Family` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdCultural`) REFERENCES `Cultural` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ActivityFamily` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdFamily` BIGINT NOT NULL,
  `IdActivities` BIGINT NOT NULL,
  `DateEvent` DATE NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE (`IdFamily`, `IdActivities`, `DateEvent`),
  FOREIGN KEY (`IdFamily`) REFERENCES `Family` (`Id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`IdActivities`) REFERENCES `Activities` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ---------------------------------------------------------------- identity database
CREATE TABLE `AspNetRoles` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(256),
  `NormalizedName` VARCHAR(256),
  `ConcurrencyStamp` TEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetRoleClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RoleId` VARCHAR(255) NOT NULL,
  `ClaimType` TEXT,
  `ClaimValue` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUsers` (
  `Id` VARCHAR(255) NOT NULL,
  `UserName` VARCHAR(256),
  `NormalizedUserName` VARCHAR(256),
  `Email` VARCHAR(256),
  `NormalizedEmail` VARCHAR(256),
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `PasswordHash` TEXT,
  `SecurityStamp` TEXT,
  `ConcurrencyStamp` TEXT,
  `PhoneNumber` TEXT,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `FirstName` TEXT NOT NULL,
  `LastName` TEXT NOT NULL,
  `Patronymic` TEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`),
  KEY `EmailIndex` (`NormalizedEmail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(255) NOT NULL,
  `ClaimType` TEXT,
  `ClaimValue` TEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(255) NOT NULL,
  `ProviderKey` VARCHAR(255) NOT NULL,
  `ProviderDisplayName` TEXT,
  `UserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserRoles` (
  `UserId` VARCHAR(255) NOT NULL,
  `RoleId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `AspNetUserTokens` (
  `UserId` VARCHAR(255) NOT NULL,
  `LoginProvider` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Value` TEXT,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Clients` (
  `Id` VARCHAR(255) NOT NULL,
  `RefreshTokenLifeTime` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `RefreshTokens` (
  `Id` VARCHAR(255) NOT NULL,
  `Subject` VARCHAR(50) NOT NULL,
  `ClientId` VARCHAR(50) NOT NULL,
  `IssuedUtc` DATETIME NOT NULL,
  `ExpiresUtc` DATETIME NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RefreshTokens_Clients_ClientId` FOREIGN KEY (`ClientId`) REFERENCES `Clients` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ---------------------------------------------------------------- audit database
CREATE TABLE `Journal` (
  `Guid` VARCHAR(36) NOT NULL,
  `Operation` ENUM('Select','Insert','Update','Delete') NOT NULL,
  `IpUser` VARCHAR(49) NOT NULL,
  `DateTime` DATETIME NOT NULL,
  `EmailUser` VARCHAR(256) NOT NULL,
  `Table` ENUM('Employee','Children','GrandChildren','Family','Award','MaterialAid','Hobby','Event','Cultural','Activities','Privileges','SocialActivity','Position','Subdivisions','AddressPublicHouse','AwardEmployees','MaterialAidEmployees','HobbyEmployees','FluorographyEmployees','EventEmployees','CulturalEmployees','ActivityEmployees','GiftEmployees','PrivilegeEmployees','SocialActivityEmployees','PositionEmployees','PublicHouseEmployees','PrivateHouseEmployees','ApartmentAccountingEmployees','EventChildrens','CulturalChildrens','HobbyChildrens','ActivityChildrens','GiftChildrens','EventGrandChildrens','CulturalGrandChildrens','HobbyGrandChildrens','ActivityGrandChildrens','GiftGrandChildrens','EventFamily','CulturalFamily','ActivityFamily') NOT NULL,
  PRIMARY KEY (`Guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- ---------------------------------------------------------------- cloud storage database
CREATE TABLE `ReportPdfBucket` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IdEmployee` BIGINT NOT NULL,
  `FileName` VARCHAR(255) NOT NULL,
  `DateCreated` DATETIME NOT NULL,
  `EmailUser` VARCHAR(255) NOT NULL,
  `IpUser` VARCHAR(255) NOT NULL,
  `TypeReport` INT NOT NULL,
  `DateFrom` DATE NOT NULL,
  `DateTo` DATE NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- BeYourMarket (beyourmarket/beyourmarket), MIT. Entity Framework 6 code-first model (SQL Server) written as MySQL DDL,
-- from src/BeYourMarket.Model/Models/*.cs (entity classes, property order) and Models/Mapping/*Map.cs (table and
-- column names, lengths, required, keys, relations) at commit 6fceb7ac414629273d5b3701e16366ba6d726a6c.
-- Types: string = nvarchar(max) -> LONGTEXT unless HasMaxLength(n) -> VARCHAR(n); IsFixedLength -> CHAR(n);
-- int keys named ID are identity columns (AUTO_INCREMENT) except Settings.ID (DatabaseGeneratedOption.None);
-- bool -> TINYINT(1), double -> DOUBLE, DateTime -> DATETIME; Nullable<T> and non-required strings NULL.
-- The many-to-many AspNetUsers/AspNetRoles join table AspNetUserRoles is written as ASP.NET Identity creates it.

CREATE TABLE `AspNetRoles` (
  `Id` VARCHAR(128) NOT NULL,
  `Name` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `AspNetUsers` (
  `Id` VARCHAR(128) NOT NULL,
  `FirstName` LONGTEXT NULL,
  `LastName` LONGTEXT NULL,
  `RegisterDate` DATETIME NOT NULL,
  `RegisterIP` LONGTEXT NULL,
  `LastAccessDate` DATETIME NOT NULL,
  `LastAccessIP` LONGTEXT NULL,
  `DateOfBirth` DATETIME NULL,
  `AcceptEmail` TINYINT(1) NOT NULL,
  `Gender` LONGTEXT NULL,
  `LeadSourceID` INT NOT NULL,
  `Email` VARCHAR(256) NULL,
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `PasswordHash` LONGTEXT NULL,
  `SecurityStamp` LONGTEXT NULL,
  `PhoneNumber` LONGTEXT NULL,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `LockoutEndDateUtc` DATETIME NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `UserName` VARCHAR(256) NOT NULL,
  `Disabled` TINYINT(1) NOT NULL,
  `Rating` DOUBLE NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `AspNetUserRoles` (
  `UserId` VARCHAR(128) NOT NULL,
  `RoleId` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` VARCHAR(128) NOT NULL,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(128) NOT NULL,
  `ProviderKey` VARCHAR(128) NOT NULL,
  `UserId` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`, `UserId`),
  FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Categories` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  `Description` LONGTEXT NULL,
  `Parent` INT NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `Ordering` INT NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `ListingTypes` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(100) NOT NULL,
  `ButtonLabel` VARCHAR(20) NOT NULL,
  `PriceEnabled` TINYINT(1) NOT NULL,
  `PriceUnitLabel` VARCHAR(20) NULL,
  `OrderTypeID` INT NOT NULL,
  `OrderTypeLabel` VARCHAR(20) NULL,
  `PaymentEnabled` TINYINT(1) NOT NULL,
  `ShippingEnabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `CategoryListingTypes` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CategoryID` INT NOT NULL,
  `ListingTypeID` INT NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`CategoryID`) REFERENCES `Categories` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`ListingTypeID`) REFERENCES `ListingTypes` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `CategoryStats` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CategoryID` INT NOT NULL,
  `Count` INT NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`CategoryID`) REFERENCES `Categories` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `ContentPages` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Slug` VARCHAR(100) NOT NULL,
  `Title` VARCHAR(150) NOT NULL,
  `Description` VARCHAR(200) NULL,
  `Html` LONGTEXT NULL,
  `Template` VARCHAR(200) NULL,
  `Ordering` INT NOT NULL,
  `Keywords` VARCHAR(200) NULL,
  `UserID` VARCHAR(128) NULL,
  `Published` TINYINT(1) NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `EmailTemplates` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Slug` VARCHAR(100) NOT NULL,
  `Subject` VARCHAR(100) NOT NULL,
  `Body` LONGTEXT NOT NULL,
  `SendCopy` TINYINT(1) NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `Listings` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Title` VARCHAR(500) NOT NULL,
  `Description` LONGTEXT NULL,
  `CategoryID` INT NOT NULL,
  `ListingTypeID` INT NOT NULL,
  `UserID` VARCHAR(128) NOT NULL,
  `Price` DOUBLE NULL,
  `Currency` CHAR(3) NULL,
  `ContactName` VARCHAR(200) NOT NULL,
  `ContactEmail` VARCHAR(200) NOT NULL,
  `ContactPhone` VARCHAR(50) NULL,
  `ShowPhone` TINYINT(1) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `ShowEmail` TINYINT(1) NOT NULL,
  `Premium` TINYINT(1) NOT NULL,
  `Expiration` DATETIME NOT NULL,
  `IP` VARCHAR(50) NOT NULL,
  `Location` VARCHAR(250) NULL,
  `Latitude` DOUBLE NULL,
  `Longitude` DOUBLE NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserID`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`CategoryID`) REFERENCES `Categories` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`ListingTypeID`) REFERENCES `ListingTypes` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `MetaFields` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(255) NOT NULL,
  `Placeholder` VARCHAR(255) NULL,
  `ControlTypeID` INT NOT NULL,
  `Options` LONGTEXT NULL,
  `Required` TINYINT(1) NOT NULL,
  `Searchable` TINYINT(1) NOT NULL,
  `Ordering` INT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `ListingMeta` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ListingID` INT NOT NULL,
  `FieldID` INT NOT NULL,
  `Value` LONGTEXT NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`FieldID`) REFERENCES `MetaFields` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `Pictures` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `MimeType` VARCHAR(40) NOT NULL,
  `SeoFilename` VARCHAR(200) NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `ListingPictures` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ListingID` INT NOT NULL,
  `PictureID` INT NOT NULL,
  `Ordering` INT NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`PictureID`) REFERENCES `Pictures` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `Orders` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `FromDate` DATETIME NULL,
  `ToDate` DATETIME NULL,
  `ListingID` INT NOT NULL,
  `ListingTypeID` INT NOT NULL,
  `Status` INT NOT NULL,
  `Quantity` DOUBLE NULL,
  `Price` DOUBLE NULL,
  `Currency` CHAR(3) NULL,
  `ApplicationFee` DOUBLE NULL,
  `Description` LONGTEXT NULL,
  `Message` LONGTEXT NULL,
  `UserProvider` VARCHAR(128) NOT NULL,
  `UserReceiver` VARCHAR(128) NOT NULL,
  `PaymentPlugin` VARCHAR(250) NULL,
  `Created` DATETIME NOT NULL,
  `Modified` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserProvider`) REFERENCES `AspNetUsers` (`Id`),
  FOREIGN KEY (`UserReceiver`) REFERENCES `AspNetUsers` (`Id`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`)
);

CREATE TABLE `ListingReviews` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Title` VARCHAR(250) NULL,
  `Description` LONGTEXT NOT NULL,
  `Rating` DOUBLE NOT NULL,
  `ListingID` INT NULL,
  `OrderID` INT NULL,
  `UserFrom` VARCHAR(128) NOT NULL,
  `UserTo` VARCHAR(128) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `Spam` TINYINT(1) NOT NULL,
  `Created` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserFrom`) REFERENCES `AspNetUsers` (`Id`),
  FOREIGN KEY (`UserTo`) REFERENCES `AspNetUsers` (`Id`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`OrderID`) REFERENCES `Orders` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `ListingStats` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CountView` INT NOT NULL,
  `CountSpam` INT NOT NULL,
  `CountRepeated` INT NOT NULL,
  `ListingID` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `MessageThread` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Subject` VARCHAR(200) NULL,
  `ListingID` INT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`ListingID`) REFERENCES `Listings` (`ID`)
);

CREATE TABLE `Message` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `MessageThreadID` INT NOT NULL,
  `Body` LONGTEXT NOT NULL,
  `UserFrom` VARCHAR(128) NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserFrom`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`MessageThreadID`) REFERENCES `MessageThread` (`ID`)
);

CREATE TABLE `MessageParticipant` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `MessageThreadID` INT NOT NULL,
  `UserID` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserID`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`MessageThreadID`) REFERENCES `MessageThread` (`ID`)
);

CREATE TABLE `MessageReadState` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `MessageID` INT NOT NULL,
  `UserID` VARCHAR(128) NOT NULL,
  `ReadDate` DATETIME NULL,
  `Created` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`UserID`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE,
  FOREIGN KEY (`MessageID`) REFERENCES `Message` (`ID`)
);

CREATE TABLE `MetaCategories` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CategoryID` INT NOT NULL,
  `FieldID` INT NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`CategoryID`) REFERENCES `Categories` (`ID`) ON DELETE CASCADE,
  FOREIGN KEY (`FieldID`) REFERENCES `MetaFields` (`ID`) ON DELETE CASCADE
);

CREATE TABLE `Settings` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Description` LONGTEXT NOT NULL,
  `Slogan` VARCHAR(255) NOT NULL,
  `SearchPlaceHolder` VARCHAR(255) NOT NULL,
  `EmailContact` VARCHAR(255) NOT NULL,
  `Version` VARCHAR(10) NOT NULL,
  `Currency` CHAR(3) NOT NULL,
  `TransactionFeePercent` DOUBLE NOT NULL,
  `TransactionMinimumSize` DOUBLE NOT NULL,
  `TransactionMinimumFee` DOUBLE NOT NULL,
  `SmtpHost` VARCHAR(100) NULL,
  `SmtpPort` INT NULL,
  `SmtpUserName` VARCHAR(100) NULL,
  `SmtpPassword` VARCHAR(100) NULL,
  `SmtpSSL` TINYINT(1) NOT NULL,
  `EmailAddress` VARCHAR(100) NULL,
  `EmailDisplayName` VARCHAR(100) NULL,
  `AgreementRequired` TINYINT(1) NOT NULL,
  `AgreementLabel` VARCHAR(100) NULL,
  `AgreementText` LONGTEXT NULL,
  `SignupText` LONGTEXT NULL,
  `EmailConfirmedRequired` TINYINT(1) NOT NULL,
  `Theme` VARCHAR(250) NOT NULL,
  `DateFormat` VARCHAR(10) NOT NULL,
  `TimeFormat` VARCHAR(10) NOT NULL,
  `ListingReviewEnabled` TINYINT(1) NOT NULL,
  `ListingReviewMaxPerDay` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `SettingDictionary` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(200) NOT NULL,
  `Value` VARCHAR(200) NULL,
  `SettingID` INT NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`SettingID`) REFERENCES `Settings` (`ID`)
);

CREATE TABLE `StripeConnect` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserID` VARCHAR(128) NOT NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  `token_type` VARCHAR(100) NOT NULL,
  `stripe_publishable_key` VARCHAR(100) NOT NULL,
  `scope` VARCHAR(100) NOT NULL,
  `livemode` VARCHAR(100) NOT NULL,
  `stripe_user_id` VARCHAR(100) NOT NULL,
  `refresh_token` VARCHAR(100) NOT NULL,
  `access_token` VARCHAR(100) NOT NULL,
  `error` VARCHAR(100) NULL,
  `error_description` VARCHAR(200) NULL,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `StripeTransaction` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `OrderID` INT NOT NULL,
  `ChargeID` VARCHAR(100) NOT NULL,
  `StripeToken` VARCHAR(100) NOT NULL,
  `StripeEmail` VARCHAR(100) NOT NULL,
  `IsCaptured` TINYINT(1) NOT NULL,
  `FailureCode` VARCHAR(100) NULL,
  `FailureMessage` VARCHAR(200) NULL,
  `Created` DATETIME NOT NULL,
  `LastUpdated` DATETIME NOT NULL,
  PRIMARY KEY (`ID`)
);

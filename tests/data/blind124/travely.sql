-- Travely (github.com/titancamp/travely, GPL-3.0), commit 9c470bf01ff609b6ff7a8217fd6c360117f78aa5.
-- Converted from the EF Core model snapshots of its microservices (SQL Server) to MySQL DDL; one database per service upstream.

-- ===== src/IdentityManager/Repository.EntityFramework/Migrations/IdentityServerDbContextModelSnapshot.cs
CREATE TABLE `Agency` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` varchar(256),
  `CreatedBy` int NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `Email` longtext,
  `LogoFile` varchar(256),
  `Name` varchar(256) NOT NULL,
  `PhoneNumber` longtext,
  `Status` int NOT NULL,
  `UpdatedBy` int,
  `UpdatedDate` datetime(6),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `PersistedGrants` (
  `Key` varchar(200),
  `ClientId` varchar(200) NOT NULL,
  `CreationTime` datetime(6) NOT NULL,
  `Data` longtext NOT NULL,
  `Expiration` datetime(6),
  `SubjectId` varchar(200) NOT NULL,
  `Type` varchar(50) NOT NULL,
  PRIMARY KEY (`Key`)
);

CREATE TABLE `Users` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `CreatedBy` int NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `Email` varchar(256) NOT NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `LastLogin` datetime(6),
  `Password` longtext NOT NULL,
  `Permissions` int NOT NULL,
  `PhoneNumber` longtext,
  `Status` int NOT NULL,
  `UpdatedBy` int,
  `UpdatedDate` datetime(6),
  `UserName` varchar(100) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`AgencyId`) REFERENCES `Agency` (`Id`)
);

-- ===== src/ClientManager/Travely.ClientManager.Repository/Migrations/TouristContextModelSnapshot.cs
CREATE TABLE `Preference` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CreatedDate` datetime(6) NOT NULL,
  `Note` longtext,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Tourist` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `DateOfBirth` datetime(6),
  `Email` longtext,
  `ExpireDate` datetime(6),
  `FirstName` longtext,
  `IsMain` tinyint(1) NOT NULL,
  `IssuedBy` longtext,
  `IssuedDate` datetime(6),
  `LastName` longtext,
  `Notes` longtext,
  `PassportNumber` longtext,
  `PhoneNumber` longtext,
  `PlaceOfBirth` longtext,
  PRIMARY KEY (`Id`)
);

-- ===== src/TourManager/Travely.TourManager.DAL/Migrations/DataContextModelSnapshot.cs
CREATE TABLE `Genders` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Sex` longtext NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `TourStatus` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `StatusName` longtext NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `TourType` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `TypeName` longtext NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Tour` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ArrivalDate` datetime(6),
  `ArrivalFlightNumber` longtext,
  `ArrivalLocation` longtext,
  `ArrivalTime` time,
  `Cost` decimal(18,2) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `CreatedBy` longtext,
  `DepartureDate` datetime(6),
  `DepartureFlightNumber` longtext,
  `DepartureLocation` longtext,
  `DepartureTime` time,
  `EndDate` datetime(6),
  `IsDeleted` tinyint(1) NOT NULL,
  `LastEditedAt` datetime(6),
  `LastEditedBy` longtext,
  `Notes` longtext,
  `PartnerName` longtext,
  `StartDate` datetime(6),
  `TourName` longtext NOT NULL,
  `TourStatusId` int NOT NULL,
  `TourTypeId` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`TourStatusId`) REFERENCES `TourStatus` (`Id`),
  FOREIGN KEY (`TourTypeId`) REFERENCES `TourType` (`Id`)
);

CREATE TABLE `Group` (
  `Id` int NOT NULL,
  `Country` longtext,
  `IsDeleted` tinyint(1) NOT NULL,
  `NumberOfChildren` int NOT NULL,
  `NumberOfParticipants` int NOT NULL,
  `Preferences` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`Id`) REFERENCES `Tour` (`Id`)
);

CREATE TABLE `Language` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `LanguageName` longtext NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GroupLanguages` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `GroupId` int NOT NULL,
  `LanguageId` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`GroupId`) REFERENCES `Group` (`Id`),
  FOREIGN KEY (`LanguageId`) REFERENCES `Language` (`Id`)
);

CREATE TABLE `Participant` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Age` int NOT NULL,
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `GenderId` int NOT NULL,
  `GroupId` int NOT NULL,
  `IsAllInclusive` tinyint(1) NOT NULL,
  `PassportNumber` longtext,
  `SpecialPreferences` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`GenderId`) REFERENCES `Genders` (`Id`),
  FOREIGN KEY (`GroupId`) REFERENCES `Group` (`Id`)
);

-- ===== src/TourManager/TourManager.Repository.EfCore.MsSql/Migrations/TourDbContextModelSnapshot.cs
CREATE TABLE `Tours` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `DropOffDetails` longtext,
  `DropOffTime` time NOT NULL,
  `EndDate` datetime(6) NOT NULL,
  `IsPackage` tinyint(1) NOT NULL,
  `Name` varchar(50) NOT NULL,
  `Notes` longtext,
  `Origin` longtext,
  `PickUpDetails` longtext,
  `PickUpTime` time NOT NULL,
  `Price` decimal(18,2) NOT NULL,
  `StartDate` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Bookings` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `BookingProperty` longtext,
  `BookingService` longtext,
  `ExternalId` int NOT NULL,
  `Status` int NOT NULL,
  `TourId` int NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`TourId`) REFERENCES `Tours` (`Id`)
);

CREATE TABLE `Clients` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `DateOfBirth` datetime(6) NOT NULL,
  `Email` longtext,
  `ExpireDate` datetime(6) NOT NULL,
  `ExternalId` int NOT NULL,
  `FirstName` longtext,
  `IssueDate` datetime(6) NOT NULL,
  `IssuedBy` longtext,
  `LastName` longtext,
  `Notes` longtext,
  `PassportNumber` longtext,
  `Phone` longtext,
  `PlaceOfBirth` longtext,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `TourClients` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClientId` int NOT NULL,
  `TourId` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ClientId`) REFERENCES `Clients` (`Id`),
  FOREIGN KEY (`TourId`) REFERENCES `Tours` (`Id`)
);

-- ===== src/SupplierManager/Travely.SupplierManager.Repository/Migrations/SupplierDbContextModelSnapshot.cs
CREATE TABLE `LocationEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Latitude` float NOT NULL,
  `Longitude` float NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `AccommodationEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` varchar(150),
  `AgencyId` int NOT NULL,
  `AllInclusive` tinyint(1) NOT NULL,
  `CheckInTime` time NOT NULL,
  `CheckOutTime` time NOT NULL,
  `City` varchar(50),
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `ContactPerson` varchar(50),
  `Cost` decimal(20,2) NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `CreatedBy` varchar(50),
  `ExpiryDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `LastEditedAt` datetime(6) NOT NULL,
  `LastEditedBy` varchar(50),
  `LocationId` int,
  `Name` varchar(50) NOT NULL,
  `Notes` varchar(500),
  `SignDate` datetime(6) NOT NULL,
  `Status` int NOT NULL,
  `TmRegion` int NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`LocationId`) REFERENCES `LocationEntity` (`Id`)
);

CREATE TABLE `AccommodationServiceEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccommodationId` int,
  `Service` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`AccommodationId`) REFERENCES `AccommodationEntity` (`Id`)
);

CREATE TABLE `ActivitiesEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `Cost` decimal(20,2) NOT NULL,
  `Description` varchar(500),
  `Duration` int NOT NULL,
  `ExpiryDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `Notes` varchar(500),
  `SignDate` datetime(6) NOT NULL,
  `TypeName` varchar(50),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `TransportationEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` varchar(150),
  `AgencyId` int NOT NULL,
  `City` varchar(50),
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `ContactPerson` varchar(50),
  `CreatedAt` datetime(6) NOT NULL,
  `CreatedBy` varchar(50),
  `ExpiryDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `LastEditedAt` datetime(6) NOT NULL,
  `LastEditedBy` varchar(50),
  `LocationId` int,
  `Name` varchar(50) NOT NULL,
  `Notes` varchar(500),
  `SignDate` datetime(6) NOT NULL,
  `TmRegion` int NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`LocationId`) REFERENCES `LocationEntity` (`Id`)
);

CREATE TABLE `CarEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Color` varchar(50),
  `Model` varchar(50),
  `NumberOfCarSeats` int NOT NULL,
  `NumberOfSeats` int NOT NULL,
  `PlateNumber` varchar(10),
  `TransportationId` int,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`TransportationId`) REFERENCES `TransportationEntity` (`Id`)
);

CREATE TABLE `DriverEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ContactNumber` longtext,
  `Name` varchar(50) NOT NULL,
  `TransportationId` int,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`TransportationId`) REFERENCES `TransportationEntity` (`Id`)
);

CREATE TABLE `MenuEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `FoodEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` varchar(150),
  `AgencyId` int NOT NULL,
  `City` varchar(50),
  `ClosingHoursW` time NOT NULL,
  `ClosingHoursWd` time NOT NULL,
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `ContactPerson` varchar(50),
  `Cost` decimal(20,2) NOT NULL,
  `ExpiryDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `LocationId` int,
  `MenuId` int,
  `Name` varchar(50) NOT NULL,
  `Notes` varchar(500),
  `OpeningHoursW` time NOT NULL,
  `OpeningHoursWd` time NOT NULL,
  `SignDate` datetime(6) NOT NULL,
  `TmRegion` int NOT NULL,
  `Type` int NOT NULL,
  `Weekends` tinyint(1) NOT NULL,
  `WorkingDays` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`LocationId`) REFERENCES `LocationEntity` (`Id`),
  FOREIGN KEY (`MenuId`) REFERENCES `MenuEntity` (`Id`)
);

CREATE TABLE `GuidesEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` varchar(150),
  `AgencyId` int NOT NULL,
  `City` varchar(50),
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `ContactPerson` varchar(50),
  `Cost` decimal(20,2) NOT NULL,
  `ExpiryDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `LocationId` int,
  `Name` varchar(50) NOT NULL,
  `Notes` varchar(500),
  `SignDate` datetime(6) NOT NULL,
  `TmRegion` int NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`LocationId`) REFERENCES `LocationEntity` (`Id`)
);

CREATE TABLE `GuideEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ContactEmail` longtext,
  `ContactNumber` longtext,
  `GuidesId` int,
  `Image` char(36) NOT NULL,
  `Name` varchar(50) NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`GuidesId`) REFERENCES `GuidesEntity` (`Id`)
);

CREATE TABLE `LanguageEntity<DriverEntity>` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(30),
  `UserId` int,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `DriverEntity` (`Id`)
);

CREATE TABLE `LanguageEntity<GuideEntity>` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(30),
  `UserId` int,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`UserId`) REFERENCES `GuideEntity` (`Id`)
);

CREATE TABLE `LicenseTypeEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `DriverId` int,
  `LicenseType` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`DriverId`) REFERENCES `DriverEntity` (`Id`)
);

CREATE TABLE `RoomEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AccommodationId` int,
  `AdditionalBeds` int NOT NULL,
  `NumberOfBeds` int NOT NULL,
  `Price` decimal(20,2) NOT NULL,
  `Quantity` int NOT NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`AccommodationId`) REFERENCES `AccommodationEntity` (`Id`)
);

CREATE TABLE `RoomServiceEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `RoomId` int,
  `Service` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`RoomId`) REFERENCES `RoomEntity` (`Id`)
);

CREATE TABLE `TagEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `MenuId` int,
  `Name` varchar(30),
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`MenuId`) REFERENCES `MenuEntity` (`Id`)
);

-- ===== src/PropertyManager/Travely.PropertyManager.Data/Migrations/PropertyDbContextModelSnapshot.cs
CREATE TABLE `Property` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address` longtext,
  `AgencyId` int NOT NULL,
  `ContactName` longtext,
  `Email` varchar(320),
  `Latitude` decimal(8,6),
  `Longitude` decimal(9,6),
  `Name` longtext NOT NULL,
  `Phone` varchar(30),
  `Stars` tinyint unsigned NOT NULL,
  `Website` longtext,
  PRIMARY KEY (`Id`)
);

-- ===== src/ServiceManager/Travely.ServiceManager.DAL/Migrations/ServiceManagerDbContextModelSnapshot.cs
CREATE TABLE `ActivityTypes` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `AgencyId` bigint NOT NULL,
  `Name` varchar(256) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Activities` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `ActivityTypeId` bigint NOT NULL,
  `Address` longtext NOT NULL,
  `ChangeUser` bigint,
  `ContactName` longtext NOT NULL,
  `CreatedDate` datetime(6) NOT NULL,
  `Currency` longtext,
  `EmailAddress` longtext NOT NULL,
  `LastUpdatedDate` datetime(6) NOT NULL,
  `Name` varchar(256) NOT NULL,
  `Notes` longtext,
  `Phone` longtext NOT NULL,
  `Price` decimal(18,2),
  `Website` longtext,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ActivityTypeId`) REFERENCES `ActivityTypes` (`Id`)
);

-- ===== src/PaymentManager/PaymentManager.Repositories/Migrations/PaymentDbContextModelSnapshot.cs
CREATE TABLE `PayableEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ActualCost` decimal(20,2),
  `AgencyId` int NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `Currency` longtext,
  `Difference` decimal(20,2),
  `DueDate` datetime(6),
  `HasAttachment` tinyint(1) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Note` varchar(200),
  `PaidAmount` decimal(20,2) NOT NULL,
  `PaymentDate` datetime(6),
  `PaymentType` int,
  `PlannedCost` decimal(20,2) NOT NULL,
  `Remaining` decimal(20,2),
  `Status` int NOT NULL,
  `SupplierId` int NOT NULL,
  `SupplierName` varchar(50) NOT NULL,
  `TourId` int NOT NULL,
  `TourName` varchar(50) NOT NULL,
  `TourStatus` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `PayableItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AttachmentId` char(36),
  `InvoiceId` varchar(64),
  `PaidAmount` decimal(20,2) NOT NULL,
  `PayableId` int,
  `PaymentDate` datetime(6) NOT NULL,
  `PaymentType` int NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`PayableId`) REFERENCES `PayableEntity` (`Id`)
);

CREATE TABLE `ReceivableEntity` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AgencyId` int NOT NULL,
  `CreatedAt` datetime(6) NOT NULL,
  `Currency` longtext,
  `DueDate` datetime(6),
  `HasAttachment` tinyint(1) NOT NULL,
  `InvoiceSent` tinyint(1) NOT NULL,
  `LastModified` datetime(6) NOT NULL,
  `Note` varchar(200),
  `PaidAmount` decimal(20,2) NOT NULL,
  `PartnerId` int NOT NULL,
  `PartnerName` varchar(50) NOT NULL,
  `PaymentDate` datetime(6),
  `PaymentType` int,
  `Rate` decimal(20,2) NOT NULL,
  `Remaining` decimal(20,2) NOT NULL,
  `Status` int NOT NULL,
  `TotalAmount` decimal(20,2) NOT NULL,
  `TourId` int NOT NULL,
  `TourName` varchar(50) NOT NULL,
  `TourStatus` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ReceivableItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AttachmentId` char(36),
  `InvoiceId` varchar(64),
  `InvoiceSent` tinyint(1) NOT NULL,
  `PaidAmount` decimal(20,2) NOT NULL,
  `PaymentDate` datetime(6) NOT NULL,
  `PaymentType` int NOT NULL,
  `ReceivableId` int,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ReceivableId`) REFERENCES `ReceivableEntity` (`Id`)
);

-- ===== src/SchedulerManager/Travely.SchedulerManager.Repository/Infrastructure/Migrations/SchedulerDbContextModelSnapshot.cs
CREATE TABLE `MessageTemplates` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreatedOn` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ModifiedOn` datetime(6),
  `Template` longtext NOT NULL,
  `TemplateName` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ScheduleInfos` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreatedOn` datetime(6) NOT NULL,
  `ExpirationDate` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `JsonData` longtext NOT NULL,
  `MessageTemplateId` bigint NOT NULL,
  `ModifiedOn` datetime(6),
  `Module` int NOT NULL,
  `RecurseId` bigint NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`MessageTemplateId`) REFERENCES `MessageTemplates` (`Id`)
);

CREATE TABLE `UserSchedules` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `CreatedOn` datetime(6) NOT NULL,
  `IsDeleted` tinyint(1) NOT NULL,
  `ModifiedOn` datetime(6),
  `ScheduleInfoId` bigint NOT NULL,
  `Status` int NOT NULL,
  `UserId` bigint NOT NULL,
  PRIMARY KEY (`Id`),
  FOREIGN KEY (`ScheduleInfoId`) REFERENCES `ScheduleInfos` (`Id`)
);

-- ===== src/ReportingManager/Travely.ReportingManager.Data/Infrastructure/Migrations/ToDoDbContextModelSnapshot.cs
CREATE TABLE `ToDoItems` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CreatedDate` datetime(6) NOT NULL,
  `Deadline` datetime(6) NOT NULL,
  `Description` varchar(1000),
  `ModifiedDate` datetime(6),
  `Name` varchar(50) NOT NULL,
  `Priority` int NOT NULL,
  `Reminder` datetime(6),
  `Status` int NOT NULL,
  `TourId` int,
  `UserId` bigint NOT NULL,
  PRIMARY KEY (`Id`)
);

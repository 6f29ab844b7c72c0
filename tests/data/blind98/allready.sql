-- allReady (github.com/HTBox/allReady, commit b3d35a17c2d6538c38a2e6a52f1c2914702a6fb7, MIT)
-- Tables rebuilt from the EF Core migrations (AllReadyApp/Web-App/AllReady/Migrations/*.cs, Up() methods replayed in
-- order; SQL Server types translated to MySQL). Table names are upstream's, including the ASP.NET Identity ones.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ApplicationUser` (
  `Id` varchar(255) NOT NULL,
  `AccessFailedCount` int NOT NULL,
  `ConcurrencyStamp` longtext NULL,
  `Email` varchar(256) NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `FirstName` longtext NULL,
  `LastName` longtext NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) NULL,
  `NormalizedEmail` varchar(256) NULL,
  `NormalizedUserName` varchar(256) NULL,
  `OrganizationId` int NULL,
  `PasswordHash` longtext NULL,
  `PendingNewEmail` longtext NULL,
  `PhoneNumber` longtext NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `SecurityStamp` longtext NULL,
  `TimeZoneId` longtext NOT NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `UserName` varchar(256) NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `IdentityRole` (
  `Id` varchar(255) NOT NULL,
  `ConcurrencyStamp` longtext NULL,
  `Name` varchar(256) NULL,
  `NormalizedName` varchar(256) NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `IdentityRoleClaim<string>` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext NULL,
  `ClaimValue` longtext NULL,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `IdentityUserClaim<string>` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ClaimType` longtext NULL,
  `ClaimValue` longtext NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `IdentityUserLogin<string>` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` longtext NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`)
);

CREATE TABLE `IdentityUserRole<string>` (
  `UserId` varchar(255) NOT NULL,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`)
);

CREATE TABLE `IdentityUserToken<string>` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` longtext NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`)
);

CREATE TABLE `Organization` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `DescriptionHtml` longtext NULL,
  `LocationId` int NULL,
  `LogoUrl` longtext NULL,
  `Name` longtext NOT NULL,
  `PrivacyPolicy` longtext NULL,
  `PrivacyPolicyUrl` longtext NULL,
  `Summary` varchar(250) NULL,
  `WebUrl` longtext NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `OrganizationContact` (
  `OrganizationId` int NOT NULL,
  `ContactId` int NOT NULL,
  `ContactType` int NOT NULL,
  PRIMARY KEY (`OrganizationId`, `ContactId`, `ContactType`)
);

CREATE TABLE `Contact` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Email` longtext NULL,
  `FirstName` longtext NULL,
  `LastName` longtext NULL,
  `PhoneNumber` longtext NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Location` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Address1` longtext NULL,
  `Address2` longtext NULL,
  `City` longtext NULL,
  `Country` longtext NULL,
  `Name` longtext NULL,
  `PhoneNumber` longtext NULL,
  `PostalCode` longtext NULL,
  `State` longtext NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Campaign` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Description` longtext NULL,
  `EndDateTime` datetime(6) NOT NULL,
  `ExternalUrl` longtext NULL,
  `ExternalUrlText` longtext NULL,
  `Featured` tinyint(1) NOT NULL,
  `FullDescription` longtext NULL,
  `Headline` varchar(150) NULL,
  `ImageUrl` longtext NULL,
  `LocationId` int NULL,
  `Locked` tinyint(1) NOT NULL,
  `ManagingOrganizationId` int NOT NULL,
  `Name` longtext NOT NULL,
  `OrganizerId` varchar(255) NULL,
  `StartDateTime` datetime(6) NOT NULL,
  `TimeZoneId` longtext NOT NULL,
  `Published` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CampaignContact` (
  `CampaignId` int NOT NULL,
  `ContactId` int NOT NULL,
  `ContactType` int NOT NULL,
  PRIMARY KEY (`CampaignId`, `ContactId`, `ContactType`)
);

CREATE TABLE `CampaignGoal` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CurrentGoalLevel` int NOT NULL,
  `Display` tinyint(1) NOT NULL,
  `GoalType` int NOT NULL,
  `NumericGoal` int NOT NULL,
  `TextualGoal` longtext NULL,
  `CampaignId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CampaignManager` (
  `UserId` varchar(255) NOT NULL,
  `CampaignId` int NOT NULL,
  PRIMARY KEY (`UserId`, `CampaignId`)
);

CREATE TABLE `CampaignManagerInvite` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AcceptedDateTimeUtc` datetime(6) NULL,
  `CampaignId` int NOT NULL,
  `CustomMessage` longtext NULL,
  `InviteeEmailAddress` longtext NOT NULL,
  `RejectedDateTimeUtc` datetime(6) NULL,
  `RevokedDateTimeUtc` datetime(6) NULL,
  `SenderUserId` varchar(255) NOT NULL,
  `SentDateTimeUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CampaignSponsors` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CampaignId` int NULL,
  `OrganizationId` int NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Event` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CampaignId` int NOT NULL,
  `Description` longtext NULL,
  `EndDateTime` datetime(6) NOT NULL,
  `EventType` int NOT NULL,
  `Headline` varchar(150) NULL,
  `ImageUrl` longtext NULL,
  `IsAllowWaitList` tinyint(1) NOT NULL,
  `IsLimitVolunteers` tinyint(1) NOT NULL,
  `LocationId` int NULL,
  `Name` longtext NOT NULL,
  `OrganizerId` varchar(255) NULL,
  `StartDateTime` datetime(6) NOT NULL,
  `TimeZoneId` longtext NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `EventManager` (
  `UserId` varchar(255) NOT NULL,
  `EventId` int NOT NULL,
  PRIMARY KEY (`UserId`, `EventId`)
);

CREATE TABLE `EventManagerInvite` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AcceptedDateTimeUtc` datetime(6) NULL,
  `CustomMessage` longtext NULL,
  `EventId` int NOT NULL,
  `InviteeEmailAddress` longtext NOT NULL,
  `RejectedDateTimeUtc` datetime(6) NULL,
  `RevokedDateTimeUtc` datetime(6) NULL,
  `SenderUserId` varchar(255) NOT NULL,
  `SentDateTimeUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `EventSkill` (
  `EventId` int NOT NULL,
  `SkillId` int NOT NULL,
  PRIMARY KEY (`EventId`, `SkillId`)
);

CREATE TABLE `Skill` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Description` longtext NULL,
  `Name` longtext NOT NULL,
  `OwningOrganizationId` int NULL,
  `ParentSkillId` int NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `UserSkill` (
  `UserId` varchar(255) NOT NULL,
  `SkillId` int NOT NULL,
  PRIMARY KEY (`UserId`, `SkillId`)
);

CREATE TABLE `VolunteerTask` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Description` longtext NULL,
  `EndDateTime` datetime(6) NOT NULL,
  `EventId` int NOT NULL,
  `IsAllowWaitList` tinyint(1) NOT NULL,
  `IsLimitVolunteers` tinyint(1) NOT NULL,
  `Name` longtext NOT NULL,
  `NumberOfVolunteersRequired` int NOT NULL,
  `OrganizationId` int NULL,
  `StartDateTime` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `VolunteerTaskSignup` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AdditionalInfo` longtext NULL,
  `ItineraryId` int NULL,
  `Status` int NOT NULL,
  `StatusDateTimeUtc` datetime(6) NOT NULL,
  `StatusDescription` longtext NULL,
  `UserId` varchar(450) NULL,
  `VolunteerTaskId` int NOT NULL,
  `IsTeamLead` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `VolunteerTaskSkill` (
  `VolunteerTaskId` int NOT NULL,
  `SkillId` int NOT NULL,
  PRIMARY KEY (`VolunteerTaskId`, `SkillId`)
);

CREATE TABLE `FileAttachment` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Description` longtext NULL,
  `Name` longtext NOT NULL,
  `VolunteerTaskId` int NOT NULL,
  `Url` longtext NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Itinerary` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Date` datetime(6) NOT NULL,
  `EventId` int NOT NULL,
  `Name` longtext NULL,
  `EndLatitude` double NOT NULL,
  `EndLocationId` int NULL,
  `EndLongitude` double NOT NULL,
  `StartLatitude` double NOT NULL,
  `StartLocationId` int NULL,
  `StartLongitude` double NOT NULL,
  `UseStartAddressAsEndAddress` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ItineraryRequest` (
  `ItineraryId` int NOT NULL,
  `RequestId` char(36) NOT NULL,
  `DateAssigned` datetime(6) NOT NULL,
  `OrderIndex` int NOT NULL,
  PRIMARY KEY (`ItineraryId`, `RequestId`)
);

CREATE TABLE `Request` (
  `RequestId` char(36) NOT NULL,
  `Address` longtext NULL,
  `City` longtext NULL,
  `DateAdded` datetime(6) NOT NULL,
  `Email` longtext NULL,
  `EventId` int NULL,
  `Latitude` double NOT NULL,
  `Longitude` double NOT NULL,
  `Name` longtext NULL,
  `Phone` longtext NULL,
  `ProviderData` longtext NULL,
  `State` longtext NULL,
  `Status` int NOT NULL,
  `PostalCode` longtext NULL,
  `Source` int NOT NULL,
  `ProviderRequestId` longtext NULL,
  `OrganizationId` int NULL,
  `ItineraryId` int NULL,
  `Notes` longtext NULL,
  `ItineraryId1` int NULL,
  `ItineraryRequestId` char(36) NULL,
  PRIMARY KEY (`RequestId`)
);

CREATE TABLE `RequestComment` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Comment` longtext NOT NULL,
  `CreatedUtcDate` datetime(6) NOT NULL,
  `RequestId` char(36) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Resource` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CategoryTag` longtext NULL,
  `Description` longtext NULL,
  `MediaUrl` longtext NULL,
  `Name` longtext NULL,
  `PublishDateBegin` datetime(6) NOT NULL,
  `PublishDateEnd` datetime(6) NOT NULL,
  `ResourceUrl` longtext NULL,
  `CampaignId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ClosestLocation` (
  `PostalCode` varchar(255) NOT NULL,
  `City` longtext NULL,
  `Distance` double NOT NULL,
  `State` longtext NULL,
  PRIMARY KEY (`PostalCode`)
);

CREATE TABLE `PostalCodeGeo` (
  `PostalCode` varchar(255) NOT NULL,
  `City` longtext NULL,
  `State` longtext NULL,
  PRIMARY KEY (`PostalCode`)
);

CREATE TABLE `PostalCodeGeoCoordinate` (
  `Latitude` double NOT NULL,
  `Longitude` double NOT NULL,
  PRIMARY KEY (`Latitude`, `Longitude`)
);

-- TrashMob.eco (TrashMob.eco, a US non-profit): volunteer litter clean-up events, litter reports, bag pick-up locations for
-- municipal and business hauling partners, adopt-an-area programmes of communities, waivers, dependants, route tracking
-- Upstream: github.com/TrashMob-eco/TrashMob TrashMob.Shared/Migrations/MobDbContextModelSnapshot.cs (EF Core 10 model
-- snapshot, SQL Server), read at commit ab54f8b5790154c0de770bd587fe9e9198353a09 (file last changed in
-- 48f9700ecac3cedda0aa8cb1cba71adfdfc32e5b), Apache-2.0
-- Written as MySQL by a small script from the snapshot: one table per entity (ToTable name), columns in the snapshot's order
-- (key columns first, then the rest alphabetically, as EF Core lists them), primary keys, unique indexes (SQL Server filtered
-- unique indexes as plain UNIQUE keys) and foreign keys (HasOne … HasForeignKey, upstream constraint names) as upstream.
-- Types: uniqueidentifier → CHAR(36), nvarchar(n ≤ 1024) → VARCHAR(n), longer nvarchar(n) → TEXT, nvarchar(max) → LONGTEXT,
-- datetimeoffset → DATETIME(6), bit → BOOLEAN, float → DOUBLE, geography → GEOMETRY (changed types noted in comments);
-- nullability from the CLR type (value types NOT NULL unless nullable, strings NOT NULL when IsRequired); identity → AUTO_INCREMENT;
-- constant defaults kept. Tables ordered so that referenced tables come first where possible; Events and EventSummaries
-- refer to each other (Events.EventSummaryEventId, EventSummaries.EventId), hence FOREIGN_KEY_CHECKS=0 around the file.
-- 45 of upstream's 96 tables kept, their columns complete. Left out (and the foreign keys pointing at them): TrashMob's own
-- fundraising and sales CRM (Contacts, ContactNotes, ContactTags, ContactContactTags, Donations, Pledges, Grants, GrantTasks,
-- CommunityProspects, ProspectActivities, ProspectContacts, ProspectOutreachEmails, SalesReports, SalesReportSubscribers,
-- SalesMonthlyTargets), newsletters and e-mail invitation batches (Newsletters, NewsletterTemplates, EmailInvites,
-- EmailInviteBatches), team/partner photos, documents, social accounts, requests and invitations (TeamPhotos, PartnerPhotos,
-- PartnerDocuments, PartnerSocialMediaAccounts, PartnerRequests, PartnerRequestStatus, PartnerContacts, PartnerAdminInvitation,
-- TeamJoinRequests, TeamEvents, TeamAdoptionEvents), dependant invitations, waivers and PRIVO parental consents
-- (DependentInvitations, DependentWaivers, ParentalConsents, CommunityWaivers, WaiverStatuses), professional cleaning companies
-- and sponsorships (ProfessionalCompanies, ProfessionalCompanyUsers, ProfessionalCleanupLogs, Sponsors, SponsoredAdoptions),
-- area generation (AreaGenerationBatches, StagedAdoptableAreas), photo moderation logs and flags (PhotoModerationLogs,
-- PhotoFlags), IftttTriggers, MessageRequests, JobOpportunities, LeaderboardCaches, SiteMetrics, InvitationStatuses,
-- SocialMediaAccountTypes.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Users` (
    `Id` CHAR(36) NOT NULL,
    `AchievementNotificationsEnabled` BOOLEAN NOT NULL,
    `City` VARCHAR(64),
    `Country` LONGTEXT, -- SQL Server nvarchar(max)
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DateAgreedToTrashMobWaiver` DATETIME(6), -- SQL Server datetimeoffset
    `DateOfBirth` DATETIME(6), -- SQL Server datetimeoffset
    `DependentId` CHAR(36),
    `Email` VARCHAR(64),
    `GivenName` VARCHAR(64),
    `IdentityVerifiedDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsIdentityVerified` BOOLEAN NOT NULL DEFAULT FALSE,
    `IsMinor` BOOLEAN NOT NULL DEFAULT FALSE,
    `IsSiteAdmin` BOOLEAN NOT NULL,
    `LastDataExportRequestedDate` DATETIME(6), -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `Longitude` DOUBLE,
    `MemberSince` DATETIME(6), -- SQL Server datetimeoffset
    `NameIdentifier` LONGTEXT, -- SQL Server nvarchar(max)
    `ObjectId` CHAR(36) NOT NULL,
    `ParentUserId` CHAR(36),
    `PostalCode` VARCHAR(25),
    `PrefersMetric` BOOLEAN NOT NULL,
    `PrivoSid` VARCHAR(256),
    `ProfilePhotoUrl` VARCHAR(500),
    `Region` LONGTEXT, -- SQL Server nvarchar(max)
    `ShowOnLeaderboards` BOOLEAN NOT NULL,
    `SourceSystemUserName` VARCHAR(32),
    `Surname` VARCHAR(64),
    `TrashMobWaiverVersion` VARCHAR(50),
    `TravelLimitForLocalEvents` INT NOT NULL,
    `UserName` VARCHAR(32),
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_Users_Email` (`Email`),
    UNIQUE KEY `IX_Users_UserName` (`UserName`),
    CONSTRAINT `FK_User_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_User_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `Roles` (
    `Id` INT NOT NULL,
    `Description` VARCHAR(300),
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(60) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_Roles_Name` (`Name`)
);

CREATE TABLE `UserRoles` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ExpiryDate` DATETIME(6), -- SQL Server datetimeoffset
    `GrantedByUserId` CHAR(36) NOT NULL,
    `GrantedDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `RevokedByUserId` CHAR(36),
    `RevokedDate` DATETIME(6), -- SQL Server datetimeoffset
    `RevokedReason` VARCHAR(500),
    `RoleId` INT NOT NULL,
    `UserId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `UX_UserRoles_Active` (`UserId`, `RoleId`),
    CONSTRAINT `FK_UserRoles_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserRoles_User_GrantedBy` FOREIGN KEY (`GrantedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserRoles_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserRoles_Role` FOREIGN KEY (`RoleId`) REFERENCES `Roles` (`Id`),
    CONSTRAINT `FK_UserRoles_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `WaiverVersions` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EffectiveDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `ExpiryDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsActive` BOOLEAN NOT NULL DEFAULT TRUE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Name` VARCHAR(200) NOT NULL,
    `Scope` INT NOT NULL,
    `Version` VARCHAR(50) NOT NULL,
    `WaiverText` LONGTEXT NOT NULL, -- SQL Server nvarchar(max)
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_WaiverVersions_Name_Version` (`Name`, `Version`),
    CONSTRAINT `FK_WaiverVersions_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_WaiverVersions_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `UserWaivers` (
    `Id` CHAR(36) NOT NULL,
    `AcceptedDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DocumentUrl` TEXT, -- SQL Server nvarchar(2048)
    `ExpiryDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `GuardianName` VARCHAR(200),
    `GuardianRelationship` VARCHAR(100),
    `GuardianUserId` CHAR(36),
    `IPAddress` VARCHAR(50),
    `IsMinor` BOOLEAN NOT NULL DEFAULT FALSE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `SigningMethod` VARCHAR(50),
    `TypedLegalName` VARCHAR(200),
    `UploadedByUserId` CHAR(36),
    `UserAgent` VARCHAR(500),
    `UserId` CHAR(36) NOT NULL,
    `WaiverTextSnapshot` LONGTEXT, -- SQL Server nvarchar(max)
    `WaiverVersionId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_UserWaivers_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserWaivers_GuardianUser` FOREIGN KEY (`GuardianUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserWaivers_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserWaivers_UploadedByUser` FOREIGN KEY (`UploadedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserWaivers_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserWaivers_WaiverVersion` FOREIGN KEY (`WaiverVersionId`) REFERENCES `WaiverVersions` (`Id`)
);

CREATE TABLE `EventStatuses` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `WeightUnits` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `EventSummaries` (
    `EventId` CHAR(36) NOT NULL,
    `ActualNumberOfAttendees` INT NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DurationInMinutes` INT NOT NULL,
    `IsFromRouteData` BOOLEAN NOT NULL DEFAULT FALSE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Notes` TEXT, -- SQL Server nvarchar(2048)
    `NumberOfBags` INT NOT NULL,
    `NumberOfBuckets` INT NOT NULL,
    `PickedWeight` DECIMAL(10,1) NOT NULL,
    `PickedWeightUnitId` INT NOT NULL DEFAULT 0,
    `WeightUnitId` INT,
    PRIMARY KEY (`EventId`),
    CONSTRAINT `FK_EventSummaries_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventSummary_Events` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventSummaries_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventSummary_PickedWeightUnits` FOREIGN KEY (`PickedWeightUnitId`) REFERENCES `WeightUnits` (`Id`),
    CONSTRAINT `FK_EventSummaries_WeightUnits_WeightUnitId` FOREIGN KEY (`WeightUnitId`) REFERENCES `WeightUnits` (`Id`)
);

CREATE TABLE `EventTypes` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `Teams` (
    `Id` CHAR(36) NOT NULL,
    `City` VARCHAR(256),
    `Country` VARCHAR(64),
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Description` TEXT, -- SQL Server nvarchar(2048)
    `IsActive` BOOLEAN NOT NULL DEFAULT TRUE,
    `IsPublic` BOOLEAN NOT NULL DEFAULT TRUE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `LogoUrl` VARCHAR(500),
    `Longitude` DOUBLE,
    `Name` VARCHAR(200) NOT NULL,
    `PostalCode` VARCHAR(25),
    `Region` VARCHAR(256),
    `RequiresApproval` BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_Teams_Name` (`Name`),
    CONSTRAINT `FK_Teams_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Teams_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `Events` (
    `Id` CHAR(36) NOT NULL,
    `CancellationReason` LONGTEXT, -- SQL Server nvarchar(max)
    `City` VARCHAR(256) NOT NULL,
    `Country` VARCHAR(64) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Description` TEXT NOT NULL, -- SQL Server nvarchar(2048)
    `DurationHours` INT NOT NULL,
    `DurationMinutes` INT NOT NULL,
    `EventDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `EventStatusId` INT NOT NULL,
    `EventSummaryEventId` CHAR(36),
    `EventTypeId` INT NOT NULL,
    `EventVisibilityId` INT NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `Longitude` DOUBLE,
    `MaxNumberOfParticipants` INT NOT NULL,
    `Name` VARCHAR(256) NOT NULL,
    `PostalCode` VARCHAR(25) NOT NULL,
    `Region` VARCHAR(256) NOT NULL,
    `StreetAddress` VARCHAR(256) NOT NULL,
    `TeamId` CHAR(36),
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_Events_ApplicationUser_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Events_EventStatuses` FOREIGN KEY (`EventStatusId`) REFERENCES `EventStatuses` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_Events_EventSummaries_EventSummaryEventId` FOREIGN KEY (`EventSummaryEventId`) REFERENCES `EventSummaries` (`EventId`),
    CONSTRAINT `FK_Events_EventTypes` FOREIGN KEY (`EventTypeId`) REFERENCES `EventTypes` (`Id`),
    CONSTRAINT `FK_Events_ApplicationUser_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Events_Teams_TeamId` FOREIGN KEY (`TeamId`) REFERENCES `Teams` (`Id`) ON DELETE SET NULL
);

CREATE TABLE `UserNotificationTypes` (
    `Id` INT NOT NULL AUTO_INCREMENT,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `UserNotifications` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EventId` CHAR(36) NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `SentDate` DATETIME(6), -- SQL Server datetimeoffset
    `UserId` CHAR(36) NOT NULL,
    `UserNotificationTypeId` INT NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_UserNotification_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserNotifications_Event_Id` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_UserNotification_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserNotifications_User_Id` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserNotifications_UserNotificationTypes` FOREIGN KEY (`UserNotificationTypeId`) REFERENCES `UserNotificationTypes` (`Id`)
);

CREATE TABLE `NonEventUserNotifications` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `SentDate` DATETIME(6), -- SQL Server datetimeoffset
    `UserId` CHAR(36) NOT NULL,
    `UserNotificationTypeId` INT NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_NonEventUserNotification_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_NonEventUserNotification_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_NonEventUserNotifications_User_Id` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_NonEventUserNotifications_UserNotificationTypes` FOREIGN KEY (`UserNotificationTypeId`) REFERENCES `UserNotificationTypes` (`Id`)
);

CREATE TABLE `NewsletterCategories` (
    `Id` INT NOT NULL AUTO_INCREMENT,
    `Description` VARCHAR(500),
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `IsDefault` BOOLEAN NOT NULL,
    `Name` VARCHAR(100) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `UserNewsletterPreferences` (
    `UserId` CHAR(36) NOT NULL,
    `CategoryId` INT NOT NULL,
    `IsSubscribed` BOOLEAN NOT NULL,
    `SubscribedDate` DATETIME(6), -- SQL Server datetimeoffset
    `UnsubscribedDate` DATETIME(6), -- SQL Server datetimeoffset
    PRIMARY KEY (`UserId`, `CategoryId`),
    CONSTRAINT `FK_UserNewsletterPreferences_Category` FOREIGN KEY (`CategoryId`) REFERENCES `NewsletterCategories` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_UserNewsletterPreferences_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `UserFeedback` (
    `Id` CHAR(36) NOT NULL,
    `Category` VARCHAR(50) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Description` TEXT NOT NULL, -- SQL Server nvarchar(4000)
    `Email` VARCHAR(256),
    `GitHubIssueUrl` TEXT, -- SQL Server nvarchar(2048)
    `InternalNotes` TEXT, -- SQL Server nvarchar(4000)
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `PageUrl` TEXT, -- SQL Server nvarchar(2048)
    `ReviewedByUserId` CHAR(36),
    `ReviewedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ScreenshotUrl` TEXT, -- SQL Server nvarchar(2048)
    `Status` VARCHAR(50) NOT NULL DEFAULT 'New',
    `UserAgent` VARCHAR(1024),
    `UserId` CHAR(36),
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_UserFeedback_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserFeedback_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserFeedback_ReviewedByUser` FOREIGN KEY (`ReviewedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserFeedback_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `AchievementTypes` (
    `Id` INT NOT NULL,
    `Category` VARCHAR(50) NOT NULL,
    `Criteria` VARCHAR(1000) NOT NULL,
    `Description` VARCHAR(500),
    `DisplayName` VARCHAR(200) NOT NULL,
    `DisplayOrder` INT,
    `IconUrl` VARCHAR(500),
    `IsActive` BOOLEAN,
    `Name` VARCHAR(100) NOT NULL,
    `Points` INT NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `UserAchievements` (
    `Id` CHAR(36) NOT NULL,
    `AchievementTypeId` INT NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EarnedDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `NotificationSent` BOOLEAN NOT NULL,
    `UserId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_UserAchievements_UserId_AchievementTypeId` (`UserId`, `AchievementTypeId`),
    CONSTRAINT `FK_UserAchievements_AchievementType` FOREIGN KEY (`AchievementTypeId`) REFERENCES `AchievementTypes` (`Id`),
    CONSTRAINT `FK_UserAchievements_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserAchievements_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_UserAchievements_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `Dependents` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DateOfBirth` DATE NOT NULL,
    `Email` LONGTEXT, -- SQL Server nvarchar(max)
    `EmergencyContactPhone` VARCHAR(20),
    `FirstName` VARCHAR(100) NOT NULL,
    `IsActive` BOOLEAN NOT NULL DEFAULT TRUE,
    `LastName` VARCHAR(100) NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `MedicalNotes` VARCHAR(500),
    `ParentUserId` CHAR(36) NOT NULL,
    `ParentalConsentId` CHAR(36),
    `PrivoSid` VARCHAR(256),
    `Relationship` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_Dependents_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Dependents_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Dependents_User` FOREIGN KEY (`ParentUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `EventDependents` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DependentId` CHAR(36) NOT NULL,
    `DependentWaiverId` CHAR(36) NOT NULL,
    `EventId` CHAR(36) NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ParentUserId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_EventDependents_EventId_DependentId` (`EventId`, `DependentId`),
    CONSTRAINT `FK_EventDependents_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventDependents_Dependent` FOREIGN KEY (`DependentId`) REFERENCES `Dependents` (`Id`),
    CONSTRAINT `FK_EventDependents_Event` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventDependents_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventDependents_User` FOREIGN KEY (`ParentUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `EventAttendees` (
    `EventId` CHAR(36) NOT NULL,
    `UserId` CHAR(36) NOT NULL,
    `CanceledDate` DATETIME(6), -- SQL Server datetimeoffset
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsEventLead` BOOLEAN NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `SignUpDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `WaiverPendingDate` DATETIME(6), -- SQL Server datetimeoffset
    PRIMARY KEY (`EventId`, `UserId`),
    CONSTRAINT `FK_EventAttendees_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendees_Events` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventAttendees_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendees_ApplicationUser` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `EventAttendeeMetrics` (
    `Id` CHAR(36) NOT NULL,
    `AdjustedBagsCollected` INT,
    `AdjustedDurationMinutes` INT,
    `AdjustedPickedWeight` DECIMAL(10,1),
    `AdjustedPickedWeightUnitId` INT,
    `AdjustmentReason` VARCHAR(1000),
    `BagsCollected` INT,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DurationMinutes` INT,
    `EventId` CHAR(36) NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Notes` TEXT, -- SQL Server nvarchar(2048)
    `PickedWeight` DECIMAL(10,1),
    `PickedWeightUnitId` INT,
    `RejectionReason` VARCHAR(1000),
    `ReviewedByUserId` CHAR(36),
    `ReviewedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Status` VARCHAR(20) NOT NULL DEFAULT 'Pending',
    `UserId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_EventAttendeeMetrics_EventId_UserId` (`EventId`, `UserId`),
    CONSTRAINT `FK_EventAttendeeMetrics_AdjustedPickedWeightUnit` FOREIGN KEY (`AdjustedPickedWeightUnitId`) REFERENCES `WeightUnits` (`Id`),
    CONSTRAINT `FK_EventAttendeeMetrics_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeMetrics_Event` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_EventAttendeeMetrics_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeMetrics_PickedWeightUnit` FOREIGN KEY (`PickedWeightUnitId`) REFERENCES `WeightUnits` (`Id`),
    CONSTRAINT `FK_EventAttendeeMetrics_ReviewedByUser` FOREIGN KEY (`ReviewedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeMetrics_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `EventAttendeeRoutes` (
    `Id` CHAR(36) NOT NULL,
    `BagsCollected` INT,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DurationMinutes` INT NOT NULL,
    `EndTime` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `EventId` CHAR(36) NOT NULL,
    `ExpiresDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsTimeTrimmed` BOOLEAN NOT NULL DEFAULT FALSE,
    `IsTrimmed` BOOLEAN NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Notes` TEXT, -- SQL Server nvarchar(2000)
    `OriginalDurationMinutes` INT,
    `OriginalEndTime` DATETIME(6), -- SQL Server datetimeoffset
    `OriginalTotalDistanceMeters` INT,
    `PrivacyLevel` VARCHAR(20) DEFAULT 'EventOnly',
    `SessionId` CHAR(36),
    `StartTime` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `TotalDistanceMeters` INT NOT NULL,
    `TrimEndMeters` INT NOT NULL DEFAULT 100,
    `TrimStartMeters` INT NOT NULL DEFAULT 100,
    `UserId` CHAR(36) NOT NULL,
    `UserPath` GEOMETRY, -- SQL Server geography
    `WeightCollected` DECIMAL(18,2),
    `WeightUnitId` INT,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_EventAttendeeRoutes_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeRoutes_Events` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventAttendeeRoutes_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeRoutes_ApplicationUser` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventAttendeeRoutes_WeightUnits` FOREIGN KEY (`WeightUnitId`) REFERENCES `WeightUnits` (`Id`)
);

CREATE TABLE `RoutePoints` (
    `Id` BIGINT NOT NULL AUTO_INCREMENT,
    `Accuracy` DOUBLE,
    `Altitude` DOUBLE,
    `Latitude` DOUBLE NOT NULL,
    `Longitude` DOUBLE NOT NULL,
    `RouteId` CHAR(36) NOT NULL,
    `Timestamp` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_RoutePoints_EventAttendeeRoutes` FOREIGN KEY (`RouteId`) REFERENCES `EventAttendeeRoutes` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `LitterReportStatuses` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `LitterReports` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Description` TEXT NOT NULL, -- SQL Server nvarchar(2048)
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `LitterReportStatusId` INT NOT NULL,
    `Name` VARCHAR(64) NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_LitterReport_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_LitterReport_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_LitterReport_LitterReportStatuses` FOREIGN KEY (`LitterReportStatusId`) REFERENCES `LitterReportStatuses` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `EventLitterReports` (
    `EventId` CHAR(36) NOT NULL,
    `LitterReportId` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Notes` LONGTEXT, -- SQL Server nvarchar(max)
    PRIMARY KEY (`EventId`, `LitterReportId`),
    CONSTRAINT `FK_EventLitterReport_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventLitterReport_Event` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventLitterReport_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventLitterReport_LitterReport` FOREIGN KEY (`LitterReportId`) REFERENCES `LitterReports` (`Id`)
);

CREATE TABLE `EventPartnerLocationServiceStatuses` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `PartnerStatus` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `PartnerTypes` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `Partners` (
    `Id` CHAR(36) NOT NULL,
    `BannerImageUrl` VARCHAR(500),
    `BoundaryGeoJson` LONGTEXT, -- SQL Server nvarchar(max)
    `BoundsEast` DOUBLE,
    `BoundsNorth` DOUBLE,
    `BoundsSouth` DOUBLE,
    `BoundsWest` DOUBLE,
    `BrandingPrimaryColor` VARCHAR(7),
    `BrandingSecondaryColor` VARCHAR(7),
    `City` VARCHAR(256),
    `ContactEmail` VARCHAR(256),
    `ContactPhone` VARCHAR(50),
    `Country` VARCHAR(64),
    `CountyName` VARCHAR(256),
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `DefaultAllowCoAdoption` BOOLEAN,
    `DefaultCleanupFrequencyDays` INT,
    `DefaultMinEventsPerYear` INT,
    `DefaultSafetyRequirements` TEXT, -- SQL Server nvarchar(4000)
    `HomePageEnabled` BOOLEAN NOT NULL DEFAULT FALSE,
    `HomePageEndDate` DATETIME(6), -- SQL Server datetimeoffset
    `HomePageStartDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsFeatured` BOOLEAN NOT NULL DEFAULT FALSE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `LogoUrl` VARCHAR(500),
    `Longitude` DOUBLE,
    `Name` VARCHAR(128),
    `PartnerStatusId` INT NOT NULL,
    `PartnerTypeId` INT NOT NULL DEFAULT 2,
    `PhysicalAddress` VARCHAR(500),
    `PrivateNotes` TEXT, -- SQL Server nvarchar(2048)
    `PublicNotes` TEXT, -- SQL Server nvarchar(2048)
    `Region` VARCHAR(256),
    `RegionType` INT,
    `Slug` VARCHAR(100),
    `Tagline` VARCHAR(500),
    `Website` LONGTEXT, -- SQL Server nvarchar(max)
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_Partners_Slug` (`Slug`),
    CONSTRAINT `FK_Partners_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Partners_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_Partners_PartnerStatus` FOREIGN KEY (`PartnerStatusId`) REFERENCES `PartnerStatus` (`Id`),
    CONSTRAINT `FK_Partners_PartnerType` FOREIGN KEY (`PartnerTypeId`) REFERENCES `PartnerTypes` (`Id`)
);

CREATE TABLE `PartnerLocations` (
    `Id` CHAR(36) NOT NULL,
    `City` VARCHAR(256) NOT NULL,
    `Country` VARCHAR(64) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsActive` BOOLEAN NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `Longitude` DOUBLE,
    `Name` VARCHAR(128),
    `PartnerId` CHAR(36) NOT NULL,
    `PostalCode` VARCHAR(25) NOT NULL,
    `PrivateNotes` TEXT, -- SQL Server nvarchar(2048)
    `PublicNotes` TEXT, -- SQL Server nvarchar(2048)
    `Region` VARCHAR(256) NOT NULL,
    `StreetAddress` VARCHAR(256) NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_PartnerLocations_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerLocations_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerLocations_Partners` FOREIGN KEY (`PartnerId`) REFERENCES `Partners` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `ServiceTypes` (
    `Id` INT NOT NULL,
    `Description` LONGTEXT, -- SQL Server nvarchar(max)
    `DisplayOrder` INT,
    `IsActive` BOOLEAN,
    `Name` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`Id`)
);

CREATE TABLE `EventPartnerLocationServices` (
    `EventId` CHAR(36) NOT NULL,
    `PartnerLocationId` CHAR(36) NOT NULL,
    `ServiceTypeId` INT NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EventPartnerLocationServiceStatusId` INT NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    PRIMARY KEY (`EventId`, `PartnerLocationId`, `ServiceTypeId`),
    CONSTRAINT `FK_EventPartnerLocationServices_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPartnerLocationServices_Events` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`),
    CONSTRAINT `FK_EventPartnerLocationServices_EventPartnerLocationStatuses` FOREIGN KEY (`EventPartnerLocationServiceStatusId`) REFERENCES `EventPartnerLocationServiceStatuses` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_EventPartnerLocationServices_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPartnerLocationServices_PartnerLocations` FOREIGN KEY (`PartnerLocationId`) REFERENCES `PartnerLocations` (`Id`),
    CONSTRAINT `FK_EventPartnerLocationServices_ServiceTypes` FOREIGN KEY (`ServiceTypeId`) REFERENCES `ServiceTypes` (`Id`)
);

CREATE TABLE `EventPhotos` (
    `Id` CHAR(36) NOT NULL,
    `Caption` VARCHAR(500),
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EventId` CHAR(36) NOT NULL,
    `ImageUrl` VARCHAR(500) NOT NULL,
    `InReview` BOOLEAN NOT NULL DEFAULT FALSE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ModeratedByUserId` CHAR(36),
    `ModeratedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ModerationReason` VARCHAR(500),
    `ModerationStatus` INT NOT NULL DEFAULT 0,
    `PhotoType` INT NOT NULL,
    `ReviewRequestedByUserId` CHAR(36),
    `ReviewRequestedDate` DATETIME(6), -- SQL Server datetimeoffset
    `TakenAt` DATETIME(6), -- SQL Server datetimeoffset
    `ThumbnailUrl` VARCHAR(500),
    `UploadedByUserId` CHAR(36) NOT NULL,
    `UploadedDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_EventPhotos_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPhotos_Event` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_EventPhotos_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPhotos_ModeratedByUser` FOREIGN KEY (`ModeratedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPhotos_ReviewRequestedByUser` FOREIGN KEY (`ReviewRequestedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_EventPhotos_UploadedByUser` FOREIGN KEY (`UploadedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `PickupLocations` (
    `Id` CHAR(36) NOT NULL,
    `City` VARCHAR(256) NOT NULL,
    `Country` VARCHAR(64) NOT NULL,
    `County` LONGTEXT, -- SQL Server nvarchar(max)
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EventId` CHAR(36) NOT NULL,
    `HasBeenPickedUp` BOOLEAN NOT NULL,
    `HasBeenSubmitted` BOOLEAN NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `Longitude` DOUBLE,
    `Name` VARCHAR(50),
    `Notes` TEXT, -- SQL Server nvarchar(2048)
    `PostalCode` VARCHAR(25) NOT NULL,
    `Region` VARCHAR(256) NOT NULL,
    `StreetAddress` VARCHAR(256) NOT NULL,
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_PickupLocations_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PickupLocations_Events` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_PickupLocations_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `LitterImages` (
    `Id` CHAR(36) NOT NULL,
    `AzureBlobURL` LONGTEXT NOT NULL, -- SQL Server nvarchar(max)
    `City` LONGTEXT, -- SQL Server nvarchar(max)
    `Country` LONGTEXT, -- SQL Server nvarchar(max)
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `InReview` BOOLEAN NOT NULL DEFAULT FALSE,
    `IsCancelled` BOOLEAN NOT NULL DEFAULT FALSE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Latitude` DOUBLE,
    `LitterReportId` CHAR(36) NOT NULL,
    `Longitude` DOUBLE,
    `ModeratedByUserId` CHAR(36),
    `ModeratedDate` DATETIME(6), -- SQL Server datetimeoffset
    `ModerationReason` VARCHAR(500),
    `ModerationStatus` INT NOT NULL DEFAULT 0,
    `PostalCode` LONGTEXT, -- SQL Server nvarchar(max)
    `Region` LONGTEXT, -- SQL Server nvarchar(max)
    `ReviewRequestedByUserId` CHAR(36),
    `ReviewRequestedDate` DATETIME(6), -- SQL Server datetimeoffset
    `StreetAddress` LONGTEXT, -- SQL Server nvarchar(max)
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_LitterImage_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_LitterImage_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_LitterImage_LitterReports` FOREIGN KEY (`LitterReportId`) REFERENCES `LitterReports` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_LitterImage_ModeratedByUser` FOREIGN KEY (`ModeratedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_LitterImage_ReviewRequestedByUser` FOREIGN KEY (`ReviewRequestedByUserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `PartnerLocationContacts` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Email` VARCHAR(64),
    `IsActive` BOOLEAN,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Name` VARCHAR(64) NOT NULL,
    `Notes` TEXT, -- SQL Server nvarchar(2000)
    `PartnerLocationId` CHAR(36) NOT NULL,
    `Phone` VARCHAR(30),
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_PartnerLocationContacts_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerLocationContacts_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerLocationContacts_PartnerLocation` FOREIGN KEY (`PartnerLocationId`) REFERENCES `PartnerLocations` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `PartnerLocationServices` (
    `PartnerLocationId` CHAR(36) NOT NULL,
    `ServiceTypeId` INT NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsAdvanceNoticeRequired` BOOLEAN NOT NULL,
    `IsAutoApproved` BOOLEAN NOT NULL,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Notes` LONGTEXT, -- SQL Server nvarchar(max)
    PRIMARY KEY (`PartnerLocationId`, `ServiceTypeId`),
    CONSTRAINT `FK_PartnersLocationServices_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerLocationServices_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnersLocationService_PartnerLocations` FOREIGN KEY (`PartnerLocationId`) REFERENCES `PartnerLocations` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_PartnerLocationService_ServiceTypes` FOREIGN KEY (`ServiceTypeId`) REFERENCES `ServiceTypes` (`Id`)
);

CREATE TABLE `PartnerAdmins` (
    `PartnerId` CHAR(36) NOT NULL,
    `UserId` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    PRIMARY KEY (`PartnerId`, `UserId`),
    CONSTRAINT `FK_PartnerAdmin_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerAdmin_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_PartnerAdmin_Partners` FOREIGN KEY (`PartnerId`) REFERENCES `Partners` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_PartnerAdmin_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`)
);

CREATE TABLE `TeamMembers` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `IsTeamLead` BOOLEAN NOT NULL,
    `JoinedDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `TeamId` CHAR(36) NOT NULL,
    `UserId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_TeamMembers_TeamId_UserId` (`TeamId`, `UserId`),
    CONSTRAINT `FK_TeamMembers_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_TeamMembers_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_TeamMembers_Team` FOREIGN KEY (`TeamId`) REFERENCES `Teams` (`Id`) ON DELETE CASCADE,
    CONSTRAINT `FK_TeamMembers_User` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `AdoptableAreas` (
    `Id` CHAR(36) NOT NULL,
    `AllowCoAdoption` BOOLEAN NOT NULL DEFAULT FALSE,
    `AreaType` VARCHAR(50) NOT NULL,
    `CleanupFrequencyDays` INT NOT NULL DEFAULT 90,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Description` TEXT, -- SQL Server nvarchar(2048)
    `EndLatitude` DOUBLE,
    `EndLongitude` DOUBLE,
    `GeoJson` LONGTEXT, -- SQL Server nvarchar(max)
    `IsActive` BOOLEAN NOT NULL DEFAULT TRUE,
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `MinEventsPerYear` INT NOT NULL DEFAULT 4,
    `Name` VARCHAR(200) NOT NULL,
    `PartnerId` CHAR(36) NOT NULL,
    `SafetyRequirements` TEXT, -- SQL Server nvarchar(4000)
    `StartLatitude` DOUBLE,
    `StartLongitude` DOUBLE,
    `Status` VARCHAR(20) DEFAULT 'Available',
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_AdoptableAreas_PartnerId_Name` (`PartnerId`, `Name`),
    CONSTRAINT `FK_AdoptableAreas_CreatedByUser_Id` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_AdoptableAreas_LastUpdatedByUser_Id` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_AdoptableAreas_Partners` FOREIGN KEY (`PartnerId`) REFERENCES `Partners` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `TeamAdoptions` (
    `Id` CHAR(36) NOT NULL,
    `AdoptableAreaId` CHAR(36) NOT NULL,
    `AdoptionEndDate` DATE,
    `AdoptionStartDate` DATE,
    `ApplicationDate` DATETIME(6) NOT NULL, -- SQL Server datetimeoffset
    `ApplicationNotes` TEXT, -- SQL Server nvarchar(2048)
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `EventCount` INT NOT NULL DEFAULT 0,
    `IsCompliant` BOOLEAN NOT NULL DEFAULT TRUE,
    `LastEventDate` DATETIME(6), -- SQL Server datetimeoffset
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `RejectionReason` VARCHAR(1000),
    `ReviewedByUserId` CHAR(36),
    `ReviewedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Status` VARCHAR(20) NOT NULL DEFAULT 'Pending',
    `TeamId` CHAR(36) NOT NULL,
    PRIMARY KEY (`Id`),
    UNIQUE KEY `IX_TeamAdoptions_TeamId_AdoptableAreaId` (`TeamId`, `AdoptableAreaId`),
    CONSTRAINT `FK_TeamAdoptions_AdoptableArea` FOREIGN KEY (`AdoptableAreaId`) REFERENCES `AdoptableAreas` (`Id`),
    CONSTRAINT `FK_TeamAdoptions_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_TeamAdoptions_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_TeamAdoptions_ReviewedByUser` FOREIGN KEY (`ReviewedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_TeamAdoptions_Team` FOREIGN KEY (`TeamId`) REFERENCES `Teams` (`Id`) ON DELETE CASCADE
);

CREATE TABLE `ContactRequests` (
    `Id` CHAR(36) NOT NULL,
    `CreatedByUserId` CHAR(36) NOT NULL,
    `CreatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Email` VARCHAR(64),
    `LastUpdatedByUserId` CHAR(36) NOT NULL,
    `LastUpdatedDate` DATETIME(6), -- SQL Server datetimeoffset
    `Message` TEXT, -- SQL Server nvarchar(2048)
    `Name` VARCHAR(64),
    PRIMARY KEY (`Id`),
    CONSTRAINT `FK_ContactRequests_User_CreatedBy` FOREIGN KEY (`CreatedByUserId`) REFERENCES `Users` (`Id`),
    CONSTRAINT `FK_ContactRequests_User_LastUpdatedBy` FOREIGN KEY (`LastUpdatedByUserId`) REFERENCES `Users` (`Id`)
);

SET FOREIGN_KEY_CHECKS=1;

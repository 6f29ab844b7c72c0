-- Ombi (Ombi-app/Ombi): media-request and user manager for Plex, Emby and Jellyfin (ASP.NET Core, EF Core).
-- Source: github.com/Ombi-app/Ombi, commit 86c179caafcc68d6d2e60e913ed31d6511074807 (GPL-2.0).
-- How: Ombi keeps three databases (Ombi, OmbiSettings, OmbiExternal); their upstream MySQL model snapshots
-- src/Ombi.Store/Migrations/OmbiMySql/OmbiMySqlContextModelSnapshot.cs, SettingsMySql/SettingsMySqlContextModelSnapshot.cs
-- and ExternalMySql/ExternalMySqlContextModelSnapshot.cs were read by a script and written as one MySQL schema, in that order.
-- Column names, order (as the snapshot lists them) and column types (HasColumnType; the EF 2.2 settings snapshot has none:
-- Pomelo's defaults int/longtext) as upstream; NOT NULL from the C# type and IsRequired; primary keys, unique indexes
-- (upstream names), EF's alternate keys behind HasPrincipalKey (AK_<table>_<column>, as the upstream migrations create them)
-- and foreign keys (EF names FK_<table>_<principal>_<column>; cascade where the snapshot or a required relationship says so)
-- kept; longtext key / foreign-key columns written VARCHAR(255) so that MariaDB can index them; secondary indexes left out.
-- Tables ordered so that referenced tables come first. All 49 tables kept (29 + 2 + 18).

CREATE TABLE `AspNetRoles` (
  `Id` VARCHAR(255) NOT NULL,
  `ConcurrencyStamp` LONGTEXT,
  `Name` VARCHAR(256),
  `NormalizedName` VARCHAR(256),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT,
  `ClaimValue` LONGTEXT,
  `RoleId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` VARCHAR(255) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  `Alias` LONGTEXT,
  `ConcurrencyStamp` LONGTEXT,
  `Email` VARCHAR(256),
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `EpisodeRequestLimit` INT,
  `EpisodeRequestLimitType` INT,
  `Language` LONGTEXT,
  `LastLoggedIn` DATETIME(6),
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(6),
  `MediaServerToken` LONGTEXT,
  `MovieRequestLimit` INT,
  `MovieRequestLimitType` INT,
  `MusicRequestLimit` INT,
  `MusicRequestLimitType` INT,
  `NormalizedEmail` VARCHAR(256),
  `NormalizedUserName` VARCHAR(256),
  `PasswordHash` LONGTEXT,
  `PhoneNumber` LONGTEXT,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `ProviderUserId` LONGTEXT,
  `SecurityStamp` LONGTEXT,
  `StreamingCountry` LONGTEXT NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `UserAccessToken` LONGTEXT,
  `UserName` VARCHAR(256),
  `UserType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT,
  `ClaimValue` LONGTEXT,
  `UserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(255) NOT NULL,
  `ProviderKey` VARCHAR(255) NOT NULL,
  `ProviderDisplayName` LONGTEXT,
  `UserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` VARCHAR(255) NOT NULL,
  `RoleId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` VARCHAR(255) NOT NULL,
  `LoginProvider` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Value` LONGTEXT,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Audit` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AuditArea` INT NOT NULL,
  `AuditType` INT NOT NULL,
  `DateTime` DATETIME(6) NOT NULL,
  `Description` LONGTEXT,
  `User` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MobileDevices` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `Token` LONGTEXT,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_MobileDevices_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationTemplates` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Agent` INT NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `Message` LONGTEXT,
  `NotificationType` INT NOT NULL,
  `Subject` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationUserId` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `PlayerId` LONGTEXT,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_NotificationUserId_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlexWatchlistUserStatus` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `LastSyncedAt` DATETIME(6) NOT NULL,
  `SyncStatus` INT NOT NULL,
  `UserId` VARCHAR(128),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_PlexWatchlistUserStatus_UserId` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecentlyAddedLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `AlbumId` LONGTEXT,
  `ContentId` INT NOT NULL,
  `ContentType` INT NOT NULL,
  `EpisodeNumber` INT,
  `SeasonNumber` INT,
  `Type` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RequestQueue` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Completed` DATETIME(6),
  `Dts` DATETIME(6) NOT NULL,
  `Error` LONGTEXT,
  `RequestId` INT NOT NULL,
  `RetryCount` INT NOT NULL,
  `Type` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AlbumRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Approved` TINYINT(1) NOT NULL,
  `ArtistName` LONGTEXT,
  `Available` TINYINT(1) NOT NULL,
  `Cover` LONGTEXT,
  `Denied` TINYINT(1),
  `DeniedReason` LONGTEXT,
  `Disk` LONGTEXT,
  `ForeignAlbumId` LONGTEXT,
  `ForeignArtistId` LONGTEXT,
  `MarkedAsApproved` DATETIME(6) NOT NULL,
  `MarkedAsAvailable` DATETIME(6),
  `MarkedAsDenied` DATETIME(6) NOT NULL,
  `Rating` DECIMAL(65,30) NOT NULL,
  `ReleaseDate` DATETIME(6) NOT NULL,
  `RequestType` INT NOT NULL,
  `RequestedByAlias` LONGTEXT,
  `RequestedDate` DATETIME(6) NOT NULL,
  `RequestedUserId` VARCHAR(255),
  `Source` INT NOT NULL,
  `Title` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_AlbumRequests_AspNetUsers_RequestedUserId` FOREIGN KEY (`RequestedUserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TvRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Background` LONGTEXT,
  `ExternalProviderId` INT NOT NULL,
  `ImdbId` LONGTEXT,
  `LanguageProfile` INT,
  `Overview` LONGTEXT,
  `PosterPath` LONGTEXT,
  `QualityOverride` INT,
  `ReleaseDate` DATETIME(6) NOT NULL,
  `RootFolder` INT,
  `Status` LONGTEXT,
  `Title` LONGTEXT,
  `TotalSeasons` INT NOT NULL,
  `TvDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChildRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Approved` TINYINT(1) NOT NULL,
  `Available` TINYINT(1) NOT NULL,
  `Denied` TINYINT(1),
  `DeniedReason` LONGTEXT,
  `IssueId` INT,
  `MarkedAsApproved` DATETIME(6) NOT NULL,
  `MarkedAsAvailable` DATETIME(6),
  `MarkedAsDenied` DATETIME(6) NOT NULL,
  `ParentRequestId` INT NOT NULL,
  `RequestType` INT NOT NULL,
  `RequestedByAlias` LONGTEXT,
  `RequestedDate` DATETIME(6) NOT NULL,
  `RequestedUserId` VARCHAR(255),
  `SeriesType` INT NOT NULL,
  `Source` INT NOT NULL,
  `Title` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_ChildRequests_TvRequests_ParentRequestId` FOREIGN KEY (`ParentRequestId`) REFERENCES `TvRequests` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ChildRequests_AspNetUsers_RequestedUserId` FOREIGN KEY (`RequestedUserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IssueCategory` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Value` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MovieRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Approved` TINYINT(1) NOT NULL,
  `Approved4K` TINYINT(1) NOT NULL,
  `Available` TINYINT(1) NOT NULL,
  `Available4K` TINYINT(1) NOT NULL,
  `Background` LONGTEXT,
  `Denied` TINYINT(1),
  `Denied4K` TINYINT(1),
  `DeniedReason` LONGTEXT,
  `DeniedReason4K` LONGTEXT,
  `DigitalReleaseDate` DATETIME(6),
  `Has4KRequest` TINYINT(1) NOT NULL,
  `ImdbId` LONGTEXT,
  `IssueId` INT,
  `LangCode` LONGTEXT,
  `MarkedAsApproved` DATETIME(6) NOT NULL,
  `MarkedAsApproved4K` DATETIME(6) NOT NULL,
  `MarkedAsAvailable` DATETIME(6),
  `MarkedAsAvailable4K` DATETIME(6),
  `MarkedAsDenied` DATETIME(6) NOT NULL,
  `MarkedAsDenied4K` DATETIME(6) NOT NULL,
  `Overview` LONGTEXT,
  `PosterPath` LONGTEXT,
  `QualityOverride` INT NOT NULL,
  `ReleaseDate` DATETIME(6) NOT NULL,
  `RequestType` INT NOT NULL,
  `RequestedByAlias` LONGTEXT,
  `RequestedDate` DATETIME(6) NOT NULL,
  `RequestedDate4k` DATETIME(6) NOT NULL,
  `RequestedUserId` VARCHAR(255),
  `RootPathOverride` INT NOT NULL,
  `Source` INT NOT NULL,
  `Status` LONGTEXT,
  `TheMovieDbId` INT NOT NULL,
  `Title` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_MovieRequests_AspNetUsers_RequestedUserId` FOREIGN KEY (`RequestedUserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Issues` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CreatedDate` DATETIME(6) NOT NULL,
  `Description` LONGTEXT,
  `IssueCategoryId` INT NOT NULL,
  `IssueId` INT,
  `ProviderId` LONGTEXT,
  `RequestId` INT,
  `RequestType` INT NOT NULL,
  `ResovledDate` DATETIME(6),
  `Status` INT NOT NULL,
  `Subject` LONGTEXT,
  `Title` LONGTEXT,
  `UserReportedId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Issues_IssueCategory_IssueCategoryId` FOREIGN KEY (`IssueCategoryId`) REFERENCES `IssueCategory` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Issues_ChildRequests_IssueId` FOREIGN KEY (`IssueId`) REFERENCES `ChildRequests` (`Id`),
  CONSTRAINT `FK_Issues_MovieRequests_IssueId` FOREIGN KEY (`IssueId`) REFERENCES `MovieRequests` (`Id`),
  CONSTRAINT `FK_Issues_AspNetUsers_UserReportedId` FOREIGN KEY (`UserReportedId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IssueComments` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Comment` LONGTEXT,
  `Date` DATETIME(6) NOT NULL,
  `IssuesId` INT,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_IssueComments_Issues_IssuesId` FOREIGN KEY (`IssuesId`) REFERENCES `Issues` (`Id`),
  CONSTRAINT `FK_IssueComments_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RequestLog` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EpisodeCount` INT NOT NULL,
  `RequestDate` DATETIME(6) NOT NULL,
  `RequestId` INT NOT NULL,
  `RequestType` INT NOT NULL,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RequestLog_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RequestSubscription` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RequestId` INT NOT NULL,
  `RequestType` INT NOT NULL,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_RequestSubscription_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tokens` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Token` LONGTEXT,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Tokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserNotificationPreferences` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Agent` INT NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `UserId` VARCHAR(255),
  `Value` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_UserNotificationPreferences_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserQualityProfiles` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Radarr4KQualityProfile` INT NOT NULL,
  `Radarr4KRootPath` INT NOT NULL,
  `RadarrQualityProfile` INT NOT NULL,
  `RadarrRootPath` INT NOT NULL,
  `SonarrQualityProfile` INT NOT NULL,
  `SonarrQualityProfileAnime` INT NOT NULL,
  `SonarrRootPath` INT NOT NULL,
  `SonarrRootPathAnime` INT NOT NULL,
  `UserId` VARCHAR(255),
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_UserQualityProfiles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Votes` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Date` DATETIME(6) NOT NULL,
  `Deleted` TINYINT(1) NOT NULL,
  `RequestId` INT NOT NULL,
  `RequestType` INT NOT NULL,
  `UserId` VARCHAR(255),
  `VoteType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_Votes_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeasonRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ChildRequestId` INT NOT NULL,
  `Overview` LONGTEXT,
  `SeasonNumber` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_SeasonRequests_ChildRequests_ChildRequestId` FOREIGN KEY (`ChildRequestId`) REFERENCES `ChildRequests` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EpisodeRequests` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AirDate` DATETIME(6) NOT NULL,
  `Approved` TINYINT(1) NOT NULL,
  `Available` TINYINT(1) NOT NULL,
  `EpisodeNumber` INT NOT NULL,
  `Requested` TINYINT(1) NOT NULL,
  `SeasonId` INT NOT NULL,
  `Title` LONGTEXT,
  `Url` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EpisodeRequests_SeasonRequests_SeasonId` FOREIGN KEY (`SeasonId`) REFERENCES `SeasonRequests` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApplicationConfiguration` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Type` INT NOT NULL,
  `Value` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GlobalSettings` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Content` LONGTEXT,
  `SettingsName` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CouchPotatoCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TheMovieDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmbyContent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `EmbyId` VARCHAR(255) NOT NULL,
  `Has4K` TINYINT(1) NOT NULL,
  `ImdbId` LONGTEXT,
  `ProviderId` LONGTEXT,
  `Quality` LONGTEXT,
  `TheMovieDbId` LONGTEXT,
  `Title` LONGTEXT,
  `TvDbId` LONGTEXT,
  `Type` INT NOT NULL,
  `Url` LONGTEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `AK_EmbyContent_EmbyId` (`EmbyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmbyEpisode` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `EmbyId` LONGTEXT,
  `EpisodeNumber` INT NOT NULL,
  `ImdbId` LONGTEXT,
  `ParentId` VARCHAR(255),
  `ProviderId` LONGTEXT,
  `SeasonNumber` INT NOT NULL,
  `TheMovieDbId` LONGTEXT,
  `Title` LONGTEXT,
  `TvDbId` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_EmbyEpisode_EmbyContent_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `EmbyContent` (`EmbyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JellyfinContent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `Has4K` TINYINT(1) NOT NULL,
  `ImdbId` LONGTEXT,
  `JellyfinId` VARCHAR(255) NOT NULL,
  `ProviderId` LONGTEXT,
  `Quality` LONGTEXT,
  `TheMovieDbId` LONGTEXT,
  `Title` LONGTEXT,
  `TvDbId` LONGTEXT,
  `Type` INT NOT NULL,
  `Url` LONGTEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `AK_JellyfinContent_JellyfinId` (`JellyfinId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JellyfinEpisode` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `EpisodeNumber` INT NOT NULL,
  `ImdbId` LONGTEXT,
  `JellyfinId` LONGTEXT,
  `ParentId` VARCHAR(255),
  `ProviderId` LONGTEXT,
  `SeasonNumber` INT NOT NULL,
  `TheMovieDbId` LONGTEXT,
  `Title` LONGTEXT,
  `TvDbId` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_JellyfinEpisode_JellyfinContent_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `JellyfinContent` (`JellyfinId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LidarrAlbumCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `ArtistId` INT NOT NULL,
  `ForeignAlbumId` LONGTEXT,
  `Monitored` TINYINT(1) NOT NULL,
  `PercentOfTracks` DECIMAL(65,30) NOT NULL,
  `ReleaseDate` DATETIME(6) NOT NULL,
  `Title` LONGTEXT,
  `TrackCount` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LidarrArtistCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ArtistId` INT NOT NULL,
  `ArtistName` LONGTEXT,
  `ForeignArtistId` LONGTEXT,
  `Monitored` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlexServerContent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `Has4K` TINYINT(1) NOT NULL,
  `ImdbId` LONGTEXT,
  `Key` VARCHAR(255) NOT NULL,
  `Quality` LONGTEXT,
  `ReleaseYear` LONGTEXT,
  `RequestId` INT,
  `TheMovieDbId` LONGTEXT,
  `Title` LONGTEXT,
  `TvDbId` LONGTEXT,
  `Type` INT NOT NULL,
  `Url` LONGTEXT,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `AK_PlexServerContent_Key` (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlexEpisode` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EpisodeNumber` INT NOT NULL,
  `GrandparentKey` VARCHAR(255),
  `Key` LONGTEXT,
  `ParentKey` LONGTEXT,
  `SeasonNumber` INT NOT NULL,
  `Title` LONGTEXT,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PlexEpisode_PlexServerContent_GrandparentKey` FOREIGN KEY (`GrandparentKey`) REFERENCES `PlexServerContent` (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlexSeasonsContent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ParentKey` LONGTEXT,
  `PlexContentId` LONGTEXT,
  `PlexServerContentId` INT,
  `SeasonKey` LONGTEXT,
  `SeasonNumber` INT NOT NULL,
  PRIMARY KEY (`Id`),
  CONSTRAINT `FK_PlexSeasonsContent_PlexServerContent_PlexServerContentId` FOREIGN KEY (`PlexServerContentId`) REFERENCES `PlexServerContent` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlexWatchlistHistory` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AddedAt` DATETIME(6) NOT NULL,
  `TmdbId` LONGTEXT,
  `UserId` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RadarrCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Has4K` TINYINT(1) NOT NULL,
  `HasFile` TINYINT(1) NOT NULL,
  `HasRegular` TINYINT(1) NOT NULL,
  `TheMovieDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SickRageCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TvDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SickRageEpisodeCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EpisodeNumber` INT NOT NULL,
  `SeasonNumber` INT NOT NULL,
  `TvDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SonarrCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TheMovieDbId` INT NOT NULL,
  `TvDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SonarrEpisodeCache` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EpisodeNumber` INT NOT NULL,
  `HasFile` TINYINT(1) NOT NULL,
  `MovieDbId` INT NOT NULL,
  `SeasonNumber` INT NOT NULL,
  `TvDbId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPlayedEpisode` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `EpisodeNumber` INT NOT NULL,
  `SeasonNumber` INT NOT NULL,
  `TheMovieDbId` INT NOT NULL,
  `UserId` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPlayedMovie` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `TheMovieDbId` INT NOT NULL,
  `UserId` LONGTEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


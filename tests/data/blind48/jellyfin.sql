-- Jellyfin (media server), MySQL DDL written from its EF Core model.
-- Upstream: github.com/jellyfin/jellyfin, commit c3ed1407ca698b0905de99da87b67415e6a62dbd (GPL-2.0);
-- src/Jellyfin.Database/Jellyfin.Database.Providers.Sqlite/Migrations/JellyfinDbModelSnapshot.cs (last changed in
-- commit 7ad5ff6a), i.e. the state the SQLite migrations build: every one of its 31 tables, every column, with the
-- snapshot's SQLite column types (INTEGER, TEXT, REAL, BLOB) and nullability, and the primary keys (TEXT keys with a
-- MySQL prefix length: 36 for Guid columns). Secondary indexes and foreign keys are left out (MySQL cannot index
-- whole TEXT columns); the foreign keys of the model are:
--   AccessSchedules(UserId) -> Users
--   AncestorIds(ItemId) -> BaseItems
--   AncestorIds(ParentItemId) -> BaseItems
--   AttachmentStreamInfos(ItemId) -> BaseItems
--   BaseItems(OwnerId) -> BaseItems
--   BaseItems(ParentId) -> BaseItems
--   BaseItemImageInfos(ItemId) -> BaseItems
--   BaseItemMetadataFields(ItemId) -> BaseItems
--   BaseItemProviders(ItemId) -> BaseItems
--   BaseItemTrailerTypes(ItemId) -> BaseItems
--   Chapters(ItemId) -> BaseItems
--   DisplayPreferences(UserId) -> Users
--   HomeSection(DisplayPreferencesId) -> DisplayPreferences
--   ImageInfos(UserId) -> Users
--   ItemDisplayPreferences(UserId) -> Users
--   ItemValuesMap(ItemId) -> BaseItems
--   ItemValuesMap(ItemValueId) -> ItemValues
--   KeyframeData(ItemId) -> BaseItems
--   LinkedChildren(ChildId) -> BaseItems
--   LinkedChildren(ParentId) -> BaseItems
--   MediaStreamInfos(ItemId) -> BaseItems
--   PeopleBaseItemMap(ItemId) -> BaseItems
--   PeopleBaseItemMap(PeopleId) -> Peoples
--   Permissions(UserId) -> Users
--   Preferences(UserId) -> Users
--   Devices(UserId) -> Users
--   UserData(ItemId) -> BaseItems
--   UserData(UserId) -> Users

-- entity Jellyfin.Database.Implementations.Entities.AccessSchedule
CREATE TABLE `AccessSchedules` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `DayOfWeek` INTEGER NOT NULL,
  `EndHour` REAL NOT NULL,
  `StartHour` REAL NOT NULL,
  `UserId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.ActivityLog
CREATE TABLE `ActivityLogs` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `DateCreated` TEXT NOT NULL,
  `ItemId` TEXT,
  `LogSeverity` INTEGER NOT NULL,
  `Name` TEXT NOT NULL,
  `Overview` TEXT,
  `RowVersion` INTEGER NOT NULL,
  `ShortOverview` TEXT,
  `Type` TEXT NOT NULL,
  `UserId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.AncestorId
CREATE TABLE `AncestorIds` (
  `ItemId` TEXT NOT NULL,
  `ParentItemId` TEXT NOT NULL,
  PRIMARY KEY (`ItemId`(36), `ParentItemId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.AttachmentStreamInfo
CREATE TABLE `AttachmentStreamInfos` (
  `ItemId` TEXT NOT NULL,
  `Index` INTEGER NOT NULL,
  `Codec` TEXT,
  `CodecTag` TEXT,
  `Comment` TEXT,
  `Filename` TEXT,
  `MimeType` TEXT,
  PRIMARY KEY (`ItemId`(36), `Index`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.BaseItemEntity
CREATE TABLE `BaseItems` (
  `Id` TEXT NOT NULL,
  `Album` TEXT,
  `AlbumArtists` TEXT,
  `Artists` TEXT,
  `Audio` INTEGER,
  `ChannelId` TEXT,
  `CleanName` TEXT,
  `CommunityRating` REAL,
  `CriticRating` REAL,
  `CustomRating` TEXT,
  `Data` TEXT,
  `DateCreated` TEXT,
  `DateLastMediaAdded` TEXT,
  `DateLastRefreshed` TEXT,
  `DateLastSaved` TEXT,
  `DateModified` TEXT,
  `EndDate` TEXT,
  `EpisodeTitle` TEXT,
  `ExternalId` TEXT,
  `ExternalSeriesId` TEXT,
  `ExternalServiceId` TEXT,
  `ExtraType` INTEGER,
  `ForcedSortName` TEXT,
  `Genres` TEXT,
  `Height` INTEGER,
  `IndexNumber` INTEGER,
  `InheritedParentalRatingSubValue` INTEGER,
  `InheritedParentalRatingValue` INTEGER,
  `IsFolder` INTEGER NOT NULL,
  `IsInMixedFolder` INTEGER NOT NULL,
  `IsLocked` INTEGER NOT NULL,
  `IsMovie` INTEGER NOT NULL,
  `IsRepeat` INTEGER NOT NULL,
  `IsSeries` INTEGER NOT NULL,
  `IsVirtualItem` INTEGER NOT NULL,
  `LUFS` REAL,
  `MediaType` TEXT,
  `Name` TEXT,
  `NormalizationGain` REAL,
  `OfficialRating` TEXT,
  `OriginalLanguage` TEXT,
  `OriginalTitle` TEXT,
  `Overview` TEXT,
  `OwnerId` TEXT,
  `ParentId` TEXT,
  `ParentIndexNumber` INTEGER,
  `Path` TEXT,
  `PreferredMetadataCountryCode` TEXT,
  `PreferredMetadataLanguage` TEXT,
  `PremiereDate` TEXT,
  `PresentationUniqueKey` TEXT,
  `PrimaryVersionId` TEXT,
  `ProductionLocations` TEXT,
  `ProductionYear` INTEGER,
  `RunTimeTicks` INTEGER,
  `SeasonId` TEXT,
  `SeasonName` TEXT,
  `SeriesId` TEXT,
  `SeriesName` TEXT,
  `SeriesPresentationUniqueKey` TEXT,
  `ShowId` TEXT,
  `Size` INTEGER,
  `SortName` TEXT,
  `StartDate` TEXT,
  `Studios` TEXT,
  `Tagline` TEXT,
  `Tags` TEXT,
  `TopParentId` TEXT,
  `TotalBitrate` INTEGER,
  `Type` TEXT NOT NULL,
  `UnratedType` TEXT,
  `Width` INTEGER,
  PRIMARY KEY (`Id`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.BaseItemImageInfo
CREATE TABLE `BaseItemImageInfos` (
  `Id` TEXT NOT NULL,
  `Blurhash` BLOB,
  `DateModified` TEXT,
  `Height` INTEGER NOT NULL,
  `ImageType` INTEGER NOT NULL,
  `ItemId` TEXT NOT NULL,
  `Path` TEXT NOT NULL,
  `Width` INTEGER NOT NULL,
  PRIMARY KEY (`Id`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.BaseItemMetadataField
CREATE TABLE `BaseItemMetadataFields` (
  `Id` INTEGER NOT NULL,
  `ItemId` TEXT NOT NULL,
  PRIMARY KEY (`Id`, `ItemId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.BaseItemProvider
CREATE TABLE `BaseItemProviders` (
  `ItemId` TEXT NOT NULL,
  `ProviderId` TEXT,
  `ProviderValue` TEXT NOT NULL,
  PRIMARY KEY (`ItemId`(36), `ProviderId`(255))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.BaseItemTrailerType
CREATE TABLE `BaseItemTrailerTypes` (
  `Id` INTEGER NOT NULL,
  `ItemId` TEXT NOT NULL,
  PRIMARY KEY (`Id`, `ItemId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Chapter
CREATE TABLE `Chapters` (
  `ItemId` TEXT NOT NULL,
  `ChapterIndex` INTEGER NOT NULL,
  `ImageDateModified` TEXT,
  `ImagePath` TEXT,
  `Name` TEXT,
  `StartPositionTicks` INTEGER NOT NULL,
  PRIMARY KEY (`ItemId`(36), `ChapterIndex`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.CustomItemDisplayPreferences
CREATE TABLE `CustomItemDisplayPreferences` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `Client` TEXT NOT NULL,
  `ItemId` TEXT NOT NULL,
  `Key` TEXT NOT NULL,
  `UserId` TEXT NOT NULL,
  `Value` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.DisplayPreferences
CREATE TABLE `DisplayPreferences` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `ChromecastVersion` INTEGER NOT NULL,
  `Client` TEXT NOT NULL,
  `DashboardTheme` TEXT,
  `EnableNextVideoInfoOverlay` INTEGER NOT NULL,
  `IndexBy` INTEGER,
  `ItemId` TEXT NOT NULL,
  `ScrollDirection` INTEGER NOT NULL,
  `ShowBackdrop` INTEGER NOT NULL,
  `ShowSidebar` INTEGER NOT NULL,
  `SkipBackwardLength` INTEGER NOT NULL,
  `SkipForwardLength` INTEGER NOT NULL,
  `TvHome` TEXT,
  `UserId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.HomeSection
CREATE TABLE `HomeSection` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `DisplayPreferencesId` INTEGER NOT NULL,
  `Order` INTEGER NOT NULL,
  `Type` INTEGER NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.ImageInfo
CREATE TABLE `ImageInfos` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `LastModified` TEXT NOT NULL,
  `Path` TEXT NOT NULL,
  `UserId` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.ItemDisplayPreferences
CREATE TABLE `ItemDisplayPreferences` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `Client` TEXT NOT NULL,
  `IndexBy` INTEGER,
  `ItemId` TEXT NOT NULL,
  `RememberIndexing` INTEGER NOT NULL,
  `RememberSorting` INTEGER NOT NULL,
  `SortBy` TEXT NOT NULL,
  `SortOrder` INTEGER NOT NULL,
  `UserId` TEXT NOT NULL,
  `ViewType` INTEGER NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.ItemValue
CREATE TABLE `ItemValues` (
  `ItemValueId` TEXT NOT NULL,
  `CleanValue` TEXT NOT NULL,
  `Type` INTEGER NOT NULL,
  `Value` TEXT NOT NULL,
  PRIMARY KEY (`ItemValueId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.ItemValueMap
CREATE TABLE `ItemValuesMap` (
  `ItemValueId` TEXT NOT NULL,
  `ItemId` TEXT NOT NULL,
  PRIMARY KEY (`ItemValueId`(36), `ItemId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.KeyframeData
CREATE TABLE `KeyframeData` (
  `ItemId` TEXT NOT NULL,
  `TotalDuration` INTEGER NOT NULL,
  PRIMARY KEY (`ItemId`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.LinkedChildEntity
CREATE TABLE `LinkedChildren` (
  `ParentId` TEXT NOT NULL,
  `SortOrder` INTEGER NOT NULL,
  `ChildId` TEXT NOT NULL,
  `ChildType` INTEGER NOT NULL,
  PRIMARY KEY (`ParentId`(36), `SortOrder`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.MediaSegment
CREATE TABLE `MediaSegments` (
  `Id` TEXT NOT NULL,
  `EndTicks` INTEGER NOT NULL,
  `ItemId` TEXT NOT NULL,
  `SegmentProviderId` TEXT NOT NULL,
  `StartTicks` INTEGER NOT NULL,
  `Type` INTEGER NOT NULL,
  PRIMARY KEY (`Id`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.MediaStreamInfo
CREATE TABLE `MediaStreamInfos` (
  `ItemId` TEXT NOT NULL,
  `StreamIndex` INTEGER NOT NULL,
  `AspectRatio` TEXT,
  `AverageFrameRate` REAL,
  `BitDepth` INTEGER,
  `BitRate` INTEGER,
  `BlPresentFlag` INTEGER,
  `ChannelLayout` TEXT,
  `Channels` INTEGER,
  `Codec` TEXT,
  `CodecTag` TEXT,
  `CodecTimeBase` TEXT,
  `ColorPrimaries` TEXT,
  `ColorSpace` TEXT,
  `ColorTransfer` TEXT,
  `Comment` TEXT,
  `DvBlSignalCompatibilityId` INTEGER,
  `DvLevel` INTEGER,
  `DvProfile` INTEGER,
  `DvVersionMajor` INTEGER,
  `DvVersionMinor` INTEGER,
  `ElPresentFlag` INTEGER,
  `Hdr10PlusPresentFlag` INTEGER,
  `Height` INTEGER,
  `IsAnamorphic` INTEGER,
  `IsAvc` INTEGER,
  `IsDefault` INTEGER NOT NULL,
  `IsExternal` INTEGER NOT NULL,
  `IsForced` INTEGER NOT NULL,
  `IsHearingImpaired` INTEGER,
  `IsInterlaced` INTEGER,
  `IsOriginal` INTEGER NOT NULL,
  `KeyFrames` TEXT,
  `Language` TEXT,
  `Level` REAL,
  `NalLengthSize` TEXT,
  `Path` TEXT,
  `PixelFormat` TEXT,
  `Profile` TEXT,
  `RealFrameRate` REAL,
  `RefFrames` INTEGER,
  `Rotation` INTEGER,
  `RpuPresentFlag` INTEGER,
  `SampleRate` INTEGER,
  `StreamType` INTEGER NOT NULL,
  `TimeBase` TEXT,
  `Title` TEXT,
  `Width` INTEGER,
  PRIMARY KEY (`ItemId`(36), `StreamIndex`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.People
CREATE TABLE `Peoples` (
  `Id` TEXT NOT NULL,
  `Name` TEXT NOT NULL,
  `PersonType` TEXT,
  PRIMARY KEY (`Id`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.PeopleBaseItemMap
CREATE TABLE `PeopleBaseItemMap` (
  `ItemId` TEXT NOT NULL,
  `PeopleId` TEXT NOT NULL,
  `Role` TEXT,
  `ListOrder` INTEGER,
  `SortOrder` INTEGER,
  PRIMARY KEY (`ItemId`(36), `PeopleId`(36), `Role`(255))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Permission
CREATE TABLE `Permissions` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `Kind` INTEGER NOT NULL,
  `RowVersion` INTEGER NOT NULL,
  `UserId` TEXT NOT NULL,
  `Value` INTEGER NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Preference
CREATE TABLE `Preferences` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `Kind` INTEGER NOT NULL,
  `RowVersion` INTEGER NOT NULL,
  `UserId` TEXT NOT NULL,
  `Value` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Security.ApiKey
CREATE TABLE `ApiKeys` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `AccessToken` TEXT NOT NULL,
  `DateCreated` TEXT NOT NULL,
  `DateLastActivity` TEXT NOT NULL,
  `Name` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Security.Device
CREATE TABLE `Devices` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `AccessToken` TEXT NOT NULL,
  `AppName` TEXT NOT NULL,
  `AppVersion` TEXT NOT NULL,
  `DateCreated` TEXT NOT NULL,
  `DateLastActivity` TEXT NOT NULL,
  `DateModified` TEXT NOT NULL,
  `DeviceId` TEXT NOT NULL,
  `DeviceName` TEXT NOT NULL,
  `IsActive` INTEGER NOT NULL,
  `UserId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.Security.DeviceOptions
CREATE TABLE `DeviceOptions` (
  `Id` INTEGER NOT NULL AUTO_INCREMENT,
  `CustomName` TEXT,
  `DeviceId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.TrickplayInfo
CREATE TABLE `TrickplayInfos` (
  `ItemId` TEXT NOT NULL,
  `Width` INTEGER NOT NULL,
  `Bandwidth` INTEGER NOT NULL,
  `Height` INTEGER NOT NULL,
  `Interval` INTEGER NOT NULL,
  `ThumbnailCount` INTEGER NOT NULL,
  `TileHeight` INTEGER NOT NULL,
  `TileWidth` INTEGER NOT NULL,
  PRIMARY KEY (`ItemId`(36), `Width`)
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.User
CREATE TABLE `Users` (
  `Id` TEXT NOT NULL,
  `AudioLanguagePreference` TEXT,
  `AuthenticationProviderId` TEXT NOT NULL,
  `CastReceiverId` TEXT,
  `DisplayCollectionsView` INTEGER NOT NULL,
  `DisplayMissingEpisodes` INTEGER NOT NULL,
  `EnableAutoLogin` INTEGER NOT NULL,
  `EnableLocalPassword` INTEGER NOT NULL,
  `EnableNextEpisodeAutoPlay` INTEGER NOT NULL,
  `EnableUserPreferenceAccess` INTEGER NOT NULL,
  `HidePlayedInLatest` INTEGER NOT NULL,
  `InternalId` INTEGER NOT NULL,
  `InvalidLoginAttemptCount` INTEGER NOT NULL,
  `LastActivityDate` TEXT,
  `LastLoginDate` TEXT,
  `LoginAttemptsBeforeLockout` INTEGER,
  `MaxActiveSessions` INTEGER NOT NULL,
  `MaxParentalRatingScore` INTEGER,
  `MaxParentalRatingSubScore` INTEGER,
  `MustUpdatePassword` INTEGER NOT NULL,
  `NormalizedUsername` TEXT NOT NULL,
  `Password` TEXT,
  `PasswordResetProviderId` TEXT NOT NULL,
  `PlayDefaultAudioTrack` INTEGER NOT NULL,
  `RememberAudioSelections` INTEGER NOT NULL,
  `RememberSubtitleSelections` INTEGER NOT NULL,
  `RemoteClientBitrateLimit` INTEGER,
  `RowVersion` INTEGER NOT NULL,
  `SubtitleLanguagePreference` TEXT,
  `SubtitleMode` INTEGER NOT NULL,
  `SyncPlayAccess` INTEGER NOT NULL,
  `Username` TEXT NOT NULL,
  PRIMARY KEY (`Id`(36))
) ENGINE=InnoDB;

-- entity Jellyfin.Database.Implementations.Entities.UserData
CREATE TABLE `UserData` (
  `ItemId` TEXT NOT NULL,
  `UserId` TEXT NOT NULL,
  `CustomDataKey` TEXT,
  `AudioStreamIndex` INTEGER,
  `IsFavorite` INTEGER NOT NULL,
  `LastPlayedDate` TEXT,
  `Likes` INTEGER,
  `PlayCount` INTEGER NOT NULL,
  `PlaybackPositionTicks` INTEGER NOT NULL,
  `Played` INTEGER NOT NULL,
  `Rating` REAL,
  `RetentionDate` TEXT,
  `SubtitleStreamIndex` INTEGER,
  PRIMARY KEY (`ItemId`(36), `UserId`(36), `CustomDataKey`(255))
) ENGINE=InnoDB;

-- Kavita (reading server for manga, comics and books): the EF Core model of its SQLite database,
-- github.com/Kareadita/Kavita API/Data/Migrations/DataContextModelSnapshot.cs (EF Core 8.0.8, the model the
-- migrations of API/Data/Migrations/*.cs build), commit ed7e9d4a6e85c2ec04803ca86fb3d2b5ca15581a (GPL-3.0).
-- Every entity of the snapshot is written as a MySQL table by a small script: columns in the snapshot's order (key
-- first, then the properties alphabetically, as EF Core lists them), table names from ToTable() or the entity name,
-- C# types mapped to MySQL (int -> INT, long -> BIGINT, uint -> INT UNSIGNED, bool -> TINYINT(1), float -> FLOAT,
-- DateTime / DateTimeOffset -> DATETIME(6), string -> LONGTEXT, VARCHAR(n) with HasMaxLength, VARCHAR(255) in keys;
-- enums are INT as stored); nullability from the C# type and IsRequired(); numeric HasDefaultValue() kept;
-- primary keys, unique indexes (HasIndex().IsUnique()) and the 77 foreign keys of the relationship section
-- (HasOne().HasForeignKey(), with their OnDelete) kept; plain indexes left out. Foreign-key names follow EF Core's
-- FK_<table>_<principal table>_<columns> convention,
-- cut to MySQL's 64 characters where longer.

CREATE TABLE `AspNetRoles` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ConcurrencyStamp` LONGTEXT NULL,
  `Name` VARCHAR(256) NULL,
  `NormalizedName` VARCHAR(256) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AccessFailedCount` INT NOT NULL,
  `AgeRestriction` INT NOT NULL,
  `AgeRestrictionIncludeUnknowns` TINYINT(1) NOT NULL,
  `AniListAccessToken` LONGTEXT NULL,
  `ApiKey` LONGTEXT NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  `ConfirmationToken` LONGTEXT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `Email` VARCHAR(256) NULL,
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `LastActive` DATETIME(6) NOT NULL,
  `LastActiveUtc` DATETIME(6) NOT NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(6) NULL,
  `MalAccessToken` LONGTEXT NULL,
  `MalUserName` LONGTEXT NULL,
  `NormalizedEmail` VARCHAR(256) NULL,
  `NormalizedUserName` VARCHAR(256) NULL,
  `PasswordHash` LONGTEXT NULL,
  `PhoneNumber` LONGTEXT NULL,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `RowVersion` INT UNSIGNED NOT NULL,
  `SecurityStamp` LONGTEXT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `UserName` VARCHAR(256) NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserBookmark` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `ChapterId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `FileName` LONGTEXT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `Page` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `VolumeId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserCollection` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AgeRating` INT NOT NULL DEFAULT 0,
  `AppUserId` INT NOT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LastSyncUtc` DATETIME(6) NOT NULL,
  `MissingSeriesFromSource` LONGTEXT NULL,
  `NormalizedTitle` LONGTEXT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `Promoted` TINYINT(1) NOT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `Source` INT NOT NULL,
  `SourceUrl` LONGTEXT NULL,
  `Summary` LONGTEXT NULL,
  `Title` LONGTEXT NULL,
  `TotalSourceCount` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserDashboardStream` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `IsProvided` TINYINT(1) NOT NULL,
  `Name` LONGTEXT NULL,
  `Order` INT NOT NULL,
  `SmartFilterId` INT NULL,
  `StreamType` INT NOT NULL DEFAULT 4,
  `Visible` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserExternalSource` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ApiKey` LONGTEXT NULL,
  `AppUserId` INT NOT NULL,
  `Host` LONGTEXT NULL,
  `Name` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserOnDeckRemoval` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserPreferences` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `AutoCloseMenu` TINYINT(1) NOT NULL,
  `BackgroundColor` LONGTEXT NULL,
  `BlurUnreadSummaries` TINYINT(1) NOT NULL,
  `BookReaderFontFamily` LONGTEXT NULL,
  `BookReaderFontSize` INT NOT NULL,
  `BookReaderImmersiveMode` TINYINT(1) NOT NULL,
  `BookReaderLayoutMode` INT NOT NULL,
  `BookReaderLineSpacing` INT NOT NULL,
  `BookReaderMargin` INT NOT NULL,
  `BookReaderReadingDirection` INT NOT NULL,
  `BookReaderTapToPaginate` TINYINT(1) NOT NULL,
  `BookReaderWritingStyle` INT NOT NULL DEFAULT 0,
  `BookThemeName` LONGTEXT NULL,
  `CollapseSeriesRelationships` TINYINT(1) NOT NULL,
  `EmulateBook` TINYINT(1) NOT NULL,
  `GlobalPageLayoutMode` INT NOT NULL DEFAULT 0,
  `LayoutMode` INT NOT NULL,
  `Locale` LONGTEXT NOT NULL,
  `NoTransitions` TINYINT(1) NOT NULL,
  `PageSplitOption` INT NOT NULL,
  `PdfScrollMode` INT NOT NULL,
  `PdfSpreadMode` INT NOT NULL,
  `PdfTheme` INT NOT NULL,
  `PromptForDownloadSize` TINYINT(1) NOT NULL,
  `ReaderMode` INT NOT NULL,
  `ReadingDirection` INT NOT NULL,
  `ScalingOption` INT NOT NULL,
  `ShareReviews` TINYINT(1) NOT NULL,
  `ShowScreenHints` TINYINT(1) NOT NULL,
  `SwipeToPaginate` TINYINT(1) NOT NULL,
  `ThemeId` INT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_AppUserPreferences_AppUserId` (`AppUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserProgresses` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `BookScrollId` LONGTEXT NULL,
  `ChapterId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `PagesRead` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `VolumeId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserRating` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `HasBeenRated` TINYINT(1) NOT NULL,
  `Rating` FLOAT NOT NULL,
  `Review` LONGTEXT NULL,
  `SeriesId` INT NOT NULL,
  `Tagline` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` INT NOT NULL,
  `RoleId` INT NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserSideNavStream` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `ExternalSourceId` INT NULL,
  `IsProvided` TINYINT(1) NOT NULL,
  `LibraryId` INT NULL,
  `Name` LONGTEXT NULL,
  `Order` INT NOT NULL,
  `SmartFilterId` INT NULL,
  `StreamType` INT NOT NULL DEFAULT 5,
  `Visible` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserSmartFilter` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `Filter` LONGTEXT NULL,
  `Name` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserTableOfContent` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `BookScrollId` LONGTEXT NULL,
  `ChapterId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `PageNumber` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `Title` LONGTEXT NULL,
  `VolumeId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserWantToRead` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Chapter` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AgeRating` INT NOT NULL,
  `AgeRatingLocked` TINYINT(1) NOT NULL,
  `AlternateCount` INT NOT NULL,
  `AlternateNumber` LONGTEXT NULL,
  `AlternateSeries` LONGTEXT NULL,
  `AvgHoursToRead` FLOAT NOT NULL,
  `CharacterLocked` TINYINT(1) NOT NULL,
  `ColoristLocked` TINYINT(1) NOT NULL,
  `Count` INT NOT NULL,
  `CoverArtistLocked` TINYINT(1) NOT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `EditorLocked` TINYINT(1) NOT NULL,
  `GenresLocked` TINYINT(1) NOT NULL,
  `ISBN` LONGTEXT NULL,
  `ISBNLocked` TINYINT(1) NOT NULL,
  `ImprintLocked` TINYINT(1) NOT NULL,
  `InkerLocked` TINYINT(1) NOT NULL,
  `IsSpecial` TINYINT(1) NOT NULL,
  `Language` LONGTEXT NULL,
  `LanguageLocked` TINYINT(1) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LettererLocked` TINYINT(1) NOT NULL,
  `LocationLocked` TINYINT(1) NOT NULL,
  `MaxHoursToRead` INT NOT NULL,
  `MaxNumber` FLOAT NOT NULL,
  `MinHoursToRead` INT NOT NULL,
  `MinNumber` FLOAT NOT NULL,
  `Number` LONGTEXT NULL,
  `Pages` INT NOT NULL,
  `PencillerLocked` TINYINT(1) NOT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `PublisherLocked` TINYINT(1) NOT NULL,
  `Range` LONGTEXT NULL,
  `ReleaseDate` DATETIME(6) NOT NULL,
  `ReleaseDateLocked` TINYINT(1) NOT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `SeriesGroup` LONGTEXT NULL,
  `SortOrder` FLOAT NOT NULL,
  `SortOrderLocked` TINYINT(1) NOT NULL,
  `StoryArc` LONGTEXT NULL,
  `StoryArcNumber` LONGTEXT NULL,
  `Summary` LONGTEXT NULL,
  `SummaryLocked` TINYINT(1) NOT NULL,
  `TagsLocked` TINYINT(1) NOT NULL,
  `TeamLocked` TINYINT(1) NOT NULL,
  `Title` LONGTEXT NULL,
  `TitleName` LONGTEXT NULL,
  `TitleNameLocked` TINYINT(1) NOT NULL,
  `TotalCount` INT NOT NULL,
  `TranslatorLocked` TINYINT(1) NOT NULL,
  `VolumeId` INT NOT NULL,
  `WebLinks` LONGTEXT NULL,
  `WordCount` BIGINT NOT NULL,
  `WriterLocked` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChapterPeople` (
  `ChapterId` INT NOT NULL,
  `PersonId` INT NOT NULL,
  `Role` INT NOT NULL,
  PRIMARY KEY (`ChapterId`, `PersonId`, `Role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CollectionTag` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `NormalizedTitle` LONGTEXT NULL,
  `Promoted` TINYINT(1) NOT NULL,
  `RowVersion` INT UNSIGNED NOT NULL,
  `Summary` LONGTEXT NULL,
  `Title` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_CollectionTag_Id_Promoted` (`Id`, `Promoted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Device` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `EmailAddress` LONGTEXT NULL,
  `IpAddress` LONGTEXT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LastUsed` DATETIME(6) NOT NULL,
  `LastUsedUtc` DATETIME(6) NOT NULL,
  `Name` LONGTEXT NULL,
  `Platform` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FolderPath` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `LastScanned` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `Path` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Genre` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `NormalizedTitle` VARCHAR(255) NULL,
  `Title` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Genre_NormalizedTitle` (`NormalizedTitle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Library` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AllowScrobbling` TINYINT(1) NOT NULL DEFAULT 1,
  `CoverImage` LONGTEXT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `FolderWatching` TINYINT(1) NOT NULL,
  `IncludeInDashboard` TINYINT(1) NOT NULL,
  `IncludeInRecommended` TINYINT(1) NOT NULL,
  `IncludeInSearch` TINYINT(1) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LastScanned` DATETIME(6) NOT NULL,
  `ManageCollections` TINYINT(1) NOT NULL,
  `ManageReadingLists` TINYINT(1) NOT NULL,
  `Name` LONGTEXT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `Type` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LibraryExcludePattern` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `LibraryId` INT NOT NULL,
  `Pattern` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LibraryFileTypeGroup` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `FileTypeGroup` INT NOT NULL,
  `LibraryId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MangaFile` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Bytes` BIGINT NOT NULL,
  `ChapterId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `Extension` LONGTEXT NULL,
  `FileName` LONGTEXT NULL,
  `FilePath` LONGTEXT NULL,
  `Format` INT NOT NULL,
  `LastFileAnalysis` DATETIME(6) NOT NULL,
  `LastFileAnalysisUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `Pages` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ManualMigrationHistory` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` LONGTEXT NULL,
  `ProductVersion` LONGTEXT NULL,
  `RanAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MediaError` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Comment` LONGTEXT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `Details` LONGTEXT NULL,
  `Extension` LONGTEXT NULL,
  `FilePath` LONGTEXT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRating` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AverageScore` INT NOT NULL,
  `FavoriteCount` INT NOT NULL,
  `Provider` INT NOT NULL,
  `ProviderUrl` LONGTEXT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRecommendation` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AniListId` INT NULL,
  `CoverUrl` LONGTEXT NULL,
  `MalId` BIGINT NULL,
  `Name` LONGTEXT NULL,
  `Provider` INT NOT NULL,
  `SeriesId` INT NULL,
  `Summary` LONGTEXT NULL,
  `Url` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalReview` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Body` LONGTEXT NULL,
  `BodyJustText` LONGTEXT NULL,
  `Provider` INT NOT NULL,
  `Rating` INT NOT NULL,
  `RawBody` LONGTEXT NULL,
  `Score` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `SiteUrl` LONGTEXT NULL,
  `Tagline` LONGTEXT NULL,
  `TotalVotes` INT NOT NULL,
  `Username` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalSeriesMetadata` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AniListId` INT NOT NULL,
  `AverageExternalRating` INT NOT NULL,
  `GoogleBooksId` LONGTEXT NULL,
  `MalId` BIGINT NOT NULL,
  `SeriesId` INT NOT NULL,
  `ValidUntilUtc` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ExternalSeriesMetadata_SeriesId` (`SeriesId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeriesBlacklist` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `LastChecked` DATETIME(6) NOT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeriesMetadata` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AgeRating` INT NOT NULL,
  `AgeRatingLocked` TINYINT(1) NOT NULL,
  `CharacterLocked` TINYINT(1) NOT NULL,
  `ColoristLocked` TINYINT(1) NOT NULL,
  `CoverArtistLocked` TINYINT(1) NOT NULL,
  `EditorLocked` TINYINT(1) NOT NULL,
  `GenresLocked` TINYINT(1) NOT NULL,
  `ImprintLocked` TINYINT(1) NOT NULL,
  `InkerLocked` TINYINT(1) NOT NULL,
  `Language` LONGTEXT NULL,
  `LanguageLocked` TINYINT(1) NOT NULL,
  `LettererLocked` TINYINT(1) NOT NULL,
  `LocationLocked` TINYINT(1) NOT NULL,
  `MaxCount` INT NOT NULL,
  `PencillerLocked` TINYINT(1) NOT NULL,
  `PublicationStatus` INT NOT NULL,
  `PublicationStatusLocked` TINYINT(1) NOT NULL,
  `PublisherLocked` TINYINT(1) NOT NULL,
  `ReleaseYear` INT NOT NULL,
  `ReleaseYearLocked` TINYINT(1) NOT NULL,
  `RowVersion` INT UNSIGNED NOT NULL,
  `SeriesId` INT NOT NULL,
  `Summary` LONGTEXT NULL,
  `SummaryLocked` TINYINT(1) NOT NULL,
  `TagsLocked` TINYINT(1) NOT NULL,
  `TeamLocked` TINYINT(1) NOT NULL,
  `TotalCount` INT NOT NULL,
  `TranslatorLocked` TINYINT(1) NOT NULL,
  `WebLinks` LONGTEXT NULL,
  `WriterLocked` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_SeriesMetadata_SeriesId` (`SeriesId`),
  UNIQUE KEY `IX_SeriesMetadata_Id_SeriesId` (`Id`, `SeriesId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeriesRelation` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RelationKind` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `TargetSeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Person` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AniListId` INT NOT NULL,
  `Asin` LONGTEXT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Description` LONGTEXT NULL,
  `HardcoverId` LONGTEXT NULL,
  `MalId` BIGINT NOT NULL,
  `Name` LONGTEXT NULL,
  `NormalizedName` LONGTEXT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `SecondaryColor` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReadingList` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AgeRating` INT NOT NULL,
  `AppUserId` INT NOT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `EndingMonth` INT NOT NULL,
  `EndingYear` INT NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `NormalizedTitle` LONGTEXT NOT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `Promoted` TINYINT(1) NOT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `StartingMonth` INT NOT NULL,
  `StartingYear` INT NOT NULL,
  `Summary` LONGTEXT NULL,
  `Title` LONGTEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReadingListItem` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ChapterId` INT NOT NULL,
  `Order` INT NOT NULL,
  `ReadingListId` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `VolumeId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScrobbleError` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Comment` LONGTEXT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `Details` LONGTEXT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `ScrobbleEventId` INT NOT NULL,
  `ScrobbleEventId1` BIGINT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScrobbleEvent` (
  `Id` BIGINT NOT NULL,
  `AniListId` INT NULL,
  `AppUserId` INT NOT NULL,
  `ChapterNumber` INT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `ErrorDetails` LONGTEXT NULL,
  `Format` INT NOT NULL,
  `IsErrored` TINYINT(1) NOT NULL,
  `IsProcessed` TINYINT(1) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `MalId` BIGINT NULL,
  `ProcessDateUtc` DATETIME(6) NULL,
  `Rating` FLOAT NULL,
  `ReviewBody` LONGTEXT NULL,
  `ReviewTitle` LONGTEXT NULL,
  `ScrobbleEventType` INT NOT NULL,
  `SeriesId` INT NOT NULL,
  `VolumeNumber` FLOAT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScrobbleHold` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AppUserId` INT NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `SeriesId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Series` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AvgHoursToRead` FLOAT NOT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `FolderPath` LONGTEXT NULL,
  `Format` INT NOT NULL,
  `LastChapterAdded` DATETIME(6) NOT NULL,
  `LastChapterAddedUtc` DATETIME(6) NOT NULL,
  `LastFolderScanned` DATETIME(6) NOT NULL,
  `LastFolderScannedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LibraryId` INT NOT NULL,
  `LocalizedName` LONGTEXT NULL,
  `LocalizedNameLocked` TINYINT(1) NOT NULL,
  `LowestFolderPath` LONGTEXT NULL,
  `MaxHoursToRead` INT NOT NULL,
  `MinHoursToRead` INT NOT NULL,
  `Name` LONGTEXT NULL,
  `NormalizedLocalizedName` LONGTEXT NULL,
  `NormalizedName` LONGTEXT NULL,
  `OriginalName` LONGTEXT NULL,
  `Pages` INT NOT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `SortName` LONGTEXT NULL,
  `SortNameLocked` TINYINT(1) NOT NULL,
  `WordCount` BIGINT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeriesMetadataPeople` (
  `SeriesMetadataId` INT NOT NULL,
  `PersonId` INT NOT NULL,
  `Role` INT NOT NULL,
  PRIMARY KEY (`SeriesMetadataId`, `PersonId`, `Role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerSetting` (
  `Key` INT NOT NULL,
  `RowVersion` INT UNSIGNED NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`Key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerStatistics` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ChapterCount` BIGINT NOT NULL,
  `FileCount` BIGINT NOT NULL,
  `GenreCount` BIGINT NOT NULL,
  `PersonCount` BIGINT NOT NULL,
  `SeriesCount` BIGINT NOT NULL,
  `TagCount` BIGINT NOT NULL,
  `UserCount` BIGINT NOT NULL,
  `VolumeCount` BIGINT NOT NULL,
  `Year` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SiteTheme` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Author` LONGTEXT NULL,
  `CompatibleVersion` LONGTEXT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `Description` LONGTEXT NULL,
  `FileName` LONGTEXT NULL,
  `GitHubPath` LONGTEXT NULL,
  `IsDefault` TINYINT(1) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `Name` LONGTEXT NULL,
  `NormalizedName` LONGTEXT NULL,
  `PreviewUrls` LONGTEXT NULL,
  `Provider` INT NOT NULL,
  `ShaHash` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tag` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `NormalizedTitle` VARCHAR(255) NULL,
  `Title` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Tag_NormalizedTitle` (`NormalizedTitle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Volume` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `AvgHoursToRead` FLOAT NOT NULL,
  `CoverImage` LONGTEXT NULL,
  `CoverImageLocked` TINYINT(1) NOT NULL,
  `Created` DATETIME(6) NOT NULL,
  `CreatedUtc` DATETIME(6) NOT NULL,
  `LastModified` DATETIME(6) NOT NULL,
  `LastModifiedUtc` DATETIME(6) NOT NULL,
  `LookupName` LONGTEXT NULL,
  `MaxHoursToRead` INT NOT NULL,
  `MaxNumber` FLOAT NOT NULL,
  `MinHoursToRead` INT NOT NULL,
  `MinNumber` FLOAT NOT NULL,
  `Name` LONGTEXT NULL,
  `Number` INT NOT NULL,
  `Pages` INT NOT NULL,
  `PrimaryColor` LONGTEXT NULL,
  `SecondaryColor` LONGTEXT NULL,
  `SeriesId` INT NOT NULL,
  `WordCount` BIGINT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserCollectionSeries` (
  `CollectionsId` INT NOT NULL,
  `ItemsId` INT NOT NULL,
  PRIMARY KEY (`CollectionsId`, `ItemsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppUserLibrary` (
  `AppUsersId` INT NOT NULL,
  `LibrariesId` INT NOT NULL,
  PRIMARY KEY (`AppUsersId`, `LibrariesId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChapterGenre` (
  `ChaptersId` INT NOT NULL,
  `GenresId` INT NOT NULL,
  PRIMARY KEY (`ChaptersId`, `GenresId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChapterTag` (
  `ChaptersId` INT NOT NULL,
  `TagsId` INT NOT NULL,
  PRIMARY KEY (`ChaptersId`, `TagsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CollectionTagSeriesMetadata` (
  `CollectionTagsId` INT NOT NULL,
  `SeriesMetadatasId` INT NOT NULL,
  PRIMARY KEY (`CollectionTagsId`, `SeriesMetadatasId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRatingExternalSeriesMetadata` (
  `ExternalRatingsId` INT NOT NULL,
  `ExternalSeriesMetadatasId` INT NOT NULL,
  PRIMARY KEY (`ExternalRatingsId`, `ExternalSeriesMetadatasId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRecommendationExternalSeriesMetadata` (
  `ExternalRecommendationsId` INT NOT NULL,
  `ExternalSeriesMetadatasId` INT NOT NULL,
  PRIMARY KEY (`ExternalRecommendationsId`, `ExternalSeriesMetadatasId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalReviewExternalSeriesMetadata` (
  `ExternalReviewsId` INT NOT NULL,
  `ExternalSeriesMetadatasId` INT NOT NULL,
  PRIMARY KEY (`ExternalReviewsId`, `ExternalSeriesMetadatasId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GenreSeriesMetadata` (
  `GenresId` INT NOT NULL,
  `SeriesMetadatasId` INT NOT NULL,
  PRIMARY KEY (`GenresId`, `SeriesMetadatasId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoleClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  `RoleId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserClaims` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  `UserId` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` VARCHAR(255) NOT NULL,
  `ProviderKey` VARCHAR(255) NOT NULL,
  `ProviderDisplayName` LONGTEXT NULL,
  `UserId` INT NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` INT NOT NULL,
  `LoginProvider` VARCHAR(255) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SeriesMetadataTag` (
  `SeriesMetadatasId` INT NOT NULL,
  `TagsId` INT NOT NULL,
  PRIMARY KEY (`SeriesMetadatasId`, `TagsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `AppUserBookmark` ADD CONSTRAINT `FK_AppUserBookmark_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserCollection` ADD CONSTRAINT `FK_AppUserCollection_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserDashboardStream` ADD CONSTRAINT `FK_AppUserDashboardStream_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserDashboardStream` ADD CONSTRAINT `FK_AppUserDashboardStream_AppUserSmartFilter_SmartFilterId` FOREIGN KEY (`SmartFilterId`) REFERENCES `AppUserSmartFilter` (`Id`);
ALTER TABLE `AppUserExternalSource` ADD CONSTRAINT `FK_AppUserExternalSource_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserOnDeckRemoval` ADD CONSTRAINT `FK_AppUserOnDeckRemoval_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserOnDeckRemoval` ADD CONSTRAINT `FK_AppUserOnDeckRemoval_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserPreferences` ADD CONSTRAINT `FK_AppUserPreferences_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserPreferences` ADD CONSTRAINT `FK_AppUserPreferences_SiteTheme_ThemeId` FOREIGN KEY (`ThemeId`) REFERENCES `SiteTheme` (`Id`);
ALTER TABLE `AppUserProgresses` ADD CONSTRAINT `FK_AppUserProgresses_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserProgresses` ADD CONSTRAINT `FK_AppUserProgresses_Chapter_ChapterId` FOREIGN KEY (`ChapterId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserProgresses` ADD CONSTRAINT `FK_AppUserProgresses_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserRating` ADD CONSTRAINT `FK_AppUserRating_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserRating` ADD CONSTRAINT `FK_AppUserRating_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetUserRoles` ADD CONSTRAINT `FK_AspNetUserRoles_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetUserRoles` ADD CONSTRAINT `FK_AspNetUserRoles_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserSideNavStream` ADD CONSTRAINT `FK_AppUserSideNavStream_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserSideNavStream` ADD CONSTRAINT `FK_AppUserSideNavStream_AppUserSmartFilter_SmartFilterId` FOREIGN KEY (`SmartFilterId`) REFERENCES `AppUserSmartFilter` (`Id`);
ALTER TABLE `AppUserSmartFilter` ADD CONSTRAINT `FK_AppUserSmartFilter_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserTableOfContent` ADD CONSTRAINT `FK_AppUserTableOfContent_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserTableOfContent` ADD CONSTRAINT `FK_AppUserTableOfContent_Chapter_ChapterId` FOREIGN KEY (`ChapterId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserTableOfContent` ADD CONSTRAINT `FK_AppUserTableOfContent_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserWantToRead` ADD CONSTRAINT `FK_AppUserWantToRead_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserWantToRead` ADD CONSTRAINT `FK_AppUserWantToRead_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `Chapter` ADD CONSTRAINT `FK_Chapter_Volume_VolumeId` FOREIGN KEY (`VolumeId`) REFERENCES `Volume` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterPeople` ADD CONSTRAINT `FK_ChapterPeople_Chapter_ChapterId` FOREIGN KEY (`ChapterId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterPeople` ADD CONSTRAINT `FK_ChapterPeople_Person_PersonId` FOREIGN KEY (`PersonId`) REFERENCES `Person` (`Id`) ON DELETE CASCADE;
ALTER TABLE `Device` ADD CONSTRAINT `FK_Device_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `FolderPath` ADD CONSTRAINT `FK_FolderPath_Library_LibraryId` FOREIGN KEY (`LibraryId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `LibraryExcludePattern` ADD CONSTRAINT `FK_LibraryExcludePattern_Library_LibraryId` FOREIGN KEY (`LibraryId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `LibraryFileTypeGroup` ADD CONSTRAINT `FK_LibraryFileTypeGroup_Library_LibraryId` FOREIGN KEY (`LibraryId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `MangaFile` ADD CONSTRAINT `FK_MangaFile_Chapter_ChapterId` FOREIGN KEY (`ChapterId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalSeriesMetadata_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesBlacklist` ADD CONSTRAINT `FK_SeriesBlacklist_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesMetadata` ADD CONSTRAINT `FK_SeriesMetadata_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesRelation` ADD CONSTRAINT `FK_SeriesRelation_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesRelation` ADD CONSTRAINT `FK_SeriesRelation_Series_TargetSeriesId` FOREIGN KEY (`TargetSeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ReadingList` ADD CONSTRAINT `FK_ReadingList_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ReadingListItem` ADD CONSTRAINT `FK_ReadingListItem_Chapter_ChapterId` FOREIGN KEY (`ChapterId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ReadingListItem` ADD CONSTRAINT `FK_ReadingListItem_ReadingList_ReadingListId` FOREIGN KEY (`ReadingListId`) REFERENCES `ReadingList` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ReadingListItem` ADD CONSTRAINT `FK_ReadingListItem_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ReadingListItem` ADD CONSTRAINT `FK_ReadingListItem_Volume_VolumeId` FOREIGN KEY (`VolumeId`) REFERENCES `Volume` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleError` ADD CONSTRAINT `FK_ScrobbleError_ScrobbleEvent_ScrobbleEventId1` FOREIGN KEY (`ScrobbleEventId1`) REFERENCES `ScrobbleEvent` (`Id`);
ALTER TABLE `ScrobbleError` ADD CONSTRAINT `FK_ScrobbleError_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleEvent` ADD CONSTRAINT `FK_ScrobbleEvent_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleEvent` ADD CONSTRAINT `FK_ScrobbleEvent_Library_LibraryId` FOREIGN KEY (`LibraryId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleEvent` ADD CONSTRAINT `FK_ScrobbleEvent_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleHold` ADD CONSTRAINT `FK_ScrobbleHold_AspNetUsers_AppUserId` FOREIGN KEY (`AppUserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ScrobbleHold` ADD CONSTRAINT `FK_ScrobbleHold_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `Series` ADD CONSTRAINT `FK_Series_Library_LibraryId` FOREIGN KEY (`LibraryId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesMetadataPeople` ADD CONSTRAINT `FK_SeriesMetadataPeople_Person_PersonId` FOREIGN KEY (`PersonId`) REFERENCES `Person` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesMetadataPeople` ADD CONSTRAINT `FK_SeriesMetadataPeople_SeriesMetadata_SeriesMetadataId` FOREIGN KEY (`SeriesMetadataId`) REFERENCES `SeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `Volume` ADD CONSTRAINT `FK_Volume_Series_SeriesId` FOREIGN KEY (`SeriesId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserCollectionSeries` ADD CONSTRAINT `FK_AppUserCollectionSeries_AppUserCollection_CollectionsId` FOREIGN KEY (`CollectionsId`) REFERENCES `AppUserCollection` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserCollectionSeries` ADD CONSTRAINT `FK_AppUserCollectionSeries_Series_ItemsId` FOREIGN KEY (`ItemsId`) REFERENCES `Series` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserLibrary` ADD CONSTRAINT `FK_AppUserLibrary_AspNetUsers_AppUsersId` FOREIGN KEY (`AppUsersId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AppUserLibrary` ADD CONSTRAINT `FK_AppUserLibrary_Library_LibrariesId` FOREIGN KEY (`LibrariesId`) REFERENCES `Library` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterGenre` ADD CONSTRAINT `FK_ChapterGenre_Chapter_ChaptersId` FOREIGN KEY (`ChaptersId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterGenre` ADD CONSTRAINT `FK_ChapterGenre_Genre_GenresId` FOREIGN KEY (`GenresId`) REFERENCES `Genre` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterTag` ADD CONSTRAINT `FK_ChapterTag_Chapter_ChaptersId` FOREIGN KEY (`ChaptersId`) REFERENCES `Chapter` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ChapterTag` ADD CONSTRAINT `FK_ChapterTag_Tag_TagsId` FOREIGN KEY (`TagsId`) REFERENCES `Tag` (`Id`) ON DELETE CASCADE;
ALTER TABLE `CollectionTagSeriesMetadata` ADD CONSTRAINT `FK_CollectionTagSeriesMetadata_CollectionTag_CollectionTagsId` FOREIGN KEY (`CollectionTagsId`) REFERENCES `CollectionTag` (`Id`) ON DELETE CASCADE;
ALTER TABLE `CollectionTagSeriesMetadata` ADD CONSTRAINT `FK_CollectionTagSeriesMetadata_SeriesMetadata_SeriesMetadatasId` FOREIGN KEY (`SeriesMetadatasId`) REFERENCES `SeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalRatingExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalRatingExternalSeriesMetadata_ExternalRating_ExternalR` FOREIGN KEY (`ExternalRatingsId`) REFERENCES `ExternalRating` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalRatingExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalRatingExternalSeriesMetadata_ExternalSeriesMetadata_E` FOREIGN KEY (`ExternalSeriesMetadatasId`) REFERENCES `ExternalSeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalRecommendationExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalRecommendationExternalSeriesMetadata_ExternalRecommen` FOREIGN KEY (`ExternalRecommendationsId`) REFERENCES `ExternalRecommendation` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalRecommendationExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalRecommendationExternalSeriesMetadata_ExternalSeriesMe` FOREIGN KEY (`ExternalSeriesMetadatasId`) REFERENCES `ExternalSeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalReviewExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalReviewExternalSeriesMetadata_ExternalReview_ExternalR` FOREIGN KEY (`ExternalReviewsId`) REFERENCES `ExternalReview` (`Id`) ON DELETE CASCADE;
ALTER TABLE `ExternalReviewExternalSeriesMetadata` ADD CONSTRAINT `FK_ExternalReviewExternalSeriesMetadata_ExternalSeriesMetadata_E` FOREIGN KEY (`ExternalSeriesMetadatasId`) REFERENCES `ExternalSeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `GenreSeriesMetadata` ADD CONSTRAINT `FK_GenreSeriesMetadata_Genre_GenresId` FOREIGN KEY (`GenresId`) REFERENCES `Genre` (`Id`) ON DELETE CASCADE;
ALTER TABLE `GenreSeriesMetadata` ADD CONSTRAINT `FK_GenreSeriesMetadata_SeriesMetadata_SeriesMetadatasId` FOREIGN KEY (`SeriesMetadatasId`) REFERENCES `SeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetRoleClaims` ADD CONSTRAINT `FK_AspNetRoleClaims_AspNetRoles_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `AspNetRoles` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetUserClaims` ADD CONSTRAINT `FK_AspNetUserClaims_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetUserLogins` ADD CONSTRAINT `FK_AspNetUserLogins_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `AspNetUserTokens` ADD CONSTRAINT `FK_AspNetUserTokens_AspNetUsers_UserId` FOREIGN KEY (`UserId`) REFERENCES `AspNetUsers` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesMetadataTag` ADD CONSTRAINT `FK_SeriesMetadataTag_SeriesMetadata_SeriesMetadatasId` FOREIGN KEY (`SeriesMetadatasId`) REFERENCES `SeriesMetadata` (`Id`) ON DELETE CASCADE;
ALTER TABLE `SeriesMetadataTag` ADD CONSTRAINT `FK_SeriesMetadataTag_Tag_TagsId` FOREIGN KEY (`TagsId`) REFERENCES `Tag` (`Id`) ON DELETE CASCADE;

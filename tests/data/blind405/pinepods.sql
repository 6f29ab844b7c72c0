-- PinePods (self-hosted multi-user podcast manager and podcatcher with a built-in gPodder sync API; Rust / Python / Go)
-- Upstream: github.com/madeofpendletonwool/PinePods, commit 4b8785b555aac67ece420478a83b3ee28b718c22
-- (2026-07-10, 0.9.0 + 64 commits), licence GPL-3.0.
-- Source: database_functions/migration_definitions.py (the idempotent migration set 001 ... 109 that
-- startup/setup_database_new.py runs at every start; the gpodder-api's Go migrations create the same
-- GpodderSync* tables). Made by running upstream's startup/setup_database_new.py unchanged, with DB_TYPE=mariadb,
-- against an empty scratch MariaDB 10.11 database (68 migrations recorded as applied; the MariaDB Connector/Python
-- module it imports was served by mysql-connector-python through a three-line shim), then dumping the result with
-- SHOW CREATE TABLE: columns, types, defaults, comments, CHECK constraints, primary keys, unique keys and foreign
-- keys as MariaDB holds them; secondary indexes and character-set / collation clauses left out.
-- All 49 tables are kept (including upstream's own schema_migrations bookkeeping table). The rows the
-- migrations insert (default admin and background-task users, settings) are not part of this file.
-- Tables are ordered so that every foreign key points to a table created before it.

CREATE TABLE `AISettings` (
  `AISettingsID` int(11) NOT NULL AUTO_INCREMENT,
  `TranscriptionModel` varchar(100) NOT NULL DEFAULT 'base',
  `LlmBackend` varchar(20) NOT NULL DEFAULT 'local',
  `LlmModel` varchar(200) DEFAULT NULL,
  `LlmUrl` varchar(500) DEFAULT NULL,
  `LlmApiKey` text DEFAULT NULL,
  `WhisperDevice` varchar(20) NOT NULL DEFAULT 'cpu',
  `WhisperComputeType` varchar(20) NOT NULL DEFAULT 'int8',
  `UpdatedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`AISettingsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OIDCProviders` (
  `ProviderID` int(11) NOT NULL AUTO_INCREMENT,
  `ProviderName` varchar(255) NOT NULL,
  `ClientID` varchar(255) NOT NULL,
  `ClientSecret` varchar(500) NOT NULL,
  `AuthorizationURL` varchar(255) NOT NULL,
  `TokenURL` varchar(255) NOT NULL,
  `UserInfoURL` varchar(255) NOT NULL,
  `Scope` varchar(255) DEFAULT 'openid email profile',
  `ButtonColor` varchar(50) DEFAULT '#000000',
  `ButtonText` varchar(255) NOT NULL,
  `ButtonTextColor` varchar(50) DEFAULT '#000000',
  `IconSVG` text DEFAULT NULL,
  `NameClaim` varchar(255) DEFAULT NULL,
  `EmailClaim` varchar(255) DEFAULT NULL,
  `UsernameClaim` varchar(255) DEFAULT NULL,
  `RolesClaim` varchar(255) DEFAULT NULL,
  `UserRole` varchar(255) DEFAULT NULL,
  `AdminRole` varchar(255) DEFAULT NULL,
  `Enabled` tinyint(1) DEFAULT 1,
  `Created` datetime DEFAULT current_timestamp(),
  `Modified` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `InitializedFromEnv` tinyint(1) DEFAULT 0 COMMENT 'Indicates if this provider was created from environment variables and should not be removable via UI',
  PRIMARY KEY (`ProviderID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `UserID` int(11) NOT NULL AUTO_INCREMENT,
  `Fullname` varchar(255) DEFAULT NULL,
  `Username` varchar(255) DEFAULT NULL,
  `Email` varchar(255) DEFAULT NULL,
  `Hashed_PW` char(255) DEFAULT NULL,
  `IsAdmin` tinyint(1) DEFAULT NULL,
  `Reset_Code` text DEFAULT NULL,
  `Reset_Expiry` datetime DEFAULT NULL,
  `MFA_Secret` varchar(70) DEFAULT NULL,
  `TimeZone` varchar(50) DEFAULT 'UTC',
  `TimeFormat` int(11) DEFAULT 24,
  `DateFormat` varchar(3) DEFAULT 'ISO',
  `FirstLogin` tinyint(1) DEFAULT 0,
  `GpodderUrl` varchar(255) DEFAULT '',
  `Pod_Sync_Type` varchar(50) DEFAULT 'None',
  `GpodderLoginName` varchar(255) DEFAULT '',
  `GpodderToken` varchar(255) DEFAULT '',
  `EnableRSSFeeds` tinyint(1) DEFAULT 0,
  `auth_type` varchar(50) DEFAULT 'standard',
  `oidc_provider_id` int(11) DEFAULT NULL,
  `oidc_subject` varchar(255) DEFAULT NULL,
  `PlaybackSpeed` decimal(2,1) unsigned DEFAULT 1.0,
  `AutoDownloadDeleteDays` int(11) DEFAULT 0,
  `DefaultVolume` int(11) DEFAULT 100,
  `LastSyncTime` datetime DEFAULT NULL,
  `DefaultGpodderDevice` varchar(255) DEFAULT NULL,
  `Language` varchar(10) DEFAULT 'en' COMMENT 'ISO 639-1 language code for user interface language preference',
  `UsePodcastCovers` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`UserID`),
  UNIQUE KEY `Username` (`Username`),
  CONSTRAINT `fk_oidc_provider` FOREIGN KEY (`oidc_provider_id`) REFERENCES `OIDCProviders` (`ProviderID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `APIKeys` (
  `APIKeyID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `APIKey` text DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`APIKeyID`),
  CONSTRAINT `APIKeys_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppSettings` (
  `AppSettingsID` int(11) NOT NULL AUTO_INCREMENT,
  `SelfServiceUser` tinyint(1) DEFAULT 0,
  `DownloadEnabled` tinyint(1) DEFAULT 1,
  `EncryptionKey` varchar(255) DEFAULT NULL,
  `NewsFeedSubscribed` tinyint(1) DEFAULT 0,
  `DownloadFolderCover` tinyint(1) DEFAULT 0,
  `DownloadEpisodeCover` tinyint(1) DEFAULT 0,
  `DownloadMetadataSidecar` tinyint(1) DEFAULT 0,
  `DownloadMetadataFormat` varchar(20) DEFAULT 'both',
  `DownloadMetadataSubfolder` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`AppSettingsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Collections` (
  `CollectionID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Description` text DEFAULT NULL,
  `IsDefault` tinyint(1) NOT NULL DEFAULT 0,
  `Icon` varchar(50) NOT NULL DEFAULT 'ph-bookmark-simple',
  `CreatedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `LastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `AutoAddCategories` text DEFAULT NULL,
  PRIMARY KEY (`CollectionID`),
  UNIQUE KEY `UserID` (`UserID`,`Name`),
  CONSTRAINT `Collections_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Podcasts` (
  `PodcastID` int(11) NOT NULL AUTO_INCREMENT,
  `PodcastIndexID` int(11) DEFAULT NULL,
  `PodcastName` text DEFAULT NULL,
  `ArtworkURL` text DEFAULT NULL,
  `Author` text DEFAULT NULL,
  `Categories` text DEFAULT NULL,
  `Description` text DEFAULT NULL,
  `EpisodeCount` int(11) DEFAULT NULL,
  `FeedURL` text DEFAULT NULL,
  `WebsiteURL` text DEFAULT NULL,
  `Explicit` tinyint(1) DEFAULT NULL,
  `UserID` int(11) DEFAULT NULL,
  `AutoDownload` tinyint(1) DEFAULT 0,
  `AutoQueue` tinyint(1) DEFAULT 0,
  `StartSkip` int(11) DEFAULT 0,
  `EndSkip` int(11) DEFAULT 0,
  `Username` text DEFAULT NULL,
  `Password` text DEFAULT NULL,
  `IsYouTubeChannel` tinyint(1) DEFAULT 0,
  `NotificationsEnabled` tinyint(1) DEFAULT 0,
  `FeedCutoffDays` int(11) DEFAULT 0,
  `PlaybackSpeed` decimal(2,1) unsigned DEFAULT 1.0,
  `PlaybackSpeedCustomized` tinyint(1) DEFAULT 0,
  `AutoDownloadDeleteDays` int(11) DEFAULT 0,
  `AutoDownloadDeleteCustomized` tinyint(1) DEFAULT 0,
  `IgnorePodcastIndex` tinyint(1) DEFAULT 0,
  `DisplayPodcast` tinyint(1) DEFAULT 1,
  `RefreshPodcast` tinyint(1) DEFAULT 1,
  `MergedPodcastIDs` text DEFAULT NULL,
  `UsePodcastCovers` tinyint(1) DEFAULT 0,
  `UsePodcastCoversCustomized` tinyint(1) DEFAULT 0,
  `AutoPlayNext` tinyint(1) DEFAULT 0,
  `IsFavorite` tinyint(1) DEFAULT 0,
  `FeedETag` text DEFAULT NULL,
  `FeedLastModified` text DEFAULT NULL,
  `LastRefreshAttempt` datetime DEFAULT NULL,
  `LastRefreshSuccess` datetime DEFAULT NULL,
  `ConsecutiveFailures` int(11) DEFAULT 0,
  `LastErrorMessage` text DEFAULT NULL,
  `TrimSilence` tinyint(1) DEFAULT 0,
  `SilenceThreshold` int(11) DEFAULT 2,
  `AutoTranscribe` tinyint(1) DEFAULT 0,
  `AutoAdDetect` tinyint(1) DEFAULT 0,
  `AdSkipAutoActivate` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`PodcastID`),
  CONSTRAINT `Podcasts_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Episodes` (
  `EpisodeID` int(11) NOT NULL AUTO_INCREMENT,
  `PodcastID` int(11) DEFAULT NULL,
  `EpisodeTitle` text DEFAULT NULL,
  `EpisodeDescription` text DEFAULT NULL,
  `EpisodeURL` text DEFAULT NULL,
  `EpisodeArtwork` text DEFAULT NULL,
  `EpisodePubDate` datetime DEFAULT NULL,
  `EpisodeDuration` int(11) DEFAULT NULL,
  `Completed` tinyint(1) DEFAULT 0,
  `IsVideo` tinyint(1) DEFAULT 0,
  `EpisodeGUID` text DEFAULT NULL,
  `SilenceDetected` tinyint(1) DEFAULT 0,
  `AdsDetected` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`EpisodeID`),
  CONSTRAINT `Episodes_ibfk_1` FOREIGN KEY (`PodcastID`) REFERENCES `Podcasts` (`PodcastID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `YouTubeVideos` (
  `VideoID` int(11) NOT NULL AUTO_INCREMENT,
  `PodcastID` int(11) DEFAULT NULL,
  `VideoTitle` text DEFAULT NULL,
  `VideoDescription` text DEFAULT NULL,
  `VideoURL` text DEFAULT NULL,
  `ThumbnailURL` text DEFAULT NULL,
  `PublishedAt` timestamp NULL DEFAULT NULL,
  `Duration` int(11) DEFAULT NULL,
  `YouTubeVideoID` text DEFAULT NULL,
  `Completed` tinyint(1) DEFAULT 0,
  `ListenPosition` int(11) DEFAULT 0,
  PRIMARY KEY (`VideoID`),
  CONSTRAINT `YouTubeVideos_ibfk_1` FOREIGN KEY (`PodcastID`) REFERENCES `Podcasts` (`PodcastID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CollectionEpisodes` (
  `CollectionEpisodeID` int(11) NOT NULL AUTO_INCREMENT,
  `CollectionID` int(11) NOT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `AddedAt` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`CollectionEpisodeID`),
  CONSTRAINT `CollectionEpisodes_ibfk_1` FOREIGN KEY (`CollectionID`) REFERENCES `Collections` (`CollectionID`) ON DELETE CASCADE,
  CONSTRAINT `CollectionEpisodes_ibfk_2` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`) ON DELETE CASCADE,
  CONSTRAINT `CollectionEpisodes_ibfk_3` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`) ON DELETE CASCADE,
  CONSTRAINT `CONSTRAINT_1` CHECK (`EpisodeID` is not null and `VideoID` is null or `EpisodeID` is null and `VideoID` is not null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustomThemes` (
  `ThemeID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `BackgroundColor` varchar(7) NOT NULL DEFAULT '#3C4252',
  `ButtonColor` varchar(7) NOT NULL DEFAULT '#3e4555',
  `ContainerButtonColor` varchar(7) NOT NULL DEFAULT '#3C4252',
  `ButtonTextColor` varchar(7) NOT NULL DEFAULT '#f6f5f4',
  `TextColor` varchar(7) NOT NULL DEFAULT '#f6f5f4',
  `TextSecondaryColor` varchar(7) NOT NULL DEFAULT '#f6f5f4',
  `BorderColor` varchar(7) NOT NULL DEFAULT '#000000',
  `AccentColor` varchar(7) NOT NULL DEFAULT '#6d747f',
  `ProgBarColor` varchar(7) NOT NULL DEFAULT '#3550af',
  `ErrorColor` varchar(7) NOT NULL DEFAULT '#ff0000',
  `BonusColor` varchar(7) NOT NULL DEFAULT '#000000',
  `SecondaryBackground` varchar(7) NOT NULL DEFAULT '#2e3440',
  `ContainerBackground` varchar(7) NOT NULL DEFAULT '#2b2f3a',
  `StandoutColor` varchar(7) NOT NULL DEFAULT '#6e8e92',
  `HoverColor` varchar(7) NOT NULL DEFAULT '#5d80aa',
  `LinkColor` varchar(7) NOT NULL DEFAULT '#5d80aa',
  `ThumbColor` varchar(7) NOT NULL DEFAULT '#3550af',
  `UnfilledColor` varchar(7) NOT NULL DEFAULT '#d4d6d7',
  `CheckBoxColor` varchar(7) NOT NULL DEFAULT '#ffffff',
  PRIMARY KEY (`ThemeID`),
  UNIQUE KEY `unique_user_theme` (`UserID`,`Name`),
  CONSTRAINT `CustomThemes_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DownloadedEpisodes` (
  `DownloadID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `DownloadedDate` timestamp NULL DEFAULT current_timestamp(),
  `DownloadedSize` int(11) DEFAULT NULL,
  `DownloadedLocation` text DEFAULT NULL,
  PRIMARY KEY (`DownloadID`),
  CONSTRAINT `DownloadedEpisodes_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `DownloadedEpisodes_ibfk_2` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DownloadedVideos` (
  `DownloadID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `DownloadedDate` timestamp NULL DEFAULT current_timestamp(),
  `DownloadedSize` int(11) DEFAULT NULL,
  `DownloadedLocation` text DEFAULT NULL,
  PRIMARY KEY (`DownloadID`),
  CONSTRAINT `DownloadedVideos_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `DownloadedVideos_ibfk_2` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailSettings` (
  `EmailSettingsID` int(11) NOT NULL AUTO_INCREMENT,
  `Server_Name` varchar(255) DEFAULT NULL,
  `Server_Port` int(11) DEFAULT NULL,
  `From_Email` varchar(255) DEFAULT NULL,
  `Send_Mode` varchar(255) DEFAULT NULL,
  `Encryption` varchar(255) DEFAULT NULL,
  `Auth_Required` tinyint(1) DEFAULT NULL,
  `Username` varchar(255) DEFAULT NULL,
  `Password` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`EmailSettingsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EpisodeSkipSegments` (
  `SegmentID` int(11) NOT NULL AUTO_INCREMENT,
  `EpisodeID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `Kind` varchar(20) NOT NULL,
  `StartTime` double NOT NULL,
  `EndTime` double NOT NULL,
  `Source` varchar(30) NOT NULL,
  `CreatedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`SegmentID`),
  CONSTRAINT `EpisodeSkipSegments_ibfk_1` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`) ON DELETE CASCADE,
  CONSTRAINT `EpisodeSkipSegments_ibfk_2` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`) ON DELETE CASCADE,
  CONSTRAINT `CONSTRAINT_1` CHECK (`EpisodeID` is not null and `VideoID` is null or `EpisodeID` is null and `VideoID` is not null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EpisodeAdSkipReview` (
  `ReviewID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `SegmentID` int(11) NOT NULL,
  `Status` varchar(20) NOT NULL,
  `CreatedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ReviewID`),
  UNIQUE KEY `uq_ad_skip_review_user_segment` (`UserID`,`SegmentID`),
  CONSTRAINT `EpisodeAdSkipReview_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `EpisodeAdSkipReview_ibfk_2` FOREIGN KEY (`SegmentID`) REFERENCES `EpisodeSkipSegments` (`SegmentID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EpisodeQueue` (
  `QueueID` int(11) NOT NULL AUTO_INCREMENT,
  `QueueDate` timestamp NULL DEFAULT current_timestamp(),
  `UserID` int(11) DEFAULT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `QueuePosition` int(11) NOT NULL DEFAULT 0,
  `is_youtube` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`QueueID`),
  CONSTRAINT `EpisodeQueue_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EpisodeTranscripts` (
  `TranscriptID` int(11) NOT NULL AUTO_INCREMENT,
  `EpisodeID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `Source` varchar(20) NOT NULL DEFAULT 'generated',
  `Language` varchar(20) DEFAULT NULL,
  `Model` varchar(100) DEFAULT NULL,
  `TranscriptText` longtext DEFAULT NULL,
  `Segments` longtext DEFAULT NULL CHECK (json_valid(`Segments`)),
  `Status` varchar(20) NOT NULL DEFAULT 'complete',
  `CreatedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`TranscriptID`),
  CONSTRAINT `EpisodeTranscripts_ibfk_1` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`) ON DELETE CASCADE,
  CONSTRAINT `EpisodeTranscripts_ibfk_2` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`) ON DELETE CASCADE,
  CONSTRAINT `CONSTRAINT_1` CHECK (`EpisodeID` is not null and `VideoID` is null or `EpisodeID` is null and `VideoID` is not null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderDevices` (
  `DeviceID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceName` varchar(255) NOT NULL,
  `DeviceType` varchar(50) DEFAULT 'desktop',
  `DeviceCaption` varchar(255) DEFAULT NULL,
  `IsDefault` tinyint(1) DEFAULT 0,
  `LastSync` timestamp NULL DEFAULT current_timestamp(),
  `IsActive` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`DeviceID`),
  UNIQUE KEY `UserID` (`UserID`,`DeviceName`),
  CONSTRAINT `GpodderDevices_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSessions` (
  `SessionID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `SessionToken` text NOT NULL,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  `ExpiresAt` timestamp NOT NULL,
  `LastActive` timestamp NULL DEFAULT current_timestamp(),
  `UserAgent` text DEFAULT NULL,
  `ClientIP` text DEFAULT NULL,
  PRIMARY KEY (`SessionID`),
  CONSTRAINT `GpodderSessions_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSubscriptionSnapshot` (
  `SnapshotID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `SyncTarget` varchar(512) NOT NULL,
  `FeedURL` varchar(2048) NOT NULL,
  PRIMARY KEY (`SnapshotID`),
  UNIQUE KEY `UserID_2` (`UserID`,`SyncTarget`,`FeedURL`(512)) USING HASH,
  CONSTRAINT `GpodderSubscriptionSnapshot_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncDevicePairs` (
  `PairID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceID1` int(11) NOT NULL,
  `DeviceID2` int(11) NOT NULL,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`PairID`),
  UNIQUE KEY `UserID` (`UserID`,`DeviceID1`,`DeviceID2`),
  CONSTRAINT `GpodderSyncDevicePairs_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncDevicePairs_ibfk_2` FOREIGN KEY (`DeviceID1`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncDevicePairs_ibfk_3` FOREIGN KEY (`DeviceID2`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncDeviceState` (
  `DeviceStateID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceID` int(11) NOT NULL,
  `SubscriptionCount` int(11) DEFAULT 0,
  `LastUpdated` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`DeviceStateID`),
  UNIQUE KEY `UserID` (`UserID`,`DeviceID`),
  CONSTRAINT `GpodderSyncDeviceState_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncDeviceState_ibfk_2` FOREIGN KEY (`DeviceID`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncEpisodeActions` (
  `ActionID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceID` int(11) DEFAULT NULL,
  `PodcastURL` text NOT NULL,
  `EpisodeURL` text NOT NULL,
  `Action` varchar(20) NOT NULL,
  `Timestamp` bigint(20) NOT NULL,
  `Started` int(11) DEFAULT NULL,
  `Position` int(11) DEFAULT NULL,
  `Total` int(11) DEFAULT NULL,
  PRIMARY KEY (`ActionID`),
  CONSTRAINT `GpodderSyncEpisodeActions_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncEpisodeActions_ibfk_2` FOREIGN KEY (`DeviceID`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncMigrations` (
  `Version` int(11) NOT NULL,
  `Description` text NOT NULL,
  `AppliedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`Version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncPodcastLists` (
  `ListID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Title` varchar(255) NOT NULL,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ListID`),
  UNIQUE KEY `UserID` (`UserID`,`Name`),
  CONSTRAINT `GpodderSyncPodcastLists_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncPodcastListEntries` (
  `EntryID` int(11) NOT NULL AUTO_INCREMENT,
  `ListID` int(11) NOT NULL,
  `PodcastURL` text NOT NULL,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`EntryID`),
  CONSTRAINT `GpodderSyncPodcastListEntries_ibfk_1` FOREIGN KEY (`ListID`) REFERENCES `GpodderSyncPodcastLists` (`ListID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncSettings` (
  `SettingID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `Scope` varchar(20) NOT NULL,
  `DeviceID` int(11) DEFAULT NULL,
  `PodcastURL` text DEFAULT NULL,
  `EpisodeURL` text DEFAULT NULL,
  `SettingKey` varchar(255) NOT NULL,
  `SettingValue` text DEFAULT NULL,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  `LastUpdated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `APIVersion` varchar(10) DEFAULT '2.0',
  PRIMARY KEY (`SettingID`),
  CONSTRAINT `GpodderSyncSettings_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncSettings_ibfk_2` FOREIGN KEY (`DeviceID`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncState` (
  `SyncStateID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceID` int(11) NOT NULL,
  `LastTimestamp` bigint(20) DEFAULT 0,
  `EpisodesTimestamp` bigint(20) DEFAULT 0,
  PRIMARY KEY (`SyncStateID`),
  UNIQUE KEY `UserID` (`UserID`,`DeviceID`),
  CONSTRAINT `GpodderSyncState_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncState_ibfk_2` FOREIGN KEY (`DeviceID`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GpodderSyncSubscriptions` (
  `SubscriptionID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `DeviceID` int(11) NOT NULL,
  `PodcastURL` text NOT NULL,
  `Action` varchar(10) NOT NULL,
  `Timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`SubscriptionID`),
  CONSTRAINT `GpodderSyncSubscriptions_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `GpodderSyncSubscriptions_ibfk_2` FOREIGN KEY (`DeviceID`) REFERENCES `GpodderDevices` (`DeviceID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HostFeedCache` (
  `CacheKey` varchar(512) NOT NULL,
  `FeedJSON` longtext NOT NULL,
  `RefreshedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`CacheKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `People` (
  `PersonID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` text DEFAULT NULL,
  `PersonImg` text DEFAULT NULL,
  `PeopleDBID` int(11) DEFAULT NULL,
  `AssociatedPodcasts` text DEFAULT NULL,
  `UserID` int(11) DEFAULT NULL,
  PRIMARY KEY (`PersonID`),
  CONSTRAINT `People_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PeopleEpisodes` (
  `EpisodeID` int(11) NOT NULL AUTO_INCREMENT,
  `PersonID` int(11) DEFAULT NULL,
  `PodcastID` int(11) DEFAULT NULL,
  `EpisodeTitle` text DEFAULT NULL,
  `EpisodeDescription` text DEFAULT NULL,
  `EpisodeURL` text DEFAULT NULL,
  `EpisodeArtwork` text DEFAULT NULL,
  `EpisodePubDate` timestamp NULL DEFAULT NULL,
  `EpisodeDuration` int(11) DEFAULT NULL,
  `AddedDate` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`EpisodeID`),
  CONSTRAINT `PeopleEpisodes_ibfk_1` FOREIGN KEY (`PersonID`) REFERENCES `People` (`PersonID`),
  CONSTRAINT `PeopleEpisodes_ibfk_2` FOREIGN KEY (`PodcastID`) REFERENCES `Podcasts` (`PodcastID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Playlists` (
  `PlaylistID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Description` text DEFAULT NULL,
  `IsSystemPlaylist` tinyint(1) NOT NULL DEFAULT 0,
  `PodcastIDs` longtext DEFAULT NULL CHECK (json_valid(`PodcastIDs`)),
  `IncludeUnplayed` tinyint(1) NOT NULL DEFAULT 1,
  `IncludePartiallyPlayed` tinyint(1) NOT NULL DEFAULT 1,
  `IncludePlayed` tinyint(1) NOT NULL DEFAULT 0,
  `MinDuration` int(11) DEFAULT NULL,
  `MaxDuration` int(11) DEFAULT NULL,
  `SortOrder` varchar(50) NOT NULL DEFAULT 'date_desc' CHECK (`SortOrder` in ('date_asc','date_desc','duration_asc','duration_desc','listen_progress','completion')),
  `GroupByPodcast` tinyint(1) NOT NULL DEFAULT 0,
  `MaxEpisodes` int(11) DEFAULT NULL,
  `PlayProgressMin` float DEFAULT NULL,
  `PlayProgressMax` float DEFAULT NULL,
  `TimeFilterHours` int(11) DEFAULT NULL,
  `LastUpdated` timestamp NOT NULL DEFAULT current_timestamp(),
  `Created` timestamp NOT NULL DEFAULT current_timestamp(),
  `IconName` varchar(50) NOT NULL DEFAULT 'ph-playlist',
  `EpisodeCount` int(11) DEFAULT 0,
  PRIMARY KEY (`PlaylistID`),
  UNIQUE KEY `UserID` (`UserID`,`Name`),
  CONSTRAINT `Playlists_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `CONSTRAINT_1` CHECK (`PlayProgressMin` is null or `PlayProgressMin` >= 0 and `PlayProgressMin` <= 100),
  CONSTRAINT `CONSTRAINT_2` CHECK (`PlayProgressMax` is null or `PlayProgressMax` >= 0 and `PlayProgressMax` <= 100),
  CONSTRAINT `CONSTRAINT_3` CHECK (`PlayProgressMin` is null or `PlayProgressMax` is null or `PlayProgressMin` <= `PlayProgressMax`),
  CONSTRAINT `CONSTRAINT_4` CHECK (`MinDuration` is null or `MinDuration` >= 0),
  CONSTRAINT `CONSTRAINT_5` CHECK (`MaxDuration` is null or `MaxDuration` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PlaylistContents` (
  `PlaylistContentID` int(11) NOT NULL AUTO_INCREMENT,
  `PlaylistID` int(11) DEFAULT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `Position` int(11) DEFAULT NULL,
  `DateAdded` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`PlaylistContentID`),
  CONSTRAINT `PlaylistContents_ibfk_1` FOREIGN KEY (`PlaylistID`) REFERENCES `Playlists` (`PlaylistID`) ON DELETE CASCADE,
  CONSTRAINT `PlaylistContents_ibfk_2` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`) ON DELETE CASCADE,
  CONSTRAINT `PlaylistContents_ibfk_3` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`) ON DELETE CASCADE,
  CONSTRAINT `CONSTRAINT_1` CHECK (`EpisodeID` is not null and `VideoID` is null or `EpisodeID` is null and `VideoID` is not null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecommendationCache` (
  `UserID` int(11) NOT NULL,
  `GeneratedAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `ResultsJSON` longtext NOT NULL,
  PRIMARY KEY (`UserID`),
  CONSTRAINT `RecommendationCache_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssKeys` (
  `RssKeyID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `RssKey` text DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`RssKeyID`),
  CONSTRAINT `RssKeys_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RssKeyMap` (
  `RssKeyID` int(11) DEFAULT NULL,
  `PodcastID` int(11) DEFAULT NULL,
  CONSTRAINT `RssKeyMap_ibfk_1` FOREIGN KEY (`RssKeyID`) REFERENCES `RssKeys` (`RssKeyID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SavedEpisodes` (
  `SaveID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `SaveDate` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`SaveID`),
  CONSTRAINT `SavedEpisodes_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `SavedEpisodes_ibfk_2` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SavedVideos` (
  `SaveID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `SaveDate` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`SaveID`),
  CONSTRAINT `SavedVideos_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `SavedVideos_ibfk_2` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScheduledBackups` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `CronSchedule` varchar(50) NOT NULL,
  `Enabled` tinyint(1) NOT NULL DEFAULT 0,
  `CreatedAt` timestamp NULL DEFAULT current_timestamp(),
  `UpdatedAt` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `RetentionCount` int(11) DEFAULT NULL,
  `LastRun` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `unique_user` (`UserID`),
  CONSTRAINT `ScheduledBackups_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Sessions` (
  `SessionID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) NOT NULL,
  `SessionToken` text NOT NULL,
  `ExpirationTime` timestamp NOT NULL,
  `IsActive` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`SessionID`),
  CONSTRAINT `Sessions_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SharedEpisodes` (
  `SharedEpisodeID` int(11) NOT NULL AUTO_INCREMENT,
  `EpisodeID` int(11) NOT NULL,
  `SharedBy` int(11) NOT NULL,
  `SharedWith` int(11) DEFAULT NULL,
  `ShareCode` text DEFAULT NULL,
  `ExpirationDate` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`SharedEpisodeID`),
  UNIQUE KEY `ShareCode` (`ShareCode`(255)),
  CONSTRAINT `SharedEpisodes_ibfk_1` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`) ON DELETE CASCADE,
  CONSTRAINT `SharedEpisodes_ibfk_2` FOREIGN KEY (`SharedBy`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE,
  CONSTRAINT `SharedEpisodes_ibfk_3` FOREIGN KEY (`SharedWith`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserEpisodeHistory` (
  `UserEpisodeHistoryID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `EpisodeID` int(11) DEFAULT NULL,
  `ListenDate` datetime DEFAULT NULL,
  `ListenDuration` int(11) DEFAULT NULL,
  PRIMARY KEY (`UserEpisodeHistoryID`),
  CONSTRAINT `UserEpisodeHistory_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `UserEpisodeHistory_ibfk_2` FOREIGN KEY (`EpisodeID`) REFERENCES `Episodes` (`EpisodeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserNotificationSettings` (
  `SettingID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `Platform` varchar(50) NOT NULL,
  `Enabled` tinyint(1) DEFAULT 1,
  `NtfyTopic` varchar(255) DEFAULT NULL,
  `NtfyServerUrl` varchar(255) DEFAULT 'https://ntfy.sh',
  `GotifyUrl` varchar(255) DEFAULT NULL,
  `GotifyToken` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `NtfyUsername` varchar(255) DEFAULT NULL,
  `NtfyPassword` varchar(255) DEFAULT NULL,
  `NtfyAccessToken` varchar(255) DEFAULT NULL,
  `HttpUrl` varchar(500) DEFAULT NULL,
  `HttpToken` varchar(255) DEFAULT NULL,
  `HttpMethod` varchar(10) DEFAULT 'POST',
  PRIMARY KEY (`SettingID`),
  UNIQUE KEY `UserID` (`UserID`,`Platform`),
  CONSTRAINT `UserNotificationSettings_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserSettings` (
  `UserSettingID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `Theme` varchar(255) DEFAULT 'Nordic',
  `StartPage` varchar(255) DEFAULT 'home',
  `AutoCompleteSeconds` int(11) DEFAULT 0,
  `CollectionAddUI` varchar(10) DEFAULT 'modal',
  PRIMARY KEY (`UserSettingID`),
  UNIQUE KEY `UserID` (`UserID`),
  CONSTRAINT `UserSettings_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserStats` (
  `UserStatsID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `UserCreated` timestamp NULL DEFAULT current_timestamp(),
  `PodcastsPlayed` int(11) DEFAULT 0,
  `TimeListened` int(11) DEFAULT 0,
  `PodcastsAdded` int(11) DEFAULT 0,
  `EpisodesSaved` int(11) DEFAULT 0,
  `EpisodesDownloaded` int(11) DEFAULT 0,
  PRIMARY KEY (`UserStatsID`),
  UNIQUE KEY `UserID` (`UserID`),
  CONSTRAINT `UserStats_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserVideoHistory` (
  `UserVideoHistoryID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `VideoID` int(11) DEFAULT NULL,
  `ListenDate` timestamp NULL DEFAULT NULL,
  `ListenDuration` int(11) DEFAULT 0,
  PRIMARY KEY (`UserVideoHistoryID`),
  CONSTRAINT `UserVideoHistory_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `Users` (`UserID`),
  CONSTRAINT `UserVideoHistory_ibfk_2` FOREIGN KEY (`VideoID`) REFERENCES `YouTubeVideos` (`VideoID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `checksum` varchar(64) NOT NULL,
  `applied_at` timestamp NULL DEFAULT current_timestamp(),
  `execution_time_ms` int(11) DEFAULT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

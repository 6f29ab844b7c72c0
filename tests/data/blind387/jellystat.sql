-- Jellystat (CyferShepard/Jellystat): watch-statistics and activity monitor for Jellyfin (Node.js, knex, PostgreSQL).
-- Source: github.com/CyferShepard/Jellystat, commit 3fae9f7e168a8c4728892793c2bebfae78e4c34b (v1.1.8, MIT).
-- How: upstream's 99 knex migrations (backend/migrations/) were run with knex 2 / pg 8 on an empty PostgreSQL 15
-- scratch database (dropped afterwards), and the base tables were read back from the catalogue and written as MySQL:
-- text -> TEXT (VARCHAR(255) for key columns), json/jsonb -> JSON, timestamp with time zone -> DATETIME,
-- double precision -> DOUBLE, boolean -> TINYINT(1), serial -> AUTO_INCREMENT; defaults of scalar columns kept.
-- Column names and order as upstream; primary, unique and foreign keys kept (the FK jf_library_items.ParentId is declared
-- ON DELETE SET NULL on a NOT NULL column, which PostgreSQL accepts and MariaDB refuses; written without the action).
-- All 14 base tables kept; upstream's views, materialized views and SQL functions (statistics over these tables) left out.

CREATE TABLE `knex_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `batch` INT,
  `migration_time` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knex_migrations_lock` (
  `index` INT NOT NULL AUTO_INCREMENT,
  `is_locked` INT,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_config` (
  `ID` INT NOT NULL,
  `JF_HOST` TEXT,
  `JF_API_KEY` TEXT,
  `APP_USER` TEXT,
  `APP_PASSWORD` TEXT,
  `REQUIRE_LOGIN` TINYINT(1) DEFAULT 1,
  `settings` JSON,
  `api_keys` JSON,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_activity_watchdog` (
  `Id` VARCHAR(255) NOT NULL,
  `IsPaused` TINYINT(1) DEFAULT 0,
  `UserId` TEXT,
  `UserName` TEXT,
  `Client` TEXT,
  `DeviceName` TEXT,
  `DeviceId` TEXT,
  `ApplicationVersion` TEXT,
  `NowPlayingItemId` TEXT,
  `NowPlayingItemName` TEXT,
  `SeasonId` TEXT,
  `SeriesName` TEXT,
  `EpisodeId` TEXT,
  `PlaybackDuration` BIGINT,
  `ActivityDateInserted` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `PlayMethod` TEXT,
  `MediaStreams` JSON,
  `TranscodingInfo` JSON,
  `PlayState` JSON,
  `OriginalContainer` TEXT,
  `RemoteEndPoint` TEXT,
  `ServerId` TEXT,
  `ActivityId` TEXT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_libraries` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` TEXT NOT NULL,
  `ServerId` TEXT,
  `IsFolder` TINYINT(1) NOT NULL DEFAULT 1,
  `Type` TEXT NOT NULL,
  `CollectionType` TEXT NOT NULL,
  `ImageTagsPrimary` TEXT,
  `total_play_time` BIGINT,
  `item_count` BIGINT,
  `season_count` BIGINT,
  `episode_count` BIGINT,
  `archived` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_library_items` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` TEXT NOT NULL,
  `ServerId` TEXT,
  `PremiereDate` DATETIME,
  `EndDate` DATETIME,
  `CommunityRating` DOUBLE,
  `RunTimeTicks` BIGINT,
  `ProductionYear` INT,
  `IsFolder` TINYINT(1),
  `Type` TEXT NOT NULL,
  `Status` TEXT,
  `ImageTagsPrimary` TEXT,
  `ImageTagsBanner` TEXT,
  `ImageTagsLogo` TEXT,
  `ImageTagsThumb` TEXT,
  `BackdropImageTags` TEXT,
  `ParentId` VARCHAR(255) NOT NULL,
  `PrimaryImageHash` TEXT,
  `archived` TINYINT(1) DEFAULT 0,
  `DateCreated` DATETIME,
  `Genres` JSON,
  PRIMARY KEY (`Id`),
  CONSTRAINT `jf_library_items_parentid_foreign` FOREIGN KEY (`ParentId`) REFERENCES `jf_libraries` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_library_seasons` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` TEXT,
  `ServerId` TEXT,
  `IndexNumber` INT,
  `Type` TEXT,
  `ParentLogoItemId` TEXT,
  `ParentBackdropItemId` TEXT,
  `ParentBackdropImageTags` TEXT,
  `SeriesName` TEXT,
  `SeriesId` TEXT,
  `SeriesPrimaryImageTag` TEXT,
  `archived` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_library_episodes` (
  `Id` VARCHAR(255) NOT NULL,
  `EpisodeId` TEXT NOT NULL,
  `Name` TEXT,
  `ServerId` TEXT,
  `PremiereDate` DATETIME,
  `OfficialRating` TEXT,
  `CommunityRating` DOUBLE,
  `RunTimeTicks` BIGINT,
  `ProductionYear` INT,
  `IndexNumber` INT,
  `ParentIndexNumber` INT,
  `Type` TEXT,
  `ParentLogoItemId` TEXT,
  `ParentBackdropItemId` TEXT,
  `ParentBackdropImageTags` TEXT,
  `SeriesId` TEXT,
  `SeasonId` TEXT,
  `SeasonName` TEXT,
  `SeriesName` TEXT,
  `archived` TINYINT(1) DEFAULT 0,
  `DateCreated` DATETIME,
  `PrimaryImageHash` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_playback_activity` (
  `Id` VARCHAR(255) NOT NULL,
  `IsPaused` TINYINT(1) DEFAULT 0,
  `UserId` TEXT,
  `UserName` TEXT,
  `Client` TEXT,
  `DeviceName` TEXT,
  `DeviceId` TEXT,
  `ApplicationVersion` TEXT,
  `NowPlayingItemId` TEXT,
  `NowPlayingItemName` TEXT,
  `SeasonId` TEXT,
  `SeriesName` TEXT,
  `EpisodeId` TEXT,
  `PlaybackDuration` BIGINT,
  `ActivityDateInserted` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `PlayMethod` TEXT,
  `MediaStreams` JSON,
  `TranscodingInfo` JSON,
  `PlayState` JSON,
  `OriginalContainer` TEXT,
  `RemoteEndPoint` TEXT,
  `ServerId` TEXT,
  `imported` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `jf_playback_activity_id_unique` (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_users` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` TEXT,
  `PrimaryImageTag` TEXT,
  `LastLoginDate` DATETIME,
  `LastActivityDate` DATETIME,
  `IsAdministrator` TINYINT(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_item_info` (
  `Id` VARCHAR(255) NOT NULL,
  `Path` TEXT,
  `Name` TEXT,
  `Size` BIGINT,
  `Bitrate` BIGINT,
  `MediaStreams` JSON,
  `Type` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_playback_reporting_plugin_data` (
  `rowid` BIGINT NOT NULL,
  `DateCreated` DATETIME,
  `UserId` TEXT,
  `ItemId` TEXT,
  `ItemType` TEXT,
  `ItemName` TEXT,
  `PlaybackMethod` TEXT,
  `ClientName` TEXT,
  `DeviceName` TEXT,
  `PlayDuration` BIGINT,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jf_logging` (
  `Id` VARCHAR(255) NOT NULL,
  `Name` TEXT NOT NULL,
  `Type` TEXT NOT NULL,
  `ExecutionType` TEXT,
  `Duration` TEXT NOT NULL,
  `TimeRun` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `Log` JSON,
  `Result` TEXT,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `headers` TEXT,
  `payload` TEXT,
  `method` VARCHAR(255) DEFAULT 'POST',
  `trigger_type` VARCHAR(255) NOT NULL,
  `webhook_type` VARCHAR(255) DEFAULT 'generic',
  `schedule` VARCHAR(255),
  `event_type` VARCHAR(255),
  `enabled` TINYINT(1) DEFAULT 1,
  `last_triggered` DATETIME,
  `retry_on_failure` TINYINT(1) DEFAULT 0,
  `max_retries` INT DEFAULT 3,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- MediaTracker 0.2.11 (bonukai/MediaTracker; self-hosted tracker for movies, TV shows, video games, books and audiobooks), MIT
-- Upstream: github.com/bonukai/MediaTracker commit 22aedac26329893b6441d74d12be9a48e190ca9c (main)
-- Source: the 34 knex migrations in server/src/migrations/*.ts run by the application's own Database.runMigrations()
-- (babel-node) on a scratch PostgreSQL 15 database, read back from the catalogue and written as MySQL
-- (varchar(255)/text kept, real -> FLOAT, double precision -> DOUBLE, boolean -> TINYINT(1), serial -> AUTO_INCREMENT).
-- All 17 tables kept.
CREATE TABLE `configuration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `configurationJson` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knex_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `batch` INT,
  `migration_time` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knex_migrations_lock` (
  `index` INT NOT NULL AUTO_INCREMENT,
  `is_locked` INT,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mediaItem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tmdbId` INT,
  `imdbId` VARCHAR(255),
  `tvmazeId` INT,
  `igdbId` INT,
  `openlibraryId` VARCHAR(255),
  `mediaType` VARCHAR(255),
  `numberOfSeasons` INT,
  `status` VARCHAR(255),
  `platform` VARCHAR(255),
  `title` TEXT NOT NULL,
  `originalTitle` TEXT,
  `externalPosterUrl` TEXT,
  `externalBackdropUrl` TEXT,
  `tmdbRating` DECIMAL(8,2),
  `releaseDate` VARCHAR(255),
  `overview` TEXT,
  `lastTimeUpdated` FLOAT,
  `source` VARCHAR(255) NOT NULL,
  `network` VARCHAR(255),
  `url` TEXT,
  `runtime` INT,
  `genres` TEXT,
  `developer` VARCHAR(255),
  `audibleId` VARCHAR(255),
  `authors` TEXT,
  `narrators` TEXT,
  `language` VARCHAR(255),
  `needsDetails` TINYINT(1),
  `lockedAt` FLOAT,
  `goodreadsId` INT,
  `traktId` INT,
  `numberOfPages` INT,
  `audibleCountryCode` VARCHAR(255),
  `tvdbId` INT,
  `posterId` TEXT,
  `backdropId` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mediaitem_audibleid_mediatype_unique` (`audibleId`, `mediaType`),
  UNIQUE KEY `mediaitem_goodreadsid_mediatype_unique` (`goodreadsId`, `mediaType`),
  UNIQUE KEY `mediaitem_igdbid_mediatype_unique` (`igdbId`, `mediaType`),
  UNIQUE KEY `mediaitem_imdbid_mediatype_unique` (`imdbId`, `mediaType`),
  UNIQUE KEY `mediaitem_openlibraryid_mediatype_unique` (`openlibraryId`, `mediaType`),
  UNIQUE KEY `mediaitem_tmdbid_mediatype_unique` (`tmdbId`, `mediaType`),
  UNIQUE KEY `mediaitem_traktid_mediatype_unique` (`traktId`, `mediaType`),
  UNIQUE KEY `mediaitem_tvdbid_unique` (`tvdbId`),
  UNIQUE KEY `mediaitem_tvmazeid_mediatype_unique` (`tvmazeId`, `mediaType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `season` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tmdbId` INT,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `seasonNumber` INT NOT NULL,
  `numberOfEpisodes` INT NOT NULL,
  `isSpecialSeason` TINYINT(1) NOT NULL,
  `externalPosterUrl` VARCHAR(255),
  `releaseDate` VARCHAR(255),
  `tvShowId` INT NOT NULL,
  `traktId` INT,
  `tvdbId` INT,
  `posterId` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `season_tmdbid_unique` (`tmdbId`),
  UNIQUE KEY `season_traktid_unique` (`traktId`),
  UNIQUE KEY `season_tvdbid_unique` (`tvdbId`),
  UNIQUE KEY `season_tvshowid_seasonnumber_unique` (`tvShowId`, `seasonNumber`),
  CONSTRAINT `season_tvshowid_foreign` FOREIGN KEY (`tvShowId`) REFERENCES `mediaItem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `episodeNumber` INT NOT NULL,
  `seasonNumber` INT NOT NULL,
  `seasonAndEpisodeNumber` INT NOT NULL,
  `isSpecialEpisode` TINYINT(1) NOT NULL,
  `releaseDate` VARCHAR(255),
  `tvShowId` INT NOT NULL,
  `seasonId` INT NOT NULL,
  `tmdbId` INT,
  `imdbId` VARCHAR(255),
  `runtime` INT,
  `traktId` INT,
  `tvdbId` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `episode_imdbid_unique` (`imdbId`),
  UNIQUE KEY `episode_tmdbid_unique` (`tmdbId`),
  UNIQUE KEY `episode_traktid_unique` (`traktId`),
  UNIQUE KEY `episode_tvdbid_unique` (`tvdbId`),
  UNIQUE KEY `episode_tvshowid_seasonnumber_episodenumber_unique` (`tvShowId`, `seasonNumber`, `episodeNumber`),
  CONSTRAINT `episode_seasonid_foreign` FOREIGN KEY (`seasonId`) REFERENCES `season` (`id`),
  CONSTRAINT `episode_tvshowid_foreign` FOREIGN KEY (`tvShowId`) REFERENCES `mediaItem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notificationsHistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mediaItemId` INT NOT NULL,
  `episodeId` INT,
  `sendDate` FLOAT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notificationshistory_episodeid_foreign` FOREIGN KEY (`episodeId`) REFERENCES `episode` (`id`),
  CONSTRAINT `notificationshistory_mediaitemid_foreign` FOREIGN KEY (`mediaItemId`) REFERENCES `mediaItem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `sid` VARCHAR(255) NOT NULL,
  `session` TEXT NOT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessionKey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` TEXT NOT NULL,
  `createdAt` FLOAT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `password` TEXT NOT NULL,
  `admin` TINYINT(1),
  `publicReviews` TINYINT(1),
  `sendNotificationWhenStatusChanges` TINYINT(1),
  `sendNotificationWhenReleaseDateChanges` TINYINT(1),
  `sendNotificationWhenNumberOfSeasonsChanges` TINYINT(1),
  `sendNotificationForReleases` TINYINT(1),
  `sendNotificationForEpisodesReleases` TINYINT(1),
  `notificationPlatform` VARCHAR(255),
  `hideEpisodeTitleForUnseenEpisodes` TINYINT(1),
  `hideOverviewForUnseenSeasons` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accessToken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accesstoken_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `list` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `sortBy` VARCHAR(255) NOT NULL,
  `sortOrder` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `createdAt` DOUBLE NOT NULL,
  `updatedAt` DOUBLE NOT NULL,
  `userId` INT NOT NULL,
  `allowComments` TINYINT(1),
  `displayNumbers` TINYINT(1),
  `isWatchlist` TINYINT(1) NOT NULL,
  `traktId` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_userid_name_unique` (`userId`, `name`),
  CONSTRAINT `list_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listItem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `listId` INT NOT NULL,
  `mediaItemId` INT NOT NULL,
  `seasonId` INT,
  `episodeId` INT,
  `addedAt` DOUBLE NOT NULL,
  `type` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `listitem_episodeid_foreign` FOREIGN KEY (`episodeId`) REFERENCES `episode` (`id`),
  CONSTRAINT `listitem_listid_foreign` FOREIGN KEY (`listId`) REFERENCES `list` (`id`),
  CONSTRAINT `listitem_mediaitemid_foreign` FOREIGN KEY (`mediaItemId`) REFERENCES `mediaItem` (`id`),
  CONSTRAINT `listitem_seasonid_foreign` FOREIGN KEY (`seasonId`) REFERENCES `season` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notificationPlatformsCredentials` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `platformName` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notificationplatformscredentials_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `progress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` BIGINT NOT NULL,
  `mediaItemId` INT NOT NULL,
  `episodeId` INT,
  `userId` INT NOT NULL,
  `progress` DOUBLE NOT NULL,
  `duration` DOUBLE,
  `action` VARCHAR(255),
  `device` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `progress_userid_mediaitemid_episodeid_unique` (`userId`, `mediaItemId`, `episodeId`),
  CONSTRAINT `progress_episodeid_foreign` FOREIGN KEY (`episodeId`) REFERENCES `episode` (`id`),
  CONSTRAINT `progress_mediaitemid_foreign` FOREIGN KEY (`mediaItemId`) REFERENCES `mediaItem` (`id`),
  CONSTRAINT `progress_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seen` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` FLOAT,
  `mediaItemId` INT NOT NULL,
  `episodeId` INT,
  `userId` INT NOT NULL,
  `duration` DOUBLE,
  PRIMARY KEY (`id`),
  CONSTRAINT `seen_episodeid_foreign` FOREIGN KEY (`episodeId`) REFERENCES `episode` (`id`),
  CONSTRAINT `seen_mediaitemid_foreign` FOREIGN KEY (`mediaItemId`) REFERENCES `mediaItem` (`id`),
  CONSTRAINT `seen_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userRating` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` FLOAT,
  `userId` INT NOT NULL,
  `rating` FLOAT,
  `review` TEXT,
  `mediaItemId` INT NOT NULL,
  `seasonId` INT,
  `episodeId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `userrating_episodeid_foreign` FOREIGN KEY (`episodeId`) REFERENCES `episode` (`id`),
  CONSTRAINT `userrating_mediaitemid_foreign` FOREIGN KEY (`mediaItemId`) REFERENCES `mediaItem` (`id`),
  CONSTRAINT `userrating_seasonid_foreign` FOREIGN KEY (`seasonId`) REFERENCES `season` (`id`),
  CONSTRAINT `userrating_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Audiobookshelf 2.36.0: the tables the server creates in a new database. github.com/advplyr/audiobookshelf
-- server/models/*.js (Sequelize 6 models, loaded in the order of server/Database.js buildModels()), commit
-- 1b46d68027f3dcd88a4ef596fe6d005541fea3c6 (GPL-3.0). Audiobookshelf runs on SQLite; here the same models were synced by
-- Sequelize 6.37.7 with its MySQL dialect into a scratch MariaDB database, and the table statements Sequelize sent are
-- kept as generated (column order: the model's attributes, the timestamps, then the association keys; JSON for
-- DataTypes.JSON), except that Sequelize's UUID type `CHAR(36) BINARY` is written `CHAR(36) COLLATE utf8mb4_bin`
-- (the same binary collation). Of the separate index statements only the unique index is kept.
-- migrationsMeta is the table server/managers/MigrationManager.js creates (queryInterface.createTable, no key).
-- A new database runs none of server/migrations/*.js (they upgrade older databases to the same state).

CREATE TABLE `users` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `pash` VARCHAR(255),
  `type` VARCHAR(255),
  `token` VARCHAR(255),
  `isActive` TINYINT(1) DEFAULT false,
  `isLocked` TINYINT(1) DEFAULT false,
  `lastSeen` DATETIME,
  `permissions` JSON,
  `bookmarks` JSON,
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `ipAddress` VARCHAR(255),
  `userAgent` VARCHAR(255),
  `refreshToken` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME NOT NULL,
  `lastRefreshToken` VARCHAR(255),
  `lastRefreshTokenExpiresAt` DATETIME,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apiKeys` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `expiresAt` DATETIME,
  `lastUsedAt` DATETIME,
  `isActive` TINYINT(1) NOT NULL DEFAULT false,
  `permissions` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  `createdByUserId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`createdByUserId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraries` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `displayOrder` INTEGER,
  `icon` VARCHAR(255),
  `mediaType` VARCHAR(255),
  `provider` VARCHAR(255),
  `lastScan` DATETIME,
  `lastScanVersion` VARCHAR(255),
  `settings` JSON,
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraryFolders` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `path` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `books` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `title` VARCHAR(255),
  `titleIgnorePrefix` VARCHAR(255),
  `subtitle` VARCHAR(255),
  `publishedYear` VARCHAR(255),
  `publishedDate` VARCHAR(255),
  `publisher` VARCHAR(255),
  `description` TEXT,
  `isbn` VARCHAR(255),
  `asin` VARCHAR(255),
  `language` VARCHAR(255),
  `explicit` TINYINT(1),
  `abridged` TINYINT(1),
  `coverPath` VARCHAR(255),
  `duration` FLOAT,
  `narrators` JSON,
  `audioFiles` JSON,
  `ebookFile` JSON,
  `chapters` JSON,
  `tags` JSON,
  `genres` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `title` VARCHAR(255),
  `titleIgnorePrefix` VARCHAR(255),
  `author` VARCHAR(255),
  `releaseDate` VARCHAR(255),
  `feedURL` VARCHAR(255),
  `imageURL` VARCHAR(255),
  `description` TEXT,
  `itunesPageURL` VARCHAR(255),
  `itunesId` VARCHAR(255),
  `itunesArtistId` VARCHAR(255),
  `language` VARCHAR(255),
  `podcastType` VARCHAR(255),
  `explicit` TINYINT(1),
  `autoDownloadEpisodes` TINYINT(1),
  `autoDownloadSchedule` VARCHAR(255),
  `lastEpisodeCheck` DATETIME,
  `maxEpisodesToKeep` INTEGER,
  `maxNewEpisodesToDownload` INTEGER,
  `coverPath` VARCHAR(255),
  `tags` JSON,
  `genres` JSON,
  `numEpisodes` INTEGER,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcastEpisodes` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `index` INTEGER,
  `season` VARCHAR(255),
  `episode` VARCHAR(255),
  `episodeType` VARCHAR(255),
  `title` VARCHAR(255),
  `subtitle` VARCHAR(1000),
  `description` TEXT,
  `pubDate` VARCHAR(255),
  `enclosureURL` VARCHAR(255),
  `enclosureSize` BIGINT,
  `enclosureType` VARCHAR(255),
  `publishedAt` DATETIME,
  `audioFile` JSON,
  `chapters` JSON,
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `podcastId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`podcastId`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraryItems` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `ino` VARCHAR(255),
  `path` VARCHAR(255),
  `relPath` VARCHAR(255),
  `mediaId` CHAR(36) COLLATE utf8mb4_bin,
  `mediaType` VARCHAR(255),
  `isFile` TINYINT(1),
  `isMissing` TINYINT(1),
  `isInvalid` TINYINT(1),
  `mtime` DATETIME(6),
  `ctime` DATETIME(6),
  `birthtime` DATETIME(6),
  `size` BIGINT,
  `lastScan` DATETIME,
  `lastScanVersion` VARCHAR(255),
  `libraryFiles` JSON,
  `extraData` JSON,
  `title` VARCHAR(255),
  `titleIgnorePrefix` VARCHAR(255),
  `authorNamesFirstLast` VARCHAR(255),
  `authorNamesLastFirst` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  `libraryFolderId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`libraryFolderId`) REFERENCES `libraryFolders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mediaProgresses` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemId` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemType` VARCHAR(255),
  `duration` FLOAT,
  `currentTime` FLOAT,
  `isFinished` TINYINT(1),
  `hideFromContinueListening` TINYINT(1),
  `ebookLocation` VARCHAR(255),
  `ebookProgress` FLOAT,
  `finishedAt` DATETIME,
  `extraData` JSON,
  `podcastId` CHAR(36) COLLATE utf8mb4_bin,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `nameIgnorePrefix` VARCHAR(255),
  `description` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookSeries` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `sequence` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `bookId` CHAR(36) COLLATE utf8mb4_bin,
  `seriesId` CHAR(36) COLLATE utf8mb4_bin,
  UNIQUE `bookSeries_seriesId_bookId_unique` (`bookId`, `seriesId`),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bookId`) REFERENCES `books` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`seriesId`) REFERENCES `series` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authors` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `lastFirst` VARCHAR(255),
  `asin` VARCHAR(255),
  `description` TEXT,
  `imagePath` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookAuthors` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `createdAt` DATETIME NOT NULL,
  `bookId` CHAR(36) COLLATE utf8mb4_bin,
  `authorId` CHAR(36) COLLATE utf8mb4_bin,
  UNIQUE `bookAuthors_authorId_bookId_unique` (`bookId`, `authorId`),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bookId`) REFERENCES `books` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`authorId`) REFERENCES `authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `description` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collectionBooks` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `order` INTEGER,
  `createdAt` DATETIME NOT NULL,
  `bookId` CHAR(36) COLLATE utf8mb4_bin,
  `collectionId` CHAR(36) COLLATE utf8mb4_bin,
  UNIQUE `collectionBooks_collectionId_bookId_unique` (`bookId`, `collectionId`),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bookId`) REFERENCES `books` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlists` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `description` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlistMediaItems` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemId` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemType` VARCHAR(255),
  `order` INTEGER,
  `createdAt` DATETIME NOT NULL,
  `playlistId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`playlistId`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `deviceId` VARCHAR(255),
  `clientName` VARCHAR(255),
  `clientVersion` VARCHAR(255),
  `ipAddress` VARCHAR(255),
  `deviceName` VARCHAR(255),
  `deviceVersion` VARCHAR(255),
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playbackSessions` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemId` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemType` VARCHAR(255),
  `displayTitle` VARCHAR(255),
  `displayAuthor` VARCHAR(255),
  `duration` FLOAT,
  `playMethod` INTEGER,
  `mediaPlayer` VARCHAR(255),
  `startTime` FLOAT,
  `currentTime` FLOAT,
  `serverVersion` VARCHAR(255),
  `coverPath` VARCHAR(255),
  `timeListening` INTEGER,
  `mediaMetadata` JSON,
  `date` VARCHAR(255),
  `dayOfWeek` VARCHAR(255),
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  `deviceId` CHAR(36) COLLATE utf8mb4_bin,
  `libraryId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`deviceId`) REFERENCES `devices` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feeds` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `slug` VARCHAR(255),
  `entityType` VARCHAR(255),
  `entityId` CHAR(36) COLLATE utf8mb4_bin,
  `entityUpdatedAt` DATETIME,
  `serverAddress` VARCHAR(255),
  `feedURL` VARCHAR(255),
  `imageURL` VARCHAR(255),
  `siteURL` VARCHAR(255),
  `title` VARCHAR(255),
  `description` TEXT,
  `author` VARCHAR(255),
  `podcastType` VARCHAR(255),
  `language` VARCHAR(255),
  `ownerName` VARCHAR(255),
  `ownerEmail` VARCHAR(255),
  `explicit` TINYINT(1),
  `preventIndexing` TINYINT(1),
  `coverPath` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedEpisodes` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `title` VARCHAR(255),
  `author` VARCHAR(255),
  `description` TEXT,
  `siteURL` VARCHAR(255),
  `enclosureURL` VARCHAR(255),
  `enclosureType` VARCHAR(255),
  `enclosureSize` BIGINT,
  `pubDate` VARCHAR(255),
  `season` VARCHAR(255),
  `episode` VARCHAR(255),
  `episodeType` VARCHAR(255),
  `duration` FLOAT,
  `filePath` VARCHAR(255),
  `explicit` TINYINT(1),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `feedId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`feedId`) REFERENCES `feeds` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `key` VARCHAR(255),
  `value` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customMetadataProviders` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `name` VARCHAR(255),
  `mediaType` VARCHAR(255),
  `url` VARCHAR(255),
  `authHeaderValue` VARCHAR(255),
  `extraData` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mediaItemShares` (
  `id` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemId` CHAR(36) COLLATE utf8mb4_bin,
  `mediaItemType` VARCHAR(255),
  `slug` VARCHAR(255),
  `pash` VARCHAR(255),
  `expiresAt` DATETIME,
  `extraData` JSON,
  `isDownloadable` TINYINT(1),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) COLLATE utf8mb4_bin,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `series` ADD UNIQUE INDEX `unique_series_name_per_library` (`name`, `libraryId`);

CREATE TABLE `migrationsMeta` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

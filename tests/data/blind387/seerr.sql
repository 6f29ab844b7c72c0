-- Seerr (seerr-team/seerr; the merged successor of Overseerr and Jellyseerr): media-request manager for Plex, Jellyfin and Emby.
-- Source: github.com/seerr-team/seerr, commit f74306ed06d8f672b605d2af2dd0f5b70f7baa4e (MIT).
-- How: the `up()` SQL of the 48 TypeORM SQLite migrations in server/migration/sqlite/ was replayed in timestamp order
-- into an empty SQLite file (plus the one non-SQL step, dropUniqueConstraint on media.imdbId, which a later table
-- rebuild makes moot), and the resulting schema was written as MySQL by a script: varchar -> VARCHAR(255), integer -> INT,
-- boolean -> TINYINT(1), datetime/date kept, (datetime('now')) / CURRENT_TIMESTAMP defaults -> CURRENT_TIMESTAMP.
-- Column names and order as upstream; primary, unique (with upstream's constraint names) and foreign keys kept;
-- secondary indexes left out; tables ordered so that referenced tables come first. All 14 tables kept.

CREATE TABLE `session` (
  `expiredAt` BIGINT NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `json` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255),
  `plexId` INT,
  `plexToken` VARCHAR(255),
  `permissions` INT NOT NULL DEFAULT 0,
  `avatar` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `password` VARCHAR(255),
  `userType` INT NOT NULL DEFAULT 1,
  `plexUsername` VARCHAR(255),
  `resetPasswordGuid` VARCHAR(255),
  `recoveryLinkExpirationDate` DATE,
  `movieQuotaLimit` INT,
  `movieQuotaDays` INT,
  `tvQuotaLimit` INT,
  `tvQuotaDays` INT,
  `jellyfinUsername` VARCHAR(255),
  `jellyfinAuthToken` VARCHAR(255),
  `jellyfinUserId` VARCHAR(255),
  `jellyfinDeviceId` VARCHAR(255),
  `avatarETag` VARCHAR(255),
  `avatarVersion` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_e12875dfb3b1d92d7d7c5377e22` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `locale` VARCHAR(255) NOT NULL DEFAULT '',
  `discoverRegion` VARCHAR(255),
  `streamingRegion` VARCHAR(255),
  `originalLanguage` VARCHAR(255),
  `pgpKey` VARCHAR(255),
  `discordId` VARCHAR(255),
  `pushbulletAccessToken` VARCHAR(255),
  `pushoverApplicationToken` VARCHAR(255),
  `pushoverUserKey` VARCHAR(255),
  `pushoverSound` VARCHAR(255),
  `telegramChatId` VARCHAR(255),
  `telegramSendSilently` TINYINT(1),
  `watchlistSyncMovies` TINYINT(1),
  `watchlistSyncTv` TINYINT(1),
  `notificationTypes` TEXT,
  `userId` INT,
  `telegramMessageThreadId` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_986a2b6d3c05eb4091bb8066f7` (`userId`),
  CONSTRAINT `FK_986a2b6d3c05eb4091bb8066f78` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mediaType` VARCHAR(255) NOT NULL,
  `tmdbId` INT NOT NULL,
  `tvdbId` INT,
  `imdbId` VARCHAR(255),
  `status` INT NOT NULL DEFAULT 1,
  `status4k` INT NOT NULL DEFAULT 1,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `lastSeasonChange` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mediaAddedAt` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `serviceId` INT,
  `serviceId4k` INT,
  `externalServiceId` INT,
  `externalServiceId4k` INT,
  `externalServiceSlug` VARCHAR(255),
  `externalServiceSlug4k` VARCHAR(255),
  `ratingKey` VARCHAR(255),
  `ratingKey4k` VARCHAR(255),
  `jellyfinMediaId` VARCHAR(255),
  `jellyfinMediaId4k` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_41a289eb1fa489c1bc6f38d9c3c` (`tvdbId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchlist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ratingKey` VARCHAR(255) NOT NULL,
  `mediaType` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `tmdbId` INT NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `requestedById` INT,
  `mediaId` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQUE_USER_DB` (`tmdbId`, `requestedById`),
  CONSTRAINT `FK_ae34e6b153a90672eb9dc4857d7` FOREIGN KEY (`requestedById`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6641da8d831b93dfcb429f8b8bc` FOREIGN KEY (`mediaId`) REFERENCES `media` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `issueType` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 1,
  `problemSeason` INT NOT NULL DEFAULT 0,
  `problemEpisode` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mediaId` INT,
  `createdById` INT,
  `modifiedById` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_276e20d053f3cff1645803c95d8` FOREIGN KEY (`mediaId`) REFERENCES `media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_10b17b49d1ee77e7184216001e0` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_da88a1019c850d1a7b143ca02e5` FOREIGN KEY (`modifiedById`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` TEXT NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `userId` INT,
  `issueId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_707b033c2d0653f75213614789d` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_180710fead1c94ca499c57a7d42` FOREIGN KEY (`issueId`) REFERENCES `issue` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `override_rule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `radarrServiceId` INT,
  `sonarrServiceId` INT,
  `users` VARCHAR(255),
  `genre` VARCHAR(255),
  `language` VARCHAR(255),
  `keywords` VARCHAR(255),
  `profileId` INT,
  `rootFolder` VARCHAR(255),
  `tags` VARCHAR(255),
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` INT NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `type` VARCHAR(255) NOT NULL,
  `mediaId` INT,
  `requestedById` INT,
  `modifiedById` INT,
  `is4k` TINYINT(1) NOT NULL DEFAULT 0,
  `serverId` INT,
  `profileId` INT,
  `rootFolder` VARCHAR(255),
  `languageProfileId` INT,
  `tags` TEXT,
  `isAutoRequest` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_a1aa713f41c99e9d10c48da75a0` FOREIGN KEY (`mediaId`) REFERENCES `media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6997bee94720f1ecb7f31137095` FOREIGN KEY (`requestedById`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_f4fc4efa14c3ba2b29c4525fa15` FOREIGN KEY (`modifiedById`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `season_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `seasonNumber` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 1,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `requestId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_6f14737e346d6b27d8e50d2157a` FOREIGN KEY (`requestId`) REFERENCES `media_request` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `season` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `seasonNumber` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 1,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mediaId` INT,
  `status4k` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_087099b39600be695591da9a49c` FOREIGN KEY (`mediaId`) REFERENCES `media` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_slider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `order` INT NOT NULL,
  `isBuiltIn` TINYINT(1) NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `title` VARCHAR(255),
  `data` VARCHAR(255),
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_push_subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `endpoint` VARCHAR(255) NOT NULL,
  `p256dh` VARCHAR(255) NOT NULL,
  `auth` VARCHAR(255) NOT NULL,
  `userId` INT,
  `userAgent` VARCHAR(255),
  `createdAt` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_f90ab5a4ed54905a4bb51a7148b` (`auth`),
  UNIQUE KEY `UQ_6427d07d9a171a3a1ab87480005` (`endpoint`, `userId`),
  CONSTRAINT `FK_03f7958328e311761b0de675fbe` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocklist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mediaType` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255),
  `tmdbId` INT NOT NULL,
  `blocklistedTags` VARCHAR(255),
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `userId` INT,
  `mediaId` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_6bbafa28411e6046421991ea21c` (`tmdbId`),
  UNIQUE KEY `REL_62b7ade94540f9f8d8bede54b9` (`mediaId`),
  CONSTRAINT `FK_5c8af2d0e83b3be6d250eccc19d` FOREIGN KEY (`mediaId`) REFERENCES `media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_356721a49f145aa439c16e6b999` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


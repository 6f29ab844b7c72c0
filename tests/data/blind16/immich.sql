-- Immich: self-hosted photo and video library (users, API keys, sessions, assets with checksums and paths,
-- EXIF data with GPS and places, face recognition (faces, people, embeddings), albums and shared links,
-- partner sharing, activity (comments/likes), memories, tags, notifications, sync audit tables, system config).
--
-- Upstream: github.com/immich-app/immich, licence AGPL-3.0.
-- Source: server/src/schema/tables/*.table.ts (the @Table / @Column / @ForeignKeyColumn definitions of
-- Immich's own sql-tools, Kysely) and server/src/schema/enums.ts, server/src/schema/index.ts (the list of tables),
-- at commit 6563fa608a5a4414f40264b847e60928916fb986 (release "chore: version v1.135.3", 2025-06-20).
-- Written here as MySQL DDL with upstream's table and column names (upstream runs on PostgreSQL). Every table of
-- server/src/schema/tables/ at that commit is kept (39: the 38 of ImmichDatabase.tables plus `tags`, which the list
-- omits but the foreign keys use), with every column, in upstream's column order.
-- Type mapping: uuid -> CHAR(36); timestamp with time zone -> DATETIME; character varying (no length) ->
-- VARCHAR(255); bytea -> BLOB; jsonb -> JSON; text[] / varchar[] arrays -> TEXT; pgvector vector(512) -> BLOB;
-- polygon -> GEOMETRY; PostgreSQL enums -> ENUM; serial / identity -> INT AUTO_INCREMENT. Indexes, triggers and
-- checks left out (unique constraints kept); primary and foreign keys as upstream declares them. The only column
-- comment upstream has (albums.albumThumbnailAssetId) is kept.
-- Foreign keys are cyclic (assets <-> asset_stack, person <-> asset_faces), hence FOREIGN_KEY_CHECKS=0.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `pinCode` VARCHAR(255) NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `profileImagePath` VARCHAR(255) NOT NULL DEFAULT '',
  `isAdmin` BOOLEAN NOT NULL DEFAULT FALSE,
  `shouldChangePassword` BOOLEAN NOT NULL DEFAULT TRUE,
  `avatarColor` VARCHAR(255) NULL DEFAULT NULL,
  `deletedAt` DATETIME NULL,
  `oauthId` VARCHAR(255) NOT NULL DEFAULT '',
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `storageLabel` VARCHAR(255) NULL DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `quotaSizeInBytes` BIGINT NULL,
  `quotaUsageInBytes` BIGINT NOT NULL DEFAULT 0,
  `status` VARCHAR(255) NOT NULL DEFAULT 'active',
  `profileChangedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`email`),
  UNIQUE (`storageLabel`)
);

CREATE TABLE `users_audit` (
  `userId` CHAR(36) NOT NULL,
  `deletedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_metadata` (
  `userId` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`userId`, `key`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `api_keys` (
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `id` CHAR(36) NOT NULL,
  `permissions` TEXT NOT NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `sessions` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expiresAt` DATETIME NULL,
  `userId` CHAR(36) NOT NULL,
  `parentId` CHAR(36) NULL,
  `deviceType` VARCHAR(255) NOT NULL DEFAULT '',
  `deviceOS` VARCHAR(255) NOT NULL DEFAULT '',
  `updateId` CHAR(36) NOT NULL,
  `pinExpiresAt` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`parentId`) REFERENCES `sessions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `session_sync_checkpoints` (
  `sessionId` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ack` VARCHAR(255) NOT NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`sessionId`, `type`),
  FOREIGN KEY (`sessionId`) REFERENCES `sessions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `partners` (
  `sharedById` CHAR(36) NOT NULL,
  `sharedWithId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `createId` CHAR(36) NOT NULL,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `inTimeline` BOOLEAN NOT NULL DEFAULT FALSE,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`sharedById`, `sharedWithId`),
  FOREIGN KEY (`sharedById`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sharedWithId`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `partners_audit` (
  `id` CHAR(36) NOT NULL,
  `sharedById` CHAR(36) NOT NULL,
  `sharedWithId` CHAR(36) NOT NULL,
  `deletedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `libraries` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  `importPaths` TEXT NOT NULL,
  `exclusionPatterns` TEXT NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` DATETIME NULL,
  `refreshedAt` DATETIME NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `asset_stack` (
  `id` CHAR(36) NOT NULL,
  `primaryAssetId` CHAR(36) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`primaryAssetId`),
  FOREIGN KEY (`primaryAssetId`) REFERENCES `assets` (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `assets` (
  `id` CHAR(36) NOT NULL,
  `deviceAssetId` VARCHAR(255) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  `deviceId` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `originalPath` VARCHAR(255) NOT NULL,
  `fileCreatedAt` DATETIME NOT NULL,
  `fileModifiedAt` DATETIME NOT NULL,
  `isFavorite` BOOLEAN NOT NULL DEFAULT FALSE,
  `duration` VARCHAR(255) NULL,
  `encodedVideoPath` VARCHAR(255) NULL DEFAULT '',
  `checksum` BLOB NOT NULL,
  `livePhotoVideoId` CHAR(36) NULL,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `originalFileName` VARCHAR(255) NOT NULL,
  `sidecarPath` VARCHAR(255) NULL,
  `thumbhash` BLOB NULL,
  `isOffline` BOOLEAN NOT NULL DEFAULT FALSE,
  `libraryId` CHAR(36) NULL,
  `isExternal` BOOLEAN NOT NULL DEFAULT FALSE,
  `deletedAt` DATETIME NULL,
  `localDateTime` DATETIME NOT NULL,
  `stackId` CHAR(36) NULL,
  `duplicateId` CHAR(36) NULL,
  `status` ENUM('active', 'trashed', 'deleted') NOT NULL DEFAULT 'active',
  `updateId` CHAR(36) NOT NULL,
  `visibility` ENUM('archive', 'timeline', 'hidden', 'locked') NOT NULL DEFAULT 'timeline',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`livePhotoVideoId`) REFERENCES `assets` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`libraryId`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`stackId`) REFERENCES `asset_stack` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `assets_audit` (
  `id` CHAR(36) NOT NULL,
  `assetId` CHAR(36) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  `deletedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `asset_files` (
  `id` CHAR(36) NOT NULL,
  `assetId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `type` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_assetId_type` (`assetId`, `type`),
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `asset_job_status` (
  `assetId` CHAR(36) NOT NULL,
  `facesRecognizedAt` DATETIME NULL,
  `metadataExtractedAt` DATETIME NULL,
  `duplicatesDetectedAt` DATETIME NULL,
  `previewAt` DATETIME NULL,
  `thumbnailAt` DATETIME NULL,
  PRIMARY KEY (`assetId`),
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `exif` (
  `assetId` CHAR(36) NOT NULL,
  `make` VARCHAR(255) NULL,
  `model` VARCHAR(255) NULL,
  `exifImageWidth` INT NULL,
  `exifImageHeight` INT NULL,
  `fileSizeInByte` BIGINT NULL,
  `orientation` VARCHAR(255) NULL,
  `dateTimeOriginal` DATETIME NULL,
  `modifyDate` DATETIME NULL,
  `lensModel` VARCHAR(255) NULL,
  `fNumber` DOUBLE NULL,
  `focalLength` DOUBLE NULL,
  `iso` INT NULL,
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  `city` VARCHAR(255) NULL,
  `state` VARCHAR(255) NULL,
  `country` VARCHAR(255) NULL,
  `description` TEXT NOT NULL,
  `fps` DOUBLE NULL,
  `exposureTime` VARCHAR(255) NULL,
  `livePhotoCID` VARCHAR(255) NULL,
  `timeZone` VARCHAR(255) NULL,
  `projectionType` VARCHAR(255) NULL,
  `profileDescription` VARCHAR(255) NULL,
  `colorspace` VARCHAR(255) NULL,
  `bitsPerSample` INT NULL,
  `autoStackId` VARCHAR(255) NULL,
  `rating` INT NULL,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`assetId`),
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `smart_search` (
  `assetId` CHAR(36) NOT NULL,
  `embedding` BLOB NOT NULL,
  PRIMARY KEY (`assetId`),
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `person` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ownerId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `thumbnailPath` VARCHAR(255) NOT NULL DEFAULT '',
  `isHidden` BOOLEAN NOT NULL DEFAULT FALSE,
  `birthDate` DATE NULL,
  `faceAssetId` CHAR(36) NULL,
  `isFavorite` BOOLEAN NOT NULL DEFAULT FALSE,
  `color` VARCHAR(255) NULL DEFAULT NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`faceAssetId`) REFERENCES `asset_faces` (`id`) ON DELETE SET NULL
);

CREATE TABLE `asset_faces` (
  `assetId` CHAR(36) NOT NULL,
  `personId` CHAR(36) NULL,
  `imageWidth` INT NOT NULL DEFAULT 0,
  `imageHeight` INT NOT NULL DEFAULT 0,
  `boundingBoxX1` INT NOT NULL DEFAULT 0,
  `boundingBoxY1` INT NOT NULL DEFAULT 0,
  `boundingBoxX2` INT NOT NULL DEFAULT 0,
  `boundingBoxY2` INT NOT NULL DEFAULT 0,
  `id` CHAR(36) NOT NULL,
  `sourceType` ENUM('machine-learning', 'exif', 'manual') NOT NULL DEFAULT 'machine-learning',
  `deletedAt` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`personId`) REFERENCES `person` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `face_search` (
  `faceId` CHAR(36) NOT NULL,
  `embedding` BLOB NOT NULL,
  PRIMARY KEY (`faceId`),
  FOREIGN KEY (`faceId`) REFERENCES `asset_faces` (`id`) ON DELETE CASCADE
);

CREATE TABLE `albums` (
  `id` CHAR(36) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  `albumName` VARCHAR(255) NOT NULL DEFAULT 'Untitled Album',
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `albumThumbnailAssetId` CHAR(36) NULL COMMENT 'Asset ID to be used as thumbnail',
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` TEXT NOT NULL,
  `deletedAt` DATETIME NULL,
  `isActivityEnabled` BOOLEAN NOT NULL DEFAULT TRUE,
  `order` VARCHAR(255) NOT NULL DEFAULT 'desc',
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`albumThumbnailAssetId`) REFERENCES `assets` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `albums_audit` (
  `id` CHAR(36) NOT NULL,
  `albumId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `deletedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `albums_assets_assets` (
  `albumsId` CHAR(36) NOT NULL,
  `assetsId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`albumsId`, `assetsId`),
  FOREIGN KEY (`albumsId`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`assetsId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `albums_shared_users_users` (
  `albumsId` CHAR(36) NOT NULL,
  `usersId` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'editor',
  `createId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updateId` CHAR(36) NOT NULL,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`albumsId`, `usersId`),
  FOREIGN KEY (`albumsId`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`usersId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `album_users_audit` (
  `id` CHAR(36) NOT NULL,
  `albumId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `deletedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activity` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `albumId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `assetId` CHAR(36) NULL,
  `comment` TEXT NULL DEFAULT NULL,
  `isLiked` BOOLEAN NOT NULL DEFAULT FALSE,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`albumId`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `shared_links` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) NULL,
  `userId` CHAR(36) NOT NULL,
  `key` BLOB NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expiresAt` DATETIME NULL,
  `allowUpload` BOOLEAN NOT NULL DEFAULT FALSE,
  `albumId` CHAR(36) NULL,
  `allowDownload` BOOLEAN NOT NULL DEFAULT TRUE,
  `showExif` BOOLEAN NOT NULL DEFAULT TRUE,
  `password` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`albumId`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `shared_link__asset` (
  `assetsId` CHAR(36) NOT NULL,
  `sharedLinksId` CHAR(36) NOT NULL,
  PRIMARY KEY (`assetsId`, `sharedLinksId`),
  FOREIGN KEY (`assetsId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`sharedLinksId`) REFERENCES `shared_links` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `memories` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` DATETIME NULL,
  `ownerId` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `isSaved` BOOLEAN NOT NULL DEFAULT FALSE,
  `memoryAt` DATETIME NOT NULL,
  `seenAt` DATETIME NULL,
  `showAt` DATETIME NULL,
  `hideAt` DATETIME NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `memories_assets_assets` (
  `memoriesId` CHAR(36) NOT NULL,
  `assetsId` CHAR(36) NOT NULL,
  PRIMARY KEY (`memoriesId`, `assetsId`),
  FOREIGN KEY (`memoriesId`) REFERENCES `memories` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`assetsId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `color` VARCHAR(255) NULL DEFAULT NULL,
  `parentId` CHAR(36) NULL,
  `updateId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE (`userId`, `value`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`parentId`) REFERENCES `tags` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tag_asset` (
  `assetsId` CHAR(36) NOT NULL,
  `tagsId` CHAR(36) NOT NULL,
  PRIMARY KEY (`assetsId`, `tagsId`),
  FOREIGN KEY (`assetsId`) REFERENCES `assets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`tagsId`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `tags_closure` (
  `id_ancestor` CHAR(36) NOT NULL,
  `id_descendant` CHAR(36) NOT NULL,
  PRIMARY KEY (`id_ancestor`, `id_descendant`),
  FOREIGN KEY (`id_ancestor`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`id_descendant`) REFERENCES `tags` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deletedAt` DATETIME NULL,
  `updateId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NULL,
  `level` VARCHAR(255) NOT NULL DEFAULT 'info',
  `type` VARCHAR(255) NOT NULL DEFAULT 'info',
  `data` JSON NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `readAt` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `audit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entityType` VARCHAR(255) NOT NULL,
  `entityId` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `ownerId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `move_history` (
  `id` CHAR(36) NOT NULL,
  `entityId` CHAR(36) NOT NULL,
  `pathType` VARCHAR(255) NOT NULL,
  `oldPath` VARCHAR(255) NOT NULL,
  `newPath` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_entityId_pathType` (`entityId`, `pathType`),
  UNIQUE KEY `UQ_newPath` (`newPath`)
);

CREATE TABLE `geodata_places` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `latitude` DOUBLE NOT NULL,
  `countryCode` CHAR(2) NOT NULL,
  `admin1Code` VARCHAR(20) NULL,
  `admin2Code` VARCHAR(80) NULL,
  `modificationDate` DATE NOT NULL,
  `admin1Name` VARCHAR(255) NULL,
  `admin2Name` VARCHAR(255) NULL,
  `alternateNames` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `naturalearth_countries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin` VARCHAR(50) NOT NULL,
  `admin_a3` VARCHAR(3) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `coordinates` GEOMETRY NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `system_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `version_history` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `version` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

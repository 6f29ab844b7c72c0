-- chibisafe 6.5.5+ (chibisafe/chibisafe, formerly lolisafe; self-hosted file uploader and image host, Node.js +
-- Prisma on SQLite), commit 612e9b5d2d3c29aeddd44147df5b76575e1497c5 (MIT)
-- Upstream's 22 Prisma migrations (packages/backend/src/prisma/migrations/*/migration.sql, SQLite) replayed in
-- order into an empty SQLite database and read back, written as MySQL DDL with Prisma's MySQL mapping (see
-- chibisafe.md). Nothing left out.

CREATE TABLE `albums` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `name` TEXT NOT NULL,
  `zippedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  `nsfw` BOOLEAN NOT NULL DEFAULT 0,
  `description` TEXT,
  `sortOrder` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `albums_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ip` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `reason` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `albumId` INT NOT NULL,
  `identifier` VARCHAR(191) NOT NULL,
  `views` INT NOT NULL DEFAULT 0,
  `enabled` BOOLEAN NOT NULL DEFAULT 1,
  `enableDownload` BOOLEAN NOT NULL DEFAULT 0,
  `expiresAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `links_identifier_key` (`identifier`),
  UNIQUE KEY `links_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `batchId` INT,
  `type` TEXT,
  `data` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdBy` TEXT NOT NULL,
  `usedBy` TEXT,
  `code` VARCHAR(191) NOT NULL,
  `used` BOOLEAN NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `invites_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `username` VARCHAR(191) NOT NULL,
  `password` TEXT NOT NULL,
  `enabled` BOOLEAN NOT NULL DEFAULT 1,
  `storageQuota` TEXT NOT NULL DEFAULT '0',
  `apiKey` VARCHAR(191),
  `passwordEditedAt` DATETIME(3),
  `apiKeyEditedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_apiKey_key` (`apiKey`),
  UNIQUE KEY `users_username_key` (`username`),
  UNIQUE KEY `users_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT,
  `name` TEXT NOT NULL,
  `original` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `size` TEXT NOT NULL,
  `hash` TEXT NOT NULL,
  `ip` TEXT NOT NULL,
  `isS3` BOOLEAN NOT NULL DEFAULT 0,
  `isWatched` BOOLEAN NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  `quarantine` BOOLEAN NOT NULL DEFAULT 0,
  `sourceUrl` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_uuid_key` (`uuid`),
  CONSTRAINT `files_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_filesTotags` (
  `A` INT NOT NULL,
  `B` INT NOT NULL,
  KEY `_filesTotags_B_index` (`B`),
  UNIQUE KEY `_filesTotags_AB_unique` (`A`, `B`),
  CONSTRAINT `_filesTotags_B_fkey` FOREIGN KEY (`B`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_filesTotags_A_fkey` FOREIGN KEY (`A`) REFERENCES `files` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_albumsTofiles` (
  `A` INT NOT NULL,
  `B` INT NOT NULL,
  KEY `_albumsTofiles_B_index` (`B`),
  UNIQUE KEY `_albumsTofiles_AB_unique` (`A`, `B`),
  CONSTRAINT `_albumsTofiles_B_fkey` FOREIGN KEY (`B`) REFERENCES `files` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_albumsTofiles_A_fkey` FOREIGN KEY (`A`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_rolesTousers` (
  `A` INT NOT NULL,
  `B` INT NOT NULL,
  KEY `_rolesTousers_B_index` (`B`),
  UNIQUE KEY `_rolesTousers_AB_unique` (`A`, `B`),
  CONSTRAINT `_rolesTousers_B_fkey` FOREIGN KEY (`B`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_rolesTousers_A_fkey` FOREIGN KEY (`A`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snippets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT,
  `identifier` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `parentUuid` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `editedAt` DATETIME(3),
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `snippets_identifier_key` (`identifier`),
  UNIQUE KEY `snippets_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quarantineFiles` (
  `fileId` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `reason` TEXT,
  UNIQUE KEY `quarantineFiles_fileId_key` (`fileId`),
  CONSTRAINT `quarantineFiles_fileId_fkey` FOREIGN KEY (`fileId`) REFERENCES `files` (`uuid`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shortenedLinks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `userId` INT,
  `identifier` VARCHAR(191) NOT NULL,
  `destination` TEXT NOT NULL,
  `views` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `shortenedLinks_identifier_key` (`identifier`),
  UNIQUE KEY `shortenedLinks_uuid_key` (`uuid`),
  CONSTRAINT `shortenedLinks_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rateLimitWindow` INT NOT NULL,
  `rateLimitMax` INT NOT NULL,
  `secret` TEXT NOT NULL,
  `serviceName` TEXT NOT NULL,
  `chunkSize` TEXT NOT NULL,
  `chunkedUploadsTimeout` INT NOT NULL,
  `maxSize` TEXT NOT NULL,
  `generateZips` BOOLEAN NOT NULL,
  `generateOriginalFileNameWithIdentifier` BOOLEAN NOT NULL DEFAULT 0,
  `generatedFilenameLength` INT NOT NULL,
  `generatedAlbumLength` INT NOT NULL,
  `generatedLinksLength` INT NOT NULL DEFAULT 8,
  `blockedExtensions` TEXT NOT NULL,
  `blockNoExtension` BOOLEAN NOT NULL,
  `publicMode` BOOLEAN NOT NULL,
  `userAccounts` BOOLEAN NOT NULL,
  `disableStatisticsCron` BOOLEAN NOT NULL,
  `disableUpdateCheck` BOOLEAN NOT NULL DEFAULT 0,
  `backgroundImageURL` TEXT NOT NULL,
  `logoURL` TEXT NOT NULL,
  `metaDescription` TEXT NOT NULL,
  `metaKeywords` TEXT NOT NULL,
  `metaTwitterHandle` TEXT NOT NULL,
  `metaDomain` TEXT NOT NULL DEFAULT '',
  `serveUploadsFrom` TEXT NOT NULL DEFAULT '',
  `enableMixedCaseFilenames` BOOLEAN NOT NULL DEFAULT 1,
  `usersStorageQuota` TEXT NOT NULL DEFAULT '0',
  `useNetworkStorage` BOOLEAN NOT NULL DEFAULT 0,
  `useMinimalHomepage` BOOLEAN NOT NULL DEFAULT 0,
  `useUrlShortener` BOOLEAN NOT NULL DEFAULT 0,
  `generateThumbnails` BOOLEAN NOT NULL DEFAULT 1,
  `privacyPolicyPageContent` TEXT NOT NULL DEFAULT '',
  `termsOfServicePageContent` TEXT NOT NULL DEFAULT '',
  `rulesPageContent` TEXT NOT NULL DEFAULT '',
  `S3Region` TEXT NOT NULL DEFAULT '',
  `S3Bucket` TEXT NOT NULL DEFAULT '',
  `S3AccessKey` TEXT NOT NULL DEFAULT '',
  `S3SecretKey` TEXT NOT NULL DEFAULT '',
  `S3Endpoint` TEXT NOT NULL DEFAULT '',
  `S3PathStyle` BOOLEAN NOT NULL DEFAULT 0,
  `S3PublicUrl` TEXT NOT NULL DEFAULT '',
  `defaultSortOrder` TEXT NOT NULL DEFAULT 'createdAt:desc',
  `saveDuplicatesToAlbum` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Zipline v4 (diced/zipline; self-hosted ShareX / screenshot and file upload server with a URL shortener; Next.js +
-- Fastify + Prisma on PostgreSQL), the v4.0.0 base schema: prisma/migrations/20241228224006_init/migration.sql as
-- stored at commit db3d4ee01eef83698c5b80957056fab8ccfa0622 (MIT). The same tables and columns are in
-- prisma/schema.prisma of the v4 branch at 0deeb0f2792f1fdf77fb1837c61b89c933cfdebf (which lacks only
-- filesMaxExpiration). Prisma's PostgreSQL DDL written as MySQL (see zipline.md). Nothing left out.

CREATE TABLE `Zipline` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `firstSetup` BOOLEAN NOT NULL DEFAULT 1,
  `coreReturnHttpsUrls` BOOLEAN NOT NULL DEFAULT 0,
  `coreDefaultDomain` TEXT,
  `coreTempDirectory` TEXT NOT NULL,
  `chunksEnabled` BOOLEAN NOT NULL DEFAULT 1,
  `chunksMax` INT NOT NULL DEFAULT 99614720,
  `chunksSize` INT NOT NULL DEFAULT 26214400,
  `tasksDeleteInterval` INT NOT NULL DEFAULT 1800000,
  `tasksClearInvitesInterval` INT NOT NULL DEFAULT 1800000,
  `tasksMaxViewsInterval` INT NOT NULL DEFAULT 1800000,
  `tasksThumbnailsInterval` INT NOT NULL DEFAULT 1800000,
  `tasksMetricsInterval` INT NOT NULL DEFAULT 1800000,
  `filesRoute` TEXT NOT NULL DEFAULT '/u',
  `filesLength` INT NOT NULL DEFAULT 6,
  `filesDefaultFormat` TEXT NOT NULL DEFAULT 'random',
  `filesDisabledExtensions` JSON,
  `filesMaxFileSize` INT NOT NULL DEFAULT 104857600,
  `filesDefaultExpiration` INT,
  `filesMaxExpiration` INT,
  `filesAssumeMimetypes` BOOLEAN NOT NULL DEFAULT 0,
  `filesDefaultDateFormat` TEXT NOT NULL DEFAULT 'YYYY-MM-DD_HH:mm:ss',
  `filesRemoveGpsMetadata` BOOLEAN NOT NULL DEFAULT 0,
  `urlsRoute` TEXT NOT NULL DEFAULT '/go',
  `urlsLength` INT NOT NULL DEFAULT 6,
  `featuresImageCompression` BOOLEAN NOT NULL DEFAULT 1,
  `featuresRobotsTxt` BOOLEAN NOT NULL DEFAULT 1,
  `featuresHealthcheck` BOOLEAN NOT NULL DEFAULT 1,
  `featuresUserRegistration` BOOLEAN NOT NULL DEFAULT 0,
  `featuresOauthRegistration` BOOLEAN NOT NULL DEFAULT 0,
  `featuresDeleteOnMaxViews` BOOLEAN NOT NULL DEFAULT 1,
  `featuresThumbnailsEnabled` BOOLEAN NOT NULL DEFAULT 1,
  `featuresThumbnailsNumberThreads` INT NOT NULL DEFAULT 4,
  `featuresMetricsEnabled` BOOLEAN NOT NULL DEFAULT 1,
  `featuresMetricsAdminOnly` BOOLEAN NOT NULL DEFAULT 0,
  `featuresMetricsShowUserSpecific` BOOLEAN NOT NULL DEFAULT 1,
  `invitesEnabled` BOOLEAN NOT NULL DEFAULT 1,
  `invitesLength` INT NOT NULL DEFAULT 6,
  `websiteTitle` TEXT NOT NULL DEFAULT 'Zipline',
  `websiteTitleLogo` TEXT,
  `websiteExternalLinks` JSON NOT NULL DEFAULT '[{ "name": "GitHub", "url": "https://github.com/diced/zipline"}, { "name": "Documentation", "url": "https://zipline.diced.sh/"}]',
  `websiteLoginBackground` TEXT,
  `websiteDefaultAvatar` TEXT,
  `websiteTos` TEXT,
  `websiteThemeDefault` TEXT NOT NULL DEFAULT 'system',
  `websiteThemeDark` TEXT NOT NULL DEFAULT 'builtin:dark_gray',
  `websiteThemeLight` TEXT NOT NULL DEFAULT 'builtin:light_gray',
  `oauthBypassLocalLogin` BOOLEAN NOT NULL DEFAULT 0,
  `oauthLoginOnly` BOOLEAN NOT NULL DEFAULT 0,
  `oauthDiscordClientId` TEXT,
  `oauthDiscordClientSecret` TEXT,
  `oauthDiscordRedirectUri` TEXT,
  `oauthGoogleClientId` TEXT,
  `oauthGoogleClientSecret` TEXT,
  `oauthGoogleRedirectUri` TEXT,
  `oauthGithubClientId` TEXT,
  `oauthGithubClientSecret` TEXT,
  `oauthGithubRedirectUri` TEXT,
  `oauthOidcClientId` TEXT,
  `oauthOidcClientSecret` TEXT,
  `oauthOidcAuthorizeUrl` TEXT,
  `oauthOidcTokenUrl` TEXT,
  `oauthOidcUserinfoUrl` TEXT,
  `oauthOidcRedirectUri` TEXT,
  `mfaTotpEnabled` BOOLEAN NOT NULL DEFAULT 0,
  `mfaTotpIssuer` TEXT NOT NULL DEFAULT 'Zipline',
  `mfaPasskeys` BOOLEAN NOT NULL DEFAULT 0,
  `ratelimitEnabled` BOOLEAN NOT NULL DEFAULT 1,
  `ratelimitMax` INT NOT NULL DEFAULT 10,
  `ratelimitWindow` INT,
  `ratelimitAdminBypass` BOOLEAN NOT NULL DEFAULT 1,
  `ratelimitAllowList` JSON,
  `httpWebhookOnUpload` TEXT,
  `httpWebhookOnShorten` TEXT,
  `discordWebhookUrl` TEXT,
  `discordUsername` TEXT,
  `discordAvatarUrl` TEXT,
  `discordOnUploadWebhookUrl` TEXT,
  `discordOnUploadUsername` TEXT,
  `discordOnUploadAvatarUrl` TEXT,
  `discordOnUploadContent` TEXT,
  `discordOnUploadEmbed` JSON,
  `discordOnShortenWebhookUrl` TEXT,
  `discordOnShortenUsername` TEXT,
  `discordOnShortenAvatarUrl` TEXT,
  `discordOnShortenContent` TEXT,
  `discordOnShortenEmbed` JSON,
  `pwaEnabled` BOOLEAN NOT NULL DEFAULT 0,
  `pwaTitle` TEXT NOT NULL DEFAULT 'Zipline',
  `pwaShortName` TEXT NOT NULL DEFAULT 'Zipline',
  `pwaDescription` TEXT NOT NULL DEFAULT 'Zipline',
  `pwaThemeColor` TEXT NOT NULL DEFAULT '#000000',
  `pwaBackgroundColor` TEXT NOT NULL DEFAULT '#000000',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `username` VARCHAR(191) NOT NULL,
  `password` TEXT,
  `avatar` TEXT,
  `token` VARCHAR(191) NOT NULL,
  `role` ENUM('USER', 'ADMIN', 'SUPERADMIN') NOT NULL DEFAULT 'USER',
  `view` JSON NOT NULL DEFAULT '{}',
  `totpSecret` TEXT,
  `sessions` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_username_key` (`username`),
  UNIQUE KEY `User_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Export` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `completed` BOOLEAN NOT NULL DEFAULT 0,
  `path` TEXT NOT NULL,
  `files` INT NOT NULL,
  `size` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Export_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserQuota` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `filesQuota` ENUM('BY_BYTES', 'BY_FILES') NOT NULL,
  `maxBytes` TEXT,
  `maxFiles` INT,
  `maxUrls` INT,
  `userId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserQuota_userId_key` (`userId`),
  CONSTRAINT `UserQuota_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPasskey` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsed` DATETIME(3),
  `name` TEXT NOT NULL,
  `reg` JSON NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `UserPasskey_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OAuthProvider` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `provider` ENUM('DISCORD', 'GOOGLE', 'GITHUB', 'OIDC') NOT NULL,
  `username` TEXT NOT NULL,
  `accessToken` TEXT NOT NULL,
  `refreshToken` TEXT,
  `oauthId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `OAuthProvider_provider_oauthId_key` (`provider`, `oauthId`),
  CONSTRAINT `OAuthProvider_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Folder` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` TEXT NOT NULL,
  `public` BOOLEAN NOT NULL DEFAULT 0,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Folder_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `File` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `deletesAt` DATETIME(3),
  `name` TEXT NOT NULL,
  `originalName` TEXT,
  `size` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `views` INT NOT NULL DEFAULT 0,
  `maxViews` INT,
  `favorite` BOOLEAN NOT NULL DEFAULT 0,
  `password` TEXT,
  `userId` VARCHAR(191),
  `folderId` VARCHAR(191),
  PRIMARY KEY (`id`),
  CONSTRAINT `File_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `File_folderId_fkey` FOREIGN KEY (`folderId`) REFERENCES `Folder` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Thumbnail` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `path` TEXT NOT NULL,
  `fileId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Thumbnail_fileId_key` (`fileId`),
  CONSTRAINT `Thumbnail_fileId_fkey` FOREIGN KEY (`fileId`) REFERENCES `File` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IncompleteFile` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `status` ENUM('PENDING', 'PROCESSING', 'COMPLETE', 'FAILED') NOT NULL,
  `chunksTotal` INT NOT NULL,
  `chunksComplete` INT NOT NULL,
  `metadata` JSON NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `IncompleteFile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tag` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `color` TEXT NOT NULL,
  `userId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_name_key` (`name`),
  CONSTRAINT `Tag_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Url` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `vanity` VARCHAR(191),
  `destination` TEXT NOT NULL,
  `views` INT NOT NULL DEFAULT 0,
  `maxViews` INT,
  `password` TEXT,
  `userId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Url_code_vanity_key` (`code`, `vanity`),
  CONSTRAINT `Url_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Metric` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invite` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `expiresAt` DATETIME(3),
  `code` VARCHAR(191) NOT NULL,
  `uses` INT NOT NULL DEFAULT 0,
  `maxUses` INT,
  `inviterId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Invite_code_key` (`code`),
  CONSTRAINT `Invite_inviterId_fkey` FOREIGN KEY (`inviterId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_FileToTag` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_FileToTag_B_index` (`B`),
  CONSTRAINT `_FileToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `File` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_FileToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Wiki.js 2.x (wiki), whole schema: 30 tables.
-- Upstream: github.com/requarks/wiki, commit 6f042e97cc2d3acda6b6ff611de8e0faacce91c1, AGPL-3.0.
--   server/db/migrations/2.0.0.js .. 2.5.128.js (knex), replayed in semver order into MariaDB 10.11 with the `mariadb`
--   dialect branches, plus the two tables Wiki.js creates at run time with the same knex connection:
--   `sessions` (connect-session-knex 2.0.0, the express-session store set up in server/master.js) and
--   `brute` (server/helpers/brute-knex.js, the login brute-force limiter of server/controllers/auth.js).
--   Read back with SHOW CREATE TABLE; knex json columns written back as json (MariaDB stores them as longtext + json_valid check).
--   knex's own `migrations` bookkeeping tables left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `analytics` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `apiKeys` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` text NOT NULL,
  `expiration` varchar(255) NOT NULL,
  `isRevoked` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `assetData` (
  `id` int(11) NOT NULL,
  `data` longblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `assetFolders` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `parentId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `assetfolders_parentid_foreign` (`parentId`),
  CONSTRAINT `assetfolders_parentid_foreign` FOREIGN KEY (`parentId`) REFERENCES `assetFolders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `assets` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) NOT NULL,
  `hash` varchar(255) NOT NULL,
  `ext` varchar(255) NOT NULL,
  `kind` enum('binary','image') NOT NULL DEFAULT 'binary',
  `mime` varchar(255) NOT NULL DEFAULT 'application/octet-stream',
  `fileSize` int(10) unsigned DEFAULT NULL COMMENT 'In kilobytes',
  `metadata` json DEFAULT NULL,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  `folderId` int(10) unsigned DEFAULT NULL,
  `authorId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `assets_folderid_foreign` (`folderId`),
  KEY `assets_authorid_foreign` (`authorId`),
  CONSTRAINT `assets_authorid_foreign` FOREIGN KEY (`authorId`) REFERENCES `users` (`id`),
  CONSTRAINT `assets_folderid_foreign` FOREIGN KEY (`folderId`) REFERENCES `assetFolders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `authentication` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json NOT NULL,
  `selfRegistration` tinyint(1) NOT NULL DEFAULT 0,
  `domainWhitelist` json NOT NULL,
  `autoEnrollGroups` json NOT NULL,
  `order` int(10) unsigned NOT NULL DEFAULT 0,
  `strategyKey` varchar(255) NOT NULL DEFAULT '',
  `displayName` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `brute` (
  `key` varchar(255) DEFAULT NULL,
  `firstRequest` bigint(20) DEFAULT NULL,
  `lastRequest` bigint(20) DEFAULT NULL,
  `lifetime` bigint(20) DEFAULT NULL,
  `count` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `commentProviders` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `comments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  `pageId` int(10) unsigned DEFAULT NULL,
  `authorId` int(10) unsigned DEFAULT NULL,
  `render` text NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `ip` varchar(255) NOT NULL DEFAULT '',
  `replyTo` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `comments_pageid_foreign` (`pageId`),
  KEY `comments_authorid_foreign` (`authorId`),
  CONSTRAINT `comments_authorid_foreign` FOREIGN KEY (`authorId`) REFERENCES `users` (`id`),
  CONSTRAINT `comments_pageid_foreign` FOREIGN KEY (`pageId`) REFERENCES `pages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `editors` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `permissions` json NOT NULL,
  `pageRules` json NOT NULL,
  `isSystem` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  `redirectOnLogin` varchar(255) NOT NULL DEFAULT '/',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `locales` (
  `code` varchar(5) NOT NULL,
  `strings` json DEFAULT NULL,
  `isRTL` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `nativeName` varchar(255) NOT NULL,
  `availability` int(11) NOT NULL DEFAULT 0,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `loggers` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `level` varchar(255) NOT NULL DEFAULT 'warn',
  `config` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `navigation` (
  `key` varchar(255) NOT NULL,
  `config` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pageHistory` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `hash` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `isPrivate` tinyint(1) NOT NULL DEFAULT 0,
  `isPublished` tinyint(1) NOT NULL DEFAULT 0,
  `publishStartDate` varchar(255) DEFAULT NULL,
  `publishEndDate` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT 'updated',
  `pageId` int(10) unsigned DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `contentType` varchar(255) NOT NULL,
  `createdAt` varchar(255) NOT NULL,
  `editorKey` varchar(255) DEFAULT NULL,
  `localeCode` varchar(5) DEFAULT NULL,
  `authorId` int(10) unsigned DEFAULT NULL,
  `versionDate` varchar(255) NOT NULL DEFAULT '',
  `extra` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  KEY `pagehistory_editorkey_foreign` (`editorKey`),
  KEY `pagehistory_localecode_foreign` (`localeCode`),
  KEY `pagehistory_authorid_foreign` (`authorId`),
  CONSTRAINT `pagehistory_authorid_foreign` FOREIGN KEY (`authorId`) REFERENCES `users` (`id`),
  CONSTRAINT `pagehistory_editorkey_foreign` FOREIGN KEY (`editorKey`) REFERENCES `editors` (`key`),
  CONSTRAINT `pagehistory_localecode_foreign` FOREIGN KEY (`localeCode`) REFERENCES `locales` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pageHistoryTags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pageId` int(10) unsigned DEFAULT NULL,
  `tagId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pagehistorytags_pageid_foreign` (`pageId`),
  KEY `pagehistorytags_tagid_foreign` (`tagId`),
  CONSTRAINT `pagehistorytags_pageid_foreign` FOREIGN KEY (`pageId`) REFERENCES `pageHistory` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pagehistorytags_tagid_foreign` FOREIGN KEY (`tagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pageLinks` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `localeCode` varchar(5) NOT NULL,
  `pageId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pagelinks_pageid_foreign` (`pageId`),
  KEY `pagelinks_path_localecode_index` (`path`,`localeCode`),
  CONSTRAINT `pagelinks_pageid_foreign` FOREIGN KEY (`pageId`) REFERENCES `pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pageTags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pageId` int(10) unsigned DEFAULT NULL,
  `tagId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pagetags_pageid_foreign` (`pageId`),
  KEY `pagetags_tagid_foreign` (`tagId`),
  CONSTRAINT `pagetags_pageid_foreign` FOREIGN KEY (`pageId`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pagetags_tagid_foreign` FOREIGN KEY (`tagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pageTree` (
  `id` int(10) unsigned NOT NULL,
  `path` varchar(255) NOT NULL,
  `depth` int(10) unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `isPrivate` tinyint(1) NOT NULL DEFAULT 0,
  `isFolder` tinyint(1) NOT NULL DEFAULT 0,
  `privateNS` varchar(255) DEFAULT NULL,
  `parent` int(10) unsigned DEFAULT NULL,
  `pageId` int(10) unsigned DEFAULT NULL,
  `localeCode` varchar(5) DEFAULT NULL,
  `ancestors` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pagetree_parent_foreign` (`parent`),
  KEY `pagetree_pageid_foreign` (`pageId`),
  KEY `pagetree_localecode_foreign` (`localeCode`),
  CONSTRAINT `pagetree_localecode_foreign` FOREIGN KEY (`localeCode`) REFERENCES `locales` (`code`),
  CONSTRAINT `pagetree_pageid_foreign` FOREIGN KEY (`pageId`) REFERENCES `pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pagetree_parent_foreign` FOREIGN KEY (`parent`) REFERENCES `pageTree` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `pages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `hash` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `isPrivate` tinyint(1) NOT NULL DEFAULT 0,
  `isPublished` tinyint(1) NOT NULL DEFAULT 0,
  `privateNS` varchar(255) DEFAULT NULL,
  `publishStartDate` varchar(255) DEFAULT NULL,
  `publishEndDate` varchar(255) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `render` longtext DEFAULT NULL,
  `toc` json DEFAULT NULL,
  `contentType` varchar(255) NOT NULL,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  `editorKey` varchar(255) DEFAULT NULL,
  `localeCode` varchar(5) DEFAULT NULL,
  `authorId` int(10) unsigned DEFAULT NULL,
  `creatorId` int(10) unsigned DEFAULT NULL,
  `extra` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  KEY `pages_editorkey_foreign` (`editorKey`),
  KEY `pages_localecode_foreign` (`localeCode`),
  KEY `pages_authorid_foreign` (`authorId`),
  KEY `pages_creatorid_foreign` (`creatorId`),
  CONSTRAINT `pages_authorid_foreign` FOREIGN KEY (`authorId`) REFERENCES `users` (`id`),
  CONSTRAINT `pages_creatorid_foreign` FOREIGN KEY (`creatorId`) REFERENCES `users` (`id`),
  CONSTRAINT `pages_editorkey_foreign` FOREIGN KEY (`editorKey`) REFERENCES `editors` (`key`),
  CONSTRAINT `pages_localecode_foreign` FOREIGN KEY (`localeCode`) REFERENCES `locales` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `renderers` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `searchEngines` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `config` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `sessions` (
  `sid` varchar(255) NOT NULL,
  `sess` json NOT NULL,
  `expired` datetime NOT NULL,
  PRIMARY KEY (`sid`),
  KEY `sessions_expired_index` (`expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `settings` (
  `key` varchar(255) NOT NULL,
  `value` json DEFAULT NULL,
  `updatedAt` varchar(255) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `storage` (
  `key` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `mode` varchar(255) NOT NULL DEFAULT 'push',
  `config` json DEFAULT NULL,
  `syncInterval` varchar(255) DEFAULT NULL,
  `state` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `tags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_tag_unique` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `userAvatars` (
  `id` int(11) NOT NULL,
  `data` longblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `userGroups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userId` int(10) unsigned DEFAULT NULL,
  `groupId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `usergroups_userid_foreign` (`userId`),
  KEY `usergroups_groupid_foreign` (`groupId`),
  CONSTRAINT `usergroups_groupid_foreign` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `usergroups_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `userKeys` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `kind` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `createdAt` varchar(255) NOT NULL,
  `validUntil` varchar(255) NOT NULL,
  `userId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userkeys_userid_foreign` (`userId`),
  CONSTRAINT `userkeys_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `providerId` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `tfaIsActive` tinyint(1) NOT NULL DEFAULT 0,
  `tfaSecret` varchar(255) DEFAULT NULL,
  `jobTitle` varchar(255) DEFAULT '',
  `location` varchar(255) DEFAULT '',
  `pictureUrl` varchar(255) DEFAULT NULL,
  `timezone` varchar(255) NOT NULL DEFAULT 'America/New_York',
  `isSystem` tinyint(1) NOT NULL DEFAULT 0,
  `isActive` tinyint(1) NOT NULL DEFAULT 0,
  `isVerified` tinyint(1) NOT NULL DEFAULT 0,
  `mustChangePwd` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` varchar(255) NOT NULL,
  `updatedAt` varchar(255) NOT NULL,
  `providerKey` varchar(255) NOT NULL DEFAULT 'local',
  `localeCode` varchar(5) NOT NULL DEFAULT 'en',
  `defaultEditor` varchar(255) NOT NULL DEFAULT 'markdown',
  `lastLoginAt` varchar(255) DEFAULT NULL,
  `dateFormat` varchar(255) NOT NULL DEFAULT '',
  `appearance` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_providerkey_email_unique` (`providerKey`,`email`),
  KEY `users_localecode_foreign` (`localeCode`),
  KEY `users_defaulteditor_foreign` (`defaultEditor`),
  CONSTRAINT `users_defaulteditor_foreign` FOREIGN KEY (`defaultEditor`) REFERENCES `editors` (`key`),
  CONSTRAINT `users_localecode_foreign` FOREIGN KEY (`localeCode`) REFERENCES `locales` (`code`),
  CONSTRAINT `users_providerkey_foreign` FOREIGN KEY (`providerKey`) REFERENCES `authentication` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

SET FOREIGN_KEY_CHECKS=1;

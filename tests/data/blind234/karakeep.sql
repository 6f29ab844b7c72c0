-- Karakeep (formerly Hoarder; bookmark-everything / read-it-later app) — packages/db/drizzle/*.sql (94 Drizzle migrations, SQLite),
-- github.com/karakeep-app/karakeep commit 7ca5ee236b96cd659096b1530c5be3fdcd8e4470 (AGPL-3.0). The migrations were replayed in
-- order in SQLite 3 (the schema Karakeep's migrate.ts builds; packages/db/schema.ts is its Drizzle source and agrees with it) and the
-- 34 resulting tables written as MySQL DDL from PRAGMA table_xinfo / index_list / foreign_key_list, columns in the database's order:
-- text -> TEXT (VARCHAR(255) where part of a primary, unique or foreign key), integer -> BIGINT (Unix seconds / milliseconds
-- for timestamps), integer columns declared mode "boolean" in schema.ts -> TINYINT(1), real -> DOUBLE; the virtual generated
-- column bookmarkTags.normalizedName kept as a generated column; NOT NULL and defaults as in SQLite. Primary keys and unique
-- indexes as upstream (SQLite's automatic unique indexes named <table>_<columns>_unique), foreign keys with their ON DELETE
-- actions as trailing ALTER TABLE statements; plain indexes left out. No table left out.
CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `emailVerified` BIGINT,
  `image` TEXT,
  `password` TEXT,
  `role` TEXT DEFAULT 'user',
  `salt` TEXT NOT NULL DEFAULT '',
  `bookmarkQuota` BIGINT,
  `storageQuota` BIGINT,
  `browserCrawlingEnabled` TINYINT(1),
  `bookmarkClickAction` TEXT NOT NULL DEFAULT 'open_original_link',
  `archiveDisplayBehaviour` TEXT NOT NULL DEFAULT 'show',
  `timezone` TEXT DEFAULT 'UTC',
  `backupsEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `backupsFrequency` TEXT NOT NULL DEFAULT 'weekly',
  `backupsRetentionDays` BIGINT NOT NULL DEFAULT 30,
  `readerFontSize` BIGINT,
  `readerLineHeight` DOUBLE,
  `readerFontFamily` TEXT,
  `autoTaggingEnabled` TINYINT(1),
  `autoSummarizationEnabled` TINYINT(1),
  `inferredTagLang` TEXT,
  `tagStyle` TEXT DEFAULT 'titlecase-spaces',
  `curatedTagIds` TEXT,
  `manualTierName` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `userId` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `providerAccountId` VARCHAR(255) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` BIGINT,
  `token_type` TEXT,
  `scope` TEXT,
  `id_token` TEXT,
  `session_state` TEXT,
  PRIMARY KEY (`provider`, `providerAccountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `sessionToken` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `expires` BIGINT NOT NULL,
  PRIMARY KEY (`sessionToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verificationToken` (
  `identifier` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires` BIGINT NOT NULL,
  PRIMARY KEY (`identifier`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passwordResetToken` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires` BIGINT NOT NULL,
  `createdAt` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `passwordResetToken_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apiKey` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `keyId` VARCHAR(255) NOT NULL,
  `keyHash` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `lastUsedAt` BIGINT,
  `scopes` TEXT NOT NULL DEFAULT '["fullaccess"]',
  PRIMARY KEY (`id`),
  UNIQUE KEY `apiKey_name_userId_unique` (`name`, `userId`),
  UNIQUE KEY `apiKey_keyId_unique` (`keyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `favourited` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(255) NOT NULL,
  `taggingStatus` TEXT DEFAULT 'pending',
  `note` TEXT,
  `title` TEXT,
  `type` TEXT NOT NULL DEFAULT 'text',
  `summary` TEXT,
  `modifiedAt` BIGINT,
  `summarizationStatus` TEXT DEFAULT 'pending',
  `source` TEXT,
  `embeddingStatus` TEXT DEFAULT 'pending',
  `lastSavedAt` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarkLinks` (
  `id` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `title` TEXT,
  `description` TEXT,
  `imageUrl` TEXT,
  `favicon` TEXT,
  `crawledAt` BIGINT,
  `htmlContent` TEXT,
  `crawlStatus` TEXT DEFAULT 'pending',
  `crawlStatusCode` BIGINT DEFAULT 200,
  `author` TEXT,
  `publisher` TEXT,
  `datePublished` BIGINT,
  `dateModified` BIGINT,
  `contentAssetId` TEXT,
  `probeMetadataAt` BIGINT,
  `readerViewStatus` TEXT,
  `readerViewScore` BIGINT,
  `readerViewReasons` TEXT,
  `readerViewClassifierVersion` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets` (
  `id` VARCHAR(255) NOT NULL,
  `assetType` TEXT NOT NULL,
  `bookmarkId` VARCHAR(255),
  `userId` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL DEFAULT 0,
  `contentType` TEXT,
  `fileName` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlights` (
  `id` VARCHAR(255) NOT NULL,
  `bookmarkId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `startOffset` BIGINT NOT NULL,
  `endOffset` BIGINT NOT NULL,
  `color` TEXT NOT NULL DEFAULT 'yellow',
  `note` TEXT,
  `createdAt` BIGINT NOT NULL,
  `text` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userReadingProgress` (
  `id` VARCHAR(255) NOT NULL,
  `bookmarkId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `readingProgressOffset` BIGINT NOT NULL,
  `readingProgressAnchor` TEXT,
  `readingProgressPercent` BIGINT,
  `modifiedAt` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userReadingProgress_bookmarkId_userId_unique` (`bookmarkId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarkTexts` (
  `id` VARCHAR(255) NOT NULL,
  `text` TEXT,
  `sourceUrl` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarkAssets` (
  `id` VARCHAR(255) NOT NULL,
  `assetType` TEXT NOT NULL,
  `assetId` TEXT NOT NULL,
  `content` TEXT,
  `metadata` TEXT,
  `fileName` TEXT,
  `sourceUrl` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarkTags` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `normalizedName` VARCHAR(255) GENERATED ALWAYS AS (lower(replace(replace(replace(`name`, ' ', ''), '-', ''), '_', ''))) VIRTUAL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookmarkTags_userId_id_idx` (`userId`, `id`),
  UNIQUE KEY `bookmarkTags_userId_name_unique` (`userId`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tagsOnBookmarks` (
  `bookmarkId` VARCHAR(255) NOT NULL,
  `tagId` VARCHAR(255) NOT NULL,
  `attachedAt` TEXT,
  `attachedBy` TEXT,
  PRIMARY KEY (`bookmarkId`, `tagId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarkLists` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `icon` TEXT NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `parentId` VARCHAR(255),
  `type` TEXT NOT NULL DEFAULT 'manual',
  `query` TEXT,
  `description` TEXT,
  `rssToken` TEXT,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookmarkLists_userId_id_idx` (`userId`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarksInLists` (
  `bookmarkId` VARCHAR(255) NOT NULL,
  `listId` VARCHAR(255) NOT NULL,
  `addedAt` BIGINT,
  `listMembershipId` VARCHAR(255),
  PRIMARY KEY (`bookmarkId`, `listId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listCollaborators` (
  `id` VARCHAR(255) NOT NULL,
  `listId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `addedBy` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `listCollaborators_listId_userId_unique` (`listId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listInvitations` (
  `id` VARCHAR(255) NOT NULL,
  `listId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `invitedAt` BIGINT NOT NULL,
  `invitedEmail` TEXT,
  `invitedBy` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `listInvitations_listId_userId_unique` (`listId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customPrompts` (
  `id` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `appliesTo` TEXT NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chatSessions` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `modifiedAt` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chatMessages` (
  `id` VARCHAR(255) NOT NULL,
  `chatId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `metadata` TEXT,
  `createdAt` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rssFeeds` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `lastFetchedAt` BIGINT,
  `lastFetchedStatus` TEXT DEFAULT 'pending',
  `userId` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `importTags` TINYINT(1) NOT NULL DEFAULT 0,
  `lastSuccessfulFetchAt` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `url` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `events` TEXT NOT NULL,
  `token` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rssFeedImports` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `entryId` VARCHAR(255) NOT NULL,
  `rssFeedId` VARCHAR(255) NOT NULL,
  `bookmarkId` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `rssFeedImports_rssFeedId_entryId_unique` (`rssFeedId`, `entryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backups` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `assetId` VARCHAR(255),
  `createdAt` BIGINT NOT NULL,
  `size` BIGINT NOT NULL,
  `bookmarkCount` BIGINT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `errorMessage` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ruleEngineRules` (
  `id` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `event` TEXT NOT NULL,
  `condition` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `tagId` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ruleEngineActions` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `ruleId` VARCHAR(255) NOT NULL,
  `action` TEXT NOT NULL,
  `listId` VARCHAR(255),
  `tagId` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `id` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  `usedAt` BIGINT,
  `invitedBy` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invites_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `stripeCustomerId` TEXT NOT NULL,
  `stripeSubscriptionId` TEXT,
  `status` TEXT NOT NULL,
  `tier` TEXT NOT NULL DEFAULT 'free',
  `priceId` TEXT,
  `cancelAtPeriodEnd` TINYINT(1) DEFAULT 0,
  `startDate` BIGINT,
  `endDate` BIGINT,
  `createdAt` BIGINT NOT NULL,
  `modifiedAt` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_userId_unique` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importSessions` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `message` TEXT,
  `rootListId` VARCHAR(255),
  `createdAt` BIGINT NOT NULL,
  `modifiedAt` BIGINT,
  `status` TEXT NOT NULL DEFAULT 'staging',
  `lastProcessedAt` BIGINT,
  `completedAt` BIGINT,
  `totalBookmarks` BIGINT NOT NULL DEFAULT 0,
  `completedBookmarks` BIGINT NOT NULL DEFAULT 0,
  `failedBookmarks` BIGINT NOT NULL DEFAULT 0,
  `pendingBookmarks` BIGINT NOT NULL DEFAULT 0,
  `processingBookmarks` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importSessionBookmarks` (
  `id` VARCHAR(255) NOT NULL,
  `importSessionId` VARCHAR(255) NOT NULL,
  `bookmarkId` VARCHAR(255) NOT NULL,
  `createdAt` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `importSessionBookmarks_importSessionId_bookmarkId_unique` (`importSessionId`, `bookmarkId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importStagingBookmarks` (
  `id` VARCHAR(255) NOT NULL,
  `importSessionId` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `url` TEXT,
  `title` TEXT,
  `content` TEXT,
  `note` TEXT,
  `tags` TEXT,
  `listIds` TEXT,
  `sourceAddedAt` BIGINT,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `processingStartedAt` BIGINT,
  `result` TEXT,
  `resultReason` TEXT,
  `resultBookmarkId` VARCHAR(255),
  `createdAt` BIGINT NOT NULL,
  `completedAt` BIGINT,
  `archived` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `account` ADD CONSTRAINT `account_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `session` ADD CONSTRAINT `session_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `passwordResetToken` ADD CONSTRAINT `passwordResetToken_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `apiKey` ADD CONSTRAINT `apiKey_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarks` ADD CONSTRAINT `bookmarks_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarkLinks` ADD CONSTRAINT `bookmarkLinks_id_bookmarks_id_fk` FOREIGN KEY (`id`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `assets` ADD CONSTRAINT `assets_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `assets` ADD CONSTRAINT `assets_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `highlights` ADD CONSTRAINT `highlights_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `highlights` ADD CONSTRAINT `highlights_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `userReadingProgress` ADD CONSTRAINT `userReadingProgress_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `userReadingProgress` ADD CONSTRAINT `userReadingProgress_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarkTexts` ADD CONSTRAINT `bookmarkTexts_id_bookmarks_id_fk` FOREIGN KEY (`id`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarkAssets` ADD CONSTRAINT `bookmarkAssets_id_bookmarks_id_fk` FOREIGN KEY (`id`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarkTags` ADD CONSTRAINT `bookmarkTags_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `tagsOnBookmarks` ADD CONSTRAINT `tagsOnBookmarks_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `tagsOnBookmarks` ADD CONSTRAINT `tagsOnBookmarks_tagId_bookmarkTags_id_fk` FOREIGN KEY (`tagId`) REFERENCES `bookmarkTags` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarkLists` ADD CONSTRAINT `bookmarkLists_parentId_bookmarkLists_id_fk` FOREIGN KEY (`parentId`) REFERENCES `bookmarkLists` (`id`) ON DELETE SET NULL;
ALTER TABLE `bookmarkLists` ADD CONSTRAINT `bookmarkLists_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarksInLists` ADD CONSTRAINT `bookmarksInLists_listMembershipId_listCollaborators_id_fk` FOREIGN KEY (`listMembershipId`) REFERENCES `listCollaborators` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarksInLists` ADD CONSTRAINT `bookmarksInLists_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `bookmarksInLists` ADD CONSTRAINT `bookmarksInLists_listId_bookmarkLists_id_fk` FOREIGN KEY (`listId`) REFERENCES `bookmarkLists` (`id`) ON DELETE CASCADE;
ALTER TABLE `listCollaborators` ADD CONSTRAINT `listCollaborators_listId_bookmarkLists_id_fk` FOREIGN KEY (`listId`) REFERENCES `bookmarkLists` (`id`) ON DELETE CASCADE;
ALTER TABLE `listCollaborators` ADD CONSTRAINT `listCollaborators_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `listCollaborators` ADD CONSTRAINT `listCollaborators_addedBy_user_id_fk` FOREIGN KEY (`addedBy`) REFERENCES `user` (`id`) ON DELETE SET NULL;
ALTER TABLE `listInvitations` ADD CONSTRAINT `listInvitations_listId_bookmarkLists_id_fk` FOREIGN KEY (`listId`) REFERENCES `bookmarkLists` (`id`) ON DELETE CASCADE;
ALTER TABLE `listInvitations` ADD CONSTRAINT `listInvitations_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `listInvitations` ADD CONSTRAINT `listInvitations_invitedBy_user_id_fk` FOREIGN KEY (`invitedBy`) REFERENCES `user` (`id`) ON DELETE SET NULL;
ALTER TABLE `customPrompts` ADD CONSTRAINT `customPrompts_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `chatSessions` ADD CONSTRAINT `chatSessions_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `chatMessages` ADD CONSTRAINT `chatMessages_chatId_chatSessions_id_fk` FOREIGN KEY (`chatId`) REFERENCES `chatSessions` (`id`) ON DELETE CASCADE;
ALTER TABLE `rssFeeds` ADD CONSTRAINT `rssFeeds_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `webhooks` ADD CONSTRAINT `webhooks_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `rssFeedImports` ADD CONSTRAINT `rssFeedImports_rssFeedId_rssFeeds_id_fk` FOREIGN KEY (`rssFeedId`) REFERENCES `rssFeeds` (`id`) ON DELETE CASCADE;
ALTER TABLE `rssFeedImports` ADD CONSTRAINT `rssFeedImports_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE SET NULL;
ALTER TABLE `backups` ADD CONSTRAINT `backups_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `backups` ADD CONSTRAINT `backups_assetId_assets_id_fk` FOREIGN KEY (`assetId`) REFERENCES `assets` (`id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineRules` ADD CONSTRAINT `ruleEngineRules_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineRules` ADD CONSTRAINT `ruleEngineRules_userId_tagId_bookmarkTags_userId_id_fk` FOREIGN KEY (`userId`, `tagId`) REFERENCES `bookmarkTags` (`userId`, `id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineActions` ADD CONSTRAINT `ruleEngineActions_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineActions` ADD CONSTRAINT `ruleEngineActions_ruleId_ruleEngineRules_id_fk` FOREIGN KEY (`ruleId`) REFERENCES `ruleEngineRules` (`id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineActions` ADD CONSTRAINT `ruleEngineActions_userId_tagId_bookmarkTags_userId_id_fk` FOREIGN KEY (`userId`, `tagId`) REFERENCES `bookmarkTags` (`userId`, `id`) ON DELETE CASCADE;
ALTER TABLE `ruleEngineActions` ADD CONSTRAINT `ruleEngineActions_userId_listId_bookmarkLists_userId_id_fk` FOREIGN KEY (`userId`, `listId`) REFERENCES `bookmarkLists` (`userId`, `id`) ON DELETE CASCADE;
ALTER TABLE `invites` ADD CONSTRAINT `invites_invitedBy_user_id_fk` FOREIGN KEY (`invitedBy`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `importSessions` ADD CONSTRAINT `importSessions_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `importSessions` ADD CONSTRAINT `importSessions_rootListId_bookmarkLists_id_fk` FOREIGN KEY (`rootListId`) REFERENCES `bookmarkLists` (`id`) ON DELETE SET NULL;
ALTER TABLE `importSessionBookmarks` ADD CONSTRAINT `importSessionBookmarks_importSessionId_importSessions_id_fk` FOREIGN KEY (`importSessionId`) REFERENCES `importSessions` (`id`) ON DELETE CASCADE;
ALTER TABLE `importSessionBookmarks` ADD CONSTRAINT `importSessionBookmarks_bookmarkId_bookmarks_id_fk` FOREIGN KEY (`bookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE CASCADE;
ALTER TABLE `importStagingBookmarks` ADD CONSTRAINT `importStagingBookmarks_importSessionId_importSessions_id_fk` FOREIGN KEY (`importSessionId`) REFERENCES `importSessions` (`id`) ON DELETE CASCADE;
ALTER TABLE `importStagingBookmarks` ADD CONSTRAINT `importStagingBookmarks_resultBookmarkId_bookmarks_id_fk` FOREIGN KEY (`resultBookmarkId`) REFERENCES `bookmarks` (`id`) ON DELETE SET NULL;

-- Outline (team knowledge base / wiki) — trimmed MySQL DDL of the real schema.
-- Upstream: github.com/outline/outline, server/migrations/*.js (Sequelize), commit d77dcdf853868c5d5fe125c895c9b71f0eff5c68
-- Licence: Business Source License 1.1 (source-available; converts to Apache-2.0 after the change date)
-- Made by replaying all 301 upstream migrations into PostgreSQL (sequelize-cli db:migrate; the four data-only
-- scripts skipped) and writing the resulting tables as MySQL: uuid -> CHAR(36), timestamptz -> DATETIME,
-- jsonb -> JSON, arrays -> JSON, boolean -> TINYINT(1), PostgreSQL enums -> ENUM. Indexes left out; single-column
-- foreign keys between kept tables kept. 40 of the 42 tables kept (left out: external_groups, import_tasks; the views
-- collection_users, collection_groups and backlinks are compatibility views, not tables). Column COMMENTs are the
-- JSDoc comments of the columns in server/models/*.ts.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `teams` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `avatarUrl` VARCHAR(4096),
  `deletedAt` DATETIME,
  `sharing` TINYINT(1) NOT NULL DEFAULT 1,
  `subdomain` VARCHAR(255),
  `documentEmbeds` TINYINT(1) NOT NULL DEFAULT 1,
  `guestSignin` TINYINT(1) NOT NULL DEFAULT 0,
  `domain` VARCHAR(255),
  `signupQueryParams` JSON,
  `defaultUserRole` VARCHAR(255) NOT NULL DEFAULT 'member',
  `defaultCollectionId` CHAR(36),
  `memberCollectionCreate` TINYINT(1) NOT NULL DEFAULT 1,
  `inviteRequired` TINYINT(1) NOT NULL DEFAULT 0,
  `preferences` JSON,
  `suspendedAt` DATETIME,
  `lastActiveAt` DATETIME,
  `memberTeamCreate` TINYINT(1) NOT NULL DEFAULT 1,
  `approximateTotalAttachmentsSize` BIGINT DEFAULT 0 COMMENT 'Approximate size in bytes of all attachments in the team.',
  `previousSubdomains` JSON,
  `description` TEXT,
  `passkeysEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `flags` JSON,
  `guidanceMCP` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_domains` (
  `id` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `jwtSecret` BLOB,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `teamId` CHAR(36),
  `avatarUrl` VARCHAR(4096),
  `suspendedById` CHAR(36),
  `suspendedAt` DATETIME,
  `lastActiveAt` DATETIME,
  `lastActiveIp` VARCHAR(255),
  `lastSignedInAt` DATETIME,
  `lastSignedInIp` VARCHAR(255),
  `deletedAt` DATETIME,
  `lastSigninEmailSentAt` DATETIME,
  `language` VARCHAR(255),
  `flags` JSON,
  `invitedById` CHAR(36),
  `preferences` JSON,
  `notificationSettings` JSON NOT NULL,
  `role` ENUM('admin','member','viewer','guest') NOT NULL,
  `timezone` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`suspendedById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`invitedById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_authentications` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `authenticationProviderId` CHAR(36) NOT NULL,
  `accessToken` BLOB,
  `refreshToken` BLOB,
  `scopes` JSON,
  `providerId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `expiresAt` DATETIME,
  `lastValidatedAt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`authenticationProviderId`) REFERENCES `authentication_providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_passkeys` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `userAgent` TEXT,
  `credentialId` TEXT NOT NULL,
  `credentialPublicKey` BLOB NOT NULL,
  `aaguid` TEXT,
  `counter` BIGINT NOT NULL DEFAULT 0,
  `transports` JSON,
  `lastActiveAt` DATETIME,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_permissions` (
  `collectionId` CHAR(36) COMMENT 'The collection ID that this membership grants the user access to.',
  `userId` CHAR(36) NOT NULL COMMENT 'The user ID that this membership is granted to.',
  `permission` VARCHAR(255) NOT NULL DEFAULT 'read_write' COMMENT 'The permission granted to the user.',
  `createdById` CHAR(36) NOT NULL COMMENT 'The user ID that created this membership.',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `documentId` CHAR(36) COMMENT 'The document ID that this membership grants the user access to.',
  `index` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `sourceId` CHAR(36) COMMENT 'If this represents the membership on a child then this points to the membership on the root',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`sourceId`) REFERENCES `user_permissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_providers` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `providerId` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `teamId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `settings` JSON COMMENT 'Provider-specific settings such as group sync configuration.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentications` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `teamId` CHAR(36),
  `service` VARCHAR(255) NOT NULL,
  `token` BLOB,
  `scopes` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `refreshToken` BLOB,
  `expiresAt` DATETIME,
  `clientId` VARCHAR(255),
  `clientSecret` BLOB,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apiKeys` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `secret` VARCHAR(255),
  `userId` CHAR(36),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `expiresAt` DATETIME COMMENT 'The date and time when this API key will expire',
  `lastActiveAt` DATETIME COMMENT 'The date and time when this API key was last used',
  `hash` VARCHAR(255) COMMENT 'The hashed value of the API key',
  `last4` VARCHAR(4) COMMENT 'The last 4 characters of the API key',
  `scope` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `developerName` VARCHAR(255),
  `developerUrl` VARCHAR(1024),
  `avatarUrl` VARCHAR(1024),
  `clientId` VARCHAR(255) NOT NULL,
  `clientSecret` BLOB NOT NULL,
  `published` TINYINT(1) NOT NULL DEFAULT 0,
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `redirectUris` JSON NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `clientType` VARCHAR(255) NOT NULL DEFAULT 'confidential',
  `lastActiveAt` DATETIME,
  `registrationAccessTokenHash` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_authentications` (
  `id` CHAR(36) NOT NULL,
  `accessTokenHash` VARCHAR(255) NOT NULL,
  `accessTokenExpiresAt` DATETIME NOT NULL,
  `refreshTokenHash` VARCHAR(255) NOT NULL,
  `refreshTokenExpiresAt` DATETIME NOT NULL,
  `lastActiveAt` DATETIME,
  `scope` JSON NOT NULL,
  `oauthClientId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `grantId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`oauthClientId`) REFERENCES `oauth_clients` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_authorization_codes` (
  `id` CHAR(36) NOT NULL,
  `authorizationCodeHash` VARCHAR(255) NOT NULL,
  `codeChallenge` VARCHAR(255),
  `codeChallengeMethod` VARCHAR(255),
  `scope` JSON NOT NULL,
  `oauthClientId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `redirectUri` VARCHAR(1024) NOT NULL,
  `expiresAt` DATETIME NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `grantId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`oauthClientId`) REFERENCES `oauth_clients` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `searchVector` TEXT,
  `createdById` CHAR(36),
  `deletedAt` DATETIME,
  `urlId` VARCHAR(255),
  `documentStructure` JSON,
  `color` TEXT COMMENT 'The color of the icon.',
  `maintainerApprovalRequired` TINYINT(1) NOT NULL DEFAULT 0,
  `icon` TEXT COMMENT 'An icon (or) emoji to use as the collection icon.',
  `sort` JSON,
  `sharing` TINYINT(1) NOT NULL DEFAULT 1,
  `index` TEXT,
  `permission` VARCHAR(255),
  `state` BLOB,
  `importId` CHAR(36),
  `content` JSON COMMENT 'The content of the collection as JSON, this is a snapshot at the last time the state was saved.',
  `archivedAt` DATETIME COMMENT 'Whether the collection is archived, and if so when.',
  `archivedById` CHAR(36),
  `apiImportId` CHAR(36),
  `commenting` TINYINT(1) COMMENT 'Allows the configuration of commenting per collection.',
  `sourceMetadata` JSON,
  `templateManagement` VARCHAR(255) NOT NULL DEFAULT 'admin' COMMENT 'The minimum permission level required to manage templates in this collection.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`importId`) REFERENCES `file_operations` (`id`),
  FOREIGN KEY (`archivedById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`apiImportId`) REFERENCES `imports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `reverseDocumentId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `type` ENUM('backlink','similar') NOT NULL DEFAULT 'backlink',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`reverseDocumentId`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `externalId` VARCHAR(255),
  `disableMentions` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_users` (
  `userId` CHAR(36) NOT NULL,
  `groupId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `permission` ENUM('admin','member') NOT NULL DEFAULT 'member',
  PRIMARY KEY (`groupId`, `userId`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_permissions` (
  `collectionId` CHAR(36) COMMENT 'The collection ID that this membership grants the group access to.',
  `groupId` CHAR(36) NOT NULL COMMENT 'The group ID that this membership is granted to.',
  `createdById` CHAR(36) NOT NULL COMMENT 'The user ID that created this membership.',
  `permission` VARCHAR(255) NOT NULL COMMENT 'The permission granted to the group.',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `documentId` CHAR(36) COMMENT 'The document ID that this membership grants the group access to.',
  `id` CHAR(36) NOT NULL,
  `sourceId` CHAR(36) COMMENT 'If this represents the membership on a child then this points to the membership on the root',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`sourceId`) REFERENCES `group_permissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` CHAR(36) NOT NULL,
  `urlId` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `text` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `collectionId` CHAR(36),
  `teamId` CHAR(36),
  `parentDocumentId` CHAR(36),
  `lastModifiedById` CHAR(36) NOT NULL,
  `revisionCount` INT DEFAULT 0 COMMENT 'How many versions there are in the history of this document.',
  `searchVector` TEXT,
  `deletedAt` DATETIME,
  `createdById` CHAR(36),
  `collaboratorIds` JSON COMMENT 'An array of user IDs that have edited this document.',
  `publishedAt` DATETIME COMMENT 'Whether the document is published, and if so when.',
  `pinnedById` CHAR(36),
  `archivedAt` DATETIME,
  `isWelcome` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether this document is part of onboarding.',
  `editorVersion` VARCHAR(255),
  `version` SMALLINT,
  `template` TINYINT(1) NOT NULL DEFAULT 0,
  `templateId` CHAR(36),
  `previousTitles` JSON,
  `state` BLOB,
  `fullWidth` TINYINT(1) NOT NULL DEFAULT 0,
  `importId` CHAR(36),
  `insightsEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `sourceMetadata` JSON,
  `content` JSON COMMENT 'The content of the document as JSON, this is a snapshot at the last time the state was saved.',
  `summary` TEXT,
  `icon` VARCHAR(255) COMMENT 'An icon to use as the document icon.',
  `color` VARCHAR(255) COMMENT 'The color of the icon.',
  `apiImportId` CHAR(36),
  `language` VARCHAR(2) COMMENT 'The likely language of the content, in ISO 639-1 format.',
  `popularityScore` DOUBLE NOT NULL DEFAULT '0' COMMENT 'A score representing the popularity of this document based on views and engagement.',
  `preferences` JSON COMMENT 'Display preferences for the document.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`parentDocumentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`lastModifiedById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`importId`) REFERENCES `file_operations` (`id`),
  FOREIGN KEY (`apiImportId`) REFERENCES `imports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revisions` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `text` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `editorVersion` VARCHAR(255),
  `version` SMALLINT,
  `content` JSON COMMENT 'The content of the revision as JSON.',
  `icon` VARCHAR(255) COMMENT 'The icon at the time of the revision.',
  `color` VARCHAR(255) COMMENT 'The color at the time of the revision.',
  `name` VARCHAR(255),
  `deletedAt` DATETIME,
  `collaboratorIds` JSON NOT NULL COMMENT 'Array of user IDs who collaborated on this revision',
  `sourceMetadata` JSON COMMENT 'Metadata about how the revision came to be, such as the authentication type used.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_insights` (
  `id` CHAR(36) NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `viewCount` INT NOT NULL DEFAULT 0,
  `viewerCount` INT NOT NULL DEFAULT 0,
  `commentCount` INT NOT NULL DEFAULT 0,
  `reactionCount` INT NOT NULL DEFAULT 0,
  `revisionCount` INT NOT NULL DEFAULT 0,
  `editorCount` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `period` ENUM('day','week') NOT NULL DEFAULT 'day',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `documentId` CHAR(36),
  `key` VARCHAR(4096) NOT NULL,
  `contentType` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  `acl` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `lastAccessedAt` DATETIME,
  `expiresAt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `parentCommentId` CHAR(36),
  `createdById` CHAR(36) NOT NULL,
  `resolvedAt` DATETIME,
  `resolvedById` CHAR(36),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `reactions` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`parentCommentId`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`resolvedById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reactions` (
  `id` CHAR(36) NOT NULL,
  `emoji` VARCHAR(255) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `commentId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`commentId`) REFERENCES `comments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shares` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `documentId` CHAR(36),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `revokedAt` DATETIME,
  `revokedById` CHAR(36),
  `published` TINYINT(1) NOT NULL DEFAULT 0,
  `lastAccessedAt` DATETIME,
  `includeChildDocuments` TINYINT(1) NOT NULL DEFAULT 0,
  `views` INT DEFAULT 0 COMMENT 'Total count of times the shared link has been accessed',
  `urlId` VARCHAR(255),
  `domain` VARCHAR(255),
  `allowIndexing` TINYINT(1) NOT NULL DEFAULT 1,
  `showLastUpdated` TINYINT(1) NOT NULL DEFAULT 0,
  `collectionId` CHAR(36),
  `showTOC` TINYINT(1) NOT NULL DEFAULT 0,
  `allowSubscriptions` TINYINT(1) NOT NULL DEFAULT 1,
  `title` VARCHAR(255),
  `iconUrl` VARCHAR(4096),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`revokedById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `shareId` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL COMMENT 'The subscribed email',
  `emailFingerprint` VARCHAR(255) NOT NULL COMMENT 'Normalized email fingerprint helps to improve spam detection through removal of common bypasses',
  `secret` VARCHAR(64) NOT NULL COMMENT 'Signing secret for subscribe/unsubscribe links',
  `ipAddress` VARCHAR(45) COMMENT 'IP address of the user that subscribed',
  `confirmedAt` DATETIME,
  `unsubscribedAt` DATETIME,
  `lastNotifiedAt` DATETIME,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`shareId`) REFERENCES `shares` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stars` (
  `id` CHAR(36) NOT NULL,
  `documentId` CHAR(36),
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `index` VARCHAR(255),
  `collectionId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pins` (
  `id` CHAR(36) NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `collectionId` CHAR(36),
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `index` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `documentId` CHAR(36),
  `event` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `collectionId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `views` (
  `id` CHAR(36) NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `count` INT NOT NULL DEFAULT 1,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `lastEditingAt` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `data` JSON,
  `userId` CHAR(36),
  `collectionId` CHAR(36),
  `teamId` CHAR(36),
  `createdAt` DATETIME NOT NULL,
  `documentId` CHAR(36),
  `actorId` CHAR(36),
  `modelId` CHAR(36),
  `ip` VARCHAR(255) COMMENT 'The originating IP address of the event.',
  `changes` JSON,
  `authType` VARCHAR(255) COMMENT 'The type of authentication used to create the event.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`actorId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `actorId` CHAR(36),
  `userId` CHAR(36) NOT NULL,
  `event` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `viewedAt` DATETIME,
  `emailedAt` DATETIME,
  `teamId` CHAR(36) NOT NULL,
  `documentId` CHAR(36),
  `commentId` CHAR(36),
  `revisionId` CHAR(36),
  `collectionId` CHAR(36),
  `archivedAt` DATETIME,
  `membershipId` CHAR(36),
  `data` JSON,
  `groupId` CHAR(36),
  `accessRequestId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actorId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`commentId`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`revisionId`) REFERENCES `revisions` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`accessRequestId`) REFERENCES `access_requests` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_queries` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `teamId` CHAR(36),
  `source` ENUM('slack','app','api','oauth','mcp') NOT NULL COMMENT 'Where the query originated.',
  `query` VARCHAR(255) NOT NULL,
  `results` INT NOT NULL COMMENT 'The number of results returned for this query.',
  `createdAt` DATETIME NOT NULL,
  `shareId` CHAR(36),
  `score` INT COMMENT 'User score for the results for this query, -1 for negative, 1 for positive, null for neutral.',
  `answer` TEXT COMMENT 'The generated answer to the query, if any.',
  `duration` INT COMMENT 'How long the search took to execute, in milliseconds.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`shareId`) REFERENCES `shares` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_requests` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `respondedAt` DATETIME,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `documentId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `responderId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`responderId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_operations` (
  `id` CHAR(36) NOT NULL,
  `state` ENUM('creating','uploading','complete','error','expired') NOT NULL,
  `type` ENUM('import','export') NOT NULL,
  `key` VARCHAR(255),
  `url` VARCHAR(255),
  `size` BIGINT NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `collectionId` CHAR(36),
  `teamId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `error` VARCHAR(255),
  `format` VARCHAR(255) NOT NULL DEFAULT 'outline-markdown',
  `includeAttachments` TINYINT(1) NOT NULL DEFAULT 1,
  `deletedAt` DATETIME,
  `options` JSON COMMENT 'Additional configuration options for the file operation.',
  `documentId` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`documentId`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `service` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `input` JSON NOT NULL,
  `documentCount` INT NOT NULL DEFAULT 0,
  `integrationId` CHAR(36),
  `createdById` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `error` VARCHAR(255),
  `scratch` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`integrationId`) REFERENCES `integrations` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255),
  `userId` CHAR(36),
  `teamId` CHAR(36) NOT NULL,
  `service` VARCHAR(255) NOT NULL,
  `collectionId` CHAR(36),
  `authenticationId` CHAR(36),
  `events` JSON,
  `settings` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `issueSources` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`authenticationId`) REFERENCES `authentications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `events` JSON NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `deletedAt` DATETIME,
  `secret` BLOB,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_deliveries` (
  `id` CHAR(36) NOT NULL,
  `webhookSubscriptionId` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `statusCode` INT,
  `requestBody` JSON,
  `requestHeaders` JSON,
  `responseBody` TEXT,
  `responseHeaders` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`webhookSubscriptionId`) REFERENCES `webhook_subscriptions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emojis` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `attachmentId` CHAR(36) NOT NULL,
  `teamId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`attachmentId`) REFERENCES `attachments` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`),
  FOREIGN KEY (`createdById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

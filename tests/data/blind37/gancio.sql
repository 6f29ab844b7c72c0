-- Gancio (shared agenda for local communities, federated over ActivityPub) -- MySQL DDL of the schema its
-- Sequelize migrations build, written by replaying them by hand in migration order (createTable, then every
-- addColumn / changeColumn / renameTable / renameColumn / removeColumn / dropTable), with Sequelize's MySQL types
-- (STRING -> VARCHAR(255), INTEGER -> INTEGER, BOOLEAN -> TINYINT(1), DATE -> DATETIME, JSON, TEXT, FLOAT, ENUM).
-- Upstream: https://github.com/lesion/gancio (GitHub mirror of framagit/codeberg les/gancio)
--   server/migrations/*.js, checked against server/api/models/*.js
-- Commit: dea1bd9ef98bc34a1024a617351ae0252f44d26c   Licence: AGPL-3.0
-- The whole schema (20 tables incl. umzug's SequelizeMeta): Gancio has fewer tables than the exam's usual 25.
-- Renamed on the way: comments -> resources, fed_users -> ap_users, cohorts -> collections; event_notifications
-- was dropped for tasks; users.username and tags.weigth were removed. Indexes left out, foreign keys kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `tag` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `places` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `address` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `latitude` FLOAT,
  `longitude` FLOAT,
  `ap_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `key` VARCHAR(255) NOT NULL,
  `value` JSON,
  `is_secret` TINYINT(1),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `display_name` VARCHAR(255),
  `settings` JSON,
  `email` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `password` VARCHAR(255),
  `recover_code` VARCHAR(255),
  `is_admin` TINYINT(1),
  `is_active` TINYINT(1),
  `rsa` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `role` ENUM('admin','editor','user') DEFAULT 'user',
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instances` (
  `domain` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `blocked` TINYINT(1),
  `data` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `applicationActor` VARCHAR(255),
  PRIMARY KEY (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ap_users` (
  `ap_id` VARCHAR(255) NOT NULL,
  `object` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `instanceDomain` VARCHAR(255),
  `blocked` TINYINT(1),
  `follower` TINYINT(1),
  `trusted` TINYINT(1),
  `following` TINYINT(1),
  PRIMARY KEY (`ap_id`),
  FOREIGN KEY (`instanceDomain`) REFERENCES `instances` (`domain`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `slug` VARCHAR(255),
  `description` TEXT,
  `multidate` TINYINT(1),
  `start_datetime` INTEGER,
  `end_datetime` INTEGER,
  `image_path` VARCHAR(255),
  `is_visible` TINYINT(1),
  `recurrent` JSON,
  `likes` JSON,
  `boost` JSON,
  `placeId` INTEGER,
  `userId` INTEGER,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `parentId` INTEGER,
  `media` JSON,
  `online_locations` JSON,
  `ap_id` VARCHAR(255),
  `apUserApId` VARCHAR(255),
  `ap_object` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  FOREIGN KEY (`placeId`) REFERENCES `places` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`parentId`) REFERENCES `events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`apUserApId`) REFERENCES `ap_users` (`ap_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `activitypub_id` VARCHAR(255),
  `eventId` INTEGER,
  `data` JSON,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `apUserApId` VARCHAR(255),
  `hidden` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activitypub_id` (`activitypub_id`),
  FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`apUserApId`) REFERENCES `ap_users` (`ap_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_followers` (
  `userId` INTEGER NOT NULL,
  `fedUserApId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`userId`, `fedUserApId`),
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`fedUserApId`) REFERENCES `ap_users` (`ap_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `filters` JSON,
  `email` VARCHAR(255),
  `remove_code` VARCHAR(255),
  `action` ENUM('Create','Update','Delete'),
  `type` ENUM('mail','admin_email','ap'),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_action_type` (`action`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_tags` (
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `eventId` INTEGER NOT NULL,
  `tagTag` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventId`, `tagTag`),
  FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`tagTag`) REFERENCES `tags` (`tag`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `scopes` VARCHAR(255),
  `redirectUris` VARCHAR(255),
  `website` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_codes` (
  `authorizationCode` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME,
  `scope` VARCHAR(255),
  `redirect_uri` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `clientId` VARCHAR(255),
  `userId` INTEGER,
  PRIMARY KEY (`authorizationCode`),
  FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_tokens` (
  `accessToken` VARCHAR(255) NOT NULL,
  `accessTokenExpiresAt` DATETIME,
  `refreshToken` VARCHAR(255),
  `refreshTokenExpiresAt` DATETIME,
  `scope` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `clientId` VARCHAR(255),
  `userId` INTEGER,
  PRIMARY KEY (`accessToken`),
  FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `announcement` TEXT,
  `visible` TINYINT(1),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `isActor` TINYINT(1) COMMENT 'not used yet',
  `isTop` TINYINT(1) COMMENT 'is this collection shown in top navbar in home page?',
  `sortIndex` INTEGER,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `collectionId` INTEGER,
  `tags` JSON,
  `places` JSON,
  `actors` JSON,
  `negate` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `message` TEXT NOT NULL,
  `eventId` INTEGER,
  `author` ENUM('AUTHOR','ADMIN','ANON','REGISTERED'),
  `is_author_visible` TINYINT(1) COMMENT 'is this message visible to the author?',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `status` ENUM('new','sent','error','sending') DEFAULT 'new',
  `error` TEXT,
  `eventId` INTEGER,
  `notificationId` INTEGER,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`notificationId`) REFERENCES `notifications` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

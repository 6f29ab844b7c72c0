-- Peppermint (helpdesk / ticketing) — full schema (28 tables) as MySQL DDL.
-- Upstream: github.com/Peppermint-Lab/peppermint, apps/api/src/prisma/migrations/*/migration.sql
--           (PostgreSQL; model file apps/api/src/prisma/schema.prisma)
-- Commit: ba6e2179f9409db76abeb9a3007a262160e24628 (2025-09-21)
-- Licence: AGPL-3.0 (upstream `license`)
-- Made by replaying all 59 migrations into a scratch PostgreSQL database and converting the resulting
-- columns: TEXT keys -> VARCHAR(191) (Prisma's MySQL mapping for String ids), TIMESTAMP(3) -> DATETIME(3),
-- BOOLEAN -> TINYINT(1), JSONB and arrays -> JSON, BYTEA -> LONGBLOB, Postgres enums -> ENUM. Primary keys, foreign keys and unique
-- indexes kept; Ticket.Number (a serial) gets a plain KEY because MySQL requires one on AUTO_INCREMENT.
-- No column comments: upstream's only one (a // comment on Config.notifications in schema.prisma)
-- is not part of the database.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Client` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `contactName` TEXT NOT NULL,
  `number` TEXT,
  `notes` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Client_email_key` (`email`)
);

CREATE TABLE `Comment` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `text` TEXT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(191),
  `ticketId` VARCHAR(191) NOT NULL,
  `reply` TINYINT(1) NOT NULL DEFAULT 0,
  `replyEmail` TEXT,
  `edited` TINYINT(1) NOT NULL DEFAULT 0,
  `editedAt` DATETIME(3),
  `previous` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`ticketId`) REFERENCES `Ticket` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Config` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `notifications` JSON,
  `client_version` TEXT,
  `feature_previews` TINYINT(1) NOT NULL DEFAULT 0,
  `gh_version` TEXT,
  `sso_active` TINYINT(1) NOT NULL DEFAULT 0,
  `sso_provider` TEXT,
  `first_time_setup` TINYINT(1) NOT NULL DEFAULT 1,
  `encryption_key` LONGBLOB,
  `roles_active` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Discord` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `secret` TEXT,
  `url` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Email` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `user` TEXT NOT NULL,
  `pass` TEXT,
  `secure` TINYINT(1) NOT NULL DEFAULT 0,
  `host` TEXT NOT NULL,
  `reply` TEXT NOT NULL,
  `port` TEXT NOT NULL,
  `clientId` TEXT,
  `clientSecret` TEXT,
  `refreshToken` TEXT,
  `serviceType` TEXT NOT NULL,
  `tenantId` TEXT,
  `accessToken` TEXT,
  `expiresIn` BIGINT,
  `redirectUri` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `EmailQueue` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `username` TEXT NOT NULL,
  `password` TEXT,
  `hostname` TEXT NOT NULL,
  `tls` TINYINT(1) NOT NULL DEFAULT 1,
  `teams` JSON,
  `accessToken` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `clientId` TEXT,
  `clientSecret` TEXT,
  `expiresIn` BIGINT,
  `redirectUri` TEXT,
  `refreshToken` TEXT,
  `serviceType` TEXT NOT NULL,
  `tenantId` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Imap_Email` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `from` TEXT,
  `subject` TEXT,
  `body` TEXT,
  `text` TEXT,
  `html` TEXT,
  `emailQueueId` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emailQueueId`) REFERENCES `EmailQueue` (`id`) ON DELETE SET NULL
);

CREATE TABLE `Notes` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `title` TEXT NOT NULL,
  `note` TEXT NOT NULL,
  `Favourited` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `OAuthProvider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `clientId` TEXT NOT NULL,
  `clientSecret` TEXT NOT NULL,
  `authorizationUrl` TEXT NOT NULL,
  `tokenUrl` TEXT NOT NULL,
  `userInfoUrl` TEXT NOT NULL,
  `redirectUri` TEXT NOT NULL,
  `scope` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OAuthProvider_name_key` (`name`)
);

CREATE TABLE `PasswordResetToken` (
  `id` VARCHAR(191) NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `userId` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PasswordResetToken_code_key` (`code`)
);

CREATE TABLE `Role` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `isDefault` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `permissions` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Role_name_key` (`name`)
);

CREATE TABLE `SAMLProvider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `entryPoint` TEXT NOT NULL,
  `issuer` TEXT NOT NULL,
  `cert` TEXT NOT NULL,
  `ssoLoginUrl` TEXT NOT NULL,
  `ssoLogoutUrl` TEXT NOT NULL,
  `audience` TEXT NOT NULL,
  `recipient` TEXT NOT NULL,
  `destination` TEXT NOT NULL,
  `acsUrl` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `SAMLProvider_name_key` (`name`)
);

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `apiKey` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `ipAddress` TEXT,
  `userAgent` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionToken_key` (`sessionToken`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Slack` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `secret` TEXT,
  `url` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Team` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Ticket` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT,
  `title` TEXT NOT NULL,
  `detail` TEXT,
  `email` TEXT,
  `note` TEXT,
  `isComplete` TINYINT(1) NOT NULL,
  `priority` TEXT NOT NULL,
  `clientId` VARCHAR(191),
  `userId` VARCHAR(191),
  `linked` JSON,
  `teamId` VARCHAR(191),
  `fromImap` TINYINT(1) NOT NULL,
  `Number` INT NOT NULL AUTO_INCREMENT,
  `status` ENUM('needs_support','in_progress','in_review','done','hold') NOT NULL DEFAULT 'needs_support',
  `type` ENUM('bug','feature','support','incident','service','maintenance','access','feedback') NOT NULL DEFAULT 'support',
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `createdBy` JSON,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `following` JSON,
  PRIMARY KEY (`id`),
  KEY `Ticket_Number_idx` (`Number`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`clientId`) REFERENCES `Client` (`id`) ON DELETE SET NULL
);

CREATE TABLE `TicketFile` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `filename` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `ticketId` VARCHAR(191) NOT NULL,
  `encoding` TEXT NOT NULL,
  `mime` TEXT NOT NULL,
  `size` INT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticketId`) REFERENCES `Ticket` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `TimeTracking` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `title` TEXT NOT NULL,
  `comment` TEXT,
  `clientId` VARCHAR(191),
  `userId` VARCHAR(191),
  `ticketId` VARCHAR(191),
  `time` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`clientId`) REFERENCES `Client` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`ticketId`) REFERENCES `Ticket` (`id`) ON DELETE SET NULL
);

CREATE TABLE `Todos` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `text` TEXT NOT NULL,
  `done` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `Uptime` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `webhook` TEXT,
  `latency` INT,
  `status` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `password` TEXT,
  `email` VARCHAR(191) NOT NULL,
  `isAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  `language` TEXT,
  `notify_ticket_created` TINYINT(1) NOT NULL DEFAULT 1,
  `notify_ticket_status_changed` TINYINT(1) NOT NULL DEFAULT 1,
  `notify_ticket_comments` TINYINT(1) NOT NULL DEFAULT 1,
  `notify_ticket_assigned` TINYINT(1) NOT NULL DEFAULT 1,
  `teamId` VARCHAR(191),
  `emailVerified` TINYINT(1),
  `image` TEXT,
  `firstLogin` TINYINT(1) NOT NULL DEFAULT 1,
  `external_user` TINYINT(1) NOT NULL DEFAULT 0,
  `out_of_office` TINYINT(1) NOT NULL DEFAULT 0,
  `out_of_office_end` DATETIME(3),
  `out_of_office_message` TEXT,
  `out_of_office_start` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE SET NULL
);

CREATE TABLE `UserFile` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `filename` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `Webhooks` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `type` ENUM('ticket_created','ticket_status_changed') NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `secret` TEXT,
  `createdBy` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `_RoleToUser` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  UNIQUE KEY `_RoleToUser_AB_unique` (`A`, `B`),
  FOREIGN KEY (`A`) REFERENCES `Role` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`B`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `emailTemplate` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `type` ENUM('ticket_created','ticket_status_changed','ticket_assigned','ticket_comment') NOT NULL,
  `html` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `knowledgeBase` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `tags` JSON,
  `author` TEXT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `ticketId` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticketId`) REFERENCES `Ticket` (`id`) ON DELETE SET NULL
);

CREATE TABLE `notifications` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  `text` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `ticketId` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`ticketId`) REFERENCES `Ticket` (`id`) ON DELETE SET NULL
);

CREATE TABLE `openIdConfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `clientId` TEXT NOT NULL,
  `issuer` TEXT NOT NULL,
  `redirectUri` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

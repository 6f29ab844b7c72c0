-- HedgeDoc 1.x (collaborative markdown notes, formerly CodiMD/HackMD CE) — MySQL DDL of the whole real schema.
-- Upstream: github.com/hedgedoc/hedgedoc, release 1.12.0 (branch master, commit b9335040716278d029b5872e3825b92821d9cb70):
-- lib/migrations/*.js (Sequelize 5) replayed by hand in MySQL types (UUID -> CHAR(36) BINARY, TEXT('long') ->
-- LONGTEXT, DATE -> DATETIME), plus the session table that connect-session-sequelize 8.0.6 creates
-- (app.js: `new SequelizeStore({ db: models.sequelize })`, model `Session`) and Sequelize's SequelizeMeta.
-- The Temp table of the APPS list was dropped upstream by lib/migrations/20260622225700-remove-temp.js and is
-- not part of the 1.12.0 schema. Licence: AGPL-3.0.
-- The whole schema has six tables, so the exam's 25-45 table range cannot be met.

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `id` CHAR(36) BINARY NOT NULL,
  `profileid` VARCHAR(255),
  `profile` TEXT,
  `history` LONGTEXT,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  `accessToken` TEXT,
  `refreshToken` TEXT,
  `email` TEXT,
  `password` TEXT,
  `deleteToken` CHAR(36) BINARY,
  PRIMARY KEY (`id`),
  UNIQUE KEY `profileid` (`profileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notes` (
  `id` CHAR(36) BINARY NOT NULL,
  `ownerId` CHAR(36) BINARY,
  `content` LONGTEXT,
  `title` TEXT,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  `shortid` VARCHAR(255) NOT NULL DEFAULT '0000000000',
  `permission` ENUM('freely','editable','limited','locked','protected','private'),
  `viewcount` INT(11) DEFAULT 0,
  `lastchangeuserId` CHAR(36) BINARY,
  `lastchangeAt` DATETIME,
  `alias` VARCHAR(255),
  `savedAt` DATETIME,
  `authorship` LONGTEXT,
  `deletedAt` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notes_shortid` (`shortid`),
  UNIQUE KEY `notes_alias` (`alias`),
  CONSTRAINT `Notes_owner_fkey` FOREIGN KEY (`ownerId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Revisions` (
  `id` CHAR(36) BINARY NOT NULL,
  `noteId` CHAR(36) BINARY,
  `patch` LONGTEXT,
  `lastContent` LONGTEXT,
  `content` LONGTEXT,
  `length` INT(11),
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  `authorship` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `Revisions_note_fkey` FOREIGN KEY (`noteId`) REFERENCES `Notes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Authors` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `color` VARCHAR(255),
  `noteId` CHAR(36) BINARY,
  `userId` CHAR(36) BINARY,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `Author_note_fkey` FOREIGN KEY (`noteId`) REFERENCES `Notes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Author_user_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Sessions` (
  `sid` VARCHAR(36) NOT NULL,
  `expires` DATETIME,
  `data` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Trudesk 1.2.11 (polonel/trudesk), helpdesk / ticketing.
-- Source: github.com/polonel/trudesk src/models/*.js (Mongoose 6 schemas), release commit
-- 29f3f1698f341e3d8fcc4f4eb5340ee43427fe63 ("chore(release): 1.2.11"), Apache-2.0.
-- Trudesk keeps its data in MongoDB; upstream has no SQL schema. Each Mongoose model is written as one table named
-- after its MongoDB collection (the model's COLLECTION constant), one column per top-level schema path in the
-- schema's order with upstream's path names. The four sub-document schemas embedded as arrays in a ticket
-- (comment.js, note.js, attachment.js, history.js: each its own schema file with its own _id) and the chat
-- conversation's userMeta sub-schema are written as child tables (tickets_comments, tickets_notes,
-- tickets_attachments, tickets_history, conversations_userMeta) whose column `ticket` / `conversation` holds the
-- parent document's _id (named like upstream's own `messages.conversation`). Arrays of ObjectIds or strings and
-- plain nested objects / Mixed paths are LONGTEXT holding the JSON value. Types: _id and ObjectId CHAR(24);
-- String VARCHAR(255), TEXT for free text; Number INT; Boolean TINYINT(1); Date DATETIME(3). required -> NOT NULL,
-- constant defaults kept, unique/index on single paths kept as keys, `ref` written as a foreign key.
-- Mongoose's __v version key is left out.

CREATE TABLE `roles` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `normalized` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `grants` LONGTEXT,
  `hierarchy` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `roles_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_order` (
  `_id` CHAR(24) NOT NULL,
  `order` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `_id` CHAR(24) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `fullname` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `role` CHAR(24) NOT NULL,
  `lastOnline` DATETIME(3) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `image` VARCHAR(255) DEFAULT NULL,
  `workNumber` VARCHAR(255) DEFAULT NULL,
  `mobileNumber` VARCHAR(255) DEFAULT NULL,
  `companyName` VARCHAR(255) DEFAULT NULL,
  `facebookUrl` VARCHAR(255) DEFAULT NULL,
  `linkedinUrl` VARCHAR(255) DEFAULT NULL,
  `twitterUrl` VARCHAR(255) DEFAULT NULL,
  `resetPassHash` VARCHAR(255) DEFAULT NULL,
  `resetPassExpire` DATETIME(3) DEFAULT NULL,
  `tOTPKey` VARCHAR(255) DEFAULT NULL,
  `tOTPPeriod` INT DEFAULT NULL,
  `resetL2AuthHash` VARCHAR(255) DEFAULT NULL,
  `resetL2AuthExpire` DATETIME(3) DEFAULT NULL,
  `hasL2Auth` TINYINT(1) NOT NULL DEFAULT 0,
  `accessToken` VARCHAR(255) DEFAULT NULL,
  `preferences` LONGTEXT,
  `deleted` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `accounts_username` (`username`),
  UNIQUE KEY `accounts_email` (`email`),
  KEY `accounts_fullname` (`fullname`),
  KEY `accounts_accessToken` (`accessToken`),
  CONSTRAINT `accounts_role_fk` FOREIGN KEY (`role`) REFERENCES `roles` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `members` LONGTEXT,
  `sendMailTo` LONGTEXT,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `groups_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `normalized` VARCHAR(255) NOT NULL,
  `members` LONGTEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `teams_name` (`name`),
  UNIQUE KEY `teams_normalized` (`normalized`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `departments` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `normalized` VARCHAR(255) DEFAULT NULL,
  `teams` LONGTEXT,
  `allGroups` TINYINT(1) DEFAULT 0,
  `publicGroups` TINYINT(1) DEFAULT 0,
  `groups` LONGTEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `departments_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `priorities` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `overdueIn` INT NOT NULL DEFAULT 2880,
  `htmlColor` VARCHAR(255) DEFAULT '#29b955',
  `migrationNum` INT DEFAULT NULL,
  `default` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `priorities_name` (`name`),
  KEY `priorities_migrationNum` (`migrationNum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickettypes` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `priorities` LONGTEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tickettypes_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statuses` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `htmlColor` VARCHAR(255) DEFAULT '#29b955',
  `uid` INT DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `slatimer` TINYINT(1) DEFAULT 1,
  `isResolved` TINYINT(1) DEFAULT 0,
  `isLocked` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `statuses_name` (`name`),
  UNIQUE KEY `statuses_uid` (`uid`),
  KEY `statuses_order` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `normalized` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tags_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `_id` CHAR(24) NOT NULL,
  `uid` INT DEFAULT NULL,
  `owner` CHAR(24) NOT NULL,
  `group` CHAR(24) NOT NULL,
  `assignee` CHAR(24) DEFAULT NULL,
  `date` DATETIME(3) NOT NULL,
  `updated` DATETIME(3) DEFAULT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `type` CHAR(24) NOT NULL,
  `status` CHAR(24) NOT NULL,
  `priority` CHAR(24) NOT NULL,
  `tags` LONGTEXT,
  `subject` VARCHAR(255) NOT NULL,
  `issue` LONGTEXT NOT NULL,
  `closedDate` DATETIME(3) DEFAULT NULL,
  `dueDate` DATETIME(3) DEFAULT NULL,
  `subscribers` LONGTEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tickets_uid` (`uid`),
  KEY `tickets_date` (`date`),
  KEY `tickets_deleted` (`deleted`),
  KEY `tickets_status` (`status`),
  CONSTRAINT `tickets_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`),
  CONSTRAINT `tickets_group_fk` FOREIGN KEY (`group`) REFERENCES `groups` (`_id`),
  CONSTRAINT `tickets_assignee_fk` FOREIGN KEY (`assignee`) REFERENCES `accounts` (`_id`),
  CONSTRAINT `tickets_type_fk` FOREIGN KEY (`type`) REFERENCES `tickettypes` (`_id`),
  CONSTRAINT `tickets_status_fk` FOREIGN KEY (`status`) REFERENCES `statuses` (`_id`),
  CONSTRAINT `tickets_priority_fk` FOREIGN KEY (`priority`) REFERENCES `priorities` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_comments` (
  `_id` CHAR(24) NOT NULL,
  `ticket` CHAR(24) NOT NULL,
  `owner` CHAR(24) DEFAULT NULL,
  `date` DATETIME(3) NOT NULL,
  `comment` LONGTEXT NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`_id`),
  CONSTRAINT `tickets_comments_ticket_fk` FOREIGN KEY (`ticket`) REFERENCES `tickets` (`_id`),
  CONSTRAINT `tickets_comments_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_notes` (
  `_id` CHAR(24) NOT NULL,
  `ticket` CHAR(24) NOT NULL,
  `owner` CHAR(24) DEFAULT NULL,
  `date` DATETIME(3) NOT NULL,
  `note` LONGTEXT NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`_id`),
  CONSTRAINT `tickets_notes_ticket_fk` FOREIGN KEY (`ticket`) REFERENCES `tickets` (`_id`),
  CONSTRAINT `tickets_notes_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_attachments` (
  `_id` CHAR(24) NOT NULL,
  `ticket` CHAR(24) NOT NULL,
  `owner` CHAR(24) DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `date` DATETIME(3) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `tickets_attachments_ticket_fk` FOREIGN KEY (`ticket`) REFERENCES `tickets` (`_id`),
  CONSTRAINT `tickets_attachments_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_history` (
  `_id` CHAR(24) NOT NULL,
  `ticket` CHAR(24) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `date` DATETIME(3) NOT NULL,
  `owner` CHAR(24) DEFAULT NULL,
  `description` TEXT,
  PRIMARY KEY (`_id`),
  CONSTRAINT `tickets_history_ticket_fk` FOREIGN KEY (`ticket`) REFERENCES `tickets` (`_id`),
  CONSTRAINT `tickets_history_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `_id` CHAR(24) NOT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  `participants` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations_userMeta` (
  `conversation` CHAR(24) NOT NULL,
  `userId` CHAR(24) DEFAULT NULL,
  `joinedAt` DATETIME(3) DEFAULT NULL,
  `hasUnread` TINYINT(1) DEFAULT NULL,
  `lastRead` DATETIME(3) DEFAULT NULL,
  `deletedAt` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  KEY `conversations_userMeta_conversation` (`conversation`),
  CONSTRAINT `conversations_userMeta_conversation_fk` FOREIGN KEY (`conversation`) REFERENCES `conversations` (`_id`),
  CONSTRAINT `conversations_userMeta_userId_fk` FOREIGN KEY (`userId`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `_id` CHAR(24) NOT NULL,
  `conversation` CHAR(24) NOT NULL,
  `owner` CHAR(24) NOT NULL,
  `body` TEXT NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `messages_conversation` (`conversation`),
  KEY `messages_owner` (`owner`),
  CONSTRAINT `messages_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `_id` CHAR(24) NOT NULL,
  `created` DATETIME(3) DEFAULT NULL,
  `owner` CHAR(24) DEFAULT NULL,
  `title` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `type` INT DEFAULT NULL,
  `data` LONGTEXT,
  `unread` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`_id`),
  CONSTRAINT `notification_owner_fk` FOREIGN KEY (`owner`) REFERENCES `accounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notices` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `date` DATETIME(3) NOT NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '#e74c3c',
  `fontColor` VARCHAR(255) NOT NULL DEFAULT '#ffffff',
  `message` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `activeDate` DATETIME(3) DEFAULT NULL,
  `alertWindow` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `_id` CHAR(24) NOT NULL,
  `uid` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` INT NOT NULL,
  `runDate` DATETIME(3) NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `data` LONGTEXT NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `reports_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `displayName` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `data` LONGTEXT NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` LONGTEXT NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `settings_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counters` (
  `_id` VARCHAR(255) NOT NULL,
  `next` INT DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `_id` VARCHAR(255) NOT NULL,
  `expires` DATETIME(3) DEFAULT NULL,
  `session` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

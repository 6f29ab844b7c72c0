-- eCamp v3 (ecamp/ecamp3), camp and course planning for Swiss scout and youth-organisation leaders (ecamp3.ch)
-- Upstream: github.com/ecamp/ecamp3, commit 7f7b133db316452c9992a0b4749406f7908df8de (AGPL-3.0)
-- Source: api/migrations/schema/Version*.php (54 Doctrine migrations for PostgreSQL). Their up() SQL was replayed
-- into a scratch PostgreSQL 15 database, read back from information_schema / pg_constraint and written as MySQL:
-- text -> LONGTEXT, timestamp(0) -> DATETIME, boolean -> TINYINT(1), json/jsonb -> JSON, double precision -> DOUBLE.
-- Column names are spelled as the migrations write them (PostgreSQL folds the unquoted camelCase to lower case).
-- Primary, unique and foreign keys as upstream; plain indexes, the three views (view_*) and the seed data left out.


CREATE TABLE `profile` (
  `id` VARCHAR(16) NOT NULL,
  `email` VARCHAR(64) NOT NULL,
  `firstname` LONGTEXT,
  `surname` LONGTEXT,
  `nickname` LONGTEXT,
  `language` VARCHAR(20),
  `roles` JSON NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `googleId` VARCHAR(255),
  `pbsmidataId` VARCHAR(255),
  `cevidbId` VARCHAR(255),
  `untrustedEmail` VARCHAR(64),
  `untrustedEmailKeyHash` VARCHAR(255),
  `jubladbId` VARCHAR(255),
  `color` VARCHAR(8),
  `abbreviation` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_8157aa0fe7927c74` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` VARCHAR(16) NOT NULL,
  `state` VARCHAR(16) NOT NULL,
  `activationKeyHash` VARCHAR(255),
  `password` VARCHAR(255),
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `profileId` VARCHAR(16) NOT NULL,
  `passwordResetKeyHash` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_8d93d6499b26949c` (`profileId`),
  CONSTRAINT `fk_8d93d6499b26949c` FOREIGN KEY (`profileId`) REFERENCES `profile` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `camp` (
  `id` VARCHAR(16) NOT NULL,
  `campPrototypeId` VARCHAR(16),
  `isPrototype` TINYINT(1) NOT NULL,
  `shortTitle` LONGTEXT,
  `title` LONGTEXT NOT NULL,
  `motto` LONGTEXT,
  `addressName` LONGTEXT,
  `addressStreet` LONGTEXT,
  `addressZipcode` LONGTEXT,
  `addressCity` LONGTEXT,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `creatorId` VARCHAR(16) NOT NULL,
  `ownerId` VARCHAR(16) NOT NULL,
  `organizer` LONGTEXT,
  `kind` LONGTEXT,
  `coachName` LONGTEXT,
  `courseNumber` LONGTEXT,
  `courseKind` LONGTEXT,
  `trainingAdvisorName` LONGTEXT,
  `printYSLogoOnPicasso` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_c194423024b2ccf6` FOREIGN KEY (`creatorId`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_c1944230e05efd25` FOREIGN KEY (`ownerId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_progress_label` (
  `id` VARCHAR(16) NOT NULL,
  `position` INT NOT NULL,
  `title` LONGTEXT NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `campId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_progress_label_unique` (`campId`, `position`),
  CONSTRAINT `fk_701777b36d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_type` (
  `id` VARCHAR(16) NOT NULL,
  `name` VARCHAR(32) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `entityClass` LONGTEXT NOT NULL,
  `jsonConfig` JSON,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_41bcbaec5e237e06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_node` (
  `id` VARCHAR(16) NOT NULL,
  `slot` LONGTEXT,
  `position` INT NOT NULL,
  `instanceName` LONGTEXT,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `rootId` VARCHAR(16),
  `parentId` VARCHAR(16),
  `contentTypeId` VARCHAR(16) NOT NULL,
  `strategy` VARCHAR(255) NOT NULL,
  `data` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contentnode_parentid_slot_position_unique` (`parentId`, `slot`, `position`),
  CONSTRAINT `fk_481d058010ee4cee` FOREIGN KEY (`parentId`) REFERENCES `content_node` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_481d0580b7939b21` FOREIGN KEY (`rootId`) REFERENCES `content_node` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_481d0580fda329e8` FOREIGN KEY (`contentTypeId`) REFERENCES `content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category` (
  `id` VARCHAR(16) NOT NULL,
  `categoryPrototypeId` VARCHAR(16),
  `short` LONGTEXT NOT NULL,
  `name` LONGTEXT NOT NULL,
  `color` VARCHAR(8) NOT NULL,
  `numberingStyle` VARCHAR(1) NOT NULL,
  `campId` VARCHAR(16) NOT NULL,
  `rootContentNodeId` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_64c19c1f886581c` (`rootContentNodeId`),
  CONSTRAINT `fk_64c19c16d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_64c19c1f886581c` FOREIGN KEY (`rootContentNodeId`) REFERENCES `content_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity` (
  `id` VARCHAR(16) NOT NULL,
  `title` LONGTEXT NOT NULL,
  `location` LONGTEXT NOT NULL,
  `campId` VARCHAR(16) NOT NULL,
  `categoryId` VARCHAR(16) NOT NULL,
  `rootContentNodeId` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `progressLabelId` VARCHAR(16),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_ac74095af886581c` (`rootContentNodeId`),
  CONSTRAINT `fk_ac74095a5016ea8d` FOREIGN KEY (`progressLabelId`) REFERENCES `activity_progress_label` (`id`),
  CONSTRAINT `fk_ac74095a6d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_ac74095a9c370b71` FOREIGN KEY (`categoryId`) REFERENCES `category` (`id`),
  CONSTRAINT `fk_ac74095af886581c` FOREIGN KEY (`rootContentNodeId`) REFERENCES `content_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `camp_collaboration` (
  `id` VARCHAR(16) NOT NULL,
  `inviteEmail` LONGTEXT,
  `inviteKeyHash` VARCHAR(64),
  `status` VARCHAR(16) NOT NULL,
  `role` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `userId` VARCHAR(16),
  `campId` VARCHAR(16) NOT NULL,
  `color` VARCHAR(8),
  `abbreviation` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inviteemail_camp_unique` (`inviteEmail`, `campId`),
  UNIQUE KEY `invitekeyhash_unique` (`inviteKeyHash`),
  UNIQUE KEY `user_camp_unique` (`userId`, `campId`),
  CONSTRAINT `fk_c93898a64b64dcc` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_c93898a6d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_responsible` (
  `id` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `activityId` VARCHAR(16) NOT NULL,
  `campCollaborationId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_campcollaboration_unique` (`activityId`, `campCollaborationId`),
  CONSTRAINT `fk_99684fe41335e2fc` FOREIGN KEY (`activityId`) REFERENCES `activity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_99684fe456778c5c` FOREIGN KEY (`campCollaborationId`) REFERENCES `camp_collaboration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_contenttype` (
  `category_id` VARCHAR(16) NOT NULL,
  `contenttype_id` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`category_id`, `contenttype_id`),
  CONSTRAINT `fk_c3c55a4d12469de2` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`),
  CONSTRAINT `fk_c3c55a4d54491bbc` FOREIGN KEY (`contenttype_id`) REFERENCES `content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist` (
  `id` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `name` LONGTEXT NOT NULL,
  `campId` VARCHAR(16),
  `isPrototype` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_5c696d2f6d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist_item` (
  `id` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `text` LONGTEXT NOT NULL,
  `position` INT NOT NULL,
  `checklistId` VARCHAR(16) NOT NULL,
  `parentId` VARCHAR(16),
  PRIMARY KEY (`id`),
  UNIQUE KEY `checklistitem_checklistid_parentid_position_unique` (`checklistId`, `parentId`, `position`),
  CONSTRAINT `fk_99eb20f910ee4cee` FOREIGN KEY (`parentId`) REFERENCES `checklist_item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_99eb20f9ba23a13` FOREIGN KEY (`checklistId`) REFERENCES `checklist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklistnode_checklistitem` (
  `checklistnode_id` VARCHAR(16) NOT NULL,
  `checklistitem_id` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`checklistnode_id`, `checklistitem_id`),
  CONSTRAINT `fk_5a2b5b318a09a289` FOREIGN KEY (`checklistitem_id`) REFERENCES `checklist_item` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_5a2b5b31de6b6f00` FOREIGN KEY (`checklistnode_id`) REFERENCES `content_node` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `period` (
  `id` VARCHAR(16) NOT NULL,
  `description` LONGTEXT,
  `start` DATE NOT NULL,
  `end` DATE NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `campId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_c5b81ece6d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `day` (
  `id` VARCHAR(16) NOT NULL,
  `dayOffset` INT NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `periodId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `offset_period_idx` (`periodId`, `dayOffset`),
  CONSTRAINT `fk_e5a0299085cb41e9` FOREIGN KEY (`periodId`) REFERENCES `period` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `day_responsible` (
  `id` VARCHAR(16) NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `dayId` VARCHAR(16) NOT NULL,
  `campCollaborationId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `day_campcollaboration_unique` (`dayId`, `campCollaborationId`),
  CONSTRAINT `fk_81ac6a2d194eb424` FOREIGN KEY (`dayId`) REFERENCES `day` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_81ac6a2d56778c5c` FOREIGN KEY (`campCollaborationId`) REFERENCES `camp_collaboration` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_list` (
  `id` VARCHAR(16) NOT NULL,
  `materialListPrototypeId` VARCHAR(16),
  `name` LONGTEXT,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `campId` VARCHAR(16) NOT NULL,
  `campCollaborationId` VARCHAR(16),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_10a0952d56778c5c` (`campCollaborationId`),
  CONSTRAINT `fk_10a0952d56778c5c` FOREIGN KEY (`campCollaborationId`) REFERENCES `camp_collaboration` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_10a0952d6d299429` FOREIGN KEY (`campId`) REFERENCES `camp` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_item` (
  `id` VARCHAR(16) NOT NULL,
  `article` LONGTEXT NOT NULL,
  `quantity` DOUBLE,
  `unit` LONGTEXT,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `materialListId` VARCHAR(16) NOT NULL,
  `periodId` VARCHAR(16),
  `materialNodeId` VARCHAR(16),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_4b73482b85cb41e9` FOREIGN KEY (`periodId`) REFERENCES `period` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_4b73482bc0b3a0a9` FOREIGN KEY (`materialListId`) REFERENCES `material_list` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_4b73482bd2115263` FOREIGN KEY (`materialNodeId`) REFERENCES `content_node` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `o_auth_state` (
  `id` VARCHAR(16) NOT NULL,
  `state` VARCHAR(32) NOT NULL,
  `expireTime` DATETIME NOT NULL,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_entry` (
  `id` VARCHAR(16) NOT NULL,
  `startOffset` INT NOT NULL,
  `endOffset` INT NOT NULL,
  `left` DOUBLE,
  `width` DOUBLE,
  `createTime` DATETIME NOT NULL,
  `updateTime` DATETIME NOT NULL,
  `periodId` VARCHAR(16) NOT NULL,
  `activityId` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_d7785d2c1335e2fc` FOREIGN KEY (`activityId`) REFERENCES `activity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_d7785d2c85cb41e9` FOREIGN KEY (`periodId`) REFERENCES `period` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

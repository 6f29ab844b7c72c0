-- Trilium Notes (TriliumNext/Trilium), packages/trilium-core/src/assets/schema.sql at commit
-- 0a50e15ab710123f97d1216ac922769d62aa75b5 (AGPL-3.0-only, package.json)
-- Personal hierarchical knowledge base with a sync server (Node.js on SQLite). Upstream's SQLite schema written as
-- MySQL: TEXT ids, codes and dates that are keys or indexed -> VARCHAR(255), indexed free text with a 255-character
-- prefix, INTEGER -> INT (sessions.expires, a millisecond timestamp, BIGINT), REAL -> DOUBLE; partial indexes
-- (WHERE ...) as plain keys (unique only where NULLs are the excluded rows). See trilium.md.

CREATE TABLE `entity_changes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entityName` VARCHAR(255) NOT NULL,
  `entityId` VARCHAR(255) NOT NULL,
  `hash` TEXT NOT NULL,
  `isErased` INT NOT NULL,
  `changeId` VARCHAR(255) NOT NULL,
  `componentId` TEXT NOT NULL,
  `instanceId` TEXT NOT NULL,
  `isSynced` INT NOT NULL,
  `utcDateChanged` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_entityChanges_entityName_entityId` (`entityName`, `entityId`),
  KEY `IDX_entity_changes_changeId` (`changeId`),
  KEY `IDX_entity_changes_isSynced_id` (`isSynced`, `id`),
  KEY `IDX_entity_changes_isErased_entityName` (`isErased`, `entityName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `etapi_tokens` (
  `etapiTokenId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `tokenHash` TEXT NOT NULL,
  `utcDateCreated` TEXT NOT NULL,
  `utcDateModified` TEXT NOT NULL,
  `isDeleted` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`etapiTokenId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branches` (
  `branchId` VARCHAR(255) NOT NULL,
  `noteId` VARCHAR(255) NOT NULL,
  `parentNoteId` VARCHAR(255) NOT NULL,
  `notePosition` INT NOT NULL,
  `prefix` TEXT,
  `isExpanded` INT NOT NULL DEFAULT 0,
  `isDeleted` INT NOT NULL DEFAULT 0,
  `deleteId` TEXT DEFAULT NULL,
  `utcDateModified` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`branchId`),
  KEY `IDX_branches_noteId_parentNoteId` (`noteId`, `parentNoteId`),
  KEY `IDX_branches_parentNoteId_isDeleted_notePosition` (`parentNoteId`, `isDeleted`, `notePosition`),
  KEY `IDX_branches_isDeleted_utcDateModified` (`isDeleted`, `utcDateModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `noteId` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL DEFAULT 'note',
  `isProtected` INT NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL DEFAULT 'text',
  `mime` TEXT NOT NULL DEFAULT 'text/html',
  `blobId` VARCHAR(255) DEFAULT NULL,
  `isDeleted` INT NOT NULL DEFAULT 0,
  `deleteId` TEXT DEFAULT NULL,
  `dateCreated` VARCHAR(255) NOT NULL,
  `dateModified` VARCHAR(255) NOT NULL,
  `utcDateCreated` VARCHAR(255) NOT NULL,
  `utcDateModified` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`noteId`),
  KEY `IDX_notes_title` (`title`(255)),
  KEY `IDX_notes_type` (`type`),
  KEY `IDX_notes_dateCreated` (`dateCreated`),
  KEY `IDX_notes_dateModified` (`dateModified`),
  KEY `IDX_notes_utcDateModified` (`utcDateModified`),
  KEY `IDX_notes_utcDateCreated` (`utcDateCreated`),
  KEY `IDX_notes_blobId` (`blobId`),
  KEY `IDX_notes_isDeleted_utcDateModified` (`isDeleted`, `utcDateModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revisions` (
  `revisionId` VARCHAR(255) NOT NULL,
  `noteId` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL DEFAULT '',
  `mime` TEXT NOT NULL DEFAULT '',
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `source` TEXT NOT NULL DEFAULT 'auto',
  `isProtected` INT NOT NULL DEFAULT 0,
  `blobId` VARCHAR(255) DEFAULT NULL,
  `utcDateLastEdited` VARCHAR(255) NOT NULL,
  `utcDateCreated` VARCHAR(255) NOT NULL,
  `utcDateModified` TEXT NOT NULL,
  `dateLastEdited` VARCHAR(255) NOT NULL,
  `dateCreated` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`revisionId`),
  KEY `IDX_revisions_noteId` (`noteId`),
  KEY `IDX_revisions_utcDateCreated` (`utcDateCreated`),
  KEY `IDX_revisions_utcDateLastEdited` (`utcDateLastEdited`),
  KEY `IDX_revisions_dateCreated` (`dateCreated`),
  KEY `IDX_revisions_dateLastEdited` (`dateLastEdited`),
  KEY `IDX_revisions_blobId` (`blobId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `options` (
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `isSynced` INT NOT NULL DEFAULT 0,
  `utcDateModified` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attributes` (
  `attributeId` VARCHAR(255) NOT NULL,
  `noteId` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL DEFAULT '',
  `position` INT NOT NULL DEFAULT 0,
  `utcDateModified` VARCHAR(255) NOT NULL,
  `isDeleted` INT NOT NULL,
  `deleteId` TEXT DEFAULT NULL,
  `isInheritable` INT DEFAULT 0 NULL,
  PRIMARY KEY (`attributeId`),
  KEY `IDX_attributes_name_value` (`name`, `value`(255)),
  KEY `IDX_attributes_noteId_index` (`noteId`),
  KEY `IDX_attributes_value_index` (`value`(255)),
  KEY `IDX_attributes_isDeleted_utcDateModified` (`isDeleted`, `utcDateModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recent_notes` (
  `noteId` VARCHAR(255) NOT NULL,
  `notePath` TEXT NOT NULL,
  `utcDateCreated` TEXT NOT NULL,
  PRIMARY KEY (`noteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blobs` (
  `blobId` VARCHAR(255) NOT NULL,
  `content` LONGTEXT NULL DEFAULT NULL,
  `textRepresentation` LONGTEXT DEFAULT NULL,
  `dateModified` TEXT NOT NULL,
  `utcDateModified` TEXT NOT NULL,
  PRIMARY KEY (`blobId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `attachmentId` VARCHAR(255) NOT NULL,
  `ownerId` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `mime` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `isProtected` INT NOT NULL DEFAULT 0,
  `position` INT NOT NULL DEFAULT 0,
  `blobId` VARCHAR(255) DEFAULT NULL,
  `dateModified` TEXT NOT NULL,
  `utcDateModified` VARCHAR(255) NOT NULL,
  `utcDateScheduledForErasureSince` VARCHAR(255) DEFAULT NULL,
  `isDeleted` INT NOT NULL,
  `deleteId` TEXT DEFAULT NULL,
  PRIMARY KEY (`attachmentId`),
  KEY `IDX_attachments_ownerId_role` (`ownerId`, `role`),
  KEY `IDX_attachments_blobId` (`blobId`),
  KEY `IDX_attachments_isDeleted_utcDateModified` (`isDeleted`, `utcDateModified`),
  KEY `IDX_attachments_utcDateScheduledForErasureSince` (`utcDateScheduledForErasureSince`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_data` (
  `tmpID` INT NOT NULL,
  `username` TEXT,
  `email` TEXT,
  `userIDEncryptedDataKey` TEXT,
  `userIDVerificationHash` TEXT,
  `salt` TEXT,
  `derivedKey` TEXT,
  `isSetup` VARCHAR(255) DEFAULT 'false',
  PRIMARY KEY (`tmpID`),
  UNIQUE KEY `tmpID` (`tmpID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flashcards` (
  `cardId` VARCHAR(255) NOT NULL,
  `noteId` VARCHAR(255) NOT NULL,
  `deckNoteId` VARCHAR(255) NOT NULL,
  `ordinal` INT NOT NULL DEFAULT 0,
  `state` INT NOT NULL,
  `due` VARCHAR(255) NOT NULL,
  `stability` DOUBLE NOT NULL DEFAULT 0,
  `difficulty` DOUBLE NOT NULL DEFAULT 0,
  `elapsedDays` INT NOT NULL DEFAULT 0,
  `scheduledDays` INT NOT NULL DEFAULT 0,
  `learningSteps` INT NOT NULL DEFAULT 0,
  `reps` INT NOT NULL DEFAULT 0,
  `lapses` INT NOT NULL DEFAULT 0,
  `lastReview` TEXT DEFAULT NULL,
  `suspended` INT NOT NULL DEFAULT 0,
  `algorithm` TEXT NOT NULL DEFAULT 'fsrs-6',
  `algorithmVersion` TEXT NOT NULL DEFAULT 'ts-fsrs@5.4.1',
  `schedulingRevision` INT NOT NULL DEFAULT 0,
  `utcDateCreated` TEXT NOT NULL,
  `utcDateModified` TEXT NOT NULL,
  `isDeleted` INT NOT NULL DEFAULT 0,
  `deleteId` TEXT DEFAULT NULL,
  PRIMARY KEY (`cardId`),
  KEY `IDX_flashcards_noteId_ordinal` (`noteId`, `ordinal`),
  KEY `IDX_flashcards_deck_due` (`deckNoteId`, `suspended`, `isDeleted`, `due`),
  KEY `IDX_flashcards_due` (`suspended`, `isDeleted`, `due`),
  KEY `IDX_flashcards_noteId` (`noteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flashcard_reviews` (
  `reviewId` VARCHAR(255) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `rating` INT NOT NULL,
  `state` INT NOT NULL,
  `dueBefore` TEXT NOT NULL,
  `dueAfter` TEXT NOT NULL,
  `stabilityBefore` DOUBLE NOT NULL,
  `stabilityAfter` DOUBLE NOT NULL,
  `difficultyBefore` DOUBLE NOT NULL,
  `difficultyAfter` DOUBLE NOT NULL,
  `elapsedDays` INT NOT NULL,
  `elapsedDaysBefore` INT NOT NULL,
  `scheduledDays` INT NOT NULL,
  `scheduledDaysBefore` INT NOT NULL,
  `learningSteps` INT NOT NULL,
  `learningStepsBefore` INT NOT NULL,
  `repsBefore` INT NOT NULL,
  `lapsesBefore` INT NOT NULL,
  `lastReviewBefore` TEXT DEFAULT NULL,
  `schedulingRevisionBefore` INT NOT NULL,
  `schedulingRevisionAfter` INT NOT NULL,
  `reviewedAt` VARCHAR(255) NOT NULL,
  `durationMs` INT DEFAULT NULL,
  `algorithm` TEXT NOT NULL,
  `algorithmVersion` TEXT NOT NULL,
  `clientRequestId` VARCHAR(255) DEFAULT NULL,
  `utcDateCreated` TEXT NOT NULL,
  `utcDateModified` TEXT NOT NULL,
  PRIMARY KEY (`reviewId`),
  KEY `IDX_flashcard_reviews_card_reviewedAt` (`cardId`, `reviewedAt`),
  KEY `IDX_flashcard_reviews_reviewedAt` (`reviewedAt`),
  UNIQUE KEY `IDX_flashcard_reviews_clientRequestId` (`clientRequestId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `expires` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- WeKan v11.07.0 (open-source kanban board; Meteor / Node.js on MongoDB or FerretDB)
-- Upstream: github.com/wekan/wekan, commit f5cc8e37319469dd6a4752e160540213a2094aa4 (MIT)
-- WeKan keeps its data in MongoDB; there is no SQL schema upstream. Each collection that `models/*.js` gives a
-- SimpleSchema (`Collection.attachSchema(new SimpleSchema({...}))`, plus the `watchers` schema that
-- `models/watchable.js` attaches to boards, lists and cards) is one table named after its MongoDB collection
-- (`Meteor.users` -> `users`, `new Mongo.Collection('card_comments')` -> `card_comments` ...), with `_id` first
-- (Meteor's Random.id() string, VARCHAR(17), primary key; Number where the schema declares `_id` as a Number) and
-- then one column per schema path in the schema's order with upstream's path names: a nested plain object is
-- written as its dotted paths (`profile.fullname`, `vote.question`, `wipLimit.value`), nullable when the object is
-- optional; a `blackbox` object is one LONGTEXT column holding its JSON (`services`, `profile.listWidths`);
-- an array of plain values (user ids, label ids, strings) is one LONGTEXT column holding the JSON array (`members`,
-- `assignees`, `profile.starredBoards`). Arrays of sub-documents are child tables `<collection>_<path>` (dots
-- written `_`: `users_profile_notifications`), with a first column named after the parent (`user`, `board`, `card`,
-- `cardCommentReaction`, `customField`, `sessiondata` -- the only names not upstream's) holding the parent's `_id`
-- (foreign key, ON DELETE CASCADE) and one column per sub-path; sub-schemas given as `new SimpleSchema({...})` or a
-- named schema constant (`commentReactionSchema`) are read the same way.
-- Types: String VARCHAR(255) (TEXT for free text: descriptions, texts, bodies, messages, details, URLs ...;
-- ENUM where `allowedValues` is a literal list or constants of the same file), Number DOUBLE, Boolean TINYINT(1),
-- Date DATETIME(3); NOT NULL unless `optional: true` (or inside an optional object); literal `defaultValue`s kept,
-- constants from other modules, arrays and objects not.
-- `activities` has no schema upstream (models/activities.js: "different activities have different fields"); its
-- columns are the fields written by the Activities.insert calls of models/*.js and server/models/*.js and read by
-- the helpers of models/activities.js (`subtaskId`, `labelId` ...), with `createdAt`/`modifiedAt` from its hooks.
-- Left out: the `attachments` and `avatars` collections (ostrio:files FilesCollection: their schema is that
-- package's, not WeKan's), and collections without a schema that only hold job or migration state
-- (`actions`, `triggers`, `counters`, `presences`, `attachmentBulkMoveStatus`, `attachmentMigrationStatus`,
-- `fileIntegrity`, `fileIntegrityKeys`, `recoveryStatus`, `text_migration_status`, `trello_import_jobs`), and the
-- schema-less collections of server/ (`backupSettings`, `migrations`, `trello_api_credentials`) and client/
-- (client-side caches).
-- MongoDB declares no foreign keys between collections; only the child tables' parent keys are declared.

CREATE TABLE `users` (
  `_id` VARCHAR(17) NOT NULL,
  `username` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `profile.avatarUrl` TEXT NULL,
  `profile.emailBuffer` LONGTEXT NULL,
  `profile.fullname` VARCHAR(255) NULL,
  `profile.showDesktopDragHandles` TINYINT(1) NULL,
  `profile.leftMenuCollapsed` TINYINT(1) NULL,
  `profile.collapsedWorkspaces` LONGTEXT NULL,
  `profile.leftMenuWidth` DOUBLE NULL,
  `profile.submitOnEnter` TINYINT(1) NULL,
  `profile.openManyCardsAtOnce` TINYINT(1) NULL,
  `profile.allBoardsThemeTiles` TINYINT(1) NULL,
  `profile.globalThemeColor` VARCHAR(255) NULL,
  `profile.globalThemeCustomColors` LONGTEXT NULL,
  `profile.uiFont` VARCHAR(255) NULL,
  `profile.uiFontSize` VARCHAR(255) NULL,
  `profile.uiTextColor` VARCHAR(255) NULL,
  `profile.uiTextBgColor` VARCHAR(255) NULL,
  `profile.dismissedAnnouncementVersion` VARCHAR(255) NULL,
  `profile.cardMaximized` TINYINT(1) NULL,
  `profile.cardCollapsed` TINYINT(1) NULL,
  `profile.showActivities` TINYINT(1) NULL,
  `profile.customFieldsGrid` TINYINT(1) NULL,
  `profile.trelloApiSaved` TINYINT(1) NULL,
  `profile.hiddenMinicardLabelText` TINYINT(1) NULL,
  `profile.initials` VARCHAR(255) NULL,
  `profile.boardWorkspacesTree` LONGTEXT NULL,
  `profile.boardWorkspaceAssignments` LONGTEXT NULL,
  `profile.invitedBoards` LONGTEXT NULL,
  `profile.language` VARCHAR(255) NULL,
  `profile.mapProvider` ENUM('openstreetmap','google','bing','apple') NULL,
  `profile.moveAndCopyDialog` LONGTEXT NULL,
  `profile.moveChecklistDialog` LONGTEXT NULL,
  `profile.copyChecklistDialog` LONGTEXT NULL,
  `profile.rescueCardDescription` TINYINT(1) NULL,
  `profile.showCardsCountAt` DOUBLE NULL,
  `profile.startDayOfWeek` DOUBLE NULL,
  `profile.starredBoards` LONGTEXT NULL,
  `profile.defaultBoardId` VARCHAR(255) NULL,
  `profile.icode` VARCHAR(255) NULL,
  `profile.boardView` ENUM('board-view-swimlanes','board-view-lists','board-view-cal','board-view-gantt','board-view-table','board-view-stats') NULL,
  `profile.listSortBy` VARCHAR(255) NULL,
  `profile.allBoardsSortBy` VARCHAR(255) NULL DEFAULT 'custom',
  `profile.templatesBoardId` VARCHAR(255) NULL DEFAULT '',
  `profile.cardTemplatesSwimlaneId` VARCHAR(255) NULL DEFAULT '',
  `profile.listTemplatesSwimlaneId` VARCHAR(255) NULL DEFAULT '',
  `profile.boardTemplatesSwimlaneId` VARCHAR(255) NULL DEFAULT '',
  `profile.sidebarWidth` DOUBLE NULL,
  `profile.listWidths` LONGTEXT NULL,
  `profile.listConstraints` LONGTEXT NULL,
  `profile.autoWidthBoards` LONGTEXT NULL,
  `profile.boardSortIndex` LONGTEXT NULL,
  `profile.fixedListWidthBoards` LONGTEXT NULL,
  `profile.fixedListWidths` LONGTEXT NULL,
  `profile.swimlaneHeights` LONGTEXT NULL,
  `profile.collapsedLists` LONGTEXT NULL,
  `profile.collapsedSwimlanes` LONGTEXT NULL,
  `profile.collapsedCardSections` LONGTEXT NULL,
  `profile.keyboardShortcuts` TINYINT(1) NULL DEFAULT 0,
  `profile.verticalScrollbars` TINYINT(1) NULL DEFAULT 1,
  `profile.showWeekOfYear` TINYINT(1) NULL DEFAULT 1,
  `profile.dateFormat` ENUM('YYYY-MM-DD','DD-MM-YYYY','MM-DD-YYYY') NULL DEFAULT 'YYYY-MM-DD',
  `profile.mobileMode` TINYINT(1) NULL,
  `profile.cardZoom` DOUBLE NULL DEFAULT 1.0,
  `services` LONGTEXT NULL,
  `heartbeat` DATETIME(3) NULL,
  `isAdmin` TINYINT(1) NULL,
  `createdThroughApi` TINYINT(1) NULL,
  `loginDisabled` TINYINT(1) NULL,
  `authenticationMethod` VARCHAR(255) NOT NULL DEFAULT 'password',
  `sessionData.totalHits` DOUBLE NULL,
  `importUsernames` LONGTEXT NULL,
  `lastConnectionDate` DATETIME(3) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_orgs` (
  `user` VARCHAR(17) NOT NULL,
  `orgId` VARCHAR(255) NOT NULL,
  `orgDisplayName` VARCHAR(255) NOT NULL,
  `isAdmin` TINYINT(1) NULL,
  KEY `user` (`user`),
  CONSTRAINT `users_orgs_fk` FOREIGN KEY (`user`) REFERENCES `users` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_teams` (
  `user` VARCHAR(17) NOT NULL,
  `teamId` VARCHAR(255) NOT NULL,
  `teamDisplayName` VARCHAR(255) NOT NULL,
  KEY `user` (`user`),
  CONSTRAINT `users_teams_fk` FOREIGN KEY (`user`) REFERENCES `users` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_emails` (
  `user` VARCHAR(17) NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  KEY `user` (`user`),
  CONSTRAINT `users_emails_fk` FOREIGN KEY (`user`) REFERENCES `users` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile_notifications` (
  `user` VARCHAR(17) NOT NULL,
  `activity` VARCHAR(255) NOT NULL,
  `read` DATETIME(3) NULL,
  KEY `user` (`user`),
  CONSTRAINT `users_profile_notifications_fk` FOREIGN KEY (`user`) REFERENCES `users` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile_starredPages` (
  `user` VARCHAR(17) NOT NULL,
  `url` TEXT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  KEY `user` (`user`),
  CONSTRAINT `users_profile_starredPages_fk` FOREIGN KEY (`user`) REFERENCES `users` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `archivedAt` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NULL,
  `stars` DOUBLE NOT NULL,
  `permission` ENUM('public','private') NOT NULL,
  `importUsernames` LONGTEXT NULL,
  `color` VARCHAR(255) NOT NULL,
  `customThemeColors` LONGTEXT NULL,
  `backgroundImageURL` TEXT NULL,
  `backgroundImageId` VARCHAR(255) NULL,
  `allowsCardCounterList` TINYINT(1) NOT NULL DEFAULT 0,
  `cardAging` TINYINT(1) NOT NULL DEFAULT 0,
  `showDependencies` TINYINT(1) NOT NULL DEFAULT 0,
  `cardAgingDays1` DOUBLE NOT NULL DEFAULT 7,
  `cardAgingDays2` DOUBLE NOT NULL DEFAULT 14,
  `cardAgingDays3` DOUBLE NOT NULL DEFAULT 28,
  `allowsBoardMemberList` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT NULL,
  `subtasksDefaultBoardId` VARCHAR(255) NULL,
  `migrationVersion` DOUBLE NOT NULL,
  `subtasksDefaultListId` VARCHAR(255) NULL,
  `dateSettingsDefaultBoardId` VARCHAR(255) NULL,
  `dateSettingsDefaultListId` VARCHAR(255) NULL,
  `allowsSubtasks` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsSubtasksOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsAttachments` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsAttachmentsOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsChecklists` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsChecklistsOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsCustomFields` TINYINT(1) NULL DEFAULT 1,
  `allowsCustomFieldsOnMinicard` TINYINT(1) NULL DEFAULT 0,
  `allowsChecklistCountBadgeOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsComments` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDescriptionTitle` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDescriptionTitleOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDescriptionText` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDescriptionTextOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsCoverAttachmentOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsCoverAttachmentOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsBadgeAttachmentOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsAttachmentCountOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsChecklistCountBadgeOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsCardSortingByNumberOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsCardNumber` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsCardNumberOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsActivities` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsLabels` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsLabelsOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsCreator` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsCreatorOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsAssignee` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsAssigneeOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsMembers` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsMembersOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsRequestedBy` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsRequestedByOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsCardSortingByNumber` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsShowLists` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsAssignedBy` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsAssignedByOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsShowListsOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsChecklistAtMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsReceivedDate` TINYINT(1) NOT NULL DEFAULT 1,
  `restrictCommentEditing` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsPersonalListWidth` TINYINT(1) NOT NULL DEFAULT 0,
  `autoWidth` TINYINT(1) NULL DEFAULT 0,
  `allowsReceivedDateOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsStartDate` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsStartDateOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsEndDate` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsEndDateOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDueDate` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDueDateOnMinicard` TINYINT(1) NOT NULL DEFAULT 1,
  `allowsDueComplete` TINYINT(1) NOT NULL DEFAULT 0,
  `allowsDueCompleteOnMinicard` TINYINT(1) NOT NULL DEFAULT 0,
  `presentParentTask` ENUM('prefix-with-full-path','prefix-with-parent','subtext-with-full-path','subtext-with-parent','no-parent') NULL DEFAULT 'no-parent',
  `receivedAt` DATETIME(3) NULL,
  `startAt` DATETIME(3) NULL,
  `dueAt` DATETIME(3) NULL,
  `endAt` DATETIME(3) NULL,
  `spentTime` DOUBLE NULL,
  `isOvertime` TINYINT(1) NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL,
  `sort` DOUBLE NOT NULL DEFAULT -1,
  `showActivities` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_labels` (
  `board` VARCHAR(17) NOT NULL,
  `_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NULL,
  `color` VARCHAR(255) NOT NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_labels_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_members` (
  `board` VARCHAR(17) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `isAdmin` TINYINT(1) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  `isNoComments` TINYINT(1) NULL,
  `isCommentOnly` TINYINT(1) NULL,
  `isWorker` TINYINT(1) NULL,
  `isNormalAssignedOnly` TINYINT(1) NULL,
  `isCommentAssignedOnly` TINYINT(1) NULL,
  `isReadOnly` TINYINT(1) NULL,
  `isReadAssignedOnly` TINYINT(1) NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_members_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_orgs` (
  `board` VARCHAR(17) NOT NULL,
  `orgId` VARCHAR(255) NOT NULL,
  `orgDisplayName` VARCHAR(255) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_orgs_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_teams` (
  `board` VARCHAR(17) NOT NULL,
  `teamId` VARCHAR(255) NOT NULL,
  `teamDisplayName` VARCHAR(255) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_teams_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_domains` (
  `board` VARCHAR(17) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_domains_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_watchers` (
  `board` VARCHAR(17) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `level` VARCHAR(255) NOT NULL,
  KEY `board` (`board`),
  CONSTRAINT `boards_watchers_fk` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `swimlanes` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `archivedAt` DATETIME(3) NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `sort` DOUBLE NULL,
  `color` VARCHAR(255) NULL,
  `updatedAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'swimlane',
  `height` DOUBLE NULL DEFAULT -1,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `starred` TINYINT(1) NULL DEFAULT 0,
  `archived` TINYINT(1) NOT NULL,
  `archivedAt` DATETIME(3) NULL,
  `deletedAt` DATETIME(3) NULL,
  `deletedBy` VARCHAR(255) NULL,
  `deleteBatchId` VARCHAR(255) NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `swimlaneId` VARCHAR(255) NULL DEFAULT '',
  `createdAt` DATETIME(3) NOT NULL,
  `sort` DOUBLE NULL,
  `updatedAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `wipLimit.value` DOUBLE NULL DEFAULT 1,
  `wipLimit.enabled` TINYINT(1) NULL DEFAULT 0,
  `wipLimit.soft` TINYINT(1) NULL DEFAULT 0,
  `color` VARCHAR(255) NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'list',
  `width` DOUBLE NULL DEFAULT 220,
  `watchers` LONGTEXT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NULL DEFAULT '',
  `archived` TINYINT(1) NOT NULL,
  `archivedAt` DATETIME(3) NULL,
  `deletedAt` DATETIME(3) NULL,
  `deletedBy` VARCHAR(255) NULL,
  `deleteBatchId` VARCHAR(255) NULL,
  `parentId` VARCHAR(255) NULL DEFAULT '',
  `listId` VARCHAR(255) NULL DEFAULT '',
  `swimlaneId` VARCHAR(255) NOT NULL,
  `boardId` VARCHAR(255) NULL DEFAULT '',
  `coverId` VARCHAR(255) NULL DEFAULT '',
  `color` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `dateLastActivity` DATETIME(3) NOT NULL,
  `description` TEXT NULL DEFAULT '',
  `requestedBy` VARCHAR(255) NULL DEFAULT '',
  `assignedBy` VARCHAR(255) NULL DEFAULT '',
  `labelIds` LONGTEXT NULL,
  `members` LONGTEXT NULL,
  `assignees` LONGTEXT NULL,
  `requesters` LONGTEXT NULL,
  `assigners` LONGTEXT NULL,
  `receivedAt` DATETIME(3) NULL,
  `startAt` DATETIME(3) NULL,
  `dueAt` DATETIME(3) NULL,
  `endAt` DATETIME(3) NULL,
  `dueComplete` TINYINT(1) NULL DEFAULT 0,
  `locationName` VARCHAR(255) NULL DEFAULT '',
  `locationAddress` VARCHAR(255) NULL DEFAULT '',
  `locationLatitude` DOUBLE NULL,
  `locationLongitude` DOUBLE NULL,
  `spentTime` DOUBLE NULL DEFAULT 0,
  `isOvertime` TINYINT(1) NULL DEFAULT 0,
  `userId` VARCHAR(255) NOT NULL,
  `sort` DOUBLE NULL DEFAULT 0,
  `subtaskSort` DOUBLE NULL DEFAULT -1,
  `type` VARCHAR(255) NOT NULL,
  `linkedId` VARCHAR(255) NULL DEFAULT '',
  `vote.question` TEXT NULL DEFAULT '',
  `vote.positive` LONGTEXT NULL,
  `vote.negative` LONGTEXT NULL,
  `vote.end` DATETIME(3) NULL,
  `vote.public` TINYINT(1) NULL DEFAULT 0,
  `vote.allowNonBoardMembers` TINYINT(1) NULL DEFAULT 0,
  `poker.question` TINYINT(1) NULL,
  `poker.one` LONGTEXT NULL,
  `poker.two` LONGTEXT NULL,
  `poker.three` LONGTEXT NULL,
  `poker.five` LONGTEXT NULL,
  `poker.eight` LONGTEXT NULL,
  `poker.thirteen` LONGTEXT NULL,
  `poker.twenty` LONGTEXT NULL,
  `poker.forty` LONGTEXT NULL,
  `poker.oneHundred` LONGTEXT NULL,
  `poker.unsure` LONGTEXT NULL,
  `poker.end` DATETIME(3) NULL,
  `poker.allowNonBoardMembers` TINYINT(1) NULL,
  `poker.estimation` DOUBLE NULL,
  `targetId_gantt` LONGTEXT NULL,
  `linkType_gantt` LONGTEXT NULL,
  `linkId_gantt` LONGTEXT NULL,
  `cardNumber` DOUBLE NULL DEFAULT 0,
  `showActivities` TINYINT(1) NOT NULL DEFAULT 0,
  `showListOnMinicard` TINYINT(1) NULL DEFAULT 0,
  `showChecklistAtMinicard` TINYINT(1) NULL DEFAULT 0,
  `hideFinishedChecklistIfItemsAreHidden` TINYINT(1) NULL DEFAULT 0,
  `watchers` LONGTEXT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_customFields` (
  `card` VARCHAR(17) NOT NULL,
  `_id` VARCHAR(255) NULL DEFAULT '',
  `value` LONGTEXT NULL,
  KEY `card` (`card`),
  CONSTRAINT `cards_customFields_fk` FOREIGN KEY (`card`) REFERENCES `cards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_stickers` (
  `card` VARCHAR(17) NOT NULL,
  `icon` VARCHAR(255) NULL DEFAULT '',
  `name` VARCHAR(255) NULL DEFAULT '',
  `highlight` ENUM('underline','round') NULL,
  `position` DOUBLE NULL DEFAULT 0,
  KEY `card` (`card`),
  CONSTRAINT `cards_stickers_fk` FOREIGN KEY (`card`) REFERENCES `cards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_locations` (
  `card` VARCHAR(17) NOT NULL,
  `_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NULL DEFAULT '',
  `address` VARCHAR(255) NULL DEFAULT '',
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  KEY `card` (`card`),
  CONSTRAINT `cards_locations_fk` FOREIGN KEY (`card`) REFERENCES `cards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_cardDependencies` (
  `card` VARCHAR(17) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NULL,
  `color` VARCHAR(255) NULL,
  `icon` VARCHAR(255) NULL,
  KEY `card` (`card`),
  CONSTRAINT `cards_cardDependencies_fk` FOREIGN KEY (`card`) REFERENCES `cards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklists` (
  `_id` VARCHAR(17) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `boardId` VARCHAR(255) NULL,
  `title` VARCHAR(255) NOT NULL DEFAULT 'Checklist',
  `finishedAt` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `sort` DOUBLE NOT NULL,
  `hideCheckedChecklistItems` TINYINT(1) NULL,
  `hideAllChecklistItems` TINYINT(1) NULL,
  `showChecklistAtMinicard` TINYINT(1) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklistItems` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `sort` DOUBLE NOT NULL,
  `isFinished` TINYINT(1) NOT NULL DEFAULT 0,
  `checklistId` VARCHAR(255) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `boardId` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_comments` (
  `_id` VARCHAR(17) NOT NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `parentId` VARCHAR(255) NULL DEFAULT '',
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_comment_reactions` (
  `_id` VARCHAR(17) NOT NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `cardId` VARCHAR(255) NOT NULL,
  `cardCommentId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_comment_reactions_reactions` (
  `cardCommentReaction` VARCHAR(17) NOT NULL,
  `reactionCodepoint` VARCHAR(255) NOT NULL,
  `userIds` LONGTEXT NOT NULL,
  KEY `cardCommentReaction` (`cardCommentReaction`),
  CONSTRAINT `card_comment_reactions_reactions_fk` FOREIGN KEY (`cardCommentReaction`) REFERENCES `card_comment_reactions` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `_id` VARCHAR(17) NOT NULL,
  `userId` VARCHAR(255) NULL,
  `activityType` VARCHAR(255) NOT NULL,
  `activityTypeId` VARCHAR(255) NULL,
  `type` VARCHAR(255) NULL,
  `boardId` VARCHAR(255) NULL,
  `boardName` VARCHAR(255) NULL,
  `oldBoardId` VARCHAR(255) NULL,
  `oldBoardName` VARCHAR(255) NULL,
  `swimlaneId` VARCHAR(255) NULL,
  `swimlaneName` VARCHAR(255) NULL,
  `oldSwimlaneId` VARCHAR(255) NULL,
  `listId` VARCHAR(255) NULL,
  `listName` VARCHAR(255) NULL,
  `oldListId` VARCHAR(255) NULL,
  `cardId` VARCHAR(255) NULL,
  `cardTitle` VARCHAR(255) NULL,
  `title` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `memberId` VARCHAR(255) NULL,
  `assigneeId` VARCHAR(255) NULL,
  `commentId` VARCHAR(255) NULL,
  `commentText` TEXT NULL,
  `attachmentId` VARCHAR(255) NULL,
  `attachmentName` VARCHAR(255) NULL,
  `checklistId` VARCHAR(255) NULL,
  `checklistName` VARCHAR(255) NULL,
  `checklistItemId` VARCHAR(255) NULL,
  `checklistItemName` VARCHAR(255) NULL,
  `customFieldId` VARCHAR(255) NULL,
  `customFieldValue` TEXT NULL,
  `labelId` VARCHAR(255) NULL,
  `subtaskId` VARCHAR(255) NULL,
  `value` TEXT NULL,
  `oldValue` TEXT NULL,
  `timeKey` VARCHAR(255) NULL,
  `timeValue` TEXT NULL,
  `timeOldValue` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customFields` (
  `_id` VARCHAR(17) NOT NULL,
  `boardIds` LONGTEXT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` ENUM('text','number','date','dropdown','checkbox','currency','stringtemplate') NOT NULL,
  `settings.currencyCode` VARCHAR(255) NULL,
  `settings.stringtemplateFormat` VARCHAR(255) NULL,
  `settings.stringtemplateSeparator` VARCHAR(255) NULL,
  `showOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `automaticallyOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `alwaysOnCard` TINYINT(1) NOT NULL DEFAULT 0,
  `showLabelOnMiniCard` TINYINT(1) NOT NULL DEFAULT 0,
  `showSumAtTopOfList` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customFields_settings_dropdownItems` (
  `customField` VARCHAR(17) NOT NULL,
  `_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  KEY `customField` (`customField`),
  CONSTRAINT `customFields_settings_dropdownItems_fk` FOREIGN KEY (`customField`) REFERENCES `customFields` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `_id` VARCHAR(17) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `triggerId` VARCHAR(255) NOT NULL,
  `actionId` VARCHAR(255) NOT NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `buttonType` ENUM('card','board') NULL,
  `buttonLabel` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `_id` VARCHAR(17) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `title` VARCHAR(255) NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'outgoing-webhooks',
  `activities` LONGTEXT NOT NULL,
  `url` TEXT NOT NULL,
  `token` VARCHAR(255) NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation_codes` (
  `_id` VARCHAR(17) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  `authorId` VARCHAR(255) NOT NULL,
  `boardsToBeInvited` LONGTEXT NULL,
  `valid` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org` (
  `_id` VARCHAR(17) NOT NULL,
  `orgDisplayName` VARCHAR(255) NULL,
  `orgDesc` TEXT NULL,
  `orgShortName` VARCHAR(255) NULL,
  `orgAutoAddUsersWithDomainName` VARCHAR(255) NULL,
  `orgWebsite` VARCHAR(255) NULL,
  `orgIsActive` TINYINT(1) NULL,
  `orgSharedTemplates` TINYINT(1) NULL,
  `orgPropagateMembersToBoards` TINYINT(1) NULL,
  `orgSyncMembersFromAuth` TINYINT(1) NULL,
  `orgDomains` VARCHAR(255) NULL,
  `orgProductName` VARCHAR(255) NULL,
  `orgThemeColor` VARCHAR(255) NULL,
  `orgThemeCustomColors` LONGTEXT NULL,
  `orgCustomLoginLogoImageUrl` TEXT NULL,
  `orgCustomLoginLogoLinkUrl` TEXT NULL,
  `orgTextBelowCustomLoginLogo` VARCHAR(255) NULL,
  `orgCustomTopLeftCornerLogoImageUrl` TEXT NULL,
  `orgCustomTopLeftCornerLogoLinkUrl` TEXT NULL,
  `orgCustomHelpLinkUrl` TEXT NULL,
  `orgLegalNotice` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orgUser` (
  `_id` DOUBLE NOT NULL,
  `orgId` DOUBLE NULL,
  `userId` DOUBLE NULL,
  `role` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `_id` VARCHAR(17) NOT NULL,
  `teamDisplayName` VARCHAR(255) NULL,
  `teamDesc` TEXT NULL,
  `teamShortName` VARCHAR(255) NULL,
  `teamWebsite` VARCHAR(255) NULL,
  `teamIsActive` TINYINT(1) NULL,
  `teamSharedTemplates` TINYINT(1) NULL,
  `teamPropagateMembersToBoards` TINYINT(1) NULL,
  `teamSyncMembersFromAuth` TINYINT(1) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessiondata` (
  `_id` DOUBLE NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `sessionId` VARCHAR(255) NOT NULL,
  `totalHits` DOUBLE NULL,
  `resultsCount` DOUBLE NULL,
  `lastHit` DOUBLE NULL,
  `cards` LONGTEXT NULL,
  `selector` TEXT NULL,
  `projection` TEXT NULL,
  `errorMessages` LONGTEXT NULL,
  `debug` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessiondata_errors` (
  `sessiondata` DOUBLE NOT NULL,
  `tag` VARCHAR(255) NOT NULL,
  `value` TEXT NULL,
  `color` TINYINT(1) NULL DEFAULT 0,
  KEY `sessiondata` (`sessiondata`),
  CONSTRAINT `sessiondata_errors_fk` FOREIGN KEY (`sessiondata`) REFERENCES `sessiondata` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loginAddresses` (
  `_id` VARCHAR(17) NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `ipv4` VARCHAR(255) NULL,
  `ipv6` VARCHAR(255) NULL,
  `count` DOUBLE NULL,
  `firstAt` DATETIME(3) NULL,
  `at` DATETIME(3) NULL,
  `users` LONGTEXT NULL,
  `location` LONGTEXT NULL,
  `locationLabel` VARCHAR(255) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impersonatedUsers` (
  `_id` VARCHAR(17) NOT NULL,
  `adminId` VARCHAR(255) NULL,
  `userId` VARCHAR(255) NULL,
  `boardId` VARCHAR(255) NULL,
  `attachmentId` VARCHAR(255) NULL,
  `reason` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userPositionHistory` (
  `_id` VARCHAR(17) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `entityType` ENUM('swimlane','list','card','checklist','checklistItem') NOT NULL,
  `entityId` VARCHAR(255) NOT NULL,
  `actionType` ENUM('move','create','delete','restore','archive') NOT NULL,
  `previousState` LONGTEXT NULL,
  `newState` LONGTEXT NOT NULL,
  `previousSort` DOUBLE NULL,
  `newSort` DOUBLE NULL,
  `previousSwimlaneId` VARCHAR(255) NULL,
  `newSwimlaneId` VARCHAR(255) NULL,
  `previousListId` VARCHAR(255) NULL,
  `newListId` VARCHAR(255) NULL,
  `previousBoardId` VARCHAR(255) NULL,
  `newBoardId` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `isCheckpoint` TINYINT(1) NULL DEFAULT 0,
  `checkpointName` VARCHAR(255) NULL,
  `batchId` VARCHAR(255) NULL,
  `undone` TINYINT(1) NULL DEFAULT 0,
  `undoneAt` DATETIME(3) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `positionHistory` (
  `_id` VARCHAR(17) NOT NULL,
  `boardId` VARCHAR(255) NOT NULL,
  `entityType` ENUM('swimlane','list','card') NOT NULL,
  `entityId` VARCHAR(255) NOT NULL,
  `originalPosition` LONGTEXT NOT NULL,
  `originalSwimlaneId` VARCHAR(255) NULL,
  `originalListId` VARCHAR(255) NULL,
  `originalTitle` VARCHAR(255) NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsaved-edits` (
  `_id` VARCHAR(17) NOT NULL,
  `fieldName` VARCHAR(255) NOT NULL,
  `docId` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eventlog` (
  `_id` VARCHAR(17) NOT NULL,
  `stream` VARCHAR(255) NOT NULL,
  `at` DATETIME(3) NOT NULL,
  `severity` VARCHAR(255) NULL,
  `category` VARCHAR(255) NULL,
  `bleed` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `source` VARCHAR(255) NULL,
  `cwe` VARCHAR(255) NULL,
  `userId` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `ip` VARCHAR(255) NULL,
  `count` DOUBLE NULL,
  `firstAt` DATETIME(3) NULL,
  `actors` LONGTEXT NULL,
  `actorsOverflow` DOUBLE NULL,
  `detail` TEXT NULL,
  `type` VARCHAR(255) NULL,
  `db` VARCHAR(255) NULL,
  `kind` VARCHAR(255) NULL,
  `message` TEXT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eventlogAcks` (
  `_id` VARCHAR(17) NOT NULL,
  `stream` VARCHAR(255) NOT NULL,
  `at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recoveryEvents` (
  `_id` VARCHAR(17) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `db` VARCHAR(255) NULL,
  `detail` TEXT NULL,
  `severity` ENUM('info','warning','error') NULL,
  `source` VARCHAR(255) NULL,
  `done` TINYINT(1) NULL,
  `deletedData` TINYINT(1) NULL,
  `userId` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `ipv4` VARCHAR(255) NULL,
  `ipv6` VARCHAR(255) NULL,
  `boardIds` LONGTEXT NULL,
  `boardTitles` LONGTEXT NULL,
  `createdAt` DATETIME(3) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation` (
  `_id` VARCHAR(17) NOT NULL,
  `language` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `translationText` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `_id` VARCHAR(17) NOT NULL,
  `disableRegistration` TINYINT(1) NULL DEFAULT 0,
  `disableForgotPassword` TINYINT(1) NULL DEFAULT 0,
  `renderLinksAsPlainText` TINYINT(1) NULL DEFAULT 0,
  `alwaysShowCodeAsText` TINYINT(1) NULL DEFAULT 0,
  `disableActivities` TINYINT(1) NULL DEFAULT 0,
  `disableNotifications` TINYINT(1) NULL DEFAULT 0,
  `disableWatch` TINYINT(1) NULL DEFAULT 0,
  `enablePermanentDelete` TINYINT(1) NULL DEFAULT 0,
  `disableAllExport` TINYINT(1) NULL DEFAULT 0,
  `disableAllImport` TINYINT(1) NULL DEFAULT 0,
  `disableExportAvatars` TINYINT(1) NULL DEFAULT 0,
  `disableImportAvatars` TINYINT(1) NULL DEFAULT 0,
  `anonymizeExportUsers` TINYINT(1) NULL DEFAULT 0,
  `anonymizeImportUsers` TINYINT(1) NULL DEFAULT 0,
  `mailServer.username` VARCHAR(255) NULL,
  `mailServer.password` VARCHAR(255) NULL,
  `mailServer.host` VARCHAR(255) NULL,
  `mailServer.port` VARCHAR(255) NULL,
  `mailServer.enableTLS` TINYINT(1) NULL,
  `mailServer.from` VARCHAR(255) NULL,
  `productName` VARCHAR(255) NULL,
  `themeColor` VARCHAR(255) NULL,
  `themeCustomColors` LONGTEXT NULL,
  `displayAuthenticationMethod` TINYINT(1) NULL,
  `defaultAuthenticationMethod` VARCHAR(255) NOT NULL,
  `spinnerName` VARCHAR(255) NULL,
  `hideLogo` TINYINT(1) NULL,
  `hideCardCounterList` TINYINT(1) NULL,
  `cardsLoading` ENUM('all','lazy') NULL,
  `hideBoardMemberList` TINYINT(1) NULL,
  `hideBoardActivitiesOnAllBoards` TINYINT(1) NULL,
  `customLoginLogoImageUrl` TEXT NULL,
  `customLoginLogoLinkUrl` TEXT NULL,
  `customHelpLinkUrl` TEXT NULL,
  `textBelowCustomLoginLogo` VARCHAR(255) NULL,
  `automaticLinkedUrlSchemes` VARCHAR(255) NULL,
  `customTopLeftCornerLogoImageUrl` TEXT NULL,
  `customTopLeftCornerLogoLinkUrl` TEXT NULL,
  `customTopLeftCornerLogoHeight` VARCHAR(255) NULL,
  `oidcBtnText` TEXT NULL,
  `mailDomainName` VARCHAR(255) NULL,
  `legalNotice` TEXT NULL,
  `customHeadEnabled` TINYINT(1) NULL,
  `customHeadMetaTags` TEXT NULL,
  `customHeadLinkTags` TEXT NULL,
  `customManifestEnabled` TINYINT(1) NULL,
  `customManifestContent` TEXT NULL,
  `customAssetLinksEnabled` TINYINT(1) NULL,
  `customAssetLinksContent` TEXT NULL,
  `accessibilityPageEnabled` TINYINT(1) NULL DEFAULT 0,
  `accessibilityTitle` VARCHAR(255) NULL,
  `accessibilityContent` TEXT NULL,
  `supportPopupText` TEXT NULL,
  `supportPageEnabled` TINYINT(1) NULL DEFAULT 0,
  `supportPagePublic` TINYINT(1) NULL DEFAULT 0,
  `boardMembersFromSameOrgOnly` TINYINT(1) NULL DEFAULT 0,
  `boardMembersFromSameTeamOnly` TINYINT(1) NULL DEFAULT 0,
  `boardMembersFromSameOrgOrTeamOnly` TINYINT(1) NULL DEFAULT 0,
  `supportTitle` VARCHAR(255) NULL,
  `supportPageText` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `_id` VARCHAR(17) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `title` VARCHAR(255) NULL,
  `body` TEXT NULL,
  `sort` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accessibilitySettings` (
  `_id` VARCHAR(17) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `title` VARCHAR(255) NULL,
  `body` TEXT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accountSettings` (
  `_id` VARCHAR(255) NOT NULL,
  `booleanValue` TINYINT(1) NULL,
  `sort` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tableVisibilityModeSettings` (
  `_id` VARCHAR(255) NOT NULL,
  `booleanValue` TINYINT(1) NULL,
  `sort` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lockoutSettings` (
  `_id` VARCHAR(255) NOT NULL,
  `value` DOUBLE NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `sort` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inviteToBoardRolesSettings` (
  `_id` VARCHAR(255) NOT NULL,
  `allowedRoles` LONGTEXT NULL,
  `sort` DOUBLE NULL,
  `createdAt` DATETIME(3) NULL,
  `modifiedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachmentStorageSettings` (
  `_id` VARCHAR(17) NOT NULL,
  `defaultStorage` VARCHAR(255) NOT NULL,
  `storageConfig.filesystem.enabled` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.filesystem.read` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.filesystem.write` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.filesystem.path` VARCHAR(255) NULL,
  `storageConfig.gridfs.enabled` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.gridfs.read` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.gridfs.write` TINYINT(1) NULL DEFAULT 1,
  `storageConfig.s3` LONGTEXT NULL,
  `storageConfig.azure` LONGTEXT NULL,
  `storageConfig.gcs` LONGTEXT NULL,
  `uploadSettings.maxFileSize` DOUBLE NULL,
  `uploadSettings.allowedMimeTypes` LONGTEXT NULL,
  `limitSettings.attachmentsUploadMaxBytes` DOUBLE NULL,
  `limitSettings.attachmentsUploadBlocked` TINYINT(1) NULL DEFAULT 0,
  `limitSettings.avatarsUploadBlocked` TINYINT(1) NULL DEFAULT 0,
  `limitSettings.attachmentsDownloadMaxBytes` DOUBLE NULL,
  `limitSettings.attachmentsDownloadBlocked` TINYINT(1) NULL DEFAULT 0,
  `limitSettings.apiUploadMaxBytes` DOUBLE NULL,
  `limitSettings.apiUploadBlocked` TINYINT(1) NULL DEFAULT 0,
  `limitSettings.apiDownloadMaxBytes` DOUBLE NULL,
  `limitSettings.apiDownloadBlocked` TINYINT(1) NULL DEFAULT 0,
  `migrationSettings.autoMigrate` TINYINT(1) NULL DEFAULT 0,
  `migrationSettings.batchSize` DOUBLE NULL DEFAULT 10,
  `migrationSettings.delayMs` DOUBLE NULL DEFAULT 1000,
  `migrationSettings.cpuThreshold` DOUBLE NULL DEFAULT 70,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdBy` VARCHAR(255) NULL,
  `updatedBy` VARCHAR(255) NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CitizenOS (Estonian e-participation platform: topics, discussions, ideations, votes with ID-card / Smart-ID signing)
-- Upstream: github.com/citizenos/citizenos-api `db/config/database.sql` (upstream's own pg_dump of the schema the
-- Sequelize migrations in db/migrations build; last changed in 35153b716dafc6c50fb210c462451ffea70b50f8), repository
-- commit 8cf044a676e494aeabb9ef0306636087f4ebbd79. Licence: Apache-2.0.
-- Converted to MySQL/MariaDB: the dump was loaded into a scratch PostgreSQL database and each table's columns
-- (names, order, types, NOT NULL, upstream column comments), primary keys, unique constraints, plain unique indexes and
-- foreign keys (with ON DELETE CASCADE / SET NULL) read from the catalogue. Types: uuid -> CHAR(36); text -> TEXT
-- (VARCHAR(191) where it is part of a key); varchar(n) kept; timestamptz -> DATETIME(6); boolean -> TINYINT(1);
-- jsonb/json -> JSON; bytea -> LONGBLOB; PostgreSQL enum types -> ENUM with upstream's values; arrays -> TEXT;
-- serial/identity keys -> AUTO_INCREMENT. Defaults, CHECK constraints, non-unique indexes, functions and triggers
-- are left out. Tables reordered so that referenced tables come first.
-- All 54 tables kept. One column left out: `IdeaReports`.`ReportId`, a Sequelize association duplicate of
-- `reportId` that differs only in letter case (neither MySQL nor SQLite allows two such column names); its foreign
-- key and unique key (ideaId, ReportId) go with it.

CREATE TABLE `Activities` (
  `id` CHAR(36) NOT NULL COMMENT 'Id of the Activity',
  `data` JSON NOT NULL COMMENT 'Activity content',
  `actorType` TEXT,
  `actorId` TEXT,
  `topicIds` TEXT,
  `groupIds` TEXT,
  `userIds` TEXT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) COMMENT 'Full name of the user.',
  `company` VARCHAR(255) COMMENT 'Company name.',
  `language` VARCHAR(5) COMMENT 'Language code.',
  `email` VARCHAR(254) COMMENT 'User registration email.',
  `password` VARCHAR(64) COMMENT 'Password hash. NULL if User was created on invitation OR with another method like ESTEID, FB, Google.',
  `passwordResetCode` CHAR(36),
  `emailIsVerified` TINYINT(1) NOT NULL COMMENT 'Flag indicating if e-mail verification has been completed.',
  `emailVerificationCode` CHAR(36) NOT NULL COMMENT 'E-mail verification code that is sent out with e-mail as a link.',
  `source` ENUM('citizenos','citizenosSystem','google','facebook') NOT NULL COMMENT 'User creation source.',
  `sourceId` VARCHAR(255) COMMENT 'User id in the source system. For Facebook their user id, for Google their user id and so on. Null is allowed as there is not point for CitizenOS to provide one.',
  `imageUrl` VARCHAR(255) COMMENT 'User profile image url.',
  `termsVersion` VARCHAR(255) COMMENT 'Version identifier of user terms accepted by user',
  `termsAcceptedAt` DATETIME(6) COMMENT 'Time when the terms were accepted',
  `authorId` VARCHAR(255) COMMENT 'Etherpad authorID for the user',
  `preferences` JSON COMMENT 'User preferences JSON object',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Users_emailVerificationCode_key` (`emailVerificationCode`),
  UNIQUE KEY `Users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Attachments` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL COMMENT 'file name to display',
  `type` VARCHAR(255) COMMENT 'Files type',
  `source` ENUM('upload','dropbox','onedrive','googledrive') NOT NULL,
  `size` BIGINT COMMENT 'file size in bytes',
  `link` VARCHAR(255) NOT NULL COMMENT 'files location',
  `sessionId` VARCHAR(255) COMMENT 'Encrypted Session ID when the idea was created',
  `creatorId` CHAR(36) COMMENT 'User ID of the reporter.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Attachments_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Reports` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('abuse','obscene','spam','hate','netiquette','duplicate','other') NOT NULL COMMENT 'Report reason - verbal abuse, obscene content, hate speech etc..',
  `text` VARCHAR(2048) NOT NULL COMMENT 'Additional comment for the report to provide more details on the violation.',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the reporter.',
  `creatorIp` VARCHAR(45) NOT NULL COMMENT 'IP address of the reporter',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Reports_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Comments` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('pro','con','poi','reply') NOT NULL,
  `parentId` CHAR(36) NOT NULL COMMENT 'Parent comment id. Replies to comments have a parent.',
  `parentVersion` BIGINT NOT NULL COMMENT 'Edit version',
  `subject` VARCHAR(128),
  `text` VARCHAR(2048) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the creator of the Topic.',
  `deletedById` CHAR(36) COMMENT 'User ID of the person who deleted the Comment',
  `deletedReasonType` ENUM('abuse','obscene','spam','hate','netiquette','duplicate') COMMENT 'Delete reason type which is provided in case deleted by moderator due to a user report',
  `deletedReasonText` VARCHAR(2048) COMMENT 'Free text with reason why the comment was deleted',
  `deletedByReportId` CHAR(36) COMMENT 'Report ID due to which comment was deleted',
  `edits` JSON COMMENT 'Comment versions in JSONB array',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Comments_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Comments_deletedById_fkey` FOREIGN KEY (`deletedById`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Comments_deletedByReportId_fkey` FOREIGN KEY (`deletedByReportId`) REFERENCES `Reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Comments_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommentAttachments` (
  `commentId` CHAR(36) NOT NULL COMMENT 'To what Comment this Attachment belongs to.',
  `attachmentId` CHAR(36) NOT NULL COMMENT 'Which Attachment belongs to this Comment.',
  `type` ENUM('image','file') COMMENT 'Type of the attachment image or file',
  PRIMARY KEY (`commentId`, `attachmentId`),
  CONSTRAINT `CommentAttachments_attachmentId_fkey` FOREIGN KEY (`attachmentId`) REFERENCES `Attachments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `CommentAttachments_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommentReports` (
  `commentId` CHAR(36) NOT NULL COMMENT 'To what Comment the Report belongs to',
  `reportId` CHAR(36) NOT NULL COMMENT 'Which Report belongs to the Comment',
  PRIMARY KEY (`commentId`, `reportId`),
  CONSTRAINT `CommentReports_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `CommentReports_reportId_fkey` FOREIGN KEY (`reportId`) REFERENCES `Reports` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommentVotes` (
  `commentId` CHAR(36) NOT NULL COMMENT 'Comment ID',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the creator of the Topic.',
  `value` INT NOT NULL COMMENT 'Vote value. Numeric, can be negative on down-vote.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`commentId`, `creatorId`),
  CONSTRAINT `CommentVotes_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `CommentVotes_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Discussions` (
  `id` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User who created the discussion.',
  `question` VARCHAR(2048) COMMENT 'Question the discussion is about',
  `deadline` DATETIME(6) COMMENT 'Deadline for the discussion. If NULL then no deadline at all.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Discussions_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DiscussionComments` (
  `discussionId` CHAR(36) NOT NULL COMMENT 'To what Discussion this Comment belongs to.',
  `commentId` CHAR(36) NOT NULL COMMENT 'Which Comment belongs to this Discussion.',
  PRIMARY KEY (`discussionId`, `commentId`),
  CONSTRAINT `DiscussionComments_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `DiscussionComments_discussionId_fkey` FOREIGN KEY (`discussionId`) REFERENCES `Discussions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Ideations` (
  `id` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User who created the ideation.',
  `question` VARCHAR(2048) COMMENT 'Question the ideation is gathering ideas for',
  `deadline` DATETIME(6) COMMENT 'Deadline for the ideation. If NULL then no deadline at all.',
  `disableReplies` TINYINT(1) NOT NULL COMMENT 'Disable replies',
  `allowAnonymous` TINYINT(1) NOT NULL COMMENT 'Allow anonymous ideas',
  `template` TEXT COMMENT 'Allow idea template',
  `demographicsConfig` JSON COMMENT 'Configuration for demographics data fields',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Ideations_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Folders` (
  `id` CHAR(36) NOT NULL,
  `ideationId` CHAR(36) NOT NULL COMMENT 'To what ideation the folder belongs to',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID who created the folder',
  `name` VARCHAR(512) NOT NULL COMMENT 'Folder name',
  `description` VARCHAR(2048) COMMENT 'Folder description',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Folders_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Folders_ideationId_fkey` FOREIGN KEY (`ideationId`) REFERENCES `Ideations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Ideas` (
  `id` CHAR(36) NOT NULL,
  `ideationId` CHAR(36) NOT NULL COMMENT 'To what ideation the idea belongs to',
  `authorId` CHAR(36) COMMENT 'Author of the idea',
  `sessionId` VARCHAR(255) COMMENT 'Encrypted Session ID when the idea was created',
  `statement` VARCHAR(2048) NOT NULL COMMENT 'Main idea statement',
  `description` TEXT NOT NULL COMMENT 'Idea description',
  `imageUrl` TEXT COMMENT 'Image for the idea',
  `status` ENUM('draft','published') NOT NULL COMMENT 'Idea status',
  `deletedById` CHAR(36) COMMENT 'User ID of the person who deleted the Comment',
  `deletedReasonType` ENUM('abuse','obscene','spam','hate','netiquette','duplicate') COMMENT 'Delete reason type which is provided in case deleted by moderator due to a user report',
  `deletedReasonText` VARCHAR(2048) COMMENT 'Free text with reason why the comment was deleted',
  `deletedByReportId` CHAR(36) COMMENT 'Report ID due to which comment was deleted',
  `demographics` JSON COMMENT 'Demographics fields',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Ideas_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Ideas_deletedById_fkey` FOREIGN KEY (`deletedById`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Ideas_deletedByReportId_fkey` FOREIGN KEY (`deletedByReportId`) REFERENCES `Reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Ideas_ideationId_fkey` FOREIGN KEY (`ideationId`) REFERENCES `Ideations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FolderIdeas` (
  `folderId` CHAR(36) NOT NULL COMMENT 'Folder where idea belongs',
  `ideaId` CHAR(36) NOT NULL,
  PRIMARY KEY (`folderId`, `ideaId`),
  CONSTRAINT `FolderIdeas_folderId_fkey` FOREIGN KEY (`folderId`) REFERENCES `Folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FolderIdeas_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Partners` (
  `id` CHAR(36) NOT NULL COMMENT 'Partner id. Open ID client_id.',
  `website` VARCHAR(255) NOT NULL COMMENT 'Partner website',
  `redirectUriRegexp` VARCHAR(255) NOT NULL COMMENT 'Partner callback (callback_uri) validation regexp. Also may be used to check request Origin and Referer if present.',
  `linkPrivacyPolicy` TEXT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Groups` (
  `id` CHAR(36) NOT NULL,
  `parentId` CHAR(36) COMMENT 'Parent Groups id.',
  `name` VARCHAR(255) NOT NULL COMMENT 'Name of the Group.',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the creator of the Group.',
  `visibility` ENUM('public','private') NOT NULL COMMENT 'Who can see (read) the Group apart from the Members.',
  `sourcePartnerId` CHAR(36) COMMENT 'The Partner id of the site from which the Group was created',
  `imageUrl` VARCHAR(255) COMMENT 'Group profile image url.',
  `country` VARCHAR(255) COMMENT 'Group location country',
  `language` VARCHAR(255) COMMENT 'Group language',
  `rules` TEXT COMMENT 'Group rules',
  `contact` VARCHAR(255) COMMENT 'Group contact info',
  `description` TEXT COMMENT 'Short description of what the Group is about.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Groups_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Groups_sourcePartnerId_fkey` FOREIGN KEY (`sourcePartnerId`) REFERENCES `Partners` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupFavourites` (
  `groupId` CHAR(36) NOT NULL COMMENT 'To what Group this row belongs to.',
  `userId` CHAR(36) NOT NULL COMMENT 'Which User this row belongs to.',
  PRIMARY KEY (`groupId`, `userId`),
  CONSTRAINT `GroupFavourites_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `GroupFavourites_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupInviteUsers` (
  `userId` CHAR(36) NOT NULL COMMENT 'User who is invited.',
  `id` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User who created the invite.',
  `expiresAt` DATETIME(6) COMMENT 'Invite expiration time.',
  `groupId` CHAR(36) NOT NULL COMMENT 'Group to which member belongs.',
  `level` ENUM('read','admin') NOT NULL COMMENT 'User membership level.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`, `groupId`),
  CONSTRAINT `GroupInviteUsers_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `GroupInviteUsers_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `GroupInviteUsers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupJoins` (
  `groupId` CHAR(36) NOT NULL COMMENT 'Group to which the Join information belongs.',
  `token` VARCHAR(12) NOT NULL COMMENT 'Token for joining the Group. Used for sharing public urls for Users to join the Group.',
  `level` ENUM('read','admin') NOT NULL COMMENT 'Join level, that is what level access will the join token provide',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`groupId`),
  UNIQUE KEY `GroupJoins_token_key` (`token`),
  CONSTRAINT `GroupJoins_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupMemberUsers` (
  `userId` CHAR(36) NOT NULL COMMENT 'User id',
  `groupId` CHAR(36) NOT NULL COMMENT 'Group to which member belongs.',
  `level` ENUM('read','admin') NOT NULL COMMENT 'User membership level.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`, `groupId`),
  CONSTRAINT `GroupMemberUsers_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `GroupMemberUsers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IdeaAttachments` (
  `ideaId` CHAR(36) NOT NULL COMMENT 'To what Idea this Attachment belongs to.',
  `attachmentId` CHAR(36) NOT NULL COMMENT 'Which Attachment belongs to this Idea.',
  `type` ENUM('image','file') COMMENT 'Type of the attachment image or file',
  PRIMARY KEY (`ideaId`, `attachmentId`),
  CONSTRAINT `IdeaAttachments_attachmentId_fkey` FOREIGN KEY (`attachmentId`) REFERENCES `Attachments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `IdeaAttachments_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IdeaComments` (
  `ideaId` CHAR(36) NOT NULL COMMENT 'To what Idea this Comment belongs to.',
  `commentId` CHAR(36) NOT NULL COMMENT 'Which Comment belongs to this Idea.',
  PRIMARY KEY (`ideaId`, `commentId`),
  CONSTRAINT `IdeaComments_commentId_fkey` FOREIGN KEY (`commentId`) REFERENCES `Comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `IdeaComments_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IdeaFavourites` (
  `ideaId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL COMMENT 'User ID who favourited the idea',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`ideaId`, `userId`),
  CONSTRAINT `IdeaFavourites_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `IdeaFavourites_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IdeaReports` (
  `ideaId` CHAR(36) NOT NULL COMMENT 'Id of the idea which the Report belongs to.',
  `reportId` CHAR(36) NOT NULL COMMENT 'Which Report belongs to the Idea',
  PRIMARY KEY (`ideaId`, `reportId`),
  CONSTRAINT `IdeaReports_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `IdeaReports_reportId_fkey` FOREIGN KEY (`reportId`) REFERENCES `Reports` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IdeaVotes` (
  `ideaId` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the voter',
  `value` INT NOT NULL COMMENT 'Vote value. Numeric, can be negative on down-vote.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`ideaId`, `creatorId`),
  CONSTRAINT `IdeaVotes_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `IdeaVotes_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Moderators` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User of the Moderator',
  `partnerId` CHAR(36) COMMENT 'Which Partner moderator represents. One User can be a moderator of many Partners',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Moderators_partnerId_fkey` FOREIGN KEY (`partnerId`) REFERENCES `Partners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Moderators_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Topics` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(500) COMMENT 'Title of the Topic.',
  `intro` VARCHAR(255) COMMENT 'Topic introduction text',
  `description` TEXT COMMENT 'Short description of what the Topic is about.',
  `status` ENUM('draft','ideation','inProgress','voting','followUp','closed') NOT NULL COMMENT 'Topic statuses.',
  `imageUrl` VARCHAR(255) COMMENT 'Topic header image url.',
  `visibility` ENUM('public','private') NOT NULL COMMENT 'Who can see (read) the Topic apart from the Members.',
  `categories` TEXT,
  `sourcePartnerId` CHAR(36) COMMENT 'The Partner id of the site from which the Topic was created',
  `sourcePartnerObjectId` VARCHAR(255) COMMENT 'The Partner object/entity id for mapping',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the creator of the Topic.',
  `padUrl` VARCHAR(255) NOT NULL COMMENT 'Etherpad Pad absolute url.',
  `endsAt` DATETIME(6) COMMENT 'Deadline for the Topic. If NULL then no deadline at all.',
  `country` VARCHAR(255) COMMENT 'Topic location country',
  `language` VARCHAR(255) COMMENT 'Topic language',
  `contact` VARCHAR(255) COMMENT 'Topic contact address or phone',
  `hashtag` VARCHAR(60) COMMENT 'Hashtag to search related content from external sources.',
  `authorIds` TEXT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `topics_source_partner_id_source_partner_object_id` (`sourcePartnerId`, `sourcePartnerObjectId`),
  CONSTRAINT `Topics_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Topics_sourcePartnerId_fkey` FOREIGN KEY (`sourcePartnerId`) REFERENCES `Partners` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Requests` (
  `id` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User who created the request.',
  `topicId` CHAR(36) NOT NULL COMMENT 'Topic related to the request',
  `groupId` CHAR(36) NOT NULL COMMENT 'Group related to the request.',
  `level` ENUM('none','read','edit','admin') NOT NULL COMMENT 'Permission level related to the request.',
  `text` VARCHAR(2048) COMMENT 'Additional comment for request, or message to the admin.',
  `type` ENUM('addTopicGroup','addGroupTopic','userTopic','userGroup') NOT NULL COMMENT 'Type of the request',
  `acceptedAt` DATETIME(6) COMMENT 'Request accepting time',
  `rejectedAt` DATETIME(6) COMMENT 'Request rejection time',
  `actorId` CHAR(36) COMMENT 'User who accepted or rejected the request.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`, `creatorId`, `topicId`, `groupId`),
  CONSTRAINT `Requests_actorId_fkey` FOREIGN KEY (`actorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Requests_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Requests_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Requests_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Signatures` (
  `id` CHAR(36) NOT NULL COMMENT 'Id of the Signature',
  `data` TEXT NOT NULL COMMENT 'Signature xml',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TokenRevocations` (
  `tokenId` CHAR(36) NOT NULL COMMENT 'Token Id that has been revoked',
  `expiresAt` DATETIME(6) NOT NULL COMMENT 'Token expiration time, after that this entry is not relevant anymore',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`tokenId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicAttachments` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Attachment belongs to.',
  `attachmentId` CHAR(36) NOT NULL COMMENT 'Which Attachment belongs to this Topic.',
  PRIMARY KEY (`topicId`, `attachmentId`),
  CONSTRAINT `TopicAttachments_attachmentId_fkey` FOREIGN KEY (`attachmentId`) REFERENCES `Attachments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicAttachments_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicDiscussions` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this discussion belongs to.',
  `discussionId` CHAR(36) NOT NULL COMMENT 'Discussion id.',
  PRIMARY KEY (`topicId`, `discussionId`),
  CONSTRAINT `TopicDiscussions_discussionId_fkey` FOREIGN KEY (`discussionId`) REFERENCES `Discussions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicDiscussions_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicEvents` (
  `id` CHAR(36) NOT NULL COMMENT 'Event id',
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Comment belongs to.',
  `subject` VARCHAR(128) COMMENT 'Subject of the Event.',
  `text` TEXT NOT NULL COMMENT 'Text of the Event.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `TopicEvents_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicFavourites` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Pin belongs to.',
  `userId` CHAR(36) NOT NULL COMMENT 'Which User this Pin belongs to.',
  PRIMARY KEY (`topicId`, `userId`),
  CONSTRAINT `TopicFavourites_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicFavourites_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicIdeations` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Ideation belongs to.',
  `ideationId` CHAR(36) NOT NULL COMMENT 'Ideation id.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`topicId`, `ideationId`),
  CONSTRAINT `TopicIdeations_ideationId_fkey` FOREIGN KEY (`ideationId`) REFERENCES `Ideations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicIdeations_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicInviteUsers` (
  `userId` CHAR(36) NOT NULL COMMENT 'User who is invited.',
  `id` CHAR(36) NOT NULL,
  `creatorId` CHAR(36) NOT NULL COMMENT 'User who created the invite.',
  `expiresAt` DATETIME(6) COMMENT 'Invite expiration time.',
  `topicId` CHAR(36) NOT NULL COMMENT 'Topic to which member belongs.',
  `level` ENUM('none','read','edit','admin') NOT NULL COMMENT 'User membership level.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`, `topicId`),
  CONSTRAINT `TopicInviteUsers_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicInviteUsers_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicInviteUsers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicJoins` (
  `topicId` CHAR(36) NOT NULL COMMENT 'Topic to which the Join information belongs.',
  `token` VARCHAR(12) NOT NULL COMMENT 'Token for joining the Topic. Used for sharing public urls for Users to join the Topic.',
  `level` ENUM('read','edit','admin') NOT NULL COMMENT 'Join level, that is what level access will the join token provide',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`topicId`),
  UNIQUE KEY `TopicJoins_token_key` (`token`),
  CONSTRAINT `TopicJoins_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicMemberGroups` (
  `groupId` CHAR(36) NOT NULL COMMENT 'Group to whom the membership was given.',
  `topicId` CHAR(36) NOT NULL COMMENT 'Topic to which member belongs.',
  `level` ENUM('none','read','edit','admin') NOT NULL COMMENT 'User membership level.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`groupId`, `topicId`),
  CONSTRAINT `TopicMemberGroups_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicMemberGroups_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicMemberUsers` (
  `userId` CHAR(36) NOT NULL COMMENT 'User whom the membership was given.',
  `topicId` CHAR(36) NOT NULL COMMENT 'Topic to which member belongs.',
  `level` ENUM('none','read','edit','admin') NOT NULL COMMENT 'User membership level.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`, `topicId`),
  CONSTRAINT `TopicMemberUsers_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicMemberUsers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicPins` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Pin belongs to.',
  `userId` CHAR(36) NOT NULL COMMENT 'Which User this Pin belongs to.',
  PRIMARY KEY (`topicId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicReports` (
  `topicId` CHAR(36) NOT NULL COMMENT 'Id if the Topic which the Report belongs to.',
  `moderatedById` CHAR(36) COMMENT 'User ID of the person who moderated the Topic on report. That is, a Moderator agreed that Report is valid.',
  `moderatedAt` DATETIME(6) COMMENT 'Time when the Topic was Moderated',
  `moderatedReasonType` ENUM('abuse','obscene','spam','hate','netiquette','duplicate','other') COMMENT 'Moderation reason - verbal abuse, obscene content, hate speech etc..',
  `moderatedReasonText` VARCHAR(2048) COMMENT 'Additional comment for the Report to provide more details on the Moderator acton.',
  `resolvedById` CHAR(36) COMMENT 'User ID of the person who considered the issue to be resolved thus making the report outdated.',
  `resolvedAt` DATETIME(6) COMMENT 'Time when the Report was marked as resolved.',
  `id` CHAR(36) NOT NULL,
  `type` ENUM('abuse','obscene','spam','hate','netiquette','duplicate','other') NOT NULL COMMENT 'Report reason - verbal abuse, obscene content, hate speech etc..',
  `text` VARCHAR(2048) NOT NULL COMMENT 'Additional comment for the report to provide more details on the violation.',
  `creatorId` CHAR(36) NOT NULL COMMENT 'User ID of the reporter.',
  `creatorIp` VARCHAR(45) NOT NULL COMMENT 'IP address of the reporter',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`topicId`, `id`),
  CONSTRAINT `TopicReports_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicReports_moderatedById_fkey` FOREIGN KEY (`moderatedById`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicReports_resolvedById_fkey` FOREIGN KEY (`resolvedById`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicReports_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Votes` (
  `id` CHAR(36) NOT NULL,
  `minChoices` INT NOT NULL COMMENT 'Minimum number of choices a Voter has to choose when voting.',
  `maxChoices` INT NOT NULL COMMENT 'Maximum number of choices a Voter can choose when voting.',
  `delegationIsAllowed` TINYINT(1) NOT NULL COMMENT 'Flag indicating if vote delegation is allowed.',
  `endsAt` DATETIME(6) COMMENT 'Deadline when voting closes. If NULL then no deadline at all.',
  `description` VARCHAR(255) COMMENT 'Vote description.',
  `type` ENUM('regular','multiple') NOT NULL COMMENT 'Vote type. Used to decide visual layout.',
  `authType` ENUM('soft','hard') NOT NULL COMMENT 'Authorization types. Soft - user has to be logged in to Vote. Hard - user has to digitally sign a vote.',
  `autoClose` TEXT,
  `reminderSent` DATETIME(6) COMMENT 'Time when reminder to vote was sent out',
  `reminderTime` DATETIME(6) COMMENT 'Time when reminder to vote will be sent',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TopicVotes` (
  `topicId` CHAR(36) NOT NULL COMMENT 'To what Topic this Vote belongs to.',
  `voteId` CHAR(36) NOT NULL COMMENT 'Which Vote belongs to this Topic.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`topicId`, `voteId`),
  CONSTRAINT `TopicVotes_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `TopicVotes_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserConnections` (
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User whom the connection belongs to.',
  `connectionId` ENUM('esteid','smartid','google','facebook','citizenos') NOT NULL COMMENT 'User connection identificator.',
  `connectionUserId` VARCHAR(255) NOT NULL COMMENT 'User id in the connected system. For Facebook their user id, for Google their user id and so on, PID for Estonian ID infra etc.',
  `connectionData` JSON COMMENT 'Connection specific data you want to store.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`, `connectionId`),
  CONSTRAINT `UserConnections_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserConsents` (
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User whom the connection belongs to.',
  `partnerId` CHAR(36) NOT NULL COMMENT 'Partner id (client_id).',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`, `partnerId`),
  CONSTRAINT `UserConsents_partnerId_fkey` FOREIGN KEY (`partnerId`) REFERENCES `Partners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `UserConsents_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserNewsletters` (
  `userId` CHAR(36) NOT NULL COMMENT 'User whom the newsletter was sent.',
  `newsletterName` VARCHAR(255) NOT NULL COMMENT 'Name of the template for the newsletter',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`, `newsletterName`),
  CONSTRAINT `UserNewsletters_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserNotificationSettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User whom the connection belongs to.',
  `topicId` CHAR(36),
  `groupId` CHAR(36),
  `allowNotifications` TINYINT(1),
  `preferences` JSON COMMENT 'Notification pecific data you want to store.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_notification_settings_user_id_topic_id_group_id` (`userId`, `topicId`, `groupId`),
  CONSTRAINT `UserNotificationSettings_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Groups` (`id`) ON DELETE SET NULL,
  CONSTRAINT `UserNotificationSettings_topicId_fkey` FOREIGN KEY (`topicId`) REFERENCES `Topics` (`id`) ON DELETE SET NULL,
  CONSTRAINT `UserNotificationSettings_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VoteContainerFiles` (
  `id` CHAR(36) NOT NULL,
  `voteId` CHAR(36) NOT NULL COMMENT 'To what Vote these files belong to.',
  `fileName` VARCHAR(255) NOT NULL COMMENT 'File name as it will appear in the BDOC container.',
  `mimeType` VARCHAR(255) NOT NULL COMMENT 'Mime type of the file.',
  `content` LONGBLOB NOT NULL COMMENT 'File content.',
  `hash` VARCHAR(255) COMMENT 'File hash',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `VoteContainerFiles_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VoteDelegations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voteId` CHAR(36) NOT NULL COMMENT 'To what Vote the delegation applies.',
  `toUserId` CHAR(36) NOT NULL COMMENT 'To which User the Vote was delegated.',
  `byUserId` CHAR(36) NOT NULL COMMENT 'The User who delegated the Vote.',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `VoteDelegations_voteId_byUserId_key` (`voteId`, `byUserId`),
  CONSTRAINT `VoteDelegations_byUserId_fkey` FOREIGN KEY (`byUserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteDelegations_toUserId_fkey` FOREIGN KEY (`toUserId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteDelegations_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VoteOptions` (
  `id` CHAR(36) NOT NULL,
  `voteId` CHAR(36) NOT NULL COMMENT 'To what Vote this option belongs to.',
  `value` VARCHAR(200) NOT NULL COMMENT 'Option value shown to the voter.',
  `ideaId` CHAR(36) COMMENT 'Idea refered to this option',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `VoteOptions_ideaId_fkey` FOREIGN KEY (`ideaId`) REFERENCES `Ideas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteOptions_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VoteLists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voteId` CHAR(36) NOT NULL COMMENT 'To what Vote this option belongs to.',
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User Who cast the Vote.',
  `optionId` CHAR(36) NOT NULL COMMENT 'The VoteOption selected by the voter.',
  `optionGroupId` VARCHAR(8) NOT NULL COMMENT 'To recognise which votes were given in the same request needed to adequately count votes later.',
  `userHash` VARCHAR(64) COMMENT 'Hash from users PID that allows filtering votes from different users, but same person',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `VoteLists_optionId_fkey` FOREIGN KEY (`optionId`) REFERENCES `VoteOptions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteLists_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteLists_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VoteUserContainers` (
  `userId` CHAR(36) NOT NULL COMMENT 'Id of the User Who cast the Vote.',
  `voteId` CHAR(36) NOT NULL COMMENT 'To what Vote this signed container belongs to.',
  `container` LONGBLOB NOT NULL COMMENT 'BDOC containing the signed vote.',
  `PID` VARCHAR(191) NOT NULL COMMENT 'User personal ID',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`voteId`, `PID`),
  CONSTRAINT `VoteUserContainers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VoteUserContainers_voteId_fkey` FOREIGN KEY (`voteId`) REFERENCES `Votes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `store` (
  `key` VARCHAR(100) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

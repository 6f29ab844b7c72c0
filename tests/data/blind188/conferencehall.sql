-- Conference Hall (conference-hall/conference-hall), prisma/migrations/*/migration.sql (49 Prisma migrations,
-- 20240720162620_init ... 20260612153021_add_conversations_indexes) replayed in PostgreSQL 15 and written as MySQL,
-- commit f6b05439895a17f4eeb0e74face95bc994b861cd (AGPL-3.0). Tables in foreign-key order; Prisma's own _prisma_migrations table not written.

CREATE TABLE `users` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `termsAccepted` TINYINT(1) NOT NULL DEFAULT 0,
  `bio` TEXT NULL,
  `picture` TEXT NULL,
  `company` TEXT NULL,
  `references` TEXT NULL,
  `location` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  `organizerKey` TEXT NULL,
  `admin` TINYINT(1) NOT NULL DEFAULT 0,
  `socialLinks` JSON NOT NULL DEFAULT '[]',
  `uid` VARCHAR(191) NULL,
  `locale` TEXT NOT NULL DEFAULT 'en',
  `deletedAt` DATETIME(3) NULL,
  `emailVerified` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  KEY `users_uid_idx` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `invitationCode` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_invitationCode_key` (`invitationCode`),
  UNIQUE KEY `teams_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `type` ENUM('MEETUP','CONFERENCE') NOT NULL DEFAULT 'CONFERENCE',
  `visibility` ENUM('PUBLIC','PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  `teamId` VARCHAR(191) NOT NULL,
  `location` TEXT NULL,
  `timezone` TEXT NOT NULL,
  `lat` DOUBLE NULL,
  `lng` DOUBLE NULL,
  `contactEmail` TEXT NULL,
  `websiteUrl` TEXT NULL,
  `codeOfConductUrl` TEXT NULL,
  `conferenceStart` DATETIME(3) NULL,
  `conferenceEnd` DATETIME(3) NULL,
  `cfpStart` DATETIME(3) NULL,
  `cfpEnd` DATETIME(3) NULL,
  `formatsRequired` TINYINT(1) NOT NULL DEFAULT 0,
  `categoriesRequired` TINYINT(1) NOT NULL DEFAULT 0,
  `maxProposals` INT NULL,
  `creatorId` VARCHAR(191) NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `reviewEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `displayProposalsReviews` TINYINT(1) NOT NULL DEFAULT 1,
  `displayProposalsSpeakers` TINYINT(1) NOT NULL DEFAULT 1,
  `emailOrganizer` TEXT NULL,
  `emailNotifications` JSON NOT NULL DEFAULT '[]',
  `slackWebhookUrl` TEXT NULL,
  `apiKey` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  `categoriesAllowMultiple` TINYINT(1) NOT NULL DEFAULT 0,
  `formatsAllowMultiple` TINYINT(1) NOT NULL DEFAULT 0,
  `onlineEvent` TINYINT(1) NOT NULL DEFAULT 0,
  `surveyConfig` JSON NOT NULL DEFAULT '{}',
  `speakersConversationEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `logo` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_slug_key` (`slug`),
  CONSTRAINT `events_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `events_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_proposal_tags` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `color` TEXT NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `event_proposal_tags_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `talks` (
  `id` VARCHAR(191) NOT NULL,
  `title` TEXT NOT NULL,
  `abstract` TEXT NOT NULL,
  `level` ENUM('BEGINNER','INTERMEDIATE','ADVANCED') NULL,
  `languages` JSON NOT NULL DEFAULT '[]',
  `references` TEXT NULL,
  `creatorId` VARCHAR(191) NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `invitationCode` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `talks_invitationCode_key` (`invitationCode`),
  CONSTRAINT `talks_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals` (
  `id` VARCHAR(191) NOT NULL,
  `talkId` VARCHAR(191) NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `title` TEXT NOT NULL,
  `abstract` TEXT NOT NULL,
  `level` ENUM('BEGINNER','INTERMEDIATE','ADVANCED') NULL,
  `languages` JSON NOT NULL DEFAULT '[]',
  `references` TEXT NULL,
  `isDraft` TINYINT(1) NOT NULL DEFAULT 1,
  `submittedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deliberationStatus` ENUM('PENDING','ACCEPTED','REJECTED') NOT NULL DEFAULT 'PENDING',
  `publicationStatus` ENUM('NOT_PUBLISHED','PUBLISHED') NOT NULL DEFAULT 'NOT_PUBLISHED',
  `confirmationStatus` ENUM('PENDING','CONFIRMED','DECLINED') NULL,
  `invitationCode` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  `archivedAt` DATETIME(3) NULL,
  `proposalNumber` INT NULL,
  PRIMARY KEY (`id`),
  KEY `proposals_eventId_submittedAt_idx` (`eventId`, `submittedAt`),
  UNIQUE KEY `proposals_invitationCode_key` (`invitationCode`),
  UNIQUE KEY `proposals_proposalNumber_eventId_key` (`proposalNumber`, `eventId`),
  UNIQUE KEY `proposals_talkId_eventId_key` (`talkId`, `eventId`),
  CONSTRAINT `proposals_talkId_fkey` FOREIGN KEY (`talkId`) REFERENCES `talks` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `proposals_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_proposal_to_event_proposal_tags` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_proposal_to_event_proposal_tags_B_index` (`B`),
  CONSTRAINT `_proposal_to_event_proposal_tags_A_fkey` FOREIGN KEY (`A`) REFERENCES `event_proposal_tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_proposal_to_event_proposal_tags_B_fkey` FOREIGN KEY (`B`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_categories` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `migrationId` TEXT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `event_categories_eventId_order_idx` (`eventId`, `order`),
  CONSTRAINT `event_categories_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_proposals_categories` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_proposals_categories_B_index` (`B`),
  CONSTRAINT `_proposals_categories_A_fkey` FOREIGN KEY (`A`) REFERENCES `event_categories` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_proposals_categories_B_fkey` FOREIGN KEY (`B`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_formats` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `migrationId` TEXT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `event_formats_eventId_order_idx` (`eventId`, `order`),
  CONSTRAINT `event_formats_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_proposals_formats` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_proposals_formats_B_index` (`B`),
  CONSTRAINT `_proposals_formats_A_fkey` FOREIGN KEY (`A`) REFERENCES `event_formats` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_proposals_formats_B_fkey` FOREIGN KEY (`B`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_speakers` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `bio` TEXT NULL,
  `picture` TEXT NULL,
  `company` TEXT NULL,
  `location` TEXT NULL,
  `references` TEXT NULL,
  `socialLinks` JSON NOT NULL DEFAULT '[]',
  `eventId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `locale` TEXT NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`),
  KEY `event_speakers_eventId_idx` (`eventId`),
  KEY `event_speakers_userId_idx` (`userId`),
  CONSTRAINT `event_speakers_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_speakers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_proposals_speakers` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_proposals_speakers_B_index` (`B`),
  CONSTRAINT `_proposals_speakers_A_fkey` FOREIGN KEY (`A`) REFERENCES `event_speakers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_proposals_speakers_B_fkey` FOREIGN KEY (`B`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_speakers_talks` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  KEY `_speakers_talks_B_index` (`B`),
  CONSTRAINT `_speakers_talks_A_fkey` FOREIGN KEY (`A`) REFERENCES `talks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_speakers_talks_B_fkey` FOREIGN KEY (`B`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` VARCHAR(191) NOT NULL,
  `accountId` TEXT NOT NULL,
  `providerId` TEXT NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `accessToken` TEXT NULL,
  `refreshToken` TEXT NULL,
  `idToken` TEXT NULL,
  `accessTokenExpiresAt` DATETIME(3) NULL,
  `refreshTokenExpiresAt` DATETIME(3) NULL,
  `scope` TEXT NULL,
  `password` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `accounts_userId_idx` (`userId`),
  CONSTRAINT `accounts_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `proposalId` VARCHAR(191) NOT NULL,
  `type` ENUM('PROPOSAL_SPEAKER_CONVERSATION','PROPOSAL_REVIEW_COMMENTS') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `conversations_eventId_idx` (`eventId`),
  UNIQUE KEY `conversations_proposalId_type_key` (`proposalId`, `type`),
  CONSTRAINT `conversations_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversations_proposalId_fkey` FOREIGN KEY (`proposalId`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_messages` (
  `id` VARCHAR(191) NOT NULL,
  `conversationId` VARCHAR(191) NOT NULL,
  `senderId` VARCHAR(191) NULL,
  `content` TEXT NOT NULL,
  `type` ENUM('TEXT','SYSTEM') NOT NULL DEFAULT 'TEXT',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `conversation_messages_conversationId_createdAt_idx` (`conversationId`, `createdAt`),
  CONSTRAINT `conversation_messages_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversation_messages_senderId_fkey` FOREIGN KEY (`senderId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_participants` (
  `id` VARCHAR(191) NOT NULL,
  `conversationId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `role` ENUM('SPEAKER','ORGANIZER') NOT NULL,
  `joinedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastSeenAt` DATETIME(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_participants_conversationId_userId_key` (`conversationId`, `userId`),
  KEY `conversation_participants_userId_idx` (`userId`),
  CONSTRAINT `conversation_participants_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversation_participants_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_reactions` (
  `id` VARCHAR(191) NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `messageId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `reactedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_reactions_messageId_userId_code_key` (`messageId`, `userId`, `code`),
  CONSTRAINT `conversation_reactions_messageId_fkey` FOREIGN KEY (`messageId`) REFERENCES `conversation_messages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversation_reactions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_email_customizations` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `template` VARCHAR(191) NOT NULL,
  `locale` VARCHAR(191) NOT NULL,
  `subject` TEXT NULL,
  `content` TEXT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_email_customizations_eventId_template_locale_key` (`eventId`, `template`, `locale`),
  CONSTRAINT `event_email_customizations_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_integration_configurations` (
  `id` VARCHAR(191) NOT NULL,
  `name` ENUM('OPEN_PLANNER','OPEN_AI') NOT NULL,
  `configuration` JSON NOT NULL DEFAULT '{}',
  `eventId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_integration_configurations_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_proposal_counters` (
  `eventId` VARCHAR(191) NOT NULL,
  `lastProposalNumber` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`eventId`),
  CONSTRAINT `event_proposal_counters_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `proposalId` VARCHAR(191) NOT NULL,
  `feeling` ENUM('POSITIVE','NEGATIVE','NEUTRAL','NO_OPINION') NOT NULL DEFAULT 'NEUTRAL',
  `note` INT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  `dismissedAt` DATETIME(3) NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_proposalId_feeling_note_idx` (`proposalId`, `feeling`, `note`),
  UNIQUE KEY `reviews_userId_proposalId_key` (`userId`, `proposalId`),
  CONSTRAINT `reviews_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `reviews_proposalId_fkey` FOREIGN KEY (`proposalId`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `timezone` TEXT NOT NULL,
  `start` DATETIME(3) NOT NULL,
  `end` DATETIME(3) NOT NULL,
  `displayStartMinutes` INT NOT NULL,
  `displayEndMinutes` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedules_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_tracks` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `scheduleId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_tracks_scheduleId_fkey` FOREIGN KEY (`scheduleId`) REFERENCES `schedules` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_sessions` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NULL,
  `color` TEXT NOT NULL,
  `start` DATETIME(3) NOT NULL,
  `end` DATETIME(3) NOT NULL,
  `scheduleId` VARCHAR(191) NOT NULL,
  `trackId` VARCHAR(191) NOT NULL,
  `proposalId` VARCHAR(191) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `emojis` JSON NULL DEFAULT '[]',
  `language` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_sessions_scheduleId_fkey` FOREIGN KEY (`scheduleId`) REFERENCES `schedules` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `schedule_sessions_trackId_fkey` FOREIGN KEY (`trackId`) REFERENCES `schedule_tracks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `schedule_sessions_proposalId_fkey` FOREIGN KEY (`proposalId`) REFERENCES `proposals` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `surveys` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `eventId` VARCHAR(191) NOT NULL,
  `answers` JSON NOT NULL DEFAULT '{}',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `migrationId` TEXT NULL,
  UNIQUE KEY `surveys_id_key` (`id`),
  UNIQUE KEY `surveys_userId_eventId_key` (`userId`, `eventId`),
  CONSTRAINT `surveys_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `surveys_eventId_fkey` FOREIGN KEY (`eventId`) REFERENCES `events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_access_requests` (
  `id` VARCHAR(191) NOT NULL,
  `eventName` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `status` ENUM('PENDING','ACCEPTED','REJECTED') NOT NULL DEFAULT 'PENDING',
  `token` VARCHAR(191) NULL,
  `usedAt` DATETIME(3) NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_access_requests_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams_members` (
  `memberId` VARCHAR(191) NOT NULL,
  `teamId` VARCHAR(191) NOT NULL,
  `role` ENUM('OWNER','MEMBER','REVIEWER') NOT NULL DEFAULT 'REVIEWER',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`memberId`, `teamId`),
  CONSTRAINT `teams_members_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `teams_members_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

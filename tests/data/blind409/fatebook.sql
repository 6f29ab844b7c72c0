-- Fatebook (fatebook.io, Sage Future), a personal prediction tracker and calibration tool used on the web,
-- in Slack and Discord: users (name, e-mail, avatar, API key, Discord id, reminder and e-mail choices), Slack
-- profiles, questions (binary, multiple choice, quantity) with options, resolutions and sharing, forecasts,
-- per-question scores and ranks, forecasting targets (weekly goals and reminders), comments, tags, user lists
-- (teams) and their members, tournaments, in-app / e-mail notifications, feedback messages, NextAuth OAuth
-- accounts and e-mail sign-in tokens, Slack workspaces, groups and the Slack messages posted about questions.
-- Upstream: github.com/Sage-Future/fatebook, commit 3eb5379f94e92317386e7f859c76e26cf9305fb1 (MIT, LICENSE).
-- Prisma on PostgreSQL: the 84 migrations in prisma/migrations/*/migration.sql (20230317142016 ...
-- 20250107134254_add_verification_token) were replayed, in order, into a scratch PostgreSQL 15 database and
-- the resulting tables read from its catalog (they agree with prisma/schema.prisma), so column order is
-- PostgreSQL's (columns added by later migrations last). Written as MySQL / MariaDB: text -> text (varchar(191)
-- where the column is part of a primary, unique or foreign key, as Prisma's MySQL String), text[] -> text,
-- timestamp(3) -> datetime(3) (DEFAULT CURRENT_TIMESTAMP -> CURRENT_TIMESTAMP(3)), decimal(65,30) kept,
-- integer / serial -> int / int AUTO_INCREMENT, boolean -> tinyint(1), Prisma enums -> ENUM(...) with the same
-- values. Primary keys, unique indexes (Prisma's `<Table>_<cols>_key` and the implicit many-to-many tables'
-- `_AB_unique`) and foreign keys are upstream's; ON DELETE actions and plain indexes are left out. All 26 tables
-- are kept (the whole schema; Prisma's _prisma_migrations bookkeeping table is not part of it).

CREATE TABLE `User` (
  `id` varchar(191) NOT NULL,
  `name` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `email` varchar(191) NOT NULL,
  `image` text,
  `emailVerified` datetime(3),
  `staleReminder` tinyint(1) NOT NULL DEFAULT 1,
  `unsubscribedFromEmailsAt` datetime(3),
  `apiKey` text,
  `discordUserId` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_discordUserId_key` (`discordUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Profile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `slackId` text,
  `userId` varchar(191) NOT NULL,
  `slackTeamId` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Question` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `comment` text,
  `profileId` int,
  `title` text NOT NULL,
  `resolveBy` datetime(3) NOT NULL,
  `resolved` tinyint(1) NOT NULL DEFAULT 0,
  `pingedForResolution` tinyint(1) NOT NULL DEFAULT 0,
  `resolution` enum('YES','NO','AMBIGUOUS'),
  `resolvedAt` datetime(3),
  `notes` text,
  `hideForecastsUntil` datetime(3),
  `userId` varchar(191) NOT NULL,
  `sharedPublicly` tinyint(1) NOT NULL DEFAULT 0,
  `unlisted` tinyint(1) NOT NULL DEFAULT 1,
  `hideForecastsUntilPrediction` tinyint(1) DEFAULT 0,
  `type` enum('BINARY','MULTIPLE_CHOICE','QUANTITY') NOT NULL DEFAULT 'BINARY',
  `exclusiveAnswers` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `Question_authorId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`),
  CONSTRAINT `Question_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QuestionOption` (
  `id` varchar(191) NOT NULL,
  `questionId` varchar(191) NOT NULL,
  `text` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resolution` enum('YES','NO','AMBIGUOUS'),
  `resolvedAt` datetime(3),
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `QuestionOption_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`),
  CONSTRAINT `QuestionOption_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Forecast` (
  `id` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `comment` text,
  `forecast` decimal(65,30) NOT NULL,
  `profileId` int,
  `questionId` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `optionId` varchar(191),
  PRIMARY KEY (`id`),
  CONSTRAINT `Forecast_authorId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`),
  CONSTRAINT `Forecast_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`),
  CONSTRAINT `Forecast_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  CONSTRAINT `Forecast_optionId_fkey` FOREIGN KEY (`optionId`) REFERENCES `QuestionOption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('WEB','SLACK') NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` varchar(255) NOT NULL,
  `slackTeamId` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QuestionScore` (
  `id` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `relativeScore` decimal(65,30),
  `questionId` varchar(191) NOT NULL,
  `absoluteScore` decimal(65,30) NOT NULL,
  `rank` int NOT NULL,
  `userQuestionComboId` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `questionOptionId` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `QuestionScore_userQuestionComboId_key` (`userQuestionComboId`),
  CONSTRAINT `QuestionScore_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`),
  CONSTRAINT `QuestionScore_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  CONSTRAINT `QuestionScore_questionOptionId_fkey` FOREIGN KEY (`questionOptionId`) REFERENCES `QuestionOption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SlackMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ts` text NOT NULL,
  `channel` text NOT NULL,
  `teamId` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QuestionSlackMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `questionId` varchar(191) NOT NULL,
  `detailsId` int NOT NULL,
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `QuestionSlackMessage_detailsId_key` (`detailsId`),
  CONSTRAINT `QuestionSlackMessage_detailsId_fkey` FOREIGN KEY (`detailsId`) REFERENCES `SlackMessage` (`id`),
  CONSTRAINT `QuestionSlackMessage_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Workspace` (
  `teamId` varchar(191) NOT NULL,
  `teamName` text NOT NULL,
  `token` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`teamId`),
  UNIQUE KEY `Workspace_teamId_key` (`teamId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PingSlackMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `questionId` varchar(191) NOT NULL,
  `detailsId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `PingSlackMessage_detailsId_key` (`detailsId`),
  CONSTRAINT `PingSlackMessage_detailsId_fkey` FOREIGN KEY (`detailsId`) REFERENCES `SlackMessage` (`id`),
  CONSTRAINT `PingSlackMessage_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ResolutionSlackMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `questionId` varchar(191) NOT NULL,
  `detailsId` int NOT NULL,
  `profileId` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ResolutionSlackMessage_detailsId_key` (`detailsId`),
  CONSTRAINT `ResolutionSlackMessage_detailsId_fkey` FOREIGN KEY (`detailsId`) REFERENCES `SlackMessage` (`id`),
  CONSTRAINT `ResolutionSlackMessage_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`),
  CONSTRAINT `ResolutionSlackMessage_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `type` text NOT NULL,
  `provider` varchar(191) NOT NULL,
  `providerAccountId` varchar(191) NOT NULL,
  `refresh_token` text,
  `access_token` text,
  `expires_at` int,
  `token_type` text,
  `scope` text,
  `id_token` text,
  `session_state` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_questionsSharedWith` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  UNIQUE KEY `_questionsSharedWith_AB_unique` (`A`, `B`),
  CONSTRAINT `_questionsSharedWith_A_fkey` FOREIGN KEY (`A`) REFERENCES `Question` (`id`),
  CONSTRAINT `_questionsSharedWith_B_fkey` FOREIGN KEY (`B`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Comment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `comment` text NOT NULL,
  `questionId` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Comment_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`),
  CONSTRAINT `Comment_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Target` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` varchar(191) NOT NULL,
  `profileId` int,
  `type` enum('FORECAST','QUESTION') NOT NULL,
  `goal` int NOT NULL,
  `lastFailedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `notifyOn` enum('MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY') NOT NULL,
  `lastNotified` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Target_profileId_key` (`profileId`),
  UNIQUE KEY `Target_userId_key` (`userId`),
  CONSTRAINT `Target_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`),
  CONSTRAINT `Target_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserList` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` text NOT NULL,
  `authorId` varchar(191) NOT NULL,
  `inviteId` varchar(191),
  `emailDomains` text,
  `syncToSlackChannelId` text,
  `syncToSlackTeamId` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserList_inviteId_key` (`inviteId`),
  CONSTRAINT `UserList_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_QuestionToUserList` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  UNIQUE KEY `_QuestionToUserList_AB_unique` (`A`, `B`),
  CONSTRAINT `_QuestionToUserList_A_fkey` FOREIGN KEY (`A`) REFERENCES `Question` (`id`),
  CONSTRAINT `_QuestionToUserList_B_fkey` FOREIGN KEY (`B`) REFERENCES `UserList` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_members` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  UNIQUE KEY `_members_AB_unique` (`A`, `B`),
  CONSTRAINT `_members_A_fkey` FOREIGN KEY (`A`) REFERENCES `User` (`id`),
  CONSTRAINT `_members_B_fkey` FOREIGN KEY (`B`) REFERENCES `UserList` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tag` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_name_userId_key` (`name`, `userId`),
  CONSTRAINT `Tag_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_QuestionToTag` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  UNIQUE KEY `_QuestionToTag_AB_unique` (`A`, `B`),
  CONSTRAINT `_QuestionToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Question` (`id`),
  CONSTRAINT `_QuestionToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tournament` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` text NOT NULL,
  `description` text,
  `authorId` varchar(191) NOT NULL,
  `sharedPublicly` tinyint(1) NOT NULL DEFAULT 0,
  `unlisted` tinyint(1) NOT NULL DEFAULT 1,
  `userListId` varchar(191),
  `showLeaderboard` tinyint(1) NOT NULL DEFAULT 1,
  `predictYourYear` int,
  `anyoneInListCanEdit` tinyint(1) NOT NULL DEFAULT 0,
  `syncToSlackChannelId` text,
  `syncToSlackTeamId` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `Tournament_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`),
  CONSTRAINT `Tournament_userListId_fkey` FOREIGN KEY (`userListId`) REFERENCES `UserList` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_QuestionToTournament` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  UNIQUE KEY `_QuestionToTournament_AB_unique` (`A`, `B`),
  CONSTRAINT `_QuestionToTournament_A_fkey` FOREIGN KEY (`A`) REFERENCES `Question` (`id`),
  CONSTRAINT `_QuestionToTournament_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tournament` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notification` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `emailSentAt` datetime(3),
  `title` text NOT NULL,
  `content` text NOT NULL,
  `url` text,
  `tags` text,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  `userId` varchar(191) NOT NULL,
  `questionId` varchar(191),
  PRIMARY KEY (`id`),
  CONSTRAINT `Notification_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  CONSTRAINT `Notification_questionId_fkey` FOREIGN KEY (`questionId`) REFERENCES `Question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Feedback` (
  `id` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `type` text NOT NULL,
  `message` text NOT NULL,
  `email` text,
  `userId` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VerificationToken` (
  `identifier` varchar(191) NOT NULL,
  `token` varchar(191) NOT NULL,
  `expires` datetime(3) NOT NULL,
  PRIMARY KEY (`identifier`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

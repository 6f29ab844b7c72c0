-- Foretold (foretold.io; Ozzie Gooen and the Quantified Uncertainty Research Institute), a forecasting
-- platform for communities (channels) with distributional forecasts: agents (users and bots), users (Auth0
-- login, name, e-mail, picture, description), bots, channels (communities) and memberships with roles and
-- invitations, series, measurables (questions) and measurements (forecasts, resolutions, comments), votes on
-- measurements, notebooks and bookmarks, API and auth tokens, e-mail preferences, notifications and their
-- delivery status per agent, e-mail templates, activity feed items, mutexes and global settings.
-- Upstream: github.com/foretold-app/foretold, commit fe10dbfb1321975ec898f13f888fca884bffb82f (MIT, LICENSE).
-- Sequelize on PostgreSQL: the 96 migrations in packages/server/migrations/js/ were run with sequelize-cli 5.5.1
-- / Sequelize 5.21.6 (the versions of packages/server/package.json; pg 8.11.3, as pg 8.0.0 does not run on
-- Node 20) against a scratch PostgreSQL 15 database and the resulting tables read from its catalog, so column
-- order is PostgreSQL's (columns added by later migrations last). The materialized views the migrations also
-- create (agent_channels, agent_measurables, channel_agents) and sequelize-cli's SequelizeMeta table are left
-- out; all 21 tables are kept. Written as MySQL / MariaDB: uuid -> char(36), varchar(n) kept, text -> text,
-- json -> json, varchar[] / timestamptz[] -> text, timestamp(n) with time zone -> datetime(n), boolean ->
-- tinyint(1), double precision -> double, smallint / integer kept, PostgreSQL enum types -> ENUM(...) with the
-- same values; literal defaults kept, uuid_generate_v4() defaults left out. Primary keys, unique constraints
-- and foreign keys are upstream's (ChannelMemberships has no primary key upstream and has none here); the two
-- partial unique indexes on Users (email WHERE email IS NOT NULL; name WHERE name <> '') are written as plain
-- unique keys; plain indexes are left out.

CREATE TABLE `Agents` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `type` enum('USER','BOT') NOT NULL,
  `isAdmin` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Users` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `name` varchar(30) NOT NULL,
  `auth0Id` varchar(255) NOT NULL,
  `agentId` char(36) NOT NULL,
  `email` varchar(64),
  `picture` varchar(512),
  `isEmailVerified` tinyint(1),
  `description` varchar(255),
  `auth0AccessToken` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Users_email_unique` (`email`),
  UNIQUE KEY `Users_name_unique` (`name`),
  CONSTRAINT `Users_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Bots` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `name` varchar(255),
  `description` text,
  `competitorType` enum('COMPETITIVE','AGGREGATION','OBJECTIVE') DEFAULT 'COMPETITIVE',
  `userId` char(36),
  `agentId` char(36) NOT NULL,
  `picture` varchar(512),
  PRIMARY KEY (`id`),
  CONSTRAINT `Bots_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`),
  CONSTRAINT `Bots_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Channels` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `isArchived` tinyint(1) NOT NULL,
  `isPublic` tinyint(1) NOT NULL,
  `creatorId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `isCurated` tinyint(1) NOT NULL DEFAULT 0,
  `knowledgeGraph` text,
  `requireVerification` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Channels_name_key` (`name`),
  CONSTRAINT `Channels_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Series` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `name` varchar(255),
  `description` text,
  `creatorId` char(36) NOT NULL,
  `subjects` text,
  `properties` text,
  `dates` text,
  `channelId` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Series_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `Series_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Measurables` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `name` varchar(512) NOT NULL,
  `labelCustom` text,
  `valueType` enum('FLOAT','DATE','PERCENTAGE','CLOSED_AS_UNRESOLVED') NOT NULL,
  `creatorId` char(36) NOT NULL,
  `expectedResolutionDate` datetime(3),
  `resolutionEndpoint` text,
  `state` varchar(255) NOT NULL DEFAULT 'OPEN',
  `stateUpdatedAt` datetime(3),
  `labelSubject` varchar(255),
  `labelOnDate` datetime(3),
  `labelProperty` varchar(255),
  `seriesId` char(36),
  `channelId` char(36) NOT NULL,
  `isArchived` tinyint(1) NOT NULL DEFAULT 0,
  `min` double,
  `max` double,
  `labelStartAtDate` datetime(6),
  `labelEndAtDate` datetime(6),
  `labelConditionals` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `Measurables_creatorId_fkey` FOREIGN KEY (`creatorId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `Measurables_seriesId_fkey` FOREIGN KEY (`seriesId`) REFERENCES `Series` (`id`),
  CONSTRAINT `Measurables_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Measurements` (
  `id` char(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `value` json NOT NULL,
  `competitorType` enum('COMPETITIVE','AGGREGATION','OBJECTIVE','UNRESOLVED','COMMENT') DEFAULT 'COMPETITIVE',
  `agentId` char(36) NOT NULL,
  `measurableId` char(36) NOT NULL,
  `taggedMeasurementId` char(36),
  `relevantAt` datetime(3),
  `description` text,
  `valueText` text,
  `cancelledAt` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `Measurements_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `Measurements_measurableId_fkey` FOREIGN KEY (`measurableId`) REFERENCES `Measurables` (`id`),
  CONSTRAINT `Measurements_taggedMeasurementId_fkey` FOREIGN KEY (`taggedMeasurementId`) REFERENCES `Measurements` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChannelMemberships` (
  `agentId` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `role` varchar(8) NOT NULL DEFAULT 'VIEWER',
  `inviterAgentId` char(36),
  `methodCreatedBy` enum('ADDED_IN_APP_BY_ADMIN','AGENT_JOINED_DIRECTLY','ADDED_BY_EMAIL_BY_ADMIN') DEFAULT 'ADDED_IN_APP_BY_ADMIN',
  `isVerified` tinyint(1) DEFAULT 0,
  CONSTRAINT `ChannelMemberships_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`),
  CONSTRAINT `ChannelMemberships_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `ChannelMemberships_inviterAgentId_fkey` FOREIGN KEY (`inviterAgentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tokens` (
  `id` char(36) NOT NULL,
  `agentId` char(36) NOT NULL,
  `token` varchar(255),
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `expiresAt` datetime(3),
  `type` enum('ACCESS_TOKEN','AUTH_TOKEN') DEFAULT 'ACCESS_TOKEN',
  `usageCount` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `Tokens_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Preferences` (
  `id` char(36) NOT NULL,
  `agentId` char(36) NOT NULL,
  `stopAllEmails` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `enableExperimentalFeatures` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Preferences_agentId_unique` (`agentId`),
  CONSTRAINT `Preferences_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Templates` (
  `id` char(36) NOT NULL,
  `name` varchar(127) NOT NULL,
  `envelopeTemplate` json NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notifications` (
  `id` char(36) NOT NULL,
  `type` enum('EMAIL','PUSH','WEB_PUSH') DEFAULT 'EMAIL',
  `envelope` json NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationStatuses` (
  `id` char(36) NOT NULL,
  `agentId` char(36),
  `notificationId` char(36) NOT NULL,
  `sentAt` datetime(3),
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `attemptCounter` int NOT NULL DEFAULT 0,
  `errorAt` datetime(3),
  `errorReason` enum('INTERNAL_ERROR','EXTERNAL_ERROR','PREFERENCES_ERROR','EMAIL_ADDRESS_ERROR'),
  PRIMARY KEY (`id`),
  CONSTRAINT `AgentNotifications_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `AgentNotifications_notificationId_fkey` FOREIGN KEY (`notificationId`) REFERENCES `Notifications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FeedItems` (
  `id` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `body` json NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `agentId` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `FeedItems_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`),
  CONSTRAINT `FeedItems_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GlobalSettings` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `entityGraph` json,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `botAgentId` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `GlobalSettings_name_key` (`name`),
  CONSTRAINT `GlobalSettings_botAgentId_fkey` FOREIGN KEY (`botAgentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invitations` (
  `id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `inviterAgentId` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `status` enum('AWAITING','ACCEPTED'),
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Invitations_email_channelId_unique` (`email`, `channelId`),
  CONSTRAINT `Invitations_inviterAgentId_fkey` FOREIGN KEY (`inviterAgentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `Invitations_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Mutexes` (
  `id` char(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `agentId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Mutexes_name_agentId_unique` (`name`, `agentId`),
  CONSTRAINT `Mutexes_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notebooks` (
  `id` char(36) NOT NULL,
  `name` varchar(256) NOT NULL,
  `ownerId` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `body` text,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Notebooks_name_ownerId_unique` (`name`, `ownerId`, `channelId`),
  CONSTRAINT `Notebooks_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `Notebooks_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Votes` (
  `id` char(36) NOT NULL,
  `measurementId` char(36) NOT NULL,
  `agentId` char(36) NOT NULL,
  `voteAmount` smallint NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Votes_measurementId_agentId_unique` (`measurementId`, `agentId`),
  CONSTRAINT `Votes_measurementId_fkey` FOREIGN KEY (`measurementId`) REFERENCES `Measurements` (`id`),
  CONSTRAINT `Votes_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChannelBookmarks` (
  `id` char(36) NOT NULL,
  `agentId` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ChannelBookmarks_agentId_channelId` (`agentId`, `channelId`),
  CONSTRAINT `ChannelBookmarks_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `ChannelBookmarks_channelId_fkey` FOREIGN KEY (`channelId`) REFERENCES `Channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotebookBookmarks` (
  `id` char(36) NOT NULL,
  `agentId` char(36) NOT NULL,
  `notebookId` char(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `NotebookBookmarks_agentId_notebookId` (`agentId`, `notebookId`),
  CONSTRAINT `NotebookBookmarks_agentId_fkey` FOREIGN KEY (`agentId`) REFERENCES `Agents` (`id`),
  CONSTRAINT `NotebookBookmarks_notebookId_fkey` FOREIGN KEY (`notebookId`) REFERENCES `Notebooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

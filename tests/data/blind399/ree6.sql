-- Ree6 (Ree6-Applications; all-in-one Discord bot: moderation, levelling, welcome, logging, birthdays, economy,
-- notifications), schema module github.com/Ree6-Applications/Ree6-SQL, commit a47db6d5abf48fb3891102c548f292a24f2f7b42
-- (2025-01-30; the SQL of this module is unchanged since 96c0ffe09b, the version the bot github.com/Ree6-Applications/Ree6
-- pins in its pom.xml; GPL-3.0). Source: upstream's Flyway migrations src/main/resources/sql/migrations/V1__Initial.sql
-- ... V11__Indexs.sql, written for MySQL/MariaDB, replayed in order into an empty MariaDB 10.11 database and dumped with
-- mysqldump --no-data: all 41 tables with upstream's column names and order, primary keys, foreign keys and indexes as
-- the migrations leave them. Only changes: the dump's /*!...*/ session lines dropped and the tables ordered so that a
-- referenced table comes first (mysqldump sorts by name); Flyway's own flyway_schema_history table is not included.

CREATE TABLE `AutoRoles` (
  `guildId` bigint(20) NOT NULL,
  `roleId` bigint(20) NOT NULL,
  PRIMARY KEY (`guildId`,`roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `BirthdayWish` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) DEFAULT NULL,
  `channelId` bigint(20) DEFAULT NULL,
  `userId` bigint(20) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_19996e465c82202aa18a5f903` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ChannelStats` (
  `guildId` bigint(20) NOT NULL,
  `memberChannelId` varchar(255) DEFAULT NULL,
  `onlyRealMemberChannelId` varchar(255) DEFAULT NULL,
  `botMemberChannelId` varchar(255) DEFAULT NULL,
  `twitterFollowerChannelId` varchar(255) DEFAULT NULL,
  `twitterFollowerChannelUsername` varchar(255) DEFAULT NULL,
  `instagramFollowerChannelId` varchar(255) DEFAULT NULL,
  `instagramFollowerChannelUsername` varchar(255) DEFAULT NULL,
  `twitchFollowerChannelId` varchar(255) DEFAULT NULL,
  `twitchFollowerChannelUsername` varchar(255) DEFAULT NULL,
  `youtubeSubscribersChannelId` varchar(255) DEFAULT NULL,
  `youtubeSubscribersChannelUsername` varchar(255) DEFAULT NULL,
  `subredditMemberChannelId` varchar(255) DEFAULT NULL,
  `subredditMemberChannelSubredditName` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ChatLevelAutoRoles` (
  `guildId` bigint(20) NOT NULL,
  `roleId` bigint(20) NOT NULL,
  `lvl` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ChatProtector` (
  `guildId` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`guildId`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CommandStats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `command` varchar(255) DEFAULT NULL,
  `uses` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CustomCommands` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guild` bigint(20) DEFAULT NULL,
  `command` varchar(255) DEFAULT NULL,
  `responseChannel` bigint(20) DEFAULT NULL,
  `responseMessage` varchar(255) DEFAULT NULL,
  `responseEmbed` varbinary(32600) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CustomEvents` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guild` bigint(20) DEFAULT NULL,
  `eventName` varchar(255) DEFAULT NULL,
  `eventTyp` varchar(255) DEFAULT NULL,
  `actions` varbinary(32600) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Giveaway` (
  `messageId` bigint(20) NOT NULL,
  `creatorId` bigint(20) NOT NULL,
  `guildId` bigint(20) NOT NULL,
  `channelId` bigint(20) NOT NULL,
  `prize` varchar(255) DEFAULT NULL,
  `winners` bigint(20) NOT NULL,
  `created` datetime DEFAULT NULL,
  `ending` datetime DEFAULT NULL,
  PRIMARY KEY (`messageId`),
  KEY `idx_4eabfb36fcb96d367535a664f` (`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `GuildStats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gid` bigint(20) DEFAULT NULL,
  `command` varchar(255) DEFAULT NULL,
  `uses` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `InstagramNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Invites` (
  `guildId` bigint(20) NOT NULL,
  `userId` bigint(20) DEFAULT NULL,
  `uses` bigint(20) DEFAULT NULL,
  `code` varchar(255) NOT NULL,
  PRIMARY KEY (`guildId`,`code`),
  KEY `idx_61180fdd5c7e050bdf1afda91` (`code`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Level` (
  `guildId` bigint(20) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `xp` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`userId`),
  KEY `idx_8e431ff002adb1348ebe09932` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `LogWebhooks` (
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `cid` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Money_Holder` (
  `guildId` bigint(20) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `cash` double DEFAULT NULL,
  `bank` double DEFAULT NULL,
  PRIMARY KEY (`guildId`,`userId`),
  KEY `idx_b161be6fddaf84985162c1fe3` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Money_Transaction` (
  `transactionId` bigint(20) NOT NULL AUTO_INCREMENT,
  `isSystemPayment` bit(1) NOT NULL,
  `guildId` bigint(20) DEFAULT NULL,
  `isReceiverBank` bit(1) NOT NULL,
  `isSenderBank` bit(1) NOT NULL,
  `amount` double DEFAULT NULL,
  `creation` datetime DEFAULT NULL,
  `receiver_guildId` bigint(20) NOT NULL,
  `receiver_userId` bigint(20) NOT NULL,
  `sender_guildId` bigint(20) NOT NULL,
  `sender_userId` bigint(20) NOT NULL,
  PRIMARY KEY (`transactionId`),
  KEY `FK_MONEY_TRANSACTION_RECEIVER` (`receiver_guildId`,`receiver_userId`),
  KEY `FK_MONEY_TRANSACTION_SENDER` (`sender_guildId`,`sender_userId`),
  CONSTRAINT `FK_MONEY_TRANSACTION_RECEIVER` FOREIGN KEY (`receiver_guildId`, `receiver_userId`) REFERENCES `Money_Holder` (`guildId`, `userId`),
  CONSTRAINT `FK_MONEY_TRANSACTION_SENDER` FOREIGN KEY (`sender_guildId`, `sender_userId`) REFERENCES `Money_Holder` (`guildId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Opt_out` (
  `guildId` bigint(20) NOT NULL,
  `userId` bigint(20) NOT NULL,
  PRIMARY KEY (`guildId`,`userId`),
  KEY `idx_8378fc7abe05674fc6c8ea8f6` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Punishments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `warnings` int(11) NOT NULL,
  `action` int(11) NOT NULL,
  `roleId` bigint(20) NOT NULL,
  `timeoutTime` bigint(20) NOT NULL,
  `reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RSSFeed` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ReactionRole` (
  `guildId` bigint(20) NOT NULL,
  `emoteId` bigint(20) DEFAULT NULL,
  `formattedEmote` varchar(255) DEFAULT NULL,
  `channelId` bigint(20) DEFAULT NULL,
  `roleId` bigint(20) NOT NULL,
  `messageId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`roleId`),
  KEY `idx_7fff13a15f26ab2c95acfc2c4` (`roleId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Recording` (
  `id` varchar(255) NOT NULL,
  `guildId` bigint(20) DEFAULT NULL,
  `channelId` bigint(20) DEFAULT NULL,
  `creator` bigint(20) DEFAULT NULL,
  `participants` varbinary(32600) DEFAULT NULL,
  `created` bigint(20) DEFAULT NULL,
  `recording` longblob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_9a30f1a12245ef1f86755cf17` (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RedditNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `subreddit` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ScheduledMessageWebhooks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Settings` (
  `guildId` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `displayname` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`guildId`,`name`),
  KEY `idx_de5259bea32e95dcc26373fcd` (`name`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SpotifyNotify` (
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `entityId` varchar(255) DEFAULT NULL,
  `typ` int(11) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  `id` bigint(20) NOT NULL,
  `guildId` bigint(20) NOT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Statistics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `day` int(11) DEFAULT NULL,
  `month` int(11) DEFAULT NULL,
  `year` int(11) DEFAULT NULL,
  `stats` varbinary(32600) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Suggestions` (
  `guildId` bigint(20) NOT NULL,
  `channelId` bigint(20) NOT NULL,
  PRIMARY KEY (`guildId`,`channelId`),
  KEY `idx_0df616b5cc4427eb5e3294360` (`channelId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TemporalVoicechannel` (
  `guildId` bigint(20) NOT NULL,
  `channelId` bigint(20) NOT NULL,
  PRIMARY KEY (`guildId`,`channelId`),
  KEY `idx_a384068c6a22b1afe3da2a233` (`channelId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Tickets` (
  `guildId` bigint(20) NOT NULL,
  `channelId` bigint(20) DEFAULT NULL,
  `ticketCategory` bigint(20) DEFAULT NULL,
  `logChannelId` bigint(20) DEFAULT NULL,
  `logChannelWebhookId` bigint(20) DEFAULT NULL,
  `logChannelWebhookToken` varchar(255) DEFAULT NULL,
  `ticketCount` bigint(20) DEFAULT 0,
  PRIMARY KEY (`guildId`),
  KEY `idx_df865b7031c2af9280b22aaea` (`channelId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TikTokNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TwitchIntegration` (
  `channel_id` varchar(255) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `refresh` varchar(255) DEFAULT NULL,
  `channel_name` varchar(255) DEFAULT NULL,
  `expires` int(11) DEFAULT NULL,
  `lastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TwitchNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TwitterNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserRankCard` (
  `userId` bigint(20) NOT NULL,
  `rankCard` longblob DEFAULT NULL,
  PRIMARY KEY (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `VCLevel` (
  `guildId` bigint(20) NOT NULL,
  `userId` bigint(20) NOT NULL,
  `xp` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`userId`),
  KEY `idx_0b656a7171f415c0665378c5e` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `VCLevelAutoRoles` (
  `guildId` bigint(20) NOT NULL,
  `roleId` bigint(20) NOT NULL,
  `lvl` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Warning` (
  `userId` bigint(20) NOT NULL,
  `guildId` bigint(20) NOT NULL,
  `warnings` int(11) NOT NULL,
  PRIMARY KEY (`guildId`,`userId`),
  KEY `idx_7a4d8ddfcefc5ec5753a77e0a` (`userId`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `WelcomeWebhooks` (
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `cid` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `YouTubeNotify` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `channel` bigint(20) NOT NULL,
  `webhookId` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ScheduledMessage` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `guildId` bigint(20) NOT NULL,
  `message` varchar(255) DEFAULT NULL,
  `delay` bigint(20) DEFAULT NULL,
  `shouldRepeat` bit(1) DEFAULT NULL,
  `webhook_id` bigint(20) NOT NULL,
  `lastExecute` datetime DEFAULT NULL,
  `lastUpdated` datetime DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `webhook_guildId` bigint(20) NOT NULL,
  PRIMARY KEY (`id`,`guildId`),
  KEY `FK_SCHEDULED_MESSAGE_WEBHOOK` (`webhook_id`,`webhook_guildId`),
  CONSTRAINT `FK_SCHEDULED_MESSAGE_WEBHOOK` FOREIGN KEY (`webhook_id`, `webhook_guildId`) REFERENCES `ScheduledMessageWebhooks` (`id`, `guildId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `StreamActions` (
  `guildId` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `auth_id` varchar(255) NOT NULL,
  `listener` int(11) DEFAULT NULL,
  `argument` varchar(255) DEFAULT NULL,
  `actions` varbinary(32600) DEFAULT NULL,
  PRIMARY KEY (`guildId`,`name`),
  KEY `FK_STREAMACTIONS_ON_AUTH` (`auth_id`),
  KEY `idx_f3d1609a03578e84862863eef` (`name`,`guildId`),
  CONSTRAINT `FK_STREAMACTIONS_ON_AUTH` FOREIGN KEY (`auth_id`) REFERENCES `TwitchIntegration` (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

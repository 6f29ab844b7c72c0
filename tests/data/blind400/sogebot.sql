-- sogeBot 23.8.0-SNAPSHOT (self-hosted Twitch chat bot and streamer companion; Node.js / TypeORM)
-- Upstream: github.com/sogebot/sogeBot, commit d9e0fa5b159c17c841782952621d4569ee6f910b (GPL-3.0)
-- Source: upstream's own MySQL migrations, src/database/migration/mysql/ (TypeORM, migrationsRun: true,
-- synchronize off): 1000000000001-initialize.ts and the 14 migrations of 17.0.x, 18.0.x, 21.x and 22.x, replayed
-- in timestamp order into a scratch MariaDB 10.11 database (the data-moving SELECT / UPDATE / DELETE statements
-- skipped, the empty database needs none) and read back with SHOW CREATE TABLE. Migrations drop bets, poll,
-- carousel, goal, goal_group, text, widget_social, alert, event_operation and keyword_responses, recreate event,
-- keyword and permissions, and add alert_queue and cache_titles.content_classification_labels.
-- Written back in upstream's style: MariaDB's json alias (longtext + json_valid CHECK) written as `json`, charset
-- and AUTO_INCREMENT counters dropped; tables in upstream's creation order; keys and foreign keys as created.
-- Left out: TypeORM's own `migrations` bookkeeping table. All 56 application tables are kept.

CREATE TABLE `alias` (
  `id` varchar(36) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `command` text NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  `visible` tinyint(4) NOT NULL,
  `permission` varchar(255) DEFAULT NULL,
  `group` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_6a8a594f0a5546f8082b0c405c` (`alias`)
) ENGINE=InnoDB;

CREATE TABLE `alias_group` (
  `name` varchar(255) NOT NULL,
  `options` text NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `IDX_alias_group_unique_name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `commands` (
  `id` varchar(36) NOT NULL,
  `command` varchar(255) NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  `visible` tinyint(4) NOT NULL,
  `group` varchar(255) DEFAULT NULL,
  `areResponsesRandomized` tinyint(4) NOT NULL DEFAULT 0,
  `responses` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_1a8c40f0a581447776c325cb4f` (`command`)
) ENGINE=InnoDB;

CREATE TABLE `commands_group` (
  `name` varchar(255) NOT NULL,
  `options` text NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `IDX_commands_group_unique_name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `commands_count` (
  `id` varchar(36) NOT NULL,
  `command` varchar(255) NOT NULL,
  `timestamp` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2ccf816b1dd74e9a02845c4818` (`command`)
) ENGINE=InnoDB;

CREATE TABLE `cooldown` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `miliseconds` int(11) NOT NULL,
  `type` varchar(10) NOT NULL,
  `timestamp` varchar(30) NOT NULL,
  `isEnabled` tinyint(4) NOT NULL,
  `isErrorMsgQuiet` tinyint(4) NOT NULL,
  `isOwnerAffected` tinyint(4) NOT NULL,
  `isModeratorAffected` tinyint(4) NOT NULL,
  `isSubscriberAffected` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_aa85aa267ec6eaddf7f93e3665` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `highlight` (
  `id` varchar(36) NOT NULL,
  `videoId` varchar(255) NOT NULL,
  `game` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `expired` tinyint(4) NOT NULL DEFAULT 0,
  `timestamp` json NOT NULL,
  `createdAt` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `how_long_to_beat_game` (
  `id` varchar(36) NOT NULL,
  `game` varchar(255) NOT NULL,
  `startedAt` varchar(30) NOT NULL,
  `updatedAt` varchar(30) NOT NULL,
  `gameplayMain` float NOT NULL DEFAULT 0,
  `gameplayMainExtra` float NOT NULL DEFAULT 0,
  `gameplayCompletionist` float NOT NULL DEFAULT 0,
  `offset` bigint(20) NOT NULL DEFAULT 0,
  `streams` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_301758e0e3108fc902d5436527` (`game`)
) ENGINE=InnoDB;

CREATE TABLE `keyword` (
  `id` varchar(36) NOT NULL,
  `keyword` varchar(255) NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  `group` varchar(255) DEFAULT NULL,
  `areResponsesRandomized` tinyint(4) NOT NULL DEFAULT 0,
  `responses` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_35e3ff88225eef1d85c951e229` (`keyword`)
) ENGINE=InnoDB;

CREATE TABLE `keyword_group` (
  `name` varchar(255) NOT NULL,
  `options` text NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `IDX_keyword_group_unique_name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `obswebsocket` (
  `id` varchar(14) NOT NULL,
  `name` varchar(255) NOT NULL,
  `code` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `overlay` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `canvas` json NOT NULL,
  `items` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `permissions` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `order` int(11) NOT NULL,
  `isCorePermission` tinyint(4) NOT NULL,
  `isWaterfallAllowed` tinyint(4) NOT NULL,
  `automation` varchar(12) NOT NULL,
  `userIds` text NOT NULL,
  `excludeUserIds` text NOT NULL,
  `filters` json NOT NULL,
  `haveAllScopes` tinyint(4) NOT NULL DEFAULT 0,
  `excludeSensitiveScopes` tinyint(4) NOT NULL DEFAULT 1,
  `scopes` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `permission_commands` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `permission` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_ba6483f5c5882fa15299f22c0a` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `namespace` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_d8a83b9ffce680092c8dfee37d` (`namespace`,`name`)
) ENGINE=InnoDB;

CREATE TABLE `plugin` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  `workflow` longtext NOT NULL,
  `settings` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `plugin_variable` (
  `variableName` varchar(255) NOT NULL,
  `pluginId` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`variableName`,`pluginId`)
) ENGINE=InnoDB;

CREATE TABLE `price` (
  `id` varchar(36) NOT NULL,
  `command` varchar(255) NOT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `emitRedeemEvent` tinyint(4) NOT NULL DEFAULT 0,
  `price` int(11) NOT NULL,
  `priceBits` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_d12db23d28020784096bcb41a3` (`command`)
) ENGINE=InnoDB;

CREATE TABLE `quotes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tags` text NOT NULL,
  `quote` varchar(255) NOT NULL,
  `quotedBy` varchar(255) NOT NULL,
  `createdAt` varchar(30) NOT NULL DEFAULT '1970-01-01T00:00:00.000Z',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `randomizer` (
  `id` varchar(36) NOT NULL,
  `items` json NOT NULL,
  `createdAt` varchar(30) NOT NULL,
  `command` varchar(255) NOT NULL,
  `permissionId` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `isShown` tinyint(4) NOT NULL DEFAULT 0,
  `shouldPlayTick` tinyint(4) NOT NULL,
  `tickVolume` int(11) NOT NULL,
  `widgetOrder` int(11) NOT NULL,
  `type` varchar(20) NOT NULL DEFAULT 'simple',
  `position` json NOT NULL,
  `customizationFont` json NOT NULL,
  `tts` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_randomizer_cmdunique` (`command`)
) ENGINE=InnoDB;

CREATE TABLE `rank` (
  `id` varchar(36) NOT NULL,
  `value` int(11) NOT NULL,
  `rank` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_93c78c94804a13befdace81904` (`type`,`value`)
) ENGINE=InnoDB;

CREATE TABLE `song_ban` (
  `videoId` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`videoId`)
) ENGINE=InnoDB;

CREATE TABLE `song_playlist` (
  `videoId` varchar(255) NOT NULL,
  `lastPlayedAt` varchar(30) NOT NULL DEFAULT '1970-01-01T00:00:00.000Z',
  `title` varchar(255) NOT NULL,
  `seed` float NOT NULL,
  `loudness` float NOT NULL,
  `tags` text NOT NULL,
  `length` int(11) NOT NULL,
  `volume` int(11) NOT NULL,
  `startTime` int(11) NOT NULL,
  `endTime` int(11) NOT NULL,
  `forceVolume` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`videoId`)
) ENGINE=InnoDB;

CREATE TABLE `song_request` (
  `id` varchar(36) NOT NULL,
  `videoId` varchar(255) NOT NULL,
  `addedAt` varchar(30) NOT NULL,
  `title` varchar(255) NOT NULL,
  `loudness` float NOT NULL,
  `length` int(11) NOT NULL,
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `spotify_song_ban` (
  `spotifyUri` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `artists` text NOT NULL,
  PRIMARY KEY (`spotifyUri`)
) ENGINE=InnoDB;

CREATE TABLE `timer` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `isEnabled` tinyint(4) NOT NULL,
  `tickOffline` tinyint(4) NOT NULL DEFAULT 0,
  `triggerEveryMessage` int(11) NOT NULL,
  `triggerEverySecond` int(11) NOT NULL,
  `triggeredAtTimestamp` varchar(30) NOT NULL DEFAULT '1970-01-01T00:00:00.000Z',
  `triggeredAtMessages` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `timer_response` (
  `id` varchar(36) NOT NULL,
  `timestamp` varchar(30) NOT NULL DEFAULT '1970-01-01T00:00:00.000Z',
  `isEnabled` tinyint(4) NOT NULL DEFAULT 1,
  `response` text NOT NULL,
  `timerId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_3192b176b66d4375368c9e960de` (`timerId`),
  CONSTRAINT `FK_3192b176b66d4375368c9e960de` FOREIGN KEY (`timerId`) REFERENCES `timer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `variable_watch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variableId` varchar(255) NOT NULL,
  `order` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `variable` (
  `id` varchar(36) NOT NULL,
  `history` json NOT NULL,
  `urls` json NOT NULL,
  `variableName` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(255) NOT NULL,
  `currentValue` varchar(255) DEFAULT NULL,
  `evalValue` text NOT NULL,
  `runEvery` int(11) NOT NULL DEFAULT 60000,
  `responseType` int(11) NOT NULL,
  `responseText` varchar(255) NOT NULL DEFAULT '',
  `permission` varchar(255) NOT NULL,
  `readOnly` tinyint(4) NOT NULL DEFAULT 0,
  `usableOptions` text NOT NULL,
  `runAt` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_dd084634ad76dbefdca837b8de` (`variableName`)
) ENGINE=InnoDB;

CREATE TABLE `cache_games` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_f37be3c66dbd449a8cb4fe7d59` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `cache_titles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `game` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `tags` text NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  `content_classification_labels` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_a0c6ce833b5b3b13325e6f49b0` (`game`)
) ENGINE=InnoDB;

CREATE TABLE `checklist` (
  `id` varchar(255) NOT NULL,
  `isCompleted` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `quickaction` (
  `id` varchar(36) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `order` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `options` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `discord_link` (
  `id` varchar(36) NOT NULL,
  `tag` varchar(255) NOT NULL,
  `discordId` varchar(255) NOT NULL,
  `createdAt` bigint(20) NOT NULL,
  `userId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `duel` (
  `id` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `tickets` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `event` (
  `id` varchar(36) NOT NULL,
  `isEnabled` tinyint(4) NOT NULL,
  `filter` varchar(255) NOT NULL,
  `operations` json NOT NULL,
  `eventName` text NOT NULL,
  `eventTriggered` json NOT NULL,
  `eventDefinitions` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `event_list` (
  `id` varchar(36) NOT NULL,
  `event` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  `isTest` tinyint(4) NOT NULL,
  `isHidden` tinyint(4) NOT NULL DEFAULT 0,
  `values_json` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_8a80a3cf6b2d815920a390968a` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `gallery` (
  `id` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `data` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  `folder` varchar(255) NOT NULL DEFAULT '/',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `google_private_keys` (
  `id` varchar(36) NOT NULL,
  `clientEmail` varchar(255) NOT NULL,
  `privateKey` longtext NOT NULL,
  `createdAt` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `heist_user` (
  `userId` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `points` bigint(20) NOT NULL,
  PRIMARY KEY (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `moderation_warning` (
  `id` varchar(36) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `timestamp` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_f941603aef2741795a9108d0d2` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `moderation_permit` (
  `id` varchar(36) NOT NULL,
  `userId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_69499e78c9ee1602baee77b97d` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `points_changelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` varchar(255) NOT NULL,
  `originalValue` int(11) NOT NULL,
  `updatedValue` int(11) NOT NULL,
  `updatedAt` bigint(20) NOT NULL,
  `command` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_points_changelog_userId` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `createdAt` bigint(20) NOT NULL,
  `username` varchar(255) NOT NULL,
  `isModerator` tinyint(4) NOT NULL,
  `isSubscriber` tinyint(4) NOT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_7401b4e0c30f5de6621b38f7a0` (`username`)
) ENGINE=InnoDB;

CREATE TABLE `raffle` (
  `id` varchar(36) NOT NULL,
  `winner` text DEFAULT NULL,
  `timestamp` bigint(20) NOT NULL DEFAULT 0,
  `keyword` varchar(255) NOT NULL,
  `minTickets` bigint(20) NOT NULL DEFAULT 0,
  `maxTickets` bigint(20) NOT NULL DEFAULT 0,
  `type` int(11) NOT NULL,
  `forSubscribers` tinyint(4) NOT NULL,
  `isClosed` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_e83facaeb8fbe8b8ce9577209a` (`keyword`),
  KEY `IDX_raffleIsClosed` (`isClosed`)
) ENGINE=InnoDB;

CREATE TABLE `raffle_participant` (
  `id` varchar(36) NOT NULL,
  `username` varchar(255) NOT NULL,
  `tickets` int(11) NOT NULL,
  `isEligible` tinyint(4) NOT NULL,
  `isSubscriber` tinyint(4) NOT NULL,
  `raffleId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_bc112542267bdd487f4479a94a1` (`raffleId`),
  CONSTRAINT `FK_bc112542267bdd487f4479a94a1` FOREIGN KEY (`raffleId`) REFERENCES `raffle` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `raffle_participant_message` (
  `id` varchar(36) NOT NULL,
  `timestamp` bigint(20) NOT NULL DEFAULT 0,
  `text` text NOT NULL,
  `participantId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_e6eda53bcd6ceb62b5edd9e02b5` (`participantId`),
  CONSTRAINT `FK_e6eda53bcd6ceb62b5edd9e02b5` FOREIGN KEY (`participantId`) REFERENCES `raffle_participant` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `scrim_match_id` (
  `id` varchar(36) NOT NULL,
  `username` varchar(255) NOT NULL,
  `matchId` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_5af6da125c1745151e0dfaf087` (`username`)
) ENGINE=InnoDB;

CREATE TABLE `translation` (
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB;

CREATE TABLE `twitch_stats` (
  `whenOnline` bigint(20) NOT NULL,
  `currentViewers` int(11) NOT NULL DEFAULT 0,
  `currentSubscribers` int(11) NOT NULL DEFAULT 0,
  `chatMessages` bigint(20) NOT NULL,
  `currentFollowers` int(11) NOT NULL DEFAULT 0,
  `maxViewers` int(11) NOT NULL DEFAULT 0,
  `newChatters` int(11) NOT NULL DEFAULT 0,
  `currentBits` bigint(20) NOT NULL,
  `currentTips` float NOT NULL,
  `currentWatched` bigint(20) NOT NULL,
  PRIMARY KEY (`whenOnline`)
) ENGINE=InnoDB;

CREATE TABLE `twitch_clips` (
  `clipId` varchar(255) NOT NULL,
  `isChecked` tinyint(4) NOT NULL,
  `shouldBeCheckedAt` bigint(20) NOT NULL,
  PRIMARY KEY (`clipId`)
) ENGINE=InnoDB;

CREATE TABLE `user` (
  `userId` varchar(255) NOT NULL,
  `userName` varchar(255) NOT NULL,
  `displayname` varchar(255) NOT NULL DEFAULT '',
  `profileImageUrl` varchar(255) NOT NULL DEFAULT '',
  `isOnline` tinyint(4) NOT NULL DEFAULT 0,
  `isVIP` tinyint(4) NOT NULL DEFAULT 0,
  `isModerator` tinyint(4) NOT NULL DEFAULT 0,
  `isSubscriber` tinyint(4) NOT NULL DEFAULT 0,
  `haveSubscriberLock` tinyint(4) NOT NULL DEFAULT 0,
  `haveSubscribedAtLock` tinyint(4) NOT NULL DEFAULT 0,
  `rank` varchar(255) NOT NULL DEFAULT '',
  `haveCustomRank` tinyint(4) NOT NULL DEFAULT 0,
  `subscribedAt` varchar(30) DEFAULT NULL,
  `seenAt` varchar(30) DEFAULT NULL,
  `createdAt` varchar(30) DEFAULT NULL,
  `watchedTime` bigint(20) NOT NULL DEFAULT 0,
  `chatTimeOnline` bigint(20) NOT NULL DEFAULT 0,
  `chatTimeOffline` bigint(20) NOT NULL DEFAULT 0,
  `points` bigint(20) NOT NULL DEFAULT 0,
  `pointsOnlineGivenAt` bigint(20) NOT NULL DEFAULT 0,
  `pointsOfflineGivenAt` bigint(20) NOT NULL DEFAULT 0,
  `pointsByMessageGivenAt` bigint(20) NOT NULL DEFAULT 0,
  `subscribeTier` varchar(255) NOT NULL DEFAULT '0',
  `subscribeCumulativeMonths` int(11) NOT NULL DEFAULT 0,
  `subscribeStreak` int(11) NOT NULL DEFAULT 0,
  `giftedSubscribes` bigint(20) NOT NULL DEFAULT 0,
  `messages` bigint(20) NOT NULL DEFAULT 0,
  `extra` text DEFAULT NULL,
  PRIMARY KEY (`userId`),
  KEY `IDX_78a916df40e02a9deb1c4b75ed` (`userName`)
) ENGINE=InnoDB;

CREATE TABLE `user_tip` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` float NOT NULL,
  `sortAmount` float NOT NULL,
  `exchangeRates` text NOT NULL,
  `currency` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `tippedAt` bigint(20) NOT NULL DEFAULT 0,
  `userId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_user_tip_userId` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `user_bit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` bigint(20) NOT NULL,
  `message` text NOT NULL,
  `cheeredAt` bigint(20) NOT NULL DEFAULT 0,
  `userId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_user_bit_userId` (`userId`)
) ENGINE=InnoDB;

CREATE TABLE `widget_custom` (
  `id` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;


CREATE TABLE `alert_queue` (
  `id` varchar(36) NOT NULL,
  `emitData` json NOT NULL,
  `filter` json DEFAULT NULL,
  `passthrough` tinyint(4) NOT NULL,
  `play` tinyint(4) NOT NULL,
  `updatedAt` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

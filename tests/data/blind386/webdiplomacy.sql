-- webDiplomacy (Kestas J. Kuliukas and contributors; the software of webdiplomacy.net and other servers for playing
-- the board game Diplomacy online; `wD_` prefix, camelCase names)
-- Upstream: github.com/kestasjk/webDiplomacy, commit 9c9b1bb0ef7298ec81f57658698f65d5685cc2b0 (2025-09-21),
-- install/FullInstall/fullInstall.sql (the full install script: base schema plus every update to the current version;
-- file last changed in 3f4b67217e3e83bc0cebdb217e5d4d2d9e4c8379). Licence: AGPL-3.0.
-- Made by replaying fullInstall.sql into a scratch MariaDB 10.11 database (default sql_mode) and writing each kept
-- table's SHOW CREATE TABLE (AUTO_INCREMENT counters removed), referenced tables first. Column names, types, order,
-- engines (MyISAM, InnoDB, MEMORY for wD_Sessions), keys and the two declared foreign keys are upstream's.
-- Kept 49 of 78 tables. Left out: the wD_Backup_* copies (games, members, messages, orders, moves, territories,
-- units), wD_GameMessages_Redacted, wD_MovesArchive, wD_Moves, wD_TerrStatus, wD_TerrStatusArchive, wD_Borders,
-- wD_CoastalBorders, wD_UnitDestroyIndex, wD_DATC and wD_DATCOrders (rule tests), wD_VariantData, wD_GhostRatingsBackup,
-- wD_TournamentGames, wD_TournamentSpectators, wD_UserConnections (88 per-user anti-multi-accounting counters), the
-- group-weighting work tables (wD_GroupSourceJudgeUserWeightings, wD_GroupSourceJudgeUserToUserWeightings,
-- wD_GroupSourceUserToUserLinks, wD_GroupUserToUserLinks, wD_Group_UserByUserBySourceWeights), wD_Backup_Log.

CREATE TABLE `wD_Users` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(30) NOT NULL,
  `email` varchar(90) NOT NULL,
  `points` mediumint(8) unsigned NOT NULL DEFAULT 100,
  `comment` text DEFAULT NULL,
  `homepage` text DEFAULT NULL,
  `hideEmail` enum('No','Yes') NOT NULL,
  `timeJoined` int(10) unsigned NOT NULL,
  `locale` enum('English') NOT NULL,
  `timeLastSessionEnded` int(10) unsigned NOT NULL,
  `lastMessageIDViewed` int(10) unsigned NOT NULL DEFAULT 0,
  `password` binary(16) NOT NULL,
  `type` set('Banned','Guest','System','User','Moderator','Admin','Donator','DonatorBronze','DonatorSilver','DonatorGold','DonatorPlatinum','ForumModerator','FtfTD','DonatorAdamantium','DonatorService','DonatorOwner','Bot','SeniorMod') NOT NULL DEFAULT 'User',
  `notifications` set('PrivateMessage','GameMessage','Unfinalized','GameUpdate','ModForum','CountrySwitch','ForceModMessage') DEFAULT NULL,
  `ChanceEngland` float NOT NULL DEFAULT 0.142857,
  `ChanceFrance` float NOT NULL DEFAULT 0.142857,
  `ChanceItaly` float NOT NULL DEFAULT 0.142857,
  `ChanceGermany` float NOT NULL DEFAULT 0.142857,
  `ChanceAustria` float NOT NULL DEFAULT 0.142857,
  `ChanceRussia` float NOT NULL DEFAULT 0.142857,
  `ChanceTurkey` float NOT NULL DEFAULT 0.142857,
  `muteReports` enum('No','Yes') NOT NULL DEFAULT 'No',
  `silenceID` int(10) unsigned DEFAULT NULL,
  `cdCount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `nmrCount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `cdTakenCount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `phaseCount` int(10) unsigned NOT NULL DEFAULT 0,
  `gameCount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `reliabilityRating` double NOT NULL DEFAULT 100,
  `deletedCDs` int(11) DEFAULT 0,
  `tempBan` int(10) unsigned DEFAULT NULL,
  `emergencyPauseDate` int(10) unsigned DEFAULT 0,
  `yearlyPhaseCount` mediumint(8) unsigned DEFAULT 0,
  `tempBanReason` text DEFAULT NULL,
  `optInFeatures` int(10) unsigned NOT NULL DEFAULT 0,
  `groupTag` varchar(30) DEFAULT NULL,
  `mobileCountryCode` mediumint(8) unsigned DEFAULT NULL,
  `mobileNumber` bigint(20) unsigned DEFAULT NULL,
  `isMobileValidated` bit(1) NOT NULL DEFAULT b'0',
  `missedPhasesLiveLastWeek` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesLiveLastMonth` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesLiveLastYear` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesNonLiveLastWeek` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesNonLiveLastMonth` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesNonLiveLastYear` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesTotalLastWeek` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesTotalLastMonth` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `missedPhasesTotalLastYear` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `isPhasesDirty` tinyint(8) unsigned NOT NULL DEFAULT 0,
  `identityScore` tinyint(3) unsigned DEFAULT NULL,
  `webPushrSID` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uname` (`username`),
  UNIQUE KEY `email` (`email`),
  KEY `points` (`points`),
  KEY `isPhasesDirty` (`isPhasesDirty`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_UserOptions` (
  `userID` mediumint(8) unsigned NOT NULL,
  `colourblind` enum('No','Protanope','Deuteranope','Tritanope') NOT NULL DEFAULT 'No',
  `displayUpcomingLive` enum('No','Yes') NOT NULL DEFAULT 'No',
  `showMoves` enum('No','Yes') NOT NULL DEFAULT 'Yes',
  `orderSort` enum('No Sort','Alphabetical','Convoys Last') NOT NULL DEFAULT 'Convoys Last',
  `darkMode` enum('Yes','No') NOT NULL DEFAULT 'No',
  `mapUI` enum('Point and click','Dropdown menus') NOT NULL DEFAULT 'Point and click',
  KEY `uid` (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_UserOpenIDLinks` (
  `userID` mediumint(8) unsigned NOT NULL,
  `source` enum('facebook','google','sms') NOT NULL,
  `given_name` varchar(1000) DEFAULT NULL,
  `family_name` varchar(1000) DEFAULT NULL,
  `nickname` varchar(1000) DEFAULT NULL,
  `name` varchar(1000) DEFAULT NULL,
  `picture` varchar(1000) DEFAULT NULL,
  `updated_at` varchar(1000) DEFAULT NULL,
  `email_verified` varchar(1000) DEFAULT NULL,
  `email` varchar(1000) DEFAULT NULL,
  `sub` varchar(1000) DEFAULT NULL,
  `aud` varchar(1000) DEFAULT NULL,
  `locale` varchar(1000) DEFAULT NULL,
  `timeCreated` bigint(20) unsigned NOT NULL,
  `timeUpdated` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`userID`,`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_UsernameHistory` (
  `userID` mediumint(8) NOT NULL,
  `oldUsername` varchar(30) NOT NULL,
  `newUsername` varchar(30) NOT NULL,
  `date` int(10) unsigned NOT NULL,
  `reason` varchar(50) NOT NULL,
  `changedBy` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_EmailHistory` (
  `userID` mediumint(8) NOT NULL,
  `oldEmail` varchar(90) NOT NULL,
  `newEmail` varchar(90) NOT NULL,
  `date` int(10) unsigned NOT NULL,
  `reason` varchar(50) NOT NULL,
  `changedBy` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_Sessions` (
  `userID` mediumint(8) unsigned NOT NULL,
  `lastRequest` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `firstRequest` timestamp NOT NULL DEFAULT current_timestamp(),
  `hits` smallint(5) unsigned NOT NULL,
  `ip` binary(16) DEFAULT NULL,
  `userAgent` binary(2) NOT NULL,
  `cookieCode` binary(16) DEFAULT NULL,
  `browserFingerprint` binary(16) DEFAULT NULL,
  `fingerprintPro` binary(16) DEFAULT NULL,
  `webPushrSID` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`userID`),
  KEY `lastrequesttime` (`lastRequest`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_AccessLog` (
  `userID` mediumint(8) unsigned NOT NULL,
  `lastRequest` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01',
  `firstRequest` timestamp NOT NULL DEFAULT current_timestamp(),
  `hits` smallint(5) unsigned NOT NULL,
  `ip` binary(16) NOT NULL,
  `userAgent` binary(2) NOT NULL,
  `browserFingerprint` binary(16) DEFAULT NULL,
  `cookieCode` binary(16) NOT NULL,
  `fingerprintPro` binary(16) DEFAULT NULL,
  KEY `ip` (`ip`),
  KEY `lastRequest` (`lastRequest`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_IPLookups` (
  `ipCode` binary(16) NOT NULL,
  `ip` varchar(50) NOT NULL,
  `security` set('vpn','proxy','tor','relay') DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `region` varchar(50) DEFAULT NULL,
  `country` varchar(50) DEFAULT NULL,
  `continent` varchar(50) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `network` varchar(50) DEFAULT NULL,
  `autonomous_system_number` varchar(50) DEFAULT NULL,
  `autonomous_system_organization` varchar(50) DEFAULT NULL,
  `timeInserted` bigint(20) unsigned NOT NULL,
  `timeLastHit` bigint(20) unsigned NOT NULL,
  `timeLookedUp` bigint(20) unsigned DEFAULT NULL,
  `hits` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`ipCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_FingerprintProRequests` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `requestId` varchar(50) NOT NULL,
  `visitorId` varchar(50) NOT NULL,
  `linkedId` int(10) unsigned DEFAULT NULL,
  `confidence` float DEFAULT NULL,
  `visitorFound` tinyint(4) DEFAULT NULL,
  `incognito` tinyint(4) DEFAULT NULL,
  `latitude` float DEFAULT NULL,
  `longitude` float DEFAULT NULL,
  `accuracyRadius` float DEFAULT NULL,
  `timestamp` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `linkedId` (`linkedId`),
  KEY `visitorId` (`visitorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_UserCodeConnections` (
  `type` enum('Cookie','IP','IPVPN','Fingerprint','FingerprintPro','MessageCount','MessageLength','LatLon','Network','City','UserTurn','UserTurnMissed') NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `code` binary(16) NOT NULL,
  `earliest` timestamp NOT NULL DEFAULT current_timestamp(),
  `latest` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `count` int(10) unsigned NOT NULL DEFAULT 0,
  `previousCount` int(10) unsigned NOT NULL DEFAULT 0,
  `isNew` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `isUpdated` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`userID`,`type`,`code`) USING BTREE,
  KEY `typeCode` (`type`,`code`) USING BTREE,
  KEY `updatedTypeCode` (`type`,`isUpdated`,`code`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_UserCodeConnectionMatches` (
  `type` enum('Cookie','IP','IPVPN','Fingerprint','FingerprintPro','MessageCount','MessageLength','LatLon','Network','City','UserTurn','UserTurnMissed') NOT NULL,
  `userIDFrom` mediumint(8) unsigned NOT NULL,
  `userIDTo` mediumint(8) unsigned NOT NULL,
  `matches` int(10) unsigned NOT NULL DEFAULT 0,
  `previousMatches` int(10) unsigned NOT NULL DEFAULT 0,
  `matchCount` int(10) unsigned NOT NULL DEFAULT 0,
  `previousMatchCount` int(10) unsigned NOT NULL DEFAULT 0,
  `isNew` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `isUpdated` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `earliestFrom` timestamp NULL DEFAULT NULL,
  `latestFrom` timestamp NULL DEFAULT NULL,
  `earliestTo` timestamp NULL DEFAULT NULL,
  `latestTo` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`type`,`userIDFrom`,`userIDTo`) USING BTREE,
  KEY `typeUpdatedFrom` (`type`,`isUpdated`,`userIDFrom`) USING BTREE,
  KEY `typeUpdatedTo` (`type`,`isUpdated`,`userIDTo`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_BannedNumbers` (
  `number` int(10) unsigned NOT NULL,
  `numberType` enum('CookieCode','IP') NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `hasResponded` enum('Yes','No') NOT NULL DEFAULT 'No',
  UNIQUE KEY `numberType` (`numberType`,`number`),
  KEY `userID` (`userID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Silences` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userID` int(10) unsigned DEFAULT NULL,
  `postID` int(10) unsigned DEFAULT NULL,
  `moderatorUserID` mediumint(8) unsigned NOT NULL,
  `enabled` bit(1) NOT NULL DEFAULT b'1',
  `startTime` bigint(20) unsigned NOT NULL,
  `length` smallint(5) unsigned NOT NULL DEFAULT 7,
  `reason` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `userID` (`userID`),
  KEY `postID` (`postID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_ModeratorNotes` (
  `linkIDType` enum('Game','User') NOT NULL,
  `linkID` mediumint(8) unsigned NOT NULL,
  `type` enum('Report','PrivateNote','PublicNote') NOT NULL,
  `fromUserID` mediumint(9) NOT NULL,
  `note` text NOT NULL,
  `timeSent` int(10) unsigned NOT NULL,
  KEY `linkIDType` (`linkIDType`,`linkID`,`timeSent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `wD_AdminLog` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `time` int(10) unsigned NOT NULL,
  `details` text NOT NULL,
  `params` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `time` (`time`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_ModForumMessages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `toID` int(10) unsigned NOT NULL,
  `fromUserID` mediumint(8) unsigned NOT NULL,
  `timeSent` int(10) unsigned NOT NULL,
  `message` text NOT NULL,
  `subject` varchar(100) NOT NULL,
  `type` enum('ThreadStart','ThreadReply') NOT NULL,
  `replies` smallint(5) unsigned NOT NULL,
  `latestReplySent` int(10) unsigned NOT NULL,
  `silenceID` int(10) unsigned DEFAULT NULL,
  `adminReply` enum('Yes','No') NOT NULL DEFAULT 'No',
  `status` enum('New','Open','Resolved','Bugs','Sticky','Deleted') DEFAULT NULL,
  `assigned` mediumint(8) unsigned DEFAULT 0,
  `gameID` mediumint(8) unsigned DEFAULT NULL,
  `requestType` varchar(150) DEFAULT NULL,
  `gameTurn` smallint(5) unsigned DEFAULT NULL,
  `isUserRead` tinyint(3) unsigned DEFAULT NULL,
  `isUserReplied` tinyint(3) unsigned DEFAULT NULL,
  `isUserMustReply` tinyint(3) unsigned DEFAULT NULL,
  `isModRead` tinyint(3) unsigned DEFAULT NULL,
  `isModReplied` tinyint(3) unsigned DEFAULT NULL,
  `isThanked` tinyint(3) unsigned DEFAULT NULL,
  `latestReplySentTime` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `latest` (`timeSent`),
  KEY `threadReplies` (`type`,`toID`,`timeSent`),
  KEY `latestReplySent` (`latestReplySent`),
  KEY `profileLinks` (`type`,`fromUserID`,`timeSent`),
  KEY `type` (`type`,`latestReplySent`),
  KEY `type_2` (`type`,`assigned`,`isModRead`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_ForumMessages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `toID` int(10) unsigned NOT NULL,
  `fromUserID` mediumint(8) unsigned NOT NULL,
  `timeSent` int(10) unsigned NOT NULL,
  `message` text NOT NULL,
  `subject` varchar(100) NOT NULL,
  `type` enum('ThreadStart','ThreadReply','GroupDiscussion') NOT NULL,
  `replies` smallint(5) unsigned NOT NULL,
  `latestReplySent` int(10) unsigned NOT NULL,
  `silenceID` int(10) unsigned DEFAULT NULL,
  `likeCount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `latest` (`timeSent`),
  KEY `threadReplies` (`type`,`toID`,`timeSent`),
  KEY `latestReplySent` (`latestReplySent`),
  KEY `profileLinks` (`type`,`fromUserID`,`timeSent`),
  KEY `type` (`type`,`latestReplySent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_LikePost` (
  `userID` mediumint(8) unsigned NOT NULL,
  `likeMessageID` int(10) unsigned NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userID`,`likeMessageID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_MuteUser` (
  `userID` mediumint(8) unsigned NOT NULL,
  `muteUserID` mediumint(8) unsigned NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userID`,`muteUserID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_MuteThread` (
  `userID` mediumint(8) unsigned NOT NULL,
  `muteThreadID` int(10) unsigned NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userID`,`muteThreadID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_MuteCountry` (
  `userID` mediumint(8) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  `muteCountryID` tinyint(3) unsigned NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userID`,`gameID`,`muteCountryID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_Notices` (
  `toUserID` mediumint(8) unsigned NOT NULL,
  `fromID` mediumint(8) unsigned NOT NULL,
  `type` enum('PM','Game','User','Group') NOT NULL,
  `keep` enum('Yes','No') NOT NULL,
  `private` enum('Yes','No') NOT NULL,
  `text` text NOT NULL,
  `linkName` varchar(100) NOT NULL,
  `linkID` mediumint(8) unsigned DEFAULT NULL,
  `timeSent` int(10) unsigned NOT NULL,
  KEY `homePageIndex` (`toUserID`,`timeSent`),
  KEY `deleteIndex` (`keep`,`timeSent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Games` (
  `variantID` tinyint(3) unsigned NOT NULL,
  `id` mediumint(5) unsigned NOT NULL AUTO_INCREMENT,
  `turn` smallint(5) unsigned NOT NULL DEFAULT 0,
  `phase` enum('Finished','Pre-game','Diplomacy','Retreats','Builds') NOT NULL DEFAULT 'Pre-game',
  `processTime` int(10) unsigned DEFAULT NULL,
  `pot` mediumint(8) DEFAULT NULL,
  `name` varchar(50) NOT NULL,
  `gameOver` enum('No','Won','Drawn') NOT NULL DEFAULT 'No',
  `processStatus` enum('Not-processing','Processing','Crashed','Paused') NOT NULL DEFAULT 'Not-processing',
  `password` varbinary(16) DEFAULT NULL,
  `potType` enum('Winner-takes-all','Points-per-supply-center','Unranked','Sum-of-squares') NOT NULL,
  `pauseTimeRemaining` mediumint(8) unsigned DEFAULT NULL,
  `minimumBet` mediumint(8) DEFAULT NULL,
  `phaseMinutes` smallint(5) unsigned NOT NULL DEFAULT 1440,
  `phaseMinutesRB` smallint(5) DEFAULT -1,
  `nextPhaseMinutes` int(10) unsigned NOT NULL DEFAULT 0,
  `phaseSwitchPeriod` int(10) DEFAULT -1,
  `anon` enum('Yes','No') NOT NULL DEFAULT 'No',
  `pressType` enum('Regular','PublicPressOnly','NoPress','RulebookPress') NOT NULL DEFAULT 'Regular',
  `attempts` smallint(5) unsigned NOT NULL DEFAULT 0,
  `missingPlayerPolicy` enum('Normal','Strict','Wait') NOT NULL DEFAULT 'Normal',
  `directorUserID` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `drawType` enum('draw-votes-public','draw-votes-hidden') NOT NULL DEFAULT 'draw-votes-public',
  `minimumReliabilityRating` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `excusedMissedTurns` int(10) unsigned DEFAULT 1,
  `finishTime` int(10) unsigned DEFAULT NULL,
  `playerTypes` enum('Members','Mixed','MemberVsBots') NOT NULL DEFAULT 'Members',
  `startTime` int(10) unsigned DEFAULT NULL,
  `grCalculated` int(11) NOT NULL DEFAULT 0,
  `gameMasterUserID` mediumint(8) unsigned DEFAULT NULL,
  `relationshipLimit` float DEFAULT NULL,
  `suspicionLimit` float DEFAULT NULL,
  `identityRequirement` set('Facebook','Google','SMS','Paypal') DEFAULT NULL,
  `minimumIdentityScore` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `minimumNMRScore` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `sandboxCreatedByUserID` mediumint(9) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gname` (`name`),
  KEY `processStatus` (`processStatus`,`processTime`),
  KEY `minimumBet` (`minimumBet`),
  KEY `turn` (`turn`),
  KEY `phase` (`phase`),
  KEY `pot` (`pot`),
  KEY `password` (`password`),
  KEY `potType` (`potType`,`turn`),
  KEY `potType_2` (`potType`,`id`),
  KEY `potType_3` (`potType`,`pot`),
  KEY `phase_2` (`phase`,`turn`),
  KEY `phase_3` (`phase`,`minimumBet`),
  KEY `phase_4` (`phase`,`id`),
  KEY `phase_5` (`phase`,`pot`),
  KEY `phase_6` (`phase`,`password`),
  KEY `phaseMinutes` (`phaseMinutes`),
  KEY `phase_7` (`phase`,`phaseMinutes`),
  KEY `anon` (`anon`),
  KEY `pressType` (`pressType`),
  KEY `grCalculated` (`grCalculated`),
  KEY `ind_gmLookup` (`gameOver`,`processStatus`,`processTime`),
  KEY `sandboxList` (`sandboxCreatedByUserID`),
  KEY `idx_wD_Games_variant_phase` (`variantID`,`phase`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Members` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `userID` mediumint(8) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `status` enum('Playing','Defeated','Left','Won','Drawn','Survived','Resigned') NOT NULL DEFAULT 'Playing',
  `timeLoggedIn` int(10) unsigned NOT NULL,
  `bet` mediumint(8) unsigned NOT NULL,
  `missedPhases` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `newMessagesFrom` set('0','1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16','17','18','19','20','21','22','23','24','25','26','27','28','29','30','31','32','33','34','35','36','37','38','39','40','41','42','43','44','45','46','47','48','49','50','51','52','53','54','55','56','57','58','59','60','61','62','63') NOT NULL DEFAULT '',
  `supplyCenterNo` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `unitNo` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `votes` set('Draw','Pause','Cancel','Concede') DEFAULT NULL,
  `pointsWon` mediumint(8) unsigned DEFAULT NULL,
  `gameMessagesSent` mediumint(8) unsigned DEFAULT NULL,
  `orderStatus` set('None','Saved','Completed','Ready') NOT NULL DEFAULT 'None',
  `hideNotifications` tinyint(1) DEFAULT 0,
  `excusedMissedTurns` int(10) unsigned DEFAULT 1,
  `groupTag` varchar(30) DEFAULT NULL,
  `votesChanged` int(10) unsigned DEFAULT NULL,
  `orderStatusChanged` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `playingCount` (`status`,`userID`),
  KEY `uid` (`userID`,`status`),
  KEY `gid` (`gameID`,`countryID`),
  KEY `indVotesChanged` (`votesChanged`,`gameID`),
  KEY `indOrderStatusChanged` (`orderStatusChanged`,`gameID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Member_Delegate` (
  `id` int(10) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `userIDDelegatedTo` mediumint(8) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  `countryID` mediumint(8) unsigned NOT NULL,
  `delegationStartTime` int(8) unsigned DEFAULT NULL,
  `delegationEndTime` int(10) unsigned DEFAULT NULL,
  `createdTime` int(10) unsigned DEFAULT NULL,
  `acceptedTime` int(10) unsigned DEFAULT NULL,
  `cancelledTime` int(10) unsigned DEFAULT NULL,
  `expiredTime` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `userID` (`userID`),
  KEY `userIDDelegatedTo` (`userIDDelegatedTo`),
  KEY `delegationEndTime` (`delegationEndTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_GameMessages` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `timeSent` int(10) unsigned NOT NULL,
  `message` text NOT NULL,
  `turn` smallint(5) unsigned NOT NULL,
  `toCountryID` tinyint(3) unsigned NOT NULL,
  `fromCountryID` tinyint(3) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  `phaseMarker` enum('Finished','Pre-game','Diplomacy','Retreats','Builds') DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `toMember` (`gameID`,`toCountryID`),
  KEY `fromMember` (`gameID`,`fromCountryID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_MissedTurns` (
  `id` mediumint(10) unsigned NOT NULL AUTO_INCREMENT,
  `gameID` mediumint(5) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `turn` smallint(5) unsigned NOT NULL,
  `bet` smallint(5) unsigned NOT NULL,
  `SCCount` smallint(5) unsigned NOT NULL,
  `forcedByMod` tinyint(1) DEFAULT 0,
  `systemExcused` tinyint(1) DEFAULT 0,
  `modExcused` tinyint(1) DEFAULT 0,
  `turnDateTime` int(10) unsigned DEFAULT NULL,
  `modExcusedReason` text DEFAULT NULL,
  `samePeriodExcused` tinyint(1) DEFAULT 0,
  `liveGame` tinyint(1) DEFAULT 0,
  `reliabilityPeriod` tinyint(4) DEFAULT -1,
  PRIMARY KEY (`id`),
  KEY `missedPerUserPerDate` (`userID`,`turnDateTime`),
  KEY `indUsersInReliabilityPeriod` (`reliabilityPeriod`,`userID`),
  KEY `turnDateTime` (`turnDateTime`),
  KEY `indIncludedInReliabilityPeriod` (`reliabilityPeriod`,`turnDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_NMRs` (
  `gameID` mediumint(5) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `turn` smallint(5) unsigned NOT NULL,
  `bet` smallint(5) unsigned NOT NULL,
  `SCCount` smallint(5) unsigned NOT NULL,
  KEY `gameID` (`gameID`,`userID`),
  KEY `userID` (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_CivilDisorders` (
  `gameID` smallint(5) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `turn` smallint(5) unsigned NOT NULL,
  `bet` smallint(5) unsigned NOT NULL,
  `SCCount` smallint(5) unsigned NOT NULL,
  `forcedByMod` tinyint(1) DEFAULT 0,
  KEY `gameID` (`gameID`,`userID`),
  KEY `userID` (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_TurnDate` (
  `id` mediumint(10) unsigned NOT NULL AUTO_INCREMENT,
  `isInReliabilityPeriod` tinyint(1) DEFAULT 0,
  `gameID` mediumint(5) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `turn` smallint(5) unsigned NOT NULL,
  `turnDateTime` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `turnsByDate` (`userID`,`turnDateTime`),
  KEY `indUsersInReliabilityPeriod` (`isInReliabilityPeriod`,`userID`) USING BTREE,
  KEY `indTimestamp` (`turnDateTime`) USING BTREE,
  KEY `indIncludedInReliabilityPeriod` (`isInReliabilityPeriod`,`turnDateTime`) USING BTREE,
  KEY `gameID` (`gameID`,`turnDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_PointsTransactions` (
  `type` enum('Supplement','Bet','Won','Returned','Trigger','Correction') NOT NULL,
  `userID` mediumint(9) NOT NULL,
  `gameID` mediumint(9) DEFAULT NULL,
  `memberID` mediumint(9) DEFAULT NULL,
  `points` mediumint(9) NOT NULL,
  KEY `userID` (`userID`),
  KEY `gameID` (`gameID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_PaypalIPN` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userID` int(10) unsigned NOT NULL,
  `email` varchar(250) NOT NULL,
  `value` float NOT NULL,
  `currency` varchar(10) NOT NULL,
  `status` varchar(100) NOT NULL,
  `receivedTime` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_ApiKeys` (
  `apiKey` varchar(80) NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hits` int(10) unsigned DEFAULT 0,
  `lastHit` int(10) unsigned DEFAULT 0,
  `isChecked` tinyint(3) unsigned DEFAULT 0,
  `multiplexOffset` int(10) unsigned DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `label` varchar(500) DEFAULT NULL,
  `username` varchar(150) DEFAULT NULL,
  `lastActive` bigint(20) unsigned DEFAULT NULL,
  `lastOrder` bigint(20) unsigned DEFAULT NULL,
  `lastMessage` bigint(20) unsigned DEFAULT NULL,
  `lastVote` bigint(20) unsigned DEFAULT NULL,
  `messagesSent` int(10) unsigned DEFAULT NULL,
  `phasesPlayed` int(10) unsigned DEFAULT NULL,
  `gamesPlaying` int(10) unsigned DEFAULT NULL,
  `gamesWon` int(10) unsigned DEFAULT NULL,
  `gamesDrawn` int(10) unsigned DEFAULT NULL,
  `gamesLostToHuman` int(10) unsigned DEFAULT NULL,
  `gamesLostToBot` int(10) unsigned DEFAULT NULL,
  `supplyCenters` int(10) unsigned DEFAULT NULL,
  `ordersSaved` int(10) unsigned DEFAULT NULL,
  `ordersCompleted` int(10) unsigned DEFAULT NULL,
  `ordersReady` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`apiKey`,`userID`),
  KEY `wD_ApiKeys_userID_index` (`userID`),
  CONSTRAINT `wD_ApiKeys_wD_Users_id_fk` FOREIGN KEY (`userID`) REFERENCES `wD_Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_ApiPermissions` (
  `userID` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `getStateOfAllGames` enum('No','Yes') NOT NULL DEFAULT 'No',
  `submitOrdersForUserInCD` enum('No','Yes') NOT NULL DEFAULT 'No',
  `listGamesWithPlayersInCD` enum('No','Yes') NOT NULL DEFAULT 'No',
  `getRedactedMessages` enum('No','Yes') NOT NULL DEFAULT 'No',
  `submitOrdersForDelegatedMembers` enum('No','Yes') NOT NULL DEFAULT 'No',
  `submitMessages` enum('No','Yes') NOT NULL DEFAULT 'No',
  `voteDraw` enum('No','Yes') NOT NULL DEFAULT 'No',
  `playBotsVsHuman` enum('No','Yes') NOT NULL DEFAULT 'No',
  `playBotVsHuman` enum('No','Yes') NOT NULL DEFAULT 'No',
  `minimumPhaseLength` mediumint(9) NOT NULL DEFAULT 3600,
  `variantIDs` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`userID`),
  UNIQUE KEY `userID` (`userID`),
  CONSTRAINT `wD_ApiPermissions_wD_Users_id_fk` FOREIGN KEY (`userID`) REFERENCES `wD_Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_BotGameQueue` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `userID` mediumint(8) unsigned NOT NULL,
  `queuedTime` int(10) unsigned DEFAULT NULL,
  `notifiedTime` int(10) unsigned DEFAULT NULL,
  `startedTime` int(10) unsigned DEFAULT NULL,
  `finishedTime` int(10) unsigned DEFAULT NULL,
  `gameID` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `indQueuedNotNotified` (`finishedTime`,`startedTime`,`notifiedTime`,`queuedTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_WatchedGames` (
  `userID` mediumint(8) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  KEY `gid` (`gameID`),
  KEY `uid` (`userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_GhostRatings` (
  `userID` mediumint(8) unsigned NOT NULL,
  `categoryID` mediumint(8) unsigned NOT NULL,
  `rating` float DEFAULT NULL,
  `peakRating` float DEFAULT NULL,
  `yearMonth` mediumint(6) unsigned NOT NULL,
  KEY `userID` (`userID`),
  KEY `categoryID` (`categoryID`),
  KEY `yearMonth` (`yearMonth`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_GhostRatingsHistory` (
  `userID` mediumint(8) unsigned NOT NULL,
  `categoryID` mediumint(8) unsigned NOT NULL,
  `yearMonth` mediumint(6) unsigned NOT NULL,
  `rating` float DEFAULT NULL,
  KEY `userID` (`userID`),
  KEY `categoryID` (`categoryID`),
  KEY `yearMonth` (`yearMonth`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Tournaments` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `description` text DEFAULT NULL,
  `status` enum('PreStart','Registration','Active','Finished') NOT NULL,
  `minRR` tinyint(3) unsigned DEFAULT NULL,
  `year` smallint(4) unsigned DEFAULT NULL,
  `totalRounds` tinyint(3) unsigned DEFAULT NULL,
  `forumThreadLink` varchar(150) DEFAULT NULL,
  `externalLink` varchar(300) DEFAULT NULL,
  `directorID` mediumint(8) unsigned NOT NULL,
  `coDirectorID` mediumint(8) unsigned NOT NULL,
  `firstPlace` mediumint(8) unsigned NOT NULL,
  `secondPlace` mediumint(8) unsigned NOT NULL,
  `thirdPlace` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_TournamentParticipants` (
  `tournamentID` mediumint(8) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `status` enum('Applied','Accepted','Rejected','Left') NOT NULL,
  KEY `tournamentID` (`tournamentID`),
  KEY `userID` (`userID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_TournamentScoring` (
  `tournamentID` mediumint(8) unsigned NOT NULL,
  `userID` mediumint(8) unsigned NOT NULL,
  `round` tinyint(3) unsigned DEFAULT NULL,
  `score` float DEFAULT NULL,
  KEY `tournamentID` (`tournamentID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(15) NOT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'Unknown',
  `isActive` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `gameID` mediumint(8) unsigned DEFAULT NULL,
  `display` set('Profile','Usertag','AnonGames','Moderators') NOT NULL DEFAULT '',
  `timeCreated` bigint(20) unsigned NOT NULL,
  `ownerUserID` mediumint(8) unsigned NOT NULL,
  `ownerCountryID` tinyint(3) unsigned DEFAULT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `moderatorNotes` varchar(2000) DEFAULT NULL,
  `timeChanged` bigint(20) unsigned NOT NULL,
  `modUserID` mediumint(8) unsigned DEFAULT NULL,
  `isMessageNeeded` bit(1) NOT NULL DEFAULT b'0',
  `isMessageWaiting` bit(1) NOT NULL DEFAULT b'0',
  `gameTurn` smallint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE,
  KEY `indGroupsLastChanged` (`timeChanged`) USING BTREE,
  KEY `indMessageNeeded` (`isMessageNeeded`,`ownerUserID`),
  KEY `indMessageWaiting` (`isMessageWaiting`,`modUserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_GroupUsers` (
  `userID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned DEFAULT NULL,
  `groupID` mediumint(8) unsigned NOT NULL,
  `isActive` tinyint(1) NOT NULL,
  `userWeighting` tinyint(1) NOT NULL,
  `ownerWeighting` tinyint(1) NOT NULL,
  `modWeighting` tinyint(1) NOT NULL,
  `modUserID` mediumint(8) unsigned DEFAULT NULL,
  `timeChanged` bigint(20) unsigned NOT NULL,
  `timeCreated` bigint(20) unsigned NOT NULL,
  `isDirty` bit(1) NOT NULL DEFAULT b'0',
  `messageCount` smallint(5) unsigned NOT NULL DEFAULT 0,
  `timeLastMessageSent` bigint(20) unsigned DEFAULT NULL,
  `isWeightingNeeded` bit(1) NOT NULL DEFAULT b'0',
  `isMessageNeeded` bit(1) NOT NULL DEFAULT b'0',
  `isWeightingWaiting` bit(1) NOT NULL DEFAULT b'0',
  `isMessageWaiting` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`userID`,`groupID`,`isActive`) USING BTREE,
  UNIQUE KEY `groupUsersByGroup` (`userID`,`groupID`,`isActive`) USING BTREE,
  KEY `groupUsersChanged` (`timeChanged`) USING BTREE,
  KEY `isActive_isDirty` (`isActive`,`isDirty`),
  KEY `userNeedsWeighting` (`isWeightingNeeded`,`userID`),
  KEY `userNeedsMessage` (`isMessageNeeded`,`userID`),
  KEY `modMessageWaiting` (`isMessageWaiting`,`modUserID`),
  KEY `modWeightingWaiting` (`isWeightingWaiting`,`modUserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wD_Orders` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `gameID` mediumint(8) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `type` enum('Hold','Move','Support hold','Support move','Convoy','Retreat','Disband','Build Army','Build Fleet','Wait','Destroy') NOT NULL,
  `unitID` int(10) unsigned DEFAULT NULL,
  `toTerrID` smallint(5) unsigned DEFAULT NULL,
  `fromTerrID` smallint(5) unsigned DEFAULT NULL,
  `viaConvoy` enum('No','Yes') DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `unitID` (`unitID`),
  KEY `gameID` (`gameID`,`countryID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Units` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` enum('Army','Fleet') NOT NULL,
  `terrID` smallint(5) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `gameID` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gameID` (`gameID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Territories` (
  `mapID` tinyint(3) unsigned NOT NULL,
  `id` smallint(5) unsigned NOT NULL,
  `name` varchar(120) NOT NULL,
  `type` enum('Sea','Land','Coast') NOT NULL,
  `supply` enum('No','Yes') NOT NULL,
  `mapX` smallint(5) unsigned NOT NULL,
  `mapY` smallint(5) unsigned NOT NULL,
  `smallMapX` smallint(5) unsigned NOT NULL,
  `smallMapY` smallint(5) unsigned NOT NULL,
  `countryID` tinyint(3) unsigned NOT NULL,
  `coast` enum('No','Parent','Child') NOT NULL,
  `coastParentID` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`mapID`,`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_VariantInfo` (
  `variantID` smallint(4) unsigned NOT NULL,
  `mapID` smallint(4) unsigned NOT NULL,
  `supplyCenterTarget` smallint(4) unsigned NOT NULL,
  `supplyCenterCount` smallint(4) unsigned NOT NULL,
  `countryCount` smallint(4) unsigned NOT NULL,
  `name` varchar(50) NOT NULL,
  `fullName` varchar(50) NOT NULL,
  `description` varchar(500) NOT NULL,
  `author` varchar(50) NOT NULL,
  `adapter` varchar(50) DEFAULT NULL,
  `version` varchar(10) DEFAULT NULL,
  `codeVersion` varchar(10) DEFAULT NULL,
  `homepage` varchar(100) DEFAULT NULL,
  `countriesList` varchar(800) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Config` (
  `name` enum('Notice','Panic','Maintenance') NOT NULL,
  `message` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `wD_Misc` (
  `Name` enum('Version','Hits','Panic','Notice','Maintenance','LastProcessTime','GamesNew','GamesActive','GamesFinished','RankingPlayers','OnlinePlayers','ActivePlayers','TotalPlayers','ErrorLogs','GamesPaused','GamesOpen','GamesCrashed','LastModAction','ForumThreads','ThreadActiveThreshold','ThreadAliveThreshold','GameFeaturedThreshold','LastGroupUpdate','LastStatsUpdate','LastMessageID','LastNMRWarningUpdate','LastConnectionUpdate','LastBackupUpdate','LastBackupArchived','LastVotesCounted','LastOrderStatusCounted','LastReliabilityRatingsRefresh') NOT NULL,
  `value` bigint(10) unsigned NOT NULL,
  PRIMARY KEY (`Name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


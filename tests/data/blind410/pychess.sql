-- PyChess (pychess-variants; the server of pychess.org, where people play chess variants, shogi, xiangqi,
-- janggi, makruk and other board games online; Python aiohttp on MongoDB)
-- Upstream: github.com/gbtami/pychess-variants, commit 37b7a729a67769d409d00d62d7b825826d939eed (AGPL-3.0)
-- PyChess stores its data in MongoDB; there is no SQL schema upstream. As in the closed MongoDB exams (Tiledesk,
-- Timeful, WeKan), each collection is one table named after the collection, `_id` first, then one column per
-- top-level document key with upstream's key names (PyChess's own short keys: `us`, `v`, `b`, `i` ...), in the order
-- the server's document builders write them (server/utils.py new game and import, game.py saves, login.py sign-up,
-- seek.py seek_db_json, typing_defs.py TypedDicts of users, games, tournaments, tournament players / pairings /
-- arrangements and simuls, and the insert/update calls of team.py, forum/, inbox_api.py, views/ublog.py,
-- report_api.py, cheat_report.py, admin_api.py, timeline.py, notify.py, push_notifications.py, bot_accounts.py,
-- account_api.py, login.py, security_evasion.py, puzzle.py, pychess_global_app_state.py), keys written only by
-- later $set updates after the inserted ones. Embedded documents with fixed keys are written as dotted paths
-- (`count.game`, `security.ipHashes`, `lastMsg.text`); maps keyed by data (perfs by variant, reactions, highscore
-- scores), arrays and free-form sub-documents are LONGTEXT holding the JSON. Types: generated string ids and
-- usernames VARCHAR(255); ObjectId CHAR(24); free text TEXT; integers INT; floats DOUBLE; booleans TINYINT(1);
-- dates DATETIME(3) (chat `time` is upstream's integer Unix time). Unique indexes upstream declares are kept;
-- plain, TTL and text indexes are left out. MongoDB declares no foreign keys.
-- Left out: `lobbychat` (legacy, no longer written, only scrubbed), `stats` / `stats_humans` (monthly aggregate
-- game counts), `video` (curated video list), `catalogued_variant` (user-defined variant rules and piece sets).

-- Users and relations --

CREATE TABLE `user` (
  `_id` varchar(255) NOT NULL,
  `username_lower` varchar(255) DEFAULT NULL,
  `title` varchar(16) DEFAULT NULL,
  `oauth_id` varchar(255) DEFAULT NULL,
  `oauth_provider` varchar(32) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `perfs` longtext DEFAULT NULL,
  `pperfs` longtext DEFAULT NULL,
  `count.game` int DEFAULT NULL,
  `count.win` int DEFAULT NULL,
  `count.loss` int DEFAULT NULL,
  `count.draw` int DEFAULT NULL,
  `count.rated` int DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `shadowban` tinyint(1) DEFAULT NULL,
  `security.lastAutoCloseAt` datetime(3) DEFAULT NULL,
  `security.lastAutoCloseReason` varchar(255) DEFAULT NULL,
  `security.lastAutoCloseSource` varchar(32) DEFAULT NULL,
  `security.updatedAt` datetime(3) DEFAULT NULL,
  `security.ipHashes` longtext DEFAULT NULL,
  `security.fpHashes` longtext DEFAULT NULL,
  `security.ipfpHashes` longtext DEFAULT NULL,
  `swissBanUntil` datetime(3) DEFAULT NULL,
  `swissBanHours` int DEFAULT NULL,
  `swissBanGameId` varchar(16) DEFAULT NULL,
  `tournamentGameEffectIds` longtext DEFAULT NULL,
  `lastArenaCreatedAt` datetime(3) DEFAULT NULL,
  `arenaCreationHistory` longtext DEFAULT NULL,
  `fixedRoundCreationHistory` longtext DEFAULT NULL,
  `lang` varchar(16) DEFAULT NULL,
  `theme` varchar(32) DEFAULT NULL,
  `ct` varchar(32) DEFAULT NULL,
  `pmf` tinyint(1) DEFAULT NULL,
  `cps` tinyint(1) DEFAULT NULL,
  `rps` tinyint(1) DEFAULT NULL,
  `cvf` longtext DEFAULT NULL,
  `closedAt` datetime(3) DEFAULT NULL,
  `closeType` varchar(32) DEFAULT NULL,
  `reopenedAt` datetime(3) DEFAULT NULL,
  `gdprErasedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation` (
  `_id` varchar(255) NOT NULL,
  `u1` varchar(255) DEFAULT NULL,
  `u2` varchar(255) DEFAULT NULL,
  `r` int DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_reopen_token` (
  `_id` varchar(64) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `tokenHash` varchar(128) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `expiresAt` datetime(3) DEFAULT NULL,
  `oauthProvider` varchar(32) DEFAULT NULL,
  `usedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bot_token` (
  `_id` varchar(64) NOT NULL,
  `user` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `tokenHash` varchar(128) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `usedAt` datetime(3) DEFAULT NULL,
  `revokedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_ban_signal` (
  `_id` varchar(64) NOT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `kind` varchar(8) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `expireAt` datetime(3) DEFAULT NULL,
  `sources` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `push_subscription` (
  `_id` char(24) NOT NULL,
  `user` varchar(255) DEFAULT NULL,
  `endpoint` varchar(512) DEFAULT NULL,
  `auth` varchar(255) DEFAULT NULL,
  `p256dh` varchar(255) DEFAULT NULL,
  `seenAt` datetime(3) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `push_user_endpoint` (`user`, `endpoint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify` (
  `_id` varchar(16) NOT NULL,
  `notifies` varchar(255) DEFAULT NULL,
  `type` varchar(32) DEFAULT NULL,
  `read` tinyint(1) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `expireAt` varchar(40) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_entry` (
  `_id` char(24) NOT NULL,
  `type` varchar(32) DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  `users` longtext DEFAULT NULL,
  `date` datetime(3) DEFAULT NULL,
  `channel` varchar(255) DEFAULT NULL,
  `teamId` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_unsub` (
  `_id` char(24) NOT NULL,
  `user` varchar(255) DEFAULT NULL,
  `channel` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `user_channel` (`user`, `channel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Games, seeks and ratings --

CREATE TABLE `game` (
  `_id` varchar(16) NOT NULL,
  `us` longtext DEFAULT NULL,
  `p0` longtext DEFAULT NULL,
  `p1` longtext DEFAULT NULL,
  `v` varchar(64) DEFAULT NULL,
  `b` double DEFAULT NULL,
  `i` int DEFAULT NULL,
  `bp` int DEFAULT NULL,
  `m` longtext DEFAULT NULL,
  `d` datetime(3) DEFAULT NULL,
  `f` text DEFAULT NULL,
  `p` int DEFAULT NULL,
  `s` int DEFAULT NULL,
  `r` varchar(4) DEFAULT NULL,
  `x` int DEFAULT NULL,
  `y` int DEFAULT NULL,
  `z` int DEFAULT NULL,
  `c` tinyint(1) DEFAULT NULL,
  `tid` varchar(16) DEFAULT NULL,
  `rn` int DEFAULT NULL,
  `aid` varchar(64) DEFAULT NULL,
  `sid` varchar(16) DEFAULT NULL,
  `sh` char(1) DEFAULT NULL,
  `uci` int DEFAULT NULL,
  `ws` int DEFAULT NULL,
  `bs` int DEFAULT NULL,
  `if` text DEFAULT NULL,
  `wj` varchar(64) DEFAULT NULL,
  `bj` varchar(64) DEFAULT NULL,
  `vini` text DEFAULT NULL,
  `vd` varchar(255) DEFAULT NULL,
  `vby` varchar(255) DEFAULT NULL,
  `cw0` int DEFAULT NULL,
  `cb0` int DEFAULT NULL,
  `cw` longtext DEFAULT NULL,
  `cb` longtext DEFAULT NULL,
  `by` varchar(255) DEFAULT NULL,
  `l` datetime(3) DEFAULT NULL,
  `byost` longtext DEFAULT NULL,
  `byop` longtext DEFAULT NULL,
  `byoo` tinyint(1) DEFAULT NULL,
  `byoc` int DEFAULT NULL,
  `wb` tinyint(1) DEFAULT NULL,
  `bb` tinyint(1) DEFAULT NULL,
  `wd` tinyint(1) DEFAULT NULL,
  `bd` tinyint(1) DEFAULT NULL,
  `mc` int DEFAULT NULL,
  `mct` longtext DEFAULT NULL,
  `a` longtext DEFAULT NULL,
  `fx` int DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crosstable` (
  `_id` varchar(255) NOT NULL,
  `s1` int DEFAULT NULL,
  `s2` int DEFAULT NULL,
  `r` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highscore` (
  `_id` varchar(64) NOT NULL,
  `scores` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seek` (
  `_id` varchar(16) NOT NULL,
  `seekID` varchar(16) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `bot` tinyint(1) DEFAULT NULL,
  `title` varchar(16) DEFAULT NULL,
  `variant` varchar(64) DEFAULT NULL,
  `chess960` tinyint(1) DEFAULT NULL,
  `target` varchar(255) DEFAULT NULL,
  `player1` varchar(255) DEFAULT NULL,
  `player2` varchar(255) DEFAULT NULL,
  `bugPlayer1` varchar(255) DEFAULT NULL,
  `bugPlayer2` varchar(255) DEFAULT NULL,
  `fen` text DEFAULT NULL,
  `color` varchar(8) DEFAULT NULL,
  `rated` tinyint(1) DEFAULT NULL,
  `rrmin` int DEFAULT NULL,
  `rrmax` int DEFAULT NULL,
  `rating` int DEFAULT NULL,
  `base` double DEFAULT NULL,
  `inc` int DEFAULT NULL,
  `byoyomi` int DEFAULT NULL,
  `day` int DEFAULT NULL,
  `gameId` varchar(16) DEFAULT NULL,
  `tournamentId` varchar(16) DEFAULT NULL,
  `rrArrangementId` varchar(64) DEFAULT NULL,
  `expireAt` datetime(3) DEFAULT NULL,
  `challengeStatus` varchar(32) DEFAULT NULL,
  `challengeDeclineReason` varchar(64) DEFAULT NULL,
  `botChallengeStatus` varchar(32) DEFAULT NULL,
  `botChallengeDeclineReason` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autopairing` (
  `_id` char(24) NOT NULL,
  `variant_tc` longtext DEFAULT NULL,
  `users` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tournaments and simuls --

CREATE TABLE `tournament` (
  `_id` varchar(16) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `d` text DEFAULT NULL,
  `fr` varchar(8) DEFAULT NULL,
  `minutes` int DEFAULT NULL,
  `v` varchar(64) DEFAULT NULL,
  `b` double DEFAULT NULL,
  `i` int DEFAULT NULL,
  `bp` int DEFAULT NULL,
  `f` text DEFAULT NULL,
  `y` int DEFAULT NULL,
  `z` int DEFAULT NULL,
  `system` int DEFAULT NULL,
  `rounds` int DEFAULT NULL,
  `rrMaxPlayers` int DEFAULT NULL,
  `rrRequiresApproval` tinyint(1) DEFAULT NULL,
  `rrJoiningClosed` tinyint(1) DEFAULT NULL,
  `rrPendingPlayers` longtext DEFAULT NULL,
  `rrDeniedPlayers` longtext DEFAULT NULL,
  `ri` int DEFAULT NULL,
  `entryMinRating` int DEFAULT NULL,
  `entryMaxRating` int DEFAULT NULL,
  `entryMinRatedGames` int DEFAULT NULL,
  `entryMinAccountAgeDays` int DEFAULT NULL,
  `entryTitledOnly` tinyint(1) DEFAULT NULL,
  `forbiddenPairings` text DEFAULT NULL,
  `manualPairings` text DEFAULT NULL,
  `teamId` varchar(64) DEFAULT NULL,
  `nbPlayers` int DEFAULT NULL,
  `cr` int DEFAULT NULL,
  `pairingInProgressRound` int DEFAULT NULL,
  `manualPairingsInProgress` text DEFAULT NULL,
  `nextRoundStartsAt` datetime(3) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `beforeStart` int DEFAULT NULL,
  `startsAt` datetime(3) DEFAULT NULL,
  `status` int DEFAULT NULL,
  `finishReason` varchar(64) DEFAULT NULL,
  `nbGames` int DEFAULT NULL,
  `nbBerserk` int DEFAULT NULL,
  `winner` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournament_player` (
  `_id` varchar(16) NOT NULL,
  `tid` varchar(16) DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `r` int DEFAULT NULL,
  `pr` varchar(4) DEFAULT NULL,
  `a` tinyint(1) DEFAULT NULL,
  `f` int DEFAULT NULL,
  `s` int DEFAULT NULL,
  `w` int DEFAULT NULL,
  `b` int DEFAULT NULL,
  `e` int DEFAULT NULL,
  `g` int DEFAULT NULL,
  `p` longtext DEFAULT NULL,
  `jr` int DEFAULT NULL,
  `wd` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournament_pairing` (
  `_id` varchar(16) NOT NULL,
  `tid` varchar(16) DEFAULT NULL,
  `u` longtext DEFAULT NULL,
  `r` varchar(4) DEFAULT NULL,
  `d` datetime(3) DEFAULT NULL,
  `wr` varchar(16) DEFAULT NULL,
  `br` varchar(16) DEFAULT NULL,
  `wrd` varchar(16) DEFAULT NULL,
  `brd` varchar(16) DEFAULT NULL,
  `wb` tinyint(1) DEFAULT NULL,
  `bb` tinyint(1) DEFAULT NULL,
  `s` int DEFAULT NULL,
  `p` int DEFAULT NULL,
  `rn` int DEFAULT NULL,
  `bt` varchar(4) DEFAULT NULL,
  `an` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournament_arrangement` (
  `_id` varchar(64) NOT NULL,
  `tid` varchar(16) DEFAULT NULL,
  `u` longtext DEFAULT NULL,
  `c` longtext DEFAULT NULL,
  `rn` int DEFAULT NULL,
  `s` varchar(16) DEFAULT NULL,
  `d` datetime(3) DEFAULT NULL,
  `gid` varchar(16) DEFAULT NULL,
  `iid` varchar(16) DEFAULT NULL,
  `ch` varchar(255) DEFAULT NULL,
  `pg` longtext DEFAULT NULL,
  `d1` datetime(3) DEFAULT NULL,
  `d2` datetime(3) DEFAULT NULL,
  `sa` datetime(3) DEFAULT NULL,
  `ln` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tournament_chat` (
  `_id` char(24) NOT NULL,
  `type` varchar(32) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `room` varchar(32) DEFAULT NULL,
  `time` int DEFAULT NULL,
  `tid` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `simul` (
  `_id` varchar(16) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `fen` text DEFAULT NULL,
  `variants` longtext DEFAULT NULL,
  `rated` tinyint(1) DEFAULT NULL,
  `base` int DEFAULT NULL,
  `inc` int DEFAULT NULL,
  `hostColor` varchar(8) DEFAULT NULL,
  `hostExtraTime` int DEFAULT NULL,
  `hostExtraTimePerPlayer` int DEFAULT NULL,
  `entryMinRating` int DEFAULT NULL,
  `entryMaxRating` int DEFAULT NULL,
  `entryMinRatedGames` int DEFAULT NULL,
  `entryMinAccountAgeDays` int DEFAULT NULL,
  `entryTitledOnly` tinyint(1) DEFAULT NULL,
  `entryTeamId` varchar(64) DEFAULT NULL,
  `entryTeamName` varchar(255) DEFAULT NULL,
  `featurable` tinyint(1) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `hostSeenAt` datetime(3) DEFAULT NULL,
  `estimatedStartAt` datetime(3) DEFAULT NULL,
  `startsAt` datetime(3) DEFAULT NULL,
  `endsAt` datetime(3) DEFAULT NULL,
  `status` int DEFAULT NULL,
  `hostGameId` varchar(16) DEFAULT NULL,
  `players` longtext DEFAULT NULL,
  `pendingPlayers` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `simul_chat` (
  `_id` char(24) NOT NULL,
  `type` varchar(32) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `room` varchar(32) DEFAULT NULL,
  `time` int DEFAULT NULL,
  `sid` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Teams --

CREATE TABLE `team` (
  `_id` varchar(64) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `intro` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `requestRequired` tinyint(1) DEFAULT NULL,
  `forumAccess` varchar(16) DEFAULT NULL,
  `memberCount` int DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `entryCodeHash` varchar(128) DEFAULT NULL,
  `closedAt` datetime(3) DEFAULT NULL,
  `closedBy` varchar(255) DEFAULT NULL,
  `reopenedAt` datetime(3) DEFAULT NULL,
  `reopenedBy` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_member` (
  `_id` varchar(255) NOT NULL,
  `team` varchar(64) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `joinedAt` datetime(3) DEFAULT NULL,
  `permissions` longtext DEFAULT NULL,
  `updatesSeenAt` datetime(3) DEFAULT NULL,
  `updatesUnsubscribed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_request` (
  `_id` varchar(255) NOT NULL,
  `team` varchar(64) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `declined` tinyint(1) DEFAULT NULL,
  `processedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_update` (
  `_id` varchar(16) NOT NULL,
  `team` varchar(64) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `sender` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Forum, blogs and private messages --

CREATE TABLE `forum_categ` (
  `_id` varchar(64) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `desc` text DEFAULT NULL,
  `teamId` varchar(64) DEFAULT NULL,
  `order` int DEFAULT NULL,
  `nbTopics` int DEFAULT NULL,
  `nbPosts` int DEFAULT NULL,
  `teamForumSeeded` tinyint(1) DEFAULT NULL,
  `lastPostId` varchar(16) DEFAULT NULL,
  `lastPostAt` datetime(3) DEFAULT NULL,
  `lastPostUser` varchar(255) DEFAULT NULL,
  `lastTopicSlug` varchar(255) DEFAULT NULL,
  `lastTopicName` varchar(255) DEFAULT NULL,
  `lastTopicPage` int DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_topic` (
  `_id` varchar(16) NOT NULL,
  `categId` varchar(64) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `nbPosts` int DEFAULT NULL,
  `lastPostId` varchar(16) DEFAULT NULL,
  `lastPostAt` datetime(3) DEFAULT NULL,
  `lastPostUser` varchar(255) DEFAULT NULL,
  `closed` tinyint(1) DEFAULT NULL,
  `sticky` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `forum_topic_categ_slug` (`categId`, `slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_post` (
  `_id` varchar(16) NOT NULL,
  `topicId` varchar(16) DEFAULT NULL,
  `categId` varchar(64) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `editCount` int DEFAULT NULL,
  `reactions` longtext DEFAULT NULL,
  `erasedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ublog_post` (
  `_id` varchar(16) NOT NULL,
  `author` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `intro` text DEFAULT NULL,
  `markdown` longtext DEFAULT NULL,
  `topics` longtext DEFAULT NULL,
  `language` varchar(16) DEFAULT NULL,
  `image` varchar(512) DEFAULT NULL,
  `imageAlt` varchar(255) DEFAULT NULL,
  `imageCredit` varchar(255) DEFAULT NULL,
  `live` tinyint(1) DEFAULT NULL,
  `discuss` tinyint(1) DEFAULT NULL,
  `sticky` tinyint(1) DEFAULT NULL,
  `views` int DEFAULT NULL,
  `viewers` longtext DEFAULT NULL,
  `likes` longtext DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `publishedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_thread` (
  `_id` varchar(255) NOT NULL,
  `users` longtext DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `lastMsg.user` varchar(255) DEFAULT NULL,
  `lastMsg.text` text DEFAULT NULL,
  `lastMsg.createdAt` datetime(3) DEFAULT NULL,
  `readBy` longtext DEFAULT NULL,
  `deletedBy` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_msg` (
  `_id` varchar(16) NOT NULL,
  `tid` varchar(255) DEFAULT NULL,
  `from` varchar(255) DEFAULT NULL,
  `to` varchar(255) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Moderation --

CREATE TABLE `user_report` (
  `_id` varchar(16) NOT NULL,
  `status` varchar(16) DEFAULT NULL,
  `source` varchar(32) DEFAULT NULL,
  `reason` varchar(32) DEFAULT NULL,
  `details` text DEFAULT NULL,
  `reporter` varchar(255) DEFAULT NULL,
  `suspect` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  `inquiryBy` varchar(255) DEFAULT NULL,
  `gameId` varchar(16) DEFAULT NULL,
  `thread` varchar(255) DEFAULT NULL,
  `msgs` longtext DEFAULT NULL,
  `url` varchar(500) DEFAULT NULL,
  `processedBy` varchar(255) DEFAULT NULL,
  `processedAt` datetime(3) DEFAULT NULL,
  `moderationAction` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cheat_report` (
  `_id` char(24) NOT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `kind` varchar(32) DEFAULT NULL,
  `action` varchar(32) DEFAULT NULL,
  `gameId` varchar(16) DEFAULT NULL,
  `suspect` varchar(255) DEFAULT NULL,
  `opponent` varchar(255) DEFAULT NULL,
  `variant` varchar(64) DEFAULT NULL,
  `chess960` tinyint(1) DEFAULT NULL,
  `rated` tinyint(1) DEFAULT NULL,
  `tournamentId` varchar(16) DEFAULT NULL,
  `simulId` varchar(16) DEFAULT NULL,
  `ply` int DEFAULT NULL,
  `minReportPly` int DEFAULT NULL,
  `reportedVariant` varchar(64) DEFAULT NULL,
  `reportedChess960` tinyint(1) DEFAULT NULL,
  `reportedFen` text DEFAULT NULL,
  `liveFen` text DEFAULT NULL,
  `boardFen` text DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mod_log` (
  `_id` varchar(16) NOT NULL,
  `mod` varchar(255) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `team` varchar(64) DEFAULT NULL,
  `action` varchar(64) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `details` text DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Puzzles, analysis workers and configuration --

CREATE TABLE `puzzle` (
  `_id` varchar(16) NOT NULL,
  `v` varchar(64) DEFAULT NULL,
  `f` text DEFAULT NULL,
  `t` varchar(64) DEFAULT NULL,
  `m` text DEFAULT NULL,
  `e` varchar(32) DEFAULT NULL,
  `b` varchar(255) DEFAULT NULL,
  `s` varchar(255) DEFAULT NULL,
  `r` tinyint(1) DEFAULT NULL,
  `p` int DEFAULT NULL,
  `u` int DEFAULT NULL,
  `d` int DEFAULT NULL,
  `c` tinyint(1) DEFAULT NULL,
  `g` varchar(16) DEFAULT NULL,
  `perf` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dailypuzzle` (
  `_id` varchar(64) NOT NULL,
  `puzzleId` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fishnet` (
  `_id` varchar(64) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

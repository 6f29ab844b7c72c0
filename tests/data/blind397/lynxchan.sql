-- LynxChan 2.8 (src/be/package.json 2.8.3; Stephen Lynx / Sérgio Augusto Vianna), imageboard engine (Node.js, MongoDB).
-- Source: the LynxChan repository (gitgud.io/LynxChan/LynxChan), read from its GitHub mirror github.com/skyssolutions/lynxchan
--   (upstream's history merged into a Docker packaging), upstream commit 13091e17001f3a1a9377ab72251f4b0ebe1764bd (2022-07-30, the last
--   upstream commit of the mirror; MIT, license.txt): doc/Model.txt (last changed in fa0cb665e20aac9f7723043af974dc8eeaba134d),
--   upstream's own description of every MongoDB collection and its fields.
-- Conversion (MongoDB has no SQL schema; as in the Trudesk and WeKan exams): one table per collection, named after it, `_id`
--   (MongoDB ObjectId, CHAR(24), primary key) first where Model.txt does not list it, then one column per documented field in
--   Model.txt's order with its name. Types: String VARCHAR(n) where Model.txt gives a length ("32 characters"), TEXT for
--   messages, markdown, descriptions, reasons and appeals, LONGTEXT for the HTML caches, VARCHAR(255) otherwise (VARCHAR(16) /
--   VARCHAR(32) / CHAR(24) for logins, board URIs and ids that refer to them); Number INT (BIGINT for thread and post
--   numbers; `boardStats.posts` and `boards.lastPostId` carry no type in Model.txt and are numbers); Boolean TINYINT(1);
--   Date DATETIME(3); arrays of plain values (IPs as byte arrays, logins, settings strings, mimes, tags, ids) and
--   Object fields LONGTEXT holding the JSON value. Every field is nullable (no field is required in MongoDB) except `_id`.
--   Keys: `**` (unique key) -> UNIQUE KEY; the `***` fields of a collection -> one composite UNIQUE KEY; every `*`
--   (duplicated data, foreign key) field that refers to a unique key of another collection -> FOREIGN KEY (board URI ->
--   boards.boardUri, login -> users.login, bypassId -> blockBypasses._id, thread -> threads._id); `*` references to a
--   thread or post (board URI + number, no single key) are written without a constraint.
--   The arrays of sub-documents are child tables `<collection>_<field>` (`threads_files`, `posts_files`,
--   `boards_filters`) whose first column (`thread`, `post`, `board`, the only names not upstream's) holds the parent's
--   `_id`; their columns are the sub-fields Model.txt lists, in its order.
--   Tables are written in dependency order (users, blockBypasses, boards and threads first), then Model.txt's order.
-- Left out: GridFS (`fs.files`, `fs.chunks`: the uploaded files' bytes and metadata, not described in Model.txt).
-- All 27 documented collections are kept (30 tables with the three child tables).


-- users: stores users.
CREATE TABLE `users` (
  `_id` char(24) NOT NULL,
  `reportFilter` longtext,
  `login` varchar(16),
  `confirmed` tinyint(1),
  `email` varchar(64),
  `passwordSalt` varchar(255),
  `passwordMethod` varchar(255),
  `lastSeen` datetime(3),
  `password` varchar(255),
  `ownedBoards` longtext,
  `hash` varchar(255),
  `oldHash` varchar(255),
  `volunteeredBoards` longtext,
  `renewExpiration` datetime(3),
  `logoutExpiration` datetime(3),
  `globalRole` int,
  `settings` longtext,
  `inactive` tinyint(1),
  `remember` tinyint(1),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `login` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- blockBypasses: stores data about bypassing tokens.
CREATE TABLE `blockBypasses` (
  `_id` char(24) NOT NULL,
  `creation` datetime(3),
  `unused` tinyint(1),
  `hourlyLimitEnd` datetime(3),
  `hourlyLimitCount` int,
  `usesLeft` int,
  `expiration` datetime(3),
  `validationCode` int,
  `session` varchar(255),
  `validated` tinyint(1),
  `validationHash` varchar(255),
  `nextUsage` datetime(3),
  `nextThreadUsage` datetime(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- boards: stores boards.
CREATE TABLE `boards` (
  `_id` char(24) NOT NULL,
  `owner` varchar(16),
  `preferredLanguage` varchar(255),
  `uniqueIps` int,
  `boardUri` varchar(32),
  `usesCustomJs` tinyint(1),
  `boardName` varchar(32),
  `boardDescription` text,
  `lastPostId` bigint,
  `autoCaptchaThreshold` int,
  `autoFullCaptchaThreshold` int,
  `autoFullCaptchaCount` int,
  `autoCaptchaCount` int,
  `autoFullCaptchaStartTime` datetime(3),
  `autoCaptchaStartTime` datetime(3),
  `hourlyThreadLimit` int,
  `lockedUntil` datetime(3),
  `threadLockCount` int,
  `lockCountStart` datetime(3),
  `threadCount` int,
  `volunteers` longtext,
  `settings` longtext,
  `anonymousName` varchar(32),
  `maxBumpAgeDays` int,
  `postsPerHour` int,
  `usesCustomCss` tinyint(1),
  `rules` longtext,
  `boardMessage` text,
  `boardMarkdown` text,
  `autoSageLimit` int,
  `maxThreadCount` int,
  `maxFileSizeMB` int,
  `acceptedMimes` longtext,
  `maxFiles` int,
  `ipSalt` varchar(255),
  `usesCustomSpoiler` tinyint(1),
  `tags` longtext,
  `captchaMode` int,
  `locationFlagMode` int,
  `specialSettings` longtext,
  `inactive` tinyint(1),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `boardUri` (`boardUri`),
  CONSTRAINT `fk_boards_owner` FOREIGN KEY (`owner`) REFERENCES `users` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- boards_filters: embedded array `filters` of `boards`: array of filters of the board. Each object contains the following fields:
CREATE TABLE `boards_filters` (
  `board` char(24) NOT NULL,
  `originalTerm` varchar(32),
  `replacementTerm` varchar(32),
  `caseInsensitive` tinyint(1),
  KEY `board` (`board`),
  CONSTRAINT `fk_boards_filters_board` FOREIGN KEY (`board`) REFERENCES `boards` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- filters: stores global word filters.
CREATE TABLE `filters` (
  `_id` char(24) NOT NULL,
  `originalTerm` varchar(32),
  `replacementTerm` varchar(32),
  `caseInsensitive` tinyint(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- threads: stores board's threads.
CREATE TABLE `threads` (
  `_id` char(24) NOT NULL,
  `trash` tinyint(1),
  `archived` tinyint(1),
  `name` varchar(32),
  `trashDate` datetime(3),
  `bypassId` char(24),
  `hash` varchar(255),
  `signedRole` varchar(255),
  `password` varchar(8),
  `ip` longtext,
  `flag` varchar(255),
  `asn` int,
  `banMessage` text,
  `salt` varchar(255),
  `id` varchar(255),
  `flagName` varchar(255),
  `flagCode` varchar(255),
  `email` varchar(64),
  `subject` varchar(128),
  `message` text,
  `markdown` text,
  `creation` datetime(3),
  `boardUri` varchar(32),
  `threadId` bigint,
  `locked` tinyint(1),
  `cyclic` tinyint(1),
  `pinned` tinyint(1),
  `lastBump` datetime(3),
  `autoSage` tinyint(1),
  `postCount` int,
  `latestPosts` longtext,
  `page` int,
  `fileCount` int,
  `lastEditTime` datetime(3),
  `lastEditLogin` varchar(255),
  `innerCache` longtext,
  `outerCache` longtext,
  `outerHashedCache` longtext,
  `outerClearCache` longtext,
  `previewCache` longtext,
  `previewHashedCache` longtext,
  `clearCache` longtext,
  `hashedCache` longtext,
  `alternativeCaches` longtext,
  `sfw` tinyint(1),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `boardUri_threadId` (`boardUri`, `threadId`),
  CONSTRAINT `fk_threads_bypassId` FOREIGN KEY (`bypassId`) REFERENCES `blockBypasses` (`_id`),
  CONSTRAINT `fk_threads_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- threads_files: embedded array `files` of `threads`: pre-aggregated array of files uploaded with the thread. Each object contains the following fields:
CREATE TABLE `threads_files` (
  `thread` char(24) NOT NULL,
  `originalName` varchar(255),
  `path` varchar(255),
  `thumb` varchar(255),
  `size` int,
  `sha256` varchar(255),
  `mime` varchar(255),
  `width` int,
  `height` int,
  KEY `thread` (`thread`),
  CONSTRAINT `fk_threads_files_thread` FOREIGN KEY (`thread`) REFERENCES `threads` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- posts: stores posts.
CREATE TABLE `posts` (
  `_id` char(24) NOT NULL,
  `trash` tinyint(1),
  `name` varchar(32),
  `hash` varchar(255),
  `trashDate` datetime(3),
  `asn` int,
  `signedRole` varchar(255),
  `password` varchar(8),
  `email` varchar(64),
  `id` varchar(255),
  `flag` varchar(255),
  `bypassId` char(24),
  `flagName` varchar(255),
  `flagCode` varchar(255),
  `subject` varchar(128),
  `ip` longtext,
  `message` text,
  `markdown` text,
  `banMessage` text,
  `creation` datetime(3),
  `boardUri` varchar(32),
  `threadId` bigint,
  `postId` bigint,
  `lastEditTime` datetime(3),
  `lastEditLogin` varchar(255),
  `innerCache` longtext,
  `outerCache` longtext,
  `outerHashedCache` longtext,
  `outerClearCache` longtext,
  `previewCache` longtext,
  `clearCache` longtext,
  `hashedCache` longtext,
  `alternativeCaches` longtext,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `boardUri_postId` (`boardUri`, `postId`),
  CONSTRAINT `fk_posts_bypassId` FOREIGN KEY (`bypassId`) REFERENCES `blockBypasses` (`_id`),
  CONSTRAINT `fk_posts_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- posts_files: embedded array `files` of `posts`: pre-aggregated array of files uploaded with the post. Each object contains the following fields:
CREATE TABLE `posts_files` (
  `post` char(24) NOT NULL,
  `originalName` varchar(255),
  `path` varchar(255),
  `sha256` varchar(255),
  `thumb` varchar(255),
  `size` int,
  `mime` varchar(255),
  `width` int,
  `height` int,
  KEY `post` (`post`),
  CONSTRAINT `fk_posts_files_post` FOREIGN KEY (`post`) REFERENCES `posts` (`_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- recoveryRequests: stores active account recovery requests.
CREATE TABLE `recoveryRequests` (
  `_id` char(24) NOT NULL,
  `login` varchar(16),
  `recoveryToken` varchar(255),
  `expiration` datetime(3),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_recoveryRequests_login` FOREIGN KEY (`login`) REFERENCES `users` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- reports: stores reports of threads and posts.
CREATE TABLE `reports` (
  `_id` char(24) NOT NULL,
  `asn` int,
  `boardUri` varchar(32),
  `global` tinyint(1),
  `threadId` bigint,
  `postId` bigint,
  `closedBy` varchar(16),
  `reason` text,
  `creation` datetime(3),
  `category` varchar(255),
  `closing` datetime(3),
  `reporterId` varchar(255),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_reports_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`),
  CONSTRAINT `fk_reports_closedBy` FOREIGN KEY (`closedBy`) REFERENCES `users` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- bans: stores bans.
CREATE TABLE `bans` (
  `_id` char(24) NOT NULL,
  `bypassId` char(24),
  `nonBypassable` tinyint(1),
  `appliedBy` varchar(16),
  `expiration` datetime(3),
  `range` longtext,
  `reason` text,
  `ip` longtext,
  `boardUri` varchar(32),
  `appeal` text,
  `denied` tinyint(1),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_bans_bypassId` FOREIGN KEY (`bypassId`) REFERENCES `blockBypasses` (`_id`),
  CONSTRAINT `fk_bans_appliedBy` FOREIGN KEY (`appliedBy`) REFERENCES `users` (`login`),
  CONSTRAINT `fk_bans_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- captchas: stores captchas.
CREATE TABLE `captchas` (
  `_id` char(24) NOT NULL,
  `answer` varchar(255),
  `expiration` datetime(3),
  `session` varchar(255),
  `pool` tinyint(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- witnessedReleases: stores data about the releases the application went through and enables it to use this information to update the database structure in updates.
CREATE TABLE `witnessedReleases` (
  `_id` char(24) NOT NULL,
  `version` int,
  `active` tinyint(1),
  `deploy` datetime(3),
  `upgraded` tinyint(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- secureTripcodes: stores the secure tripcodes data.
CREATE TABLE `secureTripcodes` (
  `_id` char(24) NOT NULL,
  `password` varchar(255),
  `tripcode` varchar(255),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tripcode` (`tripcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- staffLogs: stores log activity from staff.
CREATE TABLE `staffLogs` (
  `_id` char(24) NOT NULL,
  `user` varchar(16),
  `type` varchar(255),
  `time` datetime(3),
  `boardUri` varchar(32),
  `description` text,
  `global` tinyint(1),
  `cache` longtext,
  `alternativeCaches` longtext,
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_staffLogs_user` FOREIGN KEY (`user`) REFERENCES `users` (`login`),
  CONSTRAINT `fk_staffLogs_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- boardStats: stores hourly posting stats for boards.
CREATE TABLE `boardStats` (
  `_id` char(24) NOT NULL,
  `startingTime` datetime(3),
  `boardUri` varchar(32),
  `posts` int,
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_boardStats_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- hashBans: stores bans on files.
CREATE TABLE `hashBans` (
  `_id` char(24) NOT NULL,
  `boardUri` varchar(32),
  `sha256` varchar(64),
  `reason` text,
  `user` varchar(16),
  `date` datetime(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `boardUri_sha256` (`boardUri`, `sha256`),
  CONSTRAINT `fk_hashBans_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`),
  CONSTRAINT `fk_hashBans_user` FOREIGN KEY (`user`) REFERENCES `users` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- flags: stores board flags.
CREATE TABLE `flags` (
  `_id` char(24) NOT NULL,
  `boardUri` varchar(32),
  `name` varchar(16),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `boardUri_name` (`boardUri`, `name`),
  CONSTRAINT `fk_flags_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- latestPosts: stores metadata from global latest posts.
CREATE TABLE `latestPosts` (
  `_id` char(24) NOT NULL,
  `boardUri` varchar(32),
  `threadId` bigint,
  `postId` bigint,
  `previewText` text,
  `creation` datetime(3),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_latestPosts_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- overboardThreads: stores aggregated data of threads on the overboard.
CREATE TABLE `overboardThreads` (
  `_id` char(24) NOT NULL,
  `thread` char(24),
  `sfw` tinyint(1),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_overboardThreads_thread` FOREIGN KEY (`thread`) REFERENCES `threads` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- aggregatedLogs: stores pre-aggregated log data by day.
CREATE TABLE `aggregatedLogs` (
  `_id` char(24) NOT NULL,
  `logs` longtext,
  `date` datetime(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- latestImages: stores data from latest images posted on the site.
CREATE TABLE `latestImages` (
  `_id` char(24) NOT NULL,
  `thumb` varchar(255),
  `creation` datetime(3),
  `boardUri` varchar(32),
  `threadId` bigint,
  `postId` bigint,
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_latestImages_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- uniqueIpAggregation: stores daily unique ip's hashes on boards.
CREATE TABLE `uniqueIpAggregation` (
  `_id` char(24) NOT NULL,
  `boardUri` varchar(32),
  `ips` longtext,
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_uniqueIpAggregation_boardUri` FOREIGN KEY (`boardUri`) REFERENCES `boards` (`boardUri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- uploadReferences: stores reference count to uploaded files.
CREATE TABLE `uploadReferences` (
  `_id` char(24) NOT NULL,
  `references` int,
  `sha256` varchar(255),
  `width` int,
  `height` int,
  `size` int,
  `hasThumb` tinyint(1),
  `extension` varchar(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- languages: stores alternative languages.
CREATE TABLE `languages` (
  `_id` char(24) NOT NULL,
  `frontEnd` varchar(255),
  `languagePack` varchar(255),
  `headerValues` longtext,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- confirmationRequests: stores active e-mail confirmation requests.
CREATE TABLE `confirmationRequests` (
  `_id` char(24) NOT NULL,
  `login` varchar(16),
  `confirmationToken` varchar(255),
  `expiration` datetime(3),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_confirmationRequests_login` FOREIGN KEY (`login`) REFERENCES `users` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- redirects: stores known redirects.
CREATE TABLE `redirects` (
  `_id` char(24) NOT NULL,
  `origin` varchar(255),
  `destination` varchar(255),
  `expiration` datetime(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- offenseRecords: stores actions taken against users.
CREATE TABLE `offenseRecords` (
  `_id` char(24) NOT NULL,
  `ip` longtext,
  `bypassId` char(24),
  `reason` text,
  `global` tinyint(1),
  `date` datetime(3),
  `expiration` datetime(3),
  `mod` varchar(255),
  `type` varchar(255),
  PRIMARY KEY (`_id`),
  CONSTRAINT `fk_offenseRecords_bypassId` FOREIGN KEY (`bypassId`) REFERENCES `blockBypasses` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- mimeThumbs: stores custom thumbs for mimes.
CREATE TABLE `mimeThumbs` (
  `_id` char(24) NOT NULL,
  `mime` varchar(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

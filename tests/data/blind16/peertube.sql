-- PeerTube (federated, ActivityPub video platform: local users and their accounts; actors (the ActivityPub
-- identities of accounts, channels and the instance itself) with avatars/banners; follows (subscriptions);
-- video channels and their collaborators; videos with files, HLS playlists, captions, tags, lives and live
-- sessions; comments; likes/dislikes; playlists; shares (announces); user notifications and notification
-- settings; abuse reports and their message threads; account and instance blocklists; OAuth clients and
-- tokens; known login devices; user video history; viewer statistics; user registrations (moderated sign-up
-- requests); personal data export and import archives; video imports; blacklisted videos; plugins).
-- Upstream: github.com/Chocobozzz/PeerTube (AGPL-3.0). The tables are the Sequelize models of
-- server/core/models/**/*.ts (sequelize-typescript; upstream runs on PostgreSQL). The stored copy of the
-- repository was read file by file (the snapshot was too large to fetch whole), so files come from these commits:
--   user/user.ts 460747ed (same columns at 0165786f), user/user-login-device.ts 803e56ee,
--   user/user-notification.ts e62834b5, user/user-notification-setting.ts 1bfb791e,
--   user/user-registration.ts cbd5dbe3, user/user-video-history.ts b4ede7cf, user/user-export.ts d7562e0b,
--   user/user-import.ts 9e2700b8, account/account.ts 0e4ff58d, account/account-video-rate.ts 98781f35,
--   account/account-blocklist.ts 9e2700b8, actor/actor.ts 05d84f65, actor/actor-follow.ts e002b6fc,
--   actor/actor-image.ts 26044794, oauth/oauth-client.ts 9e2700b8, oauth/oauth-token.ts b4ede7cf,
--   server/server.ts b4ede7cf, server/server-blocklist.ts 9e2700b8, server/plugin.ts 5dd0721b,
--   application/application.ts b4ede7cf, abuse/abuse.ts 33101bc5, abuse/abuse-message.ts 9e2700b8,
--   abuse/video-abuse.ts 9e2700b8, abuse/video-comment-abuse.ts b4ede7cf, video/video.ts 26044794,
--   video/video-channel.ts 41c70a6b, video/video-channel-collaborator.ts 381f8e3b, video/video-comment.ts e62834b5,
--   video/video-file.ts e62834b5, video/video-streaming-playlist.ts 7c9f07e1, video/video-caption.ts 82246a0c,
--   video/tag.ts e62834b5, video/video-tag.ts b4ede7cf, video/video-playlist.ts 327360c6,
--   video/video-playlist-element.ts b4ede7cf, video/video-share.ts b4ede7cf, video/video-live.ts b4ede7cf,
--   video/video-live-session.ts b4ede7cf, video/video-live-replay-setting.ts 9e2700b8,
--   video/video-import.ts 9e2700b8, video/video-blacklist.ts 9e2700b8, stat/local-video-viewer.ts 83ec6d65,
--   stat/local-video-viewer-watch-section.ts c9855027, view/video-view.ts 9e2700b8;
--   string limits and enum values from server/core/initializers/constants.ts (CONSTRAINTS_FIELDS,
--   NSFW_POLICY_TYPES, FOLLOW_STATES, VIDEO_RATE_TYPES, ACTIVITY_PUB_ACTOR_TYPES).
-- Written as MySQL DDL: table and column names camelCase exactly as upstream; every model's implicit integer `id`
-- primary key spelled out (`videoTag` is the BelongsToMany through-table of video and tag, keyed by its two
-- foreign keys); @CreatedAt / @UpdatedAt as `createdAt` / `updatedAt` (none on `application` and `tag`, no
-- `updatedAt` on `localVideoViewer`, its watch sections and `videoView`). Types: STRING -> varchar(255),
-- STRING(n) -> varchar(n) (the actor keys, STRING(5000), and the video description, STRING(10000), -> text to
-- stay within MySQL's row size), TEXT -> text, INTEGER/number -> int, BIGINT -> bigint, BOOLEAN -> boolean, DATE -> datetime,
-- UUID -> char(36), FLOAT -> double, ENUM -> enum(upstream values), ARRAY(...) and JSONB -> json (MySQL has no
-- arrays). NOT NULL and simple defaults as upstream; indexes left out; foreign keys as the models' @ForeignKey /
-- @BelongsTo between kept tables (`videoImport.videoChannelSyncId` points at the left-out videoChannelSync).
-- Column COMMENTs are upstream's code comments on those attributes.
-- Left out to stay within the exam's size: automatic tags and watched words, video sources, thumbnails,
-- storyboards, chapters, passwords, job info, scheduled updates, redundancy, trackers, change ownership, channel
-- syncs and activities, runners and runner jobs, custom pages, reserved actors, upload images, embed privacy
-- domains, player settings, video downloads, blocklist logs/subscriptions and the older duplicates of moved files.
-- Glossary (from the models and their use): an `actor` row is the ActivityPub identity of either an account
-- (type Person), a video channel (Group) or the instance's own account (Application); remote actors have a
-- `serverId` (their instance), local ones none. `account` is a local or remote person (local ones have a
-- `userId`), `user` the local login. `actorFollow` is a follow of one actor by another (a user subscribing to a
-- channel, or an instance following another). `videoChannel` belongs to an account. `userNotification` rows
-- are the notifications shown to (and e-mailed to) a user, each pointing at the object it is about.
-- `userNotificationSetting` values are bit flags (none / web / e-mail). `localVideoViewer` aggregates the viewers
-- of local videos to display statistics to video owners: a viewer is a user that watched one or multiple sections
-- of a specific video inside a time window (upstream's comment); `videoView` aggregates views of all videos
-- federated with the instance, mainly for the trending/hot algorithms (upstream's comment).
-- `userLoginDevice` stores the devices (IP + user agent) already seen for a particular user, to detect a login
-- from a new device; only a keyed hash of this information is stored (upstream's comment). `userRegistration`
-- holds sign-up requests waiting for moderator approval. `userExport` / `userImport` are the user's own archive
-- exports and imports. `abuse` is a report (of a video, a comment or an account) with `abuseMessage` the
-- conversation between reporter and moderators.

CREATE TABLE `server` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `host` varchar(255) NOT NULL,
  `redundancyAllowed` boolean NOT NULL DEFAULT false,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL
);

CREATE TABLE `application` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `migrationVersion` int NOT NULL DEFAULT 0,
  `latestPeerTubeVersion` varchar(255),
  `nodeVersion` varchar(255) NOT NULL,
  `nodeABIVersion` int NOT NULL
);

CREATE TABLE `actor` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` enum('Group','Person','Application','Organization','Service') NOT NULL,
  `preferredUsername` varchar(255) NOT NULL,
  `url` varchar(2000) NOT NULL,
  `publicKey` text,
  `privateKey` text,
  `followersCount` int NOT NULL,
  `followingCount` int NOT NULL,
  `inboxUrl` varchar(2000) NOT NULL,
  `outboxUrl` varchar(2000),
  `sharedInboxUrl` varchar(2000),
  `followersUrl` varchar(2000),
  `followingUrl` varchar(2000),
  `remoteCreatedAt` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `serverId` int,
  FOREIGN KEY (`serverId`) REFERENCES `server` (`id`) ON DELETE CASCADE
);

CREATE TABLE `actorImage` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `filename` varchar(255) NOT NULL,
  `height` int DEFAULT NULL,
  `width` int DEFAULT NULL,
  `fileUrl` varchar(255),
  `onDisk` boolean NOT NULL,
  `type` int NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `actorId` int NOT NULL,
  FOREIGN KEY (`actorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `password` varchar(255),
  `username` varchar(255) NOT NULL,
  `email` varchar(400) NOT NULL,
  `pendingEmail` varchar(400),
  `emailVerified` boolean DEFAULT NULL,
  `nsfwPolicy` enum('do_not_list','blur','display') NOT NULL,
  `p2pEnabled` boolean NOT NULL,
  `videosHistoryEnabled` boolean NOT NULL DEFAULT true,
  `autoPlayVideo` boolean NOT NULL DEFAULT true,
  `autoPlayNextVideo` boolean NOT NULL DEFAULT false,
  `autoPlayNextVideoPlaylist` boolean NOT NULL DEFAULT true,
  `videoLanguages` json DEFAULT NULL,
  `adminFlags` int NOT NULL DEFAULT 0,
  `blocked` boolean NOT NULL DEFAULT false,
  `blockedReason` varchar(255) DEFAULT NULL,
  `role` int NOT NULL,
  `videoQuota` bigint NOT NULL,
  `videoQuotaDaily` bigint NOT NULL,
  `theme` varchar(255) NOT NULL,
  `noInstanceConfigWarningModal` boolean NOT NULL DEFAULT false,
  `noWelcomeModal` boolean NOT NULL DEFAULT false,
  `noAccountSetupWarningModal` boolean NOT NULL DEFAULT false,
  `pluginAuth` varchar(255) DEFAULT NULL,
  `feedToken` char(36) NOT NULL,
  `lastLoginDate` datetime DEFAULT NULL,
  `emailPublic` boolean NOT NULL DEFAULT false,
  `otpSecret` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL
);

CREATE TABLE `account` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `actorId` int NOT NULL,
  `userId` int,
  `applicationId` int,
  FOREIGN KEY (`actorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`applicationId`) REFERENCES `application` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oAuthClient` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `clientId` varchar(255) NOT NULL,
  `clientSecret` varchar(255) NOT NULL,
  `grants` json,
  `redirectUris` json,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL
);

CREATE TABLE `oAuthToken` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `accessToken` varchar(255) NOT NULL,
  `accessTokenExpiresAt` datetime NOT NULL,
  `refreshToken` varchar(255) NOT NULL,
  `refreshTokenExpiresAt` datetime NOT NULL,
  `authName` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `userId` int NOT NULL,
  `oAuthClientId` int NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`oAuthClientId`) REFERENCES `oAuthClient` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userLoginDevice` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `fingerprint` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `userId` int NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userNotificationSetting` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `newVideoFromSubscription` int NOT NULL,
  `newCommentOnMyVideo` int NOT NULL,
  `abuseAsModerator` int NOT NULL,
  `videoAutoBlacklistAsModerator` int NOT NULL,
  `blacklistOnMyVideo` int NOT NULL,
  `myVideoPublished` int NOT NULL,
  `myVideoImportFinished` int NOT NULL,
  `newUserRegistration` int NOT NULL,
  `newInstanceFollower` int NOT NULL,
  `autoInstanceFollowing` int NOT NULL,
  `newFollow` int NOT NULL,
  `commentMention` int NOT NULL,
  `abuseStateChange` int NOT NULL,
  `abuseNewMessage` int NOT NULL,
  `newPeerTubeVersion` int NOT NULL,
  `newPluginVersion` int NOT NULL,
  `myVideoStudioEditionFinished` int NOT NULL,
  `myVideoTranscriptionGenerated` int NOT NULL,
  `userId` int NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userRegistration` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `state` int NOT NULL,
  `registrationReason` text NOT NULL,
  `moderationResponse` text,
  `password` varchar(255),
  `username` varchar(255) NOT NULL,
  `email` varchar(400) NOT NULL,
  `emailVerified` boolean,
  `accountDisplayName` varchar(255),
  `channelHandle` varchar(255),
  `channelDisplayName` varchar(255),
  `processedAt` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `userId` int,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE SET NULL
);

CREATE TABLE `userExport` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `filename` varchar(255),
  `withVideoFiles` boolean NOT NULL,
  `state` int NOT NULL,
  `error` text,
  `size` bigint,
  `storage` int NOT NULL,
  `fileUrl` varchar(255),
  `userId` int NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userImport` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `filename` varchar(255),
  `state` int NOT NULL,
  `error` text,
  `resultSummary` json,
  `userId` int NOT NULL,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `actorFollow` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `state` enum('pending','accepted','rejected') NOT NULL,
  `score` int NOT NULL,
  `url` varchar(2000) COMMENT 'Allow null because we added this column in PeerTube v3, and don''t want to generate fake URLs of remote follows',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `actorId` int NOT NULL,
  `targetActorId` int NOT NULL,
  FOREIGN KEY (`actorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`targetActorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoChannel` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) DEFAULT NULL,
  `support` varchar(1000) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `actorId` int NOT NULL,
  `accountId` int NOT NULL,
  FOREIGN KEY (`actorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`)
);

CREATE TABLE `videoChannelCollaborator` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `state` int NOT NULL,
  `accountId` int NOT NULL,
  `channelId` int NOT NULL,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`channelId`) REFERENCES `videoChannel` (`id`) ON DELETE CASCADE
);

CREATE TABLE `video` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `category` int DEFAULT NULL,
  `licence` int DEFAULT NULL,
  `language` varchar(10) DEFAULT NULL,
  `privacy` int NOT NULL,
  `nsfw` boolean NOT NULL,
  `description` text DEFAULT NULL,
  `support` varchar(1000) DEFAULT NULL,
  `duration` int NOT NULL,
  `views` int NOT NULL DEFAULT 0,
  `likes` int NOT NULL DEFAULT 0,
  `dislikes` int NOT NULL DEFAULT 0,
  `remote` boolean NOT NULL,
  `isLive` boolean NOT NULL DEFAULT false,
  `url` varchar(2000) NOT NULL,
  `commentsPolicy` int NOT NULL,
  `downloadEnabled` boolean NOT NULL,
  `waitTranscoding` boolean NOT NULL,
  `state` int NOT NULL,
  `aspectRatio` double,
  `inputFileUpdatedAt` datetime COMMENT 'We already have the information in videoSource table for local videos, but we prefer to normalize it for performance. And also to store the info from remote instances',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `publishedAt` datetime NOT NULL,
  `originallyPublishedAt` datetime DEFAULT NULL,
  `channelId` int,
  FOREIGN KEY (`channelId`) REFERENCES `videoChannel` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tag` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

CREATE TABLE `videoTag` (
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `videoId` int NOT NULL,
  `tagId` int NOT NULL,
  PRIMARY KEY (`videoId`, `tagId`),
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tagId`) REFERENCES `tag` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoStreamingPlaylist` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `type` int NOT NULL,
  `playlistFilename` varchar(255) NOT NULL,
  `playlistUrl` varchar(2000),
  `p2pMediaLoaderInfohashes` json NOT NULL,
  `p2pMediaLoaderPeerVersion` int NOT NULL,
  `segmentsSha256Filename` varchar(255),
  `segmentsSha256Url` varchar(255),
  `videoId` int NOT NULL,
  `storage` int NOT NULL DEFAULT 0,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoFile` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `resolution` int NOT NULL,
  `width` int,
  `height` int,
  `size` bigint NOT NULL,
  `extname` varchar(255) NOT NULL,
  `infoHash` varchar(255),
  `fps` int NOT NULL DEFAULT -1,
  `metadata` json,
  `metadataUrl` varchar(255),
  `fileUrl` varchar(255) COMMENT 'Could be null for remote files',
  `filename` varchar(255) COMMENT 'Could be null for live files',
  `torrentUrl` varchar(255) COMMENT 'Could be null for remote files',
  `torrentFilename` varchar(255) COMMENT 'Could be null for live files',
  `videoId` int,
  `storage` int NOT NULL DEFAULT 0,
  `videoStreamingPlaylistId` int,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoStreamingPlaylistId`) REFERENCES `videoStreamingPlaylist` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoCaption` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `language` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `fileUrl` varchar(2000),
  `automaticallyGenerated` boolean NOT NULL,
  `videoId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoLiveReplaySetting` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `privacy` int NOT NULL
);

CREATE TABLE `videoLive` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `streamKey` varchar(255),
  `saveReplay` boolean NOT NULL,
  `permanentLive` boolean NOT NULL,
  `latencyMode` int NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `videoId` int NOT NULL,
  `replaySettingId` int,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`replaySettingId`) REFERENCES `videoLiveReplaySetting` (`id`) ON DELETE SET NULL
);

CREATE TABLE `videoLiveSession` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime,
  `error` int,
  `saveReplay` boolean NOT NULL,
  `endingProcessed` boolean NOT NULL,
  `replayVideoId` int,
  `liveVideoId` int,
  `replaySettingId` int,
  FOREIGN KEY (`replayVideoId`) REFERENCES `video` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`liveVideoId`) REFERENCES `video` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`replaySettingId`) REFERENCES `videoLiveReplaySetting` (`id`) ON DELETE SET NULL
);

CREATE TABLE `videoBlacklist` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `reason` varchar(300),
  `unfederated` boolean NOT NULL,
  `type` int NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `videoId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoImport` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `targetUrl` varchar(2000) DEFAULT NULL,
  `magnetUri` varchar(2000) DEFAULT NULL,
  `torrentName` varchar(255) DEFAULT NULL,
  `state` int NOT NULL,
  `error` text DEFAULT NULL,
  `userId` int NOT NULL,
  `videoId` int,
  `videoChannelSyncId` int,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE SET NULL
);

CREATE TABLE `videoComment` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `deletedAt` datetime,
  `url` varchar(2000) NOT NULL,
  `text` text NOT NULL,
  `heldForReview` boolean NOT NULL,
  `replyApproval` varchar(255),
  `originCommentId` int,
  `inReplyToCommentId` int,
  `videoId` int NOT NULL,
  `accountId` int,
  FOREIGN KEY (`originCommentId`) REFERENCES `videoComment` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`inReplyToCommentId`) REFERENCES `videoComment` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoShare` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `url` varchar(2000) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `actorId` int NOT NULL,
  `videoId` int NOT NULL,
  FOREIGN KEY (`actorId`) REFERENCES `actor` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoPlaylist` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000),
  `privacy` int NOT NULL,
  `url` varchar(2000) NOT NULL,
  `uuid` char(36) NOT NULL,
  `type` int NOT NULL DEFAULT 1,
  `ownerAccountId` int NOT NULL,
  `videoChannelId` int,
  FOREIGN KEY (`ownerAccountId`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoChannelId`) REFERENCES `videoChannel` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoPlaylistElement` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `url` varchar(2000),
  `position` int NOT NULL DEFAULT 1,
  `startTimestamp` int,
  `stopTimestamp` int,
  `videoPlaylistId` int NOT NULL,
  `videoId` int,
  FOREIGN KEY (`videoPlaylistId`) REFERENCES `videoPlaylist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE SET NULL
);

CREATE TABLE `accountVideoRate` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` enum('like','dislike') NOT NULL,
  `url` varchar(2000) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `videoId` int NOT NULL,
  `accountId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE
);

CREATE TABLE `accountBlocklist` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `accountId` int NOT NULL,
  `targetAccountId` int NOT NULL,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`targetAccountId`) REFERENCES `account` (`id`) ON DELETE CASCADE
);

CREATE TABLE `serverBlocklist` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `accountId` int NOT NULL,
  `targetServerId` int NOT NULL,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`targetServerId`) REFERENCES `server` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userVideoHistory` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `currentTime` int NOT NULL,
  `videoId` int NOT NULL,
  `userId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `abuse` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `reason` varchar(3000) NOT NULL,
  `state` int NOT NULL,
  `moderationComment` varchar(3000) DEFAULT NULL,
  `predefinedReasons` json DEFAULT NULL,
  `processedAt` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `reporterAccountId` int,
  `flaggedAccountId` int,
  FOREIGN KEY (`reporterAccountId`) REFERENCES `account` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`flaggedAccountId`) REFERENCES `account` (`id`) ON DELETE SET NULL
);

CREATE TABLE `abuseMessage` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `message` text NOT NULL,
  `byModerator` boolean NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `accountId` int,
  `abuseId` int NOT NULL,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`abuseId`) REFERENCES `abuse` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoAbuse` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `startAt` int DEFAULT NULL,
  `endAt` int DEFAULT NULL,
  `deletedVideo` json DEFAULT NULL,
  `abuseId` int NOT NULL,
  `videoId` int,
  FOREIGN KEY (`abuseId`) REFERENCES `abuse` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE SET NULL
);

CREATE TABLE `commentAbuse` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `abuseId` int NOT NULL,
  `videoCommentId` int,
  FOREIGN KEY (`abuseId`) REFERENCES `abuse` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoCommentId`) REFERENCES `videoComment` (`id`) ON DELETE SET NULL
);

CREATE TABLE `plugin` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `type` int NOT NULL,
  `version` varchar(255) NOT NULL,
  `latestVersion` varchar(255),
  `enabled` boolean NOT NULL,
  `uninstalled` boolean NOT NULL,
  `peertubeEngine` varchar(255) NOT NULL,
  `description` varchar(255),
  `homepage` varchar(255) NOT NULL,
  `settings` json,
  `storage` json,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL
);

CREATE TABLE `userNotification` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` int NOT NULL,
  `read` boolean NOT NULL DEFAULT false,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `userId` int NOT NULL,
  `videoId` int,
  `commentId` int,
  `abuseId` int,
  `videoBlacklistId` int,
  `videoImportId` int,
  `accountId` int,
  `actorFollowId` int,
  `pluginId` int,
  `applicationId` int,
  `userRegistrationId` int,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`commentId`) REFERENCES `videoComment` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`abuseId`) REFERENCES `abuse` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoBlacklistId`) REFERENCES `videoBlacklist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`videoImportId`) REFERENCES `videoImport` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`accountId`) REFERENCES `account` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actorFollowId`) REFERENCES `actorFollow` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`pluginId`) REFERENCES `plugin` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`applicationId`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userRegistrationId`) REFERENCES `userRegistration` (`id`) ON DELETE CASCADE
);

CREATE TABLE `localVideoViewer` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `watchTime` int NOT NULL,
  `client` varchar(255),
  `device` varchar(255),
  `operatingSystem` varchar(255),
  `country` varchar(255),
  `subdivisionName` varchar(255),
  `uuid` char(36) NOT NULL,
  `url` varchar(255) NOT NULL,
  `videoId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `localVideoViewerWatchSection` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `watchStart` int NOT NULL,
  `watchEnd` int NOT NULL,
  `localVideoViewerId` int NOT NULL,
  FOREIGN KEY (`localVideoViewerId`) REFERENCES `localVideoViewer` (`id`) ON DELETE CASCADE
);

CREATE TABLE `videoView` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `createdAt` datetime NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `views` int NOT NULL,
  `videoId` int NOT NULL,
  FOREIGN KEY (`videoId`) REFERENCES `video` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user` (
  `id` VARCHAR(32) NOT NULL,
  `updatedAt` DATETIME NULL COMMENT 'The updated date of the User.',
  `lastFetchedAt` DATETIME NULL,
  `lastActiveDate` DATETIME NULL,
  `hideOnlineStatus` TINYINT(1) NOT NULL DEFAULT 0,
  `username` VARCHAR(128) NOT NULL COMMENT 'The username of the User.',
  `usernameLower` VARCHAR(128) NOT NULL COMMENT 'The username (lowercased) of the User.',
  `name` VARCHAR(128) NULL COMMENT 'The name of the User.',
  `followersCount` INT NOT NULL DEFAULT 0 COMMENT 'The count of followers.',
  `followingCount` INT NOT NULL DEFAULT 0 COMMENT 'The count of following.',
  `movedToUri` VARCHAR(512) NULL COMMENT 'The URI of the new account of the User',
  `movedAt` DATETIME NULL COMMENT 'When the user moved to another account',
  `alsoKnownAs` TEXT NULL COMMENT 'URIs the user is known as too',
  `notesCount` INT NOT NULL DEFAULT 0 COMMENT 'The count of notes.',
  `avatarId` VARCHAR(32) NULL COMMENT 'The ID of avatar DriveFile.',
  `bannerId` VARCHAR(32) NULL COMMENT 'The ID of banner DriveFile.',
  `avatarUrl` VARCHAR(512) NULL,
  `bannerUrl` VARCHAR(512) NULL,
  `avatarBlurhash` VARCHAR(128) NULL,
  `bannerBlurhash` VARCHAR(128) NULL,
  `avatarDecorations` JSON NOT NULL,
  `tags` TEXT NOT NULL,
  `score` INT NOT NULL DEFAULT 0,
  `isSuspended` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is suspended.',
  `isLocked` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is locked.',
  `isBot` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is a bot.',
  `isCat` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is a cat.',
  `isRoot` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is the root.',
  `isExplorable` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Whether the User is explorable.',
  `isHibernated` TINYINT(1) NOT NULL DEFAULT 0,
  `requireSigninToViewContents` TINYINT(1) NOT NULL DEFAULT 0,
  `makeNotesFollowersOnlyBefore` INT NULL,
  `makeNotesHiddenBefore` INT NULL,
  `isDeleted` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the User is deleted.',
  `emojis` TEXT NOT NULL,
  `host` VARCHAR(128) NULL COMMENT 'The host of the User. It will be null if the origin of the user is local.',
  `inbox` VARCHAR(512) NULL COMMENT 'The inbox URL of the User. It will be null if the origin of the user is local.',
  `sharedInbox` VARCHAR(512) NULL COMMENT 'The sharedInbox URL of the User. It will be null if the origin of the user is local.',
  `featured` VARCHAR(512) NULL COMMENT 'The featured URL of the User. It will be null if the origin of the user is local.',
  `uri` VARCHAR(512) NULL COMMENT 'The URI of the User. It will be null if the origin of the user is local.',
  `followersUri` VARCHAR(512) NULL COMMENT 'The URI of the user Follower Collection. It will be null if the origin of the user is local.',
  `token` CHAR(16) NULL COMMENT 'The native access token of the User. It will be null if the origin of the user is local.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_profile` (
  `userId` VARCHAR(32) NOT NULL,
  `location` VARCHAR(128) NULL COMMENT 'The location of the User.',
  `birthday` CHAR(10) NULL COMMENT 'The birthday (YYYY-MM-DD) of the User.',
  `description` TEXT NULL COMMENT 'The description (bio) of the User.',
  `followedMessage` VARCHAR(256) NULL,
  `fields` JSON NOT NULL,
  `verifiedLinks` TEXT NOT NULL,
  `lang` VARCHAR(32) NULL,
  `url` VARCHAR(512) NULL COMMENT 'Remote URL of the user.',
  `email` VARCHAR(128) NULL COMMENT 'The email address of the User.',
  `emailVerifyCode` VARCHAR(128) NULL,
  `emailVerified` TINYINT(1) NOT NULL DEFAULT 0,
  `emailNotificationTypes` JSON NOT NULL,
  `publicReactions` TINYINT(1) NOT NULL DEFAULT 1,
  `followingVisibility` ENUM('public','followers','private') NOT NULL DEFAULT 'public',
  `followersVisibility` ENUM('public','followers','private') NOT NULL DEFAULT 'public',
  `twoFactorTempSecret` VARCHAR(128) NULL,
  `twoFactorSecret` VARCHAR(128) NULL,
  `twoFactorBackupSecret` TEXT NULL,
  `twoFactorEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `securityKeysAvailable` TINYINT(1) NOT NULL DEFAULT 0,
  `usePasswordLessLogin` TINYINT(1) NOT NULL DEFAULT 0,
  `password` VARCHAR(128) NULL COMMENT 'The password hash of the User. It will be null if the origin of the user is local.',
  `moderationNote` TEXT NOT NULL,
  `clientData` JSON NOT NULL COMMENT 'The client-specific data of the User.',
  `room` JSON NOT NULL COMMENT 'The room data of the User.',
  `autoAcceptFollowed` TINYINT(1) NOT NULL DEFAULT 0,
  `noCrawle` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether reject index by crawler.',
  `preventAiLearning` TINYINT(1) NOT NULL DEFAULT 1,
  `alwaysMarkNsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `autoSensitive` TINYINT(1) NOT NULL DEFAULT 0,
  `carefulBot` TINYINT(1) NOT NULL DEFAULT 0,
  `injectFeaturedNote` TINYINT(1) NOT NULL DEFAULT 1,
  `receiveAnnouncementEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `pinnedPageId` VARCHAR(32) NULL,
  `enableWordMute` TINYINT(1) NOT NULL DEFAULT 0,
  `mutedWords` JSON NOT NULL,
  `hardMutedWords` JSON NOT NULL,
  `mutedInstances` JSON NOT NULL COMMENT 'List of instances muted by the user.',
  `notificationRecieveConfig` JSON NOT NULL,
  `loggedInDates` TEXT NOT NULL,
  `achievements` JSON NOT NULL,
  `userHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`userId`)
);

CREATE TABLE `user_keypair` (
  `userId` VARCHAR(32) NOT NULL,
  `publicKey` TEXT NOT NULL,
  `privateKey` TEXT NOT NULL,
  PRIMARY KEY (`userId`)
);

CREATE TABLE `user_publickey` (
  `userId` VARCHAR(32) NOT NULL,
  `keyId` VARCHAR(256) NOT NULL,
  `keyPem` TEXT NOT NULL,
  PRIMARY KEY (`userId`)
);

CREATE TABLE `user_security_key` (
  `id` VARCHAR(255) NOT NULL COMMENT 'Variable-length id given to navigator.credentials.get()',
  `userId` VARCHAR(32) NOT NULL,
  `name` VARCHAR(30) NOT NULL COMMENT 'User-defined name for this key',
  `publicKey` TEXT NOT NULL COMMENT 'The public key of the UserSecurityKey, hex-encoded.',
  `counter` BIGINT NOT NULL DEFAULT 0 COMMENT 'The number of times the UserSecurityKey was validated.',
  `lastUsed` DATETIME NOT NULL COMMENT 'Timestamp of the last time the UserSecurityKey was used.',
  `credentialDeviceType` VARCHAR(32) NULL COMMENT 'The type of Backup Eligibility in authenticator data',
  `credentialBackedUp` TINYINT(1) NULL COMMENT 'Whether or not the credential has been backed up',
  `transports` TEXT NULL COMMENT 'The type of the credential returned by the browser',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_ip` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `ip` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_pending` (
  `id` VARCHAR(32) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `username` VARCHAR(128) NOT NULL,
  `email` VARCHAR(128) NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_memo` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The ID of author.',
  `targetUserId` VARCHAR(32) NOT NULL COMMENT 'The ID of target user.',
  `memo` TEXT NOT NULL COMMENT 'Memo.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_list` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The owner ID.',
  `isPublic` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(128) NOT NULL COMMENT 'The name of the UserList.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_list_membership` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The user ID.',
  `userListId` VARCHAR(32) NOT NULL COMMENT 'The list ID.',
  `withReplies` TINYINT(1) NOT NULL DEFAULT 0,
  `userListUserId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_note_pining` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `noteId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `used_username` (
  `username` VARCHAR(128) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  PRIMARY KEY (`username`)
);

CREATE TABLE `signin` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `ip` VARCHAR(128) NOT NULL,
  `headers` JSON NOT NULL,
  `success` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_token` (
  `id` VARCHAR(32) NOT NULL,
  `lastUsedAt` DATETIME NULL,
  `token` VARCHAR(128) NOT NULL,
  `session` VARCHAR(128) NULL,
  `hash` VARCHAR(128) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `appId` VARCHAR(32) NULL,
  `name` VARCHAR(128) NULL,
  `description` VARCHAR(512) NULL,
  `iconUrl` VARCHAR(512) NULL,
  `permission` TEXT NOT NULL,
  `fetched` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `app` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NULL COMMENT 'The owner ID.',
  `secret` VARCHAR(64) NOT NULL COMMENT 'The secret key of the App.',
  `name` VARCHAR(128) NOT NULL COMMENT 'The name of the App.',
  `description` VARCHAR(512) NOT NULL COMMENT 'The description of the App.',
  `permission` TEXT NOT NULL COMMENT 'The permission of the App.',
  `callbackUrl` VARCHAR(512) NULL COMMENT 'The callbackUrl of the App.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_session` (
  `id` VARCHAR(32) NOT NULL,
  `token` VARCHAR(128) NOT NULL,
  `userId` VARCHAR(32) NULL,
  `appId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `password_reset_request` (
  `id` VARCHAR(32) NOT NULL,
  `token` VARCHAR(256) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registration_ticket` (
  `id` VARCHAR(32) NOT NULL,
  `code` VARCHAR(64) NOT NULL,
  `expiresAt` DATETIME NULL,
  `createdById` VARCHAR(32) NULL,
  `usedById` VARCHAR(32) NULL,
  `usedAt` DATETIME NULL,
  `pendingUserId` VARCHAR(32) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sw_subscription` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `endpoint` VARCHAR(512) NOT NULL,
  `auth` VARCHAR(256) NOT NULL,
  `publickey` VARCHAR(128) NOT NULL,
  `sendReadMessage` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `note` (
  `id` VARCHAR(32) NOT NULL,
  `replyId` VARCHAR(32) NULL COMMENT 'The ID of reply target.',
  `renoteId` VARCHAR(32) NULL COMMENT 'The ID of renote target.',
  `threadId` VARCHAR(256) NULL,
  `text` TEXT NULL,
  `name` VARCHAR(256) NULL,
  `cw` VARCHAR(512) NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The ID of author.',
  `localOnly` TINYINT(1) NOT NULL DEFAULT 0,
  `reactionAcceptance` VARCHAR(64) NULL,
  `renoteCount` SMALLINT NOT NULL DEFAULT 0,
  `repliesCount` SMALLINT NOT NULL DEFAULT 0,
  `clippedCount` SMALLINT NOT NULL DEFAULT 0,
  `reactions` JSON NOT NULL,
  `visibility` ENUM('public','home','followers','specified') NOT NULL,
  `uri` VARCHAR(512) NULL COMMENT 'The URI of a note. it will be null when the note is local.',
  `url` VARCHAR(512) NULL COMMENT 'The human readable url of a note. it will be null when the note is local.',
  `fileIds` TEXT NOT NULL,
  `attachedFileTypes` TEXT NOT NULL,
  `visibleUserIds` TEXT NOT NULL,
  `mentions` TEXT NOT NULL,
  `mentionedRemoteUsers` TEXT NOT NULL,
  `reactionAndUserPairCache` TEXT NOT NULL,
  `emojis` TEXT NOT NULL,
  `tags` TEXT NOT NULL,
  `hasPoll` TINYINT(1) NOT NULL DEFAULT 0,
  `channelId` VARCHAR(32) NULL COMMENT 'The ID of source channel.',
  `userHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `replyUserId` VARCHAR(32) NULL COMMENT '[Denormalized]',
  `replyUserHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `renoteUserId` VARCHAR(32) NULL COMMENT '[Denormalized]',
  `renoteUserHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `note_reaction` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `noteId` VARCHAR(32) NOT NULL,
  `reaction` VARCHAR(260) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `note_favorite` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `noteId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `poll` (
  `noteId` VARCHAR(32) NOT NULL,
  `expiresAt` DATETIME NULL,
  `multiple` TINYINT(1) NOT NULL,
  `choices` TEXT NOT NULL,
  `votes` TEXT NOT NULL,
  `noteVisibility` ENUM('public','home','followers','specified') NOT NULL COMMENT '[Denormalized]',
  `userId` VARCHAR(32) NOT NULL COMMENT '[Denormalized]',
  `userHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `channelId` VARCHAR(32) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`noteId`)
);

CREATE TABLE `poll_vote` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `noteId` VARCHAR(32) NOT NULL,
  `choice` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `following` (
  `id` VARCHAR(32) NOT NULL,
  `followeeId` VARCHAR(32) NOT NULL COMMENT 'The followee user ID.',
  `followerId` VARCHAR(32) NOT NULL COMMENT 'The follower user ID.',
  `isFollowerHibernated` TINYINT(1) NOT NULL DEFAULT 0,
  `withReplies` TINYINT(1) NOT NULL DEFAULT 0,
  `notify` VARCHAR(32) NULL,
  `followerHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `followerInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followerSharedInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followeeHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `followeeInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followeeSharedInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `follow_request` (
  `id` VARCHAR(32) NOT NULL,
  `followeeId` VARCHAR(32) NOT NULL COMMENT 'The followee user ID.',
  `followerId` VARCHAR(32) NOT NULL COMMENT 'The follower user ID.',
  `requestId` VARCHAR(128) NULL COMMENT 'id of Follow Activity.',
  `withReplies` TINYINT(1) NOT NULL DEFAULT 0,
  `followerHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `followerInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followerSharedInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followeeHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `followeeInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  `followeeSharedInbox` VARCHAR(512) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `blocking` (
  `id` VARCHAR(32) NOT NULL,
  `blockeeId` VARCHAR(32) NOT NULL COMMENT 'The blockee user ID.',
  `blockerId` VARCHAR(32) NOT NULL COMMENT 'The blocker user ID.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `muting` (
  `id` VARCHAR(32) NOT NULL,
  `expiresAt` DATETIME NULL,
  `muteeId` VARCHAR(32) NOT NULL COMMENT 'The mutee user ID.',
  `muterId` VARCHAR(32) NOT NULL COMMENT 'The muter user ID.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `drive_file` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NULL COMMENT 'The owner ID.',
  `userHost` VARCHAR(128) NULL COMMENT 'The host of owner. It will be null if the user in local.',
  `md5` VARCHAR(32) NOT NULL COMMENT 'The MD5 hash of the DriveFile.',
  `name` VARCHAR(256) NOT NULL COMMENT 'The file name of the DriveFile.',
  `type` VARCHAR(128) NOT NULL COMMENT 'The content type (MIME) of the DriveFile.',
  `size` INT NOT NULL COMMENT 'The file size (bytes) of the DriveFile.',
  `comment` VARCHAR(512) NULL COMMENT 'The comment of the DriveFile.',
  `blurhash` VARCHAR(128) NULL COMMENT 'The BlurHash string.',
  `properties` JSON NOT NULL COMMENT 'The any properties of the DriveFile. For example, it includes image width/height.',
  `storedInternal` TINYINT(1) NOT NULL,
  `url` TEXT NOT NULL COMMENT 'The URL of the DriveFile.',
  `thumbnailUrl` VARCHAR(512) NULL COMMENT 'The URL of the thumbnail of the DriveFile.',
  `webpublicUrl` VARCHAR(512) NULL COMMENT 'The URL of the webpublic of the DriveFile.',
  `webpublicType` VARCHAR(128) NULL,
  `accessKey` VARCHAR(256) NULL,
  `thumbnailAccessKey` VARCHAR(256) NULL,
  `webpublicAccessKey` VARCHAR(256) NULL,
  `uri` TEXT NULL COMMENT 'The URI of the DriveFile. it will be null when the DriveFile is local.',
  `src` TEXT NULL,
  `folderId` VARCHAR(32) NULL COMMENT 'The parent folder ID. If null, it means the DriveFile is located in root.',
  `isSensitive` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the DriveFile is NSFW.',
  `maybeSensitive` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the DriveFile is NSFW. (predict)',
  `maybePorn` TINYINT(1) NOT NULL DEFAULT 0,
  `isLink` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the DriveFile is direct link to remote server.',
  `requestHeaders` JSON NULL,
  `requestIp` VARCHAR(128) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drive_folder` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(128) NOT NULL COMMENT 'The name of the DriveFolder.',
  `userId` VARCHAR(32) NULL COMMENT 'The owner ID.',
  `parentId` VARCHAR(32) NULL COMMENT 'The parent folder ID. If null, it means the DriveFolder is located in root.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `abuse_user_report` (
  `id` VARCHAR(32) NOT NULL,
  `targetUserId` VARCHAR(32) NOT NULL,
  `reporterId` VARCHAR(32) NOT NULL,
  `assigneeId` VARCHAR(32) NULL,
  `resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `forwarded` TINYINT(1) NOT NULL DEFAULT 0,
  `comment` TEXT NOT NULL,
  `moderationNote` TEXT NOT NULL,
  `resolvedAs` VARCHAR(128) NULL,
  `targetUserHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  `reporterHost` VARCHAR(128) NULL COMMENT '[Denormalized]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_log` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `info` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `instance` (
  `id` VARCHAR(32) NOT NULL,
  `firstRetrievedAt` DATETIME NOT NULL COMMENT 'The caught date of the Instance.',
  `host` VARCHAR(128) NOT NULL COMMENT 'The host of the Instance.',
  `usersCount` INT NOT NULL DEFAULT 0 COMMENT 'The count of the users of the Instance.',
  `notesCount` INT NOT NULL DEFAULT 0 COMMENT 'The count of the notes of the Instance.',
  `followingCount` INT NOT NULL DEFAULT 0,
  `followersCount` INT NOT NULL DEFAULT 0,
  `latestRequestReceivedAt` DATETIME NULL,
  `isNotResponding` TINYINT(1) NOT NULL DEFAULT 0,
  `notRespondingSince` DATETIME NULL,
  `suspensionState` ENUM('none','manuallySuspended','goneSuspended','autoSuspendedForNotResponding') NOT NULL DEFAULT 'none',
  `softwareName` VARCHAR(64) NULL COMMENT 'The software of the Instance.',
  `softwareVersion` VARCHAR(64) NULL,
  `openRegistrations` TINYINT(1) NULL,
  `name` VARCHAR(256) NULL,
  `description` TEXT NULL,
  `maintainerName` VARCHAR(128) NULL,
  `maintainerEmail` VARCHAR(256) NULL,
  `iconUrl` VARCHAR(256) NULL,
  `faviconUrl` VARCHAR(256) NULL,
  `themeColor` VARCHAR(64) NULL,
  `infoUpdatedAt` DATETIME NULL,
  `moderationNote` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `meta` (
  `id` VARCHAR(32) NOT NULL,
  `name` TEXT NULL,
  `shortName` VARCHAR(64) NULL,
  `description` TEXT NULL,
  `maintainerName` TEXT NULL,
  `maintainerEmail` TEXT NULL,
  `disableRegistration` TINYINT(1) NOT NULL DEFAULT 0,
  `langs` TEXT NOT NULL,
  `pinnedUsers` TEXT NOT NULL,
  `hiddenTags` TEXT NOT NULL,
  `blockedHosts` TEXT NOT NULL,
  `sensitiveWords` TEXT NOT NULL,
  `prohibitedWords` TEXT NOT NULL,
  `prohibitedWordsForNameOfUser` TEXT NOT NULL,
  `silencedHosts` TEXT NOT NULL,
  `mediaSilencedHosts` TEXT NOT NULL,
  `themeColor` TEXT NULL,
  `mascotImageUrl` TEXT NULL,
  `bannerUrl` TEXT NULL,
  `backgroundImageUrl` TEXT NULL,
  `logoImageUrl` TEXT NULL,
  `iconUrl` TEXT NULL,
  `app192IconUrl` TEXT NULL,
  `app512IconUrl` TEXT NULL,
  `serverErrorImageUrl` TEXT NULL,
  `notFoundImageUrl` TEXT NULL,
  `infoImageUrl` TEXT NULL,
  `cacheRemoteFiles` TINYINT(1) NOT NULL DEFAULT 0,
  `cacheRemoteSensitiveFiles` TINYINT(1) NOT NULL DEFAULT 1,
  `proxyAccountId` VARCHAR(32) NULL,
  `emailRequiredForSignup` TINYINT(1) NOT NULL DEFAULT 0,
  `enableHcaptcha` TINYINT(1) NOT NULL DEFAULT 0,
  `hcaptchaSiteKey` TEXT NULL,
  `hcaptchaSecretKey` TEXT NULL,
  `enableMcaptcha` TINYINT(1) NOT NULL DEFAULT 0,
  `mcaptchaSitekey` TEXT NULL,
  `mcaptchaSecretKey` TEXT NULL,
  `mcaptchaInstanceUrl` TEXT NULL,
  `enableRecaptcha` TINYINT(1) NOT NULL DEFAULT 0,
  `recaptchaSiteKey` TEXT NULL,
  `recaptchaSecretKey` TEXT NULL,
  `enableTurnstile` TINYINT(1) NOT NULL DEFAULT 0,
  `turnstileSiteKey` TEXT NULL,
  `turnstileSecretKey` TEXT NULL,
  `enableTestcaptcha` TINYINT(1) NOT NULL DEFAULT 0,
  `sensitiveMediaDetection` ENUM('none','all','local','remote') NOT NULL DEFAULT 'none',
  `sensitiveMediaDetectionSensitivity` ENUM('medium','low','high','veryLow','veryHigh') NOT NULL DEFAULT 'medium',
  `setSensitiveFlagAutomatically` TINYINT(1) NOT NULL DEFAULT 0,
  `enableSensitiveMediaDetectionForVideos` TINYINT(1) NOT NULL DEFAULT 0,
  `enableEmail` TINYINT(1) NOT NULL DEFAULT 0,
  `email` TEXT NULL,
  `smtpSecure` TINYINT(1) NOT NULL DEFAULT 0,
  `smtpHost` TEXT NULL,
  `smtpPort` INT NULL,
  `smtpUser` TEXT NULL,
  `smtpPass` TEXT NULL,
  `enableServiceWorker` TINYINT(1) NOT NULL DEFAULT 0,
  `swPublicKey` TEXT NULL,
  `swPrivateKey` TEXT NULL,
  `deeplAuthKey` TEXT NULL,
  `deeplIsPro` TINYINT(1) NOT NULL DEFAULT 0,
  `termsOfServiceUrl` TEXT NULL,
  `repositoryUrl` TEXT NULL,
  `feedbackUrl` TEXT NULL,
  `impressumUrl` TEXT NULL,
  `privacyPolicyUrl` TEXT NULL,
  `inquiryUrl` TEXT NULL,
  `defaultLightTheme` TEXT NULL,
  `defaultDarkTheme` TEXT NULL,
  `useObjectStorage` TINYINT(1) NOT NULL DEFAULT 0,
  `objectStorageBucket` TEXT NULL,
  `objectStoragePrefix` TEXT NULL,
  `objectStorageBaseUrl` TEXT NULL,
  `objectStorageEndpoint` TEXT NULL,
  `objectStorageRegion` TEXT NULL,
  `objectStorageAccessKey` TEXT NULL,
  `objectStorageSecretKey` TEXT NULL,
  `objectStoragePort` INT NULL,
  `objectStorageUseSSL` TINYINT(1) NOT NULL DEFAULT 1,
  `objectStorageUseProxy` TINYINT(1) NOT NULL DEFAULT 1,
  `objectStorageSetPublicRead` TINYINT(1) NOT NULL DEFAULT 0,
  `objectStorageS3ForcePathStyle` TINYINT(1) NOT NULL DEFAULT 1,
  `enableIpLogging` TINYINT(1) NOT NULL DEFAULT 0,
  `enableActiveEmailValidation` TINYINT(1) NOT NULL DEFAULT 1,
  `enableVerifymailApi` TINYINT(1) NOT NULL DEFAULT 0,
  `verifymailAuthKey` TEXT NULL,
  `enableTruemailApi` TINYINT(1) NOT NULL DEFAULT 0,
  `truemailInstance` TEXT NULL,
  `truemailAuthKey` TEXT NULL,
  `enableChartsForRemoteUser` TINYINT(1) NOT NULL DEFAULT 1,
  `enableChartsForFederatedInstances` TINYINT(1) NOT NULL DEFAULT 1,
  `enableStatsForFederatedInstances` TINYINT(1) NOT NULL DEFAULT 1,
  `enableServerMachineStats` TINYINT(1) NOT NULL DEFAULT 0,
  `enableIdenticonGeneration` TINYINT(1) NOT NULL DEFAULT 1,
  `policies` JSON NOT NULL,
  `serverRules` TEXT NOT NULL,
  `manifestJsonOverride` TEXT NOT NULL,
  `bannedEmailDomains` TEXT NOT NULL,
  `preservedUsernames` TEXT NOT NULL,
  `enableFanoutTimeline` TINYINT(1) NOT NULL DEFAULT 1,
  `enableFanoutTimelineDbFallback` TINYINT(1) NOT NULL DEFAULT 1,
  `perLocalUserUserTimelineCacheMax` INT NOT NULL DEFAULT 300,
  `perRemoteUserUserTimelineCacheMax` INT NOT NULL DEFAULT 100,
  `perUserHomeTimelineCacheMax` INT NOT NULL DEFAULT 300,
  `perUserListTimelineCacheMax` INT NOT NULL DEFAULT 300,
  `enableReactionsBuffering` TINYINT(1) NOT NULL DEFAULT 0,
  `notesPerOneAd` INT NOT NULL DEFAULT 0,
  `urlPreviewEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `urlPreviewTimeout` INT NOT NULL DEFAULT 10000,
  `urlPreviewMaximumContentLength` BIGINT NOT NULL DEFAULT 1024,
  `urlPreviewRequireContentLength` TINYINT(1) NOT NULL DEFAULT 1,
  `urlPreviewSummaryProxyUrl` TEXT NULL,
  `urlPreviewUserAgent` TEXT NULL,
  `federation` VARCHAR(128) NOT NULL DEFAULT 'all',
  `federationHosts` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `emoji` (
  `id` VARCHAR(32) NOT NULL,
  `updatedAt` DATETIME NULL,
  `name` VARCHAR(128) NOT NULL,
  `host` VARCHAR(128) NULL,
  `category` VARCHAR(128) NULL,
  `originalUrl` VARCHAR(512) NOT NULL,
  `publicUrl` VARCHAR(512) NOT NULL DEFAULT '',
  `uri` VARCHAR(512) NULL,
  `type` VARCHAR(64) NULL,
  `aliases` TEXT NOT NULL,
  `license` TEXT NULL,
  `localOnly` TINYINT(1) NOT NULL DEFAULT 0,
  `isSensitive` TINYINT(1) NOT NULL DEFAULT 0,
  `roleIdsThatCanBeUsedThisEmojiAsReaction` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hashtag` (
  `id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `mentionedUserIds` TEXT NOT NULL,
  `mentionedUsersCount` INT NOT NULL DEFAULT 0,
  `mentionedLocalUserIds` TEXT NOT NULL,
  `mentionedLocalUsersCount` INT NOT NULL DEFAULT 0,
  `mentionedRemoteUserIds` TEXT NOT NULL,
  `mentionedRemoteUsersCount` INT NOT NULL DEFAULT 0,
  `attachedUserIds` TEXT NOT NULL,
  `attachedUsersCount` INT NOT NULL DEFAULT 0,
  `attachedLocalUserIds` TEXT NOT NULL,
  `attachedLocalUsersCount` INT NOT NULL DEFAULT 0,
  `attachedRemoteUserIds` TEXT NOT NULL,
  `attachedRemoteUsersCount` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role` (
  `id` VARCHAR(32) NOT NULL,
  `updatedAt` DATETIME NOT NULL COMMENT 'The updated date of the Role.',
  `lastUsedAt` DATETIME NOT NULL COMMENT 'The last used date of the Role.',
  `name` VARCHAR(256) NOT NULL,
  `description` TEXT NOT NULL,
  `color` VARCHAR(256) NULL,
  `iconUrl` VARCHAR(512) NULL,
  `target` ENUM('manual','conditional') NOT NULL DEFAULT 'manual',
  `condFormula` JSON NOT NULL,
  `isPublic` TINYINT(1) NOT NULL DEFAULT 0,
  `asBadge` TINYINT(1) NOT NULL DEFAULT 0,
  `isModerator` TINYINT(1) NOT NULL DEFAULT 0,
  `isAdministrator` TINYINT(1) NOT NULL DEFAULT 0,
  `isExplorable` TINYINT(1) NOT NULL DEFAULT 0,
  `canEditMembersByModerator` TINYINT(1) NOT NULL DEFAULT 0,
  `displayOrder` INT NOT NULL DEFAULT 0,
  `policies` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_assignment` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The user ID.',
  `roleId` VARCHAR(32) NOT NULL COMMENT 'The role ID.',
  `expiresAt` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `announcement` (
  `id` VARCHAR(32) NOT NULL,
  `updatedAt` DATETIME NULL COMMENT 'The updated date of the Announcement.',
  `text` TEXT NOT NULL,
  `title` VARCHAR(256) NOT NULL,
  `imageUrl` TEXT NULL,
  `icon` VARCHAR(256) NOT NULL DEFAULT 'info',
  `display` VARCHAR(256) NOT NULL DEFAULT 'normal',
  `needConfirmationToRead` TINYINT(1) NOT NULL DEFAULT 0,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `forExistingUsers` TINYINT(1) NOT NULL DEFAULT 0,
  `silence` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` VARCHAR(32) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `announcement_read` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL,
  `announcementId` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhook` (
  `id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The owner ID.',
  `name` VARCHAR(128) NOT NULL COMMENT 'The name of the Antenna.',
  `on` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `secret` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `latestSentAt` DATETIME NULL,
  `latestStatus` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_item` (
  `id` VARCHAR(32) NOT NULL,
  `updatedAt` DATETIME NOT NULL COMMENT 'The updated date of the RegistryItem.',
  `userId` VARCHAR(32) NOT NULL COMMENT 'The owner ID.',
  `key` TEXT NOT NULL COMMENT 'The key of the RegistryItem.',
  `value` JSON NULL COMMENT 'The value of the RegistryItem.',
  `scope` TEXT NOT NULL,
  `domain` VARCHAR(512) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `antenna` (
  `id` VARCHAR(32) NOT NULL,
  `lastUsedAt` DATETIME NOT NULL,
  `userId` VARCHAR(32) NOT NULL COMMENT 'The owner ID.',
  `name` VARCHAR(128) NOT NULL COMMENT 'The name of the Antenna.',
  `src` ENUM('home','all','users','list','users_blacklist') NOT NULL,
  `userListId` VARCHAR(32) NULL,
  `users` TEXT NOT NULL,
  `keywords` JSON NOT NULL,
  `excludeKeywords` JSON NOT NULL,
  `caseSensitive` TINYINT(1) NOT NULL DEFAULT 0,
  `excludeBots` TINYINT(1) NOT NULL DEFAULT 0,
  `withReplies` TINYINT(1) NOT NULL DEFAULT 0,
  `withFile` TINYINT(1) NOT NULL,
  `expression` TEXT NULL,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `localOnly` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);


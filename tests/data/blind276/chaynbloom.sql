-- Bloom (Chayn's free therapy, courses and chat platform for survivors of abuse), backend
-- Upstream: github.com/chaynHQ/bloom-backend, commit 7944e8003cb3fa8208169c1d1e7eb350fc29ca8b (MIT):
-- the 48 TypeORM migrations of `src/migrations/` (the queries of their `up()` methods) replayed into
-- PostgreSQL 15, then written from the catalogue as MySQL (see chaynbloom.md).

CREATE TABLE `partner` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `partnerId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `logo` TEXT,
  `logoAlt` TEXT,
  `partnershipLogo` TEXT,
  `partnershipLogoAlt` TEXT,
  `bloomGirlIllustration` TEXT,
  `bloomGirlIllustrationAlt` TEXT,
  `website` TEXT,
  `footerLine1` TEXT,
  `footerLine2` TEXT,
  `facebookUrl` TEXT,
  `twitterUrl` TEXT,
  `instagramUrl` TEXT,
  `youtubeUrl` TEXT,
  `tiktokUrl` TEXT,
  `githubUrl` TEXT,
  PRIMARY KEY (`partnerId`),
  UNIQUE KEY `UQ_9af6a8bd7cac55b61babc753853` (`name`)
);

CREATE TABLE `user` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `firebaseUid` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `contactPermission` TINYINT(1) NOT NULL DEFAULT 0,
  `isSuperAdmin` TINYINT(1) NOT NULL DEFAULT 0,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `signUpLanguage` TEXT,
  `serviceEmailsPermission` TINYINT(1) NOT NULL DEFAULT 1,
  `lastActiveAt` DATETIME(6),
  `emailRemindersFrequency` TEXT NOT NULL,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`userId`),
  UNIQUE KEY `UQ_905432b2c46bdcfe1a0dd3cdeff` (`firebaseUid`),
  UNIQUE KEY `UQ_e12875dfb3b1d92d7d7c5377e22` (`email`)
);

CREATE TABLE `partner_admin` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `partnerAdminId` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `partnerId` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`partnerAdminId`),
  UNIQUE KEY `REL_825f3ea183aebdb95a52f1f972` (`userId`),
  CONSTRAINT `FK_825f3ea183aebdb95a52f1f972c` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  CONSTRAINT `FK_c7ee0521b73218dd1f0b13e23d5` FOREIGN KEY (`partnerId`) REFERENCES `partner` (`partnerId`) ON DELETE CASCADE
);

CREATE TABLE `partner_access` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `partnerAccessId` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `partnerId` CHAR(36) NOT NULL,
  `partnerAdminId` CHAR(36),
  `activatedAt` DATETIME(6),
  `featureLiveChat` TINYINT(1) NOT NULL,
  `featureTherapy` TINYINT(1) NOT NULL,
  `accessCode` VARCHAR(6),
  `therapySessionsRemaining` INT NOT NULL,
  `therapySessionsRedeemed` INT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`partnerAccessId`),
  UNIQUE KEY `UQ_00611e9118387038c2c74f5e718` (`accessCode`),
  CONSTRAINT `FK_25e7860a2eec1f9366fcfe3a954` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  CONSTRAINT `FK_60f11a3686ca313f1ac25f689f9` FOREIGN KEY (`partnerId`) REFERENCES `partner` (`partnerId`) ON DELETE CASCADE,
  CONSTRAINT `FK_e25f0b4b2c6fbddc8375b02f73e` FOREIGN KEY (`partnerAdminId`) REFERENCES `partner_admin` (`partnerAdminId`) ON DELETE SET NULL
);

CREATE TABLE `course` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `courseId` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `status` TEXT,
  `storyblokUuid` VARCHAR(255),
  `themes` JSON,
  PRIMARY KEY (`courseId`),
  UNIQUE KEY `UQ_a7639e517bf5d97ee6c3bdaa6ca` (`storyblokUuid`)
);

CREATE TABLE `session` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `sessionId` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `status` TEXT,
  `storyblokUuid` VARCHAR(255),
  `courseId` CHAR(36) NOT NULL,
  `themes` JSON,
  PRIMARY KEY (`sessionId`),
  UNIQUE KEY `UQ_1f783305eb447dc4ffac2198d79` (`storyblokUuid`),
  CONSTRAINT `FK_2440b236e81d633ff0613ae59d4` FOREIGN KEY (`courseId`) REFERENCES `course` (`courseId`) ON DELETE CASCADE
);

CREATE TABLE `course_user` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `courseUserId` CHAR(36) NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `completedAt` DATE,
  `userId` CHAR(36) NOT NULL,
  `courseId` CHAR(36) NOT NULL,
  PRIMARY KEY (`courseUserId`),
  UNIQUE KEY `course_user_index_name` (`userId`, `courseId`),
  CONSTRAINT `FK_062e03d78da22a7bd9becbfaaac` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  CONSTRAINT `FK_70824fef35e6038e459e58e0358` FOREIGN KEY (`courseId`) REFERENCES `course` (`courseId`)
);

CREATE TABLE `session_user` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `sessionUserId` CHAR(36) NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `completedAt` DATE,
  `sessionId` CHAR(36) NOT NULL,
  `courseUserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`sessionUserId`),
  UNIQUE KEY `session_user_index_name` (`courseUserId`, `sessionId`),
  CONSTRAINT `FK_3014902f31f2a83ec475d75bec8` FOREIGN KEY (`courseUserId`) REFERENCES `course_user` (`courseUserId`) ON DELETE CASCADE,
  CONSTRAINT `FK_5452e53b773936e51ff0e96d064` FOREIGN KEY (`sessionId`) REFERENCES `session` (`sessionId`) ON DELETE CASCADE
);

CREATE TABLE `course_partner` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `coursePartnerId` CHAR(36) NOT NULL,
  `partnerId` CHAR(36),
  `courseId` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`coursePartnerId`),
  UNIQUE KEY `course_partner_index_name` (`partnerId`, `courseId`),
  CONSTRAINT `FK_4799c98d625acaae457c7dd23da` FOREIGN KEY (`courseId`) REFERENCES `course` (`courseId`) ON DELETE CASCADE,
  CONSTRAINT `FK_96575d601e92c89fa881d2eb128` FOREIGN KEY (`partnerId`) REFERENCES `partner` (`partnerId`) ON DELETE CASCADE
);

CREATE TABLE `therapy_session` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `action` TEXT NOT NULL,
  `clientEmail` TEXT NOT NULL,
  `bookingCode` TEXT,
  `clientTimezone` TEXT,
  `serviceName` TEXT NOT NULL,
  `serviceProviderName` TEXT NOT NULL,
  `serviceProviderEmail` TEXT NOT NULL,
  `startDateTime` DATETIME(6) NOT NULL,
  `endDateTime` DATETIME(6) NOT NULL,
  `cancelledAt` DATETIME(6),
  `rescheduledFrom` DATETIME(6),
  `completedAt` DATETIME(6),
  `partnerAccessId` CHAR(36) NOT NULL,
  `userId` CHAR(36),
  `bookingId` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_58700a8a5d47651d0e895a86b4e` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  CONSTRAINT `FK_95b7041e4d05e914cde6b3753d0` FOREIGN KEY (`partnerAccessId`) REFERENCES `partner_access` (`partnerAccessId`) ON DELETE CASCADE
);

CREATE TABLE `email_campaign` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `campaignType` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `emailSentDateTime` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscription` (
  `subscriptionId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`subscriptionId`),
  UNIQUE KEY `UQ_9e5c9733b3b3d58f3d3e7ef8078` (`name`)
);

CREATE TABLE `subscription_user` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `subscriptionUserId` CHAR(36) NOT NULL,
  `subscriptionId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `cancelledAt` DATE,
  `subscriptionInfo` TEXT NOT NULL,
  PRIMARY KEY (`subscriptionUserId`),
  CONSTRAINT `FK_0feee04ab572b223d511672be81` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  CONSTRAINT `FK_cdf67f6c499d7a4c7b4d1524850` FOREIGN KEY (`subscriptionId`) REFERENCES `subscription` (`subscriptionId`) ON DELETE CASCADE
);

CREATE TABLE `feature` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `featureId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`featureId`),
  UNIQUE KEY `UQ_4832be692a2dc63d67e8e93c758` (`name`)
);

CREATE TABLE `partner_feature` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `partnerFeatureId` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `partnerId` CHAR(36) NOT NULL,
  `featureId` CHAR(36) NOT NULL,
  PRIMARY KEY (`partnerFeatureId`),
  UNIQUE KEY `partner_feature_index_name` (`partnerId`, `featureId`),
  CONSTRAINT `FK_91fa49f0f077d1d47ef581d458c` FOREIGN KEY (`partnerId`) REFERENCES `partner` (`partnerId`) ON DELETE CASCADE,
  CONSTRAINT `FK_c824581c685cf5969f43732ec75` FOREIGN KEY (`featureId`) REFERENCES `feature` (`featureId`) ON DELETE CASCADE
);

CREATE TABLE `event_log` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `eventLogId` CHAR(36) NOT NULL,
  `date` DATETIME(6) NOT NULL,
  `event` TEXT NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`eventLogId`),
  CONSTRAINT `FK_9f8b14e2906ffc001e00e3ae96f` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `session_feedback` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `sessionFeedbackId` CHAR(36) NOT NULL,
  `sessionId` CHAR(36),
  `feedbackTags` TEXT NOT NULL,
  `feedbackDescription` TEXT NOT NULL,
  PRIMARY KEY (`sessionFeedbackId`),
  CONSTRAINT `FK_a0567dbf6bd30cf4bd05b110a17` FOREIGN KEY (`sessionId`) REFERENCES `session` (`sessionId`) ON DELETE CASCADE
);

CREATE TABLE `resource` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `resourceId` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `status` TEXT,
  `category` TEXT NOT NULL,
  `storyblokUuid` VARCHAR(255),
  `themes` JSON,
  PRIMARY KEY (`resourceId`),
  UNIQUE KEY `UQ_575686fbc2bc272030a15ac3ea1` (`storyblokUuid`)
);

CREATE TABLE `resource_feedback` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `resourceFeedbackId` CHAR(36) NOT NULL,
  `resourceId` CHAR(36) NOT NULL,
  `feedbackTags` TEXT NOT NULL,
  `feedbackDescription` TEXT NOT NULL,
  PRIMARY KEY (`resourceFeedbackId`),
  CONSTRAINT `FK_3218ac4ae760f580ce260a43e3a` FOREIGN KEY (`resourceId`) REFERENCES `resource` (`resourceId`) ON DELETE CASCADE
);

CREATE TABLE `resource_user` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `resourceUserId` CHAR(36) NOT NULL,
  `completedAt` DATE,
  `resourceId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`resourceUserId`),
  CONSTRAINT `FK_774b61a463074cee88e57685925` FOREIGN KEY (`resourceId`) REFERENCES `resource` (`resourceId`) ON DELETE CASCADE,
  CONSTRAINT `FK_ea89e3c7f0126d7e9d02308c2ca` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `chat_user` (
  `chatUserId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `frontContactId` TEXT,
  `frontConversationId` TEXT,
  `lastMessageSentAt` DATETIME(6),
  `lastMessageReceivedAt` DATETIME(6),
  `lastMessageReadAt` DATETIME(6),
  `unreadNotificationAttemptedAt` DATETIME(6),
  `unreadNotificationStatus` ENUM('PENDING','SENT','FAILED','BOUNCED','CLEANED'),
  `unreadNotificationError` TEXT,
  `unreadNotificationAttempts` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`chatUserId`),
  UNIQUE KEY `REL_chat_user_userId` (`userId`),
  CONSTRAINT `FK_5e9874ea3bd3524db95c2d88e53` FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `reporting_run` (
  `id` CHAR(36) NOT NULL,
  `periodType` VARCHAR(255) NOT NULL,
  `periodStart` DATETIME(6) NOT NULL,
  `periodEnd` DATETIME(6) NOT NULL,
  `status` TEXT NOT NULL,
  `error` TEXT,
  `slackResponse` JSON,
  `newUsers` INT,
  `deletedUsers` INT,
  `coursesStarted` INT,
  `coursesCompleted` INT,
  `sessionsStarted` INT,
  `sessionsCompleted` INT,
  `therapyBookingsBooked` INT,
  `therapyBookingsCancelled` INT,
  `therapySessionsCompleted` INT,
  `partnerAccessGrants` INT,
  `partnerAccessActivations` INT,
  `ga4Overview` JSON,
  `ga4Events` JSON,
  `ga4Breakdowns` JSON,
  `ga4EventBreakdowns` JSON,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `whatsappSubscribed` INT,
  `whatsappUnsubscribed` INT,
  `resourcesStarted` INT,
  `resourcesCompleted` INT,
  `sessionFeedbackSubmitted` INT,
  `resourceFeedbackSubmitted` INT,
  `periodTimezone` VARCHAR(64),
  `dbBreakdowns` JSON,
  `anomalies` JSON,
  `slackTs` VARCHAR(32),
  `activeUsers` INT,
  `newPartnerUsers` INT,
  `messagesSent` INT,
  `messagesReceived` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_reporting_run_slot` (`periodType`, `periodStart`)
);

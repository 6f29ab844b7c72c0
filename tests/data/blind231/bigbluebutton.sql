-- BigBlueButton 3.0 (web conferencing for online classes: meetings, participants, voice, cameras, chat,
-- presentations and whiteboard, polls, breakout rooms, shared notes, captions, recordings)
-- Upstream: github.com/bigbluebutton/bigbluebutton `bbb-graphql-server/bbb_schema.sql`, the version stored at commit
-- 00013312eb24b3a056f798e39a075b33ef75b473 (the PostgreSQL schema behind BBB 3.0's GraphQL / Hasura server, which
-- holds the state of the running meetings). Licence: LGPL-3.0.
-- All 43 tables of the file, PostgreSQL written as MySQL by hand:
--   * table and column names, column order, primary keys, foreign keys (with their ON DELETE actions) and the
--     plain indexes of upstream's CREATE INDEX statements kept; the partial indexes (`... WHERE ...`), the two indexes
--     of pluginDataChannelMessage that include array columns, the views, functions and triggers left out;
--   * the generated columns upstream adds with ALTER TABLE ... GENERATED ALWAYS AS (...) STORED (`user`.isDialIn,
--     isWaiting, isAllowed, isDenied, registeredAt, nameSortable; user_voice.hideTalkingIndicatorAt) written as plain
--     columns at the end of their table, in upstream's order, with their expressions in a comment;
--   * types: varchar(n) VARCHAR(n), varchar without length and text TEXT, varchar[] arrays TEXT, jsonb JSON,
--     boolean/bool TINYINT(1), integer/int/int4 INT, bigint BIGINT, serial INT AUTO_INCREMENT, numeric DOUBLE,
--     timestamp with time zone DATETIME(6); defaults kept where MySQL has them (now() as CURRENT_TIMESTAMP(6), the
--     uuid_generate_v4() default of pluginDataChannelMessage.messageId dropped); COMMENT ON COLUMN as column comments;
--   * upstream names both composite foreign keys to `chat` "chat_fk" (legal in PostgreSQL, per table); MySQL wants
--     unique constraint names, so they are `chat_user_chat_fk` and `chat_message_chat_fk` here.

-- ========== Meeting tables

CREATE TABLE `meeting` (
  `meetingId` VARCHAR(100) NOT NULL,
  `extId` VARCHAR(100),
  `name` VARCHAR(100),
  `isBreakout` TINYINT(1),
  `disabledFeatures` TEXT,
  `meetingCameraCap` INT,
  `maxPinnedCameras` INT,
  `notifyRecordingIsOn` TINYINT(1),
  `presentationUploadExternalDescription` TEXT,
  `presentationUploadExternalUrl` VARCHAR(500),
  `learningDashboardAccessToken` VARCHAR(100),
  `html5InstanceId` VARCHAR(100),
  `logoutUrl` VARCHAR(500),
  `createdTime` BIGINT,
  `durationInSeconds` INT,
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_extId` (`extId`)
);

CREATE TABLE `meeting_breakout` (
  `meetingId` VARCHAR(100) NOT NULL,
  `parentId` VARCHAR(100),
  `sequence` INT,
  `freeJoin` TINYINT(1),
  `breakoutRooms` TEXT,
  `record` TINYINT(1),
  `privateChatEnabled` TINYINT(1),
  `captureNotes` TINYINT(1),
  `captureSlides` TINYINT(1),
  `captureNotesFilename` VARCHAR(100),
  `captureSlidesFilename` VARCHAR(100),
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_breakout_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_recordingPolicies` (
  `meetingId` VARCHAR(100) NOT NULL,
  `record` TINYINT(1),
  `autoStartRecording` TINYINT(1),
  `allowStartStopRecording` TINYINT(1),
  `keepEvents` TINYINT(1),
  PRIMARY KEY (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_recording` (
  `meetingId` VARCHAR(100) NOT NULL,
  `startedAt` DATETIME(6) NOT NULL,
  `startedBy` VARCHAR(50),
  `stoppedAt` DATETIME(6),
  `stoppedBy` VARCHAR(50),
  `recordedTimeInSeconds` INT,
  CONSTRAINT `meeting_recording_pkey` PRIMARY KEY (`meetingId`, `startedAt`),
  KEY `idx_meeting_recording_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_welcome` (
  `meetingId` VARCHAR(100) NOT NULL,
  `welcomeMsgTemplate` TEXT,
  `welcomeMsg` TEXT,
  `welcomeMsgForModerators` TEXT,
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_welcome_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_voice` (
  `meetingId` VARCHAR(100) NOT NULL,
  `telVoice` VARCHAR(100),
  `voiceConf` VARCHAR(100),
  `dialNumber` VARCHAR(100),
  `muteOnStart` TINYINT(1),
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_voice_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_usersPolicies` (
  `meetingId` VARCHAR(100) NOT NULL,
  `maxUsers` INT,
  `maxUserConcurrentAccesses` INT,
  `webcamsOnlyForModerator` TINYINT(1),
  `userCameraCap` INT,
  `guestPolicy` VARCHAR(100),
  `guestLobbyMessage` TEXT,
  `meetingLayout` VARCHAR(100),
  `allowModsToUnmuteUsers` TINYINT(1),
  `allowModsToEjectCameras` TINYINT(1),
  `authenticatedGuest` TINYINT(1),
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_usersPolicies_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_lockSettings` (
  `meetingId` VARCHAR(100) NOT NULL,
  `disableCam` TINYINT(1),
  `disableMic` TINYINT(1),
  `disablePrivateChat` TINYINT(1),
  `disablePublicChat` TINYINT(1),
  `disableNotes` TINYINT(1),
  `hideUserList` TINYINT(1),
  `lockOnJoin` TINYINT(1),
  `lockOnJoinConfigurable` TINYINT(1),
  `hideViewersCursor` TINYINT(1),
  `hideViewersAnnotation` TINYINT(1),
  PRIMARY KEY (`meetingId`),
  KEY `idx_meeting_lockSettings_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_clientSettings` (
  `meetingId` VARCHAR(100) NOT NULL,
  `clientSettingsJson` JSON,
  PRIMARY KEY (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `meeting_group` (
  `meetingId` VARCHAR(100) NOT NULL,
  `groupId` VARCHAR(100) NOT NULL,
  `name` VARCHAR(100),
  `usersExtId` TEXT,
  CONSTRAINT `meeting_group_pkey` PRIMARY KEY (`meetingId`, `groupId`),
  KEY `idx_meeting_group_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

-- ========== User tables

CREATE TABLE `user` (
  `userId` VARCHAR(50) NOT NULL,
  `extId` VARCHAR(50),
  `meetingId` VARCHAR(100),
  `name` VARCHAR(255),
  `role` VARCHAR(20),
  `avatar` VARCHAR(500),
  `color` VARCHAR(7),
  `sessionToken` VARCHAR(16),
  `authed` TINYINT(1),
  `joined` TINYINT(1),
  `joinErrorCode` VARCHAR(50),
  `joinErrorMessage` VARCHAR(400),
  `banned` TINYINT(1),
  `loggedOut` TINYINT(1) COMMENT 'This column is set to true when the user click the button to Leave meeting',
  `guest` TINYINT(1),
  `guestStatus` VARCHAR(50),
  `registeredOn` BIGINT,
  `excludeFromDashboard` TINYINT(1),
  `enforceLayout` VARCHAR(50),
  `raiseHand` TINYINT(1) DEFAULT 0,
  `raiseHandTime` DATETIME(6),
  `away` TINYINT(1) DEFAULT 0,
  `awayTime` DATETIME(6),
  `emoji` TEXT,
  `emojiTime` DATETIME(6),
  `guestStatusSetByModerator` VARCHAR(50),
  `guestLobbyMessage` TEXT,
  `mobile` TINYINT(1),
  `clientType` VARCHAR(50),
  `disconnected` TINYINT(1) DEFAULT 0 COMMENT 'This column is set true when the user closes the window or his with the server is over',
  `expired` TINYINT(1) DEFAULT 0 COMMENT 'This column is set true after 10 seconds with disconnected=true',
  `ejected` TINYINT(1),
  `ejectReason` VARCHAR(255),
  `ejectReasonCode` VARCHAR(50),
  `ejectedByModerator` VARCHAR(50),
  `presenter` TINYINT(1),
  `pinned` TINYINT(1),
  `locked` TINYINT(1),
  `speechLocale` VARCHAR(255),
  `hasDrawPermissionOnCurrentPage` TINYINT(1) DEFAULT 0 COMMENT 'This column is dynamically populated by triggers of tables: user, pres_presentation, pres_page, pres_page_writers',
  `echoTestRunningAt` DATETIME(6),
  `isDialIn` TINYINT(1) COMMENT 'GENERATED ALWAYS AS ("clientType" = ''dial-in-user'') STORED',
  `isWaiting` TINYINT(1) COMMENT 'GENERATED ALWAYS AS ("guestStatus" = ''WAIT'') STORED',
  `isAllowed` TINYINT(1) COMMENT 'GENERATED ALWAYS AS ("guestStatus" = ''ALLOW'') STORED',
  `isDenied` TINYINT(1) COMMENT 'GENERATED ALWAYS AS ("guestStatus" = ''DENY'') STORED',
  `registeredAt` DATETIME(6) COMMENT 'GENERATED ALWAYS AS (to_timestamp("registeredOn"::double precision / 1000)) STORED',
  `nameSortable` VARCHAR(255) COMMENT 'GENERATED ALWAYS AS (immutable_lower_unaccent("name")) STORED',
  PRIMARY KEY (`userId`),
  KEY `idx_user_meetingId` (`meetingId`),
  KEY `idx_user_extId` (`meetingId`, `extId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`guestStatusSetByModerator`) REFERENCES `user` (`userId`) ON DELETE SET NULL,
  FOREIGN KEY (`ejectedByModerator`) REFERENCES `user` (`userId`) ON DELETE SET NULL
);

CREATE TABLE `user_customParameter` (
  `userId` VARCHAR(50) NOT NULL,
  `parameter` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  CONSTRAINT `user_customParameter_pkey` PRIMARY KEY (`userId`, `parameter`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `user_voice` (
  `userId` VARCHAR(50) NOT NULL,
  `voiceUserId` VARCHAR(100),
  `callerName` VARCHAR(100),
  `callerNum` VARCHAR(100),
  `callingWith` VARCHAR(100),
  `joined` TINYINT(1),
  `listenOnly` TINYINT(1),
  `muted` TINYINT(1),
  `spoke` TINYINT(1),
  `talking` TINYINT(1),
  `floor` TINYINT(1),
  `lastFloorTime` VARCHAR(25),
  `voiceConf` VARCHAR(100),
  `voiceConfCallSession` VARCHAR(50),
  `voiceConfClientSession` VARCHAR(10),
  `voiceConfCallState` VARCHAR(30),
  `endTime` BIGINT,
  `startTime` BIGINT,
  `hideTalkingIndicatorAt` DATETIME(6) COMMENT 'GENERATED ALWAYS AS (to_timestamp((COALESCE("endTime","startTime") + 6000) / 1000)) STORED',
  PRIMARY KEY (`userId`),
  KEY `idx_user_voice_userId_talking` (`userId`, `talking`),
  KEY `idx_user_voice_userId_hideTalkingIndicatorAt` (`userId`, `hideTalkingIndicatorAt`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `user_camera` (
  `streamId` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`streamId`),
  KEY `idx_user_camera_userId` (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `user_breakoutRoom` (
  `userId` VARCHAR(50) NOT NULL,
  `breakoutRoomId` VARCHAR(100),
  `isDefaultName` TINYINT(1),
  `sequence` INT,
  `shortName` VARCHAR(100),
  `currentlyInRoom` TINYINT(1),
  PRIMARY KEY (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `user_connectionStatus` (
  `userId` VARCHAR(50) NOT NULL,
  `meetingId` VARCHAR(100),
  `connectionAliveAt` DATETIME(6),
  `userClientResponseAt` DATETIME(6),
  `rttInMs` DOUBLE,
  `status` VARCHAR(25),
  `statusUpdatedAt` DATETIME(6),
  PRIMARY KEY (`userId`),
  KEY `idx_user_connectionStatus_meetingId` (`meetingId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `user_connectionStatusMetrics` (
  `userId` VARCHAR(50) NOT NULL,
  `status` VARCHAR(25) NOT NULL,
  `occurrencesCount` INT,
  `firstOccurrenceAt` DATETIME(6),
  `lastOccurrenceAt` DATETIME(6),
  `lowestRttInMs` DOUBLE,
  `highestRttInMs` DOUBLE,
  `lastRttInMs` DOUBLE,
  CONSTRAINT `user_connectionStatusMetrics_pkey` PRIMARY KEY (`userId`, `status`),
  KEY `idx_user_connectionStatusMetrics_userId` (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `user_graphqlConnection` (
  `graphqlConnectionId` INT NOT NULL AUTO_INCREMENT,
  `sessionToken` VARCHAR(16),
  `middlewareConnectionId` VARCHAR(12),
  `stablishedAt` DATETIME(6),
  `closedAt` DATETIME(6),
  PRIMARY KEY (`graphqlConnectionId`),
  KEY `idx_user_graphqlConnectionsessionToken` (`sessionToken`)
);

CREATE TABLE `user_clientSettings` (
  `userId` VARCHAR(50) NOT NULL,
  `meetingId` VARCHAR(100),
  `userClientSettingsJson` JSON,
  PRIMARY KEY (`userId`),
  KEY `idx_user_clientSettings_meetingId` (`meetingId`),
  KEY `idx_user_clientSettings_userId` (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `user_reaction` (
  `userId` VARCHAR(50),
  `reactionEmoji` VARCHAR(25),
  `durationInSeconds` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `expiresAt` DATETIME(6),
  KEY `idx_user_reaction_userId_createdAt` (`userId`, `expiresAt`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

-- ===================== CHAT TABLES

CREATE TABLE `chat` (
  `chatId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100) NOT NULL,
  `access` VARCHAR(20),
  `createdBy` VARCHAR(25),
  CONSTRAINT `chat_pkey` PRIMARY KEY (`chatId`, `meetingId`),
  KEY `idx_chat_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `chat_user` (
  `chatId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  `lastSeenAt` DATETIME(6),
  `startedTypingAt` DATETIME(6),
  `lastTypingAt` DATETIME(6),
  `visible` TINYINT(1),
  CONSTRAINT `chat_user_pkey` PRIMARY KEY (`chatId`, `meetingId`, `userId`),
  CONSTRAINT `chat_user_chat_fk` FOREIGN KEY (`chatId`, `meetingId`) REFERENCES `chat` (`chatId`, `meetingId`) ON DELETE CASCADE
);

CREATE TABLE `chat_message` (
  `messageId` VARCHAR(100) NOT NULL,
  `chatId` VARCHAR(100),
  `meetingId` VARCHAR(100),
  `correlationId` VARCHAR(100),
  `chatEmphasizedText` TINYINT(1),
  `message` TEXT,
  `messageType` VARCHAR(50),
  `messageMetadata` TEXT,
  `senderId` VARCHAR(100),
  `senderName` VARCHAR(255),
  `senderRole` VARCHAR(20),
  `createdAt` DATETIME(6),
  PRIMARY KEY (`messageId`),
  KEY `idx_chat_message_chatId` (`chatId`, `meetingId`),
  CONSTRAINT `chat_message_chat_fk` FOREIGN KEY (`chatId`, `meetingId`) REFERENCES `chat` (`chatId`, `meetingId`) ON DELETE CASCADE
);

-- ============ Presentation / Annotation

CREATE TABLE `pres_presentation` (
  `presentationId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100),
  `uploadUserId` VARCHAR(100),
  `uploadTemporaryId` VARCHAR(100),
  `uploadToken` VARCHAR(100),
  `name` VARCHAR(500),
  `filenameConverted` VARCHAR(500),
  `isDefault` TINYINT(1),
  `current` TINYINT(1),
  `removable` TINYINT(1),
  `downloadable` TINYINT(1),
  `downloadFileExtension` VARCHAR(25),
  `downloadFileUri` VARCHAR(500),
  `uploadInProgress` TINYINT(1),
  `uploadCompleted` TINYINT(1),
  `uploadErrorMsgKey` VARCHAR(100),
  `uploadErrorDetailsJson` JSON,
  `totalPages` INT,
  `exportToChatStatus` VARCHAR(25),
  `exportToChatCurrentPage` INT,
  `exportToChatHasError` TINYINT(1),
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`presentationId`),
  KEY `idx_pres_presentation_meetingId` (`meetingId`),
  KEY `idx_pres_presentation_meetingId_uploadUserId` (`meetingId`, `uploadUserId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `pres_page` (
  `pageId` VARCHAR(100) NOT NULL,
  `presentationId` VARCHAR(100),
  `num` INT,
  `urlsJson` JSON,
  `content` TEXT,
  `slideRevealed` TINYINT(1) DEFAULT 0,
  `current` TINYINT(1),
  `xOffset` DOUBLE,
  `yOffset` DOUBLE,
  `widthRatio` DOUBLE,
  `heightRatio` DOUBLE,
  `width` DOUBLE,
  `height` DOUBLE,
  `viewBoxWidth` DOUBLE,
  `viewBoxHeight` DOUBLE,
  `maxImageWidth` INT,
  `maxImageHeight` INT,
  `uploadCompleted` TINYINT(1),
  PRIMARY KEY (`pageId`),
  KEY `idx_pres_page_presentationId` (`presentationId`),
  FOREIGN KEY (`presentationId`) REFERENCES `pres_presentation` (`presentationId`) ON DELETE CASCADE
);

CREATE TABLE `pres_annotation` (
  `annotationId` VARCHAR(100) NOT NULL,
  `pageId` VARCHAR(100),
  `userId` VARCHAR(50),
  `annotationInfo` TEXT,
  `lastHistorySequence` INT,
  `lastUpdatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`annotationId`),
  KEY `idx_pres_annotation_pageId` (`pageId`),
  KEY `idx_pres_annotation_updatedAt` (`pageId`, `lastUpdatedAt`),
  KEY `idx_pres_annotation_history_pageId` (`pageId`),
  FOREIGN KEY (`pageId`) REFERENCES `pres_page` (`pageId`) ON DELETE CASCADE
);

CREATE TABLE `pres_annotation_history` (
  `sequence` INT NOT NULL AUTO_INCREMENT,
  `annotationId` VARCHAR(100),
  `pageId` VARCHAR(100),
  `userId` VARCHAR(50),
  `annotationInfo` TEXT,
  PRIMARY KEY (`sequence`),
  FOREIGN KEY (`pageId`) REFERENCES `pres_page` (`pageId`) ON DELETE CASCADE
);

CREATE TABLE `pres_page_writers` (
  `pageId` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  `changedModeOn` BIGINT,
  CONSTRAINT `pres_page_writers_pkey` PRIMARY KEY (`pageId`, `userId`),
  KEY `idx_pres_page_writers_userID` (`userId`),
  FOREIGN KEY (`pageId`) REFERENCES `pres_page` (`pageId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

CREATE TABLE `pres_page_cursor` (
  `pageId` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  `xPercent` DOUBLE,
  `yPercent` DOUBLE,
  `lastUpdatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `pres_page_cursor_pkey` PRIMARY KEY (`pageId`, `userId`),
  KEY `idx_pres_page_cursor_pageId` (`pageId`),
  KEY `idx_pres_page_cursor_userID` (`userId`),
  KEY `idx_pres_page_cursor_lastUpdatedAt` (`pageId`, `lastUpdatedAt`),
  FOREIGN KEY (`pageId`) REFERENCES `pres_page` (`pageId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

-- ---- Polls

CREATE TABLE `poll` (
  `pollId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100),
  `ownerId` VARCHAR(100),
  `questionText` TEXT,
  `type` VARCHAR(30),
  `secret` TINYINT(1),
  `multipleResponses` TINYINT(1),
  `ended` TINYINT(1),
  `published` TINYINT(1),
  `publishedAt` DATETIME(6),
  PRIMARY KEY (`pollId`),
  KEY `idx_poll_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`ownerId`) REFERENCES `user` (`userId`)
);

CREATE TABLE `poll_option` (
  `pollId` VARCHAR(100) NOT NULL,
  `optionId` INT NOT NULL,
  `optionDesc` TEXT,
  CONSTRAINT `poll_option_pkey` PRIMARY KEY (`pollId`, `optionId`),
  KEY `idx_poll_option_pollId` (`pollId`),
  FOREIGN KEY (`pollId`) REFERENCES `poll` (`pollId`) ON DELETE CASCADE
);

CREATE TABLE `poll_response` (
  `pollId` VARCHAR(100),
  `optionId` INT,
  `userId` VARCHAR(100),
  KEY `idx_poll_response_pollId` (`pollId`),
  KEY `idx_poll_response_userId` (`userId`),
  KEY `idx_poll_response_pollId_userId` (`pollId`, `userId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE,
  FOREIGN KEY (`pollId`, `optionId`) REFERENCES `poll_option` (`pollId`, `optionId`) ON DELETE CASCADE
);

-- ---- External video

CREATE TABLE `externalVideo` (
  `externalVideoId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100),
  `externalVideoUrl` VARCHAR(500),
  `startedSharingAt` DATETIME(6),
  `stoppedSharingAt` DATETIME(6),
  `updatedAt` DATETIME(6),
  `playerPlaybackRate` DOUBLE,
  `playerCurrentTime` DOUBLE,
  `playerPlaying` TINYINT(1),
  PRIMARY KEY (`externalVideoId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

-- ---- Screenshare

CREATE TABLE `screenshare` (
  `screenshareId` VARCHAR(50) NOT NULL,
  `meetingId` VARCHAR(100),
  `voiceConf` VARCHAR(50),
  `screenshareConf` VARCHAR(50),
  `contentType` VARCHAR(50),
  `stream` VARCHAR(100),
  `vidWidth` INT,
  `vidHeight` INT,
  `hasAudio` TINYINT(1),
  `startedAt` DATETIME(6),
  `stoppedAt` DATETIME(6),
  PRIMARY KEY (`screenshareId`),
  KEY `screenshare_meetingId` (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

-- ---- Timer

CREATE TABLE `timer` (
  `meetingId` VARCHAR(100) NOT NULL,
  `stopwatch` TINYINT(1),
  `running` TINYINT(1),
  `active` TINYINT(1),
  `time` BIGINT,
  `accumulated` BIGINT,
  `startedAt` BIGINT,
  `endedAt` BIGINT,
  `songTrack` VARCHAR(50),
  PRIMARY KEY (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

-- ---- breakoutRoom

CREATE TABLE `breakoutRoom` (
  `breakoutRoomId` VARCHAR(100) NOT NULL,
  `parentMeetingId` VARCHAR(100),
  `externalId` VARCHAR(100),
  `sequence` DOUBLE,
  `name` VARCHAR(100),
  `shortName` VARCHAR(100),
  `isDefaultName` TINYINT(1),
  `freeJoin` TINYINT(1),
  `startedAt` DATETIME(6),
  `endedAt` DATETIME(6),
  `durationInSeconds` INT,
  `sendInvitationToModerators` TINYINT(1),
  `captureNotes` TINYINT(1),
  `captureSlides` TINYINT(1),
  PRIMARY KEY (`breakoutRoomId`),
  KEY `idx_breakoutRoom_parentMeetingId` (`parentMeetingId`, `externalId`),
  FOREIGN KEY (`parentMeetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `breakoutRoom_user` (
  `breakoutRoomId` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  `joinURL` TEXT,
  `assignedAt` DATETIME(6),
  `joinedAt` DATETIME(6),
  `inviteDismissedAt` DATETIME(6),
  CONSTRAINT `breakoutRoom_user_pkey` PRIMARY KEY (`breakoutRoomId`, `userId`),
  FOREIGN KEY (`breakoutRoomId`) REFERENCES `breakoutRoom` (`breakoutRoomId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

-- ---- sharedNotes

CREATE TABLE `sharedNotes` (
  `meetingId` VARCHAR(100) NOT NULL,
  `sharedNotesExtId` VARCHAR(25) NOT NULL,
  `padId` VARCHAR(25),
  `model` VARCHAR(25),
  `name` VARCHAR(25),
  `pinned` TINYINT(1),
  CONSTRAINT `pk_sharedNotes` PRIMARY KEY (`meetingId`, `sharedNotesExtId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

CREATE TABLE `sharedNotes_rev` (
  `meetingId` VARCHAR(100) NOT NULL,
  `sharedNotesExtId` VARCHAR(25) NOT NULL,
  `rev` INT NOT NULL,
  `userId` VARCHAR(50),
  `changeset` TEXT,
  `start` INT,
  `end` INT,
  `diff` TEXT,
  `createdAt` DATETIME(6),
  CONSTRAINT `pk_sharedNotes_rev` PRIMARY KEY (`meetingId`, `sharedNotesExtId`, `rev`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE SET NULL
);

CREATE TABLE `sharedNotes_session` (
  `meetingId` VARCHAR(100) NOT NULL,
  `sharedNotesExtId` VARCHAR(25) NOT NULL,
  `userId` VARCHAR(50) NOT NULL,
  `sessionId` VARCHAR(50),
  CONSTRAINT `pk_sharedNotes_session` PRIMARY KEY (`meetingId`, `sharedNotesExtId`, `userId`),
  KEY `sharedNotes_session_userId` (`userId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

-- ---- audioCaption

CREATE TABLE `caption` (
  `captionId` VARCHAR(100) NOT NULL,
  `meetingId` VARCHAR(100) NOT NULL,
  `captionType` VARCHAR(100) NOT NULL,
  `userId` VARCHAR(50),
  `lang` VARCHAR(15),
  `captionText` TEXT,
  `createdAt` DATETIME(6),
  PRIMARY KEY (`captionId`),
  KEY `idx_caption` (`meetingId`, `lang`, `createdAt`),
  KEY `idx_caption_captionType` (`meetingId`, `lang`, `captionType`, `createdAt`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

-- ----

CREATE TABLE `layout` (
  `meetingId` VARCHAR(100) NOT NULL,
  `currentLayoutType` VARCHAR(100),
  `presentationMinimized` TINYINT(1),
  `cameraDockIsResizing` TINYINT(1),
  `cameraDockPlacement` VARCHAR(100),
  `cameraDockAspectRatio` DOUBLE,
  `cameraWithFocus` VARCHAR(100),
  `propagateLayout` TINYINT(1),
  `updatedAt` DATETIME(6),
  PRIMARY KEY (`meetingId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE
);

-- ---- Plugins Data Channel

CREATE TABLE `pluginDataChannelMessage` (
  `meetingId` VARCHAR(100) NOT NULL,
  `pluginName` VARCHAR(255) NOT NULL,
  `dataChannel` VARCHAR(255) NOT NULL,
  `messageId` VARCHAR(50) NOT NULL,
  `payloadJson` JSON,
  `fromUserId` VARCHAR(50),
  `toRoles` TEXT,
  `toUserIds` TEXT,
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `pluginDataChannel_pkey` PRIMARY KEY (`meetingId`, `pluginName`, `dataChannel`, `messageId`),
  FOREIGN KEY (`meetingId`) REFERENCES `meeting` (`meetingId`) ON DELETE CASCADE,
  FOREIGN KEY (`fromUserId`) REFERENCES `user` (`userId`) ON DELETE CASCADE
);

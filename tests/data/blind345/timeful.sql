-- Timeful (formerly schej.it; group availability finder and when2meet-style scheduler with linked Google, Outlook,
-- Apple and ICS calendars, availability groups and sign-up forms; Go on MongoDB)
-- Upstream: github.com/schej-it/timeful.app `server/models/*.go` (the bson-tagged structs) and `server/db/init.go`
-- (collections and the TTL index), commit 608abb2063ea0c6fdd9b22333db859633e96cab2 (AGPL-3.0)
-- MongoDB has no SQL schema upstream. Each of the nine collections of `db/init.go` is one table named after the
-- collection (`users`, `events`, `eventResponses`, `attendees`, `folders`, `folderEvents`, `friendrequests`,
-- `dailyuserlogs`, `otpCodes`), `_id` CHAR(24) first, then one column per bson key in the struct's field order
-- with upstream's bson names. Single embedded structs are written as their dotted paths (`scheduledEvent.summary`,
-- `response.calendarOptions.bufferTime.time`), as Mongo addresses them. Maps and arrays of embedded structs are
-- child tables `<collection>_<path>` (`users_calendarAccounts`, `users_calendarAccounts_subCalendars`,
-- `events_signUpBlocks`, `events_signUpResponses`, `events_remindees`) with a column named after the parent
-- collection (and parent path) holding the parent's `_id` / key and, for maps, a column `_key` holding the map key
-- (these are the only names not upstream's); the array of user ids `dailyuserlogs.userIds` is a child table too.
-- Arrays of dates or strings and the map `manualAvailability` / `enabledCalendars` are LONGTEXT holding the JSON.
-- Types: ObjectID CHAR(24), string VARCHAR(255) (TEXT for descriptions), *bool / bool TINYINT(1), int INT,
-- float32 FLOAT, primitive.DateTime / time.Time DATETIME(3); enum-like string types ENUM with their constants.
-- Keys without `omitempty` are NOT NULL. ObjectID references are foreign keys; the TTL index on
-- `otpCodes.expiresAt` is a plain key. Fields tagged `bson:"-"` (computed, not stored) and the `bson:",omitempty"`
-- joins filled only by aggregation (`users`, `fromUser`, `toUser`, `user`) are left out. No collection was left out.

CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `timezoneOffset` INT NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `firstName` VARCHAR(255) DEFAULT NULL,
  `lastName` VARCHAR(255) DEFAULT NULL,
  `picture` VARCHAR(255) DEFAULT NULL,
  `hasCustomName` TINYINT(1) DEFAULT NULL,
  `primaryAccountKey` VARCHAR(255) DEFAULT NULL,
  `tokenOrigin` ENUM('','ios','android','web') DEFAULT NULL,
  `calendarOptions.bufferTime.enabled` TINYINT(1) DEFAULT NULL,
  `calendarOptions.bufferTime.time` INT DEFAULT NULL,
  `calendarOptions.workingHours.enabled` TINYINT(1) DEFAULT NULL,
  `calendarOptions.workingHours.startTime` FLOAT DEFAULT NULL,
  `calendarOptions.workingHours.endTime` FLOAT DEFAULT NULL,
  `stripeCustomerId` VARCHAR(255) DEFAULT NULL,
  `isPremium` TINYINT(1) DEFAULT NULL,
  `numEventsCreated` INT DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `users_calendarAccounts` (
  `users` CHAR(24) NOT NULL,
  `_key` VARCHAR(255) NOT NULL,
  `calendarType` ENUM('apple','google','outlook','ics') DEFAULT NULL,
  `oAuth2CalendarAuth.accessToken` TEXT DEFAULT NULL,
  `oAuth2CalendarAuth.accessTokenExpireDate` DATETIME(3) DEFAULT NULL,
  `oAuth2CalendarAuth.refreshToken` TEXT DEFAULT NULL,
  `oAuth2CalendarAuth.scope` VARCHAR(255) DEFAULT NULL,
  `appleCalendarAuth.email` VARCHAR(255) DEFAULT NULL,
  `appleCalendarAuth.password` VARCHAR(255) DEFAULT NULL,
  `icsCalendarAuth.feedUrl` TEXT DEFAULT NULL,
  `icsCalendarAuth.label` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `picture` VARCHAR(255) DEFAULT NULL,
  `enabled` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`users`, `_key`),
  CONSTRAINT `users_calendarAccounts_users_fk` FOREIGN KEY (`users`) REFERENCES `users` (`_id`)
);

CREATE TABLE `users_calendarAccounts_subCalendars` (
  `users` CHAR(24) NOT NULL,
  `calendarAccounts` VARCHAR(255) NOT NULL,
  `_key` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `enabled` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`users`, `calendarAccounts`, `_key`),
  CONSTRAINT `users_calendarAccounts_subCalendars_fk` FOREIGN KEY (`users`, `calendarAccounts`) REFERENCES `users_calendarAccounts` (`users`, `_key`)
);

CREATE TABLE `events` (
  `_id` CHAR(24) NOT NULL,
  `shortId` VARCHAR(255) DEFAULT NULL,
  `ownerId` CHAR(24) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `isArchived` TINYINT(1) DEFAULT NULL,
  `isDeleted` TINYINT(1) DEFAULT NULL,
  `duration` FLOAT DEFAULT NULL,
  `dates` LONGTEXT DEFAULT NULL,
  `notificationsEnabled` TINYINT(1) DEFAULT NULL,
  `sendEmailAfterXResponses` INT DEFAULT NULL,
  `when2meetHref` VARCHAR(255) DEFAULT NULL,
  `collectEmails` TINYINT(1) DEFAULT NULL,
  `timeIncrement` INT DEFAULT NULL,
  `hasSpecificTimes` TINYINT(1) DEFAULT NULL,
  `times` LONGTEXT DEFAULT NULL,
  `type` ENUM('specific_dates','dow','group') DEFAULT NULL,
  `creatorPosthogId` VARCHAR(255) DEFAULT NULL,
  `isSignUpForm` TINYINT(1) DEFAULT NULL,
  `startOnMonday` TINYINT(1) DEFAULT NULL,
  `blindAvailabilityEnabled` TINYINT(1) DEFAULT NULL,
  `daysOnly` TINYINT(1) DEFAULT NULL,
  `numResponses` INT DEFAULT NULL,
  `scheduledEvent.id` VARCHAR(255) DEFAULT NULL,
  `scheduledEvent.calendarId` VARCHAR(255) DEFAULT NULL,
  `scheduledEvent.summary` TEXT DEFAULT NULL,
  `scheduledEvent.startDate` DATETIME(3) DEFAULT NULL,
  `scheduledEvent.endDate` DATETIME(3) DEFAULT NULL,
  `scheduledEvent.free` TINYINT(1) DEFAULT NULL,
  `scheduledEvent.allDay` TINYINT(1) DEFAULT NULL,
  `calendarEventId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `ownerId` (`ownerId`),
  CONSTRAINT `events_ownerId_fk` FOREIGN KEY (`ownerId`) REFERENCES `users` (`_id`)
);

CREATE TABLE `events_signUpBlocks` (
  `_id` CHAR(24) NOT NULL,
  `events` CHAR(24) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `capacity` INT DEFAULT NULL,
  `startDate` DATETIME(3) DEFAULT NULL,
  `endDate` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `events_signUpBlocks_events_fk` FOREIGN KEY (`events`) REFERENCES `events` (`_id`)
);

CREATE TABLE `events_signUpResponses` (
  `events` CHAR(24) NOT NULL,
  `_key` VARCHAR(255) NOT NULL,
  `signUpBlockIds` LONGTEXT DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `userId` CHAR(24) DEFAULT NULL,
  PRIMARY KEY (`events`, `_key`),
  CONSTRAINT `events_signUpResponses_events_fk` FOREIGN KEY (`events`) REFERENCES `events` (`_id`),
  CONSTRAINT `events_signUpResponses_userId_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`_id`)
);

CREATE TABLE `events_remindees` (
  `events` CHAR(24) NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `taskIds` LONGTEXT DEFAULT NULL,
  `responded` TINYINT(1) DEFAULT NULL,
  KEY `events` (`events`),
  CONSTRAINT `events_remindees_events_fk` FOREIGN KEY (`events`) REFERENCES `events` (`_id`)
);

CREATE TABLE `eventResponses` (
  `_id` CHAR(24) NOT NULL,
  `eventId` CHAR(24) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `response.name` VARCHAR(255) DEFAULT NULL,
  `response.email` VARCHAR(255) DEFAULT NULL,
  `response.userId` CHAR(24) DEFAULT NULL,
  `response.availability` LONGTEXT DEFAULT NULL,
  `response.ifNeeded` LONGTEXT DEFAULT NULL,
  `response.manualAvailability` LONGTEXT DEFAULT NULL,
  `response.useCalendarAvailability` TINYINT(1) DEFAULT NULL,
  `response.enabledCalendars` LONGTEXT DEFAULT NULL,
  `response.calendarOptions.bufferTime.enabled` TINYINT(1) DEFAULT NULL,
  `response.calendarOptions.bufferTime.time` INT DEFAULT NULL,
  `response.calendarOptions.workingHours.enabled` TINYINT(1) DEFAULT NULL,
  `response.calendarOptions.workingHours.startTime` FLOAT DEFAULT NULL,
  `response.calendarOptions.workingHours.endTime` FLOAT DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `eventId` (`eventId`),
  CONSTRAINT `eventResponses_eventId_fk` FOREIGN KEY (`eventId`) REFERENCES `events` (`_id`),
  CONSTRAINT `eventResponses_response_userId_fk` FOREIGN KEY (`response.userId`) REFERENCES `users` (`_id`)
);

CREATE TABLE `attendees` (
  `_id` CHAR(24) NOT NULL,
  `eventId` CHAR(24) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `declined` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `eventId` (`eventId`),
  CONSTRAINT `attendees_eventId_fk` FOREIGN KEY (`eventId`) REFERENCES `events` (`_id`)
);

CREATE TABLE `folders` (
  `_id` CHAR(24) NOT NULL,
  `userId` CHAR(24) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `color` VARCHAR(255) DEFAULT NULL,
  `isDeleted` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `folders_userId_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`_id`)
);

CREATE TABLE `folderEvents` (
  `_id` CHAR(24) NOT NULL,
  `userId` CHAR(24) NOT NULL,
  `folderId` CHAR(24) NOT NULL,
  `eventId` CHAR(24) NOT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `folderEvents_userId_fk` FOREIGN KEY (`userId`) REFERENCES `users` (`_id`),
  CONSTRAINT `folderEvents_folderId_fk` FOREIGN KEY (`folderId`) REFERENCES `folders` (`_id`),
  CONSTRAINT `folderEvents_eventId_fk` FOREIGN KEY (`eventId`) REFERENCES `events` (`_id`)
);

CREATE TABLE `friendrequests` (
  `_id` CHAR(24) NOT NULL,
  `from` CHAR(24) DEFAULT NULL,
  `to` CHAR(24) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `friendrequests_from_fk` FOREIGN KEY (`from`) REFERENCES `users` (`_id`),
  CONSTRAINT `friendrequests_to_fk` FOREIGN KEY (`to`) REFERENCES `users` (`_id`)
);

CREATE TABLE `dailyuserlogs` (
  `_id` CHAR(24) NOT NULL,
  `date` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `dailyuserlogs_userIds` (
  `dailyuserlogs` CHAR(24) NOT NULL,
  `userIds` CHAR(24) NOT NULL,
  PRIMARY KEY (`dailyuserlogs`, `userIds`),
  CONSTRAINT `dailyuserlogs_userIds_dailyuserlogs_fk` FOREIGN KEY (`dailyuserlogs`) REFERENCES `dailyuserlogs` (`_id`),
  CONSTRAINT `dailyuserlogs_userIds_userIds_fk` FOREIGN KEY (`userIds`) REFERENCES `users` (`_id`)
);

CREATE TABLE `otpCodes` (
  `_id` CHAR(24) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `attempts` INT NOT NULL,
  PRIMARY KEY (`_id`),
  KEY `expiresAt_1` (`expiresAt`)
);

-- ChurchApps (B1.church / CHUMS church management), github.com/ChurchApps/Api, commit 05775af738426c1b6e1d731a289c08e0729f1077, MIT
-- Kysely initial-schema migrations of its separate MySQL databases (membership, attendance, giving, messaging, doing)
-- written out as MySQL DDL in one file; column names, order, types, NOT NULL and defaults unchanged, indexes left out.
-- attendance.campuses is used (membership has a bare campuses twin, left out); the settings table is membership's.

-- ===== membership database (tools/migrations/membership/2026-04-03_initial_schema.ts) =====

CREATE TABLE `users` (
  `id` char(11) NOT NULL,
  `email` varchar(191),
  `password` varchar(255),
  `authGuid` varchar(255),
  `displayName` varchar(255),
  `registrationDate` datetime DEFAULT CURRENT_TIMESTAMP,
  `lastLogin` datetime,
  `firstName` varchar(45),
  `lastName` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `churches` (
  `id` char(11) NOT NULL,
  `name` varchar(255),
  `subDomain` varchar(45),
  `registrationDate` datetime DEFAULT CURRENT_TIMESTAMP,
  `address1` varchar(255),
  `address2` varchar(255),
  `city` varchar(255),
  `state` varchar(45),
  `zip` varchar(45),
  `country` varchar(45),
  `archivedDate` datetime,
  `latitude` float,
  `longitude` float,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `userChurches` (
  `id` char(11) NOT NULL,
  `userId` char(11),
  `churchId` char(11),
  `personId` char(11),
  `lastAccessed` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `people` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `userId` char(11),
  `displayName` varchar(100),
  `firstName` varchar(50),
  `middleName` varchar(50),
  `lastName` varchar(50),
  `nickName` varchar(50),
  `prefix` varchar(10),
  `suffix` varchar(10),
  `birthDate` datetime,
  `gender` varchar(11),
  `maritalStatus` varchar(10),
  `anniversary` datetime,
  `membershipStatus` varchar(50),
  `homePhone` varchar(21),
  `mobilePhone` varchar(21),
  `workPhone` varchar(21),
  `email` varchar(100),
  `address1` varchar(50),
  `address2` varchar(50),
  `city` varchar(30),
  `state` varchar(10),
  `zip` varchar(10),
  `photoUpdated` datetime,
  `householdId` char(11),
  `householdRole` varchar(10),
  `removed` bit(1),
  `conversationId` char(11),
  `optedOut` bit(1),
  `nametagNotes` varchar(20),
  `donorNumber` varchar(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `households` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `groups` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `categoryName` varchar(50),
  `name` varchar(50),
  `trackAttendance` bit(1),
  `parentPickup` bit(1),
  `printNametag` bit(1),
  `about` text,
  `photoUrl` varchar(255),
  `removed` bit(1),
  `tags` varchar(45),
  `meetingTime` varchar(45),
  `meetingLocation` varchar(45),
  `labels` varchar(500),
  `slug` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `groupMembers` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `groupId` char(11),
  `personId` char(11),
  `joinDate` datetime,
  `leader` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `roles` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `roleMembers` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `roleId` char(11),
  `userId` char(11),
  `dateAdded` datetime,
  `addedBy` char(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `rolePermissions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `roleId` char(11),
  `apiName` varchar(45),
  `contentType` varchar(45),
  `contentId` char(11),
  `action` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `memberPermissions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `memberId` char(11),
  `contentType` varchar(45),
  `contentId` char(11),
  `action` varchar(45),
  `emailNotification` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `forms` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(255),
  `contentType` varchar(50),
  `createdTime` datetime,
  `modifiedTime` datetime,
  `accessStartTime` datetime,
  `accessEndTime` datetime,
  `restricted` bit(1),
  `archived` bit(1),
  `removed` bit(1),
  `thankYouMessage` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `formSubmissions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `formId` char(11),
  `contentType` varchar(50),
  `contentId` char(11),
  `submissionDate` datetime,
  `submittedBy` char(11),
  `revisionDate` datetime,
  `revisedBy` char(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `questions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `formId` char(11),
  `parentId` char(11),
  `title` varchar(255),
  `description` varchar(255),
  `fieldType` varchar(50),
  `placeholder` varchar(50),
  `sort` int,
  `choices` text,
  `removed` bit(1),
  `required` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `answers` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `formSubmissionId` char(11),
  `questionId` char(11),
  `value` varchar(4000),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `settings` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `userId` char(11),
  `keyName` varchar(255),
  `value` mediumtext,
  `public` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `accessLogs` (
  `id` char(11) NOT NULL,
  `userId` char(11),
  `churchId` char(11),
  `appName` varchar(45),
  `loginTime` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auditLogs` (
  `id` char(11) NOT NULL,
  `churchId` char(11) NOT NULL,
  `userId` char(11),
  `category` varchar(50) NOT NULL,
  `action` varchar(100) NOT NULL,
  `entityType` varchar(100),
  `entityId` char(11),
  `details` text,
  `ipAddress` varchar(45),
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `visibilityPreferences` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `address` varchar(50),
  `phoneNumber` varchar(50),
  `email` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `oAuthTokens` (
  `id` char(11) NOT NULL,
  `clientId` char(11),
  `userChurchId` char(11),
  `accessToken` varchar(1000),
  `refreshToken` varchar(45),
  `scopes` varchar(45),
  `expiresAt` datetime,
  `createdAt` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `notes` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `contentType` varchar(50),
  `contentId` char(11),
  `noteType` varchar(50),
  `addedBy` char(11),
  `createdAt` datetime,
  `contents` text,
  `updatedAt` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

-- ===== attendance database (tools/migrations/attendance/2026-04-03_initial_schema.ts) =====

CREATE TABLE `campuses` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(255),
  `address1` varchar(50),
  `address2` varchar(50),
  `city` varchar(50),
  `state` varchar(10),
  `zip` varchar(10),
  `removed` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `services` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `campusId` char(11),
  `name` varchar(50),
  `removed` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `groupId` char(11),
  `serviceTimeId` char(11),
  `sessionDate` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `visits` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `serviceId` char(11),
  `groupId` char(11),
  `visitDate` datetime,
  `checkinTime` datetime,
  `addedBy` char(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `visitSessions` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `visitId` char(11),
  `sessionId` char(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

-- ===== giving database (tools/migrations/giving/2026-04-03_initial_schema.ts) =====

CREATE TABLE `customers` (
  `id` varchar(255) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `provider` varchar(50),
  `metadata` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `donationBatches` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(50),
  `batchDate` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `donations` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `batchId` char(11),
  `personId` char(11),
  `donationDate` datetime,
  `amount` double,
  `currency` varchar(10),
  `method` varchar(50),
  `methodDetails` varchar(255),
  `notes` text,
  `entryTime` datetime,
  `status` varchar(20) DEFAULT 'complete',
  `transactionId` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fundDonations` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `donationId` char(11),
  `fundId` char(11),
  `amount` double,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `funds` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `name` varchar(50),
  `removed` bit(1),
  `productId` varchar(50),
  `taxDeductible` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `gatewayPaymentMethods` (
  `id` char(11) NOT NULL,
  `churchId` char(11) NOT NULL,
  `gatewayId` char(11) NOT NULL,
  `customerId` varchar(255) NOT NULL,
  `externalId` varchar(255) NOT NULL,
  `methodType` varchar(50),
  `displayName` varchar(255),
  `metadata` json,
  `createdAt` datetime DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

-- ===== messaging database (tools/migrations/messaging/2026-04-03_initial_schema.ts) =====

CREATE TABLE `connections` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `conversationId` varchar(64),
  `personId` char(11),
  `displayName` varchar(45),
  `timeJoined` datetime,
  `socketId` varchar(45),
  `ipAddress` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `conversations` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `contentType` varchar(45),
  `contentId` varchar(255),
  `title` varchar(255),
  `dateCreated` datetime,
  `groupId` char(11),
  `visibility` varchar(45),
  `firstPostId` char(11),
  `lastPostId` char(11),
  `postCount` int,
  `allowAnonymousPosts` bit(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `conversationId` char(11),
  `displayName` varchar(45),
  `timeSent` datetime,
  `messageType` varchar(45),
  `content` text,
  `personId` char(11),
  `timeUpdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveryLogs` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `contentType` varchar(20),
  `contentId` char(11),
  `deliveryMethod` varchar(10),
  `success` bit(1),
  `errorMessage` varchar(500),
  `deliveryAddress` varchar(255),
  `attemptTime` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `devices` (
  `id` char(11) NOT NULL,
  `appName` varchar(20),
  `deviceId` varchar(45),
  `churchId` char(11),
  `personId` char(11),
  `fcmToken` varchar(255),
  `label` varchar(45),
  `registrationDate` datetime,
  `lastActiveDate` datetime,
  `deviceInfo` text,
  `admId` varchar(255),
  `pairingCode` varchar(45),
  `ipAddress` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `notifications` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `contentType` varchar(45),
  `contentId` char(11),
  `timeSent` datetime,
  `isNew` bit(1),
  `message` text,
  `link` varchar(100),
  `deliveryMethod` varchar(10),
  `triggeredByPersonId` char(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `privateMessages` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `fromPersonId` char(11),
  `toPersonId` char(11),
  `conversationId` char(11),
  `notifyPersonId` char(11),
  `deliveryMethod` varchar(10),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sentTexts` (
  `id` char(11) NOT NULL,
  `churchId` char(11) NOT NULL,
  `groupId` char(11),
  `recipientPersonId` char(11),
  `senderPersonId` char(11),
  `message` varchar(1600),
  `recipientCount` int DEFAULT 0,
  `successCount` int DEFAULT 0,
  `failCount` int DEFAULT 0,
  `timeSent` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `textingProviders` (
  `id` char(11) NOT NULL,
  `churchId` char(11) NOT NULL,
  `provider` varchar(50) NOT NULL,
  `apiKey` varchar(500),
  `apiSecret` varchar(500),
  `fromNumber` varchar(20),
  `enabled` bit(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

-- ===== doing database (tools/migrations/doing/2026-04-03_initial_schema.ts) =====

CREATE TABLE `assignments` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `positionId` char(11),
  `personId` char(11),
  `status` varchar(45),
  `notified` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `blockoutDates` (
  `id` char(11) NOT NULL,
  `churchId` char(11),
  `personId` char(11),
  `startDate` date,
  `endDate` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

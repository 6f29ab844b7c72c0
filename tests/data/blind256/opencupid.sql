-- OpenCupid (community matchmaking: friendship, collaboration and dating) — blind exam 256
-- Source: github.com/opencupid/opencupid `apps/backend/prisma/migrations/*/migration.sql` (21 Prisma migrations, replayed in order
-- in a scratch PostgreSQL 15; the same models as `apps/backend/prisma/schema.prisma`), commit 8304ca9c5d75cc135b3d0ab67b93c5e14696939e (MIT).
-- Written as MySQL from the resulting catalog: all 27 tables (with Prisma's implicit many-to-many tables `_ProfileTags`,
-- `_BlockedProfiles`), columns in their physical order, primary, unique and foreign keys as upstream. Types: TEXT -> TEXT
-- (VARCHAR(255) where part of a key), TIMESTAMP(3) -> DATETIME(3), BOOLEAN -> TINYINT(1), DOUBLE PRECISION -> DOUBLE, enum
-- types -> ENUM, enum and text arrays -> JSON, SERIAL -> INT AUTO_INCREMENT. Partial and trigram indexes, plain indexes and
-- function defaults (CURRENT_TIMESTAMP, ARRAY[...]) left out.
CREATE TABLE `Tag` (
  `id` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `originalLocale` TEXT NOT NULL,
  `isUserCreated` TINYINT(1) NOT NULL DEFAULT 0,
  `isApproved` TINYINT(1) NOT NULL DEFAULT 0,
  `isHidden` TINYINT(1) NOT NULL DEFAULT 0,
  `isDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `createdBy` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_name_key` (`name`),
  UNIQUE KEY `Tag_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TagTranslation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tagId` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TagTranslation_tagId_locale_key` (`tagId`, `locale`),
  CONSTRAINT `TagTranslation_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `Tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phonenumber` VARCHAR(255),
  `tokenVersion` INT NOT NULL DEFAULT 0,
  `loginToken` VARCHAR(255),
  `loginTokenExp` DATETIME(3),
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `isBlocked` TINYINT(1) NOT NULL DEFAULT 0,
  `isRegistrationConfirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastLoginAt` DATETIME(3),
  `language` TEXT NOT NULL,
  `newsletterOptIn` TINYINT(1) NOT NULL DEFAULT 1,
  `roles` JSON,
  `isPushNotificationEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `originDomain` TEXT NOT NULL,
  `emailNotificationsOptIn` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_loginToken_key` (`loginToken`),
  UNIQUE KEY `User_phonenumber_key` (`phonenumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Profile` (
  `id` VARCHAR(255) NOT NULL,
  `publicName` TEXT NOT NULL,
  `country` TEXT NOT NULL,
  `cityName` TEXT NOT NULL,
  `isSocialActive` TINYINT(1) NOT NULL DEFAULT 0,
  `isDatingActive` TINYINT(1) NOT NULL DEFAULT 0,
  `isActive` TINYINT(1) NOT NULL DEFAULT 0,
  `isReported` TINYINT(1) NOT NULL DEFAULT 0,
  `isBlocked` TINYINT(1) NOT NULL DEFAULT 0,
  `isOnboarded` TINYINT(1) NOT NULL DEFAULT 0,
  `isCallable` TINYINT(1) NOT NULL DEFAULT 1,
  `userId` VARCHAR(255) NOT NULL,
  `work` TEXT NOT NULL,
  `languages` JSON,
  `birthday` DATETIME(3),
  `gender` ENUM('male','female','agender','androgynous','bigender','cis_man','cis_woman','genderfluid','genderqueer','gender_nonconforming','hijra','intersex','pangender','transfeminine','trans_man','transmasculine','transsexual','trans_woman','two_spirit','non_binary','other','unspecified'),
  `pronouns` ENUM('he_him','she_her','they_them','unspecified'),
  `relationship` ENUM('single','in_relationship','married','divorced','widowed','other','unspecified'),
  `hasKids` ENUM('yes','no','unspecified'),
  `prefAgeMin` INT,
  `prefAgeMax` INT,
  `prefGender` JSON,
  `prefKids` JSON,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `hasFace` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Profile_userId_key` (`userId`),
  CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LocalizedProfileField` (
  `id` VARCHAR(255) NOT NULL,
  `profileId` VARCHAR(255) NOT NULL,
  `field` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `LocalizedProfileField_profileId_field_locale_key` (`profileId`, `field`, `locale`),
  CONSTRAINT `LocalizedProfileField_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Image` (
  `id` VARCHAR(255) NOT NULL,
  `ownerProfileId` VARCHAR(255) NOT NULL,
  `storagePath` VARCHAR(255) NOT NULL,
  `mimeType` TEXT NOT NULL,
  `width` INT,
  `height` INT,
  `contentHash` TEXT,
  `blurhash` TEXT,
  `hasFace` TINYINT(1) NOT NULL DEFAULT 0,
  `isModerated` TINYINT(1) NOT NULL DEFAULT 0,
  `isFlagged` TINYINT(1) NOT NULL DEFAULT 0,
  `position` INT NOT NULL DEFAULT 0,
  `altText` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Image_storagePath_key` (`storagePath`),
  CONSTRAINT `Image_ownerProfileId_fkey` FOREIGN KEY (`ownerProfileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileImage` (
  `profileId` VARCHAR(255) NOT NULL,
  `imageId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`imageId`),
  CONSTRAINT `ProfileImage_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Image` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ProfileImage_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Conversation` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `profileAId` VARCHAR(255) NOT NULL,
  `profileBId` VARCHAR(255) NOT NULL,
  `status` ENUM('INITIATED','ACCEPTED','BLOCKED','ARCHIVED','PENDING','DISCARDED') NOT NULL DEFAULT 'INITIATED',
  `initiatorProfileId` VARCHAR(255) NOT NULL,
  `jitsiRoomId` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `Conversation_initiatorProfileId_fkey` FOREIGN KEY (`initiatorProfileId`) REFERENCES `Profile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `Conversation_profileAId_fkey` FOREIGN KEY (`profileAId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Conversation_profileBId_fkey` FOREIGN KEY (`profileBId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConversationParticipant` (
  `id` VARCHAR(255) NOT NULL,
  `profileId` VARCHAR(255) NOT NULL,
  `conversationId` VARCHAR(255) NOT NULL,
  `lastReadAt` DATETIME(3),
  `isMuted` TINYINT(1) NOT NULL DEFAULT 0,
  `isArchived` TINYINT(1) NOT NULL DEFAULT 0,
  `isCallable` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ConversationParticipant_profileId_conversationId_key` (`profileId`, `conversationId`),
  CONSTRAINT `ConversationParticipant_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `Conversation` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ConversationParticipant_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LikedProfile` (
  `id` VARCHAR(255) NOT NULL,
  `fromId` VARCHAR(255) NOT NULL,
  `toId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `isNew` TINYINT(1) NOT NULL DEFAULT 1,
  `isAnonymous` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `LikedProfile_fromId_toId_key` (`fromId`, `toId`),
  CONSTRAINT `LikedProfile_fromId_fkey` FOREIGN KEY (`fromId`) REFERENCES `Profile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `LikedProfile_toId_fkey` FOREIGN KEY (`toId`) REFERENCES `Profile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HiddenProfile` (
  `id` VARCHAR(255) NOT NULL,
  `fromId` VARCHAR(255) NOT NULL,
  `toId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `HiddenProfile_fromId_toId_key` (`fromId`, `toId`),
  CONSTRAINT `HiddenProfile_fromId_fkey` FOREIGN KEY (`fromId`) REFERENCES `Profile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `HiddenProfile_toId_fkey` FOREIGN KEY (`toId`) REFERENCES `Profile` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Message` (
  `id` VARCHAR(255) NOT NULL,
  `conversationId` VARCHAR(255) NOT NULL,
  `senderId` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `messageType` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Message_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `Conversation` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Message_senderId_fkey` FOREIGN KEY (`senderId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MessageAttachment` (
  `id` VARCHAR(255) NOT NULL,
  `messageId` VARCHAR(255) NOT NULL,
  `filePath` TEXT NOT NULL,
  `mimeType` TEXT NOT NULL,
  `fileSize` INT,
  `duration` INT,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `MessageAttachment_messageId_key` (`messageId`),
  CONSTRAINT `MessageAttachment_messageId_fkey` FOREIGN KEY (`messageId`) REFERENCES `Message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PushSubscription` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `endpoint` VARCHAR(255) NOT NULL,
  `p256dh` TEXT NOT NULL,
  `auth` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `deviceInfo` TEXT,
  `lastSeen` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `PushSubscription_endpoint_key` (`endpoint`),
  CONSTRAINT `PushSubscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileSessionLog` (
  `id` VARCHAR(255) NOT NULL,
  `profileId` VARCHAR(255) NOT NULL,
  `startedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ProfileSessionLog_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileActivitySummary` (
  `profileId` VARCHAR(255) NOT NULL,
  `firstSeenAt` DATETIME(3) NOT NULL,
  `lastSeenAt` DATETIME(3) NOT NULL,
  `activeDays28` INT NOT NULL DEFAULT 0,
  `sessions28` INT NOT NULL DEFAULT 0,
  `segment` ENUM('new','returning','frequent','dormant') NOT NULL DEFAULT 'dormant',
  `demotionStreak` INT NOT NULL DEFAULT 0,
  `segmentUpdatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`profileId`),
  CONSTRAINT `ProfileActivitySummary_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_ProfileTags` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_ProfileTags_A_fkey` FOREIGN KEY (`A`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_ProfileTags_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_BlockedProfiles` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_BlockedProfiles_A_fkey` FOREIGN KEY (`A`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_BlockedProfiles_B_fkey` FOREIGN KEY (`B`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProfileTrustFlag` (
  `id` VARCHAR(255) NOT NULL,
  `profileId` VARCHAR(255) NOT NULL,
  `reason` ENUM('PROFILE_UNVETTED','SPAM_BURST') NOT NULL,
  `flaggedAt` DATETIME(3) NOT NULL,
  `clearedAt` DATETIME(3),
  `evidence` TEXT NOT NULL,
  `flaggedBy` TEXT NOT NULL,
  `clearedBy` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `ProfileTrustFlag_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MessageTemplate` (
  `id` VARCHAR(255) NOT NULL,
  `type` ENUM('welcome') NOT NULL,
  `locale` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `MessageTemplate_type_locale_key` (`type`, `locale`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserContent` (
  `id` VARCHAR(255) NOT NULL,
  `kind` ENUM('post','event','community') NOT NULL,
  `postedById` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `isDeleted` TINYINT(1) NOT NULL DEFAULT 0,
  `isVisible` TINYINT(1) NOT NULL DEFAULT 1,
  `country` TEXT,
  `cityName` TEXT,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `UserContent_postedById_fkey` FOREIGN KEY (`postedById`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PostContent` (
  `userContentId` VARCHAR(255) NOT NULL,
  `type` ENUM('OFFER','REQUEST') NOT NULL,
  PRIMARY KEY (`userContentId`),
  CONSTRAINT `PostContent_userContentId_fkey` FOREIGN KEY (`userContentId`) REFERENCES `UserContent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventContent` (
  `userContentId` VARCHAR(255) NOT NULL,
  `startsAt` DATETIME(3) NOT NULL,
  `venue` TEXT,
  PRIMARY KEY (`userContentId`),
  CONSTRAINT `EventContent_userContentId_fkey` FOREIGN KEY (`userContentId`) REFERENCES `UserContent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommunityContent` (
  `userContentId` VARCHAR(255) NOT NULL,
  `yearFounded` INT,
  PRIMARY KEY (`userContentId`),
  CONSTRAINT `CommunityContent_userContentId_fkey` FOREIGN KEY (`userContentId`) REFERENCES `UserContent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserContentImage` (
  `imageId` VARCHAR(255) NOT NULL,
  `userContentId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`imageId`),
  CONSTRAINT `UserContentImage_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Image` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserContentImage_userContentId_fkey` FOREIGN KEY (`userContentId`) REFERENCES `UserContent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventAttendance` (
  `eventContentId` VARCHAR(255) NOT NULL,
  `profileId` VARCHAR(255) NOT NULL,
  `status` ENUM('GOING','MAYBE') NOT NULL DEFAULT 'GOING',
  `rsvpedAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`eventContentId`, `profileId`),
  CONSTRAINT `EventAttendance_eventContentId_fkey` FOREIGN KEY (`eventContentId`) REFERENCES `EventContent` (`userContentId`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `EventAttendance_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MessageImage` (
  `imageId` VARCHAR(255) NOT NULL,
  `messageId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`imageId`),
  CONSTRAINT `MessageImage_imageId_fkey` FOREIGN KEY (`imageId`) REFERENCES `Image` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `MessageImage_messageId_fkey` FOREIGN KEY (`messageId`) REFERENCES `Message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- BeWelcome (BeWelcome/rox): hospitality exchange network for travellers (members and their addresses,
-- hosting offers and hosting interest, trips and trip legs, hosting requests and invitations, messages,
-- references (comments), friends, profile notes and visits, groups, forum, activities, donations, volunteers'
-- rights, notifications, logs).
-- Source: the Doctrine ORM entities `src/Entity/*.php` (PHP 8 attributes) and the DBAL types of `src/Doctrine/`
-- at commit 3ae7606342616bfacb9b41a54c087c5c1ebe17e3 (GPL-2.0). The application's schema is the one Doctrine
-- derives from these mappings (`doctrine:schema:validate`); it was written here as the MySQL DDL Doctrine's
-- SchemaTool emits for them: table and column names as mapped (`underscore` naming strategy where no name is
-- given, `<property>_id` for an unnamed join column), the fields of each entity in declaration order followed by
-- its join columns; string -> varchar(length, default 255), text -> tinytext/text/mediumtext/longtext by length,
-- integer -> int, smallint, bigint, boolean -> tinyint(1), datetime, date, decimal -> numeric(p, s), point
-- (LongitudeOne spatial) -> geometry (POINT's supertype: sqlglot, which mysql_to_sqlite uses, cannot parse POINT); the application's enum and set types as the ENUM(...) / SET(...) their
-- getSQLDeclaration() returns; nullable as mapped (join columns nullable unless stated, identifiers NOT NULL);
-- generated identifiers AUTO_INCREMENT; one-to-one join columns and UniqueConstraint attributes as unique keys;
-- join columns as foreign keys (Doctrine emits them all as trailing ALTER TABLE statements; here they are inline,
-- except forum_thread's two references to forum_post, which close a cycle and stay trailing ALTER TABLEs).
-- Plain indexes are left out. Kept: the tables of 47 of the 67 entities (their own tables); left out: the
-- translation tables (`*_translations`, `groups_trads`), FAQ, wiki, words and translations, gallery, community
-- news, polls, flags and statistics.

CREATE TABLE `member` (
  `id` int NOT NULL AUTO_INCREMENT,
  `Username` varchar(32) NOT NULL,
  `Email` varchar(255) NOT NULL,
  `NewEmail` varchar(255),
  `Locale` varchar(8) NOT NULL,
  `LastActive` datetime,
  `PassWord` varchar(100),
  `Status` enum('MailToConfirm', 'Pending', 'DuplicateSigned', 'NeedMore', 'Rejected', 'CompletedPending', 'Active', 'TakenOut', 'Banned', 'Sleeper', 'ChoiceInactive', 'OutOfRemind', 'Renamed', 'ActiveHidden', 'SuspendedBeta', 'AskToLeave', 'StopBoringMe', 'PassedAway', 'Buggy', 'Activated', 'MailConfirmed') NOT NULL,
  `Reminders` int NOT NULL,
  `Name` text,
  `ShortName` varchar(255),
  `HideAttribute` int NOT NULL,
  `ProfileLanguage` varchar(8),
  `Accommodation` enum('yes', 'no'),
  `AdditionalAccommodationInfo` varchar(255),
  `ILiveWith` varchar(255),
  `StandardOffers` set('dinner', 'guidedtour'),
  `MaxGuests` int NOT NULL,
  `MaxLengthOfStay` varchar(255),
  `Organizations` varchar(255),
  `Restrictions` set('no.alcohol', 'no.drugs', 'no.smoking'),
  `HouseRules` varchar(255),
  `created` datetime NOT NULL,
  `updated` datetime,
  `AboutMe` varchar(255),
  `Occupation` varchar(255),
  `Gender` enum('male', 'female', 'other') NOT NULL,
  `BirthDate` date,
  `PastTrips` varchar(255),
  `PlannedTrips` varchar(255),
  `Hobbies` varchar(255),
  `Books` varchar(255),
  `Music` varchar(255),
  `Movies` varchar(255),
  `PleaseBring` varchar(255),
  `WhereYouSleep` varchar(255),
  `OfferGuests` varchar(255),
  `OfferHosts` varchar(255),
  `GettingThere` varchar(255),
  `LastSwitchToActive` datetime,
  `bewelcomed` tinyint(1) NOT NULL,
  `RegistrationKey` varchar(255),
  `HostingInterest` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `geo__names` (
  `name` varchar(200),
  `latitude` numeric(10, 7) NOT NULL,
  `longitude` numeric(10, 7) NOT NULL,
  `coordinates` geometry NOT NULL,
  `feature_class` varchar(1),
  `feature_code` varchar(10),
  `country_id` varchar(255),
  `admin_1_id` varchar(255),
  `admin_2_id` varchar(255),
  `admin_3_id` varchar(255),
  `admin_4_id` varchar(255),
  `population` bigint,
  `moddate` date,
  `geoname_id` int NOT NULL,
  `country` int,
  `admin1` int,
  `admin2` int,
  `admin3` int,
  `admin4` int,
  PRIMARY KEY (`geoname_id`),
  CONSTRAINT `FK_geo__names_country` FOREIGN KEY (`country`) REFERENCES `geo__names` (`geoname_id`),
  CONSTRAINT `FK_geo__names_admin1` FOREIGN KEY (`admin1`) REFERENCES `geo__names` (`geoname_id`),
  CONSTRAINT `FK_geo__names_admin2` FOREIGN KEY (`admin2`) REFERENCES `geo__names` (`geoname_id`),
  CONSTRAINT `FK_geo__names_admin3` FOREIGN KEY (`admin3`) REFERENCES `geo__names` (`geoname_id`),
  CONSTRAINT `FK_geo__names_admin4` FOREIGN KEY (`admin4`) REFERENCES `geo__names` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `address` (
  `HouseNumber` varchar(255),
  `StreetName` varchar(255),
  `Zip` varchar(255),
  `wheelChairAccessible` tinyint(1),
  `latitude` numeric(10, 7),
  `longitude` numeric(10, 7),
  `active` tinyint(1),
  `id` int NOT NULL AUTO_INCREMENT,
  `member_id` int,
  `location` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_address_member_id` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_address_location` FOREIGN KEY (`location`) REFERENCES `geo__names` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `geo__countries` (
  `continent` varchar(2) NOT NULL,
  `country_id` varchar(2) NOT NULL,
  `country` int NOT NULL,
  PRIMARY KEY (`country_id`),
  CONSTRAINT `FK_geo__countries_country` FOREIGN KEY (`country`) REFERENCES `geo__names` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `member_photo` (
  `FilePath` tinytext NOT NULL,
  `created` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `member_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_member_photo_member_id` (`member_id`),
  CONSTRAINT `FK_member_photo_member_id` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `language` (
  `Name` tinytext NOT NULL,
  `ShortCode` varchar(16) NOT NULL,
  `IsWrittenLanguage` tinyint(1) NOT NULL,
  `IsSpokenLanguage` tinyint(1) NOT NULL,
  `IsSignLanguage` tinyint(1) NOT NULL,
  PRIMARY KEY (`ShortCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `member_language_level` (
  `level` enum('mother.tongue', 'expert', 'fluent', 'intermediate', 'beginner', 'hello.only') NOT NULL,
  `member_id` int NOT NULL,
  `language` varchar(16) NOT NULL,
  PRIMARY KEY (`member_id`, `language`, `level`),
  CONSTRAINT `FK_member_language_level_member_id` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_member_language_level_language` FOREIGN KEY (`language`) REFERENCES `language` (`ShortCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `languages` (
  `Name` tinytext NOT NULL,
  `ShortCode` varchar(16) NOT NULL,
  `IsWrittenLanguage` tinyint(1) NOT NULL,
  `IsSpokenLanguage` tinyint(1) NOT NULL,
  `IsSignLanguage` tinyint(1) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_languages_ShortCode` (`ShortCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `preferences` (
  `position` int NOT NULL,
  `codeName` varchar(30) NOT NULL,
  `codeDescription` varchar(30) NOT NULL,
  `Description` text NOT NULL,
  `created` datetime NOT NULL,
  `DefaultValue` tinytext NOT NULL,
  `PossibleValues` tinytext NOT NULL,
  `Status` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_preferences_codeName` (`codeName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `memberspreferences` (
  `Value` text NOT NULL,
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int NOT NULL,
  `IdPreference` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_memberspreferences_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_memberspreferences_IdPreference` FOREIGN KEY (`IdPreference`) REFERENCES `preferences` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `hosting_eagerness_slider` (
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  `current` int NOT NULL,
  `step` int NOT NULL,
  `remaining` int NOT NULL,
  `enddate` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `member_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_hosting_eagerness_slider_member_id` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `trips` (
  `summary` varchar(150) NOT NULL,
  `description` varchar(4096) NOT NULL,
  `countOfTravellers` int NOT NULL,
  `invitation_radius` int NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime,
  `deleted` datetime,
  `additionalInfo` enum('none', 'single', 'couple', 'friends_mixed', 'friends_same', 'family') NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_trips_id` (`id`),
  CONSTRAINT `FK_trips_created_by` FOREIGN KEY (`created_by`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `sub_trips` (
  `arrival` date NOT NULL,
  `departure` date NOT NULL,
  `options` set('Private', 'MeetLocals', 'LookingForHosts'),
  `id` int NOT NULL AUTO_INCREMENT,
  `location` int NOT NULL,
  `invited_by` int,
  `trip_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_sub_trips_invited_by` (`invited_by`),
  CONSTRAINT `FK_sub_trips_location` FOREIGN KEY (`location`) REFERENCES `geo__names` (`geoname_id`),
  CONSTRAINT `FK_sub_trips_invited_by` FOREIGN KEY (`invited_by`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_sub_trips_trip_id` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `arrival` datetime NOT NULL,
  `departure` datetime NOT NULL,
  `flexible` tinyint(1),
  `number_of_travellers` int NOT NULL,
  `status` int NOT NULL,
  `invite_for_leg` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_request_invite_for_leg` FOREIGN KEY (`invite_for_leg`) REFERENCES `sub_trips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `subject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `messages` (
  `MessageType` varchar(255) NOT NULL,
  `updated` datetime,
  `created` datetime NOT NULL,
  `DateSent` datetime NOT NULL,
  `DeleteRequest` set('senderdeleted', 'receiverdeleted', 'senderpurged', 'receiverpurged'),
  `SpamInfo` set('NotSpam', 'SpamBlkWord', 'SpamSayMember', 'SpamSayChecker', 'ProcessedBySpamManager') NOT NULL,
  `Status` enum('ToSend', 'Sent', 'Freeze') NOT NULL,
  `Message` text NOT NULL,
  `InFolder` enum('Normal', 'junk', 'Spam', 'Draft', 'requests') NOT NULL,
  `WhenFirstRead` datetime,
  `CheckerComment` longtext,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdParent` int,
  `initiator_id` int NOT NULL,
  `IdReceiver` int NOT NULL,
  `IdSender` int NOT NULL,
  `subject_id` int,
  `request_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_messages_IdParent` (`IdParent`),
  CONSTRAINT `FK_messages_IdParent` FOREIGN KEY (`IdParent`) REFERENCES `messages` (`id`),
  CONSTRAINT `FK_messages_initiator_id` FOREIGN KEY (`initiator_id`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_messages_IdReceiver` FOREIGN KEY (`IdReceiver`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_messages_IdSender` FOREIGN KEY (`IdSender`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_messages_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`),
  CONSTRAINT `FK_messages_request_id` FOREIGN KEY (`request_id`) REFERENCES `request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `comments` (
  `Relations` set('was_my_guest', 'hosted_me', 'only_once', 'family', 'close_friend', 'travelled_Together', 'friends', 'chatted') NOT NULL,
  `Quality` enum('positive', 'neutral', 'negative') NOT NULL,
  `TextFree` text NOT NULL,
  `TextWhere` text NOT NULL,
  `updated` datetime,
  `created` datetime NOT NULL,
  `AdminAction` enum('NothingNeeded', 'AdminCommentMustCheck', 'AdminAbuserMustCheck', 'Checked') NOT NULL,
  `DisplayableInCommentOfTheMonth` varchar(255) NOT NULL,
  `DisplayInPublic` tinyint(1) NOT NULL,
  `AllowEdit` tinyint(1) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdToMember` int,
  `IdFromMember` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_comments_IdToMember` FOREIGN KEY (`IdToMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_comments_IdFromMember` FOREIGN KEY (`IdFromMember`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `comment` (
  `relations` set('was_my_guest', 'hosted_me', 'only_once', 'family', 'close_friend', 'travelled_Together', 'friends', 'chatted') NOT NULL,
  `quality` enum('positive', 'neutral', 'negative') NOT NULL,
  `comment` text NOT NULL,
  `updated` datetime,
  `created` datetime NOT NULL,
  `admin_action` enum('NothingNeeded', 'AdminCommentMustCheck', 'AdminAbuserMustCheck', 'Checked') NOT NULL,
  `show_to_other_members` tinyint(1) NOT NULL,
  `allow_edit` tinyint(1) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `to_member_id` int,
  `from_member_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_comment_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_comment_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `friend` (
  `created` datetime NOT NULL,
  `updated` datetime,
  `left_confirmed` tinyint(1) NOT NULL,
  `right_confirmed` tinyint(1) NOT NULL,
  `left_id` int NOT NULL,
  `right_id` int NOT NULL,
  PRIMARY KEY (`left_id`, `right_id`),
  CONSTRAINT `FK_friend_left_id` FOREIGN KEY (`left_id`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_friend_right_id` FOREIGN KEY (`right_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `mycontacts` (
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `Category` varchar(255) NOT NULL,
  `Comment` longtext NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int,
  `IdContact` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_mycontacts_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_mycontacts_IdContact` FOREIGN KEY (`IdContact`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `profilesvisits` (
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `IdMember` int NOT NULL,
  `IdVisitor` int NOT NULL,
  PRIMARY KEY (`IdMember`, `IdVisitor`),
  CONSTRAINT `FK_profilesvisits_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_profilesvisits_IdVisitor` FOREIGN KEY (`IdVisitor`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `passwordreset` (
  `generated` datetime NOT NULL,
  `token` varchar(64) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `member_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_passwordreset_member_id` (`member_id`),
  CONSTRAINT `FK_passwordreset_member_id` FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `logs` (
  `Str` text NOT NULL,
  `Type` tinytext NOT NULL,
  `created` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `idMember` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_logs_idMember` FOREIGN KEY (`idMember`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `notes` (
  `Type` varchar(255) NOT NULL,
  `Link` varchar(300) NOT NULL,
  `WordCode` varchar(300) NOT NULL,
  `Checked` tinyint(1) NOT NULL,
  `SendMail` tinyint(1) NOT NULL,
  `created` datetime NOT NULL,
  `TranslationParams` text,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int,
  `IdRelMember` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_notes_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_notes_IdRelMember` FOREIGN KEY (`IdRelMember`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `donations` (
  `Email` tinytext NOT NULL,
  `StatusPrivate` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `Amount` numeric(10, 2) NOT NULL,
  `Money` varchar(10) NOT NULL,
  `namegiven` text NOT NULL,
  `referencepaypal` text NOT NULL,
  `membercomment` text NOT NULL,
  `SystemComment` text NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int,
  `IdCountry` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_donations_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_donations_IdCountry` FOREIGN KEY (`IdCountry`) REFERENCES `geo__names` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `groups` (
  `Name` varchar(40) NOT NULL,
  `Type` enum('Public', 'NeedAcceptance', 'NeedInvitation') NOT NULL,
  `created` datetime NOT NULL,
  `Picture` text NOT NULL,
  `MoreInfo` text NOT NULL,
  `IdDescription` int NOT NULL,
  `VisiblePosts` varchar(255) NOT NULL,
  `approved` smallint,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `membersgroups` (
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  `comment` int NOT NULL,
  `Status` enum('In', 'WantToBeIn', 'Kicked', 'Invited') NOT NULL,
  `IacceptMassMailFromThisGroup` varchar(255) NOT NULL,
  `CanSendGroupMessage` varchar(255) NOT NULL,
  `notificationsEnabled` tinyint(1) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int NOT NULL,
  `IdGroup` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_membersgroups_IdMember_IdGroup` (`IdMember`, `IdGroup`),
  CONSTRAINT `FK_membersgroups_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_membersgroups_IdGroup` FOREIGN KEY (`IdGroup`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `activities` (
  `dateTimeStart` datetime NOT NULL,
  `dateTimeEnd` datetime NOT NULL,
  `address` varchar(320),
  `title` varchar(80) NOT NULL,
  `description` mediumtext NOT NULL,
  `status` smallint NOT NULL,
  `public` smallint,
  `id` int NOT NULL AUTO_INCREMENT,
  `creator` int NOT NULL,
  `locationId` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_activities_creator` FOREIGN KEY (`creator`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_activities_locationId` FOREIGN KEY (`locationId`) REFERENCES `geo__names` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `activitiesattendees` (
  `organizer` smallint NOT NULL,
  `status` smallint NOT NULL,
  `comment` varchar(80) NOT NULL,
  `id` int NOT NULL,
  `activityId` int NOT NULL,
  `attendeeId` int NOT NULL,
  PRIMARY KEY (`activityId`, `attendeeId`),
  CONSTRAINT `FK_activitiesattendees_activityId` FOREIGN KEY (`activityId`) REFERENCES `activities` (`id`),
  CONSTRAINT `FK_activitiesattendees_attendeeId` FOREIGN KEY (`attendeeId`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `forum_thread` (
  `id` int NOT NULL AUTO_INCREMENT,
  `expiredate` datetime,
  `IdTitle` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `replies` int NOT NULL,
  `views` int NOT NULL,
  `stickyvalue` int NOT NULL,
  `ThreadVisibility` enum('NoRestriction', 'MembersOnly', 'GroupOnly', 'Moderator') NOT NULL,
  `WhoCanReply` enum('MembersOnly', 'GroupMembersOnly', 'Moderators') NOT NULL,
  `ThreadDeleted` enum('NotDeleted', 'Deleted') NOT NULL,
  `first_postid` int NOT NULL,
  `last_postid` int NOT NULL,
  `ShortCode` varchar(16) NOT NULL,
  `IdGroup` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_forum_thread_first_postid` (`first_postid`),
  UNIQUE KEY `UNIQ_forum_thread_last_postid` (`last_postid`),
  CONSTRAINT `FK_forum_thread_ShortCode` FOREIGN KEY (`ShortCode`) REFERENCES `language` (`ShortCode`),
  CONSTRAINT `FK_forum_thread_IdGroup` FOREIGN KEY (`IdGroup`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `forum_post` (
  `id` int NOT NULL AUTO_INCREMENT,
  `PostVisibility` enum('NoRestriction', 'MembersOnly', 'GroupOnly', 'Moderator') NOT NULL,
  `create_time` datetime NOT NULL,
  `message` text NOT NULL,
  `IdContent` int NOT NULL,
  `OwnerCanStillEdit` enum('Yes', 'No') NOT NULL,
  `last_edittime` datetime,
  `last_editorid` int,
  `edit_count` tinyint(1) NOT NULL,
  `PostDeleted` enum('NotDeleted', 'Deleted') NOT NULL,
  `threadid` int,
  `IdWriter` int,
  `ShortCode` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_forum_post_threadid` FOREIGN KEY (`threadid`) REFERENCES `forum_thread` (`id`),
  CONSTRAINT `FK_forum_post_IdWriter` FOREIGN KEY (`IdWriter`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_forum_post_ShortCode` FOREIGN KEY (`ShortCode`) REFERENCES `language` (`ShortCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `members_threads_subscribed` (
  `created` datetime NOT NULL,
  `ActionToWatch` enum('replies', 'updates') NOT NULL,
  `UnSubscribeKey` varchar(32) NOT NULL,
  `notificationsEnabled` tinyint(1) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdSubscriber` int NOT NULL,
  `IdThread` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_members_threads_subscribed_IdSubscriber` FOREIGN KEY (`IdSubscriber`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_members_threads_subscribed_IdThread` FOREIGN KEY (`IdThread`) REFERENCES `forum_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `posts_notificationqueue` (
  `Status` varchar(255) NOT NULL,
  `Type` varchar(255) NOT NULL,
  `IdSubscription` int NOT NULL,
  `TableSubscription` varchar(64) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int NOT NULL,
  `IdPost` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_posts_notificationqueue_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_posts_notificationqueue_IdPost` FOREIGN KEY (`IdPost`) REFERENCES `forum_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `reports_to_moderators` (
  `PostComment` text NOT NULL,
  `ModeratorComment` text NOT NULL,
  `Status` enum('Open', 'OnDiscussion', 'Closed') NOT NULL,
  `IdPost` int NOT NULL,
  `IdThread` int NOT NULL,
  `Type` enum('SeeText', 'AllowMeToEdit', 'Insults', 'RemoveMyPost') NOT NULL,
  `LastWhoSpoke` enum('Member', 'Moderator') NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdReporter` int,
  `IdModerator` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_reports_to_moderators_IdReporter` FOREIGN KEY (`IdReporter`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_reports_to_moderators_IdModerator` FOREIGN KEY (`IdModerator`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `rights` (
  `created` datetime NOT NULL,
  `Name` tinytext NOT NULL,
  `Description` text NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `rightsvolunteers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `Level` int NOT NULL,
  `Scope` tinytext NOT NULL,
  `Comment` text NOT NULL,
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  `IdMember` int,
  `IdRight` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_rightsvolunteers_IdMember_IdRight` (`IdMember`, `IdRight`),
  CONSTRAINT `FK_rightsvolunteers_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_rightsvolunteers_IdRight` FOREIGN KEY (`IdRight`) REFERENCES `rights` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `roles` (
  `name` varchar(128) NOT NULL,
  `description` varchar(256) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_roles_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `privileges` (
  `controller` varchar(64) NOT NULL,
  `method` varchar(64) NOT NULL,
  `type` varchar(64) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_privileges_controller_method_type` (`controller`, `method`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `privilegescopes` (
  `updated` datetime NOT NULL,
  `IdType` varchar(32) NOT NULL,
  `IdMember` int NOT NULL,
  `IdRole` int NOT NULL,
  `IdPrivilege` int NOT NULL,
  PRIMARY KEY (`IdMember`, `IdRole`, `IdPrivilege`, `IdType`),
  CONSTRAINT `FK_privilegescopes_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_privilegescopes_IdRole` FOREIGN KEY (`IdRole`) REFERENCES `roles` (`id`),
  CONSTRAINT `FK_privilegescopes_IdPrivilege` FOREIGN KEY (`IdPrivilege`) REFERENCES `privileges` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `feedbackcategories` (
  `Name` tinytext NOT NULL,
  `CategoryDescription` tinytext NOT NULL,
  `created` datetime NOT NULL,
  `EmailToNotify` text NOT NULL,
  `IdVolunteer` int NOT NULL,
  `sortOrder` int NOT NULL,
  `visible` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `feedbacks` (
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  `Discussion` text NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdMember` int,
  `ShortCode` varchar(16) NOT NULL,
  `IdFeedbackCategory` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_feedbacks_IdMember` FOREIGN KEY (`IdMember`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_feedbacks_ShortCode` FOREIGN KEY (`ShortCode`) REFERENCES `language` (`ShortCode`),
  CONSTRAINT `FK_feedbacks_IdFeedbackCategory` FOREIGN KEY (`IdFeedbackCategory`) REFERENCES `feedbackcategories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `broadcast` (
  `Name` text NOT NULL,
  `created` datetime NOT NULL,
  `Status` varchar(255) NOT NULL,
  `Type` varchar(255),
  `EmailFrom` text,
  `id` int NOT NULL AUTO_INCREMENT,
  `IdCreator` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_broadcast_IdCreator` FOREIGN KEY (`IdCreator`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `broadcastmessages` (
  `Status` varchar(255) NOT NULL,
  `updated` datetime NOT NULL,
  `unsubscribe_key` varchar(64),
  `IdEnqueuer` int,
  `IdBroadcast` int NOT NULL,
  `IdReceiver` int NOT NULL,
  PRIMARY KEY (`IdBroadcast`, `IdReceiver`),
  CONSTRAINT `FK_broadcastmessages_IdEnqueuer` FOREIGN KEY (`IdEnqueuer`) REFERENCES `member` (`id`),
  CONSTRAINT `FK_broadcastmessages_IdBroadcast` FOREIGN KEY (`IdBroadcast`) REFERENCES `broadcast` (`id`),
  CONSTRAINT `FK_broadcastmessages_IdReceiver` FOREIGN KEY (`IdReceiver`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `login_messages` (
  `text` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `expires` datetime NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `login_messages_acknowledged` (
  `acknowledged` tinyint(1) NOT NULL,
  `messageid` int NOT NULL,
  `memberid` int NOT NULL,
  PRIMARY KEY (`messageid`, `memberid`),
  CONSTRAINT `FK_login_messages_acknowledged_messageid` FOREIGN KEY (`messageid`) REFERENCES `login_messages` (`id`),
  CONSTRAINT `FK_login_messages_acknowledged_memberid` FOREIGN KEY (`memberid`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `params` (
  `updated` datetime NOT NULL,
  `IsRealProductionDatabase` varchar(255) NOT NULL,
  `recordonline` int NOT NULL,
  `ToggleDonateBar` int NOT NULL,
  `neededperyear` int NOT NULL,
  `campaignstartdate` date NOT NULL,
  `MailToNotifyWhenMemberSignup` text NOT NULL,
  `FeatureForumClosed` varchar(255) NOT NULL,
  `FeatureAjaxChatClosed` varchar(255) NOT NULL,
  `FeatureSignupClose` varchar(255) NOT NULL,
  `FeatureSearchPageIsClosed` varchar(255) NOT NULL,
  `FeatureQuickSearchIsClosed` varchar(255) NOT NULL,
  `RssFeedIsClosed` varchar(255) NOT NULL,
  `AjaxChatSpecialAllowedList` text NOT NULL,
  `AjaxChatDebuLevel` int NOT NULL,
  `ReloadRightsAndFlags` varchar(255) NOT NULL,
  `logs_id_midnight` int NOT NULL,
  `previous_logs_id_midnight` int NOT NULL,
  `memcache` varchar(255) NOT NULL,
  `DayLightOffset` int NOT NULL,
  `NbCommentsInLastComments` int NOT NULL,
  `IdCommentOfTheMoment` int NOT NULL,
  `MailBotMode` varchar(255) NOT NULL,
  `ToggleStatsForWordsUsage` varchar(255) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `uploaded_image` (
  `filename` varchar(100) NOT NULL,
  `mimetype` varchar(100) NOT NULL,
  `size` int NOT NULL,
  `width` int NOT NULL,
  `height` int NOT NULL,
  `created` datetime NOT NULL,
  `fileinfo` tinytext NOT NULL,
  `filehash` tinytext NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

ALTER TABLE `forum_thread` ADD CONSTRAINT `FK_forum_thread_first_postid` FOREIGN KEY (`first_postid`) REFERENCES `forum_post` (`id`);
ALTER TABLE `forum_thread` ADD CONSTRAINT `FK_forum_thread_last_postid` FOREIGN KEY (`last_postid`) REFERENCES `forum_post` (`id`);

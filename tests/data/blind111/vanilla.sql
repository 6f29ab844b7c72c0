-- Vanilla Forums (vanilla/vanilla), commit 76c2333708e7a78785d286eec327b3df09a8fb23: the tables that the
-- Gdn_DatabaseStructure calls of applications/dashboard/settings/structure.php, applications/vanilla/settings/structure.php
-- (with CommentModel::structure) and applications/conversations/settings/structure.php create, written as MySQL DDL
-- with the default GDN_ table prefix (see vanilla.md).

CREATE TABLE `GDN_Role` (
  `RoleID` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `Description` varchar(500),
  `Type` enum('guest','unconfirmed','applicant','member','moderator','administrator'),
  `Sync` varchar(20) NOT NULL DEFAULT '',
  `Sort` int,
  `Deletable` tinyint(1) NOT NULL DEFAULT 1,
  `CanSession` tinyint(1) NOT NULL DEFAULT 1,
  `PersonalInfo` tinyint(1) NOT NULL DEFAULT 0,
  `Domains` text,
  PRIMARY KEY (`RoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_User` (
  `UserID` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL,
  `Password` varbinary(100) NOT NULL,
  `HashMethod` varchar(10),
  `Photo` varchar(767),
  `Title` varchar(100),
  `Location` varchar(100),
  `About` text,
  `Email` varchar(100) NOT NULL,
  `ShowEmail` tinyint(1) NOT NULL DEFAULT 0,
  `Gender` enum('u','m','f','') NOT NULL DEFAULT '',
  `CountVisits` int NOT NULL DEFAULT 0,
  `CountInvitations` int NOT NULL DEFAULT 0,
  `CountNotifications` int,
  `InviteUserID` int,
  `DiscoveryText` text,
  `Preferences` text,
  `Permissions` text,
  `Attributes` text,
  `DateSetInvitations` datetime,
  `DateOfBirth` datetime,
  `DateFirstVisit` datetime,
  `DateLastActive` datetime,
  `LastIPAddress` varbinary(16),
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  `DateUpdated` datetime,
  `UpdateIPAddress` varbinary(16),
  `HourOffset` int NOT NULL DEFAULT 0,
  `Score` float,
  `Admin` tinyint(1) NOT NULL DEFAULT 0,
  `Confirmed` tinyint(1) NOT NULL DEFAULT 1,
  `Verified` tinyint(1) NOT NULL DEFAULT 0,
  `Banned` tinyint(1) NOT NULL DEFAULT 0,
  `Deleted` tinyint(1) NOT NULL DEFAULT 0,
  `Points` int NOT NULL DEFAULT 0,
  `CountDiscussions` int,
  `CountUnreadDiscussions` int,
  `CountComments` int,
  `CountDrafts` int,
  `CountBookmarks` int,
  `CountUnreadConversations` int,
  `CountPosts` int,
  `Private` tinyint(1),
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserIP` (
  `UserID` int NOT NULL,
  `IPAddress` varbinary(16) NOT NULL,
  `DateInserted` datetime NOT NULL,
  `DateUpdated` datetime NOT NULL,
  PRIMARY KEY (`UserID`, `IPAddress`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserRole` (
  `UserID` int NOT NULL,
  `RoleID` int NOT NULL,
  PRIMARY KEY (`UserID`, `RoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_roleRequest` (
  `roleRequestID` int NOT NULL AUTO_INCREMENT,
  `type` enum('application','invitation') NOT NULL,
  `roleID` int NOT NULL,
  `userID` int NOT NULL,
  `status` enum('pending','approved','denied') NOT NULL,
  `dateOfStatus` datetime NOT NULL,
  `statusUserID` int NOT NULL,
  `statusIPAddress` varbinary(16),
  `dateExpires` datetime,
  `attributes` json,
  `dateInserted` datetime NOT NULL,
  `insertUserID` int NOT NULL,
  `insertIPAddress` varbinary(16),
  `dateUpdated` datetime,
  `updateUserID` int,
  `updateIPAddress` varbinary(16),
  PRIMARY KEY (`roleRequestID`),
  UNIQUE KEY `UX_roleRequest` (`roleID`, `userID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserMeta` (
  `UserMetaID` int NOT NULL AUTO_INCREMENT,
  `UserID` int NOT NULL,
  `Name` varchar(100) NOT NULL,
  `Value` text,
  `QueryValue` varchar(500),
  PRIMARY KEY (`UserMetaID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_userAttributes` (
  `userID` int NOT NULL,
  `key` varchar(100) NOT NULL,
  `attributes` json,
  PRIMARY KEY (`userID`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserPoints` (
  `SlotType` enum('d','w','m','y','a') NOT NULL,
  `TimeSlot` datetime NOT NULL,
  `Source` varchar(10) NOT NULL DEFAULT 'Total',
  `CategoryID` int NOT NULL DEFAULT 0,
  `UserID` int NOT NULL,
  `Points` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`SlotType`, `TimeSlot`, `Source`, `CategoryID`, `UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserAuthentication` (
  `ForeignUserKey` varchar(100) NOT NULL,
  `ProviderKey` varchar(64) NOT NULL,
  `UserID` int NOT NULL,
  PRIMARY KEY (`ForeignUserKey`, `ProviderKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserAuthenticationProvider` (
  `UserAuthenticationProviderID` int NOT NULL AUTO_INCREMENT,
  `AuthenticationKey` varchar(64) NOT NULL,
  `AuthenticationSchemeAlias` varchar(32) NOT NULL,
  `Name` varchar(50),
  `URL` varchar(255),
  `AssociationSecret` text,
  `AssociationHashMethod` varchar(20),
  `AuthenticateUrl` varchar(2048),
  `RegisterUrl` varchar(255),
  `SignInUrl` varchar(255),
  `SignOutUrl` varchar(255),
  `PasswordUrl` varchar(255),
  `ProfileUrl` varchar(255),
  `Attributes` text,
  `Active` tinyint NOT NULL DEFAULT 1,
  `IsDefault` tinyint NOT NULL DEFAULT 0,
  `Visible` tinyint NOT NULL DEFAULT 1,
  PRIMARY KEY (`UserAuthenticationProviderID`),
  UNIQUE KEY `UX_UserAuthenticationProvider` (`AuthenticationKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserAuthenticationNonce` (
  `Nonce` varchar(100) NOT NULL,
  `Token` varchar(128) NOT NULL,
  `Timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`Nonce`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserAuthenticationToken` (
  `Token` varchar(128) NOT NULL,
  `ProviderKey` varchar(50) NOT NULL,
  `ForeignUserKey` varchar(100),
  `TokenSecret` varchar(64) NOT NULL,
  `TokenType` enum('request','access') NOT NULL,
  `Authorized` tinyint(1) NOT NULL,
  `Timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Lifetime` int NOT NULL,
  PRIMARY KEY (`Token`, `ProviderKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_AccessToken` (
  `AccessTokenID` int NOT NULL AUTO_INCREMENT,
  `Token` varchar(100) NOT NULL,
  `UserID` int NOT NULL,
  `Type` varchar(20) NOT NULL,
  `Scope` text,
  `DateInserted` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `InsertUserID` int,
  `InsertIPAddress` varbinary(16) NOT NULL,
  `DateExpires` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Attributes` text,
  `DateLastUsed` timestamp NULL,
  PRIMARY KEY (`AccessTokenID`),
  UNIQUE KEY `UX_AccessToken` (`Token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Session` (
  `SessionID` char(32) NOT NULL,
  `UserID` int NOT NULL DEFAULT 0,
  `DateInserted` datetime NOT NULL,
  `DateUpdated` datetime,
  `DateExpires` datetime,
  `Attributes` text,
  PRIMARY KEY (`SessionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Invitation` (
  `InvitationID` int NOT NULL AUTO_INCREMENT,
  `Email` varchar(100) NOT NULL,
  `Name` varchar(50),
  `RoleIDs` text,
  `Code` varchar(50) NOT NULL,
  `InsertUserID` int,
  `DateInserted` datetime NOT NULL,
  `AcceptedUserID` int,
  `DateAccepted` datetime,
  `DateExpires` datetime,
  PRIMARY KEY (`InvitationID`),
  UNIQUE KEY `UX_Invitation_code` (`Code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_ActivityType` (
  `ActivityTypeID` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL,
  `AllowComments` tinyint(1) NOT NULL DEFAULT 0,
  `ShowIcon` tinyint(1) NOT NULL DEFAULT 0,
  `ProfileHeadline` varchar(255),
  `FullHeadline` varchar(255),
  `PluralHeadline` varchar(255),
  `RouteCode` varchar(255),
  `Notify` tinyint(1) NOT NULL DEFAULT 0,
  `Public` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ActivityTypeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Activity` (
  `ActivityID` int NOT NULL AUTO_INCREMENT,
  `ActivityTypeID` int NOT NULL,
  `ActivityEventID` varchar(32),
  `NotifyUserID` int NOT NULL DEFAULT 0,
  `ActivityUserID` int,
  `RegardingUserID` int,
  `Photo` varchar(767),
  `HeadlineFormat` varchar(255),
  `PluralHeadlineFormat` varchar(255),
  `Story` text,
  `Format` varchar(10),
  `Route` text,
  `RecordType` varchar(20),
  `RecordID` int,
  `ParentRecordID` int,
  `Locale` varchar(10),
  `BatchID` varchar(20),
  `InsertUserID` int,
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  `DateUpdated` datetime,
  `Notified` tinyint(1) NOT NULL DEFAULT 0,
  `Emailed` tinyint(1) NOT NULL DEFAULT 0,
  `Data` text,
  PRIMARY KEY (`ActivityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_ActivityComment` (
  `ActivityCommentID` int NOT NULL AUTO_INCREMENT,
  `ActivityID` int NOT NULL,
  `Body` mediumtext NOT NULL,
  `Format` varchar(20) NOT NULL,
  `InsertUserID` int NOT NULL,
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  PRIMARY KEY (`ActivityCommentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Tag` (
  `TagID` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `FullName` varchar(100) NOT NULL,
  `Type` varchar(20) NOT NULL DEFAULT '',
  `ParentTagID` int,
  `InsertUserID` int,
  `DateInserted` datetime NOT NULL,
  `CategoryID` int NOT NULL DEFAULT -1,
  `CountDiscussions` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`TagID`),
  UNIQUE KEY `UX_Tag` (`Name`, `CategoryID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Log` (
  `LogID` int NOT NULL AUTO_INCREMENT,
  `Operation` varchar(55) NOT NULL,
  `RecordType` varchar(55) NOT NULL,
  `TransactionLogID` int,
  `RecordID` int,
  `RecordUserID` int,
  `RecordDate` datetime NOT NULL,
  `RecordIPAddress` varbinary(16),
  `InsertUserID` int NOT NULL,
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  `OtherUserIDs` varchar(255),
  `DateUpdated` datetime,
  `ParentRecordID` int,
  `CategoryID` int,
  `Data` mediumtext,
  `CountGroup` int,
  `SpoofUserID` int,
  `SpoofUserName` varchar(50),
  `DispatchUUID` varchar(255),
  `AutomationRuleRevisionID` int,
  PRIMARY KEY (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Regarding` (
  `RegardingID` int NOT NULL AUTO_INCREMENT,
  `Type` varchar(100) NOT NULL,
  `InsertUserID` int NOT NULL,
  `DateInserted` datetime NOT NULL,
  `ForeignType` varchar(32) NOT NULL,
  `ForeignID` int(11) NOT NULL,
  `OriginalContent` text,
  `ParentType` varchar(32),
  `ParentID` int(11),
  `ForeignURL` varchar(255),
  `Comment` text NOT NULL,
  `Reports` int(11),
  PRIMARY KEY (`RegardingID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Ban` (
  `BanID` int NOT NULL AUTO_INCREMENT,
  `BanType` enum('IPAddress','Name','Email','Fingerprint') NOT NULL,
  `BanValue` varchar(50) NOT NULL,
  `Notes` varchar(255),
  `CountUsers` int unsigned NOT NULL DEFAULT 0,
  `CountBlockedRegistrations` int unsigned NOT NULL DEFAULT 0,
  `InsertUserID` int NOT NULL,
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  `UpdateUserID` int,
  `DateUpdated` datetime,
  `UpdateIPAddress` varbinary(16),
  PRIMARY KEY (`BanID`),
  UNIQUE KEY `UX_Ban` (`BanType`, `BanValue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Spammer` (
  `UserID` int NOT NULL,
  `CountSpam` smallint unsigned NOT NULL DEFAULT 0,
  `CountDeletedSpam` smallint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Media` (
  `MediaID` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `Path` varchar(767) NOT NULL,
  `Type` varchar(128) NOT NULL,
  `Size` int(11) NOT NULL,
  `Active` tinyint NOT NULL DEFAULT 1,
  `InsertUserID` int(11) NOT NULL,
  `DateInserted` datetime NOT NULL,
  `ForeignID` varchar(40),
  `ForeignTable` varchar(24),
  `ImageWidth` smallint unsigned,
  `ImageHeight` smallint unsigned,
  `ThumbWidth` smallint unsigned,
  `ThumbHeight` smallint unsigned,
  `ThumbPath` varchar(767),
  `foreignUrl` varchar(255),
  PRIMARY KEY (`MediaID`),
  UNIQUE KEY `UX_Media` (`foreignUrl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserMerge` (
  `MergeID` int NOT NULL AUTO_INCREMENT,
  `OldUserID` int NOT NULL,
  `NewUserID` int NOT NULL,
  `DateInserted` datetime NOT NULL,
  `InsertUserID` int NOT NULL,
  `DateUpdated` datetime,
  `UpdateUserID` int,
  `Attributes` text,
  PRIMARY KEY (`MergeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserMergeItem` (
  `MergeID` int NOT NULL,
  `Table` varchar(30) NOT NULL,
  `Column` varchar(30) NOT NULL,
  `RecordID` int NOT NULL,
  `OldUserID` int NOT NULL,
  `NewUserID` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Attachment` (
  `AttachmentID` int NOT NULL AUTO_INCREMENT,
  `Type` varchar(64) NOT NULL,
  `ForeignID` varchar(50) NOT NULL,
  `ForeignUserID` int NOT NULL,
  `Source` varchar(64) NOT NULL,
  `SourceID` varchar(32) NOT NULL,
  `SourceURL` varchar(255) NOT NULL,
  `Attributes` text,
  `DateInserted` datetime NOT NULL,
  `InsertUserID` int NOT NULL,
  `InsertIPAddress` varbinary(16),
  `DateUpdated` datetime,
  `UpdateUserID` int,
  `UpdateIPAddress` varbinary(16),
  PRIMARY KEY (`AttachmentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_reaction` (
  `reactionID` int NOT NULL AUTO_INCREMENT,
  `reactionOwnerID` int NOT NULL,
  `recordID` int NOT NULL,
  `reactionValue` int NOT NULL,
  `insertUserID` int NOT NULL,
  `dateInserted` datetime NOT NULL,
  `foreignID` varchar(32),
  PRIMARY KEY (`reactionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_reactionOwner` (
  `reactionOwnerID` int NOT NULL AUTO_INCREMENT,
  `ownerType` varchar(64) NOT NULL,
  `reactionType` varchar(64) NOT NULL,
  `recordType` varchar(64) NOT NULL,
  `insertUserID` int NOT NULL,
  `dateInserted` datetime NOT NULL,
  PRIMARY KEY (`reactionOwnerID`),
  UNIQUE KEY `UX_reactionOwner_record` (`ownerType`, `reactionType`, `recordType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Category` (
  `CategoryID` int NOT NULL AUTO_INCREMENT,
  `ParentCategoryID` int,
  `TreeLeft` int,
  `TreeRight` int,
  `Depth` int NOT NULL DEFAULT 0,
  `CountCategories` int NOT NULL DEFAULT 0,
  `CountDiscussions` int NOT NULL DEFAULT 0,
  `CountAllDiscussions` int NOT NULL DEFAULT 0,
  `CountComments` int NOT NULL DEFAULT 0,
  `CountAllComments` int NOT NULL DEFAULT 0,
  `CountFollowers` int NOT NULL DEFAULT 0,
  `LastCategoryID` int NOT NULL DEFAULT 0,
  `DateMarkedRead` datetime,
  `AllowDiscussions` tinyint NOT NULL DEFAULT 1,
  `Archived` tinyint(1) NOT NULL DEFAULT 0,
  `CanDelete` tinyint NOT NULL DEFAULT 1,
  `Name` varchar(255) NOT NULL,
  `UrlCode` varchar(255) NOT NULL,
  `Description` varchar(1000),
  `Sort` int,
  `CssClass` varchar(50),
  `Photo` varchar(767),
  `BannerImage` varchar(255),
  `PermissionCategoryID` int NOT NULL DEFAULT -1,
  `PointsCategoryID` int NOT NULL DEFAULT 0,
  `HideAllDiscussions` tinyint(1) NOT NULL DEFAULT 0,
  `DisplayAs` enum('Categories','Discussions','Flat','Heading','Default') NOT NULL DEFAULT 'Discussions',
  `InsertUserID` int NOT NULL,
  `UpdateUserID` int,
  `DateInserted` datetime NOT NULL,
  `DateUpdated` datetime NOT NULL,
  `LastCommentID` int,
  `LastDiscussionID` int,
  `LastDateInserted` datetime,
  `AllowedDiscussionTypes` varchar(255),
  `DefaultDiscussionType` varchar(10),
  `Featured` tinyint NOT NULL DEFAULT 0,
  `SortFeatured` int NOT NULL DEFAULT 0,
  `AllowGroups` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`CategoryID`),
  UNIQUE KEY `UX_Category` (`UrlCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Discussion` (
  `DiscussionID` int NOT NULL AUTO_INCREMENT,
  `Type` varchar(10),
  `postTypeID` varchar(100),
  `ForeignID` varchar(32),
  `CategoryID` int NOT NULL,
  `statusID` int(11) NOT NULL DEFAULT 0,
  `internalStatusID` int(11) NOT NULL DEFAULT -1,
  `InsertUserID` int NOT NULL,
  `UpdateUserID` int,
  `FirstCommentID` int,
  `LastCommentID` int,
  `Name` varchar(250) NOT NULL,
  `Body` mediumtext NOT NULL,
  `Format` varchar(20),
  `Tags` text,
  `CountComments` int NOT NULL DEFAULT 0,
  `CountBookmarks` int,
  `CountViews` int NOT NULL DEFAULT 1,
  `Closed` tinyint(1) NOT NULL DEFAULT 0,
  `Announce` tinyint(1) NOT NULL DEFAULT 0,
  `Sink` tinyint(1) NOT NULL DEFAULT 0,
  `DateInserted` datetime NOT NULL,
  `DateUpdated` datetime,
  `InsertIPAddress` varbinary(16),
  `UpdateIPAddress` varbinary(16),
  `DateLastComment` datetime,
  `LastCommentUserID` int,
  `Score` float,
  `Attributes` text,
  `RegardingID` int(11),
  `hot` bigint(20) NOT NULL DEFAULT 0,
  `CountResolved` int,
  `DateResolved` datetime,
  `ResolvedUserID` int,
  `GroupID` int,
  `Sentiment` tinyint(4),
  PRIMARY KEY (`DiscussionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserCategory` (
  `UserID` int NOT NULL,
  `CategoryID` int NOT NULL,
  `DateMarkedRead` datetime,
  `Followed` tinyint(1) NOT NULL DEFAULT 0,
  `Unfollow` tinyint(1) NOT NULL DEFAULT 0,
  `DateFollowed` datetime,
  `DateUnFollowed` datetime,
  `DigestEnabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`, `CategoryID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserDiscussion` (
  `UserID` int NOT NULL,
  `DiscussionID` int NOT NULL,
  `Score` float,
  `CountComments` int NOT NULL DEFAULT 0,
  `DateLastViewed` datetime,
  `Dismissed` tinyint(1) NOT NULL DEFAULT 0,
  `Bookmarked` tinyint(1) NOT NULL DEFAULT 0,
  `Participated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`, `DiscussionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Comment` (
  `CommentID` int NOT NULL AUTO_INCREMENT,
  `InsertUserID` int,
  `DiscussionID` int,
  `parentRecordType` varchar(10) NOT NULL,
  `parentRecordID` int NOT NULL,
  `parentCommentID` int,
  `UpdateUserID` int,
  `DeleteUserID` int,
  `Body` mediumtext NOT NULL,
  `Format` varchar(20),
  `DateInserted` datetime,
  `DateDeleted` datetime,
  `DateUpdated` datetime,
  `InsertIPAddress` varbinary(16),
  `UpdateIPAddress` varbinary(16),
  `Flag` tinyint NOT NULL DEFAULT 0,
  `Score` float,
  `depth` int NOT NULL DEFAULT 1,
  `countChildComments` int NOT NULL DEFAULT 0,
  `scoreChildComments` int NOT NULL DEFAULT 0,
  `Attributes` text,
  `Sentiment` tinyint(4),
  PRIMARY KEY (`CommentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Draft` (
  `DraftID` int NOT NULL AUTO_INCREMENT,
  `DiscussionID` int,
  `CategoryID` int,
  `Type` varchar(10) NOT NULL,
  `InsertUserID` int NOT NULL,
  `UpdateUserID` int NOT NULL,
  `Name` varchar(100),
  `Tags` varchar(255),
  `Closed` tinyint(1) NOT NULL DEFAULT 0,
  `Announce` tinyint(1) NOT NULL DEFAULT 0,
  `Sink` tinyint(1) NOT NULL DEFAULT 0,
  `Body` mediumtext NOT NULL,
  `Format` varchar(20),
  `DateInserted` datetime NOT NULL,
  `DateUpdated` datetime,
  `GroupID` int,
  PRIMARY KEY (`DraftID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_TagDiscussion` (
  `TagID` int NOT NULL,
  `DiscussionID` int NOT NULL,
  `CategoryID` int NOT NULL,
  `DateInserted` datetime,
  PRIMARY KEY (`TagID`, `DiscussionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_Conversation` (
  `ConversationID` int NOT NULL AUTO_INCREMENT,
  `Type` varchar(10),
  `ForeignID` varchar(40),
  `Subject` varchar(255),
  `Contributors` varchar(255),
  `FirstMessageID` int,
  `InsertUserID` int NOT NULL,
  `DateInserted` datetime,
  `InsertIPAddress` varbinary(16),
  `UpdateUserID` int NOT NULL,
  `DateUpdated` datetime NOT NULL,
  `UpdateIPAddress` varbinary(16),
  `CountMessages` int NOT NULL DEFAULT 0,
  `CountParticipants` int NOT NULL DEFAULT 0,
  `LastMessageID` int,
  `RegardingID` int(11),
  PRIMARY KEY (`ConversationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_UserConversation` (
  `UserID` int NOT NULL,
  `ConversationID` int NOT NULL,
  `CountReadMessages` int NOT NULL DEFAULT 0,
  `LastMessageID` int,
  `DateLastViewed` datetime,
  `DateCleared` datetime,
  `Bookmarked` tinyint(1) NOT NULL DEFAULT 0,
  `Deleted` tinyint(1) NOT NULL DEFAULT 0,
  `DateConversationUpdated` datetime,
  PRIMARY KEY (`UserID`, `ConversationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GDN_ConversationMessage` (
  `MessageID` int NOT NULL AUTO_INCREMENT,
  `ConversationID` int NOT NULL,
  `Body` mediumtext NOT NULL,
  `Format` varchar(20),
  `InsertUserID` int,
  `DateInserted` datetime NOT NULL,
  `InsertIPAddress` varbinary(16),
  PRIMARY KEY (`MessageID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

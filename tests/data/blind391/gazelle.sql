-- Gazelle, Orpheus (OPS) line: github.com/OPSnet/Gazelle, `db/data/gazelle.sql` (upstream's mysqldump of the
-- schema its Phinx migrations build), commit 39a5267cd89fda329fd6805e38fd63abc44d73d4 (2020-10-12), Unlicense.
-- The CREATE TABLE statements are upstream's, unchanged; 82 of the dump's 189 tables are kept (see gazelle.md).
-- Tables are ordered so that referenced tables come first.

CREATE TABLE `users_main` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Username` varchar(20) NOT NULL,
  `Email` varchar(255) NOT NULL,
  `PassHash` varchar(60) NOT NULL,
  `IRCKey` char(32) DEFAULT NULL,
  `IP` varchar(15) NOT NULL DEFAULT '0.0.0.0',
  `Class` tinyint(2) NOT NULL DEFAULT 5,
  `title` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `Enabled` enum('0','1','2','unconfirmed','enabled','disabled','banned') NOT NULL DEFAULT '0',
  `Paranoia` text DEFAULT NULL,
  `Visible` enum('0','1','yes','no') NOT NULL DEFAULT '1',
  `Invites` int(10) unsigned NOT NULL DEFAULT 0,
  `PermissionID` int(10) unsigned NOT NULL,
  `CustomPermissions` text DEFAULT NULL,
  `can_leech` tinyint(4) NOT NULL DEFAULT 1,
  `torrent_pass` char(32) NOT NULL,
  `RequiredRatio` double NOT NULL DEFAULT 0,
  `ipcc` varchar(2) NOT NULL DEFAULT '',
  `2FA_Key` varchar(16) DEFAULT NULL,
  `Recovery` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Username` (`Username`),
  KEY `Email` (`Email`),
  KEY `Class` (`Class`),
  KEY `Enabled` (`Enabled`),
  KEY `torrent_pass` (`torrent_pass`),
  KEY `RequiredRatio` (`RequiredRatio`),
  KEY `cc_index` (`ipcc`),
  KEY `PermissionID` (`PermissionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_info` (
  `UserID` int(10) unsigned NOT NULL,
  `StyleID` int(10) unsigned NOT NULL,
  `StyleURL` varchar(255) DEFAULT NULL,
  `Info` text NOT NULL DEFAULT '',
  `Avatar` varchar(255) NOT NULL DEFAULT '',
  `AdminComment` text NOT NULL DEFAULT '',
  `SiteOptions` text NOT NULL DEFAULT '',
  `ViewAvatars` enum('0','1') NOT NULL DEFAULT '1',
  `Donor` enum('0','1') NOT NULL DEFAULT '0',
  `Artist` enum('0','1') NOT NULL DEFAULT '0',
  `DownloadAlt` enum('0','1') NOT NULL DEFAULT '0',
  `Warned` datetime DEFAULT NULL,
  `SupportFor` varchar(255) NOT NULL DEFAULT '',
  `TorrentGrouping` enum('0','1','2') NOT NULL DEFAULT '0' COMMENT '0=Open,1=Closed,2=Off',
  `ShowTags` enum('0','1') NOT NULL DEFAULT '1',
  `NotifyOnQuote` enum('0','1','2') NOT NULL DEFAULT '0',
  `AuthKey` varchar(32) NOT NULL,
  `ResetKey` varchar(32) NOT NULL DEFAULT '',
  `ResetExpires` datetime DEFAULT NULL,
  `JoinDate` datetime DEFAULT current_timestamp(),
  `Inviter` int(10) DEFAULT NULL,
  `BitcoinAddress` varchar(34) DEFAULT NULL,
  `WarnedTimes` int(2) NOT NULL DEFAULT 0,
  `DisableAvatar` enum('0','1') NOT NULL DEFAULT '0',
  `DisableInvites` enum('0','1') NOT NULL DEFAULT '0',
  `DisablePosting` enum('0','1') NOT NULL DEFAULT '0',
  `DisableForums` enum('0','1') NOT NULL DEFAULT '0',
  `DisablePoints` enum('0','1') NOT NULL DEFAULT '0',
  `DisableIRC` enum('0','1') DEFAULT '0',
  `DisableTagging` enum('0','1') NOT NULL DEFAULT '0',
  `DisableUpload` enum('0','1') NOT NULL DEFAULT '0',
  `DisableWiki` enum('0','1') NOT NULL DEFAULT '0',
  `DisablePM` enum('0','1') NOT NULL DEFAULT '0',
  `RatioWatchEnds` datetime DEFAULT NULL,
  `RatioWatchDownload` bigint(20) unsigned NOT NULL DEFAULT 0,
  `RatioWatchTimes` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `BanDate` datetime DEFAULT NULL,
  `BanReason` enum('0','1','2','3','4') NOT NULL DEFAULT '0',
  `CatchupTime` datetime DEFAULT NULL,
  `LastReadNews` int(10) NOT NULL DEFAULT 0,
  `HideCountryChanges` enum('0','1') NOT NULL DEFAULT '0',
  `RestrictedForums` varchar(150) NOT NULL DEFAULT '',
  `DisableRequests` enum('0','1') NOT NULL DEFAULT '0',
  `PermittedForums` varchar(150) NOT NULL DEFAULT '',
  `UnseededAlerts` enum('0','1') NOT NULL DEFAULT '0',
  `LastReadBlog` int(10) NOT NULL DEFAULT 0,
  `InfoTitle` varchar(255) NOT NULL DEFAULT '',
  `NotifyOnDeleteSeeding` enum('0','1') NOT NULL DEFAULT '1',
  `NotifyOnDeleteSnatched` enum('0','1') NOT NULL DEFAULT '1',
  `NotifyOnDeleteDownloaded` enum('0','1') NOT NULL DEFAULT '1',
  `NavItems` varchar(255) NOT NULL DEFAULT '',
  `collages` int(6) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`),
  UNIQUE KEY `UserID` (`UserID`),
  KEY `SupportFor` (`SupportFor`),
  KEY `Donor` (`Donor`),
  KEY `Warned` (`Warned`),
  KEY `JoinDate` (`JoinDate`),
  KEY `Inviter` (`Inviter`),
  KEY `RatioWatchEnds` (`RatioWatchEnds`),
  KEY `ResetKey` (`ResetKey`),
  KEY `ui_bandate_idx` (`BanDate`),
  CONSTRAINT `users_info_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_leech_stats` (
  `UserID` int(10) unsigned NOT NULL,
  `Uploaded` bigint(20) unsigned NOT NULL DEFAULT 0,
  `Downloaded` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`),
  KEY `uls_downloaded_idx` (`Downloaded`),
  CONSTRAINT `users_leech_stats_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users_stats_daily` (
  `UserID` int(10) unsigned NOT NULL,
  `Time` timestamp NOT NULL DEFAULT current_timestamp(),
  `Uploaded` bigint(20) NOT NULL DEFAULT 0,
  `Downloaded` bigint(20) NOT NULL DEFAULT 0,
  `BonusPoints` float(20,5) NOT NULL DEFAULT 0.00000,
  `Torrents` int(11) NOT NULL DEFAULT 0,
  `PerfectFLACs` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`,`Time`),
  CONSTRAINT `users_stats_daily_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users_history_emails` (
  `UserID` int(10) NOT NULL,
  `Email` varchar(255) DEFAULT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `IP` varchar(15) DEFAULT NULL,
  `users_history_emails_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`users_history_emails_id`),
  KEY `UserID` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_history_ips` (
  `UserID` int(10) NOT NULL,
  `IP` varchar(15) NOT NULL DEFAULT '0.0.0.0',
  `StartTime` datetime NOT NULL DEFAULT current_timestamp(),
  `EndTime` datetime DEFAULT NULL,
  PRIMARY KEY (`UserID`,`IP`,`StartTime`),
  KEY `UserID` (`UserID`),
  KEY `IP` (`IP`),
  KEY `EndTime` (`EndTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_history_passkeys` (
  `UserID` int(10) NOT NULL,
  `OldPassKey` varchar(32) NOT NULL,
  `NewPassKey` varchar(32) NOT NULL,
  `ChangeTime` datetime NOT NULL DEFAULT current_timestamp(),
  `ChangerIP` varchar(15) NOT NULL,
  PRIMARY KEY (`UserID`,`OldPassKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_history_passwords` (
  `UserID` int(10) NOT NULL,
  `ChangeTime` datetime DEFAULT NULL,
  `ChangerIP` varchar(15) DEFAULT NULL,
  KEY `User_Time` (`UserID`,`ChangeTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_sessions` (
  `UserID` int(10) NOT NULL,
  `SessionID` char(32) NOT NULL,
  `KeepLogged` enum('0','1') NOT NULL DEFAULT '0',
  `Browser` varchar(40) DEFAULT NULL,
  `OperatingSystem` varchar(13) DEFAULT NULL,
  `IP` varchar(15) NOT NULL,
  `LastUpdate` datetime NOT NULL,
  `Active` tinyint(4) NOT NULL DEFAULT 1,
  `FullUA` text DEFAULT NULL,
  `BrowserVersion` varchar(40) DEFAULT NULL,
  `OperatingSystemVersion` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`UserID`,`SessionID`),
  KEY `UserID` (`UserID`),
  KEY `Active` (`Active`),
  KEY `ActiveAgeKeep` (`Active`,`LastUpdate`,`KeepLogged`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_enable_requests` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL,
  `Email` varchar(255) NOT NULL,
  `IP` varchar(15) NOT NULL DEFAULT '0.0.0.0',
  `UserAgent` text NOT NULL,
  `Timestamp` datetime NOT NULL,
  `HandledTimestamp` datetime DEFAULT NULL,
  `Token` char(32) DEFAULT NULL,
  `CheckedBy` int(10) unsigned DEFAULT NULL,
  `Outcome` tinyint(1) DEFAULT NULL COMMENT '1 for approved, 2 for denied, 3 for discarded',
  PRIMARY KEY (`ID`),
  KEY `UserId` (`UserID`),
  KEY `CheckedBy` (`CheckedBy`),
  CONSTRAINT `users_enable_requests_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`),
  CONSTRAINT `users_enable_requests_ibfk_2` FOREIGN KEY (`CheckedBy`) REFERENCES `users_main` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `login_attempts` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL DEFAULT 0,
  `IP` varchar(15) NOT NULL,
  `LastAttempt` datetime NOT NULL DEFAULT current_timestamp(),
  `Attempts` int(10) unsigned NOT NULL DEFAULT 1,
  `BannedUntil` datetime DEFAULT NULL,
  `Bans` int(10) unsigned NOT NULL,
  `capture` varchar(20) CHARACTER SET utf8mb4 DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IP` (`IP`),
  KEY `attempts_idx` (`Attempts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `locked_accounts` (
  `UserID` int(10) unsigned NOT NULL,
  `Type` tinyint(1) NOT NULL,
  PRIMARY KEY (`UserID`),
  CONSTRAINT `locked_accounts_fk` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_last_access` (
  `user_id` int(10) unsigned NOT NULL,
  `last_access` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`),
  KEY `ula_la_idx` (`last_access`),
  CONSTRAINT `user_last_access_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_bonus` (
  `user_id` int(10) unsigned NOT NULL,
  `points` float(20,5) NOT NULL DEFAULT 0.00000,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_bonus_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_flt` (
  `user_id` int(10) unsigned NOT NULL,
  `tokens` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_flt_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users_levels` (
  `UserID` int(10) unsigned NOT NULL,
  `PermissionID` int(10) unsigned NOT NULL,
  PRIMARY KEY (`UserID`,`PermissionID`),
  KEY `PermissionID` (`PermissionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `staff_groups` (
  `ID` int(3) unsigned NOT NULL AUTO_INCREMENT,
  `Sort` int(4) unsigned NOT NULL,
  `Name` text NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name` (`Name`(50))
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_attr` (
  `ID` int(6) NOT NULL AUTO_INCREMENT,
  `Name` varchar(24) NOT NULL,
  `Description` varchar(500) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_has_attr` (
  `UserID` int(10) unsigned NOT NULL,
  `UserAttrID` int(6) NOT NULL,
  PRIMARY KEY (`UserID`,`UserAttrID`),
  KEY `UserAttrID` (`UserAttrID`),
  CONSTRAINT `user_has_attr_ibfk_1` FOREIGN KEY (`UserAttrID`) REFERENCES `user_attr` (`ID`),
  CONSTRAINT `user_has_attr_ibfk_2` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `api_applications` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `UserID` int(10) NOT NULL,
  `Token` char(32) NOT NULL,
  `Name` varchar(50) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `api_users` (
  `UserID` int(10) NOT NULL,
  `AppID` int(10) NOT NULL,
  `Token` char(32) NOT NULL,
  `State` enum('0','1','2') NOT NULL DEFAULT '0',
  `Time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `Access` text NOT NULL,
  PRIMARY KEY (`UserID`,`AppID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_notifications_settings` (
  `UserID` int(10) NOT NULL DEFAULT 0,
  `Inbox` tinyint(1) DEFAULT 1,
  `StaffPM` tinyint(1) DEFAULT 1,
  `News` tinyint(1) DEFAULT 1,
  `Blog` tinyint(1) DEFAULT 1,
  `Torrents` tinyint(1) DEFAULT 1,
  `Collages` tinyint(1) DEFAULT 1,
  `Quotes` tinyint(1) DEFAULT 1,
  `Subscriptions` tinyint(1) DEFAULT 1,
  `SiteAlerts` tinyint(1) DEFAULT 1,
  `RequestAlerts` tinyint(1) DEFAULT 1,
  `CollageAlerts` tinyint(1) DEFAULT 1,
  `TorrentAlerts` tinyint(1) DEFAULT 1,
  `ForumAlerts` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_notify_filters` (
  `ID` int(12) NOT NULL AUTO_INCREMENT,
  `UserID` int(10) NOT NULL,
  `Label` varchar(128) NOT NULL DEFAULT '',
  `Artists` mediumtext NOT NULL,
  `RecordLabels` mediumtext NOT NULL,
  `Users` mediumtext NOT NULL,
  `Tags` varchar(500) NOT NULL DEFAULT '',
  `NotTags` varchar(500) NOT NULL DEFAULT '',
  `Categories` varchar(500) NOT NULL DEFAULT '',
  `Formats` varchar(500) NOT NULL DEFAULT '',
  `Encodings` varchar(500) NOT NULL DEFAULT '',
  `Media` varchar(500) NOT NULL DEFAULT '',
  `FromYear` int(4) NOT NULL DEFAULT 0,
  `ToYear` int(4) NOT NULL DEFAULT 0,
  `ExcludeVA` enum('1','0') NOT NULL DEFAULT '0',
  `NewGroupsOnly` enum('1','0') NOT NULL DEFAULT '0',
  `ReleaseTypes` varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY (`ID`),
  KEY `UserID` (`UserID`),
  KEY `FromYear` (`FromYear`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_donor_ranks` (
  `UserID` int(10) NOT NULL DEFAULT 0,
  `Rank` tinyint(2) NOT NULL DEFAULT 0,
  `DonationTime` datetime NOT NULL DEFAULT current_timestamp(),
  `Hidden` tinyint(2) NOT NULL DEFAULT 0,
  `TotalRank` int(10) NOT NULL DEFAULT 0,
  `SpecialRank` tinyint(2) DEFAULT 0,
  `InvitesReceivedRank` tinyint(2) DEFAULT 0,
  `RankExpirationTime` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`UserID`),
  KEY `DonationTime` (`DonationTime`),
  KEY `SpecialRank` (`SpecialRank`),
  KEY `Rank` (`Rank`),
  KEY `TotalRank` (`TotalRank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `donor_rewards` (
  `UserID` int(10) NOT NULL DEFAULT 0,
  `IconMouseOverText` varchar(200) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `AvatarMouseOverText` varchar(200) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `CustomIcon` varchar(200) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `SecondAvatar` varchar(200) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `CustomIconLink` varchar(200) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `ProfileInfo1` text CHARACTER SET utf8 NOT NULL,
  `ProfileInfo2` text CHARACTER SET utf8 NOT NULL,
  `ProfileInfo3` text CHARACTER SET utf8 NOT NULL,
  `ProfileInfo4` text CHARACTER SET utf8 NOT NULL,
  `ProfileInfoTitle1` varchar(255) CHARACTER SET utf8 NOT NULL,
  `ProfileInfoTitle2` varchar(255) CHARACTER SET utf8 NOT NULL,
  `ProfileInfoTitle3` varchar(255) CHARACTER SET utf8 NOT NULL,
  `ProfileInfoTitle4` varchar(255) CHARACTER SET utf8 NOT NULL,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `donations` (
  `UserID` int(10) NOT NULL,
  `Amount` decimal(6,2) NOT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `Currency` varchar(5) NOT NULL DEFAULT 'USD',
  `Source` varchar(30) NOT NULL DEFAULT '',
  `Reason` mediumtext NOT NULL,
  `Rank` int(10) DEFAULT 0,
  `AddedBy` int(10) DEFAULT 0,
  `TotalRank` int(10) DEFAULT 0,
  `xbt` decimal(24,12) DEFAULT NULL,
  `donations_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`donations_id`),
  KEY `UserID` (`UserID`),
  KEY `Time` (`Time`),
  KEY `don_time_idx` (`Time`),
  KEY `don_userid_time_idx` (`UserID`,`Time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `dupe_groups` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Comments` text DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `lastfm_users` (
  `ID` int(10) unsigned NOT NULL,
  `Username` varchar(20) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `invites` (
  `InviterID` int(10) NOT NULL DEFAULT 0,
  `InviteKey` char(32) NOT NULL,
  `Email` varchar(255) NOT NULL,
  `Expires` datetime NOT NULL DEFAULT current_timestamp(),
  `Reason` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`InviteKey`),
  KEY `Expires` (`Expires`),
  KEY `InviterID` (`InviterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `invite_tree` (
  `UserID` int(10) NOT NULL DEFAULT 0,
  `InviterID` int(10) DEFAULT NULL,
  `TreePosition` int(8) NOT NULL DEFAULT 1,
  `TreeID` int(10) NOT NULL DEFAULT 1,
  `TreeLevel` int(3) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`),
  KEY `TreePosition` (`TreePosition`),
  KEY `TreeID` (`TreeID`),
  KEY `TreeLevel` (`TreeLevel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `referral_accounts` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Site` varchar(100) NOT NULL,
  `URL` varchar(100) NOT NULL,
  `User` varchar(100) NOT NULL,
  `Password` varchar(196) NOT NULL,
  `Active` tinyint(1) NOT NULL,
  `Cookie` varchar(1024) NOT NULL,
  `Type` int(3) unsigned NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `referral_users` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL DEFAULT 0,
  `Username` varchar(100) NOT NULL,
  `Site` varchar(100) NOT NULL,
  `Created` timestamp NOT NULL DEFAULT current_timestamp(),
  `Joined` timestamp NULL DEFAULT NULL,
  `IP` varchar(15) NOT NULL,
  `InviteKey` varchar(32) NOT NULL,
  `Active` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `ru_invitekey_idx` (`InviteKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `friends` (
  `UserID` int(10) unsigned NOT NULL,
  `FriendID` int(10) unsigned NOT NULL,
  `Comment` text NOT NULL,
  PRIMARY KEY (`UserID`,`FriendID`),
  KEY `FriendID` (`FriendID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_warnings_forums` (
  `UserID` int(10) unsigned NOT NULL,
  `Comment` text NOT NULL,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `email_blacklist` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `UserID` int(10) NOT NULL,
  `Email` varchar(255) NOT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `Comment` text NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `ip_bans` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `FromIP` int(11) unsigned NOT NULL,
  `ToIP` int(11) unsigned NOT NULL,
  `Reason` varchar(255) DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `created` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  UNIQUE KEY `FromIP_2` (`FromIP`,`ToIP`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `torrents_group` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `ArtistID` int(10) DEFAULT NULL,
  `CategoryID` int(3) DEFAULT NULL,
  `Name` varchar(300) DEFAULT NULL,
  `Year` int(4) DEFAULT NULL,
  `CatalogueNumber` varchar(80) DEFAULT NULL,
  `RecordLabel` varchar(80) DEFAULT NULL,
  `ReleaseType` tinyint(2) DEFAULT 21,
  `TagList` varchar(500) NOT NULL DEFAULT '',
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `RevisionID` int(12) DEFAULT NULL,
  `WikiBody` text NOT NULL,
  `WikiImage` varchar(255) NOT NULL,
  `VanityHouse` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `ArtistID` (`ArtistID`),
  KEY `CategoryID` (`CategoryID`),
  KEY `Name` (`Name`(255)),
  KEY `Year` (`Year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `torrents` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `GroupID` int(10) NOT NULL,
  `UserID` int(10) DEFAULT NULL,
  `Media` varchar(20) DEFAULT NULL,
  `Format` varchar(10) DEFAULT NULL,
  `Encoding` varchar(15) DEFAULT NULL,
  `Remastered` enum('0','1') NOT NULL DEFAULT '0',
  `RemasterYear` int(4) DEFAULT NULL,
  `RemasterTitle` varchar(80) NOT NULL DEFAULT '',
  `RemasterCatalogueNumber` varchar(80) NOT NULL DEFAULT '',
  `RemasterRecordLabel` varchar(80) NOT NULL DEFAULT '',
  `Scene` enum('0','1') NOT NULL DEFAULT '0',
  `HasLog` enum('0','1') NOT NULL DEFAULT '0',
  `HasCue` enum('0','1') NOT NULL DEFAULT '0',
  `HasLogDB` enum('0','1') NOT NULL DEFAULT '0',
  `LogScore` int(6) NOT NULL DEFAULT 0,
  `LogChecksum` enum('0','1') NOT NULL DEFAULT '1',
  `info_hash` blob NOT NULL,
  `FileCount` int(6) NOT NULL,
  `FileList` mediumtext NOT NULL,
  `FilePath` varchar(255) NOT NULL DEFAULT '',
  `Size` bigint(12) NOT NULL,
  `FreeTorrent` enum('0','1','2') NOT NULL DEFAULT '0',
  `FreeLeechType` enum('0','1','2','3','4','5','6','7') NOT NULL DEFAULT '0',
  `Time` datetime DEFAULT NULL,
  `Description` text DEFAULT NULL,
  `LastReseedRequest` datetime DEFAULT NULL,
  `TranscodedFrom` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `InfoHash` (`info_hash`(40)),
  KEY `GroupID` (`GroupID`),
  KEY `UserID` (`UserID`),
  KEY `Media` (`Media`),
  KEY `Format` (`Format`),
  KEY `Encoding` (`Encoding`),
  KEY `Time` (`Time`),
  KEY `FreeTorrent` (`FreeTorrent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `torrents_leech_stats` (
  `TorrentID` int(10) NOT NULL,
  `Seeders` int(6) unsigned NOT NULL DEFAULT 0,
  `Leechers` int(6) unsigned NOT NULL DEFAULT 0,
  `Snatched` int(6) unsigned NOT NULL DEFAULT 0,
  `Balance` bigint(20) NOT NULL DEFAULT 0,
  `last_action` datetime DEFAULT NULL,
  PRIMARY KEY (`TorrentID`),
  KEY `tls_seeders_idx` (`Seeders`),
  KEY `tls_snatched_idx` (`Snatched`),
  KEY `tls_last_action_idx` (`last_action`),
  CONSTRAINT `torrents_leech_stats_ibfk_1` FOREIGN KEY (`TorrentID`) REFERENCES `torrents` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `xbt_files_users` (
  `uid` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `announced` int(11) NOT NULL DEFAULT 0,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `downloaded` bigint(20) NOT NULL DEFAULT 0,
  `remaining` bigint(20) NOT NULL DEFAULT 0,
  `uploaded` bigint(20) NOT NULL DEFAULT 0,
  `upspeed` int(10) unsigned NOT NULL DEFAULT 0,
  `downspeed` int(10) unsigned NOT NULL DEFAULT 0,
  `corrupt` bigint(20) NOT NULL DEFAULT 0,
  `timespent` int(10) unsigned NOT NULL DEFAULT 0,
  `useragent` varchar(51) NOT NULL DEFAULT '',
  `connectable` tinyint(4) NOT NULL DEFAULT 1,
  `peer_id` binary(20) NOT NULL DEFAULT '\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0',
  `fid` int(11) NOT NULL,
  `mtime` int(11) NOT NULL DEFAULT 0,
  `ip` varchar(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`peer_id`,`fid`,`uid`),
  KEY `fid_idx` (`fid`),
  KEY `mtime_idx` (`mtime`),
  KEY `uid_active_remain_mtime_idx` (`uid`,`active`,`remaining`,`mtime`),
  KEY `remain_mtime_idx` (`remaining`,`mtime`),
  KEY `xfu_uid_idx` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `xbt_snatched` (
  `uid` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL,
  `fid` int(11) NOT NULL,
  `IP` varchar(15) NOT NULL,
  `seedtime` int(11) NOT NULL DEFAULT 0,
  KEY `fid` (`fid`),
  KEY `uid_tstamp` (`uid`,`tstamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `xbt_files_history` (
  `uid` int(11) NOT NULL,
  `fid` int(11) NOT NULL,
  `seedtime` int(11) NOT NULL DEFAULT 0,
  `downloaded` bigint(20) NOT NULL DEFAULT 0,
  `uploaded` bigint(20) NOT NULL DEFAULT 0,
  UNIQUE KEY `xfh_uid_fid_idx` (`uid`,`fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `xbt_client_whitelist` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `peer_id` varchar(20) DEFAULT NULL,
  `vstring` varchar(200) DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `peer_id` (`peer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_downloads` (
  `UserID` int(10) NOT NULL,
  `TorrentID` int(1) NOT NULL,
  `Time` datetime NOT NULL,
  PRIMARY KEY (`UserID`,`TorrentID`,`Time`),
  KEY `TorrentID` (`TorrentID`),
  KEY `UserID` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_freeleeches` (
  `UserID` int(10) NOT NULL,
  `TorrentID` int(10) NOT NULL,
  `Time` datetime NOT NULL,
  `Expired` tinyint(1) NOT NULL DEFAULT 0,
  `Downloaded` bigint(20) NOT NULL DEFAULT 0,
  `Uses` int(10) NOT NULL DEFAULT 1,
  PRIMARY KEY (`UserID`,`TorrentID`),
  KEY `Expired_Time` (`Expired`,`Time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_torrent_history` (
  `UserID` int(10) unsigned NOT NULL,
  `NumTorrents` int(6) unsigned NOT NULL,
  `Date` int(8) unsigned NOT NULL,
  `Time` int(11) unsigned NOT NULL DEFAULT 0,
  `LastTime` int(11) unsigned NOT NULL DEFAULT 0,
  `Finished` enum('1','0') NOT NULL DEFAULT '1',
  `Weight` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`,`NumTorrents`,`Date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `ratelimit_torrent` (
  `ratelimit_torrent_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `torrent_id` int(10) NOT NULL,
  `logged` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ratelimit_torrent_id`),
  KEY `user_id` (`user_id`),
  KEY `torrent_id` (`torrent_id`),
  CONSTRAINT `ratelimit_torrent_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users_main` (`ID`),
  CONSTRAINT `ratelimit_torrent_ibfk_2` FOREIGN KEY (`torrent_id`) REFERENCES `torrents` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bookmarks_torrents` (
  `UserID` int(10) NOT NULL,
  `GroupID` int(10) NOT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `Sort` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`,`GroupID`),
  UNIQUE KEY `groups_users` (`GroupID`,`UserID`),
  KEY `UserID` (`UserID`),
  KEY `GroupID` (`GroupID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_votes` (
  `UserID` int(10) unsigned NOT NULL,
  `GroupID` int(10) NOT NULL,
  `Type` enum('Up','Down') DEFAULT NULL,
  `Time` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`UserID`,`GroupID`),
  KEY `GroupID` (`GroupID`),
  KEY `Vote` (`Type`,`GroupID`,`UserID`),
  CONSTRAINT `users_votes_ibfk_1` FOREIGN KEY (`GroupID`) REFERENCES `torrents_group` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `users_votes_ibfk_2` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `requests` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL DEFAULT 0,
  `TimeAdded` datetime NOT NULL DEFAULT current_timestamp(),
  `LastVote` datetime DEFAULT NULL,
  `CategoryID` int(3) NOT NULL,
  `Title` varchar(255) DEFAULT NULL,
  `Year` int(4) DEFAULT NULL,
  `Image` varchar(255) DEFAULT NULL,
  `Description` text NOT NULL,
  `ReleaseType` tinyint(2) DEFAULT NULL,
  `CatalogueNumber` varchar(50) NOT NULL,
  `BitrateList` varchar(255) DEFAULT NULL,
  `FormatList` varchar(255) DEFAULT NULL,
  `MediaList` varchar(255) DEFAULT NULL,
  `LogCue` varchar(20) DEFAULT NULL,
  `FillerID` int(10) unsigned NOT NULL DEFAULT 0,
  `TorrentID` int(10) unsigned NOT NULL DEFAULT 0,
  `TimeFilled` datetime DEFAULT NULL,
  `Visible` binary(1) NOT NULL DEFAULT '1',
  `RecordLabel` varchar(80) DEFAULT NULL,
  `GroupID` int(10) DEFAULT NULL,
  `OCLC` varchar(55) NOT NULL DEFAULT '',
  `Checksum` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `Userid` (`UserID`),
  KEY `Filled` (`TorrentID`),
  KEY `FillerID` (`FillerID`),
  KEY `TimeAdded` (`TimeAdded`),
  KEY `GroupID` (`GroupID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `requests_votes` (
  `RequestID` int(10) NOT NULL DEFAULT 0,
  `UserID` int(10) NOT NULL DEFAULT 0,
  `Bounty` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`RequestID`,`UserID`),
  KEY `RequestID` (`RequestID`),
  KEY `UserID` (`UserID`),
  KEY `Bounty` (`Bounty`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `bonus_item` (
  `ID` int(6) unsigned NOT NULL AUTO_INCREMENT,
  `Price` int(10) unsigned NOT NULL,
  `Amount` int(2) unsigned DEFAULT NULL,
  `MinClass` int(6) unsigned NOT NULL DEFAULT 0,
  `FreeClass` int(6) unsigned NOT NULL DEFAULT 999999,
  `Label` varchar(32) NOT NULL,
  `Title` varchar(64) NOT NULL,
  `sequence` int(6) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Label` (`Label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bonus_history` (
  `ID` int(6) unsigned NOT NULL AUTO_INCREMENT,
  `ItemID` int(6) unsigned NOT NULL,
  `UserID` int(10) unsigned NOT NULL,
  `Price` int(10) unsigned NOT NULL,
  `OtherUserID` int(10) unsigned DEFAULT NULL,
  `PurchaseDate` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `bonus_history_fk_user` (`UserID`),
  KEY `bonus_history_fk_item` (`ItemID`),
  CONSTRAINT `bonus_history_fk_item` FOREIGN KEY (`ItemID`) REFERENCES `bonus_item` (`ID`),
  CONSTRAINT `bonus_history_fk_user` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bonus_pool` (
  `bonus_pool_id` int(6) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `since_date` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `until_date` datetime NOT NULL,
  `total` float NOT NULL DEFAULT 0,
  PRIMARY KEY (`bonus_pool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bonus_pool_contrib` (
  `bonus_pool_contrib_id` int(6) unsigned NOT NULL AUTO_INCREMENT,
  `bonus_pool_id` int(6) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `amount_recv` float NOT NULL,
  `amount_sent` float NOT NULL,
  `created` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`bonus_pool_contrib_id`),
  KEY `bonus_pool_contrib_ibfk_1` (`bonus_pool_id`),
  KEY `bonus_pool_contrib_ibfk_2` (`user_id`),
  CONSTRAINT `bonus_pool_contrib_ibfk_1` FOREIGN KEY (`bonus_pool_id`) REFERENCES `bonus_pool` (`bonus_pool_id`),
  CONSTRAINT `bonus_pool_contrib_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users_main` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `forums_categories` (
  `ID` tinyint(4) NOT NULL,
  `Name` varchar(40) NOT NULL DEFAULT '',
  `Sort` int(6) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums` (
  `ID` int(6) unsigned NOT NULL AUTO_INCREMENT,
  `CategoryID` tinyint(2) DEFAULT NULL,
  `Sort` int(6) unsigned NOT NULL,
  `Name` varchar(40) NOT NULL DEFAULT '',
  `Description` varchar(255) DEFAULT '',
  `MinClassRead` int(4) NOT NULL DEFAULT 0,
  `MinClassWrite` int(4) NOT NULL DEFAULT 0,
  `MinClassCreate` int(4) NOT NULL DEFAULT 0,
  `NumTopics` int(10) NOT NULL DEFAULT 0,
  `NumPosts` int(10) NOT NULL DEFAULT 0,
  `LastPostID` int(10) NOT NULL DEFAULT 0,
  `LastPostAuthorID` int(10) NOT NULL DEFAULT 0,
  `LastPostTopicID` int(10) NOT NULL DEFAULT 0,
  `LastPostTime` datetime DEFAULT NULL,
  `AutoLock` enum('0','1') DEFAULT '1',
  `AutoLockWeeks` int(3) unsigned NOT NULL DEFAULT 4,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums_topics` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `Title` varchar(150) NOT NULL,
  `AuthorID` int(10) NOT NULL,
  `IsLocked` enum('0','1') NOT NULL DEFAULT '0',
  `IsSticky` enum('0','1') NOT NULL DEFAULT '0',
  `ForumID` int(3) NOT NULL,
  `NumPosts` int(10) NOT NULL DEFAULT 0,
  `LastPostID` int(10) NOT NULL DEFAULT 0,
  `LastPostTime` datetime NOT NULL DEFAULT current_timestamp(),
  `LastPostAuthorID` int(10) NOT NULL,
  `StickyPostID` int(10) NOT NULL DEFAULT 0,
  `Ranking` tinyint(2) DEFAULT 0,
  `CreatedTime` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `AuthorID` (`AuthorID`),
  KEY `ForumID` (`ForumID`),
  KEY `IsSticky` (`IsSticky`),
  KEY `LastPostID` (`LastPostID`),
  KEY `CreatedTime` (`CreatedTime`),
  KEY `ft_fid_sticky_idx` (`ForumID`,`IsSticky`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums_posts` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `TopicID` int(10) NOT NULL,
  `AuthorID` int(10) NOT NULL,
  `AddedTime` datetime NOT NULL DEFAULT current_timestamp(),
  `Body` mediumtext DEFAULT NULL,
  `EditedUserID` int(10) DEFAULT NULL,
  `EditedTime` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `TopicID` (`TopicID`),
  KEY `AuthorID` (`AuthorID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums_polls` (
  `TopicID` int(10) unsigned NOT NULL,
  `Question` varchar(255) NOT NULL,
  `Answers` text NOT NULL,
  `Featured` datetime DEFAULT NULL,
  `Closed` enum('0','1') NOT NULL DEFAULT '0',
  PRIMARY KEY (`TopicID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums_polls_votes` (
  `TopicID` int(10) unsigned NOT NULL,
  `UserID` int(10) unsigned NOT NULL,
  `Vote` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`TopicID`,`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `forums_last_read_topics` (
  `UserID` int(10) NOT NULL,
  `TopicID` int(10) NOT NULL,
  `PostID` int(10) NOT NULL,
  PRIMARY KEY (`UserID`,`TopicID`),
  KEY `TopicID` (`TopicID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_subscriptions` (
  `UserID` int(10) NOT NULL,
  `TopicID` int(10) NOT NULL,
  PRIMARY KEY (`UserID`,`TopicID`),
  KEY `us_topicid_idx` (`TopicID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `comments` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `Page` enum('artist','collages','requests','torrents') NOT NULL,
  `PageID` int(10) NOT NULL,
  `AuthorID` int(10) NOT NULL,
  `AddedTime` datetime NOT NULL DEFAULT current_timestamp(),
  `Body` mediumtext DEFAULT NULL,
  `EditedUserID` int(10) DEFAULT NULL,
  `EditedTime` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `Page` (`Page`,`PageID`),
  KEY `AuthorID` (`AuthorID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `comments_edits` (
  `Page` enum('forums','artist','collages','requests','torrents') DEFAULT NULL,
  `PostID` int(10) DEFAULT NULL,
  `EditUser` int(10) DEFAULT NULL,
  `EditTime` datetime DEFAULT NULL,
  `Body` mediumtext DEFAULT NULL,
  KEY `PostHistory` (`Page`,`PostID`,`EditTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `pm_conversations` (
  `ID` int(12) NOT NULL AUTO_INCREMENT,
  `Subject` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `pm_conversations_users` (
  `UserID` int(10) NOT NULL DEFAULT 0,
  `ConvID` int(12) NOT NULL DEFAULT 0,
  `InInbox` enum('1','0') NOT NULL,
  `InSentbox` enum('1','0') NOT NULL,
  `SentDate` datetime NOT NULL DEFAULT current_timestamp(),
  `ReceivedDate` datetime NOT NULL DEFAULT current_timestamp(),
  `UnRead` enum('1','0') NOT NULL DEFAULT '1',
  `Sticky` enum('1','0') NOT NULL DEFAULT '0',
  `ForwardedTo` int(12) NOT NULL DEFAULT 0,
  PRIMARY KEY (`UserID`,`ConvID`),
  KEY `InInbox` (`InInbox`),
  KEY `ConvID` (`ConvID`),
  KEY `UserID` (`UserID`),
  KEY `pcu_userid_unread_ininbox` (`UserID`,`UnRead`,`InInbox`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `pm_messages` (
  `ID` int(12) NOT NULL AUTO_INCREMENT,
  `ConvID` int(12) NOT NULL DEFAULT 0,
  `SentDate` datetime NOT NULL DEFAULT current_timestamp(),
  `SenderID` int(10) NOT NULL DEFAULT 0,
  `Body` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `ConvID` (`ConvID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `staff_pm_conversations` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Subject` text DEFAULT NULL,
  `UserID` int(11) DEFAULT NULL,
  `Status` enum('Open','Unanswered','Resolved') DEFAULT NULL,
  `Level` int(11) DEFAULT NULL,
  `AssignedToUser` int(11) DEFAULT NULL,
  `Date` datetime DEFAULT NULL,
  `Unread` tinyint(1) DEFAULT NULL,
  `ResolverID` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `StatusAssigned` (`Status`,`AssignedToUser`),
  KEY `StatusLevel` (`Status`,`Level`),
  KEY `spc_user_unr_idx` (`UserID`,`Unread`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `staff_pm_messages` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `UserID` int(11) DEFAULT NULL,
  `SentDate` datetime DEFAULT NULL,
  `Message` text DEFAULT NULL,
  `ConvID` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `convid_idx` (`ConvID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `staff_pm_responses` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Message` text DEFAULT NULL,
  `Name` text DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `reports` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL DEFAULT 0,
  `ThingID` int(10) unsigned NOT NULL DEFAULT 0,
  `Type` varchar(30) DEFAULT NULL,
  `Comment` text DEFAULT NULL,
  `ResolverID` int(10) unsigned NOT NULL DEFAULT 0,
  `Status` enum('New','InProgress','Resolved') DEFAULT 'New',
  `ResolvedTime` datetime DEFAULT NULL,
  `ReportedTime` datetime NOT NULL DEFAULT current_timestamp(),
  `Reason` text NOT NULL,
  `ClaimerID` int(10) unsigned NOT NULL DEFAULT 0,
  `Notes` text NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `Status` (`Status`),
  KEY `ResolverID` (`ResolverID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `reportsv2` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ReporterID` int(10) unsigned NOT NULL DEFAULT 0,
  `TorrentID` int(10) unsigned NOT NULL DEFAULT 0,
  `Type` varchar(20) DEFAULT '',
  `UserComment` text DEFAULT NULL,
  `ResolverID` int(10) unsigned NOT NULL DEFAULT 0,
  `Status` enum('New','InProgress','Resolved') DEFAULT 'New',
  `ReportedTime` datetime NOT NULL DEFAULT current_timestamp(),
  `LastChangeTime` datetime NOT NULL DEFAULT current_timestamp(),
  `ModComment` text DEFAULT NULL,
  `Track` text DEFAULT NULL,
  `Image` text DEFAULT NULL,
  `ExtraID` text DEFAULT NULL,
  `Link` text DEFAULT NULL,
  `LogMessage` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `Status` (`Status`),
  KEY `Type` (`Type`(1)),
  KEY `LastChangeTime` (`LastChangeTime`),
  KEY `TorrentID` (`TorrentID`),
  KEY `resolver_idx` (`ResolverID`),
  KEY `r2_torrentid_status` (`TorrentID`,`Status`),
  KEY `r2_lastchange_resolver_idx` (`LastChangeTime`,`ResolverID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `group_log` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `GroupID` int(10) NOT NULL,
  `TorrentID` int(10) NOT NULL,
  `UserID` int(10) NOT NULL DEFAULT 0,
  `Info` mediumtext DEFAULT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  `Hidden` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `GroupID` (`GroupID`),
  KEY `TorrentID` (`TorrentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `log` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Message` varchar(400) NOT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `Time` (`Time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `news` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `UserID` int(10) unsigned NOT NULL,
  `Title` varchar(255) NOT NULL,
  `Body` mediumtext NOT NULL,
  `Time` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `Time` (`Time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `site_options` (
  `ID` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL,
  `Value` tinytext NOT NULL,
  `Comment` text NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name` (`Name`),
  KEY `name_index` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `stylesheets` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `Default` enum('0','1') NOT NULL DEFAULT '0',
  PRIMARY KEY (`ID`),
  KEY `default_idx` (`Default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `tags` (
  `ID` int(10) NOT NULL AUTO_INCREMENT,
  `Name` varchar(100) NOT NULL,
  `TagType` enum('genre','other') NOT NULL DEFAULT 'other',
  `Uses` int(12) NOT NULL DEFAULT 1,
  `UserID` int(10) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name_2` (`Name`),
  KEY `TagType` (`TagType`),
  KEY `Uses` (`Uses`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `periodic_task` (
  `periodic_task_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `classname` varchar(32) NOT NULL,
  `description` varchar(255) NOT NULL,
  `period` int(10) unsigned NOT NULL,
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `is_sane` tinyint(1) NOT NULL DEFAULT 1,
  `is_debug` tinyint(1) NOT NULL DEFAULT 0,
  `run_now` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`periodic_task_id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `classname` (`classname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `permissions` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Level` int(10) unsigned NOT NULL,
  `Name` varchar(25) NOT NULL,
  `Values` text NOT NULL,
  `DisplayStaff` enum('0','1') NOT NULL DEFAULT '0',
  `PermittedForums` varchar(150) NOT NULL DEFAULT '',
  `Secondary` tinyint(4) NOT NULL DEFAULT 0,
  `StaffGroup` int(3) unsigned DEFAULT NULL,
  `badge` varchar(5) NOT NULL DEFAULT '',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Level` (`Level`),
  KEY `DisplayStaff` (`DisplayStaff`),
  KEY `StaffGroup` (`StaffGroup`),
  KEY `secondary_name_idx` (`Secondary`,`Name`),
  CONSTRAINT `permissions_ibfk_1` FOREIGN KEY (`StaffGroup`) REFERENCES `staff_groups` (`ID`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

CREATE TABLE `users_dupes` (
  `GroupID` int(10) unsigned NOT NULL,
  `UserID` int(10) unsigned NOT NULL,
  PRIMARY KEY (`UserID`),
  UNIQUE KEY `UserID` (`UserID`),
  KEY `GroupID` (`GroupID`),
  CONSTRAINT `users_dupes_ibfk_1` FOREIGN KEY (`UserID`) REFERENCES `users_main` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `users_dupes_ibfk_2` FOREIGN KEY (`GroupID`) REFERENCES `dupe_groups` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC;

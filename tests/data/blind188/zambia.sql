-- Zambia (olszowka/Zambia), convention programming and participant management, Install/EmptyDbase.sql
-- (base schema with upgrade patches 01-74 folded in; patch 75 adds only CustomText rows),
-- commit 5af773db228223589dce3c01094a2467998087ed (Zambia License 1.1, BSD-style).
-- Only the CREATE TABLE statements are kept (upstream order); DROP TABLE IF EXISTS, the seed INSERTs and the four
-- triggers on ParticipantOnSession / ParticipantOnSessionHistory are left out.

CREATE TABLE `BioEditStatuses` (
    `bioeditstatusid` INT(11) NOT NULL AUTO_INCREMENT,
    `bioeditstatusname` VARCHAR(60) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY  (`bioeditstatusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CongoDump` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `firstname` VARCHAR(30) DEFAULT NULL,
    `lastname` VARCHAR(40) DEFAULT NULL,
    `badgename` VARCHAR(51) DEFAULT NULL,
    `phone` VARCHAR(100) DEFAULT NULL,
    `email` VARCHAR(100) DEFAULT NULL,
    `postaddress1` VARCHAR(100) DEFAULT NULL,
    `postaddress2` VARCHAR(100) DEFAULT NULL,
    `postcity` VARCHAR(50) DEFAULT NULL,
    `poststate` VARCHAR(25) DEFAULT NULL,
    `postzip` VARCHAR(10) DEFAULT NULL,
    `postcountry` VARCHAR(25) DEFAULT NULL,
    `regtype` VARCHAR(40) DEFAULT NULL,
    PRIMARY KEY (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Credentials` (
    `credentialid` INT(11) NOT NULL AUTO_INCREMENT,
    `credentialname` VARCHAR(100) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`credentialid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CustomText` (
    `customtextid` INT(11) NOT NULL AUTO_INCREMENT,
    `page` VARCHAR(100) DEFAULT NULL,
    `tag` VARCHAR(25) DEFAULT NULL,
    `textcontents` TEXT,
    `active` TINYINT(1) NOT NULL DEFAULT 1,
    `html_block_level` TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (`customtextid`),
    UNIQUE KEY `page` (`page`,`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Divisions` (
    `divisionid` INT(11) NOT NULL AUTO_INCREMENT,
    `divisionname` VARCHAR(30) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`divisionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailCC` (
    `emailccid` INT(11) NOT NULL AUTO_INCREMENT,
    `description` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    `emailaddress` VARCHAR(255) DEFAULT NULL,
    PRIMARY KEY (`emailccid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailFrom` (
    `emailfromid` INT(11) NOT NULL AUTO_INCREMENT,
    `emailfromdescription` VARCHAR(30) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    `emailfromaddress` VARCHAR(255) DEFAULT NULL,
    PRIMARY KEY (`emailfromid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailHistory` (
    `emailqueueid` INT(11) NOT NULL AUTO_INCREMENT,
    `emailto` VARCHAR(255) DEFAULT NULL,
    `emailfrom` VARCHAR(255) DEFAULT NULL,
    `emailcc` VARCHAR(255) DEFAULT NULL,
    `emailsubject` VARCHAR(255) DEFAULT NULL,
    `status` INT(11) NOT NULL,
    `emailtimestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`emailqueueid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailQueue` (
    `emailqueueid` INT(11) NOT NULL AUTO_INCREMENT,
    `emailto` VARCHAR(255) DEFAULT NULL,
    `emailfrom` VARCHAR(255) DEFAULT NULL,
    `emailcc` VARCHAR(255) DEFAULT NULL,
    `emailsubject` VARCHAR(255) DEFAULT NULL,
    `body` TEXT,
    `status` INT(11) NOT NULL,
    `emailtimestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`emailqueueid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `EmailTo` (
    `emailtoid` INT(11) NOT NULL AUTO_INCREMENT,
    `emailtodescription` VARCHAR(75) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    `emailtoquery` TEXT,
    PRIMARY KEY (`emailtoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Features` (
    `featureid` INT(11) NOT NULL AUTO_INCREMENT,
    `featurename` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`featureid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `KidsCategories` (
    `kidscatid` INT(11) NOT NULL AUTO_INCREMENT,
    `kidscatname` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`kidscatid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `LanguageStatuses` (
    `languagestatusid` INT(11) NOT NULL AUTO_INCREMENT,
    `languagestatusname` VARCHAR(30) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`languagestatusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantPasswordResetRequests` (
    `badgeidentered` VARCHAR(15) NOT NULL DEFAULT '' COMMENT 'Not necessarily a valid badgeid, so no Foreign Key',
    `email` VARCHAR(255) NOT NULL DEFAULT '',
    `ipaddress` VARCHAR(225) NOT NULL DEFAULT '',
    `creationdatetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `expirationdatetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `selector` CHAR(16) NOT NULL DEFAULT '',
    `token` CHAR(64) NOT NULL DEFAULT '',
    `cancelled` TINYINT(1) NOT NULL DEFAULT '0',
    PRIMARY KEY (badgeidentered, creationdatetime),
    UNIQUE KEY PPRR_selector (selector)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PhotoDenialReasons` (
    `photodenialreasonid` INT(11) NOT NULL AUTO_INCREMENT,
    `reasontext` VARCHAR(512) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`photodenialreasonid`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PhotoUploadStatus` (
    `photouploadstatus` INT(11) NOT NULL,
    `statustext` VARCHAR(64) NOT NULL,
    PRIMARY KEY (`photouploadstatus`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Participants` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `password` VARCHAR(255) DEFAULT NULL,
    `bestway` VARCHAR(12) DEFAULT NULL,
    `interested` TINYINT(1) DEFAULT NULL,
    `bio` TEXT,
    `htmlbio` TEXT,
    `pubsname` VARCHAR(50) DEFAULT NULL,
    `name_for_sorting` VARCHAR(50) DEFAULT NULL,
    `uploadedphotofilename` VARCHAR(64) DEFAULT NULL,
    `approvedphotofilename` VARCHAR(64) DEFAULT NULL,
    `photodenialreasonothertext` VARCHAR(512) DEFAULT NULL,
    `photodenialreasonid` INT(11) DEFAULT NULL,
    `photouploadstatus` INT(11) DEFAULT NULL,
    `share_email` TINYINT(1) DEFAULT '1',
    `staff_notes` TEXT,
    `use_photo` TINYINT(1) DEFAULT NULL,
    `data_retention` TINYINT(1) NOT NULL DEFAULT '0',
    PRIMARY KEY (`badgeid`),
    KEY `photodenialreasonidinx` (`photodenialreasonid`),
    KEY `photouploadstatusinx` (`photouploadstatus`),
    CONSTRAINT `participantsphotouploadstatus_fk` FOREIGN KEY (`photouploadstatus`) REFERENCES `PhotoUploadStatus` (`photouploadstatus`),
    CONSTRAINT `participantsphotodenialreasonid_fk` FOREIGN KEY (`photodenialreasonid`) REFERENCES `PhotoDenialReasons` (`photodenialreasonid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantTags` (
    `participanttagid` INT(11) NOT NULL AUTO_INCREMENT,
    `participanttagname` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`participanttagid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PatchLog` (
    `patchname` VARCHAR(40) DEFAULT NULL,
    `timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PermissionAtoms` (
    `permatomid` INT(11) NOT NULL AUTO_INCREMENT,
    `permatomtag` VARCHAR(32) NOT NULL DEFAULT '',
    `permatomname` VARCHAR(50) DEFAULT NULL,
    `elementid` INT(11) DEFAULT NULL,
    `page` VARCHAR(30) DEFAULT NULL,
    `notes` TEXT,
    `display_order` INT(11),
    PRIMARY KEY (`permatomid`),
    UNIQUE KEY `taginx` (`permatomtag`,`elementid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PermissionRoles` (
    `permroleid` INT(11) NOT NULL AUTO_INCREMENT,
    `permrolename` VARCHAR(100) DEFAULT NULL,
    `notes` TEXT,
    `display_order` INT(11),
    PRIMARY KEY (`permroleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Phases` (
    `phaseid` INT(11) NOT NULL AUTO_INCREMENT,
    `phasename` VARCHAR(100) DEFAULT NULL,
    `current` TINYINT(1) DEFAULT '0',
    `notes` TEXT,
    `implemented` TINYINT(1) DEFAULT '0',
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`phaseid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Configuration info.';

CREATE TABLE `PreviousCons` (
    `previousconid` INT(11) NOT NULL AUTO_INCREMENT,
    `previousconname` VARCHAR(128) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`previousconid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PreviousParticipants` (
    `badgeid` VARCHAR(15) NOT NULL,
    `bio` TEXT,
    `staff_notes` TEXT,
    PRIMARY KEY (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PubStatuses` (
    `pubstatusid` INT(11) NOT NULL AUTO_INCREMENT,
    `pubstatusname` VARCHAR(12) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`pubstatusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RegTypes` (
    `regtypeid` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `display_order` INT(11) DEFAULT '0',
    `regtype` VARCHAR(40) NOT NULL DEFAULT '',
    `message` VARCHAR(100) DEFAULT NULL,
    UNIQUE KEY `RegTypes_Regtype` (`regtype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Roles` (
    `roleid` INT(11) NOT NULL AUTO_INCREMENT,
    `rolename` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`roleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RoomSets` (
    `roomsetid` INT(11) NOT NULL AUTO_INCREMENT,
    `roomsetname` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`roomsetid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Rooms` (
    `roomid` INT(11) NOT NULL AUTO_INCREMENT,
    `roomname` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    `height` VARCHAR(100) DEFAULT NULL,
    `dimensions` VARCHAR(100) DEFAULT NULL,
    `area` VARCHAR(100) DEFAULT NULL,
    `function` VARCHAR(100) DEFAULT NULL,
    `floor` VARCHAR(50) DEFAULT NULL,
    `notes` TEXT,
    `is_scheduled` TINYINT(1) NOT NULL DEFAULT '0',
    PRIMARY KEY (`roomid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Services` (
    `serviceid` INT(11) NOT NULL AUTO_INCREMENT,
    `servicename` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`serviceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionEditCodes` (
    `sessioneditcode` INT(11) NOT NULL AUTO_INCREMENT,
    `description` VARCHAR(40) DEFAULT NULL,
    `display_order` INT(11) NOT NULL DEFAULT '1',
    PRIMARY KEY (`sessioneditcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionStatuses` (
    `statusid` INT(11) NOT NULL AUTO_INCREMENT,
    `statusname` VARCHAR(50) DEFAULT NULL,
    `validate` TINYINT(1) NOT NULL DEFAULT '0',
    `may_be_scheduled` TINYINT(1) NOT NULL DEFAULT '0',
    `display_order` INT(11) DEFAULT NULL,
    PRIMARY KEY (`statusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SurveyQuestionTypes` (
    `typeid` INT(11) NOT NULL AUTO_INCREMENT,
    `shortname` VARCHAR(100) NOT NULL,
    `description` VARCHAR(1024) DEFAULT NULL,
    `current` tinyint DEFAULT '0',
    `display_order` INT(11) NOT NULL,
    PRIMARY KEY (`typeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Possible types of questions for the survey';

CREATE TABLE `Tags` (
    `tagid` INT(11) NOT NULL AUTO_INCREMENT,
    `tagname` VARCHAR(30) CHARACTER SET utf8 collate utf8_general_ci default NULL,
    `display_order` INT(11) NOT NULL default '0',
    PRIMARY KEY  (`tagid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Times` (
    `timeid` INT(11) NOT NULL,
    `timedisplay` CHAR(14) DEFAULT NULL,
    `timevalue` TIME DEFAULT NULL,
    `next_day` TINYINT(1) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    `avail_start` TINYINT(1) DEFAULT NULL,
    `avail_end` TINYINT(1) DEFAULT NULL,
    PRIMARY KEY (`timeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Tracks` (
    `trackid` INT(11) NOT NULL AUTO_INCREMENT,
    `trackname` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    `selfselect` TINYINT(1) DEFAULT NULL,
    PRIMARY KEY (`trackid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Types` (
    `typeid` INT(11) NOT NULL AUTO_INCREMENT,
    `typename` VARCHAR(50) DEFAULT NULL,
    `display_order` INT(11) DEFAULT NULL,
    `selfselect` TINYINT(1) DEFAULT NULL,
    PRIMARY KEY (`typeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CongoDumpHistory` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `firstname` VARCHAR(30) DEFAULT NULL,
    `lastname` VARCHAR(40) DEFAULT NULL,
    `badgename` VARCHAR(51) DEFAULT NULL,
    `phone` VARCHAR(100) DEFAULT NULL,
    `email` VARCHAR(100) DEFAULT NULL,
    `postaddress1` VARCHAR(100) DEFAULT NULL,
    `postaddress2` VARCHAR(100) DEFAULT NULL,
    `postcity` VARCHAR(50) DEFAULT NULL,
    `poststate` VARCHAR(25) DEFAULT NULL,
    `postzip` VARCHAR(10) DEFAULT NULL,
    `postcountry` VARCHAR(25) DEFAULT NULL,
    `regtype` VARCHAR(40) DEFAULT NULL,
    `createdts` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `createdbybadgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `inactivatedts` TIMESTAMP NULL DEFAULT NULL,
    `inactivatedbybadgeid` VARCHAR(15) DEFAULT NULL,
    PRIMARY KEY (`badgeid`,`createdts`),
    KEY `badgeid` (`badgeid`),
    KEY `createdbybadgeid` (`createdbybadgeid`),
    KEY `inactivatedbybadgeid` (`inactivatedbybadgeid`),
    CONSTRAINT `CongoDumpHistory_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `CongoDumpHistory_ibfk_2` FOREIGN KEY (`createdbybadgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `CongoDumpHistory_ibfk_3` FOREIGN KEY (`inactivatedbybadgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains changes to user information from registration system.';

CREATE TABLE `Sessions` (
    `sessionid` INT(11) NOT NULL AUTO_INCREMENT,
    `trackid` INT(11) NOT NULL DEFAULT '0',
    `typeid` INT(11) NOT NULL DEFAULT '0',
    `divisionid` INT(11) NOT NULL DEFAULT '0',
    `pubstatusid` INT(11) DEFAULT '0',
    `languagestatusid` INT(11) DEFAULT '1',
    `pubsno` VARCHAR(50) DEFAULT NULL,
    `title` VARCHAR(100) DEFAULT NULL,
    `secondtitle` VARCHAR(100) DEFAULT NULL,
    `pocketprogtext` TEXT,
    `progguiddesc` TEXT,
    `progguidhtml` TEXT,
    `persppartinfo` TEXT,
    `meetinglink` VARCHAR(512) DEFAULT NULL,
    `panelistlink` VARCHAR(512) DEFAULT NULL,
    `captionlink` VARCHAR(512) DEFAULT NULL,
    `recordinglink` VARCHAR(512) DEFAULT NULL,
    `duration` TIME DEFAULT NULL,
    `estatten` INT(11) DEFAULT NULL,
    `kidscatid` INT(11) NOT NULL DEFAULT '0',
    `signupreq` TINYINT(1) DEFAULT NULL,
    `roomsetid` INT(11) NOT NULL DEFAULT '0',
    `notesforpart` TEXT,
    `servicenotes` TEXT,
    `statusid` INT(11) NOT NULL DEFAULT '0',
    `notesforprog` TEXT,
    `warnings` TINYINT(1) DEFAULT NULL,
    `invitedguest` TINYINT(1) DEFAULT '0',
    `ts` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`sessionid`),
    KEY `trackid` (`trackid`),
    KEY `typeid` (`typeid`),
    KEY `kidscatid` (`kidscatid`),
    KEY `roomsetid` (`roomsetid`),
    KEY `statusid` (`statusid`),
    KEY `divisionid` (`divisionid`),
    KEY `pubstatusid` (`pubstatusid`),
    KEY `languagestatusid` (`languagestatusid`),
    CONSTRAINT `Sessions_ibfk_1` FOREIGN KEY (`trackid`) REFERENCES `Tracks` (`trackid`),
    CONSTRAINT `Sessions_ibfk_2` FOREIGN KEY (`typeid`) REFERENCES `Types` (`typeid`),
    CONSTRAINT `Sessions_ibfk_3` FOREIGN KEY (`kidscatid`) REFERENCES `KidsCategories` (`kidscatid`),
    CONSTRAINT `Sessions_ibfk_4` FOREIGN KEY (`roomsetid`) REFERENCES `RoomSets` (`roomsetid`),
    CONSTRAINT `Sessions_ibfk_5` FOREIGN KEY (`statusid`) REFERENCES `SessionStatuses` (`statusid`),
    CONSTRAINT `Sessions_ibfk_6` FOREIGN KEY (`pubstatusid`) REFERENCES `PubStatuses` (`pubstatusid`),
    CONSTRAINT `Sessions_ibfk_7` FOREIGN KEY (`divisionid`) REFERENCES `Divisions` (`divisionid`),
    CONSTRAINT `Sessions_ibfk_8` FOREIGN KEY (`languagestatusid`) REFERENCES `LanguageStatuses` (`languagestatusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantAvailability` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `maxprog` INT(11) DEFAULT NULL,
    `preventconflict` VARCHAR(255) DEFAULT NULL,
    `otherconstraints` VARCHAR(255) DEFAULT NULL,
    `numkidsfasttrack` INT(11) DEFAULT NULL,
    PRIMARY KEY (`badgeid`),
    CONSTRAINT `ParticipantAvailability_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantAvailabilityDays` (
    `badgeid` VARCHAR(15) NOT NULL,
    `day` smallINT(6) NOT NULL,
    `maxprog` INT(11) DEFAULT NULL,
    PRIMARY KEY (`badgeid`,`day`),
    CONSTRAINT `ParticipantAvailabilityDays_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantAvailabilityTimes` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `availabilitynum` INT(11) NOT NULL DEFAULT '0',
    `starttime` TIME DEFAULT NULL,
    `endtime` TIME DEFAULT NULL,
    PRIMARY KEY (`badgeid`,`availabilitynum`),
    CONSTRAINT `ParticipantAvailabilityTimes_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantHasCredential` (
    `badgeid` VARCHAR(15) NOT NULL,
    `credentialid` INT(11) NOT NULL,
    PRIMARY KEY (`badgeid`,`credentialid`),
    KEY `phcfk2` (`credentialid`),
    CONSTRAINT `phcfk1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `phcfk2` FOREIGN KEY (`credentialid`) REFERENCES `Credentials` (`credentialid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantHasRole` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `roleid` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`badgeid`,`roleid`),
    KEY `roleid` (`roleid`),
    CONSTRAINT `ParticipantHasRole_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `ParticipantHasRole_ibfk_2` FOREIGN KEY (`roleid`) REFERENCES `Roles` (`roleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantHasTag` (
    `badgeid` VARCHAR(15) DEFAULT 'NULL',
    `participanttagid` INT(11) DEFAULT NULL,
    KEY `ParticipantHasTag_badgeid_participanttagid_idx` (`badgeid`,`participanttagid`) USING BTREE,
    KEY `participanttagid` (`participanttagid`),
    CONSTRAINT `participanthastag_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `participanthastag_ibfk_2` FOREIGN KEY (`participanttagid`) REFERENCES `ParticipantTags` (`participanttagid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantInterests` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `yespanels` TEXT,
    `nopanels` TEXT,
    `yespeople` TEXT,
    `nopeople` TEXT,
    `otherroles` TEXT,
    PRIMARY KEY (`badgeid`),
    CONSTRAINT `ParticipantInterests_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantOnSession` (
    `participantonsessionid` INT(11) NOT NULL AUTO_INCREMENT,
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `moderator` TINYINT(1) DEFAULT '0',
    PRIMARY KEY (`participantonsessionid`),
    UNIQUE KEY `uniqueness` (`badgeid`,`sessionid`),
    KEY `sessionid` (`sessionid`),
    CONSTRAINT `ParticipantOnSession_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `ParticipantOnSession_ibfk_2` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Participant info captured by Zambia.  Set by staff.';

CREATE TABLE `ParticipantOnSessionHistory` (
    `participantonsessionhistoryid` INT(11) NOT NULL AUTO_INCREMENT,
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `moderator` TINYINT(1) NOT NULL DEFAULT '0',
    `participantonsessionid` INT(11) DEFAULT NULL,
    `createdts` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `createdbybadgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `inactivatedts` TIMESTAMP NULL DEFAULT NULL,
    `inactivatedbybadgeid` VARCHAR(15) DEFAULT NULL,
    PRIMARY KEY (`participantonsessionhistoryid`),
    KEY `badgeid` (`badgeid`),
    KEY `sessionid` (`sessionid`),
    KEY `ParticipantOnSessionHistory_ibfk_3` (`createdbybadgeid`),
    KEY `ParticipantOnSessionHistory_ibfk_4` (`inactivatedbybadgeid`),
    CONSTRAINT `ParticipantOnSessionHistory_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `ParticipantOnSessionHistory_ibfk_2` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `ParticipantOnSessionHistory_ibfk_3` FOREIGN KEY (`createdbybadgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `ParticipantOnSessionHistory_ibfk_4` FOREIGN KEY (`inactivatedbybadgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantSessionInterest` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `rank` INT(11) DEFAULT NULL,
    `willmoderate` TINYINT(1) DEFAULT NULL,
    `comments` TEXT,
    PRIMARY KEY (`badgeid`,`sessionid`),
    KEY `sessionid` (`sessionid`),
    CONSTRAINT `ParticipantSessionInterest_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `ParticipantSessionInterest_ibfk_2` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ParticipantSuggestions` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `paneltopics` TEXT,
    `otherideas` TEXT,
    `suggestedguests` TEXT,
    PRIMARY KEY (`badgeid`),
    CONSTRAINT `ParticipantSuggestions_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Permissions` (
    `permissionid` INT(11) NOT NULL AUTO_INCREMENT,
    `permatomid` INT(11) NOT NULL DEFAULT '0',
    `phaseid` INT(11) COMMENT 'null indicates all phases',
    `permroleid` INT(11) COMMENT 'one and only one of permroleid or badgeid should be non-null',
    `badgeid` VARCHAR(15) COMMENT 'one and only one of permroleid or badgeid should be non-null',
    `badgeid_norm` VARCHAR(15) GENERATED ALWAYS AS (IFNULL(`badgeid`, '')) VIRTUAL,
    PRIMARY KEY (`permissionid`),
    UNIQUE KEY `unique1` (`permatomid`,`phaseid`,`permroleid`,`badgeid_norm`),
    KEY `FK_PermAtoms` (`permatomid`),
    KEY `FK_Permissions` (`phaseid`),
    KEY `FK_PRoles` (`permroleid`),
    KEY `FK_Parts` (`badgeid`),
    CONSTRAINT `Permissions_ibfk_1` FOREIGN KEY (`permatomid`) REFERENCES `PermissionAtoms` (`permatomid`),
    CONSTRAINT `Permissions_ibfk_2` FOREIGN KEY (`phaseid`) REFERENCES `Phases` (`phaseid`),
    CONSTRAINT `Permissions_ibfk_3` FOREIGN KEY (`permroleid`) REFERENCES `PermissionRoles` (`permroleid`),
    CONSTRAINT `Permissions_ibfk_4` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PreviousConTracks` (
    `previousconid` INT(11) NOT NULL,
    `previoustrackid` INT(11) NOT NULL,
    `trackname` VARCHAR(50) DEFAULT NULL,
    PRIMARY KEY (`previousconid`,`previoustrackid`),
    KEY `previousconid` (`previousconid`),
    CONSTRAINT `PreviousCons_ibfk_1` FOREIGN KEY (`previousconid`) REFERENCES `PreviousCons` (`previousconid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PreviousSessions` (
    `previousconid` INT(11) NOT NULL,
    `previoussessionid` INT(11) NOT NULL,
    `previoustrackid` INT(11) NOT NULL,
    `previousstatusid` INT(11) NOT NULL,
    `typeid` INT(11) NOT NULL,
    `divisionid` INT(11) NOT NULL,
    `languagestatusid` INT(11) DEFAULT NULL,
    `title` VARCHAR(100) DEFAULT NULL,
    `secondtitle` VARCHAR(100) DEFAULT NULL,
    `pocketprogtext` TEXT,
    `progguiddesc` TEXT,
    `progguidhtml` TEXT,
    `persppartinfo` TEXT,
    `duration` TIME DEFAULT NULL,
    `estatten` INT(11) DEFAULT NULL,
    `kidscatid` INT(11) NOT NULL,
    `signupreq` TINYINT(1) DEFAULT NULL,
    `notesforpart` TEXT,
    `notesforprog` TEXT,
    `invitedguest` TINYINT(1) DEFAULT NULL,
    `importedsessionid` INT(11) DEFAULT NULL,
    PRIMARY KEY (`previousconid`,`previoussessionid`),
    KEY `previousconid` (`previousconid`),
    KEY `previoustrackid` (`previousconid`,`previoustrackid`),
    KEY `previousstatusid` (`previousstatusid`),
    KEY `typeid` (`typeid`),
    KEY `divisionid` (`divisionid`),
    KEY `languagestatusid` (`languagestatusid`),
    KEY `kidscatid` (`kidscatid`),
    CONSTRAINT `PreviousSessions_ibfk_1` FOREIGN KEY (`previousconid`) REFERENCES `PreviousCons` (`previousconid`),
    CONSTRAINT `PreviousSessions_ibfk_2` FOREIGN KEY (`previousconid`, `previoustrackid`) REFERENCES `PreviousConTracks` (`previousconid`, `previoustrackid`),
    CONSTRAINT `PreviousSessions_ibfk_3` FOREIGN KEY (`previousstatusid`) REFERENCES `SessionStatuses` (`statusid`),
    CONSTRAINT `PreviousSessions_ibfk_4` FOREIGN KEY (`typeid`) REFERENCES `Types` (`typeid`),
    CONSTRAINT `PreviousSessions_ibfk_5` FOREIGN KEY (`divisionid`) REFERENCES `Divisions` (`divisionid`),
    CONSTRAINT `PreviousSessions_ibfk_6` FOREIGN KEY (`languagestatusid`) REFERENCES `LanguageStatuses` (`languagestatusid`),
    CONSTRAINT `PreviousSessions_ibfk_7` FOREIGN KEY (`kidscatid`) REFERENCES `KidsCategories` (`kidscatid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RoomHasSet` (
    `roomhassetid` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `roomid` INT(11) NOT NULL DEFAULT '0',
    `roomsetid` INT(11) NOT NULL DEFAULT '0',
    `capacity` INT(11) DEFAULT NULL,
    UNIQUE KEY (`roomid`,`roomsetid`),
    KEY `roomsetid` (`roomsetid`),
    CONSTRAINT `RoomHasSet_ibfk_1` FOREIGN KEY (`roomid`) REFERENCES `Rooms` (`roomid`),
    CONSTRAINT `RoomHasSet_ibfk_2` FOREIGN KEY (`roomsetid`) REFERENCES `RoomSets` (`roomsetid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Schedule` (
    `scheduleid` INT(11) NOT NULL AUTO_INCREMENT,
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `roomid` INT(11) NOT NULL DEFAULT '0',
    `starttime` TIME NOT NULL DEFAULT '00:00:00',
    PRIMARY KEY (`scheduleid`),
    KEY `sessionid` (`sessionid`),
    KEY `roomid` (`roomid`),
    CONSTRAINT `Schedule_ibfk_1` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `Schedule_ibfk_2` FOREIGN KEY (`roomid`) REFERENCES `Rooms` (`roomid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionEditHistory` (
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `badgeid` VARCHAR(15) DEFAULT NULL,
    `name` VARCHAR(40) DEFAULT NULL,
    `email_address` VARCHAR(75) DEFAULT NULL,
    `timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `sessioneditcode` INT(11) NOT NULL DEFAULT '0',
    `statusid` INT(11) NOT NULL DEFAULT '0',
    `editdescription` TEXT,
    PRIMARY KEY (`sessionid`,`timestamp`),
    KEY `FK_SessionEditHistory` (`badgeid`),
    KEY `FK_SessionEditCodes` (`sessioneditcode`),
    KEY `FK_SessionEditHistory4` (`statusid`),
    CONSTRAINT `SessionEditHistory_ibfk_1` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `SessionEditHistory_ibfk_2` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `SessionEditHistory_ibfk_3` FOREIGN KEY (`sessioneditcode`) REFERENCES `SessionEditCodes` (`sessioneditcode`),
    CONSTRAINT `SessionEditHistory_ibfk_4` FOREIGN KEY (`statusid`) REFERENCES `SessionStatuses` (`statusid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionHasFeature` (
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `featureid` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`sessionid`,`featureid`),
    KEY `featureid` (`featureid`),
    CONSTRAINT `SessionHasFeature_ibfk_1` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `SessionHasFeature_ibfk_2` FOREIGN KEY (`featureid`) REFERENCES `Features` (`featureid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionHasService` (
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `serviceid` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`sessionid`,`serviceid`),
    KEY `serviceid` (`serviceid`),
    CONSTRAINT `SessionHasService_ibfk_1` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `SessionHasService_ibfk_2` FOREIGN KEY (`serviceid`) REFERENCES `Services` (`serviceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SessionHasTag` (
    `sessionid` INT(11) NOT NULL DEFAULT '0',
    `tagid` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY  (`sessionid`,`tagid`),
    KEY `Fkey2` (`tagid`),
    CONSTRAINT `Fkey1` FOREIGN KEY (`sessionid`) REFERENCES `Sessions` (`sessionid`),
    CONSTRAINT `Fkey2` FOREIGN KEY (`tagid`) REFERENCES `Tags` (`tagid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SurveyQuestionConfig` (
    `questionid` INT(11) NOT NULL AUTO_INCREMENT,
    `shortname` VARCHAR(100) NOT NULL,
    `description` VARCHAR(1024) DEFAULT NULL,
    `prompt` VARCHAR(512) NOT NULL,
    `hover` VARCHAR(8192) DEFAULT NULL,
    `display_order` INT(11) NOT NULL,
    `typeid` INT(11) NOT NULL,
    `required` TINYINT(1) NOT NULL DEFAULT '0',
    `publish` TINYINT(1) NOT NULL DEFAULT '0',
    `privacy_user` TINYINT(1) NOT NULL DEFAULT '0',
    `searchable` TINYINT(1) NOT NULL DEFAULT '0',
    `ascending` TINYINT(1) NOT NULL DEFAULT '1',
    `display_only` TINYINT(1) NOT NULL DEFAULT '0',
    `min_value` INT(11) DEFAULT NULL,
    `max_value` INT(11) DEFAULT NULL,
    PRIMARY KEY (`questionid`),
    UNIQUE KEY `SurveyQuestionConfig_shortname` (`shortname`),
    KEY `typeid` (`typeid`),
    CONSTRAINT `surveyquestionconfig_ibfk_1` FOREIGN KEY (`typeid`) REFERENCES `SurveyQuestionTypes` (`typeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Each question in the configured survey has a row.';

CREATE TABLE `SurveyQuestionOptionConfig` (
    `questionid` INT(11) NOT NULL,
    `ordinal` INT(11) NOT NULL,
    `value` VARCHAR(512) NOT NULL,
    `display_order` INT(11) NOT NULL,
    `optionshort` VARCHAR(64) NOT NULL,
    `optionhover` VARCHAR(512) DEFAULT NULL,
    `allowothertext` TINYINT(1) DEFAULT '0',
    PRIMARY KEY (`questionid`,`ordinal`),
    CONSTRAINT `surveyquestionoptionconfig_ibfk_1` FOREIGN KEY (`questionid`) REFERENCES `SurveyQuestionConfig` (`questionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Entries for questions in the survey which are multiple choice.';

CREATE TABLE `SurveyQuestionTypeDefaults` (
    `typeid` INT(11) NOT NULL,
    `ordinal` INT(11) NOT NULL,
    `value` VARCHAR(512) NOT NULL,
    `display_order` INT(11) NOT NULL,
    `optionshort` VARCHAR(64) NOT NULL,
    `optionhover` VARCHAR(512) DEFAULT NULL,
    `allowothertext` TINYINT(1) DEFAULT '0',
    PRIMARY KEY (`typeid`,`ordinal`),
    CONSTRAINT `surveyquestiontypedefaults_ibfk_1` FOREIGN KEY (`typeid`) REFERENCES `SurveyQuestionTypes` (`typeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Default options for multiple choice question types in the survey.';

CREATE TABLE `ParticipantSurveyAnswers` (
    `participantid` VARCHAR(15) NOT NULL DEFAULT '',
    `questionid` INT(11) NOT NULL,
    `privacy_setting` TINYINT(1) NOT NULL DEFAULT '0',
    `value` VARCHAR(8192) DEFAULT NULL,
    `othertext` VARCHAR(512) DEFAULT NULL,
    `lastupdate` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `updatedby` VARCHAR(15) NOT NULL,
    PRIMARY KEY (`participantid`,`questionid`),
    KEY `questionid` (`questionid`),
    CONSTRAINT `participantsurveyanswers_ibfk_1` FOREIGN KEY (`participantid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `participantsurveyanswers_ibfk_2` FOREIGN KEY (`questionid`) REFERENCES `SurveyQuestionConfig` (`questionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Participant Survey Info.';

CREATE TABLE `ParticipantSurveyResponses` (
    `badgeid` VARCHAR(15) NOT NULL,
    `answers` JSON NOT NULL,
    `lastupdate` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `updatedby` VARCHAR(15) NOT NULL,
    PRIMARY KEY (`badgeid`),
    KEY `updatedby` (`updatedby`),
    CONSTRAINT `participantsurveyresponses_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `participantsurveyresponses_ibfk_2` FOREIGN KEY (`updatedby`) REFERENCES `Participants` (`badgeid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='One row per participant: JSON mirror of ParticipantSurveyAnswers, keyed by SurveyQuestionConfig.shortname.';

CREATE TABLE `TrackCompatibility` (
    `previousconid` INT(11) NOT NULL,
    `previoustrackid` INT(11) NOT NULL,
    `currenttrackid` INT(11) NOT NULL,
    PRIMARY KEY (`previousconid`,`previoustrackid`),
    KEY `currenttrackid` (`currenttrackid`),
    CONSTRAINT `TrackCompatibility_ibfk_1` FOREIGN KEY (`previousconid`, `previoustrackid`) REFERENCES `PreviousConTracks` (`previousconid`, `previoustrackid`),
    CONSTRAINT `TrackCompatibility_ibfk_2` FOREIGN KEY (`currenttrackid`) REFERENCES `Tracks` (`trackid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UserHasPermissionRole` (
    `badgeid` VARCHAR(15) NOT NULL DEFAULT '',
    `permroleid` INT(11) NOT NULL DEFAULT '0',
    PRIMARY KEY (`badgeid`,`permroleid`),
    KEY `FK_UserHasPermissionRole` (`permroleid`),
    CONSTRAINT `UserHasPermissionRole_ibfk_1` FOREIGN KEY (`badgeid`) REFERENCES `Participants` (`badgeid`),
    CONSTRAINT `UserHasPermissionRole_ibfk_2` FOREIGN KEY (`permroleid`) REFERENCES `PermissionRoles` (`permroleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

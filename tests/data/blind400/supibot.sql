-- Supibot (Supinic's multi-platform Twitch chat bot, also on Discord, Cytube and IRC; Node.js / TypeScript, MariaDB)
-- Upstream: github.com/Supinic/supibot, commit 4fbbe5bb23f93ac38db8cfcd36453b424cb92109 (the definitions last
-- changed in 082ada7f) (AGPL-3.0)
-- Source: upstream's own MariaDB DDL files, taken statement for statement:
--   init/definitions/chat_data/tables/*.sql (17 tables of the `chat_data` database, created by the installer)
--   commands/*/*.sql (9 tables of the `data` database that individual commands create: alias, badapplerendition,
--   origin, subscribe, suggest, thesaurus, twitchlotto)
-- Changes: upstream spreads the tables over the databases `chat_data` and `data` (db-init.sql); the database
-- qualifiers were removed so that all 26 tables live in one schema (no table name occurs in both). Tables ordered so
-- that referenced tables come first (User_Alias, Channel, Twitch_Lotto_Channel before the tables referring to them).
-- Column names, order, types, ENUM / SET values, comments, keys, the CHECK constraint and the stored generated
-- column AFK.Duration_MS are upstream's. Left out: the two BEFORE INSERT triggers of
-- init/definitions/chat_data/triggers/ (they fill the first-message / first-command columns) and db-init.sql's
-- CREATE DATABASE / GRANT lines. The `Platform` columns hold ids of platforms configured in the bot's config
-- file; upstream defines no Platform table. Tables the bot reads that upstream's repository does not define (the
-- supinic.com website's, e.g. music.Track, stream.Stream) are not included.

-- init/definitions/chat_data/tables/User_Alias.sql
CREATE TABLE IF NOT EXISTS `User_Alias` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(32) NOT NULL,
  `Discord_ID` VARCHAR(20) DEFAULT NULL,
  `Twitch_ID` VARCHAR(16) DEFAULT NULL,
  `Started_Using` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(),
  `Data` TEXT DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Channel.sql
CREATE TABLE IF NOT EXISTS `Channel` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(100) NOT NULL,
  `Platform` INT(10) UNSIGNED NOT NULL,
  `Specific_ID` VARCHAR(64) DEFAULT NULL COMMENT 'Platform-specific ID of the channel',
  `Mode` ENUM('Inactive','Last seen','Read','Write','VIP','Moderator') DEFAULT 'Write' COMMENT 'On Twitch, the modes are updated automatically.\r\nModerator = full access, almost no message buffering\r\nVIP = high access, very small message buffering timeout\r\nWrite = behaves as a regular chatter, enforces global slow-mode and spam limiters\r\nRead = read-only access, but will join channel and log it. does not reply or send any messages in channel\r\nInactive = like Read, but will not join channel at all',
  `Mention` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'If true, will attempt to "mention" users who use commands in this channel',
  `Links_Allowed` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'If false, any links in responses will be replaced by placeholder text',
  `NSFW` TINYINT(1) DEFAULT NULL COMMENT 'Flag that determines whether or not NSFW content can be posted in said channel.\r\nCurrently only sets TRUE for Discord channels with nsfw FLAG set to true.',
  `Logging` SET('Lines','Meta') NULL DEFAULT 'Lines,Meta' COLLATE 'utf8mb4_general_ci',
  `Banphrase_API_Type` ENUM('Pajbot') DEFAULT NULL COMMENT 'If a channel should use an external banphrase API, this should be its type. Currently only supports "Pajbot".',
  `Banphrase_API_URL` VARCHAR(100) DEFAULT NULL COMMENT 'If a channel should use an external banphrase API, this should be its bare URL - no https:// or endpoints',
  `Banphrase_API_Downtime` enum('Ignore','Notify','Nothing','Refuse','Whisper') DEFAULT NULL COMMENT 'Determines the behaviour the bot should take if the banphrase API times out.\r\nIgnore - acts as if nothing happened and posts the message as is.\r\nNotify - same as Ignore, but adds a warning emoji\r\nRefuse - bot will refuse to reply with a warning message set up in config',
  `Message_Limit` SMALLINT(5) UNSIGNED DEFAULT NULL COMMENT 'If not NULL, this determines the maximum length of a message in said channel. If NULL, will use Platform defaults.',
  `Mirror` INT(10) UNSIGNED DEFAULT NULL COMMENT 'If not NULL, will mirror all messages from this channel to channel specified in Mirror.',
  `Description` TEXT DEFAULT NULL,
  `Data` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Specific data to be used in other places, i.e. commands',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `Name_Platform` (`Name`,`Platform`),
  INDEX `Channel_Platform` (`Platform`) USING BTREE,
  KEY `Mirror` (`Mirror`),
  CONSTRAINT `Mirror` FOREIGN KEY (`Mirror`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/AFK.sql
CREATE TABLE IF NOT EXISTS `AFK` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `User_Alias` INT(10) UNSIGNED NOT NULL COMMENT 'The user who is AFK',
  `Started` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `Ended` DATETIME(3) NULL DEFAULT NULL,
  `Text` VARCHAR(2000) DEFAULT NULL,
  `Status` enum('afk','poop','gn','brb','shower','lurk','food','work','nap','study','ppPoof') NOT NULL DEFAULT 'afk' COMMENT 'So-called "status" of the AFK. Can be tied to multiple actions',
  `Active` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Whether the AFK status is active',
  `Interrupted_ID` INT(10) UNSIGNED DEFAULT NULL COMMENT 'If an AFK has been deactivated, but then re-activated, this is the ID of the original status.',
  `Duration_MS` BIGINT UNSIGNED AS (TIMESTAMPDIFF(MICROSECOND, `Started`, `Ended`) DIV 1000) STORED COMMENT 'Duration of each AFK status, in milliseconds. Used for statistics queries.',
  PRIMARY KEY (`ID`),
  KEY `AFK_FK_User_Alias` (`User_Alias`),
  KEY `AFK_Self_Interrupted` (`Interrupted_ID`),
  KEY `AFK_Active_Lookup` (`Active`),
  KEY `AFK_Longest_User_Duration` (`User_Alias`, `Interrupted_ID`, `Duration_MS`),
  CONSTRAINT `FK_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`),
  CONSTRAINT `Self_Interrupted` FOREIGN KEY (`Interrupted_ID`) REFERENCES `AFK` (`ID`),
  CONSTRAINT `Check_Ended_After_Started` CHECK (`Ended` IS NULL OR `Ended` >= `Started`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Banphrase.sql
CREATE TABLE IF NOT EXISTS `Banphrase` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `Code` TEXT NOT NULL COMMENT 'Javascript code of a banphrase. Must be a function that takes one argument (the message) and returns a replacement (Replacement), different message altogether (API response, Custom response) or boolean (Denial)',
  `Type` ENUM('Denial','API response','Custom response','Replacement','Inactive') NOT NULL DEFAULT 'Custom response' COMMENT 'API response - triggered when an external banphrase API is hit, will return a pretty string. E.g.: API result = "ResidentSleeper", banphrase returns "zzz"\r\nCustom response - will reply with a completely different message altogether\r\nReplacement - will replace parts of the original message with something more appropriate\r\nDenial - based on the result, the bot will not reply at all\r\nInactive - banphrase not taken into account',
  `Platform` INT(10) UNSIGNED DEFAULT NULL COMMENT 'If both this field and Channel are NULL, the banphrase is considered as global everywhere (!)',
  `Channel` INT(10) UNSIGNED DEFAULT NULL COMMENT 'If Platform is NOT NULL and this field is NULL, the banphrase will be global for that Platform.',
  `Priority` TINYINT(4) NOT NULL DEFAULT 0 COMMENT 'Determines the priority of a banphrase. Higher number = higher priority',
  `Description` TEXT DEFAULT NULL,
  PRIMARY KEY (`ID`),
  INDEX `Banphrase_Platform` (`Platform`) USING BTREE,
  KEY `FK_Banphrase_Emote_chat_data.Channel` (`Channel`),
  CONSTRAINT `FK_Banphrase_Emote_chat_data.Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Banphrase_API_Denial_Log.sql
CREATE TABLE IF NOT EXISTS `Banphrase_API_Denial_Log` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`Message` MEDIUMTEXT NOT NULL COLLATE 'utf8mb4_general_ci',
	`Response` MEDIUMTEXT NOT NULL COLLATE 'utf8mb4_general_ci',
	`Channel` INT(10) UNSIGNED NOT NULL,
	`Platform` INT(10) UNSIGNED NOT NULL,
	`API` VARCHAR(128) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Timestamp` DATETIME(3) NOT NULL DEFAULT current_timestamp(3),
	PRIMARY KEY (`ID`) USING BTREE,
    INDEX `Banphrase_API_Denial_Log_Platform` (`Platform`) USING BTREE,
	INDEX `FK_Banphrase_API_Denial_Log_Channel` (`Channel`) USING BTREE,
	CONSTRAINT `FK_Banphrase_API_Denial_Log_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- init/definitions/chat_data/tables/Channel_Chat_Module.sql
CREATE TABLE IF NOT EXISTS `Channel_Chat_Module` (
	`Channel` INT(10) UNSIGNED NOT NULL,
	`Chat_Module` VARCHAR(100) NOT NULL,
	`Specific_Arguments` TEXT(65535) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Notes` TEXT(65535) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Created` DATETIME(3) NOT NULL DEFAULT current_timestamp(3),
	`Last_Edit` DATETIME(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3),
	PRIMARY KEY (`Channel`, `Chat_Module`) USING BTREE,
	INDEX `FK_Channel_Chat_Module_Chat_Module` (`Chat_Module`) USING BTREE,
	CONSTRAINT `FK_Channel_Chat_Module_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- init/definitions/chat_data/tables/Channel_Data.sql
CREATE TABLE IF NOT EXISTS `Channel_Data` (
	`Channel` INT(10) UNSIGNED NOT NULL,
	`Property` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Value` MEDIUMTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Created` DATETIME(3) NOT NULL DEFAULT current_timestamp(3),
	`Edited` DATETIME(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3),
	PRIMARY KEY (`Channel`, `Property`) USING BTREE,
	INDEX `Channel_Data_Property` (`Property`) USING BTREE,
	CONSTRAINT `FK_Channel_Data_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- init/definitions/chat_data/tables/Command_Execution.sql
CREATE TABLE IF NOT EXISTS `Command_Execution` (
  `Executed` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `User_Alias` INT(10) UNSIGNED NOT NULL,
  `Command` VARCHAR(50) NOT NULL,
  `Platform` INT(10) UNSIGNED NOT NULL,
  `Channel` INT(10) UNSIGNED NULL DEFAULT NULL,
  `Execution_Time` DECIMAL(10,3) UNSIGNED NULL DEFAULT NULL,
  `Success` TINYINT(1) UNSIGNED NOT NULL,
  `Invocation` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
  `Arguments` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
  `Result` VARCHAR(300) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
  PRIMARY KEY (`User_Alias`, `Command`, `Executed`, `Platform`) USING BTREE,
  INDEX `Command_Execution_Platform` (`Platform`) USING BTREE,
  INDEX `Command_Execution_Command` (`Command`) USING BTREE,
  INDEX `FK_Command_Execution_Channel` (`Channel`) USING BTREE,
  INDEX `Executed` (`Executed`) USING BTREE,
  CONSTRAINT `FK_Command_Execution_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `FK_Command_Execution_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- init/definitions/chat_data/tables/Error.sql
CREATE TABLE IF NOT EXISTS `Error` (
  `ID` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `Type` enum('Backend','Command','Database','Website','Website - API','Other','Request') NOT NULL,
  `Origin` enum('Internal','External') DEFAULT NULL,
  `Message` mediumtext DEFAULT NULL,
  `Stack` text NOT NULL DEFAULT '',
  `Arguments` text DEFAULT NULL,
  `Context` text DEFAULT NULL,
  `Timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Filter.sql
CREATE TABLE IF NOT EXISTS `Filter` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `User_Alias` INT(10) UNSIGNED DEFAULT NULL,
  `Channel` INT(10) UNSIGNED DEFAULT NULL,
  `Command` VARCHAR(50) DEFAULT NULL,
  `Platform` INT(10) UNSIGNED DEFAULT NULL,
  `Invocation` VARCHAR(50) DEFAULT NULL COMMENT 'This is specific command invocation - must always be coupled with Command',
  `Type` ENUM('Blacklist','Whitelist','Opt-out','Block','Unping','Unmention','Cooldown','Flags','Offline-only','Online-only','Arguments','Reminder-prevention') NOT NULL DEFAULT 'Blacklist' COMMENT 'Determins the type of filter:\r\nBlacklist - given combo WILL NOT be able to use commands. By setting all combo fields to NULL, you will blacklist everyone everywhere. Not recommended.\r\nWhitelist - given combo WILL be able to use commands. Command must NOT be null.\r\nOpt-out - given Command will not accept User_Alias as its first argument. Other combo fields are ignored.\r\nBlock - given Command will not accept User_Alias as its first argument, only for user Blocked_User. Other combo fields are ignored.\r\nUnping - given Command will attempt to un-ping (insert ZWSP characters in their name) User_Alias. Other combo fields are ignored.' COLLATE 'utf8mb4_general_ci',
  `Blocked_User` INT(10) UNSIGNED DEFAULT NULL,
  `Data` text DEFAULT NULL,
  `Active` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
  `Response` ENUM('None','Auto','Reason') NOT NULL DEFAULT 'None' COMMENT 'If used with Blacklist/Opt-out/Block, this determines the reply the blocked user gets.\r\nNone - no reply.\r\nAuto - automatic reply will be used.\r\nReason - the text in field Reason will be used.',
  `Reason` VARCHAR(500) DEFAULT NULL COMMENT 'Reply text for blocked users if Reply = Reason. See that column for more info',
  `Issued_By` INT(10) UNSIGNED COMMENT 'The person who issued the filter.',
  `Created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `Changed` DATETIME(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
  `Notes` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  INDEX `Filter_Command` (`Command`) USING BTREE,
  INDEX `Filter_Platform` (`Platform`) USING BTREE,
  KEY `FK_Ban_Channel` (`Channel`),
  KEY `FK_Ban_User_Alias_2` (`Issued_By`),
  KEY `FK_Filter_User_Alias` (`Blocked_User`),
  KEY `Active_Lookup` (`Active`),
  CONSTRAINT `FK_Filter_User_Alias` FOREIGN KEY (`Blocked_User`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Filter_ibfk_1` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Filter_ibfk_3` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Filter_ibfk_4` FOREIGN KEY (`Issued_By`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
)
 ENGINE=InnoDB
 DEFAULT CHARSET=utf8mb4
 COMMENT='Filters specific usages of commands.\r\nIn the following descriptions, "Combo fields" refer to the unique index User_Alias-Channel-Platform-Command-Type. If either is null, it is considered as global.\r\nE.g.: \r\ncombo 1-2-NULL-3-Blacklist will ban User_Alias 1 from using command 3 in Channel 2.\r\ncombo NULL-NULL-1-3-Blacklist will ban *EVERYONE* from using command 3 in platform 1.\r\ncombo 1-NULL-NULL-3-Whitelist will allow User_Alias 1 to use command 3 *EVERYWHERE*.\r\ncombo NULL-NULL-NULL-NULL-Blacklist will ban *EVERYONE* *EVERYWHERE*. Not recommended.';

-- init/definitions/chat_data/tables/Log.sql
CREATE TABLE IF NOT EXISTS `Log` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `Tag` ENUM('Command','Message','Twitch','Discord','Cytube','Module','System') NOT NULL DEFAULT 'System',
  `Subtag` ENUM('Request','Fail','Warning','Success','Shadowban','Ban','Clearchat','Sub','Giftsub','Host','Error','Timeout','Restart','Other','Ritual') DEFAULT NULL,
  `Description` TEXT DEFAULT NULL,
  `Channel` INT(10) UNSIGNED DEFAULT NULL,
  `User_Alias` INT(10) UNSIGNED DEFAULT NULL,
  `Timestamp` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`ID`),
  KEY `FK_Log_Channel` (`Channel`),
  KEY `FK_Log_User_Alias` (`User_Alias`),
  CONSTRAINT `FK_Log_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `FK_Log_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Message_Meta_User_Alias.sql
CREATE TABLE IF NOT EXISTS `Message_Meta_User_Alias` (
  `User_Alias` INT(10) UNSIGNED NOT NULL,
  `Channel` INT(10) UNSIGNED NOT NULL,
  `Message_Count` INT(10) UNSIGNED NOT NULL DEFAULT 1,
  `First_Message_Text` VARCHAR(2000) DEFAULT NULL,
  `First_Message_Posted` DATETIME(3) NULL DEFAULT NULL,
  `Last_Message_Text` VARCHAR(2000) DEFAULT NULL,
  `Last_Message_Posted` DATETIME(3) NULL DEFAULT NULL,

  PRIMARY KEY (`User_Alias`,`Channel`),
  KEY `Last_Seen_Lookup` (`User_Alias`,`Last_Message_Posted`),
  KEY `Top_Chatters_in_Channel_Lookup` (`Channel`,`Message_Count`),
  CONSTRAINT `FK_User_Message_Meta_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_User_Message_Meta_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
)
ENGINE=InnoDB
DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Meta_Channel_Command.sql
CREATE TABLE IF NOT EXISTS `Meta_Channel_Command`
(
    `Channel`                INT UNSIGNED NOT NULL,
    `First_Command_Executed` VARCHAR(50)  NULL,
    `First_Command_Posted`   DATETIME(3)  NULL,
    `First_Command_Result`   TEXT         NULL,
    `Last_Command_Executed`  VARCHAR(50)  NULL,
    `Last_Command_Posted`    DATETIME(3)  NULL,
    `Last_Command_Result`    TEXT         NULL,

    PRIMARY KEY (`Channel`),
    CONSTRAINT `Meta_Channel_Command_Channel_ID_fk` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
)
ENGINE=InnoDB
DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Reminder.sql
CREATE TABLE IF NOT EXISTS `Reminder` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `User_From` INT(10) UNSIGNED NULL COMMENT 'A null value signifies a system reminder',
  `User_To` INT(10) UNSIGNED NOT NULL,
  `Channel` INT(10) UNSIGNED DEFAULT NULL,
  `Platform` INT(10) UNSIGNED DEFAULT NULL,
  `Type` ENUM('Reminder','Pingme','Deferred') NOT NULL DEFAULT 'Reminder' COLLATE 'utf8mb4_general_ci',
  `Text` VARCHAR(2000) DEFAULT NULL,
  `Created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `Schedule` DATETIME(3) DEFAULT NULL,
  `Private_Message` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  INDEX `Reminder_Platform` (`Platform`) USING BTREE,
  KEY `Reminder_User_Alias_From` (`User_From`),
  KEY `FK_Reminder_Channel` (`Channel`),
  KEY `FK_Reminder_User_Alias` (`User_To`),
  KEY `Schedule_Lookup` (`Schedule`),
  CONSTRAINT `FK_Reminder_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_Reminder_User_Alias` FOREIGN KEY (`User_To`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Reminder_User_Alias_From` FOREIGN KEY (`User_From`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Reminder_History.sql
CREATE TABLE IF NOT EXISTS `Reminder_History` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `User_From` INT(10) UNSIGNED NULL COMMENT 'A null value signifies a system reminder',
  `User_To` INT(10) UNSIGNED NOT NULL,
  `Channel` INT(10) UNSIGNED DEFAULT NULL,
  `Platform` INT(10) UNSIGNED DEFAULT NULL,
  `Type` ENUM('Reminder','Pingme','Deferred') NOT NULL DEFAULT 'Reminder' COLLATE 'utf8mb4_general_ci',
  `Text` VARCHAR(2000) DEFAULT NULL,
  `Created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `Schedule` DATETIME(3) DEFAULT NULL,
  `Cancelled` TINYINT(1) DEFAULT NULL,
  `Private_Message` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  INDEX `Reminder_History_Platform` (`Platform`) USING BTREE,
  KEY `Reminder_History_User_Alias_From` (`User_From`),
  KEY `FK_Reminder_History_Channel` (`Channel`),
  KEY `FK_Reminder_History_User_Alias` (`User_To`),
  KEY `Schedule_Lookup` (`Schedule`),
  CONSTRAINT `FK_Reminder_History_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_Reminder_History_User_Alias` FOREIGN KEY (`User_To`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Reminder_History_User_Alias_From` FOREIGN KEY (`User_From`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/Twitch_Ban.sql
CREATE TABLE IF NOT EXISTS `Twitch_Ban` (
  `ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `User_Alias` INT(10) UNSIGNED NOT NULL,
  `Channel` INT(10) UNSIGNED NOT NULL,
  `Length` INT(10) UNSIGNED DEFAULT NULL,
  `Issued` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `Notes` TEXT DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `FK_Twitch_Ban_User_Alias` (`User_Alias`),
  KEY `FK_Twitch_Ban_Channel` (`Channel`),
  KEY `Issued` (`Issued`),
  CONSTRAINT `FK_Twitch_Ban_Channel` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_Twitch_Ban_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- init/definitions/chat_data/tables/User_Alias_Data.sql
CREATE TABLE IF NOT EXISTS `User_Alias_Data` (
	`User_Alias` INT(10) UNSIGNED NOT NULL,
	`Property` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Value` MEDIUMTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	PRIMARY KEY (`User_Alias`, `Property`) USING BTREE,
	INDEX `FK_User_Data_User_Data_Property` (`Property`) USING BTREE,
	CONSTRAINT `FK_User_Data_User_Alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/alias/custom_command_alias.sql
CREATE TABLE IF NOT EXISTS `Custom_Command_Alias` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`User_Alias` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Channel` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Name` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Command` VARCHAR(50) NULL COLLATE 'utf8mb4_general_ci',
	`Invocation` VARCHAR(50) NULL COLLATE 'utf8mb4_general_ci',
	`Arguments` MEDIUMTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Description` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Parent` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Created` DATETIME(3) NULL DEFAULT current_timestamp(3),
	`Edited` DATETIME(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3),
	`Restrictions` SET('copy', 'link') NULL DEFAULT NULL,
	PRIMARY KEY (`ID`) USING BTREE,
	UNIQUE INDEX `User_Channel_Name` (`User_Alias`, `Channel`, `Name`) USING BTREE,
	INDEX `FK_Custom_Command_Alias_Channel` (`Channel`) USING BTREE,
	INDEX `FK_Custom_Command_Alias_Command` (`Command`) USING BTREE,
	INDEX `FK_Custom_Command_Alias_Custom_Command_Alias` (`Parent`) USING BTREE,
	CONSTRAINT `Custom_Command_Alias_ibfk_1` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT `Custom_Command_Alias_ibfk_4` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT `FK_Custom_Command_Alias_data.Custom_Command_Alias` FOREIGN KEY (`Parent`) REFERENCES `Custom_Command_Alias` (`ID`) ON UPDATE CASCADE ON DELETE SET NULL
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/badapplerendition/bad_apple.sql
CREATE TABLE IF NOT EXISTS `Bad_Apple` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`Link` VARCHAR(100) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Device` VARCHAR(100) NOT NULL COLLATE 'utf8mb4_general_ci',
    `Status` ENUM('Approved','Denied','Pending approval','Unavailable') NOT NULL COLLATE 'utf8mb4_general_ci',
	`Type` ENUM('Calculator','Computer','Console','IRL','Meme','Meta','Software','Technology') NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Published` DATE NULL DEFAULT NULL,
	`Width` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Height` INT(10) UNSIGNED NULL DEFAULT NULL,
	`FPS` DECIMAL(5,2) UNSIGNED NULL DEFAULT NULL,
	`Timestamp` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Reuploads` MEDIUMTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Notes` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Added_On` DATETIME(3) NULL DEFAULT current_timestamp(3),
	PRIMARY KEY (`ID`) USING BTREE,
	UNIQUE INDEX `Link` (`Link`) USING BTREE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/origin/origin.sql
CREATE TABLE IF NOT EXISTS `Origin` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`Emote_ID` VARCHAR(64) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Name` VARCHAR(100) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Text` VARCHAR(500) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Tier` ENUM('1','2','3','1000','5000','10000','25000','50000') NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
    `Type` ENUM('7TV - Channel','7TV - Global','BTTV - Channel','BTTV - Global','Discord','FFZ - Channel','FFZ - Global','Other','Twitch - Bits','Twitch - Follower','Twitch - Global','Twitch - Sub') NULL DEFAULT 'Twitch - Global' COLLATE 'utf8mb4_general_ci',
	`Raffle` DATE NULL DEFAULT NULL,
	`Raffle_Winner` INT(10) UNSIGNED NULL DEFAULT NULL,
	`User_Alias` INT(10) UNSIGNED NOT NULL DEFAULT '1',
	`Author` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Todo` TINYINT(1) NOT NULL DEFAULT '0',
	`Replaced` TINYINT(1) NOT NULL DEFAULT '0',
	`Emote_Added` DATE NULL DEFAULT NULL,
	`Record_Added` DATETIME NULL DEFAULT current_timestamp(),
	`Notes` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Available` ENUM('Backup','Local','None','Original') NULL DEFAULT 'Original' COLLATE 'utf8mb4_general_ci',
	`Backup_Link` VARCHAR(300) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	PRIMARY KEY (`ID`) USING BTREE,
	UNIQUE INDEX `Emote_ID` (`Emote_ID`) USING BTREE,
	INDEX `fk_user_alias_origin` (`User_Alias`) USING BTREE,
	INDEX `FK_Origin_chat_data.User_Alias` (`Raffle_Winner`) USING BTREE,
	INDEX `FK_Origin_chat_data.User_Alias_2` (`Author`) USING BTREE,
	CONSTRAINT `FK_Origin_chat_data.User_Alias` FOREIGN KEY (`Raffle_Winner`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT `FK_Origin_chat_data.User_Alias_2` FOREIGN KEY (`Author`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT `fk_user_alias_origin` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/subscribe/event_subscription.sql
CREATE TABLE IF NOT EXISTS `Event_Subscription` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`User_Alias` INT(10) UNSIGNED NOT NULL,
	`Channel` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Platform` INT(10) UNSIGNED NOT NULL,
	`Type` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Data` LONGTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_bin',
	`Flags` LONGTEXT NULL DEFAULT NULL COLLATE 'utf8mb4_bin',
	`Active` TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
	`Created` DATETIME(3) NOT NULL DEFAULT current_timestamp(3),
	`Last_Edit` DATETIME(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3),
	PRIMARY KEY (`ID`) USING BTREE,
	UNIQUE INDEX `User_Alias_Event` (`User_Alias`, `Type`) USING BTREE,
	INDEX `FK_Event_Subscription_Channel` (`Channel`) USING BTREE,
	INDEX `Event_Subscription_chat_data.Platform` (`Platform`) USING BTREE,
	CONSTRAINT `Event_Subscription_ibfk_1` FOREIGN KEY (`Channel`) REFERENCES `Channel` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT `Event_Subscription_ibfk_2` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
CHARSET=utf8mb4
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/suggest/suggestion.sql
CREATE TABLE IF NOT EXISTS `Suggestion` (
	`ID` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
	`User_Alias` INT(10) UNSIGNED NULL DEFAULT NULL COMMENT 'Author of the suggestion',
	`Text` TEXT NOT NULL COLLATE 'utf8mb4_general_ci' COMMENT 'Suggestion body',
	`Date` DATETIME NOT NULL DEFAULT current_timestamp() COMMENT 'Suggestion\'s creation datetime',
	`Category` ENUM('Bot','Bot addition','Data','Legacy','Other','Other - code','SPM','Supi-core','Void','Website') NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Status` ENUM('Approved','Blocked','Completed','Moved to Github','Denied','Dismissed','Dismissed by author','Duplicate','Outsourced','Quarantined') NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Priority` SMALLINT(5) UNSIGNED NULL DEFAULT NULL,
	`Notes` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Last_Update` DATETIME NULL DEFAULT NULL ON UPDATE current_timestamp(),
	`Github_Link` VARCHAR(200) NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci' COMMENT 'If the suggestion has a reference to an external site, this its link. Omits "https:"',
	PRIMARY KEY (`ID`) USING BTREE,
	INDEX `fk_suggestion_user_alias` (`User_Alias`) USING BTREE,
	CONSTRAINT `fk_suggestion_user_alias` FOREIGN KEY (`User_Alias`) REFERENCES `User_Alias` (`ID`) ON UPDATE CASCADE ON DELETE CASCADE
)
CHARSET=utf8mb4
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/thesaurus/thesaurus.sql
CREATE TABLE IF NOT EXISTS `Thesaurus` (
	`Word` VARCHAR(200) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Result` LONGTEXT NOT NULL DEFAULT '' COLLATE 'utf8mb4_bin',
	PRIMARY KEY (`Word`) USING BTREE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/twitchlotto/twitch_lotto_channel.sql
CREATE TABLE IF NOT EXISTS `Twitch_Lotto_Channel` (
	`Name` VARCHAR(100) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Amount` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Scored` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Tagged` INT(10) UNSIGNED NULL DEFAULT NULL,
	`Unavailable` INT(10) UNSIGNED NULL DEFAULT NULL,
	PRIMARY KEY (`Name`) USING BTREE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/twitchlotto/twitch_lotto.sql
CREATE TABLE IF NOT EXISTS `Twitch_Lotto` (
	`Link` VARCHAR(100) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Channel` VARCHAR(100) NOT NULL COLLATE 'utf8mb4_general_ci',
	`Score` DECIMAL(18,17) NULL DEFAULT NULL,
	`Available` TINYINT(1) UNSIGNED NULL DEFAULT NULL,
	`Data` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Adult_Flags` SET('Anime','Animal','Body-fluids','Disfigured','Disturbing','Drawn','Furry','Gore','Hentai','Human','Language','None','Porn','Scat','Softcore') NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	PRIMARY KEY (`Link`, `Channel`) USING BTREE,
	INDEX `FK_Twitch_Lotto_Twitch_Lotto_Channel` (`Channel`) USING BTREE,
	INDEX `Available` (`Available`) USING BTREE,
	CONSTRAINT `FK_Twitch_Lotto_Twitch_Lotto_Channel` FOREIGN KEY (`Channel`) REFERENCES `Twitch_Lotto_Channel` (`Name`) ON UPDATE CASCADE ON DELETE RESTRICT
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

-- commands/twitchlotto/twitch_lotto_description.sql
CREATE TABLE `Twitch_Lotto_Description` (
	`Link` VARCHAR(50) NOT NULL COLLATE 'utf8mb4_general_ci',
	`User_Alias` INT(10) UNSIGNED NOT NULL,
	`Text` TEXT NULL DEFAULT NULL COLLATE 'utf8mb4_general_ci',
	`Preferred` TINYINT(1) NULL DEFAULT NULL,
	`Created` DATETIME(3) NOT NULL DEFAULT current_timestamp(3),
	`Edited` DATETIME(3) NULL DEFAULT NULL ON UPDATE current_timestamp(3),
	PRIMARY KEY (`Link`, `User_Alias`) USING BTREE,
	CONSTRAINT `FK_Twitch_Lotto_Description_Twitch_Lotto` FOREIGN KEY (`Link`) REFERENCES `Twitch_Lotto` (`Link`) ON UPDATE CASCADE ON DELETE CASCADE
)
COLLATE='utf8mb4_general_ci'
ENGINE=InnoDB;

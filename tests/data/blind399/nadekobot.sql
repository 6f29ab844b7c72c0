-- NadekoBot (nadeko-bot/nadekobot), github.com/nadeko-bot/nadekobot, commit e35d4114d8ea282bc9afcb5b885816bad19d7822
-- (2025-02-25; AGPL-3.0, dual-licensed with a commercial licence). Source: the EF Core migration
-- src/NadekoBot/Migrations/PostgreSql/20250225212209_init.cs (upstream's squashed "init" migration; every column checked
-- against PostgreSqlContextModelSnapshot.cs), written as MySQL by a script: all 92 tables, columns in upstream's order,
-- primary keys, alternate keys (UNIQUE), unique and plain indexes and foreign keys as upstream names them; the five
-- foreign keys upstream adds after the tables (AddForeignKey) are the ALTER TABLE statements at the end.
-- Types: integer -> INT, bigint -> BIGINT, numeric(20,0) (C# ulong Discord ids) -> BIGINT UNSIGNED, boolean -> TINYINT(1),
-- text -> LONGTEXT (VARCHAR(255) where the column is in a key or index), character varying(n) -> VARCHAR(n) (TEXT above
-- 1000), timestamp without time zone -> DATETIME(6), interval -> TIME(6), real -> FLOAT, numeric -> DECIMAL(65,30);
-- identity columns -> AUTO_INCREMENT; literal defaults kept.

CREATE TABLE `antialtsetting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildconfigid` INT NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `minage` TIME(6) NOT NULL,
  `action` INT NOT NULL,
  `actiondurationminutes` INT NOT NULL,
  `roleid` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_antialtsetting_guildid` (`guildid`)
);

CREATE TABLE `antiraidsetting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userthreshold` INT NOT NULL,
  `seconds` INT NOT NULL,
  `action` INT NOT NULL,
  `punishduration` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_antiraidsetting_guildid` (`guildid`)
);

CREATE TABLE `antispamsetting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildconfigid` INT NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `action` INT NOT NULL,
  `messagethreshold` INT NOT NULL,
  `mutetime` INT NOT NULL,
  `roleid` BIGINT UNSIGNED NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_antispamsetting_guildid` (`guildid`)
);

CREATE TABLE `autocommands` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `commandtext` LONGTEXT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `channelname` LONGTEXT NULL,
  `guildid` BIGINT UNSIGNED NULL,
  `guildname` LONGTEXT NULL,
  `voicechannelid` BIGINT UNSIGNED NULL,
  `voicechannelname` LONGTEXT NULL,
  `interval` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `autopublishchannel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_autopublishchannel_guildid` (`guildid`)
);

CREATE TABLE `autotranslatechannels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `autodelete` TINYINT(1) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_autotranslatechannels_channelid` (`channelid`),
  KEY `ix_autotranslatechannels_guildid` (`guildid`)
);

CREATE TABLE `bankusers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `balance` BIGINT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_bankusers_userid` (`userid`)
);

CREATE TABLE `bantemplates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `text` LONGTEXT NULL,
  `prunedays` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_bantemplates_guildid` (`guildid`)
);

CREATE TABLE `blacklist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `itemid` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `buttonrole` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `buttonid` VARCHAR(200) NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `messageid` BIGINT UNSIGNED NOT NULL,
  `position` INT NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `emote` VARCHAR(100) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `exclusive` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_buttonrole_roleid_messageid` (`roleid`, `messageid`),
  KEY `ix_buttonrole_guildid` (`guildid`)
);

CREATE TABLE `channelxpconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `xpamount` INT NOT NULL,
  `cooldown` FLOAT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_channelxpconfig_guildid_channelid` (`guildid`, `channelid`)
);

CREATE TABLE `commandalias` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `trigger` LONGTEXT NULL,
  `mapping` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_commandalias_guildid` (`guildid`)
);

CREATE TABLE `commandcooldown` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `seconds` INT NOT NULL,
  `commandname` VARCHAR(255) NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_commandcooldown_guildid_commandname` (`guildid`, `commandname`)
);

CREATE TABLE `currencytransactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` BIGINT NOT NULL,
  `note` LONGTEXT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `type` LONGTEXT NOT NULL,
  `extra` LONGTEXT NOT NULL,
  `otherid` BIGINT UNSIGNED NULL DEFAULT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_currencytransactions_userid` (`userid`)
);

CREATE TABLE `delmsgoncmdchannel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `state` TINYINT(1) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_delmsgoncmdchannel_guildid_channelid` (`guildid`, `channelid`)
);

CREATE TABLE `discordpermoverrides` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `perm` BIGINT UNSIGNED NOT NULL,
  `guildid` BIGINT UNSIGNED NULL,
  `command` VARCHAR(255) NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_discordpermoverrides_guildid_command` (`guildid`, `command`)
);

CREATE TABLE `expressions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NULL,
  `response` LONGTEXT NULL,
  `trigger` LONGTEXT NULL,
  `autodeletetrigger` TINYINT(1) NOT NULL,
  `dmresponse` TINYINT(1) NOT NULL,
  `containsanywhere` TINYINT(1) NOT NULL,
  `allowtarget` TINYINT(1) NOT NULL,
  `reactions` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `feedsub` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `url` VARCHAR(255) NULL,
  `message` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_feedsub_guildid_url` (`guildid`, `url`)
);

CREATE TABLE `fishcatch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `fishid` INT NOT NULL,
  `count` INT NOT NULL,
  `maxstars` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_fishcatch_userid_fishid` (`userid`, `fishid`)
);

CREATE TABLE `flagtranslatechannel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_flagtranslatechannel_guildid_channelid` (`guildid`, `channelid`)
);

CREATE TABLE `followedstream` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `username` VARCHAR(255) NULL,
  `type` INT NOT NULL,
  `message` LONGTEXT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_followedstream_guildid_username_type` (`guildid`, `username`, `type`)
);

CREATE TABLE `gamblingstats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `feature` VARCHAR(255) NULL,
  `bet` DECIMAL(65,30) NOT NULL,
  `paidout` DECIMAL(65,30) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_gamblingstats_feature` (`feature`)
);

CREATE TABLE `gcchannelid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_gcchannelid_guildid_channelid` (`guildid`, `channelid`)
);

CREATE TABLE `giveawaymodel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `messageid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `message` LONGTEXT NULL,
  `endsat` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `greetsettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `greettype` INT NOT NULL,
  `messagetext` LONGTEXT NULL,
  `isenabled` TINYINT(1) NOT NULL DEFAULT 0,
  `channelid` BIGINT UNSIGNED NULL,
  `autodeletetimer` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_greetsettings_guildid_greettype` (`guildid`, `greettype`)
);

CREATE TABLE `guildcolors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `okcolor` VARCHAR(9) NULL,
  `errorcolor` VARCHAR(9) NULL,
  `pendingcolor` VARCHAR(9) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_guildcolors_guildid` (`guildid`)
);

CREATE TABLE `guildconfigs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `prefix` LONGTEXT NULL,
  `deletemessageoncommand` TINYINT(1) NOT NULL,
  `autoassignroleids` LONGTEXT NULL,
  `verbosepermissions` TINYINT(1) NOT NULL,
  `permissionrole` LONGTEXT NULL,
  `muterolename` LONGTEXT NULL,
  `cleverbotenabled` TINYINT(1) NOT NULL,
  `warningsinitialized` TINYINT(1) NOT NULL,
  `gamevoicechannel` BIGINT UNSIGNED NULL,
  `verboseerrors` TINYINT(1) NOT NULL DEFAULT 1,
  `notifystreamoffline` TINYINT(1) NOT NULL,
  `deletestreamonlinemessage` TINYINT(1) NOT NULL,
  `warnexpirehours` INT NOT NULL,
  `warnexpireaction` INT NOT NULL,
  `disableglobalexpressions` TINYINT(1) NOT NULL,
  `stickyroles` TINYINT(1) NOT NULL,
  `timezoneid` LONGTEXT NULL,
  `locale` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_guildconfigs_guildid` (`guildid`),
  KEY `ix_guildconfigs_warnexpirehours` (`warnexpirehours`)
);

CREATE TABLE `guildfilterconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `filterinvites` TINYINT(1) NOT NULL,
  `filterlinks` TINYINT(1) NOT NULL,
  `filterwords` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_guildfilterconfig_guildid` (`guildid`)
);

CREATE TABLE `guildxpconfig` (
  `guildid` BIGINT UNSIGNED NOT NULL,
  `xpamount` INT NOT NULL,
  `cooldown` INT NOT NULL,
  `xptemplateurl` LONGTEXT NULL,
  PRIMARY KEY (`guildid`)
);

CREATE TABLE `honeypotchannels` (
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`guildid`)
);

CREATE TABLE `imageonlychannels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_imageonlychannels_channelid` (`channelid`)
);

CREATE TABLE `logsettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `logotherid` BIGINT UNSIGNED NULL,
  `messageupdatedid` BIGINT UNSIGNED NULL,
  `messagedeletedid` BIGINT UNSIGNED NULL,
  `userjoinedid` BIGINT UNSIGNED NULL,
  `userleftid` BIGINT UNSIGNED NULL,
  `userbannedid` BIGINT UNSIGNED NULL,
  `userunbannedid` BIGINT UNSIGNED NULL,
  `userupdatedid` BIGINT UNSIGNED NULL,
  `channelcreatedid` BIGINT UNSIGNED NULL,
  `channeldestroyedid` BIGINT UNSIGNED NULL,
  `channelupdatedid` BIGINT UNSIGNED NULL,
  `threaddeletedid` BIGINT UNSIGNED NULL,
  `threadcreatedid` BIGINT UNSIGNED NULL,
  `usermutedid` BIGINT UNSIGNED NULL,
  `loguserpresenceid` BIGINT UNSIGNED NULL,
  `logvoicepresenceid` BIGINT UNSIGNED NULL,
  `logvoicepresencettsid` BIGINT UNSIGNED NULL,
  `logwarnsid` BIGINT UNSIGNED NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_logsettings_guildid` (`guildid`)
);

CREATE TABLE `musicplayersettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `playerrepeat` INT NOT NULL,
  `musicchannelid` BIGINT UNSIGNED NULL,
  `volume` INT NOT NULL DEFAULT 100,
  `autodisconnect` TINYINT(1) NOT NULL,
  `qualitypreset` INT NOT NULL,
  `autoplay` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_musicplayersettings_guildid` (`guildid`)
);

CREATE TABLE `musicplaylists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NULL,
  `author` LONGTEXT NULL,
  `authorid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `muteduserid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_muteduserid_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `ncpixel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `position` INT NOT NULL,
  `price` BIGINT NOT NULL,
  `ownerid` BIGINT UNSIGNED NOT NULL,
  `color` BIGINT NOT NULL,
  `text` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_ncpixel_position` (`position`),
  KEY `ix_ncpixel_ownerid` (`ownerid`)
);

CREATE TABLE `notify` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL,
  `message` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_notify_guildid_type` (`guildid`, `type`)
);

CREATE TABLE `patrons` (
  `userid` BIGINT UNSIGNED NOT NULL,
  `uniqueplatformuserid` VARCHAR(255) NULL,
  `amountcents` INT NOT NULL,
  `lastcharge` DATETIME(6) NOT NULL,
  `validthru` DATETIME(6) NOT NULL,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `ix_patrons_uniqueplatformuserid` (`uniqueplatformuserid`)
);

CREATE TABLE `plantedcurrency` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` BIGINT NOT NULL,
  `password` LONGTEXT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `messageid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_plantedcurrency_channelid` (`channelid`),
  UNIQUE KEY `ix_plantedcurrency_messageid` (`messageid`)
);

CREATE TABLE `quotes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `keyword` VARCHAR(255) NOT NULL,
  `authorname` LONGTEXT NOT NULL,
  `authorid` BIGINT UNSIGNED NOT NULL,
  `text` LONGTEXT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_quotes_guildid` (`guildid`),
  KEY `ix_quotes_keyword` (`keyword`)
);

CREATE TABLE `rakeback` (
  `userid` BIGINT UNSIGNED NOT NULL,
  `amount` DECIMAL(65,30) NOT NULL,
  PRIMARY KEY (`userid`)
);

CREATE TABLE `reactionroles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `messageid` BIGINT UNSIGNED NOT NULL,
  `emote` VARCHAR(100) NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `group` INT NOT NULL,
  `levelreq` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_reactionroles_guildid` (`guildid`),
  UNIQUE KEY `ix_reactionroles_messageid_emote` (`messageid`, `emote`)
);

CREATE TABLE `reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `when` DATETIME(6) NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `serverid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `message` LONGTEXT NULL,
  `isprivate` TINYINT(1) NOT NULL,
  `type` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_reminders_when` (`when`)
);

CREATE TABLE `repeaters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `lastmessageid` BIGINT UNSIGNED NULL,
  `message` LONGTEXT NULL,
  `interval` TIME(6) NOT NULL,
  `starttimeofday` TIME(6) NULL,
  `noredundant` TINYINT(1) NOT NULL,
  `dateadded` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rewardedusers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `platformuserid` VARCHAR(255) NULL,
  `amountrewardedthismonth` BIGINT NOT NULL,
  `lastreward` DATETIME(6) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_rewardedusers_platformuserid` (`platformuserid`)
);

CREATE TABLE `rotatingstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` LONGTEXT NULL,
  `type` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sarautodelete` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `isenabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_sarautodelete_guildid` (`guildid`)
);

CREATE TABLE `sargroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `groupnumber` INT NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `rolereq` BIGINT UNSIGNED NULL,
  `isexclusive` TINYINT(1) NOT NULL,
  `name` VARCHAR(100) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_sargroup_guildid_groupnumber` (`guildid`, `groupnumber`)
);

CREATE TABLE `shopentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `index` INT NOT NULL,
  `price` INT NOT NULL,
  `name` LONGTEXT NULL,
  `authorid` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL,
  `rolename` LONGTEXT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `rolerequirement` BIGINT UNSIGNED NULL,
  `command` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_shopentry_guildid_index` (`guildid`, `index`)
);

CREATE TABLE `slowmodeignoredrole` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_slowmodeignoredrole_guildid_roleid` (`guildid`, `roleid`)
);

CREATE TABLE `slowmodeignoreduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_slowmodeignoreduser_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `stickyroles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `roleids` LONGTEXT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_stickyroles_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `streamonlinemessages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `messageid` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL,
  `name` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `streamrolesettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildconfigid` INT NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `addroleid` BIGINT UNSIGNED NOT NULL,
  `fromroleid` BIGINT UNSIGNED NOT NULL,
  `keyword` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_streamrolesettings_guildid` (`guildid`)
);

CREATE TABLE `temprole` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `remove` TINYINT(1) NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `expiresat` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_temprole_guildid_userid_roleid` (`guildid`, `userid`, `roleid`),
  KEY `ix_temprole_expiresat` (`expiresat`)
);

CREATE TABLE `todosarchive` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `name` LONGTEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `unbantimer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `unbanat` DATETIME(6) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_unbantimer_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `unmutetimer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `unmuteat` DATETIME(6) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_unmutetimer_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `unroletimer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `unbanat` DATETIME(6) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_unroletimer_guildid_userid` (`guildid`, `userid`)
);

CREATE TABLE `userbetstats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `game` INT NOT NULL,
  `wincount` BIGINT NOT NULL,
  `losecount` BIGINT NOT NULL,
  `totalbet` DECIMAL(65,30) NOT NULL,
  `paidout` DECIMAL(65,30) NOT NULL,
  `maxwin` BIGINT NOT NULL,
  `maxbet` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_userbetstats_maxwin` (`maxwin`),
  UNIQUE KEY `ix_userbetstats_userid_game` (`userid`, `game`)
);

CREATE TABLE `userfishstats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `skill` INT NOT NULL,
  `pole` INT NULL,
  `bait` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_userfishstats_userid` (`userid`)
);

CREATE TABLE `userxpstats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `xp` BIGINT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_userxpstats_guildid` (`guildid`),
  KEY `ix_userxpstats_userid` (`userid`),
  UNIQUE KEY `ix_userxpstats_userid_guildid` (`userid`, `guildid`),
  KEY `ix_userxpstats_xp` (`xp`)
);

CREATE TABLE `vcroleinfo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `voicechannelid` BIGINT UNSIGNED NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_vcroleinfo_guildid_voicechannelid` (`guildid`, `voicechannelid`)
);

CREATE TABLE `warningpunishment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `count` INT NOT NULL,
  `punishment` INT NOT NULL,
  `time` INT NOT NULL,
  `roleid` BIGINT UNSIGNED NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_warningpunishment_guildid_count` (`guildid`, `count`)
);

CREATE TABLE `warnings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `reason` LONGTEXT NULL,
  `forgiven` TINYINT(1) NOT NULL,
  `forgivenby` LONGTEXT NULL,
  `moderator` LONGTEXT NULL,
  `weight` BIGINT NOT NULL DEFAULT 1,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_warnings_dateadded` (`dateadded`),
  KEY `ix_warnings_guildid` (`guildid`),
  KEY `ix_warnings_userid` (`userid`)
);

CREATE TABLE `xpsettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `serverexcluded` TINYINT(1) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_xpsettings_guildid` (`guildid`)
);

CREATE TABLE `xpshopowneditem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `itemtype` INT NOT NULL,
  `isusing` TINYINT(1) NOT NULL,
  `itemkey` VARCHAR(255) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_xpshopowneditem_userid_itemtype_itemkey` (`userid`, `itemtype`, `itemkey`)
);

CREATE TABLE `antispamignore` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `antispamsettingid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_antispamignore_antispamsettingid` (`antispamsettingid`),
  CONSTRAINT `fk_antispamignore_antispamsetting_antispamsettingid` FOREIGN KEY (`antispamsettingid`) REFERENCES `antispamsetting` (`id`) ON DELETE CASCADE
);

CREATE TABLE `autotranslateusers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `channelid` INT NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `source` LONGTEXT NULL,
  `target` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_autotranslateusers_channelid_userid` (`channelid`, `userid`),
  CONSTRAINT `fk_autotranslateusers_autotranslatechannels_channelid` FOREIGN KEY (`channelid`) REFERENCES `autotranslatechannels` (`id`) ON DELETE CASCADE
);

CREATE TABLE `giveawayuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `giveawayid` INT NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `name` LONGTEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_giveawayuser_giveawayid_userid` (`giveawayid`, `userid`),
  CONSTRAINT `fk_giveawayuser_giveawaymodel_giveawayid` FOREIGN KEY (`giveawayid`) REFERENCES `giveawaymodel` (`id`) ON DELETE CASCADE
);

CREATE TABLE `permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `index` INT NOT NULL,
  `primarytarget` INT NOT NULL,
  `primarytargetid` BIGINT UNSIGNED NOT NULL,
  `secondarytarget` INT NOT NULL,
  `secondarytargetname` LONGTEXT NULL,
  `iscustomcommand` TINYINT(1) NOT NULL,
  `state` TINYINT(1) NOT NULL,
  `guildconfigid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_permissions_guildconfigid` (`guildconfigid`),
  KEY `ix_permissions_guildid` (`guildid`),
  CONSTRAINT `fk_permissions_guildconfigs_guildconfigid` FOREIGN KEY (`guildconfigid`) REFERENCES `guildconfigs` (`id`)
);

CREATE TABLE `filterchannelid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildfilterconfigid` INT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_filterchannelid_guildfilterconfigid` (`guildfilterconfigid`),
  CONSTRAINT `fk_filterchannelid_guildfilterconfig_guildfilterconfigid` FOREIGN KEY (`guildfilterconfigid`) REFERENCES `guildfilterconfig` (`id`)
);

CREATE TABLE `filteredword` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildfilterconfigid` INT NULL,
  `word` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_filteredword_guildfilterconfigid` (`guildfilterconfigid`),
  CONSTRAINT `fk_filteredword_guildfilterconfig_guildfilterconfigid` FOREIGN KEY (`guildfilterconfigid`) REFERENCES `guildfilterconfig` (`id`)
);

CREATE TABLE `filterlinkschannelid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `guildfilterconfigid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_filterlinkschannelid_guildfilterconfigid` (`guildfilterconfigid`),
  CONSTRAINT `fk_filterlinkschannelid_guildfilterconfig_guildfilterconfigid` FOREIGN KEY (`guildfilterconfigid`) REFERENCES `guildfilterconfig` (`id`)
);

CREATE TABLE `filterwordschannelid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildfilterconfigid` INT NULL,
  `channelid` BIGINT UNSIGNED NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_filterwordschannelid_guildfilterconfigid` (`guildfilterconfigid`),
  CONSTRAINT `fk_filterwordschannelid_guildfilterconfig_guildfilterconfigid` FOREIGN KEY (`guildfilterconfigid`) REFERENCES `guildfilterconfig` (`id`)
);

CREATE TABLE `ignoredlogchannels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logsettingid` INT NOT NULL,
  `logitemid` BIGINT UNSIGNED NOT NULL,
  `itemtype` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_ignoredlogchannels_logsettingid_logitemid_itemtype` (`logsettingid`, `logitemid`, `itemtype`),
  CONSTRAINT `fk_ignoredlogchannels_logsettings_logsettingid` FOREIGN KEY (`logsettingid`) REFERENCES `logsettings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `playlistsong` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` LONGTEXT NULL,
  `providertype` INT NOT NULL,
  `title` LONGTEXT NULL,
  `uri` LONGTEXT NULL,
  `query` LONGTEXT NULL,
  `musicplaylistid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_playlistsong_musicplaylistid` (`musicplaylistid`),
  CONSTRAINT `fk_playlistsong_musicplaylists_musicplaylistid` FOREIGN KEY (`musicplaylistid`) REFERENCES `musicplaylists` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sar` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guildid` BIGINT UNSIGNED NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `sargroupid` INT NOT NULL,
  `levelreq` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_sar_guildid_roleid` (`guildid`, `roleid`),
  KEY `ix_sar_sargroupid` (`sargroupid`),
  CONSTRAINT `fk_sar_sargroup_sargroupid` FOREIGN KEY (`sargroupid`) REFERENCES `sargroup` (`id`) ON DELETE CASCADE
);

CREATE TABLE `shopentryitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` LONGTEXT NULL,
  `shopentryid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_shopentryitem_shopentryid` (`shopentryid`),
  CONSTRAINT `fk_shopentryitem_shopentry_shopentryid` FOREIGN KEY (`shopentryid`) REFERENCES `shopentry` (`id`) ON DELETE CASCADE
);

CREATE TABLE `streamroleblacklisteduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `streamrolesettingsid` INT NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `username` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_streamroleblacklisteduser_streamrolesettingsid` (`streamrolesettingsid`),
  CONSTRAINT `fk_streamroleblacklisteduser_streamrolesettings_streamrolesett~` FOREIGN KEY (`streamrolesettingsid`) REFERENCES `streamrolesettings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `streamrolewhitelisteduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `streamrolesettingsid` INT NOT NULL,
  `userid` BIGINT UNSIGNED NOT NULL,
  `username` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_streamrolewhitelisteduser_streamrolesettingsid` (`streamrolesettingsid`),
  CONSTRAINT `fk_streamrolewhitelisteduser_streamrolesettings_streamrolesett~` FOREIGN KEY (`streamrolesettingsid`) REFERENCES `streamrolesettings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `todos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `todo` LONGTEXT NULL,
  `dateadded` DATETIME(6) NOT NULL,
  `isdone` TINYINT(1) NOT NULL,
  `archiveid` INT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_todos_archiveid` (`archiveid`),
  KEY `ix_todos_userid` (`userid`),
  CONSTRAINT `fk_todos_todosarchive_archiveid` FOREIGN KEY (`archiveid`) REFERENCES `todosarchive` (`id`) ON DELETE CASCADE
);

CREATE TABLE `excludeditem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `xpsettingsid` INT NULL,
  `itemid` BIGINT UNSIGNED NOT NULL,
  `itemtype` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_excludeditem_xpsettingsid` (`xpsettingsid`),
  CONSTRAINT `fk_excludeditem_xpsettings_xpsettingsid` FOREIGN KEY (`xpsettingsid`) REFERENCES `xpsettings` (`id`)
);

CREATE TABLE `xpcurrencyreward` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `xpsettingsid` INT NOT NULL,
  `level` INT NOT NULL,
  `amount` INT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_xpcurrencyreward_level_xpsettingsid` (`level`, `xpsettingsid`),
  KEY `ix_xpcurrencyreward_xpsettingsid` (`xpsettingsid`),
  CONSTRAINT `fk_xpcurrencyreward_xpsettings_xpsettingsid` FOREIGN KEY (`xpsettingsid`) REFERENCES `xpsettings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `xprolereward` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `xpsettingsid` INT NOT NULL,
  `level` INT NOT NULL,
  `roleid` BIGINT UNSIGNED NOT NULL,
  `remove` TINYINT(1) NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_xprolereward_xpsettingsid_level` (`xpsettingsid`, `level`),
  CONSTRAINT `fk_xprolereward_xpsettings_xpsettingsid` FOREIGN KEY (`xpsettingsid`) REFERENCES `xpsettings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `clubapplicants` (
  `clubid` INT NOT NULL,
  `userid` INT NOT NULL,
  PRIMARY KEY (`clubid`, `userid`),
  KEY `ix_clubapplicants_userid` (`userid`)
);

CREATE TABLE `clubbans` (
  `clubid` INT NOT NULL,
  `userid` INT NOT NULL,
  PRIMARY KEY (`clubid`, `userid`),
  KEY `ix_clubbans_userid` (`userid`)
);

CREATE TABLE `clubs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(20) NULL,
  `description` LONGTEXT NULL,
  `imageurl` LONGTEXT NULL,
  `xp` INT NOT NULL,
  `ownerid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_clubs_name` (`name`),
  UNIQUE KEY `ix_clubs_ownerid` (`ownerid`)
);

CREATE TABLE `discorduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` BIGINT UNSIGNED NOT NULL,
  `username` VARCHAR(255) NULL,
  `avatarid` LONGTEXT NULL,
  `clubid` INT NULL,
  `isclubadmin` TINYINT(1) NOT NULL DEFAULT 0,
  `totalxp` BIGINT NOT NULL DEFAULT 0,
  `notifyonlevelup` INT NOT NULL DEFAULT 0,
  `currencyamount` BIGINT NOT NULL DEFAULT 0,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ak_discorduser_userid` (`userid`),
  KEY `ix_discorduser_clubid` (`clubid`),
  KEY `ix_discorduser_currencyamount` (`currencyamount`),
  KEY `ix_discorduser_totalxp` (`totalxp`),
  KEY `ix_discorduser_userid` (`userid`),
  KEY `ix_discorduser_username` (`username`),
  CONSTRAINT `fk_discorduser_clubs_clubid` FOREIGN KEY (`clubid`) REFERENCES `clubs` (`id`)
);

CREATE TABLE `waifuinfo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `waifuid` INT NOT NULL,
  `claimerid` INT NULL,
  `affinityid` INT NULL,
  `price` BIGINT NOT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_waifuinfo_affinityid` (`affinityid`),
  KEY `ix_waifuinfo_claimerid` (`claimerid`),
  KEY `ix_waifuinfo_price` (`price`),
  UNIQUE KEY `ix_waifuinfo_waifuid` (`waifuid`),
  CONSTRAINT `fk_waifuinfo_discorduser_affinityid` FOREIGN KEY (`affinityid`) REFERENCES `discorduser` (`id`),
  CONSTRAINT `fk_waifuinfo_discorduser_claimerid` FOREIGN KEY (`claimerid`) REFERENCES `discorduser` (`id`),
  CONSTRAINT `fk_waifuinfo_discorduser_waifuid` FOREIGN KEY (`waifuid`) REFERENCES `discorduser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `waifuupdates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` INT NOT NULL,
  `updatetype` INT NOT NULL,
  `oldid` INT NULL,
  `newid` INT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_waifuupdates_newid` (`newid`),
  KEY `ix_waifuupdates_oldid` (`oldid`),
  KEY `ix_waifuupdates_userid` (`userid`),
  CONSTRAINT `fk_waifuupdates_discorduser_newid` FOREIGN KEY (`newid`) REFERENCES `discorduser` (`id`),
  CONSTRAINT `fk_waifuupdates_discorduser_oldid` FOREIGN KEY (`oldid`) REFERENCES `discorduser` (`id`),
  CONSTRAINT `fk_waifuupdates_discorduser_userid` FOREIGN KEY (`userid`) REFERENCES `discorduser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `waifuitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `waifuinfoid` INT NULL,
  `itememoji` LONGTEXT NULL,
  `name` LONGTEXT NULL,
  `dateadded` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  KEY `ix_waifuitem_waifuinfoid` (`waifuinfoid`),
  CONSTRAINT `fk_waifuitem_waifuinfo_waifuinfoid` FOREIGN KEY (`waifuinfoid`) REFERENCES `waifuinfo` (`id`)
);

ALTER TABLE `clubapplicants` ADD CONSTRAINT `fk_clubapplicants_clubs_clubid` FOREIGN KEY (`clubid`) REFERENCES `clubs` (`id`) ON DELETE CASCADE;
ALTER TABLE `clubapplicants` ADD CONSTRAINT `fk_clubapplicants_discorduser_userid` FOREIGN KEY (`userid`) REFERENCES `discorduser` (`id`) ON DELETE CASCADE;
ALTER TABLE `clubbans` ADD CONSTRAINT `fk_clubbans_clubs_clubid` FOREIGN KEY (`clubid`) REFERENCES `clubs` (`id`) ON DELETE CASCADE;
ALTER TABLE `clubbans` ADD CONSTRAINT `fk_clubbans_discorduser_userid` FOREIGN KEY (`userid`) REFERENCES `discorduser` (`id`) ON DELETE CASCADE;
ALTER TABLE `clubs` ADD CONSTRAINT `fk_clubs_discorduser_ownerid` FOREIGN KEY (`ownerid`) REFERENCES `discorduser` (`id`) ON DELETE SET NULL;

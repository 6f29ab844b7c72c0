-- FreePBX 16 (PBX administration GUI for Asterisk): trimmed schema, 44 tables with every column of each kept table.
-- FreePBX modules declare their tables in module.xml <database> (Doctrine DBAL schema); these were written out as MySQL
-- DDL with Doctrine's MySQL type mapping (string -> VARCHAR(length, default 255), text -> LONGTEXT, blob -> LONGBLOB,
-- integer -> INT, smallint -> SMALLINT, boolean -> TINYINT(1)), keeping table/column names, nullability, defaults and keys.
-- Upstream (all github.com/FreePBX/<module>):
--   framework module.xml, commit 001f1d260e0fdfb552ff5799cd36fe3fe563734e (GPL-2.0+; framework 15.0.1.17 table set)
--   core module.xml, commit 5bdcf33e58a2e08c658c0a9c04fc237e55d78e84 (GPL-3.0+, core 16.0.68.30)
--   userman module.xml, commit 1c71a98634f5ce4fa6d4b1ddf257716e82b3a636 (AGPL-3.0+, userman 16.0.44.13)
--   contactmanager module.xml, commit 37385e062620ee0c55e74027f8076c210b249384 (GPL-3.0+, 16.0.25)
--   ucp module.xml, commit ed016b9428d6e21bf502bdebb71d106975fd0d90 (AGPL-3.0+, 16.0.38.1)
--   voicemail module.xml, commit 6e98815ed0d09f5eef0b98e3a68ce6ae7229a0f9 (GPL-3.0+, 16.0.58)
--   findmefollow module.xml, commit 5c888e9924b707d8502e8577eebe219b873004c3 (GPL-3.0+); queues module.xml, commit c237e938bce138b12cfadf278b922814c3a7f9c2 (GPL-2.0+)
--   conferences module.xml, commit ff630846113977b911a41e376476129be908fb70 (GPL-3.0+); pinsets module.xml, commit b26220b0ca7a3ad9b199308ff604629935fe60ac (GPL-3.0+)
--   asteriskcdrdb: cdr from framework installlib/SQL/cdr.sql (commit 65b72ae6bf10e22c0c4c012f96be692790bad20b) plus the
--   columns cdr install.php (commit ba021d098eb33c9a42143b64db47fec4d3cd184e) adds (cnum, cnam, outbound_cnum, outbound_cnam, dst_cnam, linkedid,
--   peeraccount, sequence); cel from cel install.php, commit b1a82bec4eb2107687f9f77ea80d6e1cb42e2702 (GPL-3.0+).

-- ---- framework ----
CREATE TABLE `ampusers` (
  `username` VARCHAR(190) NOT NULL,
  `password_sha1` VARCHAR(40) NOT NULL,
  `extension_low` VARCHAR(20) NOT NULL DEFAULT '',
  `extension_high` VARCHAR(20) NOT NULL DEFAULT '',
  `deptname` VARCHAR(20) NOT NULL DEFAULT '',
  `sections` LONGBLOB NOT NULL,
  PRIMARY KEY (`username`)
);

CREATE TABLE `featurecodes` (
  `modulename` VARCHAR(50) NOT NULL DEFAULT '',
  `featurename` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(200) NOT NULL DEFAULT '',
  `helptext` VARCHAR(250) NOT NULL DEFAULT '',
  `defaultcode` VARCHAR(20) NULL,
  `customcode` VARCHAR(20) NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT '0',
  `providedest` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`modulename`, `featurename`),
  KEY `enabled` (`enabled`)
);

CREATE TABLE `freepbx_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `section` VARCHAR(50) NULL,
  `level` VARCHAR(255) NOT NULL DEFAULT 'error',
  `status` INT NOT NULL DEFAULT '0',
  `message` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `time` (`time`, `level`)
);

CREATE TABLE `freepbx_settings` (
  `keyword` VARCHAR(50) NOT NULL DEFAULT '',
  `value` VARCHAR(255) NULL,
  `name` VARCHAR(80) NULL,
  `level` TINYINT(1) NULL DEFAULT '0',
  `description` LONGTEXT NULL,
  `type` VARCHAR(25) NULL,
  `options` LONGTEXT NULL,
  `defaultval` VARCHAR(255) NULL,
  `readonly` TINYINT(1) NULL DEFAULT '0',
  `hidden` TINYINT(1) NULL DEFAULT '0',
  `category` VARCHAR(50) NULL,
  `module` VARCHAR(25) NULL,
  `emptyok` TINYINT(1) NULL DEFAULT '1',
  `sortorder` INT NULL DEFAULT '0',
  PRIMARY KEY (`keyword`)
);

CREATE TABLE `globals` (
  `variable` VARCHAR(190) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`variable`)
);

CREATE TABLE `modules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `modulename` VARCHAR(50) NOT NULL DEFAULT '',
  `version` VARCHAR(20) NOT NULL DEFAULT '',
  `enabled` TINYINT(1) NOT NULL DEFAULT '0',
  `signature` LONGBLOB NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `module` VARCHAR(24) NOT NULL DEFAULT '',
  `id` VARCHAR(24) NOT NULL DEFAULT '',
  `level` INT NOT NULL DEFAULT '0',
  `display_text` VARCHAR(255) NOT NULL DEFAULT '',
  `extended_text` LONGBLOB NOT NULL,
  `link` VARCHAR(255) NOT NULL DEFAULT '',
  `reset` TINYINT(1) NOT NULL DEFAULT '0',
  `candelete` TINYINT(1) NOT NULL DEFAULT '0',
  `timestamp` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`module`, `id`)
);

-- ---- core ----
CREATE TABLE `users` (
  `extension` VARCHAR(20) NOT NULL DEFAULT '',
  `password` VARCHAR(20) NULL,
  `name` VARCHAR(50) NULL,
  `voicemail` VARCHAR(50) NULL,
  `ringtimer` INT NULL,
  `noanswer` VARCHAR(100) NULL,
  `recording` VARCHAR(50) NULL,
  `outboundcid` VARCHAR(50) NULL,
  `sipname` VARCHAR(50) NULL,
  `noanswer_cid` VARCHAR(20) NOT NULL DEFAULT '',
  `busy_cid` VARCHAR(20) NOT NULL DEFAULT '',
  `chanunavail_cid` VARCHAR(20) NOT NULL DEFAULT '',
  `noanswer_dest` VARCHAR(255) NOT NULL DEFAULT '',
  `busy_dest` VARCHAR(255) NOT NULL DEFAULT '',
  `chanunavail_dest` VARCHAR(255) NOT NULL DEFAULT '',
  `mohclass` VARCHAR(80) NULL DEFAULT 'default',
  KEY `extension` (`extension`)
);

CREATE TABLE `devices` (
  `id` VARCHAR(20) NOT NULL DEFAULT '',
  `tech` VARCHAR(10) NOT NULL DEFAULT '',
  `dial` VARCHAR(255) NOT NULL DEFAULT '',
  `devicetype` VARCHAR(5) NOT NULL DEFAULT '',
  `user` VARCHAR(50) NULL,
  `description` VARCHAR(50) NULL,
  `emergency_cid` VARCHAR(100) NULL,
  `hint_override` VARCHAR(100) NULL,
  KEY `id` (`id`),
  KEY `tech` (`tech`)
);

CREATE TABLE `sip` (
  `id` VARCHAR(20) NOT NULL DEFAULT '-1',
  `keyword` VARCHAR(30) NOT NULL DEFAULT '',
  `data` VARCHAR(8100) NOT NULL,
  `flags` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`, `keyword`)
);

CREATE TABLE `pjsip` (
  `id` VARCHAR(20) NOT NULL DEFAULT '-1',
  `keyword` VARCHAR(30) NOT NULL DEFAULT '',
  `data` VARCHAR(8100) NOT NULL,
  `flags` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`, `keyword`)
);

CREATE TABLE `trunks` (
  `trunkid` INT NOT NULL DEFAULT '0',
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `tech` VARCHAR(20) NOT NULL,
  `outcid` VARCHAR(255) NOT NULL DEFAULT '',
  `keepcid` VARCHAR(4) NULL DEFAULT 'off',
  `maxchans` VARCHAR(6) NULL DEFAULT '',
  `failscript` VARCHAR(255) NOT NULL DEFAULT '',
  `dialoutprefix` VARCHAR(255) NOT NULL DEFAULT '',
  `channelid` VARCHAR(190) NOT NULL DEFAULT '',
  `usercontext` VARCHAR(255) NULL,
  `provider` VARCHAR(40) NULL,
  `disabled` VARCHAR(4) NULL DEFAULT 'off',
  `continue` VARCHAR(4) NULL DEFAULT 'off',
  `routedisplay` VARCHAR(4) NULL DEFAULT 'on',
  PRIMARY KEY (`trunkid`, `tech`, `channelid`)
);

CREATE TABLE `incoming` (
  `cidnum` VARCHAR(50) NULL,
  `extension` VARCHAR(50) NOT NULL,
  `destination` VARCHAR(50) NULL,
  `privacyman` TINYINT(1) NULL,
  `alertinfo` VARCHAR(255) NULL,
  `ringing` VARCHAR(20) NULL,
  `fanswer` VARCHAR(20) NULL,
  `mohclass` VARCHAR(80) NOT NULL DEFAULT 'default',
  `description` VARCHAR(80) NULL,
  `grppre` VARCHAR(80) NULL,
  `delay_answer` INT NULL,
  `pricid` VARCHAR(20) NULL,
  `pmmaxretries` VARCHAR(2) NULL,
  `pmminlength` VARCHAR(2) NULL,
  `reversal` VARCHAR(10) NULL,
  `rvolume` VARCHAR(2) NULL DEFAULT '',
  `indication_zone` VARCHAR(20) NULL DEFAULT 'default'
);

CREATE TABLE `outbound_routes` (
  `route_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(40) NULL,
  `outcid` VARCHAR(255) NULL,
  `outcid_mode` VARCHAR(20) NULL,
  `password` VARCHAR(30) NULL,
  `emergency_route` VARCHAR(4) NULL,
  `intracompany_route` VARCHAR(4) NULL,
  `mohclass` VARCHAR(80) NULL,
  `time_group_id` INT NULL,
  `dest` VARCHAR(255) NULL,
  `time_mode` VARCHAR(20) NULL DEFAULT '',
  `calendar_id` VARCHAR(255) NULL,
  `calendar_group_id` VARCHAR(255) NULL,
  `timezone` VARCHAR(255) NULL,
  `notification_on` VARCHAR(255) NULL DEFAULT 'call',
  PRIMARY KEY (`route_id`)
);

CREATE TABLE `outbound_route_patterns` (
  `route_id` INT NOT NULL,
  `match_pattern_prefix` VARCHAR(60) NOT NULL DEFAULT '',
  `match_pattern_pass` VARCHAR(60) NOT NULL DEFAULT '',
  `match_cid` VARCHAR(60) NOT NULL DEFAULT '',
  `prepend_digits` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`route_id`, `match_pattern_prefix`, `match_pattern_pass`, `match_cid`, `prepend_digits`)
);

CREATE TABLE `outbound_route_email` (
  `route_id` INT NOT NULL,
  `emailfrom` VARCHAR(320) NULL DEFAULT '',
  `emailto` VARCHAR(320) NULL DEFAULT '',
  `emailsubject` LONGTEXT NULL,
  `emailbody` LONGTEXT NULL,
  PRIMARY KEY (`route_id`)
);

-- ---- userman ----
CREATE TABLE `userman_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth` VARCHAR(150) NULL DEFAULT 'freepbx',
  `authid` VARCHAR(750) NULL,
  `username` VARCHAR(150) NULL,
  `description` VARCHAR(255) NULL,
  `password` VARCHAR(255) NULL,
  `default_extension` VARCHAR(45) NOT NULL DEFAULT 'none',
  `primary_group` INT NULL,
  `permissions` LONGBLOB NULL,
  `fname` VARCHAR(100) NULL,
  `lname` VARCHAR(100) NULL,
  `displayname` VARCHAR(200) NULL,
  `title` VARCHAR(100) NULL,
  `company` VARCHAR(100) NULL,
  `department` VARCHAR(100) NULL,
  `language` VARCHAR(100) NULL,
  `timezone` VARCHAR(100) NULL,
  `dateformat` VARCHAR(100) NULL,
  `timeformat` VARCHAR(100) NULL,
  `datetimeformat` VARCHAR(100) NULL,
  `email` LONGTEXT NULL,
  `cell` VARCHAR(100) NULL,
  `work` VARCHAR(100) NULL,
  `home` VARCHAR(100) NULL,
  `fax` VARCHAR(100) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username_UNIQUE` (`username`, `auth`)
);

CREATE TABLE `userman_users_settings` (
  `uid` INT NOT NULL,
  `module` VARCHAR(65) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `val` LONGBLOB NOT NULL,
  `type` VARCHAR(16) NULL,
  UNIQUE KEY `index4` (`uid`, `module`, `key`),
  KEY `index2` (`uid`, `key`),
  KEY `index6` (`module`, `uid`)
);

CREATE TABLE `userman_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth` VARCHAR(150) NULL DEFAULT 'freepbx',
  `authid` VARCHAR(750) NULL,
  `groupname` VARCHAR(150) NULL,
  `description` VARCHAR(255) NULL,
  `language` VARCHAR(100) NULL,
  `timezone` VARCHAR(100) NULL,
  `dateformat` VARCHAR(100) NULL,
  `timeformat` VARCHAR(100) NULL,
  `datetimeformat` VARCHAR(100) NULL,
  `priority` INT NOT NULL DEFAULT '5',
  `users` LONGBLOB NULL,
  `permissions` LONGBLOB NULL,
  `local` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `groupname_UNIQUE` (`groupname`, `auth`)
);

CREATE TABLE `userman_groups_settings` (
  `gid` INT NOT NULL,
  `module` VARCHAR(65) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `val` LONGBLOB NOT NULL,
  `type` VARCHAR(16) NULL,
  UNIQUE KEY `index4` (`gid`, `module`, `key`),
  KEY `index2` (`gid`, `key`),
  KEY `index6` (`module`, `gid`)
);

CREATE TABLE `userman_directories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(250) NULL,
  `driver` VARCHAR(150) NOT NULL DEFAULT '',
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  `order` INT NOT NULL DEFAULT '5',
  `default` TINYINT(1) NOT NULL DEFAULT '0',
  `locked` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
);

CREATE TABLE `userman_password_reminder` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(40) NOT NULL DEFAULT '',
  `username` VARCHAR(40) NOT NULL DEFAULT '',
  `usermail` VARCHAR(40) NOT NULL DEFAULT '',
  `usertype` VARCHAR(20) NOT NULL DEFAULT '',
  `passwordChangedAt` DATETIME NOT NULL,
  `passwordExpiryDate` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `userman_call_activity_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `groupname` VARCHAR(150) NULL,
  `description` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `userman_call_activity_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(40) NOT NULL DEFAULT '',
  `act_grp_id` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `call_act_gid_idx` (`act_grp_id`),
  KEY `call_act_uid_idx` (`uid`),
  UNIQUE KEY `call_act_gid_uid_unique` (`uid`, `act_grp_id`)
);

CREATE TABLE `userman_ucp_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `templatename` VARCHAR(150) NOT NULL,
  `description` VARCHAR(255) NULL,
  `importedfromuname` VARCHAR(255) NULL,
  `importedfromuid` VARCHAR(255) NULL,
  `defaultexten` VARCHAR(255) NULL,
  `hasupdated` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
);

CREATE TABLE `userman_template_settings` (
  `tid` INT NOT NULL,
  `module` VARCHAR(65) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `val` LONGBLOB NOT NULL,
  `type` VARCHAR(16) NULL,
  UNIQUE KEY `index4` (`tid`, `module`, `key`),
  KEY `index2` (`tid`, `key`),
  KEY `index6` (`module`, `tid`)
);

-- ---- contactmanager ----
CREATE TABLE `contactmanager_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `name` VARCHAR(80) NOT NULL,
  `type` VARCHAR(25) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_group_entries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `groupid` INT NOT NULL,
  `user` INT NOT NULL,
  `displayname` VARCHAR(100) NOT NULL DEFAULT '',
  `fname` VARCHAR(100) NOT NULL DEFAULT '',
  `lname` VARCHAR(100) NOT NULL DEFAULT '',
  `title` VARCHAR(100) NOT NULL DEFAULT '',
  `company` VARCHAR(100) NOT NULL DEFAULT '',
  `address` VARCHAR(200) NOT NULL DEFAULT '',
  `uuid` VARCHAR(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid_index` (`uuid`)
);

CREATE TABLE `contactmanager_entry_numbers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entryid` INT NOT NULL,
  `number` VARCHAR(100) NULL,
  `extension` VARCHAR(100) NULL,
  `countrycode` VARCHAR(4) NULL,
  `nationalnumber` VARCHAR(100) NULL,
  `regioncode` VARCHAR(2) NULL,
  `locale` VARCHAR(2) NULL,
  `stripped` VARCHAR(100) NULL,
  `type` VARCHAR(100) NULL,
  `flags` VARCHAR(100) NULL,
  `E164` VARCHAR(100) NULL,
  `possibleshort` TINYINT(1) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_entry_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entryid` INT NOT NULL,
  `email` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_entry_xmpps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entryid` INT NOT NULL,
  `xmpp` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_entry_websites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entryid` INT NOT NULL,
  `website` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_entry_images` (
  `entryid` INT NOT NULL,
  `image` LONGBLOB NULL,
  `format` VARCHAR(45) NOT NULL,
  `gravatar` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`entryid`)
);

CREATE TABLE `contactmanager_entry_userman_images` (
  `uid` INT NOT NULL,
  `image` LONGBLOB NULL,
  `format` VARCHAR(45) NOT NULL,
  `gravatar` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`)
);

CREATE TABLE `contactmanager_entry_speeddials` (
  `id` VARCHAR(5) NOT NULL,
  `entryid` INT NOT NULL,
  `numberid` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contactmanager_user_favorites` (
  `uid` INT NOT NULL,
  `contact_ids` LONGBLOB NOT NULL
);

-- ---- ucp, voicemail, findmefollow, queues, conferences, pinsets ----
CREATE TABLE `ucp_sessions` (
  `session` VARCHAR(190) NOT NULL,
  `uid` INT NULL,
  `address` VARCHAR(255) NULL,
  `time` INT NULL,
  `socketid` VARCHAR(255) NULL,
  PRIMARY KEY (`session`),
  UNIQUE KEY `session_UNIQUE` (`session`)
);

CREATE TABLE `voicemail_admin` (
  `variable` VARCHAR(30) NOT NULL DEFAULT '',
  `value` VARCHAR(80) NOT NULL DEFAULT '',
  PRIMARY KEY (`variable`)
);

CREATE TABLE `findmefollow` (
  `grpnum` VARCHAR(20) NOT NULL,
  `strategy` VARCHAR(50) NOT NULL,
  `grptime` SMALLINT NOT NULL,
  `grppre` VARCHAR(100) NULL,
  `grplist` VARCHAR(255) NOT NULL,
  `annmsg_id` INT NULL,
  `postdest` VARCHAR(255) NULL,
  `dring` VARCHAR(255) NULL,
  `rvolume` VARCHAR(2) NULL,
  `remotealert_id` INT NULL,
  `needsconf` VARCHAR(10) NULL,
  `toolate_id` INT NULL,
  `pre_ring` SMALLINT NOT NULL DEFAULT '0',
  `ringing` VARCHAR(80) NULL,
  `calendar_enable` TINYINT(1) NULL DEFAULT '0',
  `calendar_id` VARCHAR(80) NULL DEFAULT '',
  `calendar_group_id` VARCHAR(80) NULL DEFAULT '',
  `calendar_match` VARCHAR(4) NULL DEFAULT 'yes',
  PRIMARY KEY (`grpnum`)
);

CREATE TABLE `queues_config` (
  `extension` VARCHAR(20) NOT NULL DEFAULT '',
  `descr` VARCHAR(35) NOT NULL DEFAULT '',
  `grppre` VARCHAR(100) NOT NULL DEFAULT '',
  `alertinfo` VARCHAR(254) NOT NULL DEFAULT '',
  `ringing` TINYINT(1) NOT NULL DEFAULT '0',
  `maxwait` VARCHAR(8) NOT NULL DEFAULT '',
  `password` VARCHAR(20) NOT NULL DEFAULT '',
  `ivr_id` VARCHAR(8) NOT NULL DEFAULT '0',
  `dest` VARCHAR(50) NOT NULL DEFAULT '',
  `cwignore` TINYINT(1) NOT NULL DEFAULT '0',
  `queuewait` TINYINT(1) NULL DEFAULT '0',
  `use_queue_context` TINYINT(1) NULL DEFAULT '0',
  `togglehint` TINYINT(1) NULL DEFAULT '0',
  `qnoanswer` TINYINT(1) NULL DEFAULT '0',
  `callconfirm` TINYINT(1) NULL DEFAULT '0',
  `callconfirm_id` INT NULL,
  `qregex` VARCHAR(255) NULL,
  `agentannounce_id` INT NULL,
  `joinannounce_id` INT NULL,
  `monitor_type` VARCHAR(5) NULL,
  `monitor_heard` INT NULL,
  `monitor_spoken` INT NULL,
  `callback_id` VARCHAR(8) NOT NULL DEFAULT '',
  PRIMARY KEY (`extension`)
);

CREATE TABLE `queues_details` (
  `id` VARCHAR(45) NOT NULL DEFAULT '-1',
  `keyword` VARCHAR(30) NOT NULL DEFAULT '',
  `data` VARCHAR(150) NOT NULL DEFAULT '',
  `flags` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`, `keyword`, `data`)
);

CREATE TABLE `meetme` (
  `exten` VARCHAR(50) NOT NULL,
  `options` VARCHAR(15) NULL,
  `userpin` VARCHAR(50) NULL,
  `adminpin` VARCHAR(50) NULL,
  `description` VARCHAR(50) NULL,
  `joinmsg_id` INT NULL,
  `music` VARCHAR(80) NULL,
  `users` SMALLINT UNSIGNED NULL DEFAULT '0',
  `language` VARCHAR(10) NOT NULL DEFAULT '',
  `timeout` INT UNSIGNED NULL DEFAULT '21600',
  PRIMARY KEY (`exten`)
);

CREATE TABLE `pinsets` (
  `pinsets_id` INT NOT NULL AUTO_INCREMENT,
  `passwords` LONGTEXT NULL,
  `description` VARCHAR(50) NULL,
  `addtocdr` TINYINT(1) NULL,
  `deptname` VARCHAR(50) NULL,
  PRIMARY KEY (`pinsets_id`)
);

-- ---- asteriskcdrdb (call detail records and channel event logging) ----
CREATE TABLE cdr (
   calldate datetime NOT NULL default '0000-00-00 00:00:00',
   clid varchar(80) NOT NULL default '',
   src varchar(80) NOT NULL default '',
   dst varchar(80) NOT NULL default '',
   dcontext varchar(80) NOT NULL default '',
   channel varchar(80) NOT NULL default '',
   dstchannel varchar(80) NOT NULL default '',
   lastapp varchar(80) NOT NULL default '',
   lastdata varchar(80) NOT NULL default '',
   duration int(11) NOT NULL default '0',
   billsec int(11) NOT NULL default '0',
   disposition varchar(45) NOT NULL default '',
   amaflags int(11) NOT NULL default '0',
   accountcode varchar(20) NOT NULL default '',
   uniqueid varchar(32) NOT NULL default '',
   userfield varchar(255) NOT NULL default '',
   did varchar(50) NOT NULL default '',
   recordingfile varchar(255) NOT NULL default '',
   cnum VARCHAR ( 80 ) NOT NULL default '',
   cnam VARCHAR ( 80 ) NOT NULL default '',
   outbound_cnum VARCHAR ( 80 ) NOT NULL default '',
   outbound_cnam VARCHAR ( 80 ) NOT NULL default '',
   dst_cnam VARCHAR ( 80 ) NOT NULL default '',
   `linkedid` VARCHAR(32) NOT NULL DEFAULT '',
   `peeraccount` VARCHAR(80) NOT NULL DEFAULT '',
   `sequence` INT(11) NOT NULL DEFAULT 0,
   KEY `calldate` (`calldate`),
   KEY `dst` (`dst`),
   KEY `accountcode` (`accountcode`),
   KEY `uniqueid` (`uniqueid`),
   KEY `did` (`did`)
);

CREATE TABLE `cel` (
  `id` int(11) NOT NULL auto_increment,
  `eventtype` varchar(30) NOT NULL,
  `eventtime` datetime NOT NULL,
  `cid_name` varchar(80) NOT NULL,
  `cid_num` varchar(80) NOT NULL,
  `cid_ani` varchar(80) NOT NULL,
  `cid_rdnis` varchar(80) NOT NULL,
  `cid_dnid` varchar(80) NOT NULL,
  `exten` varchar(80) NOT NULL,
  `context` varchar(80) NOT NULL,
  `channame` varchar(80) NOT NULL,
  `appname` varchar(80) NOT NULL,
  `appdata` varchar(1024) NOT NULL,
  `amaflags` int(11) NOT NULL,
  `accountcode` varchar(20) NOT NULL,
  `uniqueid` varchar(32) NOT NULL,
  `linkedid` varchar(32) NOT NULL,
  `peer` varchar(80) NOT NULL,
  `userdeftype` varchar(255) NOT NULL,
  `extra` varchar(512) NOT NULL,
  PRIMARY KEY  (`id`),
  KEY `uniqueid_index` (`uniqueid`),
  KEY `linkedid_index` (`linkedid`),
  KEY `context_index` (`context`)
);

-- rehash (SoylentNews' fork of Slash, the Slashdot engine; Perl/mod_perl, MySQL)
-- Upstream: github.com/SoylentNews/rehash, file sql/mysql/rehash_schema.sql (mysqldump of the SoylentNews
-- schema), commit ec241b9e263955f679cc7aede13ee61e174343ff (GPL-2.0). 65 of its 185 tables, in the dump's order,
-- each CREATE TABLE as dumped except: column-level CHARACTER SET/COLLATE clauses dropped (the table's default
-- charset kept), AUTO_INCREMENT=N counters dropped, MySQL 8's utf8mb4_0900_ai_ci written utf8mb4_unicode_ci, and
-- `float unsigned` written `float` (users_clout.clout, users_info.tag_clout). Slash declares no foreign keys.
CREATE TABLE `abusers` (
  `abuser_id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `ipid` char(32) NOT NULL DEFAULT '',
  `subnetid` char(32) NOT NULL DEFAULT '',
  `pagename` varchar(20) NOT NULL DEFAULT '',
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `reason` varchar(120) NOT NULL DEFAULT '',
  `querystring` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`abuser_id`),
  KEY `uid` (`uid`),
  KEY `ipid` (`ipid`),
  KEY `subnetid` (`subnetid`),
  KEY `reason` (`reason`),
  KEY `ts` (`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `accesslog` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_addr` char(39) NOT NULL DEFAULT '',
  `subnetid` char(39) NOT NULL DEFAULT '',
  `op` varchar(254) DEFAULT NULL,
  `dat` varchar(254) DEFAULT NULL,
  `uid` mediumint unsigned NOT NULL,
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `query_string` varchar(254) DEFAULT NULL,
  `user_agent` varchar(50) DEFAULT NULL,
  `skid` smallint unsigned NOT NULL DEFAULT '0',
  `bytes` mediumint unsigned NOT NULL DEFAULT '0',
  `duration` float NOT NULL DEFAULT '0',
  `pagemark` bigint unsigned NOT NULL DEFAULT '0',
  `local_addr` varchar(16) NOT NULL DEFAULT '',
  `static` enum('yes','no') DEFAULT 'yes',
  `secure` tinyint NOT NULL DEFAULT '0',
  `referer` varchar(254) DEFAULT NULL,
  `status` smallint unsigned NOT NULL DEFAULT '200',
  PRIMARY KEY (`id`),
  KEY `host_addr_part` (`host_addr`),
  KEY `op_part` (`op`,`skid`),
  KEY `ts` (`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `achievements` (
  `aid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL DEFAULT '',
  `description` varchar(128) NOT NULL DEFAULT '',
  `repeatable` enum('yes','no') NOT NULL DEFAULT 'no',
  `increment` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`aid`),
  UNIQUE KEY `achievement` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `al2` (
  `srcid` bigint unsigned NOT NULL DEFAULT '0',
  `value` int unsigned NOT NULL DEFAULT '0',
  `updatecount` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`srcid`),
  KEY `value` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `al2_log` (
  `al2lid` int unsigned NOT NULL AUTO_INCREMENT,
  `srcid` bigint unsigned NOT NULL DEFAULT '0',
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `adminuid` mediumint unsigned NOT NULL DEFAULT '0',
  `al2tid` tinyint unsigned NOT NULL DEFAULT '0',
  `val` enum('set','clear') DEFAULT NULL,
  PRIMARY KEY (`al2lid`),
  KEY `ts` (`ts`),
  KEY `srcid_ts` (`srcid`,`ts`),
  KEY `al2tid_val_srcid` (`al2tid`,`val`,`srcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `al2_types` (
  `al2tid` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `bitpos` tinyint unsigned DEFAULT NULL,
  `name` varchar(30) NOT NULL DEFAULT '',
  `title` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`al2tid`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `bitpos` (`bitpos`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `authors_cache` (
  `uid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `nickname` varchar(20) NOT NULL,
  `fakeemail` varchar(75) NOT NULL,
  `homepage` varchar(100) NOT NULL,
  `storycount` mediumint NOT NULL,
  `bio` mediumtext NOT NULL,
  `author` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `badpasswords` (
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `ip` varchar(255) NOT NULL DEFAULT '',
  `subnet` varchar(255) NOT NULL DEFAULT '',
  `password` varchar(20) NOT NULL DEFAULT '',
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `realemail` varchar(50) NOT NULL DEFAULT '',
  KEY `uid` (`uid`),
  KEY `ip` (`ip`),
  KEY `subnet` (`subnet`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `bitpay_log` (
  `logid` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `uid` mediumint unsigned DEFAULT NULL,
  `invoice_id` varchar(255) DEFAULT NULL,
  `payment_net` varchar(255) DEFAULT NULL,
  `payment_status` varchar(255) DEFAULT NULL,
  `raw_transaction` text NOT NULL,
  `remote_address` varchar(255) NOT NULL,
  PRIMARY KEY (`logid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `clout_types` (
  `clid` smallint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `class` varchar(255) NOT NULL,
  PRIMARY KEY (`clid`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `comment_text` (
  `cid` int unsigned NOT NULL,
  `comment` mediumtext NOT NULL,
  PRIMARY KEY (`cid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `comments_audit` (
  `logid` int unsigned NOT NULL AUTO_INCREMENT,
  `cid` int unsigned NOT NULL,
  `date` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `mod_uid` mediumint unsigned NOT NULL,
  `mod_reason` mediumtext NOT NULL,
  `spam_flag` tinyint(1) NOT NULL,
  PRIMARY KEY (`logid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `comments` (
  `sid` mediumint unsigned NOT NULL,
  `cid` int unsigned NOT NULL AUTO_INCREMENT,
  `pid` int unsigned NOT NULL DEFAULT '0',
  `opid` int unsigned NOT NULL DEFAULT '0',
  `children` int unsigned NOT NULL DEFAULT '0',
  `date` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ipid` char(32) NOT NULL DEFAULT '',
  `subnetid` char(32) NOT NULL DEFAULT '',
  `subject` varchar(50) NOT NULL,
  `subject_orig` enum('no','yes') NOT NULL DEFAULT 'yes',
  `uid` mediumint unsigned NOT NULL,
  `points` tinyint NOT NULL DEFAULT '0',
  `pointsorig` tinyint NOT NULL DEFAULT '0',
  `pointsmax` tinyint NOT NULL DEFAULT '0',
  `lastmod` mediumint unsigned NOT NULL DEFAULT '0',
  `reason` tinyint unsigned NOT NULL DEFAULT '0',
  `signature` char(32) NOT NULL DEFAULT '',
  `karma_bonus` enum('yes','no') NOT NULL DEFAULT 'no',
  `subscriber_bonus` enum('no','yes') NOT NULL DEFAULT 'no',
  `len` smallint unsigned NOT NULL DEFAULT '0',
  `karma` smallint NOT NULL DEFAULT '0',
  `karma_abs` smallint unsigned NOT NULL DEFAULT '0',
  `tweak_orig` tinyint NOT NULL DEFAULT '0',
  `tweak` tinyint NOT NULL DEFAULT '0',
  `badge_id` tinyint NOT NULL DEFAULT '0',
  `spam_flag` tinyint(1) NOT NULL DEFAULT 0,
  `redacts` TEXT DEFAULT NULL,
  PRIMARY KEY (`cid`),
  KEY `display` (`sid`,`points`,`uid`),
  KEY `byname` (`uid`,`points`),
  KEY `ipid` (`ipid`),
  KEY `subnetid` (`subnetid`),
  KEY `theusual` (`sid`,`uid`,`points`,`cid`),
  KEY `countreplies` (`pid`,`sid`),
  KEY `uid_date` (`uid`,`date`),
  KEY `date_sid` (`date`,`sid`),
  KEY `opid` (`opid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_filters` (
  `filter_id` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `form` varchar(20) NOT NULL DEFAULT '',
  `regex` varchar(100) DEFAULT NULL,
  `modifier` varchar(5) NOT NULL DEFAULT '',
  `field` varchar(20) NOT NULL DEFAULT '',
  `ratio` float(6,4) NOT NULL DEFAULT '0.0000',
  `minimum_match` mediumint NOT NULL DEFAULT '0',
  `minimum_length` mediumint NOT NULL DEFAULT '0',
  `err_message` varchar(150) DEFAULT '',
  PRIMARY KEY (`filter_id`),
  KEY `form` (`form`),
  KEY `regex` (`regex`),
  KEY `field_key` (`field`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dateformats` (
  `id` tinyint unsigned NOT NULL DEFAULT '0',
  `format` varchar(64) DEFAULT NULL,
  `description` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `discussion_kinds` (
  `dkid` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`dkid`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `discussions` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `dkid` tinyint unsigned NOT NULL DEFAULT '1',
  `stoid` mediumint unsigned NOT NULL DEFAULT '0',
  `sid` char(16) NOT NULL DEFAULT '',
  `title` varchar(128) NOT NULL,
  `url` varchar(255) NOT NULL,
  `topic` int unsigned NOT NULL,
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `type` enum('open','recycle','archived') NOT NULL DEFAULT 'open',
  `uid` mediumint unsigned NOT NULL,
  `commentcount` smallint unsigned NOT NULL DEFAULT '0',
  `flags` enum('ok','delete','dirty') NOT NULL DEFAULT 'ok',
  `primaryskid` smallint unsigned DEFAULT NULL,
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `approved` tinyint unsigned NOT NULL DEFAULT '0',
  `commentstatus` enum('disabled','enabled','friends_only','friends_fof_only','no_foe','no_foe_eof','logged_in') NOT NULL DEFAULT 'enabled',
  `archivable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `legacy` enum('no','yes') NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`id`),
  KEY `stoid` (`stoid`),
  KEY `sid` (`sid`),
  KEY `topic` (`topic`),
  KEY `primaryskid` (`primaryskid`,`ts`),
  KEY `type` (`type`,`uid`,`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `firehose` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `globjid` int unsigned NOT NULL DEFAULT '0',
  `discussion` mediumint unsigned NOT NULL DEFAULT '0',
  `type` enum('submission','journal','bookmark','feed','story','vendor','misc','comment','discussion','project','tagname') DEFAULT 'submission',
  `createtime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `popularity` float NOT NULL DEFAULT '0',
  `editorpop` float NOT NULL DEFAULT '0',
  `neediness` float NOT NULL DEFAULT '0',
  `activity` float NOT NULL DEFAULT '0',
  `accepted` enum('no','yes') DEFAULT 'no',
  `rejected` enum('no','yes') DEFAULT 'no',
  `public` enum('no','yes') DEFAULT 'no',
  `attention_needed` enum('no','yes') DEFAULT 'no',
  `is_spam` enum('no','yes') DEFAULT 'no',
  `primaryskid` smallint DEFAULT '0',
  `tid` smallint DEFAULT '0',
  `srcid` int unsigned NOT NULL DEFAULT '0',
  `url_id` int unsigned NOT NULL DEFAULT '0',
  `toptags` varchar(255) DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `emaildomain` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(50) NOT NULL,
  `dept` varchar(100) NOT NULL DEFAULT '',
  `ipid` varchar(32) NOT NULL DEFAULT '',
  `subnetid` varchar(32) NOT NULL DEFAULT '',
  `category` varchar(30) NOT NULL DEFAULT '',
  `nexuslist` varchar(32) NOT NULL DEFAULT '',
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `signoffs` varchar(255) NOT NULL DEFAULT '',
  `stoid` mediumint unsigned DEFAULT '0',
  `body_length` mediumint unsigned NOT NULL DEFAULT '0',
  `word_count` mediumint unsigned NOT NULL DEFAULT '0',
  `srcname` varchar(32) NOT NULL DEFAULT '',
  `thumb` mediumint unsigned DEFAULT NULL,
  `mediatype` enum('text','none','video','image','audio') NOT NULL DEFAULT 'none',
  `offmainpage` enum('no','yes') NOT NULL DEFAULT 'no',
  `sprite` varchar(128) NOT NULL DEFAULT '',
  `sprite_info` mediumtext NOT NULL,
  `preview` enum('no','yes') DEFAULT 'no',
  PRIMARY KEY (`id`),
  UNIQUE KEY `globjid` (`globjid`),
  KEY `createtime` (`createtime`),
  KEY `popularity` (`popularity`),
  KEY `neediness` (`neediness`),
  KEY `url_id` (`url_id`),
  KEY `uid` (`uid`),
  KEY `last_update` (`last_update`),
  KEY `type_srcid` (`type`,`srcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `firehose_text` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(80) DEFAULT NULL,
  `introtext` mediumtext,
  `bodytext` mediumtext,
  `media` mediumtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `formkeys` (
  `formkey` varchar(20) NOT NULL DEFAULT '',
  `formname` varchar(32) NOT NULL DEFAULT '',
  `id` varchar(30) NOT NULL DEFAULT '',
  `idcount` mediumint unsigned NOT NULL DEFAULT '0',
  `uid` mediumint unsigned NOT NULL,
  `ipid` char(32) NOT NULL DEFAULT '',
  `subnetid` char(32) NOT NULL DEFAULT '',
  `value` tinyint NOT NULL DEFAULT '0',
  `last_ts` int unsigned NOT NULL DEFAULT '0',
  `ts` int unsigned NOT NULL DEFAULT '0',
  `submit_ts` int unsigned NOT NULL DEFAULT '0',
  `content_length` smallint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`formkey`),
  KEY `formname` (`formname`),
  KEY `uid` (`uid`),
  KEY `ipid` (`ipid`),
  KEY `subnetid` (`subnetid`),
  KEY `idcount` (`idcount`),
  KEY `ts` (`ts`),
  KEY `last_ts` (`ts`),
  KEY `submit_ts` (`submit_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `journals` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `date` datetime NOT NULL,
  `description` varchar(80) NOT NULL,
  `posttype` tinyint NOT NULL DEFAULT '2',
  `discussion` mediumint unsigned DEFAULT NULL,
  `tid` smallint unsigned NOT NULL,
  `promotetype` enum('publicize','publish','post') NOT NULL DEFAULT 'publish',
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `srcid_32` bigint unsigned NOT NULL DEFAULT '0',
  `srcid_24` bigint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `uid_date_id` (`uid`,`date`,`id`),
  KEY `IDandUID` (`id`,`uid`),
  KEY `tid` (`tid`),
  KEY `srcid_32` (`srcid_32`),
  KEY `srcid_24` (`srcid_24`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `journals_text` (
  `id` mediumint unsigned NOT NULL,
  `article` mediumtext NOT NULL,
  `introtext` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `message_codes` (
  `code` int NOT NULL,
  `type` varchar(32) NOT NULL,
  `seclev` int NOT NULL DEFAULT '1',
  `modes` varchar(32) NOT NULL DEFAULT '',
  `send` enum('now','defer','collective') NOT NULL DEFAULT 'now',
  `subscribe` tinyint(1) NOT NULL DEFAULT '0',
  `acl` varchar(32) NOT NULL DEFAULT '',
  `delivery_bvalue` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `message_deliverymodes` (
  `code` smallint NOT NULL DEFAULT '0',
  `name` varchar(32) NOT NULL DEFAULT '',
  `bitvalue` mediumint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `message_drop` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user` mediumint unsigned NOT NULL,
  `fuser` mediumint unsigned NOT NULL,
  `code` int NOT NULL DEFAULT '-1',
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `altto` varchar(50) NOT NULL DEFAULT '',
  `send` enum('now','defer','collective') NOT NULL DEFAULT 'now',
  `message` mediumblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `message_log` (
  `id` int NOT NULL,
  `user` mediumint unsigned NOT NULL,
  `fuser` mediumint unsigned NOT NULL,
  `code` int NOT NULL DEFAULT '-1',
  `mode` int NOT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `message_web` (
  `id` int NOT NULL,
  `user` mediumint unsigned NOT NULL,
  `fuser` mediumint unsigned NOT NULL,
  `code` int NOT NULL DEFAULT '-1',
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `readed` tinyint(1) NOT NULL DEFAULT '0',
  `date` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  KEY `fuser` (`fuser`),
  KEY `user` (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `message_web_text` (
  `id` int NOT NULL,
  `subject` blob NOT NULL,
  `message` blob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `moderatorlog` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ipid` char(32) NOT NULL DEFAULT '',
  `subnetid` char(32) NOT NULL DEFAULT '',
  `uid` mediumint unsigned NOT NULL,
  `val` tinyint NOT NULL DEFAULT '0',
  `sid` mediumint unsigned NOT NULL DEFAULT '0',
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `cid` int unsigned NOT NULL,
  `cuid` mediumint unsigned NOT NULL,
  `reason` tinyint unsigned DEFAULT '0',
  `active` tinyint NOT NULL DEFAULT '1',
  `spent` tinyint NOT NULL DEFAULT '1',
  `points_orig` tinyint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sid` (`sid`,`cid`),
  KEY `sid_2` (`sid`,`uid`,`cid`),
  KEY `cid` (`cid`),
  KEY `ipid` (`ipid`),
  KEY `subnetid` (`subnetid`),
  KEY `uid` (`uid`),
  KEY `cuid` (`cuid`),
  KEY `ts_uid_sid` (`ts`,`uid`,`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `modreasons` (
  `id` tinyint unsigned NOT NULL,
  `name` char(32) NOT NULL DEFAULT '',
  `m2able` tinyint NOT NULL DEFAULT '1',
  `listable` tinyint NOT NULL DEFAULT '1',
  `val` tinyint NOT NULL DEFAULT '0',
  `karma` tinyint NOT NULL DEFAULT '0',
  `fairfrac` float NOT NULL DEFAULT '0.5',
  `unfairname` varchar(32) NOT NULL DEFAULT '',
  `ordered` tinyint unsigned NOT NULL DEFAULT '50',
  `needs_prior_mod` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `open_proxies` (
  `ip` varchar(15) NOT NULL,
  `port` smallint unsigned NOT NULL DEFAULT '0',
  `dur` float DEFAULT NULL,
  `ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `xff` varchar(40) DEFAULT NULL,
  `ipid` char(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`ip`),
  KEY `ts` (`ts`),
  KEY `ipid` (`ipid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `paypal_log` (
  `logid` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `uid` mediumint unsigned DEFAULT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `parent_transaction_id` varchar(255) DEFAULT NULL,
  `transaction_type` varchar(255) DEFAULT NULL,
  `email` varchar(450) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `payment_gross` varchar(255) DEFAULT NULL,
  `payment_status` varchar(255) DEFAULT NULL,
  `raw_transaction` text NOT NULL,
  `remote_address` varchar(255) NOT NULL,
  PRIMARY KEY (`logid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `people` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `person` mediumint unsigned NOT NULL,
  `type` enum('friend','foe') DEFAULT NULL,
  `perceive` enum('fan','freak') DEFAULT NULL,
  `fof` mediumint unsigned NOT NULL DEFAULT '0',
  `eof` mediumint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `degree_of_separation` (`uid`,`person`),
  KEY `person` (`person`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pollanswers` (
  `qid` mediumint unsigned NOT NULL,
  `aid` mediumint NOT NULL,
  `answer` char(255) DEFAULT NULL,
  `votes` mediumint DEFAULT NULL,
  PRIMARY KEY (`qid`,`aid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pollquestions` (
  `qid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `question` char(255) NOT NULL,
  `voters` mediumint DEFAULT NULL,
  `topic` smallint unsigned NOT NULL,
  `discussion` mediumint unsigned DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `uid` mediumint unsigned NOT NULL,
  `primaryskid` smallint unsigned DEFAULT NULL,
  `autopoll` enum('no','yes') NOT NULL DEFAULT 'no',
  `flags` enum('ok','delete','dirty') NOT NULL DEFAULT 'ok',
  `polltype` enum('nodisplay','section','story') DEFAULT 'section',
  PRIMARY KEY (`qid`),
  KEY `uid` (`uid`),
  KEY `discussion` (`discussion`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pollvoters` (
  `qid` mediumint NOT NULL,
  `id` char(35) NOT NULL,
  `time` datetime DEFAULT NULL,
  `uid` mediumint unsigned NOT NULL,
  KEY `qid` (`qid`,`id`,`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `remarks` (
  `rid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `stoid` mediumint unsigned NOT NULL,
  `priority` smallint unsigned NOT NULL DEFAULT '0',
  `time` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `type` enum('system','user') DEFAULT 'user',
  `remark` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`rid`),
  KEY `uid` (`uid`),
  KEY `stoid` (`stoid`),
  KEY `time` (`time`),
  KEY `priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `reskeys` (
  `rkid` int NOT NULL AUTO_INCREMENT,
  `reskey` char(20) NOT NULL DEFAULT '',
  `rkrid` smallint unsigned NOT NULL,
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `srcid_ip` bigint unsigned NOT NULL DEFAULT '0',
  `failures` tinyint NOT NULL DEFAULT '0',
  `touches` tinyint NOT NULL DEFAULT '0',
  `is_alive` enum('yes','no') NOT NULL DEFAULT 'yes',
  `create_ts` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_ts` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `submit_ts` datetime DEFAULT NULL,
  PRIMARY KEY (`rkid`),
  UNIQUE KEY `reskey` (`reskey`),
  KEY `rkrid` (`rkrid`),
  KEY `uid` (`uid`),
  KEY `srcid_ip` (`srcid_ip`),
  KEY `create_ts` (`create_ts`),
  KEY `last_ts` (`last_ts`),
  KEY `submit_ts` (`submit_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `sessions` (
  `session` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned DEFAULT NULL,
  `lasttime` datetime DEFAULT NULL,
  `lasttitle` varchar(100) DEFAULT NULL,
  `last_subid` mediumint unsigned DEFAULT NULL,
  `last_sid` varchar(16) DEFAULT NULL,
  `last_fhid` mediumint unsigned DEFAULT NULL,
  `last_action` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`session`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `skins` (
  `skid` smallint unsigned NOT NULL AUTO_INCREMENT,
  `nexus` int unsigned NOT NULL,
  `artcount_min` mediumint unsigned NOT NULL DEFAULT '10',
  `artcount_max` mediumint unsigned NOT NULL DEFAULT '30',
  `older_stories_max` mediumint unsigned NOT NULL DEFAULT '0',
  `name` varchar(30) NOT NULL,
  `othername` varchar(30) NOT NULL DEFAULT '',
  `title` varchar(64) NOT NULL DEFAULT '',
  `issue` enum('no','yes') NOT NULL DEFAULT 'no',
  `submittable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `searchable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `storypickable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `skinindex` enum('no','yes') NOT NULL DEFAULT 'yes',
  `url` varchar(255) NOT NULL DEFAULT '',
  `hostname` varchar(128) NOT NULL DEFAULT '',
  `cookiedomain` varchar(128) NOT NULL DEFAULT '',
  `index_handler` varchar(30) NOT NULL DEFAULT 'index.pl',
  `max_rewrite_secs` mediumint unsigned NOT NULL DEFAULT '3600',
  `last_rewrite` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ac_uid` mediumint unsigned NOT NULL DEFAULT '0',
  `require_acl` varchar(32) NOT NULL DEFAULT '',
  `theme` varchar(255) DEFAULT '',
  PRIMARY KEY (`skid`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `stories` (
  `stoid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `sid` char(16) NOT NULL,
  `uid` mediumint unsigned NOT NULL,
  `dept` varchar(100) DEFAULT NULL,
  `time` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `hits` mediumint unsigned NOT NULL DEFAULT '0',
  `discussion` mediumint unsigned DEFAULT NULL,
  `primaryskid` smallint unsigned DEFAULT NULL,
  `tid` int unsigned DEFAULT NULL,
  `submitter` mediumint unsigned NOT NULL,
  `commentcount` smallint unsigned NOT NULL DEFAULT '0',
  `hitparade` varchar(64) NOT NULL DEFAULT '0,0,0,0,0,0,0',
  `is_archived` enum('no','yes') NOT NULL DEFAULT 'no',
  `in_trash` enum('no','yes') NOT NULL DEFAULT 'no',
  `day_published` date NOT NULL DEFAULT '1970-01-01',
  `qid` mediumint unsigned DEFAULT NULL,
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `body_length` mediumint unsigned NOT NULL DEFAULT '0',
  `word_count` mediumint unsigned NOT NULL DEFAULT '0',
  `archive_last_update` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `notes` text COLLATE utf8mb3_unicode_ci,
  PRIMARY KEY (`stoid`),
  UNIQUE KEY `sid` (`sid`),
  KEY `uid` (`uid`),
  KEY `is_archived` (`is_archived`),
  KEY `time` (`time`),
  KEY `submitter` (`submitter`),
  KEY `day_published` (`day_published`),
  KEY `skidtid` (`primaryskid`,`tid`),
  KEY `discussion_stoid` (`discussion`,`stoid`),
  KEY `slowass` (`in_trash`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `story_text` (
  `stoid` mediumint unsigned NOT NULL,
  `title` varchar(100) NOT NULL DEFAULT '',
  `introtext` mediumtext,
  `bodytext` mediumtext,
  `relatedtext` mediumtext,
  `rendered` mediumtext,
  PRIMARY KEY (`stoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `stripe_log` (
  `logid` bigint unsigned NOT NULL AUTO_INCREMENT,
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `event_id` varchar(255) DEFAULT NULL,
  `remote_address` varchar(255) DEFAULT NULL,
  `raw_transaction` text NOT NULL,
  PRIMARY KEY (`logid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `submissions` (
  `subid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `emaildomain` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(50) DEFAULT NULL,
  `time` datetime NOT NULL,
  `subj` varchar(100) DEFAULT NULL,
  `story` mediumtext NOT NULL,
  `tid` int unsigned NOT NULL,
  `note` varchar(30) DEFAULT '',
  `primaryskid` smallint unsigned DEFAULT NULL,
  `comment` text COLLATE utf8mb3_unicode_ci,
  `uid` mediumint unsigned NOT NULL,
  `ipid` char(32) NOT NULL DEFAULT '',
  `subnetid` char(32) NOT NULL DEFAULT '',
  `del` tinyint NOT NULL DEFAULT '0',
  `weight` float NOT NULL DEFAULT '0',
  `signature` varchar(32) NOT NULL,
  `mediatype` enum('text','none','video','image','audio') DEFAULT 'none',
  `dept` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`subid`),
  UNIQUE KEY `signature` (`signature`),
  KEY `emaildomain` (`emaildomain`),
  KEY `del` (`del`),
  KEY `uid` (`uid`),
  KEY `ipid` (`ipid`),
  KEY `subnetid` (`subnetid`),
  KEY `primaryskid_tid` (`primaryskid`,`tid`),
  KEY `tid` (`tid`),
  KEY `time_emaildomain` (`time`,`emaildomain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `submissions_notes` (
  `noid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `submatch` varchar(32) NOT NULL DEFAULT '',
  `subnote` mediumtext,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`noid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `subscribe_payments` (
  `spid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `payment_gross` decimal(10,2) NOT NULL,
  `payment_net` decimal(10,2) NOT NULL,
  `pages` mediumint unsigned DEFAULT NULL,
  `transaction_id` varchar(255) NOT NULL,
  `method` varchar(6) DEFAULT NULL,
  `submethod` varchar(3) DEFAULT NULL,
  `memo` varchar(255) DEFAULT NULL,
  `data` blob,
  `payment_type` varchar(10) DEFAULT NULL,
  `puid` mediumint unsigned DEFAULT NULL,
  `raw_transaction` text,
  `days` mediumint unsigned DEFAULT NULL,
  PRIMARY KEY (`spid`),
  UNIQUE KEY `transaction_id` (`transaction_id`),
  KEY `uid` (`uid`),
  KEY `ts` (`ts`),
  KEY `puid` (`puid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `tagnames` (
  `tagnameid` int unsigned NOT NULL AUTO_INCREMENT,
  `tagname` varchar(64) NOT NULL,
  PRIMARY KEY (`tagnameid`),
  UNIQUE KEY `tagname` (`tagname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `tags` (
  `tagid` int unsigned NOT NULL AUTO_INCREMENT,
  `tagnameid` int unsigned NOT NULL,
  `globjid` int unsigned NOT NULL,
  `uid` mediumint unsigned NOT NULL,
  `created_at` datetime NOT NULL,
  `inactivated` datetime DEFAULT NULL,
  `private` enum('yes','no') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`tagid`),
  KEY `tagnameid` (`tagnameid`),
  KEY `globjid_tagnameid` (`globjid`,`tagnameid`),
  KEY `uid_globjid_tagnameid_inactivated` (`uid`,`globjid`,`tagnameid`,`inactivated`),
  KEY `uid_tagnameid_globjid_inactivated` (`uid`,`tagnameid`,`globjid`,`inactivated`),
  KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `topics` (
  `tid` int unsigned NOT NULL AUTO_INCREMENT,
  `keyword` varchar(20) NOT NULL,
  `textname` varchar(80) NOT NULL,
  `series` enum('no','yes') NOT NULL DEFAULT 'no',
  `image` varchar(100) NOT NULL,
  `width` smallint unsigned NOT NULL DEFAULT '0',
  `height` smallint unsigned NOT NULL DEFAULT '0',
  `submittable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `searchable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `storypickable` enum('no','yes') NOT NULL DEFAULT 'yes',
  `usesprite` enum('no','yes') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`tid`),
  UNIQUE KEY `keyword` (`keyword`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `tzcodes` (
  `tz` char(4) NOT NULL,
  `off_set` mediumint NOT NULL,
  `description` varchar(64) DEFAULT NULL,
  `dst_region` varchar(32) DEFAULT NULL,
  `dst_tz` char(4) DEFAULT NULL,
  `dst_off_set` mediumint DEFAULT NULL,
  PRIMARY KEY (`tz`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `user_achievements` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `aid` mediumint unsigned NOT NULL DEFAULT '0',
  `exponent` smallint unsigned NOT NULL DEFAULT '0',
  `createtime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `achievement` (`uid`,`aid`),
  KEY `aid_exponent` (`aid`,`exponent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `users` (
  `uid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `nickname` varchar(35) NOT NULL DEFAULT '',
  `realemail` varchar(50) NOT NULL DEFAULT '',
  `fakeemail` varchar(75) DEFAULT NULL,
  `homepage` varchar(100) DEFAULT NULL,
  `passwd` char(32) NOT NULL DEFAULT '',
  `sig` varchar(200) DEFAULT NULL,
  `seclev` mediumint unsigned NOT NULL DEFAULT '0',
  `matchname` varchar(35) DEFAULT NULL,
  `newpasswd` char(32) DEFAULT NULL,
  `newpasswd_ts` datetime DEFAULT NULL,
  `journal_last_entry_date` datetime DEFAULT NULL,
  `author` tinyint NOT NULL DEFAULT '0',
  `shill_id` tinyint unsigned NOT NULL DEFAULT '0',
  `willing_to_vote` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`),
  KEY `login` (`nickname`,`uid`,`passwd`),
  KEY `chk4user` (`realemail`,`nickname`),
  KEY `chk4matchname` (`matchname`),
  KEY `author_lookup` (`author`),
  KEY `seclev` (`seclev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_acl` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `acl` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_key` (`uid`,`acl`),
  KEY `uid` (`uid`),
  KEY `acl` (`acl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_clout` (
  `clout_id` int unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `clid` smallint unsigned NOT NULL,
  `clout` float DEFAULT NULL,
  PRIMARY KEY (`clout_id`),
  UNIQUE KEY `uid_clid` (`uid`,`clid`),
  KEY `clid` (`clid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `users_comments` (
  `uid` mediumint unsigned NOT NULL,
  `posttype` mediumint NOT NULL DEFAULT '1',
  `defaultpoints` tinyint NOT NULL DEFAULT '1',
  `highlightthresh` tinyint NOT NULL DEFAULT '4',
  `maxcommentsize` smallint unsigned NOT NULL DEFAULT '4096',
  `hardthresh` tinyint NOT NULL DEFAULT '0',
  `clbig` smallint unsigned NOT NULL DEFAULT '0',
  `clsmall` smallint unsigned NOT NULL DEFAULT '0',
  `reparent` tinyint NOT NULL DEFAULT '1',
  `nosigs` tinyint NOT NULL DEFAULT '0',
  `commentlimit` smallint unsigned NOT NULL DEFAULT '100',
  `commentspill` smallint unsigned NOT NULL DEFAULT '50',
  `commentsort` tinyint NOT NULL DEFAULT '0',
  `noscores` tinyint NOT NULL DEFAULT '0',
  `threshold` tinyint NOT NULL DEFAULT '0',
  `highnew` tinyint NOT NULL DEFAULT '1',
  `dimread` tinyint NOT NULL DEFAULT '1',
  `mode` enum('flat','nocomment','threadtos','threadtng') NOT NULL DEFAULT 'threadtos',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_comments_read_log` (
  `uid` mediumint unsigned NOT NULL,
  `discussion_id` mediumint unsigned NOT NULL,
  `cid_now` int unsigned NOT NULL,
  `cid_new` int unsigned NOT NULL,
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`discussion_id`,`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_hits` (
  `uid` mediumint unsigned NOT NULL,
  `lastclick` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `hits` int NOT NULL DEFAULT '0',
  `hits_bought` int NOT NULL DEFAULT '0',
  `hits_bought_today` smallint unsigned NOT NULL DEFAULT '0',
  `hits_paidfor` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `users_index` (
  `uid` mediumint unsigned NOT NULL,
  `story_never_topic` mediumtext NOT NULL,
  `story_never_author` varchar(255) NOT NULL DEFAULT '',
  `story_never_nexus` varchar(255) NOT NULL DEFAULT '',
  `story_always_topic` mediumtext NOT NULL,
  `story_always_author` varchar(255) NOT NULL DEFAULT '',
  `story_always_nexus` varchar(255) NOT NULL DEFAULT '',
  `story_full_brief_nexus` varchar(255) NOT NULL DEFAULT '',
  `story_brief_always_nexus` varchar(255) NOT NULL DEFAULT '',
  `story_full_best_nexus` varchar(255) NOT NULL DEFAULT '',
  `story_brief_best_nexus` varchar(255) NOT NULL DEFAULT '',
  `slashboxes` mediumtext NOT NULL,
  `maxstories` tinyint unsigned NOT NULL DEFAULT '30',
  `noboxes` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_info` (
  `uid` mediumint unsigned NOT NULL,
  `totalmods` mediumint NOT NULL DEFAULT '0',
  `realname` varchar(50) DEFAULT NULL,
  `bio` mediumtext NOT NULL,
  `points` smallint NOT NULL DEFAULT '0',
  `tokens` mediumint NOT NULL DEFAULT '0',
  `lastgranted` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `m2info` varchar(64) NOT NULL DEFAULT '',
  `karma` mediumint NOT NULL DEFAULT '0',
  `maillist` tinyint NOT NULL DEFAULT '0',
  `totalcomments` mediumint unsigned DEFAULT '0',
  `lastm2` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `m2_mods_saved` varchar(120) NOT NULL DEFAULT '',
  `lastaccess` date NOT NULL DEFAULT '1970-01-01',
  `lastaccess_ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `m2fair` mediumint unsigned NOT NULL DEFAULT '0',
  `up_fair` mediumint unsigned NOT NULL DEFAULT '0',
  `down_fair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2unfair` mediumint unsigned NOT NULL DEFAULT '0',
  `up_unfair` mediumint unsigned NOT NULL DEFAULT '0',
  `down_unfair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2fairvotes` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_up_fair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_down_fair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2unfairvotes` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_up_unfair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_down_unfair` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_lonedissent` mediumint unsigned NOT NULL DEFAULT '0',
  `m2voted_majority` mediumint unsigned NOT NULL DEFAULT '0',
  `upmods` mediumint unsigned NOT NULL DEFAULT '0',
  `downmods` mediumint unsigned NOT NULL DEFAULT '0',
  `stirred` mediumint unsigned NOT NULL DEFAULT '0',
  `session_login` tinyint NOT NULL DEFAULT '0',
  `cookie_location` enum('classbid','subnetid','ipid','none') NOT NULL DEFAULT 'classbid',
  `registered` tinyint unsigned NOT NULL DEFAULT '1',
  `reg_id` char(32) NOT NULL DEFAULT '',
  `expiry_days` smallint unsigned NOT NULL DEFAULT '1',
  `expiry_comm` smallint unsigned NOT NULL DEFAULT '1',
  `user_expiry_days` smallint unsigned NOT NULL DEFAULT '1',
  `user_expiry_comm` smallint unsigned NOT NULL DEFAULT '1',
  `initdomain` varchar(30) NOT NULL DEFAULT '',
  `created_ipid` varchar(32) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `tag_clout` float NOT NULL DEFAULT '1',
  `people` mediumblob,
  `people_status` enum('ok','dirty') NOT NULL DEFAULT 'ok',
  `skin` varchar(255) DEFAULT NULL,
  `subscriber_until` date NOT NULL DEFAULT '1970-01-01',
  `hide_subscription` tinyint unsigned NOT NULL DEFAULT '0',
  `mod_banned` date DEFAULT '1000-01-01',
  PRIMARY KEY (`uid`),
  KEY `initdomain` (`initdomain`),
  KEY `created_ipid` (`created_ipid`),
  KEY `tokens` (`tokens`),
  KEY `people_status` (`people_status`),
  KEY `age` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_logtokens` (
  `lid` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL DEFAULT '0',
  `locationid` char(32) NOT NULL DEFAULT '',
  `temp` enum('yes','no') NOT NULL DEFAULT 'no',
  `public` enum('yes','no') NOT NULL DEFAULT 'no',
  `expires` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `value` char(22) NOT NULL DEFAULT '',
  PRIMARY KEY (`lid`),
  UNIQUE KEY `uid_locationid_temp_public` (`uid`,`locationid`,`temp`,`public`),
  KEY `locationid` (`locationid`),
  KEY `temp` (`temp`),
  KEY `public` (`public`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `code` int NOT NULL,
  `mode` tinyint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_key` (`uid`,`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `users_openid` (
  `openid_id` int unsigned NOT NULL AUTO_INCREMENT,
  `openid_url` varchar(255) NOT NULL,
  `uid` mediumint unsigned NOT NULL,
  PRIMARY KEY (`openid_id`),
  UNIQUE KEY `openid_url` (`openid_url`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_param` (
  `param_id` int unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint unsigned NOT NULL,
  `name` varchar(32) NOT NULL DEFAULT '',
  `value` mediumtext NOT NULL,
  PRIMARY KEY (`param_id`),
  UNIQUE KEY `uid_key` (`uid`,`name`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `users_prefs` (
  `uid` mediumint unsigned NOT NULL,
  `willing` tinyint NOT NULL DEFAULT '1',
  `dfid` tinyint unsigned NOT NULL DEFAULT '0',
  `tzcode` char(4) NOT NULL DEFAULT 'EST',
  `noicons` tinyint NOT NULL DEFAULT '0',
  `light` tinyint NOT NULL DEFAULT '0',
  `mylinks` varchar(255) NOT NULL DEFAULT '',
  `lang` char(5) NOT NULL DEFAULT 'en_US',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `vars` (
  `name` varchar(48) NOT NULL DEFAULT '',
  `value` mediumtext,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

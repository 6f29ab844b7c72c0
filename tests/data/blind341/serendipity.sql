-- Serendipity (s9y, PHP blog engine), github.com/s9y/Serendipity
-- Source: sql/db.sql (the install schema; {PREFIX} = serendipity_) + the two tables that the bundled
-- serendipity_event_spamblock plug-in, installed by default (register_default_plugins), creates on its first run
-- (plugins/serendipity_event_spamblock/serendipity_event_spamblock.php, dbversion 1 -> 3),
-- commit 4474885e3a0ec5155ffc98ea50abf746efd96da1 (BSD-3-Clause).
-- The placeholders were replaced as include/db/mysqli.inc.php serendipity_db_schema_import() does for MySQL
-- ({AUTOINCREMENT} int(11) not null auto_increment, {BOOLEAN} enum('true','false') NOT NULL default 'true',
-- {TEXT} LONGTEXT, {FULLTEXT} FULLTEXT, {UTF_8} utf8mb4 / ROW_FORMAT=DYNAMIC on InnoDB); the statements were run in
-- MariaDB 10.11 and the tables dumped with mysqldump --no-data, in upstream's order. Serendipity declares no
-- foreign keys. All 24 tables are kept.

CREATE TABLE `serendipity_authors` (
  `realname` varchar(255) NOT NULL DEFAULT '',
  `username` varchar(32) DEFAULT NULL,
  `password` varchar(64) DEFAULT NULL,
  `authorid` int(11) NOT NULL AUTO_INCREMENT,
  `mail_comments` int(1) DEFAULT 1,
  `mail_trackbacks` int(1) DEFAULT 1,
  `email` varchar(128) NOT NULL DEFAULT '',
  `userlevel` int(4) unsigned NOT NULL DEFAULT 0,
  `right_publish` int(1) DEFAULT 1,
  `hashtype` int(1) DEFAULT 0,
  PRIMARY KEY (`authorid`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_groupconfig` (
  `id` int(10) unsigned NOT NULL DEFAULT 0,
  `property` varchar(128) NOT NULL DEFAULT '',
  `value` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`,`property`),
  KEY `groupid_idx` (`id`),
  KEY `groupprop_idx` (`id`,`property`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_authorgroups` (
  `groupid` int(10) unsigned NOT NULL DEFAULT 0,
  `authorid` int(10) unsigned NOT NULL DEFAULT 0,
  KEY `authorgroup_idxA` (`groupid`),
  KEY `authorgroup_idxB` (`authorid`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_access` (
  `groupid` int(10) unsigned NOT NULL DEFAULT 0,
  `artifact_id` int(10) unsigned NOT NULL DEFAULT 0,
  `artifact_type` varchar(64) NOT NULL DEFAULT '',
  `artifact_mode` varchar(64) NOT NULL DEFAULT '',
  `artifact_index` varchar(64) NOT NULL DEFAULT '',
  KEY `accessgroup_idx` (`groupid`),
  KEY `accessgroupT_idx` (`artifact_id`,`artifact_type`,`artifact_mode`),
  KEY `accessforeign_idx` (`artifact_id`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entry_id` int(10) unsigned NOT NULL DEFAULT 0,
  `parent_id` int(10) unsigned NOT NULL DEFAULT 0,
  `timestamp` int(10) unsigned DEFAULT NULL,
  `title` varchar(150) DEFAULT NULL,
  `author` varchar(80) DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `url` varchar(200) DEFAULT NULL,
  `ip` varchar(64) DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `type` varchar(100) DEFAULT 'regular',
  `subscribed` enum('true','false') NOT NULL DEFAULT 'true',
  `status` varchar(50) NOT NULL,
  `referer` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `commentry_idx` (`entry_id`),
  KEY `commpentry_idx` (`parent_id`),
  KEY `commtype_idx` (`type`),
  KEY `commstat_idx` (`status`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) DEFAULT NULL,
  `timestamp` int(10) unsigned DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `comments` int(4) unsigned DEFAULT 0,
  `trackbacks` int(4) unsigned DEFAULT 0,
  `extended` longtext DEFAULT NULL,
  `exflag` int(1) DEFAULT NULL,
  `author` varchar(20) DEFAULT NULL,
  `authorid` int(11) DEFAULT NULL,
  `isdraft` enum('true','false') NOT NULL DEFAULT 'true',
  `allow_comments` enum('true','false') NOT NULL DEFAULT 'true',
  `last_modified` int(10) unsigned DEFAULT NULL,
  `moderate_comments` enum('true','false') NOT NULL DEFAULT 'true',
  PRIMARY KEY (`id`),
  KEY `date_idx` (`timestamp`),
  KEY `mod_idx` (`last_modified`),
  KEY `edraft_idx` (`isdraft`),
  KEY `eauthor_idx` (`authorid`),
  FULLTEXT KEY `entry_idx` (`title`,`body`,`extended`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_references` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entry_id` int(10) unsigned NOT NULL DEFAULT 0,
  `link` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `type` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `refentry_idx` (`entry_id`),
  KEY `reftype_idx` (`type`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_exits` (
  `entry_id` int(11) NOT NULL DEFAULT 0,
  `day` date NOT NULL,
  `count` int(11) NOT NULL DEFAULT 0,
  `scheme` varchar(5) DEFAULT NULL,
  `host` varchar(128) NOT NULL,
  `port` varchar(5) DEFAULT NULL,
  `path` varchar(255) NOT NULL,
  `query` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`host`,`path`,`day`,`entry_id`),
  KEY `exits_idx` (`entry_id`,`day`,`host`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_referrers` (
  `entry_id` int(11) NOT NULL DEFAULT 0,
  `day` date NOT NULL,
  `count` int(11) NOT NULL DEFAULT 0,
  `scheme` varchar(5) DEFAULT NULL,
  `host` varchar(128) NOT NULL,
  `port` varchar(5) DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  `query` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`host`,`day`,`entry_id`),
  KEY `referrers_idx` (`entry_id`,`day`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_config` (
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `authorid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`,`authorid`),
  KEY `configauthorid_idx` (`authorid`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_options` (
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `okey` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`name`,`okey`),
  KEY `options_idx` (`okey`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_suppress` (
  `ip` varchar(64) DEFAULT NULL,
  `scheme` varchar(5) DEFAULT NULL,
  `host` varchar(128) DEFAULT NULL,
  `port` varchar(5) DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  `query` varchar(255) DEFAULT NULL,
  `last` timestamp NOT NULL,
  KEY `url_idx` (`host`,`ip`),
  KEY `urllast_idx` (`last`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_plugins` (
  `name` varchar(128) NOT NULL,
  `placement` varchar(6) NOT NULL DEFAULT 'right',
  `sort_order` int(4) NOT NULL DEFAULT 0,
  `authorid` int(11) DEFAULT 0,
  `path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`name`),
  KEY `pluginauthorid_idx` (`authorid`),
  KEY `pluginplace_idx` (`placement`),
  KEY `pluginretr_idx` (`placement`,`sort_order`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_category` (
  `categoryid` int(11) NOT NULL AUTO_INCREMENT,
  `category_name` varchar(255) DEFAULT NULL,
  `category_icon` varchar(255) DEFAULT NULL,
  `category_description` text DEFAULT NULL,
  `authorid` int(11) DEFAULT NULL,
  `category_left` int(11) DEFAULT 0,
  `category_right` int(11) DEFAULT 0,
  `parentid` int(11) NOT NULL DEFAULT 0,
  `sort_order` int(11) DEFAULT NULL,
  `hide_sub` int(1) DEFAULT NULL,
  PRIMARY KEY (`categoryid`),
  KEY `categorya_idx` (`authorid`),
  KEY `categoryp_idx` (`parentid`),
  KEY `categorylr_idx` (`category_left`,`category_right`),
  KEY `categoryso_idx` (`sort_order`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_images` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `extension` varchar(5) NOT NULL DEFAULT '',
  `mime` varchar(255) NOT NULL DEFAULT '',
  `size` int(11) NOT NULL DEFAULT 0,
  `dimensions_width` int(11) NOT NULL DEFAULT 0,
  `dimensions_height` int(11) NOT NULL DEFAULT 0,
  `date` int(11) NOT NULL DEFAULT 0,
  `thumbnail_name` varchar(255) NOT NULL DEFAULT '',
  `authorid` int(11) DEFAULT 0,
  `path` text DEFAULT NULL,
  `hotlink` int(1) DEFAULT NULL,
  `realname` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `imagesauthorid_idx` (`authorid`),
  FULLTEXT KEY `pathkey_idx` (`path`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_entrycat` (
  `entryid` int(11) NOT NULL,
  `categoryid` int(11) NOT NULL,
  UNIQUE KEY `entryid_idx` (`entryid`,`categoryid`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_entryproperties` (
  `entryid` int(11) NOT NULL,
  `property` varchar(255) NOT NULL,
  `value` longtext DEFAULT NULL,
  UNIQUE KEY `prop_idx` (`entryid`,`property`),
  KEY `entrypropid_idx` (`entryid`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_mediaproperties` (
  `mediaid` int(11) NOT NULL,
  `property` varchar(128) NOT NULL,
  `property_group` varchar(50) NOT NULL DEFAULT '',
  `property_subgroup` varchar(50) NOT NULL DEFAULT '',
  `value` text DEFAULT NULL,
  UNIQUE KEY `media_idx` (`mediaid`,`property`,`property_group`,`property_subgroup`),
  KEY `mediapropid_idx` (`mediaid`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_permalinks` (
  `permalink` varchar(255) NOT NULL DEFAULT '',
  `entry_id` int(10) unsigned NOT NULL DEFAULT 0,
  `type` varchar(200) NOT NULL DEFAULT '',
  `data` text DEFAULT NULL,
  KEY `pl_idx` (`permalink`),
  KEY `ple_idx` (`entry_id`),
  KEY `plt_idx` (`type`),
  KEY `plcomb_idx` (`permalink`,`type`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_plugincategories` (
  `class_name` varchar(250) DEFAULT NULL,
  `category` varchar(250) DEFAULT NULL,
  KEY `plugincat_idx` (`class_name`,`category`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_pluginlist` (
  `plugin_file` varchar(255) NOT NULL DEFAULT '',
  `class_name` varchar(255) NOT NULL DEFAULT '',
  `plugin_class` varchar(255) NOT NULL DEFAULT '',
  `pluginPath` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `version` varchar(12) NOT NULL DEFAULT '',
  `upgrade_version` varchar(12) NOT NULL DEFAULT '',
  `plugintype` varchar(255) NOT NULL DEFAULT '',
  `pluginlocation` varchar(255) NOT NULL DEFAULT '',
  `stackable` int(1) NOT NULL DEFAULT 0,
  `author` varchar(255) NOT NULL DEFAULT '',
  `requirements` text NOT NULL,
  `website` varchar(255) NOT NULL DEFAULT '',
  `last_modified` int(11) NOT NULL DEFAULT 0,
  KEY `pluginlist_f_idx` (`plugin_file`),
  KEY `pluginlist_cn_idx` (`class_name`),
  KEY `pluginlist_pt_idx` (`plugintype`),
  KEY `pluginlist_pl_idx` (`pluginlocation`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_spamblocklog` (
  `timestamp` int(10) unsigned DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `entry_id` int(10) unsigned NOT NULL DEFAULT 0,
  `author` varchar(80) DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `url` varchar(200) DEFAULT NULL,
  `useragent` varchar(255) DEFAULT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `referer` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  KEY `kspamidx` (`timestamp`),
  KEY `kspamtypeidx` (`type`),
  KEY `kspamentryidx` (`entry_id`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `serendipity_spamblock_htaccess` (
  `timestamp` int(10) unsigned DEFAULT NULL,
  `ip` varchar(15) DEFAULT NULL,
  KEY `kshtaidx` (`timestamp`)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

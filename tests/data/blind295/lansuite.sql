-- LANSuite (lansuite.de), the LAN-party management system of German LAN organisers (parties and sign-ups, seating plans,
-- tournaments with teams and brackets, clans, catering, rentals, cash book, troubletickets, boards, mail, polls, server list)
-- Upstream: github.com/lansuite/lansuite, modules/*/mod_settings/db.xml, commit 1618d4084e2a3d51d4a32b738576dd957197e011 (GPL-2.0)
-- Made as LANSuite's installer does (modules/install/Classes/Import.php, ImportXML() for a table that does not exist yet):
-- one statement per <table> of every module's db.xml, the install module first and then the others by name, with the
-- default table prefix "ls_" (index.php). Every field is written "`name` type NULL|NOT NULL default extra" by the
-- installer's rules (one line per field here); PRI fields make the primary key and UNI fields a unique key of their own; IND and FUL keys are not
-- created for a new table by the installer, and <foreign_key> references are kept by LANSuite in its own table
-- ls_ref (checked in PHP on delete), never as database constraints, so neither is declared here. All 98 tables are kept.

-- module install
CREATE TABLE IF NOT EXISTS ls_ref (
  `refid` smallint(5) unsigned NOT NULL  auto_increment,
  `pri_table` varchar(50) NOT NULL default '',
  `pri_key` varchar(50) NOT NULL default '',
  `foreign_table` varchar(50) NOT NULL default '',
  `foreign_key` varchar(50) NOT NULL default '',
  `foreign_condition` varchar(100) NOT NULL default '',
  `on_delete` varchar(16) NOT NULL default '',
  PRIMARY KEY (refid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_comments (
  `commentid` int(11) unsigned NOT NULL  auto_increment,
  `relatedto_id` int(11) unsigned NOT NULL default 0,
  `relatedto_item` varchar(10) NOT NULL default '',
  `creatorid` mediumint(8) unsigned NOT NULL default 0,
  `date` datetime NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (commentid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_comments_bookmark (
  `bid` smallint(5) unsigned NOT NULL  auto_increment,
  `relatedto_id` int(11) unsigned NOT NULL default 0,
  `relatedto_item` varchar(10) NOT NULL default '0',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `email` tinyint(2) unsigned NOT NULL default 0,
  `sysemail` tinyint(2) unsigned NOT NULL default 0,
  PRIMARY KEY (bid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_config (
  `cfg_key` varchar(50) NOT NULL default '',
  `cfg_value` text NOT NULL,
  `cfg_type` varchar(50) NOT NULL default 'integer',
  `cfg_group` varchar(50) NOT NULL default '',
  `cfg_module` char(20) NOT NULL default '',
  `cfg_desc` text NOT NULL,
  `cfg_pos` tinyint(3) unsigned NOT NULL default 0,
  PRIMARY KEY (cfg_key)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_config_selections (
  `id` smallint(5) unsigned NOT NULL  auto_increment,
  `cfg_key` varchar(50) NOT NULL default '',
  `cfg_display` varchar(255) NOT NULL default '',
  `cfg_value` varchar(255) NOT NULL default '',
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_counter (
  `CID` int(11) unsigned NOT NULL  auto_increment,
  `Besucher_IP` varchar(16) NOT NULL default '',
  `Besucher_Zeit` date NULL,
  `Besucher_Host` varchar(250) NOT NULL default '',
  `Besucher_Browser` varchar(250) NOT NULL default '',
  `referer` varchar(255) NOT NULL default '',
  `country` varchar(5) NOT NULL default '',
  `Besucher_Uhrzeit` varchar(10) NOT NULL default '',
  `timestamp` int(11) unsigned NOT NULL default 0,
  PRIMARY KEY (CID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_counter_online (
  `BID` int(11) unsigned NOT NULL  auto_increment,
  `SessionId` varchar(256) NOT NULL default '',
  `Besucher_IP` varchar(15) NOT NULL default '',
  `Besucher_Zeit` varchar(80) NOT NULL default '',
  PRIMARY KEY (BID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_infobox (
  `id` smallint(5) unsigned NOT NULL  auto_increment,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `text` text NOT NULL,
  `date` datetime NOT NULL,
  `priority` int(11) NOT NULL default 0,
  `class` varchar(50) NOT NULL default '',
  `id_in_class` smallint(5) unsigned NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_locations (
  `plz` mediumint(5) unsigned NOT NULL default 0,
  `breite` float NULL,
  `laenge` float NULL,
  PRIMARY KEY (plz)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_log (
  `logid` int(11) unsigned NOT NULL  auto_increment,
  `type` tinyint(3) unsigned NOT NULL default 0,
  `description` text NOT NULL,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `sort_tag` varchar(50) NOT NULL default '',
  `target_id` varchar(16) NOT NULL default '',
  `script` varchar(255) NOT NULL default '',
  `referer` varchar(255) NOT NULL default '',
  `ip` varbinary(16) NULL,
  PRIMARY KEY (logid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_menu (
  `id` smallint(5) unsigned NOT NULL  auto_increment,
  `module` varchar(20) NOT NULL default '',
  `caption` varchar(40) NOT NULL default '',
  `hint` varchar(255) NOT NULL default '',
  `link` varchar(255) NOT NULL default '',
  `requirement` tinyint(3) unsigned NOT NULL default 0,
  `level` tinyint(3) unsigned NOT NULL default 0,
  `pos` smallint(5) unsigned NOT NULL default 0,
  `needed_config` varchar(255) NOT NULL default '',
  `group_nr` smallint(5) unsigned NOT NULL default 0,
  `action` varchar(50) NOT NULL default '',
  `file` varchar(50) NOT NULL default '',
  `boxid` smallint(5) unsigned NOT NULL default 1,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_modules (
  `name` varchar(20) NOT NULL default '',
  `caption` varchar(40) NOT NULL default '',
  `description` varchar(255) NOT NULL default '',
  `author` varchar(255) NOT NULL default '',
  `email` varchar(255) NOT NULL default '',
  `active` tinyint(1) unsigned NOT NULL default 0,
  `changeable` tinyint(1) unsigned NOT NULL default 1,
  `version` varchar(10) NOT NULL default '',
  `state` varchar(20) NOT NULL default '',
  `reqphp` varchar(10) NOT NULL default '',
  `reqmysql` varchar(10) NOT NULL default '',
  PRIMARY KEY (name)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_smilies (
  `shortcut` varchar(16) NOT NULL default '',
  `image` varchar(80) NOT NULL default '',
  PRIMARY KEY (shortcut)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_variables (
  `shortcut` varchar(20) NOT NULL default '',
  `title` varchar(120) NOT NULL default '',
  PRIMARY KEY (shortcut)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_stats_auth (
  `sessid` varchar(256) NOT NULL default '',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `login` enum('0','1') NOT NULL default '0',
  `ip` varbinary(16) NOT NULL default '',
  `logtime` int(11) unsigned NOT NULL default 0,
  `logintime` int(11) unsigned NOT NULL default 0,
  `hits` int(11) unsigned NOT NULL default 0,
  `lasthit` int(11) unsigned NOT NULL default 0,
  `lastajaxhit` int(11) unsigned NOT NULL default 0,
  `lasthiturl` varchar(100) NOT NULL default '',
  `visits` mediumint(11) unsigned NOT NULL default 0,
  PRIMARY KEY (sessid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_ip_blacklist (
  `ip` varbinary(16) NOT NULL default '',
  `module` char(20) NOT NULL default '',
  PRIMARY KEY (ip)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_ip_locklist (
  `ip` varbinary(16) NOT NULL default '',
  `module` char(20) NOT NULL default '',
  PRIMARY KEY (ip)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_ip_hits (
  `id` int(11) unsigned NOT NULL  auto_increment,
  `ip` varbinary(16) NULL,
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_translation (
  `tid` int(11) unsigned NOT NULL default 0,
  `id` char(32) NOT NULL default '',
  `file` char(40) NOT NULL default '',
  `org` varchar(255) NOT NULL default '',
  `de` varchar(255) NOT NULL default '',
  `en` varchar(255) NOT NULL default '',
  `es` varchar(255) NOT NULL default '',
  `fr` varchar(255) NOT NULL default '',
  `nl` varchar(255) NOT NULL default '',
  `it` varchar(255) NOT NULL default '',
  `obsolete` tinyint(1) unsigned NOT NULL default 0,
  PRIMARY KEY (id, file)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_translation_long (
  `tid` int(11) unsigned NOT NULL default 0,
  `id` char(32) NOT NULL default '',
  `file` char(40) NOT NULL default '',
  `org` text NOT NULL,
  `de` text NOT NULL,
  `en` text NOT NULL,
  `es` text NOT NULL,
  `fr` text NOT NULL,
  `nl` text NOT NULL,
  `it` text NOT NULL,
  `obsolete` tinyint(1) unsigned NOT NULL default 0,
  PRIMARY KEY (id, file)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_login_errors (
  `errorid` int(11) unsigned NOT NULL  auto_increment,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `ip` varbinary(16) NULL,
  `time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (errorid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_ratings (
  `ratingid` int(11) unsigned NOT NULL  auto_increment,
  `ref_id` int(11) unsigned NOT NULL default 0,
  `ref_name` char(20) NOT NULL default '',
  `creatorid` mediumint(8) unsigned NOT NULL default 0,
  `date` datetime NOT NULL,
  `score` int(11) NOT NULL default 0,
  PRIMARY KEY (ratingid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_lastread (
  `readid` int(11) unsigned NOT NULL  auto_increment,
  `tab` varchar(100) NOT NULL default '',
  `entryid` int(11) unsigned NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `date` datetime NOT NULL,
  PRIMARY KEY (readid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_boxes (
  `boxid` smallint(5) unsigned NOT NULL  auto_increment,
  `name` varchar(20) NOT NULL default '',
  `place` tinyint(3) unsigned NOT NULL default 0,
  `pos` smallint(5) unsigned NOT NULL default 0,
  `active` tinyint(1) unsigned NOT NULL default 0,
  `internet` tinyint(1) unsigned NOT NULL default 0,
  `login` tinyint(1) unsigned NOT NULL default 0,
  `module` varchar(20) NOT NULL default '',
  `source` varchar(20) NOT NULL default '',
  `callback` varchar(20) NOT NULL default '',
  PRIMARY KEY (boxid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_cookie (
  `cookieid` int(11) unsigned NOT NULL  auto_increment,
  `password` char(32) NOT NULL default '',
  `lastchange` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  PRIMARY KEY (cookieid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module install
CREATE TABLE IF NOT EXISTS ls_plugin (
  `pluginid` int(11) unsigned NOT NULL  auto_increment,
  `caption` varchar(20) NOT NULL default '',
  `module` varchar(20) NOT NULL default '',
  `pluginType` 
                    enum('home','signon','systemtest','usrmgr_details_tab','usrmgr_details_main','usrmgr_search') NOT NULL default 'home',
  `pos` tinyint(3) unsigned NOT NULL default 0,
  `icon` varchar(16) NOT NULL default '',
  PRIMARY KEY (pluginid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module beamer
CREATE TABLE IF NOT EXISTS ls_beamer_content (
  `bcID` int(11) NOT NULL  auto_increment,
  `contentType` enum('text', 'wrapper', 'video', 'audio', 'image', 'turnier') NOT NULL default 'text',
  `caption` varchar(250) NOT NULL default '',
  `maxRepeats` int(6) NOT NULL default 0,
  `currentRepeats` int(6) NOT NULL default 0,
  `active` tinyint(1) NOT NULL default 0,
  `lastView` int(11) NOT NULL default 0,
  `b1` tinyint(1) NOT NULL default 0,
  `b2` tinyint(1) NOT NULL default 0,
  `b3` tinyint(1) NOT NULL default 0,
  `b4` tinyint(1) NOT NULL default 0,
  `b5` tinyint(1) NOT NULL default 0,
  `contentData` text NOT NULL,
  PRIMARY KEY (bcID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module board
CREATE TABLE IF NOT EXISTS ls_board_forums (
  `fid` int(3) NOT NULL  auto_increment,
  `name` varchar(30) NOT NULL default '',
  `description` varchar(255) NOT NULL default '',
  `pos` int(3) NOT NULL default 0,
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `need_type` tinyint(1) NOT NULL default 0,
  `need_group` mediumint(8) unsigned NOT NULL default 0,
  `board_group` varchar(100) NOT NULL default '',
  PRIMARY KEY (fid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module board
CREATE TABLE IF NOT EXISTS ls_board_threads (
  `tid` int(7) NOT NULL  auto_increment,
  `fid` int(3) NOT NULL default 0,
  `caption` varchar(50) NOT NULL default '',
  `views` int(8) NOT NULL default 0,
  `changedate` timestamp NULL,
  `closed` tinyint(1) NOT NULL default 0,
  `sticky` tinyint(1) NOT NULL default 0,
  `label` int(4) NOT NULL default 0,
  PRIMARY KEY (tid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module board
CREATE TABLE IF NOT EXISTS ls_board_posts (
  `pid` int(7) NOT NULL  auto_increment,
  `tid` int(7) NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `comment` text NOT NULL,
  `date` datetime NOT NULL,
  `changedate` datetime NOT NULL,
  `changecount` int(6) NOT NULL default 0,
  `ip` varbinary(16) NULL,
  `file` varchar(255) NOT NULL default '',
  PRIMARY KEY (pid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module board
CREATE TABLE IF NOT EXISTS ls_board_bookmark (
  `bid` int(6) NOT NULL  auto_increment,
  `fid` int(7) NOT NULL default 0,
  `tid` int(7) NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `email` int(2) NOT NULL default 0,
  `sysemail` int(2) NOT NULL default 0,
  PRIMARY KEY (bid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module bugtracker
CREATE TABLE IF NOT EXISTS ls_bugtracker (
  `bugid` int(11) NOT NULL  auto_increment,
  `caption` varchar(100) NOT NULL default '',
  `text` text NOT NULL,
  `version` varchar(20) NOT NULL default '',
  `url` varchar(50) NOT NULL default '',
  `reporter` mediumint(8) unsigned NOT NULL default 0,
  `agent` mediumint(8) unsigned NOT NULL default 0,
  `priority` int(1) NOT NULL default 0,
  `date` datetime NOT NULL,
  `fixdate` datetime NULL,
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `type` int(2) NOT NULL default 0,
  `module` varchar(40) NOT NULL default '',
  `state` int(2) NOT NULL default 0,
  `file` varchar(255) NOT NULL default '',
  `price` int(4) NOT NULL default 0,
  `price_payed` int(4) NOT NULL default 0,
  `revision` int(11) NOT NULL default 0,
  `private` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (bugid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module cashmgr
CREATE TABLE IF NOT EXISTS ls_cashmgr_accounting (
  `ID` bigint(20) NOT NULL  auto_increment,
  `groupid` mediumint(8) unsigned NOT NULL default 0,
  `toUserid` mediumint(8) unsigned NOT NULL default 0,
  `fromUserid` mediumint(8) unsigned NOT NULL default 0,
  `partyid` int(6) NOT NULL default 0,
  `modul` VARCHAR(50) NOT NULL default '',
  `actiontime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `movement` float NOT NULL default 0,
  `comment` varchar(255) NOT NULL default '',
  `fix` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (ID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module cashmgr
CREATE TABLE IF NOT EXISTS ls_cashmgr_group (
  `ID` int(6) NOT NULL  auto_increment,
  `caption` VARCHAR(30) NOT NULL default '',
  PRIMARY KEY (ID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module clanmgr
CREATE TABLE IF NOT EXISTS ls_clan (
  `clanid` mediumint(8) unsigned NOT NULL  auto_increment,
  `name` varchar(50) NOT NULL default '',
  `password` char(32) NOT NULL default '',
  `url` varchar(200) NOT NULL default '',
  `clanlogo_path` varchar(255) NOT NULL default '',
  PRIMARY KEY (clanid),
  UNIQUE KEY name (name)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module cron2
CREATE TABLE IF NOT EXISTS ls_cron (
  `jobid` int(8) NOT NULL  auto_increment,
  `name` varchar(70) NOT NULL default '',
  `function` text NOT NULL,
  `type` varchar(3) NOT NULL default 'sql',
  `active` tinyint(1) NOT NULL default 0,
  `lastrun` datetime NOT NULL,
  `runtime` int NULL,
  `runat` time NOT NULL,
  `last_error` text NULL,
  `error_runs` smallint NOT NULL default 0,
  PRIMARY KEY (jobid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module downloads
CREATE TABLE IF NOT EXISTS ls_download_dirs (
  `dirid` int(11) NOT NULL  auto_increment,
  `name` varchar(255) NOT NULL default '',
  `text` text NOT NULL,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `allow_upload` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (dirid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module downloads
CREATE TABLE IF NOT EXISTS ls_download_urls (
  `urlid` int(11) NOT NULL  auto_increment,
  `dir` varchar(255) NOT NULL default '',
  `link` varchar(255) NOT NULL default '',
  PRIMARY KEY (urlid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module downloads
CREATE TABLE IF NOT EXISTS ls_download_stats (
  `downloadid` int(11) NOT NULL  auto_increment,
  `time` datetime NOT NULL,
  `file` varchar(255) NOT NULL default '',
  `hits` int(10) NOT NULL default 0,
  PRIMARY KEY (downloadid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module faq
CREATE TABLE IF NOT EXISTS ls_faq_cat (
  `catid` int(11) NOT NULL  auto_increment,
  `poster` mediumint(8) unsigned NOT NULL default 0,
  `date` int(15) NOT NULL default 0,
  `name` varchar(70) NOT NULL default '',
  `changedate` timestamp NULL,
  PRIMARY KEY (catid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module faq
CREATE TABLE IF NOT EXISTS ls_faq_item (
  `itemid` int(11) NOT NULL  auto_increment,
  `catid` int(5) NOT NULL default 0,
  `poster` mediumint(8) unsigned NOT NULL default 0,
  `date` int(15) NOT NULL default 0,
  `caption` varchar(100) NOT NULL default '',
  `text` longtext NOT NULL,
  PRIMARY KEY (itemid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_accounting (
  `ID` bigint(20) NOT NULL  auto_increment,
  `userID` mediumint(8) unsigned NOT NULL default 0,
  `actiontime` datetime NOT NULL,
  `movement` float NOT NULL default 0,
  `comment` varchar(255) NOT NULL default '',
  PRIMARY KEY (ID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_cat (
  `cat_id` int(6) NOT NULL  auto_increment,
  `name` varchar(80) NOT NULL default '',
  PRIMARY KEY (cat_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_supp (
  `supp_id` int(6) NOT NULL  auto_increment,
  `name` varchar(80) NOT NULL default '',
  `s_desc` varchar(255) NOT NULL default '',
  PRIMARY KEY (supp_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_product (
  `id` int(6) NOT NULL  auto_increment,
  `caption` varchar(80) NOT NULL default '0',
  `p_desc` longtext NOT NULL,
  `p_file` varchar(255) NOT NULL default '',
  `cat_id` int(6) NOT NULL default 0,
  `supp_id` int(6) NOT NULL default 0,
  `supp_infos` varchar(80) NOT NULL default '0',
  `p_type` int(6) NOT NULL default 0,
  `mat` tinyint(1) NOT NULL default 0,
  `chois` tinyint(1) NOT NULL default 0,
  `wait` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_option (
  `id` int(6) NOT NULL  auto_increment,
  `barcode` varchar(40) NOT NULL default '',
  `parentid` int(6) NOT NULL default 0,
  `caption` varchar(50) NOT NULL default '',
  `unit` varchar(40) NOT NULL default '0',
  `price` decimal(10,2) NOT NULL default 0,
  `pice` int(6) NOT NULL default 0,
  `eprice` decimal(10,2) NOT NULL default 0,
  `fix` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_ordering (
  `id` int(6) NOT NULL  auto_increment,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `partyid` int(6) NOT NULL default 0,
  `productid` int(6) NOT NULL default 0,
  `opts` varchar(50) NOT NULL default '',
  `pice` int(6) NOT NULL default 0,
  `status` int(2) NOT NULL default 0,
  `ordertime` int(15) NOT NULL default 0,
  `lastchange` int(15) NOT NULL default 0,
  `supplytime` int(15) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module foodcenter
CREATE TABLE IF NOT EXISTS ls_food_status (
  `id` int(2) NOT NULL  auto_increment,
  `statusname` varchar(30) NOT NULL default '0',
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module games
CREATE TABLE IF NOT EXISTS ls_game_hs (
  `id` int(11) NOT NULL  auto_increment,
  `game` varchar(10) NOT NULL default '',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `nick` varchar(20) NOT NULL default '',
  `score` int(6) NOT NULL default 0,
  `comment` varchar(100) NOT NULL default '',
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module guestbook
CREATE TABLE IF NOT EXISTS ls_guestbook (
  `guestbookid` int(5) NOT NULL  auto_increment,
  `caption` varchar(35) NOT NULL default '',
  `text` longtext NOT NULL,
  `date` int(15) NOT NULL default 0,
  `poster` varchar(20) NOT NULL default '0',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  PRIMARY KEY (guestbookid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module hardware
CREATE TABLE IF NOT EXISTS ls_hardware (
  `hardwareid` int(6) NOT NULL  auto_increment,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `cpu` varchar(200) NOT NULL default '',
  `ram` varchar(200) NOT NULL default '',
  `graka` varchar(200) NOT NULL default '',
  `hdd1` varchar(200) NOT NULL default '',
  `hdd2` varchar(200) NOT NULL default '',
  `maus` varchar(200) NOT NULL default '',
  `tasta` varchar(200) NOT NULL default '',
  `monitor` varchar(200) NOT NULL default '',
  `picurl` varchar(200) NOT NULL default '',
  `sonstiges` text NOT NULL,
  `os` varchar(200) NOT NULL default '',
  `name` varchar(200) NOT NULL default '',
  PRIMARY KEY (hardwareid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module info2
CREATE TABLE IF NOT EXISTS ls_info (
  `infoID` int(11) NOT NULL  auto_increment,
  `active` tinyint(1) NOT NULL default 0,
  `caption` varchar(250) NOT NULL default '',
  `shorttext` varchar(250) NOT NULL default '',
  `text` text NOT NULL,
  `caption_en` varchar(250) NOT NULL default '',
  `shorttext_en` varchar(250) NOT NULL default '',
  `text_en` text NOT NULL,
  `caption_es` varchar(250) NOT NULL default '',
  `shorttext_es` varchar(250) NOT NULL default '',
  `text_es` text NOT NULL,
  `caption_fr` varchar(250) NOT NULL default '',
  `shorttext_fr` varchar(250) NOT NULL default '',
  `text_fr` text NOT NULL,
  `caption_nl` varchar(250) NOT NULL default '',
  `shorttext_nl` varchar(250) NOT NULL default '',
  `text_nl` text NOT NULL,
  `caption_it` varchar(250) NOT NULL default '',
  `shorttext_it` varchar(250) NOT NULL default '',
  `text_it` text NOT NULL,
  `picture` varchar(50) NOT NULL default '',
  `sortorder` tinyint(2) NOT NULL default 0,
  `partyid` int(11) NOT NULL default 0,
  `link` varchar(255) NOT NULL default '',
  PRIMARY KEY (infoID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module info2
CREATE TABLE IF NOT EXISTS ls_infocat (
  `infocatID` int(11) NOT NULL  auto_increment,
  `active` tinyint(1) NOT NULL default 1,
  `category` tinyint(2) NOT NULL default 0,
  `title` varchar(250) NOT NULL default '',
  `infogroup` varchar(50) NOT NULL default 'keine',
  `descr` varchar(250) NULL,
  `text1` text NULL,
  `picture` varchar(50) NULL,
  `sortorder` tinyint(2) NOT NULL default 0,
  PRIMARY KEY (infocatID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module mail
CREATE TABLE IF NOT EXISTS ls_buddys (
  `id` int(50) NOT NULL  auto_increment,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `buddyid` mediumint(8) unsigned NOT NULL default 0,
  `group_user` varchar(150) NOT NULL default '0',
  `group_buddy` varchar(150) NOT NULL default '0',
  `friendship_status` tinyint(1) NOT NULL default 0,
  `whodeleted` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module mail
CREATE TABLE IF NOT EXISTS ls_mail_messages (
  `mailID` int(11) NOT NULL  auto_increment,
  `mail_status` enum('active','delete','disabled') NOT NULL default 'active',
  `label` int(1) NOT NULL default 0,
  `des_status` enum('new','read','reply') NOT NULL default 'new',
  `fromUserID` mediumint(8) unsigned NOT NULL default 0,
  `toUserID` mediumint(8) unsigned NOT NULL default 0,
  `Subject` varchar(100) NOT NULL default '',
  `msgbody` mediumtext NOT NULL,
  `tx_date` datetime NOT NULL,
  `rx_date` datetime NOT NULL,
  `tx_deleted` tinyint(1) NOT NULL default 0,
  `rx_deleted` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (mailID)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module msgsys
CREATE TABLE IF NOT EXISTS ls_messages (
  `id` int(50) NOT NULL  auto_increment,
  `senderid` mediumint(8) unsigned NOT NULL default 0,
  `receiverid` mediumint(8) unsigned NOT NULL default 0,
  `text` text NOT NULL,
  `new` int(1) NOT NULL default 0,
  `timestamp` int(50) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module news
CREATE TABLE IF NOT EXISTS ls_news (
  `newsid` int(5) NOT NULL  auto_increment,
  `caption` varchar(35) NOT NULL default '',
  `text` text NOT NULL,
  `icon` varchar(255) NOT NULL default '',
  `date` datetime NOT NULL,
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `poster` mediumint(8) unsigned NOT NULL default 0,
  `priority` int(1) NOT NULL default 0,
  `top` int(1) NOT NULL default 0,
  `link_1` varchar(255) NOT NULL default '',
  `link_2` varchar(255) NOT NULL default '',
  `link_3` varchar(255) NOT NULL default '',
  PRIMARY KEY (newsid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module noc
CREATE TABLE IF NOT EXISTS ls_noc_devices (
  `id` tinyint(3) unsigned NOT NULL  auto_increment,
  `name` varchar(30) NOT NULL default '',
  `ip` varbinary(16) NOT NULL default '',
  `writecommunity` varchar(30) NOT NULL default '',
  `readcommunity` varchar(30) NOT NULL default '',
  `sysName` varchar(30) NOT NULL default '',
  `sysContact` varchar(30) NOT NULL default '',
  `sysLocation` varchar(30) NOT NULL default '',
  `sysUpTime` varchar(60) NOT NULL default '',
  `sysDescr` varchar(255) NOT NULL default '',
  `ports` int(3) unsigned NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module noc
CREATE TABLE IF NOT EXISTS ls_noc_ports (
  `portid` int(4) unsigned NOT NULL  auto_increment,
  `deviceid` int(4) unsigned NOT NULL default 0,
  `portnr` int(3) unsigned NOT NULL default 0,
  `ip` varbinary(16) NULL,
  `mac` varchar(17) NULL,
  `bytesIn` bigint(20) unsigned NULL,
  `bytesOut` bigint(20) unsigned NULL,
  `speed` varchar(50) NULL,
  `linkstatus` varchar(10) NOT NULL default 'up(1)',
  `adminstatus` varchar(8) NOT NULL default 'up(1)',
  `type` enum('rj45','lwl','lo','system') NOT NULL default 'rj45',
  `indexname` varchar(30) NULL,
  `seatnr` int(10) NULL,
  PRIMARY KEY (portid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module noc
CREATE TABLE IF NOT EXISTS ls_noc_statistics (
  `time` int(10) unsigned NOT NULL default 0,
  `transferedbytes` bigint(16) unsigned NULL,
  `ports` smallint(5) unsigned NOT NULL default 0,
  `occupiedports` smallint(5) unsigned NOT NULL default 0,
  PRIMARY KEY (time)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module party
CREATE TABLE IF NOT EXISTS ls_partys (
  `party_id` int(20) NOT NULL  auto_increment,
  `evening_price_id` int(20) NOT NULL default 0,
  `max_guest` int(11) NOT NULL default 0,
  `name` varchar(50) NOT NULL default '',
  `ort` varchar(160) NOT NULL default 'integer',
  `plz` varchar(10) NOT NULL default '',
  `startdate` datetime NOT NULL,
  `enddate` datetime NOT NULL,
  `sstartdate` datetime NOT NULL,
  `senddate` datetime NOT NULL,
  `checked` datetime NOT NULL,
  `minage` int(2) NOT NULL default 0,
  PRIMARY KEY (party_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module party
CREATE TABLE IF NOT EXISTS ls_party_prices (
  `price_id` int(20) NOT NULL  auto_increment,
  `party_id` int(20) NOT NULL default 0,
  `price_text` varchar(30) NOT NULL default 'integer',
  `price` varchar(10) NOT NULL default '',
  `depot_desc` varchar(30) NOT NULL default '',
  `depot_price` int(15) NOT NULL default 0,
  `group_id` mediumint(8) unsigned NOT NULL default 0,
  `requirement` int(15) NOT NULL default 0,
  `enddate` datetime NOT NULL,
  PRIMARY KEY (price_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module party
CREATE TABLE IF NOT EXISTS ls_party_user (
  `party_id` int(20) NOT NULL default 0,
  `user_id` mediumint(8) unsigned NOT NULL default 0,
  `price_id` int(20) NOT NULL default 0,
  `paid` int(1) NOT NULL default 0,
  `paiddate` datetime NOT NULL,
  `seatcontrol` int(1) NOT NULL default 0,
  `checkin` datetime NOT NULL,
  `checkout` datetime NOT NULL,
  `signondate` datetime NOT NULL,
  `exported` boolean NULL
) ENGINE = MyISAM CHARACTER SET utf8;

-- module partylist
CREATE TABLE IF NOT EXISTS ls_partylist (
  `partyid` int(5) NOT NULL  auto_increment,
  `name` varchar(35) NOT NULL default '',
  `motto` varchar(255) NOT NULL default '',
  `text` text NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `url` varchar(255) NOT NULL default '',
  `ls_url` varchar(255) NOT NULL default '',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `city` varchar(50) NOT NULL default '',
  `plz` varchar(10) NOT NULL default '',
  `street` varchar(50) NOT NULL default '',
  `hnr` varchar(10) NOT NULL default '',
  PRIMARY KEY (partyid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module pdf
CREATE TABLE IF NOT EXISTS ls_pdf_data (
  `pdfid` int(6) NOT NULL  auto_increment,
  `template_id` int(6) NOT NULL default 0,
  `visible` int(1) NOT NULL default 0,
  `type` varchar(30) NOT NULL default '',
  `pos_x` int(3) NOT NULL default 0,
  `pos_y` int(3) NOT NULL default 0,
  `end_x` int(3) NOT NULL default 0,
  `end_y` int(3) NOT NULL default 0,
  `align` varchar(1) NOT NULL default 'L',
  `font` varchar(30) NOT NULL default 'Arial',
  `fontsize` int(3) NOT NULL default 12,
  `red` int(3) NOT NULL default 12,
  `green` int(3) NOT NULL default 12,
  `blue` int(3) NOT NULL default 12,
  `text` varchar(100) NOT NULL default '',
  `border` int(1) NOT NULL default 0,
  `user_type` int(3) NOT NULL default 0,
  `sort` int(5) NOT NULL default 0,
  PRIMARY KEY (pdfid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module pdf
CREATE TABLE IF NOT EXISTS ls_pdf_list (
  `template_id` int(6) NOT NULL  auto_increment,
  `template_type` varchar(20) NOT NULL default '',
  `name` varchar(100) NOT NULL default '',
  PRIMARY KEY (template_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module pdf
CREATE TABLE IF NOT EXISTS ls_pdf_printed (
  `template_id` int(6) NOT NULL default 0,
  `item_id` varchar(100) NOT NULL default '',
  `time` int(10) unsigned NOT NULL default 0
) ENGINE = MyISAM CHARACTER SET utf8;

-- module picgallery
CREATE TABLE IF NOT EXISTS ls_gallery (
  `galleryid` int(5) NOT NULL  auto_increment,
  `caption` varchar(40) NOT NULL default '',
  `comment` tinytext NOT NULL,
  `status` tinyint(4) NOT NULL default 0,
  `changedate` timestamp NULL,
  PRIMARY KEY (galleryid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module picgallery
CREATE TABLE IF NOT EXISTS ls_picgallery (
  `picid` int(6) NOT NULL  auto_increment,
  `galleryid` int(6) NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `caption` varchar(30) NOT NULL default '',
  `name` varchar(100) NOT NULL default '',
  `clicks` int(6) NOT NULL default 0,
  `changedate` timestamp NULL,
  PRIMARY KEY (picid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module poll
CREATE TABLE IF NOT EXISTS ls_polls (
  `pollid` int(6) NOT NULL  auto_increment,
  `caption` varchar(80) NOT NULL default '',
  `comment` text NOT NULL,
  `anonym` tinyint(1) NOT NULL default 0,
  `multi` tinyint(1) NOT NULL default 0,
  `endtime` datetime NOT NULL,
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `group_id` mediumint(8) unsigned NOT NULL default 0,
  `requirement` int(10) NOT NULL default 0,
  PRIMARY KEY (pollid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module poll
CREATE TABLE IF NOT EXISTS ls_polloptions (
  `polloptionid` int(6) NOT NULL  auto_increment,
  `pollid` int(6) NOT NULL default 0,
  `caption` varchar(80) NOT NULL default '',
  PRIMARY KEY (polloptionid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module poll
CREATE TABLE IF NOT EXISTS ls_pollvotes (
  `pollvoteid` int(6) NOT NULL  auto_increment,
  `polloptionid` int(6) NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  PRIMARY KEY (pollvoteid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module rent
CREATE TABLE IF NOT EXISTS ls_rentstuff (
  `stuffid` int(6) NOT NULL  auto_increment,
  `caption` varchar(30) NOT NULL default '',
  `comment` varchar(100) NOT NULL default '',
  `quantity` int(5) NOT NULL default 0,
  `ownerid` mediumint(8) unsigned NOT NULL default 0,
  `changedate` timestamp NULL,
  PRIMARY KEY (stuffid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module rent
CREATE TABLE IF NOT EXISTS ls_rentuser (
  `rentid` smallint(6) unsigned NOT NULL  auto_increment,
  `stuffid` int(6) NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `out_orgaid` mediumint(8) unsigned NOT NULL default 0,
  `back_orgaid` mediumint(8) unsigned NOT NULL default 0,
  `comment` text NOT NULL,
  `changedate` timestamp NULL,
  PRIMARY KEY (rentid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module seating
CREATE TABLE IF NOT EXISTS ls_seat_block (
  `blockid` int(11) NOT NULL  auto_increment,
  `party_id` int(20) NOT NULL default 0,
  `group_id` mediumint(8) unsigned NOT NULL default 0,
  `price_id` int(20) NOT NULL default 0,
  `rows` int(3) NOT NULL default 0,
  `cols` int(3) NOT NULL default 0,
  `name` varchar(255) NOT NULL default '',
  `orientation` enum('0','1') NOT NULL default '0',
  `u18` enum('0','1') NOT NULL default '0',
  `remark` text NOT NULL,
  `text_tl` varchar(255) NOT NULL default '',
  `text_tc` varchar(255) NOT NULL default '',
  `text_tr` varchar(255) NOT NULL default '',
  `text_lt` varchar(255) NOT NULL default '',
  `text_lc` varchar(255) NOT NULL default '',
  `text_lb` varchar(255) NOT NULL default '',
  `text_rt` varchar(255) NOT NULL default '',
  `text_rc` varchar(255) NOT NULL default '',
  `text_rb` varchar(255) NOT NULL default '',
  `text_bl` varchar(255) NOT NULL default '',
  `text_bc` varchar(255) NOT NULL default '',
  `text_br` varchar(255) NOT NULL default '',
  PRIMARY KEY (blockid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module seating
CREATE TABLE IF NOT EXISTS ls_seat_seats (
  `seatid` int(11) NOT NULL  auto_increment,
  `blockid` int(11) NOT NULL default 0,
  `col` int(3) NOT NULL default 0,
  `row` int(3) NOT NULL default 0,
  `status` int(5) NOT NULL default 1,
  `ip` varbinary(16) NOT NULL default '',
  `userid` mediumint(8) unsigned NOT NULL default 0,
  PRIMARY KEY (seatid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module seating
CREATE TABLE IF NOT EXISTS ls_seat_sep (
  `sepid` int(11) NOT NULL  auto_increment,
  `blockid` int(11) NOT NULL default 0,
  `orientation` enum('0','1') NOT NULL default '0',
  `value` tinyint(3) unsigned NOT NULL default 0,
  PRIMARY KEY (sepid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module server
CREATE TABLE IF NOT EXISTS ls_server (
  `serverid` int(5) NOT NULL  auto_increment,
  `owner` mediumint(8) unsigned NOT NULL default 0,
  `caption` varchar(35) NOT NULL default '',
  `party_id` int(11) NOT NULL default 0,
  `text` longtext NOT NULL,
  `ip` varbinary(16) NOT NULL default '',
  `mac` varchar(50) NOT NULL default '',
  `port` int(5) NOT NULL default 0,
  `os` varchar(50) NOT NULL default '',
  `cpu` varchar(50) NOT NULL default '0',
  `ram` varchar(50) NOT NULL default '0',
  `hdd` varchar(50) NOT NULL default '0',
  `type` varchar(15) NOT NULL default '',
  `pw` tinyint(1) NOT NULL default 0,
  `changedate` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `lastscan` datetime NOT NULL,
  `scans` int(11) NOT NULL default 0,
  `available` int(1) NOT NULL default 0,
  `success` int(11) NOT NULL default 0,
  `special_info` text NULL,
  PRIMARY KEY (serverid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module shoutbox
CREATE TABLE IF NOT EXISTS ls_shoutbox (
  `id` int(50) NOT NULL  auto_increment,
  `userid` int(6) NOT NULL default 0,
  `name` varchar(255) NOT NULL default '',
  `message` tinytext NOT NULL,
  `created` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `ip` varbinary(16) NOT NULL default '',
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module sponsor
CREATE TABLE IF NOT EXISTS ls_sponsor (
  `sponsorid` int(11) NOT NULL  auto_increment,
  `name` varchar(255) NOT NULL default '',
  `url` varchar(255) NOT NULL default '',
  `hits` int(11) NOT NULL default 0,
  `views` int(11) NOT NULL default 0,
  `hits_banner` int(11) NOT NULL default 0,
  `views_banner` int(11) NOT NULL default 0,
  `hits_box` int(11) NOT NULL default 0,
  `views_box` int(11) NOT NULL default 0,
  `text` text NOT NULL,
  `date` timestamp NULL,
  `pic_path` text NOT NULL,
  `pic_path_banner` text NOT NULL,
  `pic_path_button` text NOT NULL,
  `ssl_hide_banner` tinyint(1) NOT NULL default 0,
  `ssl_hide_button` tinyint(1) NOT NULL default 0,
  `active` int(1) NOT NULL default 1,
  `rotation` int(1) NOT NULL default 1,
  `sponsor` int(1) NOT NULL default 1,
  `pos` int(11) NOT NULL default 0,
  `tournamentid` tinyint(3) unsigned NOT NULL default 0,
  PRIMARY KEY (sponsorid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module stats
CREATE TABLE IF NOT EXISTS ls_stats (
  `id` int(11) NOT NULL default 0,
  `size` int(11) NOT NULL default 0,
  `time` int(11) NOT NULL default 0,
  `hits` int(11) NOT NULL default 0,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module stats
CREATE TABLE IF NOT EXISTS ls_stats_se (
  `term` varchar(255) NOT NULL default '',
  `se` enum("", "google", "yahoo", "altavista", "msn", "aol_de", "aol_com", "web_de") NOT NULL default '',
  `hits` int(10) NOT NULL default 0,
  `first` datetime NOT NULL,
  `last` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (term, se)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module stats
CREATE TABLE IF NOT EXISTS ls_stats_usage (
  `time` datetime NOT NULL,
  `visits` int(10) NOT NULL default 0,
  `hits` int(10) NOT NULL default 0,
  PRIMARY KEY (time)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module stats
CREATE TABLE IF NOT EXISTS ls_stats_browser (
  `id` int(11) NOT NULL  auto_increment,
  `useragent` varchar(200) NOT NULL default '',
  `referrer` varchar(255) NOT NULL default '',
  `accept_language` varchar(100) NOT NULL default '',
  `time` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module tournament2
CREATE TABLE IF NOT EXISTS ls_t2_games (
  `gameid` int(6) NOT NULL  auto_increment,
  `tournamentid` tinyint(3) unsigned NOT NULL default 0,
  `leaderid` mediumint(8) unsigned NOT NULL default 0,
  `lastchange` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `round` float NOT NULL default 0,
  `position` int(6) NOT NULL default 0,
  `score` int(6) NOT NULL default 0,
  `comment` text NOT NULL,
  `group_nr` int(6) NOT NULL default 0,
  `server_id` int(11) NOT NULL default 0,
  PRIMARY KEY (gameid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module tournament2
CREATE TABLE IF NOT EXISTS ls_t2_teammembers (
  `memberid` int(6) unsigned NOT NULL  auto_increment,
  `tournamentid` tinyint(3) unsigned NOT NULL default 0,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `teamid` smallint(5) unsigned NOT NULL default 0,
  PRIMARY KEY (memberid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module tournament2
CREATE TABLE IF NOT EXISTS ls_t2_teams (
  `teamid` smallint(5) unsigned NOT NULL  auto_increment,
  `tournamentid` tinyint(3) unsigned NOT NULL default 0,
  `name` varchar(25) NOT NULL default '',
  `leaderid` mediumint(8) unsigned NOT NULL default 0,
  `comment` text NOT NULL,
  `seeding_mark` enum('0','1') NOT NULL default '0',
  `disqualified` enum('0','1') NOT NULL default '0',
  `banner` varchar(255) NOT NULL default '',
  `password` char(32) NOT NULL default '',
  PRIMARY KEY (teamid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module tournament2
CREATE TABLE IF NOT EXISTS ls_tournament_tournaments (
  `tournamentid` tinyint(3) unsigned NOT NULL  auto_increment,
  `party_id` int(20) NOT NULL default 0,
  `name` varchar(40) NOT NULL default '',
  `game` varchar(40) NOT NULL default '',
  `version` varchar(40) NOT NULL default '',
  `maxteams` enum('8','16','32','64','128','256','512','1024') NOT NULL default '1024',
  `teamplayer` tinyint(3) unsigned NOT NULL default 0,
  `starttime` datetime NOT NULL,
  `endtime` datetime NOT NULL,
  `duration` smallint(5) unsigned NOT NULL default 0,
  `round` tinyint(3) unsigned NOT NULL default 0,
  `comment` text NOT NULL,
  `rules` text NOT NULL,
  `rules_ext` varchar(255) NOT NULL default '',
  `icon` varchar(255) NOT NULL default '',
  `mode` enum('single','double','liga','groups','all') NOT NULL default 'double',
  `status` enum('invisible','open','process','closed','locked') NOT NULL default 'open',
  `tournamentadmin` mediumint(8) unsigned NOT NULL default 0,
  `techadmin` mediumint(8) unsigned NOT NULL default 0,
  `over18` enum('0','1') NOT NULL default '0',
  `groupid` tinyint(3) unsigned NOT NULL default 0,
  `coins` tinyint(3) unsigned NOT NULL default 0,
  `max_games` tinyint(3) unsigned NOT NULL default 0,
  `game_duration` int(15) NOT NULL default 0,
  `break_duration` smallint(5) unsigned NOT NULL default 0,
  `defwin_on_time_exceed` enum('0','1') NOT NULL default '0',
  `blind_draw` enum('0','1') NOT NULL default '0',
  `mapcycle` text NOT NULL,
  PRIMARY KEY (tournamentid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module tournament2
CREATE TABLE IF NOT EXISTS ls_t2_breaks (
  `breakid` int(6) NOT NULL  auto_increment,
  `tournamentid` tinyint(3) unsigned NOT NULL default 0,
  `start` datetime NOT NULL,
  `duration` int(11) NOT NULL default 0,
  PRIMARY KEY (breakid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module troubleticket
CREATE TABLE IF NOT EXISTS ls_troubleticket (
  `ttid` int(11) NOT NULL  auto_increment,
  `created` int(11) NULL,
  `verified` int(11) NULL,
  `process` int(11) NULL,
  `finished` int(11) NULL,
  `status` tinyint(1) NOT NULL default 0,
  `processstatus` tinyint(1) NOT NULL default 0,
  `priority` tinyint(1) NOT NULL default 0,
  `origin_userid` mediumint(8) unsigned NOT NULL default 0,
  `target_userid` mediumint(8) unsigned NOT NULL default 0,
  `target_userid_old` mediumint(8) unsigned NOT NULL default 0,
  `assignby_userid` mediumint(8) unsigned NOT NULL default 0,
  `orgaonly` tinyint(1) NOT NULL default 0,
  `caption` varchar(50) NOT NULL default '',
  `text` mediumtext NOT NULL,
  `orgacomment` mediumtext NOT NULL,
  `publiccomment` mediumtext NOT NULL,
  `cat` int(11) NOT NULL default 0,
  `changedate` timestamp NULL,
  PRIMARY KEY (ttid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module troubleticket
CREATE TABLE IF NOT EXISTS ls_troubleticket_cat (
  `cat_id` int(11) NOT NULL  auto_increment,
  `cat_text` varchar(30) NULL,
  `orga` int(11) NOT NULL default 0,
  PRIMARY KEY (cat_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module usrmgr
CREATE TABLE IF NOT EXISTS ls_user (
  `userid` mediumint(8) unsigned NOT NULL  auto_increment,
  `email` varchar(120) NOT NULL default '',
  `email_verified` tinyint(1) NOT NULL default 0,
  `username` varchar(25) NOT NULL default '',
  `password` char(32) NOT NULL default '',
  `type` tinyint(2) NOT NULL default 0,
  `name` varchar(50) NOT NULL default '',
  `firstname` varchar(50) NOT NULL default '',
  `clanid` mediumint(8) unsigned NOT NULL default 0,
  `clanadmin` tinyint(1) NOT NULL default 0,
  `logins` smallint(5) unsigned NOT NULL default 0,
  `lastlogin` datetime NOT NULL,
  `portnumber` smallint(5) unsigned NOT NULL default 0,
  `comment` text NOT NULL,
  `sex` tinyint(1) NOT NULL default 0,
  `street` varchar(50) NOT NULL default '',
  `hnr` varchar(5) NOT NULL default '',
  `plz` char(5) NOT NULL default '',
  `city` varchar(50) NOT NULL default '',
  `country` varchar(50) NOT NULL default '',
  `catering_discount` float NOT NULL default 0,
  `changedate` timestamp NULL,
  `fcode` char(25) NOT NULL default '',
  `birthday` date NULL,
  `show_birthday` tinyint(1) NOT NULL default 0,
  `newsletter` tinyint(1) NOT NULL default 0,
  `perso` char(36) NOT NULL default '',
  `group_id` mediumint(8) unsigned NOT NULL default 0,
  `votes_left` tinyint(3) NOT NULL default 0,
  `switch_back` char(32) NOT NULL default '',
  `barcode` bigint(20) NOT NULL default 0,
  `locked` tinyint(1) NOT NULL default 0,
  `picture` varchar(80) NOT NULL default '',
  `xmpp` varchar(120) NOT NULL default '',
  `skype` varchar(120) NOT NULL default '',
  `telefon` varchar(20) NOT NULL default '',
  `handy` varchar(20) NOT NULL default '',
  `design` varchar(20) NOT NULL default '',
  `avatar_path` varchar(100) NOT NULL default '',
  `signature` text NOT NULL,
  `show_me_in_map` tinyint(1) NOT NULL default 1,
  `lsmail_alert` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (userid),
  UNIQUE KEY email (email)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module usrmgr
CREATE TABLE IF NOT EXISTS ls_usersettings (
  `userid` int(6) NOT NULL default 0,
  `design` varchar(255) NOT NULL default '',
  `avatar_path` varchar(255) NOT NULL default '',
  `signature` text NOT NULL,
  `show_me_in_map` tinyint(1) NOT NULL default 1,
  `lsmail_alert` tinyint(1) NOT NULL default 0,
  PRIMARY KEY (userid)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module usrmgr
CREATE TABLE IF NOT EXISTS ls_user_permissions (
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `module` varchar(20) NOT NULL default ''
) ENGINE = MyISAM CHARACTER SET utf8;

-- module usrmgr
CREATE TABLE IF NOT EXISTS ls_user_fields (
  `fieldid` int(6) NOT NULL  auto_increment,
  `name` varchar(50) NOT NULL default '',
  `caption` varchar(255) NOT NULL default '',
  `optional` int(6) NOT NULL default 0,
  PRIMARY KEY (fieldid),
  UNIQUE KEY name (name)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module usrmgr
CREATE TABLE IF NOT EXISTS ls_party_usergroups (
  `group_id` mediumint(8) unsigned NOT NULL  auto_increment,
  `group_name` varchar(30) NOT NULL default '',
  `description` varchar(50) NOT NULL default '',
  `selection` int(10) NOT NULL default 0,
  `select_opts` varchar(50) NOT NULL default '',
  `pos` int(15) NOT NULL default 0,
  PRIMARY KEY (group_id)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module wiki
CREATE TABLE IF NOT EXISTS ls_wiki (
  `postid` int(11) NOT NULL  auto_increment,
  `name` varchar(255) NOT NULL default '',
  PRIMARY KEY (postid),
  UNIQUE KEY name (name)
) ENGINE = MyISAM CHARACTER SET utf8;

-- module wiki
CREATE TABLE IF NOT EXISTS ls_wiki_versions (
  `versionid` int(11) NOT NULL default 0,
  `postid` int(11) NOT NULL default 0,
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `userid` mediumint(8) unsigned NOT NULL default 0,
  `text` text NOT NULL,
  PRIMARY KEY (versionid, postid)
) ENGINE = MyISAM CHARACTER SET utf8;

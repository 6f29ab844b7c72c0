-- SneezyMUD (the SneezyMUD Coding Team; C++ MUD server, running since 1994), database `sneezy`
-- Upstream: github.com/sneezymud/sneezymud _Setup-data/sql_tables/sneezy/*.sql (mysqldump DDL, one file per
-- table), commit 2278e9a3efee7b557876c48a067c2466b8747fe5 (AGPL-3.0)
-- The CREATE TABLE statement of each of the 83 files is copied unchanged, in file-name order; the dump's
-- DROP TABLE and /*!...*/ session lines are left out. The applied migrations (_Setup-data/migrations/applied)
-- are already reflected there (0002 dropped tables that the folder no longer has; 0003 is tattoos.sql).
-- Left out: the second database `immortal` (builders' working copies of mob, obj, room and their extra tables,
-- the same columns plus the builder's name as `owner`).

CREATE TABLE `account` (
  `account_id` bigint(20) unsigned NOT NULL auto_increment,
  `email` varchar(80) default NULL,
  `passwd` varchar(13) default NULL,
  `name` varchar(80) default NULL,
  `birth` int(11) default NULL,
  `term` int(11) default NULL,
  `time_adjust` int(11) default NULL,
  `flags` int(11) default NULL,
  `last_logon` int(11) default NULL,
  UNIQUE KEY `account_id` (`account_id`),
  KEY `ix_account_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `blockedlist` (
  `player_id` int(11) default NULL,
  `blocked` varchar(33) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `board_message` (
  `board_vnum` int(11) NOT NULL,
  `post_num` int(11) default NULL,
  `date_posted` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `date_removed` timestamp NULL default NULL,
  `subject` varchar(80) default NULL,
  `author` varchar(80) default NULL,
  `post` text,
  KEY `ix__board_message__1` (`board_vnum`,`date_removed`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `brickquest` (
  `numbricks` int(11) default '0',
  `name` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `cgisession` (
  `session_id` varchar(32) default NULL,
  `account_id` int(11) default NULL,
  `duration` int(11) default NULL,
  `timeset` int(11) default NULL,
  `name` varchar(32) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `corpaccess` (
  `corp_id` int(11) NOT NULL,
  `access` int(11) NOT NULL,
  `player_id` int(11) default NULL,
  `name` varchar(80) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `corplog` (
  `corp_id` int(11) default NULL,
  `name` varchar(80) default NULL,
  `action` varchar(80) default NULL,
  `talens` int(11) default NULL,
  `corptalens` int(11) default NULL,
  `logtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `corporation` (
  `corp_id` bigint(20) unsigned NOT NULL auto_increment,
  `name` varchar(80) NOT NULL,
  `bank` int(11) default NULL,
  UNIQUE KEY `corp_id` (`corp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `drug_use` (
  `drug_id` int(11) default NULL,
  `player_id` int(11) default NULL,
  `first_use_sec` int(11) default NULL,
  `first_use_min` int(11) default NULL,
  `first_use_hour` int(11) default NULL,
  `first_use_day` int(11) default NULL,
  `first_use_mon` int(11) default NULL,
  `first_use_year` int(11) default NULL,
  `last_use_sec` int(11) default NULL,
  `last_use_min` int(11) default NULL,
  `last_use_hour` int(11) default NULL,
  `last_use_day` int(11) default NULL,
  `last_use_mon` int(11) default NULL,
  `last_use_year` int(11) default NULL,
  `total_consumed` int(11) default NULL,
  `current_consumed` int(11) default NULL,
  KEY `ix_drug_use_player_id` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `factionmembers` (
  `name` varchar(80) NOT NULL default '',
  `faction` varchar(8) default NULL,
  `level` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `factoryblueprint` (
  `vnum` int(11) default NULL,
  `supplytype` int(11) default NULL,
  `supplyamt` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `factoryproducing` (
  `shop_nr` int(11) default NULL,
  `vnum` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `factorysupplies` (
  `shop_nr` int(11) default NULL,
  `supplytype` int(11) default NULL,
  `supplyname` varchar(16) default NULL,
  `supplyamt` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `fishkeeper` (
  `name` varchar(80) NOT NULL default '',
  `weight` double default NULL,
  KEY `ix_fishkeeper_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `fishlargest` (
  `name` varchar(80) default NULL,
  `vnum` int(11) default NULL,
  `weight` double default NULL,
  KEY `ix_fishlargest_vnum` (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `gamblers` (
  `player_id` int(11) NOT NULL,
  `money` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `globaltoggles` (
  `tog_id` int(11) NOT NULL,
  `toggle` tinyint(1) default NULL,
  `testcode` tinyint(1) default NULL,
  `name` varchar(80) default NULL,
  `descr` varchar(256) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `immortal_exchange_coin` (
  `k_coin` int(11) NOT NULL auto_increment,
  `created_by` int(11) default NULL,
  `created_for` int(11) default NULL,
  `redeemed_by` int(11) default NULL,
  `redeemed_for` int(11) default NULL,
  `date_created` timestamp NULL default CURRENT_TIMESTAMP,
  `date_redeemed` timestamp NULL default NULL,
  `utility_flag` int(11) default NULL,
  KEY `ix__immortal_exchange_coin__1` (`k_coin`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `itemtypes` (
  `type` int(11) default NULL,
  `name` varchar(32) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `lowtasks` (
  `id` int(11) default NULL,
  `priority` int(11) default NULL,
  `assigned_to` varchar(80) default NULL,
  `task` text,
  `status` varchar(80) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mail` (
  `mailid` bigint(20) unsigned NOT NULL auto_increment,
  `port` int(11) default NULL,
  `mailfrom` varchar(80) default NULL,
  `mailto` varchar(80) default NULL,
  `timesent` varchar(32) default NULL,
  `content` varchar(4000) default NULL,
  `talens` int(11) default '0',
  `rent_id` int(11) default '0',
  UNIQUE KEY `mailid` (`mailid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `material` (
  `num` int(11) default NULL,
  `name` varchar(32) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mob` (
  `vnum` int(11) NOT NULL,
  `name` char(127) NOT NULL,
  `short_desc` char(127) NOT NULL,
  `long_desc` char(255) NOT NULL,
  `description` text NOT NULL,
  `actions` int(11) unsigned NOT NULL,
  `affects` int(11) unsigned NOT NULL,
  `faction` int(11) NOT NULL,
  `fact_perc` int(11) NOT NULL,
  `letter` char(1) NOT NULL,
  `attacks` float(5,1) NOT NULL,
  `class` int(11) NOT NULL,
  `level` int(11) NOT NULL,
  `tohit` int(11) NOT NULL,
  `ac` float(5,1) NOT NULL,
  `hpbonus` float(5,1) NOT NULL,
  `damage_level` float(5,1) NOT NULL,
  `damage_precision` int(11) NOT NULL,
  `gold` int(11) NOT NULL,
  `race` int(11) NOT NULL,
  `weight` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `str` int(11) NOT NULL,
  `bra` int(11) NOT NULL,
  `con` int(11) NOT NULL,
  `dex` int(11) NOT NULL,
  `agi` int(11) NOT NULL,
  `intel` int(11) NOT NULL,
  `wis` int(11) NOT NULL,
  `foc` int(11) NOT NULL,
  `per` int(11) NOT NULL,
  `cha` int(11) NOT NULL,
  `kar` int(11) NOT NULL,
  `spe` int(11) NOT NULL,
  `pos` int(11) NOT NULL,
  `def_position` int(11) NOT NULL,
  `sex` int(11) NOT NULL,
  `spec_proc` int(11) NOT NULL,
  `skin` int(11) NOT NULL,
  `vision` int(11) NOT NULL,
  `can_be_seen` int(11) NOT NULL,
  `max_exist` int(11) NOT NULL,
  `local_sound` char(255) default NULL,
  `adjacent_sound` char(255) default NULL,
  PRIMARY KEY  (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mob_extra` (
  `vnum` int(11) NOT NULL default '0',
  `keyword` char(32) NOT NULL default '',
  `description` char(255) default NULL,
  PRIMARY KEY  (`vnum`,`keyword`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mob_imm` (
  `vnum` int(11) NOT NULL default '0',
  `type` int(11) NOT NULL default '0',
  `amt` int(11) default NULL,
  PRIMARY KEY  (`vnum`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mobresponses` (
  `vnum` int(11) NOT NULL,
  `response` longtext NOT NULL,
  KEY `mobresponses_idx` (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `obj` (
  `vnum` int(11) NOT NULL default '0',
  `name` varchar(127) NOT NULL default '',
  `short_desc` varchar(127) NOT NULL default '',
  `long_desc` varchar(255) NOT NULL default '',
  `action_desc` varchar(255) NOT NULL default '',
  `type` int(11) NOT NULL default '0',
  `action_flag` int(11) NOT NULL default '0',
  `wear_flag` int(11) NOT NULL default '0',
  `val0` int(11) NOT NULL default '0',
  `val1` int(11) NOT NULL default '0',
  `val2` int(11) NOT NULL default '0',
  `val3` int(11) NOT NULL default '0',
  `weight` double NOT NULL default '0',
  `price` int(11) NOT NULL default '0',
  `can_be_seen` int(11) NOT NULL default '0',
  `spec_proc` int(11) NOT NULL default '0',
  `max_exist` int(11) NOT NULL default '0',
  `max_struct` int(11) NOT NULL default '0',
  `cur_struct` int(11) NOT NULL default '0',
  `decay` int(11) NOT NULL default '0',
  `volume` int(11) NOT NULL default '0',
  `material` int(11) NOT NULL default '0',
  PRIMARY KEY  (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `objaffect` (
  `vnum` int(11) NOT NULL default '0',
  `type` int(11) NOT NULL default '0',
  `mod1` int(11) NOT NULL default '0',
  `mod2` int(11) NOT NULL default '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `objextra` (
  `vnum` int(11) NOT NULL default '0',
  `name` varchar(127) NOT NULL default '',
  `description` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `objlog` (
  `vnum` int(11) NOT NULL default '0',
  `loadtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `objcount` int(11) NOT NULL default '0'
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `permadeath` (
  `name` varchar(80) NOT NULL default '',
  `level` int(11) default NULL,
  `died` int(11) default NULL,
  `killer` varchar(80) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pet` (
  `player_id` int(11) default NULL,
  `vnum` int(11) default NULL,
  `exp` double default NULL,
  `name` varchar(32) default NULL,
  `level` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pings` (
  `host` text,
  `pingtime` double default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `player` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `name` varchar(80) default NULL,
  `talens` int(11) default NULL,
  `title` varchar(80) default NULL,
  `account_id` int(11) default NULL,
  `guild_id` int(11) default NULL,
  `guildrank` int(11) default NULL,
  `load_room` int(11) default NULL,
  `last_logon` int(11) default NULL,
  `nutrition` int(11) default NULL,
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `player_unq_name` (`name`),
  KEY `ix_player_name_account_id` (`name`,`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `playerprompt` (
  `player_id` int(11) default NULL,
  `p_type` int(11) default NULL,
  `hp` varchar(20) default NULL,
  `mana` varchar(20) default NULL,
  `move` varchar(20) default NULL,
  `money` varchar(20) default NULL,
  `exp` varchar(20) default NULL,
  `room` varchar(20) default NULL,
  `opp` varchar(20) default NULL,
  `tank` varchar(20) default NULL,
  `piety` varchar(20) default NULL,
  `lifeforce` varchar(20) default NULL,
  `time` varchar(20) default NULL,
  KEY `ix_playerprompt_player_id` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `poll` (
  `poll_id` int(11) NOT NULL,
  `descr` varchar(127) default NULL,
  `status` varchar(8) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `poll_option` (
  `option_id` int(11) NOT NULL,
  `poll_id` int(11) NOT NULL,
  `descr` varchar(127) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `poll_vote` (
  `account` varchar(80) NOT NULL,
  `poll_id` int(11) NOT NULL,
  `option_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `property` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `name` varchar(80) default NULL,
  `owner` int(11) default NULL,
  `key_vnum` int(11) default NULL,
  `entrance` int(11) default NULL,
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `querytimes` (
  `query` varchar(512) default NULL,
  `secs` double default NULL,
  `date_logged` timestamp NOT NULL default CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `quest_limbs` (
  `player` varchar(80) NOT NULL,
  `team` varchar(30) default NULL,
  `mob_vnum` int(11) NOT NULL,
  `slot_num` int(11) NOT NULL,
  `slot_name` varchar(127) default NULL,
  `date_submitted` timestamp NOT NULL default CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `quest_limbs_team` (
  `team` varchar(30) default NULL,
  `player` varchar(80) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rent` (
  `rent_id` int(11) NOT NULL auto_increment,
  `owner_type` enum('player','shop','room','mail') default NULL,
  `owner` int(11) NOT NULL default '0',
  `slot` int(11) NOT NULL default '0',
  `vnum` int(11) NOT NULL default '0',
  `container` int(11) NOT NULL default '-1',
  `val0` int(11) NOT NULL default '0',
  `val1` int(11) NOT NULL default '0',
  `val2` int(11) NOT NULL default '0',
  `val3` int(11) NOT NULL default '0',
  `extra_flags` int(11) NOT NULL default '0',
  `weight` double default NULL,
  `bitvector` int(11) NOT NULL default '0',
  `decay` int(11) NOT NULL default '0',
  `cur_struct` int(11) NOT NULL default '0',
  `max_struct` int(11) NOT NULL default '0',
  `material` int(11) NOT NULL default '0',
  `volume` int(11) NOT NULL default '0',
  `price` int(11) NOT NULL default '0',
  `depreciation` int(11) NOT NULL default '0',
  PRIMARY KEY  (`rent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rent_obj_aff` (
  `rent_id` int(11) NOT NULL default '0',
  `type` int(11) NOT NULL default '0',
  `level` int(11) NOT NULL default '0',
  `duration` int(11) NOT NULL default '0',
  `renew` int(11) NOT NULL default '0',
  `modifier` int(11) NOT NULL default '0',
  `location` int(11) NOT NULL default '0',
  `modifier2` int(11) NOT NULL default '0',
  `bitvector` int(11) NOT NULL default '0',
  KEY `rent_obj_aff_idx` (`rent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rent_strung` (
  `rent_id` int(11) NOT NULL default '0',
  `name` varchar(127) NOT NULL default '',
  `short_desc` varchar(127) NOT NULL default '',
  `long_desc` varchar(255) NOT NULL default '',
  `action_desc` varchar(255) NOT NULL default '',
  KEY `rent_strung_idx` (`rent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `room` (
  `vnum` int(11) NOT NULL,
  `x` int(11) NOT NULL,
  `y` int(11) NOT NULL,
  `z` int(11) NOT NULL,
  `name` varchar(127) NOT NULL,
  `description` text NOT NULL,
  `zone` int(11) NOT NULL,
  `room_flag` int(11) NOT NULL,
  `sector` int(11) NOT NULL,
  `teletime` int(11) NOT NULL,
  `teletarg` int(11) NOT NULL,
  `telelook` int(11) NOT NULL,
  `river_speed` int(11) NOT NULL,
  `river_dir` int(11) NOT NULL,
  `capacity` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `spec` int(11) NOT NULL,
  PRIMARY KEY  (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `roomexit` (
  `vnum` int(11) NOT NULL,
  `direction` int(11) NOT NULL,
  `name` varchar(127) NOT NULL,
  `description` text NOT NULL,
  `type` int(11) NOT NULL,
  `condition_flag` int(11) NOT NULL,
  `lock_difficulty` int(11) NOT NULL,
  `weight` int(11) NOT NULL,
  `key_num` int(11) NOT NULL,
  `destination` int(11) NOT NULL,
  KEY `roomexit_idx` (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `roomextra` (
  `vnum` int(11) NOT NULL,
  `name` text NOT NULL,
  `description` text NOT NULL,
  KEY `roomextra_idx` (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ship_destinations` (
  `vnum` int(11) default NULL,
  `name` varchar(32) default NULL,
  `room` int(11) default NULL,
  KEY `ix1__ship_destinations` (`vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ship_master` (
  `captain_vnum` int(11) NOT NULL,
  `account_id` int(11) default NULL,
  `player_id` int(11) default NULL,
  KEY `ix1_ship_master` (`captain_vnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shop` (
  `shop_nr` int(11) NOT NULL default '0',
  `profit_buy` double NOT NULL default '0',
  `profit_sell` double NOT NULL default '0',
  `no_such_item1` varchar(127) NOT NULL default '',
  `no_such_item2` varchar(127) NOT NULL default '',
  `do_not_buy` varchar(127) NOT NULL default '',
  `missing_cash1` varchar(127) NOT NULL default '',
  `missing_cash2` varchar(127) NOT NULL default '',
  `message_buy` varchar(127) NOT NULL default '',
  `message_sell` varchar(127) NOT NULL default '',
  `temper1` int(11) NOT NULL default '0',
  `temper2` int(11) NOT NULL default '0',
  `keeper` int(11) NOT NULL default '0',
  `flags` int(11) NOT NULL default '0',
  `in_room` int(11) NOT NULL default '0',
  `open1` int(11) NOT NULL default '0',
  `close1` int(11) NOT NULL default '0',
  `open2` int(11) NOT NULL default '0',
  `close2` int(11) NOT NULL default '0',
  `expense_ratio` double default NULL,
  PRIMARY KEY  (`shop_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplog` (
  `shop_nr` int(11) default NULL,
  `name` varchar(80) default NULL,
  `action` varchar(32) default NULL,
  `item` varchar(80) default NULL,
  `talens` int(11) default NULL,
  `shoptalens` int(11) default NULL,
  `shopvalue` int(11) default NULL,
  `logtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `itemcount` int(11) default NULL,
  KEY `shoplog_idx` (`shop_nr`),
  KEY `shoplog_logtime` (`logtime`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplogaccountchart` (
  `post_ref` int(11) default NULL,
  `name` text
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplogarchive` (
  `shop_nr` int(11) default NULL,
  `name` varchar(80) default NULL,
  `action` varchar(32) default NULL,
  `item` varchar(80) default NULL,
  `talens` int(11) default NULL,
  `shoptalens` int(11) default NULL,
  `shopvalue` int(11) default NULL,
  `logtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `itemcount` int(11) default NULL,
  KEY `shoplogarchive_idx` (`shop_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplogcogs` (
  `shop_nr` int(11) default NULL,
  `obj_name` varchar(128) default NULL,
  `count` int(11) default NULL,
  `total_cost` int(11) default NULL,
  KEY `shoplogcogs_idx` (`shop_nr`,`obj_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplogjournal` (
  `shop_nr` int(11) default NULL,
  `journal_id` int(11) NOT NULL auto_increment,
  `customer_name` text,
  `obj_name` text,
  `logtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `post_ref` int(11) default NULL,
  `debit` int(11) default NULL,
  `credit` int(11) default NULL,
  `sneezy_year` int(11) default NULL,
  KEY `journal_id` (`journal_id`),
  KEY `shoplogjournal_idx` (`shop_nr`,`sneezy_year`),
  KEY `shoplogjournal_report` (`shop_nr`,`sneezy_year`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoplogjournalarchive` (
  `shop_nr` int(11) default NULL,
  `journal_id` int(11) NOT NULL auto_increment,
  `customer_name` text,
  `obj_name` text,
  `logtime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `post_ref` int(11) default NULL,
  `debit` int(11) default NULL,
  `credit` int(11) default NULL,
  `sneezy_year` int(11) default NULL,
  KEY `journal_id` (`journal_id`),
  KEY `shoplogjournalarchive_report` (`shop_nr`,`sneezy_year`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopmaterial` (
  `shop_nr` int(11) NOT NULL default '0',
  `mat_type` int(11) NOT NULL default '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopowned` (
  `shop_nr` int(11) NOT NULL default '0',
  `profit_buy` double NOT NULL default '0',
  `profit_sell` double NOT NULL default '0',
  `max_num` int(11) default NULL,
  `corp_id` int(11) default NULL,
  `dividend` double default NULL,
  `reserve_max` int(11) default NULL,
  `reserve_min` int(11) default NULL,
  `no_such_item1` varchar(127) default NULL,
  `no_such_item2` varchar(127) default NULL,
  `do_not_buy` varchar(127) default NULL,
  `missing_cash1` varchar(127) default NULL,
  `missing_cash2` varchar(127) default NULL,
  `message_buy` varchar(127) default NULL,
  `message_sell` varchar(127) default NULL,
  `tax_nr` int(11) default NULL,
  `gold` int(11) default NULL,
  PRIMARY KEY  (`shop_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedaccess` (
  `shop_nr` int(11) NOT NULL default '0',
  `name` varchar(80) NOT NULL default '',
  `access` int(11) NOT NULL default '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedauction` (
  `shop_nr` int(11) default NULL,
  `ticket` int(11) default NULL,
  `bidder` int(11) default NULL,
  `buyout` int(11) default NULL,
  `days` int(11) default NULL,
  `current_bid` int(11) default NULL,
  `max_bid` int(11) default NULL,
  `seller` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedbank` (
  `shop_nr` int(11) default NULL,
  `player_id` int(11) default NULL,
  `talens` int(11) default NULL,
  `earned_interest` double default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedcentralbank` (
  `bank` int(11) default NULL,
  `centralbank` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedcorpbank` (
  `shop_nr` int(11) default NULL,
  `corp_id` int(11) default NULL,
  `talens` int(11) default NULL,
  `earned_interest` double default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedloanrate` (
  `shop_nr` int(11) default NULL,
  `x` int(11) default NULL,
  `y` int(11) default NULL,
  `term` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedloans` (
  `shop_nr` int(11) default NULL,
  `player_id` int(11) default NULL,
  `amt` int(11) default NULL,
  `granted_time` int(11) default NULL,
  `term` int(11) default NULL,
  `rate` double default NULL,
  `default_charge` double default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedmatch` (
  `shop_nr` int(11) default NULL,
  `match_str` varchar(128) default NULL,
  `profit_buy` double default NULL,
  `profit_sell` double default NULL,
  `max_num` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownednpcloan` (
  `loan_id` int(11) default NULL,
  `amt` int(11) default NULL,
  `rate` double default NULL,
  `risk` double default NULL,
  `owner` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedplayer` (
  `shop_nr` int(11) default NULL,
  `player` varchar(128) default NULL,
  `profit_buy` double default NULL,
  `profit_sell` double default NULL,
  `max_num` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedratios` (
  `shop_nr` int(11) NOT NULL default '0',
  `obj_nr` int(11) NOT NULL default '0',
  `profit_buy` double default NULL,
  `profit_sell` double default NULL,
  `max_num` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopownedrepair` (
  `shop_nr` int(11) default NULL,
  `speed` double default NULL,
  `quality` double default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shopproducing` (
  `shop_nr` int(11) NOT NULL default '0',
  `producing` int(11) NOT NULL default '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `shoptype` (
  `shop_nr` int(11) NOT NULL default '0',
  `type` int(11) NOT NULL default '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tattoos` (
  `name` varchar(80) NOT NULL,
  `tattoo` varchar(128) NOT NULL,
  `location` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tellhistory` (
  `tellfrom` varchar(80) default NULL,
  `tellto` varchar(80) default NULL,
  `tell` varchar(1024) default NULL,
  `telltime` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  KEY `tellhistory_idx` (`tellto`,`telltime`),
  KEY `tellfrom` (`tellfrom`,`telltime`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `trophy` (
  `player_id` int(11) NOT NULL,
  `mobvnum` int(11) NOT NULL,
  `count` double NOT NULL,
  `totalcount` double NOT NULL,
  KEY `trophy_idx` (`player_id`,`mobvnum`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `trophymob` (
  `mobvnum` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `trophyplayer` (
  `player_id` int(11) NOT NULL,
  `count` int(11) default NULL,
  `total` double default NULL,
  KEY `ix_trophyplayer_player_id` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `usagelogs` (
  `time` int(11) default NULL,
  `players` int(11) default NULL,
  `port` int(11) default NULL,
  KEY `usagelogsidx` (`time`,`port`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `usagelogsarchive` (
  `time` int(11) default NULL,
  `players` int(11) default NULL,
  `port` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `wholist` (
  `name` varchar(80) default NULL,
  `title` varchar(256) default NULL,
  `port` int(11) default NULL,
  `invis` int(11) default NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `wizpower` (
  `player_id` int(11) default NULL,
  `wizpower` int(11) default NULL,
  KEY `wizpower_idx` (`player_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `zone` (
  `zone_nr` int(11) NOT NULL,
  `zone_name` varchar(255) NOT NULL default '',
  `zone_enabled` int(11) default NULL,
  `bottom` int(11) default NULL,
  `top` int(11) default NULL,
  `reset_mode` int(11) default NULL,
  `lifespan` int(11) default NULL,
  `age` int(11) default NULL,
  `util_flag` int(11) default NULL,
  PRIMARY KEY  (`zone_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- BibSonomy (social bookmark and publication-sharing system of the universities of Würzburg and Kassel, HU Berlin
-- and the L3S Research Center; also run as PUMA by university libraries: users, posts of publications and bookmarks
-- with tags, groups, friends, inbox, discussions and reviews, researcher profiles (persons, names, publication
-- authorship), projects and CRIS links, sync, spam classification), github.com/tomvoelker/BibSonomy (a GitHub mirror
-- kept by a BibSonomy developer, merged from bitbucket.org/bibsonomy/bibsonomy master), commit
-- 13ff194f9fd699aac7e0cd79b265f4b3498ba3cc (2025-09-11) (database module LGPL-3.0, web application AGPL-3.0).
-- bibsonomy-database/src/main/resources/database/bibsonomy-db-schema.sql (upstream's mysqldump-based schema, last
-- changed in aa612696): each kept CREATE TABLE as upstream (column names, order, types, keys, foreign keys), with
-- AUTO_INCREMENT=n table options dropped, CREATE TABLE IF NOT EXISTS written CREATE TABLE, the dump's SET/DROP
-- statements and its two triggers (on `prediction` and `user`) left out, and tables reordered so that a referenced
-- table comes first (group_tagsets -> groupids, person_name -> person). The dump defines `log_group_memberships`
-- twice (DROP and CREATE again near the end): the later definition, the one that stands, is kept.
-- 75 of the 97 tables kept. Left out (tag-co-occurrence and ranking computations, temporary tables, scraper cache,
-- logs of community posts, the DBLP update stamp): bibhash log_gold_standard log_gold_standard_relations
-- classifier_whitelist highwirelist log_bibtexurls log_tagtagrelations ranking_queue rankings weights tagtag
-- tagtag_batch tagtag_similarity tagtag_similarity2 tagtag_temp temp_bibtex temp_bookmark useruser_similarity2
-- useruser_similarity_measures other_dnb_ids scraperMetaData DBLP.

CREATE TABLE `sync_data`(
  `service_id` int(10) unsigned NOT NULL,
  `user_name` varchar(30) NOT NULL default '',
  `content_type` tinyint(1) unsigned NOT NULL default 0,
  `last_sync_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `status` varchar(8) NOT NULL,
  `device_id` varchar(32) NOT NULL default '',
  `device_info` varchar(255) default NULL,
  `info` varchar(255) default NULL,
   PRIMARY KEY  (`service_id`, `user_name`, `content_type`, `last_sync_date`, `device_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sync`(
  `user_name` varchar(30) NOT NULL,
  `service_id` int(10) unsigned NOT NULL,
  `credentials` text NOT NULL default '',
  `content_type` tinyint(1) unsigned default 0,
  `direction` varchar(4) default 'both',
  `strategy` varchar(2) default 'lw',
  `autosync` boolean default false,
  `already_synced_once` boolean default false, 
   PRIMARY KEY  (`service_id`, `user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sync_services` (
  `uri` varchar(255) NOT NULL,
  `name` varchar(50) DEFAULT NULL,
  `secure_api` varchar(255),
  `service_id` int(10) unsigned NOT NULL,
  `server` boolean NOT NULL,
  `ssl_dn` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`service_id`),
  UNIQUE KEY (`uri`, `server`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `author` (
  `author_id` int(10) unsigned NOT NULL auto_increment,
  `first_name` varchar(255) default NULL,
  `middle` varchar(255) default NULL,
  `last_name` varchar(255) default NULL,
  `ctr` int(10) unsigned NOT NULL default '1',
  PRIMARY KEY  (`author_id`),
  UNIQUE KEY `last_name_middle_first_name_idx` (`last_name`,`middle`,`first_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `author_bibtex_content` (
  `author_id` int(10) unsigned NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  PRIMARY KEY  (`author_id`,`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `author_bibtex_name` (
  `author_id` int(10) unsigned NOT NULL,
  `bibtex_author_name` varchar(255) NOT NULL,
  PRIMARY KEY  (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bibtex` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `journal` text,
  `volume` varchar(255) default NULL,
  `chapter` varchar(255) default NULL,
  `edition` varchar(255) default NULL,
  `month` varchar(45) default NULL,
  `day` varchar(45) default NULL,
  `booktitle` text,
  `howPublished` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `organization` varchar(255) default NULL,
  `publisher` varchar(255) default NULL,
  `address` varchar(255) default NULL,
  `school` varchar(255) default NULL,
  `series` varchar(255) default NULL,
  `bibtexKey` varchar(255) default NULL,
  `group` int(10) default '0',
  `date` datetime default '1815-12-10 00:00:00',
  `user_name` varchar(255) default NULL,
  `url` text,
  `type` varchar(255) default NULL,
  `description` text,
  `annote` varchar(255) default NULL,
  `note` text,
  `pages` varchar(50) default NULL,
  `bKey` varchar(255) default NULL,
  `number` varchar(45) default NULL,
  `crossref` varchar(255) default NULL,
  `misc` text,
  `bibtexAbstract` text,
  `simhash0` char(32) NOT NULL default '',
  `simhash1` char(32) NOT NULL default '',
  `simhash2` char(32) NOT NULL default '',
  `simhash3` char(32) NOT NULL default '',
  `entrytype` varchar(30) default NULL,
  `title` text,
  `author` text,
  `editor` text,
  `year` varchar(45) default NULL,
  `privnote` text,
  `scraperid` int(11) NOT NULL default '-1',
  `change_date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `rating` tinyint(3) NOT NULL default '0',
  PRIMARY KEY  (`content_id`),
  UNIQUE KEY `unique_user_name_simhash2` (`user_name`,`simhash2`),
  KEY `user_name_date_content_id_idx` (`user_name`,`date`,`content_id`),
  KEY `group_date_content_id_idx` (`group`,`date`,`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `repository` (
  `inter_hash` char(32) NOT NULL default '',
  `intra_hash` char(32) NOT NULL default '',
  `repository_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `user_name` varchar(30) NOT NULL,
  `repository_name` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bibtexurls` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `url` varchar(255) NOT NULL default '',
  `text` text,
  `group` int(10) default '0',
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`content_id`,`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bookmark` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `book_url_hash` varchar(32) NOT NULL default '',
  `book_description` text NOT NULL,
  `book_extended` text,
  `group` int(10) default '0',
  `date` datetime NOT NULL default '1815-12-10 00:00:00',
  `user_name` varchar(30) NOT NULL default '',
  `to_bib` tinyint(3) NOT NULL default '0',
  `change_date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `rating` tinyint(3) NOT NULL default '0',
  PRIMARY KEY  (`content_id`),
  KEY `group_date_content_id_idx` (`group`,`date`,`content_id`),
  KEY `user_name_date_group_content_id_idx` (`user_name`,`date`,`group`,`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `gold_standard` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `journal` text,
  `volume` varchar(255) default NULL,
  `chapter` varchar(255) default NULL,
  `edition` varchar(255) default NULL,
  `month` varchar(45) default NULL,
  `day` varchar(45) default NULL,
  `booktitle` text,
  `howPublished` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `organization` varchar(255) default NULL,
  `publisher` varchar(255) default NULL,
  `address` varchar(255) default NULL,
  `school` varchar(255) default NULL,
  `series` varchar(255) default NULL,
  `bibtexKey` varchar(255) default NULL,
  `group` int(10) default '0',
  `date` datetime default '1815-12-10 00:00:00',
  `user_name` varchar(255) default NULL,
  `url` text,
  `type` varchar(255) default NULL,
  `description` text,
  `annote` varchar(255) default NULL,
  `note` text,
  `pages` varchar(50) default NULL,
  `bKey` varchar(255) default NULL,
  `number` varchar(45) default NULL,
  `crossref` varchar(255) default NULL,
  `misc` text,
  `bibtexAbstract` text,
  `simhash0` char(32) NOT NULL default '',
  `simhash1` char(32) NOT NULL default '',
  `simhash2` char(32) NOT NULL default '',
  `simhash3` char(32) NOT NULL default '',
  `entrytype` varchar(30) default NULL,
  `title` text,
  `author` text,
  `editor` text,
  `year` varchar(45) default NULL,
  `privnote` text,
  `scraperid` int(11) NOT NULL default '-1',
  `change_date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `rating` tinyint(3) NOT NULL default '0',
  `content_type` tinyint(1) unsigned default NULL,
  `approved` tinyint(1) default 0,
  PRIMARY KEY  (`simhash1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `gold_standard_relations` (
  `publication` char(32) NOT NULL default '',
  `reference` char(32) NOT NULL default '',
  `user_name` varchar(255) default NULL,
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `relation_kind` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`publication`, `reference`, `relation_kind`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `classifier_settings` (
  `ID` tinyint(4) NOT NULL auto_increment,
  `key` varchar(255) default NULL,
  `value` varchar(255) default NULL,
  PRIMARY KEY  (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `collector` (
  `user_name` varchar(30) NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  `date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`user_name`,`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `document` (
  `hash` varchar(255) NOT NULL default '',
  `content_id` int(10) unsigned NOT NULL default '0',
  `name` varchar(255) default '',
  `user_name` varchar(255) default '',
  `date` datetime default '0000-00-00 00:00:00',
  `md5hash` char(32) NOT NULL default '00000000000000000000000000000000',
  PRIMARY KEY  (`hash`,`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `extended_fields_data` (
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  `date_of_create` datetime NOT NULL,
  `date_of_last_mod` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `friends` (
  `friends_id` int(11) NOT NULL auto_increment,
  `user_name` varchar(30) NOT NULL default '',
  `f_user_name` varchar(30) NOT NULL default '',
  `tag_name` varchar(255) NOT NULL DEFAULT 'sys:network:bibsonomy-friend',
  `f_network_user_id` int(10) DEFAULT NULL,
  `friendship_date` datetime NOT NULL default '1815-12-10 00:00:00',
  PRIMARY KEY  (`friends_id`),
  UNIQUE KEY `unique_friendship` (`user_name`,`f_user_name`,`tag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `groupids` (
  `group_name` varchar(30) NOT NULL default '',
  `group` int(10) NOT NULL default '0',
  `privlevel` tinyint(3) unsigned default '1',
  `sharedDocuments` tinyint(1) default '0',
  `allow_join` TINYINT(1) NULL DEFAULT '1',
  `shortDescription` TEXT NULL,
  `publ_reporting_mail` varchar(255) DEFAULT NULL,
  `publ_reporting_mail_template` text,
  `publ_reporting_external_url` varchar(255) DEFAULT NULL,
  `organization` BOOLEAN DEFAULT FALSE,
  `internal_id` VARCHAR(255) DEFAULT NULL,
  `parent` int(10) DEFAULT NULL,
  PRIMARY KEY  (`group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_tagsets` (
  `tag_name` varchar(255) NOT NULL,
  `set_name` varchar(255) NOT NULL,
  `group` int(11) NOT NULL,
  PRIMARY KEY  (`group`,`set_name`,`tag_name`),
  CONSTRAINT `group_tagsets_ibfk_1` FOREIGN KEY (`group`) REFERENCES `groupids` (`group`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_preset_tags` (
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `group_name` varchar(30) NOT NULL default '',
  `group` int(10) NOT NULL default '0',
  `description` varchar(255),
  UNIQUE KEY `unique_group_tag` (`tag_name`, `group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_memberships` (
  `user_name` varchar(30) NOT NULL default '',
  `group` int(10) default '0',
  `defaultgroup` int(10) default '0',
  `start_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `group_role` int(10) NOT NULL default '2',
  `user_shared_documents` tinyint(1) default '0',
  PRIMARY KEY (`group`,`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_hierarchy` (
  `child_group_id` int(10) NOT NULL,
  `parent_group_id` int(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `grouptas` (
  `tas_id` int(10) unsigned NOT NULL,
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `content_id` int(10) unsigned NOT NULL default '0',
  `content_type` tinyint(1) unsigned default NULL,
  `user_name` varchar(30) NOT NULL default '',
  `date` datetime NOT NULL default '1815-12-10 00:00:00',
  `group` int(10) default '0',
  `tag_lower` varchar(255) NOT NULL default '',
  `change_date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`tas_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ids` (
  `name` tinyint(3) unsigned NOT NULL,
  `value` int(10) unsigned NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY  (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `inboxMail` (
  `message_id` int(10) unsigned NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  `intraHash` varchar(32) NOT NULL default '',
  `sender_user` varchar(30) NOT NULL,
  `receiver_user` varchar(30) NOT NULL,
  `date` datetime default NULL,
  `content_type` tinyint(1) unsigned,
  PRIMARY KEY  (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_inboxMail` (
  `message_id` int(10) unsigned NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  `intraHash` varchar(32) NOT NULL default '',
  `sender_user` varchar(30) NOT NULL,
  `receiver_user` varchar(30) NOT NULL,
  `date` datetime default NULL,
  `content_type` tinyint(1) unsigned,
  `log_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `inbox_tas` (
	`message_id` int(10) unsigned NOT NULL,
	`tag_name` varchar(255) NOT NULL, 
PRIMARY KEY (message_id, tag_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `inetAddressStates` (
  `address` char(15) NOT NULL default '',
  `status` tinyint(4) default NULL,
  `updated_at` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ldapUser` (
  `user_name` varchar(30) NOT NULL,
  `ldapUserId` varchar(255) NOT NULL,
  `lastAccess` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ldapUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `samlUser`(
  `user_name` varchar(30) NOT NULL default '',
  `samlUserId` varchar(255) NOT NULL default '',
  `identity_provider` varchar(255) NOT NULL default '',
  `lastAccess` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
   PRIMARY KEY  (`samlUserId`, `identity_provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_bibtex` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `journal` text,
  `volume` varchar(255) default NULL,
  `chapter` varchar(255) default NULL,
  `edition` varchar(255) default NULL,
  `month` varchar(45) default NULL,
  `day` varchar(45) default NULL,
  `bookTitle` text,
  `howPublished` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `organization` varchar(255) default NULL,
  `publisher` varchar(255) default NULL,
  `address` varchar(255) default NULL,
  `school` varchar(255) default NULL,
  `series` varchar(255) default NULL,
  `bibtexKey` varchar(255) default NULL,
  `group` int(10) default '0',
  `date` datetime default '1815-12-10 00:00:00',
  `user_name` varchar(255) default NULL,
  `url` text,
  `type` varchar(255) default NULL,
  `description` text,
  `annote` varchar(255) default NULL,
  `note` text,
  `pages` varchar(50) default NULL,
  `bKey` varchar(255) default NULL,
  `number` varchar(45) default NULL,
  `crossref` varchar(255) default NULL,
  `misc` text,
  `bibtexAbstract` text,
  `entrytype` varchar(30) default NULL,
  `title` text,
  `author` text,
  `editor` text,
  `year` varchar(45) default NULL,
  `simhash0` char(32) NOT NULL default '',
  `simhash1` char(32) NOT NULL default '',
  `simhash2` char(32) NOT NULL default '',
  `simhash3` char(32) NOT NULL default '',
  `new_content_id` int(10) unsigned NOT NULL default '0',
  `scraperid` int(11) NOT NULL default '-1',
  `change_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `rating` tinyint(3) NOT NULL default '0',
  `privnote` text,
  `log_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `current_content_id` int(10) unsigned NOT NULL default '0',
  PRIMARY KEY  (`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_document` (
  `hash` varchar(255) NOT NULL DEFAULT '',
  `content_id` int(10) unsigned NOT NULL DEFAULT '0',
  `name` varchar(255) DEFAULT '',
  `user_name` varchar(255) DEFAULT '',
  `date` datetime DEFAULT '0000-00-00 00:00:00',
  `md5hash` char(32) NOT NULL DEFAULT '00000000000000000000000000000000',
  `log_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `log_id` int(10) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ;

CREATE TABLE `log_bookmark` (
  `content_id` int(10) unsigned NOT NULL default '0',
  `book_url_hash` varchar(32) NOT NULL default '',
  `book_description` text NOT NULL default '',
  `book_extended` text,
  `group` int(10) default '0',
  `date` datetime NOT NULL default '1815-12-10 00:00:00',
  `user_name` varchar(30) NOT NULL default '',
  `new_content_id` int(10) unsigned NOT NULL default '0',
  `change_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `rating` tinyint(3) NOT NULL default '0',
  `log_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `current_content_id` int(10) unsigned NOT NULL default '0',
  PRIMARY KEY  (`content_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_collector` (
  `user_name` varchar(30) NOT NULL,
  `content_id` int(10) unsigned NOT NULL,
  `add_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `del_date` timestamp NOT NULL default CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_friends` (
  `friends_id` int(11) NOT NULL auto_increment,
  `user_name` varchar(30) NOT NULL default '',
  `f_user_name` varchar(30) NOT NULL default '',
  `tag_name` varchar(255) NOT NULL DEFAULT 'sys:network:bibsonomy-friend',
  `f_network_user_id` int(10) DEFAULT NULL,
  `friendship_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `friendship_end_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`friends_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_group_memberships` (
  `user_name` varchar(30) NOT NULL default '',
  `group` int(10) default '0',
  `defaultgroup` int(10) default '0',
  `start_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `group_role` int(10) NOT NULL default '2',
  `user_shared_documents` tinyint(1) default '0',
  `log_reason` int(2) DEFAULT NULL,
  `log_date` timestamp NULL DEFAULT NULL,
  `log_user` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_prediction` (
  `ID` int(11) NOT NULL auto_increment,
  `user_name` varchar(30) NOT NULL,
  `prediction` tinyint(4) NOT NULL,
  `timestamp` bigint(20) default NULL,
  `updated_at` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `algorithm` varchar(100) default NULL,
  `mode` char(1) default NULL,
  `confidence` double default NULL,
  PRIMARY KEY  (`ID`),
  UNIQUE KEY `timestamp_user_name_idx` (`timestamp`,`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_tas` (
  `tas_id` int(10) unsigned NOT NULL,
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `content_id` int(10) unsigned NOT NULL default '0',
  `content_type` tinyint(3) unsigned default NULL,
  `date` datetime NOT NULL default '1815-12-10 00:00:00',
  `change_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `log_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`tas_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_user` (
  `nr` int(11) NOT NULL auto_increment,
  `user_name` varchar(30) NOT NULL,
  `user_email` varchar(255) NOT NULL,
  `user_password` varchar(32) NOT NULL,
  `user_password_salt` char(16),
  `user_homepage` varchar(255) default '',
  `user_realname` varchar(255) NOT NULL,
  `spammer` tinyint(1) NOT NULL default '0',
  `openurl` varchar(255) default NULL,
  `reg_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `ip_address` varchar(255) default NULL,
  `id` int(11) default NULL,
  `tmp_password` char(32) default NULL,
  `tmp_request_date` datetime NOT NULL,
  `tagbox_style` tinyint(4) default NULL,
  `tagbox_sort` tinyint(4) default NULL,
  `tagbox_minfreq` tinyint(4) default NULL,
  `tagbox_max_count` integer default NULL,
  `is_max_count` boolean default true,
  `tagbox_tooltip` tinyint(4) default NULL,
  `list_itemcount` smallint(6) default NULL,
  `spammer_suggest` tinyint(1) NOT NULL default '1',
  `birthday` date default NULL,
  `gender` char(1) default NULL,
  `profession` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `interests` varchar(255) default NULL,
  `hobbies` varchar(255) default NULL,
  `place` varchar(255) default NULL,
  `profilegroup` tinyint(1) NOT NULL default '0',
  `api_key` varchar(32) default NULL,
  `updated_by` varchar(30) default NULL,
  `updated_at` datetime default '1815-12-10 00:00:00',
  `lang` char(2) default NULL,
  `role` tinyint(4) NOT NULL,
  `timestamp` mediumtext NOT NULL,
  `prediction` int(11) default '9',
  `algorithm` varchar(255) default NULL,
  `count` int(11) default '0',
  `log_level` tinyint(4) NOT NULL default '0',
  `to_classify` tinyint(4) default '1',
  `confirmDelete` tinyint(1) default '1',
  `simple_interface` tinyint(1) default '0',
  `show_bookmark` tinyint(1) default '1',
  `show_bibtex` tinyint(1) default '1',
  `useExternalPicture` TINYINT(1) NULL DEFAULT '0',
  PRIMARY KEY  (`nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_wiki` (
  `user_name` varchar(30) NOT NULL,
  `user_wiki` text,
  `date` DATETIME,
  PRIMARY KEY  (`user_name`,`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `openIDUser` (
  `user_name` varchar(30) NOT NULL,
  `openID` varchar(255) NOT NULL,
  PRIMARY KEY  (`openID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pending_groupids` (
  `group_name` varchar(30) NOT NULL default '',
  `request_user_name` varchar(30) NOT NULL,
  `request_reason` text NOT NULL,
  `request_submission_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `group` int(10) NOT NULL default '0',
  `parent` int(10) default NULL,
  `privlevel` tinyint(3) unsigned default '1',
  `sharedDocuments` tinyint(1) default '0',
  `allow_join` TINYINT(1) NULL DEFAULT '1',
  `shortDescription` TEXT NULL,
  `publ_reporting_mail` varchar(255) DEFAULT NULL,
  `publ_reporting_mail_template` text,
  `publ_reporting_external_url` varchar(255) DEFAULT NULL,
  `organization` BOOLEAN DEFAULT FALSE,
  `internal_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY  (`group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pending_group_memberships` (
	`user_name` VARCHAR(30) NOT NULL DEFAULT '',
	`group` INT(10) NOT NULL DEFAULT '-1',
	`defaultgroup` INT(10) NULL DEFAULT '-1',
	`start_date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	`group_role` INT(10) NOT NULL DEFAULT '2',
	`user_shared_documents` TINYINT(1) NULL DEFAULT '0',
	PRIMARY KEY (`user_name`, `group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pendingUser` (
  `user_name` varchar(30) NOT NULL,
  `user_email` varchar(255) NOT NULL,
  `user_password` varchar(32) NOT NULL,
  `user_password_salt` char(16),
  `user_homepage` varchar(255) default '',
  `user_realname` varchar(255) NOT NULL,
  `spammer` tinyint(1) NOT NULL default '0',
  `openurl` varchar(255) default NULL,
  `reg_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `ip_address` varchar(255) default NULL,
  `id` int(11) default NULL,
  `tmp_password` char(32) default NULL,
  `tmp_request_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `tagbox_style` tinyint(4) default '0',
  `tagbox_sort` tinyint(4) default '0',
  `tagbox_minfreq` tinyint(4) default '0',
  `tagbox_max_count` integer default '0',
  `is_max_count` boolean default true,
  `tagbox_tooltip` tinyint(4) default '0',
  `list_itemcount` smallint(6) default '10',
  `spammer_suggest` tinyint(1) NOT NULL default '1',
  `birthday` date default NULL,
  `gender` char(1) default NULL,
  `profession` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `interests` varchar(255) default NULL,
  `hobbies` varchar(255) default NULL,
  `place` varchar(255) default NULL,
  `profilegroup` tinyint(1) default '1',
  `api_key` varchar(32) default NULL,
  `updated_by` varchar(30) default NULL,
  `updated_at` datetime default '1815-12-10 00:00:00',
  `role` tinyint(4) NOT NULL default '1',
  `lang` char(2) NOT NULL default 'en',
  `to_classify` tinyint(4) default '1',
  `log_level` tinyint(4) NOT NULL default '0',
  `confirmDelete` tinyint(1) default '1',
  `activation_code` varchar(32) NOT NULL,
  `simple_interface` tinyint(1) default '0',
  `show_bookmark` tinyint(1) default '1',
  `show_bibtex` tinyint(1) default '1',
  `useExternalPicture` tinyint(1) DEFAULT '0',
  `person_posts_style` tinyint(4) NOT NULL DEFAULT '0',
  `person_posts_layout` varchar(255) NOT NULL DEFAULT '',
  `reg_log` MEDIUMTEXT NULL DEFAULT NULL,
  `favourite_layouts` LONGTEXT NULL,
  UNIQUE (`activation_code`),
  PRIMARY KEY  (`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `popular_tags` (
  `tag_lower` varchar(255) NOT NULL default '',
  `tag_ctr` int(11) default NULL,
  `content_type` tinyint(1) unsigned default NULL,
  `popular_days` smallint(6) default '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `prediction` (
  `user_name` varchar(30) NOT NULL,
  `prediction` tinyint(4) NOT NULL,
  `timestamp` bigint(20) default NULL,
  `updated_at` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `algorithm` varchar(100) NOT NULL default '',
  `mode` char(1) default NULL,
  `evaluator` tinyint(4) default NULL,
  `confidence` double default NULL,
  PRIMARY KEY  (`user_name`,`algorithm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `spammer_tags` (
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `spammer` tinyint(1) NOT NULL default '1',
  UNIQUE KEY `tag_name` (`tag_name`),
  UNIQUE KEY `tag_name_2` (`tag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tags` (
  `tag_id` int(10) unsigned NOT NULL auto_increment,
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `tag_stem` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `tag_ctr` int(10) unsigned NOT NULL default '1',
  `waiting_content_sim` float NOT NULL default '0',
  `tag_ctr_public` int(10) unsigned NOT NULL default '0',
  `show_tag` tinyint(1) default '0',
  PRIMARY KEY  (`tag_id`),
  UNIQUE KEY `tag_name_idx` (`tag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tagtagrelations` (
  `relationID` int(10) unsigned NOT NULL auto_increment,
  `date_of_create` datetime NOT NULL default '1815-12-10 00:00:00',
  `date_of_last_mod` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `user_name` varchar(30) NOT NULL default '',
  `lower` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `upper` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `picked` tinyint(1) default '1',
  `lower_lcase` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `upper_lcase` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  PRIMARY KEY  (`relationID`),
  UNIQUE KEY `user_name` (`user_name`,`lower`(150),`upper`(150))
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tas` (
  `tas_id` int(10) unsigned NOT NULL,
  `tag_name` varchar(255) character set utf8 collate utf8_bin NOT NULL default '',
  `content_id` int(10) unsigned NOT NULL default '0',
  `content_type` tinyint(1) unsigned default NULL,
  `user_name` varchar(30) NOT NULL default '',
  `date` datetime NOT NULL default '1815-12-10 00:00:00',
  `group` int(10) default '0',
  `tag_lower` varchar(255) NOT NULL default '',
  `change_date` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`tas_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `urls` (
  `book_url_hash` varchar(32) NOT NULL default '',
  `book_url` text NOT NULL,
  `book_url_ctr` int(10) unsigned NOT NULL default '1',
  PRIMARY KEY  (`book_url_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user` (
  `user_name` varchar(30) NOT NULL,
  `user_email` varchar(255) NOT NULL,
  `user_password` varchar(32) NOT NULL,
  `user_password_salt` char(16),
  `user_homepage` varchar(255) default '',
  `user_realname` varchar(255) NOT NULL,
  `spammer` tinyint(1) NOT NULL default '0',
  `openurl` varchar(255) default NULL,
  `reg_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `ip_address` varchar(255) default NULL,
  `id` int(11) NOT NULL auto_increment,
  `tmp_password` char(32) default NULL,
  `tmp_request_date` datetime NOT NULL default '1815-12-10 00:00:00',
  `tagbox_style` tinyint(4) default '0',
  `tagbox_sort` tinyint(4) default '0',
  `tagbox_minfreq` tinyint(4) default '0',
  `tagbox_max_count` integer default '50',
  `is_max_count` boolean default true,
  `tagbox_tooltip` tinyint(4) default '0',
  `list_itemcount` smallint(6) default '10',
  `spammer_suggest` tinyint(1) NOT NULL default '1',
  `birthday` date default NULL,
  `gender` char(1) default NULL,
  `profession` varchar(255) default NULL,
  `institution` varchar(255) default NULL,
  `interests` varchar(255) default NULL,
  `hobbies` varchar(255) default NULL,
  `place` varchar(255) default NULL,
  `profilegroup` tinyint(1) default '1',
  `api_key` varchar(32) default NULL,
  `updated_by` varchar(30) default NULL,
  `updated_at` datetime default '1815-12-10 00:00:00',
  `role` tinyint(4) NOT NULL default '1',
  `lang` char(2) NOT NULL default 'en',
  `to_classify` tinyint(4) default '1',
  `log_level` tinyint(4) NOT NULL default '0',
  `confirmDelete` tinyint(1) default '1',
  `simple_interface` tinyint(1) default '0',
  `show_bookmark` tinyint(1) default '1',
  `show_bibtex` tinyint(1) default '1',
  `useExternalPicture` tinyint(1) DEFAULT '0',
  `person_posts_style` tinyint(4) NOT NULL DEFAULT '0',
  `person_posts_layout` varchar(255) NOT NULL DEFAULT '',
  `reg_log` MEDIUMTEXT NULL DEFAULT NULL,
  `favourite_layouts` LONGTEXT NULL,
  PRIMARY KEY  (`user_name`),
  UNIQUE KEY `user_id` (`id`),
  KEY `spammer_to_classify_user_name_idx` (`spammer`,`to_classify`,`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_wiki` (
  `user_name` varchar(30) NOT NULL,
  `user_wiki` text,
  `date` DATETIME,
  PRIMARY KEY  (`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `useruser_similarity` (
  `u1` varchar(255) NOT NULL default '',
  `u2` varchar(255) NOT NULL default '',
  `sim` float default NULL,
  `measure_id` tinyint(4) NOT NULL default 0,
  PRIMARY KEY  (`u1`,`u2`, `measure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `discussion` (
  `discussion_id` int(11) NOT NULL,
  `interHash` varchar(32) NOT NULL DEFAULT '',
  `hash` varchar(32) NOT NULL DEFAULT '',
  `type` tinyint(2) NOT NULL DEFAULT '0',
  `text` text,
  `user_name` varchar(30) NOT NULL DEFAULT '',
  `parent_hash` varchar(32) NULL DEFAULT NULL,
  `rating` double DEFAULT NULL,
  `anonymous` tinyint(1) DEFAULT '0',
  `group` int(10) default '0',
  `date` timestamp NULL DEFAULT NULL,
  `change_date` timestamp NULL DEFAULT NULL,
  `content_type` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (`interHash`,`hash`,`user_name`,`group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `post_metadata` (
  `user_name` VARCHAR(30),
  `intra_hash` CHAR(32),
  `inter_hash` CHAR(32),
  `key` VARCHAR(50),
  `value` TEXT,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_discussion` (
  `discussion_id` int(11) DEFAULT NULL,
  `interHash` varchar(32) DEFAULT NULL,
  `hash` varchar(32) NOT NULL DEFAULT '',
  `text` text,
  `user_name` varchar(30) DEFAULT NULL,
  `type` tinyint(2) NOT NULL DEFAULT '0',
  `parent_hash` varchar(32) NULL DEFAULT NULL,
  `rating` double DEFAULT NULL,
  `anonymous` tinyint(1) DEFAULT '0',
  `group` int(10) default '0',
  `date` timestamp NULL DEFAULT NULL,
  `change_date` timestamp NULL DEFAULT NULL,
  `log_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `content_type` tinyint(1) unsigned NOT NULL DEFAULT 0
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `review_ratings_cache` (
  `interHash` varchar(32) NOT NULL DEFAULT '',
  `number_of_ratings` int(11) DEFAULT NULL,
  `rating_arithmetic_mean` double NOT NULL DEFAULT '0',
  PRIMARY KEY (`interHash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_level_permission` (
  `group` int(10) NOT NULL DEFAULT -1,
  `permission` tinyint(1) NOT NULL DEFAULT -1,
   `granted_by` VARCHAR(30) NOT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`group`, permission)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person` (
  `person_change_id` int(10) unsigned NOT NULL unique COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `person_id` varchar(64) NOT NULL,
  `academic_degree` varchar(64) DEFAULT NULL,
  `user_name` varchar(30) DEFAULT NULL,
  `post_ctr` int(11) DEFAULT NULL,
  `orcid` char(16) DEFAULT NULL,
  `researcherid` char(9) DEFAULT NULL,
  `college` VARCHAR(128) NULL,
  `email` VARCHAR(255) NULL,
  `homepage` VARCHAR(255) default NULL,
  `dnb_person_id` char(18) DEFAULT NULL,
  `gender` char(1) DEFAULT NULL,
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_person` (
  `person_change_id` int(10) unsigned NOT NULL unique COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `person_id` varchar(64) NOT NULL,
  `academic_degree` varchar(64) DEFAULT NULL,
  `user_name` varchar(30) DEFAULT NULL,
  `orcid` char(16) DEFAULT NULL,
  `researcherid` char(9) DEFAULT NULL,
  `college` VARCHAR(128) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `homepage` VARCHAR(255) DEFAULT NULL,
  `dnb_person_id` char(18) DEFAULT NULL,
  `gender` char(1) DEFAULT NULL,
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'set to 1 for delete actions',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pub_person` (
  `person_change_id` int(10) unsigned NOT NULL COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `simhash1` char(32) DEFAULT NULL COMMENT '(interHash)',
  `simhash2` char(32) DEFAULT NULL COMMENT '(intraHash)',
  `relator_code` char(4) DEFAULT NULL COMMENT 'marc21 relator code (prefix M + 3 marc21 chars) - see http://www.loc.gov/marc/relators/relacode.html. Particulary relevant are:\n Mths=Thesis advisor,\n Mrev=Reviewer,\n Moth=Other,\n Maut=Author.\nIn addition, we use\n Bmnm=main name (only one tuple with this value per person_id) - usually marks the current real name (with hashes set to null)',
  `person_index` tinyint(4) NOT NULL COMMENT 'tuple refers to the nth author/editor as appearing in the bibtex fields (n=author_index).',
  `person_id` varchar(64) NOT NULL,
  `qualifying` tinyint(4) DEFAULT NULL COMMENT 'set to\n0 for any publication\n1 for the first work associated to some newly created person entity\n2 for a person without a publication\n10 for a bachelor thesis @mastersthesis or @phdthesis with (lowercase) type field containing “bachelor”\n20 for master thesis @mastersthesis with or without, or @phdthesis with (lowercase) type field containing “master”\n30 for phdthesis\none single tuple per person id (the one with the highest value by the scoring above) is increased by +50. Whenever an entry is added or removed this is updated.',
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL COMMENT 'user_name of the user, who changed the association last',
  PRIMARY KEY (`person_change_id`),
  UNIQUE KEY `pub_person_simhash1_relator_code_person_index_idx` (`simhash1`,`relator_code`,`person_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_pub_person` (
  `person_change_id` int(10) unsigned NOT NULL COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `new_change_id` int(10) unsigned COMMENT 'old person_change_id to track all changes on this relation',
  `simhash1` char(32) DEFAULT NULL COMMENT '(interHash)',
  `simhash2` char(32) DEFAULT NULL COMMENT '(intraHash)',
  `relator_code` char(4) DEFAULT NULL COMMENT 'marc21 relator code (prefix M + 3 marc21 chars) - see http://www.loc.gov/marc/relators/relacode.html. Particulary relevant are:\n Mths=Thesis advisor,\n Mrev=Reviewer,\n Moth=Other,\n Maut=Author.\nIn addition, we use\n Bmnm=main name (only one tuple with this value per person_id) - usually marks the current real name (with hashes set to null)',
  `person_index` tinyint(4) NOT NULL COMMENT 'tuple refers to the nth author/editor as appearing in the bibtex fields (n=author_index).',
  `person_id` varchar(64) NOT NULL,
  `qualifying` tinyint(4) DEFAULT NULL COMMENT 'set to\n0 for any publication\n1 for the first work associated to some newly created person entity\n2 for a person without a publication\n10 for a bachelor thesis @mastersthesis or @phdthesis with (lowercase) type field containing “bachelor”\n20 for master thesis @mastersthesis with or without, or @phdthesis with (lowercase) type field containing “master”\n30 for phdthesis\none single tuple per person id (the one with the highest value by the scoring above) is increased by +50. Whenever an entry is added or removed this is updated.',
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL COMMENT 'user_name of the user, who changed the association last',
  `log_date` datetime DEFAULT NULL,
  `edited_by` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`person_change_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person_name` (
  `person_change_id` int(10) unsigned NOT NULL COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `first_name` varchar(45) DEFAULT NULL,
  `last_name` varchar(45) NOT NULL,
  `person_id` varchar(64) NOT NULL,
  `is_main` tinyint(1) DEFAULT '0',
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL COMMENT 'user_name of the user, who changed the tuple last',
  PRIMARY KEY (`person_change_id`),
  CONSTRAINT `person_name.person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`person_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_person_name` (
  `person_change_id` int(10) unsigned NOT NULL COMMENT 'sequential number shared among all person tables. Ensures the order of changes and helps updating separate search indexes like elasticsearch.',
  `first_name` varchar(45) DEFAULT NULL,
  `last_name` varchar(45) NOT NULL,
  `person_id` varchar(64) NOT NULL,
  `is_main` tinyint(1) DEFAULT '0',
  `log_changed_at` datetime DEFAULT NULL,
  `log_changed_by` varchar(30) DEFAULT NULL COMMENT 'user_name of the user, who changed the tuple last',
  `log_date` datetime DEFAULT NULL,
  `edited_by` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`person_change_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_postchange` (
	`post_owner` VARCHAR(50) NULL DEFAULT NULL,
	`post_editor` VARCHAR(50) NOT NULL,
	`old_content_id` INT(11) NOT NULL,
	`new_content_id` INT(11) NOT NULL,
	`current_content_id` INT(11) NOT NULL,
	`content_type` TINYINT(4) NOT NULL,
	`date` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person_match`(
  `match_id` int(10) unsigned NOT NULL unique auto_increment,
  `target_person_id` varchar(64) NOT NULL,
  `source_person_id` varchar(64) NOT NULL,
  `state` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'set to 1 if merge is denied, 2 if they are merged',
   PRIMARY KEY  (`match_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person_additional_keys` (
  `person_id` varchar(64) NOT NULL,
  `key_name` varchar(64) NOT NULL,
  `key_value` varchar(64) NOT NULL,
  UNIQUE KEY (`person_id`, `key_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_denied_match`(
  `match_id` int(10) unsigned NOT NULL,
  `user_name` varchar(30) NOT NULL
)ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `projects` (
  `id` int(11) unsigned NOT NULL,
  `internal_id` varchar(255) DEFAULT NULL,
  `project_id` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `subtitle` varchar(255) DEFAULT NULL,
  `description` text,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `sponsor` varchar(255) DEFAULT NULL,
  `budget` double DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `updated_by` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_projects` (
  `id` int(11) unsigned NOT NULL,
  `internal_id` varchar(255) DEFAULT NULL,
  `project_id` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `subtitle` varchar(255) DEFAULT NULL,
  `description` text,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `budget` double DEFAULT NULL,
  `sponsor` varchar(255) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `updated_by` varchar(30) DEFAULT NULL,
  `new_id` int(11) NOT NULL,
  `log_date` timestamp NULL DEFAULT NULL,
  `log_user` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cris_links` (
  `id` int(11) unsigned NOT NULL,
  `source_id` int(11) DEFAULT NULL,
  `source_type` int(2) DEFAULT NULL,
  `target_id` int(11) DEFAULT NULL,
  `target_type` int(2) DEFAULT NULL,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `linktype_type` int(11) DEFAULT NULL,
  `linktype_value` varchar(30) DEFAULT NULL,
  `link_source` int(2) DEFAULT NULL,
  `updated_by` varchar(30) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_cris_links` (
  `id` int(11) unsigned NOT NULL,
  `source_id` int(11) DEFAULT NULL,
  `source_type` int(2) DEFAULT NULL,
  `target_id` int(11) DEFAULT NULL,
  `target_type` int(2) DEFAULT NULL,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `linktype_type` int(11) DEFAULT NULL,
  `linktype_value` varchar(30) DEFAULT NULL,
  `link_source` int(2) DEFAULT NULL,
  `updated_by` varchar(30) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `new_id` int(11) NOT NULL,
  `log_date` timestamp NULL DEFAULT NULL,
  `log_user` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `log_groupids` (
  `group_name` varchar(30) NOT NULL default '',
  `group` int(10) NOT NULL default '0',
  `parent` int(10) DEFAULT NULL,
  `privlevel` tinyint(3) unsigned default '1',
  `sharedDocuments` tinyint(1) default '0',
  `allow_join` TINYINT(1) NULL DEFAULT '1',
  `shortDescription` TEXT NULL,
  `publ_reporting_mail` varchar(255) DEFAULT NULL,
  `publ_reporting_mail_template` text,
  `publ_reporting_external_url` varchar(255) DEFAULT NULL,
  `organization` BOOLEAN DEFAULT FALSE,
  `internal_id` VARCHAR(255) DEFAULT NULL,
  `log_reason` int(2) DEFAULT NULL,
  `log_date` timestamp NULL DEFAULT NULL,
  `log_user` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `phd_advisor_recommendation`(
    `doctor_id` varchar(64) NOT NULL,
    `simhash2` char(32) NOT NULL,
    `advisor_id` varchar(64) default NULL,
    `confidence` DOUBLE default NULL,
    `rank` TINYINT NOT NULL,
    PRIMARY KEY (`doctor_id`,`simhash2`,`rank`),
    KEY (`simhash2`)
)ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- Weasyl (art, writing and music community site), full schema.
-- Upstream: github.com/Weasyl/weasyl `libweasyl/models/tables.py` (SQLAlchemy Core tables of the PostgreSQL
--   database; the Alembic migrations in `libweasyl/alembic` are checked against it), commit
--   8d2a019eaa2ebe86536b9b3c56a663f13958b0d4 (the file last changed in 92db72b21ad15596007b485d3151d53c962c1897).
--   Licence: Apache-2.0.
-- Written as MySQL DDL by a script that loads upstream's `tables.py` (with `libweasyl.models.helpers` stubbed by
-- the same column implementations: WeasylTimestampColumn/RatingColumn -> integer, ArrowColumn -> timestamp,
-- CharSettingsColumn -> varchar, JSONValuesColumn -> hstore) and maps the types: Integer -> int, BigInteger ->
-- bigint, Boolean -> tinyint(1), String(n) -> varchar(n) up to 2000 and text/mediumtext above (PostgreSQL varchar
-- limits of 10,000-300,000 exceed a MySQL row), String()/Text/hstore/ARRAY -> text, TIMESTAMP/DateTime -> datetime,
-- JSONB -> json, BYTEA -> varbinary(32), PostgreSQL ENUM types -> MySQL enum with the same values; the single
-- integer primary key SQLAlchemy makes SERIAL -> AUTO_INCREMENT; literal and now() defaults kept ('f'/'t' -> 0/1,
-- 'epoch' -> '1970-01-01 00:00:00'), the date_part() default of tag_updates.updated_at dropped. Primary keys,
-- unique constraints, plain indexes and named foreign keys (with their ON DELETE/UPDATE actions) kept; expression,
-- partial and GIN indexes and CHECK constraints left out. Tables in dependency order; the one foreign key of a
-- cycle (login.last_read_updateid -> siteupdate) added by ALTER TABLE at the end. No table left out.

CREATE TABLE `forgotpassword` (
  `token_sha256` varbinary(32) NOT NULL,
  `email` varchar(254) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`token_sha256`),
  KEY `ind_forgotpassword_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_rate_limits` (
  `id` varchar(32) NOT NULL,
  `available` int NOT NULL DEFAULT 0,
  `last_update` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login` (
  `userid` int NOT NULL AUTO_INCREMENT,
  `login_name` varchar(25) NOT NULL,
  `last_login` datetime NOT NULL,
  `email` varchar(100) NOT NULL DEFAULT '',
  `twofa_secret` varchar(420),
  `ip_address_at_signup` varchar(39),
  `voucher` int,
  `last_read_updateid` int,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `login_login_name_key` (`login_name`),
  CONSTRAINT `login_voucher_fkey` FOREIGN KEY (`voucher`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logincreate` (
  `token` varchar(100) NOT NULL,
  `username` varchar(25) NOT NULL,
  `login_name` varchar(25) NOT NULL,
  `hashpass` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `invalid` tinyint(1) NOT NULL DEFAULT 0,
  `invalid_email_addr` varchar(100),
  `ip_address_signup_request` varchar(39),
  PRIMARY KEY (`token`),
  UNIQUE KEY `logincreate_login_name_key` (`login_name`),
  UNIQUE KEY `logincreate_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `mediaid` int NOT NULL AUTO_INCREMENT,
  `file_type` varchar(8) NOT NULL,
  `attributes` text NOT NULL DEFAULT '',
  `sha256` varchar(64),
  PRIMARY KEY (`mediaid`),
  KEY `ind_media_sha256` (`sha256`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `searchtag` (
  `tagid` int NOT NULL AUTO_INCREMENT,
  `title` varchar(162) NOT NULL,
  PRIMARY KEY (`tagid`),
  UNIQUE KEY `searchtag_title_key` (`title`),
  KEY `ind_searchtag_tagid` (`tagid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `siteupdate` (
  `updateid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `wesley` tinyint(1) NOT NULL DEFAULT 0,
  `title` varchar(100) NOT NULL,
  `content` text NOT NULL,
  `unixtime` int NOT NULL,
  PRIMARY KEY (`updateid`),
  CONSTRAINT `siteupdate_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_agents` (
  `user_agent_id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(1024) NOT NULL,
  PRIMARY KEY (`user_agent_id`),
  UNIQUE KEY `user_agents_user_agent_key` (`user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `views` (
  `viewer` varchar(127) NOT NULL,
  `targetid` int NOT NULL,
  `type` int NOT NULL,
  `viewed_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`viewer`, `targetid`, `type`),
  KEY `ind_views_viewed_at` (`viewed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `userid` int NOT NULL,
  `token` varchar(64) NOT NULL,
  `description` text,
  PRIMARY KEY (`userid`, `token`),
  CONSTRAINT `api_tokens_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_optout_tags` (
  `tagid` int NOT NULL,
  `targetid` int NOT NULL,
  PRIMARY KEY (`tagid`, `targetid`),
  KEY `ind_artist_optout_tags_targetid` (`targetid`),
  CONSTRAINT `artist_optout_tags_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `artist_optout_tags_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_preferred_tags` (
  `tagid` int NOT NULL,
  `targetid` int NOT NULL,
  PRIMARY KEY (`tagid`, `targetid`),
  KEY `ind_artist_preferred_tags_targetid` (`targetid`),
  CONSTRAINT `artist_preferred_tags_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `artist_preferred_tags_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authbcrypt` (
  `userid` int NOT NULL,
  `hashsum` varchar(100) NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `authbcrypt_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocktag` (
  `userid` int NOT NULL,
  `tagid` int NOT NULL,
  `rating` int NOT NULL,
  PRIMARY KEY (`userid`, `tagid`),
  KEY `ind_blocktag_userid` (`userid`),
  CONSTRAINT `blocktag_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `blocktag_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `character` (
  `charid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `unixtime` int NOT NULL,
  `char_name` varchar(100) NOT NULL DEFAULT '',
  `age` varchar(100) NOT NULL DEFAULT '',
  `gender` varchar(100) NOT NULL DEFAULT '',
  `height` varchar(100) NOT NULL DEFAULT '',
  `weight` varchar(100) NOT NULL DEFAULT '',
  `species` varchar(100) NOT NULL DEFAULT '',
  `content` mediumtext NOT NULL DEFAULT '',
  `rating` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `friends_only` tinyint(1) NOT NULL DEFAULT 0,
  `page_views` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`charid`),
  KEY `ind_character_userid` (`userid`),
  CONSTRAINT `character_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commishclass` (
  `classid` int NOT NULL,
  `userid` int NOT NULL,
  `title` varchar(100) NOT NULL,
  PRIMARY KEY (`classid`, `userid`),
  KEY `ind_commishclass_userid` (`userid`),
  UNIQUE KEY `ind_userid_title` (`userid`, `title`),
  CONSTRAINT `commishclass_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commishdesc` (
  `userid` int NOT NULL,
  `content` mediumtext NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `commishdesc_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commishprice` (
  `priceid` int NOT NULL,
  `classid` int NOT NULL,
  `userid` int NOT NULL,
  `title` varchar(500) NOT NULL,
  `amount_min` int NOT NULL,
  `amount_max` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`priceid`, `classid`, `userid`),
  UNIQUE KEY `ind_classid_userid_title` (`classid`, `userid`, `title`),
  CONSTRAINT `commishprice_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailverify` (
  `userid` int NOT NULL,
  `email` varchar(100) NOT NULL,
  `createtimestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `token` varchar(100) NOT NULL,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `emailverify_email_key` (`email`),
  KEY `ind_emailverify_token` (`token`),
  CONSTRAINT `emailverify_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite` (
  `userid` int NOT NULL,
  `targetid` int NOT NULL,
  `type` varchar(5) NOT NULL DEFAULT '',
  `unixtime` int NOT NULL,
  PRIMARY KEY (`userid`, `targetid`, `type`),
  KEY `ind_favorite_type_targetid` (`type`, `targetid`),
  KEY `ind_favorite_userid` (`userid`),
  KEY `ind_favorite_userid_type_unixtime` (`userid`, `type`, `unixtime`),
  CONSTRAINT `favorite_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder` (
  `folderid` int NOT NULL AUTO_INCREMENT,
  `parentid` int NOT NULL,
  `userid` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`folderid`),
  KEY `ind_folder_userid` (`userid`),
  CONSTRAINT `folder_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frienduser` (
  `userid` int NOT NULL,
  `otherid` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT 'p',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `accepted_at` datetime,
  PRIMARY KEY (`userid`, `otherid`),
  KEY `ind_frienduser_otherid` (`otherid`),
  CONSTRAINT `frienduser_otherid_fkey` FOREIGN KEY (`otherid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `frienduser_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `globally_restricted_tags` (
  `tagid` int NOT NULL,
  `userid` int NOT NULL,
  PRIMARY KEY (`tagid`),
  CONSTRAINT `globally_restricted_tags_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `globally_restricted_tags_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ignoreuser` (
  `userid` int NOT NULL,
  `otherid` int NOT NULL,
  PRIMARY KEY (`userid`, `otherid`),
  KEY `ind_ignoreuser_userid` (`userid`),
  CONSTRAINT `ignoreuser_otherid_fkey` FOREIGN KEY (`otherid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ignoreuser_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal` (
  `journalid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `title` varchar(200) NOT NULL,
  `content` mediumtext NOT NULL,
  `rating` int NOT NULL,
  `unixtime` int NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `friends_only` tinyint(1) NOT NULL DEFAULT 0,
  `page_views` int NOT NULL DEFAULT 0,
  `submitter_ip_address` varchar(45),
  `submitter_user_agent_id` int,
  PRIMARY KEY (`journalid`),
  KEY `ind_journal_userid` (`userid`),
  CONSTRAINT `journal_user_agent_id_fkey` FOREIGN KEY (`submitter_user_agent_id`) REFERENCES `user_agents` (`user_agent_id`),
  CONSTRAINT `journal_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `noteid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `otherid` int NOT NULL,
  `user_folder` int NOT NULL DEFAULT 0,
  `other_folder` int NOT NULL DEFAULT 0,
  `title` varchar(100) NOT NULL,
  `content` mediumtext NOT NULL,
  `unixtime` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT 'u',
  PRIMARY KEY (`noteid`),
  KEY `ind_message_otherid_noteid` (`otherid`, `noteid`),
  KEY `ind_message_userid_noteid` (`userid`, `noteid`),
  CONSTRAINT `message_otherid_fkey` FOREIGN KEY (`otherid`) REFERENCES `login` (`userid`),
  CONSTRAINT `message_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_consumers` (
  `clientid` varchar(32) NOT NULL,
  `description` text NOT NULL,
  `ownerid` int NOT NULL,
  `grant_type` varchar(32) NOT NULL,
  `response_type` varchar(32) NOT NULL,
  `scopes` text NOT NULL,
  `redirect_uris` text NOT NULL,
  `client_secret` varchar(64) NOT NULL,
  PRIMARY KEY (`clientid`),
  CONSTRAINT `oauth_consumers_owner_fkey` FOREIGN KEY (`ownerid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permaban` (
  `userid` int NOT NULL,
  `reason` text NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `permaban_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permitted_senders` (
  `userid` int NOT NULL,
  `sender` int NOT NULL,
  PRIMARY KEY (`userid`, `sender`),
  CONSTRAINT `permitted_senders_sender_fkey` FOREIGN KEY (`sender`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `permitted_senders_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile` (
  `userid` int NOT NULL,
  `username` varchar(25) NOT NULL,
  `full_name` varchar(100) NOT NULL,
  `catchphrase` varchar(200) NOT NULL DEFAULT '',
  `artist_type` varchar(100) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `latest_submission_time` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `profile_text` mediumtext NOT NULL DEFAULT '',
  `settings` varchar(20) NOT NULL DEFAULT 'ccci',
  `commissions_status` enum('exclude','closed','filled','sometimes','open'),
  `trades_status` enum('exclude','closed','filled','sometimes','open'),
  `requests_status` enum('exclude','closed','filled','sometimes','open'),
  `streaming_later` tinyint(1),
  `stream_url` varchar(500) NOT NULL DEFAULT '',
  `page_views` int NOT NULL DEFAULT 0,
  `config` varchar(50) NOT NULL DEFAULT '',
  `show_age` tinyint(1),
  `can_suggest_tags` tinyint(1) NOT NULL DEFAULT 1,
  `premium` tinyint(1) NOT NULL DEFAULT 0,
  `favorites_visibility` enum('nobody','friends','everyone'),
  `favorites_bar` tinyint(1),
  `shouts_from` enum('nobody','friends','everyone'),
  `messages_from` enum('nobody','friends','everyone'),
  `profile_guests` tinyint(1),
  `profile_stats` tinyint(1),
  `max_rating` enum('general','mature','explicit'),
  `watch_defaults` text,
  `thumbnail_bar` enum('submissions','collections','characters'),
  `jsonb_settings` json,
  `allow_collection_requests` tinyint(1),
  `collection_notifs` tinyint(1),
  `custom_thumbs` tinyint(1),
  `stream_text` varchar(2000),
  PRIMARY KEY (`userid`),
  UNIQUE KEY `profile_username_key` (`username`),
  CONSTRAINT `profile_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `sessionid` varchar(64) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_active` datetime DEFAULT CURRENT_TIMESTAMP,
  `userid` int,
  `additional_data` text NOT NULL DEFAULT '',
  `ip_address` varchar(39),
  `user_agent_id` int,
  PRIMARY KEY (`sessionid`),
  KEY `ind_sessions_created_at` (`created_at`),
  KEY `ind_sessions_last_active` (`last_active`),
  KEY `ind_sessions_userid` (`userid`),
  CONSTRAINT `sessions_user_agent_id_fkey` FOREIGN KEY (`user_agent_id`) REFERENCES `user_agents` (`user_agent_id`),
  CONSTRAINT `sessions_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `siteupdatecomment` (
  `commentid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `targetid` int NOT NULL,
  `parentid` int,
  `content` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `hidden_at` datetime,
  `hidden_by` int,
  PRIMARY KEY (`commentid`),
  UNIQUE KEY `siteupdatecomment_targetid_commentid_key` (`targetid`, `commentid`),
  CONSTRAINT `siteupdatecomment_hidden_by_fkey` FOREIGN KEY (`hidden_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `siteupdatecomment_parentid_fkey` FOREIGN KEY (`targetid`, `parentid`) REFERENCES `siteupdatecomment` (`targetid`, `commentid`),
  CONSTRAINT `siteupdatecomment_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `siteupdate` (`updateid`),
  CONSTRAINT `siteupdatecomment_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suspension` (
  `userid` int NOT NULL,
  `reason` text NOT NULL,
  `release` int NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `suspension_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twofa_recovery_codes` (
  `userid` int NOT NULL,
  `recovery_code_hash` varchar(100) NOT NULL,
  KEY `ind_twofa_recovery_codes_userid` (`userid`),
  CONSTRAINT `twofa_recovery_codes_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_events` (
  `eventid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `event` varchar(100) NOT NULL,
  `data` json NOT NULL,
  `occurred` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`eventid`),
  KEY `ind_user_events_userid_eventid` (`userid`, `eventid`),
  CONSTRAINT `user_events_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_links` (
  `linkid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `link_type` varchar(64) NOT NULL,
  `link_value` varchar(2000) NOT NULL,
  PRIMARY KEY (`linkid`),
  KEY `ind_user_links_userid` (`userid`),
  CONSTRAINT `user_links_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_media_links` (
  `linkid` int NOT NULL AUTO_INCREMENT,
  `mediaid` int NOT NULL,
  `userid` int NOT NULL,
  `link_type` varchar(32) NOT NULL,
  PRIMARY KEY (`linkid`),
  KEY `ind_user_media_links_mediaid` (`mediaid`),
  KEY `ind_user_media_links_submitid` (`userid`),
  KEY `ind_user_media_links_userid` (`userid`),
  CONSTRAINT `user_media_links_mediaid_fkey` FOREIGN KEY (`mediaid`) REFERENCES `media` (`mediaid`),
  CONSTRAINT `user_media_links_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_restricted_tags` (
  `tagid` int NOT NULL,
  `userid` int NOT NULL,
  PRIMARY KEY (`userid`, `tagid`),
  CONSTRAINT `user_restricted_tags_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `user_restricted_tags_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_streams` (
  `userid` int NOT NULL,
  `start_time` int NOT NULL,
  `end_time` int NOT NULL,
  PRIMARY KEY (`userid`),
  KEY `ind_user_streams_end` (`end_time`),
  KEY `ind_user_streams_end_time` (`end_time`),
  CONSTRAINT `user_streams_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `useralias` (
  `userid` int NOT NULL,
  `alias_name` varchar(25) NOT NULL,
  `settings` text NOT NULL DEFAULT '',
  PRIMARY KEY (`userid`, `alias_name`),
  UNIQUE KEY `useralias_alias_name_key` (`alias_name`),
  CONSTRAINT `useralias_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userinfo` (
  `userid` int NOT NULL,
  `birthday` date,
  `asserted_adult` tinyint(1) NOT NULL DEFAULT 0,
  `gender` varchar(100) NOT NULL DEFAULT '',
  `country` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`userid`),
  CONSTRAINT `userinfo_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `username_history` (
  `historyid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `username` varchar(25) NOT NULL,
  `login_name` varchar(25) NOT NULL,
  `replaced_at` datetime NOT NULL,
  `replaced_by` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  `deactivated_at` datetime,
  `deactivated_by` int,
  `cosmetic` tinyint(1) NOT NULL,
  PRIMARY KEY (`historyid`),
  CONSTRAINT `username_history_deactivated_by_fkey` FOREIGN KEY (`deactivated_by`) REFERENCES `login` (`userid`),
  CONSTRAINT `username_history_replaced_by_fkey` FOREIGN KEY (`replaced_by`) REFERENCES `login` (`userid`),
  CONSTRAINT `username_history_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchuser` (
  `userid` int NOT NULL,
  `otherid` int NOT NULL,
  `settings` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`userid`, `otherid`),
  KEY `ind_watchuser_otherid` (`otherid`),
  KEY `ind_watchuser_otherid_settings` (`otherid`, `settings`),
  KEY `ind_watchuser_settings` (`settings`),
  KEY `ind_watchuser_userid` (`userid`),
  KEY `ind_watchuser_userid_settings` (`userid`, `settings`),
  CONSTRAINT `watchuser_otherid_fkey` FOREIGN KEY (`otherid`) REFERENCES `login` (`userid`),
  CONSTRAINT `watchuser_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `welcome` (
  `welcomeid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `otherid` int NOT NULL,
  `referid` int NOT NULL DEFAULT 0,
  `targetid` int NOT NULL DEFAULT 0,
  `unixtime` int NOT NULL,
  `type` int NOT NULL,
  `deleted` datetime,
  PRIMARY KEY (`welcomeid`),
  KEY `ind_welcome_otherid` (`otherid`),
  KEY `ind_welcome_referid` (`referid`),
  KEY `ind_welcome_targetid` (`targetid`),
  KEY `ind_welcome_type` (`type`),
  KEY `ind_welcome_unixtime` (`unixtime`),
  KEY `ind_welcome_userid_type` (`userid`, `type`),
  CONSTRAINT `welcome_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charcomment` (
  `commentid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `targetid` int NOT NULL,
  `parentid` int NOT NULL DEFAULT 0,
  `content` text NOT NULL,
  `unixtime` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  `hidden_by` int,
  PRIMARY KEY (`commentid`),
  KEY `ind_charcomment_targetid_commentid` (`targetid`, `commentid`),
  CONSTRAINT `charcomment_hidden_by_fkey` FOREIGN KEY (`hidden_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `charcomment_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `character` (`charid`),
  CONSTRAINT `charcomment_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journalcomment` (
  `commentid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `targetid` int NOT NULL,
  `parentid` int NOT NULL DEFAULT 0,
  `content` text NOT NULL,
  `unixtime` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  `hidden_by` int,
  PRIMARY KEY (`commentid`),
  KEY `ind_journalcomment_targetid_commentid` (`targetid`, `commentid`),
  CONSTRAINT `journalcomment_hidden_by_fkey` FOREIGN KEY (`hidden_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `journalcomment_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `journal` (`journalid`),
  CONSTRAINT `journalcomment_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_bearer_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `clientid` varchar(32) NOT NULL,
  `userid` int NOT NULL,
  `scopes` text NOT NULL,
  `access_token` varchar(64) NOT NULL,
  `refresh_token` varchar(64) NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_bearer_tokens_access_token_key` (`access_token`),
  UNIQUE KEY `oauth_bearer_tokens_refresh_token_key` (`refresh_token`),
  CONSTRAINT `oauth_bearer_tokens_clientid_fkey` FOREIGN KEY (`clientid`) REFERENCES `oauth_consumers` (`clientid`),
  CONSTRAINT `oauth_bearer_tokens_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `searchmapchar` (
  `tagid` int NOT NULL,
  `targetid` int NOT NULL,
  `settings` text NOT NULL DEFAULT '',
  `added_by` int,
  PRIMARY KEY (`tagid`, `targetid`),
  KEY `ind_searchmapchar_tagid` (`tagid`),
  KEY `ind_searchmapchar_targetid` (`targetid`),
  CONSTRAINT `searchmapchar_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `searchmapchar_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `searchmapchar_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `character` (`charid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `searchmapjournal` (
  `tagid` int NOT NULL,
  `targetid` int NOT NULL,
  `settings` text NOT NULL DEFAULT '',
  `added_by` int,
  PRIMARY KEY (`tagid`, `targetid`),
  KEY `ind_searchmapjournal_tagid` (`tagid`),
  KEY `ind_searchmapjournal_targetid` (`targetid`),
  CONSTRAINT `searchmapjournal_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `searchmapjournal_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `searchmapjournal_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `journal` (`journalid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission` (
  `submitid` int NOT NULL AUTO_INCREMENT,
  `folderid` int,
  `userid` int NOT NULL,
  `unixtime` int NOT NULL,
  `title` varchar(200) NOT NULL,
  `content` mediumtext NOT NULL,
  `subtype` int NOT NULL,
  `rating` int NOT NULL,
  `page_views` int NOT NULL DEFAULT 0,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `friends_only` tinyint(1) NOT NULL DEFAULT 0,
  `critique` tinyint(1) NOT NULL DEFAULT 0,
  `embed_type` enum('google-drive','other'),
  `favorites` int NOT NULL,
  `submitter_ip_address` varchar(45),
  `submitter_user_agent_id` int,
  `browse_excluded` tinyint(1),
  PRIMARY KEY (`submitid`),
  KEY `ind_submission_folderid` (`folderid`),
  KEY `ind_submission_userid_submitid` (`userid`, `submitid`),
  CONSTRAINT `submission_agent_id_fkey` FOREIGN KEY (`submitter_user_agent_id`) REFERENCES `user_agents` (`user_agent_id`),
  CONSTRAINT `submission_folderid_fkey` FOREIGN KEY (`folderid`) REFERENCES `folder` (`folderid`) ON DELETE SET NULL,
  CONSTRAINT `submission_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_suggestion_feedback_character` (
  `targetid` int NOT NULL,
  `tagid` int NOT NULL,
  `userid` int NOT NULL,
  `last_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `incorrect` tinyint(1) NOT NULL,
  `unwanted` tinyint(1) NOT NULL,
  `abusive` tinyint(1) NOT NULL,
  PRIMARY KEY (`targetid`, `tagid`, `userid`),
  CONSTRAINT `tag_suggestion_feedback_character_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `tag_suggestion_feedback_character_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `character` (`charid`) ON DELETE CASCADE,
  CONSTRAINT `tag_suggestion_feedback_character_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_suggestion_feedback_journal` (
  `targetid` int NOT NULL,
  `tagid` int NOT NULL,
  `userid` int NOT NULL,
  `last_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `incorrect` tinyint(1) NOT NULL,
  `unwanted` tinyint(1) NOT NULL,
  `abusive` tinyint(1) NOT NULL,
  PRIMARY KEY (`targetid`, `tagid`, `userid`),
  CONSTRAINT `tag_suggestion_feedback_journal_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `tag_suggestion_feedback_journal_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `journal` (`journalid`) ON DELETE CASCADE,
  CONSTRAINT `tag_suggestion_feedback_journal_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection` (
  `userid` int NOT NULL,
  `submitid` int NOT NULL,
  `unixtime` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT 'p',
  PRIMARY KEY (`userid`, `submitid`),
  KEY `ind_collection_userid` (`userid`),
  CONSTRAINT `collection_submitid_fkey` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`),
  CONSTRAINT `collection_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `commentid` int NOT NULL AUTO_INCREMENT,
  `userid` int NOT NULL,
  `target_user` int,
  `target_sub` int,
  `parentid` int,
  `content` text NOT NULL,
  `unixtime` int NOT NULL,
  `settings` varchar(20) NOT NULL DEFAULT '',
  `hidden_by` int,
  PRIMARY KEY (`commentid`),
  CONSTRAINT `comments_hidden_by_fkey` FOREIGN KEY (`hidden_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `comments_parentid_fkey` FOREIGN KEY (`parentid`) REFERENCES `comments` (`commentid`),
  CONSTRAINT `comments_target_sub_fkey` FOREIGN KEY (`target_sub`) REFERENCES `submission` (`submitid`),
  CONSTRAINT `comments_target_user_fkey` FOREIGN KEY (`target_user`) REFERENCES `login` (`userid`),
  CONSTRAINT `comments_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_doc_embeds` (
  `submitid` int NOT NULL,
  `embed_url` varchar(255) NOT NULL,
  PRIMARY KEY (`submitid`),
  CONSTRAINT `google_doc_embeds_submitid_fkey` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `searchmapsubmit` (
  `tagid` int NOT NULL,
  `targetid` int NOT NULL,
  `settings` text NOT NULL DEFAULT '',
  `added_by` int,
  PRIMARY KEY (`tagid`, `targetid`),
  KEY `ind_searchmapsubmit_tagid` (`tagid`),
  KEY `ind_searchmapsubmit_targetid` (`targetid`),
  CONSTRAINT `searchmapsubmit_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `searchmapsubmit_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `searchmapsubmit_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_media_links` (
  `linkid` int NOT NULL AUTO_INCREMENT,
  `mediaid` int NOT NULL,
  `submitid` int NOT NULL,
  `link_type` varchar(32) NOT NULL,
  PRIMARY KEY (`linkid`),
  KEY `ind_submission_media_links_mediaid` (`mediaid`),
  KEY `ind_submission_media_links_submitid` (`submitid`),
  CONSTRAINT `submission_media_links_mediaid_fkey` FOREIGN KEY (`mediaid`) REFERENCES `media` (`mediaid`),
  CONSTRAINT `submission_media_links_submitid_fkey` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_tags` (
  `submitid` int NOT NULL,
  `tags` text NOT NULL,
  PRIMARY KEY (`submitid`),
  CONSTRAINT `submission_tags_submitid_fkey` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_suggestion_feedback_submission` (
  `targetid` int NOT NULL,
  `tagid` int NOT NULL,
  `userid` int NOT NULL,
  `last_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `incorrect` tinyint(1) NOT NULL,
  `unwanted` tinyint(1) NOT NULL,
  `abusive` tinyint(1) NOT NULL,
  PRIMARY KEY (`targetid`, `tagid`, `userid`),
  CONSTRAINT `tag_suggestion_feedback_submission_tagid_fkey` FOREIGN KEY (`tagid`) REFERENCES `searchtag` (`tagid`),
  CONSTRAINT `tag_suggestion_feedback_submission_targetid_fkey` FOREIGN KEY (`targetid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE,
  CONSTRAINT `tag_suggestion_feedback_submission_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_updates` (
  `updateid` int NOT NULL AUTO_INCREMENT,
  `submitid` int NOT NULL,
  `userid` int NOT NULL,
  `added` text,
  `removed` text,
  `updated_at` int NOT NULL,
  PRIMARY KEY (`updateid`),
  KEY `ind_tag_updates_submitid` (`submitid`),
  CONSTRAINT `tag_updates_submitid_fkey` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tag_updates_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report` (
  `target_user` int,
  `target_sub` int,
  `target_char` int,
  `target_journal` int,
  `target_comment` int,
  `opened_at` datetime NOT NULL,
  `urgency` int NOT NULL,
  `closerid` int,
  `settings` varchar(20) NOT NULL DEFAULT '',
  `reportid` int NOT NULL AUTO_INCREMENT,
  `closed_at` datetime,
  `closure_reason` enum('legacy','action-taken','no-action-taken','invalid'),
  `closure_explanation` text,
  PRIMARY KEY (`reportid`),
  CONSTRAINT `report_closerid_fkey` FOREIGN KEY (`closerid`) REFERENCES `login` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `report_target_char_fkey` FOREIGN KEY (`target_char`) REFERENCES `character` (`charid`),
  CONSTRAINT `report_target_comment_fkey` FOREIGN KEY (`target_comment`) REFERENCES `comments` (`commentid`),
  CONSTRAINT `report_target_journal_fkey` FOREIGN KEY (`target_journal`) REFERENCES `journal` (`journalid`),
  CONSTRAINT `report_target_sub_fkey` FOREIGN KEY (`target_sub`) REFERENCES `submission` (`submitid`),
  CONSTRAINT `report_target_user_fkey` FOREIGN KEY (`target_user`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reportcomment` (
  `violation` int NOT NULL,
  `userid` int NOT NULL,
  `unixtime` int NOT NULL,
  `content` varchar(2000) NOT NULL DEFAULT '',
  `commentid` int NOT NULL AUTO_INCREMENT,
  `reportid` int NOT NULL,
  PRIMARY KEY (`commentid`),
  CONSTRAINT `reportcomment_reportid_fkey` FOREIGN KEY (`reportid`) REFERENCES `report` (`reportid`),
  CONSTRAINT `reportcomment_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `login` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `login` ADD CONSTRAINT `login_last_read_updateid_fkey` FOREIGN KEY (`last_read_updateid`) REFERENCES `siteupdate` (`updateid`);

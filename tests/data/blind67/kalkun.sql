-- Kalkun (kalkun-sms/Kalkun, commit 31516edc081ac22e530b2d8f741e86ceb9131322, GPL-2.0) on the Gammu SMSD database
-- (gammu/gammu, commit 78fd6a9212f3271a28c46f1cb8f7c302cd43a9b0, GPL-2.0): Kalkun is installed into gammu-smsd's own database.
-- gammu docs/sql/mysql.sql (schema version 17): gammu, inbox, outbox, outbox_multipart, phones, sentitems, with their indexes;
-- Kalkun application/sql/mysql/pbk_gammu.sql (pbk, pbk_groups, as gammu used to create them), pbk_kalkun.sql and kalkun.sql:
-- the columns Kalkun adds with ALTER TABLE (inbox.id_folder, inbox.readed, sentitems.id_folder, pbk/pbk_groups.id_user
-- and is_public) are written into the CREATE TABLE, after the upstream columns as ALTER TABLE ... ADD puts them; then
-- Kalkun's own tables (kalkun.sql) and the tables of its bundled plugins (application/plugins/*/media/mysql_*.sql).
-- Seed INSERTs left out. Upstream declares no foreign keys.

-- ===== Gammu SMSD (gammu docs/sql/mysql.sql) =====

CREATE TABLE `gammu` (
  `Version` integer NOT NULL default 0 PRIMARY KEY
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox` (
  `UpdatedInDB` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `ReceivingDateTime` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `InsertIntoDB` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `Text` text NOT NULL,
  `SenderNumber` varchar(20) NOT NULL default '',
  `Coding` enum('Default_No_Compression','Unicode_No_Compression','8bit','Default_Compression','Unicode_Compression') NOT NULL default 'Default_No_Compression',
  `UDH` text NOT NULL,
  `SMSCNumber` varchar(20) NOT NULL default '',
  `Class` integer NOT NULL default -1,
  `TextDecoded` text NOT NULL,
  `ID` integer unsigned NOT NULL auto_increment,
  `MessageID` integer unsigned NOT NULL default 0,
  `SequencePosition` integer NOT NULL default 1,
  `PartCount` integer NOT NULL default 1,
  `RecipientID` text NOT NULL,
  `Processed` enum('false','true') NOT NULL default 'false',
  `Status` integer NOT NULL default -1,
  `id_folder` INT( 11 ) NOT NULL DEFAULT '1',
  `readed` ENUM( 'false', 'true' ) NOT NULL DEFAULT 'false',
  PRIMARY KEY `ID` (`ID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=1 ;

CREATE INDEX inbox_message ON inbox(MessageID, SequencePosition);

CREATE INDEX inbox_insert ON inbox(InsertIntoDB);

CREATE TABLE `outbox` (
  `UpdatedInDB` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `InsertIntoDB` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `SendingDateTime` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `SendBefore` time NOT NULL DEFAULT '23:59:59',
  `SendAfter` time NOT NULL DEFAULT '00:00:00',
  `SendDays` integer NOT NULL DEFAULT 127,
  `Text` text,
  `DestinationNumber` varchar(20) NOT NULL default '',
  `Coding` enum('Default_No_Compression','Unicode_No_Compression','8bit','Default_Compression','Unicode_Compression') NOT NULL default 'Default_No_Compression',
  `UDH` text,
  `Class` integer default -1,
  `TextDecoded` text NOT NULL,
  `ID` integer unsigned NOT NULL auto_increment,
  `MultiPart` enum('false','true') default 'false',
  `RelativeValidity` integer default -1,
  `SenderID` varchar(255),
  `SendingTimeOut` timestamp NULL default CURRENT_TIMESTAMP,
  `DeliveryReport` enum('default','yes','no') default 'default',
  `CreatorID` text NOT NULL,
  `Retries` int(3) default 0,
  `Priority` integer default 0,
  `Status` enum('SendingOK','SendingOKNoReport','SendingError','DeliveryOK','DeliveryFailed','DeliveryPending','DeliveryUnknown','Error','Reserved') NOT NULL default 'Reserved',
  `StatusCode` integer NOT NULL default -1,
  PRIMARY KEY `ID` (`ID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE INDEX outbox_date ON outbox(SendingDateTime, SendingTimeOut);

CREATE INDEX outbox_sender ON outbox(SenderID(250));

CREATE TABLE `outbox_multipart` (
  `Text` text,
  `Coding` enum('Default_No_Compression','Unicode_No_Compression','8bit','Default_Compression','Unicode_Compression') NOT NULL default 'Default_No_Compression',
  `UDH` text,
  `Class` integer default -1,
  `TextDecoded` text,
  `ID` integer unsigned NOT NULL default 0,
  `SequencePosition` integer NOT NULL default 1,
  `Status` enum('SendingOK','SendingOKNoReport','SendingError','DeliveryOK','DeliveryFailed','DeliveryPending','DeliveryUnknown','Error','Reserved') NOT NULL default 'Reserved',
  `StatusCode` integer NOT NULL default -1,
  PRIMARY KEY (`ID`, `SequencePosition`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phones` (
  `ID` text NOT NULL,
  `UpdatedInDB` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `InsertIntoDB` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `TimeOut` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `Send` enum('yes','no') NOT NULL default 'no',
  `Receive` enum('yes','no') NOT NULL default 'no',
  `IMEI` varchar(35) NOT NULL,
  `IMSI` varchar(35) NOT NULL,
  `NetCode` varchar(10) default 'ERROR',
  `NetName` varchar(35) default 'ERROR',
  `Client` text NOT NULL,
  `Battery` integer NOT NULL DEFAULT -1,
  `Signal` integer NOT NULL DEFAULT -1,
  `Sent` int NOT NULL DEFAULT 0,
  `Received` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`IMEI`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sentitems` (
  `UpdatedInDB` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `InsertIntoDB` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `SendingDateTime` timestamp NOT NULL default CURRENT_TIMESTAMP,
  `DeliveryDateTime` timestamp NULL,
  `Text` text NOT NULL,
  `DestinationNumber` varchar(20) NOT NULL default '',
  `Coding` enum('Default_No_Compression','Unicode_No_Compression','8bit','Default_Compression','Unicode_Compression') NOT NULL default 'Default_No_Compression',
  `UDH` text NOT NULL,
  `SMSCNumber` varchar(20) NOT NULL default '',
  `Class` integer NOT NULL default -1,
  `TextDecoded` text NOT NULL,
  `ID` integer unsigned NOT NULL default 0,
  `SenderID` varchar(255) NOT NULL,
  `SequencePosition` integer NOT NULL default 1,
  `Status` enum('SendingOK','SendingOKNoReport','SendingError','DeliveryOK','DeliveryFailed','DeliveryPending','DeliveryUnknown','Error') NOT NULL default 'SendingOK',
  `StatusError` integer NOT NULL default -1,
  `TPMR` integer NOT NULL default -1,
  `RelativeValidity` integer NOT NULL default -1,
  `CreatorID` text NOT NULL,
  `StatusCode` integer NOT NULL default -1,
  `id_folder` INT( 11 ) NOT NULL DEFAULT '3',
  PRIMARY KEY (`ID`, `SequencePosition`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE INDEX sentitems_date ON sentitems(DeliveryDateTime);

CREATE INDEX sentitems_tpmr ON sentitems(TPMR);

CREATE INDEX sentitems_dest ON sentitems(DestinationNumber);

CREATE INDEX sentitems_sender ON sentitems(SenderID(250));

-- ===== Kalkun application/sql/mysql/pbk_gammu.sql + pbk_kalkun.sql =====

CREATE TABLE `pbk` (
  `ID` integer NOT NULL auto_increment,
  `GroupID` integer NOT NULL default '-1',
  `Name` text NOT NULL,
  `Number` text NOT NULL,
  `id_user` INT( 11 ) NOT NULL,
  `is_public` enum('true','false') NOT NULL DEFAULT 'false',
  PRIMARY KEY (`ID`)
);

CREATE TABLE `pbk_groups` (
  `Name` text NOT NULL,
  `ID` integer NOT NULL auto_increment,
  `id_user` INT( 11 ) NOT NULL,
  `is_public` enum('true','false') NOT NULL DEFAULT 'false',
  PRIMARY KEY `ID` (`ID`)
);

-- ===== Kalkun application/sql/mysql/kalkun.sql =====

CREATE TABLE IF NOT EXISTS `kalkun` (
  `version` text NOT NULL
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `sms_used` (
  `id_sms_used` int(11) NOT NULL AUTO_INCREMENT,
  `sms_date` date NOT NULL,
  `id_user` int(11) NOT NULL,
  `out_sms_count` int(11) NOT NULL DEFAULT '0',
  `in_sms_count` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_sms_used`)
)  DEFAULT CHARSET=utf8mb4 ;

CREATE TABLE IF NOT EXISTS `user` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(12) NOT NULL,
  `realname` varchar(100) NOT NULL,
  `password` varchar(191) NOT NULL,
  `phone_number` varchar(15) NOT NULL,
  `level` enum('admin','user') NOT NULL DEFAULT 'user',
  PRIMARY KEY (`id_user`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `phone_number` (`phone_number`)
)  DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=2 ;

CREATE TABLE IF NOT EXISTS `user_folders` (
  `id_folder` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `id_user` int(11) NOT NULL,
  PRIMARY KEY (`id_folder`)
)  DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=11 ;

CREATE TABLE IF NOT EXISTS `user_inbox` (
  `id_inbox` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `trash` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_inbox`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_outbox` (
  `id_outbox` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  PRIMARY KEY (`id_outbox`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_sentitems` (
  `id_sentitems` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `trash` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_sentitems`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_settings` (
  `id_user` int(11) NOT NULL,
  `theme` varchar(10) NOT NULL DEFAULT 'blue',
  `signature` varchar(50) NOT NULL,
  `permanent_delete` enum('true','false') NOT NULL DEFAULT 'false',
  `paging` int(2) NOT NULL DEFAULT '10',
  `bg_image` varchar(50) NOT NULL,
  `delivery_report` enum('default','yes','no') NOT NULL DEFAULT 'default',
  `language` varchar(20) NOT NULL DEFAULT 'english',
  `conversation_sort` enum('asc','desc') NOT NULL DEFAULT 'asc',
  `country_code` varchar(2) NOT NULL DEFAULT 'US',
  PRIMARY KEY (`id_user`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_group` (
  `id_group` int(11) NOT NULL AUTO_INCREMENT,
  `id_pbk` int(11) NOT NULL,
  `id_pbk_groups` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  PRIMARY KEY (`id_group`)
)  DEFAULT CHARSET=utf8mb4 ;

CREATE TABLE IF NOT EXISTS `user_templates` (
  `id_template` int(11) NOT NULL AUTO_INCREMENT,
  `id_user` int(11) NOT NULL,
  `Name` varchar(64) NOT NULL,
  `Message` text NOT NULL,
  PRIMARY KEY (`id_template`)
)  DEFAULT CHARSET=utf8mb4 ;

CREATE TABLE `b8_wordlist` (
  `token` varchar(190) character set utf8mb4 collate utf8mb4_bin NOT NULL,
  `count_ham` int unsigned default NULL,
  `count_spam` int unsigned default NULL,
  PRIMARY KEY (`token`)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS `plugins` (
  `plugin_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `plugin_system_name` varchar(191) NOT NULL,
  `plugin_name` varchar(191) NOT NULL,
  `plugin_uri` varchar(120) DEFAULT NULL,
  `plugin_version` varchar(30) NOT NULL,
  `plugin_description` text,
  `plugin_author` varchar(120) DEFAULT NULL,
  `plugin_author_uri` varchar(120) DEFAULT NULL,
  `plugin_data` longtext,
  PRIMARY KEY (`plugin_id`),
  UNIQUE KEY `plugin_index` (`plugin_system_name`) USING BTREE
)  DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_forgot_password` (
  `id_user` int(11) NOT NULL,
  `token` varchar(191) NOT NULL,
  `valid_until` datetime NOT NULL,
  PRIMARY KEY (`id_user`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `user_filters` (
  `id_filter` int(11) NOT NULL AUTO_INCREMENT,
  `id_user` int(11) NOT NULL,
  `from` varchar(15) NOT NULL,
  `has_the_words` varchar(50) NOT NULL,
  `id_folder` int(11) NOT NULL,
  PRIMARY KEY (`id_filter`)
)  DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `ci_sessions` (
  `id` varchar(128) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `timestamp` int(10) unsigned DEFAULT 0 NOT NULL,
  `data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ci_sessions_timestamp` (`timestamp`)
);

-- ===== plugin blacklist_number (application/plugins/blacklist_number/media/mysql_blacklist_number.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_blacklist_number` (
  `id_blacklist_number` int(11) NOT NULL AUTO_INCREMENT,
  `phone_number` varchar(15) NOT NULL,
  `reason` varchar(255) NOT NULL,
  PRIMARY KEY (`id_blacklist_number`)
);

-- ===== plugin server_alert (application/plugins/server_alert/media/mysql_server_alert.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_server_alert` (
  `id_server_alert` int(11) NOT NULL AUTO_INCREMENT,
  `alert_name` varchar(100) NOT NULL,
  `ip_address` varchar(20) NOT NULL,
  `port_number` int(5) NOT NULL,
  `timeout` int(4) NOT NULL DEFAULT '30',
  `phone_number` varchar(15) NOT NULL,
  `respond_message` varchar(135) NOT NULL,
  `status` enum('true','false') NOT NULL DEFAULT 'true',
  `release_code` varchar(8) NOT NULL,
  PRIMARY KEY (`id_server_alert`)
);

-- ===== plugin sms_credit (application/plugins/sms_credit/media/mysql_sms_credit.sql) =====

CREATE TABLE IF NOT EXISTS  `plugin_sms_credit` (
`id_user_credit` INT( 11 ) NOT NULL AUTO_INCREMENT PRIMARY KEY ,
`id_user` INT( 11 ) NOT NULL ,
`id_template_credit` INT( 11 ) NOT NULL ,
`valid_start` DATETIME NOT NULL ,
`valid_end` DATETIME NOT NULL
) ENGINE = MYISAM ;

CREATE TABLE IF NOT EXISTS `plugin_sms_credit_template` (
`id_credit_template` INT( 11 ) NOT NULL AUTO_INCREMENT PRIMARY KEY ,
`template_name` VARCHAR( 50 ) NOT NULL ,
`sms_numbers` INT( 11 ) NOT NULL
) ENGINE = MYISAM ;

-- ===== plugin sms_member (application/plugins/sms_member/media/mysql_sms_member.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_sms_member` (
  `id_member` int(11) NOT NULL AUTO_INCREMENT,
  `phone_number` text NOT NULL,
  `reg_date` datetime NOT NULL,
  PRIMARY KEY (`id_member`)
);

-- ===== plugin sms_to_email (application/plugins/sms_to_email/media/mysql_sms_to_email.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_sms_to_email` (
  `id_user` int(11) NOT NULL,
  `email_forward` ENUM('true', 'false') NOT NULL DEFAULT 'false',
  `email_id` VARCHAR(64) NOT NULL,
  UNIQUE(`id_user`)
);

-- ===== plugin sms_to_twitter (application/plugins/sms_to_twitter/media/mysql_sms_to_twitter.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_sms_to_twitter` (
  `id_user` int(11) NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `access_token_secret` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id_user`)
);

-- ===== plugin sms_to_wordpress (application/plugins/sms_to_wordpress/media/mysql_sms_to_wordpress.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_sms_to_wordpress` (
  `id_user` int(11) NOT NULL,
  `wp_username` VARCHAR(50) NOT NULL,
  `wp_password` VARCHAR(255) NOT NULL,
  `wp_url` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id_user`)
);

-- ===== plugin sms_to_xmpp (application/plugins/sms_to_xmpp/media/mysql_sms_to_xmpp.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_sms_to_xmpp` (
  `id_user` int(11) NOT NULL,
  `xmpp_host` varchar(100) NOT NULL,
  `xmpp_port` int(5) NOT NULL,
  `xmpp_username` varchar(50) NOT NULL,
  `xmpp_password` varchar(255) NOT NULL,
  `xmpp_server` varchar(100) NOT NULL,
  PRIMARY KEY (`id_user`)
);

-- ===== plugin stop_manager (application/plugins/stop_manager/media/mysql_stop_manager.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_stop_manager` (
    `id_stop_manager` int(5) NOT NULL AUTO_INCREMENT,
    `destination_number` varchar(20) NOT NULL,
    `stop_type` varchar(50) NOT NULL,
    `stop_message` varchar(2000) NOT NULL,
    `reg_date` datetime NOT NULL,
    PRIMARY KEY (`id_stop_manager`)
) DEFAULT CHARSET=utf8;

-- ===== plugin whitelist_number (application/plugins/whitelist_number/media/mysql_whitelist_number.sql) =====

CREATE TABLE IF NOT EXISTS `plugin_whitelist_number` (
  `id_whitelist` int(5) NOT NULL AUTO_INCREMENT,
  `match` varchar(200) NOT NULL,
  PRIMARY KEY (`id_whitelist`)
);

-- ===== plugin soap (application/plugins/soap/media/mysql_remote_access.sql) =====

CREATE TABLE `plugin_remote_access` (
  `id_remote_access` int(11) NOT NULL auto_increment,
  `access_name` varchar(100) NOT NULL,
  `ip_address` varchar(20) NOT NULL,
  `token` varchar(135) NOT NULL,
  `status` enum('true','false') NOT NULL default 'true',
  PRIMARY KEY  (`id_remote_access`)
);

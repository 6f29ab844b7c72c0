-- FileSender (filesender.org; GEANT / AARNet, Belnet, HEAnet, SURF, UNINETT), database schema version 258.
-- Upstream: github.com/filesender/filesender, commit e27cb5f05ac1006df1e2a26d09c35c8a575aa3e8 (BSD-3-Clause).
-- FileSender keeps its schema as PHP data maps ($dataMap in classes/data/*.class.php) and creates it with
-- scripts/upgrade/database.php. That script was run against an empty MariaDB 10.11 database (config: db_type mysql,
-- auth_sp_type fake; one local change to get past the check that refuses an empty database password), and the
-- tables were dumped with mysqldump --no-data. Column names, order, types, keys and the foreign keys the script adds
-- are upstream's; secondary indexes are kept as dumped, table options shortened to ENGINE/CHARSET, tables reordered
-- so every referenced table comes first. Left out: the ~30 reporting views the script also creates
-- (transfersview, auditlogsview ...) and DBTestingTableStringNumbers (a table for upstream's own test suite).

CREATE TABLE `IdPs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `entityid` varchar(170) DEFAULT NULL,
  `name` varchar(170) DEFAULT NULL,
  `description` varchar(170) DEFAULT NULL,
  `organization_name` varchar(170) DEFAULT NULL,
  `organization_display_name` varchar(170) DEFAULT NULL,
  `url` varchar(170) DEFAULT NULL,
  `organization_url` varchar(170) DEFAULT NULL,
  `created` datetime NOT NULL,
  `updated` datetime DEFAULT NULL,
  `extra` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IdPs_entityid` (`entityid`),
  KEY `IdPs_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Authentications` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `saml_user_identification_uid` varchar(170) NOT NULL,
  `saml_user_identification_uid_hash` varchar(200) DEFAULT NULL,
  `idpid` bigint(20) unsigned DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `last_activity` datetime DEFAULT NULL,
  `comment` varchar(100) DEFAULT NULL,
  `passwordhash` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Authentications_saml_user_identification_uid` (`saml_user_identification_uid`),
  KEY `Authentications_saml_user_identification_uid_hash` (`saml_user_identification_uid_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPreferences` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `authid` bigint(20) unsigned NOT NULL,
  `additional_attributes` text DEFAULT NULL,
  `lang` varchar(8) DEFAULT NULL,
  `aup_ticked` tinyint(3) unsigned NOT NULL,
  `aup_last_ticked_date` date DEFAULT NULL,
  `transfer_preferences` text NOT NULL,
  `guest_preferences` text NOT NULL,
  `frequent_recipients` text NOT NULL,
  `created` datetime NOT NULL,
  `last_activity` datetime DEFAULT NULL,
  `auth_secret` varchar(64) DEFAULT NULL,
  `auth_secret_created` datetime DEFAULT NULL,
  `quota` bigint(20) unsigned DEFAULT NULL,
  `guest_expiry_default_days` int(10) unsigned DEFAULT NULL,
  `service_aup_accepted_version` int(10) unsigned NOT NULL DEFAULT 0,
  `service_aup_accepted_time` datetime DEFAULT NULL,
  `save_frequent_email_address` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `save_transfer_preferences` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `UserPreferences_authid` (`authid`),
  CONSTRAINT `UserPreferences_authid` FOREIGN KEY (`authid`) REFERENCES `Authentications` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PublicKeys` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `userid` bigint(20) unsigned NOT NULL,
  `keytype` int(10) unsigned NOT NULL,
  `keydata` text DEFAULT NULL,
  `created` datetime NOT NULL,
  `isdefault` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `PublicKeys_created` (`created`),
  KEY `PublicKeys_userid` (`userid`),
  CONSTRAINT `PublicKeys_userid` FOREIGN KEY (`userid`) REFERENCES `UserPreferences` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClientLogs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `userid` bigint(20) unsigned DEFAULT NULL,
  `created` datetime NOT NULL,
  `message` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ClientLogs_userid` (`userid`),
  KEY `ClientLogs_created_and_userid` (`created`,`userid`),
  CONSTRAINT `ClientLog_userid` FOREIGN KEY (`userid`) REFERENCES `UserPreferences` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Guests` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `userid` bigint(20) unsigned NOT NULL,
  `user_email` varchar(250) NOT NULL,
  `token` varchar(60) NOT NULL,
  `email` varchar(255) NOT NULL,
  `transfer_count` int(10) unsigned NOT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `options` text NOT NULL,
  `transfer_options` text NOT NULL,
  `status` varchar(32) NOT NULL,
  `created` datetime NOT NULL,
  `expires` datetime DEFAULT NULL,
  `last_activity` datetime NOT NULL,
  `reminder_count` int(10) unsigned NOT NULL DEFAULT 0,
  `last_reminder` datetime DEFAULT NULL,
  `expiry_extensions` smallint(5) unsigned NOT NULL DEFAULT 0,
  `service_aup_accepted_version` int(10) unsigned NOT NULL DEFAULT 0,
  `service_aup_accepted_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `Guests_userid` (`userid`),
  CONSTRAINT `Guests_userid` FOREIGN KEY (`userid`) REFERENCES `UserPreferences` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantPasswordEncodings` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantPasswordEncodings_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Transfers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `userid` bigint(20) unsigned NOT NULL,
  `user_email` varchar(250) NOT NULL,
  `guest_id` bigint(20) unsigned DEFAULT NULL,
  `lang` varchar(8) DEFAULT NULL,
  `subject` varchar(250) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `created` datetime NOT NULL,
  `made_available` datetime DEFAULT NULL,
  `expires` datetime NOT NULL,
  `expiry_extensions` smallint(5) unsigned NOT NULL DEFAULT 0,
  `status` varchar(32) NOT NULL,
  `options` text NOT NULL,
  `key_version` smallint(5) unsigned NOT NULL DEFAULT 0,
  `salt` varchar(32) DEFAULT NULL,
  `password_version` smallint(5) unsigned NOT NULL DEFAULT 1,
  `password_encoding` int(10) unsigned NOT NULL DEFAULT 0,
  `password_hash_iterations` bigint(20) unsigned NOT NULL DEFAULT 150000,
  `client_entropy` varchar(44) DEFAULT NULL,
  `roundtriptoken` varchar(44) DEFAULT NULL,
  `guest_transfer_shown_to_user_who_invited_guest` tinyint(3) unsigned DEFAULT 1,
  `storage_filesystem_per_day_buckets` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `storage_filesystem_per_hour_buckets` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `storage_filesystem_per_idp` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `download_count` bigint(20) unsigned NOT NULL DEFAULT 0,
  `chunk_size` bigint(20) unsigned NOT NULL DEFAULT 0,
  `crypted_chunk_size` bigint(20) unsigned NOT NULL DEFAULT 0,
  `idpid` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Transfers_userid` (`userid`),
  KEY `Transfers_user_email` (`user_email`),
  KEY `Transfers_expires` (`expires`),
  KEY `Transfers_downlaods` (`download_count`),
  KEY `transfer_passwordencoding` (`password_encoding`),
  CONSTRAINT `Transfers_userid` FOREIGN KEY (`userid`) REFERENCES `UserPreferences` (`id`) ON DELETE CASCADE,
  CONSTRAINT `transfer_passwordencoding` FOREIGN KEY (`password_encoding`) REFERENCES `DBConstantPasswordEncodings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CollectionTypes` (
  `id` int(10) unsigned NOT NULL,
  `name` varchar(60) NOT NULL,
  `description` varchar(512) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Collections` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `transfer_id` int(10) unsigned NOT NULL,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `type_id` int(10) unsigned NOT NULL,
  `info` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Collections_transfer_id` (`transfer_id`),
  KEY `Collections_type_id` (`type_id`),
  KEY `Collections_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FileCollections` (
  `collection_id` bigint(20) unsigned NOT NULL,
  `file_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`collection_id`,`file_id`),
  KEY `FileCollections_file_id` (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Files` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `transfer_id` bigint(20) unsigned NOT NULL,
  `uid` varchar(60) NOT NULL,
  `puid` varchar(60) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `size` bigint(20) unsigned NOT NULL,
  `encrypted_size` bigint(20) unsigned DEFAULT NULL,
  `upload_start` datetime DEFAULT NULL,
  `upload_end` datetime DEFAULT NULL,
  `sha1` varchar(40) DEFAULT NULL,
  `storage_class_name` varchar(60) DEFAULT 'StorageFilesystem',
  `iv` varchar(24) DEFAULT NULL,
  `aead` varchar(512) DEFAULT NULL,
  `have_avresults` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `storage_path` varchar(170) DEFAULT NULL,
  `download_count` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`),
  UNIQUE KEY `puid` (`puid`),
  KEY `Files_transfer_id` (`transfer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantAVPrograms` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantAVPrograms_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AVResults` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `file_id` int(10) unsigned NOT NULL,
  `app_id` int(10) unsigned NOT NULL,
  `name` varchar(64) DEFAULT NULL,
  `passes` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `error` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `internaldesc` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`,`file_id`,`app_id`,`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Recipients` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `transfer_id` int(10) unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(60) NOT NULL,
  `created` datetime NOT NULL,
  `last_activity` datetime DEFAULT NULL,
  `options` text NOT NULL,
  `reminder_count` int(10) unsigned NOT NULL DEFAULT 0,
  `last_reminder` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Recipients_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DownloadOneTimePasswords` (
  `tid` bigint(20) unsigned NOT NULL,
  `rid` int(10) unsigned NOT NULL,
  `created` datetime NOT NULL,
  `password` varchar(64) NOT NULL,
  `verified` datetime DEFAULT NULL,
  PRIMARY KEY (`tid`,`rid`,`created`),
  KEY `DownloadOneTimePassword_rid` (`rid`),
  CONSTRAINT `DownloadOneTimePassword_rid` FOREIGN KEY (`rid`) REFERENCES `Recipients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `DownloadOneTimePassword_tid` FOREIGN KEY (`tid`) REFERENCES `Transfers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TrackingEvents` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(16) NOT NULL,
  `target_type` varchar(255) NOT NULL,
  `target_id` varchar(255) NOT NULL,
  `details` text NOT NULL,
  `created` datetime NOT NULL,
  `reported` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `TrackingEvents_type_id` (`target_type`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TranslatableEmails` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `context_type` varchar(255) NOT NULL,
  `context_id` varchar(255) NOT NULL,
  `token` varchar(60) NOT NULL,
  `translation_id` varchar(255) NOT NULL,
  `variables` mediumtext NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `TranslatableEmails_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AuditLogs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `event` varchar(32) NOT NULL,
  `target_type` varchar(255) NOT NULL,
  `target_id` varchar(255) NOT NULL,
  `author_type` varchar(255) DEFAULT NULL,
  `author_id` varchar(255) DEFAULT NULL,
  `ip` varchar(39) NOT NULL,
  `transaction_id` varchar(36) DEFAULT NULL,
  `created` datetime NOT NULL,
  `transfer_id` bigint(20) unsigned DEFAULT NULL,
  `file_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `AuditLogs_Type_ID` (`target_type`,`target_id`),
  KEY `AuditLogs_Author_ID` (`author_type`,`author_id`),
  KEY `AuditLogs_Transaction_ID` (`transaction_id`),
  KEY `AuditLogs_Created` (`created`),
  KEY `AuditLogs_created_event_ttype_tid` (`created`,`event`,`target_type`,`target_id`),
  KEY `AuditLogs_trid` (`transfer_id`,`target_type`,`target_id`),
  KEY `AuditLogs_fileid` (`file_id`,`target_type`,`target_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantBrowserTypes` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantBrowserTypes_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantOperatingSystems` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantOperatingSystems_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StatLogs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `event` varchar(32) NOT NULL,
  `target_type` varchar(255) NOT NULL,
  `size` bigint(20) DEFAULT NULL,
  `time_taken` bigint(20) DEFAULT NULL,
  `additional_attributes` text DEFAULT NULL,
  `created` datetime NOT NULL,
  `browser` int(10) unsigned DEFAULT NULL,
  `os` int(10) unsigned DEFAULT NULL,
  `is_encrypted` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `StatLogs_created` (`created`),
  KEY `StatLogs_event_tt` (`event`,`target_type`),
  KEY `statlogs_browsertype` (`browser`),
  KEY `statlogs_operatingsystem` (`os`),
  CONSTRAINT `statlogs_browsertype` FOREIGN KEY (`browser`) REFERENCES `DBConstantBrowserTypes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `statlogs_operatingsystem` FOREIGN KEY (`os`) REFERENCES `DBConstantOperatingSystems` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RateLimitHistorys` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created` datetime NOT NULL,
  `author_context_type` varchar(255) NOT NULL,
  `author_context_id` varchar(255) NOT NULL,
  `action` varchar(40) NOT NULL,
  `event` varchar(255) NOT NULL,
  `target_context_type` varchar(255) NOT NULL,
  `target_context_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `RateLimitHistorys_action_event_created` (`action`,`event`,`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UploadGraphs` (
  `date` datetime NOT NULL,
  `speed` decimal(65,0) DEFAULT NULL,
  `enspeed` decimal(65,0) DEFAULT NULL,
  `count` decimal(65,0) DEFAULT NULL,
  `encount` decimal(65,0) DEFAULT NULL,
  PRIMARY KEY (`date`),
  KEY `UploadGraphs_date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShredFiles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `errormessage` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantEpochTypes` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantEpochTypes_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBConstantStatsEvents` (
  `id` int(10) unsigned NOT NULL,
  `description` varchar(160) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `DBConstantStatsEvents_description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AggregateStatistics` (
  `epoch` datetime NOT NULL,
  `epochtype` int(10) unsigned NOT NULL,
  `eventtype` int(10) unsigned NOT NULL,
  `eventcount` bigint(20) unsigned DEFAULT NULL,
  `timesum` decimal(65,0) NOT NULL DEFAULT 0,
  `sizesum` decimal(65,0) NOT NULL DEFAULT 0,
  `encryptedsum` decimal(65,0) NOT NULL DEFAULT 0,
  PRIMARY KEY (`epoch`,`epochtype`,`eventtype`),
  KEY `AggregateStatistic_epochtype` (`epochtype`),
  KEY `AggregateStatistic_eventtype` (`eventtype`),
  CONSTRAINT `AggregateStatistic_epochtype` FOREIGN KEY (`epochtype`) REFERENCES `DBConstantEpochTypes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `AggregateStatistic_eventtype` FOREIGN KEY (`eventtype`) REFERENCES `DBConstantStatsEvents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AggregateStatisticMetadatas` (
  `id` int(10) unsigned NOT NULL,
  `filesenderversion` varchar(170) DEFAULT NULL,
  `lastsend` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Metadatas` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `schemaversion` int(10) unsigned NOT NULL,
  `created` datetime NOT NULL,
  `message` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

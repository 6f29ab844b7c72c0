-- ZMS / eappointment (Zeitmanagementsystem: appointment booking and walk-in waiting-number queue of the citizens'
-- offices of Munich, built on BerlinOnline's ZMS of the Berlin Bürgerämter)
-- Upstream: github.com/it-at-m/eappointment, commit 7b670e4e6f008fbd427b50abada0a5d829961cce (EUPL-1.2)
-- Built by loading upstream's schema dump `.resources/zms.sql` (phpMyAdmin dump of October 2025) into MariaDB 10.11,
-- replaying the 75 files of `zmsbackend/migrations/*.sql` that its `migrations` table does not list (in file-name
-- order, as upstream's migration runner does; all ran without error), and reading every table back with
-- SHOW CREATE TABLE. Column order, keys and foreign keys are upstream's; only AUTO_INCREMENT=n counters dropped.
-- Left out: `wartenrstatistik` (195 columns of hourly waiting-time aggregates per location and day).

CREATE TABLE `apiclient` (
  `apiClientID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `clientKey` varchar(32) NOT NULL,
  `shortname` varchar(32) NOT NULL,
  `accesslevel` enum('public','intern','blocked') DEFAULT 'public',
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`apiClientID`),
  KEY `clientKey` (`clientKey`,`accesslevel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `apikey` (
  `key` varchar(100) NOT NULL,
  `createIP` varchar(40) NOT NULL,
  `ts` bigint(20) NOT NULL,
  `apiClientID` int(5) unsigned DEFAULT 1,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `apiquota` (
  `quotaid` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(100) NOT NULL,
  `route` varchar(100) NOT NULL,
  `period` enum('minute','hour','day','week','month') NOT NULL,
  `requests` int(3) NOT NULL,
  `ts` bigint(20) NOT NULL,
  PRIMARY KEY (`quotaid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `availability_history` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `scope_id` int(5) unsigned NOT NULL,
  `availability_id` int(5) unsigned DEFAULT NULL,
  `action` enum('created','updated','deleted','dldb_slot_update') NOT NULL,
  `start_date` date NOT NULL DEFAULT '0000-00-00',
  `end_date` date NOT NULL DEFAULT '0000-00-00',
  `every_x_weeks` int(5) unsigned NOT NULL DEFAULT 0,
  `every_other_week` int(5) unsigned NOT NULL DEFAULT 0,
  `weekday` int(5) unsigned NOT NULL DEFAULT 0,
  `start_time` time NOT NULL DEFAULT '00:00:00',
  `appointment_start_time` time NOT NULL DEFAULT '00:00:00',
  `end_time` time NOT NULL DEFAULT '00:00:00',
  `appointment_end_time` time NOT NULL DEFAULT '00:00:00',
  `time_slot` time NOT NULL DEFAULT '00:00:00',
  `workstation_count` int(5) NOT NULL DEFAULT 0,
  `appointment_workstation_count` int(5) NOT NULL DEFAULT 0,
  `comment` varchar(200) DEFAULT NULL,
  `internet_reduction` int(2) DEFAULT 0,
  `multiple_slots_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `open_from_days` int(11) NOT NULL DEFAULT 0,
  `open_until_days` int(11) NOT NULL DEFAULT 0,
  `version` int(5) NOT NULL DEFAULT 1,
  `changed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `changed_by` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_availability_history_scope_changed` (`scope_id`,`changed_at`),
  KEY `idx_availability_history_availability` (`availability_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `behoerde` (
  `BehoerdenID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `OrganisationsID` int(5) unsigned NOT NULL DEFAULT 0,
  `KundenID` int(5) unsigned NOT NULL DEFAULT 0,
  `Name` varchar(200) NOT NULL DEFAULT '',
  `Adresse` varchar(200) NOT NULL DEFAULT '',
  `Ansprechpartner` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`BehoerdenID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buerger` (
  `BuergerID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `StandortID` int(5) unsigned NOT NULL DEFAULT 0,
  `Datum` date NOT NULL DEFAULT '0000-00-00',
  `Uhrzeit` time NOT NULL DEFAULT '00:00:00',
  `Name` varchar(200) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `Anmerkung` text DEFAULT NULL,
  `Telefonnummer` varchar(50) NOT NULL DEFAULT '',
  `EMail` varchar(200) NOT NULL DEFAULT '',
  `EMailverschickt` int(5) unsigned NOT NULL DEFAULT 0,
  `Erinnerungszeitpunkt` bigint(20) NOT NULL DEFAULT 0,
  `AnzahlAufrufe` int(5) unsigned NOT NULL DEFAULT 0,
  `Timestamp` time NOT NULL DEFAULT '00:00:00',
  `IPAdresse` varchar(40) NOT NULL DEFAULT '',
  `IPTimeStamp` bigint(20) NOT NULL DEFAULT 0,
  `NutzerID` int(5) unsigned NOT NULL DEFAULT 0,
  `aufruferfolgreich` tinyint(1) NOT NULL DEFAULT 0,
  `wsm_aufnahmezeit` time NOT NULL DEFAULT '00:00:00',
  `aufrufzeit` time NOT NULL DEFAULT '00:00:00',
  `nicht_erschienen` int(5) unsigned NOT NULL DEFAULT 0,
  `Abholer` int(5) unsigned NOT NULL DEFAULT 0,
  `AbholortID` int(5) unsigned NOT NULL DEFAULT 0,
  `wartenummer` int(5) unsigned NOT NULL DEFAULT 0,
  `vorlaeufigeBuchung` int(2) unsigned DEFAULT 0,
  `hatFolgetermine` int(2) unsigned DEFAULT NULL,
  `istFolgeterminvon` int(5) unsigned DEFAULT NULL,
  `zustimmung_kundenbefragung` int(1) DEFAULT NULL,
  `telefonnummer_fuer_rueckfragen` varchar(50) DEFAULT NULL,
  `absagecode` varchar(64) DEFAULT NULL,
  `AnzahlPersonen` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `apiClientID` int(5) unsigned DEFAULT 1,
  `custom_text_field` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `showUpTime` time DEFAULT NULL,
  `finishTime` time DEFAULT NULL,
  `timeoutTime` datetime DEFAULT NULL,
  `parked` int(5) unsigned NOT NULL DEFAULT 0,
  `processing_time` time DEFAULT NULL,
  `bestaetigt` tinyint(1) NOT NULL DEFAULT 0,
  `waiting_time` time DEFAULT NULL,
  `wasMissed` tinyint(1) DEFAULT 0,
  `custom_text_field2` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `status` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `priority` int(1) DEFAULT NULL,
  `external_user_id` varchar(255) DEFAULT NULL,
  `displayNumber` varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `is_ticketprinter` tinyint(1) NOT NULL DEFAULT 0,
  `parkedBy` varchar(8) DEFAULT NULL,
  `way_time` time DEFAULT NULL,
  PRIMARY KEY (`BuergerID`),
  KEY `speed_test` (`StandortID`,`Datum`,`Uhrzeit`,`Abholer`,`NutzerID`,`nicht_erschienen`),
  KEY `AbholerIndex` (`Abholer`,`Datum`,`istFolgeterminvon`),
  KEY `Aufrufanzeige` (`NutzerID`,`nicht_erschienen`,`aufruferfolgreich`,`aufrufzeit`),
  KEY `istFolgeterminvon` (`istFolgeterminvon`),
  KEY `vorlaeufigeBuchung` (`vorlaeufigeBuchung`),
  KEY `Datum` (`Datum`,`Uhrzeit`),
  KEY `StandortID` (`StandortID`,`nicht_erschienen`,`NutzerID`),
  KEY `StandortUhrzeit` (`StandortID`,`Uhrzeit`),
  KEY `AbholortID` (`AbholortID`,`Abholer`),
  KEY `NutzerID` (`NutzerID`),
  KEY `updateTimestamp` (`updateTimestamp`),
  KEY `EMail` (`EMail`),
  KEY `idx_status` (`status`),
  KEY `idx_status_standort_abholort` (`status`,`StandortID`,`AbholortID`),
  KEY `idx_buerger_external_user_id` (`external_user_id`),
  KEY `idx_buerger_AbholortID_StandortID_status` (`AbholortID`,`StandortID`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buergeranliegen` (
  `BuergeranliegenID` int(9) unsigned NOT NULL AUTO_INCREMENT,
  `BuergerID` int(5) unsigned NOT NULL DEFAULT 0,
  `BuergerarchivID` int(9) unsigned NOT NULL DEFAULT 0,
  `AnliegenID` int(5) unsigned NOT NULL DEFAULT 0,
  `source` char(10) CHARACTER SET ascii COLLATE ascii_bin DEFAULT 'dldb',
  PRIMARY KEY (`BuergeranliegenID`),
  KEY `BuergerID` (`BuergerID`,`AnliegenID`,`BuergerarchivID`,`BuergeranliegenID`),
  KEY `AnliegenID` (`AnliegenID`,`BuergerarchivID`),
  KEY `BuergerarchivID` (`BuergerarchivID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buergerarchiv` (
  `BuergerarchivID` int(9) unsigned NOT NULL AUTO_INCREMENT,
  `StandortID` int(5) unsigned NOT NULL DEFAULT 0,
  `Datum` date NOT NULL DEFAULT '0000-00-00',
  `mitTermin` int(5) unsigned NOT NULL DEFAULT 0,
  `nicht_erschienen` int(2) unsigned NOT NULL DEFAULT 0,
  `Timestamp` time NOT NULL DEFAULT '00:00:00',
  `waiting_time` double DEFAULT 0,
  `AnzahlPersonen` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `processing_time` double DEFAULT 0,
  `name` varchar(255) DEFAULT NULL,
  `dienstleistungen` varchar(1000) DEFAULT NULL,
  `way_time` double DEFAULT NULL,
  `is_ticketprinter` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`BuergerarchivID`),
  KEY `Datum` (`Datum`,`nicht_erschienen`,`mitTermin`),
  KEY `StandortID` (`StandortID`,`Datum`,`waiting_time`),
  KEY `scopedate` (`StandortID`,`Datum`),
  KEY `scopemissed` (`StandortID`,`nicht_erschienen`),
  KEY `scopeappointment` (`StandortID`,`mitTermin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buergerarchivtoday` (
  `BuergerarchivID` int(9) unsigned NOT NULL AUTO_INCREMENT,
  `StandortID` int(5) unsigned NOT NULL DEFAULT 0,
  `Datum` date NOT NULL DEFAULT '0000-00-00',
  `mitTermin` int(5) unsigned NOT NULL DEFAULT 0,
  `nicht_erschienen` int(2) unsigned NOT NULL DEFAULT 0,
  `Timestamp` time NOT NULL DEFAULT '00:00:00',
  `waiting_time` double DEFAULT 0,
  `AnzahlPersonen` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `processing_time` double DEFAULT 0,
  `name` varchar(255) DEFAULT NULL,
  `dienstleistungen` varchar(1000) DEFAULT NULL,
  `way_time` double DEFAULT NULL,
  `is_ticketprinter` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`BuergerarchivID`),
  KEY `idx_buergerarchivtoday_datum` (`Datum`),
  KEY `idx_buergerarchivtoday_nicht_erschienen` (`nicht_erschienen`),
  KEY `idx_buergerarchivtoday_mitTermin` (`mitTermin`),
  KEY `idx_buergerarchivtoday_standortid` (`StandortID`),
  KEY `idx_buergerarchivtoday_scopedate` (`StandortID`,`Datum`),
  KEY `idx_buergerarchivtoday_scopemissed` (`StandortID`,`nicht_erschienen`),
  KEY `idx_buergerarchivtoday_scopeappointment` (`StandortID`,`mitTermin`),
  KEY `idx_buergerarchivtoday_waiting_time` (`waiting_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `closures` (
  `id` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `year` smallint(5) DEFAULT NULL,
  `month` tinyint(5) DEFAULT NULL,
  `day` tinyint(5) DEFAULT NULL,
  `StandortID` int(5) unsigned DEFAULT NULL,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `StandortID` (`StandortID`),
  KEY `StandortID_2` (`StandortID`,`year`,`month`,`day`),
  KEY `idx_closures_scope_date` (`StandortID`,`year`,`month`,`day`),
  KEY `idx_closures_StandortID_year_month_day` (`StandortID`,`year`,`month`,`day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `clusterzuordnung` (
  `clusterID` int(5) unsigned NOT NULL DEFAULT 0,
  `standortID` int(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`clusterID`,`standortID`),
  KEY `clusterID` (`clusterID`,`standortID`),
  KEY `standortID` (`standortID`,`clusterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `config` (
  `name` varchar(150) NOT NULL,
  `value` varchar(250) NOT NULL,
  `changeTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `email` (
  `emailID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `BehoerdenID` int(5) unsigned NOT NULL DEFAULT 0,
  `serveradresse` varchar(50) NOT NULL DEFAULT '',
  `authentication` varchar(20) NOT NULL DEFAULT '0',
  `username` varchar(50) NOT NULL DEFAULT '',
  `password` varchar(50) NOT NULL DEFAULT '',
  `ssl_coding` int(3) NOT NULL DEFAULT 0,
  `absenderadresse` varchar(50) NOT NULL DEFAULT '',
  `send_reminder` tinyint(1) DEFAULT 1,
  `send_reminder_minutes_before` int(5) DEFAULT NULL,
  PRIMARY KEY (`emailID`),
  KEY `BehoerdenID` (`BehoerdenID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `eventlog` (
  `eventId` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `eventName` char(80) NOT NULL,
  `origin` varchar(50) NOT NULL,
  `referenceType` char(80) NOT NULL,
  `reference` varchar(128) DEFAULT NULL,
  `sessionid` varchar(64) DEFAULT NULL,
  `contextjson` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`contextjson`)),
  `creationDateTime` datetime NOT NULL DEFAULT current_timestamp(),
  `expirationDateTime` datetime NOT NULL DEFAULT '9999-12-23 00:00:00',
  PRIMARY KEY (`eventId`),
  KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `feiertage` (
  `FeiertagID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `Datum` date NOT NULL DEFAULT '0000-00-00',
  `Feiertag` text NOT NULL,
  `BehoerdenID` int(5) unsigned NOT NULL DEFAULT 0,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`FeiertagID`),
  KEY `BehoerdenID` (`BehoerdenID`),
  KEY `DatumBehoerd` (`Datum`,`BehoerdenID`),
  KEY `updateTimestamp` (`updateTimestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `imagedata` (
  `imagename` varchar(100) NOT NULL,
  `imagecontent` text DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`imagename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ipausnahmen` (
  `IPID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `BehoerdenID` int(5) unsigned NOT NULL DEFAULT 0,
  `IPAdresse` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`IPID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `kiosk` (
  `kioskid` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `kundenid` int(5) NOT NULL DEFAULT 0,
  `organisationsid` int(5) NOT NULL DEFAULT 0,
  `timestamp` bigint(20) NOT NULL DEFAULT 0,
  `cookiecode` varchar(50) NOT NULL DEFAULT '',
  `name` varchar(50) NOT NULL DEFAULT '',
  `zugelassen` int(2) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`kioskid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `kunde` (
  `KundenID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `Kundenname` varchar(50) NOT NULL DEFAULT '',
  `Anschrift` varchar(200) NOT NULL DEFAULT '',
  `Module` int(3) NOT NULL DEFAULT 0,
  `Startkennung` int(5) unsigned NOT NULL DEFAULT 0,
  `Anzahlkennungen` int(5) unsigned NOT NULL DEFAULT 0,
  `TerminURL` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`KundenID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `kundenlinks` (
  `linkid` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `kundenid` int(5) unsigned NOT NULL DEFAULT 0,
  `organisationsid` int(5) unsigned NOT NULL DEFAULT 0,
  `behoerdenid` int(5) unsigned NOT NULL DEFAULT 0,
  `beschreibung` varchar(50) NOT NULL DEFAULT '',
  `link` varchar(200) NOT NULL DEFAULT '',
  `oeffentlich` int(5) unsigned NOT NULL DEFAULT 0,
  `neuerFrame` int(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`linkid`),
  KEY `behoerdenid` (`behoerdenid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `log` (
  `log_id` int(11) NOT NULL AUTO_INCREMENT,
  `type` enum('migration','buerger','error','') DEFAULT NULL,
  `action` varchar(32) DEFAULT NULL,
  `reference_id` int(11) DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `message` text DEFAULT NULL,
  `scope_id` int(5) unsigned DEFAULT NULL,
  `user_id` varchar(50) DEFAULT NULL,
  `display_number` varchar(32) DEFAULT NULL,
  `queue_number` int(10) unsigned DEFAULT NULL,
  `appointment_at` datetime DEFAULT NULL,
  `slot_count` tinyint(3) unsigned DEFAULT NULL,
  `citizen_name` varchar(255) DEFAULT NULL,
  `services` varchar(512) DEFAULT NULL,
  `scope_name` varchar(255) DEFAULT NULL,
  `citizen_email` varchar(255) DEFAULT NULL,
  `citizen_phone` varchar(64) DEFAULT NULL,
  `process_status` varchar(32) DEFAULT NULL,
  `db_status` varchar(32) DEFAULT NULL,
  `process_amendment` text DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `reference_id` (`reference_id`),
  KEY `idx_log_type_ts` (`type`,`ts`),
  KEY `idx_log_scope_ts` (`scope_id`,`ts`),
  KEY `idx_log_citizen_name` (`citizen_name`),
  KEY `idx_log_action` (`action`),
  KEY `idx_log_appointment_at` (`appointment_at`),
  KEY `idx_log_services` (`services`(191)),
  KEY `idx_log_type_citizen_ts` (`type`,`citizen_name`(64),`ts`),
  KEY `idx_log_type_scope_ts` (`type`,`scope_id`,`ts`),
  FULLTEXT KEY `idx_log_search_fulltext` (`citizen_name`,`services`,`scope_name`,`citizen_email`),
  FULLTEXT KEY `idx_log_citizen_name_fulltext` (`citizen_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `mailpart` (
  `id` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `queueId` int(5) unsigned NOT NULL DEFAULT 0,
  `mime` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `content` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `base64` int(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `queueId` (`queueId`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `mailqueue` (
  `id` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `processID` int(5) NOT NULL DEFAULT 0,
  `departmentID` int(5) unsigned NOT NULL DEFAULT 0,
  `createIP` varchar(40) NOT NULL,
  `createTimestamp` bigint(20) NOT NULL DEFAULT 0,
  `subject` varchar(150) NOT NULL,
  `clientFamilyName` varchar(150) NOT NULL,
  `clientEmail` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `mailtemplate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `value` longtext DEFAULT NULL,
  `provider` varchar(250) DEFAULT NULL,
  `changeTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `index_name_and_provider` (`name`,`provider`) USING BTREE,
  KEY `index_name` (`name`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `migrations` (
  `filename` varchar(250) NOT NULL,
  `changeTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `nutzer` (
  `NutzerID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(50) NOT NULL DEFAULT '',
  `Passworthash` varchar(200) NOT NULL DEFAULT '',
  `Frage` varchar(200) NOT NULL DEFAULT '',
  `Antworthash` varchar(200) NOT NULL DEFAULT '',
  `KundenID` int(5) NOT NULL DEFAULT 0,
  `BehoerdenID` int(5) unsigned NOT NULL DEFAULT 0,
  `SessionID` varchar(64) NOT NULL DEFAULT '',
  `StandortID` int(5) unsigned NOT NULL DEFAULT 0,
  `Arbeitsplatznr` varchar(8) NOT NULL DEFAULT '''',
  `Datum` date NOT NULL DEFAULT '0000-00-00',
  `Kalenderansicht` int(2) unsigned NOT NULL DEFAULT 0,
  `clusteransicht` int(2) NOT NULL DEFAULT 0,
  `notrufinitiierung` varchar(8) NOT NULL,
  `notrufantwort` varchar(8) NOT NULL,
  `aufrufzusatz` varchar(250) DEFAULT NULL,
  `lastUpdate` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `sessionExpiry` datetime DEFAULT NULL,
  PRIMARY KEY (`NutzerID`),
  KEY `Standort` (`StandortID`,`Arbeitsplatznr`),
  KEY `Name` (`Name`),
  KEY `lastUpdate` (`lastUpdate`),
  KEY `idx_nutzer_sessionid_expiry` (`SessionID`,`sessionExpiry`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `nutzerzuordnung` (
  `nutzerid` int(5) NOT NULL,
  `behoerdenid` int(5) NOT NULL,
  PRIMARY KEY (`nutzerid`,`behoerdenid`),
  KEY `idx_nutzerzuordnung_behoerdenid` (`behoerdenid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `oeffnungszeit` (
  `OeffnungszeitID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `scope_id` int(5) unsigned NOT NULL DEFAULT 0,
  `start_date` date NOT NULL DEFAULT '0000-00-00',
  `end_date` date NOT NULL DEFAULT '0000-00-00',
  `every_x_weeks` int(5) unsigned NOT NULL DEFAULT 0,
  `every_other_week` int(5) unsigned NOT NULL DEFAULT 0,
  `weekday` int(5) unsigned NOT NULL DEFAULT 0,
  `start_time` time NOT NULL DEFAULT '00:00:00',
  `appointment_start_time` time NOT NULL DEFAULT '00:00:00',
  `end_time` time NOT NULL DEFAULT '00:00:00',
  `appointment_end_time` time NOT NULL DEFAULT '00:00:00',
  `time_slot` time NOT NULL DEFAULT '00:00:00',
  `workstation_count` int(5) NOT NULL DEFAULT 0,
  `appointment_workstation_count` int(5) NOT NULL DEFAULT 0,
  `comment` varchar(200) DEFAULT NULL,
  `internet_reduction` int(2) DEFAULT 0,
  `multiple_slots_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `open_from_days` int(11) NOT NULL DEFAULT 0,
  `open_until_days` int(11) NOT NULL DEFAULT 0,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `version` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`OeffnungszeitID`),
  KEY `idx_availability_scope_appt_start` (`scope_id`,`appointment_start_time`),
  KEY `idx_availability_start_end_date` (`start_date`,`end_date`),
  KEY `idx_availability_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `organisation` (
  `OrganisationsID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `InfoBezirkID` int(11) NOT NULL DEFAULT 0,
  `KundenID` int(5) unsigned NOT NULL DEFAULT 0,
  `Organisationsname` varchar(50) NOT NULL DEFAULT '',
  `Anschrift` varchar(200) NOT NULL DEFAULT '',
  `kiosk_activation` int(2) DEFAULT 0,
  PRIMARY KEY (`OrganisationsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `permission` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_permission_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `preferences` (
  `entity` enum('owner','organisation','department','scope','process','availability') NOT NULL,
  `id` int(5) unsigned NOT NULL,
  `groupName` varchar(50) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `name` varchar(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `value` text DEFAULT NULL,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`entity`,`id`,`groupName`,`name`),
  KEY `updateTimestamp` (`updateTimestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `process_search_history` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `history_key` char(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `process_id` int(10) unsigned NOT NULL,
  `scope_id` int(10) unsigned NOT NULL,
  `display_number` varchar(8) DEFAULT NULL,
  `appointment_at` datetime NOT NULL,
  `booked_at` datetime DEFAULT NULL,
  `called_at` datetime DEFAULT NULL,
  `finalized_at` datetime NOT NULL,
  `status` varchar(20) NOT NULL,
  `citizen_name` varchar(200) NOT NULL DEFAULT '',
  `telephone` varchar(50) NOT NULL DEFAULT '',
  `citizen_email` varchar(200) NOT NULL DEFAULT '',
  `amendment` text DEFAULT NULL,
  `location_name` varchar(255) NOT NULL DEFAULT '',
  `provider_name` varchar(255) NOT NULL DEFAULT '',
  `services` text DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_process_search_history_key` (`history_key`),
  KEY `idx_psh_process_id` (`process_id`),
  KEY `idx_psh_appointment_at` (`appointment_at`),
  KEY `idx_psh_scope_appointment` (`scope_id`,`appointment_at`),
  KEY `idx_psh_status` (`status`),
  KEY `idx_psh_citizen_name` (`citizen_name`),
  KEY `idx_psh_display_number` (`display_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `process_sequence` (
  `processId` int(5) unsigned NOT NULL,
  PRIMARY KEY (`processId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci COMMENT='This table is just a helper for some queries';

CREATE TABLE `provider` (
  `source` varchar(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `name` varchar(1000) NOT NULL,
  `contact__city` varchar(200) NOT NULL,
  `contact__country` varchar(200) NOT NULL,
  `contact__lat` float NOT NULL,
  `contact__lon` float NOT NULL,
  `contact__postalCode` varchar(10) NOT NULL DEFAULT '',
  `contact__region` varchar(200) NOT NULL,
  `contact__street` varchar(200) NOT NULL,
  `contact__streetNumber` varchar(20) NOT NULL,
  `link` varchar(200) NOT NULL,
  `data` text NOT NULL,
  `display_name` varchar(256) DEFAULT NULL,
  `parent_id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin DEFAULT NULL,
  PRIMARY KEY (`source`,`id`),
  KEY `id` (`id`),
  KEY `fk_provider_parent` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `request` (
  `source` varchar(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `name` varchar(1000) NOT NULL,
  `link` varchar(200) NOT NULL,
  `group` varchar(200) NOT NULL,
  `data` mediumtext NOT NULL,
  `parent_id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin DEFAULT NULL,
  `variant_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`source`,`id`),
  KEY `id` (`id`),
  KEY `fk_request_parent` (`parent_id`),
  KEY `fk_request_variant` (`variant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `request_provider` (
  `source` varchar(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `request__id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `provider__id` varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `slots` float NOT NULL DEFAULT 0,
  `bookable` smallint(5) unsigned DEFAULT 1,
  `max_quantity` tinyint(4) DEFAULT NULL,
  `public_visibility` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`source`,`request__id`,`provider__id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `request_variant` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `language` varchar(10) NOT NULL DEFAULT 'de',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_request_variant_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_role_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role_permission` (
  `role_id` int(10) unsigned NOT NULL,
  `permission_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`role_id`,`permission_id`),
  KEY `fk_role_permission_permission` (`permission_id`),
  CONSTRAINT `fk_role_permission_permission` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_role_permission_role` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessiondata` (
  `sessionid` varchar(64) NOT NULL,
  `sessionname` varchar(100) NOT NULL,
  `sessioncontent` text DEFAULT NULL,
  `ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`sessionid`,`sessionname`),
  KEY `sessionname` (`sessionname`,`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `slot` (
  `slotID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `scopeID` int(5) unsigned DEFAULT NULL,
  `year` smallint(5) unsigned DEFAULT NULL,
  `month` tinyint(5) unsigned DEFAULT NULL,
  `day` tinyint(5) unsigned DEFAULT NULL,
  `time` time DEFAULT NULL,
  `availabilityID` int(5) unsigned DEFAULT NULL,
  `public` tinyint(5) unsigned DEFAULT NULL,
  `intern` tinyint(5) unsigned DEFAULT NULL,
  `status` enum('free','full','cancelled') DEFAULT 'free',
  `slotTimeInMinutes` smallint(5) unsigned DEFAULT NULL,
  `createTimestamp` bigint(20) DEFAULT NULL,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `version` int(5) NOT NULL DEFAULT 1,
  PRIMARY KEY (`slotID`),
  KEY `scopeID` (`scopeID`,`year`,`month`,`day`,`time`,`status`),
  KEY `year` (`year`,`month`,`day`,`time`),
  KEY `availabilityID` (`availabilityID`),
  KEY `updateTimestamp` (`updateTimestamp`),
  KEY `scopeID_year_month_day_status_index` (`scopeID`,`year`,`month`,`day`,`status`),
  KEY `scopeID_status_slotID_index` (`scopeID`,`status`,`slotID`),
  KEY `idx_slot_scope_year_month_status` (`scopeID`,`year`,`month`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `slot_hiera` (
  `slothieraID` bigint(5) unsigned NOT NULL AUTO_INCREMENT,
  `slotID` int(5) unsigned DEFAULT NULL,
  `ancestorID` int(5) unsigned DEFAULT NULL,
  `ancestorLevel` tinyint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (`slothieraID`),
  KEY `slotID` (`slotID`,`ancestorID`),
  KEY `ancestorID` (`ancestorID`,`ancestorLevel`,`slotID`),
  KEY `ancestorID_ancestorLevel_index` (`ancestorID`,`ancestorLevel`),
  KEY `idx_slot_hiera_ancestorID_slotID_level` (`ancestorID`,`slotID`,`ancestorLevel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `slot_process` (
  `slotID` int(5) unsigned NOT NULL,
  `processID` int(5) unsigned NOT NULL,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`slotID`,`processID`),
  KEY `processID` (`processID`),
  KEY `updateTimestamp` (`updateTimestamp`),
  KEY `slotID_index` (`slotID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `slot_sequence` (
  `slotsequence` int(5) unsigned NOT NULL,
  PRIMARY KEY (`slotsequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci COMMENT='This table is just a helper for some queries';

CREATE TABLE `source` (
  `source` varchar(50) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `label` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `editable` tinyint(1) NOT NULL DEFAULT 0,
  `contact__name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `contact__email` varchar(50) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `lastChange` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`source`),
  KEY `source` (`source`,`lastChange`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `standort` (
  `StandortID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `BehoerdenID` int(5) NOT NULL DEFAULT 0,
  `InfoDienstleisterID` int(11) NOT NULL DEFAULT 0,
  `Hinweis` varchar(200) NOT NULL DEFAULT '',
  `Bezeichnung` varchar(200) NOT NULL DEFAULT '',
  `Adresse` varchar(200) NOT NULL DEFAULT '',
  `Stadtplanlink` varchar(200) NOT NULL DEFAULT '',
  `Bearbeitungszeit` time NOT NULL DEFAULT '00:00:00',
  `Kennung` int(3) unsigned NOT NULL DEFAULT 0,
  `Termine_ab` int(5) NOT NULL DEFAULT 1,
  `Termine_bis` int(5) NOT NULL DEFAULT 90,
  `wartenrsperre` tinyint(4) NOT NULL DEFAULT 0,
  `wartenrhinweis` text NOT NULL,
  `notruffunktion` int(2) NOT NULL DEFAULT 0,
  `notrufausgeloest` int(2) NOT NULL DEFAULT 0,
  `notrufinitiierung` varchar(8) DEFAULT NULL,
  `notrufantwort` varchar(8) DEFAULT NULL,
  `emailPflichtfeld` int(5) unsigned NOT NULL DEFAULT 0,
  `anmerkungPflichtfeld` int(5) unsigned NOT NULL DEFAULT 0,
  `anmerkungLabel` varchar(255) NOT NULL DEFAULT '',
  `telefonPflichtfeld` int(5) unsigned NOT NULL DEFAULT 0,
  `standortinfozeile` varchar(255) NOT NULL DEFAULT '',
  `standortkuerzel` varchar(40) DEFAULT NULL,
  `aufrufanzeigetext` text NOT NULL,
  `reservierungsdauer` int(4) NOT NULL DEFAULT 60,
  `anzahlwiederaufruf` int(2) NOT NULL DEFAULT 0,
  `startwartenr` int(5) NOT NULL DEFAULT 1,
  `endwartenr` int(5) NOT NULL DEFAULT 999,
  `letztewartenr` int(5) NOT NULL DEFAULT 0,
  `wartenrdatum` date DEFAULT NULL,
  `mehrfachtermine` int(2) DEFAULT 0,
  `schreibschutz` int(2) DEFAULT 0,
  `ohnestatistik` int(2) NOT NULL DEFAULT 0,
  `emailstandortadmin` varchar(250) DEFAULT NULL,
  `wartenummernkontingent` int(5) DEFAULT NULL,
  `vergebenewartenummern` int(5) DEFAULT NULL,
  `kundenbefragung` int(1) DEFAULT NULL,
  `kundenbef_label` varchar(250) DEFAULT NULL,
  `kundenbef_emailtext` text DEFAULT NULL,
  `telefonaktiviert` int(1) DEFAULT NULL,
  `virtuellesachbearbeiterzahl` int(5) NOT NULL DEFAULT -1,
  `datumvirtuellesachbearbeiterzahl` date DEFAULT NULL,
  `loeschdauer` int(11) NOT NULL DEFAULT 0,
  `updateTimestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `source` varchar(10) DEFAULT 'dldb',
  `custom_text_field_label` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `custom_text_field_active` int(5) NOT NULL DEFAULT 0,
  `custom_text_field_required` int(5) NOT NULL DEFAULT 0,
  `admin_mail_on_appointment` int(5) NOT NULL DEFAULT 0,
  `admin_mail_on_deleted` int(5) NOT NULL DEFAULT 0,
  `admin_mail_on_updated` int(5) NOT NULL DEFAULT 0,
  `admin_mail_on_mail_sent` int(5) NOT NULL DEFAULT 0,
  `appointments_per_mail` int(5) DEFAULT NULL,
  `whitelisted_mails` varchar(1000) DEFAULT NULL,
  `slots_per_appointment` int(5) DEFAULT NULL,
  `info_for_appointment` text DEFAULT NULL,
  `aktivierungsdauer` int(11) NOT NULL DEFAULT 60,
  `captcha_activated_required` int(5) NOT NULL DEFAULT 0,
  `email_confirmation_activated` int(5) unsigned NOT NULL DEFAULT 1,
  `custom_text_field2_label` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `custom_text_field2_active` int(5) NOT NULL DEFAULT 0,
  `custom_text_field2_required` int(5) NOT NULL DEFAULT 0,
  `info_for_all_appointments` text DEFAULT 'Bitte versuchen Sie es noch einmal zu einem späteren Zeitpunkt.',
  `last_display_number` int(5) DEFAULT 0,
  `max_display_number` int(5) DEFAULT 9999,
  `display_number_prefix` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`StandortID`),
  KEY `BehoerdenID` (`BehoerdenID`),
  KEY `updateTimestamp` (`updateTimestamp`),
  KEY `source` (`source`),
  KEY `idx_InfoDienstleisterID` (`InfoDienstleisterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `standortcluster` (
  `clusterID` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL DEFAULT '',
  `clusterinfozeile1` varchar(250) NOT NULL DEFAULT '',
  `clusterinfozeile2` varchar(250) NOT NULL DEFAULT '',
  `stadtplanlink` varchar(255) NOT NULL DEFAULT '',
  `aufrufanzeigetext` text NOT NULL,
  `standortkuerzelanzeigen` int(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`clusterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `statistik` (
  `statistikid` int(5) unsigned NOT NULL AUTO_INCREMENT,
  `kundenid` int(5) unsigned NOT NULL,
  `organisationsid` int(5) unsigned NOT NULL,
  `behoerdenid` int(5) unsigned NOT NULL,
  `clusterid` int(5) unsigned NOT NULL,
  `standortid` int(5) unsigned NOT NULL,
  `anliegenid` int(11) NOT NULL,
  `datum` date NOT NULL,
  `lastbuergerarchivid` int(5) unsigned NOT NULL,
  `termin` tinyint(1) NOT NULL DEFAULT 0,
  `info_dl_id` int(5) unsigned NOT NULL,
  `processing_time` double DEFAULT 0,
  PRIMARY KEY (`statistikid`),
  KEY `anliegen` (`anliegenid`),
  KEY `organisationsid` (`organisationsid`),
  KEY `behoerdenid` (`behoerdenid`),
  KEY `standortid` (`standortid`,`anliegenid`,`datum`),
  KEY `scopedate` (`standortid`,`datum`),
  KEY `departmentdate` (`behoerdenid`,`datum`),
  KEY `organisationdate` (`organisationsid`,`datum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_role` (
  `user_id` int(5) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  UNIQUE KEY `uniq_user_role_user` (`user_id`),
  KEY `fk_user_role_role` (`role_id`),
  CONSTRAINT `fk_user_role_role` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_role_user` FOREIGN KEY (`user_id`) REFERENCES `nutzer` (`NutzerID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `overview_calendar` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `scope_id` int(10) unsigned NOT NULL,
  `process_id` int(10) unsigned NOT NULL,
  `status` enum('confirmed','cancelled') NOT NULL DEFAULT 'confirmed',
  `starts_at` datetime NOT NULL,
  `ends_at` datetime NOT NULL,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_scope_starts` (`scope_id`,`starts_at`),
  KEY `idx_scope_ends` (`scope_id`,`ends_at`),
  KEY `idx_updated` (`updated_at`),
  KEY `idx_status` (`status`),
  KEY `idx_process` (`process_id`),
  KEY `idx_scope_status_time` (`scope_id`,`status`,`starts_at`,`ends_at`),
  KEY `idx_scope_time` (`scope_id`,`starts_at`,`ends_at`),
  KEY `idx_scope_updated` (`scope_id`,`updated_at`),
  KEY `idx_ends_at` (`ends_at`),
  CONSTRAINT `fk_ocb_scope` FOREIGN KEY (`scope_id`) REFERENCES `standort` (`StandortID`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


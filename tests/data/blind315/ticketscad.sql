-- TicketsCAD NewUI v4 (openises/TicketsCAD; computer-aided dispatch, incident and personnel management,
-- used by campus security, volunteer emergency and amateur-radio groups), GPL-2.0.
-- Source: github.com/openises/TicketsCAD at commit 61b63e5a9abb768a876ca76a3e83f8a4a5f130e0
--   sql/base_schema.sql (upstream's MariaDB install dump, 109 tables): 66 tables taken verbatim
--   (CREATE TABLE IF NOT EXISTS written as CREATE TABLE; SQL line comments inside table bodies removed);
--   sql/scheduling.sql, sql/login_security.sql, sql/sessions.sql, sql/audit_log.sql, sql/tfa.sql, sql/rbac.sql:
--   the 16 tables these v4 module scripts create, verbatim (seed INSERTs and comments left out).
-- Column names, order, types, defaults, keys and foreign keys are upstream's.

CREATE TABLE `access_requests` (
  `id` int(6) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `email` varchar(128) NOT NULL,
  `phone` varchar(24) NOT NULL,
  `reason` longtext NOT NULL,
  `sec_code` varchar(24) NOT NULL,
  `date` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `action` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(8) NOT NULL DEFAULT 0,
  `date` datetime DEFAULT NULL,
  `description` text NOT NULL,
  `user` int(8) DEFAULT NULL,
  `action_type` int(8) DEFAULT NULL,
  `responder` text DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `allocates` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `group` int(4) NOT NULL DEFAULT 1,
  `type` tinyint(1) NOT NULL DEFAULT 1,
  `al_as_of` datetime DEFAULT NULL,
  `al_status` int(4) DEFAULT NULL,
  `resource_id` int(4) DEFAULT NULL,
  `sys_comments` varchar(64) DEFAULT NULL,
  `user_id` int(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `allocations` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `member_id` int(2) NOT NULL DEFAULT 0,
  `skill_type` int(2) NOT NULL DEFAULT 0,
  `skill_id` int(2) NOT NULL DEFAULT 0,
  `completed` date DEFAULT NULL,
  `refresh_due` date DEFAULT NULL,
  `frequency` enum('Daily','Weekly','Permanent') DEFAULT NULL,
  `start` datetime DEFAULT NULL,
  `end` datetime DEFAULT NULL,
  `days` varchar(256) DEFAULT NULL,
  `_on` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `assigns` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `as_of` datetime DEFAULT NULL,
  `status_id` int(4) DEFAULT 1,
  `ticket_id` int(4) DEFAULT NULL,
  `responder_id` int(4) DEFAULT NULL,
  `comments` varchar(64) DEFAULT NULL,
  `start_miles` int(8) DEFAULT NULL,
  `on_scene_miles` int(8) DEFAULT NULL,
  `end_miles` int(8) DEFAULT NULL,
  `miles` int(8) DEFAULT NULL,
  `user_id` int(4) NOT NULL,
  `dispatched` datetime DEFAULT NULL,
  `responding` datetime DEFAULT NULL,
  `clear` datetime DEFAULT NULL,
  `on_scene` datetime DEFAULT NULL,
  `facility_id` int(8) DEFAULT NULL,
  `rec_facility_id` int(8) DEFAULT NULL,
  `u2fenr` datetime DEFAULT NULL,
  `u2farr` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `certs` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `certificate` varchar(48) NOT NULL COMMENT 'certificate description',
  `source` varchar(48) NOT NULL COMMENT 'issuing agency',
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `certs_x_user` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `certificate_id` int(3) NOT NULL COMMENT 'certification description',
  `user_id` int(4) NOT NULL COMMENT 'issued to - user id',
  `date` date DEFAULT NULL COMMENT 'date issued',
  `comment` varchar(48) DEFAULT NULL COMMENT 'comment re certification issued',
  `by` int(7) NOT NULL COMMENT 'entered by - user index',
  `from` varchar(16) DEFAULT NULL COMMENT 'entered from - IP addr',
  `on` datetime DEFAULT NULL COMMENT 'date last updated',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `chat_invites` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `to` varchar(64) NOT NULL COMMENT 'comma sep''d, 0 = all',
  `_by` int(7) NOT NULL,
  `_from` varchar(16) NOT NULL,
  `_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `chat_messages` (
  `id` bigint(10) unsigned NOT NULL AUTO_INCREMENT,
  `message` varchar(2048) NOT NULL,
  `when` datetime DEFAULT NULL,
  `chat_room_id` int(7) NOT NULL DEFAULT 0,
  `user_id` int(7) NOT NULL DEFAULT 1,
  `from` varchar(16) NOT NULL COMMENT 'ip addr',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `chat_rooms` (
  `id` bigint(7) NOT NULL AUTO_INCREMENT,
  `room` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `codes` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `text` varchar(64) NOT NULL,
  `sort` int(3) NOT NULL DEFAULT 999,
  `_by` int(7) NOT NULL DEFAULT 0,
  `_from` varchar(16) NOT NULL DEFAULT '',
  `_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `constituents` (
  `id` bigint(7) NOT NULL AUTO_INCREMENT,
  `contact` varchar(48) NOT NULL,
  `street` varchar(48) DEFAULT NULL,
  `apartment` varchar(48) DEFAULT NULL,
  `community` varchar(48) DEFAULT NULL,
  `city` varchar(48) DEFAULT NULL,
  `post_code` varchar(48) DEFAULT NULL,
  `state` char(2) DEFAULT NULL,
  `miscellaneous` varchar(80) DEFAULT NULL,
  `phone` varchar(16) NOT NULL,
  `phone_2` varchar(16) DEFAULT NULL,
  `phone_3` varchar(16) DEFAULT NULL,
  `phone_4` varchar(16) DEFAULT NULL,
  `email` varchar(48) DEFAULT NULL,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `reference` varchar(48) DEFAULT NULL,
  `updated` varchar(16) DEFAULT NULL,
  `_by` int(7) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `contacts` (
  `id` bigint(7) NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `organization` varchar(48) DEFAULT NULL,
  `phone` varchar(24) DEFAULT NULL,
  `mobile` varchar(24) DEFAULT NULL,
  `email` varchar(48) NOT NULL,
  `other` varchar(24) DEFAULT NULL,
  `as-of` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `courses` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `course` varchar(48) NOT NULL COMMENT 'certificate description',
  `source` varchar(48) NOT NULL COMMENT 'sponsor agency',
  `location` varchar(48) NOT NULL COMMENT 'location',
  `duration` varchar(48) NOT NULL COMMENT 'no. days or hours',
  `basis` varchar(48) NOT NULL COMMENT 'cost basis',
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `courses_x_user` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `courses_id` int(4) NOT NULL COMMENT 'certification description',
  `user_id` int(4) NOT NULL COMMENT 'issued to - user id',
  `date` date DEFAULT NULL COMMENT 'date taken',
  `comment` varchar(48) DEFAULT NULL COMMENT 'comment re certification issued',
  `by` int(7) NOT NULL COMMENT 'entered by - user index',
  `from` varchar(16) DEFAULT NULL COMMENT 'entered from - IP addr',
  `on` datetime DEFAULT NULL COMMENT 'date last updated',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `defined_fields` (
  `id` tinyint(2) NOT NULL AUTO_INCREMENT,
  `field_id` int(4) NOT NULL,
  `label` varchar(32) NOT NULL,
  `size` int(4) NOT NULL DEFAULT 48,
  `fieldset` int(2) DEFAULT NULL,
  `_noedit` int(2) NOT NULL DEFAULT 0,
  `_by` int(4) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(24) NOT NULL,
  `browser` varchar(40) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=69 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `documents` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `status` enum('locked','unlocked','na') NOT NULL DEFAULT 'na',
  `locked_by` int(7) NOT NULL COMMENT 'user index',
  `locked_on` datetime DEFAULT NULL,
  `info` tinytext DEFAULT NULL,
  `keyword` varchar(64) DEFAULT NULL,
  `type` varchar(64) DEFAULT NULL,
  `size` int(10) unsigned NOT NULL,
  `author` int(10) unsigned DEFAULT NULL,
  `source` int(10) unsigned DEFAULT NULL,
  `maintainer` int(10) unsigned DEFAULT NULL,
  `revision` varchar(64) DEFAULT NULL COMMENT 'revision information',
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `documents_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `document_id` int(10) unsigned NOT NULL,
  `revision` int(10) unsigned NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `email_blacklist` (
  `id` int(4) NOT NULL,
  `email` varchar(64) NOT NULL,
  `_by` int(7) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `fac_status` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `status_val` varchar(20) NOT NULL,
  `description` varchar(60) NOT NULL,
  `group` varchar(20) DEFAULT NULL,
  `status_available` int(2) NOT NULL DEFAULT 0,
  `status_unavailable` int(2) NOT NULL DEFAULT 0,
  `sort` int(11) NOT NULL DEFAULT 0,
  `bg_color` varchar(16) NOT NULL DEFAULT 'transparent',
  `text_color` varchar(16) NOT NULL DEFAULT '#000000',
  `_by` int(7) NOT NULL,
  `_from` varchar(16) NOT NULL,
  `_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `fac_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `description` varchar(96) NOT NULL,
  `icon` int(3) NOT NULL DEFAULT 0,
  `_by` int(7) NOT NULL,
  `_from` varchar(16) NOT NULL COMMENT 'ip',
  `_on` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Allows for variable facility types';

CREATE TABLE `facilities` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `street` varchar(28) DEFAULT NULL,
  `city` varchar(28) DEFAULT NULL,
  `state` char(4) DEFAULT NULL,
  `direcs` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0=>no directions, 1=> yes',
  `description` text NOT NULL,
  `beds_a` varchar(6) DEFAULT NULL COMMENT 'Available',
  `beds_o` varchar(6) DEFAULT NULL COMMENT 'Occupied',
  `beds_info` varchar(2048) DEFAULT NULL COMMENT 'Information',
  `capab` varchar(255) DEFAULT NULL COMMENT 'Capability',
  `status_id` int(4) NOT NULL DEFAULT 0,
  `status_about` varchar(512) DEFAULT NULL,
  `other` varchar(96) DEFAULT NULL,
  `handle` varchar(24) DEFAULT NULL,
  `icon_str` char(3) DEFAULT NULL COMMENT 'map icon value',
  `boundary` int(3) NOT NULL DEFAULT 0,
  `contact_name` varchar(64) DEFAULT NULL,
  `contact_email` varchar(64) DEFAULT NULL,
  `contact_phone` varchar(15) DEFAULT NULL,
  `security_contact` varchar(64) DEFAULT NULL,
  `security_email` varchar(64) DEFAULT NULL,
  `security_phone` varchar(15) DEFAULT NULL,
  `opening_hours` mediumtext DEFAULT NULL,
  `access_rules` mediumtext DEFAULT NULL,
  `security_reqs` mediumtext DEFAULT NULL,
  `pager_p` varchar(64) DEFAULT NULL,
  `pager_s` varchar(64) DEFAULT NULL,
  `send_no` varchar(64) DEFAULT NULL,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `type` smallint(5) NOT NULL DEFAULT 0,
  `updated` datetime DEFAULT NULL,
  `user_id` int(4) DEFAULT NULL,
  `callsign` varchar(24) DEFAULT NULL,
  `notify_mailgroup` int(4) NOT NULL DEFAULT 0,
  `notify_email` varchar(256) DEFAULT NULL,
  `notify_when` int(1) NOT NULL DEFAULT 1 COMMENT 'Sets when to notify facility, 1,2 or 3 for all, open or close',
  `_by` int(7) DEFAULT NULL,
  `_from` varchar(16) DEFAULT NULL,
  `_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `facnotes` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(10) NOT NULL,
  `origin` varchar(64) DEFAULT NULL,
  `destination` varchar(64) DEFAULT NULL,
  `type` int(7) NOT NULL,
  `patient` varchar(64) NOT NULL,
  `ETA` varchar(16) NOT NULL,
  `notes` longtext DEFAULT NULL,
  `_by` int(7) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `fieldsets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `label` varchar(48) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `files` (
  `id` mediumint(5) NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL,
  `filename` varchar(512) NOT NULL,
  `orig_filename` varchar(512) NOT NULL,
  `ticket_id` mediumint(6) NOT NULL DEFAULT 0,
  `responder_id` mediumint(6) NOT NULL DEFAULT 0,
  `facility_id` mediumint(6) NOT NULL DEFAULT 0,
  `mi_id` mediumint(6) NOT NULL DEFAULT 0,
  `type` int(2) DEFAULT 0,
  `filetype` varchar(128) NOT NULL,
  `_by` int(7) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `files_x` (
  `id` mediumint(6) NOT NULL AUTO_INCREMENT,
  `file_id` mediumint(6) NOT NULL,
  `user_id` int(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `in_types` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `description` varchar(60) NOT NULL,
  `protocol` varchar(255) DEFAULT NULL,
  `set_severity` int(1) NOT NULL DEFAULT 0 COMMENT 'sets incident severity',
  `watch` int(2) NOT NULL DEFAULT 0,
  `group` varchar(20) DEFAULT NULL,
  `sort` int(11) DEFAULT NULL,
  `radius` int(4) DEFAULT NULL,
  `color` varchar(8) DEFAULT NULL,
  `opacity` int(3) DEFAULT NULL,
  `notify_mailgroup` int(4) DEFAULT NULL,
  `notify_email` varchar(256) DEFAULT NULL,
  `notify_when` int(1) NOT NULL DEFAULT 1 COMMENT 'When Notifies are sent, 1,2 or 3 for all, open or close',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Incident types';

CREATE TABLE `insurance` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `ins_value` varchar(64) NOT NULL,
  `sort_order` int(3) NOT NULL DEFAULT 0,
  `_by` int(7) NOT NULL,
  `_from` varchar(16) DEFAULT NULL,
  `_on` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `known_sources` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `contact` varchar(64) NOT NULL,
  `email` varchar(64) NOT NULL,
  `allow` int(2) NOT NULL DEFAULT 0,
  `_by` int(7) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `log` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `who` tinyint(7) DEFAULT NULL,
  `from` varchar(20) DEFAULT NULL,
  `when` datetime DEFAULT NULL,
  `code` smallint(7) NOT NULL DEFAULT 0,
  `ticket_id` int(7) DEFAULT NULL,
  `responder_id` int(7) DEFAULT NULL,
  `member_id` int(7) DEFAULT NULL,
  `info` varchar(2048) DEFAULT NULL,
  `facility` int(7) DEFAULT NULL,
  `rec_facility` int(7) DEFAULT NULL,
  `mileage` int(8) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Log of station actions';

CREATE TABLE `logins` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `ip` varchar(15) NOT NULL,
  `salt` varchar(36) NOT NULL,
  `intime` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='login authentication';

CREATE TABLE `mailgroup` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `mailgroup_x` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `mailgroup` int(4) NOT NULL,
  `contacts` int(4) DEFAULT 0,
  `responder` int(4) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `major_incidents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `type` int(4) NOT NULL,
  `mi_status` enum('Open','Closed') NOT NULL DEFAULT 'Open',
  `gold` int(4) NOT NULL,
  `silver` int(4) NOT NULL,
  `bronze` int(4) NOT NULL,
  `level4` int(4) NOT NULL,
  `level5` int(4) NOT NULL,
  `level6` int(4) NOT NULL,
  `gold_loc` int(6) NOT NULL DEFAULT 0,
  `gold_street` varchar(64) DEFAULT NULL,
  `gold_city` varchar(48) DEFAULT NULL,
  `gold_state` varchar(4) DEFAULT NULL,
  `gold_lat` varchar(16) DEFAULT NULL,
  `gold_lng` varchar(16) DEFAULT NULL,
  `silver_loc` int(6) NOT NULL DEFAULT 0,
  `silver_street` varchar(64) DEFAULT NULL,
  `silver_city` varchar(48) DEFAULT NULL,
  `silver_state` varchar(4) DEFAULT NULL,
  `silver_lat` varchar(16) DEFAULT NULL,
  `silver_lng` varchar(16) DEFAULT NULL,
  `bronze_loc` int(6) NOT NULL DEFAULT 0,
  `bronze_street` varchar(64) DEFAULT NULL,
  `bronze_city` varchar(48) DEFAULT NULL,
  `bronze_state` varchar(4) DEFAULT NULL,
  `bronze_lat` varchar(16) DEFAULT NULL,
  `bronze_lng` varchar(16) DEFAULT NULL,
  `level4_loc` int(6) NOT NULL DEFAULT 0,
  `level4_street` varchar(64) DEFAULT NULL,
  `level4_city` varchar(48) DEFAULT NULL,
  `level4_state` varchar(4) DEFAULT NULL,
  `level4_lat` varchar(16) DEFAULT NULL,
  `level4_lng` varchar(16) DEFAULT NULL,
  `level5_loc` int(6) NOT NULL DEFAULT 0,
  `level5_street` varchar(64) DEFAULT NULL,
  `level5_city` varchar(48) DEFAULT NULL,
  `level5_state` varchar(4) DEFAULT NULL,
  `level5_lat` varchar(16) DEFAULT NULL,
  `level5_lng` varchar(16) DEFAULT NULL,
  `level6_loc` int(6) NOT NULL DEFAULT 0,
  `level6_street` varchar(64) DEFAULT NULL,
  `level6_city` varchar(48) DEFAULT NULL,
  `level6_state` varchar(4) DEFAULT NULL,
  `level6_lat` varchar(16) DEFAULT NULL,
  `level6_lng` varchar(16) DEFAULT NULL,
  `boundary` int(4) NOT NULL,
  `inc_startime` datetime NOT NULL,
  `inc_endtime` datetime NOT NULL,
  `incident_notes` longtext DEFAULT NULL,
  `_by` int(11) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `mdb_files` (
  `id` smallint(3) NOT NULL AUTO_INCREMENT,
  `member_id` smallint(3) NOT NULL,
  `name` varchar(64) NOT NULL,
  `shortname` varchar(32) NOT NULL,
  `description` varchar(24) NOT NULL,
  `filesize` varchar(12) NOT NULL,
  `_on` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `member` (
  `id` int(8) NOT NULL AUTO_INCREMENT,
  `field1` varchar(28) DEFAULT NULL,
  `field2` varchar(28) DEFAULT NULL,
  `field3` int(4) NOT NULL DEFAULT 0,
  `field4` varchar(16) DEFAULT NULL,
  `field5` varchar(64) DEFAULT NULL,
  `field6` varchar(48) DEFAULT NULL,
  `field7` bigint(4) NOT NULL,
  `field8` enum('Yes','No') NOT NULL DEFAULT 'Yes',
  `field9` varchar(28) DEFAULT NULL,
  `field10` varchar(28) DEFAULT NULL,
  `field11` varchar(12) DEFAULT NULL,
  `field12` double DEFAULT NULL,
  `field13` double DEFAULT NULL,
  `field14` longtext DEFAULT NULL,
  `field15` enum('Yes','No') NOT NULL DEFAULT 'No',
  `field16` datetime DEFAULT NULL,
  `field17` datetime DEFAULT NULL,
  `field18` datetime DEFAULT NULL,
  `field19` enum('Yes','No') NOT NULL DEFAULT 'No',
  `field20` longtext DEFAULT NULL,
  `field21` int(4) NOT NULL DEFAULT 0,
  `field22` varchar(1024) DEFAULT NULL,
  `field23` varchar(1024) DEFAULT NULL,
  `field24` varchar(1024) DEFAULT NULL,
  `field25` varchar(1024) DEFAULT NULL,
  `field26` varchar(1024) DEFAULT NULL,
  `field27` varchar(1024) DEFAULT NULL,
  `field28` varchar(1024) DEFAULT NULL,
  `field29` varchar(1024) DEFAULT NULL,
  `field30` varchar(1024) DEFAULT NULL,
  `field31` varchar(1024) DEFAULT NULL,
  `field32` varchar(1024) DEFAULT NULL,
  `field33` varchar(1024) DEFAULT NULL,
  `field34` varchar(1024) DEFAULT NULL,
  `field35` varchar(1024) DEFAULT NULL,
  `field36` varchar(1024) DEFAULT NULL,
  `field37` varchar(1024) DEFAULT NULL,
  `field38` varchar(1024) DEFAULT NULL,
  `field39` varchar(1024) DEFAULT NULL,
  `field40` varchar(1024) DEFAULT NULL,
  `field41` varchar(1024) DEFAULT NULL,
  `field42` varchar(1024) DEFAULT NULL,
  `field43` varchar(1024) DEFAULT NULL,
  `field44` varchar(1024) DEFAULT NULL,
  `field45` varchar(1024) DEFAULT NULL,
  `field46` enum('Yes','No') DEFAULT 'No',
  `field47` enum('Yes','No') DEFAULT 'No',
  `field48` enum('Yes','No') DEFAULT 'No',
  `field49` enum('Yes','No') DEFAULT 'No',
  `field50` enum('Yes','No') DEFAULT NULL,
  `field51` enum('Yes','No') DEFAULT 'No',
  `field52` enum('Yes','No') DEFAULT 'No',
  `field53` enum('Yes','No') DEFAULT 'No',
  `field54` enum('Yes','No') DEFAULT 'No',
  `field55` enum('Yes','No') DEFAULT 'No',
  `field56` datetime DEFAULT NULL,
  `field57` datetime DEFAULT NULL,
  `field58` datetime DEFAULT NULL,
  `field59` datetime DEFAULT NULL,
  `field60` datetime DEFAULT NULL,
  `field61` datetime DEFAULT NULL,
  `field62` datetime DEFAULT NULL,
  `field63` datetime DEFAULT NULL,
  `field64` datetime DEFAULT NULL,
  `field65` datetime DEFAULT NULL,
  `_by` int(7) NOT NULL DEFAULT 1,
  `_on` datetime NOT NULL,
  `_from` varchar(10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `member_status` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `status_val` varchar(48) NOT NULL,
  `description` mediumtext NOT NULL,
  `color` varchar(8) NOT NULL DEFAULT '#000000',
  `background` varchar(8) NOT NULL DEFAULT '#FFFFFF',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `member_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `description` longtext NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL COMMENT 'ip',
  `_by` int(7) NOT NULL COMMENT 'by',
  `color` varchar(8) NOT NULL DEFAULT '#000000',
  `background` varchar(8) NOT NULL DEFAULT '#FFFFFF',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `messages` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `msg_type` int(2) NOT NULL,
  `message_id` varchar(24) DEFAULT NULL,
  `server_number` tinyint(2) DEFAULT NULL,
  `ticket_id` int(8) DEFAULT NULL,
  `resp_id` varchar(128) DEFAULT NULL,
  `recipients` varchar(1024) DEFAULT NULL,
  `from_address` varchar(128) NOT NULL,
  `fromname` varchar(128) DEFAULT NULL,
  `subject` varchar(128) NOT NULL DEFAULT 'No Subject',
  `message` longtext DEFAULT NULL,
  `status` varchar(24) DEFAULT NULL,
  `date` datetime NOT NULL,
  `read_status` int(11) NOT NULL DEFAULT 0,
  `readby` varchar(512) DEFAULT NULL,
  `delivered` varchar(512) DEFAULT NULL,
  `delivery_status` tinyint(2) NOT NULL DEFAULT 0,
  `_by` int(7) DEFAULT NULL,
  `_from` varchar(16) DEFAULT NULL,
  `_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `mi_types` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `bg_color` varchar(12) NOT NULL DEFAULT 'transparent',
  `color` varchar(12) NOT NULL DEFAULT '#000000',
  `_by` int(11) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `notify` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(8) NOT NULL DEFAULT 0,
  `user` int(8) NOT NULL DEFAULT 0,
  `execute_path` tinytext DEFAULT NULL,
  `severities` int(1) NOT NULL DEFAULT 0 COMMENT '0=NA, 1=all, 2=top 2, 3=top only',
  `on_action` tinyint(1) DEFAULT 0,
  `on_ticket` tinyint(1) DEFAULT 0,
  `on_patient` tinyint(1) DEFAULT 0,
  `email_address` varchar(255) DEFAULT NULL,
  `mailgroup` int(4) NOT NULL DEFAULT 0,
  `pager` varchar(255) DEFAULT NULL COMMENT 'pipe-sep''d ',
  `pager_cb` varchar(96) DEFAULT NULL COMMENT 'pager call-back no.',
  `by` int(7) NOT NULL COMMENT 'user',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'updated',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `organisations` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `street` varchar(256) NOT NULL,
  `city` varchar(64) NOT NULL,
  `state` varchar(4) NOT NULL,
  `tel` varchar(16) NOT NULL,
  `email` varchar(256) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `patient` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(8) NOT NULL DEFAULT 0,
  `name` varchar(32) DEFAULT NULL,
  `fullname` varchar(64) DEFAULT NULL,
  `dob` varchar(32) DEFAULT NULL,
  `gender` int(1) NOT NULL DEFAULT 0,
  `insurance_id` int(3) DEFAULT NULL,
  `facility_contact` varchar(64) DEFAULT NULL,
  `facility_id` int(3) NOT NULL DEFAULT 0,
  `date` datetime DEFAULT NULL,
  `description` text NOT NULL,
  `user` int(8) DEFAULT NULL,
  `action_type` int(8) DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `patient_x` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `patient_id` int(7) NOT NULL,
  `assign_id` int(7) NOT NULL,
  `_by` int(7) NOT NULL,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `personnel` (
  `id` int(4) NOT NULL AUTO_INCREMENT COMMENT 'table id',
  `surname` varchar(48) DEFAULT NULL,
  `forenames` varchar(48) DEFAULT NULL,
  `address` varchar(128) DEFAULT NULL,
  `state` varchar(24) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `map_grid` varchar(10) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `gender` varchar(48) DEFAULT NULL,
  `person_identifier` varchar(48) DEFAULT NULL COMMENT 'linking field to responders',
  `email` varchar(48) DEFAULT NULL,
  `cellphone` varchar(48) DEFAULT NULL,
  `homephone` varchar(48) DEFAULT NULL,
  `workphone` varchar(48) DEFAULT NULL,
  `next_of_kin_name` varchar(48) DEFAULT NULL,
  `next_of_kin_address` varchar(128) DEFAULT NULL,
  `next_of_kin_homephone` varchar(48) DEFAULT NULL,
  `next_of_kin_workphone` varchar(48) DEFAULT NULL,
  `next_of_kin_cellphone` varchar(48) DEFAULT NULL,
  `amateur_radio_callsign` varchar(48) DEFAULT NULL,
  `person_status` varchar(48) DEFAULT NULL,
  `team_name` varchar(48) DEFAULT NULL,
  `person_notes` longtext DEFAULT NULL COMMENT 'combined field from various data inputs',
  `person_capabilities` longtext DEFAULT NULL COMMENT 'combined field from various data inputs',
  `vehicle_identifier` varchar(48) DEFAULT NULL,
  `vehicle_callsign` varchar(48) DEFAULT NULL,
  `vehicle_owner` varchar(48) DEFAULT NULL,
  `vehicle_make` varchar(48) DEFAULT NULL,
  `vehicle_model` varchar(48) DEFAULT NULL,
  `vehicle_year` varchar(48) DEFAULT NULL,
  `vehicle_color` varchar(48) DEFAULT NULL,
  `vehicle_seats` varchar(48) DEFAULT NULL,
  `vehicle_notes` longtext DEFAULT NULL COMMENT 'combined field from various data inputs',
  `vehicle_capabilities` longtext DEFAULT NULL COMMENT 'combined field from various data inputs',
  `valid_training` longtext DEFAULT NULL COMMENT 'combined field from various data inputs',
  `_on` datetime NOT NULL COMMENT 'when updated',
  `_from` varchar(16) NOT NULL COMMENT 'IP address',
  `_by` int(7) DEFAULT NULL COMMENT 'User ID',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='data from membership database';

CREATE TABLE `photos` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `description` varchar(256) NOT NULL,
  `ticket_id` int(7) NOT NULL COMMENT 'associated ticket id',
  `taken_by` varchar(48) DEFAULT NULL,
  `taken_on` varchar(24) DEFAULT NULL,
  `by` int(7) NOT NULL COMMENT 'user id',
  `on` datetime NOT NULL,
  `from` varchar(16) NOT NULL COMMENT 'ip address',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `pin_ctrl` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `responder_id` int(7) NOT NULL DEFAULT 0 COMMENT 'link to responder record',
  `pin` varchar(4) NOT NULL COMMENT 'login authentication ',
  `_by` int(7) NOT NULL COMMENT 'user creating/updating this entry',
  `_from` varchar(30) DEFAULT NULL COMMENT 'IP address',
  `_on` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'when',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `places` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `apply_to` enum('city','bldg') NOT NULL DEFAULT 'city',
  `street` varchar(96) DEFAULT NULL,
  `city` varchar(32) DEFAULT NULL,
  `state` varchar(4) DEFAULT NULL,
  `information` varchar(1024) DEFAULT NULL,
  `lat` float DEFAULT 0,
  `lon` float DEFAULT 0,
  `zoom` int(2) DEFAULT 7,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `remote_devices` (
  `id` bigint(64) NOT NULL AUTO_INCREMENT,
  `lat` double DEFAULT 0,
  `lng` double DEFAULT 0,
  `time` datetime NOT NULL,
  `speed` int(4) NOT NULL DEFAULT 0,
  `altitude` int(6) NOT NULL DEFAULT 0,
  `direction` double NOT NULL DEFAULT 0,
  `user` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `responder` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `roster_user` int(7) NOT NULL DEFAULT 0,
  `name` text DEFAULT NULL,
  `street` varchar(28) DEFAULT NULL,
  `city` varchar(28) DEFAULT NULL,
  `state` char(4) DEFAULT NULL,
  `phone` varchar(16) DEFAULT NULL,
  `mobile` tinyint(2) DEFAULT 0,
  `direcs` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0=>no directions, 1=> yes',
  `multi` int(1) NOT NULL DEFAULT 0 COMMENT 'if 1, allow multiple call assigns',
  `aprs` tinyint(2) NOT NULL DEFAULT 0,
  `instam` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'instamapper',
  `ogts` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'value = 1 iff unit uses OpenGTS tracking',
  `t_tracker` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'if 1 unit uses tickets tracker tracking - required to set callsign',
  `mob_tracker` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'if 1 unit uses Mobile screen tracking - callsign set automatically',
  `xastir_tracker` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'APRS tracking using XASTIR',
  `traccar` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'APRS tracking using TRACCAR',
  `javaprssrvr` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'APRS tracking using JAVAPRSSRVR',
  `ring_fence` int(3) NOT NULL DEFAULT 0,
  `excl_zone` int(3) NOT NULL DEFAULT 0,
  `locatea` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'if 1 unit uses LocateA tracking - required to set callsign',
  `gtrack` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'if 1 unit uses Gtrack tracking - required to set callsign',
  `glat` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'if 1 unit uses Google Latitude tracking - required to set callsign',
  `description` text NOT NULL,
  `capab` varchar(255) DEFAULT NULL COMMENT 'Capability',
  `un_status_id` int(4) NOT NULL DEFAULT 0,
  `status_about` varchar(512) DEFAULT NULL,
  `other` varchar(96) DEFAULT NULL,
  `callsign` varchar(24) DEFAULT NULL,
  `handle` varchar(24) DEFAULT NULL COMMENT 'Unit Handle',
  `icon_str` char(3) DEFAULT NULL COMMENT 'map icon value',
  `contact_name` varchar(64) DEFAULT NULL,
  `contact_via` varchar(64) DEFAULT NULL,
  `smsg_id` varchar(16) DEFAULT NULL,
  `cellphone` varchar(128) DEFAULT NULL,
  `pager_p` varchar(64) DEFAULT NULL,
  `pager_s` varchar(64) DEFAULT NULL,
  `send_no` varchar(64) DEFAULT NULL,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `type` tinyint(1) DEFAULT NULL,
  `at_facility` int(6) NOT NULL DEFAULT 0,
  `updated` datetime DEFAULT NULL,
  `status_updated` datetime DEFAULT NULL,
  `user_id` int(4) DEFAULT NULL,
  `followmee_tracker` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'Tracking using FollowMee',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `responder_rota` (
  `id` int(8) NOT NULL AUTO_INCREMENT,
  `person_id` int(4) DEFAULT NULL,
  `resp_id` int(4) NOT NULL,
  `starttime` datetime DEFAULT NULL,
  `endtime` datetime DEFAULT NULL,
  `rota_status` int(2) DEFAULT NULL,
  `recurring` int(2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `responder_x_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `responder_id` int(6) NOT NULL,
  `member_id` int(6) NOT NULL,
  `use_email` int(11) NOT NULL DEFAULT 0,
  `use_cellphone` int(11) NOT NULL DEFAULT 0,
  `use_homephone` int(11) NOT NULL DEFAULT 0,
  `use_workphone` int(11) NOT NULL DEFAULT 0,
  `use_smsg_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `settings` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `name` tinytext DEFAULT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=157 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `skills` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `skill` varchar(48) NOT NULL,
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `skills_x_user` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `skills_id` int(3) NOT NULL COMMENT 'certification description',
  `user_id` int(4) NOT NULL COMMENT 'skill held - user id',
  `level` enum('b','m','h','x','na') NOT NULL DEFAULT 'na' COMMENT ' beginner, moderate, high, expert, NA',
  `comment` varchar(48) DEFAULT NULL COMMENT 'comment re certification issued',
  `by` int(7) NOT NULL COMMENT 'entered by - user index',
  `from` varchar(16) DEFAULT NULL COMMENT 'entered from - IP addr',
  `on` datetime DEFAULT NULL COMMENT 'date last updated',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `team_types` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `type` varchar(48) NOT NULL COMMENT 'team type',
  `comment` varchar(48) NOT NULL COMMENT 'issuing agency',
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `teams` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `team` varchar(48) NOT NULL COMMENT 'team name- major',
  `sub-group` varchar(48) NOT NULL COMMENT 'team name- major',
  `ttypes_id` int(7) NOT NULL COMMENT 'team name',
  `mission` varchar(48) NOT NULL COMMENT 'issuing agency',
  `leader` int(4) NOT NULL COMMENT 'team leader - user id',
  `leader_dpty` int(4) NOT NULL COMMENT 'team leader deputy - user id',
  `formed` date DEFAULT NULL COMMENT 'date formed',
  `by` int(7) NOT NULL COMMENT 'user index',
  `from` varchar(16) NOT NULL COMMENT 'IP addr',
  `on` datetime NOT NULL COMMENT 'last update',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_teams_team_name` (`team`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `teams_x_user` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `teams_id` int(4) NOT NULL COMMENT 'certification description',
  `member_id` int(7) NOT NULL COMMENT 'team member - user id',
  `status` int(2) DEFAULT NULL COMMENT 'team member status',
  `date_a` date DEFAULT NULL COMMENT 'date assigned',
  `date_e` date DEFAULT NULL COMMENT 'date assignment ended',
  `comment` varchar(48) DEFAULT NULL COMMENT 'comment re assignment',
  `by` int(7) DEFAULT NULL COMMENT 'entered by - user index',
  `from` varchar(16) DEFAULT NULL COMMENT 'entered from - IP addr',
  `on` datetime DEFAULT NULL COMMENT 'date last updated',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `ticket` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `in_types_id` int(4) NOT NULL,
  `org` int(3) NOT NULL DEFAULT 0 COMMENT 'Organisation',
  `portal_user` int(4) DEFAULT NULL,
  `contact` varchar(48) NOT NULL DEFAULT '',
  `street` varchar(96) DEFAULT NULL,
  `address_about` varchar(512) DEFAULT NULL,
  `city` varchar(32) DEFAULT NULL,
  `state` char(4) DEFAULT NULL,
  `phone` varchar(16) DEFAULT NULL,
  `to_address` varchar(1024) DEFAULT NULL,
  `facility` int(4) DEFAULT 0,
  `rec_facility` int(4) DEFAULT 0,
  `lat` double DEFAULT NULL,
  `lng` double DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `problemstart` datetime DEFAULT NULL,
  `problemend` datetime DEFAULT NULL,
  `scope` text NOT NULL,
  `affected` text DEFAULT NULL,
  `description` text NOT NULL,
  `comments` text DEFAULT NULL,
  `nine_one_one` varchar(96) DEFAULT NULL COMMENT 'comments re 911',
  `status` tinyint(1) NOT NULL DEFAULT 0,
  `owner` tinyint(4) NOT NULL DEFAULT 0,
  `severity` int(2) NOT NULL DEFAULT 0,
  `updated` datetime DEFAULT NULL,
  `booked_date` datetime DEFAULT NULL,
  `_by` int(7) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tracks` (
  `id` bigint(7) NOT NULL AUTO_INCREMENT,
  `packet_id` varchar(48) DEFAULT NULL,
  `source` varchar(96) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `speed` int(8) DEFAULT NULL,
  `course` int(8) DEFAULT NULL,
  `altitude` int(8) DEFAULT NULL,
  `symbol_table` varchar(96) DEFAULT NULL,
  `symbol_code` varchar(96) DEFAULT NULL,
  `status` varchar(96) DEFAULT NULL,
  `closest_city` varchar(200) DEFAULT NULL,
  `mapserver_url_street` varchar(200) DEFAULT NULL,
  `mapserver_url_regional` varchar(200) DEFAULT NULL,
  `packet_date` datetime DEFAULT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `packet_id` (`packet_id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tracks_hh` (
  `id` bigint(7) NOT NULL AUTO_INCREMENT,
  `source` varchar(96) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `speed` int(8) DEFAULT NULL,
  `course` int(8) DEFAULT NULL,
  `altitude` int(8) DEFAULT NULL,
  `utc_stamp` bigint(12) DEFAULT NULL,
  `status` varchar(96) DEFAULT NULL,
  `closest_city` varchar(200) DEFAULT NULL,
  `updated` datetime NOT NULL,
  `from` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `un_status` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `status_val` varchar(20) NOT NULL,
  `description` varchar(60) NOT NULL,
  `dispatch` int(1) NOT NULL DEFAULT 0 COMMENT '0 - can dispatch, 1- no - inform, 2 - enforce',
  `watch` int(1) NOT NULL DEFAULT 0 COMMENT 'if 1, watch this unit',
  `hide` enum('n','y') NOT NULL DEFAULT 'n',
  `excl_from_reset` enum('n','y') NOT NULL DEFAULT 'n',
  `group` varchar(20) DEFAULT NULL,
  `sort` int(11) NOT NULL DEFAULT 0,
  `bg_color` varchar(16) NOT NULL DEFAULT 'transparent' COMMENT 'background color',
  `text_color` varchar(16) NOT NULL DEFAULT '#000000' COMMENT 'text color',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ID` (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `unit_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `description` varchar(48) NOT NULL,
  `icon` int(3) NOT NULL DEFAULT 0,
  `_on` datetime NOT NULL,
  `_from` varchar(16) NOT NULL COMMENT 'ip',
  `_by` int(7) NOT NULL COMMENT 'by',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Allows for variable unit types';

CREATE TABLE `user` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `user` text NOT NULL COMMENT 'userid',
  `passwd` tinytext NOT NULL COMMENT 'MySQL hash',
  `name_l` text DEFAULT NULL COMMENT 'last',
  `name_f` text DEFAULT NULL COMMENT 'first',
  `name_mi` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (middle initial), not a removed mechanism.',
  `member` int(11) DEFAULT NULL COMMENT 'Supports Integrated Membership Database',
  `dob` text DEFAULT NULL,
  `title_id` tinyint(2) DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (title), not a removed mechanism.',
  `addr_street` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (mailing address), not a removed mechanism.',
  `addr_city` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (mailing address), not a removed mechanism.',
  `addr_st` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (mailing address), not a removed mechanism.',
  `files` tinyint(1) DEFAULT 0 COMMENT 'docs data access',
  `org` int(3) NOT NULL DEFAULT 0 COMMENT 'Organisation',
  `status` enum('approved','pending','na') NOT NULL DEFAULT 'approved',
  `ident` text DEFAULT NULL COMMENT 'identification',
  `info` text DEFAULT NULL COMMENT 'account information',
  `phone_p` text DEFAULT NULL COMMENT 'phone primary',
  `phone_s` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (secondary phone), not a removed mechanism.',
  `phone_m` text DEFAULT NULL COMMENT 'phone mobile',
  `level` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Phase 147 (GH#91): NOT an authorization signal -- rbac_can() never consults this (Phase 128). Still written by tools/create_admin.php and api/legacy-import.php, and still READ, but ONLY by the one-time v3->v4 migration bridge (api/rbac.php migrate_levels, sql/run_rbac_v2.php A9/A9b, tools/migrate_rbac.php). Do not add a new reader.',
  `responder_id` int(7) NOT NULL DEFAULT 0 COMMENT 'For level = unit',
  `facility_id` int(7) NOT NULL DEFAULT 0 COMMENT 'For level = facility',
  `email` text DEFAULT NULL COMMENT 'email addr - primary',
  `email_s` text DEFAULT NULL COMMENT 'Phase 147 (GH#91): reserved. No UI reads or writes this -- never built into any user-profile page. Not RBAC/authorization-relevant. A plausible future ''full profile'' field (secondary email), not a removed mechanism.',
  `callsign` varchar(12) DEFAULT NULL COMMENT 'added 9/23/07',
  `db_prefix` text DEFAULT NULL COMMENT 'db clone to use',
  `expires` timestamp NULL DEFAULT NULL COMMENT 'session start time',
  `login` timestamp NULL DEFAULT NULL COMMENT 'last login',
  `_from` varchar(24) DEFAULT NULL COMMENT 'IP addr',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `vehicles` (
  `id` bigint(8) NOT NULL AUTO_INCREMENT,
  `owner` int(4) DEFAULT NULL,
  `make` varchar(16) NOT NULL,
  `model` varchar(28) NOT NULL,
  `year` varchar(4) DEFAULT NULL,
  `color` varchar(4) DEFAULT NULL,
  `regno` varchar(12) NOT NULL,
  `type` tinyint(2) NOT NULL DEFAULT 0,
  `seats` tinyint(2) NOT NULL,
  `fueltype` enum('Petrol','Diesel','LPG') NOT NULL,
  `roofrack` enum('Yes','No') NOT NULL DEFAULT 'No',
  `towbar` enum('None','Ball','Ball and Pin','NATO') NOT NULL DEFAULT 'None',
  `winch` enum('None','Electric','Hydraulic','PTO','Hand') NOT NULL DEFAULT 'None',
  `trailer` enum('Yes','No') NOT NULL DEFAULT 'No',
  `vin` varchar(48) DEFAULT NULL,
  `excise` date DEFAULT NULL,
  `test` date DEFAULT NULL,
  `insurance` date DEFAULT NULL,
  `notes` longtext NOT NULL,
  `_by` int(11) NOT NULL,
  `_from` varchar(24) NOT NULL,
  `_on` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `warnings` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `street` varchar(96) NOT NULL,
  `city` varchar(32) NOT NULL,
  `state` char(4) NOT NULL,
  `lat` double NOT NULL,
  `lng` double NOT NULL,
  `loc_type` smallint(4) NOT NULL DEFAULT 4,
  `description` text NOT NULL,
  `_by` int(7) DEFAULT NULL,
  `_on` datetime DEFAULT NULL,
  `_from` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `newui_shift_templates` (
  `id`              INT AUTO_INCREMENT PRIMARY KEY,
  `name`            VARCHAR(128)  NOT NULL,
  `description`     TEXT          DEFAULT NULL,
  `rotation_weeks`  INT           NOT NULL DEFAULT 1 COMMENT 'Cycle length in weeks',
  `timezone`        VARCHAR(64)   DEFAULT 'America/Chicago',
  `active`          TINYINT(1)    DEFAULT 1,
  `created_at`      DATETIME      DEFAULT CURRENT_TIMESTAMP,
  `updated_at`      DATETIME      DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY `idx_active` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newui_shift_roles` (
  `id`                      INT AUTO_INCREMENT PRIMARY KEY,
  `template_id`             INT           NOT NULL,
  `role_name`               VARCHAR(64)   NOT NULL,
  `description`             TEXT          DEFAULT NULL,
  `min_slots`               INT           DEFAULT 1,
  `max_slots`               INT           DEFAULT 1,
  `required_cert_ids`       TEXT          DEFAULT NULL COMMENT 'JSON array of certification IDs',
  `required_ics_position_id` INT          DEFAULT NULL COMMENT 'Require ICS qualification',
  `sort_order`              INT           DEFAULT 0,
  KEY `idx_template` (`template_id`),
  CONSTRAINT `fk_shift_role_template` FOREIGN KEY (`template_id`)
    REFERENCES `newui_shift_templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newui_shift_slots` (
  `id`              INT AUTO_INCREMENT PRIMARY KEY,
  `template_id`     INT           NOT NULL,
  `day_of_week`     TINYINT       NOT NULL COMMENT '0=Sun,1=Mon,...,6=Sat',
  `start_time`      TIME          NOT NULL,
  `end_time`        TIME          NOT NULL,
  `week_number`     INT           DEFAULT 1 COMMENT 'Which week in the rotation (1-based)',
  `label`           VARCHAR(64)   DEFAULT NULL COMMENT 'Optional label like Morning, Evening',
  KEY `idx_template` (`template_id`),
  CONSTRAINT `fk_shift_slot_template` FOREIGN KEY (`template_id`)
    REFERENCES `newui_shift_templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newui_shift_assignments` (
  `id`              INT AUTO_INCREMENT PRIMARY KEY,
  `slot_id`         INT           NOT NULL,
  `role_id`         INT           NOT NULL,
  `member_id`       INT           NOT NULL,
  `assignment_date` DATE          NOT NULL COMMENT 'The actual calendar date',
  `status`          ENUM('assigned','confirmed','completed','no-show','swapped','cancelled')
                                  DEFAULT 'assigned',
  `self_signup`     TINYINT(1)    DEFAULT 0 COMMENT '1 = volunteer signed up themselves',
  `notes`           TEXT          DEFAULT NULL,
  `assigned_by`     INT           DEFAULT NULL COMMENT 'Who made the assignment',
  `created_at`      DATETIME      DEFAULT CURRENT_TIMESTAMP,
  `updated_at`      DATETIME      DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY `idx_slot`    (`slot_id`),
  KEY `idx_role`    (`role_id`),
  KEY `idx_member`  (`member_id`),
  KEY `idx_date`    (`assignment_date`),
  UNIQUE KEY `uq_slot_role_member_date` (`slot_id`, `role_id`, `member_id`, `assignment_date`),
  CONSTRAINT `fk_assign_slot` FOREIGN KEY (`slot_id`)
    REFERENCES `newui_shift_slots` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_assign_role` FOREIGN KEY (`role_id`)
    REFERENCES `newui_shift_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newui_events` (
  `id`                INT AUTO_INCREMENT PRIMARY KEY,
  `name`              VARCHAR(255)  NOT NULL,
  `event_type`        ENUM('drill','exercise','deployment','meeting','training','other')
                                    DEFAULT 'other',
  `description`       TEXT          DEFAULT NULL,
  `start_date`        DATETIME      NOT NULL,
  `end_date`          DATETIME      DEFAULT NULL,
  `location`          VARCHAR(255)  DEFAULT NULL,
  `max_participants`  INT           DEFAULT NULL,
  `required_cert_ids` TEXT          DEFAULT NULL COMMENT 'JSON array of certification IDs',
  `status`            ENUM('planned','active','completed','cancelled')
                                    DEFAULT 'planned',
  `created_by`        INT           DEFAULT NULL,
  `created_at`        DATETIME      DEFAULT CURRENT_TIMESTAMP,
  `updated_at`        DATETIME      DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY `idx_status`    (`status`),
  KEY `idx_start`     (`start_date`),
  KEY `idx_type`      (`event_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newui_event_participants` (
  `id`              INT AUTO_INCREMENT PRIMARY KEY,
  `event_id`        INT           NOT NULL,
  `member_id`       INT           NOT NULL,
  `status`          ENUM('registered','confirmed','attended','no-show','cancelled')
                                  DEFAULT 'registered',
  `self_signup`     TINYINT(1)    DEFAULT 0,
  `role`            VARCHAR(64)   DEFAULT NULL COMMENT 'Role during event (IC, Safety, etc.)',
  `check_in_time`   DATETIME      DEFAULT NULL,
  `check_out_time`  DATETIME      DEFAULT NULL,
  `hours_worked`    DECIMAL(5,2)  DEFAULT NULL,
  `notes`           TEXT          DEFAULT NULL,
  `created_at`      DATETIME      DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `uq_event_member` (`event_id`, `member_id`),
  KEY `idx_member` (`member_id`),
  CONSTRAINT `fk_participant_event` FOREIGN KEY (`event_id`)
    REFERENCES `newui_events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_attempts` (
    `id`              BIGINT AUTO_INCREMENT PRIMARY KEY,
    `username`        VARCHAR(255)  NOT NULL,
    `ip_address`      VARCHAR(45)   DEFAULT NULL,
    `user_agent`      VARCHAR(512)  DEFAULT NULL,
    `success`         TINYINT(1)    NOT NULL DEFAULT 0,
    `failure_reason`  VARCHAR(64)   DEFAULT NULL COMMENT 'wrong_password, account_locked, 2fa_failed, account_disabled',
    `created_at`      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,

    KEY `idx_username_created` (`username`, `created_at`),

    KEY `idx_ip_created` (`ip_address`, `created_at`),

    KEY `idx_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_sessions` (
    `id`          BIGINT AUTO_INCREMENT PRIMARY KEY,
    `user_id`     INT          NOT NULL,
    `session_id`  VARCHAR(128) NOT NULL,
    `ip_address`  VARCHAR(45)  DEFAULT NULL,
    `user_agent`  VARCHAR(512) DEFAULT NULL,
    `created_at`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `last_active` DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `expires_at`  DATETIME     NOT NULL,

    UNIQUE KEY `uk_session_id` (`session_id`),
    KEY `idx_user_id` (`user_id`),
    KEY `idx_expires_at` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE newui_audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,

    event_time    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,

    user_id       INT          DEFAULT NULL,
    user_name     VARCHAR(64)  DEFAULT NULL,
    ip_address    VARCHAR(45)  DEFAULT NULL,

    category      VARCHAR(32)  NOT NULL,
    activity      VARCHAR(32)  NOT NULL,

    severity      TINYINT      NOT NULL DEFAULT 1,

    target_type   VARCHAR(48)  DEFAULT NULL,
    target_id     VARCHAR(64)  DEFAULT NULL,

    summary       VARCHAR(512) NOT NULL,

    details       JSON         DEFAULT NULL,

    KEY idx_event_time (event_time),
    KEY idx_category   (category),
    KEY idx_user_id    (user_id),
    KEY idx_target     (target_type, target_id),
    KEY idx_severity   (severity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tfa` (
    `id`                  INT AUTO_INCREMENT PRIMARY KEY,
    `user_id`             INT NOT NULL,
    `secret_encrypted`    BLOB NOT NULL COMMENT 'AES-256-CBC encrypted Base32 TOTP secret',
    `backup_codes_json`   TEXT NOT NULL COMMENT 'AES-256-CBC encrypted JSON array of 8-digit backup codes',
    `confirmed`           TINYINT(1) NOT NULL DEFAULT 0 COMMENT '0=pending, 1=verified with TOTP code',
    `enrolled_at`         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `last_used_at`        DATETIME DEFAULT NULL,
    UNIQUE KEY `uk_user_tfa_user` (`user_id`),
    KEY `idx_user_tfa_enrolled` (`enrolled_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tfa_remember_tokens` (
    `id`                  INT AUTO_INCREMENT PRIMARY KEY,
    `user_id`             INT NOT NULL,
    `token_hash`          VARCHAR(64) NOT NULL COMMENT 'SHA-256 hash of the cookie token value',
    `device_fingerprint`  VARCHAR(64) NOT NULL COMMENT 'SHA-256 hash of User-Agent + Accept-Language',
    `ip_address`          VARCHAR(45) NOT NULL COMMENT 'IPv4 or IPv6 address',
    `user_agent`          VARCHAR(512) NOT NULL DEFAULT '' COMMENT 'Raw User-Agent string for device display',
    `created_at`          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `expires_at`          DATETIME NOT NULL,
    KEY `idx_tfa_remember_user` (`user_id`),
    KEY `idx_tfa_remember_token` (`token_hash`),
    KEY `idx_tfa_remember_expires` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
    `key`   VARCHAR(64) NOT NULL PRIMARY KEY,
    `value` TEXT DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
    `id`          INT AUTO_INCREMENT PRIMARY KEY,
    `name`        VARCHAR(64)  NOT NULL,
    `description` VARCHAR(255) DEFAULT NULL,
    `org_id`      INT          DEFAULT NULL COMMENT 'NULL = global role, otherwise org-specific',
    `is_default`  TINYINT(1)   NOT NULL DEFAULT 0 COMMENT 'Auto-assign to new users',
    `sort_order`  INT          NOT NULL DEFAULT 0,
    `created_at`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY `uk_role_name_org` (`name`, `org_id`),
    KEY `idx_org_id` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
    `id`          INT AUTO_INCREMENT PRIMARY KEY,
    `code`        VARCHAR(64)  NOT NULL UNIQUE COMMENT 'Machine-readable key, e.g. screen.search, widget.map',
    `name`        VARCHAR(128) NOT NULL COMMENT 'Human-readable label',
    `category`    VARCHAR(32)  NOT NULL COMMENT 'screen, widget, action, field',
    `resource`    VARCHAR(48)  DEFAULT NULL,
    `verb`        VARCHAR(16)  DEFAULT NULL,
    `deprecated_alias_of` VARCHAR(64) DEFAULT NULL COMMENT 'When set, points at the canonical new code; both work.',
    `description` VARCHAR(255) DEFAULT NULL,
    KEY `idx_category` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
    `role_id`       INT NOT NULL,
    `permission_id` INT NOT NULL,
    PRIMARY KEY (`role_id`, `permission_id`),
    KEY `idx_perm_id` (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
    `id`      INT AUTO_INCREMENT PRIMARY KEY,
    `user_id` INT NOT NULL,
    `role_id` INT NOT NULL,
    `org_id`  INT DEFAULT NULL COMMENT 'NULL = role applies globally',
    UNIQUE KEY `uk_user_role_org` (`user_id`, `role_id`, `org_id`),
    KEY `idx_user_id` (`user_id`),
    KEY `idx_role_id` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DOMjudge 10.0.0DEV (DOMjudge/domjudge: the ICPC programming-contest jury system — contests, teams and their users,
-- submissions and their files, judgings and test-case runs, clarifications, scoreboard caches, balloons, rejudgings,
-- shadow-mode external judgements, audit log, event feed, sessions, judgehosts, problems, languages, executables),
-- commit a023fd3ec375f6baec9a1293dfd2ba12c76a51b2 (GPL-2.0-or-later). Upstream's 125 Doctrine migrations
-- (`webapp/migrations/Version*.php`) were run in version order against an empty MariaDB 10.11 database by a small
-- PHP harness standing in for Doctrine Migrations (each migration's up() queued its SQL, which was then executed),
-- then written from SHOW CREATE TABLE in foreign-key order (auto-increment counters removed; the one foreign key of
-- the judging <-> internal_error cycle added by ALTER TABLE at the end). All 51 tables, nothing left out.

CREATE TABLE `auditlog` (
  `logid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Audit log ID',
  `logtime` decimal(32,9) unsigned NOT NULL COMMENT 'Timestamp of the logentry',
  `cid` varchar(255) DEFAULT NULL COMMENT 'External contest ID associated to this entry',
  `user` varchar(255) DEFAULT NULL COMMENT 'User who performed this action',
  `datatype` varchar(32) NOT NULL COMMENT 'Reference to DB table associated to this entry',
  `dataid` varchar(64) DEFAULT NULL COMMENT '(External) identifier in reference table',
  `action` varchar(128) NOT NULL COMMENT 'Description of action performed',
  `extrainfo` varchar(255) DEFAULT NULL COMMENT 'Optional additional description of the entry',
  PRIMARY KEY (`logid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Log of all actions performed';

CREATE TABLE `configuration` (
  `configid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Configuration ID',
  `name` varchar(64) NOT NULL COMMENT 'Name of the configuration variable',
  `value` longtext NOT NULL COMMENT 'Content of the configuration variable (JSON encoded)',
  PRIMARY KEY (`configid`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Global configuration variables';

CREATE TABLE `contest` (
  `cid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Contest ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Contest ID in an external system',
  `name` varchar(255) NOT NULL COMMENT 'Descriptive name',
  `shortname` varchar(255) NOT NULL COMMENT 'Short name for this contest',
  `activatetime` decimal(32,9) unsigned NOT NULL COMMENT 'Time contest becomes visible in team/public views',
  `starttime` decimal(32,9) unsigned NOT NULL COMMENT 'Time contest starts, submissions accepted',
  `freezetime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time scoreboard is frozen',
  `endtime` decimal(32,9) unsigned NOT NULL COMMENT 'Time after which no more submissions are accepted',
  `unfreezetime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Unfreeze a frozen scoreboard at this time',
  `deactivatetime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time contest becomes invisible in team/public views',
  `activatetime_string` varchar(64) NOT NULL COMMENT 'Authoritative absolute or relative string representation of activatetime',
  `starttime_string` varchar(64) NOT NULL COMMENT 'Authoritative absolute (only!) string representation of starttime',
  `freezetime_string` varchar(64) DEFAULT NULL COMMENT 'Authoritative absolute or relative string representation of freezetime',
  `endtime_string` varchar(64) NOT NULL COMMENT 'Authoritative absolute or relative string representation of endtime',
  `unfreezetime_string` varchar(64) DEFAULT NULL COMMENT 'Authoritative absolute or relative string representation of unfreezetime',
  `deactivatetime_string` varchar(64) DEFAULT NULL COMMENT 'Authoritative absolute or relative string representation of deactivatetime',
  `finalizetime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time when contest was finalized, null if not yet',
  `finalizecomment` text DEFAULT NULL COMMENT 'Comments by the finalizer',
  `b` smallint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of extra bronze medals',
  `enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether this contest can be active',
  `starttime_enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'If disabled, starttime is not used, e.g. to delay contest start',
  `process_balloons` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Will balloons be processed for this contest?',
  `public` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is this contest visible for the public?',
  `open_to_all_teams` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is this contest open to all teams?',
  `medals_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `gold_medals` smallint(5) unsigned NOT NULL DEFAULT 4 COMMENT 'Number of gold medals',
  `silver_medals` smallint(5) unsigned NOT NULL DEFAULT 4 COMMENT 'Number of silver medals',
  `bronze_medals` smallint(5) unsigned NOT NULL DEFAULT 4 COMMENT 'Number of bronze medals',
  `is_locked` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is this contest locked for modifications?',
  `allow_submit` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are submissions accepted in this contest?',
  `warning_message` text DEFAULT NULL COMMENT 'Warning message for this contest shown on the scoreboards',
  `runtime_as_score_tiebreaker` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is runtime used as tiebreaker instead of penalty?',
  `contest_problemset_type` varchar(4) DEFAULT NULL COMMENT 'File type of contest problemset document',
  `scoreboard_type` varchar(255) NOT NULL DEFAULT 'pass-fail',
  `penalty_time` int(10) unsigned NOT NULL DEFAULT 20 COMMENT 'Penalty time in minutes per wrong submission (if eventually solved)',
  `external_source_enabled` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is shadow mode enabled for this contest?',
  `external_source_use_judgements` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Use external judgements for results and scoring?',
  `external_source_type` varchar(255) DEFAULT NULL COMMENT 'Type of the external source',
  `external_source_source` varchar(255) DEFAULT NULL COMMENT 'Source for external contest data',
  `external_source_username` varchar(255) DEFAULT NULL COMMENT 'Username for external source, if any',
  `external_source_password` varchar(255) DEFAULT NULL COMMENT 'Password for external source, if any',
  `external_source_last_event_id` varchar(255) DEFAULT NULL COMMENT 'Last encountered event ID from external source, if any',
  `external_source_last_poll_time` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time of last poll by event feed reader',
  `external_source_last_http_code` smallint(5) unsigned DEFAULT NULL COMMENT 'Last HTTP code received by event feed reader',
  `score_diff_epsilon` decimal(32,9) NOT NULL DEFAULT 0.000100000 COMMENT 'Minimum absolute score difference for shadow differences',
  `shadow_compare_by_score` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'For shadow mode, compare by score only (ignore verdict if scores match)?',
  PRIMARY KEY (`cid`),
  UNIQUE KEY `shortname` (`shortname`(190)),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `cid` (`cid`,`enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Contests that will be run with this install';

CREATE TABLE `judgehost` (
  `judgehostid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Judgehost ID',
  `hostname` varchar(64) NOT NULL COMMENT 'Resolvable hostname of judgehost',
  `enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Should this host take on judgings?',
  `polltime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time of last poll by autojudger',
  `hidden` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Should this host be hidden in the overview?',
  PRIMARY KEY (`judgehostid`),
  UNIQUE KEY `hostname` (`hostname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Hostnames of the autojudgers';

CREATE TABLE `role` (
  `roleid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Role ID',
  `role` varchar(32) NOT NULL COMMENT 'Role name',
  `description` varchar(255) NOT NULL COMMENT 'Description for the web interface',
  PRIMARY KEY (`roleid`),
  UNIQUE KEY `role` (`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Possible user roles';

CREATE TABLE `sessions` (
  `sess_id` varbinary(128) NOT NULL,
  `sess_data` blob NOT NULL,
  `sess_lifetime` int(10) unsigned NOT NULL,
  `sess_time` int(10) unsigned NOT NULL,
  PRIMARY KEY (`sess_id`),
  KEY `sessions_sess_lifetime_idx` (`sess_lifetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `team_affiliation` (
  `affilid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Team affiliation ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team affiliation ID in an external system',
  `icpcid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'External identifier from ICPC CMS',
  `shortname` varchar(32) NOT NULL COMMENT 'Short descriptive name',
  `name` varchar(255) NOT NULL COMMENT 'Descriptive name',
  `country` char(3) DEFAULT NULL COMMENT 'ISO 3166-1 alpha-3 country code',
  `internalcomments` longtext DEFAULT NULL COMMENT 'Internal comments (jury only)',
  PRIMARY KEY (`affilid`),
  UNIQUE KEY `externalid` (`externalid`(190))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Affilitations for teams (e.g.: university, company)';

CREATE TABLE `team_category` (
  `categoryid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Team category ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team category ID in an external system',
  `icpcid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'External identifier from ICPC CMS',
  `name` varchar(255) NOT NULL COMMENT 'Descriptive name',
  `types` int(11) NOT NULL COMMENT 'Bitmask of category types, default is scoring.',
  `sortorder` tinyint(3) unsigned DEFAULT NULL COMMENT 'Where to sort this category on the scoreboard',
  `color` varchar(32) DEFAULT NULL COMMENT 'Background colour on the scoreboard',
  `visible` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are teams in this category visible?',
  `allow_self_registration` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Are self-registered teams allowed to choose this category?',
  `css_class` varchar(255) DEFAULT NULL COMMENT 'CSS class to apply to scoreboard rows (only for TYPE_CSS_CLASS)',
  PRIMARY KEY (`categoryid`),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `sortorder` (`sortorder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Categories for teams (e.g.: participants, observers, ...)';

CREATE TABLE `testcase_group` (
  `testcase_group_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Testcase group ID',
  `name` varchar(255) NOT NULL COMMENT 'Name of the testcase group',
  `accept_score` decimal(32,9) DEFAULT NULL COMMENT 'Score if this group is accepted',
  `range_lower_bound` decimal(32,9) DEFAULT NULL COMMENT 'Lower bound of the score range',
  `range_upper_bound` decimal(32,9) DEFAULT NULL COMMENT 'Upper bound of the score range',
  `aggregation_type` varchar(255) NOT NULL DEFAULT 'sum' COMMENT 'How to aggregate scores for this group',
  `ignore_sample` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Ignore the sample testcases when aggregating scores',
  `parent_id` int(10) unsigned DEFAULT NULL COMMENT 'Testcase group ID',
  `output_validator_flags` varchar(255) DEFAULT NULL COMMENT 'Flags for output validation',
  `on_reject_continue` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Continue on reject',
  PRIMARY KEY (`testcase_group_id`),
  KEY `IDX_F02888FE727ACA70` (`parent_id`),
  CONSTRAINT `FK_F02888FE727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `testcase_group` (`testcase_group_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Testcase group metadata';

CREATE TABLE `contest_problemset_content` (
  `cid` int(10) unsigned NOT NULL COMMENT 'Contest ID',
  `content` longblob NOT NULL COMMENT 'Problemset document content',
  PRIMARY KEY (`cid`),
  CONSTRAINT `FK_6680FE6A4B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores contents of contest problemset documents';

CREATE TABLE `contestteamcategory` (
  `cid` int(10) unsigned NOT NULL COMMENT 'Contest ID',
  `categoryid` int(10) unsigned NOT NULL COMMENT 'Team category ID',
  PRIMARY KEY (`cid`,`categoryid`),
  KEY `IDX_51A2DDC44B30D9C4` (`cid`),
  KEY `IDX_51A2DDC49B32FD3` (`categoryid`),
  CONSTRAINT `FK_51A2DDC44B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `FK_51A2DDC49B32FD3` FOREIGN KEY (`categoryid`) REFERENCES `team_category` (`categoryid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contestteamcategoryformedals` (
  `cid` int(10) unsigned NOT NULL COMMENT 'Contest ID',
  `categoryid` int(10) unsigned NOT NULL COMMENT 'Team category ID',
  PRIMARY KEY (`cid`,`categoryid`),
  KEY `IDX_CC3496DE4B30D9C4` (`cid`),
  KEY `IDX_CC3496DE9B32FD3` (`categoryid`),
  CONSTRAINT `FK_40B1F5544B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `FK_40B1F5549B32FD3` FOREIGN KEY (`categoryid`) REFERENCES `team_category` (`categoryid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event` (
  `eventid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Event ID',
  `eventtime` decimal(32,9) unsigned NOT NULL COMMENT 'When the event occurred',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `endpointtype` varchar(32) NOT NULL COMMENT 'API endpoint associated to this entry',
  `endpointid` varchar(64) NOT NULL COMMENT 'API endpoint (external) ID',
  `action` varchar(32) NOT NULL COMMENT 'Description of action performed',
  `content` longblob NOT NULL COMMENT 'JSON encoded content of the change, as provided in the event feed',
  PRIMARY KEY (`eventid`),
  KEY `eventtime` (`cid`,`eventtime`),
  KEY `cid` (`cid`),
  KEY `endpoint` (`cid`,`endpointtype`,`endpointid`),
  CONSTRAINT `event_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Log of all events during a contest';

CREATE TABLE `external_source_warning` (
  `extwarningid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'External source warning ID',
  `last_event_id` varchar(255) DEFAULT NULL COMMENT 'Last event ID this warning happened at',
  `time` decimal(32,9) unsigned NOT NULL COMMENT 'Time this warning happened last',
  `entity_type` varchar(255) NOT NULL COMMENT 'Type of the entity for this warning',
  `entity_id` varchar(255) NOT NULL COMMENT 'ID of the entity for this warning',
  `type` varchar(255) NOT NULL COMMENT 'Type of this warning',
  `hash` varchar(255) NOT NULL COMMENT 'Hash of this warning. Unique within the source.',
  `content` longtext NOT NULL COMMENT 'JSON encoded content of the warning. Type-specific.',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  PRIMARY KEY (`extwarningid`),
  UNIQUE KEY `hash` (`cid`,`hash`(190)),
  KEY `IDX_18F83C484B30D9C4` (`cid`),
  CONSTRAINT `FK_18F83C484B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Warnings for external sources';

CREATE TABLE `removed_interval` (
  `intervalid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Removed interval ID',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `starttime` decimal(32,9) unsigned NOT NULL COMMENT 'Initial time of removed interval',
  `endtime` decimal(32,9) unsigned NOT NULL COMMENT 'Final time of removed interval',
  `starttime_string` varchar(64) NOT NULL COMMENT 'Authoritative (absolute only) string representation of starttime',
  `endtime_string` varchar(64) NOT NULL COMMENT 'Authoritative (absolute only) string representation of endtime',
  PRIMARY KEY (`intervalid`),
  KEY `cid` (`cid`),
  CONSTRAINT `removed_interval_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Time intervals removed from the contest for scoring';

CREATE TABLE `team` (
  `teamid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Team ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team ID in an external system',
  `icpcid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team ID in the ICPC system',
  `label` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team label, for example the seat number',
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'Team name',
  `display_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Team display name',
  `affilid` int(4) unsigned DEFAULT NULL COMMENT 'Team affiliation ID',
  `enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether the team is visible and operational',
  `publicdescription` longtext DEFAULT NULL COMMENT 'Public team definition; for example: Team member names (freeform)',
  `location` varchar(255) DEFAULT NULL COMMENT 'Physical location of team',
  `internalcomments` longtext DEFAULT NULL COMMENT 'Internal comments about this team (jury only)',
  `judging_last_started` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Start time of last judging for prioritization',
  `penalty` int(4) NOT NULL DEFAULT 0 COMMENT 'Additional penalty time in minutes',
  PRIMARY KEY (`teamid`),
  UNIQUE KEY `label` (`label`),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `affilid` (`affilid`),
  CONSTRAINT `team_ibfk_2` FOREIGN KEY (`affilid`) REFERENCES `team_affiliation` (`affilid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='All teams participating in the contest';

CREATE TABLE `contestteam` (
  `cid` int(4) unsigned NOT NULL COMMENT 'Contest ID',
  `teamid` int(4) unsigned NOT NULL COMMENT 'Team ID',
  PRIMARY KEY (`cid`,`teamid`),
  KEY `IDX_8328F8554B30D9C4` (`cid`),
  KEY `IDX_8328F8554DD6ABF3` (`teamid`),
  CONSTRAINT `contestteam_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `contestteam_ibfk_2` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Many-to-Many mapping of contests and teams';

CREATE TABLE `rankcache` (
  `cid` int(4) unsigned NOT NULL COMMENT 'Contest ID',
  `teamid` int(4) unsigned NOT NULL COMMENT 'Team ID',
  `points_restricted` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Total correctness points (restricted audience)',
  `totaltime_restricted` int(4) NOT NULL DEFAULT 0 COMMENT 'Total penalty time in minutes (restricted audience)',
  `points_public` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Total correctness points (public)',
  `totaltime_public` int(4) NOT NULL DEFAULT 0 COMMENT 'Total penalty time in minutes (public)',
  `totalruntime_restricted` int(11) NOT NULL DEFAULT 0 COMMENT 'Total runtime in milliseconds (restricted audience)',
  `totalruntime_public` int(11) NOT NULL DEFAULT 0 COMMENT 'Total runtime in milliseconds (public)',
  `sort_key_public` text NOT NULL DEFAULT '' COMMENT 'Opaque sort key for public audience.',
  `sort_key_restricted` text NOT NULL DEFAULT '' COMMENT 'Opaque sort key for restricted audience.',
  `score_public` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Optional score for this run, e.g. for partial scoring',
  `score_restricted` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Optional score for this run, e.g. for partial scoring (for restricted audience)',
  PRIMARY KEY (`cid`,`teamid`),
  KEY `cid` (`cid`),
  KEY `teamid` (`teamid`),
  KEY `order_public` (`cid`,`points_public`,`totaltime_public`,`totalruntime_public`),
  KEY `order_restricted` (`cid`,`points_restricted`,`totaltime_restricted`,`totalruntime_restricted`),
  KEY `sortKeyPublic` (`sort_key_public`(768)),
  KEY `sortKeyRestricted` (`sort_key_restricted`(768)),
  CONSTRAINT `rankcache_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `rankcache_ibfk_2` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Scoreboard rank cache';

CREATE TABLE `team_category_team` (
  `categoryid` int(10) unsigned NOT NULL COMMENT 'Team category ID',
  `teamid` int(10) unsigned NOT NULL COMMENT 'Team ID',
  PRIMARY KEY (`categoryid`,`teamid`),
  KEY `IDX_3A19F9C99B32FD3` (`categoryid`),
  KEY `IDX_3A19F9C94DD6ABF3` (`teamid`),
  CONSTRAINT `FK_3A19F9C94DD6ABF3` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `FK_3A19F9C99B32FD3` FOREIGN KEY (`categoryid`) REFERENCES `team_category` (`categoryid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `userid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'User ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'User ID in an external system',
  `username` varchar(255) NOT NULL COMMENT 'User login name',
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `last_login` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time of last successful login',
  `last_api_login` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time of last successful login on the API',
  `first_login` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time of first login',
  `last_ip_address` varchar(255) DEFAULT NULL COMMENT 'Last IP address of successful login',
  `password` varchar(255) DEFAULT NULL COMMENT 'Password hash',
  `ip_address` varchar(255) DEFAULT NULL COMMENT 'IP Address used to autologin',
  `enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether the user is able to log in',
  `teamid` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`(190)),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `teamid` (`teamid`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Users that have access to DOMjudge';

CREATE TABLE `immutable_executable` (
  `immutable_execid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `userid` int(10) unsigned DEFAULT NULL COMMENT 'User ID',
  `hash` varchar(32) DEFAULT NULL COMMENT 'hash of the files',
  PRIMARY KEY (`immutable_execid`),
  KEY `IDX_676B601AF132696E` (`userid`),
  CONSTRAINT `FK_676B601AF132696E` FOREIGN KEY (`userid`) REFERENCES `user` (`userid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Immutable wrapper for a collection of files for executable bundles.';

CREATE TABLE `rejudging` (
  `rejudgingid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Rejudging ID',
  `userid_start` int(10) unsigned DEFAULT NULL COMMENT 'User ID',
  `userid_finish` int(10) unsigned DEFAULT NULL COMMENT 'User ID',
  `starttime` decimal(32,9) unsigned NOT NULL COMMENT 'Time rejudging started',
  `endtime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time rejudging ended, null = still busy',
  `reason` varchar(255) NOT NULL COMMENT 'Reason to start this rejudge',
  `valid` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Rejudging is marked as invalid if canceled',
  `auto_apply` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If set, judgings are accepted automatically.',
  `repeat` int(10) unsigned DEFAULT NULL COMMENT 'Number of times this rejudging will be repeated.',
  `repeat_rejudgingid` int(10) unsigned DEFAULT NULL COMMENT 'Rejudging ID',
  PRIMARY KEY (`rejudgingid`),
  KEY `userid_start` (`userid_start`),
  KEY `userid_finish` (`userid_finish`),
  KEY `IDX_719382B18D95A49F` (`repeat_rejudgingid`),
  CONSTRAINT `FK_719382B18D95A49F` FOREIGN KEY (`repeat_rejudgingid`) REFERENCES `rejudging` (`rejudgingid`) ON DELETE SET NULL,
  CONSTRAINT `rejudging_ibfk_1` FOREIGN KEY (`userid_start`) REFERENCES `user` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `rejudging_ibfk_2` FOREIGN KEY (`userid_finish`) REFERENCES `user` (`userid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Rejudge group';

CREATE TABLE `userrole` (
  `userid` int(4) unsigned NOT NULL COMMENT 'User ID',
  `roleid` int(4) unsigned NOT NULL COMMENT 'Role ID',
  PRIMARY KEY (`userid`,`roleid`),
  KEY `IDX_F114F21BF132696E` (`userid`),
  KEY `IDX_F114F21B2D46D92A` (`roleid`),
  CONSTRAINT `userrole_ibfk_1` FOREIGN KEY (`userid`) REFERENCES `user` (`userid`) ON DELETE CASCADE,
  CONSTRAINT `userrole_ibfk_2` FOREIGN KEY (`roleid`) REFERENCES `role` (`roleid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Many-to-Many mapping of users and roles';

CREATE TABLE `executable` (
  `execid` varchar(32) NOT NULL COMMENT 'Executable ID (string)',
  `description` varchar(255) DEFAULT NULL COMMENT 'Description of this executable',
  `type` varchar(32) NOT NULL COMMENT 'Type of executable',
  `immutable_execid` int(10) unsigned DEFAULT NULL COMMENT 'ID',
  PRIMARY KEY (`execid`),
  UNIQUE KEY `UNIQ_D68EDA01979A9F09` (`immutable_execid`),
  CONSTRAINT `FK_D68EDA01979A9F09` FOREIGN KEY (`immutable_execid`) REFERENCES `immutable_executable` (`immutable_execid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Compile, compare, and run script executable bundles';

CREATE TABLE `executable_file` (
  `execfileid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Executable file ID',
  `immutable_execid` int(10) unsigned DEFAULT NULL COMMENT 'ID',
  `filename` varchar(255) NOT NULL COMMENT 'Filename as uploaded',
  `ranknumber` int(10) unsigned NOT NULL COMMENT 'Order of the executable files, zero-indexed',
  `file_content` longblob NOT NULL COMMENT 'Full file content',
  `hash` varchar(32) DEFAULT NULL COMMENT 'hash of the content',
  `is_executable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether this file gets an executable bit.',
  PRIMARY KEY (`execfileid`),
  UNIQUE KEY `rankindex` (`immutable_execid`,`ranknumber`),
  UNIQUE KEY `filename` (`immutable_execid`,`filename`(190)),
  KEY `immutable_execid` (`immutable_execid`),
  CONSTRAINT `FK_99FA6255979A9F09` FOREIGN KEY (`immutable_execid`) REFERENCES `immutable_executable` (`immutable_execid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Files associated to an executable';

CREATE TABLE `language` (
  `langid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Language ID',
  `externalid` varchar(255) DEFAULT NULL COMMENT 'Language ID to expose in the REST API',
  `name` varchar(255) NOT NULL COMMENT 'Descriptive language name',
  `extensions` longtext DEFAULT NULL COMMENT 'List of recognized extensions (JSON encoded)',
  `require_entry_point` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether submissions require a code entry point to be specified.',
  `entry_point_description` varchar(255) DEFAULT NULL COMMENT 'The description used in the UI for the entry point field.',
  `allow_submit` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are submissions accepted in this language?',
  `allow_judge` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are submissions in this language judged?',
  `time_factor` double NOT NULL DEFAULT 1 COMMENT 'Language-specific factor multiplied by problem run times',
  `compile_script` varchar(32) DEFAULT NULL COMMENT 'Executable ID (string)',
  `filter_compiler_files` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether to filter the files passed to the compiler by the extension list.',
  `compiler_version` longblob DEFAULT NULL COMMENT 'Compiler version',
  `runner_version` longblob DEFAULT NULL COMMENT 'Runner version',
  `runner_version_command` varchar(255) DEFAULT NULL COMMENT 'Runner version command',
  `compiler_version_command` varchar(255) DEFAULT NULL COMMENT 'Compiler version command',
  PRIMARY KEY (`langid`),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `compile_script` (`compile_script`),
  CONSTRAINT `language_ibfk_1` FOREIGN KEY (`compile_script`) REFERENCES `executable` (`execid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Programming languages in which teams can submit solutions';

CREATE TABLE `problem` (
  `probid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Problem ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Problem ID in an external system, should be unique inside a single contest',
  `name` varchar(255) NOT NULL COMMENT 'Descriptive name',
  `timelimit` double unsigned NOT NULL DEFAULT 0 COMMENT 'Maximum run time (in seconds) for this problem',
  `memlimit` int(4) unsigned DEFAULT NULL COMMENT 'Maximum memory available (in kB) for this problem',
  `outputlimit` int(4) unsigned DEFAULT NULL COMMENT 'Maximum output size (in kB) for this problem',
  `special_run` varchar(32) DEFAULT NULL COMMENT 'Executable ID (string)',
  `special_compare` varchar(32) DEFAULT NULL COMMENT 'Executable ID (string)',
  `special_compare_args` varchar(255) DEFAULT NULL COMMENT 'Optional arguments to special_compare script',
  `problemstatement_type` varchar(4) DEFAULT NULL COMMENT 'File type of problem statement',
  `multipass_limit` int(10) unsigned DEFAULT NULL COMMENT 'Optional limit on the number of rounds; defaults to 1 for traditional problems, 2 for multi-pass problems if not specified.',
  `types` int(11) NOT NULL COMMENT 'Bitmask of problem types, default is pass-fail.',
  `parent_testcase_group_id` int(10) unsigned DEFAULT NULL COMMENT 'Testcase group ID',
  PRIMARY KEY (`probid`),
  UNIQUE KEY `externalid` (`externalid`(190)),
  KEY `special_run` (`special_run`),
  KEY `special_compare` (`special_compare`),
  KEY `IDX_D7E7CCC8A090DCC7` (`parent_testcase_group_id`),
  CONSTRAINT `FK_D7E7CCC8A090DCC7` FOREIGN KEY (`parent_testcase_group_id`) REFERENCES `testcase_group` (`testcase_group_id`) ON DELETE SET NULL,
  CONSTRAINT `problem_ibfk_1` FOREIGN KEY (`special_run`) REFERENCES `executable` (`execid`) ON DELETE SET NULL,
  CONSTRAINT `problem_ibfk_2` FOREIGN KEY (`special_compare`) REFERENCES `executable` (`execid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Problems the teams can submit solutions for';

CREATE TABLE `clarification` (
  `clarid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Clarification ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Clarification ID in an external system, should be unique inside a single contest',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `respid` int(10) unsigned DEFAULT NULL COMMENT 'Clarification ID',
  `submittime` decimal(32,9) unsigned NOT NULL COMMENT 'Time sent',
  `sender` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  `recipient` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  `jury_member` varchar(255) DEFAULT NULL COMMENT 'Name of jury member who answered this',
  `probid` int(10) unsigned DEFAULT NULL COMMENT 'Problem ID',
  `category` varchar(255) DEFAULT NULL COMMENT 'Category associated to this clarification; only set for non problem clars',
  `queue` varchar(255) DEFAULT NULL COMMENT 'Queue associated to this clarification',
  `body` longtext NOT NULL COMMENT 'Clarification text',
  `answered` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Has been answered by jury?',
  PRIMARY KEY (`clarid`),
  UNIQUE KEY `externalid` (`cid`,`externalid`(190)),
  KEY `respid` (`respid`),
  KEY `probid` (`probid`),
  KEY `cid` (`cid`),
  KEY `cid_2` (`cid`,`answered`,`submittime`),
  KEY `sender` (`sender`),
  KEY `recipient` (`recipient`),
  CONSTRAINT `clarification_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `clarification_ibfk_2` FOREIGN KEY (`respid`) REFERENCES `clarification` (`clarid`) ON DELETE SET NULL,
  CONSTRAINT `clarification_ibfk_3` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE SET NULL,
  CONSTRAINT `clarification_ibfk_4` FOREIGN KEY (`sender`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `clarification_ibfk_5` FOREIGN KEY (`recipient`) REFERENCES `team` (`teamid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Clarification requests by teams and responses by the jury';

CREATE TABLE `contestlanguage` (
  `cid` int(10) unsigned NOT NULL COMMENT 'Contest ID',
  `langid` int(10) unsigned NOT NULL COMMENT 'Language ID',
  PRIMARY KEY (`cid`,`langid`),
  KEY `IDX_ADCB43234B30D9C4` (`cid`),
  KEY `IDX_ADCB43232271845` (`langid`),
  CONSTRAINT `FK_ADCB43232271845` FOREIGN KEY (`langid`) REFERENCES `language` (`langid`) ON DELETE CASCADE,
  CONSTRAINT `FK_ADCB43234B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contestproblem` (
  `cid` int(4) unsigned NOT NULL COMMENT 'Contest ID',
  `probid` int(4) unsigned NOT NULL COMMENT 'Problem ID',
  `shortname` varchar(255) NOT NULL COMMENT 'Unique problem ID within contest, used to sort problems in the scoreboard and typically a single letter',
  `points` int(4) unsigned NOT NULL DEFAULT 1 COMMENT 'Number of points earned by solving this problem',
  `allow_submit` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are submissions accepted for this problem?',
  `allow_judge` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Are submissions for this problem judged?',
  `color` varchar(32) DEFAULT NULL COMMENT 'Balloon colour to display on the scoreboard',
  `lazy_eval_results` int(10) unsigned NOT NULL COMMENT 'Whether to do lazy evaluation for this problem; if set this overrides the global configuration setting',
  PRIMARY KEY (`cid`,`probid`),
  UNIQUE KEY `shortname` (`cid`,`shortname`(190)),
  KEY `cid` (`cid`),
  KEY `probid` (`probid`),
  CONSTRAINT `contestproblem_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `contestproblem_ibfk_2` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Many-to-Many mapping of contests and problems';

CREATE TABLE `problem_attachment` (
  `attachmentid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Attachment ID',
  `probid` int(10) unsigned DEFAULT NULL COMMENT 'Problem ID',
  `name` varchar(255) NOT NULL COMMENT 'Filename of attachment',
  `type` varchar(4) NOT NULL COMMENT 'File type of attachment',
  `mime_type` varchar(255) NOT NULL COMMENT 'Mime type of attachment',
  PRIMARY KEY (`attachmentid`),
  KEY `IDX_317299FEEF049279` (`probid`),
  KEY `name` (`attachmentid`,`name`(190)),
  CONSTRAINT `FK_317299FEEF049279` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Attachments belonging to problems';

CREATE TABLE `problem_statement_content` (
  `probid` int(10) unsigned NOT NULL COMMENT 'Problem ID',
  `content` longblob NOT NULL COMMENT 'Statement content',
  PRIMARY KEY (`probid`),
  CONSTRAINT `FK_8A666422EF049279` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores contents of problem statement';

CREATE TABLE `problemlanguage` (
  `probid` int(10) unsigned NOT NULL COMMENT 'Problem ID',
  `langid` int(10) unsigned NOT NULL COMMENT 'Language ID',
  PRIMARY KEY (`probid`,`langid`),
  KEY `IDX_46B150BBEF049279` (`probid`),
  KEY `IDX_46B150BB2271845` (`langid`),
  CONSTRAINT `FK_46B150BB2271845` FOREIGN KEY (`langid`) REFERENCES `language` (`langid`) ON DELETE CASCADE,
  CONSTRAINT `FK_46B150BBEF049279` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `scorecache` (
  `cid` int(4) unsigned NOT NULL COMMENT 'Contest ID',
  `teamid` int(4) unsigned NOT NULL COMMENT 'Team ID',
  `probid` int(4) unsigned NOT NULL COMMENT 'Problem ID',
  `submissions_restricted` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of submissions made (restricted audiences)',
  `pending_restricted` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of submissions pending judgement (restricted audience)',
  `solvetime_restricted` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Seconds into contest when problem solved (restricted audience)',
  `is_correct_restricted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Has there been a correct submission? (restricted audience)',
  `submissions_public` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of submissions made (public)',
  `pending_public` int(4) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of submissions pending judgement (public)',
  `solvetime_public` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Seconds into contest when problem solved (public)',
  `is_correct_public` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Has there been a correct submission? (public)',
  `is_first_to_solve` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is this the first solution to this problem?',
  `runtime_restricted` int(11) NOT NULL DEFAULT 0 COMMENT 'Runtime in milliseconds (restricted audience)',
  `runtime_public` int(11) NOT NULL DEFAULT 0 COMMENT 'Runtime in milliseconds (public)',
  `score_public` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Optional score for this run, e.g. for partial scoring',
  `score_restricted` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Optional score for this run, e.g. for partial scoring (for restricted audience)',
  PRIMARY KEY (`cid`,`teamid`,`probid`),
  KEY `cid` (`cid`),
  KEY `teamid` (`teamid`),
  KEY `probid` (`probid`),
  CONSTRAINT `scorecache_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `scorecache_ibfk_2` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `scorecache_ibfk_3` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Scoreboard cache';

CREATE TABLE `testcase` (
  `testcaseid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Testcase ID',
  `md5sum_input` char(32) DEFAULT NULL COMMENT 'Checksum of input data',
  `md5sum_output` char(32) DEFAULT NULL COMMENT 'Checksum of output data',
  `probid` int(10) unsigned DEFAULT NULL COMMENT 'Problem ID',
  `ranknumber` int(10) unsigned NOT NULL COMMENT 'Determines order of the testcases in judging',
  `description` longblob DEFAULT NULL COMMENT 'Description of this testcase',
  `image_type` varchar(4) DEFAULT NULL COMMENT 'File type of the image and thumbnail',
  `sample` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Sample testcases that can be shared with teams',
  `orig_input_filename` varchar(255) DEFAULT NULL COMMENT 'Original basename of the input file.',
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Deleted testcases are kept for referential integrity.',
  `testcase_group_id` int(10) unsigned DEFAULT NULL COMMENT 'Testcase group ID',
  PRIMARY KEY (`testcaseid`),
  UNIQUE KEY `rankindex` (`probid`,`ranknumber`),
  KEY `probid` (`probid`),
  KEY `sample` (`sample`),
  KEY `IDX_4C1E5C391FF421A3` (`testcase_group_id`),
  CONSTRAINT `FK_4C1E5C391FF421A3` FOREIGN KEY (`testcase_group_id`) REFERENCES `testcase_group` (`testcase_group_id`) ON DELETE SET NULL,
  CONSTRAINT `testcase_ibfk_1` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores testcases per problem';

CREATE TABLE `version` (
  `versionid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Version ID',
  `langid` int(10) unsigned DEFAULT NULL COMMENT 'Language ID',
  `judgehostid` int(10) unsigned DEFAULT NULL COMMENT 'Judgehost ID',
  `compiler_version` longblob DEFAULT NULL COMMENT 'Compiler version',
  `runner_version` longblob DEFAULT NULL COMMENT 'Runner version',
  `runner_version_command` varchar(255) DEFAULT NULL COMMENT 'Runner version command',
  `compiler_version_command` varchar(255) DEFAULT NULL COMMENT 'Compiler version command',
  `last_changed_time` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time this version command output was last updated',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'True if this version is active for this judgehost/language combination.',
  PRIMARY KEY (`versionid`),
  KEY `IDX_BF1CD3C3E0E4FC3E` (`judgehostid`),
  KEY `IDX_BF1CD3C32271845` (`langid`),
  CONSTRAINT `FK_BF1CD3C32271845` FOREIGN KEY (`langid`) REFERENCES `language` (`langid`) ON DELETE CASCADE,
  CONSTRAINT `FK_BF1CD3C3E0E4FC3E` FOREIGN KEY (`judgehostid`) REFERENCES `judgehost` (`judgehostid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Runner and compiler version commands per language.';

CREATE TABLE `problem_attachment_content` (
  `attachmentid` int(10) unsigned NOT NULL COMMENT 'Attachment ID',
  `content` longblob NOT NULL COMMENT 'Attachment content',
  `is_executable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether this file gets an executable bit.',
  PRIMARY KEY (`attachmentid`),
  CONSTRAINT `FK_C097D9BF4707030C` FOREIGN KEY (`attachmentid`) REFERENCES `problem_attachment` (`attachmentid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores contents of problem attachments';

CREATE TABLE `submission` (
  `submitid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Submission ID',
  `origsubmitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `teamid` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  `userid` int(10) unsigned DEFAULT NULL COMMENT 'User ID',
  `probid` int(10) unsigned DEFAULT NULL COMMENT 'Problem ID',
  `langid` int(10) unsigned DEFAULT NULL COMMENT 'Language ID',
  `submittime` decimal(32,9) unsigned NOT NULL COMMENT 'Time submitted',
  `valid` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'If false ignore this submission in all scoreboard calculations',
  `rejudgingid` int(10) unsigned DEFAULT NULL COMMENT 'Rejudging ID',
  `expected_results` varchar(255) DEFAULT NULL COMMENT 'JSON encoded list of expected results - used to validate jury submissions',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Specifies ID of submission if imported from external CCS, e.g. Kattis',
  `entry_point` varchar(255) DEFAULT NULL COMMENT 'Optional entry point. Can be used e.g. for java main class.',
  `import_error` varchar(255) DEFAULT NULL COMMENT 'The error message for submissions which got an error during shadow importing.',
  `source` varchar(255) NOT NULL DEFAULT 'unknown' COMMENT 'Where did we receive this submission from?',
  `expected_score` decimal(32,9) DEFAULT NULL COMMENT 'Expected score for scoring problems - used to validate jury submissions',
  PRIMARY KEY (`submitid`),
  UNIQUE KEY `externalid` (`cid`,`externalid`(190)),
  KEY `teamid` (`cid`,`teamid`),
  KEY `teamid_2` (`teamid`),
  KEY `probid` (`probid`),
  KEY `origsubmitid` (`origsubmitid`),
  KEY `rejudgingid` (`rejudgingid`),
  KEY `probid_2` (`cid`,`probid`),
  KEY `userid` (`userid`),
  KEY `langid` (`langid`),
  CONSTRAINT `FK_DB055AF3F132696E` FOREIGN KEY (`userid`) REFERENCES `user` (`userid`) ON DELETE SET NULL,
  CONSTRAINT `submission_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `submission_ibfk_2` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `submission_ibfk_3` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE,
  CONSTRAINT `submission_ibfk_4` FOREIGN KEY (`langid`) REFERENCES `language` (`langid`) ON DELETE CASCADE,
  CONSTRAINT `submission_ibfk_6` FOREIGN KEY (`origsubmitid`) REFERENCES `submission` (`submitid`) ON DELETE SET NULL,
  CONSTRAINT `submission_ibfk_7` FOREIGN KEY (`rejudgingid`) REFERENCES `rejudging` (`rejudgingid`) ON DELETE SET NULL,
  CONSTRAINT `submission_ibfk_8` FOREIGN KEY (`cid`, `probid`) REFERENCES `contestproblem` (`cid`, `probid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='All incoming submissions';

CREATE TABLE `team_unread` (
  `teamid` int(4) unsigned NOT NULL COMMENT 'Team ID',
  `mesgid` int(4) unsigned NOT NULL COMMENT 'Clarification ID',
  PRIMARY KEY (`teamid`,`mesgid`),
  KEY `IDX_3272D5F4DD6ABF3` (`teamid`),
  KEY `IDX_3272D5F9E88E262` (`mesgid`),
  CONSTRAINT `team_unread_ibfk_1` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `team_unread_ibfk_2` FOREIGN KEY (`mesgid`) REFERENCES `clarification` (`clarid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='List of items a team has not viewed yet';

CREATE TABLE `testcase_content` (
  `testcaseid` int(10) unsigned DEFAULT NULL COMMENT 'Testcase ID',
  `input` longblob DEFAULT NULL COMMENT 'Input data',
  `output` longblob DEFAULT NULL COMMENT 'Output data',
  `image` longblob DEFAULT NULL COMMENT 'A graphical representation of the testcase',
  `image_thumb` longblob DEFAULT NULL COMMENT 'Automatically created thumbnail of the image',
  `tc_contentid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Testcase content ID',
  PRIMARY KEY (`tc_contentid`),
  KEY `IDX_50A5CCE2D360BB2B` (`testcaseid`),
  CONSTRAINT `FK_50A5CCE2D360BB2B` FOREIGN KEY (`testcaseid`) REFERENCES `testcase` (`testcaseid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores contents of testcase';

CREATE TABLE `balloon` (
  `balloonid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Balloon ID',
  `submitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID',
  `done` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Has been handed out yet?',
  `teamid` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  `probid` int(10) unsigned DEFAULT NULL COMMENT 'Problem ID',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  PRIMARY KEY (`balloonid`),
  UNIQUE KEY `unique_problem` (`cid`,`teamid`,`probid`),
  KEY `submitid` (`submitid`),
  KEY `IDX_643B3B904DD6ABF3` (`teamid`),
  KEY `IDX_643B3B90EF049279` (`probid`),
  KEY `IDX_643B3B904B30D9C4` (`cid`),
  CONSTRAINT `FK_643B3B904B30D9C4` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `FK_643B3B904DD6ABF3` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `FK_643B3B90EF049279` FOREIGN KEY (`probid`) REFERENCES `problem` (`probid`) ON DELETE CASCADE,
  CONSTRAINT `balloon_ibfk_1` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Balloons to be handed out';

CREATE TABLE `external_judgement` (
  `extjudgementid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'External judgement ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Judgement ID in external system, should be unique inside a single contest',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `submitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID',
  `result` varchar(32) DEFAULT NULL COMMENT 'Result string as obtained from external system. null if not finished yet',
  `verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Result / difference verified?',
  `jury_member` varchar(255) DEFAULT NULL COMMENT 'Name of user who verified the result / difference',
  `verify_comment` varchar(255) DEFAULT NULL COMMENT 'Optional additional information provided by the verifier',
  `starttime` decimal(32,9) unsigned NOT NULL COMMENT 'Time judging started',
  `endtime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time judging ended, null = still busy',
  `valid` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Old external judgement is marked as invalid when receiving a new one',
  `score` decimal(32,9) DEFAULT NULL COMMENT 'Optional score for this run, e.g. for partial scoring',
  PRIMARY KEY (`extjudgementid`),
  UNIQUE KEY `externalid` (`cid`,`externalid`(190)),
  KEY `submitid` (`submitid`),
  KEY `cid` (`cid`),
  KEY `verified` (`verified`),
  CONSTRAINT `external_judgement_ibfk_1` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE,
  CONSTRAINT `external_judgement_ibfk_2` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Judgement in external system';

CREATE TABLE `judgetask` (
  `judgetaskid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Judgetask ID',
  `judgehostid` int(10) unsigned DEFAULT NULL COMMENT 'Judgehost ID',
  `type` enum('config_check','debug_info','generic_task','judging_run','prefetch') NOT NULL DEFAULT 'judging_run' COMMENT 'Type of the judge task.',
  `priority` int(11) NOT NULL COMMENT 'Priority; negative means higher priority',
  `jobid` int(10) unsigned DEFAULT NULL COMMENT 'All judgetasks with the same jobid belong together.',
  `submitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID being judged',
  `compile_script_id` int(10) unsigned DEFAULT NULL COMMENT 'Compile script ID',
  `run_script_id` int(10) unsigned DEFAULT NULL COMMENT 'Run script ID',
  `compare_script_id` int(10) unsigned DEFAULT NULL COMMENT 'Compare script ID',
  `testcase_id` int(10) unsigned DEFAULT NULL COMMENT 'Testcase ID',
  `compile_config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'The compile config as JSON-blob.',
  `run_config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'The run config as JSON-blob.',
  `compare_config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'The compare config as JSON-blob.',
  `valid` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Only handed out if still valid.',
  `starttime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time the judgetask was started',
  `uuid` varchar(255) DEFAULT NULL COMMENT 'Optional UUID for the associated judging, used for caching.',
  `testcase_hash` varchar(100) DEFAULT NULL COMMENT 'Testcase Hash',
  `versionid` int(10) unsigned DEFAULT NULL COMMENT 'Version ID',
  `pass` int(10) unsigned DEFAULT NULL COMMENT 'Pass number, used for multipass problems',
  PRIMARY KEY (`judgetaskid`),
  KEY `priority` (`priority`),
  KEY `jobid` (`jobid`),
  KEY `submitid` (`submitid`),
  KEY `valid` (`valid`),
  KEY `judgehostid` (`judgehostid`),
  KEY `judgehostid_jobid` (`judgehostid`,`jobid`),
  KEY `judgehostid_valid_priority` (`judgehostid`,`valid`,`priority`),
  KEY `specific_type` (`judgehostid`,`starttime`,`valid`,`type`,`priority`,`judgetaskid`),
  KEY `IDX_83142B704034DFAF` (`versionid`),
  KEY `judgehostid_type_starttime` (`judgehostid`,`type`,`starttime`,`jobid`),
  CONSTRAINT `FK_83142B703605A691` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE,
  CONSTRAINT `FK_83142B704034DFAF` FOREIGN KEY (`versionid`) REFERENCES `version` (`versionid`) ON DELETE SET NULL,
  CONSTRAINT `judgetask_ibfk_1` FOREIGN KEY (`judgehostid`) REFERENCES `judgehost` (`judgehostid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Individual judge tasks.';

CREATE TABLE `submission_file` (
  `submitfileid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Submission file ID',
  `submitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID',
  `sourcecode` longblob NOT NULL COMMENT 'Full source code',
  `filename` varchar(255) NOT NULL COMMENT 'Filename as submitted',
  `ranknumber` int(10) unsigned NOT NULL COMMENT 'Order of the submission files, zero-indexed',
  PRIMARY KEY (`submitfileid`),
  UNIQUE KEY `rankindex` (`submitid`,`ranknumber`),
  UNIQUE KEY `filename` (`submitid`,`filename`(190)),
  KEY `submitid` (`submitid`),
  CONSTRAINT `submission_file_ibfk_1` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Files associated to a submission';

CREATE TABLE `external_run` (
  `extrunid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'External run ID',
  `extjudgementid` int(10) unsigned DEFAULT NULL COMMENT 'External judgement ID',
  `testcaseid` int(10) unsigned DEFAULT NULL COMMENT 'Testcase ID',
  `externalid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Run ID in external system, should be unique inside a single contest',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `result` varchar(32) NOT NULL COMMENT 'Result string as obtained from external system',
  `endtime` decimal(32,9) unsigned NOT NULL COMMENT 'Time run ended',
  `runtime` double NOT NULL COMMENT 'Running time on this testcase',
  `score` decimal(32,9) NOT NULL DEFAULT 0.000000000 COMMENT 'Optional score for this run, e.g. for partial scoring',
  PRIMARY KEY (`extrunid`),
  UNIQUE KEY `externalid` (`cid`,`externalid`(190)),
  KEY `extjudgementid` (`extjudgementid`),
  KEY `testcaseid` (`testcaseid`),
  CONSTRAINT `external_run_ibfk_1` FOREIGN KEY (`extjudgementid`) REFERENCES `external_judgement` (`extjudgementid`) ON DELETE CASCADE,
  CONSTRAINT `external_run_ibfk_2` FOREIGN KEY (`testcaseid`) REFERENCES `testcase` (`testcaseid`) ON DELETE CASCADE,
  CONSTRAINT `external_run_ibfk_3` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Run in external system';

CREATE TABLE `judging` (
  `judgingid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Judging ID',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `submitid` int(10) unsigned DEFAULT NULL COMMENT 'Submission ID',
  `starttime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time judging started',
  `endtime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time judging ended, null = still busy',
  `result` varchar(32) DEFAULT NULL COMMENT 'Result string as defined in config.php',
  `verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Result verified by jury member?',
  `jury_member` varchar(255) DEFAULT NULL COMMENT 'Name of jury member who verified this',
  `verify_comment` varchar(255) DEFAULT NULL COMMENT 'Optional additional information provided by the verifier',
  `valid` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Old judging is marked as invalid when rejudging',
  `output_compile` longblob DEFAULT NULL COMMENT 'Output of the compiling the program',
  `seen` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether the team has seen this judging',
  `rejudgingid` int(10) unsigned DEFAULT NULL COMMENT 'Rejudging ID',
  `prevjudgingid` int(10) unsigned DEFAULT NULL COMMENT 'Judging ID',
  `judge_completely` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Explicitly requested to be judged completely.',
  `errorid` int(10) unsigned DEFAULT NULL COMMENT 'Internal error ID',
  `uuid` varchar(255) NOT NULL COMMENT 'UUID, to make caching of compilation results safe.',
  `metadata` longblob DEFAULT NULL COMMENT 'Compilation metadata',
  `max_runtime_for_verdict` decimal(32,9) unsigned DEFAULT NULL COMMENT 'The maximum runtime for all runs that resulted in the verdict',
  `score` decimal(32,9) DEFAULT NULL COMMENT 'Optional score for this run, e.g. for partial scoring',
  PRIMARY KEY (`judgingid`),
  KEY `submitid` (`submitid`),
  KEY `cid` (`cid`),
  KEY `rejudgingid` (`rejudgingid`),
  KEY `prevjudgingid` (`prevjudgingid`),
  KEY `IDX_4CA80CED4BCA8D9D` (`errorid`),
  CONSTRAINT `judging_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE CASCADE,
  CONSTRAINT `judging_ibfk_2` FOREIGN KEY (`submitid`) REFERENCES `submission` (`submitid`) ON DELETE CASCADE,
  CONSTRAINT `judging_ibfk_4` FOREIGN KEY (`rejudgingid`) REFERENCES `rejudging` (`rejudgingid`) ON DELETE SET NULL,
  CONSTRAINT `judging_ibfk_5` FOREIGN KEY (`prevjudgingid`) REFERENCES `judging` (`judgingid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Result of judging a submission';

CREATE TABLE `debug_package` (
  `debug_package_id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Debug Package ID',
  `judgingid` int(10) unsigned DEFAULT NULL COMMENT 'Judging ID',
  `judgehostid` int(10) unsigned DEFAULT NULL COMMENT 'Judgehost ID',
  `filename` varchar(255) NOT NULL COMMENT 'Name of the file where we stored the debug package.',
  PRIMARY KEY (`debug_package_id`),
  KEY `IDX_9E17399BE0E4FC3E` (`judgehostid`),
  KEY `judgingid` (`judgingid`),
  CONSTRAINT `FK_9E17399B5D5FEA72` FOREIGN KEY (`judgingid`) REFERENCES `judging` (`judgingid`) ON DELETE CASCADE,
  CONSTRAINT `FK_9E17399BE0E4FC3E` FOREIGN KEY (`judgehostid`) REFERENCES `judgehost` (`judgehostid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Debug packages.';

CREATE TABLE `judging_run` (
  `runid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Run ID',
  `judgingid` int(10) unsigned DEFAULT NULL COMMENT 'Judging ID',
  `testcaseid` int(10) unsigned DEFAULT NULL COMMENT 'Testcase ID',
  `runresult` varchar(32) DEFAULT NULL COMMENT 'Result of this run, NULL if not finished yet',
  `runtime` double DEFAULT NULL COMMENT 'Submission running time on this testcase',
  `endtime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time run judging ended',
  `judgetaskid` int(10) unsigned DEFAULT NULL COMMENT 'JudgeTask ID',
  `testcase_dir` varchar(256) DEFAULT NULL COMMENT 'The path to the testcase directory on the judgehost.',
  `score` decimal(32,9) DEFAULT NULL COMMENT 'Optional score for this run, e.g. for partial scoring',
  `start_time` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time run judging started',
  `pass` int(10) unsigned DEFAULT NULL COMMENT 'Pass number for multipass problems',
  PRIMARY KEY (`runid`),
  UNIQUE KEY `testcaseid` (`judgingid`,`testcaseid`),
  KEY `judgingid` (`judgingid`),
  KEY `testcaseid_2` (`testcaseid`),
  KEY `IDX_29A6E6E13CBA64F2` (`judgetaskid`),
  CONSTRAINT `FK_29A6E6E13CBA64F2` FOREIGN KEY (`judgetaskid`) REFERENCES `judgetask` (`judgetaskid`) ON DELETE CASCADE,
  CONSTRAINT `judging_run_ibfk_1` FOREIGN KEY (`testcaseid`) REFERENCES `testcase` (`testcaseid`) ON DELETE CASCADE,
  CONSTRAINT `judging_run_ibfk_2` FOREIGN KEY (`judgingid`) REFERENCES `judging` (`judgingid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Result of a testcase run within a judging';

CREATE TABLE `queuetask` (
  `queuetaskid` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Queuetask ID',
  `teamid` int(10) unsigned DEFAULT NULL COMMENT 'Team ID',
  `judgingid` int(10) unsigned DEFAULT NULL COMMENT 'Judging ID',
  `priority` int(11) NOT NULL COMMENT 'Priority; negative means higher priority',
  `teampriority` int(11) NOT NULL COMMENT 'Team Priority; somewhat magic, lower implies higher priority.',
  `starttime` decimal(32,9) unsigned DEFAULT NULL COMMENT 'Time started work',
  PRIMARY KEY (`queuetaskid`),
  KEY `queuetaskid` (`queuetaskid`),
  KEY `priority` (`priority`),
  KEY `teampriority` (`teampriority`),
  KEY `teamid` (`teamid`),
  KEY `starttime` (`starttime`),
  KEY `judgingid` (`judgingid`),
  CONSTRAINT `FK_45E85FF84DD6ABF3` FOREIGN KEY (`teamid`) REFERENCES `team` (`teamid`) ON DELETE CASCADE,
  CONSTRAINT `FK_45E85FF85D5FEA72` FOREIGN KEY (`judgingid`) REFERENCES `judging` (`judgingid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Work items.';

CREATE TABLE `internal_error` (
  `errorid` int(4) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Internal error ID',
  `judgingid` int(4) unsigned DEFAULT NULL COMMENT 'Judging ID',
  `cid` int(4) unsigned DEFAULT NULL COMMENT 'Contest ID',
  `description` varchar(255) NOT NULL COMMENT 'Description of the error',
  `judgehostlog` text NOT NULL COMMENT 'Last N lines of the judgehost log',
  `time` decimal(32,9) unsigned NOT NULL COMMENT 'Timestamp of the internal error',
  `disabled` text NOT NULL COMMENT 'Disabled stuff, JSON-encoded',
  `status` enum('open','resolved','ignored') NOT NULL DEFAULT 'open' COMMENT 'Status of internal error',
  `runid` int(10) unsigned DEFAULT NULL COMMENT 'Run ID',
  PRIMARY KEY (`errorid`),
  KEY `judgingid` (`judgingid`),
  KEY `cid` (`cid`),
  KEY `IDX_518727D8A5788799` (`runid`),
  CONSTRAINT `FK_518727D8A5788799` FOREIGN KEY (`runid`) REFERENCES `judging_run` (`runid`) ON DELETE SET NULL,
  CONSTRAINT `internal_error_ibfk_1` FOREIGN KEY (`judgingid`) REFERENCES `judging` (`judgingid`) ON DELETE SET NULL,
  CONSTRAINT `internal_error_ibfk_2` FOREIGN KEY (`cid`) REFERENCES `contest` (`cid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Log of judgehost internal errors';

CREATE TABLE `judging_run_output` (
  `runid` int(4) unsigned NOT NULL COMMENT 'Run ID',
  `output_run` longblob DEFAULT NULL COMMENT 'Output of running the program',
  `output_diff` longblob DEFAULT NULL COMMENT 'Diffing the program output and testcase output',
  `output_error` longblob DEFAULT NULL COMMENT 'Standard error output of the program',
  `output_system` longblob DEFAULT NULL COMMENT 'Judging system output',
  `metadata` longblob DEFAULT NULL COMMENT 'Judging metadata of the run',
  `team_message` longblob DEFAULT NULL COMMENT 'Judge message for the team',
  `validator_metadata` longblob DEFAULT NULL COMMENT 'Judging metadata of the validator',
  PRIMARY KEY (`runid`),
  KEY `runid` (`runid`),
  CONSTRAINT `judging_run_output_ibfk_1` FOREIGN KEY (`runid`) REFERENCES `judging_run` (`runid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores output of judging run';

ALTER TABLE `judging` ADD CONSTRAINT `FK_4CA80CED4BCA8D9D` FOREIGN KEY (`errorid`) REFERENCES `internal_error` (`errorid`) ON DELETE SET NULL;

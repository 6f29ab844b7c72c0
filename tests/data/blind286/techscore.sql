-- TechScore (OpenWeb Solutions; the scoring and results system of ICSA, the Inter-Collegiate Sailing Association,
-- at techscore.sailing.org): regattas, races, teams, finishes and penalties, sailors and their record of
-- participation (RP) forms, student profiles with contact details and eligibility, scorer accounts with roles and
-- permissions, schools and conferences, messages and outbox, questions and answers, web sessions and request log.
-- Upstream: github.com/openwebsolns/techscore, commit cc6d6beb4a1d819d0e7e33883756e9de5bb522f4 (MIT):
-- src/db/up/bootstrap.sql followed by src/db/up/00000_schema.sql … 00043_add_attempt_count_to_update_tables.sql,
-- replayed in that order into MariaDB 10.11 (as lib/scripts/MigrateDB.php does) and read back with SHOW CREATE TABLE;
-- the AUTO_INCREMENT counters were removed and the tables put in an order where each refers to earlier ones.
-- Kept 53 of the 74 tables with every column and key. Left out: fleet_rotation, host_school, merge_regatta_log,
-- metric, pub_regatta_url, pub_update_conference, pub_update_file, pub_update_request, pub_update_school,
-- pub_update_season, race_order, regatta_document_race, round_seed, round_slave, round_template, rp_log,
-- sailor_update, school_season, team_name_prefs, temp_regatta, _schema_ and the view boat_rank.
-- school.burgee* and burgee.school refer to each other, hence FOREIGN_KEY_CHECKS=0.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `role` (
  `id` mediumint(9) NOT NULL AUTO_INCREMENT,
  `title` tinytext NOT NULL,
  `description` text DEFAULT NULL,
  `has_all` tinyint(4) DEFAULT NULL,
  `is_default` tinyint(4) DEFAULT NULL,
  `is_student` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `permission` (
  `id` varchar(40) NOT NULL,
  `title` tinytext NOT NULL,
  `category` varchar(40) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `role_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` mediumint(9) NOT NULL,
  `permission` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `role` (`role`),
  KEY `permission` (`permission`),
  CONSTRAINT `role_permission_ibfk_1` FOREIGN KEY (`role`) REFERENCES `role` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `role_permission_ibfk_2` FOREIGN KEY (`permission`) REFERENCES `permission` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `account` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(100) NOT NULL,
  `role` enum('student','coach','staff') NOT NULL DEFAULT 'coach',
  `password` varchar(128) DEFAULT NULL,
  `status` enum('requested','pending','accepted','rejected','active','inactive') DEFAULT 'pending',
  `admin` tinyint(4) DEFAULT NULL,
  `ts_role` mediumint(9) DEFAULT NULL,
  `message` mediumtext DEFAULT NULL,
  `sailor_eula_read_on` datetime DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  `email_inbox_status` enum('receiving','bouncing') NOT NULL DEFAULT 'receiving',
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `ts_role` (`ts_role`),
  CONSTRAINT `account_ibfk_2` FOREIGN KEY (`ts_role`) REFERENCES `role` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `conference` (
  `id` varchar(8) NOT NULL,
  `name` varchar(60) NOT NULL,
  `mail_lists` mediumtext DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `sync_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `started_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `ended_at` datetime DEFAULT NULL,
  `updated` varchar(255) NOT NULL,
  `error` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `burgee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `school` varchar(10) NOT NULL,
  `filedata` mediumblob NOT NULL,
  `width` tinyint(3) unsigned DEFAULT NULL,
  `height` tinyint(3) unsigned DEFAULT NULL,
  `last_updated` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_by` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `school` (`school`),
  KEY `fk_burgee_updated_by` (`updated_by`),
  CONSTRAINT `burgee_ibfk_3` FOREIGN KEY (`school`) REFERENCES `school` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_burgee_updated_by` FOREIGN KEY (`updated_by`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `school` (
  `id` varchar(10) NOT NULL,
  `name` varchar(50) NOT NULL,
  `nick_name` varchar(20) DEFAULT NULL,
  `url` varchar(50) DEFAULT NULL,
  `conference` varchar(8) NOT NULL,
  `city` varchar(30) DEFAULT NULL,
  `state` varchar(30) DEFAULT NULL,
  `burgee` int(11) DEFAULT NULL,
  `burgee_small` int(11) DEFAULT NULL,
  `burgee_square` int(11) DEFAULT NULL,
  `inactive` datetime DEFAULT NULL,
  `sync_log` int(10) unsigned DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `conference` (`conference`),
  KEY `burgee` (`burgee`),
  KEY `burgee_small` (`burgee_small`),
  KEY `burgee_square` (`burgee_square`),
  KEY `school_sync_log1` (`sync_log`),
  CONSTRAINT `school_ibfk_1` FOREIGN KEY (`conference`) REFERENCES `conference` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `school_ibfk_2` FOREIGN KEY (`burgee`) REFERENCES `burgee` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `school_ibfk_3` FOREIGN KEY (`burgee_small`) REFERENCES `burgee` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `school_ibfk_4` FOREIGN KEY (`burgee_square`) REFERENCES `burgee` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `school_ibfk_5` FOREIGN KEY (`sync_log`) REFERENCES `sync_log` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `account_conference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account` int(10) unsigned NOT NULL,
  `conference` varchar(8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account` (`account`,`conference`),
  KEY `conference` (`conference`),
  CONSTRAINT `account_conference_ibfk_1` FOREIGN KEY (`conference`) REFERENCES `conference` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_account_conference_account` FOREIGN KEY (`account`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `account_school` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account` int(10) unsigned NOT NULL,
  `school` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account` (`account`,`school`),
  KEY `school` (`school`),
  CONSTRAINT `account_school_ibfk_2` FOREIGN KEY (`school`) REFERENCES `school` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_account_school_account` FOREIGN KEY (`account`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `question` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `asker` int(10) unsigned NOT NULL,
  `subject` varchar(255) NOT NULL,
  `question` text NOT NULL,
  `referer` text DEFAULT NULL,
  `asked_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `asker` (`asker`),
  CONSTRAINT `fk_question_asker` FOREIGN KEY (`asker`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `answer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `question` int(10) unsigned NOT NULL,
  `answered_by` int(10) unsigned NOT NULL,
  `answered_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `answer` text NOT NULL,
  `publishable` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `question` (`question`),
  KEY `answered_by` (`answered_by`),
  CONSTRAINT `fk_answer_answered_by` FOREIGN KEY (`answered_by`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_answer_question` FOREIGN KEY (`question`) REFERENCES `question` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `venue` (
  `id` int(4) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `address` varchar(40) DEFAULT NULL,
  `city` varchar(20) DEFAULT NULL,
  `state` varchar(2) DEFAULT NULL,
  `zipcode` char(5) DEFAULT NULL,
  `weather_station_id` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `type` (
  `id` varchar(30) NOT NULL,
  `title` varchar(40) NOT NULL,
  `description` text DEFAULT NULL,
  `rank` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Smaller means more important',
  `mail_lists` text DEFAULT NULL,
  `tweet_summary` tinyint(4) DEFAULT NULL,
  `inactive` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pub_file` (
  `id` varchar(32) NOT NULL,
  `filetype` varchar(40) NOT NULL,
  `filedata` mediumblob NOT NULL,
  `width` mediumint(8) unsigned DEFAULT NULL,
  `height` mediumint(8) unsigned DEFAULT NULL,
  `options` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pub_sponsor` (
  `id` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  `logo` varchar(32) DEFAULT NULL,
  `regatta_logo` varchar(32) DEFAULT NULL,
  `relative_order` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `logo` (`logo`),
  KEY `fk_pub_sponsor_regatta_logo` (`regatta_logo`),
  CONSTRAINT `fk_pub_sponsor_logo` FOREIGN KEY (`logo`) REFERENCES `pub_file` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_pub_sponsor_regatta_logo` FOREIGN KEY (`regatta_logo`) REFERENCES `pub_file` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `season` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `url` varchar(3) NOT NULL,
  `season` enum('fall','winter','spring','summer') DEFAULT 'fall',
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `sponsor` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_season_url` (`url`),
  KEY `fk_season_sponsor` (`sponsor`),
  CONSTRAINT `fk_season_sponsor` FOREIGN KEY (`sponsor`) REFERENCES `pub_sponsor` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `regatta` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `nick` varchar(255) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL COMMENT 'Date and time when regatta started',
  `end_date` date DEFAULT NULL,
  `venue` int(4) DEFAULT NULL,
  `type` varchar(30) NOT NULL,
  `finalized` datetime DEFAULT NULL,
  `scoring` enum('standard','combined','team') NOT NULL DEFAULT 'standard',
  `participant` enum('women','coed') NOT NULL DEFAULT 'coed',
  `host_venue` varchar(255) DEFAULT NULL,
  `sponsor` tinyint(3) unsigned DEFAULT NULL,
  `private` tinyint(4) DEFAULT NULL,
  `inactive` datetime DEFAULT NULL COMMENT 'Deleted regattas, to be removed by the system.',
  `creator` int(10) unsigned DEFAULT NULL,
  `dt_num_divisions` tinyint(3) unsigned DEFAULT NULL,
  `dt_num_races` tinyint(3) unsigned DEFAULT NULL,
  `dt_hosts` varchar(255) DEFAULT NULL,
  `dt_confs` varchar(255) DEFAULT NULL,
  `dt_boats` varchar(255) DEFAULT NULL,
  `dt_singlehanded` tinyint(3) unsigned DEFAULT NULL,
  `dt_season` mediumint(8) unsigned DEFAULT NULL,
  `dt_status` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `venue` (`venue`),
  KEY `type` (`type`),
  KEY `fk_regatta_creator` (`creator`),
  KEY `fk_regatta_sponsor` (`sponsor`),
  KEY `fk_regatta_dt_season` (`dt_season`),
  CONSTRAINT `fk_regatta_creator` FOREIGN KEY (`creator`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_regatta_dt_season` FOREIGN KEY (`dt_season`) REFERENCES `season` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_regatta_sponsor` FOREIGN KEY (`sponsor`) REFERENCES `pub_sponsor` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `regatta_ibfk_1` FOREIGN KEY (`venue`) REFERENCES `venue` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `regatta_ibfk_3` FOREIGN KEY (`type`) REFERENCES `type` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `boat` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `name` varchar(15) NOT NULL,
  `min_crews` tinyint(4) NOT NULL DEFAULT 1,
  `max_crews` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `round_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `round` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `regatta` int(5) NOT NULL,
  `title` varchar(60) NOT NULL,
  `relative_order` tinyint(4) NOT NULL DEFAULT 1,
  `round_group` int(11) DEFAULT NULL,
  `num_teams` tinyint(3) unsigned NOT NULL,
  `num_boats` tinyint(3) unsigned NOT NULL,
  `race_order` text DEFAULT NULL,
  `rotation` text DEFAULT NULL,
  `rotation_frequency` enum('frequent','infrequent','none') NOT NULL DEFAULT 'frequent',
  `boat` int(2) DEFAULT NULL,
  `sailoff_for_round` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `regatta` (`regatta`),
  KEY `round_group` (`round_group`),
  KEY `boat` (`boat`),
  KEY `sailoff_for_round` (`sailoff_for_round`),
  CONSTRAINT `round_ibfk_1` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `round_ibfk_2` FOREIGN KEY (`round_group`) REFERENCES `round_group` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `round_ibfk_3` FOREIGN KEY (`boat`) REFERENCES `boat` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `round_ibfk_4` FOREIGN KEY (`sailoff_for_round`) REFERENCES `round` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `team` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `regatta` int(5) NOT NULL,
  `school` varchar(10) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `lock_rank` tinyint(4) DEFAULT NULL,
  `rank_group` tinyint(3) unsigned DEFAULT NULL,
  `old_id` int(2) DEFAULT NULL,
  `dt_rank` tinyint(3) unsigned DEFAULT NULL,
  `dt_explanation` varchar(100) DEFAULT NULL,
  `dt_score` int(11) DEFAULT NULL,
  `dt_wins` decimal(5,2) DEFAULT NULL,
  `dt_losses` decimal(5,2) DEFAULT NULL,
  `dt_ties` mediumint(8) unsigned DEFAULT NULL,
  `dt_complete_rp` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `regatta` (`regatta`),
  KEY `school` (`school`),
  CONSTRAINT `team_ibfk_1` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_ibfk_2` FOREIGN KEY (`school`) REFERENCES `school` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `student_profile` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `school` varchar(10) NOT NULL,
  `first_name` mediumtext NOT NULL,
  `middle_name` mediumtext DEFAULT NULL,
  `last_name` mediumtext NOT NULL,
  `display_name` mediumtext DEFAULT NULL,
  `gender` enum('M','F') DEFAULT NULL,
  `owner` int(10) unsigned DEFAULT NULL,
  `eligibility_start` datetime DEFAULT NULL,
  `graduation_year` smallint(5) unsigned DEFAULT NULL,
  `birth_date` datetime DEFAULT NULL,
  `status` varchar(30) DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_student_profile_owner` (`owner`),
  CONSTRAINT `fk_student_profile_owner` FOREIGN KEY (`owner`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `sailor` (
  `id` mediumint(9) NOT NULL AUTO_INCREMENT,
  `register_status` enum('registered','unregistered','requested') NOT NULL DEFAULT 'requested',
  `external_id` int(10) unsigned DEFAULT NULL,
  `school` varchar(10) NOT NULL,
  `last_name` mediumtext NOT NULL,
  `first_name` mediumtext NOT NULL,
  `year` char(4) DEFAULT NULL,
  `ROLE` varchar(40) NOT NULL,
  `gender` enum('M','F') NOT NULL DEFAULT 'M',
  `url` varchar(255) DEFAULT NULL,
  `student_profile` int(10) unsigned DEFAULT NULL,
  `regatta_added` int(11) DEFAULT NULL COMMENT 'For temp sailors, regatta when it was added.',
  `active` tinyint(4) DEFAULT NULL,
  `sync_log` int(10) unsigned DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `school` (`school`),
  KEY `regatta_added` (`regatta_added`),
  KEY `sailor_sync_log1` (`sync_log`),
  KEY `fk_sailor_student_profile` (`student_profile`),
  CONSTRAINT `fk_sailor_student_profile` FOREIGN KEY (`student_profile`) REFERENCES `student_profile` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `sailor_ibfk_1` FOREIGN KEY (`school`) REFERENCES `school` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sailor_ibfk_2` FOREIGN KEY (`regatta_added`) REFERENCES `regatta` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `sailor_ibfk_3` FOREIGN KEY (`sync_log`) REFERENCES `sync_log` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `attendee` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `team` int(7) NOT NULL,
  `sailor` mediumint(9) NOT NULL,
  `added_by` int(10) unsigned DEFAULT NULL,
  `added_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_regatta_sailor` (`team`,`sailor`),
  KEY `team` (`team`),
  KEY `sailor` (`sailor`),
  KEY `added_by` (`added_by`),
  CONSTRAINT `fk_attendee_added_by` FOREIGN KEY (`added_by`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_attendee_sailor` FOREIGN KEY (`sailor`) REFERENCES `sailor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_attendee_team` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `race` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `regatta` int(5) NOT NULL,
  `division` enum('A','B','C','D') NOT NULL DEFAULT 'A',
  `number` tinyint(3) unsigned NOT NULL,
  `scored_day` int(11) DEFAULT NULL COMMENT 'Regatta day originally scored.',
  `boat` int(2) DEFAULT NULL,
  `scored_by` int(10) unsigned DEFAULT NULL,
  `tr_team1` int(11) DEFAULT NULL,
  `tr_team2` int(11) DEFAULT NULL,
  `tr_ignore1` tinyint(4) DEFAULT NULL,
  `round` int(11) DEFAULT NULL,
  `tr_ignore2` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `regatta` (`regatta`),
  KEY `boat` (`boat`),
  KEY `tr_team1` (`tr_team1`),
  KEY `tr_team2` (`tr_team2`),
  KEY `race_ibfk_4` (`round`),
  KEY `fk_race_scored_by` (`scored_by`),
  CONSTRAINT `fk_race_scored_by` FOREIGN KEY (`scored_by`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `race_ibfk_1` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `race_ibfk_2` FOREIGN KEY (`boat`) REFERENCES `boat` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `race_ibfk_5` FOREIGN KEY (`tr_team1`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `race_ibfk_6` FOREIGN KEY (`tr_team2`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `race_ibfk_7` FOREIGN KEY (`round`) REFERENCES `round` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `finish` (
  `id` int(9) NOT NULL AUTO_INCREMENT,
  `race` int(7) NOT NULL,
  `team` int(7) NOT NULL,
  `entered` timestamp NOT NULL DEFAULT current_timestamp(),
  `earned` tinyint(3) unsigned DEFAULT NULL COMMENT 'Minimum that an average score can earn.',
  `score` int(3) DEFAULT NULL,
  `explanation` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `race` (`race`,`team`),
  KEY `team` (`team`),
  CONSTRAINT `finish_ibfk_1` FOREIGN KEY (`race`) REFERENCES `race` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `finish_ibfk_2` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `finish_modifier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `finish` int(11) NOT NULL,
  `type` enum('DSQ','RAF','OCS','DNF','DNS','BKD','RDG','BYE') DEFAULT NULL,
  `amount` tinyint(4) DEFAULT NULL,
  `displace` tinyint(4) DEFAULT NULL,
  `comments` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `finish` (`finish`),
  CONSTRAINT `finish_modifier_ibfk_1` FOREIGN KEY (`finish`) REFERENCES `finish` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `rotation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `race` int(7) NOT NULL,
  `team` int(7) NOT NULL,
  `sail` varchar(15) NOT NULL,
  `color` varchar(7) DEFAULT NULL COMMENT 'Hex code, including hash',
  PRIMARY KEY (`id`),
  UNIQUE KEY `race` (`race`,`team`),
  KEY `team` (`team`),
  CONSTRAINT `rotation_ibfk_1` FOREIGN KEY (`race`) REFERENCES `race` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `rotation_ibfk_2` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `rp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `race` int(7) NOT NULL,
  `team` int(7) NOT NULL,
  `boat_role` enum('skipper','crew') NOT NULL DEFAULT 'skipper',
  `attendee` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `race` (`race`),
  KEY `team` (`team`),
  KEY `attendee` (`attendee`),
  CONSTRAINT `fk_rp_attendee` FOREIGN KEY (`attendee`) REFERENCES `attendee` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `rp_ibfk_1` FOREIGN KEY (`race`) REFERENCES `race` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `rp_ibfk_2` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `scorer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account` int(10) unsigned NOT NULL,
  `regatta` int(5) NOT NULL,
  `principal` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account` (`account`,`regatta`),
  KEY `regatta` (`regatta`),
  CONSTRAINT `fk_scorer_account` FOREIGN KEY (`account`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `scorer_ibfk_2` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `representative` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team` int(7) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team` (`team`),
  CONSTRAINT `representative_ibfk_2` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `observation` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `race` int(7) NOT NULL,
  `observation` mediumtext NOT NULL,
  `observer` varchar(50) DEFAULT NULL,
  `noted_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `race` (`race`),
  CONSTRAINT `observation_ibfk_1` FOREIGN KEY (`race`) REFERENCES `race` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `penalty_division` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team` int(7) NOT NULL,
  `division` enum('A','B','C','D') NOT NULL DEFAULT 'A',
  `type` enum('MRP','PFD','LOP','GDQ') NOT NULL DEFAULT 'GDQ',
  `comments` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team` (`team`,`division`),
  CONSTRAINT `fk_penalty_division_team` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `reduced_wins_penalty` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `team` int(7) NOT NULL,
  `race` int(7) DEFAULT NULL,
  `amount` decimal(4,2) NOT NULL,
  `comments` text DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_reduced_wins_penalty_team` (`team`),
  KEY `fk_reduced_wins_penalty_race` (`race`),
  CONSTRAINT `fk_reduced_wins_penalty_race` FOREIGN KEY (`race`) REFERENCES `race` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_reduced_wins_penalty_team` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `dt_team_division` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team` int(11) NOT NULL,
  `division` enum('A','B','C','D') DEFAULT NULL,
  `rank` tinyint(3) unsigned NOT NULL,
  `explanation` text DEFAULT NULL,
  `penalty` enum('MRP','PFD','LOP','GDQ') DEFAULT NULL,
  `comments` mediumtext DEFAULT NULL,
  `score` mediumint(8) unsigned DEFAULT NULL COMMENT 'Team races have no score.',
  `wins` mediumint(8) unsigned DEFAULT NULL,
  `losses` mediumint(8) unsigned DEFAULT NULL,
  `ties` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team` (`team`,`division`),
  CONSTRAINT `dt_team_division_ibfk_4` FOREIGN KEY (`team`) REFERENCES `team` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci COMMENT='Rank teams within divisions, and account for possible penalt';

CREATE TABLE `dt_rp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_division` int(11) NOT NULL,
  `sailor` mediumint(9) NOT NULL,
  `boat_role` enum('skipper','crew') NOT NULL DEFAULT 'skipper',
  `race_nums` text NOT NULL,
  `rank` tinyint(3) unsigned DEFAULT NULL COMMENT 'In races sailed',
  `explanation` tinytext DEFAULT NULL COMMENT 'Rank explanation',
  PRIMARY KEY (`id`),
  KEY `team_division` (`team_division`),
  KEY `sailor` (`sailor`),
  CONSTRAINT `dt_rp_ibfk_1` FOREIGN KEY (`team_division`) REFERENCES `dt_team_division` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dt_rp_ibfk_2` FOREIGN KEY (`sailor`) REFERENCES `sailor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `sailor_season` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sailor` mediumint(9) NOT NULL,
  `season` mediumint(8) unsigned NOT NULL,
  `activated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `sailor` (`sailor`),
  KEY `fk_sailor_season_season` (`season`),
  CONSTRAINT `fk_sailor_season_season` FOREIGN KEY (`season`) REFERENCES `season` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sailor_season_ibfk_1` FOREIGN KEY (`sailor`) REFERENCES `sailor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `eligibility` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `student_profile` int(10) unsigned NOT NULL,
  `season` mediumint(8) unsigned NOT NULL,
  `reason` text DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_eligibility_season` (`student_profile`,`season`),
  KEY `fk_eligibility_season` (`season`),
  CONSTRAINT `fk_eligibility_season` FOREIGN KEY (`season`) REFERENCES `season` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_eligibility_student_profile` FOREIGN KEY (`student_profile`) REFERENCES `student_profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `student_profile_contact` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `student_profile` int(10) unsigned NOT NULL,
  `contact_type` enum('home','school') NOT NULL DEFAULT 'school',
  `email` varchar(255) NOT NULL,
  `address_1` mediumtext NOT NULL,
  `address_2` mediumtext DEFAULT NULL,
  `city` tinytext NOT NULL,
  `state` varchar(50) NOT NULL,
  `postal_code` varchar(15) NOT NULL,
  `telephone` varchar(20) DEFAULT NULL,
  `secondary_telephone` varchar(20) DEFAULT NULL,
  `current_until` datetime DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_student_profile_contact_student_profile` (`student_profile`),
  CONSTRAINT `fk_student_profile_contact_student_profile` FOREIGN KEY (`student_profile`) REFERENCES `student_profile` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `email_token` (
  `id` varchar(64) NOT NULL,
  `account` int(10) unsigned NOT NULL,
  `email` varchar(100) NOT NULL,
  `deadline` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account` (`account`),
  CONSTRAINT `fk_email_token_account` FOREIGN KEY (`account`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` int(10) unsigned DEFAULT NULL,
  `account` int(10) unsigned NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `read_time` datetime DEFAULT NULL,
  `subject` varchar(100) DEFAULT '',
  `content` mediumtext DEFAULT NULL,
  `inactive` tinyint(4) DEFAULT NULL,
  `read_token` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_message_account` (`account`),
  KEY `fk_message_sender` (`sender`),
  CONSTRAINT `fk_message_account` FOREIGN KEY (`account`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_message_sender` FOREIGN KEY (`sender`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `outbox` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(40) NOT NULL,
  `queue_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `recipients` enum('all','conferences','roles','users','schools','status') NOT NULL DEFAULT 'all',
  `arguments` text DEFAULT NULL,
  `subject` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `copy_sender` tinyint(4) DEFAULT NULL,
  `completion_time` datetime DEFAULT NULL,
  `copy_admin` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sender` (`sender`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `merge_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `started_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `ended_at` datetime DEFAULT NULL,
  `error` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `merge_sailor_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `merge_log` int(10) unsigned NOT NULL,
  `school` varchar(10) NOT NULL,
  `last_name` text NOT NULL,
  `first_name` text NOT NULL,
  `year` char(4) DEFAULT NULL,
  `gender` enum('M','F') NOT NULL DEFAULT 'M',
  `regatta_added` int(11) DEFAULT NULL,
  `registered_sailor` mediumint(9) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `merge_log` (`merge_log`),
  KEY `school` (`school`),
  KEY `registered_sailor` (`registered_sailor`),
  KEY `regatta_added` (`regatta_added`),
  CONSTRAINT `merge_sailor_log_ibfk_1` FOREIGN KEY (`merge_log`) REFERENCES `merge_log` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `merge_sailor_log_ibfk_2` FOREIGN KEY (`school`) REFERENCES `school` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `merge_sailor_log_ibfk_3` FOREIGN KEY (`registered_sailor`) REFERENCES `sailor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `merge_sailor_log_ibfk_4` FOREIGN KEY (`regatta_added`) REFERENCES `regatta` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pub_update_sailor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sailor` mediumint(9) NOT NULL,
  `activity` enum('name','season','details','url','display','rp') NOT NULL DEFAULT 'name',
  `season` mediumint(8) unsigned DEFAULT NULL,
  `argument` varchar(255) DEFAULT NULL,
  `request_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `completion_time` datetime DEFAULT NULL,
  `attempt_count` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `sailor` (`sailor`),
  KEY `fk_pub_update_sailor_season` (`season`),
  CONSTRAINT `fk_pub_update_sailor_sailor` FOREIGN KEY (`sailor`) REFERENCES `sailor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_pub_update_sailor_season` FOREIGN KEY (`season`) REFERENCES `season` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `aa_report` (
  `id` varchar(40) NOT NULL,
  `type` enum('coed','women','all') NOT NULL DEFAULT 'coed',
  `role` enum('skipper','crew') NOT NULL DEFAULT 'skipper',
  `seasons` text NOT NULL COMMENT 'List of seasons IDs',
  `conferences` text NOT NULL COMMENT 'List of conference IDs',
  `min_regattas` tinyint(3) unsigned NOT NULL DEFAULT 2,
  `regattas` text NOT NULL COMMENT 'Array of regatta IDs',
  `sailors` text NOT NULL COMMENT 'Array of sailor IDs',
  `last_updated` timestamp NOT NULL DEFAULT current_timestamp(),
  `author` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `daily_summary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `regatta` int(5) NOT NULL,
  `summary_date` date NOT NULL,
  `summary` mediumtext DEFAULT NULL,
  `mail_sent` tinyint(4) DEFAULT NULL,
  `tweet_sent` tinyint(4) DEFAULT NULL,
  `rp_mail_sent` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `regatta` (`regatta`,`summary_date`),
  CONSTRAINT `daily_summary_ibfk_1` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `regatta_document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `regatta` int(5) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `url` varchar(120) NOT NULL,
  `category` enum('notice','protest','course_format') NOT NULL DEFAULT 'notice',
  `relative_order` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `filetype` varchar(50) NOT NULL,
  `filedata` mediumblob NOT NULL,
  `author` int(10) unsigned DEFAULT NULL,
  `last_updated` timestamp NOT NULL DEFAULT current_timestamp(),
  `width` mediumint(8) unsigned DEFAULT NULL,
  `height` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `regatta` (`regatta`),
  KEY `fk_regatta_document_author` (`author`),
  CONSTRAINT `fk_regatta_document_author` FOREIGN KEY (`author`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `regatta_document_ibfk_1` FOREIGN KEY (`regatta`) REFERENCES `regatta` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `text_entry` (
  `id` varchar(40) NOT NULL,
  `plain` text DEFAULT NULL,
  `html` text DEFAULT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `setting` (
  `id` varchar(100) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `websession` (
  `id` varchar(32) NOT NULL,
  `created` datetime NOT NULL,
  `last_modified` datetime NOT NULL,
  `expires` datetime DEFAULT NULL,
  `sessiondata` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `websession_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `websession` varchar(32) NOT NULL,
  `method` enum('GET','POST','HEAD') NOT NULL DEFAULT 'GET',
  `url` mediumtext NOT NULL,
  `user_agent` mediumtext DEFAULT NULL,
  `http_referer` mediumtext DEFAULT NULL,
  `post` mediumtext DEFAULT NULL,
  `response_code` varchar(3) NOT NULL DEFAULT '200',
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` varchar(255) DEFAULT NULL,
  `last_updated_on` timestamp NULL DEFAULT NULL,
  `last_updated_by` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

SET FOREIGN_KEY_CHECKS=1;

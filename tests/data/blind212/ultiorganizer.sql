-- Ultiorganizer (Ultimate frisbee tournament and league organisation and scoring).
-- Source: sql/ultiorganizer.sql of github.com/ktolonen/ultiorganizer, commit a755f5f5bff22394ce1dcc87a339350992f98e78
-- (GPL-3.0, LICENSE). 41 of its 60 tables, CREATE TABLE statements as upstream (column order, types, keys, comments);
-- seed INSERTs (countries, database versions, translations) left out; FOREIGN KEY constraints kept except those
-- pointing at a table left out. Left out: uo_api_rate_limit, uo_database, uo_location_info, uo_moveteams, uo_movingtime, uo_pageload_counter, uo_pooltemplate, uo_scheduling_name, uo_season_points, uo_season_round, uo_season_stats, uo_series_stats, uo_specialranking, uo_spirit_timeout, uo_timekeeper_template, uo_timekeeper_template_signal, uo_timeout, uo_translation, uo_victorypoints.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE IF NOT EXISTS `uo_accreditationlog` (
  `player` int(10) DEFAULT NULL,
  `team` int(10) DEFAULT NULL,
  `userid` varchar(50) DEFAULT NULL,
  `source` varchar(50) DEFAULT NULL,
  `value` tinyint(1) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `game` int(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_api_token` (
  `token_id` int(10) NOT NULL AUTO_INCREMENT,
  `token_hash` char(64) NOT NULL,
  `token_value` varchar(100) DEFAULT NULL,
  `label` varchar(100) DEFAULT NULL,
  `scope_type` varchar(20) NOT NULL,
  `scope_id` varchar(50) DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `last_used` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`token_id`),
  UNIQUE KEY `uq_api_token_hash` (`token_hash`),
  KEY `idx_api_token_scope` (`scope_type`,`scope_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_club` (
  `club_id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `contacts` text DEFAULT NULL,
  `city` varchar(100) DEFAULT NULL,
  `country` int(10) DEFAULT NULL,
  `story` text DEFAULT NULL,
  `achievements` text DEFAULT NULL,
  `image` int(10) DEFAULT NULL,
  `valid` tinyint(4) NOT NULL DEFAULT 1,
  `profile_image` varchar(20) DEFAULT NULL,
  `founded` int(4) DEFAULT NULL,
  PRIMARY KEY (`club_id`),
  KEY `fk_club_country` (`country`),
  CONSTRAINT `fk_club_country` FOREIGN KEY (`country`) REFERENCES `uo_country` (`country_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_comment` (
  `type` tinyint(3) NOT NULL,
  `id` varchar(10) NOT NULL,
  `comment` text NOT NULL,
  PRIMARY KEY (`type`,`id`),
  KEY `idx_id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_country` (
  `country_id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `abbreviation` char(3) DEFAULT NULL,
  `flagfile` varchar(50) DEFAULT NULL,
  `valid` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_defense` (
  `game` int(10) NOT NULL,
  `num` smallint(5) NOT NULL,
  `author` int(10) DEFAULT NULL,
  `time` smallint(5) DEFAULT NULL,
  `iscallahan` tinyint(1) NOT NULL,
  `iscaught` tinyint(1) NOT NULL,
  `ishomedefense` tinyint(1) NOT NULL,
  PRIMARY KEY (`game`,`num`),
  KEY `idx_game` (`game`),
  KEY `idx_player` (`author`),
  CONSTRAINT `fk_defense_author` FOREIGN KEY (`author`) REFERENCES `uo_player` (`player_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_defense_game` FOREIGN KEY (`game`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_enrolledteam` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `clubname` varchar(50) DEFAULT NULL,
  `series` int(10) NOT NULL,
  `userid` varchar(50) NOT NULL,
  `status` int(10) DEFAULT 0,
  `enroll_time` datetime DEFAULT NULL,
  `countryname` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_series` (`series`),
  KEY `fk_enrolledteam_user` (`userid`),
  CONSTRAINT `fk_enrolledteam_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_enrolledteam_user` FOREIGN KEY (`userid`) REFERENCES `uo_users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_event_log` (
  `event_id` int(15) NOT NULL AUTO_INCREMENT,
  `time` timestamp NOT NULL DEFAULT current_timestamp(),
  `ip` varchar(15) DEFAULT NULL,
  `user_id` varchar(50) NOT NULL,
  `category` varchar(15) NOT NULL,
  `type` varchar(15) NOT NULL,
  `id1` varchar(20) DEFAULT NULL,
  `id2` varchar(20) DEFAULT NULL,
  `source` varchar(20) DEFAULT NULL,
  `description` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`event_id`),
  KEY `idx_event_log_category_user_time` (`category`,`user_id`,`time`),
  KEY `idx_event_log_comment_meta` (`category`,`source`,`type`,`id1`,`id2`,`time`),
  KEY `idx_event_log_id1_source_time` (`id1`,`source`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_extraemail` (
  `userid` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  PRIMARY KEY (`email`),
  KEY `fk_extraemail_user` (`userid`),
  CONSTRAINT `fk_extraemail_user` FOREIGN KEY (`userid`) REFERENCES `uo_users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_extraemailrequest` (
  `userid` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`email`),
  KEY `fk_extraemailrequest_user` (`userid`),
  CONSTRAINT `fk_extraemailrequest_user` FOREIGN KEY (`userid`) REFERENCES `uo_users` (`userid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_game` (
  `game_id` int(10) NOT NULL AUTO_INCREMENT,
  `hometeam` int(10) DEFAULT NULL,
  `visitorteam` int(10) DEFAULT NULL,
  `homescore` smallint(5) DEFAULT NULL,
  `visitorscore` smallint(5) DEFAULT NULL,
  `reservation` int(10) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `valid` tinyint(1) NOT NULL,
  `halftime` int(10) DEFAULT NULL,
  `official` varchar(50) DEFAULT NULL,
  `respteam` int(10) DEFAULT NULL,
  `resppers` int(10) DEFAULT NULL,
  `isongoing` tinyint(1) DEFAULT 0,
  `scheduling_name_home` int(10) DEFAULT NULL,
  `scheduling_name_visitor` int(10) DEFAULT NULL,
  `name` int(10) DEFAULT NULL,
  `timeslot` int(10) DEFAULT NULL,
  `homedefenses` smallint(5) DEFAULT 0,
  `visitordefenses` smallint(5) DEFAULT 0,
  `hasstarted` tinyint(1) DEFAULT 0,
  `islive` tinyint(1) DEFAULT 0,
  `liveurl` varchar(512) DEFAULT NULL,
  `show_spirit` tinyint(1) DEFAULT 0,
  `timer_start` bigint(20) DEFAULT NULL,
  `timer_pause_start` bigint(20) DEFAULT NULL,
  `timer_paused_duration` bigint(20) NOT NULL DEFAULT 0,
  `forfeit` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`game_id`),
  KEY `idx_hometeam` (`hometeam`),
  KEY `idx_visitorteam` (`visitorteam`),
  KEY `idx_reservation` (`reservation`),
  KEY `idx_game_id` (`game_id`),
  KEY `idx_name` (`name`),
  KEY `idx_game_valid_time` (`valid`,`time`),
  KEY `idx_game_valid_hometeam_time` (`valid`,`hometeam`,`time`),
  KEY `idx_game_valid_visitorteam_time` (`valid`,`visitorteam`,`time`),
  CONSTRAINT `fk_game_hometeam` FOREIGN KEY (`hometeam`) REFERENCES `uo_team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_game_reservation` FOREIGN KEY (`reservation`) REFERENCES `uo_reservation` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_game_visitorteam` FOREIGN KEY (`visitorteam`) REFERENCES `uo_team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_game_pool` (
  `game` int(10) NOT NULL,
  `pool` int(10) NOT NULL,
  `timetable` tinyint(1) NOT NULL,
  PRIMARY KEY (`game`,`pool`),
  KEY `idx_game` (`game`),
  KEY `idx_pool` (`pool`),
  KEY `idx_pool_timetable_game` (`pool`,`timetable`,`game`),
  CONSTRAINT `fk_game_pool_game` FOREIGN KEY (`game`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_game_pool_pool` FOREIGN KEY (`pool`) REFERENCES `uo_pool` (`pool_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_gameevent` (
  `game` int(10) NOT NULL,
  `num` smallint(5) NOT NULL,
  `time` smallint(5) DEFAULT NULL,
  `type` varchar(10) DEFAULT NULL,
  `ishome` tinyint(1) NOT NULL,
  `info` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`game`,`num`),
  CONSTRAINT `fk_gameevent_game` FOREIGN KEY (`game`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_goal` (
  `game` int(10) NOT NULL,
  `num` smallint(5) NOT NULL,
  `assist` int(10) DEFAULT NULL,
  `scorer` int(10) DEFAULT NULL,
  `time` smallint(5) DEFAULT NULL,
  `homescore` tinyint(3) unsigned DEFAULT NULL,
  `visitorscore` tinyint(3) unsigned DEFAULT NULL,
  `ishomegoal` tinyint(1) NOT NULL,
  `iscallahan` tinyint(1) NOT NULL,
  `timestamp` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`game`,`num`),
  KEY `idx_game` (`game`),
  KEY `idx_assist` (`assist`),
  KEY `idx_scorer` (`scorer`),
  KEY `idx_goal_game_scorer` (`game`,`scorer`),
  KEY `idx_goal_game_assist` (`game`,`assist`),
  KEY `idx_goal_game_callahan_scorer` (`game`,`iscallahan`,`scorer`),
  CONSTRAINT `fk_goal_assist` FOREIGN KEY (`assist`) REFERENCES `uo_player` (`player_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_goal_game` FOREIGN KEY (`game`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_goal_scorer` FOREIGN KEY (`scorer`) REFERENCES `uo_player` (`player_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_image` (
  `image_id` int(10) NOT NULL AUTO_INCREMENT,
  `image_type` varchar(30) DEFAULT NULL,
  `image_height` int(5) DEFAULT NULL,
  `image_width` int(5) DEFAULT NULL,
  `image_size` int(10) DEFAULT NULL,
  `thumb_height` int(5) DEFAULT NULL,
  `thumb_width` int(5) DEFAULT NULL,
  `thumb` mediumblob DEFAULT NULL,
  `image` longblob DEFAULT NULL,
  PRIMARY KEY (`image_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_keys` (
  `key_id` int(10) NOT NULL AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `purpose` varchar(15) DEFAULT NULL,
  `id` varchar(15) DEFAULT NULL,
  `keystring` varchar(50) DEFAULT NULL,
  `secrets` varchar(50) DEFAULT NULL,
  `url` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_license` (
  `lastname` varchar(255) DEFAULT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `membership` smallint(5) DEFAULT NULL,
  `birthdate` datetime DEFAULT NULL,
  `accreditation_id` varchar(150) DEFAULT NULL,
  `ultimate` tinyint(1) DEFAULT NULL,
  `women` tinyint(1) DEFAULT NULL,
  `junior` tinyint(1) DEFAULT NULL,
  `license` smallint(5) DEFAULT NULL,
  `external_id` int(10) DEFAULT NULL,
  `external_type` int(10) DEFAULT NULL,
  `external_validity` int(10) DEFAULT NULL,
  KEY `idx_firstname` (`firstname`),
  KEY `idx_lastname` (`lastname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_location` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `fields` int(5) NOT NULL DEFAULT 1,
  `indoor` tinyint(1) NOT NULL DEFAULT 0,
  `address` varchar(255) DEFAULT NULL,
  `info_fi_FI_utf8` varchar(255) DEFAULT NULL,
  `info_en_GB_utf8` varchar(255) DEFAULT NULL,
  `lat` float(17,13) DEFAULT NULL,
  `lng` float(17,13) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_passwordresetrequest` (
  `userid` varchar(50) NOT NULL,
  `token` varchar(100) DEFAULT NULL,
  `requested` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userid`),
  UNIQUE KEY `uq_passwordresetrequest_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_played` (
  `player` int(10) NOT NULL,
  `game` int(10) NOT NULL,
  `num` smallint(5) DEFAULT NULL,
  `accredited` tinyint(1) NOT NULL DEFAULT 0,
  `acknowledged` tinyint(1) NOT NULL DEFAULT 0,
  `captain` tinyint(1) DEFAULT 0,
  `spirit_captain` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`player`,`game`),
  KEY `idx_player` (`player`),
  KEY `idx_game` (`game`),
  CONSTRAINT `fk_played_game` FOREIGN KEY (`game`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_played_player` FOREIGN KEY (`player`) REFERENCES `uo_player` (`player_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_player` (
  `player_id` int(10) NOT NULL AUTO_INCREMENT,
  `firstname` varchar(40) DEFAULT '',
  `lastname` varchar(40) DEFAULT '',
  `team` int(10) DEFAULT NULL,
  `num` tinyint(3) unsigned DEFAULT NULL,
  `accreditation_id` varchar(150) DEFAULT NULL,
  `accredited` tinyint(1) NOT NULL DEFAULT 0,
  `reg_id` int(10) unsigned DEFAULT NULL,
  `profile_id` int(10) DEFAULT NULL,
  PRIMARY KEY (`player_id`),
  KEY `idx_accreditation_id` (`profile_id`),
  KEY `idx_team` (`team`),
  CONSTRAINT `fk_player_profile` FOREIGN KEY (`profile_id`) REFERENCES `uo_player_profile` (`profile_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_player_team` FOREIGN KEY (`team`) REFERENCES `uo_team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_player_profile` (
  `profile_id` int(10) NOT NULL AUTO_INCREMENT,
  `email` varchar(100) DEFAULT NULL,
  `firstname` varchar(40) DEFAULT NULL,
  `lastname` varchar(40) DEFAULT NULL,
  `num` tinyint(3) DEFAULT NULL,
  `nickname` varchar(20) DEFAULT NULL,
  `birthdate` datetime DEFAULT NULL,
  `birthplace` varchar(30) DEFAULT NULL,
  `nationality` varchar(30) DEFAULT NULL,
  `throwing_hand` varchar(15) DEFAULT NULL,
  `height` varchar(10) DEFAULT NULL,
  `story` text DEFAULT NULL,
  `achievements` text DEFAULT NULL,
  `image` int(10) DEFAULT NULL,
  `profile_image` varchar(30) DEFAULT NULL,
  `weight` varchar(10) DEFAULT NULL,
  `position` varchar(50) DEFAULT NULL,
  `gender` char(1) DEFAULT NULL,
  `info` text DEFAULT NULL,
  `national_id` varchar(100) DEFAULT NULL,
  `accreditation_id` varchar(50) DEFAULT NULL,
  `public` varchar(200) DEFAULT 'nickname|birthplace|nationality|throwing_hand|height|weight|position|story|achievements|profile_image',
  `ffindr_id` int(10) DEFAULT NULL,
  PRIMARY KEY (`profile_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_player_stats` (
  `player_id` int(10) NOT NULL,
  `profile_id` int(10) NOT NULL,
  `team` int(10) DEFAULT NULL,
  `season` varchar(10) DEFAULT NULL,
  `series` int(10) DEFAULT NULL,
  `games` int(5) DEFAULT 0,
  `wins` int(5) DEFAULT 0,
  `goals` int(5) DEFAULT 0,
  `passes` int(5) DEFAULT 0,
  `callahans` int(5) DEFAULT 0,
  `breaks` int(5) DEFAULT 0,
  `offence_turns` int(5) DEFAULT 0,
  `defence_turns` int(5) DEFAULT 0,
  `offence_time` int(5) DEFAULT 0,
  `defence_time` int(5) DEFAULT 0,
  `defenses` int(5) DEFAULT 0,
  PRIMARY KEY (`player_id`),
  KEY `idx_profile_id` (`profile_id`),
  KEY `idx_team` (`team`),
  KEY `idx_season` (`season`),
  KEY `idx_series` (`series`),
  CONSTRAINT `fk_player_stats_player` FOREIGN KEY (`player_id`) REFERENCES `uo_player` (`player_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_player_stats_profile` FOREIGN KEY (`profile_id`) REFERENCES `uo_player_profile` (`profile_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_player_stats_season` FOREIGN KEY (`season`) REFERENCES `uo_season` (`season_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_player_stats_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_player_stats_team` FOREIGN KEY (`team`) REFERENCES `uo_team` (`team_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_pool` (
  `pool_id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `ordering` varchar(20) DEFAULT NULL,
  `visible` tinyint(1) NOT NULL,
  `continuingpool` tinyint(1) NOT NULL,
  `placementpool` tinyint(1) DEFAULT 0,
  `teams` int(10) DEFAULT NULL,
  `mvgames` int(10) DEFAULT NULL,
  `timeoutlen` int(10) DEFAULT NULL,
  `halftime` int(10) DEFAULT NULL,
  `winningscore` smallint(5) DEFAULT NULL,
  `timecap` int(10) DEFAULT NULL,
  `scorecap` smallint(5) DEFAULT NULL,
  `played` tinyint(1) NOT NULL,
  `addscore` int(10) DEFAULT NULL,
  `halftimescore` int(10) DEFAULT NULL,
  `timeouts` int(10) DEFAULT NULL,
  `timeoutsper` varchar(5) DEFAULT NULL,
  `timeoutsovertime` int(10) DEFAULT NULL,
  `timeoutstimecap` varchar(5) DEFAULT NULL,
  `betweenpointslen` int(10) DEFAULT NULL,
  `series` int(10) DEFAULT NULL,
  `type` int(10) NOT NULL DEFAULT 1,
  `timeslot` int(10) DEFAULT NULL,
  `color` varchar(6) DEFAULT NULL,
  `forfeitscore` int(10) DEFAULT NULL,
  `forfeitagainst` int(10) DEFAULT NULL,
  `follower` int(10) DEFAULT NULL,
  `drawsallowed` smallint(5) DEFAULT 0,
  `playoff_template` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`pool_id`),
  KEY `idx_series` (`series`),
  KEY `idx_pool_series_ordering` (`series`,`ordering`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_registerrequest` (
  `userid` varchar(50) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `name` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `token` varchar(100) DEFAULT NULL,
  `last_login` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_reservation` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `location` int(10) DEFAULT NULL,
  `fieldname` varchar(50) DEFAULT NULL,
  `reservationgroup` varchar(50) DEFAULT NULL,
  `starttime` datetime DEFAULT NULL,
  `endtime` datetime DEFAULT NULL,
  `season` varchar(10) DEFAULT NULL,
  `timeslots` varchar(100) DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_location` (`location`),
  KEY `idx_reservation_group_time_loc_field` (`reservationgroup`,`starttime`,`location`,`fieldname`),
  CONSTRAINT `fk_reservation_location` FOREIGN KEY (`location`) REFERENCES `uo_location` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_season` (
  `season_id` varchar(10) NOT NULL,
  `name` varchar(50) DEFAULT NULL,
  `starttime` datetime DEFAULT NULL,
  `endtime` datetime DEFAULT NULL,
  `iscurrent` tinyint(4) NOT NULL DEFAULT 0,
  `enrollopen` tinyint(1) NOT NULL DEFAULT 0,
  `enroll_deadline` datetime DEFAULT NULL,
  `type` varchar(20) DEFAULT NULL,
  `istournament` tinyint(1) DEFAULT 0,
  `isinternational` tinyint(1) DEFAULT 0,
  `isnationalteams` tinyint(1) DEFAULT 0,
  `organizer` varchar(50) DEFAULT NULL,
  `category` varchar(50) DEFAULT NULL,
  `showspiritpoints` tinyint(1) DEFAULT 0,
  `showspiritcomments` tinyint(1) DEFAULT 0,
  `showspiritcommentstoteams` tinyint(1) NOT NULL DEFAULT 0,
  `showspiritpointsonlyoncomplete` tinyint(1) DEFAULT 1,
  `lockteamspiritonsubmit` tinyint(1) DEFAULT 1,
  `use_season_points` tinyint(1) DEFAULT 0,
  `hide_time_on_scoresheet` tinyint(1) DEFAULT 0,
  `hometeammode` tinyint(1) DEFAULT 0,
  `event_readonly` tinyint(1) DEFAULT 0,
  `maintenance_mode` tinyint(1) DEFAULT 0,
  `public_event` tinyint(1) NOT NULL DEFAULT 0,
  `api_public` tinyint(1) DEFAULT 0,
  `showgamecomments` tinyint(1) NOT NULL DEFAULT 0,
  `require_accreditation` tinyint(1) NOT NULL DEFAULT 0,
  `reg_id` int(10) unsigned DEFAULT NULL,
  `timezone` varchar(50) DEFAULT NULL,
  `spiritmode` int(10) DEFAULT NULL,
  PRIMARY KEY (`season_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_series` (
  `series_id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `ordering` varchar(1) DEFAULT NULL,
  `season` varchar(50) DEFAULT NULL,
  `valid` tinyint(4) NOT NULL DEFAULT 0,
  `type` varchar(20) DEFAULT NULL,
  `color` varchar(6) DEFAULT NULL,
  `pool_template` int(10) DEFAULT NULL,
  PRIMARY KEY (`series_id`),
  KEY `idx_season` (`season`),
  KEY `fk_series_pooltemplate` (`pool_template`),
  KEY `idx_series_season_ordering` (`season`,`ordering`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_setting` (
  `name` varchar(50) DEFAULT NULL,
  `value` varchar(200) DEFAULT '',
  `setting_id` int(10) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_spirit_category` (
  `category_id` int(10) NOT NULL AUTO_INCREMENT,
  `mode` int(10) NOT NULL,
  `group` int(5) NOT NULL DEFAULT 1,
  `index` int(5) NOT NULL,
  `min` int(5) NOT NULL DEFAULT 0,
  `max` int(5) NOT NULL DEFAULT 4,
  `factor` int(5) NOT NULL DEFAULT 1,
  `text` text NOT NULL,
  PRIMARY KEY (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_spirit_score` (
  `game_id` int(10) NOT NULL,
  `team_id` int(10) NOT NULL,
  `category_id` int(10) NOT NULL,
  `value` int(3) DEFAULT NULL,
  PRIMARY KEY (`game_id`,`team_id`,`category_id`),
  KEY `fk_spirit_score_team` (`team_id`),
  KEY `fk_spirit_score_category` (`category_id`),
  CONSTRAINT `fk_spirit_score_category` FOREIGN KEY (`category_id`) REFERENCES `uo_spirit_category` (`category_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_spirit_score_game` FOREIGN KEY (`game_id`) REFERENCES `uo_game` (`game_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_spirit_score_team` FOREIGN KEY (`team_id`) REFERENCES `uo_team` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team` (
  `team_id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `pool` int(10) DEFAULT NULL,
  `club` int(10) DEFAULT NULL,
  `rank` smallint(5) DEFAULT NULL,
  `activerank` int(10) DEFAULT NULL,
  `valid` tinyint(1) NOT NULL,
  `series` int(10) DEFAULT NULL,
  `country` int(10) DEFAULT NULL,
  `reg_id` int(10) unsigned DEFAULT NULL,
  `sotg_token` varchar(64) DEFAULT NULL,
  `abbreviation` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`team_id`),
  KEY `idx_club` (`club`),
  KEY `idx_country` (`country`),
  KEY `idx_series` (`series`),
  KEY `idx_pool` (`pool`),
  CONSTRAINT `fk_team_club` FOREIGN KEY (`club`) REFERENCES `uo_club` (`club_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_country` FOREIGN KEY (`country`) REFERENCES `uo_country` (`country_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_pool` FOREIGN KEY (`pool`) REFERENCES `uo_pool` (`pool_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team_final_standing` (
  `season` varchar(10) NOT NULL,
  `series` int(10) NOT NULL,
  `team_id` int(10) NOT NULL,
  `standing` int(5) DEFAULT NULL,
  `disqualified` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`team_id`),
  KEY `idx_team_final_standing_series_standing` (`series`,`standing`),
  KEY `idx_team_final_standing_series_disqualified` (`series`,`disqualified`),
  KEY `idx_team_final_standing_season` (`season`),
  CONSTRAINT `fk_team_final_standing_season` FOREIGN KEY (`season`) REFERENCES `uo_season` (`season_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_team_final_standing_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_team_final_standing_team` FOREIGN KEY (`team_id`) REFERENCES `uo_team` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team_pool` (
  `team` int(10) NOT NULL,
  `pool` int(10) NOT NULL,
  `rank` smallint(5) DEFAULT NULL,
  `activerank` int(10) DEFAULT NULL,
  PRIMARY KEY (`team`,`pool`),
  KEY `idx_team` (`team`),
  KEY `idx_pool` (`pool`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team_profile` (
  `team_id` int(11) NOT NULL,
  `coach` varchar(100) DEFAULT NULL,
  `story` text DEFAULT NULL,
  `achievements` text DEFAULT NULL,
  `image` int(10) DEFAULT NULL,
  `profile_image` varchar(20) DEFAULT NULL,
  `captain` varchar(100) DEFAULT '',
  `ffindr_id` int(10) DEFAULT NULL,
  PRIMARY KEY (`team_id`),
  CONSTRAINT `fk_team_profile_team` FOREIGN KEY (`team_id`) REFERENCES `uo_team` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team_spirit_stats` (
  `team_id` int(10) NOT NULL,
  `season` varchar(10) DEFAULT NULL,
  `series` int(10) DEFAULT NULL,
  `category_id` int(10) NOT NULL,
  `games` int(5) DEFAULT 0,
  `average` decimal(6,2) DEFAULT 0.00,
  PRIMARY KEY (`team_id`,`category_id`),
  KEY `fk_team_spirit_stats_team` (`team_id`),
  KEY `fk_team_spirit_stats_category` (`category_id`),
  KEY `fk_team_spirit_stats_series` (`series`),
  KEY `fk_team_spirit_stats_season` (`season`),
  CONSTRAINT `fk_team_spirit_stats_category` FOREIGN KEY (`category_id`) REFERENCES `uo_spirit_category` (`category_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_team_spirit_stats_season` FOREIGN KEY (`season`) REFERENCES `uo_season` (`season_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_spirit_stats_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_spirit_stats_team` FOREIGN KEY (`team_id`) REFERENCES `uo_team` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_team_stats` (
  `team_id` int(10) NOT NULL,
  `season` varchar(10) DEFAULT NULL,
  `series` int(10) DEFAULT NULL,
  `goals_made` int(5) DEFAULT 0,
  `goals_against` int(5) DEFAULT 0,
  `standing` int(5) DEFAULT 0,
  `wins` int(5) DEFAULT 0,
  `losses` int(5) DEFAULT NULL,
  `defenses_total` int(5) DEFAULT 0,
  PRIMARY KEY (`team_id`),
  KEY `fk_team_stats_series` (`series`),
  KEY `fk_team_stats_season` (`season`),
  CONSTRAINT `fk_team_stats_season` FOREIGN KEY (`season`) REFERENCES `uo_season` (`season_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_stats_series` FOREIGN KEY (`series`) REFERENCES `uo_series` (`series_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_team_stats_team` FOREIGN KEY (`team_id`) REFERENCES `uo_team` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_urls` (
  `url_id` int(10) NOT NULL AUTO_INCREMENT,
  `owner` varchar(15) NOT NULL,
  `owner_id` varchar(15) DEFAULT NULL,
  `type` varchar(15) DEFAULT NULL,
  `name` varchar(150) DEFAULT NULL,
  `url` varchar(500) DEFAULT NULL,
  `ordering` varchar(2) DEFAULT '',
  `ismedialink` tinyint(1) DEFAULT 0,
  `mediaowner` varchar(100) DEFAULT NULL,
  `publisher_id` int(10) DEFAULT NULL,
  PRIMARY KEY (`url_id`),
  KEY `idx_owner_id` (`owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_userproperties` (
  `prop_id` int(10) NOT NULL AUTO_INCREMENT,
  `userid` varchar(50) NOT NULL,
  `name` varchar(100) DEFAULT NULL,
  `value` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`prop_id`),
  KEY `idx_userid` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_users` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `userid` varchar(50) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userid` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `uo_visitor_counter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varchar(15) NOT NULL DEFAULT '',
  `visits` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_visitor_counter_ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS=1;
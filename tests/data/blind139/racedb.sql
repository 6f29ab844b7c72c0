-- RaceDB of Run Waterloo (runwaterloo/racedb, commit 608c30ef1654b6382895844aa2c4931f962cbd37, MIT)
-- Django models of racedbapp/models.py written as MySQL DDL (DEFAULT_AUTO_FIELD = AutoField, PostgreSQL upstream),
-- with the Django contrib tables (auth, admin log, sessions, content types) and Django REST framework's authtoken
-- table that the installed apps create. DurationField is stored as bigint (microseconds) as Django does on MySQL.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
);

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int DEFAULT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `racedbapp_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `value` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_distance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prename` varchar(25) NOT NULL,
  `name` varchar(25) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `km` decimal(9,5) NOT NULL,
  `showrecord` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `racedbapp_race` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `shortname` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `racedbapp_samerace` (
  `id` int NOT NULL AUTO_INCREMENT,
  `old_race_id` int NOT NULL,
  `current_race_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`old_race_id`) REFERENCES `racedbapp_race` (`id`),
  FOREIGN KEY (`current_race_id`) REFERENCES `racedbapp_race` (`id`)
);

CREATE TABLE `racedbapp_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  `ismasters` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `racedbapp_teamcategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `sortorder` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `racedbapp_timer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `website_url` varchar(500) NOT NULL,
  `image_url` varchar(500) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `race_id` int NOT NULL,
  `distance_id` int NOT NULL,
  `date` date NOT NULL,
  `city` varchar(50) NOT NULL,
  `resultsurl` varchar(500) DEFAULT NULL,
  `flickrsetid` bigint DEFAULT NULL,
  `youtube_id` varchar(50) NOT NULL COMMENT 'Just the video id, not the whole URL',
  `youtube_offset_seconds` int DEFAULT NULL COMMENT 'Elapsed race time (in seconds) at start of video',
  `youtube_duration_seconds` int DEFAULT NULL COMMENT 'OPTIONAL: Total duration (in seconds) of YouTube video. This is only required if the video cuts off early.',
  `medals` varchar(32) NOT NULL,
  `timer_id` int DEFAULT NULL,
  `sequel_id` int DEFAULT NULL COMMENT 'Optional: Attach a Sequel instance to this event.',
  `custom_logo_url` varchar(500) DEFAULT NULL COMMENT 'Override default race logo with a custom one for this event',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`race_id`) REFERENCES `racedbapp_race` (`id`),
  FOREIGN KEY (`distance_id`) REFERENCES `racedbapp_distance` (`id`),
  FOREIGN KEY (`timer_id`) REFERENCES `racedbapp_timer` (`id`),
  FOREIGN KEY (`sequel_id`) REFERENCES `racedbapp_sequel` (`id`)
);

CREATE TABLE `racedbapp_rwmembertag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `auto_select` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_rwmember` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `slug` varchar(50) NOT NULL COMMENT 'https://blog.tersmitten.nl/slugify/',
  `gender` varchar(2) NOT NULL,
  `year_of_birth` int DEFAULT NULL,
  `city` varchar(50) NOT NULL,
  `joindate` date NOT NULL,
  `photourl` varchar(500) DEFAULT NULL,
  `altname` varchar(64) NOT NULL COMMENT 'Optional, e.g. maiden name',
  `active` tinyint(1) NOT NULL,
  `hasphotos` tinyint(1) NOT NULL COMMENT 'Automatically set by system',
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `racedbapp_rwmember_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rwmember_id` int NOT NULL,
  `rwmembertag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`rwmember_id`) REFERENCES `racedbapp_rwmember` (`id`),
  FOREIGN KEY (`rwmembertag_id`) REFERENCES `racedbapp_rwmembertag` (`id`)
);

CREATE TABLE `racedbapp_result` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `category_id` int NOT NULL,
  `athlete` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `city` varchar(50) NOT NULL,
  `place` int NOT NULL,
  `bib` varchar(6) NOT NULL,
  `chiptime` bigint DEFAULT NULL,
  `guntime` bigint DEFAULT NULL,
  `age` int DEFAULT NULL,
  `division` varchar(32) NOT NULL,
  `province` varchar(50) NOT NULL,
  `country` varchar(50) NOT NULL,
  `rwmember_id` int DEFAULT NULL,
  `gender_place` int DEFAULT NULL,
  `category_place` int DEFAULT NULL,
  `isrwpb` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `racedbapp_result_event_id_place_uniq` (`event_id`,`place`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `racedbapp_category` (`id`),
  FOREIGN KEY (`rwmember_id`) REFERENCES `racedbapp_rwmember` (`id`)
);

CREATE TABLE `racedbapp_wheelchairresult` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `category_id` int NOT NULL,
  `athlete` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `city` varchar(50) NOT NULL,
  `place` int NOT NULL,
  `bib` varchar(6) NOT NULL,
  `chiptime` bigint DEFAULT NULL,
  `guntime` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `racedbapp_category` (`id`)
);

CREATE TABLE `racedbapp_teamresult` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `team_category_id` int NOT NULL,
  `team_place` int NOT NULL,
  `team_name` varchar(64) NOT NULL,
  `athlete_team_place` int NOT NULL,
  `athlete_time` bigint NOT NULL,
  `athlete_name` varchar(64) NOT NULL,
  `counts` tinyint(1) NOT NULL,
  `estimated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`),
  FOREIGN KEY (`team_category_id`) REFERENCES `racedbapp_teamcategory` (`id`)
);

CREATE TABLE `racedbapp_endurraceresult` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` int NOT NULL,
  `category_id` int NOT NULL,
  `athlete` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `city` varchar(50) NOT NULL,
  `bib` varchar(6) NOT NULL,
  `guntime` bigint NOT NULL,
  `fivektime` bigint NOT NULL,
  `eightktime` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `racedbapp_category` (`id`)
);

CREATE TABLE `racedbapp_bow` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `year` int NOT NULL,
  `events` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `racedbapp_bowathlete` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bow_id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `category_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bow_id`) REFERENCES `racedbapp_bow` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `racedbapp_category` (`id`)
);

CREATE TABLE `racedbapp_prime` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `place` int NOT NULL,
  `gender` varchar(2) NOT NULL,
  `time` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`)
);

CREATE TABLE `racedbapp_relay` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `place` int NOT NULL COMMENT 'Overall place this person finished in the individual event',
  `relay_team` varchar(128) NOT NULL COMMENT 'Relay team name',
  `relay_team_place` int NOT NULL COMMENT 'Place the relay team finished',
  `relay_team_time` bigint DEFAULT NULL COMMENT 'Total time for the relay team',
  `relay_leg` int NOT NULL COMMENT 'Relay leg for this individual (e.g. 1, 2)',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`)
);

CREATE TABLE `racedbapp_split` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `place` int NOT NULL,
  `split_num` int NOT NULL,
  `split_time` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `racedbapp_split_event_id_place_split_num_uniq` (`event_id`,`place`,`split_num`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`)
);

CREATE TABLE `racedbapp_endurathlete` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` int NOT NULL,
  `division` varchar(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `age` int DEFAULT NULL,
  `city` varchar(100) NOT NULL,
  `province` varchar(100) NOT NULL,
  `country` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_endurteam` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` int NOT NULL COMMENT 'Teams should not be added or modified in the admin, only deleted if necessary. They get created and updated automatically from results.',
  `name` varchar(100) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `ismasters` tinyint(1) NOT NULL,
  `st1` varchar(100) NOT NULL,
  `st2` varchar(100) NOT NULL,
  `st3` varchar(100) NOT NULL,
  `st4` varchar(100) NOT NULL,
  `st5` varchar(100) NOT NULL,
  `st6` varchar(100) NOT NULL,
  `st7` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_rwmembercorrection` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rwmember_id` int NOT NULL,
  `correction_type` varchar(7) NOT NULL,
  `event_id` int NOT NULL,
  `place` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`rwmember_id`) REFERENCES `racedbapp_rwmember` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`)
);

CREATE TABLE `racedbapp_phototag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `tag` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `racedbapp_event` (`id`)
);

CREATE TABLE `racedbapp_durelay` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` int NOT NULL,
  `team_place` int NOT NULL,
  `team_name` varchar(128) NOT NULL,
  `team_time` bigint DEFAULT NULL,
  `run1_athlete` varchar(128) NOT NULL,
  `run1_time` bigint DEFAULT NULL,
  `bike_athlete` varchar(128) NOT NULL,
  `bike_time` bigint DEFAULT NULL,
  `run2_athlete` varchar(128) NOT NULL,
  `run2_time` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_series` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` int NOT NULL,
  `name` varchar(256) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `event_ids` varchar(64) NOT NULL COMMENT 'Comma-separated list of event IDs',
  `show_records` tinyint(1) NOT NULL,
  `age_grade_enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `racedbapp_sequel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
);

-- SkyLines (skylines.aero): online flight log and live tracking of glider, paraglider and power pilots
-- Upstream: github.com/skylines-project/skylines, commit cdf1c148845dbc9ee2335c86618030114a1e666a (AGPL-3.0)
-- Source: the SQLAlchemy / GeoAlchemy2 models in skylines/model/*.py, which `skylines db create` turns into the
-- PostgreSQL + PostGIS schema with db.create_all(); written here as MySQL/MariaDB DDL, columns in declaration order.
-- Types: Unicode(n)/String(n) -> varchar(n); String()/Unicode without length -> text (varchar(255) for the two
-- traces columns in a unique key); DateTime -> datetime;
-- Boolean -> tinyint(1); Float -> double; REAL -> float; Interval -> time; INET -> varchar(45);
-- JSONB -> json; ARRAY(DateTime) -> json (an array of times); Geometry(POINT/LINESTRING/POLYGON/MULTIPOLYGON,
-- srid 4326) -> geometry (PostGIS declares them geometry(<kind>,4326)); Raster -> longblob.
-- The unique index on lower(email_address) is written as a unique key on email_address (case-insensitive collation).
-- The clubs.owner_id -> users.id key is declared with use_alter upstream (users and clubs refer to each other):
-- that key is added by a separate statement after both tables exist.

CREATE TABLE `clubs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `owner_id` int DEFAULT NULL,
  `time_created` datetime NOT NULL,
  `website` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clubs_name_key` (`name`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_address` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `password` varchar(128) NOT NULL,
  `club_id` int DEFAULT NULL,
  `tracking_key` bigint NOT NULL,
  `tracking_delay` smallint NOT NULL,
  `tracking_callsign` varchar(5) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `login_time` datetime DEFAULT NULL,
  `login_ip` varchar(45) DEFAULT NULL,
  `recover_key` int DEFAULT NULL,
  `recover_time` datetime DEFAULT NULL,
  `recover_ip` varchar(45) DEFAULT NULL,
  `distance_unit` smallint NOT NULL,
  `speed_unit` smallint NOT NULL,
  `lift_unit` smallint NOT NULL,
  `altitude_unit` smallint NOT NULL,
  `admin` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_lower_email_address_idx` (`email_address`),
  KEY `ix_users_tracking_key` (`tracking_key`),
  CONSTRAINT `users_club_id_fkey` FOREIGN KEY (`club_id`) REFERENCES `clubs` (`id`) ON DELETE SET NULL
);

ALTER TABLE `clubs` ADD CONSTRAINT `users.id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

CREATE TABLE `models` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `kind` int NOT NULL,
  `igc_index` int DEFAULT NULL,
  `dmst_index` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_name_key` (`name`)
);

CREATE TABLE `airports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `time_modified` datetime NOT NULL,
  `valid_until` datetime DEFAULT NULL,
  `location_wkt` geometry DEFAULT NULL,
  `altitude` double DEFAULT NULL,
  `name` text NOT NULL,
  `short_name` text DEFAULT NULL,
  `icao` varchar(4) DEFAULT NULL,
  `country_code` varchar(2) NOT NULL,
  `surface` varchar(10) DEFAULT NULL,
  `runway_len` int DEFAULT NULL,
  `runway_dir` int DEFAULT NULL,
  `frequency` double DEFAULT NULL,
  `type` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `airspace` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `time_modified` datetime NOT NULL,
  `the_geom` geometry DEFAULT NULL,
  `name` text NOT NULL,
  `airspace_class` varchar(12) NOT NULL,
  `base` varchar(30) NOT NULL,
  `top` varchar(30) NOT NULL,
  `country_code` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `igc_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `owner_id` int NOT NULL,
  `time_created` datetime NOT NULL,
  `filename` text NOT NULL,
  `md5` varchar(32) NOT NULL,
  `logger_id` varchar(3) DEFAULT NULL,
  `logger_manufacturer_id` varchar(3) DEFAULT NULL,
  `registration` varchar(32) DEFAULT NULL,
  `competition_id` varchar(5) DEFAULT NULL,
  `model` varchar(64) DEFAULT NULL,
  `date_utc` date NOT NULL,
  `weglide_status` int DEFAULT NULL,
  `weglide_data` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `igc_files_md5_key` (`md5`),
  CONSTRAINT `igc_files_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `flights` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `time_modified` datetime NOT NULL,
  `pilot_id` int DEFAULT NULL,
  `pilot_name` varchar(255) DEFAULT NULL,
  `co_pilot_id` int DEFAULT NULL,
  `co_pilot_name` varchar(255) DEFAULT NULL,
  `club_id` int DEFAULT NULL,
  `model_id` int DEFAULT NULL,
  `registration` varchar(32) DEFAULT NULL,
  `competition_id` varchar(5) DEFAULT NULL,
  `date_local` date NOT NULL,
  `takeoff_time` datetime NOT NULL,
  `scoring_start_time` datetime DEFAULT NULL,
  `scoring_end_time` datetime DEFAULT NULL,
  `landing_time` datetime NOT NULL,
  `takeoff_location` geometry DEFAULT NULL,
  `landing_location` geometry DEFAULT NULL,
  `takeoff_airport_id` int DEFAULT NULL,
  `landing_airport_id` int DEFAULT NULL,
  `timestamps` json NOT NULL,
  `locations` geometry NOT NULL,
  `olc_classic_distance` int DEFAULT NULL,
  `olc_triangle_distance` int DEFAULT NULL,
  `olc_plus_score` double DEFAULT NULL,
  `igc_file_id` int NOT NULL,
  `qnh` double DEFAULT NULL,
  `needs_analysis` tinyint(1) NOT NULL,
  `privacy_level` smallint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_flights_pilot_id` (`pilot_id`),
  KEY `ix_flights_co_pilot_id` (`co_pilot_id`),
  KEY `ix_flights_club_id` (`club_id`),
  KEY `ix_flights_date_local` (`date_local`),
  KEY `ix_flights_takeoff_time` (`takeoff_time`),
  CONSTRAINT `flights_pilot_id_fkey` FOREIGN KEY (`pilot_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_co_pilot_id_fkey` FOREIGN KEY (`co_pilot_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_club_id_fkey` FOREIGN KEY (`club_id`) REFERENCES `clubs` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_model_id_fkey` FOREIGN KEY (`model_id`) REFERENCES `models` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_takeoff_airport_id_fkey` FOREIGN KEY (`takeoff_airport_id`) REFERENCES `airports` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_landing_airport_id_fkey` FOREIGN KEY (`landing_airport_id`) REFERENCES `airports` (`id`) ON DELETE SET NULL,
  CONSTRAINT `flights_igc_file_id_fkey` FOREIGN KEY (`igc_file_id`) REFERENCES `igc_files` (`id`) ON DELETE CASCADE
);

CREATE TABLE `flight_path_chunks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `time_modified` datetime NOT NULL,
  `timestamps` json NOT NULL,
  `locations` geometry NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `flight_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_flight_path_chunks_start_time` (`start_time`),
  KEY `ix_flight_path_chunks_end_time` (`end_time`),
  KEY `ix_flight_path_chunks_flight_id` (`flight_id`),
  CONSTRAINT `flight_path_chunks_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contest_legs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flight_id` int NOT NULL,
  `contest_type` text NOT NULL,
  `trace_type` text NOT NULL,
  `distance` int DEFAULT NULL,
  `cruise_height` int DEFAULT NULL,
  `cruise_distance` int DEFAULT NULL,
  `cruise_duration` time DEFAULT NULL,
  `climb_height` int DEFAULT NULL,
  `climb_duration` time DEFAULT NULL,
  `start_height` int DEFAULT NULL,
  `end_height` int DEFAULT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `start_location` geometry DEFAULT NULL,
  `end_location` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_contest_legs_flight_id` (`flight_id`),
  CONSTRAINT `contest_legs_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE
);

CREATE TABLE `traces` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flight_id` int NOT NULL,
  `contest_type` varchar(255) NOT NULL,
  `trace_type` varchar(255) NOT NULL,
  `distance` int DEFAULT NULL,
  `duration` time DEFAULT NULL,
  `times` json NOT NULL,
  `locations` geometry NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `traces_contest_idx` (`flight_id`,`contest_type`,`trace_type`),
  CONSTRAINT `traces_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE
);

CREATE TABLE `flight_phases` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flight_id` int NOT NULL,
  `start_time` datetime DEFAULT NULL,
  `end_time` datetime DEFAULT NULL,
  `aggregate` tinyint(1) NOT NULL,
  `phase_type` int DEFAULT NULL,
  `circling_direction` int DEFAULT NULL,
  `alt_diff` int DEFAULT NULL,
  `duration` time DEFAULT NULL,
  `fraction` int DEFAULT NULL,
  `distance` int DEFAULT NULL,
  `speed` double DEFAULT NULL,
  `vario` double DEFAULT NULL,
  `glide_rate` double DEFAULT NULL,
  `count` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_flight_phases_flight_id` (`flight_id`),
  CONSTRAINT `flight_phases_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE
);

CREATE TABLE `flight_meetings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_id` int NOT NULL,
  `destination_id` int NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_flight_meetings_source_id` (`source_id`),
  KEY `ix_flight_meetings_destination_id` (`destination_id`),
  CONSTRAINT `flight_meetings_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE,
  CONSTRAINT `flight_meetings_destination_id_fkey` FOREIGN KEY (`destination_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE
);

CREATE TABLE `flight_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `flight_id` int NOT NULL,
  `user_id` int DEFAULT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_flight_comments_flight_id` (`flight_id`),
  CONSTRAINT `flight_comments_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE,
  CONSTRAINT `flight_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `tracking_fixes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time` datetime NOT NULL,
  `time_visible` datetime NOT NULL,
  `location` geometry DEFAULT NULL,
  `track` smallint DEFAULT NULL,
  `ground_speed` float DEFAULT NULL,
  `airspeed` float DEFAULT NULL,
  `altitude` smallint DEFAULT NULL,
  `elevation` smallint DEFAULT NULL,
  `vario` float DEFAULT NULL,
  `engine_noise_level` smallint DEFAULT NULL,
  `pilot_id` int NOT NULL,
  `ip` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tracking_fixes_pilot_id` (`pilot_id`),
  KEY `tracking_fixes_pilot_time` (`pilot_id`,`time`),
  CONSTRAINT `tracking_fixes_pilot_id_fkey` FOREIGN KEY (`pilot_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tracking_sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pilot_id` int NOT NULL,
  `lt24_id` bigint DEFAULT NULL,
  `time_created` datetime NOT NULL,
  `ip_created` varchar(45) DEFAULT NULL,
  `time_finished` datetime DEFAULT NULL,
  `ip_finished` varchar(45) DEFAULT NULL,
  `client` varchar(32) DEFAULT NULL,
  `client_version` varchar(8) DEFAULT NULL,
  `device` varchar(32) DEFAULT NULL,
  `gps_device` varchar(32) DEFAULT NULL,
  `aircraft_type` smallint DEFAULT NULL,
  `aircraft_model` varchar(64) DEFAULT NULL,
  `finish_status` smallint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tracking_sessions_lt24_id` (`lt24_id`),
  CONSTRAINT `tracking_sessions_pilot_id_fkey` FOREIGN KEY (`pilot_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `followers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_id` int NOT NULL,
  `destination_id` int NOT NULL,
  `time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_connection` (`source_id`,`destination_id`),
  KEY `ix_followers_source_id` (`source_id`),
  KEY `ix_followers_destination_id` (`destination_id`),
  CONSTRAINT `followers_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `followers_destination_id_fkey` FOREIGN KEY (`destination_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` int NOT NULL,
  `time` datetime NOT NULL,
  `actor_id` int NOT NULL,
  `user_id` int DEFAULT NULL,
  `club_id` int DEFAULT NULL,
  `flight_id` int DEFAULT NULL,
  `flight_comment_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_club_id_fkey` FOREIGN KEY (`club_id`) REFERENCES `clubs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_flight_id_fkey` FOREIGN KEY (`flight_id`) REFERENCES `flights` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_flight_comment_id_fkey` FOREIGN KEY (`flight_comment_id`) REFERENCES `flight_comments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `recipient_id` int NOT NULL,
  `time_read` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notifications_recipient_id_fkey` FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `token` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_refresh_token_key` (`refresh_token`),
  CONSTRAINT `token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mountain_wave_project` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_created` datetime NOT NULL,
  `time_modified` datetime NOT NULL,
  `location` geometry DEFAULT NULL,
  `axis` geometry DEFAULT NULL,
  `ellipse` geometry DEFAULT NULL,
  `name` text DEFAULT NULL,
  `country_code` varchar(2) DEFAULT NULL,
  `vertical` double DEFAULT NULL,
  `synoptical` varchar(254) DEFAULT NULL,
  `main_wind_direction` varchar(254) DEFAULT NULL,
  `additional` varchar(254) DEFAULT NULL,
  `source` varchar(254) DEFAULT NULL,
  `remark1` varchar(254) DEFAULT NULL,
  `remark2` varchar(254) DEFAULT NULL,
  `orientation` double DEFAULT NULL,
  `rotor_height` varchar(254) DEFAULT NULL,
  `weather_dir` int DEFAULT NULL,
  `axis_length` double DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `elevations` (
  `rid` int NOT NULL AUTO_INCREMENT,
  `rast` longblob DEFAULT NULL,
  PRIMARY KEY (`rid`)
);

CREATE TABLE `tz_world` (
  `gid` int NOT NULL AUTO_INCREMENT,
  `tzid` varchar(30) DEFAULT NULL,
  `the_geom` geometry DEFAULT NULL,
  PRIMARY KEY (`gid`)
);

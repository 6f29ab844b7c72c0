-- GeoKrety (geokrety/geokrety-website), commit 447080c06d9c489a5d26fadcd5bc05a9d9b10f10
-- website/db/dumps/20_geokrety-schema.sql, 18_audit-schema.sql, 21_stats-schema.sql (pg_dump of PostgreSQL + PostGIS,
-- refreshed 2026-03-29), written as MySQL by a script; 51 of the 71 tables of the dumps kept (41 of 44 in geokrety, both of audit, 8 of 20 in stats).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `gk_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(80) NOT NULL,
  `password` VARCHAR(120),
  `joined_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `registration_ip` VARCHAR(45) NOT NULL,
  `preferred_language` VARCHAR(2),
  `home_latitude` DOUBLE,
  `home_longitude` DOUBLE,
  `observation_area` SMALLINT,
  `home_country` TEXT,
  `daily_mails_hour` SMALLINT NOT NULL,
  `avatar` BIGINT,
  `pictures_count` INT NOT NULL DEFAULT 0,
  `last_mail_datetime` DATETIME,
  `last_login_datetime` DATETIME,
  `terms_of_use_datetime` DATETIME,
  `statpic_template` INT NOT NULL DEFAULT 1,
  `email_invalid` SMALLINT NOT NULL DEFAULT 0,
  `account_valid` SMALLINT NOT NULL DEFAULT 0,
  `_secid_crypt` LONGBLOB,
  `_email_crypt` LONGBLOB,
  `_email` VARCHAR(128),
  `_secid` TEXT,
  `_secid_hash` LONGBLOB,
  `_email_hash` LONGBLOB,
  `home_position` GEOMETRY,
  `list_unsubscribe_token` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_users_secid_uniq` (`_secid_hash`),
  CONSTRAINT `gk_users_avatar_fkey` FOREIGN KEY (`avatar`) REFERENCES `gk_pictures` (`id`) ON DELETE SET NULL
);

CREATE TABLE `gk_users_authentication_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `user` BIGINT,
  `username` TEXT,
  `user_agent` TEXT,
  `ip` VARCHAR(45) NOT NULL,
  `succeed` TINYINT(1) NOT NULL,
  `session` VARCHAR(255) NOT NULL,
  `comment` VARCHAR(255),
  `method` ENUM('password','secid','devel','oauth','registration.activate','registration.oauth','api2secid','google') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_users_authentication_history_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_pictures` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `author` BIGINT,
  `bucket` VARCHAR(128),
  `key` VARCHAR(128),
  `move` BIGINT,
  `geokret` BIGINT,
  `user` BIGINT,
  `filename` VARCHAR(256),
  `caption` VARCHAR(128),
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uploaded_on_datetime` DATETIME,
  `type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_pictures_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `gk_pictures_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `gk_pictures_move_fkey` FOREIGN KEY (`move`) REFERENCES `gk_moves` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `gk_pictures_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `gk_account_activation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(60),
  `user` BIGINT NOT NULL,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `used_on_datetime` DATETIME,
  `requesting_ip` VARCHAR(45) NOT NULL,
  `validating_ip` VARCHAR(45),
  `used` SMALLINT NOT NULL DEFAULT 0,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `last_notification_datetime` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_account_activation_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_awards_won` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `holder` BIGINT,
  `description` VARCHAR(128) NOT NULL,
  `awarded_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `award` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_awards_won_holder_award` (`holder`, `award`),
  CONSTRAINT `gk_badges_award_fkey` FOREIGN KEY (`award`) REFERENCES `gk_awards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_badges_holder_fkey` FOREIGN KEY (`holder`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_email_activation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(60),
  `revert_token` VARCHAR(60),
  `user` BIGINT NOT NULL,
  `_previous_email` VARCHAR(150),
  `_email` VARCHAR(150),
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `used_on_datetime` DATETIME,
  `reverted_on_datetime` DATETIME,
  `requesting_ip` VARCHAR(45) NOT NULL,
  `updating_ip` VARCHAR(45),
  `reverting_ip` VARCHAR(45),
  `used` SMALLINT NOT NULL DEFAULT 0,
  `_email_crypt` LONGBLOB NOT NULL,
  `_previous_email_crypt` LONGBLOB,
  `_email_hash` LONGBLOB NOT NULL,
  `_previous_email_hash` LONGBLOB,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_email_activation_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_geokrety` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `gkid` BIGINT,
  `tracking_code` VARCHAR(9),
  `name` VARCHAR(75) NOT NULL,
  `mission` TEXT,
  `owner` BIGINT,
  `distance` BIGINT NOT NULL DEFAULT 0,
  `caches_count` INT NOT NULL DEFAULT 0,
  `pictures_count` SMALLINT NOT NULL DEFAULT 0,
  `last_position` BIGINT,
  `last_log` BIGINT,
  `holder` BIGINT,
  `avatar` BIGINT,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `missing` TINYINT(1) NOT NULL DEFAULT 0,
  `type` SMALLINT NOT NULL,
  `label_template` INT,
  `legacy_mission` TEXT,
  `born_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `non_collectible` DATETIME(6),
  `parked` DATETIME(6),
  `label_languages` VARCHAR(128),
  `comments_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `loves_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_geokret_gkid` (`gkid`),
  UNIQUE KEY `idx_geokrety_tracking_code` (`tracking_code`),
  CONSTRAINT `gk_geokrety_avatar_fkey` FOREIGN KEY (`avatar`) REFERENCES `gk_pictures` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `gk_geokrety_holder_fkey` FOREIGN KEY (`holder`) REFERENCES `gk_users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `gk_geokrety_label_template_fkey` FOREIGN KEY (`label_template`) REFERENCES `gk_labels` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_geokrety_last_log_fkey` FOREIGN KEY (`last_log`) REFERENCES `gk_moves` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_geokrety_last_position_fkey` FOREIGN KEY (`last_position`) REFERENCES `gk_moves` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_geokrety_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `gk_users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE `gk_geokrety_rating` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `geokret` BIGINT NOT NULL,
  `author` BIGINT NOT NULL,
  `rate` SMALLINT NOT NULL,
  `rated_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_geokrety_rating_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_geokrety_rating_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_awards` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `start_on_datetime` DATETIME(6),
  `end_on_datetime` DATETIME(6),
  `description` TEXT NOT NULL,
  `filename` VARCHAR(128) NOT NULL,
  `type` ENUM('manual','automatic') NOT NULL,
  `group` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_awards_group_fkey` FOREIGN KEY (`group`) REFERENCES `gk_awards_group` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_awards_group` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gk_email_revalidate` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `used` SMALLINT NOT NULL DEFAULT 0,
  `_email` VARCHAR(128),
  `token` VARCHAR(60),
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `validated_on_datetime` DATETIME(6),
  `expired_on_datetime` DATETIME(6),
  `disabled_on_datetime` DATETIME(6),
  `validating_ip` VARCHAR(45),
  `_email_crypt` LONGBLOB NOT NULL,
  `_email_hash` LONGBLOB NOT NULL,
  `last_notification_datetime` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_token_unique` (`token`),
  CONSTRAINT `gk_email_revalidate_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_moves` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `geokret` BIGINT NOT NULL,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `elevation` INT DEFAULT -32768,
  `country` VARCHAR(3),
  `distance` INT,
  `waypoint` VARCHAR(11),
  `author` BIGINT,
  `comment` VARCHAR(5120),
  `pictures_count` SMALLINT NOT NULL DEFAULT 0,
  `comments_count` INT NOT NULL DEFAULT 0,
  `username` VARCHAR(80),
  `app` VARCHAR(16),
  `app_ver` VARCHAR(128),
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `moved_on_datetime` DATETIME NOT NULL,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `move_type` SMALLINT NOT NULL,
  `position` GEOMETRY,
  `comment_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `previous_move_id` BIGINT,
  `previous_position_id` BIGINT,
  `km_distance` DECIMAL(8,3),
  `logged_at_author_home` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_gk_moves_previous_move` FOREIGN KEY (`previous_move_id`) REFERENCES `gk_moves` (`id`),
  CONSTRAINT `fk_gk_moves_previous_position` FOREIGN KEY (`previous_position_id`) REFERENCES `gk_moves` (`id`),
  CONSTRAINT `gk_moves_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `gk_moves_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `gk_labels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `template` VARCHAR(128) NOT NULL,
  `title` VARCHAR(512) NOT NULL,
  `author` VARCHAR(128) NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gk_loves` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT NOT NULL,
  `geokret` INT NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_gk_loves_user_geokret` (`user`, `geokret`)
);

CREATE TABLE `gk_mails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(10),
  `from_user` BIGINT,
  `to_user` BIGINT,
  `subject` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `sent_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ip` VARCHAR(45) NOT NULL,
  UNIQUE KEY `gk_mails_token_uniq` (`token`),
  UNIQUE KEY `idx_21024_id_maila` (`id`),
  CONSTRAINT `gk_mails_from_user_fkey` FOREIGN KEY (`from_user`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_mails_to_user_fkey` FOREIGN KEY (`to_user`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `gk_moves_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `move` BIGINT NOT NULL,
  `geokret` BIGINT,
  `author` BIGINT,
  `content` VARCHAR(500) NOT NULL,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_moves_comments_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_moves_comments_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_moves_comments_move_fkey` FOREIGN KEY (`move`) REFERENCES `gk_moves` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_news` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(128) NOT NULL,
  `content` TEXT NOT NULL,
  `author_name` VARCHAR(80),
  `author` BIGINT,
  `comments_count` INT NOT NULL DEFAULT 0,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_commented_on_datetime` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_news_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `gk_news_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `news` BIGINT NOT NULL,
  `author` BIGINT,
  `content` VARCHAR(1000) NOT NULL,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_news_comments_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gk_news_comments_news_fkey` FOREIGN KEY (`news`) REFERENCES `gk_news` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_news_comments_access` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `news` BIGINT NOT NULL,
  `author` BIGINT NOT NULL,
  `last_read_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `subscribed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_news_comments_access_news_author` (`news`, `author`),
  CONSTRAINT `gk_news_comments_access_author_fkey` FOREIGN KEY (`author`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_news_comments_access_news_fkey` FOREIGN KEY (`news`) REFERENCES `gk_news` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_owner_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `geokret` BIGINT NOT NULL,
  `token` VARCHAR(20),
  `generated_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `claimed_on_datetime` DATETIME,
  `adopter` BIGINT,
  `validating_ip` VARCHAR(45),
  `used` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_21085_code` (`token`),
  CONSTRAINT `gk_owner_codes_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_owner_codes_user_fkey` FOREIGN KEY (`adopter`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `gk_password_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(60),
  `user` BIGINT NOT NULL,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `used_on_datetime` DATETIME,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `requesting_ip` VARCHAR(45) NOT NULL,
  `used` SMALLINT NOT NULL DEFAULT 0,
  `validating_ip` VARCHAR(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_password_tokens_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_races` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `organizer` BIGINT,
  `private` TINYINT(1) NOT NULL DEFAULT 0,
  `password` VARCHAR(16),
  `title` VARCHAR(128) NOT NULL,
  `description` TEXT NOT NULL,
  `start_on_datetime` DATETIME NOT NULL,
  `end_on_datetime` DATETIME NOT NULL,
  `target_dist` BIGINT,
  `target_caches` BIGINT,
  `waypoint` VARCHAR(11),
  `target_lat` DOUBLE,
  `target_lon` DOUBLE,
  `type` VARCHAR(32) NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_races_organizer_fkey` FOREIGN KEY (`organizer`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `gk_races_participants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `race` BIGINT NOT NULL,
  `geokret` BIGINT NOT NULL,
  `initial_distance` BIGINT NOT NULL,
  `initial_caches_count` INT NOT NULL,
  `distance_to_destination` BIGINT,
  `joined_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `finished_on_datetime` DATETIME,
  `finish_distance` BIGINT NOT NULL,
  `finish_caches_count` INT NOT NULL,
  `finish_lat` DOUBLE,
  `finish_lon` DOUBLE,
  UNIQUE KEY `idx_21125_racegkid` (`id`),
  CONSTRAINT `gk_races_participants_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_races_participants_race_fkey` FOREIGN KEY (`race`) REFERENCES `gk_races` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_rate_limit_overrides` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` INT NOT NULL,
  `level` SMALLINT NOT NULL DEFAULT 0,
  `starts_at` DATETIME(6),
  `ends_at` DATETIME(6),
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `gk_site_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `value` VARCHAR(256),
  `created_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_site_settings_name` (`name`),
  CONSTRAINT `gk_site_settings_name_fkey` FOREIGN KEY (`name`) REFERENCES `gk_site_settings_parameters` (`name`) ON DELETE CASCADE
);

CREATE TABLE `gk_site_settings_parameters` (
  `name` VARCHAR(64) NOT NULL,
  `type` VARCHAR(32) NOT NULL DEFAULT 'string',
  `default` VARCHAR(256),
  `description` TEXT,
  `created_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`)
);

CREATE TABLE `gk_social_auth_providers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gk_statistics_counters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(32) NOT NULL,
  `value` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_unique` (`name`)
);

CREATE TABLE `gk_statistics_daily_counters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` DATE NOT NULL,
  `day_total` INT NOT NULL,
  `geokrety_created` INT NOT NULL,
  `geokrety_created_total` INT NOT NULL,
  `geokrety_in_caches` INT NOT NULL,
  `percentage_in_caches` DOUBLE NOT NULL,
  `users_registered` INT NOT NULL,
  `users_registered_total` INT NOT NULL,
  `moves_created` BIGINT NOT NULL,
  `moves_created_total` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_statistics_daily_counters_date` (`date`)
);

CREATE TABLE `gk_users_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `value` VARCHAR(256),
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_users_settings_user_name` (`user`, `name`),
  CONSTRAINT `gk_users_settings_name_fkey` FOREIGN KEY (`name`) REFERENCES `gk_users_settings_parameters` (`name`) ON DELETE CASCADE,
  CONSTRAINT `gk_users_settings_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_users_settings_parameters` (
  `name` VARCHAR(64) NOT NULL,
  `type` VARCHAR(32) NOT NULL DEFAULT 'string',
  `default` VARCHAR(256),
  `description` TEXT,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`)
);

CREATE TABLE `gk_users_social_auth` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `provider` INT NOT NULL,
  `uid` TEXT NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_users_social_auth_user_provider` (`user`, `provider`),
  CONSTRAINT `gk_users_social_auth_provider_fkey` FOREIGN KEY (`provider`) REFERENCES `gk_social_auth_providers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_users_social_auth_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_users_username_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `username_old` VARCHAR(128) NOT NULL,
  `username_new` VARCHAR(128) NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `gk_users_username_history_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_watched` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `geokret` BIGINT NOT NULL,
  `created_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_watched_user_geokret` (`user`, `geokret`),
  CONSTRAINT `gk_watched_geokret_fkey` FOREIGN KEY (`geokret`) REFERENCES `gk_geokrety` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_watched_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gk_waypoints_gc` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `waypoint` VARCHAR(11) NOT NULL,
  `country` VARCHAR(3),
  `elevation` INT,
  `position` GEOMETRY NOT NULL,
  `lat` DOUBLE,
  `lon` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_waypoints_gc_waypoint` (`waypoint`)
);

CREATE TABLE `gk_waypoints_oc` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `waypoint` VARCHAR(11) NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `elevation` INT,
  `country` TEXT,
  `name` VARCHAR(255),
  `owner` VARCHAR(150),
  `type` VARCHAR(200),
  `country_name` VARCHAR(200),
  `link` VARCHAR(255),
  `added_on_datetime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `provider` VARCHAR(128),
  `position` GEOMETRY,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_waypoint_unique` (`waypoint`)
);

CREATE TABLE `gk_waypoints_sync` (
  `service_id` VARCHAR(128) NOT NULL,
  `revision` BIGINT,
  `id` INT NOT NULL AUTO_INCREMENT,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  `last_success_datetime` DATETIME(6),
  `last_error_datetime` DATETIME(6),
  `error_count` INT NOT NULL DEFAULT 0,
  `wpt_count` INT NOT NULL DEFAULT 0,
  `last_error` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_waypoints_sync_service_id` (`service_id`)
);

CREATE TABLE `gk_waypoints_types` (
  `type` VARCHAR(255) NOT NULL,
  `cache_type` VARCHAR(255),
  UNIQUE KEY `gk_waypoints_types_type` (`type`)
);

CREATE TABLE `gk_yearly_ranking` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `year` INT NOT NULL,
  `user` BIGINT,
  `rank` INT NOT NULL,
  `group` BIGINT NOT NULL,
  `distance` INT,
  `count` INT NOT NULL,
  `award` BIGINT NOT NULL,
  `awarded_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_on_datetime` DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gk_yearly_ranking_uniq` (`year`, `user`, `award`),
  CONSTRAINT `gk_yearly_ranking_award_fkey` FOREIGN KEY (`award`) REFERENCES `gk_awards_won` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_yearly_ranking_group_fkey` FOREIGN KEY (`group`) REFERENCES `gk_awards_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gk_yearly_ranking_user_fkey` FOREIGN KEY (`user`) REFERENCES `gk_users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `scripts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `last_run_datetime` DATETIME(6),
  `last_page` BIGINT,
  `locked_on_datetime` DATETIME(6),
  `acked_on_datetime` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_21189_name` (`name`)
);

CREATE TABLE `sessions` (
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `ip` VARCHAR(45),
  `agent` VARCHAR(300),
  `stamp` INT,
  `persistent` TINYINT(1) NOT NULL DEFAULT 0,
  `on_behalf` VARCHAR(32) NOT NULL,
  `user` BIGINT,
  PRIMARY KEY (`session_id`),
  UNIQUE KEY `sessions_on_behalf` (`on_behalf`)
);

CREATE TABLE `actions_logs` (
  `log_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `event` TEXT,
  `author` BIGINT,
  `ip` VARCHAR(45),
  `context` JSON,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author` BIGINT,
  `ip` VARCHAR(45) NOT NULL,
  `route` VARCHAR(256) NOT NULL,
  `payload` JSON NOT NULL,
  `created_on_datetime` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `errors` JSON,
  `session` VARCHAR(255) NOT NULL DEFAULT '',
  `user_agent` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `waypoints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `waypoint_code` VARCHAR(20) NOT NULL,
  `source` CHAR(2) NOT NULL DEFAULT 'UK',
  `lat` DOUBLE,
  `lon` DOUBLE,
  `country` CHAR(2),
  `first_seen_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_waypoints_code` (`waypoint_code`)
);

CREATE TABLE `daily_active_users` (
  `activity_date` DATE NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`activity_date`, `user_id`)
);

CREATE TABLE `first_finder_events` (
  `gk_id` INT NOT NULL,
  `finder_user_id` INT NOT NULL,
  `move_id` BIGINT NOT NULL,
  `move_type` SMALLINT NOT NULL,
  `hours_since_creation` SMALLINT NOT NULL,
  `found_at` DATETIME(6) NOT NULL,
  `gk_created_at` DATETIME(6) NOT NULL,
  `recorded_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`gk_id`)
);

CREATE TABLE `gk_related_users` (
  `geokrety_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `interaction_count` BIGINT NOT NULL DEFAULT 0,
  `first_interaction` DATETIME(6) NOT NULL,
  `last_interaction` DATETIME(6) NOT NULL,
  PRIMARY KEY (`geokrety_id`, `user_id`)
);

CREATE TABLE `user_cache_visits` (
  `user_id` INT NOT NULL,
  `waypoint_id` BIGINT NOT NULL,
  `visit_count` BIGINT NOT NULL DEFAULT 0,
  `first_visited_at` DATETIME(6) NOT NULL,
  `last_visited_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`, `waypoint_id`),
  CONSTRAINT `fk_user_cache_visits_waypoint` FOREIGN KEY (`waypoint_id`) REFERENCES `waypoints` (`id`)
);

CREATE TABLE `user_countries` (
  `user_id` INT NOT NULL,
  `country_code` CHAR(2) NOT NULL,
  `move_count` BIGINT NOT NULL DEFAULT 0,
  `first_visit` DATETIME(6) NOT NULL,
  `last_visit` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`, `country_code`)
);

CREATE TABLE `user_related_users` (
  `user_id` INT NOT NULL,
  `related_user_id` INT NOT NULL,
  `shared_geokrety_count` BIGINT NOT NULL DEFAULT 0,
  `first_seen_at` DATETIME(6) NOT NULL,
  `last_seen_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`, `related_user_id`)
);

CREATE TABLE `daily_activity` (
  `activity_date` DATE NOT NULL,
  `total_moves` BIGINT NOT NULL DEFAULT 0,
  `drops` BIGINT NOT NULL DEFAULT 0,
  `grabs` BIGINT NOT NULL DEFAULT 0,
  `comments` BIGINT NOT NULL DEFAULT 0,
  `sees` BIGINT NOT NULL DEFAULT 0,
  `archives` BIGINT NOT NULL DEFAULT 0,
  `dips` BIGINT NOT NULL DEFAULT 0,
  `km_contributed` DECIMAL(14,3) NOT NULL DEFAULT 0,
  `points_contributed` DECIMAL(16,4) NOT NULL DEFAULT 0,
  `gk_created` BIGINT NOT NULL DEFAULT 0,
  `pictures_uploaded_total` BIGINT NOT NULL DEFAULT 0,
  `pictures_uploaded_avatar` BIGINT NOT NULL DEFAULT 0,
  `pictures_uploaded_move` BIGINT NOT NULL DEFAULT 0,
  `pictures_uploaded_user` BIGINT NOT NULL DEFAULT 0,
  `loves_count` BIGINT NOT NULL DEFAULT 0,
  `users_registered` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`activity_date`)
);

SET FOREIGN_KEY_CHECKS=1;
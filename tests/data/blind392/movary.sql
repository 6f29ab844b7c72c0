-- Movary (leepeuker/movary; self-hosted movie watch history and rating tracker), MIT
-- Upstream: github.com/leepeuker/movary commit c5ec0309a97fb7ffc5b2c8688727305ddfdc302e
-- Source: the SQL of the 76 Phinx migrations db/migrations/mysql/*.php (the up() methods' execute() statements, in
-- file order) replayed in MariaDB 10.11 and dumped with mysqldump --no-data; tables reordered so that a referenced
-- table comes first. All 25 tables kept (Phinx's own phinxlog is not created by the migrations and is not included).
CREATE TABLE `cache_letterboxd_diary` (
  `diary_id` varchar(255) NOT NULL,
  `letterboxd_id` varchar(4) NOT NULL,
  PRIMARY KEY (`diary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache_tmdb_languages` (
  `iso_639_1` char(2) NOT NULL,
  `english_name` varchar(256) NOT NULL,
  PRIMARY KEY (`iso_639_1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `company` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `origin_country` char(2) DEFAULT NULL,
  `tmdb_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tmdb_id` (`tmdb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `country` (
  `iso_3166_1` char(2) NOT NULL,
  `english_name` varchar(255) NOT NULL,
  `updated_at` datetime DEFAULT NULL ON UPDATE current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`iso_3166_1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `genre` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `tmdb_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `tmdb_id` (`tmdb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `trakt_id` int(10) unsigned DEFAULT NULL,
  `imdb_id` varchar(10) DEFAULT NULL,
  `tmdb_id` int(10) unsigned NOT NULL,
  `letterboxd_id` char(4) DEFAULT NULL,
  `poster_path` varchar(255) DEFAULT NULL,
  `tagline` text DEFAULT NULL,
  `overview` text DEFAULT NULL,
  `original_language` varchar(2) DEFAULT NULL,
  `runtime` smallint(6) DEFAULT NULL,
  `release_date` date DEFAULT NULL,
  `tmdb_vote_average` decimal(3,1) DEFAULT NULL,
  `tmdb_vote_count` int(10) unsigned DEFAULT NULL,
  `tmdb_poster_path` varchar(255) DEFAULT NULL,
  `tmdb_backdrop_path` varchar(255) DEFAULT NULL,
  `imdb_rating_average` double(3,1) DEFAULT NULL,
  `imdb_rating_vote_count` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `updated_at_tmdb` datetime DEFAULT NULL,
  `updated_at_imdb` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trakt_id` (`trakt_id`),
  UNIQUE KEY `imdb_id` (`imdb_id`),
  UNIQUE KEY `tmdb_id` (`tmdb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_genre` (
  `genre_id` int(10) unsigned NOT NULL,
  `movie_id` int(10) unsigned NOT NULL,
  `position` smallint(5) unsigned DEFAULT NULL,
  UNIQUE KEY `genre_id` (`genre_id`,`movie_id`),
  UNIQUE KEY `movie_id` (`movie_id`,`position`),
  CONSTRAINT `movie_genre_ibfk_1` FOREIGN KEY (`genre_id`) REFERENCES `genre` (`id`),
  CONSTRAINT `movie_genre_ibfk_2` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_production_company` (
  `company_id` int(10) unsigned NOT NULL,
  `movie_id` int(10) unsigned NOT NULL,
  `position` smallint(5) unsigned DEFAULT NULL,
  UNIQUE KEY `company_id` (`company_id`,`movie_id`),
  UNIQUE KEY `movie_id` (`movie_id`,`position`),
  CONSTRAINT `movie_production_company_ibfk_1` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `movie_production_company_ibfk_2` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_production_countries` (
  `movie_id` int(10) unsigned NOT NULL,
  `iso_3166_1` char(2) NOT NULL,
  `position` tinyint(4) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`movie_id`,`iso_3166_1`),
  KEY `iso_3166_1` (`iso_3166_1`),
  CONSTRAINT `movie_production_countries_ibfk_1` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE,
  CONSTRAINT `movie_production_countries_ibfk_2` FOREIGN KEY (`iso_3166_1`) REFERENCES `country` (`iso_3166_1`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `gender` enum('0','1','2','3') NOT NULL,
  `known_for_department` varchar(256) DEFAULT NULL,
  `poster_path` varchar(255) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `biography` text DEFAULT NULL,
  `place_of_birth` varchar(255) DEFAULT NULL,
  `death_date` date DEFAULT NULL,
  `tmdb_id` int(10) unsigned DEFAULT NULL,
  `imdb_id` varchar(10) DEFAULT NULL,
  `tmdb_poster_path` varchar(255) DEFAULT NULL,
  `updated_at_tmdb` datetime DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tmdb_id` (`tmdb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_cast` (
  `person_id` int(10) unsigned NOT NULL,
  `movie_id` int(10) unsigned NOT NULL,
  `character_name` text DEFAULT NULL,
  `position` smallint(5) unsigned DEFAULT NULL,
  UNIQUE KEY `movie_id` (`movie_id`,`position`),
  KEY `person_id` (`person_id`),
  CONSTRAINT `movie_cast_ibfk_1` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `movie_cast_ibfk_2` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_crew` (
  `person_id` int(10) unsigned NOT NULL,
  `movie_id` int(10) unsigned NOT NULL,
  `job` varchar(256) NOT NULL,
  `department` varchar(256) NOT NULL,
  `position` smallint(5) unsigned DEFAULT NULL,
  UNIQUE KEY `movie_id` (`movie_id`,`position`),
  KEY `person_id` (`person_id`),
  CONSTRAINT `movie_crew_ibfk_1` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `movie_crew_ibfk_2` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `server_setting` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `name` varchar(256) NOT NULL,
  `password` varchar(255) NOT NULL,
  `totp_uri` char(255) DEFAULT NULL,
  `is_admin` tinyint(1) DEFAULT 0,
  `dashboard_visible_rows` text DEFAULT NULL,
  `dashboard_extended_rows` text DEFAULT NULL,
  `dashboard_order_rows` text DEFAULT NULL,
  `jellyfin_access_token` char(128) DEFAULT NULL,
  `jellyfin_user_id` char(128) DEFAULT NULL,
  `jellyfin_server_url` char(128) DEFAULT NULL,
  `jellyfin_sync_enabled` tinyint(1) DEFAULT 0,
  `jellyfin_webhook_uuid` char(36) DEFAULT NULL,
  `emby_webhook_uuid` char(36) DEFAULT NULL,
  `kodi_webhook_uuid` char(36) DEFAULT NULL,
  `jellyfin_scrobble_views` tinyint(4) NOT NULL DEFAULT 1,
  `emby_scrobble_views` tinyint(4) NOT NULL DEFAULT 1,
  `kodi_scrobble_views` tinyint(4) NOT NULL DEFAULT 1,
  `privacy_level` tinyint(3) unsigned DEFAULT 1,
  `date_format_id` tinyint(3) unsigned DEFAULT 0,
  `plex_webhook_uuid` char(36) DEFAULT NULL,
  `trakt_user_name` varchar(255) DEFAULT NULL,
  `trakt_client_id` varchar(255) DEFAULT NULL,
  `plex_client_id` char(64) DEFAULT NULL,
  `plex_client_temporary_code` char(64) DEFAULT NULL,
  `plex_access_token` char(128) DEFAULT NULL,
  `plex_account_id` char(64) DEFAULT NULL,
  `plex_server_url` char(128) DEFAULT NULL,
  `plex_scrobble_views` tinyint(4) NOT NULL DEFAULT 1,
  `plex_scrobble_ratings` tinyint(4) NOT NULL DEFAULT 0,
  `radarr_feed_uuid` char(36) DEFAULT NULL,
  `watchlist_automatic_removal_enabled` tinyint(4) NOT NULL DEFAULT 1,
  `country` char(2) DEFAULT NULL,
  `display_character_names` tinyint(1) DEFAULT 1,
  `locations_enabled` tinyint(1) DEFAULT 1,
  `display_tmdb_rating` tinyint(4) NOT NULL DEFAULT 1,
  `display_imdb_rating` tinyint(4) NOT NULL DEFAULT 1,
  `mastodon_enabled` tinyint(4) NOT NULL DEFAULT 0,
  `mastodon_username` text DEFAULT NULL,
  `mastodon_access_token` text DEFAULT NULL,
  `mastodon_post_automatic` tinyint(4) NOT NULL DEFAULT 1,
  `mastodon_post_visibility` enum('public','private','unlisted','direct') NOT NULL DEFAULT 'public',
  `core_account_changes_disabled` tinyint(3) unsigned DEFAULT 0,
  `created_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache_trakt_user_movie_rating` (
  `trakt_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `rating` tinyint(3) unsigned DEFAULT NULL,
  `rated_at` timestamp NOT NULL,
  PRIMARY KEY (`trakt_id`),
  KEY `cache_trakt_user_movie_rating_fk_user_id` (`user_id`),
  CONSTRAINT `cache_trakt_user_movie_rating_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache_trakt_user_movie_watched` (
  `trakt_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `last_updated_at` datetime NOT NULL,
  UNIQUE KEY `uniqueTraktId` (`trakt_id`),
  KEY `cache_trakt_user_movie_watched_fk_user_id` (`user_id`),
  CONSTRAINT `cache_trakt_user_movie_watched_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `job_queue` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `job_type` varchar(64) NOT NULL,
  `job_status` varchar(32) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `parameters` text DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `index_job_status` (`job_status`),
  KEY `index_job_type` (`job_type`),
  CONSTRAINT `job_queue_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `location` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `name` text NOT NULL,
  `is_cinema` tinyint(1) DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT NULL ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `location_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_user_rating` (
  `movie_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `rating` tinyint(4) NOT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  PRIMARY KEY (`movie_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `movie_user_rating_ibfk_1` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE,
  CONSTRAINT `movie_user_rating_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `movie_user_watch_dates` (
  `movie_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `watched_at` date DEFAULT NULL,
  `plays` smallint(6) DEFAULT 1,
  `comment` text DEFAULT NULL,
  `position` smallint(6) NOT NULL DEFAULT 1,
  `location_id` int(10) unsigned DEFAULT NULL,
  UNIQUE KEY `unique_watched_dates` (`movie_id`,`user_id`,`watched_at`),
  KEY `movie_history_fk_user_id` (`user_id`),
  KEY `fk_movie_user_watch_dates_location_id` (`location_id`),
  CONSTRAINT `fk_movie_user_watch_dates_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON DELETE CASCADE,
  CONSTRAINT `movie_history_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `movie_user_watch_dates_ibfk_1` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_api_token` (
  `user_id` int(10) unsigned NOT NULL,
  `token` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `user_api_token_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_auth_token` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `token` varchar(255) NOT NULL,
  `expiration_date` datetime NOT NULL,
  `created_at` timestamp NOT NULL,
  `device_name` varchar(256) NOT NULL,
  `user_agent` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `user_auth_token_fk_user_id` (`user_id`),
  CONSTRAINT `user_auth_token_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_jellyfin_cache` (
  `movary_user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `jellyfin_item_id` varchar(256) NOT NULL,
  `tmdb_id` int(10) unsigned NOT NULL,
  `watched` tinyint(1) NOT NULL,
  `last_watch_date` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`movary_user_id`,`jellyfin_item_id`),
  CONSTRAINT `user_jellyfin_cache_ibfk_1` FOREIGN KEY (`movary_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_person_settings` (
  `user_id` int(10) unsigned NOT NULL,
  `person_id` int(10) unsigned NOT NULL,
  `is_hidden_in_top_lists` tinyint(1) DEFAULT 0,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`user_id`,`person_id`),
  KEY `person_id` (`person_id`),
  CONSTRAINT `user_person_settings_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_person_settings_ibfk_2` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `watchlist` (
  `movie_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `added_at` timestamp NOT NULL,
  UNIQUE KEY `movie_id` (`movie_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `watchlist_ibfk_1` FOREIGN KEY (`movie_id`) REFERENCES `movie` (`id`) ON DELETE CASCADE,
  CONSTRAINT `watchlist_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

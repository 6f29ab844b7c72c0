-- Podlove Podcast Publisher 4.5.5 (WordPress podcast publishing and hosting plugin with download analytics;
-- PHP; tables beside WordPress core, default prefix wp_)
-- Upstream: github.com/podlove/podlove-publisher, commit a2fe5b2164352f11af2f5729c217601cbcae543e
-- (2026-08-17, tag 4.5.5, database version 169), licence MIT.
-- Source: the model classes' property declarations (Model::property(name, type [, index options]) in
-- lib/model/*.php and lib/modules/*/model/*.php, lib/modules/logging/log_table.php), from which
-- Podlove\Model\Base::build() writes CREATE TABLE IF NOT EXISTS with every property in declaration order and the
-- table name from the class name (namespace separators -> '_', 'Model_' removed, lower case, WordPress prefix).
-- Made by a script that reads those declarations and writes the same CREATE TABLE (upstream's column types as
-- written, the inline `id INT NOT NULL AUTO_INCREMENT PRIMARY KEY`, the table's utf8mb4_unicode_ci character set).
-- The core tables are those includes/setup.php builds on activation; the module tables those of the bundled
-- modules' activation hooks (contributors, social, transcripts, shownotes, seasons, related episodes, logging,
-- analytics heartbeat). Podlove declares no foreign keys; the one unique index (geoarea.geoname_id) is kept, the
-- convention indexes on id / *_id columns are left out. Episode columns that lib/version.php adds only temporarily
-- inside a migration (license_type, license_cc_*) are not part of a fresh install and are not here.
-- Left out: the Networks module's tables (multisite only: the podcast lists and network templates built in the
-- network's global_ scope) and WordPress core's own tables (posts, users, options -- the podcast's settings and
-- template assignments are kept in wp_options, not in tables).

CREATE TABLE `wp_podlove_feed` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `episode_asset_id` INT,
  `itunes_feed_id` INT,
  `name` VARCHAR(255),
  `title` VARCHAR(255),
  `slug` VARCHAR(255),
  `position` FLOAT,
  `redirect_url` VARCHAR(255),
  `redirect_http_status` INT,
  `enable` INT,
  `discoverable` INT,
  `limit_items` INT,
  `embed_content_encoded` INT,
  `optimize_content_encoded_html` TINYINT(1),
  `append_name_to_podcast_title` TINYINT(1),
  `protected` TINYINT(1),
  `protection_type` TINYINT(1),
  `protection_user` VARCHAR(60),
  `protection_password` VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_filetype` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  `type` VARCHAR(255),
  `mime_type` VARCHAR(255),
  `extension` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_episodeasset` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `title` VARCHAR(255),
  `identifier` VARCHAR(255),
  `file_type_id` INT,
  `suffix` VARCHAR(255),
  `downloadable` INT,
  `position` FLOAT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_mediafile` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `episode_id` INT,
  `episode_asset_id` INT,
  `size` INT,
  `etag` VARCHAR(255),
  `active` TINYINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_episode` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `post_id` INT,
  `title` TEXT,
  `subtitle` TEXT,
  `summary` TEXT,
  `number` INT UNSIGNED,
  `type` VARCHAR(10),
  `enable` INT,
  `slug` VARCHAR(255),
  `duration` VARCHAR(255),
  `cover_art` VARCHAR(255),
  `chapters` TEXT,
  `recording_date` DATETIME,
  `explicit` TINYINT,
  `license_name` TEXT,
  `license_url` TEXT,
  `soundbite_start` VARCHAR(255),
  `soundbite_duration` VARCHAR(255),
  `soundbite_title` VARCHAR(255),
  `slug_frozen` TINYINT DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_template` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `title` VARCHAR(255),
  `content` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_downloadintent` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_agent_id` INT,
  `media_file_id` INT,
  `request_id` VARCHAR(32),
  `accessed_at` DATETIME,
  `source` VARCHAR(255),
  `context` VARCHAR(255),
  `geo_area_id` INT,
  `lat` FLOAT,
  `lng` FLOAT,
  `httprange` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_downloadintentclean` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_agent_id` INT,
  `media_file_id` INT,
  `request_id` VARCHAR(32),
  `accessed_at` DATETIME,
  `source` VARCHAR(255),
  `context` VARCHAR(255),
  `geo_area_id` INT,
  `lat` FLOAT,
  `lng` FLOAT,
  `httprange` VARCHAR(255),
  `hours_since_release` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_useragent` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_agent` TEXT,
  `bot` TINYINT,
  `client_name` VARCHAR(255),
  `client_version` VARCHAR(255),
  `client_type` VARCHAR(255),
  `os_name` VARCHAR(255),
  `os_version` VARCHAR(255),
  `device_brand` VARCHAR(255),
  `device_model` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_geoarea` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `geoname_id` INT,
  `parent_id` INT,
  `code` VARCHAR(5),
  `type` VARCHAR(255),
  UNIQUE KEY `geoname_id` (`geoname_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_geoareaname` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `area_id` INT,
  `language` VARCHAR(5),
  `name` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_job` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `class` VARCHAR(255),
  `args` LONGTEXT,
  `steps_total` INT,
  `steps_progress` INT,
  `active_run_time` FLOAT,
  `state` LONGTEXT,
  `wakeups` INT,
  `sleeps` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_analyticsheartbeat_heartbeat` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `status_start` DATETIME,
  `status_end` DATETIME,
  `status` VARCHAR(255),
  `beats` INT UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_contributor` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `identifier` VARCHAR(255),
  `gender` VARCHAR(255),
  `organisation` TEXT,
  `department` TEXT,
  `jobtitle` TEXT,
  `avatar` TEXT,
  `flattr` VARCHAR(255),
  `publicemail` TEXT,
  `privateemail` TEXT,
  `realname` TEXT,
  `nickname` TEXT,
  `publicname` TEXT,
  `visibility` TINYINT(1),
  `guid` TEXT,
  `contributioncount` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_contributorrole` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `slug` VARCHAR(255),
  `title` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_contributorgroup` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `slug` VARCHAR(255),
  `title` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_episodecontribution` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contributor_id` INT,
  `episode_id` INT,
  `role_id` INT,
  `group_id` INT,
  `position` FLOAT,
  `comment` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_showcontribution` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contributor_id` INT,
  `show_id` INT,
  `role_id` INT,
  `group_id` INT,
  `position` FLOAT,
  `comment` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_contributors_defaultcontribution` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contributor_id` INT,
  `show_id` INT,
  `role_id` INT,
  `group_id` INT,
  `position` FLOAT,
  `comment` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_logging_logtable` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `channel` VARCHAR(255),
  `level` INTEGER,
  `message` LONGTEXT,
  `context` LONGTEXT,
  `time` INTEGER UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_relatedepisodes_episoderelation` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `left_episode_id` INT,
  `right_episode_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_seasons_season` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `title` VARCHAR(255),
  `subtitle` TEXT,
  `summary` TEXT,
  `image` TEXT,
  `start_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_shownotes_entry` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `episode_id` INT,
  `type` VARCHAR(255),
  `state` VARCHAR(255),
  `position` FLOAT,
  `unfurl_data` TEXT,
  `original_url` TEXT,
  `affiliate_url` TEXT,
  `url` TEXT,
  `title` TEXT,
  `description` TEXT,
  `site_name` TEXT,
  `site_url` TEXT,
  `icon` TEXT,
  `image` TEXT,
  `created_at` INT,
  `hidden` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_social_service` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `category` VARCHAR(255),
  `type` VARCHAR(255),
  `title` VARCHAR(255),
  `description` TEXT,
  `logo` TEXT,
  `url_scheme` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_social_showservice` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `service_id` INT,
  `value` TEXT,
  `title` TEXT,
  `position` FLOAT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_social_contributorservice` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contributor_id` INT,
  `service_id` INT,
  `value` TEXT,
  `title` TEXT,
  `position` FLOAT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_transcripts_transcript` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `episode_id` INT,
  `start` INT UNSIGNED,
  `end` INT UNSIGNED,
  `voice` VARCHAR(255),
  `content` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `wp_podlove_modules_transcripts_voiceassignment` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `episode_id` INT,
  `voice` VARCHAR(255),
  `contributor_id` INT UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- OpenBroadcaster Server "OBServer" 5.3.6 (OpenBroadcaster Inc.; community radio and TV playout management: media
-- library with approval and versions, playlists and live-assist buttons, players (playout devices) with station
-- IDs, shows and timeslots per player, alerts (emergency broadcasts), play logs, users, groups and permissions,
-- sessions, app keys, nonces, saved searches, translations; PHP, MySQL/MariaDB), github.com/openbroadcaster/observer,
-- tag v5.3.6 = commit d928abebe79cb9b8eed4a3bd3b218c3812b69cf6 (AGPL-3.0-or-later).
-- Source: a fresh installation made by upstream's own tools: db/dbclean.sql (the install dump, dbver 20160409)
-- loaded into MariaDB 10.11, then every core update of updates/20160906.php ... 20250407.php run in order by
-- upstream's CLI (`tools/cli/ob updates run core`), then the bundled logger module installed and updated
-- (`ob modules install logger`, `ob updates run module logger`: table module_logger); the result dumped table by
-- table (SHOW CREATE TABLE). Left out: the eleven tables that the updates keep as renamed leftovers of older
-- versions (_deprecated_media_countries, _deprecated_media_languages, _media_languages, _media_metadata,
-- _schedules, _schedules_media_cache, _schedules_recurring, _schedules_recurring_expanded, timeslots_old,
-- timeslots_recurring_old, timeslots_recurring_expanded_old) and with them the two foreign keys of media
-- (_deprecated_country_id, _deprecated_language_id) that point at them; the columns themselves are kept.
-- AUTO_INCREMENT counters and seed rows left out. Alphabetical order, moved only where a foreign key needs its
-- target first.

CREATE TABLE `countries` (
  `country_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `alpha2` varchar(2) DEFAULT NULL,
  `alpha3` varchar(3) NOT NULL,
  `code` varchar(3) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `region_sub` varchar(255) DEFAULT NULL,
  `region_intermediate` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`country_id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `alpha3` (`alpha3`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dayparting` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL DEFAULT '',
  `start_doy` smallint(3) unsigned DEFAULT NULL,
  `end_doy` smallint(3) unsigned DEFAULT NULL,
  `start_time` time DEFAULT NULL,
  `end_time` time DEFAULT NULL,
  `dow` set('Mon','Tue','Wed','Thu','Fri','Sat','Sun') DEFAULT NULL,
  `filters` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `languages` (
  `language_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id` varchar(3) NOT NULL,
  `part2b` varchar(3) DEFAULT NULL,
  `part2t` varchar(3) DEFAULT NULL,
  `part1` varchar(2) DEFAULT NULL,
  `scope` set('I','M','S') NOT NULL,
  `language_type` set('A','C','E','H','L','S') NOT NULL,
  `ref_name` varchar(150) NOT NULL,
  `comment` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `media_categories` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci PACK_KEYS=0 COMMENT='Master table ot track types';

CREATE TABLE `media_deleted` (
  `media_id` int(10) unsigned NOT NULL,
  `metadata` mediumtext NOT NULL,
  PRIMARY KEY (`media_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `media_genres` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT '',
  `description` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `media_category_id` int(10) unsigned NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `media_category_id` (`media_category_id`),
  CONSTRAINT `media_genres_ibfk_1` FOREIGN KEY (`media_category_id`) REFERENCES `media_categories` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='master table of musical type geners';

CREATE TABLE `media_metadata` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `order_id` int(10) unsigned NOT NULL DEFAULT 0,
  `settings` text DEFAULT NULL,
  `visibility` enum('visible','public') NOT NULL DEFAULT 'public',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `module_logger` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `datetime` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `controller` varchar(255) NOT NULL,
  `action` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `modules` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `directory` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `players` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(128) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `parent_player_id` int(10) unsigned DEFAULT NULL,
  `use_parent_schedule` tinyint(1) NOT NULL DEFAULT 0,
  `use_parent_ids` tinyint(1) NOT NULL DEFAULT 0,
  `use_parent_dynamic` tinyint(1) NOT NULL DEFAULT 0,
  `use_parent_playlist` tinyint(1) NOT NULL DEFAULT 0,
  `use_parent_alert` tinyint(1) DEFAULT NULL,
  `stream_url` varchar(255) NOT NULL,
  `support_audio` tinyint(1) NOT NULL,
  `support_video` tinyint(1) NOT NULL,
  `support_images` tinyint(1) NOT NULL,
  `support_linein` tinyint(1) NOT NULL DEFAULT 0,
  `timezone` varchar(64) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `ip_address` varchar(32) DEFAULT NULL,
  `owner_id` int(11) NOT NULL DEFAULT 0,
  `last_ip_address` varchar(48) DEFAULT NULL,
  `last_connect` int(10) unsigned DEFAULT NULL,
  `last_connect_schedule` int(10) unsigned DEFAULT NULL,
  `last_connect_emergency` int(10) unsigned DEFAULT NULL,
  `last_connect_playlog` int(10) unsigned DEFAULT NULL,
  `last_connect_media` int(10) unsigned DEFAULT NULL,
  `version` varchar(255) NOT NULL DEFAULT '',
  `default_playlist_id` int(10) unsigned DEFAULT NULL,
  `station_id_image_duration` mediumint(8) unsigned NOT NULL DEFAULT 15,
  `current_playlist_id` int(10) unsigned DEFAULT NULL,
  `current_playlist_end` int(10) unsigned DEFAULT NULL,
  `current_media_id` int(10) unsigned DEFAULT NULL,
  `current_media_end` int(10) unsigned DEFAULT NULL,
  `current_show_name` varchar(255) DEFAULT NULL,
  `longitude` decimal(8,5) DEFAULT NULL,
  `latitude` decimal(8,5) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent_device_id` (`parent_player_id`),
  CONSTRAINT `players_ibfk_1` FOREIGN KEY (`parent_player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='master table of places devices';

CREATE TABLE `notices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `event` varchar(255) NOT NULL,
  `player_id` int(10) unsigned DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `toggled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `event` (`event`,`player_id`),
  KEY `toggled` (`toggled`),
  KEY `device_id` (`player_id`),
  CONSTRAINT `notices_ibfk_1` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `playlists_items_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `duration` int(255) unsigned NOT NULL,
  `callback_model` varchar(255) NOT NULL,
  `callback_method` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playlog` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` int(10) unsigned NOT NULL,
  `media_id` int(10) unsigned NOT NULL,
  `artist` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `timestamp` decimal(12,2) NOT NULL,
  `context` enum('show','emerg','fallback') NOT NULL,
  `emerg_id` int(10) unsigned NOT NULL,
  `notes` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `device_id` (`player_id`,`emerg_id`),
  KEY `timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `value` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `setting` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `translations_languages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translations_sources` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `string` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translations_values` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `language_id` int(10) unsigned NOT NULL,
  `source_str` text NOT NULL,
  `result_str` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `translations_values_ibfk_1` FOREIGN KEY (`language_id`) REFERENCES `translations_languages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `uploads` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(32) NOT NULL,
  `expiry` int(11) unsigned NOT NULL,
  `type` enum('audio','image','video','document') DEFAULT NULL,
  `format` varchar(12) DEFAULT NULL,
  `duration` decimal(10,3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `username` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `last_access` int(10) unsigned NOT NULL,
  `created` int(10) unsigned NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `display_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_name` (`name`),
  KEY `username` (`username`),
  KEY `email` (`email`),
  KEY `active` (`enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `client_storage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `client_name` varchar(255) NOT NULL,
  `data` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `client_storage_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `media` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `artist` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `album` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `year` int(4) DEFAULT NULL,
  `type` enum('audio','image','video','document') NOT NULL DEFAULT 'audio',
  `category_id` int(10) unsigned DEFAULT NULL,
  `country` int(10) unsigned DEFAULT NULL,
  `language` int(10) unsigned DEFAULT NULL,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `genre_id` int(10) unsigned DEFAULT NULL,
  `comments` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `filename` text NOT NULL DEFAULT '',
  `file_hash` varchar(255) NOT NULL DEFAULT '',
  `file_location` varchar(2) NOT NULL DEFAULT '',
  `format` varchar(12) NOT NULL,
  `is_copyright_owner` tinyint(4) NOT NULL DEFAULT 1,
  `duration` decimal(10,3) DEFAULT NULL,
  `owner_id` int(10) unsigned DEFAULT 0,
  `created` int(11) unsigned NOT NULL,
  `updated` int(10) unsigned NOT NULL,
  `is_archived` tinyint(1) NOT NULL DEFAULT 0,
  `status` enum('private','visible','public') NOT NULL DEFAULT 'private',
  `dynamic_select` tinyint(1) NOT NULL DEFAULT 1,
  `properties` text DEFAULT NULL,
  `stream_version` smallint(5) unsigned DEFAULT NULL,
  `thumbnail_version` smallint(5) unsigned DEFAULT NULL,
  `_deprecated_country_id` int(10) unsigned DEFAULT NULL,
  `_deprecated_language_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `duration` (`duration`),
  KEY `owner_id` (`owner_id`),
  KEY `language_id` (`_deprecated_language_id`),
  KEY `country_id` (`_deprecated_country_id`),
  KEY `category_id` (`category_id`),
  KEY `genre_id` (`genre_id`),
  KEY `language` (`language`),
  KEY `country` (`country`),
  CONSTRAINT `media_ibfk_1` FOREIGN KEY (`category_id`) REFERENCES `media_categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `media_ibfk_4` FOREIGN KEY (`genre_id`) REFERENCES `media_genres` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `media_ibfk_5` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `media_ibfk_6` FOREIGN KEY (`language`) REFERENCES `languages` (`language_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `media_ibfk_7` FOREIGN KEY (`country`) REFERENCES `countries` (`country_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Dynamic table of tracks uploaded';

CREATE TABLE `alerts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `start` int(10) unsigned DEFAULT NULL,
  `stop` int(10) unsigned DEFAULT NULL,
  `duration` decimal(10,3) unsigned DEFAULT NULL,
  `frequency` int(10) unsigned NOT NULL,
  `mode` enum('interrupt','voicetrack') NOT NULL,
  `properties` text DEFAULT NULL,
  `item_id` int(10) unsigned NOT NULL,
  `player_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `device_id` (`player_id`),
  KEY `start_timestamp` (`start`,`stop`),
  KEY `user_id` (`user_id`),
  KEY `item_id` (`item_id`),
  CONSTRAINT `alerts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `alerts_ibfk_2` FOREIGN KEY (`item_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `alerts_ibfk_3` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `media_permissions_users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `media_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `media_id` (`media_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `media_permissions_users_ibfk_1` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `media_permissions_users_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `media_searches` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `query` text NOT NULL,
  `type` enum('saved','history') NOT NULL,
  `default` tinyint(1) NOT NULL,
  `description` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `type` (`type`),
  KEY `default` (`default`),
  CONSTRAINT `media_searches_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `media_tags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `media_id` int(10) unsigned NOT NULL,
  `media_metadata_column_id` int(10) unsigned NOT NULL,
  `tag` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `media_id` (`media_id`),
  KEY `media_metadata_column_id` (`media_metadata_column_id`),
  CONSTRAINT `media_tags_ibfk_1` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `media_tags_ibfk_2` FOREIGN KEY (`media_metadata_column_id`) REFERENCES `media_metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `media_versions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `media_id` int(10) unsigned NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `created` int(10) unsigned NOT NULL,
  `file_hash` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `format` varchar(12) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `duration` decimal(10,3) unsigned DEFAULT NULL,
  `notes` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `media_id` (`media_id`),
  CONSTRAINT `media_versions_ibfk_1` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `players_station_ids` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` int(10) unsigned NOT NULL,
  `media_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `device_id` (`player_id`),
  KEY `media_id` (`media_id`),
  CONSTRAINT `players_station_ids_ibfk_1` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `players_station_ids_ibfk_2` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `playlists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `owner_id` int(10) unsigned DEFAULT 0,
  `type` enum('standard','advanced','live_assist') NOT NULL DEFAULT 'standard',
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `file_location` varchar(2) NOT NULL,
  `description` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `status` enum('private','visible','public') NOT NULL DEFAULT 'private',
  `created` int(10) unsigned NOT NULL,
  `updated` int(10) unsigned NOT NULL,
  `properties` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `owner_id` (`owner_id`),
  CONSTRAINT `playlists_ibfk_1` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='master table of playlist';

CREATE TABLE `players_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` int(10) unsigned NOT NULL,
  `timestamp` int(10) unsigned NOT NULL,
  `media_id` int(10) unsigned DEFAULT NULL,
  `playlist_id` int(10) unsigned DEFAULT NULL,
  `media_end` int(10) unsigned DEFAULT NULL,
  `playlist_end` int(10) unsigned DEFAULT NULL,
  `show_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `media_id` (`media_id`),
  KEY `playlist_id` (`playlist_id`),
  KEY `players_log_ibfk_3` (`player_id`),
  CONSTRAINT `players_log_ibfk_1` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `players_log_ibfk_2` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `players_log_ibfk_3` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playlists_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `playlist_id` int(10) unsigned NOT NULL,
  `item_id` int(11) DEFAULT NULL,
  `item_type` enum('media','dynamic','station_id','breakpoint','custom','voicetrack') NOT NULL DEFAULT 'media',
  `ord` decimal(10,3) DEFAULT 0.000,
  `properties` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pl_id_index` (`playlist_id`),
  CONSTRAINT `playlists_items_ibfk_1` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Dynamic table of detail playlist';

CREATE TABLE `playlists_liveassist_buttons` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `playlist_id` int(10) unsigned NOT NULL,
  `order_id` int(10) unsigned NOT NULL,
  `button_playlist_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `playlist_id` (`playlist_id`,`order_id`),
  KEY `button_playlist_id` (`button_playlist_id`),
  CONSTRAINT `playlists_liveassist_buttons_ibfk_1` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `playlists_liveassist_buttons_ibfk_2` FOREIGN KEY (`button_playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `playlists_permissions_users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `playlist_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `playlist_id` (`playlist_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `playlists_permissions_users_ibfk_1` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `playlists_permissions_users_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shows` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `item_id` int(10) unsigned NOT NULL,
  `item_type` enum('media','playlist','linein') NOT NULL,
  `start` datetime NOT NULL,
  `show_end` datetime NOT NULL,
  `mode` enum('once','daily','weekly','monthly','xdays','xweeks','xmonths') NOT NULL,
  `recurring_interval` smallint(5) unsigned NOT NULL,
  `recurring_end` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_id` (`player_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `shows_ibfk_1` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `shows_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shows_expanded` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `show_id` int(10) unsigned NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `show_id` (`show_id`),
  CONSTRAINT `shows_expanded_ibfk_1` FOREIGN KEY (`show_id`) REFERENCES `shows` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shows_cache` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `show_expanded_id` int(10) unsigned DEFAULT NULL,
  `player_id` int(10) unsigned NOT NULL,
  `start` int(10) unsigned NOT NULL,
  `duration` int(10) unsigned NOT NULL,
  `data` mediumtext NOT NULL,
  `created` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_id` (`player_id`),
  KEY `show_expanded_id` (`show_expanded_id`),
  CONSTRAINT `shows_cache_ibfk_1` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `shows_cache_ibfk_2` FOREIGN KEY (`show_expanded_id`) REFERENCES `shows_expanded` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `timeslots` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `player_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `start` datetime NOT NULL,
  `timeslot_end` datetime NOT NULL,
  `mode` enum('once','daily','weekly','monthly','xdays','xweeks','xmonths') NOT NULL,
  `recurring_interval` smallint(5) unsigned NOT NULL,
  `recurring_end` date NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `player_id` (`player_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `timeslots_ibfk_1` FOREIGN KEY (`player_id`) REFERENCES `players` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `timeslots_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `timeslots_expanded` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `timeslot_id` int(10) unsigned NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `timeslot_id` (`timeslot_id`),
  CONSTRAINT `timeslots_expanded_ibfk_1` FOREIGN KEY (`timeslot_id`) REFERENCES `timeslots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_appkeys` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `permissions` text NOT NULL DEFAULT '',
  `permissions_v2` text NOT NULL,
  `created` int(10) unsigned NOT NULL,
  `last_access` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_api_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_appkeys_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `media_permissions_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `media_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `media_id` (`media_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `media_permissions_groups_ibfk_1` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `media_permissions_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `users_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playlists_permissions_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `playlist_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `playlist_id` (`playlist_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `playlists_permissions_groups_ibfk_1` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `playlists_permissions_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `users_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_nonces` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `created` timestamp NULL DEFAULT current_timestamp(),
  `expiry` int(11) DEFAULT NULL,
  `delete_after_use` tinyint(1) NOT NULL DEFAULT 1,
  `scope` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_nonces_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_permissions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_permissions_to_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `permission_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `item_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `permission_id` (`permission_id`,`group_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `users_permissions_to_groups_ibfk_1` FOREIGN KEY (`permission_id`) REFERENCES `users_permissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_permissions_to_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `users_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_sessions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `key` varchar(255) NOT NULL,
  `key_expiry` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_sessions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `setting` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_settings_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `users_storage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userid_name_index` (`user_id`,`name`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_storage_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_to_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `users_to_groups_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_to_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `users_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


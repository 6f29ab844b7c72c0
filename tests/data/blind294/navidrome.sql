-- Navidrome (self-hosted music server with a Subsonic-compatible API; Go, SQLite)
-- Upstream: github.com/navidrome/navidrome, commit 295886cb9a432d375afa796ed8a32db0775464af
-- (2026-08-21, v0.63.2 + 111 commits), licence GPL-3.0.
-- Source: db/migrations/*.go and *.sql (133 goose migrations, 20200130083147 ... 20260819204637).
-- Made by replaying the migrations in goose's version order into an empty SQLite database with a script:
-- the Up part of every .sql migration; for every .go migration the DDL string literals of its Up function
-- (CREATE/ALTER/DROP TABLE and INDEX), in source order, with upstream's createAddColumnFunc helper
-- (add nullable, then rewrite to NOT NULL DEFAULT) reproduced for its three uses. Data-only steps
-- (queries, row copies, id canonicalisation, password encryption) change no structure and were skipped.
-- The resulting SQLite schema was written as MySQL by a script: column names and order as SQLite holds
-- them after the migrations; varchar without length and text key columns -> VARCHAR(255), text -> TEXT,
-- integer/int -> INTEGER/INT, real -> DOUBLE, bool/boolean -> BOOLEAN, datetime -> DATETIME,
-- timestamp -> TIMESTAMP, jsonb -> JSON; "collate NOCASE" dropped; the defaults current_time and
-- datetime(current_timestamp, 'localtime') written CURRENT_TIMESTAMP. Primary keys, UNIQUE constraints and
-- unique indexes, and foreign keys (with their ON DELETE / ON UPDATE actions) as upstream; secondary
-- indexes left out. Tables without a primary key upstream (annotation, bookmark, playqueue, ...) have none.
-- Left out: the FTS5 virtual tables media_file_fts, album_fts, artist_fts and their shadow tables.
-- Tables are ordered so that every foreign key points to a table created before it.

CREATE TABLE `property` (
  `id` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `transcoding` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `target_format` VARCHAR(255) NOT NULL,
  `command` VARCHAR(255) NOT NULL DEFAULT '',
  `default_bit_rate` INT DEFAULT 192,
  PRIMARY KEY (`id`),
  UNIQUE KEY `target_format_unique` (`target_format`),
  UNIQUE KEY `name_unique` (`name`)
);

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `user_name` VARCHAR(255) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `is_admin` BOOLEAN NOT NULL DEFAULT FALSE,
  `last_login_at` DATETIME,
  `last_access_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `scrobble_filter` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_name_unique` (`user_name`)
);

CREATE TABLE `playlist` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `comment` VARCHAR(255) NOT NULL DEFAULT '',
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `song_count` INTEGER NOT NULL DEFAULT 0,
  `public` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  `sync` BOOLEAN NOT NULL DEFAULT FALSE,
  `size` INTEGER NOT NULL DEFAULT 0,
  `rules` VARCHAR(255),
  `evaluated_at` DATETIME,
  `owner_id` VARCHAR(255) NOT NULL,
  `uploaded_image` VARCHAR(255) DEFAULT '',
  `external_image_url` VARCHAR(255) DEFAULT '',
  `average_rating` DOUBLE NOT NULL DEFAULT 0,
  `imported_hash` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `playlist_tracks` (
  `id` INTEGER NOT NULL DEFAULT 0,
  `playlist_id` VARCHAR(255) NOT NULL,
  `media_file_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `playlist_tracks_pos` (`playlist_id`, `id`),
  FOREIGN KEY (`playlist_id`) REFERENCES `playlist` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `bookmark` (
  `user_id` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `comment` VARCHAR(255),
  `position` INTEGER,
  `changed_by` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  UNIQUE KEY `user_id_item_id_item_type_unique` (`user_id`, `item_id`, `item_type`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `user_props` (
  `user_id` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`user_id`, `key`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `playlist_fields` (
  `field` VARCHAR(255) NOT NULL,
  `playlist_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `playlist_fields_idx` (`field`, `playlist_id`),
  FOREIGN KEY (`playlist_id`) REFERENCES `playlist` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `library` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `remote_path` TEXT DEFAULT '',
  `last_scan_at` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_scan_started_at` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `full_scan_in_progress` BOOLEAN NOT NULL DEFAULT FALSE,
  `total_songs` INTEGER NOT NULL DEFAULT 0,
  `total_albums` INTEGER NOT NULL DEFAULT 0,
  `total_artists` INTEGER NOT NULL DEFAULT 0,
  `total_folders` INTEGER NOT NULL DEFAULT 0,
  `total_files` INTEGER NOT NULL DEFAULT 0,
  `total_missing_files` INTEGER NOT NULL DEFAULT 0,
  `total_size` INTEGER NOT NULL DEFAULT 0,
  `total_duration` DOUBLE DEFAULT 0,
  `default_new_users` BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `path_unique` (`path`),
  UNIQUE KEY `name_unique` (`name`)
);

CREATE TABLE `player` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255),
  `user_id` VARCHAR(255) NOT NULL,
  `client` VARCHAR(255) NOT NULL,
  `ip` VARCHAR(255),
  `last_seen` TIMESTAMP NULL,
  `max_bit_rate` INT DEFAULT 0,
  `transcoding_id` VARCHAR(255),
  `report_real_path` BOOLEAN NOT NULL DEFAULT FALSE,
  `scrobble_enabled` BOOLEAN DEFAULT TRUE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `artist` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `full_text` VARCHAR(255) DEFAULT '',
  `biography` VARCHAR(255) NOT NULL DEFAULT '',
  `small_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `medium_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `large_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `external_url` VARCHAR(255) NOT NULL DEFAULT '',
  `external_info_updated_at` DATETIME,
  `order_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_artist_id` VARCHAR(255) NOT NULL DEFAULT '',
  `missing` BOOLEAN NOT NULL DEFAULT FALSE,
  `similar_artists` JSON NOT NULL DEFAULT '[]',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `average_rating` DOUBLE NOT NULL DEFAULT 0,
  `search_normalized` TEXT NOT NULL DEFAULT '',
  `uploaded_image` VARCHAR(255) DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `album` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `embed_art_path` VARCHAR(255) NOT NULL DEFAULT '',
  `album_artist` VARCHAR(255) NOT NULL DEFAULT '',
  `min_year` INT NOT NULL DEFAULT 0,
  `max_year` INTEGER NOT NULL DEFAULT 0,
  `compilation` BOOLEAN NOT NULL DEFAULT FALSE,
  `song_count` INTEGER NOT NULL DEFAULT 0,
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `genre` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `full_text` VARCHAR(255) DEFAULT '',
  `album_artist_id` VARCHAR(255) DEFAULT '',
  `size` INTEGER NOT NULL DEFAULT 0,
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `small_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `medium_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `large_image_url` VARCHAR(255) NOT NULL DEFAULT '',
  `external_url` VARCHAR(255) NOT NULL DEFAULT '',
  `external_info_updated_at` DATETIME,
  `date` VARCHAR(255) NOT NULL DEFAULT '',
  `min_original_year` INT NOT NULL DEFAULT 0,
  `max_original_year` INT NOT NULL DEFAULT 0,
  `original_date` VARCHAR(255) NOT NULL DEFAULT '',
  `release_date` VARCHAR(255) NOT NULL DEFAULT '',
  `releases` INTEGER NOT NULL DEFAULT 0,
  `order_album_name` VARCHAR(255) NOT NULL DEFAULT '',
  `order_album_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_album_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_album_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `catalog_num` VARCHAR(255) NOT NULL DEFAULT '',
  `comment` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_artist_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_type` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_comment` VARCHAR(255) NOT NULL DEFAULT '',
  `discs` JSON NOT NULL DEFAULT '{}',
  `library_id` INTEGER NOT NULL DEFAULT 1,
  `imported_at` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `missing` BOOLEAN NOT NULL DEFAULT FALSE,
  `mbz_release_group_id` VARCHAR(255) NOT NULL DEFAULT '',
  `tags` JSON NOT NULL DEFAULT '{}',
  `participants` JSON NOT NULL DEFAULT '{}',
  `folder_ids` JSON NOT NULL DEFAULT '[]',
  `explicit_status` VARCHAR(255) NOT NULL DEFAULT '',
  `average_rating` DOUBLE NOT NULL DEFAULT 0,
  `search_participants` TEXT NOT NULL DEFAULT '',
  `search_normalized` TEXT NOT NULL DEFAULT '',
  `rg_album_gain` DOUBLE,
  `rg_album_peak` DOUBLE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE
);

CREATE TABLE `media_file` (
  `id` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  `title` VARCHAR(255) NOT NULL DEFAULT '',
  `album` VARCHAR(255) NOT NULL DEFAULT '',
  `artist` VARCHAR(255) NOT NULL DEFAULT '',
  `artist_id` VARCHAR(255) NOT NULL DEFAULT '',
  `album_artist` VARCHAR(255) NOT NULL DEFAULT '',
  `album_id` VARCHAR(255) NOT NULL DEFAULT '',
  `has_cover_art` BOOLEAN NOT NULL DEFAULT FALSE,
  `track_number` INTEGER NOT NULL DEFAULT 0,
  `disc_number` INTEGER NOT NULL DEFAULT 0,
  `year` INTEGER NOT NULL DEFAULT 0,
  `size` INTEGER NOT NULL DEFAULT 0,
  `suffix` VARCHAR(255) NOT NULL DEFAULT '',
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `bit_rate` INTEGER NOT NULL DEFAULT 0,
  `genre` VARCHAR(255) NOT NULL DEFAULT '',
  `compilation` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `full_text` VARCHAR(255) DEFAULT '',
  `album_artist_id` VARCHAR(255) DEFAULT '',
  `date` VARCHAR(255) NOT NULL DEFAULT '',
  `original_year` INT NOT NULL DEFAULT 0,
  `original_date` VARCHAR(255) NOT NULL DEFAULT '',
  `release_year` INT NOT NULL DEFAULT 0,
  `release_date` VARCHAR(255) NOT NULL DEFAULT '',
  `order_album_name` VARCHAR(255) NOT NULL DEFAULT '',
  `order_album_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `order_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_album_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_album_artist_name` VARCHAR(255) NOT NULL DEFAULT '',
  `sort_title` VARCHAR(255) NOT NULL DEFAULT '',
  `disc_subtitle` VARCHAR(255) NOT NULL DEFAULT '',
  `catalog_num` VARCHAR(255) NOT NULL DEFAULT '',
  `comment` VARCHAR(255) NOT NULL DEFAULT '',
  `order_title` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_recording_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_artist_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_artist_id` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_type` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_album_comment` VARCHAR(255) NOT NULL DEFAULT '',
  `mbz_release_track_id` VARCHAR(255) NOT NULL DEFAULT '',
  `channels` INTEGER NOT NULL DEFAULT 0,
  `lyrics` JSON NOT NULL DEFAULT '[]',
  `sample_rate` INTEGER NOT NULL DEFAULT 0,
  `library_id` INTEGER NOT NULL DEFAULT 1,
  `folder_id` VARCHAR(255) NOT NULL DEFAULT '',
  `pid` VARCHAR(255) NOT NULL DEFAULT '',
  `missing` BOOLEAN NOT NULL DEFAULT FALSE,
  `mbz_release_group_id` VARCHAR(255) NOT NULL DEFAULT '',
  `tags` JSON NOT NULL DEFAULT '{}',
  `participants` JSON NOT NULL DEFAULT '{}',
  `explicit_status` VARCHAR(255) NOT NULL DEFAULT '',
  `birth_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `rg_album_gain` DOUBLE,
  `rg_album_peak` DOUBLE,
  `rg_track_gain` DOUBLE,
  `rg_track_peak` DOUBLE,
  `average_rating` DOUBLE NOT NULL DEFAULT 0,
  `search_participants` TEXT NOT NULL DEFAULT '',
  `search_normalized` TEXT NOT NULL DEFAULT '',
  `codec` VARCHAR(255) NOT NULL DEFAULT '',
  `probe_data` TEXT NOT NULL DEFAULT '',
  `bpm` INTEGER,
  `bit_depth` INTEGER,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE
);

CREATE TABLE `radio` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `stream_url` VARCHAR(255) NOT NULL,
  `home_page_url` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `uploaded_image` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_unique` (`name`)
);

CREATE TABLE `media_file_artists` (
  `media_file_id` VARCHAR(255) NOT NULL,
  `artist_id` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT '',
  `sub_role` VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY `artist_id_media_file_id_role_sub_role_unique` (`artist_id`, `media_file_id`, `role`, `sub_role`),
  FOREIGN KEY (`artist_id`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`media_file_id`) REFERENCES `media_file` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tag` (
  `id` VARCHAR(255) NOT NULL,
  `tag_name` VARCHAR(255) NOT NULL DEFAULT '',
  `tag_value` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_name_tag_value_unique` (`tag_name`, `tag_value`)
);

CREATE TABLE `folder` (
  `id` VARCHAR(255) NOT NULL,
  `library_id` INTEGER NOT NULL,
  `path` VARCHAR(255) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `missing` BOOLEAN NOT NULL DEFAULT FALSE,
  `parent_id` VARCHAR(255) NOT NULL DEFAULT '',
  `num_audio_files` INTEGER NOT NULL DEFAULT 0,
  `num_playlists` INTEGER NOT NULL DEFAULT 0,
  `image_files` JSON NOT NULL DEFAULT '[]',
  `images_updated_at` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `hash` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE
);

CREATE TABLE `share` (
  `id` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME,
  `last_visited_at` DATETIME,
  `resource_ids` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `user_id` VARCHAR(255) NOT NULL,
  `downloadable` BOOLEAN NOT NULL DEFAULT FALSE,
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `resource_type` VARCHAR(255) NOT NULL DEFAULT '',
  `contents` VARCHAR(255) NOT NULL DEFAULT '',
  `format` VARCHAR(255) NOT NULL DEFAULT '',
  `max_bit_rate` INTEGER NOT NULL DEFAULT 0,
  `visit_count` INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `playqueue` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `current` INTEGER NOT NULL DEFAULT 0,
  `changed_by` VARCHAR(255),
  `items` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `position` INTEGER,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `annotation` (
  `user_id` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL DEFAULT '',
  `item_type` VARCHAR(255) NOT NULL DEFAULT '',
  `play_count` INTEGER DEFAULT 0,
  `play_date` DATETIME,
  `rating` INTEGER DEFAULT 0,
  `starred` BOOLEAN NOT NULL DEFAULT FALSE,
  `starred_at` DATETIME,
  `rated_at` DATETIME,
  UNIQUE KEY `user_id_item_id_item_type_unique` (`user_id`, `item_id`, `item_type`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `user_library` (
  `user_id` VARCHAR(255) NOT NULL,
  `library_id` INTEGER NOT NULL,
  PRIMARY KEY (`user_id`, `library_id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `library_tag` (
  `tag_id` VARCHAR(255) NOT NULL,
  `library_id` INTEGER NOT NULL,
  `album_count` INTEGER NOT NULL DEFAULT 0,
  `media_file_count` INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (`tag_id`, `library_id`),
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE
);

CREATE TABLE `plugin` (
  `id` VARCHAR(255) NOT NULL,
  `path` TEXT NOT NULL,
  `manifest` JSON NOT NULL,
  `config` JSON,
  `users` JSON,
  `all_users` BOOLEAN NOT NULL DEFAULT FALSE,
  `libraries` JSON,
  `all_libraries` BOOLEAN NOT NULL DEFAULT FALSE,
  `enabled` BOOLEAN NOT NULL DEFAULT FALSE,
  `last_error` TEXT,
  `sha256` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `allow_write_access` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `library_artist` (
  `library_id` INTEGER NOT NULL DEFAULT 1,
  `artist_id` VARCHAR(255) NOT NULL,
  `stats` TEXT DEFAULT '{}',
  UNIQUE KEY `library_id_artist_id_unique` (`library_id`, `artist_id`),
  FOREIGN KEY (`artist_id`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`library_id`) REFERENCES `library` (`id`) ON DELETE CASCADE
);

CREATE TABLE `scrobble_buffer` (
  `user_id` VARCHAR(255) NOT NULL,
  `service` VARCHAR(255) NOT NULL,
  `media_file_id` VARCHAR(255) NOT NULL,
  `play_time` DATETIME NOT NULL,
  `enqueue_time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `id` VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY `scrobble_buffer_id_ix` (`id`),
  UNIQUE KEY `user_id_service_media_file_id_play_time_unique` (`user_id`, `service`, `media_file_id`, `play_time`),
  FOREIGN KEY (`media_file_id`) REFERENCES `media_file` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `scrobbles` (
  `id` INTEGER NOT NULL,
  `media_file_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `submission_time` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`media_file_id`) REFERENCES `media_file` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `artwork` (
  `hash` VARCHAR(255) NOT NULL,
  `mime` TEXT NOT NULL,
  `width` INTEGER NOT NULL DEFAULT 0,
  `height` INTEGER NOT NULL DEFAULT 0,
  `size_bytes` INTEGER NOT NULL DEFAULT 0,
  `blur_hash` TEXT NOT NULL DEFAULT '',
  `thumb_hash` TEXT NOT NULL DEFAULT '',
  `dominant_color` TEXT NOT NULL DEFAULT '',
  `created_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`hash`)
);

CREATE TABLE `item_artwork` (
  `item_kind` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `image_type` VARCHAR(255) NOT NULL DEFAULT 'primary',
  `hash` TEXT NOT NULL DEFAULT '',
  `source` TEXT NOT NULL DEFAULT '',
  `source_path` TEXT NOT NULL DEFAULT '',
  `ref_mtime` INTEGER NOT NULL DEFAULT 0,
  `attempted_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `trace` JSON NOT NULL DEFAULT '[]',
  `last_failure` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`item_kind`, `item_id`, `image_type`)
);

CREATE TABLE `artwork_queue` (
  `item_kind` VARCHAR(255) NOT NULL,
  `item_id` VARCHAR(255) NOT NULL,
  `image_type` VARCHAR(255) NOT NULL DEFAULT 'primary',
  `priority` INTEGER NOT NULL DEFAULT 0,
  `attempts` INTEGER NOT NULL DEFAULT 0,
  `retry_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `enqueued_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `trace` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`item_kind`, `item_id`, `image_type`)
);

CREATE TABLE `album_artists` (
  `album_id` VARCHAR(255) NOT NULL,
  `artist_id` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT '',
  `sub_role` VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY `artist_id_album_id_role_sub_role_unique` (`artist_id`, `album_id`, `role`, `sub_role`),
  FOREIGN KEY (`artist_id`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`album_id`) REFERENCES `album` (`id`) ON DELETE CASCADE
);

CREATE TABLE `media_file_tags` (
  `media_file_id` VARCHAR(255) NOT NULL,
  `tag_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `media_file_id_tag_id_unique` (`media_file_id`, `tag_id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`media_file_id`) REFERENCES `media_file` (`id`) ON DELETE CASCADE
);

CREATE TABLE `album_tags` (
  `album_id` VARCHAR(255) NOT NULL,
  `tag_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `album_id_tag_id_unique` (`album_id`, `tag_id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`album_id`) REFERENCES `album` (`id`) ON DELETE CASCADE
);

-- PodFetch (self-hosted podcast downloader and podcatcher server with gPodder-compatible sync and an
-- Audiobookshelf-compatible API; Rust, Diesel, SQLite by default)
-- Upstream: github.com/SamTV12345/PodFetch, commit 189fb995c69827c9c91951f001f1d5a03c567706
-- (2026-08-08, v5.2.3 + 2 commits), licence Apache-2.0.
-- Source: migrations/sqlite/*/up.sql (Diesel migrations, 2023-03-02 ... 2026-07-16), the schema of the default
-- SQLite backend; the MySQL migration folder upstream holds only the first (2023) migration and two later ones.
-- Made by applying every up.sql in order to an empty SQLite database (no errors), then writing the resulting
-- schema as MySQL by a script from PRAGMA table_info / index_list / foreign_key_list: column names and order as
-- SQLite holds them after the table rebuilds; TEXT columns used in a key -> VARCHAR(255), other TEXT -> TEXT,
-- INTEGER -> INTEGER, BIGINT -> BIGINT, REAL -> DOUBLE, BOOLEAN -> BOOLEAN, DATETIME -> DATETIME, TIMESTAMP ->
-- TIMESTAMP, VARCHAR(255) kept. Primary keys, UNIQUE constraints and unique indexes, and foreign keys with their
-- ON DELETE actions as upstream; left out: CHECK constraints (role, kind, filter, replacement strategy and
-- triage status value lists), secondary indexes, the expression unique index on
-- audiobookshelf_media_progress (user_id, library_item_id, COALESCE(episode_id, '')) and the partial unique index
-- uq_transcripts_episode_generated, the FTS5 virtual table transcript_segments_fts with its shadow tables, and
-- SQLite's sqlite_sequence. The checked-in Diesel schema (crates/podfetch-persistence/src/schema.rs) agrees except
-- that it lacks settings / podcast_settings.nfo_format and cover_filename (added by the 2026-06-06 migration) and
-- the transcript, triage and audiobookshelf tables (declared elsewhere), and lists some columns in another order;
-- the migrations were followed.
-- Tables are ordered so that every foreign key points to a table created before it.

CREATE TABLE `invites` (
  `id` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `accepted_at` DATETIME,
  `explicit_consent` BOOLEAN NOT NULL DEFAULT 0,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_libraries` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `media_type` TEXT NOT NULL,
  `icon` TEXT NOT NULL DEFAULT 'database',
  `display_order` INTEGER NOT NULL DEFAULT 1,
  `folder_paths` TEXT NOT NULL DEFAULT '[]',
  `metadata_precedence` TEXT NOT NULL DEFAULT '[]',
  `created_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_books` (
  `id` VARCHAR(255) NOT NULL,
  `library_id` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `subtitle` TEXT,
  `description` TEXT,
  `publisher` TEXT,
  `published_year` TEXT,
  `published_date` TEXT,
  `isbn` TEXT,
  `asin` TEXT,
  `language` TEXT,
  `explicit` BOOLEAN NOT NULL DEFAULT 0,
  `cover_path` TEXT,
  `duration_seconds` DOUBLE NOT NULL DEFAULT 0,
  `ino` TEXT,
  `folder_path` VARCHAR(255) NOT NULL,
  `last_scan` TIMESTAMP NULL,
  `added_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audiobookshelf_books_folder_idx` (`folder_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_authors` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `asin` TEXT,
  `description` TEXT,
  `image_path` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audiobookshelf_authors_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_book_authors` (
  `book_id` VARCHAR(255) NOT NULL,
  `author_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`book_id`, `author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_narrators` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audiobookshelf_narrators_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_book_narrators` (
  `book_id` VARCHAR(255) NOT NULL,
  `narrator_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`book_id`, `narrator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_series` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audiobookshelf_series_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_book_series` (
  `book_id` VARCHAR(255) NOT NULL,
  `series_id` VARCHAR(255) NOT NULL,
  `sequence` TEXT,
  PRIMARY KEY (`book_id`, `series_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_book_audio_files` (
  `id` VARCHAR(255) NOT NULL,
  `book_id` TEXT NOT NULL,
  `idx` INTEGER NOT NULL,
  `ino` TEXT,
  `path` TEXT NOT NULL,
  `relative_path` TEXT NOT NULL,
  `ext` TEXT NOT NULL,
  `mime_type` TEXT NOT NULL,
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `bitrate` INTEGER NOT NULL DEFAULT 0,
  `codec` TEXT NOT NULL,
  `channels` INTEGER NOT NULL DEFAULT 0,
  `sample_rate` INTEGER NOT NULL DEFAULT 0,
  `track_num` INTEGER,
  `disc_num` INTEGER,
  `embedded_cover_path` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_book_chapters` (
  `id` VARCHAR(255) NOT NULL,
  `book_id` TEXT NOT NULL,
  `idx` INTEGER NOT NULL,
  `start_time` DOUBLE NOT NULL,
  `end_time` DOUBLE NOT NULL,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `password` VARCHAR(255),
  `explicit_consent` BOOLEAN NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `api_key` VARCHAR(255),
  `country` TEXT,
  `language` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts` (
  `id` VARCHAR(255) NOT NULL,
  `legacy_id` INTEGER,
  `name` TEXT NOT NULL,
  `directory_id` TEXT NOT NULL,
  `rssfeed` TEXT NOT NULL,
  `image_url` TEXT NOT NULL,
  `summary` TEXT,
  `language` TEXT,
  `explicit` TEXT,
  `keywords` TEXT,
  `last_build_date` TEXT,
  `author` TEXT,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `original_image_url` TEXT NOT NULL DEFAULT '',
  `directory_name` TEXT NOT NULL DEFAULT '',
  `download_location` TEXT,
  `guid` TEXT,
  `added_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_legacy_id_unique` (`legacy_id`),
  FOREIGN KEY (`added_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_episodes` (
  `id` VARCHAR(255) NOT NULL,
  `legacy_id` INTEGER,
  `podcast_id` VARCHAR(255) NOT NULL,
  `episode_id` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `date_of_recording` TEXT NOT NULL,
  `image_url` TEXT NOT NULL,
  `total_time` INTEGER NOT NULL DEFAULT 0,
  `description` TEXT NOT NULL DEFAULT '',
  `download_time` DATETIME,
  `guid` TEXT NOT NULL DEFAULT '',
  `deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `file_episode_path` TEXT,
  `file_image_path` TEXT,
  `episode_numbering_processed` BOOLEAN NOT NULL DEFAULT FALSE,
  `download_location` TEXT,
  `youtube_video_id` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcast_episodes_legacy_id_unique` (`legacy_id`),
  FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `podcast` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `deleted` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_user_id_device_podcast_unique` (`user_id`, `device`, `podcast`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episodes` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `podcast` VARCHAR(255) NOT NULL,
  `episode` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `guid` TEXT,
  `action` TEXT NOT NULL,
  `started` INTEGER,
  `position` INTEGER,
  `total` INTEGER,
  PRIMARY KEY (`id`),
  UNIQUE KEY `episodes_user_id_device_podcast_episode_timestamp_unique` (`user_id`, `device`, `podcast`, `episode`, `timestamp`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gpodder_settings` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `scope` VARCHAR(255) NOT NULL,
  `scope_id` VARCHAR(255),
  `data` TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `gpodder_settings_user_id_scope_scope_id_unique` (`user_id`, `scope`, `scope_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_sync_groups` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `group_id` INTEGER NOT NULL,
  `device_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_sync_groups_user_id_device_id_unique` (`user_id`, `device_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` VARCHAR(255) NOT NULL,
  `type_of_message` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `created_at` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` VARCHAR(255) NOT NULL,
  `auto_download` BOOLEAN NOT NULL DEFAULT TRUE,
  `auto_update` BOOLEAN NOT NULL DEFAULT TRUE,
  `auto_cleanup` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_cleanup_days` INTEGER NOT NULL DEFAULT -1,
  `podcast_prefill` INTEGER NOT NULL DEFAULT 5,
  `replace_invalid_characters` BOOLEAN NOT NULL DEFAULT TRUE,
  `use_existing_filename` BOOLEAN NOT NULL DEFAULT FALSE,
  `replacement_strategy` TEXT NOT NULL DEFAULT 'replace-with-dash-and-underscore',
  `episode_format` TEXT NOT NULL DEFAULT '{}',
  `podcast_format` TEXT NOT NULL DEFAULT '{}',
  `direct_paths` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_transcode_opus` BOOLEAN NOT NULL DEFAULT FALSE,
  `use_one_cover_for_all_episodes` BOOLEAN NOT NULL DEFAULT FALSE,
  `max_parallel_downloads` INTEGER NOT NULL DEFAULT 3,
  `sponsorblock_enabled` BOOLEAN NOT NULL DEFAULT 1,
  `nfo_format` TEXT NOT NULL DEFAULT 'off',
  `cover_filename` TEXT NOT NULL DEFAULT 'image',
  `episode_numbering` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listening_events` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `device` TEXT NOT NULL,
  `podcast_episode_id` TEXT NOT NULL,
  `podcast_id` VARCHAR(255) NOT NULL,
  `podcast_episode_db_id` VARCHAR(255) NOT NULL,
  `delta_seconds` INTEGER NOT NULL,
  `start_position` INTEGER NOT NULL,
  `end_position` INTEGER NOT NULL,
  `listened_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`podcast_episode_db_id`) REFERENCES `podcast_episodes` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_settings` (
  `podcast_id` VARCHAR(255) NOT NULL,
  `episode_numbering` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_download` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_update` BOOLEAN NOT NULL DEFAULT TRUE,
  `auto_cleanup` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_cleanup_days` INTEGER NOT NULL DEFAULT -1,
  `replace_invalid_characters` BOOLEAN NOT NULL DEFAULT TRUE,
  `use_existing_filename` BOOLEAN NOT NULL DEFAULT FALSE,
  `replacement_strategy` TEXT NOT NULL DEFAULT 'replace-with-dash-and-underscore',
  `episode_format` TEXT NOT NULL DEFAULT '{}',
  `podcast_format` TEXT NOT NULL DEFAULT '{}',
  `direct_paths` BOOLEAN NOT NULL DEFAULT FALSE,
  `activated` BOOLEAN NOT NULL DEFAULT FALSE,
  `podcast_prefill` INTEGER NOT NULL DEFAULT 0,
  `use_one_cover_for_all_episodes` BOOLEAN NOT NULL DEFAULT FALSE,
  `nfo_format` TEXT NOT NULL DEFAULT 'off',
  `cover_filename` TEXT NOT NULL DEFAULT 'image',
  `auto_transcribe` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`podcast_id`),
  FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites` (
  `user_id` VARCHAR(255) NOT NULL,
  `podcast_id` VARCHAR(255) NOT NULL,
  `favored` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `podcast_id`),
  FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_podcast_episodes` (
  `user_id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `favorite` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`user_id`, `episode_id`),
  FOREIGN KEY (`episode_id`) REFERENCES `podcast_episodes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `user_id` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `ascending` BOOLEAN NOT NULL DEFAULT FALSE,
  `filter` TEXT,
  `only_favored` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `user_id` VARCHAR(255) NOT NULL,
  `username` TEXT NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `expires` DATETIME NOT NULL,
  PRIMARY KEY (`user_id`, `session_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `created_at` TIMESTAMP NOT NULL,
  `color` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_user_id_unique` (`name`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_podcasts` (
  `tag_id` VARCHAR(255) NOT NULL,
  `podcast_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`tag_id`, `podcast_id`),
  FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlists` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlist_items` (
  `playlist_id` VARCHAR(255) NOT NULL,
  `episode` VARCHAR(255) NOT NULL,
  `position` INTEGER NOT NULL,
  PRIMARY KEY (`playlist_id`, `episode`),
  FOREIGN KEY (`episode`) REFERENCES `podcast_episodes` (`id`),
  FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_episode_chapters` (
  `id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `start_time` INTEGER NOT NULL,
  `end_time` INTEGER NOT NULL,
  `href` TEXT,
  `image` TEXT,
  `created_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_podcast_episode_chapters_episode_start` (`episode_id`, `start_time`),
  FOREIGN KEY (`episode_id`) REFERENCES `podcast_episodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_playback_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `library_id` TEXT,
  `library_item_id` TEXT NOT NULL,
  `episode_id` TEXT,
  `media_type` TEXT NOT NULL,
  `play_method` INTEGER NOT NULL DEFAULT 0,
  `position_seconds` DOUBLE NOT NULL DEFAULT 0,
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `started_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  `finished_at` TIMESTAMP NULL,
  `time_listening_total` DOUBLE NOT NULL DEFAULT 0,
  `display_title` TEXT,
  `display_author` TEXT,
  `cover_path` TEXT,
  `media_metadata_json` TEXT,
  `device_info_json` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_media_progress` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `library_item_id` TEXT NOT NULL,
  `episode_id` TEXT,
  `media_type` TEXT NOT NULL,
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `position_seconds` DOUBLE NOT NULL DEFAULT 0,
  `progress` DOUBLE NOT NULL DEFAULT 0,
  `is_finished` BOOLEAN NOT NULL DEFAULT 0,
  `hide_from_continue_listening` BOOLEAN NOT NULL DEFAULT 0,
  `last_update` TIMESTAMP NOT NULL,
  `started_at` TIMESTAMP NOT NULL,
  `finished_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audiobookshelf_listening_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `library_id` TEXT,
  `library_item_id` TEXT NOT NULL,
  `episode_id` TEXT,
  `media_type` TEXT NOT NULL,
  `duration` DOUBLE NOT NULL DEFAULT 0,
  `position_seconds` DOUBLE NOT NULL DEFAULT 0,
  `time_listening` DOUBLE NOT NULL DEFAULT 0,
  `play_method` INTEGER NOT NULL DEFAULT 0,
  `started_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  `display_title` TEXT,
  `display_author` TEXT,
  `cover_path` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` VARCHAR(255) NOT NULL,
  `deviceid` TEXT NOT NULL,
  `kind` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `chromecast_uuid` TEXT,
  `agent_id` TEXT,
  `last_seen_at` TIMESTAMP NULL,
  `ip` TEXT,
  `base_url` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episode_triages` (
  `user_id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `status` TEXT NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`user_id`, `episode_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episode_sponsor_segments` (
  `id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `category` TEXT NOT NULL,
  `action_type` TEXT NOT NULL,
  `start_ms` BIGINT NOT NULL,
  `end_ms` BIGINT NOT NULL,
  `votes` INTEGER NOT NULL DEFAULT 0,
  `locked` BOOLEAN NOT NULL DEFAULT 0,
  `duration_mismatch` BOOLEAN NOT NULL DEFAULT 0,
  `fetched_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_episode_sponsor_segments_episode_uuid` (`episode_id`, `uuid`),
  FOREIGN KEY (`episode_id`) REFERENCES `podcast_episodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sponsorblock_user_settings` (
  `user_id` VARCHAR(255) NOT NULL,
  `enabled` BOOLEAN NOT NULL DEFAULT 1,
  `skip_sponsor` BOOLEAN NOT NULL DEFAULT 1,
  `skip_selfpromo` BOOLEAN NOT NULL DEFAULT 1,
  `skip_interaction` BOOLEAN NOT NULL DEFAULT 0,
  `skip_intro` BOOLEAN NOT NULL DEFAULT 0,
  `skip_outro` BOOLEAN NOT NULL DEFAULT 0,
  `skip_preview` BOOLEAN NOT NULL DEFAULT 0,
  `skip_filler` BOOLEAN NOT NULL DEFAULT 0,
  `skip_music_offtopic` BOOLEAN NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_episode_transcripts` (
  `id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `source` TEXT NOT NULL,
  `original_url` VARCHAR(255),
  `file_path` TEXT,
  `mime_type` TEXT NOT NULL,
  `language` TEXT,
  `is_preferred` BOOLEAN NOT NULL DEFAULT FALSE,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `error` TEXT,
  `created_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_transcripts_episode_url` (`episode_id`, `original_url`),
  FOREIGN KEY (`episode_id`) REFERENCES `podcast_episodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_episode_transcript_segments` (
  `id` VARCHAR(255) NOT NULL,
  `transcript_id` VARCHAR(255) NOT NULL,
  `idx` INTEGER NOT NULL,
  `start_ms` INTEGER,
  `end_ms` INTEGER,
  `speaker` TEXT,
  `text` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`transcript_id`) REFERENCES `podcast_episode_transcripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transcription_jobs` (
  `id` VARCHAR(255) NOT NULL,
  `episode_id` VARCHAR(255) NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `attempts` INTEGER NOT NULL DEFAULT 0,
  `error` TEXT,
  `created_at` TIMESTAMP NOT NULL,
  `updated_at` TIMESTAMP NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `transcription_jobs_episode_id_unique` (`episode_id`),
  FOREIGN KEY (`episode_id`) REFERENCES `podcast_episodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ListenBrainz server (MetaBrainz Foundation; open listening-history / scrobbling service with a
-- Last.fm-compatible API; Python, PostgreSQL + TimescaleDB)
-- Upstream: github.com/metabrainz/listenbrainz-server, commit 0a119846de26bcaa48503b6b65634d80e977c3b1
-- (2026-08-21), licence GPL-2.0.
-- Source: the main database admin/sql/create_{extensions,schema,types,tables,primary_keys,indexes,
-- foreign_keys}.sql and the listens ("timescale") database admin/timescale/create_{schemas,types,tables,
-- primary_keys,views,indexes,foreign_keys}.sql, loaded into a scratch PostgreSQL 15 database (the
-- TimescaleDB call create_hypertable('listen', ...) left out: it changes storage, not columns), then
-- written as MySQL by a script reading PostgreSQL's catalog: tables of non-public schemas are named
-- <schema>_<table> (api_compat.session -> api_compat_session, playlist.playlist -> playlist_playlist);
-- integer/bigint/smallint as such, SERIAL and identity columns AUTO_INCREMENT, text -> TEXT (VARCHAR(255)
-- where a key), varchar -> VARCHAR(255), uuid -> CHAR(36), json/jsonb and arrays (TEXT[], UUID[]) -> JSON,
-- timestamp(tz) -> DATETIME, boolean -> BOOLEAN, double precision -> DOUBLE, the PostgreSQL enum types
-- -> ENUM(...) with their labels, cube (release_color.color) -> TEXT; now() defaults -> CURRENT_TIMESTAMP,
-- gen_random_uuid() defaults dropped. Primary keys, unique constraints and plain unique indexes, and
-- foreign keys between kept tables as upstream (one duplicated constraint name prefixed with its table);
-- an AUTO_INCREMENT column that upstream leaves without a primary key gets a plain KEY (MySQL needs one);
-- other indexes and CHECK constraints left out.
-- Kept: all 30 tables of the main database; of the listens database the listens, listen deletion and
-- per-user listen metadata, deleted-user history, playlists (3), MBID mappings (3), MessyBrainz submissions
-- (2), background_worker_state, similarity.recording, popularity.recording, tags.lb_tag_radio and
-- statistics.year_in_music_cover. Left out: the Spotify / Apple / SoundCloud / Internet Archive metadata
-- caches, mapping.* lookup and cache tables, the *_dev and MLHD popularity variants, the other popularity.*
-- and similarity.* tables, and the materialised view mbid_manual_mapping_top.

-- public.user
CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `musicbrainz_id` VARCHAR(255) NOT NULL,
  `auth_token` VARCHAR(255),
  `last_login` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
  `latest_import` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
  `gdpr_agreed` DATETIME,
  `musicbrainz_row_id` INT NOT NULL,
  `login_id` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `is_paused` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_login_id_key` (`login_id`),
  UNIQUE KEY `user_musicbrainz_id_key` (`musicbrainz_id`),
  UNIQUE KEY `user_musicbrainz_row_id_key` (`musicbrainz_row_id`),
  UNIQUE KEY `auth_token_ndx_user` (`auth_token`),
  UNIQUE KEY `login_id_ndx_user` (`login_id`)
);

-- public.reported_users
CREATE TABLE `reported_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reporter_user_id` INT NOT NULL,
  `reported_user_id` INT NOT NULL,
  `reported_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `reason` TEXT,
  UNIQUE KEY `user_id_reports_ndx_reported_users` (`reporter_user_id`, `reported_user_id`),
  KEY (`id`),
  CONSTRAINT `reported_user_id_foreign_key` FOREIGN KEY (`reported_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reporter_user_id_foreign_key` FOREIGN KEY (`reporter_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- api_compat.session
CREATE TABLE `api_compat_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `sid` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `ts` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`sid`),
  UNIQUE KEY `session_sid_uniq` (`sid`),
  UNIQUE KEY `sid_api_key_ndx_session` (`sid`, `api_key`),
  UNIQUE KEY `sid_ndx_session` (`sid`),
  KEY (`id`),
  CONSTRAINT `session_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- api_compat.token
CREATE TABLE `api_compat_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `token` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `ts` DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `token_api_key_uniq` (`api_key`),
  UNIQUE KEY `token_token_uniq` (`token`),
  UNIQUE KEY `token_api_key_ndx_token` (`token`, `api_key`),
  UNIQUE KEY `token_ndx_token` (`token`),
  KEY (`id`),
  CONSTRAINT `token_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.data_dump
CREATE TABLE `data_dump` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `dump_type` ENUM('incremental', 'full', 'db'),
  KEY (`id`)
);

-- public.statistics_generation
CREATE TABLE `statistics_generation` (
  `stats_type` VARCHAR(255) NOT NULL,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`stats_type`)
);

-- public.missing_musicbrainz_data
CREATE TABLE `missing_musicbrainz_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `data` JSON NOT NULL,
  `source` ENUM('cf', 'artist_map') NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_unique` (`user_id`),
  CONSTRAINT `missing_mb_data_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- recommendation.cf_recording
CREATE TABLE `recommendation_cf_recording` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `recording_mbid` JSON NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_unique` (`user_id`),
  CONSTRAINT `cf_recording_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- recommendation.recommender
CREATE TABLE `recommendation_recommender` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `repository` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `recommender_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- recommendation.recommender_session
CREATE TABLE `recommendation_recommender_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recommender_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `data` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `recommender_session_recommender_foreign_key` FOREIGN KEY (`recommender_id`) REFERENCES `recommendation_recommender` (`id`) ON DELETE CASCADE
);

-- recommendation.recording_session
CREATE TABLE `recommendation_recording_session` (
  `last_used` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `recording_msid` CHAR(36) NOT NULL,
  `session_id` INT NOT NULL,
  CONSTRAINT `recording_session_recommender_session_foreign_key` FOREIGN KEY (`session_id`) REFERENCES `recommendation_recommender_session` (`id`) ON DELETE CASCADE
);

-- recommendation.similar_user
CREATE TABLE `recommendation_similar_user` (
  `user_id` INT NOT NULL,
  `similar_users` JSON,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `user_id_ndx_similar_user` (`user_id`),
  CONSTRAINT `similar_user_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.user_timeline_event
CREATE TABLE `user_timeline_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `event_type` ENUM('recording_recommendation', 'notification', 'critiquebrainz_review', 'personal_recording_recommendation', 'thanks'),
  `metadata` JSON,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_timeline_event_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.hide_user_timeline_event
CREATE TABLE `hide_user_timeline_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `event_type` ENUM('recording_recommendation', 'notification', 'critiquebrainz_review', 'personal_recording_recommendation', 'thanks', 'recording_pin') NOT NULL,
  `event_id` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_event_type_event_id_ndx_hide_user_timeline_event` (`user_id`, `event_type`, `event_id`),
  CONSTRAINT `hide_user_timeline_event_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.external_service_oauth
CREATE TABLE `external_service_oauth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `external_user_id` TEXT,
  `service` ENUM('spotify', 'youtube', 'critiquebrainz', 'lastfm', 'librefm', 'musicbrainz', 'soundcloud', 'apple', 'musicbrainz-prod', 'musicbrainz-beta', 'musicbrainz-test') NOT NULL,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `token_expires` DATETIME,
  `refresh_token_expires` DATETIME,
  `refresh_token_expiry_last_notified` DATETIME,
  `last_updated` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `scopes` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_service_ndx_external_service_oauth` (`user_id`, `service`),
  CONSTRAINT `external_service_oauth_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.listens_importer
CREATE TABLE `listens_importer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `external_service_oauth_id` INT,
  `user_id` INT NOT NULL,
  `service` ENUM('spotify', 'youtube', 'critiquebrainz', 'lastfm', 'librefm', 'musicbrainz', 'soundcloud', 'apple', 'musicbrainz-prod', 'musicbrainz-beta', 'musicbrainz-test') NOT NULL,
  `last_updated` DATETIME,
  `latest_listened_at` DATETIME,
  `status` JSON,
  `error` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_service_ndx_listens_importer` (`user_id`, `service`),
  CONSTRAINT `listens_importer_external_service_oauth_id_foreign_key` FOREIGN KEY (`external_service_oauth_id`) REFERENCES `external_service_oauth` (`id`) ON DELETE SET NULL,
  CONSTRAINT `listens_importer_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.recommendation_feedback
CREATE TABLE `recommendation_feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `recording_mbid` CHAR(36) NOT NULL,
  `rating` ENUM('like', 'love', 'dislike', 'hate', 'bad_recommendation') NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_rec_mbid_ndx_feedback` (`user_id`, `recording_mbid`),
  CONSTRAINT `recommendation_feedback_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.recording_feedback
CREATE TABLE `recording_feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `recording_msid` CHAR(36),
  `recording_mbid` CHAR(36),
  `score` SMALLINT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `recording_feedback_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.release_color
CREATE TABLE `release_color` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `caa_id` BIGINT NOT NULL,
  `release_mbid` CHAR(36) NOT NULL,
  `red` SMALLINT NOT NULL,
  `green` SMALLINT NOT NULL,
  `blue` SMALLINT NOT NULL,
  `color` TEXT,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `year` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `caa_id_release_mbid_ndx_release_color` (`caa_id`, `release_mbid`),
  UNIQUE KEY `release_mbid_ndx_release_color` (`release_mbid`)
);

-- public.user_relationship
CREATE TABLE `user_relationship` (
  `user_0` INT NOT NULL,
  `user_1` INT NOT NULL,
  `relationship_type` ENUM('follow') NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_0`, `user_1`, `relationship_type`),
  CONSTRAINT `user_relationship_user_0_foreign_key` FOREIGN KEY (`user_0`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_relationship_user_1_foreign_key` FOREIGN KEY (`user_1`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.pinned_recording
CREATE TABLE `pinned_recording` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `recording_msid` CHAR(36),
  `recording_mbid` CHAR(36),
  `blurb_content` TEXT,
  `pinned_until` DATETIME NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `pinned_recording_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.user_setting
CREATE TABLE `user_setting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `timezone_name` TEXT,
  `troi` JSON,
  `brainzplayer` JSON,
  `flair` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_ndx_user_setting` (`user_id`),
  CONSTRAINT `user_setting_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- recommendation.do_not_recommend
CREATE TABLE `recommendation_do_not_recommend` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `entity` ENUM('artist', 'release', 'release_group', 'recording') NOT NULL,
  `entity_mbid` CHAR(36) NOT NULL,
  `until` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_entity_ndx_do_not_recommend` (`user_id`, `entity`, `entity_mbid`),
  CONSTRAINT `do_not_recommend_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.background_tasks
CREATE TABLE `background_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `task` ENUM('delete_listens', 'delete_user', 'export_all_user_data', 'import_listens') NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `background_tasks_user_id_task_type_uniq_idx` (`user_id`, `task`),
  CONSTRAINT `background_tasks_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.user_data_export
CREATE TABLE `user_data_export` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `type` ENUM('export_all_user_data') NOT NULL,
  `status` ENUM('in_progress', 'waiting', 'completed', 'failed') NOT NULL,
  `progress` TEXT,
  `filename` TEXT,
  `available_until` DATETIME,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_data_export_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.user_data_import
CREATE TABLE `user_data_import` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `service` ENUM('spotify', 'applemusic', 'listenbrainz', 'librefm', 'maloja', 'panoscrobbler', 'audioscrobbler', 'spinitron') NOT NULL,
  `metadata` JSON,
  `file_path` TEXT NOT NULL,
  `from_date` DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00',
  `to_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_data_import_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.funkwhale_servers
CREATE TABLE `funkwhale_servers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `host_url` VARCHAR(255) NOT NULL,
  `client_id` TEXT NOT NULL,
  `client_secret` TEXT NOT NULL,
  `scopes` TEXT NOT NULL,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funkwhale_servers_host_url_key` (`host_url`)
);

-- public.funkwhale_tokens
CREATE TABLE `funkwhale_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `funkwhale_server_id` INT NOT NULL,
  `access_token` TEXT NOT NULL,
  `refresh_token` TEXT NOT NULL,
  `token_expiry` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_server_funkwhale_tokens` (`user_id`, `funkwhale_server_id`),
  CONSTRAINT `funkwhale_tokens_server_id_foreign_key` FOREIGN KEY (`funkwhale_server_id`) REFERENCES `funkwhale_servers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `funkwhale_tokens_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.navidrome_servers
CREATE TABLE `navidrome_servers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `host_url` VARCHAR(255) NOT NULL,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `navidrome_servers_host_url_key` (`host_url`)
);

-- public.navidrome_tokens
CREATE TABLE `navidrome_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `navidrome_server_id` INT NOT NULL,
  `username` TEXT NOT NULL,
  `encrypted_password` TEXT NOT NULL,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_server_navidrome_tokens` (`user_id`, `navidrome_server_id`),
  CONSTRAINT `navidrome_tokens_server_id_foreign_key` FOREIGN KEY (`navidrome_server_id`) REFERENCES `navidrome_servers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `navidrome_tokens_user_id_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

-- public.listen
CREATE TABLE `listen` (
  `listened_at` DATETIME NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` INT NOT NULL,
  `recording_msid` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  UNIQUE KEY `listened_at_user_id_recording_msid_ndx_listen` (`listened_at`, `user_id`, `recording_msid`)
);

-- public.listen_delete_metadata
CREATE TABLE `listen_delete_metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `listened_at` DATETIME NOT NULL,
  `recording_msid` CHAR(36) NOT NULL,
  `status` ENUM('pending', 'invalid', 'complete') NOT NULL DEFAULT 'pending',
  `listen_created` DATETIME,
  KEY (`id`)
);

-- public.listen_user_metadata
CREATE TABLE `listen_user_metadata` (
  `user_id` INT NOT NULL,
  `count` BIGINT NOT NULL,
  `min_listened_at` DATETIME,
  `max_listened_at` DATETIME,
  `created` DATETIME NOT NULL,
  UNIQUE KEY `user_id_ndx_listen_user_metadata` (`user_id`)
);

-- public.deleted_user_listen_history
CREATE TABLE `deleted_user_listen_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `max_created` DATETIME NOT NULL,
  KEY (`id`)
);

-- playlist.playlist
CREATE TABLE `playlist_playlist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mbid` CHAR(36) NOT NULL,
  `creator_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `public` BOOLEAN NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `copied_from_id` INT,
  `created_for_id` INT,
  `additional_metadata` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mbid_playlist` (`mbid`)
);

-- playlist.playlist_recording
CREATE TABLE `playlist_playlist_recording` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `playlist_id` INT NOT NULL,
  `position` INT NOT NULL,
  `mbid` CHAR(36) NOT NULL,
  `added_by_id` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `additional_metadata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `playlist_id_foreign_key` FOREIGN KEY (`playlist_id`) REFERENCES `playlist_playlist` (`id`) ON DELETE CASCADE
);

-- playlist.playlist_collaborator
CREATE TABLE `playlist_playlist_collaborator` (
  `playlist_id` INT NOT NULL,
  `collaborator_id` INT NOT NULL,
  CONSTRAINT `playlist_playlist_collaborator_playlist_id_foreign_key` FOREIGN KEY (`playlist_id`) REFERENCES `playlist_playlist` (`id`) ON DELETE CASCADE
);

-- public.mbid_manual_mapping
CREATE TABLE `mbid_manual_mapping` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recording_msid` CHAR(36) NOT NULL,
  `recording_mbid` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `recording_msid_user_id_mbid_manual_mapping_idx` (`recording_msid`, `user_id`),
  KEY (`id`)
);

-- public.mbid_mapping
CREATE TABLE `mbid_mapping` (
  `recording_msid` CHAR(36) NOT NULL,
  `recording_mbid` CHAR(36),
  `match_type` ENUM('no_match', 'low_quality', 'med_quality', 'high_quality', 'exact_match') NOT NULL,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `check_again` DATETIME,
  UNIQUE KEY `recording_msid_ndx_mbid_mapping` (`recording_msid`)
);

-- public.mbid_mapping_metadata
CREATE TABLE `mbid_mapping_metadata` (
  `artist_credit_id` INT NOT NULL,
  `recording_mbid` CHAR(36) NOT NULL,
  `release_mbid` CHAR(36) NOT NULL,
  `release_name` TEXT NOT NULL,
  `artist_mbids` JSON NOT NULL,
  `artist_credit_name` TEXT NOT NULL,
  `recording_name` TEXT NOT NULL,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`recording_mbid`),
  UNIQUE KEY `recording_mbid_ndx_mbid_mapping_metadata` (`recording_mbid`)
);

-- messybrainz.submissions
CREATE TABLE `messybrainz_submissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gid` CHAR(36) NOT NULL,
  `recording` TEXT NOT NULL,
  `artist_credit` TEXT NOT NULL,
  `release` TEXT,
  `track_number` TEXT,
  `duration` INT,
  `submitted` DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `messybrainz_gid_ndx` (`gid`),
  KEY (`id`)
);

-- messybrainz.submissions_redirect
CREATE TABLE `messybrainz_submissions_redirect` (
  `duplicate_msid` CHAR(36) NOT NULL,
  `original_msid` CHAR(36) NOT NULL,
  UNIQUE KEY `messybrainz_redirect_gid_ndx` (`duplicate_msid`),
  CONSTRAINT `messybrainz_submissions_msid_foreign_key` FOREIGN KEY (`original_msid`) REFERENCES `messybrainz_submissions` (`gid`)
);

-- public.background_worker_state
CREATE TABLE `background_worker_state` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`key`)
);

-- similarity.recording
CREATE TABLE `similarity_recording` (
  `mbid0` CHAR(36) NOT NULL,
  `mbid1` CHAR(36) NOT NULL,
  `score` INT NOT NULL,
  UNIQUE KEY `similar_recordings_reverse_uniq_idx` (`mbid1`, `mbid0`),
  UNIQUE KEY `similar_recordings_uniq_idx` (`mbid0`, `mbid1`)
);

-- popularity.recording
CREATE TABLE `popularity_recording` (
  `recording_mbid` CHAR(36) NOT NULL,
  `total_listen_count` INT NOT NULL,
  `total_user_count` INT NOT NULL
);

-- tags.lb_tag_radio
CREATE TABLE `tags_lb_tag_radio` (
  `tag` TEXT NOT NULL,
  `recording_mbid` CHAR(36) NOT NULL,
  `tag_count` INT NOT NULL,
  `percent` DOUBLE NOT NULL,
  `source` ENUM('recording', 'artist', 'release-group') NOT NULL
);

-- statistics.year_in_music_cover
CREATE TABLE `statistics_year_in_music_cover` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `year` SMALLINT NOT NULL,
  `caa_id` BIGINT,
  `caa_release_mbid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `year_in_music_cover_user_id_idx` (`user_id`, `year`)
);

-- LibreTime (community-maintained continuation of Sourcefabric's Airtime; radio broadcast automation and playout:
-- media library, playlists and smart blocks, shows with hosts, calendar instances, schedule, playout history,
-- listener counts, podcasts, staff users), github.com/libretime/libretime, commit
-- f371bcfcbfd207a0069a51f20ed1c2a49edf0109 (AGPL-3.0).
-- Source: the legacy schema api/libretime_api/legacy/migrations/sql/schema.sql (PostgreSQL, Propel-generated;
-- LEGACY_SCHEMA_VERSION 46, i.e. every legacy migration 0003-0046 already folded in, as a fresh install loads it).
-- Loaded into PostgreSQL 15 and written as MySQL from the database's catalog by a script: every one of its 35
-- tables, columns in upstream's order, primary, unique and foreign keys and plain indexes as upstream.
-- Types: serial -> INT AUTO_INCREMENT, VARCHAR(n) -> varchar(n) (VARCHAR longer than 1024 -> TEXT because of
-- MySQL's 65,535-byte row limit), TIMESTAMP -> DATETIME, BOOLEAN -> TINYINT(1), INTERVAL -> TIME(6),
-- NUMERIC -> DECIMAL(65,30), CHAR(n) -> CHAR(n). Left out: the seed rows of data.sql and the Django framework
-- tables (auth_permission, auth_group, django_content_type, django_migrations, django_session) that the API's
-- `manage.py migrate` adds beside the legacy schema.

CREATE TABLE `cc_track_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(16) NOT NULL DEFAULT '',
  `visibility` tinyint(1) NOT NULL DEFAULT 1,
  `type_name` varchar(64) NOT NULL DEFAULT '',
  `description` varchar(255) NOT NULL DEFAULT '',
  `analyze_cue_points` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cc_track_types_code_idx` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_subjs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) NOT NULL DEFAULT '',
  `pass` varchar(255) NOT NULL DEFAULT '',
  `type` char(1) NOT NULL DEFAULT 'U',
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `lastlogin` datetime DEFAULT NULL,
  `lastfail` datetime DEFAULT NULL,
  `skype_contact` varchar(255) DEFAULT NULL,
  `jabber_contact` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `cell_phone` varchar(255) DEFAULT NULL,
  `login_attempts` int(11) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cc_subjs_login_idx` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `mime` varchar(255) NOT NULL DEFAULT '',
  `ftype` varchar(128) NOT NULL DEFAULT '',
  `filepath` text DEFAULT NULL,
  `import_status` int(11) NOT NULL DEFAULT 1,
  `currentlyaccessing` int(11) NOT NULL DEFAULT 0,
  `editedby` int(11) DEFAULT NULL,
  `mtime` datetime DEFAULT NULL,
  `utime` datetime DEFAULT NULL,
  `lptime` datetime DEFAULT NULL,
  `md5` char(32) DEFAULT NULL,
  `track_title` varchar(512) DEFAULT NULL,
  `artist_name` varchar(512) DEFAULT NULL,
  `bit_rate` int(11) DEFAULT NULL,
  `sample_rate` int(11) DEFAULT NULL,
  `format` varchar(128) DEFAULT NULL,
  `length` time(6) DEFAULT '00:00:00',
  `album_title` varchar(512) DEFAULT NULL,
  `genre` varchar(64) DEFAULT NULL,
  `comments` text DEFAULT NULL,
  `year` varchar(16) DEFAULT NULL,
  `track_number` int(11) DEFAULT NULL,
  `channels` int(11) DEFAULT NULL,
  `url` varchar(1024) DEFAULT NULL,
  `bpm` int(11) DEFAULT NULL,
  `rating` varchar(8) DEFAULT NULL,
  `encoded_by` varchar(255) DEFAULT NULL,
  `disc_number` varchar(8) DEFAULT NULL,
  `mood` varchar(64) DEFAULT NULL,
  `label` varchar(512) DEFAULT NULL,
  `composer` varchar(512) DEFAULT NULL,
  `encoder` varchar(64) DEFAULT NULL,
  `checksum` varchar(256) DEFAULT NULL,
  `lyrics` text DEFAULT NULL,
  `orchestra` varchar(512) DEFAULT NULL,
  `conductor` varchar(512) DEFAULT NULL,
  `lyricist` varchar(512) DEFAULT NULL,
  `original_lyricist` varchar(512) DEFAULT NULL,
  `radio_station_name` varchar(512) DEFAULT NULL,
  `info_url` varchar(512) DEFAULT NULL,
  `artist_url` varchar(512) DEFAULT NULL,
  `audio_source_url` varchar(512) DEFAULT NULL,
  `radio_station_url` varchar(512) DEFAULT NULL,
  `buy_this_url` varchar(512) DEFAULT NULL,
  `isrc_number` varchar(512) DEFAULT NULL,
  `catalog_number` varchar(512) DEFAULT NULL,
  `original_artist` varchar(512) DEFAULT NULL,
  `copyright` varchar(512) DEFAULT NULL,
  `report_datetime` varchar(32) DEFAULT NULL,
  `report_location` varchar(512) DEFAULT NULL,
  `report_organization` varchar(512) DEFAULT NULL,
  `subject` varchar(512) DEFAULT NULL,
  `contributor` varchar(512) DEFAULT NULL,
  `language` varchar(512) DEFAULT NULL,
  `file_exists` tinyint(1) DEFAULT 1,
  `replay_gain` decimal(65,30) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `cuein` time(6) DEFAULT '00:00:00',
  `cueout` time(6) DEFAULT '00:00:00',
  `silan_check` tinyint(1) DEFAULT 0,
  `hidden` tinyint(1) DEFAULT 0,
  `is_scheduled` tinyint(1) DEFAULT 0,
  `is_playlist` tinyint(1) DEFAULT 0,
  `filesize` int(11) NOT NULL DEFAULT 0,
  `description` varchar(512) DEFAULT NULL,
  `artwork` text DEFAULT NULL,
  `track_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cc_files_md5_idx` (`md5`),
  KEY `cc_files_name_idx` (`name`),
  CONSTRAINT `cc_files_editedby_fkey` FOREIGN KEY (`editedby`) REFERENCES `cc_subjs` (`id`),
  CONSTRAINT `cc_files_owner_fkey` FOREIGN KEY (`owner_id`) REFERENCES `cc_subjs` (`id`),
  CONSTRAINT `cc_files_track_type_fkey` FOREIGN KEY (`track_type_id`) REFERENCES `cc_track_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playlist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `mtime` datetime DEFAULT NULL,
  `utime` datetime DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `description` varchar(512) DEFAULT NULL,
  `length` time(6) DEFAULT '00:00:00',
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_playlist_createdby_fkey` FOREIGN KEY (`creator_id`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_show` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `url` varchar(255) DEFAULT '',
  `genre` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `color` varchar(6) DEFAULT NULL,
  `background_color` varchar(6) DEFAULT NULL,
  `live_stream_using_airtime_auth` tinyint(1) DEFAULT 0,
  `live_stream_using_custom_auth` tinyint(1) DEFAULT 0,
  `live_stream_user` varchar(255) DEFAULT NULL,
  `live_stream_pass` varchar(255) DEFAULT NULL,
  `linked` tinyint(1) NOT NULL DEFAULT 0,
  `is_linkable` tinyint(1) NOT NULL DEFAULT 1,
  `image_path` varchar(255) DEFAULT '',
  `has_autoplaylist` tinyint(1) NOT NULL DEFAULT 0,
  `autoplaylist_id` int(11) DEFAULT NULL,
  `autoplaylist_repeat` tinyint(1) NOT NULL DEFAULT 0,
  `override_intro_playlist` tinyint(1) NOT NULL DEFAULT 0,
  `intro_playlist_id` int(11) DEFAULT NULL,
  `override_outro_playlist` tinyint(1) NOT NULL DEFAULT 0,
  `outro_playlist_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_playlist_autoplaylist_fkey` FOREIGN KEY (`autoplaylist_id`) REFERENCES `cc_playlist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `cc_playlist_intro_playlist_fkey` FOREIGN KEY (`intro_playlist_id`) REFERENCES `cc_playlist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `cc_playlist_outro_playlist_fkey` FOREIGN KEY (`outro_playlist_id`) REFERENCES `cc_playlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_show_instances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` text DEFAULT NULL,
  `starts` datetime NOT NULL,
  `ends` datetime NOT NULL,
  `show_id` int(11) NOT NULL,
  `record` smallint(6) DEFAULT 0,
  `rebroadcast` smallint(6) DEFAULT 0,
  `instance_id` int(11) DEFAULT NULL,
  `file_id` int(11) DEFAULT NULL,
  `time_filled` time(6) DEFAULT '00:00:00',
  `created` datetime NOT NULL,
  `last_scheduled` datetime DEFAULT NULL,
  `modified_instance` tinyint(1) NOT NULL DEFAULT 0,
  `autoplaylist_built` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_original_show_instance_fkey` FOREIGN KEY (`instance_id`) REFERENCES `cc_show_instances` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_recorded_file_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_show_fkey` FOREIGN KEY (`show_id`) REFERENCES `cc_show` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_show_days` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_show` date NOT NULL,
  `last_show` date DEFAULT NULL,
  `start_time` time NOT NULL,
  `timezone` varchar(255) NOT NULL,
  `duration` varchar(255) NOT NULL,
  `day` smallint(6) DEFAULT NULL,
  `repeat_type` smallint(6) NOT NULL,
  `next_pop_date` date DEFAULT NULL,
  `show_id` int(11) NOT NULL,
  `record` smallint(6) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_show_days_cc_show_fkey` FOREIGN KEY (`show_id`) REFERENCES `cc_show` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_show_rebroadcast` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `day_offset` varchar(255) NOT NULL,
  `start_time` time NOT NULL,
  `show_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_show_rebroadcast_cc_show_fkey` FOREIGN KEY (`show_id`) REFERENCES `cc_show` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_show_hosts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `show_id` int(11) NOT NULL,
  `subjs_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_perm_host_fkey` FOREIGN KEY (`subjs_id`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_perm_show_fkey` FOREIGN KEY (`show_id`) REFERENCES `cc_show` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_block` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `mtime` datetime DEFAULT NULL,
  `utime` datetime DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `description` varchar(512) DEFAULT NULL,
  `length` time(6) DEFAULT '00:00:00',
  `type` varchar(7) DEFAULT 'dynamic',
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_block_createdby_fkey` FOREIGN KEY (`creator_id`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playlistcontents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `playlist_id` int(11) DEFAULT NULL,
  `file_id` int(11) DEFAULT NULL,
  `block_id` int(11) DEFAULT NULL,
  `stream_id` int(11) DEFAULT NULL,
  `type` smallint(6) NOT NULL DEFAULT 0,
  `position` int(11) DEFAULT NULL,
  `trackoffset` double NOT NULL DEFAULT 0,
  `cliplength` time(6) DEFAULT '00:00:00',
  `cuein` time(6) DEFAULT '00:00:00',
  `cueout` time(6) DEFAULT '00:00:00',
  `fadein` time DEFAULT '00:00:00',
  `fadeout` time DEFAULT '00:00:00',
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_playlistcontents_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `cc_block` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_playlistcontents_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_playlistcontents_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `cc_playlist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_blockcontents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `block_id` int(11) DEFAULT NULL,
  `file_id` int(11) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `trackoffset` double NOT NULL DEFAULT 0,
  `cliplength` time(6) DEFAULT '00:00:00',
  `cuein` time(6) DEFAULT '00:00:00',
  `cueout` time(6) DEFAULT '00:00:00',
  `fadein` time DEFAULT '00:00:00',
  `fadeout` time DEFAULT '00:00:00',
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_blockcontents_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `cc_block` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_blockcontents_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_blockcriteria` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `criteria` varchar(32) NOT NULL,
  `modifier` varchar(16) NOT NULL,
  `value` varchar(512) NOT NULL,
  `extra` varchar(512) DEFAULT NULL,
  `criteriagroup` int(11) DEFAULT NULL,
  `block_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_blockcriteria_cc_blockcontents_block_id_fkey` FOREIGN KEY (`block_id`) REFERENCES `cc_block` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_pref` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subjid` int(11) DEFAULT NULL,
  `keystr` varchar(255) DEFAULT NULL,
  `valstr` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cc_pref_subj_key_idx` (`subjid`, `keystr`),
  KEY `cc_pref_subjid_idx` (`subjid`),
  CONSTRAINT `cc_pref_subjid_fkey` FOREIGN KEY (`subjid`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_subjs_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `action` varchar(255) NOT NULL,
  `token` varchar(40) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cc_subjs_token_idx` (`token`),
  CONSTRAINT `cc_subjs_token_userid_fkey` FOREIGN KEY (`user_id`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_login_attempts` (
  `ip` varchar(32) NOT NULL,
  `attempts` int(11) DEFAULT 0,
  PRIMARY KEY (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_service_register` (
  `name` varchar(32) NOT NULL,
  `ip` varchar(45) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_live_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` varchar(32) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_webstream` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `url` varchar(512) NOT NULL,
  `length` time(6) NOT NULL DEFAULT '00:00:00',
  `creator_id` int(11) NOT NULL,
  `mtime` datetime NOT NULL,
  `utime` datetime NOT NULL,
  `lptime` datetime DEFAULT NULL,
  `mime` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `starts` datetime NOT NULL,
  `ends` datetime NOT NULL,
  `file_id` int(11) DEFAULT NULL,
  `stream_id` int(11) DEFAULT NULL,
  `clip_length` time(6) DEFAULT '00:00:00',
  `fade_in` time DEFAULT '00:00:00',
  `fade_out` time DEFAULT '00:00:00',
  `cue_in` time(6) NOT NULL,
  `cue_out` time(6) NOT NULL,
  `media_item_played` tinyint(1) DEFAULT 0,
  `instance_id` int(11) NOT NULL,
  `playout_status` smallint(6) NOT NULL DEFAULT 1,
  `broadcasted` smallint(6) NOT NULL DEFAULT 0,
  `position` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `cc_schedule_instance_id_idx` (`instance_id`),
  CONSTRAINT `cc_show_file_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_show_inst_fkey` FOREIGN KEY (`instance_id`) REFERENCES `cc_show_instances` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_show_stream_fkey` FOREIGN KEY (`stream_id`) REFERENCES `cc_webstream` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_webstream_metadata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `instance_id` int(11) NOT NULL,
  `start_time` datetime NOT NULL,
  `liquidsoap_data` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_schedule_inst_fkey` FOREIGN KEY (`instance_id`) REFERENCES `cc_schedule` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_mount_name` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mount_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_timestamp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_listener_count` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp_id` int(11) NOT NULL,
  `mount_name_id` int(11) NOT NULL,
  `listener_count` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_mount_name_inst_fkey` FOREIGN KEY (`mount_name_id`) REFERENCES `cc_mount_name` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cc_timestamp_inst_fkey` FOREIGN KEY (`timestamp_id`) REFERENCES `cc_timestamp` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playout_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) DEFAULT NULL,
  `starts` datetime NOT NULL,
  `ends` datetime DEFAULT NULL,
  `instance_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_his_item_inst_fkey` FOREIGN KEY (`instance_id`) REFERENCES `cc_show_instances` (`id`) ON DELETE SET NULL,
  CONSTRAINT `cc_playout_history_file_tag_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playout_history_metadata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `history_id` int(11) NOT NULL,
  `key` varchar(128) NOT NULL,
  `value` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_playout_history_metadata_entry_fkey` FOREIGN KEY (`history_id`) REFERENCES `cc_playout_history` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playout_history_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `type` varchar(35) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_playout_history_template_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) NOT NULL,
  `name` varchar(128) NOT NULL,
  `label` varchar(128) NOT NULL,
  `type` varchar(128) NOT NULL,
  `is_file_md` tinyint(1) NOT NULL DEFAULT 0,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cc_playout_history_template_template_fkey` FOREIGN KEY (`template_id`) REFERENCES `cc_playout_history_template` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_party_track_references` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `service` varchar(256) NOT NULL,
  `foreign_id` varchar(256) DEFAULT NULL,
  `file_id` int(11) DEFAULT 0,
  `upload_time` datetime DEFAULT NULL,
  `status` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foreign_id_unique` (`foreign_id`),
  CONSTRAINT `track_reference_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `celery_tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` varchar(256) NOT NULL,
  `track_reference` int(11) NOT NULL,
  `name` varchar(256) DEFAULT NULL,
  `dispatch_time` datetime DEFAULT NULL,
  `status` varchar(256) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `celery_service_fkey` FOREIGN KEY (`track_reference`) REFERENCES `third_party_track_references` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` text NOT NULL,
  `title` text NOT NULL,
  `creator` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `language` text DEFAULT NULL,
  `copyright` text DEFAULT NULL,
  `link` text DEFAULT NULL,
  `itunes_author` text DEFAULT NULL,
  `itunes_keywords` text DEFAULT NULL,
  `itunes_summary` text DEFAULT NULL,
  `itunes_subtitle` text DEFAULT NULL,
  `itunes_category` text DEFAULT NULL,
  `itunes_explicit` text DEFAULT NULL,
  `owner` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcast_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `cc_subjs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_podcast` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `podcast_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcast_id_fkey` FOREIGN KEY (`podcast_id`) REFERENCES `podcast` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imported_podcast` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `auto_ingest` tinyint(1) NOT NULL DEFAULT 0,
  `auto_ingest_timestamp` datetime DEFAULT NULL,
  `album_override` tinyint(1) NOT NULL DEFAULT 0,
  `podcast_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `imported_podcast_podcast_id_fkey` FOREIGN KEY (`podcast_id`) REFERENCES `podcast` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcast_episodes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) DEFAULT NULL,
  `podcast_id` int(11) NOT NULL,
  `publication_date` datetime NOT NULL,
  `download_url` text NOT NULL,
  `episode_guid` text NOT NULL,
  `episode_title` text NOT NULL,
  `episode_description` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcast_episodes_cc_files_fkey` FOREIGN KEY (`file_id`) REFERENCES `cc_files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `podcast_episodes_podcast_id_fkey` FOREIGN KEY (`podcast_id`) REFERENCES `podcast` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` char(32) NOT NULL,
  `modified` int(11) DEFAULT NULL,
  `lifetime` int(11) DEFAULT NULL,
  `data` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


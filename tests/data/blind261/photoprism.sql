-- PhotoPrism (photoprism/photoprism: AI-powered self-hosted photo library and backup), MariaDB/MySQL schema.
-- Upstream: github.com/photoprism/photoprism, commit 382ffa89927f9fa2aca6ab83481177e0d81dd405 (2024-12-13), AGPL-3.0.
-- How this file was made: PhotoPrism creates its tables with GORM v1 (jinzhu/gorm) AutoMigrate from the structs
-- registered in internal/entity/entity_tables.go (38 tables: migrate.Migration, migrate.Version and the 36 entities).
-- Each struct was written as the MySQL DDL GORM v1 renders: fields in struct order, column names from gorm
-- "column:" tags or GORM's snake_case of the field name, types from "type:"/"size:" tags or GORM's MySQL defaults
-- (string varchar(255), int int, uint int unsigned, int64 and time.Duration bigint, bool boolean, float64 double,
-- time.Time DATETIME NULL), "default:" tags, primary keys (AUTO_INCREMENT unless auto_increment:false) and the
-- unique_index tags; associations (pointers and slices of other entities) and gorm:"-" fields are not columns.
-- Then the MySQL migrations in internal/entity/migrate/mysql/ that change a column or a unique index were folded in
-- (photo_color, file_diff and file_chroma default -1; unique idx_files_search_media and idx_files_search_timeline).
-- Plain indexes are left out. GORM v1 declares no foreign keys, so there are none.

CREATE TABLE `migrations` (
  `id` varchar(16) NOT NULL,
  `dialect` varchar(16),
  `stage` varchar(16),
  `error` varchar(255),
  `source` varchar(16),
  `started_at` DATETIME NULL,
  `finished_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `version` varchar(255),
  `edition` varchar(255),
  `error` varchar(255),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `migrated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_version_edition` (`version`, `edition`)
);

CREATE TABLE `errors` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `error_time` DATETIME NULL,
  `error_level` VARBINARY(32),
  `error_message` VARBINARY(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `passwords` (
  `uid` VARBINARY(255) NOT NULL,
  `hash` VARBINARY(255),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`uid`)
);

CREATE TABLE `passcodes` (
  `uid` VARBINARY(255) NOT NULL,
  `key_type` varchar(64) NOT NULL DEFAULT '',
  `key_url` varchar(2048) DEFAULT '',
  `recovery_code` varchar(255) DEFAULT '',
  `verified_at` DATETIME NULL,
  `activated_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`uid`, `key_type`)
);

CREATE TABLE `auth_users` (
  `id` int AUTO_INCREMENT NOT NULL,
  `user_uuid` VARBINARY(64),
  `user_uid` VARBINARY(42),
  `auth_provider` VARBINARY(128) DEFAULT '',
  `auth_method` VARBINARY(128) DEFAULT '',
  `auth_issuer` VARBINARY(255) DEFAULT '',
  `auth_id` VARBINARY(255) DEFAULT '',
  `user_name` varchar(200),
  `display_name` varchar(200),
  `user_email` varchar(255),
  `backup_email` varchar(255),
  `user_role` varchar(64) DEFAULT '',
  `user_attr` varchar(1024),
  `super_admin` boolean,
  `can_login` boolean,
  `login_at` DATETIME NULL,
  `expires_at` DATETIME NULL,
  `webdav` boolean,
  `base_path` VARBINARY(1024),
  `upload_path` VARBINARY(1024),
  `can_invite` boolean,
  `invite_token` VARBINARY(64),
  `invited_by` varchar(64),
  `verify_token` VARBINARY(64),
  `verified_at` DATETIME NULL,
  `consent_at` DATETIME NULL,
  `born_at` DATETIME NULL,
  `reset_token` VARBINARY(64),
  `preview_token` VARBINARY(64),
  `download_token` VARBINARY(64),
  `thumb` VARBINARY(128) DEFAULT '',
  `thumb_src` VARBINARY(8) DEFAULT '',
  `ref_id` VARBINARY(16),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_auth_users_user_uid` (`user_uid`)
);

CREATE TABLE `auth_users_details` (
  `user_uid` VARBINARY(42) NOT NULL,
  `subj_uid` VARBINARY(42),
  `subj_src` VARBINARY(8) DEFAULT '',
  `place_id` VARBINARY(42) DEFAULT 'zz',
  `place_src` VARBINARY(8),
  `cell_id` VARBINARY(42) DEFAULT 'zz',
  `birth_year` int,
  `birth_month` int,
  `birth_day` int,
  `name_title` varchar(32),
  `given_name` varchar(64),
  `middle_name` varchar(64),
  `family_name` varchar(64),
  `name_suffix` varchar(32),
  `nick_name` varchar(64),
  `name_src` VARBINARY(8),
  `user_gender` varchar(16),
  `user_about` varchar(512),
  `user_bio` varchar(2048),
  `user_location` varchar(512),
  `user_country` VARBINARY(2),
  `user_phone` varchar(32),
  `site_url` VARBINARY(512),
  `profile_url` VARBINARY(512),
  `feed_url` VARBINARY(512),
  `avatar_url` VARBINARY(512),
  `org_title` varchar(64),
  `org_name` varchar(128),
  `org_email` varchar(255),
  `org_phone` varchar(32),
  `org_url` VARBINARY(512),
  `id_url` VARBINARY(512),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`user_uid`)
);

CREATE TABLE `auth_users_settings` (
  `user_uid` VARBINARY(42) NOT NULL,
  `ui_theme` VARBINARY(32),
  `ui_language` VARBINARY(32),
  `ui_time_zone` VARBINARY(64),
  `maps_style` VARBINARY(32),
  `maps_animate` int DEFAULT 0,
  `index_path` VARBINARY(1024),
  `index_rescan` int DEFAULT 0,
  `import_path` VARBINARY(1024),
  `import_move` int DEFAULT 0,
  `download_originals` int DEFAULT 0,
  `download_media_raw` int DEFAULT 0,
  `download_media_sidecar` int DEFAULT 0,
  `upload_path` VARBINARY(1024),
  `default_page` VARBINARY(128),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`user_uid`)
);

CREATE TABLE `auth_sessions` (
  `id` VARBINARY(2048) NOT NULL,
  `user_uid` VARBINARY(42) DEFAULT '',
  `user_name` varchar(200),
  `client_uid` VARBINARY(42) DEFAULT '',
  `client_name` varchar(200) DEFAULT '',
  `client_ip` varchar(64),
  `auth_provider` VARBINARY(128) DEFAULT '',
  `auth_method` VARBINARY(128) DEFAULT '',
  `auth_issuer` VARBINARY(255) DEFAULT '',
  `auth_id` VARBINARY(255) DEFAULT '',
  `auth_scope` varchar(1024) DEFAULT '',
  `grant_type` VARBINARY(64) DEFAULT '',
  `last_active` bigint,
  `sess_expires` bigint,
  `sess_timeout` bigint,
  `preview_token` VARBINARY(64) DEFAULT '',
  `download_token` VARBINARY(64) DEFAULT '',
  `access_token` VARBINARY(4096) DEFAULT '',
  `refresh_token` VARBINARY(2048) DEFAULT '',
  `id_token` VARBINARY(2048) DEFAULT '',
  `user_agent` varchar(512),
  `data_json` VARBINARY(4096),
  `ref_id` VARBINARY(16) DEFAULT '',
  `login_ip` varchar(64),
  `login_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_clients` (
  `client_uid` VARBINARY(42) NOT NULL,
  `user_uid` VARBINARY(42) DEFAULT '',
  `user_name` varchar(200),
  `client_name` varchar(200),
  `client_role` varchar(64) DEFAULT '',
  `client_type` VARBINARY(16),
  `client_url` VARBINARY(255) DEFAULT '',
  `callback_url` VARBINARY(255) DEFAULT '',
  `auth_provider` VARBINARY(128) DEFAULT '',
  `auth_method` VARBINARY(128) DEFAULT '',
  `auth_scope` varchar(1024) DEFAULT '',
  `auth_expires` bigint,
  `auth_tokens` bigint,
  `auth_enabled` boolean,
  `last_active` bigint,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`client_uid`)
);

CREATE TABLE `services` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `acc_name` VARCHAR(160),
  `acc_owner` VARCHAR(160),
  `acc_url` VARCHAR(255),
  `acc_type` VARBINARY(255),
  `acc_key` VARBINARY(255),
  `acc_user` VARBINARY(255),
  `acc_pass` VARBINARY(255),
  `acc_timeout` VARBINARY(16),
  `acc_error` VARBINARY(512),
  `acc_errors` int,
  `acc_share` boolean,
  `acc_sync` boolean,
  `retry_limit` int,
  `share_path` VARBINARY(1024),
  `share_size` VARBINARY(16),
  `share_expires` int,
  `sync_path` VARBINARY(1024),
  `sync_status` VARBINARY(16),
  `sync_interval` int,
  `sync_date` DATETIME NULL,
  `sync_upload` boolean,
  `sync_download` boolean,
  `sync_filenames` boolean,
  `sync_raw` boolean,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `folders` (
  `path` VARBINARY(1024),
  `root` VARBINARY(16) DEFAULT '',
  `folder_uid` VARBINARY(42) NOT NULL,
  `folder_type` VARBINARY(16),
  `folder_title` VARCHAR(200),
  `folder_category` VARCHAR(100),
  `folder_description` VARCHAR(2048),
  `folder_order` VARBINARY(32),
  `folder_country` VARBINARY(2) DEFAULT 'zz',
  `folder_year` int,
  `folder_month` int,
  `folder_day` int,
  `folder_favorite` boolean,
  `folder_private` boolean,
  `folder_ignore` boolean,
  `folder_watch` boolean,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `modified_at` DATETIME NULL,
  `published_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`folder_uid`),
  UNIQUE KEY `idx_folders_path_root` (`path`, `root`)
);

CREATE TABLE `duplicates` (
  `file_name` VARBINARY(755) NOT NULL,
  `file_root` VARBINARY(16) NOT NULL DEFAULT '/',
  `file_hash` VARBINARY(128) DEFAULT '',
  `file_size` bigint,
  `mod_time` bigint,
  PRIMARY KEY (`file_name`, `file_root`)
);

CREATE TABLE `files` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `photo_id` int unsigned,
  `photo_uid` VARBINARY(42),
  `photo_taken_at` DATETIME,
  `time_index` VARBINARY(64),
  `media_id` VARBINARY(32),
  `media_utc` bigint,
  `instance_id` VARBINARY(64),
  `file_uid` VARBINARY(42),
  `file_name` VARBINARY(1024),
  `file_root` VARBINARY(16) DEFAULT '/',
  `original_name` VARBINARY(755),
  `file_hash` VARBINARY(128),
  `file_size` bigint,
  `file_codec` VARBINARY(32),
  `file_type` VARBINARY(16),
  `media_type` VARBINARY(16),
  `file_mime` VARBINARY(64),
  `file_primary` boolean,
  `file_sidecar` boolean,
  `file_missing` boolean,
  `file_portrait` boolean,
  `file_video` boolean,
  `file_duration` bigint,
  `file_fps` double,
  `file_frames` int,
  `file_width` int,
  `file_height` int,
  `file_orientation` int,
  `file_orientation_src` VARBINARY(8) DEFAULT '',
  `file_projection` VARBINARY(64),
  `file_aspect_ratio` FLOAT,
  `file_hdr` boolean,
  `file_watermark` boolean,
  `file_color_profile` VARBINARY(64),
  `file_main_color` VARBINARY(16),
  `file_colors` VARBINARY(18),
  `file_luminance` VARBINARY(18),
  `file_diff` INTEGER DEFAULT -1,
  `file_chroma` SMALLINT DEFAULT -1,
  `file_software` VARCHAR(64),
  `file_error` VARBINARY(512),
  `mod_time` bigint,
  `created_at` DATETIME NULL,
  `created_in` bigint,
  `updated_at` DATETIME NULL,
  `updated_in` bigint,
  `published_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_files_file_uid` (`file_uid`),
  UNIQUE KEY `idx_files_name_root` (`file_name`, `file_root`),
  UNIQUE KEY `idx_files_search_media` (`media_id`),
  UNIQUE KEY `idx_files_search_timeline` (`time_index`)
);

CREATE TABLE `files_share` (
  `file_id` int unsigned NOT NULL,
  `service_id` int unsigned NOT NULL,
  `remote_name` VARBINARY(255) NOT NULL,
  `status` VARBINARY(16),
  `error` VARBINARY(512),
  `errors` int,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`file_id`, `service_id`, `remote_name`)
);

CREATE TABLE `files_sync` (
  `remote_name` VARBINARY(255) NOT NULL,
  `service_id` int unsigned NOT NULL,
  `file_id` int unsigned,
  `remote_date` DATETIME NULL,
  `remote_size` bigint,
  `status` VARBINARY(16),
  `error` VARBINARY(512),
  `errors` int,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`remote_name`, `service_id`)
);

CREATE TABLE `photos` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `uuid` VARBINARY(64),
  `taken_at` DATETIME,
  `taken_at_local` DATETIME,
  `taken_src` VARBINARY(8),
  `photo_uid` VARBINARY(42),
  `photo_type` VARBINARY(8) DEFAULT 'image',
  `type_src` VARBINARY(8),
  `photo_title` VARCHAR(200),
  `title_src` VARBINARY(8),
  `photo_description` VARCHAR(4096),
  `description_src` VARBINARY(8),
  `photo_path` VARBINARY(1024),
  `photo_name` VARBINARY(255),
  `original_name` VARBINARY(755),
  `photo_stack` tinyint,
  `photo_favorite` boolean,
  `photo_private` boolean,
  `photo_scan` boolean,
  `photo_panorama` boolean,
  `time_zone` VARBINARY(64),
  `place_id` VARBINARY(42) DEFAULT 'zz',
  `place_src` VARBINARY(8),
  `cell_id` VARBINARY(42) DEFAULT 'zz',
  `cell_accuracy` int,
  `photo_altitude` int,
  `photo_lat` DOUBLE,
  `photo_lng` DOUBLE,
  `photo_country` VARBINARY(2) DEFAULT 'zz',
  `photo_year` int,
  `photo_month` int,
  `photo_day` int,
  `photo_iso` int,
  `photo_exposure` VARBINARY(64),
  `photo_f_number` FLOAT,
  `photo_focal_length` int,
  `photo_quality` SMALLINT,
  `photo_faces` int,
  `photo_resolution` SMALLINT,
  `photo_duration` bigint,
  `photo_color` SMALLINT DEFAULT -1,
  `camera_id` int unsigned DEFAULT 1,
  `camera_serial` VARBINARY(160),
  `camera_src` VARBINARY(8),
  `lens_id` int unsigned DEFAULT 1,
  `created_by` VARBINARY(42),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `edited_at` DATETIME NULL,
  `published_at` DATETIME NULL,
  `checked_at` DATETIME NULL,
  `estimated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_photos_photo_uid` (`photo_uid`)
);

CREATE TABLE `photos_users` (
  `uid` VARBINARY(42) NOT NULL,
  `user_uid` VARBINARY(42) NOT NULL,
  `team_uid` VARBINARY(42),
  `perm` int unsigned,
  PRIMARY KEY (`uid`, `user_uid`)
);

CREATE TABLE `details` (
  `photo_id` int unsigned NOT NULL,
  `keywords` VARCHAR(2048),
  `keywords_src` VARBINARY(8),
  `notes` VARCHAR(2048),
  `notes_src` VARBINARY(8),
  `subject` VARCHAR(1024),
  `subject_src` VARBINARY(8),
  `artist` VARCHAR(1024),
  `artist_src` VARBINARY(8),
  `copyright` VARCHAR(1024),
  `copyright_src` VARBINARY(8),
  `license` VARCHAR(1024),
  `license_src` VARBINARY(8),
  `software` VARCHAR(1024),
  `software_src` VARBINARY(8),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`photo_id`)
);

CREATE TABLE `places` (
  `id` VARBINARY(42) NOT NULL,
  `place_label` VARCHAR(400),
  `place_district` VARCHAR(100),
  `place_city` VARCHAR(100),
  `place_state` VARCHAR(100),
  `place_country` VARBINARY(2),
  `place_keywords` VARCHAR(300),
  `place_favorite` boolean,
  `photo_count` int DEFAULT 1,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cells` (
  `id` VARBINARY(42) NOT NULL,
  `cell_name` VARCHAR(200),
  `cell_street` VARCHAR(100),
  `cell_postcode` VARCHAR(50),
  `cell_category` VARCHAR(50),
  `place_id` VARBINARY(42) DEFAULT 'zz',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cameras` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `camera_slug` VARBINARY(160),
  `camera_name` VARCHAR(160),
  `camera_make` VARCHAR(160),
  `camera_model` VARCHAR(160),
  `camera_type` VARCHAR(100),
  `camera_description` VARCHAR(2048),
  `camera_notes` VARCHAR(1024),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_cameras_camera_slug` (`camera_slug`)
);

CREATE TABLE `lenses` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `lens_slug` VARBINARY(160),
  `lens_name` VARCHAR(160),
  `lens_make` VARCHAR(160),
  `lens_model` VARCHAR(160),
  `lens_type` VARCHAR(100),
  `lens_description` VARCHAR(2048),
  `lens_notes` VARCHAR(1024),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_lenses_lens_slug` (`lens_slug`)
);

CREATE TABLE `countries` (
  `id` VARBINARY(2) NOT NULL,
  `country_slug` VARBINARY(160),
  `country_name` VARCHAR(160),
  `country_description` VARCHAR(2048),
  `country_notes` VARCHAR(1024),
  `country_photo_id` int unsigned,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_countries_country_slug` (`country_slug`)
);

CREATE TABLE `albums` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `album_uid` VARBINARY(42),
  `parent_uid` VARBINARY(42) DEFAULT '',
  `album_slug` VARBINARY(160),
  `album_path` VARCHAR(1024),
  `album_type` VARBINARY(8) DEFAULT 'album',
  `album_title` VARCHAR(160),
  `album_location` VARCHAR(160),
  `album_category` VARCHAR(100),
  `album_caption` VARCHAR(1024),
  `album_description` VARCHAR(2048),
  `album_notes` VARCHAR(1024),
  `album_filter` VARBINARY(2048),
  `album_order` VARBINARY(32),
  `album_template` VARBINARY(255),
  `album_state` VARCHAR(100),
  `album_country` VARBINARY(2) DEFAULT 'zz',
  `album_year` int,
  `album_month` int,
  `album_day` int,
  `album_favorite` boolean,
  `album_private` boolean,
  `thumb` VARBINARY(128) DEFAULT '',
  `thumb_src` VARBINARY(8) DEFAULT '',
  `created_by` VARBINARY(42),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `published_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_albums_album_uid` (`album_uid`)
);

CREATE TABLE `albums_users` (
  `uid` VARBINARY(42) NOT NULL,
  `user_uid` VARBINARY(42) NOT NULL,
  `team_uid` VARBINARY(42),
  `perm` int unsigned,
  PRIMARY KEY (`uid`, `user_uid`)
);

CREATE TABLE `photos_albums` (
  `photo_uid` VARBINARY(42) NOT NULL,
  `album_uid` VARBINARY(42) NOT NULL,
  `order` int,
  `hidden` boolean,
  `missing` boolean,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`photo_uid`, `album_uid`)
);

CREATE TABLE `labels` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `label_uid` VARBINARY(42),
  `label_slug` VARBINARY(160),
  `custom_slug` VARBINARY(160),
  `label_name` VARCHAR(160),
  `label_priority` int,
  `label_favorite` boolean,
  `label_description` VARCHAR(2048),
  `label_notes` VARCHAR(1024),
  `photo_count` int DEFAULT 1,
  `thumb` VARBINARY(128) DEFAULT '',
  `thumb_src` VARBINARY(8) DEFAULT '',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `published_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_labels_label_uid` (`label_uid`),
  UNIQUE KEY `uix_labels_label_slug` (`label_slug`)
);

CREATE TABLE `categories` (
  `label_id` int unsigned NOT NULL,
  `category_id` int unsigned NOT NULL,
  PRIMARY KEY (`label_id`, `category_id`)
);

CREATE TABLE `photos_labels` (
  `photo_id` int unsigned NOT NULL,
  `label_id` int unsigned NOT NULL,
  `label_src` VARBINARY(8),
  `uncertainty` SMALLINT,
  PRIMARY KEY (`photo_id`, `label_id`)
);

CREATE TABLE `keywords` (
  `id` int unsigned AUTO_INCREMENT NOT NULL,
  `keyword` VARCHAR(64),
  `skip` boolean,
  PRIMARY KEY (`id`)
);

CREATE TABLE `photos_keywords` (
  `photo_id` int unsigned NOT NULL,
  `keyword_id` int unsigned NOT NULL,
  PRIMARY KEY (`photo_id`, `keyword_id`)
);

CREATE TABLE `links` (
  `link_uid` VARBINARY(42) NOT NULL,
  `share_uid` VARBINARY(42),
  `share_slug` VARBINARY(160),
  `link_token` VARBINARY(160),
  `link_expires` int,
  `link_views` int unsigned,
  `max_views` int unsigned,
  `has_password` boolean,
  `comment` varchar(512),
  `perm` int unsigned,
  `ref_id` VARBINARY(16),
  `created_by` VARBINARY(42),
  `created_at` DATETIME NULL,
  `modified_at` DATETIME NULL,
  PRIMARY KEY (`link_uid`),
  UNIQUE KEY `idx_links_uid_token` (`share_uid`, `link_token`)
);

CREATE TABLE `subjects` (
  `subj_uid` VARBINARY(42) NOT NULL,
  `subj_type` VARBINARY(8) DEFAULT '',
  `subj_src` VARBINARY(8) DEFAULT '',
  `subj_slug` VARBINARY(160) DEFAULT '',
  `subj_name` varchar(160) DEFAULT '',
  `subj_alias` varchar(160) DEFAULT '',
  `subj_about` varchar(512),
  `subj_bio` varchar(2048),
  `subj_notes` varchar(1024),
  `subj_favorite` boolean DEFAULT false,
  `subj_hidden` boolean DEFAULT false,
  `subj_private` boolean DEFAULT false,
  `subj_excluded` boolean DEFAULT false,
  `file_count` int DEFAULT 0,
  `photo_count` int DEFAULT 0,
  `thumb` VARBINARY(128) DEFAULT '',
  `thumb_src` VARBINARY(8) DEFAULT '',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`subj_uid`),
  UNIQUE KEY `uix_subjects_subj_name` (`subj_name`)
);

CREATE TABLE `faces` (
  `id` VARBINARY(64) NOT NULL,
  `face_src` VARBINARY(8),
  `face_kind` int,
  `face_hidden` boolean,
  `subj_uid` VARBINARY(42) DEFAULT '',
  `samples` int,
  `sample_radius` double,
  `collisions` int,
  `collision_radius` double,
  `embedding_json` MEDIUMBLOB,
  `matched_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `markers` (
  `marker_uid` VARBINARY(42) NOT NULL,
  `file_uid` VARBINARY(42) DEFAULT '',
  `marker_type` VARBINARY(8) DEFAULT '',
  `marker_src` VARBINARY(8) DEFAULT '',
  `marker_name` VARCHAR(160),
  `marker_review` boolean,
  `marker_invalid` boolean,
  `subj_uid` VARBINARY(42),
  `subj_src` VARBINARY(8) DEFAULT '',
  `face_id` VARBINARY(64),
  `face_dist` double DEFAULT -1,
  `embeddings_json` MEDIUMBLOB,
  `landmarks_json` MEDIUMBLOB,
  `x` FLOAT,
  `y` FLOAT,
  `w` FLOAT,
  `h` FLOAT,
  `q` int,
  `size` int DEFAULT -1,
  `score` SMALLINT,
  `thumb` VARBINARY(128) DEFAULT '',
  `matched_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`marker_uid`)
);

CREATE TABLE `reactions` (
  `uid` VARBINARY(42) NOT NULL,
  `user_uid` VARBINARY(42) NOT NULL,
  `reaction` VARBINARY(64) NOT NULL,
  `reacted` int,
  `reacted_at` DATETIME NULL,
  PRIMARY KEY (`uid`, `user_uid`, `reaction`)
);

CREATE TABLE `auth_users_shares` (
  `user_uid` VARBINARY(42) NOT NULL,
  `share_uid` VARBINARY(42) NOT NULL,
  `link_uid` VARBINARY(42),
  `expires_at` DATETIME NULL,
  `comment` varchar(512),
  `perm` int unsigned,
  `ref_id` VARBINARY(16),
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`user_uid`, `share_uid`)
);

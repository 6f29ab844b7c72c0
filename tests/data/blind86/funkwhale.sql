CREATE TABLE `users_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `secret_key` CHAR(32) NULL,
  `privacy_level` VARCHAR(30) NOT NULL,
  `subsonic_api_token` VARCHAR(255) NULL,
  `permission_library` TINYINT(1) NOT NULL,
  `permission_settings` TINYINT(1) NOT NULL,
  `last_activity` DATETIME(6) NULL,
  `invitation_id` INT NULL,
  `avatar` VARCHAR(150) NULL,
  `actor_id` INT NULL,
  `upload_quota` INT UNSIGNED NULL,
  `permission_moderation` TINYINT(1) NOT NULL,
  `funkwhale_support_message_display_date` DATETIME(6) NULL,
  `instance_support_message_display_date` DATETIME(6) NULL,
  `settings` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_invitation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME(6) NOT NULL,
  `expiration_date` DATETIME(6) NOT NULL,
  `code` VARCHAR(50) NOT NULL,
  `owner_id` INT NOT NULL,
  `invited_user_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(100) NOT NULL,
  `redirect_uris` LONGTEXT NOT NULL,
  `client_type` VARCHAR(32) NOT NULL,
  `authorization_grant_type` VARCHAR(32) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `skip_authorization` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `user_id` INT NULL,
  `scope` LONGTEXT NOT NULL,
  `token` VARCHAR(50) NULL,
  `algorithm` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_grant` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `redirect_uri` LONGTEXT NOT NULL,
  `scope` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `code_challenge` VARCHAR(128) NOT NULL,
  `code_challenge_method` VARCHAR(10) NOT NULL,
  `claims` LONGTEXT NOT NULL,
  `nonce` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_accesstoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6) NOT NULL,
  `scope` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `application_id` BIGINT NULL,
  `source_refresh_token_id` BIGINT NULL,
  `user_id` INT NULL,
  `id_token_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_refreshtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `revoked` DATETIME(6) NULL,
  `access_token_id` BIGINT NULL,
  `application_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `sent` DATETIME(6) NULL,
  `key` VARCHAR(64) NOT NULL,
  `email_address_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `dynamic_preferences_globalpreferencemodel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `section` VARCHAR(150) NULL,
  `name` VARCHAR(150) NOT NULL,
  `raw_value` LONGTEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_domain` (
  `name` VARCHAR(255) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `nodeinfo_fetch_date` DATETIME(6) NULL,
  `nodeinfo` JSON NOT NULL,
  `service_actor_id` INT NULL,
  `allowed` TINYINT(1) NULL,
  `reachable` TINYINT(1) NOT NULL,
  `last_successful_contact` DATETIME(6) NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `federation_actor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NOT NULL,
  `url` VARCHAR(500) NULL,
  `outbox_url` VARCHAR(500) NULL,
  `inbox_url` VARCHAR(500) NULL,
  `following_url` VARCHAR(500) NULL,
  `followers_url` VARCHAR(500) NULL,
  `shared_inbox_url` VARCHAR(500) NULL,
  `type` VARCHAR(25) NOT NULL,
  `name` VARCHAR(200) NULL,
  `domain_id` VARCHAR(255) NOT NULL,
  `summary` VARCHAR(500) NULL,
  `summary_obj_id` INT NULL,
  `preferred_username` VARCHAR(200) NULL,
  `public_key` LONGTEXT NULL,
  `private_key` LONGTEXT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `last_fetch_date` DATETIME(6) NOT NULL,
  `manually_approves_followers` TINYINT(1) NULL,
  `attachment_icon_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_follow` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `modification_date` DATETIME(6) NOT NULL,
  `approved` TINYINT(1) NULL,
  `actor_id` INT NOT NULL,
  `target_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_libraryfollow` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `modification_date` DATETIME(6) NOT NULL,
  `approved` TINYINT(1) NULL,
  `actor_id` INT NOT NULL,
  `target_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_activity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `actor_id` INT NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `fid` VARCHAR(500) NULL,
  `url` VARCHAR(500) NULL,
  `payload` JSON NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `type` VARCHAR(100) NULL,
  `object_id` INT NULL,
  `object_content_type_id` INT NULL,
  `target_id` INT NULL,
  `target_content_type_id` INT NULL,
  `related_object_id` INT NULL,
  `related_object_content_type_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_inboxitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `actor_id` INT NOT NULL,
  `activity_id` INT NOT NULL,
  `type` VARCHAR(10) NOT NULL,
  `is_read` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_delivery` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_delivered` TINYINT(1) NOT NULL,
  `last_attempt_date` DATETIME(6) NULL,
  `attempts` INT UNSIGNED NOT NULL,
  `inbox_url` VARCHAR(500) NOT NULL,
  `activity_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_fetch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(500) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `fetch_date` DATETIME(6) NULL,
  `object_id` INT NULL,
  `object_content_type_id` INT NULL,
  `status` VARCHAR(20) NOT NULL,
  `detail` JSON NOT NULL,
  `actor_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_license` (
  `code` VARCHAR(100) NOT NULL,
  `url` VARCHAR(500) NOT NULL,
  `copyleft` TINYINT(1) NOT NULL,
  `commercial` TINYINT(1) NOT NULL,
  `attribution` TINYINT(1) NOT NULL,
  `derivative` TINYINT(1) NOT NULL,
  `redistribute` TINYINT(1) NOT NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `music_artist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `mbid` CHAR(32) NULL,
  `uuid` CHAR(32) NOT NULL,
  `from_activity_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `body_text` LONGTEXT NOT NULL,
  `name` LONGTEXT NOT NULL,
  `attributed_to_id` INT NULL,
  `description_id` INT NULL,
  `attachment_cover_id` INT NULL,
  `content_category` VARCHAR(30) NOT NULL,
  `modification_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_album` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `mbid` CHAR(32) NULL,
  `uuid` CHAR(32) NOT NULL,
  `from_activity_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `body_text` LONGTEXT NOT NULL,
  `title` LONGTEXT NOT NULL,
  `artist_id` INT NOT NULL,
  `release_date` DATE NULL,
  `release_group_id` CHAR(32) NULL,
  `attachment_cover_id` INT NULL,
  `type` VARCHAR(30) NOT NULL,
  `attributed_to_id` INT NULL,
  `description_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_track` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `from_activity_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `body_text` LONGTEXT NOT NULL,
  `mbid` CHAR(32) NULL,
  `title` LONGTEXT NOT NULL,
  `artist_id` INT NOT NULL,
  `disc_number` INT UNSIGNED NULL,
  `position` INT UNSIGNED NULL,
  `album_id` INT NULL,
  `license_id` VARCHAR(100) NULL,
  `attributed_to_id` INT NULL,
  `copyright` LONGTEXT NULL,
  `description_id` INT NULL,
  `attachment_cover_id` INT NULL,
  `downloads_count` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_upload` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `track_id` INT NULL,
  `audio_file` VARCHAR(255) NOT NULL,
  `source` VARCHAR(500) NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `modification_date` DATETIME(6) NULL,
  `accessed_date` DATETIME(6) NULL,
  `duration` INT NULL,
  `size` INT NULL,
  `bitrate` INT NULL,
  `acoustid_track_id` CHAR(32) NULL,
  `mimetype` VARCHAR(200) NULL,
  `library_id` INT NULL,
  `metadata` JSON NOT NULL,
  `import_date` DATETIME(6) NULL,
  `import_metadata` JSON NOT NULL,
  `import_status` VARCHAR(25) NOT NULL,
  `import_reference` VARCHAR(50) NOT NULL,
  `import_details` JSON NOT NULL,
  `from_activity_id` INT NULL,
  `downloads_count` INT UNSIGNED NOT NULL,
  `checksum` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_uploadversion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `upload_id` INT NOT NULL,
  `mimetype` VARCHAR(50) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `accessed_date` DATETIME(6) NULL,
  `audio_file` VARCHAR(255) NOT NULL,
  `bitrate` INT UNSIGNED NOT NULL,
  `size` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `music_library` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NOT NULL,
  `url` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `actor_id` INT NOT NULL,
  `followers_url` VARCHAR(500) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT NULL,
  `privacy_level` VARCHAR(25) NOT NULL,
  `uploads_count` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audio_channel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `artist_id` INT NOT NULL,
  `attributed_to_id` INT NOT NULL,
  `actor_id` INT NOT NULL,
  `library_id` INT NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `rss_url` VARCHAR(500) NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `common_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `actor_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `last_fetch_date` DATETIME(6) NULL,
  `size` INT NULL,
  `mimetype` VARCHAR(200) NULL,
  `file` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `common_content` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(5000) NULL,
  `content_type` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `common_mutation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `created_by_id` INT NULL,
  `approved_by_id` INT NULL,
  `type` VARCHAR(100) NOT NULL,
  `is_approved` TINYINT(1) NULL,
  `is_applied` TINYINT(1) NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `applied_date` DATETIME(6) NULL,
  `summary` LONGTEXT NULL,
  `payload` JSON NOT NULL,
  `previous_state` JSON NULL,
  `target_id` INT NULL,
  `target_content_type_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `common_pluginconfiguration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(100) NOT NULL,
  `user_id` INT NULL,
  `conf` JSON NULL,
  `enabled` TINYINT(1) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_instancepolicy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `actor_id` INT NULL,
  `target_domain_id` VARCHAR(255) NULL,
  `target_actor_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `summary` LONGTEXT NULL,
  `block_all` TINYINT(1) NOT NULL,
  `silence_activity` TINYINT(1) NOT NULL,
  `silence_notifications` TINYINT(1) NOT NULL,
  `reject_media` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_userfilter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `target_artist_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fid` VARCHAR(500) NOT NULL,
  `url` VARCHAR(500) NULL,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `summary` LONGTEXT NULL,
  `handled_date` DATETIME(6) NULL,
  `is_handled` TINYINT(1) NOT NULL,
  `type` VARCHAR(40) NOT NULL,
  `submitter_email` VARCHAR(254) NULL,
  `submitter_id` INT NULL,
  `assigned_to_id` INT NULL,
  `target_id` INT NULL,
  `target_content_type_id` INT NULL,
  `target_owner_id` INT NULL,
  `target_state` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_note` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `summary` LONGTEXT NOT NULL,
  `author_id` INT NOT NULL,
  `target_id` INT NULL,
  `target_content_type_id` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_userrequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `handled_date` DATETIME(6) NULL,
  `type` VARCHAR(40) NOT NULL,
  `status` VARCHAR(40) NOT NULL,
  `submitter_id` INT NOT NULL,
  `assigned_to_id` INT NULL,
  `metadata` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `favorites_trackfavorite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `track_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `history_listening` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME(6) NULL,
  `track_id` INT NOT NULL,
  `user_id` INT NULL,
  `session_key` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `playlists_playlist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `user_id` INT NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `modification_date` DATETIME(6) NOT NULL,
  `privacy_level` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `playlists_playlisttrack` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `track_id` INT NOT NULL,
  `index` INT UNSIGNED NULL,
  `playlist_id` INT NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `radios_radio` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `version` INT UNSIGNED NOT NULL,
  `config` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `radios_radiosession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `session_key` VARCHAR(100) NULL,
  `radio_type` VARCHAR(50) NOT NULL,
  `custom_radio_id` INT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  `related_object_content_type_id` INT NULL,
  `related_object_id` INT UNSIGNED NULL,
  `config` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags_taggeditem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME(6) NOT NULL,
  `tag_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);


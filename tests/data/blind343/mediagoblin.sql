-- GNU MediaGoblin 0.15.0 (federated, self-hosted media publishing: video, audio and images; Python, SQLAlchemy)
-- Upstream: git.sr.ht/~mediagoblin/mediagoblin (savannah), read from the GitHub mirror GitMirroring/mediagoblin,
-- commit 7ab60a7c1e123b7e2886956a503aaa430ed1f21b (tag v0.15.0) (AGPL-3.0-or-later)
-- How made: upstream's own `gmg dbupdate` (Alembic migrations, then the foundations) was run on an empty
-- PostgreSQL 15 database with the plugins of mediagoblin.example.ini (geolocation, processing_info, basic_auth,
-- media_types.image) plus media_types.video, media_types.audio, plugins.subtitles and plugins.archivalook
-- (GStreamer's `gi` was stubbed only so that the video/audio media types import; no table depends on it);
-- the tables were written as MySQL from information_schema: columns in order, NOT NULL, primary keys, unique
-- constraints and foreign keys; SQLAlchemy Unicode/UnicodeText (PostgreSQL varchar without length / text) ->
-- longtext, or varchar(255) where the column is part of a key; DateTime -> datetime(6); Boolean -> tinyint(1);
-- Float -> double precision / float; plain indexes left out. All 36 tables kept.
-- One change: core__mediafiles.name_id is SmallInteger upstream but refers to the Integer core__file_keynames.id,
-- which PostgreSQL accepts and MariaDB does not; it is written as int here.

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` longtext,
  `position` longtext,
  `address` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` longtext,
  `bio` longtext,
  `name` longtext,
  `type` longtext,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `location` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__users_location_fkey` FOREIGN KEY (`location`) REFERENCES `core__locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__media_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_id` varchar(255),
  `remote` tinyint(1),
  `actor` int NOT NULL,
  `title` longtext NOT NULL,
  `slug` varchar(255),
  `description` longtext,
  `media_type` longtext NOT NULL,
  `state` longtext NOT NULL,
  `license` longtext,
  `file_size` int,
  `location` int,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `fail_error` longtext,
  `fail_metadata` longtext,
  `transcoding_progress` smallint,
  `queued_media_file` longtext,
  `queued_task_id` longtext,
  `media_metadata` longtext,
  `main_transcoding_progress` double precision,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__media_entries_actor_slug_key` (`actor`, `slug`),
  UNIQUE KEY `core__media_entries_public_id_key` (`public_id`),
  CONSTRAINT `core__media_entries_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__media_entries_location_fkey` FOREIGN KEY (`location`) REFERENCES `core__locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archivalook__featured_media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_entry_id` int NOT NULL,
  `display_type` longtext NOT NULL,
  `order` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `archivalook__featured_media_media_entry_id_fkey` FOREIGN KEY (`media_entry_id`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audio__mediadata` (
  `media_entry` int NOT NULL,
  PRIMARY KEY (`media_entry`),
  CONSTRAINT `audio__mediadata_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__clients` (
  `id` varchar(255) NOT NULL,
  `secret` longtext NOT NULL,
  `expirey` datetime(6),
  `application_type` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `redirect_uri` longtext,
  `logo_url` longtext,
  `application_name` longtext,
  `contacts` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__request_tokens` (
  `token` varchar(255) NOT NULL,
  `secret` longtext NOT NULL,
  `client` varchar(255),
  `actor` int,
  `used` tinyint(1),
  `authenticated` tinyint(1),
  `verifier` longtext,
  `callback` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `core__request_tokens_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__request_tokens_client_fkey` FOREIGN KEY (`client`) REFERENCES `core__clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__access_tokens` (
  `token` varchar(255) NOT NULL,
  `secret` longtext NOT NULL,
  `actor` int,
  `request_token` varchar(255),
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `core__access_tokens_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__access_tokens_request_token_fkey` FOREIGN KEY (`request_token`) REFERENCES `core__request_tokens` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__generators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `published` datetime(6),
  `updated` datetime(6),
  `object_type` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__generic_model_reference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `obj_pk` int NOT NULL,
  `model_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__generic_model_reference_model_type_obj_pk_key` (`model_type`, `obj_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_id` varchar(255),
  `actor` int NOT NULL,
  `published` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `verb` longtext NOT NULL,
  `content` longtext,
  `title` longtext,
  `generator` int,
  `object_id` int NOT NULL,
  `target_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__activities_public_id_key` (`public_id`),
  CONSTRAINT `core__activities_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__activities_generator_fkey` FOREIGN KEY (`generator`) REFERENCES `core__generators` (`id`),
  CONSTRAINT `core__activities_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `core__generic_model_reference` (`id`),
  CONSTRAINT `core__activities_target_id_fkey` FOREIGN KEY (`target_id`) REFERENCES `core__generic_model_reference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__attachment_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_entry` int NOT NULL,
  `name` longtext NOT NULL,
  `filepath` longtext,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__attachment_files_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_id` varchar(255),
  `title` longtext NOT NULL,
  `slug` varchar(255),
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `description` longtext,
  `actor` int NOT NULL,
  `num_items` int,
  `type` longtext NOT NULL,
  `location` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__collections_actor_slug_key` (`actor`, `slug`),
  UNIQUE KEY `core__collections_public_id_key` (`public_id`),
  CONSTRAINT `core__collections_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__collections_location_fkey` FOREIGN KEY (`location`) REFERENCES `core__locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__collection_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection` int NOT NULL,
  `note` longtext,
  `added` datetime(6) NOT NULL,
  `position` int,
  `object_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__collection_items_collection_object_id_key` (`collection`, `object_id`),
  CONSTRAINT `core__collection_items_collection_fkey` FOREIGN KEY (`collection`) REFERENCES `core__collections` (`id`),
  CONSTRAINT `core__collection_items_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `core__generic_model_reference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__comment_links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `target_id` int NOT NULL,
  `comment_id` int NOT NULL,
  `added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__comment_links_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `core__generic_model_reference` (`id`),
  CONSTRAINT `core__comment_links_target_id_fkey` FOREIGN KEY (`target_id`) REFERENCES `core__generic_model_reference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__comment_subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `media_entry_id` int NOT NULL,
  `user_id` int NOT NULL,
  `notify` tinyint(1) NOT NULL,
  `send_email` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__comment_subscriptions_media_entry_id_fkey` FOREIGN KEY (`media_entry_id`) REFERENCES `core__media_entries` (`id`),
  CONSTRAINT `core__comment_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__file_keynames` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__file_keynames_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__graveyard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_id` varchar(255),
  `deleted` datetime(6) NOT NULL,
  `object_type` longtext NOT NULL,
  `actor_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__graveyard_public_id_key` (`public_id`),
  CONSTRAINT `core__graveyard_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `core__generic_model_reference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__local_users` (
  `id` int NOT NULL,
  `username` varchar(255) NOT NULL,
  `email` longtext NOT NULL,
  `pw_hash` longtext,
  `wants_comment_notification` tinyint(1),
  `wants_notifications` tinyint(1),
  `license_preference` longtext,
  `uploaded` int,
  `upload_limit` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__local_users_username_key` (`username`),
  CONSTRAINT `core__local_users_id_fkey` FOREIGN KEY (`id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__media_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_id` varchar(255),
  `actor` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `content` longtext NOT NULL,
  `location` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__media_comments_public_id_key` (`public_id`),
  CONSTRAINT `core__media_comments_actor_fkey` FOREIGN KEY (`actor`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__media_comments_location_fkey` FOREIGN KEY (`location`) REFERENCES `core__locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__tags_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__media_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_entry` int NOT NULL,
  `tag` int NOT NULL,
  `name` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__media_tags_tag_media_entry_key` (`tag`, `media_entry`),
  CONSTRAINT `core__media_tags_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`),
  CONSTRAINT `core__media_tags_tag_fkey` FOREIGN KEY (`tag`) REFERENCES `core__tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__mediafiles` (
  `media_entry` int NOT NULL,
  `name_id` int NOT NULL,
  `file_path` longtext,
  `file_metadata` longtext,
  PRIMARY KEY (`media_entry`, `name_id`),
  CONSTRAINT `core__mediafiles_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`),
  CONSTRAINT `core__mediafiles_name_id_fkey` FOREIGN KEY (`name_id`) REFERENCES `core__file_keynames` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__migrations` (
  `name` varchar(255) NOT NULL,
  `version` int NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__nonce_timestamps` (
  `nonce` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`nonce`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `seen` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `core__notifications_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `core__generic_model_reference` (`id`),
  CONSTRAINT `core__notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__privileges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `privilege_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__privileges_privilege_name_key` (`privilege_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__privileges_users` (
  `user` int NOT NULL,
  `privilege` int NOT NULL,
  PRIMARY KEY (`user`, `privilege`),
  CONSTRAINT `core__privileges_users_privilege_fkey` FOREIGN KEY (`privilege`) REFERENCES `core__privileges` (`id`),
  CONSTRAINT `core__privileges_users_user_fkey` FOREIGN KEY (`user`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__processing_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_entry_id` int NOT NULL,
  `callback_url` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__processing_metadata_media_entry_id_fkey` FOREIGN KEY (`media_entry_id`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__remote_users` (
  `id` int NOT NULL,
  `webfinger` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core__remote_users_webfinger_key` (`webfinger`),
  CONSTRAINT `core__remote_users_id_fkey` FOREIGN KEY (`id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reporter_id` int NOT NULL,
  `report_content` longtext,
  `reported_user_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `resolver_id` int,
  `resolved` datetime(6),
  `result` longtext,
  `object_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__reports_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `core__generic_model_reference` (`id`),
  CONSTRAINT `core__reports_reported_user_id_fkey` FOREIGN KEY (`reported_user_id`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__reports_reporter_id_fkey` FOREIGN KEY (`reporter_id`) REFERENCES `core__users` (`id`),
  CONSTRAINT `core__reports_resolver_id_fkey` FOREIGN KEY (`resolver_id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__subtitle_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_entry` int NOT NULL,
  `name` longtext NOT NULL,
  `filepath` longtext,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core__subtitle_files_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core__user_bans` (
  `user_id` int NOT NULL,
  `expiration_date` date,
  `reason` longtext NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `core__user_bans_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `core__users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image__mediadata` (
  `media_entry` int NOT NULL,
  `width` int,
  `height` int,
  `exif_all` longtext,
  PRIMARY KEY (`media_entry`),
  CONSTRAINT `image__mediadata_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `video__mediadata` (
  `media_entry` int NOT NULL,
  `width` smallint,
  `height` smallint,
  `orig_metadata` longtext,
  PRIMARY KEY (`media_entry`),
  CONSTRAINT `video__mediadata_media_entry_fkey` FOREIGN KEY (`media_entry`) REFERENCES `core__media_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

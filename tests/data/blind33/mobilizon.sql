-- Mobilizon (event organising platform) — trimmed schema (41 of ~55 tables) as MySQL DDL.
-- Upstream: framagit.org/framasoft/mobilizon (github mirror framasoft/mobilizon), priv/repo/migrations/*.exs
--           (Ecto migrations for PostgreSQL + PostGIS; Oban's own migrations not included)
-- Commit: c64a0ea7ce1dd2f4ef46b87cc1a8cc012afe2321 (2025-04-10)
-- Licence: AGPL-3.0
-- Written as PostgreSQL DDL from the state the migrations leave (column by column checked against the
-- migration files, including renames and removals up to 20240725130410_add_event_physical_address_index),
-- loaded into a scratch PostgreSQL database, then converted: bigserial -> BIGINT AUTO_INCREMENT,
-- uuid -> CHAR(36), jsonb/arrays -> JSON, timestamp(0) -> DATETIME, PostGIS geometry -> GEOMETRY,
-- Postgres enums -> ENUM. Primary keys, foreign keys and the unique indexes on users (e-mail, tokens) and actors (url) kept,
-- other indexes left out. admin_action_logs.actor_id is NOT NULL upstream with ON DELETE SET NULL, which
-- MariaDB rejects: that foreign key is kept without its ON DELETE action.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password_hash` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `confirmation_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `default_actor_id` INT,
  `role` ENUM('administrator','moderator','user','pending') DEFAULT 'user',
  `locale` VARCHAR(255) DEFAULT 'en',
  `unconfirmed_email` VARCHAR(255),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `provider` VARCHAR(255),
  `last_sign_in_at` DATETIME,
  `last_sign_in_ip` VARCHAR(255),
  `current_sign_in_ip` VARCHAR(255),
  `current_sign_in_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`),
  UNIQUE KEY `index_unique_users_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_unique_users_reset_password_token` (`reset_password_token`)
);

CREATE TABLE `user_settings` (
  `timezone` VARCHAR(255),
  `notification_on_day` TINYINT(1),
  `notification_each_week` TINYINT(1),
  `notification_before_event` TINYINT(1),
  `user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `notification_pending_participation` INT DEFAULT 10,
  `notification_pending_membership` INT DEFAULT 10,
  `location` JSON,
  `group_notifications` INT NOT NULL DEFAULT 10,
  `last_notification_sent` DATETIME,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_activity_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255),
  `method` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_push_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `digest` TEXT NOT NULL,
  `endpoint` VARCHAR(255) NOT NULL,
  `auth` VARCHAR(255) NOT NULL,
  `p256dh` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `feed_tokens` (
  `token` CHAR(36) NOT NULL,
  `actor_id` BIGINT,
  `user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`token`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `guardian_tokens` (
  `jti` VARCHAR(255) NOT NULL,
  `aud` VARCHAR(255) NOT NULL,
  `typ` VARCHAR(255),
  `iss` VARCHAR(255),
  `sub` VARCHAR(255),
  `exp` BIGINT,
  `jwt` TEXT,
  `claims` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`jti`, `aud`)
);

CREATE TABLE `addresses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `country` VARCHAR(255),
  `locality` VARCHAR(255),
  `region` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `street` TEXT,
  `geom` GEOMETRY,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `origin_id` VARCHAR(255),
  `type` VARCHAR(255),
  `timezone` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `actors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `domain` VARCHAR(255),
  `preferred_username` VARCHAR(255) NOT NULL,
  `summary` TEXT,
  `keys` TEXT,
  `suspended` TINYINT(1) NOT NULL DEFAULT 0,
  `url` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `inbox_url` VARCHAR(255),
  `outbox_url` VARCHAR(255),
  `following_url` VARCHAR(255),
  `followers_url` VARCHAR(255),
  `shared_inbox_url` VARCHAR(255),
  `type` ENUM('Person','Application','Group','Organization','Service'),
  `manually_approves_followers` TINYINT(1) DEFAULT 0,
  `user_id` BIGINT,
  `openness` ENUM('invite_only','moderated','open') DEFAULT 'moderated',
  `visibility` ENUM('public','unlisted','restricted','private') DEFAULT 'private',
  `avatar` JSON,
  `banner` JSON,
  `last_refreshed_at` DATETIME,
  `members_url` VARCHAR(255),
  `resources_url` VARCHAR(255),
  `todos_url` VARCHAR(255),
  `posts_url` VARCHAR(255),
  `events_url` VARCHAR(255),
  `discussions_url` VARCHAR(255),
  `physical_address_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actors_url_index` (`url`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`physical_address_id`) REFERENCES `addresses` (`id`)
);

CREATE TABLE `medias` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `actor_id` BIGINT NOT NULL,
  `metadata` JSON,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `organizer_actor_id` BIGINT,
  `physical_address_id` BIGINT,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL DEFAULT 'https://',
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  `uuid` CHAR(36),
  `attributed_to_id` BIGINT,
  `online_address` TEXT,
  `phone_address` TEXT,
  `visibility` ENUM('public','unlisted','restricted','private') NOT NULL DEFAULT 'public',
  `status` ENUM('tentative','confirmed','cancelled'),
  `join_options` ENUM('free','restricted','invite','external') NOT NULL DEFAULT 'free',
  `begins_on` DATETIME,
  `ends_on` DATETIME,
  `publish_at` DATETIME,
  `category` TEXT,
  `slug` TEXT,
  `picture_id` BIGINT,
  `options` JSON,
  `draft` TINYINT(1) DEFAULT 0,
  `participant_stats` JSON,
  `metadata` JSON,
  `language` VARCHAR(255) DEFAULT 'und',
  `external_participation_url` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizer_actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`physical_address_id`) REFERENCES `addresses` (`id`),
  FOREIGN KEY (`attributed_to_id`) REFERENCES `actors` (`id`),
  FOREIGN KEY (`picture_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL
);

CREATE TABLE `participants` (
  `event_id` BIGINT NOT NULL,
  `actor_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` ENUM('not_approved','not_confirmed','rejected','participant','moderator','administrator','creator') DEFAULT 'participant',
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `code` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `event_contacts` (
  `event_id` BIGINT NOT NULL,
  `actor_id` BIGINT NOT NULL,
  PRIMARY KEY (`event_id`, `actor_id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `slug` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events_tags` (
  `event_id` BIGINT,
  `tag_id` BIGINT,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
);

CREATE TABLE `discussions` (
  `title` VARCHAR(255),
  `slug` VARCHAR(255),
  `actor_id` BIGINT NOT NULL,
  `creator_id` BIGINT,
  `last_comment_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`creator_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`last_comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `conversations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT,
  `origin_comment_id` BIGINT NOT NULL,
  `last_comment_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`origin_comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`last_comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255),
  `text` TEXT,
  `actor_id` BIGINT,
  `event_id` BIGINT,
  `in_reply_to_comment_id` BIGINT,
  `origin_comment_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  `uuid` CHAR(36),
  `attributed_to_id` BIGINT,
  `visibility` ENUM('public','unlisted','private','moderated','invite'),
  `deleted_at` DATETIME,
  `edits` INT DEFAULT 0,
  `discussion_id` CHAR(36),
  `published_at` DATETIME,
  `is_announcement` TINYINT(1) NOT NULL DEFAULT 0,
  `language` VARCHAR(255) DEFAULT 'und',
  `conversation_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`in_reply_to_comment_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`origin_comment_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`attributed_to_id`) REFERENCES `actors` (`id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `discussions` (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `conversation_participants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `conversation_id` BIGINT NOT NULL,
  `actor_id` BIGINT NOT NULL,
  `unread` TINYINT(1),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `members` (
  `actor_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `parent_id` BIGINT,
  `role` ENUM('invited','not_approved','member','moderator','administrator','creator','rejected') DEFAULT 'member',
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `invited_by_id` BIGINT,
  `member_since` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`parent_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invited_by_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL
);

CREATE TABLE `followers` (
  `approved` TINYINT(1) DEFAULT 0,
  `actor_id` BIGINT,
  `target_actor_id` BIGINT,
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `notify` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`target_actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mentions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `silent` TINYINT(1) NOT NULL DEFAULT 0,
  `actor_id` BIGINT NOT NULL,
  `event_id` BIGINT,
  `comment_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `status` ENUM('open','closed','resolved') NOT NULL DEFAULT 'open',
  `url` VARCHAR(255) NOT NULL,
  `reported_id` BIGINT,
  `reporter_id` BIGINT,
  `manager_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reported_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`reporter_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`manager_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL
);

CREATE TABLE `report_notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT NOT NULL,
  `moderator_id` BIGINT,
  `report_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`moderator_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE
);

CREATE TABLE `reports_comments` (
  `report_id` BIGINT NOT NULL,
  `comment_id` BIGINT NOT NULL,
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `reports_events` (
  `report_id` BIGINT NOT NULL,
  `event_id` BIGINT NOT NULL,
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `admin_action_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255) NOT NULL,
  `target_type` VARCHAR(255) NOT NULL,
  `target_id` INT NOT NULL,
  `changes` JSON,
  `actor_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`)
);

CREATE TABLE `admin_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `group` VARCHAR(255),
  `name` VARCHAR(255),
  `value` TEXT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `posts` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255),
  `slug` VARCHAR(255),
  `url` VARCHAR(255),
  `body` TEXT,
  `draft` TINYINT(1) NOT NULL DEFAULT 0,
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  `visibility` ENUM('public','unlisted','restricted','private') DEFAULT 'public',
  `publish_at` DATETIME,
  `author_id` BIGINT,
  `attributed_to_id` BIGINT,
  `picture_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `language` VARCHAR(255) DEFAULT 'und',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`attributed_to_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`picture_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL
);

CREATE TABLE `todo_lists` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255),
  `url` VARCHAR(255),
  `actor_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `local` TINYINT(1) DEFAULT 1,
  `published_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `todos` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255),
  `url` VARCHAR(255),
  `status` TINYINT(1) NOT NULL DEFAULT 0,
  `due_date` DATETIME,
  `creator_id` BIGINT NOT NULL,
  `assigned_to_id` BIGINT,
  `todo_list_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `local` TINYINT(1) DEFAULT 1,
  `published_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assigned_to_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`todo_list_id`) REFERENCES `todo_lists` (`id`) ON DELETE CASCADE
);

CREATE TABLE `resource` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `type` INT NOT NULL,
  `summary` TEXT,
  `resource_url` VARCHAR(255),
  `metadata` JSON,
  `path` VARCHAR(255) NOT NULL,
  `parent_id` CHAR(36),
  `actor_id` BIGINT NOT NULL,
  `creator_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `local` TINYINT(1) DEFAULT 1,
  `published_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `resource` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`creator_id`) REFERENCES `actors` (`id`) ON DELETE SET NULL
);

CREATE TABLE `activities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `priority` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `author_id` BIGINT NOT NULL,
  `group_id` BIGINT NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `subject_params` JSON NOT NULL,
  `message` VARCHAR(255),
  `message_params` JSON,
  `object_type` VARCHAR(255),
  `object_id` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `redirect_uris` JSON NOT NULL,
  `scope` VARCHAR(255),
  `website` VARCHAR(255),
  `owner_type` VARCHAR(255),
  `owner_id` INT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `application_id` BIGINT NOT NULL,
  `authorization_code` VARCHAR(255),
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `scope` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `application_device_activation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_code` VARCHAR(255),
  `device_code` VARCHAR(255),
  `scope` VARCHAR(255),
  `expires_in` INT,
  `status` VARCHAR(255) DEFAULT 'pending',
  `user_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `bots` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `source` TEXT NOT NULL,
  `type` VARCHAR(255) DEFAULT 'ics',
  `actor_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `instance_actors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255),
  `instance_name` VARCHAR(255),
  `instance_description` TEXT,
  `software` VARCHAR(255),
  `software_version` VARCHAR(255),
  `actor_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tracks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `color` VARCHAR(255),
  `event_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `subtitle` TEXT,
  `short_abstract` TEXT,
  `long_abstract` TEXT,
  `language` VARCHAR(255),
  `slides_url` TEXT,
  `videos_urls` TEXT,
  `audios_urls` TEXT,
  `event_id` BIGINT NOT NULL,
  `track_id` BIGINT,
  `speaker_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `begins_on` DATETIME,
  `ends_on` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`speaker_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tombstones` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255),
  `actor_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `actors` (`id`) ON DELETE CASCADE
);

CREATE TABLE `exports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_path` VARCHAR(255),
  `file_size` INT,
  `file_name` VARCHAR(255),
  `type` VARCHAR(255),
  `reference` VARCHAR(255),
  `format` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

-- Castopod (open-source podcast hosting platform with ActivityPub fediverse integration, analytics and premium
-- podcasts for paying subscribers)
-- Upstream: github.com/ad-aures/castopod, commit bc041702dd8058ae8e1831b9609827c911a5a626, AGPL-3.0 (LICENSE.md).
-- Made from the CodeIgniter 4 migrations (app/Database/Migrations, modules/*/Database/Migrations), applied in order:
-- forge field arrays rendered as MySQL columns (CodeIgniter's default is NOT NULL), later addColumn/'after',
-- dropColumn, modifyColumn and renameTable migrations applied (refactored `platforms`, dropped deprecated podcast
-- fields, `media.file_path` renamed `file_key`). Users and authentication tables come from CodeIgniter Shield,
-- which Castopod installs (its migration is reproduced below). Table prefix (`cp_` by default) left out.
-- Indexes and full-text indexes left out; upstream's foreign keys kept where both tables are here.
-- 39 of the installation's tables (see castopod.md for what was left out).
SET FOREIGN_KEY_CHECKS=0;

-- CodeIgniter Shield 1.x tables (github.com/codeigniter4/shield, src/Database/Migrations/2020-12-28-223112_create_auth_tables.php)
-- plus Castopod's modules/Auth/Database/Migrations/2020-12-29-100000_add_is_owner_to_users.php
CREATE TABLE `users` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(30) NULL,
  `status` VARCHAR(255) NULL,
  `status_message` VARCHAR(255) NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `last_active` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `is_owner` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_identities` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT(11) UNSIGNED NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NULL,
  `secret` VARCHAR(255) NOT NULL,
  `secret2` VARCHAR(255) NULL,
  `expires` DATETIME NULL,
  `extra` TEXT NULL,
  `force_reset` TINYINT(1) NOT NULL DEFAULT 0,
  `last_used_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_identities_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Used for storage of passwords, access tokens, social login identities, etc.';

CREATE TABLE `auth_logins` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ip_address` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NULL,
  `id_type` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `user_id` INT(11) UNSIGNED NULL COMMENT 'Only for successful logins',
  `date` DATETIME NOT NULL,
  `success` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Records login attempts.';

CREATE TABLE `auth_token_logins` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ip_address` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NULL,
  `id_type` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `user_id` INT(11) UNSIGNED NULL COMMENT 'Only for successful logins',
  `date` DATETIME NOT NULL,
  `success` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Records Bearer Token type login attempts.';

CREATE TABLE `auth_remember_tokens` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `selector` VARCHAR(255) NOT NULL,
  `hashedValidator` VARCHAR(255) NOT NULL,
  `user_id` INT(11) UNSIGNED NOT NULL,
  `expires` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_remember_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_groups_users` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT(11) UNSIGNED NOT NULL,
  `group` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_groups_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permissions_users` (
  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT(11) UNSIGNED NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_permissions_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` INT UNSIGNED NOT NULL,
  `parent_id` INT UNSIGNED NULL,
  `code` VARCHAR(32) NOT NULL,
  `apple_category` VARCHAR(32) NOT NULL,
  `google_category` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `code` VARCHAR(2) NOT NULL COMMENT 'ISO 639-1 language code',
  `native_name` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `file_key` VARCHAR(255) NOT NULL,
  `file_size` INT UNSIGNED NOT NULL COMMENT 'File size in bytes',
  `file_mimetype` VARCHAR(45) NOT NULL,
  `file_metadata` JSON NULL,
  `type` ENUM('image', 'audio', 'video', 'transcript', 'chapters', 'document') NOT NULL DEFAULT 'document',
  `description` TEXT NULL,
  `language_code` VARCHAR(2) NULL,
  `uploaded_by` INT(11) UNSIGNED NOT NULL,
  `updated_by` INT(11) UNSIGNED NOT NULL,
  `uploaded_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `media_uploaded_by_foreign` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`),
  CONSTRAINT `media_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `guid` CHAR(36) NOT NULL,
  `actor_id` INT UNSIGNED NOT NULL,
  `handle` VARCHAR(32) NOT NULL,
  `title` VARCHAR(128) NOT NULL,
  `description_markdown` TEXT NOT NULL,
  `description_html` TEXT NOT NULL,
  `cover_id` INT UNSIGNED NOT NULL,
  `banner_id` INT UNSIGNED NULL,
  `language_code` VARCHAR(2) NOT NULL,
  `category_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `parental_advisory` ENUM('clean', 'explicit') NULL,
  `owner_name` VARCHAR(128) NOT NULL,
  `owner_email` VARCHAR(255) NOT NULL,
  `publisher` VARCHAR(128) NULL,
  `type` ENUM('episodic', 'serial') NOT NULL DEFAULT 'episodic',
  `copyright` VARCHAR(128) NULL,
  `is_blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `is_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 1,
  `imported_feed_url` VARCHAR(512) NULL COMMENT 'The RSS feed URL if this podcast was imported, NULL otherwise.',
  `new_feed_url` VARCHAR(512) NULL COMMENT 'The RSS new feed URL if this podcast is moving out, NULL otherwise.',
  `location_name` VARCHAR(128) NULL,
  `location_geo` VARCHAR(32) NULL,
  `location_osm` VARCHAR(12) NULL,
  `is_published_on_hubs` BOOLEAN NOT NULL DEFAULT 0,
  `is_premium_by_default` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by` INT UNSIGNED NOT NULL,
  `updated_by` INT UNSIGNED NOT NULL,
  `published_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcasts_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `podcasts_cover_id_foreign` FOREIGN KEY (`cover_id`) REFERENCES `media` (`id`),
  CONSTRAINT `podcasts_banner_id_foreign` FOREIGN KEY (`banner_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `podcasts_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `podcasts_language_code_foreign` FOREIGN KEY (`language_code`) REFERENCES `languages` (`code`),
  CONSTRAINT `podcasts_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `podcasts_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episodes` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `preview_id` BINARY(16) NOT NULL,
  `guid` VARCHAR(255) NOT NULL,
  `title` VARCHAR(128) NOT NULL,
  `slug` VARCHAR(128) NOT NULL,
  `audio_id` INT UNSIGNED NOT NULL,
  `description_markdown` TEXT NOT NULL,
  `description_html` TEXT NOT NULL,
  `cover_id` INT UNSIGNED NULL,
  `transcript_id` INT UNSIGNED NULL,
  `transcript_remote_url` VARCHAR(512) NULL,
  `chapters_id` INT UNSIGNED NULL,
  `chapters_remote_url` VARCHAR(512) NULL,
  `parental_advisory` ENUM('clean', 'explicit') NULL,
  `number` INT UNSIGNED NULL,
  `season_number` INT UNSIGNED NULL,
  `type` ENUM('trailer', 'full', 'bonus') NOT NULL DEFAULT 'full',
  `is_blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `location_name` VARCHAR(128) NULL,
  `location_geo` VARCHAR(32) NULL,
  `location_osm` VARCHAR(12) NULL,
  `is_published_on_hubs` BOOLEAN NOT NULL DEFAULT 0,
  `downloads_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `posts_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `comments_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `is_premium` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by` INT UNSIGNED NOT NULL,
  `updated_by` INT UNSIGNED NOT NULL,
  `published_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `episodes_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `episodes_audio_id_foreign` FOREIGN KEY (`audio_id`) REFERENCES `media` (`id`),
  CONSTRAINT `episodes_cover_id_foreign` FOREIGN KEY (`cover_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `episodes_transcript_id_foreign` FOREIGN KEY (`transcript_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `episodes_chapters_id_foreign` FOREIGN KEY (`chapters_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `episodes_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `episodes_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `platforms` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `type` ENUM('podcasting', 'social', 'funding') NOT NULL,
  `slug` VARCHAR(32) NOT NULL,
  `link_url` VARCHAR(512) NOT NULL,
  `account_id` VARCHAR(128) NULL,
  `is_visible` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `platforms_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_categories` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `category_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`podcast_id`, `category_id`),
  CONSTRAINT `podcasts_categories_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `podcasts_categories_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `full_name` VARCHAR(192) NOT NULL COMMENT 'This is the full name or alias of the person.',
  `unique_name` VARCHAR(192) NOT NULL COMMENT 'This is the slug name or alias of the person.',
  `information_url` VARCHAR(512) NULL COMMENT 'The url to a relevant resource of information about the person, such as a homepage or third-party profile platform.',
  `avatar_id` INT UNSIGNED NULL,
  `created_by` INT UNSIGNED NOT NULL,
  `updated_by` INT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_avatar_id_foreign` FOREIGN KEY (`avatar_id`) REFERENCES `media` (`id`) ON DELETE SET NULL,
  CONSTRAINT `persons_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `persons_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_persons` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `person_id` INT UNSIGNED NOT NULL,
  `person_group` VARCHAR(32) NOT NULL,
  `person_role` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcasts_persons_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `podcasts_persons_person_id_foreign` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episodes_persons` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `episode_id` INT UNSIGNED NOT NULL,
  `person_id` INT UNSIGNED NOT NULL,
  `person_group` VARCHAR(32) NOT NULL,
  `person_role` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `episodes_persons_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `episodes_persons_episode_id_foreign` FOREIGN KEY (`episode_id`) REFERENCES `episodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `episodes_persons_person_id_foreign` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clips` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `episode_id` INT UNSIGNED NOT NULL,
  `start_time` DECIMAL(8,3) UNSIGNED NOT NULL,
  `duration` DECIMAL(7,3) UNSIGNED NOT NULL,
  `title` VARCHAR(128) NOT NULL,
  `type` ENUM('audio', 'video') NOT NULL,
  `media_id` INT UNSIGNED NULL,
  `metadata` JSON NULL,
  `status` ENUM('queued', 'pending', 'running', 'passed', 'failed') NOT NULL,
  `logs` TEXT NOT NULL,
  `created_by` INT UNSIGNED NOT NULL,
  `updated_by` INT UNSIGNED NOT NULL,
  `job_started_at` DATETIME NULL,
  `job_ended_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `clips_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `clips_episode_id_foreign` FOREIGN KEY (`episode_id`) REFERENCES `episodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `clips_media_id_foreign` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `clips_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `clips_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(128) NOT NULL,
  `content_markdown` TEXT NOT NULL,
  `content_html` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episode_comments` (
  `id` BINARY(16) NOT NULL,
  `uri` VARCHAR(255) NOT NULL,
  `episode_id` INT UNSIGNED NOT NULL,
  `actor_id` INT UNSIGNED NOT NULL,
  `in_reply_to_id` BINARY(16) NULL,
  `message` VARCHAR(5000) NOT NULL,
  `message_html` VARCHAR(6000) NOT NULL,
  `likes_count` INT UNSIGNED NOT NULL,
  `replies_count` INT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL,
  `created_by` INT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `episode_comments_episode_id_foreign` FOREIGN KEY (`episode_id`) REFERENCES `episodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `episode_comments_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `episode_comments_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `actor_id` INT UNSIGNED NOT NULL,
  `comment_id` BINARY(16) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`actor_id`, `comment_id`),
  CONSTRAINT `likes_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `likes_comment_id_foreign` FOREIGN KEY (`comment_id`) REFERENCES `episode_comments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `podcast_id` INT UNSIGNED NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `status` ENUM('active', 'suspended') NOT NULL DEFAULT 'active',
  `status_message` VARCHAR(255) NULL,
  `expires_at` DATETIME NULL,
  `created_by` INT UNSIGNED NOT NULL,
  `updated_by` INT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `subscriptions_podcast_id_foreign` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subscriptions_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `subscriptions_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_actors` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `username` VARCHAR(32) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  `display_name` VARCHAR(128) NOT NULL,
  `summary` TEXT NULL,
  `avatar_image_url` VARCHAR(255) NULL,
  `avatar_image_mimetype` VARCHAR(13) NULL,
  `cover_image_url` VARCHAR(255) NULL,
  `cover_image_mimetype` VARCHAR(13) NULL,
  `inbox_url` VARCHAR(255) NOT NULL,
  `outbox_url` VARCHAR(255) NULL,
  `followers_url` VARCHAR(255) NULL,
  `followers_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `posts_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `is_blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_posts` (
  `id` BINARY(16) NOT NULL,
  `uri` VARCHAR(255) NOT NULL,
  `actor_id` INT UNSIGNED NOT NULL,
  `in_reply_to_id` BINARY(16) NULL,
  `reblog_of_id` BINARY(16) NULL,
  `message` VARCHAR(500) NULL,
  `message_html` VARCHAR(600) NULL,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `favourites_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `reblogs_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `replies_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `episode_id` INT UNSIGNED NULL,
  `created_by` INT UNSIGNED NULL,
  `published_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fediverse_posts_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_posts_in_reply_to_id_foreign` FOREIGN KEY (`in_reply_to_id`) REFERENCES `fediverse_posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_posts_reblog_of_id_foreign` FOREIGN KEY (`reblog_of_id`) REFERENCES `fediverse_posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_posts_episode_id_foreign` FOREIGN KEY (`episode_id`) REFERENCES `episodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_posts_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_activities` (
  `id` BINARY(16) NOT NULL,
  `actor_id` INT UNSIGNED NOT NULL,
  `target_actor_id` INT UNSIGNED NULL,
  `post_id` BINARY(16) NULL,
  `type` VARCHAR(100) NOT NULL,
  `payload` JSON NOT NULL,
  `status` ENUM('queued', 'processing', 'delivered', 'failed') NULL,
  `scheduled_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fediverse_activities_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_activities_target_actor_id_foreign` FOREIGN KEY (`target_actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_activities_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `fediverse_posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_favourites` (
  `actor_id` INT UNSIGNED NOT NULL,
  `post_id` BINARY(16) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`actor_id`, `post_id`),
  CONSTRAINT `fediverse_favourites_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_favourites_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `fediverse_posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_follows` (
  `actor_id` INT UNSIGNED NOT NULL COMMENT 'Actor that is following',
  `target_actor_id` INT UNSIGNED NOT NULL COMMENT 'Actor that is followed',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`actor_id`, `target_actor_id`),
  CONSTRAINT `fediverse_follows_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_follows_target_actor_id_foreign` FOREIGN KEY (`target_actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_blocked_domains` (
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fediverse_notifications` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `actor_id` INT UNSIGNED NOT NULL,
  `target_actor_id` INT UNSIGNED NOT NULL,
  `post_id` BINARY(16) NULL,
  `activity_id` BINARY(16) NOT NULL,
  `type` ENUM('like', 'follow', 'share', 'reply') NOT NULL,
  `read_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fediverse_notifications_actor_id_foreign` FOREIGN KEY (`actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_notifications_target_actor_id_foreign` FOREIGN KEY (`target_actor_id`) REFERENCES `fediverse_actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_notifications_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `fediverse_posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fediverse_notifications_activity_id_foreign` FOREIGN KEY (`activity_id`) REFERENCES `fediverse_activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `duration` DECIMAL(15,3) UNSIGNED NOT NULL,
  `bandwidth` BIGINT UNSIGNED NOT NULL,
  `unique_listeners` INT UNSIGNED NOT NULL DEFAULT 1,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_episode` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `episode_id` INT UNSIGNED NOT NULL,
  `age` INT UNSIGNED NOT NULL COMMENT 'Days since episode publication date',
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `episode_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_hour` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `hour` INT UNSIGNED NOT NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `hour`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_player` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `service` VARCHAR(128) NOT NULL,
  `app` VARCHAR(128) NOT NULL,
  `device` VARCHAR(32) NOT NULL,
  `os` VARCHAR(32) NOT NULL,
  `is_bot` TINYINT(1) NOT NULL DEFAULT 0,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `service`, `app`, `device`, `os`, `is_bot`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_country` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `country_code` VARCHAR(3) NOT NULL COMMENT 'ISO 3166-1 code.',
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `country_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_region` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `country_code` VARCHAR(3) NOT NULL COMMENT 'ISO 3166-1 code.',
  `region_code` VARCHAR(3) NOT NULL COMMENT 'ISO 3166-2 code.',
  `latitude` DECIMAL(8,6) NULL,
  `longitude` DECIMAL(9,6) NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `country_code`, `region_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_website_by_browser` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `browser` VARCHAR(128) NOT NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `browser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_website_by_referer` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `referer_url` VARCHAR(512) NOT NULL,
  `domain` VARCHAR(128) NULL,
  `keywords` VARCHAR(384) NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `date`, `referer_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_unknown_useragents` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `useragent` VARCHAR(255) NOT NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_podcasts_by_subscription` (
  `podcast_id` INT UNSIGNED NOT NULL,
  `episode_id` INT UNSIGNED NOT NULL,
  `subscription_id` INT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `hits` INT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`podcast_id`, `episode_id`, `subscription_id`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

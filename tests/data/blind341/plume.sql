-- Plume (federated blogging on ActivityPub), github.com/Plume-org/Plume
-- Source: migrations/postgres/*/up.sql (59 Diesel migrations), commit befea20fdfb279c30cf2e61a98a2d52ed17752d8 (AGPL-3.0).
-- The migrations were replayed in order into PostgreSQL 15 and the resulting schema written as MySQL/MariaDB:
-- SERIAL -> int AUTO_INCREMENT, VARCHAR without length -> varchar(255), TEXT -> text (varchar(255) where a unique
-- constraint or index covers it), BOOLEAN -> tinyint(1), TIMESTAMP -> datetime, now() -> current_timestamp().
-- Column order, primary keys, unique constraints, indexes and foreign keys (with their ON DELETE) are upstream's.
-- Defaults of text columns are omitted. users.avatar_id -> medias is added after medias exists (the two tables
-- refer to each other). The last table is the one the Diesel migration runner keeps.

CREATE TABLE `instances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_domain` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `local` tinyint(1) NOT NULL DEFAULT 0,
  `blocked` tinyint(1) NOT NULL DEFAULT 0,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `open_registrations` tinyint(1) NOT NULL DEFAULT 1,
  `short_description` text NOT NULL,
  `long_description` text NOT NULL,
  `default_license` text NOT NULL,
  `long_description_html` varchar(255) NOT NULL DEFAULT '',
  `short_description_html` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `instance_unique_domain` (`public_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL DEFAULT '',
  `outbox_url` varchar(255) NOT NULL,
  `inbox_url` varchar(255) NOT NULL,
  `summary` text NOT NULL,
  `email` text DEFAULT NULL,
  `hashed_password` text DEFAULT NULL,
  `instance_id` int NOT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  `private_key` text DEFAULT NULL,
  `public_key` text NOT NULL,
  `shared_inbox_url` varchar(255) DEFAULT NULL,
  `followers_endpoint` varchar(255) NOT NULL DEFAULT '',
  `avatar_id` int DEFAULT NULL,
  `last_fetched_date` datetime NOT NULL DEFAULT '2000-01-01 00:00:01',
  `fqn` text NOT NULL,
  `summary_html` text NOT NULL,
  `role` int NOT NULL DEFAULT 2,
  `preferred_theme` varchar(255) DEFAULT NULL,
  `hide_custom_css` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_unique` (`username`,`instance_id`),
  UNIQUE KEY `users_unique_ap_url` (`ap_url`),
  UNIQUE KEY `users_unique_followers_url` (`followers_endpoint`),
  UNIQUE KEY `users_unique_inbox` (`inbox_url`),
  UNIQUE KEY `users_unique_outbox` (`outbox_url`),
  CONSTRAINT `users_instance_id_fkey` FOREIGN KEY (`instance_id`) REFERENCES `instances` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `medias` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file_path` varchar(255) NOT NULL DEFAULT '',
  `alt_text` text NOT NULL,
  `is_remote` tinyint(1) NOT NULL DEFAULT 0,
  `remote_url` text DEFAULT NULL,
  `sensitive` tinyint(1) NOT NULL DEFAULT 0,
  `content_warning` text DEFAULT NULL,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `medias_index_file_path` (`file_path`),
  CONSTRAINT `medias_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `users` ADD CONSTRAINT `users_avatar_id_fkey` FOREIGN KEY (`avatar_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL;

CREATE TABLE `blogs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actor_id` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `summary` text NOT NULL,
  `outbox_url` varchar(255) NOT NULL,
  `inbox_url` varchar(255) NOT NULL,
  `instance_id` int NOT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  `private_key` text DEFAULT NULL,
  `public_key` text NOT NULL,
  `fqn` text NOT NULL,
  `summary_html` text NOT NULL,
  `icon_id` int DEFAULT NULL,
  `banner_id` int DEFAULT NULL,
  `theme` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blog_unique` (`actor_id`,`instance_id`),
  UNIQUE KEY `blog_unique_ap_url` (`ap_url`),
  UNIQUE KEY `blog_unique_inbox` (`inbox_url`),
  UNIQUE KEY `blog_unique_outbox` (`outbox_url`),
  CONSTRAINT `blogs_banner_id_fkey` FOREIGN KEY (`banner_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL,
  CONSTRAINT `blogs_icon_id_fkey` FOREIGN KEY (`icon_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL,
  CONSTRAINT `blogs_instance_id_fkey` FOREIGN KEY (`instance_id`) REFERENCES `instances` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_authors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `blog_id` int NOT NULL,
  `author_id` int NOT NULL,
  `is_owner` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blog_author_unique` (`blog_id`,`author_id`),
  CONSTRAINT `blog_authors_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `blog_authors_blog_id_fkey` FOREIGN KEY (`blog_id`) REFERENCES `blogs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `blog_id` int NOT NULL,
  `slug` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `license` varchar(255) NOT NULL DEFAULT 'CC-BY-SA',
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  `subtitle` text NOT NULL,
  `source` text NOT NULL,
  `cover_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_unique_ap_url` (`ap_url`),
  UNIQUE KEY `post_unique_slug` (`blog_id`,`slug`),
  CONSTRAINT `posts_blog_id_fkey` FOREIGN KEY (`blog_id`) REFERENCES `blogs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_cover_id_fkey` FOREIGN KEY (`cover_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_authors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `post_id` int NOT NULL,
  `author_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_authors_unique` (`post_id`,`author_id`),
  CONSTRAINT `post_authors_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_authors_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `id` int NOT NULL AUTO_INCREMENT,
  `follower_id` int NOT NULL,
  `following_id` int NOT NULL,
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `follows_unique_ap_url` (`ap_url`),
  CONSTRAINT `follows_follower_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `follows_following_id_fkey` FOREIGN KEY (`following_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `in_response_to_id` int DEFAULT NULL,
  `post_id` int NOT NULL,
  `author_id` int NOT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `ap_url` varchar(255) DEFAULT NULL,
  `sensitive` tinyint(1) NOT NULL DEFAULT 0,
  `spoiler_text` text NOT NULL,
  `public_visibility` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comments_unique_ap_url` (`ap_url`),
  CONSTRAINT `comments_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comments_in_response_to_id_fkey` FOREIGN KEY (`in_response_to_id`) REFERENCES `comments` (`id`),
  CONSTRAINT `comments_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_seers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comment_seers_comment_id_user_id_key` (`comment_id`,`user_id`),
  CONSTRAINT `comment_seers_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_seers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `post_id` int NOT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `likes_unique` (`user_id`,`post_id`),
  UNIQUE KEY `likes_unique_ap_url` (`ap_url`),
  CONSTRAINT `likes_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `likes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reshares` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `post_id` int NOT NULL,
  `ap_url` varchar(255) NOT NULL DEFAULT '',
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `reshares_unique` (`user_id`,`post_id`),
  UNIQUE KEY `reshares_unique_ap_url` (`ap_url`),
  CONSTRAINT `reshares_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reshares_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mentioned_id` int NOT NULL,
  `post_id` int DEFAULT NULL,
  `comment_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mentions_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_mentioned_id_fkey` FOREIGN KEY (`mentioned_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `kind` varchar(255) NOT NULL DEFAULT 'unknown',
  `object_id` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL DEFAULT '',
  `is_hashtag` tinyint(1) NOT NULL DEFAULT 0,
  `post_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_unique` (`tag`,`post_id`,`is_hashtag`),
  CONSTRAINT `tags_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `client_id` text NOT NULL,
  `client_secret` text NOT NULL,
  `redirect_uri` text DEFAULT NULL,
  `website` text DEFAULT NULL,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_date` datetime NOT NULL DEFAULT current_timestamp(),
  `value` varchar(255) NOT NULL,
  `scopes` text NOT NULL,
  `app_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_tokens_unique_value` (`value`),
  CONSTRAINT `api_tokens_app_id_fkey` FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_definition` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `query` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `timeline_unique_user_name` (`user_id`,`name`),
  CONSTRAINT `timeline_definition_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `post_id` int NOT NULL,
  `timeline_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `timeline_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `timeline_timeline_id_fkey` FOREIGN KEY (`timeline_id`) REFERENCES `timeline_definition` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `user_id` int DEFAULT NULL,
  `type` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_unique_user_name` (`user_id`,`name`),
  CONSTRAINT `lists_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `list_elems` (
  `id` int NOT NULL AUTO_INCREMENT,
  `list_id` int NOT NULL,
  `user_id` int DEFAULT NULL,
  `blog_id` int DEFAULT NULL,
  `word` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `list_elems_blog_id_fkey` FOREIGN KEY (`blog_id`) REFERENCES `blogs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `list_elems_list_id_fkey` FOREIGN KEY (`list_id`) REFERENCES `lists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `list_elems_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expiration_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_requests_email` (`email`),
  KEY `password_reset_requests_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_blocklist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_address` varchar(255) NOT NULL,
  `note` text NOT NULL,
  `notify_user` tinyint(1) NOT NULL DEFAULT 0,
  `notification_text` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_blocklist_email_address_key` (`email_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_signups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expiration_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `email_signups_token` (`token`),
  UNIQUE KEY `email_signups_token_requests_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `__diesel_schema_migrations` (
  `version` varchar(50) NOT NULL,
  `run_on` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- diaspora* (decentralised social network) — trimmed schema (40 of its 46 tables, each kept whole)
-- Upstream: github.com/diaspora/diaspora, db/migrate/*.rb (0000_create_schema.rb and the 48 migrations after it)
--   at commit ea6c79a94cb2e3d73e3fe28cd81fa09c5c437cb8 (AGPL-3.0).
-- Upstream ships no db/schema.rb: the migrations' schema statements (create_table, add/remove/rename/change_column,
-- drop_table, add_foreign_key) were replayed in order by a recorder and written as MySQL the way Rails 4.2/5.1 map
-- them (string -> VARCHAR(255 or limit), integer -> INT, boolean -> TINYINT(1), id -> INT AUTO_INCREMENT).
-- Replaces Misskey, whose repository snapshot was too large to fetch. Upstream has no column comments.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `account_deletions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT,
  `completed_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `aspect_memberships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `aspect_id` INT NOT NULL,
  `contact_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`aspect_id`) REFERENCES `aspects` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `aspect_visibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `shareable_id` INT NOT NULL,
  `aspect_id` INT NOT NULL,
  `shareable_type` VARCHAR(255) NOT NULL DEFAULT 'Post',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`aspect_id`) REFERENCES `aspects` (`id`)
);

CREATE TABLE `aspects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `order_id` INT,
  `post_default` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authorizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `o_auth_application_id` INT,
  `refresh_token` VARCHAR(255),
  `code` VARCHAR(255),
  `redirect_uri` VARCHAR(255),
  `nonce` VARCHAR(255),
  `scopes` TEXT,
  `code_used` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`o_auth_application_id`) REFERENCES `o_auth_applications` (`id`)
);

CREATE TABLE `blocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `person_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_signatures` (
  `comment_id` INT NOT NULL,
  `author_signature` TEXT NOT NULL,
  `signature_order_id` INT NOT NULL,
  `additional_data` TEXT,
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`)
);

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `commentable_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `guid` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `likes_count` INT NOT NULL DEFAULT 0,
  `commentable_type` VARCHAR(60) NOT NULL DEFAULT 'Post',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `sharing` TINYINT(1) NOT NULL DEFAULT 0,
  `receiving` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `conversation_visibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `unread` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `conversations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` VARCHAR(255),
  `guid` VARCHAR(255) NOT NULL,
  `author_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `invitation_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255),
  `user_id` INT,
  `count` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `likes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `positive` TINYINT(1) DEFAULT 1,
  `target_id` INT,
  `author_id` INT,
  `guid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `target_type` VARCHAR(60) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `lat` VARCHAR(255),
  `lng` VARCHAR(255),
  `status_message_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mentions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mentions_container_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `mentions_container_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `guid` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `notification_actors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notification_id` INT,
  `person_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`)
);

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `target_type` VARCHAR(255),
  `target_id` INT,
  `recipient_id` INT NOT NULL,
  `unread` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `type` VARCHAR(255),
  `guid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `o_auth_access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `authorization_id` INT,
  `token` VARCHAR(255),
  `expires_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`authorization_id`) REFERENCES `authorizations` (`id`)
);

CREATE TABLE `o_auth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `client_id` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `client_name` VARCHAR(255),
  `redirect_uris` TEXT,
  `response_types` VARCHAR(255),
  `grant_types` VARCHAR(255),
  `application_type` VARCHAR(255) DEFAULT 'web',
  `contacts` VARCHAR(255),
  `logo_uri` VARCHAR(255),
  `client_uri` VARCHAR(255),
  `policy_uri` VARCHAR(255),
  `tos_uri` VARCHAR(255),
  `sector_identifier_uri` VARCHAR(255),
  `token_endpoint_auth_method` VARCHAR(255),
  `jwks` TEXT,
  `jwks_uri` VARCHAR(255),
  `ppid` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `participations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guid` VARCHAR(255),
  `target_id` INT,
  `target_type` VARCHAR(60) NOT NULL,
  `author_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `count` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `people` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guid` VARCHAR(255) NOT NULL,
  `diaspora_handle` VARCHAR(255) NOT NULL,
  `serialized_public_key` TEXT NOT NULL,
  `owner_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `closed_account` TINYINT(1) DEFAULT 0,
  `fetch_status` INT DEFAULT 0,
  `pod_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pod_id`) REFERENCES `pods` (`id`)
);

CREATE TABLE `photos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `guid` VARCHAR(255) NOT NULL,
  `pending` TINYINT(1) NOT NULL DEFAULT 0,
  `text` TEXT,
  `remote_photo_path` TEXT,
  `remote_photo_name` VARCHAR(255),
  `random_string` VARCHAR(255),
  `processed_image` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `unprocessed_image` VARCHAR(255),
  `status_message_guid` VARCHAR(255),
  `height` INT,
  `width` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `host` VARCHAR(255) NOT NULL,
  `ssl` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `status` INT DEFAULT 0,
  `checked_at` DATETIME DEFAULT '1970-01-01 00:00:00',
  `offline_since` DATETIME,
  `response_time` INT DEFAULT -1,
  `software` VARCHAR(255),
  `error` VARCHAR(255),
  `port` INT NOT NULL,
  `blocked` TINYINT(1) DEFAULT 0,
  `scheduled_check` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `poll_answers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `answer` VARCHAR(255) NOT NULL,
  `poll_id` INT NOT NULL,
  `guid` VARCHAR(255),
  `vote_count` INT DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `poll_participations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poll_answer_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `poll_id` INT NOT NULL,
  `guid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `polls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question` VARCHAR(255) NOT NULL,
  `status_message_id` INT NOT NULL,
  `status` TINYINT(1),
  `guid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `guid` VARCHAR(255) NOT NULL,
  `type` VARCHAR(40) NOT NULL,
  `text` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `provider_display_name` VARCHAR(255),
  `root_guid` VARCHAR(255),
  `likes_count` INT DEFAULT 0,
  `comments_count` INT DEFAULT 0,
  `o_embed_cache_id` INT,
  `reshares_count` INT DEFAULT 0,
  `interacted_at` DATETIME,
  `open_graph_cache_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `ppid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `o_auth_application_id` INT,
  `user_id` INT,
  `guid` VARCHAR(32),
  `identifier` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`o_auth_application_id`) REFERENCES `o_auth_applications` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `profiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `diaspora_handle` VARCHAR(255),
  `first_name` VARCHAR(127),
  `last_name` VARCHAR(127),
  `image_url` VARCHAR(255),
  `image_url_small` VARCHAR(255),
  `image_url_medium` VARCHAR(255),
  `birthday` DATE,
  `gender` VARCHAR(255),
  `bio` TEXT,
  `searchable` TINYINT(1) NOT NULL DEFAULT 1,
  `person_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `location` VARCHAR(255),
  `full_name` VARCHAR(70),
  `nsfw` TINYINT(1) DEFAULT 0,
  `public_details` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
);

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_id` INT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `reviewed` TINYINT(1) DEFAULT 0,
  `text` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `share_visibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `shareable_id` INT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `shareable_type` VARCHAR(60) NOT NULL DEFAULT 'Post',
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `simple_captcha_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(40),
  `value` VARCHAR(12),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tag_followings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `taggings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag_id` INT,
  `taggable_id` INT,
  `taggable_type` VARCHAR(127),
  `tagger_id` INT,
  `tagger_type` VARCHAR(127),
  `context` VARCHAR(127),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `taggings_count` INT DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_preferences` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_type` VARCHAR(255),
  `user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `serialized_private_key` TEXT,
  `getting_started` TINYINT(1) NOT NULL DEFAULT 1,
  `disable_mail` TINYINT(1) NOT NULL DEFAULT 0,
  `language` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `remember_created_at` DATETIME,
  `sign_in_count` INT DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `invited_by_id` INT,
  `unconfirmed_email` VARCHAR(255),
  `confirm_email_token` VARCHAR(30),
  `locked_at` DATETIME,
  `show_community_spotlight_in_stream` TINYINT(1) NOT NULL DEFAULT 1,
  `auto_follow_back` TINYINT(1) DEFAULT 0,
  `auto_follow_back_aspect_id` INT,
  `hidden_shareables` TEXT,
  `reset_password_sent_at` DATETIME,
  `last_seen` DATETIME,
  `remove_after` DATETIME,
  `export` VARCHAR(255),
  `exported_at` DATETIME,
  `exporting` TINYINT(1) DEFAULT 0,
  `exported_photos_file` VARCHAR(255),
  `exported_photos_at` DATETIME,
  `exporting_photos` TINYINT(1) DEFAULT 0,
  `color_theme` VARCHAR(255),
  `post_default_public` TINYINT(1) DEFAULT 0,
  `consumed_timestep` INT,
  `otp_required_for_login` TINYINT(1),
  `otp_backup_codes` TEXT,
  `plain_otp_secret` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `old_person_id` INT NOT NULL,
  `new_person_id` INT NOT NULL,
  `completed_at` DATETIME,
  `signature` TEXT,
  `remote_photo_path` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`old_person_id`) REFERENCES `people` (`id`),
  FOREIGN KEY (`new_person_id`) REFERENCES `people` (`id`)
);

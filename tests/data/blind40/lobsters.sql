-- Lobsters (link aggregation community): the whole Rails schema except the two SQLite FTS5 virtual tables
-- (comments_fts, story_texts_fts), 38 tables, written as MySQL DDL.
-- Upstream: github.com/lobsters/lobsters db/schema.rb (ActiveRecord::Schema[8.0], version 2026_06_13_004304),
-- commit 57268d762e1c2c95b7a8e64ee8deb259cddd8cc0. Column names, types, limits, nullability and defaults as
-- schema.rb declares them; Rails' implicit bigint id primary keys spelled out; indexes on text columns left out;
-- upstream's foreign keys written inline. SQLite NOCASE collations dropped.
-- Licence: BSD-3-Clause (Lobsters).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `action_mailbox_inbound_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` int NOT NULL DEFAULT 0,
  `message_id` varchar(255) NOT NULL,
  `message_checksum` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_action_mailbox_inbound_emails_uniqueness` (`message_id`, `message_checksum`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
);

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `category` varchar(25) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_categories_on_category` (`category`),
  UNIQUE KEY `index_categories_on_token` (`token`)
);

CREATE TABLE `comment_stats` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `average` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_comment_stats_on_date` (`date`)
);

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `short_id` varchar(10) NOT NULL DEFAULT '',
  `story_id` bigint NOT NULL,
  `confidence_order` varbinary(3) NOT NULL,
  `user_id` bigint NOT NULL,
  `parent_comment_id` bigint,
  `thread_id` bigint,
  `comment` text NOT NULL,
  `score` int NOT NULL DEFAULT 1,
  `flags` int NOT NULL DEFAULT 0,
  `confidence` decimal(20,19) NOT NULL DEFAULT '0.0',
  `markeddown_comment` text,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `is_moderated` tinyint(1) NOT NULL DEFAULT 0,
  `is_from_email` tinyint(1) NOT NULL DEFAULT 0,
  `hat_id` bigint,
  `depth` int NOT NULL DEFAULT 0,
  `reply_count` int NOT NULL DEFAULT 0,
  `last_reply_at` datetime(6),
  `last_edited_at` datetime(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `confidence_idx` (`confidence`),
  KEY `comments_hat_id_fk` (`hat_id`),
  KEY `comments_parent_comment_id_fk` (`parent_comment_id`),
  KEY `index_comments_on_score` (`score`),
  UNIQUE KEY `short_id` (`short_id`),
  KEY `story_id_short_id` (`story_id`, `short_id`),
  KEY `thread_id` (`thread_id`),
  UNIQUE KEY `index_comments_on_token` (`token`),
  KEY `index_comments_on_user_id` (`user_id`),
  FOREIGN KEY (`parent_comment_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`hat_id`) REFERENCES `hats` (`id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `domains` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `banned_at` datetime,
  `banned_by_user_id` bigint,
  `banned_reason` varchar(200),
  `selector` varchar(255),
  `replacement` varchar(255),
  `stories_count` int NOT NULL DEFAULT 0,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_domains_on_banned_by_user_id` (`banned_by_user_id`),
  UNIQUE KEY `index_domains_on_domain` (`domain`),
  UNIQUE KEY `index_domains_on_token` (`token`),
  FOREIGN KEY (`banned_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hat_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` bigint NOT NULL,
  `hat` varchar(255) NOT NULL,
  `link` varchar(255) NOT NULL,
  `comment` text NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_hat_requests_on_token` (`token`),
  KEY `hat_requests_user_id_fk` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hats` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` bigint NOT NULL,
  `granted_by_user_id` bigint NOT NULL,
  `hat` varchar(255) NOT NULL,
  `link` varchar(255),
  `modlog_use` tinyint(1) NOT NULL DEFAULT 0,
  `doffed_at` datetime,
  `short_id` varchar(10) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `hats_granted_by_user_id_fk` (`granted_by_user_id`),
  UNIQUE KEY `index_hats_on_token` (`token`),
  KEY `hats_user_id_fk` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`granted_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hidden_stories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `story_id` bigint NOT NULL,
  `created_at` datetime(6),
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `hidden_stories_story_id_fk` (`story_id`),
  UNIQUE KEY `index_hidden_stories_on_token` (`token`),
  UNIQUE KEY `index_hidden_stories_on_user_id_and_story_id` (`user_id`, `story_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `invitation_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `memo` text,
  `ip_address` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_invitation_requests_on_token` (`token`)
);

CREATE TABLE `invitations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `email` varchar(255),
  `code` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `memo` text,
  `used_at` datetime,
  `new_user_id` bigint,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `invitations_new_user_id_fk` (`new_user_id`),
  UNIQUE KEY `index_invitations_on_token` (`token`),
  KEY `invitations_user_id_fk` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`new_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `keystores` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(50) NOT NULL DEFAULT '',
  `value` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `links` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(250) NOT NULL,
  `normalized_url` varchar(255) NOT NULL,
  `title` varchar(255),
  `from_story_id` bigint,
  `from_comment_id` bigint,
  `to_story_id` bigint,
  `to_comment_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_links_on_from_comment_id` (`from_comment_id`),
  KEY `index_links_on_from_story_id` (`from_story_id`),
  KEY `index_links_on_normalized_url` (`normalized_url`),
  UNIQUE KEY `idx_links_on_to_comment_id_and_from_story_id_and_from_comment_id` (`to_comment_id`, `from_story_id`, `from_comment_id`),
  UNIQUE KEY `index_links_on_to_story_id_and_from_story_id_and_from_comment_id` (`to_story_id`, `from_story_id`, `from_comment_id`),
  UNIQUE KEY `index_links_on_url_and_from_story_id_and_from_comment_id` (`url`, `from_story_id`, `from_comment_id`),
  FOREIGN KEY (`from_comment_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`to_comment_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`from_story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`to_story_id`) REFERENCES `stories` (`id`)
);

CREATE TABLE `mastodon_apps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mastodon_apps_on_name` (`name`)
);

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `author_user_id` bigint,
  `recipient_user_id` bigint NOT NULL,
  `subject` varchar(100),
  `body` text,
  `short_id` varchar(30) NOT NULL DEFAULT '',
  `deleted_by_author` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_by_recipient` tinyint(1) NOT NULL DEFAULT 0,
  `hat_id` bigint,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_messages_on_author_user_id` (`author_user_id`),
  KEY `index_messages_on_hat_id` (`hat_id`),
  KEY `messages_recipient_user_id_fk` (`recipient_user_id`),
  UNIQUE KEY `random_hash` (`short_id`),
  UNIQUE KEY `index_messages_on_token` (`token`),
  FOREIGN KEY (`hat_id`) REFERENCES `hats` (`id`),
  FOREIGN KEY (`author_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`recipient_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `mod_activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mod_activities_on_item_type_and_item_id` (`item_type`, `item_id`),
  UNIQUE KEY `index_mod_activities_on_token` (`token`)
);

CREATE TABLE `mod_mail_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mod_mail_id` bigint NOT NULL,
  `message` text NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_mod_mail_messages_on_mod_mail_id` (`mod_mail_id`),
  KEY `fk_rails_40fa20cab5` (`user_id`),
  FOREIGN KEY (`mod_mail_id`) REFERENCES `mod_mails` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `mod_mail_recipients` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mod_mail_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_mod_mail_recipients_on_mod_mail_id` (`mod_mail_id`),
  KEY `fk_rails_7a6d5232be` (`user_id`),
  FOREIGN KEY (`mod_mail_id`) REFERENCES `mod_mails` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `mod_mail_references` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mod_mail_id` bigint NOT NULL,
  `reference_type` varchar(255) NOT NULL,
  `reference_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_mod_mail_references_on_mod_mail_id` (`mod_mail_id`),
  KEY `index_mod_mail_references_on_reference` (`reference_type`, `reference_id`),
  FOREIGN KEY (`mod_mail_id`) REFERENCES `mod_mails` (`id`)
);

CREATE TABLE `mod_mails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `remind_mods_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `short_id` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mod_mails_on_short_id` (`short_id`)
);

CREATE TABLE `mod_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `moderator_user_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `note` text NOT NULL,
  `markeddown_note` text NOT NULL,
  `created_at` datetime NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_mod_notes_on_id_and_user_id` (`id`, `user_id`),
  KEY `mod_notes_moderator_user_id_fk` (`moderator_user_id`),
  UNIQUE KEY `index_mod_notes_on_token` (`token`),
  KEY `mod_notes_user_id_fk` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`moderator_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `moderations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `moderator_user_id` bigint,
  `story_id` bigint,
  `comment_id` bigint,
  `user_id` bigint,
  `action` text NOT NULL,
  `reason` text,
  `is_from_suggestions` tinyint(1) NOT NULL DEFAULT 0,
  `tag_id` bigint,
  `domain_id` bigint,
  `category_id` bigint,
  `origin_id` bigint,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_moderations_on_category_id` (`category_id`),
  KEY `moderations_comment_id_fk` (`comment_id`),
  KEY `index_moderations_on_created_at` (`created_at`),
  KEY `index_moderations_on_domain_id` (`domain_id`),
  KEY `moderations_moderator_user_id_fk` (`moderator_user_id`),
  KEY `index_moderations_on_origin_id` (`origin_id`),
  KEY `moderations_story_id_fk` (`story_id`),
  KEY `moderations_tag_id_fk` (`tag_id`),
  UNIQUE KEY `index_moderations_on_token` (`token`),
  KEY `index_moderations_on_user_id` (`user_id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`),
  FOREIGN KEY (`origin_id`) REFERENCES `origins` (`id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`moderator_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` bigint NOT NULL,
  `read_at` datetime(6),
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_notifications_on_notifiable` (`notifiable_type`, `notifiable_id`),
  UNIQUE KEY `index_notifications_on_token` (`token`),
  UNIQUE KEY `idx_on_user_id_notifiable_type_notifiable_id_ffac34041e` (`user_id`, `notifiable_type`, `notifiable_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `origins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain_id` bigint NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `stories_count` int NOT NULL DEFAULT 0,
  `banned_at` datetime(6),
  `banned_by_user_id` bigint,
  `banned_reason` varchar(200),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_origins_on_banned_by_user_id` (`banned_by_user_id`),
  KEY `index_origins_on_domain_id` (`domain_id`),
  UNIQUE KEY `index_origins_on_identifier` (`identifier`),
  UNIQUE KEY `index_origins_on_token` (`token`),
  FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`),
  FOREIGN KEY (`banned_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `read_ribbons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `is_following` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  `story_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_read_ribbons_on_story_id` (`story_id`),
  KEY `index_read_ribbons_on_user_id` (`user_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `saved_stories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  `story_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `saved_stories_story_id_fk` (`story_id`),
  UNIQUE KEY `index_saved_stories_on_token` (`token`),
  UNIQUE KEY `index_saved_stories_on_user_id_and_story_id` (`user_id`, `story_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `stories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `user_id` bigint NOT NULL,
  `url` varchar(250) DEFAULT '',
  `normalized_url` varchar(255),
  `title` varchar(150) NOT NULL DEFAULT '',
  `description` text,
  `short_id` varchar(6) NOT NULL DEFAULT '',
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `score` int NOT NULL DEFAULT 1,
  `flags` int NOT NULL DEFAULT 0,
  `is_moderated` tinyint(1) NOT NULL DEFAULT 0,
  `hotness` decimal(20,10) NOT NULL DEFAULT '0.0',
  `markeddown_description` text,
  `comments_count` int NOT NULL DEFAULT 0,
  `merged_story_id` bigint,
  `unavailable_at` datetime,
  `twitter_id` varchar(20),
  `user_is_author` tinyint(1) NOT NULL DEFAULT 0,
  `user_is_following` tinyint(1) NOT NULL DEFAULT 0,
  `domain_id` bigint,
  `mastodon_id` varchar(25),
  `origin_id` bigint,
  `last_comment_at` datetime(6),
  `stories_count` int NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  `last_edited_at` datetime(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_stories_on_created_at` (`created_at`),
  KEY `index_stories_on_domain_id` (`domain_id`),
  KEY `hotness_idx` (`hotness`),
  KEY `index_stories_on_id_and_is_deleted` (`id`, `is_deleted`),
  KEY `index_stories_on_last_comment_at` (`last_comment_at`),
  KEY `index_stories_on_mastodon_id` (`mastodon_id`),
  KEY `index_stories_on_merged_story_id_and_hotness` (`merged_story_id`, `hotness`),
  KEY `index_stories_on_normalized_url` (`normalized_url`),
  KEY `index_stories_on_origin_id` (`origin_id`),
  KEY `index_stories_on_score` (`score`),
  UNIQUE KEY `unique_short_id` (`short_id`),
  UNIQUE KEY `index_stories_on_token` (`token`),
  KEY `url` (`url`),
  KEY `index_stories_on_user_id` (`user_id`),
  FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`),
  FOREIGN KEY (`origin_id`) REFERENCES `origins` (`id`),
  FOREIGN KEY (`merged_story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `story_texts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(150) NOT NULL DEFAULT '',
  `description` text,
  `body` text,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `suggested_taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `story_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `suggested_taggings_story_id_fk` (`story_id`),
  KEY `suggested_taggings_tag_id_fk` (`tag_id`),
  KEY `suggested_taggings_user_id_fk` (`user_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `suggested_titles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `story_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `title` varchar(150) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `suggested_titles_story_id_fk` (`story_id`),
  KEY `suggested_titles_user_id_fk` (`user_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `tag_filters` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tag_filters_tag_id_fk` (`tag_id`),
  KEY `user_tag_idx` (`user_id`, `tag_id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `story_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `story_id_tag_id` (`story_id`, `tag_id`),
  KEY `taggings_tag_id_fk` (`tag_id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag` varchar(25) NOT NULL,
  `description` varchar(100),
  `privileged` tinyint(1) NOT NULL DEFAULT 0,
  `is_media` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `hotness_mod` float DEFAULT 0.0,
  `permit_by_new_users` tinyint(1) NOT NULL DEFAULT 1,
  `category_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `quorum` int DEFAULT 2,
  PRIMARY KEY (`id`),
  KEY `index_tags_on_category_id` (`category_id`),
  UNIQUE KEY `tag` (`tag`),
  UNIQUE KEY `index_tags_on_token` (`token`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`)
);

CREATE TABLE `usernames` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `renamed_away_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `fk_rails_74bbef8f63` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` varchar(50),
  `email` varchar(100),
  `password_digest` varchar(75),
  `created_at` datetime,
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  `password_reset_token` varchar(75),
  `session_token` varchar(75) NOT NULL DEFAULT '',
  `about` text,
  `invited_by_user_id` bigint,
  `is_moderator` tinyint(1) NOT NULL DEFAULT 0,
  `pushover_mentions` tinyint(1) NOT NULL DEFAULT 0,
  `rss_token` varchar(75),
  `mailing_list_token` varchar(75),
  `mailing_list_mode` int DEFAULT 0,
  `karma` int NOT NULL DEFAULT 0,
  `banned_at` datetime,
  `banned_by_user_id` bigint,
  `banned_reason` varchar(256),
  `deleted_at` datetime,
  `disabled_invite_at` datetime,
  `disabled_invite_by_user_id` bigint,
  `disabled_invite_reason` varchar(200),
  `settings` text,
  `show_email` tinyint(1) NOT NULL DEFAULT 0,
  `last_read_newest_story` datetime(6),
  `last_read_newest_comment` datetime(6),
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `users_banned_by_user_id_fk` (`banned_by_user_id`),
  KEY `users_disabled_invite_by_user_id_fk` (`disabled_invite_by_user_id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  KEY `users_invited_by_user_id_fk` (`invited_by_user_id`),
  KEY `mailing_list_enabled` (`mailing_list_mode`),
  UNIQUE KEY `mailing_list_token` (`mailing_list_token`),
  UNIQUE KEY `password_reset_token` (`password_reset_token`),
  UNIQUE KEY `rss_token` (`rss_token`),
  UNIQUE KEY `session_hash` (`session_token`),
  UNIQUE KEY `index_users_on_token` (`token`),
  UNIQUE KEY `username` (`username`),
  FOREIGN KEY (`banned_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`disabled_invite_by_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`invited_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `votes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `story_id` bigint NOT NULL,
  `comment_id` bigint,
  `vote` tinyint NOT NULL,
  `reason` varchar(1) NOT NULL DEFAULT '',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_votes_on_comment_id` (`comment_id`),
  KEY `votes_story_id_fk` (`story_id`),
  KEY `user_id_comment_id` (`user_id`, `comment_id`),
  KEY `user_id_story_id` (`user_id`, `story_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`),
  FOREIGN KEY (`story_id`) REFERENCES `stories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

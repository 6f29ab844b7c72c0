-- Helpy (open-source helpdesk and customer support platform, Ruby on Rails): users (customers and the support
-- team: admins, agents and editors in one table, with Devise login, invitation and sign-in tracking columns,
-- OmniAuth identities, profile, contact details, account number, priority and agent availability); topics
-- (private support tickets and public community discussions, with requester, assigned agent, status, channel,
-- priority and spam check) and their posts (replies, internal notes, e-mailed messages with cc/bcc and the raw
-- e-mail); flags (posts reported for review), votes, taggings and tags (ticket tags and agent teams, with the
-- team's e-mail address); the knowledge base (docs, categories, translations, images) and community forums;
-- API keys, CSV backups and imports, full-text search documents, paper_trail versions of docs and categories,
-- Cloudinary attachments (attachinary), application settings.
-- Upstream: github.com/helpyio/helpy, file db/schema.rb (ActiveRecord::Schema version 20191005134018), commit
-- 26aff0e485aee91f41098ee986cfe750746dcfee (master, 2021-10-20), MIT licence.
-- The whole schema is taken: all 22 create_table blocks, every column, table and column names as upstream.
-- Rails schema written as MySQL DDL: the implicit `id` primary key spelled out (ar_internal_metadata keeps its
-- string primary key `key`); string -> varchar(255) (or its limit), integer -> int(11), boolean -> tinyint(1),
-- datetime -> datetime, decimal without precision -> decimal, PostgreSQL inet -> varchar(45), PostgreSQL
-- string arrays (docs.attachments, posts.attachments, default []) -> text without default. Defaults and NOT NULL
-- as upstream. Upstream's unique indexes are kept as UNIQUE KEYs; its non-unique indexes and the plpgsql
-- extension are left out. Upstream declares no foreign keys and no column comments.

CREATE TABLE `api_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `access_token` varchar(255),
  `user_id` int(11),
  `name` varchar(255),
  `date_expired` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_keys_on_access_token` (`access_token`)
);

CREATE TABLE `ar_internal_metadata` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `attachinary_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `attachinariable_id` int(11),
  `attachinariable_type` varchar(255),
  `scope` varchar(255),
  `public_id` varchar(255),
  `version` varchar(255),
  `width` int(11),
  `height` int(11),
  `format` varchar(255),
  `resource_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `backups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `csv` text,
  `model` varchar(255),
  `csv_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `icon` varchar(255),
  `keywords` varchar(255),
  `title_tag` varchar(255),
  `meta_description` varchar(255),
  `rank` int(11),
  `front_page` tinyint(1) DEFAULT 0,
  `active` tinyint(1) DEFAULT 1,
  `permalink` varchar(255),
  `section` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `visibility` varchar(255) DEFAULT 'all',
  `ancestry` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `category_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255),
  `keywords` varchar(255),
  `title_tag` varchar(255),
  `meta_description` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `doc_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `doc_id` int(11) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255),
  `body` text,
  `keywords` varchar(255),
  `title_tag` varchar(255),
  `meta_description` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `docs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `body` text,
  `keywords` varchar(255),
  `title_tag` varchar(255),
  `meta_description` varchar(255),
  `category_id` int(11),
  `user_id` int(11),
  `active` tinyint(1) DEFAULT 1,
  `rank` int(11),
  `permalink` varchar(255),
  `version` int(11),
  `front_page` tinyint(1) DEFAULT 0,
  `cheatsheet` tinyint(1) DEFAULT 0,
  `points` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `topics_count` int(11) DEFAULT 0,
  `allow_comments` tinyint(1) DEFAULT 1,
  `attachments` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `post_id` int(11),
  `generated_topic_id` int(11),
  `reason` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `forums` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `topics_count` int(11) NOT NULL DEFAULT 0,
  `last_post_date` datetime,
  `last_post_id` int(11),
  `private` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `allow_topic_voting` tinyint(1) DEFAULT 0,
  `allow_post_voting` tinyint(1) DEFAULT 0,
  `layout` varchar(255) DEFAULT 'table',
  PRIMARY KEY (`id`)
);

CREATE TABLE `images` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `name` varchar(255),
  `extension` varchar(255),
  `file` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `imports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255),
  `notes` varchar(255),
  `model` varchar(255),
  `started_at` datetime,
  `completed_at` datetime,
  `submited_record_count` int(11),
  `imported_ids` text,
  `error_log` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pg_search_documents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` text,
  `searchable_id` int(11),
  `searchable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `posts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `topic_id` int(11),
  `user_id` int(11),
  `body` text,
  `kind` varchar(255),
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `points` int(11) DEFAULT 0,
  `attachments` text,
  `cc` varchar(255),
  `bcc` varchar(255),
  `raw_email` text,
  `email_to_address` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `searches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `body` text,
  `search_type` varchar(255),
  `search_id` int(11),
  `last_updated_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `var` varchar(255) NOT NULL,
  `value` text,
  `thing_id` int(11),
  `thing_type` varchar(30),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_thing_type_and_thing_id_and_var` (`thing_type`, `thing_id`, `var`)
);

CREATE TABLE `taggings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11),
  `taggable_id` int(11),
  `taggable_type` varchar(255),
  `tagger_id` int(11),
  `tagger_type` varchar(255),
  `context` varchar(128),
  `created_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggings_idx` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`)
);

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `taggings_count` int(11) DEFAULT 0,
  `show_on_helpcenter` tinyint(1) DEFAULT 0,
  `show_on_admin` tinyint(1) DEFAULT 0,
  `show_on_dashboard` tinyint(1) DEFAULT 0,
  `description` text,
  `color` varchar(255),
  `active` tinyint(1) DEFAULT 1,
  `email_address` varchar(255),
  `email_name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
);

CREATE TABLE `topics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `forum_id` int(11),
  `user_id` int(11),
  `user_name` varchar(255),
  `name` varchar(255),
  `posts_count` int(11) NOT NULL DEFAULT 0,
  `waiting_on` varchar(255) NOT NULL DEFAULT 'admin',
  `last_post_date` datetime,
  `closed_date` datetime,
  `last_post_id` int(11),
  `current_status` varchar(255) NOT NULL DEFAULT 'new',
  `private` tinyint(1) DEFAULT 0,
  `assigned_user_id` int(11),
  `cheatsheet` tinyint(1) DEFAULT 0,
  `points` int(11) DEFAULT 0,
  `post_cache` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locale` varchar(255),
  `doc_id` int(11) DEFAULT 0,
  `channel` varchar(255) DEFAULT 'email',
  `kind` varchar(255) DEFAULT 'ticket',
  `priority` int(11) DEFAULT 1,
  `spam_score` decimal DEFAULT 0.0,
  `spam_report` text DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `identity_url` varchar(255),
  `name` varchar(255),
  `admin` tinyint(1) DEFAULT 0,
  `bio` text,
  `signature` text,
  `role` varchar(255) DEFAULT 'user',
  `home_phone` varchar(255),
  `work_phone` varchar(255),
  `cell_phone` varchar(255),
  `company` varchar(255),
  `street` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(255),
  `title` varchar(255),
  `twitter` varchar(255),
  `linkedin` varchar(255),
  `thumbnail` varchar(255),
  `medium_image` varchar(255),
  `large_image` varchar(255),
  `language` varchar(255) DEFAULT 'en',
  `assigned_ticket_count` int(11) DEFAULT 0,
  `topics_count` int(11) DEFAULT 0,
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `provider` varchar(255),
  `uid` varchar(255),
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int(11),
  `invited_by_id` int(11),
  `invited_by_type` varchar(255),
  `invitations_count` int(11) DEFAULT 0,
  `invitation_message` text,
  `time_zone` varchar(255) DEFAULT 'UTC',
  `profile_image` varchar(255),
  `notify_on_private` tinyint(1) DEFAULT 0,
  `notify_on_public` tinyint(1) DEFAULT 0,
  `notify_on_reply` tinyint(1) DEFAULT 0,
  `account_number` varchar(255),
  `priority` varchar(255) DEFAULT 'normal',
  `notes` text,
  `status` varchar(255) DEFAULT 'available',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
);

CREATE TABLE `versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int(11) NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `locale` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `votes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `points` int(11) DEFAULT 1,
  `voteable_type` varchar(255),
  `voteable_id` int(11),
  `user_id` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

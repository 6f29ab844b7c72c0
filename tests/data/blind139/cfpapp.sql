-- CFP App (rubycentral/cfp-app, commit bc33ae67f34e260607c90551315901b09e98c32a, MIT)
-- db/schema.rb (ActiveRecord::Schema[8.1], PostgreSQL; columns listed alphabetically by the 8.1 dumper) written as MySQL DDL;
-- indexes left out, the implicit bigint `id` spelled out, inet as varchar(45), string arrays as text.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `body` text,
  `created_at` datetime,
  `parent_id` int,
  `proposal_id` bigint,
  `type` varchar(255),
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `archived` tinyint(1) DEFAULT 0,
  `closes_at` datetime,
  `contact_email` varchar(255),
  `created_at` datetime,
  `custom_fields` text,
  `end_date` datetime,
  `guidelines` text,
  `info` text,
  `name` varchar(255),
  `opens_at` datetime,
  `proposal_tags` text,
  `review_tags` text,
  `settings` text,
  `slug` varchar(255),
  `speaker_notification_emails` text,
  `start_date` datetime,
  `state` varchar(255) DEFAULT 'draft',
  `updated_at` datetime,
  `url` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `identities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `provider` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `invitations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `email` varchar(255),
  `proposal_id` bigint,
  `slug` varchar(255),
  `state` varchar(255) DEFAULT 'pending',
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `message` varchar(255),
  `read_at` datetime,
  `target_path` varchar(255),
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `body_published_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `footer_category` varchar(255),
  `hide_footer` tinyint(1) NOT NULL DEFAULT 0,
  `hide_header` tinyint(1) NOT NULL DEFAULT 0,
  `hide_page` tinyint(1) NOT NULL DEFAULT 0,
  `landing` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `published_body` text,
  `slug` varchar(255) NOT NULL,
  `unpublished_body` text,
  `updated_at` datetime(6) NOT NULL,
  `website_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`website_id`) REFERENCES `websites` (`id`)
);

CREATE TABLE `program_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `abstract` text,
  `created_at` datetime NOT NULL,
  `event_id` bigint,
  `info` text,
  `proposal_id` bigint,
  `session_format_id` bigint,
  `state` text,
  `title` text,
  `track_id` bigint,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `proposals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `abstract` text,
  `confirmation_notes` text,
  `confirmed_at` datetime,
  `created_at` datetime,
  `details` text,
  `event_id` bigint,
  `last_change` text,
  `pitch` text,
  `proposal_data` text,
  `session_format_id` bigint,
  `state` varchar(255) DEFAULT 'submitted',
  `title` varchar(255),
  `track_id` bigint,
  `updated_at` datetime,
  `updated_by_speaker_at` datetime,
  `uuid` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ratings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `proposal_id` bigint,
  `score` int,
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rooms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `address` varchar(255),
  `capacity` int,
  `created_at` datetime,
  `event_id` bigint,
  `grid_position` int,
  `level` varchar(255),
  `name` varchar(255),
  `room_number` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `session_format_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `display` tinyint(1),
  `name` varchar(255),
  `position` int,
  `session_format_id` bigint,
  `updated_at` datetime(6) NOT NULL,
  `website_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_format_id`) REFERENCES `session_formats` (`id`),
  FOREIGN KEY (`website_id`) REFERENCES `websites` (`id`)
);

CREATE TABLE `session_formats` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `description` varchar(255),
  `duration` int,
  `event_id` bigint,
  `name` varchar(255),
  `public` tinyint(1) DEFAULT 1,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `solid_queue_failed_executions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `error` text,
  `job_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `solid_queue_jobs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `solid_queue_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `active_job_id` varchar(255),
  `arguments` text,
  `class_name` varchar(255) NOT NULL,
  `concurrency_key` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `finished_at` datetime(6),
  `priority` int NOT NULL DEFAULT 0,
  `queue_name` varchar(255) NOT NULL,
  `scheduled_at` datetime(6),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `solid_queue_processes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `hostname` varchar(255),
  `kind` varchar(255) NOT NULL,
  `last_heartbeat_at` datetime(6) NOT NULL,
  `metadata` text,
  `name` varchar(255) NOT NULL,
  `pid` int NOT NULL,
  `supervisor_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `speakers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `age_range` varchar(255),
  `bio` text,
  `created_at` datetime,
  `ethnicity` varchar(255),
  `event_id` bigint,
  `first_time_speaker` tinyint(1),
  `info` text,
  `program_session_id` bigint,
  `pronouns` varchar(255),
  `proposal_id` bigint,
  `speaker_email` varchar(255),
  `speaker_name` varchar(255),
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sponsors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `description` text,
  `event_id` bigint,
  `name` varchar(255),
  `offer_headline` varchar(255),
  `offer_text` text,
  `offer_url` varchar(255),
  `published` tinyint(1),
  `tier` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  `url` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `internal` tinyint(1) DEFAULT 0,
  `proposal_id` bigint,
  `tag` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `teammates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `accepted_at` datetime,
  `created_at` datetime,
  `declined_at` datetime,
  `email` varchar(255),
  `event_id` bigint,
  `invited_at` datetime,
  `mention_name` varchar(255),
  `notification_preference` varchar(255) DEFAULT 'all',
  `role` varchar(255),
  `state` varchar(255),
  `token` varchar(255),
  `updated_at` datetime,
  `user_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `time_slots` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_day` int,
  `created_at` datetime,
  `description` text,
  `end_time` time,
  `event_id` bigint,
  `presenter` text,
  `program_session_id` bigint,
  `room_id` bigint,
  `sponsor_id` bigint,
  `start_time` time,
  `title` text,
  `track_id` bigint,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tracks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `description` varchar(250),
  `event_id` bigint,
  `guidelines` text,
  `name` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `admin` tinyint(1) DEFAULT 0,
  `bio` text,
  `confirmation_sent_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `created_at` datetime,
  `current_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `last_sign_in_at` datetime,
  `last_sign_in_ip` varchar(45),
  `name` varchar(255),
  `provider` varchar(255),
  `remember_created_at` datetime,
  `reset_password_sent_at` datetime,
  `reset_password_token` varchar(255),
  `sign_in_count` int NOT NULL DEFAULT 0,
  `uid` varchar(255),
  `unconfirmed_email` varchar(255),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `event` varchar(255) NOT NULL,
  `item_id` bigint NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `object` text,
  `object_changes` text,
  `whodunnit` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `website_contents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `html` text,
  `name` varchar(255),
  `placement` varchar(255) NOT NULL DEFAULT 'head',
  `updated_at` datetime(6) NOT NULL,
  `website_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `website_fonts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255),
  `primary` tinyint(1),
  `secondary` tinyint(1),
  `updated_at` datetime(6) NOT NULL,
  `website_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `website_meta_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `author` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `description` text,
  `title` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  `website_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`website_id`) REFERENCES `websites` (`id`)
);

CREATE TABLE `websites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `caching` varchar(255) NOT NULL DEFAULT 'off',
  `city` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `directions` varchar(255),
  `domains` varchar(255),
  `event_id` bigint,
  `facebook_url` varchar(255),
  `footer_about_content` text,
  `footer_categories` text,
  `footer_copyright` varchar(255),
  `instagram_url` varchar(255),
  `location` text,
  `navigation_links` text,
  `prospectus_link` varchar(255),
  `purged_at` datetime,
  `theme` varchar(255) NOT NULL DEFAULT 'default',
  `twitter_handle` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
);


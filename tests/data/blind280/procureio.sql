-- Procure.io Community Version (dobtco/procure-io; The Department of Better Technology, Oakland): e-procurement for
-- government — organisations and their teams of officers, projects (solicitations, RFPs) with amendments, questions
-- and answers, custom response fields, vendors with team members and vendor registrations, bids with responses,
-- officers' bid reviews, labels, comments, event feeds, watches, saved searches, page impressions.
-- Upstream: github.com/dobtco/procure-io, db/structure.sql (pg_dump, last migration 20130531220926) at commit
-- df42ed4ef50ecaf365d448ceffc88bd1f6f94e2f (GPL-3.0, LICENSE.md).
-- PostgreSQL written as MySQL DDL by a script: integer -> int (serial ids with nextval() -> AUTO_INCREMENT),
-- character varying(n) -> varchar(n), text, timestamp without time zone -> datetime, boolean -> tinyint(1),
-- numeric(p,s) -> decimal(p,s); NOT NULL and literal defaults kept. Primary keys, unique indexes and foreign keys
-- are the dump's (constraint names kept); other indexes left out. Columns in dump order; tables re-ordered only so
-- that referenced tables come first. Left out: schema_migrations (Rails bookkeeping); the other 30 tables are kept.
CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int DEFAULT 0,
  `attempts` int DEFAULT 0,
  `handler` text,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` text,
  `targetable_type` varchar(255),
  `targetable_id` int,
  `event_type` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impressions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `impressionable_type` varchar(255),
  `impressionable_id` int,
  `user_id` int,
  `controller_name` varchar(255),
  `action_name` varchar(255),
  `view_name` varchar(255),
  `request_hash` varchar(255),
  `ip_address` varchar(255),
  `session_hash` varchar(255),
  `message` text,
  `referrer` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255),
  `username` varchar(255),
  `logo` varchar(255),
  `event_hooks` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_on_username` (`username`)
);

CREATE TABLE `registrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organization_id` int,
  `registration_type` int,
  `form_options` text,
  `vendor_can_update_status` tinyint(1) DEFAULT 0,
  `posted_at` datetime,
  `poster_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `response_fields` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `response_fieldable_id` int,
  `response_fieldable_type` varchar(255),
  `label` text,
  `field_type` varchar(255),
  `field_options` text,
  `sort_order` int,
  `only_visible_to_admin` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organization_id` int,
  `permission_level` int DEFAULT 1,
  `user_count` int DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255),
  `notification_preferences` text,
  `created_at` datetime,
  `updated_at` datetime,
  `encrypted_password` varchar(128),
  `confirmation_token` varchar(128),
  `remember_token` varchar(128),
  `completed_registration` tinyint(1) DEFAULT 0,
  `viewed_tours` text,
  `god` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vendor_registrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registration_id` int,
  `vendor_id` int,
  `status` int DEFAULT 1,
  `notes` text,
  `submitted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vendors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `slug` varchar(255),
  `email` varchar(255),
  `address_line_1` varchar(255),
  `address_line_2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `phone_number` varchar(255),
  `contact_name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_vendors_on_slug` (`slug`)
);

CREATE TABLE `watches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `watchable_id` int,
  `watchable_type` varchar(255),
  `disabled` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `watches_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `commentable_type` varchar(255),
  `commentable_id` int,
  `user_id` int,
  `body` text,
  `data` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `event_feeds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `user_id` int,
  `read` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_feeds_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `event_feeds_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `form_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organization_id` int,
  `form_options` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `form_templates_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `organization_team_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int,
  `user_id` int,
  `added_by_user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_team_members_team_id_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `organization_team_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `slug` varchar(255),
  `body` text,
  `bids_due_at` datetime,
  `organization_id` int,
  `posted_at` datetime,
  `poster_id` int,
  `total_comments` int DEFAULT 0,
  `form_options` text,
  `abstract` text,
  `featured` tinyint(1),
  `question_period_ends_at` datetime,
  `review_mode` int DEFAULT 1,
  `total_submitted_bids` int DEFAULT 0,
  `solicit_bids` tinyint(1),
  `review_bids` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_projects_on_slug` (`slug`),
  CONSTRAINT `projects_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `projects_poster_id_fk` FOREIGN KEY (`poster_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `projects_tags` (
  `project_id` int,
  `tag_id` int,
  CONSTRAINT `projects_tags_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `projects_tags_tag_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);

CREATE TABLE `projects_teams` (
  `project_id` int,
  `team_id` int,
  CONSTRAINT `projects_teams_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `projects_teams_team_id_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
);

CREATE TABLE `questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `asker_id` int,
  `answerer_id` int,
  `body` text,
  `answer_body` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `questions_answerer_id_fk` FOREIGN KEY (`answerer_id`) REFERENCES `users` (`id`),
  CONSTRAINT `questions_asker_id_fk` FOREIGN KEY (`asker_id`) REFERENCES `users` (`id`),
  CONSTRAINT `questions_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `responsable_id` int,
  `responsable_type` varchar(255),
  `response_field_id` int,
  `value` text,
  `sortable_value` varchar(255),
  `upload` varchar(255),
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `responses_response_field_id_fk` FOREIGN KEY (`response_field_id`) REFERENCES `response_fields` (`id`),
  CONSTRAINT `responses_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `saved_searches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `search_parameters` text,
  `name` varchar(255),
  `last_emailed_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `saved_searches_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `vendor_team_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vendor_id` int,
  `user_id` int,
  `owner` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `vendor_team_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `vendor_team_members_vendor_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`)
);

CREATE TABLE `amendments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `body` text,
  `posted_at` datetime,
  `poster_id` int,
  `title` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `amendments_poster_id_fk` FOREIGN KEY (`poster_id`) REFERENCES `users` (`id`),
  CONSTRAINT `amendments_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `bids` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vendor_id` int,
  `project_id` int,
  `submitted_at` datetime,
  `dismissed_at` datetime,
  `dismisser_id` int,
  `total_stars` int DEFAULT 0,
  `total_comments` int DEFAULT 0,
  `awarded_at` datetime,
  `awarder_id` int,
  `average_rating` decimal(3,2),
  `total_ratings` int DEFAULT 0,
  `bidder_name` varchar(255),
  `dismissal_message` text,
  `show_dismissal_message_to_vendor` tinyint(1) DEFAULT 0,
  `award_message` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `bids_awarder_id_fk` FOREIGN KEY (`awarder_id`) REFERENCES `users` (`id`),
  CONSTRAINT `bids_dismisser_id_fk` FOREIGN KEY (`dismisser_id`) REFERENCES `users` (`id`),
  CONSTRAINT `bids_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `bids_vendor_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`)
);

CREATE TABLE `labels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `name` varchar(255),
  `color` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `labels_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `project_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `upload` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_attachments_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `project_revisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `body` text,
  `project_id` int,
  `saved_by_user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_revisions_project_id_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `project_revisions_saved_by_user_id_fk` FOREIGN KEY (`saved_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `bid_reviews` (
  `id` int NOT NULL AUTO_INCREMENT,
  `starred` tinyint(1),
  `read` tinyint(1),
  `user_id` int,
  `bid_id` int,
  `rating` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `bid_reviews_bid_id_fk` FOREIGN KEY (`bid_id`) REFERENCES `bids` (`id`),
  CONSTRAINT `bid_reviews_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `bids_labels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bid_id` int,
  `label_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `bids_labels_bid_id_fk` FOREIGN KEY (`bid_id`) REFERENCES `bids` (`id`),
  CONSTRAINT `bids_labels_label_id_fk` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`)
);

-- frab (conference planning) -- MySQL DDL written from upstream's Rails schema
-- Upstream: https://github.com/frab/frab  db/schema.rb (ActiveRecord::Schema[7.1], version 2025_10_31_000000)
-- Commit: 14ed5b540e870774326c944350e39e7a43b7d9ea   Licence: MIT
-- All 36 tables of the schema with every column, in upstream order; Rails' implicit bigint `id` spelled out;
-- Rails types mapped as the MySQL adapter does (string -> varchar(limit|255), boolean -> tinyint(1),
-- datetime precision nil -> datetime, default precision -> datetime(6)); indexes left out.
-- Upstream's 11 foreign keys (average_review_scores -> events, review_metrics; classifiers -> conferences;
-- event_classifiers -> classifiers, events; event_translations -> events; person_translations -> people;
-- review_metrics -> conferences; review_scores -> event_ratings, review_metrics; track_translations -> tracks)
-- are listed here only: their int columns reference bigint ids, which MariaDB refuses as constraints.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `availabilities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `conference_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `start_date` datetime,
  `end_date` datetime,
  `day_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `average_review_scores` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `review_metric_id` int,
  `score` float,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_for_participations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `hard_deadline` date,
  `welcome_text` text,
  `conference_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `info_url` varchar(255),
  `contact_email` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `classifiers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `conference_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conference_exports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `locale` varchar(255),
  `conference_id` int,
  `tarball_file_name` varchar(255),
  `tarball_content_type` varchar(255),
  `tarball_file_size` int,
  `tarball_updated_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conference_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `role` varchar(255),
  `user_id` int,
  `conference_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conferences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `acronym` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `timezone` varchar(255) NOT NULL DEFAULT 'Berlin',
  `timeslot_duration` int NOT NULL DEFAULT 15,
  `default_timeslots` int NOT NULL DEFAULT 3,
  `max_timeslots` int NOT NULL DEFAULT 20,
  `feedback_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255),
  `program_export_base_url` varchar(255),
  `schedule_version` varchar(255),
  `schedule_public` tinyint(1) NOT NULL DEFAULT 0,
  `color` varchar(255),
  `ticket_type` varchar(255) DEFAULT 'integrated',
  `event_state_visible` tinyint(1) DEFAULT 1,
  `schedule_custom_css` mediumtext,
  `schedule_html_intro` mediumtext,
  `default_recording_license` varchar(255),
  `expenses_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `transport_needs_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `parent_id` int,
  `bulk_notification_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_file_size` int,
  `logo_updated_at` datetime,
  `schedule_open` tinyint(1) NOT NULL DEFAULT 0,
  `start_date` datetime,
  `end_date` datetime,
  `attachment_title_is_freeform` tinyint(1) DEFAULT 1,
  `allowed_event_types` varchar(255) DEFAULT 'lecture;workshop;podium;lightning_talk;meeting;film;concert;djset;performance;other',
  `allowed_event_timeslots_csv` varchar(400),
  `bcc_address` varchar(255),
  `auto_lock_on_confirm` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conflicts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `conflicting_event_id` int,
  `person_id` int,
  `conflict_type` varchar(255),
  `severity` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `days` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `start_date` datetime,
  `end_date` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `attachment_file_name` varchar(255),
  `attachment_content_type` varchar(255),
  `attachment_file_size` int,
  `attachment_updated_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `public` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_classifiers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `value` int DEFAULT 0,
  `classifier_id` int,
  `event_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_feedbacks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `rating` float,
  `comment` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_people` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `person_id` int NOT NULL,
  `event_role` varchar(255) NOT NULL DEFAULT 'submitter',
  `role_state` varchar(255),
  `comment` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `confirmation_token` varchar(255),
  `notification_subject` varchar(255),
  `notification_body` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_ratings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `person_id` int,
  `rating` float,
  `comment` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_translations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `subtitle` varchar(255),
  `abstract` text,
  `description` text,
  `locale` varchar(255) NOT NULL,
  `event_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `title` varchar(255),
  `subtitle` varchar(255),
  `event_type` varchar(255) DEFAULT 'talk',
  `time_slots` int DEFAULT 3,
  `state` varchar(255) NOT NULL DEFAULT 'new',
  `language` varchar(255),
  `start_time` datetime,
  `abstract` text,
  `description` text,
  `public` tinyint(1) DEFAULT 1,
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_file_size` int,
  `logo_updated_at` datetime,
  `track_id` int,
  `room_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `average_rating` float,
  `event_ratings_count` int DEFAULT 0,
  `note` text,
  `submission_note` text,
  `speaker_count` int DEFAULT 0,
  `event_feedbacks_count` int DEFAULT 0,
  `average_feedback` float,
  `guid` varchar(255),
  `do_not_record` tinyint(1) DEFAULT 0,
  `recording_license` varchar(255),
  `number_of_repeats` int DEFAULT 1,
  `other_locations` text,
  `methods` text,
  `target_audience_experience` text,
  `target_audience_experience_text` text,
  `tech_rider` text,
  `invite_token` varchar(255),
  `video_url` varchar(255),
  `locked` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `expenses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `value` decimal(9,4),
  `reimbursed` tinyint(1),
  `person_id` int,
  `conference_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `im_accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `im_type` varchar(255),
  `im_address` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `attachable_id` int,
  `attachable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `linkable_id` int NOT NULL,
  `linkable_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `name` varchar(255),
  `subject` varchar(255),
  `content` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locale` varchar(255),
  `accept_subject` varchar(255),
  `reject_subject` varchar(255),
  `accept_body` text,
  `reject_body` text,
  `conference_id` int,
  `schedule_subject` varchar(255),
  `schedule_body` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) DEFAULT '',
  `last_name` varchar(255) DEFAULT '',
  `public_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_public` tinyint(1) DEFAULT 1,
  `gender` varchar(255),
  `avatar_file_name` varchar(255),
  `avatar_content_type` varchar(255),
  `avatar_file_size` int,
  `avatar_updated_at` datetime,
  `abstract` text,
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  `note` text,
  `include_in_mailings` tinyint(1) NOT NULL DEFAULT 0,
  `use_gravatar` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_translations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `abstract` text,
  `description` text,
  `locale` varchar(255) NOT NULL,
  `person_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_numbers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `phone_type` varchar(255),
  `phone_number` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_metrics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `conference_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_scores` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_rating_id` int,
  `review_metric_id` int,
  `score` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `size` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `rank` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_servers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `url` varchar(255),
  `user` varchar(255),
  `password` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `queue` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `remote_ticket_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `object_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `track_translations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `locale` varchar(255) NOT NULL,
  `track_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `color` varchar(255) DEFAULT 'fefd7f',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transport_needs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `conference_id` int,
  `at` datetime,
  `transport_type` varchar(255),
  `seats` int,
  `booked` tinyint(1),
  `note` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `remember_created_at` datetime,
  `remember_token` varchar(255),
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `role` varchar(255) DEFAULT 'submitter',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `provider` varchar(255),
  `uid` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `conference_id` int,
  `associated_id` int,
  `associated_type` varchar(255),
  `object_changes` mediumtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

-- OSEM, Open Source Event Manager (conference management) -- trimmed MySQL DDL written from upstream's Rails schema
-- Upstream: https://github.com/openSUSE/osem  db/schema.rb (ActiveRecord::Schema[7.0], version 2024_11_21_114727; PostgreSQL)
-- Commit: 4b6895f31d74322f34f90c8c1058bb87dd1b7554   Licence: MIT
-- 42 of upstream's 53 tables, every column of each, in upstream order; Rails' implicit bigint `id` spelled out;
-- Rails types mapped as the MySQL adapter does (string -> varchar(255), boolean -> tinyint(1), datetime -> datetime(6));
-- indexes left out; upstream declares no foreign keys. Left out: splashpages, sponsorship_levels, difficulty_levels,
-- schedules, event_schedules, vchoices, vdays, vpositions, registrations_vchoices, conferences_questions, question_types.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `answers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booth_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `booth_id` int,
  `user_id` int,
  `role` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booths` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `reasoning` text,
  `state` varchar(255),
  `logo_link` varchar(255),
  `website_url` varchar(255),
  `submitter_relationship` text,
  `conference_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cfps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `program_id` int,
  `cfp_type` varchar(255),
  `description` text,
  `enable_registrations` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(50) DEFAULT '',
  `body` text,
  `commentable_id` int,
  `commentable_type` varchar(255),
  `user_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `subject` varchar(255),
  `parent_id` int,
  `lft` int,
  `rgt` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commercials` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `commercial_id` varchar(255),
  `commercial_type` varchar(255),
  `commercialable_id` int,
  `commercialable_type` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `url` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conferences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `short_title` varchar(255) NOT NULL,
  `timezone` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `logo_file_name` varchar(255),
  `revision` int NOT NULL DEFAULT 0,
  `use_vpositions` tinyint(1) DEFAULT 0,
  `use_vdays` tinyint(1) DEFAULT 0,
  `use_volunteers` tinyint(1),
  `color` varchar(255),
  `events_per_week` text,
  `description` text,
  `registration_limit` int DEFAULT 0,
  `picture` varchar(255),
  `start_hour` int DEFAULT 9,
  `end_hour` int DEFAULT 20,
  `ticket_layout` int DEFAULT 0,
  `custom_domain` varchar(255),
  `booth_limit` int DEFAULT 0,
  `code_of_conduct` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `social_tag` varchar(255),
  `email` varchar(255),
  `facebook` varchar(255),
  `googleplus` varchar(255),
  `twitter` varchar(255),
  `instagram` varchar(255),
  `conference_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `sponsor_email` varchar(255),
  `mastodon` varchar(255),
  `youtube` varchar(255),
  `blog` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime(6),
  `locked_at` datetime(6),
  `failed_at` datetime(6),
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `send_on_registration` tinyint(1) DEFAULT 0,
  `send_on_accepted` tinyint(1) DEFAULT 0,
  `send_on_rejected` tinyint(1) DEFAULT 0,
  `send_on_confirmed_without_registration` tinyint(1) DEFAULT 0,
  `registration_body` text,
  `accepted_body` text,
  `rejected_body` text,
  `confirmed_without_registration_body` text,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `registration_subject` varchar(255),
  `accepted_subject` varchar(255),
  `rejected_subject` varchar(255),
  `confirmed_without_registration_subject` varchar(255),
  `send_on_conference_dates_updated` tinyint(1) DEFAULT 0,
  `conference_dates_updated_subject` varchar(255),
  `conference_dates_updated_body` text,
  `send_on_conference_registration_dates_updated` tinyint(1) DEFAULT 0,
  `conference_registration_dates_updated_subject` varchar(255),
  `conference_registration_dates_updated_body` text,
  `send_on_venue_updated` tinyint(1) DEFAULT 0,
  `venue_updated_subject` varchar(255),
  `venue_updated_body` text,
  `send_on_cfp_dates_updated` tinyint(1) DEFAULT 0,
  `send_on_program_schedule_public` tinyint(1) DEFAULT 0,
  `program_schedule_public_subject` varchar(255),
  `cfp_dates_updated_subject` varchar(255),
  `program_schedule_public_body` text,
  `cfp_dates_updated_body` text,
  `send_on_booths_acceptance` tinyint(1) DEFAULT 0,
  `booths_acceptance_subject` varchar(255),
  `booths_acceptance_body` text,
  `send_on_booths_rejection` tinyint(1) DEFAULT 0,
  `booths_rejection_subject` varchar(255),
  `booths_rejection_body` text,
  `send_on_submitted_proposal` tinyint(1) DEFAULT 0,
  `submitted_proposal_subject` varchar(255),
  `submitted_proposal_body` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `length` int DEFAULT 30,
  `minimum_abstract_length` int DEFAULT 0,
  `maximum_abstract_length` int DEFAULT 500,
  `color` varchar(255),
  `description` varchar(255),
  `program_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `event_id` int,
  `event_role` varchar(255) NOT NULL DEFAULT 'participant',
  `comment` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(255) NOT NULL,
  `event_type_id` int,
  `title` varchar(255) NOT NULL,
  `subtitle` varchar(255),
  `state` varchar(255) NOT NULL DEFAULT 'new',
  `progress` varchar(255) NOT NULL DEFAULT 'new',
  `language` varchar(255),
  `start_time` datetime(6),
  `abstract` text,
  `description` text,
  `public` tinyint(1) DEFAULT 1,
  `proposal_additional_speakers` text,
  `track_id` int,
  `room_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `require_registration` tinyint(1),
  `difficulty_level_id` int,
  `week` int,
  `is_highlight` tinyint(1) DEFAULT 0,
  `program_id` int,
  `max_attendees` int,
  `comments_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_registrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `registration_id` int,
  `event_id` int,
  `attended` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lodgings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_file_size` int,
  `photo_updated_at` datetime(6),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `website_link` varchar(255),
  `conference_id` int,
  `picture` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openids` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255),
  `email` varchar(255),
  `uid` varchar(255),
  `user_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last4` varchar(255),
  `amount` int,
  `authorization_code` varchar(255),
  `status` int NOT NULL DEFAULT 0,
  `user_id` int NOT NULL,
  `conference_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `physical_tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ticket_purchase_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `token` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `programs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `rating` int DEFAULT 0,
  `schedule_public` tinyint(1) DEFAULT 0,
  `schedule_fluid` tinyint(1) DEFAULT 0,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `languages` varchar(255),
  `blind_voting` tinyint(1) DEFAULT 0,
  `voting_start_date` datetime(6),
  `voting_end_date` datetime(6),
  `selected_schedule_id` int,
  `schedule_interval` int NOT NULL DEFAULT 15,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qanswers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `question_id` int,
  `answer_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qanswers_registrations` (
  `registration_id` int NOT NULL,
  `qanswer_id` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `question_type_id` int,
  `conference_id` int,
  `global` tinyint(1),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_periods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `start_date` date,
  `end_date` date,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `other_special_needs` text,
  `attended` tinyint(1) DEFAULT 0,
  `volunteer` tinyint(1),
  `user_id` int,
  `week` int,
  `accepted_code_of_conduct` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `quantity` int,
  `used` int DEFAULT 0,
  `conference_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `description` varchar(255),
  `resource_id` int,
  `resource_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `size` int,
  `venue_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sponsors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `website_url` varchar(255),
  `logo_file_name` varchar(255),
  `sponsorship_level_id` int,
  `conference_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `picture` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `conference_id` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_questions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `survey_id` int,
  `title` varchar(255),
  `kind` int DEFAULT 0,
  `min_choices` int,
  `max_choices` int,
  `possible_answers` text,
  `mandatory` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_replies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `survey_question_id` int,
  `user_id` int,
  `text` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_submissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `survey_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `surveys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_date` datetime(6),
  `end_date` datetime(6),
  `title` varchar(255),
  `description` text,
  `surveyable_id` int,
  `surveyable_type` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `target` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_purchases` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ticket_id` int,
  `conference_id` int,
  `paid` tinyint(1) DEFAULT 0,
  `created_at` datetime(6),
  `quantity` int DEFAULT 1,
  `user_id` int,
  `payment_id` int,
  `week` int,
  `amount_paid` float DEFAULT 0.0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_scannings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `physical_ticket_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conference_id` int,
  `title` varchar(255) NOT NULL,
  `description` text,
  `price_cents` int NOT NULL DEFAULT 0,
  `price_currency` varchar(255) NOT NULL DEFAULT 'USD',
  `registration_ticket` tinyint(1) DEFAULT 0,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `color` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `program_id` int,
  `short_name` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'new',
  `cfp_active` tinyint(1) NOT NULL,
  `submitter_id` int,
  `room_id` int,
  `start_date` date,
  `end_date` date,
  `relevance` text,
  `selected_schedule_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(6),
  `remember_created_at` datetime(6),
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime(6),
  `last_sign_in_at` datetime(6),
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime(6),
  `confirmation_sent_at` datetime(6),
  `unconfirmed_email` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `name` varchar(255),
  `email_public` tinyint(1) DEFAULT 0,
  `biography` text,
  `nickname` varchar(255),
  `affiliation` varchar(255),
  `avatar_file_name` varchar(255),
  `avatar_content_type` varchar(255),
  `avatar_file_size` int,
  `avatar_updated_at` datetime(6),
  `mobile` varchar(255),
  `tshirt` varchar(255),
  `languages` varchar(255),
  `volunteer_experience` text,
  `is_admin` tinyint(1) DEFAULT 0,
  `username` varchar(255),
  `is_disabled` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `role_id` int,
  `user_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `venues` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(255),
  `name` varchar(255),
  `website` varchar(255),
  `description` text,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `photo_file_name` varchar(255),
  `street` varchar(255),
  `postalcode` varchar(255),
  `city` varchar(255),
  `country` varchar(255),
  `latitude` varchar(255),
  `longitude` varchar(255),
  `conference_id` int,
  `picture` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `object_changes` text,
  `created_at` datetime(6),
  `conference_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `rating` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `user_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

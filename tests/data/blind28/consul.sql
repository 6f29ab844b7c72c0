-- Consul Democracy (citizen participation): trimmed MySQL DDL for the blind exam tests/data/blind28/.
-- Upstream: github.com/consuldemocracy/consuldemocracy  db/schema.rb (ActiveRecord::Schema version 2021_01_23_100638),
--   commit ff8215cc65892736fdeb3d34b8614476be131387 (the stored version; the repository snapshot is too large to fetch)
-- Licence: AGPL-3.0
-- 45 of the schema's tables, every column kept: their create_table blocks copied from schema.rb and loaded with
-- ActiveRecord 6.1 (mysql2 adapter) into a scratch MariaDB database, then dumped with mysqldump --no-data.
-- PostgreSQL-only types mapped: id: :serial -> int AUTO_INCREMENT, id: :uuid and t.uuid -> varchar(36),
-- t.jsonb -> json, t.tsvector (full-text search vector) -> text. Indexes and foreign keys left out.
-- Upstream has no column comments.

CREATE TABLE `activities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `actionable_type` varchar(255) DEFAULT NULL,
  `actionable_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `administrators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `ahoy_events` (
  `id` varchar(36) NOT NULL,
  `visit_id` varchar(36) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `properties` json DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `audits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `auditable_id` int(11) DEFAULT NULL,
  `auditable_type` varchar(255) DEFAULT NULL,
  `associated_id` int(11) DEFAULT NULL,
  `associated_type` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `user_type` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `audited_changes` json DEFAULT NULL,
  `version` int(11) DEFAULT 0,
  `comment` varchar(255) DEFAULT NULL,
  `remote_address` varchar(255) DEFAULT NULL,
  `request_uuid` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `budgets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency_symbol` varchar(10) DEFAULT NULL,
  `phase` varchar(40) DEFAULT 'accepting',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `description_accepting` text DEFAULT NULL,
  `description_reviewing` text DEFAULT NULL,
  `description_selecting` text DEFAULT NULL,
  `description_valuating` text DEFAULT NULL,
  `description_balloting` text DEFAULT NULL,
  `description_reviewing_ballots` text DEFAULT NULL,
  `description_finished` text DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `description_drafting` text DEFAULT NULL,
  `description_publishing_prices` text DEFAULT NULL,
  `description_informing` text DEFAULT NULL,
  `voting_style` varchar(255) DEFAULT 'knapsack',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `budget_ballots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `budget_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ballot_lines_count` int(11) DEFAULT 0,
  `physical` tinyint(1) DEFAULT 0,
  `poll_ballot_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `budget_ballot_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ballot_id` int(11) DEFAULT NULL,
  `investment_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `budget_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `heading_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `budget_investments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_id` int(11) DEFAULT NULL,
  `administrator_id` int(11) DEFAULT NULL,
  `external_url` varchar(255) DEFAULT NULL,
  `price` bigint(20) DEFAULT NULL,
  `feasibility` varchar(15) DEFAULT 'undecided',
  `price_explanation` text DEFAULT NULL,
  `unfeasibility_explanation` text DEFAULT NULL,
  `valuation_finished` tinyint(1) DEFAULT 0,
  `valuator_assignments_count` int(11) DEFAULT 0,
  `price_first_year` bigint(20) DEFAULT NULL,
  `duration` varchar(255) DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `cached_votes_up` int(11) DEFAULT 0,
  `comments_count` int(11) DEFAULT 0,
  `confidence_score` int(11) NOT NULL DEFAULT 0,
  `physical_votes` int(11) DEFAULT 0,
  `tsv` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `heading_id` int(11) DEFAULT NULL,
  `responsible_name` varchar(255) DEFAULT NULL,
  `budget_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `selected` tinyint(1) DEFAULT 0,
  `location` varchar(255) DEFAULT NULL,
  `organization_name` varchar(255) DEFAULT NULL,
  `unfeasible_email_sent_at` datetime DEFAULT NULL,
  `ballot_lines_count` int(11) DEFAULT 0,
  `previous_heading_id` int(11) DEFAULT NULL,
  `winner` tinyint(1) DEFAULT 0,
  `incompatible` tinyint(1) DEFAULT 0,
  `community_id` int(11) DEFAULT NULL,
  `visible_to_valuators` tinyint(1) DEFAULT 0,
  `valuator_group_assignments_count` int(11) DEFAULT 0,
  `confirmed_hide_at` datetime DEFAULT NULL,
  `ignored_flag_at` datetime DEFAULT NULL,
  `flags_count` int(11) DEFAULT 0,
  `original_heading_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `commentable_id` int(11) DEFAULT NULL,
  `commentable_type` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `flags_count` int(11) DEFAULT 0,
  `ignored_flag_at` datetime DEFAULT NULL,
  `moderator_id` int(11) DEFAULT NULL,
  `administrator_id` int(11) DEFAULT NULL,
  `cached_votes_total` int(11) DEFAULT 0,
  `cached_votes_up` int(11) DEFAULT 0,
  `cached_votes_down` int(11) DEFAULT 0,
  `confirmed_hide_at` datetime DEFAULT NULL,
  `ancestry` varchar(255) DEFAULT NULL,
  `confidence_score` int(11) NOT NULL DEFAULT 0,
  `valuation` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `comment_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comment_id` int(11) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `body` text DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `debates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `visit_id` varchar(255) DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `flags_count` int(11) DEFAULT 0,
  `ignored_flag_at` datetime DEFAULT NULL,
  `cached_votes_total` int(11) DEFAULT 0,
  `cached_votes_up` int(11) DEFAULT 0,
  `cached_votes_down` int(11) DEFAULT 0,
  `comments_count` int(11) DEFAULT 0,
  `confirmed_hide_at` datetime DEFAULT NULL,
  `cached_anonymous_votes_total` int(11) DEFAULT 0,
  `cached_votes_score` int(11) DEFAULT 0,
  `hot_score` bigint(20) DEFAULT 0,
  `confidence_score` int(11) DEFAULT 0,
  `geozone_id` int(11) DEFAULT NULL,
  `tsv` text DEFAULT NULL,
  `featured_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `debate_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `debate_id` int(11) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `direct_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) DEFAULT NULL,
  `receiver_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `documents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `attachment_file_name` varchar(255) DEFAULT NULL,
  `attachment_content_type` varchar(255) DEFAULT NULL,
  `attachment_file_size` bigint(20) DEFAULT NULL,
  `attachment_updated_at` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `documentable_type` varchar(255) DEFAULT NULL,
  `documentable_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `admin` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `failed_census_calls` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `document_number` varchar(255) DEFAULT NULL,
  `document_type` varchar(255) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `postal_code` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `district_code` varchar(255) DEFAULT NULL,
  `poll_officer_id` int(11) DEFAULT NULL,
  `year_of_birth` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `flaggable_type` varchar(255) DEFAULT NULL,
  `flaggable_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `follows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `followable_type` varchar(255) DEFAULT NULL,
  `followable_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `geozones` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `html_map_coordinates` varchar(255) DEFAULT NULL,
  `external_code` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `census_code` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `identities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `images` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `imageable_type` varchar(255) DEFAULT NULL,
  `imageable_id` int(11) DEFAULT NULL,
  `title` varchar(80) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `attachment_file_name` varchar(255) DEFAULT NULL,
  `attachment_content_type` varchar(255) DEFAULT NULL,
  `attachment_file_size` bigint(20) DEFAULT NULL,
  `attachment_updated_at` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `legislation_answers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `legislation_question_id` int(11) DEFAULT NULL,
  `legislation_question_option_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `local_census_records` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_number` varchar(255) NOT NULL,
  `document_type` varchar(255) NOT NULL,
  `date_of_birth` date NOT NULL,
  `postal_code` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `locks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `tries` int(11) DEFAULT 0,
  `locked_until` datetime NOT NULL DEFAULT '2000-01-01 01:01:01',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `managers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `moderators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `newsletters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) DEFAULT NULL,
  `segment_recipient` varchar(255) NOT NULL,
  `from` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `sent_at` date DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hidden_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `notifiable_type` varchar(255) DEFAULT NULL,
  `notifiable_id` int(11) DEFAULT NULL,
  `counter` int(11) DEFAULT 1,
  `emailed_at` datetime DEFAULT NULL,
  `read_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(60) DEFAULT NULL,
  `verified_at` datetime DEFAULT NULL,
  `rejected_at` datetime DEFAULT NULL,
  `responsible_name` varchar(60) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `polls` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `starts_at` datetime DEFAULT NULL,
  `ends_at` datetime DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `geozone_restricted` tinyint(1) DEFAULT 0,
  `comments_count` int(11) DEFAULT 0,
  `author_id` int(11) DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `budget_id` int(11) DEFAULT NULL,
  `related_type` varchar(255) DEFAULT NULL,
  `related_id` int(11) DEFAULT NULL,
  `tsv` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `poll_answers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `question_id` int(11) DEFAULT NULL,
  `author_id` int(11) DEFAULT NULL,
  `answer` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `poll_booths` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `poll_officers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `failed_census_calls_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `poll_shifts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `booth_id` int(11) DEFAULT NULL,
  `officer_id` int(11) DEFAULT NULL,
  `date` date DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `officer_name` varchar(255) DEFAULT NULL,
  `officer_email` varchar(255) DEFAULT NULL,
  `task` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `poll_voters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_number` varchar(255) DEFAULT NULL,
  `document_type` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `poll_id` int(11) NOT NULL,
  `booth_assignment_id` int(11) DEFAULT NULL,
  `age` int(11) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `geozone_id` int(11) DEFAULT NULL,
  `answer_id` int(11) DEFAULT NULL,
  `officer_assignment_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `origin` varchar(255) DEFAULT NULL,
  `officer_id` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `proposals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_id` int(11) DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  `flags_count` int(11) DEFAULT 0,
  `ignored_flag_at` datetime DEFAULT NULL,
  `cached_votes_up` int(11) DEFAULT 0,
  `comments_count` int(11) DEFAULT 0,
  `confirmed_hide_at` datetime DEFAULT NULL,
  `hot_score` bigint(20) DEFAULT 0,
  `confidence_score` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `responsible_name` varchar(60) DEFAULT NULL,
  `video_url` varchar(255) DEFAULT NULL,
  `tsv` text DEFAULT NULL,
  `geozone_id` int(11) DEFAULT NULL,
  `retired_at` datetime DEFAULT NULL,
  `retired_reason` varchar(255) DEFAULT NULL,
  `community_id` int(11) DEFAULT NULL,
  `published_at` datetime DEFAULT NULL,
  `selected` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `proposal_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `author_id` int(11) DEFAULT NULL,
  `proposal_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `moderated` tinyint(1) DEFAULT 0,
  `hidden_at` datetime DEFAULT NULL,
  `ignored_at` datetime DEFAULT NULL,
  `confirmed_hide_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `proposal_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `proposal_id` int(11) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `summary` text DEFAULT NULL,
  `retired_explanation` text DEFAULT NULL,
  `hidden_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `signatures` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `signature_sheet_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `document_number` varchar(255) DEFAULT NULL,
  `verified` tinyint(1) DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `postal_code` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(160) DEFAULT NULL,
  `taggings_count` int(11) DEFAULT 0,
  `debates_count` int(11) DEFAULT 0,
  `proposals_count` int(11) DEFAULT 0,
  `kind` varchar(255) DEFAULT NULL,
  `budget_investments_count` int(11) DEFAULT 0,
  `legislation_proposals_count` int(11) DEFAULT 0,
  `legislation_processes_count` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_sent_at` datetime DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(255) DEFAULT NULL,
  `last_sign_in_ip` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `confirmation_token` varchar(255) DEFAULT NULL,
  `confirmed_at` datetime DEFAULT NULL,
  `confirmation_sent_at` datetime DEFAULT NULL,
  `unconfirmed_email` varchar(255) DEFAULT NULL,
  `email_on_comment` tinyint(1) DEFAULT 0,
  `email_on_comment_reply` tinyint(1) DEFAULT 0,
  `phone_number` varchar(30) DEFAULT NULL,
  `official_position` varchar(255) DEFAULT NULL,
  `official_level` int(11) DEFAULT 0,
  `hidden_at` datetime DEFAULT NULL,
  `sms_confirmation_code` varchar(255) DEFAULT NULL,
  `username` varchar(60) DEFAULT NULL,
  `document_number` varchar(255) DEFAULT NULL,
  `document_type` varchar(255) DEFAULT NULL,
  `residence_verified_at` datetime DEFAULT NULL,
  `email_verification_token` varchar(255) DEFAULT NULL,
  `verified_at` datetime DEFAULT NULL,
  `unconfirmed_phone` varchar(255) DEFAULT NULL,
  `confirmed_phone` varchar(255) DEFAULT NULL,
  `letter_requested_at` datetime DEFAULT NULL,
  `confirmed_hide_at` datetime DEFAULT NULL,
  `letter_verification_code` varchar(255) DEFAULT NULL,
  `failed_census_calls_count` int(11) DEFAULT 0,
  `level_two_verified_at` datetime DEFAULT NULL,
  `erase_reason` varchar(255) DEFAULT NULL,
  `erased_at` datetime DEFAULT NULL,
  `public_activity` tinyint(1) DEFAULT 1,
  `newsletter` tinyint(1) DEFAULT 1,
  `notifications_count` int(11) DEFAULT 0,
  `registering_with_oauth` tinyint(1) DEFAULT 0,
  `locale` varchar(255) DEFAULT NULL,
  `oauth_email` varchar(255) DEFAULT NULL,
  `geozone_id` int(11) DEFAULT NULL,
  `redeemable_code` varchar(255) DEFAULT NULL,
  `gender` varchar(10) DEFAULT NULL,
  `date_of_birth` datetime DEFAULT NULL,
  `email_on_proposal_notification` tinyint(1) DEFAULT 1,
  `email_digest` tinyint(1) DEFAULT 1,
  `email_on_direct_message` tinyint(1) DEFAULT 1,
  `official_position_badge` tinyint(1) DEFAULT 0,
  `password_changed_at` datetime NOT NULL DEFAULT '2015-01-01 01:01:01',
  `created_from_signature` tinyint(1) DEFAULT 0,
  `failed_email_digests_count` int(11) DEFAULT 0,
  `former_users_data_log` text DEFAULT '',
  `balloted_heading_id` int(11) DEFAULT NULL,
  `public_interests` tinyint(1) DEFAULT 0,
  `recommended_debates` tinyint(1) DEFAULT 1,
  `recommended_proposals` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `valuators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `budget_investments_count` int(11) DEFAULT 0,
  `valuator_group_id` int(11) DEFAULT NULL,
  `can_comment` tinyint(1) DEFAULT 1,
  `can_edit_dossier` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `verified_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_number` varchar(255) DEFAULT NULL,
  `document_type` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `visits` (
  `id` varchar(36) NOT NULL,
  `visitor_id` varchar(36) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `referrer` text DEFAULT NULL,
  `landing_page` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `referring_domain` varchar(255) DEFAULT NULL,
  `search_keyword` varchar(255) DEFAULT NULL,
  `browser` varchar(255) DEFAULT NULL,
  `os` varchar(255) DEFAULT NULL,
  `device_type` varchar(255) DEFAULT NULL,
  `screen_height` int(11) DEFAULT NULL,
  `screen_width` int(11) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `postal_code` varchar(255) DEFAULT NULL,
  `latitude` decimal(10,0) DEFAULT NULL,
  `longitude` decimal(10,0) DEFAULT NULL,
  `utm_source` varchar(255) DEFAULT NULL,
  `utm_medium` varchar(255) DEFAULT NULL,
  `utm_term` varchar(255) DEFAULT NULL,
  `utm_content` varchar(255) DEFAULT NULL,
  `utm_campaign` varchar(255) DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `votes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `votable_type` varchar(255) DEFAULT NULL,
  `votable_id` int(11) DEFAULT NULL,
  `voter_type` varchar(255) DEFAULT NULL,
  `voter_id` int(11) DEFAULT NULL,
  `vote_flag` tinyint(1) DEFAULT NULL,
  `vote_scope` varchar(255) DEFAULT NULL,
  `vote_weight` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `signature_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

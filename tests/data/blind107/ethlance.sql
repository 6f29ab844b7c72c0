-- Ethlance (decentralised freelancer marketplace on Ethereum, district0x): github.com/district0x/ethlance
-- server/src/ethlance/server/db/schema.cljs at commit 25a112839218956da380c15bbcab65a3dca7f7a8 (GPL-3.0).
-- The HoneySQL table definitions the server creates in PostgreSQL, written as MySQL DDL: all 31 tables.
-- Names as PostgreSQL stores them: keywords munged by district.server.async-db (user/id -> user_SLASH_id,
-- invitation-only? -> invitation_only_QMARK_) and left unquoted, hence lower-cased; tables likewise (JobStory -> jobstory).
-- Types: address -> char(42), sha3-hash -> char(66), varchar -> varchar(255), numeric -> decimal(65,0),
-- numeric(81,3) -> decimal(65,3) (MySQL's maximum precision), serial -> int AUTO_INCREMENT, bool -> tinyint(1).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `user_slash_id` char(42) NOT NULL,
  `user_slash_email` varchar(255) NOT NULL,
  `user_slash_name` varchar(255) NOT NULL,
  `user_slash_country` varchar(255),
  `user_slash_profile_image` varchar(255),
  `user_slash_date_registered` bigint,
  `user_slash_date_updated` bigint,
  `user_slash_github_username` varchar(255),
  `user_slash_linkedin_username` varchar(255),
  `user_slash_status` varchar(255),
  PRIMARY KEY (`user_slash_id`)
);

CREATE TABLE `usersocialaccounts` (
  `user_slash_id` char(42) NOT NULL,
  `user_slash_github_username` varchar(255),
  `user_slash_linkedin_username` varchar(255),
  PRIMARY KEY (`user_slash_id`)
);

CREATE TABLE `candidate` (
  `user_slash_id` char(42) NOT NULL,
  `candidate_slash_bio` varchar(255),
  `candidate_slash_professional_title` varchar(255),
  `candidate_slash_rate` int NOT NULL,
  `candidate_slash_rate_currency_id` varchar(255) NOT NULL,
  `candidate_slash_rating` float,
  PRIMARY KEY (`user_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `employer` (
  `user_slash_id` char(42) NOT NULL,
  `employer_slash_bio` varchar(255),
  `employer_slash_professional_title` varchar(255),
  `employer_slash_rating` float,
  PRIMARY KEY (`user_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `arbiter` (
  `user_slash_id` char(42) NOT NULL,
  `arbiter_slash_bio` varchar(255),
  `arbiter_slash_professional_title` varchar(255),
  `arbiter_slash_fee` int NOT NULL,
  `arbiter_slash_fee_currency_id` varchar(255) NOT NULL,
  `arbiter_slash_rating` float,
  PRIMARY KEY (`user_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `userlanguage` (
  `user_slash_id` char(42) NOT NULL,
  `language_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_slash_id`, `language_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `category` (
  `category_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`category_slash_id`)
);

CREATE TABLE `skill` (
  `skill_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`skill_slash_id`)
);

CREATE TABLE `tokendetail` (
  `token_detail_slash_id` char(42) NOT NULL,
  `token_detail_slash_type` text NOT NULL,
  `token_detail_slash_name` text,
  `token_detail_slash_symbol` text,
  `token_detail_slash_decimals` int NOT NULL,
  PRIMARY KEY (`token_detail_slash_id`)
);

CREATE TABLE `arbitercategory` (
  `user_slash_id` char(42) NOT NULL,
  `category_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_slash_id`, `category_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`category_slash_id`) REFERENCES `category` (`category_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `arbiterskill` (
  `user_slash_id` varchar(255) NOT NULL,
  `skill_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_slash_id`, `skill_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`skill_slash_id`) REFERENCES `skill` (`skill_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `candidatecategory` (
  `user_slash_id` varchar(255) NOT NULL,
  `category_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_slash_id`, `category_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`category_slash_id`) REFERENCES `category` (`category_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `candidateskill` (
  `user_slash_id` varchar(255) NOT NULL,
  `skill_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`user_slash_id`, `skill_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`skill_slash_id`) REFERENCES `skill` (`skill_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `job` (
  `job_slash_id` char(42) NOT NULL,
  `job_slash_creator` char(42),
  `job_slash_title` varchar(255) NOT NULL,
  `job_slash_description` varchar(255) NOT NULL,
  `job_slash_category` varchar(255),
  `job_slash_status` varchar(255),
  `job_slash_date_created` bigint,
  `job_slash_date_updated` bigint,
  `job_slash_required_experience_level` text,
  `job_slash_token_type` text,
  `job_slash_token_amount` decimal(65,0),
  `job_slash_token_address` text,
  `job_slash_token_id` int,
  `job_slash_estimated_project_length` text,
  `job_slash_invitation_only_qmark_` tinyint(1),
  `job_slash_required_availability` text,
  `job_slash_bid_option` text,
  `job_slash_language_id` varchar(255),
  PRIMARY KEY (`job_slash_id`)
);

CREATE TABLE `jobcreator` (
  `job_slash_id` char(42) NOT NULL,
  `user_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`job_slash_id`, `user_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobcontribution` (
  `job_slash_id` char(42) NOT NULL,
  `user_slash_id` varchar(255) NOT NULL,
  `job_contribution_slash_amount` bigint,
  `job_contribution_slash_id` int,
  PRIMARY KEY (`job_slash_id`, `user_slash_id`),
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobskill` (
  `job_slash_id` char(42) NOT NULL,
  `skill_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`job_slash_id`, `skill_slash_id`),
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobarbiter` (
  `job_slash_id` char(42) NOT NULL,
  `user_slash_id` varchar(255) NOT NULL,
  `job_arbiter_slash_fee` bigint,
  `job_arbiter_slash_fee_currency_id` varchar(255),
  `job_arbiter_slash_status` varchar(255),
  `job_arbiter_slash_date_created` bigint,
  `job_arbiter_slash_date_accepted` bigint,
  PRIMARY KEY (`job_slash_id`, `user_slash_id`),
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobfile` (
  `job_slash_id` char(42),
  `job_slash_file_id` int,
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `message` (
  `message_slash_id` int NOT NULL AUTO_INCREMENT,
  `message_slash_creator` varchar(255),
  `message_slash_text` varchar(255),
  `message_slash_date_created` bigint,
  `message_slash_type` varchar(255) NOT NULL,
  PRIMARY KEY (`message_slash_id`),
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobstory` (
  `job_story_slash_id` int NOT NULL AUTO_INCREMENT,
  `job_slash_id` char(42),
  `job_story_slash_status` varchar(255),
  `job_story_slash_date_created` bigint,
  `job_story_slash_date_updated` bigint,
  `job_story_slash_invitation_message_id` int,
  `job_story_slash_proposal_message_id` int,
  `job_story_slash_proposal_rate` decimal(65,3),
  `job_story_slash_proposal_rate_currency_id` varchar(255),
  `job_story_slash_candidate` varchar(255),
  `job_story_slash_date_contract_active` bigint,
  PRIMARY KEY (`job_story_slash_id`),
  FOREIGN KEY (`job_slash_id`) REFERENCES `job` (`job_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_story_slash_invitation_message_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_story_slash_proposal_message_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobstorymessage` (
  `job_story_slash_id` int NOT NULL,
  `message_slash_id` int NOT NULL,
  `job_story_message_slash_type` text,
  PRIMARY KEY (`job_story_slash_id`, `message_slash_id`),
  FOREIGN KEY (`job_story_slash_id`) REFERENCES `jobstory` (`job_story_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobstoryinvoicemessage` (
  `job_story_slash_id` int NOT NULL,
  `message_slash_id` int NOT NULL,
  `invoice_slash_status` varchar(255),
  `invoice_slash_hours_worked` int,
  `invoice_slash_hourly_rate` int,
  `invoice_slash_amount_requested` bigint,
  `invoice_slash_amount_paid` bigint,
  `invoice_slash_date_requested` bigint,
  `invoice_slash_date_paid` bigint,
  `invoice_slash_ref_id` int,
  `invoice_slash_payment_message_id` int,
  `invoice_slash_dispute_raised_message_id` int,
  `invoice_slash_dispute_resolved_message_id` int,
  PRIMARY KEY (`job_story_slash_id`, `message_slash_id`),
  FOREIGN KEY (`job_story_slash_id`) REFERENCES `jobstory` (`job_story_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`invoice_slash_payment_message_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`invoice_slash_dispute_raised_message_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`invoice_slash_dispute_resolved_message_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobstoryfeedbackmessage` (
  `job_story_slash_id` int NOT NULL,
  `message_slash_id` int NOT NULL,
  `feedback_slash_rating` int NOT NULL,
  `feedback_slash_receiver_role` varchar(255),
  `user_slash_id` varchar(255) NOT NULL,
  PRIMARY KEY (`job_story_slash_id`, `message_slash_id`),
  FOREIGN KEY (`job_story_slash_id`) REFERENCES `jobstory` (`job_story_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_slash_id`) REFERENCES `users` (`user_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `directmessage` (
  `message_slash_id` int NOT NULL,
  `direct_message_slash_recipient` varchar(255),
  `direct_message_slash_read_qmark_` int,
  `job_story_slash_id` int,
  PRIMARY KEY (`message_slash_id`),
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_story_slash_id`) REFERENCES `jobstory` (`job_story_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `jobfunding` (
  `tx` char(66) NOT NULL,
  `job_slash_id` char(42) NOT NULL,
  `job_funding_slash_amount` decimal(65,0) NOT NULL,
  `job_funding_slash_created_at` bigint,
  `token_detail_slash_id` char(42),
  PRIMARY KEY (`tx`),
  FOREIGN KEY (`token_detail_slash_id`) REFERENCES `tokendetail` (`token_detail_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `file` (
  `file_slash_id` int NOT NULL,
  `file_slash_hash` varchar(255),
  `file_slash_name` varchar(255),
  `file_slash_directory_hash` varchar(255),
  PRIMARY KEY (`file_slash_id`)
);

CREATE TABLE `messagefile` (
  `message_slash_id` int NOT NULL,
  `file_slash_id` int NOT NULL,
  PRIMARY KEY (`message_slash_id`, `file_slash_id`),
  FOREIGN KEY (`message_slash_id`) REFERENCES `message` (`message_slash_id`) ON DELETE CASCADE,
  FOREIGN KEY (`file_slash_id`) REFERENCES `file` (`file_slash_id`) ON DELETE CASCADE
);

CREATE TABLE `replayeventqueue` (
  `event_slash_comparable_id` int NOT NULL,
  `event_slash_string` varchar(255),
  PRIMARY KEY (`event_slash_comparable_id`)
);

CREATE TABLE `contracteventcheckpoint` (
  `id` int NOT NULL AUTO_INCREMENT,
  `checkpoint` json,
  `created_at` timestamp NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `event` (
  `event_slash_contract_key` varchar(255) NOT NULL,
  `event_slash_event_name` varchar(255) NOT NULL,
  `event_slash_last_log_index` int NOT NULL,
  `event_slash_last_block_number` int NOT NULL,
  `event_slash_count` int NOT NULL,
  PRIMARY KEY (`event_slash_contract_key`, `event_slash_event_name`)
);

SET FOREIGN_KEY_CHECKS=1;

-- Bountysource (bountysource/core): bounty and crowdfunding platform for open-source work
-- Upstream: github.com/bountysource/core, db/schema.rb at commit dd03553aaea0ec94943d26726ce353fd346e179d (MIT)
-- Rails schema (PostgreSQL, schema version 20210113213551) written as MySQL DDL: `id: :serial` -> int AUTO_INCREMENT,
-- tables without an id option -> bigint AUTO_INCREMENT (Rails 5.1+ bigserial), `id: :integer, default: nil` -> int;
-- string -> varchar(limit, else 255), text -> text, integer -> int, bigint, boolean -> tinyint(1), datetime,
-- date, decimal(precision,scale) (numeric without precision -> decimal(20,4)), json/jsonb and PostgreSQL arrays -> json.
-- NOT NULL and literal defaults kept (not on text/json columns); unique indexes kept as UNIQUE KEY, other indexes left
-- out. Upstream declares foreign keys only for pacts; those between kept tables are kept, except
-- pact_applications.person_id (a bigint pointing at people.id, an int, which MySQL does not accept as a foreign key).
-- Columns in schema.rb order (alphabetical tables re-ordered so that referenced tables come first).
CREATE TABLE `access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `remote_ip` varchar(255),
  `user_agent` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_tokens_uniq1` (`token`)
);

CREATE TABLE `accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL DEFAULT 'Account',
  `description` varchar(255) NOT NULL DEFAULT '',
  `currency` varchar(255) NOT NULL DEFAULT 'USD',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `owner_id` int,
  `owner_type` varchar(255),
  `standalone` tinyint(1) DEFAULT 0,
  `override_fee_percentage` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activity_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `issue_id` int,
  `tracker_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `lurker_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `addresses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `name` varchar(255),
  `address1` varchar(255),
  `address2` varchar(255),
  `address3` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `postal_code` varchar(255),
  `country` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_name` varchar(255),
  `pact_type` varchar(255),
  `experience_level` varchar(255),
  `time_commitment` varchar(255),
  `issue_type` varchar(255),
  `expires_at` datetime,
  `paid_at` datetime,
  `link` varchar(255),
  `issue_url` varchar(255),
  `project_description` varchar(255),
  `bounty_total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `person_id` int,
  `owner_type` varchar(255),
  `owner_id` int,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `can_add_bounty` tinyint(1) NOT NULL DEFAULT 1,
  `solution_started` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `completed_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bounties` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL,
  `person_id` int,
  `issue_id` int,
  `status` varchar(12) NOT NULL DEFAULT 'active',
  `expires_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `paid_at` datetime,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `owner_type` varchar(255),
  `owner_id` int,
  `bounty_expiration` varchar(255),
  `upon_expiration` varchar(255),
  `promotion` varchar(255),
  `acknowledged_at` datetime,
  `tweet` tinyint(1) NOT NULL DEFAULT 0,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `pact_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_bounties_1` FOREIGN KEY (`pact_id`) REFERENCES `pacts` (`id`)
);

CREATE TABLE `bounty_claim_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `bounty_claim_id` int NOT NULL,
  `person_id` int,
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bounty_claim_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `bounty_claim_id` int NOT NULL,
  `value` tinyint(1),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `owner_id` int,
  `owner_type` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `bounty_claim_responses_uniq1` (`person_id`, `bounty_claim_id`)
);

CREATE TABLE `bounty_claims` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `issue_id` int,
  `number` int,
  `code_url` varchar(255),
  `description` text,
  `collected` tinyint(1),
  `disputed` tinyint(1) NOT NULL DEFAULT 0,
  `paid_out` tinyint(1) NOT NULL DEFAULT 0,
  `rejected` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `amount` decimal(20,4) NOT NULL DEFAULT 0.0,
  `pact_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bounty_claims_uniq1` (`person_id`, `issue_id`),
  CONSTRAINT `fk_bounty_claims_1` FOREIGN KEY (`pact_id`) REFERENCES `pacts` (`id`)
);

CREATE TABLE `cash_outs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `person_id` int NOT NULL,
  `address_id` int NOT NULL,
  `mailing_address_id` int,
  `bitcoin_address` varchar(255),
  `paypal_address` varchar(255),
  `remote_ip` varchar(255),
  `user_agent` varchar(255),
  `amount` decimal(20,4),
  `sent_at` datetime,
  `us_citizen` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `serialized_address` text,
  `serialized_mailing_address` text,
  `fee` decimal(20,4),
  `fee_adjustment` decimal(20,4),
  `ripple_address` varchar(255),
  `mastercoin_address` varchar(255),
  `is_refund` tinyint(1) NOT NULL DEFAULT 0,
  `account_id` int NOT NULL,
  `quickbooks_transaction_id` int,
  `is_fraud` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `issue_id` int NOT NULL,
  `remote_id` int NOT NULL,
  `synced_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sync_in_progress` tinyint(1) NOT NULL DEFAULT 0,
  `body_html` text,
  `author_linked_account_id` int,
  `author_name` varchar(255),
  `body_markdown` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `currencies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `value` decimal(20,4),
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  `symbol` varchar(255),
  `address` varchar(255),
  `cloudinary_id` varchar(255),
  `featured` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `developer_goals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notified` tinyint(1) DEFAULT 0,
  `amount` int NOT NULL,
  `person_id` int NOT NULL,
  `issue_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `developer_goals_uniq1` (`person_id`, `issue_id`)
);

CREATE TABLE `follow_relations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `item_id` int NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `follow_relations_uniq1` (`person_id`, `item_id`)
);

CREATE TABLE `issues` (
  `id` int NOT NULL AUTO_INCREMENT,
  `github_pull_request_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `number` int,
  `url` varchar(255) NOT NULL,
  `title` text,
  `labels` varchar(255),
  `code` tinyint(1) DEFAULT 0,
  `state` varchar(255),
  `body` text,
  `remote_updated_at` datetime,
  `remote_id` int,
  `tracker_id` int,
  `solution_id` int,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `remote_created_at` datetime,
  `synced_at` datetime,
  `comment_count` int DEFAULT 0,
  `sync_in_progress` tinyint(1) NOT NULL DEFAULT 0,
  `bounty_total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `type` varchar(255) NOT NULL DEFAULT 'Issue',
  `remote_type` varchar(255),
  `priority` varchar(255),
  `milestone` varchar(255),
  `can_add_bounty` tinyint(1) NOT NULL DEFAULT 0,
  `accepted_bounty_claim_id` int,
  `author_name` varchar(255),
  `owner` varchar(255),
  `paid_out` tinyint(1) NOT NULL DEFAULT 0,
  `participants_count` int,
  `thumbs_up_count` int,
  `votes_count` int,
  `watchers_count` int,
  `severity` varchar(255),
  `delta` tinyint(1) NOT NULL DEFAULT 1,
  `author_linked_account_id` int,
  `solution_started` tinyint(1) NOT NULL DEFAULT 0,
  `body_markdown` text,
  `deleted_at` datetime,
  `category` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `issues_uniq1` (`url`)
);

CREATE TABLE `language_person_relations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `language_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `language_person_relations_uniq1` (`person_id`, `language_id`)
);

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `search_weight` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_uniq1` (`name`)
);

CREATE TABLE `linked_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `type` varchar(255),
  `uid` bigint,
  `login` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `oauth_token` varchar(255),
  `oauth_secret` varchar(255),
  `permissions` varchar(255),
  `synced_at` datetime,
  `sync_in_progress` tinyint(1) DEFAULT 0,
  `followers` int DEFAULT 0,
  `following` int DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `account_balance` decimal(10,2) DEFAULT 0.0,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `company` varchar(255),
  `location` varchar(255),
  `bio` text,
  `cloudinary_id` varchar(255),
  `deleted_at` datetime,
  `remote_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `linked_accounts_uniq1` (`uid`, `type`)
);

CREATE TABLE `pact_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `pact_id` bigint,
  `note` varchar(255),
  `completion_date` datetime,
  `status` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pact_applications_1` FOREIGN KEY (`pact_id`) REFERENCES `pacts` (`id`)
);

CREATE TABLE `payment_methods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `person_id` int NOT NULL,
  `data` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `payment_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `txn_id` varchar(255),
  `raw_post` text,
  `order_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `secret_matched` tinyint(1),
  `payment_method_id` int,
  `raw_json` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `people` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `display_name` varchar(255),
  `email` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `buyer_id` varchar(255),
  `password_digest` varchar(255),
  `account_completed` tinyint(1) DEFAULT 0,
  `paypal_email` varchar(255),
  `last_seen_at` datetime,
  `last_bulk_mailed_at` datetime,
  `admin` tinyint(1) DEFAULT 0,
  `bio` text,
  `location` varchar(255),
  `url` varchar(255),
  `company` varchar(255),
  `public_email` varchar(255),
  `accepted_terms_at` datetime,
  `cloudinary_id` varchar(255),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `profile_completed` tinyint(1) NOT NULL DEFAULT 0,
  `shopping_cart_id` int,
  `stripe_customer_id` varchar(255),
  `suspended_at` datetime,
  `bounty_hunter` tinyint(1),
  `quickbooks_vendor_id` int,
  `reset_digest` varchar(255),
  `reset_sent_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_uniq1` (`email`)
);

CREATE TABLE `pledges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fundraiser_id` int,
  `person_id` int,
  `amount` decimal(10,2) NOT NULL,
  `status` varchar(12) DEFAULT 'active',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `reward_id` int,
  `survey_response` text,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `owner_type` varchar(255),
  `owner_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `proposals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_for_proposal_id` int NOT NULL,
  `person_id` int NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `estimated_work` int,
  `bio` varchar(1000),
  `state` varchar(255) DEFAULT 'pending',
  `created_at` datetime,
  `updated_at` datetime,
  `completed_by` datetime,
  `team_notes` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposals_uniq1` (`person_id`, `request_for_proposal_id`)
);

CREATE TABLE `quickbooks_vendors` (
  `id` int NOT NULL,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `request_for_proposals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `issue_id` int,
  `budget` decimal(10,2),
  `due_date` date,
  `created_at` datetime,
  `updated_at` datetime,
  `person_id` int NOT NULL,
  `state` varchar(255) DEFAULT 'pending',
  `abstract` varchar(1000),
  PRIMARY KEY (`id`)
);

CREATE TABLE `searches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `query` varchar(255) NOT NULL,
  `person_id` int,
  `created_at` datetime NOT NULL,
  `params` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sent_emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `template` varchar(255) NOT NULL,
  `options` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `shopping_carts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `items` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `order_id` int,
  `uid` varchar(255),
  `payment_method_id` int,
  `status` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `solution_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `solution_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `solutions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `issue_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `note` text,
  `url` varchar(255),
  `completion_date` datetime,
  `status` varchar(255) NOT NULL DEFAULT 'stopped',
  PRIMARY KEY (`id`),
  UNIQUE KEY `solutions_uniq1` (`person_id`, `issue_id`)
);

CREATE TABLE `splits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'approved',
  `account_id` int NOT NULL,
  `transaction_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `currency` varchar(255) NOT NULL DEFAULT 'USD',
  `item_id` int,
  `item_type` varchar(255),
  `dirty` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `team_invites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `email` varchar(255),
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `developer` tinyint(1) NOT NULL DEFAULT 0,
  `public` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_invites_uniq1` (`email`, `team_id`)
);

CREATE TABLE `team_member_relations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int NOT NULL,
  `person_id` int,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `developer` tinyint(1) NOT NULL DEFAULT 0,
  `public` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `invited_by_person_id` int,
  `budget` decimal(20,4),
  `balance` decimal(20,4),
  `owner_type` varchar(255),
  `owner_id` int,
  `member` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_member_relations_uniq1` (`person_id`, `team_id`)
);

CREATE TABLE `teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255),
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `cloudinary_id` varchar(255),
  `bio` text,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `linked_account_id` int,
  `accepts_public_payins` tinyint(1) NOT NULL DEFAULT 0,
  `rfp_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `activity_total` decimal(20,4) NOT NULL DEFAULT 0.0,
  `bounties_disabled` tinyint(1),
  `support_level_sum` decimal(10,2),
  `support_level_count` int,
  `homepage_markdown` text,
  `homepage_featured` int,
  `accepts_issue_suggestions` tinyint(1) NOT NULL DEFAULT 0,
  `new_issue_suggestion_markdown` text,
  `bounty_search_markdown` text,
  `resources_markdown` text,
  `monthly_contributions_sum` decimal(10,2),
  `monthly_contributions_count` int,
  `can_email_stargazers` tinyint(1) NOT NULL DEFAULT 0,
  `previous_month_contributions_sum` decimal(10,2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_uniq1` (`slug`)
);

CREATE TABLE `thumbs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `explicit` tinyint(1) NOT NULL,
  `downvote` tinyint(1) NOT NULL,
  `comment_id` int,
  `thumbed_at` datetime NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thumbs_uniq1` (`person_id`, `item_id`, `item_type`)
);

CREATE TABLE `tracker_person_relations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tracker_id` int NOT NULL,
  `person_id` int NOT NULL,
  `can_edit` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_person_relations_uniq1` (`tracker_id`, `person_id`)
);

CREATE TABLE `trackers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `remote_id` int,
  `url` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `full_name` varchar(255),
  `is_fork` tinyint(1) DEFAULT 0,
  `watchers` int NOT NULL DEFAULT 0,
  `forks` int DEFAULT 0,
  `pushed_at` datetime,
  `description` text,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `open_issues` int NOT NULL DEFAULT 0,
  `synced_at` datetime,
  `project_tax` decimal(9,4) DEFAULT 0.0,
  `has_issues` tinyint(1) NOT NULL DEFAULT 1,
  `has_wiki` tinyint(1) NOT NULL DEFAULT 0,
  `has_downloads` tinyint(1) NOT NULL DEFAULT 0,
  `private` tinyint(1) NOT NULL DEFAULT 0,
  `homepage` varchar(255),
  `sync_in_progress` tinyint(1) NOT NULL DEFAULT 0,
  `bounty_total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `account_balance` decimal(10,2) DEFAULT 0.0,
  `type` varchar(255) NOT NULL DEFAULT 'Tracker',
  `cloudinary_id` varchar(255),
  `closed_issues` int NOT NULL DEFAULT 0,
  `delta` tinyint(1) NOT NULL DEFAULT 1,
  `can_edit` tinyint(1) NOT NULL DEFAULT 1,
  `repo_url` text,
  `rank` int NOT NULL DEFAULT 0,
  `remote_cloudinary_id` varchar(255),
  `remote_name` varchar(255),
  `remote_description` text,
  `remote_homepage` varchar(255),
  `remote_language_ids` json,
  `language_ids` json,
  `team_id` int,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trackers_uniq1` (`url`)
);

CREATE TABLE `transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `audited` tinyint(1),
  `type` varchar(255) NOT NULL DEFAULT 'Transaction',
  `person_id` int,
  `checkout_method_id` int,
  `gross` decimal(20,4),
  `items` decimal(20,4),
  `fee` decimal(20,4) DEFAULT 0.0,
  `processing_fee` decimal(20,4) DEFAULT 0.0,
  `merch_fee` decimal(20,4) DEFAULT 0.0,
  `liability` decimal(20,4) DEFAULT 0.0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `unsubscribes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `linked_account_id` int,
  `email` varchar(255),
  `category` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

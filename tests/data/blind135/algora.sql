-- Algora (algora-io/algora, commit 3c6e1723, AGPL-3.0): tables rendered from the Ecto schemas (lib/algora/**/schemas/*.ex);
-- ids are Nanoid strings, Money fields are PostgreSQL money_with_currency composites (kept as one TEXT column),
-- arrays and maps are JSON; references follow the belongs_to declarations (foreign keys from the belongs_to declarations).

-- from lib/algora/accounts/schemas/user.ex
CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_login` TEXT,
  `provider_meta` JSON,
  `type` VARCHAR(255),
  `email` TEXT,
  `internal_email` VARCHAR(255),
  `internal_notes` TEXT,
  `name` TEXT,
  `display_name` VARCHAR(255),
  `handle` TEXT,
  `last_context` VARCHAR(255),
  `bio` TEXT,
  `avatar_url` TEXT,
  `location` TEXT,
  `country` TEXT,
  `timezone` VARCHAR(255),
  `stargazers_count` INT,
  `followers_count` INT,
  `following_count` INT,
  `domain` VARCHAR(255),
  `tech_stack` JSON,
  `discovery_tech_stack` JSON,
  `categories` JSON,
  `featured` TINYINT(1),
  `priority` INT,
  `fee_pct` INT,
  `fee_pct_prev` INT,
  `subscription_price` TEXT COMMENT 'money_with_currency (amount, currency)',
  `seeded` TINYINT(1),
  `activated` TINYINT(1),
  `max_open_attempts` INT,
  `manual_assignment` TINYINT(1),
  `is_admin` TINYINT(1),
  `contract_signed` TINYINT(1),
  `last_active_at` DATETIME(6),
  `last_job_match_email_at` DATETIME(6),
  `last_dm_date` DATETIME(6),
  `candidate_notes` TEXT,
  `dm_thread_url` VARCHAR(255),
  `contribution_scores` JSON,
  `seeking_bounties` TINYINT(1),
  `seeking_contracts` TINYINT(1),
  `seeking_jobs` TINYINT(1),
  `open_to_new_role` TINYINT(1),
  `hiring` TINYINT(1),
  `hiring_subscription` VARCHAR(255),
  `hiring_keywords` TEXT,
  `candidates_require_login` TINYINT(1),
  `candidates_require_confirmation` TINYINT(1),
  `hourly_rate_min` TEXT COMMENT 'money_with_currency (amount, currency)',
  `hourly_rate_max` TEXT COMMENT 'money_with_currency (amount, currency)',
  `hours_per_week` INT,
  `min_compensation` TEXT COMMENT 'money_with_currency (amount, currency)',
  `willing_to_relocate` TINYINT(1),
  `us_work_authorization` TINYINT(1),
  `preferences` TEXT,
  `refer_to_company` TINYINT(1),
  `company_domain` VARCHAR(255),
  `friends_recommendations` TINYINT(1),
  `friends_github_handles` VARCHAR(255),
  `opt_out_algora` TINYINT(1),
  `need_avatar` TINYINT(1),
  `bounty_mode` VARCHAR(255),
  `website_url` TEXT,
  `twitter_url` TEXT,
  `github_url` TEXT,
  `youtube_url` TEXT,
  `twitch_url` TEXT,
  `discord_url` TEXT,
  `slack_url` TEXT,
  `linkedin_url` TEXT,
  `linkedin_meta` JSON,
  `linkedin_profile` JSON,
  `linkedin_profile_raw` VARCHAR(255),
  `google_scholar_url` VARCHAR(255),
  `employment_info` JSON,
  `og_title` VARCHAR(255),
  `og_image_url` TEXT,
  `billing_name` VARCHAR(255),
  `billing_address` VARCHAR(255),
  `jurisdiction` VARCHAR(255),
  `entity_type` VARCHAR(255),
  `executive_name` VARCHAR(255),
  `executive_role` VARCHAR(255),
  `executive_email` VARCHAR(255),
  `recruiting_contract_id` VARCHAR(255),
  `system_bio` TEXT,
  `system_bio_meta` JSON,
  `system_tags` JSON,
  `readme` TEXT,
  `location_meta` JSON,
  `location_iso_lvl4` VARCHAR(255),
  `grad_year` INT,
  `emails` JSON,
  `email_recipients` JSON,
  `language_contributions_synced` TINYINT(1),
  `repo_contributions_synced` TINYINT(1),
  `linkedin_url_attempted` TINYINT(1),
  `linkedin_meta_attempted` TINYINT(1),
  `readme_attempted` TINYINT(1),
  `open_to_remote` TINYINT(1),
  `open_to_hybrid` TINYINT(1),
  `open_to_onsite` TINYINT(1),
  `open_to_relocate_sf` TINYINT(1),
  `open_to_relocate_ny` TINYINT(1),
  `open_to_relocate_country` TINYINT(1),
  `open_to_relocate_world` TINYINT(1),
  `open_to_relocate_local` TINYINT(1),
  `open_to_fulltime` TINYINT(1),
  `open_to_contract` TINYINT(1),
  `open_to_ic` TINYINT(1),
  `open_to_manager` TINYINT(1),
  `work_auth_us` TINYINT(1),
  `work_auth_eu` TINYINT(1),
  `us_citizen` TINYINT(1),
  `security_clearance` VARCHAR(255),
  `resume_url` TEXT,
  `resume` TEXT,
  `phone_number` TEXT,
  `earliest_start_date` DATE,
  `poaching_targets` TEXT,
  `stage` VARCHAR(255),
  `import_source` VARCHAR(255),
  `latest_funding_round` VARCHAR(255),
  `amount_raised` TEXT COMMENT 'money_with_currency (amount, currency)',
  `company_valuation` TEXT COMMENT 'money_with_currency (amount, currency)',
  `company_pitch` TEXT,
  `algora_note` TEXT,
  `ashby_api_key` VARCHAR(255),
  `ashby_source_id` VARCHAR(255),
  `ashby_user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from lib/algora/accounts/schemas/identity.ex
CREATE TABLE `identities` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_token` TEXT,
  `provider_email` VARCHAR(255),
  `provider_login` TEXT,
  `provider_id` VARCHAR(255),
  `provider_meta` JSON,
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/accounts/schemas/user_media.ex
CREATE TABLE `user_media` (
  `id` VARCHAR(255) NOT NULL,
  `url` TEXT,
  `original_url` VARCHAR(255),
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/accounts/schemas/follow.ex
CREATE TABLE `follows` (
  `id` VARCHAR(255) NOT NULL,
  `follower_id` VARCHAR(255),
  `followed_id` VARCHAR(255),
  `provider` VARCHAR(255),
  `provider_created_at` DATETIME(6),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`followed_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/accounts/schemas/company.ex
CREATE TABLE `companies` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `logo_url` TEXT,
  `linkedin_id` TEXT,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from lib/algora/organizations/schemas/member.ex
CREATE TABLE `members` (
  `id` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255),
  `org_id` VARCHAR(255),
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/activities/schemas/activity.ex
CREATE TABLE `activities` (
  `id` VARCHAR(255) NOT NULL,
  `assoc_id` VARCHAR(255),
  `type` VARCHAR(255),
  `visibility` VARCHAR(255),
  `template` TEXT,
  `meta` JSON,
  `changes` JSON,
  `trace_id` VARCHAR(255),
  `notify_users` JSON,
  `user_id` VARCHAR(255),
  `previous_event_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`previous_event_id`) REFERENCES `activities` (`id`)
);

-- from lib/algora/bot_templates/schemas/bot_template.ex
CREATE TABLE `bot_templates` (
  `id` VARCHAR(255) NOT NULL,
  `template` TEXT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/repository.ex
CREATE TABLE `repositories` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_id` VARCHAR(255) NOT NULL,
  `provider_meta` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `description` TEXT,
  `tech_stack` JSON NOT NULL,
  `topics` JSON NOT NULL,
  `og_image_url` TEXT NOT NULL,
  `og_image_updated_at` DATETIME(6),
  `stargazers_count` INT NOT NULL,
  `contributors_count` INT,
  `downloads_count` INT,
  `dependents_count` INT,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/contributor.ex
CREATE TABLE `contributors` (
  `id` VARCHAR(255) NOT NULL,
  `contributions` INT,
  `repository_id` VARCHAR(255),
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/user_contribution.ex
CREATE TABLE `user_contributions` (
  `id` VARCHAR(255) NOT NULL,
  `contribution_count` INT NOT NULL,
  `last_fetched_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(255),
  `user_id` VARCHAR(255) NOT NULL,
  `repository_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`)
);

-- from lib/algora/workspace/schemas/user_heatmap.ex
CREATE TABLE `user_heatmaps` (
  `id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/installation.ex
CREATE TABLE `installations` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_id` VARCHAR(255) NOT NULL,
  `provider_meta` JSON,
  `repository_selection` VARCHAR(255),
  `owner_id` VARCHAR(255),
  `connected_user_id` VARCHAR(255) NOT NULL,
  `provider_user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`connected_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`provider_user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/ticket.ex
CREATE TABLE `tickets` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_meta` JSON,
  `type` VARCHAR(255),
  `title` TEXT,
  `description` TEXT,
  `number` INT,
  `url` TEXT,
  `state` VARCHAR(255),
  `closed_at` DATETIME(6),
  `merged_at` DATETIME(6),
  `repository_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`)
);

-- from lib/algora/workspace/schemas/command_response.ex
CREATE TABLE `command_responses` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_meta` JSON,
  `provider_command_id` VARCHAR(255),
  `provider_response_id` VARCHAR(255) NOT NULL,
  `command_source` VARCHAR(255) NOT NULL,
  `command_type` VARCHAR(255) NOT NULL,
  `ticket_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`)
);

-- from lib/algora/bounties/schemas/bounty.ex
CREATE TABLE `bounties` (
  `id` VARCHAR(255) NOT NULL,
  `amount` TEXT COMMENT 'money_with_currency (amount, currency)',
  `status` VARCHAR(255),
  `number` INT,
  `autopay_disabled` TINYINT(1),
  `visibility` VARCHAR(255) NOT NULL,
  `contract_type` VARCHAR(255),
  `shared_with` JSON NOT NULL,
  `deadline` DATETIME(6),
  `hours_per_week` INT,
  `hourly_rate` TEXT COMMENT 'money_with_currency (amount, currency)',
  `ticket_id` VARCHAR(255),
  `owner_id` VARCHAR(255),
  `creator_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/bounties/schemas/attempt.ex
CREATE TABLE `attempts` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `warnings_count` INT NOT NULL,
  `ticket_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/bounties/schemas/claim.ex
CREATE TABLE `claims` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255),
  `url` TEXT NOT NULL,
  `group_id` VARCHAR(255) NOT NULL,
  `group_share` DECIMAL(20,6) NOT NULL,
  `source_id` VARCHAR(255),
  `target_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`target_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/bounties/schemas/bonus.ex
CREATE TABLE `bonuses` (
  `id` VARCHAR(255) NOT NULL,
  `bounty_id` VARCHAR(255),
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bounty_id`) REFERENCES `bounties` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/bounties/schemas/tip.ex
CREATE TABLE `tips` (
  `id` VARCHAR(255) NOT NULL,
  `amount` TEXT COMMENT 'money_with_currency (amount, currency)',
  `status` VARCHAR(255) NOT NULL,
  `ticket_id` VARCHAR(255),
  `owner_id` VARCHAR(255),
  `creator_id` VARCHAR(255),
  `recipient_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/chat/schemas/thread.ex
CREATE TABLE `threads` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `bounty_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from lib/algora/chat/schemas/participant.ex
CREATE TABLE `chat_participants` (
  `id` VARCHAR(255) NOT NULL,
  `last_read_at` DATETIME(6),
  `thread_id` VARCHAR(255),
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/chat/schemas/message.ex
CREATE TABLE `messages` (
  `id` VARCHAR(255) NOT NULL,
  `content` TEXT,
  `thread_id` VARCHAR(255),
  `sender_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/contracts/schemas/contract.ex
CREATE TABLE `contracts` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255),
  `sequence_number` INT,
  `hourly_rate` TEXT COMMENT 'money_with_currency (amount, currency)',
  `hourly_rate_min` TEXT COMMENT 'money_with_currency (amount, currency)',
  `hourly_rate_max` TEXT COMMENT 'money_with_currency (amount, currency)',
  `hours_per_week` INT,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `original_contract_id` VARCHAR(255),
  `client_id` VARCHAR(255),
  `contractor_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`original_contract_id`) REFERENCES `contracts` (`id`),
  FOREIGN KEY (`client_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`contractor_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/contracts/schemas/timesheet.ex
CREATE TABLE `timesheets` (
  `id` VARCHAR(255) NOT NULL,
  `hours_worked` INT,
  `description` TEXT,
  `contract_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`)
);

-- from lib/algora/reviews/schemas/review.ex
CREATE TABLE `reviews` (
  `id` VARCHAR(255) NOT NULL,
  `rating` INT,
  `content` TEXT,
  `visibility` VARCHAR(255),
  `contract_id` VARCHAR(255),
  `bounty_id` VARCHAR(255),
  `organization_id` VARCHAR(255),
  `reviewer_id` VARCHAR(255),
  `reviewee_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`),
  FOREIGN KEY (`bounty_id`) REFERENCES `bounties` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`reviewee_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/jobs/schemas/job_posting.ex
CREATE TABLE `job_postings` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `description` TEXT,
  `tech_stack` JSON,
  `url` TEXT,
  `company_name` TEXT,
  `company_url` TEXT,
  `email` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6),
  `location` TEXT,
  `countries` JSON,
  `regions` JSON,
  `compensation` VARCHAR(255),
  `min_compensation` TEXT COMMENT 'money_with_currency (amount, currency)',
  `max_compensation` TEXT COMMENT 'money_with_currency (amount, currency)',
  `seniority` VARCHAR(255),
  `system_tags` JSON,
  `primary_tech` VARCHAR(255),
  `primary_tag` VARCHAR(255),
  `full_description` TEXT,
  `team` VARCHAR(255),
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `location_meta` JSON,
  `location_iso_lvl4` VARCHAR(255),
  `location_types` JSON,
  `locations` JSON,
  `states` JSON,
  `require_security_clearance` TINYINT(1),
  `require_us_citizenship` TINYINT(1),
  `outbound` TINYINT(1),
  `custom_question` TEXT,
  `min_equity_pct` DECIMAL(20,6),
  `max_equity_pct` DECIMAL(20,6),
  `min_equity` TEXT COMMENT 'money_with_currency (amount, currency)',
  `max_equity` TEXT COMMENT 'money_with_currency (amount, currency)',
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/jobs/schemas/job_application.ex
CREATE TABLE `job_applications` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `imported_at` DATETIME(6),
  `job_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `job_postings` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/matches/schemas/job_match.ex
CREATE TABLE `job_matches` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255),
  `score` DECIMAL(20,6),
  `notes` TEXT,
  `company_approved_at` DATETIME(6),
  `company_bookmarked_at` DATETIME(6),
  `company_discarded_at` DATETIME(6),
  `candidate_approved_at` DATETIME(6),
  `candidate_bookmarked_at` DATETIME(6),
  `candidate_discarded_at` DATETIME(6),
  `custom_sort_order` INT,
  `anonymize` TINYINT(1),
  `company_notes` TEXT,
  `dripped_at` DATETIME(6),
  `locked` TINYINT(1),
  `is_draft` TINYINT(1),
  `dropped` TINYINT(1),
  `eval` JSON,
  `provider_candidate_id` VARCHAR(255),
  `provider_application_id` VARCHAR(255),
  `provider_candidate_meta` JSON,
  `provider_application_meta` JSON,
  `provider_feedback_meta` JSON,
  `provider_interviews_meta` JSON,
  `provider_notes_meta` JSON,
  `user_id` VARCHAR(255),
  `job_posting_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`job_posting_id`) REFERENCES `job_postings` (`id`)
);

-- from lib/algora/interviews/schemas/job_interview.ex
CREATE TABLE `job_interviews` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255),
  `notes` TEXT,
  `scheduled_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `company_feedback` TEXT,
  `candidate_feedback` TEXT,
  `company_feedback_token` VARCHAR(255),
  `candidate_feedback_token` VARCHAR(255),
  `willing_to_relocate` TINYINT(1),
  `open_to_inperson` TINYINT(1),
  `work_auth_us` TINYINT(1),
  `resume_url` TEXT,
  `earliest_start_date` DATE,
  `favorite_thing` TEXT,
  `custom_question_answer` TEXT,
  `other_interviews` TEXT,
  `user_id` VARCHAR(255),
  `job_posting_id` VARCHAR(255),
  `org_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`job_posting_id`) REFERENCES `job_postings` (`id`),
  FOREIGN KEY (`org_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/workspace/schemas/candidate_note.ex
CREATE TABLE `candidate_notes` (
  `id` VARCHAR(255) NOT NULL,
  `notes` JSON NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `job_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `job_postings` (`id`)
);

-- from lib/algora/forms/schemas/form_submission.ex
CREATE TABLE `form_submissions` (
  `id` VARCHAR(255) NOT NULL,
  `form` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `payload` JSON NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from lib/algora/payments/schemas/customer.ex
CREATE TABLE `customers` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_meta` JSON,
  `name` TEXT,
  `user_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/payments/schemas/payment_method.ex
CREATE TABLE `payment_methods` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_meta` JSON,
  `provider_customer_id` VARCHAR(255),
  `is_default` TINYINT(1),
  `customer_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`)
);

-- from lib/algora/payments/schemas/account.ex
CREATE TABLE `accounts` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_id` VARCHAR(255) NOT NULL,
  `provider_meta` JSON,
  `name` TEXT,
  `details_submitted` TINYINT(1) NOT NULL,
  `charges_enabled` TINYINT(1) NOT NULL,
  `payouts_enabled` TINYINT(1) NOT NULL,
  `payout_interval` VARCHAR(255),
  `payout_speed` INT,
  `default_currency` VARCHAR(255),
  `service_agreement` VARCHAR(255),
  `country` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `stale` TINYINT(1) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

-- from lib/algora/payments/schemas/transaction.ex
CREATE TABLE `transactions` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_charge_id` VARCHAR(255),
  `provider_payment_intent_id` VARCHAR(255),
  `provider_transfer_id` VARCHAR(255),
  `provider_invoice_id` VARCHAR(255),
  `provider_balance_transaction_id` VARCHAR(255),
  `provider_meta` JSON,
  `gross_amount` TEXT COMMENT 'money_with_currency (amount, currency)',
  `net_amount` TEXT COMMENT 'money_with_currency (amount, currency)',
  `total_fee` TEXT COMMENT 'money_with_currency (amount, currency)',
  `provider_fee` TEXT COMMENT 'money_with_currency (amount, currency)',
  `line_items` JSON,
  `type` VARCHAR(255),
  `status` VARCHAR(255),
  `succeeded_at` DATETIME(6),
  `reversed_at` DATETIME(6),
  `group_id` VARCHAR(255),
  `idempotency_key` VARCHAR(255),
  `timesheet_id` VARCHAR(255),
  `contract_id` VARCHAR(255),
  `original_contract_id` VARCHAR(255),
  `user_id` VARCHAR(255),
  `claim_id` VARCHAR(255),
  `bounty_id` VARCHAR(255),
  `tip_id` VARCHAR(255),
  `job_id` VARCHAR(255),
  `linked_transaction_id` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`timesheet_id`) REFERENCES `timesheets` (`id`),
  FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`),
  FOREIGN KEY (`original_contract_id`) REFERENCES `contracts` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`claim_id`) REFERENCES `claims` (`id`),
  FOREIGN KEY (`bounty_id`) REFERENCES `bounties` (`id`),
  FOREIGN KEY (`tip_id`) REFERENCES `tips` (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `job_postings` (`id`),
  FOREIGN KEY (`linked_transaction_id`) REFERENCES `transactions` (`id`)
);

-- from lib/algora/payments/schemas/platform_transaction.ex
CREATE TABLE `platform_transactions` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `provider_id` VARCHAR(255),
  `provider_meta` JSON,
  `succeeded_at` DATETIME(6),
  `amount` TEXT COMMENT 'money_with_currency (amount, currency)',
  `type` VARCHAR(255),
  `reporting_category` VARCHAR(255),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- from lib/algora/search/schemas/search_cursor.ex
CREATE TABLE `search_cursors` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255),
  `timestamp` DATETIME(6),
  `last_polled_at` DATETIME(6),
  `inserted_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

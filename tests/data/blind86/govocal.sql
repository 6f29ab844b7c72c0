CREATE TABLE `activities` (
  `id` CHAR(36) NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `payload` JSON NOT NULL,
  `user_id` CHAR(36) NULL,
  `acted_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `project_id` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `analytics_fact_visits` (
  `id` CHAR(36) NOT NULL,
  `visitor_id` VARCHAR(255) NOT NULL,
  `dimension_user_id` CHAR(36) NULL,
  `dimension_referrer_type_id` CHAR(36) NOT NULL,
  `dimension_date_first_action_id` DATE NOT NULL,
  `dimension_date_last_action_id` DATE NOT NULL,
  `duration` INT NOT NULL,
  `pages_visited` INT NOT NULL,
  `returning_visitor` TINYINT(1) NOT NULL DEFAULT 0,
  `referrer_name` VARCHAR(255) NULL,
  `referrer_url` VARCHAR(255) NULL,
  `matomo_visit_id` INT NOT NULL,
  `matomo_last_action_time` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `app_configurations` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `host` VARCHAR(255) NULL,
  `logo` VARCHAR(255) NULL,
  `favicon` VARCHAR(255) NULL,
  `settings` JSON NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `style` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `areas` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `description_multiloc` JSON NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `ordering` INT NULL,
  `custom_field_option_id` CHAR(36) NULL,
  `followers_count` INT NOT NULL DEFAULT 0,
  `include_in_onboarding` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `baskets` (
  `id` CHAR(36) NOT NULL,
  `submitted_at` DATETIME NULL,
  `user_id` CHAR(36) NULL,
  `phase_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `baskets_ideas` (
  `id` CHAR(36) NOT NULL,
  `basket_id` CHAR(36) NULL,
  `idea_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `votes` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL,
  `author_id` CHAR(36) NULL,
  `idea_id` CHAR(36) NULL,
  `parent_id` CHAR(36) NULL,
  `lft` INT NOT NULL,
  `rgt` INT NOT NULL,
  `body_multiloc` JSON NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `likes_count` INT NOT NULL DEFAULT 0,
  `dislikes_count` INT NOT NULL DEFAULT 0,
  `publication_status` VARCHAR(255) NOT NULL DEFAULT 'published',
  `body_updated_at` DATETIME NULL,
  `children_count` INT NOT NULL DEFAULT 0,
  `author_hash` VARCHAR(255) NULL,
  `anonymous` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `common_passwords` (
  `id` CHAR(36) NOT NULL,
  `password` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cosponsorships` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `user_id` CHAR(36) NOT NULL,
  `idea_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_field_options` (
  `id` CHAR(36) NOT NULL,
  `custom_field_id` CHAR(36) NULL,
  `key` VARCHAR(255) NULL,
  `title_multiloc` JSON NULL,
  `ordering` INT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `other` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_fields` (
  `id` CHAR(36) NOT NULL,
  `resource_type` VARCHAR(255) NULL,
  `key` VARCHAR(255) NULL,
  `input_type` VARCHAR(255) NULL,
  `title_multiloc` JSON NULL,
  `description_multiloc` JSON NULL,
  `required` TINYINT(1) NULL DEFAULT 0,
  `ordering` INT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `code` VARCHAR(255) NULL,
  `resource_id` CHAR(36) NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `maximum` INT NULL,
  `logic` JSON NOT NULL,
  `select_count_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `maximum_select_count` INT NULL,
  `minimum_select_count` INT NULL,
  `random_option_ordering` TINYINT(1) NOT NULL DEFAULT 0,
  `page_layout` VARCHAR(255) NULL,
  `linear_scale_label_1_multiloc` JSON NOT NULL,
  `linear_scale_label_2_multiloc` JSON NOT NULL,
  `linear_scale_label_3_multiloc` JSON NOT NULL,
  `linear_scale_label_4_multiloc` JSON NOT NULL,
  `linear_scale_label_5_multiloc` JSON NOT NULL,
  `linear_scale_label_6_multiloc` JSON NOT NULL,
  `linear_scale_label_7_multiloc` JSON NOT NULL,
  `dropdown_layout` TINYINT(1) NOT NULL DEFAULT 0,
  `linear_scale_label_8_multiloc` JSON NOT NULL,
  `linear_scale_label_9_multiloc` JSON NOT NULL,
  `linear_scale_label_10_multiloc` JSON NOT NULL,
  `linear_scale_label_11_multiloc` JSON NOT NULL,
  `ask_follow_up` TINYINT(1) NOT NULL DEFAULT 0,
  `page_button_label_multiloc` JSON NOT NULL,
  `page_button_link` VARCHAR(255) NULL,
  `question_category` VARCHAR(255) NULL,
  `include_in_printed_form` TINYINT(1) NOT NULL DEFAULT 1,
  `min_characters` INT NULL,
  `max_characters` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_campaigns_campaigns` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `author_id` CHAR(36) NULL,
  `enabled` TINYINT(1) NULL,
  `sender` VARCHAR(255) NULL,
  `reply_to` VARCHAR(255) NULL,
  `schedule` JSON NULL,
  `subject_multiloc` JSON NULL,
  `body_multiloc` JSON NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deliveries_count` INT NOT NULL DEFAULT 0,
  `context_id` CHAR(36) NULL,
  `title_multiloc` JSON NULL,
  `intro_multiloc` JSON NULL,
  `button_text_multiloc` JSON NULL,
  `context_type` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_campaigns_consents` (
  `id` CHAR(36) NOT NULL,
  `campaign_type` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `consented` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_campaigns_deliveries` (
  `id` CHAR(36) NOT NULL,
  `campaign_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `delivery_status` VARCHAR(255) NOT NULL,
  `tracked_content` JSON NULL,
  `sent_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_campaigns_unsubscription_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NULL,
  `title_multiloc` JSON NULL,
  `description_multiloc` JSON NULL,
  `location_multiloc` JSON NULL,
  `start_at` DATETIME NULL,
  `end_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `location_point` GEOMETRY NULL,
  `address_1` VARCHAR(255) NULL,
  `attendees_count` INT NOT NULL DEFAULT 0,
  `address_2_multiloc` JSON NOT NULL,
  `online_link` VARCHAR(255) NULL,
  `attend_button_multiloc` JSON NOT NULL,
  `using_url` VARCHAR(255) NULL,
  `maximum_attendees` INT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events_attendances` (
  `id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flag_inappropriate_content_inappropriate_content_flags` (
  `id` CHAR(36) NOT NULL,
  `flaggable_id` CHAR(36) NOT NULL,
  `flaggable_type` VARCHAR(255) NOT NULL,
  `deleted_at` DATETIME NULL,
  `toxicity_label` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ai_reason` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `followers` (
  `id` CHAR(36) NOT NULL,
  `followable_type` VARCHAR(255) NOT NULL,
  `followable_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `slug` VARCHAR(255) NULL,
  `memberships_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `membership_type` VARCHAR(255) NULL,
  `rules` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `id_id_card_lookup_id_cards` (
  `id` CHAR(36) NOT NULL,
  `hashed_card_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `idea_images` (
  `id` CHAR(36) NOT NULL,
  `idea_id` CHAR(36) NULL,
  `image` VARCHAR(255) NULL,
  `ordering` INT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `idea_statuses` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `ordering` INT NULL,
  `code` VARCHAR(255) NULL,
  `color` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description_multiloc` JSON NULL,
  `ideas_count` INT NULL DEFAULT 0,
  `participation_method` VARCHAR(255) NOT NULL DEFAULT 'ideation',
  PRIMARY KEY (`id`)
);

CREATE TABLE `ideas` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `body_multiloc` JSON NULL,
  `publication_status` VARCHAR(255) NULL,
  `published_at` DATETIME NULL,
  `project_id` CHAR(36) NULL,
  `author_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `likes_count` INT NOT NULL DEFAULT 0,
  `dislikes_count` INT NOT NULL DEFAULT 0,
  `location_point` GEOMETRY NULL,
  `location_description` VARCHAR(255) NULL,
  `comments_count` INT NOT NULL DEFAULT 0,
  `idea_status_id` CHAR(36) NULL,
  `slug` VARCHAR(255) NULL,
  `budget` INT NULL,
  `baskets_count` INT NOT NULL DEFAULT 0,
  `official_feedbacks_count` INT NOT NULL DEFAULT 0,
  `assignee_id` CHAR(36) NULL,
  `assigned_at` DATETIME NULL,
  `proposed_budget` INT NULL,
  `custom_field_values` JSON NOT NULL,
  `creation_phase_id` CHAR(36) NULL,
  `author_hash` VARCHAR(255) NULL,
  `anonymous` TINYINT(1) NOT NULL DEFAULT 0,
  `internal_comments_count` INT NOT NULL DEFAULT 0,
  `votes_count` INT NOT NULL DEFAULT 0,
  `followers_count` INT NOT NULL DEFAULT 0,
  `submitted_at` DATETIME(6) NULL,
  `manual_votes_amount` INT NULL,
  `manual_votes_last_updated_by_id` CHAR(36) NULL,
  `manual_votes_last_updated_at` DATETIME(6) NULL,
  `neutral_reactions_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `identities` (
  `id` CHAR(36) NOT NULL,
  `provider` VARCHAR(255) NULL,
  `uid` VARCHAR(255) NULL,
  `auth_hash` JSON NULL,
  `user_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impact_tracking_pageviews` (
  `id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `project_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `impact_tracking_sessions` (
  `id` CHAR(36) NOT NULL,
  `monthly_user_hash` VARCHAR(255) NOT NULL,
  `highest_role` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NULL,
  `referrer` VARCHAR(255) NULL,
  `device_type` VARCHAR(255) NULL,
  `browser_name` VARCHAR(255) NULL,
  `os_name` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `internal_comments` (
  `id` CHAR(36) NOT NULL,
  `author_id` CHAR(36) NULL,
  `idea_id` CHAR(36) NULL,
  `parent_id` CHAR(36) NULL,
  `lft` INT NOT NULL,
  `rgt` INT NOT NULL,
  `body` TEXT NOT NULL,
  `publication_status` VARCHAR(255) NOT NULL DEFAULT 'published',
  `body_updated_at` DATETIME NULL,
  `children_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invites` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `inviter_id` CHAR(36) NULL,
  `invitee_id` CHAR(36) NOT NULL,
  `invite_text` VARCHAR(255) NULL,
  `accepted_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `send_invite_email` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `memberships` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NULL,
  `user_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NULL,
  `read_at` DATETIME NULL,
  `recipient_id` CHAR(36) NULL,
  `idea_id` CHAR(36) NULL,
  `comment_id` CHAR(36) NULL,
  `project_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `initiating_user_id` CHAR(36) NULL,
  `spam_report_id` CHAR(36) NULL,
  `invite_id` CHAR(36) NULL,
  `reason_code` VARCHAR(255) NULL,
  `other_reason` VARCHAR(255) NULL,
  `idea_status_id` CHAR(36) NULL,
  `official_feedback_id` CHAR(36) NULL,
  `phase_id` CHAR(36) NULL,
  `project_folder_id` CHAR(36) NULL,
  `inappropriate_content_flag_id` CHAR(36) NULL,
  `internal_comment_id` CHAR(36) NULL,
  `basket_id` CHAR(36) NULL,
  `cosponsorship_id` CHAR(36) NULL,
  `project_review_id` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `official_feedbacks` (
  `id` CHAR(36) NOT NULL,
  `body_multiloc` JSON NULL,
  `author_multiloc` JSON NULL,
  `user_id` CHAR(36) NULL,
  `idea_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `polls_response_options` (
  `id` CHAR(36) NOT NULL,
  `response_id` CHAR(36) NULL,
  `option_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `polls_responses` (
  `id` CHAR(36) NOT NULL,
  `phase_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `projects` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `description_multiloc` JSON NULL,
  `slug` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `header_bg` VARCHAR(255) NULL,
  `ideas_count` INT NOT NULL DEFAULT 0,
  `visible_to` VARCHAR(255) NOT NULL DEFAULT 'public',
  `description_preview_multiloc` JSON NULL,
  `internal_role` VARCHAR(255) NULL,
  `comments_count` INT NOT NULL DEFAULT 0,
  `default_assignee_id` CHAR(36) NULL,
  `include_all_areas` TINYINT(1) NOT NULL DEFAULT 0,
  `baskets_count` INT NOT NULL DEFAULT 0,
  `votes_count` INT NOT NULL DEFAULT 0,
  `followers_count` INT NOT NULL DEFAULT 0,
  `preview_token` VARCHAR(255) NOT NULL,
  `header_bg_alt_text_multiloc` JSON NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `listed` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `public_api_api_clients` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_used_at` DATETIME(6) NULL,
  `secret_digest` VARCHAR(255) NOT NULL,
  `secret_postfix` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `que_jobs` (
  `priority` SMALLINT NOT NULL DEFAULT 100,
  `run_at` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `job_class` TEXT NOT NULL,
  `error_count` INT NOT NULL DEFAULT 0,
  `last_error_message` TEXT NULL,
  `queue` TEXT NOT NULL,
  `last_error_backtrace` TEXT NULL,
  `finished_at` DATETIME(6) NULL,
  `expired_at` DATETIME(6) NULL,
  `args` JSON NOT NULL,
  `data` JSON NOT NULL,
  `job_schema_version` INT NOT NULL,
  `kwargs` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reactions` (
  `id` CHAR(36) NOT NULL,
  `reactable_id` CHAR(36) NULL,
  `reactable_type` VARCHAR(255) NULL,
  `user_id` CHAR(36) NULL,
  `mode` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `spam_reports` (
  `id` CHAR(36) NOT NULL,
  `spam_reportable_id` CHAR(36) NOT NULL,
  `spam_reportable_type` VARCHAR(255) NOT NULL,
  `reported_at` DATETIME NOT NULL,
  `reason_code` VARCHAR(255) NULL,
  `other_reason` VARCHAR(255) NULL,
  `user_id` CHAR(36) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `surveys_responses` (
  `id` CHAR(36) NOT NULL,
  `phase_id` CHAR(36) NOT NULL,
  `survey_service` VARCHAR(255) NOT NULL,
  `external_survey_id` VARCHAR(255) NOT NULL,
  `external_response_id` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NULL,
  `started_at` DATETIME NULL,
  `submitted_at` DATETIME NOT NULL,
  `answers` JSON NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `topics` (
  `id` CHAR(36) NOT NULL,
  `title_multiloc` JSON NULL,
  `description_multiloc` JSON NULL,
  `icon` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `ordering` INT NULL,
  `followers_count` INT NOT NULL DEFAULT 0,
  `include_in_onboarding` TINYINT(1) NOT NULL DEFAULT 0,
  `default` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NULL,
  `password_digest` VARCHAR(255) NULL,
  `slug` VARCHAR(255) NULL,
  `roles` JSON NULL,
  `reset_password_token` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `avatar` VARCHAR(255) NULL,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `locale` VARCHAR(255) NULL,
  `bio_multiloc` JSON NULL,
  `invite_status` VARCHAR(255) NULL,
  `custom_field_values` JSON NULL,
  `registration_completed_at` DATETIME NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `email_confirmed_at` DATETIME NULL,
  `email_confirmation_code` VARCHAR(255) NULL,
  `email_confirmation_retry_count` INT NOT NULL DEFAULT 0,
  `email_confirmation_code_reset_count` INT NOT NULL DEFAULT 0,
  `email_confirmation_code_sent_at` DATETIME NULL,
  `confirmation_required` TINYINT(1) NOT NULL DEFAULT 1,
  `block_start_at` DATETIME NULL,
  `block_reason` VARCHAR(255) NULL,
  `block_end_at` DATETIME NULL,
  `new_email` VARCHAR(255) NULL,
  `followings_count` INT NOT NULL DEFAULT 0,
  `onboarding` JSON NOT NULL,
  `unique_code` VARCHAR(255) NULL,
  `last_active_at` DATETIME(6) NULL,
  `imported` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `verification_verifications` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `method_name` VARCHAR(255) NOT NULL,
  `hashed_uid` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `volunteering_volunteers` (
  `id` CHAR(36) NOT NULL,
  `cause_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);


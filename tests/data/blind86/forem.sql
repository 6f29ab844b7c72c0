CREATE TABLE `ahoy_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `properties` JSON NULL,
  `time` DATETIME NULL,
  `user_id` BIGINT NULL,
  `visit_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ahoy_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clicked_at` DATETIME NULL,
  `content` TEXT NULL,
  `feedback_message_id` BIGINT NULL,
  `mailer` VARCHAR(255) NULL,
  `sent_at` DATETIME NULL,
  `subject` TEXT NULL,
  `to` TEXT NULL,
  `token` VARCHAR(255) NULL,
  `user_id` BIGINT NULL,
  `user_type` VARCHAR(255) NULL,
  `utm_campaign` VARCHAR(255) NULL,
  `utm_content` VARCHAR(255) NULL,
  `utm_medium` VARCHAR(255) NULL,
  `utm_source` VARCHAR(255) NULL,
  `utm_term` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ahoy_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `started_at` DATETIME NULL,
  `user_id` BIGINT NULL,
  `visit_token` VARCHAR(255) NULL,
  `visitor_token` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_secrets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `articles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `any_comments_hidden` TINYINT(1) NULL DEFAULT 0,
  `approved` TINYINT(1) NULL DEFAULT 0,
  `archived` TINYINT(1) NULL DEFAULT 0,
  `body_html` TEXT NULL,
  `body_markdown` TEXT NULL,
  `boost_states` JSON NOT NULL,
  `cached_organization` TEXT NULL,
  `cached_tag_list` VARCHAR(255) NULL,
  `cached_user` TEXT NULL,
  `cached_user_name` VARCHAR(255) NULL,
  `cached_user_username` VARCHAR(255) NULL,
  `canonical_url` VARCHAR(255) NULL,
  `co_author_ids` TEXT NULL,
  `collection_id` BIGINT NULL,
  `comment_score` INT NULL DEFAULT 0,
  `comment_template` VARCHAR(255) NULL,
  `comments_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `crossposted_at` DATETIME NULL,
  `description` VARCHAR(255) NULL,
  `edited_at` DATETIME NULL,
  `email_digest_eligible` TINYINT(1) NULL DEFAULT 1,
  `experience_level_rating` DOUBLE NULL DEFAULT 5.0,
  `experience_level_rating_distribution` DOUBLE NULL DEFAULT 5.0,
  `featured` TINYINT(1) NULL DEFAULT 0,
  `featured_number` INT NULL,
  `feed_source_url` VARCHAR(255) NULL,
  `hotness_score` INT NULL DEFAULT 0,
  `last_comment_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `last_experience_level_rating_at` DATETIME NULL,
  `main_image` VARCHAR(255) NULL,
  `main_image_background_hex_color` VARCHAR(255) NULL DEFAULT '#dddddd',
  `nth_published_by_author` INT NULL DEFAULT 0,
  `organic_page_views_count` INT NULL DEFAULT 0,
  `organic_page_views_past_month_count` INT NULL DEFAULT 0,
  `organic_page_views_past_week_count` INT NULL DEFAULT 0,
  `organization_id` BIGINT NULL,
  `originally_published_at` DATETIME NULL,
  `page_views_count` INT NULL DEFAULT 0,
  `password` VARCHAR(255) NULL,
  `path` VARCHAR(255) NULL,
  `positive_reactions_count` INT NOT NULL DEFAULT 0,
  `previous_positive_reactions_count` INT NULL DEFAULT 0,
  `previous_public_reactions_count` INT NOT NULL DEFAULT 0,
  `processed_html` TEXT NULL,
  `public_reactions_count` INT NOT NULL DEFAULT 0,
  `published` TINYINT(1) NULL DEFAULT 0,
  `published_at` DATETIME NULL,
  `published_from_feed` TINYINT(1) NULL DEFAULT 0,
  `rating_votes_count` INT NOT NULL DEFAULT 0,
  `reactions_count` INT NOT NULL DEFAULT 0,
  `reading_list_document` TEXT NULL,
  `reading_time` INT NULL DEFAULT 0,
  `receive_notifications` TINYINT(1) NULL DEFAULT 1,
  `score` INT NULL DEFAULT 0,
  `search_optimized_description_replacement` VARCHAR(255) NULL,
  `search_optimized_title_preamble` VARCHAR(255) NULL,
  `show_comments` TINYINT(1) NULL DEFAULT 1,
  `slug` TEXT NULL,
  `social_image` VARCHAR(255) NULL,
  `spaminess_rating` INT NULL DEFAULT 0,
  `title` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  `user_subscriptions_count` INT NOT NULL DEFAULT 0,
  `video` VARCHAR(255) NULL,
  `video_closed_caption_track_url` VARCHAR(255) NULL,
  `video_code` VARCHAR(255) NULL,
  `video_duration_in_seconds` DOUBLE NULL DEFAULT 0.0,
  `video_source_url` VARCHAR(255) NULL,
  `video_state` VARCHAR(255) NULL,
  `video_thumbnail_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `data` JSON NOT NULL,
  `roles` TEXT NULL,
  `slug` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badge_achievements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `badge_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `rewarder_id` BIGINT NULL,
  `rewarding_context_message` TEXT NULL,
  `rewarding_context_message_markdown` TEXT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `badges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `badge_image` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `credits_awarded` INT NOT NULL DEFAULT 0,
  `description` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `banished_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `banished_by_id` BIGINT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `username` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chat_channel_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chat_channel_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `has_unopened_messages` TINYINT(1) NULL DEFAULT 0,
  `last_opened_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `role` VARCHAR(255) NULL DEFAULT 'member',
  `show_global_badge_notification` TINYINT(1) NULL DEFAULT 1,
  `status` VARCHAR(255) NULL DEFAULT 'active',
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ancestry` VARCHAR(255) NULL,
  `body_html` TEXT NULL,
  `body_markdown` TEXT NULL,
  `commentable_id` BIGINT NULL,
  `commentable_type` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `deleted` TINYINT(1) NULL DEFAULT 0,
  `edited` TINYINT(1) NULL DEFAULT 0,
  `edited_at` DATETIME NULL,
  `hidden_by_commentable_user` TINYINT(1) NULL DEFAULT 0,
  `id_code` VARCHAR(255) NULL,
  `markdown_character_count` INT NULL,
  `positive_reactions_count` INT NOT NULL DEFAULT 0,
  `processed_html` TEXT NULL,
  `public_reactions_count` INT NOT NULL DEFAULT 0,
  `reactions_count` INT NOT NULL DEFAULT 0,
  `receive_notifications` TINYINT(1) NULL DEFAULT 1,
  `score` INT NULL DEFAULT 0,
  `spaminess_rating` INT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `devices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `app_bundle` VARCHAR(255) NULL,
  `consumer_app_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `platform` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_authorizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmation_token` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `json_data` JSON NOT NULL,
  `type_of` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  `verified_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `feedback_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `affected_id` BIGINT NULL,
  `category` VARCHAR(255) NULL,
  `created_at` DATETIME NULL,
  `feedback_type` VARCHAR(255) NULL,
  `message` TEXT NULL,
  `offender_id` BIGINT NULL,
  `reported_url` VARCHAR(255) NULL,
  `reporter_id` BIGINT NULL,
  `status` VARCHAR(255) NULL DEFAULT 'Open',
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `follows` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NULL,
  `explicit_points` DOUBLE NULL DEFAULT 1.0,
  `followable_id` BIGINT NOT NULL,
  `followable_type` VARCHAR(255) NOT NULL,
  `follower_id` BIGINT NOT NULL,
  `follower_type` VARCHAR(255) NOT NULL,
  `implicit_points` DOUBLE NULL DEFAULT 0.0,
  `points` DOUBLE NULL DEFAULT 1.0,
  `subscription_status` VARCHAR(255) NOT NULL DEFAULT 'all_articles',
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `identities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auth_data_dump` TEXT NULL,
  `created_at` DATETIME NOT NULL,
  `provider` VARCHAR(255) NULL,
  `secret` VARCHAR(255) NULL,
  `token` VARCHAR(255) NULL,
  `uid` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mentions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `mentionable_id` BIGINT NULL,
  `mentionable_type` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chat_action` VARCHAR(255) NULL,
  `chat_channel_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `edited_at` DATETIME NULL,
  `message_html` VARCHAR(255) NOT NULL,
  `message_markdown` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `author_id` BIGINT NULL,
  `content` TEXT NULL,
  `created_at` DATETIME NOT NULL,
  `noteable_id` BIGINT NULL,
  `noteable_type` VARCHAR(255) NULL,
  `reason` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `config` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `notifiable_id` BIGINT NOT NULL,
  `notifiable_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `json_data` JSON NULL,
  `notifiable_id` BIGINT NULL,
  `notifiable_type` VARCHAR(255) NULL,
  `notified_at` DATETIME NULL,
  `organization_id` BIGINT NULL,
  `read` TINYINT(1) NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `resource_owner_id` BIGINT NOT NULL,
  `revoked_at` DATETIME NULL,
  `scopes` VARCHAR(255) NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `expires_in` INT NULL,
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  `refresh_token` VARCHAR(255) NULL,
  `resource_owner_id` BIGINT NULL,
  `revoked_at` DATETIME NULL,
  `scopes` VARCHAR(255) NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `secret` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `organization_id` BIGINT NOT NULL,
  `type_of_user` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  `user_title` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `articles_count` INT NOT NULL DEFAULT 0,
  `bg_color_hex` VARCHAR(255) NULL,
  `company_size` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `credits_count` INT NOT NULL DEFAULT 0,
  `cta_body_markdown` TEXT NULL,
  `cta_button_text` VARCHAR(255) NULL,
  `cta_button_url` VARCHAR(255) NULL,
  `cta_processed_html` TEXT NULL,
  `dark_nav_image` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `github_username` VARCHAR(255) NULL,
  `last_article_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `latest_article_updated_at` DATETIME NULL,
  `location` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `nav_image` VARCHAR(255) NULL,
  `old_old_slug` VARCHAR(255) NULL,
  `old_slug` VARCHAR(255) NULL,
  `profile_image` VARCHAR(255) NULL,
  `profile_updated_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `proof` TEXT NULL,
  `secret` VARCHAR(255) NULL,
  `slug` VARCHAR(255) NULL,
  `spent_credits_count` INT NOT NULL DEFAULT 0,
  `story` VARCHAR(255) NULL,
  `summary` TEXT NULL,
  `tag_line` VARCHAR(255) NULL,
  `tech_stack` VARCHAR(255) NULL,
  `text_color_hex` VARCHAR(255) NULL,
  `twitter_username` VARCHAR(255) NULL,
  `unspent_credits_count` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `page_views` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `article_id` BIGINT NULL,
  `counts_for_number_of_views` INT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `domain` VARCHAR(255) NULL,
  `path` VARCHAR(255) NULL,
  `referrer` VARCHAR(255) NULL,
  `time_tracked_in_seconds` INT NULL DEFAULT 15,
  `updated_at` DATETIME NOT NULL,
  `user_agent` VARCHAR(255) NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `poll_votes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `poll_id` BIGINT NOT NULL,
  `poll_option_id` BIGINT NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `polls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `article_id` BIGINT NULL,
  `created_at` DATETIME NOT NULL,
  `poll_options_count` INT NOT NULL DEFAULT 0,
  `poll_skips_count` INT NOT NULL DEFAULT 0,
  `poll_votes_count` INT NOT NULL DEFAULT 0,
  `prompt_html` VARCHAR(255) NULL,
  `prompt_markdown` VARCHAR(255) NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profile_fields` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attribute_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255) NULL,
  `display_area` INT NOT NULL DEFAULT 1,
  `input_type` INT NOT NULL DEFAULT 0,
  `label` VARCHAR(255) NOT NULL,
  `placeholder_text` VARCHAR(255) NULL,
  `profile_field_group_id` BIGINT NULL,
  `show_in_onboarding` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `points` DOUBLE NULL DEFAULT 1.0,
  `reactable_id` BIGINT NULL,
  `reactable_type` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL DEFAULT 'valid',
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `name` VARCHAR(255) NULL,
  `resource_id` BIGINT NULL,
  `resource_type` VARCHAR(255) NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `site_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `value` TEXT NULL,
  `var` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `context` VARCHAR(128) NULL,
  `created_at` DATETIME NULL,
  `tag_id` BIGINT NULL,
  `taggable_id` BIGINT NULL,
  `taggable_type` VARCHAR(255) NULL,
  `tagger_id` BIGINT NULL,
  `tagger_type` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `alias_for` VARCHAR(255) NULL,
  `badge_id` BIGINT NULL,
  `bg_color_hex` VARCHAR(255) NULL,
  `category` VARCHAR(255) NOT NULL DEFAULT 'uncategorized',
  `created_at` DATETIME NULL,
  `hotness_score` INT NULL DEFAULT 0,
  `keywords_for_search` VARCHAR(255) NULL,
  `mod_chat_channel_id` BIGINT NULL,
  `name` VARCHAR(255) NULL,
  `pretty_name` VARCHAR(255) NULL,
  `profile_image` VARCHAR(255) NULL,
  `requires_approval` TINYINT(1) NULL DEFAULT 0,
  `rules_html` TEXT NULL,
  `rules_markdown` TEXT NULL,
  `short_summary` VARCHAR(255) NULL,
  `social_image` VARCHAR(255) NULL,
  `social_preview_template` VARCHAR(255) NULL DEFAULT 'article',
  `submission_template` TEXT NULL,
  `supported` TINYINT(1) NULL DEFAULT 0,
  `taggings_count` INT NULL DEFAULT 0,
  `text_color_hex` VARCHAR(255) NULL,
  `updated_at` DATETIME NULL,
  `wiki_body_html` TEXT NULL,
  `wiki_body_markdown` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_blocks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blocked_id` BIGINT NOT NULL,
  `blocker_id` BIGINT NOT NULL,
  `config` VARCHAR(255) NOT NULL DEFAULT 'default',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `subscriber_email` VARCHAR(255) NOT NULL,
  `subscriber_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_subscription_sourceable_id` BIGINT NULL,
  `user_subscription_sourceable_type` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `apple_created_at` DATETIME NULL,
  `apple_username` VARCHAR(255) NULL,
  `articles_count` INT NOT NULL DEFAULT 0,
  `available_for` VARCHAR(255) NULL,
  `badge_achievements_count` INT NOT NULL DEFAULT 0,
  `behance_url` VARCHAR(255) NULL,
  `bg_color_hex` VARCHAR(255) NULL,
  `blocked_by_count` BIGINT NOT NULL DEFAULT 0,
  `blocking_others_count` BIGINT NOT NULL DEFAULT 0,
  `checked_code_of_conduct` TINYINT(1) NULL DEFAULT 0,
  `checked_terms_and_conditions` TINYINT(1) NULL DEFAULT 0,
  `comments_count` INT NOT NULL DEFAULT 0,
  `config_font` VARCHAR(255) NULL DEFAULT 'default',
  `config_navbar` VARCHAR(255) NOT NULL DEFAULT 'default',
  `config_theme` VARCHAR(255) NULL DEFAULT 'default',
  `confirmation_sent_at` DATETIME NULL,
  `confirmation_token` VARCHAR(255) NULL,
  `confirmed_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `credits_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME NULL,
  `current_sign_in_ip` VARCHAR(45) NULL,
  `currently_hacking_on` VARCHAR(255) NULL,
  `currently_learning` VARCHAR(255) NULL,
  `display_announcements` TINYINT(1) NULL DEFAULT 1,
  `display_sponsors` TINYINT(1) NULL DEFAULT 1,
  `dribbble_url` VARCHAR(255) NULL,
  `editor_version` VARCHAR(255) NULL DEFAULT 'v1',
  `education` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `email_badge_notifications` TINYINT(1) NULL DEFAULT 1,
  `email_comment_notifications` TINYINT(1) NULL DEFAULT 1,
  `email_community_mod_newsletter` TINYINT(1) NULL DEFAULT 0,
  `email_connect_messages` TINYINT(1) NULL DEFAULT 1,
  `email_digest_periodic` TINYINT(1) NOT NULL DEFAULT 0,
  `email_follower_notifications` TINYINT(1) NULL DEFAULT 1,
  `email_membership_newsletter` TINYINT(1) NULL DEFAULT 0,
  `email_mention_notifications` TINYINT(1) NULL DEFAULT 1,
  `email_newsletter` TINYINT(1) NULL DEFAULT 0,
  `email_public` TINYINT(1) NULL DEFAULT 0,
  `email_tag_mod_newsletter` TINYINT(1) NULL DEFAULT 0,
  `email_unread_notifications` TINYINT(1) NULL DEFAULT 1,
  `employer_name` VARCHAR(255) NULL,
  `employer_url` VARCHAR(255) NULL,
  `employment_title` VARCHAR(255) NULL,
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `experience_level` INT NULL,
  `export_requested` TINYINT(1) NULL DEFAULT 0,
  `exported_at` DATETIME NULL,
  `facebook_created_at` DATETIME NULL,
  `facebook_url` VARCHAR(255) NULL,
  `facebook_username` VARCHAR(255) NULL,
  `failed_attempts` INT NULL DEFAULT 0,
  `feed_fetched_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `feed_mark_canonical` TINYINT(1) NULL DEFAULT 0,
  `feed_referential_link` TINYINT(1) NOT NULL DEFAULT 1,
  `feed_url` VARCHAR(255) NULL,
  `following_orgs_count` INT NOT NULL DEFAULT 0,
  `following_tags_count` INT NOT NULL DEFAULT 0,
  `following_users_count` INT NOT NULL DEFAULT 0,
  `github_created_at` DATETIME NULL,
  `github_repos_updated_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `github_username` VARCHAR(255) NULL,
  `gitlab_url` VARCHAR(255) NULL,
  `inbox_guidelines` VARCHAR(255) NULL,
  `inbox_type` VARCHAR(255) NULL DEFAULT 'private',
  `instagram_url` VARCHAR(255) NULL,
  `invitation_accepted_at` DATETIME NULL,
  `invitation_created_at` DATETIME NULL,
  `invitation_limit` INT NULL,
  `invitation_sent_at` DATETIME NULL,
  `invitation_token` VARCHAR(255) NULL,
  `invitations_count` INT NULL DEFAULT 0,
  `invited_by_id` BIGINT NULL,
  `invited_by_type` VARCHAR(255) NULL,
  `last_article_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `last_comment_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `last_followed_at` DATETIME NULL,
  `last_moderation_notification` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `last_notification_activity` DATETIME NULL,
  `last_onboarding_page` VARCHAR(255) NULL,
  `last_reacted_at` DATETIME NULL,
  `last_sign_in_at` DATETIME NULL,
  `last_sign_in_ip` VARCHAR(45) NULL,
  `latest_article_updated_at` DATETIME NULL,
  `linkedin_url` VARCHAR(255) NULL,
  `location` VARCHAR(255) NULL,
  `locked_at` DATETIME NULL,
  `mastodon_url` VARCHAR(255) NULL,
  `medium_url` VARCHAR(255) NULL,
  `mobile_comment_notifications` TINYINT(1) NULL DEFAULT 1,
  `mod_roundrobin_notifications` TINYINT(1) NULL DEFAULT 1,
  `monthly_dues` INT NULL DEFAULT 0,
  `mostly_work_with` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `old_old_username` VARCHAR(255) NULL,
  `old_username` VARCHAR(255) NULL,
  `onboarding_package_requested` TINYINT(1) NULL DEFAULT 0,
  `organization_info_updated_at` DATETIME NULL,
  `payment_pointer` VARCHAR(255) NULL,
  `permit_adjacent_sponsors` TINYINT(1) NULL DEFAULT 1,
  `profile_image` VARCHAR(255) NULL,
  `profile_updated_at` DATETIME NULL DEFAULT '2017-01-01 05:00:00',
  `rating_votes_count` INT NOT NULL DEFAULT 0,
  `reaction_notifications` TINYINT(1) NULL DEFAULT 1,
  `reactions_count` INT NOT NULL DEFAULT 0,
  `registered` TINYINT(1) NULL DEFAULT 1,
  `registered_at` DATETIME NULL,
  `remember_created_at` DATETIME NULL,
  `remember_token` VARCHAR(255) NULL,
  `reputation_modifier` DOUBLE NULL DEFAULT 1.0,
  `reset_password_sent_at` DATETIME NULL,
  `reset_password_token` VARCHAR(255) NULL,
  `saw_onboarding` TINYINT(1) NULL DEFAULT 1,
  `score` INT NULL DEFAULT 0,
  `secret` VARCHAR(255) NULL,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `signup_cta_variant` VARCHAR(255) NULL,
  `spent_credits_count` INT NOT NULL DEFAULT 0,
  `stackoverflow_url` VARCHAR(255) NULL,
  `stripe_id_code` VARCHAR(255) NULL,
  `subscribed_to_user_subscriptions_count` INT NOT NULL DEFAULT 0,
  `summary` TEXT NULL,
  `text_color_hex` VARCHAR(255) NULL,
  `twitch_url` VARCHAR(255) NULL,
  `twitter_created_at` DATETIME NULL,
  `twitter_username` VARCHAR(255) NULL,
  `unconfirmed_email` VARCHAR(255) NULL,
  `unlock_token` VARCHAR(255) NULL,
  `unspent_credits_count` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `username` VARCHAR(255) NULL,
  `website_url` VARCHAR(255) NULL,
  `welcome_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `workshop_expiration` DATETIME NULL,
  `youtube_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_gdpr_delete_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NULL,
  `username` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_notification_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email_badge_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `email_comment_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `email_community_mod_newsletter` TINYINT(1) NOT NULL DEFAULT 0,
  `email_connect_messages` TINYINT(1) NOT NULL DEFAULT 1,
  `email_digest_periodic` TINYINT(1) NOT NULL DEFAULT 0,
  `email_follower_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `email_membership_newsletter` TINYINT(1) NOT NULL DEFAULT 0,
  `email_mention_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `email_newsletter` TINYINT(1) NOT NULL DEFAULT 0,
  `email_tag_mod_newsletter` TINYINT(1) NOT NULL DEFAULT 0,
  `email_unread_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `mobile_comment_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `mod_roundrobin_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `reaction_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `welcome_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_roles` (
  `role_id` BIGINT NULL,
  `user_id` BIGINT NULL
);

CREATE TABLE `users_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `brand_color1` VARCHAR(255) NULL DEFAULT '#000000',
  `brand_color2` VARCHAR(255) NULL DEFAULT '#ffffff',
  `config_font` INT NOT NULL DEFAULT 0,
  `config_navbar` INT NOT NULL DEFAULT 0,
  `config_theme` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `display_announcements` TINYINT(1) NOT NULL DEFAULT 1,
  `display_email_on_profile` TINYINT(1) NOT NULL DEFAULT 0,
  `display_sponsors` TINYINT(1) NOT NULL DEFAULT 1,
  `editor_version` INT NOT NULL DEFAULT 0,
  `experience_level` INT NULL,
  `feed_mark_canonical` TINYINT(1) NOT NULL DEFAULT 0,
  `feed_referential_link` TINYINT(1) NOT NULL DEFAULT 1,
  `feed_url` VARCHAR(255) NULL,
  `inbox_guidelines` VARCHAR(255) NULL,
  `inbox_type` INT NOT NULL DEFAULT 0,
  `permit_adjacent_sponsors` TINYINT(1) NULL DEFAULT 1,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_suspended_usernames` (
  `username_hash` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`username_hash`)
);


SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `tracks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `repo_url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `median_wait_time` INT,
  `blurb` VARCHAR(400) NOT NULL,
  `synced_to_git_sha` VARCHAR(255) NOT NULL,
  `tags` JSON,
  `num_exercises` MEDIUMINT NOT NULL DEFAULT 0,
  `num_concepts` MEDIUMINT NOT NULL DEFAULT 0,
  `num_students` INT NOT NULL DEFAULT 0,
  `course` TINYINT(1) NOT NULL DEFAULT 0,
  `has_test_runner` TINYINT(1) NOT NULL DEFAULT 0,
  `has_representer` TINYINT(1) NOT NULL DEFAULT 0,
  `has_analyzer` TINYINT(1) NOT NULL DEFAULT 0,
  `representer_version` SMALLINT NOT NULL DEFAULT 1,
  `intro_video_youtube_slug` VARCHAR(255),
  `highlightjs_language` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tracks_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `exercises` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `track_id` BIGINT NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `blurb` TEXT,
  `difficulty` INT NOT NULL DEFAULT 1,
  `position` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `median_wait_time` INT,
  `status` TINYINT NOT NULL DEFAULT 2,
  `icon_name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `git_sha` VARCHAR(255) NOT NULL,
  `synced_to_git_sha` VARCHAR(255) NOT NULL,
  `git_important_files_hash` VARCHAR(255) NOT NULL,
  `has_test_runner` TINYINT(1) NOT NULL DEFAULT 0,
  `num_published_solutions` INT NOT NULL DEFAULT 0,
  `has_approaches` TINYINT(1) NOT NULL DEFAULT 0,
  `representer_version` SMALLINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_exercises_on_track_id_and_uuid` (`track_id`, `uuid`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `badges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `rarity` VARCHAR(255) NOT NULL,
  `icon` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `num_awardees` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_badges_on_name` (`name`),
  UNIQUE KEY `index_badges_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `track_trophies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `valid_track_slugs` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `num_awardees` MEDIUMINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_track_trophies_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailshots` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `email_communication_preferences_key` VARCHAR(255) NOT NULL,
  `test_sent` TINYINT(1) NOT NULL DEFAULT 0,
  `sent_to_audiences` JSON,
  `subject` VARCHAR(255) NOT NULL,
  `button_url` VARCHAR(255) NOT NULL,
  `button_text` VARCHAR(255) NOT NULL,
  `text_content` TEXT NOT NULL,
  `content_markdown` TEXT NOT NULL,
  `content_html` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mailshots_on_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cohorts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `track_id` BIGINT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `capacity` INT NOT NULL DEFAULT 0,
  `begins_at` DATETIME(6) NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cohorts_on_slug` (`slug`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_block_domains` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_block_domains_on_domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `handle` VARCHAR(190) NOT NULL,
  `avatar_url` VARCHAR(255),
  `email` VARCHAR(190) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(190),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `confirmation_token` VARCHAR(190),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `unconfirmed_email` VARCHAR(255),
  `provider` VARCHAR(255),
  `uid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `dark_code_theme` TINYINT(1) NOT NULL DEFAULT 0,
  `default_allow_comments` TINYINT(1),
  `deleted_at` DATETIME,
  `location` VARCHAR(255),
  `pronouns` VARCHAR(255),
  `reputation` INT NOT NULL DEFAULT 0,
  `disabled_at` DATETIME(6),
  `flair` TINYINT,
  `version` SMALLINT NOT NULL DEFAULT 0,
  `shadow_banned_at` DATETIME(6),
  `shadow_banned_by_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_handle` (`handle`),
  UNIQUE KEY `index_users_on_provider_and_uid` (`provider`, `uid`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `display_name` VARCHAR(255),
  `twitter` VARCHAR(255),
  `website` VARCHAR(255),
  `github` VARCHAR(255),
  `linkedin` VARCHAR(255),
  `medium` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_profiles_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `bio` TEXT,
  `roles` JSON,
  `usages` JSON,
  `insiders_status` TINYINT NOT NULL DEFAULT 0,
  `github_username` VARCHAR(255),
  `stripe_customer_id` VARCHAR(255),
  `paypal_payer_id` VARCHAR(255),
  `discord_uid` VARCHAR(255),
  `accepted_privacy_policy_at` DATETIME(6),
  `accepted_terms_at` DATETIME(6),
  `became_mentor_at` DATETIME(6),
  `joined_research_at` DATETIME(6),
  `first_donated_at` DATETIME(6),
  `last_visited_on` DATE,
  `num_solutions_mentored` MEDIUMINT NOT NULL DEFAULT 0,
  `mentor_satisfaction_percentage` TINYINT,
  `total_donated_in_cents` INT DEFAULT 0,
  `show_on_supporters_page` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `cache` JSON,
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `premium_until` DATETIME(6),
  `trainer` TINYINT(1) NOT NULL DEFAULT 0,
  `seniority` TINYINT,
  `bootcamp_affiliate_coupon_code` VARCHAR(255),
  `bootcamp_free_coupon_code` VARCHAR(255),
  `bootcamp_attendee` TINYINT(1) NOT NULL DEFAULT 0,
  `bootcamp_mentor` TINYINT(1) NOT NULL DEFAULT 0,
  `locale` VARCHAR(255),
  `translator_locales` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_data_on_discord_uid` (`discord_uid`),
  UNIQUE KEY `index_user_data_on_github_username` (`github_username`),
  UNIQUE KEY `index_user_data_on_paypal_payer_id` (`paypal_payer_id`),
  UNIQUE KEY `index_user_data_on_stripe_customer_id` (`stripe_customer_id`),
  UNIQUE KEY `index_user_data_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_auth_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_auth_tokens_on_token` (`token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `auto_update_exercises` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `theme` VARCHAR(255),
  `allow_comments_on_published_solutions` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_website_adverts` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_preferences_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_communication_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `email_on_mentor_replied_to_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_student_replied_to_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_student_added_iteration_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `receive_product_updates` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_remind_mentor` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_new_solution_comment_for_solution_user_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_new_solution_comment_for_other_commenter_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_mentor_heartbeat` TINYINT(1) NOT NULL DEFAULT 1,
  `token` VARCHAR(255),
  `email_on_remind_about_solution` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_mentor_started_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_general_update_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_acquired_badge_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_nudge_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_student_finished_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_mentor_finished_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_automated_feedback_added_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_about_fundraising_campaigns` TINYINT(1) NOT NULL DEFAULT 1,
  `email_about_events` TINYINT(1) NOT NULL DEFAULT 1,
  `email_about_insiders` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_acquired_trophy_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_nudge_student_to_reply_in_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_nudge_mentor_to_reply_in_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_mentor_timed_out_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `email_on_student_timed_out_discussion_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `receive_onboarding_emails` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT,
  `exercise_id` BIGINT,
  `status` TINYINT NOT NULL DEFAULT 0,
  `path` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `params` TEXT NOT NULL,
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `uniqueness_key` VARCHAR(255) NOT NULL,
  `rendering_data_cache` TEXT NOT NULL,
  `read_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_notifications_on_uniqueness_key` (`uniqueness_key`),
  UNIQUE KEY `index_user_notifications_on_uuid` (`uuid`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_activities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT,
  `exercise_id` BIGINT,
  `solution_id` BIGINT,
  `params` TEXT NOT NULL,
  `occurred_at` DATETIME NOT NULL,
  `uniqueness_key` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `rendering_data_cache` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_activities_on_uniqueness_key` (`uniqueness_key`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`solution_id`) REFERENCES `solutions` (`id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_tracks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT NOT NULL,
  `anonymous_during_mentoring` TINYINT(1) NOT NULL DEFAULT 0,
  `avatar_url` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `summary_key` VARCHAR(255),
  `summary_data` TEXT,
  `last_touched_at` DATETIME(6) NOT NULL,
  `practice_mode` TINYINT(1) NOT NULL DEFAULT 0,
  `objectives` TEXT,
  `reputation` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_tracks_on_track_id_and_user_id` (`track_id`, `user_id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_track_mentorships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT NOT NULL,
  `bio` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_viewed` TINYINT(1) NOT NULL DEFAULT 0,
  `num_finished_discussions` MEDIUMINT NOT NULL DEFAULT 0,
  `automator` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_track_mentorships_on_user_id_and_track_id` (`user_id`, `track_id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_acquired_badges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `badge_id` BIGINT NOT NULL,
  `revealed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_acquired_badges_on_user_id_and_badge_id` (`user_id`, `badge_id`),
  UNIQUE KEY `index_user_acquired_badges_on_uuid` (`uuid`),
  FOREIGN KEY (`badge_id`) REFERENCES `badges` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_track_acquired_trophies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT NOT NULL,
  `trophy_id` BIGINT NOT NULL,
  `revealed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_track_acquired_trophies_uniq_guard` (`user_id`, `trophy_id`, `track_id`),
  UNIQUE KEY `index_user_track_acquired_trophies_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_reputation_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `exercise_id` BIGINT,
  `track_id` BIGINT,
  `uniqueness_key` VARCHAR(255) NOT NULL,
  `value` INT NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `params` TEXT NOT NULL,
  `level` VARCHAR(255),
  `version` INT NOT NULL,
  `rendering_data_cache` TEXT NOT NULL,
  `external_url` VARCHAR(255),
  `seen` TINYINT(1) NOT NULL DEFAULT 0,
  `earned_on` DATE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_reputation_tokens_on_uniqueness_key_and_user_id` (`uniqueness_key`, `user_id`),
  UNIQUE KEY `index_user_reputation_tokens_on_uuid` (`uuid`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_mailshots` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `mailshot_slug` VARCHAR(255),
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `mailshot_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_mailshots_on_user_id_and_mailshot_id` (`user_id`, `mailshot_id`),
  FOREIGN KEY (`mailshot_id`) REFERENCES `mailshots` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_challenges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `challenge_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_challenges_on_user_id_and_challenge_id` (`user_id`, `challenge_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `exercise_authorships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exercise_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_exercise_authorships_on_exercise_id_and_user_id` (`exercise_id`, `user_id`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `solutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `exercise_id` BIGINT NOT NULL,
  `git_sha` VARCHAR(255) NOT NULL,
  `git_slug` VARCHAR(255) NOT NULL,
  `approved_by_id` BIGINT,
  `downloaded_at` DATETIME,
  `completed_at` DATETIME,
  `published_at` DATETIME,
  `num_reactions` INT NOT NULL DEFAULT 0,
  `reflection` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `mentoring_requested_at` DATETIME,
  `show_on_profile` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_comments` TINYINT(1) NOT NULL DEFAULT 0,
  `num_comments` SMALLINT NOT NULL DEFAULT 0,
  `num_stars` SMALLINT NOT NULL DEFAULT 0,
  `num_views` MEDIUMINT NOT NULL DEFAULT 0,
  `num_loc` MEDIUMINT,
  `published_iteration_id` BIGINT,
  `status` TINYINT NOT NULL DEFAULT 0,
  `iteration_status` VARCHAR(255),
  `mentoring_status` TINYINT NOT NULL DEFAULT 0,
  `snippet` VARCHAR(1500),
  `num_iterations` TINYINT NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL,
  `public_uuid` VARCHAR(255) NOT NULL,
  `last_iterated_at` DATETIME,
  `git_important_files_hash` VARCHAR(255) NOT NULL,
  `unique_key` VARCHAR(255) NOT NULL,
  `published_iteration_head_tests_status` INT NOT NULL DEFAULT 0,
  `latest_iteration_head_tests_status` TINYINT NOT NULL DEFAULT 0,
  `unlocked_help` TINYINT(1) NOT NULL DEFAULT 0,
  `published_exercise_representation_id` BIGINT,
  `exercise_approach_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_solutions_on_unique_key` (`unique_key`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`published_iteration_id`) REFERENCES `iterations` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `submissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `solution_id` BIGINT NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `tests_status` INT NOT NULL DEFAULT 0,
  `representation_status` INT NOT NULL DEFAULT 0,
  `analysis_status` INT NOT NULL DEFAULT 0,
  `submitted_via` VARCHAR(255) NOT NULL,
  `git_slug` VARCHAR(255) NOT NULL,
  `git_sha` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `git_important_files_hash` VARCHAR(50),
  `track_id` SMALLINT,
  `exercise_id` MEDIUMINT,
  `exercise_representer_version` SMALLINT NOT NULL DEFAULT 1,
  `approach_id` BIGINT,
  `tags` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_submissions_on_uuid` (`uuid`),
  FOREIGN KEY (`solution_id`) REFERENCES `solutions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `iterations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `solution_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `solution_type` VARCHAR(255) NOT NULL DEFAULT 'Solution',
  `legacy_uuid` VARCHAR(255),
  `submission_id` BIGINT NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `deleted_at` DATETIME,
  `idx` TINYINT NOT NULL,
  `snippet` VARCHAR(1500),
  `num_loc` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_iterations_on_submission_id` (`submission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `solution_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `solution_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `content_markdown` LONGTEXT NOT NULL,
  `content_html` LONGTEXT NOT NULL,
  `edited` TINYINT(1) NOT NULL DEFAULT 0,
  `previous_content` TEXT,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_solution_comments_on_uuid` (`uuid`),
  FOREIGN KEY (`solution_id`) REFERENCES `solutions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `solution_stars` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `solution_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_solution_stars_on_solution_id_and_user_id` (`solution_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentor_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `solution_id` BIGINT NOT NULL,
  `track_id` BIGINT NOT NULL,
  `exercise_id` BIGINT NOT NULL,
  `student_id` BIGINT NOT NULL,
  `status` TINYINT NOT NULL DEFAULT 0,
  `comment_markdown` TEXT NOT NULL,
  `comment_html` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `external` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_requests_on_uuid` (`uuid`),
  FOREIGN KEY (`solution_id`) REFERENCES `solutions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentor_discussions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mentor_id` BIGINT NOT NULL,
  `solution_id` BIGINT NOT NULL,
  `rating` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `awaiting_mentor_since` DATETIME,
  `mentor_reminder_sent_at` DATETIME,
  `uuid` VARCHAR(255) NOT NULL,
  `num_posts` MEDIUMINT NOT NULL DEFAULT 0,
  `anonymous_mode` TINYINT(1) NOT NULL DEFAULT 0,
  `awaiting_student_since` DATETIME,
  `request_id` BIGINT NOT NULL,
  `status` TINYINT NOT NULL DEFAULT 0,
  `finished_at` DATETIME,
  `finished_by` TINYINT,
  `external` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_discussions_on_uuid` (`uuid`),
  FOREIGN KEY (`request_id`) REFERENCES `mentor_requests` (`id`),
  FOREIGN KEY (`solution_id`) REFERENCES `solutions` (`id`),
  FOREIGN KEY (`mentor_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentor_discussion_posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `discussion_id` BIGINT NOT NULL,
  `iteration_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `content_markdown` TEXT NOT NULL,
  `content_html` TEXT NOT NULL,
  `seen_by_student` TINYINT(1) NOT NULL DEFAULT 0,
  `seen_by_mentor` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_discussion_posts_on_uuid` (`uuid`),
  FOREIGN KEY (`iteration_id`) REFERENCES `iterations` (`id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `mentor_discussions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentor_student_relationships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mentor_id` BIGINT NOT NULL,
  `student_id` BIGINT NOT NULL,
  `favorited` TINYINT(1) NOT NULL DEFAULT 0,
  `blocked_by_mentor` TINYINT(1) NOT NULL DEFAULT 0,
  `blocked_by_student` TINYINT(1) NOT NULL DEFAULT 0,
  `num_discussions` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_student_relationships_on_mentor_id_and_student_id` (`mentor_id`, `student_id`),
  FOREIGN KEY (`mentor_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentor_testimonials` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mentor_id` BIGINT NOT NULL,
  `student_id` BIGINT NOT NULL,
  `discussion_id` BIGINT NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `revealed` TINYINT(1) NOT NULL DEFAULT 0,
  `published` TINYINT(1) NOT NULL DEFAULT 1,
  `deleted_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mentor_testimonials_on_discussion_id` (`discussion_id`),
  FOREIGN KEY (`discussion_id`) REFERENCES `mentor_discussions` (`id`),
  FOREIGN KEY (`mentor_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `track_id` BIGINT,
  `exercise_id` BIGINT,
  `about_type` VARCHAR(255),
  `about_id` BIGINT,
  `type` TINYINT NOT NULL DEFAULT 0,
  `content_markdown` TEXT NOT NULL,
  `content_html` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  FOREIGN KEY (`track_id`) REFERENCES `tracks` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `donations_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `amount_in_cents` DECIMAL(10,2) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `status` TINYINT NOT NULL DEFAULT 0,
  `provider` TINYINT NOT NULL DEFAULT 0,
  `external_id` VARCHAR(255) NOT NULL,
  `product` TINYINT DEFAULT 0,
  `interval` TINYINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_donations_subscriptions_on_external_id_and_provider` (`external_id`, `provider`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `donations_payments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `subscription_id` BIGINT,
  `amount_in_cents` DECIMAL(10,2) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `provider` TINYINT NOT NULL DEFAULT 0,
  `external_id` VARCHAR(255) NOT NULL,
  `external_receipt_url` VARCHAR(255),
  `product` TINYINT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_donations_payments_on_external_id_and_provider` (`external_id`, `provider`),
  FOREIGN KEY (`subscription_id`) REFERENCES `donations_subscriptions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cohort_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `introduction` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` TINYINT NOT NULL DEFAULT 0,
  `cohort_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cohort_memberships_on_user_id_and_cohort_id` (`user_id`, `cohort_id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `course_enrollments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `course_slug` VARCHAR(255) NOT NULL,
  `country_code_2` VARCHAR(255),
  `paid_at` DATETIME(6),
  `checkout_session_id` VARCHAR(255),
  `access_code` VARCHAR(255),
  `email_status` TINYINT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_course_enrollments_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `scopes` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS = 1;
